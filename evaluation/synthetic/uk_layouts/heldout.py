"""The heldout family's 13 layouts (values from the heldout half of the tables)."""

from __future__ import annotations

from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.values import Values


# ---- heldout family
def letterhead_recipient_block(doc: Doc, v: Values) -> None:
    p, late, org = v.person(), v.person(gender="m"), v.org()
    doc.name(p, "title_full").add("\n").address_lines(v.address()).add("\n")
    doc.org_block(org, helpline=v.rng.random() < 0.5)
    doc.add(f"\nYour ref: {v.ref()}\n{v.other_date()}\n\n")
    doc.add(f"Dear {org.team},\nI am writing about the property at ").address_inline(v.address())
    doc.add(" where my late husband, ").name(late, v.rng.choice(["full", "first"]))
    doc.add(", lived until he died. My National Insurance number is ").ident("UK_NINO", v.nino())
    doc.add(f". {v.filler(2)}\n\nYours sincerely\n").name(p, "title_initial").add("\n")


def signature_block_letter(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.add(f"Dear {v.team()},\n\n{v.filler(3)}\n\nRegards,\n\n").name(p).add("\n")
    doc.address_lines(v.address()).add("Tel: ").ent("PHONE_NUMBER", v.phone(False))
    doc.add("\nMob: ").ent("PHONE_NUMBER", v.phone(True)).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    if v.rng.random() < 0.5:
        doc.add("NI No: ").ident("UK_NINO", v.nino()).add("\n")


def paper_form_caps(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address()
    doc.add("APPLICATION FOR A CONCESSIONARY TRAVEL PASS\n[X] New   [ ] Renewal\n\nSURNAME: ")
    doc.ent("PERSON", p.last.upper()).add("\nFORENAME(S): ").ent("PERSON", p.first.upper())
    doc.add("\nDATE OF BIRTH: ").ent("DATE_OF_BIRTH", f"{p.dob:%d %m %Y}")
    nino, bad = v.nino()
    doc.add("\nNATIONAL INSURANCE NO: ").ent("UK_NINO", nino.upper(), bad).add("\nADDRESS: ")
    doc.ent("STREET_ADDRESS", a.street(", ").upper())
    for loc in a.locations:
        doc.add(", ").ent("LOCATION", loc.upper())
    doc.add("\nPOSTCODE: ").ent("UK_POSTCODE", a.postcode).add("\nPROOF OF ID:\n")
    if v.rng.random() < 0.75:
        doc.add("  [X] UK passport  No. ").ent("UK_PASSPORT", v.passport()).add("\n")
    if v.rng.random() < 0.75:
        doc.add("  [X] Photocard driving licence  No. ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("SIGNED: ").ent("PERSON", p.full.upper()).add(f"   DATE: {v.other_date()}\n")


def tab_table_payees(doc: Doc, v: Values) -> None:
    people = [v.person() for _ in range(v.rng.randint(2, 4))]
    doc.add(
        "Hello,\n\nBelow are the people the Discretionary Housing Payment should go to "
        "(copied from my spreadsheet):\n\nName\tDate of birth\tSort code\tAccount number\n"
    )
    for person in people:
        doc.name(person).add("\t").dob(person).add("\t").ident("UK_SORT_CODE", v.sort_code())
        doc.add("\t").ent("UK_BANK_ACCOUNT", v.account()).add("\n")
    doc.add(f"\n{v.filler()}\nMany thanks\n").name(people[0], "first").add("\n")


def bullet_household(doc: Doc, v: Values) -> None:
    lead = v.person()
    doc.add(f"Dear {v.team()},\n\nMy household is:\n")
    for k, member in enumerate([lead] + v.relatives(lead, v.rng.randint(1, 4), 0.6)):
        doc.add(v.rng.choice(["- ", "\u2022 ", "* "]))
        if k and member.dob > lead.dob and v.rng.random() < 0.6:  # "Tom (son), born ..."
            relation = "daughter" if member.gender == "f" else "son"
            doc.name(member, "first").add(f" ({relation}), born ").dob(member)
        else:
            doc.name(member).add(" \u2013 DOB ").dob(member)
        if v.rng.random() < 0.5:
            doc.add(", NHS no. ").ident("UK_NHS", v.nhs())
        doc.add("\n")
    doc.add(f"\n{v.filler()}\n\nFrom ").name(lead, "title_full").add("\n")


def carer_for_parent(doc: Doc, v: Values) -> None:
    me, dad = v.person(), v.person(gender="m")
    doc.add(f"Dear {v.team()},\n\nMy father, ").name(dad, "title_full").add(" (born ").dob(dad)
    doc.add("), lives at ").address_inline(v.address()).add(
        ". I am his appointee and I claim Carer's Allowance for him. "
    )
    doc.add("His NHS number is ").ident("UK_NHS", v.nhs()).add(f". {v.filler()} ")
    doc.name(dad, "title_surname").add(" cannot use the phone, so please call me on ")
    doc.ent("PHONE_NUMBER", v.phone()).add(".\n\nBest wishes,\n").name(me).add("\n")


def paren_dob_intro(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.add(f"Dear {v.team()},\n\nMy name is ").name(p)
    if v.rng.random() < 0.5:
        doc.add(" (DOB ").ent("DATE_OF_BIRTH", f"{p.dob:%d.%m.%y}").add(")")
    else:
        doc.add(", date of birth ").dob(p)
    doc.add(" and my NI number is ").ident("UK_NINO", v.nino())
    doc.add(f". {v.filler(2)} You can email me at ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" or write to ").address_inline(v.address()).add(".\n\nThank you\n").name(p).add("\n")


def forwarded_email_chain(doc: Doc, v: Values) -> None:
    p, org = v.person(), v.org()
    doc.add(
        "Please see below, I never got an answer.\n\nGet Outlook for Android\n\n"
        "---------- Forwarded message ---------\nFrom: "
    ).name(p).add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(f">\nDate: {v.other_date()}\n")
    doc.add("Subject: Change of bank details\nTo: <").ent("ORGANIZATION", org.mailbox).add(">\n\n")
    doc.add(f"Dear {org.team},\nPlease update my bank details. Sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
    doc.ent("UK_BANK_ACCOUNT", v.account()).add(". NI no ").ident("UK_NINO", v.nino())
    doc.add(f".\n{v.filler()} I have rung ").ent("ORGANIZATION", org.helpline)
    doc.add(" twice.\n").name(p, "first").add("\n")


def ocr_scanned_form(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.wrap, doc.noise = v.rng.randint(30, 52), True
    doc.add("PART 2 About you Full name ").name(p).add(" Date of birth ").dob(p).add(" Address ")
    doc.address_inline(v.address()).add(" NHS number ").ident("UK_NHS", v.nhs())
    if v.rng.random() < 0.6:
        doc.add(" Driving licence number ").ent("UK_DRIVING_LICENCE", v.licence(p))
    if v.rng.random() < 0.4:
        doc.add(" Passport ").ent("UK_PASSPORT", v.passport())
    doc.add(f" PART 3 Declaration {v.filler()} Signed ").name(p, "initial")
    doc.add(f" Date {v.other_date()}\n")


def bilingual_letter(doc: Doc, v: Values) -> None:
    p = v.person(v.rng.choice(["welsh", "english", "gaelic"]))
    doc.add("Annwyl Swyddog Tai / Dear Housing Officer,\n\nFy enw yw ").name(p)
    doc.add(". Fy nghyfeiriad yw ").address_inline(v.address("W")).add(".\nMy name is ").name(p)
    doc.add(" and I live at the address above. Date of birth / Dyddiad geni: ").dob(p)
    doc.add("\nNI / Yswiriant Gwladol: ").ident("UK_NINO", v.nino())
    doc.add(f"\n{v.filler()}\n\nYn ddiffuant / Yours sincerely,\n").name(p)
    doc.add("\nFfôn / Phone: ").ent("PHONE_NUMBER", v.phone()).add("\n")


def scottish_tenement_repairs(doc: Doc, v: Values) -> None:
    p, upstairs = v.person(), v.person()
    doc.add(f"Dear {v.team()},\n\nRepair request - dampness in the close\n\n").name(p).add("\n")
    doc.address_lines(v.address("S")).add(
        "\nWater comes through the ceiling from the flat above, where "
    ).name(upstairs, "title_full")
    doc.add(" lives. I have asked ").name(upstairs, "title_surname").add(" to report it too. ")
    doc.add(f"{v.filler()} My NHS number is ").ident("UK_NHS", v.nhs())
    doc.add(" in case the GP needs to write about my asthma. Tel ").ent("PHONE_NUMBER", v.phone())


def webchat_transcript(doc: Doc, v: Values) -> None:
    p, agent, a, h = v.person(), v.person(), v.address(casual=True), v.rng.randint(9, 16)
    doc.add(f"Webchat transcript {v.other_date()}\n[{h}:02] Agent (").name(agent, "first")
    doc.add(f"): Hello, how can I help?\n[{h}:03] Customer: hi my name is ")
    doc.ent("PERSON", p.full.lower()).add(" i need to report a change of address\n")
    doc.add(
        f"[{h}:04] Agent: Can I take your National Insurance number please?\n[{h}:05] Customer: "
    ).ident("UK_NINO", v.nino())
    doc.add(f"\n[{h}:06] Customer: new address is ").ent("STREET_ADDRESS", a.street(" ").lower())
    doc.add(" ").ent("UK_POSTCODE", a.postcode).add(f"\n[{h}:07] Customer: mob ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(f"\n[{h}:08] Agent: Thank you ").name(p, "first")
    doc.add(", that is updated.\n")


def moving_home_notice(doc: Doc, v: Values) -> None:
    p, new = v.person(), v.address()
    doc.add(f"Dear {v.team()},\n\nPlease update your records. I have moved and now live at ")
    doc.ent("STREET_ADDRESS", new.street(", ")).add(", ").ent("LOCATION", new.town)
    doc.add(f". {v.filler()} My driving licence number is ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    if v.rng.random() < 0.6:
        doc.add(" and my passport number is ").ent("UK_PASSPORT", v.passport())
    doc.add(".\n\nThanks,\n").name(p).add("\n").ent("EMAIL_ADDRESS", v.email(p)).add("\n")
