"""Reading article files: encodings that are decoded, and bad input that gets a clear error."""

import random
import re
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstally import (
    BinaryArticleError,
    EmptyArticleError,
    EncodingError,
    UnreadableArticleError,
    analyze,
    read_article,
)
from newstally.errors import ArticleError
from newstally.text.reader import NON_TEXT_LIMIT

from .conftest import SEED


def test_seed_is_read_as_utf8(seed_text):
    article = read_article(SEED)
    assert article.encoding == "utf-8"
    assert article.text == seed_text


@pytest.mark.parametrize(
    "encoding, found",
    [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1256", "windows-1256")],
)
def test_other_encodings_of_arabic_are_decoded(tmp_path, seed_text, encoding, found):
    arabic = seed_text.split("\n")[0]  # first paragraph: Arabic only, so windows-1256 can hold it
    path = tmp_path / "article.txt"
    path.write_bytes(arabic.encode(encoding))
    article = read_article(path)
    assert (article.text, article.encoding) == (arabic, found)


def test_empty_file_is_refused_by_name(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyArticleError) as error:
        read_article(path)
    assert str(error.value) == f"{path}: empty file"


def test_blank_file_is_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n")
    with pytest.raises(EmptyArticleError, match="only white space"):
        read_article(path)


def png(size: int) -> bytes:
    """A real PNG image of noise: its compressed pixels are binary through and through."""
    pixels = random.Random(14).randbytes(size * size * 3)
    rows = b"".join(b"\x00" + pixels[i : i + size * 3] for i in range(0, len(pixels), size * 3))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    header = size.to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))


def test_binary_file_is_refused_with_the_share_that_is_not_text(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(png(32))
    with pytest.raises(BinaryArticleError) as error:
        read_article(path)
    assert str(error.value).startswith(f"{path}: binary data, not text (")
    assert "(1686 of 3160 bytes are not text; dropped 359 control bytes" in str(error.value)
    assert str(error.value).endswith("(the first 0x1a at byte 6))")


def test_latin1_text_keeps_its_words_with_the_accents_replaced(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Déclaration du général à Paris, été".encode("latin-1"))
    article = read_article(path)
    assert article.text == "D\ufffdclaration du g\ufffdn\ufffdral \ufffd Paris, \ufffdt\ufffd"
    assert article.warnings == (
        "replaced 6 bytes no encoding decodes with U+FFFD (the first 0xe9 at byte 1)",
    )


def test_a_few_undecodable_bytes_are_replaced_and_the_article_kept(tmp_path, seed_text):
    path = tmp_path / "tail.txt"
    path.write_bytes(seed_text.encode("utf-8") + b"\xed\xa0\x80")  # an encoded lone surrogate
    article = read_article(path)
    assert article.text == seed_text + "\ufffd"
    assert article.warnings == (
        "replaced 3 bytes no encoding decodes with U+FFFD (the first 0xed at byte 3486)",
    )
    tallies = analyze(article.text, "2023-02-15").tallies
    assert [t.count for t in tallies if t.event == "operations"] == [43, 10, 33]


def test_a_nul_byte_inside_an_article_is_dropped_and_offsets_hold(tmp_path, seed_text):
    middle = seed_text.index("في 10 من شباط")
    data = seed_text.encode("utf-8")
    cut = len(seed_text[:middle].encode("utf-8"))
    path = tmp_path / "nul.txt"
    path.write_bytes(data[:cut] + b"\x00\x07" + data[cut:])
    article = read_article(path)
    assert article.text == seed_text
    assert article.warnings == (f"dropped 2 control bytes (the first 0x00 at byte {cut})",)
    for tally in analyze(article.text, "2023-02-15").tallies:
        assert article.text[tally.start : tally.end] == tally.evidence


@pytest.mark.parametrize("bad, refused", [(50, False), (51, True)])
def test_refused_only_when_more_than_half_the_bytes_are_not_text(tmp_path, bad, refused):
    path = tmp_path / "half.txt"
    path.write_bytes(b"\x00" * bad + "قتل 5 ".encode() * 4 + b"x" * (100 - bad - 36))
    assert NON_TEXT_LIMIT == 0.5
    if refused:
        with pytest.raises(BinaryArticleError, match=r"\(51 of 100 bytes are not text;"):
            read_article(path)
    else:
        article = read_article(path)
        assert article.warnings == ("dropped 50 control bytes (the first 0x00 at byte 0)",)
        assert article.text.startswith("قتل 5 قتل")


def test_undecodable_bytes_in_most_of_a_file_are_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\x80\xfe\xff " * 40 + "قتل 5".encode())
    with pytest.raises(EncodingError) as error:
        read_article(path)
    assert str(error.value) == (
        f"{path}: not UTF-8 and not windows-1256 Arabic (120 of 168 bytes are not text)"
    )


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(UnreadableArticleError, match="No such file"):
        read_article(tmp_path / "nowhere.txt")


CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # C0 but tab, line ends, ESC


@st.composite
def mutated_seed(draw) -> bytes:
    """The seed's UTF-8 with a few bytes inserted, deleted or replaced."""
    data = bytearray(SEED.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        chunk = draw(st.binary(min_size=1, max_size=4))
        kind = draw(st.sampled_from(("insert", "delete", "replace")))
        if kind == "insert":
            data[at:at] = chunk
        elif kind == "delete":
            del data[at : at + len(chunk)]
        else:
            data[at : at + len(chunk)] = chunk
    return bytes(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed() | st.binary(max_size=300))
def test_any_bytes_are_read_with_warnings_or_refused_with_the_librarys_error(
    tmp_path_factory, data
):
    path = tmp_path_factory.getbasetemp() / "bytes.txt"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except ArticleError as error:
        assert str(error).startswith(f"{path}: ")
        assert "\n" not in str(error)
        return
    assert not CONTROLS.search(article.text)
    try:
        clean = not CONTROLS.search(data.decode("utf-8"))
    except UnicodeDecodeError:
        clean = False
    assert bool(article.warnings) != clean or article.encoding != "utf-8"
    analysis = analyze(article.text, "2023-02-15")
    for item in (*analysis.entities, *analysis.tallies):
        text = item.text if hasattr(item, "label") else item.evidence
        assert article.text[item.start : item.end] == text
