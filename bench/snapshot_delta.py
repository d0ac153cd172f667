"""The change in ROUGE between two snapshots (bench/snapshot.py record), paired by article,
with a 95% bootstrap interval: the best-ranked headline against the published title, and the
default summary (3 sentences) against the reference summary, of every dev article.

    python bench/snapshot_delta.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from summarize.evaluation import bootstrap_interval, scorer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
SETS = {"cnndm_dev": "en", "bbc_dev": "en", "orangesum_fr_dev": "fr"}


def outputs(path: str) -> dict[str, object]:
    rows = (json.loads(line) for line in Path(path).open(encoding="utf-8"))
    return {r["key"]: r["output"] for r in rows}


def texts(output: object, kind: str) -> str:
    """The headline (the first of the list) or the summary's sentences, one a line."""
    if kind == "headlines":
        return (output or [""])[0] if isinstance(output, list) else ""
    return "\n".join(output["summary"]) if isinstance(output, dict) else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args()
    old, new = outputs(args.before), outputs(args.after)
    for name, lang in SETS.items():
        rouge = scorer(lang)
        rows = [json.loads(line) for line in (SHARED / f"{name}.jsonl").open(encoding="utf-8")]
        for kind, field in (("headlines", "title"), ("summary", "summary")):
            deltas: dict[str, list[float]] = {"rouge1": [], "rouge2": []}
            for row in rows:
                key = f"{name}/{row['id']}/{kind}"
                reference = row.get(field)
                if not reference or key not in old or key not in new:
                    continue
                if isinstance(reference, list):
                    reference = "\n".join(reference)
                a, b = (rouge.score(reference, texts(o[key], kind)) for o in (old, new))
                for metric, values in deltas.items():
                    values.append(100 * (b[metric].fmeasure - a[metric].fmeasure))
            for metric, values in deltas.items():
                if values:
                    low, high = bootstrap_interval(values)
                    print(f"{name} {kind} {metric}: {statistics.mean(values):+.2f} "
                          f"[{low:+.2f}, {high:+.2f}] over {len(values)} articles, "
                          f"{sum(v != 0 for v in values)} changed")


if __name__ == "__main__":
    main()
