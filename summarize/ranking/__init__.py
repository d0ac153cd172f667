"""Ranking: one interface for every algorithm, a score per sentence.

A ranker is a function ``(Document) -> list[float]`` giving one score per sentence, higher is
better. Selection by budget happens afterwards, once, in :mod:`summarize.selecting`, so every
algorithm gets the same length handling, redundancy control and ordering.
Implementations are imported only when used, so listing algorithms costs nothing.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..errors import OptionError
from ..segmenting import Document

Ranker = Callable[[Document], Sequence[float]]


@dataclass(frozen=True)
class Algorithm:
    name: str
    description: str
    target: str  # "module:function", resolved on first use
    #: keywords for :func:`summarize.selecting.select` (redundancy control, dangling openers)
    selection: dict[str, float] = field(default_factory=dict)

    def load(self) -> Ranker:
        module, _, attr = self.target.partition(":")
        return getattr(importlib.import_module(module, __name__), attr)


ALGORITHMS: dict[str, Algorithm] = {
    a.name: a
    for a in (
        Algorithm("pacsum", "position-aware directed centrality of tf-idf sentences with a "
                  "lead prior (after PacSum, Zheng & Lapata, 2019), redundancy control and "
                  "no dangling pronouns", ".default:rank_default",
                  {"redundancy": 0.1, "dangling": 0.1}),
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
                  ".sumy_rankers:rank_lsa"),
        Algorithm("sumy-lexrank", "sumy: LexRank in pure Python (for comparison)",
                  ".sumy_rankers:rank_lexrank"),
        Algorithm("sumy-textrank", "sumy: TextRank in pure Python (for comparison)",
                  ".sumy_rankers:rank_textrank"),
        Algorithm("luhn", "sumy: Luhn's significant-word clusters (Luhn, 1958)",
                  ".sumy_rankers:rank_luhn"),
        Algorithm("edmundson", "sumy: Edmundson's cue, title and location methods "
                  "(Edmundson, 1969)", ".sumy_rankers:rank_edmundson"),
        Algorithm("kl", "sumy: KL-Sum, greedy divergence from the article's word "
                  "distribution (Haghighi & Vanderwende, 2009)", ".sumy_rankers:rank_kl"),
        Algorithm("sumbasic", "sumy: SumBasic, word-probability averages "
                  "(Nenkova & Vanderwende, 2005)", ".sumy_rankers:rank_sumbasic"),
        Algorithm("reduction", "sumy: graph reduction, sum of a sentence's similarities",
                  ".sumy_rankers:rank_reduction"),
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
    # sumy's power iterations give NaN on one-sentence documents: a NaN score means "no signal"
    scores = [float(s) if math.isfinite(s) else 0.0 for s in ALGORITHMS[algorithm].load()(document)]
    if len(scores) != len(document.sentences):  # a contract every ranker must keep
        raise RuntimeError(f"ranker {algorithm} returned {len(scores)} scores "
                           f"for {len(document.sentences)} sentences")
    return scores
