"""The contracts: what every step hands on (`Entity`, `Tally`, `Finding`), the vocabularies
their fields take, the publication date every entry point parses one way, and the tables
(pandas DataFrames and Arrow schemas) derived from the dataclasses' own fields.

Offsets (`start`, `end`) are always into the original (raw) text. A tally has an `id`, its
number in its article; `part_of` and a finding's `tallies` refer to tallies by that id, so a
filtered list still points at the right rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import types
import typing
from dataclasses import dataclass

from .errors import DateError

LABELS = ("PER", "ORG", "LOC", "DATE", "MISC")
ENTITY_SOURCES = ("gazetteer", "model", "rule")
PRECISIONS = ("day", "month", "year", "part of month", "part of year")
EVENTS = ("operations", "killed", "detained", "injured", "attacks", "held", "personnel", "other")
SCORED_EVENTS = EVENTS[:-1]  # "other" is extracted but not scored: the guide leaves it open
QUALIFIERS = ("exact", "at_least", "more_than", "approx", "up_to", "vague")
FINDING_KINDS = ("parts_sum", "cross_language", "cross_language_date", "repeat")
STATUSES = ("ok", "mismatch", "ambiguous")
EVENT_NAMES_AR = {
    "operations": "عمليات",
    "killed": "قتلى",
    "detained": "معتقلون",
    "injured": "جرحى",
    "attacks": "هجمات",
    "held": "محتجزون",
    "personnel": "جنود",
    "other": "أخرى",
}
"""Each event's Arabic name, for charts and tables."""
TAGGER_LABELS = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
"""The entity taggers' types as entity labels."""
FIGURE_EVENTS = {"ops": "operations", "killed": "killed", "detained": "detained"}
"""The event columns of `data/centcom_figures.csv` and the events they are."""


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Entity:
    """A mention of an entity: `raw[start:end] == text`, with its canonical identity."""

    text: str
    start: int
    end: int
    label: str  # one of LABELS
    canonical_id: str | None
    name_en: str | None
    name_ar: str | None
    source: str  # one of ENTITY_SOURCES
    value: str | None = None  # DATE: ISO date, or the first day of the month/year/part
    precision: str | None = None  # DATE: one of PRECISIONS
    basis: str | None = None  # DATE: "stated", or what a relative date was resolved against


@dataclass(frozen=True)
class Tally:
    """One count an article states (`../shared/TALLY_GUIDE.md`); `raw[start:end] == evidence`."""

    id: int  # the row's number in its article
    event: str  # one of EVENTS
    count: int | None
    qualifier: str  # one of QUALIFIERS
    location: str | None
    location_start: int | None  # the raw span of the place mention the location comes from
    # (for a null location, of the region of several countries that made it null: أوروبا)
    location_end: int | None
    subject: str | None
    period_start: str | None
    period_end: str | None
    part_of: int | None  # the id of the total this count is a part of
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """The row as a plain dict with exactly the contract's fields."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Finding:
    """The result of one check: what was compared, how it came out, and the tallies involved."""

    kind: str  # one of FINDING_KINDS
    status: str  # one of STATUSES
    detail: str
    tallies: tuple[int, ...]  # tally ids


def parse_published(published: dt.date | str | None) -> dt.date | None:
    """A publication date from a date, an ISO string (YYYY-MM-DD) or nothing (None, "")."""
    if isinstance(published, dt.datetime):
        return published.date()
    if published is None or isinstance(published, dt.date):
        return published
    written = str(published).strip()
    if not written:
        return None
    try:
        if not _ISO_DATE.fullmatch(written):
            raise ValueError
        return dt.date.fromisoformat(written)
    except ValueError:
        raise DateError(
            f"published {published!r} is not a date written YYYY-MM-DD, e.g. 2023-02-15"
        ) from None


def columns(cls: type) -> dict[str, type]:
    """A dataclass's fields and their value types (`int | None` -> int), in order."""
    hints = typing.get_type_hints(cls)
    result = {}
    for field in dataclasses.fields(cls):
        kind = hints[field.name]
        if isinstance(kind, types.UnionType):
            kind = next(k for k in typing.get_args(kind) if k is not type(None))
        result[field.name] = typing.get_origin(kind) or kind
    return result


def frame(rows: list, cls: type):
    """Records of a dataclass as a pandas DataFrame, one column per field; optional integers
    are nullable integers (`Int64`)."""
    import pandas as pd

    hints = typing.get_type_hints(cls)
    kinds = columns(cls)
    table = pd.DataFrame([dataclasses.asdict(r) for r in rows], columns=list(kinds))
    nullable = {
        name: "Int64"
        for name, kind in kinds.items()
        if kind is int and type(None) in typing.get_args(hints[name])
    }
    return table.astype(nullable)


def arrow_schema(cls: type, **before: type):
    """The Arrow schema of a table of `cls` rows, after the columns given in `before` (such as
    `article=str`). Strings and integers map to their Arrow types; tuples are stored as JSON
    text (see `table_row`), which CSV can hold."""
    import pyarrow as pa

    types_ = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), tuple: pa.string()}
    return pa.schema([(name, types_[kind]) for name, kind in {**before, **columns(cls)}.items()])


def table_row(record, **before) -> dict:
    """One record as a row of its table: the `before` columns, then its fields (tuples as JSON)."""
    row = dict(before)
    for name, value in dataclasses.asdict(record).items():
        row[name] = json.dumps(list(value)) if isinstance(value, tuple) else value
    return row
