"""summarize: offline extractive summaries and candidate headlines for news articles.

    >>> from summarize import summarize
    >>> result = summarize(text, sentences=3)
    >>> result.sentences, result.title, result.headlines

The pipeline reads top to bottom: :mod:`~summarize.reading` -> :mod:`~summarize.cleaning` ->
:mod:`~summarize.segmenting` -> :mod:`~summarize.ranking` -> :mod:`~summarize.selecting` ->
:mod:`~summarize.rendering`; :mod:`~summarize.headlining` adds candidate headlines.
The public functions live in :mod:`~summarize.pipeline`, their options in
:class:`~summarize.options.Options`.
Heavy dependencies (sumy, numpy, trafilatura) are imported only when a step needs them.
"""

import importlib
from typing import TYPE_CHECKING

from .errors import InputError, OptionError, SummarizeError
from .reading import Source, read_source
from .results import ArticleView, CleanedArticle, RemovedLine, ScoredSentence, Summary

if TYPE_CHECKING:  # what the lazy names below resolve to, for type checkers
    from .options import Options
    from .pipeline import clean, headlines, keywords, summarize, view
    from .ranking import ALGORITHMS

__version__ = "0.1.0"

#: Loaded on first use, so that `summarize --help` does not compile the cleaner's patterns.
_LAZY = {"clean": ".pipeline", "headlines": ".pipeline", "keywords": ".pipeline",
         "summarize": ".pipeline", "view": ".pipeline",
         "Options": ".options", "ALGORITHMS": ".ranking"}


def __getattr__(name: str):
    if name in _LAZY:
        value = globals()[name] = getattr(importlib.import_module(_LAZY[name], __name__), name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "ALGORITHMS",
    "ArticleView",
    "CleanedArticle",
    "InputError",
    "OptionError",
    "Options",
    "RemovedLine",
    "ScoredSentence",
    "Source",
    "Summary",
    "SummarizeError",
    "__version__",
    "clean",
    "headlines",
    "keywords",
    "read_source",
    "summarize",
    "view",
]
