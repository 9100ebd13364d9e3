"""People set free, read from the tokens of a sentence: a release before their count (أفرجت عن
20 معتقلا، أخلي سبيل 14) or after their noun (أطلق سراحهم), and a release only called for,
sought or refused, which leaves them held (طالبت بالإفراج عن 12، مفاوضات لإخلاء سبيل 30)."""

from __future__ import annotations

from itertools import takewhile

from .clauses import is_negation
from .lexicon import CLAUSE_ENDS, DEMANDS, RELEASE_WORDS, lookup


def release(tokens, position, people: bool = True) -> str | None:
    """What a word of release in the five words before a count makes of it: `other` for people
    set free (أفرجت عن 20 معتقلا), `held` for one called for, sought, refused or denied (طالبت
    النقابة بالإفراج عن 12 معتقلا، محادثات لإطلاق سراح ثلاثة رهائن، رفضت طلب إخلاء سبيل 12: they
    are still held); None without one; people freed by force or let go right before their count
    are set free too (تحرير 12 مختطفا، أخلي سبيل 14; not a town liberated farther before it:
    تحرير الموصل). A number after its noun right after عن or سراح counts from the noun (إفراج
    كوريا الشمالية عن السجناء الأمريكيين الثلاثة)."""
    if tokens[position].text.startswith("ال"):
        nouns = reversed(tokens[max(0, position - 2) : position])
        head = position - len(list(takewhile(lambda t: t.text.startswith("ال"), nouns)))
        position = head if head and tokens[head - 1].text in ("عن", "سراح") else position
    window = tokens[max(0, position - 5) : position]
    freed = [k for k, t in enumerate(window) if lookup(t.text, RELEASE_WORDS)]
    if not freed and people and position and tokens[position - 1].text in _LIBERATING:
        freed = [len(window) - 1]  # تحرير 12 مختطفا; طالب بتحرير 50 مختطفا: still held
    if not freed:
        return None
    first = max(0, position - 5) + freed[0]
    before = [t.text for t in tokens[max(0, first - 6) : first]]
    asked = any(lookup(w, DEMANDS) or lookup(w, _REFUSING) or is_negation(w) for w in before)
    purpose = tokens[first].text.startswith("لل") or (first and tokens[first - 1].text in _TO_FREE)
    sought = purpose and any(lookup(w, _SEEKING) for w in before)  # محادثات لإطلاق سراح 3 رهائن
    done = any(lookup(w, RESULTS) for w in before)  # أدت الوساطة لإطلاق سراح 4 رهائن: freed
    return "held" if asked or (sought and not done) else "other"


_LIBERATING = frozenset("تحرير وتحرير حرر حررت وحررت بتحرير سبيل".split())  # أخلي سبيل 14
_TO_FREE = frozenset(["لاطلاق", "لاخلاء"])  # مفاوضات لإطلاق سراح، لإخلاء سبيل: sought
_SEEKING = frozenset("محادثات مفاوضات جهود مساعي مساع تسعي يسعي وساطه تمهيدا اتفاق صفقه".split())
_REFUSING = frozenset("رفض رفضت رفضوا يرفض ترفض طلب طلبا".split())  # رفضت طلب إخلاء سبيل 12
# Verbs of result before ل and an event, which make it done (أدت الوساطة لإطلاق سراح 4،
# حملة مداهمات أفضت لاعتقال 25), not sought.
RESULTS = frozenset("ادت ادي افضت افضي اسفرت اسفر قاد قادت نجحت نجح".split())


def freed_after(tokens, after, stop, one: bool) -> bool:
    """A release with a pronoun for the people counted (`one`: a count of one), right after their
    noun (ثمانية أشخاص من المعتقلين أطلق سراحهم، أحد المحتجزين أفرج عنه): they are set free."""
    pronouns = _HIM if one else _THEM
    for k in range(after, min(after + 5, stop - 1)):
        if tokens[k].text in CLAUSE_ENDS:
            return False
        if lookup(tokens[k].text, _FREED_VERBS) and tokens[k + 1].text in pronouns:
            return True
    return False


_FREED_VERBS = frozenset("اطلق اطلقت اطلقوا افرج افرجت اخلي".split())
_THEM = frozenset("سراحهم سراحهن عنهم عنهن سبيلهم سبيلهن".split())
_HIM = frozenset("سراحه سراحها عنه عنها سبيله سبيلها".split())  # a count of one's
