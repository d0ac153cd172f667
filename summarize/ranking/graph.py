"""LexRank, TextRank and Reduction on sparse matrices: sumy's choices, in seconds on a book.

Each computes what sumy's ``LexRankSummarizer``, ``TextRankSummarizer`` and
``ReductionSummarizer`` compute (same similarity, threshold, damping, start vector and stopping
rule), without sumy's pure-Python loops over all sentence pairs. Up to ``DENSE_LIMIT``
sentences the final graph is a dense matrix put through sumy's own numpy operations, so the
scores match sumy's bit for bit and ties break the same way; longer documents never hold a
dense ``n x n`` matrix, so memory grows with the document, not with its square:

- LexRank: tf-idf rows (tf divided by the sentence's largest tf, idf = log(n / (1 + df))),
  cosine similarity by sparse products, computed in blocks of rows and kept only above the
  0.1 threshold (the graph is binary), then sumy's normalised power iteration. In long
  documents copies of a sentence share one node, so repeated lines cannot make the graph
  quadratic.
- TextRank: the similarity of two sentences is their shared term count over the sum of the
  logs of their lengths. It depends on the pair only through the two lengths, and a document
  has few distinct sentence lengths, so ``W @ q`` is computed as ``C @ (C_by_length.T @ q)``
  with one column per length: the dense graph is never materialised.
- Reduction: each sentence's sum of TextRank weights to the others.
"""

from __future__ import annotations

import math

from ..segmenting import Document
from ..vectors import count_matrix, row_max

#: sumy's LexRank: similarity threshold of the graph and stopping rule of the power iteration.
LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
#: sumy's TextRank: damping factor, stopping rule, and the guard of its row normalisation.
TEXTRANK_DAMPING = 0.85
TEXTRANK_EPSILON = 1e-4
_ZERO_DIVISION_PREVENTION = 1e-7
#: Power iterations stop here even if not converged (sumy has no limit and can loop forever).
_MAX_ITERATIONS = 10_000
#: Up to this many sentences the graph is a dense matrix and the power iteration is sumy's own,
#: bit for bit (ties then break as in sumy); longer documents use sparse matrices.
DENSE_LIMIT = 2000
#: Similarity blocks hold at most this many entries (rows x sentences): about 32 MB of floats.
_BLOCK_ENTRIES = 1 << 22


def rank_lexrank(document: Document) -> list[float]:
    """LexRank (Erkan & Radev, 2004) as sumy computes it: centrality in the cosine graph."""
    import numpy as np

    counts, _ = count_matrix(document, sumy_compatible=True)
    n = counts.shape[0]
    rows = tfidf(counts)
    if n > DENSE_LIMIT:
        return _lexrank_sparse(rows)
    graph = similarity_graph(rows, LEXRANK_THRESHOLD)
    degrees = np.maximum(np.asarray(graph.sum(axis=1)).ravel(), 1.0)
    transposed = (graph.toarray() / degrees[:, None]).T
    return _power(lambda p: np.dot(transposed, p), n, LEXRANK_EPSILON, normalise=True)


def _lexrank_sparse(rows) -> list[float]:
    """LexRank over a sparse graph; copies of one sentence share one node.

    Copies have the same neighbours, so they keep equal scores all through the power
    iteration: the graph is built over the distinct rows and each node counts as many times
    as it occurs. Without this, 10,000 copies of a line (a scraped page's repeated footer)
    would make a graph of 10^8 edges.
    """
    import numpy as np

    distinct, occurrence = _distinct_rows(rows)
    times = np.bincount(occurrence).astype(np.float64)
    graph = similarity_graph(distinct, LEXRANK_THRESHOLD)
    degrees = np.maximum(graph @ times, 1.0)  # edges to every copy of each neighbour
    graph_t = graph.T.tocsr()
    copies = len(times) < rows.shape[0]  # without copies, the norms stay numpy's own
    scores = _power(lambda p: graph_t @ (p * times / degrees), len(times), LEXRANK_EPSILON,
                    normalise=True, times=times if copies else None)
    return np.asarray(scores)[occurrence].tolist()


def _distinct_rows(rows):
    """``(distinct, occurrence)``: the distinct rows of a CSR matrix, in order of first
    occurrence, and the index of each row's distinct row."""
    import numpy as np

    first: dict[bytes, int] = {}
    occurrence = np.empty(rows.shape[0], dtype=np.int64)
    keep: list[int] = []
    for i in range(rows.shape[0]):
        start, end = rows.indptr[i], rows.indptr[i + 1]
        key = rows.indices[start:end].tobytes() + b"|" + rows.data[start:end].tobytes()
        if key not in first:
            first[key] = len(keep)
            keep.append(i)
        occurrence[i] = first[key]
    return rows[keep], occurrence


def _power(apply, n: int, epsilon: float, *, normalise: bool, times=None) -> list[float]:
    """sumy's power method: from the uniform vector, ``p = apply(p)`` until it moves <= epsilon.

    ``times`` (optional) is how many sentences each entry of ``p`` stands for, in the start
    vector and the norms.
    """
    import numpy as np

    def length(vector):
        return np.linalg.norm(vector) if times is None else np.sqrt(times @ (vector * vector))

    p = np.array([1.0 / (n if times is None else times.sum())] * n)
    for _ in range(_MAX_ITERATIONS):
        nxt = apply(p)
        if normalise:
            norm = length(nxt)
            if norm == 0.0:  # no sentence has a weighted term: nothing to rank
                return [0.0] * n
            nxt /= norm
        change = length(np.subtract(nxt, p))
        p = nxt
        if not change > epsilon:
            break
    return p.tolist()


def tfidf(counts):
    """sumy LexRank's tf-idf rows: tf over the row's largest tf, times log(n / (1 + df))."""
    import numpy as np
    from scipy import sparse

    counts = sparse.csr_matrix(counts, dtype=np.float64)
    n = counts.shape[0]
    largest = row_max(counts)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + df))
    tf = sparse.diags(1.0 / np.where(largest > 0, largest, 1.0)) @ counts
    return sparse.csr_matrix(tf @ sparse.diags(idf))


def similarity_graph(rows, threshold: float):
    """Binary graph of row pairs whose cosine similarity exceeds ``threshold`` (sparse CSR).

    Similarities are computed a block of rows at a time, so memory stays bounded by the
    block size plus the edges kept.
    """
    import numpy as np
    from scipy import sparse

    norms = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
    unit = sparse.csr_matrix(sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ rows)
    unit_t = unit.T.tocsc()
    n = rows.shape[0]
    step = max(1, _BLOCK_ENTRIES // max(n, 1))
    blocks = []
    for start in range(0, n, step):
        block = (unit[start:start + step] @ unit_t).tocsr()
        block.data = (block.data > threshold).astype(np.float64)
        block.eliminate_zeros()
        blocks.append(block)
    return sparse.vstack(blocks, format="csr") if blocks else sparse.csr_matrix((0, 0))


def rank_textrank(document: Document) -> list[float]:
    """TextRank (Mihalcea & Tarau, 2004) as sumy computes it: PageRank of the overlap graph."""
    import numpy as np

    counts, _ = count_matrix(document, sumy_compatible=True)
    n = counts.shape[0]
    weights = _OverlapGraph(counts)
    teleport, d = (1.0 - TEXTRANK_DAMPING) / n, TEXTRANK_DAMPING
    if n <= DENSE_LIMIT:
        dense = weights.dense()
        dense /= dense.sum(axis=1)[:, np.newaxis] + _ZERO_DIVISION_PREVENTION
        transposed = (np.full((n, n), teleport) + d * dense).T
        return _power(lambda p: np.dot(transposed, p), n, TEXTRANK_EPSILON, normalise=False)
    scale = 1.0 / (weights @ np.ones(n) + _ZERO_DIVISION_PREVENTION)
    # (full(teleport) + d * W / row_sums).T @ p, with W symmetric
    return _power(lambda p: teleport * p.sum() + d * (weights @ (p * scale)), n,
                  TEXTRANK_EPSILON, normalise=False)


def rank_reduction(document: Document) -> list[float]:
    """sumy's Reduction: the sum of a sentence's TextRank edge weights to the other sentences.

    sumy keys its ratings by sentence text, so a sentence that occurs several times gets the
    sum of all its occurrences' ratings (each occurrence); kept, so the choices stay sumy's.
    """
    import numpy as np

    counts, _ = count_matrix(document, sumy_compatible=True)
    weights = _OverlapGraph(counts, single_terms_edge=False)
    if counts.shape[0] <= DENSE_LIMIT:
        dense = weights.dense()
        np.fill_diagonal(dense, 0.0)
        ratings = np.cumsum(dense, axis=1)[:, -1]  # sumy's order of additions
    else:
        ratings = weights @ np.ones(counts.shape[0]) - weights.diagonal()
    _, occurrence = np.unique([s.text for s in document.sentences], return_inverse=True)
    if occurrence.max() + 1 < len(ratings):  # some sentence is repeated
        ratings = np.bincount(occurrence, weights=ratings)[occurrence]
    return ratings.tolist()


class _OverlapGraph:
    """sumy TextRank's weights ``W[i, j] = overlap(i, j) / (log len_i + log len_j)``, as an
    operator.

    ``overlap`` is the product of the two sentences' term counts. When both sentences have one
    term the denominator is 0: sumy's TextRank then takes the overlap itself, its Reduction
    takes 0 (``single_terms_edge=False``). ``W @ q`` costs O(terms x distinct lengths); the
    denominators are sumy's own ``math.log`` sums, so :meth:`dense` matches sumy bit for bit.
    """

    def __init__(self, counts, *, single_terms_edge: bool = True):
        import numpy as np
        from scipy import sparse

        self.counts = sparse.csr_matrix(counts, dtype=np.float64)
        lengths = np.asarray(self.counts.sum(axis=1)).ravel()
        values, self.group = np.unique(lengths, return_inverse=True)
        self.by_length = sparse.csr_matrix(  # lengths x sentences, weighted by q per product
            (np.ones(len(lengths)), (self.group, np.arange(len(lengths)))),
            shape=(len(values), len(lengths)),
        )
        logs = [math.log(v) if v > 0 else math.nan for v in values]  # empty: no edges
        norms = np.array([[a + b for b in logs] for a in logs]).reshape(len(values), len(values))
        single = 1.0 if single_terms_edge else np.inf
        self.norms = np.where(np.isnan(norms), np.inf, np.where(norms > 1e-8, norms, single))

    def __matmul__(self, q):
        import numpy as np

        weighted = self.by_length.multiply(q[None, :]).tocsr()
        per_length = (weighted @ self.counts).toarray()  # lengths x terms
        overlap = np.asarray(self.counts @ per_length.T)  # sentences x lengths
        return (overlap / self.norms[self.group]).sum(axis=1)

    def diagonal(self):
        import numpy as np

        own = np.asarray(self.counts.multiply(self.counts).sum(axis=1)).ravel()
        return own / self.norms[self.group, self.group]

    def dense(self):
        """The full ``n x n`` weight matrix (for short documents)."""
        import numpy as np

        overlap = (self.counts @ self.counts.T).toarray()
        return overlap / self.norms[np.ix_(self.group, self.group)]
