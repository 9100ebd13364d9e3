"""The trained tagger: the committed models tag real sentences, the CRF layer's sums are exact,
and `eval ner` scores a file."""

import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from types import SimpleNamespace

import numpy as np
import pycrfsuite
import pytest
import torch

from newstally.ner import (
    bilstm,
    chain,
    discourse,
    embeddings,
    features,
    kernels,
    names,
    neural,
    news_lm,
    tagger,
    wikifane,
)
from newstally.ner.conll import read_conll, split
from newstally.ner.features import TAGS, token_features
from newstally.ner.tagger import MAX_TOKENS, decode, probabilities, spans, tag_sentences
from newstally.ner.training import train_bilstm, train_news_lm
from newstally.ner.wikifane import read_wikifane
from newstally.paths import ANERCORP, ANT_CORPUS, SHARED_DATA
from newstally.paths import BILSTM_MODEL as NEURAL_PATH
from newstally.paths import CRF_MODEL as MODEL_PATH
from newstally.paths import NER_SCORES as SCORES_PATH

from .conftest import ROOT

SEED_SENTENCE = "أعلن الجيش الأميركي مقتل القيادي إبراهيم القحطاني ، المسؤول عن الهجمات".split()


def test_the_committed_models_find_the_seeds_person():
    assert (5, 7, "PERS") in spans(SEED_SENTENCE)


def test_each_model_alone_finds_the_seeds_person_too():
    for crf, network in ((MODEL_PATH, None), (None, NEURAL_PATH)):
        (tags,) = tag_sentences([SEED_SENTENCE], crf, network, o_weight=1.0)
        assert tags[5:7] == ["B-PERS", "I-PERS"]


def test_sentences_tagged_together_get_the_tags_they_get_alone():
    sentences = [SEED_SENTENCE, SEED_SENTENCE[:4], ["قال", "بان", "كي", "مون", "في", "نيويورك"], []]
    together = probabilities(sentences)
    for sentence, joint in zip(sentences, together, strict=True):
        (alone,) = probabilities([sentence])
        assert joint.shape == (len(sentence), len(TAGS))
        np.testing.assert_allclose(joint, alone, atol=1e-5)
        np.testing.assert_allclose(joint.sum(1), 1.0, atol=1e-5)


def test_a_run_on_sentence_is_tagged_in_windows_and_loses_no_token():
    words = SEED_SENTENCE * 100  # 1,200 tokens: three windows of at most MAX_TOKENS
    tags = tag_sentences([words])[0]
    assert len(tags) == len(words) > 2 * MAX_TOKENS
    windows = [words[i : i + MAX_TOKENS] for i in range(0, len(words), MAX_TOKENS)]
    assert tags == [tag for window in tag_sentences(windows) for tag in window]
    assert tags[5:7] == ["B-PERS", "I-PERS"]


def test_a_name_found_once_in_a_story_is_found_where_it_comes_again():
    """ANERcorp's development split, one story about Iraq's president: the models find جلال
    طالباني in its first sentence and طالباني alone in the second, and miss it in two others;
    across the story (the sentences around each) it is a person in all four."""
    _, development = split(read_conll(ANERCORP))
    story = [[word for word, _ in sentence] for sentence in development[61:68]]
    alone = tag_sentences(story)
    together = discourse.consistent(story, alone, discourse.WINDOW)
    assert alone[0][12:14] == together[0][12:14] == ["B-PERS", "I-PERS"]
    assert story[1][2] == "طالباني" and alone[1][2] == together[1][2] == "B-PERS"
    for sentence, at in ((3, 23), (6, 9)):
        assert story[sentence][at] == "طالباني"
        assert (alone[sentence][at], together[sentence][at]) == ("O", "B-PERS")


def test_one_name_one_type_across_an_article():
    first = "أعلن الجيش الأميركي مقتل القيادي إبراهيم القحطاني".split()
    tags = ["O"] * 5 + ["B-PERS", "I-PERS"]
    again = "وقال إن والقحطاني كان مسؤولا عن الهجمات".split()  # the surname, after و
    clubs = "ثأر مانشستر يونايتد من بنفيكا".split()
    club_tags = ["O", "B-ORG", "I-ORG", "O", "B-ORG"]
    town = "وكان بنفيكا في مانشستر".split()  # a club read as a place once, a city alone
    town_tags = ["O", "B-LOC", "O", "B-LOC"]
    sentences = [first, again, clubs, clubs, town]
    result = discourse.consistent(sentences, [tags, ["O"] * 7, club_tags, club_tags, town_tags])
    assert result[0] == tags
    assert result[1][2] == "B-PERS" and result[1].count("O") == 6
    assert result[2] == result[3] == club_tags  # مانشستر inside a longer name is left alone
    # two votes for the club against one; مانشستر alone is a name of its own (the city)
    assert result[4] == ["O", "B-ORG", "O", "B-LOC"]
    # one vote against one changes nothing; a window of one sentence sees only its neighbours
    assert discourse.consistent([clubs, town], [club_tags, town_tags])[1] == town_tags
    far = discourse.consistent([first, clubs, again], [tags, club_tags, ["O"] * 7], window=1)
    assert far[2] == ["O"] * 7


def test_decoding_never_starts_a_name_with_i():
    rows = {0: {"O": 0.9, "B-PERS": 0.05}, 1: {"I-PERS": 0.6, "B-PERS": 0.3, "O": 0.1}}
    table = np.full((2, len(TAGS)), 1e-6)
    for i, row in rows.items():
        for tag, p in row.items():
            table[i, TAGS.index(tag)] = p
    assert decode(table, o_weight=1.0) == ["O", "B-PERS"]
    assert decode(table[1:], o_weight=1.0) == ["B-PERS"]


def test_decoding_takes_each_best_tag_only_when_they_make_a_valid_sequence():
    """The shortcut (each token's best tag) and Viterbi agree on every table, valid or not."""
    rng = np.random.default_rng(0)
    tables = [rng.dirichlet(np.full(len(TAGS), 0.3), size=n) for n in rng.integers(1, 12, 300)]
    viterbi = chain.best_paths(
        [np.log(t + 1e-12) for t in tables], tagger._TRANSITIONS, tagger._START
    )
    assert [decode(t, o_weight=1.0) for t in tables] == [[TAGS[i] for i in p] for p in viterbi]
    assert sum(not tagger._valid(t.argmax(1)) for t in tables) > 100  # both ways were taken


def test_o_weight_trades_precision_for_recall():
    table = np.array([[0.6 if t == "O" else 0.4 if t == "B-LOC" else 0.0 for t in TAGS]])
    assert decode(table, o_weight=1.0) == ["O"]
    assert decode(table, o_weight=0.5) == ["B-LOC"]


def test_crf_layer_marginals_and_likelihood_match_enumeration():
    torch.manual_seed(0)
    crf = bilstm.ChainCRF(3)
    with torch.no_grad():
        for p in crf.parameters():
            p.normal_()
    emissions = torch.randn(2, 4, 3)
    mask = torch.tensor([[True] * 4, [True, True, False, False]])
    marginals = chain.marginals(
        [emissions[0].double().numpy(), emissions[1, :2].double().numpy()],
        *(p.detach().double().numpy() for p in (crf.transitions, crf.start, crf.end)),
    )
    for b, length in enumerate((4, 2)):
        scores = {}
        for path in itertools.product(range(3), repeat=length):
            s = (
                crf.start[path[0]]
                + crf.end[path[-1]]
                + sum(emissions[b, t, y] for t, y in enumerate(path))
            )
            s = s + sum(crf.transitions[a, c] for a, c in itertools.pairwise(path))
            scores[path] = s
        log_z = torch.logsumexp(torch.stack(list(scores.values())), 0)
        for t in range(length):
            for y in range(3):
                exact = sum(torch.exp(s - log_z) for path, s in scores.items() if path[t] == y)
                assert marginals[b][t, y] == pytest.approx(exact.item(), abs=1e-5)
        gold = (1, 0, 2, 2)[:length]
        nll = crf.negative_log_likelihood(
            emissions[b : b + 1], torch.tensor([list(gold) + [0] * (4 - length)]), mask[b : b + 1]
        )
        assert nll.item() == pytest.approx((log_z - scores[gold]).item(), abs=1e-4)
    # two chains side by side (a leading axis of models) give what each gives alone
    other = [-0.5 * p.detach().double().numpy() for p in (crf.transitions, crf.start, crf.end)]
    sentences = [emissions[0].double().numpy(), emissions[1, :2].double().numpy()]
    alone = chain.marginals([2 * e for e in sentences], *other)
    together = chain.marginals(
        [np.stack([e, 2 * e]) for e in sentences],
        *(
            np.stack([p.detach().double().numpy(), o])
            for p, o in zip(crf.parameters(), other, strict=True)
        ),
    )
    for b in range(2):
        np.testing.assert_allclose(together[b][0], marginals[b], atol=1e-12)
        np.testing.assert_allclose(together[b][1], alone[b], atol=1e-12)
    # a start and an end without the models' axis are each model's
    transitions, start, end = (p.detach().double().numpy() for p in crf.parameters())
    shared = chain.marginals(
        [np.stack([e, 2 * e]) for e in sentences], np.stack([transitions, other[0]]), start, end
    )
    for b in range(2):
        np.testing.assert_allclose(shared[b][0], marginals[b], atol=1e-12)


def test_the_compiled_tanh_is_within_its_bound_of_numpy_s():
    # the LSTM's gates go through a rational approximation (it vectorizes; math.tanh does not)
    points = np.concatenate([np.linspace(-12, 12, 4001), [-1e30, -9.0, 2.01, 9.0, 1e30]])
    approximated = np.array([kernels.tanh(np.float32(x)) for x in points], dtype=np.float64)
    assert np.abs(approximated - np.tanh(points)).max() < 1.2e-6


def _lstm_reference(projected, lengths, recurrent):
    """The same LSTM one sentence at a time, in float64 and plain numpy."""
    hidden, states, start = recurrent.shape[1], [], 0
    for n in lengths:
        inputs, out = projected[start : start + n].astype(np.float64), np.zeros((n, 2 * hidden))
        start += n
        for d, steps in ((0, range(n)), (1, range(n - 1, -1, -1))):
            h, c = np.zeros(hidden), np.zeros(hidden)
            for t in steps:
                g = np.tanh(inputs[t, d * 4 * hidden : (d + 1) * 4 * hidden] + h @ recurrent[d])
                sigmoid = 0.5 * g + 0.5  # (its cell-gate slice is not used)
                c = sigmoid[hidden : 2 * hidden] * c + sigmoid[:hidden] * g[2 * hidden : 3 * hidden]
                h = sigmoid[3 * hidden :] * np.tanh(c)
                out[t, d * hidden : (d + 1) * hidden] = h
        states.append(out)
    return np.concatenate(states)


@pytest.mark.parametrize("lengths", [[4, 4, 4], [6, 3, 1, 1], [5, 2, 0, 0], [1], [0]])
def test_the_compiled_lstm_reads_every_batch_as_one_sentence_at_a_time(lengths):
    rng = np.random.default_rng(len(lengths))
    hidden = 8
    lengths = np.array(lengths)
    projected = rng.normal(0, 1.5, (lengths.sum(), 8 * hidden)).astype(np.float32)
    recurrent = rng.normal(0, 0.5, (2, hidden, 4 * hidden)).astype(np.float32)
    starts = np.cumsum(lengths) - lengths
    states = kernels.lstm_states(projected, starts, lengths, recurrent)
    np.testing.assert_allclose(states, _lstm_reference(projected, lengths, recurrent), atol=1e-5)
    if len(set(lengths)) > 1 and lengths[-1]:  # out of order: refused, not read out of bounds
        with pytest.raises(ValueError, match="longest first"):
            kernels.lstm_states(projected, starts, lengths[::-1].copy(), recurrent)


def test_the_tagger_compiles_where_numba_cannot_cache(tmp_path):
    # no __pycache__ beside the code and no user cache folder: compiled in the process instead
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "lib", copy / "lib", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "data").symlink_to(ROOT / "data")
    (copy / "lib" / "newstally" / "ner" / "__pycache__").write_text("not a folder")
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(blocked),
        "XDG_CACHE_HOME": str(blocked),
        "PYTHONPATH": str(copy / "lib"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    script = (
        "from newstally.ner import tagger\n"
        "print(tagger.tag(['قال', 'الرئيس', 'الامريكي', 'دونالد', 'ترامب']))"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "B-PERS" in run.stdout


def test_the_tagger_holds_the_blas_numba_calls_to_one_thread():
    # numba's matrix products call scipy's OpenBLAS, not numpy's; in a fresh process (where
    # nothing else has loaded scipy yet) both must be held
    script = (
        "from pathlib import Path\n"
        "from newstally.ner import tagger\n"
        "tagger.tag(['قال', 'الرئيس', 'الامريكي', 'دونالد', 'ترامب'])\n"
        "print(sorted({Path(c.filepath).parent.name for c in tagger._blas().lib_controllers}))"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "['numpy.libs', 'scipy.libs']"


def test_a_small_bilstm_trains_saves_and_loads(tmp_path):
    sentences = read_conll(SHARED_DATA / "anercorp" / "train.txt")[:40]
    path = tmp_path / "tiny.npz"
    seen = []
    result = train_bilstm(
        sentences[:30], sentences[30:], path, lambda p: seen.append(p) or 0.0, epochs=2, threads=1
    )
    assert result["best_epoch"] == 1 and len(seen) == 2 and path.exists()
    words = [w for w, _ in sentences[35]]
    (loaded,) = probabilities([words], None, path)
    np.testing.assert_allclose(loaded, seen[0][5], atol=2e-2)  # weights kept in half precision


def test_numpy_models_give_what_their_trainers_give():
    """The tagger runs both models in numpy; they must give what CRFsuite and torch give."""
    sentences = [[w for w, _ in s] for s in read_conll(SHARED_DATA / "anercorp" / "train.txt")]
    sentences = sentences[-60:] + [SEED_SENTENCE, ["داعش"]]
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(MODEL_PATH))
    known = names.load(MODEL_PATH)  # the gazetteer's names it was trained with
    assert any(any(known.tags(words)) for words in sentences)
    for words, ours in zip(sentences, probabilities(sentences, MODEL_PATH, None), strict=True):
        crfsuite.set(token_features(words, known))
        theirs = [[crfsuite.marginal(t, i) for t in TAGS] for i in range(len(words))]
        np.testing.assert_allclose(ours, theirs, atol=1e-5)
    model = neural.load(NEURAL_PATH)
    with np.load(NEURAL_PATH) as saved:
        state = {
            k: torch.from_numpy(saved[k]).float()
            for k in saved.files
            if not k.startswith(("vocabulary.", "embeddings.", "news_lm."))
        }
    hidden = state["lstm.weight_hh_l0"].shape[1]
    torch_model = bilstm.BiLSTMCRF(model.vocabulary, hidden, 2 * news_lm.load().hidden)
    missing, unexpected = torch_model.load_state_dict(state, strict=False)
    assert missing == ["news.weight"] and not unexpected  # the news vectors have their own file
    for ours, theirs in zip(
        probabilities(sentences, None, NEURAL_PATH),
        bilstm.probabilities(torch_model, sentences),
        strict=True,
    ):
        np.testing.assert_allclose(ours, theirs, atol=1e-4)


def test_the_crf_sees_the_names_the_gazetteer_knew_when_it_was_trained(tmp_path):
    known = names.load(MODEL_PATH)
    # the longest name wins, its first word also behind a clitic (ANERcorp's own spellings)
    words = "وقال مسؤول في الأمم المتحدة إن القوات دخلت بالموصل".split()
    assert known.tags(words) == [
        None,
        None,
        None,
        "B-ORG:organization",
        "I-ORG:organization",
        None,
        None,
        None,
        "B-LOC:city",
    ]
    features = token_features(words, known)
    assert features[3]["gz"] == "B-ORG:organization" and features[2]["1:gz"] == "B-ORG:organization"
    assert "gz" not in token_features(words)[3]  # no list, no names
    # a CRF without its list is refused, with the command that makes one
    shutil.copy(MODEL_PATH, tmp_path / "ner.crfsuite")
    with pytest.raises(FileNotFoundError, match="train-ner"):
        names.load(tmp_path / "ner.crfsuite")


def test_features_see_the_stem_behind_clitics():
    features = token_features(["وبغداد", "والعراق"])
    assert features[1]["stem"] == "عراق" and features[0]["1:w"] == "والعراق"


def test_features_see_the_proclitics_that_begin_a_name_after_another():
    # ANERcorp's development split: two singers, the second after و (two names, not one)
    features = token_features(["غادة", "عادل", "وياسمين", "عبد", "العزيز"])
    assert [f["pre"] for f in features] == ["", "", "و", "", "ال"]
    assert features[1]["1:pre"] == "و" and features[3]["-1:pre"] == "و"
    assert "2:pre" not in features[0]  # only the words beside a token give theirs


def test_news_embeddings_put_words_used_alike_together():
    news = embeddings.load()
    kept = len(news.words)  # every word seen 3 times or more, up to KEPT
    assert 100_000 < kept <= embeddings.KEPT and news.vectors.shape == (kept, 100)
    # k-means at 64, 256 and 1024 clusters: Iraqi cities share one, Trump's two spellings another
    assert news.clusters_of("كركوك") == news.clusters_of("اربيل")
    assert news.clusters_of("بغداد")[1:] == news.clusters_of("كركوك")[1:]
    assert news.clusters_of("ترامب")[1:] == news.clusters_of("ترمب")[1:]
    assert news.clusters_of("داعش") == news.clusters_of("القاعده")
    assert news.clusters_of("بغداد") != news.clusters_of("ترامب")
    assert news.clusters_of("لكركوك") is None  # not kept: the tagger reads its stem's
    (features,) = token_features(["لكركوك"])
    assert features["c256"] == str(news.clusters_of("كركوك")[1])
    (row,) = neural.load(NEURAL_PATH).vocabulary.encode(["لكركوك"])
    assert row[neural.IDS - 1] == 1 + news.index["كركوك"]


def test_the_embeddings_read_news_as_the_tagger_sees_it(tmp_path):
    ant = tmp_path / "ant.jsonl.gz"
    with gzip.open(ant, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"text": "قُتل 5 أشخاص في بغداد. وأصيب آخرون بجروح."}) + "\n")
    conll = tmp_path / "train.txt"
    conll.write_text("".join(f"كلمة{i} O\nعلى O\n\n" for i in range(10)), encoding="utf-8")
    text = list(embeddings.sentences(ant, conll, wikifane=False))
    assert text[:2] == [["قتل", "5", "اشخاص", "في", "بغداد", "."], ["واصيب", "اخرون", "بجروح", "."]]
    # the training split only: the development split (the last tenth) is never read
    assert text[2:] == [[f"كلمه{i}", "علي"] for i in range(9)]


def test_train_embeddings_learns_from_a_slice_of_the_corpus(tmp_path):
    ant = tmp_path / "ant.jsonl.gz"
    with gzip.open(ANT_CORPUS, "rt", encoding="utf-8") as lines, gzip.open(ant, "wt") as out:
        out.writelines(itertools.islice(lines, 300))
    conll = tmp_path / "train.txt"
    conll.write_text("", encoding="utf-8")
    path = tmp_path / "embeddings.npz"
    card = embeddings.train_embeddings(path, 1, ant, conll, False, (4, 8, 16))
    text = list(embeddings.sentences(ant, conll, wikifane=False))
    assert card["sentences"] == len(text) and card["tokens"] == sum(map(len, text))
    saved = embeddings.load(path)
    assert len(saved.words) == card["kept"] == card["vocabulary"] > 3000  # seen 3 times or more
    frequency = Counter(w for s in text for w in s)
    assert saved.words[:3] == [w for w, _ in frequency.most_common(3)]
    assert min(frequency[w] for w in saved.words) == 3
    assert saved.vectors.shape == (card["kept"], 100) and saved.vectors.dtype == np.float16
    assert saved.clusters.max(0).tolist() == [3, 7, 15]


def test_a_tagger_refuses_embeddings_it_was_not_trained_with(tmp_path, monkeypatch):
    missing = tmp_path / "none.npz"
    with pytest.raises(FileNotFoundError, match="train-embeddings"):
        embeddings.load(missing)
    with np.load(embeddings.EMBEDDINGS) as saved:
        arrays = {k: saved[k] for k in saved.files}
    arrays["clusters"] = arrays["clusters"][::-1].copy()  # the same words, other clusters
    other = tmp_path / "other.npz"
    np.savez(other, **arrays)
    assert embeddings.load(other).fingerprint != embeddings.load().fingerprint
    other_news = embeddings.load(other)
    monkeypatch.setattr(
        neural, "embeddings", SimpleNamespace(load=lambda: other_news, EMBEDDINGS=other)
    )
    with pytest.raises(ValueError, match="other news embeddings"):
        neural.load.__wrapped__(NEURAL_PATH)


def test_the_news_language_model_runs_in_numpy_as_in_torch():
    sentences = [[w for w, _ in s] for s in read_conll(SHARED_DATA / "anercorp" / "train.txt")]
    sentences = sentences[-20:] + [SEED_SENTENCE, ["داعش"], []]
    ours = news_lm.load()
    with np.load(news_lm.NEWS_LM) as saved:
        state = {k: torch.from_numpy(saved[k]) for k in saved.files if k.startswith("lstm.")}
    model = bilstm.NewsLanguageModel(ours.hidden, 3)
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert (
        sorted(missing)
        == [
            "guesses.0.bias",
            "guesses.0.weight",
            "guesses.1.bias",
            "guesses.1.weight",
            "news.weight",
        ]
        and not unexpected
    )
    model.eval()
    with torch.inference_mode():
        for words, states in zip(sentences, ours.sentence_states(sentences), strict=True):
            assert states.shape == (len(words), 2 * ours.hidden)
            if words:
                ids = torch.from_numpy(news_lm.vector_ids(words))[None]
                theirs = model.states(ids, torch.tensor([len(words)]))[0].numpy()
                np.testing.assert_allclose(states, theirs, atol=1e-4)


def test_train_news_lm_learns_from_a_slice_of_the_corpus(tmp_path, monkeypatch):
    ant = tmp_path / "ant.jsonl.gz"
    with gzip.open(ANT_CORPUS, "rt", encoding="utf-8") as lines, gzip.open(ant, "wt") as out:
        out.writelines(itertools.islice(lines, 100))
    conll = tmp_path / "train.txt"
    conll.write_text("", encoding="utf-8")
    text = list(embeddings.news_sentences(ant, conll))
    path = tmp_path / "news_lm.npz"
    card = train_news_lm(text, path, hidden=16, threads=1, batch_size=8)
    pieces = [s[i : i + 60] for s in text for i in range(0, len(s), 60)]
    assert card["tokens"] == sum(len(p) for p in pieces if len(p) >= 3)
    # a guess among 1,026 classes costs ln 1026 = 6.93 a direction at first; it learns
    first, last = card["loss"]
    assert 13.7 < first < 14.1 and last < first - 2
    small = news_lm.load(path)
    (states,) = small.sentence_states([SEED_SENTENCE])
    assert states.shape == (len(SEED_SENTENCE), 32) and np.abs(states).max() < 1
    # a tagger trained with the states of another language model refuses this one
    monkeypatch.setattr(neural.news_lm, "load", lambda: small)
    with pytest.raises(ValueError, match="language model"):
        neural.load.__wrapped__(NEURAL_PATH)


def test_the_crf_reads_the_clusters_of_the_embeddings_loaded_now(tmp_path, monkeypatch):
    # embeddings trained again in the same process (other clusters) are what the features read
    with np.load(embeddings.EMBEDDINGS) as saved:
        arrays = {k: saved[k] for k in saved.files}
    arrays["clusters"] = arrays["clusters"][::-1].copy()
    other = tmp_path / "other.npz"
    np.savez(other, **arrays)
    news, other_news = embeddings.load(), embeddings.load(other)
    (before,) = token_features(["كركوك"])
    assert before["c64"] == str(news.clusters_of("كركوك")[0])
    monkeypatch.setattr(features, "load_embeddings", lambda: other_news)
    (after,) = token_features(["كركوك"])
    assert after["c1024"] == str(other_news.clusters_of("كركوك")[2]) != before["c1024"]


def test_wikifane_is_read_in_anercorps_form():
    sentences = read_wikifane()
    first = sentences[0]
    words = [w for w, _ in first]
    assert first[:3] == [("جمهورية", "B-LOC"), ("جنوب", "I-LOC"), ("السودان", "I-LOC")]
    assert ("جوبا", "B-LOC") in first and ("وملكال", "B-LOC") in first  # و back on its word
    assert "عاصمتها" in words and "ها" not in words and "و" not in words
    assert not any("\u200e" in w or "\ufeff" in w for s in sentences for w, _ in s)
    with gzip.open(wikifane.WIKIFANE, "rt", encoding="utf-8") as lines:
        classes = {line.strip().partition("\tB-")[2] for line in lines if "\tB-" in line}
    # every class is mapped or ruled out (51 in the file; its README counts 50)
    assert len(classes) == 51 and classes == set(wikifane.MAPPING) | set(wikifane.NO_NAMES)
    names = Counter(t for s in sentences for _, t in s if t.startswith("B-"))
    assert (names["B-LOC"], names["B-PERS"], names["B-ORG"], names["B-MISC"]) == (
        17_577,
        8_927,
        4_314,
        0,
    )
    tokens = [pair for s in sentences for pair in s]
    assert ("وهران", "B-LOC") in tokens  # و/B-LOC هران/I-LOC: a clitic inside a name
    assert not any(
        w[0] in wikifane.PROCLITICS and not w[1].isalpha() for w, _ in tokens[1:] if len(w) > 1
    )
    # a pronoun stays apart after a word with the article: الشماليين هم تجار, "they are"
    assert not any(w.startswith("ال") and w.endswith(("ينهم", "ونهم")) for w, _ in tokens)
    assert all(
        not b.startswith("I-") or a[2:] == b[2:]
        for s in sentences
        for (_, a), (_, b) in itertools.pairwise([("", "O"), *s])
    )


def test_committed_scores_describe_the_committed_models():
    scores = json.loads(SCORES_PATH.read_text(encoding="utf-8"))
    assert MODEL_PATH.exists() and NEURAL_PATH.exists()
    assert scores["development_sentences"] == 398
    assert set(scores) >= {"PERS", "LOC", "ORG", "MISC", "overall"}
    assert 1 <= scores["params"]["best_epoch"] <= scores["params"]["epochs"]
    assert 0 < scores["overall"]["f1"] <= 100


def test_eval_ner_prints_scores_for_a_conll_file(tmp_path):
    conll = tmp_path / "tiny.txt"
    conll.write_text(
        "قال O\nإبراهيم B-PERS\nالقحطاني I-PERS\nفي O\nسوريا B-LOC\n. O\n", encoding="utf-8"
    )
    lines = eval_ner_lines(str(conll))
    assert lines[0].endswith("1 sentences, 6 tokens")
    assert any(line.startswith("overall ") for line in lines)


def test_eval_ner_writes_its_scores_and_keeps_what_training_wrote(tmp_path):
    conll = tmp_path / "tiny.txt"
    conll.write_text("قال O\nإبراهيم B-PERS\nالقحطاني I-PERS\n. O\n", encoding="utf-8")
    scores = tmp_path / "scores.json"
    scores.write_text(json.dumps({"overall": {"f1": 1.0}, "params": {"epochs": 40}}))
    lines = eval_ner_lines(str(conll), "--scores", str(scores))
    written = json.loads(scores.read_text(encoding="utf-8"))
    assert written["params"] == {"epochs": 40, "discourse_window": discourse.WINDOW}
    assert lines[-1].split()[1:4] == [
        f"{written['overall'][k]:.2f}" for k in ("precision", "recall", "f1")
    ]
    assert written["PERS"]["support"] == 1


def test_eval_ner_without_a_file_scores_the_development_split():
    lines = eval_ner_lines()
    assert lines[0].endswith("(development split): 398 sentences, 12,355 tokens")
    scores = json.loads(SCORES_PATH.read_text(encoding="utf-8"))["overall"]
    assert lines[-1].split()[1:4] == [f"{scores[k]:.2f}" for k in ("precision", "recall", "f1")]


def eval_ner_lines(*args: str) -> list[str]:
    """What `python -m newstally eval ner ARGS` prints, run as a user runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "newstally", "eval", "ner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()
