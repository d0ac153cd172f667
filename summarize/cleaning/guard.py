"""The recall guard: prose that only its position condemns stays when the rules would drop
most of the page's prose.

The positional rules (a stretch cut off from the main one, teasers below the article, a
near-good line away from the body, and the line classifier's cut below what it takes for the
article's end) are weak evidence; a furniture signal on the line itself is
strong evidence and is left alone. When the positional rules would remove more than half of
the words of the page's prose lines (sentences with stop words), they have mistaken the
article for furniture (a recipe's or guide's repeated headings cutting it into pieces): every
such line stays, and ``clean --explain`` says so. Losing the article costs a reader
everything, a teaser left in costs a little. (Keeping single lines that continue the body's
vocabulary cost precision on the development pages and won no recall: not done.)
"""

from __future__ import annotations

from .learned import ENDED
from .lines import Line
from .regions import AFTER_ARTICLE, THREAD
from .signals import reads_as_prose

#: Reasons that come from a line's position, not from the line itself.
POSITIONAL = frozenset({
    "body-like text cut off from the article by furniture",
    AFTER_ARTICLE,
    THREAD,
    "teaser below the article",
    "near-good line away from the article body",
})

#: Share of the prose words above which a removal is not believed.
PROSE_LOSS = 0.5


def guarded(kept: list[Line], removed: list[Line]) -> tuple[list[Line], str]:
    """The removed lines the guard keeps, and why ("" when it keeps none)."""
    candidates = [line for line in removed if reads_as_prose(line) and (
        line.reason in POSITIONAL or line.reason.startswith(ENDED))]
    lost = sum(len(line.words) for line in candidates)
    prose = lost + sum(len(line.words) for line in kept if reads_as_prose(line))
    if not candidates or lost <= PROSE_LOSS * prose:
        return [], ""
    return candidates, (f"kept by the recall guard: the rules would drop {lost} of {prose} "
                        f"words of prose (over {PROSE_LOSS:.0%})")
