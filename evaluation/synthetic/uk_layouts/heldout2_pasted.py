"""The heldout2 family, part two: chats, transcripts, forms and e-mail threads pasted into a
message. Written after the redactor's tuning: for reporting only."""

from __future__ import annotations

from datetime import datetime, timedelta

from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.heldout2_letters import _WORDS, _council, _typos
from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Values, _digits, _ordinal


def phone_chat_export(doc: Doc, v: Values) -> None:
    """A chat between a parent and a grown-up child, exported from the phone and pasted in:
    "[12/03/2024, 14:02] Name: ..." - each sender name is a PERSON span."""
    rng = v.rng
    mum, a = v.person(), v.address(casual=True)
    kid = v.person(mum.culture, rng.choice("fm"), mum.last if rng.random() < 0.7 else None)
    mum_name = mum.full if rng.random() < 0.6 else mum.first
    kid_name = kid.first if rng.random() < 0.6 else kid.full
    when = [datetime(2024, 1, 1, 8) + timedelta(minutes=rng.randrange(600_000))]

    def line(from_kid: bool, text: str) -> Doc:
        when[0] += timedelta(minutes=rng.randint(0, 40))
        doc.add(f"\n[{when[0]:%d/%m/%Y, %H:%M}] ")
        return doc.ent("PERSON", kid_name if from_kid else mum_name).add(": " + text)

    doc.add(
        f"Dear {v.team()},\nmy {'daughter' if kid.gender == 'f' else 'son'} did the form for "
        "me, I have copied our messages so you have everything.\n"
    )
    line(
        True,
        rng.choice(
            [
                "have you done the council form yet",
                "mum did the letter come",
                "did you ring them about the form",
            ]
        ),
    )
    line(False, rng.choice(["no can u do it for me", "no its too long", "not yet x"]))
    line(
        True,
        rng.choice(
            [
                "ok send me your ni number and date of birth",
                "i need ur NI and dob",
                "what's your national insurance?",
            ]
        ),
    )
    line(False, rng.choice(["ni is ", "", "its "])).ident("UK_NINO", v.nino())
    line(False, rng.choice(["born ", "", "dob "])).dob(mum)
    if rng.random() < 0.5:
        line(True, rng.choice(["and the bank?", "sort code and account for the refund"]))
        line(False, "").ident("UK_SORT_CODE", v.sort_code()).add(rng.choice([" ", " acc "]))
        doc.ent("UK_BANK_ACCOUNT", v.account())
    line(True, "the new address is ").ent("STREET_ADDRESS", a.street(" ").lower()).add(" ")
    doc.ent("UK_POSTCODE", a.postcode).add(rng.choice([" yeah?", " right", "?"]))
    line(False, rng.choice(["yes", "yes love", "thats it"]))
    line(True, "i've put my number for them to ring ").ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.35:
        line(False, "put your email too")
        line(True, "").ent("EMAIL_ADDRESS", v.email(kid))
    line(False, rng.choice(["thank you love x", "ur a star", "thanks xx"]))
    doc.add("\n\nThanks\n").name(mum).add("\n")


def voicemail_transcription(doc: Doc, v: Values) -> None:
    """An automatic voicemail transcript: caller ID in digits, a lower-case ramble with the DOB
    said aloud ("the 3rd of May 1961") and the callback number written as the service heard it,
    in digits, sometimes one digit at a time. Only numbers written in digits are PHONE_NUMBER
    spans; the caller repeating the last three digits in words ("ending one two three") is a
    fragment no one would call a phone number and stays unlabelled. No number is written fully
    in words: a human would call that a phone number, so it could not be left unlabelled."""
    rng = v.rng
    p, org, a = v.person(), v.org(), v.address()
    d, tail = p.dob, _digits(rng, 3)
    month = _MONTHS[d.month - 1]
    spoken = rng.choice(
        [
            f"{_ordinal(d.day)} of {month} {d.year}",
            f"{month} the {_ordinal(d.day)} {d.year}",
            f"{d.day} {month} {d.year}",
        ]
    )
    callback = rng.choice(
        [f"07700 900{tail}", f"07700900{tail}", f"07700 900 {tail}", " ".join(f"07700900{tail}")]
    )
    topic = rng.choice(["council tax", "pension", "blue badge", "rent"])
    doc.add(f"Voicemail for: {org.team} (").ent("ORGANIZATION", org.helpline)
    doc.add(
        f")\nReceived: {v.other_date()} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}\nFrom: "
    )
    if rng.random() < 0.7:
        doc.ent("PHONE_NUMBER", v.phone())
    else:
        doc.add("Withheld")
    doc.add(
        f"\nDuration: {rng.randint(0, 2)}m {rng.randint(5, 59)}s\nTranscription (automatic, "
        "may contain errors):\n\nhi yeah hello this is "
    ).name(p)
    doc.add(f" um i'm ringing about my {topic} again my date of birth is the ")
    doc.ent("DATE_OF_BIRTH", spoken).add(" and national insurance ").ident("UK_NINO", v.nino())
    doc.add(" i live at ").ent("STREET_ADDRESS", a.street(" ")).add(" in ").ent("LOCATION", a.town)
    if rng.random() < 0.6:
        doc.add(" postcode ").ent("UK_POSTCODE", a.postcode)
    doc.add(" could somebody ring me back on ").ent("PHONE_NUMBER", callback)
    doc.add(" that's the one ending " + " ".join(_WORDS[int(c)] for c in tail))
    if rng.random() < 0.35:
        kid = v.person(p.culture, surname=p.last)
        doc.add(f" or my {'daughter' if kid.gender == 'f' else 'son'} ").name(kid, "first")
        doc.add(" on ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.35:
        doc.add(" oh and my nhs number is ").ident("UK_NHS", v.nhs()).add(" if you need it")
    doc.add(" thank you bye\n")


def appeal_form_tickboxes(doc: Doc, v: Values) -> None:
    """A mandatory reconsideration request form: tick boxes, a helper's details, and the
    claimant's initials at the foot of each page - initials standing for a name are PERSON."""
    rng = v.rng
    p, helper = v.person(), v.person()
    initials = rng.choice(
        [f"{p.first[0]}{p.last[0]}", f"{p.first[0]}.{p.last[0]}.", f"{p.first[0]} {p.last[0]}"]
    ).upper()
    tick = rng.choice(["[X]", "[x]", "[✓]", "(X)"])
    benefits = [
        "Personal Independence Payment",
        "Universal Credit",
        "Pension Credit",
        "Attendance Allowance",
    ]
    chosen = rng.choice(benefits)
    relationship = rng.choice(["friend", "support worker", "neighbour"])
    doc.add(
        "REQUEST FOR A MANDATORY RECONSIDERATION\nTick the boxes that apply and initial each "
        "page.\n\n1. About you\nSurname: "
    ).ent("PERSON", p.last)
    doc.add("   Other names: ").ent("PERSON", p.first).add("\nDate of birth: ").dob(p)
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino()).add("\nAddress: ")
    doc.address_inline(v.address()).add("\nPhone: ").ent("PHONE_NUMBER", v.phone())
    doc.add(f"   {tick} I am happy to get text messages\n")
    if rng.random() < 0.6:
        doc.add("Email: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    else:
        doc.add(f"{tick} I do not have an email address\n")
    doc.add("\n2. Which benefit is the decision about?\n")
    for b in benefits:
        doc.add(f"  {tick if b == chosen else '[ ]'} {b}\n")
    doc.add(f"Date on the decision letter: {v.other_date()}\n\nPage 1 of 2      Initials: ")
    doc.ent("PERSON", initials).add("\n\n3. Has anyone helped you fill in this form?\n  ")
    if rng.random() < 0.7:
        doc.add(f"{tick} Yes   [ ] No\n  Their name: ").name(helper)
        doc.add(f"\n  Relationship: {relationship}\n  Their phone: ")
        doc.ent("PHONE_NUMBER", v.phone()).add("\n")
    else:
        doc.add(f"[ ] Yes   {tick} No\n")
    doc.add(f"\n4. Why do you think the decision is wrong?\n{v.filler(2)}\n")
    if rng.random() < 0.3:
        doc.add(f"\n5. Proof of identity sent\n  {tick} Passport  No. ")
        doc.ent("UK_PASSPORT", v.passport()).add("\n")
    doc.add(f"\nDeclaration\n  {tick} The information I have given is correct\nSigned: ")
    doc.name(p).add(f"   Date: {v.other_date()}\n\nPage 2 of 2      Initials: ")
    doc.ent("PERSON", initials).add("\n")


def quoted_email_thread(doc: Doc, v: Values) -> None:
    """A short reply above a long thread quoted with ">", ">>" and ">>>": the citizen's details
    sit in the older, deeper-quoted messages (an address block with ">> " inside its span); the
    officers write from the organisation's mailbox."""
    rng = v.rng
    p, first_officer, second_officer, org = v.person(), v.person(), v.person(), v.org()
    mail = v.email(p)
    subject = rng.choice(
        ["Overpayment", "Change of bank details", "Missing payment", "Council tax refund"]
    )
    doc.add(
        f"Subject: RE: RE: RE: {subject} [ref {v.ref()}]\n\nHello,\n\nI am still waiting. "
        "The whole thread is below so nobody needs to ask me again.\n\n"
    )
    doc.name(p, "first").add(f"\n\nOn {v.other_date()}, ").name(first_officer).add(" <")
    doc.ent("ORGANIZATION", org.mailbox).add("> wrote:\n> Dear ").name(p, "title_surname")
    doc.add(
        ",\n> Thank you. I have passed this to the team that deals with it.\n> If you hear "
        "nothing in 10 working days please call "
    ).ent("ORGANIZATION", org.helpline)
    doc.add(".\n> Kind regards\n> ").name(first_officer, "first").add("\n>\n")
    doc.add(f"> On {v.other_date()}, ").name(p).add(" <").ent("EMAIL_ADDRESS", mail)
    doc.add("> wrote:\n>> Hi ").name(first_officer, "first")
    doc.add(",\n>> Here is what you asked for.\n>> NI number: ").ident("UK_NINO", v.nino())
    doc.add("\n>> Date of birth: ").dob(p).add("\n")
    if rng.random() < 0.6:
        doc.add(">> New bank: sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(" account ").ent("UK_BANK_ACCOUNT", v.account()).add("\n")
    doc.add(">> Address:\n").address_lines(v.address(), indent=">> ")
    if rng.random() < 0.5:
        doc.add(">> Mobile: ").ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.add(">> Thanks\n>> ").name(p, "first").add(f"\n>>\n>> On {v.other_date()}, ")
    doc.name(second_officer).add(" <").ent("ORGANIZATION", org.mailbox)
    doc.add(
        "> wrote:\n>>> Dear customer,\n>>> To look into this we need your National "
        "Insurance number, date of birth and current address.\n>>> "
    )
    doc.name(second_officer, "initial").add(f", {org.team}\n")


def contact_form_typos(doc: Doc, v: Values) -> None:
    """A contact-us form whose free-text box was typed in a hurry: slips, wrong case, values
    typed as they came (a name in caps-lock-inverted case, a lower-case postcode)."""
    rng = v.rng
    p, org, a = v.person(), _council(v), v.address(casual=True)
    mum = v.person(p.culture, "f", p.last if rng.random() < 0.6 else None)
    typed = rng.choice([p.full, p.full.lower(), p.full.upper(), p.full.swapcase()])
    topic = rng.choice(["Council tax", "Benefits", "Blue Badge", "Other"])
    doc.add(
        f"Contact us - {org.name}\nSubmitted: {v.other_date()} {rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}\n\nYour name*: "
    ).ent("PERSON", typed)
    doc.add("\nYour email*: ").ent("EMAIL_ADDRESS", v.email(p)).add("\nPhone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nPostcode: ").ent("UK_POSTCODE", a.postcode)
    doc.add(f"\nTopic: {topic}\n\nYour message (max 2000 characters):\n")

    def typed_text(text: str) -> Doc:
        return doc.add(_typos(rng, text))

    typed_text("hi i am writing about my mum ")
    doc.ent("PERSON", rng.choice([mum.full, mum.full.lower()]))
    typed_text(" she lives at ").ent("STREET_ADDRESS", a.street(" ")).add(" ")
    doc.ent("LOCATION", a.town)
    typed_text(" and her date of birth is ").dob(mum)
    if rng.random() < 0.45:
        typed_text(" her nhs number is ").ident("UK_NHS", v.nhs())
    typed_text(
        f" she has had no heating since {v.other_date()} and nobody from the council has "
        "come out i have rung three times and waited on hold for an hour each time"
    )
    if rng.random() < 0.5:
        typed_text(" my ni number is ").ident("UK_NINO", v.nino())
    if rng.random() < 0.25:
        typed_text(" i sent a copy of her passport ").ent("UK_PASSPORT", v.passport())
    typed_text(" please call me back asap on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\n\n[ ] Tick to get updates by email\n")
