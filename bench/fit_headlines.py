"""Fit the candidate headline ranker on published titles, cross-validated, and report it.

    python bench/fit_headlines.py            # the cross-validated table
    python bench/fit_headlines.py --write    # also store the model fitted on every article

Every article of ``../shared/data/summaries/*.jsonl`` that has a ``title`` (bbc_dev in English,
orangesum_fr_dev in French; files added there later join by themselves) is cleaned, segmented
and ranked as ``summarize`` does, and every candidate that obeys the rules
(:func:`summarize.headlining.offers`) gets its features and its ROUGE against the title. The
model is linear: a ridge regression (numpy) of each candidate's gain, (R-1 + R-L) / 2, over
its article's mean gain. (A listwise softmax fit of the expected gain of the first candidate
and a pairwise logistic fit scored the same or lower on the 5 folds.)

The table gives ROUGE-1/2/L F1 x100 of the first candidate and of the best of the first K,
with 95% bootstrap intervals on R-1, for articles the model was not fitted on:
``k-fold`` (folds grouped by article, over all title sets), ``leave-set-out`` (fitted on the
other sets only) and ``web`` (the pages of ../shared/data/cleaning/trafilatura_eval_dev.jsonl
with a gold title, cleaned, by detected language; never used for fitting, scored against the
model fitted on every title set). Baselines: the first 10 words of the body (for the web pages
also once a copy of the title atop the body is dropped, as on pages whose title the cleaner
missed: there the plain baseline copies the answer), and the candidates in the order generated
(lead first). Last, the share of offered candidates that
obey the rules.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from summarize import ranking
from summarize.cleaning import clean
from summarize.evaluation import bootstrap_interval, scorer
from summarize.headlining import offers
from summarize.headlining.features import NAMES, context, features
from summarize.headlining.model import Model
from summarize.headlining.scoring import normal, term_weights, violations
from summarize.languages import LANGUAGES
from summarize.languages import resolve as resolve_language
from summarize.segmenting import segment

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
MODEL_FILE = Path(__file__).resolve().parents[1] / "summarize" / "data" / "headline_ranker.json"
WORDS = 10
METRICS = ("rouge1", "rouge2", "rougeLsum")  # one line: ROUGE-Lsum is ROUGE-L
#: Ridge penalty per article (chosen by 5-fold R-1 among 0, 0.01 and 0.1).
RIDGE = 0.1
FOLDS = 5


@dataclass
class Article:
    """One titled article: its offers' texts, feature rows and ROUGE (rows: R-1, R-2, R-L)."""

    set: str
    texts: list[str]
    rows: np.ndarray
    rouge: np.ndarray
    baseline: np.ndarray
    language: str
    #: The baseline once a copy of the title atop the body is dropped (see :func:`untitled`).
    fair: np.ndarray
    #: Whether the body opens with the title.
    atop: bool


def prepare(name: str, text: str, title: str, language: str) -> Article | None:
    """Clean, segment, rank and generate as the pipeline does; score every offer."""
    cleaned = clean(text, language=language)
    document = segment(cleaned.text, cleaned.language, title=cleaned.title)
    if not document.sentences:
        return None
    scores = ranking.score(document, ranking.resolve("default"))
    found = offers(document, scores, words=WORDS)
    rouge = scorer(LANGUAGES[document.language])
    measured = context(document, scores, term_weights(document), WORDS)

    def score(candidate: str) -> list[float]:
        got = rouge.score(title, candidate)
        return [100 * got[m].fmeasure for m in METRICS]

    texts = [o.text for o in found] or [""]
    rows = [features(o.candidate, measured) for o in found] or [[0.0] * len(NAMES)]
    first = " ".join(cleaned.text.split()[:WORDS])
    after = untitled(cleaned.text, title)
    return Article(name, texts, np.asarray(rows, dtype=float),
                   np.asarray([score(t) for t in texts]), np.asarray(score(first)),
                   document.language, np.asarray(score(after or first)), bool(after))


def untitled(body: str, title: str) -> str:
    """The first words of ``body`` after the whole ``title``, when the body opens with it
    (a page whose title the cleaner missed, and detected some other line as the title: the
    candidates may not repeat the detected title, and the baseline should not copy the
    real one), else the empty string."""
    head, rest = normal(title).split(), normal(" ".join(body.split()[:200])).split()
    if head and rest[:len(head)] == head:
        return " ".join(rest[len(head):len(head) + WORDS])
    return ""


def title_sets() -> list[Article]:
    out = []
    for path in sorted((SHARED / "summaries").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("title"):
                article = prepare(path.stem, row["text"], row["title"],
                                  resolve_language(row.get("lang", "en")))
                if article:
                    out.append(article)
    return out


def web_sets() -> list[Article]:
    out = []
    path = SHARED / "cleaning" / "trafilatura_eval_dev.jsonl"
    for line in path.open(encoding="utf-8") if path.exists() else []:
        row = json.loads(line)
        if not (row.get("title_is_gold") and row.get("title")):
            continue
        try:
            article = prepare("web", row["page_text"], row["title"], "auto")
        except Exception:  # noqa: BLE001 - a page the cleaner refuses has no headline
            continue
        if article:
            article.set = f"web_{LANGUAGES[article.language]}"
            out.append(article)
    return out


def fit(articles: list[Article]) -> Model:
    """Ridge regression of each candidate's gain over its article's mean gain, on the
    standardised features centred per article: what makes one candidate of an article better
    than its rivals, not what makes an article easy."""
    x = np.vstack([a.rows for a in articles])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    rows, gains = [], []
    for a in articles:
        z = (a.rows - mean) / scale
        gain = (a.rouge[:, 0] + a.rouge[:, 2]) / 2
        rows.append(z - z.mean(axis=0))
        gains.append(gain - gain.mean())
    x, y = np.vstack(rows), np.concatenate(gains)
    w = np.linalg.solve(x.T @ x + RIDGE * len(articles) * np.eye(x.shape[1]), x.T @ y)
    return Model(NAMES, tuple(round(float(c), 6) for c in mean),
                 tuple(round(float(c), 6) for c in scale), tuple(round(float(c), 6) for c in w))


def pick(article: Article, model: Model | None, count: int) -> list[int]:
    """The first ``count`` distinct offers as :func:`summarize.headlining.candidates` gives
    them (generation order without a model)."""
    values = model.scores(article.rows.tolist()) if model else [0.0] * len(article.texts)
    order = sorted(range(len(values)), key=lambda k: (-values[k], k))
    out: list[int] = []
    seen: set[str] = set()
    for k in order:
        if normal(article.texts[k]) not in seen:
            seen.add(normal(article.texts[k]))
            out.append(k)
    return out[:count]


def line(label: str, values: np.ndarray) -> str:
    low, high = bootstrap_interval(values[:, 0].tolist())
    means = " / ".join(f"{statistics.fmean(values[:, j]):.2f}" for j in range(3))
    return f"    {label:<22} {means}  R-1 95% CI [{low:.2f}, {high:.2f}]"


def report(name: str, articles: list[Article], models: list[Model | None], count: int) -> None:
    """``models[k]`` ranks ``articles[k]`` (None: generation order)."""
    first = np.asarray([a.rouge[pick(a, m, 1)[0]] for a, m in zip(articles, models, strict=True)])
    best = np.asarray([a.rouge[pick(a, m, count)].max(axis=0)
                       for a, m in zip(articles, models, strict=True)])
    print(line("first candidate", first))
    print(line(f"best of {count}", best))
    del name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the model fitted on all")
    parser.add_argument("--count", type=int, default=3, help="K of the best of K")
    args = parser.parse_args()
    titled = title_sets()
    names = sorted({a.set for a in titled})
    everything = fit(titled)
    folds = [fit([a for k, a in enumerate(titled) if k % FOLDS != f]) for f in range(FOLDS)]
    held = {s: fit([a for a in titled if a.set != s]) for s in names} if len(names) > 1 else {}
    web = web_sets()
    print(f"R-1 / R-2 / R-L F1 x100, {WORDS} words at most; first = the candidate ranked first")
    for s in names:
        group = [(k, a) for k, a in enumerate(titled) if a.set == s]
        arts = [a for _, a in group]
        print(f"{s} ({len(arts)} articles)")
        print(line("baseline first 10 words", np.asarray([a.baseline for a in arts])))
        print("  generation order (lead first):")
        report(s, arts, [None] * len(arts), args.count)
        print(f"  {FOLDS}-fold grouped by article:")
        report(s, arts, [folds[k % FOLDS] for k, _ in group], args.count)
        if s in held:
            print("  leave-set-out (fitted on the other sets):")
            report(s, arts, [held[s]] * len(arts), args.count)
        print(line("oracle of all offers", np.asarray([a.rouge.max(axis=0) for a in arts])))
    for s in sorted({a.set for a in web}):
        arts = [a for a in web if a.set == s]
        print(f"{s} ({len(arts)} pages, never fitted on)")
        print(line("baseline first 10 words", np.asarray([a.baseline for a in arts])))
        atop = sum(1 for a in arts if a.atop)
        print(line(f"  title atop dropped ({atop})", np.asarray([a.fair for a in arts])))
        print("  generation order (lead first):")
        report(s, arts, [None] * len(arts), args.count)
        print("  fitted on every title set:")
        report(s, arts, [everything] * len(arts), args.count)
    offered = [(a, k) for a in titled + web for k in pick(a, everything, args.count)
               if a.texts[k]]
    broken = sum(1 for a, k in offered if violations(a.texts[k], a.language, words=WORDS))
    # the length counted again on the offered text, without the package's tokenizer
    long = sum(1 for a, k in offered
               if sum(any(c.isalnum() for c in w) for w in a.texts[k].split()) > WORDS)
    print(f"rules: {len(offered) - broken} of {len(offered)} offered candidates obey them, "
          f"{long} over {WORDS} words by whitespace tokens; "
          f"weights: {dict(zip(NAMES, everything.weights, strict=True))}")
    if args.write:
        MODEL_FILE.write_text(json.dumps(everything.to_dict(), indent=1) + "\n",
                              encoding="utf-8")
        print(f"wrote {MODEL_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
