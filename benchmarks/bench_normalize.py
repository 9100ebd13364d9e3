"""Time `newstally.normalize` against camel-tools' own normalization chain on ANERcorp.

Usage: python benchmarks/bench_normalize.py [--corpus ../shared/data/anercorp/train.txt]

Both sides normalize the same text (ANERcorp's tokens joined into sentences, one per line) in
the same process; the figure is the best of several repeats, in MB of UTF-8 input per second.
camel-tools' chain: normalize_unicode -> dediac_ar -> alef -> alef maksura -> teh marbuta.
newstally also removes controls and tatweel, de-obfuscates, folds digits and punctuation, and
keeps the map from every normalized character back to the raw text.
"""

from __future__ import annotations

import argparse
import timeit
from pathlib import Path

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from newstally import normalize
from newstally.ner.conll import conll_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/anercorp/train.txt"


def camel_chain(text: str) -> str:
    """camel-tools' functions applied one after another, as a user of camel-tools would."""
    text = dediac_ar(normalize_unicode(text))
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    text = conll_text(args.corpus)
    megabytes = len(text.encode("utf-8")) / 1e6
    normalize(text[:1000])  # build the code-point table once, as any long-running user would
    rates = {}
    for name, function in (("camel-tools chain", camel_chain), ("newstally.normalize", normalize)):
        best = min(timeit.repeat(lambda f=function: f(text), number=1, repeat=args.repeat))
        rates[name] = megabytes / best
        print(f"{name:22s} {best * 1000:8.1f} ms  {rates[name]:7.1f} MB/s")
    print(f"input: {megabytes:.2f} MB, {len(text):,} characters, {text.count(chr(10)) + 1:,} lines")
    ratio = rates["newstally.normalize"] / rates["camel-tools chain"]
    print(f"ratio newstally / camel-tools: {ratio:.2f}")


if __name__ == "__main__":
    main()
