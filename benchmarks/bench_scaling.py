"""Does `analyze()` take time in proportion to the input? Real text at 1, 2, 4 and 8 MB, then
hostile shapes at 100 KB, 400 KB and 1.6 MB.

Usage: python benchmarks/bench_scaling.py [--corpus ../shared/data/anercorp/train.txt]
       python benchmarks/bench_scaling.py --shapes-only

The real text is ANERcorp's training text (one sentence per line) repeated to each size. The
shapes are what scrapers and attackers send: a letter under a flood of mixed diacritics, marks
and tatweel, runs of RTL/LTR controls, and one very long "word". Each size is timed once; the
seconds per MB should stay about the same as the size grows.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newstally import analyze
from newstally.ner.conll import conll_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/anercorp/train.txt"
SHAPES = {
    "mixed diacritics": ("ب", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"),
    "marks and tatweel": ("ب", "\u0651ـ\u064e"),
    "latin marks": ("a", "\u0301\u0316\u0327"),
    "bidi controls": ("", "\u200f\u202b\u2067\u200e\u202a\u2066\u202c\u2069"),
    "one long word": ("", "داعش"),
}
SHAPE_SIZES = (100_000, 400_000, 1_600_000)


def timed(text: str) -> float:
    start = time.perf_counter()
    analyze(text, "2008-01-01")
    return time.perf_counter() - start


def sized(head: str, unit: str, size: int) -> str:
    """`head` and as many `unit`s as make `size` bytes of UTF-8."""
    count = (size - len(head.encode("utf-8"))) // len(unit.encode("utf-8"))
    return head + unit * count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--shapes-only", action="store_true")
    args = parser.parse_args()
    analyze("قتل 5 مدنيين في بغداد.", "2008-01-01")  # load the gazetteer and the model
    if not args.shapes_only:
        base = conll_text(args.corpus)
        print(f"{'MB':>4s} {'seconds':>8s} {'s/MB':>6s}")
        for size in args.sizes:
            text = ""
            while len(text.encode("utf-8")) < size * 1_000_000:
                text += base + "\n"
            text = text.encode("utf-8")[: size * 1_000_000].decode("utf-8", "ignore")
            seconds = timed(text)
            print(f"{size:4d} {seconds:8.1f} {seconds / size:6.2f}")
    print(f"{'shape':18s} " + " ".join(f"{s // 1000:>7d} KB" for s in SHAPE_SIZES) + "  (s/MB)")
    for name, (head, unit) in SHAPES.items():
        per_mb = [timed(sized(head, unit, size)) / (size / 1e6) for size in SHAPE_SIZES]
        print(f"{name:18s} " + " ".join(f"{s:10.2f}" for s in per_mb), flush=True)


if __name__ == "__main__":
    main()
