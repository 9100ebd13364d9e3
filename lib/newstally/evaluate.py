"""`newstally eval ...`: score the library against labelled data and print the figures."""

from __future__ import annotations

import json
from pathlib import Path

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
