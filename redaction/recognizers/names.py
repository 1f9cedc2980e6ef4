# Over 500 lines: one recogniser family (names from cues, from word lists, from spaCy) and its helpers.
"""Names: from the words around them (titles, sign-offs, 'my son ...') and from spaCy NER."""

from __future__ import annotations

import regex as re
from presidio_analyzer import (
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redaction.recognizers.addresses import _BUILDING, _FLAT, _MONTHS, _NUMBER, _trim_location
from redaction.recognizers.base import (
    _DIGIT_OR_AT,
    CASE_SENSITIVE,
    TextRecognizer,
    _CueMixin,
    line_bounds,
    recognized,
)
from redaction.recognizers.field_labels import field_type
from redaction.recognizers.vocabulary import (
    CASEWORK_TERMS,
    COMPANY_WORDS,
    COUNTRY_LEVEL,
    JOB_WORDS,
    NON_NAME_WORDS,
    ORG_WORDS,
    TEAM_WORDS,
    TITLES,
    begins_with_a_persons_name,
)

#: an Arabic article or "bin" joined to the surname by a hyphen: "al-Masri", "el-Sayed"
_JOINED_ARTICLE = r"(?:al|el|ul|ad|as|ash|az|bin)-"
_NAME_WORD = (
    # "al-Masri", "O'Neill", "McDonald", "Pieter-Jan", and Korean given names "Min-jun"
    rf"(?:(?:{_JOINED_ARTICLE})?"
    r"(?:\p{Lu}\p{Ll}*['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?"
    r"(?:-\p{Lu}\p{Ll}+|-\p{Ll}{2,4}\b)*"
    # Irish eclipsis and lenition after a particle: "Mac an tSaoir", "Ó hUiginn"
    r"|(?<=\b(?:an|Ó|Ní|Uí|Nic|Mac)[ \t]+)\p{Ll}{1,2}-?\p{Lu}\p{Ll}+)"
)
_NAME_UPPER = r"(?:\p{Lu}['’])?\p{Lu}{2,}(?:['’\-]\p{Lu}+)*"
_PARTICLE = (
    r"(?:van|von|de|da|di|del|della|der|den|la|le|du|dos|das|do|bin|binti|bint|ibn|abu"
    r"|al|el|ter|ten|St\.?|Mac|Nic|Ní|Ni|Ó|Ua|Uí|an|ap|ab|ferch|zu|af|av|a['’])"
)
_INITIAL = r"\p{Lu}\.?"
_NAME = (
    rf"(?:{_INITIAL}[ \t]+){{0,2}}{_NAME_WORD}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{_NAME_WORD}|{_INITIAL}(?=[ \t]+\p{{Lu}}\p{{Ll}})))"
    rf"{{0,3}}"
)
_ANY_WORD = rf"(?:{_NAME_WORD}|{_NAME_UPPER}|{_INITIAL})"
_NAME_ANYCASE = rf"{_ANY_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_ANY_WORD}){{0,4}}"
_AGE = (
    # "Huong (09/05/2015), Shuang (31 March 2014)": a date of birth in brackets after each
    r"(?:[ \t]*\((?=[^()\n]*\d)[^()\n]{1,25}\)"
    r"|[ \t]*\(?(?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:years?|yrs?|months?))?\)?)?"
)
#: the first word of a form's label, never a name after a title
_LABEL_WORD = r"(?:Date|Address|National|Telephone|Postcode|Email|Nationality|Title|Sex|Gender)"
#: a name whose words are split by single spaces only (two or more make a table's column gap)
_ONE_SPACED = rf"{_ANY_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_ANY_WORD}){{0,4}}"
_NAME_LIST = rf"{_NAME}{_AGE}(?:(?:[ \t]*[,;][ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME}{_AGE}){{0,6}}"
_TITLE = rf"(?:{'|'.join(TITLES)})"
_RELATIVE = (
    r"son|daughter|husband|wife|partner|mother|mum|mom|father|dad|brother|sister|child"
    r"|grandson|granddaughter|grandmother|grandfather|nan|nana|gran|granny|grandad|grandpa"
    r"|carer|neighbour|neighbor|friend|landlord|landlady|nephew|niece|aunt|auntie|uncle|cousin"
    r"|fianc[ée]e?|stepson|stepdaughter|stepfather|stepmother|ex-partner|ex-husband|ex-wife"
    r"|social[ \t]+worker|support[ \t]+worker|key[ \t]+worker|advocate|doctor|solicitor"
    r"|tenant|lodger|flatmate|colleague|boss|employer|manager|brother-in-law|sister-in-law"
    r"|mother-in-law|father-in-law|son-in-law|daughter-in-law|children|sons|daughters|kids"
    r"|boyfriend|girlfriend|baby|twins|foster[ \t]+child|guardian|kid|kids|grandchildren"
    r"|grandkids|grandsons|granddaughters|parents|carers|little[ \t]+one|wee[ \t]+one"
    r"|accountant|lawyer|interpreter|translator|representative|agent|appointee|executor"
    r"|youngest|eldest|oldest|lad|lass|boy|girl"
)
#: "my little brother", "her older sister", "my baby son": the word before a relative
_RELATIVE_AGE = r"(?:little|big|older|elder|younger|baby|twin|wee|late|step|half|eldest|youngest)"
_CLOSING = (
    r"(?i:yours[ \t]+(?:sincerely|faithfully|truly)|(?:kind|best|warm|warmest|many)[ \t]+"
    r"(?:regards|wishes|thanks)|with[ \t]+(?:thanks|regards)|regards|thanks(?:[ \t]+(?:again|in"
    r"[ \t]+advance))?|thank[ \t]+you|best|cheers|sincerely|respectfully|all[ \t]+the[ \t]+best"
    r"|take[ \t]+care|with[ \t]+respect|respectfully[ \t]+yours|yours[ \t]+truly|love"
    # Welsh
    r"|yn[ \t]+gywir|yn[ \t]+ddiffuant|cofion(?:[ \t]+(?:cynnes|gorau))?|diolch(?:[ \t]+yn[ \t]+fawr)?)"
)
#: an e-mail address in angle brackets, as mail programs write it after a name
_ANGLE_EMAIL = r"[ \t]*(?:<[^<>\s@]+@[^<>\s]+>|\[mailto:[^\]\s]+\])"


class NameCueRecognizer(_CueMixin, PatternRecognizer):
    """PERSON from the words around a name rather than the name itself.

    Titles (``Mrs Jean Walker`` -> the name, not the title), signature lines after a closing
    ("Yours sincerely,\\nJane Smith"), "My name is ...", "Dear Jane,", relatives
    ("my son Tom"), staff ("I spoke to Karen"), and form fields ("Name: JANE SMITH").
    Matches are trimmed of titles and common capitalised words at either end.
    """

    PATTERNS = [
        Pattern(
            "title + name",
            # not a form's next label after a title column ("Mr   Dr\nDate of birth", joined)
            rf"(?<=\b(?:{_TITLE}|(?i:cllr|mr|mrs|ms|dr))\.?[ \t]+)(?!{_LABEL_WORD}\b)"
            rf"(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME}",
            0.9,
        ),
        Pattern(
            # a court's, the police's or a faith's title before a surname: "District Judge
            # Moss", "Sheriff Lamb", "Sgt Dunn", "Alhaji Bello", "Pastor Adeyemi" (never in
            # TITLES: each is a surname too, "Mr Tom Judge", "Ms Sheriff")
            "court, police or faith title + name",
            r"(?<=\b(?:Judge|Sheriff|Sgt|Sergeant|Constable|Imam|Pastor|Rabbi|Alhaji|Alhaja"
            r"|Alhajja|Hajia|Hajiya)\.?[ \t]+)"
            r"(?!(?:Court|Courts|Officer|Officers|Clerk|Service|Services|Principal|Team)\b)"
            rf"(?!{_LABEL_WORD}\b)(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME}",
            0.9,
        ),
        Pattern(
            "parent of",
            rf"(?<=\b(?i:dad|mum|mom|father|mother|parent|carer|guardian|grandmother"
            rf"|grandfather|nan|gran)[ \t]+(?i:of|for|to)[ \t]+){_NAME_LIST}",
            0.85,
        ),
        Pattern(
            "signature",
            rf"(?<=(?:^|[.!?])[ \t]*{_CLOSING}[ \t]*[,.!\-–]?[ \t]*\r?\n(?:[ \t]*\r?\n){{0,3}}"
            rf"[ \t]*(?:\[[^\]\n]{{1,20}}\][ \t]*)?){_NAME_ANYCASE}(?=[ \t]*(?:,|\(|\r?\n|$))",
            0.9,
        ),
        Pattern(
            "closing, name",
            rf"(?<=(?:^|[.!?][ \t]+){_CLOSING}[ \t]*[,\-–][ \t]*)"
            rf"{_NAME_ANYCASE}(?=[ \t]*(?:\r?\n|\Z))",
            0.9,
        ),
        Pattern(
            # "Your employer contact is Jo Bloggs:", "my support worker was Ama Boateng"
            "role is",
            rf"(?<=\b(?i:your|my|our|his|her|their|the)[ \t]+(?:[\p{{L}}\-]+[ \t]+){{0,2}}"
            r"(?i:contact|caseworker|case[ \t]+worker|officer|adviser|advisor|worker|manager"
            r"|co-?ordinator|nurse|doctor|gp|solicitor|representative|advocate|carer|landlord)"
            rf"[ \t]+(?i:is|was)[ \t]+){_NAME}",
            0.85,
        ),
        Pattern(
            # a party in a court's heading, its role after a column gap: "  JO BLOGGS   Defendant"
            "court party",
            rf"(?m)(?<=^[ \t]*){_NAME_ANYCASE}(?=[ \t]{{2,}}(?:Defendants?|Claimants?"
            r"|Plaintiffs?|Respondents?|Applicants?|Appellants?|Petitioners?)[ \t]*$)",
            0.85,
        ),
        Pattern(
            # a message copied from a page's inbox or a chat app: "Ufi Tangitau · 15:02"
            "sender · time",
            rf"(?m)(?<=^[ \t]*){_NAME_ANYCASE}(?=[ \t]+[·•][ \t]+\d{{1,2}}[:.]\d{{2}}"
            r"(?:[ \t]*[ap]m)?[ \t]*$)",
            0.85,
        ),
        Pattern(
            # a social media team signs each reply with a caret: "... logged it. ^Odalys"
            "caret sign-off",
            rf"(?<=(?:^|[ \t])\^){_NAME_ANYCASE}(?=[ \t]*(?:\r?\n|\Z))",
            0.9,
        ),
        Pattern(
            "dash sign-off", rf"(?<=(?:^|[.!?])[ \t]*[-–—][ \t]*){_NAME}(?=[ \t]*(?:\r?\n|\Z))", 0.9
        ),
        Pattern(
            "sign-off at the end",
            rf"(?<=[.!?][ \t]+|\n[ \t]*){_NAME}(?=[ \t]*(?:\r?\n[ \t]*)*\Z)",
            0.7,
        ),
        Pattern(
            "the woman at no 12 (Jo?)",
            r"(?<=\b(?i:woman|man|lady|bloke|guy|girl|boy|lad|family|couple|tenant|neighbour"
            r"|people|one)[ \t]+(?i:at|from|in)[ \t]+(?i:no\.?|number|flat|house)[ \t]*\d{1,4}"
            rf"[A-Za-z]?[ \t]*\([ \t]*){_NAME}(?=[ \t]*\??[ \t]*\))",
            0.85,
        ),
        Pattern(
            "SURNAME, Forename",
            rf"(?<=(?:^[ \t]*(?:(?:\d{{1,2}}[.)]|[-*•])[ \t]*)?|\b(?i:name[ \t]+is|i[ \t]+am)[ \t]+))"
            rf"(?:{_PARTICLE}[ \t]+)?{_NAME_UPPER}(?:[ \t\-]+{_NAME_UPPER})*,[ \t]+{_NAME}"
            r"(?=[ \t]*(?:[,.]|\(|[-–][ \t]|$)|\t)",
            0.85,
        ),
        Pattern(
            # a title in capitals before a name in capitals, one space apart (a label sheet
            # printed in columns: "MX A SOW      DR PHILOMENA D'COSTA")
            "title + name in capitals",
            r"(?<=(?<![\p{L}'’])(?:MR|MRS|MS|MX|MISS|DR|PROF|REV|CLLR)\.?[ ])"
            rf"(?:\p{{Lu}}\.?[ ]){{0,2}}{_NAME_UPPER}(?:[ ](?:\p{{Lu}}\.?[ ])?{_NAME_UPPER}){{0,2}}"
            r"(?![\p{L}'’])",
            0.85,
        ),
        Pattern(
            # a name spelt out letter by letter on a call: "B-A-R-R-I-E", "N-G-O-Z-I O-K-A-F-O-R"
            "spelt letter by letter",
            r"(?<![\p{L}\-])\p{Lu}(?:-\p{Lu}){2,}(?:[ \t]+\p{Lu}(?:-\p{Lu})+)*(?![\p{L}\-])",
            0.85,
        ),
        Pattern(
            # a short one spelt after saying so: "letter by letter: L-Y"
            "spelt after a cue",
            r"(?<=(?i:spell|spelt|spelled|spelling|letter[ \t]+by[ \t]+letter)[^\n]{0,40}?)"
            r"(?<![\p{L}\-])\p{Lu}-\p{Lu}(?![\p{L}\-])",
            0.85,
        ),
        Pattern(
            # a case note's cell or line that starts with the caller's name, then their date of
            # birth or number: "Ama Kyei dob 3-Apr-1976 asked about ...", "J Diallo DOB 4 MAR"
            "name before dob",
            rf'(?<=(?:^|[\n"\t,;(])[ \t]*){_NAME_ANYCASE}'
            r"(?=[ \t]*,?[ \t]+(?:dob|DOB|Dob|d\.o\.b\.?|D\.O\.B\.?|NINO|acct)\b)",
            0.85,
        ),
        Pattern(
            "next of kin: X (inline)",
            r"(?<=\b(?i:next[ \t]+of[ \t]+kin|emergency[ \t]+contact)[ \t]*[:\-–][ \t]*)"
            rf"{_NAME_ANYCASE}",
            0.85,
        ),
        Pattern(
            "in X's name, NAME,",
            rf"(?<=['’]s[ \t]+name[ \t]*,[ \t]*){_NAME_ANYCASE}(?=[ \t]*,)",
            0.85,
        ),
        Pattern(
            "statement of X",
            r"(?<=\b(?i:statement|evidence|account|declaration)[ \t]+(?i:of|by|from)[ \t]+)"
            # (a "Statement of Truth" is a court form's heading, no one's name)
            rf"(?!(?i:truth)\b)(?:{_TITLE}\.?[ \t]+)?{_NAME_ANYCASE}(?=[ \t]*[:,.(\n]|[ \t]*$)",
            0.85,
        ),
        Pattern(
            "translated by X",
            # "Assessed by Aled Rhys, Occupational Therapist", "Referred by ...", "Issued by: ..."
            r"(?<=\b(?i:translated|interpreted|certified|prepared|completed|checked|written"
            r"|assessed|referred|issued|inspected|reviewed|visited|seen|approved|authorised"
            r"|supported|helped|assisted|accompanied|represented|advised)"
            r"[ \t]+(?i:by)[ \t]*:?[ \t]+)"
            rf"{_NAME_ANYCASE}(?=[ \t]+(?i:from|into|on|at|for)\b|[ \t]*[,(\n]|[ \t]*$)",
            0.85,
        ),
        Pattern(
            "name, e-mail address",
            rf"(?<=(?:^|[.!?:])[ \t]*){_NAME}(?=[ \t]*,[ \t]*[\w.+\-]+@[\w\-]+\.)",
            0.85,
        ),
        Pattern(
            "known as / written as X",
            r"(?<=\b(?i:(?:sur|maiden[ \t]+|first[ \t]+|previous[ \t]+|old[ \t]+)?name)\b"
            r"[^.\n]{0,40}?\b(?i:as)[ \t]+)"
            rf"{_NAME_ANYCASE}(?=[ \t]*[.,;]|[ \t]*$)",
            0.85,
        ),
        Pattern(
            # "a man I know as Batyr", "(also known as Ljupčo)", "who calls himself Dato"
            "known as X",
            r"(?<=\b(?i:(?:known|know(?:[ \t]+(?:him|her|them))?|knew(?:[ \t]+(?:him|her|them))?"
            r"|goes|go|went|called|referred[ \t]+to)[ \t]+as|calls[ \t]+(?:himself|herself"
            # the name may be quoted: "known as 'Ti'"
            r"|themselves))[ \t]+[\"'‘“]?)"
            rf"{_NAME_ANYCASE}(?=[\"'’”]?(?:[ \t]*[.,;:)!?]|[ \t]*$|[ \t]+\p{{Ll}}))",
            0.85,
        ),
        Pattern(
            # a nickname the family uses: "(we call him Ti)", "(everyone calls her 'Ngie')",
            # "whom they call Dodo" - capitalised, and closed by a bracket, a quote or the
            # sentence's end ("we call him back" is no name)
            "we call him X",
            r"(?<=\b(?i:call|calls|called|calling)[ \t]+(?i:him|her|them)[ \t]+[\"'‘“]?)"
            rf"{_NAME}(?=[\"'’”]?[ \t]*[.,;)!?]|[\"'’”])",
            0.85,
        ),
        Pattern(
            # "Form completed with help from Menka, ... Law Centre", "with support from Ajok Arop"
            "help from X",
            r"(?<=\b(?i:help|support|assistance)[ \t]+(?i:from)[ \t]+)"
            rf"(?:{_TITLE}\.?[ \t]+)?{_NAME}(?=[ \t]*[,(.;]|[ \t]*$|[ \t]+(?:of|at|from)\b)",
            0.85,
        ),
        Pattern(
            # "(SENCo Manzi Ndayisaba, 0118 ...)", "The head teacher Orly Mizrahi was told": a
            # person's post written right before their name
            "post X",
            r"(?<=\b(?i:head[ \t]*teacher|senco|keyworker|key[ \t]+worker|social[ \t]+worker"
            r"|support[ \t]+worker|case[ \t]*worker|health[ \t]+visitor|midwife"
            r"|co-?ordinator|housing[ \t]+officer|welfare[ \t]+officer"
            # a repair's tradesperson: "operative Ahmed", "the engineer Kasia"
            r"|operative|engineer|plumber|electrician|joiner|technician)[ \t]+)"
            rf"{_NAME}(?=[ \t]*[,.;:)(]|[ \t]*$|[ \t]+\p{{Ll}})",
            0.85,
        ),
        Pattern(
            # a bailiff named in a complaint, perhaps in capitals: "the enforcement agent VĂN
            # PÀN SẦM from Quantock Enforcement", "the bailiff Dawit Haile, who"
            "enforcement agent X",
            r"(?<=\b(?:(?i:enforcement|certificated)[ \t]+(?i:agent|officer)|(?i:bailiff))[ \t]+)"
            rf"(?:{_NAME}|\p{{Lu}}[\p{{Lu}}\p{{M}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{Lu}}\p{{M}}'’\-]*){{1,3}})"
            r"(?=[ \t]*[,.;:)(]|[ \t]*$|[ \t]+\p{Ll})",
            0.85,
        ),
        Pattern(
            "son/daughter X",
            rf"(?<=\b(?i:{_RELATIVE})/(?i:{_RELATIVE})[ \t]+){_NAME}",
            0.85,
        ),
        Pattern(
            "me and X",
            rf"(?<=\b(?i:me|myself)[ \t]+(?:and|&)[ \t]+){_NAME}(?=[ \t]*[,.!?]|[ \t]+(?:and|&)\b)",
            0.8,
        ),
        Pattern(
            "the landlord, X,",
            r"(?<=\b(?i:the)[ \t]+(?i:landlord|landlady|tenant|agent|owner|occupier|neighbour"
            r"|applicant|claimant|resident|caller|customer|defendant|respondent|appellant"
            r"|complainant|perpetrator|accused|suspect|witness|victim|deceased|child|patient"
            rf"|client)[ \t]*,[ \t]*(?:{_TITLE}\.?[ \t]+)?)"
            rf"{_NAME}(?=[ \t]*,)",
            0.85,
        ),
        Pattern(
            "police officer",
            # the officer's collar number may come first: "PC 4471 Okafor"
            rf"(?<=\b(?:PC|PCSO|DC|DS|DI|DCI|Sgt|Sergeant|Inspector|Constable|Detective)\.?[ \t]+"
            rf"(?:\d{{2,6}}[ \t]+)?){_NAME}",
            0.85,
        ),
        Pattern(
            "X's son Y",
            rf"(?<=\b\p{{Lu}}\p{{Ll}}+['’]s[ \t]+(?:{_RELATIVE})[ \t]+){_NAME}",
            0.85,
        ),
        Pattern("X's son", rf"{_NAME}(?=['’]s[ \t]+(?i:{_RELATIVE})\b)", 0.75),
        Pattern(
            "it's X from",
            rf"(?<=\b(?i:it'?s|its|it[ \t]+is)[ \t]+){_NAME}(?=[ \t]+(?:from|here)\b)",
            0.85,
        ),
        Pattern(
            "family contact X",
            rf"(?<=\b(?i:family|emergency|next[ \t]+of[ \t]+kin)[ \t]+(?i:contact)[ \t]*:?[ \t]+)"
            rf"{_NAME_LIST}",
            0.85,
        ),
        Pattern(
            "children: X 9; Y 6",
            # "CHILDREN IN HOUSEHOLD: Assaf (4), ..."
            rf"(?<=\b(?i:children|kids|dependants|dependents)"
            r"(?:[ \t]+(?i:in|at)[ \t]+(?i:the[ \t]+)?(?i:household|home|house|family))?"
            rf"(?:[ \t]*\([^()\n]{{0,20}}\))?"
            rf"[ \t]*:[ \t]*){_NAME_LIST}",
            0.85,
        ),
        Pattern(
            "name above an address",
            # (one space apart: a table's header over its first row, "Tab  Document   Date\n1
            # Civil bill", is no name over a house number)
            rf"(?<=^[ \t]*){_ONE_SPACED}(?=[ \t]*\r?\n[ \t]*(?:{_FLAT}|{_NUMBER}[ \t]\p{{Lu}}"
            rf"|{_BUILDING}[ \t]*(?:,|\r?\n)))",
            0.85,
        ),
        Pattern(
            "X from the team",
            rf"{_NAME}(?=[ \t]+(?:from|at|in|of)[ \t]+(?:the|your|our)[ \t]+"
            r"(?:[\p{L}'’\-]+[ \t]+){0,2}(?i:team|department|office|council"
            r"|jobcentre|service|centre|helpline|desk|unit|association"
            r"|group|committee|society|charity|church|school|surgery)\b)",
            0.9,
        ),
        Pattern("X MP", rf"{_NAME}(?=[ \t]+(?:MP|MSP|MLA|MS|AM|KC|QC|JP|MBE|OBE|CBE)\b)", 0.85),
        Pattern(
            "X next door",
            rf"{_NAME}(?=[ \t]+(?:(?:from[ \t]+)?next[ \t]+door|upstairs|downstairs"
            r"|across[ \t]+the[ \t]+(?:road|street|landing)|opposite)\b)",
            0.85,
        ),
        Pattern(
            "my name is (lower case)",
            r"(?<=(?i:\bmy[ \t]+(?:full[ \t]+)?name[ \t]+is|\bmy[ \t]+name's)[ \t]+)"
            r"(?!(?:not|also|on|in|at|the|a|an|still|now|written|spelt|spelled|as|and|but)\b)"
            r"\p{Ll}[\p{Ll}'’\-]+(?:[ \t]+(?!(?:and|but|i|im|i'm|from|of|in|at|on|my|the|a"
            r"|is|was|have|had|we|who|with)\b)\p{Ll}[\p{Ll}'’\-]+)?\b",
            0.7,
        ),
        Pattern("name before an e-mail address", rf"{_NAME_ANYCASE}(?={_ANGLE_EMAIL})", 0.9),
        Pattern(
            "name beside an address",
            rf"(?<=^[ \t]*(?:[-*•][ \t]*)?|[|\t][ \t]*){_NAME_ANYCASE}(?=[ \t]*[,|\t:][ \t]*(?:{_FLAT}"
            # (a date in capitals is no house number and street: "Admitted: 11 NOV 2026")
            rf"|{_NUMBER}[ \t]+(?!(?i:{_MONTHS})\b)\p{{Lu}}|{_BUILDING}[ \t]*[,|\t\n]))",
            0.85,
        ),
        Pattern(
            "a name in a list",
            rf"(?<=^[ \t]*(?:[-*•‣◦▪]|\d{{1,2}}[.)])[ \t]*(?:{_TITLE}\.?[ \t]+)?){_NAME}"
            r"(?=[ \t]*(?:,|\(|[-–][ \t]|:|\r?\n|$)|\t)",
            0.88,
        ),
        Pattern(
            "role (name)",
            rf"(?<=\b(?i:agent|adviser|advisor|officer|caseworker|operator|staff"
            r"|rep|representative|assessor|nurse|doctor|gp|manager)[ \t]*\([ \t]*)"
            rf"{_NAME_ANYCASE}(?=[ \t]*\))",
            0.85,
        ),
        Pattern(
            "X of ADDRESS",
            rf"{_NAME}(?=[ \t]+of[ \t]+(?:{_FLAT}|{_NUMBER}[ \t]+\p{{Lu}}"
            rf"|{_BUILDING}[ \t]*[,\n]))",
            0.85,
        ),
        Pattern(
            "X, born ...",
            rf"{_NAME_ANYCASE}(?=[ \t]*[,(][ \t]*(?i:born|dob|d\.o\.b|date[ \t]+of"
            r"[ \t]+birth|aged|age|who[ \t]+(?:lives|is|was))\b)",
            0.85,
        ),
        Pattern(
            "X lives at",
            rf"{_NAME}(?=[ \t]+(?:lives|lived|living|resides|stays)[ \t]+"
            r"(?:at|in|with|on)\b)",
            0.85,
        ),
        Pattern(
            "signed",
            rf"(?<=\b(?i:signed|signature)[ \t]*[:\-]?[ \t]+){_NAME_ANYCASE}"
            r"(?=[ \t]*(?:[,(]|\r?\n|$|[ \t]{2,}|[ \t]+(?i:date|dated|on)\b))",
            0.9,
        ),
        Pattern(
            # a court's cause list: "North Lanarkshire Council v VITALII LYSENKO & HANAN GHORBANI"
            "party v PARTY",
            rf"(?<=\p{{L}}[ \t]+vs?\.?[ \t]+(?:{_ONE_SPACED}[ \t]+&[ \t]+)?){_ONE_SPACED}"
            r"(?=[ \t]*&|[ \t]{2,}|\t|[ \t]*(?:\r?\n|$))",
            0.85,
        ),
        Pattern(
            # a chat export's speaker: "[17/11/2026 10:29] Ruwan Rahman-Khan", "Kravets, Solomiia (CCBC)"
            "chat speaker",
            rf"(?<=^[ \t]*\[(?=[^\]\n]*\d)[^\]\n]{{4,30}}\][ \t]*)"
            rf"(?:{_ANY_WORD},[ \t]+{_NAME}|{_NAME}|{_NAME_ANYCASE})"
            r"(?=[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:?[ \t]*$)",
            0.85,
        ),
        Pattern(
            # a vCard's structured name "N:Family;Given;Additional;Prefix;Suffix" and full name
            "vCard name",
            r"(?<=^N:(?:[^;\n]*;){0,2})\p{Lu}[^;\n]{0,60}?(?=[ \t]*(?:;|\r?\n|$))"
            r"|(?<=^FN:)\p{Lu}[^\n]{1,80}?(?=[ \t]*(?:\r?\n|$))",
            0.9,
        ),
        Pattern(
            # bank details: "account name Executors of P ST JOHN-STEVAS deceased", "in the name of
            # R O'DOHERTY-KERR, sort code ..."
            "account name",
            r"(?<=\b(?i:account[ \t]+(?:holder(?:'s)?[ \t]+)?name|in[ \t]+the[ \t]+names?[ \t]+of"
            r"|name[ \t]+on[ \t]+the[ \t]+account)[ \t]*:?[ \t]+"
            r"(?:(?i:the[ \t]+)?(?i:executors?|personal[ \t]+representatives?|estate)[ \t]+(?i:of)[ \t]+"
            rf"(?:(?i:the[ \t]+late)[ \t]+)?)?(?:{_TITLE}\.?[ \t]+)?){_NAME_ANYCASE}"
            r"(?=[ \t]*(?:[,.;(]|\r?\n|$)|[ \t]+(?i:deceased|and|sort|account|at|with)\b)",
            0.85,
        ),
        Pattern(
            # the claimant too, when a person: "  10:10  H2QX6167  GIFT HOGG v WILHELMINA ODDIE"
            "PARTY v party",
            rf"(?<=^[ \t]*|[ \t]{{2,}}|\t){_ONE_SPACED}(?=[ \t]+vs?\.?[ \t]+\p{{Lu}})",
            0.85,
        ),
        Pattern(
            # a safeguarding referral's household: "Pieter-Jan van Zyl (adult at risk)"
            "X (adult at risk)",
            rf"{_NAME_ANYCASE}(?=[ \t]*\((?i:adult|child|young[ \t]+person|person)[ \t]+at[ \t]+risk\))"
            rf"|(?<=\b(?i:adult|child|young[ \t]+person|person)[ \t]+at[ \t]+risk[ \t]*:[ \t]*)"
            rf"{_NAME_ANYCASE}",
            0.85,
        ),
        Pattern(
            # a household list: "Hermione (daughter), born 27.7.2015", "Ivor Figueira (applicant)"
            "X (relation)",
            rf"(?<=^[ \t]*(?:[-*•][ \t]*)?){_NAME_ANYCASE}"
            rf"(?=[ \t]*\((?i:{_RELATIVE}|applicant|claimant|partner|joint[ \t]+applicant|lodger"
            r"|tenant|resident|carer|cared[ \t]+for|adult|child)\))",
            0.85,
        ),
        Pattern(
            # anywhere in a line, a name in capitals or title case before who the person is in
            # brackets, an age after it: "call Osei Tan (daughter) on ...", "Household: Mo Li
            # (son, 8), ..."
            "X (relation, age)",
            rf"{_NAME}(?=[ \t]*\((?i:{_RELATIVE})(?:[ \t]*,[ \t]*(?:aged[ \t]+)?\d{{1,2}})?\))",
            0.85,
        ),
        Pattern(
            # "Yes - Rosalind, my former wife, moved out": a name, then who they are to the writer
            "X, my relative",
            rf"{_NAME}(?=[ \t]*,[ \t]+(?i:my|his|her|our|their)[ \t]+(?:(?i:former|late|ex|then"
            rf"|estranged|current|elder|older|younger)[ \t\-]+)?(?i:{_RELATIVE})\b)",
            0.85,
        ),
        Pattern(
            # a letter's footer: "Please ask for Ferenc Halloway on extension 231"
            "ask for X on extension",
            rf"(?<=\b(?i:ask(?:ing)?[ \t]+for)[ \t]+){_NAME}"
            r"(?=[ \t]+(?i:on|at)[ \t]+(?i:ext\b|extension|tel\b|\+?\d))",
            0.85,
        ),
        Pattern(
            # who answers the phone: "Good morning, Fife Council, Ulla speaking"
            "X speaking",
            rf"(?<=,[ \t]+){_NAME}(?=[ \t]+speaking\b)",
            0.85,
        ),
        Pattern(
            # an officer named by their post between commas: "the Head of Roads, Tavake Fonua,
            # named them"
            "Head of X, name,",
            rf"(?<=\b(?:Head|Director|Chief[ \t]+Executive|Chief[ \t]+Officer|Service[ \t]+Manager)"
            r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\-]*(?:[ \t]+(?:and|&|\p{Lu}[\p{L}\-]*)){0,3})?"
            rf",[ \t]+){_NAME}(?=[ \t]*,)",
            0.85,
        ),
        Pattern(
            "rang X back",
            rf"(?<=\b(?i:rang|ring|rung|call|called|phone|phoned|email|emailed)[ \t]+){_NAME}"
            r"(?=[ \t]+(?i:back)\b)",
            0.85,
        ),
        Pattern(
            "name under a signature line",
            rf"(?<=^[ \t]*--[ \t]*\r?\n[ \t]*){_NAME_ANYCASE}"
            r"(?=[ \t]*(?:,|\||\r?\n|$))",
            0.88,
        ),
        Pattern("X wrote:", rf"(?<=(?:^|,)[ \t]*){_NAME_ANYCASE}(?=[ \t]+wrote:)", 0.9),
        Pattern(
            "name above 'Sent from my ...'",
            rf"(?<=^[ \t]*){_NAME_ANYCASE}(?=[ \t]*,?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*"
            r"Sent[ \t]+from[ \t]+my\b)",
            0.9,
        ),
        Pattern(
            "my name is",
            r"(?<=(?i:\bmy[ \t]+(?:full[ \t]+)?name[ \t]+is|\bname[ \t]+is"
            r"|\bfy[ \t]+enw(?:[ \t]+i)?[ \t]+yw|\benw[ \t]+i[ \t]+yw"
            r"|\bmy[ \t]+name[ \t]+it[ \t]+is"
            r"|\bi[ \t]+am|\bi'm|\bthis[ \t]+is|\bi[ \t]+am[ \t]+called"
            r"|\bc/o|\bon[ \t]+behalf[ \t]+of|\bi’m|\bi[ \t]+am[ \t]+called"
            # "a lad I think is called Sukhjeet"
            r"|\b(?:is|was|are|['’]s)[ \t]+(?:called|named))[ \t]+)"
            rf"{_NAME}",
            0.9,
        ),
        Pattern(
            # a note on returned post: "... - from Bishnu at no 25"
            "from X at number",
            rf"(?<=\b(?i:from)[ \t]+){_NAME}(?=[ \t]+(?i:at)[ \t]+(?i:no\.?|number|flat)[ \t]*\d)",
            0.85,
        ),
        Pattern(
            "thank you X",
            rf"(?<=\b(?i:thank[ \t]+you|thanks|cheers|sorry|bye|goodbye|ok|okay)"
            rf"[ \t,]+){_NAME}(?=[ \t]*[,.!?:;]|[ \t]*$)",
            0.85,
        ),
        Pattern(
            "field name without a colon",
            rf"(?<=\b(?i:full[ \t]+name|print[ \t]+name|your[ \t]+name|surname|forenames?"
            rf"|first[ \t]+names?|last[ \t]+name|family[ \t]+name)[ \t]+){_NAME_ANYCASE}",
            0.85,
        ),
        Pattern(
            "dear",
            rf"(?<=\b(?i:dear|hi|hiya|hey|hello|morning|afternoon|annwyl|helo)[ \t]+"
            rf"(?:(?i:{_TITLE})\.?[ \t]+)?){_NAME}"
            r"(?=[ \t]*[,:!\n])",
            0.9,
        ),
        Pattern(
            "Welsh relative",
            r"(?<=(?i:\b(?:fy|ei|ein|eu)[ \t]+(?:mab|merch|ngŵr|ngwr|gŵr"
            r"|ngwraig|gwraig|mam|nhad|tad|mrawd|chwaer|nain|nhaid|mamgu"
            r"|nhadcu|ŵyr|wyres|mhartner|partner|nghymydog|ffrind|plant)"
            r"[ \t]*[,:\-]?[ \t]*))"
            rf"{_NAME_LIST}",
            0.9,
        ),
        Pattern(
            "relative",
            # "lives with adult son Lindiwe": a case note's "with" is the possessive
            rf"(?<=(?i:\b(?:my|our|his|her|their|with)[ \t]+(?:late[ \t]+|eldest[ \t]+"
            rf"|adult[ \t]+|teenage[ \t]+|disabled[ \t]+|adopted[ \t]+|grown-up[ \t]+"
            rf"|former[ \t]+|ex[ \t\-]+|previous[ \t]+|new[ \t]+|current[ \t]+|old[ \t]+"
            rf"|youngest[ \t]+|elderly[ \t]+|little[ \t]+|older[ \t]+"
            rf"|younger[ \t]+|\d{{1,2}}[ \t]+|two[ \t]+|three[ \t]+|four[ \t]+"
            rf"|five[ \t]+|youngest[ \t]+|eldest[ \t]+)?(?:{_RELATIVE}|ex))"
            r"(?:(?i:[ \t]*,|(?:['’]s)?/[\p{L}\-]+['’]s[ \t]+names?[ \t]*(?:,|is|was)"
            r"|['’]s[ \t]+names?[ \t]*(?:,|is|was|are)|[ \t]+(?:called|named|is|are)"
            r"|[ \t]*[(:\-–]))?[ \t]*)"
            rf"{_NAME_LIST}",
            0.9,
        ),
        Pattern(
            "staff",
            r"(?<=(?i:\b(?:spoke|speaking|spoken|talked|talking|spoke[ \t]+on"
            r"[ \t]+the[ \t]+phone)[ \t]+(?:to|with)|\bwork[ \t]+coach,?"
            r"|\bcase[ \t]*worker,?|\badvis[eo]r,?|\bofficer,?|\bassessor,?"
            r"|\bnurse,?|\bmanager,?|\bcolleague,?|\bconsultant,?|\bdoctor,?"
            r"|\bsocial[ \t]+worker,?|\bMP,?|\bcouncillor,?|\bagent,?"
            r"|\brepresentative,?|\bmember[ \t]+of[ \t]+staff,?|\bthanks[ \t]+to"
            r"|\bletter[ \t]+from|\bemail[ \t]+from|\bcall[ \t]+from|\bvisit[ \t]+from"
            r"|\bsigned[ \t]+by|\bwitnessed[ \t]+by"
            # a record's author: "Note by R. Tuominen: invite resent", "Completed by Jo Bloggs"
            r"|\b(?i:note|notes|entry|written|completed|prepared|recorded|updated|reviewed"
            r"|approved|authori[sz]ed|checked"
            # who took or sent a form in: "Taken by Jo Bloggs, ...", "Submitted by Jo Bloggs, ..."
            r"|taken|submitted|logged|raised|keyed|entered|filed|received|actioned|handled"
            r"|interviewed|assessed|referred)[ \t]+by"
            # whom a letter is for: "This letter is for Jo Bloggs."
            r"|\b(?i:this[ \t]+(?:letter|form|card|pack|invitation|appointment)[ \t]+is[ \t]+for))"
            r"(?:[ \t]+(?:called|named))?[ \t]+)"
            rf"{_NAME}",
            0.9,
        ),
        Pattern(
            "form field",
            r"(?<=(?i:^[ \t]*(?:full[ \t]+name|your[ \t]+name|name"
            r"|applicant(?:'s)?(?:[ \t]+name)?|claimant(?:'s)?(?:[ \t]+name)?"
            r"|tenant(?:'s)?(?:[ \t]+name)?|customer[ \t]+name|contact[ \t]+name"
            r"|signed|print[ \t]+name|from|patient(?:'s)?[ \t]+name"
            r"|surname|forenames?|first[ \t]+names?|last[ \t]+name"
            r"|family[ \t]+name|child(?:'s)?[ \t]+name|partner(?:'s)?[ \t]+name"
            r"|next[ \t]+of[ \t]+kin|emergency[ \t]+contact|on[ \t]+behalf"
            r"[ \t]+of|sender|to|cc|bcc|reply-to|sent[ \t]+by)[ \t]*[:\-–][ \t]*))"
            rf"{_NAME_ANYCASE}(?=[ \t]*(?:<|\(|,|$))",
            0.9,
        ),
    ]
    CONTEXT = [
        "name",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "yours sincerely",
        "dear",
        "my son",
        "my daughter",
        "spoke to",
    ]

    def __init__(self, **kwargs):
        super().__init__(
            supported_entity="PERSON",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=CASE_SENSITIVE,
            **kwargs,
        )

    def cue_score(self, text, start, end, score):
        return score

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results += self._lower_case_names(text)
        results += self._speakers(text)
        results += self._names_alone(text)
        out = []
        for r in results:
            if _a_firm_party(text, r) or _a_heading_in_a_list(text, r):
                continue
            lower_ok = r.score < 0.8 and text[r.start : r.end].islower()  # "my name is kelly"
            for start, end in split_names(text, r.start, r.end):
                span = (start, end) if lower_ok else trim_name(text, start, end)
                if span is None or names_a_team(text, *span) or _names_a_firm(text, *span):
                    continue
                if _left_of_vocabulary(text, start, end, *span):
                    continue  # "From: Council Tax Recovery <...>": a team's mailbox
                if _a_field_of_ordinary_words(text, r, *span):
                    continue  # "From: Withheld" on a voicemail's record
                if all(_PROFESSION.fullmatch(w) for w in text[span[0] : span[1]].split()):
                    continue  # "Consultant Rheumatologist" under a signature
                out.append(
                    RecognizerResult(
                        r.entity_type,
                        span[0],
                        span[1],
                        r.score,
                        analysis_explanation=r.analysis_explanation,
                        recognition_metadata=dict(r.recognition_metadata),
                    )
                )
        out += self._handles(text)  # never trimmed: a handle holds digits and dots
        out += self._names_after_role_labels(text)  # never split: a scan wraps a name's words
        return EntityRecognizer.remove_duplicates(out)

    def _handles(self, text: str) -> list[RecognizerResult]:
        """A social media handle ("@jasmine.kershaw.56", "@hudaalhakim95") names a person as
        surely as their name does; the "@" stays so the reader sees it was a handle."""
        return [
            recognized(self, "PERSON", m.start("handle"), m.end("handle"), 0.8)
            for m in _HANDLE.finditer(text)
        ]

    def _speakers(self, text: str) -> list[RecognizerResult]:
        """Who speaks in a chat transcript: "[10:02] Jane Smith: hello" or a name that starts
        two or more lines ("Jane: ...", "Jane: ..."). Labels such as "Agent" or "Note" are
        dropped later with the other non-name words."""
        from redaction.recognizers.lexicon import could_be_name

        found: dict[str, list[tuple[int, int, bool]]] = {}
        for m in _SPEAKER.finditer(text):
            name = m.group("name")
            if field_type(name) is not None:
                continue  # "Name: ...", "Address: ..." are fields, not speakers
            if name.islower() and not all(could_be_name(w) for w in name.split()):
                continue  # "me: ...", "note: ..."
            if m.group("stamp") is None and not name.islower() and _ordinary_words(name):
                continue  # a label that starts two lines ("Occupation:", "Content-Type:"); a
                # chat's speaker after a time stamp stays ("14/11/2026, 15:03 - Tempest: ...")
            found.setdefault(name.lower(), []).append(
                (m.start("name"), m.end("name"), m.group("stamp") is not None)
            )
        out = []
        for spans in found.values():
            if len(spans) < 2 and not spans[0][2]:
                continue
            for start, end, _ in spans:
                out.append(
                    recognized(
                        self, "PERSON", start, end, 0.75 if text[start:end].islower() else 0.85
                    )
                )
        return out

    def _names_after_role_labels(self, text: str) -> list[RecognizerResult]:
        """A party's role in capitals and a colon inside running text, as a scanned agreement
        writes them ("... between THE LANDLORD: Amira Haddad of 4 Mill Row", "GUARANTOR:
        Tomas Novak driving licence ..."): the capitalised words after it are the party's
        name, though the scan wraps them over a line ("Tomas\nNovak", "Nov-\nak") or the
        role itself ("GUAR-\nANTOR:")."""
        out = []
        for m in _ROLE_LABEL_INLINE.finditer(text):
            role = re.sub(r"-\n", "", m.group("role"))
            role = re.sub(r"\((?:S|ES)\)$", "", role)
            if role not in _PARTY_ROLES and field_type(role) != "PERSON":
                continue
            words = list(_WRAPPED_NAME_WORD.finditer(m.group("name")))
            while words and words[0].group().rstrip(".") in TITLES:
                words.pop(0)
            if not words or all(len(w.group()) == 1 for w in words):
                continue
            if any(w.group().title() in NON_NAME_WORDS for w in words[:1]):
                continue
            base = m.start("name")
            out.append(
                recognized(self, "PERSON", base + words[0].start(), base + words[-1].end(), 0.85)
            )
        return out

    def _names_alone(self, text: str) -> list[RecognizerResult]:
        """A sign-off written alone on its line after the last sentence ("...twice.\nZubair"),
        when its first word is a given name or too rare to be an ordinary word."""
        from redaction.recognizers.lexicon import is_known_name, is_rare_word

        out = []
        for m in _NAME_ALONE.finditer(text):
            first = m.group("name").split()[0]
            if first in NON_NAME_WORDS or not (is_known_name(first) or is_rare_word(first)):
                continue
            out.append(recognized(self, "PERSON", m.start("name"), m.end("name"), 0.8))
        return out

    def _lower_case_names(self, text: str) -> list[RecognizerResult]:
        """ "hi its chiamaka oyelaran from ...", "my daughter aoife can help": names written in
        lower case after an introduction or a relative, kept while the words could be names."""
        from redaction.recognizers.lexicon import could_be_name, is_function_word

        out = []
        for m in _LOWER_SENDER.finditer(text):  # "From: suk fun yuen <...>": a display name
            out.append(recognized(self, "PERSON", m.start("words"), m.end("words"), 0.75))
        for m in _AGED_NAME.finditer(text):
            word = m.group("words")
            if is_function_word(word.lower()) or re.fullmatch(_RELATIVE, word.lower()):
                continue  # "and she's 9", "and my son who is 12"
            out.append(recognized(self, "PERSON", m.start("words"), m.end("words"), 0.75))
        for m in [
            *_LOWER_INTRO.finditer(text, overlapped=True),
            *_LOWER_THANKS.finditer(text),
            *_CAPITALS_INTRO.finditer(text, overlapped=True),
        ]:
            words = list(_NAME_CASE_WORD.finditer(m.group("words")))
            taken: list = []
            for word in words:
                if not could_be_name(word.group().lower()) and not (
                    taken and len(word.group()) == 1 and word.group().lower() not in "ia"
                ):
                    break  # (a single letter after a name is an initial: "margaret c")
                taken.append(word)
            if taken:
                base = m.start("words")
                out.append(
                    recognized(
                        self, "PERSON", base + taken[0].start(), base + taken[-1].end(), 0.75
                    )
                )
        return out


def _a_heading_in_a_list(text: str, result: RecognizerResult) -> bool:
    """A numbered form's section heading ("6. Addresses (last 5 years):") is no name in a
    list: its words are ordinary ones and it ends its line with a colon (a child named
    "- Breeze, aged 5" stays a name)."""
    explanation = result.analysis_explanation
    return (
        explanation is not None
        and explanation.pattern_name == "a name in a list"
        and _HEADING_END.match(text, result.end) is not None
        and _ordinary_word(text, result.start, result.end)
    )


_HEADING_END = re.compile(r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*:[ \t]*(?:\r?\n|$)")


def _a_firm_party(text: str, result: RecognizerResult) -> bool:
    """A party to a case that is an organisation ("NORTHERN HOMES TRUST    Plaintiff"): one of
    its words is an organisation's."""
    explanation = result.analysis_explanation
    return (
        explanation is not None
        and explanation.pattern_name == "court party"
        and any(w.title() in ORG_WORDS for w in text[result.start : result.end].split())
    )


#: a word of a name as a scan wraps it over a line: "Nov-\nak", "H'DƠK", "Y" (an initial)
_WRAP_WORD = r"(?:\p{Lu}['’])?\p{Lu}[\p{L}'’]*(?:-\n?[\p{L}'’]+)*\.?"
_WRAPPED_NAME_WORD = re.compile(_WRAP_WORD)
#: a party's role in capitals before a colon, inside running text: "THE LANDLORD:",
#: "GUAR-\nANTOR:", "THE TENANT(S):"; then up to five capitalised words, over one line break
_ROLE_LABEL_INLINE = re.compile(
    r"(?<![\p{L}\d'’])(?:THE[ \t]+)?(?P<role>\p{Lu}{2,}(?:-\n\p{Lu}+)?(?:\((?:S|ES)\))?)"
    r"[ \t]*:[ \t]*\n?[ \t]*"
    rf"(?P<name>{_WRAP_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*){_WRAP_WORD}(?![ \t]*:)){{0,4}})"
    r"(?![\p{L}\d'’])"
)
#: the parties of a tenancy, a lease or a loan, written as roles in capitals
_PARTY_ROLES = frozenset(
    "LANDLORD LANDLORDS LANDLADY LICENSOR LICENSEE LESSOR LESSEE BORROWER LENDER GUARANTOR".split()
)
_NAME_ALONE = re.compile(
    rf"(?m)(?<=[.!?\d][ \t]*\r?\n[ \t]*)(?P<name>{_NAME})[ \t]*(?=\r?\n[ \t]*\r?\n|\r?\n[ \t]*[-_>]"
    r"|\r?\n[ \t]*(?i:on|from|sent)\b|\Z)"
)
_SPEAKER = re.compile(
    # an optional time stamp, with the date as chat apps export it: "[16/03/2024, 18:40] ",
    # "16/03/2024, 18:40 - ", "[10:02] "
    r"(?m)^[ \t]*(?P<stamp>\[[^\[\]\n]{0,40}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[ap]m)?\][ \t]*[-–]?[ \t]*"
    r"|\[?\(?(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[ \t]*[ap]m)?\]?\)?[ \t]*[-–]?[ \t]*)?"
    rf"(?P<name>{_NAME_ANYCASE}|\p{{Ll}}[\p{{Ll}}'\-]+(?:[ \t]+\p{{Ll}}[\p{{Ll}}'\-]+)?)"
    r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]+\S"
)


_INTRO_CUE = (
    # "heres mine bhupinder kalsi 96 stoney stanton road", "thats zdzisław thank you bye"
    r"(?i:(?<![\w'])(?:it'?s|it[ \t]+is|this[ \t]+is|i'?m|i[ \t]+am|here'?s[ \t]+mine|that'?s"
    r"|(?:my|his|her)[ \t]+"
    r"(?:full[ \t]+)?name(?:[ \t]+is|'s)|fy[ \t]+enw(?:[ \t]+i)?[ \t]+yw"
    r"|(?:spoke|spoken|talked|speaking)[ \t]+(?:to|with)|(?:^|(?<=\n))[ \t]*(?:many[ \t]+)?"
    r"(?:thanks|thank[ \t]+you|cheers|regards|best|love|ta|thx|kind[ \t]+regards)[ \t]*[,.!]?"
    r"(?:[ \t]*\r?\n)*"
    rf"|(?:my|our|his|her|their)[ \t]+(?:{_RELATIVE_AGE}[ \t\-]+)?(?:{_RELATIVE}))"
    r"(?:[ \t]*[,:\-])?(?:[ \t]+|(?<=\n)))"
)
#: "mrs adeyemi at no 51 says": a title written in lower case before a surname in lower case
_LOWER_TITLE = r"(?<![\w'’])(?:mr|mrs|ms|mx)\.?[ \t]+"
#: "... and gobind whos 7", "Tsion, aged 4": a word given an age, after "and" or a comma in a
#: list of people; the age says it is someone, whatever the word's case
_AGED_NAME = re.compile(
    r"(?:(?<![\p{L}])(?i:and|&)|,)[ \t]+(?P<words>\p{L}[\p{L}'’\-]+)"
    r"(?=[ \t]+(?i:who'?s|who[ \t]+is|aged)[ \t]+\d{1,2}(?![\d:/.]))"
)
_LOWER_INTRO = re.compile(
    rf"(?:{_INTRO_CUE}|{_LOWER_TITLE})"
    r"(?P<words>\p{Ll}[\p{Ll}'’\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){0,2})(?![\p{L}])"
)
#: a text relay or a form typed in capitals: "HELLO MY NAME IS TEODORA WINNICOTT I WANT TO ...",
#: "MY FRIEND OLUWASEUN FROM THE CHURCH": the cue in capitals, then the name's words in capitals
#: up to the first word that is no name ("I", "FROM", "WANT")
_CAPITALS_INTRO = re.compile(
    r"(?<![\p{L}'’])(?=[^\p{Ll}\n]{4,}?[ \t]\p{Lu})"  # the cue and the name in capitals
    + _INTRO_CUE
    + r"(?P<words>\p{Lu}[\p{Lu}'’\-]*(?:[ \t]+\p{Lu}[\p{Lu}'’\-]*){0,2})(?![\p{L}])"
)
#: a word of a name written all in lower case or all in capitals
_NAME_CASE_WORD = re.compile(r"\p{Ll}[\p{Ll}'’\-]*|\p{Lu}[\p{Lu}'’\-]*")
#: "... please ring me on 0116 496 0078 thank you cristina": a lower-case sign-off that ends
#: the letter on the same line as its last sentence
_LOWER_THANKS = re.compile(
    r"(?i:\b(?:thank[ \t]+you|thanks|cheers|regards|ta|thx))[ \t]*[,.!]?[ \t]+"
    r"(?P<words>\p{Ll}[\p{Ll}'’\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){0,3})[ \t]*[.!]?"
    r"(?:[ \t]*\r?\n)*[ \t]*\Z"
)
#: the display name of a mail header written in lower case, before its address
_LOWER_SENDER = re.compile(
    r"(?m)^[ \t]*(?i:from|sender|reply-to|to|cc)[ \t]*:[ \t]*"
    r"(?P<words>\p{Ll}[\p{Ll}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){0,3})[ \t]*<[^<>\s@]+@"
)
#: a social media handle, not the part of an e-mail address after its "@"
_HANDLE = re.compile(
    r"(?<![\w@.\-/:+])@(?P<handle>[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)"
    r"(?<!\.(?:com|org|net|uk|gov|co|io|info|cymru|scot|wales))(?![\w@]|\.\w)"
)


_NAME_BEFORE_VALUE = re.compile(
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?:['’]s)?[ \t]*(?:[-–:][ \t]*|\([ \t]*)?$"
)
_NAME_AFTER_VALUE = re.compile(
    r"[ \t]*\([ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]*\)"
)


def names_beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """First names written right beside an identifier in a list: "Andreea - 7286731572",
    "Yaw 26/02/2021", "670 206 2258 (David)"; the word must be a known given name or a word
    too rare in English to be anything else."""
    from redaction.recognizers.lexicon import is_known_name, is_ordinary_word, is_rare_word

    def ok(name: str) -> bool:
        words = name.split()
        return all(
            w not in NON_NAME_WORDS
            and w not in ORG_WORDS
            and w not in JOB_WORDS
            and w not in _MONTH_WORDS
            for w in words
        ) and (
            is_known_name(words[0]) or (is_rare_word(words[0]) and not is_ordinary_word(name))
        )  # "Queries marac@...": a word, not a name

    out = []
    line_start = text.rfind("\n", 0, start) + 1
    before = _NAME_BEFORE_VALUE.search(text, max(line_start, start - 40), start)
    if before and ok(before.group("name")) and not _english_label(text, before):
        out.append(before.span("name"))
    after = _NAME_AFTER_VALUE.match(text, end)
    if after and ok(after.group("name")):
        out.append(after.span("name"))
    return out


def _english_label(text: str, before: re.Match) -> bool:
    """ "Switchboard: 0161 ...", "Helpline: ...": an English word (even a rare one) before a
    colon labels the value; a name there must be a known given name ("Kofi: 07700 ...")."""
    from redaction.recognizers.lexicon import is_known_name, zipf

    first = before.group("name").split()[0]
    return (
        ":" in text[before.end("name") : before.end()]
        and not is_known_name(first)
        and zipf(first) >= 2.5
    )


_LIST_SEPARATORS = re.compile(
    r"[ \t]*(?:\((?=[^()\n]*\d)[^()\n]{1,25}\)|,|;|&|\band\b|\(?\baged\b|[()]|\d+(?:[ \t]*(?:years?|yrs?|months?)\b)?)[ \t]*"
)


def split_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Aisha 9, Bilal 6 and Zara`` -> three name spans (ages and separators dropped)."""
    chunk = text[start:end]
    if not _LIST_SEPARATORS.search(chunk):
        return [(start, end)]
    out, pos = [], 0
    for m in _LIST_SEPARATORS.finditer(chunk):
        if m.start() > pos:
            out.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(chunk):
        out.append((start + pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


#: A capitalised phrase with one of these is a job title ("Welfare Rights Officer").

_NEXT_WORD = re.compile(r"[ \t]+(\p{Lu}[\p{L}\-]*)")
_WORD_RE = re.compile(r"[\p{L}][\p{L}'’.\-]*")


def _is_non_name(word: str) -> bool:
    w = word.rstrip(".")
    return w in NON_NAME_WORDS or w.title() in NON_NAME_WORDS or w.lower() in CASEWORK_TERMS


_INITIAL_WORD = re.compile(r"\p{Lu}\.?")
#: a surname written with its article or particle joined by a hyphen: "al-Masri", "el-Sayed"
#: or an Irish one after its particle's mutation: "Mac an tSaoir", "Ó hUiginn", "Nic an t-Saoir"
_PREFIXED_SURNAME = re.compile(rf"(?:{_JOINED_ARTICLE}|\p{{Ll}}{{1,2}}-?)\p{{Lu}}")


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a candidate name span to its name words; None if nothing name-like is left.

    Drops titles and common capitalised words (``Dear``, ``Team``, ``Council``...) from both
    ends, and refuses spans with digits or '@'.
    """
    chunk = text[start:end]
    if _DIGIT_OR_AT.search(chunk):
        return None
    words = [(m.start() + start, m.end() + start) for m in _WORD_RE.finditer(chunk)]
    while (
        words
        and _is_non_name(text[words[0][0] : words[0][1]])
        # an initial before a surname is the name's, not the article: "Signed A Faarax"
        and not (
            len(words) > 1
            and _INITIAL_WORD.fullmatch(text[words[0][0] : words[0][1]])
            and text[words[1][0]].isupper()
        )
    ):
        words.pop(0)
    while words and (
        _is_non_name(text[words[-1][0] : words[-1][1]])
        or not (text[words[-1][0]].isupper() or _PREFIXED_SURNAME.match(text, words[-1][0]))
    ):
        words.pop()
    if not words or any(text[a:b] in ORG_WORDS or text[a:b] in JOB_WORDS for a, b in words):
        return None
    s, e = words[0][0], words[-1][1]
    value = text[s:e]
    if value.lower() in CASEWORK_TERMS or not any(c.isupper() for c in value):
        return None
    if len(words) == 1 and len(value.rstrip(".")) < 2:
        return None
    while e > s and text[e - 1] in ".’'-":
        e -= 1
    return s, e


_BEFORE_CONTACT = re.compile(r"[ \t]*(?:[-–—,;|<(\[]|\S*[\d@])")


def _cut_before_contact(text: str, start: int, end: int) -> int:
    """ "M. Islam - m.islam@x.gov.uk 0300 ...": the model's span runs on into the person's
    contact details; the name ends before the first word holding a digit or '@'."""
    first_bad = _DIGIT_OR_AT.search(text, start, end)
    if first_bad is None:
        return end
    cut = text.rfind(" ", start, first_bad.start())
    cut = start if cut < 0 else cut
    while cut > start and (text[cut - 1] in " \t-–—,;|<([" or text[cut - 1].isspace()):
        cut -= 1
    return cut


_TITLE_BEFORE = re.compile(
    r"(?<![\p{L}])(?:" + "|".join(TITLES) + r")\.?[ \t]+(?:\p{Lu}\.?[ \t]+)?$"
)
_CAPITAL_WORDS = re.compile(r"\p{Lu}[\p{L}'’\-]*")


def _after_personal_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Mrs Monday", "Dr Hope Chambers", "Cllr Chambers": after a personal title a surname
    that is also an ordinary or organisation word is still a surname. The span is kept up to
    its last capitalised word unless it is the service's vocabulary ("Mr Universal Credit")."""
    if _TITLE_BEFORE.search(text, max(0, start - 16), start) is None:
        return None
    words = list(_CAPITAL_WORDS.finditer(text, start, end))
    if not words or words[0].start() != start:
        return None
    s, e = start, words[-1].end()
    value = text[s:e]
    if value.lower() in CASEWORK_TERMS or any(
        w.group() in TITLES or w.group().lower() in CASEWORK_TERMS for w in words
    ):
        return None
    return s, e


def _is_initial(word: str) -> bool:
    from redaction.recognizers.lexicon import is_function_word

    return len(word.rstrip(".")) == 1 and word[0].isalpha() and not is_function_word(word)


def trim_model_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """:func:`trim_name` for a span the NER model read as a person, failing closed.

    The model is trusted where the rules alone would not be: a name written in lower case
    ("conversation with nimco", "barry hargreaves" as a typed signature) stays when its words
    could be names and none is the service's vocabulary; a name running on into an e-mail
    address or a number keeps the words before them; a surname that is also an organisation
    word ("Will Chambers") stays when the word before it is a given name.
    """
    from redaction.recognizers.lexicon import could_be_name, is_given_name, is_known_name

    end = _cut_before_contact(text, start, end)
    if end <= start:
        return None
    chunk = text[start:end]
    if not any(c.isupper() for c in chunk):
        words = [(m.start() + start, m.end() + start) for m in _WORD_RE.finditer(chunk)]
        while words and not could_be_name(text[words[0][0] : words[0][1]]):
            words.pop(0)
        while words and not (
            could_be_name(text[words[-1][0] : words[-1][1]])
            or (len(words) > 1 and _is_initial(text[words[-1][0] : words[-1][1]]))
        ):
            words.pop()  # but "thanks, margaret c": the initial is part of the name
        if not words or any(_is_vocabulary(text[a:b]) for a, b in words):
            return None
        s, e = words[0][0], words[-1][1]
        if text[s:e].lower() in CASEWORK_TERMS:
            return None
        return s, e
    span = trim_name(text, start, end)
    if span is not None:
        return span
    after_title = _after_personal_title(text, start, end)
    if after_title is not None:
        return after_title
    parts = chunk.split()
    if (
        len(parts) == 2
        and is_given_name(parts[0])
        and parts[0] not in NON_NAME_WORDS
        and parts[1] in ORG_WORDS
        and is_known_name(parts[1])
        and parts[1] not in NON_NAME_WORDS
        and names_a_team(text, start, end) is False
    ):
        return start, end  # "Will Chambers", "Holly House": a given name and a surname
    return None


def _trim_model_location(text: str, start: int, end: int) -> tuple[int, int] | None:
    """:func:`_trim_location` for a span the NER model read as a place, failing closed: a town
    written in lower case ("62 soho road nottingham ng7 0pg") stays unless it is an ordinary
    word or the service's vocabulary; "County Tyrone" is a place (a county, not a council); a
    town running on into its postcode keeps the words before it."""
    from redaction.recognizers.lexicon import is_function_word, zipf

    if "@" in text[start:end]:
        return None
    end = _cut_before_contact(text, start, end)
    chunk = text[start:end].strip(" \t,.;:()")
    if not chunk:
        return None
    s = text.index(chunk, start)
    words = chunk.split()
    if chunk.islower():
        if chunk in COUNTRY_LEVEL or any(
            is_function_word(w) or _is_vocabulary(w) or zipf(w) >= 5.0 for w in words
        ):
            return None
        return s, s + len(chunk)
    if all(_is_vocabulary(w) for w in words):
        return None  # "Staff Nurse", "Senior Practitioner": a job title, not a place
    if (
        len(words) >= 2
        and words[0] == "County"
        and not any(w in ORG_WORDS or _is_vocabulary(w) for w in words[1:])
    ):
        return s, s + len(chunk)
    return _trim_location(text, s, s + len(chunk))


class FilteredSpacyRecognizer(SpacyRecognizer):
    """spaCy PERSON and GPE/LOC (as LOCATION), cleaned up for letters.

    Spans are split at line breaks; titles, greetings and casework vocabulary ("Universal
    Credit", "Madam") are dropped; country-level places (UK, England) are not personal data
    and are dropped.
    """

    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(self, ner_strength: float = 0.85, **kwargs):
        super().__init__(
            supported_entities=list(self.ENTITIES), ner_strength=ner_strength, **kwargs
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        raw = super().analyze(text, entities, nlp_artifacts)
        if nlp_artifacts is not None and "PERSON" in entities:
            raw += _owners_of_firms(nlp_artifacts.tokens, self.ner_strength)
        out = []
        for r in raw:
            pieces, pos = [], r.start
            for line in text[r.start : r.end].split("\n"):
                pieces.append((pos, pos + len(line)))
                pos += len(line) + 1
            for s, e in pieces:
                span = keep_model_span(text, r.entity_type, s, e)
                if span is None:
                    continue
                out.append(
                    RecognizerResult(
                        r.entity_type,
                        span[0],
                        span[1],
                        r.score,
                        analysis_explanation=r.analysis_explanation,
                        recognition_metadata=dict(r.recognition_metadata),
                    )
                )
        return out


def _owners_of_firms(doc, score: float) -> list[RecognizerResult]:
    """The owner's name inside what the model read as an organisation ("Sarah Connor Team
    leader called me": ORG "Sarah Connor Team"). A person's name is personal data wherever it
    stands, so the name stays hidden (fail closed)."""
    found = []
    for ent in getattr(doc, "ents", ()):
        if ent.label_ != "ORG" or "\n" in ent.text:
            continue
        words = list(_WORD_RE.finditer(ent.text))
        spaced = all(  # "RK253373^^^WEST^MR": an HL7 field's parts, not a name's words
            ent.text[a.end() : b.start()].isspace()
            for a, b in zip(words[:3], words[1:3], strict=False)
        )
        if len(words) >= 3 and spaced and begins_with_a_persons_name([w.group() for w in words]):
            found.append(
                RecognizerResult(
                    "PERSON",
                    ent.start_char + words[0].start(),
                    ent.start_char + words[1].end(),
                    score,
                    recognition_metadata={"recognizer_name": "FilteredSpacyRecognizer"},
                )
            )
    return found


def keep_model_span(text: str, entity_type: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of one line of a span the NER model found that is personal data, or None when
    it is a label, a date or the service's vocabulary (the filters of
    :class:`FilteredSpacyRecognizer`)."""
    if entity_type == "PERSON":
        if start >= 2 and text[start - 1] == "/" and text[start - 2].isdigit():
            return None  # "26/02381/HOU - Land": the end of a reference, not a name
        span = trim_model_name(text, start, end)
    else:
        span = _trim_model_location(text, start, end)
    if span is None or looks_like_label_or_date(text, *span) or in_table_header(text, *span):
        return None
    if entity_type == "PERSON" and (
        names_a_team(text, *span)
        or is_instruction(text, *span)
        or _ordinary_word(text, *span)
        or _names_a_firm(text, *span)
    ):
        return None  # "Welfare Rights Officer", "St Anne's Primary", "Tick the box", "Item"
    if entity_type == "PERSON" and _a_line_item(text, *span):
        return None  # "    Cremation fee           £220.00": an invoice's line
    if entity_type == "PERSON" and (
        _LETTERED_HEADING.fullmatch(_line_of(text, span[0]))
        or _PART_HEADING.fullmatch(_line_of(text, span[0]))
    ):
        return None  # "E. SOLICITORS", "PART B - VEHICLES": a form's section heading
    if entity_type == "LOCATION" and text[span[0] : span[1]].split()[-1] in JOB_WORDS:
        return None  # "B. Eshaya, Probation Practitioner": a job, not a place
    return span


#: lower-case words, a column gap and a sum after a word at the start of its line
_LINE_ITEM_AFTER = re.compile(r"(?:[ \t]\p{Ll}[\p{Ll}'’\-]*){1,4}[ \t]{2,}£?\d")


def _a_line_item(text: str, start: int, end: int) -> bool:
    """One capitalised word that starts a line of an invoice or a statement ("Cremation fee
    £220.00", "Doctor's certificate   £82.00"): lower-case words and a sum follow it."""
    return (
        " " not in text[start:end]
        and not text[line_bounds(text, start)[0] : start].strip()
        and _LINE_ITEM_AFTER.match(text, end) is not None
    )


def _ordinary_word(text: str, start: int, end: int) -> bool:
    """The model read one ordinary English word as a person: a heading's or a column's word
    ("DUTY TO REFER", "Item   Check-in", "Referred by", "2. widen bathroom door"), or a
    heading of such words ("NOISE DIARY", "ELIGIBILITY CHECK"). After a title it is a surname
    all the same ("Mrs Saturday")."""
    from redaction.recognizers.lexicon import is_ordinary_word

    # a dash between a heading's words is no word ("Registrar - Deaths"), nor is a prefix
    # before its word ("ANTI-SOCIAL BEHAVIOUR", "NON-PRIORITY")
    words = [_PREFIXED.sub("", w) for w in text[start:end].split() if w not in ("-", "–", "—")]
    return (
        0 < len(words) <= 3
        and all(is_ordinary_word(w) or _PROFESSION.fullmatch(w) for w in words)
        and not _TITLE_BEFORE.search(text, max(0, start - 12), start)
    )


#: an English prefix joined to its word by a hyphen: never a part of a double-barrelled name
_PREFIXED = re.compile(
    r"^(?i:anti|non|pre|post|self|sub|multi|inter|semi|ex|co|re|over|under|out|cross)-(?=\p{L})"
)


#: a profession's word, however rare: "Rheumatologist", "Psychiatrist", "Radiographer"
_PROFESSION = re.compile(
    r"\p{Lu}\p{Ll}+(?:ologist|iatrist|ographer|otherapist|ician|ologists|iatrists|icians)"
)


def _a_field_of_ordinary_words(text: str, result: RecognizerResult, s: int, e: int) -> bool:
    """A header's or a form's field ("From:", "To:", "Signed:") holding one ordinary word and
    no name ("Withheld", "Unknown"), unless written after a title."""
    explanation = result.analysis_explanation
    return (
        explanation is not None
        and explanation.pattern_name == "form field"
        and " " not in text[s:e]
        and _ordinary_words(text[s:e])
    )


def _left_of_vocabulary(text: str, start: int, end: int, s: int, e: int) -> bool:
    """What is left of a span once the service's words were trimmed off it ("Council Tax" of
    "Council Tax Recovery") is ordinary words only: the span named a team, not a person. A
    surname after a title stays ("Mrs Saturday")."""
    trimmed = text[start:s] + " " + text[e:end]
    return (
        any(c.isalpha() for c in trimmed)
        and not all(w.strip(".") in TITLES for w in _WORD_RE.findall(trimmed))
        and _ordinary_words(text[s:e])
    )


def _ordinary_words(value: str) -> bool:
    """Every word of ``value`` (and each part of a hyphenated one) is an ordinary English word
    and no known name: "Occupation", "Content-Transfer-Encoding", "ID" (not "Rose Hill")."""
    from redaction.recognizers.lexicon import is_ordinary_word

    parts = [p for p in re.split(r"[\s\-]+", value) if p]
    return bool(parts) and all(is_ordinary_word(p) for p in parts)


_PART_HEADING = re.compile(
    r"[ \t]*(?i:part|section|schedule|annex|appendix|rhan|adran)[ \t]+[A-Z0-9]{1,3}[ \t]*[-–:.)][ \t]*"
    r"\p{Lu}[\p{Lu}\d '&/,\-]+[ \t]*"
)
_LETTERED_HEADING = re.compile(r"[ \t]*[A-Z0-9]{1,2}[.)][ \t]+[\p{Lu}][\p{Lu} '&/\-]+[ \t]*")


def _line_of(text: str, pos: int) -> str:
    start, end = line_bounds(text, pos)
    return text[start:end]


#: words after a capitalised word that make it the name of a team, not a person's
def names_a_team(text: str, start: int, end: int) -> bool:
    """ "Dear Overpayments Team", "Welfare Rights Officer": the word after the span names a
    team, an organisation or a job, so the span is part of that name. A gap of two spaces or a
    tab is a column break ("Signed: R Mason  Lettings Manager"): the job is the next column's,
    and the span is still the person's name. A person's name before the team's word ("Referred
    by John Smith Services", "John Smith Team") stays a name: fail closed."""
    following = _NEXT_WORD.match(text, end)
    if following is not None and begins_with_a_persons_name(
        text[start:end].split() + [following.group(1)]
    ):
        return False
    if following is not None and (
        "\t" in text[end : following.start(1)] or following.start(1) - end >= 2
    ):
        return False
    if _JOINED_ORGANISATION.match(text, end):
        return True  # "Fermanagh and Omagh District Council", "Kestrel & Quinn Lettings"
    if following is None:
        return False
    word = following.group(1)
    # as written ("LLP") or in capitals ("YTHAN VALLEY PRACTICE" atop a fax)
    return any(
        w in JOB_WORDS or w in ORG_WORDS or w in TEAM_WORDS
        for w in ((word, word.title()) if word.isupper() else (word,))
    )


def _names_a_firm(text: str, start: int, end: int) -> bool:
    """ "FENLAND VERMIN CONTROL" atop its address, "Harbourside Residential Ltd": the last word
    is one only a firm's name ends with."""
    words = text[start:end].split()
    if not words or begins_with_a_persons_name(words):
        return False  # "Dave Jones Builders": the owner's name stays hidden
    # "Kestrel Taxis (Wrenby) Ltd": a firm's name with its town in brackets
    return (
        words[-1].strip(".,").title() in COMPANY_WORDS
        or words[0].strip(".,").title() in COMPANY_WORDS
        or _FIRM_AFTER.match(text, end) is not None
    )


#: the end of a firm's name after what the model found of it: "(Wrenby) Ltd"
_FIRM_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]+(?i:ltd|limited|llp|plc)\b")


#: "and" or "&" and the rest of an organisation's name, ending in an organisation's word
_JOINED_ORGANISATION = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,3}(?:"
    + "|".join(sorted(ORG_WORDS))
    + r")\b"
)


_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\[[ xX✓]?\][ \t]*|[☐☑☒■□•*\-][ \t]*)?$")
_INSTRUCTION_AFTER = re.compile(
    r"[ \t]+(?:the|to|a|an|this|these|here|if|all|any|one|each|only|below|box|boxes|yes|no)\b"
)


def is_instruction(text: str, start: int, end: int) -> bool:
    """spaCy reads a form's instruction at the start of a line ("Tick the boxes that apply",
    "[ ] Tick to get updates") as a name: one ordinary English word, not a given name, starting
    its line and followed by a word an instruction goes on with."""
    from redaction.recognizers.lexicon import is_known_name, zipf

    word = text[start:end]
    return (
        " " not in word
        and zipf(word) >= 3.0
        and not is_known_name(word)
        and _LINE_START.search(text, max(0, start - 12), start) is not None
        and _INSTRUCTION_AFTER.match(text, end) is not None
    )


_MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December"
    " Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()
)


def in_table_header(text: str, start: int, end: int) -> bool:
    """ "Name,dob,Relationship,NI number": a word in the header row of a table (pasted as CSV,
    with tabs or with pipes, or printed as plain text) is a column's label, not a name or a
    place."""
    from redaction.recognizers.forms import aligned_header, is_header_row

    line_start, line_end = line_bounds(text, start, end)
    line = text[line_start:line_end]
    if "   " in line and aligned_header(text, line_start) is not None:
        return True  # "Name        Agency        Role" over the rows of a printed table
    if line.count(",") < 2 and line.count(";") < 2 and "\t" not in line and "|" not in line:
        return False
    return is_header_row(line)


_WEEKDAYS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
_DATE_AFTER_DAY = re.compile(r"\.?,?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b")
_LABEL_COLON = re.compile(r"[ \t]*(?:\((?:s|es|[^()\n]{1,20})\))?[ \t]*:")  # "Forename(s):"
_LABEL_AFTER_WORDS = re.compile(r"(?:[ \t]+\p{Ll}+){1,2}[ \t]*:")
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]+$")
_YEAR_AFTER = re.compile(r"[ \t]+\d{2,4}\b")


def looks_like_label_or_date(text: str, start: int, end: int) -> bool:
    """spaCy false alarms in letters: form labels ("DOB:"), acronyms ("NINO"), months in
    dates ("10 June 2023").

    Fails closed: a name before a colon is a chat speaker or a signature ("faith: ok",
    "[10:32] Kamran: ..."), and short capitals can be a name ("K WU", "TAN"), so those stay.
    """
    value = text[start:end]
    words = value.replace(".", "").split()
    if not words:
        return True
    if _LABEL_COLON.match(text, end, end + 26) and not _reads_as_name(words):
        return True
    if _LABEL_AFTER_WORDS.match(text, end) and _LINE_START.search(text, max(0, start - 12), start):
        return True  # "Voicemail for: ...", "Referral received on: ..."
    if all(w.isupper() and len(w) <= 4 for w in words) and not _capitals_name(words):
        return True
    if value.title() in _WEEKDAYS and _DATE_AFTER_DAY.match(text, end):
        return True  # a mail header's "Date: Sun, 29 Nov 2026 14:09:26 +0000"
    if (
        value.title() in _MONTH_WORDS
        and (  # "18 NOV 2026"
            _DAY_BEFORE.search(text[max(0, start - 6) : start])
            or _YEAR_AFTER.match(text[end : end + 6])
        )
    ):
        return True
    return False


def _is_vocabulary(word: str) -> bool:
    """A label's or the service's word ("Address", "DOB", "Universal", "Tel")."""
    return (
        word in NON_NAME_WORDS
        or word.title() in NON_NAME_WORDS
        or word.upper() in NON_NAME_WORDS
        or word.lower() in CASEWORK_TERMS
        or word.title() in ORG_WORDS
        or word.title() in JOB_WORDS
        or word.title() in _MONTH_WORDS
    )


def _reads_as_name(words: list[str]) -> bool:
    """Words before a colon that are a person's name, not a label: no label or service word,
    and the first is a known name or too rare to be an English label word ("nimco", "Faith";
    not "Relationship", "Switchboard")."""
    from redaction.recognizers.lexicon import is_known_name, zipf

    if any(_is_vocabulary(w) for w in words):
        return False
    first = words[0]
    return is_known_name(first) or zipf(first) < 2.5


def _capitals_name(words: list[str]) -> bool:
    """ "K WU", "RUBY SWAN", "TAN": capitals of four letters or fewer that are a name, not an
    acronym ("CSA", "UK", "NINO"): no word is vocabulary, and the first is an initial or a word
    of two or more letters is a known name."""
    from redaction.recognizers.lexicon import is_known_name

    if any(_is_vocabulary(w) for w in words):
        return False
    if len(words) >= 2 and len(words[0]) == 1:
        return True  # an initial and a surname: "T LAU", "S R SHAH"
    return any(len(w) >= 2 and is_known_name(w) for w in words)


_INSTITUTION_WORDS = (
    r"Academy|High(?:[ \t]+School)?|School|College|Nursery|Juniors|Infants|Primary|Hospital"
    r"|Hospice|Infirmary|Library|Church|Chapel|Surgery|Medical[ \t]+Centre|Health[ \t]+Centre"
)
#: a school, hospital or ward named after a person ("| Bishop Heber High |", "at St Columba's
#: Nursery", "the Elsie Inglis Ward", "Meddygfa Tywyn Bach"): a place, not the person. A ward
#: or wing only after "the" ("my neighbour Taylor Ward" is a person).
_INSTITUTION = re.compile(
    # only where a place is expected: after "the", "at", "to", "from", "attends", or alone in a
    # table's cell ("Dear Sarah Jones School Office" keeps its name redacted)
    r"(?:(?<=(?i:\bthe|\bat|\bto|\bfrom|\battends?|\battending)[ \t]+)|(?<=[|\t][ \t]*))"
    r"(?:St\.?[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}(?:['’]s)?[ \t]+"
    rf"(?:{_INSTITUTION_WORDS})(?![\p{{L}}])"
    r"|(?<=\bthe[ \t]+)\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}[ \t]+(?:Ward|Wing)\b"
    # the practice a patient names as their GP, its name's words joined by a Welsh or English
    # "and" ("My GP is Ardaloedd Menai a Môn Surgery", "our GP is Vale and Downs Surgery")
    r"|(?<=(?i:\bGP)[ \t]+(?:is|was)[ \t]+)(?!(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Prof)\b)\p{Lu}[\p{L}'’\-]*"
    r"(?:[ \t]+(?:(?:a|ac|and|&)[ \t]+)?\p{Lu}[\p{L}'’\-]*){0,4}[ \t]+"
    r"(?:Surgery|Medical[ \t]+(?:Centre|Practice)|Health[ \t]+Centre|Practice)(?![\p{L}])"
    r"|(?:Meddygfa|Ysgol|Ysbyty|Canolfan)(?:[ \t]+\p{Lu}[\p{L}'’\-]*){1,3}"
)


def institution_names(text: str) -> list[tuple[int, int]]:
    """Where schools, hospitals and wards named after people are written."""
    return [m.span() for m in _INSTITUTION.finditer(text)]


#: an initial before a surname, at the start of a line or after a title: "Dr A. Aydın",
#: "Yours\nA. Gledhill"
_INITIAL_BEFORE = re.compile(
    rf"(?:(?<=^|\n)[ \t]*|(?<=\b(?:{'|'.join(TITLES)})\.?[ \t]+))\p{{Lu}}\.[ \t]*$"
)


def initial_before(text: str, start: int) -> int:
    """Where a name found at ``start`` starts with the initial written before it."""
    m = _INITIAL_BEFORE.search(text, max(0, start - 20), start)
    return start - len(m.group().lstrip()) if m else start


#: the other half of a double-barrelled name: "Morgan" + "-Davies", "Joy" after "Princess-"
#: (or in capitals: "K PARKES" + "-ROUND", "WYN PRYDDERCH-LLOYD" after "NIA-")
_JOINED_AFTER = re.compile(
    r"-\p{Lu}(?:[\p{Ll}'’]+|[\p{Lu}'’]+)(?:-\p{Lu}(?:[\p{Ll}'’]+|[\p{Lu}'’]+))?(?![\p{L}\d\-])"
)
_JOINED_BEFORE = re.compile(r"(?<![\p{L}\d\-])\p{Lu}(?:[\p{Ll}'’]+|[\p{Lu}'’]+)-$")


#: a patronymic's word after the father's name, written in lower case: Kyrgyz "uulu" (son of)
#: and "kyzy" (daughter of), Azerbaijani "oglu" and "qizi", Turkmen "ogly" and "gyzy", Uzbek
#: "o'g'li" and "qizi", Kazakh "uly" and "qyzy"
_PATRONYMIC_AFTER = re.compile(
    r"[ \t]+(?i:uulu|kyzy|kyzi|qyzy|gyzy|qizi|ogly|oglu|oğlu|o[‘'’`]g[‘'’`]li|ugli|uly|ulı)"
    r"(?![\p{L}\d\-])"
)


def hyphen_joined(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found at ``start:end`` with the rest of a double-barrelled name the model cut at
    its hyphen ("E. Morgan" of "E. Morgan-Davies", "Joy Manalastas" of "Princess-Joy
    Manalastas"), or at a patronymic's lower-case word ("Aibek Nurlan" of "Aibek Nurlan
    uulu"): half a name left in clear still says who it is."""
    after = _JOINED_AFTER.match(text, end)
    before = _JOINED_BEFORE.search(text, max(0, start - 30), start)
    end = after.end() if after else end
    patronymic = _PATRONYMIC_AFTER.match(text, end)
    return (before.start() if before else start), (patronymic.end() if patronymic else end)


#: the rest of a word after an apostrophe ("Berc" + "'h", Breton "c'h"), or a surname joined
#: to its particle by one after the name ("Colonna" + " d'Istria")
_APOSTROPHE_AFTER = re.compile(
    r"['’](?!(?:s|ll|re|ve|d|m|t)(?![\p{L}\d]))\p{Ll}+(?![\p{L}\d])|[ \t]+\p{L}['’]\p{Lu}\p{L}+"
)
#: a particle joined by an apostrophe before the name: "d'" + "Ornano", "O'" + "Neill"
_APOSTROPHE_BEFORE = re.compile(r"(?<![\p{L}\d])\p{L}{1,2}['’]$")


def apostrophe_joined(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found at ``start:end`` with the part of it an apostrophe joins that the model
    left out: "Le Berc" of "Le Berc'h", "Ornano" of "d'Ornano", "Colonna" of "Colonna
    d'Istria". Half a name left in clear still says who it is."""
    after = _APOSTROPHE_AFTER.match(text, end)
    before = _APOSTROPHE_BEFORE.search(text, max(0, start - 3), start)
    return (before.start() if before else start), (after.end() if after else end)


#: the next word of a name, one space away: "Rivelino" + " Arruda"
_WORD_AFTER = re.compile(r"[ ](\p{Lu}[\p{L}'’\-]*\p{L})(?![\p{L}\d'’\-:@.])")
_WORD_BEFORE = re.compile(r"(?<![\p{L}\d'’\-@.])(\p{Lu}[\p{L}'’\-]*\p{L})[ ]$")


def _completes_a_name(word: str) -> bool:
    """A capitalised word beside a found name that is more of it: a word that could be a name
    ("Naivalu", "KUČERA", "Adi-Mere"), not an ordinary English word, a label or the service's
    vocabulary ("MOTHER", "WHO", "Street", "Council")."""
    from redaction.recognizers.lexicon import could_be_name, is_function_word, is_ordinary_word

    title = word.title() if word.isupper() else word
    return (
        not is_function_word(word)
        and not _is_vocabulary(word)
        and not _is_vocabulary(title)
        and not is_ordinary_word(title)
        and field_type(word) is None
        and could_be_name(word)
    )


def name_words_around(text: str, start: int, end: int, limit: int = 2) -> tuple[int, int]:
    """A name found at ``start:end`` with the words of the same name the model left beside it
    ("Adi-Mere" before "Naivalu", "KUČERA" after "PŘEMYSL"): up to ``limit`` capitalised words
    each side, one space apart, that could be names and are no ordinary words. Half a name
    left in clear still says who it is."""
    for _ in range(limit):
        after = _WORD_AFTER.match(text, end)
        if after is None or not _completes_a_name(after.group(1)):
            break
        end = after.end()
    for _ in range(limit):
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not _completes_a_name(before.group(1)):
            break
        start = before.start()
    return start, end


_IRISH_PARTICLE_BEFORE = re.compile(r"(?:Ó|Ní|Uí|Nic|Mac)[ \t]+$")
_CAPITALISED_RUN = re.compile(
    rf"(?<![\p{{L}}\d'’.\-])(?P<run>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD})"
    r"{0,2})(?![\p{L}\d])"
)


class LexiconNameRecognizer(TextRecognizer):
    """Names with no cue around them: a given name followed by a surname-like word.

    "Jean Walker at number 12 has also been affected": nothing but the words themselves says
    this is a person. A run of two or three capitalised words is a name when its first word is a
    given name (the given-name lists of every locale faker ships) and its last word is a known
    name or too rare in English to be an ordinary word; common words ("Grace Period", "Rose
    Cottage", "Bill Payment") are not, and organisation and job words are dropped as for any
    name. A given name alone counts only when it is rare in English ("Chiamaka called").
    """

    ENTITIES = ["PERSON"]
    SCORE = 0.7

    def analyze(self, text, entities, nlp_artifacts=None):
        from redaction.recognizers.lexicon import is_given_name, is_known_name, zipf

        out = []
        for m in _CAPITALISED_RUN.finditer(text):
            words = [w for w in m.group("run").split() if w[0].isupper()]
            if not words:  # an Irish surname after its mutation, alone: "to Ó hEadhra"
                particle = _IRISH_PARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start())
                start = particle.start() if particle else m.start()
                out.append(recognized(self, "PERSON", start, m.end(), self.SCORE))
                continue
            first, last = words[0], words[-1]
            if first in NON_NAME_WORDS or last in NON_NAME_WORDS or not is_given_name(first):
                continue
            if len(words) == 1 and zipf(first) >= 3.0:
                continue  # "Grace", "Will": ordinary words too; "Chiamaka" is not
            if any(w in ORG_WORDS or w in JOB_WORDS or w in _MONTH_WORDS for w in words):
                continue
            surname_like = is_known_name(last.split("-")[0]) or zipf(last.split("-")[0]) < 3.0
            if not surname_like or (zipf(last) >= 4.5 and not is_known_name(last)):
                continue
            span = trim_name(text, m.start("run"), m.end("run"))
            if span is None or looks_like_label_or_date(text, *span):
                continue
            out.append(recognized(self, "PERSON", span[0], span[1], self.SCORE))
        return out
