"""SYNTHETIC UK personal-data evaluation set for the redaction stage.

Every row is invented: names come from Faker (``en_GB`` plus a share of other locales, as
UK casework sees), identifiers are random but follow the official formats (HMRC NINO
prefix rules, NHS mod-11 check digit, DVLA licence layout, IBAN mod-97, Luhn for cards),
phone numbers are Ofcom drama-range or random mobile numbers, and towns are real UK towns
paired with their postcode area. Every row carries ``"synthetic": True``; report results on
it as results on synthetic data.

Rows: ``{"id", "text", "spans": [{"type", "start", "end"}], "synthetic": True}``. Span types
are the redaction stage's entity types (PERSON, STREET_ADDRESS, LOCATION, UK_POSTCODE,
PHONE_NUMBER, EMAIL_ADDRESS, UK_NINO, UK_NHS, UK_SORT_CODE, UK_BANK_ACCOUNT, UK_PASSPORT,
UK_DRIVING_LICENCE, DATE_OF_BIRTH, CREDIT_CARD, IBAN_CODE). Labelling conventions:
titles ("Mrs") are not part of a PERSON span; an address is split into its street part
(flat / house name / number + street, possibly over several lines), LOCATION spans for
district, town and county, and the UK_POSTCODE.

Distractors that are deliberately *not* labelled: ordinary dates (letter dates, deadlines,
appointments), money amounts, case/claim/invoice references (some 8-10 digits long),
organisation names, helpline numbers and organisation email addresses and addresses.

Templates: a posted letter with an address block, an email with a signature, a web form,
a complaint narrative, a letter written on someone's behalf, and a short note.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker

# --------------------------------------------------------------------------- data tables
#: Real UK towns with (one of) their postcode areas.
TOWNS = [
    ("Leeds", "LS"), ("Bradford", "BD"), ("Manchester", "M"), ("Salford", "M"),
    ("Stockport", "SK"), ("Birmingham", "B"), ("Coventry", "CV"), ("Wolverhampton", "WV"),
    ("Walsall", "WS"), ("Dudley", "DY"), ("Liverpool", "L"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Derby", "DE"), ("Bristol", "BS"),
    ("Bath", "BA"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Newport", "NP"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Dundee", "DD"),
    ("Belfast", "BT"), ("Newcastle upon Tyne", "NE"), ("Sunderland", "SR"),
    ("Middlesbrough", "TS"), ("Hull", "HU"), ("York", "YO"), ("Doncaster", "DN"),
    ("Wakefield", "WF"), ("Huddersfield", "HD"), ("Halifax", "HX"), ("Preston", "PR"),
    ("Blackpool", "FY"), ("Bolton", "BL"), ("Wigan", "WN"), ("Oldham", "OL"),
    ("Plymouth", "PL"), ("Exeter", "EX"), ("Southampton", "SO"), ("Portsmouth", "PO"),
    ("Brighton", "BN"), ("Norwich", "NR"), ("Ipswich", "IP"), ("Cambridge", "CB"),
    ("Oxford", "OX"), ("Reading", "RG"), ("Luton", "LU"), ("Milton Keynes", "MK"),
    ("Northampton", "NN"), ("Peterborough", "PE"), ("Stoke-on-Trent", "ST"),
    ("Swindon", "SN"), ("Gloucester", "GL"), ("Worcester", "WR"), ("Hereford", "HR"),
    ("Shrewsbury", "SY"), ("Telford", "TF"), ("Chester", "CH"), ("Warrington", "WA"),
    ("Carlisle", "CA"), ("Lancaster", "LA"), ("Durham", "DH"), ("Lincoln", "LN"),
    ("Colchester", "CO"), ("Chelmsford", "CM"), ("Southend-on-Sea", "SS"),
    ("Maidstone", "ME"), ("Canterbury", "CT"), ("Tunbridge Wells", "TN"),
    ("Guildford", "GU"), ("Croydon", "CR"), ("Bromley", "BR"), ("Harrow", "HA"),
    ("Ilford", "IG"), ("Romford", "RM"), ("Enfield", "EN"), ("Kingston upon Thames", "KT"),
    ("Sutton", "SM"), ("Twickenham", "TW"), ("Uxbridge", "UB"), ("London", "E"),
    ("London", "N"), ("London", "SE"), ("London", "SW"), ("London", "NW"), ("London", "W"),
    ("Slough", "SL"), ("Watford", "WD"), ("St Albans", "AL"), ("Stevenage", "SG"),
    ("Bedford", "MK"), ("Kettering", "NN"), ("Inverness", "IV"), ("Perth", "PH"),
    ("Stirling", "FK"), ("Kirkcaldy", "KY"), ("Paisley", "PA"), ("Motherwell", "ML"),
    ("Kilmarnock", "KA"), ("Dumfries", "DG"), ("Galashiels", "TD"), ("Wrexham", "LL"),
    ("Llandudno", "LL"), ("Aberystwyth", "SY"), ("Carmarthen", "SA"), ("Truro", "TR"),
    ("Torquay", "TQ"), ("Taunton", "TA"), ("Dorchester", "DT"), ("Bournemouth", "BH"),
    ("Salisbury", "SP"), ("Harrogate", "HG"), ("Scarborough", "YO"), ("Barnsley", "S"),
    ("Rotherham", "S"), ("Grimsby", "DN"), ("Scunthorpe", "DN"), ("Mansfield", "NG"),
    ("Chesterfield", "S"), ("Burnley", "BB"), ("Blackburn", "BB"), ("Rochdale", "OL"),
    ("Crewe", "CW"), ("Kendal", "LA"), ("Workington", "CA"), ("Hartlepool", "TS"),
    ("Darlington", "DL"), ("Gateshead", "NE"), ("Ashby-de-la-Zouch", "LE"),
    ("Llanelli", "SA"), ("Merthyr Tydfil", "CF"), ("Enniskillen", "BT"), ("Newry", "BT"),
    ("Bury", "BL"), ("Keighley", "BD"), ("Batley", "WF"), ("Dewsbury", "WF"),
    ("Pontefract", "WF"), ("Skipton", "BD"), ("Ilkley", "LS"), ("Otley", "LS"),
    ("Accrington", "BB"), ("Nelson", "BB"), ("Redditch", "B"), ("Bromsgrove", "B"),
    ("Solihull", "B"), ("Nuneaton", "CV"), ("Rugby", "CV"), ("Leamington Spa", "CV"),
    ("Loughborough", "LE"), ("Hinckley", "LE"), ("Grantham", "NG"), ("Boston", "PE"),
    ("Spalding", "PE"), ("King's Lynn", "PE"), ("Great Yarmouth", "NR"), ("Lowestoft", "NR"),
    ("Bury St Edmunds", "IP"), ("Harlow", "CM"), ("Basildon", "SS"), ("Gravesend", "DA"),
    ("Dartford", "DA"), ("Margate", "CT"), ("Folkestone", "CT"), ("Hastings", "TN"),
    ("Eastbourne", "BN"), ("Crawley", "RH"), ("Horsham", "RH"), ("Woking", "GU"),
    ("Basingstoke", "RG"), ("Andover", "SP"), ("Yeovil", "BA"), ("Barnstaple", "EX"),
    ("Penzance", "TR"), ("Newquay", "TR"), ("Cheltenham", "GL"), ("Stroud", "GL"),
    ("Banbury", "OX"), ("High Wycombe", "HP"), ("Aylesbury", "HP"), ("Hemel Hempstead", "HP"),
    ("Corby", "NN"), ("Wellingborough", "NN"), ("Huntingdon", "PE"), ("Ely", "CB"),
    ("Falkirk", "FK"), ("Livingston", "EH"), ("Dunfermline", "KY"), ("Greenock", "PA"),
    ("Ayr", "KA"), ("Elgin", "IV"), ("Fort William", "PH"), ("Oban", "PA"),
    ("Bangor", "LL"), ("Rhyl", "LL"), ("Neath", "SA"), ("Bridgend", "CF"), ("Barry", "CF"),
    ("Caerphilly", "CF"), ("Pontypridd", "CF"), ("Lisburn", "BT"), ("Omagh", "BT"),
]
LOCALITIES = [
    "Headingley", "Chapeltown", "Moss Side", "Handsworth", "Toxteth", "Easton", "Gorton",
    "Sparkbrook", "Walkley", "Hillsborough", "Armley", "Harehills", "Seacroft", "Beeston",
    "Longsight", "Levenshulme", "Cheetham Hill", "Aston", "Erdington", "Kirkstall",
    "Anfield", "Everton", "Walton", "Sneinton", "Radford", "Bulwell", "Bedminster",
    "Southville", "Splott", "Grangetown", "Govan", "Leith", "Gorgie", "Shettleston",
    "Byker", "Walker", "Gipton", "Holbeck", "Manningham", "Girlington", "Thornbury",
    "Eccles", "Swinton", "Heaton", "Fenham", "Stapleford", "Kingswood", "Shirley",
    "Hockley", "Lozells", "Tottenham", "Peckham", "Brixton", "Hackney", "Lewisham",
    "Streatham", "Walthamstow", "Acton", "Southall", "Wembley", "Edmonton", "Thamesmead",
    "Old Town", "Upper Norwood", "West End", "Hillside", "Newtown", "Westwood", "Greenbank",
]
COUNTIES = [
    "West Yorkshire", "South Yorkshire", "North Yorkshire", "Greater Manchester",
    "Merseyside", "West Midlands", "Lancashire", "Kent", "Essex", "Surrey", "Hampshire",
    "Devon", "Cornwall", "Norfolk", "Suffolk", "Derbyshire", "Nottinghamshire",
    "Leicestershire", "Staffordshire", "Cheshire", "Cumbria", "Durham", "Tyne and Wear",
    "Fife", "Lanarkshire", "Gwynedd", "County Antrim", "County Down", "Somerset",
    "Gloucestershire", "Oxfordshire", "Berkshire", "Hertfordshire", "Lincolnshire",
]
STREET_STEMS = [
    "Church", "Station", "Victoria", "Main", "Park", "Mill", "School", "Queens", "Queen's",
    "Kings", "King's", "North", "New", "Manor", "Grange", "Green", "Albert", "Alexandra",
    "Windsor", "York", "Chester", "Springfield", "Highfield", "Westfield", "Oak", "Elm",
    "Ash", "Beech", "Birch", "Cedar", "Willow", "Chestnut", "Holly", "Hawthorn", "Meadow",
    "Orchard", "Brook", "Bridge", "Castle", "Abbey", "Priory", "Rectory", "Vicarage",
    "Nelson", "Wellington", "Cromwell", "Gladstone", "Stanley", "Mount Pleasant",
    "St John's", "St Mary's", "Upper Richmond", "Old Hall", "New North", "Moor", "Hall",
    "Jubilee", "Coronation", "Clarence", "Princess", "Lime", "Sycamore", "Rowan", "Laburnum",
    "Acacia", "Hazel", "Poplar", "Lancaster", "Cambridge", "Oxford", "Derwent", "Trent",
    "Severn", "Ribble", "Woodland", "Hillside", "Valley", "Lake", "Riverside", "Canal",
    "Market", "Chapel", "Union", "Commercial", "Railway", "Wharf", "Factory", "Foundry",
    "Burnside", "Kirkgate", "Loanhead",
]
STREET_SUFFIXES = (
    ["Road"] * 22 + ["Street"] * 18 + ["Lane"] * 9 + ["Avenue"] * 7 + ["Close"] * 6
    + ["Drive"] * 5 + ["Court"] * 3 + ["Way"] * 4 + ["Crescent"] * 3 + ["Gardens"] * 3
    + ["Place"] * 2 + ["Terrace"] * 3 + ["Grove"] * 3 + ["Walk"] + ["Row"] + ["Square"]
    + ["Mews"] + ["Rise"] + ["View"] + ["Hill"] * 2 + ["Park"] + ["Green"] + ["Vale"]
    + ["Parade"] + ["Croft"] + ["Fold"] + ["Wynd"] + ["Brae"] + ["Gate"]
)
SUFFIXLESS_STREETS = ["Kingsway", "Broadway", "Briggate", "Micklegate", "Deansgate",
                      "Headrow", "Whitehall", "Highgate", "Eastgate", "Fishergate",
                      "Moorgate", "Westway", "Parkway"]
HOUSE_NAMES = ["Rose Cottage", "Ivy Cottage", "The Old Rectory", "The Willows", "Orchard House",
               "Meadow View", "The Laurels", "Holly Lodge", "Mill House", "The Coach House",
               "Beech House", "Fern Cottage", "The Old School House", "Brookside",
               "Hillcrest"]
BLOCK_NAMES = ["Nelson House", "Victoria Court", "Jubilee Mansions", "Kingfisher Court",
               "Clarence House", "Priory Court", "Maple Tower", "Riverside Apartments",
               "Station Buildings", "Albert Mill", "Park View Court", "Weavers Court"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "hotmail.com", "outlook.com", "yahoo.co.uk",
                 "btinternet.com", "icloud.com", "live.co.uk", "sky.com", "aol.com",
                 "googlemail.com", "virginmedia.com", "talktalk.net", "yahoo.com"]
BANKS = ["Barclays", "Lloyds", "NatWest", "HSBC", "Santander", "Nationwide", "Halifax",
         "Monzo", "Starling", "TSB", "the Co-op Bank", "Metro Bank"]
ORGS = ["the council", "the Jobcentre", "DWP", "HMRC", "the housing association",
        "Citizens Advice", "the council tax office", "the Universal Credit helpline",
        "my housing officer", "the benefits office", "the DVLA", "the Passport Office",
        "my GP surgery", "the school", "social services"]
SERVICES = ["Housing", "Council Tax", "Universal Credit", "Benefits", "Adult Social Care",
            "Environmental Health", "Blue Badge", "Housing Benefit", "Child Maintenance",
            "Personal Independence Payment", "Pension Credit", "Carer's Allowance"]
NAME_LOCALES = [("en_GB", 70), ("en_IE", 5), ("en_IN", 7), ("pl_PL", 4), ("yo_NG", 3),
                ("en_NG", 2), ("ro_RO", 2), ("pt_PT", 2), ("it_IT", 2), ("tr_TR", 1),
                ("fr_FR", 2)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


# --------------------------------------------------------------------------- identifiers
def nhs_number(rng: random.Random) -> str:
    """Ten digits with a valid NHS mod-11 check digit (never the invalid check value 10)."""
    while True:
        digits = [rng.choice("4567")] + [rng.choice(string.digits) for _ in range(8)]
        total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(digits) + str(check)


def nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD:
            break
    return prefix + "".join(rng.choice(string.digits) for _ in range(6)) + rng.choice("ABCD")


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gb_iban(sort_code: str, account: str, rng: random.Random) -> str:
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    bban = bank + sort_code + account
    rearranged = bban + "GB00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"GB{check:02d}{bban}"


def driving_licence(last: str, first: str, middle: str, dob: dt.date, female: bool,
                    rng: random.Random) -> str:
    letters = "".join(c for c in _ascii(last).upper() if c.isalpha())
    if letters.startswith("MAC"):
        letters = "MC" + letters[3:]
    surname = (letters[:5] + "99999")[:5]
    month = dob.month + (50 if female else 0)
    initials = (_ascii(first)[:1] + (_ascii(middle)[:1] if middle else "9")).upper()
    check = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return (f"{surname}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}"
            f"{initials}9{check}")


def postcode(area: str, rng: random.Random) -> str:
    if area in ("E", "N", "W", "SE", "SW", "NW") and rng.random() < 0.15:
        district = f"{rng.randint(1, 2)}{rng.choice('ABCDEFGHJKPSTUW')}" if len(area) == 1 \
            else f"{rng.randint(1, 1)}{rng.choice('AEHMNPRVWXY')}"
    elif len(area) == 1:
        district = str(rng.randint(1, 40))
    else:
        district = str(rng.randint(1, 29))
    return f"{area}{district} {rng.randint(0, 9)}{rng.choice(_INWARD_LETTERS)}" \
           f"{rng.choice(_INWARD_LETTERS)}"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------- people
@dataclass
class Address:
    flat: str | None
    house: str | None
    number: str | None
    street: str
    locality: str | None
    town: str
    county: str | None
    postcode: str


@dataclass
class Person:
    first: str
    last: str
    middle: str
    female: bool
    title: str
    dob: dt.date
    nino: str
    nhs: str
    phone: str
    email: str
    address: Address
    sort_code: str
    account: str
    passport: str
    licence: str
    iban: str
    card: str
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class _Factory:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, (loc, _) in enumerate(NAME_LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed * 1000 + i)
            self.fakers[loc] = fk
        self.gb = self.fakers["en_GB"]

    def faker(self) -> Faker:
        locs, weights = zip(*NAME_LOCALES)
        return self.fakers[self.rng.choices(locs, weights)[0]]

    def name(self, female: bool | None = None) -> tuple[str, str, bool]:
        if female is None:
            female = self.rng.random() < 0.55
        fk = self.faker()
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        return first.split()[0], last, female

    def title(self, female: bool) -> str:
        r = self.rng.random()
        if r < 0.05:
            return "Dr"
        if r < 0.07:
            return "Mx"
        if female:
            return self.rng.choice(["Mrs", "Ms", "Miss", "Mrs"])
        return "Mr"

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def phone(self) -> str:
        r = self.rng.random()
        while True:
            if r < 0.35:
                value = self.gb.phone_number()
            elif r < 0.6:
                value = self.gb.cellphone_number()
            else:
                digits = "7" + self.rng.choice("45789") + "".join(
                    self.rng.choice(string.digits) for _ in range(8))
                fmt = self.rng.random()
                if fmt < 0.5:
                    value = f"0{digits[:4]} {digits[4:]}"
                elif fmt < 0.7:
                    value = f"0{digits}"
                elif fmt < 0.85:
                    value = f"+44 {digits[:4]} {digits[4:]}"
                else:
                    value = f"0{digits[:4]} {digits[4:7]} {digits[7:]}"
            national = value.replace("+44(0)", "0").replace("+44", "0")
            n = sum(c.isdigit() for c in national)
            if n in (10, 11):  # Faker occasionally drops a digit
                return value

    def email(self, first: str, last: str) -> str:
        f, l_ = _ascii(first).lower(), _ascii(last).lower().replace("'", "").replace(" ", "")
        r = self.rng.random()
        n = str(self.rng.randint(1, 99)) if self.rng.random() < 0.5 else ""
        if r < 0.3:
            local = f"{f}.{l_}{n}"
        elif r < 0.5:
            local = f"{f[0]}{l_}{n}"
        elif r < 0.65:
            local = f"{f}{l_}{n or self.rng.randint(60, 99)}"
        elif r < 0.8:
            local = f"{f}_{l_}"
        elif r < 0.9:
            local = f"{l_}.{f}{n}"
        else:
            return self.gb.free_email()
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}"

    def address(self) -> Address:
        rng = self.rng
        town, area = rng.choice(TOWNS)
        if rng.random() < 0.08:
            street = rng.choice(SUFFIXLESS_STREETS)
        elif rng.random() < 0.3:
            street = f"{self.gb.last_name()} {rng.choice(STREET_SUFFIXES)}"
        elif rng.random() < 0.04:
            street = f"The {rng.choice(['Crescent', 'Green', 'Avenue', 'Drive', 'Grove'])}"
        elif rng.random() < 0.05:
            street = "High Street"
        else:
            street = f"{rng.choice(STREET_STEMS)} {rng.choice(STREET_SUFFIXES)}"
        flat = house = None
        number: str | None = str(rng.choice([rng.randint(1, 30), rng.randint(1, 120),
                                             rng.randint(1, 300)]))
        r = rng.random()
        if r < 0.06:
            number += rng.choice("ab")
        if r < 0.2:
            flat = rng.choice([f"Flat {rng.randint(1, 40)}", f"Flat {rng.randint(1, 9)}"
                               f"{rng.choice('ABCD')}", f"Apartment {rng.randint(1, 120)}",
                               rng.choice(["Ground Floor Flat", "First Floor Flat",
                                           "Top Floor Flat"])])
            if rng.random() < 0.35:
                house, number = rng.choice(BLOCK_NAMES), (number if rng.random() < 0.4 else None)
        elif r < 0.28:
            house, number = rng.choice(HOUSE_NAMES), None
        locality = rng.choice(LOCALITIES) if rng.random() < 0.3 else None
        county = rng.choice(COUNTIES) if rng.random() < 0.15 else None
        return Address(flat, house, number, street, locality, town, county,
                       postcode(area, rng))

    def person(self, female: bool | None = None, adult: bool = True) -> Person:
        rng = self.rng
        first, last, female = self.name(female)
        middle = self.name(female)[0] if rng.random() < 0.3 else ""
        dob = self.date_between(dt.date(1936, 1, 1), dt.date(2005, 12, 31)) if adult else \
            self.date_between(dt.date(2008, 1, 1), dt.date(2023, 6, 30))
        sort_code = "".join(rng.choice(string.digits) for _ in range(6))
        account = "".join(rng.choice(string.digits) for _ in range(8))
        card_prefix = rng.choice(["4", "4", "51", "52", "53", "54", "55"])
        return Person(
            first=first, last=last, middle=middle, female=female, title=self.title(female),
            dob=dob, nino=nino(rng), nhs=nhs_number(rng), phone=self.phone(),
            email=self.email(first, last), address=self.address(), sort_code=sort_code,
            account=account, passport="".join(rng.choice(string.digits) for _ in range(9)),
            licence=driving_licence(last, first, middle, dob, female, rng),
            iban=gb_iban(sort_code, account, rng), card=luhn_complete(card_prefix, 16, rng),
        )


# --------------------------------------------------------------------------- formats
def fmt_nino(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        out = v
    elif r < 0.8:
        out = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    elif r < 0.9:
        out = f"{v[:2]} {v[2:8]} {v[8]}"
    else:
        out = f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:8]}-{v[8]}"
    return out.lower() if rng.random() < 0.05 else out


def fmt_nhs(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if r < 0.9:
        return v
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def fmt_sort(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.75:
        return f"{v[:2]}-{v[2:4]}-{v[4:]}"
    if r < 0.95:
        return f"{v[:2]} {v[2:4]} {v[4:]}"
    return v


def fmt_iban(v: str, rng: random.Random) -> str:
    if rng.random() < 0.6:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def fmt_card(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    if r < 0.8:
        return "-".join(v[i:i + 4] for i in range(0, 16, 4))
    return v


def fmt_licence(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.7:
        return v
    if r < 0.9:
        return f"{v[:5]} {v[5:11]} {v[11:]}"
    return f"{v} {rng.randint(10, 99)}"


def fmt_date(d: dt.date, rng: random.Random, *, numeric_bias: float = 0.5) -> str:
    r = rng.random()
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if r < numeric_bias * 0.6:
        return f"{day:02d}/{d.month:02d}/{d.year}"
    if r < numeric_bias * 0.75:
        return f"{day}/{d.month}/{d.year}"
    if r < numeric_bias * 0.85:
        return f"{day:02d}.{d.month:02d}.{d.year}"
    if r < numeric_bias * 0.93:
        return f"{day:02d}-{d.month:02d}-{d.year}"
    if r < numeric_bias:
        return f"{day:02d}/{d.month:02d}/{str(d.year)[2:]}"
    r2 = rng.random()
    month = MONTHS[d.month - 1]
    if r2 < 0.55:
        return f"{day} {month} {d.year}"
    if r2 < 0.75:
        return f"{day}{suffix} {month} {d.year}"
    if r2 < 0.85:
        return f"{day}{suffix} of {month} {d.year}"
    if r2 < 0.95:
        return f"{day} {month[:3]} {d.year}"
    return f"{month} {day}, {d.year}"


# --------------------------------------------------------------------------- text builder
class _Text:
    """Appends text and records labelled spans at their exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def add(self, s: str) -> _Text:
        self.parts.append(s)
        self.n += len(s)
        return self

    def pii(self, kind: str, value: str) -> _Text:
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(value)})
        return self.add(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Letter:
    """Renders one letter for one person; sentence templates use {SLOTS}."""

    def __init__(self, fac: _Factory, me: Person) -> None:
        self.fac, self.rng, self.me = fac, fac.rng, me
        self.t = _Text()
        # other people who may appear
        self.relative = fac.person(adult=self.rng.random() < 0.4)
        self.rel_kind = self._rel_kind(self.relative)
        self.staff_first, self.staff_last, self.staff_female = fac.name()
        self.staff_title = fac.title(self.staff_female)
        self.neighbour = fac.name()
        self.today = fac.date_between(dt.date(2023, 1, 1), dt.date(2025, 12, 31))

    def _rel_kind(self, rel: Person) -> str:
        adult_kinds = (["mother", "mum", "father", "dad", "husband", "wife", "partner",
                        "brother", "sister", "nan", "grandfather", "aunt", "uncle"])
        child_kinds = ["son", "daughter", "grandson", "granddaughter", "nephew", "niece"]
        female_kinds = {"mother", "mum", "wife", "sister", "nan", "aunt", "daughter",
                        "granddaughter", "niece"}
        adult = rel.dob.year < 2006
        kinds = adult_kinds if adult else child_kinds
        for _ in range(20):
            k = self.rng.choice(kinds)
            if (k in female_kinds) == rel.female or k == "partner":
                return k
        return "partner" if adult else "child"

    # ---------------------------------------------------------------- slot rendering
    def other_date(self) -> str:
        d = self.fac.date_between(self.today - dt.timedelta(days=400),
                                  self.today + dt.timedelta(days=60))
        return fmt_date(d, self.rng)

    def amount(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"£{self.rng.randint(20, 900)}"
        if r < 0.8:
            return f"£{self.rng.randint(1, 12)},{self.rng.randint(0, 999):03d}.{self.rng.randint(0, 99):02d}"
        return f"£{self.rng.randint(5, 400)}.{self.rng.randint(0, 99):02d}"

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            self.rng.choice(string.digits) for _ in range(n - 1))

    def render(self, template: str) -> None:
        """Render a template: {SLOT} for labelled values, {slot} for distractors."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.t.add(template[i:])
                return
            self.t.add(template[i:j])
            k = template.index("}", j)
            self.slot(template[j + 1:k])
            i = k + 1

    def slot(self, name: str) -> None:
        me, rng, t = self.me, self.rng, self.t
        rel = self.relative
        simple: dict[str, Callable[[], tuple[str, str] | str]] = {
            "NAME": lambda: ("PERSON", me.full),
            "FIRST": lambda: ("PERSON", me.first),
            "LAST": lambda: ("PERSON", me.last),
            "NINO": lambda: ("UK_NINO", fmt_nino(me.nino, rng)),
            "NHS": lambda: ("UK_NHS", fmt_nhs(me.nhs, rng)),
            "REL_NHS": lambda: ("UK_NHS", fmt_nhs(rel.nhs, rng)),
            "REL_NINO": lambda: ("UK_NINO", fmt_nino(rel.nino, rng)),
            "PHONE": lambda: ("PHONE_NUMBER", me.phone),
            "EMAIL": lambda: ("EMAIL_ADDRESS", me.email),
            "DOB": lambda: ("DATE_OF_BIRTH", fmt_date(me.dob, rng)),
            "REL_DOB": lambda: ("DATE_OF_BIRTH", fmt_date(rel.dob, rng)),
            "SORT": lambda: ("UK_SORT_CODE", fmt_sort(me.sort_code, rng)),
            "ACCOUNT": lambda: ("UK_BANK_ACCOUNT", me.account),
            "PASSPORT": lambda: ("UK_PASSPORT", me.passport),
            "LICENCE": lambda: ("UK_DRIVING_LICENCE", fmt_licence(me.licence, rng)),
            "IBAN": lambda: ("IBAN_CODE", fmt_iban(me.iban, rng)),
            "CARD": lambda: ("CREDIT_CARD", fmt_card(me.card, rng)),
            "POSTCODE": lambda: ("UK_POSTCODE", me.address.postcode),
            "TOWN": lambda: ("LOCATION", me.address.town),
            "OTHER_TOWN": lambda: ("LOCATION", rng.choice(TOWNS)[0]),
            "REL_FIRST": lambda: ("PERSON", rel.first),
            "REL_FULL": lambda: ("PERSON", rel.full),
            "REL_LAST": lambda: ("PERSON", rel.last),
            "STAFF_FIRST": lambda: ("PERSON", self.staff_first),
            "STAFF_FULL": lambda: ("PERSON", f"{self.staff_first} {self.staff_last}"),
            "STAFF_LAST": lambda: ("PERSON", self.staff_last),
            "NB_FULL": lambda: ("PERSON", f"{self.neighbour[0]} {self.neighbour[1]}"),
            "NB_FIRST": lambda: ("PERSON", self.neighbour[0]),
            # distractors (not labelled)
            "title": lambda: me.title,
            "rel_title": lambda: self.fac.title(rel.female),
            "staff_title": lambda: self.staff_title,
            "rel": lambda: self.rel_kind,
            "they": lambda: "she" if rel.female else "he",
            "their": lambda: "her" if rel.female else "his",
            "They": lambda: "She" if rel.female else "He",
            "Their": lambda: "Her" if rel.female else "His",
            "date": self.other_date,
            "today": lambda: fmt_date(self.today, rng, numeric_bias=0.3),
            "amount": self.amount,
            "ref8": lambda: self.digits(8),
            "ref9": lambda: self.digits(9),
            "ref10": lambda: self.digits(10),
            "caseref": lambda: rng.choice([
                f"CT/{self.today.year}/{self.digits(6)}", f"HB-{self.digits(7)}",
                f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
                f"{self.digits(6)}", f"COMP-{self.today.year}-{self.digits(5)}",
                f"REF {self.digits(4)}-{self.digits(4)}"]),
            "org": lambda: rng.choice(ORGS),
            "service": lambda: rng.choice(SERVICES),
            "bank": lambda: rng.choice(BANKS),
            "n": lambda: str(rng.randint(2, 12)),
            "age": lambda: str(rng.randint(2, 17)),
            "time": lambda: rng.choice(["9am", "10.30am", "2pm", "11:15", "3.45pm", "14:00"]),
            "helpline": lambda: rng.choice(["0800 328 5644", "0345 600 0723", "0800 169 0310",
                                            "0300 123 4567", "0113 222 4404"]),
            "org_email": lambda: rng.choice(["housing@leeds.gov.uk", "enquiries@council.gov.uk",
                                             "benefits@bradford.gov.uk",
                                             "complaints@housingtrust.org.uk"]),
        }
        if name in simple:
            v = simple[name]()
            if isinstance(v, tuple):
                t.pii(*v)
            else:
                t.add(v)
            return
        if name == "ADDRESS_INLINE":
            self.address_inline(me.address)
        elif name == "ADDRESS_BLOCK":
            self.address_block(me.address)
        elif name == "REL_ADDRESS_INLINE":
            self.address_inline(rel.address)
        elif name == "STREET":
            t.pii("STREET_ADDRESS", self.street_line(me.address, inline=True))
        else:  # pragma: no cover - template typo
            raise KeyError(name)

    def street_line(self, a: Address, *, inline: bool) -> str:
        sep = ", " if inline else "\n"
        parts = []
        if a.flat:
            parts.append(a.flat)
        if a.house:
            parts.append(a.house)
        street = f"{a.number} {a.street}" if a.number else a.street
        parts.append(street)
        if inline and a.flat and not a.house and self.rng.random() < 0.4:
            return f"{a.flat} {street}" if self.rng.random() < 0.5 else sep.join(parts)
        return sep.join(parts)

    def address_inline(self, a: Address) -> None:
        t, rng = self.t, self.rng
        t.pii("STREET_ADDRESS", self.street_line(a, inline=True))
        if a.locality and rng.random() < 0.6:
            t.add(", ").pii("LOCATION", a.locality)
        t.add(", ").pii("LOCATION", a.town)
        t.add(rng.choice([" ", ", ", " "])).pii("UK_POSTCODE", self._pc(a.postcode))

    def _pc(self, pc: str) -> str:
        r = self.rng.random()
        if r < 0.05:
            return pc.replace(" ", "")
        return pc

    def address_block(self, a: Address) -> None:
        t, rng = self.t, self.rng
        t.pii("STREET_ADDRESS", self.street_line(a, inline=False))
        if a.locality:
            t.add("\n").pii("LOCATION", a.locality)
        town = a.town.upper() if rng.random() < 0.2 else a.town
        if rng.random() < 0.25 and not a.county:
            t.add("\n").pii("LOCATION", town).add(" ").pii("UK_POSTCODE", a.postcode)
            return
        t.add("\n").pii("LOCATION", town)
        if a.county:
            t.add("\n").pii("LOCATION", a.county)
        t.add("\n").pii("UK_POSTCODE", self._pc(a.postcode))

    def pick(self, options: list[str], k: int | tuple[int, int] = 1) -> list[str]:
        if isinstance(k, tuple):
            k = self.rng.randint(*k)
        return self.rng.sample(options, min(k, len(options)))


# --------------------------------------------------------------------------- sentences
TOPIC = [
    "I am writing about my Universal Credit claim.",
    "I am writing to complain about the way my housing repair has been handled.",
    "I need help with my Council Tax bill, which has gone up to {amount}.",
    "My Personal Independence Payment was stopped on {date} and I do not understand why.",
    "I have been waiting since {date} for a decision on my Housing Benefit.",
    "I have received a letter dated {date} saying I owe {amount}.",
    "The damp in my flat is making my children ill and nobody has come to fix it.",
    "I was told I would get a call back within 5 working days but it has now been {n} weeks.",
    "My landlord has served me with a Section 21 notice and I have to leave by {date}.",
    "I am writing to ask for a Blue Badge application form.",
    "I would like to appeal the decision in your letter of {date}.",
    "I am asking for a mandatory reconsideration of my ESA decision.",
    "Your bailiffs came to my door on {date} about a debt of {amount} that I have already paid.",
    "I applied for Pension Credit on {date} and have heard nothing since.",
    "I am writing to report a change of circumstances.",
]
FILLER = [
    "I am disabled and I cannot manage the stairs.",
    "I cannot afford food this week after paying {amount} in rent.",
    "Please can you tell me what happens next.",
    "I have attached copies of my payslips and bank statements.",
    "My appeal hearing is on {date} at {time}.",
    "The reference on your letter is {caseref}.",
    "I paid {amount} on {date} but this has not been shown.",
    "My claim reference is {ref8}.",
    "Your letter ref {ref8} says I was overpaid.",
    "The payment reference was {ref10}.",
    "I phoned the helpline on {helpline} on {date} and was on hold for 45 minutes.",
    "I was told to email {org_email} but nobody has replied.",
    "I have been in touch with {org} several times.",
    "My rent is {amount} a month and my wages are {amount}.",
    "I have a medical appointment on {date} so I cannot attend on that day.",
    "The boiler broke down on {date} and we have had no heating since.",
    "I get paid every four weeks and the last payment was on {date}.",
    "I owe {amount} in arrears and I am really worried.",
    "The case number on the court letter is {ref9}.",
    "My tenancy started on {date}.",
    "Invoice {ref8} was paid in full on {date}.",
    "I have enclosed the form you sent me, dated {date}.",
    "Please do not send letters to my old address.",
    "I am happy to be contacted by phone or email.",
    "This has been going on since {date} and it is affecting my mental health.",
    "The next payment is due on {date}.",
    "I was sanctioned for {n} weeks for missing an appointment I was never told about.",
    "I work {n} hours a week on a zero hours contract.",
]
PII = {
    "nino": [
        "My National Insurance number is {NINO}.",
        "My NI number is {NINO}.",
        "NI number: {NINO}.",
        "For your records my national insurance no. is {NINO}.",
        "(NINO {NINO})",
        "My NI no is {NINO} if you need it.",
    ],
    "nhs": [
        "My NHS number is {NHS}.",
        "NHS no: {NHS}.",
        "My doctor said to quote my NHS number, {NHS}.",
        "My NHS number ({NHS}) should be on your system.",
    ],
    "phone": [
        "You can call me on {PHONE}.",
        "My mobile is {PHONE}.",
        "Please ring me on {PHONE} after 3pm.",
        "My phone number is {PHONE} if you need to speak to me.",
        "Contact me on {PHONE} or by email at {EMAIL}.",
        "The best number to reach me is {PHONE}.",
        "Text me on {PHONE} please as I work shifts.",
    ],
    "email": [
        "My email is {EMAIL}.",
        "Please reply to {EMAIL}.",
        "You can email me at {EMAIL}.",
        "I have a new email address, {EMAIL}, please update your records.",
    ],
    "dob": [
        "My date of birth is {DOB}.",
        "I was born on {DOB}.",
        "DOB: {DOB}.",
        "I am {title} {NAME} (date of birth {DOB}).",
        "For security, my D.O.B. is {DOB}.",
        "I was born {DOB} so I am over pension age.",
    ],
    "bank": [
        "Please pay the refund into my bank account: sort code {SORT}, account number {ACCOUNT}.",
        "My bank details are: {bank}, sort code {SORT}, account no. {ACCOUNT}.",
        "The money should go to account {ACCOUNT}, sort code {SORT}.",
        "I have changed banks. New details: sort code {SORT}, acc no {ACCOUNT}.",
        "My account number is {ACCOUNT} and the sort code is {SORT}.",
        "Please refund to my {bank} account {ACCOUNT} (sort code {SORT}).",
    ],
    "iban": [
        "My IBAN is {IBAN}.",
        "Bank transfer to IBAN {IBAN} please.",
    ],
    "card": [
        "I paid by card and the card number was {CARD}.",
        "You took a payment from my debit card {CARD} twice.",
    ],
    "passport": [
        "I have enclosed a copy of my passport (number {PASSPORT}) as proof of identity.",
        "My passport number is {PASSPORT}.",
        "For ID I can give you my passport no. {PASSPORT}.",
        "Passport number: {PASSPORT}.",
    ],
    "licence": [
        "My driving licence number is {LICENCE}.",
        "I can also give you my DVLA licence no. {LICENCE}.",
        "Driving licence: {LICENCE}.",
        "As ID I have a driving licence, number {LICENCE}.",
    ],
    "address": [
        "I live at {ADDRESS_INLINE}.",
        "My address is {ADDRESS_INLINE}.",
        "I moved to {ADDRESS_INLINE} on {date}.",
        "The property is at {ADDRESS_INLINE}.",
        "Please send all letters to {ADDRESS_INLINE}.",
    ],
    "relative": [
        "My {rel} {REL_FIRST} is {age} and has asthma.",
        "My {rel}, {REL_FULL}, lives with me.",
        "I care for my {rel} {REL_FIRST} full time.",
        "My {rel} {REL_FIRST} (born {REL_DOB}) has autism.",
        "My {rel}'s name is {REL_FULL}.",
        "My {rel}, {rel_title} {REL_FULL}, has been in hospital since {date}.",
    ],
    "staff": [
        "I spoke to {STAFF_FIRST} on the phone on {date}.",
        "Your colleague {staff_title} {STAFF_LAST} said it would be sorted.",
        "The work coach, {STAFF_FULL}, told me I had to apply again.",
        "{STAFF_FIRST} from the housing team promised to call me back.",
        "I was dealt with by an adviser called {STAFF_FULL}.",
        "I have spoken to {staff_title} {STAFF_FULL} twice already.",
    ],
    "neighbour": [
        "My neighbour {NB_FULL} can confirm this.",
        "{NB_FULL} next door has had the same problem.",
        "My friend {NB_FIRST} helped me fill in the form.",
    ],
    "town": [
        "I moved to {TOWN} last year for work.",
        "I have lived in {OTHER_TOWN} all my life.",
        "I had to travel to {OTHER_TOWN} for the assessment.",
    ],
}


def _sig(L: _Letter, full_only: bool = False) -> None:
    rng = L.rng
    closing = rng.choice(["Yours faithfully,", "Yours sincerely,", "Kind regards,",
                          "Many thanks,", "Regards,", "Best wishes,", "Thank you,",
                          "Yours sincerely", "Kind regards"])
    L.render("\n\n" + closing + "\n")
    if rng.random() < 0.15:
        L.render("\n")
    r = rng.random()
    if r < 0.65 or full_only:
        L.render("{NAME}")
    elif r < 0.8:
        L.render("{FIRST}")
    elif r < 0.9:
        L.render(f"{L.me.first[0]}. " + "{LAST}")
    else:
        L.render("{title} {NAME}")
    if rng.random() < 0.3:
        L.render(rng.choice(["\n{PHONE}", "\nTel: {PHONE}", "\nMob: {PHONE}", "\n{EMAIL}"]))


def _pii_sentences(L: _Letter, kinds: list[str]) -> list[str]:
    return [L.rng.choice(PII[k]) for k in kinds]


def _choose_kinds(L: _Letter, lo: int, hi: int, exclude=()) -> list[str]:
    weights = {"nino": 8, "nhs": 5, "phone": 8, "email": 5, "dob": 7, "bank": 5, "iban": 1,
               "card": 1, "passport": 4, "licence": 4, "address": 4, "relative": 6,
               "staff": 6, "neighbour": 3, "town": 3}
    kinds = [k for k in weights if k not in exclude]
    out: list[str] = []
    n = L.rng.randint(lo, hi)
    while len(out) < n and len(out) < len(kinds):
        k = L.rng.choices(kinds, [weights[x] for x in kinds])[0]
        if k not in out:
            out.append(k)
    return out


def _body(L: _Letter, kinds: list[str], filler: tuple[int, int] = (1, 3)) -> None:
    sentences = _pii_sentences(L, kinds) + L.pick(FILLER, filler)
    L.rng.shuffle(sentences)
    L.render(L.rng.choice(TOPIC))
    per_para = L.rng.randint(2, 4)
    for i, s in enumerate(sentences):
        L.render(("\n\n" if i % per_para == 0 else " ") + s)


#: The organisations' own addresses the letters are sent to (unlabelled: not personal data), as a
#: deployment would list them in its redaction allow-list (CASEWORK_REDACTION_ALLOW_LIST).
ORGANISATION_ADDRESSES = (
    "Merrion House, 110 Merrion Centre, Leeds, LS2 8BB",
    "PO Box 1234, Bradford, BD1 1HY",
    "Post Handling Site B, Wolverhampton, WV99 1AJ",
    "Civic Centre, Silver Street, Enfield, EN1 3XA",
)


# --------------------------------------------------------------------------- templates
def t_posted_letter(L: _Letter) -> None:
    rng = L.rng
    if rng.random() < 0.35:
        L.render("{NAME}\n")
    L.render("{ADDRESS_BLOCK}")
    if rng.random() < 0.3:
        L.render(rng.choice(["\nTel: {PHONE}", "\n{PHONE}", "\nEmail: {EMAIL}"]))
    L.render("\n\n{today}\n\n")
    if rng.random() < 0.25:
        L.render(rng.choice([
            "The Housing Officer\nLeeds City Council\nMerrion House\n110 Merrion Centre\nLeeds\nLS2 8BB\n\n",
            "Benefits Service\nPO Box 1234\nBradford\nBD1 1HY\n\n",
            "Universal Credit Service Centre\nPost Handling Site B\nWolverhampton\nWV99 1AJ\n\n",
            "Council Tax Office\nCivic Centre\nSilver Street\nEnfield\nEN1 3XA\n\n",
        ]))
    r = rng.random()
    if r < 0.5:
        L.render("Dear Sir or Madam,\n\n")
    elif r < 0.75:
        L.render("Dear {staff_title} {STAFF_LAST},\n\n")
    else:
        L.render(rng.choice(["To whom it may concern,\n\n", "Dear Sir/Madam\n\n"]))
    if rng.random() < 0.4:
        L.render(rng.choice(["Re: {service} – NI number {NINO}\n\n",
                             "Ref: {caseref}\n\n", "RE: {NAME}, {service}\n\n"]))
    _body(L, _choose_kinds(L, 2, 5, exclude=("address",)))
    _sig(L)


def t_email(L: _Letter) -> None:
    rng = L.rng
    if rng.random() < 0.5:
        L.render("From: {NAME} <{EMAIL}>\nTo: {org_email}\nSubject: " + rng.choice(
            ["{service} query", "Complaint", "URGENT - {service}", "My claim", "Re: {caseref}"])
            + "\n\n")
    L.render(rng.choice(["Hello,\n\n", "Hi,\n\n", "Good morning,\n\n", "Dear team,\n\n",
                         "Hello {STAFF_FIRST},\n\n", "Hi there\n\n"]))
    _body(L, _choose_kinds(L, 1, 4), filler=(1, 2))
    closing = rng.choice(["Thanks", "Many thanks", "Kind regards", "Regards", "Best wishes",
                          "Thanks in advance", "Cheers"])
    L.render(f"\n\n{closing}" + rng.choice([",", "", ","]) + "\n")
    r = rng.random()
    if r < 0.5:
        L.render("{NAME}")
    elif r < 0.85:
        L.render("{FIRST}")
    else:
        L.render("{NAME}\n{PHONE}")
    if rng.random() < 0.3:
        L.render(rng.choice(["\nMobile: {PHONE}", "\n{PHONE}", "\nTel {PHONE}"]))
    if rng.random() < 0.15:
        L.render("\n\nSent from my iPhone")


def t_web_form(L: _Letter) -> None:
    rng = L.rng
    L.render(rng.choice(["Online enquiry form – {service}\n", "Contact us form\n",
                         "Web form submission: {service}\n"]))
    L.render("Submitted: {date} {time}\n\n")
    fields = [
        (rng.choice(["Full name", "Name", "Your name"]), "{NAME}"),
        (rng.choice(["Date of birth", "DOB", "Date of Birth"]), "{DOB}"),
        (rng.choice(["National Insurance number", "NI number", "NINO", "NI No"]), "{NINO}"),
        (rng.choice(["Address", "Your address", "Home address"]), "{STREET}, {TOWN}"),
        (rng.choice(["Postcode", "Post code"]), "{POSTCODE}"),
        (rng.choice(["Telephone", "Phone", "Contact number", "Mobile"]), "{PHONE}"),
        (rng.choice(["Email", "Email address", "E-mail"]), "{EMAIL}"),
    ]
    optional = [
        ("NHS number", "{NHS}"),
        ("Reference number (if known)", "{caseref}"),
        ("Passport number", "{PASSPORT}"),
        ("Driving licence number", "{LICENCE}"),
        ("Preferred contact method", rng.choice(["Email", "Phone", "Letter"])),
    ]
    chosen = [f for f in fields if rng.random() < 0.85] + L.pick(optional, (0, 2))
    for label, value in chosen:
        L.render(f"{label}: {value}\n")
    L.render("\n" + rng.choice(["Your enquiry:", "Message:", "Details of your request:"]) + "\n")
    L.render(rng.choice(TOPIC))
    for s in _pii_sentences(L, _choose_kinds(L, 0, 2, exclude=("address",))) + \
            L.pick(FILLER, (1, 2)):
        L.render(" " + s)


def t_complaint(L: _Letter) -> None:
    rng = L.rng
    L.render(rng.choice(["My name is {NAME} and ", "I am {NAME} and ", "Hello, my name is {NAME}. ",
                         ""]))
    L.render(rng.choice(["I live at {ADDRESS_INLINE}. ", "my address is {ADDRESS_INLINE}. ",
                         "I am a tenant at {ADDRESS_INLINE}. "]))
    L.render(rng.choice(TOPIC))
    sentences = _pii_sentences(L, _choose_kinds(L, 2, 5, exclude=("address",))) + \
        L.pick(FILLER, (2, 4))
    rng.shuffle(sentences)
    for i, s in enumerate(sentences):
        L.render(("\n\n" if i and i % 3 == 0 else " ") + s)
    if rng.random() < 0.6:
        _sig(L)


def t_on_behalf(L: _Letter) -> None:
    rng = L.rng
    L.render(rng.choice(["Dear Sir or Madam,\n\n", "To whom it may concern,\n\n", "Hello,\n\n"]))
    L.render(rng.choice([
        "I am writing on behalf of my {rel}, {rel_title} {REL_FULL}, who lives at {REL_ADDRESS_INLINE}. ",
        "I am contacting you for my {rel} {REL_FULL} of {REL_ADDRESS_INLINE}. ",
        "I look after my {rel}, {REL_FULL}, at {REL_ADDRESS_INLINE}. ",
    ]))
    L.render(rng.choice([
        "{Their} date of birth is {REL_DOB} and {their} NHS number is {REL_NHS}. ",
        "{They} was born on {REL_DOB}. ",
        "{Their} National Insurance number is {REL_NINO}. ",
        "{They} was born on {REL_DOB} and {their} NI number is {REL_NINO}. ",
        "NHS number: {REL_NHS}. ",
    ]))
    L.render(rng.choice(TOPIC))
    for s in L.pick(FILLER, (1, 3)) + _pii_sentences(
            L, _choose_kinds(L, 1, 3, exclude=("relative", "address"))):
        L.render(" " + s)
    L.render(rng.choice([
        "\n\nI have {their} permission to act for {their} and my own number is {PHONE}.",
        "\n\nPlease contact me, not {their}, on {PHONE} or {EMAIL}.",
        "\n\nMy contact details are {EMAIL} / {PHONE}.",
    ]))
    _sig(L)


def t_short_note(L: _Letter) -> None:
    rng = L.rng
    L.render(rng.choice(["Hi, ", "Hello. ", "", "Please help. "]))
    for s in _pii_sentences(L, _choose_kinds(L, 1, 3)) + L.pick(FILLER, (0, 1)):
        L.render(s + " ")
    L.render(rng.choice(["Thanks, {FIRST}", "{NAME}", "Thank you", "- {FIRST}"]))


TEMPLATES: dict[str, tuple[Callable[[_Letter], None], int]] = {
    "letter": (t_posted_letter, 28),
    "email": (t_email, 24),
    "webform": (t_web_form, 16),
    "complaint": (t_complaint, 16),
    "behalf": (t_on_behalf, 10),
    "note": (t_short_note, 6),
}


def generate_uk_pii_set(n: int, seed: int = 0) -> list[dict]:
    """``n`` synthetic UK citizen letters with labelled personal-data spans (deterministic
    for a given seed). Each row: ``{"id", "text", "spans", "synthetic": True}``."""
    fac = _Factory(seed)
    names, weights = zip(*[(k, w) for k, (_, w) in TEMPLATES.items()])
    rows = []
    for i in range(n):
        template = fac.rng.choices(names, weights)[0]
        letter = _Letter(fac, fac.person())
        TEMPLATES[template][0](letter)
        text = letter.t.text
        spans = sorted(letter.t.spans, key=lambda s: (s["start"], s["end"]))
        rows.append({"id": f"uk-synth-{seed}-{i:05d}-{template}", "text": text,
                     "spans": spans, "synthetic": True})
    return rows


if __name__ == "__main__":  # pragma: no cover - manual inspection
    import json
    import sys

    for row in generate_uk_pii_set(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(json.dumps(row, ensure_ascii=False))
