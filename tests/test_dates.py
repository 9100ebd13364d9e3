"""Dates in every regional month-name system, double forms, English, and relative expressions."""

import datetime as dt

import pytest

from newstally.extract.dates import find_dates, month_numbers
from newstally.text import normalize

PUBLISHED = dt.date(2023, 2, 15)


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None, str]]:
    normalized = normalize(text)
    return [
        (normalized.raw_slice(m.start, m.end), m.value, m.precision)
        for m in find_dates(normalized, published)
    ]


def test_month_names_come_from_cldr_for_every_region():
    names = month_numbers()
    assert names["شباط"] == names["فبراير"] == names["فيفري"] == names["february"] == 2
    assert names["كانون الثاني"] == names["جانفي"] == names["يناير"] == 1
    assert names["اب"] == names["غشت"] == names["اوت"] == 8


@pytest.mark.parametrize(
    "text, expected",
    [
        ("في 10 من شباط الجاري", ("10 من شباط الجاري", "2023-02-10", "day")),
        ("خلال شهر كانون الثاني الماضي", ("شهر كانون الثاني الماضي", "2023-01-01", "month")),
        (
            "وفي 20 من كانون الثاني من العام الماضي 2022",
            ("20 من كانون الثاني من العام الماضي 2022", "2022-01-20", "day"),
        ),
        ("ومطلع الشهر الجاري، كشفت", ("مطلع الشهر الجاري", "2023-02-01", "part of month")),
        ("أواخر العام 2021", ("أواخر العام 2021", "2021-09-01", "part of year")),
        ("العام الماضي", ("العام الماضي", "2022-01-01", "year")),
        ("يوم 3 شباط/ فبراير 2023", ("3 شباط/ فبراير 2023", "2023-02-03", "day")),
        ("في سبتمبر/أيلول 2021", ("سبتمبر/أيلول 2021", "2021-09-01", "month")),
        ("في 12 يناير الماضي", ("12 يناير الماضي", "2023-01-12", "day")),
        ("يوم 5 جانفي 2023", ("5 جانفي 2023", "2023-01-05", "day")),
        ("في منتصف آذار الماضي", ("منتصف آذار الماضي", "2022-03-11", "part of month")),
        ("قتل أمس", ("أمس", "2023-02-14", "day")),
        ("أول أمس", ("أول أمس", "2023-02-13", "day")),
        ("a raid on Feb 10th resulted", ("Feb 10th", "2023-02-10", "day")),
        ("February 15, 2023", ("February 15, 2023", "2023-02-15", "day")),
        ("KABUL, Afghanistan (Jan. 25, 2013)", ("Jan. 25, 2013", "2013-01-25", "day")),
        ("killed yesterday", ("yesterday", "2023-02-14", "day")),
        ("arrested last week", ("last week", "2023-02-08", "part of month")),
        ("late January 2023", ("late January 2023", "2023-01-21", "part of month")),
    ],
)
def test_date_expressions(text, expected):
    assert dates(text) == [expected]


def test_month_names_that_are_also_words_need_a_date_beside_them():
    assert dates("قال إن آب غاضب ومارس الرياضة") == []
    assert dates("You may see it in March") == []


def test_relative_dates_without_a_publication_date_are_found_but_not_resolved():
    assert dates("في 10 من شباط الجاري", published=None) == [("10 من شباط الجاري", None, "day")]
    assert dates("February 15, 2023", published=None) == [
        ("February 15, 2023", "2023-02-15", "day")
    ]


def test_impossible_dates_are_not_dates():
    assert dates("31 شباط 2023") == []


def test_arabic_weekdays_are_the_latest_such_day_up_to_publication():
    # 2018-05-11 was a Friday (ANT AL-internationalNews-1131-20180511)
    friday = dt.date(2018, 5, 11)
    lead = "لقي شاب فلسطيني مصرعه، اليوم الجمعة، برصاص قوات الاحتلال"
    assert dates(lead, friday) == [("اليوم الجمعة", "2018-05-11", "day")]
    assert dates("وقعت الاشتباكات ليل الاثنين في طهران", friday) == [
        ("الاثنين", "2018-05-07", "day")
    ]
    assert dates("أعلن الجيش، الأحد، مقتل خمسة", friday) == [("الأحد", "2018-05-06", "day")]
    assert dates("وأصيب الاثنين بجروح", friday) == []  # "the two", not Monday


def test_a_day_and_month_without_a_year_is_the_latest_one_up_to_publication():
    assert dates("a raid on Feb. 14 killed") == [("Feb. 14", "2023-02-14", "day")]
    assert dates("a raid on 20 December killed") == [("20 December", "2022-12-20", "day")]
    assert dates("a raid on Feb. 14 killed", dt.date(2023, 2, 10)) == [
        ("Feb. 14", "2022-02-14", "day")
    ]
    assert dates("on Feb. 14", published=None) == [("Feb. 14", None, "day")]
