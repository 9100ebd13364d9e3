"""`newstally eval tallies`: the extractor against gold that follows TALLY_GUIDE.md.

Two kinds of gold are read. Article gold (`ant_tallies.jsonl`) has one row per tally with the
article's `id` and the guide's fields; its articles (those with no tally too) and their split
are listed beside it in `<gold>.articles.tsv`, and their texts come from the ANT corpus by id or
from a folder of `<id>.txt` files. Sentence gold (`anercorp_tallies.jsonl`) has one row per
ANERcorp sentence with its `tallies`. Scoring is the guide's: a predicted row matches a gold
row when event, count and location are equal, each key counted once per article, `other` rows
not scored; precision, recall and F1 are micro-averaged over articles.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus.inputs import document_for
from ..extract.analysis import analyze
from ..ner.conll import read_conll
from ..paths import ANERCORP, ANT_CORPUS
from ..records import SCORED_EVENTS, parse_published
from ..text import read_article

AGREEMENT = ("qualifier", "subject", "part_of", "period")
ERRORS = ("missed", "extra", "wrong count", "wrong event", "wrong location", "wrong qualifier")


@dataclass
class GoldArticle:
    """One annotated text: its id, text, publication date, split and gold rows (guide fields)."""

    id: str
    text: str
    published: str | None
    split: str | None
    rows: list[dict] = field(default_factory=list)


def load_gold(
    gold_path: str | Path,
    corpus: str | Path = ANT_CORPUS,
    texts: str | Path | None = None,
    conll: str | Path = ANERCORP,
) -> list[GoldArticle]:
    """The gold's articles with their texts (sentence gold: one "article" per sentence)."""
    lines = Path(gold_path).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if rows and "sentence" in rows[0]:
        sentences = read_conll(conll)
        return [
            GoldArticle(
                f"sentence {row['sentence']}",
                " ".join(token for token, _ in sentences[row["sentence"]]),
                None,
                None,
                row["tallies"],
            )
            for row in rows
        ]
    listed = _article_list(Path(gold_path))
    ids = list(listed or dict.fromkeys(row["id"] for row in rows))
    found = _texts_from_folder(Path(texts), ids) if texts else _texts_from_corpus(Path(corpus), ids)
    articles = {i: GoldArticle(i, *found[i], listed.get(i)) for i in ids}
    for row in rows:
        articles[row["id"]].rows.append(row)
    return list(articles.values())


def _article_list(gold_path: Path) -> dict[str, str | None]:
    """Article id -> split, from `<gold>.articles.tsv` (columns id, ..., split), if there is one."""
    path = gold_path.with_suffix(".articles.tsv")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row.get("split") for row in csv.DictReader(handle, delimiter="\t")}


def _texts_from_corpus(corpus: Path, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    wanted, found = set(ids), {}
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = (record["text"], (record.get("published") or "")[:10] or None)
    missing = wanted - found.keys()
    if missing:
        raise ValueError(
            f"{corpus}: no record for {len(missing)} gold article(s), e.g. {min(missing)}"
        )
    return found


def _texts_from_folder(folder: Path, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """Each article read as the corpus reads a file: its text, and the date its `.meta.json` gives."""
    paths = {article: folder / f"{article}.txt" for article in ids}
    return {
        article: (read_article(path).text, document_for(path).published)
        for article, path in paths.items()
    }


def predict(article: GoldArticle) -> list[dict]:
    """The extractor's rows for one gold article, as plain dicts."""
    return [t.to_dict() for t in analyze(article.text, parse_published(article.published)).tallies]


def key(row: dict) -> tuple:
    """What a match compares: event, count and location."""
    return (row["event"], row["count"], row["location"])


def score(articles: list[GoldArticle], predictions: list[list[dict]]) -> dict:
    """Precision, recall and F1 per event and overall; agreement on matches; the errors."""
    events: dict[str, Counter] = {}
    agreement = {name: Counter() for name in AGREEMENT}
    errors: dict[str, Counter] = {name: Counter() for name in ERRORS}
    examples: dict[tuple[str, str], str] = {}
    for article, predicted in zip(articles, predictions, strict=True):
        gold = _by_key(article.rows)
        found = _by_key(predicted)
        for k in gold.keys() | found.keys():
            counts = events.setdefault(k[0], Counter())
            counts["matched"] += k in gold and k in found
            counts["gold"] += k in gold
            counts["predicted"] += k in found
        for k in gold.keys() & found.keys():
            _agree(agreement, gold[k], found[k], article.rows, predicted)
            if gold[k]["qualifier"] != found[k]["qualifier"]:
                pattern = f"{gold[k]['qualifier']} -> {found[k]['qualifier']}"
                _error(errors, examples, "wrong qualifier", pattern, article, gold[k])
        missed = _in_text_order(gold[k] for k in gold.keys() - found.keys())
        extra = _in_text_order(found[k] for k in found.keys() - gold.keys())
        for name, same in (
            ("wrong location", (0, 1)),
            ("wrong count", (0, 2)),
            ("wrong event", (1, 2)),
        ):
            for g in list(missed):
                p = next((p for p in extra if all(key(p)[i] == key(g)[i] for i in same)), None)
                if p is not None:
                    differ = 3 - sum(same)  # the field that differs: 2 location, 1 count, 0 event
                    pattern = f"{key(g)[differ]} -> {key(p)[differ]}"
                    if name == "wrong count":
                        pattern = f"{g['event']}: {pattern}"
                    _error(errors, examples, name, pattern, article, g)
                    missed.remove(g)
                    extra.remove(p)
        for g in missed:
            _error(errors, examples, "missed", g["event"], article, g)
        for p in extra:
            _error(errors, examples, "extra", p["event"], article, p)
    totals = Counter()
    for counts in events.values():
        totals.update(counts)
    return {
        "articles": len(articles),
        "articles_with_tallies": sum(bool(a.rows) for a in articles),
        "events": {event: _prf(counts) for event, counts in sorted(events.items())},
        "overall": _prf(totals),
        "agreement": {
            name: {"agree": c["agree"], "compared": c["compared"], "share": _share(c)}
            for name, c in agreement.items()
        },
        "errors": {
            name: {
                "count": sum(c.values()),
                "top": [[p, n, examples[(name, p)]] for p, n in c.most_common(3)],
            }
            for name, c in errors.items()
        },
    }


def _in_text_order(rows: Iterable[dict]) -> list[dict]:
    """Rows by where their evidence starts, so the error table is the same on every run."""
    return sorted(rows, key=lambda row: (row["start"], row["end"], row["event"]))


def _by_key(rows: list[dict]) -> dict[tuple, dict]:
    """The scored rows of one article by key, the first row of each key kept."""
    unique: dict[tuple, dict] = {}
    for row in rows:
        if row["event"] in SCORED_EVENTS:
            unique.setdefault(key(row), row)
    return unique


def _agree(agreement: dict, gold: dict, found: dict, gold_rows: list, found_rows: list) -> None:
    """Compare a matched pair on each field the gold annotates."""
    pairs = {"qualifier": (gold["qualifier"], found["qualifier"])}
    if "subject" in gold:
        pairs["subject"] = (gold["subject"], found["subject"])
    if "part_of" in gold:
        pairs["part_of"] = (_total(gold, gold_rows, "index"), _total(found, found_rows, "id"))
    if "period_start" in gold:
        period = ("period_start", "period_end")
        pairs["period"] = tuple(tuple(row[f] for f in period) for row in (gold, found))
    for name, (expected, got) in pairs.items():
        agreement[name]["compared"] += 1
        agreement[name]["agree"] += expected == got


def _total(row: dict, rows: list[dict], number: str) -> tuple | None:
    """The key of the total a row is part of (a row number means nothing across files)."""
    if row.get("part_of") is None:
        return None
    total = next((r for r in rows if r.get(number) == row["part_of"]), None)
    return key(total) if total else None


def _error(errors, examples, name: str, pattern: str, article: GoldArticle, row: dict) -> None:
    errors[name][pattern] += 1
    evidence = row.get("evidence") or article.text[row["start"] : row["end"]]
    examples.setdefault((name, pattern), f"{evidence} ({article.id})")


def _prf(counts: Counter) -> dict:
    matched, predicted, gold = counts["matched"], counts["predicted"], counts["gold"]
    precision = 100 * matched / predicted if predicted else 0.0
    recall = 100 * matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 1),
        "recall": round(recall, 1),
        "f1": round(f1, 1),
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
    }


def _share(counts: Counter) -> float:
    return round(100 * counts["agree"] / counts["compared"], 1) if counts["compared"] else 0.0


def eval_tallies(
    gold_path: str | Path,
    split: str | None = None,
    corpus: str | Path = ANT_CORPUS,
    texts: str | Path | None = None,
    conll: str | Path = ANERCORP,
    scores_path: str | Path | None = None,
) -> list[str]:
    """Score the extractor on a gold file (optionally one split of it) and print the figures;
    write them as JSON to `scores_path` when given."""
    articles = load_gold(gold_path, corpus, texts, conll)
    if split:
        articles = [a for a in articles if a.split == split]
        if not articles:
            raise ValueError(f"{gold_path}: no article in split {split!r}")
    scores = score(articles, [predict(a) for a in articles])
    scores |= {"gold": str(gold_path), "split": split}
    if scores_path:
        Path(scores_path).write_text(
            json.dumps(scores, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    return report(scores)


def report(scores: dict) -> list[str]:
    """The scores as the lines `newstally eval tallies` prints."""
    overall = scores["overall"]
    lines = [
        f"{scores['gold']}{' (' + scores['split'] + ' split)' if scores['split'] else ''}: "
        f"{scores['articles']} texts ({scores['articles_with_tallies']} with tallies), "
        f"{overall['gold']} scored gold tallies",
        f"{'event':12s} {'precision':>9s} {'recall':>7s} {'F1':>7s} {'gold':>5s}",
    ]
    for name, row in [*scores["events"].items(), ("overall", overall)]:
        lines.append(
            f"{name:12s} {row['precision']:9.1f} {row['recall']:7.1f} {row['f1']:7.1f} "
            f"{row['gold']:5d}"
        )
    lines.append(
        "agreement on matches: "
        + ", ".join(
            f"{name} {a['share']:.1f}% ({a['agree']}/{a['compared']})"
            for name, a in scores["agreement"].items()
            if a["compared"]
        )
    )
    lines.append(f"{'errors':16s} {'count':>5s}  most frequent (example)")
    for name, error in scores["errors"].items():
        top = "; ".join(f"{p} x{n}: «{example}»" for p, n, example in error["top"])
        lines.append(f"{name:16s} {error['count']:5d}  {top}")
    return lines
