"""The public functions, one layer above the steps: clean -> segment -> rank -> select
(-> headlines).

No step imports this module back. Reading files and stdin and rendering (text, JSON, ...)
belong to the callers, the CLI and :mod:`summarize.batch`: everything here takes and returns
Python values.
"""

from __future__ import annotations

from typing import Any

from . import ranking
from .cleaning import clean
from .errors import InputError
from .options import DEFAULT_HEADLINE_COUNT, DEFAULT_HEADLINE_WORDS, HeadlineCase, Options, merged
from .reading import Article, as_text
from .results import CleanedArticle, ScoredSentence, Summary
from .segmenting import Document, segment
from .selecting import best_first, select

__all__ = ["clean", "headlines", "summarize"]


def summarize(
    text: Article, options: Options | None = None, *, source: str | None = None, **keywords: Any
) -> Summary:
    """Summarize one article (plain text or HTML; also bytes or a path, read as the CLI reads
    a file).

    The options are :class:`~summarize.options.Options`' fields, given as keywords
    (``summarize(text, sentences=2, algorithm="lexrank")``), as one ``options`` object, or
    both (the keywords then override the object's values). ``source`` names the article in the
    result. Raises :class:`~summarize.errors.OptionError` for invalid options,
    :class:`~summarize.errors.InputError` for an empty input and ``TypeError`` for a value
    that is not an article.
    """
    options = merged(options, keywords)
    text = as_text(text, max_bytes=options.max_bytes)
    if not text.strip():
        raise InputError("the article is empty" if not text else "the article is only whitespace")
    article = clean(text, language=options.language, keep_furniture=options.keep_furniture,
                    source=source)
    document = segment(article.text, article.language, title=article.title)
    scores = ranking.score(document, options.algorithm)
    chosen = select(document, scores, options.budget, order=options.order,
                    **ranking.ALGORITHMS[options.algorithm].selection)
    return _result(article, document, scores, chosen, options, source)


def headlines(
    text: Article, count: int = DEFAULT_HEADLINE_COUNT, language: str = "auto", *,
    headline_words: int = DEFAULT_HEADLINE_WORDS, headline_case: HeadlineCase = "sentence",
) -> list[str]:
    """Up to ``count`` candidate headlines for an article (plain text or HTML), best first.

    Candidates come from the body only; the article's own title is never among them. Each has
    at most ``headline_words`` words; ``headline_case`` is 'sentence' or 'title'.
    """
    return summarize(text, language=language, headlines=count, headline_words=headline_words,
                     headline_case=headline_case).headlines


def _headlines(document: Document, scores: list[float], options: Options) -> list[str]:
    if options.headlines == 0 or not document.sentences:
        return []
    from .headlining import candidates

    return candidates(document, scores, count=options.headlines, words=options.headline_words,
                      case=options.headline_case)


def _result(
    article: CleanedArticle, document: Document, scores: list[float], chosen: list[int],
    options: Options, source: str | None,
) -> Summary:
    ranks = {i: r for r, i in enumerate(best_first(scores), start=1)}
    algorithm = ranking.ALGORITHMS[options.algorithm]
    selected = [
        ScoredSentence(i, document.sentences[i].text, scores[i], ranks[i],
                       algorithm.reasons(document, i))
        for i in chosen
    ]
    return Summary(
        sentences=[s.text for s in selected],
        selected=selected,
        language=article.language,
        algorithm=options.algorithm,
        title=article.title,
        headlines=_headlines(document, scores, options),
        source=source,
        article_sentences=len(document.sentences),
        article_words=document.word_count,
    )
