"""Events across outlets: tallies of one event grouped, and the outlets' figures compared."""

import json

import pytest

from newstally.book import press
from newstally.corpus import events
from newstally.corpus.run import run
from newstally.paths import EVENTS_CHECK

from .conftest import ROOT

# Short reports in the style of the ANT corpus: three outlets on one day of strikes on Douma, a
# report of Idlib the same day (another event: no place in common), one of Douma the next day
# (another day's toll) and one a week later.
WAR = "وسط قصف مدفعي واشتباكات بين الجيش والفصائل المسلحة."
RECORDS = [
    ("SK-1", "SkyNews", "2018-03-01", f"قتل 10 مدنيين في غارات على دوما في الغوطة الشرقية، {WAR}"),
    (
        "BB-1",
        "BBC",
        "2018-03-01",
        f"أفاد المرصد السوري بمقتل 12 مدنيا في دوما بالغوطة الشرقية، {WAR}",
    ),
    ("FR-1", "France24", "2018-03-01", f"قتل 10 مدنيين في دوما، بحسب المرصد، {WAR}"),
    ("AL-1", "Alarabia", "2018-03-01", f"قتل 7 أشخاص في غارة على مدينة إدلب، {WAR}"),
    ("SK-2", "SkyNews", "2018-03-02", f"قتل 4 مدنيين في قصف على دوما، {WAR}"),
    ("CN-1", "CNN", "2018-03-09", f"قتل 5 مدنيين في قصف على دوما، {WAR}"),
    (
        "BB-2",
        "BBC",
        "2018-03-09",
        f"قتل 20 مدنيا في الغوطة منذ بدء الحملة، {WAR}",
    ),  # a running total
]


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("press")
    lines = [
        json.dumps(
            {"id": i, "source": s, "published": p, "text": t, "title": t[:20], "url": None},
            ensure_ascii=False,
        )
        for i, s, p, t in RECORDS
    ]
    (folder / "press.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run([folder / "press.jsonl"], folder / "out")
    return press.load_press(folder / "out", "2018-02-01", "2018-10-31")


def test_tolls_of_one_place_and_day_are_one_event(tables):
    rows = events.event_tallies(tables["tallies"], tables["documents"], tables["entities"])
    grouped = events.group_events(rows)
    by_article = dict(zip(grouped.article, grouped.event_id, strict=True))
    assert by_article["SK-1"] == by_article["BB-1"] == by_article["FR-1"]
    assert by_article["AL-1"] != by_article["SK-1"]  # Idlib, not Douma
    assert by_article["SK-2"] != by_article["SK-1"]  # the next day's toll
    assert by_article["CN-1"] != by_article["SK-1"]  # eight days later
    assert "BB-2" not in by_article  # since the campaign began: no one event's toll


def test_the_outlets_figures_side_by_side(tables):
    rows = events.event_tallies(tables["tallies"], tables["documents"], tables["entities"])
    figures = events.outlet_figures(events.group_events(rows))
    shared = events.cross_outlet(figures)
    (douma,) = shared.itertuples()
    assert (douma.location, douma.event, douma.outlets) == ("Syria", "killed", 3)
    assert (douma.lowest, douma.highest, round(douma.spread, 2)) == (10, 12, 1.2)
    bias = events.outlet_bias(figures, shared)
    assert bias.loc["BBC", ["events", "higher", "same", "lower"]].tolist() == [1, 1, 0, 0]
    assert bias.loc["SkyNews", "same"] == 1


def test_each_event_counts_once_in_a_month(tables):
    assert tables["manifest"].conflict.tolist() == [True] * 7
    grouped = press.grouped_events(tables)
    monthly = press.monthly_tolls(grouped, ["Syria"], 1000)
    # Douma on 1 March: 10, 12 and 10, counted once at its median; Idlib 7; Douma 4, then 5
    assert monthly.loc[("Syria", "2018-03")].tolist() == [10 + 7 + 4 + 5, 0, 0]
    once = press.counted_once(grouped).loc[("Syria", "killed")]
    assert (once["sum over articles"], once["sum over events"]) == (48, 26)


def test_a_figure_opens_on_its_evidence(tables):
    grouped = press.grouped_events(tables)
    figures = events.outlet_figures(grouped)
    shared = events.cross_outlet(figures)
    page = press.comparison_html(figures, shared, tables["documents"].set_index("article").text, 5)
    assert page.count("<details>") == 3 and "<summary>12</summary>" in page
    assert "أفاد المرصد السوري بمقتل <mark>12</mark> مدنيا" in page
    assert press.agreement(shared)["events reported by 2 outlets or more"] == 1
    coverage = press.outlet_coverage(tables)
    assert coverage.loc["BBC", ["articles", "conflict articles", "tallies"]].tolist() == [2, 2, 2]


PRESS = ROOT / "book" / "_build" / "press_2018"


def test_the_events_checked_by_hand_are_the_events_of_the_grouping_now():
    """The hand check (`data/gold/ant_events_check.json`) is of this grouping of these tables:
    if either changes, the check is to be made again."""
    if not (PRESS / "manifest.parquet").exists():
        pytest.skip("needs the tables of `make corpus`")
    check = json.loads(EVENTS_CHECK.read_text(encoding="utf-8"))
    grouped = press.grouped_events(press.load_press(PRESS, "2018-02-01", "2018-10-31"))
    keys = grouped.article + ":" + grouped.start.astype(int).astype(str)
    members = keys.groupby(grouped.event_id).agg(set)
    event_of = dict(zip(keys, grouped.event_id, strict=True))
    assert len(check["checked"]) == check["events"] == 30
    for event in check["checked"]:
        (event_id,) = {event_of[t] for t in event["tallies"]}
        assert members[event_id] == set(event["tallies"])
    merged = sum(bool(e["merged_wrongly"]) for e in check["checked"])
    assert (check["merged_wrongly"], check["split_wrongly"]) == (
        merged,
        sum(bool(e["split_wrongly"]) for e in check["checked"]),
    )


def test_a_date_range_with_no_article_gives_empty_tables_not_an_error(tables):
    empty = {name: table.iloc[0:0] for name, table in tables.items()}
    grouped = press.grouped_events(empty)
    figures = events.outlet_figures(grouped)
    shared = events.cross_outlet(figures)
    assert len(grouped) == len(shared) == 0
    assert events.outlet_bias(figures, shared).empty
