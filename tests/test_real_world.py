"""Real inputs as a new user meets them (issue 17): each case is a small self-written file in
tests/fixtures/real_world/ or a sample reshaped the way users' files are, run through the CLI."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import pytest
from conftest import SAMPLES
from test_cli import entry_point
from typer.testing import CliRunner

from summarize.cli import app
from summarize.languages import UnsupportedLanguageWarning

CASES = Path(__file__).parent / "fixtures" / "real_world"
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def fold(text: str, width: int) -> str:
    """Hard-wrap every paragraph at ``width`` columns, as `fold -s`, mail and editors do."""
    return "\n".join(textwrap.fill(line, width, break_on_hyphens=False) if line else ""
                     for line in text.split("\n"))


def cleaned(text: str) -> dict:
    result = run("clean", "--format", "json", input=text)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["biden-kadhimi.txt", "lakeside-library.txt"])
@pytest.mark.parametrize("width", [60, 72, 79])
def test_wrapped_text_cleans_as_the_unwrapped_text(name, width):
    path = SAMPLES / name if (SAMPLES / name).exists() else CASES / name
    text = path.read_text(encoding="utf-8")
    plain, wrapped = cleaned(text), cleaned(fold(text, width))
    assert wrapped["title"] == plain["title"] is not None
    assert wrapped["text"] == plain["text"]
    assert "\n" not in wrapped["text"].split("\n\n")[0]  # the lead, joined, stays the lead


def test_wrapped_text_keeps_its_headlines():
    text = (SAMPLES / "biden-kadhimi.txt").read_text(encoding="utf-8")
    plain = run("headlines", "--format", "json", input=text)
    wrapped = run("headlines", "--format", "json", input=fold(text, 72))
    assert plain.exit_code == wrapped.exit_code == 0
    assert json.loads(wrapped.stdout)["headlines"] == json.loads(plain.stdout)["headlines"]


def test_a_title_shown_twice_above_the_body_is_the_title():
    result = run("clean", "--explain", str(CASES / "lakeside-library.txt"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Lakeside library to open on Sundays from March\n\n")
    assert "(repeated line)" not in result.stdout


def test_a_markdown_heading_is_the_title_without_its_marks():
    text = "# Lakeside library to open on Sundays\n\n" + (
        CASES / "lakeside-library.txt").read_text(encoding="utf-8").split("Print +A -A\n", 1)[1]
    assert cleaned(text)["title"] == "Lakeside library to open on Sundays"


def headlines_of(name: str, *args: str) -> list[str]:
    result = run("headlines", "--format", "json", *args, str(CASES / name))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["headlines"]


def test_a_passive_progressive_loses_its_auxiliaries_and_keeps_its_adverb():
    """ "are being treated" was "am treated" (be's first present form), cut to "staff am"."""
    found = headlines_of("staff-report.txt")
    assert "Thousands of staff treated badly" in found
    assert not any(" am" in f" {h} " for h in found)


def test_be_agrees_with_a_plural_subject():
    found = headlines_of("deportation-deals.txt")
    assert found and all(h.startswith("Deals sought") for h in found if "Deals" in h)
    assert not any(" am " in f" {h} " for h in found)


def test_a_question_is_not_compressed_into_a_headline():
    """ "How did the authorities react ...?" gave "How does authorities react"."""
    found = headlines_of("flood-question.txt")
    assert found and not any(h.split()[0] in ("How", "Does", "Did") for h in found)


def test_a_verb_phrase_is_no_apposition_and_a_cut_compound_is_dropped():
    """ "Hitch, has topped ... running, taking $31m" lost its verb ("Hitch taking $31m"),
    and a cut at the word limit left "tops North American box"."""
    found = headlines_of("box-office.txt")
    assert found and not any(h.endswith((" box", "Hitch taking $31m")) for h in found)


def test_a_letter_is_no_topic_and_say_keeps_its_clause():
    """ "vitamin C" made "C: Researchers say daily dose"."""
    found = headlines_of("vitamin-c.txt")
    assert found and not any(h.startswith("C:") or h.endswith("daily dose") for h in found)


def test_german_candidates_keep_the_verb_an_auxiliary_waits_for():
    found = headlines_of("altstadt-de.txt", "--language", "de")
    assert "Stadt wird vor allem die historische Altstadt sanieren lassen" in found
    assert not any(h.endswith("vor allem") for h in found)


def test_spanish_candidates_do_not_end_on_a_future_verb_and_lose_the_time():
    found = headlines_of("bruselas-es.txt", "--language", "es")
    assert "Presidente del Gobierno viajará a Bruselas" in found
    assert not any(h.endswith("viajará") or "próxima semana" in h for h in found)
    short = headlines_of("bruselas-es.txt", "--language", "es", "--headline-words", "5")
    assert not any(h.endswith("viajará") for h in short)


def test_french_cuts_at_a_preposition_such_as_des():
    """A cut at the word limit must fall before a preposition: "dès" is one."""
    result = run("headlines", "--language", "fr", "--format", "json",
                 str(Path(__file__).parent / "fixtures" / "headlines_fr_festival.txt"))
    found = json.loads(result.stdout)["headlines"]
    assert any("Marciac affiche complet" in h for h in found)


@pytest.mark.parametrize("name", ["js-shell.html", "template.html", "listing.html"])
@pytest.mark.parametrize("command", [[], ["clean"], ["headlines"]])
def test_a_page_without_article_text_is_an_error(name, command):
    result = run(*command, str(CASES / name))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == (f"summarize: error: {CASES / name}: no article text found "
                                     "(no prose left once the page furniture was removed)")


def test_batch_gives_a_page_without_article_text_an_error_record(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("batch", "-j", "1", "-o", str(out), str(CASES / "js-shell.html"),
                 str(CASES / "lakeside-library.txt"))
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "no article text found" in records[0]["error"] and records[1]["summary"]


def test_template_placeholders_are_removed_and_the_prose_summarized():
    result = run("--format", "json", str(CASES / "template-with-prose.html"))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] is None
    assert data["summary"] and not any("{" in s for s in data["summary"] + data["headlines"])


@pytest.mark.parametrize(("name", "code", "processed"), [
    ("metro-zh.txt", "zh", "english"), ("metro-ja.txt", "ja", "english"),
    ("metro-ar.txt", "ar", "english"), ("metro-vi.txt", "vi", "english"),
    ("metro-ca.txt", "ca", "spanish")])
def test_an_unsupported_language_is_named_and_processed_as_another(name, code, processed):
    with pytest.warns(UnsupportedLanguageWarning, match=rf"looks like '{code}'.*processed as "
                      rf"{processed}"):
        result = run("--format", "json", "-n", "9", str(CASES / name))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == processed and data["headlines"] == []


def test_chinese_and_japanese_sentences_end_at_full_width_marks():
    with pytest.warns(UnsupportedLanguageWarning):
        zh = json.loads(run("--format", "json", "-n", "9", str(CASES / "metro-zh.txt")).stdout)
        ja = json.loads(run("--format", "json", "-n", "9", str(CASES / "metro-ja.txt")).stdout)
    assert zh["summary"][2] == "市民对此表示欢迎！" and zh["article_sentences"] == 4
    assert ja["summary"][2] == "「便利になる！」と住民は話した。" and ja["article_sentences"] == 4


def test_a_supported_language_gives_no_warning(recwarn):
    assert run(str(CASES / "lakeside-library.txt")).exit_code == 0
    assert not [w for w in recwarn if w.category is UnsupportedLanguageWarning]


@pytest.mark.slow
def test_the_installed_tool_says_on_stderr_that_a_language_is_unsupported():
    done = subprocess.run([*entry_point(), str(CASES / "metro-ar.txt")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("أعلنت")
    assert done.stderr.startswith(f"summarize: warning: {CASES / 'metro-ar.txt'}: the text "
                                  "looks like 'ar' (ISO 639), a language summarize does not "
                                  "support: processed as english")


def test_languages_says_what_is_supported_and_how_well():
    listing = run("languages").stdout.splitlines()
    assert listing[0].split() == ["code", "language", "stop", "words", "stemmer", "headline",
                                  "rules", "measured", "on"]
    rows = {line.split()[1]: line for line in listing[1:] if line[:1].isalpha() and "  " in line}
    assert rows["english"].endswith("cnndm_dev, bbc_dev") and " own " in rows["english"]
    assert rows["german"].endswith("not measured") and rows["italian"].split()[4] == "generic"
    assert "warning on stderr and no headlines" in listing[-1]


def summary_of(name: str, *args: str) -> dict:
    result = run("--format", "json", *args, str(CASES / name))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_table_rows_headings_and_edit_markers_are_no_summary_sentences():
    data = summary_of("wiki-bridge.txt", "-n", "20")
    assert data["article_sentences"] == len(data["summary"]) == 7
    assert not any(s.startswith(("|", "[")) or "[edit]" in s or s in ("History", "Traffic")
                   for s in data["summary"])
    assert "It was the longest single-span arch in the country for forty years.[2]" in (
        data["summary"])  # a reference marker stays with the sentence it closes


def test_cleaning_keeps_the_tables_and_headings_a_summary_leaves_out():
    text = cleaned((CASES / "wiki-bridge.txt").read_text(encoding="utf-8"))["text"]
    assert "| 1931 | 11,000 | 120 |" in text and "History[edit]" in text


@pytest.mark.parametrize(("name", "quote"), [
    ("party-quotes-en.txt", '"Why should we wait for Madrid to decide?", the party leader asked'),
    ("party-quotes-en.txt", '"Enough!" shouted several members'),
    ("party-quotes-es.txt", '"¿Por qué tenemos que esperar a que decidan en Madrid?", y el'),
    ("party-quotes-es.txt", '"¡Basta ya!", gritaron varios militantes')])
def test_a_question_or_exclamation_inside_a_quotation_does_not_end_the_sentence(name, quote):
    summary = summary_of(name, "-n", "9")["summary"]
    assert len(summary) == 3
    assert any(quote in s for s in summary)
    assert not any(s.startswith(('",', '" ')) or s[:1].islower() for s in summary)


def test_a_summary_does_not_open_on_a_connective_whose_sentence_before_is_left_out():
    for n in ("1", "2"):
        summary = summary_of("tram-however.txt", "-n", n)["summary"]
        assert summary and not summary[0].startswith("However")


def test_no_clean_keeps_each_line_of_an_unwrapped_text_apart():
    """Short lines of a list (not hard-wrapped prose) were joined into one "sentence"."""
    data = summary_of("opening-hours.txt", "--no-clean", "-n", "5")
    assert data["summary"] == ["The library on Harbour Street reopens on Monday after a "
                               "six-month refit that added a children's room and a cafe."]


def test_a_gzip_file_is_read(tmp_path):
    import gzip

    path = tmp_path / "article.txt.gz"
    path.write_bytes(gzip.compress((CASES / "lakeside-library.txt").read_bytes()))
    plain = summary_of("lakeside-library.txt")
    result = run("--format", "json", str(path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"] == plain["summary"]


def test_a_gzip_file_that_inflates_past_the_limit_or_is_cut_short_is_refused(tmp_path):
    import gzip

    bomb, cut = tmp_path / "bomb.gz", tmp_path / "cut.gz"
    bomb.write_bytes(gzip.compress(b"word " * 400_000))
    cut.write_bytes(gzip.compress((CASES / "lakeside-library.txt").read_bytes())[:60])
    result = run("--max-bytes", "1000000", str(bomb), str(cut))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"summarize: error: {bomb} (decompressed): larger than the limit of 1,000,000 bytes "
        "(raise it with --max-bytes)",
        f"summarize: error: {cut}: a damaged gzip file (it ends too soon)"]


def test_shell_completion_is_offered_and_completes_subcommands(monkeypatch):
    script = runner.invoke(app, ["--show-completion", "bash"], prog_name="summarize")
    assert script.exit_code == 0 and "complete -o default -F _summarize_completion summarize" in (
        script.stdout)
    monkeypatch.setenv("_SUMMARIZE_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "summarize cl")
    monkeypatch.setenv("COMP_CWORD", "1")
    completed = runner.invoke(app, [], prog_name="summarize")
    assert completed.stdout.split() == ["clean"]


def test_batch_on_a_glob_or_folder_without_articles_says_so(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "data.bin").write_bytes(b"\x00\x01")
    for given in (str(tmp_path / "*"), str(tmp_path)):
        result = run("batch", "-j", "1", given)
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr.strip() == (f"summarize: error: {given}: holds no article (.txt, "
                                         ".html, .htm) or JSONL file")
