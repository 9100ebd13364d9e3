"""Normalize Arabic and English news text without losing the way back to the raw characters.

`normalize(raw)` returns a `NormalizedText`: the normalized string plus, for every normalized
character, the span of raw characters it came from. Steps are small per-character functions
(camel-tools' where it has them) compiled once into a code-point table, so the whole text is
transformed in a few vectorized passes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import regex

from ..cache import cached
from .segment import Sentence, Token, split_sentences, tokenize

STEPS: tuple[str, ...] = (
    "unicode",
    "controls",
    "deobfuscate",
    "dediac",
    "alef",
    "alef_maksura",
    "teh_marbuta",
    "digits",
    "punctuation",
)
"""Every normalization step, in the order it is applied."""

TATWEEL = "\u0640"

# Invisible characters news sites leave in text: tatweel (kashida), bidi marks, embeddings,
# overrides and isolates, zero-width space/joiners, the word joiner and the byte-order mark.
_CONTROLS = frozenset(
    TATWEEL + "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)

# Marks camel-tools' dediac_ar leaves: Quranic annotation signs, maddah, hamza and other small
# marks above or below a letter that NFKC could not compose into it.
_EXTRA_MARKS = frozenset(
    chr(c)
    for c in [*range(0x0610, 0x061B), *range(0x0653, 0x0660), *range(0x06D6, 0x06DD)]
    + [*range(0x06DF, 0x06E5), 0x06E7, 0x06E8, *range(0x06EA, 0x06EE)]
)

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_PUNCTUATION = str.maketrans(
    {
        "،": ",",
        "؛": ";",
        "؟": "?",
        "٪": "%",
        "٫": ".",
        "٬": ",",
        "۔": ".",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
    }
)

CHAR_STEPS = ("controls", "dediac", "alef", "alef_maksura", "teh_marbuta", "digits", "punctuation")
"""The steps that map one character to one character or to nothing."""


def char_step(name: str) -> Callable[[str], str]:
    """One of `CHAR_STEPS` as a function of a character (camel-tools' where it has one; it is
    imported only when a code-point table is built: importing it takes half a second)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    return {
        "controls": lambda c: "" if c in _CONTROLS else c,
        "dediac": lambda c: "" if c in _EXTRA_MARKS else dediac_ar(c),
        "alef": normalize_alef_ar,
        "alef_maksura": normalize_alef_maksura_ar,
        "teh_marbuta": normalize_teh_marbuta_ar,
        "digits": lambda c: c.translate(_DIGITS),
        "punctuation": lambda c: c.translate(_PUNCTUATION),
    }[name]


# Code points any character step can change: Latin-1 to Arabic Supplement, and the
# General Punctuation block (quotes, bidi controls, zero-width characters), plus the BOM.
_CANDIDATES = [*range(0x00A0, 0x0800), *range(0x2000, 0x2070), 0xFEFF]
_DELETED = np.uint32(0xFFFFFFFF)

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# A word broken up with tatweel and a dot, dash or space, as Syrian outlets write names they
# avoid spelling out: داعـ.ـش، قـ.ـسد، عملـ.ـية، داعـ ش; a tatweel then a space only after three
# letters at most or before two (التنظيـ م; not a whole word's stray tatweel: إرهابياـ ونحن).
_OBFUSCATION_RE = re.compile(
    rf"(?<=[{_ARABIC_LETTER}])(?:{TATWEEL}+[.\-_*·•]{TATWEEL}*"
    rf"|{TATWEEL}+[ \u00a0]{TATWEEL}+"
    rf"|(?<![{_ARABIC_LETTER}]{{4}}){TATWEEL}+[ \u00a0]"
    rf"|{TATWEEL}+[ \u00a0](?=[{_ARABIC_LETTER}]{{1,2}}(?![{_ARABIC_LETTER}]))"
    rf"|[.\-_*·• \u00a0]{TATWEEL}+)(?=[{_ARABIC_LETTER}])"
)


@dataclass(frozen=True, eq=False)
class NormalizedText:
    """Normalized text with a map from each normalized character back to the raw text.

    `starts[i]:ends[i]` is the raw span normalized character `i` came from; raw characters a
    step deleted (diacritics, tatweel, controls) belong to the character before them.
    """

    raw: str
    text: str
    starts: np.ndarray
    ends: np.ndarray
    tokens: list[Token]
    sentences: list[Sentence]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span `[start, end)` to the raw span it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            pos = int(self.starts[start]) if start < len(self.text) else len(self.raw)
            return pos, pos
        return int(self.starts[start]), int(self.ends[end - 1])

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """The normalized span made of the characters that came from raw `[start, end)`."""
        # the offsets as the array's own type: a Python int would make numpy copy the array
        first = int(self.starts.searchsorted(self.starts.dtype.type(start), side="left"))
        last = int(self.starts.searchsorted(self.starts.dtype.type(end), side="left"))
        return first, max(first, last)

    def raw_slice(self, start: int, end: int) -> str:
        """The raw text behind the normalized span `[start, end)`."""
        raw_start, raw_end = self.to_raw(start, end)
        return self.raw[raw_start:raw_end]

    def marks(self) -> list[Token]:
        """The URLs, @handles and #hashtags: text that is an address, not prose."""
        return [t for t in self.tokens if t.kind in ("url", "handle", "hashtag")]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        """The tokens of one of this text's sentences."""
        return self.tokens[sentence.tokens.start : sentence.tokens.stop]


def normalize(raw: str, steps: Iterable[str] = STEPS) -> NormalizedText:
    """Normalize `raw` with the given steps (default: all of `STEPS`), keeping the offset map."""
    enabled = frozenset(steps)
    unknown = enabled - set(STEPS)
    if unknown:
        raise ValueError(f"unknown normalization step(s): {', '.join(sorted(unknown))}")
    text, starts, ends = raw, None, None
    for _ in range(3):  # dropping a character can leave a pair NFKC composes; rarely twice
        if "unicode" in enabled:
            text, starts, ends = _compose(_unicode_step(text), starts, ends)
        text, starts, ends = _compose(_char_steps(text, enabled), starts, ends)
        if "unicode" not in enabled or unicodedata.is_normalized("NFKC", text):
            break
    tokens = tokenize(text, starts, ends)  # no map (None): the text is the raw text
    sentences = split_sentences(text, tokens, starts, ends)
    if starts is None:
        starts = np.arange(len(text), dtype=np.int32)
        ends = starts + 1
    return NormalizedText(raw, text, starts, ends, tokens, sentences)


def normalize_word(word: str) -> str:
    """`normalize(word).text` without the offset map, tokens and sentences: for the many single
    words the tagger and the gazetteer normalize. A word that is NFKC already and has no tatweel
    (nearly all) is one table look-up per character."""
    if TATWEEL not in word and unicodedata.is_normalized("NFKC", word):
        text = word.translate(_word_table())
        if unicodedata.is_normalized("NFKC", text):
            return text
    return normalize(word).text


@lru_cache(maxsize=1)
def _word_table() -> dict[int, str | None]:
    """`_char_table` with every step, as a `str.translate` table of the code points it changes."""
    table = _char_table(frozenset(CHAR_STEPS))
    return {
        code: None if table[code] == _DELETED else chr(table[code])
        for code in _CANDIDATES
        if table[code] != code
    }


def step_report(raw: str, steps: Iterable[str] = STEPS) -> list[dict]:
    """What each step changes on its own: how many tokens, with up to three examples."""
    rows = []
    for step in steps:
        normalized = normalize(raw, [step])
        changed = [(raw[t.raw.start : t.raw.end], t.text) for t in normalized.tokens]
        changed = [(before, after) for before, after in changed if before != after]
        examples = list(dict.fromkeys(changed))[:3]
        rows.append(
            {
                "step": step,
                "tokens_changed": len(changed),
                "examples": "; ".join(f"{before} → {after}" for before, after in examples),
            }
        )
    return rows


# A span map is a pair of int32 arrays (starts, ends) into the previous text, or None for
# the identity. A step returns its text and its map; _compose chains it onto the map so far.
_SpanMap = tuple[str, "np.ndarray | None", "np.ndarray | None"]


def _compose(step: _SpanMap, starts, ends) -> _SpanMap:
    text, step_starts, step_ends = step
    if step_starts is None:
        return text, starts, ends
    if starts is None:
        return text, step_starts, step_ends
    return text, starts[step_starts], ends[step_ends - 1]


def _unicode_step(text: str) -> _SpanMap:
    """camel-tools' normalize_unicode (its fixes, then NFKC), only on the lines that need it."""
    if unicodedata.is_normalized("NFKC", text):
        return text, None, None
    pieces, starts, ends, offset = [], [], [], 0
    for line in text.splitlines(keepends=True):
        if unicodedata.is_normalized("NFKC", line):
            piece, line_starts = line, np.arange(len(line), dtype=np.int32)
            line_ends = line_starts + 1
        else:
            piece, line_starts, line_ends = _nfkc_by_grapheme(line)
        pieces.append(piece)
        starts.append(line_starts + offset)
        ends.append(line_ends + offset)
        offset += len(line)
    return "".join(pieces), np.concatenate(starts), np.concatenate(ends)


def _nfkc_by_grapheme(line: str) -> _SpanMap:
    """NFKC of one line, each grapheme on its own so that each output maps to its source.

    A grapheme longer than `_STREAM_SAFE` code points (a letter under a flood of marks) is
    normalized that many at a time, as if a CGJ stood between the pieces: Unicode's
    Stream-Safe Text Format (UAX #15) allows no more than 30 marks in a row. CPython orders a
    run of marks by insertion, in time that grows with its square: a letter with 200,000
    mixed diacritics took minutes, and every token of it mapped back to the whole flood."""
    pieces, starts, ends, cuts = [], [], [], [0]
    for grapheme in regex.finditer(r"\X", line):
        for start in range(grapheme.start(), grapheme.end(), _STREAM_SAFE):
            end = min(start + _STREAM_SAFE, grapheme.end())
            if start > grapheme.start():
                cuts.append(start)
            piece = _nfkc(line[start:end])
            pieces.append(piece)
            starts += [start] * len(piece)
            ends += [end] * len(piece)
    result = "".join(pieces)
    cuts.append(len(line))
    whole = "".join(_nfkc(line[a:b]) for a, b in itertools.pairwise(cuts))
    if result != whole:  # a composition across graphemes: map coarsely
        result, starts, ends = whole, [0] * len(whole), [len(line)] * len(whole)
    return result, np.array(starts, dtype=np.int32), np.array(ends, dtype=np.int32)


_STREAM_SAFE = 30


def _char_steps(text: str, enabled: frozenset[str]) -> _SpanMap:
    """Apply the enabled per-character steps and de-obfuscation in one vectorized pass."""
    table = _char_table(enabled.intersection(CHAR_STEPS))
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    mapped = table[codes]
    keep = mapped != _DELETED
    if "deobfuscate" in enabled:
        for match in _OBFUSCATION_RE.finditer(text):
            keep[match.start() : match.end()] = False
    if keep.all():
        return mapped.tobytes().decode("utf-32-le", "surrogatepass"), None, None
    kept = np.flatnonzero(keep).astype(np.int32)
    following = np.append(kept[1:], np.int32(len(text)))
    return mapped[keep].tobytes().decode("utf-32-le", "surrogatepass"), kept, following


@lru_cache(maxsize=32)
def _char_table(enabled: frozenset[str]) -> np.ndarray:
    """A code-point table applying the enabled character steps, in `STEPS` order; the one with
    every step is kept in the library's cache (`newstally.cache`) between runs."""
    if enabled == frozenset(CHAR_STEPS):
        return cached("chartable", [Path(__file__)], ["camel-tools"], lambda: _build_table(enabled))
    return _build_table(enabled)


def _build_table(enabled: frozenset[str]) -> np.ndarray:
    table = np.arange(0x110000, dtype=np.uint32)
    functions = [char_step(s) for s in STEPS if s in enabled]
    for code in _CANDIDATES:
        char = chr(code)
        for function in functions:
            char = function(char) if char else char
        table[code] = ord(char) if char else _DELETED
    return table


def _nfkc(text: str) -> str:
    from camel_tools.utils.normalize import normalize_unicode

    return normalize_unicode(text)
