"""Round 33c (precision, tuned on heldout23's false positives): the pronouns, prepositions and
letter words of a Ukrainian or Russian letter ("Ми", "Мій", "Наш", "Зі", "Мене звати",
"Телефон", "Банк"), the abbreviated e-mail label "Ел. пошта", the fixed greetings of an Arabic
letter ("ورحمة الله وبركاته") and its "I live at" ("أسكن حاليا"), a form's answer that there is
no such number ("National Insurance number: I do not have one"), a hospital ward's code ("Ward
B8") and a co-operative cut at its hyphen ("... Drying Co-operative"). Values invented here.
14 of the 17 rows of ``READABLE`` were masked before the round (the other three were readable
already and guard it); each row of ``HIDDEN`` guards a value the new rules must keep hidden."""

from __future__ import annotations

import pytest
from redaction_checks import assert_readable, assert_wholly_hidden

from contracts.models import Letter

_UKRAINIAN = (
    "До: Powys County Council Homes for Ukraine\n\n"
    "Шановні пані та панове!\n\n"
    "Мене звати Оксана Кравчишин (у паспорті Oksana Kravchyshyn). Я народилася 3 квітня 1979 р. "
    "Ми приїхали за програмою «Homes for Ukraine» 02/05/2024. Наш спонсор Gwilym Pritchard "
    "отримує £350 на місяць. Ми живемо за адресою 4 Heol y Nant, Llanfyllin SY22 5BD.\n\n"
    "Зі мною діти:\n- Тарас Кравчишин (Taras Kravchyshyn), 14.02.2013 р.н.\n\n"
    "Мій номер National Insurance: SK 40 21 77 B\n"
    "Телефон: 07700 900611\n"
    "Ел. пошта: oksana.k79@example.com\n"
    "Банк: sort code 20-45-77, рахунок 60231148\n\n"
    "З повагою,\nОксана Кравчишин\n"
)
_RUSSIAN = (
    "Уважаемые господа!\n\n"
    "Меня зовут Ирина Шевцова. Мы живём по адресу 9 Mill Lane, Ludlow SY8 1BB. "
    "Мой телефон 07700 900612, эл. почта irina.s@example.com.\n\n"
    "С уважением,\nИрина Шевцова\n"
)
_ARABIC = (
    "إلى: Calderdale Council Resettlement Team\n\n"
    "السلام عليكم ورحمة الله وبركاته،\n\n"
    "اسمي خديجة منت أحمد (في جواز السفر: KHADIJA MINT AHMED)، مولودة في 11/08/1990. "
    "أسكن حاليا في 22 Moor End Road, Halifax HX2 0RT. وصاحب البيت يطلب منا الخروج.\n\n"
    "وتفضلوا بقبول فائق الاحترام،\nخديجة منت أحمد\n"
)
_FORM = (
    "Voter Authority Certificate application\n"
    "1. Full name: Peris Wanjiku Odhiambo\n"
    "2. Date of birth: 19/06/1968\n"
    "4. National Insurance number: I do not have one\n"
    "   Other ID: UK passport number 512778340\n"
)

#: (text, a word the redaction must leave readable)
READABLE = [
    (_UKRAINIAN, "Мене звати"),
    (_UKRAINIAN, "Ми приїхали"),
    (_UKRAINIAN, "Наш спонсор"),
    (_UKRAINIAN, "Зі мною"),
    (_UKRAINIAN, "Мій номер"),
    (_UKRAINIAN, "Телефон"),
    (_UKRAINIAN, "Ел. пошта"),
    (_UKRAINIAN, "Банк"),
    (_RUSSIAN, "Мы живём"),
    (_ARABIC, "ورحمة الله وبركاته"),
    (_ARABIC, "أسكن حاليا"),
    (_ARABIC, "وصاحب البيت"),
    (_FORM, "I do not have one"),
    (
        "Please call me back.\nNational Insurance number: not known\nPhone: 07700 900613",
        "not known",
    ),
    ("My mother was discharged from Ward B8 on 13/11/2026 without a care plan.", "Ward"),
    ("She is on Ward 7C at the moment and the nurses are kind.", "Ward"),
    (
        "My employer Fenland Grain Drying Co-operative (PAYE reference 943/FG212) says I owe tax.",
        "Fenland Grain Drying Co",
    ),
]


@pytest.mark.parametrize(("text", "word"), READABLE, ids=[word for _, word in READABLE])
def test_round33c_words_stay_readable(redactor, text, word):
    out = redactor.redact(Letter(id="r33c", text=text))
    assert_readable(text, out, word)


#: (text, a value that must stay wholly hidden)
HIDDEN = [
    (_UKRAINIAN, "Оксана Кравчишин"),
    (_UKRAINIAN, "Oksana Kravchyshyn"),
    (_UKRAINIAN, "Тарас Кравчишин"),
    (_UKRAINIAN, "SK 40 21 77 B"),
    (_UKRAINIAN, "oksana.k79@example.com"),
    (_RUSSIAN, "Ирина Шевцова"),
    (_ARABIC, "خديجة منت أحمد"),
    (_ARABIC, "KHADIJA MINT AHMED"),
    (_ARABIC, "22 Moor End Road"),
    (_FORM, "Peris Wanjiku Odhiambo"),
    (_FORM, "512778340"),
    # a real value after the label is still a value, whatever words sit beside it
    ("National Insurance number: I think it is QQ 12 34 56 C", "QQ 12 34 56 C"),
    # the surname Ward, after a title or a forename, before something like a code
    ("Please ask Dr Ward B8 about it.", "Ward"),
    ("Please write to Mrs Joanne Ward B8 Flat, Pine Court.", "Joanne Ward"),
    # a person whose name holds the word of a greeting stays hidden: only whole formulae are read
    ("اسمي عبد الله ولد سيدي، مولود في 02/02/1980.", "عبد الله ولد سيدي"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN, ids=[value for _, value in HIDDEN])
def test_round33c_values_stay_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r33c", text=text))
    assert_wholly_hidden(text, out, value)
