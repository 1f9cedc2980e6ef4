"""Round 26 (precision): words that are no one's personal data stay readable - the common words
of a French or a Welsh letter, a screen's labels in capitals, a web page's markup, a file's
counter of noughts and an English function word alone - each beside personal values that stay
hidden. Values invented here. Each row of ``OVER_REDACTED`` failed before the round (the word was
masked); ``STILL_HIDDEN`` and the ``False`` rows of ``RULES`` guard names and places of the same
shape that the round's rules must never un-hide (fail closed)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter
from redaction.multilingual import stricter_spans
from redaction.recognizers.not_personal import not_personal

_FRENCH = (
    "12 Rue Fictive\nLouth LN11 9ZZ\n\nLe 24 novembre 2026\n\nMadame, Monsieur,\n\n"
    "Je vous écris au sujet de notre compte. Mon épouse, Amandine Kouassi-Lemaire, a quitté le "
    "logement le 25/09/2026.\n\nMes coordonnées :\nNom : Théophile Kouassi-Lemaire\n"
    "Numéro d'assurance nationale (NI) : AB 12 34 56 C\nTéléphone : 07700 900123\n"
    "Courriel : theo.kl@example.fr\n\nVeuillez rembourser sur mon compte : code guichet (sort "
    "code) 20 30 40, compte n° 41235678.\n\nCordialement,\n\nThéophile Kouassi-Lemaire\n"
)
_WELSH = (
    "Annwyl Syr neu Fadam,\n\nCyfeirnod y cyfrif: 6399838997\n\nYsgrifennaf i ddweud bod fy "
    "ngŵr, Gruffydd Tomos-Pryce, wedi symud allan ar 01/10/2026. Rwyf yn byw ar fy mhen fy hun "
    "erbyn hyn.\n\nAd-dalwch y gordaliad i'm cyfrif banc os gwelwch yn dda: cod didoli 608099, "
    "rhif y cyfrif 95559208.\n\nAnfonaf gopi at trethi@example.cymru hefyd, gan na chefais ateb "
    "pan ffoniais 0808 157 1709.\n\nYn gywir,\n\nEleri Tomos-Pryce\n"
)
_SCREEN = (
    "CYNGOR SIR ENGHRAIFFT - TRETH Y CYNGOR / COUNCIL TAX\n"
    "YMHOLIAD CYFRIF / ACCOUNT ENQUIRY\n\n"
    " ACCOUNT NO ......: 64016944    BAND: E    PROP REF: 44995761615\n"
    " NAME 1 SURNAME ..: TALL__________ FORENAMES: ZAWADI______ TITLE: MS\n"
    " DOB ..............: 11.03.1979  NINO: KB522365C\n"
    " LIABLE FROM ......: 10.09.2016   SPD: Y  LANG: CY\n"
    " DIRECT DEBIT .....: SORT 20.45.28  ACC 922 41678  DAY 01\n"
    " BALANCE ..........: 436.64\n"
)
_HTML = (
    "<p>Name: Oluwadamilare Fenwick-Abara<br>\nTel: 07700&nbsp;900&nbsp;659<br>\n"
    'Email: <a href="mailto:dami.fa95@example.com" target="_blank">dami.fa95@example.com</a></p>\n'
)
_BACS = (
    "UHL1 26332999999    000000001 DAILY  061\n"
    "1625881238383209940172261843095    00000084883ERYC HB PAYMENTS  HB2375995  "
    "       MRISHO KIMARO      26332\n"
)
_SUMMONS = "To: KAGISO MOTSEPE-ARNOLD\nOf: 47 Wiltshire Horn Drove, Gorefield, PE13 1QQ\n"

#: (text, a word that must stay readable, personal values beside it that must stay hidden)
OVER_REDACTED = [
    # a French letter's function words and labels ("Je", "Veuillez", "Numéro", "Courriel")
    (_FRENCH, "Veuillez", {"41235678": "UK_BANK_ACCOUNT"}),
    (_FRENCH, "sur mon compte", {"20 30 40": "UK_SORT_CODE"}),
    (_FRENCH, "sujet de notre compte", {"Amandine Kouassi-Lemaire": "PERSON"}),
    (_FRENCH, "Courriel", {"theo.kl@example.fr": "EMAIL_ADDRESS"}),
    (_FRENCH, "Téléphone", {"07700 900123": "PHONE_NUMBER"}),
    (_FRENCH, "Numéro", {"AB 12 34 56 C": "UK_NINO"}),
    (_FRENCH, "Madame, Monsieur", {"Théophile Kouassi-Lemaire": "PERSON"}),
    # a Welsh letter's verbs and nouns ("I write", "reference", "bank account", "I send")
    (_WELSH, "Ysgrifennaf", {"Gruffydd Tomos-Pryce": "PERSON"}),
    (_WELSH, "Cyfeirnod", {"Gruffydd Tomos-Pryce": "PERSON"}),
    (_WELSH, "cyfrif banc", {"608099": "UK_SORT_CODE"}),
    (_WELSH, "Ad-dalwch", {"608099": "UK_SORT_CODE"}),
    (_WELSH, "Anfonaf", {"trethi@example.cymru": "EMAIL_ADDRESS"}),
    (_WELSH, "gan na chefais ateb", {"Eleri Tomos-Pryce": "PERSON"}),
    # a bilingual screen's labels in capitals, before their colons
    (_SCREEN, "BAND", {"64016944": "UK_BANK_ACCOUNT"}),
    (_SCREEN, "DIRECT DEBIT", {"KB522365C": "UK_NINO"}),
    (_SCREEN, "BALANCE", {"KB522365C": "UK_NINO"}),
    (_SCREEN, "LIABLE FROM", {"KB522365C": "UK_NINO"}),
    # a web page's markup is no e-mail address
    (_HTML, 'a href="mailto', {"dami.fa95@example.com": "EMAIL_ADDRESS"}),
    (_HTML, 'target="_blank', {"Oluwadamilare Fenwick-Abara": "PERSON"}),
    # a file's counter and an amount in pence are no telephone number
    (_BACS, "000000001", {"MRISHO KIMARO": "PERSON"}),
    (_BACS, "00000084883", {"MRISHO KIMARO": "PERSON"}),
    # an English function word alone is no name
    (_SUMMONS, "Of:", {"KAGISO MOTSEPE-ARNOLD": "PERSON"}),
]


@pytest.mark.parametrize(("text", "readable", "types"), OVER_REDACTED)
def test_round26_words_that_are_no_ones_data_stay_readable(redactor, text, readable, types):
    out = redactor.redact(Letter(id="r26-readable", text=text))
    start, end = text.index(readable), text.index(readable) + len(readable)
    masked = [text[e.start : e.end] for e in out.entities if e.start < end and start < e.end]
    assert not masked, (readable, masked)
    assert_hidden_under_type(text, out, types)


#: (text, values of the same shape as the round's words that stay hidden)
STILL_HIDDEN = [
    # a value after a screen's label is a name, however common a word it is
    (_SCREEN, {"ZAWADI": "PERSON"}),
    # a French letter's signature and a name after "Nom :"
    (_FRENCH, {"Théophile Kouassi-Lemaire": "PERSON", "AB 12 34 56 C": "UK_NINO"}),
    # a Welsh letter's names beside the Welsh words
    (_WELSH, {"Gruffydd Tomos-Pryce": "PERSON", "Eleri Tomos-Pryce": "PERSON"}),
    # a telephone number with the international prefix, and an account of noughts
    ("Tel: 00447700900123\nAccount: 00048797\n", {"00447700900123": "PHONE_NUMBER"}),
]


@pytest.mark.parametrize(("text", "types"), STILL_HIDDEN)
def test_round26_names_of_the_same_shape_stay_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r26-guard", text=text))
    assert_hidden_under_type(text, out, types)


def test_round26_a_screens_value_stays_masked_in_a_foreign_letter():
    """The stricter reading of a foreign letter still masks a common English word written as a
    value after a label ("SURNAME ..: TALL", "NAME: JO SOLVE")."""
    text = (
        "YMHOLIAD CYFRIF\n NAME 1 SURNAME: TALL FORENAMES: SOLVE\n NINO: KB522365C\n"
        " NAME: JO SOLVE REF: 1\n"
    )
    start = text.index("KB522365C")
    extra = {text[a:b] for a, b in stricter_spans(text, [(start, start + 9)])}
    assert {"TALL", "SOLVE"} <= extra


#: the rules one by one: (text, the span's type, the span, no one's data?)
RULES = [
    ("Veuillez rembourser", "PERSON", "Veuillez", True),
    ("rembourser sur mon compte :", "PERSON", "sur mon compte", True),
    ("Rwyf yn byw ar fy mhen fy hun erbyn hyn.", "PERSON", "hun erbyn hyn", True),
    ("Madame, Monsieur,", "PERSON", "Madame, Monsieur", True),
    # a word a name list holds stays hidden, alone or capitalised ("Le", "Ma", "Mae", "Mari")
    ("Le 24 novembre", "PERSON", "Le", False),
    ("Ma fille habite", "PERSON", "Ma", False),
    ("Mae fy merch", "PERSON", "Mae", False),
    ("hi its mari", "PERSON", "mari", False),
    ("Sur Mon", "PERSON", "Sur Mon", False),
    # a name beside such words, or after a title
    ("Monsieur Dupont", "PERSON", "Monsieur Dupont", False),
    ("Mr Nom", "PERSON", "Nom", False),
    ('<a href="mailto:x@example.com">', "EMAIL_ADDRESS", 'a href="mailto', True),
    ("Email: jo=smith@example.com", "EMAIL_ADDRESS", "jo=smith@example.com", False),
    ("UHL1 000000001 DAILY", "PHONE_NUMBER", "000000001", True),
    ("Tel 00447700900123", "PHONE_NUMBER", "00447700900123", False),
    ("acc 0004 8797", "PHONE_NUMBER", "0004 8797", False),
    ("Of: 47 Horn Drove", "PERSON", "Of", True),
    ("Rambabu's in Hewelsfield", "LOCATION", "s in", True),
    ("He can", "PERSON", "He", False),
    ("Will Smith", "PERSON", "Will", False),
    # initials that spell a function word, and a surname that is one ("Often")
    ("Initials: AT", "PERSON", "AT", False),
    ("Signed: AS (caseworker)", "PERSON", "AS", False),
    ("Nom: JE DUPRÉ", "PERSON", "JE", False),
    # a short capitalised word is a name's part in many languages: Kachin "Tu", Balinese "Ni",
    # Chinese "Na" and "Lui", Korean "To" and "In"
    ("Tu Hkawng", "PERSON", "Tu", False),
    ("Ni Ketut", "PERSON", "Ni", False),
    ("Li Na", "PERSON", "Na", False),
    ("Yuting Lui", "PERSON", "Lui", False),
    ("Minji To", "PERSON", "To", False),
    ("In Jones", "PERSON", "In", False),
    ("VALUES (7, 'Ikenna', 'Often');", "PERSON", "Often", False),
    ("OF: 47 Horn Drove", "PERSON", "OF", False),
    ("May:", "PERSON", "May", False),
]


@pytest.mark.parametrize(("text", "kind", "value", "expected"), RULES)
def test_round26_not_personal_rules(text, kind, value, expected):
    start = text.index(value)
    assert not_personal(text, kind, start, start + len(value)) is expected
