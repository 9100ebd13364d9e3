"""Many articles at once: read a folder or a JSONL file as a stream, analyze every article,
and write entities, tallies and findings as Parquet and CSV, with a manifest that names every
input and says whether it was read.

The work per article is one pure function, `process`, run in this process, in `jobs` local
processes, or on a Dask cluster (dask.bag); the output is the same whichever runs it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import ArticleError
from .paths import DATA, ROOT
from .reader import read_article

DEFAULT_CORPUS = (ROOT / "seeds", DATA / "articles")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
TABLES = ("manifest", "documents", "entities", "tallies", "findings")


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


def process(document: Document) -> dict[str, list[dict]]:
    """Analyze one document: its manifest row and its rows for every other table."""
    from .analysis import analyze

    row = {**asdict(document), "status": "ok", "encoding": None}
    row.pop("text")
    if document.error:
        return _error_result(row, document.error)
    try:
        if document.text is None:
            article = read_article(document.path)
            text, row["encoding"] = article.text, article.encoding
        else:
            text = document.text
        published = dt.date.fromisoformat(document.published) if document.published else None
        analysis = analyze(text, published)
    except (ArticleError, ValueError) as error:
        return _error_result(row, str(error))
    except Exception as error:  # a bug met on this input: reported, and the run goes on
        return _error_result(row, f"{document.path}: {type(error).__name__}: {error}")
    tables = {
        name: [{"article": document.id, **asdict(item)} for item in getattr(analysis, name)]
        for name in ("entities", "tallies", "findings")
    }
    for record in tables["findings"]:
        record["tallies"] = json.dumps(list(record["tallies"]))
    row.update(entities=len(analysis.entities), tallies=len(analysis.tallies))
    return {
        "manifest": [row],
        "documents": [{"article": document.id, "text": text}],
        **tables,
    }


def _error_result(row: dict, error: str) -> dict[str, list[dict]]:
    """The result for an input that could not be analyzed: its manifest row, nothing else."""
    return {"manifest": [row | {"status": "error", "error": error}]} | {t: [] for t in TABLES[1:]}


def run(
    paths: Iterable[str | Path],
    out: str | Path,
    jobs: int = 1,
    dask: str | None = None,
    progress: bool = False,
    batch: int = 64,
    flush_rows: int = 5000,
) -> dict[str, int]:
    """Process every document and write each table to `out` as Parquet and CSV.

    Results go, `flush_rows` rows at a time, into part files in `.OUT.partial/` beside `out`, with the ids of
    the documents they cover; memory does not grow with the corpus. When every document is done
    the parts are merged into the tables, in a folder that then replaces `out` in one rename:
    a run that stops midway leaves the previous output (or none), never a half-written table,
    and the next run with the same `out` resumes, skipping the documents already done.
    """
    out = Path(out).absolute()
    staging = out.parent / f".{out.name}.partial"
    parts = _Parts(staging / "parts", flush_rows)
    done = parts.done()
    todo = (d for d in documents(paths) if d.id not in done)
    for result in _progress(_map(todo, jobs, dask, batch), progress):
        parts.add(result)
    parts.flush()
    counts = _merge(staging, out)
    counts["resumed"] = len(done)
    shutil.rmtree(staging)
    return counts


class _Parts:
    """Results buffered and written as numbered Parquet part files, one per table per flush,
    then a `done-N.txt` naming the documents flush N covers. A flush without its done file (a
    run killed while writing it) is discarded on the next run, and its documents done again."""

    def __init__(self, folder: Path, flush_rows: int):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.flush_rows = flush_rows
        finished = {int(p.stem.split("-")[1]) for p in folder.glob("done-*.txt")}
        for part in [*folder.glob("*-*.parquet"), *folder.glob("*.tmp")]:
            if part.suffix == ".tmp" or int(part.stem.rsplit("-", 1)[1]) not in finished:
                part.unlink()
        self.sequence = max(finished, default=-1) + 1
        self.buffers: dict[str, list[dict]] = {table: [] for table in TABLES}

    def done(self) -> set[str]:
        """The ids of the documents whose results are already written."""
        ids: set[str] = set()
        for path in self.folder.glob("done-*.txt"):
            ids.update(line for line in path.read_text(encoding="utf-8").splitlines() if line)
        return ids

    def add(self, result: dict[str, list[dict]]) -> None:
        for table, rows in result.items():
            self.buffers[table].extend(rows)
        if max(len(rows) for rows in self.buffers.values()) >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        import pyarrow
        import pyarrow.parquet

        ids = [row["id"] for row in self.buffers["manifest"]]
        if not ids:
            return
        schemas = _schemas()
        for table, rows in self.buffers.items():
            name = self.folder / f"{table}-{self.sequence:06d}.parquet"
            pyarrow.parquet.write_table(
                pyarrow.Table.from_pylist(rows, schema=schemas[table]), name.with_suffix(".tmp")
            )
            os.replace(name.with_suffix(".tmp"), name)
        done = self.folder / f"done-{self.sequence:06d}.txt"
        done.with_suffix(".tmp").write_text("\n".join(ids) + "\n", encoding="utf-8")
        os.replace(done.with_suffix(".tmp"), done)  # the flush counts once this name exists
        self.sequence += 1
        self.buffers = {table: [] for table in TABLES}


def _merge(staging: Path, out: Path) -> dict[str, int]:
    """Every table's parts into one Parquet and one CSV file; the folder replaces `out`."""
    import pyarrow.csv
    import pyarrow.parquet

    merged = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    counts = {}
    try:
        for table, schema in _schemas().items():
            parquet = pyarrow.parquet.ParquetWriter(merged / f"{table}.parquet", schema)
            csv = pyarrow.csv.CSVWriter(str(merged / f"{table}.csv"), schema)
            counts[table] = 0
            for part in sorted((staging / "parts").glob(f"{table}-*.parquet")):
                rows = pyarrow.parquet.read_table(part, schema=schema)
                parquet.write_table(rows)
                csv.write_table(rows)
                counts[table] += rows.num_rows
            parquet.close()
            csv.close()
        if out.exists():
            shutil.rmtree(out)
        os.replace(merged, out)
    finally:
        if merged.exists():
            shutil.rmtree(merged)
    return counts


def _map(docs: Iterator[Document], jobs: int, dask: str | None, batch: int) -> Iterator[dict]:
    if dask:
        yield from _map_dask(docs, dask, batch * 8)  # a cluster round trip per batch costs more
    elif jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs, initializer=_one_thread) as pool:
            for chunk in _chunks(docs, batch):
                yield from pool.map(process, chunk, chunksize=8)
    else:
        yield from map(process, docs)


def _one_thread() -> None:
    """A worker process computes on one core: the workers, not torch's threads, share the machine."""
    import torch

    torch.set_num_threads(1)


def _map_dask(docs: Iterator[Document], address: str, batch: int) -> Iterator[dict]:
    import dask.bag
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1) if address == "local" else None
    try:
        with Client(cluster or address) as client:
            for chunk in _chunks(docs, batch):
                bag = dask.bag.from_sequence(chunk, npartitions=min(len(chunk), 8))
                yield from bag.map(process).compute(scheduler=client)
    finally:
        if cluster is not None:
            cluster.close()


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _progress(iterable, show: bool):
    if not show:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit="article")


def _schemas() -> dict:
    """Each table's columns and types (the Entity and Tally contracts, plus the article id)."""
    import pyarrow as pa

    text, integer = pa.string(), pa.int64()

    def schema(**columns) -> pa.Schema:
        return pa.schema(list(columns.items()))

    return {
        "manifest": schema(
            id=text,
            path=text,
            source=text,
            url=text,
            published=text,
            lang=text,
            status=text,
            error=text,
            encoding=text,
            entities=integer,
            tallies=integer,
        ),
        "documents": schema(article=text, text=text),
        "entities": schema(
            article=text,
            text=text,
            start=integer,
            end=integer,
            label=text,
            canonical_id=text,
            name_en=text,
            name_ar=text,
            source=text,
            value=text,
            precision=text,
            basis=text,
        ),
        "tallies": schema(
            article=text,
            event=text,
            count=integer,
            qualifier=text,
            location=text,
            subject=text,
            period_start=text,
            period_end=text,
            part_of=integer,
            evidence=text,
            start=integer,
            end=integer,
        ),
        "findings": schema(article=text, kind=text, status=text, detail=text, tallies=text),
    }


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
