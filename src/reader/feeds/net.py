"""HTTP for feeds and pages: http(s) only, an overall deadline, a size ceiling, polite scheduling.

Only the standard library: `http.client` with our own redirect loop, so every hop's scheme is
checked, and `read1` in a loop so the deadline bounds the whole request, not each read.
"""

from __future__ import annotations

import http.client
import queue
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from reader import __version__
from reader.redirects import redirect_allowed
from reader.text import one_line

USER_AGENT = f"reader/{__version__} (terminal news reader; +https://pypi.org/project/reader/)"
MAX_BYTES = 5 * 1024 * 1024
DEADLINE = 20.0  # seconds for one request, redirects and body included
MAX_REDIRECTS = 5
RETRIES = 2  # more tries after the first, for timeouts and 5xx only
BACKOFF = 0.5  # seconds before the first retry, doubled each time
CONCURRENCY = 4
PER_HOST = 1


class FetchError(Exception):
    """A request that failed; the message is one line for the user."""

    def __init__(self, message: str, *, retry: bool = False) -> None:
        super().__init__(message)
        self.retry = retry


@dataclass
class Response:
    """What a GET returned. `url` is the address after redirects; `body` is b"" on 304."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        value = message.get_param("charset")
        return value.strip().lower() if isinstance(value, str) and value.strip() else None


def check_url(url: str) -> str:
    """The URL if reader may fetch it (http or https with a host); FetchError otherwise."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise FetchError(f"not a valid URL: {one_line(url, 200)}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https addresses can be fetched: {one_line(url, 200)}")
    if not parts.hostname:
        raise FetchError(f"no host in the address: {one_line(url, 200)}")
    return url


def get(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    deadline: float = DEADLINE,
    max_bytes: int = MAX_BYTES,
    retries: int = RETRIES,
    backoff: float = BACKOFF,
) -> Response:
    """GET with conditional headers; retries timeouts and 5xx with backoff, nothing else."""
    attempt = 0
    while True:
        try:
            return _get_once(url, etag, last_modified, deadline, max_bytes)
        except FetchError as error:
            if not error.retry or attempt >= retries:
                raise
        time.sleep(backoff * (2**attempt))
        attempt += 1


def _get_once(
    url: str, etag: str | None, last_modified: str | None, deadline: float, max_bytes: int
) -> Response:
    end = time.monotonic() + deadline
    current = check_url(url)
    for _hop in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        headers = {
            "User-Agent": USER_AGENT,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "*/*",
            "Connection": "close",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {deadline:g} s", retry=True)
        connection = _connection(parts, remaining)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            status = response.status
            head = {k.lower(): v for k, v in response.getheaders()}
            if status in (301, 302, 303, 307, 308):
                location = head.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} without a Location")
                target = check_url(urljoin(current, location))
                if not redirect_allowed(parts, urlsplit(target), http_elsewhere=True):
                    raise FetchError(f"redirected to {one_line(target, 200)}, not followed")
                current = target
                continue
            if status == 304:
                return Response(current, status, head)
            if status >= 400:
                # The reason phrase is the server's text: cleaned at the gate like any other.
                message = f"HTTP {status} {one_line(response.reason, 80)}".strip()
                raise FetchError(message, retry=status >= 500)
            body = _read_body(response, head, connection, end, deadline, max_bytes)
            return Response(current, status, head, body)
        except TimeoutError:
            raise FetchError(f"timed out after {deadline:g} s", retry=True) from None
        except ssl.SSLError as error:
            raise FetchError(f"TLS error: {error.reason or error}") from None
        except (http.client.HTTPException, OSError) as error:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            raise FetchError(f"connection failed: {reason}", retry=True) from None
        finally:
            connection.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _connection(parts, timeout: float) -> http.client.HTTPConnection:
    host = parts.hostname
    if parts.scheme.lower() == "https":
        return http.client.HTTPSConnection(
            host, parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    return http.client.HTTPConnection(host, parts.port, timeout=timeout)


def _read_body(response, head, connection, end: float, deadline: float, max_bytes: int) -> bytes:
    length = head.get("content-length", "").strip()
    # "²" is a digit to isdigit() but not to int(); 19 digits or more is no real size.
    if length.isascii() and length.isdigit() and len(length) < 19 and int(length) > max_bytes:
        raise FetchError(f"too large ({_mb(int(length))} MB; limit {_mb(max_bytes)} MB)")
    encoding = head.get("content-encoding", "").strip().lower()
    decoder = None
    if encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {deadline:g} s", retry=True)
        if connection.sock is not None:
            connection.sock.settimeout(remaining)
        chunk = response.read1(65536)
        if not chunk:
            break
        if decoder is not None:
            # Bounded output per step: a small gzip bomb cannot fill memory.
            chunk = decoder.decompress(chunk, max_bytes + 1 - size)
            if decoder.unconsumed_tail:
                raise FetchError(f"too large (over {_mb(max_bytes)} MB)")
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large (over {_mb(max_bytes)} MB)")
        chunks.append(chunk)
    return b"".join(chunks)


def _mb(size: int) -> str:
    """Megabytes as the README counts them (5 MB is 5 × 1024 × 1024 bytes): `5`, `5.5`."""
    return f"{size / 2**20:.1f}".removesuffix(".0")


def followable(origin: str, link: str) -> bool:
    """Whether a link a feed or page at `origin` gives may be fetched (reader.redirects' rule)."""
    try:
        return redirect_allowed(urlsplit(origin), urlsplit(link), http_elsewhere=True)
    except ValueError:
        return False


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


# ---- scheduling -------------------------------------------------------------------------------


@dataclass
class Task:
    """Work for one request: `run` happens on a network thread, `done` on the caller's thread."""

    url: str
    run: Callable[[], object]
    done: Callable[[object | None, Exception | None], None]
    host: str = field(init=False)

    def __post_init__(self) -> None:
        self.host = host_of(self.url)


class Scheduler:
    """Runs tasks on daemon threads: at most `concurrency` at once, `per_host` per host.

    Results are handed back on the thread that calls `run()`, which is where files are written.
    Daemon threads, not an executor: when the reader quits mid-refresh, `run()` returns within
    a poll interval and a request still in flight cannot hold the process open.
    """

    def __init__(
        self, concurrency: int = CONCURRENCY, per_host: int = PER_HOST,
        deadline: float = DEADLINE,
    ) -> None:
        self.concurrency = max(1, concurrency)
        self.per_host = max(1, per_host)
        self.deadline = deadline
        self._pending: list[Task] = []
        self._results: queue.Queue = queue.Queue()

    def add(self, task: Task) -> None:
        self._pending.append(task)

    def run(self, cancelled: Callable[[], bool] | None = None) -> bool:
        """Run until every task (and those their callbacks add) is done; False when cancelled."""
        busy: dict[str, int] = {}
        started: dict[int, tuple[Task, float]] = {}
        while self._pending or started:
            if cancelled is not None and cancelled():
                return False
            waiting = []
            for task in self._pending:
                if len(started) < self.concurrency and busy.get(task.host, 0) < self.per_host:
                    busy[task.host] = busy.get(task.host, 0) + 1
                    started[id(task)] = (task, time.monotonic())
                    threading.Thread(target=self._work, args=(task,), daemon=True).start()
                else:
                    waiting.append(task)
            self._pending = waiting
            try:
                task, result, error = self._results.get(timeout=0.1)
            except queue.Empty:
                # A request stuck past every deadline (retries included) is given up on.
                limit = (self.deadline + BACKOFF * 4) * (RETRIES + 1) + 5
                now = time.monotonic()
                for key, (task, start) in list(started.items()):
                    if now - start > limit:
                        del started[key]
                        busy[task.host] -= 1
                        task.done(None, FetchError("timed out"))
                continue
            if started.pop(id(task), None) is None:
                continue  # given up on already
            busy[task.host] -= 1
            task.done(result, error)
        return True

    def _work(self, task: Task) -> None:
        try:
            result = task.run()
        except Exception as error:  # handed to the caller's thread as an outcome, never lost
            self._results.put((task, None, error))
            return
        self._results.put((task, result, None))
