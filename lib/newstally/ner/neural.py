"""The BiLSTM-CRF of the tagger, run in numpy: tagging needs no torch.

The network is the one `newstally.ner.bilstm` defines and trains in torch: each token seen
through its normalized word, its stem without proclitics, its vector learned from news
(`newstally.ner.embeddings`, fixed in training, so a word the labelled data never had is still
near the words it is used like), its letters (a convolution over character embeddings, so
unseen names still have a shape), its script and the news language model's states at it
(`newstally.ner.news_lm`: what its context says of it); a bidirectional LSTM over the sentence;
tag scores; and a linear-chain CRF, whose per-token marginals (`newstally.ner.chain`, run by the
tagger) are the model's vote. The weights are one `.npz` file
(half precision, computed in single). What a word contributes to the LSTM's gates is kept for
the words met most.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import embeddings, news_lm
from .features import TAGS, WordRows, normalized_word, shape, stem

WORDS_KEPT = 16_000  # words whose input projection is kept: 3.1 KB each (96 units), 49 MB at most
MAX_CHARS = 20  # letters of a word the character convolution sees
SHAPES = ("<pad>", "digit", "Latin-cap", "latin", "punct", "arabic")
IDS = 4  # a token's ids before its letters: word, stem, shape, news vector


@dataclass
class Vocabulary:
    """The words, stems and letters the model has embeddings for (index 1 = unknown).

    Every training word has an embedding; stems and letters need two sightings."""

    words: list[str]
    stems: list[str]
    chars: list[str]

    @classmethod
    def build(cls, sentences: list[list[str]]) -> Vocabulary:
        words = Counter(normalized_word(w) for s in sentences for w in s)
        stems = Counter(stem(w) for w in words.elements())
        chars = Counter(c for w in words for c in w)
        return cls(
            ["<pad>", "<unk>", *sorted(words)],
            ["<pad>", "<unk>", *sorted(w for w, n in stems.items() if n >= 2)],
            ["<pad>", "<unk>", *sorted(c for c, n in chars.items() if n >= 2)],
        )

    def __post_init__(self):
        self._index = [
            {item: i for i, item in enumerate(items)}
            for items in (self.words, self.stems, self.chars)
        ]

    def encode(self, words: list[str]) -> np.ndarray:
        """One row per token: word, stem, shape and news-vector ids, then `MAX_CHARS` letter ids
        (0 = none)."""
        rows = [self.row(w) for w in words]
        return np.stack(rows) if rows else np.zeros((0, IDS + MAX_CHARS), dtype=np.int64)

    def row(self, word: str) -> np.ndarray:
        """A word's ids: word, stem, shape, news vector (1 + its row in the embeddings, else
        its stem's, else 0), then its letters."""
        word_ix, stem_ix, char_ix = self._index
        normalized = normalized_word(word)
        stemmed = stem(normalized)
        news = embeddings.load().row(normalized, stemmed)
        letters = [char_ix.get(c, 1) for c in normalized[:MAX_CHARS]] or [1]
        row = np.zeros(IDS + MAX_CHARS, dtype=np.int64)
        row[:IDS] = (
            word_ix.get(normalized, 1),
            stem_ix.get(stemmed, 1),
            SHAPES.index(shape(word)),
            0 if news is None else 1 + news,
        )
        row[IDS : IDS + len(letters)] = letters
        return row


class NeuralTagger:
    """The saved BiLSTM-CRF's weights and its forward pass in numpy."""

    def __init__(self, vocabulary: Vocabulary, weights: dict[str, np.ndarray]):
        self.vocabulary = vocabulary
        w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.word, self.stem, self.char, self.shape = (
            w[f"{k}.weight"] for k in ("word", "stem", "char", "shape")
        )
        self.news = embeddings.load().vectors  # read in place (id 0, no vector, is masked)
        # the letter convolution (out, in, width) as one matrix over three stacked letters
        # (every matrix is C-contiguous: BLAS is several times slower on strided ones)
        self.letters = w["letters.weight"].transpose(2, 1, 0).reshape(-1, w["letters.bias"].size)
        self.letters_bias = w["letters.bias"]
        inputs, self.input_bias, self.recurrent = news_lm.gate_weights(weights)
        # the last rows read the language model's states, the others the word's own vectors
        self.language_model = news_lm.load()
        own = len(inputs) - 2 * self.language_model.hidden
        self.inputs = np.ascontiguousarray(inputs[:own])
        self.context = np.ascontiguousarray(inputs[own:])
        self.scores = np.ascontiguousarray(w["scores.weight"].T)
        self.scores_bias = w["scores.bias"]
        self.transitions, self.start, self.end = (
            w[f"crf.{k}"].astype(np.float64) for k in ("transitions", "start", "end")
        )
        self._words = WordRows(WORDS_KEPT)

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """The tag scores of each token, read by the LSTM in both directions.

        The sentences run side by side, longest first, and each leaves the batch when it ends
        (as torch's packed sequences do), so no step is spent on padding; the steps are
        compiled (`newstally.ner.kernels.lstm_states`)."""
        order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
        lengths = np.array([len(sentences[i]) for i in order])
        if not lengths.sum():
            return [np.zeros((0, len(TAGS)))] * len(sentences)
        from . import kernels  # numba: compiled, or loaded from its cache, on first use

        words = [w for i in order for w in sentences[i]]
        starts = np.cumsum(lengths) - lengths
        context = self.language_model.states(words, starts, lengths)
        projected = self._projected(words) + context @ self.context
        states = kernels.lstm_states(projected, starts, lengths, self.recurrent)
        scores = (states @ self.scores + self.scores_bias).astype(np.float64)
        result = [None] * len(sentences)
        for i, sentence_scores in zip(
            order, np.split(scores, np.cumsum(lengths)[:-1]), strict=True
        ):
            result[i] = sentence_scores
        return result

    def _projected(self, words: list[str]) -> np.ndarray:
        """The words as the LSTM's gates first see them, in both directions, before their
        context: what it reads of each word (its word, stem, news, letters and shape vectors side
        by side) times the input weights; kept for the first `WORDS_KEPT` words met
        (`WordRows`)."""
        return self._words.rows(
            words, lambda missing: self._vectors(missing) @ self.inputs + self.input_bias
        )

    def _vectors(self, words: list[str]) -> np.ndarray:
        """What the LSTM reads of each word: its word, stem, news vector, letters and shape, side
        by side (the letters through the convolution, all the words' at once)."""
        rows = self.vocabulary.encode(words)
        letters = rows[:, IDS:]  # words x MAX_CHARS, 0 after the last letter
        embedded = np.zeros((len(words), MAX_CHARS + 2, self.char.shape[1]), dtype=np.float32)
        embedded[:, 1:-1] = self.char[letters] * (letters > 0)[:, :, None]
        windows = np.concatenate([embedded[:, :-2], embedded[:, 1:-1], embedded[:, 2:]], 2)
        convolved = np.maximum(windows @ self.letters + self.letters_bias, 0.0)
        convolved *= (letters > 0)[:, :, None]  # padding is left out of the max (all are >= 0)
        return np.concatenate(
            [
                self.word[rows[:, 0]],
                self.stem[rows[:, 1]],
                self.news[rows[:, 3] - 1] * (rows[:, 3:4] > 0),
                convolved.max(1),
                self.shape[rows[:, 2]],
            ],
            1,
        )


def news_vectors() -> np.ndarray:
    """The news vectors as the network trains on them (torch's embedding): a row of zeros (no
    vector), then one row per kept word of `newstally.ner.embeddings` (half precision, as
    kept). Tagging reads the kept rows in place."""
    vectors = embeddings.load().vectors
    return np.concatenate([np.zeros((1, vectors.shape[1]), dtype=vectors.dtype), vectors])


def save(vocabulary: Vocabulary, weights: dict[str, np.ndarray], path: Path) -> None:
    """The vocabulary and the weights (in half precision) in one `.npz` file; the news vectors
    and language model, which training leaves as they are, stay in their own files, and their
    fingerprints are kept."""
    weights = {k: v.astype(np.float16) for k, v in weights.items() if k != "news.weight"}
    trained_with = {
        "embeddings.fingerprint": np.array(embeddings.load().fingerprint),
        "news_lm.fingerprint": np.array(news_lm.load().fingerprint),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    lists = {
        f"vocabulary.{k}": np.array(getattr(vocabulary, k)) for k in ("words", "stems", "chars")
    }
    with path.open("wb") as out:
        np.savez_compressed(out, **lists, **weights, **trained_with)


@lru_cache(maxsize=2)
def load(path: Path) -> NeuralTagger:
    """The saved model, read once per process."""
    with np.load(path) as saved:
        vocabulary = Vocabulary(
            *(saved[f"vocabulary.{k}"].tolist() for k in ("words", "stems", "chars"))
        )
        weights = {
            k: saved[k]
            for k in saved.files
            if not k.startswith(("vocabulary.", "embeddings.", "news_lm."))
        }
        trained_with = str(saved["embeddings.fingerprint"]), str(saved["news_lm.fingerprint"])
    if trained_with != (embeddings.load().fingerprint, news_lm.load().fingerprint):
        raise ValueError(
            f"{path}: trained with other news embeddings or language model than "
            f"{embeddings.EMBEDDINGS} and {news_lm.NEWS_LM} "
            "(train the tagger again: `python -m newstally train-ner`)"
        )
    return NeuralTagger(vocabulary, weights)
