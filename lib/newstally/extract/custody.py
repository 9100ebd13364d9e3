"""Custody, read from the tokens of a sentence: people held rather than arrested (captives in
someone's hands; a camp's or a prison's people), people set free or whose release is called for,
and what befell one person said after them."""

from __future__ import annotations

from .clauses import among, event_of, is_negation, is_number
from .lexicon import (
    CLAUSE_ENDS,
    CUSTODY_PLACES,
    DEMANDS,
    DISEASES,
    EVENT_WORDS,
    HELD_BY,
    HOUSING_VERBS,
    RELEASE_WORDS,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, is_singular

# Words that are no part of a camp's name after "in" (in the town next to the camp).
_NOT_NAMES = frozenset("the a an of to from near around next areas area town city".split())
HOUSING_REACH = 10  # tokens back from a count to the verb of the camp that holds it (يضم)


# Warrants (مذكرات اعتقال، قرار إلقاء القبض): no arrest, unless carried out (تنفيذ قرار القبض).
WARRANTS = frozenset("مذكره مذكرات مذكرتي امر امرا اوامر ومذكره قرار قرارا قرارات".split())
_CARRIED_OUT = frozenset("نفذ نفذت تنفيذ بموجب وفق".split())
_POSTS = frozenset("الخدمه العمل عملهم عمله مهامه مهامهم منصبه مناصبهم وظائفهم".split())


def no_arrest(tokens, hedge, stop) -> bool:
    """A word of arrest around a count that makes no arrest of it: a warrant (مذكرات توقيف بحق
    300 عسكري، 107 أوامر قبض، 12 شخصا صدرت بحقهم قرارات قبض), or a suspension from one's post
    (أوقفت الوزارة 5 ضباط عن العمل، أوقفوا عن الخدمة)."""
    if hedge + 1 < stop and tokens[hedge + 1].text in WARRANTS:
        return True
    for k in (*range(max(1, hedge - 4), hedge), *range(hedge + 2, min(hedge + 7, stop))):
        if lookup(tokens[k].text, EVENT_WORDS) == "detained" and warrant_before(tokens, k):
            return True
    words = [t.text for t in tokens[max(0, hedge - 4) : stop]]
    return any(a == "عن" and b in _POSTS for a, b in zip(words, words[1:], strict=False))


def warrant_before(tokens, i) -> bool:
    """A warrant for the arrest at token `i` (مذكرة اعتقال، قرار إلقاء القبض), not carried out
    (نفذت قرار القبض): no arrest."""
    k = i - 1 if i and tokens[i - 1].text != "القاء" else i - 2
    carried = any(lookup(t.text, _CARRIED_OUT) for t in tokens[max(0, k - 3) : k])  # نفذت قرار
    return k >= 0 and tokens[k].text in WARRANTS and not carried


def held_by(tokens, after, stop) -> bool:
    """لدى right after a word of captivity: 12 صحافيا مختطفين لدى الحوثيين are in someone's hands
    (held), not an arrest told as news (not لدى وصولهم, "on their arrival")."""
    for k in range(after + 1, stop):
        if tokens[k].text == ",":
            return False
        if tokens[k].text in HELD_BY:
            return lookup(tokens[k - 1].text, EVENT_WORDS) in ("detained", "held")
    return False


def housed(tokens, position, noun: int | None) -> bool:
    """A count a camp or a prison holds: a verb of housing before it in its clause and a camp
    or prison named in the sentence (يضم مخيم الهول في ريف الحسكة، "the camp houses"), or one
    named after في/in (`_custody_place_after`) within four words after its counted noun
    (`noun`), with a verb of housing before the count, between, or none (3600 مهاجر في مخيمات،
    3 آلاف طفل أجنبي يعيشون في مخيمي الهول وروج، يقبع 10 آلاف عنصر في سجون قسد)."""
    people = (
        noun is not None
        and noun < len(tokens)
        and (
            is_singular(tokens[noun].text)
            or lookup(tokens[noun].text, SUBJECT_WORDS) in PERSON_ROLES | {"children"}
        )
    )
    verb = _named_before(tokens, position, HOUSING_VERBS)  # يقبع 10 آلاف عنصر في سجون قسد
    for k in range(noun + 1, min(noun + 5, len(tokens) - 1)) if people else ():
        if is_number(tokens[k]) or tokens[k].text in CLAUSE_ENDS or event_of(tokens, k):
            break
        living = verb or k == noun + 1 or any(lookup(t.text, HOUSING_VERBS) for t in tokens[noun:k])
        if tokens[k].text in ("في", "in"):  # not 12 مدرسة في مخيمات, 500 متظاهر غاضبين في مخيم
            return living and _custody_place_after(tokens, k)
    return verb and any(lookup(t.text, CUSTODY_PLACES) for t in tokens)


def _custody_place_after(tokens, k) -> bool:
    """A camp or prison named after في/in at `k`: in its two words, or in English after names
    ("in al-Hol and Roj camps"; not "in the town next to the camp", `_NOT_NAMES`)."""
    if tokens[k].text == "في":
        return any(lookup(t.text, CUSTODY_PLACES) for t in tokens[k + 1 : k + 3])
    for token in tokens[k + 1 : k + 8]:
        if lookup(token.text, CUSTODY_PLACES):
            return True
        if token.text in _NOT_NAMES:
            return False
    return False


def described_one(tokens, i, names_person) -> int | None:
    """For what befell one person said after them (الحارس المصاب، دميرتاش، المسجون حاليا), the
    token of that person; none for one released (أفرج عن الصحفي المختطف), ill (المصاب بالسرطان)
    or suspended (الموقوف عن العمل)."""
    before = i - 1 if i and tokens[i - 1].text != "," else i - 2
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    freed = before >= 0 and release(tokens, before) == "other"
    if before < 0 or following == "عن" or lookup(following, DISEASES) or freed:
        return None
    person = is_singular(tokens[before].text) or names_person(tokens[before])
    return before if person else None


def arrest_of_one(tokens, i) -> bool:
    """القبض at `i` done to one person or two (ألقت الشرطة القبض عليها، تم القبض عليه،
    عليهما): not sought, rewarded, ordered or tried (مكافأة للقبض عليه، أمر بالقبض عليه، محاولة
    القبض عليه), not denied (لم يتم القبض عليه), not a cell or a gang (الخلية التي ألقي القبض
    عليها)."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i + 1].text not in ("عليه", "عليها", "عليهما"):
        return False
    before = tokens[max(0, i - 4) : i]  # ألقت قوات الأمن القبض، وتم القبض
    done = any(among(t.text, _DONE) for t in before) and all(t.text != "التي" for t in before)
    return done and not any(is_negation(t.text) for t in tokens[max(0, i - 5) : i])


_DONE = frozenset("القت القي القوا تم يتم جري".split())  # ألقت القبض، تم القبض


def release(tokens, position) -> str | None:
    """What a word of release in the five words before a count makes of it: `other` for people
    set free (أفرجت عن 20 معتقلا), `held` for a release called for or sought (طالبت النقابة
    بالإفراج عن 12 معتقلا، محادثات لإطلاق سراح ثلاثة رهائن: they are still held); None without
    one."""
    window = tokens[max(0, position - 5) : position]
    freed = [k for k, t in enumerate(window) if lookup(t.text, RELEASE_WORDS)]
    if not freed:
        return None
    first = max(0, position - 5) + freed[0]
    before = [t.text for t in tokens[max(0, first - 6) : first]]
    asked = any(lookup(w, DEMANDS) for w in before)
    purpose = tokens[first].text.startswith("لل") or (first and tokens[first - 1].text == "لاطلاق")
    sought = purpose and any(lookup(w, _SEEKING) for w in before)  # محادثات لإطلاق سراح 3 رهائن
    done = any(lookup(w, _RESULTS) for w in before)  # أدت الوساطة لإطلاق سراح 4 رهائن: freed
    return "held" if asked or (sought and not done) else "other"


_SEEKING = frozenset("محادثات مفاوضات جهود مساعي مساع تسعي يسعي وساطه تمهيدا اتفاق صفقه".split())
_RESULTS = frozenset("ادت ادي افضت اسفرت قاد قادت نجحت نجح".split())


# Custody told by a verb of being and a participle (كان موقوفا، لا يزال محتجزا); masculine
# only: التي كانت محتجزة is as often a ship, a sum or a body as a woman.
_IN_CUSTODY = frozenset("موقوفا محتجزا معتقلا مسجونا محبوسا".split())
_BEING = frozenset("كان يزال لايزال مازال زال ظل يظل".split())
# Verbs of denial: an event of one after them did not happen (نفت السلطات احتجازه).
DENIALS = frozenset("نفي نفت ينفي تنفي نفوا denied denies deny".split())
# Words around it that free, kill or deny him (a hostage freed, a prisoner executed), and words
# before its verb that suppose it (ما إذا كان محتجزا، قد كان); a former or suspended one.
_NOT_HELD = (
    RELEASE_WORDS
    | DENIALS
    | frozenset("سراحه حرر حررت حررته قتل قتلت قتله اعدم اعدمت اعدام اعدامه مقتله توفي".split())
)
_SUPPOSED = frozenset(["اذا", "قد", "لو"])
_FORMER = frozenset(["عن", "سابقا", "سابق"])
_FREED_VERBS = frozenset("اطلق اطلقت اطلقوا افرج افرجت اخلي".split())
_THEM = frozenset("سراحهم سراحهن عنهم عنهن سبيلهم سبيلهن".split())
_HIM = frozenset("سراحه سراحها عنه عنها سبيله سبيلها".split())  # a count of one's


def in_custody(tokens, i) -> bool:
    """One man's custody told by a verb of being and a participle at `i` (حيث كان موقوفا، لا
    يزال محتجزا، ما زال معتقلا): not supposed (ما إذا كان محتجزا), not with a word around it
    that frees, kills or denies him, and not a former or suspended one."""
    if not (i and tokens[i].text in _IN_CUSTODY):
        return False
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    supposed = any(t.text in _SUPPOSED for t in tokens[max(0, i - 3) : i - 1])
    if not among(tokens[i - 1].text, _BEING) or following in _FORMER or supposed:
        return False
    near = tokens[max(0, i - 10) : i + 8]
    return not any(lookup(t.text, _NOT_HELD) for t in near)


def freed_after(tokens, after, stop, one: bool) -> bool:
    """A release with a pronoun for the people counted (`one`: a count of one), right after
    their noun (ثمانية أشخاص من المعتقلين أطلق سراحهم، أحد المحتجزين أفرج عنه): they are set
    free."""
    pronouns = _HIM if one else _THEM
    for k in range(after, min(after + 5, stop - 1)):
        if tokens[k].text in CLAUSE_ENDS:
            return False
        if lookup(tokens[k].text, _FREED_VERBS) and tokens[k + 1].text in pronouns:
            return True
    return False


def escaped(tokens, hedge, after, stop) -> bool:
    """People held who got away: a word of escape just before their count, not feared (هرب 400
    معتقل، فرار 400 سجين; not تخشى من هروب 12 ألف معتقل), or after it, from custody (تمكن 400 سجين
    من الفرار، 200 سجين فروا من السجن; not 1200 عنصر فروا من الباغوز, held now)."""
    if any(_escape(t.text) for t in tokens[max(0, hedge - 2) : hedge]):
        return not any(lookup(t.text, _FEARS) for t in tokens[max(0, hedge - 5) : hedge])
    for k in range(after, min(after + 4, stop)):
        place = tokens[k + 2].text if k + 2 < len(tokens) and tokens[k + 1].text == "من" else ""
        if _escape(tokens[k].text) and (tokens[k].text[:2] == "ال" or place in CUSTODY_PLACES):
            return True
    return False


def _escape(word: str) -> bool:
    return word in ("فر", "وفر") or lookup(word, _ESCAPES) is not None


_ESCAPES = frozenset(
    "هرب هربوا فرار الفرار هروب الهروب فروا يفرون الفارين الهاربين escaped escape fled".split()
)
_FEARS = frozenset("تخشي يخشي خشيه خوفا مخاوف يخاف تخاف تحذر يحذر حذرت حذر خطر".split())


def _named_before(tokens, position, words: frozenset[str]) -> bool:
    """One of `words` before `position` in its clause, with no count between (`HOUSING_REACH`
    tokens at most)."""
    for k in range(position - 1, max(-1, position - HOUSING_REACH), -1):
        if tokens[k].text in CLAUSE_ENDS or is_number(tokens[k]):
            return False
        if lookup(tokens[k].text, words):
            return True
    return False
