"""Record every output the tool gives on the shared dev data, to prove a refactoring changed none.

    python bench/snapshot.py record /tmp/before.jsonl        # on the old code
    python bench/snapshot.py record /tmp/after.jsonl         # on the new code
    python bench/snapshot.py compare /tmp/before.jsonl /tmp/after.jsonl

``record`` writes one JSON line per input: the summary JSON (``--explain``: scores and ranks
included) of every article in ``../shared/data/summaries`` with the default options and with
``--words 60 --algorithm textrank``, the candidate headlines, and the cleaned text, title and
removed lines of every page in ``../shared/data/cleaning`` (page text and HTML files).
``compare`` prints each input whose output differs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def outputs(shared: Path) -> Iterator[tuple[str, object]]:
    """(key, output) for every input in the shared data, in a fixed order."""
    from summarize import clean, headlines, summarize

    for path in sorted((shared / "summaries").glob("*.jsonl")):
        for row in _rows(path):
            key = f"{path.stem}/{row['id']}"
            yield f"{key}/summary", summarize(row["text"]).to_dict(explain=True)
            yield f"{key}/words60", summarize(
                row["text"], words=60, algorithm="textrank").to_dict(explain=True)
            yield f"{key}/headlines", headlines(row["text"], count=5)
    for path in sorted((shared / "cleaning").glob("*.jsonl")):
        for row in _rows(path):
            yield f"{path.stem}/{row['id']}/clean", clean(row["page_text"]).to_dict()
    for path in sorted((shared / "cleaning" / "html").glob("*.html")):
        yield f"html/{path.stem}/clean", clean(path.read_bytes()).to_dict()


def record(out: Path, shared: Path) -> None:
    if not shared.is_dir():  # else an empty record would "match" any other empty one
        sys.exit(f"snapshot: no data at {shared} (a clone beside ../shared, or --shared DIR)")
    with out.open("w", encoding="utf-8") as sink:
        for count, (key, value) in enumerate(outputs(shared), start=1):
            sink.write(json.dumps({"key": key, "output": value}, ensure_ascii=False) + "\n")
            if count % 500 == 0:
                print(f"{count} outputs", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    old = {r["key"]: r["output"] for r in _rows(before)}
    new = {r["key"]: r["output"] for r in _rows(after)}
    differing = [k for k in old if old[k] != new.get(k)] + [k for k in new if k not in old]
    for key in differing:
        print(f"differs: {key}")
    print(f"{len(old)} outputs before, {len(new)} after, {len(differing)} differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--shared", type=Path, default=SHARED)
    cmp = commands.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, args.shared)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
