"""A local Argos package server for tests: index.json and packages, or failures on demand."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from argos_fixtures import fr_en_metadata


@dataclass
class Route:
    """What the server answers on a path.

    `mode`: ok | truncate (half the body, then close) | hang (never answer) | stall (headers
    and half the body, then silence) | drip (one byte every `interval` seconds) | redirect
    (to `location`). `reason` is the status line's reason phrase, `headers` extra fields,
    `length` a Content-Length other than the body's.
    """

    body: bytes = b""
    status: int = 200
    mode: str = "ok"
    content_type: str = "application/octet-stream"
    location: str = ""
    reason: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    length: int | None = None
    interval: float = 0.05


@dataclass
class PackageServer:
    """A ThreadingHTTPServer on 127.0.0.1 serving `routes`; `base` ends with `/`."""

    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)
    requests: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def serve_index(
        self, packages: dict[str, Path], version: str = "1.0", **fields: object
    ) -> None:
        """index.json offering each package file (name -> path) as fr→en `version`.

        `fields` go into each fr→en entry (a checksum, a hostile name).
        """
        entries = []
        for name, path in packages.items():
            self.routes[f"/{name}"] = Route(path.read_bytes())
            entries.append({**fr_en_metadata(version, [f"{self.base}{name}"]), **fields})
        entries.append({"from_code": "en", "to_code": "de", "package_version": "1.0",
                        "type": "translate", "links": [f"{self.base}en_de.argosmodel"]})
        self.routes["/index.json"] = Route(
            json.dumps(entries).encode(), content_type="application/json"
        )


def handler(state: PackageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append(self.path)
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.mode == "hang":
                # Accept the connection, never answer (until the test ends).
                state.release.wait(30)
                return
            if route.reason is not None:
                # Raw, as a hostile server would: BaseHTTPRequestHandler writes it unchanged.
                self.wfile.write(f"HTTP/1.0 {route.status} {route.reason}\r\n".encode("latin-1"))
            else:
                self.send_response(route.status)
            if route.mode == "redirect":
                self.send_header("Location", route.location)
            self.send_header("Content-Type", route.content_type)
            length = route.length if route.length is not None else len(route.body)
            self.send_header("Content-Length", str(length))
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            if route.mode == "stall":
                self.wfile.write(route.body[: len(route.body) // 2])
                self.wfile.flush()
                state.release.wait(30)
                return
            if route.mode == "drip":
                for byte in route.body:
                    if state.release.is_set():
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(route.interval)
                return
            if route.mode == "truncate":
                self.wfile.write(route.body[: len(route.body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(route.body)

    return Handler
