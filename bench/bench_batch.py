"""Batch throughput, engine parity and memory, measured through the `summarize batch` command.

    python bench/bench_batch.py                      # all three measurements
    python bench/bench_batch.py --only workers       # --workers 1 against --workers 2
    python bench/bench_batch.py --only dask          # Dask LocalCluster against the local pool
    python bench/bench_batch.py --only memory --records 100000
    python bench/bench_batch.py --only memory --options "--headlines 0 --no-clean"

Input: every ../shared/data/summaries/*.jsonl file (about 1,350 articles); the memory run
repeats them with new ids up to --records. Every run is the real command in a subprocess, so
times include start-up; "rate" is the command's own tally (records per second of its run).
Runs of different settings are interleaved and the best of --repeat is kept, because the
machine may be shared. Peak memory is the sum over the whole process tree, sampled every
0.1 s: RSS (pages shared by forked workers counted in each) and PSS (shared pages split).
--options are added to every `summarize batch` command (default: none, the defaults).
Needs psutil (installed with the dask extra) for the memory run, dask.distributed for dask.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "summaries"
_TALLY = re.compile(r"([\d,]+) records in ([\d.]+) s \(([\d,]+)/s\)")


def command() -> list[str]:
    found = shutil.which("summarize")
    return [found] if found else [sys.executable, "-m", "summarize"]


EXTRA: list[str] = []  # --options, for every run


def batch(inputs: list[str], out: Path, *options: str, monitor: bool = False) -> dict:
    """Run `summarize batch`; return wall seconds, the tally's rate and, if asked, peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen([*command(), "batch", *inputs, "-o", str(out), *options, *EXTRA],
                               stderr=subprocess.PIPE, text=True)
    peak = _watch(process.pid) if monitor else None
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"summarize batch failed ({process.returncode}): {stderr}")
    tally = _TALLY.search(stderr)
    result = {"wall": wall, "rate": float(tally.group(3).replace(",", "")) if tally else None,
              "tally": stderr.strip().splitlines()[-1]}
    if peak:
        result.update(peak)
    return result


def _watch(pid: int) -> dict:
    """Peak RSS and PSS (MB) summed over ``pid`` and its descendants until it exits."""
    import psutil

    root = psutil.Process(pid)
    peak_rss = peak_pss = 0
    while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
        rss = pss = 0
        try:
            for process in [root, *root.children(recursive=True)]:
                info = process.memory_full_info()
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
        except psutil.Error:  # a process ended while we looked; next sample
            continue
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.1)
    return {"peak_rss_mb": peak_rss / 1e6, "peak_pss_mb": peak_pss / 1e6}


def shared_inputs() -> list[str]:
    files = sorted(str(p) for p in SHARED.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no JSONL files in {SHARED}")
    return files


def count(inputs: list[str]) -> int:
    return sum(1 for name in inputs for line in open(name, "rb") if line.strip())


def best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["wall"])


def bench_workers(inputs: list[str], tmp: Path, repeat: int) -> None:
    n = count(inputs)
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(repeat):
        for workers in runs:
            runs[workers].append(batch(inputs, tmp / f"w{workers}.jsonl",
                                       "--workers", str(workers)))
    one, two = best(runs[1]), best(runs[2])
    for workers, r in ((1, one), (2, two)):
        print(f"--workers {workers}: {n} records, {r['wall']:.1f} s wall "
              f"({n / r['wall']:.1f} records/s), tally rate {r['rate']:.1f}/s")
    print(f"speed-up --workers 2 / --workers 1, best runs: wall {one['wall'] / two['wall']:.2f}x, "
          f"tally rate {two['rate'] / one['rate']:.2f}x")
    # A shared machine's speed drifts from minute to minute: a run of 1 worker and the run of
    # 2 right after it saw the same machine, so their ratio is the steadier figure.
    pairs = sorted(a["wall"] / b["wall"] for a, b in zip(runs[1], runs[2], strict=True))
    print(f"speed-up of each back-to-back pair (wall): "
          f"{', '.join(f'{r:.2f}x' for r in pairs)}; median {statistics.median(pairs):.2f}x")
    _same(tmp / "w1.jsonl", tmp / "w2.jsonl", "--workers 1 and 2")


def bench_dask(inputs: list[str], tmp: Path, repeat: int) -> None:
    import logging

    from distributed import LocalCluster

    n = count(inputs)
    runs: dict[str, list[dict]] = {"pool": [], "dask-cold": [], "dask-warm": []}
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as cluster:
        address = cluster.scheduler_address
        batch(inputs[:1], tmp / "warm.jsonl", "--engine", "dask", "--scheduler", address)
        for _ in range(repeat):
            runs["pool"].append(batch(inputs, tmp / "pool.jsonl", "--workers", "2"))
            runs["dask-warm"].append(batch(inputs, tmp / "dask-warm.jsonl",
                                           "--engine", "dask", "--scheduler", address))
    for _ in range(repeat):  # a LocalCluster started and stopped by the command itself
        runs["dask-cold"].append(batch(inputs, tmp / "dask-cold.jsonl", "--engine", "dask",
                                       "--workers", "2"))
    pool = best(runs["pool"])
    for name, label in (("pool", "local pool, --workers 2"),
                        ("dask-warm", "dask, running LocalCluster (--scheduler ADDRESS)"),
                        ("dask-cold", "dask, LocalCluster started by the command")):
        r = best(runs[name])
        print(f"{label}: {r['wall']:.1f} s wall ({n / r['wall']:.1f} records/s, "
              f"{pool['wall'] / r['wall']:.0%} of the pool), "
              f"tally rate {r['rate']:.1f}/s ({r['rate'] / pool['rate']:.0%} of the pool)")
    _same(tmp / "pool.jsonl", tmp / "dask-warm.jsonl", "pool and dask (running cluster)")
    _same(tmp / "pool.jsonl", tmp / "dask-cold.jsonl", "pool and dask (LocalCluster)")


def bench_memory(inputs: list[str], tmp: Path, records: int) -> None:
    big = tmp / "big.jsonl"
    articles = [json.loads(line) for name in inputs for line in open(name, encoding="utf-8")]
    with big.open("w", encoding="utf-8") as handle:
        for i in range(records):
            article = articles[i % len(articles)]
            handle.write(json.dumps({"id": f"{article['id']}#{i}", "text": article["text"]}) + "\n")
    print(f"{records} records, {big.stat().st_size / 1e6:.0f} MB of JSONL")
    out = tmp / "big-out.jsonl"
    r = batch([str(big)], out, "--workers", "2", monitor=True)
    ids = [json.loads(line)["id"] for line in out.open(encoding="utf-8")]
    in_order = ids == [f"{articles[i % len(articles)]['id']}#{i}" for i in range(records)]
    print(f"--workers 2: {r['wall']:.0f} s wall, peak memory of the process tree: "
          f"RSS {r['peak_rss_mb']:.0f} MB, PSS {r['peak_pss_mb']:.0f} MB; "
          f"{len(ids)} output lines, every id once and in input order: {in_order}")
    print(f"  {r['tally']}")


def _same(a: Path, b: Path, what: str) -> None:
    """Say whether two outputs are byte-identical, and if not, which records and fields differ."""
    if a.read_bytes() == b.read_bytes():
        print(f"byte-identical output, {what}: yes")
        return
    fields: dict[str, list] = {}
    # strict=False: outputs of different lengths still get their common records compared
    rows = zip(*(map(json.loads, path.open(encoding="utf-8")) for path in (a, b)), strict=False)
    for x, y in rows:
        for key in x.keys() | y.keys():
            if x.get(key) != y.get(key):
                fields.setdefault(key, []).append(x["id"])
    differ = "; ".join(f"{key} in {len(ids)} ({', '.join(map(str, ids[:3]))})"
                       for key, ids in fields.items())
    print(f"byte-identical output, {what}: NO; records differ in {differ}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["workers", "dask", "memory"], action="append")
    parser.add_argument("--repeat", type=int, default=2, help="runs per setting (best kept)")
    parser.add_argument("--records", type=int, default=100_000, help="records for the memory run")
    parser.add_argument("--limit", type=int, help="only the first N shared articles (a quick try)")
    parser.add_argument("--options", default="", help="summary options for every run, quoted")
    args = parser.parse_args()
    EXTRA[:] = shlex.split(args.options)
    inputs = shared_inputs()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
          f"options: {args.options or '(defaults)'}")
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as name:
        tmp = Path(name)
        if args.limit:
            subset = tmp / "subset.jsonl"
            with subset.open("wb") as handle:
                handle.writelines(itertools.islice(
                    (line for name in inputs for line in open(name, "rb")), args.limit))
            inputs = [str(subset)]
        for part in args.only or ["workers", "dask", "memory"]:
            if part == "workers":
                bench_workers(inputs, tmp, args.repeat)
            elif part == "dask":
                bench_dask(inputs, tmp, args.repeat)
            else:
                bench_memory(inputs, tmp, args.records)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
