"""Sentence-term count matrices, built once per document from the segmenter's terms.

Every vectorised ranker starts here: a sparse ``sentences x terms`` matrix of counts (scipy
CSR), built in one pass over :attr:`Sentence.terms`, which the segmenter tokenised, filtered
and stemmed once. Nothing is tokenised or stemmed again.

sumy's rankers compare the same stems with one difference: they keep one-letter words that
are not stop words ("U" and "S" of "U.S."), which the segmenter drops. ``sumy_compatible=True``
adds those back, so the vectorised LexRank, TextRank and LSA choose what sumy's choose.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .. import languages
from ..segmenting import Document


def count_matrix(document: Document, *, sumy_compatible: bool = False):
    """``(counts, vocabulary)``: a CSR matrix (one row per sentence) and the term of each column."""
    bags = [s.terms for s in document.sentences]
    if sumy_compatible:
        bags = [sumy_terms(s.terms, s.words, document.language) for s in document.sentences]
    return bag_matrix(bags)


def bag_matrix(bags: Sequence[Iterable[str]], vocabulary: dict[str, int] | None = None):
    """Count matrix of token bags; a given ``vocabulary`` (term -> column) is extended in place."""
    import numpy as np
    from scipy import sparse

    vocabulary = {} if vocabulary is None else vocabulary
    columns: list[int] = []
    pointers = [0]
    for bag in bags:
        columns.extend(vocabulary.setdefault(t, len(vocabulary)) for t in bag)
        pointers.append(len(columns))
    matrix = sparse.csr_matrix(
        (np.ones(len(columns)), np.asarray(columns, dtype=np.int64), np.asarray(pointers)),
        shape=(len(bags), len(vocabulary)),
    )
    matrix.sum_duplicates()  # repeated terms become counts
    return matrix, list(vocabulary)


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
