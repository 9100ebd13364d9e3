"""People: English names by rule, and one id for a name written in both scripts."""

from newstally.extract.people import english_people, person_ids, skeleton
from newstally.text import normalize


def test_skeletons_agree_across_scripts():
    assert skeleton("إبراهيم القحطاني") == skeleton("Ibrahim Al Qahtani") == "brhmkhtn"
    assert skeleton("أبو مصعب الزرقاوي") == skeleton("Abu Musab al-Zarqawi")


def test_a_surname_alone_joins_the_full_name():
    ids = person_ids(["Ibrahim Al Qahtani", "القحطاني", "إبراهيم القحطاني", "Saifullah"])
    assert ids[:3] == ["person:ibrahim-al-qahtani"] * 3
    assert ids[3] == "person:saifullah"


def test_english_names_need_a_title_or_an_appositive():
    text = normalize(
        "We can confirm Ibrahim Al Qahtani, an ISIS official, was killed. "
        "Col. Rafael Torres said Afghan National Police arrived."
    )
    found = [text.text[a:b] for a, b in english_people(text)]
    assert found == ["Ibrahim Al Qahtani", "Rafael Torres"]
