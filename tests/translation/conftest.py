"""Fixtures for the translation tests: tiny real Argos packages and a local package server."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from argos_fixtures import SWAP, build_package
from argos_server import PackageServer, handler

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


@pytest.fixture
def package_server() -> Iterator[PackageServer]:
    """A package server on 127.0.0.1; tests fill its routes."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    state = PackageServer(server)
    server.RequestHandlerClass = handler(state)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
