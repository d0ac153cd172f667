"""Fit the default ranker's lead prior and direction on the development sets.

    python bench/fit_default.py [--write]

Grid search over ``backward`` (weight of similarity to earlier sentences), ``lead`` and
``lead_decay`` (the lead prior ``lead * exp(-i / lead_decay)``); the run-on penalty and the
selection options keep their values. The objective is the issue's pair of claims at 3
sentences, as the smaller margin: min(R-1 on cnndm_dev - LEAD-3 - 0.5, R-1 on bbc_dev - LEAD-3
- 5). To see whether the choice generalises, the grid is first fitted on the even-numbered
articles of each file and its winner reported on the odd-numbered ones; then it is fitted on
all articles, and ``--write`` stores that winner in summarize/data/default_ranker.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from pathlib import Path

from summarize import ranking
from summarize.evaluation import (
    DocumentScore, Record, read_records, score_summaries, summarize_row,
)
from summarize.languages import resolve as resolve_language
from summarize.ranking.default import Parameters, parameters, rank_default
from summarize.segmenting import Document, segment
from summarize.selecting import Budget, select

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
PARAMETERS_FILE = Path(__file__).resolve().parents[1] / "summarize" / "data" / "default_ranker.json"
BACKWARD = (-0.25, 0.0)
LEAD = (0.5, 0.7, 0.9)
LEAD_DECAY = (5.0, 8.0)
#: The claims: (file, R-1 margin over LEAD at the same length).
CLAIMS = (("cnndm_dev.jsonl", 0.5), ("bbc_dev.jsonl", 5.0))


def load(name: str, limit: int | None = None) -> list[tuple[Record, Document]]:
    """Records of a data file with their segmented documents (segmented once, reused)."""
    return [(r, segment(r.text, resolve_language(r.lang))) for r in read_records(DATA / name, limit)]


#: ROUGE of each (article id, chosen sentences): variants often choose alike, so score once.
_SCORED: dict[tuple[str, tuple[int, ...]], DocumentScore] = {}


def mean_scores(articles, rank, selection: dict, budget: Budget):
    """EvalRow of one ranker variant (``rank``: Document -> scores) on pre-segmented articles.

    Scored as `summarize eval` scores; its ``seconds`` are not meaningful here (cached ROUGE).
    """
    return summarize_row("", "", "", document_scores(articles, rank, selection, budget))


def document_scores(articles, rank, selection: dict, budget: Budget) -> list[DocumentScore]:
    """Per-article scores of one ranker variant, in the order of ``articles``."""
    documents = {r.id: d for r, d in articles}
    picks = {r.id: tuple(select(d, rank(d), budget, **selection)) if d.sentences else ()
             for r, d in articles}
    todo = [r for r, _ in articles if (r.id, picks[r.id]) not in _SCORED]

    def chosen_text(record: Record) -> list[str]:
        return [documents[record.id].sentences[i].text for i in picks[record.id]]

    for record, scores in zip(todo, score_summaries(todo, chosen_text)):
        _SCORED[record.id, picks[record.id]] = scores
    return [_SCORED[r.id, picks[r.id]] for r, _ in articles]


def default_variant(params: Parameters):
    return lambda document: rank_default(document, params)


LEAD_RANKER = ranking.ALGORITHMS["lead"].load()
SELECTION = ranking.ALGORITHMS["pacsum"].selection


def margin(params: Parameters, sets: dict, lead: dict, budget: Budget) -> tuple[float, list[float]]:
    r1 = [mean_scores(sets[name], default_variant(params), SELECTION, budget).rouge1
          for name, _ in CLAIMS]
    return min(r - lead[name] - m for r, (name, m) in zip(r1, CLAIMS)), r1


def fit(sets: dict, budget: Budget) -> tuple[Parameters, float, dict]:
    """The grid point with the best margin on ``sets``; also LEAD-3's R-1 there."""
    lead = {name: mean_scores(arts, LEAD_RANKER, {}, budget).rouge1 for name, arts in sets.items()}
    best = None
    for backward, weight, decay in itertools.product(BACKWARD, LEAD, LEAD_DECAY):
        params = dataclasses.replace(parameters(), backward=backward, lead=weight,
                                     lead_decay=decay)
        found, r1 = margin(params, sets, lead, budget)
        print(f"  backward {backward:+.2f} lead {weight:.1f} decay {decay:4.1f}: margin "
              f"{found:+.2f} (R-1 {', '.join(f'{r:.2f}' for r in r1)})", flush=True)
        if best is None or found > best[1]:
            best = (params, found)
    return best[0], best[1], lead


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the winner")
    args = parser.parse_args()
    budget = Budget.from_options(sentences=3)
    full = {name: load(name) for name, _ in CLAIMS}
    halves = [{name: arts[part::2] for name, arts in full.items()} for part in (0, 1)]
    print("fitting on the even-numbered articles:")
    winner, found, _ = fit(halves[0], budget)
    held_lead = {n: mean_scores(a, LEAD_RANKER, {}, budget).rouge1 for n, a in halves[1].items()}
    held, r1 = margin(winner, halves[1], held_lead, budget)
    print(f"winner {winner}: margin {found:+.2f} there, {held:+.2f} on the odd-numbered "
          f"articles (R-1 {', '.join(f'{r:.2f}' for r in r1)}; LEAD-3 "
          f"{', '.join(f'{r:.2f}' for r in held_lead.values())})")
    print("fitting on all articles:")
    winner, found, lead = fit(full, budget)
    print(f"winner {winner}: margin {found:+.2f} (LEAD-3 "
          f"{', '.join(f'{r:.2f}' for r in lead.values())})")
    if args.write:
        PARAMETERS_FILE.write_text(json.dumps(winner.to_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {PARAMETERS_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
