"""People: names in English text found by rule, and one identity for a person named in both
scripts (the seed's إبراهيم القحطاني and Ibrahim Al Qahtani).

Linking compares consonant skeletons: the Arabic name is transliterated with camel-tools'
Buckwalter mapper, the Latin one is lower-cased with its digraphs folded (kh, sh, th, dh, gh),
and both drop vowels, the article (al-, ال) and the letters English spellings leave out (ع).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import NormalizedText, strip_proclitic
from ..text.clitics import ARTICLE
from .lexicon import NAME_TITLES

_CAPITALIZED_RUN_RE = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]+|al|Al|bin|ibn|Abu)(?:[ \-](?:[A-Z][a-z]+|al|Al|bin|ibn|Abu)){1,3}\b"
)
# Buckwalter letters English spellings write with another letter, or not at all.
_BUCKWALTER_SKELETON = str.maketrans(
    {
        "v": "t",  # ث
        "H": "h",  # ح
        "x": "k",  # خ (kh)
        "*": "d",  # ذ
        "$": "s",  # ش (sh)
        "S": "s",  # ص
        "D": "d",  # ض
        "T": "t",  # ط
        "Z": "z",  # ظ
        "g": "g",  # غ (gh)
        "q": "k",  # ق
        "p": "",  # ة
        "E": "",  # ع
        **dict.fromkeys("AwyY'><|}&{aiuoFNK~`_", ""),
    }
)
_LATIN_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("q", "k"))


def english_people(normalized: NormalizedText) -> list[tuple[int, int]]:
    """Spans (in the normalized text) of English names: a run of capitalized words after a
    title ("Mullah", "Col.", "Taliban leader") or before an appositive (", an ISIS official")."""
    found = []
    for sentence in normalized.sentences:
        start, text = sentence.norm.start, sentence.text
        for match in _CAPITALIZED_RUN_RE.finditer(text):
            before = text[: match.start()].split()
            after = text[match.end() :]
            titled = bool(before) and before[-1].lower() in NAME_TITLES
            appositive = re.match(r",\s+(?:an?|the)\s", after) is not None
            if titled or appositive:
                found.append((start + match.start(), start + match.end()))
    return found


def skeleton(name: str) -> str:
    """The consonants of a name, in either script, in a form both scripts share."""
    words = name.replace("-", " ").split()
    if re.search(r"[\u0621-\u064a]", name):
        words = [strip_proclitic(w, ARTICLE) for w in words]
        return "".join(_buckwalter()(w).translate(_BUCKWALTER_SKELETON) for w in words)
    words = [w.lower() for w in words if w.lower() not in ("al", "el")]
    text = "".join(words)
    for digraph, letter in _LATIN_DIGRAPHS:
        text = text.replace(digraph, letter)
    text = re.sub(r"[^a-z]", "", text)
    return re.sub(r"[aeiouyw]", "", re.sub(r"(.)\1+", r"\1", text))


def person_ids(names: list[str]) -> list[str]:
    """An id per name; names whose skeletons agree (or one ends the other: a surname) share it.
    The id is made from the Latin spelling where there is one."""
    # a name with no consonants is only itself
    skeletons = [skeleton(n) or f"\0{n}" for n in names]
    groups: list[list[str]] = []  # distinct skeletons, the longest (the full name) first
    for key in sorted(dict.fromkeys(skeletons), key=len, reverse=True):  # stable: first seen first
        for group in groups:
            if group[0] == key or group[0].endswith(key):
                group.append(key)
                break
        else:
            groups.append([key])
    group_of = {key: g for g, group in enumerate(groups) for key in group}
    members: list[list[int]] = [[] for _ in groups]
    for i, key in enumerate(skeletons):
        members[group_of[key]].append(i)
    ids = [""] * len(names)
    for group, indices in zip(groups, members, strict=True):
        latin = [names[i] for i in indices if names[i].isascii()]
        label = max(latin or [names[indices[0]]], key=len)
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or group[0].strip("\0")
        for i in indices:
            ids[i] = f"person:{slug}"
    return ids


@lru_cache(maxsize=1)
def _buckwalter():
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper("ar2bw")
