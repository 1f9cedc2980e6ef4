# ~2,170 lines (over the ~1,300 aim): 53 layouts and the value tables they split share one module.
"""An independent SYNTHETIC evaluation set for the redaction stage: hand-written UK letter layouts.

Every row is INVENTED data - report any result on it as "synthetic". It exists because the usual
redaction test set comes from the generator the recognisers were tuned on; this one was written
separately (own value tables, own layouts, no shared code) to score the redactor on shapes that
citizens actually use when they write to councils, DWP, HMRC, the NHS and the DVLA.

``generate_uk_layout_set(n, seed, family)`` returns rows ``{"id":
"uklayout-<family>-<seed>-<i:05d>-<layout>", "text", "spans": [{"type", "start", "end"}],
"synthetic": True, "family", "layout"}``. Row i depends only on (family, seed, i); layouts are
used in turn, so each gets about n/13 rows (n/12 in dev2, n/15 in heldout2).

Families - disjoint layouts. dev and heldout also use disjoint halves of the first-name, surname,
street, house-name, town/county and organisation tables (towns are split by county, so the only
shared place name is "London", whose districts are split one by one); dev2 is a second
development family: its own 12 layouts, written later, on the dev half of the tables. heldout2
was written AFTER the redactor had been tuned on dev, dev2 and (by looking) heldout: its 15
layouts, on the heldout half of the tables, are for REPORTING ONLY - nobody has tuned on them,
and tuning on them would spend the only untouched family:

* ``dev``: posted_letter_top_right, team_salutation_move, web_form_dump, pipe_table_household,
  on_behalf_of_relative, self_intro_dob, email_quoted_reply, ocr_letter, welsh_letter,
  sms_lowercase, complaint_narrative, bank_details_change, id_documents_change.
* ``heldout``: letterhead_recipient_block, signature_block_letter, paper_form_caps,
  tab_table_payees, bullet_household, carer_for_parent, paren_dob_intro, forwarded_email_chain,
  ocr_scanned_form, bilingual_letter, scottish_tenement_repairs, webchat_transcript,
  moving_home_notice.
* ``dev2``: contact_centre_call_note, solicitor_client_letter, residents_repair_request,
  school_children_letter, pdf_form_values_below, capitals_complaint, lowercase_signoff_note,
  postscript_neighbour, email_html_signature, quoting_council_letter, non_native_english,
  family_id_numbers. Its phone numbers come in more styles ("+44 (0)...", "(+44) ...",
  "0044 ...", split by slashes or dots).
* ``heldout2``: letting_agent_tenant, hospital_letter_forwarded, funeral_director_letter,
  social_worker_referral, prisoner_letter, mp_constituent_casework, parking_appeal,
  employer_confirmation, student_exemption_email, debt_advice_statement, phone_chat_export,
  voicemail_transcription, appeal_form_tickboxes, quoted_email_thread, contact_form_typos.
  Mostly third parties writing (agents, hospitals, funeral directors, social workers, prisoners,
  MPs' offices, employers, advice agencies) or chats, transcripts and forms pasted in. Its own
  conventions: initials standing for a name ("Initials: J.S.") are PERSON; a callback number
  transcribed one digit at a time is a PHONE_NUMBER; a voicemail caller repeating the last three
  digits in words is unlabelled, and no number is written wholly in words; prison numbers,
  payroll numbers, vehicle registrations, PCN and Blue Badge serials, student IDs and hospital
  numbers are unlabelled distractors; a prison's address, like any third party's, is
  ORGANIZATION.

Labelling conventions:

* PERSON never includes a title ("Mrs Jean O'Neill" -> "Jean O'Neill"); a surname alone
  ("Mrs O'Neill"), a first name alone ("my son Tom") and "J. Smith" are PERSON spans.
* Addresses are split: STREET_ADDRESS = flat/unit + house name/number + street (one span, even
  over several lines); each district, town and county is its own LOCATION; then UK_POSTCODE.
  A flat or house number written alone for a named neighbour ("Flat 6", "number 12") is a
  STREET_ADDRESS span.
* DATE_OF_BIRTH only for dates of birth; letter dates, deadlines, appointments stay unlabelled.
* Phones, emails and identifiers are labelled as written, internal spaces and hyphens included;
  a switchboard extension ("ext. 204") stays outside the phone span.
* ORGANIZATION marks the organisation's OWN address lines, helpline and mailbox (not personal
  data: ignored for recall), also when a citizen quotes them or a law firm's (or another third
  party's) letterhead gives them. Organisation names themselves are unlabelled.
* ~10% of labelled NI numbers, NHS numbers and sort codes are MISTYPED by the citizen (never-issued
  NINO prefix or bad suffix, wrong NHS check digit, sort code written like a date). They keep their
  type, and their span carries one extra key, ``"mistyped": True``.
* ~10% of rows hide one Unicode trick inside a labelled value (zero-width space or soft hyphen in
  a NINO or phone, full-width digits, no-break space in a postcode or between names, narrow
  no-break space in a sort code); the span covers the whole value as written.
* Unlabelled distractors: dates, money, 8-10 digit references, benefit names (Pension Credit,
  Blue Badge, ...), organisation names, citizen-written placeholders such as "<PERSON_1>".
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
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


# --------------------------------------------------------------------------- values
@dataclass
class Person:
    first: str
    last: str
    gender: str          # f / m
    title: str
    dob: date
    culture: str
    middle_initial: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Address:
    street_lines: list[str]   # ["Flat 3", "12 Acacia Road"] -> ONE STREET_ADDRESS span
    district: str | None      # district, town and county as written: one LOCATION span each
    town: str
    county: str | None
    postcode: str

    @property
    def locations(self) -> list[str]:
        return [loc for loc in (self.district, self.town, self.county) if loc]

    def street(self, sep: str = ", ") -> str:
        return sep.join(self.street_lines)


class Org(NamedTuple):
    name: str
    team: str
    lines: list[str]
    helpline: str
    mailbox: str


def _ascii(text: str) -> str:
    """Letters folded to ASCII for emails and licence numbers (Ł does not decompose in NFKD)."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(rng: random.Random, d: date, welsh: bool = False) -> str:
    """A date as people write it - the same styles for DOBs and distractors, so style is no cue."""
    if welsh:
        return rng.choice([f"{d.day} {_WELSH_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}"])
    month = _MONTHS[d.month - 1]
    return rng.choice([
        f"{d:%d/%m/%Y}", f"{d:%d.%m.%y}", f"{d.day} {month} {d.year}",
        f"{_ordinal(d.day)} {month} {d.year}", f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}",
        f"{month} {d.day}, {d.year}", f"{d.day} {month[:3]} {d.year}",
        f"{d.day}/{d.month}/{d.year}"])


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


class Values:
    """Value generators for one row, drawing on one family's half of the tables."""

    def __init__(self, rng: random.Random, family: str) -> None:
        self.rng, self.family, self.t = rng, family, _tables(_TABLE_HALF[family])

    def person(self, culture: str | None = None, gender: str | None = None,
               surname: str | None = None, child: bool = False) -> Person:
        rng, weights = self.rng, _CULTURE_WEIGHTS
        culture = culture or rng.choices(list(weights), list(weights.values()))[0]
        pool = [f for f in self.t.first[culture] if gender is None or f[1] in (gender, "x")]
        first, g = rng.choice(pool)
        g = gender or (g if g != "x" else rng.choice("fm"))
        if surname is None:   # mostly the same culture; mixed families and marriages otherwise
            other = culture if rng.random() < 0.8 else rng.choice(list(self.t.surnames))
            surname = rng.choice([s for s, sg in self.t.surnames[other] if sg in ("x", g)])
        titles = (["Mrs", "Ms", "Miss"] * 2 if g == "f" else ["Mr"] * 5) + ["Dr", "Mx", "Cllr"]
        title = ("Miss" if g == "f" else "Master") if child else rng.choice(titles)
        dob = (date(2006, 1, 1) + timedelta(rng.randrange(6000)) if child
               else date(1932, 1, 1) + timedelta(rng.randrange(26000)))
        middle = rng.choice("ACEJLMRS") if rng.random() < 0.4 else None
        return Person(first, surname, g, title, dob, culture, middle)

    def relatives(self, lead: Person, k: int, child_share: float) -> list[Person]:
        """Up to k people with the lead's surname and culture, no two with one first name."""
        people = [lead]
        for _ in range(10 * k):
            if len(people) > k:
                break
            p = self.person(lead.culture, surname=lead.last, child=self.rng.random() < child_share)
            if p.first not in {q.first for q in people}:
                people.append(p)
        return people[1:]

    def address(self, region: str | None = None, casual: bool = False) -> Address:
        rng = self.rng
        region = region or rng.choices(list(_REGION_WEIGHTS), list(_REGION_WEIGHTS.values()))[0]
        town = rng.choice(self.t.towns[region])
        district, outward = rng.choice(town.places)
        table = "E" if region == "N" else region   # NI streets come from the English list
        street, number = rng.choice(self.t.streets[table]), f"{rng.randint(1, 240)}"
        number += "A" if rng.random() < 0.06 else ""
        kind = rng.random()
        if region == "S" and kind < 0.45:   # tenements: floor/door ("2/1") or Edinburgh "14/3"
            lines = rng.choice([[f"{rng.randint(0, 4)}/{rng.randint(1, 3)}, {number} {street}"],
                                [f"Flat {rng.randint(0, 3)}/{rng.randint(1, 2)}",
                                 f"{number} {street}"],
                                [f"{number}/{rng.randint(1, 9)} {street}"]])
        elif kind < 0.22:
            unit = rng.choice(["Flat", "Flat", "Apartment", "Unit", "Room"])
            unit = (rng.choice(["Basement Flat", "Top Floor Flat"]) if kind < 0.03
                    else f"{unit} {rng.randint(1, 40)}{rng.choice(['', '', 'B'])}")
            lines = [unit, f"{number} {street}"]
        elif kind < 0.34:   # house names, with or without the street
            house = rng.choice(self.t.house_names[table])
            lines = [house] if rng.random() < 0.35 else [f"{house}, {street}"]
        else:
            lines = [f"{number} {street}"]
        return Address(lines, district if rng.random() < 0.75 else None, town.town,
                       town.county if rng.random() < 0.35 else None,
                       self.postcode(outward, casual))

    def postcode(self, outward: str, casual: bool = False) -> str:
        # inward letters never use C I K M O V
        letters = "".join(self.rng.choices("ABDEFGHJLNPQRSTUWXYZ", k=2))
        code = f"{outward} {self.rng.randint(0, 9)}{letters}"
        if casual and self.rng.random() < 0.6:   # typed in a hurry: no space and/or lower case
            return self.rng.choice([code.replace(" ", ""), code.lower(),
                                    code.replace(" ", "").lower()])
        return code

    def phone(self, mobile: bool | None = None) -> str:
        rng, tail = self.rng, _digits(self.rng, 3)
        if mobile if mobile is not None else rng.random() < 0.6:
            return rng.choice([f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}",
                               f"+44 (0)7700 900{tail}", f"07700 900 {tail}", f"07700-900-{tail}"])
        return rng.choice(_LANDLINES) + tail

    def phone_styled(self, mobile: bool | None = None) -> str:
        """dev2: a drama-range number written any way people write one - "+44 (0)...",
        "(+44) ...", "0044 ...", split by slashes or dots, area code in brackets or run on."""
        rng, tail = self.rng, _digits(self.rng, 3)
        if mobile if mobile is not None else rng.random() < 0.55:
            groups = rng.choice([["07700", "900", tail], ["07700", "900" + tail]])
        else:
            *head, last = rng.choice(_LANDLINES).lstrip("(").replace(")", "").split()
            groups = [*head, last + tail]
        trunk, rest = groups[0][1:], " ".join(groups[1:])
        return rng.choice([
            " ".join(groups), "".join(groups), "-".join(groups), "/".join(groups),
            ".".join(groups), f"{groups[0]} / {''.join(groups[1:])}",
            f"({groups[0]}) {rest}" if groups[0] != "07700" else f"07700 {rest}",
            f"+44 {trunk} {rest}", f"+44 (0){trunk} {rest}", f"+44 (0) {trunk} {rest}",
            f"(+44) {trunk} {rest}", f"0044 {trunk} {rest}", f"+44{trunk}{''.join(groups[1:])}"])

    def email(self, p: Person) -> str:
        f, s, yy = _ascii(p.first).lower(), _ascii(p.last).lower(), p.dob.year % 100
        local = self.rng.choice([f"{f}.{s}", f"{f}{s}{yy:02d}", f"{f[0]}{s}", f"{f}_{s}",
                                 f"{s}{f[0]}{self.rng.randint(1, 99)}", f"{f}.{s}{p.dob.year}"])
        return f"{local}@{self.rng.choice(_EMAIL_DOMAINS)}"

    # identifiers a citizen may mistype return (text, mistyped)
    def _mistyped(self, may: bool) -> bool:
        return may and self.rng.random() < MISTYPE_RATE

    def nino(self, may_mistype: bool = True) -> tuple[str, bool]:
        rng, bad = self.rng, self._mistyped(may_mistype)
        prefix = "ZZ"
        while prefix in NINO_NEVER_ISSUED:   # HMRC: no D F I Q U V first, nor D F I O Q U V second
            prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        suffix = rng.choice("ABCD")
        if bad and rng.random() < 0.5:
            prefix = rng.choice(sorted(NINO_NEVER_ISSUED) + ["DA", "FE", "QQ", "TO"])
        elif bad:
            suffix = rng.choice("EFGMXZ")
        d = _digits(rng, 6)
        text = rng.choice([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}",
                           f"{prefix} {d} {suffix}", f"{prefix}{d}{suffix}"])
        return (text.lower() if rng.random() < 0.08 else text), bad

    def nhs(self, may_mistype: bool = True) -> tuple[str, bool]:
        rng, bad = self.rng, self._mistyped(may_mistype)
        check = 10
        while check == 10:   # modulus 11: a remainder giving 10 is never issued
            body = [rng.choice([4, 6, 7])] + [rng.randint(0, 9) for _ in range(8)]
            check = (11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11) % 11
        if bad:
            check = (check + rng.randint(1, 9)) % 10 if check else rng.randint(1, 9)
        s = "".join(map(str, body)) + str(check)
        return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"]), bad

    def sort_code(self, may_mistype: bool = True) -> tuple[str, bool]:
        rng = self.rng
        if self._mistyped(may_mistype):   # written like a date: 14/03/22, 14.03.22
            sep = rng.choice("/.")
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            return f"{day:02d}{sep}{month:02d}{sep}{_digits(rng, 2)}", True
        bank = rng.choice(["20", "30", "40", "60", "77", "83", "09", "07", "11", "23", "04"])
        return rng.choice(["-", "-", " ", ""]).join([bank, _digits(rng, 2), _digits(rng, 2)]), False

    def account(self) -> str:
        s = _digits(self.rng, 8)
        return s if self.rng.random() < 0.8 else f"{s[:4]} {s[4:]}"

    def passport(self) -> str:
        return str(self.rng.randint(100_000_000, 999_999_999))

    def licence(self, p: Person) -> str:
        """DVLA: surname (5, padded with 9), decade, month (+50 for women), day, year digit,
        two initials (padded with 9), 9, two check letters."""
        sur = _ascii(p.last).upper()
        sur = "MC" + sur[3:] if sur.startswith("MAC") else sur
        y, month = f"{p.dob.year % 100:02d}", p.dob.month + (50 if p.gender == "f" else 0)
        checks = "".join(self.rng.choices("ABCDEFGHJKLMNPRSTUWXYZ", k=2))
        text = (f"{(sur + '99999')[:5]}{y[0]}{month:02d}{p.dob.day:02d}{y[1]}"
                f"{_ascii(p.first)[0].upper()}{p.middle_initial or '9'}9{checks}")
        return text if self.rng.random() < 0.8 else f"{text[:5]} {text[5:11]} {text[11:]}"

    # distractors and organisations
    def ref(self) -> str:
        k = self.rng.choice([8, 9, 10])
        return str(self.rng.randint(10 ** (k - 1), 10 ** k - 1))

    def other_date(self) -> str:
        return fmt_date(self.rng, date(2023, 1, 1) + timedelta(self.rng.randrange(900)))

    def filler(self, k: int = 1) -> str:
        rng = self.rng
        return " ".join(rng.choice(_FILLERS).format(
            ref=self.ref(), date=self.other_date(), month=rng.choice(_MONTHS),
            money=f"{rng.randint(5, 2400)}.{rng.randint(0, 99):02d}") for _ in range(k))

    def org(self) -> Org:
        name, team, lines, helpline, mailbox = self.rng.choice(self.t.orgs)
        return Org(name, team, lines.split(";"), helpline, mailbox)

    def team(self) -> str:
        return self.rng.choice(_TEAM_SALUTATIONS[self.family])


# --------------------------------------------------------------------------- document builder
def unicode_trick(rng: random.Random, kind: str, value: str) -> str:
    """The value with one Unicode trick inside it, or unchanged if no trick fits it."""
    if kind == "PERSON" and " " in value:
        return value.replace(" ", "\u00a0", 1)                  # no-break space between names
    if kind == "UK_POSTCODE" and " " in value:
        return value.replace(" ", "\u00a0")
    if kind == "UK_SORT_CODE" and len(value) == 8 and value[2] in "- ":
        return "\u202f".join(value.split(value[2]))             # narrow no-break spaces
    if kind in ("UK_NINO", "PHONE_NUMBER"):
        how = rng.choice(["\u200b", "\u00ad", "fullwidth"])     # zero-width space, soft hyphen
        if how == "fullwidth":
            return "".join(chr(0xFF10 + int(c)) if c.isascii() and c.isdigit() else c
                           for c in value)
        k = rng.randint(1, len(value) - 1)   # never at an edge, so the span stays stripped
        return value[:k] + how + value[k:]
    return value


@dataclass
class Doc:
    """Text built by appending; each span is recorded as its value is appended."""

    rng: random.Random
    trick_pending: bool = False
    lower: bool = False   # text-message style: everything in lower case
    upper: bool = False   # written with caps lock on: everything in capitals
    wrap: int = 0         # OCR style: hard line break at the first space past this column
    noise: bool = False   # OCR style: character confusions, in unlabelled text only
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    length: int = 0
    column: int = 0

    def _write(self, text: str, is_value: bool = False) -> None:
        if self.lower:
            text = text.lower()
        if self.upper:
            text = text.upper()
        if self.noise and not is_value:
            confusions = {"l": "|", "m": "rn", "o": "0", "e": "c"}
            text = "".join(confusions[c] if c in confusions and self.rng.random() < 0.04 else c
                           for c in text)
        if self.wrap:   # replacing a space by a newline keeps a value stripped and in place
            chars = list(text)
            for i, c in enumerate(chars):
                if c == " " and self.column >= self.wrap:
                    chars[i] = "\n"
                self.column = 0 if chars[i] == "\n" else self.column + 1
            text = "".join(chars)
        self.parts.append(text)
        self.length += len(text)

    def add(self, *texts: str) -> Doc:
        for text in texts:
            self._write(text)
        return self

    def ent(self, kind: str, value: str, mistyped: bool = False) -> Doc:
        value = value.lower() if self.lower else value.upper() if self.upper else value
        if self.trick_pending and self.rng.random() < 0.5:
            tricked = unicode_trick(self.rng, kind, value)
            self.trick_pending, value = tricked == value, tricked
        assert value and value == value.strip(), (kind, value)
        start = self.length
        self._write(value, is_value=True)
        self.spans.append({"type": kind, "start": start, "end": self.length}
                          | ({"mistyped": True} if mistyped else {}))
        return self

    def ident(self, kind: str, value: tuple[str, bool]) -> Doc:
        return self.ent(kind, *value)

    def name(self, p: Person, style: str = "full") -> Doc:
        if style.startswith("title_"):   # the title is written but never part of the span
            self.add(p.title + " ")
        return self.ent("PERSON", {
            "full": p.full, "title_full": p.full, "first": p.first, "title_surname": p.last,
            "title_initial": f"{p.first[0]}. {p.last}", "initial": f"{p.first[0]} {p.last}",
            "surname_first": f"{p.last}, {p.first}"}[style])

    def dob(self, p: Person, welsh: bool = False) -> Doc:
        return self.ent("DATE_OF_BIRTH", fmt_date(self.rng, p.dob, welsh))

    def address_lines(self, a: Address, indent: str = "", joined: bool | None = None) -> Doc:
        """One line per part; town and postcode often share a line ("Leeds LS6 2AB")."""
        joined = self.rng.random() < 0.3 if joined is None else joined
        self.add(indent).ent("STREET_ADDRESS", a.street("\n" + indent))
        for loc in a.locations:
            self.add("\n" + indent).ent("LOCATION", loc)
        return self.add(" " if joined else "\n" + indent).ent("UK_POSTCODE", a.postcode).add("\n")

    def address_inline(self, a: Address, postcode: bool = True) -> Doc:
        self.ent("STREET_ADDRESS", a.street(", "))
        for loc in a.locations:
            self.add(", ").ent("LOCATION", loc)
        if postcode:
            self.add(self.rng.choice([", ", " ", ". "])).ent("UK_POSTCODE", a.postcode)
        return self

    def org_block(self, o: Org, helpline: bool = True) -> Doc:
        self.add(o.name + "\n")
        for line in o.lines:
            self.ent("ORGANIZATION", line).add("\n")
        return self.add("Tel: ").ent("ORGANIZATION", o.helpline).add("\n") if helpline else self

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------- layouts
# Each layout writes one letter into `doc`. Person/address choices stay inside the layout so a
# reader can see the real-world shape it imitates.
# ---- dev family
def posted_letter_top_right(doc: Doc, v: Values) -> None:
    p, home, org, pad = v.person(), v.address(), v.org(), " " * v.rng.choice([36, 44, 52])
    doc.add(pad).name(p).add("\n").address_lines(home, indent=pad, joined=False)
    doc.add(pad + "Tel: ").ent("PHONE_NUMBER", v.phone()).add(f"\n\n{pad}{v.other_date()}\n\n")
    doc.org_block(org, helpline=v.rng.random() < 0.5).add(f"\nDear {org.team},\n\n")
    doc.add(f"Re: account {v.ref()}\n\nI am writing about my bill. My National Insurance "
            "number is ")
    doc.ident("UK_NINO", v.nino()).add(f". {v.filler(2)}\n\nYours faithfully,\n\n\n")
    doc.name(p, v.rng.choice(["full", "title_initial"])).add("\n")


def team_salutation_move(doc: Doc, v: Values) -> None:
    """The salutation names a team directly above the personal data."""
    p = v.person()
    doc.add(f"Dear {v.team()},\n" + v.rng.choice(["", "\n"]) + "I moved out of ")
    doc.address_inline(v.address()).add(f" on {v.other_date()} and my new address is ")
    doc.address_inline(v.address()).add(f". {v.filler()}\nPlease send the final bill there. ")
    doc.add("My email is ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nKind regards\n").name(p)


def web_form_dump(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address(casual=True)
    doc.add(f"--- Online form submission ---\nForm: Report a change\nSubmitted: {v.other_date()} "
            f"{v.rng.randint(7, 22):02d}:{v.rng.randint(0, 59):02d}\n\nFull name: ")
    doc.ent("PERSON", p.full.lower() if v.rng.random() < 0.3 else p.full)  # typed in lower case
    doc.add("\nDate of birth: ").dob(p).add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add("\nAddress line 1: ").ent("STREET_ADDRESS", a.street(", ")).add("\nAddress line 2: ")
    if a.district:
        doc.ent("LOCATION", a.district)
    doc.add("\nTown/City: ").ent("LOCATION", a.town)
    doc.add("\nPostcode: ").ent("UK_POSTCODE", a.postcode)
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p))
    if v.rng.random() < 0.6:
        doc.add("\nSort code: ").ident("UK_SORT_CODE", v.sort_code())
        doc.add("\nAccount number: ").ent("UK_BANK_ACCOUNT", v.account())
    if v.rng.random() < 0.4:
        doc.add("\nPassport number: ").ent("UK_PASSPORT", v.passport())
    if v.rng.random() < 0.4:
        doc.add("\nDriving licence number: ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(f"\nWhat has changed?: {v.filler()}\nConsent to contact: Yes\n")


def pipe_table_household(doc: Doc, v: Values) -> None:
    lead = v.person()
    doc.add("Hi,\n\nAs requested, here is everyone living at the address:\n\n"
            "Name | DOB | NHS number\n--- | --- | ---\n")
    for member in [lead] + v.relatives(lead, v.rng.randint(1, 4), child_share=0.7):
        doc.name(member).add(" | ").dob(member).add(" | ").ident("UK_NHS", v.nhs()).add("\n")
    doc.add(f"\n{v.filler()}\n\nThanks,\n").name(lead, "first").add("\n")


def on_behalf_of_relative(doc: Doc, v: Values) -> None:
    writer, rel = v.person(), v.person(gender=v.rng.choice("fm"))
    kin = v.rng.choice({"f": ["mother", "grandmother", "aunt"],
                        "m": ["father", "grandfather", "uncle"]}[rel.gender])
    their = "her" if rel.gender == "f" else "his"
    doc.add(f"Dear {v.team()},\n\nI am writing on behalf of my {kin}, ").name(rel, "title_full")
    doc.add(", born ").dob(rel).add(", of ").address_inline(v.address())
    doc.add(f". {their.title()} NHS number is ").ident("UK_NHS", v.nhs()).add(f". {v.filler(2)} ")
    doc.add(f"I hold Lasting Power of Attorney for {their} affairs, so please speak to me, not ")
    doc.name(rel, "title_surname").add(", on ").ent("PHONE_NUMBER", v.phone()).add(" or ")
    doc.ent("EMAIL_ADDRESS", v.email(writer)).add(".\n\nYours sincerely\n").name(writer).add("\n")


def self_intro_dob(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address()
    doc.add(f"Dear {v.team()},\n\n")
    if v.rng.random() < 0.5:
        doc.add("I am ").name(p).add(", ").dob(p).add(", and I am writing about Universal Credit. ")
    else:
        doc.name(p).add(", born ").dob(p).add(". That is me - I need help with the Council Tax "
                                             "Reduction form. ")
    # The town straight after the street and no postcode, as people write it in prose.
    doc.add("I live at ").ent("STREET_ADDRESS", a.street(", ")).add(", ").ent("LOCATION", a.town)
    doc.add(". My NI number is ").ident("UK_NINO", v.nino()).add(f". {v.filler()} Ring me on ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" any time after 10.\n\nThanks\n").name(p, "first")


def email_quoted_reply(doc: Doc, v: Values) -> None:
    p, staff, org = v.person(), v.person(), v.org()
    doc.add(f"Subject: RE: Your claim {v.ref()}\n\nHi ").name(staff, "first").add(",\n\n")
    doc.add("Thanks for getting back to me. My new mobile is ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" and the flat is ").address_inline(v.address()).add(".\n\n").name(p, "first")
    doc.add("\n\nSent from my iPhone\n\n")
    when = f"On {v.other_date()}, at {v.rng.randint(8, 17)}:{v.rng.randint(0, 59):02d}, "
    if v.rng.random() < 0.5:   # the officer's message, from the organisation's mailbox
        doc.add(when).name(staff).add(" <").ent("ORGANIZATION", org.mailbox).add("> wrote:\n")
        doc.add("> Dear ").name(p, "title_surname").add(",\n> Please confirm your date of birth "
                                                       "and postcode.\n> Or call us on ")
        doc.ent("ORGANIZATION", org.helpline).add(".\n")
    else:                        # the citizen's own earlier message, quoted back
        doc.add(when).name(p, "initial").add(" <").ent("EMAIL_ADDRESS", v.email(p))
        doc.add("> wrote:\n")
        doc.add("> Hello, my date of birth is ").dob(p).add(f" and my reference is {v.ref()}.\n")
        doc.add(f"> {v.filler()}\n")


def ocr_letter(doc: Doc, v: Values) -> None:
    p, writer = v.person(), v.person()
    doc.wrap, doc.noise = v.rng.randint(38, 64), True
    doc.add(f"{v.other_date()}\nDear Sir / Madam\nI am writing to tell you that ")
    doc.name(p, "title_full").add(" of ").address_inline(v.address())
    doc.add(" has moved into a care home. Date of birth ").dob(p).add(". NHS No ")
    doc.ident("UK_NHS", v.nhs()).add(f". {v.filler(2)} ")
    if v.rng.random() < 0.5:
        doc.add("Passport no. ").ent("UK_PASSPORT", v.passport()).add(" is enclosed. ")
    doc.add("Contact telephone ").ent("PHONE_NUMBER", v.phone())
    doc.add(".\nYours faithfully\n").name(writer)


def welsh_letter(doc: Doc, v: Values) -> None:
    p = v.person(v.rng.choice(["welsh", "welsh", "english"]))
    when = fmt_date(v.rng, date(2024, 1, 1) + timedelta(v.rng.randrange(500)), welsh=True)
    doc.add(f"{when}\n\nAnnwyl Syr/Fadam,\n\nRwy'n ysgrifennu ynglŷn â fy nhreth gyngor. ")
    doc.add("Fy enw i yw ").name(p).add(" ac rwy'n byw yn ").address_inline(v.address("W"))
    doc.add(". Fy nyddiad geni yw ").dob(p, welsh=True).add(". Fy rhif Yswiriant Gwladol yw ")
    doc.ident("UK_NINO", v.nino())
    if v.rng.random() < 0.5:
        doc.add(". Mae fy mab, ").name(v.person("welsh", "m", p.last, True), "first")
        doc.add(", yn byw gyda fi")
    doc.add(f". Rwy'n derbyn Gostyngiad Treth y Cyngor ers {v.rng.choice(_WELSH_MONTHS)}. ")
    doc.add("Fy rhif ffôn yw ").ent("PHONE_NUMBER", v.phone()).add(".\n\nDiolch yn fawr,\n\n")
    doc.add("Yn gywir,\n").name(p).add("\n")


def sms_lowercase(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address(casual=True)
    doc.lower = True
    doc.add("hi its ").name(p).add(" from ").ent("STREET_ADDRESS", a.street(" "))
    doc.add(" ").ent("UK_POSTCODE", a.postcode).add(" my ni is ").ident("UK_NINO", v.nino())
    doc.add(f" still no payment since {v.other_date()} pls call me on ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" or text, my daughter ")
    doc.name(v.person(p.culture, "f", p.last), "first").add(" can help x")


def complaint_narrative(doc: Doc, v: Values) -> None:
    p, staff, neighbour = v.person(), v.person(), v.person()
    doc.add(f"Dear {v.team()},\n\nI wish to make a formal complaint. On {v.other_date()} I spoke "
            "to ").name(staff, v.rng.choice(["first", "full"]))
    doc.add(" in your contact centre, who said the repair was booked. It never happened. "
            "My neighbour, ").name(neighbour, "title_full").add(", has had the same problem, and ")
    doc.name(neighbour, "title_surname").add(" has been more patient than me. I live at ")
    doc.address_inline(v.address()).add(f". {v.filler()} Any refund should go to sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ").ent("UK_BANK_ACCOUNT", v.account())
    doc.add(".\n\nYours faithfully,\n").name(p).add("\n").ent("EMAIL_ADDRESS", v.email(p))


def bank_details_change(doc: Doc, v: Values) -> None:
    p, org = v.person(), v.org()
    doc.add(f"To the {org.team}, {org.name}\n\nPlease pay my Pension Credit, Attendance Allowance "
            "and Winter Fuel Payment into my new account from next month.\n\nName: ")
    doc.name(p, v.rng.choice(["full", "surname_first"])).add("\nDate of birth: ").dob(p)
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino()).add("\nAddress:\n")
    doc.address_lines(v.address()).add("\nNew sort code: ").ident("UK_SORT_CODE", v.sort_code())
    doc.add("\nNew account number: ").ent("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\n\n{v.filler()} I tried ringing ").ent("ORGANIZATION", org.helpline)
    doc.add(" but could not get through.\n\nSigned ").name(p).add(f"  Date {v.other_date()}\n")


def id_documents_change(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.add(f"Dear {v.team()},\n\nI am applying to renew my Blue Badge. I enclose copies of my "
            "passport (number ").ent("UK_PASSPORT", v.passport()).add(") and driving licence (")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("). The address on both is ")
    doc.address_inline(v.address()).add(f". {v.filler()}\n\n").name(p, "title_full")
    doc.add(", DOB ").dob(p).add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True)).add("\n")


# ---- heldout family
def letterhead_recipient_block(doc: Doc, v: Values) -> None:
    p, late, org = v.person(), v.person(gender="m"), v.org()
    doc.name(p, "title_full").add("\n").address_lines(v.address()).add("\n")
    doc.org_block(org, helpline=v.rng.random() < 0.5)
    doc.add(f"\nYour ref: {v.ref()}\n{v.other_date()}\n\n")
    doc.add(f"Dear {org.team},\nI am writing about the property at ").address_inline(v.address())
    doc.add(" where my late husband, ").name(late, v.rng.choice(["full", "first"]))
    doc.add(", lived until he died. My National Insurance number is ").ident("UK_NINO", v.nino())
    doc.add(f". {v.filler(2)}\n\nYours sincerely\n").name(p, "title_initial").add("\n")


def signature_block_letter(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.add(f"Dear {v.team()},\n\n{v.filler(3)}\n\nRegards,\n\n").name(p).add("\n")
    doc.address_lines(v.address()).add("Tel: ").ent("PHONE_NUMBER", v.phone(False))
    doc.add("\nMob: ").ent("PHONE_NUMBER", v.phone(True)).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    if v.rng.random() < 0.5:
        doc.add("NI No: ").ident("UK_NINO", v.nino()).add("\n")


def paper_form_caps(doc: Doc, v: Values) -> None:
    p, a = v.person(), v.address()
    doc.add("APPLICATION FOR A CONCESSIONARY TRAVEL PASS\n[X] New   [ ] Renewal\n\nSURNAME: ")
    doc.ent("PERSON", p.last.upper()).add("\nFORENAME(S): ").ent("PERSON", p.first.upper())
    doc.add("\nDATE OF BIRTH: ").ent("DATE_OF_BIRTH", f"{p.dob:%d %m %Y}")
    nino, bad = v.nino()
    doc.add("\nNATIONAL INSURANCE NO: ").ent("UK_NINO", nino.upper(), bad).add("\nADDRESS: ")
    doc.ent("STREET_ADDRESS", a.street(", ").upper())
    for loc in a.locations:
        doc.add(", ").ent("LOCATION", loc.upper())
    doc.add("\nPOSTCODE: ").ent("UK_POSTCODE", a.postcode).add("\nPROOF OF ID:\n")
    if v.rng.random() < 0.75:
        doc.add("  [X] UK passport  No. ").ent("UK_PASSPORT", v.passport()).add("\n")
    if v.rng.random() < 0.75:
        doc.add("  [X] Photocard driving licence  No. ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("SIGNED: ").ent("PERSON", p.full.upper()).add(f"   DATE: {v.other_date()}\n")


def tab_table_payees(doc: Doc, v: Values) -> None:
    people = [v.person() for _ in range(v.rng.randint(2, 4))]
    doc.add("Hello,\n\nBelow are the people the Discretionary Housing Payment should go to "
            "(copied from my spreadsheet):\n\nName\tDate of birth\tSort code\tAccount number\n")
    for person in people:
        doc.name(person).add("\t").dob(person).add("\t").ident("UK_SORT_CODE", v.sort_code())
        doc.add("\t").ent("UK_BANK_ACCOUNT", v.account()).add("\n")
    doc.add(f"\n{v.filler()}\nMany thanks\n").name(people[0], "first").add("\n")


def bullet_household(doc: Doc, v: Values) -> None:
    lead = v.person()
    doc.add(f"Dear {v.team()},\n\nMy household is:\n")
    for k, member in enumerate([lead] + v.relatives(lead, v.rng.randint(1, 4), 0.6)):
        doc.add(v.rng.choice(["- ", "\u2022 ", "* "]))
        if k and member.dob > lead.dob and v.rng.random() < 0.6:   # "Tom (son), born ..."
            relation = "daughter" if member.gender == "f" else "son"
            doc.name(member, "first").add(f" ({relation}), born ").dob(member)
        else:
            doc.name(member).add(" \u2013 DOB ").dob(member)
        if v.rng.random() < 0.5:
            doc.add(", NHS no. ").ident("UK_NHS", v.nhs())
        doc.add("\n")
    doc.add(f"\n{v.filler()}\n\nFrom ").name(lead, "title_full").add("\n")


def carer_for_parent(doc: Doc, v: Values) -> None:
    me, dad = v.person(), v.person(gender="m")
    doc.add(f"Dear {v.team()},\n\nMy father, ").name(dad, "title_full").add(" (born ").dob(dad)
    doc.add("), lives at ").address_inline(v.address()).add(". I am his appointee and I claim "
                                                             "Carer's Allowance for him. ")
    doc.add("His NHS number is ").ident("UK_NHS", v.nhs()).add(f". {v.filler()} ")
    doc.name(dad, "title_surname").add(" cannot use the phone, so please call me on ")
    doc.ent("PHONE_NUMBER", v.phone()).add(".\n\nBest wishes,\n").name(me).add("\n")


def paren_dob_intro(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.add(f"Dear {v.team()},\n\nMy name is ").name(p)
    if v.rng.random() < 0.5:
        doc.add(" (DOB ").ent("DATE_OF_BIRTH", f"{p.dob:%d.%m.%y}").add(")")
    else:
        doc.add(", date of birth ").dob(p)
    doc.add(" and my NI number is ").ident("UK_NINO", v.nino())
    doc.add(f". {v.filler(2)} You can email me at ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" or write to ").address_inline(v.address()).add(".\n\nThank you\n").name(p).add("\n")


def forwarded_email_chain(doc: Doc, v: Values) -> None:
    p, org = v.person(), v.org()
    doc.add("Please see below, I never got an answer.\n\nGet Outlook for Android\n\n"
            "---------- Forwarded message ---------\nFrom: ").name(p).add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(f">\nDate: {v.other_date()}\n")
    doc.add("Subject: Change of bank details\nTo: <").ent("ORGANIZATION", org.mailbox).add(">\n\n")
    doc.add(f"Dear {org.team},\nPlease update my bank details. Sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
    doc.ent("UK_BANK_ACCOUNT", v.account()).add(". NI no ").ident("UK_NINO", v.nino())
    doc.add(f".\n{v.filler()} I have rung ").ent("ORGANIZATION", org.helpline)
    doc.add(" twice.\n").name(p, "first").add("\n")


def ocr_scanned_form(doc: Doc, v: Values) -> None:
    p = v.person()
    doc.wrap, doc.noise = v.rng.randint(30, 52), True
    doc.add("PART 2 About you Full name ").name(p).add(" Date of birth ").dob(p).add(" Address ")
    doc.address_inline(v.address()).add(" NHS number ").ident("UK_NHS", v.nhs())
    if v.rng.random() < 0.6:
        doc.add(" Driving licence number ").ent("UK_DRIVING_LICENCE", v.licence(p))
    if v.rng.random() < 0.4:
        doc.add(" Passport ").ent("UK_PASSPORT", v.passport())
    doc.add(f" PART 3 Declaration {v.filler()} Signed ").name(p, "initial")
    doc.add(f" Date {v.other_date()}\n")


def bilingual_letter(doc: Doc, v: Values) -> None:
    p = v.person(v.rng.choice(["welsh", "english", "gaelic"]))
    doc.add("Annwyl Swyddog Tai / Dear Housing Officer,\n\nFy enw yw ").name(p)
    doc.add(". Fy nghyfeiriad yw ").address_inline(v.address("W")).add(".\nMy name is ").name(p)
    doc.add(" and I live at the address above. Date of birth / Dyddiad geni: ").dob(p)
    doc.add("\nNI / Yswiriant Gwladol: ").ident("UK_NINO", v.nino())
    doc.add(f"\n{v.filler()}\n\nYn ddiffuant / Yours sincerely,\n").name(p)
    doc.add("\nFfôn / Phone: ").ent("PHONE_NUMBER", v.phone()).add("\n")


def scottish_tenement_repairs(doc: Doc, v: Values) -> None:
    p, upstairs = v.person(), v.person()
    doc.add(f"Dear {v.team()},\n\nRepair request - dampness in the close\n\n").name(p).add("\n")
    doc.address_lines(v.address("S")).add("\nWater comes through the ceiling from the flat "
                                          "above, where ").name(upstairs, "title_full")
    doc.add(" lives. I have asked ").name(upstairs, "title_surname").add(" to report it too. ")
    doc.add(f"{v.filler()} My NHS number is ").ident("UK_NHS", v.nhs())
    doc.add(" in case the GP needs to write about my asthma. Tel ").ent("PHONE_NUMBER", v.phone())


def webchat_transcript(doc: Doc, v: Values) -> None:
    p, agent, a, h = v.person(), v.person(), v.address(casual=True), v.rng.randint(9, 16)
    doc.add(f"Webchat transcript {v.other_date()}\n[{h}:02] Agent (").name(agent, "first")
    doc.add(f"): Hello, how can I help?\n[{h}:03] Customer: hi my name is ")
    doc.ent("PERSON", p.full.lower()).add(" i need to report a change of address\n")
    doc.add(f"[{h}:04] Agent: Can I take your National Insurance number please?\n"
            f"[{h}:05] Customer: ").ident("UK_NINO", v.nino())
    doc.add(f"\n[{h}:06] Customer: new address is ").ent("STREET_ADDRESS", a.street(" ").lower())
    doc.add(" ").ent("UK_POSTCODE", a.postcode).add(f"\n[{h}:07] Customer: mob ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(f"\n[{h}:08] Agent: Thank you ").name(p, "first")
    doc.add(", that is updated.\n")


def moving_home_notice(doc: Doc, v: Values) -> None:
    p, new = v.person(), v.address()
    doc.add(f"Dear {v.team()},\n\nPlease update your records. I have moved and now live at ")
    doc.ent("STREET_ADDRESS", new.street(", ")).add(", ").ent("LOCATION", new.town)
    doc.add(f". {v.filler()} My driving licence number is ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    if v.rng.random() < 0.6:
        doc.add(" and my passport number is ").ent("UK_PASSPORT", v.passport())
    doc.add(".\n\nThanks,\n").name(p).add("\n").ent("EMAIL_ADDRESS", v.email(p)).add("\n")


# ---- dev2 family (its own layouts; values from the dev half of the tables)
def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _flat_in_block(v: Values) -> Address:
    """An address in a block of flats: ["Flat k", "<number> <street>"]."""
    while True:
        a = v.address()
        line = a.street_lines[-1]
        if line.split(" ", 1)[0].rstrip("A").isdigit() and not set("/,") & set(line):
            a.street_lines = [f"Flat {v.rng.randint(1, 24)}", line]
            return a


def _extension(rng: random.Random) -> str:
    """A switchboard extension, written after the number and outside its span."""
    ext = rng.randint(200, 499)
    return rng.choice([f" ext. {ext}", f" ext {ext}", f" x{ext}", f" (extn {ext})"])


def contact_centre_call_note(doc: Doc, v: Values) -> None:
    """Typed by a contact-centre agent during a call: terse, abbreviated, several numbers."""
    rng = v.rng
    p, agent, a = v.person(), v.person(), v.address(casual=True)
    topic = rng.choice(["missed bin collection", "CT arrears", "damp in bathroom",
                        "HB overpayment letter", "blue badge renewal", "rent statement"])
    doc.add(f"CALL NOTE  {v.other_date()} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}  "
            f"Queue: {rng.choice(['Revenues', 'Housing Options', 'Benefits', 'Repairs'])}  "
            "Agent: ").name(agent, rng.choice(["first", "initial"])).add("\n")
    doc.add("Caller: ").name(p, rng.choice(["full", "title_full", "surname_first"]))
    doc.add(rng.choice([" (customer)", " - account holder", ""]) + "\nDPA passed - DOB ").dob(p)
    doc.add(", pcode ").ent("UK_POSTCODE", a.postcode)
    if rng.random() < 0.4:
        doc.add(", NINO ").ident("UK_NINO", v.nino())
    doc.add("\nAddr on system: ").address_inline(a, postcode=False).add("\n")
    if rng.random() < 0.4:
        third = v.person(p.culture, surname=p.last)
        doc.add("3rd party on call: ").name(third)
        doc.add(f" ({rng.choice(['daughter', 'son', 'partner', 'carer'])}), verbal consent given\n")
    doc.add(f"\nSpoke to caller re {topic}. {v.filler()} Wants a call back, numbers given:")
    sep = rng.choice(["\n  ", "; ", " / "])
    for i, label in enumerate(rng.sample(["mob:", "eve:", "day:", "home:", "work:", "alt no."],
                                         rng.randint(2, 3))):
        mobile = True if label == "mob:" else False if label in ("home:", "work:") else None
        doc.add((" " if i == 0 and sep != "\n  " else sep) + label + " ")
        doc.ent("PHONE_NUMBER", v.phone_styled(mobile))
        if label == "work:" and rng.random() < 0.7:
            doc.add(_extension(rng))
    doc.add(f"\nAction: callback booked for {v.other_date()}. Spoke to ")
    doc.name(p, rng.choice(["title_surname", "first"])).add(" again and advised 10 working days.\n")


# dev2 only: law firms writing for a client (name | building | switchboard | mailbox). Like a
# council's, a firm's own address lines, switchboard and mailbox are ORGANIZATION; they are not
# in organisation_contacts(), which lists the organisations a deployment would be.
_FIRMS = """
Hartwell Moss LLP|Regent House|0113 496 0555|enquiries@hartwellmoss.co.uk
Greaves & Rudd Solicitors|Bank Chambers|0161 496 0777|mail@greavesrudd.co.uk
Penhaligon Law|Albion Court|020 7946 0888|info@penhaligonlaw.co.uk
Dunbar Rae WS|Charlotte Chambers|0131 496 0444|office@dunbarrae.co.uk
Brightwater Legal|Suite 4, Mercer House|029 2018 0999|hello@brightwaterlegal.co.uk
Ashgrove Advice Law Centre|The Old Library|0121 496 0333|advice@ashgrovelaw.org.uk
"""


def solicitor_client_letter(doc: Doc, v: Values) -> None:
    """A solicitor writes for a client: firm letterhead, reference lines, then a client block."""
    rng = v.rng
    firm, building, switchboard, mailbox = rng.choice(_FIRMS.strip().splitlines()).split("|")
    region = rng.choice("EEEWS")
    office = v.address(region)          # only its town and postcode: the office street is below
    street = f"{rng.randint(1, 120)} {rng.choice(v.t.streets[region])}"
    client, writer, org = v.person(), v.person(), v.org()
    doc.add(firm + "\n")
    for line in (building, street, office.town, office.postcode):
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("T: ").ent("ORGANIZATION", switchboard).add("   E: ").ent("ORGANIZATION", mailbox)
    doc.add("\n\n").org_block(org, helpline=False)
    doc.add(f"\nOur ref: {rng.choice(['HSG', 'LIT', 'BEN', 'FAM'])}/{rng.randint(1000, 99999)}"
            f"/{rng.randint(1, 9)}\nYour ref: {v.ref()}\nDate: {v.other_date()}\n\n")
    doc.add(rng.choice(["Dear Sirs", "Dear Sir or Madam", f"Dear {org.team}"]) + ",\n\n")
    doc.add(rng.choice(["Our client: ", "Re: our client ", "Client: "])).name(client, "title_full")
    opener, closer = rng.choice([(" (DOB ", ")"), (", date of birth ", "")])
    doc.add(opener).dob(client).add(closer + "\nAddress: ")
    doc.address_inline(v.address())
    if rng.random() < 0.6:
        doc.add("\nNI number: ").ident("UK_NINO", v.nino())
    their = "her" if client.gender == "f" else "his"
    doc.add("\n\nWe are instructed by the above-named client in connection with "
            f"{rng.choice(['a council tax liability', 'housing disrepair', 'a benefit decision'])}"
            f". We enclose our client's signed form of authority. {v.filler()} Please write to "
            "this office, for the attention of the writer, and do not contact ")
    doc.name(client, "title_surname").add(" directly.")
    if rng.random() < 0.5:
        doc.add(f" Any refund due should be paid to {their} own account, sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
        doc.ent("UK_BANK_ACCOUNT", v.account()).add(".")
    if rng.random() < 0.3:
        doc.add(f" We have verified {their} identity against {their} passport, number ")
        doc.ent("UK_PASSPORT", v.passport()).add(".")
    doc.add("\n\nYours faithfully\n\n\n").name(writer).add("\n")
    doc.add(rng.choice(["Solicitor", "Associate Solicitor", "Trainee Solicitor",
                        "Solicitor Advocate", "Caseworker"]) + f"\nFor and on behalf of {firm}\n")


def residents_repair_request(doc: Doc, v: Values) -> None:
    """A tenant writes for the block, listing the neighbours by name and flat. A flat written
    alone for a named neighbour ("Flat 6") is a STREET_ADDRESS span."""
    rng = v.rng
    writer, block = v.person(), _flat_in_block(v)
    flats = rng.sample([n for n in range(1, 25) if f"Flat {n}" != block.street_lines[0]], 4)
    doc.add(f"Dear {v.team()},\n\nRe: repairs at ").ent("STREET_ADDRESS", block.street_lines[1])
    doc.add("\n\nI am the tenant of ").address_inline(block)
    doc.add(f". Since {v.other_date()} we have had no end of problems and nobody has come out. "
            "My neighbours have asked me to write for all of us:\n\n")
    problems = ["no hot water", "black mould in the bedroom", "a leak through the ceiling",
                "no heating at all", "a broken window latch", "damp in every room"]
    for n in flats[:rng.randint(2, 4)]:
        flat, nb, problem = f"Flat {n}", v.person(), rng.choice(problems)
        style = rng.randrange(4)
        if style == 0:
            doc.add("- ").ent("STREET_ADDRESS", flat).add(": ").name(nb, "title_full")
            doc.add(f" - {problem}\n")
        elif style == 1:
            doc.add("- ").name(nb, "title_surname").add(" in ")
            doc.ent("STREET_ADDRESS", flat.lower()).add(f", {problem}\n")
        elif style == 2:
            doc.add("- Mr and Mrs ").ent("PERSON", nb.last).add(" (").ent("STREET_ADDRESS", flat)
            doc.add(f"), {problem}\n")
        else:
            doc.add("- ").name(nb).add(", ").ent("STREET_ADDRESS", flat).add(f", {problem}")
            doc.add(" (aged 80+, please ring ").ent("PHONE_NUMBER", v.phone_styled(False))
            doc.add(" first)\n")
    doc.add("\nPlease call me on ").ent("PHONE_NUMBER", v.phone_styled()).add(" to arrange access")
    if rng.random() < 0.5:
        doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(writer))
    doc.add(f". {v.filler()}\n\nYours sincerely\n").name(writer).add("\n(")
    doc.ent("STREET_ADDRESS", block.street_lines[0]).add(")\n")


def school_children_letter(doc: Doc, v: Values) -> None:
    """A parent names the children in prose: "Amir (born 04/05/2016) and his sister Leila, 7"."""
    rng = v.rng
    parent, head = v.person(gender=rng.choice("fm")), v.person()
    on = date(2024, 9, 2) + timedelta(rng.randrange(300))
    kids = v.relatives(parent, rng.randint(2, 3), child_share=1.0)
    kids = kids or [v.person(parent.culture, surname=parent.last, child=True)]
    for kid in kids:                                   # of school age on the letter date
        kid.dob = date(2010, 9, 1) + timedelta(rng.randrange(3300))
    school = rng.choice(["Oakfield Primary School", "St Anne's C of E Primary", "Greenway Academy",
                         "Hillside Junior School", "Holy Family RC Primary", "Riverside Academy"])
    topic = rng.choice(["free school meals", "their absence last week", "an in-year transfer",
                        "the school transport application", "the uniform grant"])
    doc.add(f"{fmt_date(rng, on)}\n\nDear {'Mrs' if head.gender == 'f' else 'Mr'} ")
    doc.ent("PERSON", head.last).add(",\n\n")
    doc.add(f"I am writing about {topic} for my children at {school}. ")
    first, *rest = kids
    doc.name(first, "first").add(" (born ").dob(first).add(")")
    for i, kid in enumerate(rest):
        rel = {"f": "sister", "m": "brother"}[kid.gender]
        doc.add(" and " if i == len(rest) - 1 else ", ")
        doc.add(f"{'his' if first.gender == 'm' else 'her'} {rel} ").name(kid, "first")
        style = rng.random()
        if style < 0.4:
            doc.add(f", {_age(kid.dob, on)},")
        elif style < 0.7:
            doc.add(f" ({_age(kid.dob, on)})")
        else:
            doc.add(", born ").dob(kid).add(",")
    doc.add(f" {'have' if rest else 'has'} "
            f"{rng.choice(['been off sick', 'missed the bus', 'had no meals'])} since "
            f"{fmt_date(rng, on - timedelta(rng.randint(3, 40)))}. We moved to ")
    doc.address_inline(v.address())
    doc.add(f" in {rng.choice(_MONTHS)}, so please update the records. {v.filler()} ")
    if rng.random() < 0.4:
        doc.add("The school nurse asked for their NHS numbers: ")
        for i, kid in enumerate(kids):
            doc.add(", " if i else "").name(kid, "first").add(" ").ident("UK_NHS", v.nhs())
        doc.add(". ")
    doc.add("You can reach me on ").ent("PHONE_NUMBER", v.phone_styled())
    if rng.random() < 0.6:
        doc.add(" or at ").ent("EMAIL_ADDRESS", v.email(parent))
    doc.add(".\n\nYours sincerely,\n").name(parent)
    doc.add(f"\n({'mum' if parent.gender == 'f' else 'dad'} of ").name(first, "first").add(")\n")


def pdf_form_values_below(doc: Doc, v: Values) -> None:
    """Text copied out of a filled-in PDF form: each label on its own line, its value below."""
    rng = v.rng
    p, a = v.person(), v.address()
    doc.add(f"Change of circumstances\nForm CC{rng.randint(1, 9)} "
            f"{rng.randint(1, 12):02d}/{rng.randint(21, 25)}\nPage 1 of 3\n\nSection 1 About you\n"
            f"Title\n{p.title}\nFirst name(s)\n").ent("PERSON", p.first)
    doc.add("\nSurname\n").ent("PERSON", p.last).add("\nDate of birth\n").dob(p)
    doc.add("\nNational Insurance number\n").ident("UK_NINO", v.nino())
    doc.add("\n\nSection 2 Where you live\nAddress\n").ent("STREET_ADDRESS", a.street("\n"))
    for label, loc in (("District", a.district), ("Town or city", a.town), ("County", a.county)):
        if loc:
            doc.add(f"\n{label}\n").ent("LOCATION", loc)
    doc.add("\nPostcode\n").ent("UK_POSTCODE", a.postcode).add("\nDaytime phone number\n")
    doc.ent("PHONE_NUMBER", v.phone_styled())
    if rng.random() < 0.7:
        doc.add("\nEmail address\n").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n\nSection 3 What has changed\n{v.filler()}\nDate of change\n{v.other_date()}\n")
    doc.add("Page 2 of 3\n")
    if rng.random() < 0.75:
        doc.add("\nSection 4 Bank or building society\nName of account holder\n").name(p)
        doc.add("\nSort code\n").ident("UK_SORT_CODE", v.sort_code())
        doc.add("\nAccount number\n").ent("UK_BANK_ACCOUNT", v.account()).add("\n")
    if rng.random() < 0.45:
        doc.add("\nSection 5 Proof of identity\nPassport number\n")
        doc.ent("UK_PASSPORT", v.passport()).add("\n")
    if rng.random() < 0.45:
        doc.add("Driving licence number\n").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("\nDeclaration\nSigned\n").name(p).add(f"\nDate\n{v.other_date()}\nPage 3 of 3\n")


def capitals_complaint(doc: Doc, v: Values) -> None:
    """A complaint typed entirely in capitals."""
    rng = v.rng
    p, staff = v.person(), v.person()
    doc.upper = True
    doc.add(rng.choice(["To whom it may concern", f"Dear {v.team()}"]) + "\n\nThis is my "
            f"{rng.choice(['second', 'third', 'fourth'])} letter and nobody has replied!!! "
            "My name is ").name(p).add(" and I live at ").address_inline(v.address())
    doc.add(f". On {v.other_date()} I phoned and spoke to ").name(staff, "first")
    doc.add(f" who promised it would be sorted within a week. {v.filler()} ")
    if rng.random() < 0.6:
        doc.add("My National Insurance number is ").ident("UK_NINO", v.nino()).add(". ")
    if rng.random() < 0.55:
        doc.add("My NHS number is ").ident("UK_NHS", v.nhs()).add(" if you need it. ")
    if rng.random() < 0.35:
        doc.add("I have had a parking fine even though my driving licence (")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add(") shows this address. ")
    doc.add("I want a written answer. Phone me on ").ent("PHONE_NUMBER", v.phone_styled())
    doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nYours,\n")
    doc.name(p, rng.choice(["full", "title_full"])).add("\n")


def lowercase_signoff_note(doc: Doc, v: Values) -> None:
    """A short note whose only name is the sign-off, typed in lower case ("thanks, dave")."""
    rng = v.rng
    p, a = v.person(), v.address(casual=True)
    before, after = rng.choice([("The streetlight outside ", " has been out"),
                                ("Fly-tipping again behind ", ", it has been there"),
                                ("Bins not emptied at ", ""), ("Pothole outside ", ", getting worse"),
                                ("The drain outside ", " has been blocked")])
    doc.add(rng.choice(["Hi,\n", "Hello\n", ""]) + before).ent("STREET_ADDRESS", a.street(" "))
    if rng.random() < 0.7:
        doc.add(" (").ent("UK_POSTCODE", a.postcode).add(")")
    doc.add(f"{after} since {v.other_date()}. Can someone come and look?")
    if rng.random() < 0.5:
        doc.add(" My number is ").ent("PHONE_NUMBER", v.phone_styled(True)).add(" if you need me.")
    signed = rng.choices([p.first, f"{p.first} {p.last[0]}", p.full], [70, 15, 15])[0]
    doc.add("\n\n" + rng.choice(["thanks, ", "cheers\n", "ta, ", "many thanks\n", "thx - "]))
    doc.ent("PERSON", signed.lower()).add("\n")


def postscript_neighbour(doc: Doc, v: Values) -> None:
    """A letter naming a neighbour mid-sentence without any cue, and a P.S. after the signature."""
    rng = v.rng
    p, nb, other = v.person(), v.person(), v.person()
    doc.name(p).add("\n").address_lines(v.address()).add(f"\n{v.other_date()}\n\nDear {v.team()},")
    problem = rng.choice(["the flooding", "the noise from the building site",
                          "the broken pavement", "the rats"])
    doc.add(f"\n\nI am writing about {problem} on our road, which started on {v.other_date()}. ")
    she = "she" if nb.gender == "f" else "he"
    style = rng.randrange(4)
    if style == 0:
        doc.name(nb).add(" at ").ent("STREET_ADDRESS", f"number {rng.randint(1, 90)}")
        doc.add(" has also been affected. ")
    elif style == 1:
        doc.add("Even ").name(nb).add(", who never complains, has rung you twice. ")
    elif style == 2:
        doc.add("Yesterday ").name(nb).add(f" slipped outside and {she} is now on crutches. ")
    else:
        doc.add("My husband and ").name(nb).add(" next door have both written to you already. ")
    doc.add(f"{v.filler()}\n\nYours faithfully,\n").name(p, rng.choice(["full", "title_initial"]))
    doc.add("\n\nP.S. ")
    for i in range(1 + (rng.random() < 0.4)):
        doc.add("P.P.S. " if i else "")
        what = rng.randrange(5)
        if what == 0:
            doc.add("My mobile is ").ent("PHONE_NUMBER", v.phone_styled(True))
            doc.add(" if that is easier.\n")
        elif what == 1:
            doc.name(nb, "first").add("'s NHS number is ").ident("UK_NHS", v.nhs())
            doc.add(f", {she} asked me to pass it on.\n")
        elif what == 2:
            doc.add("I forgot to say my date of birth is ").dob(p).add(".\n")
        elif what == 3:
            doc.add("You can email me at ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n")
        else:
            doc.name(other).add(" from the residents' association has a copy of this letter.\n")


def email_html_signature(doc: Doc, v: Values) -> None:
    """An email whose HTML-ish signature, after "--", gives a job title, phones and a home
    address."""
    rng = v.rng
    p, partner, org, home = v.person(), v.person(), v.org(), v.address()
    mail = v.email(p)
    doc.add("From: ").name(p).add(" <").ent("EMAIL_ADDRESS", mail).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSubject: Single person discount\n\nHello,\n\n")
    doc.add(f"Please could you apply the single person discount from {v.other_date()}? "
            f"My {rng.choice(['ex-partner', 'former lodger', 'ex-husband', 'ex-wife'])}, ")
    doc.name(partner).add(f", moved out that day. {v.filler()}\n\nKind regards,\n")
    doc.name(p, "first").add("\n\n--\n<b>").name(p).add("</b><br>\n")
    doc.add(rng.choice(["Support Worker", "Senior Care Assistant", "Teaching Assistant",
                        "Warehouse Supervisor", "Practice Manager", "Volunteer Coordinator"]))
    doc.add(" | <i>" + rng.choice(["Brightside Care Ltd", "Hollybank Nursing Home",
                                   "Greenway Academy", "Northgate Logistics"]) + "</i><br>\nM: ")
    doc.ent("PHONE_NUMBER", v.phone_styled(True))
    if rng.random() < 0.6:
        doc.add("&nbsp;|&nbsp;T: ").ent("PHONE_NUMBER", v.phone_styled(False))
        doc.add(_extension(rng) if rng.random() < 0.5 else "")
    doc.add("<br>\nHome: ").address_inline(home).add('<br>\n<a href="mailto:')
    doc.ent("EMAIL_ADDRESS", mail).add('">').ent("EMAIL_ADDRESS", mail).add("</a>\n")
    doc.add("<small>This email and any attachments are confidential.</small>\n")


def quoting_council_letter(doc: Doc, v: Values) -> None:
    """The citizen quotes the council's earlier letter; its contact details are ORGANIZATION."""
    rng = v.rng
    p, officer, staff, org, home = v.person(), v.person(), v.person(), v.org(), v.address()
    doc.add(f"Dear {org.team},\n\nYour reference: {v.ref()}\n\nI am replying to your letter "
            f"dated {v.other_date()}, signed by ").name(officer)
    doc.add(". It says, and I quote:\n\n")
    prefix = rng.choice(["", "> ", "    "])
    doc.add(prefix + ('"' if not prefix else "") + "If you think this decision is wrong, write "
            "to us at ")
    for i, line in enumerate(org.lines):
        doc.add(", " if i else "").ent("ORGANIZATION", line)
    doc.add(f"\n{prefix}or ring us on ").ent("ORGANIZATION", org.helpline)
    doc.add(f" (Monday to Friday, 9am to 5pm).\n{prefix}You can also email ")
    doc.ent("ORGANIZATION", org.mailbox).add(", quoting the reference above.")
    doc.add(('"' if not prefix else "") + f"\n\nI rang that number on {v.other_date()} and "
            "spoke to ").name(staff, rng.choice(["first", "title_surname"]))
    doc.add(", who told me to put it in writing. So here it is. My details are: ").name(p)
    doc.add(", born ").dob(p).add(", of ").address_inline(home)
    if rng.random() < 0.6:
        doc.add(", NI number ").ident("UK_NINO", v.nino())
    doc.add(f". {v.filler()}\n\nYours sincerely,\n\n").name(p, rng.choice(["full", "title_full"]))
    doc.add("\n")


def non_native_english(doc: Doc, v: Values) -> None:
    """Written by someone still learning English: unusual word order, "I am borned in ..."."""
    rng = v.rng
    p = v.person(rng.choice(["east_european", "east_european", "somali_arabic", "chinese",
                             "continental", "west_african", "south_asian"]))
    spouse = v.person(p.culture, "m" if p.gender == "f" else "f", p.last)
    born = f"{p.dob:%d.%m.%Y}" if rng.random() < 0.5 else fmt_date(rng, p.dob)
    doc.add(f"Dear {rng.choice(['Sir, Madam', 'Sirs', 'Mister or Madam', v.team()])},\n\n")
    doc.add("My name it is ").name(p).add(", I am borned in ").ent("DATE_OF_BIRTH", born)
    doc.add(f" and I come to UK in {rng.randint(2004, 2021)}. Since {rng.randint(2, 9)} years "
            "I am living in the adress ").address_inline(v.address())
    doc.add(". For the council tax I must to say you that my " +
            ("wife " if spouse.gender == "f" else "husband ")).name(spouse, "first")
    doc.add(f" also is living with me from {v.other_date()}. My passport number it is ")
    doc.ent("UK_PASSPORT", v.passport()).add(", the copy it is in the envelope. ")
    if rng.random() < 0.5:
        doc.add("Also driving licence I have, number ").ent("UK_DRIVING_LICENCE", v.licence(p))
        doc.add(". ")
    if rng.random() < 0.4:
        doc.add("The National Insurance I have it also: ").ident("UK_NINO", v.nino()).add(". ")
    if rng.random() < 0.45:
        doc.add("Please to send the money in my bank, sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(" and number of account ")
        doc.ent("UK_BANK_ACCOUNT", v.account()).add(". ")
    doc.add("For to call me my telephone it is ").ent("PHONE_NUMBER", v.phone_styled())
    doc.add(", but better in the evening.\n\nThank you very much for understanding.\n\n"
            "With respect,\n").ent("PERSON", f"{p.last} {p.first}" if rng.random() < 0.5
                                   else p.full).add("\n")


def family_id_numbers(doc: Doc, v: Values) -> None:
    """NI and NHS numbers of a whole household in running sentences, some split by slashes."""
    rng = v.rng
    p = v.person()
    partner = v.person(p.culture, "m" if p.gender == "f" else "f", p.last)
    kids = v.relatives(p, rng.randint(1, 3), child_share=1.0)
    doc.add(f"Dear {v.team()},\n\nI am filling in the claim for the whole household at ")
    doc.address_inline(v.address()).add(". Our National Insurance numbers are ")
    doc.ident("UK_NINO", v.nino()).add(rng.choice([" / ", "/", " and ", ", "]))
    doc.ident("UK_NINO", v.nino()).add(f" (me and my {'husband' if partner.gender == 'm' else 'wife'}"
                                       " ").name(partner, "first").add(", in that order). ")
    if kids:
        doc.add(rng.choice(["The children's NHS numbers are ", "For the NHS numbers: "]))
        named_after = rng.random() < 0.5
        for i, kid in enumerate(kids):
            if i:
                doc.add(" and " if i == len(kids) - 1 else rng.choice([", ", " / "]))
            if named_after:
                doc.ident("UK_NHS", v.nhs()).add(" (").name(kid, "first").add(")")
            else:
                doc.name(kid, "first").add(" - ").ident("UK_NHS", v.nhs())
        doc.add(". ")
        if rng.random() < 0.5:
            doc.add("Their dates of birth are ")
            for i, kid in enumerate(kids):
                doc.add(" / " if i else "").name(kid, "first").add(" ").dob(kid)
            doc.add(". ")
    if rng.random() < 0.5:
        doc.add("Mine and ").name(partner, "first").add("'s NHS numbers are ")
        doc.ident("UK_NHS", v.nhs()).add(" / ").ident("UK_NHS", v.nhs()).add(". ")
    doc.add(f"{v.filler()} If anything is missing ring me on ")
    doc.ent("PHONE_NUMBER", v.phone_styled()).add(".\n\nThanks,\n").name(p).add("\n")


# ---- heldout2 family (written after the redactor's tuning; values from the heldout half)
# Third parties who write to the recipient organisations, or whose letters a citizen forwards.
# Like a law firm's (dev2), their own address lines, switchboards and mailboxes are ORGANIZATION;
# they are not in organisation_contacts(), which lists the organisations a deployment would be.
# All invented: name | address lines (;) | phone | mailbox.
_AGENTS = """
Harbourside Lettings|14 Union Street;Plymouth;PL1 3EX|01632 960418|lets@harbourside.co.uk
Millstone Property Management|Kingsley House;Manchester;M4 1AY|0161 496 0725|rent@millstonepm.co.uk
Tŷ Da Homes|Unit 3, Harbour Road;Porthmadog;LL49 9AB|029 2018 0614|post@tydahomes.cymru
Caledon Residential|41 Reform Street;Dundee;DD1 1RX|0131 496 0382|accounts@caledonres.co.uk
Canal Quay Lets|6 Canal Quay;Newry;BT35 6BP|028 9649 6217|info@canalquaylets.com
Abbeygate Estates|Abbeygate House;Bury St Edmunds;IP33 1LS|01632 960551|lettings@abbeygate.co.uk
"""
_FUNERAL_DIRECTORS = """
Caldermoor Funeral Service|Mill Brow;Kirkby Lonsdale;LA6 2AT|01632 960233|office@caldermoor.co.uk
Gwynfa Funeral Services|Stryd Fawr;Aberystwyth;SY23 1DE|029 2018 0172|gwynfa@gwynfa.cymru
Lagan Vale Funeral Home|22 Market Street;Lurgan;BT66 6AQ|028 9649 6390|care@laganvalefh.co.uk
Abbotsford Funeral Directors|4 Kirk Wynd;Kirkcaldy;KY1 1EH|0131 496 0655|care@abbotsfordfd.co.uk
Wyvern Funerals|Wyvern House, Gloucester Road;Ross-on-Wye;HR9 5BU|0117 496 0284|hello@wyvern.uk
"""
_EMPLOYERS = """
Castlegate Logistics Ltd|Unit 7, Riverside Park;Loughborough;LE11 5XR|0116 496 0457|hr@castlegate.uk
Bluebell Care Homes|3 Mill Road;Saffron Walden;CB10 2AF|01632 960387|payroll@bluebellcare.co.uk
Severnside Foods plc|Wye Works;Ross-on-Wye;HR9 7QQ|0117 496 0174|people@severnsidefoods.co.uk
Glyndwr Coaches|Depot Road;Wrexham;LL13 9UT|029 2018 0285|office@glyndwrcoaches.co.uk
Forth Valley Cleaning Services|12 High Street;Kirkcaldy;KY1 1NL|0131 496 0219|admin@fvcs.co.uk
"""
_ADVICE_AGENCIES = """
Northgate Money Advice|4 Bridge Street;Manchester;M3 3BW|0161 496 0312|advice@northgatemoney.org
Arfon Money Advice|Y Maes;Caernarfon;LL55 2NR|029 2018 0733|cyngor@arfonmoney.org.uk
Forth Money Advice Project|Merchant's House;Kirkcaldy;KY1 1XT|0131 496 0476|help@forthmoney.org.uk
Stortford Debt Help|PO Box 771;Bishop's Stortford;CM23 9ZZ|01632 960904|debt@stortfordhelp.org
"""
# department | hospital | address lines | switchboard | consultant's specialty | diagnosis
_CLINICS = """
Rheumatology Outpatients|Derwent Vale Hospital|Infirmary Road;Barrow-in-Furness;LA14 2LR
  |01632 960700|Rheumatologist|Seropositive rheumatoid arthritis
Department of Cardiology|St Aldhelm's Hospital|Trowbridge Road;Bradford-on-Avon;BA15 1DL
  |0117 496 0500|Cardiologist|Heart failure with reduced ejection fraction
Memory Assessment Service|Bridgewater Community Hospital|Oldham Road;Ashton-under-Lyne;OL6 9RW
  |0161 496 0600|Old Age Psychiatrist|Mixed Alzheimer's and vascular dementia
Pain Management Clinic|Ysbyty Glan Ystwyth|Ffordd Penglais;Aberystwyth;SY23 3BZ
  |029 2018 0400|in Pain Medicine|Chronic widespread pain
Diabetes Centre|Tayside Royal Infirmary|Hawkhill;Dundee;DD1 5EH
  |0131 496 0900|Diabetologist|Type 2 diabetes with peripheral neuropathy
Orthopaedic Clinic|Erne Valley Hospital|Cornagrade Road;Enniskillen;BT74 6AY
  |028 9649 6800|Orthopaedic Surgeon|Severe osteoarthritis of both knees
"""
_SURGERIES = ["Riverside Medical Practice", "The Old Mill Surgery", "Meddygfa'r Harbwr",
              "Castle Street Health Centre", "Moorland View Group Practice", "Lochside Surgery"]
# prison | address lines (invented establishments)
_PRISONS = """
HMP Ashvale|Ashvale Road;Market Harborough;LE16 7XJ
HMP Tarnbrook|Walney Road;Barrow-in-Furness;LA14 5QQ
HMP Kilbride Moss|Moss Road;Motherwell;ML1 4UF
HMP Ballinderry|Gallows Hill;Lurgan;BT66 8RN
HMP & YOI Stourfield|Thaxted Road;Saffron Walden;CB10 3LP
"""
# constituency | casework mailbox | office phone (every MP's postal address is the Commons)
_CONSTITUENCIES = """
Wyre and Lonsdale|wyrelonsdale.casework@parliament.uk|020 7946 0231
Severn Marches|severnmarches.casework@parliament.uk|020 7946 0548
Kirkcaldy and the Howe|kirkcaldyhowe.casework@parliament.uk|020 7946 0619
Arfon and Eifionydd|arfoneifionydd.casework@parliament.uk|020 7946 0742
Armagh Lagan|armaghlagan.casework@parliament.uk|020 7946 0865
Stortford and the Rodings|stortfordrodings.casework@parliament.uk|020 7946 0977
"""
_UNIVERSITIES = [("University of the Marches", "student.marches.ac.uk"),
                 ("Tayside Institute of Technology", "tit-student.ac.uk"),
                 ("Prifysgol y Glannau", "myfyriwr.glannau.ac.uk"),
                 ("Northern Lakes University", "nlu.ac.uk"),
                 ("East Anglian Polytechnic University", "students.eapu.ac.uk")]
_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ON = date(2024, 6, 1)   # "today" for ages written in heldout2 letters


def _rows(table: str) -> list[list[str]]:
    """A "|" table; a line starting with a space continues the one above."""
    return [line.split("|") for line in table.strip().replace("\n  |", "|").splitlines()]


def _pronouns(p: Person) -> tuple[str, str]:
    return ("she", "her") if p.gender == "f" else ("he", "his")


def _letterhead(doc: Doc, name: str, lines: str, phone: str | None = None,
                mailbox: str | None = None) -> Doc:
    """A third party's letterhead: its name unlabelled, the rest ORGANIZATION."""
    doc.add(name + "\n" if name else "")
    for line in lines.split(";"):
        doc.ent("ORGANIZATION", line).add("\n")
    if phone:
        doc.add("Tel: ").ent("ORGANIZATION", phone)
    if mailbox:
        doc.add("   Email: " if phone else "Email: ").ent("ORGANIZATION", mailbox)
    return doc.add("\n")


def _org_among(v: Values, keep: Callable[[str], bool]) -> Org:
    """One of the family's organisations whose name passes ``keep`` (any if none does)."""
    pool = [o for o in v.t.orgs if keep(o[0])] or v.t.orgs
    name, team, lines, helpline, mailbox = v.rng.choice(pool)
    return Org(name, team, lines.split(";"), helpline, mailbox)


def _council(v: Values) -> Org:
    return _org_among(v, lambda name: "Council" in name)


def _typos(rng: random.Random, text: str, rate: float = 0.14) -> str:
    """A hurried typist's slips in unlabelled text: swapped, dropped or doubled letters and words
    in the wrong case; digits and punctuation untouched."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and w.isalpha() and rng.random() < rate:
            k = rng.randrange(len(w) - 1)
            words[i] = rng.choice([w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + w[k + 1:],
                                   w[:k] + w[k] * 2 + w[k + 1:], w.upper(), w.capitalize()])
    return " ".join(words)


def letting_agent_tenant(doc: Doc, v: Values) -> None:
    """A letting agent writes about a tenant in arrears: agency letterhead, the tenancy, and the
    private landlord's bank details for the housing costs to be paid direct."""
    rng = v.rng
    agency, lines, phone, mailbox = rng.choice(_rows(_AGENTS))
    tenant, landlord, manager = v.person(), v.person(), v.person()
    org = _org_among(v, lambda name: "Council" in name or name == "DWP")
    she, her = _pronouns(tenant)
    rent = rng.randint(45, 160) * 10
    _letterhead(doc, agency, lines, phone, mailbox).add("\n").org_block(org, helpline=False)
    doc.add(f"\nDate: {v.other_date()}\nOur ref: {rng.choice(['TEN', 'ARR', 'PM'])}/"
            f"{rng.randint(100, 9999)}\n\nDear {org.team},\n\nRe: ").name(tenant, "title_full")
    doc.add(" - ").address_inline(v.address())
    doc.add("\n\nWe manage the above property for its landlord. Our tenant, ")
    doc.name(tenant, "title_surname").add(f", has lived there since {v.other_date()} on an "
                                          f"assured shorthold tenancy at £{rent} per calendar "
                                          f"month, and the rent account is £{rent * 3} in "
                                          "arrears. ")
    if rng.random() < 0.45:
        doc.add(f"Our referencing gives {her} date of birth as ").dob(tenant).add(". ")
    doc.add(f"We understand {she} claims Universal Credit, and we ask that the housing costs be "
            "paid direct to the landlord")
    if rng.random() < 0.65:
        doc.add(", ").name(landlord, "title_full").add(", sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
        doc.ent("UK_BANK_ACCOUNT", v.account())
    doc.add(". The tenant knows we are writing and can be reached on ")
    doc.ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.5:
        doc.add(" or at ").ent("EMAIL_ADDRESS", v.email(tenant))
    if rng.random() < 0.35:
        doc.add(". The previous tenant, ").name(v.person(), "title_full")
        doc.add(f", left owing £{rng.randint(200, 900)}; the forwarding address we hold is ")
        doc.address_inline(v.address())
    doc.add(".\n\nYours faithfully\n\n").name(manager)
    doc.add(f"\nProperty Manager\nFor and on behalf of {agency}\n")


def hospital_letter_forwarded(doc: Doc, v: Values) -> None:
    """A patient forwards a consultant's clinic letter as evidence: a covering note, then the
    letter - hospital letterhead, the GP it is addressed to, the patient block (NHS number, an
    unlabelled hospital number), the clinic findings and the consultant's signature."""
    rng = v.rng
    dept, hospital, lines, switchboard, specialty, diagnosis = rng.choice(_rows(_CLINICS))
    p, gp, consultant = v.person(), v.person(), v.person()
    while "dementia" in diagnosis and p.dob.year > 1958:   # a memory clinic sees older people
        p = v.person()
    she, her = _pronouns(p)
    purpose = rng.choice(["my PIP review", "the Blue Badge form", "my Council Tax Reduction",
                          "the Help with Health Costs claim", "my appeal"])
    aside = rng.choice(["I have typed it out as the scanner is broken. ", "Copied below. ", ""])
    doc.add(f"Hello,\n\nAs you asked, here is my hospital letter for {purpose}. {aside}\n")
    doc.name(p, rng.choice(["first", "full"])).add("\n\n----- letter -----\n")
    _letterhead(doc, f"{dept}\n{hospital}", lines).add("Switchboard: ")
    doc.ent("ORGANIZATION", switchboard).add(f"\n\nClinic date: {v.other_date()}\n"
                                             f"Typed: {v.other_date()}\n\nDr ")
    doc.ent("PERSON", gp.full).add(f"\n{rng.choice(_SURGERIES)}\n\nDear Dr ")
    doc.ent("PERSON", gp.last).add(",\n\nRe: ").name(p, "title_full").add(", DOB ").dob(p)
    doc.add("\nNHS No: ").ident("UK_NHS", v.nhs())
    doc.add(f"   Hosp No: {rng.choice('KMRT')}{rng.randint(1000000, 9999999)}\n")
    doc.address_inline(v.address()).add(f"\n\nDiagnosis: {diagnosis}\n\nI saw this "
                                        f"{_age(p.dob, _ON)}-year-old "
                                        f"{'woman' if p.gender == 'f' else 'man'} in clinic "
                                        "today. ")
    doc.name(p, "title_surname").add(f" tells me {she} can no longer manage the stairs at home "
                                     f"and has had two falls since {rng.choice(_MONTHS)}. ")
    if rng.random() < 0.4:
        kin = v.person(p.culture, surname=p.last)
        doc.add(f"{she.capitalize()} came with {her} {'daughter' if kin.gender == 'f' else 'son'}"
                ", ").name(kin, "first").add(", who does most of the caring. ")
    doc.add(f"I have increased the dose and will see {her} again in four months.\n\nYours "
            "sincerely\n\n\n")
    doc.add(rng.choice(["Dr ", "Professor ", "Mrs " if consultant.gender == "f" else "Mr "]))
    doc.ent("PERSON", consultant.full).add(f"\nConsultant {specialty}\n\ncc: ")
    doc.name(p, "title_full").add(" (patient)\n")


def funeral_director_letter(doc: Doc, v: Values) -> None:
    """A funeral director writes about a death: the deceased's details and the next of kin's, an
    unlabelled date of death, sometimes a licence to cancel and an executor's account."""
    rng = v.rng
    firm, lines, phone, mailbox = rng.choice(_rows(_FUNERAL_DIRECTORS))
    late, director, org = v.person(), v.person(), v.org()
    nok = v.person(late.culture, surname=late.last) if rng.random() < 0.6 else v.person()
    relation = rng.choice({"f": ["daughter", "niece", "sister", "granddaughter"],
                           "m": ["son", "nephew", "brother", "grandson"]}[nok.gender])
    venue = rng.choice(["the crematorium", "the parish church", "the cemetery chapel"])
    _letterhead(doc, firm, lines, phone, mailbox).add("\n").org_block(org, helpline=False)
    doc.add(f"\n{v.other_date()}\n\nDear {org.team},\n\nRe: the late ").name(late, "title_full")
    doc.add("\nDate of birth: ").dob(late).add(f"\nDate of death: {v.other_date()}\nLast "
                                              "address: ").address_inline(v.address())
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    if rng.random() < 0.3:
        doc.add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add(f"\nTell Us Once reference: {v.ref()}\n\nWe are arranging the funeral of the above, "
            f"which takes place at {venue} on {v.other_date()}. We write at the request of the "
            "next of kin, ").name(nok, "title_full")
    doc.add(f" ({relation}), of ").address_inline(v.address())
    doc.add(", who has applied for a Funeral Expenses Payment. Our account for £"
            f"{rng.randint(2400, 5200)}.00 is enclosed. Please contact ")
    doc.name(nok, "title_surname").add(" about any arrears or overpayment on ")
    doc.ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.5:
        doc.add(" or by email at ").ent("EMAIL_ADDRESS", v.email(nok))
    doc.add(".")
    if rng.random() < 0.35:
        doc.add(" Any money due should be paid to the executor's account, sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ")
        doc.ent("UK_BANK_ACCOUNT", v.account()).add(".")
    if rng.random() < 0.4:
        doc.add(" We also enclose the deceased's photocard driving licence, number ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(late)).add(", for return to the DVLA.")
    doc.add("\n\nYours faithfully\n\n").name(director).add(f"\nFuneral Director\n{firm}\n")


def social_worker_referral(doc: Doc, v: Values) -> None:
    """A social worker's referral form for a child placed with foster carers: the child's NHS
    number, the carers' address and phone, the birth mother's last known address."""
    rng = v.rng
    child, sw, carer = v.person(child=True), v.person(), v.person()
    org = _org_among(v, lambda name: "Council" in name or name == "HMRC")
    mother = v.person(child.culture, "f", child.last)
    team = rng.choice(["Children Looked After Team", "Fostering Service", "Family Support Team",
                       "Children's Disability Team"])
    status = rng.choice(["Section 20", "Interim Care Order", "Care Order"])
    ask = rng.choice(["The carers need help with the school transport form.",
                      "Child Benefit should stop.", "A Blue Badge is needed."])
    doc.add(f"REFERRAL FORM - {team.upper()}\nTo: {org.name}, {org.team}\nDate of referral: "
            f"{v.other_date()}\nReferrer: ").name(sw)
    doc.add(" (Social Worker)\n\nSECTION A - CHILD\nName: ").name(child)
    doc.add("\nDate of birth: ").dob(child).add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add(f"\nLegal status: {status}\n\nSECTION B - PLACEMENT\nFoster carer(s): ")
    doc.name(carer, "title_full")
    if rng.random() < 0.5:
        other = v.person(carer.culture, surname=carer.last if rng.random() < 0.7 else None)
        doc.add(" and ").name(other, "title_full")
    doc.add("\nPlacement address:\n").address_lines(v.address()).add("Carer's telephone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n\nSECTION C - FAMILY\nBirth mother: ").name(mother)
    if rng.random() < 0.6:
        doc.add(", DOB ").dob(mother)
    doc.add("\nLast known address: ").address_inline(v.address(), postcode=rng.random() < 0.6)
    if rng.random() < 0.4:
        doc.add("\nMother's NI number: ").ident("UK_NINO", v.nino())
    doc.add("\nContact: supervised, fortnightly\n\nSECTION D - REASON FOR REFERRAL\n")
    doc.name(child, "first").add(f" moved to the placement on {v.other_date()}. Please update "
                                 "your records so that letters about ").name(child, "first")
    doc.add(f" go to the carers, not to the mother. {ask}\n\n*** The placement address must NOT "
            "be shared with the birth family. ***\n[X] Consent obtained from the person with "
            "parental responsibility\n")


def prisoner_letter(doc: Doc, v: Values) -> None:
    """A serving prisoner writes by hand: name and prison number (unlabelled) over the prison's
    address (ORGANIZATION), the home left behind, a partner and a relative to write to."""
    rng = v.rng
    prison, lines = rng.choice(_rows(_PRISONS))
    p, partner = v.person(), v.person()
    number = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{''.join(rng.choices('BCDEFHJK', k=2))}"
    cell = f"{rng.choice('ABCD')} Wing, Cell {rng.randint(1, 40)}\n"
    what = rng.choice(["stop my Housing Benefit", "sort out my council tax",
                       "stop my Universal Credit"])
    doc.name(p, rng.choice(["full", "surname_first"])).add(f"  {number}\n")
    _letterhead(doc, rng.choice(["", cell]) + prison, lines)
    doc.add(f"\n{v.other_date()}\n\nDear {v.team()},\n\nI am writing from prison as I cant ring "
            f"you from here. I was {rng.choice(['remanded', 'sentenced'])} on {v.other_date()} so "
            "I am not living at my flat at ").address_inline(v.address())
    doc.add(f" at the moment. Please can you {what} while I am in here. My National Insurance "
            "number is ").ident("UK_NINO", v.nino())
    doc.add(" and my date of birth is ").dob(p).add(f". {v.filler()} ")
    if rng.random() < 0.6:
        doc.add("My partner ").name(partner, "first").add(" still lives there with the kids, "
                                                          f"{_pronouns(partner)[1]} number is ")
        doc.ent("PHONE_NUMBER", v.phone(True)).add(". ")
    if rng.random() < 0.5:
        mum = v.person(p.culture, "f", p.last if rng.random() < 0.6 else None)
        doc.add("Or write to my mum ").name(mum, "title_full").add(" at ")
        doc.address_inline(v.address()).add(" as post in here goes missing. ")
    doc.add("Otherwise write to me here and put my prison number on the envelope.\n\nThank you\n")
    doc.name(p).add(f"\n{number}\n")


def mp_constituent_casework(doc: Doc, v: Values) -> None:
    """An MP's office takes up a constituent's case: Commons letterhead (ORGANIZATION), the
    constituent block, a caseworker to reply to, the MP's signature."""
    rng = v.rng
    seat, mailbox, phone = rng.choice(_rows(_CONSTITUENCIES))
    mp, c, caseworker, org = v.person(), v.person(), v.person(), v.org()
    she, her = _pronouns(c)
    issue = rng.choice([f"{her} Pension Credit has been stopped without notice",
                        f"{she} has waited five months for a decision on {her} claim",
                        f"{she} is being chased for an overpayment {she} does not owe",
                        f"{her} council tax account has been passed to enforcement agents"])
    doc.add("From the office of ").name(mp).add(f" MP\nMember of Parliament for {seat}\n")
    _letterhead(doc, "", "House of Commons;London;SW1A 0AA", phone, mailbox).add("\n")
    doc.org_block(org, helpline=False)
    doc.add(f"\nOur ref: {''.join(rng.choices('ABCDEFGHJKLMNPRSTWZ', k=2))}"
            f"{rng.randint(10000, 99999)}\nDate: {v.other_date()}\n\nDear {org.team},\n\n"
            "My constituent: ").name(c, "title_full").add("\nAddress: ")
    doc.address_inline(v.address()).add("\nDate of birth: ").dob(c)
    if rng.random() < 0.75:
        doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add(f"\n\nI have been contacted by my constituent, who is concerned that {issue}. I "
            f"enclose {her} signed consent for me to act on {her} behalf. ")
    if rng.random() < 0.45:
        doc.add(f"When {she} applied, {she} sent {her} passport (number ")
        doc.ent("UK_PASSPORT", v.passport()).add(") as proof of identity and it has not been "
                                                 "returned. ")
    doc.add("I should be grateful if you would look into this and reply to my caseworker, ")
    doc.name(caseworker).add(", at this office")
    if rng.random() < 0.5:
        doc.add(". My constituent is also happy to be contacted directly at ")
        doc.ent("EMAIL_ADDRESS", v.email(c)).add(" or on ").ent("PHONE_NUMBER", v.phone())
    doc.add(".\n\nYours sincerely,\n\n\n").name(mp).add(f"\nMember of Parliament for {seat}\n")


def parking_appeal(doc: Doc, v: Values) -> None:
    """A Blue Badge holder appeals a parking penalty: PCN number, vehicle registration (shaped a
    little like a postcode) and badge serial stay unlabelled; driving licences are labelled."""
    rng = v.rng
    p, org = v.person(), _council(v)
    vrm = (f"{rng.choice('ABCDEFGHKLMNOPRSVWY')}{rng.choice('ABCDEFGHJKLMNOPRSTUVWXY')}"
           f"{rng.choice(['15', '65', '18', '68', '19', '69', '21', '71', '23', '73'])} "
           f"{''.join(rng.choices('ABCDEFGHJKLMNOPRSTUVWXYZ', k=3))}")
    pcn = f"{''.join(rng.choices('ABCDEFGHJKLMNPRSTUWXYZ', k=2))}{rng.randint(10**7, 10**8 - 1)}"
    badge = f"{rng.choice(['BB', 'BL', 'BD'])}{_digits(rng, 8)}"
    reason = rng.choice(["the badge had slipped off the dashboard", "the clock was set right",
                         "the bay markings were worn away"])
    dear = rng.choice(["Parking Services", "Sir or Madam", "Parking Appeals Officer"])
    doc.name(p, "title_full").add("\n").address_lines(v.address()).add(f"\n{v.other_date()}\n\n")
    doc.add(f"Parking Services\n{org.name}\n\nPenalty Charge Notice: {pcn}\nVehicle: {vrm}\n"
            f"Date of contravention: {v.other_date()}\n\nDear {dear},\n\nI wish to make a "
            f"formal representation against this PCN. I am a Blue Badge holder (serial {badge}, "
            f"valid until {v.other_date()}) and {reason}. I am the registered keeper, and my "
            "driving licence number is ").ent("UK_DRIVING_LICENCE", v.licence(p)).add(". ")
    if rng.random() < 0.4:
        driver = v.person(p.culture, surname=p.last)
        doc.add(f"My {'daughter' if driver.gender == 'f' else 'son'} ").name(driver, "first")
        doc.add(f" was driving me that day; {_pronouns(driver)[1]} licence number is ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(driver)).add(". ")
    doc.add(f"{v.filler()} Please reply by email to ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" or ring ").ent("PHONE_NUMBER", v.phone()).add(".\n\nYours faithfully\n").name(p)
    doc.add("\n")


def employer_confirmation(doc: Doc, v: Values) -> None:
    """An employer confirms a worker's details: payroll number unlabelled, NI number labelled,
    the passport seen at the right-to-work check, the HR contact's switchboard ORGANIZATION."""
    rng = v.rng
    firm, lines, phone, mailbox = rng.choice(_rows(_EMPLOYERS))
    p, hr = v.person(), v.person()
    while p.dob.year < 1960:   # of working age
        p = v.person()
    her = _pronouns(p)[1]
    job = rng.choice(["warehouse operative", "care assistant", "driver", "cleaner", "cook"])
    contract = rng.choice(["permanent", "zero-hours", "fixed-term"])
    _letterhead(doc, firm, lines, phone, mailbox)
    doc.add(f"\n{v.other_date()}\n\nTo whom it may concern\n\nCONFIRMATION OF EMPLOYMENT\n\n"
            "Employee: ").name(p, "title_full")
    doc.add(f"\nPayroll number: {rng.randint(1000, 999999):06d}\nNational Insurance number: ")
    doc.ident("UK_NINO", v.nino()).add("\nDate of birth: ").dob(p).add("\nHome address: ")
    doc.address_inline(v.address()).add("\n\nWe confirm that ").name(p, "title_surname")
    doc.add(f" has worked for us as a {job} since {v.other_date()} on a {contract} contract of "
            f"{rng.randint(8, 40)} hours a week. {her.capitalize()} gross pay is £"
            f"{rng.randint(900, 2600)}.{rng.randint(0, 99):02d} a month.")
    if rng.random() < 0.7:
        doc.add(f" We checked {her} right to work on {v.other_date()} against {her} British "
                "passport, number ").ent("UK_PASSPORT", v.passport()).add(".")
    if rng.random() < 0.35 or job == "driver":
        doc.add(f" The role needs a full driving licence; {her} licence number is ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add(".")
    doc.add(" If you need anything else, please ring me on ").ent("ORGANIZATION", phone)
    doc.add(_extension(rng) + " or email ").ent("ORGANIZATION", mailbox)
    doc.add(".\n\nYours faithfully\n\n").name(hr)
    doc.add(f"\n{rng.choice(['HR Adviser', 'Payroll Officer', 'Office Manager'])}\n")


def student_exemption_email(doc: Doc, v: Values) -> None:
    """A student asks for the council tax student exemption: term-time and home addresses,
    housemates, unlabelled student ID and Student Finance reference, a university email."""
    rng = v.rng
    uni, domain = rng.choice(_UNIVERSITIES)
    p = v.person()
    p.dob = date(1999, 9, 1) + timedelta(rng.randrange(2500))
    doc.add("Subject: council tax - student exemption\n\nHi,\n\nI'm a full-time student at "
            f"{uni} and I've had a council tax bill for my term-time address, ")
    doc.address_inline(v.address(casual=True)).add(". ")
    mates = [v.person() for _ in range(rng.randint(0, 2))]
    for i, mate in enumerate(mates):
        doc.add("I live there with " if i == 0 else " and ").name(mate)
    if mates:
        doc.add(", who are students too. " if len(mates) > 1 else ", who is a student too. ")
    doc.add("\n\nMy details:\nName: ").name(p).add("\nDate of birth: ").dob(p)
    doc.add(f"\nStudent ID: {rng.randint(10**7, 10**8 - 1)}\nStudent Finance customer reference: "
            f"{rng.randint(10**10, 10**11 - 1)}\nHome address: ").address_inline(v.address())
    if rng.random() < 0.5:
        doc.add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add("\n\nI've attached my student status certificate")
    if rng.random() < 0.7:
        doc.add(" and a copy of my passport (").ent("UK_PASSPORT", v.passport())
        doc.add(") because the form asked for photo ID")
    doc.add(". ")
    if rng.random() < 0.4:
        doc.add(f"I already paid £{rng.randint(40, 300)} by direct debit so please refund it to ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(" ").ent("UK_BANK_ACCOUNT", v.account())
        doc.add(". ")
    doc.add("\n\nThanks,\n").name(p, "first").add("\n").ent("PHONE_NUMBER", v.phone(True))
    f, s = _ascii(p.first).lower(), _ascii(p.last).lower()
    local = rng.choice([f"{f}.{s}", f"{f[0]}{s}{rng.randint(1, 99)}", f"{s}-{f}"])
    mail = v.email(p) if rng.random() < 0.4 else f"{local}@{domain}"
    doc.add("\n").ent("EMAIL_ADDRESS", mail).add("\n")


def debt_advice_statement(doc: Doc, v: Values) -> None:
    """A debt-advice agency sends a financial statement: client and partner with dates of birth,
    dependants' dates of birth, income and spending lines (money distractors), bank details."""
    rng = v.rng
    agency, lines, phone, mailbox = rng.choice(_rows(_ADVICE_AGENCIES))
    client, adviser, org = v.person(), v.person(), v.org()
    partner = (v.person(client.culture, "m" if client.gender == "f" else "f", client.last)
               if rng.random() < 0.6 else None)
    kids = v.relatives(client, rng.randint(0, 3), child_share=1.0)
    _letterhead(doc, agency, lines, phone, mailbox).add("\n").org_block(org, helpline=False)
    doc.add(f"\nDate: {v.other_date()}\nYour ref: {v.ref()}\n\nDear {org.team},\n\nWe are helping "
            "the client below with several debts. Please accept this statement and hold "
            "recovery action for 30 days while we agree a plan.\n\nSTANDARD FINANCIAL STATEMENT\n"
            "Client: ").name(client).add("   DOB: ").dob(client)
    if partner:
        doc.add("\nPartner: ").name(partner).add("   DOB: ").dob(partner)
    doc.add("\nAddress: ").address_inline(v.address()).add("\nNI number: ")
    doc.ident("UK_NINO", v.nino())
    if kids:
        doc.add("\nDependants:\n")
        for kid in kids:
            doc.add("  ").name(kid, rng.choice(["first", "full"])).add("  DOB ").dob(kid)
            doc.add(f"  (age {_age(kid.dob, _ON)})\n")

    def money_lines(heading: str, items: list[str], top: int) -> None:
        doc.add(heading)
        for item in items:
            pounds = f"£{rng.randint(40, top)}.{rng.randint(0, 99):02d}"
            doc.add(f"  {item} {'.' * (24 - len(item))} {pounds}\n")

    money_lines("\n\nMonthly income\n",
                ["Earnings", "Universal Credit", "Child Benefit"][:rng.randint(2, 3)], 1900)
    money_lines("Monthly expenditure\n",
                ["Rent", "Council tax", "Gas and electricity", "Food and housekeeping"], 900)
    doc.add("\nClient's bank: sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(", account ").ent("UK_BANK_ACCOUNT", v.account())
    if rng.random() < 0.35:
        doc.add("\nClient's email: ").ent("EMAIL_ADDRESS", v.email(client))
    doc.add(f"\nOffer: £{rng.randint(1, 40)}.00 a month\n\nAdviser: ").name(adviser)
    doc.add("\nDirect line: ").ent("ORGANIZATION", phone).add(_extension(rng) + "\n")


def phone_chat_export(doc: Doc, v: Values) -> None:
    """A chat between a parent and a grown-up child, exported from the phone and pasted in:
    "[12/03/2024, 14:02] Name: ..." - each sender name is a PERSON span."""
    rng = v.rng
    mum, a = v.person(), v.address(casual=True)
    kid = v.person(mum.culture, rng.choice("fm"), mum.last if rng.random() < 0.7 else None)
    mum_name = mum.full if rng.random() < 0.6 else mum.first
    kid_name = kid.first if rng.random() < 0.6 else kid.full
    when = [datetime(2024, 1, 1, 8) + timedelta(minutes=rng.randrange(600_000))]

    def line(from_kid: bool, text: str) -> Doc:
        when[0] += timedelta(minutes=rng.randint(0, 40))
        doc.add(f"\n[{when[0]:%d/%m/%Y, %H:%M}] ")
        return doc.ent("PERSON", kid_name if from_kid else mum_name).add(": " + text)

    doc.add(f"Dear {v.team()},\nmy {'daughter' if kid.gender == 'f' else 'son'} did the form for "
            "me, I have copied our messages so you have everything.\n")
    line(True, rng.choice(["have you done the council form yet", "mum did the letter come",
                           "did you ring them about the form"]))
    line(False, rng.choice(["no can u do it for me", "no its too long", "not yet x"]))
    line(True, rng.choice(["ok send me your ni number and date of birth",
                           "i need ur NI and dob", "what's your national insurance?"]))
    line(False, rng.choice(["ni is ", "", "its "])).ident("UK_NINO", v.nino())
    line(False, rng.choice(["born ", "", "dob "])).dob(mum)
    if rng.random() < 0.5:
        line(True, rng.choice(["and the bank?", "sort code and account for the refund"]))
        line(False, "").ident("UK_SORT_CODE", v.sort_code()).add(rng.choice([" ", " acc "]))
        doc.ent("UK_BANK_ACCOUNT", v.account())
    line(True, "the new address is ").ent("STREET_ADDRESS", a.street(" ").lower()).add(" ")
    doc.ent("UK_POSTCODE", a.postcode).add(rng.choice([" yeah?", " right", "?"]))
    line(False, rng.choice(["yes", "yes love", "thats it"]))
    line(True, "i've put my number for them to ring ").ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.35:
        line(False, "put your email too")
        line(True, "").ent("EMAIL_ADDRESS", v.email(kid))
    line(False, rng.choice(["thank you love x", "ur a star", "thanks xx"]))
    doc.add("\n\nThanks\n").name(mum).add("\n")


def voicemail_transcription(doc: Doc, v: Values) -> None:
    """An automatic voicemail transcript: caller ID in digits, a lower-case ramble with the DOB
    said aloud ("the 3rd of May 1961") and the callback number written as the service heard it,
    in digits, sometimes one digit at a time. Only numbers written in digits are PHONE_NUMBER
    spans; the caller repeating the last three digits in words ("ending one two three") is a
    fragment no one would call a phone number and stays unlabelled. No number is written fully
    in words: a human would call that a phone number, so it could not be left unlabelled."""
    rng = v.rng
    p, org, a = v.person(), v.org(), v.address()
    d, tail = p.dob, _digits(rng, 3)
    month = _MONTHS[d.month - 1]
    spoken = rng.choice([f"{_ordinal(d.day)} of {month} {d.year}",
                         f"{month} the {_ordinal(d.day)} {d.year}", f"{d.day} {month} {d.year}"])
    callback = rng.choice([f"07700 900{tail}", f"07700900{tail}", f"07700 900 {tail}",
                           " ".join(f"07700900{tail}")])
    topic = rng.choice(["council tax", "pension", "blue badge", "rent"])
    doc.add(f"Voicemail for: {org.team} (").ent("ORGANIZATION", org.helpline)
    doc.add(f")\nReceived: {v.other_date()} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
            "\nFrom: ")
    if rng.random() < 0.7:
        doc.ent("PHONE_NUMBER", v.phone())
    else:
        doc.add("Withheld")
    doc.add(f"\nDuration: {rng.randint(0, 2)}m {rng.randint(5, 59)}s\nTranscription (automatic, "
            "may contain errors):\n\nhi yeah hello this is ").name(p)
    doc.add(f" um i'm ringing about my {topic} again my date of birth is the ")
    doc.ent("DATE_OF_BIRTH", spoken).add(" and national insurance ").ident("UK_NINO", v.nino())
    doc.add(" i live at ").ent("STREET_ADDRESS", a.street(" ")).add(" in ").ent("LOCATION", a.town)
    if rng.random() < 0.6:
        doc.add(" postcode ").ent("UK_POSTCODE", a.postcode)
    doc.add(" could somebody ring me back on ").ent("PHONE_NUMBER", callback)
    doc.add(" that's the one ending " + " ".join(_WORDS[int(c)] for c in tail))
    if rng.random() < 0.35:
        kid = v.person(p.culture, surname=p.last)
        doc.add(f" or my {'daughter' if kid.gender == 'f' else 'son'} ").name(kid, "first")
        doc.add(" on ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.35:
        doc.add(" oh and my nhs number is ").ident("UK_NHS", v.nhs()).add(" if you need it")
    doc.add(" thank you bye\n")


def appeal_form_tickboxes(doc: Doc, v: Values) -> None:
    """A mandatory reconsideration request form: tick boxes, a helper's details, and the
    claimant's initials at the foot of each page - initials standing for a name are PERSON."""
    rng = v.rng
    p, helper = v.person(), v.person()
    initials = rng.choice([f"{p.first[0]}{p.last[0]}", f"{p.first[0]}.{p.last[0]}.",
                           f"{p.first[0]} {p.last[0]}"]).upper()
    tick = rng.choice(["[X]", "[x]", "[✓]", "(X)"])
    benefits = ["Personal Independence Payment", "Universal Credit", "Pension Credit",
                "Attendance Allowance"]
    chosen = rng.choice(benefits)
    relationship = rng.choice(["friend", "support worker", "neighbour"])
    doc.add("REQUEST FOR A MANDATORY RECONSIDERATION\nTick the boxes that apply and initial each "
            "page.\n\n1. About you\nSurname: ").ent("PERSON", p.last)
    doc.add("   Other names: ").ent("PERSON", p.first).add("\nDate of birth: ").dob(p)
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino()).add("\nAddress: ")
    doc.address_inline(v.address()).add("\nPhone: ").ent("PHONE_NUMBER", v.phone())
    doc.add(f"   {tick} I am happy to get text messages\n")
    if rng.random() < 0.6:
        doc.add("Email: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    else:
        doc.add(f"{tick} I do not have an email address\n")
    doc.add("\n2. Which benefit is the decision about?\n")
    for b in benefits:
        doc.add(f"  {tick if b == chosen else '[ ]'} {b}\n")
    doc.add(f"Date on the decision letter: {v.other_date()}\n\nPage 1 of 2      Initials: ")
    doc.ent("PERSON", initials).add("\n\n3. Has anyone helped you fill in this form?\n  ")
    if rng.random() < 0.7:
        doc.add(f"{tick} Yes   [ ] No\n  Their name: ").name(helper)
        doc.add(f"\n  Relationship: {relationship}\n  Their phone: ")
        doc.ent("PHONE_NUMBER", v.phone()).add("\n")
    else:
        doc.add(f"[ ] Yes   {tick} No\n")
    doc.add(f"\n4. Why do you think the decision is wrong?\n{v.filler(2)}\n")
    if rng.random() < 0.3:
        doc.add(f"\n5. Proof of identity sent\n  {tick} Passport  No. ")
        doc.ent("UK_PASSPORT", v.passport()).add("\n")
    doc.add(f"\nDeclaration\n  {tick} The information I have given is correct\nSigned: ")
    doc.name(p).add(f"   Date: {v.other_date()}\n\nPage 2 of 2      Initials: ")
    doc.ent("PERSON", initials).add("\n")


def quoted_email_thread(doc: Doc, v: Values) -> None:
    """A short reply above a long thread quoted with ">", ">>" and ">>>": the citizen's details
    sit in the older, deeper-quoted messages (an address block with ">> " inside its span); the
    officers write from the organisation's mailbox."""
    rng = v.rng
    p, first_officer, second_officer, org = v.person(), v.person(), v.person(), v.org()
    mail = v.email(p)
    subject = rng.choice(["Overpayment", "Change of bank details", "Missing payment",
                          "Council tax refund"])
    doc.add(f"Subject: RE: RE: RE: {subject} [ref {v.ref()}]\n\nHello,\n\nI am still waiting. "
            "The whole thread is below so nobody needs to ask me again.\n\n")
    doc.name(p, "first").add(f"\n\nOn {v.other_date()}, ").name(first_officer).add(" <")
    doc.ent("ORGANIZATION", org.mailbox).add("> wrote:\n> Dear ").name(p, "title_surname")
    doc.add(",\n> Thank you. I have passed this to the team that deals with it.\n> If you hear "
            "nothing in 10 working days please call ").ent("ORGANIZATION", org.helpline)
    doc.add(".\n> Kind regards\n> ").name(first_officer, "first").add("\n>\n")
    doc.add(f"> On {v.other_date()}, ").name(p).add(" <").ent("EMAIL_ADDRESS", mail)
    doc.add("> wrote:\n>> Hi ").name(first_officer, "first")
    doc.add(",\n>> Here is what you asked for.\n>> NI number: ").ident("UK_NINO", v.nino())
    doc.add("\n>> Date of birth: ").dob(p).add("\n")
    if rng.random() < 0.6:
        doc.add(">> New bank: sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(" account ").ent("UK_BANK_ACCOUNT", v.account()).add("\n")
    doc.add(">> Address:\n").address_lines(v.address(), indent=">> ")
    if rng.random() < 0.5:
        doc.add(">> Mobile: ").ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.add(">> Thanks\n>> ").name(p, "first").add(f"\n>>\n>> On {v.other_date()}, ")
    doc.name(second_officer).add(" <").ent("ORGANIZATION", org.mailbox)
    doc.add("> wrote:\n>>> Dear customer,\n>>> To look into this we need your National "
            "Insurance number, date of birth and current address.\n>>> ")
    doc.name(second_officer, "initial").add(f", {org.team}\n")


def contact_form_typos(doc: Doc, v: Values) -> None:
    """A contact-us form whose free-text box was typed in a hurry: slips, wrong case, values
    typed as they came (a name in caps-lock-inverted case, a lower-case postcode)."""
    rng = v.rng
    p, org, a = v.person(), _council(v), v.address(casual=True)
    mum = v.person(p.culture, "f", p.last if rng.random() < 0.6 else None)
    typed = rng.choice([p.full, p.full.lower(), p.full.upper(), p.full.swapcase()])
    topic = rng.choice(["Council tax", "Benefits", "Blue Badge", "Other"])
    doc.add(f"Contact us - {org.name}\nSubmitted: {v.other_date()} {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}\n\nYour name*: ").ent("PERSON", typed)
    doc.add("\nYour email*: ").ent("EMAIL_ADDRESS", v.email(p)).add("\nPhone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nPostcode: ").ent("UK_POSTCODE", a.postcode)
    doc.add(f"\nTopic: {topic}\n\nYour message (max 2000 characters):\n")

    def typed_text(text: str) -> Doc:
        return doc.add(_typos(rng, text))

    typed_text("hi i am writing about my mum ")
    doc.ent("PERSON", rng.choice([mum.full, mum.full.lower()]))
    typed_text(" she lives at ").ent("STREET_ADDRESS", a.street(" ")).add(" ")
    doc.ent("LOCATION", a.town)
    typed_text(" and her date of birth is ").dob(mum)
    if rng.random() < 0.45:
        typed_text(" her nhs number is ").ident("UK_NHS", v.nhs())
    typed_text(f" she has had no heating since {v.other_date()} and nobody from the council has "
               "come out i have rung three times and waited on hold for an hour each time")
    if rng.random() < 0.5:
        typed_text(" my ni number is ").ident("UK_NINO", v.nino())
    if rng.random() < 0.25:
        typed_text(" i sent a copy of her passport ").ent("UK_PASSPORT", v.passport())
    typed_text(" please call me back asap on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\n\n[ ] Tick to get updates by email\n")


Layout = Callable[[Doc, Values], None]
_FAMILY_LAYOUTS: dict[str, list[Layout]] = {
    "dev": [posted_letter_top_right, team_salutation_move, web_form_dump, pipe_table_household,
            on_behalf_of_relative, self_intro_dob, email_quoted_reply, ocr_letter, welsh_letter,
            sms_lowercase, complaint_narrative, bank_details_change, id_documents_change],
    "heldout": [letterhead_recipient_block, signature_block_letter, paper_form_caps,
                tab_table_payees, bullet_household, carer_for_parent, paren_dob_intro,
                forwarded_email_chain, ocr_scanned_form, bilingual_letter,
                scottish_tenement_repairs, webchat_transcript, moving_home_notice],
    "dev2": [contact_centre_call_note, solicitor_client_letter, residents_repair_request,
             school_children_letter, pdf_form_values_below, capitals_complaint,
             lowercase_signoff_note, postscript_neighbour, email_html_signature,
             quoting_council_letter, non_native_english, family_id_numbers],
    "heldout2": [letting_agent_tenant, hospital_letter_forwarded, funeral_director_letter,
                 social_worker_referral, prisoner_letter, mp_constituent_casework, parking_appeal,
                 employer_confirmation, student_exemption_email, debt_advice_statement,
                 phone_chat_export, voicemail_transcription, appeal_form_tickboxes,
                 quoted_email_thread, contact_form_typos],
}
_LAYOUT_FUNCS = {family: {f.__name__: f for f in fs} for family, fs in _FAMILY_LAYOUTS.items()}
LAYOUTS: dict[str, list[str]] = {family: list(funcs) for family, funcs in _LAYOUT_FUNCS.items()}


# --------------------------------------------------------------------------- public API
def organisation_contacts() -> list[str]:
    """Every organisation's own address (its lines, town and postcode as one phrase), helpline
    and mailbox: what a deployment would put in its redaction allow-list
    (``CASEWORK_REDACTION_ALLOW_LIST``) so its own contact details stay readable."""
    out = []
    for line in _ORGS.strip().splitlines():
        _, _, address, helpline, mailbox = line.split("|")
        out += [", ".join(address.split(";")), helpline, mailbox]
    return out


def generate_uk_layout_set(n: int, seed: int = 0, family: str = "dev") -> list[dict]:
    """``n`` SYNTHETIC labelled letters of one family, deterministic for (n, seed, family)."""
    if family not in _LAYOUT_FUNCS:
        raise ValueError(f"family must be one of {FAMILIES}, not {family!r}")
    names, rows = LAYOUTS[family], []
    for i in range(n):
        rng = random.Random(f"uklayout/{family}/{seed}/{i}")   # str seeds are stable across runs
        layout = names[(i + seed) % len(names)]
        doc = Doc(rng, trick_pending=rng.random() < TRICK_RATE)
        _LAYOUT_FUNCS[family][layout](doc, Values(rng, family))
        rows.append({"id": f"uklayout-{family}-{seed}-{i:05d}-{layout}", "text": doc.text(),
                     "spans": doc.spans, "synthetic": True, "family": family, "layout": layout})
    return rows
