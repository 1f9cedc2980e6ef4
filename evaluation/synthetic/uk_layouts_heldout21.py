# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout21: a twenty-first held-out SYNTHETIC family of UK correspondence with labelled personal
data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-02:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor or any scorer on it. It measures recall and precision on layouts and values nobody
has tuned on; it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout21(n, seed)`` returns rows ``{"id": "uklayout-heldout21-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout21",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout21 -o
var/eval/pii_uk_layouts_heldout21.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout21.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout20).
Every value table here is new, and tests/test_uk_layouts_heldout21.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: Banyankole (Ainembabazi, Tumusiime;
  Byamugisha), Urhobo (Oghenekevwe, Ovie; Edewor), Mossi (Rasmata, Boukaré; Ouédraogo,
  Sawadogo), Lozi (Inonge, Mubita; Akayombokwa), Herero (Uaundja, Kaumbi; Tjitendero), Santal
  (Phulmani, Sido; Hansda, Murmu), Maasai (Naserian, Saitoti; Ole Sankale - a surname of two
  words), Shan (Nang Hseng, Sai Mong - forenames of two words with the Nang/Sai prefix;
  Hsengmuang), I-Kiribati (Teretia, Teburoro; Maamau), Kabye (Essowè, Kpatcha; Tchalla) and
  Zambian Tonga (Luyando, Mweemba; Hichilema, Siamuzyulu), with hyphenated forenames and
  double-barrelled surnames;
* villages, hamlets and county forms no earlier family used: Oxney and the Romney Marsh
  edge (TN), the Isle of Ely fens (PE), the Trough of Bowland (BB, PR), the Axholme levels
  (DN) and Upper Teesdale (DL); Kintyre and Islay (PA), Strathspey (PH) and the Machars of
  Wigtownshire (DG); Pen Llŷn (LL), Preseli (SA) and Maesyfed (LD); the Upper Erne, the
  Sperrins and the Glens of Antrim (BT); street names from cricket fielding positions ("Silly
  Point Close"), a distillery's still house ("Washback Wynd"), Welsh hills ("Golwg Foel
  Eryr") and turf cutting ("Bog Cotton Avenue");
* new recipient organisations (allow-listed) and third parties (employers, gas engineers,
  energy suppliers, the Child Maintenance Service, a Single Justice Procedure centre, the
  NHS Business Services Authority, GP practices) whose own contact details are ORGANIZATION.

Layouts (11): fhir_patient_bundle_json, telegram_chat_json_export (machine exports);
payslip_pdf_text_for_ctr, gas_safety_record_cp12_forwarded, energy_bill_proof_of_address_ocr,
nhs_hc2_certificate_quoted, single_justice_procedure_plea_typed (documents pasted or
forwarded); child_maintenance_calculation_query, residents_parking_permit_web_form (a
resident's query and a web form); maasai_swahili_language_letter, santal_hindi_language_letter
(whole letters in Swahili and Hindi).

Labelling conventions are heldout20's (the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone, "SURNAME, Forename" and names in capitals
are PERSON. Addresses split into STREET_ADDRESS + one LOCATION each for district,
town/village and county + UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH (also ISO
"1961-03-12" in the FHIR bundle, Swahili "12 Machi 1985" and Hindi "12 मार्च 1975"); pay,
bill, inspection, offence, effective, certificate and chat dates stay unlabelled. Third
parties' own address lines, phones and mailboxes are ORGANIZATION (ignored for recall).
Unlabelled look-alikes (precision): FHIR resource ids, ODS codes and timestamps; Telegram
chat and user ids and Unix times; tax codes, payroll numbers, pay figures and the employer's
PAYE reference; Gas Safe registration and licence card numbers, CO readings and ratios; energy
account numbers, MPANs, meter serials and readings; HC2 certificate numbers and validity
dates; SJP URNs, vehicle registrations and fines; CMS references and weekly amounts; permit
numbers, zones, vehicle registrations and V5C document references; case numbers and rents in
the foreign letters. ~10% of NI, NHS, sort code, account and passport numbers are MISTYPED
(span ``"mistyped": True``); ~10% of rows hide a Unicode trick inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* in the FHIR bundle each address ``line`` string is its own STREET_ADDRESS span (a district
  written as a further line is LOCATION), ``city`` and ``district`` are LOCATION,
  ``postalCode`` UK_POSTCODE; ``family`` and each ``given`` are PERSON, ``prefix`` (the title)
  is not; the ``birthDate`` is DATE_OF_BIRTH; the GP practice's ODS code stays unlabelled;
* in the Telegram export the chat ``name`` and each ``from`` are PERSON, every time; ``from_id``,
  ``id`` and ``date_unixtime`` stay unlabelled;
* on the payslip the employer's address and phone are ORGANIZATION, the tax code ("1257L") and
  employee number readable; the account the net pay goes to is labelled;
* on the gas safety record the engineer's name is PERSON and the engineer's business contacts
  ORGANIZATION; the landlord (a person) and the tenant are personal data;
* on the energy bill (OCR: hard wraps, hyphenation at the margin, character confusions outside
  values) the supplier's contacts are ORGANIZATION; the account ending ("ending 4821") stays
  unlabelled;
* in the Swahili and Hindi letters the names are written in Latin letters as in the passport,
  and the dates of birth with Swahili or Hindi month names are DATE_OF_BIRTH ("tarehe" before
  a Swahili date is not part of the span).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    Doc3,
    Family,
    Values,
    clock_time,
    days_ago,
    digits,
    dmy,
    iso,
    parse_tables,
    pounds,
    recipient_contact,
    relation_word,
    street_names,
    third_parties,
    third_party_contact,
    welsh_street_names,
)

__all__ = [
    "ENTITY_TYPES",
    "FAMILY",
    "FIRST_NAMES",
    "HOUSE_NAMES",
    "LAYOUTS",
    "LAYOUT_FUNCS",
    "ORGS",
    "STREETS",
    "SURNAMES",
    "TOWNS",
    "V",
    "build_row",
    "generate_heldout21",
    "hindi_date",
    "main",
    "organisation_contacts",
    "swahili_date",
    "write_set",
]

FAMILY = "heldout21"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name
_BASE = {
    "banyankole": (
        "Ainembabazi Natukunda Kyomuhendo Ninsiima Atuhaire Kansiime Ahimbisibwe Komugisha "
        "Tumuhairwe Ayebare",
        "Tumusiime Byaruhanga Twinamatsiko Turyahikayo Bainomugisha Rwakakamba Muhwezi Ahabwe "
        "Kamugisha",
        "Byamugisha Tumwesigye Karuhanga Turyamureeba Ainebyoona Kyarisiima Rwomushana Mwesigwa "
        "Tibaijuka Katureebe Bamwine Rwabwogo Asiimwe",
    ),
    "urhobo": (
        "Oghenekevwe Ejiroghene Onome Oghenetega Ufuoma Akpevwe Eseoghene Oghenefejiro Tejiri Ese",
        "Ovie Oghenero Akpobome Ejovwoke Oghenerukevwe Efemena Onoriode Ogaga Tega",
        "Edewor Agbamuche Akpomudje Ovwigho Ighoyota Okpako Orhorhoro Ejovi Omokaro Avwerosuo "
        "Emuobo Okumagba Arhagba",
    ),
    "mossi": (
        "Rasmata Fatimata Tenin Pagnimdé Wendkouni Poko Nongma Zénabou Kadidiatou Alimata",
        "Boukaré Noaga Salif Wendpanga Tinga Rasmané Sayouba Hamidou Lassané",
        "Ouédraogo Sawadogo Kaboré Compaoré Zongo Nikiéma Ilboudo Kafando Tapsoba Zoungrana "
        "Ouédraogo-Zida Bonkoungou Yaméogo",
    ),
    "lozi": (
        "Inonge Mwangala Namakau Liseli Sibeso Nawa Nasilele Imasiku Mbololwa Muyambango",
        "Mubita Muyunda Akapelwa Sitali Namushi Lubinda Mukela Inambao Lyamba",
        "Akayombokwa Kalaluka Mukelabai Sinyama Mwanamwambwa Imenda Lisulo Liswaniso "
        "Munalula Mukwakwa Simasiku Nalumango Silumesii",
    ),
    "herero": (
        "Uaundja Kaera Vetjaera Uazuva Tjijandjeua Ngatuvai Kaitjindi Ueriuka Nguvitjita",
        "Kaumbi Vekuii Tjiuai Uapingene Katuutire Hijarunguru Kazeongere Mbakondja Kaiyamo",
        "Tjitendero Kazenambo Tjiriange Kaurivi Kahuure Tjivikua Katjiteo Mbaeva Tjipueja "
        "Kandjii Hengari Kaputu Tjihero",
    ),
    "santal": (
        "Phulmani Sombari Budhni Salkhan_Dei Dulari Sugi Dumni Mugli Talamai Sanicharo",
        "Sido Kanhu Chando Bhagwat Durgu Sagram Lakhan Bhairo Somai",
        "Hansda Murmu Soren Hembrom Tudu Baskey Kisku Marandi Besra Mardi Hansdak Saren Baske",
    ),
    "maasai": (
        "Naserian Nashipai Sintamei Noonkipa Nalangu Naisula Resiato Nkoitoi Seleyian Noompaiyo",
        "Saitoti Kakuta Lankenua Lemayian Meitamei Koonyo Parsimei Lekishon Nkaissery",
        "Ole_Sankale Ole_Kina Ole_Ntimama Ole_Kaparo Kereto Lemaron Sankok Tumpes Olekina "
        "Kipeno Nkurrunah Lepariyo Kaelo",
    ),
    "shan": (
        "Nang_Hseng Nang_Kham Nang_Ying Nang_Hom Nang_Noom Nang_Lao Nang_Seng Nang_Mwe Nang_Khur",
        "Sai_Hseng Sai_Mong Sai_Laeng Sai_Htee Sai_Kham Sai_Nyunt Sai_Tip Sai_Murng",
        "Hsengmuang Khamleng Noomhom Tipkham Sengmong Lengsai Murngkham Htoonhseng Kyawhsai "
        "Hseng-Zin Mongnai Loilem Laihka",
    ),
    "i_kiribati": (
        "Teretia Tekaiti Nabuti Teraaiti Kaotitaake Baintarawa Tekiera Nenenteiti Arebonto",
        "Teburoro Anote Taneti Tebao Kourabi Bauro Rimeta Tetaua Tiarite",
        "Maamau Tabai Teiwaki Beiabure Kiriata Taoaba Timeon Tekeraoi Awira Tanentoa Iotebwa "
        "Karotu Teannaki",
    ),
    "kabye": (
        "Essowè Pakizim Kézié Kossiwa Essozimna Akossiwa Tchilalo Pidalatou Hodalo",
        "Kpatcha Essohana Pyabalo Tchaa Essowavana Kodjo-Abalo Pitalounani Bassabi Tchamdja",
        "Tchalla Pali Kpandja Tchakei Awizoba Kadanga Badjam Essiomle Bodjona Kouwoizou "
        "Pitassa Tchédré Agbéyomé",
    ),
    "zambian_tonga": (
        "Luyando Mwiinde Chilala Cheelo Bbuumba Choolwe Nchimunya Mapenzi Mwaanga",
        "Mweemba Hamoonga Choongo Haakantu Muleya Hakainde Siamwiza Munsaka Hamweene",
        "Mudenda Hachipuka Hichilema Siamuzyulu Simuusa Hamusonde Syakalima Haamaundu "
        "Hamweemba Siankondo Hankede Mwiinga Chiyabi",
    ),
}


def _single(words: list[str]) -> list[str]:
    return [w for w in words if "_" not in w and "-" not in w]


def _names_text() -> tuple[str, str]:
    """The name tables in the shared ``"culture: names"`` form."""
    first, last = [], []
    for culture, (fem, mal, sur) in _BASE.items():
        f, m, s = fem.split(), mal.split(), sur.split()
        fs, ms = _single(f), _single(m)
        hyph = [f"{a}-{b}/f" for a in fs[:2] for b in fs[3:5]]
        hyph += [f"{a}-{b}/m" for a in ms[:2] for b in ms[3:5]]
        first.append(
            f"{culture}: " + " ".join([f"{x}/f" for x in f * 4] + [f"{x}/m" for x in m * 4] + hyph)
        )
        ss = _single(s)
        doubles = [f"{a}-{b}" for a in ss[:3] for b in ss[5:8]]
        last.append(f"{culture}: " + " ".join(s * 4 + doubles))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _names_text()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|Kent (Oxney and the Marsh)|Stone in Oxney*|TN30
E|Kent (Oxney and the Marsh)|Appledore Heath*|TN26
E|Kent (Oxney and the Marsh)|Wittersham*|TN30
E|Kent (Oxney and the Marsh)|Fairfield Kent*|TN29
E|Kent (Oxney and the Marsh)|Newchurch Marsh*|TN29
E|Kent (Oxney and the Marsh)|Orgarswick*|TN29
E|Kent (Oxney and the Marsh)|Midley*|TN29
E|Kent (Oxney and the Marsh)|Dengemarsh*|TN29
E|Kent (Oxney and the Marsh)|Snave*|TN26
E|Kent (Oxney and the Marsh)|Hope All Saints*|TN29
E|Cambs. (Isle of Ely Fens)|Tydd Gote*|PE13
E|Cambs. (Isle of Ely Fens)|Foul Anchor*|PE13
E|Cambs. (Isle of Ely Fens)|Throckenholt*|PE12
E|Cambs. (Isle of Ely Fens)|Thorney Toll*|PE6
E|Cambs. (Isle of Ely Fens)|Wisbech St Mary*|PE13
E|Cambs. (Isle of Ely Fens)|Coldham Fens*|PE14
E|Cambs. (Isle of Ely Fens)|Rings End*|PE13
E|Cambs. (Isle of Ely Fens)|Begdale*|PE14
E|Cambs. (Isle of Ely Fens)|Elm Fens*|PE14
E|Cambs. (Isle of Ely Fens)|Emneth Hungate*|PE14
E|Lancs. (Trough of Bowland)|Stocks-in-Bowland*|BB7
E|Lancs. (Trough of Bowland)|Harrop Fold*|BB7
E|Lancs. (Trough of Bowland)|Sykes Bowland*|BB7
E|Lancs. (Trough of Bowland)|Hareden*|BB7
E|Lancs. (Trough of Bowland)|Marl Hill*|BB7
E|Lancs. (Trough of Bowland)|Holden Bowland*|BB7
E|Lancs. (Trough of Bowland)|Easington Bowland*|BB7
E|Lancs. (Trough of Bowland)|Chaigley*|BB7
E|Lancs. (Trough of Bowland)|Leagram*|PR3
E|Lancs. (Trough of Bowland)|Cow Ark*|BB7
E|Lancs. (Trough of Bowland)|Thornley-with-Wheatley*|PR3
E|N. Lincs. (Axholme Levels)|Sandtoft*|DN8
E|N. Lincs. (Axholme Levels)|Eastoft Carr*|DN17
E|N. Lincs. (Axholme Levels)|Graizelound*|DN9
E|N. Lincs. (Axholme Levels)|Low Burnham*|DN9
E|N. Lincs. (Axholme Levels)|High Burnham*|DN9
E|N. Lincs. (Axholme Levels)|Belton Axholme*|DN9
E|N. Lincs. (Axholme Levels)|Epworth Turbary*|DN9
E|N. Lincs. (Axholme Levels)|Ealand*|DN17
E|N. Lincs. (Axholme Levels)|Amcotts*|DN17
E|N. Lincs. (Axholme Levels)|Keadby*|DN17
E|N. Lincs. (Axholme Levels)|Derrythorpe*|DN17
E|Durham (Upper Teesdale)|Grassholme*|DL12
E|Durham (Upper Teesdale)|Bowbank*|DL12
E|Durham (Upper Teesdale)|Bowlees*|DL12
E|Durham (Upper Teesdale)|Harwood Teesdale*|DL12
E|Durham (Upper Teesdale)|Egglesburn*|DL12
E|Durham (Upper Teesdale)|Thringarth*|DL12
E|Durham (Upper Teesdale)|Woodland Teesdale*|DL13
E|Durham (Upper Teesdale)|Hamsterley Forest*|DL13
S|Kintyre (Argyll)|Ugadale*|PA28
S|Kintyre (Argyll)|Largieside*|PA29
S|Kintyre (Argyll)|Rhunahaorine*|PA29
S|Kintyre (Argyll)|Crossaig*|PA29
S|Kintyre (Argyll)|Claonaig*|PA29
S|Kintyre (Argyll)|Ronachan*|PA29
S|Kintyre (Argyll)|Killean Kintyre*|PA29
S|Islay (Argyll and Bute)|Kilchiaran*|PA49
S|Islay (Argyll and Bute)|Machrie Islay*|PA42
S|Islay (Argyll and Bute)|Ardbeg Islay*|PA42
S|Islay (Argyll and Bute)|Laphroaig Village*|PA42
S|Islay (Argyll and Bute)|Kintra Islay*|PA42
S|Islay (Argyll and Bute)|Ballimony*|PA48
S|Islay (Argyll and Bute)|Lossit Islay*|PA47
S|Islay (Argyll and Bute)|Sanaigmore*|PA44
S|Strathspey (Badenoch)|Dorback*|PH25
S|Strathspey (Badenoch)|Auchgourish*|PH24
S|Strathspey (Badenoch)|Tullochgribban*|PH26
S|Strathspey (Badenoch)|Kinveachy*|PH24
S|Strathspey (Badenoch)|Skye of Curr*|PH26
S|Strathspey (Badenoch)|Achnahannet*|PH26
S|Strathspey (Badenoch)|Lettoch*|PH25
S|Strathspey (Badenoch)|Balnagown Strathspey*|PH26
S|Strathspey (Badenoch)|Inverallan*|PH26
S|Strathspey (Badenoch)|Craggan Strathspey*|PH26
S|Machars (Wigtownshire)|Kidsdale*|DG8
S|Machars (Wigtownshire)|Bysbie*|DG8
S|Machars (Wigtownshire)|Glasserton*|DG8
S|Machars (Wigtownshire)|Drumtroddan*|DG8
S|Machars (Wigtownshire)|Eggerness*|DG8
S|Machars (Wigtownshire)|Drumfad*|DG8
S|Machars (Wigtownshire)|Monreith Bay*|DG8
S|Machars (Wigtownshire)|Barsalloch*|DG8
S|Machars (Wigtownshire)|Kirkmaiden Machars*|DG8
W|Pen Llŷn (Gwynedd)|Penycaerau*|LL53
W|Pen Llŷn (Gwynedd)|Llandegwning*|LL53
W|Pen Llŷn (Gwynedd)|Cwm Nant Gwrtheyrn*|LL53
W|Pen Llŷn (Gwynedd)|Pistyll Llŷn*|LL53
W|Pen Llŷn (Gwynedd)|Sarn Bach Llŷn*|LL53
W|Pen Llŷn (Gwynedd)|Llanfaelrhys Isaf*|LL53
W|Pen Llŷn (Gwynedd)|Mynydd Anelog*|LL53
W|Pen Llŷn (Gwynedd)|Pencaerau Rhiw*|LL53
W|Preseli (Sir Benfro)|Glandwr Preseli*|SA34
W|Preseli (Sir Benfro)|Blaenffos*|SA37
W|Preseli (Sir Benfro)|Pentre Galar*|SA41
W|Preseli (Sir Benfro)|Mynydd Preseli*|SA66
W|Preseli (Sir Benfro)|Bwlch-y-groes*|SA35
W|Preseli (Sir Benfro)|Llanycefn*|SA66
W|Preseli (Sir Benfro)|Tafarn-y-bwlch*|SA66
W|Preseli (Sir Benfro)|Pontyglasier*|SA41
W|Maesyfed (Powys)|Llanfihangel Rhydithon*|LD1
W|Maesyfed (Powys)|Bettws Maesyfed*|LD1
W|Maesyfed (Powys)|Cwmygast*|LD1
W|Maesyfed (Powys)|Felindre Maesyfed*|LD7
W|Maesyfed (Powys)|Cefnsuran*|LD1
W|Maesyfed (Powys)|Llaithddu*|LD1
N|Fermanagh (Upper Erne)|Lisnarick Erne*|BT94
N|Fermanagh (Upper Erne)|Corranny*|BT92
N|Fermanagh (Upper Erne)|Knocks Fermanagh*|BT92
N|Fermanagh (Upper Erne)|Drumard Erne*|BT92
N|Fermanagh (Upper Erne)|Crom Estate*|BT92
N|Fermanagh (Upper Erne)|Killygarvan*|BT92
N|Fermanagh (Upper Erne)|Derrylea*|BT92
N|Sperrins (Co. Tyrone)|Dunnamore*|BT80
N|Sperrins (Co. Tyrone)|Cranagh Sperrins*|BT79
N|Sperrins (Co. Tyrone)|Glenelly Valley*|BT79
N|Sperrins (Co. Tyrone)|Mountfield Tyrone*|BT79
N|Sperrins (Co. Tyrone)|Drumnaspar*|BT79
N|Sperrins (Co. Tyrone)|Moyard Sperrin*|BT79
N|Sperrins (Co. Tyrone)|Badoney*|BT79
N|Glens of Antrim (Co. Antrim)|Cushleake*|BT44
N|Glens of Antrim (Co. Antrim)|Layd*|BT44
N|Glens of Antrim (Co. Antrim)|Ballyeamon*|BT44
N|Glens of Antrim (Co. Antrim)|Retreat Glenariff*|BT44
N|Glens of Antrim (Co. Antrim)|Galboly*|BT44
N|Glens of Antrim (Co. Antrim)|Straidkilly*|BT44
"""
_FIELDING = (
    "Silly Point, Long Leg, Deep Square, Fine Leg, Gully, Cover Point, Short Leg, Third Man, "
    "Mid Wicket, Long Stop, Leg Slip"
)
_STILLHOUSE = (
    "Washback, Spirit Safe, Mash Tun, Malt Barn, Kiln Pagoda, Worm Tub, Feints Receiver, "
    "Low Wine, Draff House"
)
_HILLS = (
    "Carn Ingli, Foel Cwmcerwyn, Carn Menyn, Foel Drygarn, Foel Eryr, Carn Goedog, Moel Eilio, "
    "Garn Fadryn, Yr Eifl, Mynydd Rhiw, Foel Feddau"
)
_TURF = "Turf Spade, Slane, Peat Bank, Bog Cotton, Turf Clamp, Creel, Turf Stack, Bog Myrtle"


_STREETS = {
    "E": street_names(_FIELDING, ["Close", "Rise", "Walk", "Lane", "Way"]),
    "S": street_names(_STILLHOUSE, ["Wynd", "Brae", "Loan", "Gait", "Vennel"]),
    "W": welsh_street_names(_HILLS, ["Heol", "Ffordd", "Clos", "Maes", "Golwg"]),
    "N": street_names(_TURF, ["Avenue", "Crescent", "Drive", "Grove", "Park"]),
}
_HOUSE_NAMES = {
    "E": "Third Man Cottage, Pavilion End, Scorer's Box, Long Room House, Roller Shed Cottage, "
    "Bowler's Rest, Sightscreen House",
    "S": "Stillman's Cottage, Cooperage Bothy, Maltster's House, Bonded Warehouse Cottage, "
    "Exciseman's Neuk, Peat Reek House, Dunnage Cottage",
    "W": "Bwthyn Carn Ingli, Tŷ Foel Eryr, Hafod Garn Fadryn, Llety'r Eifl, Nyth Carn Menyn, "
    "Tyddyn Moel Eilio, Golygfa'r Preselau",
    "N": "Turfcutter's Cottage, Bog Lodge, Peat Stack House, Clamp Cottage, Sleán House, "
    "Moss Edge Cottage, Creel House",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Folkestone and Hythe District Council Private Housing|Private Sector Housing - Gas Safety|Civic Centre, Castle Hill Avenue;Folkestone;CT20 9YX|0808 157 2101|gas.safety@fhdc-privatehousing.gov.uk
Fenland District Council Revenues|Council Tax Reduction - Changes|Fenland Hall, County Road;March;PE15 9YX|0808 157 2102|ctr.changes@fenland-revenues.gov.uk
Ribble Valley Borough Council Strategic Housing|Housing Register - Proof of Address|Council Offices, Church Walk;Clitheroe;BB7 9YX|0808 157 2103|housing.register@ribblevalley-housing.gov.uk
North Lincolnshire Council Welfare Rights|Welfare Rights - Child Maintenance|Church Square House, High Street;Scunthorpe;DN15 9YX|0808 157 2104|welfare.rights@northlincs-welfare.gov.uk
Durham County Council Money Advice|Money Advice - Fines and Court Debts|County Hall, Aykley Heads;Durham;DH1 9YX|0808 157 2105|money.advice@durham-moneyadvice.gov.uk
Argyll and Bute Council Parking Services|Parking Permits - Kintyre and Islay|Kilmory;Lochgilphead;PA31 9YX|0808 157 2106|parking.permits@argyllbute-parking.gov.uk
Moray Council Education Support|School Clothing Grants - Free Meals|Council Office, High Street;Elgin;IV30 9YX|0808 157 2107|clothing.grants@moray-education.gov.uk
Dumfries and Galloway Council Social Work|Adult Social Care - Integration Hub|English Street;Dumfries;DG1 9YX|0808 157 2108|integration.hub@dumgal-socialwork.gov.uk
Gwynedd Council Housing|Tai - Housing Options Llŷn|Swyddfa'r Cyngor, Stryd y Jêl;Caernarfon;LL55 9YX|0808 157 2109|opsiynau.tai@gwynedd-tai.gov.uk
Pembrokeshire County Council Revenues|Council Tax - Discounts and Disregards|County Hall, Freemans Way;Haverfordwest;SA61 9YX|0808 157 2110|ctax.discounts@pembs-revenues.gov.uk
Fermanagh and Omagh District Council Environmental Health|Environmental Health - Private Tenancies|Townhall, Townhall Street;Enniskillen;BT74 9YX|0808 157 2111|private.tenancies@fermanaghomagh-eh.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_EMPLOYERS = """
Fenmarsh Produce Packers Ltd|Unit 4, Cromwell Road;Wisbech;PE14 9ZS|01632 963 301|payroll@fenmarsh-produce.example.co.uk
Isle Care Homes (Wisbech) Ltd|The Old Granary, North Brink;Wisbech;PE13 9ZS|01632 963 302|hr.payroll@islecarehomes.example.co.uk
"""
_ENGINEERS = """
Marshland Gas and Heating Ltd|8 Station Yard;New Romney;TN28 9ZS|01632 963 303|office@marshland-gas.example.co.uk
Dungeness Boiler Services|Unit 2, Mountfield Road;New Romney;TN28 9ZT|01632 963 304|jobs@dungeness-boilers.example.co.uk
"""
_SUPPLIERS = """
Pennine Valley Energy Ltd|PO Box 2101;Preston;PR1 9ZS|01632 963 305|customercare@penninevalley-energy.example.co.uk
Bowland Power and Gas|PO Box 2102;Lancaster;LA1 9ZS|01632 963 306|help@bowlandpower.example.co.uk
"""
_CMS = """
Child Maintenance Service|PO Box 2103;Hull;HU5 9ZS|01632 963 307|cms.enquiries@childmaintenance.example.gov.uk
"""
_SJP = """
Single Justice Procedure Centre (Teesside)|PO Box 2104;Middlesbrough;TS1 9ZS|01632 963 308|sjp.teesside@courts-example.gov.uk
"""
_NHSBSA = """
NHS Business Services Authority - Low Income Scheme|Bridge House, 152 Pilgrim Street;Newcastle upon Tyne;NE1 9ZS|01632 963 309|lis.enquiries@nhsbsa.example.nhs.uk
"""
_PRACTICES = """
Machars Medical Practice|Harbour Row;Whithorn;DG8 9ZS|01632 963 310|machars.practice@nhs-dg.example.scot
Cree Valley Health Centre|Victoria Street;Newton Stewart;DG8 9ZT|01632 963 311|creevalley.hc@nhs-dg.example.scot
"""
_EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
    "sky.com",
    "virginmedia.com",
    "yahoo.com",
    "proton.me",
    "aol.co.uk",
    "live.co.uk",
]
_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0117 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
    "0151 496 0",
    "0161 496 0",
    "0191 498 0",
    "020 7946 0",
    "028 9649 6",
    "029 2018 0",
    "01632 960",
]

# --------------------------------------------------------------------------- parsed tables
TABLES = parse_tables(
    first=_FIRST,
    surnames=_SURNAMES,
    culture_weights=_CULTURE_WEIGHTS,
    streets=_STREETS,
    house_names=_HOUSE_NAMES,
    towns=_TOWNS,
    region_weights=_REGION_WEIGHTS,
    orgs_text=_ORGS,
    email_domains=_EMAIL_DOMAINS,
    landlines=_LANDLINES,
)
FIRST_NAMES, SURNAMES = TABLES.first_names, TABLES.surnames
STREETS, HOUSE_NAMES, TOWNS, ORGS = TABLES.streets, TABLES.house_names, TABLES.towns, TABLES.orgs
EMPLOYERS = third_parties(_EMPLOYERS)
ENGINEERS = third_parties(_ENGINEERS)
SUPPLIERS = third_parties(_SUPPLIERS)
CMS = third_parties(_CMS)
SJP_CENTRES = third_parties(_SJP)
NHSBSA = third_parties(_NHSBSA)
PRACTICES = third_parties(_PRACTICES)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 44)
    former_name_culture = "lozi"


# --------------------------------------------------------------------------- helpers
_SW_MONTHS = (
    "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba"
).split()
_HI_MONTHS = ("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर").split()


def swahili_date(rng: random.Random, d: date) -> str:
    """A date as a Swahili writer puts it: "12 Machi 1985", "12/03/1985" or "12.3.1985"."""
    return rng.choice(
        [
            f"{d.day} {_SW_MONTHS[d.month - 1]} {d.year}",
            f"{d:%d/%m/%Y}",
            f"{d.day}.{d.month}.{d.year}",
        ]
    )


def hindi_date(rng: random.Random, d: date) -> str:
    """A date as a Hindi writer puts it: "12 मार्च 1975", "12/03/1975" or "12-03-1975"."""
    return rng.choice(
        [f"{d.day} {_HI_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", f"{d:%d-%m-%Y}"]
    )


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choices("0123456789abcdef", k=32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _vrm(rng: random.Random) -> str:
    """A vehicle registration mark ("KX19 BFD"): not personal data here, a look-alike."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    year = rng.choice([f"{y:02d}" for y in range(10, 26)] + [f"{y}" for y in range(60, 75)])
    return "".join(rng.choices(letters, k=2)) + year + " " + "".join(rng.choices(letters, k=3))


# --------------------------------------------------------------------------- layouts
def fhir_patient_bundle_json(doc: Doc3, v: V) -> None:
    """A GP system's FHIR Patient bundle (JSON) pasted into a hospital discharge referral by the
    integration hub: the patient's NHS number, name, date of birth (ISO), address lines, town,
    county and postcode, phone and e-mail, and a RelatedPerson (next of kin) with name and phone;
    the GP practice's contacts are ORGANIZATION; the bundle and resource ids, the ODS code and
    the lastUpdated timestamp stay readable."""
    rng = v.rng
    org, gp = v.org("Integration Hub"), rng.choice(PRACTICES)
    p, home = v.person(born=(1926, 1975)), v.address()
    nok = v.kin(p, born=(1950, 2000)) if rng.random() < 0.6 else v.person(born=(1950, 2000))
    ods = f"S{rng.randint(10000, 99999)}"
    stamp = f"{iso(days_ago(rng, 0, 6))}T{clock_time(rng, 7, 20)}:{rng.randint(0, 59):02d}+00:00"
    doc.add(f"Referral received by {org.team}\nFrom: ").ent("ORGANIZATION", gp.mailbox)
    doc.add(f" ({gp.name}, tel ").ent("ORGANIZATION", gp.phone).add(")\n\n")
    doc.add('{\n  "resourceType": "Bundle",\n')
    doc.add(f'  "id": "{_uuid(rng)}",\n  "meta": {{ "lastUpdated": "{stamp}" }},\n')
    doc.add('  "type": "searchset",\n  "total": 1,\n  "entry": [\n    {\n      "resource": {\n')
    doc.add('        "resourceType": "Patient",\n')
    doc.add(f'        "id": "{_uuid(rng)}",\n        "identifier": [\n          {{\n')
    doc.add('            "system": "https://fhir.nhs.uk/Id/nhs-number",\n            "value": "')
    nhs = v.nhs()
    doc.ident("UK_NHS", ("".join(c for c in nhs[0] if c.isdigit()), nhs[1])).add(
        '"\n          }\n        ],\n'
    )
    doc.add('        "name": [\n          {\n            "use": "official",\n')
    doc.add('            "family": "').ent("PERSON", p.last).add('",\n            "given": [ "')
    doc.ent("PERSON", p.first).add('" ],\n            "prefix": [ "')
    doc.add(f'{p.title}" ]\n          }}\n        ],\n')
    doc.add(f'        "gender": "{"female" if p.gender == "f" else "male"}",\n')
    doc.add('        "birthDate": "').ent("DATE_OF_BIRTH", iso(p.dob)).add('",\n')
    doc.add('        "address": [\n          {\n            "use": "home",\n')
    doc.add('            "line": [ ')
    for i, line in enumerate(home.street_lines):
        doc.add(", " if i else "").add('"').ent("STREET_ADDRESS", line).add('"')
    if home.district:
        doc.add(', "').ent("LOCATION", home.district).add('"')
    doc.add(' ],\n            "city": "').ent("LOCATION", home.town).add('",\n')
    if home.county:
        doc.add('            "district": "').ent("LOCATION", home.county).add('",\n')
    doc.add('            "postalCode": "').ent("UK_POSTCODE", home.postcode)
    doc.add('"\n          }\n        ],\n        "telecom": [\n')
    doc.add('          { "system": "phone", "value": "').ent("PHONE_NUMBER", v.national_phone())
    doc.add('", "use": "home" }')
    if rng.random() < 0.6:
        doc.add(',\n          { "system": "email", "value": "').ent("EMAIL_ADDRESS", v.email(p))
        doc.add('" }')
    doc.add('\n        ],\n        "generalPractitioner": [\n          { "type": ')
    doc.add(f'"Organization", "identifier": {{ "value": "{ods}" }} }}\n        ]\n')
    doc.add('      }\n    },\n    {\n      "resource": {\n')
    doc.add('        "resourceType": "RelatedPerson",\n')
    doc.add(f'        "id": "{_uuid(rng)}",\n        "relationship": [ {{ "text": "')
    doc.add(
        f'Next of kin - {relation_word(nok, child=True)}" }} ],\n        "name": [ {{ "text": "'
    )
    doc.nm(nok, "full").add('" } ],\n        "telecom": [ { "system": "phone", "value": "')
    doc.ent("PHONE_NUMBER", v.national_phone(True)).add('" } ]\n      }\n    }\n  ]\n}\n\n')
    recipient_contact(doc, org)


def telegram_chat_json_export(doc: Doc3, v: V) -> None:
    """A tenant's Telegram Desktop export (result.json) of the chat with the landlord, sent with a
    disrepair complaint: the chat's name and each message's sender are PERSON; the landlord's
    bank details for the rent, the tenant's address, the landlord's phone; the chat and message
    ids, the user ids and the Unix times stay readable; the tenant's covering note gives the
    date of birth, phone and e-mail."""
    rng = v.rng
    org = v.org("Private Tenancies")
    ten, home = v.person(born=(1960, 2005)), v.local("N", ("BT",))
    ll = v.person(born=(1945, 1990))
    chat_id = rng.randint(5_000_000_000, 6_999_999_999)
    me_id = rng.randint(1_000_000_000, 4_999_999_999)
    msg_id = rng.randint(1000, 90000)
    t0 = days_ago(rng, 15, 90)
    secs = int((t0 - date(1970, 1, 1)).total_seconds()) + rng.randint(28000, 70000)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(
        "\nSubject: mould - chat with landlord\n\n"
    )
    doc.add("I exported our Telegram chat, it is below.\n\n")
    doc.add('{\n "name": "').nm(ll, rng.choice(["full", "first", "full"])).add('",\n')
    doc.add(f' "type": "personal_chat",\n "id": {chat_id},\n "messages": [\n')

    def msg(who: Person, uid: int, parts: list[tuple[str | None, str | tuple[str, bool]]]) -> None:
        nonlocal msg_id, secs
        msg_id += rng.randint(1, 40)
        secs += rng.randint(300, 400_000)
        stamp = date(1970, 1, 1) + timedelta(seconds=secs)
        hh, mm, ss = secs % 86400 // 3600, secs % 3600 // 60, secs % 60
        doc.add(f'  {{\n   "id": {msg_id},\n   "type": "message",\n')
        doc.add(f'   "date": "{iso(stamp)}T{hh:02d}:{mm:02d}:{ss:02d}",\n')
        doc.add(f'   "date_unixtime": "{secs}",\n   "from": "').ent("PERSON", who.full)
        doc.add(f'",\n   "from_id": "user{uid}",\n   "text": "')
        for kind, text in parts:
            if isinstance(text, tuple):
                doc.ident(kind or "", text)
            elif kind:
                doc.ent(kind, text)
            else:
                doc.add(text)
        doc.add('"\n  },\n')

    msg(ten, me_id, [(None, "The black mould in the back bedroom is back, the baby is coughing")])
    msg(
        ll,
        chat_id,
        [
            (None, "Open the windows. Also rent is now to my new account, sort "),
            ("UK_SORT_CODE", v.sort_code()),
            (None, " acc "),
            ("UK_BANK_ACCOUNT", v.account()),
        ],
    )
    msg(
        ten,
        me_id,
        [
            (None, "I need it fixed. The address for the council is "),
            ("STREET_ADDRESS", home.street(", ")),
            (None, ", "),
            ("LOCATION", home.town),
            (None, " "),
            ("UK_POSTCODE", home.postcode),
        ],
    )
    msg(ll, chat_id, [(None, "Call me on "), ("PHONE_NUMBER", v.phone(True)), (None, " not here")])
    doc.add(f'  {{\n   "id": {msg_id + 1},\n   "type": "service",\n   "action": "phone_call",\n')
    doc.add(f'   "duration_seconds": {rng.randint(20, 600)}\n  }}\n ]\n}}\n\n')
    doc.add("My date of birth is ").dob(ten).add(", phone ").ent("PHONE_NUMBER", v.phone())
    doc.add(", email ").ent("EMAIL_ADDRESS", v.email(ten)).add(". I rang ")
    doc.ent("ORGANIZATION", org.phone).add(" but got voicemail.\n")
    doc.nm(ten, rng.choice(["full", "first", "lower"])).add("\n")


def payslip_pdf_text_for_ctr(doc: Doc3, v: V) -> None:
    """A council tax reduction change of circumstances: the claimant pastes the text of a PDF
    payslip (two columns run together): the employer's address and phone (ORGANIZATION), the
    employee's name, NI number and address, the account the net pay went to; then the
    claimant's date of birth, phone and e-mail; the tax code, NI letter, employee and payroll
    numbers, the PAYE reference, the period and the pay figures stay readable."""
    rng = v.rng
    org, emp = v.org("Council Tax Reduction"), rng.choice(EMPLOYERS)
    p, home = v.person(born=(1958, 2006)), v.local("E", ("PE",))
    ctr = f"CTR{rng.randint(100000, 999999)}"
    paye = f"{rng.randint(100, 999)}/{rng.choice('ABCDEFGHJK')}{rng.randint(10000, 99999)}"
    empno = f"{rng.randint(1, 9999):06d}"
    gross = rng.randint(900, 2900)
    tax, ni = round(gross * 0.11, 2), round(gross * 0.06, 2)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(f"\nSubject: new job - claim {ctr}\n\n")
    doc.add("Hello, I started work, my first payslip is copied below.\n\n")
    doc.add(f"{emp.name.upper()}                    PAYSLIP\n")
    doc.ent("ORGANIZATION", ", ".join(emp.lines)).add("   Tel ").ent("ORGANIZATION", emp.phone)
    doc.add(f"\nEmployer PAYE ref: {paye}\n\nEmployee: ")
    doc.nm(p, rng.choice(["caps", "surname_caps", "bank2", "full"]))
    doc.add(f"        Employee No: {empno}\n")
    doc.add("NI Number: ").ident("UK_NINO", v.nino())
    doc.add(f"   NI Letter: A   Tax Code: {rng.choice(['1257L', '1257L M1', 'BR', '0T'])}\n")
    doc.addr_lines(home, "")
    doc.add(f"Pay date: {dmy(days_ago(rng, 1, 30))}   Tax period: {rng.randint(6, 9)}   ")
    doc.add(f"Payroll: {rng.choice(['Monthly', '4-Weekly'])}\n\n")
    doc.add(f"Payments              Deductions\nBasic pay  {gross:,}.00     PAYE tax   {tax:.2f}\n")
    doc.add(f"Holiday pay  {rng.randint(0, 200)}.00      National Insurance  {ni:.2f}\n")
    doc.add(f"                      Pension   {round(gross * 0.05, 2):.2f}\n")
    doc.add(f"Net pay  £{gross - tax - ni - round(gross * 0.05, 2):,.2f}\nPaid to: sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("  account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\nYear to date gross {pounds(rng, 900, 9000)}\n\n")
    doc.add("My date of birth is ").dob(p).add(". Mobile ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(", email ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\nThanks\n")
    doc.nm(p, rng.choice(["full", "first"])).add("\n\n> ")
    recipient_contact(doc, org)


def gas_safety_record_cp12_forwarded(doc: Doc3, v: V) -> None:
    """A landlord forwards the gas safety record (CP12) the council asked for after a tenant's
    complaint: the landlord's name, address, phone and e-mail, the tenant's name and phone, the
    installation address, the engineer's name; the engineer's business contacts are
    ORGANIZATION; the Gas Safe registration and licence numbers, appliance readings, CO ppm and
    ratios, the record number and the inspection dates stay readable."""
    rng = v.rng
    org, eng_co = v.org("Gas Safety"), rng.choice(ENGINEERS)
    ll, ll_home = v.person(born=(1940, 1990)), v.address()
    ten, prop = v.person(), v.local("E", ("TN",))
    eng = v.person(gender="m" if rng.random() < 0.85 else "f")
    reg, card = f"{rng.randint(100000, 999999)}", f"{rng.randint(1000000, 9999999)}"
    rec = f"LGSR-{rng.randint(10000, 99999)}"
    done = days_ago(rng, 2, 40)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: Gas safety certificate as ")
    doc.add("requested\n\nPlease find the landlord gas safety record below.\n")
    doc.nm(ll, rng.choice(["full", "title_full", "initial_dot"])).add("\n")
    doc.addr_lines(ll_home).ent("PHONE_NUMBER", v.phone()).add("\n")
    doc.ent("EMAIL_ADDRESS", v.email(ll)).add("\n\n")
    doc.add(f"LANDLORD GAS SAFETY RECORD   No. {rec}\n{eng_co.name}\n")
    third_party_contact(doc, eng_co, " | ")
    doc.add(f"\nGas Safe Register no: {reg}   Engineer licence card: {card}\nEngineer: ")
    doc.nm(eng, rng.choice(["full", "initial_dot", "caps"])).add("\n\nInstallation address:\n")
    doc.addr_lines(prop, "  ", joined=False).add("Tenant: ").nm(ten, rng.choice(["full", "caps"]))
    doc.add("   Tel: ").ent("PHONE_NUMBER", v.phone(True)).add("\nLandlord: ")
    doc.nm(ll, rng.choice(["full", "caps", "surname"])).add("\n\n")
    doc.add("Appliance | Location | Make | Op. pressure | CO ppm | CO/CO2 ratio | Safe\n")
    for where, what in rng.sample(
        [("Kitchen", "Boiler"), ("Kitchen", "Hob"), ("Lounge", "Gas fire"), ("Airing", "Boiler")], 2
    ):
        doc.add(f"{what} | {where} | {rng.choice(['Baxi', 'Vaillant', 'Ideal', 'Worcester'])} | ")
        doc.add(f"{rng.randint(17, 22)} mbar | {rng.randint(2, 40)} | 0.00{rng.randint(10, 99)} | ")
        doc.add("Yes\n")
    doc.add(f"\nDate of check: {dmy(done)}   Next check due by: ")
    doc.add(f"{dmy(done + timedelta(364))}\n\n")
    recipient_contact(doc, org)


def energy_bill_proof_of_address_ocr(doc: Doc3, v: V) -> None:
    """An energy bill scanned (OCR: hard wraps, hyphenation at the margin, confusions outside
    values) and sent as proof of address for the housing register: the supplier's contacts are
    ORGANIZATION; the customer's name and supply address; then the applicant's date of birth,
    phone and e-mail typed in the covering note; the account number, MPAN, meter serial and
    readings, bill period, amounts and the Direct Debit account ending stay readable."""
    rng = v.rng
    org, sup = v.org("Proof of Address"), rng.choice(SUPPLIERS)
    p, home = v.person(born=(1945, 2005)), v.local("E", ("BB", "LA", "BD"))
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: proof of address - scan\n\n")
    doc.add("Housing register application - my bill is attached, the scan text is below.\n")
    doc.add("My date of birth is ").dob(p).add(" and my mobile is ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\n--- scanned text ---\n")
    doc.wrap, doc.hyphenate, doc.noise = rng.randint(48, 70), 0.35, True
    acct = f"{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)}"
    mpan = f"{rng.randint(10, 23)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"
    end = days_ago(rng, 6, 40)
    start, billed = end - timedelta(rng.randint(28, 92)), end + timedelta(rng.randint(1, 5))
    doc.add(f"{sup.name.upper()} Your energy bill ")
    doc.nm(p, rng.choice(["title_full", "caps", "title_initial_dot"])).add(" ")
    doc.addr_inline(home).add(f" Account number {acct} Bill date {dmy(billed)} ")
    doc.add(f"for the period {dmy(start)} to {dmy(end)}. ")
    doc.add(f"Supply address as above. Electricity MPAN {mpan} Meter serial ")
    doc.add(f"{rng.randint(10, 23)}{rng.choice('EKLPS')}{digits(rng, 7)} readings ")
    doc.add(f"{rng.randint(10000, 60000)} to {rng.randint(60001, 90000)} (actual). ")
    doc.add(f"Amount due {pounds(rng, 40, 400)}. Paid by Direct Debit from the bank account ")
    doc.add(f"ending {digits(rng, 4)}. Questions? ")
    third_party_contact(doc, sup, " ")
    doc.wrap, doc.hyphenate, doc.noise = 0, 0.0, False
    doc.add("\n--- end ---\n\n")
    doc.nm(p, rng.choice(["full", "first"])).add("\n\n> ")
    recipient_contact(doc, org)


def nhs_hc2_certificate_quoted(doc: Doc3, v: V) -> None:
    """A parent applying for a school clothing grant quotes the NHS Low Income Scheme HC2
    certificate as proof of low income: the NHSBSA's contacts are ORGANIZATION; the certificate
    holder's and the partner's names, the address, the holder's date of birth and NI number, the
    children's names and dates of birth; the certificate number, the validity dates and the
    pupils' school year stay readable."""
    rng = v.rng
    org, bsa = v.org("Clothing Grants"), NHSBSA[0]
    p, home = v.person(born=(1975, 2002)), v.local("S", ("PH", "AB"))
    pa = v.partner(p) if rng.random() < 0.6 else None
    cert = f"{rng.randint(10, 99)} {digits(rng, 3)} {digits(rng, 3)}"
    valid = days_ago(rng, 20, 200)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: clothing grant - HC2 ")
    doc.add("certificate\n\nHi, we don't get UC so the school said to send this. It says:\n\n")
    doc.add(f"  {bsa.name}\n  ")
    third_party_contact(doc, bsa, "\n  ")
    doc.add(f"\n  HC2 CERTIFICATE FOR FULL HELP WITH HEALTH COSTS\n  Certificate number: {cert}\n")
    doc.add("  Name: ").nm(p, rng.choice(["caps", "full", "title_full"]))
    if pa:
        doc.add("\n  Partner: ").nm(pa, rng.choice(["caps", "full"]))
    doc.add("\n  Address: ").addr_inline(home)
    doc.add(f"\n  Valid from {dmy(valid)} to {dmy(valid + timedelta(rng.choice([182, 364])))}\n")
    doc.add("\nMy date of birth is ").dob(p).add(" and NI number ").ident("UK_NINO", v.nino())
    doc.add(".\nChildren:\n")
    for k in v.children(p, rng.randint(1, 3), born=(2010, 2021)):
        doc.add("  ").nm(k, rng.choice(["full", "first"])).add(", born ").dob(k)
        doc.add(f", P{rng.randint(1, 7)}\n")
    doc.add("Phone ").ent("PHONE_NUMBER", v.phone()).add("\n").nm(p, rng.choice(["first", "full"]))
    doc.add("\n\n")
    recipient_contact(doc, org)


def single_justice_procedure_plea_typed(doc: Doc3, v: V) -> None:
    """A resident types out the Single Justice Procedure notice (speeding, no insurance or an
    unlicensed vehicle) for the council's money advisers: the centre's contacts are
    ORGANIZATION; the defendant's name, date of birth, address and driving licence number, the
    registered keeper if another person; then the resident's phone, e-mail and bank for a
    payment plan; the URN, vehicle registration, offence date and time, fine, surcharge and
    costs stay readable."""
    rng = v.rng
    org, sjp = v.org("Fines and Court Debts"), SJP_CENTRES[0]
    p, home = v.person(born=(1950, 2005)), v.local("E", ("DL",))
    urn = f"{rng.randint(10, 99)}{rng.choice(['ZD', 'SF', 'TV', 'NE'])}{digits(rng, 7)}"
    offence = rng.choice(
        ["exceeding 30 mph", "using a vehicle without insurance", "keeping an unlicensed vehicle"]
    )
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: court letter - can I ")
    doc.add("pay in instalments\n\nThis is what the notice says (I typed it):\n\n")
    doc.add(f"SINGLE JUSTICE PROCEDURE NOTICE\nURN: {urn}\n{sjp.name}\n")
    third_party_contact(doc, sjp)
    doc.add("\n\nDefendant: ").nm(p, rng.choice(["caps", "surname_caps", "full"]))
    doc.add("\nDate of birth: ").dob(p).add("\nAddress: ").addr_inline(home)
    doc.add("\nDriving licence no: ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(f"\nOffence: {offence} on {dmy(days_ago(rng, 30, 120))} at {clock_time(rng, 6, 23)}")
    doc.add(f"\nVehicle: {_vrm(rng)}\n")
    if rng.random() < 0.5:
        kin = v.partner(p)
        doc.add("Registered keeper: ").nm(kin, rng.choice(["full", "caps"])).add("\n")
    doc.add(f"Respond by: {dmy(days_ago(rng, -21, -7))}\n\n")
    doc.add(f"I'm pleading guilty. The fine could be £{rng.randint(100, 660)} plus ")
    doc.add(f"£{rng.choice([40, 66, 85, 90])} costs and a surcharge. I can pay ")
    doc.add(f"£{rng.randint(5, 30)} a week from my account ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(" ").ident("UK_BANK_ACCOUNT", v.account()).add(".\nPhone ").ent(
        "PHONE_NUMBER", v.phone()
    )
    doc.add("\nEmail ").ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    doc.nm(p, rng.choice(["first", "full"])).add("\n\n")
    recipient_contact(doc, org)


def child_maintenance_calculation_query(doc: Doc3, v: V) -> None:
    """A receiving parent asks welfare rights about a Child Maintenance Service calculation,
    quoting it: the CMS's contacts are ORGANIZATION; the parent's and the paying parent's names,
    the children's names and dates of birth, the parent's NI number, address, phone and e-mail,
    and the paying parent's old passport number as the parent found it; the CMS
    reference, the gross weekly income, the weekly amount and the effective date stay
    readable."""
    rng = v.rng
    org, cms = v.org("Child Maintenance"), CMS[0]
    p, home = (
        v.person(gender="f" if rng.random() < 0.8 else "m", born=(1975, 2003)),
        v.local("E", ("DN",)),
    )
    payer = v.partner(p)
    kids = v.children(p, rng.randint(1, 3))
    ref = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: CMS - is this right?\n\n")
    doc.add("Hello, the CMS have worked out maintenance and it seems very low. Their letter:\n\n")
    doc.add(f'"{cms.name}\n')
    third_party_contact(doc, cms)
    doc.add(f"\nOur reference: {ref}\nDear ").nm(p, rng.choice(["title_full", "title_surname"]))
    doc.add(",\nWe have worked out how much child maintenance ")
    doc.nm(payer, rng.choice(["full", "caps"])).add(" must pay for:\n")
    for k in kids:
        doc.add("  ").nm(k, "full").add(" (date of birth ").dob(k).add(")\n")
    doc.add(f"Gross weekly income used: £{rng.randint(150, 900)}.00\n")
    doc.add(f"Weekly amount: £{rng.randint(7, 120)}.{rng.randint(0, 99):02d}  Effective date: ")
    doc.add(f'{dmy(days_ago(rng, 5, 60))}"\n\n')
    doc.add("He has a second job cash in hand. I have his old passport number if it helps: ")
    doc.ident("UK_PASSPORT", v.passport()).add("\n\nMe: ").nm(p, rng.choice(["full", "middle"]))
    doc.add(", born ").dob(p).add(", NI ").ident("UK_NINO", v.nino()).add("\n")
    doc.addr_lines(home).add("Tel ").ent("PHONE_NUMBER", v.phone()).add("  ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    recipient_contact(doc, org)


def residents_parking_permit_web_form(doc: Doc3, v: V) -> None:
    """A residents' parking permit application as the web form e-mails it (field: value): the
    applicant's name, address fields, phone, e-mail, date of birth and driving licence number,
    a second driver's name and licence; the permit zone, permit number, vehicle registrations,
    V5C document reference, payment reference and fee stay readable."""
    rng = v.rng
    org = v.org("Parking Permits")
    p, home = v.person(born=(1940, 2006)), v.local("S", ("PA",))
    form = f"PP-{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}"
    doc.add(f"From: noreply-forms@argyllbute-parking.gov.uk\nSubject: New submission {form}\n\n")
    doc.add(f"Form: Residents' parking permit application\nReference: {form}\n")
    doc.add(f"Permit zone: {rng.choice(['K1', 'K2', 'I3', 'PE'])}\n\n")
    doc.add("Title: ").add(p.title).add("\nFirst name: ").ent("PERSON", p.first)
    doc.add("\nLast name: ").ent("PERSON", p.last).add("\nDate of birth: ").dob(p)
    doc.add("\nAddress line 1: ").ent("STREET_ADDRESS", home.street(", "))
    doc.add("\nAddress line 2: ")
    if home.district:
        doc.ent("LOCATION", home.district)
    doc.add("\nTown: ").ent("LOCATION", home.town).add("\nPostcode: ").ent(
        "UK_POSTCODE", home.postcode
    )
    doc.add("\nTelephone: ").ent("PHONE_NUMBER", v.national_phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nDriving licence number: ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(f"\nVehicle registration: {_vrm(rng)}\nV5C document reference: {digits(rng, 11)}\n")
    if rng.random() < 0.5:
        d2 = v.partner(p)
        doc.add("Second driver name: ").nm(d2, "full").add("\nSecond driver licence: ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(d2)).add("\n")
    doc.add(f"Previous permit number: {rng.randint(1000, 99999)}\n")
    doc.add(f"Payment reference: {v.code(10)}  Amount: £{rng.choice([25, 40, 60])}.00\n")
    doc.add("Declaration: I confirm the vehicle is kept at the address above - Yes\n\n")
    recipient_contact(doc, org)


def maasai_swahili_language_letter(doc: Doc3, v: V) -> None:
    """A Maasai family's letter in Swahili to the housing options team: the writer's name, date
    of birth with Swahili month names, NI and passport numbers, address, phone, e-mail, husband
    or wife and children with dates of birth; the case number, rent and dates stay readable."""
    rng = v.rng
    org = v.org("Housing Options")
    p, home = v.person("maasai", born=(1955, 2003)), v.local("W", ("LL",))
    sp = v.partner(p)
    case = f"TAI/{rng.randint(10000, 99999)}"
    doc.add(f"{org.name}\n{org.team}\nKumb: kesi namba {case}\n\nMpendwa Bwana/Bibi,\n\n")
    doc.add("Jina langu ni ").nm(p, rng.choice(["full", "caps"])).add(". Nilizaliwa tarehe ")
    doc.ent("DATE_OF_BIRTH", swahili_date(rng, p.dob)).add(". Ninaishi ")
    doc.addr_inline(home).add(f". Kodi ni £{rng.randint(400, 950)} kwa mwezi na mwenye ")
    doc.add(f"nyumba anataka tuondoke kabla ya {dmy(days_ago(rng, -60, -20))}.\n\n")
    doc.add("Ninaishi na mume wangu " if sp.gender == "m" else "Ninaishi na mke wangu ")
    doc.nm(sp, "full").add(" na watoto wetu:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").nm(k, rng.choice(["full", "first"])).add(", alizaliwa ")
        doc.ent("DATE_OF_BIRTH", swahili_date(rng, k.dob)).add("\n")
    doc.add("\nNamba ya NI: ").ident("UK_NINO", v.nino()).add("\nNamba ya pasipoti: ")
    doc.ident("UK_PASSPORT", v.passport()).add("\nSimu: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nBarua pepe: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nWako mwaminifu,\n").nm(p, rng.choice(["full", "initial_dot"])).add("\n\n")
    recipient_contact(doc, org)


def santal_hindi_language_letter(doc: Doc3, v: V) -> None:
    """A Santal resident's letter in Hindi asking for a council tax discount (a disregarded
    carer): the writer's name in passport Latin letters, date of birth with Hindi month names,
    NI and NHS numbers, address, phone, e-mail, the cared-for relative's name and date of birth;
    the council tax account number and the dates stay readable."""
    rng = v.rng
    org = v.org("Discounts")
    p, home = v.person("santal", born=(1950, 2000)), v.local("W", ("SA",))
    rel = v.kin(p, born=(max(1920, p.dob.year - 42), p.dob.year - 18))
    acct = f"{rng.randint(30000000, 39999999)}"
    she = p.gender == "f"
    doc.add(f"सेवा में,\n{org.name}\n{org.team}\n\nविषय: परिषद कर छूट, खाता संख्या {acct}\n\n")
    doc.add("महोदय/महोदया,\n\nमेरा नाम ").nm(p, rng.choice(["full", "caps"])).add(" है। ")
    doc.add("मेरी जन्म तिथि ").ent("DATE_OF_BIRTH", hindi_date(rng, p.dob)).add(" है। मैं ")
    doc.addr_inline(home).add(" में रहती हूँ।" if she else " में रहता हूँ।")
    doc.add(f"\n\n{dmy(days_ago(rng, 10, 90))} से मैं ")
    doc.add("अपनी माँ " if rel.gender == "f" else "अपने पिता ")
    doc.nm(rel, "full").add(" (जन्म ").ent("DATE_OF_BIRTH", hindi_date(rng, rel.dob))
    doc.add(") की देखभाल कर रही हूँ।" if she else ") की देखभाल कर रहा हूँ।")
    doc.add("\n\nमेरा राष्ट्रीय बीमा (NI) नंबर ").ident("UK_NINO", v.nino()).add(" है और NHS नंबर ")
    doc.ident("UK_NHS", v.nhs()).add(" है।\nफ़ोन: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nईमेल: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nभवदीया,\n" if she else "\n\nभवदीय,\n").nm(p, "full").add("\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    fhir_patient_bundle_json,
    telegram_chat_json_export,
    payslip_pdf_text_for_ctr,
    gas_safety_record_cp12_forwarded,
    energy_bill_proof_of_address_ocr,
    nhs_hc2_certificate_quoted,
    single_justice_procedure_plea_typed,
    child_maintenance_calculation_query,
    residents_parking_permit_web_form,
    maasai_swahili_language_letter,
    santal_hindi_language_letter,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT21 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT21.organisation_contacts
build_row = HELDOUT21.build_row
generate_heldout21 = HELDOUT21.generate
write_set = HELDOUT21.write_set
main = HELDOUT21.main


if __name__ == "__main__":
    main()
