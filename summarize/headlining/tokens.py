"""Headline tokens: words with opening and closing punctuation split off, and their prose
spacing; what counts as a word (a token with a letter or digit) and as a function word."""

from __future__ import annotations

import re

from .rules import Rules

OPEN = "([{\u201c\u2018\u00ab"


CLOSE = ",;:.!?)]}\u201d\u00bb\u2026"


_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("(", ")"), ("[", "]"), ("{", "}"))


_HAS_WORD = re.compile(r"[^\W_]")


#: A word after an elided one ("c'est", "qu'il").
ELIDED = re.compile(r"^([^\W\d_]+)['\u2019]([^\W\d_]+)$")


def tokenize(text: str) -> list[str]:
    """Whitespace tokens with opening and closing punctuation split off as tokens of their own."""
    tokens: list[str] = []
    for chunk in text.split():
        head: list[str] = []
        while chunk and (chunk[0] in OPEN or chunk[0] == '"'):
            head.append(chunk[0])
            chunk = chunk[1:]
        tail: list[str] = []
        while chunk and (chunk[-1] in CLOSE or chunk[-1] in "\"\u2019'") and not (
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


def join_tokens(tokens: list[str]) -> str:
    """Join tokens with the spacing of ordinary prose."""
    out = ""
    quote_open = False
    for token in tokens:
        if token == '"':
            quote_open = not quote_open
            glue = not quote_open  # a closing quote sticks to the word before it
        else:
            glue = token in CLOSE or token in "\u2019'"
        if out and not glue and not out.endswith(tuple(OPEN)) and not (
                quote_open and out.endswith('"') and token != '"'):
            out += " "
        out += token
    return out


def is_function_word(token: str, rules: Rules) -> bool:
    """A function word or a subordinator, alone or after an elided one: "de", "whether",
    "c'est", "d'un", "jusqu'à",
    "l'un" (not "l'été", "aujourd'hui", "Biden's")."""
    low = token.lower()
    if low in rules.function_words or low in rules.subordinators:  # "... about whether"
        return True
    m = ELIDED.match(low)
    if not m or m.group(1) not in rules.function_words | rules.subordinators:
        return False
    head, tail = m.groups()
    # after an article comes a noun ("l'été", "l'est"), unless it is "l'un", "l'on"
    return tail in (rules.articles | rules.pronouns if head in rules.articles
                    else rules.function_words)


def word_count(tokens: list[str]) -> int:
    return sum(1 for t in tokens if is_word(t))


def balance(tokens: list[str]) -> list[str]:
    """Drop every quote or bracket of a kind that is unbalanced."""
    bad = {c for pair in _QUOTE_PAIRS for c in pair
           if tokens.count(pair[0]) != tokens.count(pair[1])}
    if tokens.count('"') % 2:
        bad.add('"')
    return [t for t in tokens if t not in bad] if bad else tokens
