"""Lines of pasted or dumped text, their words and kinds, and the stop words that measure
how much a line reads like prose."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from .. import languages
from ..segmenting import wrap_width, wrapped_runs
from ..words import UNSPACED, letter_runs

BULLET = re.compile(r"^(?:[*+\-\u2022\u25aa\u25cf\u00bb\u203a>|]+\s+|\d{1,2}[.)]\s+)")


#: A markdown heading's marks ("## Results"): not part of its words.
HEADING_MARKS = re.compile(r"^#{1,6}\s+")


SPACE = re.compile(r"\s+")




GOOD, NEAR, SHORT, BAD = "good", "near-good", "short", "bad"


#: Furniture that does not separate body paragraphs (captions, glyph rows, widgets inside an
#: article): the context pass looks through it.
MINOR = "minor"


#: A good line has at least this many words, and sentence punctuation or many of them.
GOOD_WORDS = 12


#: A stop-word list this long is complete enough for the density signal.
FULL_STOP_LIST = 300


@dataclass
class Line:
    number: int  # 1-based line number in the input
    raw: str  # stripped line as it is in the input
    block: int  # index of the blank-line-separated block the line belongs to
    content: str = ""  # without a leading bullet
    words: tuple[str, ...] = ()
    sentence: bool = False
    stop_share: float | None = None
    kind: str = SHORT
    reason: str = ""
    last: int = 0  # the number of its last input line, when soft wraps were joined into it

    def __post_init__(self) -> None:
        self.last = self.last or self.number

    @property
    def heading(self) -> bool:
        return not self.sentence and len(self.words) < 3 * GOOD_WORDS


def split_lines(text: str) -> list[Line]:
    """The text's lines, stripped, without blank ones; a hard-wrapped text's soft wraps are
    joined first (mail, text dumps, markdown), so that no paragraph is judged by its pieces."""
    lines: list[Line] = []
    block, blank = 0, False
    for number, raw in enumerate(text.splitlines(), start=1):
        raw = raw.strip()
        if not raw:
            blank = True
            continue
        if blank and lines:
            block += 1
        blank = False
        lines.append(Line(number, raw, block))
    width = wrap_width([[line.raw for line in block] for block in _blocks(lines)])
    return _joined(lines, width) if width else lines


def _joined(lines: list[Line], width: int) -> list[Line]:
    out: list[Line] = []
    for block in _blocks(lines):
        for run in wrapped_runs([line.raw for line in block], width):
            first, last = block[run[0]], block[run[-1]]
            raw = " ".join(block[i].raw for i in run)
            out.append(Line(first.number, raw, first.block, last=last.number))
    return out


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    for line in lines:
        if not blocks or blocks[-1][-1].block != line.block:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def line_words(text: str) -> tuple[str, ...]:
    """Words of a line; a run of Han or kana characters counts as one word per two."""
    tokens = letter_runs(text)
    if not UNSPACED.search(text):  # spaced scripts: one word per token (saves a regex a word)
        return tuple(tokens)
    words: list[str] = []
    for token in tokens:
        unspaced = len(UNSPACED.findall(token))
        words.extend([token] * max(1, unspaced // 2) if unspaced else [token])
    return tuple(words)


@functools.cache
def density_stop_words(language: str) -> frozenset[str]:
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


def applicable_stop_words(stop_words: frozenset[str], lines: list[Line]) -> frozenset[str]:
    """The stop words, unless the text's long lines hardly use them (a language we have no
    list for was detected as a near one): then stop-word density is no signal at all."""
    if not stop_words:
        return stop_words
    words = [w.lower() for line in lines if len(line.raw) >= 60 for w in line_words(line.raw)]
    if len(words) < 50:
        return stop_words
    return stop_words if sum(w in stop_words for w in words) >= 0.1 * len(words) else frozenset()


def reblocked(lines: list[Line]) -> list[Line]:
    """Copies of kept ``lines`` in the blocks that reading :func:`join_lines` of them would
    give: the next pass sees what cleaning the output again would see."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        block = 0 if not i else out[-1].block + (not _adjacent(lines[i - 1], line))
        out.append(dataclasses.replace(line, block=block))
    return out


def _adjacent(previous: Line, line: Line) -> bool:
    return previous.block == line.block and previous.last + 1 == line.number


def join_lines(lines: list[Line]) -> str:
    """Kept lines in order: lines adjacent in the input stay in one block, others are
    separated by a blank line."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i:
            out.append("\n" if _adjacent(lines[i - 1], line) else "\n\n")
        out.append(line.raw)
    return "".join(out)
