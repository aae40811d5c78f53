"""Hostile packages and indexes found by a second probe (issue 9): each failed before its fix.

Same fixtures as test_hostile_models.py: the swap model installed first (`good`) must still
translate the same way after every refused install.
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import pytest
from argos_server import Route
from test_hostile_models import (  # noqa: F401 (good: a fixture)
    good,
    kept,
    no_controls,
    with_metadata,
    within,
)

from reader.translation import models
from reader.translation.cli import run_models, run_translate
from reader.translation.errors import DownloadError, InvalidPackage
from reader.translation.models import (
    download,
    fetch_index,
    install_available,
    prove,
    validate_archive,
)
from reader.translation.settings import downloads_dir


def test_the_proof_never_runs_code_from_the_current_folder(
    copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A user installing from ~/Downloads must not run a ctranslate2.py someone left there."""
    with zipfile.ZipFile(copy_package) as archive:
        archive.extractall(tmp_path / "unpacked")
    planted = tmp_path / "downloads"
    planted.mkdir()
    marker = tmp_path / "ran"
    (planted / "ctranslate2.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    monkeypatch.chdir(planted)
    prove(tmp_path / "unpacked" / "translate-fr_en-1_0")
    assert not marker.exists()


def test_a_version_in_other_digits_is_refused(
    copy_package: Path, tmp_path: Path, good: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Arabic-Indic or full-width digits are digits to a regex, not a short dotted version."""
    for version in ("\u0661.\u0660", "\uff11.0"):
        bad = with_metadata(copy_package, tmp_path / "digits.argosmodel",
                            package_version=version)
        assert run_models(["install", str(bad)]) == 1
        assert "package_version" in capsys.readouterr().err
        bad.unlink()
    kept(good)


@pytest.mark.parametrize("lie", [False, True])
def test_a_central_directory_too_large_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lie: bool,
) -> None:
    """The member count was known only once zipfile had built every entry (200,000: 40 s and
    110 MB); the end record says how many there are, and how large their directory is (an
    end record can lie about the count, zipfile reads the directory by its size)."""
    path = tmp_path / "many.argosmodel"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(models.MAX_MEMBERS + 1):
            archive.writestr(f"t/{number:05}" + "x" * 200, b"")
    if lie:
        data = bytearray(path.read_bytes())
        end = data.rfind(b"PK\x05\x06")
        data[end + 8 : end + 12] = struct.pack("<HH", 1, 1)
        path.write_bytes(bytes(data))

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the central directory was parsed")

    monkeypatch.setattr(zipfile, "ZipFile", never)
    with pytest.raises(InvalidPackage, match="too many files"):
        validate_archive(path)


def test_an_index_entry_with_many_links_is_tried_on_a_few(package_server, good: str) -> None:  # noqa: F811
    """Each link has its own deadline: a hundred hanging links would be a hundred deadlines."""
    links = [f"{package_server.base}hang{number}" for number in range(100)]
    for number in range(100):
        package_server.routes[f"/hang{number}"] = Route(mode="hang")
    entry = {"from_code": "fr", "to_code": "en", "package_version": "2.0", "type": "translate",
             "links": links}
    package_server.routes["/index.json"] = Route(json.dumps([entry]).encode())
    (available,) = fetch_index(package_server.base)
    with pytest.raises(DownloadError, match="timed out"):
        install_available(available, timeout=0.2)
    tried = [path for path in package_server.requests if path.startswith("/hang")]
    assert 1 <= len(tried) <= 3
    kept(good)


def test_a_fifo_in_place_of_a_cache_file_is_not_waited_on(
    _reader_dirs: dict[str, Path],
) -> None:
    """A translation, language or figures cache file that is a FIFO counts as empty."""
    from reader.catalog import Catalog
    from reader.language import LanguageCache
    from reader.translation import TranslationCache

    cache = TranslationCache()
    cache.put("pkg@1", "Bonjour.", "Hello.")
    entry = next(cache.root.rglob("*.json"))
    entry.unlink()
    os.mkfifo(entry)
    assert within(5, lambda: cache.get("pkg@1", "Bonjour.")) is None
    root = _reader_dirs["cache"]
    os.mkfifo(root / "language.json")
    assert within(5, lambda: LanguageCache().load().get("x")) is None
    os.mkfifo(root / "catalog.json")
    assert within(5, lambda: Catalog().load().get("x")) is None


def test_a_download_left_by_a_killed_install_is_removed_by_the_next_command(
    package_server, copy_package: Path, good: str, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    """Killed during the proof, `models install fr en` left the whole downloaded package."""
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    downloads_dir().mkdir(parents=True)
    left = downloads_dir() / "translate-fr_en.argosmodel"
    left.write_bytes(copy_package.read_bytes())
    assert run_models(["list"]) == 0
    assert list(downloads_dir().iterdir()) == []

    # A download another command is installing right now is left alone.
    package_server.serve_index({"p.argosmodel": copy_package})
    (available,) = [p for p in fetch_index(package_server.base) if p.to_code == "en"]
    real_prove = models.prove

    def prove_while_another_command_runs(*args: object, **kwargs: object) -> None:
        assert models.cleanup_leftovers() == 0
        real_prove(*args, **kwargs)

    monkeypatch.setattr(models, "prove", prove_while_another_command_runs)
    assert install_available(available).version == "1.0"
    assert list(downloads_dir().iterdir()) == []


def test_a_cached_translation_holding_a_lone_surrogate_is_translated_again(
    good: str, tmp_path: Path, _reader_dirs: dict[str, Path],  # noqa: F811
) -> None:
    """Valid JSON ("\\ud800") that no terminal can print failed every `reader translate`."""
    article = tmp_path / "chat.md"
    article.write_text("---\nlang: fr\n---\n\nLe chat dort sur le canapé du salon.\n",
                       encoding="utf-8")

    def run() -> str:
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        assert run_translate(str(article), as_json=True, out=out) == 0
        out.flush()
        return out.buffer.getvalue().decode("utf-8")

    first = run()
    assert "Le Meta dort" in first
    entries = list((_reader_dirs["cache"] / "translations").rglob("*.json"))
    assert entries
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["target"] = "Damaged \ud800 entry"
        entry.write_text(json.dumps(data), encoding="utf-8")
    assert run() == first


def test_a_language_cache_holding_escapes_never_reaches_the_terminal(
    tmp_path: Path, _reader_dirs: dict[str, Path],
) -> None:
    """`reader list` printed a cached language code as it was: an OSC title change went out."""
    from reader.cli import run_list

    library = tmp_path / "lib"
    library.mkdir()
    (library / "a.md").write_text(
        "# Titre\n\nLe chat dort sur le canapé pendant que le chien joue dans le jardin.\n",
        encoding="utf-8",
    )

    def listed() -> str:
        out = io.StringIO()
        assert run_list([str(library)], out=out) == 0
        return out.getvalue()

    assert " fr " in listed()
    cache = _reader_dirs["cache"] / "language.json"
    data = json.loads(cache.read_text(encoding="utf-8"))
    for entry in data["entries"].values():
        entry["lang"] = "\x1b]0;pwned\x07"
    cache.write_text(json.dumps(data), encoding="utf-8")
    out = listed()
    assert " fr " in out and no_controls(out)


def test_a_content_length_in_other_digits_is_no_length(
    package_server, copy_package: Path, tmp_path: Path,
) -> None:
    """"²" is a digit to str.isdigit and not to int(): the download failed on a ValueError."""
    package_server.routes["/p"] = Route(copy_package.read_bytes(), length="\u00b2")
    dest = download(package_server.base + "p", tmp_path / "p.argosmodel")
    assert dest.read_bytes() == copy_package.read_bytes()
