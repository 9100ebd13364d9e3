"""`newstally eval conflict`: the conflict filter (`extract.conflict`) against ANT articles
labelled by hand (`data/gold/ant_conflict.tsv`: id, source, category, split, conflict)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..extract.analysis import analyze_many
from ..extract.conflict import is_conflict_article
from ..paths import ANT_CORPUS, CONFLICT_GOLD
from ..records import parse_published
from .tallies import _texts_from_corpus


def eval_conflict(
    gold_path: str | Path = CONFLICT_GOLD,
    split: str | None = None,
    corpus: str | Path = ANT_CORPUS,
    scores_path: str | Path | None = None,
) -> list[str]:
    """Precision and recall of the filter on the labelled articles (one split, or all); the
    articles it gets wrong. Writes the figures as JSON to `scores_path` when given."""
    with Path(gold_path).open(encoding="utf-8", newline="") as rows:
        gold = [r for r in csv.DictReader(rows, delimiter="\t") if not split or r["split"] == split]
    texts = _texts_from_corpus(Path(corpus), [r["id"] for r in gold])
    found = analyze_many([(texts[r["id"]][0], parse_published(texts[r["id"]][1])) for r in gold])
    predicted = [is_conflict_article(a.normalized, a.tallies, a.entities) for a in found]
    labelled = [r["conflict"] == "yes" for r in gold]
    both = sum(p and g for p, g in zip(predicted, labelled, strict=True))
    scores = {
        "gold": Path(gold_path).name,
        "split": split,
        "articles": len(gold),
        "conflict": sum(labelled),
        "flagged": sum(predicted),
        "precision": round(100 * both / sum(predicted), 1) if any(predicted) else 0.0,
        "recall": round(100 * both / sum(labelled), 1) if any(labelled) else 0.0,
        "missed": [r["id"] for r, p, g in zip(gold, predicted, labelled, strict=True) if g > p],
        "extra": [r["id"] for r, p, g in zip(gold, predicted, labelled, strict=True) if p > g],
    }
    if scores_path:
        Path(scores_path).write_text(json.dumps(scores, indent=1) + "\n", "utf-8")
    return [
        f"{gold_path}{f' ({split} split)' if split else ''}: {len(gold)} articles, "
        f"{scores['conflict']} labelled conflict, {scores['flagged']} flagged",
        f"precision {scores['precision']:.1f}  recall {scores['recall']:.1f}",
        f"missed: {', '.join(scores['missed']) or 'none'}",
        f"extra: {', '.join(scores['extra']) or 'none'}",
    ]
