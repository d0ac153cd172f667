"""Fit the line classifier of summarize/cleaning/learned.py on every page of
../shared/data/cleaning, and cross-validate it by site for bench/eval_clean_sites.py.

    python bench/fit_clean_lines.py --write    # fit on all pages: summarize/data/clean_lines.json

Gold line labels: on scrapinghub_aeb_dev (``region_text`` and ``page_text``) a line is article
when its whitespace-normalised, lower-cased content is in the gold text (a line of three words
or fewer must be a whole gold line), as many times as the gold has it; on trafilatura_eval_dev
a line holding a must_contain snippet is article, one that is little more than a
must_not_contain snippet is not, the others are left out. Lines weigh their word count (the
score is a bag of words). Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier,
the ``bench`` extra: ``pip install -e '.[bench]'``), fixed settings, no early stopping, one
thread: deterministic, exported to flat arrays for the numpy inference of learned.py.
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
CUTOFF = 0.3
TREES = 150
LEARNING_RATE = 0.1
LEAVES = 15
MIN_LEAF = 40
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


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, cutoff: float = CUTOFF) -> learned.Model:
    """Gradient-boosted trees (scikit-learn's histogram boosting, fixed settings, no early
    stopping: deterministic), exported to the flat arrays of :class:`learned.Model`."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    booster = HistGradientBoostingClassifier(
        max_iter=TREES, learning_rate=LEARNING_RATE, max_leaf_nodes=LEAVES,
        min_samples_leaf=MIN_LEAF, l2_regularization=1.0, early_stopping=False,
        random_state=0)
    with threadpool_limits(1):  # one core: the machine is shared
        booster.fit(x, y, sample_weight=w / w.mean())
    roots, parts, depth = [], [], 0
    offset = 0
    for (tree,) in booster._predictors:
        nodes = tree.nodes
        leaf = nodes["is_leaf"].astype(bool)
        own = np.arange(len(nodes)) + offset
        parts.append((np.where(leaf, 0, nodes["feature_idx"]),
                      np.where(leaf, np.inf, nodes["num_threshold"]),
                      np.where(leaf, own, nodes["left"] + offset),
                      np.where(leaf, own, nodes["right"] + offset),
                      np.where(leaf, nodes["value"], 0.0)))
        roots.append(offset)
        depth = max(depth, int(nodes["depth"].max()))
        offset += len(nodes)
    feature, threshold, left, right, value = (np.concatenate(column)
                                               for column in zip(*parts, strict=True))
    return learned.Model(learned.NAMES, np.array(roots), feature.astype(int), threshold,
                         left.astype(int), right.astype(int), value, depth,
                         float(np.ravel(booster._baseline_prediction)[0]), cutoff)


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
    splits = np.bincount(model.feature[np.isfinite(model.threshold)],
                         minlength=len(learned.NAMES))
    print(f"{len(model.roots)} trees, {len(model.feature)} nodes, depth {model.depth}; "
          "splits per feature:")
    for name, count in sorted(zip(learned.NAMES, splits, strict=True),
                              key=lambda item: -item[1]):
        print(f"{name:20s} {count}")
    if args.write:
        OUT.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
