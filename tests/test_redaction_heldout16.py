"""Round 19 (tuned on heldout16): text a machine wrote rather than a person. A raw HL7 v2 message
read field by field, a URL-encoded form body read as a form, mojibake (UTF-8 shown as
Windows-1252) read as the letters it stands for. Every value here is invented; each row failed
before its fix. Guard rows keep what must stay readable readable."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter
from redaction.normalise import normalise

_HL7 = (
    "ADT feed failed, raw message below\n\n"
    "MSH|^~\\&|PAS|WARD|SOCIALCARE|COUNCIL|202610041120||ADT^A03|8123456784|P|2.4\n"
    "EVN|A03|202610041120\n"
    "PID|1||9434765919^^^NHS^NH~QX551203^^^WARD^MR||TREGENZA-HOLT^MERRYN^^^MRS||19440712|F|||"
    "14 Larkspur Row^^Polruan^Cornwall^PL23 1QT^GBR^H||01726 870144^PRN^PH~"
    "+447700900615^PRN^CP|||||||\n"
    "NK1|1|TREGENZA-HOLT^CASIMIR|SON^Son||07700900722\n"
    "PV1|1|I|WARD^3^^WARD||||C7654321^VOSPER^ISEULT^^^DR|||||||||||56301122|||||||||||||||||||"
    "54||||||||202609280000|202610041120\n"
)

#: an HL7 v2 message: each personal value by its place in its segment
HL7_VALUES = [
    ("9434765919", "UK_NHS"),  # PID-3, assigning authority NHS
    ("TREGENZA-HOLT", "PERSON"),  # PID-5 family name
    ("MERRYN", "PERSON"),  # PID-5 given name
    ("19440712", "DATE_OF_BIRTH"),  # PID-7
    ("14 Larkspur Row", "STREET_ADDRESS"),  # PID-11 street
    ("Polruan", "LOCATION"),  # PID-11 city
    ("PL23 1QT", "UK_POSTCODE"),  # PID-11 postcode
    ("01726 870144", "PHONE_NUMBER"),  # PID-13 first repeat
    ("+447700900615", "PHONE_NUMBER"),  # PID-13 second repeat
    ("CASIMIR", "PERSON"),  # NK1-2
    ("07700900722", "PHONE_NUMBER"),  # NK1-5
    ("VOSPER", "PERSON"),  # PV1-7 attending doctor
    ("ISEULT", "PERSON"),
]


@pytest.mark.parametrize(("value", "kind"), HL7_VALUES)
def test_an_hl7_messages_values_are_hidden_by_their_field(redactor, value, kind):
    out = redactor.redact(Letter(id="r19-hl7", text=_HL7))
    assert_hidden_under_type(_HL7, out, {value: kind})


#: an HL7 message's own codes and numbers stay readable (the hospital record number, the
#: message id, the visit number, the sex, the segment names, the timestamps)
HL7_READABLE = ["QX551203", "8123456784", "56301122", "|F|", "PID|", "202610041120", "PRN"]


@pytest.mark.parametrize("value", HL7_READABLE)
def test_an_hl7_messages_codes_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r19-hl7-codes", text=_HL7))
    assert value in out.redacted_text, out.redacted_text


def test_a_pipe_between_fields_is_not_read_as_a_scanned_one():
    """ "||19440712|F" must not become "1119440712" (a "|" read as a slipped "1")."""
    text = "PID|1||9434765919^^^NHS^NH||SMITH^ANN||19440712|F|||\n"
    assert normalise(text).text == text


_FORM = (
    "[2026-09-14 08:01:12,441] ERROR formsrv.submit request_id=7f3a POST /forms/missed-bin -> 500\n"
    "  body: title=Mrs&first_name=Wenna&last_name=Pascoe-Rowe&dob=04%2F07%2F1961"
    "&address_1=Larch+Cottage%2C+Polgooth+Lane&town=Trewoon&postcode=PL26+7AB"
    "&email=wenna.pr%40example.net&phone=07700+900321&items=sofa%2Cchair"
    "&collection_date=2026-10-02&amount=25.00\n"
)
_FORM_ACCENT = "  body: first_name=J%C3%B3hanna&last_name=S%C3%A6mundsd%C3%B3ttir&town=Looe\n"

#: a URL-encoded form body in a server log: each parameter read as a form's field
FORM_VALUES = [
    (_FORM, "Wenna", "PERSON"),
    (_FORM, "Pascoe-Rowe", "PERSON"),
    (_FORM, "04%2F07%2F1961", "DATE_OF_BIRTH"),
    (_FORM, "Larch+Cottage%2C+Polgooth+Lane", "STREET_ADDRESS"),
    (_FORM, "Trewoon", "LOCATION"),
    (_FORM, "PL26+7AB", "UK_POSTCODE"),
    (_FORM, "wenna.pr%40example.net", "EMAIL_ADDRESS"),
    (_FORM, "07700+900321", "PHONE_NUMBER"),
    (_FORM_ACCENT, "J%C3%B3hanna", "PERSON"),  # UTF-8 percent-encoded: "Jóhanna"
]


@pytest.mark.parametrize(("text", "value", "kind"), FORM_VALUES)
def test_a_url_encoded_form_bodys_values_are_hidden_by_their_field(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r19-form", text=text))
    assert_hidden_under_type(text, out, {value: kind})


#: the form's own values that name no one stay readable
FORM_READABLE = ["2026-10-02", "25.00", "sofa%2Cchair", "request_id=7f3a"]


@pytest.mark.parametrize("value", FORM_READABLE)
def test_a_form_bodys_other_values_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r19-form-readable", text=_FORM))
    assert value in out.redacted_text, out.redacted_text


#: a form body reads as a form; a URL's query is left as it was
DECODED = [
    ("body: first_name=Ann&last_name=Ode+Smith", "body: first name: Ann\nlast name: Ode Smith"),
    ("body: a=Y%C5%8Dsuke&b=%ef%bc%91", "body: a: Yōsuke\nb: 1"),  # UTF-8; full-width 1
    ("see https://x.example/?a=1&b=2 now", "see https://x.example/?a=1&b=2 now"),
]


@pytest.mark.parametrize(("text", "read"), DECODED)
def test_a_form_body_is_read_decoded(text, read):
    assert normalise(text).text == read


_MOJIBAKE = (
    "Subject: Housing list \u00e2\u20ac\u201c change of address\n"
    "From: Ry\u00c5\ufffdta Ch\u00c5\ufffdsh\u00c5\ufffd <r.c@example.com>\n\n"
    "Hello, I\u00e2\u20ac\u2122m writing from my new address \u00e2\u20ac\u201c 4 Croft Row, "
    "B\u00c3\u00a0gh Chl\u00c3\u00b2mhain PH33 7AB. My partner is S\u00c3\u00b8ren "
    "Bj\u00c3\u00b6rklund.\n"
)

#: mojibake: names and places written as UTF-8 shown as Windows-1252
MOJIBAKE_VALUES = [
    ("Ry\u00c5\ufffdta", "PERSON"),  # a lost byte ("\ufffd") inside the name
    ("S\u00c3\u00b8ren Bj\u00c3\u00b6rklund", "PERSON"),
    ("B\u00c3\u00a0gh Chl\u00c3\u00b2mhain", "LOCATION"),
]


@pytest.mark.parametrize(("value", "kind"), MOJIBAKE_VALUES)
def test_mojibake_names_and_places_are_hidden(redactor, value, kind):
    out = redactor.redact(Letter(id="r19-mojibake", text=_MOJIBAKE))
    start = _MOJIBAKE.index(value)
    assert any(e.start <= start and start + len(value) <= e.end for e in out.entities), (
        out.redacted_text
    )


MOJIBAKE_READ = [
    ("I\u00e2\u20ac\u2122m here", "I'm here"),
    ("S\u00c3\u00b8ren", "Søren"),
    ("K\u00c5\ufffdno", "Kōno"),  # lost byte: a letter of the same block, lower case
    # ordinary accented text is left alone, and a lone sequence that could be text too
    ("JOS\u00c9\u2019S caf\u00e9 r\u00e9sum\u00e9", "JOS\u00c9'S caf\u00e9 r\u00e9sum\u00e9"),
]


@pytest.mark.parametrize(("text", "read"), MOJIBAKE_READ)
def test_mojibake_is_read_as_the_letters_it_stands_for(text, read):
    assert normalise(text).text == read


def test_mojibake_maps_back_to_the_original_characters():
    text = "From: Ry\u00c5\ufffdta Ch\u00c5\ufffdsh\u00c5\ufffd"
    normalised = normalise(text)
    start = normalised.text.index("Ry")
    assert normalised.to_original(start, start + 5) == (6, 12)


#: a form's values after a decimal question number, a scan's line going on in lower case, a
#: Balinese woman's "Ni" before her birth-order name
OTHER_SHAPES = [
    (
        "2.3 Place of birth: Holme Fen Drove\n2.4 Nationality: British\n",
        "Holme Fen Drove",
        "LOCATION",
    ),
    ("4.1.2 Town: Gosberton Clough\n4.1.3 Postcode: PE11 0AA\n", "Gosberton Clough", "LOCATION"),
    ("To: NI PUTU SARASWATI\nOf: 4 Mill Row, Leeds\n", "NI PUTU SARASWATI", "PERSON"),
    ("Applicant: PRATIWI, Ni Wayan    DOB: 1991-05-06\n", "PRATIWI, Ni Wayan", "PERSON"),
]


@pytest.mark.parametrize(("text", "value", "kind"), OTHER_SHAPES)
def test_round19_other_shapes_are_hidden(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r19-other", text=text))
    start = text.index(value)
    assert any(e.start <= start and start + len(value) <= e.end for e in out.entities), (
        out.redacted_text
    )


#: a scan's field line going on in lower case on the next line is one line (the town's name
#: was cut in two: "Pont-faen" / "uwch Afon")
WRAPPED = [
    (
        "This agreement is made between the Council and the Tenant named below in full.\n"
        "Tenant: Gwenllian Prys of 5 Heol y Felin, Pentre Felin, Pont-faen\n"
        "uwch Afon, LD3 9ZZ. Telephone 07700 900456, e-mail g.prys@example.org and\n"
        "the rent is due on 1 October each year without any concession at all.\n",
        "Pont-faen uwch Afon",
    ),
]


@pytest.mark.parametrize(("text", "joined"), WRAPPED)
def test_a_field_line_going_on_in_lower_case_is_joined(text, joined):
    assert joined in normalise(text).text


_TSV = (
    "ref\tsurname\tforename\taddress_1\ttown\tpostcode\tpayment\tamount\n"
    "GW-0001\tHOSKEN\tMorwenna\tBryn Teg\tTrewellard\tTR19 7ZZ\tDD\t48.00\n"
    "GW-0002\tPascoe\tJory\tChy an Mor, Lowen Row\tPendeen\tTR19 7ZY\tCARD\t96.00\n"
)

#: a tab-separated export with a header: the header's label types each cell (the cell before
#: the postcode under "town" is a town, a house name under "address_1" an address)
TSV_VALUES = [
    ("Trewellard", "LOCATION"),
    ("Pendeen", "LOCATION"),
    ("Bryn Teg", "STREET_ADDRESS"),
    ("Chy an Mor, Lowen Row", "STREET_ADDRESS"),
    ("HOSKEN", "PERSON"),
    ("Jory", "PERSON"),
]


@pytest.mark.parametrize(("value", "kind"), TSV_VALUES)
def test_a_headed_exports_cells_take_their_columns_type(redactor, value, kind):
    out = redactor.redact(Letter(id="r19-tsv", text=_TSV))
    assert_hidden_under_type(_TSV, out, {value: kind})


#: guard rows: dates that are no one's birth and references stay readable
GUARDS = [
    ("1.9 Date of issue: 12/03/2019\n1.10 Reference: AB-55821\n", ["12/03/2019", "AB-55821"]),
    ("My NI Made Simple guide arrived.\n", ["Made Simple"]),
    (
        "Invoice no: 436512345   Invoice date: 28/11/2026   Debtor no: 8812345\n",
        ["436512345", "28/11/2026", "8812345"],
    ),
]


@pytest.mark.parametrize(("text", "readable"), GUARDS)
def test_round19_guards_stay_readable(redactor, text, readable):
    out = redactor.redact(Letter(id="r19-guard", text=text))
    for value in readable:
        assert value in out.redacted_text, out.redacted_text


_ZONE = (
    "The prison is considering licence conditions; you may ask for:\n"
    "  - an exclusion zone covering Kirkby Thore and the roads around Rowan Cottage;\n"
    "  - not to enter Long Sutton, where your son Jamie lives.\n"
)

#: the places an exclusion zone names (where the victim and their family live), and a county
#: with its other name or area in brackets
ZONE_VALUES = [
    (_ZONE, "Kirkby Thore", "LOCATION"),
    (_ZONE, "Rowan Cottage", "STREET_ADDRESS"),
    (_ZONE, "Long Sutton", "LOCATION"),
    (_ZONE, "Jamie", "PERSON"),
    (
        "Mx K. Lowe\n15 Mill Rise\nGlenridding,\nCumberland UA (Haweswater) CA11 3ZZ\n",
        "Cumberland UA (Haweswater)",
        "LOCATION",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), ZONE_VALUES)
def test_round19_an_exclusion_zones_places_are_hidden(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r19-zone", text=text))
    assert_hidden_under_type(text, out, {value: kind})


#: someone's home named by its owner in a story: a person and a town, not one place; an
#: address's second line in an HL7 message that names a district
HOME_AND_DISTRICT = [
    ('In her words: "I went to Kerensa\'s in St Just. We got a lift."\n', "Kerensa", "PERSON"),
    ('In her words: "I went to Kerensa\'s in St Just. We got a lift."\n', "St Just", "LOCATION"),
    (
        "PID|1||9434765919^^^NHS^NH||SMITH^ANN||19440712|F|||2 Mill Row^Carrack^St Ives^^TR26 1AA\n",
        "Carrack",
        "LOCATION",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), HOME_AND_DISTRICT)
def test_round19_a_home_by_its_owner_and_a_district_line(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r19-home", text=text))
    assert_hidden_under_type(text, out, {value: kind})
