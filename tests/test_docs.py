"""The documentation: README.md stays the user's page, and every pointer in the docs resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))

README_LIMIT = 12_288  # bytes (issue 14)
#: The test command .ci/run runs, which must stay in the README's Quick start.
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"

#: [text](target) and ![alt](target); the target ends at whitespace or ")".
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
#: Fenced code blocks and inline code hold example text, not links.
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_BENCH_SCRIPT = re.compile(r"python3? bench/([\w./-]+\.py)")
#: A file of the repository named in the text: summarize/data/default_ranker.json, tests/x.py...
_REPO_FILE = re.compile(r"(?<![\w./$-])((?:summarize|tests|bench|samples)/[\w./-]*\w\.\w+)")


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    return {_slug(m) for m in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.MULTILINE)}


def _prose(text: str) -> str:
    return _INLINE_CODE.sub("", _FENCE.sub("", text))


def _links(path: Path) -> list[str]:
    """The targets of the links in a Markdown file, except URLs (``https:``, ``mailto:``...)."""
    targets = _LINK.findall(_prose(path.read_text(encoding="utf-8")))
    return [t for t in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", t, re.IGNORECASE)]


def test_docs_exist_and_the_readme_links_to_them():
    assert DOCS, "docs/*.md is missing"
    linked = {link.split("#", 1)[0] for link in _links(README)}
    unlinked = [str(p.relative_to(ROOT)) for p in DOCS if str(p.relative_to(ROOT)) not in linked]
    assert not unlinked, f"README.md does not link to {unlinked}"


def test_readme_is_at_most_12_kb():
    size = README.stat().st_size
    assert size <= README_LIMIT, f"README.md is {size:,} bytes, over {README_LIMIT:,}"


def test_readme_keeps_the_ci_test_command():
    assert TEST_COMMAND in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_points_at_a_file_that_exists(path):
    missing = [link for link in _links(path)
               if not link.startswith("#") and not (path.parent / link.split("#", 1)[0]).exists()]
    assert not missing, f"{path.relative_to(ROOT)} links to missing files: {missing}"


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_to_a_heading_of_a_markdown_file_finds_it(path):
    broken = []
    for link in _links(path):
        target, _, anchor = link.partition("#")
        page = (path.parent / target) if target else path
        if anchor and page.suffix == ".md" and page.is_file() and anchor not in _anchors(page):
            broken.append(link)
    assert not broken, f"{path.relative_to(ROOT)} links to missing headings: {sorted(set(broken))}"


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bench_script_named_exists(path):
    scripts = set(_BENCH_SCRIPT.findall(path.read_text(encoding="utf-8")))
    missing = sorted(s for s in scripts if not (ROOT / "bench" / s).is_file())
    assert not missing, f"{path.relative_to(ROOT)} names missing bench scripts: {missing}"


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_repository_file_named_exists(path):
    """Module and data paths quoted in the docs (they go stale when code moves)."""
    named = set(_REPO_FILE.findall(path.read_text(encoding="utf-8")))
    missing = sorted(name for name in named if not (ROOT / name).exists())
    assert not missing, f"{path.relative_to(ROOT)} names missing files: {missing}"


def test_the_finders_find_what_they_look_for():
    """Guards the checks above against patterns that silently match nothing."""
    sample = ("See [a](docs/a.md), [b](../b.txt#part \"title\"), [c](https://x.org), [d](#top)."
              "\n```\n[e](in-code.md)\n```\n`[f](inline.md)`")
    assert _LINK.findall(_prose(sample)) == ["docs/a.md", "../b.txt#part", "https://x.org", "#top"]
    assert _BENCH_SCRIPT.findall("run `python bench/eval_clean.py data.jsonl`") == ["eval_clean.py"]
    assert _REPO_FILE.findall("in `summarize/ranking/default.py`, not ../shared/summarize/x.py, "
                              "nor summarize a.txt") == ["summarize/ranking/default.py"]
    assert _slug("The default ranker, component by component") == (
        "the-default-ranker-component-by-component")
    assert _slug("From Python, and from `Spark`") == "from-python-and-from-spark"
