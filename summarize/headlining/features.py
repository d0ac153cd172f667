"""What the candidate ranker knows of a candidate: one row of numbers per candidate, the same
for every language (length is measured against the language's usual headline length).

The features: how much of the article's key terms and names the candidate covers, where its
source sentence stands (position, the ranker's rank and score), how it was made (generator,
shortened or not, how much of the sentence it keeps), its length, whether it has a verb, and
whether it opens in lower case, its share of function words, of commas and of the article's
ten key terms, how often the article uses its terms, and a
language-model-free fluency proxy: the share of its adjacent word pairs that the article
also uses elsewhere (a compression that glued two words the article never puts together reads
worse)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..segmenting import Document
from .generation import Candidate, key_phrases
from .rules import Rules, rules_for
from .scoring import has_verb, term_set, top_terms
from .tokens import is_word, word_count

#: The feature names, in the order of a row (and of the weights in headline_ranker.json).
NAMES = (
    "coverage", "coverage_per_word", "top_terms", "names", "position", "rank", "score",
    "topic", "top", "shortened", "kept", "words", "length_gap", "verb", "pairs", "capitals",
    "digits", "lower_start", "function_share", "commas", "short", "key_share", "frequency",
)


@dataclass(frozen=True)
class Context:
    """What every candidate of one article is measured against, computed once."""

    language: str
    rules: Rules
    weights: dict[str, float]
    top: frozenset[str]
    key: frozenset[str]
    counts: Counter[str]
    names: tuple[frozenset[str], ...]
    pairs: Counter[tuple[str, str]]
    ranks: dict[int, int]
    scores: dict[int, float]
    lengths: dict[int, int]
    words: int


def context(document: Document, scores: Sequence[float], weights: dict[str, float],
            words: int) -> Context:
    """The article's key terms, names, word pairs and sentence ranks."""
    language = document.language
    pairs: Counter[tuple[str, str]] = Counter()
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        counts.update(set(sentence.terms))
        low = [w.lower() for w in sentence.words]
        pairs.update(zip(low, low[1:], strict=False))
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    top_score = max(scores, default=0.0) or 1.0
    return Context(
        language=language, rules=rules_for(language), weights=weights,
        top=frozenset(top_terms(weights, 5)), key=frozenset(top_terms(weights, 10)),
        counts=counts,
        names=tuple(frozenset(term_set(p, language)) for p in key_phrases(document, weights)),
        pairs=pairs, ranks={i: r for r, i in enumerate(order)},
        scores={i: s / top_score for i, s in enumerate(scores)},
        lengths={s.index: len(s.words) for s in document.sentences}, words=words,
    )


def features(candidate: Candidate, found: Context) -> list[float]:
    """The row of :data:`NAMES` for one candidate."""
    tokens = list(candidate.tokens)
    n = max(word_count(tokens), 1)
    terms = term_set(candidate.text, found.language)
    coverage = math.fsum(found.weights.get(t, 0.0) for t in terms)
    named = sum(1 for name in found.names if name and name <= terms)
    text_words = [t for t in tokens if is_word(t)]
    low = [w.lower() for w in text_words]
    pairs = list(zip(low, low[1:], strict=False))
    seen = sum(1 for p in pairs if found.pairs[p] >= 2)  # the source sentence gives one
    rank = found.ranks.get(candidate.source, candidate.source)
    target = found.rules.target_words
    return [
        coverage,
        coverage / math.sqrt(n),
        len(terms & found.top) / max(len(found.top), 1),
        named / max(len(found.names), 1),
        math.log1p(max(candidate.source, 0)),
        math.log1p(max(rank, 0)),
        found.scores.get(candidate.source, 0.0),
        float(candidate.generator == "topic"),
        float(candidate.generator == "top"),
        float(candidate.cut > 0),
        n / max(found.lengths.get(candidate.source, n), 1),
        n / found.words,
        abs(n - target) / target,
        float(has_verb(tokens, found.rules)),
        seen / len(pairs) if pairs else 0.0,
        sum(1 for w in text_words[1:] if w[:1].isupper()) / n,
        float(any(c.isdigit() for c in candidate.text)),
        float(tokens[0][:1].islower()),  # a fragment ("number of people") or a key word
        sum(1 for w in low if w in found.rules.function_words) / n,
        float(tokens.count(",")),
        float(n <= 6),
        len(terms & found.key) / n,
        math.fsum(math.log1p(found.counts[t]) for t in terms) / max(len(terms), 1),
    ]
