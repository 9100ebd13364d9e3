"""The feature CRF of the tagger: trained with CRFsuite (through python-crfsuite), read back as
numpy arrays: each token's tag scores, many sentences at once (their marginals are
`newstally.ner.chain`'s, in the tagger)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ..cache import cached
from . import names as name_lists
from .features import (
    NAME_FEATURES,
    NEIGHBOURS,
    PAIRS,
    TAGS,
    NameList,
    WordRows,
    neighbour_features,
    normalized_word,
    word_features,
)

WORDS_KEPT = 20_000  # words whose weight sums are kept: 0.5 KB each


@dataclass(frozen=True)
class FeatureWeights:
    """A CRFsuite model as arrays: one row of tag weights per attribute, and the transitions."""

    attributes: dict[str, int]
    weights: np.ndarray  # attributes x TAGS
    transitions: np.ndarray  # TAGS x TAGS, from -> to
    names: NameList | None = field(default=None, repr=False)  # what it was trained with
    _rows: WordRows = field(default_factory=lambda: WordRows(WORDS_KEPT), repr=False)
    _zero: np.ndarray = field(default_factory=lambda: np.zeros(len(TAGS)), repr=False)

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Each token's score for each tag: the sum of its attributes' weights (`token_features`,
        read through per-word sums, so a word's attributes are looked up once per process).
        The sentences are scored together, as one run of tokens that neighbours do not cross."""
        words = [w for sentence in sentences for w in sentence]
        lengths = np.array([len(s) for s in sentences])
        if not words:
            return [np.zeros((0, len(TAGS))) for _ in sentences]
        rows = self._word_rows(words)  # tokens x (self, neighbours) x TAGS
        scores = self.weight("bias") + rows[:, 0]
        ends = np.repeat(np.cumsum(lengths), lengths)  # where each token's sentence ends
        starts = ends - np.repeat(lengths, lengths)
        token = np.arange(len(words))
        for k, offset in enumerate(NEIGHBOURS, 1):
            edge = self.weight(f"{offset}:w:" + ("<s>" if offset < 0 else "</s>"))
            neighbour = token + offset
            inside = (neighbour >= starts) & (neighbour < ends)
            scores += np.where(
                inside[:, None], rows[np.clip(neighbour, 0, len(words) - 1), k], edge
            )
        normalized = [normalized_word(w) for w in words]
        tokens, rows = [], []
        for i in np.flatnonzero(token[1:] < ends[:-1]):  # each pair of words in one sentence
            for to, row in self._pairs.get(f"{normalized[i]}|{normalized[i + 1]}", ()):
                tokens.append(i + to)
                rows.append(row)
        np.add.at(scores, tokens, self.weights[rows])
        np.add.at(scores, *self._named(sentences))
        return np.split(scores, np.cumsum(lengths)[:-1])

    def _named(self, sentences: list[list[str]]) -> tuple[list[int], np.ndarray]:
        """The tokens in or beside a known name (`name_features`), and their attributes'
        weights: each token in a name gives its tag to itself and to the tokens beside it
        (in the order `token_features` lists them, so the sums are CRFsuite's to the bit)."""
        found, first = [], 0
        for sentence in sentences:
            known = self.names.tags(sentence) if self.names is not None else []
            for k, tag in enumerate(known):
                for n, (offset, key) in enumerate(NAME_FEATURES if tag is not None else ()):
                    row = self.attributes.get(f"{key}:{tag}")
                    if row is not None and 0 <= k - offset < len(sentence):
                        found.append((first + k - offset, n, row))
            first += len(sentence)
        found.sort()
        return [token for token, *_ in found], self.weights[[row for *_, row in found]]

    @property
    def start(self) -> np.ndarray:
        """CRFsuite scores no first or last tag: zero, as the chain's other models have them."""
        return self._zero

    end = start

    @cached_property
    def _pairs(self) -> dict[str, list[tuple[int, int]]]:
        """The attributes of two words side by side ("before|after"), by the pair: (0 for the
        first word's scores or 1 for the second's, the attribute's row)."""
        pairs: dict[str, list[tuple[int, int]]] = {}
        for attribute, row in self.attributes.items():
            for to, prefix in ((1, PAIRS[0] + ":"), (0, PAIRS[1] + ":")):
                if attribute.startswith(prefix):
                    pairs.setdefault(attribute[len(prefix) :], []).append((to, row))
        return pairs

    def weight(self, attribute: str) -> np.ndarray:
        """An attribute's tag weights (zero when the model never kept it)."""
        row = self.attributes.get(attribute)
        return self.weights[row] if row is not None else self._zero

    def _word_rows(self, words: list[str]) -> np.ndarray:
        """What each word adds to its own scores, then to those of each neighbour it is to
        (kept for the first `WORDS_KEPT` words met, `WordRows`)."""
        return self._rows.rows(words, self._sums)

    def _sums(self, words: list[str]) -> np.ndarray:
        """`_word_rows` computed: each word's attribute weights summed, all words at once."""
        groups = 1 + len(NEIGHBOURS)
        attributes, owners = [], []
        for n, word in enumerate(words):
            features = [word_features(word)] + [neighbour_features(word, o) for o in NEIGHBOURS]
            for g, group in enumerate(features):
                for key, value in group.items():
                    row = self.attributes.get(f"{key}:{value}")
                    if row is not None:
                        attributes.append(row)
                        owners.append(n * groups + g)
        sums = np.zeros((len(words) * groups, len(TAGS)))
        if owners:  # the owners come in order: each one's weights are summed as one run
            owned, first = np.unique(owners, return_index=True)
            sums[owned] = np.add.reduceat(self.weights[attributes], first)
        return sums.reshape(len(words), groups, len(TAGS))


@lru_cache(maxsize=2)
def load(model_path: str) -> FeatureWeights:
    """The CRFsuite model file's weights, read once per process (and kept in the library's
    cache, `newstally.cache`: CRFsuite's dump of them takes longer to parse than to use), with
    the name list it was trained with (`newstally.ner.names`)."""
    sources = [Path(model_path), Path(__file__), Path(__file__).with_name("features.py")]
    weights = cached("crf", sources, ["python-crfsuite"], lambda: _read(model_path))
    return replace(weights, names=name_lists.load(Path(model_path)))


def _read(model_path: str) -> FeatureWeights:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    info = tagger.info()
    attributes: dict[str, int] = {}
    for attribute, _ in info.state_features:
        attributes.setdefault(attribute, len(attributes))
    weights = np.zeros((len(attributes), len(TAGS)))
    for (attribute, tag), weight in info.state_features.items():
        weights[attributes[attribute], TAGS.index(tag)] = weight
    transitions = np.zeros((len(TAGS), len(TAGS)))
    for (before, after), weight in info.transitions.items():
        transitions[TAGS.index(before), TAGS.index(after)] = weight
    tagger.close()
    return FeatureWeights(attributes, weights, transitions)
