"""The learned ranker: cheap sentence features combined by a logistic regression.

Every feature is read off the segmented :class:`~summarize.segmenting.Document` (positions,
paragraphs, words, terms) and its tf-idf rows, in time linear in the document; none needs a
language resource beyond the stop words and stemmer the segmenter already used, so every
supported language gets scores (the dangling-opener list exists for English and French only;
elsewhere that feature is 0). Features are relative to the article where a raw value would
not travel between sources (centrality is scaled by the article's largest).

The weights are plain data in ``summarize/data/learned_ranker.json``, rebuilt by
``python bench/train_ranker.py --write``: a logistic regression on standardised features,
fitted with numpy on greedy ROUGE-oracle labels of the human-reference sets in
``../shared/data/summaries`` (how it was validated: docs/algorithms.md). A sentence's score
is the model's log-odds that it belongs to an oracle summary; :func:`reasons` turns the
largest contributions to that score into plain words for ``--explain``. It is an option
(``--algorithm learned``), not the default: docs/algorithms.md gives the figures and why.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from ..segmenting import Document, terms
from ..selecting import opens_dangling
from ..vectors import tfidf_rows
from ..words import words
from .default import directed_centrality

if TYPE_CHECKING:
    import numpy as np

#: The features, in the model's column order, each with what it measures.
FEATURES: dict[str, str] = {
    "first": "the article's first sentence",
    "second": "the article's second sentence",
    "third": "the article's third sentence",
    "early": "exp(-index / 5): decays over the first sentences",
    "relative_position": "index / (sentences - 1): 0 at the start, 1 at the end",
    "log_position": "log(1 + index)",
    "paragraph_start": "opens a paragraph (0 when the text has one paragraph)",
    "first_paragraph": "in the first paragraph (0 when the text has one paragraph)",
    "paragraph_position": "exp(-index within the paragraph) (0 when the text has one paragraph)",
    "log_words": "log(1 + words)",
    "short": "fewer than 8 words",
    "long": "more than 40 words, not the first sentence (often a caption glued into the text)",
    "after": "similarity to later sentences, scaled by the article's largest",
    "before": "similarity to earlier sentences, scaled by the article's largest",
    "title": "share of the title's terms in the sentence (0 without a title)",
    "lead": "cosine to the first sentence (0 for the first sentence itself)",
    "previous": "cosine to the sentence before",
    "quote": "holds a quotation mark",
    "number": "holds a digit",
    "names": "share of capitalised words after the first word",
    "dangling": "opens with a pronoun or connective that refers back",
    "question": "ends with a question mark",
}

_QUOTES = frozenset("\"“”«»„")
#: Below this similarity two sentences do not "share key terms" in an explanation.
_RELATED = 0.1
#: Contributions to the log-odds below this are not worth a reason.
_REASON_MINIMUM = 0.25


@dataclass(frozen=True)
class Model:
    """A logistic regression on standardised features: ``sigmoid(coef . (x - mean) / scale
    + intercept)``."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def to_dict(self) -> dict:
        return {"features": list(self.features), "mean": list(self.mean),
                "scale": list(self.scale), "coef": list(self.coef),
                "intercept": self.intercept}

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]),
                   tuple(data["coef"]), float(data["intercept"]))

    def contributions(self, values: np.ndarray) -> np.ndarray:
        """Each feature's share of each sentence's log-odds (rows: sentences)."""
        import numpy as np

        return (values - np.asarray(self.mean)) / np.asarray(self.scale) * np.asarray(self.coef)

    def log_odds(self, values: np.ndarray) -> np.ndarray:
        return self.contributions(values).sum(axis=1) + self.intercept


MODEL_FILE = "learned_ranker.json"


@functools.lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model (``summarize/data/learned_ranker.json``)."""
    text = (resources.files("summarize") / "data" / MODEL_FILE).read_text("utf-8")
    loaded = Model.from_dict(json.loads(text))
    if loaded.features != tuple(FEATURES):
        raise RuntimeError(f"{MODEL_FILE} was trained on other features: retrain it with "
                           "bench/train_ranker.py --write")
    return loaded


@functools.lru_cache(maxsize=1)  # the ranker and the explanations read the same features
def features(document: Document) -> np.ndarray:
    """The ``sentences x FEATURES`` matrix of ``document`` (deterministic, linear time)."""
    import numpy as np

    sentences = document.sentences
    n = len(sentences)
    if not n:
        return np.zeros((0, len(FEATURES)))
    index = np.arange(n, dtype=float)
    paragraph = np.array([s.paragraph for s in sentences])
    starts = np.r_[True, paragraph[1:] != paragraph[:-1]]
    in_paragraph = index - np.maximum.accumulate(np.where(starts, index, 0))
    paragraphed = document.paragraphs > 1
    lengths = np.array([len(s.words) for s in sentences], dtype=float)
    rows = tfidf_rows(document)
    after = directed_centrality(rows, 0.0)
    before = directed_centrality(rows, 1.0) - after
    lead = rows.dot_row(0)
    lead[0] = 0.0
    columns = {
        "first": index == 0,
        "second": index == 1,
        "third": index == 2,
        "early": np.exp(-index / 5),
        "relative_position": index / max(n - 1, 1),
        "log_position": np.log1p(index),
        "paragraph_start": starts & paragraphed,
        "first_paragraph": (paragraph == 0) & paragraphed,
        "paragraph_position": np.exp(-in_paragraph) * paragraphed,
        "log_words": np.log1p(lengths),
        "short": lengths < 8,
        "long": (lengths > 40) & (index > 0),
        "after": _scaled(after),
        "before": _scaled(before),
        "title": _title_share(document),
        "lead": lead,
        "previous": _previous_similarity(rows, n),
        "quote": [any(c in _QUOTES for c in s.text) for s in sentences],
        "number": [any(c.isdigit() for c in s.text) for s in sentences],
        "names": [_capitalised_share(s.words) for s in sentences],
        "dangling": opens_dangling(document),
        "question": [s.text.rstrip("\"'”»)] ").endswith("?") for s in sentences],
    }
    values = np.column_stack([np.asarray(columns[f], dtype=float) for f in FEATURES])
    values.setflags(write=False)  # cached: shared by every caller
    return values


def _scaled(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 1e-9 else values * 0.0


def _title_share(document: Document) -> list[float]:
    title = set(terms(words(document.title), document.language)) if document.title else set()
    if not title:
        return [0.0] * len(document.sentences)
    return [len(title.intersection(s.terms)) / len(title) for s in document.sentences]


def _previous_similarity(rows, n: int) -> np.ndarray:
    """Cosine of each sentence to the one before (0 for the first), from the CSR arrays."""
    import numpy as np

    previous = np.zeros(n)
    if n < 2:
        return previous
    # Entries of row i meet entries of row i - 1 in the same column: a sorted merge per pair.
    width = max(rows.shape[1], 1)
    keys = rows.row_of_entries * width + rows.indices
    shifted = keys + width  # the entries of row i - 1 keyed as if they were row i's
    common, here, there = np.intersect1d(keys, shifted, assume_unique=True, return_indices=True)
    np.add.at(previous, common // width, rows.data[here] * rows.data[there])
    return previous


def _capitalised_share(tokens: tuple[str, ...]) -> float:
    rest = tokens[1:]
    return sum(t[:1].isupper() for t in rest) / len(rest) if rest else 0.0


def rank_learned(document: Document) -> list[float]:
    """Each sentence's log-odds of belonging to an oracle summary, by the shipped model.

    Log-odds, not probabilities: the selection rescales an article's scores to 0..1 before
    weighing them against redundancy, and a sigmoid would squeeze the gaps between the top
    sentences (cross-validated, log-odds do better on cnndm_dev: docs/algorithms.md)."""
    return model().log_odds(features(document)).tolist()


def reasons(document: Document, index: int, limit: int = 3) -> list[str]:
    """Why the model rates sentence ``index`` high: its largest positive contributions, in
    words, best first (an empty list when nothing stands out)."""
    import numpy as np

    values = features(document)
    trained = model()
    contributions = trained.contributions(values[index: index + 1])[0]
    above = values[index] > np.asarray(trained.mean)
    found: list[str] = []
    for j in sorted(range(len(FEATURES)), key=lambda j: (-contributions[j], j)):
        if contributions[j] < _REASON_MINIMUM or len(found) == limit:
            break
        said = _describe(list(FEATURES)[j], document, index, bool(above[j]))
        if said and said not in found:
            found.append(said)
    return found


_POSITION = frozenset({"first", "second", "third", "early", "relative_position", "log_position"})
_PARAGRAPH = frozenset({"paragraph_start", "first_paragraph", "paragraph_position"})
#: What a feature says when the sentence has more of it than the average sentence.
_PRESENT = {
    "quote": "quotes someone",
    "number": "gives figures",
    "names": "names people, places or organisations",
    "lead": "close to the opening sentence",
    "previous": "continues the sentence before",
    "question": "asks a question",
}


def _describe(feature: str, document: Document, index: int, above: bool) -> str | None:
    """A feature of sentence ``index`` in words, or None when it is not worth saying.
    ``above``: the sentence has more of the feature than the training sentences on average."""
    sentence = document.sentences[index]
    total = len(document.sentences)
    if feature in _POSITION:
        if index == 0:
            return "the article's opening sentence"
        return f"{'early' if index < total / 3 else 'late'}: sentence {index + 1} of {total}"
    if feature in _PARAGRAPH:
        if document.paragraphs > 1 and sentence.paragraph == 0:
            return "first paragraph"
        starts = index == 0 or document.sentences[index - 1].paragraph != sentence.paragraph
        return "opens a paragraph" if starts and document.paragraphs > 1 else None
    if not above:
        return None
    if feature in ("after", "before"):
        similar = tfidf_rows(document).dot_row(index) > _RELATED
        later = feature == "after"
        related = int(similar[index + 1:].sum() if later else similar[:index].sum())
        return (f"central: shares key terms with {related} {'later' if later else 'earlier'} "
                f"sentence{'s' if related != 1 else ''}") if related else None
    if feature == "title":
        title = set(terms(words(document.title or ""), document.language))
        shared = len(title.intersection(sentence.terms))
        return f"shares {shared} of the title's {len(title)} key words"
    if feature in ("log_words", "long"):
        return f"substantial: {len(sentence.words)} words"
    return _PRESENT.get(feature)
