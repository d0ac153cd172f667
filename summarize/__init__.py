"""summarize: offline extractive summaries and candidate headlines for news articles.

    >>> from summarize import summarize
    >>> result = summarize(text, sentences=3)
    >>> result.sentences, result.title, result.headlines

The pipeline reads top to bottom: :mod:`~summarize.reading` -> :mod:`~summarize.cleaning` ->
:mod:`~summarize.segmenting` -> :mod:`~summarize.ranking` -> :mod:`~summarize.selecting` ->
:mod:`~summarize.rendering`; :mod:`~summarize.headlines` adds candidate headlines.
Heavy dependencies (sumy, numpy, trafilatura) are imported only when a step needs them.
"""

from .cleaning import clean
from .errors import InputError, OptionError, SummarizeError
from .headlines import headlines
from .pipeline import summarize
from .ranking import ALGORITHMS
from .reading import read_source
from .results import CleanedArticle, RemovedLine, ScoredSentence, Summary

__version__ = "0.1.0"

__all__ = [
    "ALGORITHMS",
    "CleanedArticle",
    "InputError",
    "OptionError",
    "RemovedLine",
    "ScoredSentence",
    "Summary",
    "SummarizeError",
    "__version__",
    "clean",
    "headlines",
    "read_source",
    "summarize",
]
