"""A language model of the news, run in numpy: what the words around a token say of it.

Two LSTMs read each sentence through the words' news vectors (`newstally.ner.embeddings`), one
forwards and one backwards; trained on the ANT corpus to guess the next (or the previous)
word's cluster, their states at a token are a summary of its context as news uses it (after
Peters et al., "Semi-supervised sequence tagging with bidirectional language models", 2017).
The BiLSTM-CRF of the tagger reads them beside its own view of each word, so a name it never saw
in its labelled sentences is still met in a place where names stand. Trained by `python -m
newstally train-embeddings` (`newstally.ner.training.train_news_lm`), after the vectors it reads.
"""

from __future__ import annotations

import hashlib
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ..paths import NEWS_LM
from . import embeddings
from .features import WordRows, normalized_word, stem

WORDS_KEPT = 16_000  # words whose input projection is kept: 2 KB each (64 units), 33 MB at most


def vector_ids(words: list[str]) -> np.ndarray:
    """Each word's row in the news vectors plus one (its stem's when the word is not kept), 0
    for none: the ids the language model reads, as the BiLSTM-CRF looks the vectors up."""
    news = embeddings.load()
    ids = []
    for word in words:
        normalized = normalized_word(word)
        row = news.row(normalized, stem(normalized))
        ids.append(0 if row is None else row + 1)
    return np.array(ids, dtype=np.int64)


def inputs(ids: np.ndarray | None = None) -> np.ndarray:
    """What the model reads of each id (`vector_ids`; every id when none are given): the news
    vector of row id - 1, and a last column set for id 0, "no vector"."""
    vectors = embeddings.load().vectors
    ids = np.arange(len(vectors) + 1) if ids is None else ids
    table = np.zeros((len(ids), vectors.shape[1] + 1), dtype=np.float32)
    known = ids > 0
    table[known, :-1] = vectors[ids[known] - 1]
    table[~known, -1] = 1.0
    return table


def gate_weights(weights: dict[str, np.ndarray]) -> tuple[np.ndarray, ...]:
    """A bidirectional LSTM's torch weights (`lstm.*`) as the compiled LSTM takes them
    (`newstally.ner.kernels.lstm_states`): the input weights (inputs x 8 hidden, forwards then
    backwards), their bias and the recurrent weights (2 x hidden x 4 hidden), torch's gate order
    kept (input, forget, cell, output) and the three sigmoid gates' weights halved, as
    sigmoid(x) = (1 + tanh(x / 2)) / 2. Every matrix is C-contiguous (BLAS is several times
    slower on strided ones)."""
    w = {k: v.astype(np.float32) for k, v in weights.items() if k.startswith("lstm.")}
    directions = ("", "_reverse")
    hidden = w["lstm.weight_hh_l0"].shape[1]
    half = np.repeat(np.array([0.5, 0.5, 1.0, 0.5], dtype=np.float32), hidden)
    inputs = np.concatenate([w[f"lstm.weight_ih_l0{d}"].T * half for d in directions], 1)
    bias = np.concatenate(
        [(w[f"lstm.bias_ih_l0{d}"] + w[f"lstm.bias_hh_l0{d}"]) * half for d in directions]
    )
    recurrent = np.stack([w[f"lstm.weight_hh_l0{d}"].T * half for d in directions])
    return np.ascontiguousarray(inputs), bias, np.ascontiguousarray(recurrent)


class NewsLM:
    """The saved LSTMs' weights (torch's names, `lstm.*`) and their states in numpy."""

    def __init__(self, weights: dict[str, np.ndarray]):
        self.inputs, self.bias, self.recurrent = gate_weights(weights)
        self.hidden = self.recurrent.shape[1]
        self._words = WordRows(WORDS_KEPT)
        self.weights = weights

    @cached_property
    def fingerprint(self) -> str:
        """A digest of the weights: a tagger trained on another model's states can tell."""
        digest = hashlib.sha256()
        for key in sorted(self.weights):
            digest.update(key.encode() + np.ascontiguousarray(self.weights[key]).tobytes())
        return digest.hexdigest()[:16]

    def states(self, words: list[str], starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The forward and backward states at each token (tokens x 2 hidden) of sentences laid
        end to end, longest first, as `newstally.ner.kernels.lstm_states` takes them."""
        from . import kernels

        projected = self._words.rows(
            words, lambda missing: inputs(vector_ids(missing)) @ self.inputs + self.bias
        )
        return kernels.lstm_states(projected, starts, lengths, self.recurrent)

    def sentence_states(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """`states` of each sentence, in the order given."""
        order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
        lengths = np.array([len(sentences[i]) for i in order], dtype=np.int64)
        result: list[np.ndarray] = [np.zeros((0, 2 * self.hidden), np.float32)] * len(sentences)
        if not lengths.sum():
            return result
        flat = self.states(
            [w for i in order for w in sentences[i]], np.cumsum(lengths) - lengths, lengths
        )
        for i, rows in zip(order, np.split(flat, np.cumsum(lengths)[:-1]), strict=True):
            result[i] = rows
        return result


def save(weights: dict[str, np.ndarray], path: Path = NEWS_LM) -> None:
    """The LSTMs' weights (`lstm.*`; the guessing layers are for training only), with the
    fingerprint of the news vectors they read. Single precision (0.9 MB): the tagger was trained
    on the states they give."""
    kept = {k: v.astype(np.float32) for k, v in weights.items() if k.startswith("lstm.")}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        np.savez_compressed(
            out, **kept, **{"embeddings.fingerprint": np.array(embeddings.load().fingerprint)}
        )
    load.cache_clear()


@lru_cache(maxsize=2)
def load(path: Path = NEWS_LM) -> NewsLM:
    """The saved model, read once per process; it must have read the news vectors loaded now."""
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: the news language model is missing; make it with "
            "`python -m newstally train-embeddings`, then `train-ner`"
        )
    with np.load(path) as saved:
        weights = {k: saved[k] for k in saved.files if k.startswith("lstm.")}
        read = str(saved["embeddings.fingerprint"])
    if read != embeddings.load().fingerprint:
        raise ValueError(
            f"{path}: trained on other news embeddings than {embeddings.EMBEDDINGS} "
            "(train it again: `python -m newstally train-embeddings`)"
        )
    return NewsLM(weights)
