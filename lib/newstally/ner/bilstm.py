"""The neural half of the entity tagger, as trained: a character-aware BiLSTM-CRF in torch.

Each token is seen through its normalized word, its stem without proclitics, its vector learned
from news (fixed), its letters (a convolution over character embeddings, so unseen names still
have a shape), its script, and the states of the news language model at it (fixed: what its
context says of it; `newstally.ner.news_lm`, trained here too).
A bidirectional LSTM reads the sentence and a linear-chain CRF scores tag sequences. Training is
in `newstally.ner.training`; the saved weights are run without torch by `newstally.ner.neural`,
which gives the tagger the model's per-token tag probabilities.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import torch
from torch import nn

from . import chain, neural, news_lm
from .features import TAGS
from .neural import IDS, MAX_CHARS, SHAPES, Vocabulary, news_vectors


def both_ways(lstm: nn.LSTM, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """A bidirectional LSTM's states over padded sentences (batch x tokens x 2 hidden), each read
    only as far as its length (packed), zeros beyond."""
    packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
    states, _ = lstm(packed)
    return nn.utils.rnn.pad_packed_sequence(states, batch_first=True, total_length=x.shape[1])[0]


class NewsLanguageModel(nn.Module):
    """The news language model as trained (`newstally.ner.news_lm` runs it): each word's news
    vector read by two LSTMs, the forward one's state guessing the next word's cluster, the
    backward one's the previous word's (`classes`; the last is "no word": a sentence's end)."""

    def __init__(self, hidden: int, classes: int, dropout: float = 0.2):
        super().__init__()
        table = torch.from_numpy(news_lm.inputs())
        self.news = nn.Embedding.from_pretrained(table, freeze=True)
        self.lstm = nn.LSTM(table.shape[1], hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(dropout)
        self.guesses = nn.ModuleList([nn.Linear(hidden, classes) for _ in range(2)])

    def states(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """The forward and backward states at each token (batch x tokens x 2 hidden)."""
        return both_ways(self.lstm, self.dropout(self.news(ids)), lengths)

    def loss(self, ids: torch.Tensor, lengths: torch.Tensor, targets: torch.Tensor):
        """The mean cross-entropy of both directions' guesses, summed; `targets` is batch x
        tokens x 2 (the next word's class, the previous word's), -100 on padding."""
        states = self.dropout(self.states(ids, lengths)).view(*ids.shape, 2, -1)
        entropy = nn.CrossEntropyLoss(ignore_index=-100)
        return sum(
            entropy(guess(states[:, :, d]).flatten(0, 1), targets[:, :, d].flatten())
            for d, guess in enumerate(self.guesses)
        )


class ChainCRF(nn.Module):
    """Transition, start and end scores of a linear-chain CRF over tag ids."""

    def __init__(self, tags: int):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(tags, tags))
        self.start = nn.Parameter(torch.zeros(tags))
        self.end = nn.Parameter(torch.zeros(tags))

    def negative_log_likelihood(self, emissions, tags, mask) -> torch.Tensor:
        """Summed over the batch; `mask` marks the real (not padding) positions."""
        rows = torch.arange(len(tags))
        score = self.start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, tags.shape[1]):
            step = self.transitions[tags[:, t - 1], tags[:, t]] + emissions[rows, t, tags[:, t]]
            score = score + step * mask[:, t]
        last = tags.gather(1, (mask.sum(1) - 1)[:, None]).squeeze(1)
        score = score + self.end[last]
        return (self.log_partition(emissions, mask) - score).sum()

    def log_partition(self, emissions, mask) -> torch.Tensor:
        alpha = self.start + emissions[:, 0]
        for t in range(1, emissions.shape[1]):
            step = torch.logsumexp(alpha[:, :, None] + self.transitions, 1) + emissions[:, t]
            alpha = torch.where(mask[:, t, None], step, alpha)
        return torch.logsumexp(alpha + self.end, 1)


class BiLSTMCRF(nn.Module):
    """Word, stem, news-vector, letter and shape embeddings and the news language model's states
    (`context` wide) -> BiLSTM -> tag scores -> CRF."""

    def __init__(self, vocabulary: Vocabulary, hidden: int, context: int, dropout: float = 0.5):
        super().__init__()
        self.vocabulary = vocabulary
        self.word = nn.Embedding(len(vocabulary.words), 100, padding_idx=0)
        self.stem = nn.Embedding(len(vocabulary.stems), 50, padding_idx=0)
        news = torch.from_numpy(news_vectors()).float()
        self.news = nn.Embedding.from_pretrained(news, freeze=True, padding_idx=0)
        self.char = nn.Embedding(len(vocabulary.chars), 30, padding_idx=0)
        self.letters = nn.Conv1d(30, 60, 3, padding=1)
        self.shape = nn.Embedding(len(SHAPES), 8)
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(
            100 + 50 + news.shape[1] + 60 + 8 + context,
            hidden,
            batch_first=True,
            bidirectional=True,
        )
        self.scores = nn.Linear(2 * hidden, len(TAGS))
        self.crf = ChainCRF(len(TAGS))

    def emissions(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        size, length, letters = batch["chars"].shape
        ids = batch["chars"].view(size * length, letters)
        chars = torch.relu(self.letters(self.dropout(self.char(ids).transpose(1, 2))))
        # padding letters are left out of the max, so a word looks the same in any batch
        chars = chars.masked_fill((ids == 0)[:, None, :], 0.0).max(2).values.view(size, length, -1)
        x = torch.cat(
            [
                self.word(batch["words"]),
                self.stem(batch["stems"]),
                self.news(batch["news"]),
                chars,
                self.shape(batch["shapes"]),
                batch["context"],
            ],
            -1,
        )
        lengths = batch["mask"].sum(1)
        return self.scores(self.dropout(both_ways(self.lstm, self.dropout(x), lengths)))


def make_batch(encoded: list[np.ndarray], context: list[np.ndarray]) -> dict[str, torch.Tensor]:
    """Padded tensors of a list of encoded sentences and their language model states."""
    rows = np.zeros((len(encoded), max(map(len, encoded)), IDS + MAX_CHARS), dtype=np.int64)
    for b, sentence in enumerate(encoded):
        rows[b, : len(sentence)] = sentence
    letters = max(1, int((rows[:, :, IDS:] > 0).sum(2).max()))
    tensor = torch.from_numpy(rows)
    return {
        "words": tensor[:, :, 0],
        "stems": tensor[:, :, 1],
        "shapes": tensor[:, :, 2],
        "news": tensor[:, :, 3],
        "chars": tensor[:, :, IDS : IDS + letters].contiguous(),
        "mask": tensor[:, :, 0] > 0,
        "context": nn.utils.rnn.pad_sequence(
            [torch.from_numpy(c) for c in context], batch_first=True
        ),
    }


def probabilities(
    model: BiLSTMCRF, sentences: list[list[str]], batch_size: int = 64
) -> list[np.ndarray]:
    """Per-token tag probabilities (tokens x TAGS) of each sentence (the emissions in torch, the
    chain's marginals by `newstally.ner.chain`, as tagging computes them)."""
    model.eval()
    crf = [
        p.detach().double().numpy() for p in (model.crf.transitions, model.crf.start, model.crf.end)
    ]

    def run(batch: list[list[str]]) -> list[np.ndarray]:
        filled = [words for words in batch if words]
        if not filled:
            return [np.zeros((0, len(TAGS)))] * len(batch)
        context = news_lm.load().sentence_states(filled)
        encoded = [model.vocabulary.encode(w) for w in filled]
        emissions = model.emissions(make_batch(encoded, context))
        scores = [emissions[row, : len(w)].double().numpy() for row, w in enumerate(filled)]
        marginals = iter(chain.marginals(scores, *crf))
        return [next(marginals) if words else np.zeros((0, len(TAGS))) for words in batch]

    with torch.inference_mode(), one_thread():
        return chain.in_batches(run, sentences, batch_size)


@contextmanager
def one_thread() -> Iterator[None]:
    """torch on one thread while the tagger runs, then as it was. The model's matrices are small:
    a second thread costs more in synchronization than it saves, and on cores shared with other
    processes its spin-waits made tagging 5 to 10 times slower (10 s/MB on one thread, 50 to
    120 s/MB on two, ANERcorp on 2 busy cores)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def save(model: BiLSTMCRF, path: Path) -> None:
    """The model as `newstally.ner.neural` reads it: vocabulary and weights in one `.npz` (with
    the fingerprints of the news vectors and language model it read)."""
    weights = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    neural.save(model.vocabulary, weights, path)
