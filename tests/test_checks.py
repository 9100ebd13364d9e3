"""Checks: parts against totals, Arabic against English, repeated figures."""

from newstally.analysis import analyze
from newstally.checks import parts_sum
from newstally.tallies import Tally


def tally(count, location=None, part_of=None, qualifier="exact") -> Tally:
    return Tally("operations", count, qualifier, location, "ISIS", None, None, part_of, "x", 0, 1)


def test_seed_checks_all_pass(seed_text):
    findings = analyze(seed_text, "2023-02-15").findings
    summary = [(f.kind, f.status, f.detail) for f in findings]
    assert ("parts_sum", "ok", "killed 11 = 9 (Iraq) + 2 (Syria): adds up") in summary
    assert ("parts_sum", "ok", "detained 227 = 198 (Syria) + 29 (Iraq): adds up") in summary
    assert (
        "cross_language",
        "ok",
        "held ISIS members Syria: Arabic more than 10000, English more than 10000",
    ) in summary
    assert (
        "cross_language_date",
        "ok",
        "date of the operations: Arabic 10 من شباط الجاري = 2023-02-10, English Feb 10th = 2023-02-10",
    ) in summary
    assert [f.status for f in findings] == ["ok"] * len(findings) == ["ok"] * 8


def test_parts_that_do_not_add_up_are_a_mismatch():
    finding = parts_sum([tally(43), tally(10, "Syria", 0), tally(30, "Iraq", 0)])[0]
    assert (finding.status, finding.detail) == (
        "mismatch",
        "operations 43 = 10 (Syria) + 30 (Iraq): parts sum to 40",
    )


def test_overlapping_or_hedged_parts_are_ambiguous():
    overlapping = [tally(43), tally(10, "Syria", 0), tally(2, "Syria", 0), tally(33, "Iraq", 0)]
    assert parts_sum(overlapping)[0].status == "ambiguous"
    hedged = [tally(43, qualifier="more_than"), tally(10, "Syria", 0), tally(33, "Iraq", 0)]
    assert parts_sum(hedged)[0].detail.endswith("a figure is hedged")


def test_arabic_and_english_that_disagree_are_a_mismatch():
    text = (
        "وأشارت سنتكوم إلى أن أكثر من 10 آلاف معتقل من عناصر داعش محتجزون في سوريا.\n"
        "9,000 ISIS detainees are held in Syria."
    )
    findings = [f for f in analyze(text).findings if f.kind == "cross_language"]
    assert [(f.status, f.detail) for f in findings] == [
        ("mismatch", "held ISIS members Syria: Arabic more than 10000, English 9000")
    ]
