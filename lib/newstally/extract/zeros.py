"""Stated zeros: a negation, then event words, then who was not hurt (`لم تسفر ... عن إصابة أو
قتل أي من`, "no US forces were killed or injured": two zeros, killed and injured); not a zero
aimed at (بما يضمن ... دون خسائر) nor a claim not made (لم تعلن أي جهة المسؤولية عن الاختطاف)."""

from __future__ import annotations

from itertools import takewhile

from . import clauses
from .clauses import among
from .layout import is_initial
from .lexicon import (
    BARE_TOLLS,
    CASUALTIES_OF_ONE,
    CLAUSE_ENDS,
    DISEASES,
    EVENT_WORDS,
    FORCE_SUBJECTS,
    ZERO_BRIDGES,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, THING_ROLES, is_singular
from .numbers import NumberMention
from .one_person import HE

# Words of occurrence: a zero's bridge after عدم only (عدم وقوع إصابات; لا يمكن التحقق من وقوع
# قتلى is no zero), and after دون what is denied, not whose it is (دون إيقاع الإصابات: `_whose`).
_OCCURRENCES = frozenset("وقوع سقوط وجود تسجيل حدوث حصول ايقاع احداث".split())
_HEDGE_VERBS = frozenset(["يقل", "تقل"])  # after a negation: "no fewer than", a qualifier
# After a negation, what cannot be (لا يمكن تصورها عن عمليات قتل): no zero of what follows.
_CANNOT = frozenset("يمكن يمكنني يمكننا يمكنه يمكنها يستطيع تستطيع".split())
_NO_LONGER = frozenset(["يعد", "تعد"])  # لم يعد القتل يخيفهم: no longer, not none
# "Lives", an event word only after a verb of taking (لم تود بحياة أحد; not لا يتمتع بحياة).
_LIVES = frozenset(["بحياه"])
_TAKING = frozenset("اودي اودت يودي تودي يود تود".split())
# After a negation, a word of mentioning, disclosing, announcing or apologizing: "without
# mentioning any injuries" (دون ذكر أي إصابات، لم يذكر، لم يكشف، لم تعلن طهران عن وقوع قتلى، لم
# يعتذر عن احتجاز البنات) says nothing of a toll, which is no zero (but `_none_reported`).
_UNSAID = frozenset(
    "ذكر يذكر تذكر الاشاره يشر تشر تقديم يقدم تقدم الكشف يكشف تكشف تحديد يحدد تحدد "
    "يعلن تعلن الاعلان يعتذر تعتذر يعتذروا تعتذروا نعتذر اعتذار mentioning mention".split()
)
_FIGURES = frozenset("حصيله عدد اعداد تفاصيل ارقام اسم اسماء هويه هويات حجم".split())  # عن حصيلة
# After a negation, event words in forms that mean something else elsewhere: لم يصب بأذى (was
# not hurt) is the jussive of أصيب, while يصب alone is "pours" (يصب في مصلحة); and "no
# casualties", the dead as ضحايا is (a count of casualties is the dead and wounded together).
_NEGATED_EVENT_WORDS = {
    **EVENT_WORDS,
    "يصب": "injured",
    "تصب": "injured",
    "يسقط": "killed",
    "casualties": "killed",
}
_FALLS = frozenset(["يسقط"])  # لم يسقط أي مواطن: a zero only before أي (not لم يسقط النظام)
# Words of exception: "none but the attacker" (لم يصب أحد باستثناء المهاجم) states no zero; not
# إلا أن ("however") nor "nothing but damage" (سوى أضرار مادية).
_EXCEPTIONS = frozenset("سوي باستثناء عدا ماعدا except apart besides".split())
_DAMAGE = frozenset("اضرار الاضرار خسائر الخسائر damage".split())
# Words that do not take a zero's event further from its negation: damage beside it, "or",
# "immediate" reports (لم ترد تقارير فورية عن وقوع أضرار أو إصابات).
_ASIDES = frozenset("اضرار الاضرار ماديه او فوريه".split())
_REPORTS = frozenset("تقارير انباء بلاغات report reports".split())
# The dead and wounded as such (not مقتل الضابط), in English too ("no casualties").
_CASUALTIES = BARE_TOLLS | {"اصابات", "ضحايا", "casualties", "injuries", "deaths", "fatalities"}
_PASSIVE = frozenset(["were", "was"])  # "forces were killed": the zero's own verb, further on
# لم ينتج عن ... أية إصابات: a result denied, its noun after أي a few words on (not لم يتسن
# التحقق من وقوع أي إصابات: nothing known)
_ANY = frozenset(["اي", "ايه"])
_TO_ANY = frozenset("لاي لايه باي بايه".split())  # after a verb of result: لم يؤد لأي إصابة
_RESULTING = frozenset("ينتج تنتج يسفر تسفر يخلف تخلف يؤد تؤد يتسبب تتسبب".split())
_NOT = frozenset(["ليس", "ليست"])  # before هناك: there are no (وليس هناك أي إصابات)
_BEING = frozenset("كان كانت يكن تكن يكون تكون يوجد توجد".split())  # لم تكن هناك إصابات
_WITHOUT = frozenset(["دون", "بدون"])  # دون أن يخلف ضحايا: the verb after أن
# Verbs of aim before دون in its clause (بما يضمن تحرير المدينة دون خسائر بشرية): a zero aimed at,
# not told (not تضمن, "included" as often, nor لتجنب: تفكيك العبوة لتجنب انفجارها دون إصابات).
_AIMS = frozenset("يضمن لضمان ضمان يكفل ويضمن".split())
_DEEDS = frozenset("قتل اعتقال اغتيال خطف ايذاء".split())  # verbal nouns: what one means to do
_MEANT = frozenset(  # verbs of meaning or wanting to
    "يرد ترد يقصد تقصد يتعمد تتعمد ينو تنو يريد تريد يريدون نريد".split()
)
# Care given to the hurt: denied right before "any of them", it is no zero of them (لم يجر إجلاء
# أي من المصابين; not لم يشهد نقل السجناء أي إصابات, where the move caused none).
_RESPONSIBILITY = frozenset(
    "المسؤوليه مسؤوليه مسؤوليتها مسؤوليته مسؤوليتهم المسئوليه مسئوليه مسئوليتها مسئوليته".split()
)
_CARE_GIVEN = frozenset("اجلاء نقل علاج اسعاف انقاذ تسليم دفن".split())


def stated_zeros(tokens, mentions, normalized) -> list[tuple[NumberMention, str, str | None]]:
    """(the zero, its event, who) for each event a negation in the sentence's tokens denies, and
    the dead where damage is said to be only material (`_material_end`)."""
    found = []
    for i, token in enumerate(tokens):
        material = _material_end(tokens, i)
        if material:  # اقتصرت الأضرار على الماديات: no one killed
            end = tokens[material].norm.end
            found.append(
                (NumberMention(token.norm.start, end, 0, "exact", token.norm.start), "killed", None)
            )
            continue
        there = False
        if not clauses.is_negation(token.text):
            there = among(token.text, _NOT) and i + 1 < len(tokens) and tokens[i + 1].text == "هناك"
            if not there:
                continue  # لم، ولم، فلا; وليس هناك أي إصابات
        elif i + 1 < len(tokens) and tokens[i + 1].text == "سيما":
            continue  # لا سيما توقيف المئات: "especially", no negation
        if token.text in _WITHOUT and _aimed_at(tokens, i):
            continue  # بما يضمن تحرير المدينة دون خسائر بشرية: an aim
        at = [k for k in range(i + 1, min(i + 13, len(tokens))) if not _passed_over(tokens, k)][:8]
        window = [tokens[k] for k in at]  # No U.S. personnel: the points passed over
        that = len(window) > 1 and window[0].text == "ان" and among(token.text, _WITHOUT)
        unsaid = window and window[that].text in _HEDGE_VERBS | _UNSAID | _CANNOT | _NO_LONGER
        he = i > 0 and tokens[i - 1].text in HE  # لكنه لم يعلن عن قتلى: he, not impersonal
        if unsaid and (he or not _none_reported(window[that:])):
            continue  # ما لا يقل عن، دون ذكر إصابات، لا يمكن تصور عمليات قتل
        unknown = len(window) > 2 and window[1].text in _ANY and window[2].text == "معلومات"
        if unknown or any(t.text == "معلومات" for t in window[:2]):
            continue  # لا توجد معلومات عن وقوع قتلى، لا يملك أي معلومات: nothing known
        wanted = len(window) > 1 and window[0].text in _MEANT and window[1].text in _DEEDS
        if wanted:  # لم يرد قتل الضحية، لم تقصد قتل زوجها: did not mean to (not لم يرد قتلى)
            continue
        stop = next((k for k, t in enumerate(window) if t.text in CLAUSE_ENDS), len(window))
        window = window[:stop]  # لم تعتقل أي شخص، كما لم تحدث إصابات: two zeros
        events = []
        for k, t in enumerate(window):
            event = _event(window, k)
            if event not in ("killed", "injured", "detained") or event in events:
                continue
            if t.text.endswith("الاسر") and not (k and window[k - 1].text in ("في", "من")):
                continue  # الأسر: families (لم شمل الأسر), unless in or out of it (وقع في الأسر)
            if t.text in _LIVES and not any(w.text in _TAKING for w in window[:k]):
                continue  # لا يتمتع بحياة جيدة: "life", no toll
            if t.text in _FALLS and not _falls_a_person(window, k):
                continue  # لم يسقط النظام، لم يسقط أي صاروخ
            aimed = any(aimed_at(w.text) for w in window[k + 1 : k + 3])  # لم تصب أي هدف
            aimed = aimed or (event == "injured" and _thing_hit(window[k + 1 : k + 4]))
            ill = any(lookup(w.text, DISEASES) for w in window[k + 1 : k + 3])
            if aimed or ill:  # لم يصب هدفه، لم تصب أي طائرة: no one; لم تسجل أي إصابة بالفيروس
                continue
            if k > 2 and window[k - 2].text == "اي" and lookup(window[k - 3].text, _CARE_GIVEN):
                continue  # لم يجر إجلاء أي من المصابين: the wounded were not moved
            if any(w.text in _RESPONSIBILITY for w in window[:k]):
                continue  # لم تعلن أي جهة المسؤولية عن الاختطاف: no claim, not no one taken
            noun = token.text.endswith("عدم")  # عدم وقوع إصابات; not عدم إنصاف الضحايا
            if noun and k > 1 and window[k - 1].text == "في":
                continue  # عدم وجود شبهة جنائية في الوفاة، في وفاة الشاب: a death, not none
            bridges = ZERO_BRIDGES | _OCCURRENCES if noun else ZERO_BRIDGES
            indefinite = that and k == 2 and not t.text.startswith("ال")  # دون أن يخلف ضحايا
            verb = (k <= 1 or indefinite) and not noun  # not دون أن يسمي القتلى
            verb = verb and not _whose(token, window, k)  # not دون علم الضحايا
            between = [w.text for w in window[:k]]
            if between[-1:] and between[-1] in _ANY:
                between = between[:-1]  # هناك أي إصابات
            being = len(between) == 1 or (len(between) == 2 and between[0] in _BEING)
            none_there = between[-1:] == ["هناك"] and being  # ليس هناك، لم تكن هناك
            bridged = k == 0 or verb or any(w.text in bridges for w in window[:k]) or none_there
            bridged = bridged or _caused(window, k) or _english_noun_phrase(token, window[:k], t)
            bridged = none_there if there else bridged  # not ليس هناك تأكيد لعدد القتلى
            near = 5 if t.text in _CASUALTIES and _reported(window[:k]) else 4
            near = 7 if k and window[k - 1].text in _PASSIVE else near  # No Afghan or coalition
            resulting = k and window[k - 1].text in _ANY and window[0].text in _RESULTING
            near = 6 if resulting else near  # لم ينتج عن اعتراض الصاروخين أية إصابات
            said = k - sum(w.text in _ASIDES for w in window[:k])  # عن وقوع أضرار أو إصابات
            own = bridged and said <= near and not clauses.is_purpose(window, k)
            if own or (events and t.text not in _DAMAGE):  # لم يصب أحد فيما وقعت خسائر بشرية
                events.append(event)
        if not events or _but(window):
            continue  # لم يصب أحد باستثناء المهاجم: "none but Y" is no zero
        last = max(k for k in range(len(window)) if _event(window, k))
        if window[last].text in _DAMAGE:  # خسائر بشرية، خسائر في الأرواح: all its words
            last += 1 if window[last + 1].text in ("بشريه", "بالارواح") else 2
        end_index = min(at[last] + 6, len(tokens))
        forces = [
            e
            for _, _, e in mentions.at(window[last].norm.end, clauses.span_end(tokens, end_index))
            if e.canonical_id in FORCE_SUBJECTS
        ]
        roles = [lookup(t.text, SUBJECT_WORDS) for t in tokens[i + 1 : end_index]]
        subject = (
            FORCE_SUBJECTS[forces[0].canonical_id]
            if forces
            else next((r for r in roles if r), None)
        )
        stop = clauses.span_end(tokens, at[last] + 1)
        if forces:
            stop = normalized.from_raw(forces[0].start, forces[0].end)[1]
        zero = NumberMention(token.norm.start, stop, 0, "exact", token.norm.start)
        found += [(zero, event, subject) for event in events]
    return found


def _none_reported(window) -> bool:
    """يُعلن عن, impersonal, after a negation: none reported, a zero (ولم يعلن عن وقوع إصابات;
    not لم يعلن عن حصيلة للقتلى, nor لم تعلن طهران عن وقوع قتلى, whose subject kept silent)."""
    words = [t.text for t in window[:3]]
    return words[:2] == ["يعلن", "عن"] and len(words) == 3 and not lookup(words[2], _FIGURES)


def _aimed_at(tokens, i) -> bool:
    """A verb of aim in the five words before دون at `i`, in its clause (`_AIMS`)."""
    before = takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(tokens[max(0, i - 5) : i]))
    return any(t.text in _AIMS for t in before)


def _whose(token, window, k) -> bool:
    """A definite event word right after دون or لا and a verbal noun: whose it is, not what is
    denied (دون علم الضحايا، بدون موافقة المعتقلين، ولا تحميل الضحايا أدنى مسؤولية، لا بإجلاء
    الجرحى; not دون وقوع الإصابات)."""
    definite = k == 1 and window[1].text.startswith("ال")
    negation = token.text in _WITHOUT or (token.text in ("لا", "ولا") and window[0].text != "حتي")
    return negation and definite and window[0].text not in _OCCURRENCES  # not ولا حتى الجرحى


def _event(window, k) -> str | None:
    """The event a word of the zero's window denies: its own, or the dead for human losses
    (لم ترد تقارير عن خسائر بشرية، لم تقع خسائر في الأرواح، لم يخلف خسائر بالأرواح)."""
    following = [t.text for t in window[k + 1 : k + 3]]
    human = window[k].text in _DAMAGE and (
        following[:1] in (["بشريه"], ["بالارواح"]) or following == ["في", "الارواح"]
    )
    return "killed" if human else lookup(window[k].text, _NEGATED_EVENT_WORDS)


def _caused(window, k) -> bool:
    """Losses or casualties at `k` (or any casualty after لأي or بأي) that a verb of result
    right after the negation denies, its subject between (لم يخلف القصف خسائر بالأرواح، لم يؤد
    لأي إصابة; not لم يسفر الهجوم الذي قتل فيه 5 جنود)."""
    to_any = k > 1 and window[k - 1].text in _TO_ANY  # لم يؤد لأي إصابة
    lost = window[k].text in _DAMAGE or window[k].text in _CASUALTIES or to_any
    between = [w.text for w in window[1:k]]
    relative = any(w in ("الذي", "التي") or lookup(w, EVENT_WORDS) for w in between)
    near = k - between.count("في") <= 3  # لم تتسبب العاصفة في سقوط ضحايا
    return near and window[0].text in _RESULTING and lost and not relative


def _material_end(tokens, i) -> int | None:
    """The token of "material" where damage, right before the verb at `i` or its subject right
    after it, is said to be limited to it (الأضرار اقتصرت على الماديات، اقتصرت الخسائر على
    الأضرار المادية): a stated zero of the dead, as the gold reads it (not اقتصر التعويض على
    الخسائر المادية)."""
    around = [t.text for t in tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 2]]
    if not lookup(tokens[i].text, _LIMITED) or not any(w in _DAMAGE for w in around):
        return None
    following = tokens[i + 1 : i + 5]
    return next((i + 1 + k for k, t in enumerate(following) if t.text in _MATERIAL), None)


_LIMITED = frozenset("اقتصرت اقتصر".split())
_MATERIAL = frozenset("الماديات الماديه ماديه".split())


def _reported(words) -> bool:
    """Any reports, before the dead and wounded (لم ترد أي تقارير بشأن وقوع قتلى): the zero
    may reach one word further."""
    return any(w.text in ("اي", "ايه") for w in words) and any(w.text in _REPORTS for w in words)


def _english_noun_phrase(negation, between, noun) -> bool:
    """ "No" and the English words of a noun phrase before the casualty noun: "no U.S. or
    coalition casualties", "no civilian injuries" (not past a verb or a clause)."""
    words = [t.text.casefold() for t in between]
    plain = all(t.text.isascii() and t.text.isalpha() for t in between)
    framed = any(  # no way to verify, no comment on, no shortage of (not "no reports of")
        w in _FRAMES and not (w == "of" and j and words[j - 1] in _REPORTS)
        for j, w in enumerate(words)
    )
    nominal = noun.text.casefold() in _CASUALTIES  # not "killed no one and injured"
    unsaid = set(words) & _NOT_A_NOUN_PHRASE
    return negation.text.casefold() == "no" and plain and nominal and not (framed or unsaid)


_FRAMES = frozenset("of on for to about over from in at by with and but more".split())
# Verbs, and nouns of news unknown ("no word on casualties": nothing known, no zero).
_NOT_A_NOUN_PHRASE = frozenset(
    "were was are is been be have has had said say says word information details "
    "confirmation".split()
)


def _passed_over(tokens, k) -> bool:
    """The point after a single letter ("U.S.", whose points end no clause) and "so far" (لم
    ترد تقارير حتى الآن عن وقوع خسائر بشرية أو إصابات): what the zero's window reads past."""
    so_far = ("حتي", "الان") in (
        (tokens[k].text, tokens[k + 1].text if k + 1 < len(tokens) else ""),
        (tokens[k - 1].text if k else "", tokens[k].text),
    )
    return (tokens[k].text == "." and k > 0 and is_initial(tokens[k - 1].text)) or so_far


def _but(window) -> bool:
    """An exception in the zero's window that names what was hurt ("none but the attacker"),
    not damage (لم يسفر عن إصابات سوى أضرار مادية: still a zero)."""
    return any(
        lookup(t.text, _EXCEPTIONS) and not (k + 1 < len(window) and window[k + 1].text in _DAMAGE)
        for k, t in enumerate(window)
    )


def _thing_hit(after) -> bool:
    """A thing right after a verb of hitting, maybe after أي (من): what was not hit (لم تصب أي
    طائرة، لم يصب أي من الطائرات), no one's wounds (not لم يصب سائق السيارة)."""
    words = [t.text for t in after]
    words = words[2:] if words[:2] == ["اي", "من"] else words[1:] if words[:1] == ["اي"] else words
    return bool(words) and lookup(words[0], SUBJECT_WORDS) in THING_ROLES


def aimed_at(word: str) -> bool:
    """A target after a verb of hitting (لم يصب هدفه، لم تصب الأهداف): a strike that missed."""
    return word.removeprefix("ال").startswith(("هدف", "اهداف"))


def _falls_a_person(tokens, k) -> bool:
    """Whether the verb of falling at `k` is said of people: أي and a person or casualty after
    it (لم يسقط أي مواطن، أي قتيل، أي من الجنود; not أي صاروخ, nor the regime)."""
    following = [t.text for t in tokens[k + 1 : k + 3]]
    if len(following) < 2 or following[0] not in ZERO_BRIDGES:
        return False
    noun = following[1]
    person = lookup(noun, SUBJECT_WORDS) in PERSON_ROLES or is_singular(noun)
    return noun == "من" or person or noun in CASUALTIES_OF_ONE or noun in BARE_TOLLS
