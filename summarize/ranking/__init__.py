"""Ranking: one interface for every algorithm, a score per sentence.

A ranker is a function ``(Document) -> list[float]`` giving one score per sentence, higher is
better. Selection by budget happens afterwards, once, in :mod:`summarize.selecting`, so every
algorithm gets the same length handling, redundancy control and ordering.
Implementations are imported only when used, so listing algorithms costs nothing.
"""

from __future__ import annotations

import importlib
import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from ..errors import OptionError
from ..segmenting import Document

Ranker = Callable[[Document], Sequence[float]]


class Selection(TypedDict, total=False):
    """Keywords of :func:`summarize.selecting.select` that an algorithm sets."""

    redundancy: float
    dangling: float
    knapsack: bool


class SlowAlgorithmWarning(UserWarning):
    """An algorithm is expected to take long on this document; the message names a faster one."""


#: Warn when a ranker is expected to take longer than this on a document.
SLOW_SECONDS = 5.0


@dataclass(frozen=True)
class Cost:
    """Measured cost of a ranker that stays quadratic in pure Python (sumy's loops over
    sentence pairs): ``seconds`` at 1,000 sentences, times (n / 1000)**2; ``faster`` is the
    algorithm to suggest instead (the default one when not given)."""

    seconds: float
    faster: str | None = None

    def expected(self, sentences: int) -> float:
        return self.seconds * (sentences / 1000) ** 2


@dataclass(frozen=True)
class Algorithm:
    name: str
    description: str
    target: str  # "module:function", resolved on first use
    #: keywords for :func:`summarize.selecting.select` (redundancy control, dangling openers,
    #: knapsack filling of word budgets)
    selection: Selection = field(default_factory=Selection)
    #: set for rankers that stay super-linear in Python: they warn on long documents
    cost: Cost | None = None
    #: "module:function" giving ``(document, index) -> reasons`` in plain words, if any
    explainer: str | None = None

    def load(self) -> Ranker:
        return _resolve_target(self.target)

    def reasons(self, document: Document, index: int) -> tuple[str, ...]:
        """Why this ranker rates sentence ``index`` high (empty when it cannot say)."""
        return tuple(_resolve_target(self.explainer)(document, index)) if self.explainer else ()


def _resolve_target(target: str):
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module, __name__), attr)


ALGORITHMS: dict[str, Algorithm] = {
    a.name: a
    for a in (
        Algorithm("pacsum", "position-aware directed centrality of tf-idf sentences with a "
                  "lead prior (after PacSum, Zheng & Lapata, 2019), redundancy control and "
                  "no dangling pronouns", ".default:rank_default",
                  {"redundancy": 0.1, "dangling": 0.05, "knapsack": True}),
        Algorithm("learned", "a logistic regression on cheap sentence features (position, "
                  "paragraphs, length, centrality, title and lead similarity, quotes, figures, "
                  "names, dangling openers), trained on human-written references",
                  ".learned:rank_learned",
                  {"redundancy": 0.1, "dangling": 0.05, "knapsack": True},
                  explainer=".learned:reasons"),
        Algorithm("lead", "the first sentences of the article (the LEAD-N news baseline)",
                  ".lead:rank_lead"),
        Algorithm("lsa", "latent semantic analysis (Steinberger & Jezek, 2004): sumy's "
                  "ratings in linear time", ".lsa:rank_lsa"),
        Algorithm("lexrank", "LexRank, eigenvector centrality of the cosine graph "
                  "(Erkan & Radev, 2004): sumy's choices on sparse matrices",
                  ".graph:rank_lexrank"),
        Algorithm("textrank", "TextRank, PageRank over word-overlap similarity "
                  "(Mihalcea & Tarau, 2004): sumy's choices on sparse matrices",
                  ".graph:rank_textrank"),
        Algorithm("sumy-lsa", "sumy: latent semantic analysis by SVD (for comparison)",
                  ".sumy_rankers:rank_lsa", cost=Cost(15.0, "lsa")),
        Algorithm("sumy-lexrank", "sumy: LexRank in pure Python (for comparison)",
                  ".sumy_rankers:rank_lexrank", cost=Cost(8.0, "lexrank")),
        Algorithm("sumy-textrank", "sumy: TextRank in pure Python (for comparison)",
                  ".sumy_rankers:rank_textrank", cost=Cost(3.0, "textrank")),
        Algorithm("luhn", "sumy: Luhn's significant-word clusters (Luhn, 1958)",
                  ".sumy_rankers:rank_luhn", cost=Cost(0.8)),
        Algorithm("edmundson", "sumy: Edmundson's cue, title and location methods "
                  "(Edmundson, 1969)", ".sumy_rankers:rank_edmundson"),
        Algorithm("kl", "sumy: KL-Sum, greedy divergence from the article's word "
                  "distribution (Haghighi & Vanderwende, 2009)", ".sumy_rankers:rank_kl",
                  cost=Cost(200.0)),
        Algorithm("sumbasic", "sumy: SumBasic, word-probability averages "
                  "(Nenkova & Vanderwende, 2005)", ".sumy_rankers:rank_sumbasic",
                  cost=Cost(1.0)),
        Algorithm("reduction", "graph reduction, sum of a sentence's TextRank similarities: "
                  "sumy's choices on sparse matrices", ".graph:rank_reduction"),
        Algorithm("sumy-reduction", "sumy: graph reduction in pure Python (for comparison)",
                  ".sumy_rankers:rank_reduction", cost=Cost(6.0, "reduction")),
        Algorithm("random", "sumy: random order, seeded by the text (a floor for evaluation)",
                  ".sumy_rankers:rank_random"),
    )
}
#: The algorithm used when none is named (see README, "Algorithms").
DEFAULT_ALGORITHM = "pacsum"


def resolve(name: str) -> str:
    """Canonical algorithm name for ``name`` (case-insensitive; 'default', '-' and '_' allowed)."""
    key = _key(name)
    if key == "default":
        return DEFAULT_ALGORITHM
    for canonical in ALGORITHMS:
        if _key(canonical) == key:
            return canonical
    raise OptionError(
        f"unknown algorithm {name!r}; choose 'default' or one of: {', '.join(ALGORITHMS)}"
    )


def _key(name: str) -> str:
    return name.strip().lower().replace("-", "").replace("_", "")


def score(document: Document, algorithm: str) -> list[float]:
    """One score per sentence of ``document`` by ``algorithm`` (a canonical name)."""
    if not document.sentences:
        return []
    warn_if_slow(algorithm, len(document.sentences))
    # sumy's power iterations give NaN on one-sentence documents: a NaN score means "no signal"
    scores = [float(s) if math.isfinite(s) else 0.0 for s in ALGORITHMS[algorithm].load()(document)]
    if len(scores) != len(document.sentences):  # a contract every ranker must keep
        raise RuntimeError(f"ranker {algorithm} returned {len(scores)} scores "
                           f"for {len(document.sentences)} sentences")
    return scores


def warn_if_slow(algorithm: str, sentences: int) -> None:
    cost = ALGORITHMS[algorithm].cost
    if cost is None or cost.expected(sentences) <= SLOW_SECONDS:
        return
    faster = cost.faster or "default"
    same = " (same choices)" if cost.faster else ""
    warnings.warn(SlowAlgorithmWarning(
        f"{algorithm} on {sentences:,} sentences is expected to take about "
        f"{_duration(cost.expected(sentences))} (pure-Python loops, time grows with the "
        f"square of the length); --algorithm {faster}{same} takes seconds"), stacklevel=3)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
