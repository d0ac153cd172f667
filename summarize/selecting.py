"""Selecting: turn per-sentence scores into a summary within a length budget.

One step shared by every algorithm: rank sentences by score (ties go to the earlier
sentence), take them greedily until the budget is spent, then order the chosen ones.

Two optional steps make the greedy choice aware of what is already chosen (an algorithm asks
for them in its registry entry, see :mod:`summarize.ranking`):

- ``redundancy`` (Maximal Marginal Relevance, Carbonell & Goldstein 1998): each pick maximises
  ``(1 - redundancy) * score - redundancy * max cosine to the chosen sentences``, scores scaled
  to [0, 1], so a summary does not say the same thing twice.
- ``dangling``: a sentence opening with an unresolved pronoun or connective ("He", "But",
  "This") loses that much score unless the sentence before it is already chosen, so a summary
  does not start a thought it cannot finish. Word lists exist for English, French, German and
  Spanish; other languages are unaffected.

With a word budget, an algorithm can instead ask for ``knapsack``: the set of sentences within
the budget that maximises the sum of ``score * words`` (scores scaled to [0, 1]), found exactly
by dynamic programming over the budget. If a score is read as the share of a sentence's words
that belong in the summary, that sum is the number of words the summary gets right, which is
what ROUGE F1 at a fixed length rewards; greedy filling instead spends the budget on the best
sentence first and fills what is left with whatever fits. The dangling-opener penalty applies
inside the knapsack (it depends only on the sentence before); redundancy control, which depends
on every chosen sentence, does not (sentence and ratio budgets keep it).
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
                "give only one of sentences, ratio and words, not "
                + " and ".join(k for k, _ in given), options=("sentences", "ratio", "words"))
        if not given:
            return cls("sentences", DEFAULT_SENTENCES)
        kind, value = given[0]
        if kind == "sentences" and (isinstance(value, bool) or value != int(value) or value < 1):
            raise OptionError(f"sentences must be a whole number of at least 1, not {value}",
                              options=("sentences",))
        if kind == "ratio" and not (isinstance(value, (int, float)) and 0 < value <= 1):
            raise OptionError(f"ratio must be greater than 0 and at most 1, not {value}",
                              options=("ratio",))
        if kind == "words" and (isinstance(value, bool) or value != int(value) or value < 1):
            raise OptionError(f"words must be a whole number of at least 1, not {value}",
                              options=("words",))
        return cls(kind, value)

    def sentence_limit(self, available: int) -> int:
        """How many sentences the budget allows out of ``available`` (words: no sentence limit)."""
        if self.kind == "sentences":
            return min(int(self.value), available)
        if self.kind == "ratio":
            return min(available, max(1, math.ceil(self.value * available - 1e-9)))
        return available


def best_first(scores: list[float]) -> list[int]:
    """Sentence indices, best first; equal scores keep document order (deterministic).

    Scores that differ only by rounding (in the 12th significant digit of the largest) are
    equal: two copies of a sentence tie whatever order a ranker's sums were taken in.
    """
    scale = max((abs(s) for s in scores), default=0.0) or 1.0
    return sorted(range(len(scores)), key=lambda i: (-round(scores[i] / scale, 12), i))


def select(
    document: Document, scores: list[float], budget: Budget, *, order: Order = "document",
    redundancy: float = 0.0, dangling: float = 0.0, knapsack: bool = False,
) -> list[int]:
    """Indices of the summary sentences, in the requested ``order``.

    With a word budget, the best sentences are taken while the total stays within it,
    skipping any that would overflow; if not even one fits, the best sentence alone is
    returned, so a non-empty article never gets an empty summary. ``redundancy`` (0 to 1)
    and ``dangling`` (a score penalty) turn on the two context-aware steps described above;
    ``knapsack`` fills a word budget exactly instead of greedily (see the module docstring).
    """
    if not 0 <= redundancy <= 1:
        raise OptionError(f"redundancy must be between 0 and 1, not {redundancy}")
    ranked = best_first(scores)
    limit = budget.sentence_limit(len(ranked))
    if knapsack and budget.kind == "words" and ranked:
        chosen = _select_knapsack(document, scores, int(budget.value), dangling)
    elif (redundancy or dangling) and ranked:
        chosen = _select_in_context(document, scores, budget, limit, redundancy, dangling)
    elif budget.kind == "words":
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
        raise OptionError(f"order must be 'document' or 'rank', not {order!r}",
                          options=("order",))
    return chosen


#: Sentence openers that refer back to something the summary may not contain.
DANGLING_WORDS: dict[str, frozenset[str]] = {
    "english": frozenset(
        "he she it they him her his its their them this that these those such but and or so "
        "yet however also then meanwhile still instead moreover furthermore nevertheless "
        "though although thus hence besides".split()),
    "french": frozenset(
        "il elle ils elles lui leur leurs son sa ses ce cet cette ces cela ceci ça celui celle "
        "ceux celles mais et ou donc or pourtant cependant toutefois puis ensuite alors aussi "
        "néanmoins".split()),
    "german": frozenset(
        "er sie es ihm ihn ihr ihre ihren sein seine seinen dies diese dieser dieses das "
        "aber und oder doch jedoch dennoch also deshalb daher dann trotzdem außerdem "
        "allerdings zudem".split()),
    "spanish": frozenset(
        "él ella ellos ellas le les lo su sus este esta estos estas eso esto pero y o así "
        "entonces además también luego".split()),
}


def opens_dangling(document: Document) -> list[bool]:
    """Whether each sentence opens with an unresolved pronoun or connective."""
    openers = DANGLING_WORDS.get(document.language, frozenset())
    return [bool(s.words) and s.words[0].lower() in openers for s in document.sentences]


def _select_in_context(
    document: Document, scores: list[float], budget: Budget, limit: int,
    redundancy: float, dangling: float,
) -> list[int]:
    """Greedy selection where each pick sees the chosen ones (MMR and dangling openers)."""
    import numpy as np

    n = len(scores)
    value = np.asarray(scores, dtype=float)
    spread = value.max() - value.min()
    value = (value - value.min()) / spread if spread > 0 else np.zeros(n)
    lengths = np.array([len(s.words) for s in document.sentences])
    opener = np.array(opens_dangling(document))
    rows = None
    if redundancy:
        from .vectors import tfidf_rows

        rows = tfidf_rows(document)
    closest = np.zeros(n)  # max similarity to a chosen sentence
    resolved = np.zeros(n, dtype=bool)  # the sentence before is chosen
    open_ = np.ones(n, dtype=bool)
    words_left = budget.value if budget.kind == "words" else np.inf
    chosen: list[int] = []
    while len(chosen) < limit:
        open_ &= lengths <= words_left
        if not open_.any():
            break
        gain = (1 - redundancy) * value - redundancy * closest - dangling * (opener & ~resolved)
        best = int(np.argmax(np.where(open_, gain, -np.inf)))
        chosen.append(best)
        open_[best] = False
        words_left -= lengths[best]
        if best + 1 < n:
            resolved[best + 1] = True
        if rows is not None:
            closest = np.maximum(closest, rows.dot_row(best))
    first = min(chosen, default=0)
    if dangling and chosen and opener[first] and first - 1 not in chosen:
        # the summary would open on "However," or "He": the best sentence that fits instead
        words_left += lengths[first]
        others = open_ & (lengths <= words_left) & ~opener
        if others.any():
            chosen.remove(first)
            chosen.append(int(np.argmax(np.where(others, value, -np.inf))))
    return chosen or [int(np.argmax(value))]


#: Above this many table cells (sentences x budget words) the knapsack falls back to greedy
#: filling: the exact table would take more memory than a summary is worth.
KNAPSACK_CELLS = 10_000_000


def _select_knapsack(document: Document, scores: list[float], words: int,
                     dangling: float) -> list[int]:
    """The sentences within ``words`` with the largest sum of scaled score times length.

    Dynamic programming in document order over (words used, previous sentence chosen), so a
    dangling opener pays its penalty exactly when its predecessor is left out.
    """
    import numpy as np

    n = len(scores)
    value = np.asarray(scores, dtype=float)
    spread = value.max() - value.min()
    value = (value - value.min()) / spread if spread > 0 else np.ones(n)
    lengths = np.array([len(s.words) for s in document.sentences])
    words = min(words, int(lengths.sum()))
    fits = (lengths > 0) & (lengths <= words)
    if not fits.any():
        return [int(np.argmax(value))]
    if n * (words + 1) > KNAPSACK_CELLS:
        return select(document, scores, Budget("words", words))
    alone = value * lengths  # profit with the predecessor chosen
    cut = (value - dangling * np.array(opens_dangling(document))) * lengths
    # best[k][w]: largest profit in at most w words, the last sentence seen chosen (k = 1) or not
    best = [np.zeros(words + 1), np.full(words + 1, -np.inf)]
    came = np.zeros((2, n, words + 1), dtype=bool)  # the best path came from state 1
    for i in range(n):
        skip = np.maximum(best[0], best[1])
        came[0, i] = best[1] > best[0]
        take = np.full(words + 1, -np.inf)
        if fits[i]:
            after_cut = best[0][: words + 1 - lengths[i]] + cut[i]
            after_kept = best[1][: words + 1 - lengths[i]] + alone[i]
            take[lengths[i]:] = np.maximum(after_cut, after_kept)
            came[1, i, lengths[i]:] = after_kept > after_cut
        best = [skip, take]
    state, left, chosen = int(best[1][-1] > best[0][-1]), words, []
    for i in range(n - 1, -1, -1):
        previous = int(came[state, i, left])
        if state:
            chosen.append(i)
            left -= lengths[i]
        state = previous
    return chosen[::-1] or [int(np.flatnonzero(fits)[np.argmax(value[fits])])]
