"""What proving a package costs: `reader models install FILE` with and without the proof.

The proof (load the model and translate a sentence in a child process, see
reader.translation.models.prove) is what keeps a broken package from replacing a working
model; this measures it on a package with a real Argos model's shapes (about 60 MB, int8,
see benchmarks/translate.py), against the same install with the proof skipped, in the same
run. Run: .venv/bin/python benchmarks/install.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from translate import _environment, build_real_shaped_package

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        _environment(tmp)
        from reader.translation import models

        package = build_real_shaped_package(tmp)
        size = package.stat().st_size / 1e6
        proven: list[float] = []
        unproven: list[float] = []
        real_prove = models.prove
        # Interleaved, so a busy shared machine favours neither.
        for _ in range(args.rounds):
            for times, prove in ((unproven, lambda *a, **k: None), (proven, real_prove)):
                models.prove = prove
                started = time.perf_counter()
                models.install_archive(package)
                times.append(time.perf_counter() - started)
                models.remove("fr", "en")
        models.prove = real_prove
    base, full = statistics.median(unproven), statistics.median(proven)
    print(f"package: {size:.0f} MB, {args.rounds} rounds (median)")
    print(f"install without proof (baseline): {base:.2f} s")
    print(f"install with proof:               {full:.2f} s  ({full / base:.2f}x baseline, "
          f"+{full - base:.2f} s)")


if __name__ == "__main__":
    main()
