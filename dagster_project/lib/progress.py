"""Progress of long steps (files done / total), for whoever watches in this
process: `make run` draws a progress bar from it. Runs launched by the
daemon have no listener; their progress is in the Dagster logs.

Steps run in the process that started the run (in-process executor), so a
listener registered by the CLI sees every report of its run.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str, int, int], None]  # (task, done, total)

_listeners: list[Listener] = []


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def report(task: str, done: int, total: int) -> None:
    for listener in list(_listeners):
        listener(task, done, total)
