"""newstally: evidence-backed tables of what Arabic and English conflict news reports."""

from .analysis import Analysis, analyze
from .errors import (
    ArticleError,
    BinaryArticleError,
    EmptyArticleError,
    EncodingError,
    TooLargeArticleError,
    UnreadableArticleError,
)
from .reader import Article, read_article
from .text import STEPS, NormalizedText, Sentence, Token, normalize, step_report

__all__ = [
    "STEPS",
    "Analysis",
    "Article",
    "ArticleError",
    "BinaryArticleError",
    "EmptyArticleError",
    "EncodingError",
    "NormalizedText",
    "Sentence",
    "Token",
    "TooLargeArticleError",
    "UnreadableArticleError",
    "analyze",
    "normalize",
    "read_article",
    "step_report",
]
