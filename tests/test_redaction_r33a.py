"""Round 33a (tuned on heldout25's misses): a date of birth on the solar Hijri calendar in a
Dari, Persian or Pashto letter ("متولد 28 عقرب 1353", "تاریخ تولد ۱۶ سنبله ۱۳۹۳"), the family
that letter names ("همسرم X است": my spouse is X) and its signature, a birthday repeated without
its year in an aside after the date ("07/31/1951 (that's July 31st ...)"), a nickname in quotes
or after "we call him", a name spelt like a word of another language's letters in an English
sentence ("Kodi"), and a name typed in lower case signed again. Values invented here. Each row
failed before the round; each row of ``READABLE`` guards words the new rules must leave alone."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable

from contracts.models import Letter

#: a Dari letter to a council's resettlement team (the shape of the letters, not their values)
_DARI = (
    "به: Housing Options Team\n"
    "شماره پرونده: ARAP/40127\n\n"
    "موضوع: درخواست کمک برای مسکن\n\n"
    "با سلام و احترام،\n\n"
    "اینجانب نرگس حیدری (در پاسپورت: NARGES HAIDARI) متولد 14 قوس 1358 هستم. فعلاً در "
    "12 Tannery Row, Brackwell BW4 7QT زندگی می‌کنم. کرایه ماهانه £520 است.\n\n"
    "همسرم محمد رضا یوسفی است. فرزندانم:\n"
    "- زهرا یوسفی (ZAHRA YOUSUFI)، تاریخ تولد ۳ میزان ۱۳۹۱\n"
    "- علی یوسفی (ALI YOUSUFI)، تاریخ تولد 21 حوت 1395\n\n"
    "تاریخ نامه: 5 جدی 1404\n"
    "تلفن: 07700 900318\n\n"
    "با احترام،\n"
    "نرگس حیدری\n\n"
    "Housing Options Team: 0808 169 2000\n"
)

#: (text, {value: type}): each value wholly inside one span of its type (its first occurrence)
TYPED = [
    # the solar Hijri calendar, in Latin and in Persian digits, after "born" and "date of birth"
    (_DARI, {"14 قوس 1358": "DATE_OF_BIRTH"}),
    (_DARI, {"۳ میزان ۱۳۹۱": "DATE_OF_BIRTH"}),
    (_DARI, {"21 حوت 1395": "DATE_OF_BIRTH"}),
    # Iran's month names, Pashto's label
    ("اینجانب متولد 5 اردیبهشت 1365 هستم.\n", {"5 اردیبهشت 1365": "DATE_OF_BIRTH"}),
    ("د زیږیدو نیټه: 7 غویی 1362\n", {"7 غویی 1362": "DATE_OF_BIRTH"}),
    # "my spouse is X": the name, not the verb after it
    (_DARI, {"محمد رضا یوسفی": "PERSON"}),
    # a birthday said again in an aside, without its year
    (
        "I write for my father Idris Okonkwo-Bale, date of birth 09/14/1938 (that is September "
        "14th - in America the month comes first), about his pension.",
        {"September 14th": "DATE_OF_BIRTH"},
    ),
    (
        "Claimant: Rosa Fennick, DOB 02/03/1980 (i.e. the 2nd of March), NI number on file.",
        {"2nd of March": "DATE_OF_BIRTH"},
    ),
    # a nickname in quotes, or after "we call him" (a short one no model takes for a name;
    # more in ``LAST``)
    (
        "My ex-partner TA-LOUIS MERCIER (everyone calls him 'Ta') moved out on 02/10/2026 and "
        "now lives elsewhere.",
        {"Ta": "PERSON"},
    ),
    # a name spelt like a word of a Swahili letter, in an English sentence
    ("Adult Safeguarding\n\nCase handler: Kodi (ext. 41)\n\nPlease call back.", {"Kodi": "PERSON"}),
    (
        "Patient 2\nSurname: KODI   First names: Amani Grace\nSex: F\n",
        {"KODI": "PERSON"},
    ),
]


@pytest.mark.parametrize(("text", "types"), TYPED)
def test_round33a_values_are_hidden_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r33a", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, a value hidden where it is last written)
_LOWER_CASE_EMAIL = (
    "hi,\n\nI'm tsion gebre-amlak (DOB 3 Feb '90) at 8 Ffordd y Felin, Cwmystwyth, SY23 4AB. My "
    "ex-partner dawit mekonnen moved out on 06/10/2026. The bill is still in both names.\n\n"
    "Mobile 07700 900412, or at work 0191 498 0733 ext 12\n\nsorry for the long email\n{}\n\n"
    "Council Tax - Changes of Liability: 0808 169 2510 / counciltax.changes@example.gov.uk\n"
)

#: (text, a value hidden where it is last written)
LAST = [
    # a name typed in lower case, signed again the same, or its given name capitalised
    (_LOWER_CASE_EMAIL.format("tsion gebre-amlak"), "tsion gebre-amlak"),
    (_LOWER_CASE_EMAIL.format("Tsion"), "Tsion"),
    # a short nickname after the name it comes from
    (
        "Our staff are worried about her grandson Ky-Anh, known as 'Ky', who comes to the "
        "branch with her.",
        "Ky",
    ),
    (
        "My son Ro-Jean (we call him Ro) is aged 6 and has asthma, the mould is worse.",
        "Ro",
    ),
    # (guard) a Dari letter's signature stays hidden
    (_DARI, "نرگس حیدری"),
]


@pytest.mark.parametrize(("text", "value"), LAST)
def test_round33a_a_value_written_again_is_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r33a", text=text))
    start = text.rindex(value)
    assert any(
        e.start <= start and start + len(value) <= e.end and e.type == "PERSON"
        for e in out.entities
    ), [(text[e.start : e.end], e.type) for e in out.entities]


#: (text, a word that must stay readable)
READABLE = [
    # the verb after the spouse's name, and a solar date that is the letter's own
    (_DARI, "است. فرزندانم"),
    (_DARI, "5 جدی 1404"),
    # "call him" before an ordinary word
    ("Please could you call him back on Monday about the repair.", "back"),
    # another date in the aside after a date of birth
    ("Date of birth: 04/05/1961 (form received on 3 June)", "3 June"),
]


@pytest.mark.parametrize(("text", "word"), READABLE)
def test_round33a_words_stay_readable(redactor, text, word):
    out = redactor.redact(Letter(id="r33a", text=text))
    assert_readable(text, out, word)
