"""newstally: evidence-backed tables of what Arabic and English conflict news reports.

The flow, one layer on the next: `records` (the contracts) and `text` (reading, normalizing,
tokens) -> `extract` (entities, tallies, checks) and `ner` (the tagger) -> `corpus`, `evaluate`
and `book` (the chapters' helpers) -> `cli`. What the chapters use is exported here.
"""

from .corpus.inputs import DEFAULT_CORPUS, Document, documents
from .corpus.run import process, run
from .errors import (
    ArticleError,
    BinaryArticleError,
    DateError,
    EmptyArticleError,
    EncodingError,
    TooLargeArticleError,
    UnreadableArticleError,
)
from .extract.analysis import Analysis, analyze, analyze_many
from .extract.checks import check_tallies
from .extract.entities import canonical_table, extract_entities
from .extract.gazetteer import load_gazetteer
from .extract.tallies import extract_tallies
from .paths import CONFLICT_SCORES, EVENTS_CHECK, NER_SCORES, TALLY_SCORES
from .records import (
    EVENTS,
    QUALIFIERS,
    STATUSES,
    Entity,
    Finding,
    Tally,
    frame,
    parse_published,
)
from .text import (
    STEPS,
    Article,
    NormalizedText,
    Sentence,
    Span,
    Token,
    normalize,
    read_article,
    step_report,
)

__all__ = [
    "CONFLICT_SCORES",
    "DEFAULT_CORPUS",
    "EVENTS_CHECK",
    "EVENTS",
    "NER_SCORES",
    "QUALIFIERS",
    "STATUSES",
    "STEPS",
    "TALLY_SCORES",
    "Analysis",
    "Article",
    "ArticleError",
    "BinaryArticleError",
    "DateError",
    "Document",
    "EmptyArticleError",
    "EncodingError",
    "Entity",
    "Finding",
    "NormalizedText",
    "Sentence",
    "Span",
    "Tally",
    "Token",
    "TooLargeArticleError",
    "UnreadableArticleError",
    "analyze",
    "analyze_many",
    "canonical_table",
    "check_tallies",
    "documents",
    "extract_entities",
    "extract_tallies",
    "frame",
    "load_gazetteer",
    "normalize",
    "parse_published",
    "process",
    "read_article",
    "run",
    "step_report",
]
