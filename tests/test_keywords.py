"""Key phrases: verbatim spans of the article, never a stop word alone, in every language."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES, read_jsonl, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarize import clean, keywords, summarize
from summarize.cli import app
from summarize.languages import LANGUAGES, every_stop_word
from summarize.words import words

SAMPLE = SAMPLES / "biden-kadhimi.txt"


def check(phrases: list[str], text: str, language: str) -> None:
    """Each phrase occurs in the (cleaned) article, and neither starts nor ends with a stop
    word (so no stop word stands alone); no phrase is given twice."""
    flat = " ".join(text.split())
    stop = every_stop_word(language)
    assert len(set(phrases)) == len(phrases)
    for phrase in phrases:
        assert phrase in flat, phrase
        tokens = [w.lower() for w in words(phrase)]
        assert tokens and tokens[0] not in stop and tokens[-1] not in stop, phrase


def test_the_sample_has_multi_word_phrases_best_first():
    text = SAMPLE.read_text(encoding="utf-8")
    found = keywords(text)
    assert len(found) == 8 and found[0] == "Iraq"
    assert "combat operation" in found and any(len(p.split()) == 3 for p in found)
    check(found, clean(text).text, "english")
    assert keywords(text, 3) == found[:3] and keywords(text, 0) == []


def test_every_sample_and_language_of_the_shared_pages():
    for path in sorted(SAMPLES.iterdir()):
        text = path.read_text(encoding="utf-8")
        article = clean(text)
        check(keywords(text), article.text, article.language)
    pages = read_jsonl(shared_path("data", "cleaning", "trafilatura_eval_dev.jsonl"))
    seen = set()
    for page in pages[::5]:  # a hundred pages, in seven languages
        article = clean(page["page_text"])
        if not article.text.strip():
            continue
        seen.add(article.language)
        check(keywords(page["page_text"], 10), article.text, article.language)
    assert len(seen) >= 7


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_supported_language_gives_phrases_from_the_text(language):
    text = ("Alpha Beta Gamma said. Delta Epsilon rose again. Alpha Beta Gamma fell. "
            "Zeta Eta rose, and Alpha Beta Gamma won.")
    found = keywords(text, language=language)
    assert found and found[0] == "Alpha Beta Gamma"
    check(found, text, language)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["the", "of", "bank", "England", "rates", "rose", ",", ".",
                                 "U.S.", "a", "in", "March", "and", "'s", "-", "5"]),
                min_size=1, max_size=60))
def test_property_phrases_are_spans_and_no_stop_word_alone(tokens):
    text = " ".join(tokens) + "."
    check(keywords(text, language="en", keep_furniture=True), text, "english")


def test_keywords_in_json_text_and_the_subcommand():
    runner = CliRunner()
    data = json.loads(runner.invoke(app, [str(SAMPLE), "-f", "json"]).stdout)
    assert data["keywords"] == keywords(SAMPLE.read_text(encoding="utf-8"))
    assert list(data)[:5] == ["source", "language", "algorithm", "title", "summary"]
    text = runner.invoke(app, [str(SAMPLE), "--keywords", "3"]).stdout
    assert text.rstrip().splitlines()[-1] == "Keywords: " + "; ".join(data["keywords"][:3])
    assert "Keywords" not in runner.invoke(app, [str(SAMPLE), "--keywords", "0"]).stdout
    sub = runner.invoke(app, ["keywords", str(SAMPLE), "-k", "4"])
    assert sub.exit_code == 0 and sub.stdout.splitlines() == data["keywords"][:4]
    assert summarize(SAMPLE, keywords=2).keywords == data["keywords"][:2]


def test_an_input_without_words_is_an_error(tmp_path):
    symbols = tmp_path / "symbols.txt"
    symbols.write_text("!!! ??? ... 123 456\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["keywords", str(symbols), str(SAMPLE)])
    assert result.exit_code == 1
    assert result.stderr == f"summarize: error: {symbols}: no word found in the text, no key " \
        "phrase\n"
    assert result.stdout.startswith(f"==> {SAMPLE} <==\nIraq\n")
