"""Who the wounded are where no event word counts them: people taken to hospital, under
treatment or in a grave condition; and who are counted as struck but are ill. A part of the
tally extractor's rereading of a count."""

from __future__ import annotations

from .lexicon import ACTIONS, DISEASES, EVENT_WORDS, OTHERS, lookup
from .nouns import PERSON_ROLES, SUBJECT_WORDS

# Taken to hospital or treated: the people counted are wounded.
_TAKEN = frozenset("نقل نقلوا ادخل ادخلوا ادخال اسعف اسعاف يتلقون تلقوا تلقي يتلقي".split())
_TREATED = frozenset("عولج عولجوا عولجت علاج".split())  # care itself (not يعالج, "addresses")
_PATIENTS = frozenset("مريض مريضا مرضي مريضه".split())  # the ill, not the wounded
_CARE = ("مستشف", "المستشف", "مشف", "المشف", "مشاف", "العلاج", "علاج")  # after ل too: للمستشفى


def taken_to_hospital(tokens, hedge, noun_index, clause_end) -> bool:
    """A count of people (its noun at `noun_index`) with no event taken to hospital or under
    treatment: a verb of taking just before the count or after its noun and a hospital or
    treatment word after its noun, in its clause, or a word of treatment itself there (ونقل ما
    لا يقل عن ثمانية أشخاص إلى المستشفى، 25 شخصا يتلقون العلاج، 18 شخصا عولجوا، تم علاج 136
    شخصا، نقلوا للمستشفى; not تم تجهيز 10 مستشفيات, nor patients or people treated for a
    disease, تلقى 1200 شخص العلاج من الكوليرا، للمرضى ... نقل 89 شخصا منهم للمستشفيات)."""
    following = _after_people(tokens, noun_index, clause_end)
    before = tokens[max(0, hedge - 4) : hedge]
    people = bool(following) and not lookup(tokens[noun_index].text, _PATIENTS)
    treated = people and any(lookup(t.text, _TREATED) for t in before + following)
    taken = any(lookup(t.text, _TAKEN) for t in before + following)
    earlier = tokens[max(0, hedge - 16) : hedge]  # the sick counted before (للمرضى ... 89 منهم)
    ill = any(lookup(t.text, DISEASES) or lookup(t.text, _PATIENTS) for t in earlier + following)
    cared = treated or any(t.text.lstrip("ل").startswith(_CARE) for t in following)
    return (taken or treated) and not ill and cared


def _after_people(tokens, noun_index, clause_end) -> list:
    """The six tokens after a noun of people (or "others", نقل 30 آخرين) at `noun_index`, within
    its clause; none for a noun of anything else."""
    noun = tokens[noun_index].text if noun_index is not None else ""
    if lookup(noun, SUBJECT_WORDS) not in PERSON_ROLES and noun not in OTHERS:
        return []
    return tokens[noun_index + 1 : min(noun_index + 7, clause_end)]


_GRAVE = frozenset("خطيره حرجه خطره الخطر".split())


def in_grave_condition(tokens, noun_index, clause_end) -> bool:
    """People (their noun at `noun_index`) said in its clause to be in a grave or critical
    condition (ثلاثة أشخاص نجوا وهم في حالة خطيرة، 4 جنود في حالة حرجة): wounded."""
    words = [t.text for t in _after_people(tokens, noun_index, clause_end) if t.text != "صحيه"]
    pairs = zip(words, words[1:], strict=False)  # في حالة صحية حرجة: its health, no other word
    return any(a.endswith("حاله") and b in _GRAVE for a, b in pairs)


def of_illness(tokens, after) -> bool:
    """Whether a count of the injured (its noun or the word after it at `after`) counts people ill
    or in shock: an illness within 16 words before it or the two after it, or three words on
    after ب (الكوليرا الذي أصاب نحو مليون شخص، 1360 إصابة بصدمة نفسية، مئات المرضى المصابين
    بالفشل الكلوي، 200 ألف شخص غير مصابين بالسكري), or in a tag right after the count (بـ
    #سوء_التغذية; not a topic tag before it), and no attack there (a raid on a clinic)."""
    around = tokens[max(0, after - 16) : after + 3]
    shock = any(t.text == "نفسيه" for t in tokens[after : after + 4])
    ill = any(lookup(t.text, DISEASES) for t in around)
    tags = [w for t in tokens[after : after + 3] if t.text[:1] == "#" for w in t.text.split("_")]
    ill = ill or any(lookup(w.lstrip("#"), DISEASES) for w in tags)  # بـ #سوء_التغذية right after
    of = [t.text for t in tokens[after + 2 : after + 4]]
    ill = ill or (len(of) == 2 and "ب" in (of[0][:1], of[1][:1]) and bool(lookup(of[1], DISEASES)))
    struck = any(lookup(t.text, EVENT_WORDS) in ACTIONS for t in around)
    return shock or (ill and not struck)
