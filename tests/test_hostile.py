"""Hostile and messy input: nothing crashes, nothing is lost, every error is clear."""

import time

import papermill
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstally import analyze, normalize, read_article
from newstally.book.parameters import ParameterError, article_parameters
from newstally.errors import ArticleError
from newstally.records import (
    ENTITY_SOURCES,
    EVENTS,
    FINDING_KINDS,
    LABELS,
    PRECISIONS,
    QUALIFIERS,
    STATUSES,
)

from .conftest import ROOT, SEED

PATHOLOGICAL = {
    "kashidas": "ـ" * 200_000,
    "digits": "1" * 200_000,
    "spaced digits": "1 " * 100_000,
    "diacritics": "\u064e" * 200_000,
    "waw clitics": "و" * 200_000,
    "waw words": "وو " * 70_000,
    "one 1 MB word": "داعش" * 250_000,
    "censored dots": "داعـ.ـ" * 40_000,
    "mixed diacritics": "ب" + "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652" * 25_000,
    "marks and tatweel": "ب" + "\u0651ـ\u064e" * 50_000,
    "bidi controls": "\u200f\u202b\u2067\u200e\u202a\u2066\u202c\u2069" * 25_000,
    "latin marks": "a" + "\u0301\u0316\u0327" * 50_000,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_text_is_analyzed(name):
    text = PATHOLOGICAL[name]
    analysis = analyze(text, "2023-01-01")
    assert all(text[t.start : t.end] == t.evidence for t in analysis.tallies)


def test_a_letter_under_400_kb_of_mixed_diacritics_is_analyzed_in_linear_time():
    text = PATHOLOGICAL["mixed diacritics"]
    assert len(text.encode("utf-8")) == 400_002
    started = time.perf_counter()
    analysis = analyze(text, "2023-01-01")
    # generous: quadratic NFKC took minutes; benchmarks/bench_scaling.py has the real figure
    assert time.perf_counter() - started < 30
    assert analysis.normalized.text == "ب"
    assert analysis.normalized.raw_slice(0, 1) == text


def test_a_flood_of_marks_is_normalized_in_pieces_each_mapped_near_its_source():
    flood = "a" + "\u0301\u0316" * 3000
    normalized = normalize(flood, ["unicode"])
    assert normalized.text[0] == "á"  # a + U+0301 composed, as NFKC does
    assert sorted(normalized.text[1:]) == sorted("\u0301" * 2999 + "\u0316" * 3000)
    widths = normalized.ends - normalized.starts
    assert widths.max() <= 120  # not the whole flood for every mark: tokens stay short


def test_many_counts_in_one_sentence_all_become_rows():
    analysis = analyze("قتل 5 " * 20_000, "2023-01-01")
    assert len(analysis.tallies) == 20_000
    assert {t.count for t in analysis.tallies} == {5}


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_line_ends_all_split_sentences(seed_text, ending):
    text = seed_text.replace("\n", ending)
    analysis = analyze(text, "2023-02-15")
    assert len(analysis.normalized.sentences) == 16
    assert [t.count for t in analysis.tallies if t.event == "operations"] == [43, 10, 33]


@pytest.mark.parametrize("encoding", ["cp1256", "latin-1"])
def test_utf8_arabic_read_in_another_encoding_is_repaired(tmp_path, encoding):
    arabic = "وقتل 5 مدنيين في بغداد واعتقل 12 شخصا."
    broken = arabic.encode("utf-8").decode(encoding)  # what a wrong reader saved
    path = tmp_path / "mojibake.txt"
    path.write_text(broken, encoding="utf-8")
    article = read_article(path)
    assert article.text == arabic
    assert article.encoding.startswith("utf-8, repaired from")


def test_html_pages_keep_their_text_and_drop_scripts(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><style>p{}</style><script>قتل 99</script></head>"
        "<body><h1>عنوان</h1><p>اعتقل 12 شخصا في بغداد.</p></body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.text == "عنوان\nاعتقل 12 شخصا في بغداد."
    assert [t.count for t in analyze(article.text).tallies] == [12]


PIECES = (
    list("ابتثجحخدسشعغفقكلمنهويةىأإآ ٠١٢٣456789.,،؛:()«»\"'-+/\n\r\t")
    + ["قتل", "اعتقال", "عنصرا", "في", "سوريا", "العراق", "أكثر من", "لم", "عن", "إصابة"]
    + ["killed", "detained", "two", "ISIS", "in", "Syria", "at least", "no", "were", "the"]
    + ["ـ", "\u064e", "\u200f", "\ufeff", "<script>", "&amp;", "\x00", " "]
)
ARABIC_AND_NOISE = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def check_invariants(text: str) -> None:
    analysis = analyze(text, "2023-02-15")
    normalized = analysis.normalized.text
    assert analyze(normalized, "2023-02-15").normalized.text == normalized  # idempotent
    for entity in analysis.entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.label in LABELS and entity.source in ENTITY_SOURCES
        assert entity.precision is None or entity.precision in PRECISIONS
    ids = [tally.id for tally in analysis.tallies]
    assert len(set(ids)) == len(ids)
    for tally in analysis.tallies:
        assert text[tally.start : tally.end] == tally.evidence
        assert tally.count is None or (isinstance(tally.count, int) and tally.count >= 0)
        assert tally.event in EVENTS and tally.qualifier in QUALIFIERS
        if tally.part_of is not None:
            assert tally.part_of in ids and tally.part_of != tally.id
    for finding in analysis.findings:
        assert finding.status in STATUSES and finding.kind in FINDING_KINDS
        assert set(finding.tallies) <= set(ids)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABIC_AND_NOISE | st.text(max_size=80))
def test_analyze_never_raises_and_offsets_hold(text):
    check_invariants(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutations_of_the_seed_keep_every_invariant(seed_text, data):
    start = data.draw(st.integers(0, len(seed_text)))
    end = data.draw(st.integers(start, min(len(seed_text), start + 200)))
    insert = data.draw(ARABIC_AND_NOISE)
    check_invariants(seed_text[:start] + insert + seed_text[end:])


@pytest.mark.parametrize(
    "parameters, sentence",
    [
        ({"article_path": "nowhere.txt"}, "article_path 'nowhere.txt' is not a file."),
        ({"published": "15/02/2023"}, "published '15/02/2023' is not a date written YYYY-MM-DD"),
        ({"skip_steps": ["stemming"]}, "skip_steps names unknown step(s) stemming"),
    ],
)
def test_bad_parameters_stop_with_one_sentence(parameters, sentence):
    arguments = {"article_path": str(SEED), "published": "2023-02-15", "skip_steps": []}
    with pytest.raises(ParameterError) as error:
        article_parameters(**(arguments | parameters))
    assert str(error.value).startswith(sentence)


def test_a_notebook_run_with_a_bad_date_says_so(tmp_path):
    with pytest.raises(papermill.PapermillExecutionError) as error:
        papermill.execute_notebook(
            ROOT / "notebooks" / "03_tallies.ipynb",
            tmp_path / "out.ipynb",
            parameters={"article_path": str(SEED), "published": "yesterday"},
            cwd=str(ROOT / "notebooks"),
            progress_bar=False,
        )
    assert error.value.ename == "ParameterError"
    assert error.value.evalue == (
        "published 'yesterday' is not a date written YYYY-MM-DD, e.g. 2023-02-15."
    )


def test_unreadable_input_is_one_clear_error(tmp_path):
    folder = tmp_path / "gone"
    with pytest.raises(ArticleError, match="No such file or directory"):
        read_article(folder / "vanished.txt")


def test_a_file_larger_than_any_article_is_refused_by_size(tmp_path, monkeypatch):
    from newstally.text import reader

    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    path = tmp_path / "dump.txt"
    path.write_text("قتل 5 " * 500, encoding="utf-8")
    with pytest.raises(
        ArticleError, match=r"too large to be an article \(0 MB; the limit is 0 MB\)"
    ):
        read_article(path)


def test_a_ten_megabyte_article_is_read_and_analyzed(tmp_path, seed_text):
    path = tmp_path / "long.txt"
    path.write_text((seed_text + "\n") * 4800, encoding="utf-8")  # about 10 MB
    article = read_article(path)
    assert len(article.text.encode("utf-8")) > 9_000_000
    analysis = analyze(article.text, "2023-02-15")
    assert sum(t.count == 43 for t in analysis.tallies) == 4800
