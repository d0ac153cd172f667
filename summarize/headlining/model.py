"""The learned candidate ranker: a linear score over the standardised features of
:mod:`.features`, its weights fitted by ``bench/fit_headlines.py`` on the published titles of
the development sets (a listwise objective: the expected ROUGE of the candidate ranked first)
and shipped as plain data in ``summarize/data/headline_ranker.json``."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from importlib import resources

from .features import NAMES


@dataclass(frozen=True)
class Model:
    """Weights per feature, applied to ``(value - mean) / scale``."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]

    def to_dict(self) -> dict:
        return asdict(self)

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """One score per feature row (higher ranks first)."""
        import numpy as np

        if not rows:
            return []
        x = (np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        return [float(v) for v in x @ np.asarray(self.weights)]


@functools.lru_cache(maxsize=1)
def shipped() -> Model:
    """The shipped model; its feature names must be the ones :mod:`.features` computes."""
    text = (resources.files("summarize") / "data" / "headline_ranker.json").read_text("utf-8")
    data = json.loads(text)
    model = Model(**{k: tuple(v) for k, v in data.items() if k in Model.__dataclass_fields__})
    if model.names != NAMES:
        raise RuntimeError("headline_ranker.json was fitted on other features: run "
                           "bench/fit_headlines.py --write")
    return model
