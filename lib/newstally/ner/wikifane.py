"""WikiFANE Gold (Alotaibi and Lee 2014): 490k tokens of Arabic Wikipedia tagged with 50 fine
classes, read as ANERcorp's four types and in ANERcorp's form.

Its file differs from ANERcorp's in form (CRLF line ends, a U+200E mark before most tokens, a
byte-order mark) and in tokenization: conjunctions and prepositions of one letter (و ف ب ل ك)
and attached pronouns (ه ها هم ...) stand as tokens of their own, where ANERcorp keeps them on
their word. They are joined back; a joined word keeps its host's tag. Its spelling (hamza
dropped, ى as ي) is what `newstally.normalize` makes of both corpora anyway.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from ..paths import SHARED_DATA
from .conll import repair_iob

WIKIFANE = SHARED_DATA / "wikifane" / "WikiFANE_Gold_2014_500K.txt.gz"

# The fine classes under ACE's coarse ones (the corpus's taxonomy), each mapped to ANERcorp's.
PERSONS = (
    "Politician Other_PER Artist Scientist Religious_PER Athlete Businessperson Engineer Lawyer "
    "Police"
).split()
ORGANISATIONS = (
    "Commercial Non-Governmental Government Sports Media Educational Religious_ORG Entertainment "
    "Medical-Science"
).split()
PLACES = (
    "Population-Center Nation State-or-Province Continent GPE-Cluster County-or-District "
    "Water-Body Celestial Land-Region-Natural"
).split()
FACILITIES = "Building-Grounds Path Airport Subarea-Facility Plant".split()
PRODUCTS = "Software Book Hardware Movie Sound Food Drug".split()
VEHICLES = "Air Water Land".split()
WEAPONS = "Projectile Blunt Shooting Nuclear Exploding Sharp Chemical".split()
GROUPS = ["Group"]  # peoples and nationalities (الاوروبيين، المصريين), and groups like تجار رقيق

# Chosen by the CRF's development F1 (the model card's ablation): products, vehicles, weapons
# and groups are no names here (products as MISC: 65.92 against 66.78).
NO_NAMES = PRODUCTS + VEHICLES + WEAPONS + GROUPS
MAPPING = (
    dict.fromkeys(PERSONS, "PERS")
    | dict.fromkeys(ORGANISATIONS, "ORG")
    | dict.fromkeys(PLACES, "LOC")
    | dict.fromkeys(FACILITIES, "LOC")
)

PROCLITICS = frozenset("وفبلك")
ENCLITICS = frozenset(["ه", "ها", "هم", "هما", "هن", "نا"])
DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل")  # a word with the article takes no pronoun


def read_wikifane(
    path: Path = WIKIFANE, mapping: dict[str, str] = MAPPING
) -> list[list[tuple[str, str]]]:
    """The corpus's sentences as (token, IOB2 tag) in ANERcorp's types and tokenization; a
    fine class missing from `mapping` is no name (O)."""
    sentences, current = [], []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            token, _, tag = (
                line.strip("\r\n").replace("\u200e", "").lstrip("\ufeff").partition("\t")
            )
            token = token.strip()
            if token:
                current.append((token, _mapped(tag.strip(), mapping)))
            elif current:
                sentences.append(_joined(current))
                current = []
    if current:
        sentences.append(_joined(current))
    return sentences


def _mapped(tag: str, mapping: dict[str, str]) -> str:
    prefix, _, fine = tag.partition("-")
    kind = mapping.get(fine)
    return f"{prefix}-{kind}" if kind and prefix in ("B", "I") else "O"


def _joined(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Clitics written apart put back on their word, then the tags made valid IOB2.

    A proclitic goes on the word after it when that word begins with a letter; a pronoun on the
    word before it when that word ends with a letter and has no article (هم after الشماليين is
    "they", not "their"). Inside a name the clitic is part of it (و/B-LOC هران/I-LOC: وهران);
    the joined word keeps the name's first tag."""
    joined: list[tuple[str, str]] = []
    waiting: list[tuple[str, str]] = []
    for i, (token, tag) in enumerate(sentence):
        following = sentence[i + 1] if i + 1 < len(sentence) else ("", "O")
        if token in PROCLITICS and following[0][:1].isalpha() and _one_name(tag, following[1]):
            waiting.append((token, tag))
            continue
        if waiting:
            first = waiting[0][1]
            token, tag = "".join(t for t, _ in waiting) + token, first if first != "O" else tag
            waiting = []
        elif token in ENCLITICS and joined and _takes_pronoun(joined[-1][0]):
            host, host_tag = joined[-1]
            if _one_name(host_tag, tag) or tag == "O":
                host = host[:-1] + "ت" if host.endswith("ة") else host  # عاصمة + ها: عاصمتها
                joined[-1] = (host + token, host_tag)
                continue
        joined.append((token, tag))
    return repair_iob(joined)


def _one_name(first: str, second: str) -> bool:
    """Whether two tags may be one word: the first no name, or both of one name's type."""
    return first == "O" or (second.startswith("I-") and first[2:] == second[2:])


def _takes_pronoun(host: str) -> bool:
    return host[-1:].isalpha() and not host.startswith(DEFINITE)
