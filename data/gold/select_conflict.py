"""Choose the ANT articles of `ant_conflict.tsv`, by the rule in this folder's README.

    python data/gold/select_conflict.py [../shared/data/ant_news/ant_news_2018.jsonl.gz]

prints a header and one line per article: id, outlet, category and split (`dev` or `test`).
70 articles are drawn from the news categories (`middleEast`, `internationalNews`), where
conflict is reported, and 30 from the other four, with a fixed seed from the corpus in its own
order; articles of the tally gold (`ant_tallies.articles.tsv`) are left out. The labels
(`conflict`: yes or no) were added by hand, reading each article (see the README).
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import sys
from pathlib import Path

CORPUS = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "ant_news" / "ant_news_2018.jsonl.gz"
)
TALLY_GOLD = Path(__file__).with_name("ant_tallies.articles.tsv")
SEED = 5
NEWS, OTHER = 70, 30
NEWS_CATEGORIES = ("middleEast", "internationalNews")
TEST_SHARE = 0.5  # drawn with SEED too: the rule is tuned on dev, scored on test


def select(corpus: Path = CORPUS) -> list[tuple[str, str, str, str]]:
    """(id, outlet, category, split) of every chosen article, in corpus order."""
    with TALLY_GOLD.open(encoding="utf-8", newline="") as rows:
        taken = {row["id"] for row in csv.DictReader(rows, delimiter="\t")}
    news, other = [], []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in taken:
                continue
            kind = news if record["category"] in NEWS_CATEGORIES else other
            kind.append((record["id"], record["source"], record["category"]))
    rng = random.Random(SEED)
    chosen = rng.sample(news, NEWS) + rng.sample(other, OTHER)
    test = set(rng.sample([c[0] for c in chosen], round(TEST_SHARE * len(chosen))))
    order = {article: k for k, (article, *_) in enumerate(news + other)}
    return [
        (article, outlet, category, "test" if article in test else "dev")
        for article, outlet, category in sorted(chosen, key=lambda c: order[c[0]])
    ]


if __name__ == "__main__":
    print("id\tsource\tcategory\tsplit")
    for row in select(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS):
        print("\t".join(row))
