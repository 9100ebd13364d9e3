"""Arabic proclitics: the conjunctions و and ف, the prepositions ب، ل، ك and the article ال
written joined to the word. Every step that looks past them (the gazetteer, the word tables
of the tallies, the tagger's features, person linking) strips them with `strip_proclitic`;
`clitic_variants` lists every form a token may stand for, made with it (and remembered: the
same words come back in every article); `lookup` finds a word in a table through them."""

from __future__ import annotations

from functools import lru_cache

PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
"""Proclitics and their usual combinations, longest first."""
ARTICLE = ("ال",)
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


def strip_proclitic(word: str, clitics: tuple[str, ...] = PROCLITICS, keep: int = 3) -> str:
    """`word` without the first of `clitics` it starts with, if `keep` letters are left.

    With every proclitic it is the tagger's stem (والقوات -> قوات, للقياده -> قياده); with
    `ARTICLE` it drops the article alone (القحطاني -> قحطاني)."""
    for clitic in clitics:
        if word.startswith(clitic) and len(word) - len(clitic) >= keep:
            return word[len(clitic) :]
    return word


@lru_cache(maxsize=20_000)
def clitic_variants(token: str, article: bool = False) -> tuple[tuple[str, int], ...]:
    """A token and its forms without Arabic proclitics, with how many characters were dropped.

    و/ف (and), then ب/ل/ك (in, for, like): وقوات -> قوات, بسوريا -> سوريا, للقياده -> القياده
    (ل + ال is written لل; the whole token is kept as the span), والعراق -> العراق. With
    `article`, each form is followed by the same form without ال (its offset unchanged), so a
    word table need hold a word once: العناصر finds عناصر.
    """
    variants = [(token, 0)]
    for conjunction in ("", *CONJUNCTIONS):
        rest = strip_proclitic(token, (conjunction,), keep=2) if conjunction else token
        if conjunction and rest == token:
            continue
        if conjunction:
            variants.append((rest, len(conjunction)))
        if rest.startswith("لل") and len(rest) >= 3:  # ل + ال: the article stays in the form
            variants.append(("ال" + rest[2:], len(conjunction)))
        elif (stem := strip_proclitic(rest, PREPOSITIONS, keep=2)) != rest:
            variants.append((stem, len(conjunction) + 1))
    if not article:
        return tuple(variants)
    with_article = []
    for form, skip in variants:
        with_article.append((form, skip))
        if form.startswith("ال"):
            with_article.append((strip_proclitic(form, ARTICLE, keep=0), skip))
    return tuple(with_article)


def lookup(word: str, table: dict | frozenset):
    """A word's entry in a table (a set gives True), trying it without Arabic clitics and ال.

    Answers are remembered per table and word (the tables are constants, made once; the
    words of news come back), up to `_REMEMBERED` of them."""
    key = (id(table), word)
    if key in _looked_up:
        return _looked_up[key]
    entry = None
    for form, _ in clitic_variants(word, article=True):
        if form in table:
            entry = table[form] if isinstance(table, dict) else True
            break
    if len(_looked_up) < _REMEMBERED:
        _looked_up[key] = entry
    return entry


_REMEMBERED = 200_000
_looked_up: dict[tuple[int, str], object] = {}


def among(word: str, words: frozenset[str]) -> bool:
    """A word of `words`, alone or after و/ف only (ولم، فلا; unlike `lookup`, no ب/ل/ك or ال
    taken off: بعقوبة is no عقوبة)."""
    return word in words or (word[:1] in CONJUNCTIONS and word[1:] in words)
