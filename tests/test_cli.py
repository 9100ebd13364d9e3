"""`python -m newstally normalize`: output on the seed, one-line errors and exit code 2."""

import json
import subprocess
import sys

import pytest

from newstally.records import Tally

from .conftest import SEED


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newstally", *args], capture_output=True, text=True, timeout=120
    )


def test_normalize_prints_the_normalized_seed():
    result = run("normalize", str(SEED))
    assert result.returncode == 0
    assert result.stdout.startswith('اعلن الجيش الاميركي مقتل القيادي في "تنظيم الدوله"')


def test_sentences_are_json_lines_with_language_and_raw_offsets(seed_text):
    result = run("normalize", str(SEED), "--sentences", "--skip", "teh_marbuta")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    tweet = next(r for r in rows if r["text"].startswith("10,000+"))
    assert tweet["lang"] == "en"
    assert seed_text[tweet["start"] : tweet["end"]] == "10,000+ ISIS detainees are held in Syria."
    assert "للقيادة المركزية" in rows[1]["text"]


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02\x03\x04bin", "binary data, not text"),
        ("سنتكوم".encode("cp1256") + b"\xff\xfe\x80", "not UTF-8"),
    ],
)
def test_bad_input_gives_one_line_error_and_exit_code_2(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("normalize", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"newstally: error: {path}: {problem}")
    assert "Traceback" not in result.stderr


def test_entities_prints_json_lines_with_raw_offsets(seed_text):
    result = run("entities", str(SEED), "--published", "2023-02-15")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 54
    assert all(seed_text[r["start"] : r["end"]] == r["text"] for r in rows)
    raid = next(r for r in rows if r["text"] == "10 من شباط الجاري")
    assert (raid["label"], raid["value"], raid["precision"]) == ("DATE", "2023-02-10", "day")


def test_entities_refuses_a_bad_date():
    result = run("entities", str(SEED), "--published", "15/02/2023")
    assert result.returncode == 2
    assert "published '15/02/2023' is not a date written YYYY-MM-DD" in result.stderr


def test_tallies_json_lines_have_exactly_the_contract_fields(seed_text):
    result = run("tallies", str(SEED), "--published", "2023-02-15", "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert list(rows[0]) == list(Tally.__dataclass_fields__)  # the contract, tested as such
    total = next(r for r in rows if r["count"] == 227)
    parts = [(r["count"], r["location"]) for r in rows if r["part_of"] == total["id"]]
    assert parts == [(198, "Syria"), (29, "Iraq")]


def test_tallies_table_ends_with_the_checks():
    result = run("tallies", str(SEED), "--published", "2023-02-15")
    assert result.returncode == 0
    assert "operations 43 = 10 (Syria) + 33 (Iraq): adds up" in result.stdout


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03\x04bin"], ids=["empty", "binary"])
def test_a_refused_file_loads_no_model_torch_or_gazetteer(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    script = (
        "import sys\n"
        "from newstally.cli import main\n"
        "from newstally.extract.gazetteer import load_gazetteer\n"
        f"assert main(['analyze', {str(path)!r}]) == 2\n"
        "print('torch' in sys.modules, 'pycrfsuite' in sys.modules, "
        "load_gazetteer.cache_info().currsize)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout == "False False 0\n"


def test_a_stray_byte_is_a_warning_and_the_article_is_analyzed(tmp_path, seed_text):
    path = tmp_path / "stray.txt"
    path.write_bytes(seed_text.encode("utf-8") + b"\xed\xa0\x80")
    result = run("tallies", str(path), "--published", "2023-02-15", "--json")
    assert result.returncode == 0
    assert result.stderr == (
        f"newstally: warning: {path}: replaced 3 bytes no encoding decodes with U+FFFD "
        "(the first 0xed at byte 3486)\n"
    )
    counts = [json.loads(line)["count"] for line in result.stdout.splitlines()]
    assert 43 in counts
