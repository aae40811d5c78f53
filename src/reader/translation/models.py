"""Model management: the Argos package index, downloads, proven installs, removal.

argostranslate's own index update has no timeout (and retries by recursion), its download
keeps the whole file in memory, and its install extracts whatever the zip holds straight
into the package dir. Here the network has deadlines rather than per-read timeouts (a server
dripping a byte a second beats those), a download goes to a `.part` file renamed when
complete, and an install is stage → validate → prove → swap: the archive is checked, unpacked
into a staging folder named by reader, the model is loaded and made to translate a sentence
in a separate process with a deadline, and only then does it replace the installed one.
A failed install leaves the previous model exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import logging
import os
import re
import shutil
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import __version__
from reader.fileio import remove_tree
from reader.redirects import redirect_allowed
from reader.text import one_line
from reader.translation.errors import (
    DownloadCancelled,
    DownloadError,
    IndexError_,
    InvalidPackage,
    ProofTimedOut,
    TranslationError,
)
from reader.translation.packages import (
    MAX_METADATA_BYTES,
    METADATA,
    MODEL_DIR,
    TOKENIZER,
    PackageInfo,
    installed_packages,
    metadata_problem,
    read_package,
    version_key,
)
from reader.translation.proofs import remember_proven
from reader.translation.prove import OUT_OF_MEMORY
from reader.translation.settings import clear_argos_caches, downloads_dir, packages_dir

log = logging.getLogger("reader")

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
# The whole index fetch, connection to last byte.
INDEX_TIMEOUT = 15.0
# A package download: connection and headers within this, and no read waits longer.
DOWNLOAD_TIMEOUT = 30.0
# Below this many bytes a second over THROUGHPUT_WINDOW seconds, a download is given up.
MIN_THROUGHPUT = 10 * 1024
THROUGHPUT_WINDOW = 30.0
# Loading the model and translating one sentence, in a separate process.
PROVE_TIMEOUT = 120.0
# Its address-space ceiling. A model of the real fr→en shape (66 MB, int8) proves in 296 MB of
# address space (128 MB resident; benchmarks/prove_memory.py); this leaves seven times that, and
# a hostile model cannot take the machine's memory.
PROVE_MEMORY_MB = 2048
MAX_INDEX_BYTES = 8 * 1024 * 1024
MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024
MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 10_000
# zipfile builds an entry for every record of the central directory before the member count
# can be checked, and reads it by its size, whatever count the end record gives.
MAX_DIRECTORY_BYTES = 2 * 1024 * 1024
# Each link has its own deadline: an index entry with a thousand dead links would hang.
MAX_LINKS = 3
MAX_REDIRECTS = 5
# Staging folders and partial downloads older than this belong to a killed run.
LEFTOVER_AGE = 3600.0
CHUNK = 256 * 1024
# Argos's own index has no checksum today; an entry that carries one is verified.
_CHECKSUM_KEYS = ("sha256", "checksum")
_SHA256 = re.compile(r"(?:sha256:)?([0-9a-fA-F]{64})")
_SUPPORTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                          zipfile.ZIP_LZMA)
_USER_AGENT = f"reader/{__version__}"
_NETWORK_ERRORS = (
    http.client.HTTPException,
    OSError,  # socket errors, timeouts, connection resets
)


@dataclass(frozen=True, slots=True)
class AvailablePackage:
    """A package the index offers."""

    from_code: str
    to_code: str
    version: str
    links: tuple[str, ...]
    from_name: str = ""
    to_name: str = ""
    sha256: str | None = None
    # Links may be file: addresses only when the index itself is a local file the user named.
    local: bool = False

    @property
    def name(self) -> str:
        return f"translate-{self.from_code}_{self.to_code}"

    @property
    def label(self) -> str:
        return f"{self.from_code}→{self.to_code} {self.version}".strip()


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    """Where a download is: bytes so far, total if the server said, bytes per second."""

    done: int
    total: int | None
    speed: float

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


ProgressCallback = Callable[[DownloadProgress], None]


def supported_pair(from_code: str, to_code: str) -> None:
    """reader translates French into English only: any other pair is refused, offline."""
    if (from_code, to_code) != ("fr", "en"):
        raise TranslationError(
            f"Only French→English (fr en) is supported, not {one_line(from_code, 20)}→"
            f"{one_line(to_code, 20)}."
        )


# Network: one guarded GET.


class _Guard:
    """Watches a transfer from a second thread and cuts its socket when it must stop.

    A blocked read cannot look at a clock or a cancel flag; shutting the socket down wakes
    it at once. Stops for: the overall deadline, the user cancelling, or throughput under
    the floor over a window (which also catches a server that stops sending at all).
    """

    def __init__(
        self,
        deadline: float | None,
        cancelled: Callable[[], bool] | None,
        min_rate: float | None = None,
        window: float = THROUGHPUT_WINDOW,
    ) -> None:
        self.deadline = deadline
        self.cancelled = cancelled
        self.min_rate = min_rate
        self.window = window
        self.done = 0
        self.reason: str | None = None
        self._sockets: list[socket.socket] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._watch, name="reader-download-guard",
                                        daemon=True)

    def __enter__(self) -> _Guard:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(1)

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.reason is not None:
                self._cut()

    def check(self) -> None:
        """Raise if the guard stopped the transfer (called after every read)."""
        if self.reason == "cancelled":
            raise DownloadCancelled()
        if self.reason is not None:
            raise _Stopped(self.reason)

    def _watch(self) -> None:
        checkpoint = (time.monotonic(), 0)
        while not self._stop.wait(0.05):
            now = time.monotonic()
            reason = None
            if self.cancelled is not None and self.cancelled():
                reason = "cancelled"
            elif self.deadline is not None and now > self.deadline:
                reason = "timed out"
            elif self.min_rate is not None and now - checkpoint[0] >= self.window:
                if self.done - checkpoint[1] < self.min_rate * self.window:
                    reason = (f"too slow (under {self.min_rate / 1024:.0f} KB/s for "
                              f"{self.window:.0f} s)")
                checkpoint = (now, self.done)
            if reason is not None:
                with self._lock:
                    self.reason = reason
                    self._cut()
                return

    def _cut(self) -> None:
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Stopped(Exception):
    """The guard cut the transfer: the reason is the message."""


class _Refused(Exception):
    """An address reader will not follow (scheme, host, not a regular file)."""


def _allowed(url: str, allow_file: bool) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname:
        return parts
    if parts.scheme == "file" and allow_file:
        return parts
    raise _Refused(f"not an http(s) address: {one_line(url, 120)}")


class _FileBody:
    """A local regular file read like a response body (file: index entries)."""

    def __init__(self, path: str) -> None:
        # O_NONBLOCK: opening a FIFO must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise _Refused(f"{one_line(path, 120)} is not a regular file")
        except BaseException:
            os.close(fd)
            raise
        self.handle = os.fdopen(fd, "rb")
        self.length: int | None = info.st_size

    def read1(self, size: int) -> bytes:
        return self.handle.read(size)

    def close(self) -> None:
        self.handle.close()


@contextlib.contextmanager
def _get(
    url: str, guard: _Guard, timeout: float, *, allow_file: bool = False
) -> Iterator[tuple[object, int | None]]:
    """GET `url`: (body with read1, Content-Length or None); redirects checked one by one."""
    parts = _allowed(url, allow_file)
    if parts.scheme == "file":
        body = _FileBody(urllib.parse.unquote(parts.path))
        try:
            yield body, body.length
        finally:
            body.close()
        return
    for _hop in range(MAX_REDIRECTS + 1):
        https = parts.scheme == "https"
        kind = http.client.HTTPSConnection if https else http.client.HTTPConnection
        connection = kind(parts.hostname, parts.port, timeout=timeout)
        try:
            connection.connect()
            guard.watch(connection.sock)
            target = parts.path or "/"
            if parts.query:
                target += "?" + parts.query
            connection.request("GET", target, headers={
                "User-Agent": _USER_AGENT, "Accept-Encoding": "identity", "Connection": "close",
            })
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location") or ""
                new = urllib.parse.urlsplit(urllib.parse.urljoin(parts.geturl(), location))
                if not redirect_allowed(parts, new, http_elsewhere=False):
                    raise _Refused(f"redirected to {one_line(new.geturl(), 120)}, not followed")
                parts = new
                continue
            if response.status != 200:
                raise _Refused(f"HTTP {response.status} {one_line(response.reason, 80)}".strip())
            length = response.getheader("Content-Length") or ""
            # "²" is a digit to isdigit() but not to int(); 19 digits or more is no real size.
            ok = length.isascii() and length.isdigit() and len(length) < 19
            yield response, int(length) if ok else None
            return
        finally:
            connection.close()
    raise _Refused("too many redirects")


def _reason(error: BaseException) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(error, _Refused | _Stopped):
        return str(error)
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return one_line(text, 200)


# Index.


def index_base() -> str:
    """The package index address: ARGOS_PACKAGE_INDEX (ends with `/`) or Argos's default."""
    base = os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    return base if base.endswith("/") else base + "/"


def _is_local(url: str) -> bool:
    return urllib.parse.urlsplit(url).scheme == "file"


def fetch_index(
    base: str | None = None,
    timeout: float = INDEX_TIMEOUT,
    cancelled: Callable[[], bool] | None = None,
) -> list[AvailablePackage]:
    """Read the package index; raise IndexError_ within about `timeout` seconds on any failure."""
    url = (base or index_base()) + "index.json"
    shown = one_line(url, 200)
    started = time.monotonic()
    try:
        with _Guard(started + timeout, cancelled) as guard, \
                _get(url, guard, timeout, allow_file=_is_local(url)) as (response, _length):
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read1(64 * 1024)
                guard.check()
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_INDEX_BYTES:
                    raise IndexError_(f"The package index at {shown} is too large to be an index.")
                chunks.append(chunk)
    except (*_NETWORK_ERRORS, ValueError, _Refused, _Stopped) as error:
        # A read the guard cut shows as a reset or an incomplete read: its reason wins.
        if guard.reason == "cancelled":
            raise DownloadCancelled() from None
        if guard.reason is not None:
            raise IndexError_(
                f"Cannot reach the package index at {shown}: timed out after {timeout:g} s."
            ) from None
        raise IndexError_(f"Cannot reach the package index at {shown}: {_reason(error)}.") from None
    return parse_index(b"".join(chunks), url)


def parse_index(data: bytes, url: str = "index.json") -> list[AvailablePackage]:
    """Translation packages listed in an index.json; raise IndexError_ if it is not one."""
    shown = one_line(url, 200)
    try:
        entries = json.loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IndexError_(f"The package index at {shown} is not valid JSON.") from None
    if not isinstance(entries, list):
        raise IndexError_(f"The package index at {shown} is not a list of packages.")
    local = _is_local(url)
    found = []
    for entry in entries:
        if metadata_problem(entry) is not None:
            continue
        links = entry.get("links")
        if not isinstance(links, list):
            continue
        links = tuple(
            link for link in links
            if isinstance(link, str) and _link_ok(link, local)
        )
        if not links:
            continue
        found.append(
            AvailablePackage(
                from_code=entry["from_code"],
                to_code=entry["to_code"],
                version=str(entry.get("package_version") or ""),
                links=links,
                from_name=one_line(entry.get("from_name") or "", 64),
                to_name=one_line(entry.get("to_name") or "", 64),
                sha256=_checksum(entry),
                local=local,
            )
        )
    return found


def _link_ok(link: str, local: bool) -> bool:
    try:
        _allowed(link, local)
    except (_Refused, ValueError):
        return False
    return True


def _checksum(entry: dict) -> str | None:
    for key in _CHECKSUM_KEYS:
        value = entry.get(key)
        if isinstance(value, str):
            match = _SHA256.fullmatch(value.strip())
            if match:
                return match.group(1).lower()
    return None


def find_available(
    from_code: str, to_code: str, packages: Sequence[AvailablePackage]
) -> AvailablePackage | None:
    matching = [p for p in packages if p.from_code == from_code and p.to_code == to_code]
    return max(matching, key=lambda p: version_key(p.version), default=None)


# Download.


def _file_name(url: str) -> str:
    name = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path)).name
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".")[:100]
    return name or "package.argosmodel"


def download(
    links: str | Sequence[str],
    dest: Path | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = DOWNLOAD_TIMEOUT,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    min_rate: float = MIN_THROUGHPUT,
    window: float = THROUGHPUT_WINDOW,
    sha256: str | None = None,
    allow_file: bool = False,
) -> Path:
    """Download to `dest` (via `dest.part`); tries each link in turn. Returns `dest`.

    Raises DownloadCancelled or DownloadError; no partial file is ever left behind.
    """
    urls = [links] if isinstance(links, str) else list(links)[:MAX_LINKS]
    if not urls:
        raise DownloadError("The package has no download address.")
    errors = []
    for url in urls:
        target = dest or downloads_dir() / _file_name(url)
        try:
            return _download_one(url, target, progress, cancelled, timeout, max_bytes, min_rate,
                                 window, sha256, allow_file)
        except DownloadError as error:
            errors.append(str(error))
    raise DownloadError(" ".join(errors))


def _download_one(
    url: str,
    dest: Path,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
    timeout: float,
    max_bytes: int,
    min_rate: float,
    window: float,
    sha256: str | None,
    allow_file: bool,
) -> Path:
    shown = one_line(url, 200)
    part = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(f"Cannot write to {dest.parent}: {_reason(error)}.") from None
    # A .part left by an earlier run may be stale or from another file: never reuse it.
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    done = 0
    total: int | None = None
    digest = hashlib.sha256()
    started = time.monotonic()
    guard = _Guard(started + timeout, cancelled, min_rate, window)
    try:
        with guard, _get(url, guard, timeout, allow_file=allow_file) as (response, total), \
                open(part, "wb") as handle:
            _lock(handle.fileno())
            # Headers are in: from here the throughput floor, not the deadline, bounds it.
            guard.deadline = None
            if total is not None and total > max_bytes:
                raise DownloadError(f"{shown} is too large ({total} bytes).")
            last_report = 0.0
            while True:
                if cancelled is not None and cancelled():
                    raise DownloadCancelled()
                chunk = response.read1(CHUNK)
                guard.check()
                if not chunk:
                    break
                handle.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                guard.done = done
                if done > max_bytes:
                    raise DownloadError(f"{shown} is larger than {max_bytes} bytes.")
                if total is not None and done > total:
                    raise DownloadError(f"{shown} sent more than the {total} bytes it announced.")
                now = time.monotonic()
                if progress is not None and now - last_report >= 0.1:
                    last_report = now
                    progress(DownloadProgress(done, total, done / max(now - started, 1e-6)))
            if total is not None and done < total:
                raise DownloadError(
                    f"Download of {shown} stopped after {done} of {total} bytes."
                )
            if sha256 is not None and digest.hexdigest() != sha256:
                raise DownloadError(
                    f"Download of {shown} does not match the checksum the index gives."
                )
            handle.flush()
            os.fsync(handle.fileno())
            if progress is not None:
                elapsed = max(time.monotonic() - started, 1e-6)
                progress(DownloadProgress(done, total if total is not None else done,
                                          done / elapsed))
        os.replace(part, dest)
        return dest
    except http.client.IncompleteRead:
        _remove(part)
        if guard.reason is not None:
            raise _stopped_error(guard, shown) from None
        raise DownloadError(
            f"Download of {shown} stopped after {done} of {total or '?'} bytes."
        ) from None
    except (*_NETWORK_ERRORS, ValueError, _Refused, _Stopped) as error:
        _remove(part)
        if guard.reason is not None:
            raise _stopped_error(guard, shown) from None
        raise DownloadError(f"Cannot download {shown}: {_reason(error)}.") from None
    except BaseException:  # cancelled, refused, interrupted: never a partial file left
        _remove(part)
        raise


def _stopped_error(guard: _Guard, shown: str) -> TranslationError:
    if guard.reason == "cancelled":
        return DownloadCancelled()
    return DownloadError(f"Cannot download {shown}: {guard.reason}.")


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _lock(fd: int) -> None:
    """Mark a staging folder or a .part file as in use by this process (until fd is closed)."""
    with contextlib.suppress(OSError, ImportError):
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _in_use(lock: Path) -> bool | None:
    """Whether a running install holds `lock`; None when there is no lock to look at."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(lock, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def cleanup_leftovers(max_age: float = LEFTOVER_AGE) -> int:
    """Remove what killed runs left (staging and trash folders, downloads); bytes freed.

    A staging folder or a download is left alone while the install that made it runs (it
    holds a lock on it); without a lock to look at, only when older than `max_age`. A model
    an install had moved aside when it was killed is put back first if nothing replaced it.
    """
    now = time.time()
    freed = 0
    root = packages_dir()
    for folder in (root, downloads_dir()):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".staging-"):
                lock = entry / ".lock"
            elif name.endswith((".part", ".argosmodel")) and folder != root:
                lock = entry
            elif name.startswith(".trash-") and folder == root:
                lock = None  # what `remove` was deleting: finish the job
            else:
                continue
            try:
                old = now - entry.lstat().st_mtime >= max_age
            except OSError:
                continue
            busy = _in_use(lock) if lock is not None else False
            if busy or (busy is None and not old):
                continue
            if name.startswith(".staging-"):
                _restore_moved(entry, root)
            size = remove_tree(entry)
            if size is not None:
                freed += size
                log.info("removed leftover %s (%d bytes)", entry, size)
    return freed


def _restore_moved(staging: Path, root: Path) -> None:
    for moved in staging.glob(".old-*"):
        origin = root / moved.name[len(".old-"):]
        if not os.path.lexists(origin):
            with contextlib.suppress(OSError):
                os.rename(moved, origin)
                log.warning("put back %s, moved aside by an interrupted install", origin)


# Validation and install.


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    shown = one_line(repr(name), 120)
    if "\\" in name or "\0" in name:
        return f"member {shown} has a suspicious name"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return f"member {shown} has an absolute path"
    if ".." in name.split("/"):
        return f"member {shown} points outside the package"
    mode = (info.external_attr >> 16) & 0o170000
    if mode == 0o120000:
        return f"member {shown} is a symbolic link"
    if mode not in (0, 0o100000, 0o040000):
        return f"member {shown} is not a regular file"
    if info.compress_type not in _SUPPORTED_COMPRESSION:
        return f"member {shown} uses an unsupported compression method ({info.compress_type})"
    if info.flag_bits & 0x1:
        return f"member {shown} is encrypted"
    return None


_END_RECORD = struct.Struct("<4s4H2LH")


def _directory_too_large(path: Path) -> bool:
    """Whether the end record announces more members, or a larger directory, than allowed.

    Found as zipfile finds it, the last signature in the tail. Zip64 markers (0xFFFF,
    0xFFFFFFFF) mean more than 65,535 members or 4 GB, which is too large as well.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - _END_RECORD.size - 0xFFFF))
        tail = handle.read()
    start = tail.rfind(b"PK\x05\x06")
    if start < 0 or len(tail) - start < _END_RECORD.size:
        return False  # zipfile will say what is wrong
    _sig, _disk, _cd_disk, here, total, directory, _offset, _comment = _END_RECORD.unpack_from(
        tail, start
    )
    return max(here, total) > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES


def validate_archive(path: Path, max_bytes: int = MAX_PACKAGE_BYTES) -> tuple[str, dict]:
    """Check an .argosmodel before install: (top folder, metadata), or InvalidPackage."""
    where = one_line(Path(path).name, 120)
    try:
        if not zipfile.is_zipfile(path):
            raise InvalidPackage(f"{where} is not an Argos package (not a zip archive).")
        if _directory_too_large(path):
            raise InvalidPackage(f"{where} holds too many files.")
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if not infos:
                raise InvalidPackage(f"{where} is empty.")
            if len(infos) > MAX_MEMBERS:
                raise InvalidPackage(f"{where} holds too many files ({len(infos)}).")
            tops = set()
            total = 0
            for info in infos:
                problem = _member_problem(info)
                if problem:
                    raise InvalidPackage(f"{where}: {problem}.")
                parts = info.filename.split("/")
                tops.add(parts[0])
                if len(parts) == 1 and not info.is_dir():
                    tops.add("")  # a file at the root: not inside the one folder
                total += info.file_size
            if len(tops) != 1 or "" in tops or next(iter(tops)) in (".", ""):
                raise InvalidPackage(f"{where} must hold exactly one top folder.")
            if total > max_bytes:
                raise InvalidPackage(
                    f"{where} unpacks to {total} bytes, more than the {max_bytes} allowed."
                )
            top = next(iter(tops))
            names = {info.filename: info for info in infos}
            meta_info = names.get(f"{top}/{METADATA}")
            if meta_info is None:
                raise InvalidPackage(f"{where} has no {METADATA}.")
            if meta_info.file_size > MAX_METADATA_BYTES:
                raise InvalidPackage(f"{where}: {METADATA} is larger than 1 MB.")
            try:
                with archive.open(meta_info) as handle:
                    raw = handle.read(MAX_METADATA_BYTES + 1)
                metadata = json.loads(raw[:MAX_METADATA_BYTES])
            except (UnicodeDecodeError, ValueError, RecursionError):
                raise InvalidPackage(f"{where}: {METADATA} is not valid JSON.") from None
            problem = metadata_problem(metadata)
            if problem:
                raise InvalidPackage(f"{where}: {problem}.")
            if f"{top}/{MODEL_DIR}/model.bin" not in names:
                raise InvalidPackage(f"{where} has no {MODEL_DIR}/ folder with model.bin.")
            if f"{top}/{TOKENIZER}" not in names:
                raise InvalidPackage(f"{where} has no {TOKENIZER}.")
            return top, metadata
    except InvalidPackage:
        raise
    except UnicodeDecodeError:
        raise InvalidPackage(f"{where} has a member name that is not valid UTF-8.") from None
    except Exception as error:  # a hostile archive can raise anything from zipfile
        log.info("cannot read %s", path, exc_info=True)
        raise InvalidPackage(f"{where} cannot be read: {_reason(error)}.") from None


def folder_name(metadata: dict) -> str:
    """The folder a package is installed into, chosen by reader from checked metadata."""
    version = str(metadata.get("package_version") or "0").replace(".", "_")
    return f"translate-{metadata['from_code']}_{metadata['to_code']}-{version}"


def _extract(
    path: Path, top: str, target: Path, cancelled: Callable[[], bool] | None
) -> None:
    """Unpack the archive's one folder into `target`, member by member, sizes bounded."""
    where = one_line(path.name, 120)
    try:
        with zipfile.ZipFile(path) as archive:
            target.mkdir()
            for info in archive.infolist():
                if cancelled is not None and cancelled():
                    raise DownloadCancelled()
                relative = info.filename[len(top) + 1 :].rstrip("/")
                if not relative:
                    continue
                dest = target.joinpath(*relative.split("/"))
                if info.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source, open(dest, "xb") as out:
                    left = info.file_size
                    while True:
                        block = source.read(min(CHUNK, left + 1))
                        if not block:
                            break
                        left -= len(block)
                        if left < 0:
                            raise InvalidPackage(f"{where}: a member is larger than it says.")
                        out.write(block)
    except (InvalidPackage, DownloadCancelled):
        raise
    except OSError as error:
        if isinstance(error, FileExistsError):
            raise InvalidPackage(f"{where} holds the same member twice.") from None
        raise TranslationError(f"Cannot unpack {where}: {_reason(error)}.") from None
    except Exception as error:  # CRC, zlib, bz2, lzma errors and more
        # A damaged download is never installed.
        log.info("cannot unpack %s", path, exc_info=True)
        raise InvalidPackage(f"{where} cannot be unpacked: {_reason(error)}.") from None


PROVE_SENTENCE = "Bonjour, le chat dort."
# -P: `-m` would put the current folder first on sys.path, and a ctranslate2.py left in the
# user's Downloads would run in place of the real one.
PROVE_COMMAND = [sys.executable, "-P", "-m", "reader.translation.prove"]


def prove(
    folder: Path,
    timeout: float = PROVE_TIMEOUT,
    cancelled: Callable[[], bool] | None = None,
    memory_mb: float = PROVE_MEMORY_MB,
) -> None:
    """Load the package at `folder` and translate a sentence, in a child process.

    A damaged model can crash CTranslate2 natively, loop, or allocate without bound; in a
    child process with a time limit and a memory ceiling that costs the child only. Raises
    InvalidPackage (with the child's last line) if it does not work.
    """
    command = [*PROVE_COMMAND, str(folder), f"{timeout:g}", f"{memory_mb:g}"]
    # One thread each: every thread's stack and malloc arena count against the ceiling, and a
    # machine with many cores must not need more of it than this one.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
           "MALLOC_ARENA_MAX": "2"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                 start_new_session=True, env=env)
        deadline = time.monotonic() + timeout
        try:
            while child.poll() is None:
                if cancelled is not None and cancelled():
                    raise DownloadCancelled()
                if time.monotonic() > deadline:
                    raise ProofTimedOut(
                        f"The model did not translate a test sentence within {timeout:g} s."
                    )
                with contextlib.suppress(subprocess.TimeoutExpired):
                    child.wait(0.05)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        out.seek(0)
        # Only the end: a library that logs in a loop for two minutes can leave gigabytes.
        err.seek(max(0, err.seek(0, os.SEEK_END) - 4096))
        result = out.read(64 * 1024).decode("utf-8", "replace").strip()
        problem = err.read(4096).decode("utf-8", "replace").strip().splitlines()
    if child.returncode == 0 and result:
        return
    log.warning("model proof failed (exit %s): %s", child.returncode, " | ".join(problem[-5:]))
    if child.returncode == OUT_OF_MEMORY or any("bad_alloc" in line for line in problem):
        raise InvalidPackage(
            f"The model needs more than {memory_mb:g} MB of memory to translate a test "
            "sentence."
        )
    why = one_line(problem[-1], 200) if problem else f"exit status {child.returncode}"
    if child.returncode < 0:
        why = f"the model crashed it (signal {-child.returncode})"
    raise InvalidPackage(f"The model does not load or translate: {why}.")


def install_archive(
    path: Path,
    *,
    cancelled: Callable[[], bool] | None = None,
    expect_version: str | None = None,
    prove_timeout: float = PROVE_TIMEOUT,
) -> PackageInfo:
    """Stage, validate, prove and swap in an .argosmodel; replaces packages for its pair.

    Any failure leaves the installed packages as they were and raises TranslationError.
    """
    path = Path(path)
    cleanup_leftovers()
    if not path.is_file():
        raise InvalidPackage(f"{one_line(str(path), 200)}: no such file.")
    top, metadata = validate_archive(path)
    supported_pair(metadata["from_code"], metadata["to_code"])
    version = str(metadata.get("package_version") or "")
    if expect_version is not None and version != expect_version:
        raise InvalidPackage(
            f"The index announces version {expect_version} but the package says "
            f"{version or 'none'}; not installed."
        )
    name = folder_name(metadata)
    root = packages_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
        lock = os.open(staging / ".lock", os.O_WRONLY | os.O_CREAT, 0o600)
    except OSError as error:
        raise TranslationError(f"Cannot write to {root}: {_reason(error)}.") from None
    _lock(lock)
    # (where it was moved aside, where the package was): put back if the new one cannot go in.
    moved: list[tuple[Path, Path]] = []
    installed = False
    try:
        _extract(path, top, staging / name, cancelled)
        unpacked = read_package(staging / name)
        if not unpacked.ok:
            raise InvalidPackage(f"{one_line(path.name, 120)}: {unpacked.problem}.")
        prove(staging / name, prove_timeout, cancelled)
        remember_proven(staging / name)
        if cancelled is not None and cancelled():
            raise DownloadCancelled()
        replaced = [
            p for p in installed_packages(root)
            if (p.from_code, p.to_code) == (metadata["from_code"], metadata["to_code"])
            or p.name == name
        ]
        # A file where the new folder goes is not listed as a package, but is in the way too.
        if (root / name).exists() and all(p.name != name for p in replaced):
            replaced.append(read_package(root / name))
        for old in replaced:
            # Into the staging folder (package folder names are unique): if this process is
            # killed now, the next model command finds the old package there and puts it back.
            aside = staging / f".old-{old.path.name}"
            os.rename(old.path, aside)
            moved.append((aside, old.path))
        os.rename(staging / name, root / name)
        installed = True
    except OSError as error:
        raise TranslationError(f"Cannot install {one_line(path.name, 120)}: {_reason(error)}.") \
            from None
    finally:
        if not installed:
            for aside, origin in moved:
                with contextlib.suppress(OSError):
                    os.rename(aside, origin)
        _remove_staging(staging)
        os.close(lock)
        if installed:
            _forget_loaded()
        clear_argos_caches()
    return read_package(root / name)


def _remove_staging(staging: Path) -> None:
    """Delete a staging folder, its lock last: killed midway, it is still seen as abandoned."""
    with contextlib.suppress(OSError):
        for child in staging.iterdir():
            if child.name != ".lock":
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    _remove(child)
    _remove(staging / ".lock")
    shutil.rmtree(staging, ignore_errors=True)


def _forget_loaded() -> None:
    from reader.translation.engine import forget_shared_translators

    forget_shared_translators()


def _to_trash(folder: Path, root: Path) -> Path:
    """Move a package folder out of the way at once (rename), to be deleted after."""
    trash = Path(tempfile.mkdtemp(prefix=".trash-", dir=root))
    os.rename(folder, trash / folder.name)
    return trash


def install_pair(
    from_code: str = "fr",
    to_code: str = "en",
    *,
    base: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    index_timeout: float = INDEX_TIMEOUT,
    timeout: float = DOWNLOAD_TIMEOUT,
    min_rate: float = MIN_THROUGHPUT,
    window: float = THROUGHPUT_WINDOW,
    prove_timeout: float = PROVE_TIMEOUT,
) -> PackageInfo:
    """Find the pair in the index, download it, install it; the download is deleted after."""
    supported_pair(from_code, to_code)
    available = find_available(from_code, to_code, fetch_index(base, index_timeout, cancelled))
    if available is None:
        raise TranslationError(
            f"The package index at {one_line(base or index_base(), 200)} offers no "
            f"{from_code}→{to_code} package."
        )
    return install_available(available, progress=progress, cancelled=cancelled, timeout=timeout,
                             min_rate=min_rate, window=window, prove_timeout=prove_timeout)


def install_available(
    available: AvailablePackage,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = DOWNLOAD_TIMEOUT,
    min_rate: float = MIN_THROUGHPUT,
    window: float = THROUGHPUT_WINDOW,
    prove_timeout: float = PROVE_TIMEOUT,
) -> PackageInfo:
    """Download an index entry and install it; the downloaded file is deleted after."""
    supported_pair(available.from_code, available.to_code)
    cleanup_leftovers()
    # Named per process: two installs at once must not replace or delete each other's file.
    dest = downloads_dir() / f"{available.name}-{os.getpid()}.argosmodel"
    file = download(available.links, dest, progress=progress, cancelled=cancelled,
                    timeout=timeout, min_rate=min_rate, window=window, sha256=available.sha256,
                    allow_file=available.local)
    try:
        with open(file, "rb") as held:
            # Held while installing: another command's cleanup then leaves it alone, and a
            # kill leaves it unheld, removed by the next model command.
            _lock(held.fileno())
            return install_archive(file, cancelled=cancelled, expect_version=available.version,
                                   prove_timeout=prove_timeout)
    finally:
        _remove(file)


def remove(from_code: str, to_code: str) -> list[PackageInfo]:
    """Uninstall every package for this pair, usable or not; returns what was removed."""
    root = packages_dir()
    removed = [
        p for p in installed_packages(root) if (p.from_code, p.to_code) == (from_code, to_code)
    ]
    for package in removed:
        try:
            shutil.rmtree(_to_trash(package.path, root), ignore_errors=True)
        except OSError as error:
            raise TranslationError(f"Cannot remove {package.name}: {_reason(error)}.") from None
    clear_argos_caches()
    _forget_loaded()
    return removed
