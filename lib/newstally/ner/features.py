"""What the tagger's models see of a token: its normalized form, its stem without proclitics,
its shape, and (for the CRF) the features of it and its neighbours. Shared by both models, in
training and in tagging."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import normalize, strip_proclitic

TYPES = ("PERS", "LOC", "ORG", "MISC")
TAGS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BI"))
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")


def token_features(words: list[str]) -> list[dict[str, float | str]]:
    """The CRF features of every token of a sentence (raw tokens as the corpus splits them)."""
    normalized = [normalized_word(w) for w in words]
    stems = [stem(w) for w in normalized]
    features = []
    for i, word in enumerate(normalized):
        feature: dict[str, float | str] = {
            "bias": 1.0,
            "w": word,
            "stem": stems[i],
            "p2": stems[i][:2],
            "p3": stems[i][:3],
            "s2": word[-2:],
            "s3": word[-3:],
            "len": str(min(len(stems[i]), 8)),
            "shape": shape(words[i]),
            "al": str(word.startswith(("ال", "وال", "بال", "لل"))),
        }
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(normalized):
                feature[f"{offset}:w"] = normalized[j]
                feature[f"{offset}:stem"] = stems[j]
            else:
                feature[f"{offset}:w"] = "<s>" if j < 0 else "</s>"
        if i > 0:
            feature["-1:w|w"] = f"{normalized[i - 1]}|{word}"
        if i + 1 < len(normalized):
            feature["w|+1:w"] = f"{word}|{normalized[i + 1]}"
        features.append(feature)
    return features


@lru_cache(maxsize=200_000)
def normalized_word(word: str) -> str:
    """A token as the models see it: `newstally.normalize` with every step."""
    return normalize(word).text or word


def stem(word: str) -> str:
    """A normalized word without its proclitics (و ف ب ل ك ال), if three letters are left."""
    return strip_proclitic(word)


def shape(word: str) -> str:
    """digit, Latin-cap, latin, punct or arabic."""
    if _DIGIT_RE.search(word):
        return "digit"
    if _LATIN_RE.search(word):
        return "Latin-cap" if word[:1].isupper() else "latin"
    if not any(c.isalpha() for c in word):
        return "punct"
    return "arabic"
