"""camel-tools' BERT NER as an optional entity source, for users who have its data installed.

Importing `camel_tools.ner` (or `camel_tools.data`) loads camel-tools' data catalogue and, when
it is missing, tries to download it; so this module checks the data folder first and imports
camel-tools' NER only when the model is there.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from ..records import TAGGER_LABELS, Entity
from ..text import NormalizedText
from .conll import tag_spans

INSTALL_HINT = (
    "camel-tools' NER model is not installed: on a machine with network access run "
    "`camel_data -i ner-arabert`, or set CAMELTOOLS_DATA to a folder that holds it"
)


class CamelNERUnavailable(RuntimeError):
    """camel-tools' NER data is not installed where camel-tools looks for it."""


def camel_data_dir() -> Path:
    """Where camel-tools keeps its data: $CAMELTOOLS_DATA, else ~/.camel_tools."""
    configured = os.environ.get("CAMELTOOLS_DATA")
    return Path(configured).expanduser().absolute() if configured else Path.home() / ".camel_tools"


def ner_model_path(model_name: str | None = None) -> Path:
    """The installed NER model's folder, read from camel-tools' catalogue without importing it."""
    catalogue_path = camel_data_dir() / "catalogue.json"
    if not catalogue_path.is_file():
        raise CamelNERUnavailable(f"{INSTALL_HINT} (no {catalogue_path})")
    component = json.loads(catalogue_path.read_text(encoding="utf-8"))["components"].get(
        "NamedEntityRecognition"
    )
    if component is None:
        raise CamelNERUnavailable(f"{INSTALL_HINT} ({catalogue_path} lists no NER model)")
    dataset = component["datasets"].get(model_name or component["default"])
    path = camel_data_dir() / "data" / dataset["path"] if dataset else None
    if path is None or not (path / "config.json").is_file():
        raise CamelNERUnavailable(f"{INSTALL_HINT} (no model at {path})")
    return path


@lru_cache(maxsize=2)
def _recognizer(model_name: str | None):
    ner_model_path(model_name)  # fail with the hint before camel-tools tries a download
    from camel_tools.ner import NERecognizer

    return NERecognizer.pretrained(model_name, use_gpu=False)


def camel_entities(normalized: NormalizedText, model_name: str | None = None) -> list[Entity]:
    """camel-tools' NER over each sentence's words (raw spelling), as `source="model"` entities."""
    words = [normalized.sentence_tokens(sentence) for sentence in normalized.sentences]
    words = [sentence for sentence in words if sentence]
    raw = normalized.raw
    predicted = _recognizer(model_name).predict(
        [[raw[t.raw.start : t.raw.end] for t in s] for s in words]
    )
    entities = []
    for sentence, tags in zip(words, predicted, strict=True):
        for first, end, kind in tag_spans(tags):
            start, stop = sentence[first].raw.start, sentence[end - 1].raw.end
            label = TAGGER_LABELS.get(kind, "MISC")
            entities.append(Entity(raw[start:stop], start, stop, label, None, None, None, "model"))
    return entities
