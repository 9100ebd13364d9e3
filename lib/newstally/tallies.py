"""Every count an article states, as one Tally row each, with its evidence in the raw text.

For each number (digits, number words, duals, vague words) the extractor finds, in the same
sentence and clause: the event (a trigger word before the number, the counted noun itself, or
a trigger after it), what is counted (the noun and the armed group or force it belongs to), the
country, the period (a date in the sentence, or the one carried from the sentences before), and
whether it is a part of a total stated just before it (`43 عملية (10 في سوريا و33 في العراق)`).
Counts with no number are found too: a stated zero (`لم تسفر ... عن إصابة أو قتل أي من`) and a
single named leader killed or captured (`مقتل القيادي`, "killed the Taliban leader").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import asdict, dataclass

from .entities import Entity, extract_entities
from .gazetteer import Gazetteer, load_gazetteer
from .numbers import NumberMention, find_numbers
from .text import TOKEN_RE, NormalizedText, clitic_variants, normalize

EVENTS = ("operations", "killed", "detained", "injured", "attacks", "held", "personnel", "other")


# Words that name an event, normalized and case-folded, without their clitics.
EVENT_WORDS = {
    **dict.fromkeys(
        (
            "مقتل قتل قتلي القتلي قتيل قتيلا قتلوا قتلت يقتل مصرع مصرعهم حتفهم حتفه اغتيال تصفيه "
            "استشهاد استشهد استشهدوا استشهدت شهيد شهداء الشهداء شهيدا حياه جثه جثث "
            "killed kill kills killing dead died deaths death slain fatalities"
        ).split(),
        "killed",
    ),
    **dict.fromkeys(
        (
            "اصابه اصابات جرحي الجرحي جريح جرحا مصابا مصابين اصيب اصيبوا جرح wounded injured "
            "injuries injuring wounding hurt harmed"
        ).split(),
        "injured",
    ),
    **dict.fromkeys(
        (
            "اعتقال اعتقل اعتقلت اعتقلوا توقيف القبض اسر احتجاز اعتقالات خطف اختطاف خطفت اسرهما detained detain detaining "
            "detention detentions arrested arrest arrests captured capture capturing apprehended"
        ).split(),
        "detained",
    ),
    **dict.fromkeys(
        (
            "محتجز محتجزون محتجزين محتجزا معتقل معتقلين معتقلون سجين سجناء يحتجز تحتجز يحوي held "
            "detainees prisoners imprisoned"
        ).split(),
        "held",
    ),
    **dict.fromkeys(
        (
            "عمليه عمليات غاره غارات مداهمه مداهمات طلعه طلعات حملات operations operation "
            "raids raid strikes strike airstrikes airstrike sorties"
        ).split(),
        "operations",
    ),
    **dict.fromkeys(
        (
            "هجوم هجمات هجوما هجومين اعتداء اعتداءات كمين attacks attack ambush ambushes bombings"
        ).split(),
        "attacks",
    ),
}

# What a counted noun says is counted: a role that takes the group's name, or a fixed subject.
SUBJECT_WORDS = {
    **dict.fromkeys(
        (
            "associate associates عنصر عناصر عنصرا عنصرين مقاتل مقاتلين مقاتلا مسلح مسلحين مسلحا ارهابي ارهابيين ارهابيا "
            "متشدد متشددين عضو اعضاء جهادي جهاديين دواعش معتقل معتقلين محتجزين سجين سجناء member "
            "members fighter fighters terrorist terrorists detainees prisoners"
        ).split(),
        "members",
    ),
    **dict.fromkeys(
        "insurgent insurgents militant militants suspect suspects extremists".split(),
        "insurgents",
    ),
    **dict.fromkeys(
        (
            "قيادي قياديا قياديين قائد قاده زعيم امير مسؤول مسؤولا والي leader leaders commander "
            "commanders official officials emir chief"
        ).split(),
        "leaders",
    ),
    **dict.fromkeys(
        "facilitator facilitators".split(),
        "facilitators",
    ),
    **dict.fromkeys(
        "مدني مدنيين مدنيا civilian civilians".split(),
        "civilians",
    ),
    **dict.fromkeys(
        "جندي جنود جنديا soldier soldiers troops personnel".split(),
        "soldiers",
    ),
    **dict.fromkeys(
        "شخص اشخاص شخصا شخصين people persons person individuals".split(),
        "people",
    ),
    **dict.fromkeys(
        "طفل اطفال child children".split(),
        "children",
    ),
    **dict.fromkeys(
        "سياره سيارات سيارتين vehicle vehicles car cars".split(),
        "vehicles",
    ),
}
_GROUP_ROLES = ("members", "leaders", "facilitators", "insurgents")
# A counted noun and the first letters of the adjective after it that change what it counts.
_MODIFIED_ROLES = {("vehicles", "ملغم"): "car bombs", ("vehicles", "مفخخ"): "car bombs"}
# Singular counted nouns: after an event word they state a count of one (مقتل القيادي).
SINGULAR_NOUNS = frozenset(
    (
        "ضابط شرطي مواطن ناشط فتاه امراه رجل مراقب صحفي "
        "عنصر قيادي قائد زعيم امير مسؤول والي مقاتل مسلح ارهابي مدني جندي شخص طفل leader "
        "commander official emir chief facilitator insurgent militant fighter member suspect "
        "civilian soldier person child terrorist"
    ).split()
)
FORCE_SUBJECTS = {
    "Q11211": "US forces",
    "coalition": "coalition forces",
    "partner-forces": "partner forces",
    "isf": "Iraqi security forces",
    "afghan-forces": "Afghan forces",
    "syrian-government-forces": "Syrian government forces",
}
# The group an article is about, named without its name: التنظيم، "the group".
_GROUP_ANAPHORS = frozenset(["التنظيم", "group", "organization"])
# Words between a negation and its event that make it a stated zero: لم تسفر عن، لم يسجل اية.
_ZERO_BRIDGES = frozenset("عن اي ايه اية any were was".split())
_NEGATIONS = frozenset("لم لا دون بدون عدم no without none neither nor".split())
_PERIOD_MARKERS = frozenset("خلال طيله طوال during over throughout".split())
_SINGULAR_ARTICLES = frozenset(["a", "an", "the", "one"])
# Words that join a count to the one before it: it counts the same event.
_COORDINATION = frozenset(["and", "و", "with", "including", "بينهم", "منهم"])
# Words that make a count a part of the one before it ("four detained, including a commander").
_INCLUSION = frozenset(["including", "بينهم", "منهم", "among"])
_THING_ROLES = frozenset(["vehicles", "weapons", "car bombs"])
_CLAUSE_STARTS = frozenset("فيما بينما في حين and while but".split())
# Nouns of measure: a number before them is a duration, a distance, a sum or a share.
_UNITS = dict.fromkeys(
    (
        "يوم يوما ايام اسبوع اسابيع شهر اشهر شهرا سنه سنوات سنين عام اعوام عاما ساعه ساعات "
        "دقيقه دقائق كيلومتر كيلومترا كلم كم متر مترا ميل دولار دولارا يورو مليار "
        "day days week weeks month months year years hour hours minute minutes km kilometers "
        "miles dollars percent اضعاف مرات times "
        "محرم صفر ربيع جمادي رجب شعبان رمضان شوال القعده الحجه"
    ).split(),
    True,
)
# Words that make the number after them a year or an ordinal: سنة 40، عام 2022، ال 25.
_YEAR_WORDS = frozenset("سنه عام العام ال year".split())
_PERSON_ROLES = frozenset(
    ["members", "insurgents", "leaders", "facilitators", "civilians", "soldiers", "people"]
)
_CLAUSE_BREAKS = frozenset(["(", ")", ";", ".", ":", "?", "!"])


@dataclass(frozen=True)
class Tally:
    """One count an article states (the DESIGN contract); `raw[start:end] == evidence`."""

    event: str
    count: int | None
    qualifier: str
    location: str | None
    subject: str | None
    period_start: str | None
    period_end: str | None
    part_of: int | None
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """The row as a plain dict with exactly the contract's fields."""
        return asdict(self)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str  # normalized, case-folded
    kind: str


def extract_tallies(
    text: str | NormalizedText,
    published: dt.date | str | None = None,
    entities: list[Entity] | None = None,
) -> list[Tally]:
    """Every count in an article, in text order; parts point at their total with `part_of`."""
    normalized = text if isinstance(text, NormalizedText) else normalize(text)
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if entities is None:
        entities = extract_entities(normalized, published)
    return _Extractor(normalized, entities, load_gazetteer()).run()


class _Extractor:
    """The state of one article's extraction: tokens, entities by position, carried period."""

    def __init__(self, normalized: NormalizedText, entities: list[Entity], gazetteer: Gazetteer):
        self.nt = normalized
        self.gazetteer = gazetteer
        self.tokens = [
            _Token(m.start(), m.end(), m.group().casefold(), m.lastgroup or "punct")
            for m in TOKEN_RE.finditer(normalized.text)
            if m.group() not in "\"'"
        ]
        self.entities = sorted((*normalized.from_raw(e.start, e.end), e) for e in entities)
        self.entity_ends = [end for _, end, _ in self.entities]
        self.main_group = self._main_group()
        self.tallies: list[Tally] = []
        self.sentence_country: str | None = None

    def run(self) -> list[Tally]:
        period = None
        token_starts = [t.start for t in self.tokens]
        for start, end in self.nt.sentence_spans:
            first = bisect.bisect_left(token_starts, start)
            tokens = self.tokens[first : bisect.bisect_left(token_starts, end)]
            if self._is_headline(start, end, tokens):
                period = None
            period = self._sentence_period(start, end) or period
            self._sentence(tokens, start, end, period)
        return self.tallies

    # --- one sentence -------------------------------------------------------------------------

    def _sentence(self, tokens: list[_Token], start: int, end: int, period) -> None:
        numbers = [n for n in find_numbers_in(self.nt, start, end) if self._is_count(n)]
        self.sentence_country = self._single_country(start, end)
        self.number_starts = [n.start for n in numbers]
        found = self._implicit_singles(tokens, numbers, period) + self._zeros(tokens, period)
        ordered = sorted((position, k) for k, (position, _) in enumerate(found))
        self.token_ends = [t.end for t in tokens]
        self.token_starts = [t.start for t in tokens]
        for index, number in enumerate(numbers):
            before = ordered[: bisect.bisect_left(ordered, (number.start, -1))][-8:]
            following = numbers[index + 1].start if index + 1 < len(numbers) else None
            tally = self._number_tally(
                number, tokens, following, period, found, [k for _, k in before]
            )
            if tally:
                bisect.insort(ordered, (number.start, len(found)))
                found.append((number.start, tally))
        offset = len(self.tallies)
        order = sorted(range(len(found)), key=lambda k: found[k][0])
        new_index = {old: offset + new for new, old in enumerate(order)}
        for old in order:
            tally = found[old][1]
            if tally.part_of is not None:  # part_of holds the total's place in `found`
                tally = _replace(tally, part_of=new_index[tally.part_of])
            self.tallies.append(tally)

    def _number_tally(self, number, tokens, following, period, found, before) -> Tally | None:
        """The Tally for one number; `before` indexes the sentence's latest earlier counts in
        `found`, in text order; `following` is where the next number starts."""
        position = bisect.bisect_right(self.token_ends, number.start)
        after = bisect.bisect_left(self.token_starts, number.end)
        clause_end = self._clause_end(tokens, after, following)
        noun_index, role = self._counted_noun(tokens, after, clause_end)
        if role is None:  # a dual is its own noun: بسيارتين
            role = lookup(tokens[position].text, SUBJECT_WORDS)
            if role and after < len(tokens):
                role = _MODIFIED_ROLES.get((role, tokens[after].text[:4]), role)
        if self._is_measure(tokens, after):
            return None  # 11 يوما، 35 كيلومترا، 21 من رمضان: a measure or a date, not a count
        previous = found[before[-1]][1] if before else None
        event = self._event_before(tokens, position)
        if event is None and noun_index is not None:
            event = lookup(tokens[noun_index].text, EVENT_WORDS)
        event = event or self._coordinated_event(tokens, position, previous)
        if event is None and noun_index is not None and role not in _THING_ROLES:
            following = tokens[noun_index + 1 : min(noun_index + 3, clause_end)]
            event = self._event_after(following, role in _PERSON_ROLES)
        if previous and position and tokens[position - 1].text in _INCLUSION:
            return self._tally(
                previous.event,
                number,
                None,
                previous.subject,
                period,
                before[-1],
                number.qualifier_start,
            )
        part_of = None
        location = self._location(tokens, after, clause_end, number)
        if noun_index is None and self._is_part(tokens, after):
            total_place = next((k for k in reversed(before) if found[k][1].part_of is None), None)
            if total_place is not None:
                total = found[total_place][1]
                part_of, event, subject = total_place, total.event, total.subject
                return self._tally(
                    event, number, location, subject, period, part_of, number.qualifier_start
                )
        if event is None:
            if role == "soldiers":
                event = "personnel"
            elif role is None:
                return None
            else:
                event = "other"
        subject = self._subject(tokens, position, clause_end, role, event)
        return self._tally(event, number, location, subject, period, None, number.qualifier_start)

    def _tally(self, event, number, location, subject, period, part_of, qualifier_start):
        start, end = self.nt.to_raw(qualifier_start, number.end)
        location = location or self.sentence_country
        period_start, period_end = (None, None) if event == "held" or not period else period
        return Tally(
            event,
            number.value,
            number.qualifier,
            location,
            subject,
            period_start,
            period_end,
            part_of,
            self.nt.raw[start:end],
            start,
            end,
        )

    # --- pieces of a count --------------------------------------------------------------------

    def _is_count(self, number: NumberMention) -> bool:
        """Not a date, a year, a code (2013-01-S-025), a time, a percentage or inside a URL."""
        text = self.nt.text
        for _start, _end, entity in self._entities_at(number.start, number.end):
            if entity.label == "DATE" or entity.source == "gazetteer":
                return False
        before = text[number.start - 1] if number.start else " "
        after = text[number.end] if number.end < len(text) else " "
        if before in "-/:#" or after in "-/:%":
            return False
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            return False  # part of a code: 2013-01-S-025, A4, F16
        words = text[max(0, number.start - 8) : number.start].split()
        if words and words[-1] in _YEAR_WORDS:
            return False
        value = number.value
        return not (
            isinstance(value, int) and 1900 <= value <= 2100 and number.end - number.start == 4
        )

    @staticmethod
    def _clause_end(tokens, after, limit: int | None) -> int:
        """Where the count's clause ends: the next number (at `limit`), a bracket or a break."""
        for i in range(after, len(tokens)):
            if (limit is not None and tokens[i].start >= limit) or tokens[i].text in _CLAUSE_BREAKS:
                return i
        return len(tokens)

    def _counted_noun(self, tokens, after, clause_end) -> tuple[int | None, str | None]:
        """The noun the number counts, within four tokens after it, and the role it names."""
        for i in range(after, min(after + 4, clause_end)):
            if tokens[i].text == ",":
                break
            role = lookup(tokens[i].text, SUBJECT_WORDS)
            if role or lookup(tokens[i].text, EVENT_WORDS):
                return i, role
        return None, None

    @staticmethod
    def _is_measure(tokens, after) -> bool:
        following = [t.text for t in tokens[after : after + 2]]
        if following[:1] == ["من"]:
            following = following[1:]
        return bool(following) and lookup(following[0], _UNITS) is not None

    def _event_before(self, tokens, position) -> str | None:
        """An event word just before the number: مقتل 11، اعتقال 227، killed two."""
        for i in range(position - 1, max(position - 6, -1), -1):
            if tokens[i].text in _CLAUSE_BREAKS or tokens[i].text == ",":
                return None
            if tokens[i].kind == "number" or tokens[i].text in ("و", "and"):
                return None  # the word before belongs to the count before: 70 قتيلا و200
            event = lookup(tokens[i].text, EVENT_WORDS)
            if event:
                return event
        return None

    def _coordinated_event(self, tokens, position, previous) -> str | None:
        """ "detained a leader and two associates": a count joined by and/و to the count before."""
        if previous is None or position == 0 or tokens[position - 1].text not in _COORDINATION:
            return None
        _, end = self.nt.from_raw(previous.start, previous.end)
        gap = [t for t in tokens[:position] if t.start >= end]
        return previous.event if len(gap) <= 6 else None

    def _event_after(self, tokens, person: bool) -> str | None:
        """An event word right after the counted noun, as in "11 members were killed" or
        "77 شخصا قتلوا"; one that starts a new clause (وإصابة، فيما أصيب) is not this count's."""
        for token in tokens:
            if token.text in _CLAUSE_STARTS:
                return None
            event = lookup(token.text, EVENT_WORDS)
            if event and token.text.startswith("و") and token.text[1:] not in EVENT_WORDS:
                return None
            if event and not (person and event in ("operations", "attacks")):
                return event
        return None

    def _is_part(self, tokens, after) -> bool:
        """A number followed by في/in and a place: a part of the total before it."""
        if after >= len(tokens) or lookup(tokens[after].text, {"في": 1, "in": 1}) is None:
            return False
        following = tokens[after + 1] if after + 1 < len(tokens) else None
        return following is not None and self._country_at(following.start) is not None

    def _location(self, tokens, after, clause_end, number) -> str | None:
        """The country of the first place named after في/in/ب within the count's clause."""
        for i in range(after, clause_end):
            word = tokens[i].text
            candidates = [word] if word in ("في", "in") else []
            candidates += [v for v, skip in clitic_variants(word) if skip == 1 and word[0] == "ب"]
            if word in ("في", "in") and i + 1 < clause_end:
                country = self._country_at(tokens[i + 1].start)
                if country:
                    return country
            elif candidates:
                country = self._country_at(tokens[i].start + 1)
                if country:
                    return country
        return None

    def _single_country(self, start: int, end: int) -> str | None:
        """The country of every place the sentence names, when they are all in one country."""
        countries = {
            self._country_at(s)
            for s, _, entity in self._entities_at(start, end)
            if entity.label == "LOC"
        }
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def _country_at(self, position: int) -> str | None:
        for _start, _end, entity in self._entities_at(position, position + 1):
            entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
            if entry and entry.label == "LOC" and entry.country:
                country = self.gazetteer.entries.get(entry.country)
                return country.name_en if country else None
        return None

    def _subject(self, tokens, position, clause_end, role, event) -> str | None:
        """Who or what is counted: `<group> <role>`, a force, civilians, or the operations' target."""
        if event == "operations":
            return self._target(tokens, position)
        window_start = tokens[max(0, position - 2)].start
        entities = [
            e
            for _, _, e in self._entities_at(window_start, self._end(tokens, clause_end))
            if e.label in ("ORG", "MISC")
        ]
        for entity in entities:
            if entity.canonical_id in FORCE_SUBJECTS and role in (None, "soldiers", "members"):
                return FORCE_SUBJECTS[entity.canonical_id]
        group = next((self._short(e) for e in entities if self._is_group(e)), None)
        if group is None and any(
            lookup(t.text, dict.fromkeys(_GROUP_ANAPHORS, 1)) for t in tokens[position:clause_end]
        ):
            group = self.main_group
        if role in _GROUP_ROLES:
            group = group or (self.main_group if role != "insurgents" else None)
            if group:
                return f"{group} {'members' if role == 'insurgents' else role}"
            return role
        if role:
            return role
        return None

    def _target(self, tokens, position) -> str | None:
        """Whom operations were against: the group after ضد/against later in the sentence."""
        for i in range(position, len(tokens) - 1):
            if lookup(tokens[i].text, {"ضد": 1, "against": 1}):
                following = tokens[i + 1]
                for _, _, entity in self._entities_at(following.start, following.end):
                    if self._is_group(entity):
                        return self._short(entity)
                if lookup(following.text, dict.fromkeys(_GROUP_ANAPHORS, 1)):
                    return self.main_group
        return None

    # --- counts without a number ----------------------------------------------------------------

    def _zeros(self, tokens, period) -> list[tuple[int, Tally]]:
        """Stated zeros: a negation, then event words, then who was not hurt."""
        found = []
        for i, token in enumerate(tokens):
            if token.text not in _NEGATIONS:
                continue
            window = tokens[i + 1 : i + 9]
            events = []
            for k, t in enumerate(window):
                event = lookup(t.text, EVENT_WORDS)
                if event not in ("killed", "injured") or event in events:
                    continue
                bridged = k <= 1 or any(w.text in _ZERO_BRIDGES for w in window[:k])
                if events or (bridged and k <= 4 and not self._is_purpose(window, k)):
                    events.append(event)
            if not events:
                continue
            last = max(k for k, t in enumerate(window) if lookup(t.text, EVENT_WORDS))
            end_index = min(i + 1 + last + 6, len(tokens))
            subject_entities = [
                e
                for _, _, e in self._entities_at(window[last].end, self._end(tokens, end_index))
                if e.canonical_id in FORCE_SUBJECTS
            ]
            roles = [lookup(t.text, SUBJECT_WORDS) for t in tokens[i + 1 : end_index]]
            subject = (
                FORCE_SUBJECTS[subject_entities[0].canonical_id]
                if subject_entities
                else next((r for r in roles if r), None)
            )
            stop = self._end(tokens, i + 1 + last + 1)
            if subject_entities:
                stop = self.nt.from_raw(subject_entities[0].start, subject_entities[0].end)[1]
            zero = NumberMention(token.start, stop, 0, "exact", token.start)
            for event in events:
                found.append(
                    (
                        token.start,
                        self._tally(event, zero, None, subject, period, None, token.start),
                    )
                )
        return found

    def _implicit_singles(self, tokens, numbers, period) -> list[tuple[int, Tally]]:
        """A count of one without a number: مقتل القيادي، "detained a suspected insurgent",
        "an ISIS official ... was killed"."""
        found = []
        for i, token in enumerate(tokens):
            event = lookup(token.text, EVENT_WORDS)
            if event not in ("killed", "detained", "injured") or self._is_purpose(tokens, i):
                continue
            if self._is_passive(tokens, i):
                noun = self._singular_before(tokens, i)
            elif i + 1 < len(tokens) and tokens[i + 1].text == "him":  # "killing him"
                noun = i + 1
            else:
                noun = self._singular_after(tokens, i, numbers)
            if noun is None:
                continue
            first, last = sorted((i, noun))
            roles = [r for t in tokens[first : last + 1] if (r := lookup(t.text, SUBJECT_WORDS))]
            role = roles[0] if roles else None
            one = NumberMention(
                tokens[first].start, tokens[last].end, 1, "exact", tokens[first].start
            )
            subject = self._subject(tokens, first, min(last + 3, len(tokens)), role, event)
            tally = self._tally(event, one, None, subject, period, None, tokens[first].start)
            found.append((tokens[first].start, tally))
        return found

    def _singular_after(self, tokens, i, numbers) -> int | None:
        """A singular counted noun right after the event word (an article or adjectives between)."""
        for k in range(i + 1, min(i + 8, len(tokens))):
            if tokens[k].text in _CLAUSE_BREAKS or tokens[k].text in (",", "and", "و"):
                return None
            at = bisect.bisect_right(self.number_starts, tokens[k].start)
            if at and numbers[at - 1].end > tokens[k].start:
                return None
            if _singular(tokens[k].text):
                article = k == i + 1 or any(t.text in _SINGULAR_ARTICLES for t in tokens[i + 1 : k])
                named = k + 1 < len(tokens) and self.nt.text[tokens[k + 1].start].isupper()
                return k if article or named or not tokens[k].text.isascii() else None
            if lookup(tokens[k].text, SUBJECT_WORDS):
                return None  # a plural: not a count of one
        return None

    @staticmethod
    def _is_purpose(tokens, i) -> bool:
        """ "a raid to capture a leader", "لاعتقال القيادي": meant, not done."""
        word = tokens[i].text
        return (i > 0 and tokens[i - 1].text == "to") or (
            word.startswith("ل") and word not in EVENT_WORDS and word[1:] in EVENT_WORDS
        )

    @staticmethod
    def _is_passive(tokens, i) -> bool:
        """ "was killed", "was confirmed killed", "has been detained"."""
        before = [t.text for t in tokens[max(0, i - 3) : i]]
        return bool(before) and (
            before[-1] in ("was", "been")
            or (len(before) > 1 and before[-2] in ("was", "been") and before[-1].endswith("ed"))
        )

    def _singular_before(self, tokens, i) -> int | None:
        """For "was killed": the subject noun earlier in the sentence, after a or an."""
        for k in range(i - 2, -1, -1):
            articles = [j for j in range(max(0, k - 3), k) if tokens[j].text in ("a", "an")]
            if _singular(tokens[k].text) and articles:
                return articles[0]
        return None

    # --- periods and helpers --------------------------------------------------------------------

    def _sentence_period(self, start: int, end: int) -> tuple[str, str] | None:
        """The period a sentence's counts refer to: a date marked خلال/during, else its first."""
        dates = [
            (s, ent)
            for s, _, ent in self._entities_at(start, end)
            if ent.label == "DATE" and ent.value
        ]
        if not dates:
            return None
        marked = [(s, ent) for s, ent in dates if self._word_before(s) in _PERIOD_MARKERS]
        return _period_of((marked or dates)[0][1])

    def _word_before(self, position: int) -> str | None:
        words = self.nt.text[max(0, position - 12) : position].split()
        return words[-1].casefold() if words else None

    def _is_headline(self, start: int, end: int, tokens: list[_Token]) -> bool:
        """A short line with no sentence-final punctuation: a section heading."""
        text = self.nt.text[start:end].rstrip()
        return len(tokens) <= 12 and not text.endswith((".", "?", "!", ":"))

    def _main_group(self) -> str | None:
        counts: dict[str, int] = {}
        for _, _, entity in self.entities:
            if self._is_group(entity):
                name = self._short(entity)
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _is_group(self, entity: Entity) -> bool:
        entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
        return entry is not None and entry.kind == "armed group"

    def _short(self, entity: Entity) -> str:
        return self.gazetteer.by_canonical_id[entity.canonical_id].short_name

    def _entities_at(self, start: int, end: int):
        """The entities overlapping the normalized span [start, end) (they do not overlap each
        other, so their ends are in order too)."""
        found = []
        for i in range(bisect.bisect_right(self.entity_ends, start), len(self.entities)):
            if self.entities[i][0] >= end:
                break
            found.append(self.entities[i])
        return found

    @staticmethod
    def _end(tokens, index) -> int:
        return tokens[min(index, len(tokens)) - 1].end if tokens and index > 0 else 0


def find_numbers_in(normalized: NormalizedText, start: int, end: int) -> list[NumberMention]:
    """The numbers of one span of the normalized text (the text's numbers, found once)."""
    if "_numbers" not in normalized.__dict__:
        numbers = find_numbers(normalized)
        normalized.__dict__["_numbers"] = (numbers, [n.start for n in numbers])
    numbers, starts = normalized.__dict__["_numbers"]
    return numbers[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def lookup(word: str, table: dict):
    """A word's entry in a table, trying it without Arabic clitics and the article ال."""
    for form, _ in clitic_variants(word):
        if form in table:
            return table[form]
        if form.startswith("ال") and form[2:] in table:
            return table[form[2:]]
    return None


def _singular(word: str) -> bool:
    return any(
        form in SINGULAR_NOUNS or (form.startswith("ال") and form[2:] in SINGULAR_NOUNS)
        for form, _ in clitic_variants(word)
    )


def _period_of(date: Entity) -> tuple[str, str]:
    """First and last day of what a DATE entity covers."""
    first = dt.date.fromisoformat(date.value)
    if date.precision == "day":
        last = first
    elif date.precision == "month":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif date.precision == "part of month" and first.day not in (1, 11, 21):
        last = first + dt.timedelta(days=6)  # "last week"
    elif date.precision == "part of month":
        days = calendar.monthrange(first.year, first.month)[1]
        last = first.replace(day=min(first.day + 9 if first.day < 21 else days, days))
    elif date.precision == "part of year":
        end_month = first.month + 3
        last = first.replace(month=end_month, day=calendar.monthrange(first.year, end_month)[1])
    else:
        last = dt.date(first.year, 12, 31)
    return first.isoformat(), last.isoformat()


def _replace(tally: Tally, **changes) -> Tally:
    return Tally(**{**asdict(tally), **changes})


def tally_frame(tallies: list[Tally]):
    """The tallies as a pandas DataFrame with the contract's columns, one row per count."""
    import pandas as pd

    frame = pd.DataFrame([t.to_dict() for t in tallies], columns=list(Tally.__dataclass_fields__))
    return frame.astype({"count": "Int64", "part_of": "Int64"})
