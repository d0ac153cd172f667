"""The line classifier: gradient-boosted trees over the rules' signals and their context.

The rules' verdicts are features here, not decisions: a line's furniture reason (by family),
how much it reads as prose, its neighbours' verdicts, where it lies relative to the densest
prose block and to the kept span, and whether its repeats are spread over the page (a menu) or
close together (an article's own list); the same signals of the lines up to 3 above and
below; the line's run (consecutive lines of one block and one verdict): its words, its share
of the page's prose, its rank and place; the prose above and below the line; the share of its
words the densest block uses. Trees are fitted by ``bench/fit_clean_lines.py`` on
the pages of ``../shared/data/cleaning`` (the restorer and the ender also on the clean article
text of ``../shared/data/summaries``) and shipped in ``summarize/data/clean_lines.json``.
Two sets of trees are fitted on the lines of the rules' first pass: the *veto*, on every
labelled line, and the *restorer*, on the lines the rules removed only for where they lie
(outside the body, cut off from it by furniture: the reasons of RESTORABLE), the population it
acts on; the restorer also reads a lexicon, each word's log-odds of being in an article line
(counted on the labelled lines of the fitting sites, for the words of several sites). In
:func:`summarize.cleaning.clean` (``method="learned"``) both act on every pass: a line the
rules kept goes when its veto p is below the veto's cut-off and it does not read as
prose; a line the rules removed for its position comes back when its restorer p reaches the
restorer's cut-off. A third set, the *ender*, is fitted on the boundaries between the lines the
rules' passes kept (:mod:`.ending`: the line below and every kept line under it) and scores
each as the article's end; once the passes are done, the kept lines below the first boundary
at or above its cut-off go. The cut-offs are chosen by cross-validation by site. Each pass sees the
kept lines as a second reading of the output would (:func:`.lines.reblocked`), so cleaning
the output again mostly changes nothing; docs/cleaning.md gives the pages where it does (and
mixed-language text may be detected as another language the second time).
Inference is one pass over the lines (linear), the trees in flat numpy arrays.
"""

from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from .ending import TAIL_NAMES, tail_features
from .lines import BAD, BULLET, GOOD, MINOR, NEAR, SHORT, Line
from .signals import GOOD_STOP, intrinsic, reads_as_prose

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

#: The line's own signals copied from each neighbour within WINDOW lines (offsets -3..+3).
WINDOWED = ("good", "prose", "log_words", "stop_share", "furniture")

#: Reason families that are the line's own furniture signal (not its position).
STRONG = ("furniture", "repeat", "widget")

OFFSETS = tuple(d for d in range(-WINDOW, WINDOW + 1) if d)

NAMES = (
    "bias", "rules_good", "bad", "minor", "near", "short", "intrinsic_good", "intrinsic_near",
    *(f"reason_{family}" for family in FAMILIES),
    "log_words", "sentence", "stop_share", "no_stop_share", "bullet", "heading",
    "window_good",
    *(f"{name}_{offset:+d}" for offset in OFFSETS for name in WINDOWED),
    "inside_span", "before_span", "after_span", "span_distance",
    "in_densest_block", "densest_distance", "repeated", "repeated_in_list",
    "position", "run_log_words", "run_prose_share", "run_rank", "run_position",
    "prose_above", "prose_below", "densest_overlap",
)


#: The restorer's own columns: the lexicon's log-odds of the line's distinct words (their
#: mean and lowest) and the mean of each line within WINDOW lines (:func:`lexicon_features`).
LEXICON_NAMES = ("lexicon_mean", "lexicon_min",
                 *(f"lexicon_mean_{offset:+d}" for offset in OFFSETS))

#: The restorer's features.
RESTORER_NAMES = (*NAMES, *LEXICON_NAMES)

#: The ender's features: the first kept line below a boundary, the lines below it, the
#: families of the removed lines between it and the kept line above (:mod:`.ending`).
ENDER_NAMES = (*NAMES, *TAIL_NAMES, *(f"gap_{family}" for family in FAMILIES))

#: The start of the reason of a line the classifier removes.
REASON = "the line classifier"

#: The start of the reason of a line the ender cuts.
ENDED = "below the article's end"

#: The reason families of lines removed only for their position: what the restorer may
#: bring back (a line's own furniture signal, its repeats, a caption, stay removed).
RESTORABLE = ("outside", "cut off")

#: Lines scored at once by the trees (bounds the memory of the node matrix).
CHUNK = 4096


@dataclass(frozen=True)
class Model:
    """Gradient-boosted regression trees on the log-odds, all trees stored in flat arrays:
    node ``i`` splits on ``feature[i]`` at ``threshold[i]`` (``<=`` goes to ``left[i]``);
    a leaf points to itself both ways and holds ``value[i]``. ``cut_off`` is where the
    model acts: a veto removes below it, a restorer brings back at or above it (1 never)."""

    names: tuple[str, ...]
    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int
    base: float
    cut_off: float

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        z = np.concatenate([self._log_odds(features[start:start + CHUNK])
                            for start in range(0, len(features), CHUNK)] or [np.zeros(0)])
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def _log_odds(self, features: np.ndarray) -> np.ndarray:
        node = np.repeat(self.roots[None, :], len(features), axis=0)
        rows = np.arange(len(features))[:, None]
        for _ in range(self.depth):
            left = features[rows, self.feature[node]] <= self.threshold[node]
            node = np.where(left, self.left[node], self.right[node])
        return self.base + self.value[node].sum(axis=1)

    def to_dict(self) -> dict:
        return {"names": list(self.names), "base": round(self.base, 6), "depth": self.depth,
                "cut_off": self.cut_off, "roots": self.roots.tolist(),
                "feature": self.feature.tolist(),
                "threshold": [float(t) if math.isfinite(t) else None
                              for t in self.threshold],
                "left": self.left.tolist(), "right": self.right.tolist(),
                "value": self.value.round(6).tolist()}

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        return cls(tuple(data["names"]), np.array(data["roots"]), np.array(data["feature"]),
                   np.array([math.inf if t is None else t for t in data["threshold"]]),
                   np.array(data["left"]), np.array(data["right"]), np.array(data["value"]),
                   int(data["depth"]), float(data["base"]), float(data["cut_off"]))


@dataclass(frozen=True)
class Classifier:
    """The veto (p that a kept line is article), the restorer (p that a line the rules
    removed for its position is article, read with the ``lexicon``: a lower-case word's
    log-odds of being in an article line rather than in furniture, against the share of
    article lines) and the ender (p that the article ends above a kept line)."""

    veto: Model
    restorer: Model
    ender: Model
    lexicon: Mapping[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"veto": self.veto.to_dict(), "restorer": self.restorer.to_dict(),
                "ender": self.ender.to_dict(),
                "lexicon": {word: round(value, 4) for word, value in sorted(self.lexicon.items())}}

    @classmethod
    def from_dict(cls, data: dict) -> Classifier:
        return cls(Model.from_dict(data["veto"]), Model.from_dict(data["restorer"]),
                   Model.from_dict(data["ender"]), data["lexicon"])


@functools.lru_cache(maxsize=1)
def shipped() -> Classifier:
    data = json.loads((resources.files("summarize") / "data" / "clean_lines.json")
                      .read_text("utf-8"))
    classifier = Classifier.from_dict(data)
    if (classifier.veto.names, classifier.restorer.names, classifier.ender.names) != (
            NAMES, RESTORER_NAMES, ENDER_NAMES):
        raise RuntimeError("clean_lines.json was fitted on other features: run "
                           "bench/fit_clean_lines.py --write")
    return classifier


def family(reason: str) -> str | None:
    """The family (FAMILIES) of a removed line's reason."""
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


def _shifted(values: np.ndarray, offset: int) -> np.ndarray:
    """values[i + offset] at i, 0 past either end."""
    out = np.zeros_like(values)
    if offset > 0:
        out[:-offset] = values[offset:]
    else:
        out[-offset:] = values[:offset]
    return out


def _runs(lines: list[Line], good: list[bool]) -> np.ndarray:
    """Each line's run: consecutive lines of one blank-line block and one rules verdict."""
    out = np.zeros(len(lines), dtype=int)
    for i in range(1, len(lines)):
        same = lines[i].block == lines[i - 1].block and good[i] == good[i - 1]
        out[i] = out[i - 1] + (not same)
    return out


def _run_features(lines: list[Line], good: list[bool], prose: list[bool]) -> np.ndarray:
    """Per line: its run's log words, share of the page's prose words, rank by words (log),
    position on the page (0 = top); the page's prose words above and below the line."""
    n = len(lines)
    words = np.array([len(line.words) for line in lines], dtype=float)
    prose_words = words * np.array(prose, dtype=float)
    total = max(prose_words.sum(), 1.0)
    run = _runs(lines, good)
    run_words = np.bincount(run, weights=words)
    run_prose = np.bincount(run, weights=prose_words)
    rank = np.empty(len(run_words))
    rank[np.argsort(-run_words, kind="stable")] = np.arange(len(run_words))
    starts = np.searchsorted(run, np.arange(len(run_words)))
    above = np.cumsum(prose_words) - prose_words
    return np.column_stack([
        np.log1p(run_words[run]), run_prose[run] / total, np.log1p(rank[run]),
        starts[run] / n, above / total, (total - above - prose_words).clip(0) / total,
    ])


def _overlap(lines: list[Line], densest: int | None) -> list[float]:
    """The share of a line's distinct words (lower-cased) that the densest block uses."""
    vocabulary = {w.lower() for line in lines if line.block == densest for w in line.words}
    out = []
    for line in lines:
        distinct = {w.lower() for w in line.words}
        out.append(len(distinct & vocabulary) / len(distinct) if distinct else 0.0)
    return out


def features(lines: list[Line]) -> np.ndarray:
    """One row per line, in NAMES order, from the lines as :func:`classify` left them."""
    n = len(lines)
    good = [line.kind == GOOD for line in lines]
    inherent = [intrinsic(line)[0] for line in lines]
    prose = [kind == GOOD for kind in inherent]
    families = [None if good[i] else family(line.reason) for i, line in enumerate(lines)]
    kept = [i for i in range(n) if good[i]]
    first, last = (kept[0], kept[-1]) if kept else (n, -1)
    densest = _densest_block(lines, prose)
    block_lines = [i for i, line in enumerate(lines) if line.block == densest]
    repeats = _list_repeats(lines)
    nearest = _distances(good)
    cumulative = np.concatenate([[0], np.cumsum(good)])
    own = np.column_stack([
        good, prose, [math.log1p(len(line.words)) for line in lines],
        [GOOD_STOP if line.stop_share is None else line.stop_share for line in lines],
        [family in STRONG for family in families],
    ]).astype(float)
    windowed = np.column_stack([_shifted(own, offset) for offset in OFFSETS])
    runs = _run_features(lines, good, prose)
    overlap = _overlap(lines, densest)
    rows = np.zeros((n, len(NAMES)))
    for i, line in enumerate(lines):
        low, high = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        densest_distance = (0 if not block_lines else min(abs(i - block_lines[0]),
                                                           abs(i - block_lines[-1])))
        rows[i] = [
            1.0, good[i], line.kind == BAD, line.kind == MINOR, line.kind == NEAR,
            line.kind == SHORT, prose[i], inherent[i] == NEAR,
            *(families[i] == name for name in FAMILIES),
            own[i, 2], line.sentence, own[i, 3],
            line.stop_share is None, bool(BULLET.match(line.raw)), line.heading,
            (cumulative[high] - cumulative[low]) / (high - low),
            *windowed[i],
            first <= i <= last, i < first, i > last, math.log1p(nearest[i]),
            line.block == densest, math.log1p(densest_distance),
            repeats[i][0], repeats[i][1],
            i / n, *runs[i], overlap[i],
        ]
    return rows


def lexicon_features(lines: list[Line], lexicon: Mapping[str, float]) -> np.ndarray:
    """One row per line, in LEXICON_NAMES order: the mean and the lowest ``lexicon`` value
    of its distinct lower-case words (a word the lexicon lacks counts 0; a line without words
    has 0 for both), then the mean of each line within WINDOW lines (0 past either end)."""
    own = np.zeros((len(lines), 2))
    for i, line in enumerate(lines):
        values = [lexicon.get(word, 0.0) for word in {w.lower() for w in line.words}]
        if values:
            own[i] = sum(values) / len(values), min(values)
    return np.column_stack([own, *(_shifted(own[:, 0], offset) for offset in OFFSETS)])


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


def boundaries(lines: list[Line], rows: np.ndarray) -> tuple[list[int], np.ndarray]:
    """The kept lines' indices and the ender's row (ENDER_NAMES) of the boundary above each of
    them but the first, from ``lines`` as :func:`classify` left them and their ``rows``."""
    kept = [i for i, line in enumerate(lines) if line.kind == GOOD]
    return kept, tail_features(lines, kept, rows, NAMES)


def decide(lines: list[Line], classifier: Classifier | None = None) -> dict[int, str]:
    """Remove the lines the rules kept that the veto finds unlikely to be article, unless they
    read as prose (a sentence is kept without stronger evidence than a line's context), and
    bring back the lines the rules removed for their position that the restorer finds likely
    to be. A line removed for its own furniture signal stays removed. Returns the line number
    of each line brought back, with the rules' reason and the restorer's p."""
    if not lines:
        return {}
    classifier = classifier or shipped()
    rows = features(lines)
    back = [i for i, line in enumerate(lines)
            if line.kind != GOOD and family(line.reason) in RESTORABLE]
    restored = classifier.restorer.probabilities(
        np.hstack([rows[back], lexicon_features(lines, classifier.lexicon)[back]]))
    for line, p in zip(lines, classifier.veto.probabilities(rows), strict=True):
        if line.kind == GOOD and p < classifier.veto.cut_off and not reads_as_prose(line):
            line.kind, line.reason = BAD, f"{REASON} (article p={p:.2f})"
    brought: dict[int, str] = {}
    for i, q in zip(back, restored, strict=True):  # none of them was the veto's to judge
        if q >= classifier.restorer.cut_off:
            brought[lines[i].number] = (f"{lines[i].reason}; brought back by {REASON} "
                                        f"(article p={q:.2f})")
            lines[i].kind, lines[i].reason = GOOD, ""
    return brought


def gapped(kept: list[int], t: int) -> bool:
    """Whether removed lines lie between kept lines ``t - 1`` and ``t``: only such a boundary
    may be the article's end, so that cleaning the output again (where the removed lines are
    gone) cuts nothing more."""
    return kept[t] - kept[t - 1] > 1


def ended(lines: list[Line], classifier: Classifier | None = None) -> dict[int, str]:
    """The kept lines below the first boundary between kept lines, with removed lines between
    them, that the ender finds likely to be the article's end, each with its reason (line
    number: reason); ``lines`` are all the page's lines as the passes left them
    (:func:`summarize.cleaning.settled`)."""
    if not lines:
        return {}
    classifier = classifier or shipped()
    kept, rows = boundaries(lines, features(lines))
    ends = classifier.ender.probabilities(rows)
    end = next((t for t, p in enumerate(ends, start=1)
                if p >= classifier.ender.cut_off and gapped(kept, t)), None)
    if end is None:
        return {}
    reason = f"{ENDED}, by {REASON} (end p={ends[end - 1]:.2f})"
    return {lines[i].number: reason for i in kept[end:]}
