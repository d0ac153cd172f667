"""Time the hostile inputs of tests/test_hardening.py at full size (not part of the suite).

    python fuzz/worst_cases.py [--size 1000000] [--lines]

Each case goes through reading.decode, cleaning.clean and pipeline.summarize as in the tests;
``--lines`` adds 10 MB single lines (prose, one token, spaces) through clean and summarize.
Prints one line per case: class, name, input bytes, CPU seconds, peak RSS, outcome.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_hardening import hostile_inputs  # noqa: E402

from summarize import clean, summarize  # noqa: E402
from summarize.errors import InputError  # noqa: E402
from summarize.reading import decode  # noqa: E402


def run_case(data: bytes) -> str:
    try:
        text = decode(data, name="case")
    except InputError as error:
        return f"refused: {error}"
    clean(text)
    result = summarize(text, sentences=3, headlines=2)
    return f"{len(result.sentences)} sentences of {result.sentence_count}"


def ten_mb_lines() -> list[tuple[str, bytes]]:
    size = 10_000_000
    return [("10 MB line of prose", b"The council approved the plan on Monday. " * (size // 42)),
            ("10 MB token", b"a" * size),
            ("10 MB line of spaces between words", b"The plan" + b" " * size + b"was approved.")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--lines", action="store_true", help="add 10 MB single lines")
    args = parser.parse_args()
    cases = hostile_inputs(args.size)
    if args.lines:
        cases["10 MB lines"] = ten_mb_lines()
    for kind, items in cases.items():
        for name, data in items:
            start = time.process_time()
            try:
                outcome = run_case(data)
            except Exception as error:  # report, do not stop: this is a survey
                outcome = f"EXCEPTION {type(error).__name__}: {error}"[:200]
            spent = time.process_time() - start
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"{kind}\t{name}\t{len(data)}\t{spent:.2f}s\t{rss} MB\t{outcome}", flush=True)


if __name__ == "__main__":
    main()
