"""The per-country chart: one panel per event, Arabic and English country names, real values."""

import matplotlib.pyplot as plt
from matplotlib.testing.compare import compare_images

from newstally.book.plots import country_label, counts_by_country, styled_axes
from newstally.extract.analysis import analyze

from .conftest import ROOT


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


def render_label(text: str, path) -> None:
    figure, (ax,) = styled_axes(1, width=3.0, height=1.2)
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=16)
    figure.savefig(path, dpi=100)
    plt.close(figure)


def test_arabic_labels_are_shaped_and_right_to_left(tmp_path):
    """The reference image (tests/reference/arabic_label.png) was checked by eye: joined letters,
    read right to left. The same label must render the same; the text reversed must not."""
    reference = ROOT / "tests" / "reference" / "arabic_label.png"
    render_label("تنظيم الدولة في سوريا", tmp_path / "label.png")
    assert compare_images(str(reference), str(tmp_path / "label.png"), tol=2) is None
    render_label("تنظيم الدولة في سوريا"[::-1], tmp_path / "reversed.png")
    assert compare_images(str(reference), str(tmp_path / "reversed.png"), tol=2) is not None
