"""Round 17 (tuned on heldout14 after its blind score): values in a PDF form's field dump (one
field a line, its label a dotted path with array indices) and in a school MIS export pasted as
CSV, typed by what their field or column says they are. Values invented here; each row failed
before its fix."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: the text, and each value that must be hidden under its type
ROUND17_TYPED = [
    (  # an XFA form's fields dumped one a line: "form1[0].Page1[0].Surname[0]: value"
        "Fields read from the attached claim form:\n"
        "form1[0].Page1[0].Surname[0]: QUARRENDON\n"
        "form1[0].Page1[0].Forenames[0]: Elowen-Mae\n"
        "form1[0].Page1[0].AddressLine1[0]: 3 Bellfounders Yard\n"
        "form1[0].Page1[0].AddressLine2[0]: Much Wenlock\n"
        "form1[0].Page1[0].PostcodeOut[0]: TF13\n"
        "form1[0].Page1[0].PostcodeIn[0]: 6QZ\n",
        {
            "QUARRENDON": "PERSON",
            "Elowen-Mae": "PERSON",
            "3 Bellfounders Yard": "STREET_ADDRESS",
            "Much Wenlock": "LOCATION",
            "TF13": "UK_POSTCODE",
            "6QZ": "UK_POSTCODE",
        },
    ),
    (  # another form, other field names, a page index with more than one digit
        "Page 2 of the dump\n"
        "claimForm[0].Page12[0].PartnerName[0]: Tamsin Orridge\n"
        "claimForm[0].Page12[0].DateOfBirth[0]: 14 AUG 1979\n"
        "claimForm[0].Page12[0].Town[0]: Bishops Castle\n",
        {
            "Tamsin Orridge": "PERSON",
            "14 AUG 1979": "DATE_OF_BIRTH",
            "Bishops Castle": "LOCATION",
        },
    ),
    (  # a school MIS export: "Legal Surname", "Legal Forename", "Contact1" columns
        "Pupil list exported for the transport team\n"
        "UPN;Adno;Legal Surname;Legal Forename;DOB;Contact1;Contact1 Tel;Address;Postcode\n"
        "K402118873016;5521;Penhallow;Kerensa;03/02/2013;PENHALLOW, Jory;07700 900317;"
        "9 Tinners Row;TR19 7QX\n"
        "K402118873017;5522;Penhallow;Demelza-Rose;19/10/2016;PENHALLOW, Jory;07700 900317;"
        "9 Tinners Row;TR19 7QX\n",
        {
            "Kerensa": "PERSON",
            "Demelza-Rose": "PERSON",
            "03/02/2013": "DATE_OF_BIRTH",
            "19/10/2016": "DATE_OF_BIRTH",
            "PENHALLOW, Jory": "PERSON",
        },
    ),
    (  # the same columns with preferred names, comma-separated
        "Preferred Surname,Preferred Forename,Date of Birth,Contact 2 Name,Year\n"
        "Trevithick,Morwenna,22/06/2012,Ysella Trevithick,Y9\n",
        {
            "Trevithick": "PERSON",
            "Morwenna": "PERSON",
            "22/06/2012": "DATE_OF_BIRTH",
            "Ysella Trevithick": "PERSON",
        },
    ),
]


#: the text, and each value that must be hidden whole (inside one span) under its type
ROUND17_WHOLE = [
    (  # who registered a death: "Informant:" is a name's label
        "Tell Us Once summary\nDate of death: 02/11/2026\n\nInformant: Saw Poe Klay Htun (son)\n"
        "Phone: 07700 900481\nServices told: DWP, HMRC, council tax\n",
        {"Saw Poe Klay Htun": "PERSON"},
    ),
    (  # a numbered question's label: "1. Your name:"
        "Access to Work - Grants Team\nCase ref: AtW/2026/118204\n\n1. Your name: Saw Kweh "
        "Thaw-Lay\n2. Date of birth: 11APR1990\n",
        {"Saw Kweh Thaw-Lay": "PERSON"},
    ),
    (  # a Karen name's first word is the name's: "Saw" (a man), "Naw" (a woman)
        "Estate of the late Po Lay\n\nPO LAY (b. 1.ii.1931)  ==  MU HTOO (b. 3.v.1935)\n"
        "              |\n              +-- Naw Mu Thaw (b. 31AUG1977)\n"
        "              `-- Saw Kweh Thaw (b. 18/ii/60)\n",
        {"Saw Kweh Thaw": "PERSON"},
    ),
    (  # a name in a form's field whose last word is an English word ("Say")
        "Surname: Thaw\nForename(s): Naw Eh Say\n",
        {"Naw Eh Say": "PERSON"},
    ),
    (  # a council area with the kind of council it is: "UA", "DC"
        "addr conf: 14 Ropery Walk, Skinningrove, Redcar & Cleveland UA  TS13 4AQ\n",
        {"Redcar & Cleveland UA": "LOCATION"},
    ),
    (
        "4. Home address: Flax Mill House, Belcoo, Fermanagh & Omagh DC, BT93 5FJ\n",
        {"Fermanagh & Omagh DC": "LOCATION"},
    ),
    (  # a system's JSON: an address object's first line
        '{"tenant": {"surname": "Prothero", "address": {"line1": "Bwthyn y Garreg Wen", '
        '"town": "Trefin", "postcode": "SA62 5AX"}}}\n',
        {"Bwthyn y Garreg Wen": "STREET_ADDRESS"},
    ),
]


@pytest.mark.parametrize(
    ("text", "types"), ROUND17_WHOLE, ids=[f"r17-whole-{i}" for i in range(len(ROUND17_WHOLE))]
)
def test_round17_values_are_hidden_whole(redactor, text, types):
    """Round 17: a name with its Karen first word, a council area with its kind, an address
    object's first line: each hidden whole under its type."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round17", text=text)), types)


@pytest.mark.parametrize(
    ("text", "types"), ROUND17_TYPED, ids=[f"r17-typed-{i}" for i in range(len(ROUND17_TYPED))]
)
def test_round17_values_are_hidden_under_their_type(redactor, text, types):
    """Round 17: a value a form's field path or an export's column names is hidden under its
    type."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round17", text=text)), types)


#: labels (lower or any case) and the type they announce
ROUND17_LABELS = [
    ("topmostSubform[0].Page1[0].Surname[0]", "PERSON"),
    ("form1[0].Page3[0].AddressLine2[0]", "LOCATION"),
    ("Legal Surname", "PERSON"),
    ("Legal Forename", "PERSON"),
    ("Preferred Forename", "PERSON"),
    ("Contact1", "PERSON"),
    ("Contact 2 Name", "PERSON"),
    ("Contact1 Tel", "PHONE_NUMBER"),
    ("line1", "STREET_ADDRESS"),
    ("Informant", "PERSON"),
    # format words stay what they were: not a label
    ("topmostSubform[0].Page2[0].Checkbox8[0]", None),
    ("Adno", None),
    ("UPN", None),
]


@pytest.mark.parametrize(("label", "kind"), ROUND17_LABELS)
def test_round17_labels_announce_their_type(label, kind):
    from redaction.recognizers.field_labels import field_type

    assert field_type(label) == kind


#: a form's field path is a field's start: the line breaks of a dump are kept, and a page's
#: number in it is not read as a scanning slip ("Page1" -> "Pagel"); nor a numbered label
ROUND17_NORMALISED = [
    "form1[0].Page1[0].Surname[0]: Quarrendon-Blackwood\n"
    "form1[0].Page1[0].Forenames[0]: Elowen Tamsin\n"
    "form1[0].Page1[0].AddressLine1[0]: 3 Bellfounders Yard\n",
    # a numbered column's label is no slip either ("Contact1" is not "Contactl")
    "UPN;Surname;Contact1;Contact1 Tel;Address1\n",
    # nor a machine's key in quotes ("line1" is not "linel")
    '{"address": {"line1": "3 Bellfounders Yard", "line2": "Much Wenlock"}}\n',
]


@pytest.mark.parametrize("text", ROUND17_NORMALISED)
def test_round17_field_paths_read_as_written(text):
    from redaction.normalise import normalise

    assert normalise(text).text == text


#: a form's field path is markup: no name or place is read in it ("DateOfBirth", "PartnerName")
ROUND17_MARKUP = [
    (
        "topmostSubform[0].Page1[0].DateOfBirth[0]: 3.8.1991\n",
        "topmostSubform[0].Page1[0].DateOfBirth[0]",
    ),
    ("  form1[0].Page2[0].PartnerName[0]: Tamsin Orridge\n", "form1[0].Page2[0].PartnerName[0]"),
]


@pytest.mark.parametrize(("text", "path"), ROUND17_MARKUP)
def test_round17_field_paths_are_markup(text, path):
    from redaction.recognizers import markup_keys

    start = text.index(path)
    assert (start, start + len(path)) in markup_keys(text)


#: a CSV table's header labels are no names: where they are
ROUND17_HEADER_LABELS = [
    (
        "UPN;Adno;Legal Surname;Legal Forename;DOB\nX1;2;Ode;Ann;01/02/2013\n",
        ["Legal Surname", "DOB"],
    ),
    (
        "Ref,Preferred Surname,Preferred Forename,Year\n",
        ["Preferred Surname", "Preferred Forename"],
    ),
]


@pytest.mark.parametrize(("text", "labels"), ROUND17_HEADER_LABELS)
def test_round17_csv_header_labels(text, labels):
    from redaction.recognizers import csv_header_labels

    found = csv_header_labels(text)
    for label in labels:
        start = text.index(label)
        assert (start, start + len(label)) in found
