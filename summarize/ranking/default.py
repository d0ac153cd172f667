"""The default ranker: position-aware directed centrality with a lead prior (after PacSum).

PacSum (Zheng & Lapata, 2019) observes that in news a sentence that later sentences elaborate
on is more important than one that elaborates on earlier sentences. A sentence's centrality is
therefore directed: it gains from its similarity to the sentences after it and gains less (or
loses) from its similarity to the sentences before it::

    centrality(i) = sum_{j > i} sim(i, j) + backward * sum_{j < i} sim(i, j)

Similarity is the cosine of stemmed, stop-word-filtered tf-idf rows (sublinear tf, idf over
the document's sentences). The centrality, scaled to [0, 1], gets a lead prior
``lead * exp(-i / lead_decay)`` and a penalty for run-on sentences longer than
``long_sentence`` words (often captions glued into the text). Redundancy control and the
unresolved-reference rule are shared selection steps (:func:`summarize.selecting.select`).

The few parameters live as plain data in ``summarize/data/default_ranker.json``, fitted on
the development sets by ``bench/fit_default.py``. Memory stays bounded on long documents: the
similarity matrix is never built whole, only in row blocks of at most ``BLOCK_CELLS`` cells.
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass
from importlib import resources

from ..segmenting import Document

#: Upper bound on the cells of one dense block of the similarity matrix (32 MB of float64).
BLOCK_CELLS = 4_000_000


@dataclass(frozen=True)
class Parameters:
    """The ranker's knobs; see the module docstring for the formula."""

    backward: float = -0.5
    lead: float = 0.2
    lead_decay: float = 1.5
    long_sentence: int = 40
    long_penalty: float = 0.3

    def to_dict(self) -> dict:
        return asdict(self)


@functools.lru_cache(maxsize=1)
def parameters() -> Parameters:
    """The shipped parameters (``summarize/data/default_ranker.json``)."""
    text = resources.files("summarize").joinpath("data", "default_ranker.json").read_text("utf-8")
    fields = set(Parameters.__dataclass_fields__)
    return Parameters(**{k: v for k, v in json.loads(text).items() if k in fields})


def tfidf_rows(document: Document):
    """L2-normalised tf-idf rows (CSR): sublinear tf, smoothed idf over the sentences."""
    import numpy as np
    from scipy import sparse

    from .vectors import count_matrix

    counts, _ = count_matrix(document)
    n = counts.shape[0]
    weights = counts.copy()
    weights.data = 1.0 + np.log(weights.data)
    df = np.bincount(weights.indices, minlength=weights.shape[1])
    weights = weights @ sparse.diags(np.log((1.0 + n) / (1.0 + df)) + 1.0)
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weights)


def directed_centrality(rows, backward: float):
    """``after + backward * before`` per sentence, from similarity row blocks (bounded memory)."""
    import numpy as np

    n = rows.shape[0]
    result = np.zeros(n)
    columns = np.arange(n)
    step = max(1, BLOCK_CELLS // max(n, 1))
    transposed = rows.T.tocsc()
    for start in range(0, n, step):
        block = (rows[start:start + step] @ transposed).toarray()
        index = np.arange(start, min(n, start + step))[:, None]
        after = np.where(columns > index, block, 0.0).sum(axis=1)
        before = np.where(columns < index, block, 0.0).sum(axis=1)
        result[start:start + step] = after + backward * before
    return result


def rank_default(document: Document, params: Parameters | None = None) -> list[float]:
    """Scores of position-aware centrality with a lead prior and a run-on penalty."""
    import numpy as np

    params = params or parameters()
    n = len(document.sentences)
    centrality = directed_centrality(tfidf_rows(document), params.backward)
    spread = centrality.max() - centrality.min()
    scaled = (centrality - centrality.min()) / spread if spread > 0 else np.zeros(n)
    position = np.arange(n)
    lengths = np.array([len(s.words) for s in document.sentences])
    scores = (scaled + params.lead * np.exp(-position / params.lead_decay)
              - params.long_penalty * (lengths > params.long_sentence))
    return scores.tolist()
