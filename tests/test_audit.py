"""The audit: CENTCOM's figures checked with newstally.extract.checks and set against the reports."""

import pandas as pd

from newstally.book.audit import (
    checks_by_row,
    compare_reports,
    corpus_against_official,
    load_figures,
    parse_figure,
)
from newstally.corpus.run import run

from .conftest import SEED


def test_written_figures_keep_their_hedges():
    assert parse_figure("300+") == (300, "more_than")
    assert parse_figure("~80") == (80, "approx")
    assert parse_figure("43") == (43, "exact")


def test_parts_are_checked_with_the_library_checks():
    sums = checks_by_row(load_figures())
    by_row = {(r.row_id, r.detail.split()[0]): (r.status, r.detail) for r in sums.itertuples()}
    assert by_row[("C01", "operations")] == (
        "ok",
        "operations 43 = 33 (Iraq) + 10 (Syria): adds up",
    )
    assert by_row[("N05", "operations")][0] == "ambiguous"  # U.S.-only ops beside partnered ones
    assert by_row[("N18", "detained")] == (
        "mismatch",
        "detained 30 = 7 (Iraq) + 6 (Syria): parts sum to 13",
    )


def test_each_disagreement_is_classified():
    found = compare_reports(load_figures())
    kinds = dict(zip(found.row_id + ":" + found.figure, found.disagreement, strict=True))
    assert kinds["N18:iraq_detained"] == "figure from another period"
    assert kinds["N26:total_ops"] == "hedged figure"
    assert kinds["N30:total_ops"] == "parts do not sum"  # 153 = 137 + 59
    assert kinds["N09:iraq_ops"] == "wrong figure"


def test_the_seeds_january_figures_match_row_c01(tmp_path):
    run([SEED], tmp_path / "out")
    tallies = pd.read_parquet(tmp_path / "out" / "tallies.parquet")
    placed = corpus_against_official(tallies, load_figures())
    assert set(placed.row_id) == {"C01"} and placed.agrees.all()
    assert sorted(zip(placed.event, placed.place, placed.extracted, strict=True)) == [
        ("detained", "Iraq", 29),
        ("detained", "Syria", 198),
        ("detained", "total", 227),
        ("killed", "Iraq", 9),
        ("killed", "Syria", 2),
        ("killed", "total", 11),
        ("operations", "Iraq", 33),
        ("operations", "Syria", 10),
        ("operations", "total", 43),
    ]
