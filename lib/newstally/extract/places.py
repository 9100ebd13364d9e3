"""Where a count is: the location stage of the tally extractor.

A place named after في/in/ب in the count's clause; else the one country the sentence's places
are in; else its paragraph's; else the article's. Every answer is a `Place`, which keeps the
span of the place mention it comes from."""

from __future__ import annotations

import bisect
import re
from itertools import takewhile

from ..text import NormalizedText, clitic_variants
from . import clauses, tolls
from .lexicon import (
    AND,
    CLAUSE_ENDS,
    HOMELAND_ACTORS,
    HOMELANDS,
    LOCATIVES,
    OTHERS,
    PLACE_NOUNS,
    SPEAKING,
    TOLLS,
    lookup,
)
from .mentions import Mentions, Place
from .nationalities import ABROAD, Nationalities
from .nouns import SUBJECT_WORDS

# An article that says where it happened was not told (ولم يكشف البيان عن مكان الغارة, "did not
# say where"): its counts of one take no country from the rest of the article.
UNDISCLOSED_RE = re.compile(
    r"(?:لم|دون ان|لا) (?:ي|ت)(?:كشف|حدد|ذكر|فصح|علن) [^.]{0,40}مكان"
    r"|did not (?:say|disclose|reveal|give) (?:where|the location)"
)


_WAR_IN_RE = re.compile(r"(?<!\w)(?:ال|بال|فال|وال|لل)?(?:حرب|صراع|نزاع) (?:الدائر\w? )?في ")
_WAR_RE = re.compile(r"حرب|نزاع|صراع|معارك|اشتباكات|قتال|اطلاق النار|\bwar\b|\bconflict\b")
# Regions of several countries: a count placed there has no one country (قتل ستة ملايين يهودي
# في أوروبا، تحطمت طائرة في البحر الأسود ما أدى لمقتل 92); the world too, in the count's clause
# (1000 صحفي قتلوا في العالم; not العالم البريطاني, the scientist).
_REGIONS = (
    r"اوروبا|افريقيا|اسيا|الشرق الاوسط|البحر (?:الاسود|المتوسط|الابيض|الاحمر)"
    r"|شبه الجزيره الكوريه|ام(?:ي)?ريكا (?:اللاتينيه|الجنوبيه|الوسطي)|Europe|Africa|Asia"
    r"|the Middle East"
)
# A side of a country before its name (in eastern Syria, in northeast Syria, في شمال شرق مالي).
_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern شمال جنوب شرق غرب وسط".split()
)
_POSSESSIVE_RE = re.compile(r"['’]s (?!the\b)[a-z]")  # Russia's strikes (not Russia's Belgorod)
_WHILE = frozenset("فيما بينما حين".split())  # a clause of something else begins
_DURING = frozenset(["خلالها", "خلالهما", "خلاله", "خلالهم"])  # during what was counted before
_HOMELAND_REACH = 3  # words after Palestinians counted within which Israel named places them
_REGION_REACH = 6  # words after a count within which a region after في is its place
_REGION_RE = re.compile(rf"(?:ال)?(?:{_REGIONS}|العالم(?! ال\w+يه?(?!\w))|the world)(?!\w)")
_IN_REGION_RE = re.compile(rf"(?<!\w)(?:في|ب|in) ?(?:ال)?(?:{_REGIONS})(?!\w)")
# Two countries named together in a war (its toll is in both; البلدان الإفريقيان, a dual), not
# "the countries" (البلدان الغربية، عشرات البلدان), nor their leaders meeting (بحث رئيسا البلدين).
_BOTH_RE = re.compile(
    r"(?<!\w)[وبف]?(?:ال|لل)بلدين(?!\w)"
    r"|(?<!عشرات )(?<!بعض )(?<!\w)البلدان(?! ال(?!\w+ان(?!\w)))(?!\w)|\bboth countries\b"
)
# في كل من right after a count or its noun (3 في كل من، 5 عناصر في كل من; further on it is "in
# both": 40 غارة استهدفت مواقع في كل من العراق وسوريا), "in each of" in its clause, and where the
# list of places ends.
_EACH_OF_RE = re.compile(r"(?:(?:\s+[^\s\d.,:;()]+)?\s+في كل من|[^\d.,:;()]{0,60}?\bin each of) ")
_CLAUSE_END_RE = re.compile(r"[.,:;()\d]")
# What bounds the stretch of a sentence a count is in (not a point or comma in a number, nor
# those of "U.S."), and a short place phrase put first in it (وفي بغداد،).
_STRETCH_MARK_RE = re.compile(r"(?<!\d)(?<!\b[A-Z])[.,،:;]|[,،:;](?!\d)|(?<!\b[A-Z])\.(?!\d)")
_FRONTED_RE = re.compile(r"\s*(?:و?في|in)\s+[^\s.,،:;]+(?:\s+[^\s.,،:;]+){0,2}\s*[,،]")


class Places:
    """The places of one article, read sentence by sentence."""

    def __init__(self, normalized: NormalizedText, mentions: Mentions):
        self.nt = normalized
        self.mentions = mentions
        self.nationalities = nationalities = Nationalities(normalized, mentions)
        self.main_country = (
            self._named_country() or nationalities.authority() or nationalities.adjective_country()
        )
        self.undisclosed = UNDISCLOSED_RE.search(normalized.text) is not None
        # the first place of Palestine the article names (a town, a province, else the country)
        self.palestine = mentions.countries(0, len(normalized.text)).get("Palestine")
        self.paragraph_countries: dict[str, Place] = {}
        self.story: Place | None = None  # where the article's first toll is (`toll_placed`)
        self.sentence, self.named = (0, 0), 0  # the last sentence `scope` read, its countries

    def _named_country(self) -> Place | None:
        """The country the article's places are most in, unless it names that one once, not as
        where something is (after في or ب), and uses another's adjective three times or more (a
        timeline of the Syrian war that names only Lebanon, انسحاب الجيش السوري من لبنان:
        السوري، السورية، سوريون; not the adjectives of armies, nor of refugees: لاجئين سوريين في
        لبنان)."""
        named, times = self.mentions.main_country()
        if named is None or times > 1:
            return named
        if self.mentions.after_locative(self.nt.from_raw(named.start, named.end)[0]):
            return named
        adjective = self.nationalities.adjective_country(least=3)
        return adjective if adjective and adjective.country != named.country else named

    def paragraph(self, start: int, end: int) -> None:
        """A new paragraph begins at `start` (normalized): read its places once."""
        self.paragraph_countries = self.mentions.countries(start, end)

    def scope(self, start: int, end: int) -> tuple[Place | None, Place | None]:
        """The country a sentence's counts are for when their clause names no place, as
        (for counts of one, for numbers and stated zeros): the one country the sentence's
        places are in, unless none is where anything is (after في/ب) and an authority it names by
        its nationality acts there (`Nationalities.acting`); failing that, its paragraph's (for
        counts of one, only a place named before the sentence); failing that, that of an
        authority the sentence names by its nationality (أعلنت السلطات البحرينية اعتقال 14); when
        the sentence or its paragraph names several, for numbers, where the article's first toll
        is if it is one of them, else None; None for two countries together (البلدان) or a
        region of several (في أوروبا); else where the article's first toll is, else its main
        country (for counts of one, none when the article says the place was not disclosed)."""
        countries = self.mentions.countries(start, end)
        located = self.mentions.countries(start, end, where=True, every=True)
        self.sentence, self.named = (start, end), len(countries.keys() | located.keys())
        if countries:
            place = next(iter(countries.values())) if len(countries) == 1 else None
            place = (None if located else self.nationalities.acting(start, end, countries)) or place
            return place, place
        both = _BOTH_RE.search(self.nt.text, start, end) and _WAR_RE.search(
            self.nt.text, start, end
        )
        if both or _IN_REGION_RE.search(self.nt.text, start, end):
            return None, None  # خاض البلدان حربا قتل فيها 80 ألف شخص; في البحر الأسود: no one
        countries = self.paragraph_countries
        if len(countries) == 1:
            place = self._occupied(next(iter(countries.values())))
            before = place.start < self.nt.to_raw(start, start)[0]
            return (place if before else None), place
        authority = self.nationalities.authority(start, end)
        if authority:
            return authority, authority
        if countries:  # several: where the article's first toll is, if one of them
            story = self.story if self.story and self.story.country in countries else None
            return None, story
        main = self._occupied(
            self.story or self.main_country or self.nationalities.land(start, end)
        )
        return (None if self.undisclosed else main), main

    def _occupied(self, place: Place | None) -> Place | None:
        """Israel, or its capital if nothing happens in it (not another town), for a sentence that
        names no place in an article that names one of Palestine: that one, where most tolls are
        (after "homes in Israel", on "the Jerusalem march": Gaza; not سديروت، هجوم في القدس)."""
        if place is None or place.country != "Israel" or self.palestine is None:
            return place
        span, gazetteer = self.nt.from_raw(place.start, place.end), self.mentions.gazetteer
        entries = [
            gazetteer.by_canonical_id.get(e.canonical_id or "") for *_, e in self.mentions.at(*span)
        ]
        country = any(e and e.kind == "country" for e in entries)
        capital = any(e and e.id in gazetteer.capitals for e in entries)
        there = f"في {self.nt.text[slice(*span)]}" in self.nt.text  # هجوم في القدس: a place
        return self.palestine if country or (capital and not there) else place

    def toll_placed(self, place: Place | None) -> None:
        """A toll's clause named its place: the first such is where the article's counts that
        no sentence or paragraph places are, before its most-named country (41 dead in Gaza, in
        an article that names Israel most: its 500 wounded are in Gaza too)."""
        if self.story is None and place is not None and place.country:
            self.story = place

    def in_stretch(self, start: int, end: int) -> Place | None:
        """In a sentence (the last `scope` read) that names places in several countries, the one
        country of the places around a count (`start`, `end`): between the punctuation before and
        after it, past an أن/إن before the count (said in London that...: the speaker's seat is
        not where the count is), else a short place phrase put first (وفي بغداد، قتل 5); a
        country there only after في/ب/in (not أبدت إسرائيل أسفها, an actor). تدخل التحالف في
        ليبيا عام 2011 والذي قاد إلى مقتل القذافي, in a sentence about Washington: Libya."""
        return self._around(start, end) if self.named > 1 else None

    def _around(self, start: int, end: int) -> Place | None:
        """The one country of the places in the stretch of the sentence around a count
        (`in_stretch`), None if they name none or several."""
        first, last = self.sentence
        text = self.nt.text
        marks = [m.end() for m in _STRETCH_MARK_RE.finditer(text, first, start)]
        opening = marks[-1] if marks else first
        closing = _STRETCH_MARK_RE.search(text, end, last)
        stretches = [(opening, closing.start() if closing else last)]
        said = text.rfind(" ان ", opening, start)
        if said >= 0:
            stretches[0] = (said + 4, stretches[0][1])
        fronted = marks[-2] if len(marks) > 1 else first
        if marks and _FRONTED_RE.fullmatch(text, fronted, opening):
            stretches.append((fronted, opening))
        for stretch in stretches:
            countries = self.mentions.countries(*stretch, where=True)
            if countries:
                return next(iter(countries.values())) if len(countries) == 1 else None
        return None

    def in_clause(self, tokens, token_starts, after, clause_end) -> tuple[Place | None, bool]:
        """The country of the first place named after في/in/ب within a count's clause (tokens
        `after` to `clause_end`; None when a place in another country is joined to it: the count
        spans both; a place of no country for a region of several, في أوروبا), and whether it is
        named past a comma (قتل 25 وأصيب 900 آخرين برصاص الاحتلال، خلال المواجهات ... في القدس:
        the count's own words may place it first). "In the country" (في البلاد) is the country
        `_land_before` gives when nothing else in the clause places the count before a comma."""
        comma, land = False, None
        for i in range(after, clause_end):
            comma = comma or tokens[i].text == ","
            word = tokens[i].text
            if word in LOCATIVES and i + 1 < clause_end and tokens[i + 1].text == "البلاد":
                joined = i + 2 < len(tokens) and tokens[i + 2].text in ("و", "وفي")  # وفي ليبيا
                land = land or (None if joined else self._land_before(tokens[after].norm.start))
                continue
            if word in LOCATIVES and i + 1 < clause_end:
                named = _named_after(tokens, i)
                if named >= clause_end:
                    continue
                start = tokens[named].norm.start + tokens[named].text.startswith("#")  # في #مالي
            elif any(skip == 1 and word[0] == "ب" for _, skip in clitic_variants(word)[1:]):
                start = tokens[i].norm.start + 1
            else:
                continue
            clitic = word not in LOCATIVES  # بالعراق: the name starts after the ب
            place = None if self.mentions.aside(start) else self.mentions.place_at(start, clitic)
            if place and _POSSESSIVE_RE.match(self.nt.text, self.mentions.end_at(start)):
                continue  # "killed in Russia's strikes on Kharkiv": the actor, not the place
            region = _REGION_RE.match(self.nt.text, start)  # في أوروبا: a place of no country
            if region and not (place or comma) and i - after <= _REGION_REACH:
                return Place(None, *self.nt.to_raw(*region.span())), comma
            if place and land and comma:
                break  # في البلاد على خلفية قضية أسدي، ... بفيينا: the land, not an aside's place
            if place:
                joined = self._joined(tokens, token_starts, start, clause_end)
                return (place if joined in (None, place.country) else None), comma
        return land, False

    def _land_before(self, position: int) -> Place | None:
        """The one country the sentence names after في/ب before a count at `position`, past the
        last أن or إن (الشرطة في بلجيكا ... 5 عمليات مداهمة في البلاد; not a speaker's place:
        قال متحدث في بغداد إن ...)."""
        said = self.nt.text.rfind(" ان ", self.sentence[0], position)
        where = self.mentions.countries(max(said, self.sentence[0]), position, where=True)
        return next(iter(where.values())) if len(where) == 1 else None

    def locative_phrases(self, tokens) -> frozenset[int]:
        """The tokens of each place phrase (في/in, maybe a place noun, and a named place: في
        إندونيسيا، في محافظة حمص), which an event word's reach to its count passes over
        (اعتقلت شرطة مكافحة الإرهاب في إندونيسيا ثلاثة أشخاص)."""
        passed = set()
        for i, token in enumerate(tokens):
            named = _named_after(tokens, i) if token.text in LOCATIVES else len(tokens)
            if named >= len(tokens):
                continue
            start = tokens[named].norm.start + tokens[named].text.startswith("#")  # في #إندونيسيا
            if not self.mentions.place_at(start):
                continue
            end = self.mentions.end_at(start)
            last = next((k for k in range(named, len(tokens)) if tokens[k].norm.end >= end), named)
            passed.update(range(i, last + 1))
        return frozenset(passed)

    def homeland(self, words, event: str | None, wide: Place | None, count) -> Place | None:
        """The country of people killed or wounded counted by a nationality (`HOMELANDS`; the
        counted noun or the adjective right after it, `words`: قتلت القوات 60 فلسطينيا، 55 قتيلا
        فلسطينيا), unless the places around the count (a `NumberMention`), else the
        sentence's (a country only after في/ب: not دانت فرنسا, an actor), else its paragraph's or
        the article's (`wide`, when the sentence names none), are elsewhere than their usual
        actor's country (a raid on Yarmouk camp in Damascus: Syria). Places named only before an
        أن before the count are the speaker's (طلبت انقرة ... بعد ان قتلت القوات 60 فلسطينيا)."""
        noun = next((w for w in words if lookup(w.text, HOMELANDS)), None)
        if noun is not words[0] and lookup(words[0].text, ABROAD):
            return None  # 3 لاجئين فلسطينيين، 8 معتقلين فلسطينيين: anywhere
        country = lookup(noun.text, HOMELANDS) if noun and event in TOLLS else None
        if country and self.named:
            wide = self._around(count.qualifier_start, count.end) or self._told(
                count.qualifier_start
            )
        if country is None or (wide and wide.country != HOMELAND_ACTORS[country]):
            return None
        return Place(country, *self.nt.to_raw(*noun.norm))

    def of_war(self, tokens, noun: int, clause_end: int) -> Place | None:
        """The place of a war's toll, where the sentence names no country after في/ب: none (a
        place of none) for a toll counted by the nationalities of two countries (حرب قتلت العديد
        من المدنيين الإسرائيليين واللبنانيين; not قتل في معارك ليبيا 12 سوريا وعراقيا: Libya);
        for a toll of "the war" named bare in its clause (عدد القتلى في الحرب بأكثر من 9000; not
        الحرب العالمية الثانية، الحرب على أفغانستان), the country of the last war placed before its
        sentence (الصراع في اليمن، الحرب الدائرة في سوريا)."""
        if self.mentions.countries(*self.sentence, where=True):
            return None
        peoples = self._peoples(tokens, noun)
        if peoples or not tolls.bare_war(tokens, noun, clause_end):
            return peoples
        placed = list(_WAR_IN_RE.finditer(self.nt.text, 0, self.sentence[0]))
        return self.mentions.place_at(placed[-1].end()) if placed else None

    def _peoples(self, tokens, noun: int) -> Place | None:
        """A place of no country for a war's toll counted by the nationalities of two countries."""
        nationality = self.mentions.gazetteer.nationality
        pair = None
        for k in range(noun, min(noun + 3, len(tokens) - 1)):
            first = nationality(tokens[k].text.removeprefix("ال"))
            joined = tokens[k + 1].text  # the next word after و: another people
            second = nationality(joined[1:].removeprefix("ال")) if joined[:1] == "و" else None
            if first and second and first != second:
                pair = k
                break
        # only over a war (not 7 أشخاص لبنانيين وسوريين, in a raid placed before)
        if pair is None or not _WAR_RE.search(self.nt.text, *self.sentence):
            return None
        return Place(None, *self.nt.to_raw(tokens[pair].norm.start, tokens[pair + 1].norm.end))

    def civilians_of(self, tokens, noun: int, event: str | None) -> Place | None:
        """The country of civilians killed or wounded counted by their nationality (مقتل مئات
        المدنيين اليمنيين، 12 مدنيا سوريا): civilians die at home, where the rest of their clause
        (to a "while", فيما) names no place (not soldiers, who are often abroad)."""
        if event not in TOLLS or noun + 1 >= len(tokens):
            return None
        if lookup(tokens[noun].text, SUBJECT_WORDS) != "civilians":
            return None
        clause = takewhile(lambda t: t.text not in CLAUSE_ENDS | _WHILE, tokens[noun + 2 :])
        if any(self._named_at(t) for t in clause):
            return None  # قتل 3 مدنيين سوريين في غارة على بلدة عرسال اللبنانية: Lebanon
        adjective = tokens[noun + 1]
        code = self.mentions.gazetteer.nationality(adjective.text.removeprefix("ال"))
        country = self.mentions.gazetteer.entries.get(code) if code else None
        return Place(country.name_en, *self.nt.to_raw(*adjective.norm)) if country else None

    def _named_at(self, token) -> bool:
        """Whether a place is named at a token, maybe after its ب or ل (بلبنان; بغداد too)."""
        start = token.norm.start
        glued = token.text[:1] in "بل" and self.mentions.place_at(start + 1)
        return bool(self.mentions.place_at(start) or glued)

    def actor_named(self, place: Place | None, tokens, noun: int) -> bool:
        """Whether Palestinians (a homeland's nationality at `noun`) are counted where their
        clause names the country itself of its usual actor past a few words (60 فلسطينيا في
        احتجاجات تزامنت مع نقل السفارة في إسرائيل), which places them only by a town of it or
        right after their count (أصيب 17 فلسطينيا في إسرائيل في حادث سير)."""
        homeland = place and any(lookup(t.text, HOMELANDS) for t in tokens[noun : noun + 2])
        if not (homeland and place.country in HOMELAND_ACTORS.values() and place.start is not None):
            return False
        at = self.nt.from_raw(place.start, place.end)[0]
        between = sum(1 for t in tokens[noun + 1 :] if t.norm.start < at)
        return between > _HOMELAND_REACH and self.mentions.is_country(at)

    def _told(self, before: int) -> Place | None:
        """The one country the last sentence `scope` read names after في/ب; none when it names
        no place past the last أن before `before` (its places are the speaker's)."""
        said = self.nt.text.rfind(" ان ", self.sentence[0], before)
        if said >= 0 and not self.mentions.countries(said, self.sentence[1]):
            return None
        where = self.mentions.countries(*self.sentence, where=True)
        return next(iter(where.values())) if len(where) == 1 else None

    def with_previous(self, tokens, hedge, noun, previous, vague) -> Place | None:
        """The place of the count before (a `Tally`), for "others" counted with it (وجرح 12
        آخرين), a vague count joined to it by its event word (مقتل عشرات الفلسطينيين وإصابة
        المئات), a toll of its own noun joined to it (55 قتيلا فلسطينيا وأكثر من 2000 جريح), or a
        count during it (21 عملية نفذت في العراق، قتل خلالها 6 عناصر)."""
        if previous is None or previous.location is None:
            return None
        joined = vague and tokens[hedge - 1].text[:1] == "و" and clauses.event_of(tokens, hedge - 1)
        joined_by_and = tokens[hedge].text[:1] == "و" or (hedge and tokens[hedge - 1].text == "و")
        toll = joined_by_and and clauses.event_of(tokens, noun) in TOLLS
        if toll:  # none placed after it, nor told by its own adjective (و3 جرحى إسرائيليين)
            later = self.mentions.countries(tokens[noun].norm.end, self.sentence[1]).values()
            adjective = tokens[noun + 1].text if noun + 1 < len(tokens) else ""
            toll = {p.country for p in later} <= {previous.location}
            toll = toll and not self.mentions.gazetteer.nationality(adjective)
        back = reversed(tokens[max(0, hedge - 6) : hedge])  # in the count's clause
        during = any(t.text in _DURING for t in takewhile(lambda t: t.text != ",", back))
        if during:  # and no other country named since the count before
            since = self.nt.from_raw(previous.start, previous.end)[0]
            during = set(self.mentions.countries(since, tokens[hedge].norm.start)) <= {
                previous.location
            }
        if not (joined or toll or during or tokens[noun].text in OTHERS):
            return None
        return Place(previous.location, previous.location_start, previous.location_end)

    def each_of(self, position: int, end: int) -> list[Place]:
        """The places of several countries a count after `position` is given for, each (في كل
        من العراق وسوريا، "in each of Iraq and Syria"): the guide's one row per place."""
        match = _EACH_OF_RE.match(self.nt.text, position, end)
        if match is None:
            return []
        stop = _CLAUSE_END_RE.search(self.nt.text, match.end(), end)
        countries = self.mentions.countries(match.end(), stop.start() if stop else end)
        return list(countries.values()) if len(countries) > 1 else []

    def is_part(self, tokens, after: int, item: bool = False) -> bool:
        """A number followed by في/in and a place: a part of the total before it (not where a
        speaker's words begin with it, after a colon: وقال مسؤول: 30 في الغوطة). With `item`,
        a count of one place of a list (23 هجوما في دير الزور، و11 في الحسكة): not a country,
        nor places joined by و (40 عملية في سوريا والعراق، 25 في سوريا: a total)."""
        if after + 1 >= len(tokens) or lookup(tokens[after].text, LOCATIVES) is None:
            return False
        if after > 1 and tokens[after - 2].text == ":":  # وقال مسؤول: 30 في الغوطة: a quote
            said = takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(tokens[: after - 2]))
            if any(lookup(t.text, SPEAKING) for t in said):
                return False
        named = _named_after(tokens, after)
        following = tokens[named] if named < len(tokens) else None
        start = following.norm.start if following is not None else -1
        if following is None or self.mentions.country_at(start) is None:
            return False
        if not item:
            return True
        end = self.mentions.at(start, start + 1)[0][1]
        joined = re.match(r"\s*(?:و|and)\s*", self.nt.text[end : end + 6])
        other = joined and self.mentions.country_at(end + joined.end()) is not None
        return not (self.mentions.is_country(start) or other)

    def _joined(self, tokens, token_starts, start: int, clause_end: int) -> str | None:
        """The country of a place joined by و/and to the place at `start` (في الموصل ودير الزور)."""
        _, end, _ = self.mentions.at(start, start + 1)[0]
        following = bisect.bisect_left(token_starts, end)
        if following >= clause_end:
            return None
        word = tokens[following]
        if word.text in AND and following + 1 < clause_end:
            return self.mentions.country_at(tokens[following + 1].norm.start)
        if word.text.startswith("و"):
            return self.mentions.country_at(word.norm.start + 1)
        return None


def _named_after(tokens, locative: int) -> int:
    """The token that names the place after a locative at `locative`: past a place noun or a
    side of the country or both (في محافظة حمص، in eastern Syria، في شمال غرب محافظة إدلب)."""
    following = locative + 1
    while following < min(len(tokens), locative + 3) and tokens[following].text.lower() in _COMPASS:
        following += 1  # في شمال شرق مالي: two sides
    if following < len(tokens) and lookup(tokens[following].text, PLACE_NOUNS):
        return following + 1
    return following
