"""Candidate headlines generated from the article body, pooled and ranked by one scorer.

The steps, one module each: :mod:`.generation` makes candidates (the lead, a key phrase in
front of a clause, the ranker's best sentence), :mod:`.compression` cuts a sentence down to
headline grammar and a word limit, :mod:`.scoring` ranks the pool and checks the style rules
(:func:`~.scoring.violations`), :mod:`.styling` sets the case. What differs between languages
lives in :mod:`.rules` and ``lang/<code>.py``. The title detected by cleaning
(``document.title``) is never offered.
"""

from __future__ import annotations

from ..segmenting import Document
from .generation import (
    Candidate,
    lead_candidates,
    lead_sentence,
    top_sentence_candidates,
    topic_candidates,
)
from .rules import rules_for
from .scoring import (
    is_title,
    normal,
    opens_clause,
    opens_with_pronoun,
    score,
    term_weights,
    top_terms,
    violations,
)
from .styling import apply_case

#: How many sentences after the lead are tried when no candidate obeys the rules.
FALLBACK_SENTENCES = 5


def candidates(
    document: Document, scores: list[float], *, count: int, words: int, case: str
) -> list[str]:
    """Up to ``count`` headlines for a segmented document, best first."""
    rules = rules_for(document.language)
    weights = term_weights(document)
    lead = lead_sentence(document)
    pool = lead_candidates(document, rules, words, lead)
    if lead is not None and pool and opens_with_pronoun(pool[0].opening, rules):
        # "C'est vers minuit que...": the lead refers back to what the body does not hold
        # (a standfirst cut off), so the next sentence competes with it
        following = lead_sentence(document, after=lead.index)
        pool += lead_candidates(document, rules, words, following) if following else []
    pool += top_sentence_candidates(document, scores, rules, words)
    pool += topic_candidates(document, weights, pool, rules, words)
    out = _offer(pool, document, weights, count=count, words=words, case=case)
    for _ in range(FALLBACK_SENTENCES):  # nothing obeys the rules: try the next sentences
        if out or lead is None:
            break
        lead = lead_sentence(document, after=lead.index)
        if lead is not None:
            out = _offer(lead_candidates(document, rules, words, lead), document, weights,
                         count=count, words=words, case=case)
    return out


def _offer(
    pool: list[Candidate], document: Document, weights: dict[str, float], *, count: int,
    words: int, case: str,
) -> list[str]:
    """The ``count`` best candidates of ``pool`` that obey the rules, are not the title and
    do not open like a fragment, deduplicated, in the chosen case."""
    rules = rules_for(document.language)
    title = normal(document.title or "")
    top = frozenset(top_terms(weights, 5))
    ranked = sorted(pool, key=lambda c: -score(c, weights, document.language, top))
    out: list[str] = []
    seen: set[str] = set()
    for candidate in ranked:
        text = candidate.text.replace(": ", rules.colon, 1)
        key = normal(text)
        if (key in seen or is_title(key, title) or opens_clause(candidate.clause, rules)
                or violations(text, document.language, words=words)):
            continue
        seen.add(key)
        out.append(apply_case(text, case, document.language))
        if len(out) == count:
            break
    return out
