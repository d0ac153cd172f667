"""The change in headline ROUGE between two snapshots (bench/snapshot.py record), paired by
article, with a 95% bootstrap interval: the best-ranked headline against the published title
of every dev article that has one.

    python bench/headline_delta.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from summarize.evaluation import bootstrap_interval, scorer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
SETS = {"bbc_dev": "en", "orangesum_fr_dev": "fr", "cnndm_dev": "en"}


def headlines(path: str) -> dict[str, list[str]]:
    rows = (json.loads(line) for line in Path(path).open(encoding="utf-8"))
    return {r["key"]: r["output"] for r in rows if r["key"].endswith("/headlines")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args()
    old, new = headlines(args.before), headlines(args.after)
    for name, lang in SETS.items():
        rouge = scorer(lang)
        deltas: dict[str, list[float]] = {"rouge1": [], "rouge2": []}
        for line in (SHARED / f"{name}.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            key = f"{name}/{row['id']}/headlines"
            if not row.get("title") or key not in old or key not in new:
                continue
            a, b = (rouge.score(row["title"], (h or [""])[0]) for h in (old[key], new[key]))
            for metric, values in deltas.items():
                values.append(100 * (b[metric].fmeasure - a[metric].fmeasure))
        for metric, values in deltas.items():
            if values:
                low, high = bootstrap_interval(values)
                print(f"{name} {metric}: {statistics.mean(values):+.2f} "
                      f"[{low:+.2f}, {high:+.2f}] over {len(values)} articles, "
                      f"{sum(v != 0 for v in values)} changed")


if __name__ == "__main__":
    main()
