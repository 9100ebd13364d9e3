"""The feature CRF of the tagger (CRFsuite through python-crfsuite): per-token tag marginals."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from ..paths import CRF_MODEL
from .features import TAGS, token_features


def crf_probabilities(words: list[str], model_path: Path = CRF_MODEL) -> np.ndarray:
    """The CRF's marginal probability of each tag at each token."""
    if not words:
        return np.zeros((0, len(TAGS)))
    tagger = open_model(str(model_path))
    tagger.set(token_features(words))
    return np.array([[tagger.marginal(t, i) for t in TAGS] for i in range(len(words))])


@lru_cache(maxsize=2)
def open_model(model_path: str):
    """The CRF model file opened for tagging, once per process."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    return tagger
