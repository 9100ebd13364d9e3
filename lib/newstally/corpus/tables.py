"""The corpus tables on disk: results buffered into Parquet part files with the ids of the
documents they cover (so a killed run resumes), then merged into one Parquet and one CSV file
per table. Every table's columns come from a dataclass of the contract (`newstally.records`)."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..records import Entity, Finding, Tally, arrow_schema

TABLES = ("manifest", "documents", "entities", "tallies", "findings")


@dataclass(frozen=True)
class ManifestRow:
    """One input of a corpus run: where it came from, and whether it was read and analyzed."""

    id: str
    path: str
    source: str | None
    url: str | None
    published: str | None
    lang: str | None
    status: str  # ok | error
    error: str | None
    encoding: str | None
    entities: int | None
    tallies: int | None
    conflict: bool | None  # a conflict article (`extract.conflict`)
    warnings: str | None  # what reading it dropped or replaced, "; "-separated


@dataclass(frozen=True)
class ArticleText:
    """An article as read: what its record or metadata says of it, and the text its offsets
    refer to."""

    article: str
    source: str | None
    category: str | None
    url: str | None
    published: str | None
    title: str | None
    text: str


def distinct_stories(documents):
    """A `documents` table (pandas) with a story an outlet filed twice (the same text under two
    categories) kept once."""
    return documents.drop_duplicates(["source", "text"])


def schemas() -> dict:
    """Each table's Arrow schema: the manifest and texts, then Entity, Tally and Finding rows
    after the id of their article."""
    return {
        "manifest": arrow_schema(ManifestRow),
        "documents": arrow_schema(ArticleText),
        "entities": arrow_schema(Entity, article=str),
        "tallies": arrow_schema(Tally, article=str),
        "findings": arrow_schema(Finding, article=str),
    }


class Parts:
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
        table_schemas = schemas()
        for table, rows in self.buffers.items():
            name = self.folder / f"{table}-{self.sequence:06d}.parquet"
            pyarrow.parquet.write_table(
                pyarrow.Table.from_pylist(rows, schema=table_schemas[table]),
                name.with_suffix(".tmp"),
            )
            os.replace(name.with_suffix(".tmp"), name)
        done = self.folder / f"done-{self.sequence:06d}.txt"
        done.with_suffix(".tmp").write_text("\n".join(ids) + "\n", encoding="utf-8")
        os.replace(done.with_suffix(".tmp"), done)  # the flush counts once this name exists
        self.sequence += 1
        self.buffers = {table: [] for table in TABLES}


def merge(staging: Path, out: Path) -> dict[str, int]:
    """Every table's parts into one Parquet and one CSV file; the folder replaces `out`."""
    import pyarrow.csv
    import pyarrow.parquet

    merged = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    counts = {}
    try:
        for table, schema in schemas().items():
            parquet = pyarrow.parquet.ParquetWriter(merged / f"{table}.parquet", schema)
            csv = pyarrow.csv.CSVWriter(str(merged / f"{table}.csv"), schema)
            counts[table] = 0
            # a cluster's workers write a numbered folder each: merged in that order
            for part in sorted((staging / "parts").rglob(f"{table}-*.parquet")):
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
