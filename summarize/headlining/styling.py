"""Styling: a candidate in sentence case or title case, as the language writes titles."""

from __future__ import annotations

from .rules import rules_for
from .tokens import CLOSE, OPEN, is_word

#: "Title case" small words, lower-case unless first or last (AP and Chicago style guides).
_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs en de".split())


def apply_case(headline: str, case: str, language: str) -> str:
    if case == "title":
        return _title_case(headline, language)
    return headline[:1].upper() + headline[1:]


def _title_case(headline: str, language: str) -> str:
    rules = rules_for(language)
    small = _SMALL | rules.function_words if rules.title_lower_function_words else _SMALL
    tokens = headline.split(" ")
    words_at = [i for i, t in enumerate(tokens) if is_word(t)]
    out = []
    for i, token in enumerate(tokens):
        core = token.strip(OPEN + CLOSE + '"')
        edge = i in (words_at[:1] + words_at[-1:]) or (i > 0 and tokens[i - 1].endswith(":"))
        if core.lower() in small and not edge:
            out.append(token.replace(core, core.lower(), 1))
        elif token.islower():
            out.append("-".join(p[:1].upper() + p[1:] for p in token.split("-")))
        else:
            out.append(token)  # names keep their case: "al-Kadhimi", "iPhone"
    return " ".join(out)
