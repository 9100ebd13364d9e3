"""Tagging speed of the trained entity tagger: tokens per second on one core.

Usage: python benchmarks/bench_tagger.py [--corpus ../shared/data/anercorp/train.txt]

Every sentence of the corpus is tagged (CRF features and marginals, the BiLSTM-CRF in batches
of 64 sentences, the vote and its decoding; all in numpy, its matrix arithmetic held to one
thread); the models are loaded and the word caches warmed on the first pass, and the figure is
the best of the later passes. Then the same with the tags of each run of 20 sentences (an
article's length) made consistent (`newstally.ner.discourse`: one name, one type), as articles'
tags are.
"""

from __future__ import annotations

import argparse
import timeit
from pathlib import Path

from newstally.ner.conll import read_conll
from newstally.ner.discourse import consistent
from newstally.ner.tagger import tag_sentences

ARTICLE = 20  # sentences
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/anercorp/train.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sentences = [[word for word, _ in sentence] for sentence in read_conll(args.corpus)]
    tokens = sum(map(len, sentences))

    def tag_all() -> None:
        tag_sentences(sentences)

    def tag_articles() -> None:
        tags = tag_sentences(sentences)
        for i in range(0, len(sentences), ARTICLE):
            consistent(sentences[i : i + ARTICLE], tags[i : i + ARTICLE])

    first = timeit.timeit(tag_all, number=1)
    best = min(timeit.repeat(tag_all, number=1, repeat=args.repeat))
    print(f"{tokens:,} tokens: first pass {tokens / first:,.0f} tokens/s (cold word cache)")
    print(f"best of {args.repeat} later passes: {tokens / best:,.0f} tokens/s on one core")
    best = min(timeit.repeat(tag_articles, number=1, repeat=args.repeat))
    print(f"in articles of {ARTICLE} sentences, one name one type: {tokens / best:,.0f} tokens/s")


if __name__ == "__main__":
    main()
