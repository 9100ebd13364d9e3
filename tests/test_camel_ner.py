"""camel-tools' NER backend: a clear message without its data, and the real loading path with
a tiny model the test builds in camel-tools' format (nothing is downloaded).

Each case runs in its own Python process, since camel-tools reads CAMELTOOLS_DATA on import.
"""

import json
import os
import subprocess
import sys
import textwrap

LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]


def run_python(code: str, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAMELTOOLS_DATA": str(data_dir), "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def build_tiny_ner_model(data_dir) -> None:
    """A one-layer BERT token classifier that tags every word B-PERS, saved where camel-tools
    expects its default NER model, with the catalogue entry that points at it."""
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    model_dir = data_dir / "data" / "ner" / "arabert"
    model_dir.mkdir(parents=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "قتل", "في", "سوريا"]
    (model_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    BertTokenizer(str(model_dir / "vocab.txt")).save_pretrained(model_dir)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=8,
        num_hidden_layers=1,
        num_attention_heads=1,
        intermediate_size=8,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([10.0 if t == "B-PERS" else 0.0 for t in LABELS]))
    model.save_pretrained(model_dir)
    catalogue = {
        "version": "1.6",
        "packages": {},
        "components": {
            "NamedEntityRecognition": {
                "default": "arabert",
                "datasets": {"arabert": {"path": "ner/arabert"}},
            }
        },
    }
    (data_dir / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")


def test_camel_backend_without_data_says_how_to_install(tmp_path):
    result = run_python(
        """
        import sys
        from newstally.ner.camel import CamelNERUnavailable
        from newstally.extract.entities import extract_entities
        from newstally.text import normalize
        try:
            extract_entities(normalize("قتل في سوريا"), backend="camel")
        except CamelNERUnavailable as error:
            print(error)
        print("camel_tools.ner" in sys.modules, "camel_tools.data" in sys.modules)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    message, imported = result.stdout.splitlines()
    assert message.startswith("camel-tools' NER model is not installed")
    assert "camel_data -i ner-arabert" in message and str(tmp_path) in message
    assert imported == "False False"


def test_default_extraction_never_touches_camel_ner(tmp_path):
    result = run_python(
        """
        import sys
        from newstally.extract.entities import extract_entities
        from newstally.text import normalize
        extract_entities(normalize("قتل في سوريا"))
        print("camel_tools.ner" in sys.modules, "camel_tools.data" in sys.modules)
        """,
        tmp_path,
    )
    assert result.stdout.strip() == "False False", result.stderr


def test_camel_backend_loads_an_installed_model(tmp_path):
    build_tiny_ner_model(tmp_path)
    result = run_python(
        """
        from newstally.extract.entities import extract_entities
        from newstally.text import normalize
        for e in extract_entities(normalize("قتل إبراهيم في سوريا"), backend="camel"):
            print(e.text, e.start, e.end, e.label, e.source, e.canonical_id)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "قتل 0 3 PER model person:ktl",  # people get an id from their consonants (linking)
        "إبراهيم 4 11 PER model person:brhm",
        "في 12 14 PER model person:f",
        "سوريا 15 20 LOC gazetteer Q858",  # the gazetteer wins where both found something
    ]
