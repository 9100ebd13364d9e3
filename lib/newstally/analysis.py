"""One call for the whole flow: text -> normalized text -> entities -> tallies -> findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .checks import Finding, check_tallies, finding_frame
from .entities import Entity, entity_frame, extract_entities
from .tallies import Tally, extract_tallies, tally_frame
from .text import NormalizedText, normalize


@dataclass(frozen=True)
class Analysis:
    """Everything the library finds in one article."""

    normalized: NormalizedText
    published: dt.date | None
    entities: list[Entity]
    tallies: list[Tally]
    findings: list[Finding]

    def to_frames(self) -> dict:
        """pandas DataFrames: `entities`, `tallies` and `findings`."""
        return {
            "entities": entity_frame(self.entities),
            "tallies": tally_frame(self.tallies),
            "findings": finding_frame(self.findings),
        }


def analyze(text: str, published: dt.date | str | None = None) -> Analysis:
    """Normalize an article, find its entities and counts, and check the counts."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    normalized = normalize(text)
    entities = extract_entities(normalized, published)
    tallies = extract_tallies(normalized, published, entities)
    findings = check_tallies(tallies, normalized, entities)
    return Analysis(normalized, published, entities, tallies, findings)
