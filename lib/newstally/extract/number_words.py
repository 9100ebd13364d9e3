"""The words numbers are read by: hedges, vague amounts, duals and multipliers, normalized
as article text is (ة as ه, alef and yeh unified)."""

# Words before a number that hedge it, normalized (longest first wins).
QUALIFIER_WORDS = {
    "اكثر من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد علي": "more_than",
    "يزيد عن": "more_than",
    "ازيد من": "more_than",
    "ما يربو علي": "more_than",
    "ما يربو عن": "more_than",
    "يربو علي": "more_than",
    "يربو عن": "more_than",
    "تربو علي": "more_than",
    "يتجاوز": "more_than",  # and لتتجاوز: the toll passed 100
    "تتجاوز": "more_than",
    "ليتجاوز": "more_than",
    "لتتجاوز": "more_than",
    "تجاوز": "more_than",  # the toll passed: تجاوز 400 قتيل، فاق، تخطى
    "تخطي": "more_than",
    "يتخطي": "more_than",
    "فاق": "more_than",
    "يفوق": "more_than",
    "لا يتجاوز": "up_to",
    "لا تتجاوز": "up_to",
    "لم يتجاوز": "up_to",
    "لم تتجاوز": "up_to",
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "علي الاقل": "at_least",
    "نحو": "approx",
    "حوالي": "approx",
    "قرابه": "approx",
    "زهاء": "approx",
    "ما يقارب": "approx",
    "ما يقرب من": "approx",
    "يقارب": "approx",
    "ما يناهز": "approx",
    "يناهز": "approx",
    "ناهز": "approx",
    "اقل من": "up_to",
    "ما يصل الي": "up_to",
    "قد يصل الي": "up_to",  # it may reach (not ليصل إلى 180: it reached)
    "قد تصل الي": "up_to",
    "حتي": "up_to",
    "at least": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "nearly": "approx",
    "almost": "approx",
    "roughly": "approx",
    "some": "approx",
    "up to": "up_to",
    "less than": "up_to",
    "fewer than": "up_to",
}

NOMINATIVE_NUMBER_OF = frozenset(["عدد من", "عدد منهم"])  # the guide's vague amount, by an event
# Words that count without a number: how many they mean (None: unknown) and their qualifier.
VAGUE = {
    "عشرات": (None, "vague"),
    "مئات": (None, "vague"),
    "الاف": (None, "vague"),
    "الافا": (None, "vague"),  # آلافا من المقاتلين, in the accusative
    "العشرات": (None, "vague"),
    "المئات": (None, "vague"),
    "الالاف": (None, "vague"),
    "ملايين": (None, "vague"),  # millions (3 ملايين is a multiplier's)
    "الملايين": (None, "vague"),
    # tens or hundreds of thousands: one vague count, not two
    **dict.fromkeys(
        [
            f"{tens} {thousands}"
            for tens in ("عشرات", "مئات", "العشرات", "المئات")
            for thousands in ("الاف", "الالاف", "ملايين", "الملايين")
        ]
        + [
            f"{tens} of {many}"
            for tens in ("tens", "hundreds")
            for many in ("thousands", "millions")
        ],
        (None, "vague"),
    ),
    "dozens": (None, "vague"),
    "hundreds": (None, "vague"),
    "thousands": (None, "vague"),
    "several": (None, "vague"),
    "multiple": (None, "vague"),
    "numerous": (None, "vague"),
    "a dozen": (12, "approx"),
    "a couple": (2, "approx"),
    "a pair": (2, "exact"),
    "a handful": (None, "vague"),
    "عده": (None, "vague"),
    "عددا من": (None, "vague"),
    "عددا منهم": (None, "vague"),
    **dict.fromkeys(NOMINATIVE_NUMBER_OF, (None, "vague")),
    "عدد اخر": (None, "vague"),
    "عددا اخر": (None, "vague"),
    "عدد كبير": (None, "vague"),
    "العديد من": (None, "vague"),
    "الكثير من": (None, "vague"),  # and مجموعة من: of people, or a toll's (`number_of_those`)
    "كثير من": (None, "vague"),
    "مجموعه من": (None, "vague"),
    "اعداد كبيره": (None, "vague"),
    "عددا كبيرا": (None, "vague"),
}
# The sizes vague words of magnitude stand for: "hundreds" after "more than 10,000" is another
# toll (hundreds in one prison), not the same one told again.
VAGUE_SIZES = {
    **dict.fromkeys(["عشرات", "dozens"], (10, 99)),
    **dict.fromkeys(["مئات", "hundreds"], (100, 999)),
    **dict.fromkeys(["الاف", "الافا", "thousands"], (1000, 9999)),
}

# Nouns whose dual (-ين/-ان, with ة written ت) is not also their plural: a dual is a count of 2.
DUAL_NOUNS = (
    "عنصر جندي شخص طفل رجل امراه سياره عمليه غاره هجوم سجين ضابط صاروخ قذيفه عبوه قائد "
    "زعيم طائره مروحيه دبابه عربه مدرعه انفجار تفجير هجمه ضربه قتيل جريح شرطي ناشطه معتقله "
    "صحفيه اسيره فتاه طفله سيده شاب مراه رهينه شقيق حارس شرطيه كاهن زوج سائحه جثه"
).split()  # not مسؤول or انتحاري: مسؤولين، انتحاريين are their plurals too
# Nouns of one person or thing before a dual that owns it (والدة الطفلتين، جثة أحد الرجلين):
# the dual is no count.
DUAL_OWNERS = frozenset(
    "والد والده ام اب ابو شقيق شقيقه اخ اخت زوج زوجه ابن ابنه جد جده عم خال جثه جثمان".split()
)
# Nouns whose dual with ال counts two too: those not in ة (الجنديين) and women's (المرأتين،
# الفتاتين; الغارتين are raids told before), not a couple's (الزوجين: one told of before).
DEFINITE_DUALS = frozenset(
    [noun for noun in DUAL_NOUNS if not noun.endswith("ه") and noun != "زوج"]
    + "امراه مراه ناشطه معتقله صحفيه اسيره فتاه طفله سيده شرطيه".split()
)
# Nouns whose -ين form is also their plural (معتقلين، فلسطينيين): only -ان is a dual of them
# (معتقلان، قتل فلسطينيان). People, and the nationalities the press counts most.
DUAL_NOUNS_IN_AN = (
    "معتقل اسير مسلح مدني مسؤول انتحاري مقاتل ناشط مواطن صحفي موظف عامل مهاجر لاجئ قيادي "
    "فلسطيني سوري عراقي يمني ليبي مصري تركي ايراني اسرائيلي امريكي اميركي روسي فرنسي "
    "بريطاني الماني لبناني اردني سعودي افغاني باكستاني كردي تونسي جزائري مغربي سوداني صياد "
    "طيار مستوطن اخر عسكري مسعف مراهق مشتبه مهاجم صحافي سائح "  # قتل الطياران، وأصيب آخران
    "بلجيكي هولندي ايطالي اسباني صيني ياباني هندي اماراتي بحريني قطري كويتي"
).split()

# Nouns an ordinal in digits follows (الذكرى السنوية الـ23، الدورة الـ72، الفرقة الـ4).
ORDINAL_NOUNS = frozenset(
    "ذكري السنويه دوره نسخه جوله قمه مؤتمر يوم اسبوع مره طبعه قرن فرقه لواء كتيبه".split()
)

# The units of an ordinal from 11th to 19th, before عشر/عشرة (الرابعة عشرة من عمره: 14th, no
# count of ten), as normalized.
_UNITS = (
    "الحادي الحاديه الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه السادس "
    "السادسه السابع السابعه الثامن الثامنه التاسع التاسعه".split()
)
TEEN_ORDINALS = frozenset(_UNITS + ["و" + unit for unit in _UNITS])  # والسادسة عشرة: 16th

# Spans of time with ال, before a number with ال that is their length (السنوات العشر الماضية),
# and a group, before its name (مجموعة السبع: the G7).
SPANS = frozenset(
    "السنوات السنين الاعوام الايام الاسابيع الاشهر الشهور الساعات الدقائق العقود القرون المواسم "
    "مجموعه لمجموعه بمجموعه ومجموعه".split()
)

# A fraction before a multiplier: نصف مليون is 500,000, ربع مليون 250,000.
FRACTIONS = {"نصف": 0.5, "ربع": 0.25}
MULTIPLIERS = {
    "الف": 1000,
    "الفا": 1000,
    "الاف": 1000,
    "مليون": 10**6,
    "مليونا": 10**6,
    "ملايين": 10**6,
    "مليار": 10**9,
    "تريليون": 10**12,
}
RANGE_WORDS = frozenset(["الي", "to"])  # 8 إلى 10: a range, counted from its lower bound
ENGLISH_MULTIPLIERS = {"thousand": 1000, "million": 10**6, "billion": 10**9}
ENGLISH_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million a an and"
).split()

# "One of them" (فأصاب أحدهم): one of a count, not the count.
ONE_OF_THEM = frozenset("احدهم احدهما احداهم احداهن احداهما".split())
# "Among them" before a singular (بينهم ضابط، من بينهما المهاجم): one of a count.
AMONG_THEM = frozenset(["بينهم", "بينهما"])
# The number of those just named (القبض على عناصر المجموعة، والبالغ عددهم 7), unless what was
# named is a part of them or one of them (أحد أفراد الدورية، عدد من الركاب، قائد المجموعة).
THEIR_NUMBER = frozenset("عددهم عددهن عددها".split())
PARTS_OF_A_GROUP = frozenset("احد احدي عدد عددا بعض بعضا".split())
