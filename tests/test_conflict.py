"""The conflict filter: its rule, its signs, and its score on the hand-labelled ANT articles."""

import json

import pytest

from newstally.evaluate.conflict import eval_conflict
from newstally.extract.analysis import analyze
from newstally.extract.conflict import conflict_signs, is_conflict, is_conflict_article
from newstally.paths import CONFLICT_SCORES

from .conftest import ROOT

ANT = ROOT.parent / "shared" / "data" / "ant_news" / "ant_news_2018.jsonl.gz"


def test_the_rule_needs_signs_of_conflict_and_takes_fewer_beside_a_toll():
    assert is_conflict([], 6) and not is_conflict([], 5)
    assert is_conflict(["killed"], 4) and not is_conflict(["killed"], 3)
    assert not is_conflict(["other"], 5)  # a count of something else is no toll


def test_the_seed_is_a_conflict_article_and_a_match_report_is_not(seed_text):
    seed = analyze(seed_text, "2023-02-15")
    assert conflict_signs(seed.normalized, seed.entities) >= 6
    assert is_conflict_article(seed.normalized, seed.tallies, seed.entities)
    # Sky News Arabia, 2018: a football report with numbers in it
    match = analyze("سجل ميسي هدفين وفاز برشلونة على إشبيلية 5 مقابل 0 في نهائي الكأس.")
    assert conflict_signs(match.normalized, match.entities) == 0
    assert not is_conflict_article(match.normalized, match.tallies, match.entities)


def test_the_committed_conflict_scores_are_what_eval_conflict_gives_now(tmp_path):
    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    fresh = tmp_path / "scores.json"
    eval_conflict(split="test", corpus=ANT, scores_path=fresh)
    committed = json.loads(CONFLICT_SCORES.read_text(encoding="utf-8"))
    assert json.loads(fresh.read_text(encoding="utf-8")) == committed
