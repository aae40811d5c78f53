"""Fixtures for the translation tests: tiny real Argos packages and a local package server."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from argos_fixtures import SWAP, build_package

from reader.translation.engine import Translator
from reader.translation.models import install_archive
from reader.translation.packages import PackageInfo, read_package
from reader.translation.settings import clear_argos_caches


@pytest.fixture(scope="session")
def copy_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An .argosmodel whose model copies its input."""
    return build_package(tmp_path_factory.mktemp("argos") / "translate-fr_en-1_0.argosmodel")


@pytest.fixture(scope="session")
def swap_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An .argosmodel that copies its input but exchanges "Meta" and "chat"."""
    return build_package(
        tmp_path_factory.mktemp("argos") / "translate-fr_en-swap.argosmodel",
        version="0.9",
        name="translate-fr_en-swap",
        swap=SWAP,
    )


def _unpacked(archive: Path, where: Path) -> PackageInfo:
    with zipfile.ZipFile(archive) as zipped:
        top = zipped.namelist()[0].split("/")[0]
        zipped.extractall(where)
    info = read_package(where / top)
    assert info.ok, info.problem
    return info


@pytest.fixture(scope="session")
def copy_translator(copy_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Translator:
    """The copy model loaded once for the session (no name protection unless a test sets it)."""
    info = _unpacked(copy_package, tmp_path_factory.mktemp("copy"))
    return Translator(info, beam_size=2, intra_threads=1, matcher=None)


@pytest.fixture(scope="session")
def swap_translator(swap_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Translator:
    info = _unpacked(swap_package, tmp_path_factory.mktemp("swap"))
    return Translator(info, beam_size=2, intra_threads=1, matcher=None)


@pytest.fixture
def installed_copy(copy_package: Path) -> PackageInfo:
    """The copy package installed in this test's reader data dir."""
    return install_archive(copy_package)


@pytest.fixture(autouse=True)
def _argos_caches() -> Iterator[None]:
    """argostranslate memoises installed languages: never let one test's install leak."""
    clear_argos_caches()
    yield
    clear_argos_caches()


@dataclass
class Route:
    """What the server answers on a path: `mode` ok | truncate | hang | status."""

    body: bytes = b""
    status: int = 200
    mode: str = "ok"
    content_type: str = "application/octet-stream"


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

    def serve_index(self, packages: dict[str, Path], version: str = "1.0") -> None:
        """index.json offering each package file (name -> path) as fr→en `version`."""
        entries = []
        for name, path in packages.items():
            self.routes[f"/{name}"] = Route(path.read_bytes())
            entries.append(
                {
                    "package_version": version,
                    "argos_version": "1.9",
                    "from_code": "fr",
                    "from_name": "French",
                    "to_code": "en",
                    "to_name": "English",
                    "type": "translate",
                    "links": [f"{self.base}{name}"],
                }
            )
        entries.append({"from_code": "en", "to_code": "de", "package_version": "1.0",
                        "type": "translate", "links": [f"{self.base}en_de.argosmodel"]})
        self.routes["/index.json"] = Route(
            json.dumps(entries).encode(), content_type="application/json"
        )


def _handler(state: PackageServer) -> type[BaseHTTPRequestHandler]:
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
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if route.mode == "truncate":
                self.wfile.write(route.body[: len(route.body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(route.body)

    return Handler


@pytest.fixture
def package_server() -> Iterator[PackageServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    state = PackageServer(server)
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
