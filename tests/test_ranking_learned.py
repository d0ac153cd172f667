"""The learned ranker (an option, not the default): its model file, features, explanations."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import numpy as np
import pytest
from conftest import SAMPLES, shared_path
from typer.testing import CliRunner

from summarize import languages, ranking, summarize
from summarize.cli import app
from summarize.evaluation import read_records
from summarize.ranking import learned
from summarize.segmenting import segment

# Written for these tests: a lead that the title names, a quote, a question, a dangling "But".
ARTICLE = """\
The city council approved a new harbour bridge on Tuesday after a decade of delays.

Who will pay for it? But the vote was close. "We waited long enough," said one resident.

The harbour bridge will cost 40 million euros and open in 2027. Work on the bridge starts
in spring, the council said. The old ferry will run until the bridge opens.
"""
TITLE = "Council approves harbour bridge"


def test_learned_is_registered_with_its_explainer_but_not_the_default():
    assert ranking.resolve("learned") == "learned" != ranking.DEFAULT_ALGORITHM
    assert ranking.ALGORITHMS["learned"].load() is learned.rank_learned
    assert ranking.ALGORITHMS["learned"].explainer


def test_the_shipped_model_loads_and_matches_the_features():
    path = resources.files("summarize") / "data" / learned.MODEL_FILE
    assert len(path.read_bytes()) < 1_000_000
    model = learned.model()
    assert model.features == tuple(learned.FEATURES)
    assert len(model.mean) == len(model.scale) == len(model.coef) == len(learned.FEATURES)
    assert all(s > 0 for s in model.scale) and any(c != 0 for c in model.coef)
    assert json.loads(path.read_text("utf-8"))["trained_on"]  # what it was fitted on


@pytest.mark.slow
def test_the_shipped_model_was_fitted_on_todays_features():
    """The feature means stored with the model are those of its training files as the
    segmenter reads them now: a segmenter change that moves them means the weights are stale
    (rebuild them with bench/train_ranker.py --write)."""
    shipped = json.loads((resources.files("summarize") / "data" / learned.MODEL_FILE)
                         .read_text("utf-8"))
    rows = []
    for name in shipped["trained_on"]:
        for record in read_records(shared_path("data", "summaries", name)):
            document = segment(record.text, languages.resolve(record.lang), title=record.title)
            rows.append(learned.features(document))
    means = np.vstack(rows).mean(axis=0)
    assert np.abs(means - np.asarray(shipped["mean"])).max() < 1e-9, (
        "learned_ranker.json is stale: run python bench/train_ranker.py --write")


@pytest.mark.parametrize("language", list(languages.LANGUAGES))
def test_features_are_deterministic_and_finite_in_every_language(language):
    document = segment(ARTICLE, language, title=TITLE)
    first = learned.features(document).copy()
    learned.features.cache_clear()
    again = learned.features(segment(ARTICLE, language, title=TITLE))
    assert len(document.sentences) >= 6
    assert first.shape == (len(document.sentences), len(learned.FEATURES))
    assert np.isfinite(first).all()
    assert np.array_equal(first, again)


def test_features_read_what_the_sentences_say():
    values = learned.features(segment(ARTICLE, "english", title=TITLE))
    column = {name: values[:, j] for j, name in enumerate(learned.FEATURES)}
    assert column["first"].tolist() == [1, 0, 0, 0, 0, 0, 0]
    assert column["paragraph_start"].tolist() == [1, 1, 0, 0, 1, 0, 0]
    assert column["question"].tolist() == [0, 1, 0, 0, 0, 0, 0]
    assert column["dangling"].tolist() == [0, 0, 1, 0, 0, 0, 0]
    assert column["quote"].tolist() == [0, 0, 0, 1, 0, 0, 0]
    assert column["number"].tolist() == [0, 0, 0, 0, 1, 0, 0]
    assert column["title"][0] == 1.0  # every title term is in the lead (stems, no stop words)
    assert column["lead"][0] == 0.0 and column["lead"][4] > 0  # shares "harbour bridge"
    assert column["previous"][5] > 0 and column["previous"][1] == 0


def test_a_tiny_article_gets_its_lead_then_the_facts():
    result = summarize(f"{TITLE}\n\n{ARTICLE}", sentences=2, headlines=0, algorithm="learned")
    assert result.algorithm == "learned"
    assert result.sentences[0].startswith("The city council approved a new harbour bridge")
    assert result.sentences[1].startswith("The harbour bridge will cost 40 million euros")
    assert not any(s.endswith("?") or s.startswith("But") for s in result.sentences)


def test_single_sentence_and_title_only_articles():
    assert summarize("Only one sentence here.", headlines=0, algorithm="learned").sentences == [
        "Only one sentence here."]
    document = segment("", "english", title=TITLE)
    assert learned.rank_learned(document) == [] and learned.features(document).shape[0] == 0


def test_explain_gives_reasons_in_words_and_json_keeps_its_keys():
    runner = CliRunner()
    data = json.loads(runner.invoke(app, [str(SAMPLES / "biden-kadhimi.txt"), "--explain",
                                          "-a", "learned", "-f", "json"]).stdout)
    first = data["scores"][0]
    assert {"index", "text", "score", "rank", "reasons"} <= set(first)
    assert "the article's opening sentence" in first["reasons"]
    assert any("of the title's" in r for r in first["reasons"])
    text = runner.invoke(app, [str(SAMPLES / "biden-kadhimi.txt"), "--explain",
                               "-a", "learned"]).stdout
    assert "  why: the article's opening sentence" in text
    lead = json.loads(runner.invoke(app, [str(SAMPLES / "biden-kadhimi.txt"), "--explain",
                                          "-a", "lead", "-f", "json"]).stdout)
    assert all(s["reasons"] == [] for s in lead["scores"])  # rankers that cannot say
    default = json.loads(runner.invoke(app, [str(SAMPLES / "biden-kadhimi.txt"), "--explain",
                                             "-f", "json"]).stdout)
    assert default["algorithm"] == "pacsum" and default["scores"][0]["reasons"] == []


def test_reasons_never_claim_what_the_sentence_lacks():
    document = segment(ARTICLE, "english", title=TITLE)
    for index, sentence in enumerate(document.sentences):
        said = learned.reasons(document, index, limit=len(learned.FEATURES))
        assert ("quotes someone" in said) <= ('"' in sentence.text)
        assert ("gives figures" in said) <= any(c.isdigit() for c in sentence.text)
        assert ("asks a question" in said) <= sentence.text.endswith("?")


@pytest.mark.slow
@pytest.mark.parametrize("algorithm", ["default", "learned"])
def test_no_training_or_scientific_library_is_imported(algorithm):
    """Inference is numpy only: neither the default nor learned imports scikit-learn, scipy or
    lightgbm (the training script needs none of them either)."""
    code = (f"import sys; from summarize import summarize; "
            f"r = summarize(open({str(SAMPLES / 'biden-kadhimi.txt')!r}).read(), "
            f"algorithm={algorithm!r}); "
            "print(r.algorithm, *sorted(m for m in ('sklearn', 'scipy', 'lightgbm') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [ranking.resolve(algorithm)]
