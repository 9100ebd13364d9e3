"""Corpus runs at scale: articles/s with 1 process, 2 processes and a 2-worker local Dask
cluster, and peak memory of 1,000- and 10,000-article runs.

Usage: python benchmarks/bench_corpus.py [--articles 10000] [--releases ISAF_JSONL]

The corpus is synthetic: the ISAF development releases repeated (each copy its own id) into a
JSONL file. Every run is a fresh `python` process running `newstally.corpus.run`, which reports
its own wall time and peak resident memory (the main process; workers are separate processes).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newstally.evaluate.isaf import read_releases

DEFAULT_RELEASES = Path(__file__).resolve().parents[2] / "shared/data/isaf_dev/isaf_dev.jsonl"
RUN = """
import json, resource, sys, time
from newstally.corpus.run import run
start = time.perf_counter()
counts = run([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), dask=sys.argv[4] or None)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss, "articles": counts["manifest"]}))
"""


def make_corpus(releases: Path, articles: int, path: Path) -> None:
    texts = [text for text, _ in read_releases(releases)]
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            record = {"id": f"a{i:05d}", "text": texts[i % len(texts)], "published": "2011-01-01"}
            out.write(json.dumps(record) + "\n")


def measure(corpus: Path, out: Path, jobs: int = 1, dask: str = "") -> dict:
    result = subprocess.run(
        [sys.executable, "-c", RUN, str(corpus), str(out), str(jobs), dask],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--releases", type=Path, default=DEFAULT_RELEASES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        small, large = work / "small.jsonl", work / "large.jsonl"
        make_corpus(args.releases, args.articles // 10, small)
        make_corpus(args.releases, args.articles, large)
        rows = [
            ("1 process", measure(large, work / "one")),
            ("2 processes", measure(large, work / "two", jobs=2)),
            ("Dask, 2 local workers", measure(large, work / "dask", dask="local")),
        ]
        memory_small = measure(small, work / "small")["rss_mb"]
    single = rows[0][1]["articles"] / rows[0][1]["seconds"]
    print(f"{'run':24s} {'articles':>9s} {'seconds':>8s} {'articles/s':>11s} {'speed-up':>9s}")
    for name, row in rows:
        rate = row["articles"] / row["seconds"]
        print(
            f"{name:24s} {row['articles']:9d} {row['seconds']:8.1f} {rate:11.1f} "
            f"{rate / single:8.2f}x"
        )
    memory_large = rows[0][1]["rss_mb"]
    print(
        f"peak memory, 1 process: {args.articles // 10:,} articles {memory_small:.0f} MB, "
        f"{args.articles:,} articles {memory_large:.0f} MB "
        f"(ratio {memory_large / memory_small:.2f})"
    )


if __name__ == "__main__":
    main()
