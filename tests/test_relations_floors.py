"""Regression floors on every relation batch (scores in tests/data/relations_scores.md).

Guards at a little under the scores reached, not targets: every batch here has been studied
or scored during development (R20–R23 from the eleventh round on), so only batches kept out of
tests/data measure the rules on unseen text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.relations_score import score

DATA = Path(__file__).parent / "data"

FLOORS = {  # batch: (precision, recall) over the scored types
    "R2": (0.92, 0.85),
    "R3": (0.98, 0.97),
    "R4": (0.94, 0.91),
    "R5": (0.95, 0.79),
    "R6": (0.96, 0.86),
    "R7": (0.97, 0.89),
    "R8": (0.88, 0.73),
    "R9": (0.96, 0.83),
    "R10": (0.92, 0.81),
    "R11": (0.91, 0.81),
    "R12": (0.90, 0.77),
    "R13": (0.98, 0.83),
    "R14": (0.92, 0.83),
    "R15": (0.90, 0.80),
    "R16": (0.86, 0.75),
    "R17": (0.90, 0.73),
    "R18": (0.88, 0.73),
    "R19": (0.94, 0.79),
    # Blind through the tenth round (first runs in each batch's about); development since.
    "R20": (0.94, 0.80),
    "R21": (0.93, 0.80),
    "R22": (0.95, 0.78),
    "R23": (0.89, 0.75),
    # Blind through session 7 (first and end-of-session runs in each about).
    "R24": (0.88, 0.78),
    "R25": (0.96, 0.78),
    "R26": (0.96, 0.83),
    # R27–R38: studied by rounds fourteen to sixteen; floors raised in sessions 10 and 11 to 0.02
    # under the scores reached (first runs and later scores in each about).
    "R27": (0.93, 0.77),
    "R28": (0.95, 0.67),
    "R29": (0.95, 0.80),
    "R30": (0.93, 0.66),
    "R31": (0.92, 0.71),
    "R32": (0.89, 0.64),
    "R33": (0.96, 0.81),
    "R34": (0.92, 0.75),
    "R35": (0.94, 0.71),
    "R36": (0.92, 0.59),
    "R37": (0.85, 0.65),
    "R38": (0.96, 0.74),
    # Test set G, blind through session 10, studied by round sixteen (session 11); floors 0.02
    # under the scores reached (first run and later scores in each about).
    "R39": (0.95, 0.63),
    "R40": (0.91, 0.70),
    "R41": (0.88, 0.68),
    # Test set H, blind through session 11 (first run and after-round scores in each about).
    "R42": (0.83, 0.65),
    "R43": (0.84, 0.45),
    "R44": (0.77, 0.59),
    # Test set I, blind through session 12 (first run and final scores in each about); floors
    # 0.02 under the scores with the classifier re-shipped on R1-R49.
    "R45": (0.79, 0.50),
    "R46": (0.63, 0.38),
    "R47": (0.76, 0.48),
    "R48": (0.82, 0.49),
    "R49": (0.91, 0.49),
}


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_relation_batches_do_not_fall_back(batch: str) -> None:
    result = score(json.loads((DATA / f"relations_{batch}.json").read_text(encoding="utf-8")))
    precision, recall = FLOORS[batch]
    assert result.scored.precision >= precision, result.summary()
    assert result.scored.recall >= recall, result.summary()


def test_scores_piped_into_a_reader_that_leaves_early_end_quietly() -> None:
    # `python -m reader.relations_score FILE --errors | head -1` printed a BrokenPipeError.
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-m", "reader.relations_score", str(DATA / "relations_R8.json"),
         "--errors"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()
    error = child.stderr.read().decode()
    assert child.wait(60) == 0
    assert first.startswith(b"scored types:")
    assert "Traceback" not in error
