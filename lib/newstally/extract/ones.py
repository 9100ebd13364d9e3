""" "One" written as a word (واحد، أحد): whether it counts people."""

from __future__ import annotations

from .clauses import among, is_negation
from .lexicon import CLAUSE_ENDS, EVENT_WORDS, SPEAKING, STILL, lookup
from .nouns import PERSON_ROLES, SUBJECT_WORDS, is_singular


def one_counts_people(tokens, at, after_its_noun: bool) -> bool:
    """Whether "one" written as a word (the token at `at`) counts people: after an event word
    (مقتل واحد منهم), واحد after a person's noun (`after_its_noun`: متظاهر واحد), أحد before
    people or an event (أحد الجرحى، أحد المهاجمين قتل), أحد after القبض على (القبض على أحد
    المتورطين); not عائلة واحدة، يوم واحد، أحد أشد منتقديها، لم يصب أحد، لم يتم القبض على أحد,
    nor one who speaks (وقال أحد الجرحى), nor أحد after a negation in its clause: "any" (من غير
    المرجح أن تكون حياة أحد المصابين بخطر)."""
    before = tokens[at - 1].text if at else ""
    if not after_its_noun and _negated(tokens, at):
        return False  # لم يقتل أحد: a stated zero; ليس بين القتلى أحد
    if not after_its_noun and lookup(before, _SAYING):
        return False  # وقالت إحدى الفرنسيات المحتجزات: a speaker (not مقتل طالب واحد)
    if lookup(before, EVENT_WORDS):
        return True
    if before == "علي" and at > 1 and tokens[at - 2].text == "القبض":  # القبض على أحد المتورطين
        return True
    if after_its_noun:  # its noun in the accusative too: رجلا واحدا
        singular = is_singular(before) or is_singular(before.removesuffix("ا"))
        return lookup(before, SUBJECT_WORDS) in PERSON_ROLES or singular
    following = [t.text for t in tokens[at + 1 : at + 4]]
    return bool(following) and (
        lookup(following[0], SUBJECT_WORDS) in PERSON_ROLES
        or any(lookup(word, EVENT_WORDS) for word in following)
    )


_SAYING = SPEAKING | frozenset("اضاف اضافت اوضح اوضحت ذكر ذكرت افاد افادت صرح صرحت روي روت".split())


def _negated(tokens, at) -> bool:
    """A negation (or من غير، ليس، لن) up to six words before `at`, in its clause and not
    before a relative pronoun or حتى (لم تمض ساعات حتى قتل أحد الجنود: one); not لا يزال."""
    for k in range(at - 1, max(0, at - 6) - 1, -1):
        word = tokens[k].text
        if word in CLAUSE_ENDS or among(word, _NOT_ONE_AFTER):
            return False
        after = tokens[k + 1].text
        if word == "غير" and k and tokens[k - 1].text == "من" and after != "ان":
            return True  # من غير المرجح أن تكون حياة أحد (not غير أن أحد المصابين)
        if (is_negation(word) and after not in STILL) or among(word, _NOT_ONE):
            return True
    return False


_NOT_ONE = frozenset("ليس ليست لن".split())
_NOT_ONE_AFTER = frozenset("حتي الذي التي الذين".split())
