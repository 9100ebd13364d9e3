"""A statistical named-entity tagger (PERS, LOC, ORG, MISC) for the names no list knows.

Two models vote: a linear-chain CRF (CRFsuite through python-crfsuite) over features of each
token and its neighbours (the normalized word, its stem without Arabic clitics, prefixes and
suffixes, shape), and a character-aware BiLSTM-CRF in torch (`newstally.neural`). Their
per-token tag probabilities are averaged, the probability of "no name" (O) is scaled down by
`O_WEIGHT` (both models are precise but miss names), and a Viterbi pass that allows only valid
IOB2 sequences decodes the result. Both are trained on ANERcorp's training split, the end of
which is held out as a development split, and on the Wojood sample mapped to the same four types.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from .conll import read_conll, tag_spans
from .paths import DATA, SHARED_DATA
from .text import normalize

MODELS = DATA / "models"
MODEL_PATH = MODELS / "ner.crfsuite"
NEURAL_PATH = MODELS / "ner_bilstm.pt"
SCORES_PATH = MODELS / "ner_scores.json"
TYPES = ("PERS", "LOC", "ORG", "MISC")
TAGS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BI"))
# P(O) is multiplied by this before decoding; 0.5 was the best of 1, 0.7, 0.5, 0.35 and 0.25
# on the development split (precision 81 / recall 59 at 1).
O_WEIGHT = 0.5
MAX_TOKENS = 500  # longer "sentences" (a list of numbers, a run-on page) are tagged in windows
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


def token_features(words: list[str]) -> list[dict[str, float | str]]:
    """The CRF features of every token of a sentence (raw tokens as the corpus splits them)."""
    normalized = [normalized_word(w) for w in words]
    stems = [stem(w) for w in normalized]
    features = []
    for i, word in enumerate(normalized):
        feature: dict[str, float | str] = {
            "bias": 1.0,
            "w": word,
            "stem": stems[i],
            "p2": stems[i][:2],
            "p3": stems[i][:3],
            "s2": word[-2:],
            "s3": word[-3:],
            "len": str(min(len(stems[i]), 8)),
            "shape": shape(words[i]),
            "al": str(word.startswith(("ال", "وال", "بال", "لل"))),
        }
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(normalized):
                feature[f"{offset}:w"] = normalized[j]
                feature[f"{offset}:stem"] = stems[j]
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
    neural_path: Path | None = NEURAL_PATH,
    scores_path: Path = SCORES_PATH,
    c1: float = 0.1,
    c2: float = 0.001,
    iterations: int = 300,
    epochs: int = 40,
) -> dict:
    """Train the CRF, then (unless `neural_path` is None) the BiLSTM-CRF, keeping the epoch whose
    vote with the CRF scores best on the development split; write the models and their scores."""
    import pycrfsuite

    training, development = split(read_conll(corpus))
    for path in extra:
        training += [_wojood_tags(s) for s in read_conll(path)]
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in training:
        words, tags = zip(*sentence, strict=True)
        trainer.append(token_features(list(words)), list(tags))
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    _tagger.cache_clear()
    crf_seconds = time.perf_counter() - started
    params: dict = {"c1": c1, "c2": c2, "max_iterations": iterations}
    if neural_path is not None:
        from . import neural

        gold = [[t for _, t in s] for s in development]
        crf = [crf_probabilities([w for w, _ in s], model_path) for s in development]

        def ensemble_f1(probabilities: list[np.ndarray]) -> float:
            predicted = [decode((a + b) / 2) for a, b in zip(crf, probabilities, strict=True)]
            return _scores(gold, predicted)["overall"]["f1"]

        params |= neural.train(training, development, neural_path, ensemble_f1, epochs)
    scores = evaluate_sentences(development, model_path, neural_path)
    scores.update(
        training_sentences=len(training),
        development_sentences=len(development),
        training_seconds=round(time.perf_counter() - started, 1),
        crf_training_seconds=round(crf_seconds, 1),
        params=params | {"o_weight": O_WEIGHT},
    )
    scores_path.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return scores


def split(sentences: list) -> tuple[list, list]:
    """Training and development sentences: the development split is the last `DEV_SHARE`."""
    cut = int(len(sentences) * (1 - DEV_SHARE))
    return sentences[:cut], sentences[cut:]


def tag(words: list[str]) -> list[str]:
    """IOB2 tags for one sentence's tokens."""
    return tag_sentences([words])[0]


def tag_sentences(
    sentences: list[list[str]],
    model_path: Path | None = MODEL_PATH,
    neural_path: Path | None = NEURAL_PATH,
    o_weight: float = O_WEIGHT,
) -> list[list[str]]:
    """IOB2 tags for many sentences at once (the neural model reads them in batches)."""
    return [decode(p, o_weight) for p in probabilities(sentences, model_path, neural_path)]


def probabilities(
    sentences: list[list[str]],
    model_path: Path | None = MODEL_PATH,
    neural_path: Path | None = NEURAL_PATH,
) -> list[np.ndarray]:
    """Per-token probabilities of each tag (tokens x TAGS): the mean of the models given.

    A sentence longer than `MAX_TOKENS` (no real one is) is read in windows of that length."""
    windows = [
        words[i : i + MAX_TOKENS] for words in sentences for i in range(0, len(words), MAX_TOKENS)
    ]
    votes = []
    if model_path is not None:
        votes.append([crf_probabilities(words, model_path) for words in windows])
    if neural_path is not None:
        from . import neural

        votes.append(neural.probabilities(neural.load(neural_path), windows))
    mean = iter([sum(p) / len(p) for p in zip(*votes, strict=True)])
    empty = np.zeros((0, len(TAGS)))
    return [
        np.concatenate([next(mean) for _ in range(0, len(words), MAX_TOKENS)] or [empty])
        for words in sentences
    ]


def crf_probabilities(words: list[str], model_path: Path = MODEL_PATH) -> np.ndarray:
    """The CRF's marginal probability of each tag at each token."""
    if not words:
        return np.zeros((0, len(TAGS)))
    tagger = _tagger(str(model_path))
    tagger.set(token_features(words))
    return np.array([[tagger.marginal(t, i) for t in TAGS] for i in range(len(words))])


def decode(probabilities: np.ndarray, o_weight: float = O_WEIGHT) -> list[str]:
    """The most probable valid IOB2 sequence (I-X only after B-X or I-X), with P(O) scaled."""
    if not len(probabilities):
        return []
    scores = np.log(probabilities * _o_scale(o_weight) + 1e-12)
    best = scores[0] + _START
    back = []
    for row in scores[1:]:
        candidates = best[:, None] + _TRANSITIONS
        back.append(candidates.argmax(0))
        best = candidates.max(0) + row
    path = [int(best.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return [TAGS[i] for i in reversed(path)]


def evaluate_sentences(
    sentences: list[list[tuple[str, str]]],
    model_path: Path | None = MODEL_PATH,
    neural_path: Path | None = NEURAL_PATH,
    o_weight: float = O_WEIGHT,
) -> dict:
    """Entity-level precision, recall and F1 (exact spans, seqeval) per type and overall."""
    gold = [[t for _, t in s] for s in sentences]
    words = [[w for w, _ in s] for s in sentences]
    return _scores(gold, tag_sentences(words, model_path, neural_path, o_weight))


def spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of each name the tagger finds in a sentence."""
    return tag_spans(tag(words))


def ablation(
    work_dir: Path, models: tuple[Path, Path] = (MODEL_PATH, NEURAL_PATH)
) -> list[tuple[str, dict]]:
    """Development scores of each idea: a CRF trained in `work_dir` on ANERcorp alone, then the
    committed models (trained with the Wojood sample) alone and voting, with and without O_WEIGHT."""
    _, development = split(read_conll(SHARED_DATA / "anercorp" / "train.txt"))
    crf, bilstm = models
    alone = work_dir / "anercorp.crfsuite"
    train(extra=(), model_path=alone, neural_path=None, scores_path=work_dir / "anercorp.json")
    return [
        ("CRF, ANERcorp only", evaluate_sentences(development, alone, None, 1.0)),
        ("CRF + Wojood sample", evaluate_sentences(development, crf, None, 1.0)),
        ("BiLSTM-CRF (+ Wojood)", evaluate_sentences(development, None, bilstm, 1.0)),
        ("CRF and BiLSTM-CRF voting", evaluate_sentences(development, crf, bilstm, 1.0)),
        (f"voting, P(O) x {O_WEIGHT}", evaluate_sentences(development, crf, bilstm)),
    ]


@lru_cache(maxsize=2)
def _tagger(model_path: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    return tagger


def _scores(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    from seqeval.metrics import classification_report

    report = classification_report(gold, predicted, output_dict=True, zero_division=0)
    return {
        ("overall" if key == "micro avg" else key): {
            "precision": round(100 * report[key]["precision"], 2),
            "recall": round(100 * report[key]["recall"], 2),
            "f1": round(100 * report[key]["f1-score"], 2),
            "support": int(report[key]["support"]),
        }
        for key in [*TYPES, "micro avg"]
        if key in report
    }


@lru_cache(maxsize=8)
def _o_scale(o_weight: float) -> np.ndarray:
    return np.array([o_weight if t == "O" else 1.0 for t in TAGS])


# I-X may only follow B-X or I-X, and a sentence may not start with I-X.
_TRANSITIONS = np.array(
    [[0.0 if not (b.startswith("I-") and a[2:] != b[2:]) else -np.inf for b in TAGS] for a in TAGS]
)
_START = np.array([-np.inf if t.startswith("I-") else 0.0 for t in TAGS])


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
def normalized_word(word: str) -> str:
    """A token as the models see it: `newstally.normalize` with every step."""
    return normalize(word).text or word


def stem(word: str) -> str:
    """A normalized word without its proclitics (و ف ب ل ك ال), if three letters are left."""
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word


def shape(word: str) -> str:
    """digit, Latin-cap, latin, punct or arabic."""
    if _DIGIT_RE.search(word):
        return "digit"
    if _LATIN_RE.search(word):
        return "Latin-cap" if word[:1].isupper() else "latin"
    if not any(c.isalpha() for c in word):
        return "punct"
    return "arabic"
