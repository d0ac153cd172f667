"""Where the article ends: the features of each boundary between two kept lines, for the
line classifier's *ender* (:mod:`.learned`), which scores the boundary as the article's end.

Prose below an article (an author's box, a newsletter prompt, a blog's disclaimer, the first
paragraph of a teaser) reads like the article line by line, and neither the rules nor the
veto, which never removes a sentence, take it. What gives it away is the page around it: the
furniture between it and the body, how little of the body's vocabulary it uses, how little of
the page's prose lies below it. The ender reads those, the kept lines below the boundary taken
together, and the first of them with the line features of :func:`.learned.features`; cleaning
cuts every kept line below the first boundary it finds likely to be the end. One pass over
the lines: the vocabulary shared by the lines above and below is kept up to date as the
boundary moves down.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from .lines import Line
from .signals import reads_as_prose

#: Words shorter than this are left out of the vocabulary overlaps (stop words, numbers).
CONTENT_LETTERS = 5

TAIL_NAMES = (
    "tail_words_share", "tail_log_lines", "tail_log_words", "tail_prose_share",
    "tail_prose_lines", "tail_sentence_share", "tail_gaps", "tail_has_densest",
    "tail_overlap", "first_overlap", "first_prose", "head_sentence", "same_block",
    "boundary_position", "head_prose_share", "gap_log_lines",
)


def _suffix(values: np.ndarray) -> np.ndarray:
    """values[t:].sum() at t."""
    return np.cumsum(values[::-1])[::-1]


def tail_features(lines: list[Line], kept: list[int], rows: np.ndarray,
                  names: tuple[str, ...]) -> np.ndarray:
    """One row per boundary above each kept line but the first (``kept``: the kept lines'
    indices in ``lines``, ``rows``: :func:`.learned.features` of ``lines`` in ``names``
    order): the kept line's own features, then TAIL_NAMES, then the families
    (``reason_*`` columns of ``names``) of the removed lines between it and the kept line
    above."""
    reason_columns = [i for i, name in enumerate(names) if name.startswith("reason_")]
    if len(kept) < 2:
        return np.zeros((0, len(names) + len(TAIL_NAMES) + len(reason_columns)))
    words = np.array([len(lines[i].words) for i in kept], dtype=float)
    prose = np.array([reads_as_prose(lines[i]) for i in kept], dtype=float)
    sentence = np.array([lines[i].sentence for i in kept], dtype=float)
    densest = rows[kept, names.index("in_densest_block")]
    gaps = np.array([0, *np.diff(kept) - 1], dtype=float)
    families = np.vstack([np.zeros(len(reason_columns)),
                          np.cumsum(rows[:, reason_columns], axis=0)])
    tail_words, tail_prose = _suffix(words), _suffix(words * prose)
    tail_prose_lines, tail_sentences = _suffix(prose), _suffix(sentence)
    tail_gaps, tail_densest = _suffix((gaps > 0).astype(float)), _suffix(densest)
    total, prose_total = max(words.sum(), 1.0), max((words * prose).sum(), 1.0)
    vocabularies = [{w.lower() for w in lines[i].words if len(w) >= CONTENT_LETTERS}
                    for i in kept]
    below = Counter(w for vocabulary in vocabularies for w in vocabulary)
    above: set[str] = set()
    distinct = len(below)  # distinct words below the boundary
    shared = 0  # of them, those the lines above use too
    out = []
    for t in range(1, len(kept)):
        for w in vocabularies[t - 1]:  # the line above the boundary leaves the tail
            below[w] -= 1
            if not below[w]:
                distinct -= 1
                shared -= w in above
            if w not in above:
                above.add(w)
                shared += below[w] > 0
        first = vocabularies[t]
        a, b = kept[t - 1] + 1, kept[t]
        out.append([
            tail_words[t] / total, math.log1p(len(kept) - t), math.log1p(tail_words[t]),
            tail_prose[t] / max(tail_words[t], 1.0), math.log1p(tail_prose_lines[t]),
            tail_sentences[t] / (len(kept) - t), tail_gaps[t], tail_densest[t] > 0,
            shared / distinct if distinct else 0.0,
            len(first & above) / len(first) if first else 0.0, prose[t], sentence[t - 1],
            lines[kept[t]].block == lines[kept[t - 1]].block, t / len(kept),
            1.0 - tail_prose[t] / prose_total, math.log1p(gaps[t]),
            *(families[b] - families[a]),
        ])
    return np.hstack([rows[kept[1:]], np.array(out)])
