"""The context pass: a line's kind decided by its neighbours (subheadings between body
lines, lists the body introduces, what comes before the first body line)."""

from __future__ import annotations

from .lines import BAD, BULLET, GOOD, MINOR, NEAR, SHORT, Line
from .regions import (
    closing_boxes,
    comment_threads,
    comments,
    main_stretch,
    trailing_teasers,
)
from .signals import NEAR_WORDS, TWEET_SIGNATURE, inline_box, is_byline, title_case
from .title import headline_like

#: At most this many lines after a colon are taken as the items of a list in the body.
MAX_LIST_LINES = 60


#: With fewer words of prose than this, the text is a table or a list: only furniture goes.
MIN_PROSE_WORDS = 50


#: A byline opens the article when the first body line is at most this many lines below it.
BYLINE_WINDOW = 12


def context_pass(lines: list[Line]) -> None:
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
    prose = sum(len(line.words) for line, kind in zip(lines, new, strict=True) if kind == GOOD)
    if prose < MIN_PROSE_WORDS:  # no real prose (a table, a list): keep what is not furniture
        new = [GOOD if kind in (SHORT, NEAR) else kind for kind in kinds]
    _closing_sentences(kinds, new, lines)
    _headings_after_boxes(kinds, new, lines)
    _introduced_lists(kinds, new, lines)
    _opening_list(kinds, new, lines)
    _after_byline(kinds, new, lines)
    for i in range(1, len(lines)):
        if new[i - 1] == GOOD and TWEET_SIGNATURE.match(lines[i].content):
            new[i] = GOOD
    for line, kind in zip(lines, new, strict=True):
        line.kind = BAD if kind == MINOR else kind
    main_stretch(lines)
    comments(lines)
    comment_threads(lines)
    trailing_teasers(lines)
    closing_boxes(lines)


def _closing_sentences(kinds: list[str], new: list[str], lines: list[Line]) -> None:
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


def _headings_after_boxes(kinds: list[str], new: list[str], lines: list[Line]) -> None:
    """A heading between a box of links inside the article ("Related post: ...", right after a
    body line) and a body line is a subheading: the box does not end the article."""
    core = [i for i, kind in enumerate(kinds) if kind != MINOR]
    for before, box, heading, after in zip(core, core[1:], core[2:], core[3:], strict=False):
        if (kinds[heading] == SHORT and lines[heading].heading and inline_box(lines[box])
                and not BULLET.match(lines[heading].raw)
                and kinds[before] == kinds[after] == GOOD):
            new[heading] = GOOD


def _introduced_lists(kinds: list[str], new: list[str], lines: list[Line]) -> None:
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


def _opening_list(kinds: list[str], new: list[str], lines: list[Line]) -> None:
    """A list right above the first body line (two bullet items or more, nothing between them
    and the body) under a short line that is not furniture opens the article, with that line."""
    first = next((i for i, kind in enumerate(new) if kind == GOOD), None)
    start = first
    while (start and kinds[start - 1] in (SHORT, NEAR) and BULLET.match(lines[start - 1].raw)
           and len(lines[start - 1].words) >= 2):  # "* Politics": a menu
        start -= 1
    if (first is None or start is None or first - start < 2 or not start
            or kinds[start - 1] not in (SHORT, NEAR)):
        return  # no list, or one under a label ("More on ...": links to other articles)
    intro = lines[start - 1]
    if not intro.content.endswith(":") and title_case(intro):
        return  # a headline in title case
    for i in range(start - 1, first):
        new[i] = GOOD


def _after_byline(kinds: list[str], new: list[str], lines: list[Line]) -> None:
    """Headline, byline, article: the lines between a byline and the first body line close
    below it open the article ("What's new in 4.2?" and its items) when a headline stands
    above the byline. Furniture among them still goes, and the next pass judges the rest
    again without the byline (teasers under "Related stories" go then)."""
    first = next((i for i, kind in enumerate(new) if kind == GOOD), None)
    if first is None:
        return
    byline = next((i for i in range(first - 1, max(-1, first - 1 - BYLINE_WINDOW), -1)
                   if is_byline(lines[i])), None)
    if byline is None or not any(headline_like(line) for line in lines[:byline]):
        return
    for i in range(byline + 1, first):
        if kinds[i] in (SHORT, NEAR):
            new[i] = GOOD


def _neighbours(kinds: list[str], skip: tuple[str, ...], edge: str = BAD) -> list[str]:
    """For each position, the nearest earlier class not in ``skip`` (``edge`` at the edge)."""
    result, last = [], edge
    for kind in kinds:
        result.append(last)
        if kind not in skip:
            last = kind
    return result
