"""Run as a child process by reader.translation.models: does this package translate?

`python -m reader.translation.prove FOLDER [SECONDS [MEGABYTES]]` loads the package's
sentencepiece and CTranslate2 models and translates one sentence; exit status 0 and the
translation on stdout if it works. A native crash, a hang or a model that allocates without
bound then costs this process, not reader nor the rest of the machine.
"""

from __future__ import annotations

import contextlib
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


# Exit status when the model needs more memory than the ceiling allows.
OUT_OF_MEMORY = 5


def _limit_memory(megabytes: float) -> None:
    """Cap this process's address space, so an allocation past it fails instead of swapping."""
    try:
        import ctypes
        import resource
    except ImportError:  # not on this system: the time limit still holds
        return
    # C++ unwinds a bad_alloc through libgcc_s, loaded on first throw: under the cap that load
    # can fail, and the process aborts instead of reporting the allocation.
    with contextlib.suppress(OSError):
        ctypes.CDLL("libgcc_s.so.1")
    limit = int(megabytes * 1024 * 1024)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_NO_MEMORY = ("bad_alloc", "out of memory", "failed to allocate", "cannot allocate memory")


def _out_of_memory(error: BaseException) -> bool:
    text = str(error).lower()
    return isinstance(error, MemoryError) or any(words in text for words in _NO_MEMORY)


def main(argv: list[str]) -> int:
    from reader.translation.models import PROVE_SENTENCE
    from reader.translation.packages import MODEL_DIR, TOKENIZER, read_package

    folder = Path(argv[0])
    _watchdog(float(argv[1]) if len(argv) > 1 else 120.0)
    if len(argv) > 2:
        _limit_memory(float(argv[2]))
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
        if _out_of_memory(error):
            print("the model needs more memory than allowed", file=sys.stderr)
            return OUT_OF_MEMORY
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
