"""Properties of summarize() on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarize import OptionError, summarize
from summarize.errors import SummarizeError
from summarize.words import composed, words

SENTENCES = [
    "The minister announced the plan on Monday.",
    "Officials said the cost would be 4.2 million euros.",
    "Critics argued that the timetable was too slow.",
    "\"We cannot wait another winter,\" she said.",
    "Print +A -A",
    "Share on Facebook",
    "The U.S. and the E.U. signed a deal at 5 p.m. on Friday.",
    "Le gouvernement a présenté un plan jeudi.",
    "Prices rose by 12% in a year, according to the agency.",
]
article = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.text(min_size=0, max_size=80)),
    min_size=1, max_size=25,
).map(lambda parts: "\n\n".join(parts))
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _norm(text: str) -> str:
    """The input as summaries quote it: composed (NFC), whitespace runs as one space."""
    return " ".join(composed(text).split())


@SETTINGS
@given(article, st.integers(min_value=1, max_value=8))
def test_never_crashes_and_sentences_are_verbatim(text, n):
    try:
        result = summarize(text, sentences=n, headlines=0, language="english")
    except OptionError:
        raise
    except SummarizeError:  # e.g. nothing left to summarise: a clear error, not a crash
        return
    assert len(result.sentences) == min(n, result.article_sentences)
    source = _norm(text)
    for sentence in result.sentences:
        assert sentence and sentence in source


@SETTINGS
@given(article, st.sampled_from(["default", "lexrank", "textrank", "lsa", "luhn"]))
def test_same_input_same_output(text, algorithm):
    assume(text.strip())  # blank input is an InputError (tests/test_library.py)
    first = summarize(text, algorithm=algorithm, headlines=0, language="english")
    second = summarize(text, algorithm=algorithm, headlines=0, language="english")
    assert first.to_dict(explain=True) == second.to_dict(explain=True)


@SETTINGS
@given(article, st.integers(min_value=1, max_value=120))
def test_word_budget_is_kept_unless_a_single_sentence(text, budget):
    assume(text.strip())
    result = summarize(text, words=budget, headlines=0, keep_furniture=True, language="english")
    if result.article_sentences:
        assert result.sentences  # never an empty summary
    used = sum(len(words(s)) for s in result.sentences)
    assert used <= budget or len(result.sentences) == 1
