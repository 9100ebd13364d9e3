"""Events across outlets: the tallies of a corpus run grouped into the events they report, and
each outlet's figure for each event side by side.

A tally joins an event when it has the same country and event type, the same date (the day its
period names, else the article's publication date; `WINDOW` days apart at most), and a place
below the country (a town, a province, a camp) or a conflict actor named near it (within `NEAR`
characters) is named near the event's tallies too. Only tolls of one event are grouped: killed,
injured or detained, a count (not a vague one, not zero, at most `LARGEST`), a country, not a
part of another count, not a running total (`CUMULATIVE_RE`: منذ، خلال الأيام الماضية, "since"),
a period of at most `LONGEST_PERIOD` days dated no more than `OLDEST` days before the article
was published; and of each article only its first such toll per country and type (its lead:
later ones are often earlier days' tolls or background). Checked by hand on 30 events
(`data/gold/ant_events_check.json`).
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ..extract.conflict import ACTOR_KINDS
from ..extract.gazetteer import load_gazetteer

EVENTS = ("killed", "injured", "detained")
WINDOW = 0  # days: tolls of one event are dated the same day (another day is another toll)
NEAR = 300  # characters around a toll where the places and actors that anchor it are read
CUMULATIVE_RE = re.compile(
    r"(?<!\w)[وف]?(?:منذ|إجمالي|اجمالي|مجموع|في المجمل|خلال (?:الأيام|الايام|الأسابيع|الاسابيع"
    r"|الأشهر|الاشهر|الشهر|الأسبوع|الاسبوع|السنوات|العام)|since|in total|so far)(?!\w)",
    re.IGNORECASE,
)
LONGEST_PERIOD = 3  # days a grouped toll's period may span
OLDEST = 7  # days before its article's publication a grouped toll may be dated: older is background
# The largest toll one event may have: the deadliest single events of the corpus's wars (the
# Sweida attacks, Kabul bombings, Gaza on 14 May) are in the hundreds killed and the thousands
# injured; larger figures are war totals restated as background, populations or misread numbers.
LARGEST = {"killed": 1_000, "injured": 5_000, "detained": 5_000}


def event_tallies(tallies: pd.DataFrame, documents: pd.DataFrame, entities: pd.DataFrame):
    """The tallies that can report one event, each with its outlet, date, title, url and the
    places and actors its article names (`anchors`)."""
    rows = tallies[
        tallies.event.isin(EVENTS)
        & tallies["count"].notna()
        & (tallies["count"] > 0)
        & tallies.location.notna()
        & tallies.part_of.isna()
    ].merge(documents[["article", "source", "published", "title", "url", "text"]], on="article")
    if rows.empty:
        return rows.assign(date=pd.Series(dtype="datetime64[ns]"), anchors=None).drop(
            columns="text"
        )
    start = pd.to_datetime(rows.period_start, errors="coerce")
    span = (pd.to_datetime(rows.period_end, errors="coerce") - start).dt.days
    published = pd.to_datetime(rows.published.str[:10], errors="coerce")
    short = span <= LONGEST_PERIOD - 1
    date = start.where(short, published)
    age = (published - date).dt.days
    kept = (rows.period_start.isna() | short) & age.between(0, OLDEST)
    kept &= rows["count"] <= rows.event.map(LARGEST)
    kept &= ~rows.apply(_cumulative, axis=1)
    rows = rows.assign(date=date)[kept].drop(columns="text")
    rows = rows.sort_values(["article", "start"])
    rows = rows.drop_duplicates(["article", "location", "event"]).copy()  # its lead toll
    rows = _with_anchors(rows, entities).sort_values(["date", "article", "start"])
    return rows.reset_index(drop=True)


def _cumulative(row) -> bool:
    """A toll its sentence gives as a running total (منذ بدء الاحتجاجات، "since", خلال الأيام
    الماضية, in all): not one event's, even when no date says so."""
    text = row.text
    start = max(text.rfind(".", 0, row.start), text.rfind("\n", 0, row.start)) + 1
    stops = [i for i in (text.find(".", row.end), text.find("\n", row.end)) if i >= 0]
    sentence = text[start : min(stops, default=len(text))]
    return CUMULATIVE_RE.search(sentence) is not None


def _with_anchors(rows: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """`rows` with their `anchors`: the canonical ids of the places below a country and the
    conflict actors named within `NEAR` characters of the toll."""
    gazetteer = load_gazetteer()
    kept = set()
    for canonical in entities.canonical_id.dropna().unique():
        entry = gazetteer.by_canonical_id.get(canonical)
        if entry and (
            entry.kind in ACTOR_KINDS or (entry.label == "LOC" and entry.kind != "country")
        ):
            kept.add(canonical)
    named = entities[entities.canonical_id.isin(kept) & entities.article.isin(rows.article)]
    rows = rows.reset_index(drop=True)
    pairs = (
        rows[["article", "start"]]
        .reset_index()
        .merge(named[["article", "start", "canonical_id"]], on="article", suffixes=("", "_place"))
    )
    near = pairs[(pairs.start_place - pairs.start).abs() <= NEAR]
    anchors = near.groupby("index").canonical_id.agg(frozenset)
    return rows.assign(anchors=[anchors.get(i, frozenset()) for i in rows.index])


def group_events(rows: pd.DataFrame, window: int = WINDOW) -> pd.DataFrame:
    """`rows` (from `event_tallies`) with an `event_id`: each tally joins the earliest open event
    of its country and type, no more than `window` days older, whose articles share an anchor
    with its own; else it starts an event."""
    open_events: dict[tuple, list[dict]] = {}
    ids: list[int] = []
    count = 0
    for row in rows.itertuples():
        key = (row.location, row.event)
        recent = [e for e in open_events.get(key, []) if (row.date - e["first"]).days <= window]
        open_events[key] = recent  # rows come in date order: older events are closed
        event = next((e for e in recent if e["anchors"] & row.anchors), None)
        if event is None:
            event = {"id": count, "first": row.date, "anchors": frozenset()}
            recent.append(event)
            count += 1
        event["anchors"] |= row.anchors
        ids.append(event["id"])
    return rows.assign(event_id=ids)


def outlet_figures(grouped: pd.DataFrame) -> pd.DataFrame:
    """One row per event and outlet: the outlet's figure (the largest count its articles give
    for the event) and the tally that states it."""
    best = grouped.sort_values("count", ascending=False).drop_duplicates(["event_id", "source"])
    return best.sort_values(["event_id", "source"]).reset_index(drop=True)


def event_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per event (from `outlet_figures`): its country, type, first date, how many
    outlets report it, their lowest, highest and median figure (`count`)."""
    return figures.groupby("event_id").agg(
        location=("location", "first"),
        event=("event", "first"),
        date=("date", "min"),
        outlets=("source", "nunique"),
        lowest=("count", "min"),
        highest=("count", "max"),
        count=("count", "median"),
    )


def cross_outlet(figures: pd.DataFrame) -> pd.DataFrame:
    """The events that two outlets or more report (`event_figures`), with the ratio of their
    highest figure to their lowest (`spread`)."""
    per_event = event_figures(figures)
    shared = per_event[per_event.outlets >= 2].copy()
    shared["spread"] = shared.highest / shared.lowest
    return shared


def outlet_bias(figures: pd.DataFrame, shared: pd.DataFrame) -> pd.DataFrame:
    """For each outlet, on the events several outlets report: how many it reports, and how its
    figure compares with the event's median figure (median log2 ratio; share above and below),
    with a two-sided Wilcoxon signed-rank test of the log ratios against zero."""
    from scipy.stats import wilcoxon

    on_shared = figures[figures.event_id.isin(shared.index)].copy()
    median = on_shared.groupby("event_id")["count"].transform("median")
    on_shared["log_ratio"] = (on_shared["count"] / median).map(math.log2)
    rows = []
    for outlet, group in on_shared.groupby("source"):
        ratios = group.log_ratio
        differ = ratios[ratios != 0]
        p_value = wilcoxon(differ).pvalue if len(differ) >= 6 else float("nan")
        rows.append(
            {
                "outlet": outlet,
                "events": len(group),
                "median_log2_ratio": round(float(ratios.median()), 3),
                "higher": int((ratios > 0).sum()),
                "same": int((ratios == 0).sum()),
                "lower": int((ratios < 0).sum()),
                "wilcoxon_p": round(float(p_value), 4),
            }
        )
    columns = ["outlet", "events", "median_log2_ratio", "higher", "same", "lower", "wilcoxon_p"]
    return pd.DataFrame(rows, columns=columns).set_index("outlet")
