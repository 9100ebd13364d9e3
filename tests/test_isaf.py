"""The ISAF benchmark: scoring as the dataset's author did, and predictions on real releases."""

from pathlib import Path

import pytest

from newstally.evaluate import isaf

ISAF_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "isaf_dev" / "isaf_dev.jsonl"


@pytest.fixture(scope="module")
def releases() -> dict[str, tuple[str, dict]]:
    if not ISAF_DEV.exists():
        pytest.skip(f"ISAF development data not found at {ISAF_DEV}")
    phrases = {
        "alaudin": "killed the Taliban leader, Alaudin",
        "baghlan": "during a raid to capture a Taliban facilitator and a Taliban leader",
        "archi": "killed two insurgents and detained one suspected insurgent while searching",
    }
    found = {}
    for text, gold in isaf.read_releases(ISAF_DEV):
        for name, phrase in phrases.items():
            if phrase in text:
                found.setdefault(name, (text, gold))
    return found


def test_a_leader_killed_is_predicted_field_for_field(releases):
    text, gold = releases["alaudin"]  # "killed the Taliban leader, Alaudin", Ghazni
    predicted = isaf.predict(text)
    assert predicted["start_date"] == "2013-01-24"  # "yesterday" in a release of Jan. 25
    assert predicted["province"] == ["ghazni"] and predicted["target_group"] == ["taliban"]
    assert (predicted["min_killed"], predicted["min_leaders_killed"]) == (1, 1)
    assert predicted["event_type"] == ["insurgentskilled"]


def test_several_detained_counts_as_three(releases):
    text, gold = releases["baghlan"]  # "detained several suspected insurgents"
    predicted = isaf.predict(text)
    assert predicted["min_captured"] == gold["min_captured"] == 3
    assert predicted["province"] == gold["province"] == ["baghlan"]


def test_killed_and_detained_with_an_airstrike(releases):
    text, gold = releases["archi"]
    predicted = isaf.predict(text)
    assert (predicted["min_killed"], predicted["min_captured"]) == (2, 1)
    assert predicted["airstrike"] is True and predicted["event_type"] == ["captureandkill"]


def test_scoring_gives_partial_credit_for_lists_and_exact_credit_for_the_rest():
    gold = {field: 0 for field in isaf.FIELDS}
    gold.update(event_type=["captureandkill"], target_group=["aq;taliban"], province=["khost"])
    predicted = dict(gold, target_group=["taliban"], province=["khost", "paktya"], min_killed=2)
    scores = isaf.score([gold], [predicted])
    assert scores["target_group"] == 50.0
    assert scores["province"] == 0.0 and scores["min_killed"] == 0.0
    assert scores["event_type"] == 100.0
    assert scores["aggregate"] == pytest.approx((10 * 100 + 50) / 13)


def test_no_group_named_is_credited_only_when_none_is_predicted():
    gold = {field: 0 for field in isaf.FIELDS}
    gold.update(event_type=["detention"], target_group=[""], province=[])
    assert isaf.score([gold], [dict(gold, target_group=[""])])["target_group"] == 100.0
    assert isaf.score([gold], [dict(gold, target_group=["taliban"])])["target_group"] == 0.0
