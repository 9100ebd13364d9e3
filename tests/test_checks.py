"""Checks: parts against totals, Arabic against English, repeated figures."""

from dataclasses import replace

from newstally.extract.analysis import analyze
from newstally.extract.checks import parts_sum
from newstally.records import Tally


def tally(count, location=None, part_of=None, qualifier="exact") -> Tally:
    return Tally(
        0,
        "operations",
        count,
        qualifier,
        location,
        None,
        None,
        "ISIS",
        None,
        None,
        part_of,
        "x",
        0,
        1,
    )


def numbered(*tallies: Tally) -> list[Tally]:
    """The rows of one article: each gets its place as its id."""
    return [replace(t, id=i) for i, t in enumerate(tallies)]


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
    finding = parts_sum(numbered(tally(43), tally(10, "Syria", 0), tally(30, "Iraq", 0)))[0]
    assert (finding.status, finding.detail) == (
        "mismatch",
        "operations 43 = 10 (Syria) + 30 (Iraq): parts sum to 40",
    )


def test_overlapping_or_hedged_parts_are_ambiguous():
    overlapping = numbered(
        tally(43), tally(10, "Syria", 0), tally(2, "Syria", 0), tally(33, "Iraq", 0)
    )
    assert parts_sum(overlapping)[0].status == "ambiguous"
    hedged = numbered(tally(43, qualifier="more_than"), tally(10, "Syria", 0), tally(33, "Iraq", 0))
    assert parts_sum(hedged)[0].detail.endswith("a figure is hedged")


def test_checks_refer_to_tallies_by_id_in_a_filtered_list(seed_text):
    analysis = analyze(seed_text, "2023-02-15")
    detained = [t for t in analysis.tallies if t.event == "detained"]
    (finding,) = parts_sum(detained)
    total, *parts = (next(t for t in analysis.tallies if t.id == i) for i in finding.tallies)
    assert (total.count, sorted(p.count for p in parts)) == (227, [29, 198])
    assert all(p.part_of == total.id for p in parts) and finding.status == "ok"


def test_arabic_and_english_that_disagree_are_a_mismatch():
    text = (
        "وأشارت سنتكوم إلى أن أكثر من 10 آلاف معتقل من عناصر داعش محتجزون في سوريا.\n"
        "9,000 ISIS detainees are held in Syria."
    )
    findings = [f for f in analyze(text).findings if f.kind == "cross_language"]
    assert [(f.status, f.detail) for f in findings] == [
        ("mismatch", "held ISIS members Syria: Arabic more than 10000, English 9000")
    ]
