"""HTML fragments and Markdown inside cells, read as the text they show, with a map back to
where each character stood in the input, so item columns stay true.

Masking (`mask_markup`) keeps the length. The tags that separate items (`<li>`, `<br>`, `<p>`,
`<div>`) become a line break, so segmentation sees the boundaries; other tags, links and
emphasis become blanks where a blank or an end is next to them, and `MASKED` characters
where they stand between two characters (`</b>,`); comments and Word's conditional markup
become blanks. `read_markup` then takes the masked characters out and decodes entities.
Blanked to spaces instead, `<b>Підзвітність</b>, звіти` came out as `Підзвітність ,
звіти`, and `R&amp;D` as `R& D`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ..patterns import compiled_at_first_use

BOUNDARY = "\n"
MASKED = "\udfff"
"""What masked markup becomes until `read_markup` takes it out: a lone surrogate, which no
decoded text holds (decoding refuses them), so no character of the user's is taken for it."""
_MASKED_RUN = re.compile(MASKED + "+")
_CLOSING = frozenset('.,;:!?)»”"')  # what may close a word before markup that parts words
# `code` spans keep their text; bounded like emphasis. A backtick inside a word is a typed
# apostrophe (`зв`язок`, `об`єднання`), never markup.
_CODE = re.compile(r"(?<![\w`])(`{1,2})([^`\n]{1,300}?)\1(?![\w`])")
# `[text](url)` and `![alt](src)`: the text stays. Bounded, so each `[` looks a fixed way ahead.
_LINK = re.compile(r"(!?\[)([^\[\]\n]{1,300})(\]\([^()\s]{0,2000}\))")
# A wiki link, as Obsidian writes one: `[[УКФ]]`, `[[Пункт незламності|пунктів незламності]]`;
# the text it shows stays.
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]{1,300}\|)?([^\[\]|\n]{1,300})\]\]")
# A tag's name, then perhaps a namespaced part (Word's `<o:p>`, `<st1:place>`; not the `:` of
# `<https://…>` or `<TODO: …>`), then its attributes.
_NAME = r"([A-Za-z][A-Za-z0-9]*)(:[A-Za-z_][\w.-]*(?=[\s/>]|$))?\b"
_TAG = re.compile(rf"</?{_NAME}[^<>]*>")
_UNCLOSED_TAG = re.compile(rf"</?{_NAME}[^<>]*$")
# Word's conditional markup (`<![if !supportLists]>`, `<![endif]>`), `<!DOCTYPE …>`, `<?xml …?>`.
_DECLARATION = re.compile(r"<!\[(?:end)?if[^<>]*\]>|<![A-Za-z][^<>]*>|<\?[^<>]*\?>", re.I)
_ENTITY = compiled_at_first_use(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Emphasis spans are bounded: an unbounded lazy span would make `*x *x *x …` quadratic.
_EMPHASIS = re.compile(
    r"(\*\*|__|(?<![\w*])\*|(?<!\w)_)(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1(?![\w*])"
)
_BOUNDARY_TAGS = frozenset("li br p div tr td th ul ol dir h1 h2 h3 h4 h5 h6".split())
# The names of HTML elements (the living standard's, and the old presentational ones that word
# processors still write). Text in angle brackets under another name is the user's words:
# `Grants <limited to 10k> for youth`. A namespaced name (Word's `<o:p>`) is markup too.
_HTML_ELEMENTS = _BOUNDARY_TAGS | frozenset(
    """
    a abbr address area article aside audio b base bdi bdo big blockquote body button canvas
    caption center cite code col colgroup data datalist dd del details dfn dialog dl dt em
    embed fieldset figcaption figure font footer form head header hgroup hr html i iframe img
    input ins kbd label legend link main map mark menu meta meter nav nobr noscript object
    optgroup option output param picture pre progress q rp rt ruby s samp script search
    section select slot small source span strike strong style sub summary sup table tbody
    template textarea tfoot thead time title track tt u var video wbr xml
    acronym applet basefont bgsound blink frame frameset image keygen listing marquee menuitem
    noembed noframes plaintext rb rtc spacer xmp
    svg math g path rect circle ellipse line polyline polygon defs tspan mi mn mo mrow msup
    sdfield
    """.split()
)


def _is_markup(match: re.Match[str]) -> bool:
    """Whether a tag-like match names an HTML element (or a namespaced one, `o:p`)."""
    return match.group(1).lower() in _HTML_ELEMENTS or match.group(2) is not None


def _fill(text: str, start: int, end: int) -> str:
    """What markup at `start:end` of `text` becomes: blanks next to a blank or an end of the
    text, where they change nothing and keep offsets as they are (the usual case), and
    otherwise `MASKED`, for `read_markup` to take out."""
    if not start or end >= len(text) or text[start - 1].isspace() or text[end].isspace():
        return " " * (end - start)
    return MASKED * (end - start)


def _mask_tag(match: re.Match[str]) -> str:
    if not _is_markup(match):
        return match.group()  # `<limited to 10k>`: words, kept as written
    if match.group(1).lower() in _BOUNDARY_TAGS:
        return BOUNDARY + " " * (len(match.group()) - 1)
    return _fill(match.string, match.start(), match.end())


def _mask_unclosed_tag(match: re.Match[str]) -> str:
    """A tag that the end of the cell cut off (`<ul style="…`, `<td nowrap`, `<br /`), blanked;
    but one followed by words, not attributes, is the user's text (`Fees <small for everyone`)."""
    rest = match.string[match.end(2 if match.group(2) else 1) : match.end()]
    words = rest.split()
    attributes = len(words) < 2 or "=" in rest or words[0].startswith("/")
    if _is_markup(match) and attributes:
        return _fill(match.string, match.start(), match.end())
    return match.group()


def mask_markup(text: str, *, plain: bool = False) -> str:
    """`text` with tags, Markdown links, code spans and emphasis masked (item tags as line
    breaks), at the same length; entities are left for `decode_entities`. In `plain` text
    (see `Block.plain`) only emphasis is markup."""
    if "<" in text and not plain:
        text = _mask_comments(text)
        if "<!" in text or "<?" in text:
            # Word's conditional markup stands between a list marker and its text: a space.
            text = _DECLARATION.sub(lambda m: " " * len(m.group()), text)
        text = _TAG.sub(_mask_tag, text)
        text = _UNCLOSED_TAG.sub(_mask_unclosed_tag, text)
    if "](" in text and not plain:
        text = _LINK.sub(_mask_link, text)
    if "[[" in text and not plain:
        text = _WIKI_LINK.sub(_mask_wiki_link, text)
    if "`" in text and not plain:
        text = _CODE.sub(_mask_emphasis, text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_mask_emphasis, text)
    return text


def read_markup(raw: str, *, plain: bool = False) -> tuple[str, Callable[[int], int] | None]:
    """`raw` as the text it shows: markup taken out (item tags as line breaks) and entities
    decoded; and where each of its characters stood in `raw` (None when none moved)."""
    text, unmasked = mask_markup(raw, plain=plain), None
    if MASKED in text:
        text, unmasked = _take_out_masked(text)
    if plain or "&" not in text:
        return text, unmasked
    text, decoded = decode_entities(text)
    if unmasked is None or decoded is None:
        return text, unmasked or decoded
    return text, lambda index: unmasked(decoded(index))


def _take_out_masked(masked: str) -> tuple[str, Origin | None]:
    """Masked markup taken out where it stands between two characters (`</b>,`); next to a
    blank or an end it may as well be blanks, which keeps every offset (the usual case)."""
    end = len(masked)
    glued = [
        run
        for run in _MASKED_RUN.finditer(masked)
        if run.start()
        and run.end() < end
        and not masked[run.start() - 1].isspace()
        and not masked[run.end()].isspace()
        and not _parts_words(masked, run.start(), run.end())
    ]
    blanked = masked.replace(MASKED, " ")
    if not glued:
        return blanked, None
    pieces: list[str] = []
    origin = Origin()
    position = length = 0  # in `masked`, and in the text kept so far
    for run in glued:
        pieces.append(blanked[position : run.start()])
        length += run.start() - position
        origin.add(length, length, run.start(), run.end())
        position = run.end()
    pieces.append(blanked[position:])
    return "".join(pieces), origin


def _parts_words(masked: str, start: int, end: int) -> bool:
    """Whether markup at `start:end` parts two words, as the lost `<li>` between spans did
    (`Доступність</span><span>Пандуси`, `<b>Бідність</b>Мовний бар'єр`): a capital that
    opens a word after a lower-case letter, a stop or a closing quote, or after a capital
    or a digit when a lower-case letter follows it (`ГО</span>Жестова`, `5</span>
    <span>Укриття`). Not a capital inside a word (`<b>Б</b>ідність`), a class's letter
    (`5<b>Б</b> класу`) or one after an apostrophe (`ОБ’</span><span>ЄДНАННЯ`)."""
    after = masked[end]
    if not after.isupper():
        return False
    before = masked[start - 1]
    if before.islower() or before in _CLOSING:
        return True
    if before.isdigit():
        return masked[end + 1 : end + 2].islower()  # `5</span><span>Укриття` (not `5<b>Б</b>`)
    return before.isupper() and masked[end + 1 : end + 2].islower()


def _mask_wiki_link(match: re.Match[str]) -> str:
    text, (shown, end) = match.string, match.span(1)
    return _fill(text, match.start(), shown) + match.group(1) + _fill(text, end, match.end())


def _mask_link(match: re.Match[str]) -> str:
    text, (start, opened), (closed, end) = match.string, match.span(1), match.span(3)
    return _fill(text, start, opened) + match.group(2) + _fill(text, closed, end)


class Origin:
    """Where each character of read text stood in the text it was read from. Kept as one entry
    per change (an entity decoded, a run of markup taken out): a number per character cost
    ~36 bytes each on a big cell."""

    __slots__ = ("_spans", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []  # where each decoded entity starts in the decoded text
        self._spans: list[tuple[int, int, int]] = []  # its end there, its start and end in raw

    def add(self, start: int, end: int, raw_start: int, raw_end: int) -> None:
        """`raw_start:raw_end` became `start:end` (empty when taken out); in order."""
        self._starts.append(start)
        self._spans.append((end, raw_start, raw_end))

    def __call__(self, index: int) -> int:
        """The position in the raw text of the decoded character at `index`."""
        entity = bisect_right(self._starts, index) - 1
        if entity < 0:
            return index
        end, raw_start, raw_end = self._spans[entity]
        return raw_start if index < end else raw_end + index - end


def decode_entities(text: str) -> tuple[str, Origin | None]:
    """`text` with HTML entities decoded (`&amp;` → `&`), and where its characters stood in
    `text`: None when there was nothing to decode, the usual case."""
    if "&" not in text or not (matches := list(_ENTITY().finditer(text))):
        return text, None
    import html  # deferred: few notes hold an entity, and its table costs a millisecond

    pieces: list[str] = []
    origin = Origin()
    position = length = 0  # in `text`, and in the decoded text so far
    for match in matches:
        start, decoded = match.start(), html.unescape(match.group())
        pieces += [text[position:start], decoded]
        length += start - position
        origin.add(length, length + len(decoded), start, match.end())
        length += len(decoded)
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces), origin


def _mask_comments(text: str) -> str:
    """`<!-- … -->` blanked; one scan with str.find, so it stays linear. A `<!--` that nothing
    closes is left as written: blanked to the end of the cell, it took the user's words with it."""
    if "<!--" not in text:
        return text
    parts = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:  # Word's unclosed `<!--[if gte mso 9]>…` is markup to the end
            if text[start + 4 :].lstrip().startswith("["):
                parts += [text[position:start], " " * (len(text) - start)]
                position = len(text)
            break
        parts += [text[position:start], " " * (end + 3 - start)]
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def strip_markup(text: str, *, plain: bool = False) -> str:
    """A heading or label without tags, emphasis and surplus whitespace, entities decoded;
    `plain` text (see `Block.plain`) has only its emphasis and whitespace to lose. (As
    `read_markup` gives it, without the map: masked markup simply goes.)"""
    text = mask_markup(text, plain=plain)
    if MASKED in text:
        text = text.replace(MASKED, "")
    return " ".join((text if plain else decode_entities(text)[0]).split())


def _mask_emphasis(match: re.Match[str]) -> str:
    (start, end), width = match.span(), len(match.group(1))
    text = match.string
    return _fill(text, start, start + width) + match.group(2) + _fill(text, end - width, end)
