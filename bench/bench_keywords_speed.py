"""What key phrases cost a summary: summarize() with keywords=8 (the default) against
keywords=0, on every cnndm_dev article, in the same run, alternating, medians of 6 rounds
of CPU time (process_time: steadier than wall time on a shared machine).

    python bench/bench_keywords_speed.py
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from summarize import summarize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries" / "cnndm_dev.jsonl"


def main() -> None:
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    for text in texts[:10]:  # warm the models and caches
        summarize(text)
    times: dict[int, list[float]] = {0: [], 8: []}
    for round_ in range(6):
        for count in ((0, 8) if round_ % 2 else (8, 0)):
            start = time.process_time()
            for text in texts:
                summarize(text, keywords=count)
            times[count].append((time.process_time() - start) / len(texts) * 1000)
    without, with_ = (statistics.median(times[k]) for k in (0, 8))
    print(f"ms per article: keywords=0 {without:.2f}, keywords=8 {with_:.2f} "
          f"(ratio {with_ / without:.2f}), {len(texts)} articles, medians of 6 rounds")


if __name__ == "__main__":
    main()
