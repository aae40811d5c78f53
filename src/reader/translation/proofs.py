"""Models reader did not install itself are proven once, before reader loads them.

A package copied into the packages folder by hand, by argospm or by a reader older than the
proof never went through `models.prove`; loaded in reader's own process it could crash it
natively, hang it or fill the machine's memory. The first time such a package is to be loaded
it is proven in a child process as an install is, and the outcome is remembered by the content
of its files: the same files are never proven twice, changed files are proven again. Reading
66 MB to know the content costs about 0.1 s, so each folder's file sizes, times and inodes are
remembered too, and while they are unchanged the content is not read again (as git's index).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from reader import paths
from reader.fileio import read_regular, write_atomic
from reader.text import one_line
from reader.translation.errors import (
    DownloadCancelled,
    InvalidPackage,
    ModelLoadError,
    ProofTimedOut,
)
from reader.translation.packages import PackageInfo

log = logging.getLogger("reader")

PROOFS_FILE = "model-proofs.json"
# Outcomes kept (oldest dropped first): a user has one or two models; this is years of updates.
MAX_ENTRIES = 64
MAX_FILE_BYTES = 256 * 1024
# As for an archive (models.MAX_PACKAGE_BYTES): a folder larger than this is not read at all.
MAX_FOLDER_BYTES = 2 * 1024 * 1024 * 1024
MAX_FILES = 10_000
_CHUNK = 1024 * 1024
_lock = threading.Lock()


class _TooLarge(Exception):
    pass


def _files(folder: Path) -> list[tuple[str, os.stat_result]]:
    """(relative path, stat) of every entry under `folder`, sorted.

    A link to a regular file counts as that file (CTranslate2 reads through it, and its target
    can change while the link does not); any other link as itself, never followed.
    """
    found = []
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = os.path.join(root, name)
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                with contextlib.suppress(OSError):
                    target = os.stat(path)
                    if stat.S_ISREG(target.st_mode):
                        info = target
            found.append((os.path.relpath(path, folder), info))
            if len(found) > MAX_FILES:
                raise _TooLarge(f"it holds more than {MAX_FILES} files")
    found.sort(key=lambda entry: entry[0])
    return found


def _signature(entries: list[tuple[str, os.stat_result]]) -> str:
    digest = hashlib.sha256()
    for name, info in entries:
        digest.update(f"{name}\0{info.st_mode}\0{info.st_size}\0{info.st_mtime_ns}\0"
                      f"{info.st_ino}\0{info.st_dev}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _content(folder: Path, entries: list[tuple[str, os.stat_result]]) -> str:
    """sha256 over every file's name and bytes; a link or a FIFO counts by its kind, unread."""
    total = sum(info.st_size for _name, info in entries if stat.S_ISREG(info.st_mode))
    if total > MAX_FOLDER_BYTES:
        raise _TooLarge(f"its files hold {total // 2**20} MB, more than the "
                        f"{MAX_FOLDER_BYTES // 2**20} MB a package may")
    digest = hashlib.sha256()
    for name, info in entries:
        digest.update(f"{name}\0{stat.S_IFMT(info.st_mode)}\0".encode("utf-8", "surrogateescape"))
        if stat.S_ISLNK(info.st_mode):
            digest.update(os.readlink(folder / name).encode("utf-8", "surrogateescape"))
        elif stat.S_ISREG(info.st_mode):
            fd = os.open(folder / name, os.O_RDONLY | os.O_NONBLOCK)
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise OSError(errno.EINVAL, "not a regular file")
                while block := handle.read(_CHUNK):
                    digest.update(block)
        digest.update(b"\n")
    return digest.hexdigest()


def _path() -> Path:
    return paths.state_dir() / PROOFS_FILE


def _load() -> dict:
    """{"proofs": {content: problem or None}, "seen": {signature: content}}; damaged is empty."""
    try:
        record = json.loads(read_regular(_path(), MAX_FILE_BYTES).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        record = None
    if not isinstance(record, dict):
        record = {}
    result = {}
    for key in ("proofs", "seen"):
        value = record.get(key)
        result[key] = value if isinstance(value, dict) else {}
    return result


def _save(record: dict) -> None:
    for key in ("proofs", "seen"):
        items = list(record[key].items())[-MAX_ENTRIES:]
        record[key] = dict(items)
    try:
        _path().parent.mkdir(parents=True, exist_ok=True)
        write_atomic(_path(), json.dumps(record).encode("utf-8"), sync=False)
    except OSError:
        # Not remembered: the package is proven again next time, which costs time only.
        log.info("cannot write %s", _path(), exc_info=True)


def _identify(folder: Path, record: dict) -> tuple[str, str]:
    """(signature, content key) of the folder; the content is read only for a new signature."""
    entries = _files(folder)
    signature = _signature(entries)
    content = record["seen"].get(signature)
    if not isinstance(content, str):
        content = _content(folder, entries)
    return signature, content


def _remember(record: dict, signature: str, content: str, problem: str | None) -> None:
    record["proofs"].pop(content, None)
    record["proofs"][content] = problem
    record["seen"].pop(signature, None)
    record["seen"][signature] = content
    _save(record)


def remember_proven(folder: Path) -> None:
    """Record that the package at `folder` was proven (called by an install, after the proof)."""
    with _lock:
        record = _load()
        try:
            signature, content = _identify(folder, record)
        except (OSError, _TooLarge):
            return
        _remember(record, signature, content, None)


def ensure_proven(package: PackageInfo, cancelled: Callable[[], bool] | None = None) -> None:
    """Prove `package` unless its files were proven before; ModelLoadError if it fails.

    Slow the first time for a package reader did not install (a child process loads it):
    call it from a worker thread, as loading the model is.
    """
    from reader.translation import models

    name = one_line(package.name, 80)
    advice = f"Remove it with: reader models remove {package.from_code} {package.to_code}"
    with _lock:
        record = _load()
        try:
            signature, content = _identify(package.path, record)
        except _TooLarge as error:
            raise ModelLoadError(f"Cannot use model {name}: {error}. {advice}.") from None
        except OSError as error:
            raise ModelLoadError(
                f"Cannot read model {name}: {one_line(error.strerror or error, 120)}."
            ) from None
        if content in record["proofs"]:
            problem = record["proofs"][content]
            if problem is None:
                if record["seen"].get(signature) != content:
                    _remember(record, signature, content, None)
                return
        else:
            log.warning("proving model %s, which reader did not install", package.path)
            try:
                models.prove(package.path, models.PROVE_TIMEOUT, cancelled)
                problem = None
            except DownloadCancelled:
                raise
            except ProofTimedOut as error:
                # A busy machine can be slow once: not remembered, tried again next time.
                problem = str(error)
            except InvalidPackage as error:
                problem = str(error)
                _remember(record, signature, content, problem)
            else:
                _remember(record, signature, content, None)
    if problem is not None:
        raise ModelLoadError(f"Cannot use model {name}: {one_line(problem, 240)} {advice}.")


def proof_state(package: PackageInfo) -> str | None:
    """What `reader models list` says of a package's proof: None when it passed (files as they
    were), "not proven yet", or why it failed. Reads no file's content."""
    with _lock:
        record = _load()
    try:
        signature = _signature(_files(package.path))
    except (OSError, _TooLarge):
        return "not proven yet"
    content = record["seen"].get(signature)
    if not isinstance(content, str) or content not in record["proofs"]:
        return "not proven yet"
    problem = record["proofs"][content]
    return None if problem is None else f"failed its proof: {one_line(problem, 200)}"
