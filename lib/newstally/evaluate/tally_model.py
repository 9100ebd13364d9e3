"""Training the learned stage of the tally extractor (`extract.judge`) and the ablation that
says whether it helps: the rules alone, the model alone (without the rules' reading as
features) and both, each scored on the development gold by five-fold cross-validation (no
text is scored by a model that saw it), on the ANT development split and the ANERcorp sentences.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from ..extract.analysis import analyze_many
from ..extract.judge import NONE, RULE_PREFIXES, Candidate, Judge
from ..extract.judge import load as load_judge
from ..extract.tallies import extract_tallies
from ..paths import DATA, TALLY_MODEL
from ..records import parse_published
from .tallies import GoldArticle, load_gold, score

ANT_GOLD = DATA / "gold" / "ant_tallies.jsonl"
ANERCORP_GOLD = DATA / "gold" / "anercorp_tallies.jsonl"
SETTINGS = ("rules", "learned", "both")
FOLDS = 5
C = 1.0  # the inverse strength of the L2 penalty
THRESHOLD = 0.5  # `none` at least this probable: not a tally


@dataclass
class Prepared:
    """A gold text with what the stages before tallies found in it, computed once."""

    gold: GoldArticle
    normalized: object
    published: object
    entities: list

    def candidates(self) -> list[tuple[Candidate, str]]:
        """Each number the learned stage would judge, with its gold label (`_label`)."""
        found: list[Candidate] = []
        extract_tallies(self.normalized, self.published, self.entities, False, found)
        return [(c, _label(c, self.gold.rows)) for c in found]

    def predict(self, judge: Judge | None) -> list[dict]:
        tallies = extract_tallies(self.normalized, self.published, self.entities, judge or False)
        return [t.to_dict() for t in tallies]


def _label(candidate: Candidate, rows: list[dict]) -> str:
    """The event of the gold row whose evidence holds the number and whose count is its value;
    else (a figure repeated, which the gold writes once) of a row with that count elsewhere in
    the text (not for a vague count: "dozens" twice may be two tolls); else `none`."""
    same = [row for row in rows if row["count"] == candidate.value]
    for row in same:
        if row["start"] <= candidate.start and candidate.end <= row["end"]:
            return row["event"]
    return same[0]["event"] if same and candidate.value is not None else NONE


def prepare(articles: list[GoldArticle], batch: int = 16) -> list[Prepared]:
    prepared = []
    for first in range(0, len(articles), batch):
        chunk = articles[first : first + batch]
        analyses = analyze_many([(a.text, parse_published(a.published)) for a in chunk])
        prepared += [
            Prepared(a, x.normalized, x.published, x.entities)
            for a, x in zip(chunk, analyses, strict=True)
        ]
    return prepared


def fit(examples: list[tuple[Candidate, str]], rules: bool = True) -> Judge:
    """A multinomial logistic regression over the candidates' features. With `rules`, it sees
    the rules' reading and vetoes their counts; without, it decides alone."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def kept(names: list[str]) -> dict[str, int]:
        return {n: 1 for n in names if rules or not n.startswith(RULE_PREFIXES)}

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([kept(c.features) for c, _ in examples])
    y = [label for _, label in examples]
    model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    labels = [str(label) for label in model.classes_]
    coefficients = model.coef_.T  # features x labels
    if len(labels) == 2:  # scikit-learn keeps one row for two classes
        coefficients = [[-w[0] / 2, w[0] / 2] for w in coefficients]
        bias = [-model.intercept_[0] / 2, model.intercept_[0] / 2]
    else:
        bias = list(model.intercept_)
    weights = {
        name: [float(w) for w in coefficients[k]] for name, k in vectorizer.vocabulary_.items()
    }
    return Judge(labels, weights, [float(b) for b in bias], THRESHOLD, veto=rules)


def cross_validated(texts: list[Prepared], setting: str, folds: int = FOLDS) -> list[list[dict]]:
    """Each text's rows, from a model trained on the other folds (or the rules alone)."""
    if setting == "rules":
        return [t.predict(None) for t in texts]
    order = list(range(len(texts)))
    random.Random(folds).shuffle(order)
    fold_of = {k: n % folds for n, k in enumerate(order)}
    examples = [t.candidates() for t in texts]
    predictions: list[list[dict] | None] = [None] * len(texts)
    for fold in range(folds):
        training = [e for k, ex in enumerate(examples) if fold_of[k] != fold for e in ex]
        judge = fit(training, rules=setting == "both")
        for k, text in enumerate(texts):
            if fold_of[k] == fold:
                predictions[k] = text.predict(judge)
    return predictions


def train_tallies(
    ant_gold: Path = ANT_GOLD, anercorp_gold: Path = ANERCORP_GOLD, model_path: Path = TALLY_MODEL
) -> dict:
    """Score the three settings by cross-validation on the ANT development split and the
    ANERcorp sentences, and keep what wins on the ANT split: when a model beats the rules
    alone, train it on all those texts and write it to `model_path` (the extractor then uses
    it); when the rules win, remove any model there."""
    ant = prepare([a for a in load_gold(ant_gold) if a.split == "dev"])
    anercorp = prepare(load_gold(anercorp_gold))
    texts = ant + anercorp
    ablation = {}
    for setting in SETTINGS:
        predicted = cross_validated(texts, setting)
        ablation[setting] = {
            "ant_dev": score([t.gold for t in ant], predicted[: len(ant)])["overall"],
            "anercorp": score([t.gold for t in anercorp], predicted[len(ant) :])["overall"],
        }
    kept = max(SETTINGS, key=lambda s: (ablation[s]["ant_dev"]["f1"], s == "rules"))
    examples = [e for t in texts for e in t.candidates()]
    if kept == "rules":
        model_path.unlink(missing_ok=True)  # an older model must not outlive its defeat
    else:
        judge = fit(examples, rules=kept == "both")
        model = judge.to_dict() | {
            "trained_on": [f"{ant_gold.name} (dev split)", anercorp_gold.name]
        }
        model_path.parent.mkdir(parents=True, exist_ok=True)
        model_path.write_text(
            json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8"
        )
    load_judge.cache_clear()  # the extractor reads the model kept now
    return {"candidates": len(examples), "ablation": ablation, "kept": kept}
