"""Where an article's own story is: a desk dateline at its head is not where it happened, news
pages append the leads of other stories after it, and link other stories' headlines in it.

CNN Arabic pages end with a run of teasers, each one paragraph, the opening sentence of
another story: a verb, its subject, then the day set off by commas ("أعلن الجيش الإسرائيلي،
الثلاثاء، اعتقال 21 فلسطينيا"). The story's own paragraphs go on with و or ف (not في and a
date: the "on this day" series' teasers). The run starts at the first such lead from which no
later paragraph continues with و or ف (or يذكر، أما); three paragraphs or more at the end, none
going on with the story and each one that may be a lead (`_may_lead`: no heading, list item or
word that goes on, or an "on this day" paragraph), are a run of teasers too.
"""

from __future__ import annotations

import re

from ..text import NormalizedText
from .dates import month_numbers
from .lexicon import ARABIC_WEEKDAYS, DESK_CITIES, EVENT_WORDS, lookup
from .nouns import PERSON_ROLES, SUBJECT_WORDS

# The outlet's mark near the start of a CNN page: "دبي، الإمارات العربية المتحدة (CNN)--".
_CNN_MARK = r"\((?:CNN|CNC)\)"
_CNN_RE = re.compile(_CNN_MARK)
# A dateline at the head of an article: a city, maybe its country, then the outlet's mark.
_DATELINE_RE = re.compile(rf"^\W*(\w+)[^\n(]{{0,40}}{_CNN_MARK}")
# A day set off by commas early in a paragraph: "، الثلاثاء،" (normalized: ", الثلاثاء,").
_LEAD_DAY_RE = re.compile(
    rf",\s*(?:(?:يوم|صباح|مساء|ليل|فجر)\s+)?(?:{'|'.join(ARABIC_WEEKDAYS)})\s*,"
)
_LIST_ITEM_RE = re.compile(r"\s*(?:[-–•*·]|\d+\s*[-.)])")  # - مقتل 5، 1- مقتل 5، 2) اعتقال 3


# A story's closing lines open with يذكر or يشار (يذكر أن 28 صاروخا استهدفت إسرائيل، الثلاثاء،
# ...: not another story's lead); they and a few more first words go on with it, as و and ف do.
_CLOSING = frozenset("يذكر يشار".split())
_GOING_ON = _CLOSING | frozenset("اما بدوره بدورها كما علما".split())
_NUMBER_OF = frozenset(["عدد", "وعدد", "بعدد"])
_NOT_LEADS = frozenset("لكن يأتي ياتي جاء كان كانت في من بالمقابل ثم اذ".split())
# "On this day" (وبنفس اليوم من عام 2017، في مثل هذا اليوم): a teaser of the history series,
# which may open with the date (في 1 أكتوبر من عام 1918), unless the article is of the series.
_THIS_DAY_RE = re.compile(r"(?:نفس|مثل هذا) اليوم من عام")
_DATED_RE = re.compile(r"في \d")
LEAD_WINDOW = 80  # characters from a paragraph's start in which a lead states its day
TEASER_RUN = 3  # paragraphs at the end that may each lead a story: teasers, a day in them or not


def story_end(normalized: NormalizedText) -> int:
    """The normalized offset where the article's own story ends (its length if nothing follows)."""
    text = normalized.text
    if not _CNN_RE.search(text[:120]):
        return len(text)
    paragraphs, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append((offset, line.strip()))
        offset += len(line) + 1
    end = len(text)
    run, leads = [], True  # the paragraphs at the end that may each lead another story
    of_series = bool(paragraphs) and _THIS_DAY_RE.search(paragraphs[0][1]) is not None
    for start, paragraph in reversed(paragraphs[1:]):
        if _goes_on(paragraph):
            break
        this_day = not of_series and _THIS_DAY_RE.search(paragraph) is not None
        leads = leads and (_may_lead(paragraph) or this_day)
        run += [start] if leads else []
        if _LEAD_DAY_RE.search(paragraph[:LEAD_WINDOW]):
            end = start
    if len(run) >= TEASER_RUN:
        end = min(end, run[-1])
    for (_, paragraph), (start, following) in zip(paragraphs[1:], paragraphs[2:], strict=False):
        if _first_word(paragraph) in _CLOSING and not _goes_on(following):
            return min(end, start)  # يذكر أن ...: the story's last lines, then other stories
    return end


def _may_lead(paragraph: str) -> bool:
    """Whether a paragraph may be another story's lead: not a heading, an item of a list or a
    paragraph ending in a colon, nor one opening with a word that goes on with a story (لكن،
    يأتي هذا، كانت ... قد) or sets a date first (في 4 أكتوبر من عام 1963، من أبرز أحداث)."""
    words = paragraph.split()
    return not (
        is_heading(paragraph, len(words))
        or _LIST_ITEM_RE.match(paragraph)
        or paragraph.rstrip().endswith(":")
        or _first_word(paragraph) in _NOT_LEADS
    )


def _goes_on(paragraph: str) -> bool:
    """Whether a paragraph goes on with the story before it (و، ف، يذكر، أما، بدوره، كما, في
    غضون ذلك); not one that opens with في and a date (في 1 أكتوبر من عام 1918: a teaser of the
    "on this day" series)."""
    dated = _DATED_RE.match(paragraph) is not None
    return (paragraph.startswith(("و", "ف")) and not dated) or _first_word(paragraph) in _GOING_ON


def _first_word(paragraph: str) -> str:
    """A paragraph's first word, without a comma glued to it (بدوره،)."""
    return paragraph.split(maxsplit=1)[0].rstrip(",")


def desk_dateline_end(text: str) -> int:
    """Where a dateline naming the outlet's desk ends ("دبي، الإمارات العربية المتحدة (CNN)"):
    the desk is where the story was written, not where it happened; 0 when there is none. The
    city may carry a stray letter (دبين)."""
    match = _DATELINE_RE.match(text)
    return match.end() if match and match.group(1).startswith(DESK_CITIES) else 0


def is_heading(sentence: str, words: int, most: int = 12) -> bool:
    """A short sentence (`most` words at most) with no final punctuation (a closing quote or
    bracket aside): a title or a section heading."""
    return words <= most and not sentence.rstrip().rstrip("\"»”')").endswith((".", "?", "!", ":"))


def is_related(line: str) -> bool:
    """A line that links other stories, whole (قد يهمك أيضا: ...، اقرأ أيضا: ...، للمزيد: ...;
    normalized), or a headline after أيضاً.. or أيضا: (CNN's; not a long line, a story's own)."""
    line = line.lstrip()
    more = line.startswith("للمزيد") and line[6:].lstrip()[:1] in (":", "-", "–")  # not للمزيد من
    more = more or (_ALSO_RE.match(line) is not None and len(line.split()) <= 25)
    return more or line.startswith(("قد يهمك", "اقرا ايضا", "اقرا المزيد", "شاهد ايضا"))


_ALSO_RE = re.compile(r"و?ايضا ?(?:\.\.|:)")


def is_linked_headline(text: str, start: int, end: int, words: int) -> bool:
    """The whole line of the body from `start` to `end` is a heading (`is_heading`) that neither
    goes on with the story (و) nor is an item of a list (- ...، • ...، 1- ...; lines after one
    that ends in a colon: وفيما يلي أبرز الأحداث:): the headline of another story the page links
    to. A longer one, up to `LINKED_WORDS` words, only beside another heading: a run of links (a
    lone one is often the story's own subheading: 70 ألف نازح على الحدود الأردنية يقيمون ...)."""
    line = text[start:end]
    if not is_heading(line, words, LINKED_WORDS) or line.lstrip().startswith("و"):
        return False
    if _LIST_ITEM_RE.match(line) or _listed(text, start):
        return False
    return is_heading(line, words) or any(_is_link_like(near) for near in _beside(text, start, end))


LINKED_WORDS = 16  # a linked headline may be longer than a section's heading, in a run of them


def _is_link_like(line: str) -> bool:
    """A line that may be a linked headline: a heading of up to `LINKED_WORDS` words that does
    not go on with the story (و)."""
    line = line.strip()
    return bool(line) and is_heading(line, len(line.split()), LINKED_WORDS) and line[0] != "و"


def _beside(text: str, start: int, end: int) -> list[str]:
    """The lines right before (not the article's first: its title) and after the line from
    `start` to `end`."""
    previous = text.rfind("\n", 0, max(start - 1, 0)) + 1
    before = [text[previous : start - 1]] if 0 < previous < start else []
    following = text.find("\n", end + 1)
    return before + [text[end + 1 : len(text) if following < 0 else following]]


def _listed(text: str, start: int) -> bool:
    """Whether the lines before the one at `start`, back to one that ends in a colon or is a
    date alone (a timeline's day: 6 أكتوبر), are all headings: then it is an item of the list
    that line opens (not of links: اقرأ أيضا:)."""
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous:start].strip()
        if line.endswith(":"):
            return not is_related(line)
        if _is_day(line):
            return True
        if not is_heading(line, len(line.split()), LINKED_WORDS):
            return False
        start = previous
    return False


def _is_day(line: str) -> bool:
    """A line that is a day of a month alone, its year maybe after it (6 أكتوبر، 6 أكتوبر 2018)."""
    words = line.split()
    day = len(words) in (2, 3) and words[0].isdigit() and words[1] in month_numbers()
    return day and (len(words) == 2 or words[2].isdigit())


def unbracketed(tokens: list) -> list:
    """A sentence's tokens without the brackets around a number that counts (القضاء على عدد (8)
    فرد تكفيري, the Egyptian army's style; `_counted_in_brackets`), which would cut it off its
    event and its noun (not a match's minute: أدين دجيكو (81)), and without the points of
    initials ("Four U.S. soldiers": the points would end the count's clause)."""
    drop = {
        k
        for i in range(2, len(tokens) - 1)
        if tokens[i].kind == "number"
        and tokens[i - 1].text + tokens[i + 1].text == "()"
        and _counted_in_brackets(tokens, i)
        for k in (i - 1, i + 1)
    }
    drop |= {
        i
        for i in range(1, len(tokens) - 1)
        if tokens[i].text == "." and is_initial(tokens[i - 1].text) and tokens[i + 1].kind == "word"
    }
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def _counted_in_brackets(tokens: list, i: int) -> bool:
    """A number in brackets at `i` that counts: after عدد, an event word or ب (مقتل (5) وجرح
    (8)، قدر عددهم بـ (12) جريحا), or before people or من (القضاء على (26) فردا)."""
    before, after = tokens[i - 2].text, tokens[i + 2].text if i + 2 < len(tokens) else ""
    if before in _NUMBER_OF or before == "ب" or lookup(before, EVENT_WORDS):
        return True
    return after == "من" or lookup(after, SUBJECT_WORDS) in PERSON_ROLES


def is_initial(word: str) -> bool:
    """A single Latin letter, as in "U.S.": the point after it ends no clause."""
    return len(word) == 1 and word.isascii() and word.isalpha()
