"""Candidate headlines generated from the article body (see issue 4; work in progress).

Contract used by the pipeline and the CLI:
- ``check_options(count, words, case)`` raises OptionError for invalid values.
- ``candidates(document, scores, *, count, words, case) -> list[str]`` from a segmented
  document and the ranker's scores (reused, not recomputed).
- ``headlines(text, count=5, language="auto", *, words=10, case="sentence") -> list[str]``.
"""

from __future__ import annotations

from .errors import OptionError
from .segmenting import Document

CASES = ("sentence", "title")


def check_options(*, count: int, words: int, case: str) -> None:
    if count < 0:
        raise OptionError(f"--headlines must be 0 or more, not {count}")
    if words < 2:
        raise OptionError(f"--headline-words must be at least 2, not {words}")
    if case not in CASES:
        raise OptionError(f"--headline-case must be one of {', '.join(CASES)}, not {case!r}")


def candidates(
    document: Document, scores: list[float], *, count: int, words: int, case: str
) -> list[str]:
    lead = document.sentences[0].words[:words]
    return [" ".join(lead)][:count]


def headlines(
    text: str, count: int = 5, language: str = "auto", *, words: int = 10, case: str = "sentence"
) -> list[str]:
    from .pipeline import summarize

    return summarize(text, language=language, headlines=count, headline_words=words,
                     headline_case=case).headlines
