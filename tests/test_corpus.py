"""Corpus runs: every input in the manifest, the same tables from one process, several, or Dask."""

import gzip
import json
import shutil

import pandas as pd
import pytest

from newstally.corpus.inputs import Document, documents, partitions
from newstally.corpus.run import process, run

from .conftest import ROOT, SEED

ANT = ROOT.parent / "shared" / "data" / "ant_news" / "ant_news_2018.jsonl.gz"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "seed.meta.json").write_text(json.dumps({"published": "2023-02-15"}))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00\x00\x01")
    (folder / "stray.txt").write_bytes("قتل 5 مدنيين في بغداد.".encode() + b"\x00\xff")
    (folder / "page.html").write_text(
        "<html><head><script>var x = 'مقتل 99';</script></head><body>"
        "<p>أعلنت قوات سوريا الديمقراطية اعتقال 12 عنصرا من داعش في الحسكة.</p></body></html>",
        encoding="utf-8",
    )
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "r1", "text": "قتل 5 مدنيين في بغداد.", "published": "2020-01-02"})
        + "\n"
        + json.dumps({"id": "r2", "text": "", "published": "not a date"})
        + "\n{not json\n",
        encoding="utf-8",
    )
    return [folder, records, tmp_path / "missing.txt"]


def read(out):
    return {t: pd.read_parquet(out / f"{t}.parquet") for t in ("manifest", "tallies", "entities")}


def test_every_input_is_in_the_manifest(corpus, tmp_path):
    counts = run(corpus, tmp_path / "out")
    manifest = pd.read_csv(tmp_path / "out" / "manifest.csv")
    assert counts["manifest"] == len(manifest) == 9
    status = dict(zip(manifest.id, manifest.status, strict=True))
    assert status == {
        "articles/empty.txt": "error",
        "articles/image.txt": "error",
        "articles/page.html": "ok",
        "articles/seed.txt": "ok",
        "articles/stray.txt": "ok",
        "r1": "ok",
        "r2": "error",
        f"{corpus[1]}:3": "error",
        f"{corpus[2].parent.name}/missing.txt": "error",
    }
    errors = dict(zip(manifest.id, manifest.error, strict=True))
    assert errors["articles/image.txt"].endswith(
        "binary data, not text (8 of 14 bytes are not text; "
        "dropped 7 control bytes (the first 0x1a at byte 6))"
    )
    assert "not a date" in errors["r2"]
    conflict = dict(zip(manifest.id, manifest.conflict, strict=True))
    assert conflict["articles/seed.txt"] is True and conflict["r1"] is False
    assert pd.isna(conflict["r2"])  # not analyzed
    warnings = dict(zip(manifest.id, manifest.warnings.fillna(""), strict=True))
    assert warnings["articles/stray.txt"] == (
        "replaced 1 byte no encoding decodes with U+FFFD (the first 0xff at byte 39); "
        "dropped 1 control byte (the first 0x00 at byte 38)"
    )
    assert warnings["articles/seed.txt"] == ""
    assert "not a JSON record" in errors[f"{corpus[1]}:3"]
    assert errors[f"{corpus[2].parent.name}/missing.txt"].endswith("No such file or directory")


def test_tallies_carry_their_article_and_metadata(corpus, tmp_path):
    run(corpus, tmp_path / "out")
    tallies = pd.read_parquet(tmp_path / "out" / "tallies.parquet")
    seed = tallies[tallies.article == "articles/seed.txt"]
    assert seed["count"].tolist()[:4] == [1, 10000, 1, 10000]
    assert seed[seed["count"] == 43].period_start.tolist() == ["2023-01-01"]  # from .meta.json
    page = tallies[tallies.article == "articles/page.html"]
    assert page[["event", "count", "location"]].values.tolist() == [["detained", 12, "Syria"]]
    assert tallies[tallies.article == "r1"]["count"].tolist() == [5]


def test_jobs_and_dask_give_the_same_tables(corpus, tmp_path):
    single = read((tmp_path / "one", run(corpus, tmp_path / "one"))[0])
    several = read((tmp_path / "two", run(corpus, tmp_path / "two", jobs=2))[0])
    dask = read((tmp_path / "dask", run(corpus, tmp_path / "dask", dask="local"))[0])
    for table in single:
        pd.testing.assert_frame_equal(single[table], several[table])
        pd.testing.assert_frame_equal(single[table], dask[table])


def test_documents_are_listed_in_a_stable_order(corpus):
    assert [d.id for d in documents(corpus)] == [
        "articles/empty.txt",
        "articles/image.txt",
        "articles/page.html",
        "articles/seed.txt",
        "articles/stray.txt",
        "r1",
        "r2",
        f"{corpus[1]}:3",
        f"{corpus[2].parent.name}/missing.txt",
    ]


@pytest.mark.parametrize("pieces", [1, 3, 8, 100])
def test_partitions_cut_the_corpus_in_order_and_lose_nothing(corpus, pieces):
    cut = partitions(corpus, pieces)
    assert len(cut) >= min(pieces, 3)
    ids = [d.id for partition in cut for d in partition.documents()]
    assert ids == [d.id for d in documents(corpus)]


def test_the_documents_table_keeps_what_a_record_says_of_its_article(tmp_path):
    if not ANT.exists():
        pytest.skip(f"ANT corpus not found at {ANT}")
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        record = json.loads(next(lines))
    packed = tmp_path / "one.jsonl.gz"
    packed.write_bytes(gzip.compress((json.dumps(record, ensure_ascii=False) + "\n").encode()))
    run([packed], tmp_path / "out")
    (row,) = pd.read_parquet(tmp_path / "out" / "documents.parquet").to_dict("records")
    fields = ("source", "category", "url", "published", "title", "text")
    assert row == {"article": record["id"]} | {f: record[f] for f in fields}


def test_gzipped_jsonl_is_read_like_plain_jsonl(corpus, tmp_path):
    packed = tmp_path / "records.jsonl.gz"
    packed.write_bytes(gzip.compress(corpus[1].read_bytes()))
    plain, gzipped = list(documents([corpus[1]])), list(documents([packed]))
    assert [(d.id, d.text) for d in plain][:2] == [(d.id, d.text) for d in gzipped][:2]
    assert [d.error is None for d in gzipped] == [True, True, False]
    assert [len(list(p.documents())) for p in partitions([packed], 2)] == [2, 1]


def test_reports_are_one_page_per_article(tmp_path):
    from newstally.book.reports import build

    written = build(tmp_path, [SEED])
    assert [p.name for p in written] == ["article-000-e7f41f3c86338498.ipynb"]
    import nbformat

    notebook = nbformat.read(written[0], as_version=4)
    assert notebook.cells[0].source.startswith("# seeds/000_e7f41f3c86338498.txt")
    assert "{doc}`article-000-e7f41f3c86338498`" in (tmp_path / "index.md").read_text()


def test_press_pages_are_the_articles_with_the_most_findings_not_ok(tmp_path):
    import nbformat

    from newstally.book.reports import build_press

    title = 'عمليات <script>alert("x")</script>'
    record = {"source": "SkyNews", "published": "2023-02-15", "url": None, "title": title}
    parts = "نفذت القوات 12 عملية (5 في سوريا و4 في العراق)."  # parts that do not add up
    records = tmp_path / "press.jsonl"
    lines = [
        json.dumps(record | {"id": "seed-1", "text": SEED.read_text(encoding="utf-8")}),
        json.dumps(record | {"id": "parts-1", "text": parts}),
        json.dumps(record | {"id": "parts-2", "text": parts}),  # the same story filed twice
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run([records], tmp_path / "tables")
    written = build_press(tmp_path / "tables", tmp_path / "press", count=2)
    # the seed's findings are all ok; the copy of the same story is left out
    assert [p.name for p in written] == ["article-parts-1.ipynb"]
    header = nbformat.read(written[0], as_version=4).cells[0].source
    assert "&lt;script&gt;" in header and "<script>" not in header and "no link" in header
    assert (tmp_path / "press" / "texts" / "parts-1.txt").read_text(encoding="utf-8") == parts


RUN_SLOWLY = """
import sys
from newstally.corpus.run import process, run
print(run([sys.argv[1]], sys.argv[2], flush_rows=50))
"""


def test_a_killed_run_leaves_the_old_output_and_the_next_run_resumes(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    records = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"id": f"a{i:05d}", "text": f"قتل {i % 90 + 2} مدنيين في بغداد."})
        for i in range(3000)
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    run([empty], out)  # a previous, complete (empty) output
    before = pd.read_parquet(out / "manifest.parquet")

    process = subprocess.Popen([sys.executable, "-c", RUN_SLOWLY, str(records), str(out)])
    parts = tmp_path / ".out.partial" / "parts"
    deadline = time.time() + 120
    while len(list(parts.glob("manifest-*.parquet"))) < 3 and time.time() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(list(parts.glob("manifest-*.parquet"))) >= 3  # it was killed midway
    pd.testing.assert_frame_equal(pd.read_parquet(out / "manifest.parquet"), before)

    counts = run([records], out, flush_rows=50)
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert 0 < counts["resumed"] < 3000
    assert len(manifest) == manifest.id.nunique() == 3000
    assert (manifest.status == "ok").all()
    assert not (tmp_path / ".out.partial").exists()


def test_documents_analyzed_together_give_what_each_gives_alone(monkeypatch):
    from newstally.extract import analysis

    real = analysis.extract_tallies

    def breaks_on_one_article(normalized, published, entities):
        if "انكسر" in normalized.text:
            raise RuntimeError("a bug met on this article")
        return real(normalized, published, entities)

    monkeypatch.setattr(analysis, "extract_tallies", breaks_on_one_article)
    docs = [
        Document("a", "a", text="قتل 5 مدنيين في بغداد.", published="2020-01-02"),
        Document("b", "b", text="انكسر 3 أشخاص"),
        Document("c", "c", text="أعلنت قسد اعتقال 12 عنصرا من داعش في الحسكة."),
        Document("d", "d", error="d: not a JSON record"),
        Document("e", "e", text="قتل 2", published="not a date"),
    ]
    together = process(docs)
    status = [(r["manifest"][0]["status"], r["manifest"][0]["error"]) for r in together]
    assert status == [
        ("ok", None),
        ("error", "b: RuntimeError: a bug met on this article"),
        ("ok", None),
        ("error", "d: not a JSON record"),
        ("error", status[4][1]),
    ]
    assert "not a date" in status[4][1]
    assert [len(r["tallies"]) for r in together] == [1, 0, 1, 0, 0]
    assert together == [process([d])[0] for d in docs]


def test_a_file_with_a_bad_date_keeps_its_encoding_in_the_manifest(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("قتل 5 مدنيين في بغداد.", encoding="utf-8")
    (row,) = process([Document("a", str(path), published="15/02/2023")])[0]["manifest"]
    assert (row["status"], row["encoding"]) == ("error", "utf-8")
    assert "15/02/2023" in row["error"]


def test_a_run_does_not_resume_the_parts_of_another_version(tmp_path):
    # parts left by a run of other code or data are done again, not merged with the new ones
    records = tmp_path / "few.jsonl"
    records.write_text(json.dumps({"id": "a1", "text": "قتل 5 مدنيين في بغداد."}) + "\n")
    out = tmp_path / "out"
    staging = tmp_path / ".out.partial"
    (staging / "parts").mkdir(parents=True)
    (staging / "parts" / "done-0.txt").write_text("a1\n")  # a1 done by another version
    (staging / "version.txt").write_text("another version")
    counts = run([records], out)
    assert counts["resumed"] == 0
    tallies = pd.read_parquet(out / "tallies.parquet")
    assert list(tallies["count"]) == [5]
