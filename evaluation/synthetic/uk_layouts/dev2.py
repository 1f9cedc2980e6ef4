# Over 500 lines: the dev2 family's twelve layouts, one function each, kept as one family.
"""The dev2 family's 12 layouts, written later (values from the dev half of the tables)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Address, Values, fmt_date


# ---- dev2 family (its own layouts; values from the dev half of the tables)
def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _flat_in_block(v: Values) -> Address:
    """An address in a block of flats: ["Flat k", "<number> <street>"]."""
    while True:
        a = v.address()
        line = a.street_lines[-1]
        if line.split(" ", 1)[0].rstrip("A").isdigit() and not set("/,") & set(line):
            a.street_lines = [f"Flat {v.rng.randint(1, 24)}", line]
            return a


def _extension(rng: random.Random) -> str:
    """A switchboard extension, written after the number and outside its span."""
    ext = rng.randint(200, 499)
    return rng.choice([f" ext. {ext}", f" ext {ext}", f" x{ext}", f" (extn {ext})"])


def contact_centre_call_note(doc: Doc, v: Values) -> None:
    """Typed by a contact-centre agent during a call: terse, abbreviated, several numbers."""
    rng = v.rng
    p, agent, a = v.person(), v.person(), v.address(casual=True)
    topic = rng.choice(
        [
            "missed bin collection",
            "CT arrears",
            "damp in bathroom",
            "HB overpayment letter",
            "blue badge renewal",
            "rent statement",
        ]
    )
    doc.add(
        f"CALL NOTE  {v.other_date()} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}  "
        f"Queue: {rng.choice(['Revenues', 'Housing Options', 'Benefits', 'Repairs'])}  "
        "Agent: "
    ).name(agent, rng.choice(["first", "initial"])).add("\n")
    doc.add("Caller: ").name(p, rng.choice(["full", "title_full", "surname_first"]))
    doc.add(rng.choice([" (customer)", " - account holder", ""]) + "\nDPA passed - DOB ").dob(p)
    doc.add(", pcode ").ent("UK_POSTCODE", a.postcode)
    if rng.random() < 0.4:
        doc.add(", NINO ").ident("UK_NINO", v.nino())
    doc.add("\nAddr on system: ").address_inline(a, postcode=False).add("\n")
    if rng.random() < 0.4:
        third = v.person(p.culture, surname=p.last)
        doc.add("3rd party on call: ").name(third)
        doc.add(f" ({rng.choice(['daughter', 'son', 'partner', 'carer'])}), verbal consent given\n")
    doc.add(f"\nSpoke to caller re {topic}. {v.filler()} Wants a call back, numbers given:")
    sep = rng.choice(["\n  ", "; ", " / "])
    for i, label in enumerate(
        rng.sample(["mob:", "eve:", "day:", "home:", "work:", "alt no."], rng.randint(2, 3))
    ):
        mobile = True if label == "mob:" else False if label in ("home:", "work:") else None
        doc.add((" " if i == 0 and sep != "\n  " else sep) + label + " ")
        doc.ent("PHONE_NUMBER", v.phone_styled(mobile))
        if label == "work:" and rng.random() < 0.7:
            doc.add(_extension(rng))
    doc.add(f"\nAction: callback booked for {v.other_date()}. Spoke to ")
    doc.name(p, rng.choice(["title_surname", "first"])).add(" again and advised 10 working days.\n")


# dev2 only: law firms writing for a client (name | building | switchboard | mailbox). Like a
# council's, a firm's own address lines, switchboard and mailbox are ORGANIZATION; they are not
# in organisation_contacts(), which lists the organisations a deployment would be.
_FIRMS = """
Hartwell Moss LLP|Regent House|0113 496 0555|enquiries@hartwellmoss.co.uk
Greaves & Rudd Solicitors|Bank Chambers|0161 496 0777|mail@greavesrudd.co.uk
Penhaligon Law|Albion Court|020 7946 0888|info@penhaligonlaw.co.uk
Dunbar Rae WS|Charlotte Chambers|0131 496 0444|office@dunbarrae.co.uk
Brightwater Legal|Suite 4, Mercer House|029 2018 0999|hello@brightwaterlegal.co.uk
Ashgrove Advice Law Centre|The Old Library|0121 496 0333|advice@ashgrovelaw.org.uk
"""


def solicitor_client_letter(doc: Doc, v: Values) -> None:
    """A solicitor writes for a client: firm letterhead, reference lines, then a client block."""
    rng = v.rng
    firm, building, switchboard, mailbox = rng.choice(_FIRMS.strip().splitlines()).split("|")
    region = rng.choice("EEEWS")
    office = v.address(region)  # only its town and postcode: the office street is below
    street = f"{rng.randint(1, 120)} {rng.choice(v.t.streets[region])}"
    client, writer, org = v.person(), v.person(), v.org()
    doc.add(firm + "\n")
    for line in (building, street, office.town, office.postcode):
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("T: ").ent("ORGANIZATION", switchboard).add("   E: ").ent("ORGANIZATION", mailbox)
    doc.add("\n\n").org_block(org, helpline=False)
    doc.add(
        f"\nOur ref: {rng.choice(['HSG', 'LIT', 'BEN', 'FAM'])}/{rng.randint(1000, 99999)}"
        f"/{rng.randint(1, 9)}\nYour ref: {v.ref()}\nDate: {v.other_date()}\n\n"
    )
    doc.add(rng.choice(["Dear Sirs", "Dear Sir or Madam", f"Dear {org.team}"]) + ",\n\n")
    doc.add(rng.choice(["Our client: ", "Re: our client ", "Client: "])).name(client, "title_full")
    opener, closer = rng.choice([(" (DOB ", ")"), (", date of birth ", "")])
    doc.add(opener).dob(client).add(closer + "\nAddress: ")
    doc.address_inline(v.address())
    if rng.random() < 0.6:
        doc.add("\nNI number: ").ident("UK_NINO", v.nino())
    their = "her" if client.gender == "f" else "his"
    doc.add(
        "\n\nWe are instructed by the above-named client in connection with "
        f"{rng.choice(['a council tax liability', 'housing disrepair', 'a benefit decision'])}"
        f". We enclose our client's signed form of authority. {v.filler()} Please write to "
        "this office, for the attention of the writer, and do not contact "
    )
    doc.name(client, "title_surname").add(" directly.")
    if rng.random() < 0.5:
        doc.add(f" Any refund due should be paid to {their} own account, sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
        doc.ent("UK_BANK_ACCOUNT", v.account()).add(".")
    if rng.random() < 0.3:
        doc.add(f" We have verified {their} identity against {their} passport, number ")
        doc.ent("UK_PASSPORT", v.passport()).add(".")
    doc.add("\n\nYours faithfully\n\n\n").name(writer).add("\n")
    doc.add(
        rng.choice(
            [
                "Solicitor",
                "Associate Solicitor",
                "Trainee Solicitor",
                "Solicitor Advocate",
                "Caseworker",
            ]
        )
        + f"\nFor and on behalf of {firm}\n"
    )


def residents_repair_request(doc: Doc, v: Values) -> None:
    """A tenant writes for the block, listing the neighbours by name and flat. A flat written
    alone for a named neighbour ("Flat 6") is a STREET_ADDRESS span."""
    rng = v.rng
    writer, block = v.person(), _flat_in_block(v)
    flats = rng.sample([n for n in range(1, 25) if f"Flat {n}" != block.street_lines[0]], 4)
    doc.add(f"Dear {v.team()},\n\nRe: repairs at ").ent("STREET_ADDRESS", block.street_lines[1])
    doc.add("\n\nI am the tenant of ").address_inline(block)
    doc.add(
        f". Since {v.other_date()} we have had no end of problems and nobody has come out. "
        "My neighbours have asked me to write for all of us:\n\n"
    )
    problems = [
        "no hot water",
        "black mould in the bedroom",
        "a leak through the ceiling",
        "no heating at all",
        "a broken window latch",
        "damp in every room",
    ]
    for n in flats[: rng.randint(2, 4)]:
        flat, nb, problem = f"Flat {n}", v.person(), rng.choice(problems)
        style = rng.randrange(4)
        if style == 0:
            doc.add("- ").ent("STREET_ADDRESS", flat).add(": ").name(nb, "title_full")
            doc.add(f" - {problem}\n")
        elif style == 1:
            doc.add("- ").name(nb, "title_surname").add(" in ")
            doc.ent("STREET_ADDRESS", flat.lower()).add(f", {problem}\n")
        elif style == 2:
            doc.add("- Mr and Mrs ").ent("PERSON", nb.last).add(" (").ent("STREET_ADDRESS", flat)
            doc.add(f"), {problem}\n")
        else:
            doc.add("- ").name(nb).add(", ").ent("STREET_ADDRESS", flat).add(f", {problem}")
            doc.add(" (aged 80+, please ring ").ent("PHONE_NUMBER", v.phone_styled(False))
            doc.add(" first)\n")
    doc.add("\nPlease call me on ").ent("PHONE_NUMBER", v.phone_styled()).add(" to arrange access")
    if rng.random() < 0.5:
        doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(writer))
    doc.add(f". {v.filler()}\n\nYours sincerely\n").name(writer).add("\n(")
    doc.ent("STREET_ADDRESS", block.street_lines[0]).add(")\n")


def school_children_letter(doc: Doc, v: Values) -> None:
    """A parent names the children in prose: "Amir (born 04/05/2016) and his sister Leila, 7"."""
    rng = v.rng
    parent, head = v.person(gender=rng.choice("fm")), v.person()
    on = date(2024, 9, 2) + timedelta(rng.randrange(300))
    kids = v.relatives(parent, rng.randint(2, 3), child_share=1.0)
    kids = kids or [v.person(parent.culture, surname=parent.last, child=True)]
    for kid in kids:  # of school age on the letter date
        kid.dob = date(2010, 9, 1) + timedelta(rng.randrange(3300))
    school = rng.choice(
        [
            "Oakfield Primary School",
            "St Anne's C of E Primary",
            "Greenway Academy",
            "Hillside Junior School",
            "Holy Family RC Primary",
            "Riverside Academy",
        ]
    )
    topic = rng.choice(
        [
            "free school meals",
            "their absence last week",
            "an in-year transfer",
            "the school transport application",
            "the uniform grant",
        ]
    )
    doc.add(f"{fmt_date(rng, on)}\n\nDear {'Mrs' if head.gender == 'f' else 'Mr'} ")
    doc.ent("PERSON", head.last).add(",\n\n")
    doc.add(f"I am writing about {topic} for my children at {school}. ")
    first, *rest = kids
    doc.name(first, "first").add(" (born ").dob(first).add(")")
    for i, kid in enumerate(rest):
        rel = {"f": "sister", "m": "brother"}[kid.gender]
        doc.add(" and " if i == len(rest) - 1 else ", ")
        doc.add(f"{'his' if first.gender == 'm' else 'her'} {rel} ").name(kid, "first")
        style = rng.random()
        if style < 0.4:
            doc.add(f", {_age(kid.dob, on)},")
        elif style < 0.7:
            doc.add(f" ({_age(kid.dob, on)})")
        else:
            doc.add(", born ").dob(kid).add(",")
    doc.add(
        f" {'have' if rest else 'has'} "
        f"{rng.choice(['been off sick', 'missed the bus', 'had no meals'])} since "
        f"{fmt_date(rng, on - timedelta(rng.randint(3, 40)))}. We moved to "
    )
    doc.address_inline(v.address())
    doc.add(f" in {rng.choice(_MONTHS)}, so please update the records. {v.filler()} ")
    if rng.random() < 0.4:
        doc.add("The school nurse asked for their NHS numbers: ")
        for i, kid in enumerate(kids):
            doc.add(", " if i else "").name(kid, "first").add(" ").ident("UK_NHS", v.nhs())
        doc.add(". ")
    doc.add("You can reach me on ").ent("PHONE_NUMBER", v.phone_styled())
    if rng.random() < 0.6:
        doc.add(" or at ").ent("EMAIL_ADDRESS", v.email(parent))
    doc.add(".\n\nYours sincerely,\n").name(parent)
    doc.add(f"\n({'mum' if parent.gender == 'f' else 'dad'} of ").name(first, "first").add(")\n")


def pdf_form_values_below(doc: Doc, v: Values) -> None:
    """Text copied out of a filled-in PDF form: each label on its own line, its value below."""
    rng = v.rng
    p, a = v.person(), v.address()
    doc.add(
        f"Change of circumstances\nForm CC{rng.randint(1, 9)} "
        f"{rng.randint(1, 12):02d}/{rng.randint(21, 25)}\nPage 1 of 3\n\nSection 1 About you\n"
        f"Title\n{p.title}\nFirst name(s)\n"
    ).ent("PERSON", p.first)
    doc.add("\nSurname\n").ent("PERSON", p.last).add("\nDate of birth\n").dob(p)
    doc.add("\nNational Insurance number\n").ident("UK_NINO", v.nino())
    doc.add("\n\nSection 2 Where you live\nAddress\n").ent("STREET_ADDRESS", a.street("\n"))
    for label, loc in (("District", a.district), ("Town or city", a.town), ("County", a.county)):
        if loc:
            doc.add(f"\n{label}\n").ent("LOCATION", loc)
    doc.add("\nPostcode\n").ent("UK_POSTCODE", a.postcode).add("\nDaytime phone number\n")
    doc.ent("PHONE_NUMBER", v.phone_styled())
    if rng.random() < 0.7:
        doc.add("\nEmail address\n").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n\nSection 3 What has changed\n{v.filler()}\nDate of change\n{v.other_date()}\n")
    doc.add("Page 2 of 3\n")
    if rng.random() < 0.75:
        doc.add("\nSection 4 Bank or building society\nName of account holder\n").name(p)
        doc.add("\nSort code\n").ident("UK_SORT_CODE", v.sort_code())
        doc.add("\nAccount number\n").ent("UK_BANK_ACCOUNT", v.account()).add("\n")
    if rng.random() < 0.45:
        doc.add("\nSection 5 Proof of identity\nPassport number\n")
        doc.ent("UK_PASSPORT", v.passport()).add("\n")
    if rng.random() < 0.45:
        doc.add("Driving licence number\n").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("\nDeclaration\nSigned\n").name(p).add(f"\nDate\n{v.other_date()}\nPage 3 of 3\n")


def capitals_complaint(doc: Doc, v: Values) -> None:
    """A complaint typed entirely in capitals."""
    rng = v.rng
    p, staff = v.person(), v.person()
    doc.upper = True
    doc.add(
        rng.choice(["To whom it may concern", f"Dear {v.team()}"]) + "\n\nThis is my "
        f"{rng.choice(['second', 'third', 'fourth'])} letter and nobody has replied!!! "
        "My name is "
    ).name(p).add(" and I live at ").address_inline(v.address())
    doc.add(f". On {v.other_date()} I phoned and spoke to ").name(staff, "first")
    doc.add(f" who promised it would be sorted within a week. {v.filler()} ")
    if rng.random() < 0.6:
        doc.add("My National Insurance number is ").ident("UK_NINO", v.nino()).add(". ")
    if rng.random() < 0.55:
        doc.add("My NHS number is ").ident("UK_NHS", v.nhs()).add(" if you need it. ")
    if rng.random() < 0.35:
        doc.add("I have had a parking fine even though my driving licence (")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add(") shows this address. ")
    doc.add("I want a written answer. Phone me on ").ent("PHONE_NUMBER", v.phone_styled())
    doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nYours,\n")
    doc.name(p, rng.choice(["full", "title_full"])).add("\n")


def lowercase_signoff_note(doc: Doc, v: Values) -> None:
    """A short note whose only name is the sign-off, typed in lower case ("thanks, dave")."""
    rng = v.rng
    p, a = v.person(), v.address(casual=True)
    before, after = rng.choice(
        [
            ("The streetlight outside ", " has been out"),
            ("Fly-tipping again behind ", ", it has been there"),
            ("Bins not emptied at ", ""),
            ("Pothole outside ", ", getting worse"),
            ("The drain outside ", " has been blocked"),
        ]
    )
    doc.add(rng.choice(["Hi,\n", "Hello\n", ""]) + before).ent("STREET_ADDRESS", a.street(" "))
    if rng.random() < 0.7:
        doc.add(" (").ent("UK_POSTCODE", a.postcode).add(")")
    doc.add(f"{after} since {v.other_date()}. Can someone come and look?")
    if rng.random() < 0.5:
        doc.add(" My number is ").ent("PHONE_NUMBER", v.phone_styled(True)).add(" if you need me.")
    signed = rng.choices([p.first, f"{p.first} {p.last[0]}", p.full], [70, 15, 15])[0]
    doc.add("\n\n" + rng.choice(["thanks, ", "cheers\n", "ta, ", "many thanks\n", "thx - "]))
    doc.ent("PERSON", signed.lower()).add("\n")


def postscript_neighbour(doc: Doc, v: Values) -> None:
    """A letter naming a neighbour mid-sentence without any cue, and a P.S. after the signature."""
    rng = v.rng
    p, nb, other = v.person(), v.person(), v.person()
    doc.name(p).add("\n").address_lines(v.address()).add(f"\n{v.other_date()}\n\nDear {v.team()},")
    problem = rng.choice(
        ["the flooding", "the noise from the building site", "the broken pavement", "the rats"]
    )
    doc.add(f"\n\nI am writing about {problem} on our road, which started on {v.other_date()}. ")
    she = "she" if nb.gender == "f" else "he"
    style = rng.randrange(4)
    if style == 0:
        doc.name(nb).add(" at ").ent("STREET_ADDRESS", f"number {rng.randint(1, 90)}")
        doc.add(" has also been affected. ")
    elif style == 1:
        doc.add("Even ").name(nb).add(", who never complains, has rung you twice. ")
    elif style == 2:
        doc.add("Yesterday ").name(nb).add(f" slipped outside and {she} is now on crutches. ")
    else:
        doc.add("My husband and ").name(nb).add(" next door have both written to you already. ")
    doc.add(f"{v.filler()}\n\nYours faithfully,\n").name(p, rng.choice(["full", "title_initial"]))
    doc.add("\n\nP.S. ")
    for i in range(1 + (rng.random() < 0.4)):
        doc.add("P.P.S. " if i else "")
        what = rng.randrange(5)
        if what == 0:
            doc.add("My mobile is ").ent("PHONE_NUMBER", v.phone_styled(True))
            doc.add(" if that is easier.\n")
        elif what == 1:
            doc.name(nb, "first").add("'s NHS number is ").ident("UK_NHS", v.nhs())
            doc.add(f", {she} asked me to pass it on.\n")
        elif what == 2:
            doc.add("I forgot to say my date of birth is ").dob(p).add(".\n")
        elif what == 3:
            doc.add("You can email me at ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n")
        else:
            doc.name(other).add(" from the residents' association has a copy of this letter.\n")


def email_html_signature(doc: Doc, v: Values) -> None:
    """An email whose HTML-ish signature, after "--", gives a job title, phones and a home
    address."""
    rng = v.rng
    p, partner, org, home = v.person(), v.person(), v.org(), v.address()
    mail = v.email(p)
    doc.add("From: ").name(p).add(" <").ent("EMAIL_ADDRESS", mail).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSubject: Single person discount\n\nHello,\n\n")
    doc.add(
        f"Please could you apply the single person discount from {v.other_date()}? "
        f"My {rng.choice(['ex-partner', 'former lodger', 'ex-husband', 'ex-wife'])}, "
    )
    doc.name(partner).add(f", moved out that day. {v.filler()}\n\nKind regards,\n")
    doc.name(p, "first").add("\n\n--\n<b>").name(p).add("</b><br>\n")
    doc.add(
        rng.choice(
            [
                "Support Worker",
                "Senior Care Assistant",
                "Teaching Assistant",
                "Warehouse Supervisor",
                "Practice Manager",
                "Volunteer Coordinator",
            ]
        )
    )
    doc.add(
        " | <i>"
        + rng.choice(
            [
                "Brightside Care Ltd",
                "Hollybank Nursing Home",
                "Greenway Academy",
                "Northgate Logistics",
            ]
        )
        + "</i><br>\nM: "
    )
    doc.ent("PHONE_NUMBER", v.phone_styled(True))
    if rng.random() < 0.6:
        doc.add("&nbsp;|&nbsp;T: ").ent("PHONE_NUMBER", v.phone_styled(False))
        doc.add(_extension(rng) if rng.random() < 0.5 else "")
    doc.add("<br>\nHome: ").address_inline(home).add('<br>\n<a href="mailto:')
    doc.ent("EMAIL_ADDRESS", mail).add('">').ent("EMAIL_ADDRESS", mail).add("</a>\n")
    doc.add("<small>This email and any attachments are confidential.</small>\n")


def quoting_council_letter(doc: Doc, v: Values) -> None:
    """The citizen quotes the council's earlier letter; its contact details are ORGANIZATION."""
    rng = v.rng
    p, officer, staff, org, home = v.person(), v.person(), v.person(), v.org(), v.address()
    doc.add(
        f"Dear {org.team},\n\nYour reference: {v.ref()}\n\nI am replying to your letter "
        f"dated {v.other_date()}, signed by "
    ).name(officer)
    doc.add(". It says, and I quote:\n\n")
    prefix = rng.choice(["", "> ", "    "])
    doc.add(
        prefix + ('"' if not prefix else "") + "If you think this decision is wrong, write "
        "to us at "
    )
    for i, line in enumerate(org.lines):
        doc.add(", " if i else "").ent("ORGANIZATION", line)
    doc.add(f"\n{prefix}or ring us on ").ent("ORGANIZATION", org.helpline)
    doc.add(f" (Monday to Friday, 9am to 5pm).\n{prefix}You can also email ")
    doc.ent("ORGANIZATION", org.mailbox).add(", quoting the reference above.")
    doc.add(
        ('"' if not prefix else "") + f"\n\nI rang that number on {v.other_date()} and spoke to "
    ).name(staff, rng.choice(["first", "title_surname"]))
    doc.add(", who told me to put it in writing. So here it is. My details are: ").name(p)
    doc.add(", born ").dob(p).add(", of ").address_inline(home)
    if rng.random() < 0.6:
        doc.add(", NI number ").ident("UK_NINO", v.nino())
    doc.add(f". {v.filler()}\n\nYours sincerely,\n\n").name(p, rng.choice(["full", "title_full"]))
    doc.add("\n")


def non_native_english(doc: Doc, v: Values) -> None:
    """Written by someone still learning English: unusual word order, "I am borned in ..."."""
    rng = v.rng
    p = v.person(
        rng.choice(
            [
                "east_european",
                "east_european",
                "somali_arabic",
                "chinese",
                "continental",
                "west_african",
                "south_asian",
            ]
        )
    )
    spouse = v.person(p.culture, "m" if p.gender == "f" else "f", p.last)
    born = f"{p.dob:%d.%m.%Y}" if rng.random() < 0.5 else fmt_date(rng, p.dob)
    doc.add(f"Dear {rng.choice(['Sir, Madam', 'Sirs', 'Mister or Madam', v.team()])},\n\n")
    doc.add("My name it is ").name(p).add(", I am borned in ").ent("DATE_OF_BIRTH", born)
    doc.add(
        f" and I come to UK in {rng.randint(2004, 2021)}. Since {rng.randint(2, 9)} years "
        "I am living in the adress "
    ).address_inline(v.address())
    doc.add(
        ". For the council tax I must to say you that my "
        + ("wife " if spouse.gender == "f" else "husband ")
    ).name(spouse, "first")
    doc.add(f" also is living with me from {v.other_date()}. My passport number it is ")
    doc.ent("UK_PASSPORT", v.passport()).add(", the copy it is in the envelope. ")
    if rng.random() < 0.5:
        doc.add("Also driving licence I have, number ").ent("UK_DRIVING_LICENCE", v.licence(p))
        doc.add(". ")
    if rng.random() < 0.4:
        doc.add("The National Insurance I have it also: ").ident("UK_NINO", v.nino()).add(". ")
    if rng.random() < 0.45:
        doc.add("Please to send the money in my bank, sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(" and number of account ")
        doc.ent("UK_BANK_ACCOUNT", v.account()).add(". ")
    doc.add("For to call me my telephone it is ").ent("PHONE_NUMBER", v.phone_styled())
    doc.add(
        ", but better in the evening.\n\nThank you very much for understanding.\n\nWith respect,\n"
    ).ent("PERSON", f"{p.last} {p.first}" if rng.random() < 0.5 else p.full).add("\n")


def family_id_numbers(doc: Doc, v: Values) -> None:
    """NI and NHS numbers of a whole household in running sentences, some split by slashes."""
    rng = v.rng
    p = v.person()
    partner = v.person(p.culture, "m" if p.gender == "f" else "f", p.last)
    kids = v.relatives(p, rng.randint(1, 3), child_share=1.0)
    doc.add(f"Dear {v.team()},\n\nI am filling in the claim for the whole household at ")
    doc.address_inline(v.address()).add(". Our National Insurance numbers are ")
    doc.ident("UK_NINO", v.nino()).add(rng.choice([" / ", "/", " and ", ", "]))
    doc.ident("UK_NINO", v.nino()).add(
        f" (me and my {'husband' if partner.gender == 'm' else 'wife'} "
    ).name(partner, "first").add(", in that order). ")
    if kids:
        doc.add(rng.choice(["The children's NHS numbers are ", "For the NHS numbers: "]))
        named_after = rng.random() < 0.5
        for i, kid in enumerate(kids):
            if i:
                doc.add(" and " if i == len(kids) - 1 else rng.choice([", ", " / "]))
            if named_after:
                doc.ident("UK_NHS", v.nhs()).add(" (").name(kid, "first").add(")")
            else:
                doc.name(kid, "first").add(" - ").ident("UK_NHS", v.nhs())
        doc.add(". ")
        if rng.random() < 0.5:
            doc.add("Their dates of birth are ")
            for i, kid in enumerate(kids):
                doc.add(" / " if i else "").name(kid, "first").add(" ").dob(kid)
            doc.add(". ")
    if rng.random() < 0.5:
        doc.add("Mine and ").name(partner, "first").add("'s NHS numbers are ")
        doc.ident("UK_NHS", v.nhs()).add(" / ").ident("UK_NHS", v.nhs()).add(". ")
    doc.add(f"{v.filler()} If anything is missing ring me on ")
    doc.ent("PHONE_NUMBER", v.phone_styled()).add(".\n\nThanks,\n").name(p).add("\n")
