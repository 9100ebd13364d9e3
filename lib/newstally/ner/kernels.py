"""The tagger's two sequential loops compiled with numba: the LSTM's steps over a sentence and
the linear chain's forward-backward. In numpy each step of either is a dozen small array
operations whose call overhead outweighs their arithmetic (an article's sentences are a few
rows at a time); compiled, a step is one BLAS product and two fused loops.

The machine code is cached on first use (about 2 s), beside this file (`__pycache__`) or, where
that cannot be written, in the user's cache folder (`~/.cache/numba`); a process after the first
loads it (importing numba and loading it take about 0.6 s). Where neither can be written, each
process compiles anew.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# tanh(x) ~ x P(x^2) / Q(x^2) on [-9, 9] (beyond, float32's tanh is +-1): a least-squares fit of
# ours (numpy's lstsq over 20,000 points of [0, 9], weighted by 1 / (1 + x^2)); within 1.2e-6
# of np.tanh everywhere in float32 (it may pass 1 by 4e-7).
# Unlike math.tanh, its loop compiles to vector instructions.
_P = tuple(
    np.float32(c) for c in (0.999996908, 0.125739042, 0.0025616881, 6.24138403e-06, -4.67864997e-09)
)
_Q = tuple(np.float32(c) for c in (0.459061178, 0.02225992, 0.000180146949))
_LIMIT = np.float32(9.0)
_HALF = np.float32(0.5)
_ONE = np.float32(1.0)

# error_model="numpy": no ZeroDivisionError checks (they keep loops from being vectorized)
_FAST = {"fastmath": True, "error_model": "numpy", "nogil": True}


def _compiled(**options):
    """numba's njit with its machine code cached, or compiled in each process where numba
    finds no folder to cache in (it then refuses `cache=True` with a RuntimeError)."""

    def compile_(function):
        try:
            return njit(cache=True, **options)(function)
        except RuntimeError:
            return njit(**options)(function)

    return compile_


@njit(inline="always", fastmath=True, error_model="numpy")
def tanh(x):
    """tanh by the rational approximation above."""
    x = min(max(x, -_LIMIT), _LIMIT)
    z = x * x
    p0, p1, p2, p3, p4 = _P
    q1, q2, q3 = _Q
    return (
        x * (p0 + z * (p1 + z * (p2 + z * (p3 + z * p4)))) / (_ONE + z * (q1 + z * (q2 + z * q3)))
    )


@_compiled(**_FAST)
def lstm_states(projected, starts, lengths, recurrent):
    """The hidden states of a bidirectional LSTM (tokens x 2 hidden: forwards, then backwards).

    `projected` holds each token's input-gate contributions (tokens x 8 hidden: forwards, then
    backwards; each direction's gates in torch's order input, forget, cell, output, the weights
    of the three sigmoid gates halved, as sigmoid(x) = (1 + tanh(x / 2)) / 2); the sentences are
    consecutive rows, from `starts`, longest first (`lengths` descending); `recurrent` is
    2 x hidden x 4 hidden. Each sentence leaves the batch when it ends."""
    total = 0
    for row in range(len(lengths)):
        if starts[row] != total or (row and lengths[row] > lengths[row - 1]):
            raise ValueError("sentences must be consecutive rows, longest first")
        total += lengths[row]
    if total != projected.shape[0]:
        raise ValueError("the sentences' lengths must add up to the rows of `projected`")
    hidden = recurrent.shape[1]
    states = np.empty((projected.shape[0], 2 * hidden), np.float32)
    last = np.zeros((2, len(starts), hidden), np.float32)  # the previous step's outputs
    cells = np.zeros((2, len(starts), hidden), np.float32)
    active = len(starts)
    for t in range(lengths[0] if len(lengths) else 0):
        while lengths[active - 1] <= t:
            active -= 1
        for d in range(2):
            if t:
                gates = np.dot(last[d, :active], recurrent[d])
            else:
                gates = np.zeros((active, 4 * hidden), np.float32)
            for row in range(active):
                token = starts[row] + (t if d == 0 else lengths[row] - 1 - t)
                _gates(gates[row], projected[token, d * 4 * hidden : (d + 1) * 4 * hidden])
                _cell(
                    gates[row],
                    cells[d, row],
                    last[d, row],
                    states[token, d * hidden : (d + 1) * hidden],
                )
    return states


@njit(inline="always", fastmath=True, error_model="numpy")
def _gates(gates, inputs):
    for j in range(len(gates)):
        gates[j] = tanh(gates[j] + inputs[j])


@njit(inline="always", fastmath=True, error_model="numpy")
def _cell(gates, cell, last, state):
    hidden = len(cell)
    for j in range(hidden):
        forget = _HALF * gates[hidden + j] + _HALF
        given = _HALF * gates[j] + _HALF
        cell[j] = forget * cell[j] + given * gates[2 * hidden + j]
        last[j] = (_HALF * gates[3 * hidden + j] + _HALF) * tanh(cell[j])
        state[j] = last[j]


@_compiled(error_model="numpy", nogil=True)
def chain_marginals(weights, lengths, step, first, last):
    """P(tag at each token) of linear chains in probability space (models x sentences x tokens
    x tags, zero beyond each sentence's end): `weights` are the exponentiated emission scores
    (same shape), `step` the exponentiated transitions (models x tags x tags, from x to), `first`
    and `last` the exponentiated start and end scores (models x tags). Every step is rescaled to
    sum to 1, so no sentence overflows or underflows."""
    models, sentences, _, tags = weights.shape
    result = np.zeros(weights.shape)
    alpha = np.empty(tags)
    beta = np.empty((weights.shape[2], tags))
    for m in range(models):
        for s in range(sentences):
            n = lengths[s]
            if n == 0:
                continue
            for y in range(tags):  # backwards first: beta[t] is what follows token t
                beta[n - 1, y] = last[m, y]
            for t in range(n - 2, -1, -1):
                total = 0.0
                for y in range(tags):
                    value = 0.0
                    for z in range(tags):
                        value += step[m, y, z] * weights[m, s, t + 1, z] * beta[t + 1, z]
                    beta[t, y] = value
                    total += value
                for y in range(tags):
                    beta[t, y] /= total
            for t in range(n):
                total = 0.0
                for y in range(tags):
                    if t == 0:
                        value = first[m, y]
                    else:
                        value = 0.0
                        for z in range(tags):
                            value += alpha[z] * step[m, z, y]
                    result[m, s, t, y] = value * weights[m, s, t, y]
                    total += result[m, s, t, y]
                for y in range(tags):
                    alpha[y] = result[m, s, t, y] / total
                total = 0.0
                for y in range(tags):
                    result[m, s, t, y] = alpha[y] * beta[t, y]
                    total += result[m, s, t, y]
                for y in range(tags):
                    result[m, s, t, y] /= total
    return result
