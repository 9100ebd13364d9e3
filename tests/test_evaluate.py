"""`newstally eval tallies`: the hand-made ANERcorp gold and its scoring."""

import json
from pathlib import Path

import pytest

from newstally.evaluate.scores import eval_tallies
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
    lines = eval_tallies(gold, ANERCORP)
    assert lines[0] == "sentences: 2 (1 with counts), gold counts: 2"
    assert "overall          100.0   100.0   100.0     2" in lines
    assert lines[-1] == "qualifier agreement on matched counts: 100.0% (2/2)"


def test_iob_tags_become_spans():
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"]
    assert tag_spans(tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")]
