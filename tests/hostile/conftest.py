"""Fixtures for the hostile-input suite: real readers in pseudo-terminals, cleaned up after."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from hostile.helpers import Terminal


@pytest.fixture
def terminal() -> Iterator[Callable[..., Terminal]]:
    """Start `reader ARGS` in a pty: terminal(args, env, size=(100, 30)); killed after the test."""
    started: list[Terminal] = []

    def start(
        args: list[str], env: Mapping[str, str], size: tuple[int, int] = (100, 30),
        cwd: Path | None = None,
    ) -> Terminal:
        term = Terminal(args, env, size, cwd)
        started.append(term)
        return term

    yield start
    for term in started:
        term.close()
