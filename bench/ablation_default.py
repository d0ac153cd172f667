"""Ablation of the default ranker: what each component buys, in ROUGE-1 F1.

    python bench/ablation_default.py [--limit N] [--format text|markdown]

Each row switches off (or changes) one component of the shipped configuration
(summarize/data/default_ranker.json and the 'pacsum' entry's selection options); columns are
the issue's settings: 3 sentences and 75 words on cnndm_dev and bbc_dev, 1 and 2 sentences on
orangesum_fr_dev. Cells are R-1 (R-2 / R-Lsum on the 3-sentence cnndm column). Articles are
segmented once and scored as `summarize eval` scores them. A last line gives the paired 95%
bootstrap interval of the R-1 difference default minus lead, per column.
"""

from __future__ import annotations

import argparse
import dataclasses

from fit_default import LEAD_RANKER, SELECTION, default_variant, document_scores, load

from summarize.evaluation import bootstrap_interval, summarize_row
from summarize.ranking.default import parameters
from summarize.selecting import Budget

SETTINGS = (
    ("cnndm_dev.jsonl", Budget.from_options(sentences=3), "cnndm 3s"),
    ("cnndm_dev.jsonl", Budget.from_options(words=75), "cnndm 75w"),
    ("bbc_dev.jsonl", Budget.from_options(sentences=3), "bbc 3s"),
    ("bbc_dev.jsonl", Budget.from_options(words=75), "bbc 75w"),
    ("orangesum_fr_dev.jsonl", Budget.from_options(sentences=1), "orange 1s"),
    ("orangesum_fr_dev.jsonl", Budget.from_options(sentences=2), "orange 2s"),
)


def variants():
    """(label, ranker, selection options): the shipped default and one change per row."""
    shipped = parameters()

    def changed(**kw):
        return default_variant(dataclasses.replace(shipped, **kw))

    off = {"redundancy": 0.0, "dangling": 0.0}
    return [
        ("default (shipped)", default_variant(shipped), SELECTION),
        ("- redundancy control (MMR)", default_variant(shipped), {**SELECTION, "redundancy": 0.0}),
        ("- dangling-opener rule", default_variant(shipped), {**SELECTION, "dangling": 0.0}),
        ("- knapsack fill (greedy by score)", default_variant(shipped),
         {**SELECTION, "knapsack": False}),
        ("- run-on sentence penalty", changed(long_penalty=0.0), SELECTION),
        ("- lead prior", changed(lead=0.0), SELECTION),
        ("backward = +1 (undirected degree centrality)", changed(backward=1.0), SELECTION),
        ("backward = -1 (earlier similarity penalised)", changed(backward=-1.0), SELECTION),
        ("centrality only (no prior, penalty, selection)",
         changed(lead=0.0, long_penalty=0.0), off),
        ("lead (LEAD-N baseline)", LEAD_RANKER, {}),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each file")
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    args = parser.parse_args()
    sets = {name: load(name, args.limit) for name in {s[0] for s in SETTINGS}}
    header = ["variant"] + [label for _, _, label in SETTINGS]
    table, per_article = [], {}
    for label, rank, selection in variants():
        cells = []
        for name, budget, column in SETTINGS:
            scores = per_article[label, column] = document_scores(sets[name], rank, selection,
                                                                  budget)
            row = summarize_row("", "", "", scores)
            cell = f"{row.rouge1:.2f}"
            if column == "cnndm 3s":
                cell += f" ({row.rouge2:.2f}/{row.rougeLsum:.2f})"
            cells.append(cell)
        table.append([label, *cells])
        if args.format == "text":
            print(f"{label:<48}" + "  ".join(f"{c:>21}" for c in cells), flush=True)
    first, last = table[0][0], table[-1][0]
    gaps = []
    for _, _, column in SETTINGS:
        low, high = bootstrap_interval([a.rouge1 - b.rouge1 for a, b in zip(
            per_article[first, column], per_article[last, column], strict=True)])
        gaps.append(f"{low:+.2f} to {high:+.2f}")
    table.append(["default - lead, paired 95% CI", *gaps])
    if args.format == "text":
        print(f"{table[-1][0]:<48}" + "  ".join(f"{c:>21}" for c in gaps))
    if args.format == "markdown":
        print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
        print("\n".join("| " + " | ".join(r) + " |" for r in table))
    else:
        print(f"{'columns:':<48}" + "  ".join(f"{h:>21}" for h in header[1:]))


if __name__ == "__main__":
    main()
