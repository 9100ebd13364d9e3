"""Charts for the book. Every chart goes through `styled_axes`, so they all look alike; Arabic
strings are passed as they are, since Matplotlib 3.11 shapes and orders them itself."""

from __future__ import annotations

import matplotlib.pyplot as plt

from ..extract.gazetteer import load_gazetteer
from ..records import EVENT_NAMES_AR, Tally

FONT = "DejaVu Sans"  # ships with Matplotlib and has Arabic glyphs
COLOURS = ("#1b6ca8", "#d1495b", "#66a182", "#edae49", "#7b5ea7")


def styled_axes(count: int = 1, width: float = 4.0, height: float = 3.2, stacked: bool = False):
    """A figure with `count` axes side by side (or, `stacked`, one above the other sharing the
    x axis, each the figure's full width), in the book's style."""
    plt.rcParams.update({"font.family": FONT, "font.size": 10, "axes.titlesize": 11})
    shape, size = (
        ((count, 1), (width, height * count)) if stacked else ((1, count), (width * count, height))
    )
    figure, axes = plt.subplots(*shape, figsize=size, squeeze=False, sharex=stacked)
    axes = axes[:, 0] if stacked else axes[0]
    for ax in axes:
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        ax.set_axisbelow(True)
    return figure, list(axes)


def country_label(country: str) -> str:
    """`سوريا\\nSyria`: the country's Arabic name above its English one."""
    entry = load_gazetteer().entries.get(_country_code(country))
    return f"{entry.name_ar}\n{country}" if entry and entry.name_ar else country


def counts_by_country(tallies: list[Tally]):
    """One bar chart per event: the counts stated for each country (parts and located totals)."""
    located = [t for t in tallies if t.location and t.count is not None]
    events = list(dict.fromkeys(t.event for t in located))
    if not events:
        return None
    countries = sorted({t.location for t in located})
    colour = {c: COLOURS[i % len(COLOURS)] for i, c in enumerate(countries)}
    figure, axes = styled_axes(len(events))
    for ax, event in zip(axes, events, strict=True):
        rows = [t for t in located if t.event == event]
        shown = [c for c in countries if any(t.location == c for t in rows)]
        values = [max(t.count for t in rows if t.location == c) for c in shown]
        labels = [country_label(c) for c in shown]
        bars = ax.bar(labels, values, color=[colour[c] for c in shown])
        ax.bar_label(bars, padding=2)
        ax.set_title(f"{EVENT_NAMES_AR.get(event, event)} ({event})")
    figure.tight_layout()
    return figure


def _country_code(country: str) -> str:
    gazetteer = load_gazetteer()
    return next(
        (e.id for e in gazetteer.entries.values() if e.kind == "country" and e.name_en == country),
        country,
    )


def official_series_chart(series):
    """CENTCOM's figures per period: one panel per event, Iraq and Syria side by side."""
    events = list(dict.fromkeys(series.event))
    figure, axes = styled_axes(len(events), width=4.6)
    periods = list(dict.fromkeys(series.period))
    for ax, event in zip(axes, events, strict=True):
        rows = series[series.event == event]
        for offset, (country, colour) in enumerate(zip(("Iraq", "Syria"), COLOURS, strict=False)):
            values = [
                int(rows[(rows.period == p) & (rows.place == country)]["count"].sum())
                for p in periods
            ]
            positions = [i + (offset - 0.5) * 0.4 for i in range(len(periods))]
            ax.bar(positions, values, width=0.4, color=colour, label=country_label(country))
        ax.set_xticks(range(len(periods)), periods, rotation=30, ha="right")
        ax.set_title(f"{EVENT_NAMES_AR.get(event, event)} ({event})")
    axes[0].legend(frameon=False)
    figure.tight_layout()
    return figure
