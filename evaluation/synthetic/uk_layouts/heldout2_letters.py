# Over 500 lines: ten third-party letter layouts of one family and the letterheads they share.
"""The heldout2 family, part one: letters from third parties (letting agents, hospitals,
funeral directors, social workers, prisoners, MPs' offices, employers, advice agencies) and
their invented letterheads. Written after the redactor's tuning: for reporting only."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.dev2 import _age, _extension
from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Org, Person, Values, _ascii, _digits

# ---- heldout2 family (written after the redactor's tuning; values from the heldout half)
# Third parties who write to the recipient organisations, or whose letters a citizen forwards.
# Like a law firm's (dev2), their own address lines, switchboards and mailboxes are ORGANIZATION;
# they are not in organisation_contacts(), which lists the organisations a deployment would be.
# All invented: name | address lines (;) | phone | mailbox.
_AGENTS = """
Harbourside Lettings|14 Union Street;Plymouth;PL1 3EX|01632 960418|lets@harbourside.co.uk
Millstone Property Management|Kingsley House;Manchester;M4 1AY|0161 496 0725|rent@millstonepm.co.uk
Tŷ Da Homes|Unit 3, Harbour Road;Porthmadog;LL49 9AB|029 2018 0614|post@tydahomes.cymru
Caledon Residential|41 Reform Street;Dundee;DD1 1RX|0131 496 0382|accounts@caledonres.co.uk
Canal Quay Lets|6 Canal Quay;Newry;BT35 6BP|028 9649 6217|info@canalquaylets.com
Abbeygate Estates|Abbeygate House;Bury St Edmunds;IP33 1LS|01632 960551|lettings@abbeygate.co.uk
"""
_FUNERAL_DIRECTORS = """
Caldermoor Funeral Service|Mill Brow;Kirkby Lonsdale;LA6 2AT|01632 960233|office@caldermoor.co.uk
Gwynfa Funeral Services|Stryd Fawr;Aberystwyth;SY23 1DE|029 2018 0172|gwynfa@gwynfa.cymru
Lagan Vale Funeral Home|22 Market Street;Lurgan;BT66 6AQ|028 9649 6390|care@laganvalefh.co.uk
Abbotsford Funeral Directors|4 Kirk Wynd;Kirkcaldy;KY1 1EH|0131 496 0655|care@abbotsfordfd.co.uk
Wyvern Funerals|Wyvern House, Gloucester Road;Ross-on-Wye;HR9 5BU|0117 496 0284|hello@wyvern.uk
"""
_EMPLOYERS = """
Castlegate Logistics Ltd|Unit 7, Riverside Park;Loughborough;LE11 5XR|0116 496 0457|hr@castlegate.uk
Bluebell Care Homes|3 Mill Road;Saffron Walden;CB10 2AF|01632 960387|payroll@bluebellcare.co.uk
Severnside Foods plc|Wye Works;Ross-on-Wye;HR9 7QQ|0117 496 0174|people@severnsidefoods.co.uk
Glyndwr Coaches|Depot Road;Wrexham;LL13 9UT|029 2018 0285|office@glyndwrcoaches.co.uk
Forth Valley Cleaning Services|12 High Street;Kirkcaldy;KY1 1NL|0131 496 0219|admin@fvcs.co.uk
"""
_ADVICE_AGENCIES = """
Northgate Money Advice|4 Bridge Street;Manchester;M3 3BW|0161 496 0312|advice@northgatemoney.org
Arfon Money Advice|Y Maes;Caernarfon;LL55 2NR|029 2018 0733|cyngor@arfonmoney.org.uk
Forth Money Advice Project|Merchant's House;Kirkcaldy;KY1 1XT|0131 496 0476|help@forthmoney.org.uk
Stortford Debt Help|PO Box 771;Bishop's Stortford;CM23 9ZZ|01632 960904|debt@stortfordhelp.org
"""
# department | hospital | address lines | switchboard | consultant's specialty | diagnosis
_CLINICS = """
Rheumatology Outpatients|Derwent Vale Hospital|Infirmary Road;Barrow-in-Furness;LA14 2LR
  |01632 960700|Rheumatologist|Seropositive rheumatoid arthritis
Department of Cardiology|St Aldhelm's Hospital|Trowbridge Road;Bradford-on-Avon;BA15 1DL
  |0117 496 0500|Cardiologist|Heart failure with reduced ejection fraction
Memory Assessment Service|Bridgewater Community Hospital|Oldham Road;Ashton-under-Lyne;OL6 9RW
  |0161 496 0600|Old Age Psychiatrist|Mixed Alzheimer's and vascular dementia
Pain Management Clinic|Ysbyty Glan Ystwyth|Ffordd Penglais;Aberystwyth;SY23 3BZ
  |029 2018 0400|in Pain Medicine|Chronic widespread pain
Diabetes Centre|Tayside Royal Infirmary|Hawkhill;Dundee;DD1 5EH
  |0131 496 0900|Diabetologist|Type 2 diabetes with peripheral neuropathy
Orthopaedic Clinic|Erne Valley Hospital|Cornagrade Road;Enniskillen;BT74 6AY
  |028 9649 6800|Orthopaedic Surgeon|Severe osteoarthritis of both knees
"""
_SURGERIES = [
    "Riverside Medical Practice",
    "The Old Mill Surgery",
    "Meddygfa'r Harbwr",
    "Castle Street Health Centre",
    "Moorland View Group Practice",
    "Lochside Surgery",
]
# prison | address lines (invented establishments)
_PRISONS = """
HMP Ashvale|Ashvale Road;Market Harborough;LE16 7XJ
HMP Tarnbrook|Walney Road;Barrow-in-Furness;LA14 5QQ
HMP Kilbride Moss|Moss Road;Motherwell;ML1 4UF
HMP Ballinderry|Gallows Hill;Lurgan;BT66 8RN
HMP & YOI Stourfield|Thaxted Road;Saffron Walden;CB10 3LP
"""
# constituency | casework mailbox | office phone (every MP's postal address is the Commons)
_CONSTITUENCIES = """
Wyre and Lonsdale|wyrelonsdale.casework@parliament.uk|020 7946 0231
Severn Marches|severnmarches.casework@parliament.uk|020 7946 0548
Kirkcaldy and the Howe|kirkcaldyhowe.casework@parliament.uk|020 7946 0619
Arfon and Eifionydd|arfoneifionydd.casework@parliament.uk|020 7946 0742
Armagh Lagan|armaghlagan.casework@parliament.uk|020 7946 0865
Stortford and the Rodings|stortfordrodings.casework@parliament.uk|020 7946 0977
"""
_UNIVERSITIES = [
    ("University of the Marches", "student.marches.ac.uk"),
    ("Tayside Institute of Technology", "tit-student.ac.uk"),
    ("Prifysgol y Glannau", "myfyriwr.glannau.ac.uk"),
    ("Northern Lakes University", "nlu.ac.uk"),
    ("East Anglian Polytechnic University", "students.eapu.ac.uk"),
]
_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ON = date(2024, 6, 1)  # "today" for ages written in heldout2 letters


def _rows(table: str) -> list[list[str]]:
    """A "|" table; a line starting with a space continues the one above."""
    return [line.split("|") for line in table.strip().replace("\n  |", "|").splitlines()]


def _pronouns(p: Person) -> tuple[str, str]:
    return ("she", "her") if p.gender == "f" else ("he", "his")


def _letterhead(
    doc: Doc, name: str, lines: str, phone: str | None = None, mailbox: str | None = None
) -> Doc:
    """A third party's letterhead: its name unlabelled, the rest ORGANIZATION."""
    doc.add(name + "\n" if name else "")
    for line in lines.split(";"):
        doc.ent("ORGANIZATION", line).add("\n")
    if phone:
        doc.add("Tel: ").ent("ORGANIZATION", phone)
    if mailbox:
        doc.add("   Email: " if phone else "Email: ").ent("ORGANIZATION", mailbox)
    return doc.add("\n")


def _org_among(v: Values, keep: Callable[[str], bool]) -> Org:
    """One of the family's organisations whose name passes ``keep`` (any if none does)."""
    pool = [o for o in v.t.orgs if keep(o[0])] or v.t.orgs
    name, team, lines, helpline, mailbox = v.rng.choice(pool)
    return Org(name, team, lines.split(";"), helpline, mailbox)


def _council(v: Values) -> Org:
    return _org_among(v, lambda name: "Council" in name)


def _typos(rng: random.Random, text: str, rate: float = 0.14) -> str:
    """A hurried typist's slips in unlabelled text: swapped, dropped or doubled letters and words
    in the wrong case; digits and punctuation untouched."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and w.isalpha() and rng.random() < rate:
            k = rng.randrange(len(w) - 1)
            words[i] = rng.choice(
                [
                    w[:k] + w[k + 1] + w[k] + w[k + 2 :],
                    w[:k] + w[k + 1 :],
                    w[:k] + w[k] * 2 + w[k + 1 :],
                    w.upper(),
                    w.capitalize(),
                ]
            )
    return " ".join(words)


def letting_agent_tenant(doc: Doc, v: Values) -> None:
    """A letting agent writes about a tenant in arrears: agency letterhead, the tenancy, and the
    private landlord's bank details for the housing costs to be paid direct."""
    rng = v.rng
    agency, lines, phone, mailbox = rng.choice(_rows(_AGENTS))
    tenant, landlord, manager = v.person(), v.person(), v.person()
    org = _org_among(v, lambda name: "Council" in name or name == "DWP")
    she, her = _pronouns(tenant)
    rent = rng.randint(45, 160) * 10
    _letterhead(doc, agency, lines, phone, mailbox).add("\n").org_block(org, helpline=False)
    doc.add(
        f"\nDate: {v.other_date()}\nOur ref: {rng.choice(['TEN', 'ARR', 'PM'])}/"
        f"{rng.randint(100, 9999)}\n\nDear {org.team},\n\nRe: "
    ).name(tenant, "title_full")
    doc.add(" - ").address_inline(v.address())
    doc.add("\n\nWe manage the above property for its landlord. Our tenant, ")
    doc.name(tenant, "title_surname").add(
        f", has lived there since {v.other_date()} on an "
        f"assured shorthold tenancy at £{rent} per calendar "
        f"month, and the rent account is £{rent * 3} in "
        "arrears. "
    )
    if rng.random() < 0.45:
        doc.add(f"Our referencing gives {her} date of birth as ").dob(tenant).add(". ")
    doc.add(
        f"We understand {she} claims Universal Credit, and we ask that the housing costs be "
        "paid direct to the landlord"
    )
    if rng.random() < 0.65:
        doc.add(", ").name(landlord, "title_full").add(", sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
        doc.ent("UK_BANK_ACCOUNT", v.account())
    doc.add(". The tenant knows we are writing and can be reached on ")
    doc.ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.5:
        doc.add(" or at ").ent("EMAIL_ADDRESS", v.email(tenant))
    if rng.random() < 0.35:
        doc.add(". The previous tenant, ").name(v.person(), "title_full")
        doc.add(f", left owing £{rng.randint(200, 900)}; the forwarding address we hold is ")
        doc.address_inline(v.address())
    doc.add(".\n\nYours faithfully\n\n").name(manager)
    doc.add(f"\nProperty Manager\nFor and on behalf of {agency}\n")


def hospital_letter_forwarded(doc: Doc, v: Values) -> None:
    """A patient forwards a consultant's clinic letter as evidence: a covering note, then the
    letter - hospital letterhead, the GP it is addressed to, the patient block (NHS number, an
    unlabelled hospital number), the clinic findings and the consultant's signature."""
    rng = v.rng
    dept, hospital, lines, switchboard, specialty, diagnosis = rng.choice(_rows(_CLINICS))
    p, gp, consultant = v.person(), v.person(), v.person()
    while "dementia" in diagnosis and p.dob.year > 1958:  # a memory clinic sees older people
        p = v.person()
    she, her = _pronouns(p)
    purpose = rng.choice(
        [
            "my PIP review",
            "the Blue Badge form",
            "my Council Tax Reduction",
            "the Help with Health Costs claim",
            "my appeal",
        ]
    )
    aside = rng.choice(["I have typed it out as the scanner is broken. ", "Copied below. ", ""])
    doc.add(f"Hello,\n\nAs you asked, here is my hospital letter for {purpose}. {aside}\n")
    doc.name(p, rng.choice(["first", "full"])).add("\n\n----- letter -----\n")
    _letterhead(doc, f"{dept}\n{hospital}", lines).add("Switchboard: ")
    doc.ent("ORGANIZATION", switchboard).add(
        f"\n\nClinic date: {v.other_date()}\nTyped: {v.other_date()}\n\nDr "
    )
    doc.ent("PERSON", gp.full).add(f"\n{rng.choice(_SURGERIES)}\n\nDear Dr ")
    doc.ent("PERSON", gp.last).add(",\n\nRe: ").name(p, "title_full").add(", DOB ").dob(p)
    doc.add("\nNHS No: ").ident("UK_NHS", v.nhs())
    doc.add(f"   Hosp No: {rng.choice('KMRT')}{rng.randint(1000000, 9999999)}\n")
    doc.address_inline(v.address()).add(
        f"\n\nDiagnosis: {diagnosis}\n\nI saw this "
        f"{_age(p.dob, _ON)}-year-old "
        f"{'woman' if p.gender == 'f' else 'man'} in clinic "
        "today. "
    )
    doc.name(p, "title_surname").add(
        f" tells me {she} can no longer manage the stairs at home "
        f"and has had two falls since {rng.choice(_MONTHS)}. "
    )
    if rng.random() < 0.4:
        kin = v.person(p.culture, surname=p.last)
        doc.add(
            f"{she.capitalize()} came with {her} {'daughter' if kin.gender == 'f' else 'son'}, "
        ).name(kin, "first").add(", who does most of the caring. ")
    doc.add(
        f"I have increased the dose and will see {her} again in four months.\n\nYours "
        "sincerely\n\n\n"
    )
    doc.add(rng.choice(["Dr ", "Professor ", "Mrs " if consultant.gender == "f" else "Mr "]))
    doc.ent("PERSON", consultant.full).add(f"\nConsultant {specialty}\n\ncc: ")
    doc.name(p, "title_full").add(" (patient)\n")


def funeral_director_letter(doc: Doc, v: Values) -> None:
    """A funeral director writes about a death: the deceased's details and the next of kin's, an
    unlabelled date of death, sometimes a licence to cancel and an executor's account."""
    rng = v.rng
    firm, lines, phone, mailbox = rng.choice(_rows(_FUNERAL_DIRECTORS))
    late, director, org = v.person(), v.person(), v.org()
    nok = v.person(late.culture, surname=late.last) if rng.random() < 0.6 else v.person()
    relation = rng.choice(
        {
            "f": ["daughter", "niece", "sister", "granddaughter"],
            "m": ["son", "nephew", "brother", "grandson"],
        }[nok.gender]
    )
    venue = rng.choice(["the crematorium", "the parish church", "the cemetery chapel"])
    _letterhead(doc, firm, lines, phone, mailbox).add("\n").org_block(org, helpline=False)
    doc.add(f"\n{v.other_date()}\n\nDear {org.team},\n\nRe: the late ").name(late, "title_full")
    doc.add("\nDate of birth: ").dob(late).add(
        f"\nDate of death: {v.other_date()}\nLast address: "
    ).address_inline(v.address())
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    if rng.random() < 0.3:
        doc.add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add(
        f"\nTell Us Once reference: {v.ref()}\n\nWe are arranging the funeral of the above, "
        f"which takes place at {venue} on {v.other_date()}. We write at the request of the "
        "next of kin, "
    ).name(nok, "title_full")
    doc.add(f" ({relation}), of ").address_inline(v.address())
    doc.add(
        ", who has applied for a Funeral Expenses Payment. Our account for £"
        f"{rng.randint(2400, 5200)}.00 is enclosed. Please contact "
    )
    doc.name(nok, "title_surname").add(" about any arrears or overpayment on ")
    doc.ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.5:
        doc.add(" or by email at ").ent("EMAIL_ADDRESS", v.email(nok))
    doc.add(".")
    if rng.random() < 0.35:
        doc.add(" Any money due should be paid to the executor's account, sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ")
        doc.ent("UK_BANK_ACCOUNT", v.account()).add(".")
    if rng.random() < 0.4:
        doc.add(" We also enclose the deceased's photocard driving licence, number ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(late)).add(", for return to the DVLA.")
    doc.add("\n\nYours faithfully\n\n").name(director).add(f"\nFuneral Director\n{firm}\n")


def social_worker_referral(doc: Doc, v: Values) -> None:
    """A social worker's referral form for a child placed with foster carers: the child's NHS
    number, the carers' address and phone, the birth mother's last known address."""
    rng = v.rng
    child, sw, carer = v.person(child=True), v.person(), v.person()
    org = _org_among(v, lambda name: "Council" in name or name == "HMRC")
    mother = v.person(child.culture, "f", child.last)
    team = rng.choice(
        [
            "Children Looked After Team",
            "Fostering Service",
            "Family Support Team",
            "Children's Disability Team",
        ]
    )
    status = rng.choice(["Section 20", "Interim Care Order", "Care Order"])
    ask = rng.choice(
        [
            "The carers need help with the school transport form.",
            "Child Benefit should stop.",
            "A Blue Badge is needed.",
        ]
    )
    doc.add(
        f"REFERRAL FORM - {team.upper()}\nTo: {org.name}, {org.team}\nDate of referral: "
        f"{v.other_date()}\nReferrer: "
    ).name(sw)
    doc.add(" (Social Worker)\n\nSECTION A - CHILD\nName: ").name(child)
    doc.add("\nDate of birth: ").dob(child).add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add(f"\nLegal status: {status}\n\nSECTION B - PLACEMENT\nFoster carer(s): ")
    doc.name(carer, "title_full")
    if rng.random() < 0.5:
        other = v.person(carer.culture, surname=carer.last if rng.random() < 0.7 else None)
        doc.add(" and ").name(other, "title_full")
    doc.add("\nPlacement address:\n").address_lines(v.address()).add("Carer's telephone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n\nSECTION C - FAMILY\nBirth mother: ").name(mother)
    if rng.random() < 0.6:
        doc.add(", DOB ").dob(mother)
    doc.add("\nLast known address: ").address_inline(v.address(), postcode=rng.random() < 0.6)
    if rng.random() < 0.4:
        doc.add("\nMother's NI number: ").ident("UK_NINO", v.nino())
    doc.add("\nContact: supervised, fortnightly\n\nSECTION D - REASON FOR REFERRAL\n")
    doc.name(child, "first").add(
        f" moved to the placement on {v.other_date()}. Please update "
        "your records so that letters about "
    ).name(child, "first")
    doc.add(
        f" go to the carers, not to the mother. {ask}\n\n*** The placement address must NOT "
        "be shared with the birth family. ***\n[X] Consent obtained from the person with "
        "parental responsibility\n"
    )


def prisoner_letter(doc: Doc, v: Values) -> None:
    """A serving prisoner writes by hand: name and prison number (unlabelled) over the prison's
    address (ORGANIZATION), the home left behind, a partner and a relative to write to."""
    rng = v.rng
    prison, lines = rng.choice(_rows(_PRISONS))
    p, partner = v.person(), v.person()
    number = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{''.join(rng.choices('BCDEFHJK', k=2))}"
    cell = f"{rng.choice('ABCD')} Wing, Cell {rng.randint(1, 40)}\n"
    what = rng.choice(
        ["stop my Housing Benefit", "sort out my council tax", "stop my Universal Credit"]
    )
    doc.name(p, rng.choice(["full", "surname_first"])).add(f"  {number}\n")
    _letterhead(doc, rng.choice(["", cell]) + prison, lines)
    doc.add(
        f"\n{v.other_date()}\n\nDear {v.team()},\n\nI am writing from prison as I cant ring "
        f"you from here. I was {rng.choice(['remanded', 'sentenced'])} on {v.other_date()} so "
        "I am not living at my flat at "
    ).address_inline(v.address())
    doc.add(
        f" at the moment. Please can you {what} while I am in here. My National Insurance "
        "number is "
    ).ident("UK_NINO", v.nino())
    doc.add(" and my date of birth is ").dob(p).add(f". {v.filler()} ")
    if rng.random() < 0.6:
        doc.add("My partner ").name(partner, "first").add(
            f" still lives there with the kids, {_pronouns(partner)[1]} number is "
        )
        doc.ent("PHONE_NUMBER", v.phone(True)).add(". ")
    if rng.random() < 0.5:
        mum = v.person(p.culture, "f", p.last if rng.random() < 0.6 else None)
        doc.add("Or write to my mum ").name(mum, "title_full").add(" at ")
        doc.address_inline(v.address()).add(" as post in here goes missing. ")
    doc.add("Otherwise write to me here and put my prison number on the envelope.\n\nThank you\n")
    doc.name(p).add(f"\n{number}\n")


def mp_constituent_casework(doc: Doc, v: Values) -> None:
    """An MP's office takes up a constituent's case: Commons letterhead (ORGANIZATION), the
    constituent block, a caseworker to reply to, the MP's signature."""
    rng = v.rng
    seat, mailbox, phone = rng.choice(_rows(_CONSTITUENCIES))
    mp, c, caseworker, org = v.person(), v.person(), v.person(), v.org()
    she, her = _pronouns(c)
    issue = rng.choice(
        [
            f"{her} Pension Credit has been stopped without notice",
            f"{she} has waited five months for a decision on {her} claim",
            f"{she} is being chased for an overpayment {she} does not owe",
            f"{her} council tax account has been passed to enforcement agents",
        ]
    )
    doc.add("From the office of ").name(mp).add(f" MP\nMember of Parliament for {seat}\n")
    _letterhead(doc, "", "House of Commons;London;SW1A 0AA", phone, mailbox).add("\n")
    doc.org_block(org, helpline=False)
    doc.add(
        f"\nOur ref: {''.join(rng.choices('ABCDEFGHJKLMNPRSTWZ', k=2))}"
        f"{rng.randint(10000, 99999)}\nDate: {v.other_date()}\n\nDear {org.team},\n\n"
        "My constituent: "
    ).name(c, "title_full").add("\nAddress: ")
    doc.address_inline(v.address()).add("\nDate of birth: ").dob(c)
    if rng.random() < 0.75:
        doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add(
        f"\n\nI have been contacted by my constituent, who is concerned that {issue}. I "
        f"enclose {her} signed consent for me to act on {her} behalf. "
    )
    if rng.random() < 0.45:
        doc.add(f"When {she} applied, {she} sent {her} passport (number ")
        doc.ent("UK_PASSPORT", v.passport()).add(
            ") as proof of identity and it has not been returned. "
        )
    doc.add("I should be grateful if you would look into this and reply to my caseworker, ")
    doc.name(caseworker).add(", at this office")
    if rng.random() < 0.5:
        doc.add(". My constituent is also happy to be contacted directly at ")
        doc.ent("EMAIL_ADDRESS", v.email(c)).add(" or on ").ent("PHONE_NUMBER", v.phone())
    doc.add(".\n\nYours sincerely,\n\n\n").name(mp).add(f"\nMember of Parliament for {seat}\n")


def parking_appeal(doc: Doc, v: Values) -> None:
    """A Blue Badge holder appeals a parking penalty: PCN number, vehicle registration (shaped a
    little like a postcode) and badge serial stay unlabelled; driving licences are labelled."""
    rng = v.rng
    p, org = v.person(), _council(v)
    vrm = (
        f"{rng.choice('ABCDEFGHKLMNOPRSVWY')}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}"
        f"{rng.choice(['15', '65', '18', '68', '19', '69', '21', '71', '23', '73'])} "
        f"{''.join(rng.choices('ABCDEFGHJKLMNOPRSTUVWXYZ', k=3))}"
    )
    pcn = f"{''.join(rng.choices('ABCDEFGHJKLMNPRSTUWXYZ', k=2))}{rng.randint(10**7, 10**8 - 1)}"
    badge = f"{rng.choice(['BB', 'BL', 'BD'])}{_digits(rng, 8)}"
    reason = rng.choice(
        [
            "the badge had slipped off the dashboard",
            "the clock was set right",
            "the bay markings were worn away",
        ]
    )
    dear = rng.choice(["Parking Services", "Sir or Madam", "Parking Appeals Officer"])
    doc.name(p, "title_full").add("\n").address_lines(v.address()).add(f"\n{v.other_date()}\n\n")
    doc.add(
        f"Parking Services\n{org.name}\n\nPenalty Charge Notice: {pcn}\nVehicle: {vrm}\n"
        f"Date of contravention: {v.other_date()}\n\nDear {dear},\n\nI wish to make a "
        f"formal representation against this PCN. I am a Blue Badge holder (serial {badge}, "
        f"valid until {v.other_date()}) and {reason}. I am the registered keeper, and my "
        "driving licence number is "
    ).ent("UK_DRIVING_LICENCE", v.licence(p)).add(". ")
    if rng.random() < 0.4:
        driver = v.person(p.culture, surname=p.last)
        doc.add(f"My {'daughter' if driver.gender == 'f' else 'son'} ").name(driver, "first")
        doc.add(f" was driving me that day; {_pronouns(driver)[1]} licence number is ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(driver)).add(". ")
    doc.add(f"{v.filler()} Please reply by email to ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" or ring ").ent("PHONE_NUMBER", v.phone()).add(".\n\nYours faithfully\n").name(p)
    doc.add("\n")


def employer_confirmation(doc: Doc, v: Values) -> None:
    """An employer confirms a worker's details: payroll number unlabelled, NI number labelled,
    the passport seen at the right-to-work check, the HR contact's switchboard ORGANIZATION."""
    rng = v.rng
    firm, lines, phone, mailbox = rng.choice(_rows(_EMPLOYERS))
    p, hr = v.person(), v.person()
    while p.dob.year < 1960:  # of working age
        p = v.person()
    her = _pronouns(p)[1]
    job = rng.choice(["warehouse operative", "care assistant", "driver", "cleaner", "cook"])
    contract = rng.choice(["permanent", "zero-hours", "fixed-term"])
    _letterhead(doc, firm, lines, phone, mailbox)
    doc.add(
        f"\n{v.other_date()}\n\nTo whom it may concern\n\nCONFIRMATION OF EMPLOYMENT\n\nEmployee: "
    ).name(p, "title_full")
    doc.add(f"\nPayroll number: {rng.randint(1000, 999999):06d}\nNational Insurance number: ")
    doc.ident("UK_NINO", v.nino()).add("\nDate of birth: ").dob(p).add("\nHome address: ")
    doc.address_inline(v.address()).add("\n\nWe confirm that ").name(p, "title_surname")
    doc.add(
        f" has worked for us as a {job} since {v.other_date()} on a {contract} contract of "
        f"{rng.randint(8, 40)} hours a week. {her.capitalize()} gross pay is £"
        f"{rng.randint(900, 2600)}.{rng.randint(0, 99):02d} a month."
    )
    if rng.random() < 0.7:
        doc.add(
            f" We checked {her} right to work on {v.other_date()} against {her} British "
            "passport, number "
        ).ent("UK_PASSPORT", v.passport()).add(".")
    if rng.random() < 0.35 or job == "driver":
        doc.add(f" The role needs a full driving licence; {her} licence number is ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add(".")
    doc.add(" If you need anything else, please ring me on ").ent("ORGANIZATION", phone)
    doc.add(_extension(rng) + " or email ").ent("ORGANIZATION", mailbox)
    doc.add(".\n\nYours faithfully\n\n").name(hr)
    doc.add(f"\n{rng.choice(['HR Adviser', 'Payroll Officer', 'Office Manager'])}\n")


def student_exemption_email(doc: Doc, v: Values) -> None:
    """A student asks for the council tax student exemption: term-time and home addresses,
    housemates, unlabelled student ID and Student Finance reference, a university email."""
    rng = v.rng
    uni, domain = rng.choice(_UNIVERSITIES)
    p = v.person()
    p.dob = date(1999, 9, 1) + timedelta(rng.randrange(2500))
    doc.add(
        "Subject: council tax - student exemption\n\nHi,\n\nI'm a full-time student at "
        f"{uni} and I've had a council tax bill for my term-time address, "
    )
    doc.address_inline(v.address(casual=True)).add(". ")
    mates = [v.person() for _ in range(rng.randint(0, 2))]
    for i, mate in enumerate(mates):
        doc.add("I live there with " if i == 0 else " and ").name(mate)
    if mates:
        doc.add(", who are students too. " if len(mates) > 1 else ", who is a student too. ")
    doc.add("\n\nMy details:\nName: ").name(p).add("\nDate of birth: ").dob(p)
    doc.add(
        f"\nStudent ID: {rng.randint(10**7, 10**8 - 1)}\nStudent Finance customer reference: "
        f"{rng.randint(10**10, 10**11 - 1)}\nHome address: "
    ).address_inline(v.address())
    if rng.random() < 0.5:
        doc.add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add("\n\nI've attached my student status certificate")
    if rng.random() < 0.7:
        doc.add(" and a copy of my passport (").ent("UK_PASSPORT", v.passport())
        doc.add(") because the form asked for photo ID")
    doc.add(". ")
    if rng.random() < 0.4:
        doc.add(f"I already paid £{rng.randint(40, 300)} by direct debit so please refund it to ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(" ").ent("UK_BANK_ACCOUNT", v.account())
        doc.add(". ")
    doc.add("\n\nThanks,\n").name(p, "first").add("\n").ent("PHONE_NUMBER", v.phone(True))
    f, s = _ascii(p.first).lower(), _ascii(p.last).lower()
    local = rng.choice([f"{f}.{s}", f"{f[0]}{s}{rng.randint(1, 99)}", f"{s}-{f}"])
    mail = v.email(p) if rng.random() < 0.4 else f"{local}@{domain}"
    doc.add("\n").ent("EMAIL_ADDRESS", mail).add("\n")


def debt_advice_statement(doc: Doc, v: Values) -> None:
    """A debt-advice agency sends a financial statement: client and partner with dates of birth,
    dependants' dates of birth, income and spending lines (money distractors), bank details."""
    rng = v.rng
    agency, lines, phone, mailbox = rng.choice(_rows(_ADVICE_AGENCIES))
    client, adviser, org = v.person(), v.person(), v.org()
    partner = (
        v.person(client.culture, "m" if client.gender == "f" else "f", client.last)
        if rng.random() < 0.6
        else None
    )
    kids = v.relatives(client, rng.randint(0, 3), child_share=1.0)
    _letterhead(doc, agency, lines, phone, mailbox).add("\n").org_block(org, helpline=False)
    doc.add(
        f"\nDate: {v.other_date()}\nYour ref: {v.ref()}\n\nDear {org.team},\n\nWe are helping "
        "the client below with several debts. Please accept this statement and hold "
        "recovery action for 30 days while we agree a plan.\n\nSTANDARD FINANCIAL STATEMENT\n"
        "Client: "
    ).name(client).add("   DOB: ").dob(client)
    if partner:
        doc.add("\nPartner: ").name(partner).add("   DOB: ").dob(partner)
    doc.add("\nAddress: ").address_inline(v.address()).add("\nNI number: ")
    doc.ident("UK_NINO", v.nino())
    if kids:
        doc.add("\nDependants:\n")
        for kid in kids:
            doc.add("  ").name(kid, rng.choice(["first", "full"])).add("  DOB ").dob(kid)
            doc.add(f"  (age {_age(kid.dob, _ON)})\n")

    def money_lines(heading: str, items: list[str], top: int) -> None:
        doc.add(heading)
        for item in items:
            pounds = f"£{rng.randint(40, top)}.{rng.randint(0, 99):02d}"
            doc.add(f"  {item} {'.' * (24 - len(item))} {pounds}\n")

    money_lines(
        "\n\nMonthly income\n",
        ["Earnings", "Universal Credit", "Child Benefit"][: rng.randint(2, 3)],
        1900,
    )
    money_lines(
        "Monthly expenditure\n",
        ["Rent", "Council tax", "Gas and electricity", "Food and housekeeping"],
        900,
    )
    doc.add("\nClient's bank: sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(", account ").ent("UK_BANK_ACCOUNT", v.account())
    if rng.random() < 0.35:
        doc.add("\nClient's email: ").ent("EMAIL_ADDRESS", v.email(client))
    doc.add(f"\nOffer: £{rng.randint(1, 40)}.00 a month\n\nAdviser: ").name(adviser)
    doc.add("\nDirect line: ").ent("ORGANIZATION", phone).add(_extension(rng) + "\n")
