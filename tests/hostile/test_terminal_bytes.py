"""Escape sequences in files never reach the terminal: the real reader under a pty, byte by byte.

One `reader DIR` run shows a library whose texts, front matter and file names carry OSC, CSI,
DCS, APC, PM, SOS and 8-bit C1 payloads; every byte it writes is kept and searched. Textual writes
its own CSI sequences (cursor moves, modes, colours) and OSC 22 (pointer shape), so the checks look
for the payloads' own bytes, never for "any ESC".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hostile.helpers import DIRS, Terminal, reader_env

ESC = "\x1b"
ST = "\x1b\\"

BODY = (
    "---\n"
    f"title: Titre {ESC}]0;pwned-front{ESC}\\ propre\n"
    "---\n"
    f"# Entête {ESC}]2;pwned-window\x07 visible\n"
    "\n"
    f"Presse-papiers {ESC}]52;c;cHduZWQ={ESC}\\ vidé.\n"
    f"Voici {ESC}]8;;https://evil.example/osc8{ST}texte du lien{ESC}]8;;{ST} fin.\n"
    f"Effacer {ESC}[2J{ESC}[3J écran, {ESC}[21t titre, {ESC}[8;1;1t taille,"
    f" {ESC}[6n statut, {ESC}[5;31;42m clignote.\n"
    f"DCS {ESC}P1$qm{ST} requête et {ESC}Pq#0;2;0;0;0#0~~@@vv@@~~$-{ST} sixel.\n"
    f"APC {ESC}_Gf=100,a=T;QUFBQQ=={ST} kitty, PM {ESC}^pm-payload{ST} et SOS"
    f" {ESC}Xsos-payload{ST} fini.\n"
    "Huit bits : \u009b7;33m csi, \u009d0;pwned-c1\u009c osc, \u0090qpwned-dcs\u009c dcs, fin.\n"
    "\n"
    "Entités : &#27;]0;pwned-entity&#7; puis &#x9b;32m et &#155;34m et &#x1b;[2J.\n"
    "\n"
    f"Jamais terminé {ESC}]0;pwned-unterminated\n"
    "\n"
    "Dernière ligne visible.\n"
)

# Each payload: bytes that must never be written, and words around it that must show.
PAYLOADS = {
    "osc0-front-matter-title": (b"\x1b]0;pwned-front", "Titre  propre"),
    "osc2-heading": (b"\x1b]2;pwned-window", "Entête  visible"),
    "osc52-clipboard": (b"\x1b]52;c;cHduZWQ", "Presse-papiers  vidé."),
    "osc8-hyperlink": (b"\x1b]8;;https://evil.example", "texte du lien"),
    "csi-clear-screen": (b"\x1b[2J", "écran,"),
    "csi-clear-scrollback": (b"\x1b[3J", "écran,"),
    "csi-report-title": (b"\x1b[21t", "titre,"),
    "csi-resize-window": (b"\x1b[8;1;1t", "taille,"),
    "csi-cursor-report": (b"\x1b[6n", "statut,"),
    "csi-blink-colours": (b"\x1b[5;31;42m", "clignote."),
    "dcs-decrqss": (b"\x1bP1$q", "requête"),
    "dcs-sixel": (b"\x1bPq#0", "sixel."),
    "apc-kitty-graphics": (b"\x1b_G", "kitty,"),
    "pm": (b"\x1b^pm-payload", "fini."),
    "sos": (b"\x1bXsos-payload", "fini."),
    "c1-csi-8bit": ("\u009b7;33m".encode(), "csi,"),
    "c1-osc-8bit": ("\u009d0;pwned-c1".encode(), "osc,"),
    "c1-dcs-8bit": ("\u0090q".encode(), "dcs, fin."),
    "entity-esc-osc": (b"\x1b]0;pwned-entity", "pwned-entity"),
    "entity-c1-csi": ("\u009b32m".encode(), "32m"),
    "entity-decimal-c1": ("\u009b34m".encode(), "34m"),
    "entity-esc-csi": (b"\x1b[2J", "[2J."),
    "osc-unterminated": (b"\x1b]0;pwned-unterminated", "Jamais terminé"),
    "file-name-osc0": (b"\x1b]0;pwned-name", "\\x1b]0;pwned-name\\x07"),
    "file-name-osc52-in-notice": (b"\x1b]52;c;bmFtZQ", "not a text file"),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Terminal, int | None]]:
    """One real reader on the hostile library, 120x40; kept until every check has looked."""
    root = tmp_path_factory.mktemp("terminal-bytes")
    library = root / "library"
    library.mkdir()
    # Sorted by id, "a-..." opens first.
    (library / "a-hostile.md").write_text(BODY, encoding="utf-8")
    # An empty file's title is its name, which here is made of escape sequences.
    (library / "b\x1b]0;pwned-name\x07.md").write_bytes(b"")
    (library / "c\x1b]52;c;bmFtZQ==\x07.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dirs = {name: root / name.lower() for name in DIRS}
    term = Terminal([str(library)], reader_env(dirs), size=(120, 40))
    try:
        assert term.wait_for("Dernière ligne visible.", timeout=40), term.plain[-2000:]
        # The library rows, the notice and the mention counts come in the following moments.
        term.wait_for("not a text file", timeout=10)
        term.wait_for("companies", timeout=10)
        status = term.quit()
        yield term, status
    finally:
        term.close()


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_payload_never_reaches_the_terminal(run: tuple[Terminal, int | None], name: str) -> None:
    term, _ = run
    payload, shown = PAYLOADS[name]
    assert payload not in term.output, f"{name}: {payload!r} was written to the terminal"
    # The text around it is still there: stripping took the sequence, not the words.
    assert shown in term.plain, f"{name}: {shown!r} not on screen"


def test_reader_quits_cleanly_after_the_hostile_library(run: tuple[Terminal, int | None]) -> None:
    term, status = run
    assert status == 0, term.plain[-2000:]
    assert "Traceback" not in term.plain
    # No 8-bit control reached the terminal in any form (Textual writes UTF-8 text only).
    assert not any("\x80" <= ch <= "\x9f" for ch in term.text)


@pytest.mark.parametrize("word", ["pwned-front", "pwned-window", "pwned-c1", "pwned-dcs",
                                  "pwned-unterminated", "pm-payload", "sos-payload"])
def test_sequence_parameters_are_not_shown_as_text(
    run: tuple[Terminal, int | None], word: str
) -> None:
    # The whole sequence goes, its parameters with it: no half-stripped residue on screen.
    assert word not in run[0].plain


def test_the_only_osc52_is_a_copied_clean_address(tmp_path_factory: pytest.TempPathFactory) -> None:
    """`o` then `y` copies a link: reader's own OSC 52, carrying the cleaned http(s) address.

    The article also holds an OSC 52 payload in its text and a hostile link; neither is sent.
    """
    import base64
    import re
    import time

    root = tmp_path_factory.mktemp("osc52")
    library = root / "library"
    library.mkdir()
    (library / "a.md").write_text(
        f"# Copier\n\nTexte {ESC}]52;c;cHduZWQ={ESC}\\ propre et "
        f"[le lien](<https://exemple.fr/été {ESC}]52;c;ZXZpbA==\x07>) fin.\n",
        encoding="utf-8",
    )
    dirs = {name: root / name.lower() for name in DIRS}
    term = Terminal([str(library)], reader_env(dirs), size=(100, 30))
    try:
        assert term.wait_for("fin.", timeout=40), term.plain[-2000:]
        assert term.press_until(b"o", "Address")
        term.send(b"y")
        assert term.wait_for("Copied", timeout=10), term.plain[-2000:]
        term.send(b"o")  # closes the list; then q quits
        time.sleep(0.5)
        assert term.quit() == 0
    finally:
        term.close()
    sent = re.findall(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)", term.output)
    assert [base64.b64decode(p).decode() for p in sent] == ["https://exemple.fr/%C3%A9t%C3%A9"]
