"""A statistical named-entity tagger (PERS, LOC, ORG, MISC) for the names no list knows.

Two models vote: a linear-chain CRF (trained with CRFsuite) over features of each token and its
neighbours (the normalized word, its stem without Arabic clitics, prefixes and suffixes, shape, its
clusters in the news embeddings of `newstally.ner.embeddings`), and a character-aware BiLSTM-CRF
that also reads each word's news vector and what a language model of the news makes of its
context (`newstally.ner.news_lm`; trained in torch, `newstally.ner.bilstm`). Both run in
numpy (`newstally.ner.crf`, `newstally.ner.neural`; their step-by-step loops compiled with numba,
`newstally.ner.kernels`), so tagging loads no torch. Their per-token tag probabilities are mixed
(the BiLSTM-CRF's share is `NEURAL_SHARE`), the probability of "no name" (O) is scaled down by
`O_WEIGHT` (both models are precise but miss names), and a Viterbi pass that allows only valid IOB2
sequences decodes the result. Both are trained on ANERcorp's training split, the end of which is
held out as a development split, and on the Wojood sample mapped to the same four types.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from ..paths import BILSTM_MODEL, CRF_MODEL
from . import chain, crf, discourse, neural
from .conll import tag_spans
from .features import TAGS, TYPES

# P(O) is multiplied by this before decoding; 0.5 was the best of 1, 0.7, 0.5, 0.35 and 0.25
# on the development split (precision 81 / recall 59 at 1).
O_WEIGHT = 0.5
# The BiLSTM-CRF's share of the vote, the CRF's the rest. With O_WEIGHT 0.5, on the development
# split: 0.5 73.01, 0.55 73.13, 0.6 73.63, 0.65 74.20, 0.7 72.66. A judgement call: 0.65 scores
# more at three of five O_WEIGHTs but falls to 73.34 at 0.55; 0.6 stays within 73.60 to 73.71
# for O_WEIGHT 0.45 to 0.6 (the model card has the grid).
NEURAL_SHARE = 0.6
MAX_TOKENS = 500  # longer "sentences" (a list of numbers, a run-on page) are tagged in windows


def tag(words: list[str]) -> list[str]:
    """IOB2 tags for one sentence's tokens."""
    return tag_sentences([words])[0]


def tag_sentences(
    sentences: list[list[str]],
    model_path: Path | None = CRF_MODEL,
    neural_path: Path | None = BILSTM_MODEL,
    o_weight: float = O_WEIGHT,
) -> list[list[str]]:
    """IOB2 tags for many sentences at once (the neural model reads them in batches)."""
    return decode_all(probabilities(sentences, model_path, neural_path), o_weight)


def probabilities(
    sentences: list[list[str]],
    model_path: Path | None = CRF_MODEL,
    neural_path: Path | None = BILSTM_MODEL,
) -> list[np.ndarray]:
    """Per-token probabilities of each tag (tokens x TAGS): the models given, mixed (`mixed`).

    A sentence longer than `MAX_TOKENS` (no real one is) is read in windows of that length."""
    windows = [
        words[i : i + MAX_TOKENS] for words in sentences for i in range(0, len(words), MAX_TOKENS)
    ]
    models = [crf.load(str(model_path))] if model_path is not None else []
    models += [neural.load(neural_path)] if neural_path is not None else []
    with _blas().limit(limits=1, user_api="blas"):
        mean = iter(chain.in_batches(lambda batch: _vote(models, batch), windows))
    empty = np.zeros((0, len(TAGS)))
    return [
        np.concatenate([next(mean) for _ in range(0, len(words), MAX_TOKENS)] or [empty])
        for words in sentences
    ]


def _vote(models: list, sentences: list[list[str]]) -> list[np.ndarray]:
    """The models' tag marginals of each sentence, their chains run side by side, mixed."""
    per_model = [m.emissions(sentences) for m in models]
    emissions = [np.stack(scores) for scores in zip(*per_model, strict=True)]
    chains = (np.stack([getattr(m, k) for m in models]) for k in ("transitions", "start", "end"))
    return [mixed(*p) for p in chain.marginals(emissions, *chains)]


def mixed(crf: np.ndarray, neural: np.ndarray | None = None) -> np.ndarray:
    """The vote of the CRF's and the BiLSTM-CRF's tag probabilities (`NEURAL_SHARE`); one
    model's alone when only one is given."""
    return crf if neural is None else (1 - NEURAL_SHARE) * crf + NEURAL_SHARE * neural


def decode(probabilities: np.ndarray, o_weight: float = O_WEIGHT) -> list[str]:
    """The most probable valid IOB2 sequence (I-X only after B-X or I-X), with P(O) scaled."""
    return decode_all([probabilities], o_weight)[0]


def decode_all(probabilities: list[np.ndarray], o_weight: float = O_WEIGHT) -> list[list[str]]:
    """`decode` for many sentences at once. Each token's most probable tag is the answer when
    those tags make a valid sequence (all valid moves score alike), as they nearly always do;
    the other sentences are decoded with Viterbi."""
    paths = [(p * _o_scale(o_weight)).argmax(1) for p in probabilities]
    invalid = [i for i, path in enumerate(paths) if not _valid(path)]
    scores = [np.log(probabilities[i] * _o_scale(o_weight) + 1e-12) for i in invalid]
    decoded = chain.in_batches(lambda batch: chain.best_paths(batch, _TRANSITIONS, _START), scores)
    for i, path in zip(invalid, decoded, strict=True):
        paths[i] = path
    return [[TAGS[i] for i in path] for path in paths]


def _valid(path: np.ndarray) -> bool:
    return not len(path) or (
        _START[path[0]] == 0 and bool((_TRANSITIONS[path[:-1], path[1:]] == 0).all())
    )


def evaluate_sentences(
    sentences: list[list[tuple[str, str]]],
    model_path: Path | None = CRF_MODEL,
    neural_path: Path | None = BILSTM_MODEL,
    o_weight: float = O_WEIGHT,
    window: int | None = discourse.WINDOW,
) -> dict:
    """Entity-level precision, recall and F1 (exact spans, seqeval) per type and overall, the
    tags made consistent across the `window` sentences around each (`discourse`; None: each
    sentence's tags as the models give them)."""
    gold = [[t for _, t in s] for s in sentences]
    words = [[w for w, _ in s] for s in sentences]
    tags = tag_sentences(words, model_path, neural_path, o_weight)
    if window is not None:
        tags = discourse.consistent(words, tags, window)
    return entity_scores(gold, tags)


def spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of each name the tagger finds in a sentence."""
    return tag_spans(tag(words))


def entity_scores(gold: list[list[str]], predicted: list[list[str]]) -> dict:
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


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The BLAS library's thread pool, held to one thread while the models run: their matrices
    are small, and a second thread's spin-waits made a two-process corpus run slower than one
    process (0.59x) on two cores. The compiled LSTM (`newstally.ner.kernels`) multiplies with
    scipy's BLAS, which numba calls: it is loaded first, so that it is held too."""
    import scipy.linalg.cython_blas  # noqa: F401

    return ThreadpoolController()


@lru_cache(maxsize=8)
def _o_scale(o_weight: float) -> np.ndarray:
    return np.array([o_weight if t == "O" else 1.0 for t in TAGS])


# I-X may only follow B-X or I-X, and a sentence may not start with I-X.
_TRANSITIONS = np.array(
    [[0.0 if not (b.startswith("I-") and a[2:] != b[2:]) else -np.inf for b in TAGS] for a in TAGS]
)
_START = np.array([-np.inf if t.startswith("I-") else 0.0 for t in TAGS])
