"""An independent SYNTHETIC evaluation set for the redaction stage: hand-written UK letter layouts.

Every row is INVENTED data - report any result on it as "synthetic". It exists because the usual
redaction test set comes from the generator the recognisers were tuned on; this one was written
separately (own value tables, own layouts, no shared code) to score the redactor on shapes that
citizens actually use when they write to councils, DWP, HMRC, the NHS and the DVLA.

``generate_uk_layout_set(n, seed, family)`` returns rows ``{"id":
"uklayout-<family>-<seed>-<i:05d>-<layout>", "text", "spans": [{"type", "start", "end"}],
"synthetic": True, "family", "layout"}``. Row i depends only on (family, seed, i); layouts are
used in turn, so each gets about n/13 rows (n/12 in dev2, n/15 in heldout2).

Families - disjoint layouts. dev and heldout also use disjoint halves of the first-name, surname,
street, house-name, town/county and organisation tables (towns are split by county, so the only
shared place name is "London", whose districts are split one by one); dev2 is a second
development family: its own 12 layouts, written later, on the dev half of the tables. heldout2
was written AFTER the redactor had been tuned on dev, dev2 and (by looking) heldout: its 15
layouts, on the heldout half of the tables, are for REPORTING ONLY - nobody has tuned on them,
and tuning on them would spend the only untouched family:

* ``dev``: posted_letter_top_right, team_salutation_move, web_form_dump, pipe_table_household,
  on_behalf_of_relative, self_intro_dob, email_quoted_reply, ocr_letter, welsh_letter,
  sms_lowercase, complaint_narrative, bank_details_change, id_documents_change.
* ``heldout``: letterhead_recipient_block, signature_block_letter, paper_form_caps,
  tab_table_payees, bullet_household, carer_for_parent, paren_dob_intro, forwarded_email_chain,
  ocr_scanned_form, bilingual_letter, scottish_tenement_repairs, webchat_transcript,
  moving_home_notice.
* ``dev2``: contact_centre_call_note, solicitor_client_letter, residents_repair_request,
  school_children_letter, pdf_form_values_below, capitals_complaint, lowercase_signoff_note,
  postscript_neighbour, email_html_signature, quoting_council_letter, non_native_english,
  family_id_numbers. Its phone numbers come in more styles ("+44 (0)...", "(+44) ...",
  "0044 ...", split by slashes or dots).
* ``heldout2``: letting_agent_tenant, hospital_letter_forwarded, funeral_director_letter,
  social_worker_referral, prisoner_letter, mp_constituent_casework, parking_appeal,
  employer_confirmation, student_exemption_email, debt_advice_statement, phone_chat_export,
  voicemail_transcription, appeal_form_tickboxes, quoted_email_thread, contact_form_typos.
  Mostly third parties writing (agents, hospitals, funeral directors, social workers, prisoners,
  MPs' offices, employers, advice agencies) or chats, transcripts and forms pasted in. Its own
  conventions: initials standing for a name ("Initials: J.S.") are PERSON; a callback number
  transcribed one digit at a time is a PHONE_NUMBER; a voicemail caller repeating the last three
  digits in words is unlabelled, and no number is written wholly in words; prison numbers,
  payroll numbers, vehicle registrations, PCN and Blue Badge serials, student IDs and hospital
  numbers are unlabelled distractors; a prison's address, like any third party's, is
  ORGANIZATION.

Labelling conventions:

* PERSON never includes a title ("Mrs Jean O'Neill" -> "Jean O'Neill"); a surname alone
  ("Mrs O'Neill"), a first name alone ("my son Tom") and "J. Smith" are PERSON spans.
* Addresses are split: STREET_ADDRESS = flat/unit + house name/number + street (one span, even
  over several lines); each district, town and county is its own LOCATION; then UK_POSTCODE.
  A flat or house number written alone for a named neighbour ("Flat 6", "number 12") is a
  STREET_ADDRESS span.
* DATE_OF_BIRTH only for dates of birth; letter dates, deadlines, appointments stay unlabelled.
* Phones, emails and identifiers are labelled as written, internal spaces and hyphens included;
  a switchboard extension ("ext. 204") stays outside the phone span.
* ORGANIZATION marks the organisation's OWN address lines, helpline and mailbox (not personal
  data: ignored for recall), also when a citizen quotes them or a law firm's (or another third
  party's) letterhead gives them. Organisation names themselves are unlabelled.
* ~10% of labelled NI numbers, NHS numbers and sort codes are MISTYPED by the citizen (never-issued
  NINO prefix or bad suffix, wrong NHS check digit, sort code written like a date). They keep their
  type, and their span carries one extra key, ``"mistyped": True``.
* ~10% of rows hide one Unicode trick inside a labelled value (zero-width space or soft hyphen in
  a NINO or phone, full-width digits, no-break space in a postcode or between names, narrow
  no-break space in a sort code); the span covers the whole value as written.
* Unlabelled distractors: dates, money, 8-10 digit references, benefit names (Pension Credit,
  Blue Badge, ...), organisation names, citizen-written placeholders such as "<PERSON_1>".
"""

from __future__ import annotations

import random
from collections.abc import Callable

from evaluation.synthetic.uk_layouts.dev import (
    bank_details_change,
    complaint_narrative,
    email_quoted_reply,
    id_documents_change,
    ocr_letter,
    on_behalf_of_relative,
    pipe_table_household,
    posted_letter_top_right,
    self_intro_dob,
    sms_lowercase,
    team_salutation_move,
    web_form_dump,
    welsh_letter,
)
from evaluation.synthetic.uk_layouts.dev2 import (
    capitals_complaint,
    contact_centre_call_note,
    email_html_signature,
    family_id_numbers,
    lowercase_signoff_note,
    non_native_english,
    pdf_form_values_below,
    postscript_neighbour,
    quoting_council_letter,
    residents_repair_request,
    school_children_letter,
    solicitor_client_letter,
)
from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.heldout import (
    bilingual_letter,
    bullet_household,
    carer_for_parent,
    forwarded_email_chain,
    letterhead_recipient_block,
    moving_home_notice,
    ocr_scanned_form,
    paper_form_caps,
    paren_dob_intro,
    scottish_tenement_repairs,
    signature_block_letter,
    tab_table_payees,
    webchat_transcript,
)
from evaluation.synthetic.uk_layouts.heldout2_letters import (
    debt_advice_statement,
    employer_confirmation,
    funeral_director_letter,
    hospital_letter_forwarded,
    letting_agent_tenant,
    mp_constituent_casework,
    parking_appeal,
    prisoner_letter,
    social_worker_referral,
    student_exemption_email,
)
from evaluation.synthetic.uk_layouts.heldout2_pasted import (
    appeal_form_tickboxes,
    contact_form_typos,
    phone_chat_export,
    quoted_email_thread,
    voicemail_transcription,
)
from evaluation.synthetic.uk_layouts.tables import (
    _ORGS,
    ENTITY_TYPES,
    FAMILIES,
    TRICK_RATE,
)
from evaluation.synthetic.uk_layouts.values import Values

__all__ = ["ENTITY_TYPES", "FAMILIES", "LAYOUTS", "generate_uk_layout_set", "organisation_contacts"]

Layout = Callable[[Doc, Values], None]
_FAMILY_LAYOUTS: dict[str, list[Layout]] = {
    "dev": [
        posted_letter_top_right,
        team_salutation_move,
        web_form_dump,
        pipe_table_household,
        on_behalf_of_relative,
        self_intro_dob,
        email_quoted_reply,
        ocr_letter,
        welsh_letter,
        sms_lowercase,
        complaint_narrative,
        bank_details_change,
        id_documents_change,
    ],
    "heldout": [
        letterhead_recipient_block,
        signature_block_letter,
        paper_form_caps,
        tab_table_payees,
        bullet_household,
        carer_for_parent,
        paren_dob_intro,
        forwarded_email_chain,
        ocr_scanned_form,
        bilingual_letter,
        scottish_tenement_repairs,
        webchat_transcript,
        moving_home_notice,
    ],
    "dev2": [
        contact_centre_call_note,
        solicitor_client_letter,
        residents_repair_request,
        school_children_letter,
        pdf_form_values_below,
        capitals_complaint,
        lowercase_signoff_note,
        postscript_neighbour,
        email_html_signature,
        quoting_council_letter,
        non_native_english,
        family_id_numbers,
    ],
    "heldout2": [
        letting_agent_tenant,
        hospital_letter_forwarded,
        funeral_director_letter,
        social_worker_referral,
        prisoner_letter,
        mp_constituent_casework,
        parking_appeal,
        employer_confirmation,
        student_exemption_email,
        debt_advice_statement,
        phone_chat_export,
        voicemail_transcription,
        appeal_form_tickboxes,
        quoted_email_thread,
        contact_form_typos,
    ],
}
_LAYOUT_FUNCS = {family: {f.__name__: f for f in fs} for family, fs in _FAMILY_LAYOUTS.items()}
LAYOUTS: dict[str, list[str]] = {family: list(funcs) for family, funcs in _LAYOUT_FUNCS.items()}


# --------------------------------------------------------------------------- public API
def organisation_contacts() -> list[str]:
    """Every organisation's own address (its lines, town and postcode as one phrase), helpline
    and mailbox: what a deployment would put in its redaction allow-list
    (``CASEWORK_REDACTION_ALLOW_LIST``) so its own contact details stay readable."""
    out = []
    for line in _ORGS.strip().splitlines():
        _, _, address, helpline, mailbox = line.split("|")
        out += [", ".join(address.split(";")), helpline, mailbox]
    return out


def generate_uk_layout_set(n: int, seed: int = 0, family: str = "dev") -> list[dict]:
    """``n`` SYNTHETIC labelled letters of one family, deterministic for (n, seed, family)."""
    if family not in _LAYOUT_FUNCS:
        raise ValueError(f"family must be one of {FAMILIES}, not {family!r}")
    names, rows = LAYOUTS[family], []
    for i in range(n):
        rng = random.Random(f"uklayout/{family}/{seed}/{i}")  # str seeds are stable across runs
        layout = names[(i + seed) % len(names)]
        doc = Doc(rng, trick_pending=rng.random() < TRICK_RATE)
        _LAYOUT_FUNCS[family][layout](doc, Values(rng, family))
        rows.append(
            {
                "id": f"uklayout-{family}-{seed}-{i:05d}-{layout}",
                "text": doc.text(),
                "spans": doc.spans,
                "synthetic": True,
                "family": family,
                "layout": layout,
            }
        )
    return rows
