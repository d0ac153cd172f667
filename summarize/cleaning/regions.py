"""Regions around the body: stretches cut off from the main one, readers' comments,
teasers below the article, author boxes, credited captions and the boxes that close it."""

from __future__ import annotations

import itertools
import re

from ..words import letter_runs
from . import vocabulary
from .lines import BAD, BULLET, GOOD, GOOD_WORDS, MINOR, SHORT, Line
from .signals import (
    CAPTION,
    CREDIT,
    GLYPHS,
    MINOR_REASONS,
    PROMPT_MAX_WORDS,
    inline_box,
    is_byline,
    title_case,
)

#: Body lines separated by more than GAP_LINES removed lines form separate stretches; a stretch
#: under SMALL_STRETCH_WORDS words and SMALL_STRETCH_SHARE of the largest one is dropped.
GAP_LINES = 3


SMALL_STRETCH_WORDS = 100


SMALL_STRETCH_SHARE = 0.3


#: Below the main stretch, this many removed lines (pictures aside) set a piece of body lines
#: apart from it.
AFTER_GAP_LINES = 2


AFTER_ARTICLE = "body-like text below the article, set apart by furniture"


#: What a picture leaves in the text: it does not set the lines around it apart.
PICTURE_REASONS = frozenset((CAPTION, CREDIT, GLYPHS))


_IS = re.compile(r"\s(?:is|was|has|joined|ist|war|est|a été|es|fue|é|è|är|er|jest|je)\s")


#: "About Jane Doe", "Sobre Carlos Nadalim": the heading of an author's box.
_ABOUT = re.compile(r"(?:about|sobre|über|à propos de|acerca de|o autorze|об авторе)\s+",
                    re.IGNORECASE)


def author_boxes(lines: list[Line]) -> None:
    """An author's name on its own, then a line that starts with it or with the first name
    ("Phil Helsel" / "Phil Helsel is a reporter for NBC News."), is the author's box; so is
    "About Jane Doe" (or "Sobre", "Über"...) then a line that names her."""
    for name, bio in itertools.pairwise(lines):
        if name.kind != SHORT or not name.heading or bio.kind == BAD:
            continue
        about = _ABOUT.match(name.content)
        person = name.content[about.end():] if about else name.content
        words = letter_runs(person)
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


def credited_captions(lines: list[Line]) -> None:
    """A line right above a photographer's credit ("Sanjeev Verma/Hindustan Times/Getty Images")
    is the caption of the picture."""
    for above, line in itertools.pairwise(lines):
        if (line.reason == CREDIT and "/" in line.content and above.kind != BAD
                and above.reason not in MINOR_REASONS
                and len(above.words) <= 2 * PROMPT_MAX_WORDS):
            above.kind, above.reason = MINOR, CAPTION


def main_stretch(lines: list[Line]) -> None:
    """Drop small stretches of body lines cut off from the main one by much furniture (glyph
    rows, captions and widgets aside) or, at the top, by a byline or dateline: a standfirst
    above the byline block, an author's bio or a teaser below the article."""
    stretches: list[list[Line]] = []
    ends: list[int] = []  # the index of each stretch's last line
    gap, byline, box, words = GAP_LINES + 1, False, False, 0
    for i, line in enumerate(lines):
        if line.kind != GOOD:
            box = box or (words > 0 and inline_box(line))
            gap += line.reason not in MINOR_REASONS and not box
            byline = byline or is_byline(line)
            continue
        if gap > GAP_LINES or (byline and words < SMALL_STRETCH_WORDS):
            stretches.append([])
            ends.append(i)
        stretches[-1].append(line)
        ends[-1] = i
        gap, byline, box, words = 0, False, False, words + len(line.words)
    if not stretches:
        return
    sizes = [sum(len(line.words) for line in stretch) for stretch in stretches]
    main = max(sizes)
    for stretch, size in zip(stretches, sizes, strict=True):
        if size < min(SMALL_STRETCH_WORDS, SMALL_STRETCH_SHARE * main):
            for line in stretch:
                line.kind = BAD
                line.reason = "body-like text cut off from the article by furniture"
    _after_main(lines[ends[sizes.index(main)] + 1:], main)


def _after_main(below: list[Line], main: int) -> None:
    """Below the main stretch (of ``main`` words) the article has ended: a piece of body lines
    set off by AFTER_GAP_LINES removed lines or more that holds under SMALL_STRETCH_SHARE of the
    main stretch's words is a teaser, an author's bio or a prompt, not the article. Widgets,
    datelines, repeats and labels count in the gap; what a picture leaves (captions, credits,
    glyph rows) does not: pictures sit inside articles."""
    pieces: list[list[Line]] = []
    gap = 0
    for line in below:
        if line.kind != GOOD:
            gap += line.reason not in PICTURE_REASONS
            continue
        if gap >= AFTER_GAP_LINES or not pieces:
            pieces.append([])
        pieces[-1].append(line)
        gap = 0
    for piece in pieces:
        if sum(len(line.words) for line in piece) < SMALL_STRETCH_SHARE * main:
            for line in piece:
                line.kind, line.reason = BAD, AFTER_ARTICLE


def comments(lines: list[Line]) -> None:
    """Below the article, a comments heading ("12 Comments", "Leave a reply") opens the
    readers' comments, and a teasers heading ("You may also like...") the teasers of other
    articles: neither is the article. Most of the body must lie above the heading."""
    total = sum(len(line.words) for line in lines if line.kind == GOOD)
    words = 0
    for i, line in enumerate(lines):
        if line.kind == GOOD:
            words += len(line.words)
        elif words >= max(SMALL_STRETCH_WORDS, total / 2):
            if vocabulary.COMMENTS.match(line.content):
                reason = "readers' comment"
            elif vocabulary.MORE_TO_READ.fullmatch(line.content):
                reason = "teaser below the article"
            else:
                continue
            for rest in lines[i + 1:]:
                if rest.kind == GOOD:
                    rest.kind, rest.reason = BAD, reason
            return


#: A comment thread: at least THREAD_HEADERS headers of one shape, each at most THREAD_PERIOD
#: lines below the one before, with a line or more between them (the comment).
THREAD_HEADERS = 3


THREAD_PERIOD = 8


THREAD = "readers' comments or dated teasers below the article (a header of one shape recurring)"


_LETTER_RUN = re.compile(r"[^\W\d_]+(?:[\s'’-]+[^\W\d_]+)*")


def _header_shape(line: Line) -> str | None:
    """The shape of a comment's header ("Tino · Oktober 18, 2019", "Agi Joe sagt:", "March 3,
    2019 at 10:02 am Reply"): its letters and digits masked, so that every reader's header has
    the same one; None for a line that cannot be one (no date, time or comment action)."""
    content = line.content
    if len(line.words) > GOOD_WORDS or not (vocabulary.DATE.search(content)
                                            or vocabulary.COMMENT_ACTION.search(content)):
        return None
    return re.sub(r"\d+", "0", _LETTER_RUN.sub("a", content))


def comment_threads(lines: list[Line]) -> None:
    """Readers' comments without a heading: below the article (most of the body above), a
    header of one shape (a name and a date, "... says:", "Reply") recurring every few lines
    with the comments between. A shape that occurs above as well is the article's own (a
    live blog's times, an interview's "Q:"), not a thread."""
    total = sum(len(line.words) for line in lines if line.kind == GOOD)
    words, start = 0, len(lines)
    for i, line in enumerate(lines):
        if words >= max(SMALL_STRETCH_WORDS, total / 2):
            start = i
            break
        words += len(line.words) if line.kind == GOOD else 0
    shapes = [_header_shape(line) for line in lines]
    above = set(shapes[:start])
    headers: dict[str, list[int]] = {}  # the positions of each shape that is not above
    for i in range(start, len(lines)):
        shape = shapes[i]
        if shape and shape not in above:
            headers.setdefault(shape, []).append(i)
    first = min((i for i in map(_thread_start, headers.values()) if i is not None),
                default=None)
    if first is None:
        return
    for line in lines[first:]:
        if line.kind == GOOD:
            line.kind, line.reason = BAD, THREAD


def _thread_start(at: list[int]) -> int | None:
    """The first header of the first run of THREAD_HEADERS headers at the positions ``at``,
    each 2 to THREAD_PERIOD lines below the one before."""
    run = 1
    for k in range(1, len(at)):
        run = run + 1 if 2 <= at[k] - at[k - 1] <= THREAD_PERIOD else 1
        if run >= THREAD_HEADERS:
            return at[k - THREAD_HEADERS + 1]
    return None


def trailing_teasers(lines: list[Line]) -> None:
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
        if (len(line.words) >= 2 and line.heading and title_case(line)
                and not BULLET.match(line.raw)
                and any(BULLET.match(item.raw) or not title_case(item)
                        for item in tail[i + 1:])):  # not a list of names ("Chelsea v Leeds")
            for rest in tail[i:]:
                rest.kind, rest.reason = BAD, "teaser below the article"
            return


def closing_boxes(lines: list[Line]) -> None:
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
        elif n <= 2 * PROMPT_MAX_WORDS and vocabulary.AUTHOR_BIO.search(line.content):
            reason = "author's box"
        elif vocabulary.COMPANY_BOILERPLATE.match(line.content):
            reason = "company boilerplate (press release)"
        else:
            reason = ""
        if reason and after <= 2 * GOOD_WORDS:
            line.kind, line.reason = BAD, reason
        else:
            after += len(line.words)
