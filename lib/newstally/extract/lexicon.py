"""The word tables of extraction, in one place and read once: the words that name an event and
the words around a count (what a counted noun counts is in `nouns`), the hedges and vague words
of numbers, the nouns whose dual is a count of two, and the lists in `data/gazetteer/` of words
that are not names or not places. Arabic entries are normalized (`newstally.normalize`), English
ones lower case; `lookup` finds a word in a table through its clitics."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..paths import DATA
from ..text import normalize
from ..text.clitics import lookup as lookup  # the tables are read through it, by every stage

GAZETTEER = DATA / "gazetteer"

# --- tallies: events, counted nouns, the words around a count ----------------------------------

# Words that name an event, normalized and case-folded, without their clitics.
EVENT_WORDS = {
    **dict.fromkeys(
        (
            "مقتل قتل قتلي القتلي قتيل قتيلا قتلوا قتلت يقتل مصرع مصرعهم حتفهم حتفه اغتيال تصفيه "
            "قتلا قتلتا قتيلان قتيلين مصرعه مصرعها مصرعهما حتفها لقوا اغتال اغتيل اعدام اعدم اعدمت "
            "استشهدا استشهدتا توفيت توفيا توفيتا قتلن انتحر انتحرت انتحروا "  # not انتحار: محاولة انتحار
            "شنق شنقت شنقوا ماتوا بذبح "  # hanged (not شنقا: بالإعدام شنقا); قاموا بذبح
            "وفاه وفيات توفي توفوا ضحايا ضحيه ضحيتها ضحيته ضحيتهم ارتقوا قضوا قتلنا "
            "استشهاد استشهد استشهدوا استشهدت شهيد شهداء الشهداء شهيدا جثه جثث "
            "اودي اودت يودي تودي بحياه "  # أودى بحياة 12: took the lives of (حياة alone is "life")
            "ارواح "  # حصدت أرواح 714, unless saved or threatened (`SPARED_LIVES`)
            "killed kill kills killing dead died deaths death slain fatalities executed "
            "murdered assassinated"
        ).split(),
        "killed",
    ),
    **dict.fromkeys(
        (
            "اصابه اصابات جرحي الجرحي جريح جريحا جرحا مصابا مصابين اصيب اصيبوا جرح جرحت wounded injured "
            "جريحان جريحين مصاب مصابون اصاب اصابوا اصابت اصيبت جرحوا اصيبا اصبن جرحن "
            "اختناق الاختناق "  # حالات الاختناق: cases of suffocation
            "injuries injuring wounding hurt harmed"
        ).split(),
        "injured",
    ),
    **dict.fromkeys(
        (
            "اعتقال اعتقل اعتقلت اعتقلوا توقيف القبض قبض قبضت اسر احتجاز اعتقالات خطف اختطاف خطفت اسرهما detained detain detaining "
            "اوقف اوقفت اوقفوا احتجز احتجزت تعتقل يعتقل مخطوفين مختطفين مخطوفا مختطفا اعتقلنا "
            "اعتقلا اختطف اختطفت اختطفوا خطفوا اسرت اسروا احتجزوا اعتقلتهم احتجزتهم اعتقلوهم "
            "حبس حبست حبسوا "  # a remand ordered (بحبس ضابطين احتياطيا); kept on: held (تمديد حبس)
            "اختطافات اعتقلن احتجزن اختطفن خطفن "  # and abductions (اختطافات طالت عشرات النشطاء)
            "detention detentions arrested arrest arrests captured capture capturing apprehended "
            "abducted abduction kidnapped kidnapping"
        ).split(),
        "detained",
    ),
    **dict.fromkeys(
        (
            "محتجز محتجزون محتجزين محتجزا معتقل معتقلين معتقلون سجين سجناء يحتجز تحتجز يحوي held "
            "معتقلات معتقلان محتجزات سجينات اسري مسجونين مسجونون معتقلا سجينا اسير محبوسين "
            "محبوسون مختطف موقوفين موقوفون مسجونا محبوسا "
            "detainees prisoners imprisoned"
        ).split(),
        "held",
    ),
    **dict.fromkeys(
        (
            "عمليه عمليات غاره غارات مداهمه مداهمات طلعه طلعات حملات operations operation "
            "raids raid strikes strike airstrikes airstrike sorties"
        ).split(),
        "operations",
    ),
    **dict.fromkeys(
        "هجوم هجمات هجوما هجومين هجمه هجمتين اعتداء اعتداءات كمين تفجيرات تفجيرين تفجيران "
        "attacks attack ambush ambushes bombings".split(),
        "attacks",
    ),
    # the displaced, the missing, survivors and remains found: the guide's other
    **dict.fromkeys(
        "نزوح نزح نزحت نزحوا تهجير تشريد نازح نازحين نازحا مفقود مفقودين مفقودون مفقودا رفات "
        "نجاه نجا نجت نجوا displaced missing".split(),
        "other",
    ),
}

# An event word with "him" or "her" on it: one person, named before (مقتله، توقيفها، قتلته).
EVENTS_OF_ONE = {
    **dict.fromkeys(
        "مقتله مقتلها قتله قتلها قتلته قتلوه اغتياله اغتيالها اغتالته اغتاله اعدامه اعدامها".split(),
        "killed",
    ),
    **dict.fromkeys(
        "اعتقاله اعتقالها اعتقلته اعتقلوه توقيفه توقيفها اوقفته احتجازه احتجازها احتجزته "
        "اختطافه اختطافها خطفه اعتقله".split(),
        "detained",
    ),
    **dict.fromkeys("اصابته اصابتها".split(), "injured"),
}
# Words of release: a count after them is of people set free (`other`, as the guide has it).
RELEASE_WORDS = frozenset(
    "افرج افرجت افرجوا الافراج افراج سراح عفو عفوا تفرج ستفرج يفرج سيفرج released releases "
    "releasing freed pardoned".split()
)
DEMANDS = frozenset(  # a release called for (طالبت بإطلاق سراح 12 صحافيا): still held
    "طالب طالبت طالبوا يطالب تطالب يطالبون مطالبين مطالبه مطالبتها المطالبه دعا دعت يدعو ناشد حث".split()
)
# Verbs of housing, and the places whose people they count as held: يضم المخيم، يؤوي السجن.
HOUSING_VERBS = frozenset(
    "يضم تضم يؤوي تؤوي ياوي تاوي يستضيف تستضيف يقطن يقطنه يقطنها يقطنون تقطن تقطنه تقطنها يعيش "
    "يعيشون يقيم يقيمون يقبع يقبعون تقبع يزال تزال holds houses remain remains "
    "housing hosts live living reside".split()
)
# Words before a custody word that make it held, not an arrest: in custody (رهن الاحتجاز، قيد
# الاعتقال) and custody kept on, extended or renewed (باستمرار حبس 160، تمديد توقيفه، جددت حبس).
CUSTODY_MARKERS = frozenset(
    "رهن قيد استمرار باستمرار تمديد بتمديد تجديد بتجديد مد بمد جددت وجددت استمر واستمر".split()
)
# People counted by a nationality whose country is where their toll is told from, when the
# count's clause names no place: Palestinians killed or wounded (the article's other country is
# often Israel, the actor, or where it is reported from).
HOMELANDS = {
    form: "Palestine"
    for form in (
        "فلسطيني فلسطينيا فلسطينيين فلسطينيون فلسطينيان فلسطينيه فلسطينيات palestinian palestinians"
    ).split()
}
HOMELAND_ACTORS = {"Palestine": "Israel"}  # an article placed there still means the homeland
# Words of a sentence passed: a death sentence (حكم بالإعدام، أحكاما بإعدام) is other, not killed,
# unless it is carried out (نفذت حكم الإعدام).
SENTENCE_WORDS = frozenset("حكم احكام حكما احكاما الحكم الاحكام عقوبه العقوبه".split())
# A ruling is a sentence only with its penalty (قضت المحكمة بإعدام، أصدرت حكمها بإعدام; not قضت
# القوات على, "wiped out", nor خلال حكمه, "his rule").
RULINGS = frozenset("قضت قضي وقضت وقضي حكمها حكمه".split())
# Verbs of loss before a count of a side's own people (خسر الجيش ثلاثة من جنوده): the dead.
LOSING = frozenset(  # not فقد: as often "for he had"
    "فقدت خسر خسرت يفقد تفقد يخسر تخسر فقدان فقدانها فقدانه فقدانهم خسارتها خسارته خسارتهم "
    "فقدنا خسرنا".split()
)
# An end put to people (قضت القوات على 12 ارهابيا، القضاء على العشرات، أعلنت عن قضائها على
# أربعة): killed, by the على after.
ELIMINATIONS = frozenset(
    "قضت قضي وقضت وقضي القضاء والقضاء للقضاء بالقضاء تقضي يقضي قضائها قضائه قضائهم".split()
)
PENALTIES = frozenset("باعدام بالاعدام بسجن بالسجن بحبس بالحبس".split())
DEATH_PENALTY = frozenset("الاعدام بالاعدام والاعدام".split())  # a sentence, until carried out
EXECUTION_VERBS = frozenset("نفذ نفذت نفذوا ينفذ تنفذ تنفيذ".split())
STAYS = frozenset("ارجات ارجا تاجيل ارجاء وقف بوقف تعليق ينتظر ينتظرون انتظار بانتظار".split())
CUSTODY_PLACES = frozenset(  # and the hands of captors: 100 فتاة في قبضة الخاطفين
    "مخيم مخيمات مخيمي المخيم سجن سجون السجن معتقل قبضه ايدي camp camps prison prisons jail "
    "jails".split()
)
# "His death" after "met" and one person: لقي شاب مصرعه، لقيت امرأة حتفها.
FATES_OF_ONE = frozenset(["مصرعه", "مصرعها", "حتفه", "حتفها"])
# One casualty by its noun alone after a verb that makes it one (أوقع قتيلا، سقوط قتيل، فأرداه قتيلا)
CASUALTIES_OF_ONE = frozenset("قتيل قتيلا جريح جريحا".split())
CASUALTY_VERBS = frozenset(
    "اوقع اوقعت خلفت سقوط بسقوط وسقوط وقوع ارداه اردته فارداه فاردته".split()
)
# أردى ("felled"), with its object, in the past: قتيلا a few words after it is one dead (فأرداه
# الجنود قتيلا); its present only after قبل (قبل أن ترديه الشرطة قتيلا; not كادت ترديه، بأن يرديه).
FELLING_VERBS = frozenset("ارداه اردته فارداه فاردته اردوه فاردوه".split())
FELLING_NOW = frozenset("ترديه ترديها يرديه يرديها".split())
HELD_BY = frozenset(["لدي"])  # 12 صحافيا مختطفين لدى الحوثيين: captives in someone's hands
FATE_VERBS = frozenset(["لقي", "لقيت", "ولقي", "ولقيت"])
ANOTHER = frozenset("اخر اخري ثالث رابع خامس سادس سابع ثامن تاسع عاشر".split())  # وإصابة ثالث
# Nouns an event word qualifies (مركز احتجاز، حملة اعتقال): an adjective after it is theirs.
EVENT_HOLDERS = frozenset("مركز مراكز حمله حملات مرفق مرافق موجه سجن معسكر".split())
# "Their death", what people met: لقي 26 مدنيا على الأقل، بينهم 11 طفلا، مصرعهم.
FATES_OF_MANY = frozenset(["مصرعهم", "حتفهم", "مصرعهما", "حتفهما", "مصرعهن", "حتفهن"])
# What befell one person, said of them after their noun or name: الحارس المصاب، رئيسها الموقوف،
# دميرتاش، المسجون حاليا (people already in custody are held).
DESCRIBED_FATES = {
    **dict.fromkeys(["المصاب", "المصابه", "الجريح"], "injured"),
    **dict.fromkeys(["المخطوف", "المختطف"], "detained"),
    **dict.fromkeys(["الموقوف", "الموقوفه", "المسجون", "المسجونه", "المحتجز", "المحتجزه"], "held"),
    "القتيل": "killed",
}
# Event nouns that, before a person's name, count that one person: مقتل أنس، اعتقال رجب.
NAMED_EVENTS = frozenset("مقتل مصرع اغتيال اعدام وفاه اعتقال توقيف احتجاز اختطاف خطف اسر".split())
FORCE_SUBJECTS = {
    "Q11211": "US forces",
    "coalition": "coalition forces",
    "partner-forces": "partner forces",
    "isf": "Iraqi security forces",
    "afghan-forces": "Afghan forces",
    "syrian-government-forces": "Syrian government forces",
}
# The group an article is about, named without its name: التنظيم، "the group".
GROUP_ANAPHORS = frozenset(["التنظيم", "group", "organization"])
# Words between a negation and its event that make it a stated zero: لم تسفر عن، لم يسجل اية.
ZERO_BRIDGES = frozenset("عن اي ايه any were was".split())
NEGATIONS = frozenset("لم لا دون بدون عدم no without none neither nor".split())
PERIOD_MARKERS = frozenset("خلال طيله طوال during over throughout".split())
SINCE = frozenset(["منذ", "since"])  # a period from the date to the day of publication
SINGULAR_ARTICLES = frozenset(["a", "an", "the", "one"])
# Words that join a count to the one before it: it counts the same event.
COORDINATION = frozenset(["and", "و", "with", "including", "بينهم", "منهم"])
# Words that make a count a part of the one before it ("four detained, including a commander").
INCLUSION = frozenset(["including", "بينهم", "منهم", "بينها", "منها", "بينهن", "منهن", "among"])
# Words right before a count that make it a part of the one before: those of inclusion and "they
# are" (6 أعضاء، هم 5 رجال وامرأة: its parts).
PARTS_BEFORE = INCLUSION | frozenset("هم وهم هن وهن".split())
# "In addition to" before a count: one more item, not a part of the count before (إضافة إلى).
ADDITIONS = frozenset("اضافه بالاضافه فضلا علاوه".split())
# "One" written as a word: after its noun it is an adjective (عائلة واحدة، هجوم واحد, a count only
# of people: قائد واحد), and a single operation or attack it numbers is not a row.
ONE_WORDS = frozenset(["واحد", "واحده", "واحدا", "احد", "احده", "احدي"])
PEOPLE_EVENTS = frozenset(["killed", "injured", "detained", "held"])  # never a count of things
TOLLS = frozenset(["killed", "injured"])  # the dead and wounded
ACTIONS = frozenset(["operations", "attacks"])  # never what befalls the people a count counts
# Diseases: أصاب وباء الكوليرا نحو مليون شخص, "infected" is not "injured".
DISEASES = frozenset(
    "وباء الكوليرا كوليرا الحصبه فيروس مرض المرض السرطان سرطان الملاريا الانفلونزا كورونا الايدز "
    "السكري التهاب بجلطه بالجلطه بسكته بالسكته ايبولا "  # a stroke as what one was struck with
    "التغذيه تغذيه التسمم تسمم مدمني الادمان الكلوي "  # malnutrition, poisoning, addiction, kidneys
    "متلازمه بمتلازمه التصلب الصرع الخرف الزهايمر الربو "  # a syndrome, sclerosis, epilepsy
    "cholera measles virus disease cancer malaria flu ebola".split()
)
# A diagnosis just before إصابة: an illness (تشخيص إصابته بالخرف، شخصت إصابتها).
DIAGNOSES = frozenset("تشخيص شخصت".split())  # not شخص, a person
# "Air" after a word of attack: an airstrike, an operation (هجوم جوي، هجومين جويين).
AIRBORNE = frozenset("جوي جويه جويا جويين جويتين جويان جويتان".split())
# Operations of a kind that attackers carry out, not forces: suicide, stabbing, ramming
# (3 عمليات انتحارية، 5 عمليات طعن; shooting is read in `rereading`).
ASSAULTS = frozenset(  # and terrorist operations: attacks (نفذ عشرات العمليات الإرهابية)
    "انتحاريه انتحاريتين انتحاريتان استشهاديه استشهاديتين طعن دهس ارهابيه ارهابيتين".split()
)
# Strikes are operations only as what a number counts (12 ضربة جوية، ضربتين), not as the word
# before a count (دمرت الضربات 12 مركبة: vehicles; ضربة ناجحة على خمسة مواقع: sites).
STRIKES = {"ضربه": "operations", "ضربات": "operations"}
KICKS = frozenset("جزاء الجزاء ركنيه حره ترجيح الترجيح راس".split())  # ضربة جزاء، ضربة رأس: kicks
# Words that end the reach of an event word after a count (فيما، بينما، في حين، في: a new clause
# or a place, past which another event is not the count's).
CLAUSE_STARTS = frozenset("فيما بينما في حين and while but".split())
# Nouns of measure: a number before them is a duration, a distance, a sum or a share; and places
# counted (في 12 ولاية، 30 دولة، 5 من المدن, `COUNTED_PLACES`), no tally either.
PER_HUNDRED = frozenset(["المئه", "المائه", "بالمئه", "بالمائه"])  # 90 في المئة: a share
UNITS = dict.fromkeys(
    (
        "يوم يوما ايام اسبوع اسابيع شهر اشهر شهرا سنه سنوات سنين عام اعوام عاما ساعه ساعات عقود "
        "عقدا قرن قرنا قرون اجيال جيلا جيلين "
        "دقيقه دقائق كيلومتر كيلومترا كلم كم متر مترا ميل دولار دولارا يورو مليار كلغ كغ "
        "كيلوغرام كيلوغراما كيلو طن طنا اطنان لتر لترا درجه درجات هكتار هكتارا فدان فدانا دونم "
        "دونما kg tons tonnes hectares acres ريال ريالا روبل جنيه جنيها درهم دينار دينارا ليره "
        "ليرات ريالات جنيهات دراهم دنانير دولارات روبلات روبيه روبيات "
        "day days week weeks month months year years hour hours minute minutes km kilometers "
        "miles dollars percent اضعاف مره مرات times قدم برميل براميل طابق طابقا طوابق ادوار "
        "محرم صفر ربيع جمادي رجب شعبان رمضان شوال القعده الحجه يناير فبراير مارس ابريل مايو "
        "يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز "
        "ايلول تشرين"
    ).split(),
    True,
)
COUNTED_PLACES = frozenset(  # as written: not بمدينة, "in the city of"
    "ولايه ولايات محافظه محافظات مدينه مدن بلده بلدات قريه قري دوله دول بلدا بلدان مقاطعه "
    "مقاطعات الولايات المحافظات المدن البلدات القري الدول البلدان مركز مراكز مركزا سجنا سجون السجون "
    "مخيما مخيمات مناطق منطقه مكان اماكن محاور محورا جبهات الاحياء اقاليم شوارع ضواحي "
    "جيوب provinces cities towns villages countries facilities prisons camps".split()
)
# Words that make the number after them a year or an ordinal: سنة 40، عام 2022، ال 25.
YEAR_WORDS = frozenset("سنه عام العام ال year".split())
# Words that make the number after them a name or a point, not a count: القرار 1701، الدقيقة 65.
IDENTIFIER_WORDS = frozenset(
    "القرار قرار رقم الماده الفقره البند الدقيقه الساعه البرج برج الوحده الفرقه الكتيبه اللواء "
    "resolution article minute tower".split()
)
CLAUSE_BREAKS = frozenset(["(", ")", ";", ".", ":", "?", "!"])
CLAUSE_ENDS = CLAUSE_BREAKS | {","}  # and a comma: where a stated zero's words stop
AND = frozenset(["و", "and"])
DEFINED = ("ال", "وال", "بال", "فال", "لل", "ولل")  # a word with the article
OR = frozenset(["او", "or"])
LOCATIVES = frozenset(["في", "in"])  # في/in and a place: where the count is
# Words between في and a country that still say the count is there (في شمال العراق، قبالة سواحل
# ليبيا), and prepositions that say so themselves.
PLACE_PARTS = frozenset(
    "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي سواحل ساحل شواطئ اطراف".split()
)
NEAR = frozenset(["قباله", "قرب", "داخل", "off", "near", "inside"])
# Nouns that stand before a place's name: في بلدة دوما، في محافظة إدلب، in the town of Douma.
PLACE_NOUNS = frozenset(
    "بلده مدينه محافظه قريه ولايه منطقه مخيم سجن حي ريف اقليم قطاع جزيره ناحيه قضاء "
    "town city province village district region camp prison".split()
)
# Those a country's adjective may follow to name a place (مدينة ليغ البلجيكية، العاصمة الإيرانية).
NISBA_PLACES = PLACE_NOUNS - {"مخيم", "حي", "قطاع", "قضاء"} | set(
    "عاصمه مدن مناطق قري بلدات مقاطعه ساحل سواحل".split()  # قبالة الساحل السوري
)
# "Still" after ما/لا (ما زال، لا يزال أحد الجرحى), and written as one word (ومازال 30): a
# clause of its own, whose count the event before it does not take.
STILL = frozenset("زال زالت يزال تزال يزالون".split())
STILL_WORDS = frozenset("مازال مازالت مايزال لايزال لاتزال لازال لازالت".split())
# Place nouns that take a masculine adjective (ريف دمشق الشرقي); the others a feminine one.
MASCULINE_PLACES = frozenset(["ريف", "اقليم", "سجن", "ساحل"])
PLACE_WORDS = PLACE_NOUNS | LOCATIVES | {"علي", "الي", "من", "قرب", "to", "from", "near"}  # في حمص
# Where outlets' desks are: a dateline naming one says where a story was written, not where it
# happened (CNN Arabic writes from Dubai, Atlanta, New York, Washington and London, Sky News
# Arabia from Abu Dhabi).
DESK_CITIES = ("دبي", "اتلانتا", "ابوظبي", "نيويورك", "واشنطن", "لندن")
HOME_DESKS = ("نيويورك", "واشنطن", "لندن")  # whose stories are as often of their own country
BESIDE = frozenset(  # a neighbour (المنطقة المحاذية للنيجر), a partner, a party
    "مع with بين between المحاذيه المحاذي المتاخمه المتاخم المجاوره المجاور".split()
)
# A place after these is an actor's seat or patron, not where a count is: "the Syrian
# Observatory, based in London" (ومقره لندن), "factions loyal to Ankara" (الموالية لأنقرة),
# spying "for" a country (بتهمة التجسس لصالح إسرائيل).
NOT_THERE = frozenset(  # and an envoy's country (سفير الكويت لدى الأمم المتحدة)
    "مقره مقرها ومقره ومقرها المواليه الموالي الموالين الموالون مواليه موالين لصالح لحساب based "
    "headquartered loyal سفير وسفير سفيره مندوب ومندوب مبعوث envoy ambassador المقيم المقيمه "
    "المقيمين بحسب حسب وفق وفقا".split()  # a resident's home (المقيم في الولايات المتحدة)
)  # and a source (بحسب فرنسا: France says so)
# A place right after a verb of saying or stance is a government speaking, not where a count
# is (اعلنت انقره مقتل 8 من جنودها في عفرين، قالت دمشق); a country right after a verb of attack
# or command is an actor (قصفت اسرائيل مواقع في سوريا، التحالف الذي تقوده السعوديه، التحالف
# بقيادة السعودية), while a town there was struck (وقصفت الرقة).
SPEAKING = frozenset(
    "اعلنت قالت اكدت اتهمت نفت طالبت حذرت هددت دعت رفضت ردت ادانت نددت اعتبرت ابلغت طلبت "
    "اعربت تتهم تقول تؤكد تنفي تطالب ترفض تعتبر اعلن قال اكد اتهم نفي طالب حذر هدد دعا رفض "
    "ادان ندد تصر اصرت يصر اصر احصت احصي".split()  # وتصر إيران على أن عسكرييها في سوريا مستشارون
)
STRIKING = frozenset(
    "قصفت شنت استهدفت هاجمت ضربت نفذت اطلقت ارسلت نشرت تقود تقوده تقودها قادت بقياده تدعم "
    "تدعمه تدعمها دعمت".split()
)
TARGET_MARKERS = frozenset(["ضد", "against"])  # operations against a group
# An armed group's claim, and verbs of carrying out: its operations are the guide's attacks.
CLAIMS = frozenset("تبني تبنت تبناها تبنته مسؤوليته مسؤوليتها claimed".split())
CARRYING_OUT = frozenset("نفذ نفذت نفذها نفذه ينفذ شن شنت شنها يشن conducted carried".split())
CARRYING_OUT_NOUNS = frozenset(["تنفيذ"])
# What strikes hit, counted: the guide's targets or sites struck, other (not operations).
TARGETS = frozenset(
    "هدف اهداف هدفا موقع موقعا مواقع قواعد مرافق منشات مقرات معسكرات مستودعات مخازن "
    "target targets site sites".split()
)
HEARTS = frozenset(["قلوب", "القلوب"])  # أسرت قلوب: captivated
BEHEADINGS = frozenset(  # قطع رؤوس 21 قبطيا، قطعوا رأس رهينة: heads cut off, a killing
    (cut, head) for cut in "قطع بقطع وقطع قطعوا قطعت".split() for head in ("رؤوس", "راس")
)
# Words before أرواح that save or threaten lives rather than take them (أنقذ الدفاع المدني أرواح
# 15، يهدد الجوع أرواح 50 ألف طفل، حفاظا على أرواح، على حساب أرواح), and after it (تعرض ... للخطر).
SPARED_LIVES = frozenset(
    "انقذ انقذت ينقذ تنقذ ننقذ انقاذ لانقاذ يهدد تهدد هدد هددت تهديد يهددان حفاظا حفاظ لحمايه "
    "حمايه تعرض تتعرض يعرض تعريض حساب للخطر خطر ذو ذات".split()  # ذو التسعة أرواح: nine lives
)
LIVES = frozenset(["ارواح"])  # with its clitics and ال (وأنقذ آلاف الأرواح)
CASES = frozenset(["حاله", "حالات"])  # 197 حالة اختطاف: what the word after it names
# Operations that save or move people are no operations of war: rescues, evacuations, relief.
RESCUES = frozenset("انقاذ لانقاذ الانقاذ اجلاء لاجلاء الاجلاء اغاثه rescue evacuation".split())
STRUCK_ON = frozenset("علي على ضد on against".split())  # هجمات عدة على مواقع: what they hit
# Fighters present or estimated, not befallen by anything: personnel (not "remain": at large,
# in hospital; not detainees, `FIGHTERS` only).
PRESENCE = frozenset(
    "يتواجد يتواجدون يوجد يوجدون توجد تواجد وجود ينتشر ينتشرون يتمركز يتمركزون يتحصن يتحصنون "
    "يقدر ويقدر يقدرون تقدر وتقدر عددها قوامها قوامه estimated "  # and a force's size
    "يزال تزال يزالون "  # لا يزال في سوريا 20 ألف مسلح: still there
    "متواجدين متواجدون موجودين موجودون منتشرين منتشرون متمركزين متمركزون متحصنين متحصنون "
    "متشبثين متشبثون يتشبث يتشبثون "
    # and taking part (not coming or going: an evacuation's fighters leave)
    "يقتحم اقتحم اقتحموا تسلل تسللوا يتسلل يتسللون يشارك يشاركون شارك شاركوا "
    # attacking (هاجم 20 مسلحا القاعدة، أربعة مسلحين أطلقوا النار; not فتح: حركة فتح)
    "هاجم هاجموا يهاجم يهاجمون هاجمت اطلقوا يطلقون فتحوا "
    # and a unit's size (تضم القاعدة قرابة 500 عنصر; not a list's, `tolls.present`)
    "تضم يضم ضمت ضم "
    # tasked, sent in, spread out or fighting now (كلفت نحو 900 ألف عنصر، إيفاد 1500 عنصر، انتشر
    # آلاف من عناصر الشرطة، يقاتل نحو 5000 مقاتل; not نشروا, "published", nor قاتلوا or إرسال:
    # fighters moved or handed over)
    "كلفت كلف ايفاد اوفدت اوفد انتشار انتشر انتشرت انتشروا يقاتل يقاتلون".split()
)
# What a list, a team or a convoy that "includes" fighters is: no force present (تضم القائمة
# أسماء 60 عنصرا، دفعة جديدة تضم 1500 مسلح).
LISTS = frozenset("قائمه القائمه لائحه اللائحه تشكيله التشكيله دفعه الدفعه قافله القافله".split())
# "There are" or "it has", right before a count of fighters (هناك حوالي ألف مقاتل، لديها نحو 3000
# مقاتل; not لدى, "at", nor إلى هناك, "there" after a movement).
HAVING = frozenset("هناك لديه لديها لديهم".split())
# "Carried it out", within three words before a count of fighters its doers (نفذها 11 عنصرا
# إرهابيا، نفذت الهجوم 7 عناصر; not نفذوا كمينا لـ5 عناصر, ضد 7 مسلحين, بحق 20 مسلحا: targets):
# the forms of نفذ with their object pronouns only (`CARRYING_OUT`, an armed group's, has شن too).
CARRIED_OUT = frozenset("نفذ نفذه نفذها نفذوا نفذت نفذته نفذتها".split())
FIGHTERS = frozenset(
    "عنصر عناصر عنصرا مقاتل مقاتلين مقاتلا مسلح مسلحين مسلحا قياديين قاده fighters militants "
    "insurgents members مهاجم مهاجمين مهاجمون مهاجما attackers gunmen assailants".split()
)
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي".split())
# Words after a relative pronoun that make its clause the size of the noun before it.
RELATIVE_SIZES = frozenset(
    "طال طالت شمل شملت بلغ بلغت يبلغ تبلغ وصل وصلت تجاوز تجاوزت تتجاوز يتجاوز تخطي تخطت "
    "عددهم عددها اعدادهم".split()
)
PURPOSE_MARKERS = frozenset("to لالقاء مستعد مستعده مستعدون خطط خططت".split())  # مستعدة لقتله
PASSIVE_AUXILIARIES = frozenset(["was", "been"])
INDEFINITE_ARTICLES = frozenset(["a", "an"])
OBJECT_PRONOUNS = frozenset(["him"])  # "killing him": a count of one


# --- tolls: words that name the dead, wounded and detained without a number -------------------

# "Others" right after an event word is a vague count of its own: وأصيب آخرون، وإصابة آخرين.
OTHERS = frozenset(["اخرون", "اخرين"])
# The dead or wounded named by a bare plural after a verb that caused them or a word that counts
# them among others (أوقع قتلى، سقط فيها قتلى، وبينهم جرحى): a vague count of that event.
BARE_TOLLS = frozenset(["قتلي", "جرحي", "مصابين", "مصابون"])
# Verbal nouns of a toll that join into one count of both: مقتل وإصابة 20 شخصا (not قتل وأصيب).
JOINT_TOLLS = frozenset("مقتل استشهاد اصابه جرح اعتقال".split())  # استشهاد وجرح 30
JOINT_VERBS = frozenset("قتل جرح اصيب اعتقل".split())  # وقتل وجرح 15 شخصا: at a clause's start
NUMBERING = frozenset("عددهم عددهن عددها".split())  # البالغ عددهم 60: the number of those before
# حصيلة القتلى، عدد المعتقلين, "death toll": a toll of people
TOLL_NOUNS = frozenset("حصيله عدد اعداد toll".split())
TOLL_LINKS = frozenset(
    "الي بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ تجاوز تجاوزت يتجاوز لتتجاوز ليتجاوز".split()
)
SOURCE_ASIDES = frozenset("وفق بحسب حسب وفقا according".split())  # ، وفق المرصد، between commas
TOLL_CAUSES = frozenset("اوقع اوقعت سقط سقوط خلف خلفت وقوع بينهم منهم فيها عن".split())

# Words of armed conflict (normalized, without clitics or ال): the conflict filter counts them.
CONFLICT_WORDS = frozenset(
    (
        "حرب عسكري عسكريه جيش قوات جنود جندي مقاتلين مقاتلون مسلح مسلحه مسلحين مسلحون ميليشيا "
        "ميليشيات مليشيا مليشيات ارهاب ارهابي ارهابيه قصف غاره غارات اشتباك اشتباكات معركه معارك "
        "هجوم هجمات هجوما صاروخ صواريخ قذيفه قذائف انفجار تفجير تفجيرات انتحاري عبوه ناسفه مفخخه "
        "رصاص اغتيال اختطاف خطف "
        "war military army troops soldiers militants militia militias terrorism terrorist "
        "airstrike airstrikes shelling clashes fighting bombing explosion suicide"
    ).split()
)

# The days of the week, normalized, Monday first (as `datetime.weekday` counts them).
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد")
# Times of day before a weekday: ليل الاثنين، صباح الخميس.
DAY_WORDS = frozenset("يوم ليل ليله صباح مساء فجر ظهر عصر".split())


# --- dates and names: parts of a month or year, relative words, titles before a name --------

# A part of a month or year: its first day (month parts) or first month (year parts).
DATE_PARTS = {
    **dict.fromkeys("مطلع اوايل اوائل بدايه مستهل early".split(), 0),
    **dict.fromkeys("منتصف اواسط mid".split(), 1),
    **dict.fromkeys("اواخر نهايه late".split(), 2),
}
# Words that place a month or year against the publication date.
RELATIVE_DATE_WORDS = {
    **dict.fromkeys("الماضي المنصرم".split(), -1),
    **dict.fromkeys("الجاري الحالي".split(), 0),
    **dict.fromkeys("المقبل القادم".split(), 1),
}
# Words that announce a name after them.
NAME_TITLES = frozenset(
    "mullah haji qari maulawi sheikh col. gen. lt. capt. sgt. maj. mr. mrs. dr. president "
    "minister spokesman commander leader official facilitator governor named".split()
)
# Words of names that are also everyday words once normalized (على is written علي), or parts of
# many names (عبد الله، أبو): a word of a name found elsewhere only when it is none of these.
NAME_PARTICLES = frozenset("علي الي حتي لدي متي بن ابن ابو ام عبد الله بنت bin ibn abu al".split())


# --- names and places: words the gazetteer and the tagger must not take ------------------------


@lru_cache(maxsize=1)
def not_names(folder: Path = GAZETTEER) -> frozenset[str]:
    """Common nouns that refer back to a name without being one (`not_names.txt`), normalized."""
    return frozenset(normalize(word).text for word in data_lines(folder / "not_names.txt"))


@lru_cache(maxsize=1)
def not_places(folder: Path = GAZETTEER) -> frozenset[str]:
    """Place names in the packages' lists that are everyday words (`not_places.txt`), normalized."""
    return frozenset(normalize(word).text for word in data_lines(folder / "not_places.txt"))


def data_lines(path: Path) -> list[str]:
    """The non-blank lines of a word list, without `#` comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
