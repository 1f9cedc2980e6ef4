"""The sentences letters are made of: topics, fillers, one sentence kind per personal-data
type, signatures, and the organisations' own addresses (unlabelled distractors)."""

from __future__ import annotations

from evaluation.synthetic.uk_pii.letter import _Letter

# --------------------------------------------------------------------------- sentences
TOPIC = [
    "I am writing about my Universal Credit claim.",
    "I am writing to complain about the way my housing repair has been handled.",
    "I need help with my Council Tax bill, which has gone up to {amount}.",
    "My Personal Independence Payment was stopped on {date} and I do not understand why.",
    "I have been waiting since {date} for a decision on my Housing Benefit.",
    "I have received a letter dated {date} saying I owe {amount}.",
    "The damp in my flat is making my children ill and nobody has come to fix it.",
    "I was told I would get a call back within 5 working days but it has now been {n} weeks.",
    "My landlord has served me with a Section 21 notice and I have to leave by {date}.",
    "I am writing to ask for a Blue Badge application form.",
    "I would like to appeal the decision in your letter of {date}.",
    "I am asking for a mandatory reconsideration of my ESA decision.",
    "Your bailiffs came to my door on {date} about a debt of {amount} that I have already paid.",
    "I applied for Pension Credit on {date} and have heard nothing since.",
    "I am writing to report a change of circumstances.",
]
FILLER = [
    "I am disabled and I cannot manage the stairs.",
    "I cannot afford food this week after paying {amount} in rent.",
    "Please can you tell me what happens next.",
    "I have attached copies of my payslips and bank statements.",
    "My appeal hearing is on {date} at {time}.",
    "The reference on your letter is {caseref}.",
    "I paid {amount} on {date} but this has not been shown.",
    "My claim reference is {ref8}.",
    "Your letter ref {ref8} says I was overpaid.",
    "The payment reference was {ref10}.",
    "I phoned the helpline on {helpline} on {date} and was on hold for 45 minutes.",
    "I was told to email {org_email} but nobody has replied.",
    "I have been in touch with {org} several times.",
    "My rent is {amount} a month and my wages are {amount}.",
    "I have a medical appointment on {date} so I cannot attend on that day.",
    "The boiler broke down on {date} and we have had no heating since.",
    "I get paid every four weeks and the last payment was on {date}.",
    "I owe {amount} in arrears and I am really worried.",
    "The case number on the court letter is {ref9}.",
    "My tenancy started on {date}.",
    "Invoice {ref8} was paid in full on {date}.",
    "I have enclosed the form you sent me, dated {date}.",
    "Please do not send letters to my old address.",
    "I am happy to be contacted by phone or email.",
    "This has been going on since {date} and it is affecting my mental health.",
    "The next payment is due on {date}.",
    "I was sanctioned for {n} weeks for missing an appointment I was never told about.",
    "I work {n} hours a week on a zero hours contract.",
]
PII = {
    "nino": [
        "My National Insurance number is {NINO}.",
        "My NI number is {NINO}.",
        "NI number: {NINO}.",
        "For your records my national insurance no. is {NINO}.",
        "(NINO {NINO})",
        "My NI no is {NINO} if you need it.",
    ],
    "nhs": [
        "My NHS number is {NHS}.",
        "NHS no: {NHS}.",
        "My doctor said to quote my NHS number, {NHS}.",
        "My NHS number ({NHS}) should be on your system.",
    ],
    "phone": [
        "You can call me on {PHONE}.",
        "My mobile is {PHONE}.",
        "Please ring me on {PHONE} after 3pm.",
        "My phone number is {PHONE} if you need to speak to me.",
        "Contact me on {PHONE} or by email at {EMAIL}.",
        "The best number to reach me is {PHONE}.",
        "Text me on {PHONE} please as I work shifts.",
    ],
    "email": [
        "My email is {EMAIL}.",
        "Please reply to {EMAIL}.",
        "You can email me at {EMAIL}.",
        "I have a new email address, {EMAIL}, please update your records.",
    ],
    "dob": [
        "My date of birth is {DOB}.",
        "I was born on {DOB}.",
        "DOB: {DOB}.",
        "I am {title} {NAME} (date of birth {DOB}).",
        "For security, my D.O.B. is {DOB}.",
        "I was born {DOB} so I am over pension age.",
    ],
    "bank": [
        "Please pay the refund into my bank account: sort code {SORT}, account number {ACCOUNT}.",
        "My bank details are: {bank}, sort code {SORT}, account no. {ACCOUNT}.",
        "The money should go to account {ACCOUNT}, sort code {SORT}.",
        "I have changed banks. New details: sort code {SORT}, acc no {ACCOUNT}.",
        "My account number is {ACCOUNT} and the sort code is {SORT}.",
        "Please refund to my {bank} account {ACCOUNT} (sort code {SORT}).",
    ],
    "iban": [
        "My IBAN is {IBAN}.",
        "Bank transfer to IBAN {IBAN} please.",
    ],
    "card": [
        "I paid by card and the card number was {CARD}.",
        "You took a payment from my debit card {CARD} twice.",
    ],
    "passport": [
        "I have enclosed a copy of my passport (number {PASSPORT}) as proof of identity.",
        "My passport number is {PASSPORT}.",
        "For ID I can give you my passport no. {PASSPORT}.",
        "Passport number: {PASSPORT}.",
    ],
    "licence": [
        "My driving licence number is {LICENCE}.",
        "I can also give you my DVLA licence no. {LICENCE}.",
        "Driving licence: {LICENCE}.",
        "As ID I have a driving licence, number {LICENCE}.",
    ],
    "address": [
        "I live at {ADDRESS_INLINE}.",
        "My address is {ADDRESS_INLINE}.",
        "I moved to {ADDRESS_INLINE} on {date}.",
        "The property is at {ADDRESS_INLINE}.",
        "Please send all letters to {ADDRESS_INLINE}.",
    ],
    "relative": [
        "My {rel} {REL_FIRST} is {age} and has asthma.",
        "My {rel}, {REL_FULL}, lives with me.",
        "I care for my {rel} {REL_FIRST} full time.",
        "My {rel} {REL_FIRST} (born {REL_DOB}) has autism.",
        "My {rel}'s name is {REL_FULL}.",
        "My {rel}, {rel_title} {REL_FULL}, has been in hospital since {date}.",
    ],
    "staff": [
        "I spoke to {STAFF_FIRST} on the phone on {date}.",
        "Your colleague {staff_title} {STAFF_LAST} said it would be sorted.",
        "The work coach, {STAFF_FULL}, told me I had to apply again.",
        "{STAFF_FIRST} from the housing team promised to call me back.",
        "I was dealt with by an adviser called {STAFF_FULL}.",
        "I have spoken to {staff_title} {STAFF_FULL} twice already.",
    ],
    "neighbour": [
        "My neighbour {NB_FULL} can confirm this.",
        "{NB_FULL} next door has had the same problem.",
        "My friend {NB_FIRST} helped me fill in the form.",
    ],
    "town": [
        "I moved to {TOWN} last year for work.",
        "I have lived in {OTHER_TOWN} all my life.",
        "I had to travel to {OTHER_TOWN} for the assessment.",
    ],
}


def _sig(L: _Letter, full_only: bool = False) -> None:
    rng = L.rng
    closing = rng.choice(
        [
            "Yours faithfully,",
            "Yours sincerely,",
            "Kind regards,",
            "Many thanks,",
            "Regards,",
            "Best wishes,",
            "Thank you,",
            "Yours sincerely",
            "Kind regards",
        ]
    )
    L.render("\n\n" + closing + "\n")
    if rng.random() < 0.15:
        L.render("\n")
    r = rng.random()
    if r < 0.65 or full_only:
        L.render("{NAME}")
    elif r < 0.8:
        L.render("{FIRST}")
    elif r < 0.9:
        L.render(f"{L.me.first[0]}. " + "{LAST}")
    else:
        L.render("{title} {NAME}")
    if rng.random() < 0.3:
        L.render(rng.choice(["\n{PHONE}", "\nTel: {PHONE}", "\nMob: {PHONE}", "\n{EMAIL}"]))


def _pii_sentences(L: _Letter, kinds: list[str]) -> list[str]:
    return [L.rng.choice(PII[k]) for k in kinds]


def _choose_kinds(L: _Letter, lo: int, hi: int, exclude=()) -> list[str]:
    weights = {
        "nino": 8,
        "nhs": 5,
        "phone": 8,
        "email": 5,
        "dob": 7,
        "bank": 5,
        "iban": 1,
        "card": 1,
        "passport": 4,
        "licence": 4,
        "address": 4,
        "relative": 6,
        "staff": 6,
        "neighbour": 3,
        "town": 3,
    }
    kinds = [k for k in weights if k not in exclude]
    out: list[str] = []
    n = L.rng.randint(lo, hi)
    while len(out) < n and len(out) < len(kinds):
        k = L.rng.choices(kinds, [weights[x] for x in kinds])[0]
        if k not in out:
            out.append(k)
    return out


def _body(L: _Letter, kinds: list[str], filler: tuple[int, int] = (1, 3)) -> None:
    sentences = _pii_sentences(L, kinds) + L.pick(FILLER, filler)
    L.rng.shuffle(sentences)
    L.render(L.rng.choice(TOPIC))
    per_para = L.rng.randint(2, 4)
    for i, s in enumerate(sentences):
        L.render(("\n\n" if i % per_para == 0 else " ") + s)


#: The organisations' own addresses the letters are sent to (unlabelled: not personal data), as a
#: deployment would list them in its redaction allow-list (CASEWORK_REDACTION_ALLOW_LIST).
ORGANISATION_ADDRESSES = (
    "Merrion House, 110 Merrion Centre, Leeds, LS2 8BB",
    "PO Box 1234, Bradford, BD1 1HY",
    "Post Handling Site B, Wolverhampton, WV99 1AJ",
    "Civic Centre, Silver Street, Enfield, EN1 3XA",
)
