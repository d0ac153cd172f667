"""What a line says on its own: furniture (glyphs, widgets, menus, captions, credits,
datelines, repeats, markup) with the reason, or how much it reads like prose."""

from __future__ import annotations

import functools
import re

from ..words import letter_runs
from . import vocabulary
from .lines import GOOD, GOOD_WORDS, NEAR, SHORT, Line

#: Sentence punctuation (or a closing emoji or smiley after a word) at the end of a line; an
#: ellipsis ("Read more...", a cut teaser) is not. An ideographic comma ends a sentence broken
#: over lines (Japanese and Chinese text is often wrapped after one).
TERMINAL = re.compile(
    r"(?:(?<!\.\.)[.!?\u3002:;\u3001\uff0c\uff01\uff1f][\"'\u201d\u2019\u00bb)\]]*"
    r"|\w\s?(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?|[:;=]-?[()DPp]))$"
)


#: An English byline: "By" and a name.
_BY_NAME = re.compile(r"(?:By|BY|by)\s+[A-Z][\w.'-]*\s+[A-Z]")


#: A social-media handle, as in a byline "Catherine Shu @catherineshu".
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")


#: A byline of a name and a handle: "Ann Example @annexample", "By Ann Example | @annex".
_HANDLE_BYLINE = re.compile(
    r"(?:[Bb]y\s+)?[A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){1,3}"
    r"\s?[|,\u00b7\u2022\u2013\u2014-]?\s?@\w{2,}"
)


#: An HTML tag left in the text, raw or escaped ("&lt;span data-mce-type=...&gt;").
_TAG = re.compile(r"(?:&lt;|<)/?[A-Za-z][\w-]{0,20}(?:\s[^<>]{0,300}?)?/?(?:&gt;|>)")


#: A template's placeholder or statement left unrendered: "{{ page.title }}", "{% for %}".
_PLACEHOLDER = re.compile(r"\{\{[^{}]{0,200}\}\}|\{%[^{}]{0,200}%\}|\$\{[^{}]{0,100}\}")


#: Lines longer than this are not searched for tags.
MARKUP_MAX_CHARS = 2000


#: A place or a name in capitals, then a comma and a place or an outlet, alone on a line: the
#: dateline of a press release ("GENEVA, SWITZERLAND") or a byline ("ANN EXAMPLE, THE COURIER").
_CAPITALS_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]{1,30}(?: [A-Z][A-Z.'\u2019-]{0,30}){0,3}, "
    r"[A-Z][^\W\d_]{0,30}(?: [^\W\d_]{1,30}){0,2}"
)


#: The space between two cells of a table rendered as text.
_COLUMN_GAP = re.compile(r"\S {2,}(?=\S)")


#: A link at the end of a line ("... ourselves? pic.twitter.com/s96jjh8AlD") hides its punctuation.
TRAILING_URL = re.compile(r"\s+(?:https?://|www\.|pic\.)\S+$")


#: The signature under an embedded post, which belongs to the quote above it: "— Rep. Ilhan Omar
#: (@Ilhan) November 19, 2019".
TWEET_SIGNATURE = re.compile(r"[\u2014\u2013-] ?[^()]{1,80}\(@\w{1,30}\) [^()]{0,40}\d{4}$")


#: A near-good line has at least this many words.
NEAR_WORDS = 7


#: Stop-word share of a good line (and below BAD_STOP a long line is a list, not prose).
GOOD_STOP = 0.22


BAD_STOP = 0.08


#: Stop-word share of a near-good line (a sentence of NEAR_WORDS words or more).
NEAR_STOP = 0.12


#: Furniture vocabulary and datelines only count in lines up to these lengths (in words).
LABEL_MAX_WORDS = 12


PROMPT_MAX_WORDS = 30


#: A line this short that starts with furniture vocabulary is furniture even as a sentence.
LEAD_ALONE_WORDS = 4


#: A line of this many words or more all in capitals, not a sentence, is a link to another
#: article ("LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS"); subheadings are shorter.
SHOUTED_WORDS = 9


#: Lines longer than this are prose whatever words they contain (and are not searched for them).
LONG_LINE_WORDS = 150


GLYPHS = "no words (UI glyphs or numbers)"


_WIDGETS = "widget labels"


_SECTION = "section label (related links, tags, legal)"


CREDIT = "credit"


CAPTION = "image caption (ends with a credit)"


REPEATED = "repeated line"


_MENU = "menu (short items between separators)"


_DATELINE = "date or byline (a dateline)"


_NAME_HANDLE = "date or byline (a name and a handle)"


_MARKUP = "markup left in the text"


MINOR_REASONS = frozenset(
    (GLYPHS, _WIDGETS, CREDIT, CAPTION, REPEATED, _MENU, _DATELINE, _NAME_HANDLE, _MARKUP)
)


_DIGIT = re.compile(r"\d")


_BREADCRUMB = re.compile(r"\s[\u00bb\u203a>]\s")


#: A separator between menu items; a match starts where a run of spaces starts (the look-behind
#: keeps splitting linear on long runs of spaces that hold no separator).
_SEPARATORS = re.compile(r"(?<!\s)\s+[|\u2022\u00b7\u00bb\u203a>]\s+")


def reads_as_prose(line: Line) -> bool:
    """A sentence of several words with stop words: what the recall guard protects and the
    line classifier does not remove."""
    stop = line.stop_share if line.stop_share is not None else NEAR_STOP
    return line.sentence and len(line.words) >= NEAR_WORDS and stop >= NEAR_STOP


def _menu(content: str) -> bool:
    """Three or more items of at most five words between separators ("Home | World | ..."), or
    two between breadcrumb arrows ("Home » News"). Items with digits make a table row."""
    items = _SEPARATORS.split(content)
    least = 2 if _BREADCRUMB.search(content) else 3
    return len(items) >= least and all(
        0 < len(item.split()) <= 5 and not _DIGIT.search(item) for item in items
    )


def furniture_reason(line: Line, count: int, seen_before: bool) -> str:
    """Why a line is furniture by its own signals, or '' when it is not."""
    words, content = line.words, line.content
    n = len(words)
    if not any(len(w) > 1 for w in words) and not re.search(r"\d{3}", content):
        return GLYPHS
    if markup(content):
        return _MARKUP
    if n <= LABEL_MAX_WORDS and not line.sentence and vocabulary.label_only(list(words)):
        return _SECTION if vocabulary.section_label(list(words)) else _WIDGETS
    if _menu(content):
        return _MENU
    if n <= LABEL_MAX_WORDS and vocabulary.CREDIT.search(content):
        return CREDIT
    if vocabulary.caption(content):
        return CAPTION
    if n <= LABEL_MAX_WORDS and vocabulary.dateline(content):
        return _DATELINE
    if _HANDLE_BYLINE.fullmatch(content):
        return _NAME_HANDLE
    if _CAPITALS_DATELINE.fullmatch(content):
        return _DATELINE
    if count > 1 and ((n <= LABEL_MAX_WORDS and not line.sentence) or seen_before):
        if n > LABEL_MAX_WORDS:
            return "duplicate paragraph"
        return _SECTION if vocabulary.section_label(list(words)) else REPEATED
    lead = vocabulary.LEAD.match(content)
    if lead and (
        (n <= LABEL_MAX_WORDS and not line.sentence) or n <= LEAD_ALONE_WORDS
        or (n <= PROMPT_MAX_WORDS and _labelled(content, lead.end()))
    ):
        return f"furniture: {lead.group(0).strip()!r}"
    prompt = vocabulary.PROMPT.match(content)
    if prompt and n <= PROMPT_MAX_WORDS:
        return f"furniture: {prompt.group(0).strip()!r}"
    if (n <= 2 * LABEL_MAX_WORDS and _BY_NAME.match(content)
            and vocabulary.DATE.search(content)):  # "By Ann Example on Monday, ... at 11:08 a.m."
        return _DATELINE
    if (n >= SHOUTED_WORDS and not line.sentence and _shouted(words)
            and content[-1] not in "\"\u201d\u00bb"):  # a quote shouted in the text stays
        return "headline of another article (in capitals)"
    if n <= 2 * PROMPT_MAX_WORDS and vocabulary.AGENCY_CREDIT.match(content):
        return "furniture: reporting and editing credits"
    if n > LONG_LINE_WORDS:
        return ""
    strong = _strong(content)
    if strong and n <= PROMPT_MAX_WORDS and not prose(line):
        return f"furniture: {strong[0].strip()!r}"
    legal = vocabulary.LEGAL.search(content.lower())
    if legal:
        return f"legal line, consent prompt or teaser: {legal.group(0).strip()!r}"
    return ""


def _columns(raw: str) -> int:
    """Cells on a line of a table as text renders it (cells apart by runs of spaces)."""
    return len(_COLUMN_GAP.findall(raw)) + 1


def table_header(lines: list[Line], i: int) -> bool:
    """A line of three cells or more right next to a row of figures with as many cells: the
    header of a table, which each table of a page repeats ("Pos  Player  Plays  %")."""
    cells = _columns(lines[i].raw)
    return cells >= 3 and any(
        0 <= j < len(lines) and abs(lines[j].number - lines[i].number) == 1
        and _columns(lines[j].raw) >= cells and _DIGIT.search(lines[j].raw)
        for j in (i - 1, i + 1)
    )


def markup(content: str) -> bool:
    """A line of HTML tags or template placeholders with hardly a word outside them (an
    editor's bookmark, a form, "{{ article.body }}" of a page served unrendered)."""
    if len(content) > MARKUP_MAX_CHARS or ("<" not in content and "&lt;" not in content
                                           and "{" not in content):
        return False
    rest, tags = _TAG.subn(" ", content)
    rest, placeholders = _PLACEHOLDER.subn(" ", rest)
    return tags + placeholders > 0 and len(letter_runs(rest.replace("&amp;", " "))) < 2


def _shouted(words: tuple[str, ...]) -> bool:
    """All in capitals but for a plural acronym or two ("... HITS AT AMAs AMID FEUD")."""
    return sum(not w.isupper() for w in words) <= len(words) // SHOUTED_WORDS


def _labelled(content: str, end: int) -> bool:
    """True when a colon or bar follows the furniture words: "Read more: ...", "Tags | ..."."""
    return content[end:end + 8].lstrip()[:1] in (":", "|", "\uff1a")


@functools.lru_cache(maxsize=1024)
def _strong(content: str) -> tuple[str, ...]:
    """Strong furniture terms in a line (asked twice per line; the pattern is slow to run)."""
    return tuple(vocabulary.STRONG.findall(content.lower()))


def prose(line: Line) -> bool:
    """Long sentence-like text with stop words: furniture words in it are likely the topic."""
    stop = line.stop_share if line.stop_share is not None else GOOD_STOP
    return line.sentence and len(line.words) >= 2 * GOOD_WORDS and stop >= GOOD_STOP


def intrinsic(line: Line) -> tuple[str, str]:
    n = len(line.words)
    if n <= LONG_LINE_WORDS and len(_strong(line.content)) >= 2:
        return SHORT, "furniture vocabulary (several terms) outside the article body"
    if n <= 15 and not line.sentence and (
        vocabulary.DATE.search(line.content) or (n <= 6 and _HANDLE.search(line.content))
    ):
        return SHORT, "date or byline outside the article body"
    stop = line.stop_share
    if stop is not None and n >= NEAR_WORDS and stop < BAD_STOP:
        return SHORT, f"few stop words ({stop:.0%}): a list or table outside the article body"
    if stop is None:
        stop = GOOD_STOP
    if n >= GOOD_WORDS and (line.sentence or n >= 2 * GOOD_WORDS) and stop >= GOOD_STOP:
        return GOOD, ""
    if n >= NEAR_WORDS and line.sentence and stop >= NEAR_STOP:
        return NEAR, "near-good line away from the article body"
    if line.heading:
        return SHORT, "heading outside the article body"
    return SHORT, "short line outside the article body"


def title_case(line: Line) -> bool:
    """Most words start with a capital: a headline, not a phrase of the text."""
    return sum(w[0].isupper() for w in line.words) > len(line.words) / 2


_BOX_LEADS = frozenset(
    "related read see also more recommended lire voir sur mehr lesen auch lee leer leia veja "
    "leggi lees läs czytaj zobacz читайте смотрите".split()
)


def inline_box(line: Line) -> bool:
    """A box of links inside an article opens with "Related", "Read more", "Lire aussi"...:
    it does not cut the article in two."""
    return _lead_word(line) in _BOX_LEADS


_BYLINE_LEADS = frozenset(
    "by von par por di door av af published updated posted publié veröffentlicht publicado "
    "pubblicato aktualisiert actualizado atualizado".split()
)


def is_byline(line: Line) -> bool:
    return line.reason.startswith("date or byline") or _lead_word(line) in _BYLINE_LEADS


def _lead_word(line: Line) -> str:
    """The first word of a furniture or section label ('related', 'by'), else ''."""
    if line.reason.startswith(("furniture: '", _SECTION)) and line.words:
        return line.words[0].lower()
    return ""
