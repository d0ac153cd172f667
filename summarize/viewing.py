"""The article view: the whole cleaned article with the summary sentences marked.

:func:`page` writes one standalone HTML page (inline CSS, no script, no external resource,
every piece of text escaped) for ``--format html``; :func:`terminal` writes the same view for
``--highlight``: with rich's styles on a terminal (rich honours ``NO_COLOR``), else with a plain
marker around each summary sentence (:data:`MARK_START`, :data:`MARK_END`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from html import escape

from .languages import LANGUAGES
from .results import ArticleView, CleanedArticle, HeadlineCandidates, Keywords, ScoredSentence

#: What surrounds a summary sentence when the view is not shown on a terminal.
MARK_START, MARK_END = ">>", "<<"

#: Characters HTML does not allow (C0 and C1 controls but tab, line and form feed, CR).
_INVALID = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

_STYLE = """
:root { color-scheme: light dark; }
body { font: 1.05rem/1.6 Georgia, "Times New Roman", serif; margin: 0 auto; padding: 1rem;
       max-width: 42rem; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
h2 { font: 600 .8rem/1.4 system-ui, sans-serif; text-transform: uppercase;
     letter-spacing: .05em; margin: 1.5rem 0 .4rem; color: GrayText; }
.meta, details, .keywords { font: .9rem/1.5 system-ui, sans-serif; }
.meta { color: GrayText; }
.keywords ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.keywords li { border: 1px solid GrayText; border-radius: 1rem; padding: 0 .6rem; }
mark { background: #fff2a8; color: #111; padding: 0 .1em; border-radius: .15em; }
mark[data-rank="1"] { background: #ffd95a; }
details li { margin-bottom: .3rem; }
.reason { color: GrayText; }
article + article { border-top: 2px solid GrayText; margin-top: 2rem; }
"""

Viewable = ArticleView | CleanedArticle | HeadlineCandidates | Keywords


def page(results: Sequence[Viewable]) -> str:
    """One HTML page showing every result (an article view, a cleaned article, headlines or
    key phrases), each in its own ``<article>``."""
    languages = {_language_code(r) for r in results} - {None}
    lang = languages.pop() if len(languages) == 1 else "und"
    title = _title(results[0]) if len(results) == 1 else f"{len(results)} articles"
    body = "\n".join(_article(r) for r in results)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_text(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            f"<main>\n{body}\n</main>\n</body>\n</html>")


def _text(value: object) -> str:
    return escape(_INVALID.sub("", str(value)), quote=True)


def _language_code(result: Viewable) -> str | None:
    language = (result.summary.language if isinstance(result, ArticleView)
                else getattr(result, "language", None))
    return LANGUAGES.get(language) if language else None


def _title(result: Viewable) -> str:
    title = (result.summary.title if isinstance(result, ArticleView)
             else getattr(result, "title", None))
    return title or result.source or "Article"


def _article(result: Viewable) -> str:
    parts = [f"<article>\n<h1>{_text(_title(result))}</h1>"]
    if result.source:
        parts.append(f'<p class="meta">{_text(result.source)}</p>')
    if isinstance(result, ArticleView):
        summary = result.summary
        parts.append(_list("Candidate headlines", summary.headlines, "ol"))
        parts.append(_list("Keywords", summary.keywords, "ul", css="keywords"))
        chosen = {s.index for s in summary.selected}
        paragraphs = ["".join(_sentence(s, s.index in chosen) for s in p)
                      for p in result.paragraphs]
        parts.append(_section("Article", paragraphs))
        parts.append(_removed(result.removed))
    elif isinstance(result, CleanedArticle):
        parts.append(_section("Article", [_text(p) for p in result.text.split("\n\n")]))
        parts.append(_removed(result.removed))
    elif isinstance(result, HeadlineCandidates):
        parts.append(_list("Candidate headlines", result.headlines, "ol"))
    else:
        parts.append(_list("Keywords", result.keywords, "ul", css="keywords"))
    return "\n".join(p for p in parts if p) + "\n</article>"


def _sentence(sentence: ScoredSentence, chosen: bool) -> str:
    text = _text(sentence.text) + " "
    if not chosen:
        return text
    return (f'<mark data-rank="{sentence.rank}" title="rank {sentence.rank}, score '
            f'{sentence.score:.4g}">{_text(sentence.text)}</mark> ')


def _section(heading: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p.rstrip()}</p>" for p in paragraphs if p.strip())
    return f'<section class="article">\n<h2>{heading}</h2>\n{body}\n</section>'


def _list(heading: str, items: Sequence[str], tag: str, css: str = "") -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{_text(item)}</li>" for item in items)
    attribute = f' class="{css}"' if css else ""
    return f"<section{attribute}>\n<h2>{heading}</h2>\n<{tag}>{rows}</{tag}>\n</section>"


def _removed(removed: Sequence) -> str:
    if not removed:
        return ""
    rows = "\n".join(f'<li>{_text(r.text)} <span class="reason">(line {r.line}: '
                     f"{_text(r.reason)})</span></li>" for r in removed)
    return (f"<details>\n<summary>Removed page furniture ({len(removed)} lines)</summary>\n"
            f"<ol>\n{rows}\n</ol>\n</details>")


def terminal(view: ArticleView, *, styled: bool, width: int | None = None) -> str:
    """The view as text: title, headlines, keywords, then the article with each summary
    sentence highlighted (``styled``: ANSI styles by rich, which drops the colours when
    ``NO_COLOR`` is set and keeps the bold) or between plain markers."""
    from rich.console import Console
    from rich.text import Text

    summary = view.summary
    chosen = {s.index for s in summary.selected}
    out = Text()
    if summary.title:
        out.append(_plain(summary.title) + "\n\n", style="bold")
    if summary.headlines:
        out.append("Headlines:\n", style="bold")
        out.append("".join(f"  {i}. {_plain(h)}\n" for i, h in enumerate(summary.headlines, 1)))
    if summary.keywords:
        out.append("Keywords: ", style="bold")
        out.append("; ".join(_plain(k) for k in summary.keywords) + "\n")
    if summary.headlines or summary.keywords:
        out.append("\n")
    for paragraph in view.paragraphs:
        for sentence in paragraph:
            text = _plain(sentence.text)
            if sentence.index not in chosen:
                out.append(text + " ")
            elif styled:
                out.append(f"[{sentence.rank}] ", style="bold")
                out.append(text, style="bold black on yellow")
                out.append(" ")
            else:
                out.append(f"{MARK_START}[{sentence.rank}] {text}{MARK_END} ")
        out.rstrip()
        out.append("\n\n")
    out.rstrip()
    if not styled:
        return out.plain
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, width=width or 100, highlight=False).print(out)
    return buffer.getvalue().rstrip("\n")


def _plain(text: str) -> str:
    """Text without the control characters that could drive a terminal."""
    return _INVALID.sub("", text)
