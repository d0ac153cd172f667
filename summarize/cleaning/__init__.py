"""Cleaning: from pasted or dumped web text (or HTML) to the article's title and body.

HTML input is first reduced to its main text and title by trafilatura (:mod:`summarize.html`);
then only the furniture signals below remove lines. Plain text is classified line by line,
after jusText's paragraph classification adapted to text where links are not marked (jusText's
``doc/algorithm.rst``):

1. Furniture signals decide first: lines without words (UI glyphs), widget labels ("Share",
   "Print +A -A"), menus and breadcrumbs, captions and credits, datelines, short lines
   repeated on the page, furniture vocabulary in many languages (prompts, legal lines, section
   labels such as "Related": :mod:`.vocabulary`).
2. The other lines are *good* (long, sentence punctuation, enough stop words), *near-good*
   or *short* (headings, datelines, lists, lines with almost no stop words).
3. The context pass: a short line between good ones is good (a subheading), a near-good line
   next to a good one is good, the items after a body line ending with a colon are good;
   nothing before the first good line is, except a list right above it under a plain line,
   and the lines between a byline (under a headline) and the first good line close below it.
   Text with almost no prose (a table) keeps all but the furniture.
4. Small stretches of body cut off from the main one by much furniture, or above the byline,
   go (standfirsts, teasers, author bios), and below the main one, pieces set apart by a
   little furniture that are small beside it; so do readers' comments below a comments heading,
   teasers below a "You may also like" heading or below a title-case heading after the last
   sentence, and the boxes that close an article (the author's bio, a contributors' credit, a
   press release's company boilerplate). A short sentence right after the body stays.
   The recall guard (:mod:`.guard`) keeps the prose lines only their position condemns when
   the rules would drop most of the page's prose.
   With ``method="learned"`` (not the default), the line classifier (:mod:`.learned`, trees over
   these signals and their context) removes the kept lines it finds very unlikely to be
   article, unless they read as prose, and brings back the lines removed only for their
   position that it finds likely to be; once the passes are done, it cuts the kept lines
   below the first boundary it finds likely to be the article's end (:mod:`.ending`).
5. The title is the headline among the lines before the body; of a short and a long form, the
   long one.

The passes repeat on the kept lines until nothing changes, so cleaning cleaned text is a no-op.

The steps, one module each: :mod:`.lines` (lines, their words and stop-word density),
:mod:`.signals` (what a line alone says: furniture, prose, headings), :mod:`.context` (what
its neighbours say), :mod:`.regions` (stretches, comments, teasers and closing boxes),
:mod:`.title` (the headline and its repeats).
"""

from __future__ import annotations

import dataclasses
import warnings
from collections import Counter

from .. import languages
from ..errors import OptionError
from ..options import CLEANINGS as METHODS
from ..reading import Article, as_text, looks_like_html
from ..results import CleanedArticle, RemovedLine
from .context import context_pass
from .guard import guarded
from .learned import decide, ended
from .lines import (
    BAD,
    BULLET,
    GOOD,
    HEADING_MARKS,
    MINOR,
    SPACE,
    Line,
    applicable_stop_words,
    density_stop_words,
    join_lines,
    line_words,
    reblocked,
    split_lines,
)
from .regions import author_boxes, credited_captions
from .signals import (
    MINOR_REASONS,
    TERMINAL,
    TRAILING_URL,
    furniture_reason,
    intrinsic,
    markup,
    table_header,
)
from .title import drop_title_repeats, find_title

#: Passes of the classification on the kept lines before the result is final.
MAX_PASSES = 4


def clean(
    text: Article, *, language: str = "auto", keep_furniture: bool = False,
    source: str | None = None, method: str = "rules",
) -> CleanedArticle:
    """Clean one article: its title, its body paragraphs, and what was removed and why.

    ``language`` is a name, an ISO code or 'auto' (detected on the text).
    ``keep_furniture=True`` keeps every line (HTML is still reduced to its main text).
    ``text`` may also be bytes or a path (see :func:`summarize.reading.as_text`).
    ``method`` decides the lines of plain text: 'rules' (the default) alone, or 'learned': the
    rules, then on each pass the line classifier (:mod:`.learned`) removing the kept lines it
    finds very unlikely to be article and bringing back lines removed for their position that
    it finds likely to be, and at the end cutting the kept lines below what it finds to be the
    article's end (not the default: docs/cleaning.md has the figures and the trade).
    """
    if method not in METHODS:
        raise OptionError(f"unknown cleaning method {method!r}: one of {', '.join(METHODS)}")
    text = as_text(text)
    title = None
    html = looks_like_html(text)
    if html:
        from ..html import extract_html

        title, text = extract_html(text)
        title = None if title and markup(title) else title  # "{{ page.title }}"
    lines = split_lines(text)
    lang, unsupported = _language(lines, language, source)
    if keep_furniture:
        return CleanedArticle(title=title, text=join_lines(lines), language=lang, removed=[],
                              source=source, unsupported_language=unsupported)
    removed: list[Line] = []
    restored: dict[int, str] = {}  # line number: why the line classifier brought it back
    kept, title = _passes(lines, lang, unsupported, title, removed, restored, html=html,
                          method=method)
    if method == "learned" and not html:
        kept, title = _ended(lines, kept, title, removed, restored, lang, unsupported)
    brought = [RemovedLine(line.number, line.raw, restored[line.number]) for line in kept
               if line.number in restored]  # before the guard's lines join the kept ones
    back, why = guarded(kept, removed)
    if back:
        kept = sorted([*kept, *back], key=lambda line: line.number)
        removed = [line for line in removed if line not in back]
    removed.sort(key=lambda line: line.number)
    return CleanedArticle(
        title=title,
        text=join_lines(kept),
        language=lang,
        removed=[RemovedLine(line.number, line.raw, line.reason) for line in removed],
        source=source,
        unsupported_language=unsupported,
        guarded=[RemovedLine(line.number, line.raw, f"{line.reason}; {why}") for line in back],
        restored=brought,
    )


def _passes(lines: list[Line], lang: str, unsupported: str | None, title: str | None,
            removed: list[Line], restored: dict[int, str], *, html: bool,
            method: str) -> tuple[list[Line], str | None]:
    """The passes of the classification on the kept lines until nothing changes: the kept
    lines and the title; the removed lines join ``removed`` (each with its reason), the lines
    the line classifier brings back join ``restored`` (line number: why)."""
    for _ in range(MAX_PASSES):
        classify(lines, _stop_words(lines, lang, unsupported), extracted=html)
        if method == "learned" and not html:
            restored |= decide(lines)
        drop_title_repeats(lines, title)
        found = find_title(lines) if title is None and not removed else None
        if found is not None:
            title = found.content
        kept = [line for line in lines if line.kind == GOOD]
        removed.extend(line for line in lines if line.kind != GOOD)
        if len(kept) == len(lines):
            break
        lines = reblocked(kept) if method == "learned" else kept
    return lines, title


def _ended(lines: list[Line], kept: list[Line], title: str | None, removed: list[Line],
           restored: dict[int, str], lang: str,
           unsupported: str | None) -> tuple[list[Line], str | None]:
    """The ender's cut (:func:`.learned.ended`), then the passes again on what is left, until
    the ender cuts nothing: what cleaning the output again would do, so that it does nothing
    (at most MAX_PASSES times)."""
    for _ in range(MAX_PASSES):
        cut = ended(settled(lines, kept, removed))
        if not cut:
            break
        for line in kept:
            if line.number in cut:
                line.kind, line.reason = BAD, cut[line.number]
                removed.append(line)
        lines = reblocked([line for line in kept if line.number not in cut])
        kept, title = _passes(lines, lang, unsupported, title, removed, restored, html=False,
                              method="learned")
    return kept, title


def settled(lines: list[Line], kept: list[Line], removed: list[Line]) -> list[Line]:
    """Every one of ``lines`` (the input's, or those a pass started from) as the passes left
    it (kept or removed, with its reason), in its block there: the page the ender reads."""
    state = {line.number: line for line in (*removed, *kept)}
    return [dataclasses.replace(state[line.number], block=line.block) for line in lines]


def last_pass(text: str, language: str = "auto") -> list[Line]:
    """The lines of plain ``text`` as the rules' passes leave them (what the ender reads; its
    fitting starts here)."""
    lines = split_lines(text)
    lang, unsupported = _language(lines, language, None)
    removed: list[Line] = []
    kept, _ = _passes(lines, lang, unsupported, None, removed, {}, html=False, method="rules")
    return settled(lines, kept, removed)


def first_pass(text: str, language: str = "auto") -> list[Line]:
    """The lines of plain ``text`` as one pass of the rules leaves them (what the line
    classifier reads; its fitting starts here)."""
    lines = split_lines(text)
    lang, unsupported = _language(lines, language, None)
    classify(lines, _stop_words(lines, lang, unsupported), extracted=False)
    return lines


def _stop_words(lines: list[Line], lang: str, unsupported: str | None) -> frozenset[str]:
    """Decided anew on each pass's lines, as on a second cleaning of the kept ones; a
    language we do not support has no stop words: its density is no signal."""
    return frozenset() if unsupported else applicable_stop_words(density_stop_words(lang), lines)


def _language(lines: list[Line], language: str, source: str | None) -> tuple[str, str | None]:
    """The language asked for, or the detected one, and the code of an unsupported language
    the text is in: it is processed as another, with an
    :class:`~summarize.languages.UnsupportedLanguageWarning`."""
    if language != "auto":
        return languages.resolve(language), None
    prose = [line.raw for line in lines if len(line.raw) >= 60]
    name, unsupported = languages.detection(
        "\n".join(prose) if prose else "\n".join(line.raw for line in lines))
    if unsupported:
        warnings.warn(languages.UnsupportedLanguageWarning(
            f"{source or 'the input'}: the text looks like {unsupported!r} (ISO 639), a "
            f"language summarize does not support: processed as {name} (sentences end at "
            f"{name}'s punctuation and at \u3002\uff01\uff1f; no stop words or stems of its "
            "own; no headlines); see `summarize languages`"), stacklevel=3)
    return name, unsupported


def classify(lines: list[Line], stop_words: frozenset[str], *, extracted: bool) -> None:
    """Set each line's kind and reason. Text ``extracted`` from HTML is already the main
    text: there only the furniture signals remove lines, not the context pass."""
    keys = [SPACE.sub(" ", HEADING_MARKS.sub("", BULLET.sub("", line.raw))).lower()
            for line in lines]
    counts = Counter(keys)
    seen: set[str] = set()
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        line.content = HEADING_MARKS.sub("", BULLET.sub("", line.raw))
        line.words = line_words(line.content)
        line.sentence = bool(TERMINAL.search(TRAILING_URL.sub("", line.content[-80:])[-12:]))
        lower = [w.lower() for w in line.words]
        line.stop_share = (
            sum(w in stop_words for w in lower) / len(lower) if stop_words and lower else None
        )
        repeats = 1 if table_header(lines, i) else counts[key]
        reason = furniture_reason(line, repeats, key in seen and repeats > 1)
        seen.add(key)
        if reason:
            line.kind, line.reason = (MINOR if reason in MINOR_REASONS else BAD), reason
        else:
            line.kind, line.reason = (GOOD, "") if extracted else intrinsic(line)
    if extracted:
        for line in lines:
            line.kind = GOOD if line.kind == GOOD else BAD
    else:
        credited_captions(lines)
        author_boxes(lines)
        context_pass(lines)
