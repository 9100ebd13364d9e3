"""Text: reading article files (encodings, HTML) and normalizing them, with a map from each
normalized character back to the raw text; the tokens and sentences (with their language) every
later step uses; and Arabic proclitics (`clitics`)."""

from .clitics import clitic_variants, strip_proclitic
from .normalize import STEPS, NormalizedText, normalize, normalize_word, step_report
from .reader import Article, read_article
from .segment import QUOTES, Sentence, Span, Token, language

__all__ = [
    "QUOTES",
    "STEPS",
    "Article",
    "NormalizedText",
    "Sentence",
    "Span",
    "Token",
    "clitic_variants",
    "language",
    "normalize",
    "normalize_word",
    "read_article",
    "step_report",
    "strip_proclitic",
]
