"""Writing files so that a crash, a kill or a full disk never leaves a torn one."""

from __future__ import annotations

import contextlib
import os
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
