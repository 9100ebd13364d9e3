"""Read an article file into text, detecting its encoding, or fail with a one-line error."""

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

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_LETTERS_RE = re.compile(r"[\u0621-\u064a]")
_BINARY_CONTROLS_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class Article:
    """An article's text as decoded from its file, with the encoding that was found."""

    path: str
    text: str
    encoding: str


def read_article(path: str | Path) -> Article:
    """Read `path` as UTF-8 (with or without BOM), UTF-16 with a BOM, or windows-1256 Arabic;
    an `.html` page is reduced to its text.

    Raises an `ArticleError` subclass, with a message naming the file, for a missing or
    unreadable file, an empty or blank one, binary data, or bytes in no supported encoding.
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
    text, encoding = decode(data, path)
    if Path(path).suffix.lower() in (".html", ".htm"):
        text = html_text(text)
    if not text.strip():
        raise EmptyArticleError(path, "empty file" if not data else "only white space, no text")
    return Article(str(path), text, encoding)


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


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode article bytes, returning the text and the name of the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise EncodingError(
                    path, f"starts with a {encoding} BOM but {error.reason}"
                ) from None
    control = _BINARY_CONTROLS_RE.search(data[:65536])
    if control:
        raise BinaryArticleError(
            path,
            f"binary data, not text (control byte 0x{control.group()[0]:02x} at byte {control.start()})",
        )
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        utf8_error = f"invalid UTF-8 byte 0x{data[error.start]:02x} at byte {error.start}"
    text = data.decode("cp1256", errors="replace")
    non_ascii = sum(1 for c in text if ord(c) > 127 and not c.isspace())
    if "\ufffd" not in text and len(_ARABIC_LETTERS_RE.findall(text)) >= 0.8 * non_ascii:
        return text, "windows-1256"
    raise EncodingError(path, f"not UTF-8 ({utf8_error}) and not windows-1256 Arabic")
