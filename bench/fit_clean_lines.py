"""Fit the line classifier of summarize/cleaning/learned.py on every page of
../shared/data/cleaning, and cross-validate it by site for bench/eval_clean_sites.py.

    python bench/fit_clean_lines.py --write    # fit on all pages: summarize/data/clean_lines.json

Gold line labels: on scrapinghub_aeb_dev (``region_text`` and ``page_text``) a line is article
when its whitespace-normalised, lower-cased content is in the gold text (a line of three words
or fewer must be a whole gold line), as many times as the gold has it; on trafilatura_eval_dev
a line holding a must_contain snippet is article, one that is little more than a
must_not_contain snippet is not, the others are left out. Lines weigh their word count (the
score is a bag of words), scaled so that every page weighs the same: a dump of 500 labelled
lines does not outweigh 50 snippet pages of 10 (by word count alone, out of fold, the veto
avoided 1.0 point fewer must_not_contain snippets at the same found rate). Gradient-boosted
trees (scikit-learn's HistGradientBoostingClassifier, the ``bench`` extra: ``pip install -e
'.[bench]'``), fixed settings, no early stopping, one thread: deterministic, exported to flat
arrays for the numpy inference of learned.py.

The cut-off (a line the rules kept goes below it) is chosen, never hand-set: the pages are
cleaned (``method="learned"``, every pass) by models fitted without their sites, at each of
DROPS, and the one avoiding the most must_not_contain snippets wins among those that lose at
most RECALL_SLACK points of found snippets and of regions / dumps recall against the rules.
``--write`` chooses it on 5 folds of all pages (printed); ``bench/eval_clean_sites.py
--learned 5`` nests the choice (4 inner folds within each outer fold's fitting sites), so each
page is scored by a model and a cut-off chosen without its site. About 2 minutes (``--write``)
and 8 minutes (nested).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_clean_sites import DATA_SETS, DataSet, figures, fold_of, site, site_sums  # noqa: E402

from summarize import clean  # noqa: E402
from summarize.cleaning import first_pass, learned  # noqa: E402
from summarize.cleaning.lines import Line  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "summarize" / "data" / "clean_lines.json"
#: The cut-offs tried (a line the rules kept goes when its p is below): 0 is the rules alone.
DROPS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
#: Points of found snippets and of recall (regions, dumps) a cut-off may lose against the
#: rules alone on out-of-fold pages: recall first, then the most must_not_contain avoided.
RECALL_SLACK = 0.1
RECALL = (("snippets", "found %"), ("regions", "R"), ("dumps", "R"))
FOLDS = 5
INNER_FOLDS = 4
TREES = 150
LEARNING_RATE = 0.1
LEAVES = 15
MIN_LEAF = 40
TRAINING = ("regions", "dumps", "snippets")
#: The summed weight of each page's labelled lines.
PAGE_WEIGHT = 100.0


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
            weights = PAGE_WEIGHT * weights / weights.sum()
            out.append((site(row), x, np.array([y[i] for i in keep]), weights))
    return tuple(out)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> learned.Model:
    """Gradient-boosted trees (scikit-learn's histogram boosting, fixed settings, no early
    stopping: deterministic), exported to the flat arrays of :class:`learned.Model`; the
    cut-off is 0 (no line dropped) until :func:`chosen` sets it."""
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
                         float(np.ravel(booster._baseline_prediction)[0]), 0.0)


def fit_on(pages) -> learned.Model:
    return fit(np.vstack([p[1] for p in pages]), np.concatenate([p[2] for p in pages]),
               np.concatenate([p[3] for p in pages]))


def inner_fold(name: str) -> int:
    """A split of the fitting sites independent of the outer folds'."""
    return fold_of(f"{name}/inner", INNER_FOLDS)


def cleaned(data: DataSet, rows: list[dict],
            model_of: Callable[[dict], learned.Model]) -> list[tuple[str, str]]:
    """Each row cleaned with ``model_of(row)`` in place of the shipped model."""
    shipped = learned.shipped
    out = []
    try:
        for row in rows:
            model = model_of(row)
            learned.shipped = lambda model=model: model  # type: ignore[assignment]
            article = clean(data.input(row), language=row.get("lang") or "auto",
                            method="learned")
            out.append((article.title or "", article.text))
    finally:
        learned.shipped = shipped  # type: ignore[assignment]
    return out


def training_rows(keep: Callable[[str], bool]) -> dict[str, tuple[DataSet, list[dict]]]:
    return {data.name: (data, [row for row in data.rows() if keep(site(row))])
            for data in DATA_SETS if data.name in TRAINING and data.path.exists()}


def scores(sets: dict[str, tuple[DataSet, list[dict]]],
           model_of: Callable[[dict], learned.Model]) -> dict[str, dict[str, float]]:
    out = {}
    for name, (data, rows) in sets.items():
        per_site = site_sums(data, rows, cleaned(data, rows, model_of))
        keys = next(iter(per_site.values()))
        out[name] = figures({key: sum(sums[key] for sums in per_site.values())
                             for key in keys})
    return out


def chosen(sets: dict[str, tuple[DataSet, list[dict]]],
           model_of: Callable[[dict], learned.Model], log: bool = False) -> float:
    """The cut-off for models that ``model_of`` gives for rows they were not fitted on: the
    one avoiding the most must_not_contain snippets among those within RECALL_SLACK of the
    rules' recall (the smallest of equals)."""
    results = {}
    for drop in DROPS:
        results[drop] = scores(sets, lambda row, drop=drop: dataclasses.replace(
            model_of(row), drop_below=drop))
        if log:
            print(f"cut-off {drop:.2f}: " + "  ".join(
                f"{name} {key} {results[drop][name][key]:.2f}"
                for name, key in (*RECALL, ("regions", "F1"), ("dumps", "F1"),
                                  ("snippets", "avoided %"))), flush=True)
    base = results[DROPS[0]]
    safe = [drop for drop in DROPS if all(
        results[drop][name][key] >= base[name][key] - RECALL_SLACK for name, key in RECALL)]
    return max(safe, key=lambda drop: (results[drop]["snippets"]["avoided %"], -drop))


def fitted(keep: Callable[[str], bool], folds: int, fold: Callable[[str], int],
           log: bool = False) -> learned.Model:
    """Trees fitted on the sites ``keep`` accepts, with the cut-off chosen on those sites
    by ``folds`` folds (``fold``) of models fitted without them."""
    pages = [page for page in examples() if keep(page[0])]
    models = [fit_on([page for page in pages if fold(page[0]) != k]) for k in range(folds)]
    drop = chosen(training_rows(keep), lambda row: models[fold(site(row))], log)
    return dataclasses.replace(fit_on(pages), drop_below=drop)


@functools.lru_cache(maxsize=None)
def outer_model(k: int, folds: int) -> learned.Model:
    """Fitted without the sites of fold ``k``, its cut-off chosen by inner folds on the rest:
    nested cross-validation, so fold ``k`` scores a choice it took no part in."""
    model = fitted(lambda name: fold_of(name, folds) != k, INNER_FOLDS, inner_fold)
    print(f"fold {k}: cut-off {model.drop_below:.2f}", file=sys.stderr, flush=True)
    return model


def cross_validated(data: DataSet, rows: list[dict], folds: int) -> list[tuple[str, str]]:
    """Each page cleaned by a classifier fitted on the sites of the other folds."""
    return cleaned(data, rows, lambda row: outer_model(fold_of(site(row), folds), folds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args(argv)
    model = fitted(lambda name: True, FOLDS, lambda name: fold_of(name, FOLDS), log=True)
    print(f"chosen cut-off: {model.drop_below:.2f}")
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
