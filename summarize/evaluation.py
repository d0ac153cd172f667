"""Evaluation: ROUGE of any algorithm against reference summaries in JSONL files.

Each line of a data file is an article: ``text`` (the body), ``summary`` (the reference, its
sentences separated by "\\n") and ``lang`` (an ISO code); other fields are ignored. Every
article is summarized through :func:`summarize.pipeline.summarize`, the path users get, with
the language taken from ``lang``, no headlines, and cleaning off by default: the bodies of
evaluation sets are already clean article text, so the figures measure ranking and selection,
not the cleaner (pass ``keep_furniture=False`` to measure the whole pipeline).

Scores follow the published CNN/DailyMail convention: ``rouge-score`` F1 for ROUGE-1, ROUGE-2
and ROUGE-Lsum (sentences joined by newlines), Porter stemming for English, mean over articles
times 100. Other languages get a Unicode word tokenizer (rouge-score's own drops every
non-ASCII letter) and no stemmer. rouge-score is the optional extra ``summarize[eval]``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import InputError, OptionError
from .rendering import FORMATS
from .words import alphanumeric

BOOTSTRAP_SAMPLES = 1000
_METRICS = ("rouge1", "rouge2", "rougeLsum")


@dataclass(frozen=True)
class Reference:
    """One evaluation article: its body, reference sentences, ISO language code and title
    (when the file gives one)."""

    id: str
    text: str
    reference: tuple[str, ...]
    lang: str
    title: str | None = None


@dataclass(frozen=True)
class DocumentScore:
    """ROUGE F1 (x100) of one summary, its length, and the seconds it took to produce."""

    rouge1: float
    rouge2: float
    rougeLsum: float
    sentences: int
    words: int
    seconds: float


@dataclass(frozen=True)
class EvalRow:
    """Mean scores of one algorithm on one data file, with a 95% bootstrap interval on R-1."""

    data: str
    algorithm: str
    budget: str
    documents: int
    rouge1: float
    rouge2: float
    rougeLsum: float
    rouge1_low: float
    rouge1_high: float
    sentences: float
    words: float
    seconds: float

    def to_dict(self) -> dict:
        return asdict(self)


def read_records(path: str | Path, limit: int | None = None) -> list[Reference]:
    """The first ``limit`` (all when None) articles of a JSONL data file."""
    path = Path(path)
    records: list[Reference] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                if limit is not None and len(records) >= limit:
                    break
                try:
                    row = json.loads(line)
                    records.append(Reference(str(row.get("id", number)), row["text"],
                                          tuple(row["summary"].split("\n")), row.get("lang", "en"),
                                          row.get("title")))
                except (ValueError, KeyError, AttributeError) as error:
                    raise InputError(f"{path}:{number}: not an evaluation record "
                                     f"(needs 'text' and 'summary'): {error}") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    if not records:
        raise InputError(f"{path}: holds no evaluation record (one JSON object a line, with "
                         "'text' and 'summary')")
    return records


class _Scorer(Protocol):
    """What this module uses of rouge-score's RougeScorer."""

    def score(self, target: str, prediction: str) -> dict[str, Any]: ...


class _UnicodeTokenizer:
    """rouge-score's tokenizer interface for languages other than English."""

    def tokenize(self, text: str) -> list[str]:
        return alphanumeric(text.lower())


def scorer(lang: str) -> _Scorer:
    """A rouge-score scorer for an ISO language code, or OptionError when it is not installed."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise OptionError("evaluation needs the rouge-score package: "
                          "pip install 'summarize[eval]'") from None
    return rouge_scorer.RougeScorer(list(_METRICS), use_stemmer=lang == "en",
                                    tokenizer=tokenizer(lang))


def tokenizer(lang: str):
    """The tokens ROUGE compares for an ISO language code (``.tokenize(text)``): rouge-score's
    own with Porter stemming for English, letters and digits of any script otherwise."""
    if lang == "en":
        from rouge_score import tokenizers

        return tokenizers.DefaultTokenizer(use_stemmer=True)
    return _UnicodeTokenizer()


def score_summaries(
    records: Sequence[Reference], summarizer: Callable[[Reference], list[str]]
) -> list[DocumentScore]:
    """Summarize every record with ``summarizer`` (record -> sentences) and score it."""
    scorers: dict[str, _Scorer] = {}
    results = []
    for record in records:
        start = time.perf_counter()
        sentences = summarizer(record)
        seconds = time.perf_counter() - start
        rouge = scorers.get(record.lang)
        if rouge is None:
            rouge = scorers[record.lang] = scorer(record.lang)
        found = rouge.score("\n".join(record.reference), "\n".join(sentences))
        rouge1, rouge2, rouge_lsum = (100 * found[m].fmeasure for m in _METRICS)
        results.append(DocumentScore(
            rouge1, rouge2, rouge_lsum,
            sentences=len(sentences),
            words=sum(len(s.split()) for s in sentences),
            seconds=seconds,
        ))
    return results


def bootstrap_interval(values: Sequence[float], samples: int = BOOTSTRAP_SAMPLES,
                       seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean of ``values`` (seeded: reproducible)."""
    import numpy as np

    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(samples, data.size))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def summarize_row(data: str, algorithm: str, budget: str,
                  scores: Sequence[DocumentScore]) -> EvalRow:
    """Aggregate per-article scores into one :class:`EvalRow`."""
    n = len(scores)

    def mean(field: str) -> float:
        return sum(getattr(s, field) for s in scores) / n if n else float("nan")

    low, high = bootstrap_interval([s.rouge1 for s in scores])
    return EvalRow(data, algorithm, budget, n, mean("rouge1"), mean("rouge2"), mean("rougeLsum"),
                   low, high, mean("sentences"), mean("words"), mean("seconds"))


def evaluate(
    paths: Iterable[str | Path],
    algorithms: Iterable[str] = ("default",),
    *,
    sentences: int | None = None,
    words: int | None = None,
    limit: int | None = None,
    keep_furniture: bool = True,
) -> list[EvalRow]:
    """Score each algorithm on each data file; one :class:`EvalRow` per (file, algorithm).

    ``algorithms`` are names as :func:`summarize.summarize` takes them ('all' for every
    registered one); give at most one of ``sentences`` (default 3) and ``words``; ``limit``
    keeps the first articles of each file.
    """
    from . import ranking
    from .pipeline import summarize
    from .selecting import Budget

    budget = Budget.from_options(sentences, None, words)
    names = expand_algorithms(algorithms)
    if limit is not None and limit < 1:
        raise OptionError(f"limit must be at least 1, not {limit}", options=("limit",))
    scorer("en")  # fail early, before any summarizing, when rouge-score is missing
    label = f"{int(budget.value)} {budget.kind if budget.value != 1 else budget.kind[:-1]}"
    rows = []
    for path in paths:
        records = read_records(path, limit)
        for name in names:
            def run(record: Reference, name: str = name) -> list[str]:
                return summarize(record.text, sentences=sentences, words=words, algorithm=name,
                                 language=record.lang, keep_furniture=keep_furniture,
                                 headlines=0).sentences

            rows.append(summarize_row(Path(path).name, ranking.resolve(name), label,
                                      score_summaries(records, run)))
    return rows


def expand_algorithms(algorithms: Iterable[str]) -> list[str]:
    """Canonical names; 'all' stands for every registered algorithm (duplicates dropped)."""
    from . import ranking

    names: list[str] = []
    for name in algorithms:
        expanded = list(ranking.ALGORITHMS) if name.strip().lower() == "all" else [
            ranking.resolve(name)]
        names.extend(n for n in expanded if n not in names)
    if not names:
        raise OptionError("give at least one algorithm")
    return names


def render_rows(rows: Sequence[EvalRow], fmt: str = "text") -> str:
    """The rows as an aligned text table, a JSON list, JSON lines or a Markdown table."""
    if fmt == "json":
        return json.dumps([r.to_dict() for r in rows], indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r.to_dict()) for r in rows)
    if fmt not in FORMATS:
        raise OptionError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}",
                          options=("format",))
    header = ["data", "algorithm", "budget", "docs", "R-1", "R-1 95% CI", "R-2", "R-Lsum",
              "sents", "words", "s/doc"]
    body = [[r.data, r.algorithm, r.budget, str(r.documents), f"{r.rouge1:.2f}",
             f"{r.rouge1_low:.2f}-{r.rouge1_high:.2f}", f"{r.rouge2:.2f}", f"{r.rougeLsum:.2f}",
             f"{r.sentences:.2f}", f"{r.words:.1f}", f"{r.seconds:.4f}"] for r in rows]
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) if i < 3 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
                     .rstrip()
                     for row in [header, *body])
