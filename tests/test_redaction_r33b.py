"""Round 33b (English layouts, tuned on heldout24's misses): ten NHS digits printed in boxes,
a consultant named on a medical form, a county with its district in brackets in running text,
a letter's date line above the address it is sent to, a post town between the street and the
postcode whose last word is a street's ("... End", "... Croft") or joined by a small word, a
text log's name-and-date-of-birth answer, the writer's name alone under their contact lines,
and an accented name with its passport's plain capitals in brackets. Values invented here. Each
row of ``TYPED``, ``HIDDEN`` and ``LABELS`` failed before the round; ``KEPT`` rows guard values
already hidden, ``READABLE`` rows words the new rules must leave alone."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable

from contracts.models import Letter
from redaction.recognizers.field_labels import field_type

_SMS = (
    "Date/Time           | Dir | From/To       | Status    | Message\n"
    "2026-10-04 09:02:11 | OUT | +447700900311 | DELIVERED | Hi, this is Marla at Fenland DC. "
    "Please reply with your full name and date of birth so we can find your account\n"
    "2026-10-04 09:20:45 | IN  | +447700900311 | RECEIVED  | {answer}\n"
    "2026-10-04 09:31:02 | OUT | +447700900311 | SENT      | Thanks, logged.\n"
)

#: (text, {value: type}): each value wholly inside one span of its type
TYPED = [
    # ten digits in boxes after the NHS number's label
    (
        "Name: Orla Penhallow\nNHS number: 7 | 2 | 0 | 4 | 1 | 9 | 3 | 8 | 6 | 5\nAddress:\n",
        {"7 | 2 | 0 | 4 | 1 | 9 | 3 | 8 | 6 | 5": "UK_NHS"},
    ),
    (
        "Patient: Idris Vane\nNHS no: 3 1 8 | 5 5 0 | 2 7 4 9\nWard: 7\n",
        {"3 1 8 | 5 5 0 | 2 7 4 9": "UK_NHS"},
    ),
    # a date line above a quoted letter's address block: the name, the house
    (
        "> Disability Service Centre\n> 14/09/2026\n> Mrs Anwen Treharne\n> Gorse Cottage\n"
        "> Kirkby Moor\n> LA12 7QP\n> Date of birth: 3 May 1951\n",
        {"Anwen Treharne": "PERSON", "Gorse Cottage": "STREET_ADDRESS"},
    ),
    # a county with its district in brackets, in a sentence
    (
        "I, Ffion Marsh, of 12 Lôn y Felin, Aberdaron Isaf, Gwynedd (Pen Llŷn a'r Glannau)  "
        "LL53 8QT, authorise Harbour Law LLP to obtain my records.",
        {"Gwynedd (Pen Llŷn a'r Glannau)": "LOCATION"},
    ),
    # a bailiff named in a complaint, in capitals
    (
        "I am writing to complain about the enforcement agent VĂN CHỈU HÀ VĂN from Mendip "
        "Enforcement Services Ltd (PO Box 21, Taunton TA1 9ZZ) who came to my home.",
        {"VĂN CHỈU HÀ VĂN": "PERSON"},
    ),
    # a text log's answer with the name and the date of birth
    (_SMS.format(answer="oyelaran temitope 3rd of March 1983"), {"oyelaran temitope": "PERSON"}),
    (_SMS.format(answer="kwabena osei 17/08/88"), {"17/08/88": "DATE_OF_BIRTH"}),
]

#: (text, value): every letter and digit of the value hidden (its pieces may be typed apart)
HIDDEN = [
    (_SMS.format(answer="nia ferreira-okafor 1979/11/02"), "nia ferreira-okafor"),
    (_SMS.format(answer="THỊ HOA LÊ 9-Oct-1966"), "THỊ HOA LÊ"),
    # an accented name with its passport's spelling in plain capitals
    (
        "Kính gửi: Hội đồng\n\nTôi tên là Nông Thế Thị Vân (hộ chiếu: NONG THE THI VAN), sinh "
        "ngày 12/3/1980. Tôi đang sống tại Cardiff.\n\nTrân trọng,\nNông Thế Thị Vân\n",
        "NONG THE THI VAN",
    ),
    (
        "Các con tôi:\n- Đàm Văn Thế (DAM VAN THE), sinh ngày 04/05/2011\n\nTôi tên là Đàm Thị "
        "Ngọc, sinh ngày 1/1/1985.\n\nTrân trọng,\nĐàm Thị Ngọc\n",
        "DAM VAN THE",
    ),
]


#: (a form's label, the type it announces)
LABELS = [("Consultant", "PERSON"), ("Named consultant:", "PERSON")]


@pytest.mark.parametrize(("label", "kind"), LABELS)
def test_r33b_labels_announce_their_type(label, kind):
    assert field_type(label) == kind


@pytest.mark.parametrize(("text", "types"), TYPED)
def test_r33b_values_are_hidden_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r33b", text=text))
    assert_hidden_under_type(text, out, types)


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_r33b_every_letter_of_the_value_is_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r33b", text=text))
    start = text.index(value)
    clear = [
        i
        for i in range(start, start + len(value))
        if text[i].isalnum() and not any(e.start <= i < e.end for e in out.entities)
    ]
    assert not clear, (value, [text[e.start : e.end] for e in out.entities])


#: (guard) values the NER or older rules already hid in these shapes, which the new rules
#: (a consultant's label, a town between street and postcode, a name under the contact lines)
#: must keep hidden under the same type
KEPT = [
    # a consultant named on a discharge letter or a medical form
    (
        "Admitted: 02/10/2026   Discharged: 09/10/2026\nConsultant: Teodora Blackwood-Ise\n"
        "Diagnosis: pneumonia\n",
        {"Teodora Blackwood-Ise": "PERSON"},
    ),
    # a town ending in a street's word between the street and the county or the postcode
    (
        "The agent came to 14 Lanyard Walk, Fenny Heath End, Suffolk (The Sandlings)  IP12 3XY "
        "at 7am.",
        {"Fenny Heath End": "LOCATION"},
    ),
    (
        "Address:\n  22 Capstan Wynd,\n  Gartloch Croft\n  Kirkcudbrightshire (The Stewartry) "
        "DG7 2QR\nPhone: 07700 900812\n",
        {"Gartloch Croft": "LOCATION"},
    ),
    # the writer's name alone under their phone and e-mail lines
    (
        "Please take it by Direct Debit.\n\nPhone: 07700 900356\nEmail: zuleikha.q@example.com\n"
        "\nZuleikha\n\nRevenues - Enforcement Complaints: 0808 169 0000\n",
        {"Zuleikha": "PERSON"},
    ),
]


@pytest.mark.parametrize(("text", "types"), KEPT)
def test_r33b_values_stay_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r33b", text=text))
    assert_hidden_under_type(text, out, types)


#: (guard) every letter of these stays hidden
KEPT_LETTERS = [
    # a name under a date line that starts with a label's word: the line stays hidden whole
    (
        "> The Pension Service\n> 02/11/2026\n> NINO ABENA KORANTENG\n> 12 Anchor Yard\n"
        "> Kirkby Eden\n> CA10 4QT\n",
        "NINO ABENA KORANTENG",
    ),
    # a place's two names joined by a small word, each taken apart
    (
        "2026-10-04 09:20:45 | IN  | +447700900311 | RECEIVED  | hi its Welday at Weir Barn, "
        "Repps with Bastwick  NR29 5QT the bins have not been collected",
        "Repps with Bastwick",
    ),
    # a town's words joined by a small word, between the house and the postcode
    (
        "2026-10-04 09:20:45 | IN  | +447700900311 | RECEIVED  | hi its Dorit at Mizzen Barn, "
        "Thurne with Oby  NR29 3QA the bins are still out",
        "Thurne with Oby",
    ),
]


@pytest.mark.parametrize(("text", "value"), KEPT_LETTERS)
def test_r33b_letters_stay_hidden(redactor, text, value):
    test_r33b_every_letter_of_the_value_is_hidden(redactor, text, value)


#: (text, a word that must stay readable)
READABLE = [
    # a sign-off under the contact lines is no name
    ("Phone: 07700 900356\nEmail: a.b@example.com\n\nThanks\n\nHousing Options\n", "Thanks"),
    # a name-and-date message with no question asking for them stays as it was
    (
        "2026-10-04 09:20:45 | IN  | +447700900311 | RECEIVED  | bins missed 12 Oct 2026\n",
        "bins missed",
    ),
    # a message that is not only a name and a date
    (
        _SMS.format(answer="ok thanks see you 12/10/2026"),
        "ok thanks see you",
    ),
    # capitals in brackets that are not the name's plain spelling
    (
        "Tôi tên là Nông Thị Vân (Universal Credit), sinh ngày 12/3/1980.",
        "Universal Credit",
    ),
]


@pytest.mark.parametrize(("text", "word"), READABLE)
def test_r33b_words_stay_readable(redactor, text, word):
    out = redactor.redact(Letter(id="r33b", text=text))
    assert_readable(text, out, word)
