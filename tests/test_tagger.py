"""The trained tagger: the committed model tags real sentences, and `eval ner` scores a file."""

import json
import subprocess
import sys

from newstally.tagger import MODEL_PATH, SCORES_PATH, spans, token_features

from .conftest import ROOT


def test_the_committed_model_finds_the_seeds_person():
    words = "أعلن الجيش الأميركي مقتل القيادي إبراهيم القحطاني ، المسؤول عن الهجمات".split()
    assert (5, 7, "PERS") in spans(words)


def test_features_see_the_stem_behind_clitics():
    features = token_features(["وبغداد", "والعراق"])
    assert features[1]["stem"] == "عراق" and features[0]["1:w"] == "والعراق"


def test_committed_scores_describe_the_committed_model():
    scores = json.loads(SCORES_PATH.read_text(encoding="utf-8"))
    assert MODEL_PATH.exists()
    assert scores["development_sentences"] == 398
    assert set(scores) >= {"PERS", "LOC", "ORG", "MISC", "overall"}
    assert 0 < scores["overall"]["f1"] <= 100


def test_eval_ner_prints_scores_for_a_conll_file(tmp_path):
    conll = tmp_path / "tiny.txt"
    conll.write_text(
        "قال O\nإبراهيم B-PERS\nالقحطاني I-PERS\nفي O\nسوريا B-LOC\n. O\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "newstally", "eval", "ner", str(conll)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("1 sentences, 6 tokens")
    assert any(line.startswith("overall ") for line in lines)
