"""Generators of candidate headlines, each returning :class:`Candidate` lists:

- :func:`lead_candidates`: the lead sentence compressed (see :mod:`.compression`);
- :func:`topic_candidates`: TOPIARY-like (Zajic et al., 2004) "key phrase: compressed clause",
  the key phrase being the article's top-ranked name or term not already in the clause;
- :func:`top_sentence_candidates`: the ranker's best sentence compressed, when it is not the
  lead.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .. import languages
from ..segmenting import Document, Sentence
from .compression import MIN_WORDS, compress, fit
from .rules import Rules, rules_for
from .scoring import is_title, normal, term_set, top_terms
from .tokens import join_tokens, tokenize, word_count

#: A lead sentence has at least this many words (shorter first lines are kickers or titles).
LEAD_MIN_WORDS = 8


_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)]*$")


#: A key phrase has at least this many characters: "C" (of "vitamin C"), "GB" name no topic.
MIN_PHRASE_CHARS = 3


_QUESTION = re.compile(r"[?\uff1f\u061f][\"'\u201d\u2019\u00bb)]*$")


_POSSESSIVE = re.compile(r"['\u2019]s?$")


#: Particles inside a name: "François de Rugy", "Ursula von der Leyen".
_PARTICLES = frozenset("de du von van der da del di".split())


_HONORIFICS = frozenset("mr mrs ms dr m mme mlle herr frau sr sra".split())


@dataclass(frozen=True)
class Candidate:
    """A headline's tokens, the generator that made it, the index of the sentence it comes
    from and how many times :func:`~.compression.fit` shortened it (0: the whole compression)."""

    tokens: tuple[str, ...]
    generator: str
    source: int = -1
    cut: int = 0

    @property
    def text(self) -> str:
        return join_tokens(list(self.tokens))

    @property
    def opening(self) -> str:
        """The first word of the clause (after the key phrase of a topic-led candidate)."""
        return self.clause[0]

    @property
    def clause(self) -> tuple[str, ...]:
        """The tokens of the clause (after the key phrase of a topic-led candidate)."""
        if self.generator == "topic" and ":" in self.tokens:
            return self.tokens[self.tokens.index(":") + 1:]
        return self.tokens


def reported(sentence: Sentence, document: Document) -> bool:
    """Whether a sentence is the title, a quote (opens with a quote mark, says "I", "we"), a
    question (compressed, it is no sentence: "How does authorities react") or a fragment
    (opens in lower case, as after a wrong sentence split)."""
    first_person = rules_for(document.language).first_person
    return (is_title(normal(sentence.text), normal(document.title or ""))
            or _QUESTION.search(sentence.text) is not None
            or sentence.text[:1] in "\"\u201c\u00ab'" or sentence.text[:1].islower()
            or any(w.lower() in first_person and (w != w.upper() or w == "I")
                   for w in sentence.words))


def lead_sentence(document: Document, after: int = -1) -> Sentence | None:
    """The first real sentence (after index ``after``): long enough, ending like a sentence,
    not the title or a quote."""
    fallback = None
    for sentence in document.sentences[after + 1:after + 13]:
        if reported(sentence, document):
            continue
        if len(sentence.words) >= LEAD_MIN_WORDS and _TERMINAL.search(sentence.text):
            return sentence
        if fallback is None and len(sentence.words) >= MIN_WORDS + 2:
            fallback = sentence
    return fallback


def _surnames(document: Document) -> frozenset[str]:
    surnames = rules_for(document.language).surnames
    return surnames([s.words for s in document.sentences]) if surnames else frozenset()


def lead_candidates(
    document: Document, rules: Rules, words: int, lead: Sentence | None = None
) -> list[Candidate]:
    """Generator 1: the lead sentence (or ``lead``) compressed, at every length that fits."""
    lead = lead or lead_sentence(document)
    if lead is None:
        return []
    return _fitted(lead, "lead", document, rules, words)


def top_sentence_candidates(
    document: Document, scores: list[float], rules: Rules, words: int
) -> list[Candidate]:
    """Generator 3: the ranker's best sentence compressed, when it is not the lead."""
    lead = lead_sentence(document)
    if not scores:
        return []
    best = document.sentences[max(range(len(scores)), key=scores.__getitem__)]
    if (lead is None or best.index == lead.index or len(best.words) < MIN_WORDS + 2
            or reported(best, document)):
        return []
    return _fitted(best, "top", document, rules, words)


def _fitted(
    sentence: Sentence, generator: str, document: Document, rules: Rules, words: int
) -> list[Candidate]:
    fitted = fit(compress(sentence.text, rules, _surnames(document)), rules, words)
    return [Candidate(tuple(t), generator, sentence.index, k) for k, t in enumerate(fitted)]


def key_phrases(document: Document, weights: dict[str, float], limit: int = 3) -> list[str]:
    """The article's best names or key words, best first: runs of capitalised words inside
    sentences (not sentence-initial, no day or month, no honorific, not a source named by an
    attribution: "selon Le Parisien"; "de" and the like may join them) and the surface forms of
    the top key terms, seen at least twice."""
    rules = rules_for(document.language)
    skip = rules.function_words | rules.calendar
    found: Counter[str] = Counter()
    cited: Counter[str] = Counter()  # seen as a source more often than not: not a topic
    for sentence in document.sentences:
        run: list[str] = []
        words = [*sentence.words, ""]
        for k, word in enumerate(words):
            if k > 0 and word[:1].isupper() and word.lower() not in skip or (
                    run and word in _PARTICLES and words[k + 1][:1].isupper()):
                run.append(_POSSESSIVE.sub("", word))
                continue
            if run and len(run) <= 4 and run[0].lower() not in _HONORIFICS:
                before = {w.lower() for w in words[max(0, k - len(run) - 3):k - len(run)]}
                (cited if before & rules.sources else found)[" ".join(run)] += 1
            run = []
    named = Counter(found)
    found.update(_key_words(document, weights))
    scored = {
        phrase: math.fsum(weights.get(t, 0.0) for t in term_set(phrase, document.language))
        * min(n, 3)
        for phrase, n in found.items()
        if n >= 2 and cited[phrase] <= named[phrase] and len(phrase) >= MIN_PHRASE_CHARS
    }
    best: list[str] = []
    for phrase in sorted(scored, key=lambda p: (-scored[p], p)):
        terms = term_set(phrase, document.language)
        if not any(_overlaps(terms, term_set(b, document.language)) for b in best):
            best.append(phrase)
    return best[:limit]


def _key_words(document: Document, weights: dict[str, float], top: int = 3) -> Counter[str]:
    """The commonest surface form of each of the ``top`` key terms, with its count, when it
    is a noun: by the language's lexicon where it has one (English) ("Wine", not "Expected"),
    elsewhere when an article comes before it at least once ("la canicule")."""
    rules = rules_for(document.language)
    stem = languages.stemmer(document.language)
    forms: dict[str, Counter[str]] = {t: Counter() for t in top_terms(weights, top)}
    after_article: set[str] = set()
    for sentence in document.sentences:
        for k, word in enumerate(sentence.words):
            term = stem(word.lower())
            if term in forms:
                forms[term][word] += 1
                if k and sentence.words[k - 1].lower() in rules.articles | rules.droppable:
                    after_article.add(word.lower())
    noun = rules.is_noun
    out: Counter[str] = Counter()
    for counts in forms.values():
        if counts:
            # the commonest form, and of equally common ones not the shouted "LONDON"
            word = _POSSESSIVE.sub("", max(counts, key=lambda w: (counts[w], not w.isupper())))
            if len(word) > 3 and "'" not in word and "\u2019" not in word and (
                    noun(word) if noun else word.lower() in after_article):
                out[word] = sum(counts.values())
    return out


def _overlaps(terms: set[str], others: set[str]) -> bool:
    """Whether a term shares a stem with, or is a prefix of, one of ``others`` ("iraq"/"iraqi")."""
    return any(a.startswith(b) or b.startswith(a) for a in terms for b in others)


def topic_candidates(
    document: Document, weights: dict[str, float], pool: list[Candidate], rules: Rules,
    words: int,
) -> list[Candidate]:
    """Generator 2: "key phrase: clause", the clause being the longest compression of the
    lead and of the top sentence in ``pool``, the key phrase one it does not already contain."""
    clauses = [next((c for c in pool if c.generator == g), None) for g in ("lead", "top")]
    out = []
    phrases = key_phrases(document, weights)
    for source, clause in ((c.source, list(c.tokens)) for c in clauses if c):
        clause_terms = term_set(join_tokens(clause), document.language)
        for phrase in phrases:
            if _overlaps(term_set(phrase, document.language), clause_terms):
                continue
            head = tokenize(phrase) + [":"]
            room = words - word_count(head)
            if room < MIN_WORDS - 1:
                continue
            for k, body in enumerate(fit(clause, rules, room)):
                if re.split(r"['\u2019]", body[0].lower())[0] in rules.articles:
                    body = [body[0].lower(), *body[1:]]  # "Écoles : le gouvernement..."
                out.append(Candidate(tuple(head + body), "topic", source, k))
    return out
