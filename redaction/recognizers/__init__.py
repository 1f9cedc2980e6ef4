"""UK personal-data recognizers for Presidio.

One small class per identifier, in the style of Presidio's own predefined recognizers:
patterns, context words, and a checksum or plausibility check in ``validate_result``.
Presidio 2.2.366 ships UK recognizers for NINO, NHS number, postcode, passport and driving
licence, but they are off by default and tuned for recall-by-context; here they are
subclassed and tightened (HMRC prefix rules, DVLA date fields, 9-digit passports...), and the
missing ones (street address, sort code, bank account, date of birth, GB phone numbers,
rule-based names) are added.

Context handling: most recognizers here own their context logic (``_CueMixin``): they look
at the raw text just before a match for the nearest *positive* cue ("account number") or
*negative* cue ("reference"), whichever is closer wins. Results they have scored this way
are marked as context-enhanced (the redactor runs no lemma-based enhancer on top).

Nothing in this module logs text or matched values.
"""

from __future__ import annotations

from collections.abc import Sequence

from redaction.without_torch import import_presidio_without_torch

import_presidio_without_torch()  # see the module

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from redaction.recognizers.addresses import (
    NAMED_STREET_RE,
    POSTCODE_RE,
    UNNUMBERED_STREET_RE,
    UkLocalityRecognizer,
    UkPostcodeNumberRecognizer,
    UkStreetAddressRecognizer,
    address_after_postcode,
    address_after_signatory,
    house_after_name,
    outward_code_after,
    place_qualifier,
    postcode_after_street,
    street_start,
    towns_after,
)
from redaction.recognizers.banking import (
    Bacs18RecordRecognizer,
    BankDigitsInBoxesRecognizer,
    PaymentPartyRecognizer,
    UkBankAccountRecognizer,
    UkBankDetailsPairRecognizer,
    UkSortCodeRecognizer,
    UnjoinedCreditCardRecognizer,
)
from redaction.recognizers.base import ALL_ENTITIES, IDENTIFIER_TYPES
from redaction.recognizers.contact import OfflineEmailRecognizer, UkPhoneRecognizer
from redaction.recognizers.dates import (
    DateOfBirthRecognizer,
    date_after_name,
    dates_before_birth_words,
    dates_beside,
    dates_in_aside,
    dates_in_row,
    dates_under_birth_heading,
    listed_birthdays,
    old_dates_beside_people,
    old_dates_near_people,
)
from redaction.recognizers.exports import MachineExportRecognizer, log_keys
from redaction.recognizers.forms import (
    FormFieldRecognizer,
    csv_header_labels,
    headerless_row_spans,
    names_in_aligned_row,
    values_beside,
)
from redaction.recognizers.genealogy import GedcomRecognizer, gedcom_tags
from redaction.recognizers.government_ids import (
    NhsNumberRecognizer,
    UkDrivingLicenceNumberRecognizer,
    UkNinoNumberRecognizer,
    UkPassportNumberRecognizer,
)
from redaction.recognizers.hl7 import Hl7MessageRecognizer, hl7_codes
from redaction.recognizers.incident_logs import PoliceLogNameRecognizer
from redaction.recognizers.licence_conditions import ExclusionZoneRecognizer
from redaction.recognizers.names import (
    FilteredSpacyRecognizer,
    LexiconNameRecognizer,
    NameCueRecognizer,
    apostrophe_joined,
    hyphen_joined,
    initial_before,
    institution_names,
    looks_like_label_or_date,
    name_words_around,
    names_beside,
    split_names,
    trim_name,
)
from redaction.recognizers.spoken import SpokenIdentifierRecognizer
from redaction.recognizers.transcripts import (
    CaptionSpeakerRecognizer,
    ChatAddressAnswerRecognizer,
    ChatBirthDateAnswerRecognizer,
    ChatNameAnswerRecognizer,
)
from redaction.recognizers.travel_documents import MachineReadableZoneRecognizer, zone_codes
from redaction.recognizers.vcards import (
    CalendarPeopleRecognizer,
    VCardAddressRecognizer,
    markup_keys,
)
from redaction.recognizers.vocabulary import (
    CASEWORK_TERMS,
    COUNTRY_LEVEL,
    JOB_WORDS,
    NON_NAME_WORDS,
    ORG_WORDS,
    SERVICE_TERMS,
    TITLES,
)


def build_recognizers(entities: Sequence[str] | None = None) -> list[EntityRecognizer]:
    """All recognizers the redactor uses (only those that can produce ``entities``).

    US-only and other country recognizers, URL/IP/crypto/date recognizers are never loaded:
    they cannot match UK personal data and cost time on every letter.
    """
    recognizers: list[EntityRecognizer] = [
        UkNinoNumberRecognizer(),
        NhsNumberRecognizer(),
        UkPostcodeNumberRecognizer(),
        UkSortCodeRecognizer(),
        UkBankAccountRecognizer(),
        UkBankDetailsPairRecognizer(),
        BankDigitsInBoxesRecognizer(),
        Bacs18RecordRecognizer(),
        PaymentPartyRecognizer(),
        UkPassportNumberRecognizer(),
        UkDrivingLicenceNumberRecognizer(),
        MachineReadableZoneRecognizer(),
        VCardAddressRecognizer(),
        CalendarPeopleRecognizer(),
        CaptionSpeakerRecognizer(),
        ChatBirthDateAnswerRecognizer(),
        ChatAddressAnswerRecognizer(),
        ChatNameAnswerRecognizer(),
        Hl7MessageRecognizer(),
        GedcomRecognizer(),
        ExclusionZoneRecognizer(),
        UkPhoneRecognizer(),
        SpokenIdentifierRecognizer(),
        OfflineEmailRecognizer(),
        UnjoinedCreditCardRecognizer(),
        IbanRecognizer(),
        DateOfBirthRecognizer(),
        UkStreetAddressRecognizer(),
        UkLocalityRecognizer(),
        FormFieldRecognizer(),
        MachineExportRecognizer(),
        NameCueRecognizer(),
        PoliceLogNameRecognizer(),
        LexiconNameRecognizer(),
        FilteredSpacyRecognizer(),
    ]
    if entities is None:
        return recognizers
    wanted = set(entities)
    return [r for r in recognizers if wanted & set(r.supported_entities)]


__all__ = [
    "ALL_ENTITIES",
    "CASEWORK_TERMS",
    "COUNTRY_LEVEL",
    "IDENTIFIER_TYPES",
    "JOB_WORDS",
    "NAMED_STREET_RE",
    "NON_NAME_WORDS",
    "ORG_WORDS",
    "POSTCODE_RE",
    "SERVICE_TERMS",
    "TITLES",
    "UNNUMBERED_STREET_RE",
    "BankDigitsInBoxesRecognizer",
    "CalendarPeopleRecognizer",
    "CaptionSpeakerRecognizer",
    "ChatAddressAnswerRecognizer",
    "ChatBirthDateAnswerRecognizer",
    "ChatNameAnswerRecognizer",
    "DateOfBirthRecognizer",
    "ExclusionZoneRecognizer",
    "FilteredSpacyRecognizer",
    "FormFieldRecognizer",
    "GedcomRecognizer",
    "Hl7MessageRecognizer",
    "LexiconNameRecognizer",
    "MachineExportRecognizer",
    "MachineReadableZoneRecognizer",
    "NameCueRecognizer",
    "NhsNumberRecognizer",
    "OfflineEmailRecognizer",
    "PaymentPartyRecognizer",
    "PoliceLogNameRecognizer",
    "SpokenIdentifierRecognizer",
    "UkBankAccountRecognizer",
    "UkBankDetailsPairRecognizer",
    "UkDrivingLicenceNumberRecognizer",
    "UkLocalityRecognizer",
    "UkNinoNumberRecognizer",
    "UkPassportNumberRecognizer",
    "UkPhoneRecognizer",
    "UkPostcodeNumberRecognizer",
    "UkSortCodeRecognizer",
    "UkStreetAddressRecognizer",
    "UnjoinedCreditCardRecognizer",
    "VCardAddressRecognizer",
    "address_after_postcode",
    "address_after_signatory",
    "apostrophe_joined",
    "build_recognizers",
    "csv_header_labels",
    "date_after_name",
    "dates_before_birth_words",
    "dates_beside",
    "dates_in_aside",
    "dates_in_row",
    "dates_under_birth_heading",
    "gedcom_tags",
    "headerless_row_spans",
    "hl7_codes",
    "house_after_name",
    "hyphen_joined",
    "initial_before",
    "institution_names",
    "listed_birthdays",
    "log_keys",
    "looks_like_label_or_date",
    "markup_keys",
    "name_words_around",
    "names_beside",
    "names_in_aligned_row",
    "old_dates_beside_people",
    "old_dates_near_people",
    "outward_code_after",
    "place_qualifier",
    "postcode_after_street",
    "split_names",
    "street_start",
    "towns_after",
    "trim_name",
    "values_beside",
    "zone_codes",
]
