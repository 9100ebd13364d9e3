"""The names a gazetteer knows, kept beside the feature CRF that reads them
(`newstally.ner.features.NameList`: each token inside a known place or actor is tagged with
its place in the name, its type and its kind, B-LOC:city, I-ORG:armed group).

The list is made by `python -m newstally train-ner` from the library's gazetteer
(`newstally.extract.gazetteer`) and saved beside the CRF it trains, so the tagger reads the
names the CRF learned with, whatever the gazetteer holds later.
"""

from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache
from pathlib import Path

from .features import NameList


def path_for(model_path: Path) -> Path:
    """Where a CRF's name list is kept: beside it (`ner.crfsuite` -> `ner.names.json.gz`)."""
    return model_path.with_suffix(".names.json.gz")


def save(names: dict[str, str], model_path: Path) -> None:
    """Keep a CRF's name list beside it (`path_for`), sorted and compressed."""
    path = path_for(model_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(sorted(names.items())), ensure_ascii=False, indent=0)
    written = path.with_suffix(".tmp")
    written.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    os.replace(written, path)  # whole or not at all
    load.cache_clear()


@lru_cache(maxsize=4)
def load(model_path: Path) -> NameList:
    """The name list a CRF was trained with."""
    path = path_for(Path(model_path))
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: the CRF's name list is missing; train the CRF again with "
            "`python -m newstally train-ner`"
        )
    return NameList(json.loads(gzip.decompress(path.read_bytes()).decode("utf-8")))
