"""SYNTHETIC UK personal-data evaluation set for the redaction stage.

Every row is invented: names come from Faker (``en_GB`` plus a share of other locales, as
UK casework sees), identifiers are random but follow the official formats (HMRC NINO
prefix rules, NHS mod-11 check digit, DVLA licence layout, IBAN mod-97, Luhn for cards),
phone numbers are Ofcom drama-range or random mobile numbers, and towns are real UK towns
paired with their postcode area. Every row carries ``"synthetic": True``; report results on
it as results on synthetic data.

Rows: ``{"id", "text", "spans": [{"type", "start", "end"}], "synthetic": True}``. Span types
are the redaction stage's entity types (PERSON, STREET_ADDRESS, LOCATION, UK_POSTCODE,
PHONE_NUMBER, EMAIL_ADDRESS, UK_NINO, UK_NHS, UK_SORT_CODE, UK_BANK_ACCOUNT, UK_PASSPORT,
UK_DRIVING_LICENCE, DATE_OF_BIRTH, CREDIT_CARD, IBAN_CODE). Labelling conventions:
titles ("Mrs") are not part of a PERSON span; an address is split into its street part
(flat / house name / number + street, possibly over several lines), LOCATION spans for
district, town and county, and the UK_POSTCODE.

Distractors that are deliberately *not* labelled: ordinary dates (letter dates, deadlines,
appointments), money amounts, case/claim/invoice references (some 8-10 digits long),
organisation names, helpline numbers and organisation email addresses and addresses.

Templates: a posted letter with an address block, an email with a signature, a web form,
a complaint narrative, a letter written on someone's behalf, and a short note.
"""

from __future__ import annotations

from collections.abc import Callable

from evaluation.synthetic.uk_pii.identifiers import nhs_number, nino
from evaluation.synthetic.uk_pii.letter import _Letter
from evaluation.synthetic.uk_pii.people import _Factory
from evaluation.synthetic.uk_pii.sentences import (
    FILLER,
    ORGANISATION_ADDRESSES,
    TOPIC,
    _body,
    _choose_kinds,
    _pii_sentences,
    _sig,
)

__all__ = ["ORGANISATION_ADDRESSES", "TEMPLATES", "generate_uk_pii_set", "nhs_number", "nino"]


# --------------------------------------------------------------------------- templates
def t_posted_letter(L: _Letter) -> None:
    rng = L.rng
    if rng.random() < 0.35:
        L.render("{NAME}\n")
    L.render("{ADDRESS_BLOCK}")
    if rng.random() < 0.3:
        L.render(rng.choice(["\nTel: {PHONE}", "\n{PHONE}", "\nEmail: {EMAIL}"]))
    L.render("\n\n{today}\n\n")
    if rng.random() < 0.25:
        L.render(
            rng.choice(
                [
                    "The Housing Officer\nLeeds City Council\nMerrion House\n110 Merrion Centre\nLeeds\nLS2 8BB\n\n",
                    "Benefits Service\nPO Box 1234\nBradford\nBD1 1HY\n\n",
                    "Universal Credit Service Centre\nPost Handling Site B\nWolverhampton\nWV99 1AJ\n\n",
                    "Council Tax Office\nCivic Centre\nSilver Street\nEnfield\nEN1 3XA\n\n",
                ]
            )
        )
    r = rng.random()
    if r < 0.5:
        L.render("Dear Sir or Madam,\n\n")
    elif r < 0.75:
        L.render("Dear {staff_title} {STAFF_LAST},\n\n")
    else:
        L.render(rng.choice(["To whom it may concern,\n\n", "Dear Sir/Madam\n\n"]))
    if rng.random() < 0.4:
        L.render(
            rng.choice(
                [
                    "Re: {service} – NI number {NINO}\n\n",
                    "Ref: {caseref}\n\n",
                    "RE: {NAME}, {service}\n\n",
                ]
            )
        )
    _body(L, _choose_kinds(L, 2, 5, exclude=("address",)))
    _sig(L)


def t_email(L: _Letter) -> None:
    rng = L.rng
    if rng.random() < 0.5:
        L.render(
            "From: {NAME} <{EMAIL}>\nTo: {org_email}\nSubject: "
            + rng.choice(
                ["{service} query", "Complaint", "URGENT - {service}", "My claim", "Re: {caseref}"]
            )
            + "\n\n"
        )
    L.render(
        rng.choice(
            [
                "Hello,\n\n",
                "Hi,\n\n",
                "Good morning,\n\n",
                "Dear team,\n\n",
                "Hello {STAFF_FIRST},\n\n",
                "Hi there\n\n",
            ]
        )
    )
    _body(L, _choose_kinds(L, 1, 4), filler=(1, 2))
    closing = rng.choice(
        [
            "Thanks",
            "Many thanks",
            "Kind regards",
            "Regards",
            "Best wishes",
            "Thanks in advance",
            "Cheers",
        ]
    )
    L.render(f"\n\n{closing}" + rng.choice([",", "", ","]) + "\n")
    r = rng.random()
    if r < 0.5:
        L.render("{NAME}")
    elif r < 0.85:
        L.render("{FIRST}")
    else:
        L.render("{NAME}\n{PHONE}")
    if rng.random() < 0.3:
        L.render(rng.choice(["\nMobile: {PHONE}", "\n{PHONE}", "\nTel {PHONE}"]))
    if rng.random() < 0.15:
        L.render("\n\nSent from my iPhone")


def t_web_form(L: _Letter) -> None:
    rng = L.rng
    L.render(
        rng.choice(
            [
                "Online enquiry form – {service}\n",
                "Contact us form\n",
                "Web form submission: {service}\n",
            ]
        )
    )
    L.render("Submitted: {date} {time}\n\n")
    fields = [
        (rng.choice(["Full name", "Name", "Your name"]), "{NAME}"),
        (rng.choice(["Date of birth", "DOB", "Date of Birth"]), "{DOB}"),
        (rng.choice(["National Insurance number", "NI number", "NINO", "NI No"]), "{NINO}"),
        (rng.choice(["Address", "Your address", "Home address"]), "{STREET}, {TOWN}"),
        (rng.choice(["Postcode", "Post code"]), "{POSTCODE}"),
        (rng.choice(["Telephone", "Phone", "Contact number", "Mobile"]), "{PHONE}"),
        (rng.choice(["Email", "Email address", "E-mail"]), "{EMAIL}"),
    ]
    optional = [
        ("NHS number", "{NHS}"),
        ("Reference number (if known)", "{caseref}"),
        ("Passport number", "{PASSPORT}"),
        ("Driving licence number", "{LICENCE}"),
        ("Preferred contact method", rng.choice(["Email", "Phone", "Letter"])),
    ]
    chosen = [f for f in fields if rng.random() < 0.85] + L.pick(optional, (0, 2))
    for label, value in chosen:
        L.render(f"{label}: {value}\n")
    L.render("\n" + rng.choice(["Your enquiry:", "Message:", "Details of your request:"]) + "\n")
    L.render(rng.choice(TOPIC))
    for s in _pii_sentences(L, _choose_kinds(L, 0, 2, exclude=("address",))) + L.pick(
        FILLER, (1, 2)
    ):
        L.render(" " + s)


def t_complaint(L: _Letter) -> None:
    rng = L.rng
    L.render(
        rng.choice(["My name is {NAME} and ", "I am {NAME} and ", "Hello, my name is {NAME}. ", ""])
    )
    L.render(
        rng.choice(
            [
                "I live at {ADDRESS_INLINE}. ",
                "my address is {ADDRESS_INLINE}. ",
                "I am a tenant at {ADDRESS_INLINE}. ",
            ]
        )
    )
    L.render(rng.choice(TOPIC))
    sentences = _pii_sentences(L, _choose_kinds(L, 2, 5, exclude=("address",))) + L.pick(
        FILLER, (2, 4)
    )
    rng.shuffle(sentences)
    for i, s in enumerate(sentences):
        L.render(("\n\n" if i and i % 3 == 0 else " ") + s)
    if rng.random() < 0.6:
        _sig(L)


def t_on_behalf(L: _Letter) -> None:
    rng = L.rng
    L.render(rng.choice(["Dear Sir or Madam,\n\n", "To whom it may concern,\n\n", "Hello,\n\n"]))
    L.render(
        rng.choice(
            [
                "I am writing on behalf of my {rel}, {rel_title} {REL_FULL}, who lives at {REL_ADDRESS_INLINE}. ",
                "I am contacting you for my {rel} {REL_FULL} of {REL_ADDRESS_INLINE}. ",
                "I look after my {rel}, {REL_FULL}, at {REL_ADDRESS_INLINE}. ",
            ]
        )
    )
    L.render(
        rng.choice(
            [
                "{Their} date of birth is {REL_DOB} and {their} NHS number is {REL_NHS}. ",
                "{They} was born on {REL_DOB}. ",
                "{Their} National Insurance number is {REL_NINO}. ",
                "{They} was born on {REL_DOB} and {their} NI number is {REL_NINO}. ",
                "NHS number: {REL_NHS}. ",
            ]
        )
    )
    L.render(rng.choice(TOPIC))
    for s in L.pick(FILLER, (1, 3)) + _pii_sentences(
        L, _choose_kinds(L, 1, 3, exclude=("relative", "address"))
    ):
        L.render(" " + s)
    L.render(
        rng.choice(
            [
                "\n\nI have {their} permission to act for {their} and my own number is {PHONE}.",
                "\n\nPlease contact me, not {their}, on {PHONE} or {EMAIL}.",
                "\n\nMy contact details are {EMAIL} / {PHONE}.",
            ]
        )
    )
    _sig(L)


def t_short_note(L: _Letter) -> None:
    rng = L.rng
    L.render(rng.choice(["Hi, ", "Hello. ", "", "Please help. "]))
    for s in _pii_sentences(L, _choose_kinds(L, 1, 3)) + L.pick(FILLER, (0, 1)):
        L.render(s + " ")
    L.render(rng.choice(["Thanks, {FIRST}", "{NAME}", "Thank you", "- {FIRST}"]))


TEMPLATES: dict[str, tuple[Callable[[_Letter], None], int]] = {
    "letter": (t_posted_letter, 28),
    "email": (t_email, 24),
    "webform": (t_web_form, 16),
    "complaint": (t_complaint, 16),
    "behalf": (t_on_behalf, 10),
    "note": (t_short_note, 6),
}


def generate_uk_pii_set(n: int, seed: int = 0) -> list[dict]:
    """``n`` synthetic UK citizen letters with labelled personal-data spans (deterministic
    for a given seed). Each row: ``{"id", "text", "spans", "synthetic": True}``."""
    fac = _Factory(seed)
    names, weights = zip(*[(k, w) for k, (_, w) in TEMPLATES.items()])
    rows = []
    for i in range(n):
        template = fac.rng.choices(names, weights)[0]
        letter = _Letter(fac, fac.person())
        TEMPLATES[template][0](letter)
        text = letter.t.text
        spans = sorted(letter.t.spans, key=lambda s: (s["start"], s["end"]))
        rows.append(
            {
                "id": f"uk-synth-{seed}-{i:05d}-{template}",
                "text": text,
                "spans": spans,
                "synthetic": True,
            }
        )
    return rows
