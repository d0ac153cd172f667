"""summarize.evaluation and `summarize eval`: reading, scoring, bootstrap, rendering."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path
from typer.testing import CliRunner

from summarize import ranking
from summarize.cli import app
from summarize.errors import InputError, OptionError
from summarize.evaluation import (
    bootstrap_interval,
    evaluate,
    expand_algorithms,
    read_records,
    render_rows,
    scorer,
)

ARTICLE = ("The council approved the new bridge on Monday. Work starts in May and ends in 2027. "
           "The bridge will carry trams and bicycles. Residents had asked for it for years. "
           "Critics say the cost is too high. The mayor disagreed.")
REFERENCE = ("The council approved the new bridge on Monday.\n"
             "Work starts in May and ends in 2027.\n"
             "The bridge will carry trams and bicycles.")


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "set.jsonl"
    rows = [{"id": str(i), "text": ARTICLE, "summary": REFERENCE, "lang": "en"} for i in range(3)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    return path


def test_read_records_splits_reference_sentences_and_honours_limit(data_file):
    records = read_records(data_file, limit=2)
    assert len(records) == 2
    assert records[0].reference == tuple(REFERENCE.split("\n"))
    assert records[0].lang == "en"


def test_read_records_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a", "summary": "b"}\n{"text": "no summary"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        read_records(path)


def test_lead_scores_100_when_the_reference_is_the_lead(data_file):
    (row,) = evaluate([data_file], ["lead"], sentences=3)
    assert row.rouge1 == pytest.approx(100) and row.rouge2 == pytest.approx(100)
    assert row.rougeLsum == pytest.approx(100)
    assert (row.documents, row.sentences, row.algorithm) == (3, 3, "lead")
    assert row.budget == "3 sentences" and row.seconds >= 0


def test_word_budget_is_respected(data_file):
    (row,) = evaluate([data_file], ["default"], words=12)
    assert row.words <= 12 and row.budget == "12 words"
    assert row.algorithm == ranking.DEFAULT_ALGORITHM


def test_english_is_stemmed_and_other_languages_keep_accented_words():
    assert scorer("en").score("the dogs barked", "a dog barking")["rouge1"].fmeasure > 0.6
    french = scorer("fr").score("élève étudiée", "élève étudiée")["rouge1"].fmeasure
    assert french == pytest.approx(1.0)
    assert scorer("fr").score("élève", "étudiée")["rouge1"].fmeasure == 0


def test_bootstrap_interval_brackets_the_mean_and_is_reproducible():
    values = [10.0, 20.0, 30.0, 40.0, 50.0] * 20
    low, high = bootstrap_interval(values)
    assert low < 30 < high and high - low < 10
    assert bootstrap_interval(values) == (low, high)
    assert bootstrap_interval([5.0] * 10) == (5.0, 5.0)


def test_all_expands_to_every_registered_algorithm():
    assert expand_algorithms(["all"]) == list(ranking.ALGORITHMS)
    assert expand_algorithms(["lead", "LEAD", "default"]) == ["lead", ranking.DEFAULT_ALGORITHM]
    with pytest.raises(OptionError):
        expand_algorithms(["nope"])


def test_render_formats(data_file):
    rows = evaluate([data_file], ["lead"], sentences=1)
    assert json.loads(render_rows(rows, "json"))[0]["algorithm"] == "lead"
    assert json.loads(render_rows(rows, "jsonl"))["budget"] == "1 sentence"
    markdown = render_rows(rows, "markdown").splitlines()
    assert markdown[0].startswith("| data | algorithm") and markdown[1].startswith("|---")
    text = render_rows(rows, "text").splitlines()
    assert text[0].split()[:2] == ["data", "algorithm"] and "set.jsonl" in text[1]
    with pytest.raises(OptionError):
        render_rows(rows, "xml")


def test_options_are_validated(data_file):
    with pytest.raises(OptionError):
        evaluate([data_file], ["lead"], sentences=3, words=50)
    with pytest.raises(OptionError):
        evaluate([data_file], ["lead"], limit=0)


def test_eval_command(data_file):
    result = CliRunner().invoke(app, ["eval", str(data_file), "-a", "lead,default", "-n", "3",
                                      "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["algorithm"] for r in rows] == ["lead", ranking.DEFAULT_ALGORITHM]
    assert rows[0]["rouge1"] == pytest.approx(100)


def test_missing_rouge_score_gives_a_clear_message(monkeypatch, data_file):
    import builtins

    real_import = builtins.__import__

    def no_rouge(name, *args, **kwargs):
        if name.startswith("rouge_score"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_rouge)
    with pytest.raises(OptionError, match=r"pip install 'summarize\[eval\]'"):
        evaluate([data_file], ["lead"])


def test_reference_figure_of_lead3_on_cnndm():
    """The published convention: LEAD-3 on the first 40 cnndm_dev articles."""
    path = shared_path("data", "summaries", "cnndm_dev.jsonl")
    (row,) = evaluate([path], ["lead"], sentences=3, limit=40)
    assert row.documents == 40
    assert 35 < row.rouge1 < 50 and row.rouge1_low < row.rouge1 < row.rouge1_high


def test_eval_on_an_empty_file_is_an_input_error_not_nan(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(empty)])
    assert result.exit_code == 1
    assert "nan" not in result.stdout
    assert "holds no evaluation record" in result.stderr
