"""Encodings and line ends: the same notes in any common encoding give identical output."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import GOLDEN
from ngo_digest import parse_bytes
from ngo_digest.cli import app
from ngo_digest.decode import decode_bytes
from ngo_digest.diagnostics import Code
from ngo_digest.errors import NgoDigestError, NotTextError, UsageError
from ngo_digest.render import render

TEXT = (GOLDEN / "ngo-networking-conference.txt").read_text(encoding="utf-8")
VARIANTS = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-bom-crlf": codecs.BOM_UTF8 + TEXT.replace("\n", "\r\n").encode("utf-8"),
    "utf-16": TEXT.encode("utf-16"),
    "utf-16-be-cr": codecs.BOM_UTF16_BE + TEXT.replace("\n", "\r").encode("utf-16-be"),
    "windows-1251": TEXT.encode("cp1251"),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_every_encoding_gives_identical_output(name: str) -> None:
    expected = render(parse_bytes(VARIANTS["utf-8"]), "json")
    assert render(parse_bytes(VARIANTS[name]), "json") == expected


def test_a_guessed_encoding_is_said() -> None:
    digest = parse_bytes(VARIANTS["windows-1251"])
    notes = [d for d in digest.diagnostics if d.code is Code.ENCODING_GUESSED]
    assert len(notes) == 1 and "windows-1251" in notes[0].message


# KOI8-U has no «», dashes or typographic apostrophes: the notes as its writers type them.
KOI8_TEXT = TEXT.translate(str.maketrans({"«": '"', "»": '"', "–": "-", "—": "-", "’": "'"}))


def test_koi8u_is_told_from_windows_1251_and_said() -> None:
    """KOI8-U puts the small letters where Windows-1251 has the capitals (found blind: a
    KOI8-U file read as Windows-1251 found no stage at all)."""
    digest = parse_bytes(KOI8_TEXT.encode("koi8-u"))
    assert render(digest, "json") == render(parse_bytes(KOI8_TEXT.encode("utf-8")), "json")
    notes = [d for d in digest.diagnostics if d.code is Code.ENCODING_GUESSED]
    assert len(notes) == 1 and "koi8-u" in notes[0].message


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        ("ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ\n".encode("cp1251"), "windows-1251"),
        ("ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ\n".encode("koi8-u"), "koi8-u"),  # capitals either way
        ("Довіра\n".encode("koi8-u"), "koi8-u"),
        ("Довіра\n".encode("cp1251"), "windows-1251"),
        # The second reader's: capitals with a small letter or a middle dot in Windows-1251.
        ("ГЕНЕРАТОРИ 5 кВт\n·БЮРОКРАТІЯ\n·ОМС\n".encode("cp1251"), "windows-1251"),
        ("Довіра".encode("koi8-u") + b"\x98\n", "koi8-u"),  # no character in Windows-1251
        # Found blind: English notes saved on a Western machine, `é` and `€` in them (read
        # as Windows-1251, `Cafй` and `Ђ250`; as KOI8-U, `CafИ`).
        ("Material from the “World Café”\nTrust\n".encode("cp1252"), "windows-1252"),
        ("Budget approx. €250,000 – Naïve hopes\n".encode("cp1252"), "windows-1252"),
        # English notes in Windows-1251 with a Ukrainian word, and a Ukrainian card with a
        # Latin look-alike letter among English ones, stay Windows-1251.
        (
            "Cooperation with the ГО «Світанок» and the City Council\n".encode("cp1251"),
            "windows-1251",
        ),
        ("Trust and openness\nДовiра громади\n".encode("cp1251"), "windows-1251"),
        # Cyrillic look-alikes typed into English words are no accents (the golden files);
        # nor are a Latin `i` in a Ukrainian word, a Ukrainian ending on a Latin name, or a
        # Latin ending on an abbreviation (the second reader's probes).
        ("Оpenness and Accessіbility of websites\n".encode("cp1251"), "windows-1251"),
        ("Workshop in Бiлоцеркiвська hromada\n".encode("cp1251"), "windows-1251"),
        ("Chats in Telegramом and Viberом\n".encode("cp1251"), "windows-1251"),
        ("Joint ЦНАПs and a Networк of partners\n".encode("cp1251"), "windows-1251"),
    ],
)
def test_the_one_byte_codec_chosen(data: bytes, codec: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.guessed and decoded.encoding == codec


def test_bytes_neither_one_byte_codec_reads_as_ukrainian_are_refused() -> None:
    """A byte Windows-1251 lacks (0x98) in text KOI8-U reads as no Ukrainian: an error that
    says what to do, not a silent guess."""
    with pytest.raises(
        NotTextError, match=r"neither UTF-8 nor Windows-1251 nor KOI8-U.*--encoding"
    ):
        decode_bytes(b"\x98\xfe\xfc\xfb\n")


def test_utf8_is_not_reported_as_guessed() -> None:
    assert not [
        d for d in parse_bytes(VARIANTS["utf-8"]).diagnostics if d.code is Code.ENCODING_GUESSED
    ]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised_and_said(codec: str) -> None:
    """Some exporters write UTF-16 with no BOM: its NUL bytes must not make it "binary"."""
    digest = parse_bytes(TEXT.encode(codec))
    assert render(digest, "json") == render(parse_bytes(VARIANTS["utf-8"]), "json")
    notes = [d for d in digest.diagnostics if d.code is Code.ENCODING_GUESSED]
    assert len(notes) == 1 and codec in notes[0].message


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # NULs on both sides of the pairs
        b"\x00\x9c\x00\x9d" * 100,  # one side only, but C1 controls, not letters
        "汉字汉字汉字\t".encode("utf-16-le") * 50,  # letters, but not of a script notes use
    ],
    ids=["both-sides", "controls", "foreign-script"],
)
def test_nul_bytes_that_do_not_read_as_utf16_notes_are_refused(data: bytes) -> None:
    with pytest.raises(NotTextError, match=r"NUL bytes.*--encoding utf-16-le"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "text",
    [
        "Прозорість → звітність → довіра ✓ 👍\n" * 5,  # arrows, check marks, emoji
        "- Свято двору 😀 для дітей\n" * 5,  # an emoji with a NUL byte in its pair
        TEXT + " Ā",  # a letter whose own code unit has a NUL byte
    ],
    ids=["symbols", "emoji-with-a-nul", "nul-in-a-letter"],
)
def test_utf16_notes_without_a_bom_may_hold_symbols(text: str) -> None:
    """A second reader's find: these were refused as binary."""
    assert decode_bytes(text.encode("utf-16-le")).text == text.replace("\r", "")


def test_utf16_without_a_bom_cut_mid_character_is_read_and_said() -> None:
    decoded = decode_bytes(TEXT.encode("utf-16-le") + b"\n")
    assert decoded.text == TEXT and decoded.truncated and decoded.encoding == "utf-16-le"


def test_encoding_override() -> None:
    decoded = decode_bytes("Влада".encode("koi8-u"), encoding="koi8-u")
    assert decoded.text == "Влада" and not decoded.guessed


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le"])
def test_a_bom_is_dropped_when_the_encoding_is_named(codec: str) -> None:
    """Notepad writes UTF-8 with a BOM; `--encoding utf-8` must not make it part of a title."""
    data = (GOLDEN / "green_hromada_en.md").read_bytes().decode("utf-8")
    plain = parse_bytes(data.encode(codec), encoding=codec)
    marked = parse_bytes(("\ufeff" + data).encode(codec), encoding=codec)
    assert marked.title == plain.title and render(marked, "json") == render(plain, "json")


def test_line_numbers_survive_crlf_and_cr() -> None:
    assert decode_bytes(b"a\r\nb\rc\n").text == "a\nb\nc\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
        (bytes(range(1, 32)) * 40, None),
        ("Влада".encode()[:-1], "utf-8"),
        (b"abc", "no-such-codec"),
    ],
    ids=["png", "controls", "truncated-utf8", "unknown-codec"],
)
def test_not_text_is_refused(data: bytes, encoding: str | None) -> None:
    with pytest.raises(NgoDigestError) as raised:
        decode_bytes(data, encoding=encoding)
    expected = UsageError if encoding == "no-such-codec" else NotTextError
    assert type(raised.value) is expected


def test_a_file_cut_mid_character_keeps_utf8_and_is_said() -> None:
    decoded = decode_bytes("Влада".encode()[:-1])
    assert decoded.text == "Влад" and decoded.truncated and decoded.encoding == "utf-8"
    digest = parse_bytes(VARIANTS["utf-8"][:-1] + "Ж".encode()[:1])
    assert digest.diagnostics[0].code is Code.TRUNCATED_INPUT


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (codecs.BOM_UTF8 + "Влада".encode(), "utf-8-sig"),
        ("Влада".encode("utf-16"), "utf-16"),
        ("Влада".encode("utf-32"), "utf-32"),
    ],
    ids=["utf-8-bom", "utf-16-bom", "utf-32-bom"],
)
def test_a_file_with_a_bom_cut_mid_character_is_read_and_said(data: bytes, codec: str) -> None:
    """As without a BOM: the cut-off character is left out and said, not the whole file read
    in another encoding (a UTF-8 BOM) or refused (UTF-16, UTF-32)."""
    decoded = decode_bytes(data[:-1])
    assert decoded.text == "Влад" and decoded.truncated and decoded.encoding == codec


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_lines_in_two_encodings_are_read_whatever_the_line_ends(line_end: str) -> None:
    data = _mixed(set(range(12, 20))).replace(b"\n", line_end.encode())
    digest = parse_bytes(data)
    assert render(digest, "json") == render(parse_bytes(KOI8_TEXT.encode("utf-8")), "json")
    assert [d.line for d in digest.diagnostics if d.code is Code.MIXED_ENCODINGS] == [13]


@pytest.mark.parametrize("encoding", ["unicode_escape", "raw_unicode_escape", "utf-7"])
def test_a_named_encoding_that_gives_half_a_character_is_refused_at_its_line(
    encoding: str,
) -> None:
    """Some codecs decode to a lone surrogate, which is not a character and cannot be written
    as UTF-8: refused with its line, not a traceback at output time."""
    lone = {"utf-7": b"+2AA"}.get(encoding, b"\\ud800")
    data = b"first line\r\nsecond \xe2\x80\x94 " if encoding != "utf-7" else b"first\r\nsecond "
    with pytest.raises(NotTextError) as raised:
        decode_bytes(data + lone + b" end\n", encoding=encoding)
    assert raised.value.line == 2
    assert "U+D800" in str(raised.value)


def test_the_command_names_the_file_and_line_of_half_a_character(tmp_path: Path) -> None:
    notes = tmp_path / "escaped.txt"
    notes.write_bytes(b"IDEAL VISION\nAUTHORITIES\tCOMMUNITY\tOTHER NGOS\nitem \\ud800\t\t\n")
    result = CliRunner().invoke(
        app, ["parse", str(notes), "--encoding", "unicode_escape", "--format", "json"]
    )
    assert result.exit_code == NotTextError.exit_code and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"ngo-digest: error: {notes}:3: not valid unicode_escape")


def test_an_escaped_pair_of_halves_is_one_character() -> None:
    decoded = decode_bytes(b"emoji \\ud83d\\ude00 here\n", encoding="unicode_escape")
    assert decoded.text == "emoji \U0001f600 here\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"one\rtwo\rthree \\udc00\r", "unicode_escape"),  # CR line ends: a lone half
        (b"one\rtwo\rthree \xff\r", "utf-8"),  # CR line ends: a byte that is not UTF-8
        # UTF-16: the 0x0A byte inside "\u040a" (Њ) is not a line end; U+DC00 alone is invalid
        (codecs.BOM_UTF16_LE + "Њ\nЊ\nЊ".encode("utf-16-le") + b"\x00\xdc", None),
    ],
    ids=["lone-half-cr", "bad-byte-cr", "utf16"],
)
def test_an_error_names_the_line_as_an_editor_counts_it(data: bytes, encoding: str | None) -> None:
    with pytest.raises(NotTextError) as raised:
        decode_bytes(data, encoding=encoding)
    assert raised.value.line == 3


@pytest.mark.parametrize(
    ("data", "encoding"), [(b"xn--zz\n", "idna"), (b"xx--\n", "punycode")], ids=["idna", "puny"]
)
def test_a_codec_that_fails_in_its_own_way_is_refused_as_not_text(
    data: bytes, encoding: str
) -> None:
    """Some codecs raise a plain UnicodeError, not UnicodeDecodeError."""
    with pytest.raises(NotTextError, match=f"not valid {encoding}"):
        decode_bytes(data, encoding=encoding)


def _mixed(lines_in_cp1251: set[int], codec: str = "cp1251") -> bytes:
    """The sample with the given lines (0-based) in a one-byte code page, the rest UTF-8."""
    return b"\n".join(
        line.encode(codec if at in lines_in_cp1251 else "utf-8")
        for at, line in enumerate(KOI8_TEXT.split("\n"))
    )


@pytest.mark.parametrize(
    ("lines", "codec"),
    [
        (set(range(12, 20)), "cp1251"),  # a table pasted from an old file
        (set(range(37)) - {26}, "cp1251"),  # an old file with one UTF-8 line in it
        (set(range(21, 30)), "koi8-u"),
    ],
)
def test_lines_in_two_encodings_are_each_read_in_their_own_and_said(
    lines: set[int], codec: str
) -> None:
    """Found blind, from the mission's "mixed encodings": a UTF-8 file with a table pasted
    from a Windows-1251 one was read wholly as Windows-1251, and its UTF-8 text garbled."""
    data = _mixed(lines, codec)
    digest = parse_bytes(data)
    assert render(digest, "json") == render(parse_bytes(KOI8_TEXT.encode("utf-8")), "json")
    notes = [d for d in digest.diagnostics if d.code is Code.MIXED_ENCODINGS]
    first = min(at for at in lines if not KOI8_TEXT.split("\n")[at].isascii()) + 1
    assert len(notes) == 1 and notes[0].line == first
    assert codec.replace("cp", "windows-") in notes[0].message


@settings(max_examples=25, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=KOI8_TEXT.count("\n"))))
def test_any_lines_in_windows_1251_read_back_the_same(lines: set[int]) -> None:
    digest = parse_bytes(_mixed(lines))
    assert render(digest, "json") == render(parse_bytes(KOI8_TEXT.encode("utf-8")), "json")


def test_a_utf8_file_with_a_bom_may_hold_lines_in_another_encoding() -> None:
    data = codecs.BOM_UTF8 + _mixed(set(range(12, 20)), "koi8-u")
    digest = parse_bytes(data)
    assert render(digest, "json") == render(parse_bytes(KOI8_TEXT.encode("utf-8")), "json")
    assert [d.line for d in digest.diagnostics if d.code is Code.MIXED_ENCODINGS] == [13]


def test_a_file_in_one_one_byte_code_page_is_not_mixed() -> None:
    for data in (VARIANTS["windows-1251"], KOI8_TEXT.encode("koi8-u")):
        codes = {d.code for d in parse_bytes(data).diagnostics}
        assert Code.MIXED_ENCODINGS not in codes and Code.ENCODING_GUESSED in codes
