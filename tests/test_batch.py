"""Batch runs: reading inputs lazily, ordered results, error records, resume, kills, Dask."""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from summarize import summarize
from summarize.batch import Batch, BatchResult, Options, Record, process_record, run
from summarize.batch_io import id_key, read_inputs, resume, skip_done
from summarize.cli import app
from summarize.errors import InputError, OptionError, SummarizeError

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
# the costly steps, not tested here
FAST = {"headlines": 0, "keep_furniture": True, "language": "english"}
FAST_ARGS = ["--headlines", "0", "--no-clean", "--language", "english"]


def records(n: int) -> list[Record]:
    return [Record(f"r{i}", TEXTS[i % len(TEXTS)]) for i in range(n)]


def write_jsonl(path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# Reading ----------------------------------------------------------------------------------------

def test_jsonl_records_use_the_named_fields_and_the_line_number_as_default_id(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"key": "a", "body": "One."}\n\n{"body": "Two."}\n', encoding="utf-8")
    got = list(read_inputs([str(path)], text_field="body", id_field="key"))
    assert got == [Record("a", "One."), Record(3, "Two.")]


def test_bad_jsonl_lines_become_error_records_in_place(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "Fine."}\nnot json\n[1]\n{"id": 4}\n{"id": 5, "text": 7}\n',
                    encoding="utf-8")
    got = list(read_inputs([str(path)]))
    assert [r.id for r in got] == [1, 2, 3, 4, 5]
    assert got[0].error is None
    assert "not a JSON line" in got[1].error and "not a JSON object" in got[2].error
    assert "has no 'text' field" in got[3].error and "non-string" in got[4].error


def test_several_jsonl_inputs_get_distinct_default_ids(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [{"text": "A."}])
    b = write_jsonl(tmp_path / "b.jsonl", [{"text": "B."}])
    assert [r.id for r in read_inputs([a, b])] == [f"{a}:1", f"{b}:1"]
    assert [r.id for r in read_inputs([str(tmp_path / "*.jsonl")])] == [f"{a}:1", f"{b}:1"]


def test_folders_and_globs_yield_article_paths_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.txt", "notes.md"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    folder = [r.id for r in read_inputs([str(tmp_path)])]
    assert folder == [str(tmp_path / n) for n in ("a.html", "b.txt", "sub/c.txt")]
    assert all(r.path == r.id and r.text is None for r in read_inputs([str(tmp_path)]))
    assert [r.id for r in read_inputs([str(tmp_path / "**" / "*.txt")])] == [
        str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


def test_an_input_that_names_nothing_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([str(tmp_path / "missing.jsonl")]))
    with pytest.raises(InputError, match="no files match"):
        list(read_inputs([str(tmp_path / "*.txt")]))


def test_reading_is_lazy(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "A."}, {"text": "B."}])
    stream = read_inputs([path])
    assert next(stream).id == 1
    os.remove(path)  # the rest is already open; nothing was read ahead into a list
    assert next(stream).id == 2


# Running ----------------------------------------------------------------------------------------

def test_results_match_the_pipeline_and_keep_input_order():
    results = list(run(records(6), workers=1, sentences=2, headlines=1))
    assert [r.id for r in results] == [f"r{i}" for i in range(6)]
    expected = summarize(TEXTS[1], sentences=2, headlines=1).to_dict()
    assert results[1].to_dict() == {"id": "r1", **expected}
    assert list(results[1].to_dict())[:1] == ["id"]


def test_process_pool_gives_the_same_results_in_the_same_order():
    batch = records(14)
    one = [r.to_dict() for r in run(batch, workers=1, **FAST)]
    two = [r.to_dict() for r in run(batch, workers=2, chunk_size=3, **FAST)]
    assert two == one


def test_a_failing_record_gets_an_error_and_the_run_goes_on(tmp_path):
    batch = [Record("ok", TEXTS[0]), Record("empty", "  \n"),
             Record("gone", path=str(tmp_path / "x")),
             Record("bad", error="in.jsonl:4: not a JSON line"), Record("none"),
             Record("ok2", TEXTS[1])]
    got = {r.id: r for r in run(batch, workers=1, **FAST)}
    assert got["ok"].ok and got["ok2"].ok
    assert got["empty"].to_dict() == {"id": "empty", "error": "the text is empty"}
    assert "no such file" in got["gone"].error
    assert got["bad"].error == "in.jsonl:4: not a JSON line"
    assert got["none"].error == "the record has no text"


def test_an_unexpected_exception_is_contained_in_its_record(monkeypatch):
    def broken(text, options=None, **keywords):
        raise RuntimeError("ranker exploded")

    monkeypatch.setattr("summarize.pipeline.summarize", broken)
    result = process_record(Record(9, "Some text."), Options())
    assert result == BatchResult(9, error="RuntimeError: ranker exploded")


def test_a_dead_worker_stops_the_run_with_a_clear_error(monkeypatch):
    def crash(text, options=None, **keywords):
        if text == "die":
            os._exit(1)  # as when the system kills a worker that ran out of memory
        return summarize(text, options, **keywords)

    monkeypatch.setattr("summarize.pipeline.summarize", crash)  # forked workers inherit it
    with pytest.raises(SummarizeError, match="worker process died"):
        list(run([*records(3), Record("x", "die")], workers=2, chunk_size=1, **FAST))


def test_options_are_checked_before_any_record_is_read():
    def untouchable():
        raise AssertionError("records were read")
        yield

    for bad in ({"sentences": 0}, {"algorithm": "nope"}, {"language": "klingon"},
                {"headline_words": 1}, {"order": "random"}, {"sentences": 2, "words": 50},
                {"workers": 0}, {"chunk_size": 0}, {"engine": "spark"},
                {"scheduler": "tcp://x:1"}):
        with pytest.raises(OptionError):
            run(untouchable(), **bad)


def test_memory_is_bounded_records_are_pulled_as_results_are_consumed():
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Record(i, TEXTS[i % len(TEXTS)])

    results = run(endless(), workers=2, chunk_size=2, **FAST)
    first = list(itertools.islice(results, 5))
    results.close()
    assert [r.id for r in first] == [0, 1, 2, 3, 4]
    assert pulled <= 2 * 2 * 3 + 2 * 3  # the window: chunks per worker, plus what was yielded


# Output, resume ---------------------------------------------------------------------------------

def test_batch_writes_one_line_per_record_and_a_tally(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXTS[0]}, {"id": "b"}])
    out = tmp_path / "out.jsonl"
    tally = Batch([src], str(out)).run(workers=1, **FAST)
    rows = lines(out)
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["summary"] and set(rows[1]) == {"id", "error"}
    assert (tally.ok, tally.failed, tally.skipped) == (1, 1, 0)
    assert "2 records" in tally.line() and "1 failed" in tally.line()


def test_fail_fast_stops_at_the_first_failure(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl",
                      [{"text": TEXTS[0]}, {"text": ""}] + [{"text": TEXTS[1]}] * 20)
    out = tmp_path / "out.jsonl"
    tally = Batch([src], str(out)).run(fail_fast=True, workers=2, chunk_size=1, **FAST)
    assert (tally.ok, tally.failed) == (1, 1)
    assert [r["id"] for r in lines(out)] == [1, 2]


def test_resume_cuts_a_torn_last_line_and_counts_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": 1, "summary": []}\n{"id": "1"}\n{"id": 1}\n{"id": 4, "summ')
    done = resume(out)
    assert out.read_bytes() == b'{"id": 1, "summary": []}\n{"id": "1"}\n{"id": 1}\n'
    assert done == {id_key(1): 2, id_key("1"): 1}
    assert resume(tmp_path / "missing.jsonl") == {}
    out.write_bytes(b'{"id": 1}\nnot json\n{"id": 3}\n')  # not a crash: refuse, cut nothing
    with pytest.raises(InputError, match=":2: not a line of batch output"):
        resume(out)
    assert out.read_bytes() == b'{"id": 1}\nnot json\n{"id": 3}\n'


def test_skip_done_skips_a_repeated_id_only_as_often_as_it_was_written():
    done = Counter({id_key("x"): 1, id_key(2): 1})
    kept = skip_done([Record("x"), Record(2), Record("x"), Record(3)], done)
    assert [r.id for r in kept] == ["x", 3]


def test_resume_continues_where_a_run_stopped(tmp_path):
    rows = [{"id": i, "text": TEXTS[i % len(TEXTS)]} for i in range(8)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    expected, out = tmp_path / "expected.jsonl", tmp_path / "out.jsonl"
    Batch([src], str(expected)).run(workers=1, **FAST)
    whole = expected.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(whole[:3]) + whole[3][:20])  # three lines and a torn one
    job = Batch([src], str(out), resume=True)
    assert job.done_before == 3
    tally = job.run(workers=1, **FAST)
    assert (tally.ok, tally.skipped) == (5, 3)
    assert out.read_bytes() == expected.read_bytes()


def test_output_may_not_overwrite_an_input(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": "A."}])
    with pytest.raises(OptionError, match="also an input"):
        Batch([src], src)
    with pytest.raises(OptionError, match="also an input"):
        Batch([str(tmp_path / "*.jsonl")], src, resume=True)
    with pytest.raises(OptionError, match="needs an output file"):
        Batch([src], "-", resume=True)


# The command ------------------------------------------------------------------------------------

def test_command_streams_stdin_to_stdout_and_exits_1_when_a_record_failed():
    rows = "".join(json.dumps(r) + "\n" for r in
                   [{"id": "a", "text": TEXTS[0]}, {"id": "b", "text": " "}])
    result = CliRunner().invoke(app, ["batch", "-", "--headlines", "0", "-n", "1", "-j", "1"],
                                input=rows)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == ["a", "b"] and len(out[0]["summary"]) == 1
    assert "2 records" in result.stderr and "1 failed" in result.stderr


def test_command_reports_usage_errors_with_exit_2(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": "A."}])
    result = CliRunner().invoke(app, ["batch", src, "--ratio", "2"])
    assert result.exit_code == 2 and "--ratio" in result.stderr


def test_command_summarizes_a_folder_quietly(tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(SAMPLES), "-o", str(out), "-q", "-j", "2",
                                      "--language", "auto"])
    assert result.exit_code == 0 and result.stderr == ""
    rows = lines(out)
    assert [r["id"] for r in rows] == sorted(str(p) for p in SAMPLES.iterdir()
                                             if p.suffix in (".txt", ".html"))
    assert {r["language"] for r in rows} >= {"english", "french"}


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the runs it kills")
def test_killed_runs_resume_to_exactly_the_uninterrupted_output(tmp_path):
    """SIGKILL a run's whole process tree at a random moment, five times in a row, resuming
    each time; then finish with the command. Runs are forked, to skip interpreter start-up."""
    rows = [{"id": f"k{i}", "text": TEXTS[i % len(TEXTS)]} for i in range(1000)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    expected, out = tmp_path / "expected.jsonl", tmp_path / "out.jsonl"
    Batch([src], str(expected)).run(workers=1, **FAST)
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    killed = 0
    for _ in range(5):
        target = _count_lines(out) + rng.randint(1, 20)
        pid = os.fork()
        if pid == 0:  # the run: a session of its own, so the kill takes its workers too
            code = 1
            try:
                os.setsid()
                Batch([src], str(out), resume=True).run(workers=2, chunk_size=2, **FAST)
                code = 0
            finally:
                os._exit(code)
        running = True
        while running and _count_lines(out) < target:
            running = os.waitpid(pid, os.WNOHANG) == (0, 0)
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.03))
        if running:
            os.killpg(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            killed += os.WIFSIGNALED(status)
    command = [sys.executable, "-m", "summarize", "batch", src, "-o", str(out), "--resume",
               "-q", "-j", "2", *FAST_ARGS]
    assert killed == 5, "a run ended before it could be killed"
    assert subprocess.run(command, stderr=subprocess.DEVNULL).returncode == 0
    assert [r["id"] for r in lines(out)] == [r["id"] for r in rows], f"seed {seed}"
    assert out.read_bytes() == expected.read_bytes(), f"seed {seed}"


def _count_lines(path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_progress_bar_counts_from_what_was_already_done(capsys):
    from summarize.batch_io import ProgressBar

    with ProgressBar(total=4, completed=1) as bar:
        for _ in range(3):
            bar()
    err = capsys.readouterr().err
    assert "4/4" in err and "/s" in err


@pytest.mark.slow
def test_warm_up_leaves_py3langid_unloaded():
    """Workers load the models at start; py3langid's 85 MB only when a record needs it."""
    code = ("import sys\nfrom summarize import batch\n"
            "batch.warm_up(batch.Options())\n"
            "print('py3langid' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "False", done.stderr


# Dask -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        yield cluster


def test_dask_cluster_gives_the_same_results_as_the_local_pool(dask_cluster):
    batch = records(10)
    local = [r.to_dict() for r in run(batch, workers=1, **FAST)]
    dask = run(batch, engine="dask", scheduler=dask_cluster.scheduler_address, chunk_size=3, **FAST)
    assert [r.to_dict() for r in dask] == local


def test_dask_command_writes_the_same_file(dask_cluster, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in TEXTS] + [{"text": ""}])
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    common = ["-q", "--chunk-size", "2", *FAST_ARGS]
    assert CliRunner().invoke(app, ["batch", src, "-o", str(local), "-j", "1", *common]
                              ).exit_code == 1
    result = CliRunner().invoke(app, ["batch", src, "-o", str(dask), "--engine", "dask",
                                      "--scheduler", dask_cluster.scheduler_address, *common])
    assert result.exit_code == 1
    assert dask.read_bytes() == local.read_bytes()


def test_an_unreachable_scheduler_is_a_one_line_error():
    pytest.importorskip("distributed")
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(SummarizeError, match="Dask scheduler tcp://127.0.0.1:1: "):
            list(run(records(1), engine="dask", scheduler="tcp://127.0.0.1:1"))


def test_dask_without_an_address_starts_a_local_cluster(monkeypatch):
    """The cluster it starts has the workers' 10 ms stack sampler off, and Dask tasks
    default to 64 records (a pool's to 16)."""
    pytest.importorskip("distributed")
    from summarize import batch

    sizes = []

    def chunks(records, size):
        sizes.append(size)
        return real_chunks(records, size)

    real_chunks = batch._chunks
    monkeypatch.setattr(batch, "_chunks", chunks)
    got = run(records(3), engine="dask", workers=1, **FAST)
    assert [r.id for r in got] == ["r0", "r1", "r2"]
    assert sizes == [64]
    list(run(records(2), workers=1, **FAST))
    assert sizes == [64, 16]

    from distributed import Client

    with batch._dask_executor(1, None, batch.Options(**FAST)) as (_submit, _slots):
        client = Client.current()
        workers = client.run(lambda: __import__("dask").config.get(
            "distributed.worker.profile.enabled"))
    assert list(workers.values()) == [False]

