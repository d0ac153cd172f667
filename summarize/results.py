"""Typed results returned by the library and rendered by the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner dropped, with its 1-based line number and why."""

    line: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class CleanedArticle:
    """An article after cleaning: its title (if one was found), body text, its language
    (canonical name, see :mod:`summarize.languages`) and what was removed."""

    title: str | None
    text: str
    language: str
    removed: list[RemovedLine] = field(default_factory=list)
    source: str | None = None
    #: The ISO code of the language the text is in when summarize does not support it (it
    #: was processed as ``language``).
    unsupported_language: str | None = None
    #: Lines the rules would have removed that the recall guard kept (the rule's reason, then
    #: the guard's): they are in ``text``.
    guarded: list[RemovedLine] = field(default_factory=list)
    #: Lines the rules removed for their position that the line classifier brought back
    #: (``method="learned"``; the rule's reason, then the classifier's p): they are in ``text``.
    restored: list[RemovedLine] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "language": self.language,
            "title": self.title,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "guarded": [r.to_dict() for r in self.guarded],
            "restored": [r.to_dict() for r in self.restored],
        }


@dataclass(frozen=True)
class ScoredSentence:
    """One sentence of the article with the ranker's score and its rank (1 = best), and why
    the ranker rates it (plain words, for rankers that can say, such as ``learned``)."""

    index: int
    text: str
    score: float
    rank: int
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "score": self.score, "rank": self.rank,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Summary:
    """The result of :func:`summarize.summarize`.

    ``sentences`` are the summary sentences in output order; ``selected`` carries the same
    sentences with their scores, ranks and positions in the article.
    """

    sentences: list[str]
    selected: list[ScoredSentence]
    language: str
    algorithm: str
    title: str | None = None
    headlines: list[str] = field(default_factory=list)
    #: Key phrases of the article, best first.
    keywords: list[str] = field(default_factory=list)
    source: str | None = None
    #: How many sentences and words the (cleaned) article has.
    article_sentences: int = 0
    article_words: int = 0

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "language": self.language,
            "algorithm": self.algorithm,
            "title": self.title,
            "summary": list(self.sentences),
            "headlines": list(self.headlines),
            "keywords": list(self.keywords),
            "article_sentences": self.article_sentences,
            "article_words": self.article_words,
        }
        if explain:
            data["scores"] = [s.to_dict() for s in self.selected]
        return data


@dataclass(frozen=True)
class ArticleView:
    """A summary with the whole cleaned article around it (:func:`summarize.view`):
    ``paragraphs`` hold every sentence of the article with its score and rank (those of
    ``summary.selected`` among them), ``removed`` the lines cleaning dropped and why."""

    summary: Summary
    paragraphs: list[list[ScoredSentence]]
    removed: list[RemovedLine] = field(default_factory=list)

    @property
    def source(self) -> str | None:
        return self.summary.source

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The summary's fields, then ``paragraphs`` (lists of sentences) and ``removed``."""
        return {**self.summary.to_dict(explain=explain),
                "paragraphs": [[s.to_dict() for s in p] for p in self.paragraphs],
                "removed": [r.to_dict() for r in self.removed]}


@dataclass(frozen=True)
class Keywords:
    """Key phrases of one input, best first (what `summarize keywords` prints)."""

    keywords: list[str]
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "keywords": list(self.keywords)}


@dataclass(frozen=True)
class HeadlineCandidates:
    """Candidate headlines of one input, best first (what `summarize headlines` prints)."""

    headlines: list[str]
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "headlines": list(self.headlines)}
