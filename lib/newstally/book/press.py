"""The press chapter's views: a corpus run's tables read once, the events grouped across
outlets (`corpus.events`), monthly tolls per country that count each event once, what each
outlet covered, and the outlets' figures side by side with their evidence a click away."""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from ..corpus import events as grouping
from ..corpus.tables import distinct_stories
from ..records import EVENT_NAMES_AR
from ..text import language
from .plots import COLOURS, country_label, styled_axes

COLUMNS = {
    "manifest": ["id", "source", "published", "status", "conflict", "tallies"],
    "documents": ["article", "source", "category", "url", "published", "title", "text"],
    "entities": ["article", "start", "label", "canonical_id"],
    "tallies": None,
    "findings": None,
}
CONTEXT = 120  # characters of text shown on each side of a figure's evidence


def load_press(folder: str | Path, start: str, end: str) -> dict[str, pd.DataFrame]:
    """The tables of a corpus run, for the articles published from `start` to `end`
    (YYYY-MM-DD, both included): the manifest with every input, read or not; the other tables
    for the articles read, a story an outlet filed twice (the same text under two categories)
    kept once."""
    folder = Path(folder)
    tables = {
        name: pd.read_parquet(folder / f"{name}.parquet", columns=columns)
        for name, columns in COLUMNS.items()
    }
    manifest = tables["manifest"]
    day = manifest.published.str[:10]
    tables["manifest"] = manifest[(day >= start) & (day <= end)].reset_index(drop=True)
    documents = tables["documents"]
    documents = documents[documents.article.isin(tables["manifest"].id)]
    documents = distinct_stories(documents)
    kept = set(documents.article)
    for name, table in tables.items():
        if name != "manifest":
            tables[name] = table[table.article.isin(kept)].reset_index(drop=True)
    return tables


def _conflict(manifest: pd.DataFrame) -> pd.Series:
    """Which inputs are conflict articles (False for those not analyzed)."""
    return manifest.conflict.fillna(False).astype(bool)


def grouped_events(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The tallies of the conflict articles that report one event, grouped into events."""
    conflict = set(tables["manifest"].id[_conflict(tables["manifest"])])
    tallies = tables["tallies"][tables["tallies"].article.isin(conflict)]
    rows = grouping.event_tallies(tallies, tables["documents"], tables["entities"])
    return grouping.group_events(rows)


def monthly_tolls(grouped: pd.DataFrame, countries: list[str], minimum: int) -> pd.DataFrame:
    """Per month, country and event type: the sum over events of each event's median figure
    across the outlets that report it, so an event reported twenty times counts once. The
    countries are those asked for and any other whose killed total reaches `minimum`."""
    per_event = grouping.event_figures(grouping.outlet_figures(grouped))
    per_event["count"] = per_event["count"].round()
    killed = per_event[per_event.event == "killed"].groupby("location")["count"].sum()
    shown = list(dict.fromkeys([*countries, *killed[killed >= minimum].index]))
    per_event = per_event[per_event.location.isin(shown)]
    per_event["month"] = per_event.date.dt.to_period("M").astype(str)
    table = per_event.pivot_table(
        index=["location", "month"], columns="event", values="count", aggfunc="sum", fill_value=0
    )
    return table.reindex(columns=list(grouping.EVENTS), fill_value=0).astype(int)


def monthly_chart(monthly: pd.DataFrame):
    """One panel per country, full width: killed, injured and detained per month."""
    countries = list(dict.fromkeys(monthly.index.get_level_values(0)))
    months = sorted(set(monthly.index.get_level_values(1)))
    figure, panels = styled_axes(len(countries), width=9.0, height=2.8, stacked=True)
    for ax, country in zip(panels, countries, strict=True):
        rows = monthly.loc[country].reindex(months, fill_value=0)
        for event, colour in zip(grouping.EVENTS, COLOURS, strict=False):
            label = f"{EVENT_NAMES_AR.get(event, event)} ({event})"
            ax.plot(months, rows[event], marker="o", color=colour, label=label)
        ax.set_title(country_label(country).replace("\n", " / "))
    panels[0].legend(frameon=False, ncols=3, loc="lower right", bbox_to_anchor=(1, 1.08))
    panels[-1].tick_params(axis="x", rotation=30)
    figure.tight_layout()
    return figure


def outlet_coverage(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per outlet: articles, conflict articles, tallies, and the share of its tallies with a
    location and with a period."""
    manifest, tallies = tables["manifest"], tables["tallies"]
    outlet = tables["documents"].set_index("article").source
    tallies = tallies.assign(source=tallies.article.map(outlet))
    coverage = pd.DataFrame(
        {
            "articles": manifest.groupby("source").size(),
            "conflict articles": manifest[_conflict(manifest)].groupby("source").size(),
            "tallies": tallies.groupby("source").size(),
            "with a location (%)": tallies.groupby("source").location.apply(
                lambda s: round(100 * s.notna().mean(), 1)
            ),
            "with a period (%)": tallies.groupby("source").period_start.apply(
                lambda s: round(100 * s.notna().mean(), 1)
            ),
        }
    )
    counts = ["articles", "conflict articles", "tallies"]
    return coverage.fillna(0).astype(dict.fromkeys(counts, int))


def agreement(shared: pd.DataFrame) -> dict[str, float]:
    """How often the outlets reporting one event give the same figure, and the spread when they
    do not (the highest figure over the lowest)."""
    differ = shared[shared.spread > 1]
    return {
        "events reported by 2 outlets or more": len(shared),
        "same figure (%)": round(100 * (shared.spread == 1).mean(), 1),
        "median spread when they differ": round(float(differ.spread.median()), 2),
        "within 10% (%)": round(100 * (shared.spread <= 1.1).mean(), 1),
    }


def comparison_html(figures: pd.DataFrame, shared: pd.DataFrame, texts: pd.Series, top: int):
    """The `top` events most outlets report (the earliest first among equals), in date order,
    one row each: the outlets' figures side by side, each opening on click to the sentence that
    states it and a link to the article."""
    chosen = shared.sort_values(["outlets", "date"], ascending=[False, True]).head(top)
    chosen = chosen.sort_values("date")
    outlets = sorted(figures.source.unique())
    head = "".join(f"<th>{html.escape(o)}</th>" for o in outlets)
    rows = []
    for event_id, event in chosen.iterrows():
        cells = []
        for outlet in outlets:
            match = figures[(figures.event_id == event_id) & (figures.source == outlet)]
            cells.append(_figure_cell(match.iloc[0], texts) if len(match) else "<td></td>")
        label = f"{event.date:%Y-%m-%d} {country_label(event.location).replace(chr(10), ' / ')}"
        kind = f"{EVENT_NAMES_AR.get(event.event, event.event)} ({event.event})"
        rows.append(
            f"<tr><td>{html.escape(label)}<br>{html.escape(kind)}</td>{''.join(cells)}</tr>"
        )
    return (
        '<table class="newstally-wide"><thead><tr><th>event</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _figure_cell(row, texts: pd.Series) -> str:
    text = texts.get(row.article, "")
    start, end = int(row.start), int(row.end)
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    direction = "rtl" if language(text[start:end] or before) == "ar" else "ltr"
    snippet = (
        f"…{html.escape(before)}<mark>{html.escape(text[start:end])}</mark>{html.escape(after)}…"
    )
    url = row.url if isinstance(row.url, str) else ""
    link = f' <a href="{html.escape(url)}">{html.escape(row.article)}</a>' if url else ""
    return (
        f"<td><details><summary>{int(row['count']):,}</summary>"
        f'<p dir="{direction}">{snippet}</p>{link}</details></td>'
    )


def findings_summary(findings: pd.DataFrame) -> pd.DataFrame:
    """The checks over the corpus: how many findings of each kind came out each way."""
    return findings.pivot_table(
        index="kind", columns="status", values="article", aggfunc="count", fill_value=0
    )


def counted_once(grouped: pd.DataFrame) -> pd.DataFrame:
    """Per country and event type: the sum of every article's lead toll against the sum over
    events (each event's median figure once), and how many times the first overstates."""
    per_event = grouping.event_figures(grouping.outlet_figures(grouped))
    naive = grouped.groupby(["location", "event"])["count"].sum()
    once = per_event.groupby(["location", "event"])["count"].sum()
    table = pd.DataFrame({"sum over articles": naive, "sum over events": once})
    table["articles per event"] = (
        grouped.groupby(["location", "event"]).size()
        / per_event.groupby(["location", "event"]).size()
    ).round(2)
    table["overstated"] = (table["sum over articles"] / table["sum over events"]).round(2)
    return table.sort_values("sum over events", ascending=False)
