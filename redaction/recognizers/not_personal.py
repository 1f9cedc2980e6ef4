"""Spans a recognizer found that are no one's personal data, whoever's letter it is.

Each rule reads the span's own shape and the characters right beside it, never which letter or
layout it came from, and each fails closed: a word any name list holds, a name after a title
and a value spelt out in words stay hidden.

* a number's type (sort code, account, phone, NHS number, card) with no digit and no digit
  spelt out ("Sort code | Account no | Balance": a table's header, not a sort code);
* an empty value's marker ("NULL", "N/A", "NFA": no fixed abode) and a mail system's own
  mailbox ("MAILER-DAEMON@...", "postmaster@...");
* a place of one letter ("T 01632 ...": a phone's label);
* a person's name that is a code ("AG3" of "AG36594", "U0GPTMMGSK": capitals with digits), a
  machine's field name written in camel case ("DateOfBirth", "PostTown", "TeamPhone"), a
  team's name ("Completed by: Financial Assessment Team"), or a form's or a log's label before
  its colon ("[09:35] Destination: ...", "Son: ...", "Issue: housing").
"""

from __future__ import annotations

import regex as re

from redaction.recognizers.vocabulary import (
    ARABIC_FORMULAE,
    FOREIGN_LETTER_WORDS,
    SHORT_FOREIGN_NON_NAMES,
    TEAM_WORDS,
    TITLES,
)

#: the types whose value is a number: without a digit (or a digit spelt out) it is not one
_NUMBER_TYPES = frozenset(
    {"UK_SORT_CODE", "UK_BANK_ACCOUNT", "PHONE_NUMBER", "UK_NHS", "CREDIT_CARD", "IBAN_CODE"}
)
#: the identifiers a form asks for by their label, whose answer may be that there is none
_IDENTIFIER_TYPES = _NUMBER_TYPES | {"UK_NINO", "UK_PASSPORT", "UK_DRIVING_LICENCE"}
#: a form's answer that the person has no such number ("National Insurance number: I do not
#: have one"): a label-led recogniser takes whatever follows the label as a mistyped value
_NO_NUMBER_ANSWER = re.compile(
    r"(?i)(?:I|we|he|she|they)[ \t]+(?:do[ \t]+not|don['’]t|does[ \t]+not|doesn['’]t|have[ \t]+not"
    r"|haven['’]t|has[ \t]+not|hasn['’]t)[ \t]+(?:have[ \t]+|got[ \t]+)?(?:one|any|it|a[ \t]+number)"
    r"|(?:not[ \t]+known|unknown|none[ \t]+issued|not[ \t]+issued|not[ \t]+applicable)"
)
#: the Ukrainian and Russian label of an e-mail address, abbreviated ("Ел. пошта", "Эл. почта")
_CYRILLIC_EMAIL_LABEL = re.compile(r"[ЕЭ]л\.?[ \t]*(?:пошта|почта|адрес)")
#: a hospital ward's code after the word: "discharged from Ward B8", "Ward 7C"
_WARD_CODE_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,2}\d{1,2}|\d{1,2}[A-Z])(?![\p{L}\d])")
_CAPITALISED_WORD_BEFORE = re.compile(r"\p{Lu}[\p{L}'’\-]*[ \t]+$")


def _a_hospital_ward(text: str, start: int, end: int, value: str) -> bool:
    """ "Ward" alone before a ward's code ("from Ward B8"): not the surname Ward. Fails closed:
    not after a title or a capitalised word (a forename: "Jo Ward B8" is kept hidden)."""
    return (
        value == "Ward"
        and _WARD_CODE_AFTER.match(text, end) is not None
        and _TITLE_BEFORE.search(text, max(0, start - 14), start) is None
        and _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start) is None
    )


_SPOKEN_DIGIT = re.compile(
    r"(?i)(?<![\p{L}])(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|double|triple|treble)(?![\p{L}])"
)
#: the word that announces a postcode, read as a place before it
_POSTCODE_WORD = re.compile(r"(?i)post[ \t]?code")
#: what a form or an export writes where it has no value
_EMPTY_MARKERS = frozenset({"null", "n/a", "nfa", "none", "nil"})
#: a mail system's own mailboxes: a delivery report's sender, a web form's no-reply sender
#: ("noreply-forms@...", "no_reply.planning@..."), never a person
_SYSTEM_MAILBOX = re.compile(
    r"(?i)(?:mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|bounces?)"
    r"(?:[-_.+][\w.\-+]*)?@"
)
#: three digits in a row: a code's, never a scanning slip's ("HADJIPANAY1": I read as 1)
_DIGIT_RUN = re.compile(r"\d{3}")
#: capitals with a digit: a staff code or a system's identifier ("AG36594", "U0GPTMMGSK")
_CODE_TOKEN = re.compile(r"[\p{Lu}\d]+")
#: a machine's field name in camel case: two or more capitalised parts ("DateOfBirth",
#: "NINumber", "PostcodeOut")
_CAMEL_PARTS = re.compile(r"\p{Lu}{2,}(?=\p{Lu}\p{Ll})|\p{Lu}\p{Ll}+|\p{Lu}{2,}")
_CAMEL_TOKEN = re.compile(r"\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}\p{Lu}[\p{L}]*|\p{Lu}{2,}\p{Lu}\p{Ll}+")
#: the last word of a team's, a desk's or an office's name
_TEAM_ENDS = TEAM_WORDS | frozenset("Service Services Department Office Directorate".split())
#: a team's name shortened to its initials, last in its name: "Sedgemoor NPT" (neighbourhood
#: policing team), "Mendip SNT", "North CMHT" (community mental health team)
_TEAM_INITIALS = frozenset("NPT SNT CMHT CRHT CLDT".split())
#: labels of a form, a log or a record, written before a colon: never a person's name
LABEL_WORDS = frozenset(
    w.lower()
    for w in """Destination Pick-up Pickup Drop-off Dropoff Collection Mobility Escort Transport Attend
    Attendance Venue Location Appointment Arrival Departure Return Issue Issues Reason
    Reasons Purpose Outcome Outcomes Action Actions Notes Comments Comment Summary Status
    Priority Category Type Subject Topic Query Queries Request Decision Result Response Reply
    Instructions Duration Frequency Medication Diagnosis Condition Conditions Needs Risk Risks
    Equipment Works Task Tasks Deadline Amount Balance Total Vehicle Tenure Occupation
    Employer Income Savings Capital Evidence Documents Enclosures Attachments Casework
    Referral Referrer Incident Complaint Concern Concerns Allegation Injury Injuries Details
    Description Relationship Nationality Language Interpreter Ethnicity Religion Disability
    Benefit Benefits Proof Verification Eligibility Assessment Review Update Progress Repair
    Repairs Defect Defects Recommendation Recommendations Follow-up Callback Voicemail
    Son Daughter Mother Father Brother Sister Wife Husband Partner Ex-partner Child Children
    Parent Parents Guardian Carer Grandson Granddaughter Grandmother Grandfather Nephew Niece
    Aunt Uncle Cousin Stepson Stepdaughter Stepfather Stepmother Sibling Siblings Dependant
    Dependants Household Occupants Landlord Landlady Tenant Tenants Agent Applicant Claimant
    Respondent Appellant Deceased Informant Executor Witness Victim Suspect Perpetrator""".split()
)
_COLON_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*:")
_TITLE_BEFORE = re.compile(rf"(?<![\p{{L}}])(?:{'|'.join(TITLES)})\.?[ \t]+$", re.IGNORECASE)


def not_personal(text: str, entity_type: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, found as ``entity_type``, no one's personal data?"""
    value = text[start:end].strip()
    if not value:
        return False
    if value.lower() in _EMPTY_MARKERS:
        return True
    if entity_type == "PHONE_NUMBER" and _ZEROS_FIRST.fullmatch(value):
        return True
    if (
        entity_type in _IDENTIFIER_TYPES
        and not any(c.isdigit() for c in value)
        and _NO_NUMBER_ANSWER.fullmatch(value.rstrip(".")) is not None
    ):
        return True
    if entity_type == "PERSON" and (
        " ".join(value.split()) in ARABIC_FORMULAE
        or _CYRILLIC_EMAIL_LABEL.match(text, start) is not None
        or _a_hospital_ward(text, start, end, value)
    ):
        return True
    if entity_type in _NUMBER_TYPES:
        if not any(c.isdigit() for c in value) and _SPOKEN_DIGIT.search(value) is None:
            return True
        if entity_type in ("UK_NHS", "PHONE_NUMBER"):
            return _a_machine_id_or_time(text, start, value)
        return entity_type == "UK_BANK_ACCOUNT" and _another_accounts_number(
            text, start, end, value
        )
    if entity_type == "EMAIL_ADDRESS":
        return (
            _SYSTEM_MAILBOX.match(value) is not None or _MARKUP_ATTRIBUTE.search(value) is not None
        )
    if entity_type in ("PERSON", "LOCATION", "STREET_ADDRESS") and (
        _a_tag_name(text, start, end) or _labels_only(text, start, value, entity_type)
    ):
        return True
    if entity_type in ("LOCATION", "STREET_ADDRESS") and (
        _A_PUBLIC_BODY.fullmatch(value) or _a_service_term(value)
    ):
        return True
    if entity_type in ("PERSON", "LOCATION") and _function_words_only(value):
        return True
    if entity_type in ("PERSON", "LOCATION") and (
        _a_teams_contact_line(text, start, end, value, entity_type)
        or _a_language_after_its_label(text, start, value)
        or _a_label_before_a_code(text, start, end, value)
    ):
        return True
    if entity_type == "LOCATION" and _POSTCODE_WORD.fullmatch(value):
        return True  # the word before a postcode ("in Fearnan, postcode PH15 5DB") is no place
    if entity_type == "LOCATION":  # "T 01632 960 111": a telephone's letter
        return len(value) == 1 and _NUMBER_AFTER.match(text, end) is not None
    if entity_type == "PERSON":
        return (
            _a_code(text, start, end)
            or _a_camel_case_key(value)
            or _a_team(text, start, value)
            or _a_label(text, start, end, value)
            or _a_label_before_its_value(text, end, value)
            or (value in _SQL_WORDS and _SQL_AFTER.match(text, end) is not None)
            or _foreign_letter_words(text, start, value)
            or _NOT_A_PERSONS_NAME_BEFORE.search(text, max(0, start - 40), start) is not None
            or _a_bots_name(text, start, end)
            or _a_forces_or_councils_area(text, end, value)
            or _a_teams_section(text, start, value)
            or _a_festival_in_a_season(text, start, end, value)
            or _ordinary_words_around_a_dash(value)
            or _a_medicine(text, end, value)
            or _a_label_word_of_date_of_birth(text, end, value)
            or _ordinary_words_before_a_colon(text, start, end, value)
            or _a_system_mailboxs_name(text, end, value)
            or value.upper() in _DOCUMENT_WORDS
            or _a_heading_or_firm_before_its_word(text, start, end, value)
        )
    return False


#: an export's key for its own record's id or time, then the number: ``"id": 5539163694``,
#: ``"date_unixtime": "1790283839"``, ``"message_id": 60715``
_MACHINE_ID_KEY_BEFORE = re.compile(
    r"[\"'](?P<key>(?:[\w.\-]*[_.\-])?(?:id|ID|Id)|\w*(?:unixtime|timestamp|epoch))[\"'][ \t]*:"
    r"[ \t]*[\"']?$"
)


def _a_machine_id_or_time(text: str, start: int, value: str) -> bool:
    """A number in digits under a JSON key that names a record's id or a Unix time, whose key
    names no person's number ("nhs_id", "patient_nhs_number" keep theirs)."""
    from redaction.recognizers.field_labels import key_type

    if not value.isdigit():
        return False
    key = _MACHINE_ID_KEY_BEFORE.search(text, max(0, start - 60), start)
    return key is not None and key_type(key.group("key")) is None


#: a bank's words: where they stand near a number, it may be a bank account's, whatever its shape
_BANK_WORDS = re.compile(
    r"(?i)\b(?:bank|banks|banking|sort|bacs|iban|pay|paid|paying|payment|refund|transfer"
    r"|building[ \t]+society|standing[ \t]+order|a/c|acct?)\b"
)
_DIGIT_GROUPS = re.compile(r"\d+")


def _another_accounts_number(text: str, start: int, end: int, value: str) -> bool:
    """Nine or ten digits in groups ("Account number 59 4864 2248" on an energy bill) with no
    bank's word near: a supplier's or a service's account, not a bank's (a bank's has eight
    digits; the few with more are written whole)."""
    digits = sum(c.isdigit() for c in value)
    if digits <= 8 or len(_DIGIT_GROUPS.findall(value)) < 2:
        return False
    return _BANK_WORDS.search(text, max(0, start - 80), min(len(text), end + 40)) is None


#: a document's own name in its heading: "PAYSLIP", "NOTICE" (never a person's name)
_DOCUMENT_WORDS = frozenset(
    "PAYSLIP PAYSLIPS NOTICE CERTIFICATE INVOICE RECEIPT STATEMENT SUMMONS REMITTANCE RECORD".split()
)
#: what ends a heading in capitals or a firm's name, a word or two after the words the model
#: took for a name: "SINGLE JUSTICE PROCEDURE| NOTICE", "FENMARSH PRODUCE| PACKERS LTD"
_HEADING_OR_FIRM_END = re.compile(
    r"(?:[ \t]+[\p{Lu}&][\p{Lu}'’&\-]*){0,2}[ \t]+(?:"
    + "|".join(sorted(_DOCUMENT_WORDS))
    + r"|RECORD|LTD|LIMITED|PLC|LLP)(?![\p{L}\d])"
    r"|(?:[ \t]+\p{Lu}[\p{L}'’&\-]*){0,2}[ \t]+(?:Ltd|Limited|Plc|PLC|LLP|Co-operative|Co-op)"
    r"(?![\p{L}\d])"
    # a co-operative whose name the model cut at the hyphen: "Wolds Grain Drying Co|-operative"
    r"|(?<=[ \t]Co)-op(?:erative)?(?![\p{L}\d])"
    # a utility's name: "BOWLAND POWER| AND GAS", "Fen Water| & Power"
    r"|[ \t]+(?:AND|and|&)[ \t]+(?i:gas|power|energy|electric|electricity|water)(?![\p{L}\d])"
)


def _a_heading_or_firm_before_its_word(text: str, start: int, end: int, value: str) -> bool:
    """Words of a heading in capitals or of a firm's name, its last word a document's or a
    firm's ("SINGLE JUSTICE PROCEDURE NOTICE", "FENMARSH PRODUCE PACKERS LTD"). Not after a
    title, and not a firm named after its owner ("DAVE JONES BUILDERS LTD"): fail closed."""
    from redaction.recognizers.lexicon import is_given_name
    from redaction.recognizers.vocabulary import begins_with_a_persons_name

    if "\n" in value or _HEADING_OR_FIRM_END.match(text, end) is None:
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 14), start) or is_given_name(
        value.split()[0].title()
    ):
        return False
    firm = (value + " " + text[end : end + 60].split("\n")[0].strip()).split()
    return not begins_with_a_persons_name([w.title() for w in firm])


#: a field that names a thing, not a person: "<DocumentName>", "school_name=", "Form name:"
_NOT_A_PERSONS_NAME_BEFORE = re.compile(
    # (not a company's or a business's name field: a sole trader's is their own name)
    r"(?i:document|file|form|school|organi[sz]ation|product|software|system"
    r"|scheme|course|event|site)[ _\-]?(?i:name)(?:\[\d{1,3}\])?"
    r"[ \t]*(?:>|=|:|\"[ \t]*:)[ \t]*[\"']?[ \t]*$"
)
#: a government body or a court, where an address block names it: never anyone's home
_A_PUBLIC_BODY = re.compile(
    r"(?i:HM[ \t]+Revenue[ \t]+(?:and|&)[ \t]+Customs|Department[ \t]+for[ \t]+Work[ \t]+and"
    r"[ \t]+Pensions|Home[ \t]+Office|HM[ \t]+Courts[ \t]+(?:and|&)[ \t]+Tribunals[ \t]+Service"
    r"|Child[ \t]+Benefit[ \t]+Office)"
    r"|(?:\p{Lu}[\p{L}'’\-]*[ \t]+){1,3}(?:Crown|Magistrates['’]?|County|Family)[ \t]+Court"
)
#: a web page's markup read as an address: 'a href="mailto', 'target="_blank' (an address has
#: an "@"; the address inside the link is read on its own)
_MARKUP_ATTRIBUTE = re.compile(r"^[^@]*[\p{L}\-]=[\"']")
#: nine or more digits that start with three noughts ("000000001", "00000084883": a file's
#: counter, an amount in pence): no telephone number starts so (a trunk prefix is one 0, an
#: international one 00 then a country code, which never starts with 0)
_ZEROS_FIRST = re.compile(r"000(?:[ \t]?\d){6,}")
_FOREIGN_WORD = re.compile(r"\p{L}[\p{L}\-]*")
#: an elided article or pronoun in lower case ("j'ai", "l'adresse", "gyda'r", "n°")
_ELIDED = frozenset("j l d m n s t c qu r".split())


def _a_foreign_letter_word(word: str) -> bool:
    return word.lower() in FOREIGN_LETTER_WORDS or (word in _ELIDED)


#: the articles, prepositions and conjunctions that are never anyone's whole name: a closed
#: list, not spaCy's stop words (which hold surnames: "Often", "Else", "Well", "Back", "To")
_NEVER_A_NAME_WORDS = frozenset("of the and".split())


def _function_words_only(value: str) -> bool:
    """English articles and prepositions only ("Of" of "Of: 47 Wiltshire Horn Drove", "s in" of
    "Rambabu's in Hewelsfield"). Fails closed: a word in capitals may be initials ("AT", "AS"),
    and a surname that is a common word ("Often") is no article."""
    words = _LETTERS.findall(value)
    return (
        bool(words)
        and not any(c.isdigit() for c in value)
        and any(len(w) > 1 for w in words)
        and all(
            (len(w) == 1 and w.islower())
            or (w.lower() in _NEVER_A_NAME_WORDS and (w.islower() or w.istitle()))
            or w == "in"  # lower case only: "In" is a given name ("In-su") and a name's part
            for w in words
        )
    )


#: a sentence's start before a word: the text's or a line's start, or a full stop and a space
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][ \t]+)[ \t]*$")
#: a word in lower case after a word
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(\p{Ll}+)\b")


def _a_sentences_first_word(text: str, start: int, value: str) -> bool:
    """One short word in title case no name list holds, first in its sentence, before one of
    the letter's words in lower case: "El alquiler es de ...", a function word, not a name's
    part (a name's next word is capitalised)."""
    from redaction.recognizers.lexicon import is_known_name

    if " " in value or not value.istitle() or is_known_name(value):
        return False
    after = _LOWER_WORD_AFTER.match(text, start + len(value))
    return (
        after is not None
        and after.group(1) in FOREIGN_LETTER_WORDS
        and _SENTENCE_START.search(text, max(0, start - 4), start) is not None
    )


def _foreign_letter_words(text: str, start: int, value: str) -> bool:
    """Common words of a French or a Welsh letter ("Veuillez", "sur mon compte", "Ysgrifennaf",
    "cyfrif banc"): the vocabulary of :data:`FOREIGN_LETTER_WORDS` only. Fails closed: a word a
    name list holds keeps the span hidden unless it is written in lower case beside other such
    words ("de", "sur": a function word), and at least one word is no name at all ("Le", "Ma",
    "Mae" alone stay hidden); not after a title, and no short word in capitals (initials)."""
    from redaction.recognizers.lexicon import is_known_name

    if any(c.isdigit() for c in value):
        return False
    words = _FOREIGN_WORD.findall(value)
    if not words or not all(_a_foreign_letter_word(w) for w in words):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 14), start):
        return False
    if any(
        len(w) <= 3 and not w.islower() and w.lower() not in SHORT_FOREIGN_NON_NAMES for w in words
    ) and not _a_sentences_first_word(text, start, value):
        return False  # "AT", "AS": initials; "Tu", "Ni", "Na", "Lui", "To": a name's part
    known = [is_known_name(w) or len(w) == 1 for w in words]
    return (
        not all(known)
        and not any(k and not w.islower() for w, k in zip(words, known))
        and _among_foreign_words(text, start, start + len(value))
    )


#: how far around a word the letter's other words are read to tell its language
_FOREIGN_CONTEXT = 150


def _among_foreign_words(text: str, start: int, end: int) -> bool:
    """Some other word near the span is one of those letters' words and no English one: the
    span stands in a sentence of that language. A word of that vocabulary alone in an English
    sentence is a name spelt like it ("her grandson Kodi, known as 'Kodi'": Swahili "kodi" is
    rent; "Surname: KODI")."""
    from redaction.recognizers.lexicon import zipf

    own = {w.lower() for w in _FOREIGN_WORD.findall(text, start, end)}
    if len(own) >= 2:
        return True  # two words of that language together are a phrase of it: "Madame, Monsieur"
    for m in _FOREIGN_WORD.finditer(text, max(0, start - _FOREIGN_CONTEXT), end + _FOREIGN_CONTEXT):
        word = m.group().lower()  # (the span's own words again, "Kodi, known as 'Kodi'", no)
        if word not in own and len(word) > 1 and _a_foreign_letter_word(word) and zipf(word) < 3.0:
            return True
    return False


#: a database statement's keywords, in capitals before its bracket: "VALUES (887524, ..."
_SQL_WORDS = frozenset({"VALUES", "INSERT", "INTO", "SELECT", "UPDATE", "WHERE", "FROM", "SET"})
_SQL_AFTER = re.compile(r"[ \t]*\(")
#: the value a label announces, right after it: "NINO LZ 45 27 19B", "DOB 21-MAY-74"
_VALUE_AFTER = {
    "UK_NINO": re.compile(r"[ \t]*[:>]?[ \t]*[A-Z]{2}[ \t\-]?\d{2}[ \t\-]?\d{2}"),
    "DATE_OF_BIRTH": re.compile(r"[ \t]*[:>]?[ \t]*(?:\d{1,4}[\-/. ]|\d{6}(?!\d)|\d{8}(?!\d))"),
    "UK_BANK_ACCOUNT": re.compile(r"[ \t]*[:>]?[ \t]*\d{2,4}[ \-]?\d{2,4}"),
    "UK_SORT_CODE": re.compile(r"[ \t]*[:>]?[ \t]*\d{2}[ \-.]?\d{2}[ \-.]?\d{2}(?!\d)"),
}


def _a_label_before_its_value(text: str, end: int, value: str) -> bool:
    """A field's label written before the value it announces, with no colon ("NINO LZ 45 27
    19B", "DOB 21-MAY-74" in a fixed-width print): the label, not a name ("Nino" is one)."""
    from redaction.recognizers.field_labels import field_type

    if " " in value:
        return False
    after = _VALUE_AFTER.get(field_type(value) or "")
    return after is not None and after.match(text, end) is not None


_TAG_OPEN = re.compile(r"<(?:/|!\[)?$")
_TAG_CLOSE = re.compile(r"[>\[/ \t]")


def _a_tag_name(text: str, start: int, end: int) -> bool:
    """The name of a markup element: "<NINO>", "</PostTown>", "<![CDATA[" (the value between
    the tags is read on its own)."""
    return (
        _TAG_OPEN.search(text, max(0, start - 3), start) is not None
        and _TAG_CLOSE.match(text, end) is not None
    )


_NUMBER_AFTER = re.compile(r"[ \t]+[+(]?\d")
_LETTERS = re.compile(r"\p{L}[\p{L}'’]*")


def _labels_only(text: str, start: int, value: str, entity_type: str) -> bool:
    """Labels and the service's words only, no digit and no word a name list holds: "Legal
    Surname", "ADDRESS", "DoB -", "BANK SC" (a bank's and a sort code's labels). After a title
    it is a surname all the same. A place or an address must be a label as a whole: "Flat" is
    a part of one ("Flat 24, Victoria Court" split by an overlapping span)."""
    from redaction.recognizers.field_labels import field_type
    from redaction.recognizers.lexicon import is_known_name
    from redaction.recognizers.names import _is_vocabulary

    words = _LETTERS.findall(value)
    if len(words) < 2 or any(c.isdigit() for c in value) or any(is_known_name(w) for w in words):
        return False  # one word may be a surname ("Street", "Friday", "Chambers")
    if _TITLE_BEFORE.search(text, max(0, start - 14), start):
        return False
    label = _LABEL_BEFORE.search(text, max(0, start - 40), start)
    if label is not None and field_type(label.group(1)) == "PERSON":
        return False  # "Initials: AT", "Name: Hope Case": a name's field holds a name
    if entity_type != "PERSON":
        return False  # a place's or an address's part may be a label's word ("2 green street")
    if field_type(value.strip(" -–:")) is not None:
        return True
    return (
        entity_type == "PERSON"
        and not any(w.title() in _BUILDING_WORDS for w in words)
        and all((len(w) > 2 and _is_vocabulary(w)) or field_type(w) is not None for w in words)
    )


#: the label before a value on its line: "Initials:", "Their name -"
_LABEL_BEFORE = re.compile(r"([\p{L}'’_][\p{L}'’_ ]{0,30})[ \t]*[:=\-–][ \t]*$")


#: the words of a house's or a street's name ("The Lodge", "Court House"): a home mistyped as
#: a person is still someone's address
_BUILDING_WORDS = frozenset(
    """House Houses Cottage Cottages Lodge Mansions Buildings Building Tower Towers Apartments
    Apartment Flats Flat Estate Court Street Road Avenue Centre Center Unit Home Farm Hall Town
    City Rooms Room Property Premises Box Post Close Lane Way""".split()
)


def _a_code(text: str, start: int, end: int) -> bool:
    """Capitals and a run of three digits, the span part of them: "AG3" of "Agent: AG36594".
    A handle with digits ("sandybull41") is lower case, and a scanned surname with a letter
    read as a digit ("HADJIPANAY1") has no run of digits: both stay hidden."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    token = text[start:end]
    return (
        _DIGIT_RUN.search(token) is not None
        and any(c.isalpha() for c in token)
        and _CODE_TOKEN.fullmatch(token) is not None
    )


def _a_camel_case_key(value: str) -> bool:
    """One word in camel case made of labels and ordinary words ("DateOfBirth", "PostTown",
    "NINumber"): a machine's field name. A part that is neither, or that any name list holds
    and no label uses, keeps it hidden ("McDonald", "DeShawn", "MacLeod")."""
    from redaction.recognizers.lexicon import is_known_name, is_ordinary_word
    from redaction.recognizers.names import _is_vocabulary

    if " " in value or not _CAMEL_TOKEN.fullmatch(value):
        return False
    parts = _CAMEL_PARTS.findall(value)
    return (
        len(parts) >= 2
        and "".join(parts) == value
        and all(_is_vocabulary(p) or (is_ordinary_word(p) and not is_known_name(p)) for p in parts)
    )


def _a_teams_members(word: str) -> bool:
    """A job's word in the plural: "Caseworkers", "Officers", "Wardens" (a team's members)."""
    from redaction.recognizers.vocabulary import JOB_WORDS

    return len(word) > 4 and word.endswith("s") and word[:-1].title() in JOB_WORDS


def _a_team(text: str, start: int, value: str) -> bool:
    """A team's, a desk's or an office's name ("Financial Assessment Team", "Contact Centre -
    Housing Service"): two or more words, the last a team's word. Not after a title, and not
    when the first word is a given name ("John Service")."""
    from redaction.recognizers.lexicon import is_given_name

    words = [w.strip(".,;()") for w in value.split()]
    words = [w for w in words if w and w not in ("-", "–", "&", "and")]
    if len(words) < 2:
        return False
    if _a_teams_members(words[-1]):
        # a team named by its members' job ("Arran Caseworkers", "Tenancy Wardens"); after a
        # team's name and its dash even when its first word is a given name ("Housing Support -
        # Arran Caseworkers"): no one's name ends in a plural job word
        if len(words) == 2 and _TEAM_BEFORE_A_DASH.search(text, max(0, start - 80), start):
            return not _TITLE_BEFORE.search(text, max(0, start - 14), start)
    elif (
        words[-1].title() not in _TEAM_ENDS
        and words[-1] not in _TEAM_INITIALS
        and not (
            words[-1] == "Line" and words[-2] in ("Debt", "Advice", "Help", "Support", "Contact")
        )
    ):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 14), start):
        return False
    return not is_given_name(words[0])


def _a_label(text: str, start: int, end: int, value: str) -> bool:
    """One label word before its colon: "Destination:", "Issue:", "Son:" ("Son: Jo Bloggs"
    names the son after it)."""
    from redaction.recognizers.lexicon import is_known_name

    return (
        " " not in value
        and value.lower() in LABEL_WORDS
        and not is_known_name(value)
        and (
            _COLON_AFTER.match(text, end) is not None
            or (  # a heading alone on its line: "LANDLORD (payee)", "4. Works"
                _HEADING_AFTER.match(text, end) is not None
                and _HEADING_BEFORE.search(text, max(0, start - 8), start) is not None
            )
        )
    )


_HEADING_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*(?:\n|\Z)")
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[\-*•][ \t]*)?$")


#: a chat's automated assistant, named in its turns: "[10:39] Ask Ellis (bot):"
_BOT = r"\((?i:bot|chat[ \t\-]?bot|virtual[ \t]+(?:assistant|agent)|digital[ \t]+assistant|automated[ \t]+assistant)\)"
_BOT_AFTER = re.compile(rf"[ \t]*{_BOT}")
#: a turn of the assistant: its line starts with its name and the marker, then a colon
_BOT_TURN = re.compile(rf"[ \t]*(?:\[[^\]\n]{{1,30}}\][ \t]*)?[^:()\n]{{1,40}}{_BOT}[ \t]*:")
#: the assistant introducing itself in its own turn: "Hi, I'm Ellis."
_SELF_NAMED_BEFORE = re.compile(
    r"(?i:\bI['’]m|\bI[ \t]+am|\bmy[ \t]+name[ \t]+is|\bthis[ \t]+is|\bcall[ \t]+me)[ \t]+$"
)


def _a_bots_name(text: str, start: int, end: int) -> bool:
    """A chat's automated assistant: the speaker marked "(bot)" ("[10:39:26] Ask Ellis (bot):"),
    and the name it gives itself in its own turn ("Hi, I'm Ellis."). A person's name in the
    assistant's turn that it does not introduce itself with ("Thanks, Jo.") stays hidden."""
    if _BOT_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _BOT_TURN.match(text, line_start) is not None
        and _SELF_NAMED_BEFORE.search(text, line_start, start) is not None
    )


#: a dose right after a word: a medicine's name in a list of medication ("Sertraline 50mg")
_DOSE_AFTER = re.compile(
    r"[ \t]+\d+(?:\.\d+)?[ \t]?(?i:mg|mcg|µg|micrograms?|milligrams?|ml|iu|units?)(?![\p{L}])"
)


def _a_medicine(text: str, end: int, value: str) -> bool:
    """One word, then its dose: a medicine ("Sertraline 50mg - one daily"). Fails closed: a word
    any name list holds stays hidden ("gave Mary 10ml of it")."""
    from redaction.recognizers.lexicon import is_known_name

    return (
        " " not in value and not is_known_name(value) and _DOSE_AFTER.match(text, end) is not None
    )


_OF_BIRTH_AFTER = re.compile(r"[ \t]+of[ \t]+birth\b", re.IGNORECASE)


def _a_label_word_of_date_of_birth(text: str, end: int, value: str) -> bool:
    """ "date" of "date of birth" split off a name typed before it ("rameshwar poddar date of
    birth ..."): the label's word, not a name."""
    return value.lower() == "date" and _OF_BIRTH_AFTER.match(text, end) is not None


#: a label's tail before its colon: up to two more words ("Deposit ID:", "Envelope Originator:")
_LABEL_TAIL = re.compile(r"((?:[ \t]+[\p{L}]+){0,2})[ \t]*:[ \t]*\S")
#: where a label starts: its line's start (past a bullet or a quote mark) or a column's gap
_LABEL_START = re.compile(r"(?:^|\n)[ \t>*\-•]*$|[ \t]{2,}$|\t$")


def _ordinary_words_before_a_colon(text: str, start: int, end: int, value: str) -> bool:
    """Ordinary English words that no name list holds, starting a line or a column and ended by
    a colon with a value after it: a field's label ("Mailbox: 4549", "Deposit ID: DPC2066",
    "Envelope Originator: ..."). A chat's speaker after a timestamp, and a word a name list
    holds ("Grace:", "Brown:"), stay hidden."""
    from redaction.recognizers.lexicon import is_ordinary_word

    tail = _LABEL_TAIL.match(text, end)
    if tail is None or not _LABEL_START.search(text, max(0, start - 40), start):
        return False
    words = _LETTERS.findall(value) + _LETTERS.findall(tail.group(1))
    if not (
        bool(words)
        and len(words) <= 4
        and not _initials(value)
        and all(is_ordinary_word(w) for w in words)
    ):
        return False
    # an ordinary word may be a name all the same ("Poppy", "Gift"): a label's own noun after
    # it ("Deposit ID:"), or another label of the service's on its line ("Mailbox: 4549  Queue:
    # 5"), says it is a label; a relative's label on the line ("Mum:") says it may be a name
    if _LABEL_NOUN.search(tail.group(1)):
        return True
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    others = [
        m.group(1)
        for m in _OTHER_LABEL.finditer(text, line_start, len(text) if line_end < 0 else line_end)
        if not (m.start(1) <= start < m.end(1))
    ]
    return any(_a_services_label(w) for w in others) and not any(
        w.lower() in _RELATIVES for w in others
    )


#: a label's own noun before its colon: "Deposit ID:", "Claim No:", "Case Ref:"
_LABEL_NOUN = re.compile(r"(?i)\b(?:id|no|ref|reference|number|code)\b")
#: a label and its colon with a value after it, on the same line: "Queue: 5"
_OTHER_LABEL = re.compile(r"(?<![\p{L}])(\p{L}[\p{L}\-]*)[ \t]*:[ \t]*\S")
#: the labels of a relative or a contact, whose next label may be a person's name ("Poppy:
#: 07700 900057  Mum: 07700 900058")
_RELATIVES = frozenset(
    """mum mam mom dad mother father son daughter brother sister wife husband partner nan nana
    gran granny grandma grandad grandpa grandmother grandfather aunt auntie uncle cousin child
    friend neighbour carer nephew niece""".split()
)


def _a_services_label(word: str) -> bool:
    """One of the service's own words or a form's labels ("Queue", "Duration")."""
    from redaction.recognizers.names import _is_vocabulary

    return _is_vocabulary(word) or word.lower() in LABEL_WORDS


def _initials(value: str) -> bool:
    """A word of three letters or fewer in capitals: initials may spell a word ("AT", "ACE")."""
    return any(len(w) <= 3 and w.isupper() for w in _LETTERS.findall(value))


_ANGLE_SYSTEM_MAILBOX = re.compile(r"[ \t]*<[ \t]*")


def _a_system_mailboxs_name(text: str, end: int, value: str) -> bool:
    """The name a mail system signs with before its own mailbox: "Voicemail <noreply-vm@...>".
    Only the service's words and labels: a service that sends on a person's behalf writes
    their name before its no-reply address ("Jo Bloggs <noreply@...>"), which stays hidden."""
    angle = _ANGLE_SYSTEM_MAILBOX.match(text, end)
    words = _LETTERS.findall(value)
    return (
        angle is not None
        and _SYSTEM_MAILBOX.match(text, angle.end()) is not None
        and bool(words)
        and all(_a_services_label(w) for w in words)
    )


#: a team's helpline and mailbox on one line: "Repairs Contact Centre - Teesdale: 0808 157
#: 1901 / repairs@example.gov.uk"
_CONTACT_LINE = re.compile(
    r"[ \t>]*(?P<team>[^:\n]{3,80}?)(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<phone>\+?\(?\d[\d ()\-]{6,18}\d)[ \t]*/[ \t]*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*$",
    re.MULTILINE,
)
#: a mobile's number: a person's, not a team's line
_MOBILE = re.compile(r"(?:\+|00)?(?:44)?0?7")


def _a_teams_contact_line(text: str, start: int, end: int, value: str, entity_type: str) -> bool:
    """A word of the team's name on the line that gives its helpline and its mailbox ("Adult
    Support - Machars: 0808 157 1904 / asp.machars@...", "Queries 0808 157 1703 / ..."): the
    team's other words are the service's vocabulary, or the span's words are ordinary English
    words. Fails closed: a mobile's number is a person's; a given name, or a word after a
    title, stays hidden ("Housing Support - Sarah: 0300 ...")."""
    from redaction.recognizers.lexicon import is_known_name
    from redaction.recognizers.names import _is_vocabulary

    line_start = text.rfind("\n", 0, start) + 1
    m = _CONTACT_LINE.match(text, line_start)
    if m is None or not (m.start("team") <= start and end <= m.end("team")):
        return False
    if _MOBILE.match(re.sub(r"[ ()\-]", "", m.group("phone"))):
        return False
    if _a_post_in(m.group("team")):
        return False  # "Housing Officer Okafor: 01632 ...": a person's post, then their name
    words = _LETTERS.findall(value)
    if not words or any(is_known_name(w) for w in words):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 14), start):
        return False
    others = _LETTERS.findall(text[m.start("team") : start] + " " + text[end : m.end("team")])
    return any(_is_vocabulary(w) for w in others) or (
        entity_type == "PERSON" and all(_a_services_label(w) for w in words)
    )


def _a_post_in(team: str) -> bool:
    """A job's word among a team's words ("Housing Officer"): a person's name may follow."""
    from redaction.recognizers.vocabulary import JOB_WORDS

    return any(w.title() in JOB_WORDS for w in _LETTERS.findall(team))


def _a_service_term(value: str) -> bool:
    """The service's own vocabulary as a whole ("Housing Register" in "Return to Housing
    Register, Tedder Hall, ..."): a team's name, not an address."""
    from redaction.recognizers.vocabulary import SERVICE_TERMS

    return " ".join(value.split()).lower() in {t.lower() for t in SERVICE_TERMS}


#: the rest of a police force's, a fire service's or a council's name after a place that starts
#: it: "Avon| and Somerset Constabulary", "Thames Valley| Police"
_BODY_AFTER = re.compile(
    r"(?P<and>[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)?"
    r"[ \t]+(?:Constabulary|Police|Fire[ \t]+and[ \t]+Rescue(?:[ \t]+Service)?)"
    r"(?![ \t]+(?:Officer|Constable|Sergeant|Inspector|Staff|Community)\b)(?![\p{L}])"
)


#: the rest of a practice's or a hospital's name after the places that start it: "Lochalsh|
#: and South Skye Surgery"
_PRACTICE_AFTER = re.compile(
    r"[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"
    r"[ \t]+(?:Surgery|Medical[ \t]+(?:Practice|Centre|Center|Group)|Health[ \t]+Centre"
    r"|Hospital|Infirmary)(?![\p{L}])"
)


def _a_forces_or_councils_area(text: str, end: int, value: str) -> bool:
    """The place that starts a police force's, a fire service's or a practice's name ("From:
    Avon and Somerset Constabulary", "GP: Lochalsh and South Skye Surgery"). Fails closed: a
    given name right before "Police" alone is a person's ("Jo Police"); before "and <Place>
    Constabulary" it is the force's; a practice may be named after its doctors, so a word a
    name list holds before one stays hidden."""
    from redaction.recognizers.lexicon import is_given_name, is_known_name

    if any(c.isdigit() for c in value):
        return False
    if _PRACTICE_AFTER.match(text, end) and not any(is_known_name(w) for w in value.split()):
        return True  # a practice named after its doctors ("Jones and Patel Surgery") stays hidden
    m = _BODY_AFTER.match(text, end)
    if m is None:
        return False
    return m.group("and") is not None or not any(is_given_name(w) for w in value.split())


#: a team's name, a dash, then its section: "Housing Options - Lettings"
_TEAM_BEFORE_A_DASH = re.compile(
    r"(?P<team>\p{Lu}[\p{L}'’]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}'’]*){0,3})[ \t]+[-–][ \t]+$"
)


def _a_teams_section(text: str, start: int, value: str) -> bool:
    """Ordinary English words or the service's words that no name list holds, after a team's
    name and a dash: its section ("Housing Options - Lettings", "Welfare Rights - Appeals")."""
    from redaction.recognizers.lexicon import is_known_name, is_ordinary_word
    from redaction.recognizers.names import _is_vocabulary

    m = _TEAM_BEFORE_A_DASH.search(text, max(0, start - 80), start)
    words = _LETTERS.findall(value)
    return (
        m is not None
        and any(_is_vocabulary(w) for w in m.group("team").split())
        and not _a_post_in(m.group("team"))
        and bool(words)
        and all(is_ordinary_word(w) or (_is_vocabulary(w) and not is_known_name(w)) for w in words)
    )


_FESTIVALS = frozenset({"Easter", "Christmas", "Whitsun", "Michaelmas", "Hogmanay"})
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_SEASON_AFTER = re.compile(
    rf"[ \t]*(?:to|until|till|through|[-–])[ \t]+(?:{_MONTH}|Easter|Christmas|Whitsun)\b"
)
_SEASON_BEFORE = re.compile(
    rf"\b(?:{_MONTH}|from|over|since|until|till|after|before)[ \t]+(?:to[ \t]+|[-–][ \t]*)?$"
)


def _a_festival_in_a_season(text: str, start: int, end: int, value: str) -> bool:
    """A festival that opens or closes a season ("Easter to October", "from Christmas"): a
    time of year, not a person named Easter (who is no festival before "to October")."""
    return value in _FESTIVALS and (
        _SEASON_AFTER.match(text, end) is not None
        or _SEASON_BEFORE.search(text, max(0, start - 20), start) is not None
    )


#: a language's label: "Language: Tigrinya", "LANG: CY"
_LANGUAGE_LABEL = re.compile(r"\b(?i:language|lang)\b[ \t.]*:[ \t]*$")


def _a_language_after_its_label(text: str, start: int, value: str) -> bool:
    """The language after its label ("Language: Tigrinya", "LANG: EN", "Language: Pular
    (Fula"): a language, never a person's name; a place's name is no language's."""
    return (
        len(value.split()) <= 3
        and not any(c.isdigit() for c in value)
        and _LANGUAGE_LABEL.search(text, max(0, start - 20), start) is not None
    )


#: a reference or a time after a label with no colon: "RM26-427" (letters, digits and a dash
#: or a slash), "30/11/2026 17:47" (a date with its time); not a telephone's number, an NI
#: number, nor a date alone ("Poppy 30/11/2006": a name and a date of birth)
_CODE_VALUE = re.compile(
    r"[ \t](?P<value>\p{L}{1,4}\d{1,6}[\-/]\d{1,8}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}[ \t]+\d{1,2}:\d{2})"
    r"(?:[ \t]{2,}|\t|[ \t]*(?:\n|$))"
)


def _a_label_before_a_code(text: str, start: int, end: int, value: str) -> bool:
    """One ordinary English word no name list holds, starting a line or a column, then a code
    or a date and a column's gap: a label with no colon ("Batch RM26-427   Printed 30/11/2026
    17:47"). Fails closed: a postcode after it makes it a town ("Reading RG1 1AA")."""
    from redaction.recognizers.addresses import POSTCODE_ANY_CASE_RE
    from redaction.recognizers.lexicon import is_ordinary_word

    if " " in value or not is_ordinary_word(value) or _initials(value):
        return False
    if not _LABEL_START.search(text, max(0, start - 40), start):
        return False
    m = _CODE_VALUE.match(text, end)
    return m is not None and POSTCODE_ANY_CASE_RE.search(m.group("value")) is None


_SPACED_DASH = re.compile(r"[ \t][-–][ \t]")


def _ordinary_words_around_a_dash(value: str) -> bool:
    """Ordinary English words no name list holds, a spaced dash between them: a form's answer
    or a heading ("OVERCROWDED - SHARING", "STAIRS - CANNOT MANAGE SINCE"), not a name. A
    building's or a street's word keeps it hidden ("ORCHARD HOUSE - MILL LANE")."""
    from redaction.recognizers.addresses import STREET_SUFFIXES
    from redaction.recognizers.lexicon import is_ordinary_word

    if _SPACED_DASH.search(value) is None:
        return False
    words = _LETTERS.findall(value)
    return (
        len(words) >= 3
        and not _initials(value)
        and all(is_ordinary_word(w) for w in words)
        and not any(w.title() in _BUILDING_WORDS or w.title() in STREET_SUFFIXES for w in words)
    )


__all__ = ["LABEL_WORDS", "not_personal"]
