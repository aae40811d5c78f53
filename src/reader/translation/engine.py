"""Translate text block by block with an installed Argos package, driving CTranslate2 directly.

argostranslate's own `translate()` splits sentences with MiniSBD (downloads a model on first
use) and takes its beam size from a module global; here the splitting is ours, a block's
sentences go to `ctranslate2.Translator.translate_batch` as one batch, and beam size and
threads are this object's own settings. CTranslate2 and sentencepiece are imported only
when a model is loaded.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

from reader.text import clean, one_line
from reader.translation.errors import ModelLoadError, NoModelError, TranslationFailed
from reader.translation.packages import MODEL_DIR, TOKENIZER, PackageInfo, find_package
from reader.translation.protect import candidates_by_cost, protect, restore
from reader.translation.splitter import split_sentences

DEFAULT_BEAM_SIZE = 4
DEFAULT_BATCH_SIZE = 32
# Same as argostranslate's: a light preference for longer output.
LENGTH_PENALTY = 0.2

# Lines and table cells are translated apart: a model would merge them.
_SEPARATORS = re.compile(r"(\n|\t)")
_EDGE_SPACE = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


class Mention(Protocol):
    start: int
    end: int


class Matcher(Protocol):
    """reader.entities' matcher; `context` is the article the text belongs to."""

    def find(self, text: str, context: str | None = None) -> Sequence[Mention]: ...


_DEFAULT: Any = object()


def default_matcher() -> Matcher | None:
    """reader's company/model matcher (reader.entities), or None where it is not available."""
    try:
        from reader.entities import default_matcher as make
    except ImportError:
        return None
    return make()


def default_threads() -> int:
    """Threads for one translation: the machine's cores, at most 4 (more gains little)."""
    return max(1, min(4, os.cpu_count() or 1))


class Translator:
    """A loaded fr→en model: sentencepiece tokenizer + CTranslate2 translator.

    Usable from several threads: CTranslate2 queues concurrent batches, the tokenizer is
    read-only.
    """

    def __init__(
        self,
        package: PackageInfo,
        *,
        beam_size: int = DEFAULT_BEAM_SIZE,
        intra_threads: int | None = None,
        inter_threads: int = 1,
        max_batch_size: int = DEFAULT_BATCH_SIZE,
        compute_type: str = "auto",
        matcher: Matcher | None = _DEFAULT,
    ) -> None:
        self.package = package
        self.beam_size = beam_size
        self.intra_threads = intra_threads if intra_threads is not None else default_threads()
        self.inter_threads = inter_threads
        self.max_batch_size = max_batch_size
        self.matcher = default_matcher() if matcher is _DEFAULT else matcher
        self._candidates: tuple[str, ...] | None = None
        try:
            import ctranslate2
            import sentencepiece

            self._tokenizer = sentencepiece.SentencePieceProcessor(
                model_file=str(package.path / TOKENIZER)
            )
            self._model = ctranslate2.Translator(
                str(package.path / MODEL_DIR),
                device="cpu",
                compute_type=compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
        except ImportError as error:
            raise ModelLoadError(
                f"Translation needs argos-translate-lt (CTranslate2, sentencepiece): {error}"
            ) from error
        except (OSError, RuntimeError, ValueError) as error:
            raise ModelLoadError(
                f"Cannot load model {one_line(package.name, 80)}: {one_line(error, 200)}"
            ) from error

    @property
    def package_name(self) -> str:
        return self.package.name

    @property
    def package_version(self) -> str:
        return self.package.version

    @property
    def key(self) -> str:
        """Cache key of this model (package name and version)."""
        return self.package.key

    # Sentences.

    def encode(self, sentence: str) -> list[str]:
        return self._tokenizer.encode(sentence, out_type=str)

    def decode(self, pieces: list[str]) -> str:
        text = self._tokenizer.decode_pieces(pieces)
        prefix = self.package.target_prefix
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        # Model output is outside text: a vocabulary can hold escape sequences. A sentence's
        # translation is one line; the block's own line breaks are put back around it.
        return " ".join(clean(text).split("\n")).strip()

    def _run(self, sentences: Sequence[str]) -> list[str]:
        """One CTranslate2 batch: sentences in, translations out, same order."""
        if not sentences:
            return []
        tokens = [self.encode(sentence) for sentence in sentences]
        prefix = self.package.target_prefix
        longest = max(len(t) for t in tokens)
        try:
            results = self._model.translate_batch(
                tokens,
                target_prefix=[[prefix]] * len(tokens) if prefix else None,
                beam_size=self.beam_size,
                num_hypotheses=1,
                max_batch_size=self.max_batch_size,
                # Room for a translation longer than its source, never an endless loop.
                max_decoding_length=max(256, longest * 3 // 2 + 8),
                length_penalty=LENGTH_PENALTY,
                replace_unknowns=True,
            )
        except (RuntimeError, ValueError) as error:
            raise TranslationFailed(f"Translation failed: {one_line(error, 200)}") from error
        return [self.decode(result.hypotheses[0]) for result in results]

    def translate_sentences(
        self,
        sentences: Sequence[str],
        names: Sequence[Sequence[tuple[int, int]]] | None = None,
    ) -> list[str]:
        """Translate stripped sentences as one batch, names kept exactly as written.

        `names` gives each sentence's (start, end) name ranges; by default the matcher finds them.
        """
        if names is None:
            names = [self._names(sentence) for sentence in sentences]
        protected = [
            protect(s, spans, self._placeholders()) if spans else protect(s, ())
            for s, spans in zip(sentences, names, strict=True)
        ]
        outputs = self._run([p.text for p in protected])
        results: list[str | None] = [
            restore(output, p) for output, p in zip(outputs, protected, strict=True)
        ]
        # A placeholder the model lost or doubled: translate that sentence as it is.
        retry = [i for i, result in enumerate(results) if result is None]
        if retry:
            for i, output in zip(retry, self._run([sentences[i] for i in retry]), strict=True):
                results[i] = output
        return [result or "" for result in results]

    def _placeholders(self) -> tuple[str, ...]:
        if self._candidates is None:
            self._candidates = candidates_by_cost(lambda text: len(self.encode(text)))
        return self._candidates

    def _names(self, text: str, context: str | None = None) -> list[tuple[int, int]]:
        if self.matcher is None:
            return []
        return [(m.start, m.end) for m in self.matcher.find(text, context)]

    # Blocks.

    def translate_block(
        self,
        text: str,
        context: str | None = None,
        names: Sequence[tuple[int, int]] | None = None,
    ) -> str:
        """Translate a block's text: its sentences in one batch, spacing, lines and cells kept.

        `names`: the (start, end) ranges to keep as written (an article's mentions of this
        block); else the matcher finds them, `context` (the article body) helping it judge.
        """
        names = list(names) if names is not None else self._names(text, context)
        # (index in parts, leading space, sentence, trailing space, names in the sentence).
        slots: list[tuple[int, str, str, str, list[tuple[int, int]]]] = []
        parts = _SEPARATORS.split(text)
        offset = 0
        for index, part in enumerate(parts):
            if index % 2 == 0:
                for piece in split_sentences(part):
                    lead, core, trail = _EDGE_SPACE.match(piece).groups()
                    start = offset + len(lead)
                    end = start + len(core)
                    inside = [(a - start, b - start) for a, b in names if start <= a and b <= end]
                    slots.append((index, lead, core, trail, inside))
                    offset += len(piece)
            else:
                offset += len(part)
        todo = [i for i, slot in enumerate(slots) if _translatable(slot[2])]
        translated = self.translate_sentences(
            [slots[i][2] for i in todo], [slots[i][4] for i in todo]
        )
        done = dict(zip(todo, translated, strict=True))
        rebuilt = [part if index % 2 else "" for index, part in enumerate(parts)]
        for i, (index, lead, core, trail, _names) in enumerate(slots):
            rebuilt[index] += lead + done.get(i, core) + trail
        return "".join(rebuilt)

    def translate_blocks(
        self,
        texts: Iterable[str],
        cancelled: Callable[[], bool] | None = None,
        context: str | None = None,
    ) -> Iterator[tuple[int, str]]:
        """Yield (position, translation) block by block; stop as soon as `cancelled()` is true."""
        for position, text in enumerate(texts):
            if cancelled is not None and cancelled():
                return
            yield position, self.translate_block(text, context)


def _translatable(sentence: str) -> bool:
    # Numbers, bullets and punctuation alone come out as they went in: no model call.
    return any(char.isalpha() for char in sentence)


def load_translator(
    package: PackageInfo | None = None,
    *,
    from_code: str = "fr",
    to_code: str = "en",
    cancelled: Callable[[], bool] | None = None,
    **options: Any,
) -> Translator:
    """Load the installed model (slow: call it from a worker thread). Raises NoModelError.

    `cancelled` stops the first-use proof of a package reader did not install.
    """
    package = package or find_package(from_code, to_code)
    if package is None:
        raise NoModelError(from_code, to_code)
    _proven(package, cancelled)
    return Translator(package, **options)


def _proven(package: PackageInfo, cancelled: Callable[[], bool] | None) -> None:
    """A package reader did not install is proven in a child process before this one loads it."""
    from reader.translation.proofs import ensure_proven

    ensure_proven(package, cancelled)


_shared: dict[tuple[str, str, tuple], Translator] = {}
_shared_lock = threading.Lock()


def shared_translator(
    package: PackageInfo | None = None,
    cancelled: Callable[[], bool] | None = None,
    **options: Any,
) -> Translator:
    """One loaded model per package, options and process, for workers that come and go.

    Slow the first time (loads the model); raises NoModelError when nothing is installed.
    `options` go to Translator (beam_size, intra_threads: the user's settings); `cancelled`
    stops the first-use proof of a package reader did not install.
    """
    package = package or find_package("fr", "en")
    if package is None:
        raise NoModelError()
    key = (str(package.path), package.key, tuple(sorted(options.items())))
    with _shared_lock:
        translator = _shared.get(key)
    if translator is not None:
        return translator
    # Outside the lock: a proof takes up to its time limit, and other models need not wait.
    _proven(package, cancelled)
    with _shared_lock:
        translator = _shared.get(key)
        if translator is None:
            translator = _shared[key] = Translator(package, **options)
        return translator


def forget_shared_translators() -> None:
    """Drop loaded models (after a model was removed or replaced)."""
    with _shared_lock:
        _shared.clear()
