"""Words that count without a number (عشرات، عدة، قتلى): where they count, and where they
are only part of the phrase around them."""

from __future__ import annotations

from itertools import takewhile

from ..text import Token
from .lexicon import (
    ARABIC_WEEKDAYS,
    BARE_TOLLS,
    CLAUSE_ENDS,
    DEMANDS,
    ELIMINATIONS,
    EVENT_WORDS,
    FIGHTERS,
    INCLUSION,
    NEGATIONS,
    PEOPLE_EVENTS,
    SPEAKING,
    STRIKES,
    TARGETS,
    TOLL_CAUSES,
    lookup,
)
from .nouns import PEOPLE_PLURALS, PERSON_ROLES, SUBJECT_WORDS, THING_ROLES
from .number_words import AMONG_THEM, NOMINATIVE_NUMBER_OF, THEIR_NUMBER, VAGUE

VAGUE_FIRST = frozenset(key.split()[0] for key in VAGUE) | {"سلسله"}  # سلسلة: `series_of`
LOSSES = frozenset(["خسائر", "بخسائر", "وخسائر"])  # of lives, the dead: `_lives_lost`
VAGUE_FIRST |= LOSSES
VAGUE_CLITICS = ("و", "ب", "ل")
# Vague counts that may carry و، ب or ل (ومئات، بآلاف، لعشرات الضربات), and عدة (بعدة غارات;
# بعده is "after it" as often, وعده "his promise": only before strikes, `toll_beside`).
WITH_CLITICS = frozenset("عشرات مئات الاف ملايين العشرات المئات الالاف الملايين عده".split())
MANY_WITH_AND = frozenset("عدد العديد الكثير".split())  # وعدد من، والعديد من: read past و


def toll_beside(tokens: list[Token], i: int) -> bool:
    """A vague word with its clitic (ومئات، بالعشرات) counts only beside the event it counts: an
    event's noun or strikes after it, maybe after من (ومئات الجرحى، والعشرات من المصابين، بعشرات
    الغارات، بعشرات الضربات), or before it after ب (قتلى بالعشرات); not ومئات فروا، بعشرات
    الشظايا."""
    k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].text == "من" else i + 1  # والعشرات من الجرحى
    if tokens[i].text[1:] == "عده":  # بعدة غارات (not بعده, "after him": right before a strike)
        return i + 1 < len(tokens) and _of_strikes(tokens[i + 1].text)
    after = k < len(tokens) and any(lookup(tokens[k].text, w) for w in (EVENT_WORDS, STRIKES))
    before = tokens[i].text[:1] == "ب" and i and lookup(tokens[i - 1].text, EVENT_WORDS)
    return bool(after or before)


_TOLL_REACH = 12  # words before في سلسلة within which a toll makes it the toll's series
_IN_A_SERIES = frozenset("في خلال جراء".split())  # قتل 37، بينهم 10 صحافيين، في سلسلة هجمات
_SENTENCE_ENDS = frozenset(".؟!?")


def series_of(tokens: list[Token], i: int) -> bool:
    """سلسلة counts the strikes, operations or attacks right after it (شنت سلسلة غارات), unless
    a toll is told just before it in its sentence, or further back when the series follows في,
    خلال or جراء (قتل عشرة في سلسلة هجمات: the toll's) or the story comes after
    the series or is the latest of it (بعد ساعات من سلسلة هجمات، الأحدث ضمن سلسلة هجمات:
    background); a series "of" (سلسلة من الهجمات) is background as often as a toll."""
    if i + 1 >= len(tokens) or not _of_strikes(tokens[i + 1].text):
        return False
    governed = i > 0 and tokens[i - 1].text in _IN_A_SERIES  # في سلسلة: the toll's, further back
    before = [t.text for t in tokens[max(0, i - (_TOLL_REACH if governed else 5)) : i]]
    ends = [k for k, w in enumerate(before) if w in _SENTENCE_ENDS]
    before = before[ends[-1] + 1 :] if ends else before
    toll = any(lookup(w, EVENT_WORDS) in PEOPLE_EVENTS for w in before)
    near = before[-3:] + [w[1:] for w in before[-3:] if w[:1] == "و"]  # وبعد
    return not toll and not _BACKGROUND.intersection(near)


def _of_strikes(word: str) -> bool:
    """A noun of strikes, operations or attacks (غارات، عمليات، هجمات): what عدة with ب and
    سلسلة count."""
    return bool(lookup(word, STRIKES) or lookup(word, EVENT_WORDS) in ("operations", "attacks"))


def number_of_those(tokens: list[Token], i: int, clitic: int = 0) -> bool:
    """عدد من that counts nothing: "the number of those who" before a verb (عدد من اعتقلوا 58),
    a part after بينهم (the rows leave it out, unless of people after a count in digits), and "a
    number of" anything but fighters (عدد من المسلحين: a force, `personnel` where present) away
    from an event word (عدد من الدول; `NOMINATIVE_NUMBER_OF`), and العديد من، الكثير من or
    مجموعة من of no people (العديد من التقارير، مجموعة من الدول) unless right after a word of
    killing (مقتل العديد من السكان) or of arrest and على (القبض على العديد من أصدقائه), nor
    before a number (مجموعة من 12 شخصا) or after one person (زعيم مجموعة من). `clitic`: 1 for a
    و before the first word (والعديد من، وعدد من), which counts only joined to a toll
    (`_joined_to_toll`)."""
    first = tokens[i].text[clitic:]
    if clitic and not _joined_to_toll(tokens, i):
        return True  # وعدد من الشركات، وعدد من ذوي الضحايا، بحضور الوزير وعدد من القادة
    if first in _MANY_OF:  # its noun after من, past a quotation mark
        words = [t.text for t in tokens[i + 2 : i + 5] if t.text.isalpha()] or [""]
        those = words[0] in _THOSE and len(words) > 1  # العديد من هؤلاء المدنيين
        noun = words[1] if those else words[0]
        role = lookup(noun, SUBJECT_WORDS) or lookup(noun + "ن", SUBJECT_WORDS)  # مقاتلي
        if those:  # of people only (not العديد من هذه الغارات, told before)
            return role not in PERSON_ROLES
        if i + 2 < len(tokens) and tokens[i + 2].kind == "number":
            return True  # مجموعة من 12 شخصا: the number counts them
        if i > 0 and lookup(tokens[i - 1].text, SUBJECT_WORDS) in PERSON_ROLES:
            return True  # زعيم مجموعة من المسلحين: the one leader
        killing = i > 0 and lookup(tokens[i - 1].text, EVENT_WORDS) == "killed"  # مقتل مجموعة من
        held = i > 1 and tokens[i - 1].text == "علي" and lookup(tokens[i - 2].text, EVENT_WORDS)
        if (killing or held == "detained") and role not in THING_ROLES:
            return False  # مقتل مجموعة من السيخ، راح ضحيتها الكثير من الأبرياء: whoever they are
        if first != "العديد":  # الكثير من، مجموعة من: of people only (not عمليات),
            heard = i > 0 and (tokens[i - 1].text in _HEARD or lookup(tokens[i - 1].text, SPEAKING))
            people = role in PERSON_ROLES or lookup(noun, BARE_TOLLS)  # الكثير من القتلى
            return not people or bool(heard)  # not قال الكثير من، سمعت من مجموعة من
        return (role is None or role in THING_ROLES) and not lookup(noun, EVENT_WORDS)
    if f"{first} {tokens[i + 1].text}" not in NOMINATIVE_NUMBER_OF:
        return False
    before = [t.text for t in tokens[max(0, i - 2) : i]]
    after = tokens[i + 2].text if i + 2 < len(tokens) else ""
    if after and not after.startswith(("ال", "وال")) and lookup(after, EVENT_WORDS):
        return True  # a verb
    last = before[-1].removeprefix("و") if before else ""
    people = lookup(after, SUBJECT_WORDS) in PERSON_ROLES  # عدد من عناصر الجيش قد قتلوا
    part = last in INCLUSION and (people or after.endswith(("يين", "يون")))
    if part and any(t.kind == "number" for t in tokens[max(0, i - 4) : i - 1]):  # 33 شخصا بينهم
        return False  # 17 آخرين بينهم عدد من المدنيين، الأميركيين: a part of a toll in digits
    if last in INCLUSION or last in _NO_COUNT_BEFORE:
        return True  # بينهم عدد من، أكبر عدد من القتلى، وحالة عدد منهم خطرة
    if before[-1:] == ["علي"]:  # القبض على عدد من، not غارات على عدد من المواقع
        return lookup(before[0], EVENT_WORDS) != "detained"
    said = last in SPEAKING or last in DEMANDS  # وأفاد عدد من الأشخاص بأن الشرطة اعتقلت: witnesses
    rest = takewhile(lambda t: t.text.removeprefix("و") not in _STOPS, tokens[i + 3 : i + 9])
    verb = any(
        lookup(t.text, EVENT_WORDS) and not t.text.startswith(("ال", "وال", "ب")) for t in rest
    )
    if people and verb and not said:
        return False  # (not حاول عدد من المدنيين وبينهم جرحى الفرار: the wounded's own count)
    if lookup(after, FIGHTERS) and not said:
        return False  # عدد من المسلحين، عدد من العناصر الإرهابية: a force, maybe present
    if len(before) == 2 and before[1] in _IN_IT:
        before = before[:1]  # قتل خلاله عدد من الانقلابيين: the event, past "during it"
    return not (any(lookup(w, EVENT_WORDS) for w in before[-1:]) or lookup(after, EVENT_WORDS))


def _joined_to_toll(tokens: list[Token], i: int) -> bool:
    """A vague count past its و joins a toll told before it in its clause (14 قتيلا وعدد من
    الجرحى، قتل وعدد من مرافقيه) when it counts people: a toll's noun, people or fighters, or a
    noun with a pronoun (مرافقيه); not kin (وعدد من ذوي الضحايا), nor after the kin of a toll
    (تعويض أسر القتلى وعدد من الجرحى)."""
    noun = next((t.text for t in tokens[i + 2 : i + 4] if t.text.isalpha()), "")
    role = lookup(noun, SUBJECT_WORDS)
    people = lookup(noun, BARE_TOLLS) or role in PERSON_ROLES or lookup(noun, FIGHTERS)
    if noun in _KIN or not (people or noun.endswith(("يه", "يهم", "يها"))):
        return False
    for k in range(i - 1, max(-1, i - 9), -1):
        if tokens[k].text in CLAUSE_ENDS:
            return False
        if lookup(tokens[k].text, EVENT_WORDS) in ("killed", "injured", "detained"):
            return not (k and tokens[k - 1].text.removeprefix("و").removeprefix("ل") in _KIN)
    return False


_KIN = frozenset("اسر عائلات ذوي اهالي اقارب ذويهم اسرهم عائلاتهم اقاربهم".split())
_BACKGROUND = frozenset("بعد غداه اثر عقب ضمن وراء الاحدث احدث".split())
_MANY_OF = frozenset(["العديد", "الكثير", "كثير", "مجموعه"])  # العديد من، كثير من، مجموعة من
_HEARD = frozenset(["من", "لدي"])  # سمعت من مجموعة من النساء: sources, not a count
_IN_IT = frozenset("خلاله خلالها فيه فيها".split())
_THOSE = frozenset("هؤلاء هولاء هذه هذا تلك اولئك".split())
_STOPS = INCLUSION | frozenset("ان بان قبل الذين الذي التي".split())  # another clause's event


def postposed(tokens: list[Token], i: int) -> bool:
    """عدة after its noun (أياما عدة) rather than before it (عدة أيام), a noun that is not of
    people or an event (أشخاصا عدة، غارات جوية عدة count), with no noun after it; after مرات
    always (مرات عدة: several times), after a word of targets unless an event word follows
    (أهداف عدة; not هدف عدة هجمات)."""
    before = tokens[max(0, i - 2) : i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before and before[-1].text == "مرات":
        return True  # أجريت البحث مرات عدة: several times
    counts = after is not None and (lookup(after.text, EVENT_WORDS) or lookup(after.text, STRIKES))
    if before and before[-1].text in TARGETS and not counts:
        return True  # غارات على أهداف عدة لحماس: targets (not هدف عدة هجمات)
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


def bare_toll(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """For قتلى، جرحى without the article after what caused them, a word or two before (أوقع
    الانفجار قتلى، سقط فيها قتلى، وبينهم جرحى), and no negation before that (لم يسفر عن قتلى:
    a stated zero), how many clitic letters precede it (و) and its last token; else None. The
    second of a pair (قتلى وجرحى) has the cause of the first. Losses of lives too
    (`_lives_lost`)."""
    token = tokens[i].text
    if token in LOSSES:
        return _lives_lost(tokens, i)
    skip = 0 if token in BARE_TOLLS else 1 if token[:1] == "و" and token[1:] in BARE_TOLLS else None
    if skip is None:
        return None
    first = i - 1 if skip and i and tokens[i - 1].text in BARE_TOLLS else i  # قتلى وجرحى
    cause = next(
        (k for k in (first - 1, first - 2) if k >= 0 and lookup(tokens[k].text, TOLL_CAUSES)), None
    )
    if cause is None or any(lookup(t.text, NEGATIONS) for t in tokens[max(0, cause - 5) : cause]):
        return None
    return skip, i


def _lives_lost(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Losses without the article (خسائر، بخسائر، وخسائر) with lives within four words after them
    (تكبدت الميليشيات خسائر فادحة في الأرواح، خسائر في العتاد والأرواح): the dead, vague; not
    denied earlier in the clause (لم يسفر الانفجار عن وقوع إصابات أو خسائر في الأرواح: a stated
    zero) nor between (خسائر مادية دون الأرواح، وحماية الأرواح), nor losses averted, possible or
    the most or least (لمنع وقوع خسائر، إمكانية التسبب بخسائر، لإيقاع أكبر خسائر ممكنة), nor
    counted right after (خسائر في الأرواح بلغت ما يقارب 350 عنصرا); as `bare_toll`."""
    lives = [k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].text in _LIVES]
    if not lives:
        return None
    clause = takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(tokens[max(0, i - 12) : i]))
    around = [*clause, *tokens[i + 1 : lives[0]]]
    if any(lookup(t.text, NEGATIONS) or lookup(t.text, _NOT_LOST) for t in around):
        return None
    told = takewhile(lambda t: t.text not in CLAUSE_ENDS, tokens[lives[0] + 1 : lives[0] + 6])
    return None if any(t.kind == "number" for t in told) else (len(tokens[i].text) - 5, lives[0])


_LIVES = frozenset(["الارواح", "بالارواح", "والارواح"])
# Words before losses or between them and lives that make them no toll: a denial, care for lives,
# an aim to avert them, a possibility, a superlative.
_NOT_LOST = frozenset(
    "ليس وليس حمايه وحمايه انقاذ وانقاذ منع لمنع تفادي لتفادي تجنب لتجنب تقليل لتقليل امكانيه "
    "التسبب يتسبب اكبر اقل باقل افدح".split()
)


def bare_event(word: str) -> str | None:
    """The event a bare toll's word tells (قتلى: killed; خسائر في الأرواح: killed)."""
    if word in LOSSES:
        return "killed"
    return lookup(word, EVENT_WORDS) if lookup(word, BARE_TOLLS) else None


def bare_plural(tokens: list[Token], i: int) -> bool:
    """A plural of people without the article right after the event that befell them (مقتل
    مدنيين، احتجز رهائن، قتل فيه مدنيين): a vague count, as the guide reads a bare plural in a
    reported action (`_framed`, `_reported`); not where a definite noun makes them a known group
    (عناصر الشرطة), nor a nominative that did it to people named after it. The caller leaves it
    out where the clause tells their number (`size_told`: مدنيين اثنين)."""
    if tokens[i].text.removesuffix("ا") not in PEOPLE_PLURALS or i == 0:
        return False
    k = i - 2 if tokens[i - 1].text in _IN_IT and i > 1 else i - 1
    while k and _joined_event(tokens[k]) and lookup(tokens[k - 1].text, EVENT_WORDS):
        k -= 1  # بقتل وجرح مدنيين: the chain's first event
    if not _befalls(tokens[k].text, tokens[k - 1].text if k else ""):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.text.startswith("ال") and after.text not in _WHEN:
        return False  # أوقف عناصر الشرطة سيارة: a known group
    if tokens[i].text.endswith("ون") and not _undergone(tokens, i + 1):
        return False  # خطف مسلحون مجهولون ممرضة: the nominative did it to those after
    return _framed(tokens, k) and _reported(tokens, k)


def _undergone(tokens: list[Token], j: int) -> bool:
    """Whether a plural in the nominative underwent the event before it: the words after it,
    past its adjectives (مسلحون مجهولون), are a clause's end, a place, a time, a cause or
    another word joined by و (قتل مدنيون في القصف، أصيب متظاهرون وأفراد من الشرطة), not the
    object of a verb it did (خطف مسلحون ممرضة)."""
    while j < len(tokens) and tokens[j].text.endswith(("ون", "يين")):
        j += 1  # مجهولون، إيرانيون
    if j == len(tokens) or tokens[j].text in CLAUSE_ENDS or tokens[j].text in _WHEN:
        return True
    return tokens[j].text in _AFTER_UNDERGONE or tokens[j].text[:1] in "وب"


def _framed(tokens: list[Token], k: int) -> bool:
    """Whether the event at `k` is told as something that happened: a verb in the past (احتجز
    رهائن، اعتقلوا ناشطين; قتل، whose noun is the same word, only where a clause begins), or its
    noun as what came of something or what was announced (أسفر عن مقتل، تسبب بمقتل، بعد مقتل، تم
    إعدام، أعلنت الوزارة مقتل) and hostage-taking (احتجاز رهائن); not a noun in a list, a
    charge or a report's subject (بجرم تشكيل عصابة وقتل جنود، من حيث مقتل صحافيين)."""
    word = tokens[k].text.removeprefix("و").removeprefix("ف")
    before = tokens[k - 1].text if k else "."
    if word in _PAST_VERBS:
        verb = k + 1 < len(tokens) and tokens[k + 1].text in _IN_IT  # قتل فيه مدنيين
        return verb or word not in _NOUNS_TOO or before in CLAUSE_ENDS or before in _STARTS
    if before in _CAME_OF or (tokens[k].text[:1] in "بل" and before in _RESULTS):
        return True  # أسفر عن مقتل، تم إعدام، بعد مقتل، أدى لمقتل
    if before == "في" and any(t.text in _RESULTS for t in tokens[max(0, k - 4) : k - 1]):
        return True  # تسببت القذائف في مقتل
    announced = any(t.text in _ANNOUNCING for t in tokens[max(0, k - 4) : k])
    return announced or tokens[k + 1].text == "رهائن"  # أعلنت الوزارة مقتل; احتجاز رهائن


def among_them(tokens: list[Token], i: int) -> bool:
    """A plural of people right after بينهم (بينهم نساء وأطفال، إن بينهم أطفالا): some of the
    count before, a vague part of it, where the nearest event word before, raids and attacks
    passed over, is a killing, a wounding or an arrest (not تحتجز 2000 عنصر بينهم أجانب: held;
    ونجاة 117 بينهم نساء: survivors)."""
    if i == 0 or tokens[i - 1].text not in AMONG_THEM:
        return False
    if tokens[i].text.removeprefix("ال").removesuffix("ا") not in PEOPLE_PLURALS:
        return False
    events = (lookup(t.text, EVENT_WORDS) for t in reversed(tokens[: i - 1]))
    befallen = next((e for e in events if e and e not in ("operations", "attacks")), None)
    return befallen in ("killed", "injured", "detained")  # قتلوا في الغارات، بينهم نساء


def all_of_them(tokens: list[Token], i: int) -> bool:
    """جميع or كافة between the event that befell them and the people (مقتل جميع المهاجمين، قضت
    على كافة العناصر، قتل جميع من فيها): a vague count where the event is reported (as
    `bare_plural`); the caller leaves it out where the clause tells their number."""
    if tokens[i].text not in ALL_WORDS or i == 0 or i + 1 == len(tokens):
        return False
    k = i - 1
    ended = any(t.text in ELIMINATIONS for t in tokens[max(0, k - 3) : k])  # قضت القوات على
    eliminated = tokens[k].text == "علي" and ended
    if not (eliminated or _befalls(tokens[k].text, tokens[k - 1].text if k else "")):
        return False
    if tokens[k].text.removeprefix("و") in _HIT:
        return False  # وأصابوا جميع من ينتظر: hit, not wounded
    people = tokens[i + 1].text
    noun = people.removeprefix("ال")
    if not (people == "من" or noun in PEOPLE_PLURALS or lookup(people, SUBJECT_WORDS)):
        return False  # not إصابة جميع الأهداف
    return _reported(tokens, k)


def size_told(tokens: list[Token], i: int, counts) -> bool:
    """Whether the clause after a vague count of people at `i` tells how many they are: a number
    within a few words, in digits, a vague word or a word `counts` reads (مقتل مدنيين اثنين،
    جميع الأشخاص التسعة، قتل متشددين 13 شخصا: others they killed), or their number anywhere in
    the clause (جميع ركابها وعددهم 65، مدنيين هما رجل وزوجته), until another event (مقتل جميع
    المهاجمين واستشهاد ثلاثة)."""
    clause = list(takewhile(lambda t: not _clause_end(t), tokens[i + 1 :]))
    near = [t for t in clause[:_NEAR] if t.kind == "number" or t.text in VAGUE or counts(t.text)]
    return bool(near) or any(t.text in _SIZES for t in clause)


def _clause_end(token: Token) -> bool:
    """A clause's end, or another event joined by و (واستشهاد ثلاثة)."""
    return token.text in CLAUSE_ENDS or _joined_event(token)


def _joined_event(token: Token) -> bool:
    """An event word joined by و (وجرح، واستشهاد)."""
    return token.text[:1] == "و" and bool(lookup(token.text, EVENT_WORDS))


_NEAR = 5
_SIZES = THEIR_NUMBER | {"البالغ", "مجموعهم", "هما", "وهما"}


def _reported(tokens: list[Token], k: int) -> bool:
    """Whether the event at `k` is reported as done: not negated (a stated zero), denied, charged,
    feared, supposed or ruled on (تهمة قتل، انتهاكات تشمل قتل، قد تؤدي إلى مقتل، نفى مقتل، في حال
    ...) a few words before it, nor an attempt or "the number of" (محاولة قتل، عدد قتلى)."""
    before = list(
        takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(tokens[max(0, k - 6) : k]))
    )
    words = [t.text.removeprefix("و").removeprefix("ب") for t in before]
    if words[:1] == ["في"] or words[:1] == ["الي"]:
        words = words[1:]  # الشروع في قتل، قد تؤدي إلى مقتل
    if words[:1] and words[0] in _NOT_REPORTED:
        return False
    return not any(lookup(w, NEGATIONS) or w in _UNREAL for w in words)


def _befalls(event: str, before: str) -> bool:
    """An event that befalls people, not with ب or ل (بقتل، لاعتقال: a charge or an aim) unless a
    verb of result precedes it (تسبب بمقتل، أدى لمقتل), and not the dead themselves (قتلى
    مدنيين: the dead are the count)."""
    if (event[:1] in "بل" and before not in _RESULTS) or event in _VICTIMS:
        return False
    return lookup(event, EVENT_WORDS) in _BEFALLING


ALL_WORDS = frozenset(["جميع", "كافه"])  # all of them
# Words of time a bare plural may stand before (احتجز رهائن الجمعة): no definite noun of a group.
_WHEN = frozenset(ARABIC_WEEKDAYS) | frozenset("اليوم الليله الماضي الاسبوع الشهر".split())
_BEFALLING = frozenset(["killed", "injured", "detained"])
_VICTIMS = frozenset("قتلي جرحي ضحايا مصابين".split())
_NOT_REPORTED = frozenset("عدد اعداد الشروع محاوله مركز".split())  # مركز احتجاز مهاجرين
# Words before an event that make it charged, denied, feared, supposed, general or ruled on.
_UNREAL = frozenset(
    "تهمه تهم التهم اتهامات اتهام اتهم جرائم جريمه بجرم ارتكاب المتورط مسؤوليه المسؤولين "
    "انتهاكات قضيه قد يمكن حال اذا لو ينوي يريد هدفه احتمال احتمالات نفي نفت ينفي رفض رفضت "
    "سيؤدي ستؤدي سيسفر يجيز تمنع يمنع منع خطر خشيه التوقف توقف الكف تتحدث يتحدث تتهم يتهم "
    "اتهمت دليل يخشي".split()
)
# Verbs after which an event with ب or ل happened: تسبب بمقتل، أدى لمقتل، قامت باعتقال، ندد بمقتل.
_RESULTS = frozenset(
    "تسبب تسببت يتسبب ادي ادت يؤدي تؤدي قام قامت قاموا ندد نددت ادان ادانت".split()
)
# Verbs of the events in the past (not أصاب/أصابت, "hit"), and those written as their noun too.
_PAST_VERBS = frozenset(
    "قتل قتلت قتلوا اعتقل اعتقلت اعتقلوا احتجز احتجزت احتجزوا اوقف اوقفت اوقفوا اختطف اختطفت "
    "اختطفوا خطف خطفت خطفوا جرح اصيب اصيبت اسر اسرت اسروا اغتيل اغتالت اغتالوا".split()
)
_NOUNS_TOO = frozenset("قتل خطف جرح اسر".split())
_CAME_OF = frozenset("عن الي تم بعد اثر عقب جراء".split())  # أسفر عن، أدى إلى، بعد مقتل
_ANNOUNCING = frozenset("اعلن اعلنت يعلن تعلن اعلان واعلن واعلنت افاد افادت وافاد وافادت".split())
_HIT = frozenset("اصاب اصابت اصابوا".split())
_AFTER_UNDERGONE = frozenset("في خلال جراء اثر بعد يوم امس من علي".split())
_STARTS = frozenset(['"', "«", "“", "."])  # a quote or a sentence begins
