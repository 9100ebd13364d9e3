"""ISAF press releases (Afghanistan, 2009-2013) as a benchmark: the library's tallies and
entities mapped to the dataset's fields.

The dataset's conventions are applied here, not in the tallies: an unnumbered "several" or
"multiple" counts as 3 and "numerous" or "a number of" as 4 (what the expert annotators wrote);
provinces use the dataset's spellings (paktya, day_kundi, sar_e_pul).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from ..extract.analysis import analyze
from ..extract.gazetteer import load_gazetteer
from ..records import parse_published

FIELDS = (
    "start_date",
    "event_type",
    "province",
    "target_group",
    "min_killed",
    "min_captured",
    "killq",
    "captureq",
    "killcaptureraid",
    "airstrike",
    "noshotsfired",
    "min_leaders_killed",
    "min_leaders_captured",
)
TARGET_GROUPS = {
    "Q42418": "taliban",
    "haqqani": "haqqani",
    "Q34490": "aq",
    "hig": "hig",
    "imu": "imu",
    "let": "let",
    "iju": "iju",
    "ttp": "ttp",
}
_PROVINCE_NAMES = {"AF-PIA": "paktya", "AF-DAY": "day_kundi", "AF-PAN": "panjshir"}
_VAGUE_COUNTS = {"several": 3, "multiple": 3, "numerous": 4, "a number of": 4}
_AIRSTRIKE_RE = re.compile(r"\b(?:air ?strikes?|precision strikes?|air weapons team)\b", re.I)
_NO_SHOTS_RE = re.compile(
    r"without firing|no shots|shots? being fired|without (?:a )?shots?|did not fire"
    r"|without using force",
    re.I,
)
_ADDITIONAL_RE = re.compile(r"\b(?:also|additional|another|other|more)\b", re.I)
# A raid for someone in particular: "targeting a Taliban leader", "in search of", "to capture".
_TARGETED_RE = re.compile(
    r"\btarget(?:ed|ing)?\b|in search of|searching for|search for|pursuit"
    r"|to (?:capture|detain|arrest)",
    re.I,
)
_PREFIX = "PRESS RELEASE TEXT: "
_RELEASE_NUMBER_RE = re.compile(r"\b(20\d\d)-\d\d-[A-Z]+-\d+")


def read_releases(path: str | Path) -> Iterator[tuple[str, dict]]:
    """(release text, gold record) for each line of an ISAF JSONL file."""
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            turns = json.loads(line)["conversations"]
            text = turns[1]["value"]
            yield text.removeprefix(_PREFIX), json.loads(turns[2]["value"])


def predict(text: str) -> dict:
    """The dataset's record for one release, from `analyze()`."""
    published = release_date(text)
    analysis = analyze(text, published)
    gazetteer = load_gazetteer()
    counts, leaders = _totals(analysis)
    entries = [gazetteer.by_canonical_id.get(e.canonical_id or "") for e in analysis.entities]
    provinces = _province(entries)
    groups = sorted(
        {TARGET_GROUPS[e.canonical_id] for e in entries if e and e.canonical_id in TARGET_GROUPS}
    )
    killed, captured = counts["killed"], counts["detained"]
    airstrike = bool(_AIRSTRIKE_RE.search(text))
    return {
        "name": "",
        "start_date": _start_date(analysis, published),
        "event_type": [_event_type(killed, captured, airstrike)],
        "province": provinces,
        "target_group": [";".join(groups)],
        "min_killed": killed,
        "min_captured": captured,
        "killq": killed > 0,
        "captureq": captured > 0,
        "killcaptureraid": captured > 0 or bool(_TARGETED_RE.search(text)),
        "airstrike": airstrike,
        "noshotsfired": bool(_NO_SHOTS_RE.search(text)),
        "min_leaders_killed": leaders["killed"],
        "min_leaders_captured": leaders["detained"],
    }


def _totals(analysis) -> tuple[dict[str, int], dict[str, int]]:
    """How many were killed and detained, and how many of them leaders.

    A release states its result in its lead sentence and then tells it again; so the counts of
    the first sentence that has any are summed, and a later sentence adds only what it calls
    additional ("also detained two", "one additional suspected insurgent")."""
    counts = {"killed": 0, "detained": 0}
    leaders = {"killed": 0, "detained": 0}
    sentences = analysis.normalized.sentences
    lead: dict[str, int] = {}
    for tally in analysis.tallies:
        if tally.event not in counts or tally.part_of is not None or tally.count == 0:
            continue
        if tally.subject and ("civilian" in tally.subject or "soldier" in tally.subject):
            continue
        value = tally.count
        if value is None:
            value = _VAGUE_COUNTS.get(tally.evidence.lower().split()[-1], 0)
        elif tally.qualifier == "more_than":
            value += 1  # the dataset's minimum: "more than 10" is at least 11
        sentence = next(
            i for i, s in enumerate(sentences) if s.raw.start <= tally.start < s.raw.end
        )
        first = lead.setdefault(tally.event, sentence)
        if sentence != first and not _ADDITIONAL_RE.search(sentences[sentence].text):
            continue
        counts[tally.event] += value
        if tally.subject and tally.subject.endswith("leaders"):
            leaders[tally.event] += value
    return counts, leaders


def release_date(text: str) -> dt.date | None:
    """The release's own date: the first day it states (its dateline). A dateline without a
    year ("(Sept. 1)") takes it from the release number (2010-09-CA-005)."""
    number = _RELEASE_NUMBER_RE.search(text)
    year_end = dt.date(int(number.group(1)), 12, 31) if number else None
    for entity in analyze(text[:400], year_end).entities:
        stated = entity.label == "DATE" and any(c.isdigit() for c in entity.text)
        if stated and entity.precision == "day" and entity.value:
            return parse_published(entity.value)
    return None


def score(golds: list[dict], predictions: list[dict]) -> dict[str, float]:
    """Accuracy per field (×100) and their mean, scored as the dataset's author did."""
    totals = dict.fromkeys(FIELDS, 0.0)
    for gold, predicted in zip(golds, predictions, strict=True):
        for field in FIELDS:
            totals[field] += _field_score(field, gold[field], predicted[field])
    result = {field: 100 * total / len(golds) for field, total in totals.items()}
    result["aggregate"] = sum(result[f] for f in FIELDS) / len(FIELDS)
    return result


def _field_score(field: str, gold, predicted) -> float:
    if field in ("event_type", "target_group"):  # partial credit: share of gold items found
        wanted = {item for joined in gold for item in joined.split(";") if item}
        found = {item for joined in predicted for item in joined.split(";") if item}
        if not wanted:
            return float(not found)
        return len(wanted & found) / len(wanted)
    if field == "province":
        return float(set(gold) == set(predicted))
    return float(gold == predicted)


def _province(entries) -> list[str]:
    """The release's province: the first one named, else the one its first Afghan city names."""
    gazetteer = load_gazetteer()
    for entry in entries:
        if entry and entry.kind == "province":
            return [_province_name(entry.id)]
    by_name = {e.name_en: e.id for e in gazetteer.entries.values() if e.kind == "province"}
    for entry in entries:
        if entry and entry.kind == "city" and entry.country == "AF" and entry.name_en in by_name:
            return [_province_name(by_name[entry.name_en])]
    return []


def _province_name(code: str) -> str:
    if code in _PROVINCE_NAMES:
        return _PROVINCE_NAMES[code]
    name = load_gazetteer().entries[code].name_en
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", "_", ascii_name.lower()).strip("_")


def _event_type(killed: int, captured: int, airstrike: bool) -> str:
    if killed and captured:
        return "captureandkill"
    if killed:
        return "airstrike" if airstrike else "insurgentskilled"
    return "detention"


def _start_date(analysis, published: dt.date | None) -> str:
    """The day the events happened: the first day-precise date after the dateline."""
    dates = [e for e in analysis.entities if e.label == "DATE" and e.precision == "day" and e.value]
    day = published.isoformat() if published else ""
    later = [e for e in dates if not (e.value == day and any(c.isdigit() for c in e.text))]
    later.sort(key=lambda e: e.text.lower() == "today")  # "Today, ISAF confirmed ..." comes last
    return later[0].value if later else day
