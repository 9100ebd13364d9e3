"""Reading article files: encodings that are decoded, and bad input that gets a clear error."""

import pytest

from newstally import (
    BinaryArticleError,
    EmptyArticleError,
    EncodingError,
    UnreadableArticleError,
    read_article,
)

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


def test_binary_file_is_refused_with_the_offending_byte(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(BinaryArticleError) as error:
        read_article(path)
    assert str(error.value) == f"{path}: binary data, not text (control byte 0x1a at byte 6)"


def test_bytes_in_no_known_encoding_are_refused(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Déclaration du général à Paris, été".encode("latin-1"))
    with pytest.raises(EncodingError) as error:
        read_article(path)
    assert "not UTF-8 (invalid UTF-8 byte 0xe9 at byte 1) and not windows-1256 Arabic" in str(
        error.value
    )


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(UnreadableArticleError, match="No such file"):
        read_article(tmp_path / "nowhere.txt")
