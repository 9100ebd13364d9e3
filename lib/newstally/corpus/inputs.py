"""A corpus's inputs: folders of article files (each with an optional `.meta.json`) and JSONL
files of records, found in a stable order and read as a stream, each as a `Document`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..paths import DATA, ROOT

DEFAULT_CORPUS = (ROOT / "seeds", DATA / "articles")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")


@dataclass(frozen=True)
class Document:
    """One input: an article file (with its metadata) or a JSONL record, not yet read."""

    id: str
    path: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    text: str | None = None  # a JSONL record carries its text; a file is read when processed
    error: str | None = None  # what was wrong with the input before it could be processed


def documents(paths: Iterable[str | Path] = DEFAULT_CORPUS) -> Iterator[Document]:
    """Every article under the given folders, files and JSONL files, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield _file_document(child, path)
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            yield from _jsonl_documents(path)
        elif path.exists() or path.suffix:
            yield _file_document(path, path.parent)


def document_for(path: Path) -> Document:
    """One article file as a Document, with what its `.meta.json` says."""
    return _file_document(path, path.parent)


def _file_document(path: Path, base: Path) -> Document:
    meta_path = path.with_name(path.name.split(".")[0] + ".meta.json")
    meta = {}
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    name = str(path.relative_to(base)) if path.is_relative_to(base) else path.name
    return Document(
        id=f"{base.name}/{name}",
        path=str(path),
        source=meta.get("source"),
        url=meta.get("url"),
        published=meta.get("published"),
        lang=meta.get("lang"),
    )


def _jsonl_documents(path: Path) -> Iterator[Document]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("a record must be a JSON object")
            except ValueError as error:
                where = f"{path}:{number}"
                yield Document(id=where, path=where, error=f"{where}: not a JSON record ({error})")
                continue
            yield Document(
                id=str(record.get("id") or f"{path.name}:{number}"),
                path=f"{path}:{number}",
                source=record.get("source"),
                url=record.get("url"),
                published=record.get("published"),
                lang=record.get("lang"),
                text=record.get("text", ""),
            )
