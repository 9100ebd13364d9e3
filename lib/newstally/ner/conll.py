"""CoNLL files (`token TAG [TAG...]` per line, a blank line between sentences), as ANERcorp
and Wojood ship them."""

from __future__ import annotations

from pathlib import Path

DEV_SHARE = 0.1  # the last tenth of ANERcorp's training sentences is the development split


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences as lists of (token, first tag); extra tag columns (nested entities) dropped."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields:
            current.append((fields[0], fields[1] if len(fields) > 1 else "O"))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def split(sentences: list) -> tuple[list, list]:
    """Training and development sentences: the development split is the last `DEV_SHARE`."""
    cut = int(len(sentences) * (1 - DEV_SHARE))
    return sentences[:cut], sentences[cut:]


def repair_iob(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An I- tag after O or another type becomes B- (a type mapped away can leave one)."""
    repaired, previous = [], "O"
    for word, tag_ in sentence:
        if tag_.startswith("I-") and previous[2:] != tag_[2:]:
            tag_ = "B-" + tag_[2:]
        repaired.append((word, tag_))
        previous = tag_
    return repaired


def conll_text(path: str | Path) -> str:
    """The tokens of a CoNLL file joined by spaces, one sentence per line."""
    return "\n".join(" ".join(token for token, _ in sentence) for sentence in read_conll(path))


def tag_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags as (first token, end token, type) spans; a stray I- starts a new span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, tag_kind = tag.partition("-")
        if kind is not None and (prefix != "I" or tag_kind != kind):
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and kind is None):
            start, kind = i, tag_kind
    return spans
