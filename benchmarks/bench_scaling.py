"""Does `analyze()` take time in proportion to the input? 1, 2, 4 and 8 MB of real text.

Usage: python benchmarks/bench_scaling.py [--corpus ../shared/data/anercorp/train.txt]

The input is ANERcorp's training text (one sentence per line) repeated to each size; each size
is timed once, and the seconds per MB should stay about the same as the size doubles.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newstally import analyze
from newstally.ner.conll import conll_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/anercorp/train.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8])
    args = parser.parse_args()
    base = conll_text(args.corpus)
    analyze(base[:5000], "2008-01-01")  # load the gazetteer and the model
    print(f"{'MB':>4s} {'seconds':>8s} {'s/MB':>6s} {'tallies':>8s}")
    for size in args.sizes:
        text = ""
        while len(text.encode("utf-8")) < size * 1_000_000:
            text += base + "\n"
        text = text.encode("utf-8")[: size * 1_000_000].decode("utf-8", "ignore")
        start = time.perf_counter()
        analysis = analyze(text, "2008-01-01")
        seconds = time.perf_counter() - start
        print(f"{size:4d} {seconds:8.1f} {seconds / size:6.2f} {len(analysis.tallies):8d}")


if __name__ == "__main__":
    main()
