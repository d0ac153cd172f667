"""Error analysis of the cleaner on trafilatura_eval_dev's page dumps: where the surviving
must_not_contain snippets sit relative to the body and what kind of text they are, and which
removal reason took each missed must_contain snippet.

    python bench/clean_errors.py                  # the tables
    python bench/clean_errors.py --examples 5     # and a few snippets of each category

The body is the span of input lines holding the page's must_contain snippets: a surviving
must_not_contain snippet is before it, after it or inside it (between paragraphs). Its kind is
a coarse guess from its text (comments, teasers, footers, cookie notices, author boxes, menus,
dates, other), meant for reading the table, not for cleaning; its class is what the line reads
as on its own (prose, near-good, short: a heading, a link, a label), which says which rule kept it:
prose stays unless its position condemns it, a short line only through its neighbours.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_clean_sites import DATA_SETS  # noqa: E402

from summarize import clean  # noqa: E402
from summarize.cleaning import first_pass  # noqa: E402
from summarize.cleaning.signals import intrinsic  # noqa: E402

KINDS = (
    ("cookie or consent", r"cookie|consent|datenschutz|privacy|gdpr|rgpd"),
    ("footer or legal", r"©|copyright|rights reserved|impressum|terms of|mentions légales"
                        r"|alle rechte|derechos reservados|tous droits"),
    ("comment", r"repl(?:y|ies)\b|\bcomments?\b|says:|kommentar|commentaire|comentario"
                r"|antworten|répondre|responder|\b\d{1,2}:\d{2}\s?(?:am|pm)?\b"),
    ("author box", r"\b(?:author|autor|auteur|about the|über den|is a (?:writer|journalist"
                   r"|reporter|freelance))"),
    ("teaser or related", r"related|read (?:more|also)|see also|you may|lesen sie|lire aussi"
                          r"|à lire|leer más|leia|more from|recommended|popular|trending"),
    ("date", r"^\W*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.? \w+ \d{4}|\w+ \d{1,2}, \d{4})"),
)


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


class Located:
    """Normalised text of some lines, with the input line number of every character."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        parts, starts, numbers, at = [], [], [], 0
        for number, text in lines:
            text = _norm(text)
            starts.append(at)
            numbers.append(number)
            parts.append(text)
            at += len(text) + 1
        self.text = " ".join(parts)
        self.starts, self.numbers = starts, numbers

    def lines_of(self, snippet: str) -> list[int]:
        at = self.text.find(_norm(snippet))
        if at < 0:
            return []
        end = at + len(_norm(snippet))
        first = bisect.bisect_right(self.starts, at) - 1
        last = bisect.bisect_right(self.starts, end - 1) - 1
        return self.numbers[first:last + 1]


def kind(text: str, words: int) -> str:
    low = text.lower()
    for name, pattern in KINDS:
        if re.search(pattern, low):
            return name
    if words <= 8:
        return "short line (menu, link, heading)"
    return "other prose"


def analyse(examples: int) -> None:
    data = next(d for d in DATA_SETS if d.name == "snippets")
    where: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    cross: Counter[tuple[str, str]] = Counter()
    classes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    samples: defaultdict[str, list[str]] = defaultdict(list)
    for row in data.rows():
        text = data.input(row)
        lines = first_pass(text)
        page = Located([(line.number, line.raw) for line in lines])
        raw = {line.number: line.raw for line in lines}
        by_number = {line.number: line for line in lines}
        article = clean(text)
        out = _norm(f"{article.title or ''}\n{article.text}")
        removed = {r.line: r.reason for r in article.removed}
        body = [n for s in row["must_contain"] for n in page.lines_of(s)]
        low, high = (min(body), max(body)) if body else (0, 0)
        for snippet in row["must_not_contain"]:
            if _norm(snippet) not in out:
                continue
            at = page.lines_of(snippet)
            if not at or not body:
                position = "unknown"
            elif at[-1] < low:
                position = "before the body"
            elif at[0] > high:
                position = "after the body"
            else:
                position = "inside the body"
            context = " / ".join(raw[n] for n in at)[:160]
            label = kind(context, len(context.split()))
            where[position] += 1
            classes[f"{position:16s} {intrinsic(by_number[at[0]])[0]}" if at else position] += 1
            kinds[label] += 1
            cross[(position, label)] += 1
            samples[f"{position}: {label}"].append(f"{row['id']}: {context}")
        for snippet in row["must_contain"]:
            if _norm(snippet) in out:
                continue
            at = page.lines_of(snippet)
            why = sorted({removed.get(n, "kept") for n in at}) or ["not in the input"]
            reason = re.sub(r"'.*'|\(.*\)|p=[\d.]+", "...", "; ".join(why))
            reasons[reason] += 1
            samples[f"missed: {reason}"].append(f"{row['id']}: {snippet[:120]}")
    _table("surviving must_not_contain by position", where)
    _table("surviving must_not_contain by kind", kinds)
    _table("position x class of the line on its own", classes)
    _table("position x kind", Counter({f"{p:16s} {k}": n for (p, k), n in cross.items()}))
    _table("missed must_contain by removal reason", reasons)
    if examples:
        for name in sorted(samples):
            print(f"\n## {name}")
            for sample in samples[name][:examples]:
                print(f"  {sample}")


def _table(title: str, counts: Counter[str]) -> None:
    print(f"\n{title} ({sum(counts.values())})")
    for name, n in counts.most_common():
        print(f"{n:6d}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="also N snippets of each category")
    analyse(parser.parse_args(argv).examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
