"""Fit the line classifier of summarize/cleaning/learned.py (veto, restorer, ender) on every
page of ../shared/data/cleaning and the clean text of ../shared/data/summaries, and
cross-validate it by site for bench/eval_clean_sites.py.

    python bench/fit_clean_lines.py --write    # fit on all pages: summarize/data/clean_lines.json

Gold line labels: on scrapinghub_aeb_dev (``region_text`` and ``page_text``) a line is article
when its whitespace-normalised, lower-cased content is in the gold text (a line of three words
or fewer must be a whole gold line), as many times as the gold has it; on trafilatura_eval_dev
a line holding a must_contain snippet is article, one that is little more than a
must_not_contain snippet is not, the others are left out; in the summaries sets' clean article
text (``text``: cnndm, bbc, orangesum) every line is article. Lines weigh their word count (the
score is a bag of words), scaled so that every page weighs the same: a dump of 500 labelled
lines does not outweigh 50 snippet pages of 10 (by word count alone, out of fold, the veto
avoided 1.0 point fewer must_not_contain snippets at the same found rate). Gradient-boosted
trees (scikit-learn's HistGradientBoostingClassifier, the ``bench`` extra: ``pip install -e
'.[bench]'``), fixed settings, no early stopping, one thread: deterministic, exported to flat
arrays for the numpy inference of learned.py. The veto is fitted on every labelled line; the
restorer on the labelled lines the rules' first pass removed for their position
(``learned.RESTORABLE``), the only ones it may bring back; the ender on the boundaries between
the lines the rules' passes keep (``last_pass``) with removed lines between them (the only ones
it may act on), labelled by :func:`boundary_labels`, each page's boundaries weighing the same.
All three learn from the clean text too: the rules remove lines there (a lone quotation mark);
the ender, never shown a clean article, cut French articles' closing quotations; the veto,
never shown one, took whole articles of cnndm (one line each) at cut-offs above 0.15. Only the
lexicon is counted on the LABELLED sets alone.

The cut-offs are chosen, never hand-set: the pages are cleaned (``method="learned"``, every
pass) by models fitted without their sites. First the veto's, among DROPS (the restorer off):
the one avoiding the most must_not_contain snippets among those that lose at most RECALL_SLACK
points of found snippets, of regions / dumps recall and of each clean set's words kept against
the rules. Then the restorer's and the ender's together, every pair of RESTORES and ENDS (what
the ender cuts depends on what the restorer brought back): the pair with the highest found % +
avoided % (each snippet kind's error rate weighs the same) among those that avoid as many
must_not_contain snippets as the rules, lose at most RECALL_SLACK points of their found
snippets and of each clean set's words kept, and at most F1_SLACK points of their regions /
dumps F1. ``--write`` chooses them on 5 folds of all pages (printed);
``bench/eval_clean_sites.py --learned 5`` nests the choice (4 inner folds within each outer
fold's fitting sites), so each page is scored by models and cut-offs chosen without its site.
About 20 minutes (``--write``) and 70 minutes (nested) on this machine (2 cores).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import math
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_clean_sites import (  # noqa: E402
    DATA_SETS,
    SHARED,
    DataSet,
    figures,
    fold_of,
    site,
    site_sums,
)

from summarize import clean  # noqa: E402
from summarize.cleaning import first_pass, last_pass, learned  # noqa: E402
from summarize.cleaning.lines import GOOD, Line  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "summarize" / "data" / "clean_lines.json"
#: The cut-offs tried (a line the rules kept goes when its p is below): 0 is the rules alone.
DROPS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
#: The restorer's cut-offs tried (a line removed for its position comes back at or above):
#: 1 is none brought back.
RESTORES = (1.0, 0.5, 0.4, 0.3, 0.2)
#: The ender's cut-offs tried (the kept lines below the first boundary at or above go):
#: 1 is no cut.
ENDS = (1.0, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)
#: Points of regions / dumps F1 the restorer and the ender may cost against the rules.
F1_SLACK = 0.25
F1 = (("regions", "F1"), ("dumps", "F1"))
#: Points of found snippets and of recall (regions, dumps) a cut-off may lose against the
#: rules alone on out-of-fold pages: recall first, then the most must_not_contain avoided.
RECALL_SLACK = 0.1
#: The summaries sets' clean article text: every line is article. Training pages for the
#: restorer and the ender (not for the veto: it would only learn to keep).
CLEAN_TEXT = tuple(f"clean text ({name})" for name in ("cnndm_dev", "bbc_dev",
                                                        "orangesum_fr_dev"))
KEPT = tuple((name, "kept %") for name in CLEAN_TEXT)
RECALL = (("snippets", "found %"), ("regions", "R"), ("dumps", "R"), *KEPT)
FOLDS = 5
INNER_FOLDS = 4
TREES = 150
LEARNING_RATE = 0.1
LEAVES = 15
MIN_LEAF = 40
#: The sets whose lines are labelled both ways (article and furniture).
LABELLED = ("regions", "dumps", "snippets")
TRAINING = (*LABELLED, *CLEAN_TEXT)
#: The summed weight of each page's labelled lines.
PAGE_WEIGHT = 100.0
#: Sites a word must be used on to be in the lexicon, and the lines of smoothing.
LEXICON_SITES = 5
LEXICON_SMOOTHING = 10.0
#: Pages of each training set whose mean feature row is stored with the classifier: a test
#: recomputes it, so a change to the rules or the features that moves it asks for a refit.
FINGERPRINT_PAGES = 20


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def labels(lines: list[Line], row: dict) -> list[float | None]:
    if "gold_text" not in row and "must_contain" not in row:  # clean article text
        return [1.0] * len(lines)
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


def boundary_labels(lines: list[Line], row: dict, kept: list[int]) -> list[float | None]:
    """Per boundary above each kept line but the first: 1 when no article line is kept below
    it (on a snippet page: the kept line below is a must_not_contain line, and a
    must_contain line is kept above), 0 when one is, None when the snippets do not say."""
    y = labels(lines, row)
    ky = [y[i] for i in kept]
    later = np.cumsum([v == 1.0 for v in ky][::-1])[::-1]  # article lines from t on
    out: list[float | None] = []
    for t in range(1, len(kept)):
        if later[t]:
            out.append(0.0)
        elif "gold_text" in row or (ky[t] == 0.0 and later[0] > later[t]):
            out.append(1.0)
        else:
            out.append(None)
    return out


def _ender_page(lines: list[Line], row: dict) -> tuple[np.ndarray, np.ndarray] | None:
    kept, x = learned.boundaries(lines, learned.features(lines))
    y = boundary_labels(lines, row, kept)
    keep = [t for t, label in enumerate(y) if label is not None
            and learned.gapped(kept, t + 1)]  # the boundaries it may act on
    if not keep:
        return None
    return x[keep], np.array([y[t] for t in keep])


@dataclasses.dataclass(frozen=True)
class Page:
    """A training page's rows: its site, features, labels and weights; for the restorer, the
    page's lines and the rows' line indices too (its lexicon columns depend on the fitting
    sites)."""

    site: str
    x: np.ndarray
    y: np.ndarray
    w: np.ndarray
    lines: tuple[Line, ...] = ()
    keep: tuple[int, ...] = ()


@dataclasses.dataclass
class WordCounts:
    """Labelled lines (of the LABELLED sets) holding each lower-case word, article and
    furniture, the sites using it, and the labelled lines of each kind."""

    article: Counter[str] = dataclasses.field(default_factory=Counter)
    furniture: Counter[str] = dataclasses.field(default_factory=Counter)
    sites: Counter[str] = dataclasses.field(default_factory=Counter)
    lines: Counter[str] = dataclasses.field(default_factory=Counter)

    def __iadd__(self, other: WordCounts) -> WordCounts:
        for part in dataclasses.fields(self):
            getattr(self, part.name).update(getattr(other, part.name))
        return self


@functools.lru_cache(maxsize=None)
def site_words() -> dict[str, WordCounts]:
    """The WordCounts of each site's labelled lines."""
    out: dict[str, WordCounts] = {}
    for data in DATA_SETS:
        if data.name not in LABELLED or not data.path.exists():
            continue
        for row in data.rows():
            lines = first_pass(data.input(row), row.get("lang") or "auto")
            counts = out.setdefault(site(row), WordCounts())
            for line, label in zip(lines, labels(lines, row), strict=True):
                if label is None:
                    continue
                kind = counts.article if label else counts.furniture
                kind.update({w.lower() for w in line.words})
                counts.lines["article" if label else "furniture"] += 1
    for counts in out.values():
        counts.sites.update(counts.article.keys() | counts.furniture.keys())
    return out


def lexicon(total: WordCounts, words: set[str] | None = None,
            without: WordCounts | None = None) -> dict[str, float]:
    """Each word's (of ``words``, or all) log-odds of being in an article line, smoothed by
    LEXICON_SMOOTHING lines at the share of article lines, less that share's: counted on
    ``total`` less ``without`` (a page's own site), for the words of LEXICON_SITES sites or
    more (a site's name or its own menu says nothing about another site's)."""
    without = without or WordCounts()
    article = total.lines["article"] - without.lines["article"]
    share = article / max(article + total.lines["furniture"] - without.lines["furniture"], 1)
    prior = math.log(share / (1 - share))
    out = {}
    for word in total.sites if words is None else words:
        if total.sites[word] - without.sites[word] < LEXICON_SITES:
            continue
        a = total.article[word] - without.article[word]
        f = total.furniture[word] - without.furniture[word]
        p = (a + LEXICON_SMOOTHING * share) / (a + f + LEXICON_SMOOTHING)
        out[word] = math.log(p / (1 - p)) - prior
    return out


@functools.lru_cache(maxsize=None)
def examples(role: str) -> tuple[Page, ...]:
    """The rows of each training page's labelled lines: all of them for the ``"veto"``,
    those the rules removed for their position for the ``"restorer"``; its labelled
    boundaries between kept lines for the ``"ender"`` (every boundary of a page weighs the
    same)."""
    out = []
    for data in DATA_SETS:
        if data.name not in TRAINING or not data.path.exists():
            continue
        for row in data.rows():
            if role == "ender":
                page = _ender_page(last_pass(data.input(row), row.get("lang") or "auto"), row)
                if page is not None:
                    out.append(Page(site(row), *page, np.full(len(page[1]),
                                                              PAGE_WEIGHT / len(page[1]))))
                continue
            lines = first_pass(data.input(row), row.get("lang") or "auto")
            y = labels(lines, row)
            keep = [i for i, label in enumerate(y) if label is not None and (
                role == "veto" or (lines[i].kind != GOOD
                                   and learned.family(lines[i].reason) in learned.RESTORABLE))]
            if not keep:
                continue
            x = learned.features(lines)[keep]
            weights = np.array([1.0 + len(lines[i].words) for i in keep])
            weights = PAGE_WEIGHT * weights / weights.sum()
            out.append(Page(site(row), x, np.array([y[i] for i in keep]), weights,
                            *((tuple(lines), tuple(keep)) if role == "restorer" else ())))
    return tuple(out)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, cut_off: float,
        names: tuple[str, ...] = learned.NAMES) -> learned.Model:
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
    return learned.Model(names, np.array(roots), feature.astype(int), threshold,
                         left.astype(int), right.astype(int), value, depth,
                         float(np.ravel(booster._baseline_prediction)[0]), cut_off)


def fit_on(keep: Callable[[str], bool]) -> learned.Classifier:
    """The three models and the lexicon fitted on the pages of the sites ``keep`` accepts,
    all off (the veto removes nothing, the restorer brings nothing back, the ender cuts
    nothing) until :func:`chosen` sets them. A restorer page's lexicon columns come from the
    lexicon counted without its own site, as a scored page's do."""
    total = WordCounts()
    words = site_words()
    for name in sorted(words):
        if keep(name):
            total += words[name]

    def restorer_rows(page: Page) -> np.ndarray:
        page_lexicon = lexicon(total, {w.lower() for line in page.lines for w in line.words},
                               words.get(page.site))
        return np.hstack([page.x, learned.lexicon_features(list(page.lines),
                                                           page_lexicon)[list(page.keep)]])

    def one(role: str, cut_off: float, names: tuple[str, ...],
            rows: Callable[[Page], np.ndarray] = lambda page: page.x) -> learned.Model:
        pages = [page for page in examples(role) if keep(page.site)]
        return fit(np.vstack([rows(p) for p in pages]), np.concatenate([p.y for p in pages]),
                   np.concatenate([p.w for p in pages]), cut_off, names)

    return learned.Classifier(
        one("veto", DROPS[0], learned.NAMES),
        one("restorer", RESTORES[0], learned.RESTORER_NAMES, restorer_rows),
        one("ender", ENDS[0], learned.ENDER_NAMES), lexicon(total))


def with_cut_offs(classifier: learned.Classifier, drop: float, restore: float,
                  end: float) -> learned.Classifier:
    return dataclasses.replace(
        classifier, veto=dataclasses.replace(classifier.veto, cut_off=drop),
        restorer=dataclasses.replace(classifier.restorer, cut_off=restore),
        ender=dataclasses.replace(classifier.ender, cut_off=end))


def inner_fold(name: str) -> int:
    """A split of the fitting sites independent of the outer folds'."""
    return fold_of(f"{name}/inner", INNER_FOLDS)


#: Processes that clean the pages of one run (forked: they share the fitted models).
WORKERS = min(2, os.cpu_count() or 1)
#: The run the forked workers clean: (data set, rows, each row's classifier).
_RUN: tuple[DataSet, list[dict], list[learned.Classifier]] | None = None


def _clean_row(i: int) -> tuple[str, str]:
    assert _RUN is not None
    data, rows, models = _RUN
    shipped = learned.shipped
    learned.shipped = lambda: models[i]  # type: ignore[assignment]
    try:
        article = clean(data.input(rows[i]), language=rows[i].get("lang") or "auto",
                        method="learned")
    finally:
        learned.shipped = shipped  # type: ignore[assignment]
    return article.title or "", article.text


def cleaned(data: DataSet, rows: list[dict],
            model_of: Callable[[dict], learned.Classifier]) -> list[tuple[str, str]]:
    """Each row cleaned with ``model_of(row)`` in place of the shipped classifier, by WORKERS
    forked processes (the models are built first, here: ``model_of`` may fit them)."""
    global _RUN
    _RUN = (data, rows, [model_of(row) for row in rows])
    try:
        if WORKERS == 1:
            return [_clean_row(i) for i in range(len(rows))]
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            return pool.map(_clean_row, range(len(rows)), chunksize=8)
    finally:
        _RUN = None


def training_rows(keep: Callable[[str], bool]) -> dict[str, tuple[DataSet, list[dict]]]:
    return {data.name: (data, [row for row in data.rows() if keep(site(row))])
            for data in DATA_SETS if data.name in TRAINING and data.path.exists()}


def scores(sets: dict[str, tuple[DataSet, list[dict]]],
           model_of: Callable[[dict], learned.Classifier]) -> dict[str, dict[str, float]]:
    out = {}
    for name, (data, rows) in sets.items():
        per_site = site_sums(data, rows, cleaned(data, rows, model_of))
        keys = next(iter(per_site.values()))
        out[name] = figures({key: sum(sums[key] for sums in per_site.values())
                             for key in keys})
    return out


def chosen(sets: dict[str, tuple[DataSet, list[dict]]],
           model_of: Callable[[dict], learned.Classifier],
           log: bool = False) -> tuple[float, float, float]:
    """The cut-offs (veto, restorer, ender) for classifiers that ``model_of`` gives for rows
    they were not fitted on: the veto's avoiding the most must_not_contain snippets among those
    within RECALL_SLACK of the rules' recall (the more cautious of equals); then the
    restorer's and the ender's together, every pair of RESTORES and ENDS: the pair with the
    highest found % + avoided % among those that avoid as many must_not_contain snippets as
    the rules, stay within RECALL_SLACK of their found snippets and of each clean set's words
    kept, and within F1_SLACK of their regions / dumps F1 (of equals, the pair that cuts
    less, then brings back less)."""
    def score(drop: float, restore: float, end: float) -> dict[str, dict[str, float]]:
        run = scores(sets, lambda row: with_cut_offs(model_of(row), drop, restore, end))
        if log:
            print(f"veto {drop:.2f} restorer {restore:.2f} ender {end:.2f}: " + "  ".join(
                f"{name} {key} {run[name][key]:.2f}"
                for name, key in (*RECALL, *F1, ("snippets", "avoided %")) if name in run),
                flush=True)
        return run

    def allowed(run: dict[str, dict[str, float]]) -> bool:
        snippets, rules = run["snippets"], base["snippets"]
        return (snippets["avoided %"] >= rules["avoided %"]
                and all(run[name][key] >= base[name][key] - RECALL_SLACK
                        for name, key in (("snippets", "found %"), *KEPT) if name in run)
                and all(run[name][key] >= base[name][key] - F1_SLACK for name, key in F1))

    base = score(DROPS[0], RESTORES[0], ENDS[0])
    vetoed = {drop: score(drop, RESTORES[0], ENDS[0]) for drop in DROPS[1:]} | {DROPS[0]: base}
    drop = max((drop for drop, run in vetoed.items() if all(
        run[name][key] >= base[name][key] - RECALL_SLACK for name, key in RECALL
        if name in run)),
        key=lambda drop: (vetoed[drop]["snippets"]["avoided %"], -drop))
    off = (RESTORES[0], ENDS[0])
    pairs = {(restore, end): score(drop, restore, end) if (restore, end) != off
             else vetoed[drop] for restore in RESTORES for end in ENDS}
    restore, end = max((pair for pair, run in pairs.items() if pair == off or allowed(run)),
                       key=lambda pair: (pairs[pair]["snippets"]["found %"]
                                         + pairs[pair]["snippets"]["avoided %"],
                                         pair[1], pair[0]))
    return drop, restore, end


def fitted(keep: Callable[[str], bool], folds: int, fold: Callable[[str], int],
           log: bool = False) -> learned.Classifier:
    """The classifier fitted on the sites ``keep`` accepts, with the cut-offs chosen on those
    sites by ``folds`` folds (``fold``) of classifiers fitted without them."""
    models = [fit_on(lambda name, k=k: keep(name) and fold(name) != k) for k in range(folds)]
    cut_offs = chosen(training_rows(keep), lambda row: models[fold(site(row))], log)
    return with_cut_offs(fit_on(keep), *cut_offs)


@functools.lru_cache(maxsize=None)
def outer_model(k: int, folds: int) -> learned.Classifier:
    """Fitted without the sites of fold ``k``, its cut-offs chosen by inner folds on the rest:
    nested cross-validation, so fold ``k`` scores a choice it took no part in."""
    model = fitted(lambda name: fold_of(name, folds) != k, INNER_FOLDS, inner_fold)
    print(f"fold {k}: veto {model.veto.cut_off:.2f}, restorer {model.restorer.cut_off:.2f}, "
          f"ender {model.ender.cut_off:.2f}", file=sys.stderr, flush=True)
    return model


def cross_validated(data: DataSet, rows: list[dict], folds: int) -> list[tuple[str, str]]:
    """Each page cleaned by a classifier fitted on the sites of the other folds."""
    return cleaned(data, rows, lambda row: outer_model(fold_of(site(row), folds), folds))


def fingerprint() -> dict:
    """The mean feature row (and boundary row, for the ender) of the first FINGERPRINT_PAGES
    pages of each training set (paths relative to ../shared/data), as the rules and the
    features read them now."""
    inputs, rows, ends = [], [], []
    for data in DATA_SETS:
        if data.name not in TRAINING or not data.path.exists():
            continue
        inputs.append([data.path.relative_to(SHARED).as_posix(), data.field])
        for row in data.rows()[:FINGERPRINT_PAGES]:
            text, lang = data.input(row), row.get("lang") or "auto"
            lines = first_pass(text, lang)
            if lines:
                rows.append(learned.features(lines))
                settled = last_pass(text, lang)
                ends.append(learned.boundaries(settled, learned.features(settled))[1])
    return {"inputs": inputs, "pages": FINGERPRINT_PAGES,
            "mean": np.vstack(rows).mean(axis=0).round(12).tolist(),
            "ender_mean": np.vstack(ends).mean(axis=0).round(12).tolist()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args(argv)
    classifier = fitted(lambda name: True, FOLDS, lambda name: fold_of(name, FOLDS), log=True)
    print(f"chosen cut-offs: veto {classifier.veto.cut_off:.2f}, "
          f"restorer {classifier.restorer.cut_off:.2f}, ender {classifier.ender.cut_off:.2f}")
    for role, model in (("veto", classifier.veto), ("restorer", classifier.restorer),
                        ("ender", classifier.ender)):
        splits = np.bincount(model.feature[np.isfinite(model.threshold)],
                             minlength=len(model.names))
        print(f"{role}: {len(model.roots)} trees, {len(model.feature)} nodes, depth "
              f"{model.depth}; the most used features (splits):")
        ranked = sorted(zip(model.names, splits, strict=True), key=lambda item: -item[1])
        print("  " + ", ".join(f"{name} {count}" for name, count in ranked[:20]))
    if args.write:
        data = classifier.to_dict() | {"fingerprint": fingerprint()}
        OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
