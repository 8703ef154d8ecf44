"""`make ui`: run `dagster dev` so that stopping `make ui` stops all of it.

    python -m dagster_project.supervise -- COMMAND [ARG ...]

Why: `dagster dev` starts a webserver, a daemon and a code server. A SIGTERM to
`make` (a service manager stopping it, `kill <pid>`) reaches make alone, which
exits and leaves them running, holding port 3000 and the Dagster instance.
Here the command runs in a process group of its own; SIGTERM, SIGINT or SIGHUP
to this process, or the death of its parent (`make`, via PR_SET_PDEATHSIG), stops
that whole group: politely first (SIGTERM, so Dagster shuts its children down),
then with SIGKILL after a grace period.
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

GRACE_SECONDS = 20
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: be sent SIGTERM when the parent (make) dies, however it dies."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the signals below still cover make's own SIGTERM
        pass


def stop_group(proc: subprocess.Popen, grace: float = GRACE_SECONDS) -> None:
    """SIGTERM to the command's whole process group, SIGKILL what is left after `grace` s."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        # the leader is gone: its children may still be shutting down
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        print("usage: python -m dagster_project.supervise -- COMMAND [ARG ...]", file=sys.stderr)
        return 2
    _die_with_parent()
    proc = subprocess.Popen(args, start_new_session=True)
    stopping = []

    def stop(signum, _frame) -> None:
        if not stopping:
            stopping.append(signum)
            print(f"stopping {os.path.basename(args[0])} and its processes …", file=sys.stderr)
            stop_group(proc)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, stop)
    code = proc.wait()
    if not stopping:  # the command ended by itself: its helpers must not outlive it
        stop_group(proc, grace=5)
    return 0 if stopping else code


if __name__ == "__main__":
    sys.exit(main())
