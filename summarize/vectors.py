"""Sentence-term count matrices, built once per document from the segmenter's terms.

Every vectorised ranker starts here: a sparse ``sentences x terms`` matrix of counts, built in
one pass over :attr:`Sentence.terms`, which the segmenter tokenised, filtered and stemmed once.
Nothing is tokenised or stemmed again. The matrix is first a :class:`SparseRows` of plain numpy
CSR arrays: the default ranker needs nothing more, and importing ``scipy.sparse`` costs about
0.2 s of a cold start (its array-API layer pulls in ``numpy.f2py``). The graph rankers and LSA
take the same arrays as a scipy CSR matrix.

sumy's rankers compare the same stems with one difference: they keep one-letter words that
are not stop words ("U" and "S" of "U.S."), which the segmenter drops. ``sumy_compatible=True``
adds those back, so the vectorised LexRank, TextRank and LSA choose what sumy's choose.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import languages
from .segmenting import Document

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class SparseRows:
    """CSR arrays: rows in order, column indices sorted and unique within each row."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @functools.cached_property
    def row_of_entries(self) -> np.ndarray:
        """The row index of each stored entry."""
        import numpy as np

        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def row_sums(self, values: np.ndarray) -> np.ndarray:
        """Per-row sums of ``values`` (one per entry), as scipy's ``sum(axis=1)`` adds them."""
        import numpy as np

        sums = np.zeros(self.shape[0])
        filled = np.flatnonzero(np.diff(self.indptr))
        if filled.size:
            sums[filled] = np.add.reduceat(values, self.indptr[filled])
        return sums

    def dot_row(self, i: int) -> np.ndarray:
        """Dot products of every row with row ``i`` (for unit rows, the cosine similarities)."""
        import numpy as np

        start, end = self.indptr[i], self.indptr[i + 1]
        dense = np.zeros(self.shape[1])
        dense[self.indices[start:end]] = self.data[start:end]
        return np.bincount(self.row_of_entries, weights=self.data * dense[self.indices],
                           minlength=self.shape[0])

    def with_data(self, data: np.ndarray) -> SparseRows:
        """The same pattern with new values."""
        return SparseRows(data, self.indices, self.indptr, self.shape)

    def to_scipy(self):
        """The same matrix as a scipy CSR matrix (already in canonical form)."""
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


def count_rows(document: Document, *, sumy_compatible: bool = False
               ) -> tuple[SparseRows, list[str]]:
    """``(counts, vocabulary)``: one row per sentence and the term of each column."""
    bags = [s.terms for s in document.sentences]
    if sumy_compatible:
        bags = [sumy_terms(s.terms, s.words, document.language) for s in document.sentences]
    return bag_rows(bags)


def count_matrix(document: Document, *, sumy_compatible: bool = False):
    """:func:`count_rows` as a scipy CSR matrix."""
    counts, vocabulary = count_rows(document, sumy_compatible=sumy_compatible)
    return counts.to_scipy(), vocabulary


def bag_rows(bags: Sequence[Iterable[str]], vocabulary: dict[str, int] | None = None
             ) -> tuple[SparseRows, list[str]]:
    """Counts of token bags; a given ``vocabulary`` (term -> column) is extended in place."""
    import numpy as np

    vocabulary = {} if vocabulary is None else vocabulary
    columns: list[int] = []
    sizes: list[int] = []
    for bag in bags:
        before = len(columns)
        columns.extend(vocabulary.setdefault(t, len(vocabulary)) for t in bag)
        sizes.append(len(columns) - before)
    n, width = len(bags), len(vocabulary)
    rows = np.repeat(np.arange(n, dtype=np.int64), sizes)
    # One key per (row, column): sorting them orders the entries as CSR, and repeats are counts.
    keys, counts = np.unique(rows * max(width, 1) + np.asarray(columns, dtype=np.int64),
                             return_counts=True)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys // max(width, 1), minlength=n), out=indptr[1:])
    matrix = SparseRows(counts.astype(float), keys % max(width, 1), indptr, (n, width))
    return matrix, list(vocabulary)


def bag_matrix(bags: Sequence[Iterable[str]], vocabulary: dict[str, int] | None = None):
    """:func:`bag_rows` as a scipy CSR matrix."""
    counts, terms = bag_rows(bags, vocabulary)
    return counts.to_scipy(), terms


def sumy_terms(terms: tuple[str, ...], words: tuple[str, ...], language: str) -> tuple[str, ...]:
    """A sentence's terms as sumy compares them: ours plus its one-letter non-stop words."""
    stop = languages.stop_words(language)
    stem = languages.stemmer(language)
    return terms + tuple(stem(w.lower()) for w in words if len(w) == 1 and w.lower() not in stop)


def row_max(counts):
    """The largest entry of each row of a sparse matrix (0 for an empty row or no columns)."""
    import numpy as np

    if counts.shape[1] == 0:
        return np.zeros(counts.shape[0])
    return np.asarray(counts.max(axis=1).todense()).ravel()


@functools.lru_cache(maxsize=1)  # the ranker and the redundancy control ask for the same rows
def tfidf_rows(document: Document) -> SparseRows:
    """L2-normalised tf-idf rows: sublinear tf, smoothed idf over the sentences."""
    import numpy as np

    counts, _ = count_rows(document)
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    row = counts.row_of_entries
    norms = np.sqrt(np.bincount(row, weights=data * data, minlength=n))
    norms[norms == 0] = 1.0
    return counts.with_data((1.0 / norms)[row] * data)
