"""Field labels: which entity type a form label announces ("Full name" -> PERSON).

Shared by the form recogniser (a value under such a label is that type) and the address and
name recognisers (a field label is never itself a place or a name).
"""

from __future__ import annotations

import regex as re

from redaction.recognizers.languages import BIRTH_ABROAD, NUMBER_BEFORE_ABROAD, PASSPORT_ABROAD

_NUMBER = r"(?:\s*(?:number|no\.?|num|#))?"
#: whose the value is, written before a name's or a date of birth's label: "Mother's maiden
#: surname", "Father's full name", "Informant's date of birth"
_WHOSE = (
    r"(?:(?:mother|father|parent|guardian|husband|wife|son|daughter|brother|sister|spouse"
    r"|informant|deceased|child|partner|applicant|claimant|tenant|carer|landlord|patient)'?s\s+)?"
)
#: the languages' words with the spaces of a collapsed label (:mod:`.languages`)
_BIRTH_ABROAD = BIRTH_ABROAD.replace(r"[ \t]+", r"\s+")
_NUMBER_BEFORE_ABROAD = NUMBER_BEFORE_ABROAD.replace(r"[ \t]+", r"\s+")
_PASSPORT_ABROAD = PASSPORT_ABROAD.replace(r"[ \t]+", r"\s+")
#: label (lower case, spaces collapsed) -> entity type; the first that matches the whole label
FIELD_TYPES: tuple[tuple[str, str], ...] = (
    (
        # whose it is may come first: "Partner's date of birth", "child 1 DOB"
        r"(?:(?:(?:partner|child|applicant|claimant|tenant|spouse|resident|patient|person|carer"
        r"|your|his|her|their|joint\s+claimant)(?:'?s)?(?:\s+\d)?\s+)?"
        r"(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|d\s?/\s?o\s?/\s?b|birth\s*date|birthday|date\s+born)"
        r"|born|[dn]yddiad\s+geni" + rf"|{_BIRTH_ABROAD})",
        # a document from abroad, or its translation
        "DATE_OF_BIRTH",
    ),
    (
        # "Nat Ins No", "Nat. Ins."
        rf"(?:national\s+insurance|nat\.?\s*ins\.?|n\.?i\.?|nino|(?:rhif\s+)?yswiriant\s+gwladol)"
        rf"{_NUMBER}",
        "UK_NINO",
    ),
    (rf"(?:patient(?:'?s)?\s+)?(?:nhs|chi){_NUMBER}|rhif\s+(?:y\s+)?gig", "UK_NHS"),
    # "Bank sort code", "Sort", "S.C.", a machine's "bank_sort"
    (
        rf"(?:(?:bank|branch)\s+)?(?:sort\s*-?code|sort|cod\s+didoli|s/?c|s\.\s?c\.?){_NUMBER}",
        "UK_SORT_CODE",
    ),
    (
        r"(?:bank\s+)?(?:account|acc|acct|a/c)(?:\s+number|\s+no\.?)|rhif\s+(?:y\s+)?cyfrif"
        # the abbreviations alone name a bank account ("A/C", "acct"), "account" alone does
        # not ("Council tax account"); "Bank account", "Bank details", a machine's "bank_acc"
        r"|acct|acc\.?|a/c|bank\s+(?:account|acc|acct|a/c|details)",
        "UK_BANK_ACCOUNT",
    ),
    (
        rf"passport{_NUMBER}|(?:rhif\s+)?pasbort|pp\s*(?:number|no\.?|#)"
        rf"|(?:{_NUMBER_BEFORE_ABROAD})?(?:{_PASSPORT_ABROAD})"
        r"(?:\s*(?:n\.?[°º]|n\.o|no\.?|nr\.?))?",
        "UK_PASSPORT",
    ),
    (
        rf"(?:driving\s+)?licen[cs]e{_NUMBER}|(?:rhif\s+)?trwydded\s+yrru"
        r"|(?:dl|dvla)\s*(?:number|no\.?|#)",
        "UK_DRIVING_LICENCE",
    ),
    (
        r"(?:(?:home|work|mobile|contact|daytime|evening|alternative|main)\s+)?(?:tele)?phone"
        rf"{_NUMBER}|(?:contact\s*\d\d?\s+)?tel\.?|mob(?:ile)?{_NUMBER}|landline|contact\s+number|rhif\s+ff[oô]n|ff[oô]n"
        r"|direct\s+(?:dial|line)",
        "PHONE_NUMBER",
    ),
    (r"e-?mail(?:\s+address)?|e-?bost", "EMAIL_ADDRESS"),
    (r"post\s*code|postal\s+code|cod\s+post|pc", "UK_POSTCODE"),
    (
        r"(?:address\s*(?:line\s*)?[2-6]|(?:town|post\s*town|city|town\s*/\s*city|town\s+or\s+city|county"
        r"|district|area|locality|village|place\s+of\s+birth|tref|dinas|sir))",
        "LOCATION",
    ),
    (
        r"(?:my\s+)?(?:(?:home|current|previous|new|old|postal|correspondence|your|full|permanent|property"
        r"|contact|residential|client'?s?|customer'?s?|carer'?s?|partner'?s?|tenant'?s?"
        r"|last\s+known|last\s+settled|last\s+permanent|last|usual|main"
        r"|applicant'?s?|claimant'?s?|forwarding|former|supply|billing|driver'?s?|keeper'?s?"
        r"|owner'?s?|registered|delivery|employer'?s?|landlord'?s?|parent'?s?"
        # where a home visit is: "Visit address:" on a booking
        r"|visit|visiting)\s+)?"
        r"(?:address|adress|addr\.?)"
        r"(?:\s+line\s+1|\s+1|\s+(?:on|in)\s+(?:system|file|record|our\s+records))?"
        r"|first\s+line\s+of\s+(?:the\s+)?address|house\s+(?:name|number)|street|cyfeiriad|home"
        # "Address of the property:", "(house and street)", "Street address"
        r"|address\s+of\s+(?:the\s+|your\s+|my\s+|their\s+)?(?:(?:council|rented|family|new|old"
        r"|empty|current|previous|tenant'?s?)\s+)?(?:property|premises|home|house|flat|dwelling)"
        r"|(?:house|flat|building)(?:\s+(?:name|number|no\.?))?\s+(?:and|&|/)\s+street(?:\s+name)?"
        r"|street\s+(?:name|address)"
        # an address object's first line in a system's JSON: {"address": {"line1": ...}}
        r"|line\s*1"
        # BS 7666's addressable objects (a school's CTF, a council's gazetteer): the house's
        # number or name (PAON) and the flat's (SAON)
        r"|paon|saon|(?:primary|secondary)\s+addressable\s+object(?:\s+name)?"
        r"|property\s+(?:no|number|name)(?:\s+or\s+(?:name|number|no))?|property|premises"
        r"|former\s+home",
        "STREET_ADDRESS",
    ),
    (
        r"(?:(?:full|your|first|last|family|middle|given|maiden|previous|print|preferred|new|old|other"
        r"|former|birth|married|client'?s?|debtor'?s?|child'?s?|partner'?s?|patient'?s?|applicant'?s?|claimant'?s?|tenant'?s?|customer"
        r"|contact|account\s+holder'?s?|carer'?s?|payee|resident'?s?|landlord'?s?)\s+)?names?"
        r"|(?:(?:previous|maiden|former|birth|other)\s+)?surnames?|(?:also\s+)?known\s+as"
        # a birth or marriage certificate's "Surname at birth", "Name at marriage"
        r"|(?:sur|fore|given\s+)?names?\s+at\s+(?:birth|marriage|death)"
        r"|alias(?:es)?|a\.?k\.?a\.?"
        r"|forenames?|first\s+names?|next\s+of\s+kin|emergency\s+contact|payee"
        # a school MIS export's columns: "Legal Surname", "Preferred Forename", "Contact1"
        r"|(?:legal|preferred)\s+(?:sur|fore|first\s+|last\s+|given\s+)?names?"
        r"|contact\s*\d\d?(?:\s+name)?"
        r"|(?:account|acct|acc)\s+name|names?\s+of\s+(?:the\s+|all\s+)?(?:payee|account\s+holder|claimant"
        r"|applicant|tenant|patient|child|partner|person|carer|deceased|landlord|resident|appointee"
        r"|occupier|occupant|adult|member|children|people|persons)s?"
        r"|deceased|appointee|signed|signature|print\s+name|agent|adviser|advisor|officer"
        r"|case\s*worker|case\s+officer|caller|client|handled\s+by|spoke\s+to|assigned\s+to"
        r"|contact|customer|resident|occupant|householder|claimant'?s?\s+name"
        r"|(?:3rd|third)\s+party(?:\s+on\s+(?:the\s+)?call)?|representative|spoke\s+with"
        r"|beneficiary|recipient|paid\s+to|pay\s+to|account\s+holder|name\s+on\s+(?:the\s+)?"
        r"(?:account|card)|member|household\s+member|dependant|dependent|occupier|visitor|user"
        r"|applicant|claimant|patient|tenant|initials|referrer|referred\s+by|enw(?:\s+llawn)?|cyfenw"
        # who wrote, checked or translated a document, and the people a notice is about
        r"|(?:joint|sole|lead)\s+(?:tenant|applicant|claimant|account\s+holder)|debtor|bailiff"
        r"|(?:enforcement|certificated)\s+(?:agent|officer)|translator|interpreter|witness"
        r"|(?:completed|prepared|written|translated|interpreted|certified|checked|reviewed|verified"
        r"|authori[sz]ed|approved|witnessed)\s+by"
        # a solicitor's, an MP's or a landlord's own words for the person: "Our client:",
        # "Constituent:", "Fee earner:", "Lodger:"; Welsh "Llofnod" (signature)
        r"|(?:our\s+)?client|constituent|fee\s+earner|lodger|sub-?tenant|llofnod"
        # the officer who visited or wrote: "Inspector:", "Technician:", "Assessed by:"
        r"|inspector|technician|assessor|surveyor|therapist|ot|occupational\s+therapist|(?:social|support|key)\s*worker"
        # a court's or a complaint's parties: "Defendant:", "Respondent:", "Complainant:"
        r"|defendants?|respondents?|appellants?|complainants?|perpetrators?|accused|suspects?"
        # a school's or a care plan's people: "SENCo:", "Head teacher:", "Coordinator:"
        r"|senco|head\s*teacher|(?:family\s+|care\s+)?co-?ordinator"
        r"|(?:assessed|referred|issued|inspected|visited|seen)\s+by"
        r"|enw\s+deiliad(?:\s+y\s+cyfrif)?"
        # a notice's table of owners: "FLAT / OWNER / TITLE / SHARE"
        r"|(?:registered\s+|joint\s+)?owners?|proprietors?"
        # a claim's other adult: "PARTNER    KIRUI, WAYRA", "Spouse: ..."
        r"|partner|spouse|civil\s+partner"
        # who registers a death (Tell Us Once, a death certificate): "Informant:"
        r"|informant"
        # who stands behind a tenancy or a loan: "GUARANTOR:", "Guarantor's name"
        r"|guarantors?"
        # an officer named by their team: "Income officer:", "Tenancy Sustainment Officer:"
        r"|(?:[a-z]+\s+){1,2}officer"
        # a care plan's or a booking's person: "Young person:", "Service user:", "Personal
        # adviser:"
        r"|young\s+person|service\s+user|(?:personal|key|lead)\s+(?:adviser|advisor)"
        # a hospital's or a clinic's doctor named on a discharge letter or a medical form:
        # "Consultant: C. Guity", "Named consultant:", "Surgeon:"
        r"|(?:named\s+|responsible\s+)?consultant|surgeon|psychiatrist|midwife",
        "PERSON",
    ),
)
_FIELD_RES = tuple(
    (
        re.compile(
            rf"{_WHOSE}(?:{pattern})" if kind in ("PERSON", "DATE_OF_BIRTH") else rf"(?:{pattern})",
            re.IGNORECASE,
        ),
        kind,
    )
    for pattern, kind in FIELD_TYPES
)
_LABEL_ASIDE = re.compile(
    # "(if changed in the last 12 months)", "(if different from the applicant)": a condition
    r"\((?:s|es|block\s+capitals|capitals|if\s+known|optional|[^()]{0,25}|if\s[^()]{0,50})\)",
    re.IGNORECASE,
)
_OCR_LABEL_FIXES = (("rn", "m"), ("vv", "w"), ("|", "l"), ("0", "o"), ("1", "l"), ("5", "s"))


def field_type(label: str) -> str | None:
    """The entity type a field label announces ("Full name" -> PERSON), or None. A scanned
    label is read too ("Narne", "Datc of birth")."""
    label = " ".join(_LABEL_ASIDE.sub(" ", label).strip().strip("*:").split())
    candidates = [label]
    fixed = label.lower()
    for wrong, right in _OCR_LABEL_FIXES:
        fixed = fixed.replace(wrong, right)
    candidates += [fixed, fixed.replace("c", "e")]
    for candidate in candidates:
        for regex, kind in _FIELD_RES:
            if regex.fullmatch(candidate):
                return kind
    if " / " in label:  # a bilingual form: "Cyfeiriad / Address", "Llofnod / Signature"
        kinds = {field_type(part) for part in label.split(" / ")} - {None}
        return kinds.pop() if len(kinds) == 1 else None
    if "_" in label or _QUESTION_CODE.match(label):
        return _machine_key_type(label)
    if " " not in label and (_CAMEL_HUMP.search(label) or "." in label.strip(".")):
        return key_type(label)
    return None


#: "DateOfBirth", "addressLine1", "applicant.name": where a machine's key starts a new word
_CAMEL_HUMP = re.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})")
_KEY_SPLIT = re.compile(r"(?:[._\-:/]|\[\d{1,3}\])+|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})")


def key_type(key: str) -> str | None:
    """The entity type a machine's key announces: an XML element's or attribute's name, a
    column of a SQL table, the key of a log's ``key=value`` pair ("DateOfBirth", "dob",
    "addr_line_1", "applicant.name", "address.postcode"). The key is read as its words; the
    longest run of them that is a label decides, the later of two as long."""
    words = _KEY_SPLIT.sub(" ", _CAMEL_HUMP.sub(" ", key.strip())).split()
    if not words or len(words) > 8:
        return None
    whole = " ".join(words)
    if whole != key:
        kind = field_type(whole)
        if kind is not None:
            return kind
    return _machine_key_type("_".join(words))


_QUESTION_CODE = re.compile(r"(?i)^q?\d+[a-z]?(?:[_\s.)]|$)")


def _machine_key_type(key: str) -> str | None:
    """A form exported with machine keys ("q2_SURNAME_family_name", "q12_refund_acct_name"):
    the longest run of the key's words that is a label decides."""
    words = [w for w in re.split(r"[_\s]+", key.lower()) if w]
    while words and _QUESTION_CODE.match(words[0]):
        words.pop(0)
    for size in range(len(words), 0, -1):
        # of two labels as long, the later one names the value: "tenant_dob" is a date
        for start in range(len(words) - size, -1, -1):
            candidate = " ".join(words[start : start + size])
            for regex, kind in _FIELD_RES:
                if regex.fullmatch(candidate):
                    return kind
    return None


__all__ = ["FIELD_TYPES", "field_type", "key_type"]
