"""The title: the headline among the lines before the body, and its repeats."""

from __future__ import annotations

from ..words import letter_runs
from .lines import BAD, GOOD, Line
from .signals import MINOR_REASONS, REPEATED

#: The title is looked for among this many lines (glyph rows and widgets aside) before the body.
TITLE_WINDOW = 8


#: Of the headline-like lines there, the title is the first whose longer words the body uses
#: at least this share as much as the line that echoes the body most: page dumps put menu and
#: promotion lines above the headline, and a standfirst below it can echo the body a bit more.
TITLE_ECHO = 0.8


def find_title(lines: list[Line]) -> Line | None:
    """The headline among the last lines before the body: of the heading-like lines of three
    words or more there, the first that echoes the body's words about as much as the best
    (:data:`TITLE_ECHO`), or a longer form of it that follows ("Biden, Kadhimi" then "Biden,
    Kadhimi to seal ..."). Lines before the body that it begins with are its short forms.
    A heading repeated above the body is a candidate too."""
    first = next((i for i, line in enumerate(lines) if line.kind == GOOD), None)
    if first is None:
        return None
    later = {_key(line) for line in lines[first:]}
    near = [i for i in range(first) if lines[i].reason not in MINOR_REASONS
            or _repeated_heading(lines[i], later)][-TITLE_WINDOW:]
    candidates = [i for i in near if headline_like(lines[i]) or _repeated_heading(lines[i], later)]
    if not candidates:
        return None
    body = {w.lower() for line in lines[first:] if line.kind == GOOD for w in line.words}
    echoes = [_echo(lines[i], body) for i in candidates]
    best = next(i for i, echo in zip(candidates, echoes, strict=True)
                if echo >= TITLE_ECHO * max(echoes))
    for i in candidates[candidates.index(best) + 1:]:
        if _key(lines[i]).startswith(_key(lines[best])):
            best = i
    title, key = lines[best], _key(lines[best])
    title.reason = "title"
    for line in lines[:first]:
        if line is not title and line.words and key.startswith(_key(line)):
            line.reason = "short form of the title"
    return title


def _repeated_heading(line: Line, later: set[str]) -> bool:
    """A headline the page shows twice above the body (a file's header and its first line,
    a breadcrumb and the heading) is repeated, yet still the title."""
    return line.reason == REPEATED and _key(line) not in later and 3 <= len(line.words)


def _echo(line: Line, body: set[str]) -> float:
    """The share of a line's longer words that the body uses too."""
    words = [w.lower() for w in line.words if len(w) > 3]
    return sum(w in body for w in words) / len(words) if words else 0.0


def drop_title_repeats(lines: list[Line], title: str | None) -> None:
    """A known title (from the HTML, or found earlier) repeated as a line is not body."""
    if title:
        key = " ".join(letter_runs(title.lower()))
        for line in lines:
            if line.kind == GOOD and _key(line) == key:
                line.kind, line.reason = BAD, "title"


def headline_like(line: Line) -> bool:
    return (
        3 <= len(line.words) <= 40
        and not line.content.endswith(".")
        and not line.reason.startswith(("furniture", "date", "duplicate"))
        and line.reason not in MINOR_REASONS
    )


def _key(line: Line) -> str:
    return " ".join(w.lower() for w in line.words)
