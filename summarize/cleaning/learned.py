"""The line classifier: logistic regression over the rules' signals and their context.

The rules' verdicts are features here, not decisions: a line's furniture reason (by family),
how much it reads as prose, its neighbours' verdicts, where it lies relative to the densest
prose block and to the kept span, and whether its repeats are spread over the page (a menu) or
close together (an article's own list). Weights are fitted by ``bench/fit_clean_lines.py`` on
the pages of ``../shared/data/cleaning`` and shipped in ``summarize/data/clean_lines.json``.
It decides the first pass of :func:`summarize.cleaning.clean` (the lines it was fitted on);
later passes are the rules' on the kept lines. Inference is one pass over the lines (linear).
"""

from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

import numpy as np

from .lines import BAD, BULLET, GOOD, MINOR, NEAR, SHORT, Line
from .signals import GOOD_STOP, intrinsic

#: Reason families: a removed line's reason starts with one of these words.
FAMILIES = {
    "furniture": ("furniture", "legal line", "section label", "markup"),
    "repeat": ("repeated line", "duplicate paragraph"),
    "widget": ("no words", "widget labels", "menu"),
    "caption": ("image caption", "credit"),
    "byline": ("date or byline",),
    "title": ("title",),
    "cut off": ("body-like text cut off", "body-like text below"),
    "teaser": ("teaser below", "readers' comment", "author's box", "company boilerplate"),
    "outside": ("heading outside", "short line outside", "near-good line away",
                "few stop words", "furniture vocabulary"),
}

#: Lines apart within which repeats make a list of the article, not the page's furniture.
LIST_GAP = 4

#: Lines either side whose rules verdicts are averaged.
WINDOW = 3

NAMES = (
    "bias", "rules_good", "bad", "minor", "near", "short", "intrinsic_good", "intrinsic_near",
    *(f"reason_{family}" for family in FAMILIES),
    "log_words", "sentence", "stop_share", "no_stop_share", "bullet", "heading",
    "previous_good", "next_good", "previous_prose", "next_prose", "window_good",
    "inside_span", "before_span", "after_span", "span_distance",
    "in_densest_block", "densest_distance", "repeated", "repeated_in_list",
)


@dataclass(frozen=True)
class Model:
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    threshold: float

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        z = ((features - self.mean) / self.scale) @ self.weights
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_dict(self) -> dict:
        return {"names": list(self.names), "mean": self.mean.round(6).tolist(),
                "scale": self.scale.round(6).tolist(),
                "weights": self.weights.round(6).tolist(), "threshold": self.threshold}


@functools.lru_cache(maxsize=1)
def shipped() -> Model:
    data = json.loads((resources.files("summarize") / "data" / "clean_lines.json")
                      .read_text("utf-8"))
    if tuple(data["names"]) != NAMES:
        raise RuntimeError("clean_lines.json was fitted on other features: run "
                           "bench/fit_clean_lines.py --write")
    return Model(NAMES, np.array(data["mean"]), np.array(data["scale"]),
                 np.array(data["weights"]), float(data["threshold"]))


def _family(reason: str) -> str | None:
    for family, starts in FAMILIES.items():
        if reason.startswith(starts):
            return family
    return None


def _densest_block(lines: list[Line], prose: list[bool]) -> int | None:
    words: defaultdict[int, int] = defaultdict(int)
    for line, good in zip(lines, prose, strict=True):
        if good:
            words[line.block] += len(line.words)
    return max(words, key=words.__getitem__) if words else None


def _list_repeats(lines: list[Line]) -> list[tuple[bool, bool]]:
    """(repeated, every copy within LIST_GAP lines of another) for each line."""
    where: defaultdict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        where[line.content.lower()].append(i)
    close = {key: len(places) > 1 and all(b - a <= LIST_GAP for a, b in zip(
        places, places[1:], strict=False)) for key, places in where.items()}
    return [(len(where[key]) > 1, close[key])
            for key in (line.content.lower() for line in lines)]


def features(lines: list[Line]) -> np.ndarray:
    """One row per line, in NAMES order, from the lines as :func:`classify` left them."""
    n = len(lines)
    good = [line.kind == GOOD for line in lines]
    inherent = [intrinsic(line)[0] for line in lines]
    prose = [kind == GOOD for kind in inherent]
    kept = [i for i in range(n) if good[i]]
    first, last = (kept[0], kept[-1]) if kept else (n, -1)
    densest = _densest_block(lines, prose)
    block_lines = [i for i, line in enumerate(lines) if line.block == densest]
    repeats = _list_repeats(lines)
    nearest = _distances(good)
    cumulative = np.concatenate([[0], np.cumsum(good)])
    rows = np.zeros((n, len(NAMES)))
    for i, line in enumerate(lines):
        family = _family(line.reason) if not good[i] else None
        low, high = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        densest_distance = (0 if not block_lines else min(abs(i - block_lines[0]),
                                                           abs(i - block_lines[-1])))
        row = [
            1.0, good[i], line.kind == BAD, line.kind == MINOR, line.kind == NEAR,
            line.kind == SHORT, prose[i], inherent[i] == NEAR,
            *(family == name for name in FAMILIES),
            math.log1p(len(line.words)), line.sentence,
            line.stop_share if line.stop_share is not None else GOOD_STOP,
            line.stop_share is None, bool(BULLET.match(line.raw)), line.heading,
            i > 0 and good[i - 1], i + 1 < n and good[i + 1],
            i > 0 and prose[i - 1], i + 1 < n and prose[i + 1],
            (cumulative[high] - cumulative[low]) / (high - low),
            first <= i <= last, i < first, i > last, math.log1p(nearest[i]),
            line.block == densest, math.log1p(densest_distance),
            repeats[i][0], repeats[i][1],
        ]
        rows[i] = row
    return rows


def _distances(good: list[bool]) -> list[int]:
    """Lines to the nearest rules-kept line (the number of lines when there is none)."""
    n = len(good)
    out = [n] * n
    last = None
    for i in range(n):
        last = i if good[i] else last
        out[i] = i - last if last is not None else n
    last = None
    for i in range(n - 1, -1, -1):
        last = i if good[i] else last
        if last is not None:
            out[i] = min(out[i], last - i)
    return out


def decide(lines: list[Line], model: Model | None = None) -> None:
    """Overrule the rules' verdicts with the classifier's; a line it removes that the rules
    kept gets the classifier's reason, one the rules removed keeps theirs."""
    if not lines:
        return
    model = model or shipped()
    for line, p in zip(lines, model.probabilities(features(lines)), strict=True):
        if p >= model.threshold:
            line.kind, line.reason = GOOD, ""
        elif line.kind == GOOD:
            line.kind, line.reason = BAD, f"the line classifier (article p={p:.2f})"
