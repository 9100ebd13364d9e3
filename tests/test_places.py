"""The location stage on its own: a place in the count's clause, else the sentence's, the
paragraph's or the article's country."""

from newstally.extract.analysis import analyze
from newstally.extract.entities import extract_entities
from newstally.extract.gazetteer import load_gazetteer
from newstally.extract.mentions import Mentions
from newstally.extract.places import Places
from newstally.text import normalize


def places_of(text: str):
    normalized = normalize(text)
    mentions = Mentions(normalized, extract_entities(normalized, None), load_gazetteer())
    return normalized, Places(normalized, mentions)


def clause_place(text: str, number: str):
    """The place `in_clause` gives for the count `number` in a one-sentence text."""
    normalized, places = places_of(text)
    tokens = normalized.tokens
    after = next(i for i, t in enumerate(tokens) if t.text == number) + 1
    place, _ = places.in_clause(tokens, [t.norm.start for t in tokens], after, len(tokens))
    return place and (place.country, text[place.start : place.end])


def test_a_place_in_the_clause_keeps_its_mention():
    # the seed's breakdown and ANERcorp-style sentences
    assert clause_place("نفذت القوات 10 عمليات في سوريا", "10") == ("Syria", "سوريا")
    assert clause_place("قتل 5 أشخاص في مدينة الموصل", "5") == ("Iraq", "الموصل")


def test_a_count_in_places_of_two_countries_has_no_place():
    assert clause_place("قتل 5 أشخاص في الموصل ودير الزور", "5") is None
    assert clause_place("قتل 5 أشخاص في الموصل وكركوك", "5") == ("Iraq", "الموصل")


def test_scope_falls_back_from_the_sentence_to_the_paragraph_and_the_article():
    text = "شهدت محافظة إدلب قصفا عنيفا.\nوقتل 5 أشخاص.\nوقال المرصد إن القصف مستمر."
    normalized, places = places_of(text)
    first, second, third = normalized.sentences
    assert [p and p.country for p in places.scope(*first.norm)] == ["Syria", "Syria"]
    places.paragraph(second.norm.start, second.norm.end)
    # no place in its sentence or paragraph: numbered counts take the article's country
    assert [p and p.country for p in places.scope(*second.norm)] == ["Syria", "Syria"]
    two = "قصفت تركيا مواقع في العراق وسوريا."
    normalized, places = places_of(two)
    assert places.scope(*normalized.sentences[0].norm) == (None, None)


def stretch_place(text: str, number: str):
    """The place `in_stretch` gives for the count `number` in a one-sentence text."""
    normalized, places = places_of(text)
    token = next(t for t in normalized.tokens if t.text == number)
    places.scope(*normalized.sentences[0].norm)
    place = places.in_stretch(*token.norm)
    return place and (place.country, text[place.start : place.end])


def test_a_sentence_of_several_countries_places_a_count_by_the_stretch_it_is_in():
    # the places between the commas around the count, when the sentence names several countries
    idlib = "وقال وزير فرنسي في باريس إن روسيا تدعم النظام، بينما قتل 12 مدنيا في غارة على إدلب."
    assert stretch_place(idlib, "12") == ("Syria", "إدلب")
    libya = "وتحدث الرئيس عن كوريا الشمالية، وعن تدخل التحالف في ليبيا والذي قاد إلى مقتل 5 مدنيين."
    assert stretch_place(libya, "5") == ("Libya", "ليبيا")
    # a country counts there only after في/ب (an actor's name is not where the count is)
    regret = "وقالت موسكو إن الطائرة أسقطت فوق سوريا، وأبدت إسرائيل أسفها على مقتل 15 عسكريا."
    assert stretch_place(regret, "15") is None
    # two countries joined in the stretch: no place; one country in the sentence: not this rule
    joined = "وقال مسؤول في باريس، إن عدد المقاتلين في العراق وسوريا بلغ 1600 مقاتل."
    assert stretch_place(joined, "1600") is None
    assert stretch_place("قتل 5 مدنيين في غارة على إدلب.", "5") is None
    # a review of the round: the seat of who speaks is not where the count is; a country after
    # في شمال or قبالة سواحل is; a short place phrase put first, before a comma, places the count
    london = "وقالت الخارجية في لندن إن 2 من مواطنيها اعتقلوا، بينما اعتقلت إيران 5 في طهران."
    assert stretch_place(london, "2") is None
    coast = "ولقي 12 مهاجرا حتفهم قبالة سواحل ليبيا، بينما وصل 500 آخرون إلى إيطاليا."
    assert stretch_place(coast, "12") == ("Libya", "ليبيا")
    baghdad = "وفي بغداد، قتل 5 أشخاص بانفجار سيارة مفخخة، بينما قتل 3 آخرون في ريف إدلب."
    assert stretch_place(baghdad, "5") == ("Iraq", "بغداد")


def test_an_english_side_of_a_country_is_no_place_of_its_own():
    assert clause_place("The United States has about 900 troops in eastern Syria.", "900") == (
        "Syria",
        "Syria",
    )
    assert clause_place("Forces detained 45 suspects in northeast Syria.", "45") == (
        "Syria",
        "Syria",
    )


def test_a_town_named_once_in_a_country_the_article_names_nowhere_else_is_a_namesake():
    # Al Arabiya, February 2018: المالح, near Taiz, is also a town in Algeria
    text = (
        "استهدفت مقاتلات التحالف في اليمن مركزا شرق مدينة تعز.\n"
        "كما قتل القيادي الحوثي بغارة استهدفت موقعا في منطقة المالح شمال غربي تعز."
    )
    normalized, places = places_of(text)
    assert [p and p.country for p in places.scope(*normalized.sentences[1].norm)] == 2 * ["Yemen"]
    # a capital is no namesake (a government as often as a place), nor a town whose country's
    # adjective the article uses (CNN Arabic, September 2018), nor the one place of an article
    assert places_of("قال مسؤول في اليمن إن اليمن ينتظر رد دمشق.")[1].mentions.strays == set()
    mecca = (
        "وفي نيويورك قال الأمين العام في نيويورك إن السيول ضربت مكة والدفاع المدني السعودي يعلن."
    )
    assert places_of(mecca)[1].mentions.strays == set()
    assert places_of("قتل 3 أشخاص في المالح.")[1].mentions.strays == set()


def test_a_country_that_did_the_deed_is_an_actor():
    # AL-internationalNews-1469-20180604: Israel used force; the wounded are not in Israel
    text = (
        "ويقول الفلسطينيون إن معظم القتلى وآلاف المصابين كانوا من المدنيين العزل الذين استخدمت "
        "إسرائيل ضدهم القوة المفرطة."
    )
    normalized, places = places_of(text)
    assert places.mentions.aside(normalized.text.index("اسرائيل"))
    assert not places.mentions.aside(places_of("قتل 3 في إسرائيل.")[0].text.index("اسرائيل"))
    # after the country, the verb may be passive, and the country where the count is (a review)
    assert [
        t.location for t in analyze("قتل 4 مدنيين في قصف على سوريا استخدمت فيه قنابل.").tallies
    ] == ["Syria"]
    yemen = "قتل 30 شخصا في غارة على اليمن ارتكبها التحالف بقيادة السعودية."
    assert [t.location for t in analyze(yemen).tallies] == ["Yemen"]
