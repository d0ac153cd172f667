"""Batch input and output: records read lazily from JSONL, folders and globs; resumable JSONL out.

An input is ``-`` (JSONL on standard input), a JSONL file (``.jsonl``, ``.ndjson``, ``.json``),
an article file (``.txt``, ``.html``, ``.htm``), a folder (its article files, recursively), a
glob of those, an http(s) URL, or a text file of URLs, one per line (a file named as an input
whose every line is a URL). Article files and URLs are read by the worker that summarizes
them, so decoding and fetching run in parallel too. Output lines are written whole, one
system call each, and :func:`resume` repairs a line torn by a crash before a run continues.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, NamedTuple

from .errors import InputError
from .fetching import is_url
from .reading import STDIN

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_GLOB_CHARS = frozenset("*?[")
#: A list of URLs is read whole in the parent process: larger files are articles.
_MAX_URL_LIST_BYTES = 10_000_000


class Record(NamedTuple):
    """One article to summarize: its ``id`` and either its ``text`` or the ``path`` to read.

    ``error`` is set instead when the input line itself was unusable (bad JSON, no text); the
    record then flows through in order and comes out as an error result.
    """

    id: Any
    text: str | None = None
    path: str | None = None
    error: str | None = None


def id_key(record_id: Any) -> str:
    """A hashable, type-aware key for an id (1 and "1" differ), as it is written in the output."""
    return json.dumps(record_id, ensure_ascii=False, sort_keys=True)


def read_inputs(
    inputs: Iterable[str], *, text_field: str = "text", id_field: str = "id"
) -> Iterator[Record]:
    """Every record of every input, lazily, in order.

    In JSONL, a record without ``id_field`` gets its line number as id (``NAME:LINE`` unless
    the only input is one file or '-', so ids stay unique). Article files use their path as id.
    Raises :class:`InputError` for an input that names nothing, or no article or JSONL file.
    """
    inputs = list(inputs) or [STDIN]
    several = len(inputs) > 1 or not (inputs[0] == STDIN or os.path.isfile(inputs[0]))
    for name in inputs:
        found = False
        for path in _expand(name):
            found = True
            if path == STDIN or path.lower().endswith(JSONL_SUFFIXES):
                yield from _jsonl_records(path, text_field, id_field, prefix=several)
            else:
                urls = _url_list(path) if path == name else None
                yield from (Record(id=url, path=url) for url in urls or [path])
        if not found:  # a folder or glob of other files: say so rather than write nothing
            raise InputError(f"{name}: holds no article ({', '.join(ARTICLE_SUFFIXES)}) or "
                             "JSONL file")


def _url_list(path: str) -> list[str] | None:
    """The URLs of a text file that holds nothing else (one per line), else None."""
    if is_url(path) or os.path.getsize(path) > _MAX_URL_LIST_BYTES:
        return None
    with open(path, "rb") as handle:
        lines = [line.strip() for line in handle.read().split(b"\n") if line.strip()]
    try:
        urls = [line.decode("utf-8") for line in lines]
    except UnicodeDecodeError:
        return None
    if urls and all(is_url(url) and not any(c.isspace() for c in url) for url in urls):
        return urls
    return None


def _expand(name: str, *, walk: bool = True) -> Iterator[str]:
    """The JSONL and article files an input names, sorted; '-' stays '-'.

    ``walk=False`` leaves folders out (they hold articles only, never JSONL).
    """
    if name == STDIN or (is_url(name) and not os.path.exists(name)):
        yield name
    elif os.path.isdir(name):
        if walk:
            yield from _walk(name)
    elif os.path.isfile(name):
        yield name
    elif _GLOB_CHARS & set(name):
        matches = sorted(glob.iglob(name, recursive=True))
        if not matches:
            raise InputError(f"{name}: no files match")
        for match in matches:
            if os.path.isdir(match):
                if walk:
                    yield from _walk(match)
            elif match.lower().endswith(JSONL_SUFFIXES + ARTICLE_SUFFIXES):
                yield match
    else:
        raise InputError(f"{name}: no such file or folder")


def named_files(inputs: Iterable[str]) -> Iterator[str]:
    """The files the inputs name directly or by glob (not inside folders), to check that the
    output is not one of them."""
    for name in inputs:
        yield from (path for path in _expand(name, walk=False)
                    if path != STDIN and not is_url(path))


def _walk(folder: str) -> Iterator[str]:
    """Article files under ``folder``, depth first, each folder's entries in name order."""
    entries = sorted(os.scandir(folder), key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
            yield entry.path


def _jsonl_records(path: str, text_field: str, id_field: str, *, prefix: bool) -> Iterator[Record]:
    name = "standard input" if path == STDIN else path
    if path == STDIN:
        yield from _parse_lines(sys.stdin.buffer, name, text_field, id_field, prefix)
        return
    try:
        with open(path, "rb") as handle:
            yield from _parse_lines(handle, name, text_field, id_field, prefix)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def _parse_lines(
    handle: BinaryIO, name: str, text_field: str, id_field: str, prefix: bool
) -> Iterator[Record]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        default_id = f"{name}:{number}" if prefix else number
        try:
            data = json.loads(line)
        except ValueError as error:  # also UnicodeDecodeError
            yield Record(id=default_id, error=f"{name}:{number}: not a JSON line ({error})")
            continue
        if not isinstance(data, dict):
            yield Record(id=default_id, error=f"{name}:{number}: not a JSON object")
            continue
        record_id = data.get(id_field, default_id)
        text = data.get(text_field)
        if not isinstance(text, str):
            problem = "has no" if text is None else "has a non-string"
            yield Record(id=record_id, error=f"{name}:{number}: {problem} {text_field!r} field")
            continue
        yield Record(id=record_id, text=text)


def count_records(inputs: Iterable[str]) -> int | None:
    """How many records the inputs hold (non-blank JSONL lines), for a progress bar's total.

    None for standard input, which cannot be read twice.
    """
    inputs = list(inputs) or [STDIN]
    if STDIN in inputs:
        return None
    total = 0
    for name in inputs:
        for path in _expand(name):
            if path.lower().endswith(JSONL_SUFFIXES):
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += len(_url_list(path) or [path]) if path == name else 1
    return total


def resume(path: str | os.PathLike[str]) -> Counter[str]:
    """Repair ``path`` for appending and return how many times each id key is in it.

    A last line without its newline, or that is not JSON, was torn by a crash: it is cut off.
    A bad line before the last was not written by a batch run: that is an :class:`InputError`.
    A missing file counts as empty.
    """
    done: Counter[str] = Counter()
    try:
        handle = open(path, "r+b")
    except FileNotFoundError:
        return done
    with handle:
        good, torn = 0, None
        for number, line in enumerate(handle, start=1):
            if torn is not None:
                raise InputError(f"{path}:{torn}: not a line of batch output; --resume only "
                                 "repairs a torn last line")
            key = _output_id(line)
            if key is None:
                torn = number
                continue
            done[key] += 1
            good += len(line)
        handle.truncate(good)
    return done


def _output_id(line: bytes) -> str | None:
    """The id key of a whole output line, or None for a torn or foreign one."""
    if not line.endswith(b"\n"):
        return None
    try:
        data = json.loads(line)
    except ValueError:
        return None
    return id_key(data["id"]) if isinstance(data, dict) and "id" in data else None


def skip_done(records: Iterable[Record], done: Counter[str]) -> Iterator[Record]:
    """The records not already in the output; a repeated id is skipped as often as it is there."""
    for record in records:
        key = id_key(record.id)
        if done.get(key):
            done[key] -= 1
            continue
        yield record


class LineWriter:
    """JSON Lines to a file, or to standard output for '-', each line written whole.

    A file line goes out in one system call, so a killed run leaves whole lines (or, at worst,
    a torn last one that :func:`resume` cuts off). ``append`` keeps what the file holds;
    otherwise it is replaced.
    """

    def __init__(self, path: str, *, append: bool = False):
        self._fd = None
        if path != STDIN:
            mode = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._fd = os.open(path, mode, 0o666)
            except OSError as error:
                raise InputError(f"{path}: cannot write ({error.strerror or error})") from None

    def write(self, data: dict[str, Any]) -> None:
        line = json.dumps(data, ensure_ascii=False) + "\n"
        if self._fd is None:
            sys.stdout.write(line)
            sys.stdout.flush()
            return
        view = memoryview(line.encode("utf-8"))
        while view:
            view = view[os.write(self._fd, view):]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)

    def __enter__(self) -> LineWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ProgressBar:
    """A progress bar on stderr (rich) with the rate and, when the total is known, the ETA.

    Call it once per record done. It draws from the caller's thread, at most ten times a
    second, so no thread is running when a process pool forks its workers.
    """

    def __init__(self, total: int | None, completed: int = 0):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("summarizing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(stderr=True), auto_refresh=False,
        )
        self._task = self._progress.add_task("", total=total, completed=completed, rate="")
        self._start, self._count, self._shown = completed, 0, 0.0

    def __call__(self, _result: object = None) -> None:
        self._count += 1
        if time.monotonic() - self._shown >= 0.1:
            self._show()

    def _show(self) -> None:
        elapsed = self._progress.tasks[0].elapsed
        rate = f"{self._count / elapsed:,.0f}/s" if elapsed else ""
        self._progress.update(self._task, completed=self._start + self._count, rate=rate)
        self._progress.refresh()
        self._shown = time.monotonic()

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._show()
        self._progress.stop()
