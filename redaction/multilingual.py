"""Stricter masking for letters not written in English.

The name and place recognition (spaCy's English NER, English cue words and name lists) is
weaker on other languages, so for such a letter the redactor also masks, as names:

* capitalised words within four words of anything already found (``Rhif ffôn Dafydd ap
  Gwilym: 07700 900123`` - the words beside an identifier are most often its owner's name);
* capitalised words after a greeting, sign-off or introduction in Welsh and in the languages
  most written to UK public bodies (``Annwyl``, ``Yn gywir``, ``Fy enw i yw``, ``Nazywam
  się``, ``Z poważaniem``, ``Numele meu este``, ``Cu stimă``, ...);
* short capitalised lines in the last lines of the letter (the signature block).

Over-masking is the intended failure here: the redactor says so in its output (the notes of
:class:`~contracts.models.RedactedLetter`), and a person reads every such letter anyway (it is
flagged for Welsh or for translation).
"""

from __future__ import annotations

import datetime
import unicodedata

import regex as re

_CAP = r"\p{Lu}[\p{L}'’\-]*"
#: a word of a script with no capitals (Arabic, Ge'ez, Hebrew, Devanagari, Chinese...): its
#: names cannot be told by a capital, so after a cue up to four such words are taken
CASELESS_WORD = r"\p{Lo}[\p{Lo}\p{M}'’\-]*"
_CASELESS_RUN = rf"{CASELESS_WORD}(?:[ \t]+{CASELESS_WORD}){{0,3}}"
_NAME_RUN = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:ap|ab|ferch|verch|van|von|de|da|di|del|bin|binti|anak|"
    rf"al|el)[ \t]+)?{_CAP})*|{_CASELESS_RUN}"
)
_WORD = re.compile(r"[\p{L}\p{N}'’\-]+")
#: Welsh words of letters to the service that are never a person's name and that the shared
#: vocabulary lacks: "Ffoniwch fi" (call me), "Rhif GIG" (NHS number), "Trwydded yrru"
#: (driving licence), "Gostyngiad Treth y Cyngor" (Council Tax Reduction), "Rwy'n" (I am); "Sir Gâr"
#: (Carmarthenshire)
_WELSH_NON_NAMES = frozenset(
    "Ffoniwch GIG Trwydded Gostyngiad Rwy'n Rwy’n Rydw Dwi'n Dwi’n Ddiffuant Credyd Gâr".split()
)
#: words after which a name follows, by language (lower case, matched case-insensitively)
CUES = (
    # Welsh
    "annwyl",
    "fy enw i yw",
    "fy enw yw",
    "fy enw i ydy",
    "fy enw ydy",
    "yn gywir",
    "yn ddiffuant",
    "cofion",
    "cofion cynnes",
    "mab",
    "merch",
    "gŵr",
    "gwraig",
    "partner",
    "mam",
    "tad",
    # Polish, Romanian, Portuguese, Spanish, French, Italian, German, Lithuanian
    "nazywam się",
    "z poważaniem",
    "pozdrawiam",
    "szanowny panie",
    "szanowna pani",
    "numele meu este",
    "mă numesc",
    "cu stimă",
    "cu respect",
    "o meu nome é",
    "chamo-me",
    "atenciosamente",
    "cumprimentos",
    "me llamo",
    "mi nombre es",
    "atentamente",
    "je m'appelle",
    "je m’appelle",
    "cordialement",
    "mi chiamo",
    "distinti saluti",
    "cordiali saluti",
    "ich heiße",
    "mit freundlichen grüßen",
    "mano vardas",
    "pagarbiai",
    # Greek, Turkish, Czech, Slovak, Hungarian, Bulgarian, Russian, Ukrainian, Albanian, Dutch,
    # Latvian, Somali, Swahili, Tagalog
    "ονομάζομαι",
    "λέγομαι",
    "το όνομά μου είναι",
    "με εκτίμηση",
    "φιλικά",
    "adım",
    "benim adım",
    "saygılarımla",
    "jmenuji se",
    "s pozdravem",
    "volám sa",
    "s pozdravom",
    "a nevem",
    "tisztelettel",
    "казвам се",
    "с уважение",
    "меня зовут",
    "с уважением",
    "мене звати",
    "з повагою",
    "quhem",
    "emri im është",
    "me respekt",
    "mijn naam is",
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "mani sauc",
    "ar cieņu",
    "magacaygu waa",
    "jina langu ni",
    "mpendwa",
    "wako mwaminifu",
    "wako kwa dhati",
    "ang pangalan ko ay",
    # Hindi, Urdu, Panjabi, Bengali, Gujarati, Arabic, Persian: "my name (is)", the sign-offs
    # ("भवदीय" yours faithfully), and the family ("मेरे पिता X", "my father X")
    "मेरा नाम",
    "मेरा नाम है",
    "भवदीय",
    "भवदीया",
    "पिता",
    "माँ",
    "माता",
    "पति",
    "पत्नी",
    "बेटा",
    "बेटी",
    "میرا نام",
    "ਮੇਰਾ ਨਾਮ",
    "আমার নাম",
    "મારું નામ",
    "اسمي",
    "نام من",
    # the family a letter names ("Mieszkam z żoną X", "com a minha esposa X", "mit meiner Frau
    # X"): Polish, Portuguese, Spanish, Italian, Romanian, Greek, Turkish, Lithuanian, German
    "z żoną",
    "z mężem",
    "żona",
    "mąż",
    "syn",
    "córka",
    "esposa",
    "marido",
    "filho",
    "filha",
    "hijo",
    "hija",
    "moglie",
    "marito",
    "figlio",
    "figlia",
    "soția",
    "soțul",
    "fiul",
    "fiica",
    "σύζυγός μου",
    "σύζυγο μου",
    "ο γιος μου",
    "η κόρη μου",
    "eşim",
    "eşimle",
    "oğlum",
    "kızım",
    "žmona",
    "vyras",
    "sūnus",
    "dukra",
    "meine frau",
    "mein mann",
    "meiner frau",
    "meinem mann",
    "sohn",
    "tochter",
    # Swahili: "na mume wangu X" (with my husband), wife, child, son, daughter
    "mume wangu",
    "mke wangu",
    "mtoto wangu",
    "mwanangu",
    "binti yangu",
    "kijana wangu",
    # Malay and Indonesian: "Nama saya X" (my name), "Yang benar," (yours truly), "suami saya
    # X" (my husband), wife, child
    "nama saya",
    "yang benar",
    "yang ikhlas",
    "hormat saya",
    "suami saya",
    "isteri saya",
    "istri saya",
    "anak saya",
    # Tigrinya and Amharic (Ge'ez script): "ሽመይ X" (my name), "ምስ ሰበይተይ X" (with my wife),
    # husband, son, daughter, "ብኣኽብሮት፣" (respectfully), "ከሰላምታ ጋር" (with greetings)
    "ሽመይ",
    "ስመይ",
    "ሰበይተይ",
    "በዓል ቤተይ",
    "ወደይ",
    "ጓለይ",
    "ብኣኽብሮት",
    "ስሜ",
    "ባለቤቴ",
    "ባሌ",
    "ሚስቴ",
    "ልጄ",
    "ከሰላምታ ጋር",
    "ከአክብሮት ጋር",
    # Arabic: my wife, my husband, my son, my daughter, and the sign-offs ("وتفضلوا بقبول
    # فائق الاحترام،" please accept the highest respect)
    "زوجتي",
    "زوجي",
    "ابني",
    "ابنتي",
    "وتفضلوا بقبول فائق الاحترام",
    "وتقبلوا فائق الاحترام",
    "مع فائق الاحترام",
    "مع خالص التحية",
    "مع خالص التحيات",
    # Hebrew: my name, my wife, my husband, regards
    "שמי",
    "אשתי",
    "בעלי",
    "בברכה",
    # Vietnamese: "Tôi tên là X" (my name is), "tên tôi là", wife, husband, son, daughter,
    # "Trân trọng," (respectfully)
    "tôi tên là",
    "tên tôi là",
    "vợ tôi",
    "chồng tôi",
    "con trai tôi",
    "con gái tôi",
    "trân trọng",
    "kính thư",
    # Dari and Persian: "اینجانب X" (I, the undersigned), "نام من X" (above), "همسرم X است"
    # (my spouse is X), husband, wife, son, daughter, the sign-offs ("با احترام،" with respect,
    # "با تشکر،" with thanks); Pashto "زما نوم X" (my name), "زما میړه" (my husband), "زما ښځه"
    # (my wife), "په درنښت" (respectfully)
    "اینجانب",
    "همسرم",
    "شوهرم",
    "خانمم",
    "پسرم",
    "دخترم",
    "با احترام",
    "با تشکر",
    "با سپاس",
    "زما نوم",
    "زما میړه",
    "زما ښځه",
    "په درنښت",
)
#: the words of a sentence that may follow a name in a script with no capitals and are no part
#: of it: Dari and Persian "است" / "هست" / "می‌باشد" (is), "هستم" (I am), Arabic "هو" / "هي"
#: (he, she is), Pashto "دی" / "ده" (is): "همسرم قاسم علی ارزگانی است" (my spouse is ...)
_NOT_A_NAMES_END = frozenset(("است", "هست", "هستم", "میباشد", "می‌باشد", "هو", "هي", "دی", "ده"))

_CUE = re.compile(
    r"(?<![\p{L}])(?i:"
    + "|".join(re.escape(c) for c in sorted(CUES, key=len, reverse=True))
    + r")[ \t]*[,:،፣]?[ \t]*\n?[ \t]*("
    + _NAME_RUN.pattern
    + ")"
)


_CUE_WORDS = frozenset(CUES)


def _never_a_name(word: str) -> bool:
    """A capitalised word beside personal data that is not a name: a function word ("My",
    "The", "Fy", "Yn"), a greeting, a label or the service's vocabulary ("Phone", "NI",
    "Yswiriant Gwladol", "Diolch", "Syr"), or a title ("Ms", "Dr": the name after it is masked
    on its own).

    Fails closed: a word any locale's name lists hold ("Mae", "Tai", "Can") stays masked,
    and so do month names (a date of birth written in words must stay hidden)."""
    from redaction.recognizers.lexicon import is_function_word, is_known_name
    from redaction.recognizers.vocabulary import (
        CASEWORK_TERMS,
        FOREIGN_LETTER_WORDS,
        JOB_WORDS,
        NON_NAME_WORDS,
        SHORT_FOREIGN_NON_NAMES,
    )

    if is_known_name(word) or word.title() in _MONTHS:
        return False
    return (
        is_function_word(word)
        or (word.lower() in FOREIGN_LETTER_WORDS and not (len(word) <= 3 and not word.islower()))
        or word.lower() in SHORT_FOREIGN_NON_NAMES
        or word in _WELSH_NON_NAMES
        or word in NON_NAME_WORDS
        or word.title() in NON_NAME_WORDS
        or word.upper() in NON_NAME_WORDS
        or word.lower() in CASEWORK_TERMS
        or word.title() in JOB_WORDS
    )


#: an English word at least this common (about 3 in a million words) and in no name list, in
#: a label before its colon, is the label's word, not a name the English model missed
_COMMON_ENGLISH_ZIPF = 3.5
#: the rest of a label after its first word: at most two more words, a dot leader, the colon
#: ("BAND:", "PROP REF:", "LIABLE FROM ......:", "DIRECT DEBIT .....:")
_REST_OF_LABEL = re.compile(r"(?:[ \t]+\p{L}+){0,2}[ \t]*(?:\.{2,}[ \t]*)?:")
_VALUE_BEFORE = re.compile(r":[ \t]*(?:[\p{L}\p{N}.\-]+ ){0,2}$")


def _common_word_of_a_label(text: str, start: int, end: int) -> bool:
    """A common English word that begins or continues a label before its colon ("BAND: E",
    "DIRECT DEBIT .....:", "PROP REF:"), not a value after one: "SURNAME ..: TALL" and
    "FORENAMES: SOLVE" stay hidden, and so does a word any name list holds."""
    from redaction.recognizers.lexicon import is_known_name, zipf

    word = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    return (
        word.isalpha()
        and len(word) > 2
        and not is_known_name(word)
        and zipf(word) >= _COMMON_ENGLISH_ZIPF
        and _REST_OF_LABEL.match(text, end) is not None
        and _VALUE_BEFORE.search(text, line_start, start) is None
    )


def _field_label_before_colon(text: str, start: int, end: int) -> bool:
    """ "DateOfBirth:", "Surname:", "PostTown:": a field's label (an XML export's element names
    are read so, see :mod:`redaction.normalise`) is a format's word, not a name; a word any
    name list holds stays masked."""
    from redaction.recognizers.field_labels import field_type
    from redaction.recognizers.lexicon import is_known_name

    word = text[start:end]
    return text[end : end + 1] == ":" and field_type(word) is not None and not is_known_name(word)


def _all_never_names(run: str) -> bool:
    """Every word of a capitalised run is one that is never a name (see :func:`_never_a_name`)."""
    words = _WORD.findall(run)
    return bool(words) and all(_never_a_name(w) for w in words)


#: English and Welsh month names (never dropped: they may be part of a date of birth)
_MONTHS = frozenset(
    "January February March April May June July August September October November December"
    " Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()
)


#: the labels of a bilingual form: "Dyddiad geni / Date of birth:", "Llofnod / Signature:", a
#: heading "Tai / Housing" alone on its line. The words around the slash name a field in two
#: languages; they are never the person's name (the value after the colon is read as usual).
_BILINGUAL_LABEL = re.compile(
    # the words of a label are one space apart: a wider gap is a printed table's next column
    # ("Yevgenia Marchetti   Social Care   Chair / Team Manager" is a row, not a label)
    r"(?m)(?:^|(?<=[ \t]{2}))[ \t]*(?P<label>[\p{L}'’\-]+(?:[ \t](?![ \t])[\p{L}'’\-()]+){0,5}"
    r"[ \t]+/[ \t]+[\p{L}'’\-]+(?:[ \t](?![ \t])[\p{L}'’\-()]+){0,5})[ \t]*(?::|$)"
)


#: a bilingual form's ticked option: "[x] Pasbort / Passport  rhif / no. ..."
_TICKED_BILINGUAL = re.compile(
    r"(?m)^[ \t]*\[[ xX✓]?\][ \t]*(?P<label>[\p{L}'’\-]+(?:[ \t](?![ \t])[\p{L}'’\-()]+){0,5}"
    r"[ \t]+/[ \t]+[\p{L}'’\-]+(?:[ \t](?![ \t])[\p{L}'’\-()]+){0,5})(?=[ \t]{2}|[ \t]*$)"
)


def bilingual_labels(text: str) -> list[tuple[int, int]]:
    """Where the labels of a bilingual form are: vocabulary, never a name."""
    return [m.span("label") for m in _BILINGUAL_LABEL.finditer(text)] + [
        m.span("label") for m in _TICKED_BILINGUAL.finditer(text)
    ]


def is_bilingual_heading(line: str) -> bool:
    """A line that is all one bilingual label or heading ("Cardiau Teithio / Concessionary
    Travel"): its line break is meant, never a hard wrap."""
    found = _BILINGUAL_LABEL.match(line)
    return found is not None and not line[found.end() :].strip()


_MONTH_STEMS = frozenset(month[:3] for month in _MONTHS)
_YEAR_AFTER = re.compile(r"[ \t,]+(\d{4})\b")


def _month_of_a_recent_date(text: str, start: int, end: int) -> bool:
    """A month written in a date of this year or later: not a date of birth, so readable."""
    if text[start:end].title()[:3] not in _MONTH_STEMS:
        return False
    year = _YEAR_AFTER.match(text, end)
    return year is not None and int(year.group(1)) >= datetime.date.today().year


#: a word written in a script other than Latin (Cyrillic, Greek, Arabic, Ge'ez...)
_NON_LATIN_WORD = r"(?:(?!\p{Latin})[\p{L}\p{M}])(?:(?!\p{Latin})[\p{L}\p{M}'’\-])*"
_LATIN_NAME_WORD = r"\p{Lu}[\p{L}'’\-]*"
#: a name in its own script with its passport's Latin spelling in brackets after it, the
#: bracket perhaps saying so first: "ለታይ ኣጽብሃ (LETAY ATSBEHA)", "فاطمة منت اسلمو (في جواز
#: السفر: VATIMETOU MINT ISSELMOU)", "Параска Рибарук (у паспорті Paraska Rybaruk)"
_TRANSLITERATED = re.compile(
    rf"(?P<native>{_NON_LATIN_WORD}(?:[ \t]+{_NON_LATIN_WORD}){{0,5}})[ \t]*\("
    rf"(?:[^()\n:]{{1,30}}:[ \t]*|(?:{_NON_LATIN_WORD}[ \t]+){{1,3}})?"
    rf"(?P<latin>{_LATIN_NAME_WORD}(?:[ \t]+{_LATIN_NAME_WORD}){{1,5}})[ \t]*\)"
)
_NON_LATIN_WORDS = re.compile(_NON_LATIN_WORD)


def transliterated_names(text: str) -> list[tuple[int, int]]:
    """A name written in its own script and again, in brackets, in the Latin letters of a
    passport: both spellings are the name. Of the words before the bracket, as many as the
    Latin spelling has and one more (a name's particle may be written as its own word: "عبد
    الله" for "ABDALLAHI"); a bracket of the service's words ("(Universal Credit)") is no name."""
    out: list[tuple[int, int]] = []
    for m in _TRANSLITERATED.finditer(text):
        latin = m.group("latin")
        if _all_never_names(latin):
            continue
        words = list(_NON_LATIN_WORDS.finditer(text, m.start("native"), m.end("native")))
        kept = words[-(len(latin.split()) + 1) :]
        if len(kept) > 1 and kept[0].group().lower() in _CUE_WORDS:
            kept = kept[1:]  # "ሽመይ ንግስቲ ወልዳይ (...)": "my name" is the cue, not the name
        out += [(kept[0].start(), m.end("native")), m.span("latin")]
    return out


#: a name in Latin letters with accents, then the passport's spelling in plain capitals in
#: brackets: "Ma Thế Thị Lỉn (hộ chiếu: MA THE THI LIN)", "Bế Văn Thản (BE VAN THAN)"
_ACCENTED_THEN_PLAIN = re.compile(
    rf"(?P<native>{_LATIN_NAME_WORD}(?:[ \t\u00a0]+{_LATIN_NAME_WORD}){{1,5}})[ \t]*\("
    r"(?:[^()\n:]{1,30}:[ \t]*)?"
    r"(?P<latin>[A-Z][A-Z'\-]*(?:[ \t]+[A-Z][A-Z'\-]*){1,5})[ \t]*\)"
)
#: letters NFKD does not take apart: Vietnamese "Đ", Nordic "Ø", Polish "Ł"
_PLAIN_LETTER = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l"})


def _plain(word: str) -> str:
    """A word as a passport's machine zone writes it: no accents, in capitals."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTER))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def accented_names_with_passport_spelling(text: str) -> list[tuple[int, int]]:
    """A name written with its accents and again, in brackets, as the passport spells it
    (no accents, capitals): both are the name, every word of the capitals too ("THE" of "MA
    THE THI LIN" is the name's "Thế", not the article). The capitals must be the same words
    with their accents taken off."""
    out: list[tuple[int, int]] = []
    for m in _ACCENTED_THEN_PLAIN.finditer(text):
        latin = m.group("latin").split()
        words = list(re.finditer(r"\S+", m.group("native")))[-len(latin) :]
        if len(words) != len(latin) or [_plain(w.group()) for w in words] != latin:
            continue
        if all(w.group().isascii() for w in words):  # no accent: nothing says it is a name
            continue
        out += [(m.start("native") + words[0].start(), m.end("native")), m.span("latin")]
    return out


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in taken)


#: a reference's prefix of capitals glued to its digits by a slash or a dash ("KES/52458",
#: "EXP-85031"): a file's code, never a name
_REFERENCE_PREFIX = re.compile(r"\p{Lu}{2,4}[/\-]\d")


def stricter_spans(
    text: str, found: list[tuple[int, int]], window: int = 4
) -> list[tuple[int, int]]:
    """Extra (start, end) spans to mask as names in a non-English letter (offsets into
    ``text``), given the spans ``found`` already."""
    extra: list[tuple[int, int]] = []
    taken = list(found)
    labels = bilingual_labels(text)

    def add(start: int, end: int) -> None:
        if any(c.isdigit() for c in text[start:end]):  # "Form FF-63": a name has no digit
            return
        if _month_of_a_recent_date(text, start, end):  # "Opened: 18 NOV 2026"
            return
        if _REFERENCE_PREFIX.fullmatch(text, start, end + 2):  # "Rujukan: KES/52458"
            return
        if _overlaps(start, end, labels):
            return
        if end > start and not _overlaps(start, end, taken):
            extra.append((start, end))
            taken.append((start, end))

    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for a, b in sorted(found):
        before = [w for w in words if w[1] <= a][-window:]
        after = [w for w in words if w[0] >= b][:window]
        for start, end in before + after:
            word = text[start:end]
            if (
                text[start].isupper()
                and sum(c.isalpha() for c in word) >= 2
                and not _never_a_name(word)
                and not _field_label_before_colon(text, start, end)
                and not _common_word_of_a_label(text, start, end)
            ):
                add(start, end)

    def add_uncovered(start: int, end: int) -> None:
        """The words of a run that nothing has masked yet: "z żoną Kesar-Sarla Bagaria" where
        only "Bagaria" was found still masks "Kesar-Sarla"."""
        for word in _WORD.finditer(text, start, end):
            if not _overlaps(word.start(), word.end(), taken):
                add(*word.span())

    for match in _CUE.finditer(text):
        start, end = match.span(1)
        run_words = list(_WORD.finditer(text, start, end))
        while len(run_words) > 1 and run_words[-1].group() in _NOT_A_NAMES_END:  # "... است"
            run_words.pop()
            end = run_words[-1].end()
        if not _all_never_names(text[start:end]):  # "Annwyl Syr/Fadam"
            if _overlaps(start, end, taken):
                add_uncovered(start, end)
            else:
                add(start, end)
    for start, end in transliterated_names(text) + accented_names_with_passport_spelling(text):
        if _overlaps(start, end, taken):
            add_uncovered(start, end)
        else:
            add(start, end)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for line in lines[-4:]:
        content = line.group().strip()
        tokens = content.split()
        if (
            1 <= len(tokens) <= 5
            # a sign-off's comma in Arabic and in Ge'ez script, a sentence's full stop
            and not content.endswith((".", "?", "!", ":", ",", "،", "፣", "።", "؛"))
            and (
                all(
                    t[0].isupper() or t.lower() in ("ap", "ab", "de", "da", "van", "von")
                    for t in tokens
                    if t[0].isalpha()
                )
                # a signature in a script with no capitals: "ንግስቲ ወልዳይ", "فاطمة منت اسلمو"
                or all(re.fullmatch(CASELESS_WORD, t) for t in tokens)
            )
        ):
            for run in _NAME_RUN.finditer(line.group()):
                start, end = line.start() + run.start(), line.start() + run.end()
                if not _all_never_names(run.group()) and not all(  # "Ffôn / Phone: ..."
                    _common_word_of_a_label(text, start + w.start(), start + w.end())
                    for w in _WORD.finditer(run.group())
                ):  # "BALANCE ..........: 436.64"
                    if _overlaps(start, end, taken):  # a signature partly found already
                        add_uncovered(start, end)
                    else:
                        add(start, end)
    return sorted(extra)


def note_for(language_name: str) -> str:
    return (
        f"This letter is in {language_name}. The redactor's name and place recognition is "
        "built for English, so it also masked capitalised words beside personal data, after "
        "greetings and sign-offs, and in the signature: more than needed, and a name "
        "elsewhere in the letter may still be missed. Check the redacted text."
    )
