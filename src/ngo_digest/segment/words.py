"""Words the segmentation rules know by class: language data, not guesswork.

Closed classes (prepositions, conjunctions, particles, determiners), abbreviations that a
name or number follows, verbs of lacking, months, and the few English word lists that stand
in for a dictionary. A rule asks whether a word is in one; none of these holds a sample's
card.
"""

from __future__ import annotations

# English auxiliaries: after an abbreviation, one opens a clause (`LSG does not publish`);
# and endings of English words in -s that are no verbs (`access`, `campus`, `politics`).
_AUXILIARIES = """is are was were has have had does do did can cannot can't will won't shall
should must may might could would doesn't don't didn't isn't aren't wasn't weren't hasn't
haven't""".split()
# (With a typographic apostrophe too, as Word types it: `don’t`.)
ENGLISH_AUXILIARIES = frozenset(_AUXILIARIES) | {word.replace("'", "’") for word in _AUXILIARIES}
# English verbs in the past with no `-ed` (`met`, `gave`): an abbreviation after one is its
# object (`met IDP leaders`); elsewhere they may be participles (`NGOs sent to the OVA`).
IRREGULAR_PASTS = frozenset(
    "met held gave took made sent told paid built bought brought wrote spent kept won began"
    " became came went saw ran chose drove grew knew".split()
)
# English verbs in the plural present, which a plural subject in lower case may have before
# an abbreviation, its object (`starostas know IDP needs`, `residents trust NGO leaders`).
PLURAL_PRESENT_VERBS = frozenset(
    "know need want trust ask ignore visit attend contact consult invite join call use".split()
)
NOT_VERB_ENDINGS = ("ss", "us", "is", "ous", "ics", "ness", "ies")
# English `-s` forms that end in one of those all the same (`satisfies`, `applies`).
VERB_ENDINGS_DESPITE = ("fies", "plies")
IES_VERBS = frozenset("denies tries carries worries relies varies hurries".split())
# English words that close an organisation's name after its own word (`Transparency
# International Ukraine`, `Caritas Ukraine`).
NAME_TAILS = frozenset("international ukraine".split())
# Closed word classes: an item never ends in one, so a capitalised word after one of these
# continues the item (`у Києві`, `фонду та Програми`). Prepositions and conjunctions are a
# closed class; listing them is data, not guesswork.
FUNCTION_WORDS = frozenset(
    """
    в у з із зі зо на до від од для про при під над за через без між поміж по о об обо
    щодо серед біля коло після перед поза крім окрім попри завдяки задля згідно відповідно
    вздовж уздовж посеред протягом замість
    і й та а але проте зате однак чи або ані ні що щоб як якщо коли бо тому які який яка яке
    of in on at to for with by from into onto about between among via per and or nor but the
    a an as than that which who whose through across under over after before during within
    without against toward towards around near beyond behind below above along despite except
    since until upon outside beside throughout
    """.split()
)
# English words that open a noun phrase whose head comes later (`Few IT specialists`): a
# capitalised word after one continues the phrase, as after a function word. Kept apart from
# those, which themes drop: `few` and `no` change an idea.
DETERMINERS = frozenset(
    """
    few many several some each every no these those this its their our your his her my
    another
    """.split()
)
# Ukrainian particles that stand before the word they limit (`лише Viber-чати`): a card
# never ends in one. (English `only` may end one: `for university only`.) Kept apart too:
# `лише` changes an idea.
PARTICLES = frozenset("лише лиш тільки навіть".split())
# Question words open a clause that goes on past a capital (`Чому ЦНАП не працює?`, `Why
# City Council ignores us?`); those that are also conjunctions are function words.
QUESTION_WORDS = frozenset(
    """
    чому навіщо нащо де хто кого кому ким скільки куди звідки чий чия чиє чиї why how when
    where what
    """.split()
)
PHRASE_GOES_ON_AFTER = FUNCTION_WORDS | DETERMINERS | PARTICLES | QUESTION_WORDS
# Russian prepositions, conjunctions, question words and particles that Ukrainian lacks
# (`Партнерство с Красным Крестом`, `Почему ЦНАП не работает?`, `Только 3 ОО получили`), for
# notes taken in Russian; asked as written, so `с.`, a village's mark, is none of them.
RUSSIAN_FUNCTION_WORDS = frozenset(
    """
    с со к ко из от между около и или но чтобы если когда потому который которая которое
    которые что как где почему зачем только лишь даже вокруг среди возле под над вместо кроме
    благодаря
    """.split()
)
# Words that stand between a subject and its verb which the dictionary does not call
# adverbs, or not only (`ВПО вже знають`, `ОМС дуже повільно відповідає`); the others it
# does (`швидко`).
BEFORE_VERBS = PARTICLES | frozenset("вже ще теж також досі майже дуже сам сама самі разом".split())
# The words that open a question card (capitalised there): question words, those of them
# that are also conjunctions, and English auxiliaries (`Is there …?`).
QUESTION_OPENERS = QUESTION_WORDS | frozenset(
    """
    що чи як коли який яка яке які who whom which whose is are do does did can could will
    would should has have
    """.split()
)
# Words that can end a card (`… is not enough`, `We need more`) but, before an abbreviation,
# make it part of a noun phrase (`Not enough NGO volunteers`, `all CSOs`), not a subject.
NOT_A_SUBJECT_AFTER = PHRASE_GOES_ON_AFTER | frozenset(
    "not enough more most less fewer all any other much".split()
)
# English words for a territory: no name in quotes after one names it (`for the whole
# hromada “Vilni Liudy” CSO shares`), and one may stand in an office's phrase (`Starosta of
# Sokolivka village Halyna Moroz`).
TERRITORIES = frozenset(
    """
    hromada city region district oblast raion rayon village town area community settlement
    """.split()
)
# English values the World Café's cards name in one word with no quality's ending (`Trust`).
VALUE_CARDS = frozenset(
    """
    trust respect dialogue support help care honesty empathy safety freedom hope courage
    teamwork solidarity dignity
    """.split()
)
# English verbs that all but always take an object (`use Diia`, `join Plast`): a capital
# after one is that object, not a new card. Verbs that may end a card (`NGOs compete`,
# `Nobody helps`) are not here, nor forms that are as often nouns (`contacts`, `visits`) or
# that end a card in the passive (`Funds used`, `Proposals are ignored`).
TAKE_AN_OBJECT = frozenset(
    """
    use uses join joins involve involves inform informs ignore ignores promote promotes
    attend attends install installs prefer prefers publish publishes supports think
    thinks believe believes say says include includes read share shares invites
    """.split()
)
# English verbs that open a step in the imperative (`Ask Deputy Mayor Olena Koval to …`,
# `Train OSBB chairpersons`): capitalised, their object follows; none is a card alone.
STEP_VERBS = frozenset(
    """
    ask invite train involve engage inform contact encourage urge extend create launch publish
    sign hold organise organize establish prepare conduct expand introduce develop hire appoint
    allocate adopt install renovate translate equip
    """.split()
)
# Lower-case nouns that end a place's or body's name after its capitals (`the Bila Tserkva
# district police`); not verbs as well (`drive`, `park`).
LOWER_NAME_HEADS = frozenset(
    """
    police council councils administration department office service committee commission
    agency ministry centre center hospital library museum court university district region
    community hromada
    """.split()
)
# Lower-case nouns that end a programme's name after capitals an adjective or a qualifier
# opened (`Mental Health First Aid trainings`; not after a place: `from Poland Mentoring
# Shared trainings`).
LOWER_PROGRAMME_HEADS = LOWER_NAME_HEADS | frozenset("trainings training courses course".split())
# English words that end the name of an institution or a service (`Lviv City Council`,
# `State Emergency Service`, `Red Cross`, `Google Forms`): a run of capitals after a name
# inside a phrase is still that name when it ends in one of these.
NAME_HEADS = frozenset(
    """
    council councils administration service services agency fund foundation ministry office
    centre center committee union bank cross university hospital library museum cluster
    academy institute association coalition network police court parliament rada oblast
    region district hromada city department inspectorate forms maps docs drive programme
    program portal commission strategy platform day space hub house hall park games olympics
    paralympics collegium monastery church cathedral street avenue square stadium theatre
    theater lyceum gymnasium castle fortress palace monument memorial cemetery station market
    standards codes college fair gate gates tower bridge synagogue mosque language policy days
    week point points fest polytechnic register registry philharmonic forum bookforum festival
    society development federation league alliance board raion rayon canyon river lake island
    reserve valley waterfall
    """.split()
)
# English nouns with an adjective's ending, which stand alone (`Initiative`, `Festival`).
NOUNS_LIKE_ADJECTIVES = frozenset(
    """
    initiative festival referral proposal rehearsal approval appeal collective objective
    executive alternative representative signal journal terminal
    """.split()
)
# English words that follow a count's noun without being its verb (`12 CSOs last year`).
NOT_AFTER_A_COUNT = frozenset("last next this that each every per a an the in on at for".split())
# English words that a capital letter may follow as a variant's name (`Plan A`, `Class A`).
LETTERED = frozenset(
    "plan class category type grade vitamin block section building level group point option".split()
)
# Words that join two names (`ГО «Промінь» і «Разом»`).
# One-letter prepositions in capitals, a card's first word (`У Гаю немає зупинки`, `З 2024
# року працює рада`, `У селі Мощун працює …`).
CAPITAL_PREPOSITIONS = frozenset("В У З".split())
# Nouns for a part of a year, after which a year is its (`до кінця р.`, `до кінця` / `2026
# року`).
PARTS_OF_A_YEAR = frozenset("кінця початку середини половини половину частини кварталу".split())
JOINING = frozenset({"і", "й", "та", "and", "и"})  # (`и`: notes taken in Russian)
# English words that end an institution's name (`City Council`, `Red Cross`); of those,
# the ones that never open a card; and nouns that qualify such a name (`Youth Council`).
NAME_ENDS = frozenset(
    """
    council councils ministry administration committee commission cross portal inspectorate
    department agency affairs foundation centre center service office day hub games olympics
    paralympics police fund board group
    """.split()
)
# Of those, the ones a body's abbreviation comes before as one name (`the CPD Centre`, `NGO
# Council meets`); not `Service`, which opens cards after one (`with CNAP Service quality`).
BODY_ENDS = frozenset(
    """
    council ministry administration committee commission department agency centre center office
    convention
    """.split()
)
NEVER_OPEN_CARDS = frozenset("affairs cross games olympics paralympics".split())
NAME_QUALIFIERS = frozenset(
    """
    city town village youth veterans state oblast district region hromada school student
    students women children parents community employment government environment executive
    representative social veteran sports sport culture education health finance housing
    transport patrol energy pension budget advisory supervisory coordination coordinating
    expert
    """.split()
)
# English adjectives without an adjective's ending that open institutions' names.
# English adjectives with no adjective's ending that, capitalised at a card's start, qualify
# the noun after them (`Clear PMG rules`, `Slow Internet`); in lower case they may end a
# clause as its predicate (`kept clear`), so only a capitalised one is asked.
CAPITALISED_ADJECTIVES = frozenset("clear slow poor fair good fast safe strong weak bad".split())
NAME_ADJECTIVES = frozenset(
    """
    open red green new old young free joint common public civic participatory northern southern
    eastern western urban
    """.split()
)
# English adjectives that stand before an institution's name in lower case (`the local
# Gender Equality Programme`, `a new Youth Centre`); an ending is no proof (`rubbish`).
# Not those that also make adverbs with a preposition (`for free`, `in public`).
ATTRIBUTIVES = frozenset(
    """
    local regional national municipal international european ukrainian central main new joint
    civic participatory fake official online digital mobile
    """.split()
)
# English nouns that stand before a plural abbreviation to qualify it (`partner CSOs`),
# and the endings of English adjectives (`local`, `civic`, `active`, `registered`).
QUALIFYING_NOUNS = frozenset(
    """
    partner member youth women veteran community umbrella grassroots student sports
    education environment health village city district donor big small large young new old
    weak strong good poor rich main key major minor rural urban disability advocacy charity
    service volunteer leading existing emerging growing older younger bigger smaller larger
    newer stronger weaker mobile development employment empowerment host
    """.split()
)
# (Not `-ing`, whose nouns qualify no abbreviation: `Weak fundraising NGOs close down`.)
ADJECTIVE_ENDINGS = tuple("al ic ive ous ful less ed ent ant ish ian ean able ible".split())
# Ukrainian adjectives transliterated, which open a place's name (`Zelenyi Hai`), unless
# they end a hyphenated one (`Kamianets-Podilskyi`).
TRANSLITERATED_ADJECTIVE_ENDINGS = ("yi", "yy", "iy")
# The same adjectives in the feminine and neuter whose endings are any word's (`Velyka
# Dymerka`, `Bila Tserkva`, `Nova Basan`, `Hola Prystan`), and those of places' names in the
# masculine, which no town's name is (`Velykyi Dalnyk`; not `Stryi`).
TRANSLITERATED_ADJECTIVES = frozenset(
    """
    velyka velyke mala male nova nove stara stare bila bile chorna chorne zelena zelene
    krasna krasne verkhnia nyzhnia horishnia dolishnia velyki mali novi stari bili chorni
    zeleni krasni verkhni nyzhni horishni dolishni hola kryva chervona zolota sukha vysoka
    hlyboka shyroka tykha
    velykyi malyi novyi staryi bilyi chornyi zelenyi krasnyi kryvyi holyi chervonyi zolotyi
    vysokyi hlybokyi shyrokyi
    """.split()
)
# Abbreviations that a name follows (`с. Конюшки`, `вул. Франка`, `ім. Лесі Українки`).
BEFORE_NAMES = frozenset("м с сс смт вул просп пл ім акад проф доц ул пер пгт мкр св".split())
# Names of public services and apps that are common nouns too (`дія`, `мрія`): after a word
# that takes a name (`у застосунку Дія`, `на платформі Мрія`) they are its name.
SERVICE_NAMES = frozenset("дія мрія трембіта".split())
# Bodies named by abbreviations of feminine nouns (administrations, hromadas), whose
# adjective in the genitive after a noun is theirs: `Поддержка Сумской ОГА`.
FEMININE_BODIES = frozenset("ОДА ОГА РДА РГА ОВА РВА МВА ГВА ВЦА СВА ОТГ ТГ МТГ СТГ".split())
# Ukrainian words for "no …" in any case, with which a card on what is absent opens
# (`Жодних «черг по знайомству»`, `Ніякої реклами`); no name has one capitalised.
NONE_WORDS = frozenset(
    """
    жоден жодна жодне жодні жодного жодної жодних жодному жодній жодним жодною жодними
    ніякий ніяка ніяке ніякі ніякого ніякої ніяких ніякому ніякій ніяким ніякою ніякими
    """.split()
)
# Words for a street, whose name and a comma a house's number follows (`вул. Миру, 14`).
STREETS = frozenset(
    "вул вулиця вулиці просп проспект пл площа бульв бульвар пров провулок набережна".split()
)
# The same in the other cases a card names them in, and squares (`на проспекті Незалежності`,
# `на Майдані Незалежності`): a name in the genitive follows them.
STREET_FORMS = STREETS | frozenset(
    "вулицею проспекті площі площею бульварі провулку майдан майдані майдану майданом"
    " набережній набережної набережну"
    " улица улице улицы улицу улицей проспекте переулке бульваре набережной".split()
)
# Ukraine's historical and geographic regions in the cases a name's phrase puts them in
# (`Коаліція ГО Поділля`, `хабів Закарпаття`, `громад Слобожанщини`): no card opens with one.
REGIONS = frozenset(
    """
    поділля полісся закарпаття прикарпаття придніпров'я придніпров’я приазов'я приазов’я
    слобожанщини сіверщини полтавщини київщини житомирщини вінниччини хмельниччини
    чернігівщини сумщини харківщини черкащини кіровоградщини миколаївщини херсонщини
    одещини запоріжжя донеччини луганщини дніпропетровщини львівщини тернопільщини
    рівненщини волині буковини галичини бойківщини гуцульщини таврії придунав'я придунав’я
    подолья полесья закарпатья прикарпатья приднепровья приазовья придунавья слобожанщины
    волыни буковины галичины таврии харьковщины полтавщины киевщины житомирщины винничины
    хмельнитчины черниговщины сумщины черкасщины кировоградщины николаевщины херсонщины
    одесщины запорожья донетчины луганщины днепропетровщины львовщины тернопольщины
    ровенщины северщины
    """.split()
)
# How regions' names that the list above leaves out end in the genitive: `Гадяччини`,
# `Стрийщини`, Russian `Донетчины` (not `-чины`: `причины`, `мужчины`).
REGION_ENDINGS = ("щини", "ччини", "щины", "тчины")
# Words that round the number after them (`близько` / `300 переглядів`): a line that ends in
# one goes on in the number.
APPROXIMATORS = frozenset(
    "близько майже приблизно понад щонайменше approximately nearly almost".split()
)
# Words no card ends in, so the line after one goes on with it whatever its first letter
# (`Співпраця з` / `Полтавською ОДА`): prepositions that never stand last, joining
# conjunctions, the particles that single out the word after them (`… підтримує лише` /
# `церква`, `… підприємців, зокрема` / `ФОП …`) and `би` (`… який би` / `об'єднав …`), in
# lower case. Not `після`, `за`, `як`, `потім` (`гроші потім`),
# `що`, `ні`, `участі`, nor English prepositions, which may end one (`фото до і після`,
# `якість – ні`, `не беруть участі`, `not before`, `Nobody to work with`).
NEVER_LAST = frozenset(
    """
    в у з із зі на до від для про при під над через без між щодо серед біля і й та а але або
    перед протягом замість крім окрім задля заради
    лише тільки навіть зокрема би не за
    the a an and or but
    """.split()
)
# The relative pronouns `який` and `котрий` (Russian `который`) in every case: no card ends
# in one, as a clause opens there.
RELATIVE_PRONOUNS = frozenset(
    """
    який яка яке які якого якої яких якому якій яким якими якою
    котрий котра котре котрі котрого котрої котрих котрому котрій котрим котрими котрою
    который которая которое которые которого которой которых которому котором которым
    которыми которую
    """.split()
)
# Of the abbreviations before names, the ones written without a period as often as with
# one (`в смт Оржиця`).
UNDOTTED_BEFORE_NAMES = frozenset({"смт"})
# Words for a settlement, after which a capitalised `-ська` is a town's name in the genitive
# (`міста Луцька`), which the dictionary takes for an adjective.
# The genitive endings of adjectives that name a place or a body's level, which open bodies'
# names (`Львівської міської ради`, `Обласної адміністрації`, `Районного центру`).
BODY_ADJECTIVE_ENDINGS = tuple(
    """
    ської цької зької ського цького зького обласної обласного районної районного селищної
    селищного державної державного національної національного
    """.split()
)
SETTLEMENTS = frozenset("міста місто місті села село селі селища селище смт".split())
# A village, and a landmark (a water, a mountain, a pasture, a waterfall, a fortress, a square),
# whose name follows in the nominative (`у селі Сатанів`, `береги річки Тетерів`, `на горі
# Парашка`): of a landmark, in the genitive and the locative, which cards seldom end in (not
# `у річку`, `річкою`, `у мікрорайоні`, after which they often do).
VILLAGES = frozenset(
    "село села селі селом селище селища селищі селищем хутір хуторі хутора присілок присілка"
    " присілку"
    " селе поселке посёлке поселка посёлка поселком деревне деревни хуторе".split()  # Russian
)
# Words for a town's district, whose name is often an adjective in the nominative, whatever
# the case of the word (`у мікрорайоні Залізничний`, `мікрорайону Сонячний`).
DISTRICTS = frozenset("мікрорайон мікрорайону мікрорайоні мікрорайоном масиві масиву".split())
# Squares' names that are common words too: `площа Ринок`, the old market square of many
# towns of the west (`Ярмарок на площі Ринок`), `Перемоги`, `Свободи`, `Миру`, `Злуки`.
SQUARE_NAMES = frozenset("ринок перемоги свободи миру злуки героїв".split())
SQUARES = frozenset("площі площею".split())  # (not `площа`, `площу`: an area too)
# A park or a square named after a person, whose surname follows (`в парке Шевченко`, `у
# сквері Стуса`).
PARKS = frozenset("парк парку парке парка парком сквер скверу сквері сквере сквера".split())
LANDMARKS = frozenset(
    """
    річки річці озера озері гори горі полонини полонині водоспаду водоспаді урочища урочищі
    острова острові фортеці площі
    """.split()
)
# How places' names end: in the plural (`Зуївці`, `Моринці`), as a neuter adjective
# (`Шевченкове`), and, with no plural, in `-івка` and `-ів` (`Ковалівка`, `Стеблів`; not
# `Листівка`, `Домівка`, `Мешканці`, `Переселенці`).
PLACE_ENDINGS = ("івці", "ївці", "инці", "ове", "еве", "єве", "ское", "цкое")
# Russian ones in notes taken in Russian (`Шолохово`, `Коробочкино`; Ukrainian adverbs end so
# too: `Терміново`).
RUSSIAN_PLACE_ENDINGS = ("ово", "ево", "ино")
PLACE_ENDINGS_IF_SINGULAR_ONLY = ("івка", "ївка", "ів", "їв")
# The same in the plural, which a list of names follows (`до сіл Борова і Мотовилівка`).
SETTLEMENTS_PLURAL = frozenset("міст містах містам сіл селах селам селищ селищах громад".split())
TOWN_GENITIVES = ("ська", "цька", "зька")
# Nouns (dictionary forms) whose settlement follows in the genitive: `у Будинку культури
# Дібрівки`, `у школах Ясенева`, `з поліцією Миколаєва`.
OF_A_SETTLEMENT = frozenset(
    """
    культура школа ліцей гімназія лікарня амбулаторія поліція бібліотека громада
    """.split()
)
# Names in the genitive that the dictionary also reads as a nominative plural (`України`,
# `Європи`), which no card opens with: they stay in the phrase before them (`КК України`).
SINGULAR_NAMES = frozenset("України Європи Америки".split())
# Nouns a route's two ends follow as its name (`Маршрут Стайки – Кагарлик`, `автобуса Лубни
# – Полтава`, `Водогін Дніпро – Миколаїв`), asked of a word's dictionary form.
ROUTES = frozenset(
    """
    маршрут рейс автобус маршрутка поїзд електричка потяг траса дорога шлях сполучення
    напрямок лінія перевезення водогін водовід газогін газопровід трубопровід
    """.split()
)
DASHES = frozenset("– — -".split())
# Words that stand before a count in its phrase (`Понад 5 ГО`, `у 3 школах`).
BEFORE_COUNTS = (
    FUNCTION_WORDS
    | PARTICLES
    | frozenset("понад близько майже приблизно ще більше менше більш менш щонайменше до №".split())
)
# English words that stand before a share in its phrase (`reached 40% of`, `only 40% of`).
BEFORE_SHARES = frozenset(
    """
    only about over nearly almost around up down by just less more shows show says say makes
    make grew rose fell cut estimate estimates least than
    """.split()
)
# Words that measure a count rather than name what is counted (`50 тис. грн`, `2 рази на
# рік`, `40 людей`): such a count stays in the phrase before it.
MEASURES = frozenset(
    """
    тис тисяч тисячі тисяча млн млрд мільйон мільйони мільйонів мільярд мільярди мільярдів
    грн гривень гривні гривня км м кг т га год години годин
    хв хвилин раз рази разів день дні днів доби тиждень тижні тижнів місяць місяці місяців
    рік роки років р рр осіб особи людей чоловік відсотків відсотки відсотка місць місця
    градус градуси градусів метрів сантиметрів
    тысяч часов минут дней недель месяцев лет градусов метров
    """.split()
)
# Days of the week, which go on the phrase before them (`every first Saturday`, `on Monday`).
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# Endings of English abstract nouns, which name no person (`the deputy mayor Indifference`).
ABSTRACT_ENDINGS = tuple("ness ity ment tion sion ence ance ism ship cy".split())
# Ukrainian first names as English text spells them (the national transliteration and the
# common older spellings): a capital after one is the surname (`Olha Bondar's legal clinic`),
# where the dictionary, which knows Cyrillic names only, cannot tell.
LATIN_FIRST_NAMES = frozenset(
    """
    oleksandr olexandr oleksandra oleksii oleksiy andrii andriy anatolii anna antonina artem
    bohdan bohdana borys daria dariia dmytro dmitry halyna galyna hanna ganna ihor igor inna
    iryna ivan ivanna kateryna khrystyna kostiantyn larysa lesia lesya liubov liudmyla
    lyudmyla maksym mariia maria marta mykhailo mykola mykyta nadiia nadiya natalia nataliia
    natalya nina oksana oleh oleg olena olga olha pavlo petro roman ruslan serhii serhiy
    sergiy sofiia solomiia stepan svitlana taras tetiana tetyana valentyna valerii vasyl
    viktor viktoriia volodymyr vira yaroslav yaroslava yevhen yevheniia yulia yuliia yuliya
    yurii yuriy zoia zoriana zinaida liliia lilia alla diana ilona uliana ustym fedir
    """.split()
)
# Titles before a surname alone (`Mr Hnatiuk`, `Professor Kobzar`, `Lt. Col. Savchuk`).
HONORIFICS = frozenset(
    """
    dr mr mrs ms prof professor captain capt colonel col lieutenant lt sergeant sgt father
    rev fr saint
    """.split()
)
# English offices and callings written before a person's name (`Mayor Olena Kovalenko`,
# `Deputy Mayor`, `local poet Mariia Hordiienko`).
OFFICES = HONORIFICS | frozenset(
    """
    mayor deputy press councillor councilor governor minister director chair chairwoman chairman
    starosta ombudsman president secretary head inspector judge prosecutor priest bishop
    coach olympian champion swimmer athlete poet writer artist painter musician historian
    librarian teacher journalist activist architect entrepreneur coordinator psychologist
    lawyer doctor nurse mentor trainer facilitator founder paramedic mp adviser advisor
    manager officer specialist
    """.split()
)
# Verbs of lacking, whose subject stands in the genitive (`Коштів не вистачає`).
# (`Коштів мало`; and how many more or fewer: `Читачів стало менше`, `Волонтерів більше`)
LACKING_ADVERBS = frozenset("мало замало обмаль недостатньо менше більше".split())
LACKING = LACKING_ADVERBS | frozenset(
    """
    вистачає вистачало вистачить вистачатиме бракує бракувало бракуватиме забракло немає
    нема
    """.split()
)
# Shares whose whole stands before them in the genitive as a lack does (`Низькопідлогових
# автобусів лише третина`).
SHARES = frozenset("третина половина чверть".split())
# Words that say how someone fares, after a dative (`Людям зручно`, `Дітям комфортно`).
PREDICATIVE_ADVERBS = frozenset(
    """
    зручно незручно комфортно некомфортно цікаво нецікаво нудно легко страшно байдуже
    соромно приємно неприємно боляче холодно спокійно безпечно небезпечно добре погано
    """.split()
)
# Words that stand for a verb (`Музею потрібен ремонт`, `Школам треба укриття`).
PREDICATIVES = frozenset(
    """
    потрібен потрібна потрібне потрібні потрібно треба необхідно необхідні слід варто важко
    складно
    """.split()
)
VERBAL_NOUN_ENDINGS = ("ння", "ття")  # `Маркування`, `Розвиття`: they often open a card
# Abbreviations that end in a period without ending a sentence: a name or a number follows
# them (`м. Київ`, `ст. 5`, `ім. Лесі Українки`, `у 2025 р. Кабмін`). Units and `etc.` are not
# here: they close what they stand in, and a capital after them opens a sentence
# (`2,5 млн грн. Навчити працівників`).
NON_FINAL_ABBREVIATIONS = frozenset(
    """
    м вул просп пл с сс смт обл р рр ст п пп напр див т д ім им акад проф доц ул пер пгт сел мкр
    св
    e g i mr mrs ms dr st
    no vs approx jan feb mar apr jun jul aug sep sept oct nov dec prof lt col capt gen maj
    sgt rev fr jr sr
    """.split()
)
# Abbreviations a number follows in an address (`буд. 14`, `каб. 214`, `тел. 0800…`); before
# anything else they may end a sentence (`Відремонтували 3 буд. Решта чекає`).
BEFORE_NUMBERS = frozenset("буд каб корп кв оф тел".split())
# People named by their office, whom a name or their body's abbreviation follows in the
# same card (`Депутат Петренко допомагає`, `Голова ОТГ підтримує`).
# Thousands and millions, in full or shortened (`2 тис. ВПО`, `1,5 млн USD`).
THOUSANDS = frozenset(
    """
    тис тисяч тисячі тисяча млн млрд мільйон мільйони мільйонів мільярд мільярди мільярдів
    тыс тысяч тысячи тысяча миллион миллиона миллионов миллиард миллиарда миллиардов
    """.split()
)
# Abbreviations for people, whom an amount in thousands or millions may count (`4,9 млн
# ВПО`), and currencies (`1,5 млн USD`), unlike bodies (`1,5 млн ОТГ` is money).
COUNTED_PEOPLE = frozenset("ВПО ВПЛ УБД ЛЗІ ЛЗИ ФОП USD EUR UAH".split())
# Nouns (dictionary forms) for people counted, whom an abbreviation after them may name
# (`12 родин ВПО отримали`, `50 осіб УБД`; not `3 генератори | ВПО потребують`).
COUNTED_PEOPLE_NOUNS = frozenset(
    """
    родина сім'я особа людина підприємець мешканець житель дитина ветеран переселенець
    студент учень жінка чоловік пенсіонер волонтер учасник
    семья лицо человек предприниматель житель ребёнок ветеран переселенец
    """.split()
)
# People, whose genitive no body is (`Консультації з батьками | ОМС і ГО проводять`).
PEOPLE_NOUNS = COUNTED_PEOPLE_NOUNS | frozenset("батьки батько мати люди мешканці діти".split())
ROLES = frozenset(
    """
    голова голови староста старости старостиня старостині депутат депутати депутатка
    депутатки мер директор директорка директори керівник керівниця керівники секретар
    секретарка представник представниця представники начальник начальниця заступник
    заступниця пан пані секретарь заместитель глава председатель руководитель представитель
    архітектор архітекторка очільник очільниця мэр начальница
    """.split()
)
# Nouns only plural (dictionary forms) that the dictionary reads as towns' plural names do
# (`Бровари`, `Чернівці`), and that are no town: `ОСББ Зборів не скликають`.
PLURAL_ONLY_NOUNS = frozenset(
    """
    збори вибори переговори канікули ліки дебати гроші двері окуляри ножиці штани ясла
    вечорниці іменини заручини хрестини поминки обійми веселощі радощі сходини оглядини
    дріжджі вершки парфуми шпалери сани граблі вила терези консерви джинси
    """.split()
)
# Ukrainian nouns (dictionary forms; Russian ones where they differ, `стадион`) that a name
# in quotes may follow as their own (`Проєкт «Активні парки» працює`, `газета «Вісті» пише`,
# `Ремонт стадіону «Локомотив» затягнувся`): a card does not open at that name.
TAKE_A_NAME = frozenset(
    """
    проєкт проект програма фонд центр клуб фестиваль конкурс ініціатива платформа мережа
    коаліція організація рух спілка асоціація товариство об'єднання агенція студія театр
    ансамбль хор гурток колектив команда союз партія комітет рада управління служба установа
    школа ліцей гімназія садок заклад бібліотека музей будинок палац парк сквер простір хаб
    кампанія акція марафон форум табір курс тренінг гра квест флешмоб челендж премія турнір
    газета видання журнал радіо телеканал канал група чат сторінка сайт портал додаток
    застосунок система мапа карта бренд стратегія план концепція закон положення
    підприємство компанія кооператив магазин кафе ринок лікарня амбулаторія клініка
    гасло девіз слоган принцип ідея назва формат модель підхід думка позиція аукціон сервіс
    месенджер мережа соцмережа пекарня кав'ярня майстерня ферма крамниця аптека
    стадіон кінотеатр спорткомплекс басейн готель санаторій завод фабрика комбінат вокзал
    арена стадион кинотеатр бассейн гостиница санаторий комбинат
    проект программа центр инициатива сеть коалиция организация движение ассоциация
    общество объединение агентство команда совет управление служба учреждение библиотека
    музей дом площадка компания предприятие больница
    """.split()
)
# Ukrainian nouns (dictionary forms) for what a body has or does, which its abbreviation
# follows in the genitive (`Довідка ВПО оформлюється`, `Пункт доступу ЦНАП працює`), besides
# the institutions above (`Центр БПД працює`).
OWNED_BY_BODIES = frozenset(
    """
    пункт відділ відділення пресслужба бригада довідка статус виплата виплати родина сім'я
    диспетчерська приймальня офіс кабінет представництво філія департамент сектор
    """.split()
)
# A body's units (dictionary forms), named by what they do in the genitive before the
# abbreviation of the body (`Відділ освіти ОТГ`, `Пункт доступу ЦНАП`); not a card that ends
# in a genitive (`Бюджет участі КП обслуговує укриття`).
BODY_UNITS = frozenset("пункт відділ відділення управління департамент сектор служба".split())
# A body's unit or office that a name or the body's abbreviation follows (`Дирекція НПП
# «…»`, `Виконком Бучі`, `Управління освіти Долини`).
BODY_HEADS = BODY_UNITS | frozenset("дирекція адміністрація керівництво команда виконком".split())
# Words of quantity before the noun they count (`Мало ГО працює`, `Багато ОСББ не мають`):
# the clause opens at them, not at the noun.
QUANTITIES = frozenset(
    """
    мало багато кілька декілька небагато чимало більшість меншість половина частина третина
    """.split()
)
# Nouns a field follows in an office's or body's title (`з питань ЦЗ`, `у справах ВПО`, Russian
# `по вопросам ЖКХ`), and the prepositions before them.
MATTERS_WORDS = frozenset("питань справах вопросам".split())
ON_MATTERS = frozenset("з із зі у в по".split())
# The Ukrainian words for "and", which join two words of one phrase (`гуманітарних та
# соціальних`, `… культури і туризму`).
AND_WORDS = frozenset("і й та".split())
