"""Tolls: a count linked to a toll named before it takes the toll's event (ارتفعت حصيلة
القتلى ... إلى 305؛ ارتفع عدد القتلى جراء الهجوم إلى 150), a count whose people's fate is told
further on takes it (لقي 26 مدنيا، بينهم 11 طفلا، مصرعهم), and a count joined to the one before
takes that one's (وأكثر من 5 جنود); a toll of "the war" named bare (`bare_war`) is placed
where the war was. A stage of the tally extractor's event reading, over the tokens of a
sentence."""

from __future__ import annotations

import re
from itertools import takewhile

from . import clauses
from .clauses import CAUSES, among, event_after, event_of, is_number, joined_to_next_event
from .lexicon import (
    ADDITIONS,
    AND,
    CARRIED_OUT,
    CLAUSE_BREAKS,
    CLAUSE_ENDS,
    COORDINATION,
    EVENT_WORDS,
    FATE_VERBS,
    FATES_OF_MANY,
    HAVING,
    INCLUSION,
    LISTS,
    NUMBERING,
    ONE_WORDS,
    PEOPLE_EVENTS,
    PRESENCE,
    SOURCE_ASIDES,
    TOLL_LINKS,
    TOLL_NOUNS,
    UNITS,
    YEAR_WORDS,
    lookup,
)
from .nouns import SUBJECT_WORDS, is_of_people, is_singular
from .number_words import ENGLISH_NUMBER_WORDS
from .numbers import is_year_digits

_THE_WAR_RE = re.compile(r"(?<!\w)(?:ال|بال|فال|وال|لل)(?:حرب|صراع|نزاع|قتال)(?!\w)")
_WAR_SIDES = frozenset("علي ضد مع بين".split())  # الحرب على، الحرب مع، القتال بين: another war
_ONGOING = frozenset(  # still going on
    "المستمر المستمره الدائر الدائره الجاري الجاريه المتواصل المتواصله المندلعه".split()
)

TOLL_REACH = 25  # tokens back from a count to the toll it gives (حصيلة القتلى ... إلى 305)
NUMBERED_REACH = 8  # and to the event of the people it numbers (مقتل كل من كانوا ... وعددهم 298)
_NOT_THROUGH = frozenset("التي الذي الذين بعد ان فيما بينما".split())  # a relative, a clause
_CAUSES = CAUSES | {"في", "from"}  # and في, of the event it was in
_WHO = frozenset("الذين اللذين اللواتي اللاتي اللتين".split())
_ROSE = frozenset("rose risen climbed jumped increased reached".split())  # "rose to 27"


def toll_before(tokens, hedge, dated: frozenset[int] = frozenset()) -> str | None:
    """The event of a toll named earlier in the count's sentence, with no count but a year
    between (`_year`) or the tokens of a date (`dated`: عدد قتلى المسيرة التي انطلقت في 30 مارس
    2018 إلى نحو 100), that the count is linked to (`TOLL_LINKS`): ارتفعت حصيلة قتلى الهجوم على
    المسجد في مدينة العريش إلى 305؛ ارتفع عدد القتلى بسبب الأمطار الغزيرة إلى 122 (not قال إن 15
    ألف شخص تضرروا), or that comes right after it (بلغ عدد القتلى 20), or after the toll it
    reached, past a source (وبلغت حصيلة القتلى خلال أسبوع، وفق المرصد، 29); or the event of the
    people a count numbers (مقتل كل من كانوا على متنها وعددهم 298)."""
    hedge = _past_link(tokens, hedge)
    linked = _linked(tokens, hedge)
    numbering = hedge and lookup(tokens[hedge - 1].text, NUMBERING)  # وعددهم 298: their number
    for i in range(hedge - 1, max(-1, hedge - TOLL_REACH), -1):
        number = is_number(tokens[i]) and not _year(tokens, i) and i not in dated
        if number or tokens[i].text in CLAUSE_BREAKS:
            return None
        source = tokens[i + 1].text in SOURCE_ASIDES  # وبلغت حصيلة القتلى، وفق المرصد، 29
        if tokens[i].text == "," and tokens[i + 1].text[:1] == "و" and not source:
            return None  # ولم تتضح حصيلة الضحايا، وأشار المتحدث إلى 7 انفجارات: another clause
        reached = any(lookup(t.text, TOLL_LINKS) for t in tokens[max(0, i - 2) : i])  # بلغت بذلك
        if lookup(tokens[i].text, TOLL_NOUNS) and (linked or reached or i + 2 == hedge):
            event = _toll_event(tokens, i)
            if event:
                return event
        numbered = event_of(tokens, i) if numbering and hedge - i <= NUMBERED_REACH else None
        if numbered in PEOPLE_EVENTS:
            return numbered  # مقتل كل من كانوا على متنها وعددهم 298
    return None


def toll_reached(tokens, hedge, own: str | None, dated: frozenset[int] = frozenset()) -> str | None:
    """The event of a toll the count is linked to as what it rose to (`_linked`: ليرفع عدد الضحايا
    الذين قتلوا تحت التعذيب إلى 120 مختطفا، قد تجاوز 120 مختطفا) where its noun's `own` event
    is none or custody (not إلى 45 جريحا: the wounded)."""
    if own not in (None, "detained", "held") or not _linked(tokens, _past_link(tokens, hedge)):
        return None
    return toll_before(tokens, hedge, dated)


def _year(tokens, i) -> bool:
    """A year after a month or a word of time (حصيلة القتلى منذ آذار/مارس 2011 حتى اليوم بلغت
    353,935; not حصيلة القتلى 2000 بينما تم إنقاذ 150)."""
    before = tokens[i - 1].text if i else ""
    dated = before in _BEFORE_A_YEAR or bool(lookup(before, UNITS))  # مارس 2011
    return is_year_digits(tokens[i].text) and dated


_BEFORE_A_YEAR = YEAR_WORDS | frozenset("منذ مطلع منتصف اواخر اوائل بدايه نهايه".split())


def _linked(tokens, hedge) -> bool:
    """A word that links the count at `hedge` to a toll right before it: إلى، بلغ، تجاوز, "rose
    to", "has climbed to"."""
    rose = hedge > 1 and tokens[hedge - 1].text == "to" and tokens[hedge - 2].text in _ROSE
    return bool(hedge) and (lookup(tokens[hedge - 1].text, TOLL_LINKS) is not None or rose)


def _past_link(tokens, hedge) -> int:
    """The count's first token past a hedge that also links it to its toll (عدد القتلى قد تجاوز
    500: تجاوز both hedges the count and links it)."""
    return hedge + 1 if hedge < len(tokens) and lookup(tokens[hedge].text, TOLL_LINKS) else hedge


def toll_through_cause(tokens, hedge) -> str | None:
    """The event of the toll a count right after إلى/بلغ/تجاوز reaches past its cause (ارتفع عدد
    القتلى جراء الهجوم في دوما إلى 150: killed, not attacks): the first toll noun back in the
    clause, of people, with a word of cause after it; none past a relative or another clause
    (عدد القتلى ... الغارات التي وصلت إلى 60، فيما وصل عدد الغارات إلى 40); and in English ("the
    death toll from the attack rose to 27")."""
    hedge = _past_link(tokens, hedge)
    if not _linked(tokens, hedge):
        return None
    for i in range(hedge - 2, max(-1, hedge - TOLL_REACH), -1):
        word = tokens[i].text
        if word in CLAUSE_ENDS or word.removeprefix("و") in _NOT_THROUGH:  # not حتى الآن
            return None
        if lookup(word, TOLL_NOUNS):
            caused = any(lookup(t.text, _CAUSES) for t in tokens[i + 1 : hedge])
            return _toll_event(tokens, i) if caused else None
    return None


def _toll_event(tokens, i) -> str | None:
    """The event of the people a toll noun at `i` counts (عدد القتلى: killed), or of what befell
    them told right after a relative (عدد الفلسطينيين الذين قتلوا، عدد الذين ماتوا), `other`
    for two together (عدد قتلى وجرحى الانفجار، الذين قتلوا أو أصيبوا), None for a toll of
    anything else (عدد الغارات); an English toll's people are named before it ("death toll")."""
    event = event_of(tokens, i - 1 if tokens[i].text == "toll" else i + 1)
    who = next((k for k in (i + 1, i + 2) if k < len(tokens) and tokens[k].text in _WHO), None)
    after = i + 2  # the word after the toll's people: وجرحى، أو أصيبوا
    if event is None and who is not None and who + 1 < len(tokens):
        event = event_of(tokens, who + 1)
        after = who + 2 + (who + 2 < len(tokens) and tokens[who + 2].text == "بجروح")
    if event not in PEOPLE_EVENTS:
        return None
    return "other" if joined_to_next_event(tokens, after, event) else event


def fate_told_after(tokens, hedge: int) -> str | None:
    """Killed: a count after لقي whose people's death is told further on, past the commas of a
    breakdown (لقي 26 مدنيا على الأقل، بينهم 11 طفلا، مصرعهم), before another clause (not لقي
    300 مهاجر معاملة قاسية، فيما لقي 20 آخرون حتفهم)."""
    if not hedge or tokens[hedge - 1].text not in FATE_VERBS:
        return None
    for token in tokens[hedge + 1 :]:
        if token.text in FATES_OF_MANY:
            return "killed"
        if token.text in CLAUSE_BREAKS | FATE_VERBS or token.text in ("فيما", "بينما", "while"):
            return None
    return None


def struck(tokens, hedge: int, people: bool) -> str | None:
    """Killed or injured: a count of people (`people`) that a verb of killing or wounding takes
    as its object after a weapon or a blast as its subject, farther back than a long subject lets
    `clauses.event_before` reach (قتلت عبوة ناسفة زرعتها ميليشيا الحوثي، الثلاثاء، ثلاثة
    مدنيين; قتل الانفجار الذي وقع في السوق أمس خمسة أشخاص), in the count's clause: not past a
    new clause (، و...; فيما، كان), a verb of holding or leading whose count it is (أصاب هجوم
    قاعدة تضم 2500 جندي، قتلت غارة زعيم التنظيم الذي يقود 500 مسلح), or an object the verb
    already took (قتلت غارة قائدا كان مسؤولا عن 40 مقاتلا، أصابت قذيفة منزلا يسكنه 7 أشخاص)."""
    if not people:
        return None
    for k in range(hedge - 1, max(-1, hedge - 12), -1):
        word = tokens[k].text
        if word in CLAUSE_BREAKS or is_number(tokens[k]) or word in _NOT_ITS_OBJECT:
            return None
        if word == "," and tokens[k + 1].text[:1] == "و":
            return None
        stem = word.removesuffix("ا")
        taken = is_singular(stem) or is_of_people(word) or lookup(stem, SUBJECT_WORDS) == "property"
        if word != stem and taken:
            return None
        event = event_of(tokens, k) if word[:1] != "م" else None  # not مقتل، مصرع
        cause = k + 1 < hedge and tokens[k + 1].text
        weapon = cause and (lookup(cause, SUBJECT_WORDS) == "weapons" or lookup(cause, _STRIKERS))
        if event in ("killed", "injured") and weapon:
            return event
    return None


_STRIKERS = frozenset("انفجار تفجير غاره ضربه هجوم قصف".split())  # and weapons: what struck
# Words of holding, leading or carrying, and of a new clause: a count after them is theirs.
_NOT_ITS_OBJECT = frozenset(
    "يضم تضم يقود تقود يسكنه يسكنها يؤوي تؤوي تقل يقل تحمل كان كانت فيما بينما حين".split()
)


def of_those(tokens, hedge: int) -> bool:
    """A count after "Of the 32 detained," at the head of its sentence: part of that total ("Of
    the 32 detained, 15 were ISIS leaders")."""
    if hedge < 4 or tokens[hedge - 1].text != ",":
        return False
    start = max(0, hedge - 6)
    head = [t.text.casefold() for t in tokens[start : hedge - 1]]
    of = [k for k, word in enumerate(head[:-2]) if word == "of" and head[k + 1] in _THOSE]
    return bool(of) and any(is_number(t) for t in tokens[start + of[0] : hedge - 1])


_THOSE = frozenset("the those these".split())


def inclusion_follows(tokens, noun: int, clause_end: int) -> bool:
    """Whether those counted at `noun` are broken down before their verb: their clause ends in
    بينهم (64 مدنيا بينهم 13 طفلا قتلوا), or it follows them and their own verb comes after, a
    plural (40 شخصا من بينهم نائب مدير البنك المركزي قد اعتقلوا، 230 مدنيا، من بينهم 35 طفلا،
    قتلوا; not 70 شخصا من بينهم أطفال وصلوا بعد أن قتل أقاربهم, nor a relative clause's verb:
    300 شخص، بينهم مسؤولون، تشييع الجنود الذين قتلوا)."""
    if tokens[clause_end - 1].text in INCLUSION:
        return True
    if not INCLUSION & {t.text for t in tokens[noun + 1 : noun + 4] if t.text != ","}:
        return False
    verbs = [k for k in range(noun + 3, min(noun + 10, len(tokens))) if _plural_verb(tokens[k])]
    return any(tokens[k - 1].text not in _RELATIVES for k in verbs)  # not الجنود الذين قتلوا


_RELATIVES = frozenset("الذين اللذين اللتين اللواتي اللاتي".split())


def _plural_verb(token) -> bool:
    """A plural verb of an event (قتلوا، اعتقلوا)."""
    return token.text.endswith("وا") and lookup(token.text, EVENT_WORDS) is not None


def coordinated_event(normalized, tokens, position, after, previous, number) -> str | None:
    """The event of the count before (`previous`, a Tally) for a count joined to it by and/و
    ("detained a leader and two associates", ومدنيان، وامرأة واحدة; by its qualifier only as a
    bare item of a list: وأكثر من 5 جنود), for people "in addition to" a toll as a bare item
    (فضلا عن 59 سائحا), or compared with it (قتل 12 جنديا في أكتوبر مقارنة بخمسة في سبتمبر;
    209 قتلى، مقابل 110 جهاديا، مقابل 68 من مقاتلي التنظيم: bare or of people, no other count
    between, not 67 صوتا مقابل 50، مقابل 188 حادثا، مقابل 10 ناجين), within six words of it (ten
    for مقابل; a comma or a bare و no word); `position` and `after` index the count's first token
    and the token after it."""
    if previous is None:
        return None
    text, at = normalized.text, number.qualifier_start
    item = at == number.start or bare_item(tokens, after)
    glued = text[max(0, at - 2) : at].strip() == "و" and item
    one = text[number.start : number.end] in ONE_WORDS  # وامرأة واحدة
    glued = glued or (one and position and tokens[position - 1].text[:1] == "و")
    joined = position and tokens[position - 1].text in COORDINATION
    joined = joined or any(t.text in _COMPARED for t in tokens[max(0, position - 2) : position])
    versus = text[:at].rstrip().endswith("مقابل")  # مقابل نحو 110 جهاديين
    added = position > 1 and tokens[position - 1].text in _ADDED_TO
    added = added and lookup(tokens[position - 2].text, ADDITIONS) is not None
    if added and previous.event in PEOPLE_EVENTS and after < len(tokens):
        people = is_of_people(tokens[after].text) and bare_item(tokens, after)  # not 5 سيارات
        joined = joined or people  # فضلا عن 59 سائحا (not فضلا عن 35 مدنيا أصيبوا: their own)
    if not (joined or glued or versus):
        return None
    _, end = normalized.from_raw(previous.start, previous.end)
    gap = [t for t in tokens[:position] if t.norm.start >= end and t.text not in _MARKS]
    if versus:
        between = any(t.text.isdigit() and not is_year_digits(t.text) for t in gap)  # 67 صوتا
        following = tokens[after].text if after < len(tokens) else "."
        bare = following in CLAUSE_ENDS or following in _ITEM_ENDS  # مقابل 43 في 2015
        if following == "من" and after + 1 < len(tokens):  # مقابل 68 من مقاتلي التنظيم
            following = tokens[after + 1].text
            following += "ن" if following.endswith("ي") else ""  # مقاتلي: of مقاتلين
        if between or not (bare or is_of_people(following)):
            return None  # مقابل 188 حادث إطلاق نار، مقابل 3 ملايين نسمة، مقابل 10 ناجين
    return previous.event if len(gap) <= (10 if versus else 6) else None


def bare_item(tokens, after: int) -> bool:
    """Whether a count put after و (وأكثر من 5 جنود، ونحو 30 جنديا، بحسب ...) is a bare item of a
    list, which shares the event of the count before: its clause ends, or a preposition or the
    next item follows, within three words, and no event, other people or a fate of their own
    comes between (not ونحو 50 آخرين فروا، وأكثر من 10 مسلحين اعتقلوا، وأكثر من 100 في عداد
    المفقودين)."""
    for k in range(after, min(after + 4, len(tokens))):
        word = tokens[k].text
        if word in _OTHER_PEOPLE or event_of(tokens, k) or word == "عداد":
            return False
        if word in CLAUSE_ENDS or (k > after and (word in _ITEM_ENDS or word[:1] == "و")):
            return True
    return after >= len(tokens)


_OTHER_PEOPLE = frozenset("اخرين اخرون منهم منها".split())
_MARKS = frozenset(",،و")  # not counted among the six words between joined counts
_COMPARED = frozenset("مقارنه بالمقارنه قياسا compared".split())
_ADDED_TO = frozenset(["الي", "عن", "علي"])  # after إضافة، فضلا، علاوة: "in addition to"
_ITEM_ENDS = frozenset("في خلال علي من بحسب وفق حسب منذ".split())


def event_after_list(tokens, noun: int, clause_end: int) -> str | None:
    """The event told after a list of people joined by and/و right after the counted noun
    (`noun`): Three civilians and two soldiers were killed, Two Israelis and a Palestinian
    were injured, ثمانية طلاب واثنين من المدرسين قتلوا (not "40 soldiers took part in the
    operation and 2 were killed": "and" that opens a clause of its own)."""
    following = noun + 1
    if following >= len(tokens):
        return None
    if tokens[following].text in AND and following + 1 < len(tokens):
        start = following + 1
        listed = tokens[start].text.casefold()
        if not (is_number(tokens[start]) or listed in ENGLISH_NUMBER_WORDS):
            return None  # "engaged one insurgent and detained several": a verb of its own
    elif following == clause_end - 1 and tokens[following].text[:1] == "و":
        start = clause_end  # the و of the next number
    else:
        return None
    stop = min(start + 6, clauses.clause_end(tokens, start, None))  # not past a full stop
    return event_after(tokens[start:stop], True)


def present(tokens, hedge, noun_index) -> bool:
    """Fighters said to be somewhere or estimated (يتواجد 65 من قادة التنظيم، "an estimated 2,500
    ISIS fighters remain at large", ويقدر عدد مقاتلي الجماعة بحوالي ألفي مقاتل), taking part in an
    attack (أربعة مسلحين أطلقوا النار) or making up a unit (تضم القاعدة قرابة 500 عنصر): a word of
    presence within six words before the count or three after its noun, of having them within
    two words before it (هناك حوالي ألف مقاتل، الجماعة لديها حوال 3000 مقاتل), or of carrying
    it out within three (`_carried_it_out`), in its clause; not in a list or a convoy (`LISTS`)."""
    before = tokens[max(0, hedge - 6) : hedge]
    before = list(takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(before)))
    after = list(
        takewhile(lambda t: t.text not in CLAUSE_ENDS, tokens[noun_index + 1 : noun_index + 4])
    )
    if any(lookup(t.text, LISTS) for t in before[:4]):
        return False  # تضم القائمة أسماء 60 عنصرا، دفعة تضم 1500 مسلح: a list, a convoy
    having = any(t.text in HAVING for t in before[:2])
    there = any(lookup(t.text, PRESENCE) for t in before + after)
    return having or there or _carried_it_out(before[:3])


def _carried_it_out(before) -> bool:
    """A verb of carrying out among the tokens `before` a count (nearest first), with no word
    between them that makes the count its target (نفذها 11 عنصرا، نفذت الهجوم 7 عناصر; not
    نفذوا كمينا لـ5 عناصر، عملية ضد 7 مسلحين، نفذ الحكم بحق 20 مسلحا)."""
    for k, token in enumerate(before):
        if among(token.text, CARRIED_OUT):
            return not any(_targeted(t.text) for t in before[:k])
    return False


def _targeted(word: str) -> bool:
    """A word between a verb and a count that makes the count its target: ضد، بحق، على, or one
    that ل or ب begins (لـ5، بالمسلحين; not the article ال, nor بعدها)."""
    return word in _AGAINST or (word[:1] in ("ل", "ب") and not word.startswith(("ال", "بعد")))


_AGAINST = frozenset("ضد بحق علي".split())


def bare_war(tokens, noun: int, clause_end: int) -> bool:
    """ "The war" (الحرب، الصراع، القتال) named in the clause of a count whose noun is at `noun`
    (from six words before it), with no adjective, side or place after it that makes it
    another war (الحرب الأهلية، الحرب على أفغانستان، القتال بين الجيش والدعم السريع); an
    adjective of its going on keeps it the war (الصراع المستمر منذ ثلاث سنوات)."""
    start = max(0, noun - 6)
    start = next(
        (k + 1 for k in range(noun - 1, start - 1, -1) if tokens[k].text in CLAUSE_ENDS), start
    )
    for k in range(start, clause_end):
        if _THE_WAR_RE.fullmatch(tokens[k].text):
            following = tokens[k + 1].text if k + 1 < len(tokens) else "."
            if lookup(following, _ONGOING):  # الصراع المستمر منذ ثلاث سنوات: the same war
                following = tokens[k + 2].text if k + 2 < len(tokens) else "."
                return following not in _WAR_SIDES  # not الحرب الدائرة ضد أوكرانيا
            return not (following.startswith("ال") or following in _WAR_SIDES)
    return False
