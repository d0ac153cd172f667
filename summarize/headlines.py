"""Candidate headlines generated from the article body, pooled and ranked by one scorer.

Generators (each testable alone, each returning token lists):

- :func:`lead_candidates`: the lead sentence compressed in the spirit of Hedge Trimmer
  (Dorr et al., 2003) without a parser: datelines, attributions, time expressions, leading
  and trailing clauses, brackets and articles go; English verbs take headline form.
- :func:`topic_candidates`: TOPIARY-like (Zajic et al., 2004) "key phrase: compressed clause",
  the key phrase being the article's top-ranked name or term not already in the clause.
- :func:`top_sentence_candidates`: the ranker's best sentence compressed, when it is not the
  lead.

:func:`score` ranks the pool: coverage of the article's key terms, fluency cues and length.
Every candidate offered obeys the style rules checked by :func:`violations`; the title
detected by cleaning (``document.title``) is never offered.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from . import languages, segmenting
from .errors import OptionError
from .headline_rules import Rules, pattern, rules_for
from .reading import Article
from .segmenting import Document, Sentence

CASES = ("sentence", "title")
#: Shortest candidate worth offering, in words.
MIN_WORDS = 3
#: How many sentences after the lead are tried when no candidate obeys the rules.
FALLBACK_SENTENCES = 5
#: A lead sentence has at least this many words (shorter first lines are kickers or titles).
LEAD_MIN_WORDS = 8

_OPEN = "([{\u201c\u2018\u00ab"
_CLOSE = ",;:.!?)]}\u201d\u00bb\u2026"
_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("(", ")"), ("[", "]"), ("{", "}"))
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)]*$")
_HAS_WORD = re.compile(r"[^\W_]")
_DATELINE = re.compile(
    r"^(?:\(?[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3}\)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+"
    r"|[A-Z][A-Z .,'-]{2,40}:)\s+"
)
#: A word after an elided one ("c'est", "qu'il").
_ELIDED = re.compile(r"^([^\W\d_]+)['\u2019]([^\W\d_]+)$")
#: An inverted subject pronoun: "sera-t-il", "est-elle".
_INVERSION = re.compile(r"(?:-t)?-(?:il|elle|on|ils|elles)-?$")
#: An aside between dashes: "Blunkett - who has resigned - built" (when it opens in lower case).
_DASHED = re.compile(r"\s[-\u2013\u2014]+\s([^-\u2013\u2014]{1,100}?)\s[-\u2013\u2014]+\s")
_BRACKETS = re.compile(r"\s*(?:\([^()]*\)|\[[^\]]*\])")
_SPACES = re.compile(r"\s+")
_DANGLING = re.compile(r"\s+([,;:.!?])|([,;:])(?=\s*[,;:.!?])|^[\s,;:]+|[\s,;:\u2013\u2014-]+$")
_CLAUSE_MARK = re.compile(r"\s*(?:;|\s[-\u2013\u2014]+\s|:\s)")
#: "Title case" small words, lower-case unless first or last (AP and Chicago style guides).
_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs en de".split())
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: Particles inside a name: "François de Rugy", "Ursula von der Leyen".
_PARTICLES = frozenset("de du von van der da del di".split())
_HONORIFICS = frozenset("mr mrs ms dr m mme mlle herr frau sr sra".split())


def check_options(*, count: int, words: int, case: str) -> None:
    if count < 0:
        raise OptionError(f"--headlines must be 0 or more, not {count}")
    if words < 2:
        raise OptionError(f"--headline-words must be at least 2, not {words}")
    if case not in CASES:
        raise OptionError(f"--headline-case must be one of {', '.join(CASES)}, not {case!r}")


# --- tokens ---------------------------------------------------------------------------------

def tokenize(text: str) -> list[str]:
    """Whitespace tokens with opening and closing punctuation split off as tokens of their own."""
    tokens: list[str] = []
    for chunk in text.split():
        head: list[str] = []
        while chunk and (chunk[0] in _OPEN or chunk[0] == '"'):
            head.append(chunk[0])
            chunk = chunk[1:]
        tail: list[str] = []
        while chunk and (chunk[-1] in _CLOSE or chunk[-1] in "\"\u2019'") and not (
                chunk[-1] == "." and "." in chunk[:-1] and chunk[-2].isalpha()):
            if chunk[-1] in "\u2019'" and not chunk[:-1].endswith("s"):
                break  # an apostrophe, not a closing quote
            tail.append(chunk[-1])
            chunk = chunk[:-1]
        tokens.extend(head)
        if chunk:
            tokens.append(chunk)
        tokens.extend(reversed(tail))
    return tokens


def is_word(token: str) -> bool:
    return bool(_HAS_WORD.search(token))


def render(tokens: list[str]) -> str:
    """Join tokens with the spacing of ordinary prose."""
    out = ""
    quote_open = False
    for token in tokens:
        if token == '"':
            quote_open = not quote_open
            glue = not quote_open  # a closing quote sticks to the word before it
        else:
            glue = token in _CLOSE or token in "\u2019'"
        if out and not glue and not out.endswith(tuple(_OPEN)) and not (
                quote_open and out.endswith('"') and token != '"'):
            out += " "
        out += token
    return out


def is_function_word(token: str, rules: Rules) -> bool:
    """A function word, alone or after an elided one: "de", "c'est", "d'un", "jusqu'à",
    "l'un" (not "l'été", "aujourd'hui", "Biden's")."""
    low = token.lower()
    if low in rules.function_words:
        return True
    m = _ELIDED.match(low)
    if not m or m.group(1) not in rules.function_words | rules.subordinators:
        return False
    head, tail = m.groups()
    # after an article comes a noun ("l'été", "l'est"), unless it is "l'un", "l'on"
    return tail in (rules.articles | rules.pronouns if head in rules.articles
                    else rules.function_words)


def word_count(tokens: list[str]) -> int:
    return sum(1 for t in tokens if is_word(t))


# --- compression ----------------------------------------------------------------------------

def trim_clauses(text: str, rules: Rules) -> str:
    """Sentence-level cuts: dateline, brackets, attributions, time, leading and trailing clauses."""
    text = _DASHED.sub(lambda m: " " if m.group(1)[:1].islower() else m.group(0), text)
    text = _DATELINE.sub("", text, count=1)
    text = _BRACKETS.sub("", text)
    if rules.attribution:
        text = pattern(rf"^{rules.attribution},\s*").sub("", text, count=1)
        text = pattern(rf",\s*{rules.attribution},").sub("", text)
    for source, replacement in rules.verbs:
        text = pattern(source).sub(replacement, text)
    if rules.trailing_attribution:
        text = pattern(rules.trailing_attribution).sub("", text)
    if rules.time:
        text = pattern(rules.time).sub("", text)
    text = _tidy(text)
    text = _drop_connectives(_drop_leading_clause(_drop_connectives(text, rules), rules), rules)
    text = _drop_apposition(text)
    return _cut_trailing_clause(text, rules)


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _DANGLING.sub(lambda m: m.group(1) or "", text)
    return text.strip().rstrip(".!?").strip()


def _drop_connectives(text: str, rules: Rules) -> str:
    """ "But then the firm..." -> "the firm..." """
    first, _, rest = text.partition(" ")
    while rest and first.lower().rstrip(",") in rules.connectives:
        text = rest
        first, _, rest = text.partition(" ")
    return text


def _drop_leading_clause(text: str, rules: Rules) -> str:
    """ "After talks in Paris, X did Y" -> "X did Y" (the opener must be a known clause word,
    or a participle: "Following...", "Cantonné à Meaux, X...")."""
    first = re.split(r"['\u2019]", text.split(" ", 1)[0].lower())[0]
    if (first not in rules.openers and first not in rules.subordinators
            and not (rules.participles and first.endswith(rules.participles))):
        return text
    head, comma, rest = text.partition(", ")
    if comma and len(rest.split()) >= 4:
        return rest
    return text


def _drop_apposition(text: str) -> str:
    """ "Ask Jeeves, once a top name on the web, is now" -> "Ask Jeeves is now"."""
    parts = text.split(", ")
    if len(parts) < 3:
        return text
    for i in range(1, len(parts) - 1):
        inner, after = parts[i], parts[i + 1]
        if (len(inner.split()) <= 12 and inner[:1].islower() and after[:1].islower()
                and not after.startswith(("and ", "or "))):
            return _drop_apposition(", ".join(parts[:i]) + " " + ", ".join(parts[i + 1:]))
    return text


def _cut_trailing_clause(text: str, rules: Rules) -> str:
    """Cut at ", which ...", "; ...", " - ..." once at least MIN_WORDS + 1 words precede."""
    cut = len(text)
    for match in re.finditer(r", (\S+)", text):
        if match.group(1).lower() in rules.clause_cuts and len(
                text[:match.start()].split()) > MIN_WORDS:
            cut = match.start()
            break
    for match in _CLAUSE_MARK.finditer(text):
        if len(text[:match.start()].split()) > MIN_WORDS:
            cut = min(cut, match.start())
            break
    return text[:cut]


def drop_words(tokens: list[str], rules: Rules) -> list[str]:
    """Drop articles and fillers: everywhere, or only leading ones (``articles_anywhere``)."""
    if rules.articles_anywhere:
        return [t for t in tokens if t.lower() not in rules.droppable]
    start = 0
    while start < len(tokens) - 1 and tokens[start].lower() in rules.droppable:
        start += 1
    return tokens[start:]


def compress(text: str, rules: Rules, names: frozenset[str] = frozenset()) -> list[str]:
    """One sentence compressed to headline grammar, as tokens (before fitting a length).

    ``names`` are surnames the article uses alone, which stand for the full name.
    """
    tokens = drop_words(tokenize(trim_clauses(text, rules)), rules)
    if rules.english:
        from .headline_english import present_tense, rewrite, shorten_names, shorten_subject

        tokens = shorten_names(shorten_subject(tokens), names)
        tokens = tokenize(" ".join(rewrite(present_tense(tokens))))
    return tokens


def fit(tokens: list[str], rules: Rules, words: int) -> list[list[str]]:
    """Shortenings of ``tokens`` that obey the length and ending rules, longest first.

    Cut points are clause and prepositional boundaries; when none gives a short enough
    candidate, the words are truncated. Trailing function words and punctuation are trimmed;
    English candidates that end in a phrase cut short ("cars equipped") are left out.
    """
    cuts = [i for i in range(MIN_WORDS, len(tokens))
            if tokens[i].lower() in rules.prepositions or tokens[i].lower() in rules.clause_cuts
            or tokens[i] in ",;:"]
    dangles = None
    if rules.english:
        from .headline_english import dangles, is_participle

        cuts = sorted({*cuts, *(i for i in range(MIN_WORDS + 1, len(tokens))
                                if is_participle(tokens[i]))})
    results: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for end in [len(tokens), *reversed(cuts)]:
        candidate = finish(tokens[:end], rules, words)
        if (candidate and word_count(candidate) >= MIN_WORDS and tuple(candidate) not in seen
                and not (dangles and dangles(candidate))):
            seen.add(tuple(candidate))
            results.append(candidate)
    return results


def finish(tokens: list[str], rules: Rules, words: int) -> list[str]:
    """Truncate to ``words`` words, balance brackets and quotes, trim a dangling end."""
    out: list[str] = []
    for token in tokens:
        if is_word(token) and word_count(out) >= words:
            break
        out.append(token)
    out = _balance(out)
    while out and (not is_word(out[-1]) and out[-1] not in _CLOSE[5:] + '"'
                   or is_function_word(out[-1], rules) or out[-1] in ",;:.!?"):
        out.pop()
    while out and not is_word(out[0]) and out[0] not in _OPEN + '"':
        out.pop(0)
    return _balance(out)


def _balance(tokens: list[str]) -> list[str]:
    """Drop every quote or bracket of a kind that is unbalanced."""
    bad = {c for pair in _QUOTE_PAIRS for c in pair
           if tokens.count(pair[0]) != tokens.count(pair[1])}
    if tokens.count('"') % 2:
        bad.add('"')
    return [t for t in tokens if t not in bad] if bad else tokens


# --- generators -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    tokens: tuple[str, ...]
    generator: str

    @property
    def text(self) -> str:
        return render(list(self.tokens))

    @property
    def opening(self) -> str:
        """The first word of the clause (after the key phrase of a topic-led candidate)."""
        if self.generator == "topic" and ":" in self.tokens:
            return self.tokens[self.tokens.index(":") + 1]
        return self.tokens[0]


def reported(sentence: Sentence, document: Document) -> bool:
    """Whether a sentence is the title, a quote (opens with a quote mark, says "I", "we") or
    a fragment (opens in lower case, as after a wrong sentence split)."""
    first_person = rules_for(document.language).first_person
    return (_is_title(_normal(sentence.text), _normal(document.title or ""))
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
    if not rules_for(document.language).english:
        return frozenset()
    from .headline_english import surnames

    return surnames([s.words for s in document.sentences])


def lead_candidates(
    document: Document, rules: Rules, words: int, lead: Sentence | None = None
) -> list[Candidate]:
    """Generator 1: the lead sentence (or ``lead``) compressed, at every length that fits."""
    lead = lead or lead_sentence(document)
    if lead is None:
        return []
    return [Candidate(tuple(t), "lead")
            for t in fit(compress(lead.text, rules, _surnames(document)), rules, words)]


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
    return [Candidate(tuple(t), "top")
            for t in fit(compress(best.text, rules, _surnames(document)), rules, words)]


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
        phrase: math.fsum(weights.get(t, 0.0) for t in _term_set(phrase, document.language))
        * min(n, 3)
        for phrase, n in found.items() if n >= 2 and cited[phrase] <= named[phrase]
    }
    best: list[str] = []
    for phrase in sorted(scored, key=lambda p: (-scored[p], p)):
        terms = _term_set(phrase, document.language)
        if not any(_overlaps(terms, _term_set(b, document.language)) for b in best):
            best.append(phrase)
    return best[:limit]


def _key_words(document: Document, weights: dict[str, float], top: int = 3) -> Counter[str]:
    """The commonest surface form of each of the ``top`` key terms, with its count, when it
    is a noun: in English by the lexicon ("Wine", not "Expected"), elsewhere when an article
    comes before it at least once ("la canicule")."""
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
    noun = None
    if rules.english:
        from .headline_english import is_noun_only as noun
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
    for clause in (list(c.tokens) for c in clauses if c):
        clause_terms = _term_set(render(clause), document.language)
        for phrase in phrases:
            if _overlaps(_term_set(phrase, document.language), clause_terms):
                continue
            head = tokenize(phrase) + [":"]
            room = words - word_count(head)
            if room < MIN_WORDS - 1:
                continue
            for body in fit(clause, rules, room)[:2]:
                if re.split(r"['\u2019]", body[0].lower())[0] in rules.articles:
                    body = [body[0].lower(), *body[1:]]  # "Écoles : le gouvernement..."
                out.append(Candidate(tuple(head + body), "topic"))
    return out


# --- scoring --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _not_key_terms(language: str) -> frozenset[str]:
    """Stems of function words and day and month names, never key terms (the stop-word
    lists of some languages lack words as common as French "de" and "une")."""
    rules = rules_for(language)
    stem = languages.stemmer(language)
    return frozenset(stem(w) for w in rules.function_words | rules.calendar)


def term_weights(document: Document) -> dict[str, float]:
    """Key terms: frequency across sentences, earlier sentences counting more; max 1."""
    weights: Counter[str] = Counter()
    skip = _not_key_terms(document.language)
    for sentence in document.sentences:
        boost = 1.0 + 5.0 / (1 + sentence.index)
        for term in set(sentence.terms) - skip:
            weights[term] += boost
    top = max(weights.values(), default=1.0)
    return {t: w / top for t, w in weights.items()}


def _term_set(text: str, language: str) -> set[str]:
    return set(segmenting.terms(segmenting.words(text), language))


def top_terms(weights: dict[str, float], count: int) -> list[str]:
    return sorted(weights, key=lambda t: (-weights[t], t))[:count]


def score(
    candidate: Candidate, weights: dict[str, float], language: str,
    top: frozenset[str] | None = None,
) -> float:
    """Key-term coverage per word, a bonus per top-5 key term (``top``, computed when not
    given), fluency cues and a preferred length (the language's ``target_words``)."""
    n = word_count(list(candidate.tokens))
    terms = _term_set(candidate.text, language)
    coverage = math.fsum(weights.get(t, 0.0) for t in terms)  # exact: set order can't matter
    top = frozenset(top_terms(weights, 5)) if top is None else top
    rules = rules_for(language)
    value = (coverage / n ** rules.per_word + 0.1 * len(terms & top)
             - 0.04 * abs(n - rules.target_words))
    if candidate.generator == "topic":
        value -= rules.topic_cost
    if _opens_with_pronoun(candidate.opening, rules):
        value -= 0.5
    return value


# --- rules and casing -----------------------------------------------------------------------

def violations(headline: str, language: str, *, words: int) -> list[str]:
    """The style rules ``headline`` breaks (an empty list when it obeys them all)."""
    rules = rules_for(language)
    tokens = tokenize(headline)
    found = []
    if not tokens or word_count(tokens) > words:
        found.append("length")
    if tokens and is_function_word(tokens[-1].strip(".!?"), rules):
        found.append("ending")
    if _balance(tokens) != tokens:
        found.append("unbalanced")
    if ":" not in tokens and (rules.english or rules.verb_forms) and not has_verb(tokens, rules):
        found.append("no verb")
    return found


def has_verb(tokens: list[str], rules: Rules) -> bool:
    """Whether a lower-case word after the first can be a verb: by the English lexicon, or by
    the language's verb forms and endings (after an elided pronoun or negation, "s'attendent",
    "n'est", "C'était"; before an inverted pronoun, "sera-t-il"), unless an article precedes
    it ("la porte", "le président", "l'été" are nouns) and its ending is not one only verbs
    have ("l'attendaient")."""
    if rules.english:
        from .headline_english import is_verb

        return any(t.isalpha() and t.islower() and is_verb(t) for t in tokens[1:])
    for k, token in enumerate(tokens):
        m = _ELIDED.match(token)
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


def apply_case(headline: str, case: str, language: str) -> str:
    if case == "title":
        return _title_case(headline, language)
    return headline[:1].upper() + headline[1:]


def _title_case(headline: str, language: str) -> str:
    small = _SMALL | rules_for(language).function_words if language != "english" else _SMALL
    tokens = headline.split(" ")
    words_at = [i for i, t in enumerate(tokens) if is_word(t)]
    out = []
    for i, token in enumerate(tokens):
        core = token.strip(_OPEN + _CLOSE + '"')
        edge = i in (words_at[:1] + words_at[-1:]) or (i > 0 and tokens[i - 1].endswith(":"))
        if core.lower() in small and not edge:
            out.append(token.replace(core, core.lower(), 1))
        elif token.islower():
            out.append("-".join(p[:1].upper() + p[1:] for p in token.split("-")))
        else:
            out.append(token)  # names keep their case: "al-Kadhimi", "iPhone"
    return " ".join(out)


# --- public API -----------------------------------------------------------------------------

def _opens_with_pronoun(text: str, rules: Rules) -> bool:
    """ "Il a...", "C'est...": the first word is a pronoun (elided or not)."""
    return re.split(r"['\u2019\s]", text.lower(), maxsplit=1)[0] in rules.pronouns


def _opens_clause(token: str, rules: Rules) -> bool:
    """ "Que l'épidémie...", "But the...": a connective or a subordinator opens a fragment."""
    word = re.split(r"['\u2019]", token.lower())[0]
    return word in rules.connectives or word in rules.subordinators


def _normal(text: str) -> str:
    return " ".join(w.lower() for w in segmenting.words(text))


def _is_title(key: str, title: str) -> bool:
    """Whether a normalised candidate is the title, holds it, or is most of it (60% of its
    words or more, in a row): a shortened title is no alternative to it."""
    if not title:
        return False
    short, long = sorted((key, title), key=len)
    return f" {short} " in f" {long} " and len(short.split()) >= 0.6 * len(long.split())


def candidates(
    document: Document, scores: list[float], *, count: int, words: int, case: str
) -> list[str]:
    """Up to ``count`` headlines for a segmented document, best first."""
    rules = rules_for(document.language)
    weights = term_weights(document)
    lead = lead_sentence(document)
    pool = lead_candidates(document, rules, words, lead)
    if lead is not None and pool and _opens_with_pronoun(pool[0].opening, rules):
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
    title = _normal(document.title or "")
    top = frozenset(top_terms(weights, 5))
    ranked = sorted(pool, key=lambda c: -score(c, weights, document.language, top))
    out: list[str] = []
    seen: set[str] = set()
    for candidate in ranked:
        text = candidate.text.replace(": ", rules.colon, 1)
        key = _normal(text)
        if (key in seen or _is_title(key, title) or _opens_clause(candidate.opening, rules)
                or violations(text, document.language, words=words)):
            continue
        seen.add(key)
        out.append(apply_case(text, case, document.language))
        if len(out) == count:
            break
    return out


def headlines(
    text: Article, count: int = 5, language: str = "auto", *, words: int = 10, case: str = "sentence"
) -> list[str]:
    """Up to ``count`` candidate headlines for an article (plain text or HTML), best first.

    Candidates come from the body only; the article's own title is never among them. Each has
    at most ``words`` words; ``case`` is 'sentence' or 'title'.
    """
    from .pipeline import summarize

    return summarize(text, language=language, headlines=count, headline_words=words,
                     headline_case=case).headlines
