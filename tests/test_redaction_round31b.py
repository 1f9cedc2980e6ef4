"""Round 31b (heldout22 tuned on): a passport number after a form's ticked option, the other
options between it and the number's word; a letter in Malay or Indonesian names its writer's
date of birth, passport and address in its own words ("lahir", "Nombor pasport", "Saya tinggal
di"), its months ("20 Mac 2007", "3 Ogos 1990") and its family ("isteri saya", an Iban name's
"anak"); and what is no one's data there: the letter's own words, its greeting and sign-off
("Tuan/Puan", "Yang benar"), a reference's prefix glued to its digits. Values invented here.
Each row of ``FOUND`` and ``READABLE`` failed before the round; ``STILL_HIDDEN`` guards values
the round's rules must not un-hide (fail closed)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_all_readable, assert_all_wholly_hidden, assert_hidden_under_type

from contracts.models import Letter

_MALAY = (
    "Majlis Perumahan Daerah\nRujukan: KES/40917\n\nTuan/Puan,\n\n"
    "Nama saya Rentap Anak Jawing. Saya dilahirkan pada 4 Ogos 1979. Saya tinggal di "
    "27 Kestrel Rise, Thornbury BS35 2QQ. Sewa rumah ialah £690 sebulan.\n\n"
    "Saya tinggal bersama isteri saya Dayang Anak Lamat dan anak-anak kami:\n"
    "- Umang Anak Rentap, lahir 20 Mac 2011\n- Siah, lahir 14/02/2015\n\n"
    "Nombor NI: JW 40 17 29 C\nNombor pasport: 581 207 364\nTelefon: 07700 900412\n\n"
    "Yang benar,\nRentap Anak Jawing\n"
)

#: (text, {value: the type of the span it must lie inside})
FOUND = [
    # a form's ticked option, then the other options, then the number's word
    (
        "Proof of identity: [x] Passport  [ ] Driving licence   No: 60317284\n"
        "Current address: 4 Mill Lane, Thornbury BS35 2QQ\n",
        {"60317284": "UK_PASSPORT"},
    ),
    (
        "ID checked: [✓] passport [ ] biometric residence permit [ ] other  Number: 480 125 71\n",
        {"480 125 71": "UK_PASSPORT"},
    ),
    # Malay: the date of birth after "dilahirkan pada" and a child's "lahir", a Malay month
    (_MALAY, {"4 Ogos 1979": "DATE_OF_BIRTH", "20 Mac 2011": "DATE_OF_BIRTH"}),
    (_MALAY, {"14/02/2015": "DATE_OF_BIRTH"}),
    # the passport after "Nombor pasport", the address after "Saya tinggal di"
    (_MALAY, {"581 207 364": "UK_PASSPORT"}),
    (
        "Saya tinggal di Bryn Eithin, Heol y Delyn, Llanddona Uchaf LL58 9QQ.\n",
        {"Bryn Eithin": "STREET_ADDRESS"},
    ),
    # an ASCII grid's rule between its header and its rows: the column still labels its cells
    (
        "Household:\n+---------------+----------+--------------+\n"
        "| Name          | DOB      | NI number    |\n"
        "+---------------+----------+--------------+\n"
        "| Efua Quarshie | 02/03/88 | TN-402213-E  |\n"
        "+---------------+----------+--------------+\n",
        {"TN-402213-E": "UK_NINO"},
    ),
    # Spanish: the address after "Vivo en"
    (
        "Estimados señores:\n\nMe llamo Rosa Ndong y nací el 02/05/1984. Vivo en Pilot's "
        "Rest, Lynmouth, EX35 6QQ. El alquiler es de £600 al mes.\n\nAtentamente,\nRosa Ndong\n",
        {"Pilot's Rest": "STREET_ADDRESS"},
    ),
    # an address after its label with no colon, a line of details each
    (
        "Hi, as you asked here are my details again.\nDate of birth 4 May 1990\n"
        "Address Shepherd's Neuk, Lochranza, Isle of Arran  KA27 8QQ\nMobile 07700 900123\n",
        {"Shepherd's Neuk": "STREET_ADDRESS"},
    ),
    # a booking's visit address; a care plan's young person
    (
        "Booking ref: 16555\n\nClient: AFUA MENSAH\nDOB: 13/10/1971\nVisit address: Jib House, "
        "Ottringham Holderness, E. Yorks. (Holderness)  HU12 0QQ\nClient phone: 07700 900123\n",
        {"Jib House": "STREET_ADDRESS"},
    ),
    (
        "PATHWAY PLAN (EXTRACT)\nLA child ID: 4418201\nYoung person: ATTIA AG ALHER\n"
        "Date of birth: 17 05 2008\n",
        {"ATTIA AG ALHER": "PERSON"},
    ),
    # an Iban name's "anak" (child of) is inside the name
    (_MALAY, {"Dayang Anak Lamat": "PERSON", "Umang Anak Rentap": "PERSON"}),
]


@pytest.mark.parametrize(("text", "types"), FOUND)
def test_round31b_values_found_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r31b-found", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, words that must stay readable)
READABLE = [
    # a Malay letter's own words, its greeting and its sign-off, a reference's prefix
    (_MALAY, ["Nombor NI"]),
    (_MALAY, ["Nombor pasport", "Telefon"]),
    (_MALAY, ["Saya dilahirkan", "Saya tinggal", "Sewa rumah"]),
    (_MALAY, ["Tuan/Puan"]),
    (_MALAY, ["Yang benar"]),
    (_MALAY, ["KES/40917"]),
    # a team named by its members' job after a team's dash; the practice named as a GP
    (
        "I am out of the office until Monday.\n\nKofi\nHousing Support - Lorne Caseworkers\n\n"
        "-----Original Message-----\nFrom: Efua Quarshie <efua.q@example.com>\n",
        ["Lorne Caseworkers"],
    ),
    (
        "I am appealing the decision. I can only walk 40 metres without stopping and need to "
        "rest because of my breathing.\n\nMy GP is Bro Menai a Môn Surgery, Stryd Fawr, "
        "Bangor. They can confirm this.\n\nYours faithfully,\nEfua Quarshie\n",
        ["Bro Menai"],
    ),
    # a Spanish letter's words: "El" first in its sentence, "nacida"
    (
        "Servicio de Vivienda\nExpediente n.º EXP/40217\n\nEstimados señores:\n\nMe llamo "
        "Rosa Ndong y nací el 02/05/1984. Vivo en 4 Mill Lane, Lynmouth, EX35 6QQ. El alquiler "
        "es de £600 al mes.\n\nVivo con mis hijos:\n- Ana, nacida el 3 de mayo de 2010\n\n"
        "Atentamente,\nRosa Ndong\n",
        ["El alquiler", "nacida"],
    ),
    # a header row's next label is no value of the label before it
    (
        "+---------------+----------+--------------+\n"
        "| Name          | DOB      | NI number    |\n"
        "+---------------+----------+--------------+\n"
        "| Efua Quarshie | 02/03/88 | JT 40 22 13 C |\n",
        ["NI number"],
    ),
]


@pytest.mark.parametrize(("text", "words"), READABLE)
def test_round31b_words_stay_readable(redactor, text, words):
    assert_all_readable(text, redactor.redact(Letter(id="r31b-readable", text=text)), words)


#: (text, values that must stay wholly hidden, whatever their type)
STILL_HIDDEN = [
    # the writer's name after "Nama saya" and signed after "Yang benar"
    (_MALAY, ["Rentap Anak Jawing"]),
    ("Yang benar,\nYang Wei Ling\n", ["Wei Ling"]),
    # a licence ticked instead of a passport keeps its number hidden
    ("ID seen: [ ] Passport  [x] Driving licence   No: OKAFO705125AB9XY\n", ["OKAFO705125AB9XY"]),
    # a person's name after a team's dash and before a plural job word's team stays hidden
    ("Yours,\nMr Kofi Boateng\nSenior Caseworkers\n", ["Kofi Boateng"]),
    # a name first in its sentence before a lower-case word stays hidden
    (
        "Estimados señores:\n\nMe llamo Rosa Ndong. Vivo en 4 Mill Lane, Lynmouth, EX35 6QQ. "
        "Eyi es mi hijo.\n",
        ["Eyi"],
    ),
    # a Welsh place that is a word of a German letter stays hidden ("aber": but)
    ("I moved from 98 Lôn Cwm Ceiri in Aber to my sister's in Bangor.\n", ["Aber"]),
    # a doctor's name after "GP is" and a title stays hidden
    (
        "I am appealing the decision. I can only walk 40 metres without stopping and need to "
        "rest because of my breathing.\n\nMy GP is Dr Okafor Surgery, Stryd Fawr, Bangor.\n",
        ["Okafor"],
    ),
    # a ticked passport with a nine-digit number
    ("ID seen: [x] Passport  [ ] Driving licence   No: 603 172 845\n", ["603 172 845"]),
]


@pytest.mark.parametrize(("text", "values"), STILL_HIDDEN)
def test_round31b_values_stay_hidden(redactor, text, values):
    assert_all_wholly_hidden(text, redactor.redact(Letter(id="r31b-hidden", text=text)), values)
