"""One name, one type in an article: what the tagger found in some of an article's sentences it
finds in the others (a name written again, after a clitic or not; a person's surname alone),
and a name tagged with two types takes the one most of its mentions have (after Krishnan and
Manning's "one sense per discourse" for named entities, 2006). The models tag each sentence
alone, so a name they know in one context they miss or mistype in another."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..text.clitics import strip_proclitic
from .conll import tag_spans
from .features import normalized_word

# ANERcorp's sentences carry no article boundaries: the sentences within this many of a
# sentence stand in for its article (on the development split 5: 75.31, 10: 75.44, 15: 75.84,
# 20: 75.72, 30: 75.49, all 398 sentences as one article 74.47; model card).
WINDOW = 15
SURNAME_VOTE = 0.5  # a person's last word alone is a weaker sign of a name than the name itself


def consistent(
    sentences: list[list[str]], tags: list[list[str]], window: int | None = None
) -> list[list[str]]:
    """The IOB2 `tags` of an article's `sentences` made consistent across the article (or across
    the `window` sentences on each side of each sentence): a name's words tagged O where it is
    written again are tagged as the name; a name tagged with another type takes the type with at
    least twice that type's votes."""
    keys = [[normalized_word(w) for w in words] for words in sentences]
    names = [
        [(_name(key[s:e]), kind) for s, e, kind in tag_spans(t)]
        for key, t in zip(keys, tags, strict=True)
    ]
    whole = _votes(names) if window is None else None
    ranked = _ranked(whole) if whole else None
    result = []
    for i, key in enumerate(keys):
        votes = whole if window is None else _votes(names[max(0, i - window) : i + window + 1])
        if votes:
            retagged = _retagged(key, list(tags[i]), votes, ranked or _ranked(votes))
            result.append(retagged)
        else:
            result.append(list(tags[i]))
    return result


# The clitics a name may be written after (والعراق، لبوش), the article aside: it is part of
# the name (the article of القاعدة is not dropped to match قاعدة).
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """A normalized word without the conjunction or preposition written before it."""
    return strip_proclitic(word, _CLITICS)


def _name(words: list[str]) -> tuple[str, ...]:
    """A name as it is matched: its words normalized, the first without its proclitic."""
    return (stem(words[0]), *words[1:])


def _votes(names: list[list[tuple[tuple[str, ...], str]]]) -> Counter:
    """How often each (name, type) was tagged; a person's last word counts as a half vote."""
    votes: Counter = Counter()
    for sentence in names:
        for name, kind in sentence:
            votes[name, kind] += 1
            if kind == "PERS" and len(name) > 1:
                votes[name[-1:], kind] += SURNAME_VOTE
    return votes


def _ranked(votes: Counter) -> dict[str, list[tuple[int, tuple[str, ...], str, float]]]:
    """Each name's rank (longest names first), type (the one with most votes) and votes, by the
    name's first word."""
    best: dict[tuple[str, ...], tuple[str, float]] = {}
    for (name, kind), count in votes.items():
        if name not in best or count > best[name][1]:
            best[name] = (kind, count)
    by_first: dict[str, list[tuple[int, tuple[str, ...], str, float]]] = {}
    for rank, name in enumerate(sorted(best, key=len, reverse=True)):
        by_first.setdefault(name[0], []).append((rank, name, *best[name]))
    return by_first


def _retagged(key: list[str], tags: list[str], votes: Counter, ranked) -> list[str]:
    """One sentence's tags (`key`: its normalized words) with the names `ranked` tagged where
    they are written, longest names first."""
    starts: dict[str, list[int]] = {}
    for k, word in enumerate(key):
        starts.setdefault(stem(word), []).append(k)
    written = [entry for first in starts if first in ranked for entry in ranked[first]]
    for _, name, kind, count in sorted(written):
        n = len(name)
        for k in starts[name[0]]:
            if tuple(key[k + 1 : k + n]) != name[1:]:
                continue
            current = tags[k : k + n]
            continued = k + n < len(tags) and tags[k + n].startswith("I-")
            if any(tag != "O" for tag in current) and (
                continued
                or not _one_name(current)
                or current[0][2:] == kind
                or count < 2 * votes[name, current[0][2:]]
            ):
                continue
            tags[k : k + n] = [f"B-{kind}"] + [f"I-{kind}"] * (n - 1)
    return tags


def _one_name(tags: list[str]) -> bool:
    """The tags are one whole name: B-X then I-X."""
    kind = tags[0][2:]
    return tags[0].startswith("B-") and all(tag == f"I-{kind}" for tag in tags[1:])
