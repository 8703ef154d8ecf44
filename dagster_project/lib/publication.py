"""Publication: the finished build file becomes the warehouse users open.

Users open the published file, which is replaced in one `os.replace` once a
build is complete, so an open SQL session keeps its consistent (old) view and
never sees a half-built warehouse, and never blocks a refresh.

The file put in place is not written afresh each time. The file published before
the current one stays beside it as a hidden standby (`.<name>.standby`; after the first
publication, a copy of it); when no
reader has it open any more, it is brought up to the build by rewriting only the
blocks that differ, and renamed into place. A one-file refresh into a 100,000-file
warehouse changes a few MB of a 3 GB file, and a full copy plus its fsync was the
part of the refresh that grew with the warehouse. When a reader still holds the
standby (a long `make sql` session opened two publications ago), it is left to
that reader and a full copy is published as before.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import stat
from pathlib import Path

from dagster_project.lib.build_lock import writer_lock
from dagster_project.lib.store import connect

CHUNK_BYTES = 1 << 20  # compared and rewritten in 1 MB pieces (DuckDB's blocks are 256 KB)


def standby_path_for(target: Path) -> Path:
    """The previous publication, kept to be brought up to date instead of copied."""
    return target.with_name(f".{target.name}.standby")


def publish(build_path: Path, warehouse_path: Path) -> int:
    """Atomically replace the user-facing warehouse with the build file.

    The new file is renamed over the old one: readers that already have the old
    file open keep reading the old inode; new readers get the complete new file.
    Returns the published size in bytes.
    """
    # A symlinked WAREHOUSE_PATH (the file kept on another disk) stays a link: the
    # rename happens beside the file it points to, which keeps its mode too.
    target = Path(os.path.realpath(warehouse_path))
    standby = standby_path_for(target)
    with writer_lock(build_path):  # no writer may change the file while it is copied
        with connect(build_path) as con:
            con.execute("CHECKPOINT")
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f".{target.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # a copy left by a run that crashed or ran out of disk
        fresh = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        kept = target.with_name(f".{target.name}.{os.getpid()}.kept.tmp")
        staged = standby if _bring_up_to_date(standby, build_path) else fresh
        try:
            if staged == fresh:
                _copy_synced(build_path, fresh)
            if target.exists():  # the operator's chmod (group-readable, say) survives the swap
                os.chmod(staged, stat.S_IMODE(target.stat().st_mode))
                os.link(target, kept)  # the file published now becomes the next standby
            # DuckDB pairs a file with "<file>.wal" by the name it was opened by (the link
            # or its target): a log left by a session that wrote to the published file and
            # died would be replayed onto this build
            for wal in {Path(f"{warehouse_path}.wal"), Path(f"{target}.wal")}:
                wal.unlink(missing_ok=True)
            os.replace(staged, target)
            if kept.exists():
                os.replace(kept, standby)
            elif not standby.exists():
                # the first publication has no file before it: its standby is a copy, made
                # after users can already open the warehouse, so that the next refresh
                # rewrites pieces instead of copying the whole file
                _copy_synced(target, fresh)
                os.replace(fresh, standby)
        except BaseException:
            fresh.unlink(missing_ok=True)  # never leave a partial copy filling the disk
            kept.unlink(missing_ok=True)
            raise
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return target.stat().st_size


def _copy_synced(source: Path, dest: Path) -> None:
    shutil.copyfile(source, dest)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def _bring_up_to_date(standby: Path, build_path: Path) -> bool:
    """Make the standby byte for byte the build, writing only the pieces that
    differ, if no reader has it open. False: there is no standby, or a reader
    holds it (it is then left alone, and a full copy is published)."""
    try:
        fd = os.open(standby, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        if _open_in_this_process(standby, fd) or not _no_other_reader(fd):
            return False
        with open(build_path, "rb") as src, os.fdopen(os.dup(fd), "rb+") as dst:
            while piece := src.read(CHUNK_BYTES):
                at = dst.tell()
                if dst.read(len(piece)) != piece:
                    dst.seek(at)
                    dst.write(piece)
            dst.truncate(src.tell())
            dst.flush()
            os.fsync(dst.fileno())
        return True
    finally:
        os.close(fd)  # drops the lock: nobody opens the standby by its hidden name


def _no_other_reader(fd: int) -> bool:
    """Every DuckDB connection to a file holds a lock on it (shared when read-only,
    `make sql` included), so a whole-file exclusive lock is refused while one is open."""
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _open_in_this_process(path: Path, own_fd: int) -> bool:
    """POSIX locks do not see this process's own connections: look for the file
    among this process's other open descriptors (Linux; elsewhere, assume it is open)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return True
    wanted = os.fstat(own_fd)
    for entry in fds.iterdir():
        if entry.name == str(own_fd):
            continue
        try:
            st = os.stat(entry)
        except OSError:  # a descriptor closed while listing (the listing's own one)
            continue
        if (st.st_dev, st.st_ino) == (wanted.st_dev, wanted.st_ino):
            return True
    return False
