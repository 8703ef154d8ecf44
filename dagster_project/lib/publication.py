"""Publication: the finished build file becomes the warehouse users open.

Users open the published file, which is replaced in one `os.replace` once a
build is complete, so an open SQL session keeps its consistent (old) view and
never sees a half-built warehouse, and never blocks a refresh.
"""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from dagster_project.lib.build_lock import writer_lock
from dagster_project.lib.store import connect


def publish(build_path: Path, warehouse_path: Path) -> int:
    """Atomically replace the user-facing warehouse with the build file.

    The copy is written beside the target and renamed over it: readers that
    already have the old file open keep reading the old inode; new readers
    get the complete new file. Returns the published size in bytes.
    """
    # A symlinked WAREHOUSE_PATH (the file kept on another disk) stays a link: the
    # rename happens beside the file it points to, which keeps its mode too.
    target = Path(os.path.realpath(warehouse_path))
    with writer_lock(build_path):  # no writer may change the file while it is copied
        with connect(build_path) as con:
            con.execute("CHECKPOINT")
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f".{target.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # a copy left by a run that crashed or ran out of disk
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            shutil.copyfile(build_path, tmp)
            if target.exists():  # the operator's chmod (group-readable, say) survives the swap
                os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            # DuckDB pairs a file with "<file>.wal" by the name it was opened by (the link
            # or its target): a log left by a session that wrote to the published file and
            # died would be replayed onto this build
            for wal in {Path(f"{warehouse_path}.wal"), Path(f"{target}.wal")}:
                wal.unlink(missing_ok=True)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)  # never leave a partial copy filling the disk
            raise
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return target.stat().st_size
