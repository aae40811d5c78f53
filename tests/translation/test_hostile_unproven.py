"""Packages reader did not install (argospm, a copied folder, an older reader): proven once.

Each package is a real tiny Argos package put straight into the packages folder, as another
tool would: one whose vocabulary is longer than its embeddings (CTranslate2 reads past them and
the process dies of SIGSEGV), one with a FIFO for its config.json (loading it waits for ever),
one whose model holds 3,000 MB. reader must say so in one line and stay up.
"""

from __future__ import annotations

import io
import json
import os
import resource
import zipfile
from pathlib import Path

import pytest
from test_hostile_memory import greedy_package

from reader.translation import models
from reader.translation.cli import run_translate
from reader.translation.engine import load_translator
from reader.translation.errors import ModelLoadError
from reader.translation.settings import packages_dir

SEED = "000_49dae49570f5a508"  # a bundled French article


def placed(archive: Path, name: str = "translate-fr_en-1_0") -> Path:
    """The package unpacked straight into the packages folder, as argospm does."""
    root = packages_dir()
    root.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zipped:
        top = zipped.namelist()[0].split("/")[0]
        zipped.extractall(root / ".unzip")
    (root / ".unzip" / top).rename(root / name)
    (root / ".unzip").rmdir()
    return root / name


def crashing(folder: Path) -> Path:
    vocabulary = folder / "model" / "shared_vocabulary.json"
    pieces = json.loads(vocabulary.read_text(encoding="utf-8"))
    # Ids two million rows past a 1,393-row table: far enough to leave every mapped page.
    padding = [f"<pad{i}>" for i in range(2_000_000)]
    vocabulary.write_text(json.dumps(pieces[:3] + padding + pieces[3:]), encoding="utf-8")
    return folder


@pytest.fixture
def proofs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The real proof, counted."""
    calls: list[Path] = []
    real = models.prove

    def counted(folder: Path, *args, **kwargs) -> None:
        calls.append(folder)
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(models, "prove", counted)
    return calls


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_a_package_that_crashes_on_load_is_refused_in_one_line_and_reader_stays_up(
    copy_package: Path, proofs: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    crashing(placed(copy_package))
    assert run_translate(SEED, out=io.StringIO()) == 1
    assert one_line_error(capsys) == (
        "reader: Cannot use model translate-fr_en-1_0: The model does not load or translate: "
        "the model crashed it (signal 11). Remove it with: reader models remove fr en."
    )
    # Remembered by content: the next command says the same without a second proof.
    assert run_translate(SEED, out=io.StringIO()) == 1
    assert "crashed it" in one_line_error(capsys)
    assert len(proofs) == 1


def test_a_package_that_hangs_on_load_is_stopped_at_the_time_limit(
    copy_package: Path, proofs: list[Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = placed(copy_package)
    config = folder / "model" / "config.json"
    config.unlink()
    os.mkfifo(config)
    monkeypatch.setattr(models, "PROVE_TIMEOUT", 3.0)
    assert run_translate(SEED, out=io.StringIO()) == 1
    assert one_line_error(capsys) == (
        "reader: Cannot use model translate-fr_en-1_0: The model did not translate a test "
        "sentence within 3 s. Remove it with: reader models remove fr en."
    )
    # A time limit can be a busy machine's fault: not remembered, proven again next time.
    assert run_translate(SEED, out=io.StringIO()) == 1
    assert "within 3 s" in one_line_error(capsys)
    assert len(proofs) == 2


def test_a_package_too_large_to_read_never_grows_reader(
    copy_package: Path, tmp_path: Path, proofs: list[Path], capsys: pytest.CaptureFixture[str],
) -> None:
    greedy_package(copy_package, packages_dir() / "translate-fr_en-1_0")
    assert run_translate(SEED, out=io.StringIO()) == 1
    assert one_line_error(capsys) == (
        "reader: Cannot use model translate-fr_en-1_0: its files hold 3003 MB, more than the "
        "2048 MB a package may. Remove it with: reader models remove fr en."
    )
    assert proofs == []  # refused before anything reads it
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 < 2048


def test_a_good_package_is_proven_once_and_proven_again_when_its_files_change(
    copy_package: Path, proofs: list[Path]
) -> None:
    folder = placed(copy_package)
    load_translator(matcher=None)
    load_translator(matcher=None)
    assert len(proofs) == 1
    # Rewritten with the same bytes (new times, same content): the proof still holds.
    model = folder / "model" / "model.bin"
    model.write_bytes(model.read_bytes())
    load_translator(matcher=None)
    assert len(proofs) == 1
    # Another tool changes a file: other content, proven again.
    config = folder / "model" / "config.json"
    config.write_text(config.read_text() + "\n")
    load_translator(matcher=None)
    assert len(proofs) == 2


def test_a_file_linked_from_elsewhere_that_changes_is_proven_again(
    copy_package: Path, proofs: list[Path], tmp_path: Path,
) -> None:
    folder = placed(copy_package)
    vocabulary = folder / "model" / "shared_vocabulary.json"
    outside = tmp_path / "elsewhere.json"
    vocabulary.rename(outside)
    vocabulary.symlink_to(outside)
    load_translator(matcher=None)
    # The link is as it was; what it points to now crashes CTranslate2.
    crashing(folder)
    with pytest.raises(ModelLoadError, match=r"the model crashed it \(signal 11\)"):
        load_translator(matcher=None)
    assert len(proofs) == 2


def test_a_package_reader_installed_is_not_proven_again(
    copy_package: Path, proofs: list[Path]
) -> None:
    models.install_archive(copy_package)
    assert len(proofs) == 1
    translator = load_translator(matcher=None)
    assert translator.translate_block("Le chat dort.") == "Le chat dort."
    assert len(proofs) == 1


def test_a_damaged_record_of_proofs_only_costs_a_proof(
    copy_package: Path, proofs: list[Path], _reader_dirs: dict[str, Path]
) -> None:
    placed(copy_package)
    load_translator(matcher=None)
    record = _reader_dirs["state"] / "model-proofs.json"
    record.write_bytes(b"\x1b[2J{not json")
    load_translator(matcher=None)
    assert len(proofs) == 2
    assert json.loads(record.read_text())["proofs"]


def test_a_first_use_proof_stops_when_the_reader_moves_on(
    copy_package: Path, proofs: list[Path], _reader_dirs: dict[str, Path],
) -> None:
    import threading
    import time

    from reader.translation.engine import shared_translator
    from reader.translation.errors import DownloadCancelled
    from reader.translation.packages import find_package

    folder = placed(copy_package)
    config = folder / "model" / "config.json"
    config.unlink()
    os.mkfifo(config)  # a proof that would wait its whole two minutes
    started = time.monotonic()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            shared_translator(find_package(), lambda: time.monotonic() - started > 0.5)
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    assert isinstance(outcome[0], DownloadCancelled)
    # Not remembered as failed: the next time it is proven again.
    assert not (_reader_dirs["state"] / "model-proofs.json").exists()


async def test_tui_an_unproven_package_that_crashes_is_one_line_in_the_pane(
    copy_package: Path, proofs: list[Path],
) -> None:
    from test_hostile_models import _press, _status

    from reader.ui.app import ReaderApp

    crashing(placed(copy_package))
    app = ReaderApp()
    async with app.run_test(size=(150, 40)) as pilot:
        await app.workers.wait_for_complete()
        await _press(app, pilot, "t")
        shown = _status(app)
        assert "Cannot use model translate-fr_en-1_0: The model does not load or translate: " \
               "the model crashed it (signal 11)." in shown, shown
        assert app.is_running


def test_models_list_says_which_packages_are_not_proven_or_failed(
    copy_package: Path, proofs: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    from reader.translation.cli import run_models

    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", (tmp_path / "no-index").as_uri() + "/")
    crashing(placed(copy_package))

    def listed() -> str:
        out = io.StringIO()
        run_models(["list"], out)
        return next(line for line in out.getvalue().splitlines() if "translate-fr_en" in line)

    assert listed().endswith("translate-fr_en-1_0  [not proven yet]")
    with pytest.raises(ModelLoadError):
        load_translator(matcher=None)
    assert listed().endswith("translate-fr_en-1_0  [failed its proof: The model does not load "
                             "or translate: the model crashed it (signal 11).]")


async def test_tui_quitting_during_a_first_use_proof_that_hangs_is_at_once(
    copy_package: Path, proofs: list[Path],
) -> None:
    import asyncio
    import time

    from test_hostile_models import _status

    from reader.ui.app import ReaderApp

    folder = placed(copy_package)
    config = folder / "model" / "config.json"
    config.unlink()
    os.mkfifo(config)  # the proof would wait its whole two minutes
    app = ReaderApp()
    async with app.run_test(size=(150, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("t")
        while not proofs:
            await pilot.pause(0.05)
        await pilot.pause(0.5)
        assert "Cannot use model" not in _status(app)
        await asyncio.wait_for(pilot.press("q"), 10)
    # The proof's child is killed with the worker: nothing keeps the process from ending (a
    # worker thread waiting on it would hold the shell for two minutes after the screen went).
    deadline = time.monotonic() + 5
    while proving(folder) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert not proving(folder)


def proving(folder: Path) -> bool:
    """Whether a proof's child for `folder` is running (its command line names the folder)."""
    for entry in Path("/proc").iterdir():
        try:
            if str(folder).encode() in (entry / "cmdline").read_bytes():
                return True
        except OSError:
            continue
    return False
