"""Notes taken in Russian: told from Ukrainian by their letters, and their words asked of the
Russian dictionary, so the run-on rules read them as they read Ukrainian."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ngo_digest import parse_text
from ngo_digest.render import render
from ngo_digest.segment import morphology, segment_cell
from ngo_digest.segment.language import cell_language, language_of, word_language


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["Оцінка поточної реальності", "ЗІ ВЛАДОЮ"], "uk"),
        (["Оценка текущей реальности", "С ВЛАСТЬЮ", "Открытость"], "ru"),
        (["Assessing the current reality", "WITH AUTHORITIES"], "uk"),
        ([], "uk"),
        # A Russian quote in Ukrainian notes leaves them Ukrainian.
        (["Гасло «Мы вместе» на банері", "Відкритість і довіра", "Співпраця з ГО"], "uk"),
        # Russian words without its own letters tell nothing either way.
        (["Доверие Прозрачность"], "uk"),
    ],
)
def test_the_language_is_told_by_the_letters_only_one_has(texts: list[str], language: str) -> None:
    assert language_of(texts) == language


@pytest.mark.parametrize(
    ("text", "document", "language"),
    [
        ("Співпраця з Червоним Хрестом", "ru", "uk"),
        ("Партнерство с Красным Крестом", "uk", "ru"),
        ("Доверие Прозрачность", "ru", "ru"),
        ("Довіра", "uk", "uk"),
        ("Trust", "ru", "ru"),
    ],
)
def test_a_cell_in_the_other_language_is_read_in_its_own(
    text: str, document: str, language: str
) -> None:
    assert cell_language(text, document) == language


def test_a_ukrainian_cell_in_russian_notes_is_cut_with_the_ukrainian_dictionary() -> None:
    """The second reader's probe: one group wrote in Ukrainian in notes taken in Russian."""
    raw = "Співпраця з Червоним Хрестом Жителі Криворівні долучаються до толок"
    with morphology.speaking("ru"):
        cut = [s.text for s in segment_cell(raw)]
    assert cut == ["Співпраця з Червоним Хрестом", "Жителі Криворівні долучаються до толок"]


def test_a_ukrainian_card_in_a_russian_cell_opens_at_its_verb() -> None:
    """Found blind: a cell of notes taken in Russian with Ukrainian cards among the Russian
    ones is read in Russian, whose dictionary only guessed at `довіряють`; a verb in one
    language's own letters is asked of that language's dictionary."""
    raw = "Совместные акции Обмен контактами ГО не довіряють одна одній Конкуренция"
    with morphology.speaking("ru"):
        cut = [s.text for s in segment_cell(raw)]
        assert morphology.is_finite_verb("довіряють") is True
    assert cut == [
        "Совместные акции",
        "Обмен контактами",
        "ГО не довіряють одна одній",
        "Конкуренция",
    ]


@pytest.mark.parametrize(
    ("word", "language"),
    [("довіряють", "uk"), ("объявили", "ru"), ("знають", None), ("Київщиныї", None), ("", None)],
)
def test_a_words_own_letters_tell_its_language(word: str, language: str | None) -> None:
    assert word_language(word) == language


def test_questions_are_asked_of_the_language_spoken() -> None:
    # (`поддерживает` has no letter only Russian has: see the test above for one that has.)
    assert morphology.is_finite_verb("поддерживает") is False  # a guess of the Ukrainian one
    with morphology.speaking("ru"):
        assert morphology.is_finite_verb("поддерживает") is True
        assert morphology.is_oblique_only("Красным") is True
    # And back: the answers of the language before are asked again, not remembered.
    assert morphology.is_finite_verb("поддерживает") is False
    assert morphology.is_oblique_only("Красным") is False
    # A verb in one language's own letters is asked of that language's, whichever is spoken.
    assert morphology.is_finite_verb("выделяет") is True


def test_both_dictionaries_in_one_process_keep_their_grammemes() -> None:
    """pymorphy3 shares one tag class between dictionaries, which knew only the grammemes of
    the last one loaded: after the Russian one, a Ukrainian tag asked for `infn` raised."""
    ukrainian = morphology._analyzer_of("uk")
    russian = morphology._analyzer_of("ru")  # loaded last (or again: cached)
    morphology._know_grammemes_of(russian)  # as if it had been
    assert "infn" in ukrainian.parse("подати")[0].tag
    assert "infn" not in russian.parse("делать")[0].tag
    assert russian.parse("делать")[0].tag.POS == "INFN"
    assert "INFN" not in ukrainian.parse("подати")[0].tag


def test_no_dictionary_for_another_language() -> None:
    with pytest.raises(ValueError, match="no dictionary for 'de'"), morphology.speaking("de"):
        pass


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Игнорирование Бюрократия Формальные консультации",
            ["Игнорирование", "Бюрократия", "Формальные консультации"],
        ),
        ("Партнерство с Красным Крестом Доверие", ["Партнерство с Красным Крестом", "Доверие"]),
        (
            "Поддержка отдельных инициатив ВГА выделяет помещения бесплатно",
            ["Поддержка отдельных инициатив", "ВГА выделяет помещения бесплатно"],
        ),
        ("Открытость ОМС слышит переселенцев", ["Открытость", "ОМС слышит переселенцев"]),
        # The dictionary also reads `Красный` as a noun (a Red): still the name's adjective.
        (
            "Партнерство Красный Крест как партнер",
            ["Партнерство", "Красный Крест как партнер"],
        ),
        # A guessed infinitive (an unknown word in `-ть`, here with a Latin `o`) is no step's
        # verb whose object the capital after it would be.
        (
            "Активные жители Ответственнoсть Общие собрания онлайн",
            ["Активные жители", "Ответственнoсть", "Общие собрания онлайн"],
        ),
        # An office's holder named by the surname alone (found blind).
        (
            "Бюрократия Секретарь горсовета Бондаренко проводит встречи с ОО",
            ["Бюрократия", "Секретарь горсовета Бондаренко проводит встречи с ОО"],
        ),
        # Russian streets and towns after their abbreviation, and a park named after a
        # person (found blind in the twelfth session).
        (
            "Аварийные дома на ул. Пушкинской Снос флигеля на ул. Малой Арнаутской",
            ["Аварийные дома на ул. Пушкинской", "Снос флигеля на ул. Малой Арнаутской"],
        ),
        (
            "Субботники в парке Шевченко ОСМД участвуют",
            ["Субботники в парке Шевченко", "ОСМД участвуют"],
        ),
        # A village's name the Russian dictionary knows as a place's (found blind).
        (
            "Толока в селе Каменка Прозрачность Клуб в поселке Покотиловка Доверие",
            ["Толока в селе Каменка", "Прозрачность", "Клуб в поселке Покотиловка", "Доверие"],
        ),
        ("Клуб в селе Доверие жителей", ["Клуб в селе", "Доверие жителей"]),
        # (`г.` after a number is a year: `2023 г.`, the second reader's probe.)
        (
            "Конкурс с 2022 г. Прозрачность Недоверие",
            ["Конкурс с 2022 г", "Прозрачность", "Недоверие"],
        ),
        # Russian question words and particles (the second reader's probes).
        ("Только 3 ОО получили гранты", ["Только 3 ОО получили гранты"]),
        ("Жители видят, на что ОО тратят средства", ["Жители видят, на что ОО тратят средства"]),
        (
            "Недоверие Почему ЦНАП не работает? Бюрократия",
            ["Недоверие", "Почему ЦНАП не работает?", "Бюрократия"],
        ),
        # Found blind in the thirteenth session: two names joined by `и`, a region, a person
        # in the genitive, and a woman's surname that an occupation's noun is too.
        (
            "Звуковые светофоры на проспектах Мира и Металлургов Доверие",
            ["Звуковые светофоры на проспектах Мира и Металлургов", "Доверие"],
        ),
        ("Обмен опытом Сеть ГО Придунавья", ["Обмен опытом", "Сеть ГО Придунавья"]),
        (
            "Доверие Тренинги Оксаны Кравец по этикету",
            ["Доверие", "Тренинги Оксаны Кравец по этикету"],
        ),
        (
            "Хорошие отношения с главврачом Ольгой Мельник Доверие",
            ["Хорошие отношения с главврачом Ольгой Мельник", "Доверие"],
        ),
        (
            "Доверие Марина Коваль из Кочетка собирает подписи",
            ["Доверие", "Марина Коваль из Кочетка собирает подписи"],
        ),
        (
            "Встреча с Ольгой Директор школы помогает",
            ["Встреча с Ольгой", "Директор школы помогает"],
        ),
    ],
)
def test_russian_run_on_cells_are_cut_as_ukrainian_ones(raw: str, expected: list[str]) -> None:
    with morphology.speaking("ru"):
        assert [s.text for s in segment_cell(raw)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Found blind: a village's name that ends as Russian ones do after `села`, and a
        # Russian preposition the name after it goes on (`вокруг Дома культуры`).
        (
            "Праздник села Приморское Фестиваль «Дунайская сельдь»",
            ["Праздник села Приморское", "Фестиваль «Дунайская сельдь»"],
        ),
        ("Праздник села Коробочкино Доверие", ["Праздник села Коробочкино", "Доверие"]),
        (
            "Доверие Конфликт вокруг Дома культуры",
            ["Доверие", "Конфликт вокруг Дома культуры"],
        ),
        # A woman's undeclined surname after her first name in the genitive, before a dash
        # or the next card (not before a lower-case word: an office and its body).
        (
            "Бабушки из хора Ирины Коваль – главный ресурс Доверие",
            ["Бабушки из хора Ирины Коваль – главный ресурс", "Доверие"],
        ),
        ("Концерт хора Ирины Коваль Доверие", ["Концерт хора Ирины Коваль", "Доверие"]),
        # An oblast's administration in the genitive after a noun (`Сумской` reads as a
        # masculine nominative too); in the nominative it opens a card.
        ("Поддержка Сумской ОГА Доверие", ["Поддержка Сумской ОГА", "Доверие"]),
        ("Доверие Сумская ОГА не отвечает", ["Доверие", "Сумская ОГА не отвечает"]),
        # (The second reader's probe: `против` as a predicate ends its card.)
        ("Депутаты против Жители пассивны", ["Депутаты против", "Жители пассивны"]),
        # A region named in Russian after a body's abbreviation (found blind).
        ("Сеть ГО Харьковщины Обмен опытом", ["Сеть ГО Харьковщины", "Обмен опытом"]),
        # A Ukrainian surname after an office, which the Russian dictionary knows only as a
        # miller or a smith (found blind, eleven files); a common word stays one.
        (
            "Очереди Староста Мельник собирает людей на приёмы",
            ["Очереди", "Староста Мельник собирает людей на приёмы"],
        ),
        (
            "Очереди Глава поселкового совета Коваль включает ГО в рабочие группы",
            ["Очереди", "Глава поселкового совета Коваль включает ГО в рабочие группы"],
        ),
        ("Очереди Партнер Грант на проекты", ["Очереди", "Партнер", "Грант на проекты"]),
        # After a woman's occupation in Russian, her surname undeclined (found blind).
        (
            "Доверие Помощь соцработницы Бондарь в сёлах",
            ["Доверие", "Помощь соцработницы Бондарь в сёлах"],
        ),
        # Nor another office (the second reader's probe).
        ("Доверие Мэр Староста не реагирует", ["Доверие", "Мэр", "Староста не реагирует"]),
        # A stadium's name in quotes, as in Ukrainian (found blind).
        (
            "Очереди Ремонт стадиона «Локомотив» затянулся",
            ["Очереди", "Ремонт стадиона «Локомотив» затянулся"],
        ),
    ],
)
def test_russian_villages_prepositions_and_surnames_found_blind(
    raw: str, expected: list[str]
) -> None:
    with morphology.speaking("ru"):
        assert [s.text for s in segment_cell(raw)] == expected


_RUSSIAN_NOTES = "\n".join(
    [
        "РЕЗУЛЬТАТЫ ФОРУМА",
        "",
        "ФОРМИРОВАНИЕ ИДЕАЛЬНОГО ВИДЕНИЯ ВЗАИМОДЕЙСТВИЯ",
        "",
        "Что характеризует эффективное взаимодействие ОО с... ?",
        "",
        "С ВЛАСТЬЮ\tС ОБЩЕСТВЕННОСТЬЮ\tС ДРУГИМИ ОО",
        "<p>Открытость ОМС слышит переселенцев</p>\t<p>Доверие</p>"
        "\t<p>Партнерство с Красным Крестом Доверие</p>",
    ]
)

_UKRAINIAN_NOTES = "\n".join(
    [
        "ПІДСУМКИ",
        "",
        "ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ",
        "",
        "ВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО",
        "<p>Бюрократія Депутат Петренко допомагає</p>\t<p>Недовіра Жителі Бучі допомагають</p>"
        "\t<p>Конкуренція</p>",
    ]
)


def test_a_russian_document_read_first_in_a_process_is_read() -> None:
    """With only the Russian dictionary loaded, pymorphy3's tag class knew none of the
    Ukrainian grammemes the rules ask about, and `infn` raised (found blind)."""
    program = "import sys; from ngo_digest import parse_text; parse_text(sys.stdin.read())"
    done = subprocess.run(
        [sys.executable, "-c", program],
        input=_RUSSIAN_NOTES,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_a_russian_document_is_read_with_the_russian_dictionary() -> None:
    digest = parse_text(_RUSSIAN_NOTES)
    axes = digest.stages["vision"].sections[0].axes
    assert [item.text for item in axes["authorities"]] == ["Открытость", "ОМС слышит переселенцев"]
    assert [item.text for item in axes["ngos"]] == ["Партнерство с Красным Крестом", "Доверие"]


def test_a_ukrainian_document_reads_the_same_before_and_after_a_russian_one() -> None:
    before = render(parse_text(_UKRAINIAN_NOTES), "json")
    parse_text(_RUSSIAN_NOTES)
    assert render(parse_text(_UKRAINIAN_NOTES), "json") == before
