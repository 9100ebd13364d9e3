"""Numbers as news writes them: digits, Arabic and English number words, duals, qualifiers.

The Arabic number words are derived from num2words' Arabic cardinals (nominative, masculine)
by the regular case and gender changes (عشرون/عشرين، ثلاثة/ثلاث، مئتان/مئتي), not typed; English
number words are valued by text2num. Offsets are into the normalized text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text import NormalizedText, Token, clitic_variants, normalize
from .lexicon import ACTIONS, BARE_TOLLS, EVENT_WORDS, INCLUSION, ONE_WORDS, OTHERS, lookup
from .nouns import PEOPLE_PLURALS, SUBJECT_WORDS, is_singular, one_included
from .number_words import (
    AMONG_THEM,
    DEFINITE_DUALS,
    DUAL_NOUNS,
    DUAL_NOUNS_IN_AN,
    ENGLISH_MULTIPLIERS,
    ENGLISH_NUMBER_WORDS,
    FRACTIONS,
    MULTIPLIERS,
    ORDINAL_NOUNS,
    QUALIFIER_WORDS,
    RANGE_WORDS,
    SPANS,
    TEEN_ORDINALS,
    VAGUE,
)
from .vague import (
    ALL_WORDS,
    MANY_WITH_AND,
    VAGUE_CLITICS,
    VAGUE_FIRST,
    WITH_CLITICS,
    all_of_them,
    among_them,
    bare_plural,
    bare_toll,
    number_of_those,
    postposed,
    series_of,
    size_told,
    toll_beside,
)

_QUALIFIER_BEFORE_RE = re.compile(  # after و، ف or ب too: وأكثر من 100، يقدر عددهم بنحو 2000
    r"(?<!\w)[وفب]?("
    + "|".join(re.escape(w) for w in sorted(QUALIFIER_WORDS, key=len, reverse=True))
    + r")\s*[\"«“]?$"  # أكثر من "مئة"، أكثر من35 (the space left out)
)
# "at least" after the count and up to three words (15 شخصا، على الأقل; "23 مقاتلا" على الأقل;
# 9أشخاص على الأقل), none a number, و or بينهم (مقتل 9 وإصابة 20 على الأقل), nor before a count
_AT_LEAST_AFTER_RE = re.compile(
    r"^\s*(?:(?!و|بينهم|منهم)[^\W\d]+[\"»”]?\s+){0,2}(?:(?!و)[^\W\d]*)[\"»”]?,?\s*"
    r"(?:(?:على|علي) الاقل|at least)(?!\s*,?\s*\d)"
)
_PASSED = frozenset(["تجاوز", "تخطي", "فاق"])  # a toll passed (تجاوز 400), not after و
_POINT_GROUPED_RE = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")  # 10.000: a point for thousands


@dataclass(frozen=True)
class NumberMention:
    """A count in the normalized text: `[start, end)`, its value and its qualifier."""

    start: int
    end: int
    value: int | None
    qualifier: str
    qualifier_start: int  # where the qualifier begins (== start when there is none)


@lru_cache(maxsize=1)
def arabic_number_words() -> dict[str, int]:
    """Normalized Arabic number word -> value, with case and gender variants, from num2words."""
    from num2words import num2words

    words: dict[str, int] = {}

    def add(word: str, value: int) -> None:
        word = normalize(word).text
        for variant in _case_and_gender(word, value):
            words.setdefault(variant, value)

    for n in [*range(1, 11), *range(20, 100, 10), *range(100, 1000, 100), 1000, 2000, 10**6]:
        add(num2words(n, lang="ar"), n)
    add(num2words(11, lang="ar").split()[0], 1)  # احد (عشر)
    words.setdefault("احدي", 1)  # its feminine: إحدى الراكبات
    add(num2words(12, lang="ar").split()[0], 2)  # اثنا (عشر)
    for n in (3000, 3 * 10**6):  # the plurals: الاف، ملايين
        add(num2words(n, lang="ar").split()[-1], 10 ** (3 if n == 3000 else 6))
    for word, value in list(words.items()):  # الاربعه، الستين (after the noun: المصابين الستين)
        if 2 <= value <= 10 or (20 <= value <= 90 and value % 10 == 0):
            words.setdefault("ال" + word, value)
    for hundreds in range(3, 10):  # ثلاث مئة written apart as well as ثلاثمئة
        words.setdefault(normalize(num2words(hundreds * 100, lang="ar")).text, hundreds * 100)
    return words


def _case_and_gender(word: str, value: int) -> set[str]:
    """The nominative masculine form and its accusative/genitive, feminine and spelling variants."""
    forms = {word}
    if 20 <= value <= 90 and word.endswith("ون"):
        forms.add(word[:-2] + "ين")  # عشرون -> عشرين
    if str(value).lstrip("2").strip("0") == "" and value != 20:  # 2, 200, 2000: a dual
        stem = word[:-2] if word.endswith("ان") else word[:-1] if word.endswith("ا") else word
        forms.update(stem + ending for ending in ("ان", "ين", "ا", "ي"))  # مئتا -> مئتان، مئتي
    if 3 <= value <= 10 and word.endswith("ه"):
        forms.add(word[:-1])  # ثلاثه -> ثلاث (with a feminine counted noun)
    elif value in (1, 10) and not word.endswith("ه"):
        forms.add(word + "ه")  # واحد -> واحده، عشر -> عشره
        if value == 1:
            forms.add(word + "ا")  # رجلا واحدا
    forms.update(f.replace("اثن", "اثنت") for f in list(forms) if f.startswith("اثن"))
    forms.update(f.replace(a, b) for f in list(forms) for a, b in (("مائ", "مئ"), ("مئ", "مائ")))
    if value == 8:
        forms.add("ثمان")
    return forms


def find_numbers(text: NormalizedText) -> list[NumberMention]:
    """Every count in the text: digits, number words, duals and vague words, with qualifiers."""
    tokens = text.tokens
    words = arabic_number_words()
    found: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        at = i
        mention, i = _number_at(text.text, tokens, i, words)
        mention, i = _with_remainder(text.text, tokens, mention, i, words)
        if mention and at and tokens[at - 1].text in ("بين", "وبين") and tokens[at].kind == "word":
            mention, i = _range_from_word(text.text, tokens, mention, i, words)
        after_count = at and found and found[-1].end == tokens[at - 1].norm.end
        after_count = after_count and not is_year(found[-1], text.text)  # وخلال 2017 عنصران
        dual = is_dual(tokens[at].text) and tokens[at].text[:1] != "و"  # not امرأة وطفلان
        twice = mention and mention.value == 2 and at and is_dual(tokens[at - 1].text)
        noun = (after_count and (dual or tokens[at].text in BARE_TOLLS)) or twice  # جثتين اثنتين
        if mention and not noun:  # 3 شرطيين، ثلاثة قتلى: the noun a count counts
            found.append(_without_and(text, mention))
    return found


def _with_remainder(text: str, tokens: list[Token], mention, i: int, words: dict[str, int]):
    """A number ending in a word of thousands or millions, or two thousand, and the smaller number
    after و that completes it, as one (34 الفا و183: 34183; ألفين و200: 2200); else the mention."""
    thousands = _multiplier(tokens[i - 1].text) or words.get(tokens[i - 1].text) == 2000
    if mention is None or not mention.value or not thousands:
        return mention, i  # 3000 و700 على التوالي: two counts written in digits
    if i + 1 >= len(tokens) or tokens[i].text != "و" or tokens[i + 1].kind != "number":
        return mention, i
    rest, j = _number_at(text, tokens, i + 1, words)
    unit = 1000 if mention.value % 10**6 else 10**6
    if rest is None or not rest.value or rest.value >= unit or rest.qualifier != "exact":
        return mention, i
    if j < len(tokens) and (tokens[j].text in INCLUSION | OTHERS or tokens[j].text == "علي"):
        return mention, i  # 3 آلاف و300 منهم، و250 آخرون، على التوالي: a count of its own
    return replace(mention, end=rest.end, value=mention.value + rest.value), j


def _range_from_word(text: str, tokens: list[Token], mention, i: int, words: dict[str, int]):
    """A range whose lower bound is a word (بين ألف و1500 مقاتل): that bound, `at_least`; the
    upper bound's thousands are the lower one's too (بين ثلاثة و4 آلاف: 3000)."""
    joined = mention.qualifier == "exact" and i + 1 < len(tokens) and tokens[i].text == "و"
    top, j = _number_at(text, tokens, i + 1, words) if joined else (None, i)
    if top is None or not top.value or not mention.value or top.value <= mention.value:
        return mention, i
    value = mention.value * (_multiplier(tokens[j - 1].text) or 1)
    value = value if value <= top.value else mention.value
    return replace(mention, end=top.end, value=value, qualifier="at_least"), j


def _without_and(text: NormalizedText, mention: NumberMention) -> NumberMention:
    """وأحد، وإحدى ("and one of") normalize to واحد، واحدي: the raw text tells the و apart."""
    start = mention.start
    if text.text.startswith("واحد", start) and text.raw_slice(start + 1, start + 2) in ("أ", "إ"):
        qualifier_start = mention.qualifier_start + (mention.qualifier_start == start)
        return replace(mention, start=start + 1, qualifier_start=qualifier_start)
    return mention


def _number_at(text: str, tokens: list[Token], i: int, words: dict[str, int]):
    """The number starting at token `i`, if any, and the index of the token after it."""
    if tokens[i].kind != "number" and not _may_count(tokens, i, words):
        return None, i + 1
    token = tokens[i].text
    lower = token.casefold()
    start = tokens[i].norm.start
    if tokens[i].kind == "number":
        multiplied = i + 1 < len(tokens) and _multiplier(tokens[i + 1].text)
        value, j = _digits_value(token, not multiplied), i + 1
        if value is None or _is_ordinal_digits(tokens, i):
            return None, j
        if j < len(tokens):  # 10 آلاف، 2.5 million
            multiplier = _multiplier(tokens[j].text)
            if multiplier and value is not None:
                value, j = round(value * multiplier), j + 1
        end = tokens[j - 1].norm.end
        if j < len(tokens) and tokens[j].text == "+" and tokens[j].norm.start == end:
            return _mention(text, start, tokens[j].norm.end, value, "more_than"), j + 1
        if j + 1 < len(tokens) and tokens[j + 1].kind == "number" and _range_to(tokens, i, j):
            top = j + 2  # the bound's thousands are the lower one's too: بين 10 و12 ألفا
            multiplier = _multiplier(tokens[top].text) if top < len(tokens) and j == i + 1 else None
            value, top = (round(value * multiplier), top + 1) if multiplier else (value, top)
            return _mention(text, start, tokens[top - 1].norm.end, value, "at_least"), top
        return _mention(text, start, end, value), j
    if lower == "عده" and postposed(tokens, i):
        return None, i + 1  # أياما عدة، رسائل عدة: "several", said of the noun before it
    clitic = int(lower[:1] == "و" and lower[1:] in MANY_WITH_AND)  # وعدد من: past its و
    for size in (3, 2):  # hundreds of thousands, عدد من: one vague count of several words
        read = " ".join(t.text.casefold() for t in tokens[i : i + size])[clitic:]
        if i + size <= len(tokens) and read in VAGUE and not number_of_those(tokens, i, clitic):
            end = tokens[i + size - 1].norm.end
            return _mention(text, start + clitic, end, *VAGUE[read]), i + size
    if lower == "سلسله" and series_of(tokens, i):  # سلسلة غارات: a vague count of strikes
        return _mention(text, start, tokens[i].norm.end, None, "vague"), i + 1
    if lower in VAGUE:
        value, qualifier = VAGUE[lower]
        return _mention(text, start, tokens[i].norm.end, value, qualifier), i + 1
    if lower[:1] in VAGUE_CLITICS and lower[1:] in WITH_CLITICS:
        if not toll_beside(tokens, i):
            return None, i + 1  # وآلاف فروا: no toll (and no 1,000)
        value, qualifier = VAGUE[lower[1:]]  # ومئات الجرحى، قتلى بالعشرات: not the count's clitic
        return _mention(text, start + 1, tokens[i].norm.end, value, qualifier), i + 1
    if token in OTHERS and i and lookup(tokens[i - 1].text, EVENT_WORDS):
        return _mention(text, start, tokens[i].norm.end, None, "vague"), i + 1
    if i and tokens[i - 1].text in AMONG_THEM and is_singular(token):
        return _mention(text, start, tokens[i].norm.end, 1), i + 1  # بينهم ضابط: one of them
    one = one_included(tokens, i)
    if one is not None:  # "including a senior leader", بينهم أطفال وامرأة (not its و)
        return _mention(text, start + (one == i), tokens[one].norm.end, 1), one + 1
    toll = bare_toll(tokens, i)
    if toll is not None:  # ومصابين: the و is not the count's; خسائر في الأرواح: to its end
        return _mention(text, start + toll[0], tokens[toll[1]].norm.end, None, "vague"), toll[1] + 1
    if _is_weekday(tokens, i, words):
        return None, i + 1
    multiplier = _multiplier(tokens[i + 1].text) if i + 1 < len(tokens) else None
    if token in FRACTIONS and multiplier:  # نصف مليون
        value = round(FRACTIONS[token] * multiplier)
        return _mention(text, start, tokens[i + 1].norm.end, value), i + 2
    if _arabic_word_value(token, words) is not None:
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if token.endswith(("اثني", "اثنتي")) and following not in ("عشر", "عشره"):
            return None, i + 1  # التطهير الإثني: "ethnic" (اثني is two only before عشر)
        if _is_ordinal_or_span(tokens, i, words):
            return None, _arabic_words(text, tokens, i, words)[1]  # the whole run: الاثني عشر
        name = token == "الفي" and following in ("", ".", ",", ":")  # بوفاة الصغير ألفي.: a name
        if name or (token == "الف" and following.startswith("ال")):
            return None, i + 1  # ألف الكاتب كتابا: the verb "wrote", not a thousand
        return _arabic_words(text, tokens, i, words)
    if lower in ENGLISH_NUMBER_WORDS and lower not in ("a", "an", "and"):
        return _english_words(text, tokens, i)
    skip = _dual(token)
    skip = _named_as_two(tokens, i) if skip is None else skip  # مدنيين هما رجل وزوجته
    if skip is not None:
        return _mention(text, start + skip, tokens[i].norm.end, 2), i + 1
    vague = bare_plural(tokens, i) or all_of_them(tokens, i) or among_them(tokens, i)
    if vague and not size_told(tokens, i, lambda word: _is_count_word(word, words)):
        return _mention(text, start, tokens[i].norm.end, None, "vague"), i + 1
    return None, i + 1


def _is_count_word(word: str, words: dict[str, int]) -> bool:
    """A number word or a dual (اثنين، التسعة، شابين)."""
    return _arabic_word_value(word, words) is not None or _dual(word) is not None


def _is_ordinal_or_span(tokens: list[Token], i: int, words: dict[str, int]) -> bool:
    """الستين after people or an event (المصابين الستين) is their number; elsewhere a ten with ال
    is an ordinal (الذكرى السبعين), so is عشر/عشرة or a ten after an ordinal's unit (الرابعة
    عشرة، الرابعة والعشرين); a number with ال after a span of time is its length (السنوات العشر),
    after مجموعة a group's name (مجموعة السبع)."""
    token = tokens[i].text
    if i and tokens[i - 1].text in TEEN_ORDINALS and (words.get(token) == 10 or token[:3] == "وال"):
        return True  # في الرابعة عشرة من عمره، القرن الحادي والعشرين: 14th, 21st
    before = tokens[i - 1].text if i else ""
    if lookup(before, SPANS) and token.startswith("ال") and token[2:] in words:
        return True  # خلال السنوات العشر الماضية، الأيام الثلاثة، مجموعة السبع
    if not (token.startswith("ال") and token[2:] in words and words[token] >= 20):
        return False  # (الف، الفين: a thousand, whose ا is no article)
    return not (lookup(before, EVENT_WORDS) or lookup(before, SUBJECT_WORDS))


def _is_ordinal_digits(tokens: list[Token], i: int) -> bool:
    """Digits after ال one or two words after a noun that takes an ordinal are one (الذكرى
    السنوية الـ23، الدورة الـ72); not عمال الإغاثة الـ7 قتلوا, the seven aid workers."""
    article = i > 1 and tokens[i - 1].text in ("ال", "وال", "لل", "بال")
    return article and any(lookup(t.text, ORDINAL_NOUNS) for t in tokens[max(0, i - 3) : i - 1])


def _may_count(tokens: list[Token], i: int, words: dict[str, int]) -> bool:
    """Whether a word can begin a count at all (most cannot: the quick test before the rest)."""
    token = tokens[i].text
    lower = token.casefold()
    return (
        lower in VAGUE_FIRST
        or (lower[:1] in VAGUE_CLITICS and lower[1:] in WITH_CLITICS)
        or (lower[:1] == "و" and lower[1:] in MANY_WITH_AND)
        or token in OTHERS
        or (i > 0 and tokens[i - 1].text in AMONG_THEM)
        or (token[:1] == "و" and is_singular(token[1:]))  # بينهم أطفال وامرأة (not والي)
        or token in BARE_TOLLS
        or (token[:1] == "و" and token[1:] in BARE_TOLLS)
        or token in FRACTIONS
        or _arabic_word_value(token, words) is not None
        or lower in ENGLISH_NUMBER_WORDS
        or _dual(token) is not None
        or _named_as_two(tokens, i) is not None
        or token.removesuffix("ا") in PEOPLE_PLURALS
        or token in ALL_WORDS
    )


def _range_to(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the word at `j` joins the number at `i` to a higher bound: 15 إلى 30, "15 to
    30", (ما) بين 150 و200; not two years (بين 2018 و2020)."""
    between = i > 0 and tokens[i - 1].text in ("بين", "وبين")
    years = is_year_digits(tokens[i].text) and is_year_digits(tokens[j + 1].text)
    return not years and (tokens[j].text in RANGE_WORDS or (between and tokens[j].text == "و"))


def is_year_digits(word: str) -> bool:
    """Four digits that may be a year (1900 to 2099)."""
    return len(word) == 4 and word.isdigit() and word.startswith(("19", "20"))


def is_year(mention: NumberMention, text: str) -> bool:
    """Four digits from 1900 to 2100 (`text`, normalized): a year, not a count (not ألفي)."""
    value, written = mention.value, text[mention.start : mention.end]
    four = written.isdigit() and len(written) == 4
    return isinstance(value, int) and 1900 <= value <= 2100 and four


# Words around الاثنين after an event word in which a number makes it Monday (not one, الأحد).
_WEEKDAY_REACH, _NOT_NEAR = 6, ONE_WORDS | {"الاحد"}


def _is_weekday(tokens: list[Token], i: int, words: dict[str, int]) -> bool:
    """الاثنين is Monday, not "the two", unless من follows it (الاثنين من المعتقلين) or a word
    of what befell people comes just before it with no number near (وأصيب الاثنين بجروح; not
    بشن هجوم الاثنين, قُتل الاثنين ما لا يقل عن 55 فلسطينيا, 60 فلسطينيا قتلوا الاثنين: the
    count is the number's, the day Monday's)."""
    if tokens[i].text not in ("الاثنين", "والاثنين"):
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following and following.text == "من":
        return False
    if following and following.text in ("الماضي", "المقبل"):
        return True  # توفي الاثنين الماضي
    after_event = i > 0 and lookup(tokens[i - 1].text, EVENT_WORDS) not in (None, *ACTIONS)
    near = tokens[max(0, i - 1 - _WEEKDAY_REACH) : i - 1] + tokens[i + 1 : i + 1 + _WEEKDAY_REACH]
    number_near = any(  # not أحد المعتقلين الاثنين: one of the two
        t.kind == "number" or (_arabic_word_value(t.text, words) and t.text not in _NOT_NEAR)
        for t in near
    )
    return not after_event or number_near


def _digits_value(token: str, grouped: bool = True) -> int | float | None:
    """The value of a digit token (10,000 and 2.5 too); None for a run too long to be a count
    (an id, a hash) or with a separator after the decimal point (4.2.2). `grouped`: points
    before groups of three are thousands (10.000 شخص), unless a multiplier follows (2.500 مليون)."""
    if grouped and _POINT_GROUPED_RE.fullmatch(token):
        return int(token.replace(".", ""))
    whole, point, fraction = token.partition(".")
    if len(token) > 18 or "." in fraction or "," in fraction:
        return None
    whole = whole.replace(",", "")
    return float(f"{whole}.{fraction}") if point else int(whole)


def _multiplier(token: str) -> int | None:
    return MULTIPLIERS.get(token) or ENGLISH_MULTIPLIERS.get(token.casefold())


def _arabic_word_value(token: str, words: dict[str, int]) -> int | None:
    """A number word's value, allowing the conjunction و before it (وثلاثين), or ب (بثلاث
    غارات; not بأحد, nor بالاثنين, a weekday)."""
    value = words.get(token[1:]) if token[:1] in "وب" else None
    not_b = token[:1] == "ب" and (value == 1 or (token[1:3] == "ال" and token != "بالف"))
    return words.get(token) if token in words or not_b else value


def _arabic_words(text: str, tokens: list[Token], i: int, words: dict[str, int]):
    """A run of Arabic number words (ثلاثة وثلاثين، خمسة آلاف، مئتي) and its value."""
    total, current, j = 0, 0, i
    while j < len(tokens):
        value = _arabic_word_value(tokens[j].text, words)
        if value is None or (j > i and not _joins(tokens[j].text, value, current)):
            break
        if value >= 1000:
            total += max(current, 1) * value
            current = 0
        elif value == 100 and 0 < current < 10:
            current *= 100  # ثلاث مئة
        else:
            current += value
        j += 1
    clitic = tokens[i].text not in words and tokens[i].text[:1] in "وب"  # not واحدة's و
    start = tokens[i].norm.start + (1 if clitic else 0)
    return _mention(text, start, tokens[j - 1].norm.end, total + current), j


def _joins(token: str, value: int, current: int) -> bool:
    """Whether a number word continues the run: after و, or as عشر / a multiplier / مئة."""
    return token.startswith("و") or value in (10, 100) or value >= 1000 or current == 0


def _english_words(text: str, tokens: list[Token], i: int):
    """English number words (twenty-five, one hundred) valued by text2num; not "no one", a zero."""
    from text_to_num import text2num

    if tokens[i].text.casefold() == "one" and i and tokens[i - 1].text.casefold() == "no":
        return None, i + 1
    j = i
    while j < len(tokens) and (
        tokens[j].text.casefold() in ENGLISH_NUMBER_WORDS or tokens[j].text == "-"
    ):
        j += 1
    while j > i + 1 and tokens[j - 1].text.casefold() in ("a", "an", "and", "-"):
        j -= 1
    phrase = text[tokens[i].norm.start : tokens[j - 1].norm.end]
    try:
        value = text2num(phrase.casefold(), "en")
    except ValueError:
        return None, i + 1
    return _mention(text, tokens[i].norm.start, tokens[j - 1].norm.end, value), j


def is_dual(token: str) -> bool:
    """A dual noun (عنصرين، فلسطينيان): a count of two that is its own counted noun."""
    return _dual(token) is not None


def dual_singular(token: str) -> str | None:
    """The singular of a dual noun as `DUAL_NOUNS` writes it (بسيارتين -> سياره); else None."""
    return _dual(token, True)


@lru_cache(maxsize=20_000)
def _dual(token: str, singular: bool = False):
    """How many clitic letters precede a dual noun (بسيارتين: 1), or its singular; else None."""
    for form, skip in clitic_variants(token):
        for ending in ("ين", "ان", "ي", "ا"):
            if not form.endswith(ending):
                continue
            stem = form[: -len(ending)]
            if stem in _DUAL_STEMS and (len(ending) == 2 or stem.endswith("ت")):
                # عمليتي توغل: a construct dual, for nouns in ة only
                return _DUAL_STEMS[stem] if singular else skip
            if ending == "ان" and stem in _DUAL_STEMS_IN_AN:
                return stem.removeprefix("ال") if singular else skip  # فلسطينيان
    return None


_DUAL_STEMS = {  # the stem a dual is made on -> its singular (غارت -> غاره)
    prefix + (noun[:-1] + "ت" if noun.endswith("ه") else noun): noun
    for noun in DUAL_NOUNS
    for prefix in ("", "ال")
    if not prefix or noun in DEFINITE_DUALS  # المرأتين، not الغارتين nor الزوجين
}
_DUAL_PRESENT_RE, _THEY_TWO = re.compile(r"[يت]\w{3,}ان"), ("هما", "وهما")  # ينحدران، تعملان
_DUAL_STEMS_IN_AN = frozenset(DUAL_NOUNS_IN_AN + ["ال" + noun for noun in DUAL_NOUNS_IN_AN])


def _named_as_two(tokens: list[Token], i: int) -> int | None:
    """The clitic letters of a plural in -ين named as two right after (مدنيين هما رجل وزوجته) or
    told of by a dual verb (قياديين ينحدران), not counted already (شابين فلسطينيين هما، 2 مدنيين
    هما، أن المعتقلين هما، هما شقيقان)."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    last = i + 2 if after in _THEY_TWO else i - 1
    near = [tokens[k] for k in (i - 1, last) if 0 <= k < len(tokens)]
    if any(t.kind == "number" or t.text in ("من", "ان") or is_dual(t.text) for t in near):
        return None
    if after in _THEY_TWO or _DUAL_PRESENT_RE.fullmatch(after):
        for form, skip in clitic_variants(tokens[i].text):
            if form.endswith("ين") and form[:-2] in _DUAL_STEMS_IN_AN:
                return skip
    return None


def _mention(text: str, start: int, end: int, value, qualifier="exact") -> NumberMention | None:
    """The mention with the hedge written before it (أكثر من، at least), if any; None for a
    fraction no multiplier makes whole (معدل 29.9 جريمة لكل مئة ألف: a rate, no count)."""
    if isinstance(value, float) and not value.is_integer():
        return None
    value = round(value) if isinstance(value, float) else value
    qualifier_start = start
    if qualifier == "exact" and _AT_LEAST_AFTER_RE.match(text[end : end + 60]):
        return NumberMention(start, end, value, "at_least", start)
    if qualifier == "exact":
        before = text[max(0, start - 16) : start].casefold()
        hedge = _QUALIFIER_BEFORE_RE.search(before)
        if hedge and hedge.group(1) in _PASSED and hedge.start(1) > hedge.start():
            hedge = None  # وتجاوز 30 جنديا نقطة التفتيش: crossed, not "more than"
        if hedge:
            qualifier = QUALIFIER_WORDS[hedge.group(1)]
            qualifier_start = start - len(before) + hedge.start(1)
    return NumberMention(start, end, value, qualifier, qualifier_start)
