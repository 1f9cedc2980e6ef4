"""Round 20: the same personal data after a generic rewrite real mail applies to a letter
(evaluation.redaction_transforms): a form body's line breaks, a letter as a JSON string, a mail
gateway's quoted-printable, Windows line ends, lines joined by a ticket system's " | " or as the
quoted cells of a CSV row, an HTML body's "<br>" and "&nbsp;", a paragraph hard wrapped at 40
columns. Values invented here; each row failed before its fix."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

_PROSE = (
    "I am writing about my council tax bill which I think is wrong again this year. It was "
    "wrong last year as well and nobody has answered my letters."
)

ROUND20_ENCODINGS = [
    # a form body's text area: its line breaks are "%0A" (and "%0D%0A")
    (
        "form_id=contact_us&message=Dear+Sir%2C%0A%0AAddress%3A%0A14+Mill+Lane%0AHeadingley"
        "%0ALS6+2AB%0A%0AI+am+writing+about+my+bill.%0A%0AYours+faithfully%2C%0A%0A"
        "Ren%C3%A9e+Okafor&consent=yes",
        {"Headingley": "LOCATION", "Ren%C3%A9e+Okafor": "PERSON"},
    ),
    (
        "form_id=contact_us&message=Dear+Sir%2C%0D%0A%0D%0AI+live+at%0D%0A14+Mill+Lane%0D%0A"
        "Headingley%0D%0ALS6+2AB&consent=yes",
        {"Headingley": "LOCATION"},
    ),
    # a letter as a JSON string value: "\n", "\t" and '\"' escaped
    (
        '{"channel": "webchat", "message": "Name:\\tAnn Okafor\\nDOB:\\t03/04/1960\\n"}',
        {"Ann Okafor": "PERSON"},
    ),
    (
        '{"message": "Dear Sir,\\n\\"Ann Okafor\\" is my name and I live at\\n'
        '\\"14 Mill Lane\\",\\nHeadingley\\n"}',
        {"Headingley": "LOCATION"},
    ),
    (
        '{"message": "Dear Sir,\\n\\nYours faithfully,\\nann okafor\\n"}',
        {"ann okafor": "PERSON"},
    ),
    # quoted-printable: "=C3=A9" is "é", "=E2=80=99" is "’", "=" at a line's end goes on
    (
        "Dear Sir,\n\nMy neighbour Siobh=C3=A1n O=E2=80=99Reilly of 14 Mill Lane told me the bil=\n"
        "l is wrong. Her date of birth is 3 March 1960 and she lives with her son R=C3=A9n=\n"
        "ald Okafor.\n",
        {"Siobh=C3=A1n O=E2=80=99Reilly": "PERSON", "R=C3=A9n=\nald Okafor": "PERSON"},
    ),
    # Windows line ends (a word hyphenated at a line's end, a number broken over two lines)
    (
        "Telephone (020) 7946 0867, e-mail koroi.asenaca@bti-\r\nnternet.com. Date of birth\r\n",
        {"koroi.asenaca@bti-\r\nnternet.com": "EMAIL_ADDRESS"},
    ),
    (
        "Date of birth (conc-\r\nession): 19840620. Joint tenant: none.\r\n",
        {"19840620": "DATE_OF_BIRTH"},
    ),
    # a ticket system joins the lines with " | "
    (
        "Ticket 4411 | Dear Sir, | My address is: | 237 Bryn Glas | Pontypridd | CF37 0DL | "
        f"{_PROSE} | Yours faithfully, | Ann Okafor",
        {"Pontypridd": "LOCATION", "237 Bryn Glas": "STREET_ADDRESS"},
    ),
    # a CSV row, each line a quoted cell
    (
        '"Dear Sir,","My address is:","237 Bryn Glas","Pontypridd","CF37 0DL",'
        f'"{_PROSE}","Yours faithfully,","Ann Okafor"',
        {"Pontypridd": "LOCATION", "237 Bryn Glas": "STREET_ADDRESS"},
    ),
]


@pytest.mark.parametrize(("text", "values"), ROUND20_ENCODINGS)
def test_round20_personal_data_is_hidden_after_an_encoding(redactor, text, values):
    out = redactor.redact(Letter(id="r20-encoding", text=text))
    assert_hidden_under_type(text, out, values)


ROUND20_LAYOUT = [
    # HTML: "<br>" then a line break is one line's end; "&nbsp;" is one space
    (
        "<p>Address:<br>\n116 Upper Wickham Lane<br>\nGreat&nbsp;Snoring<br>\nNR21 4FJ</p>\n",
        {"Great&nbsp;Snoring": "LOCATION"},
    ),
    (
        "<p>a copy of my driving licence&nbsp;(ALHAS&nbsp;853168 F99LK). The address</p>",
        {"ALHAS&nbsp;853168 F99LK": "UK_DRIVING_LICENCE"},
    ),
    (
        "<p>Date of birth 11/05/1998.<br>\nNHS No 474&nbsp;635 4898. In your last letter</p>",
        {"474&nbsp;635 4898": "UK_NHS"},
    ),
    # a paragraph hard wrapped at 40 columns
    (
        "Dear Sir,\n\nWe moved on August 1st, 2026 to 150\nBridgewater Wharf Road, Aigburth, L17\n"
        "0LL. Pay into the same account as before\nplease, it has not changed since then.\n",
        {"150\nBridgewater Wharf Road": "STREET_ADDRESS"},
    ),
]


@pytest.mark.parametrize(("text", "values"), ROUND20_LAYOUT)
def test_round20_personal_data_is_hidden_after_a_layout_change(redactor, text, values):
    out = redactor.redact(Letter(id="r20-layout", text=text))
    assert_hidden_under_type(text, out, values)
