"""Fit the default ranker's lead prior, direction and run-on penalty on the development sets.

    python bench/fit_default.py [--write]

Grid search over ``backward`` (weight of similarity to earlier sentences), ``lead`` and
``lead_decay`` (the lead prior ``lead * exp(-i / lead_decay)``) and ``long_penalty`` (the
run-on penalty); the run-on threshold and the selection options keep their values. The
objective is the issue's claims at 3 sentences and at 75 words, as the smallest margin: R-1 on
cnndm_dev - LEAD - 0.5 and R-1 on bbc_dev - LEAD - 5, LEAD at the same length. To see whether
the choice generalises, the grid is first fitted on the even-numbered articles of each file and
its winner reported on the odd-numbered ones; then it is fitted on all articles, and
``--write`` stores that winner in summarize/data/default_ranker.json.
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
    DocumentScore,
    Reference,
    read_records,
    score_summaries,
    summarize_row,
)
from summarize.languages import resolve as resolve_language
from summarize.ranking.default import Parameters, parameters, rank_default
from summarize.segmenting import Document, segment
from summarize.selecting import Budget, select

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
PARAMETERS_FILE = Path(__file__).resolve().parents[1] / "summarize" / "data" / "default_ranker.json"
BACKWARD = (0.0, 0.25, 0.5)
LEAD = (0.7, 0.85, 1.0)
LEAD_DECAY = (5.0, 8.0)
LONG_PENALTY = (0.3, 0.6)
#: The claims: (file, R-1 margin over LEAD at the same length), each at every budget.
CLAIMS = (("cnndm_dev.jsonl", 0.5), ("bbc_dev.jsonl", 5.0))
BUDGETS = (Budget.from_options(sentences=3), Budget.from_options(words=75))


def load(name: str, limit: int | None = None) -> list[tuple[Reference, Document]]:
    """Records of a data file with their segmented documents (segmented once, reused)."""
    return [(r, segment(r.text, resolve_language(r.lang)))
            for r in read_records(DATA / name, limit)]


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

    def chosen_text(record: Reference) -> list[str]:
        return [documents[record.id].sentences[i].text for i in picks[record.id]]

    for record, scores in zip(todo, score_summaries(todo, chosen_text), strict=True):
        _SCORED[record.id, picks[record.id]] = scores
    return [_SCORED[r.id, picks[r.id]] for r, _ in articles]


def default_variant(params: Parameters):
    return lambda document: rank_default(document, params)


LEAD_RANKER = ranking.ALGORITHMS["lead"].load()
SELECTION = ranking.ALGORITHMS["pacsum"].selection


def lead_scores(sets: dict) -> list[float]:
    """LEAD's R-1 per claim, in the order of :func:`margin`'s list (claims within budgets)."""
    return [mean_scores(sets[name], LEAD_RANKER, {}, budget).rouge1
            for budget in BUDGETS for name, _ in CLAIMS]


def margin(params: Parameters, sets: dict, lead: list[float]) -> tuple[float, list[float]]:
    """The smallest claim margin of ``params`` on ``sets``, and R-1 per claim."""
    r1 = [mean_scores(sets[name], default_variant(params), SELECTION, budget).rouge1
          for budget in BUDGETS for name, _ in CLAIMS]
    needed = [m for _ in BUDGETS for _, m in CLAIMS]
    return min(r - low - m for r, low, m in zip(r1, lead, needed, strict=True)), r1


def fit(sets: dict) -> tuple[Parameters, float, list[float]]:
    """The grid point with the best margin on ``sets``; also LEAD's R-1 there."""
    lead = lead_scores(sets)
    best = None
    for backward, weight, decay, penalty in itertools.product(BACKWARD, LEAD, LEAD_DECAY,
                                                               LONG_PENALTY):
        params = dataclasses.replace(parameters(), backward=backward, lead=weight,
                                     lead_decay=decay, long_penalty=penalty)
        found, r1 = margin(params, sets, lead)
        print(f"  backward {backward:+.2f} lead {weight:.2f} decay {decay:4.1f} run-on "
              f"{penalty:.1f}: margin {found:+.2f} (R-1 {_listed(r1)})", flush=True)
        if best is None or found > best[1]:
            best = (params, found)
    return best[0], best[1], lead


def _listed(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the winner")
    args = parser.parse_args()
    full = {name: load(name) for name, _ in CLAIMS}
    halves = [{name: arts[part::2] for name, arts in full.items()} for part in (0, 1)]
    print("R-1 per claim: cnndm 3 sentences, bbc 3 sentences, cnndm 75 words, bbc 75 words")
    print("fitting on the even-numbered articles:")
    winner, found, _ = fit(halves[0])
    held_lead = lead_scores(halves[1])
    held, r1 = margin(winner, halves[1], held_lead)
    print(f"winner {winner}: margin {found:+.2f} there, {held:+.2f} on the odd-numbered "
          f"articles (R-1 {_listed(r1)}; LEAD {_listed(held_lead)})")
    print("fitting on all articles:")
    winner, found, lead = fit(full)
    print(f"winner {winner}: margin {found:+.2f} (LEAD {_listed(lead)})")
    if args.write:
        PARAMETERS_FILE.write_text(json.dumps(winner.to_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {PARAMETERS_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
