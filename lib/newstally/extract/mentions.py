"""The entities of one article by their place in its normalized text, and the countries of
the places among them: what the tally stages look up around a count."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from ..records import Entity
from ..text import NormalizedText
from .gazetteer import REGION, Entry, Gazetteer
from .layout import desk_dateline_end
from .lexicon import (
    BESIDE,
    GROUP_ANAPHORS,
    HOME_DESKS,
    LOCATIVES,
    NAME_PARTICLES,
    NEAR,
    NISBA_PLACES,
    NOT_THERE,
    PLACE_NOUNS,
    PLACE_PARTS,
    SPEAKING,
    STRIKING,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, is_singular
from .numbers import is_year_digits

_VERBS = SPEAKING | STRIKING
_AUXILIARIES = frozenset(["قد", "كانت"])
_IT_WAS = (["هي", "التي"], ["هو", "الذي"], ["هي", "من"], ["هو", "من"])  # إسرائيل هي من شنت
# Backed by (المدعومة من إيران، المدعومة من قبل إيران): the place after it is a patron.
_BACKED = frozenset(
    "المدعومه المدعوم المدعومين المدعومون مدعومه مدعوم مدعومين مدعومون backed".split()
)
# The second of two places after بين/between: "بين سوريا وتركيا", "between Iraq and Syria".
_BETWEEN_RE = re.compile(r"(?:^|\s)(?:بين|between)\s+\S+(?:\s+\S+)?\s+(?:و|and\s+)$")
# Where the wounded were taken for care, not where they were hurt: "treated in Saudi hospitals"
# (لتلقي العلاج في مشافي المملكة، نقل إلى مستشفيات تركيا): for a country only, as a town's
# hospital is most often where they were hurt.
_TREATED_RE = re.compile(
    r"(?:علاج|اسعاف|نقل|treat|taken to)\S*\s+(?:\S+\s+){0,3}?"
    r"(?:\S*(?:مستشفي|مستشفيات|مشافي|مشفي)|hospitals?)\s+(?:(?:في|in)\s+)?$"
)
# An embassy opened or moved there (افتتاح السفارة الأمريكية في القدس، نقل سفارتها إلى القدس):
# the news of the day beside a toll, not where it is (unless it is told during the opening).
_EMBASSY_RE = re.compile(
    r"(?<!حفل )(?<!اثناء )(?<!خلال )(?<!during the )(?<!ceremony )"
    r"(?:نقل|افتتاح|opening|move|moving|relocation)\s+(?:\S+\s+){0,2}?"
    r"(?:ال)?(?:سفار(?:ه|تها|ته|تهم)|embassy)\s+(?:\S+\s+)?(?:في|الي|الى|in|to)\s+$"
)
# An embassy or a consulate right before a country: the country it serves, not where it is
# (في القنصلية السعودية بإسطنبول، سفارة إسرائيل في القاهرة).
_MISSION_RE = re.compile(r"(?:سفار|قنصلي)(?:ه|ات) $")
# A verb of moving or opening right before a country, an embassy after it: the country that
# moves or opens its embassy (نقل الولايات المتحدة سفارتها إلى القدس), an actor.
_MOVER_RE = re.compile(r"(?<!\w)[وبل]?(?:نقل|افتتاح) $")
_EMBASSY_AFTER_RE = re.compile(r"سفار|قنصلي|embassy")
# A name in quotes after a newspaper, an agency or a channel (صحيفة "ساسكاتون ستار فينيكس"): the
# paper's name, not a place.
_TITLE_RE = re.compile(r'(?:صحيفه|جريده|مجله|وكاله|قناه|شبكه|اذاعه)\s*"[^",.]{0,30}$')
# What a toll was said to coincide with, a few words on (تزامنت مع حفل افتتاح السفارة الأمريكية
# بالقدس): another event's place (not بالتزامن مع ذلك قتل 5 في كركوك, nor بالتزامن مع زيارته إلى
# كابول, where the count may be).
_COINCIDING_RE = re.compile(
    r"(?:^|\s)(?:تزامن|تزامنت|يتزامن|تتزامن) مع (?:[^\s,.]+\s+){0,4}(?:في\s+|ب)?$"
)
# The seat of the world's forums, where reports are given and talks held, not counts.
_FORUMS = frozenset(["جنيف", "Geneva"])
# A distance from a place before it (على بعد 40 كلم من غزة، 20 miles from Kabul): a landmark.
_DISTANCE_RE = re.compile(
    r"(?:بعد|مسافه) (?:نحو |حوالي )?\S*\s?(?:كلم|كم|كيلو\w*|ميل|اميال|متر\w*|امتار) (?:من|عن) $"
    r"|\b(?:km|kilometers|kilometres|miles) (?:from|of) $"
)
_FIRST_WORD_RE = re.compile(r"\W*(\w+)")  # a dateline's city
# The second word of newspapers named after a city (نيويورك تايمز، واشنطن بوست).
_NEWSPAPERS = frozenset("تايمز تايم بوست هيرالد جورنال times post herald journal".split())
_CLOCKS = frozenset(["بتوقيت", "توقيت", "لتوقيت", "بالتوقيت"])  # بتوقيت موسكو: a time zone
# An actor's seat: the place between these and مقرا (المرصد الذي يتخذ من لندن مقرا له).
_SEAT_RE = re.compile(r"(?:يتخذ|تتخذ|اتخذ|اتخذت) من (?:\S+ )?$")


_CONTINENT_RE = re.compile(r" (?:اللاتينيه|الجنوبيه|الوسطي|الشماليه)(?!\w)")
# The word after a name (". soldiers"), past another force joined by or/and ("U.S. or coalition
# forces").
_ENGLISH_WORD_RE = re.compile(r"[.\s-]*(?:(?:or|and) [A-Za-z]+ )?([A-Za-z]+)")
# English words after a country that make it a nationality: "US soldiers", "U.S.-led".
_NATIONALS = frozenset(
    "soldiers soldier troops forces service servicemen military army navy personnel officials "
    "citizens nationals led backed drone drones airstrike airstrikes strikes warplanes".split()
)
# After an abbreviated country only ("U.S. casualties"; not "Iraq deaths rose", deaths in Iraq).
_NATIONAL_TOLLS = frozenset("casualties injuries deaths".split())
_JOINED_RE = re.compile(r"(\S+)\s*(?:\bو|\band)\s*$")  # the word before و/and ending a text


_TOWNS = frozenset(["city", "town"])
_WORD_RE = re.compile(r"(?<![\w])(?:[وبلف](?=ال))?(\w+)")  # a word, its و/ب/ل/ف before ال off
_STRAY_REACH = 2  # how often the article's main country must be named for a stray to be one


class Place(NamedTuple):
    """A country a count is for, and the raw span of the place mention that says so."""

    country: str | None  # None for a region of several countries (أوروبا)
    start: int
    end: int


class Mentions:
    """An article's entities, ordered by their normalized spans (they do not overlap); those
    of a dateline naming the outlet's desk are left out (not those of a desk in New York,
    Washington or London when the story names no other country's places: `HOME_DESKS`)."""

    def __init__(self, normalized: NormalizedText, entities: list[Entity], gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.text = normalized.text
        desk = desk_dateline_end(normalized.text)
        spans = sorted((*normalized.from_raw(e.start, e.end), e) for e in entities)
        home = desk and _FIRST_WORD_RE.match(self.text)[1].startswith(HOME_DESKS)
        if home and self._home_story(spans, desk):
            desk = 0  # لندن (CNN): a story of Britain, where the desk is
        self.entities = [span for span in spans if span[0] >= desk]
        self.ends = [end for _, end, _ in self.entities]
        self.name_words = frozenset(  # each word of a person's name, as written in the article
            word
            for start, end, e in self.entities
            if e.label == "PER"
            for word in normalized.text[start:end].casefold().split()
            if len(word) > 2 and word not in NAME_PARTICLES
        )
        self.strays = self._strays()

    def _home_story(self, spans, desk: int) -> bool:
        """Whether the places after a desk's dateline (ending at `desk`) are all in the desk's
        own country: a story of that country, which the dateline places."""
        countries = [(start < desk, self._country_code(entity)) for start, _, entity in spans]
        home = {code for before, code in countries if before and code}
        return bool(home) and all(code in home for before, code in countries if code and not before)

    def _country_code(self, entity) -> str | None:
        """The country code of a place entity, None for anything else."""
        entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
        return entry.country if entry and entity.label == "LOC" else None

    def _strays(self) -> frozenset[int]:
        """Towns named once in a country the article names nowhere else, in an article that
        names another country's places twice or more and not the town's country's adjective: more
        likely a namesake (المالح in Algeria, in an article on Taiz) than a place the article is
        about (مكة with الدفاع المدني السعودي is). Not a capital (دمشق، موسكو: a government as
        often as a place)."""
        found = []
        for start, _, entity in self.entities:
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            place = self._place_of(entry, entity) if entity.label == "LOC" else None
            if place:
                town = entry.kind in _TOWNS and entry.id not in self.gazetteer.capitals
                found.append((start, place.country, town))
        support = Counter(country for _, country, _ in found)
        if max(support.values(), default=0) < _STRAY_REACH:
            return frozenset()
        adjectives = {country for country, _ in self.nationalities(_WORD_RE, 0, len(self.text))}
        return frozenset(
            start
            for start, country, town in found
            if town and support[country] == 1 and country not in adjectives
        )

    def at(self, start: int, end: int):
        """The entities overlapping the normalized span [start, end) (they do not overlap each
        other, so their ends are in order too)."""
        found = []
        for i in range(bisect.bisect_right(self.ends, start), len(self.entities)):
            if self.entities[i][0] >= end:
                break
            found.append(self.entities[i])
        return found

    def is_armed_group(self, token) -> bool:
        """An armed group is named at this token (داعش، طالبان) or referred to (التنظيم; not the
        English "group", said of any)."""
        if not token.text.isascii() and lookup(token.text, GROUP_ANAPHORS):
            return True
        entities = self.at(token.norm.start, token.norm.end)
        entries = [self.gazetteer.by_canonical_id.get(e.canonical_id or "") for *_, e in entities]
        return any(entry and entry.kind == "armed group" for entry in entries)

    def place_at(self, position: int, starting: bool = False) -> Place | None:
        """The place named at a position of the normalized text, with its country (`starting`:
        a name that starts there, not بريطانيا read as ب and a place inside it)."""
        for start, _end, entity in self.at(position, position + 1):
            if (starting and start != position) or start in self.strays:
                continue
            place = self._place_of(
                self.gazetteer.by_canonical_id.get(entity.canonical_id or ""), entity
            )
            if place:
                return place
        return None

    def _place_of(self, entry: Entry | None, entity: Entity) -> Place | None:
        """The place an entity names by its gazetteer entry, with its country; None for an
        entry that is no place of a country."""
        if not (entry and entry.label == "LOC" and entry.country):
            return None
        country = self.gazetteer.entries.get(entry.country)
        return Place(country.name_en, entity.start, entity.end) if country else None

    def nationalities(
        self, pattern: re.Pattern, start: int, end: int
    ) -> Iterator[tuple[str, re.Match]]:
        """The country of each word `pattern` finds (its first group, the article off) between
        `start` and `end` of the normalized text that is a country's adjective (السعودية،
        ليبية), with the match, in text order."""
        for match in pattern.finditer(self.text, start, end):
            code = self.gazetteer.nationality(match.group(1).removeprefix("ال"))
            country = self.gazetteer.entries.get(code) if code else None
            if country:
                yield country.name_en, match

    def country_at(self, position: int) -> str | None:
        """The country of the place named at a position, if a place is named there."""
        place = self.place_at(position)
        return place.country if place else None

    def countries(
        self, start: int, end: int, where: bool = False, every: bool = False
    ) -> dict[str, Place]:
        """The countries of the places a span names, each with its first place: of its towns,
        provinces and sites when it names any (a country named beside them is often an actor:
        "US strikes in Douma"); not those named after مع/with ("the border with Iraq"). A state
        of a country far from the region (فلوريدا) counts as its country: often a seat or a
        hometown beside the place of the count. With `where`, a country counts only after
        في/ب/in (أبدت اسرائيل أسفها: an actor); with `every`, beside towns too."""
        by_kind: dict[bool, dict[str, Place]] = {True: {}, False: {}}
        for position, entity, place in self._places(start, end):
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            far = entry.kind == "state" and entry.country not in REGION
            country = entry.kind == "country" or far
            if not (where and country and not self.after_locative(position)):
                by_kind[country].setdefault(place.country, place)
        return {**by_kind[True], **by_kind[False]} if every else by_kind[False] or by_kind[True]

    def _places(self, start: int, end: int):
        """The place mentions of a span (normalized start, entity, place), those after مع/with
        left out, and Geneva (`_FORUMS`: a numbered count's own clause may still name it)."""
        for s, e, entity in self.at(start, end):
            place = self.place_at(s) if entity.label == "LOC" and not self.aside(s) else None
            if place and self.text[s:e] not in _FORUMS:
                yield s, entity, place

    def aside(self, position: int) -> bool:
        """A place named after مع/with (a neighbour or a partner) or between two (a party: بين
        اسرائيل وحماس، على الحدود بين سوريا وتركيا), after a word that makes it an actor's seat
        or patron (ومقره لندن، الموالية لأنقرة، المدعومة من إيران), after a verb of saying or
        joined by و to a place after one (اعلنت انقره، اتهمت دمشق وموسكو), or a country before
        or after a verb of attack or saying (to come too: ستشن تركيا), or after a verb of a deed
        or one with its object's pronoun (قصفت اسرائيل، اسرائيل قد شنت، ارتكبتها اسرائيل، التي
        بدأتها تركيا), or after an intervention (منذ تدخل الرياض): an actor, not where counts are.
        Nor is a city that names a newspaper (`_NEWSPAPERS`, or in quotes after one: صحيفة
        "ساسكاتون ستار فينيكس"), a place of what a count coincided with (`_COINCIDING_RE`), the
        country where the wounded were treated (`_TREATED_RE`), a place where an embassy opened
        or moved (`_EMBASSY_RE`), the country an embassy serves (`_MISSION_RE`) or that moves
        it (`_MOVER_RE`), a seat (يتخذ من لندن مقرا له), an Arabic word right after a number that
        is no year (the noun it counts: 12 صبيا), a country's name that is an adjective after a
        singular noun (40 جنديا تركيا), an English country as a nationality ("US soldiers",
        `_NATIONALS`), a time zone (بتوقيت موسكو), or the landmark a place named is measured
        from (قرب بئر السبع على بعد 40 كلم من غزة). A verb's "against them" before the country
        (استخدمت ضدهم إسرائيل) is passed over to the verb."""
        before = self.text[max(0, position - 40) : position].casefold()
        wider = self.text[max(0, position - 80) : position].casefold()
        if self._word_after(position).strip('"»”') in _NEWSPAPERS or _TITLE_RE.search(before):
            return True  # صحيفة نيويورك تايمز، واشنطن بوست: a newspaper, not a place
        if _COINCIDING_RE.search(wider):
            return True  # تزامنت مع افتتاح السفارة بالقدس: the other event's place
        distance = _DISTANCE_RE.search(wider)
        if distance and self._place_before(position - len(wider) + distance.start()):
            return True  # قرب بئر السبع على بعد 40 كلم من غزة: the landmark of a place named
        if _TREATED_RE.search(wider) and self.is_country(position):
            return True  # treated in Saudi hospitals (not in a hospital of Kirkuk, of Gaza)
        mission = _MISSION_RE.search(before) and self.is_country(position)  # not قنصلية البصرة
        mover = _MOVER_RE.search(before) and self.is_country(position)
        mover = mover and _EMBASSY_AFTER_RE.search(self.text, position, position + 50)
        if _EMBASSY_RE.search(wider) or mission or mover:
            return True  # افتتاح السفارة الأمريكية في القدس، القنصلية السعودية
        if (
            "تخذ" in before
            and _SEAT_RE.search(before)
            and "مقرا" in self.text[position : position + 40]
        ):
            return True  # المرصد الذي يتخذ من لندن مقرا له: its seat
        words = before.split()
        last = words[-1] if words else ""
        if last.isdigit() and not is_year_digits(last) and not self.text[position].isascii():
            named = self.text[position : self.end_at(position)].split()[:1]  # في 12 محافظة يمنية
            return not (named and lookup(named[0], NISBA_PLACES))  # 12 صبيا: boys, not Sabya
        if last.lstrip("(").removeprefix("و") in _CLOCKS:
            return True  # الساعة 3 بتوقيت موسكو، (بتوقيت بغداد): a clock's time zone, no place
        if last in _AGAINST_THEM and len(words) > 1:
            last = words[-2]  # استخدمت ضدهم إسرائيل القوة: the verb before "against them"
        verb = last[1:] if last[:1] in "وف" and last not in _VERBS else last  # وأعلنت
        country = self.is_country(position)
        adjective = self.text[position : self.end_at(position)].endswith("يا")  # تركيا: "Turkish"
        people = is_singular(last[:-1]) or lookup(last, SUBJECT_WORDS) in PERSON_ROLES  # عسكريا
        if country and adjective and last[-1:] == "ا" and people:
            return True  # 40 جنديا تركيا، مواطنا روسيا: an adjective after its noun, no place
        leader = verb in _LEADING and ("تحالف" in before or "coalition" in before)
        if country and _VERB_AND_OBJECT_RE.fullmatch(verb) and not verb.startswith(_UNDERGOING):
            return True  # العملية التي بدأتها تركيا: the subject after its verb
        to_come = verb[:1] == "س" and verb[1:] in _STRIKING_NOW  # ستشن تركيا (not تضرب تركيا)
        deed = verb in STRIKING or to_come or verb in _DEEDS
        noun = last != "تدخل" or (len(words) > 1 and words[-2] in _WHEN)  # not تدخل بغداد
        if (
            verb in SPEAKING
            or (deed and country)
            or leader
            or (lookup(last, _INTERVENING) and noun)
        ):
            return True  # التحالف الذي تقوده الرياض: a coalition's leader, a capital too
        if before.rstrip().endswith(("و", "and")) and self._joined_speaker(position):
            return True  # اتهمت دمشق وموسكو
        end = self.end_at(position)
        america = self.text[position:end] in ("امريكا", "اميركا")
        if america and _CONTINENT_RE.match(self.text, end):
            return True  # أمريكا الوسطى: Central America, not the United States
        if country and self.text[position].isascii() and not self.after_locative(position):
            following = _ENGLISH_WORD_RE.match(self.text, end)
            short = self.text[position:end].replace(".", "").isupper()  # US, U.S., UK
            tolls = short and following and following.group(1) in _NATIONAL_TOLLS
            if following and (following.group(1) in _NATIONALS or tolls):
                return True  # "US soldiers", "U.S.-led forces": a nationality, not a place
        if country and not self.after_locative(position) and self._word_after(position) in _VERBS:
            return True  # اسرائيل شنت: the subject before its verb (not وفي العراق قالت)
        if _BETWEEN_RE.search(before):
            return True
        words = self._place_words(position, words)
        if self._came_from(position, words):
            return True  # 400 ألف لاجئ من دارفور، 16 شخصا معظمهم من سوريا وإيران
        if words and words[-1] in LOCATIVES:
            words = words[:-1]  # ومقره في لندن
        backer = words[:-1] if words[-1:] == ["قبل"] else words  # المدعومة من قبل إيران
        if len(backer) > 1 and backer[-1] in ("من", "by") and backer[-2] in _BACKED:
            return True  # جماعة الحوثي المدعومة من إيران: a patron
        return bool(words) and (words[-1] in BESIDE or words[-1] in NOT_THERE)

    def _place_before(self, position: int) -> bool:
        """Whether a place is named in the 40 characters before `position`."""
        return any(self.place_at(s) for s, _, _ in self.at(max(0, position - 40), position))

    def _place_words(self, position: int, words: list[str]) -> list[str]:
        """The `words` before the place at `position`, its glued clitic (لأنقرة) and a place noun
        (من مقرها في ولاية فلوريدا) left out."""
        if words and len(words[-1]) == 1 and not self.text[position - 1].isspace():
            words = words[:-1]
        return words[:-1] if words and words[-1] in PLACE_NOUNS else words

    def _came_from(self, position: int, words: list[str]) -> bool:
        """Whether the place at `position` (after `words`) is where people came from: after من
        and a word of people who came (`_people_from`) or, a country, "most of them" (معظمهم من
        سوريا; not معظمهم من درعا, a home town, often where it happened); or joined by و to such
        a place (معظمهم من سوريا وإيران)."""
        if len(words) > 1 and words[-1] == "من":
            most = words[-2] in _MOST_OF_THEM and self.is_country(position)
            return most or _people_from(words[-2])
        before = self.text[max(0, position - 40) : position]
        joined = before.rstrip().endswith(("و", "and")) and _JOINED_RE.search(before)
        if not joined:
            return False
        word = position - len(before) + joined.start(1)
        previous = [s for s, *_ in self.at(word, word + len(joined[1])) if self.place_at(s)]
        first = previous[0] if previous and previous[0] < position else None
        if first is None:
            return False
        words = self.text[max(0, first - 40) : first].casefold().split()
        return self._came_from(first, self._place_words(first, words))

    def _joined_speaker(self, position: int) -> bool:
        """Whether the place at `position` follows و after a name (a place, or a capital named
        for its government) that a verb of saying precedes, or a verb of a deed with its
        object's pronoun (اتهمت دمشق وموسكو وطهران: three governments speaking; الصفقة التي
        أبرمتها واشنطن والرياض: two parties to it)."""
        before = self.text[max(0, position - 40) : position]
        joined = _JOINED_RE.search(before)
        if not joined:
            return False
        word = position - len(before) + joined.start(1)  # the whole word: وموسكو, past its و
        previous = [s for s, *_ in self.at(word, word + len(joined[1]))]
        if not previous:
            return False
        last = (self.text[max(0, previous[0] - 40) : previous[0]].split() or [""])[-1]
        if not self.place_at(previous[0]):  # a capital named for its government: ابرمتها واشنطن
            return bool(_VERB_AND_OBJECT_RE.fullmatch(last)) and not last.startswith(_UNDERGOING)
        spoken = last in SPEAKING or (last[:1] in "وف" and last[1:] in SPEAKING)  # not حاصرت
        return spoken or self._joined_speaker(previous[0])

    def end_at(self, position: int) -> int:
        """Where the name at `position` ends (the position itself if none is named there)."""
        return next((end for _, end, _ in self.at(position, position + 1)), position)

    def after_locative(self, position: int) -> bool:
        """Whether the place named at `position` follows في/ب/in (وفي العراق، بالعراق، في شمال
        العراق، قبالة سواحل ليبيا), or و after a place that does (في العراق وسوريا)."""
        before = self.text[max(0, position - 60) : position]
        if before.endswith("ب"):
            return True
        joined = _JOINED_RE.search(before)
        if joined:
            word = position - len(before) + joined.start(1)
            previous = [s for s, *_ in self.at(word, word + 1) if self.place_at(s)]
            return bool(previous) and self.after_locative(previous[0])
        words = before.casefold().split()
        if words[-1:] == ["the"]:
            words.pop()  # "in the US"
        for _ in range(2):  # في شمال شرق سوريا
            if words and words[-1] in PLACE_PARTS:
                words.pop()
        last = words[-1] if words else ""
        if last[:1] == "ب" and last[1:] in PLACE_PARTS:
            return True  # بشمال العراق
        return last in LOCATIVES | NEAR or (last[:1] == "و" and last[1:] in LOCATIVES)

    def _word_after(self, position: int) -> str:
        """The word after the place named at `position` (قد, كانت and the like passed over, and
        هي التي or هي من: إسرائيل هي التي شنت الهجوم)."""
        ends = [end for start, end, _ in self.at(position, position + 1)]
        words = self.text[ends[0] : ends[0] + 40].casefold().split() if ends else []
        words = [w for w in words if w not in _AUXILIARIES]
        words = words[2:] if words[:2] in _IT_WAS else words
        return words[0] if words else ""

    def is_country(self, position: int) -> bool:
        """Whether a country (not a town or a province) is named at the position."""
        entries = self.gazetteer.by_canonical_id
        return any(
            getattr(entries.get(e.canonical_id or ""), "kind", None) == "country"
            for *_, e in self.at(position, position + 1)
        )

    def main_country(self) -> tuple[Place | None, int]:
        """The country the text's places are most often in (its first place), and how many of
        its place mentions are in it."""
        named = [place for *_, place in self._places(0, len(self.text))]
        if not named:
            return None, 0
        country, times = Counter(place.country for place in named).most_common(1)[0]
        return next(place for place in named if place.country == country), times


def _people_from(word: str) -> bool:
    """A word of refugees, migrants or workers (لاجئ، مهاجرين، عمال) or of coming (قادمين،
    الفارين) before من and a place: the place is where they came from."""
    return lookup(word, _COMING) is not None


_MOST_OF_THEM = frozenset("معظمهم اغلبهم غالبيتهم معظمهن اغلبهن".split())
_LEADING = frozenset("تقود تقوده تقودها يقود يقوده يقودها بقياده".split())
# "Against them" or "on them" between a verb of a deed and its doer (شنت عليهم إسرائيل).
_AGAINST_THEM = frozenset("ضدهم ضدها ضده ضدهما عليهم عليها عليه بحقهم بحقه".split())
# An intervention, the noun (منذ تدخل الرياض، بتدخل روسيا): the intervener, a capital too; not the
# verb "enters" (قوات تدخل بغداد).
_INTERVENING = frozenset(["تدخل"])
_WHEN = frozenset("منذ بعد قبل بسبب بدء رغم عقب اثر".split())  # before the noun: منذ تدخل
# Verbs of a deed, before the country that did it (مجزرة ارتكبتها إسرائيل، استخدمت إسرائيل القوة،
# ترد إسرائيل); not after it, where they may be passive (قصف على سوريا استخدمت فيه قنابل).
_DEEDS = frozenset("ارتكبت ارتكبتها ارتكبها استخدمت ترد ردت".split())
# Verbs of attack, with the future's س before them (ستشن تركيا عمليات جديدة; not تضرب تركيا,
# where a wave of attacks hitting Turkey may be the subject).
_STRIKING_NOW = frozenset("تقصف تشن تستهدف تهاجم تضرب تنفذ تطلق".split())
# A past verb in the feminine (a country's) with its object's pronoun (العملية التي بدأتها تركيا،
# الغارات التي شنتها إسرائيل): the country after it did what the clause tells, elsewhere too.
# Not a bare verb (اعتقلت تركيا 120 شخصا، شهدت فرنسا اعتداء: the country is where it happened).
_VERB_AND_OBJECT_RE = re.compile(r"(?!ال)\w{2,}(?:تها|ته|تهم)")
_UNDERGOING = ("شهد", "عاش", "تعرض")  # ما شهدته الصومال: where it happened
_COMING = frozenset(
    "قادمين القادمين قادما قادمون الفارين فارين النازحين نازحين عمال العمال عاملا لاجئ لاجئا "
    "لاجئين اللاجئين مهاجر مهاجرا مهاجرين المهاجرين".split()
)
