"""A count's event read again in its place: what the words around a count make of the event
it was first read with (sites struck, rescues, sentences, convictions, captives, releases, a
camp's people, the wounded taken to hospital, foiled attempts, two blasts, the toll of attacks,
escapes, the dead and wounded together, targets hit), and numbers that are still no count of it
(`not_counted`). A stage of the tally extractor, after the event and before the count's parts."""

from __future__ import annotations

import re
from itertools import takewhile

from . import clauses, custody, releases, wounds
from .happened import (
    attempted,
    blew_themselves_up,
    fate_of_held,
    foreseen,
    sentenced,
    to_death,
)
from .lexicon import (
    ACTIONS,
    ASSAULTS,
    CLAUSE_ENDS,
    CUSTODY_PLACES,
    EVENT_WORDS,
    LOSING,
    ONE_WORDS,
    OTHERS,
    PEOPLE_EVENTS,
    RESCUES,
    STRUCK_ON,
    TARGETS,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, THING_ROLES, own_people


def reread(event, tokens, hedge, after, clause_end, noun_index, noun_event) -> str | None:
    """The count's event once its place is read: strikes against targets or sites, and targets
    hit (أصابت 18 هدفا), are `other`, and so are rescues (عمليات إنقاذ) and a death sentence not
    carried out; people in someone's hands or kept in custody are held (مختطفين لدى الحوثيين،
    باستمرار حبس 160); a release is `other` (a release called for, still held); people taken to
    hospital or treated, or left in a grave state, are the wounded; the people a camp or prison
    houses are held; foiled attempts at attacks are `other`, and two blasts that took lives
    attacks; an operation named before a count of something else (128 نائبا) is none of it. A
    count the attacks killed or wounded is the toll (قتلت الهجمات العشرات); people convicted of a
    killing (أدانت 45 شخصا بقتل) or sought by a raid (حملة مداهمات لاعتقال 346) are none, and
    arrests told with dismissals (توقيف أو إقالة) `other`. `hedge` is the count's first token,
    `after` the token after it, `noun_index` its noun."""
    if event in ACTIONS and _two_people_before(tokens, hedge):
        return None  # ومواطنين إيرانيين اثنين بتهمة التخطيط للهجوم: two people, no attacks
    role = lookup(tokens[noun_index].text, SUBJECT_WORDS) if noun_index is not None else None
    if event in ACTIONS and role in PERSON_ROLES:
        return None  # ثلاثة من هؤلاء الأطفال خضعوا لعمليات بتر: people, no operations
    if event in ("killed", "injured") and lookup(tokens[hedge].text, _BLASTS):
        return "attacks"  # قتل انفجاران في كابول 26 شخصا: the blasts are no toll
    if event in PEOPLE_EVENTS and (foreseen(tokens, hedge) or attempted(tokens, hedge)):
        return None  # قد يسفر عن مقتل مئات الآلاف، الشروع في قتل عدد من: a warning, an attempt
    if event in PEOPLE_EVENTS and hedge and lookup(tokens[hedge - 1].text, _PROTESTED):
        return None  # وتظاهر مئات الأشخاص خارج مركز الشرطة الذي احتجز فيه: a crowd, no toll
    if event in PEOPLE_EVENTS and _families_of(tokens, hedge, after):
        return None  # التقى نحو أربعين من عائلات الضحايا: the families, not the dead
    people = role in PERSON_ROLES
    if event in (None, "other") and met_their_fate(tokens, hedge, after, people):
        return "killed"  # قضى 77 شخصا، قضى 25 شخصا نحبهم: they died (no sentence passed)
    if event in (None, "other") and blew_themselves_up(tokens, after, clause_end):
        return "killed"  # ثلاثة أشخاص فجروا أنفسهم: among the dead
    if event == "held" and custody.suspended(tokens, after):
        return None  # 40 موظفا موقوفين عن العمل، 28 رياضيا موقوفين مدى الحياة: suspended
    if event in (None, "other", "held", "detained") and to_death(tokens, hedge, after):
        return "killed"  # ضرب المسلحون ثلاثة أشخاص حتى الموت
    if event in (None, "injured") and _lost_their_own(tokens, hedge, after):
        return "killed"  # فقدت الميليشيات اثنين من أبرز قادتها، خسر الجيش 5 من جنوده
    own = takewhile(lambda t: t.text[:1] != "و", tokens[after : after + 3])  # not وجرائم جنسية
    if event == "attacks" and any(t.text in _NO_ATTACK for t in own):
        return "other"  # 6 تفجيرات نووية، تفجيرين متحكم بهما، 6 حالات اعتداء جنسي
    if event == "attacks" and noun_index is None and (toll := _toll_of_attacks(tokens, hedge)):
        return toll  # وقتلت سلسلة تفجيرات بكابول العشرات: the dead, the attacks' object
    if event in ("killed", "injured") and dead_and_wounded(tokens, after):
        return "other"  # 350 عنصرا، ما بين قتيل وجريح: both together
    struck = tokens[after : min(after + 2, clause_end)] if noun_index is None else []
    struck = list(takewhile(lambda t: t.text not in STRUCK_ON, struck))  # not عدة على مواقع
    hit = event in ACTIONS and any(lookup(t.text, TARGETS) for t in struck)
    if hit or (event in PEOPLE_EVENTS and after < clause_end and tokens[after].text in TARGETS):
        event = "other"  # strikes on 36 targets, أصابت 18 هدفا، قصف 68 هدفا: sites, no one hurt
    if (
        event in ACTIONS
        and noun_index is None
        and after < clause_end
        and _counted_other(tokens, after)
    ):
        return None  # عملية الاقتراع لاختيار 128 نائبا، يشارك فيها 18 غواصا: not operations
    attacks = after < len(tokens) and lookup(tokens[after].text, EVENT_WORDS) == "attacks"
    if event in ACTIONS and not attacks and rescue(tokens, hedge, after):
        event = "other"  # عمليات إنقاذ الأربعة، عمليتي إجلاء: rescues (not عمليات الإجلاء 4 هجمات)
    if event == "operations" and noun_index is not None:
        event = _assault(tokens, hedge, noun_index) or event  # 18 عملية إطلاق نار: attacks
        event = _killings(tokens, hedge, noun_index) or event
    attempts = after < clause_end and tokens[after].text in _ATTEMPTS
    if event in PEOPLE_EVENTS and attempts:
        return None  # ثماني محاولات شروع في القتل: attempts, no one killed
    if event == "attacks" and _foiled(tokens, hedge):
        event = "other"  # أفشلت 51 محاولة اعتداء، أحبطت أربع هجمات: foiled, not attacks
    if event == "detained" and custody.with_dismissals(tokens, hedge):
        return "other"  # توقيف أو إقالة أكثر من 140 ألف: arrests and dismissals together
    if event == "detained" and custody.sought_by_raid(tokens, hedge):
        return None  # بحملة مداهمات لاعتقال 346 شخصا: sought, not yet held
    if event in ("killed", "injured") and custody.charged_with(tokens, hedge, after):
        return None  # أدانت المحكمة 45 شخصا بقتل متظاهرين: the convicted, not the dead
    if event == "killed" and sentenced(tokens, hedge, clause_end):
        event = "other"  # حكم على 10 أشخاص بالإعدام: a sentence, not a death
    elif event == "detained" and custody.holding_now(tokens, hedge):
        event = "held"  # وتعتقل حاليا اثنين من أبنائه: held now
    elif event == "detained" and custody.held_by(tokens, after, clause_end):
        event = "held"  # 12 صحافيا مختطفين لدى الحوثيين: captives, not an arrest
    elif event == "detained" and custody.no_arrest(tokens, hedge, clause_end):
        event = "other"  # مذكرات توقيف بحق 300 عسكري، أوقفوا عن الخدمة
    hostage = noun_index is not None and tokens[noun_index].text in ("رهينه", "رهائن")
    captives = people or noun_event in ("detained", "held") or hostage  # not تحرير 12 مخالفة
    if release := releases.release(tokens, hedge, captives):
        return release  # أفرجت عن 20 معتقلا: other; طالبت بالإفراج عن 12 معتقلا: still held
    if event in ("held", "detained") and _moved(tokens, hedge):
        return "other"  # ونقل 20 معتقلا إلى مركز احتجاز، ترحيل الرجال الستة: a transfer
    if fate := fate_of_held(tokens, event, noun_event, hedge, noun_index, clause_end, people):
        return fate  # 77 معتقلا منهم قتلوا؛ في أماكن الاحتجاز 28 شخصا توفوا تحت التعذيب
    one = tokens[hedge].text in ("احد", "واحد")
    if event == "held" and _taken_in_battle(tokens, hedge, noun_index):
        return "detained"  # قتلى الميليشيا أكثر من ثمانين، مع عدد من الأسرى: captured in it
    if event == "held" and releases.freed_after(tokens, after, clause_end, one):
        return "other"  # ثمانية من المعتقلين أطلق سراحهم
    if event == "held" and custody.escaped(tokens, hedge, after, clause_end):
        return "other"  # هرب 400 معتقل: escaped
    if event in (None, "other") and role in PERSON_ROLES and _jailed(tokens, hedge):
        return "detained"  # ومنذ محاولة الانقلاب، سجن 80 ألف شخص: jailed (not في سجن)
    if event is None and wounds.taken_to_hospital(tokens, hedge, noun_index, clause_end):
        return "injured"  # نقل ثمانية أشخاص إلى المستشفى، 25 شخصا يتلقون العلاج: the wounded
    grave = wounds.in_grave_condition(tokens, noun_index, clause_end)
    others = event == "killed" and any(t.text in OTHERS for t in tokens[after : after + 2])
    others = others and not any(t.text[:3] == "كان" for t in tokens[after : after + 4])
    if grave and (event in (None, "other") or others):  # and the others than the dead (أودى
        return "injured"  # بحياة امرأة، وخلف 3 آخرين في حالة حرجة; not توفي 3 آخرون كانوا في)
    if (event is None or event == noun_event == "other") and custody.housed(
        tokens, hedge, after if noun_index is None else noun_index
    ):  # يضم مخيم الهول أكثر من 50 ألف شخص، يقيم في المخيم 8 آلاف نازح: its people
        return "held"
    return event


# An article that tells the death of everyone aboard (مقتل جميع ركابها، مصرع جميع ركابها، قتل في
# الحادث جميع من كانوا على متن الطائرة، كان على متنها 66 راكبا، وجميعهم لقوا حتفهم): its counts
# of passengers and crew are of the dead.
ALL_ABOARD_RE = re.compile(
    r"(?:مقتل|مصرع|قتل|وفاه)(?: في الحادث)? جميع (?:ركاب|الركاب|من (?:كانوا |كان )?علي متن)"
    r"|علي متن\S*[^.]{0,90}(?:وجميعهم|وكلهم) (?:لقوا|قتلوا)"
)
_PASSENGERS = frozenset("راكب راكبا ركاب الركاب راكبين".split())
_CREW = frozenset("طاقم طاقمها الطاقم متن متنها".split())
_SURVIVED = frozenset("نجا نجوا ونجا ونجوا ينجو نجاه الناجين ناجين".split())
_ABLE = frozenset("تستطيع وتستطيع يستطيع ويستطيع يمكن ويمكن يمكنها ويمكنها قادره بامكانها".split())


def aboard(tokens, hedge, noun_index) -> bool:
    """A count of the people aboard (60 راكبا، طاقمها المكون من ثلاثة أفراد), not the total a
    part of them is counted from (مقتل 39 راكبا من 40 راكبا كانوا على متنها), nor in a sentence of
    survivors (`tokens` are the count's sentence)."""
    counted_before = any(t.kind == "number" for t in tokens[max(0, hedge - 4) : hedge - 1])
    if (hedge and tokens[hedge - 1].text == "من" and counted_before) or any(
        t.text in _SURVIVED for t in tokens
    ):
        return False  # nor where the sentence tells of survivors (نجا 50 راكبا)
    able = [k for k in range(max(0, hedge - 10), hedge) if tokens[k].text in _ABLE]
    if able and any(t.text == "ان" for t in tokens[able[-1] + 1 : hedge]):
        return False  # تستطيع أن تقل حتى 40 راكبا: what it can carry
    noun = tokens[noun_index].text if noun_index is not None else ""
    crew = any(lookup(t.text, _CREW) for t in tokens[max(0, hedge - 4) : hedge])
    return crew or lookup(noun, _PASSENGERS) is not None


_CAPTIVES = frozenset(["اسري"])
# An exchange or release of captives, or the prisoners' club (نادي الأسير): prisoners kept.
_EXCHANGES = frozenset("تبادل مبادله صفقه سراح الافراج الاسير".split())


def _taken_in_battle(tokens, hedge, noun_index) -> bool:
    """Captives (الأسرى) counted in a sentence (`tokens`) that tells the dead or wounded of a
    fight, with no exchange, release, prison or verb of keeping in it (قتلى الميليشيا أكثر من
    ثمانين، مع عدد من الأسرى; وقوع العشرات أسرى): taken in that fight, not prisoners held."""
    nouns = [tokens[k].text for k in (hedge, noun_index) if k is not None]
    nouns += [t.text for t in tokens[hedge + 1 : hedge + 5] if lookup(t.text, _CAPTIVES)][:1]
    if not any(lookup(word, _CAPTIVES) for word in nouns):
        return False
    toll = any(lookup(t.text, EVENT_WORDS) in ("killed", "injured") for t in tokens)
    kept = any(
        lookup(t.text, _EXCHANGES) or lookup(t.text, CUSTODY_PLACES) or lookup(t.text, _KEEPING)
        for t in tokens
    )
    return toll and not kept  # not 6000 أسير في سجون الاحتلال، تحتجز حماس أربعة أسرى


def _two_people_before(tokens, hedge) -> bool:
    """اثنين after its noun, a person's, maybe past an adjective (مواطنين إيرانيين اثنين)."""
    if tokens[hedge].text not in _TWO:
        return False
    nouns = tokens[max(0, hedge - 2) : hedge]
    return any(lookup(t.text, SUBJECT_WORDS) in PERSON_ROLES for t in nouns)


# Captives kept, not taken: the verbs of holding but those of taking (not ياسر: a name as often
# as "he captures"), and the words of having them still.
_TAKING = frozenset("تختطف يختطف تاسر ياسر".split())
_KEEPING = (custody.HOLDING - _TAKING) | frozenset("لدي بحوزه يزال تزال".split())


def _moved(tokens, hedge) -> bool:
    """A verb of moving people, within three words before a count in its clause, with no event
    word nor أن between, not joined to an arrest nor refused (ونقل 20 معتقلا، وسلمت قسد 50
    معتقلا، ترحيل 300 سجين): a transfer."""
    for k in range(hedge - 1, max(-1, hedge - 4), -1):
        word = tokens[k].text
        if word in CLAUSE_ENDS or word in _TOLD:
            return False  # ونقلت رويترز أن 300 معتقل: reported, not moved
        if lookup(word, _MOVING):  # not أوقفت الشرطة ونقلت 25 شخصا: arrested, then moved
            joined = word[:1] == "و" and any(
                lookup(t.text, EVENT_WORDS) for t in tokens[max(0, k - 3) : k]
            )
            kept = any(lookup(t.text, _KEPT) for t in tokens[max(0, k - 3) : k])  # بعدم ترحيل
            return not (joined or kept)
        if lookup(word, EVENT_WORDS):
            return False
    return False


# Verbs and nouns of moving people from one custody or country to another.
_MOVING = frozenset(
    "نقل نقلت سينقل ترحيل رحل رحلت تسليم سلم سلمت تسلم تسلمت transferred transfer deported "
    "repatriated repatriation".split()
)
_TOLD = frozenset("ان بان عن".split())  # نقلت الوكالة أن، نقل عن: reported
_KEPT = frozenset("عدم بعدم وقف بوقف رفض رفضت يرفض ترفض".split())  # not made: still held


def _jailed(tokens, hedge) -> bool:
    """The verb سجن (jailed) opening a clause right before a count (ومنذ الانقلاب، سجن 80 ألف
    شخص), or after a "since" that opens it (ومنذ عامين سجن 80 ألف شخص), not the noun (في سجن 5
    آلاف معتقل، بوابة سجن 30 جنديا)."""
    if hedge == 0 or tokens[hedge - 1].text not in ("سجن", "وسجن"):
        return False
    opens = hedge == 1 or tokens[hedge - 1].text == "وسجن" or tokens[hedge - 2].text in CLAUSE_ENDS
    return opens or any(t.text in ("منذ", "ومنذ") for t in tokens[max(0, hedge - 4) : hedge - 2])


_TWO = frozenset("اثنين اثنان اثنتين اثنتان".split())
# A count of attempts or plots of an attack, foiled (إحباط 25 مخطط اعتداء، 25 مشروع اعتداء).
_ATTEMPTS = frozenset("محاوله محاولات مخطط مخططات مخططا مشروع مشاريع".split())
_FOILED = frozenset("افشلت افشل احبطت احبط افشال احباط foiled thwarted".split())
_BLASTS = frozenset("انفجاران انفجارين تفجيران تفجيرين".split())  # two blasts, a dual
_RESCUE_VERBS = frozenset(["انقذت", "انقذ"])  # أنقذت سبع عمليات: rescues
_PROTESTED = frozenset("تظاهر تظاهرت احتشد احتشدت".split())  # the count is a crowd, no toll
_RUNS = frozenset("سلسله موجه".split())  # a series, a wave (of attacks)
# Words after a count of attacks that make it no attack of war: tests, demolitions and sexual
# assaults (6 تفجيرات نووية، تفجيرين متحكم بهما، عدة حوادث اعتداء جنسي).
_NO_ATTACK = frozenset("نوويه النوويه متحكم جنسي جنسيه جنسيا".split())
# Verbs of a toll in the feminine or masculine past, whose subject may be the attacks.
_TOLL_VERBS = {
    **dict.fromkeys("قتل قتلت اودت اودي".split(), "killed"),
    **dict.fromkeys("اصاب اصابت جرح جرحت".split(), "injured"),
}


def _toll_of_attacks(tokens, hedge) -> str | None:
    """The event of a verb of killing or wounding right before its subject, the attacks (or a
    series of them), which come between it and the count (قتلت الهجمات في كابول العشرات، وأصابت
    سلسلة تفجيرات 40): the count is its object, the dead or the wounded; not the attacks' own
    number (قتل منفذ الهجمات الثلاث)."""
    start = max(0, hedge - 6)
    attacks = [k for k in range(start, hedge) if lookup(tokens[k].text, EVENT_WORDS) == "attacks"]
    if not attacks or attacks[-1] == hedge - 1:
        return None  # الهجمات الثلاث: the attacks' own number
    k = attacks[0] - 1
    k -= k > 0 and tokens[k].text in _RUNS  # قتلت سلسلة تفجيرات
    return lookup(tokens[k].text, _TOLL_VERBS) if k >= start else None


def _counted_other(tokens, k) -> bool:
    """A noun in the accusative right after a number (128 نائبا، 18 غواصا) that is no operation
    or attack: what the number counts, not the operation named before it."""
    word = tokens[k].text
    if len(word) < 4 or not word.endswith("ا") or word.isascii() or word in _ADVERBS:
        return False
    return lookup(word, EVENT_WORDS) is None and clauses.strike(tokens, k) is None


_ADVERBS = frozenset("ايضا تقريبا يوميا اسبوعيا شهريا سنويا اضافيا جديدا مجددا".split())


def met_their_fate(tokens, hedge, after, people: bool) -> bool:
    """قضى، سقط or سقوط right before a count of `people` with no time spent (قضى 20 عاما) nor a
    fall into hands or a well said after it (سقوط 7 عناصر في قبضة الأمن، سقوط 3 أطفال في بئر),
    or before a count and نحبهم a few words after it, in its clause (قضى 25 شخصا على الأقل نحبهم;
    not 300 شخص قضى 4 منهم نحبهم, nor لم يقض أحد نحبه)."""
    if not (hedge and tokens[hedge - 1].text in _ENDED):
        return False
    if people:
        near = list(takewhile(lambda t: t.text not in CLAUSE_ENDS, tokens[after + 1 : after + 6]))
        spent = any(lookup(t.text, _SPENT) for t in near[:3])
        return not spent and not any(t.text in _FELL_INTO for t in near)
    for t in tokens[after : after + 5]:
        if t.text in _FATES:
            return True
        if t.kind == "number" or t.text in CLAUSE_ENDS:
            return False
    return False


def _lost_their_own(tokens, hedge, after) -> bool:
    """A side that lost a count of its own people (فقدت الميليشيات اثنين من أبرز قادتها، خسر
    الجيش ثلاثة من جنوده): a verb of loss within three words before the count and من with
    their noun and its pronoun after it (not فقدت 3 نساء, "three women went missing"); فقد, as
    often "for he had", only before its subject (وفقد الجيش ثلاثة من جنوده); only the subject
    between the verb and the count (not فقدنا الاتصال مع 5 من عناصرنا، فقدنا أثر 5)."""
    verbs = [k for k in range(max(0, hedge - 3), hedge) if clauses.among(tokens[k].text, LOSING)]
    lost = bool(verbs) and all(t.text.startswith("ال") for t in tokens[verbs[-1] + 1 : hedge])
    for k in range(hedge - 1, max(0, hedge - 3), -1):  # وفقد الجيش السوري ثلاثة
        if not tokens[k].text.startswith("ال"):
            break
        lost = lost or tokens[k - 1].text in ("فقد", "وفقد")
    following = [t.text for t in tokens[after : after + 4]]
    if not lost or following[:1] != ["من"]:
        return False
    return any(own_people(word) for word in following[1:])


def dead_and_wounded(tokens, after) -> bool:
    """A count said just after it to be of the dead and the wounded together (350 عنصرا، ما بين
    قتيل وجريح): a combined figure."""
    for k in range(after, min(after + 6, len(tokens) - 2)):  # 150 عنصرا ... سقطوا بين قتيل وجريح
        if tokens[k].text[:1].isdigit() or (
            k > after and tokens[k].text not in _BETWEEN and clauses.event_of(tokens, k)
        ):
            return False  # not قتل 3 جنود في هجوم خلف 11 بين قتيل وجريح
        plural = tokens[k + 1].text.startswith("ال")  # وبين القتلى والجرحى نساء: among them
        event = tokens[k].text in _BETWEEN and not plural and clauses.event_of(tokens, k + 1)
        if event and clauses.joined_to_next_event(tokens, k + 2, event):
            return True
    return False


def _families_of(tokens, hedge, after) -> bool:
    """A count of the kin of those an event befell (التقى 40 من عائلات الضحايا، 25 من أسر
    الضحايا), with no word of an event before it (not قتل مسلحون 4 من أقارب القتيل)."""
    kin = range(after, min(after + 3, len(tokens) - 1))
    if not any(lookup(tokens[k].text, _KIN) and clauses.event_of(tokens, k + 1) for k in kin):
        return False
    return not any(clauses.event_of(tokens, j) for j in range(max(0, hedge - 3), hedge))


_KIN = frozenset(
    "عائلات عائله عوائل اسر اسره ذوي اهالي اقارب امهات اباء ابناء ارامل ازواج زوجات اشقاء".split()
)
_BETWEEN = frozenset(["بين", "وبين"])
_FATES = frozenset("نحبه نحبهم نحبهن نحبها".split())
_FELL_INTO = frozenset("قبضه يد بيد بايدي الاسر كمين فخ بئر نهر البحر الطابق سطح الانقاض".split())
_ENDED = frozenset("قضي وقضي قضت وقضت سقط وسقط فسقط سقوط بسقوط وسقوط".split())  # سقط 132 مدنيا
# Time spent, after قضى and a count of people (قضى 12 مدنيا ليلتهم في العراء): no deaths.
_SPENT = frozenset(
    "يوم يوما ايام اسبوع اسبوعا اسابيع شهر شهرا اشهر شهور سنه سنوات عام عاما اعوام ساعه ساعات "
    "ليله ليلتهم ليلته ليالي وقتا فتره مده عطله".split()
)


# A search for the lost after an operation noun (60 طلعة للمروحيات في العثور على أثر للطائرة;
# not عملية دهم بحثا عن مطلوبين, a raid).
_SEARCHES = frozenset("العثور البحث للبحث بحثا".split())
_LOST = frozenset("اثر المفقودين مفقودين الناجين ناجين الطائره حطام".split())


def _search_for_the_lost(words) -> bool:
    """A search word followed within three words by the lost (العثور على أثر، البحث عن المفقودين)."""
    searches = [k for k, t in enumerate(words) if t.text in _SEARCHES]
    return any(t.text in _LOST for k in searches[:1] for t in words[k + 1 : k + 4])


def rescue(tokens, hedge, after) -> bool:
    """Whether the operations a count (its first token `hedge`, the token after it `after`)
    counts are rescues, evacuations or relief: the word after an operation noun right before
    the count (عمليات إنقاذ الأربعة), or the count's own noun (عمليتي إنقاذ), or after its
    operation noun (250 عملية إنقاذ), or a verb of rescue before it (أنقذت سبع عمليات), or a
    search after its noun (60 طلعة للمروحيات ... في العثور على أثر للطائرة); not a
    rescue team that reports strikes (قالت فرق الإنقاذ إن 20 غارة)."""

    def operation(k: int) -> bool:
        return 0 <= k < len(tokens) and lookup(tokens[k].text, EVENT_WORDS) == "operations"

    def saving(k: int) -> bool:
        return 0 <= k < len(tokens) and bool(lookup(tokens[k].text, RESCUES))

    return (
        (saving(hedge - 1) and operation(hedge - 2))
        or (hedge > 0 and bool(lookup(tokens[hedge - 1].text, _RESCUE_VERBS)) and operation(after))
        or saving(after)
        or (operation(after) and saving(after + 1))
        or (operation(after) and _search_for_the_lost(tokens[after + 1 : after + 9]))
    )


def not_counted(tokens, event, role, written, noun_index, after) -> bool:
    """A number with an event that is still no count of it: things (إثر إطلاق 200 صاروخ، 4 بيوت),
    a single operation or attack (في هجوم واحد), a rate (لكل 100 ألف نسمة), operations of
    surgeons or trade (500 ألف عملية إجهاض), of seizures, of exchanging prisoners or of launching
    munitions (70 عملية إطلاق صواريخ), attacks online, the ill or shocked (`wounds.of_illness`)."""
    word = tokens[after].text if noun_index == after else ""
    means = word[:1] == "ب" and word not in _B_NOUNS  # بقذيفة، 7 بيت لاهيا (not بيوت)
    counted = noun_index == after and not means
    people = event in PEOPLE_EVENTS or event == "personnel"  # 150 ألف جندي ونحو 100 طائرة
    if (people or event in ACTIONS) and role in THING_ROLES and counted:
        return True  # and raids that destroyed 12 houses (دمرت 12 منزلا): no operations
    if event in ACTIONS and written in ONE_WORDS:
        return True
    per = [k for k in range(after, min(after + 4, len(tokens) - 1)) if tokens[k].text in _PER]
    linked = [k for k in per if all(t.text in _PER_LINKS for t in tokens[after + 1 : k])]
    if any(clauses.is_number(tokens[k + 1]) for k in linked):
        return True  # 106 حالات من بين كل 100 ألف شخص: a rate (not في غارات كل 3 ساعات)
    following = tokens[after + 1].text if counted and after + 1 < len(tokens) else ""
    cyber = following in _CYBER or (after < len(tokens) and tokens[after].text == "cyber")
    second = tokens[after + 2].text if counted and after + 2 < len(tokens) else ""  # of whom
    civil = following in _CIVIL_OPERATIONS or following in _SEIZURES
    civil = civil or (following.removeprefix("ل") == "تبادل" and lookup(second, _EXCHANGED))
    if (event == "operations" and civil) or (event in ACTIONS and cyber):
        return True  # 1.8 مليون عملية سداد، 98 ألف عملية مصادرة مخدرات، 25 مليون هجوم إلكتروني
    fired = lookup(following, _LAUNCHES) and lookup(second, SUBJECT_WORDS) == "weapons"
    if event == "operations" and fired:
        return True  # 70 عملية إطلاق صواريخ: munitions fired (not عملية إطلاق نار, a shooting)
    return event == "injured" and wounds.of_illness(tokens, after)


_PER = frozenset(["كل", "لكل"])  # before a number: "per" (لكل 100 ألف نسمة)
_PER_LINKS = frozenset(["من", "بين", "في"])  # between a count's noun and "per" (من بين كل)
_B_NOUNS = frozenset(w for w in SUBJECT_WORDS if w[:1] == "ب" and w != "بيت")  # بيوت: no clitic
# What an operation that is no security operation is of (عمليات جراحية، عملية بتر، عمليات بيع).
_CIVIL_OPERATIONS = frozenset("جراحيه اجهاض تجميل ولاده قيصريه بيع شراء سداد بتر".split())
# Who are exchanged in an operation of exchange (ثلاث عمليات لتبادل أسرى; not تبادل إطلاق نار).
_EXCHANGED = frozenset("اسري الاسري اسير محتجزين المحتجزين سجناء السجناء معتقلين جثث الجثث".split())
# Operations of seizing goods (98 ألف عملية مصادرة مخدرات، 30 عملية ضبط): counts of what was
# seized, as the guide's things are, not of security operations.
_SEIZURES = frozenset("مصادره ضبط حجز".split())
_LAUNCHES = frozenset(["اطلاق"])  # looked up: لإطلاق too
_CYBER = frozenset("الكتروني الكترونيه سيبراني سيبرانيه معلوماتي cyber".split())  # attacks online


def _assault(tokens, hedge, k) -> str | None:
    """For an operation at `k` of a kind attackers carry out, a suicide, stabbing, ramming,
    shooting or terrorist one (عمليات انتحارية، العمليات الإرهابية، عملية إطلاق نار): `attacks`,
    or `other` where foiled (أحبطت 5 عمليات انتحارية: attempts); None where a force did it (5
    عمليات إطلاق نار نفذتها قوات الأمن) or for any other operation."""
    following = [t.text for t in tokens[k + 1 : k + 3]]
    shooting = following[:1] == ["اطلاق"] and following[1:] in (["نار"], ["النار"], ["الرصاص"])
    if not following or not (following[0].removeprefix("ال") in ASSAULTS or shooting):
        return None
    if _foiled(tokens, hedge):
        return "other"
    forces = any(lookup(t.text, _FORCES) for t in tokens[max(0, hedge - 4) : k + 7])
    return None if forces else "attacks"


def _killings(tokens, hedge, k) -> str | None:
    """For operations (عمليات) at `k` of killing (عمليات القتل، 120 عملية اغتيال، عمليات إعدام):
    the killed, or `other` where foiled (أحبطت 5 عمليات اغتيال); none for operations in which
    a toll told before fell (وقتل 11 شخصا في 4 عمليات اغتيال)."""
    killing = k + 1 < len(tokens) and tokens[k + 1].text.removeprefix("ال") in _KILLING
    within = hedge > 0 and tokens[hedge - 1].text == "في"
    if not killing or tokens[k].text not in ("عمليه", "عمليات") or within:
        return None
    return "other" if _foiled(tokens, hedge) else "killed"


_KILLING = frozenset("قتل اغتيال اغتيالات اعدام اعدامات".split())
_FORCES = frozenset("قوات القوات الجيش الشرطه الامن".split())


def _foiled(tokens, hedge) -> bool:
    """A word of foiling in the four words before a count (أفشلت السلطات 51 محاولة)."""
    return any(lookup(t.text, _FOILED) for t in tokens[max(0, hedge - 4) : hedge])
