"""The public functions, one layer above the steps: clean -> segment -> rank -> select
(-> headlines, keywords).

No step imports this module back. Reading files and stdin and rendering (text, JSON, ...)
belong to the callers, the CLI and :mod:`summarize.batch`: everything here takes and returns
Python values.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from . import ranking
from .cleaning import clean
from .errors import InputError
from .keywording import keyphrases
from .options import (
    DEFAULT_HEADLINE_COUNT,
    DEFAULT_HEADLINE_WORDS,
    DEFAULT_KEYWORDS,
    Cleaning,
    HeadlineCase,
    Options,
    merged,
)
from .reading import Article, as_text
from .results import ArticleView, CleanedArticle, ScoredSentence, Summary
from .segmenting import Document, segment
from .selecting import best_first, select

__all__ = ["check_article", "clean", "headlines", "keywords", "summarize", "view"]

#: A sentence of prose ends like one, or is long: a page of link titles, a JavaScript shell or
#: a template of placeholders has none once cleaned.
PROSE_WORDS = 12


_TERMINAL = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\u2026][\"'\u201d\u2019\u00bb)\]]*$")


def summarize(
    text: Article, options: Options | None = None, *, source: str | None = None,
    require_article: bool = False, **keywords: Any,
) -> Summary:
    """Summarize one article (plain text or HTML; also bytes or a path, read as the CLI reads
    a file).

    The options are :class:`~summarize.options.Options`' fields, given as keywords
    (``summarize(text, sentences=2, algorithm="lexrank")``), as one ``options`` object, or
    both (the keywords then override the object's values). ``source`` names the article in the
    result. ``require_article=True`` raises ``InputError`` ("no article text found") when the
    cleaned text holds no prose: no sentence that ends like one or has :data:`PROSE_WORDS`
    words (a JavaScript shell, a template of placeholders, a listing of links). Raises
    :class:`~summarize.errors.OptionError` for invalid options,
    :class:`~summarize.errors.InputError` for an empty input and ``TypeError`` for a value
    that is not an article.
    """
    return view(text, options, source=source, require_article=require_article,
                **keywords).summary


def view(
    text: Article, options: Options | None = None, *, source: str | None = None,
    require_article: bool = False, **keywords: Any,
) -> ArticleView:
    """The summary of :func:`summarize` with the whole cleaned article around it: every
    sentence with its score and rank, by paragraph, and the lines cleaning removed (what
    ``--format html`` and ``--highlight`` show). Takes and raises what :func:`summarize` does.
    """
    options = merged(options, keywords)
    article = _cleaned(text, options, source)
    document = _document(article)
    if require_article:
        _check_prose(document, source)
    algorithm = ranking.ALGORITHMS[options.algorithm]
    scores = ranking.score(document, options.algorithm)
    chosen = select(document, scores, options.budget, order=options.order,
                    **algorithm.selection)
    ranks = {i: r for r, i in enumerate(best_first(scores), start=1)}
    every = [ScoredSentence(s.index, s.text, scores[s.index], ranks[s.index])
             for s in document.sentences]
    paragraphs: list[list[ScoredSentence]] = [[] for _ in range(document.paragraphs)]
    for sentence in document.sentences:
        paragraphs[sentence.paragraph].append(every[sentence.index])
    selected = [replace(every[i], reasons=algorithm.reasons(document, i)) for i in chosen]
    summary = _result(article, document, scores, selected, options, source)
    return ArticleView(summary, [p for p in paragraphs if p], list(article.removed))


def headlines(
    text: Article, count: int = DEFAULT_HEADLINE_COUNT, language: str = "auto", *,
    headline_words: int = DEFAULT_HEADLINE_WORDS, headline_case: HeadlineCase = "sentence",
) -> list[str]:
    """Up to ``count`` candidate headlines for an article (plain text or HTML), best first.

    Candidates come from the body only; the article's own title is never among them. Each has
    at most ``headline_words`` words; ``headline_case`` is 'sentence' or 'title'.
    """
    return summarize(text, language=language, headlines=count, headline_words=headline_words,
                     headline_case=headline_case, keywords=0).headlines


def keywords(
    text: Article, count: int = DEFAULT_KEYWORDS, language: str = "auto", *,
    keep_furniture: bool = False, cleaning: Cleaning = "rules",
) -> list[str]:
    """Up to ``count`` key phrases of an article (plain text or HTML), best first; each is
    written as it is in the article. ``keep_furniture`` and ``cleaning`` are
    :class:`~summarize.options.Options`' fields. Raises what :func:`summarize` raises."""
    options = Options(language=language, keep_furniture=keep_furniture, cleaning=cleaning,
                      keywords=count)
    return keyphrases(_document(_cleaned(text, options)), count)


def check_article(article: CleanedArticle) -> None:
    """Raise :class:`~summarize.errors.InputError` ("no article text found") when a cleaned
    article holds no prose (see :func:`summarize`'s ``require_article``)."""
    _check_prose(segment(article.text, article.language), article.source)


def _cleaned(text: Article, options: Options, source: str | None = None) -> CleanedArticle:
    text = as_text(text, max_bytes=options.max_bytes)
    if not text.strip():
        raise InputError("the article is empty" if not text else "the article is only whitespace")
    return clean(text, language=options.language, keep_furniture=options.keep_furniture,
                 source=source, method=options.cleaning)


def _document(article: CleanedArticle) -> Document:
    return segment(article.text, article.language, title=article.title)


def _check_prose(document: Document, source: str | None) -> None:
    if not any(_TERMINAL.search(s.text) or len(s.words) >= PROSE_WORDS
               for s in document.sentences):
        raise InputError(f"{source or 'the input'}: no article text found (no prose left once "
                         "the page furniture was removed)")


def _headlines(document: Document, scores: list[float], options: Options) -> list[str]:
    if options.headlines == 0 or not document.sentences:
        return []
    from .headlining import candidates

    return candidates(document, scores, count=options.headlines, words=options.headline_words,
                      case=options.headline_case)


def _result(
    article: CleanedArticle, document: Document, scores: list[float],
    selected: list[ScoredSentence], options: Options, source: str | None,
) -> Summary:
    return Summary(
        sentences=[s.text for s in selected],
        selected=selected,
        language=article.language,
        algorithm=options.algorithm,
        title=article.title,
        headlines=[] if article.unsupported_language else _headlines(document, scores, options),
        keywords=keyphrases(document, options.keywords),
        source=source,
        article_sentences=len(document.sentences),
        article_words=document.word_count,
    )
