"""Vocabulary: labels match the ways people write them, and a user file extends the default."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, golden_pairs, parsed
from ngo_digest import Digest, parse_file
from ngo_digest.cli import app
from ngo_digest.errors import VocabularyError
from ngo_digest.render import records
from ngo_digest.schema import document_schema, record_schema
from ngo_digest.vocabulary import (
    default_vocabulary,
    load_vocabulary,
    ordinal_heading,
    strip_numbering,
    vocabulary_from_mapping,
)

VOCAB = FIXTURES / "vocabulary"
V = default_vocabulary()


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ", "vision"),
        ("1. Формування ідеального бачення взаємодії", "vision"),
        ("## SHAPING THE IDEAL VISION", "vision"),
        ("2. Оцінка поточної реальності", "reality"),
        ("ASSESSING THE CURRENT REALITY", "reality"),
        ("КРОКИ ДЛЯ РЕАЛІЗАЦІЇ ІДЕАЛЬНОГО БАЧЕННЯ", "steps"),
        ("STEPS TOWARD THE VISION", "steps"),
        ("## 2. The current reality", "reality"),  # an article before an alias
        ("The steps", "steps"),
        ("ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕНЯ ВЗАЄМОДІЇ", "vision"),  # one letter off in a long word
        ("Кроки для реалізацї", "steps"),
        ("Формування ідеального", None),  # not a typo: too little of the name
        ("Що маємо зараз", "reality"),
        ("CURRENT SITUATION", "reality"),
        ("Що характеризує ефективну взаємодію", None),
        # Other English wordings of the stages (found blind).
        ("1. Forming the ideal vision of interaction", "vision"),
        ("BUILDING THE IDEAL VISION OF COOPERATION", "vision"),
        ("2. Evaluating the current reality", "reality"),
        ("Analysing the current situation", "reality"),
        ("ЯКОЮ МАЄ БУТИ СПІВПРАЦЯ: ІДЕАЛЬНА МОДЕЛЬ", "vision"),
        ("2. Що маємо сьогодні", "reality"),
        ("ЩО РОБИТИ ДАЛІ: ДОРОЖНЯ КАРТА", "steps"),
        ("OUR IDEAL COOPERATION", "vision"),
        ("WHERE WE STAND TODAY", "reality"),
        ("THE WAY FORWARD", "steps"),
        # Roman numerals typed with the Cyrillic `І` (found blind).
        ("І. Формування ідеального бачення взаємодії", "vision"),
        ("ІІ. Оцінка поточної реальності", "reality"),
        ("2. Оцінка поточної ситуації", "reality"),  # (found blind)
        ("WHERE WE ARE TODAY", "reality"),
        ("Assessment of the current situation", "reality"),
        ("ІІІ. Кроки для реалізації ідеального бачення", "steps"),
    ],
)
def test_stage_headings(heading: str, key: str | None) -> None:
    assert V.match_stage(heading) == key


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("ВЛАДОЮ", "authorities"),
        ("З владою:", "authorities"),
        ("влада", "authorities"),
        ("органи місцевого самоврядування", "authorities"),
        ("AUTHORITIES", "authorities"),
        ("ГРОМАДОЮ", "community"),
        ("З громадою", "community"),
        ("Community:", "community"),
        ("ІНШИМИ ГО", "ngos"),
        ("З іншими ГО:", "ngos"),
        ("OTHER NGOs", "ngos"),
        # Civil society organisations are the NGOs (found blind); the stem `громад-` alone
        # names no axis.
        ("громадськими організаціями", "ngos"),
        ("громадськими активістами", None),
        ("Влада сприймає ГО", None),
        # A word for working together, then the preposition: `Співпраця з владою`.
        ("Співпраця з владою:", "authorities"),
        ("Взаємодія з громадою", "community"),
        ("Робота з іншими ГО", "ngos"),
        ("Cooperation with the authorities", "authorities"),
        ("Working with the community", "community"),
        ("Partnership with other NGOs", "ngos"),
        ("Співпраця", None),
        ("Прозорість з владою", None),  # not a word for working together
        ("Співпраця з владою та громадою", None),
        ("ГО-партнери", "ngos"),
        ("З ГО-партнерами:", "ngos"),
        ("PARTNER NGOs", "ngos"),
        # A bracketed gloss, and what goes with an axis after `and` (found blind); two axes
        # joined by `and` name neither.
        ("With the hromada (community):", "community"),
        ("З громадою (мешканцями)", "community"),
        ("With other NGOs and initiatives:", "ngos"),
        ("З іншими ГО та ініціативами", "ngos"),
        ("Authorities and community", None),
        ("Влада і громада", None),
        # Other wordings facilitators use, and whose an axis is (found blind).
        ("ЖИТЕЛІ ГРОМАДИ", "community"),
        ("З міською радою:", "authorities"),
        ("ПАРТНЕРСЬКІ ОРГАНІЗАЦІЇ", "ngos"),
        ("CITY HALL", "authorities"),
        ("FELLOW CSOs", "ngos"),
        ("Мешканці будинків:", "community"),
        ("People of Poltava", "community"),
        # Names joined by a slash or an ampersand, and `other` before any name (found blind).
        ("Police / LSG", "authorities"),
        ("City Council & police", "authorities"),
        ("ОМС/влада", "authorities"),
        ("Влада / громада", None),
        ("Residents & NGOs", None),
        ("Other civil society organizations", "ngos"),
        ("Влада та ОМС / ОДА", "authorities"),  # (an alias and what goes with it, then a part)
        ("LSG / district police", "authorities"),  # (a part that names no axis)
        ("Residents / IDP families", "community"),
        ("Other", None),
        ("Other residents", None),
        ("Інші громадські", None),
    ],
)
def test_axis_labels(label: str, key: str | None) -> None:
    assert V.match_axis(label.rstrip(":")) == key


def test_sections() -> None:
    assert V.is_section("ОБРАНІ КРИТЕРІЇ")
    assert V.is_section("Напрацьований матеріал у «Світовому кафе»")
    assert V.is_section("Material developed in the “World Café”")
    assert not V.is_section("Конкуренція")


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        # A short heading that names the World Café in other words (found blind).
        ("Ideas from the World Café tables", True),
        ("Напрацьовано у «Світовому кафе»", True),
        ("Матеріал, напрацьований у «Світовому кафе»", True),
        # Not a card that mentions it, nor a café alone.
        ("Results of the World Café were shared with the council and residents", False),
        ("Кава в кафе після зустрічі", False),
        ("Hold a World Café every quarter", False),
        ("Visit the World Café in Lviv", False),
    ],
)
def test_headings_that_name_the_world_cafe(heading: str, section: bool) -> None:
    assert V.is_section(heading) is section


@pytest.mark.parametrize(
    "heading",
    [
        "Material developed at the “World Café”",
        'Material developed in the "World Cafe"',
        "Напрацьований матеріал на «Світовому кафе»",
        "CHOSEN CRITERIA",
        "Вибрані критерії",
    ],
)
def test_a_section_named_with_another_preposition_or_word(heading: str) -> None:
    """Found blind: the World Café's material, whatever the preposition before the café."""
    assert V.is_section(heading)


@pytest.mark.parametrize("line", ["Напрацьований матеріал передали ОМС", "Material developed"])
def test_a_line_that_starts_like_a_section_but_names_no_cafe(line: str) -> None:
    assert V.is_section(line) is (line == "Material developed")


def test_remembered_answers_are_bounded() -> None:
    """A long document asks about ever new lines; the answers kept stay few (and right)."""
    base = default_vocabulary()
    vocabulary = base.extend(base)  # a fresh instance with nothing remembered yet
    for number in range(10_000):
        assert vocabulary.match_stage(f"рядок {number}", plain=True, min_words=3) is None
        assert vocabulary.match_axis(f"колонка {number}") is None
    assert len(vocabulary._answers) <= 4096
    assert vocabulary.match_stage("Оцінка поточної реальності", plain=True, min_words=3)


def test_a_fourth_axis_from_a_user_vocabulary() -> None:
    vocabulary = load_vocabulary(VOCAB / "business.yaml")
    digest = parse_file(VOCAB / "four_axes.txt", vocabulary=vocabulary)
    assert list(digest.axes) == ["authorities", "community", "ngos", "business"]
    assert digest.axes["business"] == "БІЗНЕСОМ"
    business = [r["text"] for r in records(digest) if r["axis"] == "business"]
    assert business == [
        "Соціальна відповідальність бізнесу",
        "Спонсорство подій",
        "Бізнес не довіряє ГО",
        "Разові пожертви",
    ]
    assert digest.stages["vision"].sections[0].title == "ПРІОРИТЕТИ"
    jsonschema.validate(digest.to_data(), document_schema(vocabulary))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(digest.to_data(), document_schema())


def test_without_the_vocabulary_the_unknown_column_is_reported_not_lost() -> None:
    digest = parse_file(VOCAB / "four_axes.txt")
    messages = " ".join(d.message for d in digest.diagnostics)
    assert "БІЗНЕСОМ" in messages and "Спонсорство подій" in messages


def test_the_cli_takes_a_vocabulary() -> None:
    result = CliRunner().invoke(
        app,
        [
            "parse",
            str(VOCAB / "four_axes.txt"),
            "--vocabulary",
            str(VOCAB / "business.yaml"),
            "-f",
            "jsonl",
            "-q",
        ],
    )
    assert result.exit_code == 0
    assert any(json.loads(line)["axis"] == "business" for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "mapping"),
        ({"axes": [{"label": "x"}]}, "needs a 'key'"),
        ({"axes": [{"key": "Business"}]}, "lower-case"),
        ({"colours": []}, "unknown vocabulary fields"),
        ({1: "x", "axes": []}, "unknown vocabulary fields: 1"),  # a key that is not text
        ({"stages": [{"key": "vision", "whole_aliases": "мрія"}]}, "'whole_aliases' must be a"),
    ],
)
def test_bad_vocabularies_are_refused_clearly(raw: object, message: str) -> None:
    with pytest.raises(VocabularyError, match=message):
        vocabulary_from_mapping(raw)


def test_a_broken_vocabulary_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "v.yaml"
    bad.write_text("axes: [\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["parse", str(VOCAB / "four_axes.txt"), "--vocabulary", str(bad)]
    )
    assert result.exit_code == 3
    assert str(bad) in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "content",
    ["1: x\n", "sections: [2024-02-30]\n", "axes: [\n"],
    ids=["number-key", "impossible-date", "unclosed"],
)
@pytest.mark.parametrize("command", ["parse", "schema"])
def test_a_vocabulary_yaml_of_any_kind_of_wrong_is_a_one_line_error(
    tmp_path: Path, content: str, command: str
) -> None:
    bad = tmp_path / "v.yaml"
    bad.write_text(content, encoding="utf-8")
    args = [str(VOCAB / "four_axes.txt")] if command == "parse" else []
    result = CliRunner().invoke(app, [command, *args, "--vocabulary", str(bad)])
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"ngo-digest: error: {bad}")


# -- schema --------------------------------------------------------------------------------


@pytest.mark.parametrize("source", [pair[0] for pair in golden_pairs()], ids=lambda p: p.name)
def test_every_sample_validates_against_the_schema(source: Path) -> None:
    digest = parsed(source)
    document, record = _validators()
    document.validate(digest.to_data())
    for item in records(digest, positions=True):
        record.validate(item)


@cache
def _validators() -> tuple[Any, Any]:
    """The two schemas' validators, built (and their schemas checked) once: built for each
    record, as `jsonschema.validate` does, they took a third of the suite's time."""
    built = []
    for schema in (document_schema(), record_schema()):
        validator = jsonschema.validators.validator_for(schema)
        validator.check_schema(schema)
        built.append(validator(schema))
    return built[0], built[1]


@pytest.mark.parametrize(
    "path",
    [("intro",), ("axes",), ("stages", "vision", "question"), ("stages", "vision", "sections")],
    ids=lambda path: ".".join(path),
)
def test_a_field_the_output_always_writes_is_required(path: tuple[str, ...]) -> None:
    """The schema says what every output holds (`intro: null` included), so a consumer can
    rely on it; only an item's position and details are written when there are any."""
    data = parse_file(golden_pairs()[0][0]).to_data()
    *parents, last = path
    holder = data
    for key in parents:
        holder = holder[key]
    del holder[last]
    with pytest.raises(jsonschema.ValidationError, match=f"'{last}' is a required property"):
        jsonschema.validate(data, document_schema())


def test_an_unknown_stage_key_is_invalid() -> None:
    data = parse_file(golden_pairs()[0][0]).to_data()
    data["stages"]["dreams"] = data["stages"].pop("vision")  # type: ignore[attr-defined]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, document_schema())
    with pytest.raises(ValueError, match="unknown stage key 'dreams'"):
        Digest.model_validate(data)


def test_empty_item_text_and_unknown_fields_are_rejected() -> None:
    base = {
        "axes": {"authorities": "ВЛАДОЮ"},
        "stages": {
            "vision": {
                "title": "t",
                "sections": [{"title": None, "axes": {"authorities": [{"text": "  "}]}}],
            }
        },
    }
    with pytest.raises(ValueError, match="must not be empty"):
        Digest.model_validate(base)
    with pytest.raises(ValueError, match="Extra inputs"):
        Digest.model_validate({**base, "colour": "red"})


def test_schema_command_prints_both_schemas() -> None:
    runner = CliRunner()
    document = json.loads(runner.invoke(app, ["schema"]).stdout)
    record = json.loads(runner.invoke(app, ["schema", "--records"]).stdout)
    assert document["$schema"].endswith("2020-12/schema")
    assert record["properties"]["axis"]["enum"] == ["authorities", "community", "ngos"]


def test_the_shipped_json_is_the_yaml_source() -> None:
    from ngo_digest import vocabulary

    shipped = json.loads(
        (Path(vocabulary.__file__).with_name("vocabulary.json")).read_text(encoding="utf-8")
    )
    assert shipped == vocabulary.default_vocabulary_source(), (
        "vocabulary.json is stale: run python -m ngo_digest.vocabulary"
    )


@pytest.mark.parametrize(
    ("word", "meant", "left_out"),
    [("vison", "vision", True), ("visions", "vision", False), ("sharing", "shaping", False)],
)
def test_a_letter_left_out_inside_a_word(word: str, meant: str, left_out: bool) -> None:
    """English typos forgiven in a stage name: a letter dropped inside a word, not an
    inflected ending or another word."""
    from ngo_digest.vocabulary import letter_left_out

    assert letter_left_out(word, meant) is left_out


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        ("ДІАГНОСТИКА: ЩО МАЄМО СЬОГОДНІ", "reality"),
        ("Реальний стан справ", "reality"),
        ("Ідеальна картина: якою бачимо співпрацю", "vision"),
        ("БАЖАНИЙ ОБРАЗ СПІВПРАЦІ: ЯКОЮ ВОНА МАЄ БУТИ", "vision"),
        ("WHERE WE WANT TO BE: A SHARED PICTURE OF SUCCESS", "vision"),
        ("Що робимо далі: кроки до ідеальної картини", "steps"),
        # The facilitator's words alone name no stage (`Що робимо далі з ОМС` is a card).
        ("Що робимо далі з ОМС", None),
        # The eighth session's, numbered and with emoji.
        ("3. Next moves 👣", "steps"),
        ("1. 🌟 ЯК МАЄ БУТИ В ІДЕАЛІ", "vision"),
        ("2. 🔍 ЯК Є СЬОГОДНІ", "reality"),
        # The ninth session's: steps forward, what next, where are we now; led by an emoji
        # before the numbering.
        ("3. Кроки вперед", "steps"),
        ("👣 Steps forward", "steps"),
        ("III. Що далі", "steps"),
        ("🚀 3) ROAD AHEAD", "steps"),
        ("📍 2) WHERE ARE WE NOW", "reality"),
        ("II. ДЕ МИ Є СЬОГОДНІ", "reality"),
    ],
)
def test_stage_wordings_found_blind(heading: str, stage: str) -> None:
    """Stage names facilitators wrote in blind files of the seventh to ninth sessions."""
    assert default_vocabulary().match_stage(heading) == stage
    assert default_vocabulary().match_stage(heading, plain=True) == stage


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        ("🌟 Бачення 2030", "vision"),
        ("Vision 2030", "vision"),
        ("Бачення", "vision"),
        # A stage's name and year before a colon, the facilitator's words after it.
        ("Stage 1. Vision 2030: care close to home", "vision"),
        ("Бачення громади: разом", None),
        # A year names no stage, nor does a stage word with words of its own before it.
        ("2030", None),
        ("Бачення громади 2030", None),
    ],
)
def test_a_plain_stage_name_may_end_in_its_year(heading: str, stage: str | None) -> None:
    """`Бачення 2030` (found blind): the year is the vision's horizon, not a word that makes
    a plain line a card."""
    assert default_vocabulary().match_stage(heading, plain=True) == stage


@pytest.mark.parametrize(
    ("label", "axis"),
    [
        # Found blind: civil society organisations are the NGOs, for all their `громад-`.
        ("ГРОМАДСЬКІ ОРГАНІЗАЦІЇ", "ngos"),
        ("Громадський сектор", "ngos"),
        # (Not `Civil society` alone: a card as often, the second reader found.)
        ("CIVIL SOCIETY", None),
        ("Громада", "community"),
        ("Громадськість", "community"),
        # Found blind in the eighth session: what goes with an axis before `and`, two names
        # of one axis, a lettered label, people in the community, partners.
        ("With donors and residents:", "community"),
        ("ОМС і міська рада:", "authorities"),
        ("А) З міською радою:", "authorities"),
        ("b) Residents", "community"),
        ("PEOPLE IN THE COMMUNITY:", "community"),
        ("В) З партнерами:", "ngos"),
        ("Partners:", "ngos"),
        ("🤝 Civil society partners:", "ngos"),
        ("З органами місцевої влади:", "authorities"),
        # The ninth session's: people, colleagues from the civic sector, partners from
        # NGOs; not a network of NGOs, a card as often (the second reader's probe).
        ("ЛЮДИ", "community"),
        ("Люди:", "community"),
        ("КОЛЕГИ З ГРОМАДСЬКОГО СЕКТОРУ", "ngos"),
        ("Партнери з ГО", "ngos"),
        ("Мережа ГО", None),
        # The tenth session's: the host community.
        ("Host community:", "community"),
        ("З приймаючою громадою:", "community"),
        # The thirteenth session's: a district's or a military administration, by name or
        # abbreviation.
        ("З районною адміністрацією:", "authorities"),
        ("З військовою адміністрацією", "authorities"),
        ("З РДА:", "authorities"),
        ("ОВА і міська рада", "authorities"),
        ("Working with the town council", "authorities"),
        # Words that share the administration's stem are no axis (the first reader's probe).
        ("Адміністративні послуги", None),
        ("Адміністрування грантів", None),
        # Still two axes, which name none; and (the second reader's probes) a card that names
        # an axis in passing, or an axis in someone's phrase.
        ("Влада і громада", None),
        ("Residents and partners", None),
        ("Довіра до влади і громади", None),
        ("Зустріч з владою і громадою", None),
        ("Довіра громади та влади", None),
        ("Partners in project applications", None),
        ("Residents in need", None),
    ],
)
def test_axis_wordings_found_blind(label: str, axis: str | None) -> None:
    """Axis labels facilitators wrote in blind files of the seventh and eighth sessions."""
    assert default_vocabulary().match_axis(label.rstrip(":")) == axis


def test_a_lettered_label_keeps_its_letter_as_a_title() -> None:
    """The letter numbers a label for matching only: a section's or stage's words stay."""
    assert strip_numbering("А) Пропозиції") == "А) Пропозиції"


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        ("**PART 2: WHERE WE ARE**", "reality"),
        ("PART 3: HOW WE GET THERE", "steps"),
        ("Крок перший: Якою має бути взаємодія (ідеальне бачення)", "vision"),
    ],
)
def test_english_stage_wordings_found_blind_in_the_thirteenth_session(
    heading: str, stage: str
) -> None:
    assert default_vocabulary().match_stage(heading.strip("*")) == stage


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        # Notes taken in Russian (the eleventh session's blind files): a facilitator's own
        # wordings of each stage, numbered, in capitals, with a colon.
        ("ФОРМИРОВАНИЕ ИДЕАЛЬНОГО ВИДЕНИЯ ВЗАИМОДЕЙСТВИЯ", "vision"),
        ("ИДЕАЛЬНОЕ ВИДЕНИЕ ВЗАИМОДЕЙСТВИЯ", "vision"),
        ("## 1. КАКИМ МЫ ВИДИМ ИДЕАЛЬНОЕ ВЗАИМОДЕЙСТВИЕ", "vision"),
        ("Оценка текущей реальности", "reality"),
        ("ТЕКУЩАЯ СИТУАЦИЯ: ЧТО ЕСТЬ СЕЙЧАС", "reality"),
        ("2. ОЦЕНКА НЫНЕШНЕЙ СИТУАЦИИ", "reality"),
        ("ШАГИ ДЛЯ РЕАЛИЗАЦИИ ИДЕАЛЬНОГО ВИДЕНИЯ", "steps"),
        ("3. Шаги к идеальному видению", "steps"),
        ("ИДЕАЛЬНАЯ КАРТИНА ВЗАИМОДЕЙСТВИЯ", "vision"),
        ("2. Текущее положение", "reality"),
        ("2. Что мы имеем сейчас", "reality"),
        ("4. Наши следующие шаги", "steps"),
    ],
)
def test_stage_names_in_russian(heading: str, stage: str) -> None:
    assert default_vocabulary().match_stage(heading) == stage


def test_a_bold_line_of_our_next_steps_under_the_steps_is_no_stage_again() -> None:
    """The first reader's probe: only the Russian wording found blind is a stage's name."""
    assert default_vocabulary().match_stage("Наші наступні кроки") is None


def test_a_russian_card_on_the_state_of_affairs_is_no_stage() -> None:
    """The fourth reader's probe: a bare `положение дел` took a card for the reality stage."""
    assert default_vocabulary().match_stage("Положение дел изменилось после 2022 года") is None


@pytest.mark.parametrize(
    ("label", "axis"),
    [
        ("С ВЛАСТЬЮ", "authorities"),
        ("С органами местного самоуправления:", "authorities"),
        ("С ОБЩЕСТВЕННОСТЬЮ", "community"),
        ("С ЖИТЕЛЯМИ", "community"),
        ("С горожанами:", "community"),
        ("С ДРУГИМИ ОО", "ngos"),
        ("С другими общественными организациями:", "ngos"),
        ("Сотрудничество с властью", "authorities"),
        ("С местным сообществом:", "community"),
        ("С местными властями:", "authorities"),
        ("Городские власти", "authorities"),
        ("С общинами", "community"),
        ("ДРУГИМИ ОРГАНИЗАЦИЯМИ", "ngos"),
        # Two names of one axis joined by Russian `и`, and a district administration.
        ("С районной администрацией и ОМСУ", "authorities"),
        ("Громада и жители", "community"),
        ("Органы власти и учреждения", "authorities"),
        ("С ОМСУ", "authorities"),
        ("С коллегами из других ОО", "ngos"),
        # Still a card, as in Ukrainian: two axes, or an axis in someone's phrase.
        ("Власть и жители", None),
        ("Доверие к власти", None),
        # Ukrainian words that share a Russian name's stem (the second reader's probes): the
        # Russian names match word for word only.
        ("Власники бізнесу", None),
        ("Власність", None),
        ("Городоцька ОТГ", None),
        ("Городи", None),
    ],
)
def test_axis_labels_in_russian(label: str, axis: str | None) -> None:
    assert default_vocabulary().match_axis(label.rstrip(":")) == axis


@pytest.mark.parametrize(
    "heading",
    [
        "ОТОБРАННЫЕ КРИТЕРИИ",
        "Выбранные критерии",
        "Наработанный материал в «Мировом кафе»",
        "Материал, наработанный в «Мировом кафе»",
    ],
)
def test_section_headings_in_russian(heading: str) -> None:
    assert default_vocabulary().is_section(heading)


def test_a_section_heading_with_a_gloss_in_brackets_is_a_section() -> None:
    assert default_vocabulary().is_section("Обрані критерії (після голосування)")


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        # Found blind in the fourteenth session: a part's noun and its ordinal before the
        # stage's name, in words or in figures, in three languages.
        ("Сесія перша. Ідеальна взаємодія", "vision"),
        ("Сесія друга. Що маємо сьогодні", "reality"),
        ("Сесія третя. План дій", "steps"),
        ("Крок перший: Яким має бути ідеал", "vision"),
        ("Крок другий: Як є зараз", "reality"),
        ("Part two: Where we are", "reality"),
        ("Часть третья. План действий", "steps"),
        ("Шаг 3: Следующие шаги", "steps"),
        # A phrase that names a stage only as the whole heading (`whole_aliases`), and not
        # as a title's or a card's first words; an ordinal names no stage by itself.
        ("Крок третій: Що робимо далі", "steps"),
        ("Що робимо далі", "steps"),
        ("Що робимо далі з ОМС", None),
        ("Ідеальна взаємодія", "vision"),
        ("Ідеальна взаємодія громади і влади: підсумки форуму", None),
        ("Крок третій", None),
    ],
)
def test_stages_headed_by_an_ordinal(heading: str, stage: str | None) -> None:
    assert V.match_stage(heading) == stage


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Крок третій: Що робимо далі", ("крок", 3)),
        ("Етап 2. Реальність", ("етап", 2)),
        ("ЧАСТИНА ІІ. РЕАЛЬНІСТЬ", ("частина", 2)),
        ("Part one — Vision", ("part", 1)),
        ("Сессия вторая: Реальность", ("сессия", 2)),
        ("Кроки вперед", None),
        ("Крок за кроком до мети", None),
    ],
)
def test_the_ordinal_a_heading_opens_with(heading: str, found: tuple[str, int] | None) -> None:
    assert ordinal_heading(heading) == found


def test_a_one_word_stage_with_a_gloss_is_a_plain_stage() -> None:
    assert V.match_stage("Реальність (як є)", plain=True) == "reality"
    assert V.match_stage("Бачення (ідеал)", plain=True) == "vision"
    assert V.match_stage("Реальність важка", plain=True) is None


@pytest.mark.parametrize(
    ("label", "axis"),
    [
        ("Інші організації", "ngos"),
        ("З іншими організаціями:", "ngos"),
        ("Інші зоозахисні ГО:", "ngos"),
        ("Other youth NGOs", "ngos"),
        ("С другими организациями", "ngos"),
        # (Not other people, nor others of two words' kind.)
        ("Інші мешканці", None),
        ("Інші великі міські ГО", None),
    ],
)
def test_other_organisations_of_a_kind(label: str, axis: str | None) -> None:
    assert V.match_axis(label) == axis


def test_a_users_whole_aliases_name_a_stage_only_as_the_whole_heading() -> None:
    extra = vocabulary_from_mapping({"stages": [{"key": "vision", "whole_aliases": ["Наша мрія"]}]})
    vocabulary = V.extend(extra)
    assert vocabulary.match_stage("1. НАША МРІЯ") == "vision"
    assert vocabulary.match_stage("Наша мрія про парк", plain=True) is None
    assert vocabulary.is_stage_name("Наша мрія")


@pytest.mark.parametrize(
    ("label", "axis"),
    [
        ("With the hromada authorities:", "authorities"),
        ("With government bodies:", "authorities"),
        ("With the local community:", "community"),
        ("With other NGOs and initiatives:", "ngos"),
    ],
)
def test_english_axis_labels_found_blind_in_the_eighteenth_session(label: str, axis: str) -> None:
    """English list files' sub-headings in wordings of their facilitators' own (h332)."""
    assert default_vocabulary().match_axis(label) == axis


@pytest.mark.parametrize(
    ("label", "axis"),
    [
        # Found blind (h415, typed or read by OCR): the digit 3 for the letter З it looks like.
        ("3 органами влади", "authorities"),
        ("3 іншими ГО", "ngos"),
        ("3 громадою:", "community"),
        # Not a count of a card, nor a stage's number.
        ("3 громади працюють разом", None),
        ("3. Кроки для реалізації", None),
    ],
)
def test_an_axis_label_typed_with_the_digit_three(label: str, axis: str | None) -> None:
    assert default_vocabulary().match_axis(label.rstrip(":")) == axis


@pytest.mark.parametrize(
    "label", ["3 громади району", "3 партнери", "3 ОМС району", "3 ГО ветеранів"]
)
def test_a_count_is_no_axis_label_typed_with_three(label: str) -> None:
    """The second reader's probe: `3` is read as `з` only before whom in the instrumental,
    or before an abbreviation alone (a third reader's probe: `3 ОМС:`, `3 ГО:`)."""
    assert default_vocabulary().match_axis(label) is None


@pytest.mark.parametrize(("label", "axis"), [("3 ОМС", "authorities"), ("3 ГО", "ngos")])
def test_an_abbreviation_alone_after_the_digit_three(label: str, axis: str) -> None:
    assert default_vocabulary().match_axis(label) == axis


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        # Found in the session's last hold-out (h428, notes typed in haste): the stage's name
        # after a spaced dash, as after a colon.
        ("ЩО РОБИМО ДАЛІ – кроки", "steps"),
        ("Що робимо далі: кроки", "steps"),
        # Found blind (h468): a hyphen typed for the dash, the stage's name before it or after.
        ("Кроки - що робимо далі", "steps"),
        ("БАЧЕННЯ - як має бути", "vision"),
        ("ЩО РОБИМО ДАЛІ - кроки", "steps"),
        # Not a card with a dash in it.
        ("Довіра – основа співпраці", None),
        ("Прозорість – звіти ОМС", None),
        ("Спільні кроки - важливо", None),
    ],
)
def test_a_stage_named_after_a_dash(heading: str, stage: str | None) -> None:
    """As a heading, and as a plain line (a line typed in haste, not marked as a heading)."""
    assert default_vocabulary().match_stage(heading) == stage
    assert default_vocabulary().match_stage(heading, plain=True) == stage


@pytest.mark.parametrize(
    ("heading", "stage"),
    [
        # Found blind (h452, notes typed in haste): the stage's name in brackets after the
        # facilitator's words in capitals (the caller asks it of a line over a question).
        ("ЩО РОБИМО (кроки)", "steps"),
        ("ПЛАН (що робимо далі)", "steps"),
        # Not a card with a bracket in it, nor words in sentence case before it, nor a
        # bracket that only opens with a stage's name (a second reader's probes).
        ("Обмін досвідом (кроки)", None),
        ("Що робимо (кроки)", None),
        ("ЦНАП (КРОКИ НАЗУСТРІЧ ЛЮДЯМ)", None),
        ("ДОВІРА (РЕАЛЬНІСТЬ, А НЕ ДЕКЛАРАЦІЇ)", None),
        ("ВОЛОНТЕРСТВО (ЩО ДАЛІ?)", None),
    ],
)
def test_a_stage_named_in_brackets(heading: str, stage: str | None) -> None:
    assert default_vocabulary().stage_in_brackets(heading) == stage
    if heading.startswith("Що робимо"):
        # In sentence case only where the caller knows the stage's question follows.
        assert default_vocabulary().stage_in_brackets(heading, capitals=False) == "steps"
    # The plain matcher reads no bracket so (it would take cards in capitals for headings).
    assert default_vocabulary().match_stage(heading, plain=True) is None or stage is None


@pytest.mark.parametrize(
    ("label", "word_for_word"),
    [
        ("громада", True),
        ("інші ГО", True),
        ("з владою", True),
        ("Other NGOs", True),
        ("громади", False),  # (a form the stem only shares: a card's rest as often)
        ("з ГО та батьками", False),
        ("мешканців", False),
    ],
)
def test_an_axis_named_word_for_word(label: str, word_for_word: bool) -> None:
    """A lower-case label between two lists is one only as one of its axis's names."""
    assert V.names_axis_word_for_word(label) is word_for_word


@pytest.mark.parametrize("label", ["With LSG bodies:", "With local self-government bodies"])
def test_english_labels_of_local_self_government_bodies(label: str) -> None:
    """Found blind (h487): `With LSG bodies:` heads the authorities' cards."""
    assert default_vocabulary().match_axis(label) == "authorities"
