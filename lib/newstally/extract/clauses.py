"""The words around a number in one sentence, read from its tokens: where the count's clause
ends, the noun it counts, the event word before or after it, and the turns of phrase that make
an event word not a count (a purpose, "to capture"; a measure, 11 يوما)."""

from __future__ import annotations

from ..text import clitic_variants
from ..text.clitics import among
from .lexicon import (
    ACTIONS,
    AND,
    BARE_TOLLS,
    CASUALTIES_OF_ONE,
    CASUALTY_VERBS,
    CLAUSE_BREAKS,
    CLAUSE_ENDS,
    CLAUSE_STARTS,
    COUNTED_PLACES,
    CUSTODY_MARKERS,
    ELIMINATIONS,
    EVENT_WORDS,
    FELLING_NOW,
    FELLING_VERBS,
    HEARTS,
    INCLUSION,
    JOINT_TOLLS,
    JOINT_VERBS,
    KICKS,
    LIVES,
    LOCATIVES,
    NEGATIONS,
    OR,
    OTHERS,
    PENALTIES,
    PEOPLE_EVENTS,
    PER_HUNDRED,
    PURPOSE_MARKERS,
    RELATIVE_SIZES,
    RELATIVES,
    SPARED_LIVES,
    STILL,
    STILL_WORDS,
    STRIKES,
    UNITS,
    lookup,
)
from .nouns import (
    GROUP_MEMBERS,
    MODIFIED_ROLES,
    PERSON_ROLES,
    SUBJECT_WORDS,
    is_singular,
    own_people,
)
from .number_words import ONE_OF_THEM, PARTS_OF_A_GROUP, QUALIFIER_WORDS, THEIR_NUMBER, VAGUE
from .numbers import arabic_number_words
from .rulings import in_context


def clause_end(tokens, after, limit: int | None) -> int:
    """Where the count's clause ends: the next number (at `limit`), a bracket or a break."""
    for i in range(after, len(tokens)):
        if (limit is not None and tokens[i].norm.start >= limit) or tokens[i].text in CLAUSE_BREAKS:
            return i
    return len(tokens)


def counted_noun(tokens, after, stop) -> tuple[int | None, str | None]:
    """The noun the number counts, within four tokens after it (before `stop`, a comma or في),
    and the role it names; "others" (20 آخرون) when it names none."""
    for i in range(after, min(after + 4, stop)):
        if tokens[i].text in (",", "في", "in") or (i > after and tokens[i].text in _PAST_NOUN):
            break  # 20 آخرون في انفجار سيارة: no car; 29 نظرية عن الهجوم: no attack
        if i == after and tokens[i].text[:1] == "و" and lookup(tokens[i].text[1:], EVENT_WORDS):
            break  # وسجن اثني عشر والاعتداء على 25: the next item, not what is counted
        if i == after and tokens[i].text in OTHERS:
            continue  # وأصيب 20 آخرون من المدنيين
        role = lookup(tokens[i].text, SUBJECT_WORDS)
        if not role and i > after and tokens[i - 1].text == "من":
            own = own_people(tokens[i].text)  # 800 من قواتها، 2200 من جنودها: a side's troops
            role = own if own == "soldiers" else None
        if (
            role
            and i > after
            and tokens[i - 1].text != "من"
            and lookup(tokens[i].text, GROUP_MEMBERS)
        ):
            continue  # 7 مديريات خاضعة للحوثيين: the group, not what is counted (5 من الحوثيين)
        if role and i + 1 < len(tokens):  # 4 سيارات مفخخة: car bombs
            role = MODIFIED_ROLES.get((role, tokens[i + 1].text[:4]), role)
        if role == "property" and i > after:
            continue  # 12 من سكان المبنى، 7 في بيت جن: not what is counted
        strikes = i == after and strike(tokens, i)  # 12 ضربة, not 4 قنابل خلال ضربات
        means = i > after and tokens[i].text.startswith("ب")  # وثلاثة من مرافقيه بغارة: the means
        families = tokens[i].text == "الاسر"  # الآلاف من الأسر: families, not captivity
        if role or (lookup(tokens[i].text, EVENT_WORDS) and not (means or families)) or strikes:
            return i, role
    others = after < stop and tokens[after].text in OTHERS
    return (after, None) if others else (None, None)  # وأصيب 20 آخرون: people, as before


def strike(tokens, i, word: str | None = None) -> str | None:
    """Operations, for a word of strikes (`word`, else the token at `i`) not of a kick (ضربة جزاء)."""
    kick = i + 1 < len(tokens) and tokens[i + 1].text in KICKS
    return None if kick else lookup(word or tokens[i].text, STRIKES)


_THEM = ("هما", "هم", "هن")  # وإصابتهم: the nouns counted before, as the event's object
_DONE_TO_THEM = frozenset("اصابت جرح قتل مقتل اعتقال احتجاز توقيف خطف اختطاف اعدام".split())
_CHARGES = frozenset("تهمه تهم تهمتي اتهاما اتهامات قضيه قضايا charges counts".split())  # counted


def is_measure(tokens, after) -> bool:
    """A noun of measure, of places or of charges after the number (or after the number joined
    to it): 11 يوما، 35 كيلومترا، 21 من رمضان، 90 في المئة، بين 14 و30 عاما، في 12 ولاية."""
    following = [t.text for t in tokens[after : after + 2]]
    english = following[:1] and following[0].isalpha() and following[0].isascii()
    english = english and following[0] not in ("in", "at", "of", "from", "across", "inside")
    if following[:1] == ["و"] and after + 1 < len(tokens) and tokens[after + 1].kind == "number":
        return is_measure(tokens, after + 2)  # بين 14 و30 عاما: both are ages
    if following[:1] == ["في"]:
        return len(following) > 1 and following[1] in PER_HUNDRED
    if any(word in COUNTED_PLACES for word in (following if english else following[:1])):
        return True  # في 12 ولاية, "20 detention facilities" (not 5 من مدينة دوما)
    if following[:1] == ["احياء"] and after > 1 and tokens[after - 2].text in LOCATIVES:
        return True  # في عدة أحياء: neighbourhoods (not القبض على 3 أحياء, three alive)
    if following[:1] and following[0] in _CHARGES:
        return True  # 13 تهمة بمحاولة القتل، ثلاث قضايا: charges (not 15 بتهمة: people charged)
    following = following[1:] if following[:1] == ["من"] else following
    if following[:1] and following[0] in ("الدول", "البلدان"):
        return True  # أكثر من 19 من الدول: countries (not 5 من مدينة دوما, 25 من المحافظات)
    return bool(following) and (
        following[0] in PER_HUNDRED or lookup(following[0], UNITS) is not None
    )


def places_before(tokens, position) -> bool:
    """A number put after the places it counts (الدول الست، المحافظات الثلاث): no count."""
    before = tokens[position - 1].text if position else ""
    return before in COUNTED_PLACES and tokens[position].text.startswith("ال")


def event_before(
    tokens,
    position,
    dated: frozenset[int] = frozenset(),
    person: bool = False,
    placed: frozenset[int] = frozenset(),
) -> str | None:
    """An event word just before the number: مقتل 11، اعتقال 227، killed two; the tokens of a
    date (`dated`: with في or خلال after a comma) and the commas around it are passed over (اعتقلت
    الشرطة، الأحد، 5 أشخاص; اعتقلت، في فبراير الماضي، 29 امرأة), so are those of a place phrase
    (`placed`: اعتقلت شرطة مكافحة الإرهاب في إندونيسيا ثلاثة أشخاص; not to reach the verb of a
    singular relative clause, الشاب الذي قتل أمس في الخليل 3 آلاف شخص), and for a count of
    people (`person`) so are operations and attacks (اعتقلت بعملية منفصلة شخصين); none is read
    past "still" (ما زال، لا يزال) or a relative pronoun."""
    i, words = position - 1, 0
    if i > 1 and among(tokens[i - 1].text, {"البالغ"}) and tokens[i].text in THEIR_NUMBER:
        j = i - (3 if tokens[i - 2].text == "," else 2)  # القبض على عناصرها، والبالغ عددهم 7
        group = tokens[max(0, j - 3) : j + 1]  # not مقتل أحد أفراد الدورية، والبالغ عددهم 4
        i = i if any(t.text in PARTS_OF_A_GROUP or is_singular(t.text) for t in group) else j
    passed = False  # a place phrase
    while i >= 0 and words < 5:
        if i in dated or i in placed or (tokens[i].text == "," and {i - 1, i + 1} & dated):
            passed, i = passed or i in placed, i - 1
            continue
        if i == position - 1 and tokens[i].text == "," and (span := _span_before(tokens, i)):
            i = span - 1  # وقتل خلال الأيام الماضية، 39 شخصا: a span set off by a comma
            continue
        words += 1
        there = tokens[i].text[:3] == "هنا" and tokens[i - 1].text.removeprefix("و")[:3] == "كان"
        still = among(tokens[i].text, STILL_WORDS) or (
            i and tokens[i].text in STILL and among(tokens[i - 1].text, _NOT)
        )
        if tokens[i].text in CLAUSE_ENDS or _relative_clause(tokens, i) or (i and there) or still:
            return None  # there: who were there (كان هناك 720 تلميذة; not من بين الضحايا هناك)
        if tokens[i].kind == "number" or tokens[i].text in AND or _counted_before(tokens, i):
            return None  # the word before belongs to the count before: 70 قتيلا و200
        event = event_of(tokens, i)
        if event and i == position - 1 and _table_read_flat(tokens, i):
            return None  # 3 ISIS operatives killed 24 ISIS operatives detained
        if event and passed and i and tokens[i - 1].text.removeprefix("و") in ("الذي", "التي"):
            return None  # الشاب الذي قتل أمس في الخليل 3 آلاف: the mourners, not the dead
        if event in ACTIONS and i + 2 == position and tokens[i + 1].text == "علي":
            return "other"  # والاعتداء على خمسة وعشرين، هجوما على ثلاثة جنود: the attacked
        if event and not (person and event in ACTIONS):
            return "other" if _joined_to_previous_event(tokens, i, event) else event
        if not event and i and _new_clause_after_event(tokens, i):
            return None  # نصف مليون قتيل ودفعت حوالي 11 مليونا للنزوح: a clause of its own
        i -= 1
    return None


_NOT = frozenset(["ما", "لا"])  # before STILL: ما زال، لا يزال


_LAST = frozenset("الماضي الماضيه الاخير الاخيره".split())


def _span_before(tokens, comma) -> int | None:
    """Where a span of time that ends at a comma starts (خلال الأيام الماضية،), if one does."""
    if comma < 2 or tokens[comma - 1].text not in _LAST:
        return None
    return next(
        (k for k in range(comma - 2, max(-1, comma - 8), -1) if tokens[k].text == "خلال"), None
    )


def _counted_before(tokens, i) -> bool:
    """A number word at `i` that ends a count of its own: an event word before it and people
    after it (لاغتيال أحد عشر صحفيا وسجن 12، مقتل عشرة جنود وفقدان أربعة; not قتلت إحدى الغارات
    5، قتل في ثلاث غارات 12، خلال ثلاثة أيام 40)."""
    people = i + 1 < len(tokens) and lookup(tokens[i + 1].text, SUBJECT_WORDS) in PERSON_ROLES
    if not people or not is_number(tokens[i]) or arabic_number_words().get(tokens[i].text) == 1:
        return False  # not one of a group (اعتقل أحد قادته مع 5 من مرافقيه)
    j = i
    while j and is_number(tokens[j - 1]):
        j -= 1
    return j > 0 and event_of(tokens, j - 1) is not None


def _relative_clause(tokens, i) -> bool:
    """A relative pronoun at `i` opens a clause whose count is its own (المحافظة التي تضم 3
    ملايين نسمة: no attack's), unless the clause gives the size of what it follows (الاعتقالات
    التي طالت العشرات، الغارات التي بلغ عددها 40)."""
    if tokens[i].text.removeprefix("و") not in RELATIVES:
        return False
    return not any(t.text in RELATIVE_SIZES for t in tokens[i + 1 : i + 3])


def _table_read_flat(tokens, i) -> bool:
    """A table's rows run together: the event word at `i` follows the noun of the count before
    it, and the count after it has its own (not "4 militants killed 7 civilians")."""
    counted = i and lookup(tokens[i - 1].text, SUBJECT_WORDS)  # 3 (ISIS) operatives killed
    counted = counted and any(map(is_number, tokens[max(0, i - 3) : i - 1]))
    own = any(event_of(tokens, k) in PEOPLE_EVENTS for k in range(i + 2, min(i + 5, len(tokens))))
    return bool(counted and own) and tokens[i].text[:1] != "و"


def _new_clause_after_event(tokens, i) -> bool:
    """A word joined by و right after the event word a count before counts (نصف مليون قتيل
    ودفعت 11 مليونا للنزوح), naming none itself, opens a clause of its own (not إعدام وصلب 3،
    اعتقال واستجواب 30: two verbs of one count); so does a verb in the feminine past after the
    event's own count (مصرع عشرات آلاف الأشخاص ودفعت نحو أربعة ملايين إلى الفرار; not اعتقلت
    قوات الأمن وعذبت 5، في نابلس وبيت لحم 12)."""
    word = tokens[i].text
    joined = word[:1] == "و" and len(word) > 3 and not word.startswith("وال")
    counted = i >= 2 and is_number(tokens[i - 2])
    told = event_of(tokens, i - 1) is not None
    verb = word.endswith("ت") and not word.endswith("ات") and 4 < len(word) < 7  # ودفعت، وأجبرت
    own = any(is_number(t) or t.text in VAGUE for t in tokens[max(0, i - 3) : i])
    return joined and ((counted and told) or (verb and own and not told))


def casualty_of_one(tokens, i) -> bool:
    """A casualty noun alone after a verb that makes it one (`CASUALTY_VERBS`): أوقع قتيلا و3
    جرحى، سقوط قتيل، ترديه القوى الأمنية قتيلا (not قتيلا واحدا, counted, nor دون سقوط قتيل)."""
    if tokens[i].text not in CASUALTIES_OF_ONE:
        return False
    felled = any(
        tokens[k].text in FELLING_VERBS
        or (tokens[k].text in FELLING_NOW and "قبل" in (t.text for t in tokens[max(0, k - 2) : k]))
        for k in range(max(0, i - 4), i)
    )
    if not (felled or (i and tokens[i - 1].text in CASUALTY_VERBS)):
        return False
    counted = i + 1 < len(tokens) and is_number(tokens[i + 1])
    return not counted and not any(is_negation(t.text) for t in tokens[max(0, i - 5) : i])


def joined_to_next_event(tokens, k, event) -> bool:
    """Whether the word at `k` joins another event's noun to the one before it: القتلى والجرحى،
    "killed or wounded" (the count is of both together)."""
    if k >= len(tokens):
        return False
    word = tokens[k].text
    if word in OR and k + 1 < len(tokens):
        k += 1
        word = tokens[k].text
    elif not (word.startswith("و") and len(word) > 1):
        return False
    return not _own_number(tokens, k + 1) and _another_event(word, event)


def is_number(token) -> bool:
    """Digits or an Arabic number word."""
    return token.kind == "number" or token.text in arabic_number_words()


_HEDGE_WORDS = frozenset(w for hedge in QUALIFIER_WORDS for w in hedge.split())


def _own_number(tokens, k) -> bool:
    """A number (hedged or not) at `k` that is not a part of the count before it: سقوط 18 قتيلا
    وإصابة أكثر من 600 (its own count), not سقوط 30 قتيلا وجريحا 10 منهم أطفال."""
    while k < len(tokens) and tokens[k].text in _HEDGE_WORDS:
        k += 1
    return (
        k < len(tokens)
        and is_number(tokens[k])
        and not (k + 1 < len(tokens) and tokens[k + 1].text in INCLUSION)
    )


def _joined_to_previous_event(tokens, i, event) -> bool:
    """ "عدد القتلى والجرحى", "قتلوا أو أصيبوا", مقتل وإصابة 20، وقتل وجرح 15، قتل وأصاب 115: the
    count is of two events together (not "قتلوا وأصيب 37": a new clause, with its own count)."""
    k = i - 1
    second = tokens[i].text[1:] if tokens[i].text[:1] == "و" and k >= 0 else ""
    joint = (
        (lookup(second, JOINT_TOLLS) and lookup(tokens[k].text, JOINT_TOLLS))
        or (second in BARE_TOLLS and tokens[k].text in BARE_TOLLS)  # عدد قتلى وجرحى الانفجار
        or (second in CASUALTIES_OF_ONE and tokens[k].text in CASUALTIES_OF_ONE)  # بين قتيل وجريح
        or (lookup(second, JOINT_VERBS) and _opens_clause(tokens, k))
        or _killed_and_wounded(tokens, k, second)
    )
    if k >= 0 and tokens[k].text in OR:
        k -= 1
    elif not joint and not (
        tokens[i].text.startswith("وال") and k >= 0 and tokens[k].text.startswith("ال")
    ):
        return False
    return k >= 0 and _another_event(tokens[k].text, event)


# A court whose ruling on people is told by قضت على (قضت محكمة إسبانية على 29 شخصا): no end put.
_COURTS = frozenset("محكمه المحكمه محاكم المحاكم القاضي قاض قاضي القاضيه قاضيه جنايات".split())
CAUSES = frozenset(["بسبب", "جراء", "اثر", "نتيجه"])  # what caused what befell those counted
# No noun counted after them (23 دبلوماسيا بسبب هجوم، 20 ألف سوري هربا من العملية العسكرية).
_PAST_NOUN = CAUSES | {"عن", "حول", "هربا", "فرارا"}
_DIED = frozenset(["قضوا"])  # they died, at a clause's end or before its cause
_TOOK = frozenset("اودي اودت يودي تودي".split())  # أودى بحياة: with its ب-word, not Audi (أودي)
_DEATH_ENDS = CLAUSE_ENDS | {"نحبهم", "جراء", "اثر", "بسبب", "برصاص", "متاثرين", "في"}
_WENT_MISSING = frozenset(["فقدوا", "اختفوا"])  # قتلوا أو فقدوا: a combined figure
_OPENERS = CLAUSE_ENDS | {"حيث", "اذ", "فيما", "بينما", "كما", "وقد", "عن"}  # عن قتل وجرح 15


def _opens_clause(tokens, k) -> bool:
    """A verb of a toll that opens its clause (وقتل وجرح 15: both verbs count the 15), not one
    that ends the clause of a count before it (رجلا واحدا قتل وأصيب 6: the 6 were wounded)."""
    opens = tokens[k].text[:1] == "و" or k == 0 or tokens[k - 1].text in _OPENERS
    return opens and bool(lookup(tokens[k].text, JOINT_VERBS))


def _killed_and_wounded(tokens, k, second) -> bool:
    """Killing at `k` and the active أصاب after it, right before their count: one doer's toll of
    both, wherever they stand (إنه قتل وأصاب 115; not طفلا قتل وأصاب القصف 7: a doer of its own)."""
    killed = tokens[k].text.removeprefix("و") in ("قتل", "قتلت", "قتلوا")
    return killed and second in ("اصاب", "اصابت", "اصابوا") and _own_number(tokens, k + 2)


def _another_event(word: str, event: str) -> bool:
    """Whether a word names an event other than `event`."""
    other = lookup(word, EVENT_WORDS)
    return other is not None and other != event


def list_head(tokens, hedge) -> str | None:
    """The event of a list's head before a colon, for its first item, which names only its
    place (توزعت الهجمات على المحافظات كالتالي: 12 في دير الزور، و7 في الحسكة)."""
    colon = next((k for k in range(hedge - 1, -1, -1) if tokens[k].text == ":"), None)
    if colon is None or any(is_number(t) for t in tokens[colon + 1 : hedge]):
        return None
    for k in range(colon - 1, -1, -1):
        if tokens[k].text in CLAUSE_ENDS:
            return None  # وقال مسؤول محلي: the head is in the colon's own clause
        if event := event_of(tokens, k):
            return event
    return None


def event_of(tokens, k) -> str | None:
    """The event the word at `k` names, read in its place (`in_context`): killed for على after an
    end put (قضت القوات على 12) and lives (أرواح) not saved or threatened; none before hearts
    (أسرت قلوب), for families (الأسر السبع; not في الأسر), for قضوا before a time (قضوا ليلتهم)."""
    if tokens[k].text == "علي":
        ended = [j for j in range(max(0, k - 3), k) if tokens[j].text in ELIMINATIONS]
        if ended:  # not قضت بالسجن المؤبد على 62 متهما، قضت محكمة على 29، على 15 متهما بالسجن
            words = [t.text for t in tokens[ended[0] : k + 6]]
            court = any(lookup(t.text, _COURTS) for t in tokens[ended[0] + 1 : k])
            return None if court or PENALTIES.intersection(words) else "killed"
    if lookup(tokens[k].text, LIVES):  # حصدت أرواح 714: lives taken; not saved, threatened
        around = tokens[max(0, k - 3) : k] + tokens[k + 1 : k + 7]
        return None if any(lookup(t.text, SPARED_LIVES) for t in around) else "killed"
    families = tokens[k].text.removeprefix("و") == "الاسر"  # not بالأسر
    held = families and k and tokens[k - 1].text in CUSTODY_MARKERS | {"في", "من", "عمليه"}
    if (families and not held) or (k + 1 < len(tokens) and tokens[k + 1].text in HEARTS):
        return None  # أسرت قلوب الملايين: won hearts, captured no one
    spent = k + 1 < len(tokens) and tokens[k + 1].text not in _DEATH_ENDS
    took = tokens[k].text.removeprefix("و") in _TOOK  # أودى الانفجار بحياة 5: its ب-word after it
    if took and not any(t.text.startswith("ب") for t in tokens[k + 1 : k + 4]):
        return None  # سيارة أودي من طراز: the car's make, no one's death
    if lookup(tokens[k].text, _DIED) and spent:
        return None  # قضوا ليلتهم، قضوا محكومياتهم: spent, served (not قضوا، قضوا نحبهم)
    return in_context(tokens, k, lookup(tokens[k].text, EVENT_WORDS))


def of_the_hurt(tokens, noun: int | None) -> bool:
    """A counted noun after من that names the dead or the wounded (خمسة من الجرحى، عدد كبير من
    الضحايا): a count of people, not of the attack told before it (not من ذوي الضحايا، من أسر
    الضحايا, nor captives, whom an operation may free: تحرير 5 من المختطفين)."""
    after_of = noun is not None and noun > 0 and tokens[noun - 1].text == "من"
    return after_of and event_of(tokens, noun) in ("killed", "injured")


def event_after(tokens, person: bool) -> str | None:
    """An event word right after the counted noun, as in "11 members were killed" or "77 شخصا
    قتلوا" (`other` when another event, or going missing, follows it after "or": 400 ألف شخص
    قتلوا أو فقدوا); one that starts a new clause (وإصابة، فيما أصيب) is not this count's, nor
    a cause (طرد 23 دبلوماسيا روسيا بسبب هجوم: no attacks)."""
    for k, token in enumerate(tokens):
        if token.text in CLAUSE_STARTS or token.text == "," or token.text in CAUSES:
            return None
        event = event_of(tokens, k)
        if event and token.text.startswith("و") and token.text[1:] not in EVENT_WORDS:
            return None
        if k == 0 and token.text[:1] == "و" and token.text.endswith(_THEM):  # و...هم: of them
            return _done_to_them(token.text[1:])  # على أربعة شرطيين وإصابتهم بجروح
        if event and not (person and event in ACTIONS):
            if k + 1 < len(tokens) and tokens[k + 1].text in ONE_OF_THEM:
                return None  # أربعة من رجال الشرطة فأصاب أحدهم: one of them, told as one
            either = k + 2 < len(tokens) and tokens[k + 1].text in OR
            missing = either and tokens[k + 2].text in _WENT_MISSING
            both = token.text in BARE_TOLLS  # العشرات من عناصرها قتلى وجرحى: the two together
            joined = (either or both) and joined_to_next_event(tokens, k + 1, event)
            return "other" if missing or joined else event
    return None


def _done_to_them(word: str) -> str | None:
    """The event of a verbal noun with "them" (اصابتهم، اعتقالهم، مقتلهم; ة written ت; not
    وأسرهم, "their families", nor وجرحاهم, "their wounded": `_DONE_TO_THEM` only)."""
    stem = word.removesuffix(next(end for end in _THEM if word.endswith(end)))
    return lookup(stem, EVENT_WORDS) if stem in _DONE_TO_THEM else None


def event_within(tokens, start, stop) -> str | None:
    """What befell people, named in tokens `start` to `stop` before a comma (5 منهم قتلوا، 7700
    منهم في عداد المفقودين); operations and attacks are not it."""
    for k in range(start, min(stop, len(tokens))):
        if tokens[k].text in CLAUSE_ENDS:
            return None
        event = event_of(tokens, k)
        if event and event not in ACTIONS:
            return event
    return None


def is_purpose(tokens, i) -> bool:
    """ "a raid to capture a leader", "لاعتقال القيادي"، مستعدة لقتله، تهدف إلى اختطافه: meant,
    not done."""
    word = tokens[i].text
    aimed = i > 1 and tokens[i - 1].text == "الي"  # تهدف في الأساس إلى اختطافه
    aimed = aimed and any(t.text in _AIMING for t in tokens[max(0, i - 4) : i - 1])
    return (
        aimed
        or (i > 0 and tokens[i - 1].text in PURPOSE_MARKERS)
        or (word.startswith("ل") and word not in EVENT_WORDS and word[1:] in EVENT_WORDS)
    )


_AIMING = frozenset("تهدف يهدف هدفت هدف الهادفه الهادف ترمي يرمي تسعي يسعي".split())


def is_defined(tokens, k) -> bool:
    """The token at `k` carries the article, after a clitic or none (الهجومين، بالعمليتين)."""
    return any(form.startswith("ال") for form, _ in clitic_variants(tokens[k].text))


def span_end(tokens, index) -> int:
    """Where the first `index` tokens end in the normalized text (0 for none)."""
    return tokens[min(index, len(tokens)) - 1].norm.end if tokens and index > 0 else 0


def is_negation(word: str) -> bool:
    """لم، لا، عدم, "no" (or "No"), or one of them after و/ف (ولم، فلا)."""
    return among(word.casefold() if word.isascii() else word, NEGATIONS)
