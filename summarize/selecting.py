"""Selecting: turn per-sentence scores into a summary within a length budget.

One step shared by every algorithm: rank sentences by score (ties go to the earlier
sentence), take them greedily until the budget is spent, then order the chosen ones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from .errors import OptionError
from .segmenting import Document

Order = Literal["document", "rank"]
DEFAULT_SENTENCES = 3


@dataclass(frozen=True)
class Budget:
    """How long a summary may be: ``kind`` is 'sentences', 'ratio' or 'words'."""

    kind: str
    value: float

    @classmethod
    def from_options(
        cls, sentences: int | None = None, ratio: float | None = None, words: int | None = None
    ) -> Budget:
        """Validate the three mutually exclusive length options (none given: 3 sentences)."""
        given = [(k, v) for k, v in (("sentences", sentences), ("ratio", ratio), ("words", words))
                 if v is not None]
        if len(given) > 1:
            raise OptionError(
                "give only one of --sentences, --ratio and --words, not "
                + " and ".join(f"--{k}" for k, _ in given)
            )
        if not given:
            return cls("sentences", DEFAULT_SENTENCES)
        kind, value = given[0]
        if kind == "sentences" and (isinstance(value, bool) or value != int(value) or value < 1):
            raise OptionError(f"--sentences must be a whole number of at least 1, not {value}")
        if kind == "ratio" and not (isinstance(value, (int, float)) and 0 < value <= 1):
            raise OptionError(f"--ratio must be greater than 0 and at most 1, not {value}")
        if kind == "words" and (isinstance(value, bool) or value != int(value) or value < 1):
            raise OptionError(f"--words must be a whole number of at least 1, not {value}")
        return cls(kind, value)

    def sentence_limit(self, available: int) -> int:
        """How many sentences the budget allows out of ``available`` (words: no sentence limit)."""
        if self.kind == "sentences":
            return min(int(self.value), available)
        if self.kind == "ratio":
            return min(available, max(1, math.ceil(self.value * available - 1e-9)))
        return available


def ranking(scores: list[float]) -> list[int]:
    """Sentence indices, best first; equal scores keep document order (deterministic)."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def select(
    document: Document, scores: list[float], budget: Budget, *, order: Order = "document"
) -> list[int]:
    """Indices of the summary sentences, in the requested ``order``.

    With a word budget, the best sentences are taken while the total stays within it,
    skipping any that would overflow; if not even one fits, the best sentence alone is
    returned, so a non-empty article never gets an empty summary.
    """
    ranked = ranking(scores)
    limit = budget.sentence_limit(len(ranked))
    if budget.kind == "words":
        chosen, used = [], 0
        for i in ranked:
            n = len(document.sentences[i].words)
            if used + n <= budget.value:
                chosen.append(i)
                used += n
        if not chosen and ranked:
            chosen = ranked[:1]
    else:
        chosen = ranked[:limit]
    if order == "document":
        chosen = sorted(chosen)
    elif order != "rank":
        raise OptionError(f"--order must be 'document' or 'rank', not {order!r}")
    return chosen
