# Over 500 lines: the redaction stage's tests in sections (recognizers, redactor, metrics, fails
# closed), then one shape table per round of layouts found (layouts, heldout2-4, NER filters); the
# tables share the helpers that check a shape's values are hidden and its words kept.
"""Redaction stage: recognizers, placeholders, offsets, batching, limits, offline email,
and the quality gate on the synthetic UK set."""

from __future__ import annotations

import json
import logging
import re
import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter, RedactedLetter
from evaluation.redaction_metrics import (
    evaluate_redaction,
    format_report,
    load_jsonl,
    load_presidio_research,
)
from evaluation.synthetic.uk_pii import generate_uk_pii_set, nhs_number, nino
from redaction import LetterTooLong, Redactor
from redaction import recognizers as rec
from redaction.redactor import (
    _propagate_names,
    _Span,
    collecting_scraps,
    hide_scraps,
    resolve_overlaps,
)

THRESHOLD = 0.35


def find(recognizer, text: str) -> list[str]:
    """What one recognizer reports above the default threshold (after its own context step)."""
    results = recognizer.analyze(text, recognizer.supported_entities)
    results = recognizer.enhance_using_context(text, results, [], None)
    return [text[r.start : r.end] for r in results if r.score >= THRESHOLD]


# --------------------------------------------------------------------------- recognizers
RECOGNIZER_CASES = [
    # (recognizer class, text, expected matches)
    (rec.UkNinoNumberRecognizer, "My NI number is AB 12 34 56 C.", ["AB 12 34 56 C"]),
    (rec.UkNinoNumberRecognizer, "NINO: JY254511A", ["JY254511A"]),
    (rec.UkNinoNumberRecognizer, "ni no ce 123456 d", ["ce 123456 d"]),
    (rec.UkNinoNumberRecognizer, "national insurance number AB 12 34 56", ["AB 12 34 56"]),
    (rec.UkNinoNumberRecognizer, "code BG 12 34 56 C", []),  # BG never allocated
    (rec.UkNinoNumberRecognizer, "code QQ 12 34 56 C", []),  # Q is not a first letter
    (rec.UkNinoNumberRecognizer, "code AO 12 34 56 C", []),  # O is not a second letter
    (rec.UkNinoNumberRecognizer, "code AB 12 34 56 E", []),  # suffix is A-D
    # ... but written as somebody's NI number, it is theirs, mistyped or not
    (rec.UkNinoNumberRecognizer, "NI number BG 12 34 56 C", ["BG 12 34 56 C"]),
    (rec.UkNinoNumberRecognizer, "My NI number is QQ123456C.", ["QQ123456C"]),
    (rec.UkNinoNumberRecognizer, "National Insurance no: AO 12 34 56 E", ["AO 12 34 56 E"]),
    (rec.UkNinoNumberRecognizer, "NINO A B 1 2 3 4 5 6 C", ["A B 1 2 3 4 5 6 C"]),
    (rec.UkNinoNumberRecognizer, "it is A.B.1.2.3.4.5.6.C ok", ["A.B.1.2.3.4.5.6.C"]),
    (rec.UkNinoNumberRecognizer, "order AB 12 34 56 today", []),  # no suffix, no cue
    (rec.NhsNumberRecognizer, "My NHS number is 943 476 5919.", ["943 476 5919"]),
    (rec.NhsNumberRecognizer, "NHS no 9434765919", ["9434765919"]),
    (rec.NhsNumberRecognizer, "NHS number 943-476-5919", ["943-476-5919"]),
    (rec.NhsNumberRecognizer, "My number is 943 476 5918.", []),  # bad check digit
    (rec.NhsNumberRecognizer, "My NHS number is 943 476 5918.", ["943 476 5918"]),  # labelled
    (rec.NhsNumberRecognizer, "NHS no. 943 4765 91", ["943 4765 91"]),  # 9 digits, labelled
    (rec.NhsNumberRecognizer, "payment reference 9434765919", []),  # valid, but a reference
    (rec.UkPostcodeNumberRecognizer, "Leeds LS6 3AB", ["LS6 3AB"]),
    (
        rec.UkPostcodeNumberRecognizer,
        "SW1A 1AA and M1 1AE and EC2V7HH",
        ["SW1A 1AA", "M1 1AE", "EC2V7HH"],
    ),
    (rec.UkPostcodeNumberRecognizer, "my postcode is ls6 3ab", ["ls6 3ab"]),
    (rec.UkPostcodeNumberRecognizer, "it was ls6 3ab", ["ls6 3ab"]),  # lower case, no cue
    (rec.UkPostcodeNumberRecognizer, "in year b12 3rd", []),  # an ordinal, not a postcode
    # "0nd" is no ordinal: a lower-case postcode whose inward code ends in "nd" is a postcode
    (rec.UkPostcodeNumberRecognizer, "send it to ls1 0nd please", ["ls1 0nd"]),
    (rec.UkPostcodeNumberRecognizer, "on the 21st and the 12th", []),
    (rec.UkPostcodeNumberRecognizer, "Leeds LS11\n0WZ", ["LS11\n0WZ"]),  # wrapped by a scan
    (rec.UkPostcodeNumberRecognizer, "QX1 1AA and LS6 3CI", []),  # Q first / C,I inward
    (rec.UkPostcodeNumberRecognizer, "postcode: QX1 1CI", ["QX1 1CI"]),  # labelled: still theirs
    (rec.UkSortCodeRecognizer, "sort code 20-00-00", ["20-00-00"]),
    (rec.UkSortCodeRecognizer, "s/c 83 27 15 a/c 00412277", ["83 27 15"]),
    (rec.UkSortCodeRecognizer, "it is 40-47-84", ["40-47-84"]),  # cannot be a date
    (rec.UkSortCodeRecognizer, "on 12-03-21 I called", []),  # a date, no bank cue
    (rec.UkSortCodeRecognizer, "NI number AB 12 34 56 C", []),
    (rec.UkSortCodeRecognizer, "sort code: 12.03.21", ["12.03.21"]),  # labelled, date-shaped
    (rec.UkBankAccountRecognizer, "account no. 1234567", ["1234567"]),  # 7 digits, labelled
    (rec.UkBankAccountRecognizer, "account number 12345678", ["12345678"]),
    (rec.UkBankAccountRecognizer, "sort code 20-00-00, acc no 87654321.", ["87654321"]),
    (rec.UkBankAccountRecognizer, "My claim reference is 12345678.", []),
    (rec.UkBankAccountRecognizer, "my account reference 12345678", []),  # nearer cue wins
    (rec.UkBankAccountRecognizer, "I paid 12345678 times", []),  # no cue at all
    (rec.UkPassportNumberRecognizer, "My passport number is 123456789.", ["123456789"]),
    (rec.UkPassportNumberRecognizer, "case number 123456789", []),
    (rec.UkDrivingLicenceNumberRecognizer, "licence MORGA753116SM9IJ", ["MORGA753116SM9IJ"]),
    (rec.UkDrivingLicenceNumberRecognizer, "DVLA no MORGA 753116 SM9IJ", ["MORGA 753116 SM9IJ"]),
    (rec.UkDrivingLicenceNumberRecognizer, "code MORGA702306SM9IJ", []),  # 30 February
    (rec.UkDrivingLicenceNumberRecognizer, "licence MORGA702306SM9IJ", ["MORGA702306SM9IJ"]),
    (rec.UkDrivingLicenceNumberRecognizer, "code 99999753116SM9IJ", []),
    (rec.UkDrivingLicenceNumberRecognizer, "licence 99999753116SM9IJ", ["99999753116SM9IJ"]),
    (rec.UkPhoneRecognizer, "call 020 7946 0958", ["020 7946 0958"]),
    (rec.UkPhoneRecognizer, "mobile 07700 900123", ["07700 900123"]),
    (rec.UkPhoneRecognizer, "mobile +44 7700 900123", ["+44 7700 900123"]),
    (rec.UkPhoneRecognizer, "tel (0161) 496 0000", ["(0161) 496 0000"]),
    (rec.UkPhoneRecognizer, "tel +44 (0)20 7946 0958", ["+44 (0)20 7946 0958"]),
    (rec.UkPhoneRecognizer, "account 12345678 and NHS 9434765919", []),
    # a number the matcher rejects, written after the words that say what it is
    (rec.UkPhoneRecognizer, "ring me back on 447 7 00 9 01 234 thanks", ["447 7 00 9 01 234"]),
    (rec.UkPhoneRecognizer, "I rang the helpline on 0800 328 5644", []),  # an organisation's
    (
        rec.OfflineEmailRecognizer,
        "email jane.smith84@hotmail.co.uk",
        ["jane.smith84@hotmail.co.uk"],
    ),
    (rec.OfflineEmailRecognizer, "write to housing@leeds.gov.uk", []),  # a team mailbox
    (rec.DateOfBirthRecognizer, "I was born on 12/03/1985.", ["12/03/1985"]),
    (rec.DateOfBirthRecognizer, "DOB: 3rd April 1962", ["3rd April 1962"]),
    (rec.DateOfBirthRecognizer, "(d.o.b. 03.04.41)", ["03.04.41"]),
    # digits alone after the label are a date of birth only when they read as a day and month
    (rec.DateOfBirthRecognizer, "my date of birth is 21081990 thanks", ["21081990"]),
    (
        rec.DateOfBirthRecognizer,
        "date of birth on our file is 4.11.1969 and mobile 077009 00412",
        ["4.11.1969"],
    ),
    (rec.DateOfBirthRecognizer, "my date of birth is the 3rd of April 1962", ["3rd of April 1962"]),
    (rec.DateOfBirthRecognizer, "The deadline is 28/02/2025.", []),
    (rec.DateOfBirthRecognizer, "DOB 31/02/1985", ["31/02/1985"]),  # impossible, still theirs
    (rec.DateOfBirthRecognizer, "born in March 1985", ["March 1985"]),
    (rec.DateOfBirthRecognizer, "DOB | 12 03 1985", ["12 03 1985"]),
    (rec.DateOfBirthRecognizer, "I was born in Leeds. On 3 May 2024 I moved.", []),
    (rec.UkStreetAddressRecognizer, "I live at 12 Acacia Road, Leeds", ["12 Acacia Road"]),
    (rec.UkStreetAddressRecognizer, "Flat 3\n12 Acacia Road\nLeeds", ["Flat 3\n12 Acacia Road"]),
    (
        rec.UkStreetAddressRecognizer,
        "Flat 2B Nelson House, Mill Lane",
        ["Flat 2B Nelson House, Mill Lane"],
    ),
    (
        rec.UkStreetAddressRecognizer,
        "Rose Cottage\nChurch Lane\nSkipton",
        ["Rose Cottage\nChurch Lane"],
    ),
    (rec.UkStreetAddressRecognizer, "27 Kingsway, Bradford BD7 1AB", ["27 Kingsway"]),
    (rec.UkStreetAddressRecognizer, "St John's Road is closed", []),  # a street, no address
    (rec.UkStreetAddressRecognizer, "On 12 March, I wrote\nLeeds LS1 1AA", []),
    (
        rec.UkLocalityRecognizer,
        "12 Acacia Road, Headingley, Leeds LS6 3AB",
        ["Headingley", "Leeds"],
    ),
    (
        rec.UkLocalityRecognizer,
        "12 Acacia Road\nHeadingley\nLEEDS\nLS6 3AB",
        ["Headingley", "LEEDS"],
    ),
    (rec.UkLocalityRecognizer, "I moved to Bury St Edmunds last year", ["Bury St Edmunds"]),
    (rec.NameCueRecognizer, "Dear Mrs Jean Walker,", ["Jean Walker"]),
    (rec.NameCueRecognizer, "Yours sincerely,\n\nJane Smith", ["Jane Smith"]),
    (rec.NameCueRecognizer, "My name is Łukasz Wójcik and", ["Łukasz Wójcik"]),
    (  # a date of birth in brackets after each child does not end the list (heldout4)
        rec.NameCueRecognizer,
        "with my children Aurelio (04/08/2013), Ottilie (17 May 2015), Bram Fenwick (30.1.2018).",
        ["Aurelio", "Ottilie", "Bram Fenwick"],
    ),
    (rec.NameCueRecognizer, "my son Tom is unwell", ["Tom"]),
    (rec.NameCueRecognizer, "my 3 kids (Aisha 9, Bilal 6 and Zara 2)", ["Aisha", "Bilal", "Zara"]),
    (rec.NameCueRecognizer, "I spoke to Karen at the Jobcentre", ["Karen"]),
    (rec.NameCueRecognizer, "Full name: JANE O'NEILL\n", ["JANE O'NEILL"]),
    (rec.NameCueRecognizer, "Dear Sir or Madam,\nDear Housing Team,", []),
    (rec.NameCueRecognizer, "my landlord Leeds City Council", []),
]


@pytest.mark.parametrize(
    "cls,text,expected",
    RECOGNIZER_CASES,
    ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(RECOGNIZER_CASES)],
)
def test_recognizer(cls, text, expected):
    assert sorted(find(cls(), text)) == sorted(expected)


def test_unneeded_recognizers_are_not_loaded():
    names = {type(r).__name__ for r in rec.build_recognizers()}
    assert not any(n.startswith(("Us", "Au", "In", "Es", "It", "Sg")) for n in names)
    assert {type(r).__name__ for r in rec.build_recognizers(["UK_NINO"])} == {
        "UkNinoNumberRecognizer",
        "FormFieldRecognizer",
        "SpokenIdentifierRecognizer",  # an NI number read back in the NATO alphabet
        "MachineExportRecognizer",  # an NI number under an export's key or column
    }


def test_phone_region_is_gb():
    assert rec.UkPhoneRecognizer().supported_regions == ("GB",)


# --------------------------------------------------------------------------- offline email
def test_email_validation_never_touches_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    import tldextract

    fresh = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    assert fresh("someone@example.co.uk").fqdn == "example.co.uk"
    recognizer = rec.OfflineEmailRecognizer()
    assert find(recognizer, "mail me at a.person@btinternet.com or x@bbc.co.uk") == [
        "a.person@btinternet.com",
        "x@bbc.co.uk",
    ]


def test_redactor_email_offline(redactor, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    out = redactor.redact(Letter(id="e", text="Email me at jo.bloggs@gmail.com please."))
    assert out.redacted_text == "Email me at <EMAIL_ADDRESS_1> please."


# --------------------------------------------------------------------------- redactor
LETTER = (
    "Flat 3\n12 Acacia Road\nHeadingley\nLeeds\nLS6 3AB\n\n14 March 2024\n\n"
    "Dear Sir or Madam,\n\nMy name is Sarah Thompson and I was born on 12/03/1985. "
    "My NI number is AB 12 34 56 C (again: ab123456c). I spoke to Karen on 3 May 2024. "
    "Please call me on 07700 900123. The deadline is 28/02/2025 and I owe £1,245.50.\n\n"
    "Yours faithfully,\nSarah Thompson"
)


def test_redact_letter(redactor):
    out, values = redactor.redact_with_values(Letter(id="L1", text=LETTER))
    assert isinstance(out, RedactedLetter) and out.id == "L1"
    text = out.redacted_text
    assert text.startswith("<STREET_ADDRESS_1>\n<LOCATION_1>\n<LOCATION_2>\n<UK_POSTCODE_1>\n")
    for kept in ("14 March 2024", "3 May 2024", "28/02/2025", "£1,245.50", "Dear Sir or Madam"):
        assert kept in text  # ordinary dates and amounts stay for later stages
    for value in (
        "Sarah",
        "Thompson",
        "AB 12 34 56 C",
        "ab123456c",
        "12/03/1985",
        "Karen",
        "07700 900123",
        "Acacia",
        "LS6 3AB",
    ):
        assert value not in text
    # same value (case / spacing normalised) -> same placeholder
    assert text.count("<UK_NINO_1>") == 2 and "<UK_NINO_2>" not in text
    assert text.count("<PERSON_1>") == 2 and "<PERSON_2>" in text
    assert values["<PERSON_1>"] == "Sarah Thompson"
    assert values["<UK_NINO_1>"] == "AB 12 34 56 C"


def test_offsets_index_the_original_text(redactor):
    out, values = redactor.redact_with_values(Letter(id="L1", text=LETTER))
    rebuilt, pos = [], 0
    for e in out.entities:
        assert 0 <= e.start < e.end <= len(LETTER) and e.start >= pos
        rebuilt.append(LETTER[pos : e.start])
        rebuilt.append(e.placeholder)
        pos = e.end
        assert e.placeholder in values
    rebuilt.append(LETTER[pos:])
    assert "".join(rebuilt) == out.redacted_text
    first = {}
    for e in out.entities:
        first.setdefault(e.placeholder, LETTER[e.start : e.end])
    assert first == values


def test_values_never_on_the_record(redactor):
    out = redactor.redact(Letter(id="L1", text=LETTER))
    dumped = out.model_dump_json()
    assert "Thompson" not in dumped and "07700" not in dumped


def test_nothing_logged(redactor, caplog):
    with caplog.at_level(logging.DEBUG):
        redactor.redact(Letter(id="L1", text=LETTER))
        list(redactor.redact_many([Letter(id="L2", text=LETTER)]))
    for record in caplog.records:
        message = record.getMessage()
        assert "Thompson" not in message and "AB 12 34 56 C" not in message


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "I live at 12 Acacia Road, Leeds LS6 3AB.",
            "I live at <STREET_ADDRESS_1>, <LOCATION_1> <UK_POSTCODE_1>.",
        ),
        (
            "Address: 27 Kingsway, Bradford BD7 1AB",
            "Address: <STREET_ADDRESS_1>, <LOCATION_1> <UK_POSTCODE_1>",
        ),
        ("Mrs Patel and Mr Patel", "Mrs <PERSON_1> and Mr <PERSON_1>"),
        ("IBAN GB29 NWBK 6016 1331 9268 19 ok", "IBAN <IBAN_CODE_1> ok"),
        ("Card 4111 1111 1111 1111, exp 12/27", "Card <CREDIT_CARD_1>, exp 12/27"),
    ],
)
def test_overlaps_resolved_without_garbling(redactor, text, expected):
    assert redactor.redact(Letter(id="o", text=text)).redacted_text == expected


def test_resolve_overlaps_rules():
    text = "Jane Smith 12 Pritchard Road AB123456C"
    spans = [
        _Span("PERSON", 0, 10, 0.85),
        _Span("PERSON", 14, 23, 0.85),  # "Pritchard" inside the address
        _Span("STREET_ADDRESS", 11, 28, 0.7),
        _Span("PERSON", 24, 38, 0.9),  # a sloppy span over an identifier
        _Span("UK_NINO", 29, 38, 0.6),
    ]
    out = [(s.type, text[s.start : s.end]) for s in resolve_overlaps(text, spans)]
    assert out == [
        ("PERSON", "Jane Smith"),
        ("STREET_ADDRESS", "12 Pritchard Road"),
        ("UK_NINO", "AB123456C"),
    ]


def _resolved_with_scraps(text, spans, allowed=()):
    with collecting_scraps() as scraps:
        out = resolve_overlaps(text, spans)
    return hide_scraps(text, out, scraps, allowed)


@pytest.mark.parametrize(
    ("text", "spans", "allowed", "expected"),
    [
        # a sloppy name one letter longer than the NI number that wins: its "C" was dropped as
        # too small a piece and left in clear
        (
            "NI: AB123456C thanks",
            [_Span("UK_NINO", 4, 12, 0.9), _Span("PERSON", 4, 13, 0.5)],
            [],
            [("UK_NINO", "AB123456C")],
        ),
        # a street's house number cut off by a postcode read inside it: digits alone are no
        # street of their own, and still not left in clear
        (
            "at 12 SW1A 2AA now",
            [_Span("UK_POSTCODE", 6, 14, 0.9), _Span("STREET_ADDRESS", 3, 14, 0.5)],
            [],
            [("UK_POSTCODE", "12 SW1A 2AA")],
        ),
        # the scrap lies inside the deployment's own phrase: it stays as it is
        (
            "at 12 SW1A 2AA now",
            [_Span("UK_POSTCODE", 6, 14, 0.9), _Span("STREET_ADDRESS", 3, 14, 0.5)],
            [(3, 5)],
            [("UK_POSTCODE", "SW1A 2AA")],
        ),
    ],
    ids=["nino-letter", "house-number", "allowed"],
)
def test_scraps_cut_off_by_an_overlap_are_hidden_with_their_neighbour(
    text, spans, allowed, expected
):
    out = _resolved_with_scraps(text, spans, allowed)
    assert [(s.type, text[s.start : s.end]) for s in out] == expected


def test_resolve_overlaps_alone_keeps_no_scrap():
    # outside a letter's analysis nothing is collected, and resolve_overlaps keeps its contract
    text = "NI: AB123456C thanks"
    out = resolve_overlaps(text, [_Span("UK_NINO", 4, 12, 0.9), _Span("PERSON", 4, 13, 0.5)])
    assert [(s.type, text[s.start : s.end]) for s in out] == [("UK_NINO", "AB123456")]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    text=st.text(alphabet="ab1 ,.-£\n", min_size=1, max_size=40),
    raw=st.lists(
        st.tuples(
            st.sampled_from(["UK_NINO", "UK_POSTCODE", "STREET_ADDRESS", "PERSON", "LOCATION"]),
            st.integers(0, 40),
            st.integers(1, 12),
            st.floats(0.1, 1.0),
        ),
        max_size=6,
    ),
)
def test_overlaps_then_scraps_hide_every_character_any_span_found(text, raw):
    # whatever wins, every letter and digit some span covered stays covered
    spans = [
        _Span(kind, min(a, len(text)), min(a + n, len(text)), score)
        for kind, a, n, score in raw
        if a < len(text)
    ]
    covered = {i for s in spans for i in range(s.start, s.end) if text[i].isalnum()}
    out = _resolved_with_scraps(text, spans)
    assert covered <= {i for s in out for i in range(s.start, s.end)}
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))  # disjoint, in order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recogniser read a stray digit before the number with it ("N0" for "No" in a scan);
        # a shorter reading won, and the digit it cut off was left in clear
        ("My NHS N0 703-449-2115 is on the card.", "My NHS N<UK_NHS_1> is on the card."),
        ("My passport n0. 708570793 is enclosed.", "My passport n<UK_PASSPORT_1> is enclosed."),
    ],
)
def test_a_found_values_scrap_is_not_left_in_clear(redactor, text, expected):
    assert redactor.redact(Letter(id="s", text=text)).redacted_text == expected


def test_redact_many_equals_redact(redactor):
    rows = generate_uk_pii_set(40, seed=7)
    letters = [Letter(id=r["id"], text=r["text"]) for r in rows]
    letters.insert(5, Letter(id="blank", text="  \n "))
    batched = list(redactor.redact_many(letters, batch_size=8))
    single = [redactor.redact(letter) for letter in letters]
    assert batched == single
    assert [b.id for b in batched] == [letter.id for letter in letters]


def test_redact_many_streams(redactor):
    pulled = []

    def source():
        for i in range(1000):
            pulled.append(i)
            yield Letter(id=str(i), text=f"Call Mrs Jones on 07700 900{i % 1000:03d}.")

    stream = redactor.redact_many(source(), batch_size=4)
    first = next(stream)
    assert first.id == "0" and len(pulled) <= 4
    stream.close()


def test_empty_text_needs_no_model():
    lazy = Redactor("no-such-model-is-needed")
    for text in ("", "   \n\t"):
        out, values = lazy.redact_with_values(Letter(id="x", text=text))
        assert out.entities == () and out.redacted_text == text and values == {}
    assert not lazy.is_loaded


def test_constructor_is_lazy():
    lazy = Redactor("no-such-model", score_threshold=0.5, max_chars=10, entities=["UK_NINO"])
    assert not lazy.is_loaded and lazy.max_chars == 10 and lazy.entities == ("UK_NINO",)
    with pytest.raises(ValueError):
        Redactor("x", entities=["US_SSN"])


def test_letter_too_long(redactor):
    small = Redactor(redactor.spacy_model, max_chars=50)
    small._analyzer = redactor._analyzer  # share the loaded engine
    with pytest.raises(LetterTooLong) as info:
        small.redact(Letter(id="long-1", text="x" * 51))
    assert isinstance(info.value, ValueError)
    assert info.value.letter_id == "long-1" and info.value.limit == 50
    assert "long-1" in str(info.value) and "51" in str(info.value)
    out = []
    with pytest.raises(LetterTooLong):
        for item in small.redact_many(
            [
                Letter(id="a", text="Mrs Jones"),
                Letter(id="b", text="y" * 60),
                Letter(id="c", text="never reached"),
            ]
        ):
            out.append(item.id)
    assert out == ["a"]
    assert small.redact(Letter(id="ok", text="x" * 50)).redacted_text == "x" * 50


def test_entity_subset(redactor):
    only = Redactor(redactor.spacy_model, entities=["UK_POSTCODE"]).load()
    out = only.redact(Letter(id="s", text="Jane Smith, LS6 3AB, AB 12 34 56 C"))
    assert out.redacted_text == "Jane Smith, <UK_POSTCODE_1>, AB 12 34 56 C"


def test_build_redactor_reads_settings(settings):
    from redaction import build_redactor

    built = build_redactor(settings)
    assert built.spacy_model == settings.spacy_model
    assert built.score_threshold == settings.redaction_score_threshold
    assert built.max_chars == settings.max_letter_chars
    assert not built.is_loaded


# --------------------------------------------------------------------------- synthetic data
def test_synthetic_generator_is_deterministic_and_consistent():
    rows = generate_uk_pii_set(60, seed=3)
    assert rows == generate_uk_pii_set(60, seed=3)
    assert rows != generate_uk_pii_set(60, seed=4)
    templates = {r["id"].rsplit("-", 1)[-1] for r in rows}
    assert len(templates) >= 5
    for row in rows:
        assert set(row) == {"id", "text", "spans", "synthetic"} and row["synthetic"] is True
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip()
            if span["type"] == "UK_NHS":
                assert rec.NhsNumberRecognizer().validate_result(value)
            if span["type"] == "UK_NINO":
                assert rec.UkNinoNumberRecognizer().validate_result(value) is None


def test_identifier_generators_follow_the_rules():
    import random

    rng = random.Random(0)
    for _ in range(200):
        assert rec.NhsNumberRecognizer().validate_result(nhs_number(rng))
        value = nino(rng)
        assert value[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
        assert value[0] not in "DFIQUV" and value[1] not in "DFIOQUV" and value[-1] in "ABCD"


# --------------------------------------------------------------------------- metrics
def test_metrics_counting():
    rows = [
        {
            "id": "1",
            "text": "Jane Smith lives at 1 Main Road, Leeds LS1 1AA; ACME Ltd.",
            "spans": [
                {"type": "PERSON", "start": 0, "end": 10},
                {"type": "STREET_ADDRESS", "start": 20, "end": 31},
                {"type": "GPE", "start": 33, "end": 38},
                {"type": "ZIP_CODE", "start": 39, "end": 46},
                {"type": "ORGANIZATION", "start": 48, "end": 56},
            ],
        }
    ]
    predicted = [
        [
            {"type": "PERSON", "start": 0, "end": 4},  # partial: still a hit
            {"type": "LOCATION", "start": 33, "end": 38},
            {"type": "PERSON", "start": 48, "end": 52},
        ]
    ]  # FP on an organisation
    result = evaluate_redaction(rows, predicted)
    per = result["per_type"]
    assert per["PERSON"]["recall"] == 1.0 and per["PERSON"]["precision"] == 0.5
    assert per["LOCATION"]["recall"] == 1.0 and per["LOCATION"]["precision"] == 1.0
    assert per["STREET_ADDRESS"]["recall"] == 0.0 and per["UK_POSTCODE"]["support"] == 1
    assert result["overall"]["precision"] == pytest.approx(2 / 3)
    assert result["overall"]["recall"] == pytest.approx(2 / 4)
    f2 = result["per_type"]["PERSON"]["f2"]
    assert f2 == pytest.approx(5 * 0.5 * 1.0 / (4 * 0.5 + 1.0))
    assert result["ignored_gold"] == {"ORGANIZATION": 1}
    assert result["fp_on_ignored"] == {"ORGANIZATION": 1}
    assert result["missed_by_type"] == {"STREET_ADDRESS": 1, "UK_POSTCODE": 1}
    assert result["any_pii"]["overlap"] == 0.5 and result["any_pii"]["covered"] == 0.25
    dumped = json.dumps(result)
    for value in ("Jane", "Main Road", "LS1 1AA", "ACME"):
        assert value not in dumped  # types and rates only
    assert "PERSON" in format_report(result)


def test_metric_loaders(tmp_path):
    presidio = [
        {
            "full_text": "Call John on 555",
            "spans": [
                {
                    "entity_type": "PERSON",
                    "entity_value": "John",
                    "start_position": 5,
                    "end_position": 9,
                }
            ],
        }
    ]
    (tmp_path / "p.json").write_text(json.dumps(presidio))
    rows = load_presidio_research(tmp_path / "p.json")
    assert rows[0]["text"] == "Call John on 555"
    assert rows[0]["spans"] == [{"type": "PERSON", "start": 5, "end": 9}]
    synth = generate_uk_pii_set(3, seed=0)
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps(r) for r in synth) + "\n")
    assert load_jsonl(tmp_path / "s.jsonl") == synth


# --------------------------------------------------------------------------- quality gate
GATED = [
    "UK_NINO",
    "UK_NHS",
    "UK_POSTCODE",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "UK_SORT_CODE",
    "UK_BANK_ACCOUNT",
    "UK_PASSPORT",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
]


def test_quality_gate_on_synthetic_uk_letters(redactor):
    rows = generate_uk_pii_set(300, seed=1)
    predicted = list(redactor.redact_many(Letter(id=r["id"], text=r["text"]) for r in rows))
    result = evaluate_redaction(rows, predicted)
    report = format_report(result, "synthetic UK set, n=300, seed=1")
    per = result["per_type"]
    for entity in GATED:
        assert per[entity]["support"] >= 20, report
        assert per[entity]["recall"] >= 0.98, report
    assert per["PERSON"]["recall"] >= 0.95, report
    assert result["overall"]["precision"] >= 0.85, report
    assert result["any_pii"]["covered"] >= 0.97, report


def test_presidio_research_file(redactor, shared_data):
    path = shared_data / "pii" / "presidio_synth_dataset_v2.json"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    rows = load_presidio_research(path, limit=200)
    predicted = list(redactor.redact_many(Letter(id=r["id"], text=r["text"]) for r in rows))
    result = evaluate_redaction(rows, predicted)
    assert result["n_rows"] == 200
    assert result["overall"]["support"] > 200
    assert "ORGANIZATION" in result["ignored_gold"]
    for block in result["per_type"].values():
        for key in ("precision", "recall", "f2"):
            assert block[key] is None or 0.0 <= block[key] <= 1.0
    # sane, not tuned: US-flavoured data, UK recognizers
    assert result["per_type"]["EMAIL_ADDRESS"]["recall"] >= 0.9
    assert result["per_type"]["PERSON"]["recall"] >= 0.4
    assert result["overall"]["precision"] >= 0.6


# --------------------------------------------------------------------------- fails closed
# Each row was found leaking (issue: redaction that fails closed): the values must not survive.
LEAKS = [
    (
        "Dear Council Tax Team,\nMargaret Thornbury of 14 Acacia Avenue, Sheffield S10 2TN has been "
        "overcharged.\nHer carer Gareth Llewellyn-Jones lives at 221 Stratford Road, Birmingham "
        "B33 8TH.",
        [
            "Margaret",
            "Thornbury",
            "Acacia",
            "Sheffield",
            "S10 2TN",
            "Gareth",
            "Stratford",
            "Birmingham",
            "B33 8TH",
        ],
    ),
    (
        "My NHS appointment was cancelled. I live at 5 Rose Street,\nEdinburgh EH1 1YZ.\n"
        "Regards, Priya Ramaswamy",
        ["Rose Street", "Edinburgh", "EH1 1YZ", "Priya"],
    ),
    ("My NI number is AB\u200b123456C.", ["AB\u200b123456C", "123456"]),
    ("Postcode SW1A\u00a02AA please", ["SW1A"]),
    ("NI ＡＢ１２３４５６Ｃ, mobile ０７７００ ９００１２３", ["１２３４５６", "９００１２３"]),
    ("My NI number is QQ123456C.", ["QQ123456C"]),
    ("I live at 88 Heol y Frenhines, Cardiff CF10 3AB.", ["Heol", "Frenhines", "Cardiff"]),
    (
        "I am Jane Smith, 12/03/1985, and I live at 14 Acacia Avenue, Westward Ho!",
        ["Jane", "12/03/1985", "Acacia", "Westward"],
    ),
    ("I live at 5 Rose Street, Much Wenlock.", ["Rose Street", "Much Wenlock"]),
    ("Call me on 07700\u2011900\u2011123 or 07700\u00ad900456", ["900", "456"]),
    ("NI number АB 12 34 56 C", ["12 34 56"]),  # a Cyrillic А among Latin letters
]


@pytest.mark.parametrize("text,values", LEAKS, ids=[f"leak-{i}" for i in range(len(LEAKS))])
def test_no_value_survives(redactor, text, values):
    out = redactor.redact(Letter(id="leak", text=text)).redacted_text
    for value in values:
        assert value not in out, out


def test_invisible_characters_are_inside_the_placeholder(redactor):
    text = "NI: AB\u200b12\u200b34\u200b56C, postcode LS6\u00a03AB."
    out, values = redactor.redact_with_values(Letter(id="z", text=text))
    assert out.redacted_text == "NI: <UK_NINO_1>, postcode <UK_POSTCODE_1>."
    assert values == {
        "<UK_NINO_1>": "AB\u200b12\u200b34\u200b56C",
        "<UK_POSTCODE_1>": "LS6\u00a03AB",
    }
    for e in out.entities:  # offsets still index the original text
        assert text[e.start : e.end] == values[e.placeholder]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Your partner Regin-\nald Ruane (born 18 Apr 2004)", "Regin-\nald Ruane"),
        ("at 90 Shu-\n  ttle Street, Kirkby, in the café", "90 Shu-\n  ttle Street"),
        ("née Ñúñez-\nlópez, born 3 May 1950", "3 May 1950"),  # the slow (non-ASCII) path
    ],
)
def test_a_word_hyphenated_at_a_line_end_is_redacted_whole(redactor, text, value):
    """The hyphen and line break the normaliser removes are inside the placeholder, and the
    offsets still index the original text."""
    out, values = redactor.redact_with_values(Letter(id="hy", text=text))
    assert value in values.values(), values
    for e in out.entities:
        assert text[e.start : e.end] == values[e.placeholder]


def test_same_value_written_two_ways_gets_one_placeholder(redactor):
    out = redactor.redact(Letter(id="s", text="NI AB123456C, again: ＡＢ１２３４５６Ｃ"))
    assert out.redacted_text.count("<UK_NINO_1>") == 2


def test_placeholders_cannot_be_forged(redactor):
    text = "My name is <PERSON_1> and my neighbour is John Smith. See <UK_NINO_7>."
    out, values = redactor.redact_with_values(Letter(id="p", text=text))
    assert values == {"<PERSON_1>": "John Smith"}
    assert out.redacted_text == (
        "My name is ‹PERSON_1› and my neighbour is <PERSON_1>. See ‹UK_NINO_7›."
    )
    placeholders = set(re.findall(r"<[A-Z_]+_\d+>", out.redacted_text))
    assert placeholders == set(values)


@pytest.mark.parametrize(
    "text",
    [
        "You can claim Bereavement Support Payment if your partner died.",
        "I get Winter Fuel Payment and Attendance Allowance.",
        "Is Carers Allowance affected by Pension Credit?",
        # the NER retrained in round 4 took "Bereavement" for a name here (a drafted reply)
        "If you live in Northern Ireland, tell the Bereavement Benefits section instead. [1]",
    ],
)
def test_service_vocabulary_is_not_a_name(redactor, text):
    assert redactor.redact(Letter(id="v", text=text)).redacted_text == text


def test_deployment_terms_are_not_names(redactor):
    from redaction import Redactor

    text = "Ask the Thornbury Outreach Hub about Jane Smith."
    plain = redactor.redact(Letter(id="t", text=text)).redacted_text
    assert "Jane" not in plain
    told = Redactor(redactor.spacy_model, service_terms=["Thornbury Outreach Hub"])
    told._analyzer = redactor._analyzer
    out = told.redact(Letter(id="t", text=text)).redacted_text
    assert out == "Ask the Thornbury Outreach Hub about <PERSON_1>."


def test_organisation_address_is_kept_only_when_allow_listed(redactor):
    from redaction import Redactor

    letter = Letter(
        id="a",
        text="Council Tax Office\nCivic Centre\nSilver Street\nEnfield\n"
        "EN1 3XA\n\nDear Sir,\nI live at 3 Mill Lane, Enfield EN2 6AB.",
    )
    blocked = redactor.redact(letter).redacted_text
    assert "EN1 3XA" not in blocked and "EN2 6AB" not in blocked  # fails closed by default
    allowed = Redactor(
        redactor.spacy_model, allow_list=["Civic Centre, Silver Street, Enfield EN1 3XA"]
    )
    allowed._analyzer = redactor._analyzer
    out = allowed.redact(letter).redacted_text
    assert out.startswith("Council Tax Office\nCivic Centre\nSilver Street\nEnfield\nEN1 3XA\n")
    assert "Mill Lane" not in out and "EN2 6AB" not in out  # the person's address still goes
    # a partial quote of the allowed address is not the allowed address
    partial = allowed.redact(Letter(id="b", text="I moved to Enfield EN1 3XA.")).redacted_text
    assert "EN1 3XA" not in partial


@pytest.mark.parametrize(
    "text,kept",
    [
        (
            "The deadline is 28/02/2025 and my appointment is on 3 May 2024.",
            ["28/02/2025", "3 May 2024"],
        ),
        ("I spoke to Karen on 3 May 2024 about it.", ["3 May 2024"]),
    ],
)
def test_other_dates_stay_readable(redactor, text, kept):
    out = redactor.redact(Letter(id="d", text=text)).redacted_text
    for value in kept:
        assert value in out


# --------------------------------------------------------------------------- layouts
# Shapes found while measuring on the UK layout sets: each was leaking before its fix.
LAYOUT_CASES = [
    # (text, values that must not survive)
    (
        "hi its chiamaka oyelaran from 3 lôn glan môr ll30 0qy my ni is wm700149d",
        ["chiamaka", "oyelaran", "lôn glan", "ll30", "wm700149d"],
    ),
    (
        "Name | DOB | NHS number\n--- | --- | ---\nLachlan Fitzpatrick | 5th March 1959 | 742-702-5156",
        ["Lachlan", "1959", "742-702"],
    ),
    (
        "First name(s)\nErrol\nSurname\nDacres\nDate of birth\n1986-03-03",
        ["Errol", "Dacres", "1986"],
    ),
    (
        "2/9/2024 18:47  Queue: Revenues  Agent: E McKenzie\nCaller: Wilson, Darren (customer)",
        ["McKenzie", "Wilson", "Darren"],
    ),
    (
        "[9:04] Agent (Grzegorz): Can I take your National Insurance number please?\n"
        "[9:05] Customer: QQ123456C\n[9:07] Customer: mob +44 7700 900759",
        ["Grzegorz", "QQ123456C", "900759"],
    ),
    (
        "MY NAME IS ABDUL HUGHES AND I LIVE AT 159 MEADOW WAY, LEEDS LS6 3AB. MY DRIVING LICENCE "
        "(BHATT 304265 GR9ES) SHOWS THIS ADDRESS.",
        ["ABDUL", "HUGHES", "MEADOW", "LEEDS", "304265"],
    ),
    ("Tel: O77OO 9OO123, NI: AB 12 3O 56 C", ["9OO123", "3O 56"]),
    (
        "The children's NHS numbers are Andreea - 7286731572 and Ionuț - 614-762-2935.",
        ["Andreea", "7286731572", "Ionuț", "614-762"],
    ),
    ("Can someone come and look?\n\nthanks, margaret c\n", ["margaret"]),
    (
        "Kind regards,\nNia\n\n--\n<b>Nia ap Gruffydd</b><br>\nHome: 16/3 Leith Walk, Ecclefechan "
        "DG11 9EE<br>",
        ["Nia", "Gruffydd", "Leith", "Ecclefechan"],
    ),
    (
        "Dear Sirs,\n\nMy name it is Harpreet Mahmood, I am borned in 16.07.1957 and I come to UK.",
        ["Harpreet", "16.07.1957"],
    ),
    ("I have rung 0300 555 0188 twice.\nZubair\n\nOn 12 May 2024, Housing wrote:", ["Zubair"]),
    ("Ruaridh O'Brien\n21 Bruntsfield Place\nMotherwell\nML1 2AB", ["Ruaridh", "Bruntsfield"]),
    (
        "- Idris McAllister, Flat 14, a leak through the ceiling\n- Mx Mohamed in flat 9",
        ["Idris", "Flat 14", "flat 9"],
    ),
]


@pytest.mark.parametrize(
    "text,values", LAYOUT_CASES, ids=[f"layout-{i}" for i in range(len(LAYOUT_CASES))]
)
def test_layout_shapes_are_redacted(redactor, text, values):
    out = redactor.redact(Letter(id="l", text=text)).redacted_text
    for value in values:
        assert value not in out, out


@pytest.mark.parametrize("family", ["dev", "dev2", "heldout"])
def test_quality_gate_on_uk_layouts(redactor, family):
    """The issue's targets on the UK layout families the recognisers were tuned on (heldout2,
    written afterwards, is only reported: see the README)."""
    from evaluation.synthetic.uk_layouts import generate_uk_layout_set, organisation_contacts
    from redaction import Redactor

    rows = generate_uk_layout_set(300, seed=5, family=family)
    told = Redactor(redactor.spacy_model, allow_list=organisation_contacts())
    told._analyzer = redactor._analyzer
    predicted = list(told.redact_many(Letter(id=r["id"], text=r["text"]) for r in rows))
    result = evaluate_redaction(rows, predicted)
    report = format_report(result, f"UK layouts {family}, n=300, seed=5")
    per = result["per_type"]
    for entity in GATED + ["UK_DRIVING_LICENCE"]:
        assert per[entity]["recall"] >= 0.97, report
    assert per["PERSON"]["recall"] >= 0.95, report
    assert per["LOCATION"]["recall"] >= 0.95, report
    assert result["overall"]["precision"] >= 0.9, report


# --------------------------------------------------------------------------- heldout2 layouts
# Found by reading what the fresh heldout2 family (written blind to the recognisers) leaked or
# over-redacted; the values here are new, the shapes are those. (text, must go, must stay)
HELDOUT2_SHAPES = [
    (
        "[02/05/2024, 09:14] Niamh Okafor: did you send the form\n[02/05/2024, 09:20] Tadhg Okafor:"
        " not yet\n[02/05/2024, 09:31] Niamh Okafor: ok",
        ["Niamh", "Tadhg", "Okafor"],
        ["did you send the form"],
    ),
    (
        "12/01/2025, 21:03 - Bronwen Price: hiya\n12/01/2025, 21:05 - Kofi: what is your ni\n",
        ["Bronwen", "Price", "Kofi"],
        ["hiya"],
    ),
    ("Page 1 of 3      Initials: K.M.\n\nSigned", ["K.M."], ["Page 1 of 3"]),
    ("Initials: RJ\n", ["RJ"], []),
    (
        "my date of birth is the October the 4th 1951 and my national insurance",
        ["October the 4th 1951"],
        [],
    ),
    ("please refund it to 20-45-77 1234 5678. Thanks", ["20-45-77", "1234 5678"], ["refund"]),
    ("please pay 304412 88776655 thanks", ["304412", "88776655"], []),
    ("Morag: 20/45/77 acc 12345678", ["20/45/77", "12345678"], []),
    (
        "Please send the letters to my new address, which is below.\n"
        "> Address:\n> Bryn Awel\n> Llanberis\n> Gwynedd\n> LL55 4TY\n",
        ["Bryn Awel", "Llanberis", "Gwynedd", "LL55 4TY"],
        ["Address"],
    ),
    (
        ">> Address:\n>> 22/1 Leith Walk\n>> Portobello\n>> Edinburgh\n>> EH6 5QP\n",
        ["Leith", "Portobello", "Edinburgh", "EH6"],
        [],
    ),
    (
        "hi i am writing about my mum olwen prydderch she lives at 4 Mill Lane Bishops Castle",
        ["olwen", "prydderch", "Mill Lane", "Bishops Castle"],
        ["writing about my mum"],
    ),
    (
        "From the office of Rhodri Vaughan-Price MP\nMember of Parliament for Somewhere",
        ["Rhodri", "Vaughan-Price"],
        ["Member of Parliament"],
    ),
    (
        "Referrer: Siobhan Keane (Social Worker)\nThe referral is about the family's housing and "
        "the rent arrears.\n",
        ["Siobhan", "Keane"],
        ["Social Worker"],
    ),
    ("Dear Overpayments Team,\nmy son did the form", [], ["Overpayments"]),
    (
        "[ ] Tick to get updates by email\nTick the boxes that apply",
        [],
        ["Tick to get", "Tick the boxes"],
    ),
    (
        "Switchboard: 0161 496 0000\nVoicemail for: Rates Team\nReceived: 28 Dec 2024 17:38",
        [],
        ["Switchboard", "Voicemail for", "Received"],
    ),
    (
        "she lives at 60 Broadway Tenby and her date of birth is 4 May 1950",
        ["Tenby"],
        ["and her date"],
    ),
    (
        "i live at 206 Maryhill Road in Kirkcaldy postcode KY1 7TZ could somebody ring me",
        ["Kirkcaldy", "KY1"],
        ["could somebody ring me"],
    ),
    ("Send it to 12 Mill Lane. I am writing again", [], ["I am writing again"]),
    ("I live at 5 Rose Street Please call me", [], ["Please call me"]),
    ("lives at 4 Station Road in Stow-on-the-Wold, Glos", ["Stow-on-the-Wold"], []),
    (
        "[16/03/2024, 19:42] Aoife Brennan: ok send me your ni number and date of birth\n"
        "[16/03/2024, 19:53] Cathal Brennan: ni is PA 30 52 86 A\n"
        "[16/03/2024, 19:57] Cathal Brennan: 30 April 1964\n",
        ["30 April 1964", "Cathal"],
        [],
    ),
    (
        "[16/03/2024, 19:42] Aoife Brennan: when is the appointment\n"
        "[16/03/2024, 19:57] Cathal Brennan: 30 April 2025\n",
        ["Cathal"],
        ["30 April 2025"],
    ),
]
# Then the same for the heldout3 family (written blind to the recognisers after heldout2).
HELDOUT3_SHAPES = [
    (
        "[18th november, 2026, 23:35] ffion: did u send the form off\n[19 nov 2026, 20:43] me: and "
        "dob\n[19 nov 2026, 20:45] ffion: 1961/05/03 lol u should know that\n",
        ["ffion", "1961/05/03"],
        ["me: and dob", "did u send"],
    ),
    (
        "This is the council tax reduction form as the applicant submitted it online:\n"
        "q2_SURNAME_family_name = CALLOWAY\nq3_dob_ddmmyyyy = 14.02.1958\nq5c_town = Keswick\n"
        "q11_landlord_or_agent:\tPing Lau\nq12_refund_acct_name:\tR OYELARAN\nq12_sc:\t30-9-41\n"
        "q12_acc_no:\t66120984\n",
        ["CALLOWAY", "14.02.1958", "Keswick", "Ping Lau", "OYELARAN", "30-9-41", "66120984"],
        ["q2_SURNAME_family_name", "q12_sc"],
    ),
    (
        "12 Nov  FPI CALLOWAY, Bernard 77-21-62 ACCT NO 82332496 REF 711363  21.30\n"
        "01 Oct  FASTER PAYMENT TO J MBEKI 771993 ACCT NO 8980 8506 REF MUM  169.90\n"
        "My own account: s/c 20 73 86 a/c 502 07584\n",
        [
            "CALLOWAY",
            "Bernard",
            "77-21-62",
            "82332496",
            "MBEKI",
            "771993",
            "8980 8506",
            "20 73 86",
            "502 07584",
        ],
        ["FASTER PAYMENT TO", "REF MUM"],
    ),
    (
        "│ Name │ ORLA DEVENNEY\n│ Date of birth │ 23/11/1983\n│ NI number │ lm415399 d\n",
        ["DEVENNEY", "23/11/1983", "lm415399"],
        ["Date of birth"],
    ),
    (
        "Children in the household:\n  1. KWAME ASANTE-BOAKYE (born 22 Jun 2016) - Year 4\n"
        "  2. Lowri\t26 FEB 2014 - Year 7 at Ysgol Bro\n",
        ["KWAME", "ASANTE", "22 Jun 2016", "Lowri", "26 FEB 2014"],
        ["Year 7"],
    ),
    ("My health number is 697 678 9652.\n", ["9652"], ["My health number is"]),
    ("ID: driving licence DARWI-355198-LH9WE\n", ["DARWI-355198-LH9WE", "355198"], []),
    (
        "We, the undersigned residents of Ballyhornan, wish to complain. Dw i'n byw yn Llanrug now.",
        ["Ballyhornan", "Llanrug"],
        ["wish to complain"],
    ),
]

# Then the heldout4 family (round 3): each row is one shape of real correspondence the
# recognisers missed there, written with names, places and numbers that are not in that set.
HELDOUT4_SHAPES = [
    (  # a screenshot of social media messages: handles, and first names in chatty cues
        "Messenger · 3 Dec 2026\n\n@tamsinvoyle82  9:14pm\nhiya cllr Brannock its Tamsin "
        "from 4 Quarry Bank 😩 my little one Oisin keeps getting chest infections\n\n"
        "@perrin.gaudry.41 replied:\nTamsin tag @hollis_wend they sorted mine x\n",
        ["tamsinvoyle82", "perrin.gaudry.41", "hollis_wend", "Brannock", "Oisin", "4 Quarry Bank"],
        ["chest infections", "Messenger · 3 Dec 2026"],
    ),
    (  # a household table pasted from a spreadsheet as CSV, quoted cells and all
        "Please add us to the claim.\n\nName,dob,Relationship,NI number,mobile\n"
        'Corwen Allardyce,"3rd March, 1961",applicant,JT 48 20 61 B,07700 900781\n'
        '"ALLARDYCE, Nerys",14/09/2012,child,,\n\nAll at: 9 Kiln Row, Dunster.\n',
        ["Corwen", "Allardyce", "3rd March, 1961", "JT 48 20 61 B", "Nerys", "14/09/2012"],
        ["Relationship", "applicant", "child"],
    ),
    (  # the same table with semicolons
        "NAME;DOB;relationship;NI NUMBER;mobile\nPell Oyinlola;1958/02/27;applicant;"
        "WK-318862-C;07700 900 512\nPell Oyinlola Jr;02 11 2015;child;;\n",
        ["Oyinlola", "1958/02/27", "WK-318862-C", "02 11 2015"],
        ["applicant"],
    ),
    (  # a web form's payload pasted as JSON: snake_case and camelCase keys
        '{\n  "tenant_name": "OSWIN TREHARNE",\n  "tenantDob": "30 July 1972",\n'
        '  "address_line1": "27 Pennant Row",\n  "town": "Ystalyfera",\n'
        '  "postcode": "SA9 2QW",\n  "contact_tel": "07700 900416",\n'
        '  "appointment_offered": "14/01/27 AM"\n}\n',
        ["OSWIN", "TREHARNE", "30 July 1972", "27 Pennant Row", "Ystalyfera", "SA9 2QW"],
        ["14/01/27 AM", "appointment_offered"],
    ),
    (  # a Direct Debit mandate: digits in boxes, two holders in one field
        "Name(s) of account holder(s): Mrs Ilse Varga and B VARGA\n\nBranch sort code:\n"
        "| 3 | 0 | 9 | 6 | 4 | 2 |\n\nBank/building society account number:\n"
        "| 7  0  2  5  8  1  3 |\n\nName and full postal address of your bank: Lloyds\n",
        ["Ilse", "VARGA", "3 | 0 | 9 | 6 | 4 | 2", "7  0  2  5  8  1  3"],
        ["Branch sort code", "Lloyds"],
    ),
    (  # a notice forwarded inside a letter: who is named by their role
        "NOTICE OF ENFORCEMENT\nDebtor: KELVIN ASHDOWN-PRYCE\nEnforcement Agent: "
        "TOVA LINDQVIST  Certificate no. EA/55120\nJoint tenant: Marek Szwed\n"
        "Translated by: HALIMA OKONJO from Somali into English\n"
        "Next of kin: Bryony Castellan (niece) 07700 900 338\n"
        "Completed by: R. Stubbings, Staff Nurse\n",
        ["KELVIN", "LINDQVIST", "Szwed", "OKONJO", "Castellan", "07700 900 338", "Stubbings"],
        ["Certificate no. EA/55120", "Staff Nurse", "from Somali into English"],
    ),
    (  # dates of birth as a landlord or a phone keyboard writes them
        "Her date of birth on our file is 4.11.1969 and she paid on time. "
        "my date of birth is 21081990 and my son was born 03 02 14. The inspection is on 12/01/2027.",
        ["4.11.1969", "21081990", "03 02 14"],
        ["12/01/2027"],
    ),
    (  # NI numbers that look like scanning slips, and one broken over a line
        "My national insurance number is OS712284 C. As my NI number may have printed badly, "
        "it is BH 52 09\n17B.\n",
        ["OS712284", "712284", "BH 52 09", "17B"],
        ["printed badly"],
    ),
    (  # a letter in lower case with no commas: street, town, postcode, sign-off
        "hello my name is wenna kernick i live at 41 chapel lane st mawgan tr8 4ew my date "
        "of birth is 17 06 83 please ring me on 07700 900 265 thank you wenna kernick\n",
        ["wenna", "kernick", "41 chapel lane", "st mawgan", "tr8 4ew", "17 06 83"],
        ["please ring me"],
    ),
    (  # mail headers and sign-offs: a lower-case display name, a signature mark, a last line
        "From: ifor penhale <ifor.p77@example.net>\nTo: benefits@example.gov.uk\n\n"
        "I enclose the form. Thanks,\nIfor\n\nWith respect,\n[signature] D Quarshie\n\n"
        "Phone me please, not the bailiff.\n\nCadfael\n",
        ["ifor penhale", "Ifor\n", "Quarshie", "Cadfael"],
        ["I enclose the form"],
    ),
    (  # people named by the words around them in a diary or a referral
        "12 Nov 9.40pm - rang police, PC Quenby came out. Pascoe's son Jory and his mates "
        "kicking a ball. Family contact Elowen on 07700 900 614.\n"
        "Adults in household: 2   Children (ages): Merryn 9; Tegen 6; Piran 3\n"
        "Reason: benefit delay - Pension Credit first payment\n",
        ["Quenby", "Pascoe", "Jory", "Elowen", "Merryn", "Tegen", "Piran"],
        ["Pension Credit", "benefit delay", "rang police"],
    ),
    (  # a spreadsheet pasted with one tab a cell: an empty cell keeps the columns in place
        "Name\tDOB\tRelationship\tNI number\tMobile\nTressa Gwillim\t2.6.1979\tapplicant\t\t"
        "+447700900318\nElis Gwillim\t9th of May 2016\tchild\tTP-448201-A\t\n",
        ["Tressa", "Gwillim", "2.6.1979", "+447700900318", "9th of May 2016", "TP-448201-A"],
        ["Relationship", "applicant"],
    ),
    (  # residents listed SURNAME, Forename; initials in a field; a name in an apposition
        "Re: funding reviews\n\n1) HALVORSEN, Birgit, born in May 1938, room 4\n"
        "2) Ó CEALLAIGH, Róisín (d.o.b. 02.03.41), room 9\n\nMy name is ZANETTI, Lorenzo.\n"
        "Name(s) of account holder(s): K BROADHURST\nDebtor: T OK\nPlease stop the mandate in "
        "my late husband's/wife's name, OSBERT LAIDLAW, who passed away on 2 October 2026.\n",
        ["HALVORSEN", "Birgit", "CEALLAIGH", "Róisín", "ZANETTI", "BROADHURST", "T OK", "LAIDLAW"],
        ["2 October 2026", "room 4"],
    ),
    (  # a diary: the neighbour by house number, and the person named in brackets
        "Sat 14/11 10.15pm - music from No.61 again\n"
        "Sun 15/11 11.40pm - the woman at flat 12 (Zuleika Brandt?) banging on the wall\n",
        ["No.61", "Zuleika", "Brandt"],
        ["banging on the wall"],
    ),
    (  # children with their dates of birth in brackets, a date of death kept readable
        "I live with my children Aurelio (04/08/2013), Ottilie (17 May 2015), Bram Fenwick "
        "(30.1.2018). My partner died on 3 March 2026.\n",
        ["Aurelio", "04/08/2013", "Ottilie", "17 May 2015", "Bram", "30.1.2018"],
        ["3 March 2026"],
    ),
    (  # who translated, who certified, who is written how, and who is asked about
        "TRANSLATION - translated by IMOGEN STRACHAN from Farsi into English\n"
        "I certify this is a true translation. Leontyne Okafor, l.okafor@example.org, "
        "1 Dec 2026\nMy previous surname appears on the certificate as GWENLLIAN RHYS. "
        "vulnerability_notes: son/daughter Peregrine has asthma\n"
        "Please reply to me and Saoirse. The tenancy ended because the landlord, Mr Ambrose "
        "Fairweather, is selling. My accountant, Dulcie Marchbank, can confirm this.\n",
        ["STRACHAN", "Leontyne", "GWENLLIAN", "Peregrine", "Saoirse", "Fairweather", "Dulcie"],
        ["from Farsi into English", "is selling"],
    ),
    (  # an NI number named at the start of a sentence, mistyped prefix, broken over a line
        "As my NI number may have printed badly above, it is GB 51 30 72\nD.\n",
        ["GB 51 30 72", "72\nD"],
        ["printed badly above"],
    ),
    (  # address fields by other names, a district named like a street, a JSON second line
        "Property: The Granary, Wetheral CA4 8HW\nCarer's address (if different): Lark Rise, "
        "Ashby Folville, Leicestershire  LE14 2TB\nAll at: 8 Tanyard Row, Chapel End, CV10 0PN.\n"
        "{'address_line1': '3 Kiln Way', 'address_line2': 'Eccleshill'}\n",
        ["The Granary", "Wetheral", "Lark Rise", "Ashby Folville", "Chapel End", "Eccleshill"],
        ["Property:", "Carer's address"],
    ),
    (  # the service's own words, and an app's name, are not people
        "Blue Badge application - summary for the applicant, who wrote to us in English.\n"
        "Cais am Fathodyn Glas / Blue Badge application, received from the council's website.\n"
        "She asked again on Messenger · 2 Dec 2026 whether her badge could be renewed early.\n"
        "Her Unique Taxpayer Reference is on the letter from HMRC.\n",
        [],
        ["Cais am Fathodyn Glas", "Messenger", "Unique Taxpayer Reference"],
    ),
]


# Then the heldout5 family (round 4, after its blind score): each row is one shape the
# recognisers missed or over-redacted there, with names, places and numbers not in that set.
HELDOUT5_SHAPES = [
    (  # a PDF's two columns: words hyphenated at the end of a line, the date of birth too
        "Your partner Ottoline Brack-\nenridge (born 4th Sep-\ntember, 1961) lived with you at "
        "12 Wil-\nlowbrook Road, Ormskirk.\n",
        ["Ottoline", "Brack", "enridge", "4th Sep", "1961", "Wil-", "lowbrook"],
        ["lived with you at"],
    ),
    (  # "date of birth as" and the date on the next line
        "Our records show your date of birth as\n07.02.1958 and your address as above.\n",
        ["07.02.1958"],
        ["and your address as above"],
    ),
    (  # speech-to-text splits the year of a date of birth
        "er my date of birth is 14 june 19 62 and i rang last week\n"
        "er my date of birth is 22 07 195 8 thanks\n",
        ["14 june", "19 62", "22 07", "195 8"],
        ["i rang last week"],
    ),
    (  # a handwritten date of birth read by OCR
        "MY LODGER MOVED IN LAST WEEK. HIS DOB IS 1Z.O3.71. Rent now £120.00 a week.\n",
        ["1Z.O3.71"],
        ["Rent now £120.00 a week"],
    ),
    (  # rows pasted from a tracker without their header
        "rows below from the tracker\n\nTN118822\tK Abernethy\tRowan Brae\tIV2 7QX\t3-Mar-1969"
        "\t£1,204.10\tpromised £20/wk from 1st January, 2027\n",
        ["Abernethy", "Rowan Brae", "IV2 7QX", "3-Mar-1969"],
        ["TN118822", "£1,204.10", "promised £20/wk from 1st January, 2027"],
    ),
    (  # a bilingual form: the labels on both sides of the slash are not names
        "Cyngor Sir Gâr\nTai / Housing\n"
        "Cyfeiriad / Address: Bryn Awel, Lôn Isaf, Llanrug\nCod post / Postcode: LL55 4AB\n"
        "Dyddiad geni / Date of birth: 9 Mawrth 1950\n"
        "Rhif Yswiriant Gwladol / National Insurance number: XX902345 A\n"
        "Enw deiliad y cyfrif / Account holder: GWENLLIAN PRYSOR\n"
        "Llofnod / Signature: G Prysor   Dyddiad / Date: 27.11.2026\n"
        "Cyfeirnod / Reference: DHP/1234   Ffurflen / Form FF-12\n",
        ["Bryn Awel", "Llanrug", "LL55 4AB", "9 Mawrth 1950", "XX902345", "GWENLLIAN", "Prysor"],
        [
            "Cyngor Sir Gâr",
            "Tai / Housing",
            "Cod post / Postcode:",
            "Date of birth:",
            "National Insurance number:",
            "Enw deiliad y cyfrif / Account holder:",
            "Llofnod / Signature:",
            "Date: 27.11.2026",
            "Form FF-12",
            "Cyfeirnod / Reference: DHP/1234",
        ],
    ),
    (  # names read by OCR with a digit for a letter, in the fields that say they are names
        "FULL NAME: MAR1GOLD PENHALLOW\nSIGNED: PENHALL0W 5MITH   DATE: 24 Nov 2026\n",
        ["MAR1GOLD", "PENHALLOW", "PENHALL0W", "5MITH"],
        ["DATE: 24 Nov 2026"],
    ),
    (  # an initial after a first name in a forename field
        "Title: Mr   Forename(s): Tobiah R   Surname: Quennell\n",
        ["Tobiah", "Quennell"],
        ["Forename(s): <PERSON_1>   Surname: <PERSON_2>"],
    ),
    (  # a first name alone after a phone number, before a forwarded message
        "can you chase this please, call me on 07700 900 118\nPerpetua\n\n"
        "---------- Forwarded message ---------\nFrom: Housing Options\n",
        ["Perpetua", "07700 900 118"],
        ["Forwarded message"],
    ),
    (  # returned post noted by a neighbour, and who it is "called"
        "new address flat 2 9 dock street - from Wilhelmina at no 14\n"
        "and a lad I think is called Tavish - have played music until 3am\n",
        ["Wilhelmina", "Tavish"],
        ["have played music until 3am"],
    ),
    (  # a case note: "with adult son X"; an MP's and a solicitor's words for the person
        "Notes: lives with adult son Oluwaseun Adeyemi-Hart; previous letter sent.\n"
        "Constituent: Ffion Maddox-Rhys\nOur client: CASPIAN WOODROFFE\n",
        ["Oluwaseun", "Adeyemi-Hart", "Ffion", "Maddox-Rhys", "CASPIAN", "WOODROFFE"],
        ["previous letter sent"],
    ),
    (  # a chat exported with the date at the start of every line
        "10/11/2026, 12:47 - Meadow Quill: bins again\n"
        "13/11/2026, 19:38 - Tansy Harrow: same here\n",
        ["Meadow Quill", "Tansy Harrow"],
        ["bins again", "same here"],
    ),
    (  # Scottish Gaelic street names
        "I live at 17 Rathad na Tràighe, Stornoway HS1 2AB and at Flat 3, 40 Sràid an Iasgair.\n",
        ["Rathad na Tràighe", "Stornoway", "Sràid an Iasgair"],
        ["I live at"],
    ),
    (  # speech-to-text: a phone without its "+", an NI number and a postcode in pieces
        "can you ring me back on 447 7 00 9 01 234 thats all thank you bye\n"
        "national insurance jk -41 2207 -d i live at 12 mill lane [inaudible] ls 61 2ab i had "
        "an appointment\n",
        ["447 7 00 9 01 234", "jk -41 2207 -d", "12 mill lane", "ls 61 2ab"],
        ["i had an appointment", "thank you bye"],
    ),
    (  # NI numbers a digit short, written with their label ("as" too)
        "Our records show your National Insurance number as OO 92 27 38B.\nNI LC 97627 B\n",
        ["OO 92 27 38B", "LC 97627 B"],
        ["Our records show"],
    ),
    (  # a chat export whose speaker is a phone number, right after the time stamp's digits
        "[27/11/2026, 17:28:20] 07700 900450: its coming from no 1 again\n",
        ["07700 900450"],
        ["its coming from"],
    ),
    (  # the flat before the house number, the first number of a range, the town's sentence
        "the property at Bedsit 4F,\n212 Tannery Road, Hexham. Our records show\n"
        "i live at 31-33 ropewalk lane and maisonette 7c 19 brewery street\n",
        ["Bedsit 4F", "212 Tannery Road", "Hexham", "31-", "33 ropewalk lane", "maisonette 7c"],
        ["Our records show"],
    ),
    (  # an initial before the surname in a sign-off; "my ex X"; lower-case names after cues
        "Yours faithfully\n\nDr B. Oyelaran\nGMC No 7123456\n\nYours\nT. Halloran\n"
        "my ex Jericho Vane still has a key.\n"
        "for the form heres mine wendeline okafor 14 kiln lane\n"
        "ring me back on 07700 900 771 thats anwen thank you bye\n",
        ["B. Oyelaran", "T. Halloran", "Jericho Vane", "wendeline okafor", "anwen"],
        ["still has a key", "thank you bye"],
    ),
    (  # dates of birth after their label in pieces: speech-to-text and OCR
        "er my date of birth is 150 31 987 national insurance\n"
        "my date of birth is 7 may 1 9 83 i live at\nHIS DOB IS 1 8.O6.5Z. Rent now £90.00\n",
        ["150 31 987", "7 may 1 9 83", "1 8.O6.5Z"],
        ["national insurance", "Rent now £90.00"],
    ),
    (  # schools and wards named after people are places; a name before "School" still goes
        "He was admitted to the Aneurin Bevan Ward on 3 May.\n| Ruby | 2 May 2015 | "
        "Bishop Heber High | N |\nShe attends St Columba's Nursery.\n"
        "My neighbour Taylor Ward has complained.\n",
        ["Ruby", "2 May 2015", "Taylor Ward"],
        ["Aneurin Bevan Ward", "Bishop Heber High", "St Columba's Nursery", "has complained"],
    ),
    (  # a case record's stamps are not a chat, and its dates are not dates of birth
        "DOB: 12/03/1961\nNHS no: 943 476 5919\nOpened: 18 NOV 2026   Status: Awaiting response\n"
        "Cais am Daliad Tai yn ôl Disgresiwn - Tai a Chymunedau\n",
        ["12/03/1961", "943 476 5919"],
        ["Opened: 18 NOV 2026", "Cais am Daliad Tai yn ôl Disgresiwn - Tai a Chymunedau"],
    ),
    (  # speech-to-text: a lower-case street with a northern or Scottish street word, the
        # postcode after it in pieces, a "+44" heard as "4 4"
        "i live at 61 tanner fold [inaudible] b l4 7qz i had an appointment\n"
        "ring me back on 4 4 077 00 900 41 7 thats all thank you bye\n",
        ["61 tanner fold", "b l4 7qz", "4 4 077 00 900 41 7"],
        ["i had an appointment"],
    ),
    (  # an account number on the line after its sort code; a chat speaker's number in 6+5
        "payments will be made to sort code 30.91.44\naccount 12 43 65 87. Telephone us on\n"
        "[29/10/2026, 12:37:56] 077009 00512: its coming from no 4\n",
        ["30.91.44", "12 43 65 87", "077009 00512"],
        ["Telephone us on", "its coming from"],
    ),
    (  # Welsh places that start with their article or with "Sir"; "Isles of Scilly" one place
        "I live at 7 Clos Glan, Y Fenni, Sir Fynwy, NP7 5AB and my sister at 2 Porth Road, "
        "St Mary's, Isles of Scilly  TR21 0AB.\n",
        ["Y Fenni", "Sir Fynwy", "NP7 5AB", "Isles of Scilly", "TR21 0AB"],
        ["and my sister at"],
    ),
    (  # a JSON payload: wide spaces inside a quoted value, a number typed by its sibling key
        '{ "nhsNumber": "943  476  5919",\n  "document": { "type": "passport", "number": '
        '"702 118 45" },\n  "id2": { "type": "driving_licence", "number": "MORGA-753116-SM9IJ" },'
        '\n  "caseRef": "DHP-1234567" }\n',
        ["943  476  5919", "476", "5919", "702 118 45", "MORGA-753116-SM9IJ"],
        ["DHP-1234567", "passport"],
    ),
    (  # a PDF breaks a date of birth over two lines; a 7-digit account after its sort code
        "Our records show your date of birth as June\n21 1950 and your partner (born 2nd of\n"
        "March 1949) was included. Paid to sort code 40-10-62\naccount 70 84 77 2. Thank you\n",
        ["June\n21 1950", "2nd of\nMarch 1949", "40-10-62", "70 84 77 2"],
        ["was included", "Thank you"],
    ),
    (  # heldout3's misses, tuned on in round 4: where the number is written before it, a
        # Welsh street between commas in a signature list, a statement's sort code typed so
        "[27/11/2026, 21:11] gwenno: nhs no is on my letter 943  476  5919\n"
        "Signed:\n- Mared Puw, Llys Gwyn, Stryd Fawr, Llanrhystud   [signature]\n",
        ["943  476  5919", "Llys Gwyn", "Stryd Fawr", "Llanrhystud"],
        ["[signature]"],
    ),
    (
        "Date  Description  Paid out  Balance\n"
        "17 NOV  TFR FROM A K OKONJO 08/02/99 acc 52622777  38.21  1185.99\n",
        ["OKONJO", "08/02/99", "52622777"],
        ["17 NOV  TFR FROM", "38.21  1185.99"],
    ),
    (  # a list of signatories: the house or street after each name (heldout3, tuned on)
        "Signed:\n1. Ms Adeyemi\tKilbroney Cottage\n- Ruaridh Mack, Tigh an Uillt, Mill Wynd, "
        "Lochcarron   (signed)\n5) Mrs Ito - Fern Bank   [signature]\n"
        "- Odile Marchetti\tThe Paddocks, Portaferry  tel 077009 00123   [signature]\n",
        [
            "Adeyemi",
            "Kilbroney Cottage",
            "Tigh an Uillt",
            "Mill Wynd",
            "Ito",
            "Fern Bank",
            "Odile Marchetti",
            "The Paddocks",
            "077009 00123",
        ],
        ["[signature]", "(signed)"],
    ),
    (  # a street named without its number (the NER retrained in round 4 no longer took it
        # for a name, so nothing hid it: example letter ex-26)
        "our green bin has not been collected for three weeks in a row on Rowan Drive. Other "
        "streets in Mill Lane and along Station Road are fine.\n",
        ["Rowan Drive", "Mill Lane", "Station Road"],
        ["Other streets", "are fine"],
    ),
    (  # the post office's words on an envelope
        "PRIVATE & CONFIDENTIAL\nMRS ISOLDE TREVASKIS\n4 CHAPEL ROW\nREDRUTH\nTR15 2AB\n\n"
        "ROYAL MAIL - RETURN TO SENDER\nMailmark JQ1\n",
        ["ISOLDE", "TREVASKIS", "4 CHAPEL ROW", "TR15 2AB"],
        ["RETURN TO SENDER", "Mailmark"],
    ),
]


# Then the heldout6 family (round 5, after its blind score in round 4): each row is one shape
# missed or over-redacted there, written with names, places and numbers not in that set.
HELDOUT6_SHAPES = [
    (  # a passport's machine-readable zone, as an ID-check tool pastes it; a mistyped number
        "MRZ (as read):\nP<GBRKOWALCZYK<STONE<<BEATA<ANN<<<<<<<<<<<<<<<<<\n"
        "7312094458GBR6905143F3107226<<<<<<<<<<<<<<06\nMRZ checks: all pass\n\n"
        "MRZ (as read):\nP<GBRAMADI<<KOFI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        "61230877<2GBR8801019M3302158<<<<<<<<<<<<<<08\n",
        ["KOWALCZYK", "STONE", "BEATA", "7312094458", "690514", "AMADI", "KOFI", "61230877"],
        ["MRZ checks: all pass", "GBR"],
    ),
    (  # an identity card's three-line zone
        "I<GBR3928471162<<<<<<<<<<<<<<<\n7703125F3411307GBR<<<<<<<<<<<4\nNOWAK<<ZOFIA<<<<<<<<<<<<<<<<<<\n",
        ["392847116", "770312", "NOWAK", "ZOFIA"],
        [],
    ),
    (  # a court's cause list: the defendants after "v", in capitals, two to a case
        "* 10:20  M4QX1183  Riverside Homes v DOROTA WISNIEWSKA  Possession (rent)  10 mins\n"
        "  10:35  M4QX1190  Leeds City Council v TUNDE BAKARE & FOLAKE BAKARE  Possession (rent)  5 mins\n",
        ["DOROTA", "WISNIEWSKA", "TUNDE", "FOLAKE", "BAKARE"],
        ["Riverside Homes v", "Possession (rent)", "Leeds City Council v", "M4QX1183"],
    ),
    (  # an address finder lists postcode, town, then the street or house name
        "Address finder: 3 results\n  1) HG2 7LP, HARROGATE, 14 SKIPTON GROVE   UPRN 100050123456\n"
        "  2) HG2 7LP, KNARESBOROUGH, THE OLD FORGE   UPRN 100050123457\n",
        ["HG2 7LP", "HARROGATE", "14 SKIPTON GROVE", "KNARESBOROUGH", "THE OLD FORGE"],
        ["UPRN 100050123456", "Address finder: 3 results"],
    ),
    (  # a chat export: the speaker after the timestamp, and "rang X back"
        "[03/11/2026 14:02] Ionela Munteanu\nrang Bogdan back, all sorted\n\n"
        "[03/11/2026 14:09] Osei, Akosua (HSG)\nthanks\n",
        ["Ionela", "Munteanu", "Bogdan", "Osei", "Akosua"],
        ["all sorted", "(HSG)", "[03/11/2026 14:02]"],
    ),
    (  # a joint claim in two columns, and an audit trail's old and new value
        "Date of birth             02/09/1958                        17/12/1961\n"
        "2026-09-02 10:11:42  HSG20311  Date of birth      1944-03-07                        1944-07-03\n",
        ["02/09/1958", "17/12/1961", "1944-03-07", "1944-07-03"],
        ["2026-09-02 10:11:42", "HSG20311"],
    ),
    (  # a vCard's birthday, with and without dashes
        "Please find our contact cards attached so that you can update the records.\n\n"
        "BEGIN:VCARD\nN:Yilmaz;Emre;;Mr;\nFN:Emre Yilmaz\nBDAY:1983-06-21\nEND:VCARD\n"
        "BEGIN:VCARD\nN:Christodoulou;Eleni;;Ms;\nBDAY:19790228\nEND:VCARD\n",
        ["1983-06-21", "19790228", "Yilmaz", "Christodoulou"],
        ["so that you can update the records"],
    ),
    (  # a landlord's schedule printed as fixed-width text: the tenant's name and date of birth
        "Flat 2, 18 Mulberry Walk SO14 2QT      Marek Kaczmarek               08/04/1979     "
        "£1,120.00  03/10/2026\n",
        ["Marek", "Kaczmarek", "08/04/1979", "18 Mulberry Walk"],
        ["£1,120.00", "03/10/2026"],
    ),
    (  # a house name after a neighbour's name
        "My neighbour Roisin Dunleavy of Meadowhead Farm collects my post.\n",
        ["Roisin", "Dunleavy", "Meadowhead Farm"],
        ["collects my post"],
    ),
    (  # a joint claim's two columns: the second date of birth read beside the first, even
        # when the next row is joined to it; an audit trail's old and new town
        "We are claiming together and our details are set out below for you to check.\n\n"
        "Title                     Mr                                Dr\n"
        "Date of birth             23/08/1964                        11/02/1966\n"
        "NI number                 AB 12 34 56 C                     CE 65 43 21 A\n\n"
        "2026-09-25 12:13:41  HSG56758  Town               Chorley                           Goathland\n"
        "2026-09-30 11:14:35  SYS121    Status             Pending                           Closed\n",
        ["23/08/1964", "11/02/1966", "Chorley", "Goathland"],
        ["Status             Pending", "Closed", "2026-09-25 12:13:41"],
    ),
    (  # the name on a bank account, in capitals with initials, and an estate's account
        "Please pay it to the estate account: account name Executors of T DE LA MARE deceased, "
        "sort code 40-11-62, account number 11223344. The bank account is in the name of\n"
        "K O'SULLIVAN-BYRNE, sort code 20-00-00.\n",
        ["DE LA MARE", "O'SULLIVAN-BYRNE", "40-11-62", "11223344"],
        ["Please pay it to the estate account", "deceased"],
    ),
    (  # a surname with its article joined by a hyphen, Korean given names, and a name written
        # again in capitals on the bill
        "Re: the estate of the late Mrs Samira el-Khoury (deceased). Our carer is Seo-yeon Park."
        "\n\nYours faithfully\n\nGwenllian Prydderch (GWENLLIAN PRYDDERCH on the rate bill)\n",
        ["Samira", "el-Khoury", "Seo-yeon", "GWENLLIAN", "PRYDDERCH"],
        ["on the rate bill", "(deceased)"],
    ),
    (  # a vCard's home address: street, locality, region, postcode in their fixed places
        "Please update my details from the attached card. I have moved house and the old address "
        "on your records is wrong, so the letters about my council tax have not been reaching me. "
        "Thank you very much for your help.\n\n"
        "BEGIN:VCARD\nADR;TYPE=HOME:;;Bryn Eithin, Lôn Isaf;Llanystumdwy;Eifionydd;LL52 0SH;"
        "United Kingdom\nEND:VCARD\n",
        ["Bryn Eithin", "Lôn Isaf", "Llanystumdwy", "Eifionydd", "LL52 0SH"],
        ["Thank you very much for your help", "ADR;TYPE=HOME:;;"],
    ),
    (  # "my home in X", "the townland of X"; a passport's number under its heading
        "I am writing about the rates on my home in Ballygawley. The farmhouse in the townland of "
        "Aghnagar is empty.\n\nDOCUMENT 1: PASSPORT (GBR)\nDocument number: 61734098\n",
        ["Ballygawley", "Aghnagar", "61734098"],
        ["I am writing about the rates on my home in", "is empty", "DOCUMENT 1: PASSPORT (GBR)"],
    ),
    (  # a claimant who is a person, before "v"; an organisation stays
        "Here is the list at the county court today for the possession hearings we are in.\n\n"
        "  10:10  H2QX6167  ROWENA PILKINGTON v JOLYON ASHCROFT  Possession (rent)  15 mins\n"
        "  10:15  H5QX6499  Pennine Homes Ltd v KAROLINA WOJCIK  Possession (rent)  5 mins\n",
        ["ROWENA", "PILKINGTON", "JOLYON", "ASHCROFT", "KAROLINA", "WOJCIK"],
        ["Pennine Homes Ltd v"],
    ),
    (  # a safeguarding referral's household, an Irish surname after its particle's mutation,
        # "Other names" and "Preferred name" fields
        "We visited today and the household is set out below as we found it on the visit.\n\n"
        "Household:\nMarthinus de Klerk (adult at risk)\n├── partner: Ilse de Klerk\n"
        "Adult at risk: Hee-young Cho   DOB 8 December 1941\n\n"
        "  Full name: Caitríona Nic an tSaoir\n"
        "Other names               Oonagh                            Ferdia\n"
        "Preferred name: Bunny\n",
        ["Marthinus", "Klerk", "Hee-young", "tSaoir", "Oonagh", "Ferdia", "Bunny"],
        ["(adult at risk)", "Other names", "Preferred name"],
    ),
    (  # a fixed-width row with two spaces between its columns; the pence of a sum and a date
        # after it are not a phone number dialled abroad
        "The arrears schedule from the landlord is copied below for the tenants we know about.\n\n"
        "Flat 1, 16 Byres Road G11 5RD  MAC AN BHAIRD, Tomás  08/01/1950     £1,856.00  08 09 2026\n",
        ["MAC AN BHAIRD", "Tomás", "08/01/1950", "16 Byres Road"],
        ["£1,856.00  08 09 2026"],
    ),
    (  # a tenement flat's floor and side before the street; a nationality in capitals
        "The arrears schedule from the landlord is copied below for the tenants we know about.\n\n"
        "Top Floor Left, 23 Girnel Wynd DG13 6PR  S Thiruchelvam   07/08/1952     £2,600.00\n"
        "Nationality: BRITISH CITIZEN\n",
        ["Top Floor Left", "23 Girnel Wynd", "Thiruchelvam"],
        ["Nationality: BRITISH CITIZEN", "£2,600.00"],
    ),
    (  # an audit trail's label cell with the old and new values in the next columns
        "Audit trail exported from the CRM for the customer record, as requested by the team.\n\n"
        "2026-10-04 11:06:59  CSC55016  Town               Lochcarron                        Forres\n"
        "2026-10-04 11:08:11  CSC55016  Surname            du Toit                           Blenkiron\n"
        "2026-10-06 10:56:52  SYS121    Status             Pending                           Closed\n",
        ["Lochcarron", "Forres", "Toit", "Blenkiron"],
        ["Status             Pending", "Closed", "CSC55016  Town"],
    ),
    (  # form labels and a nationality are not names
        "Full name: HALINA JANKOWSKA\n  Nationality: British\nNationality: BRITISH CITIZEN\n\n"
        "Yours faithfully\n\nCatriona Nic a' Phearsain\nExecutor\n",
        ["HALINA", "JANKOWSKA", "Catriona", "Phearsain"],
        ["Nationality: British", "BRITISH CITIZEN", "Executor"],
    ),
]


# Then the heldout7 family (round 6, after its blind score in round 5), the same way.
HELDOUT7_SHAPES = [
    (  # a messaging gateway's export: quoted semicolon CSV whose header names its columns
        "Campaign: CT-REMIND\n\n"
        '"MessageId";"Recipient";"Name";"Body";"SentAt";"Status"\n'
        '"a1b2";"07700 900123";"GRAZYNA KOWALSKA";"Your bill is ready.";"2026-11-11T12:55:24Z";"DELIVRD"\n'
        '"c3d4";"07700 900456";"T Oyelaran";"Your bill is ready.";"2026-11-11T12:56:01Z";"EXPIRED"\n',
        ["GRAZYNA", "KOWALSKA", "Oyelaran", "07700 900123"],
        ["Your bill is ready.", "DELIVRD", '"MessageId";"Recipient";"Name"'],
    ),
    (  # a printed form with each caption under its value
        "Discretionary Housing Payment - application\nForm DHP1 (04/26)\n\nOKONJO\nSurname\n\n"
        "Chidi\nForename(s)\n\n4 JUL 1961\nDate of birth (dd/mm/yyyy)\n\n52-48-20\nSort code\n\n"
        "28 39 56 78\nAccount number\n\n£239.81\nRent shortfall each month\n",
        ["OKONJO", "Chidi", "4 JUL 1961", "52-48-20", "28 39 56 78"],
        ["Rent shortfall each month", "£239.81", "Date of birth (dd/mm/yyyy)"],
    ),
    (  # a household listed one person a line, each with a date of birth
        "We are applying for a pitch for the family below, who have wintered here for years.\n\n"
        "2. Household\n  Sabina Lakatos - 23/06/13\n  Kizzy - 15/05/2020\n  Levi - 7 April 1985\n\n"
        "3. Connection to the area\n",
        ["Sabina", "Lakatos", "23/06/13", "Kizzy", "15/05/2020", "Levi", "7 April 1985"],
        ["3. Connection to the area", "Household"],
    ),
    (  # a household list with relations in brackets, one person alone under its heading, an
        # initial signed before a surname, a partner's date of birth as a caption under its value
        "We are applying for a pitch for the family below, who have wintered here for years.\n\n"
        "2. Household\n  Marnie - 25th of February 1955\n\nHousehold\n  Ivo Ferreira (applicant)\n"
        "  Bartholomew (son), born Sep 23 2010\n\nSigned A Warsame   Date 27th of November 2026\n\n"
        "14.8.1988\nPartner's date of birth\n",
        [
            "Marnie",
            "25th of February 1955",
            "Ferreira",
            "Bartholomew",
            "Sep 23 2010",
            "A Warsame",
            "14.8.1988",
        ],
        ["(applicant)", "(son), born", "Date 27th of November 2026", "Partner's date of birth"],
    ),
    (  # a bidding log's columns: a property type and a count are not a flat's number
        "Cycle  Bid no      Property ref  Type            Bedrooms  Position\n"
        "47     B-2231      PR-883211     flat            177       12 of 60\n",
        [],
        ["flat            177"],
    ),
    (  # a postscript and the next one are sentences, not a value and its caption (the caption
        # rule had typed a whole P.S. as an e-mail address)
        "Yours faithfully,\nHarriet Oyelowo\n\nP.S. Jun Wong from the residents' association has "
        "a copy of this letter.\nP.P.S. You can email me at h_oyelowo@aol.com.\n",
        ["Jun Wong", "h_oyelowo@aol.com"],
        ["has a copy of this letter", "P.P.S. You can email me at"],
    ),
    (  # section headings in capitals and form captions are not names or places
        "Claim form for the trip on the pavement, with the witnesses' details below.\n\n"
        "C. WITNESSES\nStatement of Ebere Nwankwo: I saw her fall.\n\nE. SOLICITORS\n"
        "Carver Injury Lawyers\n\nEMERGENCY PLAN\nCARING HOURS\n\n14 Heol y Nant\n"
        "House number and street\n\nAberdare\nTown\n",
        ["Ebere", "Nwankwo", "14 Heol y Nant", "Aberdare"],
        [
            "C. WITNESSES",
            "E. SOLICITORS",
            "Statement of",
            "EMERGENCY PLAN",
            "CARING HOURS",
            "\nTown",
        ],
    ),
]


# heldout8 (round 7's tuning family, blind-scored before): each row is one shape that let data
# through or blacked out readable words, written with invented values
HELDOUT8_SHAPES = [
    (  # a voucher that writes each value first and its label after it, in brackets
        "RIVERSIDE FOOD BANK - FOOD VOUCHER   FBV-120034\n\n"
        "Tamsin Okafor   (client name)\n3 Apr 1950   (date of birth)\n"
        "Larkspur Cottage   (house and street)\nDrumquin   (town / area)\n"
        "BT78 9ZZ   (postcode)\n1 adult   (adults in the home)\ndebt   (reason)\n",
        ["Tamsin", "Okafor", "3 Apr 1950", "Larkspur Cottage", "Drumquin", "BT78 9ZZ"],
        ["(client name)", "1 adult   (adults in the home)", "debt   (reason)"],
    ),
    (  # aliases listed after a name's note in brackets, and after an "Aliases" label
        "Please read this summary before the meeting on Thursday and bring any updates.\n\n"
        "PERSON CAUSING HARM\nName: Dariusz Wolny\n"
        "Also known as: Kowal (former surname), Darek\nAliases: Piotr Jan Wolny, DAREK\n",
        ["Dariusz", "Kowal", "Darek", "Piotr Jan", "DAREK"],
        ["(former surname)", "Also known as:", "Aliases:"],
    ),
    (  # a property's address after "Address of the property", a house name and no number
        "Council tax account: 10000001   Band C\n\n"
        "Address of the property: Tŷ'r Felin, Llanfyllin, SY22 5ZZ\n",
        ["Tŷ'r Felin", "Llanfyllin", "SY22 5ZZ"],
        ["Address of the property:"],
    ),
    (  # a letter headed by its sender's name and whole address on one line
        "Gwenllian Pryce, Bryn Awel, Llanrug, LL55 4ZZ\nNov 30 2026\n\nDear Sir or Madam,\n"
        "I appeal against the decision on school transport.\n",
        ["Gwenllian", "Pryce", "Bryn Awel", "Llanrug", "LL55 4ZZ"],
        ["Dear Sir or Madam", "school transport"],
    ),
    (  # a house under an address label, its town on the postcode's line, then fields whose
        # labels are not towns
        "Last settled address:\nGarth Wen\nLlanrug LL55 4ZZ\n"
        "Reason homeless: relationship ended\nSafe number: 07700 900123 (text first)\n",
        ["Garth Wen", "Llanrug", "LL55 4ZZ", "07700 900123"],
        ["Reason homeless:", "Safe number:"],
    ),
    (  # a Welsh row of houses ("Rhes") and a house name with its article joined
        "Licence holder: Dr Ifan Rhys, 12 Rhes y Gof, Llanrug  LL55 4ZZ, 07700 900123\n"
        "I moved to Llety'r Wennol, Rhodfa'r Môr, Aberaeron SA46 0ZZ last year.\n",
        ["Ifan Rhys", "12 Rhes y Gof", "Llety'r Wennol", "Rhodfa'r Môr", "Aberaeron"],
        ["Licence holder: Dr", "last year"],
    ),
    (  # a CSV export: the date after the guardian's name is when they joined, as the header
        # says, not a date of birth
        "Duplicate memberships to merge:\n\n"
        "barcode,surname,forenames,dob,town,postcode,guardian,joined,category\n"
        "2100200300400,Adeyemi,Tobi,14/02/2016,Colne,BB8 9ZZ,Funmi Adeyemi,2023-05-17,CHILD\n",
        ["Adeyemi", "Tobi", "14/02/2016", "Colne", "BB8 9ZZ", "Funmi"],
        ["2023-05-17,CHILD", "guardian,joined,category"],
    ),
    (  # a withheld address, a time range in a diary, a date in capitals under a ward, a
        # heading in capitals: nothing here is personal data
        "NOISE DIARY   Case ref: EPU/100200\n\n| Date | Time | What I heard |\n|---|---|---|\n"
        "| 16/11/2026 | 20:00-04:40 | bass music |\n\nWard 7 (Derwen)\nAdmitted: 11 NOV 2026\n\n"
        "Name: Halima Osei\nAddress: refuge - withheld\n",
        ["Halima", "Osei"],
        ["NOISE DIARY", "20:00-04:40", "Admitted: 11 NOV 2026", "Address: refuge - withheld"],
    ),
    (  # the officer named after "Assessed by" and under a role's label; a house named by its
        # house word after a name, then the town and postcode; a house under "Last known address"
        "Recommendations:\n  1. level-access shower\n\n"
        "Assessed by Eirlys Mathers, Occupational Therapist, HCPC OT10000\n"
        "Inspector: Oluwaseun Adebayo-Hart\n"
        "Licence holder: Dr Kofi Mensah, Pear Tree Cottage, Kington  HR5 3ZZ, 07700 900456\n"
        "Last known address: Maes y Delyn, Llandysul  SA44 4ZZ\n",
        [
            "Eirlys",
            "Mathers",
            "Oluwaseun",
            "Adebayo-Hart",
            "Kofi Mensah",
            "Pear Tree Cottage",
            "Kington",
            "Maes y Delyn",
            "Llandysul",
        ],
        ["Occupational Therapist", "Inspector:", "Licence holder: Dr", "Last known address:"],
    ),
    (  # a firm's name atop its address, and a firm of two names joined by "&" in a field
        "BRACKENDALE PEST CONTROL\nUnit 4, Mill Road, Thetford, IP24 9ZZ  Tel 01842 496000\n\n"
        "JOB SHEET   Job no: PC200300\nCustomer:     Halina Wrobel\n"
        "Agent: Kestrel & Moss Lettings, 0117 496 0000\n",
        ["Halina", "Wrobel"],
        ["BRACKENDALE PEST CONTROL", "Kestrel & Moss Lettings"],
    ),
    (  # a firm in a person's field, a licence that is not a driving licence, headings and
        # column words: all stay readable
        "Ardglass and Lisvale District Council - Private Sector Housing\n"
        "HMO INSPECTION REPORT\nLicence no: HMO/2025/311   Inspected: 20/11/2026\n"
        "Managing agent: Kestrel Quay Lettings Ltd, 0117 496 0000\n"
        "JOB SHEET   Job no: PC100200   Client: North Vale Council\n\n"
        "DUTY TO REFER (Housing (Wales) Act 2014)\n\n"
        "Item                  Check-in        Check-out       Deduction\n"
        "Lounge carpet         worn            as before       £50.89\n\n"
        "Do not forward. Queries referrals@northvale.gov.uk\n",
        ["referrals@northvale.gov.uk"],
        [
            "HMO/2025/311",
            "Ardglass and Lisvale District Council",
            "Kestrel Quay Lettings Ltd",
            "North Vale Council",
            "DUTY TO REFER",
            "Item                  Check-in",
            "Deduction\nLounge carpet",
            "Queries",
        ],
    ),
]


# heldout9 (round 8's tuning family, blind-scored before): each row is one shape that let data
# through or blacked out readable words, written with invented values
HELDOUT9_SHAPES = [
    (  # minutes that list who attended in a table printed as text: the names are under "Name"
        # whatever the model makes of them, and a role with a slash ("Chair / Team Manager")
        # does not make the row a bilingual label
        "STRATEGY MEETING\nDate: 2 Dec 2026\n\n"
        "Name                     Agency                  Role\n"
        "Yevgenia Marchetti       Children's Social Care  Chair / Team Manager\n"
        "Oyelami Brzezinski       Westshire Police        DC, Child Protection\n"
        "Tomasz-Lee Quarrie       0-19 Health Service     Health Visitor\n\n"
        "ACTIONS\n1. Oyelami to visit by 4 Dec 2026\n",
        ["Yevgenia", "Marchetti", "Brzezinski", "Tomasz-Lee", "Quarrie"],
        [
            "Name                     Agency                  Role",
            "Children's Social Care",
            "Health Visitor",
            "DC, Child Protection",
        ],
    ),
    (  # a page's inbox: its staff sign each reply with a caret; the writer types the address in
        # lower case on its own line
        "Wrenby Council · 10:02\nSorry to hear that. Can you send your address? ^Siosaia\n\n"
        "Benedek · 10:05\nosier cottage, heron yard, wrenby, pe99 9zz\n07700 900123\n\n"
        "Wrenby Council · 10:09\nThanks, passed to the team. ^Siosaia\n",
        ["Siosaia", "osier cottage", "heron yard", "wrenby, pe99", "pe99 9zz"],
        ["Sorry to hear that", "passed to the team"],
    ),
    (  # a bilingual letterhead is not a hard-wrapped paragraph; a ticked option names the
        # passport in two languages, and the number follows its bilingual "rhif / no."
        "Cyngor Sir Enghraifft / Example County Council\n"
        "Cardiau Bws Rhatach / Concessionary Travel\n"
        "CAIS AM GERDYN BWS / BUS PASS APPLICATION\n\nEnw / Name: Gwilym Tarrant\n"
        "[x] Pasbort / Passport  rhif / no. 12345678\n",
        ["Gwilym", "Tarrant", "12345678"],
        ["Concessionary Travel", "BUS PASS APPLICATION", "Pasbort / Passport"],
    ),
    (  # a phone number broken by a line end in a list
        "Interested persons:\n  - Ottoline Varga (next of kin)\n  - Rasmus Varga, 07700\n"
        "900123\n\nThe body has been released.\n",
        ["Ottoline", "Rasmus", "07700", "900123"],
        ["Interested persons", "next of kin"],
    ),
    (  # a fenland "Drove", a planning site named by the house beside it, a "Last address"
        # field; a planning reference's type code is not a name
        "Subject: OBJECTION 26/01234/HOU - Land adjacent to Heron Barn\n\nDear Sir/Madam,\n"
        "My neighbour at 17 Osier Drove agrees.\n\n"
        "Last address: Fen Reach, Osier Drove, Wrenby, PE99 9ZZ\n",
        ["Heron Barn", "17 Osier Drove", "Fen Reach", "Osier Drove, Wrenby"],
        ["Dear Sir/Madam", "OBJECTION 26/01234/HOU - Land adjacent to", "Last address:"],
    ),
    (  # a party to a claim in a court's heading, its role after a column gap; a firm party
        # stays readable
        "BETWEEN\n    WRENBY HOMES TRUST    Plaintiff\nand\n    UFI TANGITAU    Defendant\n\n"
        "Defendant's date of birth: 3 May 1980\n",
        ["UFI", "TANGITAU", "3 May 1980"],
        ["WRENBY HOMES TRUST    Plaintiff", "Defendant"],
    ),
    (  # a message copied from a page's inbox: its sender before a dot and the time
        "Copied from the page inbox 30/11/26\n\nSefo Aumua · 15:02\n"
        "hiya bins not been done again on our road\n\nWrenby Council · 15:20\n"
        "Sorry to hear that, logged.\n",
        ["Sefo", "Aumua"],
        ["Wrenby Council", "bins not been done"],
    ),
    (  # "your ... contact is NAME:"
        "| Support | Provider | Grant |\n|---|---|---|\n| Taxi | any firm | £50.00 a week |\n\n"
        "Your employer contact is Ufi Tangitau: The Surgery, Cornmarket, Louth, LN11 9QD, "
        "0115 496 0822, press 2.\n",
        ["Ufi", "Tangitau"],
        ["Your employer contact is"],
    ),
    (  # the model finds a child's surname and leaves the unusual first name before it
        "> Children\n> Adi-Losa Ravuvu   born 3 OCT 2014\n> Sela Ravuvu   born 09 04 2013\n",
        ["Adi-Losa", "Ravuvu", "3 OCT 2014"],
        ["Children"],
    ),
    (  # a firm after "on behalf of", its "LLP" in capitals, is no name
        "Yours faithfully\n\n\nHarry Wilson\nCaseworker\nFor and on behalf of Kestrel Quay LLP\n",
        ["Harry Wilson"],
        ["Kestrel Quay LLP"],
    ),
    (  # a party named in capitals in the heading and by the first name, as usually written,
        # in an index below
        "BETWEEN\n    WRENBY HOMES TRUST    Plaintiff\nand\n    HOVIK RAVUVU    Defendant\n\n"
        "INDEX\nTab  Document                                        Date        Pages\n"
        "5    Letter from the Defendant's GP about Hovik            21.10.26    41-51\n"
        "6    Tenancy agreement                                 02.02.20    52-60\n",
        ["HOVIK", "RAVUVU", "about Hovik"],
        ["Letter from the Defendant's GP about", "Tenancy agreement"],
    ),
    (  # words that are no one's: a printed index's header and its "Date" column, a form's
        # numbered heading, an address history's month and year ranges, a firm with its town
        # in brackets, a service's grant in a heading, a practice atop a fax, an invoice's
        # line, the date a declaration was signed
        "INDEX TO TRIAL BUNDLE\n\n"
        "Tab  Document                                                  Date        Pages\n"
        "1    Civil bill and particulars of claim                       24.07.26    1-12\n"
        "5    Letter from the Defendant's GP about Sione                21.10.26    41-51\n\n"
        "6. Addresses (last 5 years):\n   11/2025 - now: 12 Osier Lane, Wrenby  PE99 9ZZ\n"
        "   02/2021 - 2025: 4 Heron Way, Wrenby  PE99 9ZY\n"
        "9. Operator: Kestrel Taxis (Wrenby) Ltd\n\nYOUR ACCESS TO WORK GRANT\n\n"
        "28/11/2026 14:42 FAX 01632 960842  OSIER VALLEY PRACTICE  P.001/002\n"
        "    Cremation fee           £220.00\n\nDeclaration signed: Mere Tuilagi   29.11.2026\n",
        ["Sione", "Mere", "Tuilagi", "12 Osier Lane"],
        [
            "Tab  Document",
            "Date        Pages",
            "21.10.26",
            "6. Addresses (last 5 years):",
            "02/2021 - 2025",
            "Kestrel Taxis (Wrenby) Ltd",
            "YOUR ACCESS TO WORK GRANT",
            "OSIER VALLEY PRACTICE",
            "Cremation fee",
            "29.11.2026",
        ],
    ),
]


@pytest.mark.parametrize(
    "text,gone,kept",
    HELDOUT2_SHAPES
    + HELDOUT3_SHAPES
    + HELDOUT4_SHAPES
    + HELDOUT5_SHAPES
    + HELDOUT6_SHAPES
    + HELDOUT7_SHAPES
    + HELDOUT8_SHAPES
    + HELDOUT9_SHAPES,
    ids=[f"heldout2-shape-{i}" for i in range(len(HELDOUT2_SHAPES))]
    + [f"heldout3-shape-{i}" for i in range(len(HELDOUT3_SHAPES))]
    + [f"heldout4-shape-{i}" for i in range(len(HELDOUT4_SHAPES))]
    + [f"heldout5-shape-{i}" for i in range(len(HELDOUT5_SHAPES))]
    + [f"heldout6-shape-{i}" for i in range(len(HELDOUT6_SHAPES))]
    + [f"heldout7-shape-{i}" for i in range(len(HELDOUT7_SHAPES))]
    + [f"heldout8-shape-{i}" for i in range(len(HELDOUT8_SHAPES))]
    + [f"heldout9-shape-{i}" for i in range(len(HELDOUT9_SHAPES))],
)
def test_unseen_family_shapes(redactor, text, gone, kept):
    out = redactor.redact(Letter(id="h2", text=text)).redacted_text
    for value in gone:
        assert value not in out, out
    for words in kept:
        assert words in out, out


def test_an_irish_surname_after_its_mutation_does_not_stop_redaction(redactor):
    """heldout6 (blind) crashed the redactor: "Ó hEadhra" made a run of capitalised words with
    no word starting in a capital (IndexError), so no letter in the batch was redacted."""
    text = "Please write to Ó hEadhra at 4 Quay Street, Galway.\n"
    out = redactor.redact(Letter(id="irish", text=text)).redacted_text
    for value in ("hEadhra", "4 Quay Street"):
        assert value not in out, out


HELDOUT8_TYPED = [
    # heldout8 shapes that were hidden under the wrong type (a sender's name as a town, a house
    # as a town) or found by the model only by luck: each value must be found as its type
    (
        "Gwenllian Pryce, Bryn Awel, Llanrug, LL55 4ZZ\nNov 30 2026\n\nDear Sir or Madam,\n"
        "I appeal against the decision on school transport.\n",
        {"Gwenllian Pryce": "PERSON", "Bryn Awel": "STREET_ADDRESS", "Llanrug": "LOCATION"},
    ),
    (
        "Please read this before the panel.\n\nLast settled address:\nGarth Wen\n"
        "Llanrug LL55 4ZZ\nReason homeless: relationship ended\n",
        {"Garth Wen": "STREET_ADDRESS", "Llanrug": "LOCATION"},
    ),
    (
        "Please read this summary before the meeting on Thursday and bring any updates.\n\n"
        "Name: Dariusz Wolny\nAlso known as: Kowal (former surname), Darek\n"
        "Aliases: Piotr Jan Wolny, DAREK\nAddress of the property: Tŷ'r Felin, Llanfyllin, "
        "SY22 5ZZ\n",
        {
            "Kowal": "PERSON",
            "Darek": "PERSON",
            "Piotr Jan Wolny": "PERSON",
            "DAREK": "PERSON",
            "Tŷ'r Felin": "STREET_ADDRESS",
        },
    ),
    (
        "Licence holder: Dr Ifan Rhys, 12 Rhes y Gof, Llanrug  LL55 4ZZ, 07700 900123\n"
        "Licence holder: Mr Kofi Mensah, Pear Tree Cottage, Kington  HR5 3ZZ, 07700 900456\n",
        {"12 Rhes y Gof": "STREET_ADDRESS", "Pear Tree Cottage": "STREET_ADDRESS"},
    ),
]


HELDOUT9_TYPED = [
    # heldout9: a child the model took for a place before "born" or "told her teacher"; a house
    # name under a label that ends in "address" ("Driver address")
    (
        "> Children\n> Gevorg Manukyan   born 13/02/21\n\nDISCUSSION\n"
        "Lounja told her teacher there was shouting at home.\n"
        "Driver address: Hafod y Pwll, Oakdale  NP12 5NR\n",
        {"Lounja": "PERSON", "Hafod y Pwll": "STREET_ADDRESS", "Oakdale": "LOCATION"},
    ),
    (  # an address typed in lower case on its own line, the sender's name before it
        "Thanks for getting back to me so quickly, here are my details as you asked.\n"
        "ufi tangitau, 12 osier lane, wrenby, pe99 9zz\n",
        {"ufi tangitau": "PERSON", "12 osier lane": "STREET_ADDRESS", "wrenby": "LOCATION"},
    ),
    (  # a district named like a street after a whole street line ("... Road, Heron End")
        "Please update the file.\nHome address: 48 Osier Forge Road, Heron End, Wrenby PE99 9ZZ\n",
        {"48 Osier Forge Road": "STREET_ADDRESS", "Heron End": "LOCATION", "Wrenby": "LOCATION"},
    ),
]


HELDOUT10_TYPED = [
    # heldout10 (tuned on after its blind score): a clause between the label and "is" left an
    # NHS number with a bad check digit in clear, whatever its separators
    (
        "Their NHS number, for the continuing healthcare assessment, is 417.302.9968.\n",
        {"417.302.9968": "UK_NHS"},
    ),
    (
        "My NI number, as printed on my P60, is QQ 12 34 56 C and my NHS no., "
        "for the GP, was 417  302  9968.",
        {"QQ 12 34 56 C": "UK_NINO", "417  302  9968": "UK_NHS"},
    ),
    (  # the month of a date of birth was taken for a first name before the value
        "Mrs Ifeoma Lund, National Insurance QZ 29 73 97 C, born Feb 19 1968. I now live here.",
        {"Feb 19 1968": "DATE_OF_BIRTH"},
    ),
    (  # ... and only a month: names that start like one still lead their values (the first
        # form of that rule took "Janet" and "Marcus" for months and left the numbers in clear)
        "The NHS numbers are Janet - 417 302 9968 and Marcus - 417 302 9978.",
        {"417 302 9968": "UK_NHS", "417 302 9978": "UK_NHS"},
    ),
    (  # a text relay call: the question, "GA" (go ahead), then the caller's answer
        "ADVISER: What is your National Insurance number? GA\n"
        "CALLER (typed): TN 20 06 02 A GA\nADVISER: Thank you GA",
        {"TN 20 06 02 A": "UK_NINO"},
    ),
    (  # a repairs notice's table of owners: a " / " header, rows split by " - "
        "Works: roof and gutters, shared between 4 flats.\n\nFLAT / OWNER / TITLE / SHARE\n"
        "1F1, 9 Saltpan Row - HALLDÓRSSON, Birta - FIF40211 - £2,010.50\n"
        "    tel 07700 900412\n"
        "1F2, 9 Saltpan Row - K. Oyelaran - FIF40212 - £2,010.50\n"
        "2F1, 9 Saltpan Row - Wenonah Pask and Idris Pask - FIF40213 - £2,010.50\n\n"
        "Objections within 21 days.",
        {
            "HALLDÓRSSON, Birta": "PERSON",
            "K. Oyelaran": "PERSON",
            "Wenonah Pask": "PERSON",
            "Idris Pask": "PERSON",
        },
    ),
    (  # the same table with Glasgow flat positions, long rows: its line breaks are meant (the
        # rows were joined as a hard-wrapped paragraph and no row had the header's four cells)
        "FLAT / OWNER / TITLE / SHARE\n"
        "0/1, 12 Ropewalk Lane - T. Ashworth-Kemp - GLA10231 - £6,120.75\n"
        "0/2, 12 Ropewalk Lane - Anneli Saar and Jaan - GLA10232 - £6,120.75\n"
        "    tel 0141 496 0733\n"
        "1/1, 12 Ropewalk Lane - OYELOWO, Funmilayo - GLA10233 - £6,120.75\n",
        {
            "T. Ashworth-Kemp": "PERSON",
            "Anneli Saar": "PERSON",
            "OYELOWO, Funmilayo": "PERSON",
        },
    ),
]


#: round 10, tuned on heldout10's misses after its blind score (values invented here)
HELDOUT10_ROUND10 = [
    (  # a text relay typed in capitals: the name after "MY FRIEND", up to "FROM"
        "ADVISER: Good morning, this is the council tax team. GA\n"
        "CALLER (typed): HELLO MY NAME IS OKSANA HRYTSENKO I NEED HELP WITH MY BILL GA\n"
        "ADVISER: Will anyone come with you to the appointment? GA\n"
        "CALLER (typed): MY FRIEND TUI FROM THE DEAF CLUB CAN COME WITH ME GA\n"
        "CALLER (typed): MY FRIEND HALLVARÐUR FROM THE DEAF CLUB CAN COME WITH ME GA",
        {"TUI": "PERSON", "HALLVARÐUR": "PERSON"},
    ),
    (  # a title in lower case in a chat paste, then the surname
        "[02/11/2026, 09:14:10] dilys: water coming through from upstairs again, mrs okonkwo at "
        "no 12 says its her bath. call me on 07700 900111",
        {"okonkwo": "PERSON"},
    ),
    (  # a name, then who they are to the writer
        "Q2. Has anyone moved out in the last 12 months?\n"
        "  Yes - Bly, my former husband, moved out on 2 May 2026.",
        {"Bly": "PERSON"},
    ),
    (  # a letter's footer names who to ask for
        "Solicitor and Deputy\nPlease ask for Bly on extension 231",
        {"Bly": "PERSON"},
    ),
    (  # a house name after a move, whatever follows it
        "Ernest has found work and the family hope to move to Lapwing Cottage in Ravenstonedale "
        "next month.",
        {"Lapwing Cottage": "STREET_ADDRESS"},
    ),
    (
        "Gwen moved permanently from Sheepfold House, Ulpha, Cumb. to a care home at 3 Mill Lane.",
        {"Sheepfold House": "STREET_ADDRESS"},
    ),
    (
        "I moved from Wren Lodge in Garsdale to my sister's.",
        {"Wren Lodge": "STREET_ADDRESS", "Garsdale": "LOCATION"},
    ),
    (  # a chat message that is an address in lower case, a house name and no number
        "[04/11/2026, 10:12:01] tamsin: kiln cottage, mill row, ashwell, herts sg7 5lp the door "
        "is round the back\n"
        "[05/11/2026, 11:40:22] ellis: wren end farm great musgrave ca17 4dr the door is round "
        "the back",
        {
            "kiln cottage, mill row": "STREET_ADDRESS",
            "ashwell": "LOCATION",
            "wren end farm": "STREET_ADDRESS",
            "great musgrave": "LOCATION",
        },
    ),
    (  # someone's home, then its town
        "I moved from there to my brother Kofi's in Boltby because\nI could not manage the "
        "stairs, and later to my sister Ruta Vaitkus's in Glenfarg.",
        {"Boltby": "LOCATION", "Glenfarg": "LOCATION"},
    ),
    (  # a tenement's flats before a Gaelic street without an English suffix
        "Building: 64 Cnoc an Fhraoich, Kilmelford, Lorn, PA34 4XB\nWorks: roof and gutters.\n\n"
        "FLAT / OWNER / TITLE / SHARE\n"
        "0/1, 64 Cnoc an Fhraoich - BALOGUN, Tunde - ARG1234 - £1,200.00\n"
        "0/2, 64 Cnoc an Fhraoich - Petra Vlk - ARG1235 - £1,200.00\n",
        {
            "64 Cnoc an Fhraoich": "STREET_ADDRESS",
            "0/1, 64 Cnoc an Fhraoich": "STREET_ADDRESS",
            "0/2, 64 Cnoc an Fhraoich": "STREET_ADDRESS",
        },
    ),
    (  # an ID check's town of birth field
        "Date of birth: 12/03/1981\nTown of birth: Achiltibuie\nNI number: AB 12 34 56 C\n\n"
        "Surname: FENWICK\nTown of birth: Bridge of Orchy\n",
        {"Achiltibuie": "LOCATION", "Bridge of Orchy": "LOCATION"},
    ),
    (  # the address put beside "my house," in a quoted request
        "I asked for the scores for resurfacing the road outside my house,\n"
        "> Corrie Cottage, Glenfarg, the scores given and the names of the firms.\n\n"
        "The road outside my house, 41 Cnoc an Fhraoich, Glenfarg, is still not done.",
        {"Corrie Cottage": "STREET_ADDRESS", "41 Cnoc an Fhraoich": "STREET_ADDRESS"},
    ),
    (  # a chat address: a town after a numbered street, though its name holds a street word
        "[06/11/2026, 08:02:13] ann: 27 tanners way mill green cm4 0ha the door is round the back",
        {"27 tanners way": "STREET_ADDRESS", "mill green": "LOCATION"},
    ),
    (  # who answers the phone, after the organisation
        "ADVISER: Good morning, Scottish Borders Council, Tavake speaking. GA\n"
        "CALLER (typed): hello my name is Ruta Vaitkus GA",
        {"Tavake": "PERSON"},
    ),
    (  # an officer named by their post, between commas
        "The council withheld the names of the contractors under section 38(1)(b) but the Head "
        "of Roads, Tavake Fonua, named them at the committee.",
        {"Tavake Fonua": "PERSON"},
    ),
    (  # a neighbour's house named with "The", and a house word in capitals (heldout3's shape)
        "I have lived here for 30 years. The people who moved in next door at The Linhay have "
        "been\nburning rubbish in the garden every evening.\n"
        "THE PEOPLE WHO MOVED IN NEXT DOOR AT HAWTHORN COTTAGE HAVE BEEN BURNING RUBBISH.",
        {"The Linhay": "STREET_ADDRESS", "HAWTHORN COTTAGE": "STREET_ADDRESS"},
    ),
]


@pytest.mark.parametrize(
    "text,types",
    HELDOUT8_TYPED + HELDOUT9_TYPED + HELDOUT10_TYPED,
    ids=[f"heldout8-typed-{i}" for i in range(len(HELDOUT8_TYPED))]
    + [f"heldout9-typed-{i}" for i in range(len(HELDOUT9_TYPED))]
    + [f"heldout10-typed-{i}" for i in range(len(HELDOUT10_TYPED))],
)
def test_unseen_family_values_get_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="h8", text=text))
    found = {text[e.start : e.end]: e.type for e in out.entities}
    for value, kind in types.items():
        assert found.get(value) == kind, (value, found)


def test_the_text_relay_service_stays_readable(redactor):
    """heldout10: the model took "Relay" (the Relay UK service, a transcript's heading and
    speaker) for a name 355 times; the adviser's name beside it is still hidden."""
    text = (
        "Fife Council - Customer Services - Contact Centre\n"
        "Call type: Relay UK (text relay)   Relay call id: RUK123456789\n"
        "Duration: 00:12:01   Line: 0808 157 1111   Adviser: Ulla\n\n"
        "RELAY ASSISTANT: Hello, this is Relay UK with a caller. GA\n"
        "ADVISER: Good morning, Fife Council, Ulla speaking. GA\n"
    )
    out = redactor.redact(Letter(id="relay", text=text))
    found = [(text[e.start : e.end], e.type) for e in out.entities]
    assert not [value for value, _ in found if "relay" in value.lower()], found
    assert ("Ulla", "PERSON") in found, found


HELDOUT11_ROUND11 = [
    (  # a form's numbered question, its answer on the next line after "A:"
        "Q6 Applicant's full name\nA: Orlagh Pemberton\nQ7 Date of birth\nA: 09 11 1979\n"
        "Q8 Home address\nA: 4 Quarry Row, Lydney",
        {"09 11 1979": "DATE_OF_BIRTH"},
    ),
    (  # a household list, who each person is to the writer between the name and the date
        "Household:\n  Casimir Ettrick (son) - 11/02/15\n  Morwenna Ettrick (partner) - 3.9.1988\n",
        {"11/02/15": "DATE_OF_BIRTH", "3.9.1988": "DATE_OF_BIRTH"},
    ),
    (  # long list lines are not a hard-wrapped paragraph: each date stays on its line
        "Household:\n  Bartholomew Quennell-Adeyemi (husband) - 5th September, 1979\n"
        "  Philippa Quennell-Adeyemi (stepdaughter) - 2019/03/14\n",
        {"5th September, 1979": "DATE_OF_BIRTH", "2019/03/14": "DATE_OF_BIRTH"},
    ),
    (  # a household list with its months in capitals
        "Household:\n  Leofric Tamsett (husband) - Jul 23 1971\n  Ebba Tamsett (son) - 14 NOV 2013\n",
        {"14 NOV 2013": "DATE_OF_BIRTH"},
    ),
    (  # a calendar invite's organiser and attendees are named by their CN parameter
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nORGANIZER;CN=Hallvard Oyelaran:mailto:h.oy@example.org\n"
        "ATTENDEE;CUTYPE=RESOURCE;CN=Meeting Room 4:mailto:room4@example.org\n"
        'ATTENDEE;CN="Tobiah Quarrie";RSVP=TRUE:mailto:tq@example.com\nEND:VEVENT\n',
        {"Hallvard Oyelaran": "PERSON", "Tobiah Quarrie": "PERSON"},
    ),
    (  # a spreadsheet's header with one field label and common-word headings: a mistyped NI
        # number under "NI number" (five digits, a bad prefix) is still one
        "Payroll for November.\n\nPA\tNI number\tHours\tRate\n"
        "Oswin Tregarthen\tQX 40 11 7A\t41.5\t£12.10/hr\nLENNOX, Marit\tzt-66120-c\t12.0\t£12.60/hr\n",
        {"QX 40 11 7A": "UK_NINO", "zt-66120-c": "UK_NINO"},
    ),
]


@pytest.mark.parametrize(
    ("text", "types"),
    HELDOUT10_ROUND10 + HELDOUT11_ROUND11,
    ids=[f"heldout10-round10-{i}" for i in range(len(HELDOUT10_ROUND10))]
    + [f"heldout11-round11-{i}" for i in range(len(HELDOUT11_ROUND11))],
)
def test_later_rounds_hide_each_value_under_its_type(redactor, text, types):
    """Rounds 10 and 11: each value is hidden under its type."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="later-rounds", text=text)), types)


#: round 12, precision: words of a text's format and of forms that the rules or the model took
#: for names, places or dates of birth across several families (values invented here). Each
#: row: the text, what must stay readable, and what must still be hidden under its type.
ROUND12_KEPT_READABLE = [
    (  # a label that starts two lines is no chat speaker, in any case or with hyphens
        "PARTY 1\nFull name: Ines Kovalenko\nOccupation: Bus Driver\nCondition: never married\n"
        "PARTY 2\nFull name: Tariq Dunmore\nOccupation: Chef\nCondition: divorced\n",
        ["Occupation", "Condition"],
        {"Ines Kovalenko": "PERSON"},
    ),
    (
        "MIME-Version: 1.0\nContent-Type: multipart/alternative\n\n--b1\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Hi, the bins again.\n\n--b1\nContent-Type: text/html; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n",
        ["Content-Type", "Content-Transfer-Encoding"],
        {},
    ),
    (  # a chat's speakers who are people stay people
        "[02/11/2026, 09:14] Rose: is the van coming\n[02/11/2026, 09:15] Agent: yes\n"
        "[02/11/2026, 09:16] Rose: thanks\n",
        [],
        {"Rose": "PERSON"},
    ),
    (  # guards: a chat's speaker after a time stamp stays a person though an English word;
        # a surname in capitals before a CSV's semicolon is no calendar key
        "14/11/2026, 15:03 - Tempest: This message was deleted\n"
        "14/11/2026, 21:39 - Tiernan M: the smell from the bin\n"
        "15/11/2026, 17:48 - Tempest: its coming from no 55 again\n\n"
        "Name;dob;relationship;NI number;mobile\nMORGAN CLEGG;28 12 1975;applicant;EE-196613-A;\n",
        [],
        {"Tempest": "PERSON", "MORGAN CLEGG": "PERSON"},
    ),
    (  # a calendar invite's keys and block markers, and the program that wrote it
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\nUID:2F7C3495-2E9B-4806\n"
        "ORGANIZER;CN=Hallvard Oyelaran:mailto:h.oy@example.org\nEND:VEVENT\nEND:VCALENDAR\n",
        ["VCALENDAR", "VEVENT", "UID", "Microsoft"],
        {"Hallvard Oyelaran": "PERSON"},
    ),
    (  # a mail merge's fields left in a letter sent from a template
        "Dear Ms Hasanova «Suffix»,\n\nProperty: 52 Hangar Close, «Address_Line_3», LU3 1TE\n\n"
        'The instalment of £{ MERGEFIELD Balance \\# "0.00" } due on «Due_Date» is unpaid.',
        ["Suffix", "Address_Line_3", "MERGEFIELD Balance"],
        {"Hasanova": "PERSON", "52 Hangar Close": "STREET_ADDRESS"},
    ),
    (  # a team's mailbox: what is left of its name without the service's words is no one
        "-----Original Message-----\nFrom: Council Tax Recovery <ctax.recovery@example.gov.uk>\n"
        "Sent: 21 November 2026\n\nJane Okafor\nRecovery Officer\n",
        ["Recovery"],
        {"Jane Okafor": "PERSON"},
    ),
    (  # a date of death or an expiry date listed after a date of birth or a passport number
        "My grandparent Anar Jafarov (born 27 02 1933, died 23/10/2026) owned the grave.\n"
        "  - Passport number 767 704 898, expires 21 03 2032\n",
        ["23/10/2026", "21 03 2032"],
        {"27 02 1933": "DATE_OF_BIRTH", "767 704 898": "UK_PASSPORT"},
    ),
    (  # a mail's MIME boundary is no card number; a card number still is
        'Content-Type: multipart/alternative; boundary="----=_Part_627536_368451011.3419165535187"'
        "\n\nMy card is 4111 1111 1111 1111.\n",
        ["3419165535187"],
        {"4111 1111 1111 1111": "CREDIT_CARD"},
    ),
    (  # a form's section heading, a job after a name, lower-case words and one ordinary word
        # in a name's field
        "Referrer: B. Eshaya, Probation Practitioner\n\nPART B - VEHICLES\nVehicle 1: EM75 RRE\n"
        "Mother: Zofia Nowak\nContact: supervised, fortnightly\n\nReceived: 10.05.25 19:05\n"
        "From: Withheld\nDuration: 0m 53s\nNext of kin: chiamaka oyelaran\n",
        ["Probation Practitioner", "VEHICLES", "supervised, fortnightly", "Withheld"],
        {"B. Eshaya": "PERSON", "Zofia Nowak": "PERSON", "chiamaka oyelaran": "PERSON"},
    ),
    (  # a profession's word under a signature, however rare
        "Dear Dr Singh,\n\nThank you for referring Mr Tariq Akhtar, who I saw in clinic today with "
        "his wife. His joints are better and we will review him again in four months.\n\n"
        "Yours sincerely\n\n\nDr Katarzyna Rees\nConsultant Rheumatologist\n",
        ["Rheumatologist"],
        {"Katarzyna Rees": "PERSON", "Tariq Akhtar": "PERSON"},
    ),
    (  # a name given under a field named for a numbered identifier is a name
        "Q3 Proposed licence holder\nA: Petimat Akhmadova\nQ4 Date of birth\nA: 19th of March "
        "1970\n",
        [],
        {"Petimat Akhmadova": "PERSON", "19th of March 1970": "DATE_OF_BIRTH"},
    ),
    (  # a mail header's weekday before its date
        "From: Gunel Aliyeva <gunel@example.com>\nDate: Sun, 29 Nov 2026 14:09:26 +0000\n"
        "Subject: fly tipping\n",
        ["Sun, 29 Nov 2026"],
        {"Gunel Aliyeva": "PERSON"},
    ),
]


#: round 12, recall: a house written first in an address is part of the street address, not a
#: town (heldout3/5/6/7/10/11 typed such houses a place; values invented here)
ROUND12_TYPED = [
    (  # a house, then its street without a number
        "My name is Farai Mokoena and I live at Benvane, Cowcaddens Row, Laurencekirk AB30 2WH "
        "with my wife.",
        {"Benvane, Cowcaddens Row": "STREET_ADDRESS", "Laurencekirk": "LOCATION"},
    ),
    (  # a Welsh street, its street word first
        "She lived at Tyddyn Cneifio, Heol y Ffatri Wlân, Llanddewi Ystradenni, LD1 8HT",
        {"Tyddyn Cneifio, Heol y Ffatri Wlân": "STREET_ADDRESS"},
    ),
    (  # a calendar's escaped commas and line breaks read as written (RFC 5545)
        "BEGIN:VEVENT\nLOCATION:107 Tube Depot Road\\, Welling\\, Gtr London  DA16 3SE\n"
        "DESCRIPTION:Family time.\\nChild: Ablikim Gholami DOB 3 May 2015\\nMum mobile: "
        "07700 900123\\n\nEND:VEVENT\n",
        {"Welling": "LOCATION", "Ablikim Gholami": "PERSON", "3 May 2015": "DATE_OF_BIRTH"},
    ),
    (  # a form's numbered question naming several people, its answer a list on the next line
        "Q10 Number of households\nA: 1\nQ11 Names of tenants\nA: Tomer Biton, Diriba Fayisa, "
        "Bikila Jarso\n\nThe fee will not go through.",
        {"Diriba Fayisa": "PERSON", "Bikila Jarso": "PERSON"},
    ),
    (  # a house after an identifier and "of", before its town and postcode
        "I am Aoife Dhomhnaill, NI SG669836K, of Bide-a-Wee, Wisbech PE13 7QE. I had £22.74 left.",
        {"Bide-a-Wee": "STREET_ADDRESS", "Wisbech": "LOCATION"},
    ),
    (  # an address read backwards keeps its town a town
        'Postcode search "NE635DG" - 2 results\n  1) NE63 5DG, ASHINGTON, 159 SHAMBLES   UPRN '
        "511157544816\n  2) NE63 5DG, ASHINGTON, 74 SHAMBLES   UPRN 477331920909\nSelected: 1\n",
        {"ASHINGTON": "LOCATION", "159 SHAMBLES": "STREET_ADDRESS"},
    ),
    (  # a street ends at a column's spaced dash; the owner after it is a person
        "FLAT / OWNER / TITLE / SHARE\n0F1, 21 Rathad nan Ron - MAGNUSSON, Tomy - DMF60096 - £5,986.38\n"
        "0F2, 21 Rathad nan Ron - SSALI, Lubega - PTH56664 - £5,986.38\n",
        {
            "MAGNUSSON, Tomy": "PERSON",
            "SSALI, Lubega": "PERSON",
            "0F1, 21 Rathad nan Ron": "STREET_ADDRESS",
        },
    ),
    (  # a record's author after "Note by"
        "END:VEVENT\n\nNote by R. Tuominen: invite resent to all.\n",
        {"R. Tuominen": "PERSON"},
    ),
    (  # after a person's name, a house before its town and postcode
        "Witness 2: Shamim Meurig, Hamar, Craighouse, PA60 7JP, tel (07700) 900703",
        {"Hamar": "STREET_ADDRESS", "Craighouse": "LOCATION"},
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "types"),
    ROUND12_KEPT_READABLE + [(text, [], types) for text, types in ROUND12_TYPED],
    ids=[f"round12-readable-{i}" for i in range(len(ROUND12_KEPT_READABLE))]
    + [f"round12-typed-{i}" for i in range(len(ROUND12_TYPED))],
)
def test_round12_format_words_stay_readable(redactor, text, kept, types):
    """Round 12: the words of a format or a form stay readable; the personal data beside them
    is still hidden under its type."""
    out = redactor.redact(Letter(id="round12", text=text))
    for words in kept:
        assert words in out.redacted_text, (words, out.redacted_text)
    assert_hidden_under_type(text, out, types)


#: a value without a digit under a numbered identifier's label is still that identifier: it may be
#: spelt out (round 12 had dropped every such value, and these went out in clear)
SPELT_OUT_UNDER_LABEL = [
    ("NI number:\nalpha bravo one two three four five six charlie\n", "alpha bravo one two"),
    ("Q5 Phone\nA: oh seven seven double oh nine double oh one two three\n", "oh seven seven"),
    ("NHS number: four eight five, seven seven seven, three four five six\n", "four eight five"),
]


@pytest.mark.parametrize(("text", "value"), SPELT_OUT_UNDER_LABEL)
def test_a_spelt_out_identifier_under_its_label_is_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="spelt", text=text))
    assert value not in out.redacted_text, out.redacted_text


def test_a_calendar_organiser_joined_to_the_line_before_is_still_named():
    """heldout11, after round 11: the line normaliser joined "DTSTART;...:20261225T133000" and
    the organiser's line after it, so "ORGANIZER;CN=..." no longer began a line and the
    recogniser (anchored at a line's start) skipped it; the model found only the first name."""
    from redaction.recognizers import CalendarPeopleRecognizer

    text = (
        "DTSTART;TZID=GMT Standard Time:20261214T100000 "
        "ORGANIZER;CN=Torvald Okereke-Lund:mailto:torvald.okereke-lund@example.gov.uk\n"
        "ATTENDEE;CUTYPE=RESOURCE;CN=Room 2:mailto:room2@example.gov.uk\n"
    )
    found = [text[r.start : r.end] for r in CalendarPeopleRecognizer().analyze(text, ["PERSON"])]
    assert found == ["Torvald Okereke-Lund"]


def test_a_name_found_in_part_is_completed_from_where_it_was_found_whole():
    """A leak found on heldout11 after round 11: a calendar organiser's "Yonatan Brandenburger"
    was found only as "Yonatan" there, and the whole name, found on the note below, was not
    carried back because it overlapped that part: the surname stayed in clear."""
    text = "ORGANIZER;CN=Sabine Okonjo-Frey:mailto:s@example.org\n\nNote by Sabine Okonjo-Frey: resent."
    first = text.index("Sabine")
    second = text.index("Sabine", first + 1)
    whole = len("Sabine Okonjo-Frey")
    spans = [
        _Span("PERSON", first, first + len("Sabine"), 0.85),
        _Span("PERSON", second, second + whole, 0.85),
    ]
    found = _propagate_names(text, spans)
    in_clear = [
        i
        for i in range(first, first + whole)
        if not text[i].isspace() and not any(s.start <= i < s.end for s in found)
    ]
    assert not in_clear, text[in_clear[0] : first + whole]


def test_a_table_printed_as_text_keeps_its_line_breaks():
    """heldout8: a fixed-width table's header was read as a hard-wrapped line and joined to its
    first row, so the model read "Deduction Lounge" (last heading, first cell) as a name."""
    from redaction.normalise import normalise

    text = (
        "The landlord wants to keep most of my deposit for the items listed in the table below.\n"
        "Item                  Check-in        Check-out       Deduction\n"
        "Lounge carpet         worn            as before       £50.89\n"
        "Blinds                good            marked          £175.08\n"
    )
    assert normalise(text).text == text


def test_a_double_barrelled_name_is_redacted_whole():
    """heldout8: the model cut "E. Morgan-Davies" and "Princess-Joy Manalastas" at the hyphen and
    the other half stayed in clear."""
    text = "Inspector: E. Morgan-Davies\nReferred by Princess-Joy Manalastas, coordinator"
    start = text.index("E. Morgan")
    assert rec.hyphen_joined(text, start, start + len("E. Morgan")) == (
        start,
        start + len("E. Morgan-Davies"),
    )
    start = text.index("Joy Manalastas")
    end = start + len("Joy Manalastas")
    assert rec.hyphen_joined(text, start, end) == (text.index("Princess"), end)
    assert rec.hyphen_joined(text, 0, len("Inspector")) == (0, len("Inspector"))


def test_a_name_is_completed_around_the_part_the_model_found():
    """heldout9: the model found one word of a name ("Naivalu", "PŘEMYSL", "K PARKES") and the
    rest stayed in clear; neighbouring words that are ordinary English words or labels are not
    taken ("MOTHER", "WHO", "born")."""
    text = "> Losaline-Mele Ofanoa   born 3 OCT 2014\nMY MOTHER SIONE TUIPULOTU WHO LIVES AT"
    start = text.index("Ofanoa")
    assert rec.name_words_around(text, start, start + len("Ofanoa")) == (
        text.index("Losaline"),
        start + len("Ofanoa"),
    )
    start = text.index("SIONE")
    assert rec.name_words_around(text, start, start + len("SIONE")) == (
        start,
        text.index(" WHO"),
    )
    text = "account no 5430 5612, name T OFANOA-HALE\n"
    start = text.index("T OFANOA")
    assert rec.hyphen_joined(text, start, start + len("T OFANOA")) == (start, len(text) - 1)


def test_a_rule_decides_the_type_where_the_model_found_the_same_words(redactor):
    """A sign-off alone on the last line is a person to the rules and a place to spaCy; the rule
    read the words around it, so its type wins (heldout4: names typed LOCATION)."""
    text = "Phone me on 0113 496 0724 please, not the bailiff.\n\nTegwyn\n"
    out = redactor.redact(Letter(id="t", text=text))
    types = {text[e.start : e.end]: e.type for e in out.entities}
    assert types.get("Tegwyn") == "PERSON", types


# --------------------------------------------------------------------------- NER filters
# The NER model found 99.8% of heldout3's names and the filters after it threw 420 of them
# away (names in lower case, a chat speaker before a colon, short capitals, a surname that is
# also an ordinary word, a job in the next column). Each row is one span the model found, on
# one line, and what the filters keep of it: the names must stay redacted (fail closed), and
# labels, dates and the service's vocabulary must still be dropped. SYNTHETIC values, not in
# any evaluation set.
NER_FILTER_CASES = [
    # (text, entity type, the model's span, what is kept or None)
    ("[3 dec 2026, 19:02] tegwen: did u send it", "PERSON", "tegwen", "tegwen"),
    ("conversation with morwenna (07700 900372)", "PERSON", "morwenna", "morwenna"),
    ("if you need me.\n\nthanks, rhiannon t\n", "PERSON", "rhiannon t", "rhiannon t"),
    (
        "q15_typed_signature - ottilie brackenbury\n",
        "PERSON",
        "ottilie brackenbury",
        "ottilie brackenbury",
    ),
    ("04 Dec  TFR FROM T LAU S/C 30-94-12 a/c 55120934", "PERSON", "T LAU", "T LAU"),
    ("Client name: MEI WONG\nDOB: 04/05/61", "PERSON", "MEI WONG", "MEI WONG"),
    (
        "4. Signed: Perpetua Okonjo  Lettings Manager",
        "PERSON",
        "Perpetua Okonjo",
        "Perpetua Okonjo",
    ),
    ("the landlord, Mrs Saturday, is selling the flat", "PERSON", "Saturday", "Saturday"),
    ("1) Dr K. Sunday (d.o.b. 06/07/41), room 9", "PERSON", "K. Sunday", "K. Sunday"),
    (
        "Referrer: Ifeoma Nwachukwu - ifeoma.nwachukwu@ceredigion.gov.uk  0300 555 0187",
        "PERSON",
        "Ifeoma Nwachukwu - ifeoma.nwachukwu@ceredigion.gov.uk",
        "Ifeoma Nwachukwu",
    ),
    ("my new address is 14 tithebarn lane ormskirk l39 4qt", "LOCATION", "ormskirk", "ormskirk"),
    ("Rosemount Farm\nCrossgar\nCounty Down\nBT30 9DR", "LOCATION", "County Down", "County Down"),
    (
        "Address: 3 Cae Mawr, Llanfair-ym-Muallt LD2 3BX",
        "LOCATION",
        "Llanfair-ym-Muallt LD2 3BX",
        "Llanfair-ym-Muallt",
    ),
    # labels, dates and the service's vocabulary stay readable
    ("Name,DOB,Relationship: son", "PERSON", "Relationship", None),
    ("Switchboard: 0161 496 0000", "PERSON", "Switchboard", None),
    ("Universal Credit: yes", "PERSON", "Universal Credit", None),
    ("Dear Overpayments Team,", "PERSON", "Overpayments", None),
    ("Tick the boxes that apply", "PERSON", "Tick", None),
    ("Name of your bank: Santander UK, Bootle", "PERSON", "UK", None),
    ("Thanks, CSA\nWolverhampton City Council", "PERSON", "CSA", None),
    ("Completed by: Ama Boateng, Discharge Coordinator", "PERSON", "Discharge", None),
    ("TO WHOM IT CONCERNS AT THE COUNCIL", "PERSON", "WHOM IT", None),
    ("Date of birth: 10 June 1984", "PERSON", "June", None),
    ("Messenger · 3 Dec 2026", "PERSON", "Messenger", None),
    ("Relationship,NI number,MOBILE", "LOCATION", "MOBILE", None),
    ("i moved here from the uk in june", "LOCATION", "uk", None),
    ("please ring the phone number below", "LOCATION", "phone", None),
    ("Court ref: LO/7731902", "LOCATION", "LO/7731902", None),
    ("Completed by: Ama Boateng, Senior Practitioner", "LOCATION", "Senior Practitioner", None),
]


@pytest.mark.parametrize(
    "text,entity_type,found,kept",
    NER_FILTER_CASES,
    ids=[f"ner-filter-{i}" for i in range(len(NER_FILTER_CASES))],
)
def test_ner_filters_keep_names_and_drop_labels(text, entity_type, found, kept):
    from redaction.recognizers.names import keep_model_span

    start = text.index(found)
    span = keep_model_span(text, entity_type, start, start + len(found))
    assert (None if span is None else text[span[0] : span[1]]) == kept


# The same shapes through the whole redactor, where no rule caught them before the fix.
NER_FILTER_SHAPES = [
    (  # a text thread exported to a file: lower-case speakers before a colon
        "copy of texts as asked by the housing office\n\nconversation with morwenna "
        "(07700 900372)\n[3 dec 2026, 19:02] tegwen: did u send the form off\n"
        "[3 dec 2026, 19:05] morwenna: yes yesterday x\n",
        ["morwenna", "tegwen"],
        ["did u send the form off", "copy of texts as asked by the housing office"],
    ),
    (  # a signature with the job title in the next column
        "4. Signed: Perpetua Okonjo  Lettings Manager\n   Date: 02/12/2026\n",
        ["Perpetua", "Okonjo"],
        ["Lettings Manager"],
    ),
    (  # a surname that is also an ordinary word, after a personal title
        "We are moving because the landlord, Mrs Saturday, is selling the flat.\n",
        ["Saturday"],
        ["the landlord", "is selling the flat"],
    ),
    (  # labels and the service's vocabulary stay readable
        "Dear Overpayments Team,\n\nTick the boxes that apply.\nRelationship: son\n"
        "Name of your bank: Santander UK\nUniversal Credit: yes\n",
        [],
        [
            "Overpayments Team",
            "Tick the boxes",
            "Relationship:",
            "Santander UK",
            "Universal Credit:",
        ],
    ),
]


@pytest.mark.parametrize(
    "text,gone,kept",
    NER_FILTER_SHAPES,
    ids=[f"ner-filter-shape-{i}" for i in range(len(NER_FILTER_SHAPES))],
)
def test_names_the_model_found_stay_redacted(redactor, text, gone, kept):
    out = redactor.redact(Letter(id="nf", text=text)).redacted_text
    for value in gone:
        assert value not in out, out
    for words in kept:
        assert words in out, out


# --------------------------------------------------------------------------- non-English letters
# A letter not in English also has the capitalised words beside each value masked as names
# (redaction.multilingual). Those words are most often Welsh or English function words, labels
# and the service's vocabulary, never a name (PERSON precision 0.73 on dev, 0.70 on heldout).
# Each row: a shape, the names that must stay hidden beside the dropped words, the words that
# must stay readable.
MULTILINGUAL_SHAPES = [
    (  # Welsh self-introduction: "Fy" (my), "Yswiriant Gwladol" (National Insurance), "Mae"
        "Annwyl Syr/Fadam,\n\nRwy'n ysgrifennu ynglŷn â fy nhreth gyngor. Fy enw i yw Gwenllian "
        "Athelstan ac rwy'n byw yn 17 Heol y Wennol, Aberaeron, SA46 0QQ. Fy rhif Yswiriant "
        "Gwladol yw WP 37 18 52 C. Mae fy merch, Tanwen, yn byw gyda fi.\n\nDiolch yn fawr,\n\n"
        "Yn gywir,\nGwenllian Athelstan\n",
        ["Gwenllian", "Athelstan", "Tanwen", "WP 37 18 52 C"],
        ["Syr/Fadam", "Fy rhif Yswiriant Gwladol yw", "Diolch yn fawr", "Yn gywir"],
    ),
    (  # a bilingual form letter: English labels and sentence starts beside the values
        "Annwyl Swyddog Tai / Dear Housing Officer,\n\nFy enw yw Cadfael Morrow-Inglis.\n"
        "My name is Cadfael Morrow-Inglis.\nNI / Yswiriant Gwladol: WP 52 61 07 A\n"
        "Please quote reference 99201377.\nYn ddiffuant / Yours sincerely,\n"
        "Cadfael Morrow-Inglis\nFfôn / Phone: 07700 900418\n",
        ["Cadfael", "Morrow-Inglis", "WP 52 61 07 A", "07700 900418"],
        ["My name is", "NI / Yswiriant Gwladol", "Please quote", "Ffôn / Phone"],
    ),
    (  # a title before a name: the name is masked, the title read; "Rhif GIG", "Ffoniwch"
        "Mae'r meddyg teulu, Dr Ynyr Blethyn, wedi llenwi'r ffurflen. Rhif GIG (NHS): "
        "943 476 5919. Ffoniwch fi ar 07700 900562.\nCofion,\nEsyllt Blethyn\n",
        ["Ynyr", "Blethyn", "943 476 5919", "07700 900562", "Esyllt"],
        ["Dr <", "Rhif GIG (NHS)", "Ffoniwch fi"],
    ),
    (  # fails closed: a word that is also a given name stays masked beside a value ("Mae")
        "Rwy'n byw gyda fy chwaer. Ffoniwch Mae ar 07700 900731.\nYn gywir,\nBronwen Tegid\n",
        ["Mae ar", "07700 900731", "Bronwen", "Tegid"],
        ["Rwy'n byw gyda fy chwaer. Ffoniwch <", "Yn gywir"],
    ),
]


@pytest.mark.parametrize(
    "text,gone,kept",
    MULTILINGUAL_SHAPES,
    ids=[f"multilingual-shape-{i}" for i in range(len(MULTILINGUAL_SHAPES))],
)
def test_words_beside_values_in_other_languages(redactor, text, gone, kept):
    out = redactor.redact(Letter(id="ml", text=text)).redacted_text
    for value in gone:
        assert value not in out, out
    for words in kept:
        assert words in out, out


#: round 13 (heldout12 as a tuning family): how people write what they say or paste; values
#: invented here. Each row: the text, and each value that must be hidden under its type.
HELDOUT12_ROUND13 = [
    (  # a date of birth said in words after "DOB given as"
        "Caller: Mrs Orla Fenwick\nDOB given as the twenty-second of March nineteen forty-eight\n",
        {"the twenty-second of March nineteen forty-eight": "DATE_OF_BIRTH"},
    ),
    (  # an ordinal word for the day, the year in digits, after "born"
        "Grandfather: Tobias Lindqvist, born Seventh October 1921 - died 1990\n",
        {"Seventh October 1921": "DATE_OF_BIRTH"},
    ),
    (  # the month first, then the day in words
        "Caller gave her date of birth as March the ninth, 1950 and asked for a callback.\n",
        {"March the ninth, 1950": "DATE_OF_BIRTH"},
    ),
    (  # Scottish Gaelic's "date of birth" on a bilingual form
        "Brother at the school: Calum Rennie, ceann-là breith 14 06 2014\n",
        {"14 06 2014": "DATE_OF_BIRTH"},
    ),
    (  # an NI number read back in the NATO alphabet
        "NINO read back as Kilo Romeo four one, two two, nine eight, Charlie, confirmed\n",
        {"Kilo Romeo four one, two two, nine eight, Charlie": "UK_NINO"},
    ),
    (
        "NI read back as Echo Hotel 52 90 13 Bravo - ok\n",
        {"Echo Hotel 52 90 13 Bravo": "UK_NINO"},
    ),
    (  # a phone number said digit by digit
        "Contact number: oh one nine oh, double four seven, three two oh eight - keyed as given\n",
        {"oh one nine oh, double four seven, three two oh eight": "PHONE_NUMBER"},
    ),
    (  # bank details as a CSV export's first rows
        "Account holder,K ABERNETHY\nSort code,30.91.47\nAccount number,61 72 05 38\n\n"
        "Date,Description,Amount,Balance\n",
        {"30.91.47": "UK_SORT_CODE", "61 72 05 38": "UK_BANK_ACCOUNT"},
    ),
    (
        "Sort code,309147\nAccount number,6172053\n",
        {"309147": "UK_SORT_CODE", "6172053": "UK_BANK_ACCOUNT"},
    ),
    (  # "the" of a date said in words; a short year after "DOB given as"
        "I was born on the third of June nineteen eighty-one. I make this statement.\n"
        "Partner DOB given as 2nd of May '38\n",
        {
            "the third of June nineteen eighty-one": "DATE_OF_BIRTH",
            "2nd of May '38": "DATE_OF_BIRTH",
        },
    ),
    (  # a family tree's "b." before a date
        "Class 2 - children of the deceased\n  (a) eldest son (no contact), b. 03-Mar-1961\n"
        "  (b) second son (abroad), b. Sep 4 1958\n",
        {"03-Mar-1961": "DATE_OF_BIRTH", "Sep 4 1958": "DATE_OF_BIRTH"},
    ),
    (  # an NI number read back with a suffix letter that is not A-D is still read back
        "NINO read back as Juliet Papa - one one - four four - zero nine - Golf, confirmed\n",
        {"Juliet Papa - one one - four four - zero nine - Golf": "UK_NINO"},
    ),
    (  # a Markdown note's bold label
        "## Tenant\n\n**Address:** Withy Lodge, Oakworth, BD22 7QP  \n**Email:** a@example.org\n",
        {"Withy Lodge": "STREET_ADDRESS"},
    ),
    (  # a patronymic's lower-case word is part of the name
        "Class 2 - Children:\n  (a) Aibek Nurlan uulu, b. 19/06/1963, 17 Kiln Road, Ketley\n"
        "  (b) Aizhan Nurlan kyzy, b. 2 May 1966, 4 Mill Lane, Ketley\n",
        {"Aibek Nurlan uulu": "PERSON", "Aizhan Nurlan kyzy": "PERSON"},
    ),
    (  # a family list, each line who the person is, their name and a date
        "PART 5 - FAMILY HISTORY\nMother: Achol Deng, born 1931 - died 1990\n"
        "Sister: Nyandeng Maker - Jun 14 1972\nSon: Kuol Abiel Maker - 1994/10/05\n",
        {"Jun 14 1972": "DATE_OF_BIRTH", "1994/10/05": "DATE_OF_BIRTH"},
    ),
    (  # the other party of a personal payment in a bank statement's description
        "Date,Description,Amount,Balance\n15/11/2026,SO TO A OBOL REF VSUWR3,-45.00,438.89\n"
        "17/11/2026,FPS TO NYOKABI WAMBUI REF 7TQ2,-45.00,393.89\n",
        {"A OBOL": "PERSON", "NYOKABI WAMBUI": "PERSON"},
    ),
    (  # a site named by the house it lies beside or behind is the address
        "1. Site of the works\nLand adjacent to 14 Ropewalk Terrace\nOakworth\nBD22 7QP\n",
        {"Land adjacent to 14 Ropewalk Terrace": "STREET_ADDRESS"},
    ),
    (
        "1. Site of the works\nRear of 3 Tannery Gardens\nOakworth\nBD22 7QP\n",
        {"Rear of 3 Tannery Gardens": "STREET_ADDRESS"},
    ),
    (
        "Location: Garage 7 rear of 41 Chandlers Row, Oakworth BD22 7QP\n",
        {"Garage 7 rear of 41 Chandlers Row": "STREET_ADDRESS"},
    ),
]


@pytest.mark.parametrize(
    ("text", "types"), HELDOUT12_ROUND13, ids=[f"h12r13-{i}" for i in range(len(HELDOUT12_ROUND13))]
)
def test_heldout12_round13_said_and_pasted_values_are_hidden(redactor, text, types):
    """Round 13: a value said aloud, written in words or pasted as a CSV cell is hidden under
    its type."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round13", text=text)), types)


#: round 14 (tuned on the fifteen tuning families; values invented here): values found by what
#: they are, whatever the layout: a scanned date-of-birth label, a postcode with two spaces,
#: street names holding link words, house names without a house word, a chat message that is
#: only an address, and a street address written a second time
ROUND14_FOUND = [
    (  # a scan's "birth" and the "is" wrapped to the next line
        "I have lived here for 40 years. My date of blrth\nis 14 02 1939. The people next door\n",
        {"14 02 1939": "DATE_OF_BIRTH"},
    ),
    (
        "My date 0f birtb is 2nd of June 1947 and I am housebound.\n",
        {"2nd of June 1947": "DATE_OF_BIRTH"},
    ),
    (  # a postcode's halves two spaces apart, in a form field and in a chat
        "q4c_town: Hexham\nq4d_pc: NE46  3RW\nq4e_uprn: \n",
        {"NE46  3RW": "UK_POSTCODE"},
    ),
    (  # a chat message that is only an address, no street word in it
        "[14 nov 2026, 11:22] dafydd: 61 northgate alnwick ne66  1tt\n",
        {"61 northgate": "STREET_ADDRESS", "ne66  1tt": "UK_POSTCODE"},
    ),
    (  # a street named with "of" and an alley
        "Please write to me at 47 Shoulder of Mutton Alley, Norwich NR3 1TT as before.\n",
        {"47 Shoulder of Mutton Alley": "STREET_ADDRESS"},
    ),
    (  # a numbered street without a suffix, its link words, the town on the lines below
        "My previous address was 14 Rue des Marais\nSt Peter Port\nGY1 2AB\n",
        {"14 Rue des Marais": "STREET_ADDRESS"},
    ),
    (
        "Mr Crane\n9 Land of Promise,\nWool\nDorset\nBH20 6AA\n",
        {"9 Land of Promise": "STREET_ADDRESS"},
    ),
    (  # a Gaelic street's h- after "na"
        "Witness 1: Calum Rennie, 22 Sràid na h-Aibhne, Portree IV51 9DQ, tel 07700 900111\n",
        {"22 Sràid na h-Aibhne": "STREET_ADDRESS"},
    ),
    (
        "The skip outside 22 Sràid na h-Aibhne has been there a month.\n",
        {"22 Sràid na h-Aibhne": "STREET_ADDRESS"},
    ),
    (  # a house without a house word before its street, then the town and postcode
        "Witness 2: Ms Olwen Brackley, Bal Vean, Tanner Lane, Kettlewell  BD23 5QR\n",
        {"Bal Vean, Tanner Lane": "STREET_ADDRESS", "Olwen Brackley": "PERSON"},
    ),
    (
        "Previous addresses:\n  2015-2019: Carrow Beg, Fisher Row, Portscatho  TR2 4LZ\n",
        {"Carrow Beg, Fisher Row": "STREET_ADDRESS"},
    ),
    (  # a house name right before its postcode
        "Signed:\n- Mr Jabez Orme, Kittiwake Lodge TA8 2PQ  tel 07700 900123\n",
        {"Kittiwake Lodge": "STREET_ADDRESS", "Jabez Orme": "PERSON"},
    ),
    (  # a tenement flat in capitals, a floor and a side before the number
        "Post returned from FLAT 2F3, 41 FERRY BRAE, LOCHGELLY KY5 1AB yesterday.\n",
        {"FLAT 2F3, 41 FERRY BRAE": "STREET_ADDRESS"},
    ),
    (
        "We visited Middle Floor Left, 9 Smiddy Brae, Lochgelly KY5 1AB on Monday.\n",
        {"Middle Floor Left, 9 Smiddy Brae": "STREET_ADDRESS"},
    ),
    (  # "at No." with the number wrapped to the next line
        "The people who moved in next door at No.\n44 have been burning rubbish.\n",
        {"No.\n44": "STREET_ADDRESS"},
    ),
]

#: round 14, second batch: the lines of a web form's pasted address, Channel Islands streets, a
#: home named when leaving it or right before its postcode, and people named by their part in a
#: case or their post (the model had typed several of these names places)
ROUND14_FOUND_2 = [
    (  # an HTML line break ends an address line: the town under the street is a town
        "<tr><td><strong>Address</strong></td><td>78 Kilbeg Road<br />Dunloy<br />BT44 1FR"
        "</td></tr>\n",
        {"Dunloy": "LOCATION"},
    ),
    (  # Norman French streets, the street word first
        "  * Tamsin Roe, 14 Rue des Landes Pourries, St Ouen, JE3 1AX\n",
        {"14 Rue des Landes Pourries": "STREET_ADDRESS"},
    ),
    (
        "Father: Per Lund, last known at Le Clos du Moulin, St Ouen, Bailiwick of Jersey  JE3 7DG\n",
        {"Le Clos du Moulin": "STREET_ADDRESS"},
    ),
    (  # a plural possessive street word
        "  06/1997 to 06/2004: 152 Weavers' Row, Tealing, Angus DD4 3TD\n",
        {"152 Weavers' Row": "STREET_ADDRESS"},
    ),
    (  # a home named when leaving it
        "We had to leave Heather Brae House, Kirkfieldbank because of the damp.\n",
        {"Heather Brae House": "STREET_ADDRESS"},
    ),
    (  # a dwelling name right before its postcode
        "The vans park outside Kestrel Cottage SL2 9YY every night.\n",
        {"Kestrel Cottage": "STREET_ADDRESS"},
    ),
    (  # a party to a case between commas after its part
        "I have lived at my address for 9 years. The Defendant, Ljubo, moved in next door.\n",
        {"Ljubo": "PERSON"},
    ),
    (
        "I have lived at my address for 9 years. The Respondent, Tsvetan, moved in next door.\n",
        {"Tsvetan": "PERSON"},
    ),
    (  # the name somebody is known by
        "I saw a man I know as Ozod get out of a car.\n",
        {"Ozod": "PERSON"},
    ),
    (  # who helped or supported the writer
        "Form completed with help from Tursunoy, Moss Side Law Centre (14 Ropewalk Chambers)\n",
        {"Tursunoy": "PERSON"},
    ),
    (
        "Supported by Gulbahor, Forces Families North, PO Box 3317\n",
        {"Gulbahor": "PERSON"},
    ),
    (  # a surname in capitals, then the given name, in a tab-separated row
        "PA\tNI number\tHours\tRate\nRAHIMOV, Sardor\tZA109167 C\t156.5\t£13.98/hr\n",
        {"RAHIMOV": "PERSON", "Sardor": "PERSON"},
    ),
    (  # a keyworker's label
        "Keyworker: Ulugbek Nazarov, Mary Seacole House (Direct Access Hostel)\n",
        {"Ulugbek Nazarov": "PERSON"},
    ),
]

ROUND14_FOUND_3 = [
    (  # a place's name goes on past "&", "na" or a county's division in brackets
        "She lives at 36 Kiln Row, Ketley, Telford & Wrekin  TF1 2HU.\n",
        {"Telford & Wrekin": "LOCATION"},
    ),
    (
        "He lives at 1 Gasholder Row, Hampsthwaite, Yorks (W.R.) HG3 7AG.\n",
        {"Yorks (W.R.)": "LOCATION"},
    ),
    (
        "He moved to 94 Seal Road, Miabhag, Eilean na Hearadh HS3 4AU\n",
        {"Eilean na Hearadh": "LOCATION"},
    ),
    (  # a home named by its dwelling word, then its town
        "Housing history: settled at Harbour View, Waterbeach CB25 8ED; before that Quarry Lodge,"
        " Lymm.\n",
        {"Quarry Lodge": "STREET_ADDRESS"},
    ),
    (  # a street word ending in an apostrophe
        "  (a) Mahinda Perera, b. 4th of January 1981, 54 Ba' Green Road, Lyth, Co. Caithness"
        "  KW1 4DE - letter sent\n",
        {"54 Ba' Green Road": "STREET_ADDRESS"},
    ),
    (  # a house number and its street are no numbered question: the district under it
        "Dana Whitlow\n64 Larch Street\nSneinton\nNottingham\nNG2 4PQ\n\nDear Sir,\n",
        {"Sneinton": "LOCATION"},
    ),
    (  # a scan's note in brackets above the block; a title in capitals
        "[Scan 8812 - envelope, front]\nPRIVATE & CONFIDENTIAL\nMR ODHRAN KEEGAN\n41 MILL BRAE\n"
        "COMBER\nBT23 5QQ\n\n            ROYAL MAIL - RETURN TO SENDER\n",
        {"ODHRAN KEEGAN": "PERSON"},
    ),
    (  # after a numbered street, a district and a town ending in street words stay places
        "Address: 2 Throwers Close, Birches Head, Hanley Green  ST1 2HY\n",
        {"Birches Head": "LOCATION", "Hanley Green": "LOCATION"},
    ),
    (  # a person's name before a house and its street stays a name
        "Witness 2: Akorfa Mensah-Lartey, Heatherbrae Croft, Portnahaven  PA47 7GD\n",
        {"Akorfa Mensah-Lartey": "PERSON", "Heatherbrae Croft": "STREET_ADDRESS"},
    ),
]

#: a street address found once is hidden where it is written again: (text, the repeat)
ROUND14_WRITTEN_AGAIN = [
    (
        "Miss Harrow\nPear Tree Cottage\nWharf Road\nWool BH20 2QS\n\n"
        "We have reviewed the crew's records for Wharf Road and the bin was late.\n",
        "records for Wharf Road",
    ),
    (
        "> Dr P. Onwuka\n> 12 Land of Promise\n> Hexham\n> NE46 3RW\n>\n"
        "> We have reviewed the crew's records for 12 Land of Promise and the bin was late.\n",
        "records for 12 Land of Promise",
    ),
]


@pytest.mark.parametrize(
    ("text", "types"),
    ROUND14_FOUND + ROUND14_FOUND_2 + ROUND14_FOUND_3,
    ids=[f"r14-{i}" for i in range(len(ROUND14_FOUND))]
    + [f"r14b-{i}" for i in range(len(ROUND14_FOUND_2))]
    + [f"r14c-{i}" for i in range(len(ROUND14_FOUND_3))],
)
def test_round14_values_found_by_what_they_are(redactor, text, types):
    """Round 14: a value is hidden under its type by what it is, whatever the layout."""
    assert_hidden_under_type(text, redactor.redact(Letter(id="round14", text=text)), types)


@pytest.mark.parametrize(
    ("text", "repeat"),
    ROUND14_WRITTEN_AGAIN,
    ids=[f"r14-again-{i}" for i in range(len(ROUND14_WRITTEN_AGAIN))],
)
def test_round14_a_street_address_is_hidden_where_it_is_written_again(redactor, text, repeat):
    """Round 14: the second writing of an address found once is hidden as a street address."""
    value = repeat.removeprefix("records for ")
    start = text.rindex(value)
    out = redactor.redact(Letter(id="round14-again", text=text))
    assert any(
        e.type == "STREET_ADDRESS" and e.start <= start and start + len(value) <= e.end
        for e in out.entities
    ), [(text[e.start : e.end], e.type) for e in out.entities]
