"""Hostile packages, indexes and servers (issue 9): what a user sees, and what is kept.

Every archive is built here from the tiny copy/swap packages; every server is the 127.0.0.1
one of argos_server.py. The "good" model installed first is the swap package (it turns
"chat" into "Meta"): after every refused install it must still translate the same way.
Deadlines, throughput floors and the proof's time limit are passed scaled down; a step that
could hang runs under `within()`, whose own timeout is the assertion.
"""

from __future__ import annotations

import io
import json
import os
import signal
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

import pytest
from argos_fixtures import build_package, fr_en_metadata, train_sentencepiece
from argos_server import PackageServer, Route, handler

from reader.translation import models
from reader.translation.cli import run_models, run_translate
from reader.translation.engine import Translator
from reader.translation.errors import DownloadError, IndexError_, InvalidPackage
from reader.translation.models import download, fetch_index, install_archive, install_pair
from reader.translation.packages import find_package, installed_packages
from reader.translation.settings import downloads_dir, packages_dir

T = TypeVar("T")
TOP = "translate-fr_en-1_0"
SEED = "000_49dae49570f5a508"  # a bundled French article
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[41m\x9b31m"
CONTROL_BYTES = (b"\x1b", b"\x07", b"\x9b", b"\x9d", "\x9b".encode(), "\x9d".encode())


def within(seconds: float, call: Callable[[], T]) -> T:
    """Run `call` in a thread; fail if it has not returned in `seconds` (it may hang)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as error:  # handed to the test thread
            box["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def no_controls(text: str | bytes) -> bool:
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    return not any(byte in data for byte in CONTROL_BYTES)


def rezip(source: Path, dest: Path, *, drop: str | None = None,
          replace: dict[str, bytes] | None = None, top: str | None = None,
          extra: list[tuple[str | zipfile.ZipInfo, bytes]] = (),
          compression: int = zipfile.ZIP_STORED) -> Path:
    """Copy an .argosmodel: members ending with `drop` left out, `replace`d ones rewritten,
    the top folder renamed to `top`."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w", compression) as new:
        for info in old.infolist():
            inside = info.filename.split("/", 1)[1] if "/" in info.filename else ""
            if drop and info.filename.endswith(drop):
                continue
            name = f"{top}/{inside}" if top is not None else info.filename
            data = replace.get(inside, old.read(info)) if inside else b""
            if info.is_dir():
                new.writestr(name if name.endswith("/") else name + "/", b"")
            else:
                new.writestr(name, data)
        for member, data in extra:
            new.writestr(member, data)
    return dest


def member(archive: Path, inside: str) -> bytes:
    with zipfile.ZipFile(archive) as zipped:
        return zipped.read(f"{TOP}/{inside}")


def with_metadata(source: Path, dest: Path, **fields: object) -> Path:
    metadata = json.loads(member(source, "metadata.json"))
    metadata.update(fields)
    return rezip(source, dest, replace={"metadata.json": json.dumps(metadata).encode()})


def translate(text: str = "Le chat dort.") -> str:
    package = find_package()
    assert package is not None
    return Translator(package, beam_size=1, intra_threads=1, matcher=None).translate_block(text)


@pytest.fixture
def good(swap_package: Path) -> str:
    """The swap model installed; returns what it makes of the test sentence."""
    with pytest.MonkeyPatch.context() as patch:
        # Set-up, not the subject: the proof is skipped here (it is checked just below).
        patch.setattr(models, "prove", lambda *args, **kwargs: None, raising=False)
        install_archive(swap_package)
    before = translate()
    assert before == "Le Meta dort."
    return before


def kept(good: str) -> None:
    assert find_package() is not None and find_package().version == "0.9"
    assert translate() == good
    assert [p.name for p in installed_packages()] == ["translate-fr_en-0_9"]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# 1. A package that does not load never replaces a working one.


def _damaged(copy_package: Path, tmp_path: Path, kind: str) -> Path:
    dest = tmp_path / f"{kind}.argosmodel"
    model = member(copy_package, "model/model.bin")
    if kind == "garbage-model":
        return rezip(copy_package, dest, replace={"model/model.bin": bytes(range(256)) * 4000})
    if kind == "truncated-model":
        return rezip(copy_package, dest, replace={"model/model.bin": model[: len(model) // 3]})
    if kind == "future-binary-version":
        return rezip(copy_package, dest,
                     replace={"model/model.bin": struct.pack("<I", 99) + model[4:]})
    if kind == "garbage-tokenizer":
        return rezip(copy_package, dest, replace={"sentencepiece.model": b"\x00garbage" * 999})
    if kind == "no-config":
        return rezip(copy_package, dest, drop="model/config.json")
    if kind == "no-vocabulary":
        return rezip(copy_package, dest, drop="model/shared_vocabulary.json")
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["garbage-model", "truncated-model", "future-binary-version",
                                  "garbage-tokenizer", "no-config", "no-vocabulary"])
def test_a_package_that_does_not_translate_never_replaces_the_working_one(
    copy_package: Path, tmp_path: Path, good: str, kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = _damaged(copy_package, tmp_path, kind)
    assert run_models(["install", str(bad)], io.StringIO()) == 1
    err = capsys.readouterr().err
    assert len(lines(err)) == 1 and err.startswith("reader: "), err
    assert "does not load or translate" in err
    kept(good)
    assert not list(packages_dir().glob(".*"))


def test_through_the_index_too(
    package_server, copy_package: Path, tmp_path: Path, good: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    package_server.serve_index({"fr_en.argosmodel": _damaged(copy_package, tmp_path,
                                                             "garbage-model")})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    out = io.StringIO()
    assert run_models(["install", "fr", "en"], out) == 1
    assert "Installed" not in out.getvalue()
    assert "does not load or translate" in capsys.readouterr().err
    kept(good)
    assert not list(downloads_dir().iterdir())


def test_a_proof_that_hangs_is_stopped(
    copy_package: Path, good: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A child that never answers stands for a model that loops.
    monkeypatch.setattr(models, "PROVE_COMMAND", [sys.executable, "-c",
                                                  "import time; time.sleep(60)"])
    with pytest.raises(InvalidPackage, match="within 1 s"):
        within(10, lambda: install_archive(copy_package, prove_timeout=1))
    kept(good)


# 2. The folder is named by reader, never by the archive.


@pytest.mark.parametrize("top", [".hidden", "translate\x1b]0;pwned\x07", "other-name"])
def test_the_install_folder_is_named_by_reader(
    copy_package: Path, tmp_path: Path, good: str, top: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    renamed = rezip(copy_package, tmp_path / "renamed.argosmodel", top=top)
    out = io.StringIO()
    assert run_models(["install", str(renamed)], out) == 0
    assert out.getvalue() == "Installed translate-fr_en-1_0 1.0 (fr→en).\n"
    assert [p.name for p in installed_packages()] == ["translate-fr_en-1_0"]
    assert sorted(p.name for p in packages_dir().iterdir()) == ["translate-fr_en-1_0"]
    assert translate() == "Le chat dort."
    assert run_models(["remove", "fr", "en"], io.StringIO()) == 0
    assert list(packages_dir().iterdir()) == []
    assert no_controls(capsys.readouterr().err)


# 3. Nothing from a package, an index, a server or a model reaches the terminal raw.


@pytest.mark.parametrize(
    "fields",
    [{"package_version": f"1.0{ESCAPES}"}, {"from_name": f"French{ESCAPES}"},
     {"package_version": "[bold red]1[/oops]"}, {"package_version": "1" * 5000},
     {"to_name": "x" * 10_000}],
)
def test_hostile_metadata_is_refused_in_one_clean_line(
    copy_package: Path, tmp_path: Path, good: str, fields: dict,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = with_metadata(copy_package, tmp_path / "bad.argosmodel", **fields)
    out = io.StringIO()
    assert run_models(["install", str(bad)], out) == 1
    err = capsys.readouterr().err
    assert len(lines(err)) == 1 and "metadata.json has" in err
    assert no_controls(out.getvalue() + err)
    kept(good)


def test_models_list_cleans_installed_names_and_index_fields(
    package_server, copy_package: Path, good: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A folder an older reader (or argostranslate) installed under the archive's own name.
    hostile = packages_dir() / f"translate{ESCAPES}"
    hostile.mkdir()
    (hostile / "metadata.json").write_text(json.dumps({"from_code": "fr", "to_code": "en",
                                                       "package_version": ESCAPES}))
    link = [f"{package_server.base}p.argosmodel"]
    entries = [
        {**fr_en_metadata(f"2.0{ESCAPES}", link)},
        {**fr_en_metadata("3.0", link), "from_name": ESCAPES},
        {**fr_en_metadata("4.0", link), "to_name": "[link=file:///etc/passwd]x[/link]"},
        {**fr_en_metadata("1.5", link)},
    ]
    package_server.routes["/index.json"] = Route(json.dumps(entries).encode())
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    out = io.StringIO()
    assert run_models(["list"], out) == 0
    text = out.getvalue() + capsys.readouterr().err
    assert no_controls(text), text
    # The old folder is listed (cleaned) as unusable; hostile index entries are left out.
    assert "?        " in text and "translate  [unusable: metadata.json has no valid" in text
    assert "fr→en    4.0" in text
    assert "fr→en    1.5" in text and "2.0" not in text and "3.0" not in text


def test_markup_in_the_index_is_never_parsed(
    package_server, copy_package: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    package_server.serve_index({"p.argosmodel": copy_package}, version="[/oops]")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    assert run_models(["install", "fr", "en"], io.StringIO()) == 1
    err = capsys.readouterr().err
    assert "offers no fr→en package" in err and len(lines(err)) == 1


def test_a_server_reason_phrase_with_escapes_is_cleaned(
    package_server, copy_package: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    package_server.serve_index({"p.argosmodel": copy_package})
    package_server.routes["/p.argosmodel"] = Route(b"gone", status=500, reason=ESCAPES)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    out = io.StringIO()
    assert run_models(["install", "fr", "en"], out) == 1
    err = capsys.readouterr().err
    assert "HTTP 500" in err and len(lines(err)) == 1
    assert no_controls(out.getvalue() + err), err


@pytest.fixture(scope="module")
def escape_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model whose vocabulary holds an escape sequence, emitted in place of "chat"."""
    where = tmp_path_factory.mktemp("escape")
    piece = f"{ESCAPES}Minou"
    tokenizer = train_sentencepiece(where / "sp.model", user_symbols=[piece])
    return build_package(where / "escape.argosmodel", sp_model=tokenizer,
                         swap=("▁chat", piece))


def test_model_output_is_cleaned_before_it_is_shown_or_cached(
    escape_package: Path, tmp_path: Path, _reader_dirs: dict[str, Path],
) -> None:
    install_archive(escape_package)
    assert translate() == "LeMinou dort."  # the piece came out; its controls did not
    article = tmp_path / "chat.md"
    article.write_text("---\nlang: fr\n---\n\nLe chat dort sur le canapé du salon.\n",
                       encoding="utf-8")
    out = io.StringIO()
    assert run_translate(str(article), out=out) == 0
    assert "LeMinou dort" in out.getvalue() and no_controls(out.getvalue())
    cached = b"".join(p.read_bytes() for p in (_reader_dirs["cache"] / "translations")
                      .rglob("*.json"))
    assert b"LeMinou dort" in cached and no_controls(cached)
    assert "\\u001b" not in cached.decode()


# 4. Deadlines: nothing hangs.


def test_an_index_that_drips_is_given_up_at_its_deadline(package_server) -> None:
    package_server.routes["/index.json"] = Route(b"[" + b" " * 400 + b"]", mode="drip")
    with pytest.raises(IndexError_, match="timed out after 1 s"):
        within(6, lambda: fetch_index(package_server.base, timeout=1))


def test_a_package_that_drips_is_given_up_under_the_throughput_floor(
    package_server, tmp_path: Path
) -> None:
    package_server.routes["/p.argosmodel"] = Route(b"x" * 400, mode="drip")
    with pytest.raises(DownloadError, match="too slow"):
        within(6, lambda: download(package_server.base + "p.argosmodel", tmp_path / "p",
                                   min_rate=1000, window=0.5))
    assert list(tmp_path.iterdir()) == []


def test_file_links_in_a_remote_index_are_not_followed(
    package_server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    entry = {"from_code": "fr", "to_code": "en", "package_version": "1.0",
             "type": "translate", "links": ["file:///dev/zero"]}
    package_server.routes["/index.json"] = Route(json.dumps([entry]).encode())
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    assert within(10, lambda: run_models(["install", "fr", "en"], io.StringIO())) == 1
    assert "offers no fr→en package" in capsys.readouterr().err
    assert not downloads_dir().exists() or list(downloads_dir().iterdir()) == []


def test_a_local_index_linking_a_fifo_or_a_device_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    fifo = tmp_path / "pipe.argosmodel"
    os.mkfifo(fifo)
    index = tmp_path / "index"
    index.mkdir()
    for link in (fifo.as_uri(), "file:///dev/zero"):
        entry = {"from_code": "fr", "to_code": "en", "package_version": "1.0",
                 "type": "translate", "links": [link]}
        (index / "index.json").write_text(json.dumps([entry]))
        monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.as_uri() + "/")
        assert within(10, lambda: run_models(["install", "fr", "en"], io.StringIO())) == 1
        err = capsys.readouterr().err
        assert "is not a regular file" in err, err
        assert not any(downloads_dir().iterdir())


@pytest.mark.parametrize("key", [b"q", b"\x11"], ids=["q", "ctrl+q"])
def test_q_during_a_stalled_download_exits_at_once_and_leaves_nothing(
    package_server, copy_package: Path, tmp_path: Path, _reader_dirs: dict[str, Path],
    key: bytes,
) -> None:
    from hostile.helpers import Terminal, reader_env

    package_server.serve_index({"p.argosmodel": copy_package})
    package_server.routes["/p.argosmodel"] = Route(b"x" * 2_000_000, mode="stall")
    env = reader_env(ARGOS_PACKAGE_INDEX=package_server.base)
    term = Terminal([], env, size=(150, 40))
    try:
        show_english(term)
        # The download is under way (its .part file is there) and stalled. `d` is sent again
        # if it went nowhere: while a download runs, it does nothing.
        deadline = time.monotonic() + 30
        while not list(downloads_dir().glob("*.part")):
            assert time.monotonic() < deadline, term.plain[-1500:]
            term.send(b"d")
            time.sleep(1)
        time.sleep(0.3)
        title_before = term.output.count(b"\x1b]0;") + term.output.count(b"\x1b]2;")
        term.send(key)
        assert term.wait(timeout=3) == 0, "reader did not exit within 3 s of the key"
        assert term.output.count(b"\x1b]0;") + term.output.count(b"\x1b]2;") == title_before
    finally:
        term.close()
    leftovers = [p for p in _reader_dirs["cache"].rglob("*") if p.suffix == ".part"]
    assert leftovers == []
    assert not packages_dir().exists() or list(packages_dir().iterdir()) == []


# 5/6. Every failure is one line; nothing is left stuck.


def show_english(term) -> None:
    """Press `t` once the app takes keys (a second `t` would turn English off again)."""
    assert term.wait_for("Quit", timeout=40), term.plain[-1500:]
    time.sleep(1)
    term.send(b"t")
    assert term.wait_for("d downloads it", timeout=30), term.plain[-1500:]


def _patch_compression(archive: Path, method: int) -> Path:
    """Set every member's compression method to `method` (local and central headers)."""
    data = bytearray(archive.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset : start + offset + 2] = struct.pack("<H", method)
            start += 4
    archive.write_bytes(bytes(data))
    return archive


def _bad_utf8_name(copy_package: Path, dest: Path) -> Path:
    rezip(copy_package, dest, extra=[(f"{TOP}/caf\u00e9.txt", b"x")])
    data = bytearray(dest.read_bytes())
    name = "café".encode()
    # Mark the name UTF-8 (flag 0x800) in the central header, then break its bytes.
    at = data.find(b"PK\x01\x02" , data.rfind(name) - 80)
    assert at != -1
    flags = struct.unpack_from("<H", data, at + 8)[0]
    struct.pack_into("<H", data, at + 8, flags | 0x800)
    where = data.rfind(name)
    data[where + 3 : where + 5] = b"\xff\xfe"
    dest.write_bytes(bytes(data))
    return dest


def _damaged_deflate(copy_package: Path, dest: Path) -> Path:
    rezip(copy_package, dest, compression=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(dest) as archive:
        info = archive.getinfo(f"{TOP}/model/model.bin")
    data = bytearray(dest.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 10, start + info.compress_size - 10, 997):
        data[at] ^= 0xFF
    dest.write_bytes(bytes(data))
    return dest


@pytest.mark.parametrize(
    ("kind", "message"),
    [("compression", "unsupported compression method (99)"),
     ("utf8", "not valid UTF-8"),
     ("deflate", "cannot be unpacked")],
)
def test_an_unreadable_archive_is_one_clear_line(
    copy_package: Path, tmp_path: Path, good: str, kind: str, message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dest = tmp_path / f"{kind}.argosmodel"
    if kind == "compression":
        bad = _patch_compression(rezip(copy_package, dest), 99)
    elif kind == "utf8":
        bad = _bad_utf8_name(copy_package, dest)
    else:
        bad = _damaged_deflate(copy_package, dest)
    assert run_models(["install", str(bad)], io.StringIO()) == 1
    err = capsys.readouterr().err
    assert message in err and len(lines(err)) == 1, err
    kept(good)


def test_a_five_thousand_digit_version_on_disk_is_an_unusable_package(
    copy_package: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    package = install_archive(copy_package)
    metadata = json.loads((package.path / "metadata.json").read_text())
    metadata["package_version"] = "9" * 5000
    (package.path / "metadata.json").write_text(json.dumps(metadata))
    assert run_translate(SEED, out=io.StringIO()) == 3
    assert "No fr→en translation model is installed" in capsys.readouterr().err
    out = io.StringIO()
    assert run_models(["list"], out) == 0
    assert "unusable: metadata.json has no valid package_version" in out.getvalue()


def test_a_deep_language_cache_is_set_aside_once(
    copy_package: Path, _reader_dirs: dict[str, Path], tmp_path: Path,
) -> None:
    install_archive(copy_package)
    cache = _reader_dirs["cache"]
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "language.json").write_text("[" * 3000 + "]" * 3000)
    article = tmp_path / "court.md"
    article.write_text("---\nlang: fr\n---\n\nLe chat dort.\n", encoding="utf-8")
    out = io.StringIO()
    assert run_translate(str(article), out=out) == 0
    assert "Le chat dort." in out.getvalue()
    assert (cache / "language.json.bad").exists()
    assert json.loads((cache / "language.json").read_text())["version"] == 1


# 7. Leftovers of a killed install.


def test_a_killed_install_costs_nothing_after_the_next_command(
    swap_package: Path, copy_package: Path, _reader_dirs: dict[str, Path],
) -> None:
    install_archive(swap_package)
    # `reader models install FILE` whose proof takes a while, so the kill lands mid-install.
    code = (
        "import sys\n"
        "from reader.translation import models\n"
        "models.PROVE_COMMAND = [sys.executable, '-c', 'import time; time.sleep(10)']\n"
        "from reader.translation.cli import run_models\n"
        "run_models(['install', sys.argv[1]])\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(copy_package)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        unpacked = ".staging-*/translate-fr_en-1_0/sentencepiece.model"
        while not list(packages_dir().glob(unpacked)):
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.01)
        time.sleep(0.2)  # into the proof
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(10)
    assert list(packages_dir().glob(".staging-*"))  # what a kill leaves
    out, err = io.StringIO(), io.StringIO()
    old_err, sys.stderr = sys.stderr, err
    try:
        assert run_models(["remove", "en", "de"], out) == 1
    finally:
        sys.stderr = old_err
    assert "left by an interrupted install" in err.getvalue()
    assert sorted(p.name for p in packages_dir().iterdir()) == ["translate-fr_en-0_9"]
    assert translate() == "Le Meta dort."


def test_a_model_moved_aside_by_a_killed_install_is_put_back(good: str) -> None:
    staging = packages_dir() / ".staging-killed"
    staging.mkdir()
    (staging / ".lock").write_text("")
    os.rename(packages_dir() / "translate-fr_en-0_9", staging / ".old-translate-fr_en-0_9")
    assert find_package() is None
    assert models.cleanup_leftovers() >= 0
    kept(good)


def test_an_install_running_now_is_left_alone(tmp_path: Path) -> None:
    packages_dir().mkdir(parents=True)
    young = packages_dir() / ".staging-young"
    young.mkdir()
    (young / "data").write_bytes(b"x" * 1000)
    assert models.cleanup_leftovers() == 0 and young.exists()  # no lock, under an hour
    old = time.time() - 7200
    os.utime(young, (old, old))
    assert models.cleanup_leftovers() == 1000 and not young.exists()


# 8. A huge metadata.json costs nothing.


def test_a_huge_metadata_json_is_refused_without_reading_it(
    copy_package: Path, tmp_path: Path, good: str,
) -> None:
    huge = b'{"from_code": "fr", "to_code": "en", "pad": "' + b" " * 30_000_000 + b'"}'
    bad = rezip(copy_package, tmp_path / "huge.argosmodel", replace={"metadata.json": huge},
                compression=zipfile.ZIP_DEFLATED)
    assert bad.stat().st_size < 5_000_000
    tracemalloc.start()
    try:
        with pytest.raises(InvalidPackage, match="larger than 1 MB"):
            install_archive(bad)
        (packages_dir() / "translate-fr_en-0_9" / "metadata.json").write_bytes(huge)
        assert find_package() is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000, peak
    listing = {p.name: p.problem for p in installed_packages()}
    assert listing == {"translate-fr_en-0_9": "metadata.json is larger than 1 MB"}


# 9. Redirects, checksums, versions.


@pytest.mark.parametrize("where", ["ftp://127.0.0.1:{port}/p.argosmodel",
                                   "http://localhost:{port}/p.argosmodel",
                                   "file:///etc/passwd"])
def test_redirects_to_other_schemes_or_hosts_are_not_followed(
    package_server, copy_package: Path, tmp_path: Path, where: str,
) -> None:
    port = package_server.server.server_address[1]
    package_server.routes["/p.argosmodel"] = Route(copy_package.read_bytes())
    package_server.routes["/moved"] = Route(status=302, mode="redirect",
                                            location=where.format(port=port))
    with pytest.raises(DownloadError, match="not followed"):
        within(10, lambda: download(package_server.base + "moved", tmp_path / "p"))
    assert package_server.requests == ["/moved"]
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_on_the_same_host_is_followed(
    package_server, copy_package: Path, tmp_path: Path,
) -> None:
    package_server.routes["/p.argosmodel"] = Route(copy_package.read_bytes())
    package_server.routes["/moved"] = Route(status=301, mode="redirect", location="/p.argosmodel")
    assert download(package_server.base + "moved", tmp_path / "p").read_bytes() == \
        copy_package.read_bytes()


def test_a_redirect_to_another_port_on_the_same_host_is_not_followed(
    package_server, copy_package: Path, tmp_path: Path,
) -> None:
    # A second local service on 127.0.0.1 (in real life: Redis, a database's HTTP port).
    other = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    other_state = PackageServer(other)
    other.RequestHandlerClass = handler(other_state)
    other_state.routes["/p.argosmodel"] = Route(copy_package.read_bytes())
    thread = threading.Thread(target=other.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        package_server.routes["/moved"] = Route(status=302, mode="redirect",
                                                location=other_state.base + "p.argosmodel")
        with pytest.raises(DownloadError, match="not followed"):
            within(10, lambda: download(package_server.base + "moved", tmp_path / "p"))
        assert other_state.requests == []
        assert list(tmp_path.iterdir()) == []
    finally:
        other.shutdown()
        other.server_close()
        thread.join(5)


def test_a_checksum_in_the_index_is_verified(
    package_server, copy_package: Path, good: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import hashlib

    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    package_server.serve_index({"p.argosmodel": copy_package}, sha256="0" * 64)
    assert run_models(["install", "fr", "en"], io.StringIO()) == 1
    assert "does not match the checksum" in capsys.readouterr().err
    kept(good)
    right = hashlib.sha256(copy_package.read_bytes()).hexdigest()
    package_server.serve_index({"p.argosmodel": copy_package}, checksum=f"sha256:{right}")
    assert run_models(["install", "fr", "en"], io.StringIO()) == 0
    assert find_package().version == "1.0"


def test_the_index_version_must_be_the_package_version(
    package_server, copy_package: Path, good: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    package_server.serve_index({"p.argosmodel": copy_package}, version="2.0")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    assert run_models(["install", "fr", "en"], io.StringIO()) == 1
    assert "announces version 2.0 but the package says 1.0" in capsys.readouterr().err
    kept(good)


def test_a_body_longer_or_shorter_than_announced_is_refused(
    package_server, copy_package: Path, tmp_path: Path,
) -> None:
    body = copy_package.read_bytes()
    package_server.routes["/short"] = Route(body, length=len(body) + 1000, mode="truncate")
    with pytest.raises(DownloadError, match="stopped after"):
        within(10, lambda: download(package_server.base + "short", tmp_path / "p"))
    assert list(tmp_path.iterdir()) == []


# 10. Only fr→en, refused without the network.


@pytest.mark.parametrize("pair", [("fr", "de"), ("en", "fr"), ("\x1b[2J", "en")])
def test_another_pair_is_refused_without_the_network(
    package_server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    pair: tuple[str, str],
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    assert run_models(["install", *pair], io.StringIO()) == 1
    err = capsys.readouterr().err
    assert "Only French→English (fr en) is supported" in err and no_controls(err)
    assert package_server.requests == []
    with pytest.raises(Exception, match="Only French"):
        install_pair(*pair)
    assert package_server.requests == []


# The TUI: every worker ends in one clean line, with `d` back when it applies.


def _status(app) -> str:
    from reader.ui.widgets.translation import TranslationStatus

    return str(app.query_one(TranslationStatus).query_one("Static").render())


def _footer_offers(app, action: str) -> bool:
    """The key for `action` is active, and so shown in the Footer (what `check_action` says)."""
    return any(b.binding.action == action and b.enabled
               for b in app.screen.active_bindings.values())


async def _press(app, pilot, key: str) -> None:
    await pilot.press(key)
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("failure", ["compression", "reason"])
async def test_tui_a_failed_download_says_one_clean_line_and_gives_d_back(
    package_server, copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    failure: str,
) -> None:
    from reader.ui.app import ReaderApp

    if failure == "compression":
        bad = _patch_compression(rezip(copy_package, tmp_path / "c.argosmodel"), 99)
        package_server.serve_index({"p.argosmodel": bad})
        expected = "unsupported compression method"
    else:
        package_server.serve_index({"p.argosmodel": copy_package})
        package_server.routes["/p.argosmodel"] = Route(b"", status=500, reason=ESCAPES)
        expected = "HTTP 500"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    app = ReaderApp()
    async with app.run_test(size=(150, 40)) as pilot:
        await _press(app, pilot, "t")
        assert "d downloads it" in _status(app)
        await _press(app, pilot, "d")
        shown = _status(app)
        assert shown.startswith("Download failed:") and expected in shown, shown
        assert "Press d" in shown and _footer_offers(app, "download_model")
        seen = shown + "".join(str(note.message) for note in app._notifications)
        assert no_controls(seen), seen
    assert not list(downloads_dir().iterdir())
    assert not packages_dir().exists() or list(packages_dir().iterdir()) == []


@pytest.mark.parametrize("damage", ["deep-translation-cache", "deep-language-cache",
                                    "huge-version"])
async def test_tui_damaged_caches_or_packages_never_leave_preparing_on_screen(
    copy_package: Path, _reader_dirs: dict[str, Path], damage: str,
) -> None:
    from reader.translation import TranslationCache, plan_rows
    from reader.ui.app import ReaderApp

    package = install_archive(copy_package)
    cache_dir = _reader_dirs["cache"]
    cache_dir.mkdir(parents=True, exist_ok=True)
    if damage == "deep-language-cache":
        (cache_dir / "language.json").write_text("[" * 3000 + "]" * 3000)
    if damage == "huge-version":
        metadata = json.loads((package.path / "metadata.json").read_text())
        metadata["package_version"] = "9" * 5000
        (package.path / "metadata.json").write_text(json.dumps(metadata))
    app = ReaderApp()
    async with app.run_test(size=(150, 40)) as pilot:
        await app.workers.wait_for_complete()
        if damage == "deep-translation-cache":
            cache = TranslationCache()
            for row in plan_rows(app.current):
                cache.put(package.key, row.source, "x")
            for entry in (cache_dir / "translations").rglob("*.json"):
                entry.write_text("[" * 3000 + "]" * 3000)
        await _press(app, pilot, "t")
        shown = _status(app)
        if damage == "huge-version":
            assert shown.startswith("No French→English model"), shown
        else:
            assert shown.startswith("English: all"), shown


async def test_tui_a_model_installed_from_another_shell_is_noticed(
    copy_package: Path,
) -> None:
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.translation import TranslationStatus

    MODEL_WATCH_INTERVAL = TranslationStatus.MODEL_WATCH_INTERVAL

    app = ReaderApp()
    async with app.run_test(size=(150, 40)) as pilot:
        await _press(app, pilot, "t")
        assert "d downloads it" in _status(app)
        install_archive(copy_package)  # what `reader models install` in another shell does
        await pilot.pause(MODEL_WATCH_INTERVAL + 0.5)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _status(app).startswith("English: all"), _status(app)
        assert not _footer_offers(app, "download_model")


def test_a_hanging_index_fetch_can_be_cancelled(package_server) -> None:
    from reader.translation.errors import DownloadCancelled

    package_server.routes["/index.json"] = Route(mode="hang")
    asked = threading.Event()

    def cancelled() -> bool:
        asked.set()
        return True

    with pytest.raises(DownloadCancelled):
        within(5, lambda: install_pair("fr", "en", base=package_server.base,
                                       cancelled=cancelled))
    assert asked.is_set()


def test_a_package_an_older_reader_installed_in_a_dot_folder_is_visible_and_removable(
    copy_package: Path, _reader_dirs: dict[str, Path],
) -> None:
    install_archive(copy_package)
    os.rename(packages_dir() / "translate-fr_en-1_0", packages_dir() / ".hidden")
    assert [p.name for p in installed_packages()] == [".hidden"]
    assert find_package() is not None and translate() == "Le chat dort."
    assert run_models(["remove", "fr", "en"], io.StringIO()) == 0
    assert list(packages_dir().iterdir()) == []


def test_tui_under_a_pty_neither_a_server_nor_the_model_reaches_the_terminal(
    package_server, copy_package: Path, escape_package: Path, tmp_path: Path,
) -> None:
    """The bytes a terminal gets: no payload sequence, no title change, the text still shown."""
    from hostile.helpers import Terminal, reader_env

    package_server.serve_index({"p.argosmodel": copy_package})
    package_server.routes["/p.argosmodel"] = Route(b"", status=500, reason=ESCAPES)
    env = reader_env(ARGOS_PACKAGE_INDEX=package_server.base)
    article = tmp_path / "chat.md"
    article.write_text("---\nlang: fr\n---\n\nLe chat dort sur le canapé du salon.\n",
                       encoding="utf-8")
    term = Terminal([str(article)], env, size=(150, 40))
    try:
        show_english(term)
        assert term.press_until(b"d", "HTTP 500", attempts=10), term.plain[-1500:]
        install_archive(escape_package)  # from "another shell"; noticed by the app
        assert term.wait_for("LeMinou dort", timeout=20), term.plain[-1500:]
        assert term.quit() == 0
    finally:
        term.close()
    output = term.output
    assert b"pwned" not in output and b"\x1b[2J" not in output and b"\x1b[41m" not in output
    assert b"\x1b]0;" not in output and b"\x1b]2;" not in output  # the title is never set


def test_deep_caches_count_as_empty(_reader_dirs: dict[str, Path]) -> None:
    from reader.catalog import Catalog
    from reader.language import LanguageCache

    cache = _reader_dirs["cache"]
    cache.mkdir(parents=True, exist_ok=True)
    deep = "[" * 3000 + "]" * 3000
    (cache / "catalog.json").write_text(deep)
    (cache / "language.json").write_text(deep)
    assert Catalog().load().get("x") is None
    assert LanguageCache().load().get("x") is None
    assert (cache / "language.json.bad").read_text() == deep
    assert not (cache / "language.json").exists()


def test_a_part_file_is_removed_unless_a_download_holds_it() -> None:
    import fcntl

    downloads_dir().mkdir(parents=True)
    dead = downloads_dir() / "killed.argosmodel.part"
    dead.write_bytes(b"x" * 500)
    live = downloads_dir() / "running.argosmodel.part"
    with open(live, "wb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        handle.write(b"y" * 700)
        handle.flush()
        assert models.cleanup_leftovers() == 500
        assert not dead.exists() and live.exists()
    assert models.cleanup_leftovers() == 700 and not live.exists()


def test_quitting_during_the_proof_stops_it_and_leaves_nothing(
    copy_package: Path, good: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.translation.errors import DownloadCancelled

    monkeypatch.setattr(models, "PROVE_COMMAND", [sys.executable, "-c",
                                                  "import time; time.sleep(30)"])
    started = time.monotonic()
    with pytest.raises(DownloadCancelled):
        within(10, lambda: install_archive(
            copy_package, cancelled=lambda: time.monotonic() - started > 0.5))
    kept(good)
    assert sorted(p.name for p in packages_dir().iterdir()) == ["translate-fr_en-0_9"]


def test_a_fifo_or_huge_file_in_place_of_a_cached_or_installed_file_is_not_waited_on(
    copy_package: Path,
) -> None:
    from reader.translation import TranslationCache

    package = install_archive(copy_package)
    (package.path / "metadata.json").unlink()
    os.mkfifo(package.path / "metadata.json")
    assert within(5, installed_packages)[0].problem == \
        "unreadable metadata.json (not a regular file)"
    cache = TranslationCache()
    cache.put("pkg@1", "Bonjour.", "Hello.")
    entry = next(cache.root.rglob("*.json"))
    entry.write_bytes(b'{"target": "' + b"x" * 5_000_000 + b'"}')
    assert cache.get("pkg@1", "Bonjour.") is None
