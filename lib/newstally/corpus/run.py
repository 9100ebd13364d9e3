"""Many articles at once: read a folder or a JSONL file as a stream, analyze every article,
and write entities, tallies and findings as Parquet and CSV, with a manifest that names every
input and says whether it was read.

The work per article is one pure function, `process`, run in this process, in `jobs` local
processes, or on a Dask cluster (dask.bag); the output is the same whichever runs it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..errors import ArticleError
from ..extract.analysis import analyze
from ..records import parse_published, table_row
from ..text import read_article
from .inputs import Document, documents
from .tables import TABLES, ArticleText, ManifestRow, Parts, merge


def process(document: Document) -> dict[str, list[dict]]:
    """Analyze one document: its manifest row and its rows for every other table."""
    if document.error:
        return _error_result(document, document.error)
    encoding, warnings = None, ()
    try:
        if document.text is None:
            article = read_article(document.path)
            text, encoding, warnings = article.text, article.encoding, article.warnings
        else:
            text = document.text
        analysis = analyze(text, parse_published(document.published))
    except (ArticleError, ValueError) as error:
        return _error_result(document, str(error), encoding)
    except Exception as error:  # a bug met on this input: reported, and the run goes on
        return _error_result(
            document, f"{document.path}: {type(error).__name__}: {error}", encoding
        )
    counts = len(analysis.entities), len(analysis.tallies)
    row = _manifest_row(document, "ok", None, encoding, *counts, "; ".join(warnings) or None)
    return {
        "manifest": [row],
        "documents": [table_row(ArticleText(document.id, text))],
        **{
            name: [table_row(item, article=document.id) for item in getattr(analysis, name)]
            for name in ("entities", "tallies", "findings")
        },
    }


def _manifest_row(
    document: Document, status, error, encoding, entities=None, tallies=None, warnings=None
):
    where = (document.id, document.path, document.source, document.url, document.published)
    row = ManifestRow(*where, document.lang, status, error, encoding, entities, tallies, warnings)
    return table_row(row)


def _error_result(document: Document, error: str, encoding=None) -> dict[str, list[dict]]:
    """The result for an input that could not be analyzed: its manifest row, nothing else."""
    row = _manifest_row(document, "error", error, encoding)
    return {"manifest": [row]} | {t: [] for t in TABLES[1:]}


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
    parts = Parts(staging / "parts", flush_rows)
    done = parts.done()
    todo = (d for d in documents(paths) if d.id not in done)
    for result in _progress(_map(todo, jobs, dask, batch), progress):
        parts.add(result)
    parts.flush()
    counts = merge(staging, out)
    counts["resumed"] = len(done)
    shutil.rmtree(staging)
    return counts


def _map(docs: Iterator[Document], jobs: int, dask: str | None, batch: int) -> Iterator[dict]:
    if dask:
        yield from _map_dask(docs, dask, batch * 8)  # a cluster round trip per batch costs more
    elif jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for chunk in _chunks(docs, batch):
                yield from pool.map(process, chunk, chunksize=8)
    else:
        yield from map(process, docs)


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
