"""Custody, read from the tokens of a sentence: people held rather than arrested (captives in
someone's hands; a camp's or a prison's people), what befell one person said after them, and
people charged, dismissed, suspended or sought rather than arrested, held or killed (people set
free are `releases`)."""

from __future__ import annotations

from .clauses import among, event_of, is_negation, is_number
from .lexicon import (
    CLAUSE_BREAKS,
    CLAUSE_ENDS,
    CUSTODY_PLACES,
    DISEASES,
    EVENT_WORDS,
    FATES_OF_MANY,
    HELD_BY,
    HOUSING_VERBS,
    RELATIVES,
    RELEASE_WORDS,
    lookup,
)
from .nouns import PERSON_ROLES, SUBJECT_WORDS, is_singular
from .releases import RESULTS, release

# Words that are no part of a camp's name after "in" (in the town next to the camp).
_NOT_NAMES = frozenset("the a an of to from near around next areas area town city".split())
HOUSING_REACH = 10  # tokens back from a count to the verb of the camp that holds it (يضم)


# Warrants (مذكرات اعتقال، قرار إلقاء القبض): no arrest, unless carried out (تنفيذ قرار القبض).
WARRANTS = frozenset("مذكره مذكرات مذكرتي امر امرا اوامر ومذكره قرار قرارا قرارات".split())
_CARRIED_OUT = frozenset("نفذ نفذت تنفيذ بموجب وفق".split())
# Posts one is suspended from (أوقفوا عن العمل), and verbs of it before عن أداء (not تخلفوا عن).
_POSTS = frozenset("الخدمه العمل عملهم عمله مهامه مهامهم منصبه مناصبهم وظائفهم".split())
_SUSPENDING = frozenset("اوقف اوقفت اوقفوا ايقاف ايقافهم ايقافه".split())


def no_arrest(tokens, hedge, stop) -> bool:
    """A word of arrest around a count that makes no arrest of it: a warrant (مذكرات توقيف بحق
    300 عسكري، 107 أوامر قبض، 12 شخصا صدرت بحقهم قرارات قبض), or a suspension from one's post
    (أوقفت الوزارة 5 ضباط عن العمل، أوقفوا عن الخدمة)."""
    if hedge + 1 < stop and tokens[hedge + 1].text in WARRANTS:
        return True
    for k in (*range(max(1, hedge - 4), hedge), *range(hedge + 2, min(hedge + 7, stop))):
        if lookup(tokens[k].text, EVENT_WORDS) == "detained" and warrant_before(tokens, k):
            return True
    cut = [k + 1 for k in range(max(0, hedge - 4), hedge) if tokens[k].text == ","]
    joined = (k for k in range(hedge, stop - 1) if tokens[k].text + tokens[k + 1].text[:1] == ",و")
    end = next(joined, stop)  # not اعتقلت 50 ألفا، وأوقفت عن العمل 150 ألفا: the next count's
    words = [t.text for t in tokens[max(0, hedge - 4, *cut) : end]]  # nor عن العمل، واعتقلت 20
    return any(
        a == "عن" and (b in _POSTS or (b == "اداء" and lookup(verb, _SUSPENDING)))
        for verb, a, b in zip(["", *words], words, words[1:], strict=False)
    )


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
    3 آلاف طفل أجنبي يعيشون في مخيمي الهول وروج، يقبع 10 آلاف عنصر في سجون قسد), or said to be
    behind bars (خلف القضبان، وراء القضبان); an aside between commas after the noun is passed
    over (50 ألف شخص، معظمهم من النساء والأطفال، في مخيم الهول)."""
    people = (
        noun is not None
        and noun < len(tokens)
        and (
            is_singular(tokens[noun].text)
            or lookup(tokens[noun].text, SUBJECT_WORDS) in PERSON_ROLES
        )
        and not lookup(tokens[noun].text, _PROTESTERS)  # آلاف المتظاهرين في مخيم العودة: a crowd
    )
    verb = _named_before(tokens, position, HOUSING_VERBS)  # يقبع 10 آلاف عنصر في سجون قسد
    first = _after_aside(tokens, noun + 1) if people else 0
    for k in range(first, min(first + 4, len(tokens) - 1)) if people else ():
        if is_number(tokens[k]) or tokens[k].text in CLAUSE_ENDS or event_of(tokens, k):
            break
        described = all(t.text.endswith(_ADJECTIVES) for t in tokens[first:k])  # سعوديات
        described = described and lookup(tokens[noun].text, SUBJECT_WORDS) != "soldiers"
        living = verb or described or any(lookup(t.text, HOUSING_VERBS) for t in tokens[noun:k])
        if tokens[k].text in ("خلف", "وراء") and tokens[k + 1].text in _BARS:
            return True  # 8 ناشطات على الأقل خلف القضبان: behind bars
        if tokens[k].text in ("في", "in"):  # not 12 مدرسة في مخيمات, 500 متظاهر غاضبين في مخيم
            if living and _custody_place_after(tokens, k):
                return True
            if first == noun + 1:
                return False
            break  # an aside, then "in dire conditions": the verb and the camp decide
    return verb and any(lookup(t.text, CUSTODY_PLACES) for t in tokens)


def _after_aside(tokens, k) -> int:
    """Past an aside between commas at `k` that says who the people are (، معظمهم من النساء
    والأطفال، ", most of them women and children,"), or `k` itself."""
    if (
        k + 1 >= len(tokens)
        or tokens[k].text != ","
        or tokens[k + 1].text.casefold() not in _WHO_THEY_ARE
    ):
        return k
    close = [j for j in range(k + 2, min(k + 14, len(tokens))) if tokens[j].text in CLAUSE_ENDS]
    return close[0] + 1 if close and tokens[close[0]].text == "," else k


_WHO_THEY_ARE = frozenset("معظمهم غالبيتهم اغلبهم بينهم most many including mostly".split())
_BARS = frozenset(["القضبان", "قضبان"])
_PROTESTERS = frozenset("متظاهر متظاهرين متظاهرون محتج محتجين محتجون protesters".split())
_ADJECTIVES = ("يه", "يين", "يون", "يات")  # a nationality's plural: ثلاث ناشطات سعوديات في السجن


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
    """For what befell one person said after them (الحارس المصاب، دميرتاش، المسجون حاليا), past
    the adjectives of a title (رئيس الوزراء السابق المسجون، القس الأمريكي المحتجز), or a name
    after it and حاليا or a comma (المسجون حاليا، صلاح الدين دميرطاش), the token of that
    person; none for one released (أفرج عن الصحفي المختطف), ill (المصاب بالسرطان), suspended
    (الموقوف عن العمل) or held no longer (المسجون سابقا)."""
    before = i - 1 if i and tokens[i - 1].text != "," else i - 2
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    freed = before >= 0 and release(tokens, before) == "other"
    if before < 0 or following in ("عن", "سابقا") or lookup(following, DISEASES) or freed:
        return None
    head = before
    while head > 0 and (tokens[head].text in _TENURE or _nisba(tokens[head].text)):
        head -= 2 if head > 1 and tokens[head - 1].text in _OFFICES else 1  # رئيس الوزراء السابق
    if is_singular(tokens[head].text) or tokens[head].text in _TITLES or names_person(tokens[head]):
        return head
    if following not in (",", "حاليا"):
        return None  # الجريح عبد الفتاح الشريف: the name goes on the noun before
    after = range(i + 1, min(i + 4, len(tokens)))
    named = next((k for k in after if tokens[k].text not in (",", "حاليا")), None)
    return named if named is not None and names_person(tokens[named]) else None


def _nisba(word: str) -> bool:
    """An adjective of nationality or origin with the article (الأمريكي، البرازيلي)."""
    return word.startswith("ال") and word.endswith("ي") and len(word) > 5


def arrest_of_one(tokens, i) -> bool:
    """القبض at `i` done to one person or two (ألقت الشرطة القبض عليها، تم القبض عليه،
    عليهما), or the verb (قبضت عليهما): not sought, rewarded, ordered or tried (مكافأة للقبض
    عليه، أمر بالقبض عليه، محاولة القبض عليه), not denied (لم يتم القبض عليه), not a cell or a
    gang (الخلية التي ألقي القبض عليها); "if" before it is `happened.supposed`."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in ("عليه", "عليها", "عليهما"):
        return False
    if tokens[i].text in _CAUGHT:  # الأجهزة الأمنية قبضت عليهما، قبض عليه: the verb
        before = [t.text for t in tokens[max(0, i - 3) : i]]
        return not any(is_negation(w) or w == "التي" for w in before)
    if i < 1:
        return False
    before = tokens[max(0, i - 4) : i]  # ألقت قوات الأمن القبض، وتم القبض
    done = any(among(t.text, _DONE) for t in before) and all(t.text != "التي" for t in before)
    return done and not any(is_negation(t.text) for t in tokens[max(0, i - 5) : i])


_DONE = frozenset("القت القي القوا تم يتم جري يلقي تلقي".split())  # ألقت القبض، يلقى القبض
_CAUGHT = frozenset("قبض قبضت وقبض وقبضت فقبض فقبضت".split())
# Former or present, after a title (رئيس الوزراء السابق), and the offices such a title holds.
_TENURE = frozenset("السابق السابقه الحالي الحاليه".split())
_OFFICES = frozenset("الوزراء الحكومه البرلمان الحزب الجمهوريه الدوله".split())
_TITLES = frozenset(
    "رئيس رئيسه الرئيس الرئيسه المرشح المرشحه القس الداعيه المعارض المعارضه".split()
)


# Custody told now: a verb of being and a participle (كان موقوفا، لا يزال محتجزا; masculine
# only: التي كانت محتجزة is as often a ship, a sum or a body as a woman), a participle after a
# pronoun of one or a singular noun and before where, since or why (أنه محتجز بتهمة، وهو محتجز
# حاليا، صحفي تركي محتجز في إيران; feminine only in the forms said of people, after her
# pronoun: وهي معتقلة منذ), a relative and a verb of holding him after a name or a singular
# (برانسون، الذي تحتجزه السلطات), or one serving a prison term (يقضي عقوبة السجن، يقبع في السجن).
_IN_CUSTODY = frozenset("موقوفا محتجزا معتقلا مسجونا محبوسا".split())
_BEING = frozenset("كان يزال لايزال مازال زال ظل يظل".split())
_HELD_ONE = frozenset("محتجز مسجون موقوف محبوس معتقل".split())
_ONE_PRONOUNS = frozenset("انه بانه وانه لانه هو وهو".split())
_HELD_HER = frozenset("مسجونه محبوسه معتقله".split())  # not محتجزة, موقوفة: a ship, a sum
_HER = frozenset("انها بانها وانها هي وهي".split())
_WHERE_WHY = frozenset("حاليا الان في لدي منذ بتهمه بتهم بسبب داخل بسجن".split())
_HOLDING_HIM = frozenset("تعتقله يعتقله تحتجزه يحتجزه تسجنه يسجنه".split())
_RELATIVES = frozenset(["الذي", "والذي"])
_SERVING = frozenset("يقضي تقضي يقبع تقبع يرقد ترقد".split())
_CUSTODIES = frozenset("الحبس الاعتقال الاحتجاز التوقيف".split())  # قيد الحبس: in custody
_PRISON = frozenset("السجن بالسجن سجن بسجن عقوبه محكوميته".split())
_THESE = frozenset("هولاء هؤلاء هم".split())
# Verbs of denial: an event of one after them did not happen (نفت السلطات احتجازه).
DENIALS = frozenset("نفي نفت ينفي تنفي نفوا denied denies deny".split())
# Words around it that free, kill or deny him (a hostage freed, a prisoner executed, one who
# died in custody), and words before it that suppose it (ما إذا كان محتجزا، قد كان، يعتقد أنه
# محتجز، أي شخص محتجز) or end it (بعد أن كان محتجزا); a former or suspended one.
_NOT_HELD = (
    RELEASE_WORDS
    | DENIALS
    | frozenset(
        "سراحه حرر حررت حررته قتل قتلت قتله اعدم اعدمت اعدام اعدامه مقتله توفي وفاه وفاته جثه".split()
    )
)
_SUPPOSED = frozenset("اذا قد لو يعتقد يرجح يشتبه ربما يحتمل اي بعد".split())
_TO_COME = frozenset("ان بان لن سوف".split())  # أن يقضي عقوبة السجن: a term to serve
_FORMER = frozenset(["عن", "سابقا", "سابق"])


def in_custody(tokens, i) -> bool:
    """One person's custody told now at token `i` (حيث كان موقوفا، أنه محتجز بتهمة، الذي تحتجزه
    السلطات، يقضي عقوبة السجن حاليا، وهو قيد الاعتقال: `_one_in_custody`): not supposed or
    ended (`_SUPPOSED`), not with a word around it that frees, kills or denies him (unless his
    release is called for: طالبت بالإفراج عن صحفي محتجز منذ عامين), not a former or suspended
    one, nor a camp (وهو معتقل في الصحراء, said of a prison)."""
    word = tokens[i].text
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    before = [t.text for t in tokens[max(0, i - 4) : i]]
    supposed = any(w in _SUPPOSED for w in before[-3:] if w not in _ONE_PRONOUNS | _HER)
    if not i or following in _FORMER or supposed:
        return False
    if word in _IN_CUSTODY:
        told = any(among(w, _BEING) for w in before[-3:])
    elif word in _HELD_ONE:
        nisba = before[-1][-1] == "ي" and len(before) > 1 and is_singular(before[-2])
        one = before[-1] in _ONE_PRONOUNS or is_singular(before[-1]) or nisba
        counted = any(map(is_number, tokens[max(0, i - 3) : i]))  # 50 ألف شخص معتقل: not one
        camp = any(lookup(w, CUSTODY_PLACES) for w in before)
        told = one and following in _WHERE_WHY and not (counted or camp)
    elif word in _HELD_HER:
        told = before[-1] in _HER and following in _WHERE_WHY  # وهي معتقلة منذ 2016
    elif word in _HOLDING_HIM and before[-1] in _RELATIVES:  # برانسون، الذي تحتجزه
        named = [w for w in before[:-1] if w != ","][-1:]
        told = bool(named) and (is_singular(named[0]) or not named[0].startswith("ال"))
    elif word == "قيد" and following in _CUSTODIES:
        told = _one_in_custody(before)
    elif among(word, _SERVING):
        now = not any(among(w, _BEING) for w in before[-3:]) and before[-1] not in _TO_COME
        told = now and _serving(tokens, i)
    else:
        return False
    near = tokens[max(0, i - 10) : i + 8]
    freed = any(lookup(t.text, _NOT_HELD) for t in near)
    return told and (not freed or release(tokens, i) == "held")


def _one_in_custody(before: list[str]) -> bool:
    """Before قيد الحبس (`before`: up to four words): one person's pronoun (وهو قيد الاعتقال),
    a name after a verb of being (وكان سانشيز قيد الحبس), or a verb of being after a singular
    relative (الذي ما زال قيد التوقيف); not a plural, a thing, nor a custody denied (ليس قيد)."""
    last = before[-1] if before else ""
    named = len(before) > 1 and among(before[-2], _BEING) and not last.startswith("ال")
    named = named and not last.endswith(("ات", "هم", "هن", "ون", "ين"))
    relative = among(last, _BEING) and any(w in _RELATIVES for w in before[-3:])
    return last in _ONE_PRONOUNS | _HER or named or relative


def _serving(tokens, i) -> bool:
    """A prison term served after the verb at `i`, with no count or plural between (يقضي عبد
    الهادي خواجة عقوبة السجن; not يقبع 500 سجين في السجون, nor يقبع هؤلاء في السجن), and not
    what a sentence stipulates (حكما يقضي بالسجن)."""
    if i + 1 < len(tokens) and tokens[i + 1].text[:1] == "ب":
        return False
    for k in range(i + 1, min(i + 5, len(tokens))):
        if tokens[k].text in CLAUSE_ENDS or tokens[k].text in _THESE or is_number(tokens[k]):
            return False
        if tokens[k].text in _PRISON:
            return True
        if lookup(tokens[k].text, SUBJECT_WORDS) and not is_singular(tokens[k].text):
            return False
    return False


def escaped(tokens, hedge, after, stop) -> bool:
    """People held who got away: a word of escape just before their count, not feared (هرب 400
    معتقل، فرار 400 سجين; not تخشى من هروب 12 ألف معتقل), or after it, from custody (تمكن 400 سجين
    من الفرار، 200 سجين فروا من السجن, "200 prisoners escaped from the jail"; not 1200 عنصر فروا
    من الباغوز, held now)."""
    if any(_escape(t.text) for t in tokens[max(0, hedge - 2) : hedge]):
        return not any(lookup(t.text, _FEARS) for t in tokens[max(0, hedge - 5) : hedge])
    for k in range(after, min(after + 4, stop)):
        rest = [t.text for t in tokens[k + 1 : k + 4] if t.text not in ("the", "a")]
        place = rest[1] if rest[:1] in (["من"], ["from"]) and len(rest) > 1 else ""
        if _escape(tokens[k].text) and (tokens[k].text[:2] == "ال" or place in CUSTODY_PLACES):
            return True
    return False


def fled(tokens, hedge: int, noun: int) -> bool:
    """Those counted at `noun` fled or sought asylum, no force present: a verb of flight right
    before the count (هرب 300 جندي، لجأ ألف جندي), or flight or asylum within four words after
    the noun (ثمانية جنود أتراك فروا إلى اليونان، جنود طلبوا اللجوء), up to a purpose (ل...), a
    relative pronoun or other fighters (not 500 جندي لمنع طالبي اللجوء، 200 جندي مسلحين فروا)."""
    if any(_escape(t.text) or lookup(t.text, _REFUGE) for t in tokens[max(0, hedge - 2) : hedge]):
        return True
    for token in tokens[noun + 1 : noun + 5]:
        if _escape(token.text) or token.text in ("اللجوء", "لجوء"):
            return True
        fighters = lookup(token.text, SUBJECT_WORDS) in ("members", "insurgents", "leaders")
        if token.text[:1] == "ل" or token.text in RELATIVES or fighters:
            return False
    return False


_REFUGE = frozenset("لجا لجاوا لجؤوا لجئوا".split())


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


# Dismissals joined to arrests before a count (توقيف أو إقالة، توقيف وإقالة): both together.
_DISMISSALS = frozenset("اقاله فصل طرد".split())
_RAIDS = frozenset("حمله حملات مداهمه مداهمات".split())  # campaigns and raids to arrest
# Verbs of a conviction or an accusation before the people they name (أدانت المحكمة 45 شخصا).
_CHARGING = frozenset("ادان ادانت يدين تدين اتهم اتهمت يتهم تتهم".split())
_CHARGES = frozenset("بتهمه بتهم بجريمه".split())
_ACCUSED = frozenset(
    "متهم متهما متهمين متهمون متهمان متهمتين متهمتان متهمه متهمات مدان مدانا مدانين مدانون".split()
)


def with_dismissals(tokens, hedge) -> bool:
    """A count right after an arrest and a dismissal joined by و or أو, in either order (توقيف
    أو إقالة أكثر من 140 ألف، إقالة أو توقيف، توقيف وإقالة)."""
    return any(lookup(t.text, _DISMISSALS) for t in tokens[max(0, hedge - 3) : hedge])


def sought_by_raid(tokens, hedge) -> bool:
    """A count right after ل and a word of arrest, with a campaign or a raid before it within
    six words and no verb of result between (بحملة مداهمات في أنحاء البلاد لاعتقال 346 شخصا;
    not حملة مداهمات أدت لاعتقال 40): the people sought."""
    if not hedge or tokens[hedge - 1].text[:1] != "ل":
        return False
    if lookup(tokens[hedge - 1].text[1:], EVENT_WORDS) != "detained":
        return False
    between = tokens[max(0, hedge - 7) : hedge - 1]
    raid = [k for k, t in enumerate(between) if lookup(t.text, _RAIDS)]
    result = raid and any(lookup(t.text, RESULTS) for t in between[raid[0] :])
    return bool(raid) and not result  # حملة مداهمات أدت لاعتقال 40: arrests made


def charged_with(tokens, hedge, after) -> bool:
    """A count convicted or accused of a killing or a wounding: a verb of conviction or
    accusation within three words before it and no event word between, or "accused" just after
    it (`_accused`), and the deed after it with ب, alone or after a word of charge (أدانت 45
    شخصا بقتل متظاهرين، اتهمت خمسة أشخاص بتهمة قتل، المرأتين المتهمتين بقتل; not أدانت المنظمة
    إعدام 12 شخصا بتهمة القتل, an execution condemned)."""
    before = tokens[max(0, hedge - 3) : hedge]
    charging = [k for k, t in enumerate(before) if lookup(t.text, _CHARGING)]
    if not charging and not _accused(tokens, hedge, after):
        return False
    if charging and any(lookup(t.text, EVENT_WORDS) for t in before[charging[-1] :]):
        return False  # أدانت المنظمة إعدام 12 شخصا: an execution condemned
    for k in range(after, min(after + 4, len(tokens))):
        word = tokens[k].text
        charged = k > after and tokens[k - 1].text in _CHARGES  # بتهمة قتل
        deed = word[1:] if word[:1] == "ب" else word if charged else ""
        if deed and lookup(deed, EVENT_WORDS) in ("killed", "injured"):
            return True
    return False


def _accused(tokens, hedge, after) -> bool:
    """Whether "accused" comes within three words after a count to which nothing is told to
    befall: no event word in its clause before it, in its noun, nor in the four words after its
    deed (المرأتين المتهمتين بقتل; not قتل الجيش اليوم 5 مسلحين متهمين بقتل جنود، سقوط 7 قتلى من
    المتهمين، 3 متهمين بقتل شرطي قتلوا في اشتباك)."""
    near = range(after, min(after + 3, len(tokens)))
    accused = [k for k in near if lookup(tokens[k].text, _ACCUSED)]
    if not accused:
        return False
    at = accused[0]
    start = max((k + 1 for k in range(hedge) if tokens[k].text in CLAUSE_BREAKS), default=0)
    told = tokens[start:hedge] + tokens[after:at] + tokens[at + 2 : at + 6]
    return not any(lookup(t.text, EVENT_WORDS) or t.text in FATES_OF_MANY for t in told)


def holding_now(tokens, hedge) -> bool:
    """A verb of holding in the present, then حاليا, before a count (تعتقل حاليا اثنين، تعتقل
    السلطات حاليا نحو 60 ألفا), or after "still" (لا تزال إسرائيل تعتقل نحو 300 طفل); not a
    fresh arrest (اعتقلت حاليا 5، يجري حاليا توقيف 4), nor arrests made day after day (لا تزال
    القوات تعتقل 20 شخصا كل أسبوع)."""
    now = [k for k in range(max(0, hedge - 2), hedge) if tokens[k].text == "حاليا"]
    verbs = tokens[max(0, now[0] - 3) : now[0]] if now else []
    if any(t.text.removeprefix("و") in HOLDING for t in verbs):
        return True
    held = [k for k in range(max(0, hedge - 3), hedge) if tokens[k].text in HOLDING]
    still = bool(held) and any(t.text in _STILL for t in tokens[max(0, held[0] - 5) : held[0]])
    often = any(t.text in _OFTEN for t in tokens[max(0, hedge - 3) : hedge + 5])  # كل يوم
    return still and not often


HOLDING = frozenset("تعتقل يعتقل تحتجز يحتجز تختطف يختطف تاسر ياسر تسجن يسجن".split())
_STILL = frozenset("تزال يزال زالت زال مازالت مازال مايزال لاتزال لايزال لازالت".split())
_OFTEN = frozenset("كل يوميا اسبوعيا شهريا".split())  # arrests made again and again


def suspended(tokens, after) -> bool:
    """موقوف ("suspended") within four words after the count, followed by عن ("from") or
    مدى ("for life"): not in custody."""
    for k in range(after, min(after + 4, len(tokens) - 1)):
        if lookup(tokens[k].text, _SUSPENDED) and tokens[k + 1].text in ("عن", "مدي"):
            return True
    return False


_SUSPENDED = frozenset("موقوف موقوفين موقوفون موقوفا".split())
