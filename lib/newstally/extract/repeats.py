"""The same toll told twice: a vague toll (عشرات القتلى، "hundreds") after a numbered one of
the same event, country and size is that toll again, and gives no row of its own."""

from __future__ import annotations

from dataclasses import replace

from ..records import Tally
from ..text import normalize_word
from .lexicon import VAGUE_SIZES, lookup


def without_vague_repeats(tallies: list[Tally]) -> list[Tally]:
    """The rows without the vague ones of a size (عشرات القتلى، "hundreds") that repeat a
    numbered row before them of the same event and country and of that size: the same toll
    told again, not another one ("several" more after "one" is another)."""
    numbered: dict[tuple, list[int]] = {}
    kept = []
    for t in tallies:
        if t.count is not None:
            numbered.setdefault((t.event, t.location), []).append(t.count)
        elif t.part_of is None and (t.event, t.location) in numbered:
            words = normalize_word(t.evidence).split()
            size = lookup(words[0], VAGUE_SIZES) if words else None
            if size and any(size[0] <= n <= size[1] for n in numbered[(t.event, t.location)]):
                continue
        kept.append(t)
    if len(kept) == len(tallies):
        return tallies
    new_id = {t.id: i for i, t in enumerate(kept)}
    return [
        replace(t, id=i, part_of=new_id.get(t.part_of) if t.part_of is not None else None)
        for i, t in enumerate(kept)
    ]
