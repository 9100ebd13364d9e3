"""The `newstally` command line: one sub-command per step of the library."""

from __future__ import annotations

import argparse
import json
import sys

from .errors import ArticleError
from .reader import read_article
from .text import STEPS, normalize


def main(argv: list[str] | None = None) -> int:
    """Run the command line; bad input gives a one-line error on stderr and exit code 2."""
    parser = argparse.ArgumentParser(prog="newstally", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    norm = commands.add_parser("normalize", help="print an article's normalized text")
    norm.add_argument("file", help="the article: a UTF-8, UTF-16 or windows-1256 text file")
    norm.add_argument(
        "--skip", action="append", default=[], choices=STEPS, help="leave out a step (repeatable)"
    )
    norm.add_argument(
        "--sentences",
        action="store_true",
        help="print one JSON line per sentence: text, language and raw offsets",
    )
    args = parser.parse_args(argv)
    try:
        article = read_article(args.file)
    except ArticleError as error:
        print(f"newstally: error: {error}", file=sys.stderr)
        return 2
    normalized = normalize(article.text, [s for s in STEPS if s not in args.skip])
    if args.sentences:
        for sentence in normalized.sentences:
            print(json.dumps(sentence.__dict__, ensure_ascii=False))
    else:
        print(normalized.text)
    return 0
