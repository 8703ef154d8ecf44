"""Peak memory of a run and everything it starts (extraction workers, dbt), sampled.

`os.wait4` gives the largest single process of a finished tree (the run process
or its dbt child), not their sum: the extraction workers run beside the run
process. This samples the resident set of the whole tree (Linux /proc) and keeps
the largest sum seen. Shared pages (the Python binary, libraries) are counted once
per process, so the figure errs high.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name (2nd field) may hold spaces and parentheses: split after the last ")"
        fields = stat[stat.rindex(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def tree_rss_bytes(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants now."""
    children = _children_map()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(children.get(p, []))
    return total


class TreePeak:
    """`with TreePeak(pid) as peak: ...` then `peak.mb`: the largest summed RSS seen."""

    def __init__(self, pid: int, interval_s: float = 0.2):
        self.pid = pid
        self.interval_s = interval_s
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="tree-peak", daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_bytes(self.pid))
            self._stop.wait(self.interval_s)

    @property
    def mb(self) -> float:
        return self.peak / 2**20

    def __enter__(self) -> "TreePeak":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
