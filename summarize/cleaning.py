"""Cleaning: from pasted or dumped web text (or HTML) to the article's title and body.

HTML input is first reduced to its main text and title by trafilatura (:mod:`summarize.html`);
then only the furniture signals below remove lines. Plain text is classified line by line,
after jusText's paragraph classification adapted to text where links are not marked (jusText's
``doc/algorithm.rst``):

1. Furniture signals decide first: lines without words (UI glyphs), widget labels ("Share",
   "Print +A -A"), menus and breadcrumbs, captions and credits, datelines, short lines
   repeated on the page, furniture vocabulary in many languages (prompts, legal lines, section
   labels such as "Related": :mod:`summarize.furniture`).
2. The other lines are *good* (long, sentence punctuation, enough stop words), *near-good*
   or *short* (headings, datelines, lists, lines with almost no stop words).
3. The context pass: a short line between good ones is good (a subheading), a near-good line
   next to a good one is good, the items after a body line ending with a colon are good;
   nothing before the first good line is, except a list right above it under a plain line,
   and the lines between a byline (under a headline) and the first good line close below it.
   Text with almost no prose (a table) keeps all but the furniture.
4. Small stretches of body cut off from the main one by much furniture, or above the byline,
   go (standfirsts, teasers, author bios); so do readers' comments below a comments heading,
   teasers below a "You may also like" heading or below a title-case heading after the last
   sentence, and the boxes that close an article (the author's bio, a contributors' credit, a
   press release's company boilerplate). A short sentence right after the body stays.
5. The title is the headline among the lines before the body; of a short and a long form, the
   long one.

The passes repeat on the kept lines until nothing changes, so cleaning cleaned text is a no-op.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from . import furniture, languages
from .reading import Article, as_text, looks_like_html
from .results import CleanedArticle, RemovedLine

_WORD = re.compile(r"[^\W\d_]+")
_BULLET = re.compile(r"^(?:[*+\-\u2022\u25aa\u25cf\u00bb\u203a>|]+\s+|\d{1,2}[.)]\s+)")
#: Sentence punctuation (or a closing emoji or smiley after a word) at the end of a line; an
#: ellipsis ("Read more...", a cut teaser) is not. An ideographic comma ends a sentence broken
#: over lines (Japanese and Chinese text is often wrapped after one).
_TERMINAL = re.compile(
    r"(?:(?<!\.\.)[.!?\u3002:;\u3001\uff0c\uff01\uff1f][\"'\u201d\u2019\u00bb)\]]*"
    r"|\w\s?(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?|[:;=]-?[()DPp]))$"
)
_SPACE = re.compile(r"\s+")
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
_TRAILING_URL = re.compile(r"\s+(?:https?://|www\.|pic\.)\S+$")
#: The signature under an embedded post, which belongs to the quote above it: "— Rep. Ilhan Omar
#: (@Ilhan) November 19, 2019".
_TWEET_SIGNATURE = re.compile(r"[\u2014\u2013-] ?[^()]{1,80}\(@\w{1,30}\) [^()]{0,40}\d{4}$")
#: Scripts written without spaces between words (Han, kana): about two characters a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

GOOD, NEAR, SHORT, BAD = "good", "near-good", "short", "bad"
#: Furniture that does not separate body paragraphs (captions, glyph rows, widgets inside an
#: article): the context pass looks through it.
MINOR = "minor"
#: A good line has at least this many words, and sentence punctuation or many of them.
GOOD_WORDS = 12
#: A near-good line has at least this many words.
NEAR_WORDS = 7
#: Stop-word share of a good line (and below BAD_STOP a long line is a list, not prose).
GOOD_STOP = 0.22
BAD_STOP = 0.08
#: A stop-word list this long is complete enough for the density signal.
FULL_STOP_LIST = 300
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
#: Body lines separated by more than GAP_LINES removed lines form separate stretches; a stretch
#: under SMALL_STRETCH_WORDS words and SMALL_STRETCH_SHARE of the largest one is dropped.
GAP_LINES = 3
SMALL_STRETCH_WORDS = 100
SMALL_STRETCH_SHARE = 0.3
#: At most this many lines after a colon are taken as the items of a list in the body.
MAX_LIST_LINES = 60
#: With fewer words of prose than this, the text is a table or a list: only furniture goes.
MIN_PROSE_WORDS = 50
#: The title is looked for among this many lines (glyph rows and widgets aside) before the body.
TITLE_WINDOW = 8
#: A byline opens the article when the first body line is at most this many lines below it.
BYLINE_WINDOW = 12
#: Of the headline-like lines there, the title is the first whose longer words the body uses
#: at least this share as much as the line that echoes the body most: page dumps put menu and
#: promotion lines above the headline, and a standfirst below it can echo the body a bit more.
TITLE_ECHO = 0.8
#: Passes of the classification on the kept lines before the result is final.
MAX_PASSES = 4


@dataclass
class _Line:
    number: int  # 1-based line number in the input
    raw: str  # stripped line as it is in the input
    block: int  # index of the blank-line-separated block the line belongs to
    content: str = ""  # without a leading bullet
    words: tuple[str, ...] = ()
    sentence: bool = False
    stop_share: float | None = None
    kind: str = SHORT
    reason: str = ""

    @property
    def heading(self) -> bool:
        return not self.sentence and len(self.words) < 3 * GOOD_WORDS


def clean(
    text: Article, *, language: str = "auto", keep_furniture: bool = False,
    source: str | None = None,
) -> CleanedArticle:
    """Clean one article: its title, its body paragraphs, and what was removed and why.

    ``language`` is a name, an ISO code or 'auto' (detected on the text).
    ``keep_furniture=True`` keeps every line (HTML is still reduced to its main text).
    ``text`` may also be bytes or a path (see :func:`summarize.reading.as_text`).
    """
    text = as_text(text)
    title = None
    html = looks_like_html(text)
    if html:
        from .html import extract_html

        title, text = extract_html(text)
    lines = _split_lines(text)
    lang = _language(lines, language)
    if keep_furniture:
        return CleanedArticle(title=title, text=_render(lines), language=lang, removed=[],
                              source=source)
    removed: list[_Line] = []
    for _ in range(MAX_PASSES):
        # Decided anew on each pass's lines, as on a second cleaning of the kept ones.
        stop_words = _applicable(_stop_words(lang), lines)
        _classify(lines, stop_words, extracted=html)
        _drop_title_repeats(lines, title)
        found = _find_title(lines) if title is None and not removed else None
        if found is not None:
            title = found.content
        kept = [line for line in lines if line.kind == GOOD]
        removed.extend(line for line in lines if line.kind != GOOD)
        if len(kept) == len(lines):
            break
        lines = kept
    removed.sort(key=lambda line: line.number)
    return CleanedArticle(
        title=title,
        text=_render(lines),
        language=lang,
        removed=[RemovedLine(line.number, line.raw, line.reason) for line in removed],
        source=source,
    )


def _split_lines(text: str) -> list[_Line]:
    lines, block, blank = [], 0, False
    for number, raw in enumerate(text.splitlines(), start=1):
        raw = raw.strip()
        if not raw:
            blank = True
            continue
        if blank and lines:
            block += 1
        blank = False
        lines.append(_Line(number, raw, block))
    return lines


def _words(text: str) -> tuple[str, ...]:
    """Words of a line; a run of Han or kana characters counts as one word per two."""
    tokens = _WORD.findall(text)
    if not _UNSPACED.search(text):  # spaced scripts: one word per token (saves a regex a word)
        return tuple(tokens)
    words: list[str] = []
    for token in tokens:
        unspaced = len(_UNSPACED.findall(token))
        words.extend([token] * max(1, unspaced // 2) if unspaced else [token])
    return tuple(words)


@functools.cache
def _stop_words(language: str) -> frozenset[str]:
    """Stop words for the density signal: sumy's list (languages.stop_words), joined with the
    stop-words package's when it is short, since the short ones lack the commonest words
    (French has no 'de', 'à' or 'une'). The thresholds were measured with the long lists."""
    words = languages.stop_words(language)
    if len(words) >= FULL_STOP_LIST:
        return words
    from stop_words import StopWordError, get_stop_words

    try:
        return words | frozenset(w.lower() for w in get_stop_words(language))
    except StopWordError:  # a language the package has no list for
        return words


def _applicable(stop_words: frozenset[str], lines: list[_Line]) -> frozenset[str]:
    """The stop words, unless the text's long lines hardly use them (a language we have no
    list for was detected as a near one): then stop-word density is no signal at all."""
    if not stop_words:
        return stop_words
    words = [w.lower() for line in lines if len(line.raw) >= 60 for w in _words(line.raw)]
    if len(words) < 50:
        return stop_words
    return stop_words if sum(w in stop_words for w in words) >= 0.1 * len(words) else frozenset()


def _render(lines: list[_Line]) -> str:
    """Kept lines in order: lines adjacent in the input stay in one block, others are
    separated by a blank line."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i:
            previous = lines[i - 1]
            adjacent = previous.block == line.block and previous.number + 1 == line.number
            out.append("\n" if adjacent else "\n\n")
        out.append(line.raw)
    return "".join(out)


def _language(lines: list[_Line], language: str) -> str:
    if language != "auto":
        return languages.resolve(language)
    prose = [line.raw for line in lines if len(line.raw) >= 60]
    return languages.detect("\n".join(prose) if prose else "\n".join(l.raw for l in lines))


def _classify(lines: list[_Line], stop_words: frozenset[str], *, extracted: bool) -> None:
    """Set each line's kind and reason. Text ``extracted`` from HTML is already the main
    text: there only the furniture signals remove lines, not the context pass."""
    keys = [_SPACE.sub(" ", _BULLET.sub("", line.raw)).lower() for line in lines]
    counts = Counter(keys)
    seen: set[str] = set()
    for i, (line, key) in enumerate(zip(lines, keys)):
        line.content = _BULLET.sub("", line.raw)
        line.words = _words(line.content)
        line.sentence = bool(_TERMINAL.search(_TRAILING_URL.sub("", line.content[-80:])[-12:]))
        lower = [w.lower() for w in line.words]
        line.stop_share = (
            sum(w in stop_words for w in lower) / len(lower) if stop_words and lower else None
        )
        repeats = 1 if _table_header(lines, i) else counts[key]
        reason = _furniture_reason(line, repeats, key in seen and repeats > 1)
        seen.add(key)
        if reason:
            line.kind, line.reason = (MINOR if reason in _MINOR_REASONS else BAD), reason
        else:
            line.kind, line.reason = (GOOD, "") if extracted else _intrinsic(line)
    if extracted:
        for line in lines:
            line.kind = GOOD if line.kind == GOOD else BAD
    else:
        _credited_captions(lines)
        _author_boxes(lines)
        _context(lines)


_GLYPHS = "no words (UI glyphs or numbers)"
_WIDGETS = "widget labels"
_SECTION = "section label (related links, tags, legal)"
_CREDIT = "credit"
_CAPTION = "image caption (ends with a credit)"
_REPEATED = "repeated line"
_MENU = "menu (short items between separators)"
_DATELINE = "date or byline (a dateline)"
_NAME_HANDLE = "date or byline (a name and a handle)"
_MARKUP = "markup left in the text"
_MINOR_REASONS = frozenset(
    (_GLYPHS, _WIDGETS, _CREDIT, _CAPTION, _REPEATED, _MENU, _DATELINE, _NAME_HANDLE, _MARKUP)
)
_DIGIT = re.compile(r"\d")
_BREADCRUMB = re.compile(r"\s[\u00bb\u203a>]\s")
#: A separator between menu items; a match starts where a run of spaces starts (the look-behind
#: keeps splitting linear on long runs of spaces that hold no separator).
_SEPARATORS = re.compile(r"(?<!\s)\s+[|\u2022\u00b7\u00bb\u203a>]\s+")


_IS = re.compile(r"\s(?:is|was|has|joined|ist|war|est|a été|es|fue|é|è|är|er|jest|je)\s")
#: "About Jane Doe", "Sobre Carlos Nadalim": the heading of an author's box.
_ABOUT = re.compile(r"(?:about|sobre|über|à propos de|acerca de|o autorze|об авторе)\s+",
                    re.IGNORECASE)


def _author_boxes(lines: list[_Line]) -> None:
    """An author's name on its own, then a line that starts with it or with the first name
    ("Phil Helsel" / "Phil Helsel is a reporter for NBC News."), is the author's box; so is
    "About Jane Doe" (or "Sobre", "Über"...) then a line that names her."""
    for name, bio in itertools.pairwise(lines):
        if name.kind != SHORT or not name.heading or bio.kind == BAD:
            continue
        about = _ABOUT.match(name.content)
        person = name.content[about.end():] if about else name.content
        words = _WORD.findall(person)
        if not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
            continue
        if about:
            box = person in bio.content[:300]
        else:
            box = any(bio.content.startswith(start) and _IS.match(bio.content, len(start))
                      for start in (person, words[0]))
        if box:
            name.kind = bio.kind = BAD
            name.reason = bio.reason = "author's box"


def _credited_captions(lines: list[_Line]) -> None:
    """A line right above a photographer's credit ("Sanjeev Verma/Hindustan Times/Getty Images")
    is the caption of the picture."""
    for above, line in itertools.pairwise(lines):
        if (line.reason == _CREDIT and "/" in line.content and above.kind != BAD
                and above.reason not in _MINOR_REASONS
                and len(above.words) <= 2 * PROMPT_MAX_WORDS):
            above.kind, above.reason = MINOR, _CAPTION


def _menu(content: str) -> bool:
    """Three or more items of at most five words between separators ("Home | World | ..."), or
    two between breadcrumb arrows ("Home » News"). Items with digits make a table row."""
    items = _SEPARATORS.split(content)
    least = 2 if _BREADCRUMB.search(content) else 3
    return len(items) >= least and all(
        0 < len(item.split()) <= 5 and not _DIGIT.search(item) for item in items
    )


def _furniture_reason(line: _Line, count: int, seen_before: bool) -> str:
    """Why a line is furniture by its own signals, or '' when it is not."""
    words, content = line.words, line.content
    n = len(words)
    if not any(len(w) > 1 for w in words) and not re.search(r"\d{3}", content):
        return _GLYPHS
    if _markup(content):
        return _MARKUP
    if n <= LABEL_MAX_WORDS and not line.sentence and furniture.label_only(list(words)):
        return _SECTION if furniture.section_label(list(words)) else _WIDGETS
    if _menu(content):
        return _MENU
    if n <= LABEL_MAX_WORDS and furniture.CREDIT.search(content):
        return _CREDIT
    if furniture.caption(content):
        return _CAPTION
    if n <= LABEL_MAX_WORDS and furniture.dateline(content):
        return _DATELINE
    if _HANDLE_BYLINE.fullmatch(content):
        return _NAME_HANDLE
    if _CAPITALS_DATELINE.fullmatch(content):
        return _DATELINE
    if count > 1 and ((n <= LABEL_MAX_WORDS and not line.sentence) or seen_before):
        if n > LABEL_MAX_WORDS:
            return "duplicate paragraph"
        return _SECTION if furniture.section_label(list(words)) else _REPEATED
    lead = furniture.LEAD.match(content)
    if lead and (
        (n <= LABEL_MAX_WORDS and not line.sentence) or n <= LEAD_ALONE_WORDS
        or (n <= PROMPT_MAX_WORDS and _labelled(content, lead.end()))
    ):
        return f"furniture: {lead.group(0).strip()!r}"
    prompt = furniture.PROMPT.match(content)
    if prompt and n <= PROMPT_MAX_WORDS:
        return f"furniture: {prompt.group(0).strip()!r}"
    if (n <= 2 * LABEL_MAX_WORDS and _BY_NAME.match(content)
            and furniture.DATE.search(content)):  # "By Ann Example on Monday, ... at 11:08 a.m."
        return _DATELINE
    if (n >= SHOUTED_WORDS and not line.sentence and _shouted(words)
            and content[-1] not in "\"\u201d\u00bb"):  # a quote shouted in the text stays
        return "headline of another article (in capitals)"
    if n <= 2 * PROMPT_MAX_WORDS and furniture.AGENCY_CREDIT.match(content):
        return "furniture: reporting and editing credits"
    if n > LONG_LINE_WORDS:
        return ""
    strong = _strong(content)
    if strong and n <= PROMPT_MAX_WORDS and not _prose(line):
        return f"furniture: {strong[0].strip()!r}"
    legal = furniture.LEGAL.search(content.lower())
    if legal:
        return f"legal line, consent prompt or teaser: {legal.group(0).strip()!r}"
    return ""


def _columns(raw: str) -> int:
    """Cells on a line of a table as text renders it (cells apart by runs of spaces)."""
    return len(_COLUMN_GAP.findall(raw)) + 1


def _table_header(lines: list[_Line], i: int) -> bool:
    """A line of three cells or more right next to a row of figures with as many cells: the
    header of a table, which each table of a page repeats ("Pos  Player  Plays  %")."""
    cells = _columns(lines[i].raw)
    return cells >= 3 and any(
        0 <= j < len(lines) and abs(lines[j].number - lines[i].number) == 1
        and _columns(lines[j].raw) >= cells and _DIGIT.search(lines[j].raw)
        for j in (i - 1, i + 1)
    )


def _markup(content: str) -> bool:
    """A line of HTML tags with hardly a word outside them (an editor's bookmark, a form)."""
    if len(content) > MARKUP_MAX_CHARS or ("<" not in content and "&lt;" not in content):
        return False
    rest, tags = _TAG.subn(" ", content)
    return tags > 0 and len(_WORD.findall(rest.replace("&amp;", " "))) < 2


def _shouted(words: tuple[str, ...]) -> bool:
    """All in capitals but for a plural acronym or two ("... HITS AT AMAs AMID FEUD")."""
    return sum(not w.isupper() for w in words) <= len(words) // SHOUTED_WORDS


def _labelled(content: str, end: int) -> bool:
    """True when a colon or bar follows the furniture words: "Read more: ...", "Tags | ..."."""
    return content[end:end + 8].lstrip()[:1] in (":", "|", "\uff1a")


@functools.lru_cache(maxsize=1024)
def _strong(content: str) -> tuple[str, ...]:
    """Strong furniture terms in a line (asked twice per line; the pattern is slow to run)."""
    return tuple(furniture.STRONG.findall(content.lower()))


def _prose(line: _Line) -> bool:
    """Long sentence-like text with stop words: furniture words in it are likely the topic."""
    stop = line.stop_share if line.stop_share is not None else GOOD_STOP
    return line.sentence and len(line.words) >= 2 * GOOD_WORDS and stop >= GOOD_STOP


def _intrinsic(line: _Line) -> tuple[str, str]:
    n = len(line.words)
    if n <= LONG_LINE_WORDS and len(_strong(line.content)) >= 2:
        return SHORT, "furniture vocabulary (several terms) outside the article body"
    if n <= 15 and not line.sentence and (
        furniture.DATE.search(line.content) or (n <= 6 and _HANDLE.search(line.content))
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


def _context(lines: list[_Line]) -> None:
    """jusText's context pass: short and near-good lines take the class of their neighbours."""
    kinds = [line.kind for line in lines]
    prev_strict = _neighbours(kinds, skip=(SHORT, NEAR, MINOR))
    next_strict = _neighbours(kinds[::-1], skip=(SHORT, NEAR, MINOR), edge=GOOD)[::-1]
    prev_loose = _neighbours(kinds, skip=(SHORT, MINOR))
    next_loose = _neighbours(kinds[::-1], skip=(SHORT, MINOR))[::-1]
    new = list(kinds)
    for i, line in enumerate(lines):
        if kinds[i] != SHORT:
            continue
        before, after = prev_strict[i], next_strict[i]
        if before == GOOD and after == GOOD:
            new[i] = GOOD
        elif line.heading or before == after:
            new[i] = BAD
        elif (before == BAD and prev_loose[i] == NEAR) or (after == BAD and next_loose[i] == NEAR):
            new[i] = GOOD
        else:
            new[i] = BAD
    for i in range(len(lines)):
        if kinds[i] == NEAR:
            new[i] = BAD if (prev_strict[i], next_strict[i]) == (BAD, BAD) else GOOD
    prose = sum(len(line.words) for line, kind in zip(lines, new) if kind == GOOD)
    if prose < MIN_PROSE_WORDS:  # no real prose (a table, a list): keep what is not furniture
        new = [GOOD if kind in (SHORT, NEAR) else kind for kind in kinds]
    _closing_sentences(kinds, new, lines)
    _headings_after_boxes(kinds, new, lines)
    _introduced_lists(kinds, new, lines)
    _opening_list(kinds, new, lines)
    _after_byline(kinds, new, lines)
    for i in range(1, len(lines)):
        if new[i - 1] == GOOD and _TWEET_SIGNATURE.match(lines[i].content):
            new[i] = GOOD
    for line, kind in zip(lines, new):
        line.kind = BAD if kind == MINOR else kind
    _main_stretch(lines)
    _comments(lines)
    _trailing_teasers(lines)
    _closing_boxes(lines)


def _closing_sentences(kinds: list[str], new: list[str], lines: list[_Line]) -> None:
    """A short sentence right after a body line (captions and widgets aside) continues the
    body even when furniture follows: "We rate this claim False." ends a fact check. Without
    stop words ("Jane Doe.") it does so only inside the body: one line of furniture, then body
    ("Webb emerged, naked." above a link to another story)."""
    core = [i for i, kind in enumerate(kinds) if kind != MINOR]
    for k in range(1, len(core)):
        previous, i, line = core[k - 1], core[k], lines[core[k]]
        if (kinds[i] != SHORT or len(line.words) >= NEAR_WORDS
                or not line.content.endswith((".", "\u3002"))
                or new[previous] != GOOD or kinds[previous] not in (GOOD, NEAR)):
            continue
        following = [kinds[j] for j in core[k + 1:k + 3]]
        inside = len(following) == 2 and following[0] == BAD and following[1] in (GOOD, NEAR)
        if line.stop_share != 0 or inside:
            new[i] = GOOD


def _headings_after_boxes(kinds: list[str], new: list[str], lines: list[_Line]) -> None:
    """A heading between a box of links inside the article ("Related post: ...", right after a
    body line) and a body line is a subheading: the box does not end the article."""
    core = [i for i, kind in enumerate(kinds) if kind != MINOR]
    for before, box, heading, after in zip(core, core[1:], core[2:], core[3:]):
        if (kinds[heading] == SHORT and lines[heading].heading and _inline_box(lines[box])
                and not _BULLET.match(lines[heading].raw)
                and kinds[before] == kinds[after] == GOOD):
            new[heading] = GOOD


def _introduced_lists(kinds: list[str], new: list[str], lines: list[_Line]) -> None:
    """The items after a body line ending with a colon belong to the body (a list, a table),
    up to the next body line or the first line of real furniture."""
    for i, line in enumerate(lines):
        if new[i] != GOOD or not line.content.endswith(":"):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + MAX_LIST_LINES)):
            if new[j] == GOOD or kinds[j] == BAD:
                break
            if kinds[j] in (SHORT, NEAR):
                new[j] = GOOD


def _opening_list(kinds: list[str], new: list[str], lines: list[_Line]) -> None:
    """A list right above the first body line (two bullet items or more, nothing between them
    and the body) under a short line that is not furniture opens the article, with that line."""
    first = next((i for i, kind in enumerate(new) if kind == GOOD), None)
    start = first
    while (start and kinds[start - 1] in (SHORT, NEAR) and _BULLET.match(lines[start - 1].raw)
           and len(lines[start - 1].words) >= 2):  # "* Politics": a menu
        start -= 1
    if start is None or first - start < 2 or not start or kinds[start - 1] not in (SHORT, NEAR):
        return  # no list, or one under a label ("More on ...": links to other articles)
    intro = lines[start - 1]
    if not intro.content.endswith(":") and _title_case(intro):
        return  # a headline in title case
    for i in range(start - 1, first):
        new[i] = GOOD


def _after_byline(kinds: list[str], new: list[str], lines: list[_Line]) -> None:
    """Headline, byline, article: the lines between a byline and the first body line close
    below it open the article ("What's new in 4.2?" and its items) when a headline stands
    above the byline. Furniture among them still goes, and the next pass judges the rest
    again without the byline (teasers under "Related stories" go then)."""
    first = next((i for i, kind in enumerate(new) if kind == GOOD), None)
    if first is None:
        return
    byline = next((i for i in range(first - 1, max(-1, first - 1 - BYLINE_WINDOW), -1)
                   if _byline(lines[i])), None)
    if byline is None or not any(_headline_like(line) for line in lines[:byline]):
        return
    for i in range(byline + 1, first):
        if kinds[i] in (SHORT, NEAR):
            new[i] = GOOD


def _main_stretch(lines: list[_Line]) -> None:
    """Drop small stretches of body lines cut off from the main one by much furniture (glyph
    rows, captions and widgets aside) or, at the top, by a byline or dateline: a standfirst
    above the byline block, an author's bio or a teaser below the article."""
    stretches: list[list[_Line]] = []
    gap, byline, box, words = GAP_LINES + 1, False, False, 0
    for line in lines:
        if line.kind != GOOD:
            box = box or (words > 0 and _inline_box(line))
            gap += line.reason not in _MINOR_REASONS and not box
            byline = byline or _byline(line)
            continue
        if gap > GAP_LINES or (byline and words < SMALL_STRETCH_WORDS):
            stretches.append([])
        stretches[-1].append(line)
        gap, byline, box, words = 0, False, False, words + len(line.words)
    if len(stretches) < 2:
        return
    sizes = [sum(len(line.words) for line in stretch) for stretch in stretches]
    main = max(sizes)
    for stretch, size in zip(stretches, sizes):
        if size < min(SMALL_STRETCH_WORDS, SMALL_STRETCH_SHARE * main):
            for line in stretch:
                line.kind = BAD
                line.reason = "body-like text cut off from the article by furniture"


def _comments(lines: list[_Line]) -> None:
    """Below the article, a comments heading ("12 Comments", "Leave a reply") opens the
    readers' comments, and a teasers heading ("You may also like...") the teasers of other
    articles: neither is the article. Most of the body must lie above the heading."""
    total = sum(len(line.words) for line in lines if line.kind == GOOD)
    words = 0
    for i, line in enumerate(lines):
        if line.kind == GOOD:
            words += len(line.words)
        elif words >= max(SMALL_STRETCH_WORDS, total / 2):
            if furniture.COMMENTS.match(line.content):
                reason = "readers' comment"
            elif furniture.MORE_TO_READ.fullmatch(line.content):
                reason = "teaser below the article"
            else:
                continue
            for rest in lines[i + 1:]:
                if rest.kind == GOOD:
                    rest.kind, rest.reason = BAD, reason
            return


def _trailing_teasers(lines: list[_Line]) -> None:
    """After the article's last sentence, a heading in title case followed by more lines that
    are not sentences, bullet items or lines in sentence case among them, opens teasers ("On
    Our Radar", "Next Up In Science & Health", then headlines of other articles): the article
    does not end on a list of headlines. Title-case lines alone are a list of names."""
    kept = [line for line in lines if line.kind == GOOD]
    last = max((i for i, line in enumerate(kept) if line.sentence), default=None)
    if last is None or kept[last].content.endswith(":"):  # a list the text introduces
        return
    tail = kept[last + 1:]
    for i, line in enumerate(tail[:-1]):
        if (len(line.words) >= 2 and line.heading and _title_case(line)
                and not _BULLET.match(line.raw)
                and any(_BULLET.match(item.raw) or not _title_case(item)
                        for item in tail[i + 1:])):  # not a list of names ("Chelsea v Leeds")
            for rest in tail[i:]:
                rest.kind, rest.reason = BAD, "teaser below the article"
            return


def _closing_boxes(lines: list[_Line]) -> None:
    """Short paragraphs at the end (a line or two at most after them, other boxes aside) that
    introduce the author ("Phil Helsel is a reporter for NBC News.") or credit a contributor
    are the author's box; those that present a company ("Acme is a global provider of ...",
    "Acme is headquartered in ...") are a press release's boilerplate: not the article."""
    body = [line for line in lines if line.kind == GOOD]
    before = sum(len(line.words) for line in body)
    after = 0
    for line in reversed(body):
        before -= len(line.words)
        n = len(line.words)
        if before < SMALL_STRETCH_WORDS or n > SMALL_STRETCH_WORDS:
            reason = ""
        elif n <= 2 * PROMPT_MAX_WORDS and furniture.AUTHOR_BIO.search(line.content):
            reason = "author's box"
        elif furniture.COMPANY_BOILERPLATE.match(line.content):
            reason = "company boilerplate (press release)"
        else:
            reason = ""
        if reason and after <= 2 * GOOD_WORDS:
            line.kind, line.reason = BAD, reason
        else:
            after += len(line.words)


def _title_case(line: _Line) -> bool:
    """Most words start with a capital: a headline, not a phrase of the text."""
    return sum(w[0].isupper() for w in line.words) > len(line.words) / 2


_BOX_LEADS = frozenset(
    "related read see also more recommended lire voir sur mehr lesen auch lee leer leia veja "
    "leggi lees läs czytaj zobacz читайте смотрите".split()
)


def _inline_box(line: _Line) -> bool:
    """A box of links inside an article opens with "Related", "Read more", "Lire aussi"...:
    it does not cut the article in two."""
    return _lead_word(line) in _BOX_LEADS


_BYLINE_LEADS = frozenset(
    "by von par por di door av af published updated posted publié veröffentlicht publicado "
    "pubblicato aktualisiert actualizado atualizado".split()
)


def _byline(line: _Line) -> bool:
    return line.reason.startswith("date or byline") or _lead_word(line) in _BYLINE_LEADS


def _lead_word(line: _Line) -> str:
    """The first word of a furniture or section label ('related', 'by'), else ''."""
    if line.reason.startswith(("furniture: '", _SECTION)) and line.words:
        return line.words[0].lower()
    return ""


def _neighbours(kinds: list[str], skip: tuple[str, ...], edge: str = BAD) -> list[str]:
    """For each position, the nearest earlier class not in ``skip`` (``edge`` at the edge)."""
    result, last = [], edge
    for kind in kinds:
        result.append(last)
        if kind not in skip:
            last = kind
    return result


def _find_title(lines: list[_Line]) -> _Line | None:
    """The headline among the last lines before the body: of the heading-like lines of three
    words or more there, the first that echoes the body's words about as much as the best
    (:data:`TITLE_ECHO`), or a longer form of it that follows ("Biden, Kadhimi" then "Biden,
    Kadhimi to seal ..."). Lines before the body that it begins with are its short forms."""
    first = next((i for i, line in enumerate(lines) if line.kind == GOOD), None)
    if first is None:
        return None
    near = [i for i in range(first) if lines[i].reason not in _MINOR_REASONS][-TITLE_WINDOW:]
    candidates = [i for i in near if _headline_like(lines[i])]
    if not candidates:
        return None
    body = {w.lower() for line in lines[first:] if line.kind == GOOD for w in line.words}
    echoes = [_echo(lines[i], body) for i in candidates]
    best = next(i for i, echo in zip(candidates, echoes) if echo >= TITLE_ECHO * max(echoes))
    for i in candidates[candidates.index(best) + 1:]:
        if _key(lines[i]).startswith(_key(lines[best])):
            best = i
    title, key = lines[best], _key(lines[best])
    title.reason = "title"
    for line in lines[:first]:
        if line is not title and line.words and key.startswith(_key(line)):
            line.reason = "short form of the title"
    return title


def _echo(line: _Line, body: set[str]) -> float:
    """The share of a line's longer words that the body uses too."""
    words = [w.lower() for w in line.words if len(w) > 3]
    return sum(w in body for w in words) / len(words) if words else 0.0


def _drop_title_repeats(lines: list[_Line], title: str | None) -> None:
    """A known title (from the HTML, or found earlier) repeated as a line is not body."""
    if title:
        key = " ".join(_WORD.findall(title.lower()))
        for line in lines:
            if line.kind == GOOD and _key(line) == key:
                line.kind, line.reason = BAD, "title"


def _headline_like(line: _Line) -> bool:
    return (
        3 <= len(line.words) <= 40
        and not line.content.endswith(".")
        and not line.reason.startswith(("furniture", "date", "duplicate"))
        and line.reason not in _MINOR_REASONS
    )


def _key(line: _Line) -> str:
    return " ".join(w.lower() for w in line.words)
