"""Candidate headlines generated from the article body, pooled and ranked by a learned model.

The steps, one module each: :mod:`.generation` makes candidates (the lead, a key phrase in
front of a clause, the ranker's best sentence), :mod:`.compression` cuts a sentence down to
headline grammar and a word limit, :mod:`.scoring` checks the style rules
(:func:`~.scoring.violations`), :mod:`.features` measures each candidate and :mod:`.model`
ranks them, :mod:`.styling` sets the case. What differs between languages lives in
:mod:`.rules` and ``lang/<code>.py``. The title detected by cleaning (``document.title``) is
never offered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..segmenting import Document
from .features import context, features
from .generation import (
    Candidate,
    lead_candidates,
    lead_sentence,
    reported,
    top_sentence_candidates,
    topic_candidates,
)
from .model import shipped
from .rules import rules_for
from .scoring import normal, opens_clause, opens_with_pronoun, term_weights, violations
from .styling import apply_case

#: How many sentences after the lead (no quotes) are tried when no candidate obeys the rules.
FALLBACK_SENTENCES = 10


@dataclass(frozen=True)
class Offer:
    """A candidate that obeys the rules, with its text as offered (the language's colon)."""

    candidate: Candidate
    text: str


def candidates(
    document: Document, scores: list[float], *, count: int, words: int, case: str
) -> list[str]:
    """Up to ``count`` headlines for a segmented document, best first."""
    out: list[str] = []
    seen: set[str] = set()
    for offer in ranked(document, scores, words=words):
        key = normal(offer.text)
        if key not in seen:
            seen.add(key)
            out.append(apply_case(offer.text, case, document.language))
        if len(out) == count:
            break
    return out


def ranked(document: Document, scores: Sequence[float], *, words: int) -> list[Offer]:
    """Every offer (:func:`offers`), best first by the shipped model."""
    found = offers(document, scores, words=words)
    measured = context(document, scores, term_weights(document), words)
    values = shipped().scores([features(o.candidate, measured) for o in found])
    order = sorted(range(len(found)), key=lambda k: (-values[k], k))
    return [found[k] for k in order]


def offers(document: Document, scores: Sequence[float], *, words: int) -> list[Offer]:
    """Every candidate that obeys the rules and does not open like a fragment, in the order
    generated; when none does, the leads of the next sentences are tried."""
    rules = rules_for(document.language)
    weights = term_weights(document)
    lead = lead_sentence(document)
    pool = lead_candidates(document, rules, words, lead)
    if lead is not None and pool and opens_with_pronoun(pool[0].opening, rules):
        # "C'est vers minuit que...": the lead refers back to what the body does not hold
        # (a standfirst cut off), so the next sentence competes with it
        following = lead_sentence(document, after=lead.index)
        pool += lead_candidates(document, rules, words, following) if following else []
    pool += top_sentence_candidates(document, list(scores), rules, words)
    pool += topic_candidates(document, weights, pool, rules, words)
    out = _obeying(pool, document, words)
    if not out:  # nothing obeys the rules: the next sentences that are no quote, in order
        later = document.sentences[lead.index + 1 if lead else 0:]
        for sentence in [s for s in later if not reported(s, document)][:FALLBACK_SENTENCES]:
            out = _obeying(lead_candidates(document, rules, words, sentence), document, words)
            if out:
                break
    return out


def _obeying(pool: list[Candidate], document: Document, words: int) -> list[Offer]:
    rules = rules_for(document.language)
    out = []
    for candidate in pool:
        text = candidate.text.replace(": ", rules.colon, 1)
        if not (opens_clause(candidate.clause, rules) or violations(
                text, document.language, words=words, title=document.title)):
            out.append(Offer(candidate, text))
    return out
