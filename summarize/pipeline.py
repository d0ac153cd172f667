"""The summary pipeline, top to bottom: clean -> segment -> rank -> select (-> headlines).

Reading (files, stdin) and rendering (text, JSON, ...) belong to the callers: the CLI and
:mod:`summarize.batch`. Everything here takes and returns Python values.
"""

from __future__ import annotations

from . import ranking
from .cleaning import clean as clean_article
from .errors import InputError
from .reading import Article, as_text
from .results import CleanedArticle, ScoredSentence, Summary
from .segmenting import Document, segment
from .selecting import Budget, Order, select
from .selecting import ranking as best_first

DEFAULT_HEADLINES = 3
DEFAULT_HEADLINE_WORDS = 10


def summarize(
    text: Article,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    algorithm: str = "default",
    language: str = "auto",
    order: Order = "document",
    clean: bool = True,
    headlines: int = DEFAULT_HEADLINES,
    headline_words: int = DEFAULT_HEADLINE_WORDS,
    headline_case: str = "sentence",
    source: str | None = None,
) -> Summary:
    """Summarize one article (plain text or HTML).

    Give at most one of ``sentences`` (default 3), ``ratio`` (0 < r <= 1 of the sentences) and
    ``words`` (a word budget). ``algorithm`` is 'default' or a name from
    :data:`summarize.ranking.ALGORITHMS`; ``language`` a name, an ISO code or 'auto'.
    ``clean=False`` keeps page furniture; ``headlines`` is how many candidate headlines to add.
    ``text`` may also be bytes or a path, read as the CLI reads a file.
    Raises :class:`~summarize.errors.OptionError` for invalid options,
    :class:`~summarize.errors.InputError` for empty input and ``TypeError`` for a value that is
    not an article.
    """
    budget = Budget.from_options(sentences, ratio, words)
    name = ranking.resolve(algorithm)
    text = as_text(text)
    if not text.strip():
        raise InputError("the article is empty" if not text else "the article is only whitespace")
    article = clean_article(text, language=language, furniture=clean, source=source)
    document = segment(article.text, article.language, title=article.title)
    scores = ranking.score(document, name)
    chosen = select(document, scores, budget, order=order, **ranking.ALGORITHMS[name].selection)
    return _result(article, document, scores, chosen, name, source,
                   _headlines(document, scores, headlines, headline_words, headline_case))


def _headlines(document: Document, scores: list[float], count: int, words: int, case: str):
    from .headlines import check_options

    check_options(count=count, words=words, case=case)
    if count == 0 or not document.sentences:
        return []
    from .headlines import candidates

    return candidates(document, scores, count=count, words=words, case=case)


def _result(
    article: CleanedArticle, document: Document, scores: list[float], chosen: list[int],
    algorithm: str, source: str | None, headlines: list[str],
) -> Summary:
    ranks = {i: r for r, i in enumerate(best_first(scores), start=1)}
    selected = [
        ScoredSentence(i, document.sentences[i].text, scores[i], ranks[i]) for i in chosen
    ]
    return Summary(
        sentences=[s.text for s in selected],
        selected=selected,
        language=article.language,
        algorithm=algorithm,
        title=article.title,
        headlines=headlines,
        source=source,
        sentence_count=len(document.sentences),
        word_count=document.word_count,
    )

