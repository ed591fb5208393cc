"""``khabar ingest``: read inputs, analyse them where needed, and store every one.

Inputs, by file name:

* ``.jsonl`` / ``.ndjson`` (optionally ``.gz``), or ``-`` for standard input: one JSON object a
  line, either a news row ``{id, title, text, date, url}`` (analysed here) or a khabar record
  (has ``body`` and ``entities``: stored as it is) or a khabar error row (stored as an error);
* ``.json``: one record or news row, or a list of them (falls back to JSON lines);
* anything else (``.txt``, ``.html``…): one article, read with ``khabar.read``;
* a directory: the files under it with the suffixes above.

Every input ends as a stored record or a row of the ``errors`` table. Analysis runs in this
process, in a ``multiprocessing`` pool (``workers > 1``), or on Dask (``dask="local"`` for a
local process pool, or a scheduler address); storage always happens here, in transactions of
``batch`` records.
"""
from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .schema import StoreError, connect
from .write import RecordError, clear_error, store_error, store_record

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")

# A task is a plain tuple so it pickles cheaply to worker processes and Dask:
# (input name, line number or 0, kind, payload); kind: news | record | text | html | error.
Task = tuple[str, int, str, Any]


@dataclass
class IngestReport:
    stored: int = 0
    replaced: int = 0
    errors: int = 0
    analysis_seconds: float = 0.0
    storage_seconds: float = 0.0
    elapsed: float = 0.0
    error_samples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"stored": self.stored, "replaced": self.replaced, "errors": self.errors,
                "analysis_seconds": round(self.analysis_seconds, 3),
                "storage_seconds": round(self.storage_seconds, 3), "elapsed": round(self.elapsed, 3)}


def _is_record(obj: dict) -> bool:
    return isinstance(obj.get("body"), str) and "entities" in obj


def _line_task(name: str, n: int, line: str) -> Task | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return (name, n, "error", (None, f"invalid JSON: {err.msg}"))
    return _object_task(name, n, obj)


def _object_task(name: str, n: int, obj: Any) -> Task:
    if not isinstance(obj, dict):
        return (name, n, "error", (None, "line is not a JSON object"))
    if _is_record(obj):
        return (name, n, "record", obj)
    if "error" in obj and "text" not in obj:  # an error row of `khabar read --jsonl`
        return (name, n, "error", (obj.get("id"), str(obj["error"])))
    return (name, n, "news", obj)


def _open_text(path: Path) -> io.TextIOBase:
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def _file_tasks(path: Path) -> Iterator[Task]:
    name = str(path)
    lower = path.name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        with _open_text(path) as f:
            for n, line in enumerate(f, 1):
                task = _line_task(name, n, line)
                if task:
                    yield task
    elif lower.endswith(".json"):
        with _open_text(path) as f:
            text = f.read()
        try:
            doc = json.loads(text)
        except json.JSONDecodeError:
            for n, line in enumerate(text.splitlines(), 1):
                task = _line_task(name, n, line)
                if task:
                    yield task
            return
        items = doc if isinstance(doc, list) else [doc]
        for n, obj in enumerate(items, 1):
            yield _object_task(name, n, obj)
    else:
        data = path.read_bytes()
        yield (name, 0, "html" if lower.endswith((".html", ".htm", ".xhtml")) else "text", data)


def iter_tasks(paths: Iterable[str], stdin: io.TextIOBase | None = None) -> Iterator[Task]:
    """The inputs of ``paths`` as tasks, in order; an unreadable path is an error task."""
    for raw in paths:
        if raw == "-":
            for n, line in enumerate(stdin or sys.stdin, 1):
                task = _line_task("-", n, line)
                if task:
                    yield task
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(
                JSONL_SUFFIXES + ARTICLE_SUFFIXES + (".json",)))
        else:
            files = [path]
        for f in files:
            try:
                yield from _file_tasks(f)
            except OSError as err:
                yield (str(f), 0, "error", (None, f"cannot read: {err.strerror or err}"))


def analyse(task: Task) -> tuple[str, Any]:
    """Turn one task into ``("ok", record)`` or ``("error", (input id, message))``.

    A module-level function so that worker processes and Dask can import it by name.
    """
    name, n, kind, payload = task
    if kind == "error":
        return "error", payload
    rid = payload.get("id") if isinstance(payload, dict) else None
    try:
        from ..api import read, read_record
        if kind == "record":
            return "ok", payload
        if kind == "news":
            record = read_record(payload).to_dict()
            if rid is not None:
                record["source_id"] = str(rid)
            if not record.get("site") and isinstance(payload.get("source"), str):
                record["site"] = payload["source"]
            return "ok", record
        return "ok", read(payload, html=True if kind == "html" else None, source_id=name).to_dict()
    except Exception as err:  # one bad input must not stop a batch; the message becomes a row
        from ..errors import KhabarError
        msg = err.message if isinstance(err, KhabarError) else f"internal error: {type(err).__name__}: {err}"
        return "error", (rid, msg)


def _chunks(it: Iterable[Task], size: int) -> Iterator[list[Task]]:
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _pool_map(tasks: Iterable[Task], workers: int) -> Iterator[tuple[Task, tuple[str, Any]]]:
    import multiprocessing as mp
    tasks = iter(tasks)
    # The first input is analysed here, before the pool starts: the pipeline's resources (KB,
    # lexicons, models) are then loaded once and shared by the forked workers.
    first = next(tasks, None)
    if first is None:
        return
    yield first, analyse(first)
    with mp.Pool(workers) as pool:
        # Windows of tasks keep memory bounded on a large corpus (imap alone would read every
        # input at once); the next window is queued before the current one is drained, so the
        # workers never wait at a window's end.
        size = workers * 64
        previous = None
        for chunk in _chunks(tasks, size):
            results = pool.imap(analyse, chunk, chunksize=2)
            if previous:
                yield from zip(*previous)
            previous = (chunk, results)
        if previous:
            yield from zip(*previous)


def _dask_map(tasks: Iterable[Task], scheduler: str, workers: int) -> Iterator[tuple[Task, tuple[str, Any]]]:
    """Analysis on Dask; imports and connects at call time so a missing Dask fails before any work."""
    try:
        import dask.bag as dbag
    except ImportError:
        raise StoreError("--dask needs Dask, which is not installed: pip install 'dask[bag]'") from None
    client = None
    if scheduler != "local":
        try:
            from dask.distributed import Client
        except ImportError:
            raise StoreError("--dask SCHEDULER needs dask.distributed: pip install distributed "
                             "(or use --dask local)") from None
        client = Client(scheduler)  # the cluster's workers must have khabar installed
    return _dask_results(dbag, client, iter(tasks), max(1, workers))


def _dask_results(dbag, client, tasks: Iterator[Task], workers: int) -> Iterator[tuple[Task, tuple[str, Any]]]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    nparts = workers * 4
    executor = None
    try:
        if client is None:
            # One process pool for the whole run (Dask would start a new one per compute call),
            # forked after the first input is analysed here so the workers share its resources.
            first = next(tasks, None)
            if first is None:
                return
            yield first, analyse(first)
            executor = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"))
        for chunk in _chunks(tasks, nparts * 32):
            bag = dbag.from_sequence(chunk, npartitions=min(nparts, len(chunk))).map(analyse)
            if client is not None:
                results = client.compute(bag).result()
            else:
                results = bag.compute(scheduler="processes", pool=executor)
            yield from zip(chunk, results)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        if client is not None:
            client.close()


def ingest(db: str | os.PathLike, paths: Iterable[str], workers: int = 1, dask: str | None = None,
           batch: int = 200, progress: Callable[[IngestReport], None] | None = None,
           stdin: io.TextIOBase | None = None) -> IngestReport:
    """Analyse and store every input of ``paths`` into the store ``db`` (created if needed)."""
    return ingest_tasks(db, iter_tasks(paths, stdin), workers=workers, dask=dask, batch=batch,
                        progress=progress)


def ingest_tasks(db: str | os.PathLike, tasks: Iterable[Task], workers: int = 1,
                 dask: str | None = None, batch: int = 200,
                 progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    report = IngestReport()
    t0 = time.perf_counter()
    results: Iterator[tuple[Task, tuple[str, Any]]]
    if dask:  # before the store is created: a missing Dask is reported without side effects
        results = _dask_map(tasks, dask, workers)
    elif workers > 1:
        results = _pool_map(tasks, workers)
    else:
        results = ((t, analyse(t)) for t in tasks)
    con = connect(db)
    pending = 0
    con.execute("BEGIN")
    try:
        while True:
            t1 = time.perf_counter()
            item = next(results, None)
            t2 = time.perf_counter()
            report.analysis_seconds += t2 - t1
            if item is None:
                break
            task, (status, value) = item
            _store_one(con, report, task, status, value)
            pending += 1
            if pending >= batch:
                con.execute("COMMIT")
                con.execute("BEGIN")
                pending = 0
                if progress:
                    progress(report)
            report.storage_seconds += time.perf_counter() - t2
        t2 = time.perf_counter()
        con.execute("COMMIT")
        report.storage_seconds += time.perf_counter() - t2
    except BaseException:
        if con.in_transaction:
            con.execute("COMMIT")  # keep what was stored; a re-run replaces it idempotently
        raise
    finally:
        con.close()
    report.elapsed = time.perf_counter() - t0
    return report


def _store_one(con, report: IngestReport, task: Task, status: str, value: Any) -> None:
    name, n, _, _ = task
    ref = f"{name}:{n}" if n else name
    if status == "ok":
        try:
            rid = value.get("id") if isinstance(value, dict) else None
            existed = rid is not None and con.execute(
                "SELECT 1 FROM articles WHERE id = ?", (str(rid),)).fetchone() is not None
            store_record(con, value, input_ref=ref)
            clear_error(con, name, n)
            report.stored += 1
            report.replaced += existed
            return
        except (RecordError, ValueError, TypeError, OverflowError, sqlite3.IntegrityError,
                sqlite3.InterfaceError) as err:
            rid_msg = (getattr(value, "get", lambda k: None)("id"), f"bad record: {err}")
            status, value = "error", rid_msg
    input_id, message = value if isinstance(value, tuple) else (None, str(value))
    store_error(con, name, n, input_id, message)
    report.errors += 1
    if len(report.error_samples) < 20:
        report.error_samples.append(f"{ref}: {message}")
