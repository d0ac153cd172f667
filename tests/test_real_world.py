"""Real inputs as a new user meets them (issue 17): each case is a small self-written file in
tests/fixtures/real_world/ or a sample reshaped the way users' files are, run through the CLI."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from summarize.cli import app

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
