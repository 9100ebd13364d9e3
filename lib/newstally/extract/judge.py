"""The learned stage of the tally extractor: which event, if any, a candidate number counts.

The rules (`tallies`) read each number's clause and propose an event, or none. A multinomial
logistic regression (trained by `newstally train-tallies` on the annotated gold, see
`data/models/README.md`) then decides from the words around the number and from what the rules
proposed: one of the guide's events, or `none` (not a tally). Its weights are a JSON file read
into numpy arrays: no scikit-learn at run time.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..paths import TALLY_MODEL
from .lexicon import EVENT_WORDS, lookup
from .nouns import SUBJECT_WORDS

NONE = "none"  # the label of a number that is not a tally


class Candidate(NamedTuple):
    """A number the learned stage judges: its raw span, value, features and the rules' event."""

    start: int
    end: int
    value: int | None
    features: list[str]
    rule_event: str | None


RULE_PREFIXES = ("rule=", "role=")  # the features that carry the rules' own reading
WINDOW = 8  # tokens read on each side of the number for the bags of event and role words


def features(tokens, position, hedge, after, clause_end, number, role, rule_event) -> list[str]:
    """The names of a candidate's features: what the rules said (`rule=`, `role=`), the number
    (qualifier, size, digits or words), the three words on each side, and the event and role
    words in its clause before and after it."""
    names = [
        f"rule={rule_event}",
        f"role={role}",
        f"qualifier={number.qualifier}",
        f"size={_size(number.value)}",
        f"digits={tokens[position].text[:1].isdigit()}",
    ]
    for offset in (1, 2, 3):
        i = hedge - offset
        word = tokens[i].text if i >= 0 else "<s>"
        names += _word(f"-{offset}", word)
    for offset in (0, 1, 2):
        i = after + offset
        word = tokens[i].text if i < clause_end else "</s>"
        names += _word(f"+{offset}", word)
    for side, window in (
        ("before", tokens[max(0, hedge - WINDOW) : hedge]),
        ("after", tokens[after : min(clause_end, after + WINDOW)]),
    ):
        for token in window:
            if event := lookup(token.text, EVENT_WORDS):
                names.append(f"{side}:event={event}")
            if side == "after" and (noun := lookup(token.text, SUBJECT_WORDS)):
                names.append(f"after:role={noun}")
    return names


def _word(at: str, word: str) -> list[str]:
    """A word at a position: itself, and its event word if the lexicon knows one."""
    names = [f"w{at}={word.removeprefix('و') if len(word) > 3 else word}"]
    if event := lookup(word, EVENT_WORDS):
        names.append(f"e{at}={event}")
    return names


def _size(value: int | None) -> str:
    """A number's order of magnitude (`vague` for عشرات، dozens)."""
    return "vague" if value is None else str(min(len(str(value)), 7))


class Judge:
    """A trained model: its labels, each feature's weight for each label, and how it decides.

    With `veto` (the model that saw the rules' reading) it keeps the rules' event unless `none`
    is at least `threshold` probable: it can drop a count, not add one. Without, it decides
    alone: `none` when that probable, else its most probable event."""

    def __init__(
        self,
        labels: list[str],
        weights: dict[str, list[float]],
        bias: list[float],
        threshold: float = 0.5,
        veto: bool = True,
    ):
        self.labels = labels
        self.threshold = threshold
        self.veto = veto
        self.index = {name: k for k, name in enumerate(weights)}
        self.weights = np.array(list(weights.values()), dtype=np.float64).reshape(-1, len(labels))
        self.bias = np.array(bias, dtype=np.float64)

    def decide(self, names: list[str], rule_event: str | None) -> str | None:
        """The event for a candidate with these features that the rules read as `rule_event`;
        None: not a tally."""
        rows = [self.index[name] for name in names if name in self.index]
        scores = self.bias + self.weights[rows].sum(axis=0)
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        none = self.labels.index(NONE)
        if probabilities[none] >= self.threshold:
            return None
        if self.veto:
            return rule_event
        probabilities[none] = 0
        return self.labels[int(np.argmax(probabilities))]

    def to_dict(self) -> dict:
        return {
            "labels": self.labels,
            "threshold": self.threshold,
            "veto": self.veto,
            "bias": self.bias.round(4).tolist(),
            "weights": {
                name: self.weights[k].round(4).tolist()
                for name, k in sorted(self.index.items())
                if np.abs(self.weights[k]).max() >= 1e-3
            },
        }

    @classmethod
    def from_dict(cls, data: dict) -> Judge:
        return cls(data["labels"], data["weights"], data["bias"], data["threshold"], data["veto"])


@lru_cache(maxsize=1)
def load(path: Path = TALLY_MODEL) -> Judge | None:
    """The trained model, or None when there is none (the rules alone decide)."""
    if not path.exists():
        return None
    return Judge.from_dict(json.loads(path.read_text(encoding="utf-8")))
