"""What a chapter imports beside `newstally`: its parameters checked, views and charts, and the
audit of CENTCOM's figures, in one module (Matplotlib and pandas load with it)."""

from .audit import (
    checks_by_row,
    compare_reports,
    corpus_against_official,
    load_figures,
    official_series,
)
from .display import highlight
from .parameters import ParameterError, article_parameters, corpus_parameters
from .plots import counts_by_country, official_series_chart

__all__ = [
    "ParameterError",
    "article_parameters",
    "checks_by_row",
    "compare_reports",
    "corpus_against_official",
    "corpus_parameters",
    "counts_by_country",
    "highlight",
    "load_figures",
    "official_series",
    "official_series_chart",
]
