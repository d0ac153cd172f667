"""Rendering: results as text for people, or JSON, JSON Lines and Markdown for tools."""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any, Literal

from .results import CleanedArticle, HeadlineCandidates, Keywords, Summary

Format = Literal["text", "json", "jsonl", "markdown"]
FORMATS = ("text", "json", "jsonl", "markdown")


def dumps(data: Any, *, pretty: bool) -> str:
    """JSON with non-ASCII text kept as is."""
    return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)


def _wrap(text: str, width: int | None) -> str:
    return textwrap.fill(text, width) if width else text


def summary_text(summary: Summary, *, explain: bool = False, width: int | None = None) -> str:
    """The summary as a readable block, then the candidate headlines."""
    lines: list[str] = []
    if summary.title:
        lines += [_wrap(summary.title, width), ""]
    if explain:
        for s in summary.selected:
            lines.append(_wrap(f"[#{s.rank} score {s.score:.4g} sentence {s.index + 1}] {s.text}",
                               width))
            if s.reasons:
                lines.append(_wrap("  why: " + "; ".join(s.reasons), width))
    else:
        lines.append(_wrap(summary.text, width))
    if summary.headlines:
        lines += ["", "Headlines:"] + [f"  {i}. {h}" for i, h in enumerate(summary.headlines, 1)]
    if summary.keywords:
        lines += ["", _wrap("Keywords: " + "; ".join(summary.keywords), width)]
    return "\n".join(lines)


def summary_markdown(summary: Summary, *, explain: bool = False) -> str:
    heading = summary.title or summary.source or "Summary"
    lines = [f"## {heading}", ""]
    if explain:
        lines += [f"- {s.text} *(rank {s.rank}, score {s.score:.4g}"
                  + "".join(f"; {r}" for r in s.reasons) + ")*" for s in summary.selected]
    else:
        lines.append(summary.text)
    if summary.headlines:
        lines += ["", "**Headlines**", ""] + [f"{i}. {h}" for i, h in
                                               enumerate(summary.headlines, 1)]
    if summary.keywords:
        lines += ["", "**Keywords**: " + "; ".join(summary.keywords)]
    return "\n".join(lines)


def cleaned_text(article: CleanedArticle, *, explain: bool = False) -> str:
    """Title, blank line, paragraphs; with ``explain``, every removed line and why."""
    parts = [article.title, ""] if article.title else []
    parts.append(article.text)
    if explain:
        for heading, listed, always in (("Removed", article.removed, True),
                                        ("Kept by the recall guard", article.guarded, False),
                                        ("Brought back by the line classifier",
                                         article.restored, False)):
            if listed or always:
                parts += ["", f"{heading} ({len(listed)} lines):"]
                parts += [f"  line {r.line}: {r.text!r} ({r.reason})" for r in listed]
    return "\n".join(parts)


Result = Summary | CleanedArticle | HeadlineCandidates | Keywords


def render(
    result: Result, fmt: Format, *, explain: bool = False,
    width: int | None = None, header: bool = False,
) -> str:
    """One result in ``fmt``; ``header`` names the source first (text with several inputs).

    For ``json`` with several inputs, callers collect :func:`as_dict` values into one list.
    """
    if fmt in ("json", "jsonl"):
        return dumps(as_dict(result, explain=explain), pretty=fmt == "json")
    if isinstance(result, CleanedArticle):
        body = cleaned_text(result, explain=explain)
    elif isinstance(result, HeadlineCandidates):
        body = "\n".join(result.headlines)
    elif isinstance(result, Keywords):
        body = "\n".join(result.keywords)
    elif fmt == "markdown":
        body = summary_markdown(result, explain=explain)
        header = False
    else:
        body = summary_text(result, explain=explain, width=width)
    return _CONTROL.sub("", f"{_header(result.source)}{body}" if header else body)


def header(source: str | None) -> str:
    """The line that names an input before its result when there are several."""
    return _CONTROL.sub("", _header(source))


def _header(source: str | None) -> str:
    return f"==> {source} <==\n"


#: Control characters but tab and newline: escape sequences copied from the input must not
#: reach a terminal (JSON escapes them anyway).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def as_dict(result: Result, *, explain: bool = False) -> dict[str, Any]:
    if isinstance(result, Summary):
        return result.to_dict(explain=explain)
    return result.to_dict()
