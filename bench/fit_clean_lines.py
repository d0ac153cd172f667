"""Fit the line classifier of summarize/cleaning/learned.py on every page of
../shared/data/cleaning, and cross-validate it by site for bench/eval_clean_sites.py.

    python bench/fit_clean_lines.py --write    # fit on all pages: summarize/data/clean_lines.json

Gold line labels: on scrapinghub_aeb_dev (``region_text`` and ``page_text``) a line is article
when its whitespace-normalised, lower-cased content is in the gold text (a line of three words
or fewer must be a whole gold line), as many times as the gold has it; on trafilatura_eval_dev
a line holding a must_contain snippet is article, one that is little more than a
must_not_contain snippet is not, the others are left out. Lines weigh their word count (the
score is a bag of words). L2-regularised logistic regression by Newton's method, features
standardised. Deterministic.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_clean_sites import DATA_SETS, DataSet, fold_of, site  # noqa: E402

from summarize import clean  # noqa: E402
from summarize.cleaning import first_pass, learned  # noqa: E402
from summarize.cleaning.lines import Line  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "summarize" / "data" / "clean_lines.json"
L2 = 1.0
THRESHOLD = 0.3
NEWTON_STEPS = 25
TRAINING = ("regions", "dumps", "snippets")


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def labels(lines: list[Line], row: dict) -> list[float | None]:
    if "gold_text" in row:
        gold = _norm(row["gold_text"])
        gold_lines = Counter(_norm(line) for line in row["gold_text"].splitlines())
        seen: Counter[str] = Counter()
        found: list[float | None] = []
        for line in lines:  # a copy beyond the gold's own copies is not article
            text = _norm(line.content)
            seen[text] += 1
            copies = gold.count(text) if len(line.words) > 3 else gold_lines[text]
            found.append(float(seen[text] <= copies))
        return found
    must = [_norm(s) for s in row["must_contain"]]
    must_not = [_norm(s) for s in row["must_not_contain"]]
    out: list[float | None] = []
    for line in lines:
        text = _norm(line.content)
        if any(s in text for s in must):
            out.append(1.0)
        elif any(s in text and len(text) <= 2 * len(s) + 20 for s in must_not):
            out.append(0.0)
        else:
            out.append(None)
    return out


@functools.lru_cache(maxsize=1)
def examples() -> tuple[tuple[str, np.ndarray, np.ndarray, np.ndarray], ...]:
    """(site, features, labels, weights) of each training page's labelled lines."""
    out = []
    for data in DATA_SETS:
        if data.name not in TRAINING or not data.path.exists():
            continue
        for row in data.rows():
            lines = first_pass(data.input(row), row.get("lang") or "auto")
            if not lines:
                continue
            y = labels(lines, row)
            keep = [i for i, label in enumerate(y) if label is not None]
            x = learned.features(lines)[keep]
            weights = np.array([1.0 + len(lines[i].words) for i in keep])
            out.append((site(row), x, np.array([y[i] for i in keep]), weights))
    return tuple(out)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> learned.Model:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0  # the bias
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = w / w.mean()
    beta = np.zeros(z.shape[1])
    penalty = L2 * np.eye(z.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ (w * (p - y)) + penalty @ beta
        hessian = (z.T * (w * p * (1 - p))) @ z + penalty
        beta -= np.linalg.solve(hessian, gradient)
    return learned.Model(learned.NAMES, mean, scale, beta, THRESHOLD)


def fit_on(pages) -> learned.Model:
    return fit(np.vstack([p[1] for p in pages]), np.concatenate([p[2] for p in pages]),
               np.concatenate([p[3] for p in pages]))


def cross_validated(data: DataSet, rows: list[dict], folds: int) -> list[tuple[str, str]]:
    """Each page cleaned by a classifier fitted on the sites of the other folds."""
    pages = examples()
    models = [fit_on([p for p in pages if fold_of(p[0], folds) != k]) for k in range(folds)]
    shipped = learned.shipped
    out = []
    try:
        for row in rows:
            model = models[fold_of(site(row), folds)]
            learned.shipped = lambda model=model: model  # type: ignore[assignment]
            article = clean(data.input(row), language=row.get("lang") or "auto",
                            method="learned")
            out.append((article.title or "", article.text))
    finally:
        learned.shipped = shipped  # type: ignore[assignment]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args(argv)
    model = fit_on(examples())
    for name, weight in sorted(zip(learned.NAMES, model.weights, strict=True),
                               key=lambda item: -abs(item[1])):
        print(f"{name:20s} {weight:+.3f}")
    if args.write:
        OUT.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
