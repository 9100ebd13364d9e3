"""The press against the source: CENTCOM's monthly figures and the news reports of them.

Each row of `data/centcom_figures.csv` becomes Tally rows (a total and its per-country parts,
CENTCOM's "U.S.-only" Syria operations as a second Syria part), so the same `newstally.extract.checks`
that check an article check the figures; each news report is then compared with the official
figures for its period (or, where CENTCOM's release is not in the data, with what most reports
of that period say), and every disagreement is classified.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from ..extract.checks import parts_sum
from ..paths import DATA
from ..records import FIGURE_EVENTS, Tally

FIGURES = DATA / "centcom_figures.csv"
_FIGURE_RE = re.compile(r"^(~)?(\d+)(\+)?$")


def load_figures(path: str | Path = FIGURES) -> pd.DataFrame:
    """The figures table, one row per publication, figures kept as written (300+, ~80)."""
    return pd.read_csv(path, dtype=str).fillna("")


def parse_figure(written: str) -> tuple[int | None, str]:
    """A written figure as (count, qualifier): "300+" is (300, more_than), "~80" (80, approx)."""
    match = _FIGURE_RE.match(written.strip().removesuffix(".0"))
    if not match:
        return None, "exact"
    qualifier = "approx" if match.group(1) else "more_than" if match.group(3) else "exact"
    return int(match.group(2)), qualifier


def row_tallies(row: pd.Series) -> list[Tally]:
    """A publication's figures as Tally rows: per event a total, then its parts by country."""
    tallies: list[Tally] = []
    for key, event in FIGURE_EVENTS.items():
        total, qualifier = parse_figure(row[f"total_{key}"])
        parts = [("Iraq", row[f"iraq_{key}"]), ("Syria", row[f"syria_{key}"])]
        if key == "ops" and parse_figure(row["syria_us_only_ops"])[0]:  # stated and not zero
            parts.append(("Syria", row["syria_us_only_ops"]))
        written = [(country, parse_figure(value)) for country, value in parts if value]
        if len(written) < 2:  # one country's figure alone is not a breakdown of the total
            written = []
        if total is None and not written:
            continue
        total_id = len(tallies)
        tallies.append(_tally(total_id, event, total, qualifier, None, None))
        for country, (count, part_qualifier) in written:
            tallies.append(_tally(len(tallies), event, count, part_qualifier, country, total_id))
    return tallies


def checks_by_row(figures: pd.DataFrame) -> pd.DataFrame:
    """`newstally.extract.checks.parts_sum` over every publication's figures."""
    rows = []
    for _, row in figures.iterrows():
        tallies = {tally.id: tally for tally in row_tallies(row)}
        for finding in parts_sum(list(tallies.values())):
            rows.append(
                {"row_id": row.row_id, "publisher": row.publisher, "period": row.period}
                | {"event": tallies[finding.tallies[0]].event, "status": finding.status}
                | {"detail": finding.detail}
            )
    return pd.DataFrame(rows)


def official_series(figures: pd.DataFrame) -> pd.DataFrame:
    """CENTCOM's own figures, tidy: one row per period, event and place (Iraq, Syria, total)."""
    official = figures[figures.kind == "official"]
    rows = []
    for _, row in official.iterrows():
        for key, event in FIGURE_EVENTS.items():
            for place, column in (("total", "total"), ("Iraq", "iraq"), ("Syria", "syria")):
                count, _ = parse_figure(row[f"{column}_{key}"])
                if count is not None:
                    rows.append(
                        {"row_id": row.row_id, "period": row.period, "event": event}
                        | {"place": place, "count": count}
                    )
    return pd.DataFrame(rows)


def compare_reports(figures: pd.DataFrame) -> pd.DataFrame:
    """Every news figure against the reference for its period, each disagreement classified:
    parts do not sum, figure from another period, hedged figure, or wrong figure."""
    reference = _references(figures)
    by_value = _periods_by_value(figures)
    sums = {(r.row_id, r.event): r.status for r in checks_by_row(figures).itertuples()}
    rows = []
    for _, row in figures[figures.kind != "official"].iterrows():
        for column in [c for c in figures.columns if c.split("_")[-1] in FIGURE_EVENTS]:
            written = row[column]
            expected = reference.get((row.period, column))
            if not written or expected is None:
                continue
            count, qualifier = parse_figure(written)
            if count == expected[0] and qualifier == "exact":
                continue
            if qualifier != "exact":
                kind = "hedged figure"
            elif any(p != row.period for p in by_value.get((column, count), ())):
                kind = "figure from another period"
            elif sums.get((row.row_id, FIGURE_EVENTS[column.split("_")[-1]])) == "mismatch":
                kind = "parts do not sum"
            else:
                kind = "wrong figure"
            rows.append(
                {"row_id": row.row_id, "publisher": row.publisher, "period": row.period}
                | {"figure": column, "reported": written, "reference": expected[0]}
                | {"reference_from": expected[1], "disagreement": kind}
            )
    return pd.DataFrame(rows)


def corpus_against_official(tallies: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Tallies extracted from articles (corpus tables) placed against the official series:
    one row per extracted count whose month has an official figure."""
    series = official_series(figures)
    rows = []
    for tally in tallies.itertuples():
        if tally.event not in FIGURE_EVENTS.values() or not isinstance(tally.period_start, str):
            continue
        about_isis = tally.event == "operations" or "ISIS" in str(tally.subject)
        if not about_isis or tally.count == 0:  # CENTCOM counts ISIS members, not its own losses
            continue
        period = tally.period_start[:7]
        place = tally.location if isinstance(tally.location, str) else "total"
        match = series[(series.period == period) & (series.event == tally.event)]
        match = match[match.place == place]
        if match.empty or pd.isna(tally.count):
            continue
        official = int(match["count"].iloc[0])
        rows.append(
            {"article": tally.article, "period": period, "event": tally.event, "place": place}
            | {"extracted": int(tally.count), "official": official}
            | {"row_id": match.row_id.iloc[0], "agrees": int(tally.count) == official}
        )
    return pd.DataFrame(rows)


def _tally(tally_id, event, count, qualifier, location, part_of) -> Tally:
    return Tally(
        tally_id, event, count, qualifier, location, None, None, None, None, None, part_of, "", 0, 0
    )


def _references(figures: pd.DataFrame) -> dict[tuple[str, str], tuple[int, str]]:
    """(period, column) -> (value, where it comes from): CENTCOM's release, else the value
    most news reports of the period agree on."""
    columns = [c for c in figures.columns if c.split("_")[-1] in FIGURE_EVENTS]
    references: dict[tuple[str, str], tuple[int, str]] = {}
    for period, group in figures.groupby("period"):
        official = group[group.kind == "official"]
        for column in columns:
            if not official.empty and official[column].iloc[0]:
                references[(period, column)] = (
                    parse_figure(official[column].iloc[0])[0],
                    official.row_id.iloc[0],
                )
                continue
            values = [parse_figure(v) for v in group[column] if v]
            exact = Counter(count for count, qualifier in values if qualifier == "exact")
            if exact:
                value, votes = exact.most_common(1)[0]
                if votes > 1:
                    references[(period, column)] = (value, f"{votes} reports agree")
    return references


def _periods_by_value(figures: pd.DataFrame) -> dict[tuple[str, int], set[str]]:
    periods: dict[tuple[str, int], set[str]] = {}
    for _, row in figures.iterrows():
        for column in [c for c in figures.columns if c.split("_")[-1] in FIGURE_EVENTS]:
            count, _ = parse_figure(row[column])
            if count is not None:
                periods.setdefault((column, count), set()).add(row.period)
    return periods
