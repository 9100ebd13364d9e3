"""Entity extraction speed on ANERcorp: tokens per second on one core.

Usage: python benchmarks/bench_entities.py [--corpus ../shared/data/anercorp/train.txt]

The whole training text (tokens joined into sentences, one per line) goes through
`extract_entities` as one document, with each backend: "gazetteer" (normalization, gazetteer
matching and dates) and "tagger" (the same plus the trained tagger and English names by rule).
The gazetteer and the models are loaded once before timing, as in any long-running use;
the tagger holds its matrix arithmetic to one thread.
"""

from __future__ import annotations

import argparse
import collections
import timeit
from pathlib import Path

from newstally.extract.entities import extract_entities
from newstally.extract.gazetteer import load_gazetteer
from newstally.ner.conll import conll_text
from newstally.text import normalize

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/anercorp/train.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = conll_text(args.corpus)
    tokens = len(text.split())
    load_gazetteer()
    for backend in ("gazetteer", "tagger"):
        extract_entities(normalize(text[:2000]), "2008-01-01", backend)  # load the model once
        best = min(
            timeit.repeat(
                lambda b=backend: extract_entities(normalize(text), "2008-01-01", b),
                number=1,
                repeat=args.repeat,
            )
        )
        found = extract_entities(normalize(text), "2008-01-01", backend)
        labels = collections.Counter(e.label for e in found)
        print(
            f"backend {backend}: {tokens:,} tokens in {best:.3f} s, "
            f"{tokens / best:,.0f} tokens/s (best of {args.repeat}); "
            + ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
        )


if __name__ == "__main__":
    main()
