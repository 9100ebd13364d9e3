"""One call for the whole flow: text -> normalized text -> entities -> tallies -> findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Entity, Finding, Tally, frame, parse_published
from ..text import NormalizedText, normalize
from .checks import check_tallies
from .entities import extract_entities, tagger_entities_many
from .tallies import extract_tallies


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
            "entities": frame(self.entities, Entity),
            "tallies": frame(self.tallies, Tally),
            "findings": frame(self.findings, Finding),
        }


def analyze(text: str, published: dt.date | str | None = None) -> Analysis:
    """Normalize an article, find its entities and counts, and check the counts.

    `published` (a date or YYYY-MM-DD) resolves relative dates; a bad one raises `DateError`."""
    return analyze_many([(text, published)])[0]


def analyze_many(articles: Iterable[tuple[str, dt.date | str | None]]) -> list[Analysis]:
    """`analyze` for several (text, published) articles, the tagger reading all their Arabic
    sentences in one batch: fuller batches, the same results. Raises as `analyze` does."""
    articles = [(parse_published(published), normalize(text)) for text, published in articles]
    names = tagger_entities_many([normalized for _, normalized in articles])
    analyses = []
    for (published, normalized), found in zip(articles, names, strict=True):
        entities = extract_entities(normalized, published, names=found)
        tallies = extract_tallies(normalized, published, entities)
        findings = check_tallies(tallies, normalized, entities)
        analyses.append(Analysis(normalized, published, entities, tallies, findings))
    return analyses
