"""The word tokenizers, defined once and shared by every step.

Three kinds, each for a reason:

- :func:`words`: the segmenter's words, letters with inner apostrophes and hyphens
  ("al-Kadhimi", "don't"), the unit of ranking, selection budgets and headlines;
- :func:`letter_runs`: runs of letters only, which cleaning counts and language detection
  reads ("al-Kadhimi" is two; digits never count, so a row of scores has no words);
- :func:`alphanumeric`: letters and digits, the unit of ROUGE outside English.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['\u2019-][^\W\d_][^\W_]*)*")
LETTERS = re.compile(r"[^\W\d_]+")
_ALPHANUMERIC = re.compile(r"[^\W_]+")


#: Scripts written without spaces between words (Han, kana).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(text: str) -> tuple[str, ...]:
    """Word tokens: runs of letters (with digits, inner apostrophes and hyphens), no punctuation."""
    return tuple(_WORD.findall(text))


def letter_runs(text: str) -> list[str]:
    """Runs of letters, nothing else."""
    return LETTERS.findall(text)


def alphanumeric(text: str) -> list[str]:
    """Runs of letters and digits."""
    return _ALPHANUMERIC.findall(text)
