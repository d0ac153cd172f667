"""Batch summaries at scale: records in, results out in input order, on all cores or on Dask.

    >>> from summarize.batch import Record, run
    >>> for result in run([Record("a1", text)], sentences=2, workers=2):
    ...     result.to_dict()        # {"id": "a1", "title": ..., "summary": [...], ...}

:func:`process_chunk` is the one per-record function every engine calls: in this process
(``workers=1``), in a process pool (``engine="local"``), or on Dask workers (``engine="dask"``),
which is also what a Spark ``mapPartitions`` calls (see README, "Batch"). Records are read and
submitted lazily in chunks, with at most a few chunks per worker in flight, so memory stays
bounded whatever the corpus size; results come back in input order.
:class:`Batch` adds the JSONL output file, resuming and the tally the CLI prints.
"""

from __future__ import annotations

import contextlib
import importlib.util
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from . import batch_io
from .batch_io import Record
from .errors import InputError, OptionError, SummarizeError
from .options import Options, merged
from .reading import STDIN, read_source
from .results import Summary

ENGINES = ("local", "dask")
#: Records per task: large enough to hide the cost of a round trip to a worker, small enough
#: to balance the last tasks. A local pool's round trip takes about a millisecond; a Dask
#: task costs more (the scheduler, the network, the worker's bookkeeping): on a running
#: LocalCluster of 2 workers, 16 records per task reached 78-79% of the pool's throughput
#: and 64 reached 89-95%.
DEFAULT_CHUNK_SIZE = {"local": 16, "dask": 64}
#: Chunks in flight per worker: one running, others queued so no worker waits for the next.
_CHUNKS_PER_WORKER = 3
#: Long enough (40 words) for the stop words to name its language: py3langid's model (about
#: 85 MB) is loaded only by a worker that meets a record the stop words cannot place.
_WARM_UP_TEXT = (
    "Batch runs load the models once. Each worker keeps them for all of the records that it "
    "gets, and it does not load them again for the next one. This is why the first record "
    "of a run takes longer than the others, which are much faster."
)


@dataclass(frozen=True)
class BatchResult:
    """The outcome for one record: its ``summary``, or the ``error`` that stopped it."""

    id: Any
    summary: Summary | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """``{"id", "title", "summary", "headlines", "language", ...}`` or ``{"id", "error"}``."""
        if self.summary is None:
            return {"id": self.id, "error": self.error}
        return {"id": self.id, **self.summary.to_dict(explain=explain)}


def process_record(record: Record, options: Options) -> BatchResult:
    """Summarize one record. Never raises: a failure becomes the record's error, so one bad
    article in a million does not stop the run."""
    from .pipeline import summarize

    try:
        if record.error is not None:
            raise InputError(record.error)
        name: str | None
        if record.text is not None:
            text, name = record.text, None
            _check_text(text, options.max_bytes)
        elif record.path is not None:
            source = read_source(record.path, **options.reading)
            text, name = source.text, source.name
        else:
            raise InputError("the record has no text")
        summary = summarize(text, options, source=name, require_article=True)
    except SummarizeError as error:
        return BatchResult(record.id, error=str(error))
    except Exception as error:  # a bug hit by one article must not stop the others
        return BatchResult(record.id, error=f"{type(error).__name__}: {error}")
    return BatchResult(record.id, summary=summary)


def _check_text(text: str, max_bytes: int) -> None:
    if not text.strip():
        raise InputError("the text is empty")
    if len(text) > max_bytes or len(text.encode("utf-8")) > max_bytes:
        raise InputError(f"the text is larger than the limit of {max_bytes:,} bytes")


def process_chunk(records: list[Record], options: Options) -> list[BatchResult]:
    """:func:`process_record` over a list of records: the task every engine runs."""
    return [process_record(record, options) for record in records]


def warm_up(options: Options) -> None:
    """Import the pipeline and load the English models, once per worker process."""
    process_record(Record(None, _WARM_UP_TEXT), options)


def run(
    records: Iterable[Record],
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int | None = None,
    options: Options | None = None,
    **keywords: Any,
) -> Generator[BatchResult, None, None]:
    """Summarize ``records`` and yield one :class:`BatchResult` per record, in input order.

    The summary options are :class:`~summarize.options.Options`, as one object or as keywords
    (as for :func:`summarize.summarize`); they are checked now (raising :class:`OptionError`),
    records are read only as results are consumed.
    ``workers`` (default: all cores) sizes the process pool; 1 works in this process.
    ``chunk_size`` records (default 16, 64 with Dask: :data:`DEFAULT_CHUNK_SIZE`) go to a
    worker at a time.
    ``engine="dask"`` runs the chunks on the Dask cluster at ``scheduler`` (an address), or
    on a new LocalCluster of ``workers`` processes when it is None.
    Closing the iterator early (``break``) cancels the work still queued.
    """
    settings = merged(options, keywords)
    if engine not in ENGINES:
        raise OptionError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}",
                          options=("engine",))
    if workers is not None and workers < 1:
        raise OptionError(f"workers must be at least 1, not {workers}", options=("workers",))
    if scheduler is not None and engine != "dask":
        raise OptionError("scheduler needs engine 'dask'", options=("scheduler", "engine"))
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        raise OptionError("engine 'dask' needs dask.distributed: pip install 'summarize[dask]'",
                          options=("engine",))
    chunk_size = DEFAULT_CHUNK_SIZE[engine] if chunk_size is None else chunk_size
    if chunk_size < 1:
        raise OptionError(f"chunk_size must be at least 1, not {chunk_size}",
                          options=("chunk_size",))
    workers = workers or _cpu_count()
    chunks = _chunks(records, chunk_size)
    if engine == "local" and workers == 1:
        return (result for chunk in chunks for result in process_chunk(chunk, settings))
    executor = _dask_executor if engine == "dask" else _pool_executor
    return _in_order(executor(workers, scheduler, settings), chunks, settings)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(
    executor, chunks: Iterator[list[Record]], options: Options,
) -> Generator[BatchResult, None, None]:
    """Keep a bounded window of chunks in flight and yield their results in submission order.

    ``executor`` is a context manager giving ``(submit, slots)``: ``submit(chunk, options)``
    returns a future, ``slots`` is how many chunks run at once.
    """
    with executor as (submit, slots):
        pending: deque = deque()
        try:
            for chunk in chunks:
                pending.append(submit(chunk, options))
                if len(pending) >= slots * _CHUNKS_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenExecutor:
            raise SummarizeError("a worker process died (out of memory?); what was written is "
                                 "complete: run again with --resume") from None
        finally:
            for future in pending:
                future.cancel()


@contextlib.contextmanager
def _pool_executor(workers: int, _scheduler: str | None, options: Options):
    # fork (Linux) starts workers in milliseconds with the modules this process imported.
    # Each worker loads the models in its initializer, all at once: loading them here first
    # would keep a copy in this process that only reads and writes lines.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up,
                               initargs=(options,))
    try:
        yield (lambda chunk, opts: pool.submit(process_chunk, chunk, opts)), workers
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _dask_executor(workers: int, scheduler: str | None, _options: Options):
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if scheduler is None:
            import logging

            import dask

            # Workers sample their task's stack every 10 ms for the dashboard's profile: on
            # this CPU-bound work that cost 15-20% of the throughput. Off in clusters we start.
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = stack.enter_context(LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler))
            except OSError as error:  # unreachable, refused, timed out
                raise SummarizeError(f"Dask scheduler {scheduler}: {error}") from None
        slots = max(1, sum(client.nthreads().values()))
        yield (lambda chunk, opts: client.submit(process_chunk, chunk, opts, pure=False)), slots


@dataclass
class Tally:
    """What a :class:`Batch` run did: records summarized, failed and skipped (already done)."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    started: float = field(default_factory=time.perf_counter, repr=False)

    def line(self) -> str:
        done = self.ok + self.failed
        rate = done / self.seconds if self.seconds > 0 else 0.0
        return (f"{done:,} records in {self.seconds:.1f} s ({rate:,.0f}/s): {self.ok:,} "
                f"summarized, {self.failed:,} failed, {self.skipped:,} already done")


class Batch:
    """Summarize JSONL files, folders and globs of articles into one JSONL file.

    With ``resume``, a torn last line of ``out`` is cut off and the ids already there are
    skipped, so a run killed at any moment and resumed writes every record exactly once.
    ``done_before`` is how many records ``out`` held when the batch was opened.
    """

    def __init__(
        self, inputs: Iterable[str], out: str = STDIN, *, resume: bool = False,
        text_field: str = "text", id_field: str = "id",
    ):
        self.inputs = list(inputs) or [STDIN]
        self.out = out
        self.resume = resume
        self.fields = {"text_field": text_field, "id_field": id_field}
        if resume and out == STDIN:
            raise OptionError("--resume needs an output file (-o OUT.jsonl)")
        named = batch_io.named_files(self.inputs)
        if out != STDIN and any(_same_file(out, path) for path in named):
            raise OptionError(f"{out}: the output file is also an input")
        self._done = batch_io.resume(out) if resume else None
        self.done_before = sum(self._done.values()) if self._done else 0
        self.tally = Tally()

    def total(self) -> int | None:
        """How many records the inputs hold (None for standard input): one pass over them."""
        return batch_io.count_records(self.inputs)

    def run(
        self, *, fail_fast: bool = False, explain: bool = False,
        on_result: Callable[[BatchResult], None] | None = None, **options: Any,
    ) -> Tally:
        """Write one JSON line per record to ``out`` as results come; return the tally.

        ``options`` are those of :func:`run`; ``on_result`` is called after each line is
        written; ``fail_fast`` stops after the first failed record.
        """
        records = batch_io.read_inputs(self.inputs, **self.fields)
        if self._done is not None:
            records = batch_io.skip_done(records, self._done)
        results = run(records, **options)
        tally = self.tally = Tally()
        with contextlib.closing(results), batch_io.LineWriter(self.out, append=self.resume) as out:
            for result in results:
                out.write(result.to_dict(explain=explain))
                if result.ok:
                    tally.ok += 1
                else:
                    tally.failed += 1
                if on_result is not None:
                    on_result(result)
                if fail_fast and not result.ok:
                    break
        tally.seconds = time.perf_counter() - tally.started
        if self._done is not None:
            tally.skipped = self.done_before - sum(self._done.values())
        return tally


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
