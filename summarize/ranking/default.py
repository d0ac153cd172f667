"""The default ranker: position-aware directed centrality with a lead prior (after PacSum).

PacSum (Zheng & Lapata, 2019) observes that in news a sentence that later sentences elaborate
on is more important than one that elaborates on earlier sentences. A sentence's centrality is
therefore directed: it gains from its similarity to the sentences after it and gains less (or
loses) from its similarity to the sentences before it::

    centrality(i) = sum_{j > i} sim(i, j) + backward * sum_{j < i} sim(i, j)

Similarity is the cosine of stemmed, stop-word-filtered tf-idf rows (sublinear tf, idf over
the document's sentences). The centrality, scaled to [0, 1], gets a lead prior
``lead * exp(-i / lead_decay)`` and a penalty for run-on sentences longer than
``long_sentence`` words (often captions glued into the text), except the first sentence: an
article's long opening sentence is its lead, and penalising it dropped the lead of the
reference sample. Redundancy control and the
unresolved-reference rule are shared selection steps (:func:`summarize.selecting.select`).

The few parameters live as plain data in ``summarize/data/default_ranker.json``, fitted on
the development sets by ``bench/fit_default.py`` (the fit chose ``backward = 0.25``:
similarity to earlier sentences counts a quarter as much as to later ones; ``lead = 0.85``,
``lead_decay = 8`` and a run-on penalty of 0.6). The
similarity matrix is never built: the directed sums come from running sums of the tf-idf
columns, in time and memory linear in the document (20,000 sentences in well under a second).
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass
from importlib import resources

from ..segmenting import Document
from ..vectors import SparseRows, tfidf_rows

#: Centrality spreads below this are rounding noise of the running sums, not a signal.
_NOISE = 1e-9


@dataclass(frozen=True)
class Parameters:
    """The ranker's knobs; see the module docstring for the formula."""

    backward: float
    lead: float
    lead_decay: float
    long_sentence: int
    long_penalty: float

    def to_dict(self) -> dict:
        return asdict(self)


@functools.lru_cache(maxsize=1)
def parameters() -> Parameters:
    """The shipped parameters (``summarize/data/default_ranker.json``)."""
    text = (resources.files("summarize") / "data" / "default_ranker.json").read_text("utf-8")
    fields = set(Parameters.__dataclass_fields__)
    return Parameters(**{k: v for k, v in json.loads(text).items() if k in fields})


def directed_centrality(rows: SparseRows, backward: float):
    """``after + backward * before`` per sentence in O(non-zeros), never a similarity matrix.

    With unit rows, ``before(i) = x_i . (x_0 + ... + x_{i-1})``: per term, the running sum of
    the earlier sentences' weights (a cumulative sum down each column), and ``after(i)`` is
    ``x_i . (sum of all rows) - x_i . x_i - before(i)``.
    """
    import numpy as np

    n = rows.shape[0]
    row = rows.row_of_entries
    by_column = np.argsort(rows.indices, kind="stable")  # column-major, rows in order
    data, column_of = rows.data[by_column], rows.indices[by_column]
    running = np.cumsum(data)
    starts = np.searchsorted(column_of, np.arange(rows.shape[1]))
    offset = np.where(starts > 0, running[np.maximum(starts - 1, 0)], 0.0)
    earlier = running - data - offset[column_of]
    before = np.bincount(row[by_column], weights=data * earlier, minlength=n)
    column_sums = np.bincount(rows.indices, weights=rows.data, minlength=rows.shape[1])
    total = np.bincount(row, weights=rows.data * column_sums[rows.indices], minlength=n)
    own = rows.row_sums(rows.data * rows.data)
    return total - own - before + backward * before


def rank_default(document: Document, params: Parameters | None = None) -> list[float]:
    """Scores of position-aware centrality with a lead prior and a run-on penalty."""
    import numpy as np

    params = params or parameters()
    n = len(document.sentences)
    centrality = directed_centrality(tfidf_rows(document), params.backward)
    spread = centrality.max() - centrality.min()
    scaled = (centrality - centrality.min()) / spread if spread > _NOISE else np.zeros(n)
    position = np.arange(n)
    lengths = np.array([len(s.words) for s in document.sentences])
    # The opening sentence is the lead, never a caption glued into the text: no run-on penalty.
    run_on = (lengths > params.long_sentence) & (position > 0)
    scores = (scaled + params.lead * np.exp(-position / params.lead_decay)
              - params.long_penalty * run_on)
    return scores.tolist()
