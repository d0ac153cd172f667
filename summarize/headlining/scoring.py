"""Measuring and checking candidates: the article's key terms and the style rules every
candidate offered obeys (:func:`violations`). The learned ranker that orders the candidates
is :mod:`.model`, on the features of :mod:`.features`."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from .. import languages, segmenting
from ..segmenting import Document
from ..words import words
from .rules import Rules, pattern, rules_for
from .tokens import ELIDED, balance, is_function_word, is_word, tokenize, word_count

#: An inverted subject pronoun: "sera-t-il", "est-elle".
_INVERSION = re.compile(r"(?:-t)?-(?:il|elle|on|ils|elles)-?$")


@functools.lru_cache(maxsize=None)
def _not_key_terms(language: str) -> frozenset[str]:
    """Stems of function words and day and month names, never key terms (the stop-word
    lists of some languages lack words as common as French "de" and "une")."""
    rules = rules_for(language)
    stem = languages.stemmer(language)
    return frozenset(stem(w) for w in rules.function_words | rules.calendar)


def term_weights(document: Document) -> dict[str, float]:
    """Key terms: frequency across sentences, earlier sentences counting more; max 1."""
    weights: defaultdict[str, float] = defaultdict(float)
    skip = _not_key_terms(document.language)
    for sentence in document.sentences:
        boost = 1.0 + 5.0 / (1 + sentence.index)
        for term in set(sentence.terms) - skip:
            weights[term] += boost
    top = max(weights.values(), default=1.0)
    return {t: w / top for t, w in weights.items()}


def term_set(text: str, language: str) -> set[str]:
    return set(segmenting.terms(words(text), language))


def top_terms(weights: dict[str, float], count: int) -> list[str]:
    return sorted(weights, key=lambda t: (-weights[t], t))[:count]


#: A possessive at the end ("... raised country's", "the workers'").
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])$", re.IGNORECASE)


def violations(headline: str, language: str, *, words: int, title: str | None = None) -> list[str]:
    """The style rules ``headline`` breaks (an empty list when it obeys them all): at most
    ``words`` words (tokens with a letter or digit), no ending on a function word (article,
    preposition, conjunction, possessive), no bare pronoun opening it or the clause after a
    key phrase, balanced quotes and brackets, a verb where the language can tell, and not
    the detected ``title``."""
    rules = rules_for(language)
    tokens = tokenize(headline)
    found = []
    if not tokens or word_count(tokens) > words:
        found.append("length")
    last = next((t for t in reversed(tokens) if is_word(t)), "")
    if tokens and (is_function_word(tokens[-1].strip(".!?"), rules)
                   or _POSSESSIVE_END.search(last) or tokens[-1] in "'\u2019"):
        found.append("ending")
    clause = tokens[tokens.index(":") + 1:] if ":" in tokens else tokens
    if any(part and opens_with_pronoun(part[0], rules) for part in (tokens, clause)):
        found.append("pronoun")
    if balance(tokens) != tokens:
        found.append("unbalanced")
    if ":" not in tokens and (rules.is_verb or rules.verb_forms) and not has_verb(tokens, rules):
        found.append("no verb")
    if title and is_title(normal(headline), normal(title)):
        found.append("title")
    return found


def has_verb(tokens: list[str], rules: Rules) -> bool:
    """Whether a lower-case word after the first can be a verb: by the English lexicon, or by
    the language's verb forms and endings (after an elided pronoun or negation, "s'attendent",
    "n'est", "C'était"; before an inverted pronoun, "sera-t-il"), unless an article precedes
    it ("la porte", "le président", "l'été" are nouns) and its ending is not one only verbs
    have ("l'attendaient")."""
    if rules.is_verb:
        return any(t.isalpha() and t.islower() and rules.is_verb(t) for t in tokens[1:])
    for k, token in enumerate(tokens):
        m = ELIDED.match(token)
        head, word = (m.group(1).lower(), m.group(2)) if m else ("", token)
        if m and head not in rules.function_words or not (m or k):
            continue
        word = _INVERSION.sub("", word)
        after_article = head in rules.articles or (
            not head and k and tokens[k - 1].lower() in rules.articles)
        if word.islower() and (word.endswith(rules.finite_endings) or not after_article and (
                word in rules.verb_forms or pattern(rules.verb_endings).search(word))):
            return True
    return False


def opens_with_pronoun(text: str, rules: Rules) -> bool:
    """ "Il a...", "C'est...": the first word is a pronoun (elided or not)."""
    return re.split(r"['\u2019\s]", text.lower(), maxsplit=1)[0] in rules.pronouns


def opens_clause(tokens: tuple[str, ...], rules: Rules) -> bool:
    """ "Que l'épidémie...", "But the...": a connective or a subordinator opens a fragment;
    "Will be ...": an auxiliary before a lower-case word opens a clause without its subject."""
    word = re.split(r"['\u2019]", tokens[0].lower())[0]
    if word in rules.connectives or word in rules.subordinators:
        return True
    return word in rules.auxiliaries and len(tokens) > 1 and tokens[1][:1].islower()


def normal(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


def is_title(key: str, title: str) -> bool:
    """Whether a normalised candidate is the title, holds it, or is most of it (60% of its
    words or more, in a row): a shortened title is no alternative to it."""
    if not title:
        return False
    short, long = sorted((key, title), key=len)
    return f" {short} " in f" {long} " and len(short.split()) >= 0.6 * len(long.split())
