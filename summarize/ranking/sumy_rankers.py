"""sumy's summarizers behind the ranking interface.

sumy returns only the best sentences, but every summarizer sorts all of them by rating in
``_get_best_sentences`` and then asks its ``count`` callable how many to keep. We pass a
callable that records every rating and keeps everything, so each sentence gets sumy's own
score without copying sumy's code. The sumy document is built from our segmentation, with our
word tokens and Snowball stemmer, so no NLTK data is needed.
"""

from __future__ import annotations

import random
import zlib
from collections import Counter

from .. import languages
from ..segmenting import Document


class _Tokenizer:
    """The two methods sumy's DOM calls, answered from our segmentation."""

    def __init__(self, words_by_text: dict[str, tuple[str, ...]], language: str):
        self._words = words_by_text
        self.language = language

    def to_words(self, text: str) -> tuple[str, ...]:
        from ..words import words

        found = self._words.get(text)
        return found if found is not None else words(text)

    def to_sentences(self, text: str) -> tuple[str, ...]:  # pragma: no cover - unused by rankers
        from ..segmenting import split_sentences

        return tuple(split_sentences(text, self.language))


def _sumy_document(document: Document):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _Tokenizer({s.text: s.words for s in document.sentences}, document.language)
    groups: dict[int, list] = {}
    if document.title:
        groups.setdefault(-1, []).append(Sentence(document.title, tokenizer, is_heading=True))
    for s in document.sentences:
        groups.setdefault(s.paragraph, []).append(Sentence(s.text, tokenizer))
    return ObjectDocumentModel([Paragraph(groups[k]) for k in sorted(groups)])


def _run(summarizer, document: Document) -> list[float]:
    """Call a configured sumy summarizer and return the rating of every sentence, in order."""
    ratings: dict[int, float] = {}

    def keep_all(infos):
        infos = list(infos)
        for info in infos:
            ratings[info.order] = float(info.rating)
        return infos

    summarizer(_sumy_document(document), keep_all)
    return [ratings.get(i, 0.0) for i in range(len(document.sentences))]


def _build(name: str, document: Document):
    from sumy.summarizers import (
        edmundson,
        kl,
        lex_rank,
        lsa,
        luhn,
        reduction,
        sum_basic,
        text_rank,
    )
    from sumy.summarizers import random as sumy_random

    classes = {
        "lsa": lsa.LsaSummarizer, "lexrank": lex_rank.LexRankSummarizer,
        "textrank": text_rank.TextRankSummarizer, "luhn": luhn.LuhnSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer, "kl": kl.KLSummarizer,
        "sumbasic": sum_basic.SumBasicSummarizer, "reduction": reduction.ReductionSummarizer,
        "random": sumy_random.RandomSummarizer,
    }
    summarizer = classes[name](languages.stemmer(document.language))
    stop = languages.stop_words(document.language) or frozenset({"the"})
    if name == "edmundson":
        summarizer.null_words = stop
        summarizer.bonus_words = _key_words(document, stop)
        summarizer.stigma_words = _STIGMA_WORDS
    else:
        summarizer.stop_words = stop
    return summarizer


#: Edmundson's cue method needs negative cue words; these mark hedged or off-topic sentences.
_STIGMA_WORDS = ("hardly", "impossible", "perhaps", "reportedly", "allegedly", "advertisement")


def _key_words(document: Document, stop: frozenset[str]) -> list[str]:
    """Edmundson's bonus words: the title's words, else the article's ten most frequent words."""
    if document.title:
        from ..words import words

        found = [w for w in words(document.title) if w.lower() not in stop]
        if found:
            return found
    counts = Counter(w.lower() for s in document.sentences for w in s.words
                     if w.lower() not in stop)
    return [w for w, _ in counts.most_common(10)] or ["the"]


def _ranker(name: str):
    def rank(document: Document) -> list[float]:
        return _run(_build(name, document), document)

    rank.__name__ = f"rank_{name}"
    rank.__doc__ = f"Scores from sumy's {name} summarizer."
    return rank


rank_lsa = _ranker("lsa")
rank_lexrank = _ranker("lexrank")
rank_textrank = _ranker("textrank")
rank_luhn = _ranker("luhn")
rank_edmundson = _ranker("edmundson")
rank_kl = _ranker("kl")
rank_sumbasic = _ranker("sumbasic")
rank_reduction = _ranker("reduction")


def rank_random(document: Document) -> list[float]:
    """sumy's random summarizer with the module RNG seeded by the text, then restored."""
    state = random.getstate()
    random.seed(zlib.crc32("\n".join(s.text for s in document.sentences).encode("utf-8")))
    try:
        return _run(_build("random", document), document)
    finally:
        random.setstate(state)
