"""Entities an article names: gazetteer actors and places, and dates, as spans of the raw text.

Sources are merged in a fixed order of trust: gazetteer matches, then dates, then any other
backend (camel-tools' NER when installed); a later source never overrides an earlier one on
overlapping characters.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from .dates import find_dates
from .gazetteer import Gazetteer, load_gazetteer, token_key
from .text import TOKEN_RE, NormalizedText, clitic_variants, language, normalize

_QUOTES = frozenset("\"'")
BACKENDS = ("gazetteer", "camel")


@dataclass(frozen=True)
class Entity:
    """A mention of an entity: `raw[start:end] == text`, with its canonical identity."""

    text: str
    start: int
    end: int
    label: str  # PER | ORG | LOC | DATE | MISC
    canonical_id: str | None
    name_en: str | None
    name_ar: str | None
    source: str  # gazetteer | model | rule
    value: str | None = None  # DATE: ISO date, or the first day of the month/year/part
    precision: str | None = None  # DATE: day | month | year | part of month | part of year
    basis: str | None = None  # DATE: "stated", or what a relative date was resolved against


def extract_entities(
    text: str | NormalizedText,
    published: dt.date | str | None = None,
    backend: str = "gazetteer",
) -> list[Entity]:
    """Find the entities in an article (raw text or already normalized), in text order.

    `published` resolves relative dates (الشهر الجاري، أمس); `backend="camel"` adds
    camel-tools' NER, which needs its data installed (see `camel_entities`).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown entity backend {backend!r}; choose from {', '.join(BACKENDS)}")
    normalized = text if isinstance(text, NormalizedText) else normalize(text)
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    found = gazetteer_entities(normalized, load_gazetteer())
    found += date_entities(normalized, published)
    if backend == "camel":
        from .camel_ner import camel_entities

        found += camel_entities(normalized)
    return _merge(found)


def gazetteer_entities(normalized: NormalizedText, gazetteer: Gazetteer) -> list[Entity]:
    """Longest gazetteer matches over the tokens, with Arabic clitics and case variants."""
    spans, exact, folded = [], [], []
    for match in TOKEN_RE.finditer(normalized.text):
        if match.group() in _QUOTES:
            continue
        spans.append(match.span())
        exact.append(token_key(match.group()))
        folded.append(exact[-1].casefold())
    found, i = [], 0
    while i < len(spans):
        best = _longest_match(gazetteer, exact, folded, i)
        if best is None:
            i += 1
            continue
        length, skip, entry_id = best
        entry = gazetteer.entries[entry_id]
        start, end = normalized.to_raw(spans[i][0] + skip, spans[i + length - 1][1])
        found.append(
            Entity(
                normalized.raw[start:end],
                start,
                end,
                entry.label,
                entry.canonical_id,
                entry.name_en,
                entry.name_ar or None,
                "gazetteer",
            )
        )
        i += length
    return found


def date_entities(normalized: NormalizedText, published: dt.date | None) -> list[Entity]:
    """The dates in the text as DATE entities."""
    entities = []
    for mention in find_dates(normalized, published):
        start, end = normalized.to_raw(mention.start, mention.end)
        entities.append(
            Entity(
                normalized.raw[start:end],
                start,
                end,
                "DATE",
                None,
                None,
                None,
                "rule",
                mention.value,
                mention.precision,
                mention.basis,
            )
        )
    return entities


def _longest_match(
    gazetteer: Gazetteer, exact: list[str], folded: list[str], i: int
) -> tuple[int, int, str] | None:
    """The longest alias starting at token `i`: (tokens, clitic characters skipped, entry id)."""
    best = None
    candidates = clitic_variants(exact[i])
    if folded[i] != exact[i]:
        candidates.append((folded[i], 0))
    for first, skip in candidates:
        longest = gazetteer.longest.get(first)
        if not longest or (best and longest <= best[0]):
            continue
        keys = folded if first == folded[i] and first != exact[i] else exact
        for length in range(min(longest, len(exact) - i), 0, -1):
            if best and length <= best[0]:
                break
            entry_id = gazetteer.index.get((first, *keys[i + 1 : i + length]))
            if entry_id is None and keys is exact:
                entry_id = gazetteer.index.get((first, *folded[i + 1 : i + length]))
            if entry_id:
                best = (length, skip, entry_id)
                break
    return best


def _merge(entities: list[Entity]) -> list[Entity]:
    """Drop mentions that overlap an earlier (more trusted) one; return them in text order."""
    kept: list[Entity] = []
    starts: list[int] = []
    for entity in entities:
        at = bisect.bisect_left(starts, entity.start)
        before = kept[at - 1] if at else None
        after = kept[at] if at < len(kept) else None
        if (before and before.end > entity.start) or (after and after.start < entity.end):
            continue
        kept.insert(at, entity)
        starts.insert(at, entity.start)
    return kept


def entity_frame(entities: list[Entity]):
    """The entities as a pandas DataFrame, one row per mention."""
    import pandas as pd

    columns = list(Entity.__dataclass_fields__)
    return pd.DataFrame([e.__dict__ for e in entities], columns=columns)


def canonical_table(entities: list[Entity]):
    """One row per canonical entity: its names, how often it is mentioned, and every form used."""
    frame = entity_frame([e for e in entities if e.canonical_id])
    if frame.empty:
        return frame
    frame["script"] = frame.text.map(lambda t: "ar" if language(t) == "ar" else "en")
    grouped = frame.groupby("canonical_id", sort=False)
    table = grouped.agg(
        label=("label", "first"),
        name_en=("name_en", "first"),
        name_ar=("name_ar", "first"),
        mentions=("text", "size"),
        scripts=("script", lambda s: "+".join(sorted(set(s)))),
        forms=("text", lambda s: " | ".join(dict.fromkeys(s))),
    )
    return table.sort_values("mentions", ascending=False, kind="stable")
