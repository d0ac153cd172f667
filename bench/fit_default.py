"""Fit the default ranker's two main parameters on the development sets.

    python bench/fit_default.py [--write]

Grid search over ``backward`` (weight of similarity to earlier sentences) and ``lead`` (weight
of the lead prior); the other parameters keep the values in summarize/data/default_ranker.json.
The objective is the issue's pair of claims at 3 sentences, as the smaller margin:
min(R-1 on cnndm_dev - LEAD-3 - 0.5, R-1 on bbc_dev - LEAD-3 - 5). To see whether the choice
generalises, the grid is fitted on the even-numbered articles of each file and the winner is
reported on the odd-numbered ones. ``--write`` stores the winner of the fitting half.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from summarize import ranking
from summarize.evaluation import Record, read_records, score_summaries, summarize_row
from summarize.languages import resolve as resolve_language
from summarize.ranking.default import Parameters, parameters, rank_default
from summarize.segmenting import Document, segment
from summarize.selecting import Budget, select

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
PARAMETERS_FILE = Path(__file__).resolve().parents[1] / "summarize" / "data" / "default_ranker.json"
BACKWARD = (-1.0, -0.75, -0.5, -0.25, 0.0)
LEAD = (0.0, 0.2, 0.5)
#: The claims: (file, R-1 margin over LEAD at the same length).
CLAIMS = (("cnndm_dev.jsonl", 0.5), ("bbc_dev.jsonl", 5.0))


def load(name: str, limit: int | None = None) -> list[tuple[Record, Document]]:
    """Records of a data file with their segmented documents (segmented once, reused)."""
    return [(r, segment(r.text, resolve_language(r.lang))) for r in read_records(DATA / name, limit)]


def mean_scores(articles, rank, selection: dict, budget: Budget):
    """EvalRow of one ranker variant (``rank``: Document -> scores) on pre-segmented articles."""
    documents = {r.id: d for r, d in articles}

    def run(record: Record) -> list[str]:
        document = documents[record.id]
        if not document.sentences:
            return []
        chosen = select(document, rank(document), budget, **selection)
        return [document.sentences[i].text for i in chosen]

    return summarize_row("", "", "", score_summaries([r for r, _ in articles], run))


def default_variant(params: Parameters):
    return lambda document: rank_default(document, params)


LEAD_RANKER = ranking.ALGORITHMS["lead"].load()
SELECTION = ranking.ALGORITHMS["pacsum"].selection


def margin(params: Parameters, sets: dict, lead: dict, budget: Budget) -> tuple[float, list[float]]:
    r1 = [mean_scores(sets[name], default_variant(params), SELECTION, budget).rouge1
          for name, _ in CLAIMS]
    return min(r - lead[name] - m for r, (name, m) in zip(r1, CLAIMS)), r1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the winner")
    args = parser.parse_args()
    budget = Budget.from_options(sentences=3)
    base = parameters()
    full = {name: load(name) for name, _ in CLAIMS}
    halves = [{name: arts[part::2] for name, arts in full.items()} for part in (0, 1)]
    leads = [{name: mean_scores(arts, LEAD_RANKER, {}, budget).rouge1 for name, arts in h.items()}
             for h in halves]
    print("LEAD-3 R-1 on the fitting half / held-out half:", leads)
    results = []
    for backward in BACKWARD:
        for lead in LEAD:
            params = dataclasses.replace(base, backward=backward, lead=lead)
            fit, r1 = margin(params, halves[0], leads[0], budget)
            results.append((fit, params))
            print(f"backward {backward:+.2f} lead {lead:.1f}: margin {fit:+.2f} "
                  f"(R-1 {', '.join(f'{r:.2f}' for r in r1)})", flush=True)
    fit, best = max(results, key=lambda x: x[0])
    held, r1 = margin(best, halves[1], leads[1], budget)
    print(f"\nbest on the fitting half: backward {best.backward} lead {best.lead} "
          f"(margin {fit:+.2f}); on the held-out half: margin {held:+.2f}, R-1 {r1}")
    if args.write:
        PARAMETERS_FILE.write_text(json.dumps(best.to_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {PARAMETERS_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
