"""What `make run` prints around a run: dbt's log in one line, and one line
(not two tracebacks) when the user presses Ctrl-C.

Why: dbt's ~170 log lines, echoed by dagster-dbt with colour codes, buried the
run's own messages in a pipe or a CI log; and on Ctrl-C Dagster logs the
interrupt as a run failure with a stack trace of its own code, which tells the
user nothing they can act on.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TextIO

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
INTERRUPTED = ("interrupted: this run stopped; {warehouse} still holds the last finished build. "
               "Run `make run` again to finish (landed batches are kept).")
# what Dagster writes when a run is interrupted (its run failure and step failures)
_INTERRUPT_MARKS = ("DagsterExecutionInterruptedError", "Execution was interrupted", "KeyboardInterrupt")
MAX_DBT_ERROR_LINES = 10


class InterruptQuiet:
    """A stderr stand-in for the run: passes everything through until Dagster
    reports an interrupt, then drops the rest (its failure events and tracebacks)."""

    def __init__(self, stream: TextIO):
        self.stream, self.interrupted = stream, False

    def write(self, text: str) -> int:
        if not self.interrupted and any(mark in text for mark in _INTERRUPT_MARKS):
            self.interrupted = True
        return len(text) if self.interrupted else self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


def dbt_summary(log: Path) -> list[str]:
    """dbt's result line (`Done. PASS=79 WARN=0 ERROR=0 …`) and its first error
    lines, without colour codes, followed by where the whole log is."""
    try:
        lines = [ANSI.sub("", line).strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines()]
    except FileNotFoundError:
        return []
    done = [line for line in lines if line.startswith("Done. PASS=")]
    errors = [line for line in lines if re.search(r"\b(ERROR|FAIL)\b", line) and not line.startswith("Done.")]
    if not done and not errors:
        return []
    out = [f"dbt: {done[-1][len('Done. '):] if done else 'did not finish'} (whole log: {log})"]
    out += [f"  {line}" for line in errors[:MAX_DBT_ERROR_LINES]]
    return out
