"""Round 30 (languages, tuned on heldout21 after its two blind readings): a letter in Swahili or
Hindi names its writer's family, birthdays, identifiers and home in its own words ("alizaliwa 19
Juni 2021", "(जन्म 17 फ़रवरी 1928)", "NHS नंबर", "Ninaishi <address>", "मैं <address> में रहता
हूँ"); the same tables cover Urdu, Bengali, Panjabi, Gujarati, Tamil, Arabic and Persian month
names and other languages' "I live at". The letter's own words ("Ninaishi", "Kodi", "Simu")
are no one's name. Values invented here. Every ``HIDDEN`` and ``READABLE`` row failed before
the round."""

from __future__ import annotations

import pytest
import regex as re
from redaction_checks import assert_hidden_under_type, assert_readable

from contracts.models import Letter
from redaction.recognizers import languages

_SWAHILI = (
    "Mpendwa Bwana/Bibi,\n\n"
    "Jina langu ni Amani Wekesa. Nilizaliwa tarehe 4 Machi 1990. Ninaishi Bryn Awel Cottage, "
    "Llanaelhaearn, LL54 5BB. Kodi ni £600 kwa mwezi.\n\n"
    "Ninaishi na mke wangu Zuhura Achieng na watoto wetu:\n"
    "- Baraka, alizaliwa 19 Juni 2021\n"
    "- Neema Wekesa, alizaliwa 5.9.2019\n\n"
    "Namba ya NI: JT 44 12 90 C\nSimu: 07700 900321\n\n"
    "Wako mwaminifu,\nA. Wekesa\n"
)
_HINDI = (
    "महोदय/महोदया,\n\n"
    "मेरा नाम RAVI KUMAR है। मेरी जन्म तिथि 8 जून 1950 है। मैं Ty Gwyn, Heol y Felin, "
    "Crymych  SA41 3RR में रहता हूँ।\n\n"
    "मैं अपने पिता Mohan Kumar (जन्म 17 फ़रवरी 1928) की देखभाल कर रहा हूँ।\n\n"
    "मेरा राष्ट्रीय बीमा (NI) नंबर PN 74 08 1C है और NHS नंबर 606 778 8100 है।\n"
)

#: (text, personal values that must be hidden, each under its type)
HIDDEN = [
    # Swahili "he/she was born" before a child's date, in words and in figures
    (_SWAHILI, {"19 Juni 2021": "DATE_OF_BIRTH"}),
    (_SWAHILI, {"5.9.2019": "DATE_OF_BIRTH"}),
    # Hindi months after "date of birth" and after "(birth"
    (_HINDI, {"8 जून 1950": "DATE_OF_BIRTH"}),
    (_HINDI, {"17 फ़रवरी 1928": "DATE_OF_BIRTH"}),
    # "NI) नंबर" and "NHS नंबर": the number's word in Hindi after the identifier's name; a
    # number short of a digit is still the one the person wrote as theirs
    (_HINDI, {"PN 74 08 1C": "UK_NINO"}),
    (_HINDI, {"606 778 8100": "UK_NHS"}),
    # the same month tables in the other scripts, after "(birth" beside a relative's name
    (
        "میری والدہ Fatima Bibi (پیدائش 12 مارچ 1934) بیمار ہیں۔\n",
        {"12 مارچ 1934": "DATE_OF_BIRTH"},
    ),
    ("আমার মা Rahima Begum (জন্ম 3 এপ্রিল 1939) অসুস্থ।\n", {"3 এপ্রিল 1939": "DATE_OF_BIRTH"}),
    ("ਮੇਰੇ ਪਿਤਾ Gurdev Singh (ਜਨਮ 21 ਜੁਲਾਈ 1936) ਬਿਮਾਰ ਹਨ।\n", {"21 ਜੁਲਾਈ 1936": "DATE_OF_BIRTH"}),
    # a precomposed "फ़" (U+095E) reaches the tables as "फ" and the nukta (NFKC)
    ("मेरी माँ Sita Devi (जन्म 2 \u095eरवरी 1941) बीमार हैं।\n", {"2 \u095eरवरी 1941": "DATE_OF_BIRTH"}),
    # "मैं <address> में रहती हूँ" with a house number that has a letter: the cue is read to the
    # line's end (it was read only up to the postcode, so the "in ... live" after it was unseen
    # and "27B" stayed in clear)
    (
        "मेरा नाम RAJU HEMBROM है। मैं 27B Golwg Carreg Wen, Llanfyrnach, Preseli (Sir Benfro) "
        "SA35 0AA में रहती हूँ।",
        {"27B Golwg Carreg Wen": "STREET_ADDRESS"},
    ),
    # a county's bracket does not make the address too long to be one ("Pen Llŷn (Gwynedd)":
    # ten words from the cue to the postcode, "12 Golwg Carreg" stayed in clear)
    (
        "Ninaishi 12 Golwg Carreg Wen, Rhos Fawr Isaf, Pen Llŷn (Gwynedd) LL53 6BB. Kodi ni £600.",
        {"12 Golwg Carreg Wen": "STREET_ADDRESS"},
    ),
    # other languages' "I live at" before a house name and its postcode
    ("J'habite au Hafod Uchaf, Bala LL23 7AA depuis 2019.\n", {"Hafod Uchaf": "STREET_ADDRESS"}),
    ("Mieszkam przy Pen y Bryn, Llanrug LL55 4AA od roku.\n", {"Pen y Bryn": "STREET_ADDRESS"}),
]


@pytest.mark.parametrize(("text", "types"), HIDDEN)
def test_round30_values_named_in_the_letters_language_are_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r30-hidden", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, a word of the letter that must stay readable, values beside it that stay hidden)
READABLE = [
    (_SWAHILI, "Kodi", {"Amani Wekesa": "PERSON"}),
    (_SWAHILI, "Simu", {"07700 900321": "PHONE_NUMBER"}),
    (_SWAHILI, "Namba ya NI", {"JT 44 12 90 C": "UK_NINO"}),
]


@pytest.mark.parametrize(("text", "readable", "types"), READABLE)
def test_round30_the_letters_own_words_stay_readable(redactor, text, readable, types):
    out = redactor.redact(Letter(id="r30-readable", text=text))
    assert_readable(text, out, readable)
    assert_hidden_under_type(text, out, types)


#: names that are also Swahili words stay hidden: "Baraka" (a blessing) and "Neema" (grace) are
#: left out of the letter words, and a name list word stays masked whatever list holds it
STILL_HIDDEN = [
    (_SWAHILI, {"Baraka": "PERSON", "Neema Wekesa": "PERSON"}),
    # and what the base redactor already hid in these letters stays hidden under its type
    (_SWAHILI, {"Bryn Awel Cottage": "STREET_ADDRESS", "Amani Wekesa": "PERSON"}),
    (_HINDI, {"RAVI KUMAR": "PERSON", "Mohan Kumar": "PERSON", "Ty Gwyn": "STREET_ADDRESS"}),
    ("My National Insurance (NI) number PN 74 08 1C is short.\n", {"PN 74 08 1C": "UK_NINO"}),
    # a table of the round once held an empty alternative, so "date of birth" matched nowhere
    # and everywhere: a sort code after "sort" became a date of birth
    ("rent is now to my new account, sort 60-47-98 acc 84 51 21 70", {"60-47-98": "UK_SORT_CODE"}),
]


@pytest.mark.parametrize(("text", "types"), STILL_HIDDEN)
def test_round30_names_that_are_such_words_stay_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r30-guard", text=text))
    assert_hidden_under_type(text, out, types)


@pytest.mark.parametrize(
    "table",
    [
        "MONTHS_ABROAD",
        "BIRTH_ABROAD",
        "PASSPORT_ABROAD",
        "NUMBER_BEFORE_ABROAD",
        "NUMBER_AFTER_ABROAD",
        "ADDRESS_CUES_ABROAD",
    ],
)
def test_no_language_table_matches_the_empty_string(table):
    # an empty alternative ("...|" + "|...") turns a label into a cue found at every character
    assert re.fullmatch(rf"(?i:{getattr(languages, table)})", "") is None
