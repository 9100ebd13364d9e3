"""The whole `analyze()` on real news, one core: articles and characters per second, where the
time goes, and peak memory.

Usage: python benchmarks/bench_analyze.py [--ant N] [--releases ISAF_JSONL] [--repeat 3]

Two sets: the first N (300) `middleEast` articles of the ANT corpus in date order (Arabic; the
tagger reads every sentence), and the ISAF development releases (English). Models, the
gazetteer and date patterns are loaded once before timing, as in any long-running use; each
figure is the best of several passes. The tagger holds its matrix arithmetic to one thread; the
rest of `analyze()` is single-threaded Python. The breakdown times the stages `analyze()` runs,
one after the other, over the same articles: normalize, gazetteer, dates, tagger (with English
names found by rule and the merge), tallies, checks. `analyze_many` over the same articles, as
many at a time as a corpus run tags together, is measured too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
import tracemalloc
from pathlib import Path

from newstally import analyze, analyze_many
from newstally.corpus.run import TAGGED_TOGETHER as TOGETHER
from newstally.evaluate.isaf import read_releases
from newstally.extract import entities as stage
from newstally.extract.checks import check_tallies
from newstally.extract.gazetteer import load_gazetteer
from newstally.extract.tallies import extract_tallies
from newstally.paths import ANT_CORPUS
from newstally.records import parse_published
from newstally.text import normalize

DEFAULT_RELEASES = Path(__file__).resolve().parents[2] / "shared/data/isaf_dev/isaf_dev.jsonl"


def ant_middle_east(count: int, corpus: Path = ANT_CORPUS) -> list[tuple[str, str]]:
    """(text, published) of the first `count` middleEast articles, by date then id."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    chosen = sorted(
        (r for r in records if r["category"] == "middleEast"),
        key=lambda r: (r["published"], r["id"]),
    )
    return [(r["text"], r["published"]) for r in chosen[:count]]


def stage_seconds(articles: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds each stage of `analyze()` takes over all the articles."""
    seconds = dict.fromkeys(["normalize", "gazetteer", "dates", "tagger", "tallies", "checks"], 0.0)
    gazetteer = load_gazetteer()

    def timed(name, call, *args):
        start = time.perf_counter()
        result = call(*args)
        seconds[name] += time.perf_counter() - start
        return result

    for text, published in articles:
        published = parse_published(published)
        normalized = timed("normalize", normalize, text)
        found = timed("gazetteer", stage.gazetteer_entities, normalized, gazetteer)
        found += timed("dates", stage.date_entities, normalized, published)
        entities = timed("tagger", _names, normalized, found)
        tallies = timed("tallies", extract_tallies, normalized, published, entities)
        timed("checks", check_tallies, tallies, normalized, entities)
    return seconds


def _names(normalized, found):
    found = found + stage.tagger_entities(normalized) + stage.english_person_entities(normalized)
    return stage.link_people(stage.merge_entities(found))


def measure(name: str, articles: list[tuple[str, str]], repeat: int) -> None:
    for text, published in articles[:5]:  # load the models, gazetteer and patterns
        analyze(text, published)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text, published in articles:
            analyze(text, published)
        best = min(best, time.perf_counter() - start)
    characters = sum(len(text) for text, _ in articles)
    print(f"{name}: {len(articles)} articles, {characters:,} characters")
    print(
        f"  {len(articles) / best:.0f} articles/s, {characters / best:,.0f} characters/s "
        f"on one core (best of {repeat}: {best:.2f} s)"
    )
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for first in range(0, len(articles), TOGETHER):
            analyze_many(articles[first : first + TOGETHER])
        best = min(best, time.perf_counter() - start)
    print(
        f"  analyze_many, {TOGETHER} at a time (as corpus runs): {len(articles) / best:.0f} articles/s"
    )
    seconds = stage_seconds(articles)
    total = sum(seconds.values())
    print(
        "  " + ", ".join(f"{k} {1000 * v / len(articles):.2f}" for k, v in seconds.items()), end=""
    )
    print(f" ms/article (sum {1000 * total / len(articles):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=int, default=300, help="ANT middleEast articles (0: none)")
    parser.add_argument("--releases", type=Path, default=DEFAULT_RELEASES)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.ant:
        measure("ANT middleEast", ant_middle_east(args.ant), args.repeat)
    releases = [(text, "2011-01-01") for text, _ in read_releases(args.releases)]
    measure("ISAF releases", releases, args.repeat)
    tracemalloc.start()
    for text, published in releases:
        analyze(text, published)
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory: {rss_mb:.0f} MB resident, "
        f"{python_peak / 1e6:.1f} MB allocated by analyze() over the ISAF releases"
    )


if __name__ == "__main__":
    main()
