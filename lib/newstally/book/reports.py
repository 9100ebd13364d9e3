"""Per-article pages for the book: the tally chapter re-run with papermill on every article of
the default corpus, each written into the book's sources with its own title."""

from __future__ import annotations

import re
from pathlib import Path

from ..corpus.inputs import DEFAULT_CORPUS, documents
from ..paths import ROOT

TEMPLATE = ROOT / "notebooks" / "03_tallies.ipynb"


def build(out: str | Path, paths=DEFAULT_CORPUS) -> list[Path]:
    """Execute the tally chapter once per article into `out`, plus an index page; return the
    notebooks written. The book's table of contents takes them with a glob."""
    import nbformat
    import papermill

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("article-*.ipynb"):
        old.unlink()
    written, lines = [], []
    for document in documents(paths):
        if document.text is not None:
            continue  # JSONL records have no file to re-run the chapter on
        slug = re.sub(r"[^A-Za-z0-9]+", "-", Path(document.id).stem).strip("-").lower()
        target = out / f"article-{slug}.ipynb"
        parameters = {"article_path": str(Path(document.path).absolute())}
        if document.published:
            parameters["published"] = document.published
        papermill.execute_notebook(
            TEMPLATE, target, parameters=parameters, cwd=str(TEMPLATE.parent), progress_bar=False
        )
        notebook = nbformat.read(target, as_version=4)
        notebook.cells[0] = nbformat.v4.new_markdown_cell(
            f"# {document.id}\n\nThe tally chapter re-run on this article"
            f" (published {document.published or 'unknown'},"
            f" source {document.source or 'not given'})."
        )
        nbformat.write(notebook, target)
        written.append(target)
        lines.append(f"- {{doc}}`{target.stem}`: {document.id}")
    (out / "index.md").write_text(
        "# Articles\n\nEvery article of the default corpus (`seeds/` and `data/articles/`), "
        "with the tally chapter re-run on it by `make reports`.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return written
