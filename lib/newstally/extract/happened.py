"""Whether a word of one person's fate tells a fate that befell them: not one only wished,
feared or threatened (يريد اغتيال الأسد), asked about or supposed (في حال ثبوت مقتله), denied
(نفت السلطات احتجازه), tried or escaped (نجا من محاولة اغتيال), a death of age or illness
(توفي عن عمر يناهز 81 عاما), nor the wound a death told before it came of (قتل حلس إثر إصابته);
a toll only foreseen (قد يسفر عن مقتل الآلاف) or one that almost came (كاد); a death by one's
own hand (ثم قتل نفسه، شخص فجر نفسه); a count beaten to death (ضرب المسلحون ثلاثة أشخاص حتى
الموت); and what befell people held (`fate_of_held`)."""

from __future__ import annotations

from ..text import QUOTES
from . import clauses, custody, rulings
from .lexicon import (
    ARABIC_WEEKDAYS,
    BEHEADINGS,
    CLAUSE_BREAKS,
    CLAUSE_ENDS,
    DAY_WORDS,
    DEFINED,
    DEMANDS,
    DISEASES,
    EVENT_WORDS,
    EVENTS_OF_ONE,
    PENALTIES,
    PEOPLE_EVENTS,
    RULINGS,
    lookup,
)
from .nouns import is_of_people

# Escaped or only tried: نجا من محاولة اغتيال بعد إصابته، حاولت قتله، الشروع في قتل.
ESCAPES = frozenset(
    "نجا نجت محاوله محاولات محاولته محاولتها محاولتهم شروع حاول حاولت حاولوا حاولا يحاول تحاول"
    " يحاولون تحاولان يحاولان".split()
)
# A denial of a part in an event, not of the event (نفى التنظيم علاقته باغتيال الضابط).
_DENIED_PARTS = ("علاق", "تورط", "مسؤولي", "صله", "involvement", "responsib")
# Fears, wishes, threats and demands: an event of one after them has not happened (خشية أن يتم
# اعتقاله، يريد اغتيال الأسد، كررت التهديد بقتلها، طالبت المعارضة باعتقاله).
_WISHES = (DEMANDS - {"طالب"}) | frozenset(  # not طالب, a student
    "خشيه خوفا مخافه تخشي يخشي يريد تريد يريدون يريدان اراد ارادت ارادوا يرغب ترغب تدعو"
    " تهديد التهديد"
    " هدد هددت يهدد تهدد توعد توعدت طلب طلبت تخوف تتخوف يتخوف"
    " wants demanded threatened threatens".split()
)
_OF_AGE = frozenset(["يناهز", "بمرض", "المرض"])  # a death of age or illness (صراع مع المرض)
DEATHS_OF_KIN = frozenset("وفاه توفي توفيت".split())  # وفاة والده: of age or illness as often
ONESELF = frozenset(["نفسه", "نفسها", "نفسيهما", "انفسهما"])  # himself, herself, the two
THAT_HE = frozenset("انه بانه وانه".split())  # before a verb of his fate (يخشى أنه قتل)
# Killed oneself: a suicide stated as a death, or a bomber who blew himself up told as a person
# (شخص فجر نفسه), whom the gold counts among the dead.
_KILLED_ONESELF = frozenset(["قتل", "قتلت"])
_BLEW_UP = frozenset("فجر فجرت ففجر ففجرت وفجر وفجرت فجرا فجرتا فجروا وفجروا ففجروا فجرن".split())
_BLOWING_UP = frozenset(["تفجير", "بتفجير"])  # the noun: after قام or أقدم only
_UNDERTOOK = frozenset("قام قامت قاما قاموا قيام اقدم اقدمت اقدموا اقدام".split())
_SUPPOSED = frozenset(
    "يكون تكون يتمكن تتمكن يتمكنوا منع منعت منعه فشل فشلت يعتزم يعتزمون رفض".split()
)
_BOMBERS = frozenset("انتحاري انتحاريه مهاجم مهاجمه".split())
_THEMSELVES = ONESELF | frozenset(["انفسهم", "انفسهن"])
_TRIED = frozenset("حاول حاولت محاوله محاولات ينوي تنوي هدد هددت".split())
_YEARS = frozenset(["عاما", "سنه", "عام"])


def of_age(tokens, i: int) -> bool:
    """A death at `i` of age or illness, told within its sentence's next 15 words (توفيت الناشطة
    ويني مانديلا، طليقة الزعيم الراحل، عن عمر يناهز 81 عاما؛ توفي بمرض السرطان)."""
    for token in tokens[i + 1 : i + 16]:
        if token.text in CLAUSE_BREAKS:
            return False
        if token.text in _OF_AGE or lookup(token.text, DISEASES):
            return True
    return False


def killed_oneself(tokens, i) -> int | None:
    """For نفسه at `i`: the verb of killing right before it, or before one indefinite noun (قتل
    مسلح نفسه), if nothing says it was only tried (حاول قتل نفسه، طلب منها أن تقتل نفسها), or of
    blowing up (`_blew_up`: شخص فجر نفسه، فجر أحدهما نفسه، قام إرهابي بتفجير نفسه; not فجر
    انتحاري نفسه, how an attack was made, nor فجرت الجماعة نفسها العبوة, "itself"); None
    otherwise."""
    verb = _verb_on_oneself(tokens, i)
    if verb is None or any(lookup(t.text, _TRIED) for t in tokens[max(0, verb - 3) : verb]):
        return None
    return None if wished(tokens, verb) else verb


def _verb_on_oneself(tokens, i) -> int | None:
    """The verb of killing or blowing up whose object is نفسه at `i`."""
    if i and _blew_up(tokens, i - 1):
        return i - 1  # إن شخصا فجر نفسه، انتحاريين فجرا نفسيهما
    if i > 1 and _blew_up(tokens, i - 2):  # فجر رابع نفسه، فجر أحدهما نفسه; not فجر
        bomber = tokens[i - 1].text.removeprefix("ال") in _BOMBERS  # انتحاري نفسه: the attack
        defined = [t.text[:2] for t in tokens[i - 1 : i + 2 : 2]] == ["ال", "ال"]  # الجماعة نفسها
        return None if bomber or defined else i - 2  # told (its toll follows), not a death
    for k in (i - 1, i - 2):
        word = tokens[k].text if k >= 0 else ""
        if word in CLAUSE_ENDS or clauses.is_number(tokens[k]) or word.startswith("ال"):
            return None  # وقتل الجندي نفسه: the soldier himself
        if word in _KILLED_ONESELF or (word[:1] in "وف" and word[1:] in _KILLED_ONESELF):
            return k
    return None


def _blew_up(tokens, k) -> bool:
    """A verb of blowing up at `k` told as done (فجر، فجروا), or its noun after قام or أقدم (قيام
    إرهابي بتفجير، أقدم على تفجير); not tried, meant, feared, denied or supposed (حاولوا تفجير،
    يعتزمون تفجير، قبل أن يتمكن من تفجير، نفى أن يكون شخص فجر)."""
    word = tokens[k].text
    before = tokens[max(0, k - 4) : k]
    if word in _BLOWING_UP:
        done = any(lookup(t.text, _UNDERTOOK) for t in tokens[max(0, k - 3) : k])
    else:
        done = word in _BLEW_UP
    untold = any(
        lookup(t.text, _TRIED) or clauses.among(t.text, _WISHES) or lookup(t.text, _SUPPOSED)
        for t in before
    )
    return done and not (untold or denied(tokens, k))


def death_before(tokens, i) -> bool:
    """The death of the one whose wound is told at `i` (قتل حلس (15 عاما) إثر إصابته): a word of
    killing before it in its clause, an aside in brackets, a day (صباح الاثنين), others' fates
    with the article (لإسعاف الجرحى) and a comma right before one's own wound (توفيت ممرضة،
    إثر إصابتها; not إثر إصابة زوجته) read through, with nothing between that tells of someone
    else (a count, another event: قتل ثلاثة جنود ونقل ضابط، قتل مسلح واعتقل آخر; a victim after
    the verb: الذي قتل شرطيا) or of a death escaped (نجا من محاولة اغتيال)."""
    depth = 0
    for k in range(i - 2, max(-1, i - 15), -1):
        word = tokens[k].text
        depth += (word == ")") - (word == "(")
        if depth or word in "()":
            continue
        age = clauses.is_number(tokens[k]) and tokens[k + 1].text in _YEARS  # يبلغ 13 عاما
        monday = word == "الاثنين" and tokens[k - 1].text in DAY_WORDS  # صباح الاثنين: a day
        if word == "," and k == i - 2 and lookup(tokens[i].text, EVENTS_OF_ONE):
            continue  # توفيت ممرضة في غزة، إثر إصابتها (her wound; not إثر إصابة زوجته)
        if (
            word in CLAUSE_ENDS
            or lookup(word, ESCAPES)
            or (clauses.is_number(tokens[k]) and not (age or monday))
        ):
            return False
        event = lookup(word, EVENT_WORDS)
        if event and event != "killed" and word.startswith(DEFINED):
            continue  # لإسعاف الجرحى: others (not والضحية، الشهيد: the one who died)
        if event:
            victim = k + 2 < i and tokens[k + 1].text.endswith("ا")  # قتل شرطيا
            tried = k and lookup(tokens[k - 1].text, ESCAPES)  # محاولة اغتيال
            return event == "killed" and not victim and not tried
    return False


def wished(tokens, i) -> bool:
    """A word of fear, wish, threat or demand within three words before the event word at `i`
    (four past "that he"), in its clause, whose object the event is: right after it (يريد
    اغتيال), after ب (طالبت المعارضة باعتقاله، التهديد بقتلها) or after أن, من or "that he"
    (خشية أن يتم اعتقاله، خوفا من اعتقاله، يخشى مسؤولون من أنه قتل); not an inquiry into a death
    (طالبت بالتحقيق في مقتل الصحفي)."""
    reach = 5 if any(t.text in THAT_HE for t in tokens[max(0, i - 2) : i]) else 4
    for k in range(i - 1, max(-1, i - reach), -1):
        if tokens[k].text in CLAUSE_ENDS:
            return False
        if clauses.among(tokens[k].text, _WISHES):
            between = {t.text for t in tokens[k + 1 : i]}
            that = between & ({"ان", "من"} | THAT_HE)
            return k == i - 1 or tokens[i].text[:1] == "ب" or bool(that)
    return False


def attempted(tokens, i) -> bool:
    """A count right after an event word that only was tried (بتهمة الشروع في قتل عدد من
    الأشخاص، محاولة قتل 3 أشخاص، يحاولون اختطاف 3): nothing it tells befell them."""
    if i < 2 or not lookup(tokens[i - 1].text, EVENT_WORDS):
        return False
    k = i - 3 if tokens[i - 2].text == "في" else i - 2  # الشروع في قتل
    return k >= 0 and lookup(tokens[k].text, ESCAPES) is not None


def sentenced(tokens, count, stop) -> bool:
    """A death sentence passed on the count at token `count`, not carried out: a word of sentence
    3 tokens before it, or a ruling within the eight tokens before it (a day set off by commas
    passed over: قضت المحكمة، الخميس، بإعدام 17) with its penalty among the last three, no comma
    between and no deed of the count's own (not بإعدام رجل قتل 3 من رجال الشرطة); and a word of
    death before `stop` (حكم على 10 بالإعدام)."""
    passed = [k for k in range(max(0, count - 3), count) if rulings.passes_sentence(tokens[k].text)]
    near = [k for k in range(max(0, count - 12), count) if not _day_aside(tokens, k)][-8:]
    ruled = [k for k in near if tokens[k].text in RULINGS]
    between = [tokens[k].text for k in near if ruled and k > ruled[-1]]
    close = any(tokens[k].text in PENALTIES for k in near[-3:])  # بإعدام 17، بالإعدام شنقا على 21
    told = any(lookup(w, EVENT_WORDS) for w in between[-3:] if w not in PENALTIES)  # رجل قتل 3
    if "," not in between and PENALTIES.intersection(between) and close and not told:
        passed = passed or ruled[-1:]
    if not passed:
        return False
    death = any(lookup(t.text, EVENT_WORDS) == "killed" for t in tokens[passed[0] + 1 : stop])
    return death and not rulings.carried_out(tokens, passed[0] + 1)


def _day_aside(tokens, k) -> bool:
    """A day set off by commas (، يوم الخميس،): its weekday, يوم before it or a comma beside."""
    word = tokens[k].text
    day = [t.text in ARABIC_WEEKDAYS or t.text == "يوم" for t in tokens[max(0, k - 1) : k + 2]]
    following = k + 1 < len(tokens) and tokens[k + 1].text in ARABIC_WEEKDAYS
    return word in ARABIC_WEEKDAYS or (word == "يوم" and following) or (word == "," and any(day))


def foreseen(tokens, i) -> bool:
    """A toll a warning foresees, not one told: a verb of result after قد ("may") or in the
    future within four words before the count at `i` (قد يسفر عن مقتل مئات الآلاف، سيؤدي إلى
    مقتل 100; not قد أسفر عن مقتل 100, "has led to"), one that could (يمكن قتل مئات الآلاف), or
    one that almost came (كاد, in the count's clause; not ما كاد ... حتى, "no sooner than"), one
    that often comes (وكثيرا ما تؤدي إلى سقوط مئات القتلى; in a relative clause only as a result:
    not الغارات التي كثيرا ما تستهدف المدنيين قتلت 12), or one a toll may rise to (توقعت أن
    ترتفع حصيلة الضحايا إلى أكثر من 100; not قبل أن ترتفع, أدى إلى أن يصل)."""
    for k in range(i - 3, max(1, i - 6), -1):  # the toll's noun in one to three words
        rise = tokens[k].text in _RISE and tokens[k - 1].text in ("ان", "بان")
        if rise and tokens[i - 1].text == "الي" and tokens[k - 2].text.lstrip("و") not in _LED:
            return True
    for k in range(i - 1, max(-1, i - 9), -1):
        if tokens[k].text in CLAUSE_ENDS:
            break
        if tokens[k].text in _ALMOST and not (k and tokens[k - 1].text in _NOT_EVEN):
            return True  # كاد الأمر يتسبب بكارثة تذهب بحياة أكثر من 150 راكبا
        often = tokens[k].text == "ما" and k and tokens[k - 1].text.removeprefix("و") in _OFTEN
        relative = k > 1 and tokens[k - 2].text in ("التي", "الذي", "الذين")  # not its own toll
        if often and (not relative or (k + 1 < i and tokens[k + 1].text in _RESULTS)):
            return True  # وكثيرا ما تؤدي إلى سقوط مئات القتلى: what often comes, no toll
    for k in range(max(0, i - 4), i):
        word = tokens[k].text
        before = [t.text for t in tokens[max(0, k - 2) : k] if t.text not in QUOTES]
        may = (word in _RESULTS | _MAY_DO) and before[-1:] in (["قد"], ["وقد"])  # قد "يسفر، قد يقتل
        if may or (word[:1] == "س" and word[1:] in _RESULTS) or _could(tokens, k):
            return True  # يمكن قتل مئات الآلاف: a toll that could come
    return False


def _could(tokens, k) -> bool:
    """يمكن or a possibility (`_POSSIBILITY`: احتمال وفاة 270) right before an event word, or
    before أن and it (يمكن للواحد منهم أن يقتل ألفي), not
    after a negation (يمكن قتل مئات الآلاف، التنظيم يمكنه قتل 100; not لا يمكن تجاهل مقتل 20،
    يمكن التأكد من مقتل 12)."""
    event = k + 1 < len(tokens) and lookup(tokens[k + 1].text, EVENT_WORDS) is not None
    negated = k and clauses.is_negation(tokens[k - 1].text)
    that = tokens[k].text == "ان" and any(t.text in _POSSIBLE for t in tokens[max(0, k - 3) : k])
    that = that and tokens[k + 1].text in _MAY_DO  # not يمكن القول إن مقتل 15 جنديا
    possible = tokens[k].text in _POSSIBLE or tokens[k].text in _POSSIBILITY
    return (possible or that) and event and not negated


_POSSIBLE = frozenset("يمكن ويمكن يمكنه يمكنها يمكنهم".split())
_MAY_DO = frozenset("يقتل تقتل يودي تودي يعتقل تعتقل يحتجز تحتجز".split())  # not قد توفي
_RISE = frozenset("ترتفع يرتفع تصل يصل".split())  # after أن: a toll not yet told
_LED = frozenset("قبل قبيل الي ادي ادت يودي يؤدي يعني".split())  # but told: قبل أن، أدى إلى أن
_ALMOST = frozenset("كاد كادت يكاد تكاد وكاد وكادت".split())  # within eight words: it did not
_NOT_EVEN = frozenset("ما وما فما لا".split())  # ما كادت تدخل حتى قتل 12: "no sooner than"
_OFTEN = frozenset("كثيرا غالبا عاده".split())  # before ما: "often", "usually"
# Verbs of result in the imperfect: after قد or with the future's س, a toll foreseen.
_RESULTS = frozenset("يسفر تسفر يؤدي تؤدي يخلف تخلف يتسبب تتسبب".split())


def supposed(tokens, i) -> bool:
    """An event of one asked about or supposed, not told: هل، إذا، متى، حال or a possibility
    (`_POSSIBILITY`) in the two words before the word at `i` (not ان: بعد أن قبض عليه; not
    حالة: حالة وفاة), لو right before it (not لو دريان, a name), or إذا or في حال ثبوت further
    back in its clause, within ten words and no relative or بعد between (في حال ثبوت تورط
    المملكة في قتله، إذا ثبت أنها مسؤولة عن مقتل الصحفي; not مما إذا كان الرجل الذي قتل مسلحا،
    في حال فرار بعد أن قتل شرطيا), or expected (متوقعة أن تلقي الشرطة القبض عليه)."""
    if any(t.text in _UNTOLD for t in tokens[max(0, i - 2) : i]) or (
        i and tokens[i - 1].text in _IF
    ):
        return True
    for k in range(i - 1, max(-1, i - 11), -1):
        word = tokens[k].text
        if word in CLAUSE_ENDS or word in _TOLD_BEFORE:
            return False
        condition = k and tokens[k - 1].text in ("في", "وفي") and tokens[k + 1].text in _CONDITIONS
        expected = lookup(word, _EXPECTING) and _expected_after(tokens, k)
        if word in ("اذا", "واذا") or (word == "حال" and condition) or expected:
            return True  # متوقعة أن تلقي الشرطة القبض على هذا الشخص: expected, not done
    return False


_ASKED = frozenset("هل وهل اذا واذا حال متي".split())
# A possibility, not a fate told (احتمال "مقتل" خاشقجي، احتمال وفاة 270 سيدة، إمكانية اعتقاله).
_POSSIBILITY = frozenset(
    "احتمال واحتمال باحتمال احتماليه واحتماليه باحتماليه امكانيه وامكانيه بامكانيه".split()
)
_UNTOLD = _ASKED | _POSSIBILITY
_TOLD_BEFORE = frozenset("الذي التي الذين بعد قبل".split())  # a relative clause, a time told
_CONDITIONS = frozenset("ثبوت ثبت تم تاكد وقوع حدوث".split())  # في حال ثبوت (not في حال سكر)
_IF = frozenset(["لو", "ولو"])
_EXPECTING = frozenset("توقع توقعت يتوقع تتوقع متوقع متوقعه متوقعا يتوقعون".split())


def _expected_after(tokens, k) -> bool:
    """Whether a word of expectation at `k` expects what follows: أن right after it or its
    subject, then a verb to come (توقعت الوزيرة أن تلقي الشرطة القبض); not negated or past (لم
    يتوقع أن، كما كان متوقعا)."""
    before = tokens[k - 1].text if k else ""
    if clauses.is_negation(before) or before.removeprefix("و")[:3] == "كان":
        return False
    that = next((j for j in (k + 1, k + 2) if j < len(tokens) and tokens[j].text in _THAT), None)
    verb = tokens[that + 1].text if that is not None and that + 1 < len(tokens) else ""
    return (that == k + 1 or tokens[k + 1].text.startswith("ال")) and verb[:1] in ("ت", "ي")


_THAT = frozenset(["ان", "بان"])


def denied(tokens, i) -> bool:
    """A verb of denial within four words before the event word at `i` (نفت السلطات احتجازه),
    not a denial of a part in it (نفى التنظيم علاقته باغتيال الضابط)."""
    for k in range(max(0, i - 4), i):
        if lookup(tokens[k].text, custody.DENIALS):
            return not any(t.text.startswith(_DENIED_PARTS) for t in tokens[k + 1 : i + 1])
    return False


def blew_themselves_up(tokens, after, clause_end) -> bool:
    """A count whose people blew themselves up, told right after its noun (ثلاثة أشخاص فجروا
    أنفسهم، انتحاريين فجرا نفسيهما، ثلاثة انتحاريين قاموا بتفجير أنفسهم): they are among the
    dead; not those who tried or meant to (حاولوا تفجير أنفسهم)."""
    for k in range(after, min(after + 4, clause_end - 1)):
        if tokens[k + 1].text in _THEMSELVES and _blew_up(tokens, k):
            return True
    return False


def to_death(tokens, hedge, after) -> bool:
    """A verb of beating within three words before the count and حتى الموت ("to death") right
    after its noun (ضرب المسلحون ثلاثة أشخاص حتى الموت، عذبت أربعة معتقلين حتى الموت; not وضرب
    ثلاثة جنود متظاهرا حتى الموت: the count beat, nor سيقاتل مع 20 مقاتلا حتى الموت), or sent
    to the gallows by a verb in the past (أرسلت السلطات 9 سجناء إلى المشنقة; not يواجه 15 متهما
    حبل المشنقة، رفض إرسال 13 مدانا إلى المشنقة), or beheaded (`_beheaded`)."""
    if _beheaded(tokens, hedge, after):
        return True
    following = [t.text for t in tokens[after : after + 3]]  # after a dual, or its noun
    sent = any(lookup(t.text, _SENT) for t in tokens[max(0, hedge - 4) : hedge])
    if sent and any(pair in (following[:2], following[1:]) for pair in _GALLOWS):
        return True
    death = ["حتي", "الموت"] in (following[:2], following[1:])
    return death and any(lookup(t.text, _BEATING) for t in tokens[max(0, hedge - 3) : hedge])


def _beheaded(tokens, hedge, after) -> bool:
    """Heads cut off right before a count of people or of a people (قطع رؤوس 21 قبطيا، قطعت
    رؤوس العديد من الصحفيين; not قطع رؤوس 30 نخلة), not threatened, tried or refused within
    three words before (توعد داعش بقطع رؤوس 20 جنديا، حاول قطع رأس 2 من المارة)."""
    if hedge < 2 or (tokens[hedge - 2].text, tokens[hedge - 1].text) not in BEHEADINGS:
        return False
    nouns = [t.text for t in tokens[after : after + 2] if t.text != "من"][:1] or [""]
    people = is_of_people(nouns[0]) or nouns[0].removesuffix("ا").endswith("ي")  # قبطيا
    people = people or lookup(nouns[0], EVENT_WORDS) in PEOPLE_EVENTS  # أحد المختطفين
    undone = any(lookup(t.text, _UNDONE) for t in tokens[max(0, hedge - 5) : hedge - 2])
    return people and not undone


_UNDONE = frozenset("هدد يهدد تهدد توعد يتوعد تعهد يتعهد حاول يحاول محاوله رفض منع".split())
_GALLOWS = (["الي", "المشنقه"], ["الي", "المشانق"])
_SENT = frozenset("ارسل ارسلت ارسلوا اقتاد اقتادت اقتادوا ساق ساقت ساقوا".split())
_BEATING = frozenset("ضرب ضربت ضربوا طعن طعنت طعنوا عذب عذبت عذبوا رجم رجمت رجموا".split())


def fate_of_held(tokens, event, noun_event, hedge, noun, clause_end, people) -> str | None:
    """What befell people held (`noun_event`), told right after their noun by a plural verb (20
    سجينا قتلوا، 77 معتقلا منهم قتلوا) or as counted among (في عداد المفقودين); or that people
    counted right after a word of custody (`event` detained) died there (وأماكن الاحتجاز 28 شخصا
    توفوا، ماتوا; not اعتقلت قوات الأمن 7 أشخاص توفوا, an arrest told); not what befell others
    (قتل منهم 20، قتل ذووهم), nor illness (أصيبوا بالجرب)."""
    held = event == noun_event == "held"
    word = tokens[hedge - 1].text if hedge else ""
    kept = event == "detained" and people and word[:2] == "ال" and lookup(word, EVENT_WORDS)
    if not (held or kept):
        return None
    k = noun + 1
    while k < clause_end and tokens[k].text in ("منهم", "قد"):
        k += 1
    among = k + 2 < clause_end and [t.text for t in tokens[k : k + 2]] == ["في", "عداد"]
    k += 2 * among
    if k >= clause_end or not (among or tokens[k].text.endswith("وا")):
        return None
    if not held and tokens[k].text not in ("توفوا", "ماتوا"):
        return None
    fate = clauses.event_of(tokens, k)
    ill = any(lookup(t.text, DISEASES) for t in tokens[k + 1 : k + 4])
    return fate if fate in ("killed", "injured", "other") and not ill else None
