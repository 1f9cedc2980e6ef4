# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout16: a sixteenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout16(n, seed)`` returns rows ``{"id": "uklayout-heldout16-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout16",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout16 -o
var/eval/pii_uk_layouts_heldout16.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout16.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks and OCR noise, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py; every
value table here is new, and tests/test_uk_layouts_heldout16.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family (uk_layouts/
dev, dev2, heldout, heldout2; the uk_pii set's tables and its Faker name lists; heldout3 to
heldout15):

* names from 11 communities no earlier family drew on: Inuit (Kenojuak, Tagak; Ashoona), Buryat
  (Tsyrenma, Bair; Tsydenov and the feminine Tsydenova), Circassian (Nafset, Tembot; Shogenov /
  Shogenova), Telugu (Sravani, Srikanth; Yarlagadda, often written surname first), Dhivehi
  (Aishath, Shifaz; Naseem), Edo/Bini (Osas, Osaretin; Osemwegie), Okinawan (Yūko, Kōsei; Ōshiro,
  with macrons), Channel Islands Norman (Nicolette, Helier; Le Feuvre, de Gruchy: particles),
  Tswana (Boitumelo, Kagiso; Masire), Fijian (Vasemaca, Waisale; Radrodro) and Balinese (Ni Luh,
  Wayan; Suarjana / Widiantari), with hyphenated forenames and double-barrelled surnames;
* places in villages no earlier family used: the Fens (PE), the Forest of Dean (GL, NP), the
  Ullswater valleys (CA), Coquetdale and Redesdale (NE), West Penwith and the Lizard (TR,
  "Cornwall (Kernow)"), the Isles of Scilly (TR, "Isles of Scilly (Syllan)"), Exmoor (TA),
  Denbighshire's Iâl and the Lledr valley (LL, CH), Brecknock (LD), Torridon, Lochaber and
  Glenlivet with Gaelic forms (IV, PH, AB: "Toirbheartan", "Gleann Lìobhait") and Ulster villages
  (BT: Rathlin Island, Killyclogher); street names from rare sheep breeds ("Herdwick Fold"), old
  Scots trades ("Cordiner Wynd"), Welsh trees ("Heol y Dderwen") and the Ulster linen trade
  ("Retting Pond Road");
* new recipient organisations (allow-listed) and third parties (courts, hospitals, UKVI's MP
  Account, police missing-person units, licensing trainers, prisons) whose own contact details
  are ORGANIZATION.

Layouts (11): victim_contact_scheme_letter, ukvi_mp_account_reply_forward,
hb_overpayment_invoice, council_tax_liability_summons, hl7_adt_discharge_message,
missing_child_return_interview, garden_waste_dd_tsv_export, personal_licence_application,
mojibake_legacy_crm_email, urlencoded_form_error_log, allotment_tenancy_scanned_ocr.

Labelling conventions are heldout15's (so the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone (in its own form field, HL7 component, TSV
column or URL parameter), "SURNAME, Forename", Telugu surname-first "Yarlagadda Sravani" (as
Telugu speakers often write it), names in capitals, mojibake or URL encoding and names inside a
forwarded original message are PERSON. Addresses
split into STREET_ADDRESS + one LOCATION each for district, town/village and county +
UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH, in every shape systems and people write them
("19480312" in HL7, "12-MAR-1948", "12/3/1948", ISO, the shared styles), with an age beside them
left outside the span; dates of release, sentence, discharge, hearing, invoice, interview,
start and signing stay unlabelled. Third parties' own address lines, phones and mailboxes are
ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay readable (precision):
VCU references, CRNs, prison numbers and release dates; MP and Home Office references, GWF
references; invoice, debtor and claim references and amounts; council tax account and summons
numbers, hearing times and costs; HL7 message ids, MRNs, timestamps and ward codes; MISPER
references, vehicle registrations and episode times; garden-waste permit numbers and amounts;
DBS certificate, qualification certificate and fee references; CRM case ids; request ids and
collection dates; allotment plot numbers and rents. ~10% of NI numbers, NHS numbers, sort codes,
account numbers and passport numbers are MISTYPED as in heldout4 (span ``"mistyped": True``);
~10% of rows hide a Unicode trick (zero-width space, soft hyphen, no-break or narrow no-break
space, full-width digits) inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* a vehicle registration ("seen getting into a silver Corsa, reg WX19 KPE") is UNLABELLED: the
  label scheme has no vehicle type, so hiding it costs precision;
* in the legacy CRM e-mail every non-ASCII character is mojibake (UTF-8 read as Windows-1252:
  "Ōshiro" is written "ÅŒshiro", "Iâl" is "IÃ¢l"); the labelled span is the mojibake as
  written, so "Geàrr" becomes "GeÃ" + a no-break space + "rr" and "ō" takes a replacement
  character (U+FFFD); the tests count that no-break space among the Unicode tricks;
* in the URL-encoded form log each labelled value is the parameter's value as written, still
  encoded ("12+Herdwick+Fold", "kagiso.masire%40gmail.com", "12%2F03%2F1948"); the parameter name
  and "=" stay outside;
* in HL7 each component is its own span (SURNAME^FORENAME: two PERSON spans; street, town and
  postcode components: STREET_ADDRESS, LOCATION, UK_POSTCODE); the "^^^NHS^NH" assigning-authority
  suffix stays outside the NHS number; a consultant's name components are PERSON;
* the council's own bank sort code and account number for paying an invoice (and its court's,
  hospital's, UKVI's contacts) are ORGANIZATION, not UK_SORT_CODE / UK_BANK_ACCOUNT; the debtor's
  own refund bank details are labelled;
* a named member of staff (victim liaison officer, MP's caseworker, social worker, hospital
  consultant, the officer raising an IT ticket) is PERSON, and a caseworker's work e-mail built from their name is
  EMAIL_ADDRESS (it names a person); team mailboxes are ORGANIZATION;
* a place of birth written on the licence form (a UK village from this family's tables) is
  LOCATION;
* the offender in the victim contact letter is a person like any other: name PERSON, date of
  birth DATE_OF_BIRTH; so is a previous occupier named on a summons;
* the exclusion zone the victim may ask for names the victim's own village (LOCATION) and street
  (STREET_ADDRESS), and a relative's village (LOCATION);
* a town named as where someone lives or was found in narrative ("stayed at Osas's in Bream") is
  LOCATION; a masked card ("CARD ****4821") in the TSV is unlabelled;
* an age alone (a friend's "(19)") and an age beside a date of birth ("(aged 15)") are
  unlabelled; a child's or a new baby's date of birth is DATE_OF_BIRTH;
* OCR hyphenation may split a labelled value over a line ("Shimabu-\\nkuro"); the span covers the
  split value; OCR character noise is applied only outside labelled values.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from urllib.parse import quote_plus

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    age,
    clock_time,
    days_ago,
    digits,
    dmy,
    ext,
    fmt_date,
    gendered_surname_pairs,
    iso,
    long_date,
    parse_tables,
    pounds,
    pron,
    relation_word,
    third_parties,
    third_party_contact,
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
    "generate_heldout16",
    "main",
    "mojibake",
    "organisation_contacts",
    "person_dob",
    "surname_first",
    "write_set",
]

FAMILY = "heldout16"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Per community: (female forenames, male forenames, surnames); "_" is a space; a surname with /f
# or /m is used for that sex only. Hyphenated forenames and double-barrelled surnames are built
# from the single-word ones.
_BASE = {
    "inuit": (
        "Kenojuak Pitseolak Ningiuk Nuna Aputi Tapisa Malaya Uqsuralik",
        "Tagak Ikuma Piita Jaypeetee Looee Qillaq Siku Akavak",
        "Ashoona Pootoogook Qinnuayuaq Kunuk Arnaquq Ipeelie Iqaluk Kilabuk Okalik Aariak "
        "Aglukark Kusugak Nutarak Arreak Inukpuk",
    ),
    "buryat": (
        "Tsyrenma Dulma Sayana Erzhena Darima Tuyana Aryuna Bayarma",
        "Bair Bato Tsyren Zhargal Ayur Dorzho Munko Solbon",
        "Tsydenov Tsybikov Garmaev Dambaev Zhamsuev Tsyrenov Balzhinimaev Budaev Dugarov "
        "Shagdarov Namsaraev",
    ),
    "circassian": (
        "Nafset Fatimet Mariet Satanei Asiyat Saniyat Zalikha Lyuana",
        "Tembot Kasbulat Dzhambulat Inver Asker Kazbek Nalbi Aslanbi",
        "Shogenov Kokov Khatukhov Teunov Kushkhov Nagoev Bzhedugov Tkhagapsoev Khapachev "
        "Unarokov Mamsurov Kardanov",
    ),
    "telugu": (
        "Sravani Harika Tejaswini Lasya Mounika Sowmya Kalyani Keerthi Sirisha Varalakshmi",
        "Srikanth Phani Rambabu Sai_Kiran Pavan Ravi_Teja Sriram Rajasekhar Nagarjuna Mallikarjun",
        "Yarlagadda Kommineni Gollapudi Vallabhaneni Nallamothu Chilukuri Pinnamaneni Alluri "
        "Bodapati Kotamraju",
    ),
    "dhivehi": (
        "Aishath Mariyam Fathimath Aminath Hawwa Shiuna Raniya Zeenath",
        "Shifaz Mausoom Zuhair Nashid Riyaz Shiham Shafeeu Thoriq Maumoon Mauroof",
        "Naseem Rasheed Didi Manik Waheed Latheef Nazeer Shareef Moosa Zaeem Shaheem Ahusan",
    ),
    "edo": (
        "Osas Esohe Itohan Omosede Isoken Ewaen Eseosa Osayuwamen",
        "Osaretin Nosa Efosa Ehiosun Osamudiamen Nosakhare",
        "Osemwegie Iyamu Obaseki Aigbogun Ogbeide Uwaifo Idemudia Ogiemwonyi Imasuen Edokpolo "
        "Ekhator Evbuomwan Aisien Imafidon",
    ),
    "okinawan": (
        "Yūko Kamado Ushi Nabi Chiru Tsuru Yūna Mitsuki Natsuki Akane",
        "Seiryō Kōsei Sōkō Chōkō Seitoku Kōtarō Ryūsei Kenshin",
        "Ōshiro Kinjō Higa Tamashiro Chinen Nakandakari Shimabukuro Yonamine Miyagi Teruya "
        "Arakaki Yonaha Nakasone Ganaha Agena Shinjō Tōyama Chibana Kadekaru",
    ),
    "channel_islands": (
        "Nicolette Ernestine Léonie Honorine",
        "Helier Aimable Josué Edouard Abraham Sampson",
        "Le_Feuvre Le_Marquand Le_Cornu Renouf Le_Brocq Falle Le_Sueur Gallichan Le_Quesne "
        "Mauger de_Gruchy Le_Moignan Ozanne Le_Page Brehaut Tostevin De_Garis Le_Tissier "
        "de_Carteret Le_Maistre Le_Gresley Le_Boutillier Vibert Querée Le_Poidevin de_la_Haye",
    ),
    "tswana": (
        "Boitumelo Kelebogile Onalenna Lorato Masego Tshepiso Bontle Oratile Keabetswe",
        "Kagiso Tumelo Oarabile Mpho Kabelo Tebogo Gaone Goitseone",
        "Masire Molefhe Seretse Mogae Kgosietsile Mmusi Sebina Modise Tladi Matlhare Mokgweetsi "
        "Kgalemang Seabo Phaladi Lesetedi Motsumi",
    ),
    "fijian": (
        "Mere Vasemaca Timaleti Vasenai Kelera Miliakere Titilia Asenaca Sainimere",
        "Jone Josefa Waisale Semi Pita Kolinio Apisai Ilaitia Sakiusa Samisoni Epeli",
        "Waqa Nadolo Radrodro Ravuvu Qarase Rabuka Tuisese Nawalu Koroi Seruvakula Matanitobua "
        "Nacewa Rokotuiveikau Tuimaba Bulavou Delai Kurusiga",
    ),
    "balinese": (
        "Ni_Luh Ni_Made Ni_Nyoman Ni_Ketut Ni_Wayan Dayu",
        "Wayan Made Nyoman Ketut Putu Gede Komang Kadek",
        "Suarjana/m Wirawan/m Astawa/m Sudiarta/m Sukadana/m Ardika/m Suwitra/m Mertayasa/m "
        "Widiantari/f Sriasih/f Adnyani/f Artini/f Sukarini/f Suastini/f",
    ),
}
_INFLECTED = ("buryat", "circassian")  # Russian-style surnames: Tsydenov (m), Tsydenova (f)


def _single(words: list[str]) -> list[str]:
    return [w for w in words if "_" not in w and "/" not in w]


def _names_text() -> tuple[str, str]:
    """The name tables in the shared ``"culture: names"`` form."""
    first, last = [], []
    for culture, (fem, mal, sur) in _BASE.items():
        f, m, s = fem.split(), mal.split(), sur.split()
        fs, ms = _single(f), _single(m)
        hyph = [f"{a}-{b}/f" for a in fs[:2] for b in fs[3:5]]
        hyph += [f"{a}-{b}/m" for a in ms[:2] for b in ms[3:5]]
        # single forenames four times over: most people have one forename and one surname
        first.append(
            f"{culture}: " + " ".join([f"{x}/f" for x in f * 4] + [f"{x}/m" for x in m * 4] + hyph)
        )
        ss = _single(s)
        doubles = [f"{a}-{b}" for a in ss[:4] for b in ss[4:8]]
        if culture in _INFLECTED:
            items = [f"{x}/m" for x in s * 4 + doubles] + [f"{x}a/f" for x in s * 4]
            items += [f"{a}a-{b}a/f" for a, b in (d.split("-") for d in doubles)]
        else:
            items = s * 4 + doubles
        last.append(f"{culture}: " + " ".join(items))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _names_text()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|South Holland DC (Lincs)|Gedney Drove End*|PE12
E|South Holland DC (Lincs)|Sutton St Edmund*|PE12
E|South Holland DC (Lincs)|Holbeach St Johns*|PE12
E|South Holland DC (Lincs)|Whaplode Drove*|PE12
E|Fenland DC (Cambs)|Tydd St Giles*|PE13
E|Fenland DC (Cambs)|Parson Drove*|PE13
E|Fenland DC (Cambs)|Gorefield*|PE13
E|Fenland DC (Cambs)|Murrow*|PE13
E|Fenland DC (Cambs)|Guyhirn*|PE13
E|Forest of Dean DC (Glos)|Bream*|GL15
E|Forest of Dean DC (Glos)|Yorkley*|GL15
E|Forest of Dean DC (Glos)|Parkend*|GL15
E|Forest of Dean DC (Glos)|Aylburton*|GL15
E|Forest of Dean DC (Glos)|Ruardean*|GL17
E|Forest of Dean DC (Glos)|Brockweir*|NP16
E|Forest of Dean DC (Glos)|Hewelsfield*|GL15
E|Westmorland & Furness UA (Ullswater)|Pooley Bridge*|CA10
E|Westmorland & Furness UA (Ullswater)|Askham*|CA10
E|Westmorland & Furness UA (Ullswater)|Helton*|CA10
E|Westmorland & Furness UA (Ullswater)|Martindale*|CA10
E|Westmorland & Furness UA (Ullswater)|Rosgill*|CA10
E|Northumberland UA (Coquetdale)|Alwinton*|NE65
E|Northumberland UA (Coquetdale)|Harbottle*|NE65
E|Northumberland UA (Coquetdale)|Holystone*|NE65
E|Northumberland UA (Coquetdale)|Thropton*|NE65
E|Northumberland UA (Redesdale)|Elsdon*|NE19
E|Northumberland UA (Redesdale)|Byrness*|NE19
E|Cornwall (Kernow)|Morvah*|Penwith=TR19
E|Cornwall (Kernow)|Sennen*|Penwith=TR19
E|Cornwall (Kernow)|St Buryan*|Penwith=TR19
E|Cornwall (Kernow)|St Levan*|Penwith=TR19
E|Cornwall (Kernow)|Treen*|Penwith=TR19
E|Cornwall (Kernow)|Cadgwith*|Kerrier=TR12
E|Cornwall (Kernow)|Coverack*|Kerrier=TR12
E|Cornwall (Kernow)|Ruan Minor*|Kerrier=TR12
E|Cornwall (Kernow)|Manaccan*|Kerrier=TR12
E|Isles of Scilly (Syllan)|St Agnes*|TR22
E|Isles of Scilly (Syllan)|Bryher*|TR23
E|Isles of Scilly (Syllan)|Tresco*|TR24
E|Isles of Scilly (Syllan)|St Martin's*|TR25
E|Somerset UA (Exmoor)|Exford*|TA24
E|Somerset UA (Exmoor)|Wheddon Cross*|TA24
W|Sir Ddinbych (Denbighshire)|Llandegla*|LL11
W|Sir Ddinbych (Denbighshire)|Llanarmon-yn-Iâl*|CH7
W|Sir Ddinbych (Denbighshire)|Clocaenog*|LL15
W|Sir Ddinbych (Denbighshire)|Llanfihangel Glyn Myfyr*|LL21
W|Conwy CBC (Dyffryn Lledr)|Dolwyddelan*|LL25
W|Brecknockshire (Powys)|Llanfrynach*|LD3
W|Brecknockshire (Powys)|Pencelli*|LD3
W|Brecknockshire (Powys)|Tal-y-bont ar Wysg*|LD3
W|Brecknockshire (Powys)|Sennybridge*|LD3
W|Brecknockshire (Powys)|Llanddew*|LD3
S|Highland (Ros an Iar)|Toirbheartan*|IV22
S|Highland (Ros an Iar)|Torridon*|IV22
S|Highland (Ros an Iar)|Ach na Sìne*|IV22
S|Highland (Ros an Iar)|Achnasheen*|IV22
S|Highland (Ros an Iar)|Diabaig*|IV22
S|Highland (Ros an Iar)|Inveralligin*|IV22
S|Highland (Lochaber)|Achnacarry*|PH34
S|Highland (Lochaber)|Ach na Cairidh*|PH34
S|Highland (Lochaber)|Gairlochy*|PH34
S|Highland (Lochaber)|Geàrr Lòchaidh*|PH34
S|Highland (Lochaber)|Lochailort*|PH38
S|Highland (Lochaber)|Ceann Loch Ailleart*|PH38
S|Moray (Srath Spè)|Glenlivet*|AB37
S|Moray (Srath Spè)|Gleann Lìobhait*|AB37
S|Moray (Srath Spè)|Tomnavoulin*|AB37
S|Moray (Srath Spè)|Bridge of Brown*|AB37
N|Causeway Coast & Glens (Moyle)|Rathlin Island*|BT54
N|Fermanagh & Omagh (Fear Manach)|Killyclogher*|BT79
N|Fermanagh & Omagh (Fear Manach)|Altamuskin*|BT79
N|Newry Mourne and Down (An tIúr)|Mullaghbawn*|BT35
N|Newry Mourne and Down (An tIúr)|Loughinisland*|BT30
N|Newry Mourne and Down (An tIúr)|Ballynoe*|BT30
N|Mid Ulster (Lár Uladh)|Ballymaguigan*|BT45
"""
_SHEEP = (
    "Herdwick, Lonk, Teeswater, Norfolk Horn, Leicester Longwool, Greyface Dartmoor, "
    "Devon Closewool, Hebridean, Soay, Boreray, Balwen, Whitefaced Woodland, Dorset Down, "
    "Oxford Down, Ryeland, Wiltshire Horn, Cotswold Lion, Derbyshire Gritstone, Rough Fell, "
    "Manx Loaghtan"
)
_TRADES = "Cordiner, Litster, Maltman, Hammerman, Flesher, Wricht, Websters, Bonnetmaker, Cadger, Tacksman, Dyster"
_TREES = (
    "y Dderwen, yr Onnen, y Fedwen, y Griafolen, yr Ywen, y Gollen, y Wernen, y Gelynnen, "
    "yr Helygen, y Ddraenen Wen, y Ffawydden"
)
_LINEN = (
    "Flaxpull, Heckler, Hackle, Retting Pond, Spinning Wheel, Linen Hall, Weavers Loom, "
    "Scutchers, Lapper, Bleachers, Damask, Cambric"
)


def _street_names(stems: str, words: list[str], before: bool = False) -> str:
    """Every stem with every street word, after it ("Herdwick Fold") or before ("Heol y Dderwen")."""
    return ", ".join(
        f"{w} {s}" if before else f"{s} {w}"
        for s in (x.strip() for x in stems.split(","))
        for w in words
    )


_STREETS = {
    "E": _street_names(_SHEEP, ["Fold", "Rise", "Drove", "Court"]),
    "S": _street_names(_TRADES, ["Wynd", "Loan", "Vennel", "Row"]),
    "W": _street_names(_TREES, ["Heol", "Stryd", "Maes", "Llwyn"], before=True),
    "N": _street_names(_LINEN, ["Road", "Brae", "Avenue", "Row"]),
}
_HOUSE_NAMES = {
    "E": "Fen Reeve Cottage, Washland House, Osier Barn, Verderers Lodge, Chy an Gwyns, Chy Vean, Tregarthen, Chy an Dowr",
    "S": "Taigh na Bruaich, Bothan Dubh, Sgeir Cottage, Corrie Lodge",
    "W": "Hafod Onnen, Bwthyn y Dderwen, Tŷ Celyn, Llety'r Ywen",
    "N": "Flaxmill Cottage, Bleachgreen House, Scutchers Lodge, Lint Dam Farm",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 52, "S": 16, "W": 16, "N": 16}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Probation Service North East|Victim Contact Unit|Kenton Bar House, Kenton Bar;Newcastle upon Tyne;NE99 1QA|0808 157 1601|vcu.northeast@probation-vcu.gov.uk
Office of the Member of Parliament for Ross and Lochaber|Constituency Casework|Caseworkers' Office, Station Square;Fort William;PH33 9ZZ|0808 157 1602|casework@rosslochaber-mp.org.uk
South Holland District Council|Housing Benefit Overpayments|Council Offices, Priory Road;Spalding;PE11 2XE|0808 157 1603|hb.overpayments@southholland-revs.gov.uk
Fenland District Council|Council Tax Recovery|Fenland Hall, County Road;March;PE15 8NQ|0808 157 1604|ctax.recovery@fenland-revs.gov.uk
Cornwall Council Adult Social Care|Hospital Discharge Hub|New County Hall, Treyew Road;Truro;TR1 3AY|0808 157 1605|discharge.hub@cornwall-asc.gov.uk
Gloucestershire County Council Children's Services|Missing and Return Interviews|Shire Hall, Westgate Street;Gloucester;GL1 2TG|0808 157 1606|rhi.team@glos-children.gov.uk
Denbighshire County Council Waste|Garden Waste Subscriptions|Caledfryn, Smithfield Road;Denbigh;LL16 3RJ|0808 157 1607|garden.waste@denbighshire-waste.gov.uk
Westmorland and Furness Council Licensing|Licensing - Personal Licences|South Lakeland House, Lowther Street;Kendal;LA9 4DQ|0808 157 1608|licensing@westmorland-licensing.gov.uk
Highland Council Service Point|Customer Services - Housing|Glenurquhart Road;Inverness;IV3 5NX|0808 157 1609|servicepoint.housing@highland-services.gov.uk
Fermanagh and Omagh Council Digital Services|Digital Services - Bulky Waste|The Grange, Mountjoy Road;Omagh;BT79 7BL|0808 157 1610|digital.services@fermanaghomagh-it.gov.uk
Bro Brycheiniog Community Council|Allotments Officer|The Guildhall, High Street;Brecon;LD3 9ZZ|0808 157 1611|allotments@brobrycheiniog-cc.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_COURTS = """
Fens and Holland Magistrates' Court|Court House, Bridge Street;Wisbech Road;PE13 9ZZ|01632 962 601|fens.mc@hmcts-courts.example.uk
Spalding and Bourne Magistrates' Court|PO Box 611;Spalding;PE11 9ZY|01632 962 602|spalding.mc@hmcts-courts.example.uk
"""
_HOSPITALS = """
West Penwith Community Hospital|Ward 3, Bolitho Road;Penzance;TR18 9ZZ|01632 962 603|dischargeteam@westpenwith-nhs.example.uk
Lizard and Helston Infirmary|Meneage Road;Helston;TR13 9ZY|01632 962 604|bedflow@lizardhelston-nhs.example.uk
"""
_UKVI = """
UKVI MP Account|PO Box 1000;Sheffield;S98 9ZZ|0300 555 0160|mpaccount@ukvi-enquiries.example.gov.uk
"""
_POLICE = """
Forest of Dean Missing Persons Unit|Police Station, Lord Street;Coleford;GL16 9ZZ|01632 962 605|misper.dean@police-glos.example.uk
Gloucester Central Missing Persons Coordinator|PO Box 101;Gloucester;GL1 9ZY|01632 962 606|misper.coordinator@police-glos.example.uk
"""
_TRAINERS = """
Eden Valley Licensing Training|Unit 4, Gilwilly Estate;Penrith;CA11 9ZZ|01632 962 607|aplh@edenvalleytraining.co.uk
Lakes Bar Skills|PO Box 88;Windermere;LA23 9ZY|01632 962 608|courses@lakesbarskills.co.uk
"""
_PRISONS = """
HMP Tynedale (Offender Management Unit)|PO Box 77;Hexham;NE46 9ZZ|01632 962 609|omu.tynedale@justice-prisons.example.uk
HMP Kielder Moor (Offender Management Unit)|Falstone Road;Bellingham;NE48 9ZY|01632 962 610|omu.kieldermoor@justice-prisons.example.uk
"""
_EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
    "live.co.uk",
    "sky.com",
    "virginmedia.com",
    "mail.com",
    "gmx.co.uk",
    "proton.me",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0115 496 0",
    "0116 496 0",
    "0117 496 0",
    "0118 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
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
COURTS = third_parties(_COURTS)
HOSPITALS = third_parties(_HOSPITALS)
UKVI = third_parties(_UKVI)[0]
POLICE = third_parties(_POLICE)
TRAINERS = third_parties(_TRAINERS)
PRISONS = third_parties(_PRISONS)
# the councils' own bank details for paying an invoice (ORGANIZATION, not personal)
_COUNCIL_BANK = {"South Holland": ("30-96-27", "10482219")}


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 44)
    surname_pairs = gendered_surname_pairs(
        SURNAMES, lambda n: [n + "a", n.replace("-", "a-") + "a"]
    )
    former_name_culture = "channel_islands"

    def hl7_phone(self, mobile: bool | None = None) -> str:
        """A phone as a system stores it: no spaces ("07700900123", "+447700900123")."""
        return "".join(c for c in self.phone(mobile) if c.isdigit() or c == "+")


# --------------------------------------------------------------------------- helpers
def person_dob(rng: random.Random, d: date) -> str:
    """A date of birth in the shapes this family's systems and people write: HL7-style compact
    "19480312", Oracle-style "12-MAR-1948", "12/3/1948", ISO, or a shared style."""
    return rng.choice(
        [
            f"{d:%Y%m%d}",
            f"{d.day:02d}-{_MONTHS[d.month - 1][:3].upper()}-{d.year}",
            f"{d.day}/{d.month}/{d.year}",
            iso(d),
            fmt_date(rng, d),
            fmt_date(rng, d),
        ]
    )


def dob_aged(doc: Doc3, p: Person, on: date = TODAY) -> Doc3:
    """A date of birth with the age after it, outside the span: "12/3/1948 (aged 78)"."""
    rng = doc.rng
    doc.ent("DATE_OF_BIRTH", person_dob(rng, p.dob))
    a = age(p.dob, on)
    return doc.add(rng.choice([f" (aged {a})", f" ({a} yrs)", f", age {a}", f" [{a}]"]))


def surname_first(p: Person) -> str:
    """A name surname first without a comma, as Telugu speakers often write it: "Yarlagadda
    Sravani"."""
    return f"{p.last} {p.first}"


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252, as a legacy system shows it ("Ōshiro" -> "ÅŒshiro")."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def vrm(rng: random.Random) -> str:
    """A current-style vehicle registration ("WX19 KPE"): an unlabelled look-alike."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    return (
        f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(['19', '21', '68', '70', '23'])} "
        f"{''.join(rng.choices('ABCDEFGHJKLMNOPRSTUVWXYZ', k=3))}"
    )


# --------------------------------------------------------------------------- layouts
def victim_contact_scheme_letter(doc: Doc3, v: V) -> None:
    """A Probation Victim Contact Unit letter to a victim: the victim's name and address, the
    offender's name in capitals with date of birth, the town in the exclusion zone, the victim's
    phone and e-mail on file, the liaison officer's name; the prison's contacts are
    ORGANIZATION; the VCU reference, CRN, prison number, sentence and release dates stay
    readable."""
    rng = v.rng
    org, prison = v.org("Victim Contact"), rng.choice(PRISONS)
    victim, home = v.person(born=(1940, 2004)), v.local("E", ("NE", "CA"))
    off, officer = v.person(born=(1960, 2004)), v.person()
    doc.block(org, mailbox=True)
    doc.add(f"\nOFFICIAL-SENSITIVE\nOur ref: VCU/{TODAY:%y}/{rng.randint(10000, 99999)}")
    doc.add(
        f"    CRN: X{rng.randint(100000, 999999)}    Date: {long_date(days_ago(rng, 1, 9))}\n\n"
    )
    doc.add(f"{victim.title} ").nm(victim, rng.choice(["full", "initial_dot"])).add("\n")
    doc.addr_lines(home)
    doc.add(f"\nDear {victim.title} ").nm(victim, "surname")
    prison_no = f"A{rng.randint(1000, 9999)}{v.code(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
    doc.add("\n\nRe: ").nm(off, "caps").add(f" (prison no. {prison_no}), date of birth ")
    doc.dob(off)
    sentenced = days_ago(rng, 200, 900)
    release = TODAY + timedelta(rng.randint(30, 200))
    doc.add("\n\nI am writing as your Victim Liaison Officer under the Victim Contact Scheme. ")
    doc.nm(off, rng.choice(["surname", "full"])).add(f" was sentenced on {long_date(sentenced)} ")
    doc.add(f"to {rng.randint(2, 9)} years' imprisonment. The conditional release date is ")
    doc.add(f"{dmy(release)}. The prison is considering licence conditions; you may ask for:\n")
    doc.add("  - no contact with you, directly or indirectly;\n  - an exclusion zone covering ")
    doc.ent("LOCATION", home.town).add(" and the roads around ").ent(
        "STREET_ADDRESS", home.street(", ")
    )
    doc.add(";\n  - not to enter ").ent("LOCATION", v.address(region="E").town)
    doc.add(", where your daughter ").nm(v.kin(victim, gender="f"), "first").add(" lives.\n\n")
    doc.add(f"The Offender Management Unit at {prison.name} (")
    doc.ent("ORGANIZATION", prison.phone).add(", ").ent("ORGANIZATION", prison.mailbox)
    doc.add(") will not give you information directly. We hold your phone as ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" and e-mail as ").ent("EMAIL_ADDRESS", v.email(victim))
    doc.add(" - please tell us if they change.\n\nYours sincerely\n\n").nm(officer, "full")
    doc.add(f"\nVictim Liaison Officer, {org.team}\n")


def ukvi_mp_account_reply_forward(doc: Doc3, v: V) -> None:
    """An MP's caseworker forwards the UKVI MP Account's reply to a constituent: the caseworker's
    name and work e-mail, the constituent's e-mail, the applicant's name surname-first, date of
    birth and address, the British sponsor's name, date of birth and passport number, children's
    names and dates of birth; UKVI's contacts are ORGANIZATION; the MP, Home Office and GWF
    references and application dates stay readable."""
    rng = v.rng
    org = v.org("Constituency")
    p, home = v.person(born=(1975, 2002)), v.local("S", ("PH", "IV"))
    sponsor = v.partner(p)
    cw = v.person()
    mp_ref = f"MP{rng.randint(10000, 99999)}/{TODAY:%y}"
    ho_ref = f"{rng.choice('BFHMPRS')}{rng.randint(1000000, 9999999)}"
    gwf = f"GWF0{rng.randint(10000000, 99999999)}"
    doc.add("From: ").nm(cw, "full").add(" <").ent(
        "EMAIL_ADDRESS", v.email(cw, "rosslochaber-mp.org.uk")
    )
    doc.add(">\nTo: ").ent("EMAIL_ADDRESS", v.email(p)).add("\nCc: ").ent(
        "ORGANIZATION", org.mailbox
    )
    doc.add(f"\nSubject: RE: Your visa application - our ref {mp_ref}\n\nDear ").nm(p, "first")
    doc.add(
        ",\n\nThe Home Office has now replied to the MP about your application; their answer is "
    )
    doc.add("below. Please call me on ").ent("ORGANIZATION", org.phone).add(ext(rng))
    doc.add(" if anything is unclear.\n\nBest wishes\n").nm(cw, "first").add(f"\n{org.team}\n\n")
    doc.add("-----Original Message-----\nFrom: UKVI MP Account <").ent("ORGANIZATION", UKVI.mailbox)
    sent = days_ago(rng, 1, 6)
    doc.add(f">\nSent: {sent:%d %B %Y} {clock_time(rng)}\nSubject: {mp_ref} - ")
    doc.nm(p, "caps").add("\n\nApplicant: ").ent("PERSON", f"{p.last.upper()}, {p.first}")
    doc.add("    DOB: ").ent("DATE_OF_BIRTH", person_dob(rng, p.dob))
    doc.add(f"\nHome Office ref: {ho_ref}    GWF ref: {gwf}\nAddress held: ").addr_inline(home)
    applied = days_ago(rng, 60, 300)
    doc.add(
        f"\n\nThe applicant applied on {long_date(applied)} for leave to remain as the partner "
    )
    doc.add("of ").nm(sponsor, "full").add(", a British citizen born ").dob(sponsor)
    doc.add(" (British passport ").ident("UK_PASSPORT", v.passport()).add(").")
    kids = v.children(p, rng.randint(0, 2))
    if kids:
        doc.add(" Dependants included: ")
        for i, k in enumerate(kids):
            doc.add(", " if i else "").nm(k, "full").add(" (DOB ").ent(
                "DATE_OF_BIRTH", person_dob(rng, k.dob)
            ).add(")")
        doc.add(".")
    doc.add(
        f"\n\nThe application is awaiting a decision; we aim to decide within {rng.randint(6, 12)} "
    )
    doc.add("weeks of the biometrics appointment. Please do not send further documents.\n\n")
    doc.add("UKVI MP Account | ").ent("ORGANIZATION", UKVI.phone).add(
        " (MPs and their staff only)\n"
    )


def hb_overpayment_invoice(doc: Doc3, v: V) -> None:
    """A Housing Benefit overpayment invoice: the debtor's name in capitals, address, date of
    birth, NI number, the partner whose earnings were not reported, the debtor's refund bank
    details; the council's own bank details are ORGANIZATION; invoice, debtor and claim
    references, periods and amounts stay readable."""
    rng = v.rng
    org = v.org("Housing Benefit")
    p, home = v.person(born=(1950, 2002)), v.local("E", ("PE12",))
    doc.add(f"{org.name.upper()}\n").block(org, mailbox=True, name=False)
    inv = rng.randint(400000000, 499999999)
    doc.add(f"\nINVOICE - HOUSING BENEFIT OVERPAYMENT\nInvoice no: {inv}   Invoice date: ")
    doc.add(f"{dmy(days_ago(rng, 1, 10))}   Debtor no: {rng.randint(1000000, 9999999)}\n\n")
    if p.culture == "telugu" and rng.random() < 0.6:
        doc.ent("PERSON", surname_first(p))
    else:
        doc.nm(p, rng.choice(["caps", "bank", "full"]))
    doc.add("\n").addr_lines(home)
    doc.add(f"\nClaim ref: HB/{rng.randint(1000000, 9999999)}   Date of birth: ")
    doc.ent("DATE_OF_BIRTH", person_dob(rng, p.dob)).add("   NI no: ").ident("UK_NINO", v.nino())
    start = days_ago(rng, 200, 500)
    end = start + timedelta(rng.randint(40, 150))
    partner = v.partner(p)
    doc.add(f"\n\nOverpayment period: {dmy(start)} to {dmy(end)}\nReason: the earnings of your ")
    doc.add(f"{'partner' if rng.random() < 0.5 else relation_word(partner)}, ").nm(partner, "full")
    doc.add(", were not reported when they started work.\n\n")
    total = 0
    doc.add("Week commencing | Entitled | Paid    | Overpaid\n")
    for i in range(rng.randint(2, 4)):
        wk = start + timedelta(7 * i)
        paid, got = rng.randint(90, 180), rng.randint(0, 80)
        total += paid - got
        doc.add(f"{dmy(wk)}      | £{got:>3}.00  | £{paid}.00 | £{paid - got}.00\n")
    doc.add(f"Balance due: £{total:,}.00 (further weeks to follow)\n\nTo pay by bank transfer: ")
    sc, acct = _COUNCIL_BANK[org.name.split(" District")[0]]
    doc.add(f"{org.name}, sort code ").ent("ORGANIZATION", sc).add(", account ")
    doc.ent("ORGANIZATION", acct).add(f", reference {inv}.\n")
    doc.add("If you have overpaid, we will refund to the account you gave us: sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(" account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(".\n\nQuestions: ").ent("ORGANIZATION", org.phone).add("\n")


def council_tax_liability_summons(doc: Doc3, v: V) -> None:
    """A council tax liability order summons: one or two jointly liable names in capitals, the
    property address, a former occupier's name; the court's contacts are ORGANIZATION; the
    account and summons numbers, amounts, costs and the hearing date and time stay readable."""
    rng = v.rng
    org, court = v.org("Council Tax"), rng.choice(COURTS)
    p, prop = v.person(born=(1950, 2004)), v.local("E", ("PE13",))
    joint = v.partner(p) if rng.random() < 0.5 else None
    doc.add(f"IN THE {court.name.upper()}\n")
    for line in court.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("Tel ").ent("ORGANIZATION", court.phone).add("\n\n")
    doc.add("COUNCIL TAX - SUMMONS TO APPEAR (Regulation 34, Council Tax (Administration and ")
    doc.add("Enforcement) Regulations 1992)\n\nTo: ").nm(p, rng.choice(["caps", "caps", "full"]))
    if joint:
        doc.add("\n    ").nm(joint, "caps")
        doc.add("\n(jointly and severally liable)")
    doc.add("\nOf: ").addr_inline(prop)
    acc = digits(rng, 8)
    year = TODAY.year if TODAY.month > 3 else TODAY.year - 1
    hearing = TODAY + timedelta(rng.randint(14, 40))
    hearing += timedelta(max(0, 7 - hearing.weekday()) if hearing.weekday() >= 5 else 0)
    doc.add(
        f"\n\nAccount reference: {acc}    Summons no: S{TODAY.year}/{rng.randint(10000, 99999)}\n\n"
    )
    doc.add(f"Complaint has been made by {org.name} that the sum of {pounds(rng, 150, 2400)} is ")
    doc.add(f"due for the period 1 April {year} to 31 March {year + 1} and unpaid. You are ")
    doc.add(f"summoned to appear on {hearing:%A} {long_date(hearing)} at ")
    doc.add(f"{rng.choice(['10:00', '10:30', '14:00'])} to show why a liability order should not ")
    doc.add(f"be made. Costs of £{rng.choice([70, 75, 80])}.00 have been added.\n\n")
    if rng.random() < 0.5:
        prev = v.person()
        doc.add("Previous occupier (liable to ")
        doc.add(f"{dmy(days_ago(rng, 400, 900))}): ").nm(prev, rng.choice(["full", "initial"]))
        doc.add(" - not named on this summons.\n\n")
    doc.add(f"To pay or make an arrangement call {org.team} on ").ent("ORGANIZATION", org.phone)
    doc.add(" or e-mail ").ent("ORGANIZATION", org.mailbox).add(" quoting the account reference.\n")


def hl7_adt_discharge_message(doc: Doc3, v: V) -> None:
    """An HL7 v2 ADT^A03 discharge message pasted into a social care hub's inbox: SURNAME^FORENAME
    in PID-5, NHS number in PID-3, DOB YYYYMMDD, address components, phones; the next of kin in
    NK1; the consultant in PV1; the hospital's contacts are ORGANIZATION; message ids, MRNs,
    timestamps and ward codes stay readable."""
    rng = v.rng
    org, hosp = v.org("Discharge"), rng.choice(HOSPITALS)
    p, home = v.person(born=(1928, 1970)), v.local("E", ("TR",))
    nok, cons = v.kin(p, born=(1950, 1995)), v.person()
    admit = days_ago(rng, 4, 30)
    dis = TODAY - timedelta(rng.randint(0, 2))
    stamp = f"{dis:%Y%m%d}{rng.randint(8, 18):02d}{rng.randint(0, 59):02d}"
    msg = v.code(10, "0123456789")
    mrn = f"RK{rng.randint(100000, 999999)}"
    doc.add(f"Forwarded by {hosp.name} bed flow team (").ent("ORGANIZATION", hosp.mailbox)
    doc.add(", ").ent("ORGANIZATION", hosp.phone).add(f") to {org.team} ")
    doc.ent("ORGANIZATION", org.mailbox).add(" - ADT feed failed, raw message below\n\n")
    doc.add(
        f"MSH|^~\\&|PAS|{hosp.name[:4].upper()}|SOCIALCARE|CORNWALL|{stamp}||ADT^A03|{msg}|P|2.4\n"
    )
    doc.add(f"EVN|A03|{stamp}\nPID|1||")
    nhs = v.nhs()
    doc.ident("UK_NHS", ("".join(c for c in nhs[0] if c.isdigit()), nhs[1]))
    doc.add(f"^^^NHS^NH~{mrn}^^^{hosp.name[:4].upper()}^MR||").ent("PERSON", p.last.upper())
    doc.add("^").ent("PERSON", p.first.upper())
    doc.add(f"^{p.middle_initial or ''}^^{p.title.upper()}||").ent(
        "DATE_OF_BIRTH", f"{p.dob:%Y%m%d}"
    )
    doc.add(f"|{'F' if p.gender == 'f' else 'M'}|||").ent("STREET_ADDRESS", home.street(", "))
    doc.add("^")
    if home.district:
        doc.ent("LOCATION", home.district)
    doc.add("^").ent("LOCATION", home.town).add("^")
    if home.county:
        doc.ent("LOCATION", home.county)
    doc.add("^").ent("UK_POSTCODE", home.postcode).add("^GBR^H||")
    doc.ent("PHONE_NUMBER", v.hl7_phone(False)).add("^PRN^PH")
    if rng.random() < 0.6:
        doc.add("~").ent("PHONE_NUMBER", v.hl7_phone(True)).add("^PRN^CP")
    doc.add("|||||||\nNK1|1|").ent("PERSON", nok.last.upper()).add("^").ent(
        "PERSON", nok.first.upper()
    )
    doc.add(f"|{'DAU' if nok.gender == 'f' else 'SON'}^{relation_word(nok, child=True).title()}||")
    doc.ent("PHONE_NUMBER", v.hl7_phone(True)).add("\n")
    ward = f"{rng.choice(['TREN', 'GODR', 'CARN'])}^{rng.randint(1, 28):02d}"
    doc.add(f"PV1|1|I|{ward}^^{hosp.name[:4].upper()}||||C{rng.randint(1000000, 9999999)}^")
    doc.ent("PERSON", cons.last.upper()).add("^").ent("PERSON", cons.first.upper())
    doc.add(f"^^^DR|||||||||||{rng.randint(10**7, 10**8 - 1)}|||||||||||||||||||")
    doc.add(f"{rng.choice(['01', '19', '54'])}||||||||{admit:%Y%m%d}0000|{stamp}\n\n")
    doc.add("Hub note: package of care restart needed; call the hub on ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def missing_child_return_interview(doc: Doc3, v: V) -> None:
    """A return home interview record after a child went missing: the child's name, date of
    birth with the age, NHS number, address, where they were found (an adult friend's name and
    address, the town), the parent's name and phone, the social worker; the police unit's
    contacts are ORGANIZATION; the MISPER reference, times, a vehicle registration and episode
    counts stay readable."""
    rng = v.rng
    org, police = v.org("Return Interviews"), rng.choice(POLICE)
    parent, home = v.person(born=(1970, 1992)), v.local("E", ("GL", "NP"))
    kid = v.children(parent, 1, born=(2008, 2013))[0]
    friend, found = v.person(born=(2004, 2007)), v.local("E", ("GL", "NP"))
    sw = v.person()
    went = days_ago(rng, 3, 12)
    back = went + timedelta(rng.randint(1, 3))
    doc.add(f"RETURN HOME INTERVIEW - {org.team.upper()}\n")
    doc.add(
        f"MISPER ref: GLOS-{went:%y%m%d}-{rng.randint(1, 9999):04d}   Episode {rng.randint(2, 7)} "
    )
    doc.add(
        f"this year   Interview: {dmy(back + timedelta(rng.randint(1, 3)))} {clock_time(rng, 15, 19)}\n\n"
    )
    doc.add("Child: ").nm(kid, rng.choice(["full", "surname_caps"])).add("   DOB: ")
    dob_aged(doc, kid).add("   NHS: ").ident("UK_NHS", v.nhs()).add("\nHome: ").addr_inline(home)
    doc.add(f"\nMissing from {dmy(went)} {clock_time(rng, 16, 23)} to {dmy(back)} ")
    doc.add(f"{clock_time(rng, 6, 22)}; reported by ").nm(parent, "full")
    doc.add(f" ({'mother' if parent.gender == 'f' else 'father'}) tel ").ent(
        "PHONE_NUMBER", v.phone(True)
    )
    doc.add("\nFound at: ").addr_inline(found, postcode=rng.random() < 0.6).add(", the flat of ")
    doc.nm(friend, "full").add(f" ({age(friend.dob)})\n\n")
    s, h = pron(kid)
    doc.add("In the child's words: \"I went to ").nm(friend, "first").add("'s in ")
    doc.ent("LOCATION", found.town).add(". We got a lift in a ")
    doc.add(
        f"{rng.choice(['silver', 'black', 'white'])} {rng.choice(['Corsa', 'Golf', 'Fiesta'])}, "
    )
    doc.add(
        f"reg {vrm(rng)}, I don't know the driver.\" {s.capitalize()} said {h} phone was off.\n"
    )
    doc.add("Push factors: [x] arguments at home [ ] school  Pull factors: [x] older peers\n")
    doc.add("Allocated social worker: ").nm(sw, rng.choice(["full", "initial"]))
    doc.add(f"\nShared with {police.name}: ").ent("ORGANIZATION", police.mailbox).add(" / ")
    doc.ent("ORGANIZATION", police.phone).add("\nTeam line: ").ent("ORGANIZATION", org.phone)
    doc.add("  ").ent("ORGANIZATION", org.mailbox).add("\n")


def garden_waste_dd_tsv_export(doc: Doc3, v: V) -> None:
    """A tab-separated export of garden-waste subscribers failing Direct Debit validation:
    surname (often capitals) and forename in their own columns, address columns, postcode,
    e-mail, phone, sort code and account; a masked card for card payers; permit numbers, bin
    counts, amounts and start dates stay readable."""
    rng = v.rng
    org = v.org("Garden Waste")
    doc.add(f"To: {org.team} ").ent("ORGANIZATION", org.mailbox).add(f"\nExport {iso(TODAY)} ")
    doc.add(f"{clock_time(rng)} - DD validation failures, please phone the subscribers (queries: ")
    doc.ent("ORGANIZATION", org.phone).add(")\n\n")
    cols = ["permit_no", "surname", "forename", "address_1", "town", "postcode", "email", "phone"]
    cols += ["payment", "sort_code", "account_no", "bins", "amount", "start_date"]
    doc.add("\t".join(cols) + "\n")
    for _ in range(rng.randint(2, 5)):
        p, a = v.person(), v.local("W", ("LL", "CH"))
        doc.add(f"GW{TODAY:%y}-{rng.randint(1, 99999):06d}\t")
        doc.ent("PERSON", p.last.upper() if rng.random() < 0.5 else p.last).add("\t")
        doc.ent("PERSON", p.first).add("\t").ent("STREET_ADDRESS", a.street(", ")).add("\t")
        doc.ent("LOCATION", a.town).add("\t").ent("UK_POSTCODE", a.postcode).add("\t")
        if rng.random() < 0.8:
            doc.ent("EMAIL_ADDRESS", v.email(p))
        doc.add("\t").ent("PHONE_NUMBER", v.phone()).add("\t")
        bins = rng.randint(1, 3)
        if rng.random() < 0.75:
            doc.add("DD\t").ident("UK_SORT_CODE", v.sort_code()).add("\t")
            doc.ident("UK_BANK_ACCOUNT", v.account()).add("\t")
        else:
            doc.add(f"CARD ****{digits(rng, 4)}\t\t\t")
        doc.add(f"{bins}\t{48 * bins}.00\t{iso(TODAY + timedelta(rng.randint(5, 60)))}\n")


def personal_licence_application(doc: Doc3, v: V) -> None:
    """A personal licence (alcohol) application form: surname and forenames in their own
    fields, previous surname, date of birth, place of birth, NI number, address, phone, e-mail,
    UK passport and/or driving licence for right to work; the training provider's contacts are
    ORGANIZATION; qualification and DBS certificate numbers, fee and dates stay readable."""
    rng = v.rng
    org, trainer = v.org("Licensing"), rng.choice(TRAINERS)
    p, home = v.person(born=(1960, 2005)), v.local("E", ("CA",))
    doc.add(f"LICENSING ACT 2003 - APPLICATION FOR A PERSONAL LICENCE\nTo: {org.name}, ")
    doc.add(f"{org.team} (").ent("ORGANIZATION", org.mailbox).add(")\n\nPART 1 - APPLICANT\n")
    doc.add("1.1 Surname: ").ent("PERSON", p.last.upper() if rng.random() < 0.4 else p.last)
    doc.add("\n1.2 Forename(s): ").ent(
        "PERSON", f"{p.first} {p.middle_initial}" if p.middle_initial else p.first
    )
    doc.add("\n1.3 Previous surname(s): ")
    if rng.random() < 0.4:
        doc.ent("PERSON", v.former_name(p)).add(f" (until {rng.randint(1995, 2024)})")
    else:
        doc.add("N/A")
    doc.add("\n1.4 Date of birth: ").ent("DATE_OF_BIRTH", person_dob(rng, p.dob))
    doc.add("\n1.5 Place of birth: ").ent("LOCATION", v.address().town)
    doc.add("\n1.6 National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\n1.7 Current address:\n").addr_lines(home, indent="    ")
    doc.add("1.8 Daytime telephone: ").ent("PHONE_NUMBER", v.phone(False))
    if rng.random() < 0.5:
        doc.add(ext(rng))
    doc.add("\n1.9 Mobile: ").ent("PHONE_NUMBER", v.phone(True)).add("\n1.10 E-mail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nPART 2 - RIGHT TO WORK / IDENTITY\n")
    both = rng.random()
    if both < 0.7:
        doc.add("[x] UK passport no. ").ident("UK_PASSPORT", v.passport()).add("\n")
    if both > 0.3:
        doc.add("[x] Photocard driving licence no. ").ent("UK_DRIVING_LICENCE", v.licence(p))
        doc.add("\n")
    doc.add("\nPART 3 - QUALIFICATION\nAward for Personal Licence Holders (Level 2), certificate ")
    doc.add(f"no. APLH-{rng.randint(100000, 999999)}, achieved {dmy(days_ago(rng, 20, 200))}\n")
    doc.add(f"Training provider: {trainer.name}, ")
    third_party_contact(doc, trainer)
    doc.add(f"\n\nPART 4 - CRIMINAL RECORD\nBasic disclosure certificate no. {digits(rng, 12)} ")
    doc.add(f"issued {dmy(days_ago(rng, 5, 60))}: no relevant offences\n\nFee: £37.00 paid, ")
    doc.add(f"receipt WFL{rng.randint(100000, 999999)}\nSigned: ")
    if p.culture == "telugu" and rng.random() < 0.6:
        doc.ent("PERSON", surname_first(p))
    else:
        doc.nm(p, rng.choice(["full", "initial_dot"]))
    doc.add(f"   Date: {dmy(days_ago(rng, 0, 5))}\nEnquiries: ").ent("ORGANIZATION", org.phone).add(
        "\n"
    )


def mojibake_legacy_crm_email(doc: Doc3, v: V) -> None:
    """A resident's housing e-mail copied out of a legacy CRM that read UTF-8 as Windows-1252:
    every accent, macron, curly quote and dash is mojibake, labelled values included (names,
    Gaelic and Welsh places, the new baby's date of birth); the CRM case id and dates stay
    readable."""
    rng = v.rng
    org = v.org("Service Point")
    p, old, new = (
        v.person(born=(1975, 2002)),
        v.local("S", ("IV", "PH", "AB")),
        v.local("S", ("IV", "PH")),
    )
    partner = v.partner(p)
    for _ in range(20):
        baby = v.kin(p, child=True, born=(TODAY.year - 1, TODAY.year))
        if baby.first != partner.first:
            break
    m = mojibake

    def ent(kind: str, value: str) -> None:
        doc.ent(kind, m(value))

    doc.add(f"CRM case {rng.randint(100000, 999999)}-HSG  created {dmy(days_ago(rng, 0, 4))}  ")
    doc.add("channel: EMAIL  queue: ").ent("ORGANIZATION", org.mailbox).add("\n")
    doc.add(m("Subject: Housing list \u2013 change of address & new baby\n")).add("From: ")
    ent("PERSON", p.full)
    doc.add(" <").ent("EMAIL_ADDRESS", v.email(p)).add(">\n\n")
    doc.add(m("Hello, I\u2019m on the housing list (ref HL")).add(f"{rng.randint(10000, 99999)}")
    doc.add(m(") and we\u2019ve moved. Old address: "))
    ent("STREET_ADDRESS", old.street(", "))
    doc.add(", ")
    ent("LOCATION", old.town)
    doc.add(m(". New address \u2013 "))
    ent("STREET_ADDRESS", new.street(", "))
    for loc in new.locations:
        doc.add(", ")
        ent("LOCATION", loc)
    doc.add(" ")
    ent("UK_POSTCODE", new.postcode)
    doc.add(m(".\nOur " + ("daughter " if baby.gender == "f" else "son ")))
    ent("PERSON", baby.first)
    doc.add(m(" was born on "))
    ent("DATE_OF_BIRTH", person_dob(rng, baby.dob))
    doc.add(m(" so we need a 2\u2011bed now. My NI number is "))
    doc.ident("UK_NINO", v.nino())
    doc.add(m(" and my partner is "))
    ent("PERSON", partner.full)
    doc.add(m(". Best number: "))
    doc.ent("PHONE_NUMBER", v.phone(True))
    doc.add(m("\n\nDiolch / Tapadh leibh,\n"))
    ent("PERSON", p.first)
    doc.add("\n\n-- auto: acknowledgement sent; service point ").ent("ORGANIZATION", org.phone).add(
        "\n"
    )


def urlencoded_form_error_log(doc: Doc3, v: V) -> None:
    """A web form's error log sent to the IT service desk with the raw
    application/x-www-form-urlencoded body of a bulky-waste booking: each value as written, still
    encoded (names, address, postcode with "+", e-mail with "%40", DOB with "%2F", phone); the
    staff member who raised the ticket; request ids, timestamps, amounts and collection dates
    stay readable."""
    rng = v.rng
    org = v.org("Bulky Waste")
    p, home = v.person(born=(1940, 2004)), v.local("N", ("BT",))
    staff = v.person()
    q = quote_plus
    when = days_ago(rng, 0, 3)
    t = f"{iso(when)} {clock_time(rng, 0, 23)}:{rng.randint(10, 59)},{rng.randint(100, 999)}"
    doc.add(f"Ticket INC{rng.randint(1000000, 9999999)} raised by ").nm(staff, "full")
    doc.add(f" ({org.team}, ").ent("ORGANIZATION", org.mailbox).add(", ").ent(
        "ORGANIZATION", org.phone
    )
    doc.add(")\nCustomer says the booking failed twice; log below.\n\n")
    rid = v.code(12, "0123456789abcdef")
    doc.add(f"[{t}] ERROR formsrv.submit request_id={rid} POST /forms/bulky-waste/submit -> 502 ")
    doc.add(
        "(payments gateway timeout)\n  Content-Type: application/x-www-form-urlencoded\n  body: "
    )
    doc.add(f"title={q(p.title)}&first_name=").ent("PERSON", q(p.first)).add("&last_name=")
    doc.ent("PERSON", q(p.last)).add("&dob=").ent("DATE_OF_BIRTH", q(person_dob(rng, p.dob)))
    doc.add("&address_1=").ent("STREET_ADDRESS", q(home.street(", "))).add("&town=")
    doc.ent("LOCATION", q(home.town)).add("&postcode=").ent("UK_POSTCODE", q(home.postcode))
    doc.add("&email=").ent("EMAIL_ADDRESS", q(v.email(p))).add("&phone=")
    doc.ent("PHONE_NUMBER", q(v.phone()))
    items = rng.sample(["fridge", "sofa", "mattress", "wardrobe", "washing machine"], 2)
    coll = TODAY + timedelta(rng.randint(3, 14))
    doc.add(f"&items={q(','.join(items))}&collection_date={iso(coll)}&amount=")
    doc.add(
        f"{rng.choice(['25.00', '35.00', '45.00'])}&csrf_token={v.code(16, '0123456789abcdef')}\n"
    )
    doc.add(f"[{t}] WARN formsrv.retry request_id={rid} attempt=2 giving up\n")


def allotment_tenancy_scanned_ocr(doc: Doc3, v: V) -> None:
    """A signed allotment tenancy agreement scanned and OCR'd: hard line wraps, hyphenation that
    may split a value, character noise outside values; the tenant's name, address, date of birth
    (for the over-65 concession), phone, e-mail and Direct Debit details, a joint tenant; the
    plot number, rent and dates stay readable."""
    rng = v.rng
    org = v.org("Allotments")
    doc.wrap, doc.hyphenate, doc.noise = rng.randint(58, 72), 0.3, True
    p, home = v.person(born=(1935, 1990)), v.local("W", ("LD",))
    plot = f"{rng.randint(1, 40)}{rng.choice(['', 'A', 'B'])}"
    doc.add(f"{org.name.upper()}\nALLOTMENT TENANCY AGREEMENT  Plot no. {plot}  Site: ")
    doc.add(f"{rng.choice(['Watton', 'Cerrigcochion', 'Penlan'])} Allotments\n\n")
    doc.add("This agreement is made between the Council and the Tenant named below. Tenant: ")
    doc.nm(p, rng.choice(["full", "middle", "caps"])).add(" of ").addr_inline(home)
    doc.add(". Telephone ").ent("PHONE_NUMBER", v.phone()).add(", e-mail ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(". Date of birth (concession): ")
    doc.ent("DATE_OF_BIRTH", person_dob(rng, p.dob)).add(".")
    if rng.random() < 0.5:
        doc.add(" Joint tenant: ").nm(v.partner(p), "full").add(".")
    doc.add(f" The rent is £{rng.randint(18, 60)}.{rng.choice(['00', '50'])} per year, due on 1 ")
    doc.add(f"October, {'with the 50% concession' if age(p.dob) >= 65 else 'no concession'}. ")
    doc.add("The Tenant shall keep the plot clean and in good cultivation and shall not keep ")
    doc.add("livestock other than hens. Direct Debit: sort code ").ident(
        "UK_SORT_CODE", v.sort_code()
    )
    doc.add(", account no. ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f". Tenancy starts {long_date(TODAY + timedelta(rng.randint(1, 30)))}.\n\nSigned ")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add(f"   Dated {dmy(days_ago(rng, 0, 10))}\n")
    doc.wrap = 0  # the council's printed footer, not re-typed: no line wraps
    doc.add("Return to ").ent("ORGANIZATION", org.mailbox).add(" tel ").ent(
        "ORGANIZATION", org.phone
    )
    doc.add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    victim_contact_scheme_letter,
    ukvi_mp_account_reply_forward,
    hb_overpayment_invoice,
    council_tax_liability_summons,
    hl7_adt_discharge_message,
    missing_child_return_interview,
    garden_waste_dd_tsv_export,
    personal_licence_application,
    mojibake_legacy_crm_email,
    urlencoded_form_error_log,
    allotment_tenancy_scanned_ocr,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT16 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT16.organisation_contacts
build_row = HELDOUT16.build_row
generate_heldout16 = HELDOUT16.generate
write_set = HELDOUT16.write_set
main = HELDOUT16.main


if __name__ == "__main__":
    main()
