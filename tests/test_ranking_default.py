"""The default ranker (directed centrality with a lead prior) and the context-aware selection."""

from __future__ import annotations

import dataclasses
import json
import time

import numpy as np
import pytest
from conftest import SAMPLES, read_jsonl, shared_path

from summarize import ranking, summarize
from summarize.errors import OptionError
from summarize.ranking import default
from summarize.ranking.default import Parameters, directed_centrality, rank_default
from summarize.segmenting import segment
from summarize.selecting import Budget, opens_dangling, select
from summarize.vectors import tfidf_rows

NEUTRAL = Parameters(backward=0.0, lead=0.0, lead_decay=1.0, long_sentence=40, long_penalty=0.0)


def doc(text: str, language: str = "english"):
    return segment(text, language)


def test_default_algorithm_is_this_ranker():
    assert ranking.DEFAULT_ALGORITHM == ranking.resolve("default") == "pacsum"
    assert ranking.ALGORITHMS["pacsum"].load() is rank_default


def test_shipped_parameters_are_the_data_file():
    shipped = default.parameters()
    assert isinstance(shipped, Parameters)
    assert set(shipped.to_dict()) == {f.name for f in dataclasses.fields(Parameters)}


def test_tfidf_rows_are_unit_length_and_stemmed():
    d = doc("Rivers flood the valley. The river flooded again. Markets closed early.")
    rows = tfidf_rows(d)
    norms = np.sqrt(rows.row_sums(rows.data * rows.data))
    assert norms == pytest.approx([1, 1, 1])
    similarity = rows.to_scipy() @ rows.to_scipy().T
    assert similarity[0, 1] > 0.5 and similarity[0, 2] == 0
    assert rows.dot_row(0) == pytest.approx(similarity.toarray()[0])


def test_count_rows_match_scipy_canonical_csr():
    """Counts are summed repeats, and columns are sorted within rows, as scipy keeps them."""
    from summarize.vectors import bag_rows

    rows, vocabulary = bag_rows([["b", "a", "b"], [], ["c", "a", "c", "c"], ["a"]])
    assert vocabulary == ["b", "a", "c"]
    assert rows.to_scipy().toarray().tolist() == [[2, 1, 0], [0, 0, 0], [0, 1, 3], [0, 1, 0]]
    assert rows.indices.tolist() == [0, 1, 1, 2, 1]
    assert rows.indptr.tolist() == [0, 2, 2, 4, 5]
    assert rows.row_sums(rows.data).tolist() == [3, 0, 4, 1]


def test_directed_centrality_favours_what_later_sentences_elaborate():
    d = doc("The mayor opened the new harbour bridge. Crowds cheered the harbour bridge. "
            "The bridge cost the city millions. The mayor praised the builders of the bridge.")
    rows = tfidf_rows(d)
    forward = directed_centrality(rows, backward=0.0)
    both = directed_centrality(rows, backward=1.0)
    penalised = directed_centrality(rows, backward=-1.0)
    assert forward[-1] == pytest.approx(0, abs=1e-12)  # nothing comes after the last one
    assert np.argmax(forward) == 0 and np.argmax(penalised) == 0
    dense = (rows.to_scipy() @ rows.to_scipy().T).toarray()
    after, before = np.triu(dense, 1).sum(axis=1), np.tril(dense, -1).sum(axis=1)
    assert forward == pytest.approx(after, abs=1e-12)
    assert penalised == pytest.approx(after - before, abs=1e-12)
    assert both == pytest.approx(after + before, abs=1e-12)


def test_centrality_matches_the_similarity_matrix_on_a_real_article(biden_text):
    rows = tfidf_rows(doc(biden_text))
    dense = (rows.to_scipy() @ rows.to_scipy().T).toarray()
    after, before = np.triu(dense, 1).sum(axis=1), np.tril(dense, -1).sum(axis=1)
    assert directed_centrality(rows, -0.5) == pytest.approx(after - 0.5 * before, abs=1e-9)


def test_lead_prior_and_run_on_penalty():
    d = doc("Alpha beta gamma. Delta epsilon zeta. Eta theta iota.")  # no shared terms
    assert rank_default(d, NEUTRAL) == [0.0, 0.0, 0.0]
    with_lead = rank_default(d, dataclasses.replace(NEUTRAL, lead=1.0))
    assert with_lead[0] > with_lead[1] > with_lead[2]
    long_one = doc("Short one here. " + " ".join(["word"] * 50) + ". Another short one.")
    scores = rank_default(long_one, dataclasses.replace(NEUTRAL, long_penalty=1.0))
    assert scores[1] == pytest.approx(-1.0)


def test_redundancy_control_skips_a_repeat():
    d = doc("The storm closed the airport on Friday. The airport was closed by the storm on "
            "Friday. Farmers expect a good harvest. Schools reopen next week.")
    scores = [1.0, 0.95, 0.5, 0.4]
    assert select(d, scores, Budget.from_options(sentences=2)) == [0, 1]
    assert select(d, scores, Budget.from_options(sentences=2), redundancy=0.5) == [0, 2]


def test_dangling_opener_needs_its_predecessor():
    d = doc("Officials met on Monday. They agreed on a budget. The weather was cold. "
            "He left early.")
    assert opens_dangling(d) == [False, True, False, True]
    scores = [1.0, 0.9, 0.8, 0.1]
    assert select(d, scores, Budget.from_options(sentences=2), dangling=0.5) == [0, 1]
    late = [0.2, 0.9, 0.8, 0.1]  # "They" is best but its predecessor is weak
    assert select(d, late, Budget.from_options(sentences=1), dangling=0.5) == [2]
    assert select(d, late, Budget.from_options(sentences=1)) == [1]


def test_french_openers_and_unknown_languages():
    assert opens_dangling(doc("Le maire a parlé. Il a promis un pont.", "french")) == [False, True]
    assert opens_dangling(doc("Der Bürgermeister sprach. Er versprach eine Brücke.", "german")) \
        == [False, True]
    assert opens_dangling(doc("Il sindaco ha parlato. Lui ha promesso un ponte.", "italian")) \
        == [False, False]


def test_context_selection_respects_word_budget_and_never_returns_nothing():
    d = doc("One two three four five. Six seven eight. Nine ten eleven twelve thirteen fourteen.")
    chosen = select(d, [0.5, 1.0, 0.2], Budget.from_options(words=8), redundancy=0.1)
    assert sum(len(d.sentences[i].words) for i in chosen) <= 8 and 1 in chosen
    assert select(d, [0.5, 1.0, 0.2], Budget.from_options(words=1), dangling=0.1) == [1]
    with pytest.raises(OptionError):
        select(d, [0.5, 1.0, 0.2], Budget.from_options(sentences=1), redundancy=2)


def test_knapsack_fills_a_word_budget_with_the_most_score_times_words():
    d = doc("One two three four five six. Seven eight nine ten. Eleven twelve thirteen "
            "fourteen. Fifteen sixteen.")
    scores = [1.0, 0.95, 0.9, 0.0]
    budget = Budget.from_options(words=8)
    assert select(d, scores, budget) == [0, 3]  # greedy: the best, then what still fits
    assert select(d, scores, budget, knapsack=True) == [1, 2]  # 0.95*4 + 0.9*4 > 1*6 + 0*2
    assert select(d, scores, Budget.from_options(words=3), knapsack=True) == [3]
    assert select(d, scores, Budget.from_options(words=1), knapsack=True) == [0]
    assert select(d, scores, Budget.from_options(sentences=1), knapsack=True) == [0]


def test_knapsack_charges_a_dangling_opener_only_without_its_predecessor():
    d = doc("Officials met on Monday. They agreed on a budget. The weather was very cold today.")
    scores = [0.2, 1.0, 0.0]
    assert select(d, scores, Budget.from_options(words=5), knapsack=True) == [1]
    assert select(d, scores, Budget.from_options(words=5), knapsack=True, dangling=0.9) == [0]
    assert select(d, scores, Budget.from_options(words=9), knapsack=True, dangling=0.9) == [0, 1]


def test_long_document_is_fast_and_bounded():
    text = " ".join(f"Report {i} says the council {('raised', 'cut', 'froze')[i % 3]} taxes for "
                    f"district {i % 40} in year {1900 + i % 120}." for i in range(5000))
    d = doc(text)
    start = time.perf_counter()
    scores = rank_default(d)
    assert len(scores) == len(d.sentences) >= 5000
    assert time.perf_counter() - start < 20
    assert all(np.isfinite(scores))


def test_pipeline_summary_is_a_content_pick_on_bbc():
    """On BBC articles pacsum must not just copy the lead (a real content ranker)."""
    rows = read_jsonl(shared_path("data", "summaries", "bbc_dev.jsonl"), limit=30)
    differs = 0
    for row in rows:
        result = summarize(row["text"], sentences=3, language="en", keep_furniture=True,
                           headlines=0, algorithm="pacsum")
        lead = summarize(row["text"], sentences=3, language="en", keep_furniture=True, headlines=0,
                         algorithm="lead")
        assert len(result.sentences) == 3 and result.algorithm == "pacsum"
        differs += result.sentences != lead.sentences
    assert differs >= 10


def test_a_long_opening_sentence_is_the_lead_not_a_run_on():
    """The reference sample opens with a 43-word lead; the run-on penalty once dropped it."""
    from typer.testing import CliRunner

    from summarize.cli import app

    result = CliRunner().invoke(app, [str(SAMPLES / "biden-kadhimi.txt"), "-f", "json"])
    first = json.loads(result.stdout)["summary"][0]
    assert first.startswith("US President Joe Biden and Iraqi Prime Minister Mustafa al-Kadhimi")
