"""LSA (Steinberger & Jezek, 2004) as sumy computes it, in linear time and without an SVD.

sumy's ``LsaSummarizer`` builds a ``terms x sentences`` matrix ``A`` (for a sentence with any
term: ``0.4 + 0.6 * count / largest count`` in every row, zeros included; else zeros), takes
its SVD ``A = U S V^T`` and rates sentence ``j`` by ``sqrt(sum_k s_k^2 v_kj^2)`` over the
dimensions it keeps. Its reduction ratio is 1, so it keeps them all, and then the rating is
the length of column ``j`` of ``S V^T = U^T A``, which is the length of column ``j`` of ``A``
itself (``U`` has orthonormal columns spanning ``A``'s). That length has a closed form, so
this module gives sumy's ratings in O(words) where sumy needs a dense SVD (minutes at a few
thousand sentences). Sentences whose term counts have the same shape tie exactly here, and
ties go to the earlier sentence; sumy breaks them by rounding noise that follows the order of
its vocabulary, a Python set, so its picks can change from one process to the next.

sumy's vocabulary holds the stems of the words that are not stop words (title included), but
it counts every word whose stem is in the vocabulary, stop words too ("asking" counts for
"ask"); this module does the same.
"""

from __future__ import annotations

import functools

from .. import languages
from ..segmenting import Document, terms
from ..vectors import bag_matrix, count_matrix, row_max, sumy_terms
from ..words import words

#: sumy's smoothing of term frequencies: ``smooth + (1 - smooth) * tf / max tf``.
SMOOTH = 0.4


def rank_lsa(document: Document) -> list[float]:
    """sumy's LSA rating of every sentence."""
    import numpy as np

    counts, vocabulary = count_matrix(document, sumy_compatible=True)
    index = {term: i for i, term in enumerate(vocabulary)}
    stop_counts, _ = bag_matrix(_stop_word_stems(document, index), index)
    counts = (counts + stop_counts).tocsr()
    size = len(set(vocabulary) | set(_title_terms(document)))
    if size == 0:
        return [0.0] * len(document.sentences)
    largest = row_max(counts)
    kept = np.diff(counts.indptr)  # distinct vocabulary terms per sentence
    smoothed = counts.multiply(1.0 / np.maximum(largest, 1.0)[:, None]).tocsr()
    smoothed.data = (SMOOTH + (1.0 - SMOOTH) * smoothed.data) ** 2
    squares = np.asarray(smoothed.sum(axis=1)).ravel() + SMOOTH ** 2 * (size - kept)
    return np.where(largest > 0, np.sqrt(squares), 0.0).tolist()


def _stop_word_stems(document: Document, vocabulary: dict[str, int]) -> list[list[str]]:
    """Per sentence, the stems of its stop words that are also stems of kept words."""
    stems = _stems_of_stop_words(document.language)
    found = []
    for sentence in document.sentences:
        kept = (stems.get(w.lower()) for w in sentence.words)
        found.append([s for s in kept if s in vocabulary])
    return found


@functools.lru_cache(maxsize=None)
def _stems_of_stop_words(language: str) -> dict[str, str]:
    stem = languages.stemmer(language)
    return {word: stem(word) for word in languages.stop_words(language)}


def _title_terms(document: Document) -> tuple[str, ...]:
    if not document.title:
        return ()
    tokens = words(document.title)
    return sumy_terms(terms(tokens, document.language), tokens, document.language)
