"""Tokens and sentences of a normalized text, made once by `normalize`, each with its span in
the normalized text (`norm`) and in the raw text (`raw`). This is the library's only tokenizer:
every later step reads these tokens."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import numpy as np

QUOTES = frozenset("\"'")
"""Tokens that are quotation marks: matching and counting read past them."""


class Span(NamedTuple):
    """`[start, end)` in one text; which text is said by the name of the field that holds it."""

    start: int
    end: int


class Token(NamedTuple):
    """A token: its normalized text, its kind (word | number | url | handle | hashtag | punct),
    and its spans in the normalized and the raw text."""

    text: str
    kind: str
    norm: Span
    raw: Span


class Sentence(NamedTuple):
    """A sentence: its normalized text, its language (ar | en | und), its spans in the
    normalized and the raw text, and the indexes of its tokens."""

    text: str
    lang: str
    norm: Span
    raw: Span
    tokens: range


def tokenize(text: str, starts: np.ndarray | None, ends: np.ndarray | None) -> list[Token]:
    """The tokens of a normalized `text`; `starts`/`ends` map each of its characters to raw
    (None: the text is the raw text, character for character)."""
    # tuple.__new__ makes the named tuples at half the cost of their constructors: a text has
    # as many tokens as words, and normalize makes them all.
    new = tuple.__new__
    matches = list(TOKEN_RE.finditer(text))
    if starts is None or ends is None:
        return [
            new(Token, (m.group(), m.lastgroup or "punct", span, span))
            for m in matches
            if (span := new(Span, m.span()))
        ]
    if not matches:
        return []
    first = np.fromiter((m.start() for m in matches), np.int64, len(matches))
    last = np.fromiter((m.end() - 1 for m in matches), np.int64, len(matches))
    return [
        new(Token, (m.group(), m.lastgroup or "punct", new(Span, m.span()), new(Span, (s, e))))
        for m, s, e in zip(matches, starts[first].tolist(), ends[last].tolist(), strict=True)
    ]


def split_sentences(
    text: str, tokens: list[Token], starts: np.ndarray | None, ends: np.ndarray | None
) -> list[Sentence]:
    """Sentences (lines split at sentence-final punctuation), each tagged with its language."""
    token_starts = [t.norm.start for t in tokens]
    sentences = []
    for a, b in _sentence_spans(text):
        first = bisect.bisect_left(token_starts, a)
        stop = bisect.bisect_left(token_starts, b, lo=first)
        raw = (
            Span(a, b) if starts is None or ends is None else Span(int(starts[a]), int(ends[b - 1]))
        )
        piece = text[a:b]
        sentences.append(Sentence(piece, language(piece), Span(a, b), raw, range(first, stop)))
    return sentences


def language(text: str) -> str:
    """`ar` or `en` by which script has more letters in `text`; `und` when it has none."""
    arabic = len(_ARABIC_SCRIPT_RE.findall(text))
    latin = len(_LATIN_SCRIPT_RE.findall(text))
    if arabic == latin == 0:
        return "und"
    return "ar" if arabic >= latin else "en"


TOKEN_RE = re.compile(
    r"""(?P<url>(?:https?://|www\.|pic\.twitter\.com/)\S+?(?=[.,;:!?)\]"']*(?:\s|$)))
    |(?P<handle>@\w+)
    |(?P<hashtag>\#\w+)
    |(?P<number>\d+(?:[.,]\d+)*)
    |(?P<word>(?:[^\W\d_]|[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed])+)
    |(?P<punct>[^\w\s])""",
    re.VERBOSE,
)

_ARABIC_SCRIPT_RE = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]"
)
_LATIN_SCRIPT_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LINE_RE = re.compile(r"[^\r\n]+")
_LAST_WORD_RE = re.compile(r"(\w+)$")
_SENTENCE_END_RE = re.compile(r"[.!?؟۔…]+[\"')\]]*(?=\s|$)")
# Words a period follows without ending the sentence ("Feb. 10", "Gen. Kurilla").
_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "sgt", "capt", "no", "vs")
    + ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lines, split again after sentence-final punctuation (not after U.S. or Feb.)."""
    spans = []
    for line in _LINE_RE.finditer(text):
        start = line.start()
        for end in _SENTENCE_END_RE.finditer(text, line.start(), line.end()):
            word = _LAST_WORD_RE.search(text[max(start, end.start() - 40) : end.start()])
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
                continue
            spans.append((start, end.end()))
            start = end.end()
        spans.append((start, line.end()))
    return [
        (a + len(s) - len(s.lstrip()), b - len(s) + len(s.rstrip()))
        for a, b in spans
        if (s := text[a:b]).strip()
    ]
