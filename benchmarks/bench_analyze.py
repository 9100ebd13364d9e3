"""The whole `analyze()` (normalize, entities, tallies, checks) on the ISAF development texts:
articles per second on one core, and peak memory.

Usage: python benchmarks/bench_analyze.py [--releases ../shared/data/isaf_dev/isaf_dev.jsonl]

The gazetteer and date patterns are built once before timing, as in any long-running use;
the figure is the best of several passes over all releases.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from pathlib import Path

from newstally import analyze
from newstally.evaluate.isaf import read_releases

DEFAULT_RELEASES = Path(__file__).resolve().parents[2] / "shared/data/isaf_dev/isaf_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=Path, default=DEFAULT_RELEASES)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [text for text, _ in read_releases(args.releases)]
    analyze(texts[0], "2011-01-01")  # build the gazetteer, month tables and patterns
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text in texts:
            analyze(text, "2011-01-01")
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    for text in texts:
        analyze(text, "2011-01-01")
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} articles, {words:,} words, in {best:.2f} s (best of {args.repeat})")
    print(f"{len(texts) / best:.0f} articles/s, {words / best:,.0f} words/s on one core")
    print(
        f"peak memory: {rss_mb:.0f} MB resident, {python_peak / 1e6:.1f} MB allocated by analyze()"
    )


if __name__ == "__main__":
    main()
