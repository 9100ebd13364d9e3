"""The entities of one article by their place in its normalized text, and the countries of
the places among them: what the tally stages look up around a count."""

from __future__ import annotations

import bisect
from collections import Counter

from ..records import Entity
from ..text import NormalizedText
from .gazetteer import Gazetteer


class Mentions:
    """An article's entities, ordered by their normalized spans (they do not overlap)."""

    def __init__(self, normalized: NormalizedText, entities: list[Entity], gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.entities = sorted((*normalized.from_raw(e.start, e.end), e) for e in entities)
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

    def country_at(self, position: int) -> str | None:
        """The country of the place named at a position, if a place is named there."""
        for _start, _end, entity in self.at(position, position + 1):
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            if entry and entry.label == "LOC" and entry.country:
                country = self.gazetteer.entries.get(entry.country)
                return country.name_en if country else None
        return None

    def countries(self, start: int, end: int) -> set[str]:
        """The countries of the places a span names: of its towns, provinces and sites when
        it names any (a country named beside them is often an actor: "US strikes in Douma")."""
        by_kind: dict[bool, set[str]] = {True: set(), False: set()}
        for s, _, entity in self.at(start, end):
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            country = self.country_at(s) if entity.label == "LOC" else None
            if country:
                by_kind[entry.kind == "country"].add(country)
        return by_kind[False] or by_kind[True]

    def main_country(self, start: int, end: int) -> str | None:
        """The country the places named in a span are most often in."""
        named = [
            self.country_at(s) for s, _, entity in self.at(start, end) if entity.label == "LOC"
        ]
        named = [country for country in named if country]
        if not named:
            return None
        return Counter(named).most_common(1)[0][0]
