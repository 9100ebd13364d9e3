"""A statistical named-entity tagger (PERS, LOC, ORG, MISC) for the names no list knows.

A linear-chain CRF (CRFsuite through python-crfsuite) over features of each token and its
neighbours: the normalized word, its stem without Arabic clitics, prefixes and suffixes and its
shape; optionally (`gazetteer=True`, measured in the ablation, off by default since it did not
help) whether the gazetteer knows the word. It is trained on ANERcorp's training split, with the
end of the split held out as a development set, and on the Wojood sample mapped to the same four
types.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .conll import read_conll, tag_spans
from .gazetteer import load_gazetteer
from .paths import DATA, SHARED_DATA
from .text import normalize

MODELS = DATA / "models"
MODEL_PATH = MODELS / "ner.crfsuite"
SCORES_PATH = MODELS / "ner_scores.json"
TYPES = ("PERS", "LOC", "ORG", "MISC")
# Wojood's 21 types, mapped to ANERcorp's four; the rest are not names (DATE, CARDINAL, ...).
WOJOOD_TYPES = {
    "PERS": "PERS",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "CURR": "MISC",
}
DEV_SHARE = 0.1  # the last tenth of ANERcorp's training sentences is the development split
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")


def token_features(words: list[str], gazetteer: bool = False) -> list[dict[str, float | str]]:
    """The CRF features of every token of a sentence (raw tokens as the corpus splits them)."""
    normalized = [_normalized(w) for w in words]
    known = _gazetteer_marks(normalized) if gazetteer else ["-"] * len(words)
    stems = [_stem(w) for w in normalized]
    features = []
    for i, word in enumerate(normalized):
        stem = stems[i]
        feature: dict[str, float | str] = {
            "bias": 1.0,
            "w": word,
            "stem": stem,
            "p2": stem[:2],
            "p3": stem[:3],
            "s2": word[-2:],
            "s3": word[-3:],
            "len": str(min(len(stem), 8)),
            "shape": _shape(words[i]),
            "gaz": known[i],
            "al": str(word.startswith(("ال", "وال", "بال", "لل"))),
        }
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(normalized):
                feature[f"{offset}:w"] = normalized[j]
                feature[f"{offset}:stem"] = stems[j]
                feature[f"{offset}:gaz"] = known[j]
            else:
                feature[f"{offset}:w"] = "<s>" if j < 0 else "</s>"
        if i > 0:
            feature["-1:w|w"] = f"{normalized[i - 1]}|{word}"
        if i + 1 < len(normalized):
            feature["w|+1:w"] = f"{word}|{normalized[i + 1]}"
        features.append(feature)
    return features


def train(
    corpus: Path = SHARED_DATA / "anercorp" / "train.txt",
    extra: Iterable[Path] = (
        SHARED_DATA / "wojood_sample" / "train.txt",
        SHARED_DATA / "wojood_sample" / "val.txt",
    ),
    model_path: Path = MODEL_PATH,
    scores_path: Path = SCORES_PATH,
    c1: float = 0.1,
    c2: float = 0.001,
    iterations: int = 300,
    gazetteer: bool = False,
) -> dict:
    """Train the CRF, score it on the development split and write the model and its scores."""
    import pycrfsuite

    sentences = read_conll(corpus)
    cut = int(len(sentences) * (1 - DEV_SHARE))
    training, development = sentences[:cut], sentences[cut:]
    for path in extra:
        training += [_wojood_tags(s) for s in read_conll(path)]
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in training:
        words, tags = zip(*sentence, strict=True)
        trainer.append(token_features(list(words), gazetteer), list(tags))
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    seconds = time.perf_counter() - started
    _tagger.cache_clear()
    scores = evaluate_sentences(development, model_path, gazetteer)
    scores.update(
        training_sentences=len(training),
        development_sentences=len(development),
        training_seconds=round(seconds, 1),
        params={"c1": c1, "c2": c2, "max_iterations": iterations, "gazetteer": gazetteer},
    )
    scores_path.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return scores


def tag(words: list[str], model_path: Path = MODEL_PATH, gazetteer: bool = False) -> list[str]:
    """IOB2 tags for one sentence's tokens."""
    if not words:
        return []
    return _tagger(str(model_path)).tag(token_features(words, gazetteer))


def evaluate_sentences(
    sentences: list[list[tuple[str, str]]], model_path: Path = MODEL_PATH, gazetteer: bool = False
) -> dict:
    """Entity-level precision, recall and F1 (exact spans, seqeval) per type and overall."""
    from seqeval.metrics import classification_report

    gold = [[t for _, t in s] for s in sentences]
    predicted = [tag([w for w, _ in s], model_path, gazetteer) for s in sentences]
    report = classification_report(gold, predicted, output_dict=True, zero_division=0)
    keys = [*TYPES, "micro avg"]
    return {
        ("overall" if key == "micro avg" else key): {
            "precision": round(100 * report[key]["precision"], 2),
            "recall": round(100 * report[key]["recall"], 2),
            "f1": round(100 * report[key]["f1-score"], 2),
            "support": int(report[key]["support"]),
        }
        for key in keys
        if key in report
    }


def spans(words: list[str], model_path: Path = MODEL_PATH) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of each name the tagger finds in a sentence."""
    return tag_spans(tag(words, model_path))


@lru_cache(maxsize=2)
def _tagger(model_path: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    return tagger


def _wojood_tags(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mapped = []
    for word, tag_ in sentence:
        prefix, _, kind = tag_.partition("-")
        kind = WOJOOD_TYPES.get(kind)
        mapped.append((word, f"{prefix}-{kind}" if kind else "O"))
    return _repair_iob(mapped)


def _repair_iob(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An I- tag after O or another type becomes B- (a type mapped away can leave one)."""
    repaired, previous = [], "O"
    for word, tag_ in sentence:
        if tag_.startswith("I-") and previous[2:] != tag_[2:]:
            tag_ = "B-" + tag_[2:]
        repaired.append((word, tag_))
        previous = tag_
    return repaired


@lru_cache(maxsize=200_000)
def _normalized(word: str) -> str:
    return normalize(word).text or word


def _stem(word: str) -> str:
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word


def _shape(word: str) -> str:
    if _DIGIT_RE.search(word):
        return "digit"
    if _LATIN_RE.search(word):
        return "Latin-cap" if word[:1].isupper() else "latin"
    if not any(c.isalpha() for c in word):
        return "punct"
    return "arabic"


@lru_cache(maxsize=1)
def _gazetteer_words() -> dict[str, str]:
    """Every word of a gazetteer alias, with the label of the entries it names (LOC, ORG, ...)."""
    words: dict[str, set[str]] = {}
    for entry in load_gazetteer().entries.values():
        for alias in entry.aliases:
            for word in normalize(alias).text.split():
                words.setdefault(_stem(word), set()).add(entry.label)
    return {word: "+".join(sorted(labels)) for word, labels in words.items()}


def _gazetteer_marks(words: list[str]) -> list[str]:
    known = _gazetteer_words()
    return [known.get(_stem(w), "-") for w in words]


def ablation(work_dir: Path) -> list[tuple[str, dict]]:
    """Development scores of the tagger with and without each idea, trained in `work_dir`."""
    variants = [
        ("CRF, ANERcorp only", {"extra": ()}),
        ("+ Wojood sample", {}),
        ("+ Wojood + gazetteer features", {"gazetteer": True}),
    ]
    results = []
    for name, options in variants:
        slug = re.sub(r"\W+", "-", name).strip("-")
        scores = train(
            model_path=work_dir / f"{slug}.crfsuite",
            scores_path=work_dir / f"{slug}.json",
            **options,
        )
        results.append((name, scores))
    return results
