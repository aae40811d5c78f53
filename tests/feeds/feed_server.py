"""A 127.0.0.1 HTTP server for feed tests: routes with validators (ETag, Last-Modified → 304)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the server answers on a path. `mode`: ok | hang | drip | redirect."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    mode: str = "ok"
    location: str = ""


@dataclass
class Request:
    path: str
    headers: dict[str, str]


@dataclass
class FeedServer:
    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    active: int = 0
    most_active: int = 0

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def serve(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
              **options) -> Route:
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(data, content_type, **options)
        self.routes[path] = route
        return route

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


def _handler(state: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with state.lock:
                state.requests.append(Request(self.path, {k.lower(): v for k, v in
                                                          self.headers.items()}))
                state.active += 1
                state.most_active = max(state.most_active, state.active)
            self._active = True
            try:
                self._answer()
            finally:
                self._leave()

        def _leave(self) -> None:
            # Before the last byte goes out: once the client has it, it may start its next
            # request, and that must not count as overlapping this one.
            if self._active:
                self._active = False
                with state.lock:
                    state.active -= 1

        def _answer(self) -> None:
            route = state.routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.mode == "hang":
                state.release.wait(30)
                return
            if route.mode == "redirect":
                self.send_response(route.status or 302)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified
                and self.headers.get("If-Modified-Since") == route.last_modified
            ):
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            if route.mode == "drip":
                for number, byte in enumerate(route.body):
                    time.sleep(0.2)
                    if state.release.is_set():
                        return
                    if number == len(route.body) - 1:
                        self._leave()
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                return
            self.wfile.write(route.body)

    return Handler


@contextlib.contextmanager
def running(host: str = "127.0.0.1") -> Iterator[FeedServer]:
    server = ThreadingHTTPServer((host, 0), BaseHTTPRequestHandler)
    state = FeedServer(server)
    server.RequestHandlerClass = _handler(state)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
