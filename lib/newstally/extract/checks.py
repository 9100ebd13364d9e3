"""Checks of an article's counts against each other: parts against totals, the Arabic text
against the English it quotes, and the same figure reported more than once."""

from __future__ import annotations

import bisect
from collections import defaultdict

from ..records import Entity, Finding, Tally
from ..text import NormalizedText, Sentence
from .lexicon import ACTIONS, EVENT_WORDS, lookup


def check_tallies(
    tallies: list[Tally], normalized: NormalizedText, entities: list[Entity] = ()
) -> list[Finding]:
    """Every check over one article's tallies (and its dates, for the cross-language check)."""
    sentence_at = _sentence_lookup(normalized)
    languages = [s.lang if (s := sentence_at(t.start)) else "und" for t in tallies]
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
    by_id = {tally.id: tally for tally in tallies}
    parts: dict[int, list[Tally]] = defaultdict(list)
    for tally in tallies:
        if tally.part_of in by_id:
            parts[tally.part_of].append(tally)
    findings = []
    for total_id, members in parts.items():
        total = by_id[total_id]
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
        ids = (total_id, *(p.id for p in members))
        findings.append(Finding("parts_sum", status, detail, ids))
    return findings


def cross_language(tallies: list[Tally], languages: list[str]) -> list[Finding]:
    """The same count (event, place, subject) stated in Arabic and in English: do they agree?"""
    arabic_by_key: dict[tuple, list[Tally]] = defaultdict(list)
    for tally, language in zip(tallies, languages, strict=True):
        if language == "ar":
            arabic_by_key[(tally.event, tally.location, tally.subject)].append(tally)
    findings = []
    for english, language in zip(tallies, languages, strict=True):
        same = arabic_by_key.get((english.event, english.location, english.subject))
        if language != "en" or not same:
            continue
        agree = [arabic for arabic in same if _same_figure(arabic, english)]
        status = "ok" if agree else "mismatch"
        arabic = (agree or same)[0]
        what = _words(english.event, english.subject, english.location)
        detail = f"{what}: Arabic {_figure(arabic)}, English {_figure(english)}"
        findings.append(Finding("cross_language", status, detail, (arabic.id, english.id)))
    return findings


def cross_language_dates(entities: list[Entity], normalized: NormalizedText) -> list[Finding]:
    """Dates of the same event (a sentence in each language naming it) must be the same day;
    each pair of dates is reported once."""
    sentence_at = _sentence_lookup(normalized)
    by_language: dict[str, dict[str, dict[str, Entity]]] = defaultdict(lambda: defaultdict(dict))
    for entity in entities:
        if entity.label == "DATE" and entity.precision == "day" and entity.value:
            sentence = sentence_at(entity.start)
            for token in normalized.sentence_tokens(sentence) if sentence else ():
                event = lookup(token.text.casefold(), EVENT_WORDS)
                if event in ACTIONS:
                    by_language[sentence.lang][event].setdefault(entity.value, entity)
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
    seen: dict[tuple, list[Tally]] = defaultdict(list)
    for tally in tallies:
        if tally.count is not None and tally.part_of is None:
            key = (tally.event, tally.count, tally.qualifier, tally.subject, tally.location)
            seen[key].append(tally)
    return [
        Finding(
            "repeat",
            "ok",
            f"{_words(key[0], _figure(same[0]), key[3], key[4])}: "
            f"stated {len(same)} times, count it once",
            tuple(t.id for t in same),
        )
        for key, same in seen.items()
        if len(same) > 1
    ]


def _words(*words: str | None) -> str:
    return " ".join(w for w in words if w)


def _same_figure(a: Tally, b: Tally) -> bool:
    return a.count == b.count and a.qualifier == b.qualifier


def _figure(tally: Tally) -> str:
    hedge = {"more_than": "more than ", "at_least": "at least ", "approx": "about "}
    return f"{hedge.get(tally.qualifier, '')}{tally.count}"


def _sentence_lookup(normalized: NormalizedText):
    """A function from a raw offset to the sentence holding it (None between sentences)."""
    sentences = normalized.sentences
    starts = [sentence.raw.start for sentence in sentences]

    def sentence_at(raw_offset: int) -> Sentence | None:
        i = bisect.bisect_right(starts, raw_offset) - 1
        if i >= 0 and raw_offset < sentences[i].raw.end:
            return sentences[i]
        return None

    return sentence_at
