"""How much address space the model proof needs, against its ceiling (models.PROVE_MEMORY_MB).

For the tiny test package and one with a real Argos fr→en model's shapes (about 80 MB, int8,
see benchmarks/translate.py), finds by bisection the smallest ceiling under which the proof's
child still translates its sentence, and its peak resident memory without a ceiling.
Run: .venv/bin/python benchmarks/prove_memory.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))


def _works(folder: Path, megabytes: int) -> bool:
    from reader.translation import models

    try:
        models.prove(folder, timeout=60, memory_mb=megabytes)
    except models.InvalidPackage:
        return False
    return True


def _floor(folder: Path, low: int = 64, high: int = 2048) -> int:
    """Smallest ceiling (to 8 MB) under which the proof passes."""
    while high - low > 8:
        middle = (low + high) // 2
        if _works(folder, middle):
            high = middle
        else:
            low = middle
    return high


def _resident_mb(folder: Path) -> float:
    """Peak resident memory of one proof's child, no ceiling (its own VmHWM at exit)."""
    code = ("import sys; from reader.translation import prove; prove.main(sys.argv[1:]); "
            "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0])")
    result = subprocess.run([sys.executable, "-P", "-c", code, str(folder), "60"],
                            capture_output=True, text=True, check=True)
    return int(result.stdout.split("VmHWM:")[1].split()[0]) / 1024


def main() -> None:
    from argos_fixtures import build_package
    from translate import _environment, build_real_shaped_package

    from reader.translation.models import PROVE_MEMORY_MB

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        _environment(tmp)
        packages = {"tiny": build_package(tmp / "tiny.argosmodel"),
                    "real-shaped": build_real_shaped_package(tmp)}
        print(f"ceiling: {PROVE_MEMORY_MB} MB of address space")
        for label, archive in packages.items():
            with zipfile.ZipFile(archive) as zipped:
                top = zipped.namelist()[0].split("/")[0]
                zipped.extractall(tmp / label)
            folder = tmp / label / top
            floor = _floor(folder)
            resident = _resident_mb(folder)
            print(f"{label:12} {archive.stat().st_size / 1e6:5.0f} MB package: needs {floor} MB "
                  f"of address space ({PROVE_MEMORY_MB / floor:.1f}x under the ceiling), "
                  f"{resident:.0f} MB resident")


if __name__ == "__main__":
    main()
