"""Round 28 (languages): a letter written in the writer's own language names a passport, a date
of birth and the writer's name in its own words ("Passaporte n.º", "nascido(a) a 7 de agosto de
2025", "γεννήθηκα στις 26 Αυγούστου 1979", "Ονομάζομαι ...", "doğum tarihi", "gimimo data"); those
words are the cue (``redaction/recognizers/languages.py``), and the letter's own function words
and labels ("Exmos. Senhores", "Assunto", "Τηλέφωνο") are no one's name. Values invented here.
The ``HIDDEN`` rows failed before the round (the value stayed in clear or was not typed);
``READABLE`` rows failed too (the word was masked as a name); ``STILL_HIDDEN`` guards names that
look like those words (fail closed)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

_PORTUGUESE = (
    "Exmos. Senhores,\n\nAssunto: processo n.º HOP/39953\n\n"
    "Chamo-me Djamila Tavares Fortes. Escrevo sobre a minha família: eu e os nossos filhos:\n"
    "- Edmilson Tavares, nascido(a) a 7 de agosto de 2025\n"
    "- Eneida Tavares, nascido(a) a 17/02/2020\n\n"
    "Número NI: TM896144 Z\nPassaporte n.º: 676 807 583\nTelefone: 07700 900200\n\n"
    "Com os melhores cumprimentos,\nDjamila Tavares Fortes\n"
)
_GREEK = (
    "Αξιότιμοι κύριοι,\n\nΟνομάζομαι Prodromos Savvidis, γεννήθηκα στις 26 Αυγούστου 1979. "
    "Μένω στη διεύθυνση: 12 Harbour Street, Whitby YO21 3AB.\n"
    "Αριθμός διαβατηρίου: 123456789\nΤηλέφωνο: 07700 900123\n\n"
    "Με εκτίμηση,\nProdromos Savvidis\n"
)

#: (text, personal values that must be hidden, each under its type)
HIDDEN = [
    # a passport after its label in Portuguese, with "n.º"
    (_PORTUGUESE, {"676 807 583": "UK_PASSPORT"}),
    # a child's date of birth after "nascido(a) a", in words and in figures, however recent
    (_PORTUGUESE, {"7 de agosto de 2025": "DATE_OF_BIRTH", "17/02/2020": "DATE_OF_BIRTH"}),
    # Greek: "I was born on" and a Greek month; "passport number" with the number first
    (_GREEK, {"26 Αυγούστου 1979": "DATE_OF_BIRTH", "123456789": "UK_PASSPORT"}),
    # and the other languages' words for the same
    ("Doğum tarihi: 3 Mart 1984\nPasaport no: 512345678\n", {"3 Mart 1984": "DATE_OF_BIRTH"}),
    ("Pasaport no: 512345678\nTelefon: 07700 900111\n", {"512345678": "UK_PASSPORT"}),
    ("Gimimo data: 1981 m. kovo 12 d.\n", {"1981 m. kovo": "DATE_OF_BIRTH"}),
    ("Születési dátum: 12 március 1975\n", {"12 március 1975": "DATE_OF_BIRTH"}),
    ("Datum narození: 4. května 1969\n", {"4. května 1969": "DATE_OF_BIRTH"}),
    ("Ik ben geboren op 9 maart 1990 in Utrecht.\n", {"9 maart 1990": "DATE_OF_BIRTH"}),
    ("Jam lindur më 21 qershor 1988.\n", {"21 qershor 1988": "DATE_OF_BIRTH"}),
    ("Numer paszportu: 503 114 962\n", {"503 114 962": "UK_PASSPORT"}),
    ("Номер паспорта: 771234509\n", {"771234509": "UK_PASSPORT"}),
    # a name after a greeting or an introduction in the letter's language
    (_GREEK, {"Prodromos Savvidis": "PERSON"}),
    ("Merhaba,\n\nBenim adım Yusuf Karadağ ve size yazıyorum.\n", {"Yusuf Karadağ": "PERSON"}),
]


@pytest.mark.parametrize(("text", "types"), HIDDEN)
def test_round28_values_named_in_the_letters_language_are_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r28-hidden", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, a word of the letter that must stay readable, values beside it that stay hidden)
READABLE = [
    (_PORTUGUESE, "Exmos. Senhores", {"Djamila Tavares Fortes": "PERSON"}),
    (_PORTUGUESE, "Assunto", {"TM896144 Z": "UK_NINO"}),
    (_PORTUGUESE, "Passaporte", {"676 807 583": "UK_PASSPORT"}),
    (_PORTUGUESE, "Telefone", {"07700 900200": "PHONE_NUMBER"}),
    (_PORTUGUESE, "Número NI", {"TM896144 Z": "UK_NINO"}),
    (_GREEK, "Αξιότιμοι κύριοι", {"Prodromos Savvidis": "PERSON"}),
    (_GREEK, "Τηλέφωνο", {"07700 900123": "PHONE_NUMBER"}),
    (_GREEK, "Μένω", {"12 Harbour Street": "STREET_ADDRESS"}),
]


@pytest.mark.parametrize(("text", "readable", "types"), READABLE)
def test_round28_the_letters_own_words_stay_readable(redactor, text, readable, types):
    out = redactor.redact(Letter(id="r28-readable", text=text))
    start = text.index(readable)
    end = start + len(readable)
    masked = [text[e.start : e.end] for e in out.entities if e.start < end and start < e.end]
    assert not masked, (readable, masked)
    assert_hidden_under_type(text, out, types)


_POLISH = (
    "Szanowni Państwo,\n\nPiszę w sprawie mieszkania przy 12 Mill Lane, Thetford IP24 1AA. "
    "Czynsz wynosi £703 miesięcznie i właściciel chce, żebyśmy się wyprowadzili.\n\n"
    "Mieszkam z żoną Kesar-Sarla Bagaria i dziećmi:\n- Antón, ur. 02.01.2009\n\n"
    "Mój numer NI: WH 783912 C\nTelefon: 07700 900 078\n\nZ poważaniem\nAntoni Bagaria\n"
)

#: names that are also a word of one of those languages stay hidden (a name list holds them, or
#: the word is left out of the letter words: "Desta", "Moro"); a name after a family word
#: ("z żoną") is masked whole even when a part of it was found already (both failed during the
#: round, before these fixes)
STILL_HIDDEN = [
    ("Chamo-me Rua Moro.\nTelefone: 07700 900201\n", {"Rua Moro": "PERSON"}),
    ("Με εκτίμηση,\nMaria Pai\nΤηλέφωνο: 07700 900202\n", {"Maria Pai": "PERSON"}),
    ('819,Elections-VoterID,"Blaženka Desta dob 27th of November 1985 asked"', {"Desta": "PERSON"}),
    (_POLISH, {"Kesar-Sarla": "PERSON", "Bagaria": "PERSON"}),
]


@pytest.mark.parametrize(("text", "types"), STILL_HIDDEN)
def test_round28_names_that_are_such_words_stay_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r28-guard", text=text))
    assert_hidden_under_type(text, out, types)
