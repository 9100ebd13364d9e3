"""`newstally eval ...`: score the library against labelled data and print the figures."""

from __future__ import annotations

import json
from pathlib import Path

from ..extract.analysis import analyze
from ..ner.conll import read_conll
from ..records import SCORED_EVENTS
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


def eval_tallies(gold_path: str | Path, conll_path: str | Path) -> list[str]:
    """Score tallies on hand-annotated CoNLL sentences: precision, recall and F1 over the
    unique (event, count, location) of each sentence, and qualifier agreement on the matches."""
    sentences = read_conll(conll_path)
    rows = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines()]
    true_positive = predicted_total = gold_total = agree = 0
    per_event: dict[str, list[int]] = {}
    for row in rows:
        text = " ".join(token for token, _ in sentences[row["sentence"]])
        gold = {_key(t): t["qualifier"] for t in row["tallies"] if t["event"] in SCORED_EVENTS}
        found = {
            _key(t.to_dict()): t.qualifier
            for t in analyze(text).tallies
            if t.event in SCORED_EVENTS
        }
        matched = gold.keys() & found.keys()
        true_positive += len(matched)
        predicted_total += len(found)
        gold_total += len(gold)
        agree += sum(gold[k] == found[k] for k in matched)
        for key in gold.keys() | found.keys():
            counts = per_event.setdefault(key[0], [0, 0, 0])
            counts[0] += key in matched
            counts[1] += key in found
            counts[2] += key in gold
    lines = [
        f"sentences: {len(rows)} ({sum(bool(r['tallies']) for r in rows)} with counts), "
        f"gold counts: {gold_total}",
        f"{'event':12s} {'precision':>9s} {'recall':>7s} {'F1':>7s} {'gold':>5s}",
    ]
    for event, (tp, predicted, expected) in sorted(per_event.items()):
        lines.append(_prf_line(event, tp, predicted, expected))
    lines.append(_prf_line("overall", true_positive, predicted_total, gold_total))
    share = 100 * agree / true_positive if true_positive else 0.0
    lines.append(f"qualifier agreement on matched counts: {share:.1f}% ({agree}/{true_positive})")
    return lines


def _key(tally: dict) -> tuple:
    return (tally["event"], tally["count"], tally["location"])


def _prf_line(name: str, tp: int, predicted: int, expected: int) -> str:
    precision = 100 * tp / predicted if predicted else 0.0
    recall = 100 * tp / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:12s} {precision:9.1f} {recall:7.1f} {f1:7.1f} {expected:5d}"


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
