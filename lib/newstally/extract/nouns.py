"""What a counted noun counts: the role a noun gives the people or things a number counts (25
حوثيا: members; 3 مدنيين: civilians; سيارتين: vehicles), the roles that are people and those
that are things, and the singular nouns that count one person after an event word (مقتل
القيادي). Entries are normalized (`newstally.normalize`), English ones lower case."""

from __future__ import annotations

from itertools import takewhile

from ..text.clitics import CONJUNCTIONS, lookup, strip_proclitic
from .lexicon import CLAUSE_ENDS
from .number_words import DUAL_OWNERS

# What a counted noun says is counted: a role that takes the group's name, or a fixed subject.
# Members of an armed group counted by the group's name (25 حوثيا; `clauses.counted_noun`).
GROUP_MEMBERS = frozenset("حوثي حوثيا حوثيين حوثيون انقلابيا انقلابيين تكفيريا تكفيريين".split())
# People by their work or doing: a tally only with its event (not 700 موظف); not طالب "demanded".
OCCUPATIONS = frozenset(
    "موظف موظفين موظفون موظفا عمال عاملين صحفي صحفيين صحفيون صحفيا صحافي صحافيين صحافيون صحافيا "
    "اعلاميين ناشط ناشطين ناشطون ناشطا ناشطات طبيب اطباء طبيبا مسعف مسعفين مسعفا ممرضين متظاهر "
    "متظاهرين متظاهرون متظاهرا محتج محتجين محتجون محتجا مصلين سائح سياح سائحا سائحين صيادين "
    "مزارعين معلمين تلاميذ قاصرين مراهقين حارس حراس حارسا مستوطن مستوطنين مستوطنا ضابط ضباط "
    "ضابطا عسكريين عسكريون عسكريا سياسيين معارضين معارضا قضاه قاضيا مدونين اكاديميين "
    "دبلوماسيين دبلوماسيا رهبان غواصين journalists protesters workers officers".split()
)
SUBJECT_WORDS = {
    **dict.fromkeys(GROUP_MEMBERS, "members"),
    **dict.fromkeys(
        (
            "عنصر عناصر عنصرا عنصرين مقاتل مقاتلين مقاتلا مسلح مسلحين مسلحا ارهابي ارهابيين ارهابيا "
            "متشدد متشددين عضو اعضاء جهادي جهاديين دواعش معتقل معتقلين معتقلا محتجزين سجين سجناء "
            "سجينا associate associates member members fighter fighters terrorist terrorists "
            "detainees prisoners operative operatives"
        ).split(),
        "members",
    ),
    **dict.fromkeys(
        (
            "insurgent insurgents militant militants suspect suspects extremists attackers "
            "assailants gunmen مهاجم مهاجمين مهاجمون مهاجما"
        ).split(),
        "insurgents",
    ),
    **dict.fromkeys(
        (
            "قيادي قياديا قياديين قائد قائدا قاده زعيم زعيما امير اميرا امراء مسؤول مسؤولا والي "
            "leader leaders commander "
            "commanders official officials emir chief"
        ).split(),
        "leaders",
    ),
    **dict.fromkeys("facilitator facilitators".split(), "facilitators"),
    **dict.fromkeys("اطفائي اطفائيا اطفائيين اطفائيون firefighters".split(), "firefighters"),
    **dict.fromkeys(
        "مدني مدنيين مدنيا civilian civilians".split(),
        "civilians",
    ),
    **dict.fromkeys(
        "جندي جنود جنديا شرطي شرطيا شرطيين شرطيون soldier soldiers troops personnel policemen".split(),
        "soldiers",
    ),
    **dict.fromkeys(
        (
            "شخص اشخاص شخصا شخصين people persons person individuals men women "
            "رجل رجلا رجال امراه نساء راكب ركاب راكبا مواطن مواطنين مواطنا فرد افراد فردا "
            "بالغا بالغين "
            # people counted by who they are (the Arabic nisbas are the gazetteer's)
            "اكراد الاكراد اتراك الاتراك افغان الافغان palestinians israelis syrians iraqis "
            "afghans yemenis turks kurds americans iranians egyptians libyans somalis "
            "ukrainians russians pakistanis saudis jordanians tunisians algerians "
            "طلاب طالبات تلميذ تلميذا تلميذه تلميذات students workers "
            "لاجئ لاجئا لاجئين لاجئون مهاجر مهاجرا مهاجرين مهاجرون refugees migrants "
            "فتيه فتيان فتيات فتاه صبي صبيا صبيه سيده سيدات boys girls زوج"
        ).split(),
        "people",
    ),
    **dict.fromkeys(OCCUPATIONS, "people"),
    **dict.fromkeys(
        "طفل طفلا اطفال طفله طفلات child children".split(),
        "children",
    ),
    **dict.fromkeys(
        (
            "سياره سيارات سيارتين عربه عربات طائره طائرات مروحيه مروحيات دبابه دبابات مدرعه "
            "مدرعات vehicle vehicles car cars aircraft helicopters tanks"
        ).split(),
        "vehicles",
    ),
    **dict.fromkeys(
        (
            "صاروخ صواريخ صاروخا قذيفه قذائف عبوه عبوات rocket rockets missile missiles "
            "shell shells mortar mortars رصاصه رصاصات رصاصتين طلقات bullet bullets لغم الغام"
        ).split(),
        "weapons",
    ),
    **dict.fromkeys(
        (
            "سفينه سفن سفينتين قارب قوارب زورق زوارق منزل منزلا منازل بيت بيوت مبني مباني وحده "
            "كنيسه كنائس كنيستين مسجد مساجد مسجدا مسجدين جامع جوامع معبد معابد "
            "ship ships boat boats house houses building buildings"
        ).split(),
        "property",
    ),
    **dict.fromkeys(  # and interviews: 600 مقابلة مع ضحايا
        "بلاغ بلاغا بلاغات شكوي شكاوي تقرير تقريرا تقارير مقابله مقابلات صفحه صفحات تعليق تعليقا "
        "تعليقات تغريده تغريدات منشور منشورا منشورات مقال مقالا مقالات".split(),
        "documents",
    ),
    **dict.fromkeys(  # slaughtered or lost, not people: 500 أضحية، 100 خروف
        "اضحيه اضاحي ماشيه مواشي اغنام خروف خرافا خراف دواجن طيور حيوان حيوانات".split(), "animals"
    ),
}
GROUP_ROLES = ("members", "leaders", "facilitators", "insurgents")
# A counted noun and the first letters of the adjective after it that change what it counts.
# (رجل إطفاء، من رجال الإطفاء: firefighters, not men; الأطفال is no word after رجال or أشخاص)
MODIFIED_ROLES = {
    ("vehicles", "ملغم"): "car bombs",
    ("vehicles", "مفخخ"): "car bombs",
    ("people", "اطفا"): "firefighters",
    ("people", "الاط"): "firefighters",
}
# Singular counted nouns: after an event word they state a count of one (مقتل القيادي).
SINGULAR_NOUNS = frozenset(
    (
        "ضابط شرطي مواطن ناشط فتاه امراه رجل مراقب صحفي شاب فتي طالب استاذ مقيم بائع "
        "مصور صحافي طبيب مسعف حارس سائق لاجئ مهاجر زوجه زوج ابن ابنه شيخ مزارع عامل موظف "
        "عنصر قيادي قائد زعيم امير مسؤول والي مقاتل مسلح ارهابي مدني جندي شخص طفل leader "
        "مشتبه مشتبها متهم مدعو عضو عضوه متظاهر محتج اسير سجين طيار منفذ منفذه مهاجم "
        "مسعفه ممرضه صحفيه ناشطه مواطنه طالبه طفله سيده شرطيه مجنده عامله موظفه معلمه "
        "مستوطن مستوطنه مراهق مراهقه تلميذ تلميذه صبي رضيع رضيعه قناص غواص اطفائي راهب رقيب عريف "
        "كاهن قس سفير سائح سائحه "
        "الامام اماما "  # the imam with the article or its ending: امام is as often أمام
        "commander official emir chief facilitator insurgent militant fighter member suspect "
        "civilian soldier person child terrorist associate operative officer policeman journalist "
        "worker guard teenager student"
    ).split()
)
# Plurals of people, a vague count after the event that befalls them in a reported action (مقتل
# مدنيين، اعتقال ناشطين، قتل أناس: the guide's bare plural); -ين may be a dual (مسلحين), which
# the guide reads as a plural too, unless the noun's dual is certain (شخصين: two).
PEOPLE_PLURALS = frozenset(
    (
        "عناصر اعضاء دواعش سجناء قاده امراء جنود اشخاص رجال نساء ركاب افراد اكراد اتراك افغان "
        "طلاب فتيه فتيان فتيات صبيه عمال اطباء سياح تلاميذ حراس ضباط اطفال اناس رهائن مدنيون "
        "مسلحون متشددون مواطنون مقاتلون مهاجمين مهاجمون"
    ).split()
) | frozenset(
    w
    for w, role in SUBJECT_WORDS.items()
    if role in ("members", "leaders", "civilians", "soldiers", "people", "children")
    and w.endswith(("ين", "ون", "ات"))
    and w not in SINGULAR_NOUNS  # سجين
)
PERSON_ROLES = frozenset(  # children too: قتل في الهجوم 20 طفلا
    "members insurgents leaders facilitators civilians soldiers people children firefighters".split()
)
FORCE_ROLES = frozenset(["soldiers", "firefighters"])  # sent or deployed: personnel, no event
THING_ROLES = frozenset(["vehicles", "weapons", "car bombs", "property", "documents", "animals"])


_FIGHTERS = frozenset(["soldiers", "members", "leaders", "insurgents"])  # not موظفيها, staff


def own_people(word: str) -> str | None:
    """The role of fighters named with the pronoun of the side they belong to (جنوده، قادتها،
    مقاتليهم، جنودنا; قواتها, its troops, soldiers)."""
    for suffix in ("هم", "ها", "نا", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]  # قادت: قادة before a pronoun; مقاتلي: مقاتلين
            if stem == "قوات":
                return "soldiers"
            forms = (stem, stem[:-1] + "ه" if stem[-1] == "ت" else stem, stem + "ن")
            roles = [lookup(form, SUBJECT_WORDS) for form in forms]
            return next((role for role in roles if role in _FIGHTERS), None)
    return None


def is_singular(word: str) -> bool:
    """A singular counted noun (قيادي، "leader"), with or without clitics."""
    return lookup(word, SINGULAR_NOUNS) is not None


# Singular nouns of one, less participles of how one acted (متهما الأجهزة، "accusing").
_ONE_ACCUSATIVE = SINGULAR_NOUNS - frozenset("متهم مهاجم منفذ مدعو".split())


def is_accusative_one(word: str) -> bool:
    """A singular counted noun in the accusative (قتل شخصا، اعتقلت الشرطة صحفيا), bare (not
    زوجها, "her husband"), not a participle of how one acted (متهما الأجهزة)."""
    word = strip_proclitic(word, CONJUNCTIONS, keep=2)  # وشرطيا، فصحفيا (not بواليا: a name)
    stem = word[:-1]
    return word.endswith("ا") and not word.endswith("ها") and stem in _ONE_ACCUSATIVE


def is_of_people(word: str) -> bool:
    """A counted noun of people, in the accusative too (أشخاص، متشددا; not قنابل، دولار)."""
    stem = word[:-1] if word.endswith("ا") else word
    return (lookup(word, SUBJECT_WORDS) or lookup(stem, SUBJECT_WORDS)) in PERSON_ROLES


def one_included(tokens, i: int) -> int | None:
    """The singular noun of a count of one in a list of those included: "a"/"an" after
    "including" or "among them", within three words; a singular after و, a later item of a list
    after بينهم or منهم in its clause (بينهم 3 أطفال وامرأة، منهم 13 طفلا وسيدة)."""
    before = [t.text.casefold() for t in tokens[max(0, i - 2) : i]]
    word = tokens[i].text
    one = i + 1 < len(tokens) and tokens[i + 1].text in ("واحد", "واحده")  # وطفل واحد: its own
    if word[:1] == "و" and is_singular(word[1:]) and not one:
        listed = takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(tokens[max(0, i - 6) : i]))
        return i if any(t.text in _INCLUDING for t in listed) else None
    if word.casefold() not in ("a", "an") or not (
        before[-1:] == ["including"] or before == ["among", "them"]
    ):
        return None
    for k in range(i + 1, min(i + 4, len(tokens))):
        if is_singular(tokens[k].text):
            return k
    return None


_INCLUDING = frozenset(["بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم"])


def owned_dual(tokens, position: int) -> bool:
    """A dual right after a noun of one that owns it (قتلت والدة الطفلتين: the mother, not the
    two girls); not a dual after و, an item of a list (شقيقه وشخصين من الجانب الآخر قتلوا)."""
    before = tokens[position - 1].text if position else ""
    return before in DUAL_OWNERS and tokens[position].text[:1] != "و"
