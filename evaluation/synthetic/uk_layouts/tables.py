"""The value tables of the UK layout set (names by culture, streets, towns, organisations,
fillers) and their split into a dev and a heldout half by CRC32 (see the package docstring)."""
# Value tables laid out by hand: not reformatted
# fmt: off

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

FAMILIES = ("dev", "heldout", "dev2", "heldout2")
# The value tables are split in two halves; dev2 draws on the dev half, heldout2 on the heldout.
_HALVES = ("dev", "heldout")
_TABLE_HALF = {"dev": "dev", "heldout": "heldout", "dev2": "dev", "heldout2": "heldout"}
ENTITY_TYPES = ("PERSON", "STREET_ADDRESS", "LOCATION", "UK_POSTCODE", "PHONE_NUMBER",
                "EMAIL_ADDRESS", "UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT",
                "UK_PASSPORT", "UK_DRIVING_LICENCE", "DATE_OF_BIRTH")
MISTYPE_RATE = 0.10
TRICK_RATE = 0.13  # rows picked for a trick; ~10% end up with one (some have no value it fits)
NINO_NEVER_ISSUED = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})

# --------------------------------------------------------------------------- value tables
# One culture per paragraph ("culture: names", indented lines continue it). "_" is a space inside
# a name; "/f" or "/m" limits a name to one gender, unmarked names suit any.
_FIRST_NAMES = """
english: Jean/f Margaret/f Susan/f Karen/f Emma/f Chloe/f Olivia/f Amelia/f Jade/f Paula/f
  Doreen/f Beryl/f Hayley/f Gemma/f Lauren/f Ruth/f David/m John/m Peter/m Michael/m Gary/m
  Darren/m Stephen/m Harry/m Oliver/m George/m Kevin/m Trevor/m Dean/m Callum/m Alfie/m Keith/m
  Sam Alex Charlie Jo
welsh: Siân/f Gwenllian/f Ffion/f Angharad/f Nia/f Catrin/f Bethan/f Eleri/f Rhiannon/f Megan/f
  Rhys/m Dafydd/m Iwan/m Gareth/m Huw/m Emyr/m Owain/m Gethin/m Aled/m Geraint/m
gaelic: Siobhan/f Niamh/f Aoife/f Mairi/f Kirsty/f Orla/f Róisín/f Eilidh/f Saoirse/f Ailsa/f
  Seán/m Ciarán/m Hamish/m Fergus/m Padraig/m Ruaridh/m Eoin/m Alasdair/m Declan/m Lachlan/m
south_asian: Priya/f Aisha/f Fatima/f Nusrat/f Harpreet Simran/f Anjali/f Shabana/f Rukhsana/f
  Deepa/f Mohammed/m Imran/m Rajesh/m Sandeep/m Gurpreet Arjun/m Tariq/m Abdul/m Vikram/m Zubair/m
east_european: Łukasz/m Krzysztof/m Paweł/m Tomasz/m Grzegorz/m Agnieszka/f Małgorzata/f
  Katarzyna/f Joanna/f Zofia/f Ionuț/m Andrei/m Mihai/m Florin/m Ioana/f Elena/f Andreea/f
  Mădălina/f Alexandru/m Bogdan/m
west_african: Chinedu/m Oluwaseun Adebayo/m Emeka/m Kwame/m Kofi/m Yaw/m Tunde/m Chiamaka/f
  Ngozi/f Funmilayo/f Abena/f Akosua/f Adaeze/f Folake/f Efua/f
somali_arabic: Abdirahman/m Hodan/f Faadumo/f Ayaan/f Mahad/m Hamza/m Omar/m Yusuf/m Khalid/m
  Layla/f Mariam/f Noor/f Ahmed/m Hawa/f Idris/m Samira/f
chinese: Wei Mei/f Xiaoling/f Jun/m Hui Li_Na/f Chun/m Yan/f Ming/m Jing/f Hao/m Xin/f
caribbean: Delroy/m Winston/m Desmond/m Errol/m Leroy/m Marcia/f Paulette/f Hyacinth/f
  Claudette/f Beverley/f Jermaine/m Shanice/f
continental: Pieter/m Johanna/f Sofia/f Carlos/m Inês/f Marco/m Anouk/f Thijs/m Luis/m Camille/f
"""
_SURNAMES = """
english: Smith Taylor Brown Wilson Thompson Walker Cartwright Featherstone Ramsbottom Higginbottom
  Ashworth Pennington Whitehouse Blackwood Fairclough Oakley Bellamy Stone-Hartley
  Clarke-Whitfield Cooper Baker Marsh Holloway
welsh: Llewellyn-Jones Pritchard Prosser ap_Gruffydd Bowen Bevan Lloyd Vaughan Parry-Williams
  ab_Owain Jenkins Rees Griffiths Howells Morgan Hughes
gaelic: McAllister MacLeod O'Sullivan Ní_Bhriain/f Ó_Briain/m McGregor O'Neill Fitzpatrick
  Mac_an_tSaoir MacDonald O'Brien Kavanagh Fraser Campbell Doherty McKenna Buchanan Nic_Aoidh/f
south_asian: Patel Khan Begum/f Singh Kaur/f Chowdhury Hussain Iqbal Sharma Mahmood Rahman Gill
  Sandhu Akhtar Ali Bhattacharya Mistry
east_european: Wójcik Nowak Kowalczyk Mazur Zając Dudek Krawczyk Woźniak Popescu Ionescu
  Constantinescu Dumitru Stănescu Munteanu Rădulescu
west_african: Okafor Adeyemi Mensah Boateng Asante Oyelaran Nwachukwu Owusu Adebayo-Smith Osei
  Okonkwo Ogunleye Agyemang
somali_arabic: Farah Abdi Warsame Mohamed Hassan Jama Al-Rashid El-Sayed Haddad Al_Hashimi Aden
  Abdullahi Ibrahim
chinese: Wang Zhang Chen Liu Huang Wong Leung Chan Lam Ng Cheung Lau Yip
caribbean: Samuels Bailey Reid Forbes Clarke Gayle Wright McKenzie Dacres Henry Thomas Powell
continental: van_der_Merwe de_la_Cruz van_der_Berg da_Silva de_Souza de_Vries le_Roux D'Souza
  dos_Santos van_Dijk
"""
_CULTURE_WEIGHTS = {"english": 34, "welsh": 10, "gaelic": 11, "south_asian": 12,
                    "east_european": 8, "west_african": 7, "somali_arabic": 6, "chinese": 4,
                    "caribbean": 5, "continental": 3}

# Regions: E England, W Wales, S Scotland, N Northern Ireland (NI uses the English street list).
_STREETS = {
    "E": "Acacia Road, The Paddocks, Upper Wickham Lane, Nine Mile Ride, Hanging Ditch, Kingsway, "
         "The Green, Station Road, Church Lane, Victoria Street, Mill Lane, Coronation Avenue, "
         "Orchard Close, Beech Grove, Cemetery Road, Whip-Ma-Whop-Ma-Gate, Pudding Lane, "
         "The Shambles, The Crescent, Park View, Meadow Way, Queensway, Broadway, Foxglove Drive, "
         "Long Acre, Back Lane, Butts Close, Sheep Street, Market Place, High Street, "
         "Lower Fore Street, St Mary's Walk, Water Lane, Sandy Lane, The Ridgeway, "
         "Jubilee Terrace, Cromwell Road, Chapel Row, Ladysmith Road, Ropewalk",
    "S": "Byres Road, Dumbarton Road, Paisley Road West, Great Western Road, Leith Walk, "
         "Easter Road, Duke Street, Gorgie Road, Sauchiehall Street, Pollokshaws Road, "
         "Dalkeith Road, Bruntsfield Place, Cathcart Road, Maryhill Road, Perth Road, "
         "Union Grove, Rosemount Viaduct, Wardlaw Drive",
    "W": "Heol y Frenhines, Stryd Fawr, Ffordd yr Orsaf, Lôn Glan Môr, Maes y Coed, Bryn Glas, "
         "Heol y Parc, Cilgant y Dderwen, Heol y Bont, Ffordd Caerdydd, Stryd y Farchnad, "
         "Lôn Bach, Heol Eglwys, Rhodfa'r Môr, Ffordd Penrhos, Maes Hyfryd, Stryd yr Eglwys, "
         "Pen y Bryn, Cae Mawr, Heol Tŷ Gwyn",
}
_HOUSE_NAMES = {
    "E": "Rose Cottage, The Old Forge, Hillcrest, The Laurels, Fernbank, The Old Rectory, "
         "Woodside, Orchard House, Swallows Barn, Meadowbank",
    "S": "Glenview, Craigmore, Birchbrae, Strathmore House, Tigh na Mara, Ardlui",
    "W": "Tŷ Gwyn, Bryn Awel, Ty Newydd, Pen y Bryn Farm, Hafod, Gwêl y Môr",
}
# "region|county|town|places" entries, " / "-separated; places are outward codes or District=CODE.
# London's districts are split between the families one by one (see _parse_towns).
_TOWNS = """
E|Devon|Westward Ho!|EX39 / E|Devon|Plymouth|Stonehouse=PL1;Mutley=PL4
E|Shropshire|Much Wenlock|TF13 / E|Shropshire|Church Stretton|SY6 / E|Kent|Royal Tunbridge Wells|TN1
E|Leicestershire|Ashby-de-la-Zouch|LE65 / E|Leicestershire|Market Harborough|LE16
E|Leicestershire|Loughborough|LE11 / E|Hertfordshire|Bishop's Stortford|CM23
E|Gloucestershire|Stow-on-the-Wold|GL54 / E|Gloucestershire|Wotton-under-Edge|GL12
E|North Somerset|Weston-super-Mare|BS22;BS23 / E|Staffordshire|Newcastle-under-Lyme|ST5
E|Nottinghamshire|Sutton-in-Ashfield|NG17 / E|South Gloucestershire|Chipping Sodbury|BS37
E|Wiltshire|Bradford-on-Avon|BA15 / E|Cumbria|Barrow-in-Furness|LA13;LA14
E|Cumbria|Kirkby Lonsdale|LA6 / E|Cornwall|St Ives|TR26 / E|Cornwall|Mevagissey|PL26
E|Buckinghamshire|Milton Keynes|Wolverton=MK12;Bletchley=MK2;MK9
E|Cambridgeshire|Six Mile Bottom|CB8 / E|West Yorkshire|Leeds|Headingley=LS6;Beeston=LS11;LS17
E|South Yorkshire|Sheffield|Hillsborough=S6;Crookes=S10;S2
E|Greater Manchester|Manchester|Fallowfield=M14;Didsbury=M20;Ancoats=M4
E|Greater Manchester|Ashton-under-Lyne|OL6;OL7 / E|Norfolk|Norwich|NR1;NR3
E|West Midlands|Birmingham|Sparkbrook=B12;Erdington=B23;Kings Norton=B30
E||Bristol|Bedminster=BS3;Easton=BS5;Horfield=BS7 / E|Norfolk|Great Snoring|NR21
E|East Riding of Yorkshire|Bridlington|YO15;YO16 / E|Tyne and Wear|Gateshead|Felling=NE10;NE8
E|Lancashire|Ramsbottom|BL0 / E|Bedfordshire|Leighton Buzzard|LU7 / E|Essex|Saffron Walden|CB10
E|Essex|Clacton-on-Sea|CO15 / E|Suffolk|Bury St Edmunds|IP32;IP33 / E|Herefordshire|Ross-on-Wye|HR9
E|Northumberland|Berwick-upon-Tweed|TD15 / E|Berkshire|Slough|SL1;SL2 / E|West Sussex|Crawley|RH10
E||London|Marylebone=W1U;Soho=W1D;Wapping=E1W;King's Cross=N1C;Westminster=SW1A;Clerkenwell=EC1R
E||London|Holborn=WC1V;Peckham=SE15;Brixton=SW2;Tottenham=N17;Walthamstow=E17;Ealing=W5
S||Glasgow|Partick=G11;Govanhill=G42;Dennistoun=G31;Maryhill=G20
S||Edinburgh|Leith=EH6;Gorgie=EH11;Morningside=EH10 / S||Dundee|Lochee=DD2;DD4
S||Aberdeen|Torry=AB11;AB24 / S|Renfrewshire|Paisley|PA1;PA3 / S|Fife|Kirkcaldy|KY1;KY2
S|Fife|Auchtermuchty|KY14 / S|Highland|Inverness|IV2;IV3 / S|Highland|Fort William|PH33
S|Dumfries and Galloway|Ecclefechan|DG11 / S|Isle of Lewis|Stornoway|HS1
S|North Lanarkshire|Motherwell|ML1 / S|Shetland|Lerwick|ZE1
W||Cardiff|Splott=CF24;Grangetown=CF11;Canton=CF5 / W||Swansea|Sketty=SA2;Townhill=SA1
W|Gwynedd|Blaenau Ffestiniog|LL41 / W|Gwynedd|Caernarfon|LL55 / W|Gwynedd|Y Felinheli|LL56
W|Gwynedd|Porthmadog|LL49 / W|Ynys Môn|Llanfairpwllgwyngyll|LL61 / W|Ynys Môn|Holyhead|LL65
W|Ceredigion|Aberystwyth|SY23 / W|Powys|Machynlleth|SY20 / W|Powys|Llandrindod Wells|LD1
W|Powys|Ystradgynlais|SA9 / W|Conwy|Betws-y-Coed|LL24 / W|Conwy|Llandudno|LL30
W||Merthyr Tydfil|CF47;CF48 / W|Rhondda Cynon Taf|Pontypridd|CF37 / W||Wrexham|LL11;LL13
W||Newport|Maindee=NP19;NP20 / W|Pembrokeshire|Tenby|SA70
N||Belfast|Ormeau=BT7;Andersonstown=BT11;Ballyhackamore=BT4 / N|County Down|Newry|BT34;BT35
N|County Fermanagh|Enniskillen|BT74 / N|County Londonderry|Derry|BT47;BT48
N|County Tyrone|Omagh|BT78;BT79 / N|County Antrim|Ballymena|BT42;BT43 / N|County Armagh|Lurgan|BT66
"""
_REGION_WEIGHTS = {"E": 55, "W": 20, "S": 15, "N": 10}
# Organisations (invented helplines): name | team | address lines (;) | helpline | mailbox.
# Everything but the name and team is labelled ORGANIZATION.
_ORGS = """
Shropshire Council|Council Tax Team|PO Box 48;Shrewsbury;SY1 9XB|0300 456 2210|ct@shropshire.gov.uk
Leeds City Council|Housing Benefit Team|PO Box 5;Leeds;LS1 9UR|0300 555 0143|hb@leeds.gov.uk
DWP|Pension Service|Mail Handling Site A;Wolverhampton;WV98 2AB|0800 555 0172|pensions@dwp.gov.uk
HMRC|Income Tax Team|Pay As You Earn;BX9 1AS|0300 555 0188|enquiries@hmrc.gov.uk
Cyngor Gwynedd|Tîm Treth y Cyngor|Stryd y Jêl;Caernarfon;LL55 1SH|0300 555 0101|treth@gwynedd.cymru
Glasgow City Council|Housing Benefit Team|PO Box 36;Glasgow;G1 9JX|0800 555 0123|hb@glasgow.gov.uk
NHSBSA|Help with Health Costs|Bridge House;Newcastle upon Tyne;NE1 6SN|0300 555 0199|hwhc@nhs.net
DVLA|Drivers Customer Services|Swansea;SA99 1AB|0300 555 0160|drivers@dvla.gov.uk
Bristol City Council|Blue Badge Team|PO Box 3399;Bristol;BS1 9NE|0300 555 0111|badges@bristol.gov.uk
Belfast City Council|Rates Team|Cecil Ward House;Belfast;BT2 8BP|0800 555 0150|rates@belfast.gov.uk
Child Maintenance Service|CMS|PO Box 249;Mitcheldean;GL14 9AJ|0800 555 0130|cms@dwp.gov.uk
Cardiff Council|Housing Team|County Hall;Cardiff;CF10 4UW|0300 555 0177|housing@cardiff.gov.uk
Norfolk County Council|Social Care Team|County Hall;Norwich;NR1 2DH|0300 555 0144|asc@norfolk.gov.uk
Jobcentre Plus|Universal Credit Team|Site B;Wolverhampton;WV99 1AJ|0800 555 0166|uc@dwp.gov.uk
"""
_TEAM_SALUTATIONS = {
    "dev": ["Council Tax Team", "Housing Benefit Team", "DWP", "HMRC", "Sir or Madam",
            "Revenues Team", "NHS", "Benefits Team"],
    "heldout": ["Housing Team", "Blue Badge Team", "Pension Service", "Adult Social Care Team",
                "Council", "NHS England", "Universal Credit Team", "Sir/Madam"],
    "dev2": ["Repairs Team", "Admissions Team", "Customer Services", "Revenues and Benefits",
             "Tenancy Team", "Sir or Madam", "Benefits Team", "Council Tax Team"],
    "heldout2": ["Officer", "Housing Options Team", "Overpayments Team", "Customer Service Team",
                 "Benefits Department", "Sir / Madam", "Council Tax Section", "Revenues Section"],
}
_EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
                  "icloud.com", "live.co.uk", "sky.com", "aol.com", "virginmedia.com",
                  "talktalk.net", "googlemail.com"]
# Ofcom's drama ranges, each completed with three random digits.
_LANDLINES = ["01632 960", "020 7946 0", "(0113) 496 0", "0113 496 0", "0161 496 0",
              "0131 496 0", "029 2018 0", "0141 496 0", "0121 496 0", "028 9649 6"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                 "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
# Unlabelled distractors, one a line: benefit names, money, references, placeholders, dates.
_FILLERS = """
My claim number is {ref}.
Your reference: {ref}.
I was told on {date} that it would be sorted within 10 working days.
I have been paying £{money} a month since {month}.
I receive Pension Credit and Attendance Allowance.
I was awarded Universal Credit on {date} but the housing element has not been paid.
My Blue Badge expires on {date}.
I applied for a Discretionary Housing Payment last {month}.
Can you confirm whether I qualify for the Warm Home Discount or the Winter Fuel Payment?
I claim Carer's Allowance as I look after him full time.
The invoice number is {ref} and the amount is £{money}.
I applied for Bereavement Support Payment after the funeral on {date}.
My Council Tax Reduction stopped in {month} without any explanation.
Child Benefit for both children is paid into the same account.
I have an Access to Work assessment booked for {date}.
In your last letter you called me <PERSON_1>, which I assume is a mistake.
The form said to write [NAME] and [ADDRESS] in the boxes but there was no room.
Please quote reference {ref} on all correspondence, the letter said.
Citizens Advice told me to write to you before {date}.
The bill of £{money} dated {date} is wrong.
Your letter addressed to <ADDRESS_1> arrived on {date}.
""".strip().splitlines()


# --------------------------------------------------------------------------- family split
def _crc(value: str) -> int:
    return zlib.crc32(value.encode("utf-8"))


def _halves(values: Sequence[str]) -> dict[str, list[str]]:
    """Split a table in two by a stable hash: sorted by CRC32, alternate items per family."""
    ordered = sorted(dict.fromkeys(values), key=_crc)
    return {"dev": ordered[0::2], "heldout": ordered[1::2]}


def _csv(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _paragraphs(text: str) -> dict[str, list[tuple[str, str]]]:
    """The name tables: culture -> [(name, gender f/m/x)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in text.strip().splitlines():
        if not line.startswith(" "):
            culture, _, line = line.partition(":")
        for item in line.split():
            name, _, gender = item.replace("_", " ").partition("/")
            out.setdefault(culture, []).append((name, gender or "x"))
    return out


class _Town(NamedTuple):
    region: str
    county: str | None
    town: str
    places: tuple[tuple[str | None, str], ...]  # (district or None, outward code)


def _parse_towns() -> list[_Town]:
    towns = []
    for entry in filter(str.strip, _TOWNS.replace("\n", " / ").split(" / ")):
        region, county, town, items = entry.strip().split("|")
        places = [(d, o) if o else (None, d) for d, _, o in
                  (item.partition("=") for item in items.split(";"))]
        # each London district is its own entry so the families share only the word "London"
        for group in ([[p] for p in places] if town == "London" else [places]):
            towns.append(_Town(region, county or None, town, tuple(group)))
    return towns


@dataclass
class _Tables:
    first: dict[str, list[tuple[str, str]]]      # culture -> [(name, gender f/m/x)]
    surnames: dict[str, list[tuple[str, str]]]
    streets: dict[str, list[str]]                # region -> street names
    house_names: dict[str, list[str]]
    towns: dict[str, list[_Town]]
    orgs: list[list[str]]


@cache
def _tables(family: str) -> _Tables:   # family: one of _HALVES
    first, surnames = {}, {}
    for table, source in ((first, _FIRST_NAMES), (surnames, _SURNAMES)):
        for culture, names in _paragraphs(source).items():
            half = set(_halves([name for name, _ in names])[family])
            table[culture] = [(name, g) for name, g in names if name in half]
    # Towns split by county (London by district), so no town or county is in both families;
    # each group goes to the family with fewer towns so far, keeping every region balanced.
    towns: dict[str, list[_Town]] = {}
    for region in _REGION_WEIGHTS:
        groups: dict[str, list[_Town]] = {}
        for t in (t for t in _parse_towns() if t.region == region):
            key = t.county or (t.places[0][0] if t.town == "London" else t.town) or t.town
            groups.setdefault(key, []).append(t)
        split: dict[str, list[_Town]] = {f: [] for f in _HALVES}
        for key in sorted(groups, key=_crc):
            split[min(_HALVES, key=lambda f: len(split[f]))].extend(groups[key])
        towns[region] = split[family]
    orgs = [line.split("|") for line in _ORGS.strip().splitlines()]
    mine = set(_halves([o[0] for o in orgs])[family])
    return _Tables(first, surnames, {r: _halves(_csv(s))[family] for r, s in _STREETS.items()},
                   {r: _halves(_csv(s))[family] for r, s in _HOUSE_NAMES.items()},
                   towns, [o for o in orgs if o[0] in mine])
