"""Translation benchmark on a copy model padded to a real Argos model's shapes.

The model (built with numpy, see tests/argos_fixtures.py) has 6 encoder and 6 decoder
layers, d_model 512, 8 heads, feed-forward 2048 and a 32,000-token vocabulary, saved in int8
as Argos packages are, so compute and loading resemble an Argos fr→en model; since it copies
its input, output length equals input length, as in real translation. Measured on the
bundled articles:

- words/s of our pipeline (split, name protection, tokenizer, one batch per block, restore),
- the same sentences through raw `ctranslate2.Translator.translate_batch` (the overhead),
- time to the first translated block in a fresh process (imports, model load, one block),
- reopening an already translated article from the cache (fresh process and warm).

Run: /work/venv/bin/python benchmarks/translate.py [--articles N] [--beam 4]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

REAL_VOCABULARY = 32_000


def _environment(tmp: Path) -> None:
    for name in ("STATE", "DATA", "CACHE", "CONFIG"):
        os.environ[f"READER_{name}_DIR"] = str(tmp / name.lower())


def build_real_shaped_package(tmp: Path) -> Path:
    """A copy model with a real model's layer shapes and vocabulary size, as .argosmodel."""
    from argos_fixtures import (
        REAL_SHAPE,
        build_copy_model,
        train_sentencepiece,
        vocabulary,
        zip_folder,
    )

    folder = tmp / "build" / "translate-fr_en-bench"
    (folder / "model").mkdir(parents=True)
    tokenizer = train_sentencepiece(folder / "sentencepiece.model")
    pieces = vocabulary(tokenizer)
    # Pieces the tokenizer never produces, so the output layer is as wide as a real one.
    padded = pieces + [f"<extra_{i}>" for i in range(REAL_VOCABULARY - len(pieces))]
    build_copy_model(folder / "model", padded, shape=REAL_SHAPE, quantization="int8")
    metadata = {"package_version": "1.0", "from_code": "fr", "to_code": "en",
                "type": "translate"}
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    return zip_folder(folder, tmp / "translate-fr_en-bench.argosmodel")


def _articles(count: int):
    from reader.articles import load_library
    from reader.paths import seeds_dir

    return load_library([seeds_dir()]).articles[:count]


def compare(translator, texts: list[str]) -> dict[str, float]:
    """Per block: raw translate_batch on the same sentences, then our pipeline (same batching).

    Interleaving the two per block keeps a busy shared machine from favouring either.
    """
    from reader.translation.engine import _EDGE_SPACE, _SEPARATORS, LENGTH_PENALTY
    from reader.translation.splitter import split_sentences

    model = translator._model
    matcher = translator.matcher
    raw_seconds = ours_seconds = plain_seconds = 0.0
    words = 0
    for text in texts:
        sentences = []
        for index, part in enumerate(_SEPARATORS.split(text)):
            if index % 2 == 0:
                for piece in split_sentences(part):
                    core = _EDGE_SPACE.match(piece).group(2)
                    if any(char.isalpha() for char in core):
                        sentences.append(core)
        if not sentences:
            continue
        words += len(text.split())
        tokens = [translator.encode(sentence) for sentence in sentences]
        started = time.perf_counter()
        model.translate_batch(
            tokens, beam_size=translator.beam_size, num_hypotheses=1,
            max_batch_size=translator.max_batch_size, length_penalty=LENGTH_PENALTY,
            replace_unknowns=True,
        )
        raw_seconds += time.perf_counter() - started
        started = time.perf_counter()
        output = translator.translate_block(text)
        ours_seconds += time.perf_counter() - started
        assert output == text, (output, text)  # the copy model: exact, or the run is void
        # The same without name protection: the placeholders' extra tokens, set apart.
        translator.matcher = None
        try:
            started = time.perf_counter()
            translator.translate_block(text)
            plain_seconds += time.perf_counter() - started
        finally:
            translator.matcher = matcher
    return {"words": words, "raw_s": raw_seconds, "ours_s": ours_seconds,
            "plain_s": plain_seconds}


FIRST_BLOCK = """
import sys, time
started = time.perf_counter()
from reader.articles import load_library
from reader.paths import seeds_dir
from reader.translation import ArticleTranslation, load_translator
article = load_library([seeds_dir()]).by_id(sys.argv[1])
state = ArticleTranslation.open(article, detect_languages=False)
opened = time.perf_counter()
translator = load_translator(state.package)
loaded = time.perf_counter()
index, text = next(state.run(translator))
done = time.perf_counter()
print(opened - started, loaded - opened, done - loaded, done - started)
"""

REOPEN = """
import sys, time
started = time.perf_counter()
from reader.articles import load_library
from reader.paths import seeds_dir
from reader.translation import ArticleTranslation
article = load_library([seeds_dir()]).by_id(sys.argv[1])
imported = time.perf_counter()
state = ArticleTranslation.open(article)
done = time.perf_counter()
assert state.complete and "ctranslate2" not in sys.modules
print(imported - started, done - imported)
"""


def _fresh(code: str, *args: str) -> list[float]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            check=True, env=dict(os.environ))
    return [float(value) for value in result.stdout.split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3, help="bundled articles to translate")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3, help="fresh-process timings to take")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as name:
        tmp = Path(name)
        _environment(tmp)
        from reader.translation import ArticleTranslation, TranslationCache, load_translator
        from reader.translation.engine import default_threads
        from reader.translation.models import install_archive

        started = time.perf_counter()
        package = install_archive(build_real_shaped_package(tmp))
        print(f"model built and installed in {time.perf_counter() - started:.1f} s "
              f"({sum(f.stat().st_size for f in package.path.rglob('*')) / 1e6:.0f} MB; "
              f"6+6 layers, d_model 512, 8 heads, ffn 2048, vocab {REAL_VOCABULARY}, int8)")

        articles = _articles(options.articles)
        first_id = articles[0].id
        print("\ntime to the first translated block (fresh process: imports, open, model "
              "load, first block):")
        for _ in range(options.rounds):
            opened, loaded, block, total = _fresh(FIRST_BLOCK, first_id)
            print(f"  {total * 1000:6.0f} ms  (open {opened * 1000:.0f} ms, load "
                  f"{loaded * 1000:.0f} ms, first block {block * 1000:.0f} ms)")
            TranslationCache().clear()

        translator = load_translator(package, beam_size=options.beam)
        print(f"\nthroughput, beam {translator.beam_size}, intra_threads "
              f"{translator.intra_threads} (of {os.cpu_count()} cores; default "
              f"{default_threads()}), matcher {'on' if translator.matcher else 'absent'}:")
        texts = [row.source for article in articles
                 for row in ArticleTranslation(article, package, languages=[]).rows
                 if row.translatable]
        compare(translator, texts[:3])  # warm-up
        figures = compare(translator, texts)
        raw_rate = figures["words"] / figures["raw_s"]
        ours_rate = figures["words"] / figures["ours_s"]
        overhead = figures["ours_s"] / figures["raw_s"] - 1
        plain = figures["plain_s"] / figures["raw_s"] - 1
        print(f"  {figures['words']} words in {len(texts)} blocks")
        print(f"  raw translate_batch: {raw_rate:7.1f} words/s ({figures['raw_s']:.2f} s)")
        print(f"  our pipeline:        {ours_rate:7.1f} words/s ({figures['ours_s']:.2f} s)")
        print(f"  overhead:            {overhead * 100:+.1f} % (target <= 10 %)")
        print(f"  overhead without name protection: {plain * 100:+.1f} % "
              f"(the rest is the placeholders' extra tokens)")

        print("\ncached reopen:")
        for article in articles:
            state = ArticleTranslation.open(article)
            for _ in state.run(translator):
                pass
        warm = []
        for article in articles:
            started = time.perf_counter()
            state = ArticleTranslation.open(article)
            warm.append(time.perf_counter() - started)
            assert state.complete
        print(f"  warm process: {max(warm) * 1000:.1f} ms at most over {len(articles)} articles "
              f"(mean {sum(warm) / len(warm) * 1000:.1f} ms)")
        for _ in range(options.rounds):
            imported, opened = _fresh(REOPEN, first_id)
            print(f"  fresh process: {opened * 1000:.1f} ms to open (after "
                  f"{imported * 1000:.0f} ms of imports and library load)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
