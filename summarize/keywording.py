"""Keywords: the key phrases of an article, best first.

Candidates are runs of one to :data:`MAX_WORDS` adjacent words inside a clause (no punctuation
between them) that neither start nor end with a stop word, with at most one stop word inside
("Bank of England"); each is counted under its stemmed, lower-cased form, so "combat mission"
and "combat missions" are one phrase. A phrase scores the number of times it occurs times the
summed frequency of its content words, favouring phrases made of the article's main terms, and
earlier ones (see :func:`_score`). Phrases that repeat a better one's words (a part of
it, or it with more words) are skipped. Each phrase is given as it is written in the article,
in its most frequent spelling, so that every keyword is a verbatim span of the text.
How this compares with plain term frequency and YAKE: docs/keywords.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from . import languages
from .segmenting import Document

MAX_WORDS = 3
#: A word (as :func:`summarize.words.words` finds them), or punctuation that ends a clause,
#: which a phrase never spans.
_TOKEN = re.compile(
    r"(?P<word>[^\W\d_][^\W_]*(?:['\u2019-][^\W\d_][^\W_]*)*)"
    r"|(?P<break>[,;:!?()\[\]{}\"\u201c\u201d\u00ab\u00bb\u2014\u2013\u2026|/]"
    r"|\s[-\u2012]\s|\.(?=\s|$)|'(?=\s|$)|(?:^|\s)')")
#: A phrase replaces a chosen part of it when it has this share of the part's occurrences.
_UPGRADE_SHARE = 1 / 3
#: In a language without a stop-word list, words this short count as stop words.
_SHORT = 3


@dataclass
class _Candidate:
    """A phrase's occurrences, the clause it first occurs in, and how it is written."""

    __slots__ = ("count", "first", "spellings")
    count: int
    first: int
    spellings: dict[str, int]


def keyphrases(document: Document, count: int) -> list[str]:
    """The ``count`` best key phrases of a segmented article, best first."""
    if count == 0 or not document.sentences:
        return []
    stop = languages.every_stop_word(document.language)
    stem = languages.stemmer(document.language)
    shortest = 2 if stop else _SHORT + 1  # without a list, short words are the stop words
    candidates: dict[tuple[str, ...], _Candidate] = {}
    term_counts: Counter[str] = Counter()
    for position, (tokens, text) in enumerate(_clauses(document)):
        lowered = [t.lower() for t, _, _ in tokens]
        keys = [stem(t) for t in lowered]
        stops = [t in stop or len(t) < shortest for t in lowered]
        term_counts.update(k for k, s in zip(keys, stops, strict=True) if not s)
        for start, end in _spans(stops, tokens, text):
            key = tuple(keys[start:end])
            spelling = text[tokens[start][1]:tokens[end - 1][2]]
            found = candidates.get(key)
            if found is None:
                candidates[key] = _Candidate(1, position, {spelling: 1})
                continue
            found.count += 1
            found.spellings[spelling] = found.spellings.get(spelling, 0) + 1
    scores = {key: _score(key, c, term_counts) for key, c in candidates.items()
              if len(key) == 1 or c.count > 1}
    scored = sorted(((key, candidates[key]) for key, score in scores.items() if score > 0),
                    key=lambda kv: -scores[kv[0]])
    return _distinct(scored, count)


def _clauses(document: Document) -> Iterator[tuple[list[tuple[str, int, int]], str]]:
    """Every clause of every sentence: its words with their offsets in the sentence, and the
    sentence (one scan of each sentence finds both words and clause breaks)."""
    for sentence in document.sentences:
        text = sentence.text
        tokens: list[tuple[str, int, int]] = []
        for match in _TOKEN.finditer(text):
            if match.lastgroup == "word":
                tokens.append((match.group(), match.start(), match.end()))
            elif tokens:
                yield tokens, text
                tokens = []
        if tokens:
            yield tokens, text


def _spans(stops: list[bool], tokens: list[tuple[str, int, int]],
           text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every candidate phrase among a clause's words."""
    #: whether word i follows word i - 1 after nothing but spaces ("U.S.", "5/10" do not)
    spaced = [False] + [text[tokens[i - 1][2]:tokens[i][1]].isspace()
                        for i in range(1, len(tokens))]
    for start in range(len(tokens)):
        if stops[start]:
            continue
        yield start, start + 1
        inner_stops = 0
        for last in range(start + 1, min(start + MAX_WORDS, len(tokens))):
            if not spaced[last]:
                break
            if stops[last]:
                inner_stops += 1
                if inner_stops > 1:
                    break
                continue
            yield start, last + 1


def _score(key: tuple[str, ...], candidate: _Candidate, term_counts: Counter[str]) -> float:
    """Occurrences times the summed counts of the phrase's content words, more for a phrase
    met early (the lead of a news article states its subject). A phrase of several words
    must occur twice: once is a phrase of a sentence, not of the article."""
    if len(key) > 1 and candidate.count < 2:
        return 0.0
    weight = sum(term_counts[k] for k in key if k in term_counts)
    return candidate.count * weight / math.log2(candidate.first + 2)


def _distinct(scored: list[tuple[tuple[str, ...], _Candidate]], count: int) -> list[str]:
    """The best phrases, none a part of another. A longer phrase takes the place of a chosen
    part of it when it accounts for at least :data:`_UPGRADE_SHARE` of the part's occurrences
    ("combat" becomes "combat mission"); otherwise it is skipped, as is a part of a chosen one."""
    chosen: list[tuple[frozenset[str], _Candidate]] = []
    for key, candidate in scored:
        if len(chosen) == count and len(key) == 1:
            continue  # nothing left for a single word to do: it cannot replace a part
        words = frozenset(key)
        inside = [i for i, (other, _) in enumerate(chosen) if words <= other or other <= words]
        if not inside:
            if len(chosen) < count:
                chosen.append((words, candidate))
            continue
        if len(inside) == 1:
            other, part = chosen[inside[0]]
            if other < words and candidate.count >= _UPGRADE_SHARE * part.count > 0:
                chosen[inside[0]] = (words, candidate)
    return [max(c.spellings, key=c.spellings.__getitem__) for _, c in chosen]
