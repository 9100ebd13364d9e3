"""Every count an article states, as one Tally row each, with its evidence in the raw text.

For each number (digits, number words, duals, vague words) the extractor finds, in the same
sentence and clause: the event (a trigger word before the number, the counted noun itself, or a
trigger after it, or the toll it reaches: `tolls`; then read again in its place: `rereading`),
what is counted (`subjects`: the noun and the armed group or force it belongs to), the country
(`places`), the period (a date in the sentence, or the one carried from the sentences before),
and whether it is a part of a total stated just before it (`43 عملية (10 في سوريا و33 في
العراق)`). Counts with no number are found too: a stated zero (`لم تسفر ... عن إصابة أو قتل أي
من`) and a count of one (`مقتل القيادي`, `لقي شاب مصرعه`, "killed the Taliban leader";
`singles`). The leads of other stories after the article's own and the headlines of others
linked in it (`layout`) are not read.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace
from typing import NamedTuple

from ..records import Entity, Tally, parse_published
from ..text import QUOTES, NormalizedText, Span
from . import clauses, custody, doers, layout, ones, releases, rereading, tolls, vague
from . import judge as judges
from .dates import period_of
from .entities import extract_entities
from .gazetteer import load_gazetteer
from .lexicon import (
    ACTIONS,
    ADDITIONS,
    AND,
    CARRYING_OUT,
    CASES,
    CASUALTIES_OF_ONE,
    EVENT_WORDS,
    FIGHTERS,
    IDENTIFIER_WORDS,
    INCLUSION,
    ONE_WORDS,
    OTHERS,
    PARTS_BEFORE,
    PEOPLE_EVENTS,
    PERIOD_MARKERS,
    SINCE,
    TOLLS,
    YEAR_WORDS,
    lookup,
)
from .mentions import Mentions
from .nouns import (
    FORCE_ROLES,
    MODIFIED_ROLES,
    OCCUPATIONS,
    PERSON_ROLES,
    SUBJECT_WORDS,
    THING_ROLES,
    is_singular,
    owned_dual,
)
from .number_words import AMONG_THEM
from .numbers import NumberMention, dual_singular, find_numbers, is_dual, is_year
from .places import Places
from .repeats import without_repeats
from .singles import CountsOfOne
from .subjects import Subjects

# Words before a year (في 2016 جندي واحد، من مواليد 1995 مقاتل سابق، في حرب 1967 جندي).
_DATE_PREPOSITIONS = frozenset("في خلال in on".split())  # ، في فبراير الماضي، between commas
_BEFORE_YEARS = frozenset(
    "في منذ خلال عام سنه مطلع بدايه نهايه اواخر اوائل منتصف مواليد حرب in since".split()
)


class _Word(NamedTuple):
    """A token as the extractor reads it: case-folded, with its span in the normalized text."""

    text: str
    kind: str
    norm: Span


def extract_tallies(
    normalized: NormalizedText,
    published: dt.date | str | None = None,
    entities: list[Entity] | None = None,
    judge: judges.Judge | None | bool = True,
    candidates: list[judges.Candidate] | None = None,
) -> list[Tally]:
    """Every count in an article, in text order; parts point at their total with `part_of`.

    `judge` decides each number's event after the rules: True for the trained model (`judge`
    module; the rules alone if there is none), False for the rules alone, or a `Judge`. Each
    number judged is appended to `candidates` when a list is given (for training)."""
    published = parse_published(published)
    if entities is None:
        entities = extract_entities(normalized, published)
    if judge is True:
        judge = judges.load()
    day = published.isoformat() if published else None
    return _Extractor(normalized, entities, load_gazetteer(), day, judge or None, candidates).run()


class _Extractor(CountsOfOne):
    """The state of one article's extraction: tokens, entities by position, carried period."""

    def __init__(self, normalized, entities, gazetteer, published, judge, candidates):
        self.nt = normalized
        self.published = published  # YYYY-MM-DD, or None
        self.judge = judge
        self.candidates = candidates
        self.gazetteer = gazetteer
        words = [t for t in normalized.tokens if t.text not in QUOTES]  # the marks left out
        self.tokens = [_Word(t.text.casefold(), t.kind, t.norm) for t in words]
        self.word_ends = [t.norm.end for t in self.tokens]
        self.numbers = find_numbers(normalized)
        self.number_positions = [n.start for n in self.numbers]
        self.mentions = Mentions(normalized, entities, gazetteer)
        self.subjects = Subjects(self.mentions, gazetteer)
        self.tallies: list[Tally] = []
        self.places = Places(normalized, self.mentions)
        self.all_aboard = rereading.ALL_ABOARD_RE.search(normalized.text) is not None
        dates = [(s, e) for s, e, entity in self.mentions.entities if entity.label == "DATE"]
        self.date_starts, self.date_ends = [s for s, _ in dates], [e for _, e in dates]

    def run(self) -> list[Tally]:
        period = None
        token_starts = [t.norm.start for t in self.tokens]
        paragraph, related = None, False
        story_end = layout.story_end(self.nt)
        for sentence in self.nt.sentences:
            start, end = sentence.norm
            if start >= story_end:
                break  # the leads of other stories
            if paragraph is None or start >= paragraph[1]:  # a new line: its places, once
                line_end = self.nt.text.find("\n", end)
                paragraph = (start, len(self.nt.text) if line_end < 0 else line_end)
                self.places.paragraph(*paragraph)
                related = layout.is_related(self.nt.text[paragraph[0] : paragraph[1]])
            if related:
                continue  # قد يهمك أيضا: another story's headline, however long
            first = bisect.bisect_left(token_starts, start)
            tokens = layout.unbracketed(self.tokens[first : bisect.bisect_left(token_starts, end)])
            whole = start == paragraph[0] > 0  # the sentence opens a line of the body
            if whole and layout.is_linked_headline(self.nt.text, start, paragraph[1], len(tokens)):
                period = None
                continue  # a line of its own in the body: another story's headline
            if layout.is_heading(self.nt.text[start:end], len(tokens)):
                period = None
            period = self._sentence_period(start, end) or period
            self._sentence(tokens, start, end, period)
        return without_repeats(self.tallies, self.nt.raw)

    # --- one sentence -------------------------------------------------------------------------

    def _sentence(self, tokens: list[_Word], start: int, end: int, period) -> None:
        first = bisect.bisect_left(self.number_positions, start)
        stop = bisect.bisect_left(self.number_positions, end, lo=first)
        numbers = [n for n in self.numbers[first:stop] if self._is_count(n)]
        self.sentence_country, self.wide_country = self.places.scope(start, end)
        dated = frozenset(i for i, t in enumerate(tokens) if numbers and self._is_date(t))
        opening = {k - 1 for k in dated if k > 1 and tokens[k - 2].text == ","}  # ، في فبراير
        self.dated = dated | {k for k in opening if tokens[k].text in _DATE_PREPOSITIONS}
        self.placed = self.places.locative_phrases(tokens) if numbers else frozenset()
        self.number_starts = [n.start for n in numbers]
        self.number_ends = frozenset(n.end for n in numbers)
        found = self._implicit_singles(tokens, numbers, period) + self._zeros(tokens, period)
        ordered = sorted((position, k) for k, (position, _) in enumerate(found))
        self.token_ends = [t.norm.end for t in tokens]
        self.token_starts = [t.norm.start for t in tokens]
        for index, number in enumerate(numbers):
            before = ordered[: bisect.bisect_left(ordered, (number.start, -1))][-8:]
            following = numbers[index + 1].start if index + 1 < len(numbers) else None
            tally = self._number_tally(
                number, tokens, following, period, found, [k for _, k in before]
            )
            for copy in self._distributed(tally, number, end) if tally else []:
                bisect.insort(ordered, (number.start, len(found)))
                found.append((number.start, copy))
        offset = len(self.tallies)
        order = sorted(range(len(found)), key=lambda k: found[k][0])
        new_index = {old: offset + new for new, old in enumerate(order)}
        for old in order:  # part_of holds the total's place in `found`; it becomes its id
            tally = found[old][1]
            part_of = new_index[tally.part_of] if tally.part_of is not None else None
            self.tallies.append(replace(tally, id=new_index[old], part_of=part_of))

    def _number_tally(self, number, tokens, following, period, found, before) -> Tally | None:
        """The Tally for one number; `before` indexes the sentence's latest earlier counts in
        `found`, in text order; `following` is where the next number starts."""
        position = bisect.bisect_right(self.token_ends, number.start)
        hedge = bisect.bisect_right(self.token_ends, number.qualifier_start)
        after = bisect.bisect_left(self.token_starts, number.end)
        clause_end = clauses.clause_end(tokens, after, following)
        if number.value == 2 and is_dual(tokens[position].text):  # its own noun: بسيارتين
            noun_index, role = position, None
        else:
            noun_index, role = clauses.counted_noun(tokens, after, clause_end)
        if role is None:  # the number's own word says what it counts: بسيارتين
            role = lookup(tokens[position].text, SUBJECT_WORDS)
            if role and after < len(tokens):
                role = MODIFIED_ROLES.get((role, tokens[after].text[:4]), role)
        if clauses.is_measure(tokens, after) or clauses.places_before(tokens, position):
            return None  # 11 يوما، 35 كيلومترا، 21 من رمضان: a measure or a date, not a count
        if noun_index == position and owned_dual(tokens, position):
            return None  # قتلت والدة الطفلتين: the mother, not the two girls
        previous = found[before[-1]][1] if before else None
        noun_event = clauses.event_of(tokens, after) if noun_index == after else None  # 11 جثة
        pair = dual_singular(tokens[position].text) if noun_index == position else None
        if pair == "اخر" and not (position and lookup(tokens[position - 1].text, EVENT_WORDS)):
            return None  # احتمالان آخران، والآخران بجروح: no two befallen (not وأصيب آخران)
        pair_of_people = lookup(pair or "", SUBJECT_WORDS) in PERSON_ROLES  # الزعيمان، شخصان
        people = role in PERSON_ROLES or noun_event in PEOPLE_EVENTS or pair_of_people
        people = people or clauses.of_the_hurt(tokens, noun_index)  # خمسة من الجرحى
        people = people or (  # قتلت غارات التحالف 20 يمنيا: the raids killed them; أربعة منهم
            after < len(tokens)
            and (
                tokens[after].text in ("منهم", "منهن")
                or self.mentions.gazetteer.nationality(tokens[after].text.removeprefix("ال"))
                is not None
            )
        )
        event = named_before = clauses.event_before(tokens, hedge, self.dated, people, self.placed)
        if pair_of_people and hedge and lookup(tokens[hedge - 1].text, CARRYING_OUT):
            event = None  # هجوم نفذه مسلحان: the two carried it out
        if event in ACTIONS and people:
            event = None  # عملية غادر بموجبها 500 لاجئ: people are no operations
        elif event in ACTIONS and (noun_index is None or role in PERSON_ROLES):
            event = tolls.toll_through_cause(tokens, hedge) or event  # القتلى جراء الهجوم إلى 150
        bare = vague.bare_event(tokens[position].text) if number.value is None else None
        if bare:
            event = bare  # أوقع قتلى، خسائر في الأرواح: the word is the event
        elif self._own_toll(tokens, hedge, after, event, noun_event):
            event = noun_event  # 60 قتيلا وأكثر من 100 مصاب
        own = pair and (lookup(pair, EVENT_WORDS) or clauses.strike(tokens, position, pair))
        if event in PEOPLE_EVENTS and own in ACTIONS:
            event = None  # وأصيب عشرات، في غارتين: two raids, whatever befell people before
        counts_actions = noun_index == after and tokens[after].text[:1] not in "بل"  # not لهجمات
        if event in PEOPLE_EVENTS and noun_event in ACTIONS and counts_actions:
            event = None  # raids or attacks counted (شن ثلاث هجمات، بست عشرة ضربة، من 75 غارة)
        if event is None and noun_index is not None:
            event = clauses.event_of(tokens, noun_index) or clauses.strike(tokens, noun_index)
            event = tolls.toll_reached(tokens, hedge, event, self.dated) or event  # ... إلى 120
            if noun_index == position:  # a dual: غارتين، الهجومين، ضربتين
                event = event or own  # its singular's event or strike
                told = event not in ACTIONS or self._two_before(found)  # الهجومين after غارتين
                if event not in PEOPLE_EVENTS and clauses.is_defined(tokens, position) and told:
                    event = None  # the two told before (not a claim's: مسؤوليتها عن الهجومين)
            elif event and clauses.joined_to_next_event(tokens, noun_index + 1, event):
                event = "other"  # عشرات القتلى والجرحى: the dead and wounded together
        if event is None and after + 1 < len(tokens) and tokens[after].text in CASES:
            event = clauses.event_of(tokens, after + 1) or (previous and "other")  # 87 حالة تعذيب
        event = event or tolls.coordinated_event(self.nt, tokens, position, after, previous, number)
        if noun_index != position or role in PERSON_ROLES:  # not اثر تحطم طائرتين: a thing
            event = event or tolls.toll_before(tokens, hedge, self.dated)  # حصيلة القتلى ... 305
        event = event or tolls.fate_told_after(tokens, hedge) or tolls.struck(tokens, hedge, people)
        event = doers.by_whom(event, tokens, hedge, noun_index, self.mentions)  # نفذ التنظيم
        if event is None and noun_index is not None and role not in THING_ROLES:
            following = tokens[noun_index + 1 : min(noun_index + 7, clause_end)]
            if tolls.inclusion_follows(tokens, noun_index, clause_end):  # بينهم 13 طفلا قتلوا
                following = [t for t in tokens[noun_index + 1 : noun_index + 10] if t.text != ","]
            event = clauses.event_after(following, role in PERSON_ROLES or people)
            if event is None and role in PERSON_ROLES:  # 3 civilians and 2 soldiers were killed
                event = tolls.event_after_list(tokens, noun_index, clause_end)
        event = rereading.reread(event, tokens, hedge, after, clause_end, noun_index, noun_event)
        aboard = self.all_aboard and rereading.aboard(tokens, hedge, noun_index)
        if event in (None, "other") and aboard:
            event = "killed"  # مقتل جميع ركابها ... على متنها 60 راكبا: the 60 died
        partitive = after < len(tokens) and tokens[after].text in INCLUSION  # اثنان منهم
        prior = tokens[hedge - 1].text if hedge else ""  # بينهم 3، هم 5 رجال، بينهم ضابط
        inclusion = prior in PARTS_BEFORE or (number.value == 1 and prior in AMONG_THEM)
        among = [t.text.casefold() for t in tokens[max(0, position - 2) : position]]
        inclusion = inclusion or among == ["among", "them"] or tolls.of_those(tokens, hedge)
        if among[-1:] == ["among"] and among[0] in ("were", "was", "are", "is"):
            inclusion = False  # "Two Americans were among 14 killed": the 14 is the total
        if inclusion and tokens[hedge - 1].text.endswith("ها") and hedge > 1:
            adjacent = previous and not any(  # not ست مرات، بينها ثلاث (of the six, a measure)
                found[before[-1]][0] < n < number.start for n in self.number_starts
            )
            inclusion = adjacent and tokens[hedge - 2].text in (",", "من")  # not وفر منها 500
        if previous and (inclusion or partitive):
            if partitive:  # وتوفي 3 منهم، وأطلقت سراح 6 منهم، 5 منهم قتلوا
                verb = clauses.event_within(tokens, after + 1, after + 4)
                own = releases.release(tokens, hedge) or verb or named_before
            else:  # بينهم عشرة قتلوا; قتل منهم 400 طفل (the verb before it)
                close = [t for t in tokens[after : after + 3] if not t.text.startswith(("ال", "و"))]
                told = bare or clauses.event_within(tokens, max(0, hedge - 2), hedge - 1)
                own = event if told else clauses.event_after(close, True)
            return self._tally(
                own or previous.event,
                number,
                self.places.in_clause(tokens, self.token_starts, after, clause_end)[0],
                previous.subject,
                period,
                before[-1],
                number.qualifier_start,
            )
        hedge_at = number.qualifier_start
        location, far = self.places.in_clause(tokens, self.token_starts, after, clause_end)
        noun = position if noun_index == position else after  # فلسطينيان، 60 فلسطينيا
        far = far or self.places.actor_named(location, tokens, noun)
        if not far and event in TOLLS:
            self.places.toll_placed(location)
        if (location is None or far) and event in TOLLS:
            peoples = self.places.of_war(tokens, noun, clause_end)  # a war's toll
            location, far = (peoples, False) if peoples else (location, far)
        if (location is None or far) and noun < len(tokens):
            location = (
                self.places.homeland(tokens[noun : noun + 2], event, self.wide_country, number)
                or self.places.civilians_of(tokens, noun, event)
                or self.places.with_previous(tokens, hedge, noun, previous, number.value is None)
                or location
            )
        if noun_index is None and self.places.is_part(tokens, after):
            total_index = next((k for k in reversed(before) if self._total(tokens, found, k)), None)
            total = found[total_index][1] if total_index is not None else None
            added = any(t.text in ADDITIONS for t in tokens[max(0, hedge - 2) : hedge])
            if total and event in (None, total.event) and not added:  # not وإصابة اثنين في بعقوبة
                return self._tally(
                    total.event, number, location, total.subject, period, total_index, hedge_at
                )
            event = event or clauses.list_head(tokens, hedge)  # الهجمات كالتالي: 12 في دير الزور
            # 23 هجوما في X، و11 في Y; 9 آلاف في سوريا، إضافة إلى ألفين في العراق
            event = event or (previous.event if previous else None)
        if event is None and role not in THING_ROLES - {"car bombs"} | {None}:  # munitions, cars
            noun = tokens[noun_index if noun_index is not None else position].text
            of = after < len(tokens) and (
                tokens[after].text == "من" or tokens[after].text.isascii()
            )
            near = noun_index is not None and noun_index - after <= (2 if of else 0)  # 65 من قادة
            present = near and lookup(noun, FIGHTERS) and number.value != 1  # not أحد القادة
            # (nor 15 معتقلا من عناصر التنظيم: detainees)
            present = present and tolls.present(tokens, hedge, noun_index or position)
            force = role in FORCE_ROLES and noun_index != position and number.value != 1
            force = force and not custody.fled(tokens, hedge, noun_index or position)  # فروا
            kind = "personnel" if force or present else "other"
            unsaid = lookup(noun, OCCUPATIONS) or (role == "soldiers" and not present)
            event = None if kind == "other" and unsaid else kind  # 700 موظف، هاجموا شرطيين
        if self.judge is not None or self.candidates is not None:
            event = self._judged(tokens, position, hedge, after, clause_end, number, role, event)
        written = self.nt.text[number.start : number.end]
        if event is None or rereading.not_counted(tokens, event, role, written, noun_index, after):
            return None
        if event in PEOPLE_EVENTS and lookup(pair or "", SUBJECT_WORDS) in THING_ROLES:
            return None  # اعتراض الصاروخين أية إصابات: two missiles, not two hurt
        subject = self.subjects.of(tokens, position, clause_end, role, event)
        return self._tally(event, number, location, subject, period, None, hedge_at)

    def _total(self, tokens, found, k) -> bool:
        """Whether the count `found[k]` can be the total of a part named by its place: not a
        part itself, nor an item of a list by place, its noun between or not (12 في دير الزور،
        و7 في الحسكة; 23 هجوما في دير الزور، و11 في الحسكة), unless parts already point at it
        (150 هجوما في العراق، منها 60 في ديالى و40 في كركوك)."""
        start, tally = found[k]
        at = bisect.bisect_right(self.token_ends, start)
        item = self.places.is_part(tokens, at + 1) or self.places.is_part(tokens, at + 2, True)
        item = item and all(part.part_of != k for _, part in found)
        return tally.part_of is None and not item

    def _two_before(self, found) -> bool:
        """Whether the article counted two raids or attacks before (غارتين، هجومين)."""
        return any(
            t.count == 2 and t.event in ACTIONS for t in self.tallies + [t for _, t in found]
        )

    def _own_toll(self, tokens, hedge, after, event, noun_event) -> bool:
        """Whether a count joined by و or ADDITIONS (بالإضافة إلى، فضلا عن) to one before it
        counts its own noun's dead or wounded (60 قتيلا وأكثر من 100 مصاب، أوقع قتيلا وخمسة
        جرحى، مقتل 4 ونقل 35 جريحا، معظم القتلى وآلاف المصابين، 20 قتيلا بالإضافة إلى 1500
        جريح), not the event word's before it (توفي 3 جرحى: they died)."""
        if not (event in TOLLS and noun_event in TOLLS - {event}):
            return False
        joined = tokens[hedge].text[:1] == "و" and tokens[hedge].text not in ONE_WORDS  # واحد
        joined = joined or (hedge and tokens[hedge - 1].text in AND)
        joined = joined or any(t.text in ADDITIONS for t in tokens[max(0, hedge - 2) : hedge])
        if hedge and tokens[hedge - 1].text[:1] == "و":  # ونقل 35 جريحا: a verb of its own
            joined = joined or not clauses.event_of(tokens, hedge - 1)
        before = bool(self.number_starts) and self.number_starts[0] < tokens[hedge].norm.start
        before = before or any(  # أوقع قتيلا وخمسة جرحى، معظم القتلى وآلاف المصابين
            clauses.casualty_of_one(tokens, k) or clauses.event_of(tokens, k) == event
            for k in range(max(0, hedge - 2), hedge)
        )
        return joined and before and not clauses.joined_to_next_event(tokens, after + 1, noun_event)

    def _distributed(self, tally: Tally, number: NumberMention, end: int) -> list[Tally]:
        """A count given for each of several places (3 في كل من العراق وسوريا): a row for each."""
        return [
            replace(tally, location=p.country, location_start=p.start, location_end=p.end)
            for p in self.places.each_of(number.end, end)
        ] or [tally]

    def _tally(self, event, number, location, subject, period, part_of, qualifier_start, wide=True):
        """The row; a count with no place in its clause takes the sentence's country, or (`wide`:
        a number or a stated zero, not an implicit single) the paragraph's or the article's."""
        start, end = self.nt.to_raw(qualifier_start, number.end)
        place = (
            location
            or self.places.in_stretch(qualifier_start, number.end)
            or (self.wide_country if wide else self.sentence_country)
        )
        period_start, period_end = (None, None) if event == "held" or not period else period
        return Tally(
            -1,  # numbered when the sentence is done
            event,
            number.value,
            number.qualifier,
            place.country if place else None,
            place.start if place else None,
            place.end if place else None,
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
        for _start, _end, entity in self.mentions.at(number.start, number.end):
            if entity.label == "DATE" or entity.source == "gazetteer":
                return False
        before = text[number.start - 1] if number.start else " "
        after = text[number.end] if number.end < len(text) else " "
        if before in "-/:#" or after in "-/:%":
            return False
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            return False  # part of a code: 2013-01-S-025, A4, F16
        at = bisect.bisect_right(self.word_ends, number.start)
        word_before = self._word_before(number.start)
        so_far = at > 1 and self.tokens[at - 2].text == "حتي"  # حتى الساعة 12: 12 so far
        if word_before in YEAR_WORDS or (
            lookup(word_before or "", IDENTIFIER_WORDS) and not so_far
        ):
            following = bisect.bisect_right(self.word_ends, number.end)
            word = self.tokens[following].text if following < len(self.tokens) else ""
            event = word[:1] not in ("", "ب") and clauses.event_of(self.tokens, following)
            counted = bool(word) and (event or lookup(word, SUBJECT_WORDS))  # not المادة 130 بالقتل
            if not counted or word_before.isascii():  # not عملا بالقرار 15 ألف جندي
                return False  # عام 2022، القرار 1701، الدقيقة 65, "Tower 22 wounded 40"
        after_its_noun = text.startswith("و", number.start)  # واحد، not أحد
        if text[number.start : number.end] in ONE_WORDS and not ones.one_counts_people(
            self.tokens, at, after_its_noun
        ):
            return False
        if is_year(number, text):  # unless people follow: نحو 2000 آخرين، 2000 جندي (the
            following = bisect.bisect_right(self.word_ends, number.end)  # singular of a count;
            noun = self.tokens[following].text if following < len(self.tokens) else ""
            role = lookup(noun, SUBJECT_WORDS)  # not في 2016 أعضاء، في 2016 جندي واحد)
            singular = role and (is_singular(noun) or is_singular(noun.removesuffix("ا")))
            singular = singular and not lookup(word_before or "", _BEFORE_YEARS)
            joined = number.qualifier_start < number.start or before == "و"
            toll = joined and noun in CASUALTIES_OF_ONE  # 55 قتيلا وأكثر من 2000 جريح، و1999 جريحا
            return noun in OTHERS or role in ("people", "civilians") or bool(singular) or toll
        return True

    def _judged(self, tokens, position, hedge, after, clause_end, number, role, event):
        """The learned stage's event for a number the rules read as `event` (None: no tally)."""
        names = judges.features(tokens, position, hedge, after, clause_end, number, role, event)
        if self.candidates is not None:
            start, end = self.nt.to_raw(number.start, number.end)
            self.candidates.append(judges.Candidate(start, end, number.value, names, event))
        return self.judge.decide(names, event) if self.judge is not None else event

    def _is_date(self, token: _Word) -> bool:
        """Whether a token is part of a date the entity stage found."""
        at = bisect.bisect_right(self.date_ends, token.norm.start)
        return at < len(self.date_starts) and self.date_starts[at] < token.norm.end

    # --- periods and helpers --------------------------------------------------------------------

    def _sentence_period(self, start: int, end: int) -> tuple[str, str] | None:
        """The period a sentence's counts refer to: a date marked خلال/during, else its first;
        from a date marked منذ/since to the publication date (منذ 30 آذار: since 30 March)."""
        dates = [
            (s, e) for s, _, e in self.mentions.at(start, end) if e.label == "DATE" and e.value
        ]
        if not dates:
            return None
        marked = [(s, e) for s, e in dates if self._word_before(s) in PERIOD_MARKERS]
        position, date = (marked or dates)[0]
        first, last = period_of(date)
        since = lookup(self._word_before(position) or "", SINCE)  # منذ، ومنذ
        if since and self.published and first <= self.published:
            return first, self.published
        return first, last

    def _word_before(self, position: int) -> str | None:
        """The token just before a position of the normalized text (None inside a token)."""
        at = bisect.bisect_right(self.word_ends, position)
        if at < len(self.tokens) and self.tokens[at].norm.start < position:
            return None
        return self.tokens[at - 1].text if at else None
