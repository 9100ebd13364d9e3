"""A corpus's inputs: folders of article files (each with an optional `.meta.json`) and JSONL
files of records, found in a stable order and read as a stream, each as a `Document`."""

from __future__ import annotations

import gzip
import itertools
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
    category: str | None = None
    title: str | None = None
    text: str | None = None  # a JSONL record carries its text; a file is read when processed
    error: str | None = None  # what was wrong with the input before it could be processed


@dataclass(frozen=True)
class Partition:
    """A contiguous piece of a corpus's inputs, named by path (as given: absolute paths let any
    machine with the same storage read it): article files under a folder, or a range of a JSONL
    file's lines."""

    path: str  # the folder the files are under, or the JSONL file
    files: tuple[str, ...] = ()
    lines: tuple[int, int | None] | None = None  # [first, stop) of the file's lines, from 0

    def documents(self) -> Iterator[Document]:
        """The partition's documents, in the corpus's order."""
        if self.lines is not None:
            yield from _jsonl_documents(Path(self.path), *self.lines)
        else:
            for name in self.files:
                yield _file_document(Path(name), Path(self.path))


def documents(paths: Iterable[str | Path] = DEFAULT_CORPUS) -> Iterator[Document]:
    """Every article under the given folders, files and JSONL files (`.jsonl` or `.jsonl.gz`),
    in a stable order."""
    for whole in _inputs(paths):
        yield from whole.documents()


def partitions(paths: Iterable[str | Path], pieces: int, most: int = 2000) -> list[Partition]:
    """The inputs cut into about `pieces` partitions of equal size (more, if that keeps each
    under `most` documents), in the corpus's order: their documents, one partition after the
    other, are `documents(paths)`."""
    wholes = list(_inputs(paths))
    sizes = [len(w.files) if w.lines is None else _line_count(Path(w.path)) for w in wholes]
    size = max(1, min(most, -(-sum(sizes) // max(1, pieces))))
    cut = []
    for whole, count in zip(wholes, sizes, strict=True):
        for first in range(0, count, size):
            if whole.lines is None:
                cut.append(Partition(whole.path, whole.files[first : first + size]))
            else:
                cut.append(Partition(whole.path, lines=(first, min(count, first + size))))
    return cut


def _inputs(paths: Iterable[str | Path]) -> Iterator[Partition]:
    """Each input whole: a folder's article files, a JSONL file, or one article file."""
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(
                child
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES
            )
            yield Partition(str(path), tuple(map(str, files)))
        elif _is_jsonl(path) and path.is_file():
            yield Partition(str(path), lines=(0, None))
        elif path.exists() or path.suffix:
            yield Partition(str(path.parent), (str(path),))


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith((".jsonl", ".jsonl.gz"))


def _open_jsonl(path: Path):
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _line_count(path: Path) -> int:
    with _open_jsonl(path) as lines:
        return sum(1 for _ in lines)


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
        category=meta.get("category"),
        title=meta.get("title"),
    )


def _jsonl_documents(path: Path, first: int = 0, stop: int | None = None) -> Iterator[Document]:
    with _open_jsonl(path) as lines:
        for number, line in itertools.islice(enumerate(lines, 1), first, stop):
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
                category=record.get("category"),
                title=record.get("title"),
                text=record.get("text", ""),
            )
