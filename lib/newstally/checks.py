"""Checks of an article's counts against each other: parts against totals, the Arabic text
against the English it quotes, and the same figure reported more than once."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from .entities import Entity
from .tallies import EVENT_WORDS, Tally, lookup
from .text import TOKEN_RE, NormalizedText

STATUSES = ("ok", "mismatch", "ambiguous")


@dataclass(frozen=True)
class Finding:
    """The result of one check: what was compared, how it came out, and the rows involved."""

    kind: str  # parts_sum | cross_language | cross_language_date | repeat
    status: str  # ok | mismatch | ambiguous
    detail: str
    tallies: tuple[int, ...]


def check_tallies(
    tallies: list[Tally], normalized: NormalizedText, entities: list[Entity] = ()
) -> list[Finding]:
    """Every check over one article's tallies (and its dates, for the cross-language check)."""
    language_at = _sentence_lookup(normalized)
    languages = [language_at(t.start)[1] for t in tallies]
    return (
        parts_sum(tallies)
        + cross_language(tallies, languages)
        + cross_language_dates(entities, normalized)
        + repeats(tallies)
    )


def parts_sum(tallies: list[Tally]) -> list[Finding]:
    """Do the parts add up to their total? Ambiguous when a figure is hedged or unknown, or
    when two parts are for the same country (one may be inside the other, as CENTCOM's
    "U.S.-only" operations may or may not be inside its partnered count)."""
    parts: dict[int, list[int]] = defaultdict(list)
    for index, tally in enumerate(tallies):
        if tally.part_of is not None:
            parts[tally.part_of].append(index)
    findings = []
    for total_index, part_indices in parts.items():
        total = tallies[total_index]
        members = [tallies[i] for i in part_indices]
        counts = [p.count for p in members]
        written = " + ".join(f"{p.count} ({p.location or '?'})" for p in members)
        locations = [p.location for p in members]
        if total.count is None or None in counts:
            status, why = "ambiguous", "a figure is not a number"
        elif any(t.qualifier != "exact" for t in [total, *members]):
            status, why = "ambiguous", "a figure is hedged"
        elif len(set(locations)) < len(locations) or None in locations:
            status, why = "ambiguous", "parts may overlap"
        elif sum(counts) == total.count:
            status, why = "ok", "adds up"
        else:
            status, why = "mismatch", f"parts sum to {sum(counts)}"
        detail = f"{total.event} {total.count} = {written}: {why}"
        findings.append(Finding("parts_sum", status, detail, (total_index, *part_indices)))
    return findings


def cross_language(tallies: list[Tally], languages: list[str]) -> list[Finding]:
    """The same count (event, place, subject) stated in Arabic and in English: do they agree?"""
    arabic_by_key: dict[tuple, list[int]] = defaultdict(list)
    for j, tally in enumerate(tallies):
        if languages[j] == "ar":
            arabic_by_key[(tally.event, tally.location, tally.subject)].append(j)
    findings = []
    for i, english in enumerate(tallies):
        same = arabic_by_key.get((english.event, english.location, english.subject))
        if languages[i] != "en" or not same:
            continue
        agree = [j for j in same if _same_figure(tallies[j], english)]
        status = "ok" if agree else "mismatch"
        arabic = tallies[agree[0] if agree else same[0]]
        what = _words(english.event, english.subject, english.location)
        detail = f"{what}: Arabic {_figure(arabic)}, English {_figure(english)}"
        findings.append(Finding("cross_language", status, detail, (same[0], i)))
    return findings


def cross_language_dates(entities: list[Entity], normalized: NormalizedText) -> list[Finding]:
    """Dates of the same event (a sentence in each language naming it) must be the same day;
    each pair of dates is reported once."""
    sentence_at = _sentence_lookup(normalized)
    by_language: dict[str, dict[str, dict[str, Entity]]] = defaultdict(lambda: defaultdict(dict))
    for entity in entities:
        if entity.label == "DATE" and entity.precision == "day" and entity.value:
            text, lang = sentence_at(entity.start)
            for m in TOKEN_RE.finditer(text.casefold()):
                event = lookup(m.group(), EVENT_WORDS)
                if event in ("operations", "attacks"):
                    by_language[lang][event].setdefault(entity.value, entity)
    findings = []
    for event, english_dates in by_language["en"].items():
        for english in english_dates.values():
            for arabic in by_language["ar"].get(event, {}).values():
                status = "ok" if arabic.value == english.value else "mismatch"
                detail = (
                    f"date of the {event}: Arabic {arabic.text} = "
                    f"{arabic.value}, English {english.text} = {english.value}"
                )
                findings.append(Finding("cross_language_date", status, detail, ()))
    return findings


def repeats(tallies: list[Tally]) -> list[Finding]:
    """The same figure stated more than once: to be counted once when tallies are summed."""
    seen: dict[tuple, list[int]] = defaultdict(list)
    for index, tally in enumerate(tallies):
        if tally.count is not None and tally.part_of is None:
            key = (tally.event, tally.count, tally.qualifier, tally.subject, tally.location)
            seen[key].append(index)
    return [
        Finding(
            "repeat",
            "ok",
            f"{_words(key[0], _figure(tallies[indices[0]]), key[3], key[4])}: "
            f"stated {len(indices)} times, count it once",
            tuple(indices),
        )
        for key, indices in seen.items()
        if len(indices) > 1
    ]


def finding_frame(findings: list[Finding]):
    """The findings as a pandas DataFrame."""
    import pandas as pd

    return pd.DataFrame([f.__dict__ for f in findings], columns=list(Finding.__dataclass_fields__))


def _words(*words: str | None) -> str:
    return " ".join(w for w in words if w)


def _same_figure(a: Tally, b: Tally) -> bool:
    return a.count == b.count and a.qualifier == b.qualifier


def _figure(tally: Tally) -> str:
    hedge = {"more_than": "more than ", "at_least": "at least ", "approx": "about "}
    return f"{hedge.get(tally.qualifier, '')}{tally.count}"


def _sentence_lookup(normalized: NormalizedText):
    """A function from a raw offset to the (text, language) of the sentence holding it."""
    sentences = normalized.sentences
    starts = [sentence.start for sentence in sentences]

    def sentence_at(raw_offset: int) -> tuple[str, str]:
        i = bisect.bisect_right(starts, raw_offset) - 1
        if i >= 0 and raw_offset < sentences[i].end:
            return sentences[i].text, sentences[i].lang
        return "", "und"

    return sentence_at
