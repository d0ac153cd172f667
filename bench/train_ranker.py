"""Train the learned ranker and report how it does on articles it was not trained on.

    python bench/train_ranker.py [--write] [--folds 5] [--limit N]

Data: every file in ../shared/data/summaries. Labels: a greedy ROUGE oracle per article
(sentences added while they raise ROUGE-1 + ROUGE-2 F1 against the reference, at most as many
as the reference has). Files whose references are machine-made extracts (``CHECK_ONLY``) are
never trained on: they check that the ranker reads content, they are not a target to imitate.
Every other file, including files added later, is training data. Each training file weighs
the same in the fit, whatever its number of sentences.

Model: logistic regression on the features of ``summarize.ranking.learned``, standardised,
with an L2 penalty (``L2``, fixed in advance, not tuned on the folds), fitted by Newton's method
in numpy: deterministic, no training dependency.

Report, per file and length (R-1 / R-2 / R-Lsum F1 x 100, with the 95% bootstrap interval
of R-1 and the paired interval of the difference to LEAD):
LEAD, the old default (pacsum), and the learned ranker in two cross-validations:
leave one data set out (trained on every other training file; for a check-only file, that is
the shipped model) and k folds grouped by article (trained on the other folds of the same file
plus every other training file). With ``--write`` the model fitted on all training files is
stored in summarize/data/learned_ranker.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from summarize import ranking
from summarize.evaluation import (
    DocumentScore,
    Reference,
    bootstrap_interval,
    read_records,
    score_summaries,
    tokenizer,
)
from summarize.languages import resolve as resolve_language
from summarize.ranking.learned import FEATURES, MODEL_FILE, Model, features
from summarize.segmenting import Document, segment
from summarize.selecting import Budget, select

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
MODEL_PATH = Path(__file__).resolve().parents[1] / "summarize" / "data" / MODEL_FILE
#: Files whose references were made by an automatic method (../shared/README.md).
CHECK_ONLY = {"bbc_dev.jsonl"}
#: The prefix of a training set labelled by a file's published titles (bench/ranker_variants.py
#: --titles): never trained on when that file is scored, its articles being the same.
TITLES_OF = "titles of "
L2 = 1.0
#: The lengths reported per file: 3 sentences everywhere, and 1 and 2 sentences where the
#: references have one or two sentences (OrangeSum's abstracts).
SHORT_REFERENCES = 1.8  # mean reference sentences below which 1 and 2 sentences are reported
SEED = 0


@dataclass
class Article:
    record: Reference
    document: Document
    features: np.ndarray
    labels: np.ndarray


def load(path: Path, limit: int | None) -> list[Article]:
    rouge_tokens = tokenizer(read_records(path, 1)[0].lang)
    articles = []
    for record in read_records(path, limit):
        document = segment(record.text, resolve_language(record.lang), title=record.title)
        if not document.sentences:
            continue
        labels = (np.zeros(len(document.sentences)) if path.name in CHECK_ONLY
                  else oracle(document, record.reference, rouge_tokens))
        articles.append(Article(record, document, features(document).copy(), labels))
    return articles


def oracle(document: Document, reference: tuple[str, ...], rouge_tokens,
           early_stop: bool = True) -> np.ndarray:
    """1 for the sentences of the greedy ROUGE-1 + ROUGE-2 oracle, else 0 (``early_stop``:
    stop when no sentence raises the score, else always pick as many as the reference has)."""
    pieces, grams = tokenized(document, reference, rouge_tokens)
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < min(len(reference), len(pieces)):
        found, round_best = None, -1.0
        for i in range(len(pieces)):
            if i in chosen:
                continue
            value = rouge_value(pieces, [*chosen, i], grams)
            if value > round_best + 1e-12:
                round_best, found = value, i
        if found is None or (early_stop and round_best <= best + 1e-12):
            break
        best = round_best
        chosen.append(found)
    labels = np.zeros(len(pieces))
    labels[chosen] = 1.0
    return labels


def tokenized(document: Document, reference: tuple[str, ...], rouge_tokens
              ) -> tuple[list[list[str]], list[Counter]]:
    """The sentences' ROUGE tokens, and the reference's unigram and bigram counts."""
    target = rouge_tokens.tokenize("\n".join(reference))
    return ([rouge_tokens.tokenize(s.text) for s in document.sentences],
            [Counter(target), Counter(_bigrams(target))])


def rouge_value(pieces: list[list[str]], chosen: list[int], grams: list[Counter]) -> float:
    """ROUGE-1 + ROUGE-2 F1 of the sentences ``chosen`` (token lists), in document order."""
    tokens = [t for j in sorted(chosen) for t in pieces[j]]
    return sum(_f1(Counter(g), want) for g, want in
               zip((tokens, _bigrams(tokens)), grams, strict=True))


def _bigrams(tokens: list[str]) -> list[tuple[str, str]]:
    return list(zip(tokens[:-1], tokens[1:], strict=True))


def _f1(got: Counter, want: Counter) -> float:
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def fit(sets: list[list[Article]]) -> Model:
    """The logistic regression on ``sets``, each set weighing the same."""
    x = np.vstack([a.features for s in sets for a in s])
    y = np.concatenate([a.labels for s in sets for a in s])
    w = np.concatenate([np.full(len(a.labels), 1.0 / sum(len(b.labels) for b in s))
                        for s in sets for a in s])
    mean, scale = standardisation(x)
    z = np.column_stack([(x - mean) / scale, np.ones(len(x))])
    beta = newton(z, y, w, unpenalised=1)
    return Model(tuple(FEATURES), tuple(mean.tolist()), tuple(scale.tolist()),
                 tuple(beta[:-1].tolist()), float(beta[-1]))


def standardisation(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    return mean, scale


def newton(z: np.ndarray, y: np.ndarray, w: np.ndarray, unpenalised: int = 0) -> np.ndarray:
    """Weighted logistic regression of ``y`` on the columns of ``z`` with the penalty ``L2``
    (the last ``unpenalised`` columns, an intercept, go free); weights are rescaled to sum
    to the number of rows."""
    w = w * (len(w) / w.sum())
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[len(penalty) - unpenalised:] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ beta))
        gradient = z.T @ (w * (p - y)) + penalty * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    return beta


def budgets(articles: list[Article]) -> list[Budget]:
    mean_reference = np.mean([len(a.record.reference) for a in articles])
    counts = (1, 2, 3) if mean_reference < SHORT_REFERENCES else (3,)
    return [Budget.from_options(sentences=k) for k in counts]


def scores_of(articles: list[Article], rank, algorithm: str, budget: Budget
              ) -> list[DocumentScore]:
    """ROUGE of each article's summary: ``rank(article) -> scores``, then the shared
    selection with ``algorithm``'s registry settings, scored as `summarize eval` scores."""
    selection = ranking.ALGORITHMS[algorithm].selection
    picks = {a.record.id: select(a.document, list(rank(a)), budget, **selection)
             for a in articles}
    by_id = {a.record.id: a for a in articles}
    return score_summaries([a.record for a in articles],
                           lambda r: [by_id[r.id].document.sentences[i].text
                                      for i in picks[r.id]])


def folds(articles: list[Article], k: int) -> list[list[Article]]:
    """``k`` folds of whole articles, in a seeded random order."""
    order = np.random.default_rng(SEED).permutation(len(articles))
    return [[articles[i] for i in order[f::k]] for f in range(k)]


def cross_validated(name: str, sets: dict[str, list[Article]], k: int, fitter=fit
                    ) -> dict[str, dict[str, np.ndarray]]:
    """Out-of-fold learned scores (log-odds) of the articles of ``name``:
    {scheme: {id: scores}}, with models from ``fitter(list of article lists)``."""
    trainable = [s for s in sets if s not in CHECK_ONLY]
    others = [sets[s] for s in trainable if s != name and s != f"{TITLES_OF}{name}"]
    out: dict[str, dict[str, np.ndarray]] = {"leave one set out": {}}
    model = fitter(others)
    for a in sets[name]:
        out["leave one set out"][a.record.id] = model.log_odds(a.features)
    if name in CHECK_ONLY:
        return out
    out[f"{k}-fold by article"] = {}
    parts = folds(sets[name], k)
    for f, held in enumerate(parts):
        model = fitter(others + [[a for g, part in enumerate(parts) if g != f for a in part]])
        for a in held:
            out[f"{k}-fold by article"][a.record.id] = model.log_odds(a.features)
    return out


def line(label: str, scores: list[DocumentScore], lead: list[DocumentScore] | None) -> str:
    r1 = [s.rouge1 for s in scores]
    low, high = bootstrap_interval(r1)
    text = (f"  {label:<34} {np.mean(r1):6.2f} / {np.mean([s.rouge2 for s in scores]):6.2f} / "
            f"{np.mean([s.rougeLsum for s in scores]):6.2f}   R-1 CI {low:6.2f}..{high:6.2f}")
    if lead is not None:
        diff = [a.rouge1 - b.rouge1 for a, b in zip(scores, lead, strict=True)]
        low, high = bootstrap_interval(diff)
        text += f"   vs LEAD {np.mean(diff):+5.2f} ({low:+.2f}..{high:+.2f})"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the model fitted on all")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each file")
    args = parser.parse_args()
    sets = {p.name: load(p, args.limit) for p in sorted(DATA.glob("*.jsonl"))}
    trainable = [name for name in sets if name not in CHECK_ONLY]
    print(f"training files: {', '.join(trainable)}; check only: {', '.join(sorted(CHECK_ONLY))}")
    print("R-1 / R-2 / R-Lsum F1 x 100, 95% bootstrap CIs (R-1; paired difference to LEAD)")
    lead_ranker = ranking.ALGORITHMS["lead"].load()
    pacsum = ranking.ALGORITHMS["pacsum"].load()
    for name, articles in sets.items():
        predicted = cross_validated(name, sets, args.folds)
        for budget in budgets(articles):
            print(f"{name} ({len(articles)} articles), {int(budget.value)} sentences")
            lead = scores_of(articles, lambda a: lead_ranker(a.document), "lead", budget)
            print(line("lead", lead, None))
            print(line("pacsum (the default)",
                       scores_of(articles, lambda a: pacsum(a.document), "pacsum", budget), lead))
            for scheme, by_id in predicted.items():
                print(line(f"learned, {scheme}",
                           scores_of(articles, lambda a, s=by_id: s[a.record.id], "learned",
                                     budget), lead))
        sys.stdout.flush()
    model = fit([sets[name] for name in trainable])
    print("weights of the model fitted on every training file (log-odds per standard deviation):")
    for feature, coef in sorted(zip(model.features, model.coef, strict=True),
                                key=lambda fc: -abs(fc[1])):
        print(f"  {feature:<20} {coef:+.3f}")
    if args.write:
        MODEL_PATH.write_text(json.dumps({**model.to_dict(), "trained_on": trainable},
                                         indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()
