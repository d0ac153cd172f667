"""Compression: one sentence cut down to headline grammar without a parser, in the spirit of
Hedge Trimmer (Dorr et al., 2003): datelines, attributions, time expressions, leading and
trailing clauses, brackets and articles go; a language's ``rewrite`` hook (English) gives
verbs headline form. :func:`fit` then shortens the result to a word limit."""

from __future__ import annotations

import re

from .rules import Rules, pattern
from .tokens import CLOSE, OPEN, balance, is_function_word, is_word, tokenize, word_count

#: Shortest candidate worth offering, in words.
MIN_WORDS = 3


_DATELINE = re.compile(
    r"^(?:\(?[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3}\)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+"
    r"|[A-Z][A-Z .,'-]{2,40}:)\s+"
)


#: An aside between dashes: "Blunkett - who has resigned - built" (when it opens in lower case).
_DASHED = re.compile(r"\s[-\u2013\u2014]+\s([^-\u2013\u2014]{1,100}?)\s[-\u2013\u2014]+\s")


_BRACKETS = re.compile(r"\s*(?:\([^()]*\)|\[[^\]]*\])")


_SPACES = re.compile(r"\s+")


_DANGLING = re.compile(r"(?<!\s)\s+([,;:.!?])|([,;:])(?=\s*[,;:.!?])|^[\s,;:]+")


#: Stripped off a sentence's end (by rstrip: a "[...]+$" pattern is quadratic on a long run).
_TRAILING = " ,;:\u2013\u2014-"


#: A possessive left alone when the time expression it belonged to went ("next week's").
_ORPHAN_POSSESSIVE = re.compile(r"(?<!\S)['\u2019]s\b")


_CLAUSE_MARK = re.compile(r"\s*(?:;|\s[-\u2013\u2014]+\s|:\s)")


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
    text = _drop_apposition(text, rules)
    return _cut_trailing_clause(text, rules)


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", _ORPHAN_POSSESSIVE.sub("", text))
    text = _DANGLING.sub(lambda m: m.group(1) or "", text).rstrip(_TRAILING)
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


def _drop_apposition(text: str, rules: Rules) -> str:
    """ "Ask Jeeves, once a top name on the web, is now" -> "Ask Jeeves is now". What opens
    with an auxiliary is the main verb's phrase, no apposition ("Hitch, has topped ...")."""
    parts = text.split(", ")
    if len(parts) < 3:
        return text
    for i in range(1, len(parts) - 1):
        inner, after = parts[i], parts[i + 1]
        if (len(inner.split()) <= 12 and inner[:1].islower() and after[:1].islower()
                and not after.startswith(("and ", "or "))
                and inner.split(" ", 1)[0] not in rules.auxiliaries):
            return _drop_apposition(", ".join(parts[:i]) + " " + ", ".join(parts[i + 1:]), rules)
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
    return rules.rewrite(tokens, names) if rules.rewrite else tokens


def fit(tokens: list[str], rules: Rules, words: int) -> list[list[str]]:
    """Shortenings of ``tokens`` that obey the length and ending rules, longest first.

    Cut points are clause and prepositional boundaries; when none gives a short enough
    candidate, the words are truncated. Trailing function words and punctuation are trimmed;
    candidates that end in a phrase cut short ("cars equipped") are left out.
    """
    cuts = [i for i in range(MIN_WORDS, len(tokens))
            if tokens[i].lower() in rules.prepositions or tokens[i].lower() in rules.clause_cuts
            or tokens[i] in ",;:"]
    if rules.cut_points:
        cuts = sorted({*cuts, *rules.cut_points(tokens, MIN_WORDS + 1)})
    results: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for end in [len(tokens), *reversed(cuts)]:
        candidate = finish(tokens[:end], rules, words)
        if (candidate and word_count(candidate) >= MIN_WORDS and tuple(candidate) not in seen
                and not (rules.dangles and rules.dangles(candidate))):
            seen.add(tuple(candidate))
            results.append(candidate)
    return results


def _boundary(token: str, rules: Rules) -> bool:
    low = token.lower()
    return not is_word(token) or low in rules.prepositions or low in rules.clause_cuts


def finish(tokens: list[str], rules: Rules, words: int) -> list[str]:
    """Truncate to ``words`` words, balance brackets and quotes, trim a dangling end. A cut
    inside a phrase ("tops North American box", "to deport terror") gives nothing: words may
    only be cut before a boundary (punctuation, a preposition, a clause cut)."""
    out: list[str] = []
    for k, token in enumerate(tokens):
        if is_word(token) and word_count(out) >= words:
            if not _boundary(tokens[k], rules):
                return []
            break
        out.append(token)
    out = balance(out)
    while out and (not is_word(out[-1]) and out[-1] not in CLOSE[5:] + '"'
                   or is_function_word(out[-1], rules) or out[-1] in ",;:.!?"):
        out.pop()
    while out and not is_word(out[0]) and out[0] not in OPEN + '"':
        out.pop(0)
    return balance(out)
