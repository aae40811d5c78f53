"""Run as a child process by reader.translation.models: does this package translate?

`python -m reader.translation.prove FOLDER` loads the package's sentencepiece and CTranslate2
models and translates one sentence; exit status 0 and the translation on stdout if it works.
A native crash or a hang in a damaged model then costs this process, not reader.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path


def _watchdog(limit: float) -> None:
    """End this process when its parent is gone (killed) or its time is up: never an orphan."""
    parent = os.getppid()
    deadline = time.monotonic() + limit

    def watch() -> None:
        while time.monotonic() < deadline and os.getppid() == parent:
            time.sleep(0.2)
        os._exit(4)

    threading.Thread(target=watch, daemon=True).start()


def main(argv: list[str]) -> int:
    from reader.translation.models import PROVE_SENTENCE
    from reader.translation.packages import MODEL_DIR, TOKENIZER, read_package

    folder = Path(argv[0])
    _watchdog(float(argv[1]) if len(argv) > 1 else 120.0)
    package = read_package(folder)
    if not package.ok:
        print(package.problem, file=sys.stderr)
        return 2
    try:
        import ctranslate2
        import sentencepiece
    except ImportError as error:
        print(f"Translation needs argos-translate-lt (CTranslate2, sentencepiece): {error}",
              file=sys.stderr)
        return 3
    try:
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(folder / TOKENIZER))
        model = ctranslate2.Translator(str(folder / MODEL_DIR), device="cpu", intra_threads=1)
        tokens = tokenizer.encode(PROVE_SENTENCE, out_type=str)
        prefix = package.target_prefix
        result = model.translate_batch(
            [tokens], target_prefix=[[prefix]] if prefix else None, beam_size=1,
            max_decoding_length=64,
        )
        output = tokenizer.decode_pieces(result[0].hypotheses[0])
    except Exception as error:  # any failure means: not installable
        message = " ".join(str(error).split()) or type(error).__name__
        print(f"{type(error).__name__}: {message[:300]}", file=sys.stderr)
        return 1
    if not output.strip():
        print("the model translated a sentence into nothing", file=sys.stderr)
        return 1
    print(json.dumps({"output": output}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
