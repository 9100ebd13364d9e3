"""The contracts: one reading of a publication date everywhere, and tables derived from the
dataclasses' own fields."""

import dataclasses
import json

import pytest

from newstally import DateError, analyze, parse_published
from newstally.book.parameters import ParameterError, publication_date
from newstally.corpus.inputs import Document
from newstally.corpus.run import process
from newstally.corpus.tables import ManifestRow, schemas
from newstally.records import Entity, Finding, Tally, arrow_schema, frame, table_row

BAD_DATE = "published '15/02/2023' is not a date written YYYY-MM-DD, e.g. 2023-02-15"


def test_a_publication_date_is_read_one_way():
    assert str(parse_published("2023-02-15")) == "2023-02-15"
    assert parse_published("") is None and parse_published(None) is None
    with pytest.raises(DateError, match="is not a date written YYYY-MM-DD"):
        parse_published("15/02/2023")


def test_a_bad_date_gives_the_same_message_everywhere():
    with pytest.raises(DateError) as error:
        analyze("قتل 5 مدنيين في بغداد.", "15/02/2023")
    assert str(error.value) == BAD_DATE
    with pytest.raises(ParameterError) as error:
        publication_date("15/02/2023")
    assert str(error.value) == BAD_DATE + "."
    document = Document("r1", "r1", published="15/02/2023", text="قتل 5 مدنيين في بغداد.")
    assert process([document])[0]["manifest"][0]["error"] == BAD_DATE


def test_frames_have_one_column_per_field_and_nullable_integers(seed_text):
    tallies = analyze(seed_text, "2023-02-15").tallies
    table = frame(tallies, Tally)
    assert list(table.columns) == [f.name for f in dataclasses.fields(Tally)]
    assert (str(table["count"].dtype), str(table["part_of"].dtype)) == ("Int64", "Int64")
    assert table["part_of"].isna().sum() == sum(t.part_of is None for t in tallies)
    assert list(frame([], Entity).columns) == [f.name for f in dataclasses.fields(Entity)]


def test_arrow_schemas_come_from_the_dataclasses():
    tables = schemas()
    assert tables["tallies"].names == ["article", *(f.name for f in dataclasses.fields(Tally))]
    assert tables["manifest"].names == [f.name for f in dataclasses.fields(ManifestRow)]
    assert str(tables["tallies"].field("count").type) == "int64"
    assert str(arrow_schema(Finding).field("tallies").type) == "string"
    row = table_row(Finding("parts_sum", "ok", "adds up", (4, 5, 6)), article="a1")
    assert row["article"] == "a1" and json.loads(row["tallies"]) == [4, 5, 6]
