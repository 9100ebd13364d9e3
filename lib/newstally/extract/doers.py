"""Who carried out what a count counts: an armed group's operations are the guide's attacks, a
state's attacks its operations, and those at whose hands people died are no toll."""

from __future__ import annotations

from .clauses import is_number
from .lexicon import CARRYING_OUT, CARRYING_OUT_NOUNS, CLAIMS, CLAUSE_ENDS, lookup

GROUP_REACH = 10  # tokens back from a count of operations to the armed group that did them


def by_armed_group(tokens, hedge, is_group) -> bool:
    """Operations an armed group (`is_group`) carried out or claimed (the guide's attacks), in
    the count's clause before it: a claim next to the group (تبنى التنظيم، أعلن التنظيم مسؤوليته
    عن; not أعلن الجيش مسؤوليته عن 4 غارات), or the group right after a verb of carrying out
    (نفذ التنظيم 7 عمليات، العمليات التي نفذها التنظيم ... 150 عملية) or before its noun
    (أعلن التنظيم تنفيذ 7 عمليات), or in English before it
    ("ISIS conducted 12 operations"); not a group after ضد, "against" (نفذت القوات 11 عملية ضد
    خلايا التنظيم), nor one before an Arabic verb (ملاحقة خلايا التنظيم نفذت القوات 12 عملية)."""
    for k in range(hedge - 1, max(-1, hedge - GROUP_REACH), -1):
        word = tokens[k]
        if word.text in CLAUSE_ENDS or is_number(word):
            return False
        if lookup(word.text, CLAIMS) and any(map(is_group, tokens[max(0, k - 3) : k + 3])):
            return True
        before = tokens[k - 1] if k else None
        if before and is_group(word) and lookup(before.text, CARRYING_OUT):
            return True  # نفذ التنظيم
        if before and is_group(before) and word.text in CARRYING_OUT_NOUNS:
            return True  # أعلنت الهيئة تنفيذ 3 عمليات: the group's own claim
        if before and word.text.isascii() and is_group(before) and lookup(word.text, CARRYING_OUT):
            return True  # "ISIS conducted"
    return False


def by_whom(event: str | None, tokens, hedge, noun, mentions) -> str | None:
    """The event as its doer makes it: an armed group's operations are attacks (نفذ التنظيم 7
    عمليات, `by_armed_group`), those who killed, wounded or took people are no toll
    (`_by_hands`), and a state's attacks are operations: its army or forces after ل past the
    noun (هجومين منفصلين لـ"قوات سوريا الديمقراطية"، هجومان لجيش النظام), or a government, army
    or country by a verb of carrying out (الحكومة السورية نفذت ثلاث هجمات، نفذ الجيش الإسرائيلي
    200 هجوم، اعترفت إسرائيل أنها نفذت أكثر من 200 هجوم)."""
    if event == "operations" and by_armed_group(tokens, hedge, mentions.is_armed_group):
        return "attacks"
    if event in ("killed", "injured", "detained") and _by_hands(tokens, hedge):
        return "personnel"  # قتل على يد مجموعة من 15 سعوديا، قتل برصاص شخصين: the killers
    if event != "attacks":
        return event
    after = [t.text for t in tokens[noun + 1 : noun + 5] if t.text not in '"«»'] if noun else []
    words = " ".join(after).replace("ل ", "ل").split()  # لـ"قوات: ل apart from its noun
    reach = 1 if words[:1] and words[0] in _PREPOSITIONS else 2  # not على مواقع للجيش
    if any(_forces(w, words[n + 1 : n + 2]) for n, w in enumerate(words[:reach])):
        return "operations"
    for k in range(hedge - 1, max(-1, hedge - 5), -1):
        if lookup(tokens[k].text, CARRYING_OUT):
            before = tokens[max(0, k - 3) : k]
            cut = [n + 1 for n, t in enumerate(before) if t.text in _CLAUSE_OPENERS]
            subject = before[max(cut, default=0) :] + tokens[k + 1 : hedge]  # نفذ الجيش too
            if any(map(mentions.is_armed_group, subject)):
                return event  # وقال الجيش إن التنظيم شن 3 هجمات: the group's
            return "operations" if any(_state(t, mentions) for t in subject) else event
    return event


def _by_hands(tokens, hedge) -> bool:
    """The count comes right after على يد/أيدي, بأيدي or برصاص (or after مجموعة من, عصابة من
    there): those who did it (not قتل برصاص الجيش وأصيب 220، على أيدي الحوثيين إلى 120)."""
    k = hedge
    while k > 1 and tokens[k - 1].text in _GROUP_OF:
        k -= 1
    before = [t.text for t in tokens[max(0, k - 2) : k]]
    return before[-1:] in (["برصاص"], ["بايدي"], ["بيد"]) or before in (
        ["علي", "يد"],
        ["علي", "ايدي"],
    )


_GROUP_OF = frozenset("من مجموعه مكونه عصابه خليه".split())


def _forces(word: str, following: list[str]) -> bool:
    """ل + an army or forces: للجيش، لقوات، للقوات, and لجيش only before النظام or الاحتلال."""
    if word[:1] != "ل" or word.lstrip("ل") not in _FORCES:
        return False
    return word != "لجيش" or following[:1] in (["النظام"], ["الاحتلال"])


def _state(token, mentions) -> bool:
    """A government, an army, or a country not named as a place (تونس منذ شن هجومين: where)."""
    country = mentions.is_country(token.norm.start)
    return token.text in _GOVERNMENTS or (country and not mentions.after_locative(token.norm.start))


_FORCES = frozenset("جيش قوات".split())  # after ل and ال taken off: لجيش، للقوات
_PREPOSITIONS = frozenset("علي ضد في من".split())
_CLAUSE_OPENERS = frozenset("ان بان لان الذي التي الذين ,".split())  # قال الجيش إن التنظيم شن
_GOVERNMENTS = frozenset("الحكومه الجيش القوات".split())
