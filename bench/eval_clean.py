"""Measure the cleaner on a JSONL of pages (the conventions of ../shared/README.md).

    python bench/eval_clean.py ../shared/data/cleaning/scrapinghub_aeb_dev.jsonl --field region_text
    python bench/eval_clean.py ../shared/data/cleaning/scrapinghub_aeb_dev.jsonl --field html
    python bench/eval_clean.py ../shared/data/cleaning/trafilatura_eval_dev.jsonl --field page_text
    python bench/eval_clean.py ../shared/data/summaries/cnndm_dev.jsonl --field text

What is printed depends on the rows:
- with ``gold_text``: word-bag precision / recall / F1 of the cleaned text against it (mean over
  pages, x100): lower-cased multisets of ``\\w+`` tokens;
- with ``must_contain`` / ``must_not_contain``: the share of snippets found / absent in the
  cleaned article (title and text, whitespace-normalised, lower-cased);
- otherwise (text without furniture): retention, the share of the input's words kept;
- for pages with a ``title`` (the page's metadata on scrapinghub, gold on trafilatura_eval):
  the word-bag F1 of the detected title against it, and the exact matches (lower-cased words).
``--field html`` reads ``html/ID.html`` beside the JSONL (the HTML path). ``--no-clean`` scores
the input itself (HTML is still reduced to its main text); ``--worst N`` lists the N worst pages;
``--half even`` / ``--half odd`` scores only the even- / odd-indexed lines (0-based) of the file,
to tune on one half and confirm on the other.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from summarize import clean

_TOKEN = re.compile(r"\w+")


def bag(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def word_bag_prf(output: str, gold: str) -> tuple[float, float, float]:
    """Word-bag precision, recall and F1 of ``output`` against ``gold`` (0..1)."""
    out, ref = bag(output), bag(gold)
    shared = sum((out & ref).values())
    precision = shared / sum(out.values()) if out else 0.0
    recall = shared / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if shared else 0.0
    return precision, recall, f1


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def snippet_scores(output: str, must: list[str], must_not: list[str]) -> tuple[int, int]:
    """How many ``must`` snippets are in ``output`` and how many ``must_not`` are not."""
    text = _normalised(output)
    return (sum(_normalised(s) in text for s in must),
            sum(_normalised(s) not in text for s in must_not))


def _input(row: dict, field: str, folder: Path) -> str:
    if field == "html":
        return (folder / "html" / f"{row['id']}.html").read_text(encoding="utf-8", errors="replace")
    return row[field]


def evaluate(path: Path, field: str, *, furniture: bool, limit: int | None, worst: int,
             half: str | None = None) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if half:
        rows = rows[half == "odd"::2]
    rows = rows[:limit]
    per_page: list[tuple[float, str]] = []
    prf = [0.0, 0.0, 0.0]
    found = absent = must_total = must_not_total = 0
    retained = total_words = 0
    titles: list[tuple[float, bool]] = []
    start = time.perf_counter()
    for row in rows:
        text = _input(row, field, path.parent)
        article = clean(text, keep_furniture=not furniture,
                        language=row.get("lang", "auto") or "auto")
        if row.get("title") and ("gold_text" in row or "must_contain" in row):
            found_title = article.title or ""
            titles.append((word_bag_prf(found_title, row["title"])[2],
                           _TOKEN.findall(found_title.lower()) == _TOKEN.findall(
                               row["title"].lower())))
        if "gold_text" in row:
            scores = word_bag_prf(article.text, row["gold_text"])
            prf = [a + b for a, b in zip(prf, scores, strict=True)]
            per_page.append((scores[2], row["id"]))
        elif "must_contain" in row:
            full = f"{article.title or ''}\n{article.text}"
            f, a = snippet_scores(full, row["must_contain"], row["must_not_contain"])
            found, absent = found + f, absent + a
            must_total += len(row["must_contain"])
            must_not_total += len(row["must_not_contain"])
            per_page.append((f - len(row["must_contain"]) + a - len(row["must_not_contain"]),
                             row["id"]))
        else:
            ref = bag(text)
            kept = sum((bag(article.text) & ref).values())
            retained, total_words = retained + kept, total_words + sum(ref.values())
            per_page.append((kept / max(1, sum(ref.values())), row["id"]))
    seconds = time.perf_counter() - start
    n = len(rows)
    print(f"{path.name} field={field} clean={furniture} pages={n}"
          f"{f' half={half}' if half else ''} ({seconds:.1f} s)")
    if "gold_text" in rows[0]:
        p, r, f = (100 * x / n for x in prf)
        print(f"word-bag P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    elif "must_contain" in rows[0]:
        print(f"must_contain found {found}/{must_total} ({100 * found / must_total:.1f}%)  "
              f"must_not_contain avoided {absent}/{must_not_total} "
              f"({100 * absent / must_not_total:.1f}%)")
    else:
        print(f"retention {100 * retained / max(1, total_words):.2f}% of {total_words} words; "
              f"pages below 99.5%: {sum(s < 0.995 for s, _ in per_page)}")
    if titles:
        print(f"title word-bag F1 {100 * sum(f for f, _ in titles) / len(titles):.1f}, exact "
              f"{sum(e for _, e in titles)}/{len(titles)} (against the rows' title field)")
    for score, page in sorted(per_page)[:worst]:
        print(f"  {score:7.3f}  {page}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--field", default="page_text",
                        help="the input field (region_text, page_text, text) or 'html'")
    parser.add_argument("--no-clean", action="store_true", help="score the input as it is")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--half", choices=("even", "odd"),
                        help="only the even- or odd-indexed lines of the file (0-based)")
    args = parser.parse_args(argv)
    evaluate(args.data, args.field, furniture=not args.no_clean, limit=args.limit,
             worst=args.worst, half=args.half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
