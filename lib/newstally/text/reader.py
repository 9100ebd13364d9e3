"""Read an article file into text, detecting its encoding, or fail with a one-line error.

Bytes that carry nothing lose no article: control bytes (C0, other than tab, the line ends,
form feed and escape) are dropped and bytes no supported encoding decodes become U+FFFD, each
kind reported in one warning on the `Article`. A file is refused as binary or undecodable only
when most of it is not text: when such bytes are more than `NON_TEXT_LIMIT` (half) of it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import (
    BinaryArticleError,
    EmptyArticleError,
    EncodingError,
    TooLargeArticleError,
    UnreadableArticleError,
)

MAX_BYTES = 50_000_000  # a news article is far smaller; a file this big is something else
NON_TEXT_LIMIT = 0.5  # refused when more than this share of the bytes are controls or undecodable

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_LETTERS_RE = re.compile(r"[\u0621-\u064a]")
_CONTROLS_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_ESCAPED_RE = re.compile(r"[\udc80-\udcff]+")  # undecodable bytes, kept by surrogateescape


@dataclass(frozen=True)
class Article:
    """An article's text as decoded from its file, with the encoding that was found and what
    was dropped or replaced to read it (one line each; offsets found later refer to `text`)."""

    path: str
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def read_article(path: str | Path) -> Article:
    """Read `path` as UTF-8 (with or without BOM), UTF-16 with a BOM, or windows-1256 Arabic;
    an `.html` page is reduced to its text.

    A few control or undecodable bytes are dropped or replaced, with a warning (see `decode`).
    Raises an `ArticleError` subclass, with a message naming the file, for a missing or
    unreadable file, an empty or blank one, or one where more than `NON_TEXT_LIMIT` of the
    bytes are binary data or in no supported encoding.
    """
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise TooLargeArticleError(
                path,
                f"too large to be an article ({size / 1e6:.0f} MB; the limit is "
                f"{MAX_BYTES / 1e6:.0f} MB)",
            )
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableArticleError(path, error.strerror or str(error)) from None
    text, encoding, warnings = decode(data, path)
    if Path(path).suffix.lower() in (".html", ".htm"):
        text = html_text(text)
    if not text.strip():
        raise EmptyArticleError(path, "empty file" if not data else "only white space, no text")
    return Article(str(path), text, encoding, warnings)


def html_text(page: str) -> str:
    """The readable text of an HTML page (BeautifulSoup): scripts, styles and markup dropped,
    one line per block. Offsets of everything found later refer to this text."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    for hidden in soup(["script", "style", "noscript", "template", "head"]):
        hidden.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


# UTF-8 Arabic read as another encoding and saved again: its lead bytes 0xD8/0xD9 become
# Ø/Ù (Latin-1, windows-1252) or ط/ظ (windows-1256), one every second character.
_MOJIBAKE = {"windows-1252": "ØÙ", "latin-1": "ØÙ", "windows-1256": "طظ"}


def repair_mojibake(text: str) -> tuple[str, str]:
    """UTF-8 text that is Arabic read in the wrong encoding, repaired; else the text as it is.
    Returns the text and what was found ("utf-8", or "utf-8, repaired from windows-1256")."""
    letters = sum(1 for c in text if c.isalpha()) or 1
    for encoding, leads in _MOJIBAKE.items():
        if sum(text.count(c) for c in leads) < 0.25 * letters:
            continue
        try:
            repaired = text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(_ARABIC_LETTERS_RE.findall(repaired)) > 0.5 * len(repaired.split()):
            return repaired, f"utf-8, repaired from {encoding}"
    return text, "utf-8"


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Decode article bytes: the text, the name of the encoding used, and the warnings.

    UTF-8 or UTF-16 with a BOM, else UTF-8, else windows-1256 when its text is Arabic, else
    UTF-8 with each run of undecodable bytes replaced by one U+FFFD. Control bytes are dropped.
    Refused when the two together are more than `NON_TEXT_LIMIT` of the bytes."""
    text, encoding, skip = _decoded(data, path)
    escaped, control = _ESCAPED_RE.search(text), _CONTROLS_RE.search(text)
    warnings, undecodable, dropped = [], 0, 0
    if escaped:
        undecodable = sum(map(len, _ESCAPED_RE.findall(text)))
        warnings.append(
            f"replaced {_bytes(undecodable)} no encoding decodes with U+FFFD "
            f"({_first(data, _byte_offset(text, escaped.start(), skip, encoding))})"
        )
    if control:
        kept = _CONTROLS_RE.sub("", text)
        dropped = len(text) - len(kept)
        warnings.append(
            f"dropped {_bytes(dropped, 'control ')} "
            f"({_first(data, _byte_offset(text, control.start(), skip, encoding))})"
        )
        text = kept
    if escaped:
        text = _ESCAPED_RE.sub("\ufffd", text)
    if undecodable + dropped > NON_TEXT_LIMIT * len(data):
        share = f"{undecodable + dropped} of {len(data)} bytes are not text"
        if dropped:
            raise BinaryArticleError(path, f"binary data, not text ({share}; {warnings[-1]})")
        raise EncodingError(path, f"not UTF-8 and not windows-1256 Arabic ({share})")
    return text, encoding, tuple(warnings)


def _bytes(count: int, kind: str = "") -> str:
    return f"{count} {kind}byte{'s' if count != 1 else ''}"


def _first(data: bytes, offset: int) -> str:
    return f"the first 0x{data[offset]:02x} at byte {offset}"


def _decoded(data: bytes, path: str | Path) -> tuple[str, str, int]:
    """The text with undecodable bytes kept as lone surrogates, the encoding, the BOM's length."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "surrogateescape"), "utf-8-sig", 3
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", 2
        except UnicodeDecodeError as error:
            raise EncodingError(path, f"starts with a utf-16 BOM but {error.reason}") from None
    text = data.decode("utf-8", "surrogateescape")
    if not _ESCAPED_RE.search(text):
        return (*repair_mojibake(text), 0)
    arabic = data.decode("cp1256", errors="replace")
    non_ascii = sum(1 for c in arabic if ord(c) > 127 and not c.isspace())
    if "\ufffd" not in arabic and len(_ARABIC_LETTERS_RE.findall(arabic)) >= 0.8 * non_ascii:
        return arabic, "windows-1256", 0
    return text, "utf-8", 0


def _byte_offset(text: str, index: int, skip: int, encoding: str) -> int:
    """The offset in the file of character `index` of the text decoded from it."""
    codec = {"utf-16": "utf-16-le", "windows-1256": "cp1256"}.get(encoding, "utf-8")
    return skip + len(text[:index].encode(codec, "surrogateescape"))
