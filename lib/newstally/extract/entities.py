"""Entities an article names: gazetteer actors and places, and dates, as spans of the raw text.

Sources are merged in a fixed order of trust: gazetteer matches, then dates, then a backend for
the names no list knows (by default the project's tagger on Arabic sentences and English names
found by rule; camel-tools' NER when installed); a later source never overrides an earlier one
on overlapping characters.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from ..ner import discourse
from ..ner.conll import tag_spans
from ..ner.tagger import tag_sentences
from ..records import TAGGER_LABELS, Entity, frame, parse_published
from ..text import QUOTES, NormalizedText, clitic_variants, language, normalize
from .dates import find_dates
from .gazetteer import Entry, Gazetteer, load_gazetteer, token_key
from .lexicon import CLAUSE_ENDS, MASCULINE_PLACES, NISBA_PLACES, PLACE_WORDS, lookup, not_names
from .people import english_people, person_ids

BACKENDS = ("tagger", "gazetteer", "camel")


def extract_entities(
    normalized: NormalizedText,
    published: dt.date | str | None = None,
    backend: str = "tagger",
    names: list[Entity] | None = None,
) -> list[Entity]:
    """Find the entities in a normalized article, in text order (offsets into its raw text).

    `published` resolves relative dates (الشهر الجاري، أمس). Sources, most trusted first: the
    gazetteer, dates, then (backend "tagger", the default) the project's trained tagger on
    Arabic sentences and English names found by rule, or (backend "camel") camel-tools' NER,
    which needs its data installed. `backend="gazetteer"` uses the first two only. People named
    in both scripts are linked to one id. `names`: the tagger's, when they were found for
    several articles at once (`tagger_entities_many`).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown entity backend {backend!r}; choose from {', '.join(BACKENDS)}")
    published = parse_published(published)
    gazetteer = load_gazetteer()
    found = _capitals_over_countries(
        normalized, gazetteer_entities(normalized, gazetteer), gazetteer
    )
    if backend == "tagger":
        names = tagger_entities(normalized) if names is None else names
    found += nisba_places(normalized, gazetteer, found, names if backend == "tagger" else [])
    found += date_entities(normalized, published)
    if backend == "tagger":
        found = _people_over_cities(normalized, found, names, gazetteer)
        found += names + english_person_entities(normalized)
    if backend == "camel":
        from ..ner.camel import camel_entities  # optional backend: camel-tools and its data

        found += camel_entities(normalized)
    return link_people(merge_entities(found))


def tagger_entities(normalized: NormalizedText) -> list[Entity]:
    """Names the trained tagger finds in the Arabic sentences (`source="model"`)."""
    return tagger_entities_many([normalized])[0]


def tagger_entities_many(texts: list[NormalizedText]) -> list[list[Entity]]:
    """`tagger_entities` of several articles, all their sentences tagged in one batch, then each
    article's tags made consistent across it (`discourse`: one name, one type)."""
    per_text = [[t.sentence_tokens(s) for s in t.sentences if s.lang == "ar"] for t in texts]
    words = [
        [normalized.raw[t.raw.start : t.raw.end] for t in tokens]
        for normalized, sentences in zip(texts, per_text, strict=True)
        for tokens in sentences
    ]
    tags = iter(tag_sentences(words))
    words_of = iter(words)
    result = []
    for normalized, sentences in zip(texts, per_text, strict=True):
        found = []
        article = [next(words_of) for _ in sentences]
        consistent = discourse.consistent(article, [next(tags) for _ in sentences])
        for tokens, sentence_tags in zip(sentences, consistent, strict=True):
            for first, stop, kind in tag_spans(sentence_tags):
                if stop - first == 1 and _is_common_noun(tokens[first].text):
                    continue
                raw_start, raw_end = tokens[first].raw.start, tokens[stop - 1].raw.end
                label = TAGGER_LABELS[kind]
                text = normalized.raw[raw_start:raw_end]
                found.append(Entity(text, raw_start, raw_end, label, None, None, None, "model"))
        result.append(found)
    return result


def _is_common_noun(token: str) -> bool:
    return any(variant in not_names() for variant, _ in clitic_variants(token))


def english_person_entities(normalized: NormalizedText) -> list[Entity]:
    """English names found by rule (`source="rule"`): "Ibrahim Al Qahtani, an ISIS official"."""
    found = []
    for start, end in english_people(normalized):
        raw_start, raw_end = normalized.to_raw(start, end)
        text = normalized.raw[raw_start:raw_end]
        found.append(Entity(text, raw_start, raw_end, "PER", None, text, None, "rule"))
    return found


def link_people(entities: list[Entity]) -> list[Entity]:
    """Give every PER mention an id, shared by mentions of one person in either script."""
    people = [i for i, e in enumerate(entities) if e.label == "PER" and not e.canonical_id]
    ids = person_ids([entities[i].text for i in people])
    linked = list(entities)
    by_id: dict[str, list[Entity]] = {}
    for i, person_id in zip(people, ids, strict=True):
        by_id.setdefault(person_id, []).append(entities[i])
    names = {
        person_id: (
            max((e.text for e in mentions if e.text.isascii()), key=len, default=None),
            max((e.text for e in mentions if not e.text.isascii()), key=len, default=None),
        )
        for person_id, mentions in by_id.items()
    }
    for i, person_id in zip(people, ids, strict=True):
        name_en, name_ar = names[person_id]
        linked[i] = replace(entities[i], canonical_id=person_id, name_en=name_en, name_ar=name_ar)
    return linked


def gazetteer_entities(normalized: NormalizedText, gazetteer: Gazetteer) -> list[Entity]:
    """Longest gazetteer matches over the tokens, with Arabic clitics and case variants."""
    spans, exact, folded = [], [], []
    for token in normalized.tokens:
        if token.text in QUOTES:
            continue
        for start, word in _words_of(token):
            spans.append((start, start + len(word)))
            exact.append(token_key(word))
            folded.append(exact[-1].casefold())
    found, i = [], 0
    while i < len(spans):
        best = _longest_match(gazetteer, exact, folded, i)
        if best is None:
            i += 1
            continue
        length, skip, entry_id = best
        if _river_bank(exact, i, length) or _floods(exact, i, length) or _birthplace(exact, i):
            i += length
            continue
        entry = gazetteer.entries[entry_id]
        start, end = normalized.to_raw(spans[i][0] + skip, spans[i + length - 1][1])
        found.append(_gazetteer_entity(normalized, start, end, entry))
        i += length
    return found


_RIVERS = frozenset("نهر لنهر للنهر النهر الفرات للفرات دجله لدجله النيل للنيل".split())
_OTHER_BANKS = frozenset("الشرقيه الاخري الثانيه اليمني اليسري الجنوبيه الشماليه المقابله".split())


def _river_bank(words: list[str], i: int, length: int) -> bool:
    """Whether the match at `i` is a bank of a river, not the West Bank (الضفة): the west or
    east bank of the Euphrates (الضفة الغربية لنهر الفرات، الضفة الغربية للفرات), the other
    bank (الضفة الثانية من النهر)."""
    if not words[i].endswith("ضفه"):
        return False
    after = words[i + length : i + length + 4]
    return bool(after) and (after[0] in _OTHER_BANKS or any(w in _RIVERS for w in after))


# Words of rain and floods: سيول near them is floods, not Seoul (حدوث سيول مفاجئة).
_FLOOD_WORDS = frozenset(
    "امطار الامطار فيضانات الفيضانات فيضان وفيضانات جارفه مفاجئه الطقس الاوديه الوديان "
    "انهيارات التربه للتربه ارضيه الارضيه".split()  # سيول وحوادث انزلاق للتربة
)


def _floods(words: list[str], i: int, length: int) -> bool:
    """Whether the match at `i` is the word for floods (سيول جارفة، أمطار غزيرة وسيول), not Seoul."""
    if length != 1 or not words[i].endswith("سيول"):
        return False
    return any(w in _FLOOD_WORDS for w in words[max(0, i - 4) : i] + words[i + 1 : i + 4])


def _birthplace(words: list[str], i: int) -> bool:
    """Whether the match at `i` is مسقط رأس, a birthplace (مسقط رأسه، مسقط الرأس), not Muscat."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[i].endswith("مسقط") and following.startswith(("راس", "الراس"))


# Place nouns a name of two words may follow before the country's adjective.
_NAMED_AREAS = frozenset("مدينه ولايه مقاطعه اقليم محافظه".split())


def nisba_places(normalized: NormalizedText, gazetteer: Gazetteer, known, names) -> list[Entity]:
    """Places named by a place noun and a country's adjective that agrees with it, right after
    it or after one word the gazetteer does not know (two after `_NAMED_AREAS`: مقاطعة ماديا
    براديش الهندية): a name (مدينة ليغ البلجيكية), not a word with ال or لل unless the tagger
    (`names`) found a place there (مدينة الإسكندرية المصرية, not المنطقة الآمنة التركية، مناطق
    النفوذ الإيرانية، مناطق خاضعة للسيطرة التركية); not مدينة كوبي. The country, with the span."""
    taken = sorted((e.start, e.end) for e in known)
    places = [(e.start, e.end) for e in names if e.label == "LOC"]
    tokens = [t for t in normalized.tokens if t.text not in QUOTES]
    found = []
    for i, token in enumerate(tokens):
        if not lookup(token.text, NISBA_PLACES):
            continue
        feminine = not lookup(token.text, MASCULINE_PLACES)  # مدينة ... البلجيكية، ريف ... السوري
        gap = 2 if lookup(token.text, _NAMED_AREAS) else 1  # مقاطعة ماديا براديش الهندية
        for k in range(i + 1, min(i + gap + 2, len(tokens))):
            code = lookup(tokens[k].text, gazetteer.nisbas)
            code = code if code and tokens[k].text.endswith("ه") == feminine else None
            if tokens[k].text in CLAUSE_ENDS or (code is None and k > i + gap):
                break
            at = bisect.bisect_left(taken, (tokens[k].raw.end,))
            if code is None or (at and taken[at - 1][1] > token.raw.start):
                continue  # the name the noun stands before is known: it says where
            if any(
                word.text.startswith(("ال", "لل"))
                and not any(s <= word.raw.start < e for s, e in places)
                for word in tokens[i + 1 : k]
            ):
                break  # an adjective or a noun, not a name: whose area, not where
            country = gazetteer.entries[code]
            found.append(_gazetteer_entity(normalized, token.raw.start, tokens[k].raw.end, country))
            break
    return found


def _gazetteer_entity(normalized: NormalizedText, start: int, end: int, entry: Entry) -> Entity:
    """The entity of a gazetteer entry named at the raw span [start, end)."""
    return Entity(
        normalized.raw[start:end],
        start,
        end,
        entry.label,
        entry.canonical_id,
        entry.name_en,
        entry.name_ar or None,
        "gazetteer",
    )


def _words_of(token) -> list[tuple[int, str]]:
    """A token's words and where they start: a hashtag's are its parts (#دير_الزور)."""
    if token.kind != "hashtag":
        return [(token.norm.start, token.text)]
    words, start = [], token.norm.start + 1
    for part in token.text[1:].split("_"):
        if part:
            words.append((start, part))
        start += len(part) + 1
    return words


def date_entities(normalized: NormalizedText, published: dt.date | None) -> list[Entity]:
    """The dates in the text as DATE entities."""
    entities = []
    for mention in find_dates(normalized, published):
        start, end = normalized.to_raw(mention.start, mention.end)
        entities.append(
            Entity(
                normalized.raw[start:end],
                start,
                end,
                "DATE",
                None,
                None,
                None,
                "rule",
                mention.value,
                mention.precision,
                mention.basis,
            )
        )
    return entities


def _longest_match(
    gazetteer: Gazetteer, exact: list[str], folded: list[str], i: int
) -> tuple[int, int, str] | None:
    """The longest alias starting at token `i`: (tokens, clitic characters skipped, entry id)."""
    best = None
    candidates = list(clitic_variants(exact[i]))
    if folded[i] != exact[i]:
        candidates.append((folded[i], 0))
    for first, skip in candidates:
        longest = gazetteer.longest.get(first)
        if not longest or (best and longest <= best[0]):
            continue
        keys = folded if first == folded[i] and first != exact[i] else exact
        for length in range(min(longest, len(exact) - i), 0, -1):
            if best and length <= best[0]:
                break
            entry_id = gazetteer.index.get((first, *keys[i + 1 : i + length]))
            if entry_id is None and keys is exact:
                entry_id = gazetteer.index.get((first, *folded[i + 1 : i + length]))
            if entry_id:
                best = (length, skip, entry_id)
                break
    return best


def _people_over_cities(
    normalized: NormalizedText, found: list[Entity], names: list[Entity], gazetteer: Gazetteer
) -> list[Entity]:
    """`found` without the cities that begin a longer person's name the tagger reads, or are
    the surname of one it reads elsewhere in the article, named with no preposition or place
    noun before them: a town's name is often a given name or a surname too (تيرانا حسن، عمان
    الحسيني; جون بولتون ... وأضاف بولتون), while a city after a name (أردوغان عفرين) or after في
    (في عفرين) is still the city."""
    people = [(e.start, e.end) for e in names if e.label == "PER"]
    surnames = {e.text.split()[-1] for e in names if e.label == "PER" and " " in e.text}

    def names_person(entity: Entity) -> bool:
        entry = gazetteer.by_canonical_id.get(entity.canonical_id or "")
        if entry is None or entry.kind != "city":
            return False
        if any(s == entity.start and entity.end < e for s, e in people):
            return True
        at = normalized.from_raw(entity.start, entity.end)[0]
        glued = normalized.text[at - 1 : at].isalpha()  # بعفرين، لحمص
        word = normalized.text[max(0, at - 20) : at].split()[-1:]
        placed = glued or bool(word and lookup(word[0], PLACE_WORDS))
        return entity.text in surnames and not placed

    return [e for e in found if not names_person(e)]


# Countries whose bare Arabic name is another country's capital's too (عمان: Oman and Amman).
_CAPITAL_HOMONYMS = {"OM": "JO"}


def _capitals_over_countries(
    normalized: NormalizedText, found: list[Entity], gazetteer: Gazetteer
) -> list[Entity]:
    """`found` with each bare country name that is also a capital's (عمان) read as the capital
    where it is written so (عمّان) or where the article names the capital's country (الأردن،
    الأردنية) and nothing else of the first country (سلطنة عمان، سلطان عمان، مسقط، العماني):
    تشهد العاصمة الأردنية عمان احتجاجات."""

    def country(entity: Entity) -> str | None:
        entry = gazetteer.by_canonical_id.get(entity.canonical_id or "")
        return entry.country if entry else None

    def bare(entity: Entity) -> bool:
        if entity.canonical_id not in _CAPITAL_HOMONYMS:
            return False
        at = normalized.from_raw(entity.start, entity.end)[0]
        sultan = normalized.text[max(0, at - 12) : at].split()[-1:] == ["سلطان"]
        return normalize(entity.text).text == normalize(entity.name_ar or "").text and not sultan

    if not any(bare(e) for e in found):
        return found  # no bare عمان: the article's adjectives need no reading
    named = {gazetteer.nationality(t.text.removeprefix("ال")) for t in normalized.tokens}
    named |= {country(e) for e in found if not bare(e)}
    resolved = []
    for entity in found:
        other = _CAPITAL_HOMONYMS.get(entity.canonical_id or "")
        doubled = "\u0651" in entity.text  # عمّان: the capital only
        if bare(entity) and (doubled or (other in named and entity.canonical_id not in named)):
            capital = next(c for c in gazetteer.capitals if gazetteer.entries[c].country == other)
            entity = _gazetteer_entity(
                normalized, entity.start, entity.end, gazetteer.entries[capital]
            )
        resolved.append(entity)
    return resolved


def merge_entities(entities: list[Entity]) -> list[Entity]:
    """Entities of several sources, most trusted first: drop each mention that overlaps an
    earlier (more trusted) one; return the rest in text order."""
    kept: list[Entity] = []
    starts: list[int] = []
    for entity in entities:
        at = bisect.bisect_left(starts, entity.start)
        before = kept[at - 1] if at else None
        after = kept[at] if at < len(kept) else None
        if (before and before.end > entity.start) or (after and after.start < entity.end):
            continue
        kept.insert(at, entity)
        starts.insert(at, entity.start)
    return kept


def canonical_table(entities: list[Entity]):
    """One row per canonical entity: its names, how often it is mentioned, and every form used."""
    mentions = frame([e for e in entities if e.canonical_id], Entity)
    if mentions.empty:
        return mentions
    mentions["script"] = mentions.text.map(lambda t: "ar" if language(t) == "ar" else "en")
    grouped = mentions.groupby("canonical_id", sort=False)
    table = grouped.agg(
        label=("label", "first"),
        name_en=("name_en", "first"),
        name_ar=("name_ar", "first"),
        mentions=("text", "size"),
        scripts=("script", lambda s: "+".join(sorted(set(s)))),
        forms=("text", lambda s: " | ".join(dict.fromkeys(s))),
    )
    return table.sort_values("mentions", ascending=False, kind="stable")
