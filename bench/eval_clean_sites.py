"""The cleaner per data set, with 95% bootstrap intervals over sites, and the learned line
classifier cross-validated by site (a site is never in both the fitting and the scoring half).

    python bench/eval_clean_sites.py                 # the shipped cleaner (the rules)
    python bench/eval_clean_sites.py --learned 5     # and method="learned", its classifier
                                                     # refitted out of fold
    python bench/eval_clean_sites.py --save BEFORE.json     # keep the per-site sums, then
    python bench/eval_clean_sites.py --against BEFORE.json  # after a change: paired differences

Data sets (../shared/data/cleaning and ../shared/data/summaries):
- regions, dumps, html: scrapinghub_aeb_dev's ``region_text``, ``page_text`` and HTML against
  ``gold_text``: word-bag P / R / F1 (mean over pages, x100) and the pages under 0.8 recall;
- snippets: trafilatura_eval_dev's ``page_text``: must_contain found, must_not_contain avoided;
- clean text: the ``text`` of the summaries sets (clean article text): the share of words kept.

A page's site is its URL's host (the archived one for web.archive.org), or its id without a
URL. Intervals (95%, bootstrap) resample sites, not pages (pages of one site are alike); a
second cleaner's line gives its difference from the rules, paired on the same resamplings, in
parentheses; ``--learned FOLDS`` refits the classifier per fold by site, its cut-offs chosen
by 4 inner folds (nested: bench/fit_clean_lines.py); ``--against`` gives the rules'
difference from a saved run (another checkout's: ``PYTHONPATH=../main python
bench/eval_clean_sites.py --save BEFORE.json``). The snippets set is also scored by the
language the cleaner detects. Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_clean import bag, snippet_scores, word_bag_prf  # noqa: E402

from summarize import clean  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SAMPLES = 1000
LOW_RECALL = 0.8

#: A cleaner: (input text, row) -> (title, text).
Cleaner = Callable[[str, dict], tuple[str, str]]


def site(row: dict) -> str:
    url = row.get("url") or ""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host == "web.archive.org":
        inner = parts.path.split("/", 3)[-1]
        host = urlsplit(inner if "//" in inner else f"http://{inner}").hostname or host
    return host.removeprefix("www.") or row["id"]


def fold_of(name: str, folds: int) -> int:
    return zlib.crc32(name.encode()) % folds


@dataclass
class DataSet:
    name: str
    path: Path
    field: str

    def rows(self) -> list[dict]:
        with self.path.open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]

    def input(self, row: dict) -> str:
        if self.field == "html":
            return (self.path.parent / "html" / f"{row['id']}.html").read_text(
                encoding="utf-8", errors="replace")
        return row[self.field]


DATA_SETS = [
    DataSet("regions", SHARED / "cleaning" / "scrapinghub_aeb_dev.jsonl", "region_text"),
    DataSet("dumps", SHARED / "cleaning" / "scrapinghub_aeb_dev.jsonl", "page_text"),
    DataSet("html", SHARED / "cleaning" / "scrapinghub_aeb_dev.jsonl", "html"),
    DataSet("snippets", SHARED / "cleaning" / "trafilatura_eval_dev.jsonl", "page_text"),
    *(DataSet(f"clean text ({name})", SHARED / "summaries" / f"{name}.jsonl", "text")
      for name in ("cnndm_dev", "bbc_dev", "orangesum_fr_dev")),
]


def rules(text: str, row: dict) -> tuple[str, str]:
    article = clean(text, language=row.get("lang") or "auto", method="rules")
    return article.title or "", article.text


def page_scores(data: DataSet, row: dict, title: str, text: str) -> dict[str, float]:
    """Sums over one page: the bench's figures are ratios of sums over sites."""
    if "gold_text" in row:
        p, r, f = word_bag_prf(text, row["gold_text"])
        return {"P": p, "R": r, "F1": f, "low": float(r < LOW_RECALL), "pages": 1.0}
    if "must_contain" in row:
        found, absent = snippet_scores(f"{title}\n{text}", row["must_contain"],
                                       row["must_not_contain"])
        return {"found": found, "must": len(row["must_contain"]), "absent": absent,
                "must_not": len(row["must_not_contain"]), "pages": 1.0}
    ref = bag(data.input(row))
    return {"kept": sum((bag(text) & ref).values()), "words": sum(ref.values()),
            "pages": 1.0}


def figures(sums: dict[str, float]) -> dict[str, float]:
    if "F1" in sums:
        n = sums["pages"]
        return {"P": 100 * sums["P"] / n, "R": 100 * sums["R"] / n,
                "F1": 100 * sums["F1"] / n, "<0.8 R": sums["low"]}
    if "found" in sums:
        return {"found %": 100 * sums["found"] / sums["must"],
                "avoided %": 100 * sums["absent"] / sums["must_not"]}
    return {"kept %": 100 * sums["kept"] / sums["words"]}


def site_sums(data: DataSet, rows: list[dict],
              outputs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    per_site: dict[str, dict[str, float]] = {}
    for row, (title, text) in zip(rows, outputs, strict=True):
        sums = per_site.setdefault(site(row), {})
        for key, value in page_scores(data, row, title, text).items():
            sums[key] = sums.get(key, 0.0) + value
    return per_site


def _table(per_site: dict[str, dict[str, float]], keys: list[str]) -> np.ndarray:
    return np.array([[per_site[name][k] for k in keys] for name in sorted(per_site)])


def resampled(tables: list[np.ndarray], keys: list[str], key: str) -> list[list[float]]:
    """A figure on SAMPLES resamplings of the sites, the same ones for every table."""
    rng = np.random.default_rng(0)
    out: list[list[float]] = [[] for _ in tables]
    for _ in range(SAMPLES):
        pick = rng.integers(0, len(tables[0]), len(tables[0]))
        for values, table in zip(out, tables, strict=True):
            values.append(figures(dict(zip(keys, table[pick].sum(axis=0), strict=True)))[key])
    return out


def score(name: str, per_site: dict[str, dict[str, float]],
          base: dict[str, dict[str, float]] | None = None) -> str:
    """The figures with their intervals; against ``base`` (the rules), the paired
    difference and its interval too."""
    keys = list(next(iter(per_site.values())))
    table = _table(per_site, keys)
    total = dict(zip(keys, table.sum(axis=0), strict=True))
    parts = []
    for key, value in figures(total).items():
        if key.startswith("<"):
            parts.append(f"{key} {value:.0f}/{total['pages']:.0f}")
            continue
        if base is None:
            (values,) = resampled([table], keys, key)
            low, high = np.percentile(values, [2.5, 97.5])
            parts.append(f"{key} {value:.2f} [{low:.2f}, {high:.2f}]")
        else:
            ours, theirs = resampled([table, _table(base, keys)], keys, key)
            gain = value - figures(dict(zip(keys, _table(base, keys).sum(axis=0),
                                            strict=True)))[key]
            low, high = np.percentile(np.subtract(ours, theirs), [2.5, 97.5])
            parts.append(f"{key} {value:.2f} ({gain:+.2f} [{low:+.2f}, {high:+.2f}])")
    return (f"{name:28s} pages {total['pages']:.0f} sites {len(per_site)}: "
            + "  ".join(parts))


Sums = dict[str, dict[str, float]]


def run(cleaners: dict[str, Callable[[DataSet, list[dict]], list[tuple[str, str]]]],
        saved: dict[str, Sums] | None = None) -> dict[str, Sums]:
    """Print every data set's figures; return the rules' per-site sums by data set (and by
    language for the snippets), against ``saved`` ones when given."""
    out: dict[str, Sums] = {}
    for data in DATA_SETS:
        if not data.path.exists():
            continue
        rows = data.rows()
        base = None
        for name, cleaner in cleaners.items():
            outputs = cleaner(data, rows)
            groups = {data.name: (rows, outputs)}
            if name == "rules" and data.name == "snippets":
                groups.update(_by_language(rows, outputs))
            for group, (group_rows, group_outputs) in groups.items():
                sums = site_sums(data, group_rows, group_outputs)
                reference = base if group == data.name else None
                if name == "rules":
                    out[group] = sums
                    reference = (saved or {}).get(group)
                    if saved is not None and reference is None:
                        continue
                print(f"{name:8s} {score(group, sums, reference)}", flush=True)
            base = base or out.get(data.name)
    return out


def _by_language(rows: list[dict], outputs: list[tuple[str, str]]
                 ) -> dict[str, tuple[list[dict], list[tuple[str, str]]]]:
    """The snippet pages grouped by the language detected on them (10 pages or more)."""
    groups: dict[str, tuple[list[dict], list[tuple[str, str]]]] = {}
    for row, output in zip(rows, outputs, strict=True):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            language = clean(row["page_text"], keep_furniture=True).language
        group = groups.setdefault(f"snippets ({language})", ([], []))
        group[0].append(row)
        group[1].append(output)
    return {name: group for name, group in sorted(groups.items()) if len(group[0]) >= 10}


def with_rules(data: DataSet, rows: list[dict]) -> list[tuple[str, str]]:
    return [rules(data.input(row), row) for row in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learned", type=int, default=0, metavar="FOLDS",
                        help="also the line classifier, cross-validated with FOLDS folds by site")
    parser.add_argument("--save", type=Path, help="write the rules' per-site sums to this file")
    parser.add_argument("--against", type=Path,
                        help="a --save file: print the rules' differences from it")
    args = parser.parse_args(argv)
    cleaners: dict[str, Callable[[DataSet, list[dict]], list[tuple[str, str]]]] = {
        "rules": with_rules}
    if args.learned:
        from fit_clean_lines import cross_validated

        cleaners["learned"] = lambda data, rows: cross_validated(data, rows, args.learned)
    saved = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    sums = run(cleaners, saved)
    if args.save:
        args.save.write_text(json.dumps(sums, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
