"""Writing files so that a crash, a kill or a full disk never leaves a torn one, and reading
reader's own files (caches, package metadata) so that a FIFO or a huge file never hangs it."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path


def write_atomic(
    path: Path, data: bytes, *, prefix: str | None = None, suffix: str = ".tmp", sync: bool = True
) -> None:
    """Replace `path` with `data`: temp file in the same directory, fsync, os.replace.

    Raises OSError; on failure the old file is untouched and no temp file is left behind.
    `sync=False` skips the fsyncs for caches, where losing the newest entry is harmless.
    """
    directory = path.parent
    fd, tmp = tempfile.mkstemp(
        prefix=prefix if prefix is not None else f".{path.name}.", suffix=suffix, dir=directory
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-save must not leave a temp file.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sync:
        fsync_dir(directory)


def fsync_dir(directory: Path) -> None:
    """Make a rename durable; some file systems refuse, and the data is safe anyway."""
    _fsync(directory, os.O_RDONLY | os.O_DIRECTORY)


def fsync_file(path: Path) -> None:
    """Make a file written with `sync=False` durable; gone or refused is nothing to do."""
    _fsync(path, os.O_RDONLY)


def _fsync(path: Path, flags: int) -> None:
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_regular(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of a regular file; a FIFO or device is refused, never waited on.

    Raises OSError (EINVAL for what is not a regular file).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return handle.read(limit)


def tree_size(path: Path) -> int:
    """Bytes in the files under `path`; a link counts as itself, never as what it points to."""
    try:
        if path.is_symlink() or not path.is_dir():
            return path.lstat().st_size
    except OSError:
        return 0
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(folder, name)).st_size
    return total


def remove_tree(path: Path) -> int | None:
    """Delete a file, a link or a folder tree, never following a link; the bytes freed.

    None when it could not be removed (what could be is gone).
    """
    size = tree_size(path)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()
    return None if os.path.lexists(path) else size
