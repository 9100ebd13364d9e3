"""`newstally eval isaf` and `eval ner`: the library against labelled data, as lines to print."""

from __future__ import annotations

import json
from pathlib import Path

from ..ner.conll import read_conll, split
from ..ner.discourse import WINDOW
from ..ner.tagger import evaluate_sentences
from ..paths import ANERCORP
from . import isaf


def eval_isaf(path: str | Path, out: str | Path | None = None) -> list[str]:
    """Score ISAF releases field by field; optionally write every predicted record."""
    golds, predictions = [], []
    for text, gold in isaf.read_releases(path):
        golds.append(gold)
        predictions.append(isaf.predict(text))
    if out:
        with Path(out).open("w", encoding="utf-8") as handle:
            for record in predictions:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    scores = isaf.score(golds, predictions)
    lines = [f"ISAF releases: {len(golds)} ({path})", f"{'field':24s} accuracy"]
    lines += [f"{field:24s} {scores[field]:6.2f}" for field in isaf.FIELDS]
    lines.append(f"{'aggregate':24s} {scores['aggregate']:6.2f}")
    return lines


def eval_ner(path: str | Path | None = None, scores_path: str | Path | None = None) -> list[str]:
    """The tagger on a CoNLL file (default: the development split of ANERcorp's training
    file): entity-level precision, recall and F1 per type. With `scores_path`, those rows
    replace the ones in that JSON file (`data/models/ner_scores.json`), and what training wrote
    there is kept."""
    if path:
        sentences, name = read_conll(path), str(path)
    else:
        sentences, name = split(read_conll(ANERCORP))[1], f"{ANERCORP} (development split)"
    lines = [f"{name}: {len(sentences)} sentences, {sum(map(len, sentences)):,} tokens"]
    scores = evaluate_sentences(sentences)
    if scores_path:
        scores_path = Path(scores_path)
        kept = json.loads(scores_path.read_text(encoding="utf-8")) if scores_path.exists() else {}
        kept.setdefault("params", {})["discourse_window"] = WINDOW
        text = json.dumps(kept | scores, indent=2) + "\n"
        scores_path.write_text(text, encoding="utf-8")
    return lines + score_lines(scores)


def score_lines(scores: dict) -> list[str]:
    """A precision / recall / F1 table of entity-level scores by type."""
    lines = [f"{'type':8s} {'precision':>9s} {'recall':>7s} {'F1':>7s} {'support':>8s}"]
    for name, row in scores.items():
        if isinstance(row, dict) and "f1" in row:
            lines.append(
                f"{name:8s} {row['precision']:9.2f} {row['recall']:7.2f} {row['f1']:7.2f} "
                f"{row['support']:8d}"
            )
    return lines
