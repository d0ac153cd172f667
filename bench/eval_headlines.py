"""Candidate headlines against the published titles of the dev sets.

For each article the body (`text`) goes through the public library call
``summarize.summarize(text, headlines=K, language=..., keep_furniture=...)``; the `title` field
is only the reference. Prints ROUGE-1/2/L F1 x100 of the best-ranked candidate and of the oracle
(the best of the K candidates for each article), the share of candidates that obey the style rules,
the baselines (first 8 and 10 words, whole first sentence) and sample outputs beside the real
titles.

    python bench/eval_headlines.py                      # both dev sets, K=3
    python bench/eval_headlines.py --set bbc --limit 200 --samples 10
    python bench/eval_headlines.py --no-clean           # the generators on the raw body
    python bench/eval_headlines.py --set orangesum --half even   # tune on even lines

``--half even`` / ``--half odd`` scores only the even- / odd-indexed lines (0-based) of the file,
to tune on one half and confirm on the other.

English is scored with rouge-score's default tokenizer and Porter stemming; French with a
tokenizer that keeps Unicode letters and no stemmer (the default tokenizer drops non-ASCII).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

from rouge_score import rouge_scorer, tokenizers

from summarize import summarize
from summarize.headlining.scoring import violations
from summarize.segmenting import segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
SETS = {"bbc": ("bbc_dev.jsonl", "english"), "orangesum": ("orangesum_fr_dev.jsonl", "french")}
TYPES = ("rouge1", "rouge2", "rougeL")


class UnicodeTokenizer(tokenizers.Tokenizer):
    """Lower-cased runs of Unicode letters and digits; no stemming."""

    def tokenize(self, text):
        return re.findall(r"[^\W_]+", text.lower())


def scorer(language: str) -> rouge_scorer.RougeScorer:
    if language == "english":
        return rouge_scorer.RougeScorer(list(TYPES), use_stemmer=True)
    return rouge_scorer.RougeScorer(list(TYPES), tokenizer=UnicodeTokenizer())


def baselines(text: str, language: str) -> dict[str, str]:
    first = segment(text, language).sentences
    return {"first 8 words": " ".join(text.split()[:8]),
            "first 10 words": " ".join(text.split()[:10]),
            "first sentence": first[0].text if first else ""}


def evaluate(name: str, *, count: int, words: int, limit: int | None, samples: int,
             clean: bool, half: str | None = None) -> None:
    filename, language = SETS[name]
    rows = [json.loads(line) for line in (DATA / filename).open(encoding="utf-8") if line.strip()]
    if half:
        rows = rows[half == "odd"::2]
    rows = [r for r in rows if r.get("title")][:limit]
    rouge = scorer(language)
    best = {t: [] for t in TYPES}
    oracle = {t: [] for t in TYPES}
    base: dict[str, dict[str, list[float]]] = {}
    total = broken = empty = 0
    started = time.perf_counter()
    shown = []
    for row in rows:
        found = summarize(row["text"], language=language, headlines=count,
                          headline_words=words, keep_furniture=not clean).headlines
        total += len(found)
        broken += sum(1 for h in found if violations(h, language, words=words))
        if not found:
            empty += 1
            found = [""]
        scored = [rouge.score(row["title"], h) for h in found]
        for t in TYPES:
            best[t].append(scored[0][t].fmeasure)
            oracle[t].append(max(s[t].fmeasure for s in scored))
        for label, text in baselines(row["text"], language).items():
            score = rouge.score(row["title"], text)
            for t in TYPES:
                base.setdefault(label, {k: [] for k in TYPES})[t].append(score[t].fmeasure)
        if len(shown) < samples:
            shown.append((row["title"], found[0]))
    seconds = time.perf_counter() - started
    fig = lambda d: " / ".join(f"{100 * statistics.mean(d[t]):.2f}" for t in TYPES)  # noqa: E731
    print(f"{name}{f' half={half}' if half else ''} ({len(rows)} articles, K={count}, "
          f"words<={words}, "
          f"{'cleaned' if clean else 'no cleaning'}, {1000 * seconds / len(rows):.1f} ms/article "
          f"with the baselines)")
    print(f"  best-ranked R-1/R-2/R-L: {fig(best)}")
    print(f"  oracle      R-1/R-2/R-L: {fig(oracle)}")
    print(f"  rule compliance: {100 * (total - broken) / max(total, 1):.1f}% of {total} "
          f"candidates; articles without a candidate: {empty}")
    for label, figures in base.items():
        print(f"  baseline {label + ':':<16} {fig(figures)}")
    for title, headline in shown:
        print(f"    title: {title}\n    ours:  {headline}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--words", type=int, default=10)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--half", choices=("even", "odd"),
                        help="only the even- or odd-indexed lines of each file")
    parser.add_argument("--no-clean", action="store_true", help="skip the cleaning stage")
    args = parser.parse_args()
    for name in SETS if args.set == "all" else [args.set]:
        evaluate(name, count=args.count, words=args.words, limit=args.limit,
                 samples=args.samples, clean=not args.no_clean, half=args.half)


if __name__ == "__main__":
    main()
