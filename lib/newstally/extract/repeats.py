"""The same toll told twice: a vague toll (عشرات القتلى، "hundreds") soon after a numbered one
of the same event, country, period and size is that toll again, and gives no row of its own."""

from __future__ import annotations

from dataclasses import replace

from ..records import Tally
from ..text import normalize_word
from .lexicon import lookup
from .number_words import VAGUE_SIZES

NEAR = 1500  # characters: how far back the numbered toll may be (a paragraph or two)


def without_vague_repeats(tallies: list[Tally]) -> list[Tally]:
    """The rows without the vague ones of a size that repeat a numbered row shortly before
    them ("several" more after "one" is another toll, as are "dozens" since January after 50
    in March); the parts of a dropped row point at the numbered row it repeats."""
    kept: list[Tally] = []
    repeats: dict[int, int] = {}  # a dropped row's id -> the id of the row it repeats
    for t in tallies:
        same = _repeated(t, kept) if t.count is None and t.part_of is None else None
        if same is not None:
            repeats[t.id] = same.id
            continue
        kept.append(t)
    if not repeats:
        return tallies
    new_id = {t.id: i for i, t in enumerate(kept)}
    new_id.update({old: new_id[same] for old, same in repeats.items()})
    return [
        replace(t, id=i, part_of=new_id.get(t.part_of) if t.part_of is not None else None)
        for i, t in enumerate(kept)
    ]


def _repeated(vague: Tally, earlier: list[Tally]) -> Tally | None:
    words = normalize_word(vague.evidence).casefold().split()
    size = lookup(words[0], VAGUE_SIZES) if words else None
    if size is None:
        return None
    period = (vague.period_start, vague.period_end)
    return next(
        (
            t
            for t in reversed(earlier)
            if t.count is not None
            and (t.event, t.location, t.period_start, t.period_end)
            == (vague.event, vague.location, *period)
            and size[0] <= t.count <= size[1]
            and vague.start - t.start <= NEAR
        ),
        None,
    )
