"""A package whose model allocates without bound: the proof's memory ceiling stops it.

The model is the tiny copy model with one more variable of 3,000 MB in model.bin (a sparse
file: it costs no disk). CTranslate2 really allocates it and reads it in: without a ceiling
the proof's process grows past 3 GB before it translates.
"""

from __future__ import annotations

import resource
import shutil
import struct
import sys
import zipfile
from pathlib import Path

import pytest

from reader.translation.errors import InvalidPackage
from reader.translation.models import PROVE_MEMORY_MB, prove

BALLAST_MB = 3000


def greedy_package(archive: Path, dest: Path, extra_mb: int = BALLAST_MB) -> Path:
    """The package unpacked at `dest`, its model.bin holding an extra `extra_mb` variable."""
    with zipfile.ZipFile(archive) as zipped:
        top = zipped.namelist()[0].split("/")[0]
        zipped.extractall(dest.parent / "unpacked")
    shutil.move(dest.parent / "unpacked" / top, dest)
    model = dest / "model" / "model.bin"
    data = model.read_bytes()
    at = 4  # binary version
    (length,) = struct.unpack_from("<H", data, at)
    at += 2 + length + 4  # spec name, revision
    (count,) = struct.unpack_from("<I", data, at)
    size = extra_mb * 2**20
    name = b"extra/ballast"
    # name, rank 1, the one dimension, dtype int8, byte count; then the bytes (left as a hole).
    head = (struct.pack("<I", count + 1) + struct.pack("<H", len(name) + 1) + name + b"\0"
            + struct.pack("<BIBI", 1, size, 1, size))
    with open(model, "wb") as out:
        out.write(data[:at] + head)
        out.seek(size, 1)
        out.write(data[at + 4:])
    return dest


def test_a_model_that_allocates_without_bound_stops_at_the_ceiling(
    copy_package: Path, tmp_path: Path
) -> None:
    assert BALLAST_MB > PROVE_MEMORY_MB
    folder = greedy_package(copy_package, tmp_path / "greedy")
    with pytest.raises(InvalidPackage) as caught:
        prove(folder, timeout=60)
    assert str(caught.value) == (
        f"The model needs more than {PROVE_MEMORY_MB} MB of memory to translate a test sentence."
    )
    # The largest child this test process has waited for stayed far below the ballast.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < PROVE_MEMORY_MB, peak_mb


def test_the_same_model_without_the_ballast_proves(copy_package: Path, tmp_path: Path) -> None:
    # Ballast of 1 MB: the extra variable itself is no fault; only its size is.
    prove(greedy_package(copy_package, tmp_path / "light", extra_mb=1), timeout=60)


def test_a_proof_that_floods_its_error_stream_is_read_from_the_end(
    copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    from reader.translation import models

    flood = "import sys; sys.stderr.write('x' * 60_000_000 + '\\nlast words\\n'); sys.exit(1)"
    monkeypatch.setattr(models, "PROVE_COMMAND", [sys.executable, "-c", flood])
    tracemalloc.start()
    try:
        with pytest.raises(InvalidPackage, match="does not load or translate: last words"):
            prove(tmp_path, timeout=60)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, peak
