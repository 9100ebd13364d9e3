"""Numbers as news writes them: digits, words in both languages, duals, vague words, hedges."""

import pytest

from newstally.extract.numbers import arabic_number_words, find_numbers
from newstally.text import normalize


def numbers(text: str) -> list[tuple[str, int | None, str]]:
    normalized = normalize(text)
    return [
        (normalized.raw_slice(n.start, n.end), n.value, n.qualifier)
        for n in find_numbers(normalized)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نفذت 43 عملية", ("43", 43, "exact")),
        ("أكثر من 10 آلاف معتقل", ("10 آلاف", 10000, "more_than")),
        ("10,000+ ISIS detainees", ("10,000+", 10000, "more_than")),
        ("احتجاز ١٠٬٠٠٠ شخص", ("١٠٬٠٠٠", 10000, "exact")),
        ("قتل ثلاثة وثلاثين عنصرا", ("ثلاثة وثلاثين", 33, "exact")),
        ("اعتقال مئتي شخص", ("مئتي", 200, "exact")),
        ("نحو خمسة آلاف مقاتل", ("خمسة آلاف", 5000, "approx")),
        ("مقتل عنصرين", ("عنصرين", 2, "exact")),
        ("هجوم بسيارتين ملغمتين", ("سيارتين", 2, "exact")),
        ("ما لا يقل عن 5 قتلى", ("5", 5, "at_least")),
        ("حوالي ثلاث عشرة عملية", ("ثلاث عشرة", 13, "approx")),
        ("قرابة 300 عائلة", ("300", 300, "approx")),
        ("زهاء 40 شخصا", ("40", 40, "approx")),
        ("أقل من 20 عنصرا", ("20", 20, "up_to")),
        ("عشرات المعتقلين", ("عشرات", None, "vague")),
        ("وجرح عشرات الآلاف في الحرب", ("عشرات الآلاف", None, "vague")),  # one count, not two
        ("hundreds of thousands of civilians", ("hundreds of thousands", None, "vague")),
        ("dozens of insurgents", ("dozens", None, "vague")),
        ("a dozen fighters", ("a dozen", 12, "approx")),
        ("and they detained a dozen", ("a dozen", 12, "approx")),  # at the text's end
        ("at least twenty-five people", ("twenty-five", 25, "at_least")),
        ("detained two suspected insurgents", ("two", 2, "exact")),
        ("up to 2.5 million people", ("2.5 million", 2500000, "up_to")),
        ("nearly 40 were hurt", ("40", 40, "approx")),
        ("نحو نصف مليون قتيل", ("نصف مليون", 500000, "approx")),
        ("دخل ربع مليون جندي", ("ربع مليون", 250000, "exact")),
        ("حوالي 11 مليونا", ("11 مليونا", 11000000, "approx")),
        # a point before groups of three is for thousands (BB-middleEast-388-20180423), not
        # before a multiplier
        ("إلى قتل أكثر من 10.000 شخص", ("10.000", 10000, "more_than")),
        ("بلغ 1.486.958 حاجا", ("1.486.958", 1486958, "exact")),
        ("نحو 3.094 مليون عاطل", ("3.094 مليون", 3094000, "approx")),
    ],
)
def test_numbers_in_context(text, expected):
    assert numbers(text) == [expected]


def test_the_seed_counts(seed_text):
    found = [(text, value) for text, value, _ in numbers(seed_text)]
    for count in [("43", 43), ("10", 10), ("33", 33), ("227", 227), ("سيارتين", 2)]:
        assert count in found


def test_arabic_number_words_are_derived_with_case_and_gender():
    words = arabic_number_words()
    assert words["ثلاثون"] == words["ثلاثين"] == 30
    assert words["ثلاثه"] == words["ثلاث"] == 3
    assert words["مئتان"] == words["مئتين"] == words["مائتي"] == 200
    assert words["الفين"] == 2000 and words["الاف"] == 1000


def test_plural_nouns_are_not_duals():
    assert numbers("المتطرفين من السجون") == []
    assert numbers("وفق مسؤولين") == []  # مسؤولين: "officials" as often as "two officials"


def test_a_range_counts_from_its_lower_bound():
    (mention,) = find_numbers(normalize("خلفت 8 إلى 10 إصابات"))
    assert (mention.value, mention.qualifier) == (8, "at_least")


def test_monday_is_not_two():
    assert find_numbers(normalize("وقعت الاشتباكات ليل الاثنين في طهران")) == []
    assert [m.value for m in find_numbers(normalize("وأصيب الاثنين بجروح"))] == [2]
    # after an event word with a count near it, or before الماضي, it is the day (ANT, 2018)
    values = [
        [m.value for m in find_numbers(normalize(text))]
        for text in (
            "قُتل الاثنين ما لا يقل عن 55 فلسطينياً في اشتباكات",
            "إن ما يصل إلى 60 فلسطينيا قتلوا الاثنين في إطلاق نار",
            "أن الكاتب توفي الاثنين الماضي إثر أزمة قلبية",
        )
    ]
    assert values == [[55], [60], []]
    # a word of one is no number near: أحد المعتقلين الاثنين, one of the two detainees
    assert [m.value for m in find_numbers(normalize("أحد المعتقلين الاثنين كان على تواصل"))] == [
        1,
        2,
    ]


def test_ordinals_and_spans_of_time_are_not_counts():
    # الرابعة عشرة is the fourteenth; السنوات العشر a span of ten years (ANT, 2018)
    assert find_numbers(normalize("إن فتى في الرابعة عشرة من عمره لقي حتفه")) == []
    assert find_numbers(normalize("نفذت حكما للإعدام خلال السنوات العشر الماضية")) == []
    assert [m.value for m in find_numbers(normalize("قتل أربعة عشر شخصا"))] == [14]
    assert [m.value for m in find_numbers(normalize("القتلى الثلاثة في درعا"))] == [3]
    # the whole run is passed over, and ألفين's ا is no article
    assert find_numbers(normalize("خلال الأشهر الاثني عشر الماضية")) == []
    assert find_numbers(normalize("خلال الساعات الأربع وعشرين الماضية")) == []
    assert [m.value for m in find_numbers(normalize("في العام ألفين وستة عند اغتيال"))] == [2006]


def test_versions_and_dotted_dates_are_not_counts():
    # an ANT article (AL-culture, 2012) names a software version; it used to stop the analysis
    text = "أطلقت الشركة الإصدار 4.2.2 من نظامها في 1.2.2018 وباعت 10,000 نسخة في 3 أيام"
    assert [n.value for n in find_numbers(normalize(text))] == [10_000, 3]


def test_one_as_a_word_keeps_its_first_letter():
    assert numbers("عثرت على أفراد عائلة واحدة") == [("واحدة", 1, "exact")]


def test_duals_of_people_whose_plural_ends_in_in_are_read_in_an_only():
    assert numbers("وقتل فلسطينيان") == [("فلسطينيان", 2, "exact")]
    assert numbers("وقتل فلسطينيين") == []
    assert numbers("اعتقلت ناشطتين") == [("ناشطتين", 2, "exact")]


def test_a_ten_with_the_article_counts_people_after_them_and_is_an_ordinal_elsewhere():
    # Sky News Arabia, June 2018: "some of the sixty wounded"; ANERcorp: anniversaries
    assert numbers("وقال إن بعض المصابين الستين في حالة خطرة") == [("الستين", 60, "exact")]
    assert numbers("بمناسبة الذكرى السبعين لاغتيال الشاعر") == []
    assert numbers("قائد كتائب ثورة العشرين") == []


def test_a_bare_plural_of_the_dead_or_wounded_after_what_caused_them_is_vague():
    # France 24, March 2018: shelling "that caused deaths"; BBC Arabic: "among them wounded"
    assert numbers("وسط قصف جنوني أوقع قتلى") == [("قتلى", None, "vague")]
    assert numbers("حاول عدد من المدنيين وبينهم جرحى الفرار") == [("جرحى", None, "vague")]
    assert numbers("ارتفع عدد القتلى") == []


def test_more_hedges_as_the_press_writes_them():
    # BBC Arabic, June 2018: "close to 600 women"; a comma before "at least"
    assert numbers("اعتقال ما يقرب من 600 امرأة") == [("600", 600, "approx")]
    assert numbers("مقتل 15 شخصا، على الأقل") == [("15", 15, "at_least")]
    # the toll passed (CNN Arabic, February 2018), neared; the space or a quotation mark the
    # press leaves out or puts in (BBC Arabic, France 24, Sky News Arabia)
    assert numbers("عدد القتلى في الغوطة تجاوز 400 قتيل") == [("400", 400, "more_than")]
    assert numbers("عدد القتلى هناك يناهز 462 قتيلا") == [("462", 462, "approx")]
    assert numbers("وقُتل أكثر من35  ألف جندي") == [("35  ألف", 35000, "more_than")]
    assert numbers("أسفر عن مقتل 9أشخاص على الأقل") == [("9", 9, "at_least")]
    assert numbers('أسفرت عن مقتل "23 مقاتلا" على الأقل') == [("23", 23, "at_least")]


def test_the_quick_test_of_a_word_changes_no_reading(seed_text, monkeypatch):
    """`_may_count` only spares words the full reading would not take: the counts of the seed
    and of every ANERcorp development sentence are the same without it."""
    from newstally.extract import numbers as stage
    from newstally.ner.conll import read_conll, split
    from newstally.paths import ANERCORP

    _, development = split(read_conll(ANERCORP))
    texts = [seed_text] + [" ".join(w for w, _ in s) for s in development]
    quick = [find_numbers(normalize(t)) for t in texts]
    monkeypatch.setattr(stage, "_may_count", lambda *args: True)
    assert quick == [find_numbers(normalize(t)) for t in texts]
    assert sum(map(len, quick)) > 300
