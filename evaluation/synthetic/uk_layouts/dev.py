"""The dev family's 13 layouts (values from the dev half of the tables)."""

from __future__ import annotations

from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.tables import _WELSH_MONTHS
from evaluation.synthetic.uk_layouts.values import Values, fmt_date


# --------------------------------------------------------------------------- layouts
# Each layout writes one letter into `doc`. Person/address choices stay inside the layout so a
# reader can see the real-world shape it imitates.
# ---- dev family
def posted_letter_top_right(doc: Doc, v: Values) -> None:
    p, home, org, pad = v.person(), v.address(), v.org(), " " * v.rng.choice([36, 44, 52])
    doc.add(pad).name(p).add("\n").address_lines(home, indent=pad, joined=False)
    doc.add(pad + "Tel: ").ent("PHONE_NUMBER", v.phone()).add(f"\n\n{pad}{v.other_date()}\n\n")
    doc.org_block(org, helpline=v.rng.random() < 0.5).add(f"\nDear {org.team},\n\n")
    doc.add(
        f"Re: account {v.ref()}\n\nI am writing about my bill. My National Insurance number is "
    )
    doc.ident("UK_NINO", v.nino()).add(f". {v.filler(2)}\n\nYours faithfully,\n\n\n")
    doc.name(p, v.rng.choice(["full", "title_initial"])).add("\n")


def team_salutation_move(doc: Doc, v: Values) -> None:
    """The salutation names a team directly above the personal data."""
    p = v.person()
    doc.add(f"Dear {v.team()},\n" + v.rng.choice(["", "\n"]) + "I moved out of ")
    doc.address_inline(v.address()).add(f" on {v.other_date()} and my new address is ")
    doc.address_inline(v.address()).add(f". {v.filler()}\nPlease send the final bill there. ")
    doc.add("My email is ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nKind regards\n").name(p)


def web_form_dump(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address(casual=True)
    doc.add(
        f"--- Online form submission ---\nForm: Report a change\nSubmitted: {v.other_date()} "
        f"{v.rng.randint(7, 22):02d}:{v.rng.randint(0, 59):02d}\n\nFull name: "
    )
    doc.ent("PERSON", p.full.lower() if v.rng.random() < 0.3 else p.full)  # typed in lower case
    doc.add("\nDate of birth: ").dob(p).add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add("\nAddress line 1: ").ent("STREET_ADDRESS", a.street(", ")).add("\nAddress line 2: ")
    if a.district:
        doc.ent("LOCATION", a.district)
    doc.add("\nTown/City: ").ent("LOCATION", a.town)
    doc.add("\nPostcode: ").ent("UK_POSTCODE", a.postcode)
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p))
    if v.rng.random() < 0.6:
        doc.add("\nSort code: ").ident("UK_SORT_CODE", v.sort_code())
        doc.add("\nAccount number: ").ent("UK_BANK_ACCOUNT", v.account())
    if v.rng.random() < 0.4:
        doc.add("\nPassport number: ").ent("UK_PASSPORT", v.passport())
    if v.rng.random() < 0.4:
        doc.add("\nDriving licence number: ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(f"\nWhat has changed?: {v.filler()}\nConsent to contact: Yes\n")


def pipe_table_household(doc: Doc, v: Values) -> None:
    lead = v.person()
    doc.add(
        "Hi,\n\nAs requested, here is everyone living at the address:\n\n"
        "Name | DOB | NHS number\n--- | --- | ---\n"
    )
    for member in [lead] + v.relatives(lead, v.rng.randint(1, 4), child_share=0.7):
        doc.name(member).add(" | ").dob(member).add(" | ").ident("UK_NHS", v.nhs()).add("\n")
    doc.add(f"\n{v.filler()}\n\nThanks,\n").name(lead, "first").add("\n")


def on_behalf_of_relative(doc: Doc, v: Values) -> None:
    writer, rel = v.person(), v.person(gender=v.rng.choice("fm"))
    kin = v.rng.choice(
        {"f": ["mother", "grandmother", "aunt"], "m": ["father", "grandfather", "uncle"]}[
            rel.gender
        ]
    )
    their = "her" if rel.gender == "f" else "his"
    doc.add(f"Dear {v.team()},\n\nI am writing on behalf of my {kin}, ").name(rel, "title_full")
    doc.add(", born ").dob(rel).add(", of ").address_inline(v.address())
    doc.add(f". {their.title()} NHS number is ").ident("UK_NHS", v.nhs()).add(f". {v.filler(2)} ")
    doc.add(f"I hold Lasting Power of Attorney for {their} affairs, so please speak to me, not ")
    doc.name(rel, "title_surname").add(", on ").ent("PHONE_NUMBER", v.phone()).add(" or ")
    doc.ent("EMAIL_ADDRESS", v.email(writer)).add(".\n\nYours sincerely\n").name(writer).add("\n")


def self_intro_dob(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address()
    doc.add(f"Dear {v.team()},\n\n")
    if v.rng.random() < 0.5:
        doc.add("I am ").name(p).add(", ").dob(p).add(", and I am writing about Universal Credit. ")
    else:
        doc.name(p).add(", born ").dob(p).add(
            ". That is me - I need help with the Council Tax Reduction form. "
        )
    # The town straight after the street and no postcode, as people write it in prose.
    doc.add("I live at ").ent("STREET_ADDRESS", a.street(", ")).add(", ").ent("LOCATION", a.town)
    doc.add(". My NI number is ").ident("UK_NINO", v.nino()).add(f". {v.filler()} Ring me on ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" any time after 10.\n\nThanks\n").name(p, "first")


def email_quoted_reply(doc: Doc, v: Values) -> None:
    p, staff, org = v.person(), v.person(), v.org()
    doc.add(f"Subject: RE: Your claim {v.ref()}\n\nHi ").name(staff, "first").add(",\n\n")
    doc.add("Thanks for getting back to me. My new mobile is ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" and the flat is ").address_inline(v.address()).add(".\n\n").name(p, "first")
    doc.add("\n\nSent from my iPhone\n\n")
    when = f"On {v.other_date()}, at {v.rng.randint(8, 17)}:{v.rng.randint(0, 59):02d}, "
    if v.rng.random() < 0.5:  # the officer's message, from the organisation's mailbox
        doc.add(when).name(staff).add(" <").ent("ORGANIZATION", org.mailbox).add("> wrote:\n")
        doc.add("> Dear ").name(p, "title_surname").add(
            ",\n> Please confirm your date of birth and postcode.\n> Or call us on "
        )
        doc.ent("ORGANIZATION", org.helpline).add(".\n")
    else:  # the citizen's own earlier message, quoted back
        doc.add(when).name(p, "initial").add(" <").ent("EMAIL_ADDRESS", v.email(p))
        doc.add("> wrote:\n")
        doc.add("> Hello, my date of birth is ").dob(p).add(f" and my reference is {v.ref()}.\n")
        doc.add(f"> {v.filler()}\n")


def ocr_letter(doc: Doc, v: Values) -> None:
    p, writer = v.person(), v.person()
    doc.wrap, doc.noise = v.rng.randint(38, 64), True
    doc.add(f"{v.other_date()}\nDear Sir / Madam\nI am writing to tell you that ")
    doc.name(p, "title_full").add(" of ").address_inline(v.address())
    doc.add(" has moved into a care home. Date of birth ").dob(p).add(". NHS No ")
    doc.ident("UK_NHS", v.nhs()).add(f". {v.filler(2)} ")
    if v.rng.random() < 0.5:
        doc.add("Passport no. ").ent("UK_PASSPORT", v.passport()).add(" is enclosed. ")
    doc.add("Contact telephone ").ent("PHONE_NUMBER", v.phone())
    doc.add(".\nYours faithfully\n").name(writer)


def welsh_letter(doc: Doc, v: Values) -> None:
    p = v.person(v.rng.choice(["welsh", "welsh", "english"]))
    when = fmt_date(v.rng, date(2024, 1, 1) + timedelta(v.rng.randrange(500)), welsh=True)
    doc.add(f"{when}\n\nAnnwyl Syr/Fadam,\n\nRwy'n ysgrifennu ynglŷn â fy nhreth gyngor. ")
    doc.add("Fy enw i yw ").name(p).add(" ac rwy'n byw yn ").address_inline(v.address("W"))
    doc.add(". Fy nyddiad geni yw ").dob(p, welsh=True).add(". Fy rhif Yswiriant Gwladol yw ")
    doc.ident("UK_NINO", v.nino())
    if v.rng.random() < 0.5:
        doc.add(". Mae fy mab, ").name(v.person("welsh", "m", p.last, True), "first")
        doc.add(", yn byw gyda fi")
    doc.add(f". Rwy'n derbyn Gostyngiad Treth y Cyngor ers {v.rng.choice(_WELSH_MONTHS)}. ")
    doc.add("Fy rhif ffôn yw ").ent("PHONE_NUMBER", v.phone()).add(".\n\nDiolch yn fawr,\n\n")
    doc.add("Yn gywir,\n").name(p).add("\n")


def sms_lowercase(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address(casual=True)
    doc.lower = True
    doc.add("hi its ").name(p).add(" from ").ent("STREET_ADDRESS", a.street(" "))
    doc.add(" ").ent("UK_POSTCODE", a.postcode).add(" my ni is ").ident("UK_NINO", v.nino())
    doc.add(f" still no payment since {v.other_date()} pls call me on ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" or text, my daughter ")
    doc.name(v.person(p.culture, "f", p.last), "first").add(" can help x")


def complaint_narrative(doc: Doc, v: Values) -> None:
    p, staff, neighbour = v.person(), v.person(), v.person()
    doc.add(
        f"Dear {v.team()},\n\nI wish to make a formal complaint. On {v.other_date()} I spoke to "
    ).name(staff, v.rng.choice(["first", "full"]))
    doc.add(
        " in your contact centre, who said the repair was booked. It never happened. My neighbour, "
    ).name(neighbour, "title_full").add(", has had the same problem, and ")
    doc.name(neighbour, "title_surname").add(" has been more patient than me. I live at ")
    doc.address_inline(v.address()).add(f". {v.filler()} Any refund should go to sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ").ent("UK_BANK_ACCOUNT", v.account())
    doc.add(".\n\nYours faithfully,\n").name(p).add("\n").ent("EMAIL_ADDRESS", v.email(p))


def bank_details_change(doc: Doc, v: Values) -> None:
    p, org = v.person(), v.org()
    doc.add(
        f"To the {org.team}, {org.name}\n\nPlease pay my Pension Credit, Attendance Allowance "
        "and Winter Fuel Payment into my new account from next month.\n\nName: "
    )
    doc.name(p, v.rng.choice(["full", "surname_first"])).add("\nDate of birth: ").dob(p)
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino()).add("\nAddress:\n")
    doc.address_lines(v.address()).add("\nNew sort code: ").ident("UK_SORT_CODE", v.sort_code())
    doc.add("\nNew account number: ").ent("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\n\n{v.filler()} I tried ringing ").ent("ORGANIZATION", org.helpline)
    doc.add(" but could not get through.\n\nSigned ").name(p).add(f"  Date {v.other_date()}\n")


def id_documents_change(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.add(
        f"Dear {v.team()},\n\nI am applying to renew my Blue Badge. I enclose copies of my "
        "passport (number "
    ).ent("UK_PASSPORT", v.passport()).add(") and driving licence (")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("). The address on both is ")
    doc.address_inline(v.address()).add(f". {v.filler()}\n\n").name(p, "title_full")
    doc.add(", DOB ").dob(p).add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True)).add("\n")
