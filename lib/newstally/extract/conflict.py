"""Whether an article reports armed conflict: a rule over what its analysis found.

An article is a conflict article when its words of armed conflict (`CONFLICT_WORDS`: war,
strikes, shelling, clashes, militias, bombs ...) and its mentions of conflict actors (an armed
group, force, military command or mission of the gazetteer) number at least `ALONE`, or at
least `WITH_TOLL` beside a count of people killed, injured, detained or held, or of operations
or attacks. A toll alone (a road accident, a fire) is not enough. Measured on 100 ANT articles
labelled by hand (`newstally eval conflict`).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Entity, Tally
from ..text import NormalizedText
from .gazetteer import load_gazetteer
from .lexicon import CONFLICT_WORDS, lookup

TOLL_EVENTS = frozenset(["killed", "injured", "operations", "attacks", "detained", "held"])
ACTOR_KINDS = frozenset(["armed group", "force", "command", "mission"])
ALONE, WITH_TOLL = 6, 4  # signs of conflict needed without and with a toll


def is_conflict(events: Iterable[str], signs: int) -> bool:
    """The rule, over the events of an article's counts (zeros left out) and its signs of
    conflict (`conflict_signs`)."""
    return signs >= ALONE or (signs >= WITH_TOLL and bool(set(events) & TOLL_EVENTS))


def conflict_signs(normalized: NormalizedText, entities: list[Entity]) -> int:
    """How many of an article's words are words of armed conflict, and how many of its
    entities are conflict actors of the gazetteer."""
    words = sum(lookup(t.text.casefold(), CONFLICT_WORDS) is not None for t in normalized.tokens)
    gazetteer = load_gazetteer()
    kinds = (gazetteer.by_canonical_id.get(e.canonical_id or "") for e in entities)
    return words + sum(entry is not None and entry.kind in ACTOR_KINDS for entry in kinds)


def is_conflict_article(
    normalized: NormalizedText, tallies: list[Tally], entities: list[Entity]
) -> bool:
    """`is_conflict` for one article's analysis (`analyze(...)`'s normalized text, tallies and
    entities)."""
    events = [t.event for t in tallies if t.count != 0]
    return is_conflict(events, conflict_signs(normalized, entities))
