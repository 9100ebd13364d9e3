"""Training the tagger: the CRF and the BiLSTM-CRF on ANERcorp's training split (its last tenth
held out as the development split) and the Wojood sample mapped to the same four types; the
ablation that says what each idea adds. Tagging itself is in `newstally.ner.tagger`."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from ..paths import ANERCORP, BILSTM_MODEL, CRF_MODEL, NER_SCORES, NEWS_LM, SHARED_DATA
from . import crf, embeddings, neural, news_lm
from . import names as name_lists
from .conll import read_conll, repair_iob, split
from .discourse import WINDOW
from .features import TAGS, NameList, token_features
from .tagger import (
    NEURAL_SHARE,
    O_WEIGHT,
    decode_all,
    entity_scores,
    evaluate_sentences,
    mixed,
    probabilities,
)
from .wikifane import MAPPING, read_wikifane

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
HIDDEN = 96  # units each way: with the news vectors 72.28 alone against 70.72 at 64 (model card)
SEED = 2  # of seeds 1 and 2, the one whose vote scored best before the news vectors
# The news language model (`news_lm`): units each way; one pass over the text; a sentence is
# read in pieces of at most this many tokens.
LM_HIDDEN = 64
LM_PIECE = 60
Sentence = list[tuple[str, str]]


def train(
    corpus: Path = ANERCORP,
    extra: Iterable[Path] = (
        SHARED_DATA / "wojood_sample" / "train.txt",
        SHARED_DATA / "wojood_sample" / "val.txt",
    ),
    model_path: Path = CRF_MODEL,
    neural_path: Path | None = BILSTM_MODEL,
    scores_path: Path = NER_SCORES,
    c1: float = 0.1,
    c2: float = 0.001,
    iterations: int = 300,
    epochs: int = 40,
    wikifane: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> dict:
    """Train the CRF, then (unless `neural_path` is None) the BiLSTM-CRF, keeping the epoch whose
    vote with the CRF scores best on the development split; write the models and their scores.
    Both read the news embeddings, and the BiLSTM-CRF the news language model (`news_lm`), that
    `train-embeddings` made.

    Given a `wikifane` mapping of its classes, the CRF also learns from WikiFANE, each of its
    features twice: as it is and marked as Wikipedia's, so what holds only in Wikipedia is
    learned by the marked copies, which news never has (Daumé's feature augmentation,
    one-sided). It makes the CRF better alone and the vote worse (the ablation), so the
    committed CRF is trained without it.

    `names` (a name -> `LABEL:kind` table, the gazetteer's: `Gazetteer.names`) are the known
    names the CRF sees (`newstally.ner.names`), saved beside it; none when not given."""
    import pycrfsuite

    training, development = split(read_conll(corpus))
    for path in extra:
        training += [_wojood_tags(s) for s in read_conll(path)]
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    known = NameList(names or {})
    for sentence in training:
        words, tags = zip(*sentence, strict=True)
        trainer.append(token_features(list(words), known), list(tags))
    for sentence in read_wikifane(mapping=wikifane) if wikifane is not None else ():
        words, tags = zip(*sentence, strict=True)
        trainer.append(_in_domain("wiki", token_features(list(words), known)), list(tags))
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    name_lists.save(known.names, model_path)  # beside the model, once it is trained
    crf.load.cache_clear()
    crf_seconds = time.perf_counter() - started
    params: dict = {"c1": c1, "c2": c2, "max_iterations": iterations, "crf_names": len(known.names)}
    if neural_path is not None:
        gold = [[t for _, t in s] for s in development]
        crf_votes = probabilities([[w for w, _ in s] for s in development], model_path, None)

        def ensemble_f1(probabilities: list[np.ndarray]) -> float:
            predicted = decode_all(
                [mixed(a, b) for a, b in zip(crf_votes, probabilities, strict=True)]
            )
            return entity_scores(gold, predicted)["overall"]["f1"]

        params |= train_bilstm(training, development, neural_path, ensemble_f1, epochs)
        params["epoch_chosen_with_share"] = NEURAL_SHARE
    scores = evaluate_sentences(development, model_path, neural_path)
    scores.update(
        training_sentences=len(training),
        development_sentences=len(development),
        training_seconds=round(time.perf_counter() - started, 1),
        crf_training_seconds=round(crf_seconds, 1),
        params=params
        | {"o_weight": O_WEIGHT, "neural_share": NEURAL_SHARE, "discourse_window": WINDOW},
    )
    scores_path.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return scores


def _in_domain(domain: str, features: list[dict]) -> list[dict]:
    return [f | {f"{domain}:{k}": v for k, v in f.items()} for f in features]


def ablation(
    work_dir: Path,
    models: tuple[Path, Path] = (CRF_MODEL, BILSTM_MODEL),
    names: dict[str, str] | None = None,
) -> list[tuple[str, dict]]:
    """Development scores of each idea: CRFs trained in `work_dir` on ANERcorp alone, without
    the gazetteer's `names` (default: those the committed CRF was trained with), and with
    WikiFANE (about 12 minutes), then the committed models
    alone and voting, the vote with the CRF without names and with the WikiFANE CRF, the vote
    with and without O_WEIGHT, and with its tags made consistent across the sentences around
    each (`discourse`)."""
    _, development = split(read_conll(ANERCORP))
    crf, bilstm = models
    names = name_lists.load(crf).names if names is None else names
    alone, wiki = work_dir / "anercorp.crfsuite", work_dir / "wikifane.crfsuite"
    no_names = work_dir / "no_names.crfsuite"
    train(extra=(), model_path=alone, neural_path=None, scores_path=work_dir / "anercorp.json")
    train(model_path=no_names, neural_path=None, scores_path=work_dir / "no_names.json")
    wiki_scores = work_dir / "wiki.json"
    train(model_path=wiki, neural_path=None, scores_path=wiki_scores, wikifane=MAPPING, names=names)
    return [
        ("CRF, ANERcorp only", evaluate_sentences(development, alone, None, 1.0, None)),
        ("CRF + Wojood sample", evaluate_sentences(development, no_names, None, 1.0, None)),
        ("CRF + Wojood + names", evaluate_sentences(development, crf, None, 1.0, None)),
        ("CRF + Wojood + names + WikiFANE", evaluate_sentences(development, wiki, None, 1.0, None)),
        ("BiLSTM-CRF (+ Wojood)", evaluate_sentences(development, None, bilstm, 1.0, None)),
        ("CRF and BiLSTM-CRF voting", evaluate_sentences(development, crf, bilstm, 1.0, None)),
        (
            "voting, the CRF without names",
            evaluate_sentences(development, no_names, bilstm, window=None),
        ),
        (
            "voting, the CRF with WikiFANE",
            evaluate_sentences(development, wiki, bilstm, window=None),
        ),
        (f"voting, P(O) x {O_WEIGHT}", evaluate_sentences(development, crf, bilstm, window=None)),
        ("the same, one name one type", evaluate_sentences(development, crf, bilstm)),
    ]


def _wojood_tags(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mapped = []
    for word, tag_ in sentence:
        prefix, _, kind = tag_.partition("-")
        kind = WOJOOD_TYPES.get(kind)
        mapped.append((word, f"{prefix}-{kind}" if kind else "O"))
    return repair_iob(mapped)


def train_bilstm(
    training: list[Sentence],
    development: list[Sentence],
    model_path: Path,
    score: Callable[[list[np.ndarray]], float],
    epochs: int = 40,
    seed: int = SEED,
    threads: int = 2,
    hidden: int = HIDDEN,
) -> dict:
    """Train the BiLSTM-CRF with Adam, keep the epoch with the best development score, save it
    to `model_path`. `score` takes the development probabilities and returns F1."""
    import torch
    from torch import nn

    from . import bilstm  # torch is loaded only when the BiLSTM-CRF is trained

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    torch.set_num_threads(threads)
    started = time.perf_counter()
    vocabulary = bilstm.Vocabulary.build([[w for w, _ in s] for s in training])
    language_model = news_lm.load()
    model = bilstm.BiLSTMCRF(vocabulary, hidden, 2 * language_model.hidden)
    context = language_model.sentence_states([[w for w, _ in s] for s in training])
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    encoded = [vocabulary.encode([w for w, _ in s]) for s in training]
    ids, counts = np.unique(np.concatenate([e[:, 0] for e in encoded]), return_counts=True)
    rare = ids[counts == 1]
    gold = [torch.tensor([TAGS.index(t) for _, t in s]) for s in training]
    dev_words = [[w for w, _ in s] for s in development]
    best, best_epoch = -1.0, 0
    for epoch in range(1, epochs + 1):
        model.train()
        order = sorted(range(len(training)), key=lambda i: len(training[i]) + 4 * rng.random())
        batches = [order[i : i + 16] for i in range(0, len(order), 16)]
        batches = [batches[i] for i in rng.permutation(len(batches))]
        for chunk in batches:
            batch = bilstm.make_batch(
                [_word_dropout(encoded[i], rare, rng) for i in chunk], [context[i] for i in chunk]
            )
            tags = nn.utils.rnn.pad_sequence([gold[i] for i in chunk], batch_first=True)
            loss = model.crf.negative_log_likelihood(model.emissions(batch), tags, batch["mask"])
            optimizer.zero_grad()
            (loss / len(chunk)).backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
        f1 = score(bilstm.probabilities(model, dev_words))
        if f1 > best:
            best, best_epoch = f1, epoch
            bilstm.save(model, model_path)
    neural.load.cache_clear()
    return {
        "epochs": epochs,
        "best_epoch": best_epoch,
        "hidden": hidden,
        "seed": seed,
        "bilstm_training_seconds": round(time.perf_counter() - started, 1),
    }


def _word_dropout(
    encoded: np.ndarray, rare: np.ndarray, rng: np.random.Generator, rate: float = 0.3
) -> np.ndarray:
    """Training only: hide some words seen once, so the model learns to tag unknown words."""
    hidden = encoded.copy()
    hidden[np.isin(encoded[:, 0], rare) & (rng.random(len(encoded)) < rate), 0] = 1
    return hidden


def train_news_lm(
    text: list[list[str]],
    path: Path = NEWS_LM,
    hidden: int = LM_HIDDEN,
    seed: int = 1,
    threads: int = 2,
    batch_size: int = 64,
) -> dict:
    """Train the news language model (`bilstm.NewsLanguageModel`) on `text` (sentences of
    words) for one pass, with Adam; save its LSTMs for `news_lm`; return the card's facts.
    What it guesses is the finest cluster of the next and the previous word's news vector."""
    import torch
    from torch import nn

    from . import bilstm

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    torch.set_num_threads(threads)
    started = time.perf_counter()
    news = embeddings.load()
    # a class per finest cluster, one for a word with no vector, one for "no word"
    unknown, boundary = news.granularities[-1], news.granularities[-1] + 1
    classes = np.concatenate([[unknown], news.clusters[:, -1].astype(np.int64)])
    pieces = [
        news_lm.vector_ids(sentence[i : i + LM_PIECE])
        for sentence in text
        for i in range(0, len(sentence), LM_PIECE)
        if len(sentence[i : i + LM_PIECE]) >= 3
    ]
    model = bilstm.NewsLanguageModel(hidden, boundary + 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]) + 3 * rng.random())
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    losses = []
    for b in rng.permutation(len(batches)):
        chunk = [pieces[i] for i in batches[b]]
        ids = np.zeros((len(chunk), max(map(len, chunk))), dtype=np.int64)
        targets = np.full((*ids.shape, 2), -100, dtype=np.int64)
        for row, piece in enumerate(chunk):
            ids[row, : len(piece)] = piece
            seen = np.concatenate([[boundary], classes[piece], [boundary]])
            targets[row, : len(piece)] = np.stack([seen[2:], seen[:-2]], 1)
        lengths = torch.tensor([len(piece) for piece in chunk])
        loss = model.loss(torch.from_numpy(ids), lengths, torch.from_numpy(targets))
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimizer.step()
        losses.append(loss.item())
    news_lm.save({k: v.detach().numpy() for k, v in model.state_dict().items()}, path)
    return {
        "pieces": len(pieces),
        "tokens": int(sum(map(len, pieces))),
        "hidden": hidden,
        # the first batch's, and the mean of the last 100 batches'
        "loss": [round(losses[0], 3), round(float(np.mean(losses[-100:])), 3)],
        "seconds": round(time.perf_counter() - started, 1),
    }
