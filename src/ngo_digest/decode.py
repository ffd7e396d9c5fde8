"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1251, KOI8-U or Windows-1252 detection, and
one kind of line end.

Line numbers survive decoding: CRLF and lone CR both become LF, so line N of the text is line N
of the file. The encoding that was used is reported, so a guess is never silent.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

from .errors import NotTextError, UsageError
from .patterns import compiled_at_first_use

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters but tab, line ends, vertical tab and form feed. Counted in UTF-8, where
# each is one byte that no other character uses: deleting every other byte is a fast count.
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20))
_NOT_CONTROL_BYTES = bytes(sorted(set(range(256)) - set(_CONTROL_BYTES)))
_CYRILLIC_FALLBACK = "cp1251"
_KOI8 = "koi8-u"
# The sixteen commonest letters of Ukrainian text, in both cases: four of five letters of
# notes read with the right one-byte codec, about three of five with the other (which puts
# other letters in their places), whether the notes are in capitals or not.
_COMMON_LETTERS = "оаніитервслкдумпОАНІИТЕРВСЛКДУМП"
_UKRAINIAN_SHARE = 0.7  # a share of common letters no wrongly read text reaches
_WESTERN = "cp1252"
# Windows-1251's letters from `А` on: nearly every letter of Ukrainian text read with it, and
# in English text written in Windows-1252 the accented Latin letters (`é` read as `й`).
_CYRILLIC_LETTER_BYTES = bytes(range(0xC0, 0x100))
_ASCII_LETTER_BYTES = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_LETTERS = compiled_at_first_use(r"[^\W\d_]+")
_LINE_END = compiled_at_first_use(rb"\r\n|\r|\n")  # as `normalize_newlines` counts them
# Cyrillic letters that look like Latin ones, typed into English words by mistake.
_LOOK_ALIKES = frozenset("аеіоурсхкїАВЕІКМНОРСТХ")
_CYRILLIC_RUN = compiled_at_first_use("[\u0400-\u04ff]+")
_CYRILLIC_LETTER = compiled_at_first_use("[\u0400-\u04ff]")
_MIXED_LETTERS = 3  # Cyrillic letters that make a valid UTF-8 line Cyrillic text
# The letters of Ukrainian and Russian text in Windows-1251; its others (`Ђ`, `Љ`, `ў`) are
# Serbian, Macedonian or Belarusian, and stand for `€`, `Š`, `ž` of Windows-1252.
_EAST_SLAVIC = frozenset(
    "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁёЄєІіЇїҐґ"
)
# Half of a UTF-16 pair on its own: not a character, and not writable as UTF-8. The codecs
# tried by default never give one; some a user may name do (utf-7, unicode_escape).
_LONE_SURROGATE = compiled_at_first_use("[\ud800-\udfff]")
# Not Latin or Cyrillic, nor punctuation, symbols, arrows, dingbats or emoji, or a C1 control:
# what bytes that are not notes give when read as UTF-16.
_NOT_NOTES_SCRIPT = compiled_at_first_use(
    "[^\x00-\x7f\xa0-\u052f\u1e00-\u1eff\u2000-\u2bff\ufe0f\U0001f000-\U0001faff]"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text with LF line ends, the codec that produced it, and whether it was a guess."""

    text: str
    encoding: str
    guessed: bool
    truncated: bool = False
    """The data ended in the middle of a character, whose bytes were left out."""
    other_lines: tuple[int, ...] = ()
    """Lines in another encoding than the rest (see `_mixed_lines`), read in theirs."""


def decode_bytes(data: bytes, *, encoding: str | None = None, path: str | None = None) -> Decoded:
    """Decode `data`, honouring `encoding` when given, else by its BOM, as UTF-16 when it holds
    NUL bytes, else UTF-8, then Windows-1251 or KOI8-U."""
    if encoding:
        return _decode_as_named(data, encoding, path)
    return _decode_as_detected(data, path)


def _decode_as_named(data: bytes, encoding: str, path: str | None) -> Decoded:
    """Decode with the codec the user named; its failures are theirs to hear about."""
    try:
        text = data.decode(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}", path=path) from None
    except UnicodeDecodeError as exc:
        line = _line_at(data, exc.start, encoding)
        raise NotTextError(f"not valid {encoding}: {exc.reason}", path=path, line=line) from None
    except (UnicodeError, ValueError) as exc:  # codecs that fail their own way (idna)
        reason = " ".join(str(exc).split())
        raise NotTextError(f"not valid {encoding}: {reason}", path=path) from None
    text = normalize_newlines(text.lstrip("\ufeff"))  # a BOM the codec kept (utf-16-le)
    if _LONE_SURROGATE().search(text):  # escaped pairs (`\ud83d\ude00`) are one character
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if lone := _LONE_SURROGATE().search(text):
        raise NotTextError(
            f"not valid {encoding}: it decodes to U+{ord(lone.group()):04X}, half of a"
            " character (a lone surrogate)",
            path=path,
            line=text.count("\n", 0, lone.start()) + 1,
        )
    return Decoded(_check_text(text, path), encoding, guessed=False)


def _decode_as_detected(data: bytes, path: str | None) -> Decoded:
    """Decode by the BOM, as UTF-16 when NUL bytes say so, else as UTF-8, else as Windows-1251
    or KOI8-U (both guesses said)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_after_bom(data, bom, codec, path)
    if b"\x00" in data:
        read = _utf16_without_bom(data)
        if read is None:
            raise NotTextError(
                "binary data (NUL bytes), not a text file (for UTF-16 text, pass --encoding"
                " utf-16-le or utf-16-be)",
                path=path,
            )
        utf16, text = read
        checked = _check_text(normalize_newlines(text), path)
        return Decoded(checked, utf16, guessed=True, truncated=len(data) % 2 == 1)
    try:
        return Decoded(_check_text(normalize_newlines(data.decode("utf-8")), path), "utf-8", False)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    cut_off = _cut_off_end(utf8_error, "utf-8")
    if cut_off is not None:
        return Decoded(
            _check_text(normalize_newlines(cut_off), path), "utf-8", False, truncated=True
        )
    mixed = _mixed_lines(data, path)
    if mixed is not None:
        return mixed
    return _one_byte_cyrillic(data, utf8_error, path)


def _decode_after_bom(data: bytes, bom: bytes, codec: str, path: str | None) -> Decoded:
    """Decode in the encoding the BOM names. As without one, a last character cut off is
    left out (and said), and a UTF-8 file may hold lines pasted from an old one."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        cut_off = _cut_off_end(exc, codec)
        if cut_off is not None:
            checked = _check_text(normalize_newlines(cut_off.lstrip("\ufeff")), path)
            return Decoded(checked, codec, False, truncated=True)
        mixed = _mixed_lines(data[len(bom) :], path) if bom == codecs.BOM_UTF8 else None
        if mixed is not None:
            return mixed  # (a UTF-8 file with lines pasted from an old one)
        line = _line_at(data, exc.start, codec)
        raise NotTextError(f"not valid {codec}: {exc.reason}", path=path, line=line) from None
    return Decoded(_check_text(normalize_newlines(text.lstrip("\ufeff")), path), codec, False)


def _cut_off_end(error: UnicodeDecodeError, codec: str) -> str | None:
    """The text before a last character whose bytes were cut off (a copy stopped short), when
    that is the only fault; else None. (The error's own bytes: `utf-8-sig` counts its
    positions after the BOM.)"""
    read = bytes(error.object)
    if error.end != len(read) or error.reason not in ("unexpected end of data", "truncated data"):
        return None
    try:
        return read[: error.start].decode(codec)
    except UnicodeDecodeError:
        return None


def _mixed_lines(data: bytes, path: str | None) -> Decoded | None:
    """Notes pasted together from two sources, most often a table copied from an old file
    into a UTF-8 one: some lines are UTF-8 with Cyrillic text in them and others are not
    UTF-8 at all. Each line is then read in its own encoding: UTF-8 where it is valid, and
    the one-byte code page that `_one_byte_cyrillic` chooses for the others. None when no
    line is UTF-8 Cyrillic (a one-byte file, as a whole) or every line is. A whole line of
    Windows-1251 letters is never valid UTF-8 (its letters are all lead bytes)."""
    lines = _LINE_END().split(data)  # (no UTF-8 or one-byte character holds a CR or LF byte)
    utf8_cyrillic = False
    others: list[int] = []
    for number, line in enumerate(lines, 1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            others.append(number)
            continue
        utf8_cyrillic = utf8_cyrillic or len(_CYRILLIC_LETTER().findall(text)) >= _MIXED_LETTERS
    if not (utf8_cyrillic and others):
        return None
    rest = b"\n".join(lines[number - 1] for number in others)
    try:
        rest.decode("utf-8")
        return None  # (never: each of its lines is not UTF-8)
    except UnicodeDecodeError as exc:
        codec = _one_byte_cyrillic(rest, exc, path).encoding
    read = {number: lines[number - 1].decode(codec) for number in others}
    text = "\n".join(
        read[number] if number in read else line.decode("utf-8")
        for number, line in enumerate(lines, 1)
    )
    return Decoded(
        _check_text(normalize_newlines(text), path),
        f"utf-8 and {codec}",
        guessed=True,
        other_lines=tuple(others),
    )


def _one_byte_cyrillic(data: bytes, utf8_error: UnicodeDecodeError, path: str | None) -> Decoded:
    """Windows-1251 or KOI8-U, whichever reads more of the text's letters as Ukrainian's
    commonest (KOI8-U swaps the cases' bytes and orders the alphabet otherwise); Windows-1251,
    the commoner, on a tie. KOI8-U has all 256 bytes, so bytes Windows-1251 lacks (0x98) are
    read as KOI8-U only when they read as Ukrainian. English notes saved on a Western
    machine are Windows-1252 (see `_western`)."""
    koi8_share = _common_share(data, _KOI8)
    try:
        windows = data.decode(_CYRILLIC_FALLBACK)
    except UnicodeDecodeError:
        if koi8_share < _UKRAINIAN_SHARE:
            line = _line_at(data, utf8_error.start, "utf-8")
            raise NotTextError(
                f"neither UTF-8 nor Windows-1251 nor KOI8-U ({utf8_error.reason}); pass --encoding",
                path=path,
                line=line,
            ) from None
        return _koi8(data, path)
    if _western(data, windows):  # first: `é` read as KOI8-U is `И`, a common letter
        text = data.decode(_WESTERN)
        return Decoded(_check_text(normalize_newlines(text), path), "windows-1252", guessed=True)
    if koi8_share > _common_share(data, _CYRILLIC_FALLBACK):
        return _koi8(data, path)
    return Decoded(_check_text(normalize_newlines(windows), path), "windows-1251", guessed=True)


def _western(data: bytes, windows: str) -> bool:
    """Whether `data`, read as Windows-1251 into `windows`, is English (or another Latin
    script) written in Windows-1252: few letters of the Cyrillic half of the code page
    against the Latin ones, and most words that hold one read as an accent or a sign (see
    `_accent_read_as_cyrillic`)."""
    cyrillic = len(data) - len(data.translate(None, _CYRILLIC_LETTER_BYTES))
    latin = len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))
    if cyrillic * 10 > latin:
        return False
    try:
        data.decode(_WESTERN)
    except UnicodeDecodeError:  # bytes Windows-1252 lacks (0x81, 0x8D, 0x8F, 0x90, 0x9D)
        return False
    words = [w for w in _LETTERS().findall(windows) if not w.isascii()]
    foreign = sum(1 for w in words if _accent_read_as_cyrillic(w))
    return bool(words) and foreign * 2 > len(words)


def _accent_read_as_cyrillic(word: str) -> bool:
    """A word of Windows-1251 text that is a Latin word with an accented letter (`Cafй`,
    `naпve`) or a sign (`Ђ250`): a letter of no East Slavic alphabet, or Latin letters with
    single Cyrillic ones among them that no Latin letter looks like. Not Cyrillic typed
    into a Latin word by mistake (`Оpenness`), Latin into a Cyrillic one (`Бiла`), nor a
    Ukrainian ending on a Latin name (`Telegramом`, `ЦНАПs`)."""
    if any(c not in _EAST_SLAVIC for c in word if not c.isascii()):
        return True
    if sum(c.isascii() for c in word) < 2:
        return False
    runs = _CYRILLIC_RUN().findall(word)
    return all(len(run) == 1 for run in runs) and any(run not in _LOOK_ALIKES for run in runs)


def _koi8(data: bytes, path: str | None) -> Decoded:
    return Decoded(_check_text(normalize_newlines(data.decode(_KOI8)), path), _KOI8, guessed=True)


def _common_share(data: bytes, codec: str) -> float:
    """The share of the Cyrillic letters `data` holds read with one-byte `codec` that are
    among Ukrainian's commonest (counted in bytes, by deleting the others: two fast passes)."""
    cyrillic, common = _letter_bytes(codec)
    letters = len(data) - len(data.translate(None, cyrillic))
    return (len(data) - len(data.translate(None, common))) / letters if letters else 0.0


@cache
def _letter_bytes(codec: str) -> tuple[bytes, bytes]:
    """The bytes `codec` reads as a Cyrillic letter, and as one of the commonest."""
    read = [bytes([byte]).decode(codec, "replace") for byte in range(256)]
    cyrillic = bytes(b for b, char in enumerate(read) if "\u0400" <= char <= "\u04ff")
    common = bytes(b for b, char in enumerate(read) if char in _COMMON_LETTERS)
    return cyrillic, common


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """`utf-16-le` or `utf-16-be` and the text, when `data` reads as notes in it, else None.

    Some exporters write UTF-16 with no BOM. Notes are full of spaces, tabs and line ends, whose
    UTF-16 code units have a NUL high byte: most NULs stand on the same side of their pairs
    (a few characters, `Ā`, `Ѐ` or the emoji 😀, put one on the other side). The text must
    also be in the scripts and symbols notes use, so binary data that happens to decode (a
    PNG, say) is still refused. A last odd byte is left for the caller to drop, as a cut-off
    character.
    """
    even = data[: len(data) - len(data) % 2]
    high_in_odd, high_in_even = even[1::2].count(0), even[0::2].count(0)
    codec = "utf-16-le" if high_in_odd > high_in_even else "utf-16-be"
    most, fewest = max(high_in_odd, high_in_even), min(high_in_odd, high_in_even)
    if fewest * 4 > most or most * 8 < len(even) // 2:  # NULs everywhere, or too few
        return None
    try:
        text = even.decode(codec)
    except UnicodeDecodeError:
        return None
    return (codec, text) if len(_NOT_NOTES_SCRIPT().findall(text)) * 20 <= len(text) else None


def _line_at(data: bytes, position: int, codec: str) -> int:
    """The line holding byte `position`, counted as an editor counts (CRLF, CR or LF ends one),
    on the text before it: a 0x0A byte inside a UTF-16 character is not a line end."""
    try:
        before = data[:position].decode(codec, "replace")
    except (UnicodeError, ValueError, LookupError):  # a codec that cannot replace
        return data[:position].count(b"\n") + 1
    return normalize_newlines(before).count("\n") + 1


def lone_surrogate(text: str) -> re.Match[str] | None:
    """The first half of a character standing alone in `text`, if any."""
    return _LONE_SURROGATE().search(text)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR to LF, so every reader sees one kind of line end."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str, path: str | None) -> str:
    """Refuse decoded bytes that are mostly control characters: that is binary, not notes."""
    sample = text[:65536]
    if sample and control_count(sample) > max(8, len(sample) // 100):
        raise NotTextError("binary data (control characters), not a text file", path=path)
    return text


def control_count(text: str) -> int:
    """How many control characters `text` holds (tab, line ends, vertical tab and form feed
    not counted)."""
    return len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL_BYTES))
