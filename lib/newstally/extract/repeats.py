"""The same people told twice: a vague toll (عشرات القتلى، "hundreds") soon after a numbered one
of the same event, country, period and size is that toll again, and gives no row of its own;
nor do detainees named again as such (الموقوفون الثلاثة، أحد المعتقلين) after their arrest."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Tally
from ..text import normalize_word
from .lexicon import lookup
from .number_words import VAGUE_SIZES

NEAR = 1500  # characters: how far back the numbered toll may be (a paragraph or two)


# A noun of people in custody with the article, right before their number (الموقوفون الثلاثة)
# or after it (أحد المعتقلين، اثنين من المحتجزين; not الجنديين المعتقلين, whose noun is another):
# people the article has told of already.
_CAPTIVES = r"[وف]?(?:ال|لل)(?:معتقل|موقوف|محتجز|مسجون|مختطف)\w*"
_BEFORE_RE = re.compile(_CAPTIVES + r"\s+$")
_AFTER_RE = re.compile(r"\s+من\s+" + _CAPTIVES)
_ONE_OF_RE = re.compile(r"[وف]?(?:أحد|احد|إحدى|احدى)\s+" + _CAPTIVES)


def without_repeats(tallies: list[Tally], raw: str) -> list[Tally]:
    """The rows without the vague ones of a size that repeat a numbered row shortly before
    them ("several" more after "one" is another toll, as are "dozens" since January after 50
    in March), nor the held that are detainees named again (`_captives_again`); the parts of a
    dropped row point at the row it repeats."""
    kept: list[Tally] = []
    repeats: dict[int, int] = {}  # a dropped row's id -> the id of the row it repeats
    for t in tallies:
        same = _repeated(t, kept) or _captives_again(t, kept, raw)
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


def _told_shortly_before(row: Tally, earlier: list[Tally], fits) -> Tally | None:
    """The latest numbered row of `earlier` that `fits`, within `NEAR` characters before `row`."""
    return next(
        (
            t
            for t in reversed(earlier)
            if t.count is not None and row.start - t.start <= NEAR and fits(t)
        ),
        None,
    )


def _repeated(vague: Tally, earlier: list[Tally]) -> Tally | None:
    """For a vague row of its own (no total), the numbered row of its event, country, period
    and size that it repeats."""
    if vague.count is not None or vague.part_of is not None:
        return None
    words = normalize_word(vague.evidence).casefold().split()
    size = lookup(words[0], VAGUE_SIZES) if words else None
    if size is None:
        return None
    told = (vague.event, vague.location, vague.period_start, vague.period_end)
    return _told_shortly_before(
        vague,
        earlier,
        lambda t: (
            (t.event, t.location, t.period_start, t.period_end) == told
            and size[0] <= t.count <= size[1]
        ),
    )


def _captives_again(held: Tally, earlier: list[Tally], raw: str) -> Tally | None:
    """For held people named by the noun of their custody with the article (the three
    detainees, one of the detainees), the arrest of as many or more told shortly before them
    (not العشرات: المعتقلين الخمسة في سجن صيدنايا are others)."""
    if held.event != "held" or held.count is None or held.part_of is not None:
        return None
    before = _BEFORE_RE.search(raw, max(0, held.start - 30), held.start)
    if not (before or _AFTER_RE.match(raw, held.end) or _ONE_OF_RE.match(raw, held.start)):
        return None
    return _told_shortly_before(
        held, earlier, lambda t: t.event == "detained" and t.count >= held.count
    )
