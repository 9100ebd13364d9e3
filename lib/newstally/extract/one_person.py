"""Who a count of one counts, around its event word: the subject before a passive verb (an
ISIS official ... was killed), after أن (أن جنديا أميركيا قتل), in a story told before it (وكان
رجل قد قتل), the one who met his death (لقي شاب مصرعه), the one subjected to a harm (تعرض طفل
إلى جروح), one's kin lost (فقد شقيقه), the one a named doer arrested (اعتقلت السلطات التميمي),
and the names or singulars joined by و after it (اغتيال العكر والحوتي، إصابة ضابط صف وجندي: 2)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from . import clauses
from .happened import THAT_HE, denied, of_age, supposed
from .lexicon import (
    AND,
    CLAUSE_BREAKS,
    CLAUSE_ENDS,
    EVENT_WORDS,
    FATE_VERBS,
    INDEFINITE_ARTICLES,
    LOCATIVES,
    PASSIVE_AUXILIARIES,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, is_singular
from .numbers import is_year_digits

_THAT = frozenset(["ان", "بان", "وان"])  # أن before its subject in the accusative
_BUT = frozenset(["لكن", "ولكن"])  # لكن حسين قُتل: before its subject as أن
_BUT_HE = frozenset(["لكنه", "ولكنه"])  # but he, before a verb read as passive before في
HE = THAT_HE | _BUT_HE  # that he, but he: one person
# Words of where and when after a verb of one's fate (أن جنديا قتل في هجوم، قتل أمس).
AFTER_A_FATE = frozenset(
    "في خلال جراء اثر بعد علي متاثرا امس اليوم يوم ليل صباح مساء ايضا عندما حين حينما "
    "in on also".split()
)
# Words of when, read past after a verb of one's fate (أن فتى فلسطينيا قتل الجمعة برصاص; not
# أن مسلحا قتل الأحد ثلاثة أشخاص: his victims follow).
_WHEN = frozenset(
    "امس اليوم يوم ليل ليله صباح مساء الجمعه السبت الاحد الاثنين الثلاثاء الاربعاء الخميس".split()
)
# One's kin, "his" or "her" (وزوجته، وشقيقها), one person, alone after an event word (إصابة
# زوجته) or joined to another (not جد: وجدته is "found him" as often).
_KIN_STEMS = frozenset("زوج والد ابن نجل شقيق عم خال حفيد طفل خطيب".split())
KIN = frozenset(
    f"{kin}{mine}" for kin in _KIN_STEMS for mine in ("ه", "ها", "ته", "تها", "هما", "تهما")
) | frozenset("اخيه اخيها اخته اختها امه امها ابيه ابيها".split())
# Two of one's kin (والديه، طفلتيه، ابنيها): two people.
DUAL_KIN = frozenset(
    f"{kin}{two}{mine}" for kin in _KIN_STEMS for two in ("ي", "تي") for mine in ("ه", "ها")
)
# Verbs of losing: one's kin right after them is a death (فقد شقيقه في هجوم، فقدت والديها).
_LOST = frozenset(["فقد", "فقدت"])
# Titles that, joined by و to another title, describe the same man rather than another one.
_TITLES = frozenset("قيادي عضو عضوه مسؤول قائد زعيم امير والي مدعو متهم مشتبه".split())
# Words that begin no name: kin and groups (وفاة والدة عماد مغنية، اعتقال عائلة محمود الخطيب).
_NOT_A_NAME = _KIN_STEMS | frozenset(
    "والده ام اب ابنه زوجه شقيقه اخ اخت جد جده عائله اسره ابناء اشقاء اقارب ذوي مرافقي خليه "
    "عصابه شبكه قوات".split()
)
# Titles put after a man's name and a comma, besides a singular person (حذيفة البدري، ابن
# البغدادي; جلال الدين حقاني، المؤسس).
_APPOSED = frozenset("مؤسس عميد لواء عقيد رئيس شيخ نجل شقيق".split())


def names_from(tokens, k, words) -> tuple[int, int]:
    """How many people are named from the name at token `k` on, joined by و (اغتيال العكر
    والحوتي: 2; a name counts once however many of its `words` it has), and the token where
    the last one ends."""
    count = 1
    while k + 1 < len(tokens):
        following = tokens[k + 1].text
        if following[:1] == "و" and (following[1:] in words or following[1:] in KIN):
            count += 1  # and another, or one's kin (سكريبال وابنته: 2)
        elif following not in words:
            break  # else the same name goes on
        k += 1
    return count, k


def joined_singulars(tokens, k, nisbas=frozenset()) -> tuple[int, int]:
    """How many people a singular noun and the singular nouns joined to it by و count (إصابة
    ضابط صف وجندي: 2; مقتل جندي وإصابة آخر: 1), or a nationality and those joined to it
    (`nisbas`: اعتقال سوري وعراقي: 2), and the last one's token; two words at most between them."""
    count, last = 1 + (tokens[k].text in DUAL_KIN), k
    for j in range(k + 1, min(k + 8, len(tokens))):
        word = tokens[j].text
        if word in CLAUSE_ENDS or word in AND or tokens[j].kind == "number" or j - last > 3:
            break
        if word[:1] == "و":
            titles = lookup(word, _TITLES) and lookup(tokens[k].text, _TITLES)
            one = is_singular(word) or word[1:] in KIN or word[1:] in DUAL_KIN
            one = one or (word[-1:] == "ا" and is_singular(word[:-1]))  # أن امرأة وطفلا قتلا
            one = one or (tokens[k].text in nisbas and word[1:] in nisbas and j == last + 1)
            if not one or lookup(word, EVENT_WORDS) or titles or word == "والي":
                break  # قيادي بارز وعضو في المكتب السياسي: one man; وإلى (والي) is no one
            count, last = count + 1 + (word[1:] in DUAL_KIN), j
    return count, last


def english_second(tokens, k) -> tuple[int, int] | None:
    """A second person joined in English to the one counted at `k`: "and another" or "and a"
    and a singular noun within three words ("detained a Taliban commander and another
    militant", "captured a Haqqani network leader and a network facilitator"): where the second
    starts and its noun."""
    joined = k + 2 < len(tokens) and tokens[k + 1].text.casefold() == "and"
    if not joined or tokens[k + 2].text.casefold() not in _ANOTHER:
        return None
    for j in range(k + 3, min(k + 6, len(tokens))):
        if tokens[j].text in CLAUSE_ENDS or not tokens[j].text.isascii():
            return None
        if is_singular(tokens[j].text.casefold()):
            following = tokens[j + 1].text.casefold() if j + 1 < len(tokens) else ""
            return None if following in _OWN_VERB else (k + 2, j)
    return None


_ANOTHER = frozenset("another a an".split())  # not one: a number, counted as such
# A verb right after the second noun: its own clause ("and a civilian was wounded", "and an
# official said"), not a second object of the first verb.
_OWN_VERB = frozenset("was were is are has had have said says told died".split())


def apposed_name(tokens, k) -> int | None:
    """The last token of a name of two to four words from token `k` that a comma and a singular
    person or a title follow: one person named whom no tagger knew (مقتل جلال الدين حقاني،
    المؤسس الأفغاني للشبكة؛ مقتل حذيفة البدري، ابن أبو بكر البغدادي). No word of it a number, a
    role or an event, none after the first with و (two men), the first no singular noun, kin, group
    or word with the article (not مقتل جنود، بينهم; وفاة والدة عماد مغنية، القيادي: his mother;
    اعتقال عائلة محمود الخطيب، القيادي; مقتل شاب وزوجته، موظف)."""
    first = tokens[k].text
    if first.startswith("ال") or first in _NOT_A_NAME or is_singular(first):
        return None
    for j in range(k, min(k + 5, len(tokens) - 1)):
        word = tokens[j].text
        if word == ",":
            title = tokens[j + 1].text
            return j - 1 if j - k >= 2 and (is_singular(title) or lookup(title, _APPOSED)) else None
        if word in CLAUSE_ENDS or word in AND or tokens[j].kind == "number":
            return None
        if j > k and word[:1] == "و":
            return None  # مقتل شاب وزوجته، موظف: two
        if lookup(word, SUBJECT_WORDS) or lookup(word, EVENT_WORDS):
            return None
    return None


# The doers of an arrest or a killing named right after its verb (اعتقلت السلطات الإسرائيلية).
_DOERS = frozenset(
    "السلطات الشرطه القوات قوات الامن الجيش الاجهزه اجهزه المخابرات الاستخبارات".split()
)
_OF_DOERS = frozenset("الامن الاحتلال الخاصه".split())  # قوات الأمن، قوات الاحتلال


def doer_end(tokens, i, nationality: Callable, place_end: Callable) -> int | None:
    """For a verb at `i` with its doer right after it, an authority or a force, the last token
    of the doer and of the words of whose, where and when after it (اعتقلت السلطات الإسرائيلية
    التميمي، أوقفت الشرطة الفرنسية والديه، قتلت قوات الأمن في باكستان الجمعة العقل المدبر);
    None when no such doer follows. `nationality` reads an adjective of a country, `place_end`
    the end of a place named from a token, or None."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in _DOERS:
        return None
    j = i + 2
    while j < len(tokens):
        word = tokens[j].text
        end = place_end(tokens[j + 1]) if word == "في" and j + 1 < len(tokens) else None
        if end is not None:
            j += 1
            while j < len(tokens) and tokens[j].norm.start < end:
                j += 1
            continue
        whose = word in _OF_DOERS or (word.startswith("ال") and word.endswith("يه"))
        if not (word == "," or word in _WHEN or whose or nationality(word.removeprefix("ال"))):
            break
        j += 1
    return j - 1


def lost_kin(tokens, i) -> bool:
    """Whether the verb at `i` is one of losing with one's kin right after it (فقد زوجته
    وطفلتيه: his wife and two daughters died); not a verb that does not agree with the kin's
    owner, the kin its subject (وفقدت والدته، وفقد زوجها: went missing), nor a death of age or
    illness (فقد والدته بعد صراع مع المرض)."""
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    missing = tokens[i].text.endswith("ت") != following.endswith(("ها", "هما"))
    kin = following in KIN or following in DUAL_KIN
    return bool(lookup(tokens[i].text, _LOST)) and kin and not missing and not of_age(tokens, i)


def is_dual_verb(word: str) -> bool:
    """A verb of an event in the dual (قتلا، قتلتا، أصيبا، استشهدا; not قتلوا, nor مصرعها)."""
    return (
        word.endswith("ا")
        and not word.endswith(("وا", "ها"))
        and lookup(word[:-1], EVENT_WORDS) is not None
    )


def singular_before(tokens, i) -> int | None:
    """For "was killed": the subject noun earlier in the sentence, after a or an."""
    for k in range(i - 2, -1, -1):
        articles = [j for j in range(max(0, k - 3), k) if tokens[j].text in INDEFINITE_ARTICLES]
        if is_singular(tokens[k].text) and articles:
            return articles[0]
    return None


def singular_subject(tokens, i, nisbas=frozenset()) -> int | None:
    """For a verb at `i` after أن and a singular noun in the accusative, maybe with an adjective
    (أن جنديا أميركيا قتل وأصيب آخر، أن شابا استشهد برصاص), or a nationality (`nisbas`: أن
    فلسطينيا قتل), or the first of two joined before a dual verb (أن طفلة ووالدتها قتلتا): the
    noun, its subject; None when
    anything but a clause's end, و، ب or a word of where and when follows the verb and the words
    of when after it (أن مسلحا قتل 5، قتل الأحد ثلاثة أشخاص، قتل عددا من المصلين: what follows
    is whom he killed)."""
    if not _ends_told(tokens, i):
        return None  # أن مسلحا قتل نحو 20 شخصا، قتل شرطيين، قتل الرهائن: his victims follow
    feminine = tokens[i].text.endswith("ت")  # أن روسيا قتلت: a country, not one Russian
    for k in (i - 1, i - 2):
        word = tokens[k].text if k > 0 else ""
        one = is_singular(word[:-1]) or (word[:-1] in nisbas and not feminine)
        unmarked = word.endswith(("ي", "ه")) and is_singular(word)  # بأن فتى، أن امرأة
        if ((word.endswith("ا") and one) or unmarked) and tokens[k - 1].text in _THAT:
            return k
    if is_dual_verb(tokens[i].text):  # after two joined (أن طفلة ووالدتها قتلتا)
        for k in range(i - 2, max(0, i - 6), -1):
            word = tokens[k].text
            if tokens[k - 1].text in _THAT and (is_singular(word) or is_singular(word[:-1])):
                count, last = joined_singulars(tokens, k)
                return k if count == 2 and last == i - 1 else None
    return None


def fate_subject(tokens, i, told: bool = False) -> int | None:
    """For "his death" (مصرعه، حتفه): the verb that met it and the singular noun after that
    verb (لقي شاب فلسطيني مصرعه، لقي مشرف الحوثيين ... القيادي المكنى أبو الفضل، مصرعه); the
    verb's index, as the count starts there; or the singular in the accusative after أن before
    the verb (أن محتجا لقي مصرعه); or, where no death was `told` before, the noun that الذي
    after it is said of (`_relative_head`)."""
    for k in range(i - 1, max(i - 13, -1), -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return None
        if tokens[k].text in FATE_VERBS:
            if k == i - 1 and k and tokens[k - 1].text.removeprefix("و") in _RELATIVE_ONE:
                within = i + 1 < len(tokens) and tokens[i + 1].text in _WITHIN  # حتفه فيه
                return None if told or within else _relative_head(tokens, k - 1)
            word = tokens[k - 1].text if k == i - 1 and k > 1 else ""  # أن محتجا لقي مصرعه
            if word.endswith("ا") and is_singular(word[:-1]) and tokens[k - 2].text in _THAT:
                unsure = denied(tokens, k - 1) or supposed(tokens, k - 2)  # نفى أن، لو أن
                return None if unsure else k - 1
            between = tokens[k + 1 : i]
            one = any(is_singular(t.text) for t in between)
            return k if one and not any(clauses.is_number(t) for t in between) else None
    return None


_WITHIN = frozenset("فيه فيها خلاله خلالها".split())  # الهجوم الذي لقي حتفه فيه: the event's


def _relative_head(tokens, k) -> int | None:
    """The singular noun of people that begins the phrase before a relative pronoun at `k`: the
    first of the words with the article, or the noun they follow (الشاب الذي، غواص البحرية
    التايلاندية السابق الذي; not الهجوم الإرهابي الذي, whose adjective is a noun of people)."""
    first = k
    while first > max(k - 4, 0) and tokens[first - 1].text.startswith("ال"):
        first -= 1
    if first == k:
        return None
    head = first - 1 if first and is_singular(tokens[first - 1].text) else first
    return head if is_singular(tokens[head].text) else None


# Verbs that may be read as passive after a name (خاشقجي قُتل), and what may stand between.
_MAY_BE_PASSIVE = frozenset(
    "قتل قتلت اغتيل اغتيلت اعدم اعدمت اعتقل اعتقلت اختطف اختطفت خطف خطفت احتجز احتجزت".split()
)
_PASSED_OVER = frozenset(["قد", ",", '"', "«", "»"])  # any run of them
_AGENT_OR_CAUSE = frozenset("بايدي بيد برصاص بنيران جراء اثر متاثرا بالخطا".split())
# كان before a story's subject and قد, its verb after them (وكان رجل قد قتل): told before the news.
_WAS = frozenset("كان وكان كانت وكانت".split())
_RELATIVE_ONE = frozenset(["الذي", "التي"])  # who, of one person (الصحفي الذي اعتقل)
# Counts a verb may take as its object further on in its clause (قتل في حلبجة آلاف الأكراد).
_MANY = frozenset("الاف الالاف عشرات العشرات مئات المئات عددا العديد".split())
_HARMED = frozenset("واصاب واصابت فاصاب فاصابت".split())  # and he wounded (not وأصيب)


# Verbs of being subjected to something, and the harms named right after them (after ل, لل or
# إلى, maybe after عملية) that are an event of the one subjected (تعرض طفل إلى جروح; not إصابة:
# تعرض اللاعب للإصابة, a match's injury, as often).
_SUBJECTED = frozenset(["تعرض", "تعرضت"])
_HARMS = {
    **dict.fromkeys("جروح طعن تسمم تسميم".split(), "injured"),
    **dict.fromkeys("اعتقال خطف اختطاف".split(), "detained"),
}


def subjected_to(tokens, i, names_person: Callable) -> tuple[str, int] | None:
    """For a verb of being subjected at `i` (تعرض), the event of the harm its first complement
    names and the token of the one it befell: a singular person, kin or a name right after the
    verb, or a name after words with the article, its title (تعرض العميل الروسي المزدوج سكريبال
    وابنته للتسمم); None for anything else (تعرضت السفارة لمحاولة اختراق، تعرض المتظاهرون
    لهجمات) or a first complement that is no harm of one (تعرض لهجوم، ما أدى إلى إصابة زوجته)."""
    if not lookup(tokens[i].text, _SUBJECTED):
        return None
    subject = None
    for k in range(i + 1, min(i + 5, len(tokens))):
        word = tokens[k].text
        if names_person(tokens[k]) or is_singular(word) or word in KIN:
            subject = k
            break
        if k == i + 1 and apposed_name(tokens, k) is not None:
            subject = k  # تعرض جاير بولسونارو، المرشح الرئاسي
            break
        if not word.startswith("ال"):
            return None
    if subject is None:
        return None
    for k in range(subject + 1, min(subject + 16, len(tokens))):
        word = tokens[k].text
        if word in CLAUSE_BREAKS:
            return None
        if word == "الي" or word.startswith("ل"):  # the first complement
            harm = _harm(tokens, k)
            return None if harm is None else (harm, subject)
    return None


def _harm(tokens, k) -> str | None:
    """The event of the harm the complement at token `k` names (للطعن، لتسميم، إلى جروح, and
    after عملية: لعملية تسميم)."""
    word = tokens[k].text
    following = [t.text.removeprefix("ال") for t in tokens[k + 1 : k + 3]]
    if word == "الي":
        word, following = (following[0] if following else ""), following[1:]
    else:
        word = word[2:] if word.startswith("لل") else word[1:]
    if word == "عمليه" and following:
        word = following[0]
    return _HARMS.get(word)


def told_before_subject(tokens, i, names_person: Callable) -> int | None:
    """For a singular verb at `i` after كان, its subject and قد (وكان رجل قد قتل في الرياض،
    وكان فتى فلسطيني قد قتل برصاص): the subject, one indefinite singular noun (an adjective may
    follow it) or a name the tagger knows (`names_person`, a test of a token); None where the
    verb has an object right after it (وكان رجل قد قتل زوجته، وكان مسلحون قد اختطفوا ديوجي) or
    a count further on in its clause, before another verb of its own (وكان صدام قد قتل بالغاز
    الآلاف، وكان مسلح قد قتل وأصاب عددا: he did it; not قد قتل في 2014، قد قتل وأصيب 220), or is
    dual or plural (وكان رجل وزوجته قد قتلا)."""
    verb = tokens[i].text
    if i < 3 or tokens[i - 1].text != "قد" or verb.endswith("ا") or not _ends_told(tokens, i):
        return None
    if _counts_after(tokens, i):
        return None
    for k in range(i - 3, max(-1, i - 6), -1):
        if tokens[k].text in _WAS:
            subject = k + 1
            word = tokens[subject].text
            one = is_singular(word) and not word.startswith("ال")
            return subject if one or names_person(tokens[subject]) else None
    return None


def relative_subject(tokens, i, names_person: Callable) -> int | None:
    """For a verb at `i` right after الذي (التي before a feminine one) with no object after it,
    only a few words of where, when or how before its clause ends or an agent follows (هشام
    الحنفي الذي اعتقل في مرسيليا، الذي قتل في الدوحة على يد شقيق زوجته): the person before the
    pronoun (or before its comma), a name or a singular noun of people; None where the verb
    takes an object or a count (الرجل الذي قتل زوجته، الرجل الذي قتل في منزله زوجته، الهجوم
    الذي قتل 5)."""
    verb = tokens[i].text
    if i < 2 or verb not in _MAY_BE_PASSIVE or _counts_after(tokens, i):
        return None
    pronoun = tokens[i - 1].text.removeprefix("و")
    if pronoun not in _RELATIVE_ONE or (pronoun == "التي") != verb.endswith("ت"):
        return None
    following = [t.text for t in tokens[i + 1 : i + 3]]
    by = following == ["من", "قبل"]  # الذي قتل من قبل الجيش: by whom
    if not (by or _ends_told(tokens, i)) or following[:1] and following[0][:1] == "و":
        return None  # الذي قتل وأصاب: he did it
    ends = CLAUSE_ENDS | _AGENT_OR_CAUSE | {"يد", "قبل"}  # على يد، من قبل: by whom, then
    clause = list(takewhile(lambda t: t.text not in ends, tokens[i + 1 : i + 8]))
    nouns = [t for t in clause if not lookup(t.text, EVENT_WORDS)]  # في غارة: what befell him
    if len(clause) > 6 or any(lookup(t.text, SUBJECT_WORDS) for t in nouns):
        return None  # الذي خطف في مارس 2016 طائرة مصر للطيران: his deed's object follows
    k = i - 3 if tokens[i - 2].text == "," else i - 2  # صالح الصماد، والذي قتل
    if k < 1:
        return None
    if names_person(tokens[k]) or names_person(tokens[k - 1]):  # هشام الحنفي الذي
        return k
    person = lookup(tokens[k].text, SUBJECT_WORDS) in PERSON_ROLES
    return k if person and is_singular(tokens[k].text.removeprefix("ال")) else None


def named_before(tokens, i, names_person: Callable, marked: bool, placed: Callable) -> int | None:
    """For a verb at `i` read as passive (قُتل، اعتُقل) with no count in its clause, the first
    word of a name the tagger knows (`names_person`) right before it, past قد, commas and
    quotation marks, the name after أن، إن، لكن, a clause's start or a comma, or "that he" or
    "but he" (أنه، لكنه) there: one person it befell (أن خاشقجي قتل بأيدي عملاء؛ جمال خاشقجي، قتل
    في القنصلية السعودية في اسطنبول؛ لكنه قتل في اشتباك: after "but he" في right after the verb
    is enough, not after "that he": أعلن الجيش أنه اعتقل في الضفة مطلوبين). Passive
    where it is `marked` (a damma, or in quotation marks), an agent or a cause follows it (بأيدي،
    على يد، جراء) or only a phrase of where ends its clause (in it, words with the article or
    `placed` names); not إن الأسد اعتقل في درعا معارضين, nor صدام قتل بالغاز الآلاف (he did it)."""
    if tokens[i].text not in _MAY_BE_PASSIVE or _counts_after(tokens, i):
        return None
    passive = marked or _passive_told(tokens, i, placed)
    k = i - 1
    while k >= 0 and tokens[k].text in _PASSED_OVER:
        k -= 1
    if k >= 0 and tokens[k].text in HE:  # لكنه قتل في اشتباك: he
        where = (
            tokens[k].text in _BUT_HE and i + 1 < len(tokens) and tokens[i + 1].text in LOCATIVES
        )
        return k if passive or where else None
    if not passive:
        return None
    first = None
    while k >= 0 and names_person(tokens[k]):
        first, k = k, k - 1
    opened = k < 0 or tokens[k].text in _THAT | _BUT or tokens[k].text in CLAUSE_ENDS
    return first if first is not None and opened else None


def _passive_told(tokens, i, placed: Callable) -> bool:
    """Whether the clause ends right after the verb at `i`, an agent or a cause follows it (قتل
    بأيدي عملاء، على يد، جراء القصف) or a phrase of where that ends its clause (قتل في القنصلية
    السعودية في اسطنبول.)."""
    following = tokens[i + 1 : i + 8]
    first = following[0].text if following else "."
    hand = first == "علي" and len(following) > 1 and following[1].text == "يد"  # على يد
    if first in CLAUSE_ENDS or first in _AGENT_OR_CAUSE or hand:
        return True
    if first not in LOCATIVES:
        return False
    for token in following[1:]:
        word = token.text
        if word in CLAUSE_ENDS or word[:1] == "و":
            return True
        if not (word.startswith("ال") or word in LOCATIVES or placed(token)):
            return False
    return False


def _counts_after(tokens, i) -> bool:
    """A count (or many: الآلاف) in the clause after the verb at `i`, before another event of
    others: whom the one before it did it to (وكان صدام قد قتل بالغاز الآلاف)."""
    clause = takewhile(lambda t: t.text not in CLAUSE_ENDS and not _befell(t), tokens[i + 1 :])
    return any(_count(t) or t.text.removeprefix("ب") in _MANY for t in clause)


def _befell(token) -> bool:
    """Another event joined by و, said of others (وأصيب 220: not وأصاب, "and he wounded")."""
    word = token.text
    return word[:1] == "و" and word not in _HARMED and lookup(word, EVENT_WORDS) is not None


def _count(token) -> bool:
    """A number that is no year."""
    return clauses.is_number(token) and not is_year_digits(token.text)


def _ends_told(tokens, i) -> bool:
    """Whether the verb at `i` has no object after it: the clause ends, or و، ب or a word of
    where and when follows it past the words of when (قتل الجمعة برصاص; not قتل الأحد ثلاثة
    أشخاص, whom he killed)."""
    j = next((j for j in range(i + 1, len(tokens)) if tokens[j].text not in _WHEN), len(tokens))
    following = tokens[j].text if j < len(tokens) else "."
    return following in CLAUSE_ENDS or following[:1] in "وب" or following in AFTER_A_FATE


def is_passive(tokens, i) -> bool:
    """ "was killed", "was confirmed killed", "has been detained", "was shot (found) dead"."""
    before = [t.text for t in tokens[max(0, i - 3) : i]]
    done = before[-1:] in (["shot"], ["found"]) or "".join(before[-1:]).endswith("ed")
    two = len(before) > 1 and before[-2] in PASSIVE_AUXILIARIES and done
    return bool(before) and (before[-1] in PASSIVE_AUXILIARIES or two)
