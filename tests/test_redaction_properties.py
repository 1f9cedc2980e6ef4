"""Property-based tests: personal data put into random layouts, with random invisible or look-alike
characters, never survives redaction (hypothesis draws the cases; the examples are derandomised,
so CI runs the same ones every time)."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts.models import Letter

PROPERTY_SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                             suppress_health_check=[HealthCheck.too_slow,
                                                    HealthCheck.function_scoped_fixture])

INVISIBLE = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200c", "\u200d"]
ODD_SPACES = ["\u00a0", "\u2009", "\u202f", "\u2007", "\u3000"]
FILLER = [
    "I am writing about my claim.", "Nobody has replied to my last three letters.",
    "Please can you help me with this.", "I have attached the form you sent.",
    "My Universal Credit payment was late again this month.",
    "The Council Tax bill for March is wrong.", "I called on Monday but was cut off.",
]
NAMES = ["Margaret Thornbury", "Gareth Llewellyn-Jones", "Priya Ramaswamy", "Łukasz Wójcik",
         "Siobhan O'Sullivan", "Chiamaka Oyelaran", "Dafydd ap Gruffydd", "Aoife Ní Bhriain"]
STREETS = ["14 Acacia Avenue", "221 Stratford Road", "88 Heol y Frenhines", "7 Lôn Glan Môr",
           "Flat 2/1, 14 Byres Road", "3 Nine Mile Ride", "Rose Cottage, Church Lane"]
TOWNS = ["Sheffield", "Much Wenlock", "Westward Ho!", "Ashby-de-la-Zouch", "Bishop's Stortford",
         "Stow-on-the-Wold", "Blaenau Ffestiniog", "Newcastle upon Tyne"]


# --------------------------------------------------------------------------- values
@st.composite
def ninos(draw):
    first = draw(st.sampled_from("ABCEGHJKLMNOPRSTWXYZ"))
    second = draw(st.sampled_from("ABCEGHJKLMNPRSTWXYZ"))
    if first + second in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        second = "A"
    digits = draw(st.text(string.digits, min_size=6, max_size=6))
    value = first + second + digits + draw(st.sampled_from("ABCD"))
    if draw(st.booleans()):
        value = f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"
    return value


@st.composite
def nhs_numbers(draw):
    while True:
        digits = [draw(st.sampled_from("4567"))] + draw(
            st.lists(st.sampled_from(string.digits), min_size=8, max_size=8))
        check = 11 - sum(int(d) * w for d, w in zip(digits, range(10, 1, -1))) % 11
        check = 0 if check == 11 else check
        if check != 10:
            value = "".join(digits) + str(check)
            sep = draw(st.sampled_from(["", " ", "-"]))
            return f"{value[:3]}{sep}{value[3:6]}{sep}{value[6:]}"


@st.composite
def postcodes(draw):
    area = draw(st.sampled_from(["LS", "M", "B", "SW", "EH", "CF", "BT", "S", "NE", "G"]))
    district = str(draw(st.integers(1, 29)))
    inward = str(draw(st.integers(0, 9))) + "".join(
        draw(st.lists(st.sampled_from("ABDEFGHJLNPQRSTUWXYZ"), min_size=2, max_size=2)))
    value = f"{area}{district} {inward}"
    return value.lower() if draw(st.integers(0, 4)) == 0 else value


@st.composite
def phones(draw):
    tail = "".join(draw(st.lists(st.sampled_from(string.digits), min_size=3, max_size=3)))
    return draw(st.sampled_from([f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900 {tail}",
                                 f"0113 496 0{tail}", f"(0161) 496 0{tail}",
                                 f"+44 (0)20 7946 0{tail}"]))


IDENTIFIERS = {
    "UK_NINO": (ninos(), ["My NI number is {v}.", "NI: {v}", "National Insurance no {v}",
                          "NINO\t{v}", "nat ins number {v} thanks"]),
    "UK_NHS": (nhs_numbers(), ["My NHS number is {v}.", "NHS no: {v}", "NHS number\n{v}"]),
    "UK_POSTCODE": (postcodes(), ["I live at 4 Mill Lane, Leeds {v}.", "Postcode: {v}",
                                  "Leeds\n{v}\n", "my postcode is {v}"]),
    "PHONE_NUMBER": (phones(), ["Call me on {v}.", "Tel: {v}", "mobile {v} after 5pm",
                                "Contact telephone {v}."]),
}


def _disguise(draw, value: str) -> str:
    """The value as a person, a phone keyboard or a pasted PDF might write it."""
    trick = draw(st.sampled_from(["none", "invisible", "space", "fullwidth", "mixed"]))
    chars = list(value)
    if trick in ("invisible", "mixed") and len(chars) > 2:
        at = draw(st.integers(1, len(chars) - 1))
        chars.insert(at, draw(st.sampled_from(INVISIBLE)))
    if trick in ("space", "mixed"):
        chars = [draw(st.sampled_from(ODD_SPACES)) if c == " " else c for c in chars]
    if trick == "fullwidth":
        chars = [chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in chars]
    return "".join(chars)


@st.composite
def letters_with(draw, kind: str):
    strategy, templates = IDENTIFIERS[kind]
    value = draw(strategy)
    written = _disguise(draw, value)
    body = draw(st.sampled_from(templates)).format(v=written)
    before = draw(st.lists(st.sampled_from(FILLER), max_size=2))
    after = draw(st.lists(st.sampled_from(FILLER), max_size=2))
    joiner = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return joiner.join([*before, body, *after]), value


def _visible(text: str) -> str:
    """What a reader of the output sees: NFKC, without invisible characters or odd spaces."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _leaks(value: str, redacted: str) -> list[str]:
    seen = _visible(redacted).replace(" ", "").lower()
    core = _visible(value).replace(" ", "").lower()
    digits = "".join(c for c in core if c.isdigit())
    leaks = [core] if core in seen else []
    # no run of five digits of the value may survive either
    leaks += [digits[i:i + 5] for i in range(max(0, len(digits) - 4)) if digits[i:i + 5] in seen]
    return leaks


@pytest.mark.parametrize("kind", sorted(IDENTIFIERS))
def test_identifiers_never_survive(redactor, kind):
    @PROPERTY_SETTINGS
    @given(letters_with(kind))
    def check(case):
        text, value = case
        out = redactor.redact(Letter(id="p", text=text)).redacted_text
        assert not _leaks(value, out), (text, out)

    check()


@PROPERTY_SETTINGS
@given(name=st.sampled_from(NAMES), street=st.sampled_from(STREETS), town=st.sampled_from(TOWNS),
       postcode=postcodes(), layout=st.integers(0, 5), filler=st.sampled_from(FILLER))
def test_names_and_addresses_never_survive(redactor, name, street, town, postcode, layout,
                                           filler):
    texts = [
        f"Dear Council Tax Team,\n{name} of {street}, {town} {postcode} has been overcharged.",
        f"{filler}\n\nYours sincerely,\n{name}\n{street}\n{town}\n{postcode}",
        f"My name is {name} and I live at {street}, {town}. {filler}",
        f"Name: {name}\nAddress: {street}, {town}, {postcode}\n\n{filler}",
        f"{name} | {street} | {town} | {postcode}",
        f"I am {name}, I moved to {street}, {town} {postcode} last year. {filler}",
    ]
    text = texts[layout]
    out = redactor.redact(Letter(id="p", text=text)).redacted_text
    for value in (name, *name.split()[-1:], street.split(",")[-1].split(" ", 1)[-1], town,
                  postcode):
        assert _visible(value) not in _visible(out), (text, out)


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_a_consistent_result(redactor, text):
    """Whatever the text: no crash, offsets index the original, and every placeholder in the
    output maps to exactly one value found."""
    import regex

    out, values = redactor.redact_with_values(Letter(id="p", text=text))
    for entity in out.entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert entity.placeholder in values
    found = set(regex.findall(r"<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\d+>", out.redacted_text))
    assert found <= set(values)


_PHRASES = ["Child Benefit", "Carer's Allowance", "Universal Credit", "PIP", "Civic Hall, Leeds LS1 1UR",
            "16 to 19 Bursary Fund", "Child", "Benefit cap"]
_PIECES = st.sampled_from(["Child", "child", "CHILD", "Benefit", "benefit", "Carer's", "Carers",
                           "Carer", "Allowance", "Universal", "Credit", "PIP", "PIPs", "Civic",
                           "Hall", "Leeds", "LS1", "1UR", "16", "to", "19", "Bursary", "Fund",
                           "cap", "Childs", "xChild", "é", "İ", "ß", "'", "’", "-", "_", "(", ")"])
_SEPARATORS = st.sampled_from([" ", "  ", ", ", "\n", ",\n", "", "\t", ".", "_"])


@PROPERTY_SETTINGS
@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=30))
def test_phrase_matcher_finds_what_the_plain_alternation_finds(parts):
    """The matcher tries its alternation only where a word starts like a phrase: the spans
    must be exactly those of trying it at every position (finditer)."""
    from redaction.phrases import PhraseMatcher

    text = "".join(piece + sep for piece, sep in parts)
    matcher = PhraseMatcher(_PHRASES)
    assert matcher.starts  # every phrase here begins with a word character: the fast path
    assert matcher.spans(text) == [m.span() for m in matcher.regex.finditer(text)]


def test_phrase_matcher_with_a_phrase_not_starting_a_word_tries_every_position():
    from redaction.phrases import PhraseMatcher

    matcher = PhraseMatcher(["(ESA) office", "Child Benefit"])
    assert not matcher.starts
    text = "Write to the (ESA) office about Child  Benefit."
    assert matcher.spans(text) == [m.span() for m in matcher.regex.finditer(text)] == [
        (13, 25), (32, 46)]
