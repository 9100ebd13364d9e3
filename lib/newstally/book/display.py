"""HTML views of an article for the notebooks and the book: text is always escaped."""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..text import language

LABEL_COLOURS = {
    "ORG": "#cfe2ff",
    "LOC": "#d1f2d9",
    "PER": "#ffe0b3",
    "DATE": "#f2d9f2",
    "MISC": "#e6e6e6",
    "TALLY": "#ffe08a",
}


def highlight(raw: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """The raw text as HTML paragraphs, each span `(start, end, label, title)` marked.

    Each line is a paragraph whose direction follows its language (Arabic right-to-left),
    so a mixed line keeps each run in its own direction; every character is escaped.
    """
    spans = sorted(spans)
    paragraphs, offset = [], 0
    for line in raw.split("\n"):
        end = offset + len(line)
        inside = [s for s in spans if offset <= s[0] and s[1] <= end]
        if line.strip():
            lang = language(line)
            direction = "rtl" if lang == "ar" else "ltr"
            body = _marked(line, offset, inside)
            paragraphs.append(f'<p dir="{direction}" lang="{lang}">{body}</p>')
        offset = end + 1
    return '<div class="newstally-article">' + "\n".join(paragraphs) + "</div>"


def _marked(line: str, offset: int, spans: list[tuple[int, int, str, str]]) -> str:
    pieces, position = [], 0
    for start, end, label, title in spans:
        start, end = start - offset, end - offset
        if start < position:  # overlaps the previous span: leave it unmarked
            continue
        colour = LABEL_COLOURS.get(label, "#eeeeee")
        pieces.append(html.escape(line[position:start]))
        pieces.append(
            f'<mark class="newstally-{html.escape(label.lower())}" '
            f'style="background:{colour}" title="{html.escape(title)}">'
            f"{html.escape(line[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(line[position:]))
    return "".join(pieces)
