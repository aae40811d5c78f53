"""Model management against real packages and a local HTTP package server."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from argos_server import Route

from reader.translation import models
from reader.translation.errors import (
    DownloadCancelled,
    DownloadError,
    IndexError_,
    InvalidPackage,
)
from reader.translation.models import (
    DownloadProgress,
    download,
    fetch_index,
    install_archive,
    install_pair,
    remove,
    validate_archive,
)
from reader.translation.packages import find_package, installed_packages
from reader.translation.settings import argos_package_module, downloads_dir, packages_dir


def _rezip(source: Path, dest: Path, *, drop: str | None = None,
           extra: list[tuple[zipfile.ZipInfo | str, bytes]] = ()) -> Path:
    """Copy an .argosmodel, leaving out members ending with `drop`, adding `extra`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w") as new:
        for info in old.infolist():
            if drop and info.filename.endswith(drop):
                continue
            new.writestr(info, old.read(info))
        for member, data in extra:
            new.writestr(member, data)
    return dest


def _symlink_member(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    info.create_system = 3
    return info


def _nothing_installed() -> None:
    root = packages_dir()
    leftovers = sorted(p.name for p in root.iterdir()) if root.exists() else []
    assert leftovers == []


# Validation.


def test_a_good_package_validates(copy_package: Path) -> None:
    top, metadata = validate_archive(copy_package)
    assert top == "translate-fr_en-1_0"
    assert (metadata["from_code"], metadata["to_code"]) == ("fr", "en")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"extra": [("../evil.txt", b"x")]}, "outside the package"),
        ({"extra": [("translate-fr_en-1_0/../../evil.txt", b"x")]}, "outside the package"),
        ({"extra": [("/etc/evil", b"x")]}, "absolute path"),
        ({"extra": [(_symlink_member("translate-fr_en-1_0/link", "/etc"), b"/etc")]},
         "symbolic link"),
        ({"extra": [("other/readme", b"x")]}, "one top folder"),
        ({"extra": [("loose.txt", b"x")]}, "one top folder"),
        ({"drop": "metadata.json"}, "no metadata.json"),
        ({"drop": "model/model.bin"}, "model/ folder"),
        ({"drop": "sentencepiece.model"}, "no sentencepiece.model"),
    ],
)
def test_bad_packages_are_refused_and_nothing_is_installed(
    copy_package: Path, tmp_path: Path, change: dict, message: str
) -> None:
    bad = _rezip(copy_package, tmp_path / "bad.argosmodel", **change)
    with pytest.raises(InvalidPackage, match=message):
        validate_archive(bad)
    with pytest.raises(InvalidPackage, match=message):
        install_archive(bad)
    _nothing_installed()
    assert not (tmp_path.parent / "evil.txt").exists()


def test_metadata_must_name_a_translation_pair(copy_package: Path, tmp_path: Path) -> None:
    for metadata, message in [
        ({"from_code": "fr", "type": "translate"}, "to_code"),
        ({"from_code": "fr", "to_code": "en", "type": "sbd"}, "not a translation model"),
    ]:
        bad = _rezip(copy_package, tmp_path / "bad.argosmodel", drop="metadata.json",
                     extra=[("translate-fr_en-1_0/metadata.json", json.dumps(metadata).encode())])
        with pytest.raises(InvalidPackage, match=message):
            validate_archive(bad)


def test_not_a_zip_and_too_large_are_refused(copy_package: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.argosmodel"
    text.write_text("not a zip")
    with pytest.raises(InvalidPackage, match="not a zip"):
        install_archive(text)
    with pytest.raises(InvalidPackage, match="more than the 1000 allowed"):
        validate_archive(copy_package, max_bytes=1000)


def test_a_damaged_archive_is_not_installed(copy_package: Path, tmp_path: Path) -> None:
    data = bytearray(copy_package.read_bytes())
    with zipfile.ZipFile(copy_package) as archive:
        info = archive.getinfo("translate-fr_en-1_0/model/model.bin")
    # Flip bytes inside model.bin's stored data: the CRC check fails during extraction.
    middle = info.header_offset + 100 + info.file_size // 2
    data[middle : middle + 8] = bytes(8)
    damaged = tmp_path / "damaged.argosmodel"
    damaged.write_bytes(bytes(data))
    with pytest.raises(InvalidPackage, match="cannot be unpacked"):
        install_archive(damaged)
    _nothing_installed()


# Install, list, remove.


def test_install_from_a_local_file_then_remove(copy_package: Path) -> None:
    package = install_archive(copy_package)
    assert package.ok and package.path.parent == packages_dir()
    assert find_package("fr", "en") == package
    assert [p.name for p in installed_packages()] == ["translate-fr_en-1_0"]
    assert [p.name for p in remove("fr", "en")] == ["translate-fr_en-1_0"]
    assert find_package("fr", "en") is None
    _nothing_installed()


def test_installing_a_new_version_replaces_the_old(copy_package: Path, swap_package: Path) -> None:
    install_archive(copy_package)
    newer = install_archive(swap_package)
    assert [p.name for p in installed_packages()] == [newer.name]
    assert find_package() == newer


def test_a_broken_package_never_breaks_listing(copy_package: Path) -> None:
    good = install_archive(copy_package)
    (packages_dir() / "empty-folder").mkdir()
    broken = packages_dir() / "bad-metadata"
    broken.mkdir()
    (broken / "metadata.json").write_text("{not json")
    (packages_dir() / "stray-file.txt").write_text("x")
    listing = {p.name: p.problem for p in installed_packages()}
    assert listing["translate-fr_en-1_0"] is None
    assert listing["empty-folder"] == "no metadata.json"
    assert "unreadable metadata.json" in listing["bad-metadata"]
    assert "stray-file.txt" not in listing
    assert find_package() == good


def test_argostranslate_reads_what_we_install_and_we_read_what_it_installs(
    copy_package: Path,
) -> None:
    package_module = argos_package_module()
    # Installed by argostranslate itself, into reader's package dir.
    package_module.install_from_path(copy_package)
    ours = find_package()
    assert ours is not None and ours.path.parent == packages_dir()
    argos = package_module.get_installed_packages()
    assert [(p.from_code, p.to_code, p.package_version) for p in argos] == [("fr", "en", "1.0")]
    assert Path(argos[0].package_path) == ours.path


def test_argostranslate_settings_point_into_reader_data_dir(
    tmp_path: Path, _reader_dirs: dict[str, Path]
) -> None:
    from reader.translation.settings import argos_settings

    settings = argos_settings()
    assert settings.package_data_dir == _reader_dirs["data"] / "argos" / "packages"
    assert settings.package_dirs == [settings.package_data_dir]
    assert settings.device == "cpu"


def test_argostranslate_imports_with_an_unwritable_home(tmp_path: Path) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("READER_", "XDG_"))}
    env.update(HOME=str(home), ARGOS_INTER_THREADS="lots", ARGOS_CHUNK_TYPE="??")
    code = (
        "import os, sys\n"
        "from reader.translation.settings import argos_settings, packages_dir\n"
        "from reader.translation.packages import installed_packages\n"
        "s = argos_settings()\n"
        "assert s.package_data_dir == packages_dir(), (s.package_data_dir, packages_dir())\n"
        "assert installed_packages() == []\n"
        "assert 'XDG_DATA_HOME' not in os.environ and os.environ['HOME'] == sys.argv[1]\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(home)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr


# Index and download against a local server.


def test_index_is_read_from_argos_package_index(
    package_server, copy_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package_server.serve_index({"fr_en.argosmodel": copy_package})
    # Without its trailing slash too: it is added.
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base.rstrip("/"))
    found = fetch_index()
    assert [(p.from_code, p.to_code, p.version) for p in found] == [
        ("fr", "en", "1.0"), ("en", "de", "1.0"),
    ]
    assert package_server.requests == ["/index.json"]


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (Route(b"<html>not json</html>"), "not valid JSON"),
        (Route(b'{"packages": []}'), "not a list of packages"),
        (Route(b"", status=500), "HTTP 500"),
        (None, "HTTP 404"),
    ],
)
def test_malformed_or_missing_index_is_a_clear_error(
    package_server, route: Route | None, message: str
) -> None:
    if route is not None:
        package_server.routes["/index.json"] = route
    with pytest.raises(IndexError_, match=message):
        fetch_index(package_server.base)


def test_an_index_server_that_never_answers_times_out(package_server) -> None:
    package_server.routes["/index.json"] = Route(mode="hang")
    started = time.monotonic()
    with pytest.raises(IndexError_, match="timed out"):
        fetch_index(package_server.base, timeout=0.5)
    assert time.monotonic() - started < 3


def test_an_unreachable_index_is_a_clear_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(IndexError_, match="Cannot reach the package index"):
        fetch_index(f"http://127.0.0.1:{port}/", timeout=2)


def test_index_deadline_is_at_most_fifteen_seconds() -> None:
    # A deadline for the whole fetch, not a per-read timeout a dripping server could beat.
    assert models.INDEX_TIMEOUT <= 15


def test_the_real_limits_are_the_ones_the_tests_scale_down() -> None:
    from reader.translation.packages import MAX_METADATA_BYTES

    assert (models.MIN_THROUGHPUT, models.THROUGHPUT_WINDOW) == (10 * 1024, 30.0)
    assert models.DOWNLOAD_TIMEOUT == 30.0 and models.LEFTOVER_AGE == 3600.0
    assert MAX_METADATA_BYTES == 1024 * 1024
    assert models.MAX_DOWNLOAD_BYTES == 1024 ** 3 and models.MAX_INDEX_BYTES == 8 * 1024 ** 2


def test_download_reports_progress_and_leaves_no_part_file(
    package_server, copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "CHUNK", 64 * 1024)
    package_server.routes["/p.argosmodel"] = Route(copy_package.read_bytes())
    steps: list[DownloadProgress] = []
    dest = download(package_server.base + "p.argosmodel", tmp_path / "p.argosmodel",
                    progress=steps.append)
    size = copy_package.stat().st_size
    assert dest.read_bytes() == copy_package.read_bytes()
    assert steps[-1].done == steps[-1].total == size and steps[-1].fraction == 1
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert all(s.speed > 0 for s in steps)
    assert not (tmp_path / "p.argosmodel.part").exists()


def test_a_stale_part_file_is_not_reused(
    package_server, copy_package: Path, tmp_path: Path
) -> None:
    (tmp_path / "p.argosmodel.part").write_bytes(b"stale bytes from another run")
    package_server.routes["/p.argosmodel"] = Route(copy_package.read_bytes())
    dest = download(package_server.base + "p.argosmodel", tmp_path / "p.argosmodel")
    assert dest.read_bytes() == copy_package.read_bytes()


def test_a_download_cut_mid_body_is_an_error_and_installs_nothing(
    package_server, copy_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package_server.serve_index({"fr_en.argosmodel": copy_package})
    package_server.routes["/fr_en.argosmodel"].mode = "truncate"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    with pytest.raises(DownloadError, match=r"stopped after \d+ of \d+ bytes"):
        install_pair("fr", "en", timeout=5)
    _nothing_installed()
    assert not any(downloads_dir().glob("*")) if downloads_dir().exists() else True


def test_a_missing_package_file_is_a_clear_error(package_server, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="HTTP 404"):
        download(package_server.base + "nope.argosmodel", tmp_path / "nope.argosmodel")
    assert list(tmp_path.iterdir()) == []


def test_a_download_that_stalls_times_out(package_server, tmp_path: Path) -> None:
    package_server.routes["/slow.argosmodel"] = Route(mode="hang")
    started = time.monotonic()
    with pytest.raises(DownloadError, match="timed out"):
        download(package_server.base + "slow.argosmodel", tmp_path / "slow.argosmodel",
                 timeout=0.5)
    assert time.monotonic() - started < 3
    assert list(tmp_path.iterdir()) == []


def test_a_download_can_be_cancelled(
    package_server, copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "CHUNK", 16 * 1024)
    package_server.routes["/p.argosmodel"] = Route(copy_package.read_bytes())
    reads = []

    def cancelled() -> bool:
        reads.append(1)
        return len(reads) > 3

    with pytest.raises(DownloadCancelled):
        download(package_server.base + "p.argosmodel", tmp_path / "p.argosmodel",
                 cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_install_pair_downloads_validates_and_installs(
    package_server, copy_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package_server.serve_index({"fr_en.argosmodel": copy_package})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    steps: list[DownloadProgress] = []
    package = install_pair("fr", "en", progress=steps.append)
    assert package.ok and find_package() == package
    assert steps and steps[-1].done == copy_package.stat().st_size
    # The downloaded file is not kept once installed.
    assert list(downloads_dir().glob("*")) == []


def test_install_pair_refuses_a_package_that_fails_validation(
    package_server, copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evil = _rezip(copy_package, tmp_path / "evil.argosmodel", extra=[("../../x", b"x")])
    package_server.serve_index({"fr_en.argosmodel": evil})
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    with pytest.raises(InvalidPackage):
        install_pair("fr", "en")
    _nothing_installed()
