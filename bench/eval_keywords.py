"""Key phrases against what people wrote about the article: its reference summary and title.

For every article of the dev sets, the top K phrases of each method are checked against the
reference summary and the published title (cnndm has no titles): a phrase is a hit when its
words, lower-cased and stemmed, occur there in a row. Prints, per data set and method, the
precision at K (the share of the K phrases that are hits, mean over articles), the recall of the
reference's content words covered by the phrases, the share of multi-word phrases, the share
of phrases found verbatim in the article, and milliseconds per article; then the difference of
our method against plain term frequency with a 95% paired bootstrap interval.

    python bench/eval_keywords.py                 # all three sets, K=8
    python bench/eval_keywords.py --limit 100 --k 5
    python bench/eval_keywords.py --no-yake       # without YAKE even when it is installed

Methods: ``ours`` (summarize.keywords), ``tf`` (the K most frequent words that are not stop
words, in their most frequent spelling, ties by first occurrence), ``yake`` (YAKE 0.7,
``KeywordExtractor(lan=ISO, n=3, top=K)``, when installed: pip install yake).
Every method reads the same cleaned article (summarize.clean).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from summarize import clean, keywords
from summarize.evaluation import bootstrap_interval
from summarize.languages import every_stop_word, resolve, stemmer
from summarize.words import words

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries"
SETS = ("cnndm_dev.jsonl", "bbc_dev.jsonl", "orangesum_fr_dev.jsonl")


def read(path: Path, limit: int | None) -> list[dict]:
    import json

    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit else rows


def stems(text: str, language: str) -> list[str]:
    stem = stemmer(language)
    return [stem(w.lower()) for w in words(text)]


def is_hit(phrase: list[str], reference: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(reference[i:i + n] == phrase for i in range(len(reference) - n + 1))


def term_frequency(text: str, language: str, k: int) -> list[str]:
    stop = every_stop_word(language)
    stem = stemmer(language)
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for word in words(text):
        lower = word.lower()
        if lower in stop or len(lower) < 2:
            continue
        key = stem(lower)
        counts[key] += 1
        spellings.setdefault(key, Counter())[word] += 1
    return [spellings[key].most_common(1)[0][0] for key, _ in counts.most_common(k)]


def yake_method(k: int):
    try:
        import yake
    except ImportError:
        return None
    extractors: dict[str, object] = {}

    def run(text: str, language: str, _k: int) -> list[str]:
        from summarize.languages import LANGUAGES

        code = LANGUAGES[language]
        if code not in extractors:
            extractors[code] = yake.KeywordExtractor(lan=code, n=3, top=k)
        return [phrase for phrase, _ in extractors[code].extract_keywords(text)]  # type: ignore[attr-defined]

    return run


def ours(text: str, language: str, k: int) -> list[str]:
    return keywords(text, k, language=language, keep_furniture=True)


def evaluate(rows: list[dict], methods: dict, k: int) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {
        name: {"precision": [], "recall": [], "multiword": [], "verbatim": [], "ms": []}
        for name in methods}
    for row in rows:
        language = resolve(row["lang"])
        article = clean(row["text"], language=language).text
        reference = stems("\n".join(filter(None, [row.get("title"), row["summary"]])), language)
        stop = every_stop_word(language)
        content = {w for w, s in zip(reference, words("\n".join(
            filter(None, [row.get("title"), row["summary"]]))), strict=True)
            if s.lower() not in stop}
        flat = " ".join(article.split())
        for name, method in methods.items():
            start = time.perf_counter()
            phrases = method(article, language, k)
            elapsed = time.perf_counter() - start
            keys = [stems(p, language) for p in phrases]
            hits = sum(is_hit(key, reference) for key in keys)
            covered = {w for key in keys for w in key} & content
            r = results[name]
            r["precision"].append(hits / k)
            r["recall"].append(len(covered) / len(content) if content else 0.0)
            r["multiword"].append(sum(len(key) > 1 for key in keys) / max(len(keys), 1))
            r["verbatim"].append(sum(p in flat for p in phrases) / max(len(phrases), 1))
            r["ms"].append(elapsed * 1000)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--no-yake", action="store_true")
    args = parser.parse_args()
    methods = {"ours": ours, "tf": term_frequency}
    yake_run = None if args.no_yake else yake_method(args.k)
    if yake_run is not None:
        methods["yake"] = yake_run
    random.seed(0)
    print(f"K={args.k}; precision/recall x100; differences with 95% paired bootstrap intervals")
    print(f"{'set':<24}{'method':<7}{'P@K':>7}{'R':>7}{'multi':>7}{'verb':>7}{'ms':>8}")
    for name in SETS:
        rows = read(DATA / name, args.limit)
        results = evaluate(rows, methods, args.k)
        for method, r in results.items():
            mean = {key: sum(v) / len(v) for key, v in r.items()}
            print(f"{name:<24}{method:<7}{100 * mean['precision']:>7.1f}"
                  f"{100 * mean['recall']:>7.1f}{100 * mean['multiword']:>7.1f}"
                  f"{100 * mean['verbatim']:>7.1f}{mean['ms']:>8.2f}")
        for other in [m for m in results if m != "ours"]:
            line = []
            for measure in ("precision", "recall"):
                diff = [100 * (a - b) for a, b in zip(results["ours"][measure],
                                                      results[other][measure], strict=True)]
                low, high = bootstrap_interval(diff)
                line.append(f"{measure} {sum(diff) / len(diff):+.1f} [{low:+.1f}, {high:+.1f}]")
            print(f"{'':<24}ours - {other}: " + ", ".join(line))


if __name__ == "__main__":
    main()
