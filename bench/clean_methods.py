"""The cleaning methods side by side in one run: time, and pages whose output changes when it
is cleaned a second time (idempotence).

    python bench/clean_methods.py              # rules and learned, about 3 minutes
    python bench/clean_methods.py --repeat 3   # the best of 3 timings

Time: the first 150 pages of trafilatura_eval_dev (page dumps), and one text of 50,000 short
paragraphs (a sentence, then a share line), best of ``--repeat`` runs, in this process. The
ratio is what to compare: both methods run on the same machine under the same load.
Idempotence: every text page of ../shared/data/cleaning (regions, dumps, snippets) cleaned,
then its output cleaned again; the pages where the second output differs are listed.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_clean_sites import DATA_SETS  # noqa: E402

from summarize import clean  # noqa: E402

METHODS = ("rules", "learned")
PAGES = 150
PARAGRAPHS = 50_000
TEXT_SETS = ("regions", "dumps", "snippets")


def _best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def timings(repeat: int) -> None:
    data = next(d for d in DATA_SETS if d.name == "snippets")
    pages = [data.input(row) for row in data.rows()[:PAGES]]
    long = "\n\n".join("The council approved the plan for the old harbour bridge on Monday."
                       if i % 2 else "Share this" for i in range(PARAGRAPHS))
    seconds = {}
    for method in METHODS:
        seconds[method] = (
            _best(lambda method=method: [clean(page, method=method) for page in pages], repeat),
            _best(lambda method=method: clean(long, method=method), repeat))
    print(f"{'method':8s} {PAGES} pages (s)  {PARAGRAPHS:,} paragraphs (s)")
    for method, (many, one) in seconds.items():
        ratio = [many / seconds["rules"][0], one / seconds["rules"][1]]
        print(f"{method:8s} {many:7.2f} ({ratio[0]:.2f}x)  {one:7.2f} ({ratio[1]:.2f}x)")


def idempotence() -> None:
    for method in METHODS:
        changed, total = [], 0
        for data in DATA_SETS:
            if data.name not in TEXT_SETS or not data.path.exists():
                continue
            for row in data.rows():
                lang = row.get("lang") or "auto"
                once = clean(data.input(row), language=lang, method=method).text
                twice = clean(once, language=lang, method=method).text
                total += 1
                if once != twice:
                    changed.append(f"{data.name} {row['id'][:50]}: {len(once.split())} -> "
                                   f"{len(twice.split())} words")
        print(f"{method}: the output changes on a second cleaning on {len(changed)} of "
              f"{total} pages")
        for line in changed:
            print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="timings: the best of N runs")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # unsupported languages: one warning per page
    timings(args.repeat)
    idempotence()
    return 0


if __name__ == "__main__":
    sys.exit(main())
