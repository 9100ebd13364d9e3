"""Corpus runs at scale on the ANT corpus: articles/s with 1 process, 2 processes and a
2-worker local Dask cluster; peak memory of 1,000- and 10,000-article runs; and (with
`--full`) the whole corpus, 31,525 articles, with 2 processes.

Usage: python benchmarks/bench_corpus.py [--articles 4000] [--memory 1000,10000] [--full]

The speed and memory runs read the first articles of `ant_news_2018.jsonl.gz`, written out as
plain JSONL; the full run reads the gzipped file itself. Every run is a fresh `python` process
running `newstally.corpus.run`, which reports its wall time and the peak resident memory of the
main process and of its largest worker process.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newstally.paths import ANT_CORPUS

RUN = """
import json, resource, sys, time
from newstally.corpus.run import run
start = time.perf_counter()
counts = run([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), dask=sys.argv[4] or None)
seconds = time.perf_counter() - start
main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "main_mb": main, "worker_mb": worker,
                  "articles": counts["manifest"]}))
"""


def first_articles(count: int, path: Path) -> None:
    """The first `count` records of the ANT corpus as a plain JSONL file."""
    with gzip.open(ANT_CORPUS, "rt", encoding="utf-8") as lines, path.open("w") as out:
        out.writelines(itertools.islice(lines, count))


def measure(corpus: Path, out: Path, jobs: int = 1, dask: str = "") -> dict:
    result = subprocess.run(
        [sys.executable, "-c", RUN, str(corpus), str(out), str(jobs), dask],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def show(name: str, row: dict, single: float | None = None) -> float:
    rate = row["articles"] / row["seconds"]
    speed_up = f"{rate / single:8.2f}x" if single else f"{'':9s}"
    print(
        f"{name:26s} {row['articles']:9d} {row['seconds']:8.1f} {rate:11.1f} {speed_up} "
        f"{row['main_mb']:7.0f} {row['worker_mb']:7.0f}"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000, help="for the speed runs")
    parser.add_argument("--memory", default="1000,10000", help="sizes of the memory runs")
    parser.add_argument("--full", action="store_true", help="also the whole corpus, 2 processes")
    args = parser.parse_args()
    print(
        f"{'run':26s} {'articles':>9s} {'seconds':>8s} {'articles/s':>11s} {'speed-up':>9s} "
        f"{'main MB':>7s} {'worker':>7s}"
    )
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        corpus = work / "speed.jsonl"
        first_articles(args.articles, corpus)
        single = show("1 process", measure(corpus, work / "one"))
        show("2 processes", measure(corpus, work / "two", jobs=2), single)
        show("Dask, 2 local workers", measure(corpus, work / "dask", dask="local"), single)
        memory = []
        for size in map(int, args.memory.split(",")):
            first_articles(size, work / f"{size}.jsonl")
            row = measure(work / f"{size}.jsonl", work / f"m{size}", jobs=2)
            show(f"{size:,} articles, 2 processes", row)
            memory.append(row)
        if len(memory) == 2:
            main_ratio = memory[1]["main_mb"] / memory[0]["main_mb"]
            worker_ratio = memory[1]["worker_mb"] / memory[0]["worker_mb"]
            print(f"peak memory ratio: main {main_ratio:.2f}, worker {worker_ratio:.2f}")
        if args.full:
            show("whole ANT, 2 processes", measure(ANT_CORPUS, work / "full", jobs=2))


if __name__ == "__main__":
    main()
