"""Events across outlets: the tallies of a corpus run grouped into the events they report, and
each outlet's figure for each event side by side.

A tally joins an event when it has the same country and event type, its date (the day its
period names, else the article's publication date) is within `WINDOW` days of the event's first
report, and its article shares a place below the country (a town, a province, a camp) or a
conflict actor with the event's articles. Only tolls of one event are grouped: killed, injured
or detained, a count (not a vague one, not zero), a country, not a part of another count, and a
period of at most `LONGEST_PERIOD` days (a war's total since 2011 is not an event).
"""

from __future__ import annotations

import math

import pandas as pd

from ..extract.conflict import ACTOR_KINDS
from ..extract.gazetteer import load_gazetteer

EVENTS = ("killed", "injured", "detained")
WINDOW = 2  # days: a toll is reported the day of the event or the next, and updated once more
LONGEST_PERIOD = 3  # days a grouped toll's period may span


def event_tallies(tallies: pd.DataFrame, documents: pd.DataFrame, entities: pd.DataFrame):
    """The tallies that can report one event, each with its outlet, date, title, url and the
    places and actors its article names (`anchors`)."""
    rows = tallies[
        tallies.event.isin(EVENTS)
        & tallies["count"].notna()
        & (tallies["count"] > 0)
        & tallies.location.notna()
        & tallies.part_of.isna()
    ].merge(documents[["article", "source", "published", "title", "url"]], on="article")
    start = pd.to_datetime(rows.period_start, errors="coerce")
    end = pd.to_datetime(rows.period_end, errors="coerce")
    published = pd.to_datetime(rows.published.str[:10], errors="coerce")
    span = (end - start).dt.days
    rows = rows.assign(date=start.where(span <= LONGEST_PERIOD - 1, published))
    rows = rows[rows.period_start.isna() | (span <= LONGEST_PERIOD - 1)]
    rows = rows[rows.date.notna()].copy()
    anchors = _anchors(entities)
    rows["anchors"] = rows.article.map(lambda a: anchors.get(a, frozenset()))
    return rows.sort_values(["date", "article", "start"]).reset_index(drop=True)


def _anchors(entities: pd.DataFrame) -> dict[str, frozenset[str]]:
    """Per article: the canonical ids of the places below a country and the conflict actors it
    names."""
    gazetteer = load_gazetteer()
    kept = {}
    for canonical in entities.canonical_id.dropna().unique():
        entry = gazetteer.by_canonical_id.get(canonical)
        if entry and (
            entry.kind in ACTOR_KINDS or (entry.label == "LOC" and entry.kind != "country")
        ):
            kept[canonical] = True
    named = entities[entities.canonical_id.isin(kept.keys())]
    return {a: frozenset(ids) for a, ids in named.groupby("article").canonical_id}


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


def cross_outlet(figures: pd.DataFrame) -> pd.DataFrame:
    """The events that two outlets or more report: per event its country, type, first date,
    outlets, lowest and highest figure and their ratio (`spread`)."""
    per_event = figures.groupby("event_id").agg(
        location=("location", "first"),
        event=("event", "first"),
        date=("date", "min"),
        outlets=("source", "nunique"),
        lowest=("count", "min"),
        highest=("count", "max"),
    )
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
    return pd.DataFrame(rows).set_index("outlet")
