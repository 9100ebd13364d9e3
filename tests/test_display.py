"""HTML views: article text is escaped, Arabic paragraphs are right-to-left."""

from newstally.book.display import highlight
from newstally.extract.entities import canonical_table, extract_entities
from newstally.text import normalize


def test_highlight_marks_spans_sets_direction_and_escapes():
    raw = 'قتل عنصر من تنظيم "داعش" في سوريا <b>\nISIS & co <img onerror=x>'
    isis, daesh = raw.index("ISIS"), raw.index("داعش")
    marked = highlight(
        raw, [(daesh, daesh + 4, "ORG", "ORG: ISIS"), (isis, isis + 4, "ORG", 'a "quoted" title')]
    )
    assert '<p dir="rtl" lang="ar">قتل عنصر من تنظيم &quot;<mark class="newstally-org"' in marked
    assert ">داعش</mark>&quot; في سوريا &lt;b&gt;</p>" in marked
    assert '<p dir="ltr" lang="en"><mark' in marked
    assert 'title="a &quot;quoted&quot; title">ISIS</mark> &amp; co &lt;img onerror=x&gt;' in marked
    assert "<b>" not in marked and "<img" not in marked


def test_canonical_table_groups_the_seeds_names_for_isis(seed_text):
    table = canonical_table(extract_entities(normalize(seed_text), "2023-02-15"))
    isis = table.loc["Q2429253"]
    assert (isis.mentions, isis.scripts) == (9, "ar+en")
    assert isis.forms == 'تنظيم الدولة | داعش | ISIS | تنظيم "الدولة'
    assert table.index[0] == "Q858" and table.loc["Q858"].mentions == 11
