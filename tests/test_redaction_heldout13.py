"""Round 15 (tuned on heldout13 after its blind score): values in machine exports and markup,
typed by what their key, column, element or label says they are. Values invented here; each row
failed before its fix."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: the text, and each value that must be hidden under its type
ROUND15_TYPED = [
    (  # a SQL row typed by its columns
        "Please run:\nINSERT INTO crm_person (person_id, given_name, family_name, birth_date, "
        "ni_number, addr_line_1, post_town, post_code, sort_code, acct_no)\nVALUES (55120, "
        "'Oriel', 'Quenby', '1961-03-17', 'PX 11 22 33 C', 'Larkspur Barn, Mill Race Lane', "
        "'Wetheral', 'CA4  8RT', '30.11.52', '4417 2290');\n",
        {
            "Oriel": "PERSON",
            "Quenby": "PERSON",
            "1961-03-17": "DATE_OF_BIRTH",
            "Larkspur Barn, Mill Race Lane": "STREET_ADDRESS",
            "Wetheral": "LOCATION",
            "CA4  8RT": "UK_POSTCODE",
            "30.11.52": "UK_SORT_CODE",
            "4417 2290": "UK_BANK_ACCOUNT",
        },
    ),
    (  # several rows after one column list, a NULL between
        "INSERT INTO dependants (dep_id, forename, surname, dob) VALUES (1, 'Tamsin', 'Yelland', "
        "'2015-06-02'), (2, NULL, 'Yelland', '2017-09-30');\n",
        {"Tamsin": "PERSON", "2015-06-02": "DATE_OF_BIRTH", "2017-09-30": "DATE_OF_BIRTH"},
    ),
    (  # a log's key=value pairs, quoted and bare, dotted keys
        '2026-10-01T10:00:01Z DEBUG [api] req=9f1 customer.surname="morwenna pascoe" '
        "customer.dob=3 MAR 1966 customer.nino=RE 10 20 30 B\n2026-10-01T10:00:02Z DEBUG [api] "
        'req=9f1 address.town="Polruan" address.postcode="PL23  1QE"\n',
        {
            "morwenna pascoe": "PERSON",
            "3 MAR 1966": "DATE_OF_BIRTH",
            "Polruan": "LOCATION",
            "PL23  1QE": "UK_POSTCODE",
        },
    ),
    (  # an XML export: elements and attributes whose names say what their values are
        "<Case>\n  <Person>\n    <GivenName>Eluned</GivenName>\n    <FamilyName>Prothero"
        "</FamilyName>\n    <DateOfBirth>1959-12-01</DateOfBirth>\n    <PostTown>Rhayader"
        '</PostTown>\n  </Person>\n  <Child relation="daughter" dob="2004-02-29">Seren Prothero'
        "</Child>\n</Case>\n",
        {
            "Eluned": "PERSON",
            "Prothero": "PERSON",
            "1959-12-01": "DATE_OF_BIRTH",
            "Rhayader": "LOCATION",
            "2004-02-29": "DATE_OF_BIRTH",
        },
    ),
    (  # elements named in snake case, with a hyphen or a namespace
        "<record>\n  <ns:date_of_birth>1948-05-30</ns:date_of_birth>\n  <family-name>Tregear"
        "</family-name>\n  <post_town>Mousehole</post_town>\n</record>\n",
        {"1948-05-30": "DATE_OF_BIRTH", "Tregear": "PERSON", "Mousehole": "LOCATION"},
    ),
    (  # a script's object: unquoted keys, quoted values after a colon
        "2026-11-27 ERROR payload {givenName:'Ifeoma', surname:\"O'Kafor-Nwosu\", "
        "dob:'1974-02-20'}\n",
        {"Ifeoma": "PERSON", "O'Kafor-Nwosu": "PERSON", "1974-02-20": "DATE_OF_BIRTH"},
    ),
    (  # a URL's query: keys say what the values are, escapes decoded first
        "GET /api/v2/search?surname=Pengelly%20Rowe&dob=1961-08-14&town=St%20Just HTTP/1.1\n",
        {"Pengelly%20Rowe": "PERSON", "1961-08-14": "DATE_OF_BIRTH", "St%20Just": "LOCATION"},
    ),
    (  # a JSON string's escaped letters decoded before the name is read
        '{"event": "claim.saved", "applicant": {"full_name": "Jos\\u00e9 Ram\\u00edrez Olmo"}}\n',
        {"Jos\\u00e9 Ram\\u00edrez Olmo": "PERSON"},
    ),
    (  # a web form's control: its name says what its value is
        '<form>\n<input type="text" name="surname" value="Okonjo-Brathwaite" />\n'
        '<input type="text" name="date_of_birth" value="1977-03-09" />\n</form>\n',
        {"Okonjo-Brathwaite": "PERSON", "1977-03-09": "DATE_OF_BIRTH"},
    ),
    (  # an entity inside a name: the apostrophe it stands for
        "<Officer>Gwenllian d&apos;Arcy</Officer>\n",
        {"Gwenllian d&apos;Arcy": "PERSON"},
    ),
    (  # a word processor's RTF markup: escaped letters decoded, control words read as breaks
        "{\\rtf1\\ansi\\deff0 {\\b Housing}\\par\nDear Mr Pryce,\\par\nYours sincerely\\par\n"
        "Ff\\'f6lix Ma\\u322?ecki\\par\nOfficer\\par\n}\n",
        {"Ff\\'f6lix Ma\\u322?ecki": "PERSON"},
    ),
    (  # whose a name is, before its label; a certificate's "Surname at birth"
        "SECTION A\nSurname at birth: TREVASKIS\nMother's maiden surname: Penhallow\n",
        {"TREVASKIS": "PERSON", "Penhallow": "PERSON"},
    ),
]


#: round 15, second part: dates, numbers, names and records beside the values found
ROUND15_BESIDE = [
    (  # a draft's comment on a date of birth holds another reading of it
        "Your date of birth is recorded as 04 FEB 1981 [Comment KT2: check - the form says "
        "5th February, 1981] and your NI number as JT 40 50 60 C.\n",
        {"04 FEB 1981": "DATE_OF_BIRTH", "5th February, 1981": "DATE_OF_BIRTH"},
    ),
    (  # a date of birth corrected in brackets
        "DOB 02/03/80 (04/03/80 on her passport)\n",
        {"04/03/80": "DATE_OF_BIRTH"},
    ),
    (  # an NHS number grouped by two spaces, dots, or three and seven digits
        "Bring this number: 943  476  5919\nor 943.476.5919 or 943 4765919\n",
        {"943  476  5919": "UK_NHS", "943.476.5919": "UK_NHS", "943 4765919": "UK_NHS"},
    ),
    (  # a bounced address with a mistyped suffix is still the person's address
        "Delivery has failed to these recipients or groups:\n\nmorwenna.pascoe@gmail.comm\n",
        {"morwenna.pascoe@gmail.comm": "EMAIL_ADDRESS"},
    ),
    (  # the part of a name an apostrophe joins
        "Completed by Gwenaël Le Goff'h, Registered Manager\n"
        "Seren d'Arcy (daughter), 07700 900111\n"
        "Mr Tomaso Colonna d'Ornezza (son), 07700 900222\n",
        {"Gwenaël Le Goff'h": "PERSON", "d'Arcy": "PERSON", "Colonna d'Ornezza": "PERSON"},
    ),
    (  # who took or sent a form in
        "CHILDREN IN THE HOUSEHOLD\n- none\n\nTaken by Ruoth Hiemsma, Lagan Women's Aid Outreach"
        "\nPO Box 771, Belfast, BT1 9RR\nSubmitted by Ngozi Ilori, 30/11/2026\n",
        {"Ruoth Hiemsma": "PERSON", "Ngozi Ilori": "PERSON"},
    ),
    (  # a compact date under a DOB heading, pushed out of its column by a long name
        "DEPENDANTS  NAME                        DOB\n"
        "            ELOWEN TREGEAR              131215\n"
        "            JORY TREGEAR-PASCOE-LEWIS  020718\n"
        "-------------------------------------------\n",
        {"131215": "DATE_OF_BIRTH", "020718": "DATE_OF_BIRTH"},
    ),
    (  # a fixed-width print: a label and its value on their own line, an identifier's label
        # starting the next cell after a date of birth
        "CLAIMANT   TREVASKIS, MORWENNA                NINO JT 40 50 60 C\n"
        "DOB        12.07.66      NINO JT405060C\n"
        "ADDRESS    LARKSPUR BARN\n"
        "           WETHERAL  CA4 8RT\n",
        {
            "TREVASKIS, MORWENNA": "PERSON",
            "12.07.66": "DATE_OF_BIRTH",
            "JT405060C": "UK_NINO",
            "LARKSPUR BARN": "STREET_ADDRESS",
        },
    ),
]


#: round 15, third part: labels, markup and places read whole
ROUND15_READ_WHOLE = [
    (  # a date of birth "recorded as" (the verb between the label and the value)
        "Your date of birth is recorded as 1984/02/11 and your NI number as JT 40 50 60 C.\n",
        {"1984/02/11": "DATE_OF_BIRTH"},
    ),
    (  # whom a letter is for
        "Dundee City Council\n\n[picture: a letter]    This letter is for Tunguar Puoch.\n\n"
        "[picture: a birthday cake]    Your birthday is 13 July 1984.\n",
        {"Tunguar Puoch": "PERSON"},
    ),
    (  # a claim's partner on a fixed-width print
        "ADDRESS    12 MILL LANE\n           HORSFORTH  LS18 5UU\nPARTNER    AESCHBACHER, RÖSLI\n"
        "DOB        080266      NINO SP 476663 D\n",
        {"AESCHBACHER, RÖSLI": "PERSON"},
    ),
    (  # a SQL surname that is an English word: the column says it is a name
        "INSERT INTO household (member_id, forename, surname) VALUES (7, 'Ikenna', 'Often');\n",
        {"Often": "PERSON"},
    ),
    (  # a county's qualifier in brackets is part of the place
        "My home address: 17 Kiln Lane, Amesbury, Hants. (N.)  SP4 7ZZ\n",
        {"Hants. (N.)": "LOCATION"},
    ),
    (  # also when initials inside the brackets were found on their own
        "She lives at 4 Tannery Row, Slaidburn, Lancs (W.R.) BB7 3ZZ.\n",
        {"Lancs (W.R.)": "LOCATION"},
    ),
    (  # a tracked change's inserted address, after its author's stamp
        "Re: your tenancy at [Deleted: Quarry Kiln House, Denshaw, Saddleworth (Oldham), OL3 6ZZ]"
        " [LW 27/11/2026 09:31] [Inserted: 77 Wall Lane, Delph OL3 6ZY]\n",
        {"Quarry Kiln House": "STREET_ADDRESS"},
    ),
]


@pytest.mark.parametrize(
    ("text", "types"),
    ROUND15_READ_WHOLE,
    ids=[f"r15-whole-{i}" for i in range(len(ROUND15_READ_WHOLE))],
)
def test_round15_values_read_whole_are_hidden_under_their_type(redactor, text, types):
    """Round 15: a value behind a verb, markup or a qualifier is hidden whole under its type."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round15", text=text)), types)


@pytest.mark.parametrize(
    ("text", "types"), ROUND15_BESIDE, ids=[f"r15-beside-{i}" for i in range(len(ROUND15_BESIDE))]
)
def test_round15_values_beside_are_hidden_under_their_type(redactor, text, types):
    """Round 15: a value beside one found, or in a shape the patterns missed, is hidden."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round15", text=text)), types)


@pytest.mark.parametrize(
    ("text", "types"), ROUND15_TYPED, ids=[f"r15-typed-{i}" for i in range(len(ROUND15_TYPED))]
)
def test_round15_values_are_hidden_under_their_type(redactor, text, types):
    """Round 15: a value an export's key, column or element names is hidden under its type."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round15", text=text)), types)


#: normalisation: what the recognisers read (``read``), and the original characters a value read
#: there maps back to
ROUND15_NORMALISED = [
    ("<Surname>Quenby</Surname>", "Surname:Quenby", "Quenby", "Quenby"),
    ('<Child dob="2004-02-29">Seren</Child>', "dob= 2004-02-29", "2004-02-29", "2004-02-29"),
    ("{\\rtf1 Ff\\'f6lix\\par\n}", "Fföl", "Fföl", "Ff\\'f6l"),
    ("Jos&#233; d&apos;Arcy", "José d'Arcy", "José d'Arcy", "Jos&#233; d&apos;Arcy"),
    ("?name=Ann%20Ode&x=1", "Ann Ode", "Ann Ode", "Ann%20Ode"),
    ('{"n": "Jos\\u00e9"}', "José", "José", "Jos\\u00e9"),
    # markup that reads as nothing goes with the value before it
    ("{\\rtf1 Ann Ap\\par\nLlys\\par\n}", "Ann Ap\nLlys", "Ann Ap", "Ann Ap\\par"),
]


@pytest.mark.parametrize(("text", "read", "value", "original"), ROUND15_NORMALISED)
def test_round15_markup_is_read_as_its_text(text, read, value, original):
    from redaction.normalise import normalise

    normalised = normalise(text)
    assert read in normalised.text, normalised.text
    at = normalised.text.index(value)
    start, end = normalised.to_original(at, at + len(value))
    assert text[start:end] == original


#: round 15, precision: words of a format that must stay readable (the text, the words)
ROUND15_KEPT_READABLE = [
    (  # an HTML control's name attribute names the control, not a person
        '<p>Sent 12/11/2026</p>\n<input type="hidden" name="csrf_token" value="9f0c1d2e" />\n'
        "<p>Name: Ifeoma Okafor</p>\n",
        ["csrf_token"],
    ),
]


@pytest.mark.parametrize(("text", "readable"), ROUND15_KEPT_READABLE)
def test_round15_format_words_stay_readable(redactor, text, readable):
    out = redactor.redact(Letter(id="round15", text=text))
    for word in readable:
        start = text.index(word)
        assert not any(e.start < start + len(word) and start < e.end for e in out.entities), (
            word,
            [(text[e.start : e.end], e.type) for e in out.entities],
        )
