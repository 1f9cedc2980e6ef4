"""Round 27 (tuned on heldout19): a chat's answer to the question that asks for a date of birth or
an address, a postcode spelt out in a voicemail's speech-to-text, Polish and Russian letters' own
date-of-birth and address wording, a certificate's party heading above a name and address.
Every value here is invented; each row failed before its fix. Guard rows keep what must stay
readable readable."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: a web chat's bot asks, the customer answers on the next line: the date in the answer is the
#: date of birth, whatever its shape
CHAT_BIRTH_DATES = [
    ("14-Jul-1962", "[09:12:03] Helper (bot): Can you tell me your date of birth?\n"),
    ("1959/11/30", "[09:12:03] Virtual assistant: And what is your DOB?\n"),
    ("Feb 9 1971", "09:12 Bot: Please confirm your date of birth?\n"),
    ("7.12.1988", "Operator: what's the date of birth on the account?\n\n"),
    ("30th of June 1949", "Assistant: thanks. What's your date of birth?\n"),
]


@pytest.mark.parametrize(("value", "question"), CHAT_BIRTH_DATES)
def test_the_answer_to_a_chats_date_of_birth_question_is_hidden(redactor, value, question):
    text = (
        "Live chat  Ref LC-20931\n\n"
        f"{question}"
        f"[09:12:40] You: {value}\n"
        "[09:13:02] Helper (bot): Thank you, one moment while I find your account.\n"
    )
    out = redactor.redact(Letter(id="r27-chat-dob", text=text))
    assert_hidden_under_type(text, out, {value: "DATE_OF_BIRTH"})


#: a saved meeting chat puts each message under its header line; the answer gives a postcode
#: and the date of birth in one message
_MEETING = (
    "Saved chat: housing drop-in (online)\n\n"
    "14:02:11 From  Anwen Prys  to  Tomasz Gil(Direct Message):\n"
    "\tCould you confirm your postcode and date of birth please?\n"
    "14:03:40 From  Tomasz Gil  to  Anwen Prys(Direct Message):\n"
    "\tNP20 4QX, {dob}\n"
    "14:04:05 From  Anwen Prys  to  Everyone:\n"
    "\tNext drop-in is 05/01/2027, see you then\n"
)


@pytest.mark.parametrize("dob", ["3rd of March 1977", "19/04/64", "1981-08-22"])
def test_a_meeting_chats_answer_under_its_header_holds_the_date_of_birth(redactor, dob):
    text = _MEETING.format(dob=dob)
    out = redactor.redact(Letter(id="r27-meeting", text=text))
    assert_hidden_under_type(text, out, {dob: "DATE_OF_BIRTH"})
    assert "05/01/2027" in out.redacted_text  # the next session's date is not a birth


#: a voicemail's speech-to-text spells the postcode out, letter by letter and digit by word
SPOKEN_POSTCODES = [
    "C F four four eight P D",
    "S A one one three H G",
    "N E twenty three one X B",
    "echo hotel seven two alpha bravo",
    "G 12 8 Q Q",
]


@pytest.mark.parametrize("said", SPOKEN_POSTCODES)
def test_a_postcode_spelt_out_in_a_voicemail_is_hidden(redactor, said):
    text = (
        "Transcript (confidence 81%):\n"
        f"hello its about my mum's flat the postcode is {said} the heating has gone off "
        "again please ring back\n"
    )
    out = redactor.redact(Letter(id="r27-voicemail", text=text))
    assert_hidden_under_type(text, out, {said: "UK_POSTCODE"})


#: Polish lists a child's birth as "ur." (urodzony/-a); Russian writes the month in the genitive
#: after "дата рождения"
FOREIGN_BIRTH_DATES = [
    ("- syn, ur. 12 lutego 2011\n", "12 lutego 2011"),
    ("- córka, ur. 03.05.2009\n", "03.05.2009"),
    ("Меня зовут Oleg Bystrov, дата рождения 4 ноября 1958 г.\n", "4 ноября 1958"),
    ("Моя дочь Alina, дата рождения 21 июля 2004 г., живёт со мной.\n", "21 июля 2004"),
]


@pytest.mark.parametrize(("line", "value"), FOREIGN_BIRTH_DATES)
def test_polish_and_russian_birth_dates_are_hidden(redactor, line, value):
    text = f"Szanowni Państwo / Уважаемые господа!\n\n{line}\nTelefon: 07700 900417\n"
    out = redactor.redact(Letter(id="r27-foreign-dob", text=text))
    assert_hidden_under_type(text, out, {value: "DATE_OF_BIRTH"})


#: "Mieszkam pod adresem ...", "Я живу по адресу: ...": the house or street before the first
#: comma, with a postcode closing the address on the line
FOREIGN_ADDRESSES = [
    ("Mieszkam pod adresem Kestrel Barn, Wolsingham DL13 3AX.", "Kestrel Barn"),
    ("Mieszkam pod adresem Ostler's Yard, Ludlow SY8 2LN.", "Ostler's Yard"),
    ("Я живу по адресу: Ostler's Yard, Aylsham NR11 6EH.", "Ostler's Yard"),
]


@pytest.mark.parametrize(("sentence", "street"), FOREIGN_ADDRESSES)
def test_polish_and_russian_address_wording_marks_the_street(redactor, sentence, street):
    text = f"Do: Housing Options\n\nnazywam się Ewa Lis. {sentence} Proszę o pomoc.\n"
    out = redactor.redact(Letter(id="r27-foreign-address", text=text))
    assert_hidden_under_type(text, out, {street: "STREET_ADDRESS"})


#: a certificate's party heading ("Landlord", "Tenant") above a name, a house name and a town:
#: the name under the heading is the person, not a line of the address
PARTY_BLOCKS = [
    ("Landlord", "Ifeoma Achterberg", "Swallow Barn", "Brompton"),
    ("Landlord", "Senait Ghebremariam", "Gorse Cottage", "Alston"),
    ("Landlord", "Yusuf Demirci-Oakes", "Pear Tree House", "Masham"),
]


@pytest.mark.parametrize(("heading", "name", "house", "town"), PARTY_BLOCKS)
def test_the_name_under_a_party_heading_is_a_person(redactor, heading, name, house, town):
    text = (
        "TENANCY DEPOSIT CERTIFICATE\nCertificate no: TD-88172\n\n"
        f"{heading}\n{name}\n{house}\n{town}\nDL8 4RT\nTel: 07700 900 552\n"
    )
    out = redactor.redact(Letter(id="r27-party", text=text))
    assert_hidden_under_type(text, out, {name: "PERSON", house: "STREET_ADDRESS"})


#: a chat's answer to "choose your address": the pieces before the last comma are the street
#: address, the last one the town
CHAT_ADDRESSES = [
    ("Rowan Steading, Kirriemuir", "Rowan Steading", "Kirriemuir"),
    ("Bramble Bothy, Kinloch Rannoch", "Bramble Bothy", "Kinloch Rannoch"),
    ("Old Smiddy, Tarfside", "Old Smiddy", "Tarfside"),
]


@pytest.mark.parametrize(("answer", "street", "town"), CHAT_ADDRESSES)
def test_the_answer_to_a_chats_address_question_is_hidden(redactor, answer, street, town):
    text = (
        "[14:20:01] Virtual agent (bot): Please select your address from the list.\n"
        f"[14:20:33] You: {answer}\n"
        "[14:20:40] Virtual agent (bot): Thanks. How can I help today?\n"
    )
    out = redactor.redact(Letter(id="r27-chat-address", text=text))
    assert_hidden_under_type(text, out, {street: "STREET_ADDRESS", town: "LOCATION"})


#: guards: the answer to an e-mail address question is not read as a postal one, and a chat's
#: date that is not a birth stays
CHAT_READABLE = [
    (
        "[10:00:01] Bot: What's your email address?\n[10:00:09] You: Yes I can\n",
        "Yes I can",
    ),
    (
        "[10:00:01] Bot: What's your date of birth?\n[10:00:09] You: 12/03/1981\n"
        "[10:00:20] Bot: Your next appointment is 14/05/2031?\n[10:00:29] You: 14/05/2031 is fine\n",
        "14/05/2031 is fine",
    ),
]


@pytest.mark.parametrize(("text", "kept"), CHAT_READABLE)
def test_a_chats_other_answers_stay_readable(redactor, text, kept):
    out = redactor.redact(Letter(id="r27-chat-guard", text=text))
    assert kept in out.redacted_text, out.redacted_text


#: a chat's answer to "What's your full name?": typed in lower case, no name list knows it
CHAT_NAMES = [
    ("[08:01:10] Helper (bot): Hi, I'm Sam. What's your full name?\n", "uzoma ibe-okafor"),
    ("[08:01:10] Helper (bot): What's your full name?\n", "hine te-rangi"),
    ("[08:01:10] Helper (bot): Hi, I'm Sam. What's your full name?\n", "tamar gvenetadze"),
]


@pytest.mark.parametrize(("question", "name"), CHAT_NAMES)
def test_the_answer_to_a_chats_name_question_is_a_person(redactor, question, name):
    text = (
        f"Webchat  ID WC-55120\n\n{question}[08:01:31] You: {name}\n"
        "[08:01:40] Helper (bot): Thanks. What's your postcode?\n"
    )
    out = redactor.redact(Letter(id="r27-chat-name", text=text))
    assert_hidden_under_type(text, out, {name: "PERSON"})


#: an answer that closes with a postcode is read whole by the address readers: the chat-answer
#: reader leaves it ("117 hopyard lane, elterwater, cumb. la22 0pd" in a pasted WhatsApp chat: a
#: first version folded the town into the street and took the sentence after the postcode as a
#: town, and heldout10's towns lost their type)
CHAT_ADDRESS_WITH_POSTCODE = [
    "4 tannery row, grassington, n yorks bd23 5hp the gate sticks",
    "22 fold lane, cononley, bd20 8lw",
    "Mill House, Clapham LA2 8EB",
]


@pytest.mark.parametrize("answer", CHAT_ADDRESS_WITH_POSTCODE)
def test_a_chat_answer_with_a_postcode_is_left_to_the_address_readers(answer):
    from redaction.recognizers.transcripts import answered_addresses

    text = (
        "[02/11/2026, 09:12:40] Repairs: Can you confirm the address?\n"
        f"[02/11/2026, 09:14:02] kemi: {answer}\n"
    )
    assert answered_addresses(text) == []
