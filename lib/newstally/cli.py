"""The `newstally` command line: one sub-command per step of the library."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .errors import ArticleError
from .paths import DATA, ROOT, SHARED_DATA
from .reader import read_article
from .text import STEPS, normalize

ARTICLE_HELP = "the article: a UTF-8, UTF-16 or windows-1256 text file"
GOLD_TALLIES = DATA / "gold" / "anercorp_tallies.jsonl"
ANERCORP = SHARED_DATA / "anercorp" / "train.txt"
PUBLISHED_HELP = "the article's publication date, YYYY-MM-DD: resolves relative dates"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; bad input gives a one-line error on stderr and exit code 2."""
    args = _parser().parse_args(argv)
    if args.command in ("eval", "train-ner", "corpus", "reports"):
        for line in args.run(args):
            print(line)
        return 0
    if getattr(args, "published", "absent") is None:  # the article's metadata may say it
        from .corpus import document_for

        published = document_for(Path(args.file)).published
        args.published = dt.date.fromisoformat(published) if published else None
    try:
        article = read_article(args.file)
    except ArticleError as error:
        print(f"newstally: error: {error}", file=sys.stderr)
        return 2
    for line in args.run(article.text, args):
        print(line)
    return 0


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
    entities.add_argument("--published", type=dt.date.fromisoformat, help=PUBLISHED_HELP)
    entities.add_argument("--backend", choices=("gazetteer", "camel"), default="gazetteer")
    entities.set_defaults(run=_entities)

    tallies = commands.add_parser("tallies", help="print every count an article states")
    tallies.add_argument("file", help=ARTICLE_HELP)
    tallies.add_argument("--published", type=dt.date.fromisoformat, help=PUBLISHED_HELP)
    tallies.add_argument(
        "--json", action="store_true", help="one JSON line per Tally, with the contract's fields"
    )
    tallies.set_defaults(run=_tallies)

    analyze = commands.add_parser("analyze", help="print an article's tally table and checks")
    analyze.add_argument("file", help=ARTICLE_HELP)
    analyze.add_argument("--published", type=dt.date.fromisoformat, help=PUBLISHED_HELP)
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
    reports.set_defaults(run=_reports)

    train_ner = commands.add_parser("train-ner", help="train the entity tagger (data/models/)")
    train_ner.add_argument(
        "--ablation", action="store_true", help="also train without each idea and print a table"
    )
    train_ner.set_defaults(run=_train_ner)

    evaluate = commands.add_parser("eval", help="score the library on labelled data")
    sets = evaluate.add_subparsers(dest="dataset", required=True)
    isaf = sets.add_parser("isaf", help="ISAF press releases (JSONL): accuracy per field")
    isaf.add_argument(
        "file", help="an ISAF JSONL file, e.g. ../shared/data/isaf_dev/isaf_dev.jsonl"
    )
    isaf.add_argument("--out", help="also write the predicted record of every release here")
    isaf.set_defaults(run=_eval_isaf)
    ner = sets.add_parser("ner", help="the trained tagger on a CoNLL file: P/R/F1 per type")
    ner.add_argument("file", help="a CoNLL file (token TAG per line), e.g. ANERcorp's test split")
    ner.set_defaults(run=_eval_ner)
    tallies_eval = sets.add_parser(
        "tallies", help="tallies on hand-annotated CoNLL sentences: precision, recall, F1"
    )
    tallies_eval.add_argument("--gold", default=str(GOLD_TALLIES), help="the annotations (JSONL)")
    tallies_eval.add_argument("--conll", default=str(ANERCORP), help="the annotated CoNLL file")
    tallies_eval.set_defaults(run=_eval_tallies)
    return parser


def _normalize(text: str, args: argparse.Namespace):
    normalized = normalize(text, [s for s in STEPS if s not in args.skip])
    if not args.sentences:
        yield normalized.text
        return
    for sentence in normalized.sentences:
        yield json.dumps(sentence.__dict__, ensure_ascii=False)


def _entities(text: str, args: argparse.Namespace):
    from .entities import extract_entities

    for entity in extract_entities(text, args.published, backend=args.backend):
        yield json.dumps(entity.__dict__, ensure_ascii=False)


def _tallies(text: str, args: argparse.Namespace):
    from .analysis import analyze

    analysis = analyze(text, args.published)
    if args.json:
        yield from (json.dumps(t.to_dict(), ensure_ascii=False) for t in analysis.tallies)
        return
    frames = analysis.to_frames()
    columns = ["event", "count", "qualifier", "location", "subject", "period_start", "part_of"]
    yield frames["tallies"][columns + ["evidence"]].to_string()
    if analysis.findings:
        yield ""
        yield frames["findings"][["kind", "status", "detail"]].to_string(index=False)


def _eval_isaf(args: argparse.Namespace):
    from .evaluate import eval_isaf

    return eval_isaf(args.file, args.out)


def _eval_tallies(args: argparse.Namespace):
    from .evaluate import eval_tallies

    return eval_tallies(args.gold, args.conll)


def _eval_ner(args: argparse.Namespace):
    from .conll import read_conll
    from .evaluate import score_lines
    from .tagger import evaluate_sentences

    sentences = read_conll(args.file)
    yield f"{args.file}: {len(sentences)} sentences, {sum(map(len, sentences)):,} tokens"
    yield from score_lines(evaluate_sentences(sentences))


def _train_ner(args: argparse.Namespace):
    import tempfile

    from .evaluate import score_lines
    from .tagger import MODEL_PATH, NEURAL_PATH, ablation, train

    scores = train()
    yield f"models: {MODEL_PATH}, {NEURAL_PATH}, trained in {scores['training_seconds']} s"
    yield "development split:"
    yield from score_lines(scores)
    if args.ablation:
        with tempfile.TemporaryDirectory() as work_dir:
            yield "ablation (development F1): " + ", ".join(
                f"{name} {result['overall']['f1']:.2f}" for name, result in ablation(Path(work_dir))
            )


def _corpus(args: argparse.Namespace):
    from .corpus import DEFAULT_CORPUS, run

    counts = run(args.paths or DEFAULT_CORPUS, args.out, args.jobs, args.dask, progress=True)
    yield f"wrote {args.out}: " + ", ".join(f"{table} {n}" for table, n in counts.items())


def _reports(args: argparse.Namespace):
    from .reports import build

    for path in build(args.out):
        yield f"wrote {path}"
