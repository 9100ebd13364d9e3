"""What the tagger's models see of a token: its normalized form, its stem without proclitics,
its shape, and (for the CRF) the features of it and its neighbours. Shared by both models, in
training and in tagging."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from ..text import clitic_variants, normalize_word, strip_proclitic
from .embeddings import load as load_embeddings

TYPES = ("PERS", "LOC", "ORG", "MISC")
TAGS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BI"))
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")


NEIGHBOURS = (-2, -1, 1, 2)
PAIRS = ("-1:w|w", "w|+1:w")
NAME_FEATURES = ((0, "gz"), (-1, "-1:gz"), (1, "1:gz"))  # a known name at and beside a token


def token_features(words: list[str], names: NameList | None = None) -> list[dict[str, float | str]]:
    """The CRF features of every token of a sentence (raw tokens as the corpus splits them):
    its own (`word_features`), its neighbours' (`neighbour_features`), the word pairs, and the
    known names it is in or beside (`name_features`; `names` a `newstally.ner.names.NameList`)."""
    normalized = [normalized_word(w) for w in words]
    known = names.tags(words) if names is not None else [None] * len(words)
    features = []
    for i, word in enumerate(normalized):
        feature: dict[str, float | str] = {"bias": 1.0, **word_features(words[i])}
        feature |= name_features(known, i)
        for offset in NEIGHBOURS:
            j = i + offset
            if 0 <= j < len(words):
                feature |= neighbour_features(words[j], offset)
            else:
                feature[f"{offset}:w"] = "<s>" if j < 0 else "</s>"
        if i > 0:
            feature[PAIRS[0]] = f"{normalized[i - 1]}|{word}"
        if i + 1 < len(normalized):
            feature[PAIRS[1]] = f"{word}|{normalized[i + 1]}"
        features.append(feature)
    return features


def name_features(known: list[str | None], i: int) -> dict[str, str]:
    """The known name (`NameList.tags`) token `i` is in, and those of the tokens beside it."""
    return {
        key: known[i + offset]
        for offset, key in NAME_FEATURES
        if 0 <= i + offset < len(known) and known[i + offset]
    }


def word_features(word: str) -> dict[str, str]:
    """The features a token has of itself: its normalized form, stem, the proclitics written
    before the stem, affixes, length, shape."""
    normalized = normalized_word(word)
    stemmed = stem(normalized)
    return {
        "w": normalized,
        "stem": stemmed,
        "pre": proclitics(normalized),
        "p2": stemmed[:2],
        "p3": stemmed[:3],
        "s2": normalized[-2:],
        "s3": normalized[-3:],
        "len": str(min(len(stemmed), 8)),
        "shape": shape(word),
        "al": str(normalized.startswith(("ال", "وال", "بال", "لل"))),
        **_clusters(normalized, ""),
    }


NEIGHBOUR_CLUSTERS = 2  # the words beside a token give their two coarser clusters


def neighbour_features(word: str, offset: int) -> dict[str, str]:
    """The features a token gives the token `offset` places from it (the words beside it also
    their proclitics and two coarser clusters: وعلي after a name begins another)."""
    normalized = normalized_word(word)
    features = {f"{offset}:w": normalized, f"{offset}:stem": stem(normalized)}
    if abs(offset) == 1:
        features[f"{offset}:pre"] = proclitics(normalized)
        features |= _clusters(normalized, f"{offset}:", NEIGHBOUR_CLUSTERS)
    return features


def _clusters(normalized: str, prefix: str, granularities: int | None = None) -> dict[str, str]:
    ids = clusters(normalized)
    if not ids:
        return {}
    sizes = load_embeddings().granularities
    return {f"{prefix}c{k}": i for k, i in list(zip(sizes, ids, strict=True))[:granularities]}


def clusters(normalized: str) -> tuple[str, ...]:
    """The word's news-embedding clusters (`newstally.ner.embeddings`), coarse to fine: a word
    never seen in training still has the clusters of the words it is used like (a word
    not kept, those of its stem; none for a word the embeddings lack). Remembered per
    embeddings (by their fingerprint), so embeddings trained again in the process are read."""
    return _clusters_in(load_embeddings().fingerprint, normalized)


@lru_cache(maxsize=20_000)
def _clusters_in(fingerprint: str, normalized: str) -> tuple[str, ...]:
    ids = load_embeddings().clusters_of(normalized, stem(normalized)) or ()
    return tuple(map(str, ids))


class WordRows:
    """What a model derives of each word (an array row), computed once per word: the rows of
    the first `most` words met (in news, most of the words read) are kept in one matrix and
    gathered from it by index. Both models keep what they derive of a word so."""

    def __init__(self, most: int):
        self.most = most
        self.index: dict[str, int] = {}
        self.kept: np.ndarray | None = None

    def rows(self, words: list[str], compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """One row per word: kept, else from `compute` over all the missing words at once."""
        ids = np.array([self.index.get(w, -1) for w in words], dtype=np.int64)
        unknown = np.flatnonzero(ids < 0)
        if self.kept is not None and not len(unknown):
            return self.kept[ids]
        missing = list(dict.fromkeys(words[i] for i in unknown))
        fresh = compute(missing)
        if self.kept is None:
            self.kept = np.empty((self.most, *fresh.shape[1:]), dtype=fresh.dtype)
        first = len(self.index)
        room = min(len(missing), self.most - first)
        self.kept[first : first + room] = fresh[:room]
        self.index.update(zip(missing[:room], range(first, first + room), strict=True))
        result = self.kept[np.maximum(ids, 0)]
        position = {w: i for i, w in enumerate(missing)}
        result[unknown] = fresh[[position[words[i]] for i in unknown]]
        return result


@lru_cache(maxsize=20_000)
def normalized_word(word: str) -> str:
    """A token as the models see it: `newstally.normalize` with every step."""
    return normalize_word(word) or word


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """A normalized word without its proclitics (و ف ب ل ك ال), if three letters are left."""
    return strip_proclitic(word)


def proclitics(normalized: str) -> str:
    """What `stem` takes off the front of a normalized word (ال، و، بال، ل; "" for none; a
    first letter that could be one too, as `stem` reads it: و of واشنطن)."""
    return normalized[: len(normalized) - len(stem(normalized))]


def shape(word: str) -> str:
    """digit, Latin-cap, latin, punct or arabic."""
    if _DIGIT_RE.search(word):
        return "digit"
    if _LATIN_RE.search(word):
        return "Latin-cap" if word[:1].isupper() else "latin"
    if not any(c.isalpha() for c in word):
        return "punct"
    return "arabic"


FIRSTS_KEPT = 50_000  # words whose possible first words of a name are remembered


class NameList:
    """Known names (their normalized words joined by spaces) and what each is (`LABEL:kind`),
    as the CRF sees them: each token inside one is tagged with its place in the name, its type
    and its kind (B-LOC:city, I-ORG:armed group), by a name that matches there (its first word
    maybe behind a clitic: بالموصل), read left to right; kept beside the CRF (`names`)."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        self._index = {tuple(name.split(" ")): kind for name, kind in names.items()}
        self._longest: dict[str, int] = {}
        for words in self._index:
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))
        self._firsts: dict[str, tuple[str, ...]] = {}  # a token as written -> `_firsts_in`

    def tags(self, words: list[str]) -> list[str | None]:
        """B-/I- and what the name is, for each token inside a known name; None elsewhere."""
        tags: list[str | None] = [None] * len(words)
        i = 0
        while i < len(words):
            firsts = self._firsts_in(words[i])
            found = self._at(words, i, firsts) if firsts else None
            if found is None:
                i += 1
                continue
            length, kind = found
            tags[i : i + length] = [f"B-{kind}"] + [f"I-{kind}"] * (length - 1)
            i += length
        return tags

    def _firsts_in(self, word: str) -> tuple[str, ...]:
        """The names' first words a token may be: its normalized form, else that form without
        its clitics (`clitic_variants`), in that order; remembered for `FIRSTS_KEPT` words."""
        firsts = self._firsts.get(word)
        if firsts is None:
            variants = clitic_variants(normalized_word(word))
            firsts = tuple(f for f, _ in variants if f in self._longest)
            if len(self._firsts) < FIRSTS_KEPT:
                self._firsts[word] = firsts
        return firsts

    def _at(self, words: list[str], i: int, firsts: tuple[str, ...]) -> tuple[int, str] | None:
        """The longest name starting at token `i` with one of its `firsts` (the first that
        starts one), as (tokens, kind)."""
        most = min(max(self._longest[first] for first in firsts), len(words) - i)
        rest = [normalized_word(w) for w in words[i + 1 : i + most]]
        for first in firsts:
            longest = min(self._longest[first], len(words) - i)
            for length in range(longest, 0, -1):
                kind = self._index.get((first, *rest[: length - 1]))
                if kind is not None:
                    return length, kind
        return None
