"""The article view: one standalone HTML page (checked by a parser and in headless Chromium)
and the terminal view of --highlight."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summarize import view
from summarize.cli import app
from summarize.viewing import MARK_END, MARK_START, page, terminal

SAMPLE = SAMPLES / "biden-kadhimi.txt"
VOID = {"meta", "br", "hr", "img", "link", "input"}


class Structure(HTMLParser):
    """Checks that every element is closed in order, and collects what a test looks at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.mark_text: list[str] = []
        self.external: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "mark":
            self.marks.append(values)
            self.mark_text.append("")
        for name in ("src", "href"):
            if values.get(name):
                self.external.append(values[name] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"</{tag}> closes nothing open")

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "mark":
            self.mark_text[-1] += data


def parsed(html: str) -> Structure:
    structure = Structure()
    structure.feed(html)
    structure.close()
    assert not structure.errors and not structure.stack, (structure.errors, structure.stack)
    return structure


def test_the_page_marks_every_summary_sentence_with_its_rank_and_score():
    result = view(SAMPLE.read_text(encoding="utf-8"), sentences=3, source="biden.txt")
    html = page([result])
    structure = parsed(html)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert structure.tags.count("mark") == 3
    assert structure.mark_text == [s.text for s in sorted(result.summary.selected,
                                                           key=lambda s: s.index)]
    assert {m["title"] for m in structure.marks} == {
        f"rank {s.rank}, score {s.score:.4g}" for s in result.summary.selected}
    assert structure.tags.count("details") == 1 and "script" not in structure.tags
    assert not structure.external and "style" in structure.tags  # standalone, inline CSS
    for headline in result.summary.headlines:  # ordered: title, headlines, keywords, article
        assert html.index("<h1>") < html.index(headline) < html.index("Keywords")
    assert html.index("Keywords") < html.index("<section class=\"article\">")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"' abc.\n/=!-\x00\x1b\u00e9")), max_size=200))
def test_any_input_gives_a_valid_page(text):
    article = "Title <b>bold</b> & \"quoted\"\n\nA first sentence here. " + text
    html = page([view(article, keep_furniture=True)])
    structure = parsed(html)
    assert set(structure.tags) <= {"html", "head", "meta", "title", "style", "body", "main",
                                   "article", "h1", "h2", "p", "section", "ol", "ul", "li",
                                   "mark", "details", "summary", "span"}
    assert "\x00" not in html and "\x1b" not in html


def test_cli_writes_one_page_for_several_inputs(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("The mayor opened the new bridge on Friday. Traffic will flow from "
                     "Monday. Cyclists get a lane of their own.\n", encoding="utf-8")
    result = CliRunner().invoke(app, [str(SAMPLE), str(other), "--format", "html"])
    assert result.exit_code == 0, result.stderr
    structure = parsed(result.stdout)
    assert structure.tags.count("article") == 2 and structure.tags.count("html") == 1
    assert structure.tags.count("mark") == 6
    clean = CliRunner().invoke(app, ["clean", str(SAMPLE), "-f", "html"])
    assert "Removed page furniture" in clean.stdout and "mark" not in parsed(clean.stdout).tags
    for command in ("headlines", "keywords"):
        listed = CliRunner().invoke(app, [command, str(SAMPLE), "-f", "html"])
        assert parsed(listed.stdout).tags.count("li") >= 3, command


def test_highlight_marks_the_sentences_in_plain_text():
    result = CliRunner().invoke(app, [str(SAMPLE), "--highlight", "-n", "2"])
    assert result.exit_code == 0, result.stderr
    marked = [line for line in result.stdout.splitlines() if MARK_START in line]
    assert len(marked) == 2 and all(line.endswith(MARK_END) for line in marked)
    assert "Keywords:" in result.stdout and "\x1b[" not in result.stdout
    refused = CliRunner().invoke(app, [str(SAMPLE), "--highlight", "-f", "json"])
    assert refused.exit_code == 2 and "--highlight" in refused.stderr


def test_highlight_styles_on_a_terminal_and_respects_no_color(monkeypatch):
    result = view(SAMPLE.read_text(encoding="utf-8"), sentences=1)
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = terminal(result, styled=True, width=80)
    assert "\x1b[" in coloured and "43m" in coloured and MARK_START not in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    plain = terminal(result, styled=True, width=80)
    assert "\x1b[1m" in plain and "43m" not in plain  # bold stays, colours go


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Chromium is not installed (.ci/run installs Debian's chromium as root)")
    return found


@pytest.mark.slow
def test_the_page_renders_in_headless_chromium(tmp_path):
    browser = chromium()
    html = tmp_path / "view.html"
    result = CliRunner().invoke(app, [str(SAMPLE), "--format", "html"])
    html.write_text(result.stdout, encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "phone.png"
    subprocess.run([*flags, "--window-size=412,900", f"--screenshot={shot}", html.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    dom = subprocess.run([*flags, "--dump-dom", html.as_uri()], capture_output=True,
                         timeout=120, check=True, text=True).stdout
    assert dom.count("<mark ") == 3 and "<details>" in dom and "Candidate headlines" in dom
