"""The per-country chart: one panel per event, Arabic and English country names, real values."""

from newstally.analysis import analyze
from newstally.plots import country_label, counts_by_country


def test_country_labels_are_arabic_above_english():
    assert country_label("Syria") == "سوريا\nSyria"
    assert country_label("Iraq") == "العراق\nIraq"


def test_seed_chart_shows_each_event_by_country(seed_text):
    figure = counts_by_country(analyze(seed_text, "2023-02-15").tallies)
    panels = {
        ax.get_title(): {
            label.get_text(): bar.get_height()
            for label, bar in zip(ax.get_xticklabels(), ax.patches, strict=True)
        }
        for ax in figure.axes
    }
    assert panels["عمليات (operations)"] == {"سوريا\nSyria": 10, "العراق\nIraq": 33}
    assert panels["قتلى (killed)"] == {"سوريا\nSyria": 2, "العراق\nIraq": 9}
    assert panels["معتقلون (detained)"] == {"سوريا\nSyria": 198, "العراق\nIraq": 29}
    assert panels["محتجزون (held)"] == {"سوريا\nSyria": 10000}
