"""Where the project keeps its files: the checkout's root, its `data/`, and the shared data
folder beside the checkout (read by path, never copied in)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SHARED_DATA = ROOT.parent / "shared" / "data"
MODELS = DATA / "models"
CRF_MODEL = MODELS / "ner.crfsuite"
BILSTM_MODEL = MODELS / "ner_bilstm.npz"
NER_SCORES = MODELS / "ner_scores.json"
EMBEDDINGS = MODELS / "embeddings.npz"
NEWS_LM = MODELS / "news_lm.npz"
TALLY_MODEL = MODELS / "tally_events.json"
ANT_CORPUS = SHARED_DATA / "ant_news" / "ant_news_2018.jsonl.gz"
ANERCORP = SHARED_DATA / "anercorp" / "train.txt"
TALLY_SCORES = DATA / "gold" / "ant_scores.json"
CONFLICT_GOLD = DATA / "gold" / "ant_conflict.tsv"
CONFLICT_SCORES = DATA / "gold" / "conflict_scores.json"
EVENTS_CHECK = DATA / "gold" / "ant_events_check.json"  # the event grouping checked by hand
