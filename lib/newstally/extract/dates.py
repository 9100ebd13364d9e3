"""Dates an article states, in Arabic and English, resolved against its publication date.

Arabic month names come from CLDR through Babel for every region (Levantine كانون الثاني،
Egyptian and Gulf يناير، Maghrebi جانفي), so none are typed here. Relative expressions (الشهر
الجاري، العام الماضي، أمس، "last week") need the publication date; dateparser resolves the English
ones, where it is reliable, and only those: a date with a month's name ("Jan. 5, 2023", "Feb. 14")
needs no parser. A month name counts as a date only with a day, a year, a relative word or شهر
beside it, since several are also ordinary words (آب، مارس، May).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_month_names

from ..records import Entity
from ..text import NormalizedText, normalize
from .lexicon import ARABIC_WEEKDAYS, DATE_PARTS, DAY_WORDS, RELATIVE_DATE_WORDS

ARABIC_LOCALES = ("ar_SY", "ar_IQ", "ar_LB", "ar_EG", "ar_SA", "ar_DZ", "ar_TN", "ar_MA")

_MONTH_PART_DAY = (1, 11, 21)
# Days listed before the last one and its month (في 26، 27 و28 تموز): part of the date.
_EARLIER_DAYS = r"(?:(?:\d{1,2}\s*,\s*)*\d{1,2}\s*(?:,|و)\s*)?"
_YEAR_PART_MONTH = (1, 5, 9)
_ORDINAL = r"(?:st|nd|rd|th)?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Where an Arabic expression may start: after a non-letter, or after a one-letter clitic
# (ومطلع الشهر، وفي 20 من، بشباط).
_START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
# a letter the English patterns could match, case-insensitively (ſ and K fold to s and k)
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u212a]")


@dataclass(frozen=True)
class DateMention:
    """A date expression: normalized span, ISO value, precision and what it was resolved from."""

    start: int
    end: int
    value: str | None
    precision: str  # day | month | year | part of month | part of year
    basis: str  # "stated" or "relative to publication date YYYY-MM-DD"


@lru_cache(maxsize=2)
def month_numbers(locales: tuple[str, ...] = (*ARABIC_LOCALES, "en")) -> dict[str, int]:
    """Normalized, case-folded month name -> month number, from CLDR for the given locales."""
    names: dict[str, int] = {"sept": 9} if "en" in locales else {}
    for locale in locales:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[normalize(name).text.casefold()] = number
    return names


def find_dates(text: NormalizedText, published: dt.date | None = None) -> list[DateMention]:
    """Every date expression in the normalized text, resolved where it can be."""
    found: list[DateMention] = []
    taken = bytearray(len(text.text))
    latin = _LATIN_LETTER.search(text.text) is not None
    for pattern, resolve, english in _patterns():
        if english and not latin:
            continue  # an article in Arabic only: the English patterns cannot match
        for match in pattern.finditer(text.text):
            if any(taken[match.start() : match.end()]):
                continue
            mention = resolve(match, published)
            if mention:
                found.append(mention)
                taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _patterns():
    """(regex, resolver, whether it is English) of each pattern, most specific first: a span is
    claimed by the first match."""
    month, english = (
        "(?:"
        + "|".join(re.escape(m) for m in sorted(month_numbers(ls), key=len, reverse=True))
        + ")"
        for ls in (ARABIC_LOCALES, ("en",))
    )
    part = "(?:" + "|".join(DATE_PARTS) + ")"
    relative = "(?:" + "|".join(RELATIVE_DATE_WORDS) + ")"
    year_word = r"(?:العام|عام|سنه)"
    arabic_month = (
        rf"(?:(?P<part>{part})\s+)?(?:{_EARLIER_DAYS}(?P<day>\d{{1,2}})\s+(?:من\s+)?)?"
        rf"(?P<shahr>شهر\s+)?"
        rf"(?P<month>{month})(?:\s*[/(\-]\s*{month}\s*\)?)?"
        rf"(?:\s+(?:من\s+)?(?P<unit>{year_word}\s+)?(?P<rel>{relative}))?"
        rf"(?:\s+(?:من\s+)?(?:{year_word}\s+)?(?P<year>\d{{4}}))?"
    )
    arabic_year = (
        rf"(?:(?P<part>{part})\s+)?{year_word}\s+(?:(?P<rel>{relative})(?:\s+(?P<year2>\d{{4}}))?"
        rf"|(?P<year>\d{{4}}))"
    )
    arabic_month_relative = rf"(?:(?P<part>{part})\s+)?الشهر\s+(?P<rel>{relative})"
    english_day = (
        rf"(?P<month>{english})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}(?:,?\s+(?P<year>\d{{4}}))?"
        rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month2>{english})\.?"
        rf"(?:,?\s+(?P<year2>\d{{4}}))?"
    )
    english_month = (
        rf"(?:(?P<part>early|mid|late)[\s-]+)?(?P<month>{english})\.?,?\s+(?P<year>\d{{4}})"
    )
    english_relative = r"yesterday|today|last\s+(?:week|month|year)|this\s+(?:week|month|year)"
    weekday = "|".join(_WEEKDAYS)
    english_weekday = rf"(?:(?P<last>last)\s+)?(?P<weekday>{weekday})"
    arabic_weekday = rf"(?:(?:يوم|اليوم)\s+)?(?P<weekday_ar>{'|'.join(ARABIC_WEEKDAYS)})"
    flags = re.IGNORECASE
    return [
        (re.compile(rf"\b(?:{english_day})\b", flags), _resolve_english, True),
        (re.compile(rf"\b(?:{english_month})\b", flags), _resolve_english, True),
        (re.compile(rf"\b(?:{english_relative})\b", flags), _resolve_english, True),
        (re.compile(rf"\b{english_weekday}\b", flags), _resolve_weekday, True),
        (re.compile(rf"{_START}{arabic_month}(?!\w)"), _resolve_arabic_month, False),
        (re.compile(rf"{_START}{arabic_month_relative}(?!\w)"), _resolve_arabic_month, False),
        (re.compile(rf"{_START}{arabic_year}(?!\w)"), _resolve_arabic_year, False),
        (re.compile(rf"{_START}(?P<before>اول\s+)?امس(?!\w)"), _resolve_yesterday, False),
        (re.compile(rf"{_START}{arabic_weekday}(?!\w)"), _resolve_weekday, False),
    ]


def _relative_basis(published: dt.date | None) -> str:
    return f"relative to publication date {published.isoformat()}" if published else "stated"


def _resolve_arabic_month(match: re.Match, published: dt.date | None) -> DateMention | None:
    groups = match.groupdict()
    month_name = groups.get("month")
    day = int(groups["day"]) if groups.get("day") else None
    rel = groups.get("rel")
    if month_name and not (day or rel or groups["year"] or groups["shahr"]):
        return None  # a bare month name is too often an ordinary word
    if month_name is None:  # الشهر الجاري / الماضي
        if not published:
            return _unresolved(match, "part of month" if groups["part"] else "month")
        shift = RELATIVE_DATE_WORDS[rel]
        month_index = published.year * 12 + published.month - 1 + shift
        year, month = divmod(month_index, 12)
        return _month_mention(
            match, year, month + 1, None, groups["part"], _relative_basis(published)
        )
    month = month_numbers()[month_name.casefold()]
    if groups["year"]:
        year, basis = int(groups["year"]), "stated"
    elif not published:
        return _unresolved(match, "day" if day else "month")
    elif rel and groups["unit"]:  # ... من العام الماضي: the year is relative
        year, basis = published.year + RELATIVE_DATE_WORDS[rel], _relative_basis(published)
    else:  # كانون الثاني الماضي, شباط الجاري, or no word at all: the nearest such month
        shift = RELATIVE_DATE_WORDS[rel] if rel else -1
        year = published.year
        if (
            shift < 0
            and month > published.month
            or (rel and shift < 0 and month == published.month)
        ):
            year -= 1
        elif shift > 0 and month <= published.month:
            year += 1
        basis = _relative_basis(published)
    return _month_mention(match, year, month, day, groups["part"], basis)


def _resolve_arabic_year(match: re.Match, published: dt.date | None) -> DateMention | None:
    groups = match.groupdict()
    if groups["year"] or groups["year2"]:
        year, basis = int(groups["year"] or groups["year2"]), "stated"
    elif published:
        year, basis = (
            published.year + RELATIVE_DATE_WORDS[groups["rel"]],
            _relative_basis(published),
        )
    else:
        return _unresolved(match, "part of year" if groups["part"] else "year")
    if groups["part"]:
        start = dt.date(year, _YEAR_PART_MONTH[DATE_PARTS[groups["part"]]], 1)
        return DateMention(match.start(), match.end(), start.isoformat(), "part of year", basis)
    return DateMention(match.start(), match.end(), f"{year}-01-01", "year", basis)


def _resolve_english(match: re.Match, published: dt.date | None) -> DateMention | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    day = groups.get("day") or groups.get("day2")
    month = groups.get("month") or groups.get("month2")
    year = groups.get("year") or groups.get("year2")
    if month:  # "January 2023", "late January 2023", "Jan. 5, 2023", "Feb. 14"
        number = month_numbers()[month.casefold()]
        if year or not day:
            day = int(day) if day else None
            return _month_mention(match, int(year), number, day, groups.get("part"), "stated")
        if not published:
            return _unresolved(match, "day")
        # no year: the latest such day on or before publication
        mention = _month_mention(
            match, published.year, number, int(day), None, _relative_basis(published)
        )
        if mention and mention.value > published.isoformat():
            mention = _month_mention(
                match, published.year - 1, number, int(day), None, _relative_basis(published)
            )
        return mention
    phrase = match.group().lower()
    precision = "day"
    if phrase.endswith("month"):
        precision = "month"
    elif phrase.endswith("year"):
        precision = "year"
    elif phrase.endswith("week"):
        precision = "part of month"
    if not published:
        return _unresolved(match, precision)
    mention = _parsed(match, phrase, published, precision, _relative_basis(published))
    if mention and precision in ("month", "year"):
        value = mention.value[:7] + "-01" if precision == "month" else mention.value[:4] + "-01-01"
        mention = DateMention(mention.start, mention.end, value, precision, mention.basis)
    return mention


def _resolve_weekday(match: re.Match, published: dt.date | None) -> DateMention | None:
    """A weekday (الجمعة، "Friday"): the latest such day up to publication ("last": strictly
    before it)."""
    arabic = match.groupdict().get("weekday_ar")
    if arabic == "الاثنين" and not _is_monday(match):
        return None
    if not published:
        return _unresolved(match, "day")
    day = ARABIC_WEEKDAYS.index(arabic) if arabic else _WEEKDAYS.index(match["weekday"].lower())
    back = (published.weekday() - day) % 7
    if match.groupdict().get("last") and back == 0:
        back = 7
    value = published - dt.timedelta(days=back)
    return DateMention(
        match.start(), match.end(), value.isoformat(), "day", _relative_basis(published)
    )


def _is_monday(match: re.Match) -> bool:
    """الاثنين is Monday after يوم or a time of day, or set off by commas; else it may be "the
    two" (وأصيب الاثنين)."""
    before = match.string[max(0, match.start() - 8) : match.start()].split()
    after = match.string[match.end() : match.end() + 2].strip()[:1]
    return (
        match.group(0) != match.group("weekday_ar")
        or (bool(before) and before[-1] in DAY_WORDS)
        or match.string[: match.start()].rstrip().endswith(",")
        or after == ","
    )


def _resolve_yesterday(match: re.Match, published: dt.date | None) -> DateMention:
    """أمس is the day before publication, أول أمس the day before that."""
    if not published:
        return _unresolved(match, "day")
    value = published - dt.timedelta(days=2 if match.group("before") else 1)
    return DateMention(
        match.start(), match.end(), value.isoformat(), "day", _relative_basis(published)
    )


def _parsed(
    match: re.Match,
    phrase: str,
    published: dt.date | None,
    precision: str,
    basis: str,
) -> DateMention | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return DateMention(match.start(), match.end(), parsed.date().isoformat(), precision, basis)


def _month_mention(
    match: re.Match, year: int, month: int, day: int | None, part: str | None, basis: str
) -> DateMention | None:
    try:
        if day:
            value, precision = dt.date(year, month, day), "day"
        elif part:
            value, precision = (
                dt.date(year, month, _MONTH_PART_DAY[DATE_PARTS[part]]),
                "part of month",
            )
        else:
            value, precision = dt.date(year, month, 1), "month"
    except ValueError:  # 31 شباط: not a date
        return None
    return DateMention(match.start(), match.end(), value.isoformat(), precision, basis)


def _unresolved(match: re.Match, precision: str) -> DateMention:
    return DateMention(match.start(), match.end(), None, precision, "needs a publication date")


def period_of(date: Entity) -> tuple[str, str]:
    """First and last day of what a DATE entity covers."""
    first = dt.date.fromisoformat(date.value)
    if date.precision == "day":
        last = first
    elif date.precision == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif date.precision == "part of month" and first.day not in (1, 11, 21):
        last = first + dt.timedelta(days=6)  # "last week"
    elif date.precision == "part of month":
        days = calendar.monthrange(first.year, first.month)[1]
        last = first.replace(day=min(first.day + 9 if first.day < 21 else days, days))
    elif date.precision == "part of year":
        end_month = first.month + 3
        last = first.replace(month=end_month, day=calendar.monthrange(first.year, end_month)[1])
    else:
        last = dt.date(first.year, 12, 31)
    return first.isoformat(), last.isoformat()
