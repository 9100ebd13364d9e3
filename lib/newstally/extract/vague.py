"""Words that count without a number (عشرات، عدة، قتلى): where they count, and where they
are only part of the phrase around them."""

from __future__ import annotations

from itertools import takewhile

from ..text import Token
from .lexicon import (
    BARE_TOLLS,
    DEMANDS,
    EVENT_WORDS,
    INCLUSION,
    NEGATIONS,
    SPEAKING,
    STRIKES,
    TOLL_CAUSES,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, THING_ROLES
from .number_words import NOMINATIVE_NUMBER_OF, VAGUE

VAGUE_FIRST = frozenset(key.split()[0] for key in VAGUE)
VAGUE_CLITICS = ("و", "ب")
# Vague counts that may carry و or ب (ومئات، بآلاف; not عدة: بعده is "after it", وعده "his promise")
PLURALS_OF_TENS = frozenset("عشرات مئات الاف العشرات المئات الالاف".split())


def toll_beside(tokens: list[Token], i: int) -> bool:
    """A vague word with its clitic (ومئات، بالعشرات) counts only beside the event it counts: an
    event's noun or strikes after it, maybe after من (ومئات الجرحى، والعشرات من المصابين، بعشرات
    الغارات، بعشرات الضربات), or before it after ب (قتلى بالعشرات); not ومئات فروا، بعشرات
    الشظايا."""
    k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].text == "من" else i + 1  # والعشرات من الجرحى
    after = k < len(tokens) and any(lookup(tokens[k].text, w) for w in (EVENT_WORDS, STRIKES))
    before = tokens[i].text[:1] == "ب" and i and lookup(tokens[i - 1].text, EVENT_WORDS)
    return bool(after or before)


def number_of_those(tokens: list[Token], i: int) -> bool:
    """عدد من that counts nothing: "the number of those who" before a verb (عدد من اعتقلوا 58),
    a part after بينهم (the rows leave it out), and "a number of" anything away from an event
    word (عدد من الدول; `NOMINATIVE_NUMBER_OF`), and العديد من of no people (العديد من التقارير)."""
    if tokens[i].text == "العديد":  # its noun after من, past a quotation mark
        words = [t.text for t in tokens[i + 2 : i + 5] if t.text.isalpha()] or [""]
        those = words[0] in _THOSE and len(words) > 1  # العديد من هؤلاء المدنيين
        noun = words[1] if those else words[0]
        role = lookup(noun, SUBJECT_WORDS) or lookup(noun + "ن", SUBJECT_WORDS)  # مقاتلي
        if those:  # of people only (not العديد من هذه الغارات, told before)
            return role not in PERSON_ROLES
        return (role is None or role in THING_ROLES) and not lookup(noun, EVENT_WORDS)
    if f"{tokens[i].text} {tokens[i + 1].text}" not in NOMINATIVE_NUMBER_OF:
        return False
    before = [t.text for t in tokens[max(0, i - 2) : i]]
    after = tokens[i + 2].text if i + 2 < len(tokens) else ""
    if after and not after.startswith(("ال", "وال")) and lookup(after, EVENT_WORDS):
        return True  # a verb
    last = before[-1].removeprefix("و") if before else ""
    if last in INCLUSION or last in _NO_COUNT_BEFORE:
        return True  # بينهم عدد من، أكبر عدد من القتلى، وحالة عدد منهم خطرة
    if before[-1:] == ["علي"]:  # القبض على عدد من، not غارات على عدد من المواقع
        return lookup(before[0], EVENT_WORDS) != "detained"
    people = lookup(after, SUBJECT_WORDS) in PERSON_ROLES  # عدد من عناصر الجيش قد قتلوا
    said = last in SPEAKING or last in DEMANDS  # وأفاد عدد من الأشخاص بأن الشرطة اعتقلت: witnesses
    rest = takewhile(lambda t: t.text.removeprefix("و") not in _STOPS, tokens[i + 3 : i + 9])
    verb = any(
        lookup(t.text, EVENT_WORDS) and not t.text.startswith(("ال", "وال", "ب")) for t in rest
    )
    if people and verb and not said:
        return False  # (not حاول عدد من المدنيين وبينهم جرحى الفرار: the wounded's own count)
    if len(before) == 2 and before[1] in _IN_IT:
        before = before[:1]  # قتل خلاله عدد من الانقلابيين: the event, past "during it"
    return not (any(lookup(w, EVENT_WORDS) for w in before[-1:]) or lookup(after, EVENT_WORDS))


_IN_IT = frozenset("خلاله خلالها فيه فيها".split())
_THOSE = frozenset("هؤلاء هولاء هذه هذا تلك اولئك".split())
_STOPS = INCLUSION | frozenset("ان بان قبل الذين الذي التي".split())  # another clause's event


def postposed(tokens: list[Token], i: int) -> bool:
    """عدة after its noun (أياما عدة) rather than before it (عدة أيام), a noun that is not of
    people or an event (أشخاصا عدة، غارات جوية عدة count), with no noun after it."""
    before = tokens[max(0, i - 2) : i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if not before or before[-1].kind != "word" or before[-1].text.startswith("ال"):
        return False
    words = [t.text for t in before if t.kind == "word"]
    counted = any(  # (أشخاصا: the accusative's alif off)
        lookup(w, EVENT_WORDS) or lookup(w, SUBJECT_WORDS) or lookup(w[:-1], SUBJECT_WORDS)
        for w in words
    )
    return not counted and (after is None or after.kind != "word" or after.text in _NOT_NOUNS)


_NO_COUNT_BEFORE = frozenset("اكبر اعلي اكثر اقل اصغر حاله حالات اصابات جروح".split())
_NOT_NOUNS = frozenset(["في", "من", "علي", "الي", "عبر", "مع", "عن", "منذ", "قبل", "بعد"])


def bare_toll(tokens: list[Token], i: int) -> int | None:
    """For قتلى، جرحى without the article after what caused them, a word or two before (أوقع
    الانفجار قتلى، سقط فيها قتلى، وبينهم جرحى), and no negation before that (لم يسفر عن قتلى:
    a stated zero), how many clitic letters precede it (و); else None."""
    token = tokens[i].text
    skip = 0 if token in BARE_TOLLS else 1 if token[:1] == "و" and token[1:] in BARE_TOLLS else None
    if skip is None:
        return None
    cause = next(
        (k for k in (i - 1, i - 2) if k >= 0 and lookup(tokens[k].text, TOLL_CAUSES)), None
    )
    if cause is None or any(lookup(t.text, NEGATIONS) for t in tokens[max(0, cause - 5) : cause]):
        return None
    return skip
