"""The one-writer lock of a build file, and who holds it.

Every run takes this lock once, for the whole run (`defs/resources.BuildLockResource`),
so two runs (two `make run`, or `make run` beside a sensor run) never open the
build file at the same time: DuckDB would refuse the second with "Could not set
lock". The second run waits, and says whom it waits for: the holder writes its
pid, host, start time and command to `<build file>.lock.holder`, beside the lock.

An OS lock (`filelock.FileLock`, flock on Linux): the kernel drops it when its
holder dies, so a run killed mid-build never blocks the next one. Re-entrant
within a process, so the steps of a run can take it again around their own work.
"""
from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import filelock

DEFAULT_TIMEOUT_S = 6 * 3600
REPEAT_WAIT_MESSAGE_S = 600  # a long wait is announced again, so a stuck holder is noticed

_held: dict[Path, list] = {}  # lock file -> [FileLock, depth]: re-entrant within a process


def lock_path_for(build_path: Path) -> Path:
    return build_path.with_name(build_path.name + ".lock")


def holder_path_for(build_path: Path) -> Path:
    return build_path.with_name(build_path.name + ".lock.holder")


def _default_on_wait(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def writer_lock(build_path: Path, timeout_s: float = DEFAULT_TIMEOUT_S, purpose: str | None = None,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the build file's lock; while another process holds it, wait and
    report (through `on_wait`, default stderr) who that is. `purpose` is
    written for the next waiter to read (e.g. "run 1a2b…, make run")."""
    lock_path = lock_path_for(build_path)
    if lock_path in _held:
        _held[lock_path][1] += 1
        try:
            yield
        finally:
            _held[lock_path][1] -= 1
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(lock_path, thread_local=False)  # one holder per process, whatever the thread
    _acquire(lock, build_path, timeout_s, on_wait or _default_on_wait)
    _held[lock_path] = [lock, 1]
    try:
        _write_holder(build_path, purpose)
        yield
    finally:
        del _held[lock_path]
        holder_path_for(build_path).unlink(missing_ok=True)
        lock.release()


def _acquire(lock: filelock.FileLock, build_path: Path, timeout_s: float, on_wait: Callable[[str], None]) -> None:
    deadline = time.monotonic() + timeout_s
    announced: tuple[str, float] | None = None  # (what was said, when)
    while True:
        try:
            lock.acquire(timeout=min(1.0, max(deadline - time.monotonic(), 0)))
            return
        except filelock.Timeout:
            message = describe_holder(build_path)
            if time.monotonic() >= deadline:
                raise TimeoutError(f"gave up after {timeout_s:.0f} s waiting for the build lock: {message}") from None
            if announced is None or announced[0] != message or time.monotonic() - announced[1] > REPEAT_WAIT_MESSAGE_S:
                on_wait(f"waiting for the build lock: {message}")
                announced = (message, time.monotonic())


def _write_holder(build_path: Path, purpose: str | None) -> None:
    """Who holds the lock, for a waiting run to print (written atomically, so a
    waiter never reads half of it)."""
    info = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().isoformat(timespec="seconds"),
            "what": purpose or " ".join(Path(sys.argv[0]).name.split() + sys.argv[1:])[:200]}
    path = holder_path_for(build_path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(info), encoding="utf-8")
    os.replace(tmp, path)


def read_holder(build_path: Path) -> dict | None:
    try:
        return json.loads(holder_path_for(build_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def describe_holder(build_path: Path) -> str:
    """One line on who holds the lock of `build_path` and what to do about it."""
    lock = lock_path_for(build_path)
    info = read_holder(build_path)
    if not info:
        return f"{lock} is held by another process (it has not said who it is yet)"
    text = (f"{lock} is held by pid {info.get('pid')} on host {info.get('host')} since {info.get('since')} "
            f"({info.get('what')})")
    if info.get("host") == socket.gethostname() and _is_stopped(info.get("pid")):
        text += (f"; that process is stopped (suspended): resume it with `kill -CONT {info['pid']}` "
                 f"or end it with `kill {info['pid']}`")
    return text


def _is_stopped(pid) -> bool:
    """True when `pid` is a stopped process on this machine (Ctrl-Z, SIGSTOP): it
    would hold the lock until resumed."""
    try:
        stat = Path(f"/proc/{int(pid)}/stat").read_text()
    except (OSError, ValueError, TypeError):
        return False
    return stat.rsplit(")", 1)[-1].split()[0] in ("T", "t")
