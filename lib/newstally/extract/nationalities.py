"""Countries an article names only by their adjectives (السلطات الإيرانية، مصادر جزائرية): where
its authorities act, the country it is about, the country "the country" (البلاد) is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..text import NormalizedText
from .lexicon import lookup
from .mentions import Mentions, Place

# An authority named by its nationality: it acts at home (`Nationalities.authority`).
_AUTHORITY_RE = re.compile(
    r"(?<!\w)(?:ال)?(?:سلطات|شرطه|داخليه|امن|نيابه|محكمه|قضاء|مخابرات|استخبارات|اجهزه)"
    r"(?: الداخلي| العام| الامنيه)? (ال\w+)"  # الأمن الداخلي اللبناني، الأجهزة الأمنية الأردنية
)
# A part of "the country" (شمال البلاد، غربي البلاد), and a word that may be a country's adjective.
_LAND_RE = re.compile(r"(?<!\w)[وب]?(?:شمال|جنوب|شرق|غرب|وسط)ي? البلاد(?!\w)")
_ADJECTIVE_RE = re.compile(r"(?<!\w)(?:ال)?(\w{3,}(?:يه?|يين|يون|يان))(?!\w)")
# "that" after a verb of saying (قالت إن، أعلنت أن), not a conjunction of time (قبل أن، بعد أن).
_SAID_RE = re.compile(r"(?<!قبل)(?<!بعد) ان ")
# Words right before a country that name it as where something is, without في/ب (شرق سوريا،
# داخل العراق، على شواطئ ليبيا), and verbs of sending men abroad (أرسلت ضباطا إلى سوريا).
_WHERE_BEFORE = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي داخل شواطئ سواحل".split())
_SENT_RE = re.compile(r"(?<!\w)[وف]?(?:ارسل|اوفد|بعث)(?:ت|وا)?(?!\w)")
# Nouns of people often counted away from home (refugees, detainees, migrants): an adjective of
# nationality after them does not place them (3 لاجئين فلسطينيين في الأردن).
ABROAD = frozenset(
    "لاجئ لاجئا لاجئين لاجئون معتقل معتقلين معتقلون سجين سجناء اسري مهاجر مهاجرين".split()
)
# Armies and their strikes, which act abroad: their adjective places no article (الجيش الأمريكي).
_ARMED = frozenset(
    "الجيش جيش القوات قوات الجنود جنود جندي جنديا الطائرات طائرات المقاتلات الغارات غارات".split()
)
_ACTING_ABROAD = _ARMED | ABROAD


class Nationalities:
    """The countries of one article's adjectives of nationality, as places."""

    def __init__(self, normalized: NormalizedText, mentions: Mentions):
        self.nt = normalized
        self.mentions = mentions

    def authority(self, start: int = 0, end: int | None = None) -> Place | None:
        """The country of the first authority a span (the article, a sentence) names by its
        nationality, which acts at home (أعلنت الداخلية السعودية، الشرطة التركية، السلطات
        الإيرانية; not an army or a government, which act abroad too)."""
        end = len(self.nt.text) if end is None else end
        return next(self._found(_AUTHORITY_RE, start, end), None)

    def acting(self, start: int, end: int, countries: dict[str, Place]) -> Place | None:
        """The country of the authority a sentence names (`authority`) that acts in it, where its
        places are named only as not where anything is (أعلنت السلطات الألبانية توقيف 39 شخصا
        ... بتهريب ألباني إلى الولايات المتحدة: Albania); not one that says another country acts
        (قالت النيابة البلجيكية إن فرنسا تعتقل شخصا: France; not وكانت السلطات المغربية قد
        اعتقلت زمار ... قبل أن يتم تسليمه إلى سوريا: Morocco), nor where a country is named as
        a place without في/ب (مقتل 40 إرهابيا شرق سوريا، على شواطئ ليبيا) or as where the authority
        sent its men (أرسلت السلطات العراقية ضباطا إلى سوريا لتنفيذ عملية باعتقال خمسة)."""
        authority = self.authority(start, end)
        if authority is None:
            return None
        said = _SAID_RE.search(
            self.nt.text, self.nt.from_raw(authority.start, authority.end)[1], end
        )
        named = [self.nt.from_raw(p.start, p.end)[0] for p in countries.values()]
        if said and any(at > said.start() for at in named):
            return None
        sent = _SENT_RE.search(self.nt.text, start, end)
        for at in named:
            before = self._word_before(at)
            if before in _WHERE_BEFORE or (sent and sent.start() < at and before == "الي"):
                return None
        return authority

    def adjective_country(self, least: int = 2) -> Place | None:
        """For an article that names no place and no authority by its nationality: the country
        whose adjective it uses most, `least` times or more and more than any other's (وزارة الدفاع
        الجزائرية، مصادر رسمية جزائرية), leaving out those of armies and of people often abroad
        (الجيش الأمريكي، لاجئين سوريين)."""
        found = list(self._found(_ADJECTIVE_RE, 0, len(self.nt.text), _ACTING_ABROAD))
        ranked = Counter(place.country for place in found).most_common(2)
        if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return next(place for place in found if place.country == ranked[0][0])

    def _word_before(self, position: int) -> str:
        """The word before the word at a position of the normalized text (الجيش before
        الأمريكي)."""
        text = self.nt.text
        space = text.rfind(" ", 0, position)
        return text[text.rfind(" ", 0, max(space, 0)) + 1 : max(space, 0)]

    def _found(
        self, pattern: re.Pattern, start: int, end: int, skip: frozenset[str] = frozenset()
    ) -> Iterator[Place]:
        """The country of each word `pattern` finds that is a country's adjective
        (`Mentions.nationalities`), as a place, in text order; not after a word of `skip`, with
        its clitics (والجيش، اللاجئين)."""
        for country, match in self.mentions.nationalities(pattern, start, end):
            if not skip or not lookup(self._word_before(match.start(1)), skip):
                yield Place(country, *self.nt.to_raw(*match.span(1)))

    def land(self, start: int, end: int) -> Place | None:
        """For an article that names no country of its own: a part of "the country" (غرب
        البلاد) in a sentence that names one country, by its adjective only (تحطمت طائرة عسكرية
        ليبية ... غرب البلاد), is in that country."""
        if not _LAND_RE.search(self.nt.text, start, end):
            return None
        found: dict[str, Place] = {}
        for place in self._found(_ADJECTIVE_RE, start, end):
            found.setdefault(place.country, place)
        return next(iter(found.values())) if len(found) == 1 else None
