"""The word tokenizers, defined once and shared by every step.

Three kinds, each for a reason:

- :func:`words`: the segmenter's words, letters with inner apostrophes and hyphens
  ("al-Kadhimi", "don't"), the unit of ranking, selection budgets and headlines;
- :func:`letter_runs`: runs of letters only, which cleaning counts and language detection
  reads ("al-Kadhimi" is two; digits never count, so a row of scores has no words);
- :func:`alphanumeric`: letters and digits, the unit of ROUGE outside English.

A letter carries its combining marks: the standard library's ``re`` does not count marks as
word characters, so it cut Malayalam and Hindi words at every vowel sign ("മലയാളം" was three
words) and decomposed (NFD) Latin at every accent ("fu" + "r" for "für"); the ``regex``
package (nltk's own dependency) follows Unicode's definition of a word character. Tokens are
in composed form (NFC), as stop-word lists and stemmers are, and invisible format characters
inside words (soft hyphens, word joiners) do not split them.
"""

from __future__ import annotations

import re
import unicodedata

import regex

_WORD = regex.compile(r"[^\W\d_][^\W_]*(?:['\u2019-][^\W\d_][^\W_]*)*")
LETTERS = regex.compile(r"[^\W\d_]+")
_ALPHANUMERIC = regex.compile(r"[^\W_]+")

#: Soft hyphens (hyphenation hints from the page), word joiners and byte-order marks:
#: invisible, and inside words. A zero-width space separates words (Thai writes it between
#: them); zero-width (non-)joiners belong to Persian and Indic words and stay in them.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")


#: Scripts written without spaces between words (Han, kana).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(text: str) -> tuple[str, ...]:
    """Word tokens: runs of letters (with digits, inner apostrophes and hyphens), no punctuation."""
    return tuple(_WORD.findall(canonical(text)))


def letter_runs(text: str) -> list[str]:
    """Runs of letters, nothing else."""
    return LETTERS.findall(canonical(text))


def alphanumeric(text: str) -> list[str]:
    """Runs of letters and digits."""
    return _ALPHANUMERIC.findall(canonical(text))


def composed(text: str) -> str:
    """``text`` in Unicode's composed form (NFC), the form of stop-word lists and stemmers."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def canonical(text: str) -> str:
    """``text`` composed, without invisible format characters: what tokens are cut from."""
    return composed(_INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text)
