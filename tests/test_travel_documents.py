"""The machine-readable zone recogniser (redaction/recognizers/travel_documents.py): which fields
of a passport's, visa's or identity card's zone are personal, read by the ICAO 9303 layout.
heldout6 (blind) left every zone in clear: passport recall 0.655. No models: fast."""

from __future__ import annotations

import pytest

from redaction.recognizers import MachineReadableZoneRecognizer, zone_codes

ENTITIES = ["PERSON", "UK_PASSPORT", "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a passport (TD3): names, number, date of birth
            "P<GBRHOLLOWAY<BRIGGS<<ELSPETH<MAY<<<<<<<<<<<<<<\n"
            "5083921647GBR5512029F3008146<<<<<<<<<<<<<<02\n",
            {
                ("PERSON", "HOLLOWAY<BRIGGS"),
                ("PERSON", "ELSPETH<MAY"),
                ("UK_PASSPORT", "508392164"),
                ("DATE_OF_BIRTH", "551202"),
            },
        ),
        (  # a mistyped number, filled out with "<", and wrong check digits: still somebody's
            "P<GBRADEBAYO<<TOLU<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
            "50839216<0GBR9001015M3001011<<<<<<<<<<<<<<09\n",
            {
                ("PERSON", "ADEBAYO"),
                ("PERSON", "TOLU"),
                ("UK_PASSPORT", "50839216"),
                ("DATE_OF_BIRTH", "900101"),
            },
        ),
        (  # the two lines joined by the redactor's reading of a hard-wrapped paragraph
            "MRZ: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< "
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n",
            {
                ("PERSON", "ERIKSSON"),
                ("PERSON", "ANNA<MARIA"),
                ("UK_PASSPORT", "L898902C3"),
                ("DATE_OF_BIRTH", "740812"),
            },
        ),
        (  # an identity card (TD1): number on the first line, names on the third
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n",
            {
                ("UK_PASSPORT", "D23145890"),
                ("DATE_OF_BIRTH", "740812"),
                ("PERSON", "ERIKSSON"),
                ("PERSON", "ANNA<MARIA"),
            },
        ),
        (  # one line of fillers alone is not a zone
            "Reference: ABC<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nNext line of the letter.\n",
            set(),
        ),
        (  # two zone-like lines separated by a blank line are not one zone
            "P<GBRHOLLOWAY<<ELSPETH<<<<<<<<<<<<<<<<<<<<<<<<<\n\n"
            "5083921647GBR5512029F3008146<<<<<<<<<<<<<<02\n",
            set(),
        ),
    ],
    ids=["passport", "mistyped", "joined", "identity-card", "one-line", "blank-between"],
)
def test_zone_fields(text, expected):
    found = {
        (r.entity_type, text[r.start : r.end])
        for r in MachineReadableZoneRecognizer().analyze(text, ENTITIES)
    }
    assert found == expected


def test_the_codes_around_the_fields_are_not_names():
    """The short text round a zone reads as a foreign language, whose stricter rules took "P",
    "GBR" and the sex for names; the codes are marked so no name is found in them."""
    text = "P<GBRHOLLOWAY<<ELSPETH<<<<<<<<<<<<<<<<<<<<<<<<<\n5083921647GBR5512029F3008146<<<<<<<<<<<<<<02\n"
    codes = [text[a:b] for a, b in zone_codes(text)]
    assert codes[0] == "P<GBR"
    assert "7GBR" in codes  # check digit and nationality, between the number and the birth date
    assert any(c.startswith("9F3008146") for c in codes)  # check digit, sex, expiry...
    assert not any("HOLLOWAY" in c or "508392164" in c or "551202" in c for c in codes)
