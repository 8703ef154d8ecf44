"""Reading article files: listing the incoming folder, hashing, decoding.

Plain library (no Dagster import). A file that cannot become text raises
`UnreadableFile` with a reason a person understands; the caller quarantines it.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import time
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dagster_project.lib import html

# Article files end in .txt, in any case: ARTICLE.TXT from a Windows or camera tool is an
# article too (a case-sensitive glob skipped it without a word).
ARTICLE_SUFFIX = ".txt"
# A text file of ours never holds these; image/zip/pdf bytes nearly always do.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


class UnreadableFile(Exception):
    """The file's bytes are not article text; `str(exc)` is the quarantine reason."""


@dataclass(frozen=True)
class FileStat:
    """What the folder scan sees of a file, before reading it."""

    name: str
    path: Path
    size_bytes: int
    mtime_ns: int
    problem: str | None = None  # why the file cannot be taken in as it is (it is quarantined)
    # status-change time: any write moves it, also one that puts size and mtime back (`cp -p`, `rsync -t`)
    ctime_ns: int = 0

    @property
    def modified_at(self) -> datetime:
        return datetime.fromtimestamp(self.mtime_ns / 1e9)


@dataclass(frozen=True)
class DecodedFile:
    stat: FileStat
    content_hash: str
    encoding: str
    text: str


class InputFolderUnusable(Exception):
    """SEEDS_DIR is missing, not a folder or not readable: a run must change nothing."""


def list_article_files(folder: Path, only: Collection[str] | None = None) -> dict[str, FileStat]:
    """Every regular `*.txt` file directly in `folder` (`.TXT`, `.Txt` too), by name;
    with `only`, just those of these names that are there (a refresh of named files
    need not list a folder of 100,000).

    Symlinks that lead outside the folder are not followed (a link must not
    pull arbitrary files of the machine into the warehouse); sub-folders are
    not descended into. A folder that cannot be read raises
    `InputFolderUnusable`: an unmounted disk must not look like "every file
    was deleted".
    """
    found: dict[str, FileStat] = {}
    if not folder.is_dir():
        raise InputFolderUnusable(
            f"the input folder {folder} (SEEDS_DIR) does not exist or is not a folder: nothing was changed or "
            "published. Mount or create it, or point SEEDS_DIR at the folder of article files.")
    if not os.access(folder, os.R_OK | os.X_OK):
        raise InputFolderUnusable(
            f"the input folder {folder} (SEEDS_DIR) cannot be read by this user: nothing was changed or "
            "published. Give the user read access (chmod u+rx) or point SEEDS_DIR elsewhere.")
    root = folder.resolve()
    paths = folder.iterdir() if only is None else (folder / name for name in sorted(only) if "/" not in name)
    for path in paths:
        if path.suffix.lower() != ARTICLE_SUFFIX:
            continue
        if path.is_symlink() and root not in path.resolve().parents:
            continue
        if not path.is_file():  # (a named file gone: not there)
            continue
        st = path.stat()
        name, problem = path.name, None
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are no UTF-8 in the name: shown with U+FFFD
            name = os.fsencode(path.name).decode("utf-8", "replace")
            problem = ("the file name is not valid UTF-8 text: rename the file (e.g. with convmv or a file "
                       "manager) so its name is UTF-8; the other files were processed")
        found[name] = FileStat(name, path, st.st_size, st.st_mtime_ns, problem, st.st_ctime_ns)
    return dict(sorted(found.items()))


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_article(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise UnreadableFile.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as declared.
    Otherwise UTF-8 is tried; a UTF-8 file with a few corrupt bytes keeps its
    text (the bad bytes become U+FFFD) rather than being misread as another
    encoding; then GB18030 (a superset of GBK/GB2312, what Chinese Windows
    tools save by default). An HTML page is reduced to its visible text.
    """
    if not data:
        raise UnreadableFile("empty file (0 bytes)")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    else:
        if any(b in _BINARY_BYTES for b in data[:4096]):
            raise UnreadableFile("binary content (control bytes such as NUL): not a text file")
        text, encoding = _utf8_or_gb18030(data)
    if text is None:
        raise UnreadableFile(f"not valid {encoding} text")
    if html.looks_like_html(text):
        text, encoding = html.visible_text(text), f"{encoding}+html"
    if not text.strip():
        raise UnreadableFile("no text: the file holds only whitespace" if "html" not in encoding
                             else "no text: an HTML page with no visible text")
    return text, encoding


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# A few corrupt bytes in an otherwise valid UTF-8 file: keep it as UTF-8.
_MAX_BAD_UTF8_SHARE = 0.001


def _utf8_or_gb18030(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(3, _MAX_BAD_UTF8_SHARE * len(data)):
        return lenient, "utf-8+replaced"
    text = _strict(data, "gb18030")
    if text is not None:
        return text, "gb18030"
    raise UnreadableFile(f"neither UTF-8 nor GB18030 text: invalid UTF-8 byte at offset {first_bad}")


def read_article(stat: FileStat, max_bytes: int | None = None) -> DecodedFile:
    """Read, hash and decode one file. Raises UnreadableFile (with the hash
    available as `exc.content_hash`) when the bytes are not article text or
    the file is over `max_bytes`."""
    if max_bytes is not None and stat.size_bytes > max_bytes:
        raise UnreadableFile(
            f"file too large: {stat.size_bytes / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit "
            "for one article file (MAX_FILE_MB)"
        )
    data = stat.path.read_bytes()
    digest = content_hash(data)
    try:
        text, encoding = decode_article(data)
    except UnreadableFile as exc:
        exc.content_hash = digest  # type: ignore[attr-defined]
        raise
    return DecodedFile(stat, digest, encoding, text)


def fingerprint(stat: FileStat) -> list[int]:
    """Cheap change marker used by the sensor cursor (no file read). The ctime
    is in it because an edit can keep size and mtime (`cp -p`, `rsync -t`)."""
    return [stat.size_bytes, stat.mtime_ns, stat.ctime_ns]


def stat_version(stat: FileStat) -> str:
    """The same marker as text, as the inventory records it in the processing ledger."""
    return ":".join(map(str, fingerprint(stat)))


def _same_fingerprint(previous: list[int] | None, current: list[int]) -> bool:
    # a cursor written before the ctime was recorded holds [size, mtime] only
    return previous is not None and previous == current[: len(previous)] and len(previous) >= 2


def is_settled(stat: FileStat, now_ns: int | None = None, quiet_seconds: float = 2.0) -> bool:
    """True when the file has not been modified for `quiet_seconds`: a file
    still being written is left for the next look.

    A modification time further in the future than that was set, not written
    (`touch -d`, `rsync -t` from a machine whose clock runs ahead, an unzipped
    archive): the file is whole. Waiting for that time to pass would leave it
    out until then, however long."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    age = now_ns - stat.mtime_ns
    return age >= quiet_seconds * 1e9 or age < -quiet_seconds * 1e9


@dataclass(frozen=True)
class FolderChanges:
    """What changed in the folder since the last look, and the new cursor."""

    changed: list[str]  # new or modified, settled files
    removed: list[str]
    cursor: dict[str, list[int]]

    @property
    def names(self) -> list[str]:
        return sorted(self.changed + self.removed)


def diff_folder(
    previous: dict[str, list[int]], current: dict[str, FileStat], now_ns: int | None = None
) -> FolderChanges:
    """Compare a folder listing with the fingerprints of the last look.

    A file still being written (modified within the quiet period) is left out
    of both the changes and the new cursor, so it is picked up, whole, later.
    """
    changed, cursor = [], {}
    for name, stat in current.items():
        if not is_settled(stat, now_ns):
            if name in previous:
                cursor[name] = previous[name]
            continue
        cursor[name] = fingerprint(stat)
        if not _same_fingerprint(previous.get(name), cursor[name]):
            changed.append(name)
    removed = sorted(name for name in previous if name not in current)
    return FolderChanges(sorted(changed), removed, cursor)
