"""Round 17 (tuned on heldout14 after its blind score): values in a PDF form's field dump (one
field a line, its label a dotted path with array indices) and in a school MIS export pasted as
CSV, typed by what their field or column says they are. Values invented here; each row failed
before its fix."""

from __future__ import annotations

import pytest

from contracts.models import Letter


def _assert_hidden_under_type(text, out, types):
    """Each value lies wholly inside one span of its type."""
    for value, kind in types.items():
        start = text.index(value)
        assert any(
            e.start <= start and start + len(value) <= e.end and e.type == kind
            for e in out.entities
        ), (value, [(text[e.start : e.end], e.type) for e in out.entities])


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


@pytest.mark.parametrize(
    ("text", "types"), ROUND17_TYPED, ids=[f"r17-typed-{i}" for i in range(len(ROUND17_TYPED))]
)
def test_round17_values_are_hidden_under_their_type(redactor, text, types):
    """Round 17: a value a form's field path or an export's column names is hidden under its
    type."""
    _assert_hidden_under_type(text, redactor.redact(Letter(id="round17", text=text)), types)


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
]


@pytest.mark.parametrize("text", ROUND17_NORMALISED)
def test_round17_field_paths_read_as_written(text):
    from redaction.normalise import normalise

    assert normalise(text).text == text
