"""Checks of a chapter's parameters, run first in every notebook: a wrong path, a bad date or an
unknown option stops the run with one sentence that says which parameter and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ..errors import ArticleError, DateError
from ..records import parse_published
from ..text import STEPS, Article, read_article


class ParameterError(ValueError):
    """A notebook parameter that cannot be used."""


def article_parameters(
    article_path: str, published: str | None, skip_steps: Iterable[str] = ()
) -> tuple[Article, dt.date | None, list[str]]:
    """The article read, its publication date, and the normalization steps to run."""
    if not Path(article_path).is_file():
        raise ParameterError(f"article_path {article_path!r} is not a file.")
    try:
        article = read_article(article_path)
    except ArticleError as error:
        raise ParameterError(f"article_path cannot be read: {error}.") from None
    unknown = sorted(set(skip_steps) - set(STEPS))
    if unknown:
        raise ParameterError(
            f"skip_steps names unknown step(s) {', '.join(unknown)}; the steps are "
            f"{', '.join(STEPS)}."
        )
    return article, publication_date(published), [s for s in STEPS if s not in set(skip_steps)]


def publication_date(published: str | None) -> dt.date | None:
    """`published` as a date; None or "" mean it is not known."""
    try:
        return parse_published(published)
    except DateError as error:
        raise ParameterError(f"{error}.") from None


def corpus_parameters(corpus_paths: Iterable[str], figures_path: str) -> list[str]:
    """The corpus paths that exist (a missing one is an error) and the figures file checked."""
    paths = list(corpus_paths)
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise ParameterError(f"corpus_paths has paths that do not exist: {', '.join(missing)}.")
    if not Path(figures_path).is_file():
        raise ParameterError(f"figures_path {figures_path!r} is not a file.")
    return paths
