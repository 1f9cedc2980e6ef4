"""Round 31c (per-type recall on the tuning families): the town in a French letter's "habite à",
the town written without a comma between the street (or the house) and the postcode of an
address field, and the cells of a sheet of address labels printed several across. Values
invented here. Each row failed before the round (the value was missed, or hidden under another
type)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: (text, values that must be hidden under their type)
FOUND = [
    # a French letter: the town after "habite à", "vit à", "réside à"
    (
        "Madame, Monsieur,\n\nMon fils habite à Brampton et peut vous répondre au "
        "07700 900418.\n\nCordialement,\nÉlodie Marchetti\n",
        {"Brampton": "LOCATION"},
    ),
    (
        "Bonjour,\nMa mère vit à Wetheral depuis 2019 et ne parle pas anglais.\n",
        {"Wetheral": "LOCATION"},
    ),
    # an address field with no commas: the town between the street (or the house) and the
    # postcode
    (
        "About you\nYour address: 27 quince orchard ravenstonedale CA17 4PL\n"
        "Best way to reach you? text\n",
        {"27 quince orchard": "STREET_ADDRESS", "ravenstonedale": "LOCATION"},
    ),
    (
        "About you\nYour address: Heron House Kirkby Thore CA10 1XZ\nBest way to reach you?\n",
        {"Heron House": "STREET_ADDRESS", "Kirkby Thore": "LOCATION"},
    ),
]

_LABELS = (
    "RETURNED MAIL - sheet 4 (2 across)\n\n"
    "AC 40021877/01               AC 40021913/03\n"
    "Mrs Oyelaran Adebisi         MR K VANTERPOOL\n"
    "88 Tamarisk Hollin           Sunnyhurst Steading\n"
    "Lower Dinchope               SNAILBEACH\n"
    "SHROPSHIRE (CLUN FOREST)     SY5 0LP\n"
    "SY7 8QQ                      \n\n"
    "Please return undelivered labels to the post room.\n"
)
FOUND += [
    # a home named right after "behind", "outside": up to the end of the clause
    (
        "19:02:11 From  Halvard Ness  to  Everyone:\n\tthe drain behind Weaver's Lodge is "
        "blocked again\n19:03:40 From  Halvard Ness  to  Everyone:\n\tand outside "
        "61 Bobbin Carder Loanen\n",
        {"61 Bobbin Carder Loanen": "STREET_ADDRESS"},
    ),
    (
        "Re: fly-tipping\nThere is a mattress dumped behind Corncrake Steading, Tippet Weave.\n",
        {"Corncrake Steading": "STREET_ADDRESS"},
    ),
    # a police log's "LOC" before a house, its town and postcode (a log's serial glued to its
    # number, "OP4410", is no house number)
    (
        "1402 OP4410 LOC SHEPHERD'S COTTAGE WINSFORD TA24 7QQ\n1405 OP4410 UNIT EN12 ATTENDING\n",
        {"SHEPHERD'S COTTAGE": "STREET_ADDRESS", "WINSFORD": "LOCATION"},
    ),
    # a block with no street line, a county with its district in brackets under the town
    (
        "Mrs Seonag Druimneach\nBothan na Mara\nKilchoan\nHighland (Ardnamurchan)\nPH36 4ZZ\n\n"
        "Dear Mrs Druimneach,\n",
        {"Bothan na Mara": "STREET_ADDRESS", "Kilchoan": "LOCATION"},
    ),
    # a home named after "moved to" is no town
    (
        "Dear Sir\nMy brother moved to Curlew Hut, Ravenglass and never got the bill.\n",
        {"Curlew Hut": "STREET_ADDRESS"},
    ),
    # a fixed-width screen's fields padded with underscores
    (
        "Screen print from RBX400.\n\n NAME SURNAME ....: OKONJO________________ FORENAMES: "
        "ADAOBI__________\n PROPERTY ADDRESS .: 77 LON Y CRAFNANT_________________\n"
        "                    LLANGYBI____________ LL53 6ZZ\n PHONE ............: 07700900333___\n",
        {"77 LON Y CRAFNANT": "STREET_ADDRESS"},
    ),
    # a quoted letter's address block, each line after "| ": the house above the town's line
    (
        "Their reply, word for word:\n\n| 14 Nov 2026\n| \n| MR GETHIN ROWLANDS\n"
        "| Tyddyn Isaf\n| Llanddewi Brefi SY25 6ZZ\n| \n| Dear Mr Rowlands,\n",
        {"Tyddyn Isaf": "STREET_ADDRESS", "Llanddewi Brefi": "LOCATION"},
    ),
    # a list of signatories: the house, then its town after a comma
    (
        "We the undersigned object to the mast.\n\nSigned:\n"
        "1) Morwenna Trethewey - Chapel Orchard, St Keverne   [signature]\n"
        "- Idris Vaughan\tThe Smithy, Llanarmon   ~~~\n",
        {
            "Chapel Orchard": "STREET_ADDRESS",
            "St Keverne": "LOCATION",
            "The Smithy": "STREET_ADDRESS",
            "Llanarmon": "LOCATION",
        },
    ),
    # a screen's labels with dot leaders and a repeated field's number
    (
        "Screen print attached.\n\n NAME 1 SURNAME ..: O'DOWD_________________ FORENAMES: "
        "CIARAN__________ TITLE: MR\n PROPERTY ADDRESS .: TY'N Y COED, LON Y WIWER_____\n"
        "                    LLANBEDR___________ LL45 9ZZ\n",
        {"O'DOWD": "PERSON", "TY'N Y COED": "STREET_ADDRESS"},
    ),
    # a home with Gaelic words after its house word, after "moved to"
    (
        "Notes:\n- item 2: they moved to Bothan na Mara, Port Ellen - please check\n",
        {"Bothan na Mara": "STREET_ADDRESS"},
    ),
    # a sheet of address labels printed two across: each column is an address block
    (
        _LABELS,
        {
            "88 Tamarisk Hollin": "STREET_ADDRESS",
            "Sunnyhurst Steading": "STREET_ADDRESS",
            "Lower Dinchope": "LOCATION",
            "SNAILBEACH": "LOCATION",
            "SHROPSHIRE (CLUN FOREST)": "LOCATION",
        },
    ),
]


#: a change log laid out in columns, a postcode among its values, is no sheet of labels
STILL_FOUND = [
    (
        "Date                 User      Field        Old value          New value\n"
        "2026-03-02 09:14:55  HSG20117  Surname      Oyelowo            Oyelowo-Banks\n"
        "2026-03-02 09:15:40  HSG20117  Forename     Temi               Temitope\n"
        "2026-03-03 11:02:13  HSG20117  Postcode     LS6 2ZZ            LS7 4ZZ\n",
        {"Oyelowo-Banks": "PERSON"},
    ),
]


@pytest.mark.parametrize(("text", "types"), FOUND + STILL_FOUND)
def test_round31c_values_found_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r31c-found", text=text))
    assert_hidden_under_type(text, out, types)
