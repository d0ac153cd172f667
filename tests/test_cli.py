"""The CLI as users meet it: typer's CliRunner in-process, and the installed entry point."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from summarize.cli import app

SAMPLE = str(SAMPLES / "biden-kadhimi.txt")
runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def entry_point() -> list[str]:
    """The installed `summarize` script, or `python -m summarize` when not on PATH."""
    found = shutil.which("summarize")
    return [found] if found else [sys.executable, "-m", "summarize"]


def test_default_command_prints_three_sentences_then_headlines():
    result = run(SAMPLE, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["summary"]) == 3
    assert data["source"] == SAMPLE and data["language"] == "english"
    assert result.stderr == ""


def test_text_output_contains_summary_and_headlines():
    result = run(SAMPLE, "--sentences", "2")
    assert result.exit_code == 0
    assert "Headlines:" in result.stdout


@pytest.mark.parametrize("option,value,expected", [
    ("--sentences", "1", 1), ("--sentences", "500", None), ("--ratio", "0.1", 3),
])
def test_length_options(option, value, expected):
    data = json.loads(run(SAMPLE, option, value, "-f", "json", "--headlines", "0").stdout)
    if expected is None:  # more than the article has: all of them, no error
        expected = data["article_sentences"]
    assert len(data["summary"]) == expected


def test_word_budget_is_respected():
    data = json.loads(run(SAMPLE, "--words", "60", "-f", "json").stdout)
    assert data["summary"]
    assert sum(len(s.split()) for s in data["summary"]) <= 60


def test_word_budget_never_empty():
    data = json.loads(run(SAMPLE, "--words", "1", "-f", "json").stdout)
    assert len(data["summary"]) == 1


def test_explain_adds_scores_and_ranks():
    data = json.loads(run(SAMPLE, "--explain", "-f", "json").stdout)
    assert [s["rank"] for s in data["scores"]] and all("score" in s for s in data["scores"])
    text = run(SAMPLE, "--explain").stdout
    assert "score" in text and "#1" in text


def test_order_rank_puts_best_first():
    data = json.loads(run(SAMPLE, "--order", "rank", "--explain", "-f", "json",
                          "-a", "lexrank").stdout)
    ranks = [s["rank"] for s in data["scores"]]
    assert ranks == sorted(ranks)


def test_stdin_with_dash_and_pipe():
    text = (SAMPLES / "biden-kadhimi.txt").read_text(encoding="utf-8")
    for args in (["-"], []):
        result = run(*args, "-f", "jsonl", input=text)
        assert result.exit_code == 0
        assert json.loads(result.stdout)["source"] == "-"


def test_several_files_jsonl_one_line_each():
    result = run(SAMPLE, str(SAMPLES / "harbour-bridge-repairs.txt"), "-f", "jsonl")
    lines = result.stdout.strip().split("\n")
    assert [json.loads(line)["source"] for line in lines] == [
        SAMPLE, str(SAMPLES / "harbour-bridge-repairs.txt")]


def test_several_files_json_is_a_list():
    data = json.loads(run(SAMPLE, SAMPLE, "-f", "json").stdout)
    assert isinstance(data, list) and len(data) == 2


def test_markdown_format():
    result = run(SAMPLE, "-f", "markdown")
    assert result.stdout.startswith("## ")


@pytest.mark.parametrize("args,message", [
    (["--sentences", "0"], "--sentences"),
    (["--sentences", "-2"], "--sentences"),
    (["--ratio", "0"], "--ratio"),
    (["--ratio", "1.5"], "--ratio"),
    (["--words", "0"], "--words"),
    (["--algorithm", "magic"], "unknown algorithm"),
    (["--language", "klingon"], "unknown language"),
    (["--sentences", "2", "--words", "50"], "only one of"),
    (["--format", "xml"], "xml"),
    (["--no-such-option"], "No such option"),
])
def test_usage_errors_exit_2_with_one_line(args, message):
    result = run(SAMPLE, *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith("summarize: error:")


def test_input_errors_exit_1_and_others_still_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n ")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    result = run(str(tmp_path / "missing.txt"), str(tmp_path), str(empty), str(binary),
                 SAMPLE, "-f", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["source"] == SAMPLE
    errors = result.stderr.strip().split("\n")
    assert len(errors) == 4
    assert "no such file" in errors[0] and "directory" in errors[1]
    assert "whitespace" in errors[2] and "binary" in errors[3]


def test_max_bytes_limit():
    result = run(SAMPLE, "--max-bytes", "100")
    assert result.exit_code == 1 and "larger than the limit" in result.stderr


@pytest.mark.parametrize("command", ["clean", "headlines", "keywords"])
def test_every_command_that_reads_takes_the_reading_options(command):
    result = run(command, SAMPLE, "--max-bytes", "100", "--read-timeout", "5")
    assert result.exit_code == 1 and "larger than the limit" in result.stderr
    assert run(command, SAMPLE, "--max-bytes", "0").exit_code == 2


def test_empty_stdin_is_an_input_error():
    result = run("-", input="")
    assert result.exit_code == 1 and "standard input: is empty" in result.stderr


def test_algorithms_and_languages_lists():
    listing = run("algorithms").stdout
    for name in ("lead", "lsa", "lexrank", "textrank", "luhn", "edmundson", "kl", "sumbasic",
                 "reduction", "random"):
        assert f"\n{name} " in "\n" + listing
    assert "(default)" in listing
    languages = run("languages").stdout
    assert "\nfr    french " in languages and "orangesum_fr_dev" in languages


def test_clean_subcommand_json():
    result = run("clean", SAMPLE, "-f", "json")
    data = json.loads(result.stdout)
    assert {"source", "title", "text", "removed", "language"} <= set(data)


def test_clean_subcommand_with_the_line_classifier_explains_every_removal():
    data = json.loads(run("clean", SAMPLE, "--method", "learned", "-f", "json").stdout)
    reasons = {r["text"]: r["reason"] for r in data["removed"]}
    assert reasons["Print +A -A"] == "widget labels" and all(reasons.values())
    assert data["guarded"] == [] and "Print +A" not in data["text"]


def test_clean_with_the_line_classifier_keeps_a_french_articles_last_quotation():
    fixture = str(Path(__file__).parent / "fixtures" / "quoted_fr.txt")
    data = json.loads(run("clean", fixture, "--method", "learned", "-f", "json").stdout)
    assert [r["text"] for r in data["removed"]] == ['"'] * 6
    assert data["text"].endswith("a conclu la maire lors de la séance.")


def test_clean_explain_lists_the_lines_the_line_classifier_brought_back(tmp_path, monkeypatch):
    from test_cleaning import BODY, _classifier

    from summarize.cleaning import learned

    page = tmp_path / "page.txt"
    page.write_text("\n\n".join(["Home | News | Sport", "Road works", *BODY]), encoding="utf-8")
    monkeypatch.setattr(learned, "shipped", lambda: _classifier(30.0, restorer=30.0))  # p = 1
    text = run("clean", str(page), "--method", "learned", "--explain").stdout
    assert ("Brought back by the line classifier (1 lines):\n  line 3: 'Road works' (heading "
            "outside the article body; brought back by the line classifier (article p=1.00))"
            ) in text
    data = json.loads(run("clean", str(page), "--method", "learned", "-f", "json").stdout)
    assert [r["text"] for r in data["restored"]] == ["Road works"]
    assert "Brought back" not in run("clean", str(page), "--explain").stdout


def test_clean_explain_gives_the_enders_reason_for_the_lines_below_the_end(tmp_path,
                                                                          monkeypatch):
    import dataclasses

    from test_cleaning import BIO, BODY, _classifier, _ender_on_gaps

    from summarize.cleaning import learned

    page = tmp_path / "page.txt"
    page.write_text("\n\n".join([*BODY, "Share this article", BIO]), encoding="utf-8")
    ender = dataclasses.replace(_classifier(30.0), ender=_ender_on_gaps())
    monkeypatch.setattr(learned, "shipped", lambda: ender)
    text = run("clean", str(page), "--method", "learned", "--explain").stdout
    assert f"  line 11: {BIO!r} (below the article's end, by the line classifier (end " \
        "p=1.00))" in text
    data = json.loads(run("clean", str(page), "--method", "learned", "-f", "json").stdout)
    assert {r["text"]: r["reason"] for r in data["removed"]}[BIO].startswith(learned.ENDED)
    assert BIO not in data["text"] and data["text"].endswith(BODY[-1])
    assert BIO in json.loads(run("clean", str(page), "-f", "json").stdout)["text"]


def test_cleaning_learned_reaches_the_summary_keywords_and_batch(tmp_path, monkeypatch):
    """--cleaning learned (Options.cleaning) cleans what the summary, the key phrases and a
    batch read as `clean --method learned` does: here an ender cutting below the share line."""
    import dataclasses

    from test_cleaning import BIO, BODY, _classifier, _ender_on_gaps

    from summarize import keywords, summarize
    from summarize.cleaning import learned

    page = tmp_path / "page.txt"
    page.write_text("\n\n".join([*BODY, "Share this article", BIO]), encoding="utf-8")
    ender = dataclasses.replace(_classifier(30.0), ender=_ender_on_gaps())
    monkeypatch.setattr(learned, "shipped", lambda: ender)
    every = ["--ratio", "1", "--headlines", "0", "-f", "json"]
    learned_run = json.loads(run(str(page), *every, "--cleaning", "learned").stdout)
    assert learned_run["summary"] == BODY
    assert BIO in json.loads(run(str(page), *every).stdout)["summary"]
    assert summarize(page, ratio=1.0, cleaning="learned").sentences == BODY
    assert "Doe" in keywords(page, 100) and "Doe" not in keywords(page, 100, cleaning="learned")
    assert "Doe" in run("keywords", "-k", "100", str(page)).stdout
    assert "Doe" not in run("keywords", "-k", "100", "--cleaning", "learned", str(page)).stdout
    out = tmp_path / "out.jsonl"
    batch = run("batch", str(page), "-o", str(out), "--ratio", "1", "--cleaning", "learned")
    assert batch.exit_code == 0, batch.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["summary"] == BODY
    bad = run(str(page), "--cleaning", "trees")
    assert bad.exit_code == 2 and "'trees' is not one of 'rules', 'learned'" in bad.stderr


@pytest.mark.parametrize("method", ["rules", "learned"])
def test_clean_subcommand_on_a_page_dump_finds_headline_and_opening(method):
    """A menu line above the headline is not the title, and the question and list between
    the byline and the first paragraph open the article (the tenth round's line classifier
    took the question and two of the three bullets)."""
    page = str(Path(__file__).parent / "fixtures" / "page-dump-app-update.txt")
    data = json.loads(run("clean", page, "--method", method, "-f", "json").stdout)
    assert data["title"] == "Ferry app gets a new timetable for every pier"
    assert data["text"].startswith("What is new in version 4.2?\n\n* A timetable for every pier")
    reasons = {r["text"]: r["reason"] for r in data["removed"]}
    assert reasons["Weather and Traffic Updates"] == "heading outside the article body"
    assert reasons["Share on Facebook"] == "widget labels"


def test_clean_subcommand_drops_a_comment_thread_below_the_article():
    page = str(Path(__file__).parent / "fixtures" / "page-with-comments.txt")
    data = json.loads(run("clean", page, "-f", "json").stdout)
    assert data["text"].endswith("as soon as they were finished.")
    assert data["title"] == "Harbour bridge to close for a year of repairs"
    reasons = {r["text"]: r["reason"] for r in data["removed"]}
    comment = "Thanks for writing this, I had no idea that the bridge was in such a bad state."
    assert reasons[comment].startswith("readers' comments or dated teasers below the article")


def test_a_decomposed_file_is_cleaned_and_printed_composed(tmp_path):
    """A file with accents as separate marks (NFD) is read composed: the same lines go, and
    what is printed is the composed text."""
    page = Path(__file__).parent / "fixtures" / "copied-article-de.txt"
    decomposed = tmp_path / "nfd.txt"
    decomposed.write_text(unicodedata.normalize("NFD", page.read_text("utf-8")), "utf-8")
    composed, from_decomposed = (json.loads(run("clean", str(path), "-f", "json").stdout)
                                 for path in (page, decomposed))
    assert from_decomposed == {**composed, "source": str(decomposed)}
    assert "Kritiker bemängeln" in from_decomposed["text"]


def test_version():
    assert run("--version").stdout.startswith("summarize ")


# The installed entry point, in a real process --------------------------------------------

@pytest.mark.slow
def test_entry_point_runs_the_sample():
    proc = subprocess.run([*entry_point(), SAMPLE, "--sentences", "3", "-f", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["summary"]) == 3


@pytest.mark.slow
def test_python_dash_m_works():
    proc = subprocess.run([sys.executable, "-m", "summarize", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "clean" in proc.stdout


@pytest.mark.slow
def test_broken_pipe_is_quiet():
    files = [SAMPLE] * 40
    cmd = " ".join(entry_point()) + " " + " ".join(files) + " -n 3 | head -c 10"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


@pytest.mark.slow
def test_usage_error_in_subprocess_has_no_traceback():
    proc = subprocess.run([*entry_point(), SAMPLE, "--ratio", "7"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_offline_without_nltk_data(tmp_path):
    """No NLTK data and nltk.download made to fail: the CLI must still work."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import nltk\n"
        "def _refuse(*a, **k):\n"
        "    raise SystemExit('nltk.download was called')\n"
        "nltk.download = _refuse\n"
        "import nltk.downloader\n"
        "nltk.downloader.download = _refuse\n"
    )
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path),
           "PYTHONPATH": str(tmp_path)}
    for algorithm in ("default", "lexrank", "lsa", "edmundson"):
        proc = subprocess.run(
            [sys.executable, "-m", "summarize", SAMPLE, "-a", algorithm, "-f", "json"],
            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert len(json.loads(proc.stdout)["summary"]) == 3


@pytest.mark.parametrize(("typo", "command"), [("clen", "clean"), ("headline", "headlines"),
                                               ("bacth", "batch")])
def test_a_misspelt_subcommand_is_a_usage_error_that_suggests_the_command(typo, command):
    result = run(typo, SAMPLE)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"did you mean 'summarize {command}'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_named_like_a_misspelt_command_is_still_summarised(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("clen").write_text(Path(SAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    result = run("clen", "--sentences", "1")
    assert result.exit_code == 0, result.stderr
    assert "Biden" in result.stdout


@pytest.mark.parametrize("command", [[], ["headlines"]])
def test_an_input_with_no_sentence_is_reported_and_the_others_still_processed(command, tmp_path):
    symbols = tmp_path / "symbols.txt"
    symbols.write_text("... !!! ??? --- *** ###\n", encoding="utf-8")
    letters = tmp_path / "letters.txt"
    letters.write_text("A. B. C. D.\n", encoding="utf-8")
    result = run(*command, str(symbols), str(letters), SAMPLE)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [f"summarize: error: {path}: no article text found (no prose left once the "
                      "page furniture was removed)" for path in (symbols, letters)]
    assert "Biden" in result.stdout


def test_top_level_help_shows_how_to_summarize_then_the_subcommands():
    result = run("--help")
    assert result.exit_code == 0
    out = result.stdout
    for option in ("--sentences", "--ratio", "--words", "--algorithm", "--format", "--language",
                   "--headlines"):
        assert option in out, option
    assert "Examples:" in out and "summarize article.txt --sentences 3" in out
    assert out.index("--sentences") < out.index("Commands:") < out.index("Examples:")
    assert all(name in out for name in ("clean", "headlines", "batch", "eval"))


@pytest.mark.parametrize("command", ["summary", "clean", "batch", "headlines", "eval",
                                     "algorithms", "languages"])
def test_every_subcommand_help_ends_with_examples_of_itself(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    tail = result.stdout.rstrip().split("Examples:")[-1].splitlines()[1:]
    assert tail and all(line.strip().startswith(("summarize", "cat ")) for line in tail)
    assert command == "summary" or any(f"summarize {command}" in line for line in tail)
