"""The `newstally` command line: one sub-command per step of the library."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from .book.reports import build as build_reports
from .book.reports import build_press
from .corpus.inputs import DEFAULT_CORPUS, document_for
from .corpus.run import run as run_corpus
from .errors import ArticleError, DateError
from .evaluate.conflict import eval_conflict
from .evaluate.scores import eval_isaf, eval_ner, score_lines
from .evaluate.tallies import eval_tallies
from .evaluate.tally_model import train_tallies
from .extract.analysis import analyze
from .extract.entities import BACKENDS, extract_entities
from .extract.gazetteer import load_gazetteer
from .ner.embeddings import news_sentences, train_embeddings, wikifane_sentences
from .ner.training import ablation, train, train_news_lm
from .paths import (
    ANERCORP,
    ANT_CORPUS,
    BILSTM_MODEL,
    CONFLICT_GOLD,
    CRF_MODEL,
    DATA,
    EMBEDDINGS,
    NEWS_LM,
    ROOT,
    TALLY_MODEL,
)
from .records import parse_published
from .text import STEPS, normalize, read_article

ARTICLE_HELP = "the article: a UTF-8, UTF-16 or windows-1256 text file"
GOLD_TALLIES = DATA / "gold" / "anercorp_tallies.jsonl"
PUBLISHED_HELP = "the article's publication date, YYYY-MM-DD: resolves relative dates"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; bad input gives a one-line error on stderr and exit code 2.

    Every sub-command is a function of the parsed arguments that yields the lines to print."""
    args = _parser().parse_args(argv)
    try:
        for line in args.run(args):
            print(line)
    except (ArticleError, DateError) as error:
        print(f"newstally: error: {error}", file=sys.stderr)
        return 2
    return 0


def _published(value: str):
    """argparse's reading of --published: one clear message for a bad date."""
    try:
        return parse_published(value)
    except DateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _article(args: argparse.Namespace) -> str:
    """The article's text; the publication date from its `.meta.json` when not given."""
    article = read_article(args.file)
    for warning in article.warnings:
        print(f"newstally: warning: {args.file}: {warning}", file=sys.stderr)
    text = article.text
    if getattr(args, "published", "absent") is None:
        args.published = parse_published(document_for(Path(args.file)).published)
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newstally", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    norm = commands.add_parser("normalize", help="print an article's normalized text")
    norm.add_argument("file", help=ARTICLE_HELP)
    norm.add_argument(
        "--skip", action="append", default=[], choices=STEPS, help="leave out a step (repeatable)"
    )
    norm.add_argument(
        "--sentences",
        action="store_true",
        help="print one JSON line per sentence: text, language and raw offsets",
    )
    norm.set_defaults(run=_normalize)

    entities = commands.add_parser("entities", help="print an article's entities as JSON lines")
    entities.add_argument("file", help=ARTICLE_HELP)
    entities.add_argument("--published", type=_published, help=PUBLISHED_HELP)
    entities.add_argument("--backend", choices=BACKENDS, default="gazetteer")
    entities.set_defaults(run=_entities)

    tallies = commands.add_parser("tallies", help="print every count an article states")
    tallies.add_argument("file", help=ARTICLE_HELP)
    tallies.add_argument("--published", type=_published, help=PUBLISHED_HELP)
    tallies.add_argument(
        "--json", action="store_true", help="one JSON line per Tally, with the contract's fields"
    )
    tallies.set_defaults(run=_tallies)

    analyze = commands.add_parser("analyze", help="print an article's tally table and checks")
    analyze.add_argument("file", help=ARTICLE_HELP)
    analyze.add_argument("--published", type=_published, help=PUBLISHED_HELP)
    analyze.set_defaults(run=_tallies, json=False)

    corpus = commands.add_parser(
        "corpus", help="analyze many articles; write tables and a manifest as Parquet and CSV"
    )
    corpus.add_argument(
        "paths",
        nargs="*",
        help="folders, article files or JSONL files (default: seeds/ and data/articles/)",
    )
    corpus.add_argument("--out", required=True, help="the folder to write the tables into")
    corpus.add_argument("--jobs", type=int, default=1, help="local processes (default 1)")
    corpus.add_argument(
        "--dask", help="a Dask scheduler address (tcp://host:8786), or 'local' for a local cluster"
    )
    corpus.set_defaults(run=_corpus)

    reports = commands.add_parser(
        "reports", help="re-run the tally chapter on every article into the book's sources"
    )
    reports.add_argument("--out", default=str(ROOT / "book" / "reports"))
    reports.add_argument(
        "--press",
        metavar="TABLES",
        help="instead: the articles with the most findings of a corpus run's tables (chapter 5)",
    )
    reports.set_defaults(run=_reports)

    train_ner = commands.add_parser("train-ner", help="train the entity tagger (data/models/)")
    train_ner.add_argument(
        "--ablation", action="store_true", help="also train without each idea and print a table"
    )
    train_ner.set_defaults(run=_train_ner)

    embeddings = commands.add_parser(
        "train-embeddings",
        help="word vectors and clusters from ANT, ANERcorp train and WikiFANE (data/models/)",
    )
    embeddings.set_defaults(run=_train_embeddings)

    train_tallies_ = commands.add_parser(
        "train-tallies",
        help="score rules, learned and both on the development gold; keep what wins",
    )
    train_tallies_.set_defaults(run=_train_tallies)

    evaluate = commands.add_parser("eval", help="score the library on labelled data")
    sets = evaluate.add_subparsers(dest="dataset", required=True)
    isaf = sets.add_parser("isaf", help="ISAF press releases (JSONL): accuracy per field")
    isaf.add_argument(
        "file", help="an ISAF JSONL file, e.g. ../shared/data/isaf_dev/isaf_dev.jsonl"
    )
    isaf.add_argument("--out", help="also write the predicted record of every release here")
    isaf.set_defaults(run=_eval_isaf)
    ner = sets.add_parser("ner", help="the trained tagger on a CoNLL file: P/R/F1 per type")
    ner.add_argument(
        "file",
        nargs="?",
        help="a CoNLL file (token TAG per line); default: the development split of ANERcorp train",
    )
    ner.add_argument(
        "--scores",
        metavar="JSON",
        help="also write the scores into this file (e.g. data/models/ner_scores.json)",
    )
    ner.set_defaults(run=_eval_ner)
    tallies_eval = sets.add_parser(
        "tallies",
        help="tallies against gold that follows TALLY_GUIDE.md: P/R/F1, agreement, errors",
    )
    tallies_eval.add_argument(
        "gold", nargs="?", default=str(GOLD_TALLIES), help="the gold (JSONL; default: ANERcorp's)"
    )
    tallies_eval.add_argument("--split", choices=("dev", "test"), help="score one split only")
    tallies_eval.add_argument("--corpus", default=str(ANT_CORPUS), help="the articles' JSONL(.gz)")
    tallies_eval.add_argument("--texts", help="a folder of <id>.txt articles instead of --corpus")
    tallies_eval.add_argument("--conll", default=str(ANERCORP), help="sentence gold's CoNLL file")
    tallies_eval.add_argument("--scores", help="also write the scores here as JSON")
    tallies_eval.set_defaults(run=_eval_tallies)
    conflict = sets.add_parser(
        "conflict", help="the conflict filter against hand-labelled ANT articles: P/R"
    )
    conflict.add_argument("gold", nargs="?", default=str(CONFLICT_GOLD), help="the labels (TSV)")
    conflict.add_argument("--split", choices=("dev", "test"), help="score one split only")
    conflict.add_argument("--corpus", default=str(ANT_CORPUS), help="the articles' JSONL(.gz)")
    conflict.add_argument("--scores", help="also write the scores here as JSON")
    conflict.set_defaults(
        run=lambda args: eval_conflict(args.gold, args.split, args.corpus, args.scores)
    )
    return parser


def _normalize(args: argparse.Namespace):
    normalized = normalize(_article(args), [s for s in STEPS if s not in args.skip])
    if not args.sentences:
        yield normalized.text
        return
    for sentence in normalized.sentences:
        yield json.dumps(
            {"text": sentence.text, "start": sentence.raw.start, "end": sentence.raw.end}
            | {"lang": sentence.lang},
            ensure_ascii=False,
        )


def _entities(args: argparse.Namespace):
    text = _article(args)
    normalized = normalize(text)
    for entity in extract_entities(normalized, args.published, backend=args.backend):
        yield json.dumps(entity.__dict__, ensure_ascii=False)


def _tallies(args: argparse.Namespace):
    text = _article(args)
    analysis = analyze(text, args.published)
    if args.json:
        yield from (json.dumps(t.to_dict(), ensure_ascii=False) for t in analysis.tallies)
        return
    frames = analysis.to_frames()
    columns = ["event", "count", "qualifier", "location", "subject", "period_start", "part_of"]
    yield frames["tallies"].set_index("id")[columns + ["evidence"]].to_string()
    if analysis.findings:
        yield ""
        yield frames["findings"][["kind", "status", "detail"]].to_string(index=False)


def _eval_isaf(args: argparse.Namespace):
    return eval_isaf(args.file, args.out)


def _eval_tallies(args: argparse.Namespace):
    return eval_tallies(args.gold, args.split, args.corpus, args.texts, args.conll, args.scores)


def _eval_ner(args: argparse.Namespace):
    return eval_ner(args.file, args.scores)


def _train_ner(args: argparse.Namespace):
    names = load_gazetteer().names()  # the places and actors it knows, as the CRF's features
    scores = train(names=names)
    yield f"models: {CRF_MODEL}, {BILSTM_MODEL}, trained in {scores['training_seconds']} s"
    yield "development split:"
    yield from score_lines(scores)
    if args.ablation:
        with tempfile.TemporaryDirectory() as work_dir:
            yield "ablation (development F1): " + ", ".join(
                f"{name} {result['overall']['f1']:.2f}"
                for name, result in ablation(Path(work_dir), names=names)
            )


def _train_embeddings(args: argparse.Namespace):
    news = list(news_sentences())
    card = train_embeddings(text=news + list(wikifane_sentences()))
    yield f"{EMBEDDINGS}: {card['kept']:,} of {card['vocabulary']:,} words kept, clusters {card['clusters']}"
    yield f"from {card['sentences']:,} sentences, {card['tokens']:,} tokens, in {card['seconds']} s"
    yield f"word2vec {card['parameters']}"
    card = train_news_lm(news)
    yield (
        f"{NEWS_LM}: {card['hidden']} units each way, one pass over {card['tokens']:,} tokens "
        f"of ANT and ANERcorp train, loss {card['loss'][0]} -> {card['loss'][1]}, "
        f"in {card['seconds']} s"
    )
    yield "the tagger reads these now: train it again on them (python -m newstally train-ner)"


def _train_tallies(args: argparse.Namespace):
    result = train_tallies()
    yield f"{result['candidates']} candidate numbers; 5-fold cross-validation, P/R/F1:"
    yield f"{'setting':8s} {'ANT dev':>16s} {'ANERcorp':>16s}"
    for setting, scores in result["ablation"].items():
        cells = [f"{s['precision']:.1f}/{s['recall']:.1f}/{s['f1']:.1f}" for s in scores.values()]
        yield f"{setting:8s} {cells[0]:>16s} {cells[1]:>16s}"
    if result["kept"] == "rules":
        yield "kept: the rules alone (no model written)"
    else:
        yield f"kept: {result['kept']}, model written to {TALLY_MODEL}"


def _corpus(args: argparse.Namespace):
    counts = run_corpus(args.paths or DEFAULT_CORPUS, args.out, args.jobs, args.dask, progress=True)
    yield f"wrote {args.out}: " + ", ".join(f"{table} {n}" for table, n in counts.items())


def _reports(args: argparse.Namespace):
    written = build_press(args.press, args.out) if args.press else build_reports(args.out)
    for path in written:
        yield f"wrote {path}"
