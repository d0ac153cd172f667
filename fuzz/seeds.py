"""Write a seed corpus for fuzz_entry_points.py into a folder (default /tmp/fuzz-corpus).

Seeds are the files of samples/ and, when ../shared exists, a few pages and articles from it,
each prefixed with the byte that selects a harness target (see fuzz_entry_points.py).
Usage: python fuzz/seeds.py [FOLDER] [--per-set N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
MAX_BYTES = 16_000


def _texts(per_set: int):
    for path in sorted((ROOT / "samples").iterdir()):
        yield path.read_bytes()
    sets = [("summaries/cnndm_dev.jsonl", "text"), ("summaries/orangesum_fr_dev.jsonl", "text"),
            ("cleaning/scrapinghub_aeb_dev.jsonl", "page_text"),
            ("cleaning/trafilatura_eval_dev.jsonl", "page_text")]
    for name, field in sets:
        path = SHARED / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for _, line in zip(range(per_set), handle):
                    yield json.loads(line)[field].encode("utf-8")
    html = sorted((SHARED / "cleaning" / "html").glob("*.html"))[:per_set] if SHARED.exists() else []
    for path in html:
        yield path.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/fuzz-corpus")
    parser.add_argument("--per-set", type=int, default=5)
    args = parser.parse_args()
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for data in _texts(args.per_set):
        data = data[:MAX_BYTES]
        for selector in range(4):
            seed = bytes([selector, 0]) + data
            (folder / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
            count += 1
    print(f"{count} seeds in {folder}")


if __name__ == "__main__":
    main()
