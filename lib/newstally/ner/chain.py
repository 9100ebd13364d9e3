"""Linear chains in numpy, for both of the tagger's models: per-token tag marginals by
forward-backward, and the best path under allowed transitions (Viterbi), for a batch of
sentences at once."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def marginals(
    emissions: list[np.ndarray],
    transitions: np.ndarray,
    start: np.ndarray | None = None,
    end: np.ndarray | None = None,
) -> list[np.ndarray]:
    """P(tag at each token) of each sentence (tokens x tags), given its emission scores, the
    transition scores (from, to) and optional start and end scores, all in log space.

    Several chains over the same sentences run together when every array has a leading axis
    of models (emissions models x tokens x tags, transitions models x tags x tags, ...). The
    sums run in probability space, each step rescaled to 1, so a long sentence neither
    overflows nor underflows (`newstally.ner.kernels.chain_marginals`)."""
    lengths = np.array([e.shape[-2] for e in emissions])
    lead, tags = transitions.shape[:-2], transitions.shape[-1]
    if not len(emissions) or not lengths.max(initial=0):
        return [np.zeros((*lead, n, tags)) for n in lengths]
    from . import kernels  # numba: compiled, or loaded from its cache, on first use

    scores = np.zeros((*lead, len(emissions), lengths.max(), tags))
    for row, sentence in enumerate(emissions):
        scores[..., row, : lengths[row], :] = sentence
    models = int(np.prod(lead))  # the kernel's leading axis: 1 for a single chain
    product = kernels.chain_marginals(
        np.exp(scores - scores.max(-1, keepdims=True)).reshape(models, *scores.shape[-3:]),
        lengths,
        _exp(transitions, (-2, -1)).reshape(models, tags, tags),
        np.broadcast_to(_exp(_or_zero(start, lead, tags), -1), (*lead, tags)).reshape(models, tags),
        np.broadcast_to(_exp(_or_zero(end, lead, tags), -1), (*lead, tags)).reshape(models, tags),
    ).reshape(scores.shape)
    return [product[..., row, :n, :] for row, n in enumerate(lengths)]


def best_paths(
    scores: list[np.ndarray], transitions: np.ndarray, start: np.ndarray
) -> list[list[int]]:
    """The highest-scoring tag sequence of each sentence (log scores; -inf forbids a move)."""
    paths: list[list[int]] = [[] for _ in scores]
    order = [i for i in range(len(scores)) if len(scores[i])]
    if not order:
        return paths
    lengths = np.array([len(scores[i]) for i in order])
    padded = np.zeros((len(order), lengths.max(), transitions.shape[0]))
    for row, i in enumerate(order):
        padded[row, : lengths[row]] = scores[i]
    best = padded[:, 0] + start
    back = np.zeros(padded.shape, dtype=np.int64)
    for t in range(1, padded.shape[1]):
        candidates = best[:, :, None] + transitions
        back[:, t] = candidates.argmax(1)
        moved = candidates.max(1) + padded[:, t]
        best = np.where((t < lengths)[:, None], moved, best)
    path = np.zeros(padded.shape[:2], dtype=np.int64)
    tag = best.argmax(1)  # at each sentence's last token, then walked back
    rows = np.arange(len(order))
    for t in range(padded.shape[1] - 1, -1, -1):
        if t + 1 < padded.shape[1]:
            tag = np.where(t < lengths - 1, back[rows, t + 1, tag], tag)
        path[:, t] = tag
    for row, i in enumerate(order):
        paths[i] = path[row, : lengths[row]].tolist()
    return paths


def in_batches(run: Callable[[list], list], sentences: list, size: int = 64) -> list:
    """`run` over batches of at most `size` sentences of similar length (little padding, and
    memory bounded however many sentences come), results in the sentences' order."""
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    result: list = [None] * len(sentences)
    for first in range(0, len(order), size):
        chunk = order[first : first + size]
        for i, value in zip(chunk, run([sentences[i] for i in chunk]), strict=True):
            result[i] = value
    return result


def _or_zero(scores: np.ndarray | None, lead: tuple, tags: int) -> np.ndarray:
    return np.zeros((*lead, tags)) if scores is None else scores


def _exp(scores: np.ndarray, axes) -> np.ndarray:
    """exp of log scores, each model's scaled by its largest over `axes` (it cancels out)."""
    return np.exp(scores - scores.max(axes, keepdims=True))
