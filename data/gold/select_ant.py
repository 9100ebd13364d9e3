"""Choose the ANT articles of `ant_tallies.jsonl`, by the rule in this folder's README.

    python data/gold/select_ant.py [../shared/data/ant_news/ant_news_2018.jsonl.gz]

prints a header and one line per article: id, outlet, kind (`tallies`, `no-tallies`, `dense`,
`more`, `fresh`, or the ordinal of a later draw, `sixth` to `ninety-second`) and split (`dev` or
`test`): the file `ant_tallies.articles.tsv`. The same corpus gives the same list: the sample
is drawn with a fixed seed from candidates in corpus order.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

CORPUS = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "ant_news" / "ant_news_2018.jsonl.gz"
)
SEED = 2018
TEST_SHARE = 0.4  # of the chosen articles, drawn with SPLIT_SEED, form the test split
SPLIT_SEED = 40
PER_OUTLET = 22  # conflict reports per outlet
NOT_TALLIES = 20  # articles whose numbers are money, shares, votes, scores or ages
DENSE_PER_OUTLET = 20  # a second draw per outlet among reports with three or more such places
DENSE = 3
MORE_PER_OUTLET = (
    8  # a later draw of conflict reports per outlet, all dev (the test split was fixed)
)
FRESH_PER_OUTLET = 6  # a fifth draw the same way (2026-11-30), all dev, read by no earlier round
SIXTH_PER_OUTLET = 6  # and a sixth (2026-12-01), after the fourteenth round
SEVENTH_PER_OUTLET = 6  # and a seventh (2026-12-01), after the fifteenth
EIGHTH_PER_OUTLET = 6  # and an eighth (2026-12-01), after the sixteenth round
NINTH_PER_OUTLET = 6  # and a ninth (2026-12-01), during the seventeenth
TENTH_PER_OUTLET = 6  # and a tenth (2026-12-01), during the nineteenth
ELEVENTH_PER_OUTLET = 6  # and an eleventh (2026-12-01, a fourth session), before the twenty-first
TWELFTH_PER_OUTLET = 6  # and a twelfth (2026-12-01), after the twenty-first and its review
THIRTEENTH_PER_OUTLET = 6  # and a thirteenth (2026-12-01), during the twenty-second
FOURTEENTH_PER_OUTLET = 6  # and a fourteenth (2026-12-01, a fifth session), before round 24
FIFTEENTH_PER_OUTLET = 6  # and a fifteenth (2026-12-01), after the twenty-fourth round
SIXTEENTH_PER_OUTLET = 6  # and a sixteenth (2026-12-01, a sixth session), before round 26
SEVENTEENTH_PER_OUTLET = 6  # and a seventeenth (2026-12-01), after the twenty-sixth round
EIGHTEENTH_PER_OUTLET = 6  # and an eighteenth (2026-12-01, a seventh session)
NINETEENTH_PER_OUTLET = 6  # and a nineteenth (2026-12-01), after the twenty-eighth round
TWENTIETH_PER_OUTLET = 6  # and a twentieth (2026-12-01, an eighth session)
TWENTY_FIRST_PER_OUTLET = 6  # and a twenty-first (2026-12-01), after the thirty-second round
TWENTY_SECOND_PER_OUTLET = 6  # and a twenty-second (2026-12-01), after the thirty-third round
TWENTY_THIRD_PER_OUTLET = 6  # and a twenty-third (2026-12-01, a ninth session)
TWENTY_FOURTH_PER_OUTLET = 6  # and a twenty-fourth (2026-12-01), after the thirty-fourth round
TWENTY_FIFTH_PER_OUTLET = 6  # and a twenty-fifth (2026-12-02, a tenth session)
TWENTY_SIXTH_PER_OUTLET = 6  # and a twenty-sixth (2026-12-02), after the thirty-seventh round
TWENTY_SEVENTH_PER_OUTLET = 6  # and a twenty-seventh (2026-12-02), after the thirty-eighth round
TWENTY_EIGHTH_PER_OUTLET = 6  # and a twenty-eighth (2026-12-02), after the thirty-ninth round
TWENTY_NINTH_PER_OUTLET = 6  # and a twenty-ninth (2026-12-02, an eleventh session)
THIRTIETH_PER_OUTLET = 6  # and a thirtieth (2026-12-03, a seventeenth session)
THIRTY_FIRST_PER_OUTLET = 6  # and a thirty-first (2026-12-03, an eighteenth session)
# and a thirty-second (2026-12-03, a nineteenth session) among reports of the kind the seed is:
# operations against ISIS, the SDF or the coalition, raids, security operations and camps; and a
# thirty-third, a thirty-fourth and a thirty-fifth the same way (2026-12-03, a twentieth session,
# after the fiftieth round; a twenty-first session, after the fifty-first and fifty-second); a
# thirty-sixth (2026-12-03, a twenty-second session, after the fifty-third round) and a
# thirty-seventh (the same session, after the fifty-fourth); a thirty-eighth (2026-12-03, a
# twenty-third session, after the fifty-sixth) and a thirty-ninth (the same session, after the
# fifty-eighth); a fortieth (2026-12-03, a twenty-fourth session, during the fifty-ninth) and a
# forty-first (the same session, during the sixtieth) and a forty-second (the same session,
# after the sixtieth); a forty-third (2026-12-03, a twenty-fifth session, during the
# sixty-first), a forty-fourth (the same session, while the sixty-first was reviewed) and a
# forty-fifth (the same session, after the sixty-first); a forty-sixth (2026-12-04, a
# twenty-sixth session, before the sixty-second)
OPERATIONS_DRAWS = (
    ("thirty-second", 6),
    ("thirty-third", 6),
    ("thirty-fourth", 6),
    ("thirty-fifth", 6),
    ("thirty-sixth", 6),
    ("thirty-seventh", 6),
    ("thirty-eighth", 6),
    ("thirty-ninth", 6),
    ("fortieth", 6),
    ("forty-first", 6),
    ("forty-second", 6),
    ("forty-third", 6),
    ("forty-fourth", 6),
    ("forty-fifth", 6),
    ("forty-sixth", 6),
)
# Then, the reports of operations of two outlets being nearly all drawn (Al Arabiya's and CNN
# Arabic's have four and five left), draws from all conflict reports again, as the `LATER_DRAWS`:
# a forty-seventh (2026-12-04, a twenty-sixth session, after the sixty-second round), a
# forty-eighth (2026-12-04, a twenty-seventh session, after the sixty-third round), a
# forty-ninth (2026-12-04, a twenty-eighth session, after the sixty-fifth round), a fiftieth
# (the same session, after the sixty-sixth round), a fifty-first (after the sixty-seventh), a
# fifty-second (2026-12-04, a twenty-ninth session, after the sixty-eighth), a fifty-third
# (the same session, after the sixty-ninth), a fifty-fourth (after the seventieth), a
# fifty-fifth (after the seventy-first), a fifty-sixth (2026-12-04, a thirtieth session,
# during the seventy-second), a fifty-seventh (the same session, during the seventy-third), a
# fifty-eighth (the same session, after the seventy-fourth), a fifty-ninth (2026-12-04, a
# thirty-first session, before the seventy-fifth), a sixtieth (the same session, during the
# seventy-fifth), a sixty-first (the same session, during the seventy-seventh), a
# sixty-second (the same session, during the seventy-eighth), a sixty-third (2026-12-04, a
# thirty-second session, before the seventy-ninth), a sixty-fourth (the same session, during
# the seventy-ninth), a sixty-fifth (the same session, during the eightieth), a sixty-sixth
# (the same session, during the eightieth), a sixty-seventh (2026-12-04, a thirty-third
# session, during the eighty-second), a sixty-eighth (the same session, during the
# eighty-third), a sixty-ninth (the same session, during the eighty-fourth), a seventieth
# (2026-12-05, a thirty-fourth session, before the eighty-seventh), a seventy-first (the
# same session, during the eighty-seventh), a seventy-second (the same session, during the
# eighty-eighth), a seventy-third (the same session, during the eighty-ninth), a
# seventy-fourth (the same session, after the ninetieth), a seventy-fifth (2026-12-05, a
# thirty-fifth session, during the ninety-first), a seventy-sixth (the same session, during
# the ninety-second), a seventy-seventh (the same session, after the ninety-third), a
# seventy-eighth (2026-12-05, a thirty-sixth session, during the ninety-fourth), a
# seventy-ninth (the same session, during the ninety-fifth), an eightieth (the same
# session, during the ninety-sixth), an eighty-first (2026-12-05, a thirty-seventh
# session, before the ninety-eighth), an eighty-second (the same session, during the
# ninety-eighth), an eighty-third (the same session, during the ninety-eighth), an
# eighty-fourth (the same session, during the ninety-ninth), an eighty-fifth (2026-12-05, a
# thirty-eighth session, before the hundred-and-second), an eighty-sixth (the same session,
# during the hundred-and-second), an eighty-seventh (the same session, during the
# hundred-and-third), an eighty-eighth (the same session, during the hundred-and-fourth),
# an eighty-ninth (2026-12-05, a thirty-ninth session, before the hundred-and-sixth), a
# ninetieth (the same session, during the hundred-and-sixth), a ninety-first (the same
# session, during the hundred-and-seventh) and a ninety-second (the same session, during the
# hundred-and-eighth).
FINAL_DRAWS = tuple(
    (kind, 6)
    for kind in (
        "forty-seventh",
        "forty-eighth",
        "forty-ninth",
        "fiftieth",
        "fifty-first",
        "fifty-second",
        "fifty-third",
        "fifty-fourth",
        "fifty-fifth",
        "fifty-sixth",
        "fifty-seventh",
        "fifty-eighth",
        "fifty-ninth",
        "sixtieth",
        "sixty-first",
        "sixty-second",
        "sixty-third",
        "sixty-fourth",
        "sixty-fifth",
        "sixty-sixth",
        "sixty-seventh",
        "sixty-eighth",
        "sixty-ninth",
        "seventieth",
        "seventy-first",
        "seventy-second",
        "seventy-third",
        "seventy-fourth",
        "seventy-fifth",
        "seventy-sixth",
        "seventy-seventh",
        "seventy-eighth",
        "seventy-ninth",
        "eightieth",
        "eighty-first",
        "eighty-second",
        "eighty-third",
        "eighty-fourth",
        "eighty-fifth",
        "eighty-sixth",
        "eighty-seventh",
        "eighty-eighth",
        "eighty-ninth",
        "ninetieth",
        "ninety-first",
        "ninety-second",
    )
)
OPERATIONS_RE = re.compile(
    r"داعش|تنظيم الدولة|قسد|سوريا الديمقراطية|التحالف الدولي|مخيم|عملية أمنية|عمليات أمنية"
    r"|حملة دهم|مداهم"
)
LATER_DRAWS = (
    ("more", MORE_PER_OUTLET),
    ("fresh", FRESH_PER_OUTLET),
    ("sixth", SIXTH_PER_OUTLET),
    ("seventh", SEVENTH_PER_OUTLET),
    ("eighth", EIGHTH_PER_OUTLET),
    ("ninth", NINTH_PER_OUTLET),
    ("tenth", TENTH_PER_OUTLET),
    ("eleventh", ELEVENTH_PER_OUTLET),
    ("twelfth", TWELFTH_PER_OUTLET),
    ("thirteenth", THIRTEENTH_PER_OUTLET),
    ("fourteenth", FOURTEENTH_PER_OUTLET),
    ("fifteenth", FIFTEENTH_PER_OUTLET),
    ("sixteenth", SIXTEENTH_PER_OUTLET),
    ("seventeenth", SEVENTEENTH_PER_OUTLET),
    ("eighteenth", EIGHTEENTH_PER_OUTLET),
    ("nineteenth", NINETEENTH_PER_OUTLET),
    ("twentieth", TWENTIETH_PER_OUTLET),
    ("twenty-first", TWENTY_FIRST_PER_OUTLET),
    ("twenty-second", TWENTY_SECOND_PER_OUTLET),
    ("twenty-third", TWENTY_THIRD_PER_OUTLET),
    ("twenty-fourth", TWENTY_FOURTH_PER_OUTLET),
    ("twenty-fifth", TWENTY_FIFTH_PER_OUTLET),
    ("twenty-sixth", TWENTY_SIXTH_PER_OUTLET),
    ("twenty-seventh", TWENTY_SEVENTH_PER_OUTLET),
    ("twenty-eighth", TWENTY_EIGHTH_PER_OUTLET),
    ("twenty-ninth", TWENTY_NINTH_PER_OUTLET),
    ("thirtieth", THIRTIETH_PER_OUTLET),
    ("thirty-first", THIRTY_FIRST_PER_OUTLET),
)
MIN_CHARS, MAX_CHARS = 300, 3500  # an article a person can annotate in full

NUMBER = r"(?:\d[\d,.]*|عشر|عشرات|مئات|آلاف|ألف|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|مئة|مائة)"
TRIGGER = (
    r"(?:قتل|مقتل|قتلى|قتيل|مصرع|جرح|جرحى|جريح|إصاب|أصيب|مصاب|اعتقال|اعتقل|القبض|توقيف|أسر"
    r"|عملي|غار|ضرب|هجوم|هجمات|هجوما|سجن|سجون|سجين|معتقل|مخيم|محتجز)"
)
# a number and a trigger word within 60 characters of each other, in either order
TALLY_RE = re.compile(rf"{NUMBER}[^\n.]{{0,60}}{TRIGGER}|{TRIGGER}[^\n.]{{0,60}}{NUMBER}")
NOT_TALLY_RE = re.compile(r"دولار|يورو|بالمئة|بالمائة|%|في المئة|صوت|هدف|عاما|سنة|نقطة")


def select(corpus: Path = CORPUS) -> list[tuple[str, str, str]]:
    """(id, outlet, kind) of every chosen article, in corpus order."""
    tallies: dict[str, list[str]] = {}
    dense: dict[str, list[str]] = {}
    operations: dict[str, list[str]] = {}
    others: list[tuple[str, str]] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"]
            if not MIN_CHARS <= len(text) <= MAX_CHARS:
                continue
            if record["category"] in ("middleEast", "internationalNews") and TALLY_RE.search(text):
                tallies.setdefault(record["source"], []).append(record["id"])
                if len(TALLY_RE.findall(text)) >= DENSE:
                    dense.setdefault(record["source"], []).append(record["id"])
                if OPERATIONS_RE.search(text):
                    operations.setdefault(record["source"], []).append(record["id"])
            elif re.search(r"\d", text) and NOT_TALLY_RE.search(text) and not TALLY_RE.search(text):
                others.append((record["id"], record["source"]))
    rng = random.Random(SEED)
    chosen = [
        (article, outlet, "tallies")
        for outlet in sorted(tallies)
        for article in rng.sample(tallies[outlet], PER_OUTLET)
    ]
    chosen += [
        (article, outlet, "no-tallies") for article, outlet in rng.sample(others, NOT_TALLIES)
    ]
    taken = {article for article, _, _ in chosen}
    for outlet in sorted(dense):
        fresh = [article for article in dense[outlet] if article not in taken]
        chosen += [(article, outlet, "dense") for article in rng.sample(fresh, DENSE_PER_OUTLET)]
    for kind, per_outlet in LATER_DRAWS:  # each from the conflict reports no draw took yet
        taken = {article for article, _, _ in chosen}
        for outlet in sorted(tallies):
            unread = [article for article in tallies[outlet] if article not in taken]
            chosen += [(article, outlet, kind) for article in rng.sample(unread, per_outlet)]
    for kind, per_outlet in OPERATIONS_DRAWS:
        taken = {article for article, _, _ in chosen}
        for outlet in sorted(operations):
            unread = [article for article in operations[outlet] if article not in taken]
            chosen += [(article, outlet, kind) for article in rng.sample(unread, per_outlet)]
    for kind, per_outlet in FINAL_DRAWS:
        taken = {article for article, _, _ in chosen}
        for outlet in sorted(tallies):
            unread = [article for article in tallies[outlet] if article not in taken]
            chosen += [(article, outlet, kind) for article in rng.sample(unread, per_outlet)]
    return chosen


def split(articles: list[str]) -> dict[str, str]:
    """dev or test for each article: a seeded draw of `TEST_SHARE` of them, made before any
    tuning, so that the test split is never chosen by looking at scores."""
    test = set(
        random.Random(SPLIT_SEED).sample(sorted(articles), round(TEST_SHARE * len(articles)))
    )
    return {article: "test" if article in test else "dev" for article in articles}


if __name__ == "__main__":
    chosen = select(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    first = ("tallies", "no-tallies", "dense")  # the draws the split was made over
    splits = split([article for article, _, kind in chosen if kind in first])
    print("id\tsource\tkind\tsplit")
    for article, outlet, kind in chosen:
        print(f"{article}\t{outlet}\t{kind}\t{splits.get(article, 'dev')}")
