"""Word representations learned from unlabelled news: word2vec (gensim) over the ANT corpus's
7.8 million words, ANERcorp's training sentences (not its development split) and WikiFANE, and
k-means clusters of the vectors at three granularities. The tagger's CRF reads a word's
clusters as features; its BiLSTM reads a word's vector.

What is kept (`data/models/embeddings.npz`): the `KEPT` most frequent words, their vectors in
half precision and their cluster ids. `python -m newstally train-embeddings` trains them again
with the parameters and seed below (also in the model card); word2vec on two threads is not
repeatable to the bit (gensim says so), so a new file is a new model of the same kind, and the
tagger must be trained on it again (the BiLSTM-CRF keeps the `fingerprint` of the embeddings
it was trained with and refuses others).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ..paths import ANERCORP, ANT_CORPUS, EMBEDDINGS
from ..text import normalize, normalize_word
from .conll import read_conll, split
from .wikifane import read_wikifane

DIMENSIONS = 100  # the BiLSTM's own word embeddings are as wide
KEPT = 200_000  # every word seen 3 times or more (about 104,000): 20 MB in half precision
CLUSTERS = (64, 256, 1024)  # k-means granularities, coarse to fine
PARAMETERS = {
    "vector_size": DIMENSIONS,
    "window": 5,
    "min_count": 3,
    "sg": 1,
    "negative": 5,
    "epochs": 5,
    "seed": 1,
}


@dataclass
class Embeddings:
    """The kept words' vectors and clusters, looked up by normalized word."""

    words: list[str]
    vectors: np.ndarray  # words x DIMENSIONS, half precision
    clusters: np.ndarray  # words x len(granularities), cluster ids
    granularities: tuple[int, ...]  # the number of clusters of each column, coarse to fine

    @cached_property
    def fingerprint(self) -> str:
        """A digest of the words, vectors and clusters: a model trained on other embeddings
        (a cluster id or a row number means something else there) can tell."""
        digest = hashlib.sha256("\n".join(self.words).encode())
        for array in (self.vectors, self.clusters):
            digest.update(np.ascontiguousarray(array).tobytes())
        return digest.hexdigest()[:16]

    @cached_property
    def index(self) -> dict[str, int]:
        """Each kept word's row."""
        return {w: i for i, w in enumerate(self.words)}

    @cached_property
    def _cluster_ids(self) -> list[tuple[int, ...]]:
        return [tuple(row) for row in self.clusters.tolist()]

    def row(self, *forms: str) -> int | None:
        """The row of the first of a word's normalized forms that is kept (the word, then its
        stem: the tagger's two models ask so); None if none is."""
        return next((self.index[f] for f in forms if f in self.index), None)

    def clusters_of(self, *forms: str) -> tuple[int, ...] | None:
        """The cluster ids of the word's first kept form (`row`), coarse to fine."""
        i = self.row(*forms)
        return None if i is None else self._cluster_ids[i]


@lru_cache(maxsize=2)
def load(path: Path = EMBEDDINGS) -> Embeddings:
    """The saved embeddings, read once per process."""
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: the tagger's news embeddings are missing; "
            "make them with `python -m newstally train-embeddings`, then `train-ner`"
        )
    with np.load(path) as saved:
        return Embeddings(
            saved["words"].tolist(),
            saved["vectors"],
            saved["clusters"],
            tuple(saved["granularities"].tolist()),
        )


def sentences(
    ant: Path = ANT_CORPUS, anercorp: Path = ANERCORP, wikifane: bool = True
) -> Iterator[list[str]]:
    """Every sentence of the training text as normalized words: the ANT articles (split and
    tokenized by `newstally.normalize`), ANERcorp's training split and WikiFANE."""
    yield from news_sentences(ant, anercorp)
    if wikifane:
        yield from wikifane_sentences()


def news_sentences(ant: Path = ANT_CORPUS, anercorp: Path = ANERCORP) -> Iterator[list[str]]:
    """The ANT articles' and ANERcorp's training split's sentences as normalized words."""
    with gzip.open(ant, "rt", encoding="utf-8") as lines:
        for line in lines:
            normalized = normalize(json.loads(line)["text"])
            for sentence in normalized.sentences:
                yield [t.text for t in normalized.sentence_tokens(sentence)]
    for sentence in split(read_conll(anercorp))[0]:
        yield [normalize_word(w) or w for w, _ in sentence]


def wikifane_sentences() -> Iterator[list[str]]:
    """WikiFANE's sentences as normalized words."""
    for sentence in read_wikifane():
        yield [normalize_word(w) or w for w, _ in sentence]


def train_embeddings(
    path: Path = EMBEDDINGS,
    workers: int = 2,
    ant: Path = ANT_CORPUS,
    anercorp: Path = ANERCORP,
    wikifane: bool = True,
    granularities: tuple[int, ...] = CLUSTERS,
    text: list[list[str]] | None = None,
) -> dict:
    """Train word2vec and the clusters on `text` (else the `sentences` of the corpora given),
    save the kept words; return the card's facts."""
    from gensim.models import Word2Vec
    from sklearn.cluster import KMeans

    started = time.perf_counter()
    text = list(sentences(ant, anercorp, wikifane)) if text is None else text
    model = Word2Vec(text, workers=workers, **PARAMETERS)
    words = model.wv.index_to_key[:KEPT]
    vectors = model.wv.vectors[:KEPT]
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    clusters = np.stack(
        [
            KMeans(k, n_init=1, random_state=PARAMETERS["seed"], max_iter=50).fit_predict(unit)
            for k in granularities
        ],
        1,
    ).astype(np.int16)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        np.savez_compressed(
            out,
            words=np.array(words),
            vectors=vectors.astype(np.float16),
            clusters=clusters,
            granularities=np.array(granularities),
        )
    load.cache_clear()
    return {
        "sentences": len(text),
        "tokens": sum(map(len, text)),
        "vocabulary": len(model.wv),
        "kept": len(words),
        "clusters": granularities,
        "parameters": PARAMETERS,
        "seconds": round(time.perf_counter() - started, 1),
    }
