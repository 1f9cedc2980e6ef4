"""Round 29 (recall on the tuning families' weakest types): an NI number read out as letters
and digit words or read "from the letter", a bank account after a machine's field name
("ACCOUNT_DTMF"), the town after a street in a log whose entries start with a four-digit time,
a house named after a bracketed aside, "fwd addr" or a log's "ADDR", a dwelling then "in" its
town or its town and postcode, and an address cell that ends in its town. Values invented here.
Each row of ``FOUND`` failed before the round; ``READABLE`` and ``STILL_HIDDEN`` guard words the
round's rules must not take, and values they must not un-hide (fail closed)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_all_wholly_hidden, assert_hidden_under_type

from contracts.models import Letter

_LOG = (
    "INCIDENT 120326-114   OPENED 12/03/26\n"
    "2114 OP4410 INFT STATES DOOR DAMAGED OVERNIGHT BY GROUP OF YOUTHS IN THE STREET\n"
    "2201 OP4410 SUBJ ADDR 17 HAWTHORN SPINNEY BRADWORTHY\n"
    "2216 OP3013 UNIT AL61 PC 9015 ATTENDING AND WORDS OF ADVICE GIVEN TO ALL PRESENT\n"
)
_PETITION = (
    "No | Name | Address | Postcode | Signature\n"
    "1 | ODHRAN MCCANN | 15 Bawn Lane, Baile an Mhuilinn | BT44 3QQ | [signed]\n"
    "2 | AOIFE DEVLIN | Rath Cottage, Bawn Lane, Loch gCaol | BT44 2QQ | [signed]\n"
)

#: (text, values that must each lie wholly inside a span of their type)
FOUND = [
    # an NI number read out: plain letters, then the digits said as words in pairs
    (
        'Interpreter: "National Insurance, reading from the letter: K M, double four, '
        'six one, oh three, C."\n',
        {"K M, double four, six one, oh three, C": "UK_NINO"},
    ),
    (
        "Caller gave it as T R, seven two, nine nine, one five, A.\n",
        {"T R, seven two, nine nine, one five, A": "UK_NINO"},
    ),
    # a mistyped number read "from the letter" after its label
    (
        'Interpreter: "National Insurance, reading from the letter: KG498708 Z."\n',
        {"KG498708 Z": "UK_NINO"},
    ),
    ("NI number, quoting from my card: AK00039 C\n", {"AK00039 C": "UK_NINO"}),
    # a keypad log's field names: the account after ACCOUNT_DTMF
    (
        "18:11:22  SORTCODE_DTMF  604077#\n18:11:38  ACCOUNT_DTMF   1636373#\n"
        "18:12:00  RESULT         MODULUS_FAIL\n",
        {"1636373": "UK_BANK_ACCOUNT"},
    ),
    # a log's entries each start with a four-digit time: the town ends its line
    (_LOG, {"BRADWORTHY": "LOCATION", "17 HAWTHORN SPINNEY": "STREET_ADDRESS"}),
    # "ADDR" in a log labels a house named by its dwelling word, its town after it
    (
        "2257 OP8184 SUBJ ADDR FREE MINER'S COTTAGE MEARE\n2311 OP5811 UNIT AL30 ATTENDING\n",
        {"FREE MINER'S COTTAGE": "STREET_ADDRESS", "MEARE": "LOCATION"},
    ),
    # a house named after an address cue and a bracketed aside, or after "fwd addr"
    (
        "Current address (asked to leave by the landlord): Dewpond House, Brenzett. He says\n",
        {"Dewpond House": "STREET_ADDRESS", "Brenzett": "LOCATION"},
    ),
    (
        'CouncilTax-Move,"moving out of 62 Quarrenden Lane on 13/12/2026, fwd addr Hollin '
        'Lodge, Seaview PO34 5QQ. mob"\n',
        {"Hollin Lodge": "STREET_ADDRESS"},
    ),
    # a dwelling, then "in" its town; a dwelling, then its town and postcode
    ("<v Ama Boateng>Stane Bothy in Lethnot.</v>\n", {"Stane Bothy": "STREET_ADDRESS"}),
    (
        'Bins-Missed,"missed grey bin at Sheepwash Barn, Cottesmore LE15 7QQ. caller"\n',
        {"Sheepwash Barn": "STREET_ADDRESS"},
    ),
    # an address cell that ends in its town: the street, then the town
    (
        _PETITION,
        {
            "15 Bawn Lane": "STREET_ADDRESS",
            "Baile an Mhuilinn": "LOCATION",
            "ODHRAN MCCANN": "PERSON",
        },
    ),
]


@pytest.mark.parametrize(("text", "types"), FOUND)
def test_round29_values_found_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r29-found", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, words that must stay readable)
READABLE = [
    # a month after "in" is no town; a reference after a machine's field name no account
    ("We stayed at Rose Cottage in March.\n", ["March"]),
    ("ACCOUNT_REF 1234567 RESULT OK\n", ["1234567"]),
    # letters and digits said as words, too few for an NI number
    ("Rooms A B, one two, C are free.\n", ["one two"]),
]


@pytest.mark.parametrize(("text", "words"), READABLE)
def test_round29_words_stay_readable(redactor, text, words):
    out = redactor.redact(Letter(id="r29-readable", text=text))
    for word in words:
        start = text.index(word)
        end = start + len(word)
        masked = [text[e.start : e.end] for e in out.entities if e.start < end and start < e.end]
        assert not masked, (word, masked)


#: (text, values that must stay wholly hidden, whatever their type)
STILL_HIDDEN = [
    # a town the town reader cannot read stays inside the address cell
    (_PETITION, ["Rath Cottage, Bawn Lane, Loch gCaol", "AOIFE DEVLIN"]),
    # a numbered street whose last word is not a street word, in an address block
    (
        "Redirect from:\n  144 Strip the Willow Neuk,\n  Grogport\n  PA28 0TA\n",
        ["144 Strip the Willow Neuk"],
    ),
    # a house whose name goes on after its dwelling word stays whole
    ("I live at Rose Cottage Farm, Tenby.\n", ["Rose Cottage Farm", "Tenby"]),
    # the NATO alphabet and digits still read as an NI number
    (
        "my NI is tango charlie zero six five six zero four delta\n",
        ["tango charlie zero six five six zero four delta"],
    ),
    # a prose paragraph whose lines start with a time is still read
    (
        "Seen at 0930 by PC 4410 at 17 Hawthorn Spinney, Bradworthy EX22 7QQ today.\n",
        ["17 Hawthorn Spinney", "Bradworthy", "EX22 7QQ"],
    ),
]


@pytest.mark.parametrize(("text", "values"), STILL_HIDDEN)
def test_round29_values_stay_hidden(redactor, text, values):
    assert_all_wholly_hidden(text, redactor.redact(Letter(id="r29-hidden", text=text)), values)
