"""Extraction on every core: a batch of decoded files is extracted by worker
processes, and its results come back in the batch's order, so that one
writer (the asset) lands them exactly as a single process would.

The extractor is a pure function of (file name, text), so nothing here
assumes one process: past one machine the same split is a Dagster partition
per batch on another executor. Small batches (a refresh of a few files) are
extracted in this process: starting workers costs more than they save.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from dagster_project import extraction

MIN_PARALLEL_FILES = 24  # below this, a batch is extracted in this process
CHUNK_FILES = 4  # files per task sent to a worker
PARENT_POLL_S = 1.0  # how often a worker looks whether the process that started it is still there


def default_workers() -> int:
    """WORKERS: worker processes for extraction (default: every core)."""
    value = os.environ.get("WORKERS", "")
    return max(1, int(value)) if value.strip() else max(1, os.cpu_count() or 1)


def _extract(item: tuple[str, str], max_story_chars: int | None) -> extraction.DocumentFacts:
    name, text = item
    return extraction.extract_document(name, text, max_story_chars)


def _extract_chunk(items: list[tuple[str, str]], max_story_chars: int | None) -> list[extraction.DocumentFacts]:
    return [_extract(item, max_story_chars) for item in items]


def _exit_when_orphaned(parent: int) -> None:
    """A worker waits on its task queue forever if the run that started it is
    killed (SIGKILL, a crash): its own copy of the queue's write end keeps the
    queue open. So each worker leaves once its parent is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def _start_worker(parent: int) -> None:
    """Watch the parent, then load the gazetteer and the word tables once per worker, not per file."""
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="parent-watch").start()
    extraction.extract_document("warm-up.txt", "湖南省长沙市民政局发放慰问金100万元，慰问困难群众200户。\n")


@dataclass
class ExtractionPool:
    """`map(items)` extracts (name, text) pairs, in order; workers start on first need."""

    workers: int = field(default_factory=default_workers)
    max_story_chars: int | None = None  # a file with a longer story is split, not read (lib/bounds.py)
    _pool: ProcessPoolExecutor | None = None

    def map(self, items: list[tuple[str, str]]) -> list[extraction.DocumentFacts]:
        return self.submit(items)()

    def submit(self, items: list[tuple[str, str]]) -> Callable[[], list[extraction.DocumentFacts]]:
        """Start extracting `items`; the returned function waits for the results, in
        order. The caller lands one batch while the workers extract the next."""
        if self.workers <= 1 or len(items) < MIN_PARALLEL_FILES:
            return lambda: [_extract(item, self.max_story_chars) for item in items]
        if self._pool is None:
            # spawn, not fork: the run process holds threads (Dagster, DuckDB) a fork would copy mid-state
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker, initargs=(os.getpid(),))
        futures = [self._pool.submit(_extract_chunk, items[i:i + CHUNK_FILES], self.max_story_chars)
                   for i in range(0, len(items), CHUNK_FILES)]
        return lambda: [facts for future in futures for facts in future.result()]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
