"""Model management: the Argos package index, downloads, validated installs, removal.

argostranslate's own index update has no timeout (and retries by recursion), its download
keeps the whole file in memory, has no progress and reuses stale partial files, and its
install extracts whatever the zip holds straight into the package dir. Here: bounded
timeouts, a chunked download to a `.part` file renamed when complete, an archive checked
before anything is extracted, and extraction into a staging folder renamed into place, so a
package is either fully installed or not at all.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import socket
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import __version__
from reader.translation.errors import (
    DownloadCancelled,
    DownloadError,
    IndexError_,
    InvalidPackage,
    TranslationError,
)
from reader.translation.packages import (
    METADATA,
    MODEL_DIR,
    TOKENIZER,
    PackageInfo,
    installed_packages,
    metadata_problem,
    read_package,
    version_key,
)
from reader.translation.settings import clear_argos_caches, downloads_dir, packages_dir

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
INDEX_TIMEOUT = 10.0
# A download may take minutes; what must not happen is a silent stall this long.
DOWNLOAD_TIMEOUT = 30.0
MAX_INDEX_BYTES = 8 * 1024 * 1024
MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024
MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 10_000
CHUNK = 256 * 1024
_USER_AGENT = f"reader/{__version__}"
_NETWORK_ERRORS = (
    urllib.error.URLError,
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


# Index.


def index_base() -> str:
    """The package index address: ARGOS_PACKAGE_INDEX (ends with `/`) or Argos's default."""
    base = os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    return base if base.endswith("/") else base + "/"


def _open(url: str, timeout: float):
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https", "file"):
        raise ValueError(f"unsupported address {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    return urllib.request.urlopen(request, timeout=timeout)


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}".strip()
    if isinstance(error, urllib.error.URLError):
        error = error.reason if isinstance(error.reason, BaseException) else error
    if isinstance(error, TimeoutError | socket.timeout):
        return "timed out"
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return str(text)


def fetch_index(base: str | None = None, timeout: float = INDEX_TIMEOUT) -> list[AvailablePackage]:
    """Read the package index; raise IndexError_ within about `timeout` seconds on any failure."""
    url = (base or index_base()) + "index.json"
    deadline = time.monotonic() + timeout
    try:
        with _open(url, timeout) as response:
            chunks: list[bytes] = []
            size = 0
            while True:
                # The socket timeout bounds each read; the deadline bounds a server that trickles.
                if time.monotonic() > deadline:
                    raise TimeoutError()
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_INDEX_BYTES:
                    raise IndexError_(f"The package index at {url} is too large to be an index.")
                chunks.append(chunk)
    except IndexError_:
        raise
    except (*_NETWORK_ERRORS, ValueError) as error:
        raise IndexError_(
            f"Cannot reach the package index at {url}: {_reason(error)}."
        ) from None
    return parse_index(b"".join(chunks), url)


def parse_index(data: bytes, url: str = "index.json") -> list[AvailablePackage]:
    """Translation packages listed in an index.json; raise IndexError_ if it is not one."""
    try:
        entries = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise IndexError_(f"The package index at {url} is not valid JSON.") from None
    if not isinstance(entries, list):
        raise IndexError_(f"The package index at {url} is not a list of packages.")
    found = []
    for entry in entries:
        if metadata_problem(entry) is not None:
            continue
        links = entry.get("links")
        if not isinstance(links, list):
            continue
        links = tuple(link for link in links if isinstance(link, str) and link)
        if not links:
            continue
        found.append(
            AvailablePackage(
                from_code=entry["from_code"],
                to_code=entry["to_code"],
                version=str(entry.get("package_version") or ""),
                links=links,
                from_name=str(entry.get("from_name") or ""),
                to_name=str(entry.get("to_name") or ""),
            )
        )
    return found


def find_available(
    from_code: str, to_code: str, packages: Sequence[AvailablePackage]
) -> AvailablePackage | None:
    matching = [p for p in packages if p.from_code == from_code and p.to_code == to_code]
    return max(matching, key=lambda p: version_key(p.version), default=None)


# Download.


def _file_name(url: str) -> str:
    name = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path)).name
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".")
    return name or "package.argosmodel"


def download(
    links: str | Sequence[str],
    dest: Path | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = DOWNLOAD_TIMEOUT,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
) -> Path:
    """Download to `dest` (via `dest.part`); tries each link in turn. Returns `dest`.

    Raises DownloadCancelled or DownloadError; no partial file is ever left behind.
    """
    urls = [links] if isinstance(links, str) else list(links)
    if not urls:
        raise DownloadError("The package has no download address.")
    errors = []
    for url in urls:
        target = dest or downloads_dir() / _file_name(url)
        try:
            return _download_one(url, target, progress, cancelled, timeout, max_bytes)
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
) -> Path:
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
    try:
        with _open(url, timeout) as response, open(part, "wb") as handle:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > max_bytes:
                raise DownloadError(f"{url} is too large ({total} bytes).")
            started = time.monotonic()
            last_report = 0.0
            while True:
                if cancelled is not None and cancelled():
                    raise DownloadCancelled()
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                handle.write(chunk)
                done += len(chunk)
                if done > max_bytes:
                    raise DownloadError(f"{url} is larger than {max_bytes} bytes.")
                now = time.monotonic()
                if progress is not None and now - last_report >= 0.1:
                    last_report = now
                    progress(DownloadProgress(done, total, done / max(now - started, 1e-6)))
            if total is not None and done < total:
                raise DownloadError(
                    f"Download of {url} stopped after {done} of {total} bytes."
                )
            handle.flush()
            os.fsync(handle.fileno())
            if progress is not None:
                elapsed = max(time.monotonic() - started, 1e-6)
                progress(DownloadProgress(done, total if total is not None else done,
                                          done / elapsed))
        os.replace(part, dest)
        return dest
    except (DownloadCancelled, DownloadError):
        _remove(part)
        raise
    except http.client.IncompleteRead:
        _remove(part)
        raise DownloadError(
            f"Download of {url} stopped after {done} of {total or '?'} bytes."
        ) from None
    except (*_NETWORK_ERRORS, ValueError) as error:
        _remove(part)
        raise DownloadError(f"Cannot download {url}: {_reason(error)}.") from None
    except BaseException:
        _remove(part)
        raise


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# Validation and install.


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if "\\" in name or "\0" in name:
        return f"member {name!r} has a suspicious name"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return f"member {name!r} has an absolute path"
    if ".." in name.split("/"):
        return f"member {name!r} points outside the package"
    mode = (info.external_attr >> 16) & 0o170000
    if mode == 0o120000:
        return f"member {name!r} is a symbolic link"
    if mode not in (0, 0o100000, 0o040000):
        return f"member {name!r} is not a regular file"
    return None


def validate_archive(path: Path, max_bytes: int = MAX_PACKAGE_BYTES) -> tuple[str, dict]:
    """Check an .argosmodel before install: (top folder, metadata), or InvalidPackage."""
    where = Path(path).name
    try:
        if not zipfile.is_zipfile(path):
            raise InvalidPackage(f"{where} is not an Argos package (not a zip archive).")
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
            names = {info.filename for info in infos}
            if f"{top}/{METADATA}" not in names:
                raise InvalidPackage(f"{where} has no {METADATA}.")
            try:
                metadata = json.loads(archive.read(f"{top}/{METADATA}"))
            except (UnicodeDecodeError, ValueError):
                raise InvalidPackage(f"{where}: {METADATA} is not valid JSON.") from None
            problem = metadata_problem(metadata)
            if problem:
                raise InvalidPackage(f"{where}: {problem}.")
            if f"{top}/{MODEL_DIR}/model.bin" not in names:
                raise InvalidPackage(f"{where} has no {MODEL_DIR}/ folder with model.bin.")
            if f"{top}/{TOKENIZER}" not in names:
                raise InvalidPackage(f"{where} has no {TOKENIZER}.")
            return top, metadata
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        raise InvalidPackage(f"{where} cannot be read: {error}.") from None


def install_archive(path: Path) -> PackageInfo:
    """Validate and install an .argosmodel; replaces packages for the same language pair."""
    path = Path(path)
    if not path.is_file():
        raise InvalidPackage(f"{path}: no such file.")
    top, metadata = validate_archive(path)
    root = packages_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
    except OSError as error:
        raise TranslationError(f"Cannot write to {root}: {_reason(error)}.") from None
    # (trash folder, where the package was): put back if the new one cannot go in.
    moved: list[tuple[Path, Path]] = []
    installed = False
    try:
        try:
            with zipfile.ZipFile(path) as archive:
                archive.extractall(staging)
        except (OSError, zipfile.BadZipFile, RuntimeError) as error:
            # CRC errors surface here: a damaged download is never installed.
            raise InvalidPackage(f"{path.name} cannot be unpacked: {error}.") from None
        unpacked = read_package(staging / top)
        if not unpacked.ok:
            raise InvalidPackage(f"{path.name}: {unpacked.problem}.")
        replaced = [
            p for p in installed_packages(root)
            if (p.from_code, p.to_code) == (metadata["from_code"], metadata["to_code"])
            or p.name == top
        ]
        for old in replaced:
            moved.append((_to_trash(old.path, root), old.path))
        os.rename(staging / top, root / top)
        installed = True
    except OSError as error:
        raise TranslationError(f"Cannot install {path.name}: {_reason(error)}.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if installed:
            _forget_loaded()
        for trash, origin in moved:
            if not installed:
                with contextlib.suppress(OSError):
                    os.rename(trash / origin.name, origin)
            shutil.rmtree(trash, ignore_errors=True)
        clear_argos_caches()
    return read_package(root / top)


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
) -> PackageInfo:
    """Find the pair in the index, download it, install it; the download is deleted after."""
    available = find_available(from_code, to_code, fetch_index(base, index_timeout))
    if available is None:
        raise TranslationError(
            f"The package index at {base or index_base()} offers no {from_code}→{to_code} package."
        )
    return install_available(available, progress=progress, cancelled=cancelled, timeout=timeout)


def install_available(
    available: AvailablePackage,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = DOWNLOAD_TIMEOUT,
) -> PackageInfo:
    """Download an index entry and install it; the downloaded file is deleted after."""
    file = download(available.links, downloads_dir() / f"{available.name}.argosmodel",
                    progress=progress, cancelled=cancelled, timeout=timeout)
    try:
        return install_archive(file)
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
