"""The learned ranker's variants, cross-validated as bench/train_ranker.py does the shipped one.

    python bench/ranker_variants.py [--folds 5] [--seed 0] [--limit N]

Each variant changes one thing of the shipped recipe (pointwise logistic regression on the
greedy oracle with early stop, scores as log-odds): the objective (pairwise logistic within
each article, RankNet-style), the labels (the oracle without its early stop, the mean of both
oracles, the top sentences by their own ROUGE-2 recall, the marginal gain over LEAD-(k-1)), the
features (ranks within the article added) or the score (probabilities instead of log-odds).
With ``--titles`` every file's published titles label one more training set each (the
sentence with the best ROUGE-1 + ROUGE-2 against the title, the title hidden from the
features): human English signal from BBC's headlines, whose summaries are not trained on.
``--only TEXT`` runs the variants whose name holds TEXT.
Every variant is scored on the same folds as the shipped model (``--seed`` changes the 5-fold
split), so the table is a record of what was tried, not an unbiased estimate for the best row.
Output: R-1 / R-2 / R-Lsum of LEAD, then each variant's with the paired interval to LEAD,
per file and length.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import train_ranker as tr

from summarize import ranking
from summarize.evaluation import tokenizer
from summarize.languages import resolve as resolve_language
from summarize.ranking.learned import FEATURES, Model, features
from summarize.segmenting import segment

Labeller = Callable[[tr.Article, list[list[str]], list[Counter]], np.ndarray]
RANKED = ("log_words", "after", "before", "title")  # features also given as ranks


def oracle_labels(early_stop: bool) -> Labeller:
    def label(article: tr.Article, pieces: list[list[str]], grams: list[Counter]) -> np.ndarray:
        return _greedy(pieces, grams, len(article.record.reference), early_stop)
    return label


def _greedy(pieces: list[list[str]], grams: list[Counter], k: int, early_stop: bool
            ) -> np.ndarray:
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < min(k, len(pieces)):
        value, found = max((tr.rouge_value(pieces, [*chosen, i], grams), -i)
                           for i in range(len(pieces)) if i not in chosen)
        if early_stop and value <= best + 1e-12:
            break
        best = value
        chosen.append(-found)
    labels = np.zeros(len(pieces))
    labels[chosen] = 1.0
    return labels


def mean_of_oracles(article: tr.Article, pieces: list[list[str]], grams: list[Counter]
                    ) -> np.ndarray:
    k = len(article.record.reference)
    return (_greedy(pieces, grams, k, True) + _greedy(pieces, grams, k, False)) / 2


def bigram_recall_top(article: tr.Article, pieces: list[list[str]], grams: list[Counter]
                      ) -> np.ndarray:
    """1 for the k sentences with the highest ROUGE-2 recall of their own (k: reference)."""
    recall = np.array([sum((Counter(tr._bigrams(p)) & grams[1]).values()) for p in pieces],
                      dtype=float)
    labels = np.zeros(len(pieces))
    labels[np.argsort(-recall, kind="stable")[:len(article.record.reference)]] = 1.0
    return labels


def gain_over_lead(article: tr.Article, pieces: list[list[str]], grams: list[Counter]
                   ) -> np.ndarray:
    """Graded: what each sentence adds to LEAD-(k-1) (or what a lead sentence's removal
    costs it), k the reference's sentences."""
    lead = list(range(min(len(article.record.reference), len(pieces)) - 1))
    base = tr.rouge_value(pieces, lead, grams)
    return np.array([base - tr.rouge_value(pieces, [j for j in lead if j != i], grams)
                     if i in lead else tr.rouge_value(pieces, [*lead, i], grams) - base
                     for i in range(len(pieces))])


def with_ranks(x: np.ndarray) -> np.ndarray:
    """The features plus the ranks (0 = the article's largest, 1 = its smallest) of RANKED."""
    n = len(x)
    ranks = [np.argsort(np.argsort(-x[:, list(FEATURES).index(f)], kind="stable"),
                        kind="stable") / max(n - 1, 1) for f in RANKED]
    return np.column_stack([x, *ranks])


def fit_pairwise(sets: list[list[tr.Article]]) -> Model:
    """Logistic regression on feature differences of sentence pairs of one article whose
    labels differ; each article weighs the same within its file, each file the same."""
    x = np.vstack([a.features for s in sets for a in s])
    mean, scale = tr.standardisation(x)
    rows, targets, weights = [], [], []
    for s in sets:
        for a in s:
            z = (a.features - mean) / scale
            better, worse = np.nonzero(a.labels[:, None] > a.labels[None, :])
            if not len(better):
                continue
            difference = z[better] - z[worse]
            rows += [difference, -difference]
            targets += [np.ones(len(better)), np.zeros(len(better))]
            weights.append(np.full(2 * len(better), 1.0 / (len(s) * 2 * len(better))))
    beta = tr.newton(np.vstack(rows), np.concatenate(targets), np.concatenate(weights))
    return Model(tuple(f"f{j}" for j in range(x.shape[1])), tuple(mean.tolist()),
                 tuple(scale.tolist()), tuple(beta.tolist()), 0.0)


class Probabilities(Model):
    """The shipped recipe scored by probabilities (the first shipped model) for comparison."""

    def log_odds(self, values: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-super().log_odds(values)))


def fit_probabilities(sets: list[list[tr.Article]]) -> Model:
    return Probabilities(**vars(tr.fit(sets)))


def fit_pointwise(sets: list[list[tr.Article]]) -> Model:
    """tr.fit for any number of feature columns."""
    model = tr.fit(sets)
    return replace(model, features=tuple(f"f{j}" for j in range(len(model.coef))))


#: name: (labels, None for the shipped ones; add the rank features; fitter)
VARIANTS: dict[str, tuple[Labeller | None, bool, Callable[[list[list[tr.Article]]], Model]]] = {
    "shipped (pointwise, oracle, log-odds)": (None, False, tr.fit),
    "scores as probabilities": (None, False, fit_probabilities),
    "pairwise": (None, False, fit_pairwise),
    "rank features": (None, True, fit_pointwise),
    "pairwise + rank features": (None, True, fit_pairwise),
    "oracle without early stop": (oracle_labels(False), False, tr.fit),
    "no early stop + rank features": (oracle_labels(False), True, fit_pointwise),
    "pairwise, no early stop": (oracle_labels(False), False, fit_pairwise),
    "mean of both oracles": (mean_of_oracles, False, tr.fit),
    "pairwise, mean of both oracles": (mean_of_oracles, False, fit_pairwise),
    "top-k by own ROUGE-2 recall": (bigram_recall_top, False, tr.fit),
    "pairwise, gain over LEAD-(k-1)": (gain_over_lead, False, fit_pairwise),
}


def title_sets(limit: int | None) -> dict[str, list[tr.Article]]:
    """For each file with titles, its articles segmented without their title and labelled by
    the title's greedy oracle sentence."""
    out = {}
    for path in sorted(tr.DATA.glob("*.jsonl")):
        records = [r for r in tr.read_records(path, limit) if r.title]
        if not records:
            continue
        rouge_tokens = tokenizer(records[0].lang)
        articles = []
        for record in records:
            document = segment(record.text, resolve_language(record.lang))
            if not document.sentences:
                continue
            pieces, grams = tr.tokenized(document, (record.title,), rouge_tokens)
            articles.append(tr.Article(replace(record, reference=(record.title,), title=None),
                                       document, features(document).copy(),
                                       _greedy(pieces, grams, 1, True)))
        out[f"{tr.TITLES_OF}{path.name}"] = articles
    return out


def relabelled(sets: dict[str, list[tr.Article]], labeller: Labeller | None, ranks: bool
               ) -> dict[str, list[tr.Article]]:
    out = {}
    for name, articles in sets.items():
        rouge_tokens = tokenizer(articles[0].record.lang)
        out[name] = []
        for a in articles:
            labels = a.labels
            if (labeller is not None and name not in tr.CHECK_ONLY
                    and not name.startswith(tr.TITLES_OF)):
                pieces, grams = tr.tokenized(a.document, a.record.reference, rouge_tokens)
                labels = labeller(a, pieces, grams)
            out[name].append(replace(a, labels=labels,
                                     features=with_ranks(a.features) if ranks else a.features))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=tr.SEED, help="of the k-fold split")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each file")
    parser.add_argument("--titles", action="store_true",
                        help="train on title-labelled sets too")
    parser.add_argument("--only", default="", help="the variants whose name holds this")
    args = parser.parse_args()
    tr.SEED = args.seed
    sets = {p.name: tr.load(p, args.limit) for p in sorted(tr.DATA.glob("*.jsonl"))}
    scored = list(sets)
    if args.titles:
        sets.update(title_sets(args.limit))
    lead_ranker = ranking.ALGORITHMS["lead"].load()
    lead = {(name, b.value): tr.scores_of(sets[name], lambda a: lead_ranker(a.document), "lead",
                                          b)
            for name in scored for b in tr.budgets(sets[name])}
    print("R-1 / R-2 / R-Lsum F1 x 100, 95% bootstrap CIs (R-1; paired difference to LEAD); "
          f"{args.folds}-fold split seed {args.seed}"
          + (f"; also trained on {', '.join(sorted(set(sets) - set(scored)))}"
             if args.titles else ""))
    for (name, length), scores in lead.items():
        print(tr.line(f"lead, {name} @{int(length)}", scores, None))
    for variant, (labeller, ranks, fitter) in VARIANTS.items():
        if args.only not in variant:
            continue
        print(variant)
        changed = relabelled(sets, labeller, ranks)
        for name in scored:
            articles = changed[name]
            predicted = tr.cross_validated(name, changed, args.folds, fitter)
            for budget in tr.budgets(articles):
                for scheme, by_id in predicted.items():
                    scores = tr.scores_of(articles, lambda a, s=by_id: s[a.record.id],
                                          "learned", budget)
                    print(tr.line(f"{name.split('_')[0]} @{int(budget.value)}, {scheme}",
                                  scores, lead[name, budget.value]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
