"""Round 32a (letters in other languages, tuned on heldout23's and heldout24's): names in a
script with no capitals (Ge'ez, Arabic, Hebrew) after "my name", "my wife", "my husband" and a
sign-off, and in the signature; a name in its own script with the passport's Latin spelling in
brackets after it ("ለታይ ኣጽብሃ (LETAY ATSBEHA)"); dates of birth after Tigrinya, Amharic,
Arabic, Hebrew and Vietnamese words for "born" or "date of birth", in Ge'ez and Hebrew month
names and Vietnamese's "5 tháng 11 năm 1981", or with Ukrainian's "р.н." (year of birth) after
them; and the National Insurance number, the bank account and the address after those
languages' words for them. A Vietnamese letter's own short words ("Tôi", "Số") are no names. Values invented here. Each row of ``HIDDEN`` failed before the round
(a character of the value was left in clear); each row of ``READABLE`` guards words the new
rules must leave alone."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable, assert_wholly_hidden

from contracts.models import Letter

_TIGRINYA = (
    "ክቡራት ኣሕዋትን ኣሓትን፣\n\n"
    "ሽመይ ሰላም ተስፋይ (ኣብ ፓስፖርት: SELAM TESFAY) እዩ። ዝተወለድኩሉ ዕለት 14 መስከረም 1988 እዩ። "
    "ሕጂ ኣብ 12 Will o' Wisp Close, Llanddona LL58 8TR እቕመጥ ኣለኹ። ዋና ገዛ ቅድሚ 17/01/2027 ክንወጽእ ይደሊ።\n\n"
    "ምስ በዓል ቤተይ ዳዊት ሃብተ ደቅናን ንቕመጥ:\n"
    "- ሚካኤል ዳዊት (MIKAEL DAWIT)፣ ዕለት ልደት 02/03/2019\n"
    "- ሄለን ዳዊት (HELEN DAWIT)፣ ዕለት ልደት 9 ሰነ 2021\n\n"
    "ቁጽሪ ናሽናል ኢንሹራንስ: GB 12 34 56 A\n"
    "ተሌፎን: 07700 900417\n\n"
    "ብኣኽብሮት፣\n"
    "ሰላም ተስፋይ\n"
)
_ARABIC = (
    "السلام عليكم،\n\n"
    "اسمي ليلى بنت سالم (في جواز السفر: LAYLA BINT SALIM)، مولودة في 21/09/1984. "
    "أسكن حاليا في Mist Steading, Llangoed LL58 8NB. أطلب المساعدة في (Universal Credit).\n\n"
    "أسكن مع زوجي يوسف ولد أحمد وأطفالنا:\n"
    "- مريم ولد يوسف (MARIAM OULD YOUSSEF)، تاريخ الميلاد 11/12/2015\n\n"
    "رقم التأمين الوطني: QQ 12 34 56 C\n\n"
    "وتفضلوا بقبول فائق الاحترام،\n"
    "ليلى بنت سالم\n"
)
_UKRAINIAN = (
    "Ми приїхали 15/10/2024 р. Ми живемо за адресою Tyddyn y Gog, Llanarmon LL20 7LD.\n\n"
    "Зі мною діти:\n"
    "- Остап Гнатюк (Ostap Hnatiuk), 09.04.2016 р.н.\n"
    "- Ярина Гнатюк (Yaryna Hnatiuk), 3 травня 2020 р.н.\n\n"
    "Банк: sort code 20-45-77, рахунок 41 77 20 3\n\n"
    "З повагою,\nОксана Гнатюк\n"
)
_VIETNAMESE = (
    "Thưa quý cơ quan,\n\n"
    "Tôi tên là Đinh Thị Hoa (hộ chiếu: DINH THI HOA), sinh ngày 5 tháng 11 năm 1981. "
    "Tôi đang sống tại Nyth y Gwdihŵ, Llanfaelog, TY63 5RT. Tiền thuê nhà là £420 mỗi tháng.\n\n"
    "  • Số tài khoản: 8812 3456\n\n"
    "Trân trọng,\nĐinh Thị Hoa\n"
)

#: (text, a value that must be wholly hidden)
HIDDEN = [
    # Ge'ez script: after "my name", in the brackets' Latin, "my husband", the children's lines
    (_TIGRINYA, "ሰላም ተስፋይ"),
    (_TIGRINYA, "ዳዊት ሃብተ"),
    (_TIGRINYA, "ሄለን ዳዊት"),
    # dates of birth: "the day I was born", "date of birth", a Ge'ez month
    (_TIGRINYA, "14 መስከረም 1988"),
    (_TIGRINYA, "02/03/2019"),
    (_TIGRINYA, "9 ሰነ 2021"),
    # "National Insurance" in Ge'ez letters, a prefix never issued; the address before "I live"
    (_TIGRINYA, "GB 12 34 56 A"),
    # the signature, under the sign-off and its Ge'ez comma
    (_TIGRINYA[_TIGRINYA.index("ብኣኽብሮት") :], "ሰላም ተስፋይ"),
    # Arabic: the husband, a child in its own script, the signature, the NI number, the address
    (_ARABIC, "يوسف ولد أحمد"),
    (_ARABIC, "مريم ولد يوسف"),
    (_ARABIC[_ARABIC.index("وتفضلوا") :], "ليلى بنت سالم"),
    (_ARABIC, "QQ 12 34 56 C"),
    # Ukrainian: a child's date with "year of birth" after it, the account, the address
    (_UKRAINIAN, "09.04.2016"),
    (_UKRAINIAN, "3 травня 2020"),
    (_UKRAINIAN, "41 77 20 3"),
    # Vietnamese: "born on" and its "day month year", the account, the house
    (_VIETNAMESE, "5 tháng 11 năm 1981"),
    (_VIETNAMESE, "8812 3456"),
    # Amharic "my name", Hebrew "my name" and a date of birth with a Hebrew month
    ("ስሜ ቤተልሄም ታደሰ ነው። ስለ ቤት ኪራይ እጽፋለሁ።", "ቤተልሄም ታደሰ"),
    ("שמי נועה לוי ואני כותבת בנוגע לשכר הדירה.", "נועה לוי"),
    ("שמי נועה לוי. תאריך לידה: 3 מרץ 1979. אני כותבת בנוגע לשכר הדירה.", "3 מרץ 1979"),
]

#: (text, a value that was hidden before the round and must stay so): the passport's Latin
#: capitals beside the new spans
STILL_HIDDEN = [
    (_TIGRINYA, "SELAM TESFAY"),
    (_TIGRINYA, "MIKAEL DAWIT"),
    (_TIGRINYA, "ሚካኤል ዳዊት"),
    (_ARABIC, "MARIAM OULD YOUSSEF"),
    (_VIETNAMESE, "Đinh Thị Hoa"),
    (_VIETNAMESE[_VIETNAMESE.index("Trân") :], "Đinh Thị Hoa"),
]

#: (text, a word that must stay readable)
READABLE = [
    # the service's own words in brackets after words in another script are no name
    (_ARABIC, "Universal Credit"),
    # "my name" before a name and its passport spelling is the cue, not a word of the name
    (_TIGRINYA, "ሽመይ"),
    # a Vietnamese letter's own words: "Tôi" (I), "Tiền" (money), "Số" (number), "Thưa" (dear)
    (_VIETNAMESE, "Tôi"),
    (_VIETNAMESE, "Tiền"),
    (_VIETNAMESE, "Số"),
    (_VIETNAMESE, "Thưa"),
    # a deadline in a letter in Ge'ez script, a date with "year" (not "year of birth") after it
    (_TIGRINYA, "17/01/2027"),
    (_UKRAINIAN, "15/10/2024"),
]

#: (text, {value: the type it is hidden as}): the sort code stays a sort code, not a date
TYPED = [
    (
        _UKRAINIAN,
        {
            "20-45-77": "UK_SORT_CODE",
            "41 77 20 3": "UK_BANK_ACCOUNT",
            "09.04.2016": "DATE_OF_BIRTH",
        },
    ),
    (_VIETNAMESE, {"8812 3456": "UK_BANK_ACCOUNT", "5 tháng 11 năm 1981": "DATE_OF_BIRTH"}),
    (_ARABIC, {"QQ 12 34 56 C": "UK_NINO"}),
    # the house after the words for "I live at" (hidden before as a name, not as an address)
    (_TIGRINYA, {"12 Will o' Wisp Close": "STREET_ADDRESS"}),
    (_ARABIC, {"Mist Steading": "STREET_ADDRESS"}),
    (_UKRAINIAN, {"Tyddyn y Gog": "STREET_ADDRESS"}),
    (_VIETNAMESE, {"Nyth y Gwdihŵ": "STREET_ADDRESS"}),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN, ids=[value for _, value in HIDDEN])
def test_round32a_values_are_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r32a", text=text))
    assert_wholly_hidden(text, out, value)


@pytest.mark.parametrize(("text", "value"), STILL_HIDDEN, ids=[value for _, value in STILL_HIDDEN])
def test_round32a_values_stay_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r32a-still", text=text))
    assert_wholly_hidden(text, out, value)


@pytest.mark.parametrize(("text", "word"), READABLE, ids=[word for _, word in READABLE])
def test_round32a_words_stay_readable(redactor, text, word):
    out = redactor.redact(Letter(id="r32a-guard", text=text))
    assert_readable(text, out, word)


@pytest.mark.parametrize(("text", "types"), TYPED, ids=[next(iter(types)) for _, types in TYPED])
def test_round32a_values_keep_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r32a-typed", text=text))
    assert_hidden_under_type(text, out, types)
