"""The entities of one article by their place in its normalized text, and the countries of
the places among them: what the tally stages look up around a count."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple

from ..records import Entity
from ..text import NormalizedText
from .gazetteer import Gazetteer
from .lexicon import BESIDE, DESK_CITIES

# A dateline at the head of an article: a city, maybe its country, then the outlet's mark.
_DATELINE_RE = re.compile(r"^\W*(\w+)[^\n(]{0,40}\((?:CNN|CNC)\)")


class Place(NamedTuple):
    """A country a count is for, and the raw span of the place mention that says so."""

    country: str
    start: int
    end: int


class Mentions:
    """An article's entities, ordered by their normalized spans (they do not overlap); those
    of a dateline naming the outlet's desk are left out."""

    def __init__(self, normalized: NormalizedText, entities: list[Entity], gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.text = normalized.text
        desk = _desk_dateline_end(normalized.text)
        spans = ((*normalized.from_raw(e.start, e.end), e) for e in entities)
        self.entities = sorted(span for span in spans if span[0] >= desk)
        self.ends = [end for _, end, _ in self.entities]

    def at(self, start: int, end: int):
        """The entities overlapping the normalized span [start, end) (they do not overlap each
        other, so their ends are in order too)."""
        found = []
        for i in range(bisect.bisect_right(self.ends, start), len(self.entities)):
            if self.entities[i][0] >= end:
                break
            found.append(self.entities[i])
        return found

    def place_at(self, position: int) -> Place | None:
        """The place named at a position of the normalized text, with its country."""
        for _start, _end, entity in self.at(position, position + 1):
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            if entry and entry.label == "LOC" and entry.country:
                country = self.gazetteer.entries.get(entry.country)
                return Place(country.name_en, entity.start, entity.end) if country else None
        return None

    def country_at(self, position: int) -> str | None:
        """The country of the place named at a position, if a place is named there."""
        place = self.place_at(position)
        return place.country if place else None

    def countries(self, start: int, end: int) -> dict[str, Place]:
        """The countries of the places a span names, each with its first place: of its towns,
        provinces and sites when it names any (a country named beside them is often an actor:
        "US strikes in Douma"); not those named after مع/with ("the border with Iraq")."""
        by_kind: dict[bool, dict[str, Place]] = {True: {}, False: {}}
        for s, _, entity in self.at(start, end):
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            place = self.place_at(s) if entity.label == "LOC" and not self._beside(s) else None
            if place:
                by_kind[entry.kind == "country"].setdefault(place.country, place)
        return by_kind[False] or by_kind[True]

    def _beside(self, position: int) -> bool:
        """A place named after مع/with: a neighbour or a partner, not where counts are."""
        before = self.text[max(0, position - 12) : position].split()
        return bool(before) and before[-1].casefold() in BESIDE

    def main_country(self, start: int, end: int, dominance: float = 1) -> Place | None:
        """The country the places named in a span are most often in (its first place), if
        named at least `dominance` times as often as any other."""
        named = [
            self.place_at(s)
            for s, _, entity in self.at(start, end)
            if entity.label == "LOC" and not self._beside(s)
        ]
        named = [place for place in named if place]
        if not named:
            return None
        ranked = Counter(place.country for place in named).most_common(2)
        if len(ranked) > 1 and ranked[0][1] < dominance * ranked[1][1]:
            return None
        return next(place for place in named if place.country == ranked[0][0])


def _desk_dateline_end(text: str) -> int:
    """Where a dateline naming the outlet's desk ends ("دبي، الإمارات العربية المتحدة (CNN)"):
    the desk is where the story was written, not where it happened; 0 when there is none."""
    match = _DATELINE_RE.match(text)
    return match.end() if match and match.group(1) in DESK_CITIES else 0
