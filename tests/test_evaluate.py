"""`newstally eval tallies`: the hand-made ANERcorp gold and its scoring."""

import json
from pathlib import Path

import pytest

from newstally.evaluate.tallies import eval_tallies
from newstally.ner.conll import read_conll, tag_spans

from .conftest import ROOT

ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.txt"
GOLD = ROOT / "data" / "gold" / "anercorp_tallies.jsonl"


@pytest.fixture(scope="module")
def sentences():
    if not ANERCORP.exists():
        pytest.skip(f"ANERcorp not found at {ANERCORP}")
    return read_conll(ANERCORP)


def test_gold_covers_sixty_sentences_and_points_at_their_numbers(sentences):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    with_counts = [r for r in rows if r["tallies"]]
    assert len(with_counts) >= 60
    for row in with_counts:
        text = " ".join(token for token, _ in sentences[row["sentence"]])
        for tally in row["tallies"]:
            assert 0 <= tally["start"] < tally["end"] <= len(text)
    sentence_667 = " ".join(token for token, _ in sentences[667])
    killed = next(r for r in rows if r["sentence"] == 667)["tallies"][0]
    assert sentence_667[killed["start"] : killed["end"]] == "34"


def test_scores_count_unique_event_count_location_per_sentence(sentences, tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {  # مقتل 34 شخصا وجرح 73 آخرين (Sadr City): both found
            "sentence": 667,
            "tallies": [
                {"event": "killed", "count": 34, "qualifier": "exact", "location": "Iraq"},
                {"event": "injured", "count": 73, "qualifier": "exact", "location": "Iraq"},
            ],
        },
        {"sentence": 8, "tallies": []},  # ثمانية أيام: a duration, no count
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    lines = eval_tallies(gold, conll=ANERCORP)
    assert lines[0] == f"{gold}: 2 texts (1 with tallies), 2 scored gold tallies"
    assert "overall          100.0   100.0   100.0     2" in lines
    assert "agreement on matches: qualifier 100.0% (2/2)" in lines


def test_iob_tags_become_spans():
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"]
    assert tag_spans(tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")]


def test_article_gold_is_scored_by_split_with_an_error_table(tmp_path: Path):
    texts = tmp_path / "texts"
    texts.mkdir()
    text = "قتل 5 مدنيين في بغداد. واعتقلت القوات 12 شخصا في الموصل."
    for article in ("a1", "a2"):
        (texts / f"{article}.txt").write_text(text, encoding="utf-8")
        (texts / f"{article}.meta.json").write_text('{"published": "2020-01-02"}')
    row = {"qualifier": "exact", "subject": "civilians", "period_start": None, "period_end": None}
    gold = [
        {"id": "a1", "index": 0, "event": "killed", "count": 5, "location": "Iraq", "part_of": None}
        | row
        | {"evidence": "5", "start": 4, "end": 5},
        {"id": "a1", "index": 1, "event": "detained", "count": 12, "location": "Syria"}
        | row
        | {"part_of": None, "evidence": "12", "start": 38, "end": 40},
        {"id": "a1", "index": 2, "event": "injured", "count": 3, "location": "Iraq"}
        | row
        | {"part_of": None, "evidence": "قتل", "start": 0, "end": 3},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in gold), encoding="utf-8")
    (tmp_path / "gold.articles.tsv").write_text("id\tsplit\na1\ttest\na2\tdev\n")
    scores_path = tmp_path / "scores.json"
    lines = eval_tallies(path, "test", texts=texts, scores_path=scores_path)
    assert lines[0] == f"{path} (test split): 1 texts (1 with tallies), 3 scored gold tallies"
    scores = json.loads(scores_path.read_text(encoding="utf-8"))
    assert scores["overall"] | {} == {
        "precision": 50.0,
        "recall": 33.3,
        "f1": 40.0,
        "gold": 3,
        "predicted": 2,
        "matched": 1,
    }
    errors = {name: e["count"] for name, e in scores["errors"].items()}
    assert errors == {
        "missed": 1,
        "extra": 0,
        "wrong count": 0,
        "wrong event": 0,
        "wrong location": 1,
        "wrong qualifier": 0,
    }
    assert scores["errors"]["wrong location"]["top"] == [["Syria -> Iraq", 1, "12 (a1)"]]
    assert scores["agreement"]["subject"] == {"agree": 1, "compared": 1, "share": 100.0}
    dev = eval_tallies(path, "dev", texts=texts)  # a2: no gold rows, so both predictions are extra
    assert dev[0].endswith("1 texts (0 with tallies), 0 scored gold tallies")
    assert any(line.startswith("extra                2") for line in dev)


ANT = ROOT.parent / "shared" / "data" / "ant_news" / "ant_news_2018.jsonl.gz"
ANT_GOLD = ROOT / "data" / "gold" / "ant_tallies.jsonl"


def test_ant_gold_is_large_split_and_points_at_its_evidence():
    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    from newstally.evaluate.tallies import load_gold

    articles = load_gold(ANT_GOLD, ANT)
    rows = [row for article in articles for row in article.rows]
    assert len(articles) >= 120 and len(rows) >= 500
    assert {a.split for a in articles} == {"dev", "test"}
    outlets = {a.id.split("-")[0] for a in articles}
    assert (
        all(sum(a.id.startswith(o) for a in articles) >= 20 for o in outlets) and len(outlets) == 5
    )
    for article in articles:
        for row in article.rows:
            assert article.text[row["start"] : row["end"]] == row["evidence"]
            assert row["part_of"] is None or row["part_of"] < row["index"]


def test_the_committed_ant_scores_are_what_eval_tallies_gives_now(tmp_path: Path):
    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    committed = json.loads((ROOT / "data" / "gold" / "ant_scores.json").read_text(encoding="utf-8"))
    fresh = tmp_path / "scores.json"
    eval_tallies(ANT_GOLD, "test", corpus=ANT, scores_path=fresh)
    assert json.loads(fresh.read_text(encoding="utf-8"))["overall"] == committed["overall"]
