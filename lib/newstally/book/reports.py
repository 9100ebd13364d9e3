"""Per-article pages for the book: the tally chapter re-run with papermill on every article of
the default corpus, and on the articles of a corpus run with the most findings (chapter 5), each
written into the book's sources with its own title."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from ..corpus.inputs import DEFAULT_CORPUS, documents
from ..corpus.tables import distinct_stories
from ..paths import ROOT

TEMPLATE = ROOT / "notebooks" / "03_tallies.ipynb"
PRESS_PAGES = 20


def build(out: str | Path, paths=DEFAULT_CORPUS) -> list[Path]:
    """Execute the tally chapter once per article into `out`, plus an index page; return the
    notebooks written. The book's table of contents takes them with a glob."""
    out = _emptied(Path(out))
    written, lines = [], []
    for document in documents(paths):
        if document.text is not None:
            continue  # JSONL records have no file to re-run the chapter on
        target = out / f"article-{_slug(Path(document.id).stem)}.ipynb"
        header = (
            f"# {document.id}\n\nThe tally chapter re-run on this article"
            f" (published {document.published or 'unknown'},"
            f" source {document.source or 'not given'})."
        )
        article_page(Path(document.path).absolute(), document.published, target, header)
        written.append(target)
        lines.append(f"- {{doc}}`{target.stem}`: {document.id}")
    (out / "index.md").write_text(
        "# Articles\n\nEvery article of the default corpus (`seeds/` and `data/articles/`), "
        "with the tally chapter re-run on it by `make reports`.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return written


def build_press(tables: str | Path, out: str | Path, count: int = PRESS_PAGES) -> list[Path]:
    """Execute the tally chapter on the `count` articles of a corpus run whose tallies raised
    the most findings that are not `ok` (a story filed twice counted once; their texts from
    the `documents` table, written under `out/texts/`), plus an index page."""
    tables, out = Path(tables), _emptied(Path(out))
    (out / "texts").mkdir(exist_ok=True)
    findings = pd.read_parquet(tables / "findings.parquet", columns=["article", "status"])
    documents = pd.read_parquet(tables / "documents.parquet")
    documents = distinct_stories(documents).set_index("article")
    raised = findings[(findings.status != "ok") & findings.article.isin(documents.index)]
    ranked = raised.article.value_counts()
    chosen = sorted(ranked.index, key=lambda a: (-ranked[a], a))[:count]
    written, lines = [], []
    for article in chosen:
        document = documents.loc[article]
        slug = _slug(article)
        text_path = out / "texts" / f"{slug}.txt"
        text_path.write_text(document.text, encoding="utf-8")
        target = out / f"article-{slug}.ipynb"
        url, title, published = (
            v if isinstance(v, str) else ""
            for v in (document.url, document.title, document.published)
        )
        link = f"[the article](<{url}>)" if url else "no link"
        header = (  # the title is the outlet's text: escaped, never markup
            f"# {article}\n\n{html.escape(title)}\n\n{document.source},"
            f" published {published[:10] or 'unknown'}, {link}; {ranked[article]} findings"
            " that are not ok."
            " The tally chapter re-run on it."
        )
        article_page(text_path.absolute(), published[:10] or None, target, header)
        written.append(target)
        lines.append(f"- {{doc}}`{target.stem}`: {article}, {ranked[article]} findings not ok")
    (out / "index.md").write_text(
        f"# Press 2018: articles\n\nThe {len(written)} articles of the corpus run whose tallies"
        " raised the most findings that are not ok (parts that do not add up, or may not;"
        " chapter 5), with the tally chapter re-run on each by `make press-pages`.\n\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return written


def _emptied(out: Path) -> Path:
    """`out`, made if missing, without the article pages of an earlier build."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("article-*.ipynb"):
        old.unlink()
    return out


def _slug(name: str) -> str:
    """A page name from an article's id: ASCII letters and digits, lower case, joined by -."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()


def article_page(article_path: Path, published: str | None, target: Path, header: str) -> None:
    """The tally chapter executed on one article into `target`, its first cell `header`."""
    import nbformat
    import papermill

    parameters = {"article_path": str(article_path)}
    if published:
        parameters["published"] = published
    papermill.execute_notebook(
        TEMPLATE, target, parameters=parameters, cwd=str(TEMPLATE.parent), progress_bar=False
    )
    notebook = nbformat.read(target, as_version=4)
    notebook.cells[0] = nbformat.v4.new_markdown_cell(header)
    nbformat.write(notebook, target)
