"""Counts without a number, the tally extractor's last stage: stated zeros (`zeros`) and counts
of one (مقتل القيادي، لقي شاب مصرعه، مقتله، "detained a suspected insurgent"), a person named
(مقتل القذافي) or several named and joined by و (اغتيال العكر والحوتي: 2)."""

from __future__ import annotations

import bisect

from ..records import Tally
from . import clauses, custody, rulings
from .happened import (
    DEATHS_OF_KIN,
    ESCAPES,
    ONESELF,
    death_before,
    denied,
    killed_oneself,
    of_age,
    supposed,
    wished,
)
from .lexicon import (
    AND,
    ANOTHER,
    CLAUSE_ENDS,
    DEFINED,
    DESCRIBED_FATES,
    DIAGNOSES,
    DISEASES,
    EVENT_HOLDERS,
    EVENT_WORDS,
    EVENTS_OF_ONE,
    FATES_OF_ONE,
    NAMED_EVENTS,
    OBJECT_PRONOUNS,
    RELATIVES,
    SINCE,
    SINGULAR_ARTICLES,
    lookup,
)
from .nouns import SINGULAR_NOUNS, SUBJECT_WORDS, is_accusative_one, is_of_people, is_singular
from .number_words import ONE_OF_THEM
from .numbers import NumberMention
from .one_person import (
    AFTER_A_FATE,
    DUAL_KIN,
    HE,
    KIN,
    apposed_name,
    doer_end,
    english_second,
    fate_subject,
    is_dual_verb,
    is_passive,
    joined_singulars,
    lost_kin,
    named_before,
    names_from,
    relative_subject,
    singular_before,
    singular_subject,
    subjected_to,
    told_before_subject,
)
from .zeros import aimed_at, stated_zeros

_AMONG = frozenset(["بين", "وبين"])  # من بين القتلى: among the dead, the singular after them
# A group's head, "its" (زعيمه، قائدهم): one killed or arrested (`_kin_befallen`).
_HEADS = frozenset(f"{head}{its}" for head in ("زعيم", "قائد", "امير") for its in ("ه", "ها", "هم"))
_FROM = frozenset(["من", "ومن"])  # ومن القتلى ضابط: one of the dead
_PLURAL_FATES = frozenset("ضحايا قتلي وفيات جثث شهداء".split())
# Verbs of arrest a name may follow, and the words that may follow the name (`_seized_named`).
_SEIZING = frozenset("اعتقل اعتقلت احتجز احتجزت اختطف اختطفت".split())
_DONE_BY = _SEIZING | frozenset("اوقف اوقفت قتل قتلت اغتال اغتالت".split())  # with a doer
_AFTER = frozenset("في من الي بعد بتهمه علي عام يوم منذ لمده خلال امس".split())
# A wound after these, where a death is told, is its cause (قتل حلس إثر إصابته): none injured.
_CAUSES = clauses.CAUSES | {"بعد", "متاثرا", "متاثره", "متاثرين"}
_FAILED = frozenset("فشل فشلت فشلوا مكافاه".split())  # فشلت القوات في القبض على، مكافأة للقبض
_CHARGED = frozenset("تهمه تهم التهم بتهمه بتهم اتهامات تهمتي تهمتان تهمتين".split())


class CountsOfOne:
    """The tally extractor's counts without a number, read on its state (`tallies._Extractor`:
    the article's tokens and mentions, the sentence's numbers, the rows found so far)."""

    def _zeros(self, tokens, period) -> list[tuple[int, Tally]]:
        """Stated zeros (`zeros.stated_zeros`) as rows."""
        return [
            (zero.start, self._tally(event, zero, None, subject, period, None, zero.start))
            for zero, event, subject in stated_zeros(tokens, self.mentions, self.nt)
        ]

    def _implicit_singles(self, tokens, numbers, period) -> list[tuple[int, Tally]]:
        """A count of one without a number: مقتل القيادي، لقي شاب مصرعه، مقتله، "detained a
        suspected insurgent", "an ISIS official ... was killed"."""
        found, covered = [], -1  # the last token of the row before
        for i in range(len(tokens)):
            event, noun = self._one_at(tokens, i, numbers, found)
            if noun is None or supposed(tokens, i):
                continue  # هل احتجزوه؟ إذا ألقي القبض عليه، لو قبضت عليه
            if self._names_person(tokens[noun]) and self._named_again(event, found):
                continue
            first, last = sorted((i, noun))
            if first <= covered and found[-1][1].event == event:
                continue  # أودى بحياة امرأة: بحياة is within the row of أودى
            roles = [r for t in tokens[first : last + 1] if (r := lookup(t.text, SUBJECT_WORDS))]
            role = roles[0] if roles else None
            named, last = (1, last)
            suspects = noun + 1 < len(tokens) and tokens[noun + 1].text in ("فيهما", "بهما")
            if noun > i and (tokens[noun].text == "عليهما" or suspects):
                named, last = 2, noun + suspects  # القبض عليهما، اعتقل مشتبه فيهما: the two
            elif noun > i and self._names_person(tokens[noun]):
                named, last = names_from(tokens, noun, self.mentions.name_words)
            elif noun > i and (apposed := apposed_name(tokens, noun)) is not None:
                last = apposed  # مقتل جلال الدين حقاني، المؤسس: the name's words
            elif noun > i:
                named, last = joined_singulars(tokens, noun, self.mentions.gazetteer.nisbas)
                second = english_second(tokens, last)  # "a Taliban commander and another militant"
                named, last = (named + 1, second[1]) if second else (named, last)
                name = self._name_after(tokens, noun) if named == 1 else None
                if name is not None:  # تسمم العميل السابق سيرغي سكريبال وابنته: 2
                    named, last = names_from(tokens, name, self.mentions.name_words)
            elif tokens[i].text in _DUAL_FATES:
                named = 2  # لقي شاب وجدته مصرعهما
            elif noun < i and is_dual_verb(tokens[i].text):
                named = joined_singulars(tokens, noun)[0]  # طفلة رضيعة ووالدتها قتلتا: 2
            one = NumberMention(
                tokens[first].norm.start,
                tokens[last].norm.end,
                named,
                "exact",
                tokens[first].norm.start,
            )
            subject = self.subjects.of(tokens, first, min(last + 3, len(tokens)), role, event)
            # a Palestinian killed: at home unless placed elsewhere
            home = self.places.homeland(tokens[noun : noun + 1], event, self.wide_country, one)
            tally = self._tally(
                event, one, home, subject, period, None, tokens[first].norm.start, wide=False
            )
            found.append((tokens[first].norm.start, tally))
            covered = last
        return found

    def _one_at(self, tokens, i, numbers, found) -> tuple[str | None, int | None]:
        """The event of a count of one at token `i` and the token of the one it counts."""
        token = tokens[i]
        if i and tokens[i - 1].norm.end in self.number_ends and token.text[:1] != "و":
            return None, None  # 100 مصاب: the number before counts it (not شخصان وإصابة ثالث)
        subjected = subjected_to(tokens, i, self._names_person)
        if subjected is not None:  # تعرض طفل قطري إلى جروح: one wounded
            return subjected
        if lost_kin(tokens, i):  # فقد شقيقه في هجوم: one dead
            return "killed", i + 1
        if token.text in ONESELF:
            verb = killed_oneself(tokens, i)  # ثم قتل نفسه: one dead
            if verb is None:
                return None, None
            counted = any(t.norm.end in self.number_ends for t in tokens[max(0, verb - 3) : verb])
            return (None, None) if counted else ("killed", verb)  # not شخصين فجرا نفسيهما twice
        if token.text in ONE_OF_THEM and i + 1 < len(tokens):
            event = lookup(tokens[i + 1].text, _ONE_WOUNDED)  # ثلاثة عناصر أحدهم جريح
            near = tokens[max(0, i - 8) : i + 5]  # 4 إصابات بكورونا، أحدهم مصاب بالسلالة الجديدة
            ill = any(lookup(t.text, DISEASES) or t.text == "بمرض" for t in near)
            told = _told(tokens, i, event, 6)
            return (event, i) if event and not (ill or told) else (None, None)
        described = DESCRIBED_FATES.get(token.text)
        if described:  # الحارس المصاب، دميرتاش، المسجون حاليا
            noun = custody.described_one(tokens, i, self._names_person)
            return described, None if self._named_again(described, found) else noun
        if custody.in_custody(tokens, i):  # حيث كان موقوفا، أنه محتجز بتهمة: one held now
            again = self._named_again("detained", found, False) or self._named_again("held", found)
            return "held", None if again else i
        defined = token.text.startswith(DEFINED)  # القتلة، للقتلة: the killers, no "killed him"
        end = self.nt.to_raw(*token.norm)[1]
        killers = self.nt.raw[end - 1 : end] == "ة"  # قتلة مارقين: killers, not قتله "killed him"
        pronoun = None if defined or killers else lookup(token.text, EVENTS_OF_ONE)
        event = pronoun or lookup(token.text, EVENT_WORDS)
        them = token.text.endswith(("هم", "هن"))  # 1940 بالغا اعتقلتهم: the count before
        seized = pronoun == "detained" and _vehicle_seized(tokens, i)  # طائرة تم اختطافها
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        doer = following[:1] == "ل" and is_of_people(following) and not is_singular(following)
        if pronoun and doer:
            return None, None  # عمليات اختطافها للأطفال: its abductions of children, not one
        if event not in ("killed", "detained", "injured") or them or seized:
            return None, None
        if clauses.is_purpose(tokens, i):
            return None, None
        if pronoun == "detained" and i and lookup(tokens[i - 1].text, SINCE):
            event = "held"  # منذ توقيفه: in custody since his arrest
        event = rulings.in_context(tokens, i, event)
        if i and (clauses.is_negation(tokens[i - 1].text) or _contrasted(tokens, i)):
            return None, None  # لم تعتقل أي شخص: a stated zero, not one; اختطافه وليس قتله
        if custody.warrant_before(tokens, i):
            return None, None  # مذكرات اعتقال بحق البشير، قرار إلقاء القبض: a warrant, no arrest
        if denied(tokens, i) or wished(tokens, i):
            return None, None  # نفت السلطات المصرية احتجازه: denied; طالبت باعتقاله: wished
        result = token.text[:1] in "وف" and token.text[1:] in EVENTS_OF_ONE  # حاول الفرار فاعتقلته
        charged = defined and any(lookup(t.text, _CHARGED) for t in tokens[max(0, i - 4) : i])
        after = [t.text for t in tokens[i + 1 : i + 3]]
        goal = event == "detained" and "هدف" in after  # خطف هدف التعادل: a goal
        aimed = event == "injured" and any(aimed_at(word) for word in after)  # أصابت أهدافها
        detention = event == "detained" and token.text.removeprefix("ال").startswith(_DETENTIONS)
        held_in = i > 0 and lookup(tokens[i - 1].text, EVENT_HOLDERS) is not None
        if charged or goal or aimed or (detention and held_in):  # مراكز الاحتجاز: a place
            return None, None  # عدة تهم من بينها القتل: a charge's name, not a killing
        tried = any(lookup(t.text, ESCAPES) for t in tokens[max(0, i - 2 + result) : i])
        if tried or any(lookup(t.text, _FAILED) for t in tokens[max(0, i - 3) : i]):
            return None, None  # بتهمة محاولة القتل، نجا من محاولة اغتيال، حاولت قتله: attempted
        if after[:1] == ["اي"] or (after[:1] in (["علي"], ["من"]) and after[1:] == ["اي"]):
            return None, None  # إلقاء القبض على أي شخص: no one in particular (not مقتله، أي)
        ill = any(lookup(t.text, DISEASES) for t in tokens[i + 1 : i + 4])
        ill = ill or (i > 0 and lookup(tokens[i - 1].text, DIAGNOSES) is not None)
        if event == "injured" and ill:  # بعد إصابتها بسرطان الثدي، تشخيص إصابته: an illness
            return None, None
        if lookup(token.text, DEATHS_OF_KIN) and of_age(tokens, i):
            return None, None  # توفيت الناشطة عن عمر يناهز 81 عاما، توفي بمرض السرطان: natural
        if (
            event == "injured"
            and i
            and lookup(tokens[i - 1].text, _CAUSES)
            and death_before(tokens, i)
        ):
            return None, None  # قتل حلس إثر إصابته برصاصة: how he died
        if pronoun or clauses.casualty_of_one(tokens, i):  # مقتله، أوقع قتيلا: one person
            return event, None if self._named_again(event, found) else i
        if custody.arrest_of_one(tokens, i):  # ألقت الشرطة القبض عليها (once: not again)
            return event, None if self._named_again(event, found) else i + 1
        if is_passive(tokens, i):
            return event, singular_before(tokens, i)
        if token.text in FATES_OF_ONE or token.text in _DUAL_FATES:  # لقي شاب فلسطيني مصرعه
            told = self._named_again(event, found, one=False)  # الشرطي الذي لقي حتفه: known
            return event, fate_subject(tokens, i, told)
        if i + 1 < len(tokens) and tokens[i + 1].text in OBJECT_PRONOUNS:  # "killing him"
            return event, i + 1
        subject = singular_subject(tokens, i, self.mentions.gazetteer.nisbas)
        if subject is None:  # وكان رجل قد قتل
            subject = told_before_subject(tokens, i, self._names_person)
        if subject is None:  # أن خاشقجي قتل في القنصلية
            marked = self._marked_passive(token)
            subject = named_before(tokens, i, self._names_person, marked, self._placed)
            if (
                subject is not None
                and tokens[subject].text in HE
                and self._named_again(event, found)
            ):
                return None, None  # أنه قتل: one counted before
        if subject is None and not self._named_again(event, found, False):
            subject = relative_subject(tokens, i, self._names_person)  # الحنفي الذي اعتقل
        if subject is not None:  # أن جنديا أميركيا قتل: one soldier
            return event, subject
        return event, self._singular_after(tokens, i, numbers)

    def _singular_after(self, tokens, i, numbers) -> int | None:
        """A singular counted noun right after the event word (an article or adjectives between),
        or a person's name right after it; after a plural not "among" only an indefinite one
        right after it (والضحايا طفل وامرأة; not ضحايا الهجوم الإرهابي, the attack's victims)."""
        among = i and tokens[i - 1].text in _AMONG | _FROM
        if lookup(tokens[i].text, _PLURAL_FATES) and not among:
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            one = is_singular(following) and not following.startswith(DEFINED)
            return i + 1 if one else None
        doer = None
        if lookup(tokens[i].text, _DONE_BY):  # اعتقلت السلطات الإسرائيلية التميمي
            doer = doer_end(tokens, i, self.mentions.gazetteer.nationality, self._place_end)
        first = i + 1 if doer is None else doer + 1  # the first word the verb may take
        for k in range(first, min(first + 7, len(tokens))):
            if k == i + 1 and tokens[k].text == "," and i and tokens[i - 1].text in _AMONG:
                continue  # من بين القتلى، القيادي الميداني: the comma after "among the dead"
            if tokens[k].text in CLAUSE_ENDS or tokens[k].text in AND | _BY_HAND:
                return None  # برصاص قناص، على يد مسلح: who did it
            at = bisect.bisect_right(self.number_starts, tokens[k].norm.start)
            if at and numbers[at - 1].end > tokens[k].norm.start:
                return None
            named = k == first and (lookup(tokens[i].text, NAMED_EVENTS) or doer is not None)
            arrest = lookup(tokens[i].text, EVENT_WORDS) == "detained"  # قبض على كيث رانيير
            named = named or (k == i + 1 and self._seized_named(tokens, i))
            named = named or (k == i + 2 and arrest and tokens[i + 1].text == "علي")
            if named and (self._names_person(tokens[k]) or apposed_name(tokens, k) is not None):
                return k  # مقتل أنس أبوخوصة; مقتل جلال الدين حقاني، المؤسس: a named person
            accusative = tokens[k].text[-1:] == "ا" and _object_of(tokens, i, k)
            if (k == i + 1 or accusative) and self._one_person(tokens, k):
                return k  # قتل عراقي وجرح آخر، قتلت القوات الإسرائيلية فلسطينيا
            if k == i + 1 and tokens[k].text in ONE_OF_THEM:  # فأصاب أحدهم
                told = _told(tokens, i, lookup(tokens[i].text, EVENT_WORDS), 10)
                wanted = any(t.text in _REWARDED for t in tokens[max(0, i - 6) : i])
                return None if told or wanted or self._acts_on_count(tokens, k) else k
            one = is_singular(tokens[k].text) or (accusative and is_accusative_one(tokens[k].text))
            joined = (
                k > first and tokens[k].text[:1] == "و" and tokens[k].text not in SINGULAR_NOUNS
            )
            if one and joined:
                return None  # من الضحايا أظهرت نتائج ... وعامل الأعصاب: joined to something else
            if one or (k == first and self._kin_befallen(tokens, i, k)):
                following = tokens[k + 1].norm.start if k + 1 < len(tokens) else -1
                if following in self.number_starts and self.nt.text.startswith("واحد", following):
                    return None  # متظاهر واحد: the number counts it (not وأحد, "and one of")
                if k + 1 < len(tokens) and tokens[k + 1].text in ("بهم", "بهن"):
                    return None  # المشتبه بهم: the suspects, not one
                if self._acts_on_count(tokens, k):
                    return None  # قتل مسلح انتحاري 12 شخصا: the killer, not one killed
                article = k == first or any(t.text in SINGULAR_ARTICLES for t in tokens[i + 1 : k])
                named = k + 1 < len(tokens) and self.nt.text[tokens[k + 1].norm.start].isupper()
                return k if article or named or not tokens[k].text.isascii() else None
            if lookup(tokens[k].text, SUBJECT_WORDS):
                return None  # a plural: not a count of one
        return None

    def _name_after(self, tokens, noun: int) -> int | None:
        """The token of a name that follows the noun at `noun` within three words, only its
        title's adjectives with ال between (الصحفي السلوفاكي يان كوسياك), or None (not قتل شرطي
        على يد أحمد الخطيب: his killer)."""
        for k in range(noun + 1, min(noun + 4, len(tokens))):
            if self._names_person(tokens[k]):
                return k
            word = tokens[k].text
            if not word.startswith("ال") or lookup(word, EVENT_WORDS):
                return None
        return None

    def _kin_befallen(self, tokens, i: int, k: int) -> bool:
        """Whether one's kin at `k`, right after the event word at `i` or its doer, is one person
        it befell (إصابة زوجته، أوقفت الشرطة الفرنسية والديه: two), or a head killed or arrested
        (واعتقل زعيمه، مقتل قائدهم; not إصابة قائده, a player's, nor باعتقال زعيمه, wished); not
        a death of old age or illness (وفاة والده، إصابة والده بنوبة قلبية), nor kin a number
        joins (مقتل والدته واثنين)."""
        word = tokens[i].text  # its clitic too: ووفاة، بوفاة
        kin = tokens[k].text in KIN or tokens[k].text in DUAL_KIN  # زوجته، والديه
        head = tokens[k].text in _HEADS and lookup(word, EVENT_WORDS) in ("killed", "detained")
        head = head and word[:1] != "ب" and not wished(tokens, i)
        if not (kin or head) or word in DEATHS_OF_KIN or word[1:] in DEATHS_OF_KIN:
            return False
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        ill = after is not None and after.text[:1] == "ب" and after.text not in _WOUNDS
        joined = after is not None and any(
            after.norm.start <= n < after.norm.end for n in self.number_starts
        )
        return not ((ill and lookup(tokens[i].text, EVENT_WORDS) == "injured") or joined)

    def _seized_named(self, tokens, i: int) -> bool:
        """A verb of arrest with the one arrested named right after it, where the clause ends
        or a preposition or time follows the name (احتجز سعد الحريري، اعتقلت الهذلول في; not
        اعتقل صدام حسين آلاف الأكراد, the arrester; nor أوقف, "halted")."""
        if not lookup(tokens[i].text, _SEIZING) or not self._names_person(tokens[i + 1]):
            return False
        _, last = names_from(tokens, i + 1, self.mentions.name_words)
        following = tokens[last + 1].text if last + 1 < len(tokens) else "."
        return following in CLAUSE_ENDS or bool(lookup(following, _AFTER))

    def _acts_on_count(self, tokens, k: int) -> bool:
        """A count in the noun's clause within two words after the noun at `k`, or within six when
        the words past the second are its description (with the article or ل, or a name's) and the
        count is of people: the noun is the one who did it (قتل مسلح 3 أشخاص، قتل شخص موال لتنظيم
        داعش المتطرف أربعة أشخاص), not whom it befell (مقتل جندي و3 مدنيين، مقتل شخص وإصابة ثلاثة،
        مقتل قيادي مع 3 من مرافقيه، قتل مسلح كان يحمل 3 قنابل); an event word or a word of when,
        where, who, with or by whose hand (برصاص 3 مستوطنين) stops the search."""
        for j in range(k + 1, min(k + 7, len(tokens))):
            word = tokens[j].text
            if word[:1] == "و" or word in _NOT_DESCRIBING or lookup(word, EVENT_WORDS):
                return False
            if tokens[j].norm.start in self.number_starts:
                people = j + 1 < len(tokens) and is_of_people(tokens[j + 1].text)
                return not clauses.is_measure(tokens, j + 1) and (j <= k + 2 or people)
            named = self.mentions.at(tokens[j].norm.start, tokens[j].norm.end)
            if j > k + 2 and not (word.startswith(("ال", "ل")) or named):
                return False  # قتل مسلح كان يحمل 3، استشهد طفل برصاص 3 مستوطنين
        return False

    def _one_person(self, tokens, k: int) -> bool:
        """Right after an event word: a nationality (قتل عراقي، اعتقال أمريكية; not الأسر اليمنية,
        "Yemeni families", not the killer before his count, قتل أمريكي 5، nor a word that
        qualifies a place or a campaign, مركز احتجاز عراقي) or "another" after a count or an
        event word before it (قتل مدني وجرح آخر)."""
        if tokens[k].text in ANOTHER:  # not إصابات أخرى: other wounds, no one
            told = bool(self.number_starts) and self.number_starts[0] < tokens[k].norm.start
            told = told or any(lookup(t.text, EVENT_WORDS) for t in tokens[: k - 1])
            return told and not tokens[k - 1].text.endswith("ات")
        counted = k + 1 < len(tokens) and tokens[k + 1].norm.start in self.number_starts
        held = k > 1 and lookup(tokens[k - 2].text, EVENT_HOLDERS)
        word = tokens[k].text  # قتل عراقي، جنوده قتلوا فلسطينيا (not اعتقلت تركيا: the country)
        accusative = word[-1:] == "ا" and not self.mentions.is_country(tokens[k].norm.start)
        nationality = (word[:-1] if accusative else word) in self.mentions.gazetteer.nisbas
        return nationality and not tokens[k].text.startswith("ال") and not (counted or held)

    def _named_again(self, event: str, found, article: bool = True, one: bool = True) -> bool:
        """A count of one (not `one`: any) of the event before, in the article (not `article`: the
        sentence): the same person, named now (مقتل القيادي ... مقتل إبراهيم; اعتقل عساف، وهو محتجز)."""
        earlier = (self.tallies if article else []) + [tally for _, tally in found]
        return any(t.event == event and (t.count == 1 or not one) for t in earlier)

    def _marked_passive(self, token) -> bool:
        """A verb written passive (a damma: قُتل) or quoted ("قُتل")."""
        start, end = self.nt.to_raw(*token.norm)
        return "\u064f" in self.nt.raw[start:end] or (start > 0 and self.nt.raw[start - 1] in '"«')

    def _place_end(self, token) -> int | None:
        """The end of a place named from this token on (after its clitic), or None."""
        return next(
            (
                end
                for start, end, e in self.mentions.at(token.norm.start, token.norm.end)
                if e.label == "LOC" and start <= token.norm.start + 1
            ),
            None,
        )

    def _placed(self, token) -> bool:
        """A place the gazetteer knows starts at this token."""
        return self.mentions.place_at(token.norm.start) is not None

    def _names_person(self, token) -> bool:
        """A person's name starts at this token (after its clitic), or the token is a word of
        a name the article gives in full elsewhere (معمر القذافي ... مقتل القذافي)."""
        return token.text in self.mentions.name_words or any(
            e.label == "PER" and s <= token.norm.start + 1
            for s, _, e in self.mentions.at(token.norm.start, token.norm.end)
        )


_BY_HAND = frozenset("برصاص بنيران يد بيد".split())  # قتل برصاص قناص: the one who shot
# Words after a noun that end its description (`_acts_on_count`).
_NOT_DESCRIBING = (
    AND
    | CLAUSE_ENDS
    | AFTER_A_FATE
    | RELATIVES
    | _BY_HAND
    | frozenset("من منذ عن الي لدي عند مع".split())
)
# Wounds after إصابة (إصابة زوجته بجروح), not an illness (إصابة والده بنوبة قلبية).
_WOUNDS = frozenset("بجروح بجراح برصاص برصاصه بالرصاص بشظايا بطلق بحروق".split())
# Information rewarded: معلومات تؤدي إلى اعتقال أحدهم is no arrest.
_REWARDED = frozenset("معلومات مكافاه مكافات يدلي".split())
# What "her" after a hijacking or a seizure may stand for besides a person (طائرة تم اختطافها).
_VEHICLES = frozenset("طائره طائرات سفينه سفن حافله حافلات ناقله ناقلات مروحيه قوارب".split())
_SEIZURES = frozenset("خطف اختطاف احتجاز قرصنه".split())
_DETENTIONS = ("احتجاز", "اعتقال", "توقيف")  # nouns a place holds (مراكز احتجازه، لمعسكر اعتقال)
_DONE = frozenset("تم وتم جري وجري".split())  # تم اختطافها: her hijacking was done
_ONE_WOUNDED = {"جريح": "injured", "مصاب": "injured", "قتيل": "killed"}


def _contrasted(tokens, i: int) -> bool:
    """An event of one denied by contrast, وليس in mid-clause right before it (كان الهدف اختطافه
    وليس قتله); not "nothing but" (وليس اغتياله إلا رسالة), nor "not his first" (وليس اعتقاله
    الأول)."""
    if not (i > 1 and tokens[i - 1].text in _AND_NOT and tokens[i - 2].text not in CLAUSE_ENDS):
        return False
    return not any(t.text in _BUT_OR_FIRST for t in tokens[i + 1 : i + 5])


_AND_NOT = frozenset(["وليس", "وليست"])
_BUT_OR_FIRST = frozenset("الا سوي الاول الاولي الاخير".split())
_DUAL_FATES = frozenset(["مصرعهما", "حتفهما", "نفسيهما", "انفسهما"])  # two met them, two blew up
_AFTER_OBJECT = AFTER_A_FATE | frozenset("من عند قرب داخل مع عقب امام خارج".split())  # قتله قرب


def _vehicle_seized(tokens, i: int) -> bool:
    """A hijacking or a seizure of "her" at `i` said to be done (تم اختطافها، جرى احتجازها) within
    five words of its clause after a plane, a ship or a bus, no person between but its passengers
    (بطائرات ركاب تم اختطافها): the vehicle, no one taken (not a car, from which one is taken as
    often; not سفينة تقل ناشطة وتم اختطافها، كانت في الحافلة عند اختطافها, nor an arrest)."""
    word = tokens[i].text
    done = i and tokens[i - 1].text in _DONE
    if not (done and word.endswith("ها") and lookup(word[:-2], _SEIZURES)):
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        text = tokens[k].text
        if lookup(text, _VEHICLES):
            return True
        carried = k and lookup(tokens[k - 1].text, _VEHICLES)  # طائرات ركاب
        person = is_singular(text) or is_of_people(text)
        if text in CLAUSE_ENDS or (person and not carried):
            return False
    return False


def _object_of(tokens, i: int, k: int) -> bool:
    """Whether the accusative at `k` is the object of the event word at `i`: no noun with the
    article but after بين (بعد الاعتقال عقدت الشرطة مؤتمرا), no clause between, no adjective of
    an accusative (طاقما صحفيا), and an adjective, a preposition, the clause's end or, near the
    event word, a verb after it (تعتقل شخصا يشتبه), not a dual's half (قتل طيارا مروحية)."""
    among = i and tokens[i - 1].text in _AMONG  # من بين المصابين طفلا: one of the wounded
    clause = any(t.text[:1] == "و" for t in tokens[i + 1 : k])
    if (tokens[i].text.startswith(DEFINED) and not among) or clause:
        return False
    if k > i + 1 and tokens[k - 1].text.endswith("ا"):
        return False
    if k + 1 == len(tokens):
        return True
    following = tokens[k + 1].text
    adjective = following.endswith("ا") and not following.endswith("ها")
    ends = following in CLAUSE_ENDS or following[:1] in "وفبل" or following in _AFTER_OBJECT
    verbs = any(t.text[:1] in "يت" or t.text in RELATIVES for t in tokens[i + 1 : k])
    return adjective or ends or (k <= i + 3 and not verbs and following[:1] in "يت")


def _told(tokens, i, event, reach: int) -> bool:
    """Whether a word of `event` comes within `reach` tokens before `i`: "one of them" is one
    of a toll told there (أصيب ثلاثة، إصابة أحدهم خطيرة), no count of its own."""
    return any(lookup(t.text, EVENT_WORDS) == event for t in tokens[max(0, i - reach) : i])
