"""Normalization steps on real strings from the seed, and the offset map's guarantees."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstally import STEPS, normalize, step_report
from newstally.text import clitic_variants, language, normalize_word, strip_proclitic
from newstally.text.clitics import ARTICLE


def only(step: str, raw: str) -> str:
    return normalize(raw, [step]).text


def test_seed_is_already_nfkc_but_presentation_forms_are_expanded():
    assert only("unicode", "القحطاني") == "القحطاني"
    lam_alef = normalize("\ufefb", ["unicode"])  # ﻻ, one presentation-form character
    assert lam_alef.text == "لا"
    assert lam_alef.to_raw(1, 2) == (0, 1)


def test_controls_remove_tatweel_bidi_and_zero_width():
    raw = "سنتـــكوم\u200f \u202bقسد\u202c\u200c"
    assert only("controls", raw) == "سنتكوم قسد"


def test_dediac_removes_tanween_and_shadda_from_seed_words():
    assert only("dediac", "ضالعاً") == "ضالعا"
    assert only("dediac", "نفّذت") == "نفذت"
    assert only("dediac", "ضدّ") == "ضد"


def test_alef_folding_on_seed_words():
    assert only("alef", "إبراهيم الأميركي آلاف") == "ابراهيم الاميركي الاف"


def test_alef_maksura_and_teh_marbuta_folding():
    assert only("alef_maksura", "على إلى") == "علي إلي"
    assert only("teh_marbuta", "القيادة المركزية") == "القياده المركزيه"


def test_arabic_indic_and_persian_digits_become_ascii():
    assert only("digits", "٤٣ عملية و۳۳") == "43 عملية و33"


def test_arabic_punctuation_and_quotes_are_unified():
    assert (
        only("punctuation", "«سنتكوم»، قال؛ لماذا؟ “CENTCOM”") == '"سنتكوم", قال; لماذا? "CENTCOM"'
    )


@pytest.mark.parametrize(
    "raw, clean",
    [("داعـ.ـش", "داعش"), ("قـ.ـسد", "قسد"), ("عملـ.ـية", "عملية"), ("داعـ ش", "داعش")],
)
def test_deobfuscation_of_censored_words(raw, clean):
    normalized = normalize(raw, ["deobfuscate"])
    assert normalized.text == clean
    assert normalized.raw_slice(0, len(clean)) == raw


def test_deobfuscation_leaves_ordinary_words_and_tatweel_dashes_alone():
    assert only("deobfuscate", "سوريا ـ دمشق. العراق") == "سوريا ـ دمشق. العراق"


def test_every_step_can_be_switched_off():
    raw = "نفّذت «داعـ.ـش» ٤٣ عملية"
    assert normalize(raw, []).text == raw
    assert normalize(raw).text == 'نفذت "داعش" 43 عمليه'
    with pytest.raises(ValueError, match="unknown normalization step"):
        normalize(raw, ["stemming"])


def test_seed_words_map_back_to_their_raw_spelling(seed_text):
    normalized = normalize(seed_text)
    start = normalized.text.index("ابراهيم القحطاني")
    assert normalized.raw_slice(start, start + len("ابراهيم القحطاني")) == "إبراهيم القحطاني"
    start = normalized.text.index("ضالعا")
    assert normalized.raw_slice(start, start + 5) == "ضالعاً"


def test_tokens_carry_raw_offsets_and_kinds(seed_text):
    tokens = normalize(seed_text).tokens
    assert all(seed_text[t.raw.start : t.raw.end] for t in tokens)
    by_text = {t.text: t for t in tokens}
    assert by_text["pic.twitter.com/ivzwfAA3kY"].kind == "url"
    assert by_text["@CENTCOM"].kind == "handle"
    assert by_text["10,000"].kind == "number"
    alef = by_text["ابراهيم"]
    assert (alef.kind, seed_text[alef.raw.start : alef.raw.end]) == ("word", "إبراهيم")
    normalized = normalize(seed_text)
    assert normalized.text[alef.norm.start : alef.norm.end] == "ابراهيم"
    assert normalized.to_raw(*alef.norm) == alef.raw


def test_seed_splits_into_arabic_paragraphs_and_english_tweet(seed_text):
    sentences = normalize(seed_text).sentences
    assert [s.lang for s in sentences].count("en") == 5
    english = [s.text for s in sentences if s.lang == "en"]
    assert english[0].startswith("A partnered D-ISIS raid on Feb 10th")
    assert english[2] == "10,000+ ISIS detainees are held in Syria."
    assert english[4] == "— U.S. Central Command (@CENTCOM) February 15, 2023"
    assert sentences[0].lang == "ar" and sentences[-1].lang == "ar"
    assert all(seed_text[s.raw.start : s.raw.end].strip() for s in sentences)
    normalized = normalize(seed_text)
    tweet = normalized.sentence_tokens(sentences[[s.lang for s in sentences].index("en")])
    assert [t.text for t in tweet[:3]] == ["A", "partnered", "D"]


def test_language_tags():
    assert language("قال بيان سنتكوم (@CENTCOM)") == "ar"
    assert language("10,000+ ISIS detainees") == "en"
    assert language("43 - 10") == "und"


def test_step_report_counts_seed_changes(seed_text):
    report = {row["step"]: row for row in step_report(seed_text)}
    assert list(report) == list(STEPS)
    assert report["alef"]["tokens_changed"] == 43
    assert report["teh_marbuta"]["tokens_changed"] == 39
    assert report["dediac"]["examples"].startswith("ضالعاً → ضالعا")
    assert report["digits"]["tokens_changed"] == 0


ARABIC_NEWS_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0654\u0655")
    + list("ـ\u200c\u200d\u200f\u202b\u202c\ufeff\ufefb\ufef7")
    + list("٠١٢٣٤٥٦٧٨٩۳،؛؟«»“”.- \nAaZz0123@/:")
)
NEWS_TEXT = st.text(ARABIC_NEWS_ALPHABET, max_size=80) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(NEWS_TEXT)
def test_normalize_is_idempotent(raw):
    once = normalize(raw).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None)
@given(NEWS_TEXT, st.data())
def test_every_normalized_span_maps_back_to_raw(raw, data):
    normalized = normalize(raw)
    n = len(normalized.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    raw_start, raw_end = normalized.to_raw(start, end)
    assert 0 <= raw_start <= raw_end <= len(raw)
    if start < end:
        assert raw_start < raw_end
    for token in normalized.tokens:
        assert raw[token.raw.start : token.raw.end], token
        assert normalized.to_raw(*token.norm) == token.raw
        assert normalized.text[token.norm.start : token.norm.end] == token.text
    for sentence in normalized.sentences:
        assert raw[sentence.raw.start : sentence.raw.end].strip()
        for token in normalized.sentence_tokens(sentence):
            assert sentence.norm.start <= token.norm.start < sentence.norm.end


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_seed_mutations_keep_offsets(seed_text, data):
    cut = data.draw(st.integers(0, len(seed_text)))
    insert = data.draw(NEWS_TEXT)
    raw = seed_text[:cut] + insert + seed_text[cut:]
    normalized = normalize(raw)
    assert normalize(normalized.text).text == normalized.text
    starts = list(normalized.starts)
    assert starts == sorted(starts)
    for token in normalized.tokens:
        assert normalize(raw[token.raw.start : token.raw.end]).text.strip() != ""


def test_one_function_strips_proclitics_for_every_step():
    assert strip_proclitic("والقوات") == "قوات"  # the tagger's stem
    assert strip_proclitic("للقياده") == "قياده"
    assert strip_proclitic("وبالقوات") == "بالقوات"  # one proclitic (or combination) only
    assert strip_proclitic("ولد") == "ولد"  # three letters must be left
    assert strip_proclitic("القحطاني", ARTICLE) == "قحطاني"  # person linking
    assert clitic_variants("بالعناصر", article=True) == (
        ("بالعناصر", 0),
        ("العناصر", 1),
        ("عناصر", 1),
    )
    assert clitic_variants("وللقياده") == (("وللقياده", 0), ("للقياده", 1), ("القياده", 1))


def test_normalize_word_is_normalize_on_every_token_of_real_text(seed_text):
    from newstally.ner.conll import read_conll
    from newstally.paths import ANERCORP

    words = {w for sentence in read_conll(ANERCORP)[:1500] for w, _ in sentence}
    words |= set(seed_text.split()) | {"داعـ.ـش", "أَمْرِيكا", "إ\u0654", "ﻻ", "x\u200dy", "١٢٣"}
    assert len(words) > 10_000
    assert [w for w in words if normalize_word(w) != normalize(w).text] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
def test_normalize_word_is_normalize_on_any_short_string(word):
    assert normalize_word(word) == normalize(word).text
