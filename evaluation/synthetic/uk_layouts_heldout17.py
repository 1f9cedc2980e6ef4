# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout17: a seventeenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout17(n, seed)`` returns rows ``{"id": "uklayout-heldout17-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout17",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout17 -o
var/eval/pii_uk_layouts_heldout17.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout17.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks and OCR noise, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py; every
value table here is new, and tests/test_uk_layouts_heldout17.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family (uk_layouts/
dev, dev2, heldout, heldout2; the uk_pii set's tables and its Faker name lists; heldout3 to
heldout16):

* names from 11 communities no earlier family drew on: Assamese (Ritupurna, Bhupen; Bordoloi,
  Dutta Baruah), Ethiopian (Selamawit, Yohannes; Tadesse - a father's name, not a family name,
  so a wife keeps her own and a full name may run to the grandfather's), Meitei (Sanatombi,
  Ibomcha; Laishram - written surname first and followed by "Singh" or "Chanu"), Sindhi (Kavita,
  Kishinchand; Advani), Swedish (Åsa, Torbjörn; Åkesson, Öberg), Flemish (Lieve, Joris; Van den
  Bossche, Vande Velde, De Clercq: particles), Croatian (Đurđica, Krešimir; Šimunović), Goan
  (Philomena, Agnelo; D'Silva, D'Mello, Vaz Rodrigues: apostrophes), Fula (Hadiatou, Thierno
  Amadou; Jalloh, Baldé), Chagga (Neema, Elisante; Massawe) and Slovak (Ľubica, Svätopluk;
  Šťastný / Šťastná, Kováč / Kováčová), with hyphenated forenames and double-barrelled surnames;
* places no earlier family used: the Yorkshire Wolds and Holderness (YO, HU), Romney Marsh
  (TN), the Isle of Wight (PO), Rutland (LE, PE), Pen Llŷn and Dyffryn Teifi (LL, SA), Skye
  with Gaelic forms ("Dùn Bheagain", "Ealaghol"), Islay and Tiree (PA: "Baile Mhàrtainn") and
  Ulster villages, several only by their Irish names (BT: "An Céide", "Loch gCaol"); street
  names from English apple varieties ("Quarrenden Close", "D'Arcy Spice Way"), Scots bird names
  ("Whaup Brae"), Welsh wild plants ("Lôn y Grug", "Rhodfa'r Eithin") and Irish field
  monuments ("Crannog Road", "Sweathouse Lane");
* new recipient organisations (allow-listed) and third parties (fire and rescue community
  safety teams, GP practices, an interpreting agency, a school's pastoral team) whose own
  contact details are ORGANIZATION.

Layouts (11): bacs_standard18_returns_file, html_email_source_entities,
address_label_sheet_three_across, telephony_cdr_wrapup_export, mainframe_3270_screen_capture
(machine, legacy and encoded formats); interpreter_mediated_call_note, young_carer_self_referral,
residents_petition_signatures, cymraeg_resident_complaint_letter (spoken, handwritten and
typed-by-residents text); street_trading_consent_application,
fire_safe_and_well_hoarding_referral (forms and referrals).

Labelling conventions are heldout16's (so the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone (in its own screen field or file column),
"SURNAME, Forename", a Meitei name surname first with its "Singh" / "Chanu" ("Laishram Tomba
Singh", all PERSON), an Ethiopian name with father's and grandfather's names, a name spelled out
letter by letter ("T-A-D-E-S-S-E") and names in capitals, stripped of their accents by a legacy
system ("SODERBERG", "DJURDJICA") or HTML-escaped ("D&#39;Silva") are PERSON. Addresses split
into STREET_ADDRESS + one LOCATION each for district, town/village and county + UK_POSTCODE.
Only dates of birth are DATE_OF_BIRTH (also spoken: "the third of March, nineteen eighty-one"),
with an age beside them left outside the span; dates of visits, calls, deaths, hearings,
processing, liability and signing stay unlabelled. Third parties' own address lines, phones
and mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay
readable (precision): BACS transaction codes, amounts in pence, Julian processing dates, claim
references and record numbers; claim references, vehicle registrations and amounts in the HTML
e-mail; label batch numbers, council tax references and mailsort codes; call ids, agent ids,
timestamps and handle times; council tax account numbers (eight digits, like a bank account),
property references, bands and dates on the green screen; interpreter ids, case references and
appointment times; form ids and school years; petition references and signature counts; Welsh
account references and amounts; food business registration, insurance policy numbers, pitch
numbers and fees; HFSV references, clutter image ratings and visit dates. ~10% of NI numbers,
NHS/CHI numbers, sort codes, account numbers and passport numbers are MISTYPED as in heldout4
(span ``"mistyped": True``; never in the BACS file, which a bank's validation would have
refused); ~10% of rows hide a Unicode trick (zero-width space, soft hyphen, no-break or narrow
no-break space, full-width digits) inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* in the BACS Standard 18 file the destination sort code, account number and the account
  name are written with no separator from the fields around them ("20345612345678099..."):
  the sort code (6 digits) and the account number (8 digits) are one span each, the transaction
  code and amount after them stay unlabelled; the council's own originating sort code and
  account are ORGANIZATION; a name cut to the 18-character field ("VANDEN BOSSCHE JOR") is
  labelled as written; a landlord company paid in the file is unlabelled;
* in the HTML e-mail source each labelled value is the value as written, entities included
  ("D&#39;Silva", "07700&nbsp;900123", "&Aring;sa"); an e-mail address appears twice (in the
  ``mailto:`` attribute and the link text) and both are EMAIL_ADDRESS;
* on the three-across label sheet each label line is its own span (the street lines of one
  label are joined on one line); "The Occupier" is unlabelled;
* in the telephone call export the caller's number (ANI) is PHONE_NUMBER, the council's dialled
  number (DNIS) is ORGANIZATION, "anonymous" and "withheld" are unlabelled;
* on the green screen the underscores and dots that pad a field stay outside its span;
* spoken numbers are labelled as said: a phone "oh seven seven double oh, nine double oh, one
  two three", an NI number "J B, one two, three four, five six, C", a postcode "T N two nine,
  nine Q T" and a date of birth in words; an interpreter's id is unlabelled;
* the trading pitch in the street trading form (a public street and town) is UNLABELLED: it
  is nobody's address; so are the vehicle registration and the school named by a young carer;
* a village named in narrative ("a cousin in Empingham", "mae fy merch ... yn byw yn Rhiw",
  a next of kin who "lives in Ealaghol") is LOCATION; an age
  alone and an age beside a date of birth are unlabelled;
* OCR character noise on the handwritten petition sheet is applied only outside labelled
  values.
"""

from __future__ import annotations

import html
import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from html.entities import codepoint2name

from evaluation.synthetic.uk_layouts.tables import _MONTHS, _WELSH_MONTHS
from evaluation.synthetic.uk_layouts.values import Address, Person
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
    fmt_date,
    gendered_surname_pairs,
    iso,
    long_date,
    parse_tables,
    pounds,
    pron,
    street_names,
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
    "generate_heldout17",
    "html_text",
    "legacy_upper",
    "main",
    "meitei_name",
    "organisation_contacts",
    "speak_digits",
    "unspeak",
    "write_set",
]

FAMILY = "heldout17"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Per community: (female forenames, male forenames, surnames); "_" is a space; a surname with /f
# or /m is used for that sex only. Hyphenated forenames and double-barrelled surnames are built
# from the single-word ones.
_BASE = {
    "assamese": (
        "Ritupurna Nilakshi Jonali Bornali Jonmoni Dipshikha Moushumi Barnali Pranita Jahnabi",
        "Bhupen Pranjal Anupam Dipankar Jyotirmoy Hiranya Manash Bitopan Rituraj Partha",
        "Bordoloi Gogoi Hazarika Baruah Saikia Deka Kakoti Bhuyan Phukan Rajkhowa Dutta_Baruah "
        "Borgohain Chetia Konwar",
    ),
    "ethiopian": (
        "Selamawit Meseret Tsehay Genet Bethlehem Eyerusalem Tsion Mahlet Yeshiwork Azeb",
        "Fikru Yohannes Tefera Getachew Tamrat Ermias Henok Girma Yared Tewodros",
        "Tadesse Alemu Gebreyes Wondimu Woldemariam Abera Zewdie Assefa Desta Kebede Tilahun "
        "Worku Ayele Demissie",
    ),
    "meitei": (
        "Sanatombi Thoibi Memcha Ibemhal Linthoingambi Bembem Ningol Tombisana",
        "Ibomcha Tomba Ibobi Premjit Bijoy Ibochou Naoba Sanajaoba Thoiba",
        "Laishram Thokchom Ningthoujam Konsam Yumnam Khumanthem Oinam Sorokhaibam Wahengbam "
        "Moirangthem Huidrom Leishangthem",
    ),
    "sindhi": (
        "Kavita Sundri Gulabi Jamuna Lachmi Hemlata Ratna Bhagwanti Kajol Parpati",
        "Kishinchand Hemandas Lachman Gobind Tikamdas Jethanand Chandru Murli Bhagwan Kamal",
        "Advani Lalwani Bhagnani Mirchandani Hiranandani Vaswani Jethwani Kripalani Ramchandani "
        "Melwani Gidwani Shahani Tolani",
    ),
    "swedish": (
        "Åsa Linnéa Märta Sigrun Ingegerd Maj-Britt Elsa Ylva Agneta Ebba",
        "Åke Göran Sixten Torbjörn Måns Sölve Ragnar Leif Bengt Stig",
        "Lindqvist Bergström Sjöberg Åkesson Holmqvist Wallin Nyström Engström Lundgren Hägglund "
        "Söderberg Sundqvist Öberg Forsberg",
    ),
    "flemish": (
        "Lieve Griet Hilde Godelieve Veerle Marleen Katrien Ilse Sofie Nele",
        "Joris Lieven Stijn Jef Koen Dries Bart Jeroen Wim Gert",
        "Van_den_Bossche Vande_Velde Vanderhaeghen De_Smet Claeys Verstraete Van_Damme De_Backer "
        "Vercruysse Goossens Wauters Vandenbroucke De_Clercq Van_Acker",
    ),
    "croatian": (
        "Đurđica Ankica Ivana Katarina Marija-Ana Nevenka Višnja Zrinka Jadranka Blaženka",
        "Krešimir Tomislav Zvonimir Hrvoje Ivica Dražen Stjepan Vjekoslav Željko Domagoj",
        "Šimunović Perković Jurišić Grgić Bašić Kovačić Vuković Matijević Pavić Radić Lovrić "
        "Tomašević Barišić",
    ),
    "goan": (
        "Philomena Inácia Assunta Perpetua Sheryl Lavina Ancy Rosy Clotilda Valanie",
        "Agnelo Bosco Anacleto Savio Cajetan Caetano Lancelot Seby Aleixo Minguel",
        "D'Silva D'Costa D'Cruz D'Mello D'Sa Colaco Gonsalves Furtado Rebello Gracias Vaz_Rodrigues "
        "Saldanha Noronha Lobo",
    ),
    "fula": (
        "Neneh Aissatou Hadiatou Oumou Kadiatou Djenabou Mariatou Ramatoulaye Safiatou Dalanda",
        "Thierno_Amadou Thierno Alpha Boubacar Souleymane Saidou Oury Abdoulaye Amadou Alpha_Oumar",
        "Baldeh Sowe Barrie Sow Jalloh Baldé Sylla Diao Ka Bari Sidibé Tall Ly",
    ),
    "chagga": (
        "Neema Rehema Anande Upendo Nuru Faraja Tumaini Pendo Sikudhani Furaha",
        "Baraka Elisante Ndesamburo Elirehema Ombeni Mrisho Godlisten Erasto Lazaro Emanueli",
        "Mushi Massawe Mallya Kimaro Lyimo Shirima Temba Swai Mosha Urassa Kileo Tarimo Minja Njau",
    ),
    "slovak": (
        "Ľubica Zlatica Eleonóra Ľudmila Anežka Zuzka Darina Oľga Viera Blažena",
        "Ľubomír Ondrej Ľuboš Radoslav Svätopluk Ďurko Rastislav Jozef Vavrinec Svetozár",
        "Kováč/m Šťastný/m Hrivnák/m Ďurica/m Mráz/m Poliak/m Sládek/m Turčan/m Lukáč/m Gajdoš/m "
        "Ondruš/m Hudák/m Krajčír/m Kováčová/f Šťastná/f Hrivnáková/f Ďuricová/f Mrázová/f "
        "Poliaková/f Sládková/f Turčanová/f Lukáčová/f Gajdošová/f Ondrušová/f Hudáková/f "
        "Krajčírová/f",
    ),
}


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
        doubles = [f"{a}-{b}" for a in ss[:3] for b in ss[5:8]]
        last.append(f"{culture}: " + " ".join(s * 4 + doubles))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _names_text()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|East Riding of Yorkshire UA (Wolds)|Huggate*|YO42
E|East Riding of Yorkshire UA (Wolds)|Fridaythorpe*|YO25
E|East Riding of Yorkshire UA (Wolds)|Thixendale*|YO17
E|East Riding of Yorkshire UA (Wolds)|Fimber*|YO25
E|East Riding of Yorkshire UA (Wolds)|Sledmere*|YO25
E|East Riding of Yorkshire UA (Wolds)|Kirby Grindalythe*|YO17
E|East Riding of Yorkshire UA (Wolds)|Warter*|YO42
E|East Riding of Yorkshire UA (Wolds)|Millington*|YO42
E|East Riding of Yorkshire UA (Holderness)|Patrington*|HU12
E|East Riding of Yorkshire UA (Holderness)|Ottringham*|HU12
E|East Riding of Yorkshire UA (Holderness)|Keyingham*|HU12
E|East Riding of Yorkshire UA (Holderness)|Sunk Island*|HU12
E|East Riding of Yorkshire UA (Holderness)|Easington*|HU12
E|East Riding of Yorkshire UA (Holderness)|Welwick*|HU12
E|East Riding of Yorkshire UA (Holderness)|Skeffling*|HU12
E|Kent (Romney Marsh)|Snargate*|TN29
E|Kent (Romney Marsh)|Newchurch*|TN29
E|Kent (Romney Marsh)|Burmarsh*|TN29
E|Kent (Romney Marsh)|Dymchurch*|TN29
E|Kent (Romney Marsh)|St Mary's Bay*|TN29
E|Kent (Romney Marsh)|Greatstone-on-Sea*|TN28
E|Kent (Romney Marsh)|Lydd-on-Sea*|TN29
E|Kent (Romney Marsh)|Brenzett*|TN29
E|Isle of Wight (Ynys Wyth)|Rookley*|PO38
E|Isle of Wight (Ynys Wyth)|Gatcombe*|PO30
E|Isle of Wight (Ynys Wyth)|Wellow*|PO41
E|Isle of Wight (Ynys Wyth)|Seaview*|PO34
E|Isle of Wight (Ynys Wyth)|Newbridge*|PO41
E|Rutland (Roteland)|Exton*|LE15
E|Rutland (Roteland)|Braunston-in-Rutland*|LE15
E|Rutland (Roteland)|Lyddington*|LE15
E|Rutland (Roteland)|Empingham*|LE15
E|Rutland (Roteland)|Whissendine*|LE15
E|Rutland (Roteland)|Ketton*|PE9
E|Rutland (Roteland)|Belton-in-Rutland*|LE15
E|Rutland (Roteland)|Greetham*|LE15
E|Rutland (Roteland)|Cottesmore*|LE15
E|Rutland (Roteland)|Market Overton*|LE15
W|Gwynedd (Pen Llŷn)|Llangwnnadl*|LL53
W|Gwynedd (Pen Llŷn)|Rhiw*|LL53
W|Gwynedd (Pen Llŷn)|Sarn Mellteyrn*|LL53
W|Gwynedd (Pen Llŷn)|Botwnnog*|LL53
W|Gwynedd (Pen Llŷn)|Llaniestyn*|LL53
W|Gwynedd (Pen Llŷn)|Mynytho*|LL53
W|Gwynedd (Pen Llŷn)|Rhydyclafdy*|LL53
W|Gwynedd (Pen Llŷn)|Llanengan*|LL53
W|Gwynedd (Pen Llŷn)|Bryncroes*|LL53
W|Gwynedd (Pen Llŷn)|Efailnewydd*|LL53
W|Ceredigion (Dyffryn Teifi)|Abercych*|SA37
W|Ceredigion (Dyffryn Teifi)|Tresaith*|SA43
W|Ceredigion (Dyffryn Teifi)|Penbryn*|SA44
W|Ceredigion (Dyffryn Teifi)|Capel Dewi*|SA44
W|Ceredigion (Dyffryn Teifi)|Brongest*|SA38
W|Ceredigion (Dyffryn Teifi)|Aber-banc*|SA44
W|Ceredigion (Dyffryn Teifi)|Atpar*|SA38
W|Ceredigion (Dyffryn Teifi)|Maesllyn*|SA44
W|Ceredigion (Dyffryn Teifi)|Pentre-cwrt*|SA44
S|Highland (An t-Eilean Sgitheanach)|Dunvegan*|IV55
S|Highland (An t-Eilean Sgitheanach)|Dùn Bheagain*|IV55
S|Highland (An t-Eilean Sgitheanach)|Glendale*|IV55
S|Highland (An t-Eilean Sgitheanach)|Gleann Dail*|IV55
S|Highland (An t-Eilean Sgitheanach)|Waternish*|IV55
S|Highland (An t-Eilean Sgitheanach)|Bhatairnis*|IV55
S|Highland (An t-Eilean Sgitheanach)|Staffin*|IV51
S|Highland (An t-Eilean Sgitheanach)|Kilmuir*|IV51
S|Highland (An t-Eilean Sgitheanach)|Cill Mhoire*|IV51
S|Highland (An t-Eilean Sgitheanach)|Edinbane*|IV51
S|Highland (An t-Eilean Sgitheanach)|Eadar Dhà Bheinn*|IV51
S|Highland (An t-Eilean Sgitheanach)|Carbost*|IV47
S|Highland (An t-Eilean Sgitheanach)|Elgol*|IV49
S|Highland (An t-Eilean Sgitheanach)|Ealaghol*|IV49
S|Highland (An t-Eilean Sgitheanach)|Torrin*|IV49
S|Highland (An t-Eilean Sgitheanach)|Breakish*|IV42
S|Highland (An t-Eilean Sgitheanach)|Breacais*|IV42
S|Highland (An t-Eilean Sgitheanach)|Kyleakin*|IV41
S|Highland (An t-Eilean Sgitheanach)|Caol Àcain*|IV41
S|Highland (An t-Eilean Sgitheanach)|Armadale*|Slèite=IV45;Sleat=IV45
S|Argyll and Bute (Ìle agus Tiriodh)|Bruichladaich*|PA49
S|Argyll and Bute (Ìle agus Tiriodh)|Port Asgaig*|PA46
S|Argyll and Bute (Ìle agus Tiriodh)|Beul an Atha*|PA44
S|Argyll and Bute (Ìle agus Tiriodh)|Ardbeg*|PA42
S|Argyll and Bute (Ìle agus Tiriodh)|Keills*|PA46
S|Argyll and Bute (Ìle agus Tiriodh)|Kilmeny*|PA45
S|Argyll and Bute (Ìle agus Tiriodh)|Glenegedale*|PA42
S|Argyll and Bute (Ìle agus Tiriodh)|Ardnave*|PA44
S|Argyll and Bute (Ìle agus Tiriodh)|Port Ìlein*|PA42
S|Argyll and Bute (Ìle agus Tiriodh)|Bogh Mòr*|PA43
S|Argyll and Bute (Ìle agus Tiriodh)|Balemartine*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Baile Mhàrtainn*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Cornaigmore*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Sgairinis*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Balephuil*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Heylipol*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Kilmoluaig*|PA77
S|Argyll and Bute (Ìle agus Tiriodh)|Àird nan Gobhar*|PA78
N|Co. Antrim (Aontroim)|Loch gCaol*|BT44
N|Co. Antrim (Aontroim)|Muileann na Cloiche*|BT44
N|Co. Antrim (Aontroim)|Dún Lathaí*|BT44
N|Co. Antrim (Aontroim)|Bun Abhann Dalla*|BT44
N|Co. Antrim (Aontroim)|Cois Abhann Duinne*|BT44
N|Co. Antrim (Aontroim)|Gleann Áirimh*|BT44
N|Co. Antrim (Aontroim)|Oirthear Maí*|BT53
N|Co. Armagh (Ard Mhacha)|Darkley*|BT60
N|Co. Armagh (Ard Mhacha)|An Céide*|BT60
N|Co. Armagh (Ard Mhacha)|An Coillín*|BT60
N|Co. Armagh (Ard Mhacha)|Tuíneán*|BT60
N|Co. Tyrone (Tír Eoghain)|Cabhán an Chaorthainn*|BT70
N|Co. Tyrone (Tír Eoghain)|An Charraig Mhór*|BT79
N|Co. Tyrone (Tír Eoghain)|An Goirtín*|BT79
N|Co. Tyrone (Tír Eoghain)|Droichead an Phluma*|BT79
N|Co. Tyrone (Tír Eoghain)|Eochair*|BT77
N|Co. Tyrone (Tír Eoghain)|Baile na Lorgan*|BT75
N|Co. Londonderry (Doire)|Knockcloghrim*|BT45
N|Co. Londonderry (Doire)|Baile na Croise*|BT45
N|Co. Londonderry (Doire)|Suaitreach*|BT46
N|Co. Fermanagh (Fear Manach)|Ros Liath*|BT92
N|Co. Fermanagh (Fear Manach)|Cill Náile*|BT92
N|Co. Fermanagh (Fear Manach)|Both Domhnaigh*|BT74
"""
_APPLES = (
    "Quarrenden, Kingston Black, Ribston, Blenheim Orange, Egremont, Pearmain, Catshead, "
    "Pitmaston, Beefing, Peasgood, Codlin, Sturmer, D'Arcy Spice, Ashmead's Kernel"
)
_BIRDS = "Whaup, Peesweep, Hoodie, Laverock, Mavis, Yite, Shilfa, Howlet, Bonxie, Tystie, Dunter"
_PLANTS = "Grug, Rhedyn, Meillion, Briallu, Mwyar, Banadl, Cennin, Mafon, Llygad y Dydd"
_PLANTS_VOWEL = "Eithin, Ysgall, Uchelwydd"  # after "yr"
_MONUMENTS = (
    "Crannog, Souterrain, Cashel, Dolmen, Ogham, Round Tower, Holy Well, Motte, Sweathouse, "
    "Standing Stone, Court Cairn, Ringfort"
)


def _welsh_streets() -> str:
    """ "Lôn y Grug", "Ffordd yr Eithin", "Rhodfa'r Meillion", "Cilgant y Briallu"."""
    out = []
    for plant in (x.strip() for x in _PLANTS.split(",")):
        out += [f"Lôn y {plant}", f"Ffordd y {plant}", f"Rhodfa'r {plant}", f"Cilgant y {plant}"]
    for plant in (x.strip() for x in _PLANTS_VOWEL.split(",")):
        out += [f"Lôn yr {plant}", f"Ffordd yr {plant}", f"Rhodfa'r {plant}"]
    return ", ".join(out)


_STREETS = {
    "E": street_names(_APPLES, ["Garth", "Way", "Orchard", "Lane"]),
    "S": street_names(_BIRDS, ["Neuk", "Gait", "Crescent", "Place"]),
    "W": _welsh_streets(),
    "N": street_names(_MONUMENTS, ["Road", "Park", "Drive", "Lane"]),
}
_HOUSE_NAMES = {
    "E": "Cider Press Cottage, Windfall House, Pomona Lodge, Marsh Wall Cottage, Sheepwash Barn, "
    "Wold Top Farm, Dewpond House, Lookers Hut",
    "S": "Taigh na Faoileige, Bothan na Creige, Bothan a' Mhachair, Machair Croft",
    "W": "Tŷ'r Grug, Bryn Rhedyn, Nant y Rhedyn, Bwthyn Meillion",
    "N": "Crannog House, Rath Cottage, Sweathouse Farm, Dolmen Lodge",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 46, "S": 18, "W": 18, "N": 18}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
East Riding of Yorkshire Council Benefits|Benefit Payments and BACS|County Hall, Cross Street;Beverley;HU17 9BA|0808 157 1701|benefit.payments@eastriding-benefits.gov.uk
Isle of Wight Council Highways|Highways Claims|County Hall, High Street;Newport;PO30 1UD|0808 157 1702|highways.claims@iow-highways.gov.uk
Argyll and Bute Council Revenues|Council Tax - Returned Mail|Kilmory;Lochgilphead;PA31 8RT|0808 157 1703|returned.mail@argyll-revenues.gov.uk
Rutland County Council Customer Services|Customer Services - Telephony|Catmose, South Road;Oakham;LE15 6HP|0808 157 1704|contact.centre@rutland-customer.gov.uk
Cyngor Sir Ceredigion Treth y Cyngor|Treth y Cyngor / Council Tax|Canolfan Rheidol, Rhodfa Padarn;Aberystwyth;SY23 3UE|0808 157 1705|trethycyngor@ceredigion-treth.gov.uk
Folkestone and Hythe District Council Housing|Housing Options|Civic Centre, Castle Hill Avenue;Folkestone;CT20 2QY|0808 157 1706|housing.options@folkestonehythe-housing.gov.uk
East Riding Young Carers Service|Young Carers - Referrals|The Hub, Lord Roberts Road;Beverley;HU17 9BE|0808 157 1707|youngcarers@eastriding-youngcarers.org.uk
Causeway Coast and Glens Council Democratic Services|Democratic Services - Petitions|Cloonavin, 66 Portstewart Road;Coleraine;BT52 1EY|0808 157 1708|petitions@causewayglens-democratic.gov.uk
Cyngor Gwynedd Gwasanaeth Trethi|Gwasanaeth Trethi / Council Tax|Swyddfa'r Cyngor, Stryd y Jêl;Caernarfon;LL55 1SH|0808 157 1709|trethi@gwynedd-trethi.llyw.cymru
Isle of Wight Council Licensing|Licensing - Street Trading|Seaclose Offices, Fairlee Road;Newport;PO30 2QS|0808 157 1710|licensing@iow-licensing.gov.uk
Highland Council Adult Support and Protection|ASP - Skye, Lochalsh and Wester Ross|Tigh na Sgire, Park Lane;Portree;IV51 9GP|0808 157 1711|asp.skye@highland-asp.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_FIRE = """
Scottish Fire and Rescue Service - Skye Community Safety|Fire Station, Bayfield Road;Portree;IV51 9ZZ|01632 962 701|skye.csp@firescotland-cs.example.uk
SFRS Prevention and Protection (North)|PO Box 2107;Inverness;IV2 9ZY|01632 962 702|pnp.north@firescotland-cs.example.uk
"""
_GPS = """
Trotternish Medical Practice|Health Centre, Bank Street;Portree;IV51 9ZX|01632 962 703|trotternish.gp@nhshighland.example.scot
Lochalsh and South Skye Surgery|Surgery Road;Kyle;IV40 9ZZ|01632 962 704|lochalsh.gp@nhshighland.example.scot
"""
_INTERPRETERS = """
Channel Interpreting Ltd|PO Box 412;Ashford;TN23 9ZZ|01632 962 705|bookings@channelinterpreting.example.co.uk
Marsh Language Services|Unit 2, Station Approach;Hythe;CT21 9ZY|01632 962 706|telephone@marshlanguage.example.co.uk
"""
_SCHOOLS = """
Wolds Valley Academy Pastoral Team|Station Road;Driffield;YO25 9ZZ|01632 962 707|pastoral@woldsvalley-academy.example.sch.uk
Holderness Coast School Student Support|Northside;Withernsea;HU19 9ZY|01632 962 708|support@holdernesscoast.example.sch.uk
"""
_EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
    "live.co.uk",
    "talktalk.net",
    "aol.co.uk",
    "protonmail.com",
    "tiscali.co.uk",
    "zoho.eu",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0116 496 0",
    "0118 496 0",
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
FIRE = third_parties(_FIRE)
GPS = third_parties(_GPS)
INTERPRETERS = third_parties(_INTERPRETERS)
SCHOOLS = third_parties(_SCHOOLS)
# the council's own originating bank details in its BACS file (ORGANIZATION, not personal)
_COUNCIL_BANK = ("401722", "61843095")


def _slovak_female(n: str) -> list[str]:
    """Kováč -> Kováčová, Šťastný -> Šťastná, Ďurica -> Ďuricová, Sládek -> Sládková."""
    return [n + "ová", n[:-1] + "á", n[:-1] + "ová", n[:-2] + n[-1] + "ová"]


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 44)
    surname_pairs = gendered_surname_pairs(SURNAMES, _slovak_female)
    former_name_culture = "croatian"

    def partner(self, p: Person) -> Person:
        """An Ethiopian wife keeps her own father's name; others as the shared rule."""
        if p.culture == "ethiopian":
            g = "m" if p.gender == "f" else "f"
            return self.person("ethiopian", g, born=(p.dob.year - 8, min(p.dob.year + 8, 2005)))
        return super().partner(p)


# --------------------------------------------------------------------------- helpers
def meitei_name(p: Person) -> str:
    """A Meitei name as written: family name first, then "Singh" (men) or "Chanu" (women)."""
    return f"{p.last} {p.first} {'Chanu' if p.gender == 'f' else 'Singh'}"


def written_name(doc: Doc3, p: Person, style: str = "full") -> Doc3:
    """A name in the community's own order where it has one, else in ``style``."""
    if p.culture == "meitei" and doc.rng.random() < 0.6:
        return doc.ent("PERSON", meitei_name(p))
    return doc.nm(p, style)


def legacy_upper(text: str) -> str:
    """Capitals with the accents stripped, as a legacy system stores a name ("Đurđica" ->
    "DJURDJICA", "Öberg" -> "OBERG")."""
    text = text.replace("đ", "dj").replace("Đ", "Dj").replace("ł", "l").replace("Ł", "L")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.upper()


def html_text(text: str, nbsp: bool = False) -> str:
    """Text as an HTML editor writes it: &amp; &lt; &gt; &quot;, &#39; for an apostrophe, a named
    entity for an accented letter ("&Aring;") or a numeric one ("&#7923;"), and optionally
    &nbsp; for spaces."""
    out = []
    for c in html.escape(text, quote=True).replace("&#x27;", "&#39;"):
        if ord(c) > 127:
            name = codepoint2name.get(ord(c))
            out.append(f"&{name};" if name else f"&#{ord(c)};")
        elif c == " " and nbsp:
            out.append("&nbsp;")
        else:
            out.append(c)
    return "".join(out)


_ONES = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def _two(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])


def _ordinal_words(day: int) -> str:
    if day <= 20:
        return _ORDINALS[day - 1]
    if day == 30:
        return "thirtieth"
    return ("twenty-" if day < 30 else "thirty-") + _ORDINALS[day % 10 - 1]


def _year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + (f" and {_two(y - 2000)}" if y > 2000 else "")
    hi, lo = divmod(y, 100)
    return f"{_two(hi)} {'hundred' if lo == 0 else ('oh ' + _ONES[lo]) if lo < 10 else _two(lo)}"


def spoken_date(rng: random.Random, d: date) -> str:
    """A date of birth as said aloud: "the third of March, nineteen eighty-one"."""
    m = _MONTHS[d.month - 1]
    return rng.choice(
        [
            f"the {_ordinal_words(d.day)} of {m}, {_year_words(d.year)}",
            f"{_ordinal_words(d.day)} {m} {_year_words(d.year)}",
            f"{m} the {_ordinal_words(d.day)}, {_year_words(d.year)}",
        ]
    )


def speak_digits(rng: random.Random, groups: list[str]) -> str:
    """Digit groups as said: runs become "double" / "triple", 0 mostly "oh"; letters stay
    capitals; groups are parted by commas ("oh seven seven double oh, nine double oh, ...")."""
    said = []
    for g in groups:
        words, i = [], 0
        while i < len(g):
            c, run = g[i], 1
            while c.isdigit() and i + run < len(g) and g[i + run] == c and run < 3:
                run += 1
            word = (
                c
                if not c.isdigit()
                else ("oh" if c == "0" and rng.random() < 0.8 else _ONES[int(c)])
            )
            words.append({1: word, 2: f"double {word}", 3: f"triple {word}"}[run])
            i += run
        said.append(" ".join(words))
    return ", ".join(said)


_WORD_DIGITS = {w: str(i) for i, w in enumerate(_ONES)} | {"oh": "0", "nought": "0"}


def unspeak(text: str) -> str:
    """What :func:`speak_digits` said, as characters again ("T N two nine" -> "TN29")."""
    out, times = [], 1
    for tok in re.findall(r"[A-Za-z]+", text):
        if tok in ("double", "triple"):
            times = 2 if tok == "double" else 3
            continue
        ch = _WORD_DIGITS.get(tok, tok if len(tok) == 1 and tok.isupper() else "")
        out.append(ch * times)
        times = 1
    return "".join(out)


def phone_groups(d: str) -> list[str]:
    """National digits in the groups people say them in."""
    if d.startswith(("07", "01632")):
        return [d[:5], d[5:8], d[8:]]
    if d.startswith("02"):
        return [d[:3], d[3:7], d[7:]]
    return [d[:4], d[4:7], d[7:]]


def say_postcode(rng: random.Random, pc: str) -> str:
    """ "TN29 9QT" said: "T N two nine, nine Q T"."""
    code = pc.replace(" ", "").upper()
    outward, inward = code[:-3], code[-3:]
    k = len(outward) - len(outward.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    letters = " ".join(outward[:k])
    return f"{letters} {speak_digits(rng, [outward[k:]])}, {speak_digits(rng, [inward])}"


def say_nino(rng: random.Random, nino: str) -> str:
    """An NI number read out in pairs: "J B, one two, three four, five six, C"."""
    a = "".join(c for c in nino if c.isalnum()).upper()
    body = a[2:-1]
    pairs = [" ".join(a[:2])] + [body[i : i + 2] for i in range(0, len(body), 2)] + [a[-1]]
    return ", ".join(speak_digits(rng, [p]) if p[0].isdigit() else p for p in pairs)


def vrm(rng: random.Random) -> str:
    """A current-style vehicle registration ("HW21 KXP"): an unlabelled look-alike."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    return (
        f"{rng.choice('HWYGF')}{rng.choice(letters)}{rng.choice(['18', '20', '69', '71', '24'])} "
        f"{''.join(rng.choices('ABCDEFGHJKLMNOPRSTUVWXYZ', k=3))}"
    )


def _julian(d: date) -> str:
    return f" {d:%y}{d.timetuple().tm_yday:03d}"


# --------------------------------------------------------------------------- layouts
def _bacs_name(p: Person, rng: random.Random) -> str:
    """The payee as a bank file holds it: capitals, no accents or apostrophes, at most 18
    characters (cut if longer)."""
    last, first = legacy_upper(p.last).replace("'", ""), legacy_upper(p.first).replace("'", "")
    name = rng.choice([f"{first[0]} {last}", f"{last} {first[0]}", f"{first} {last}"])
    return name[:18].rstrip()


def bacs_standard18_returns_file(doc: Doc3, v: V) -> None:
    """A benefits payments officer pastes the Standard 18 records the bureau rejected from a
    Housing Benefit run into an e-mail to the team: fixed-width records with the destination
    sort code, account and account name run together; the claimants' names, phones, e-mails and
    dates of birth for the call-backs; the council's own sort code and account are
    ORGANIZATION; transaction codes, amounts in pence, Julian dates, claim references, file and
    record numbers stay readable."""
    rng = v.rng
    org = v.org("Benefits")
    officer = v.person()
    run = TODAY - timedelta(rng.randint(0, 3))
    serial = f"{rng.randint(100, 999)}{rng.randint(100, 999)}"
    sun = f"{rng.randint(100000, 999999)}"
    doc.add("From: ").nm(officer, "full").add(f" ({org.team})\nTo: ").ent(
        "ORGANIZATION", org.mailbox
    )
    doc.add(f"\nSubject: HB run {run:%d%m} - {rng.randint(2, 6)} records returned by BACS\n\n")
    doc.add("Hi all, the bureau bounced these from last night's submission. Records and call-back ")
    doc.add("details below - please ring each claimant and get new bank details.\n\n```\n")
    doc.add(f"VOL1{serial}{' ' * 31}{sun}{' ' * 28}1\n")
    doc.add(f"HDR1A{sun}S  1{sun}{serial}00010001{' ' * 6}{_julian(run)}{_julian(run)} 000000\n")
    doc.add(f"UHL1{_julian(run)}999999    000000001 DAILY  {rng.randint(1, 999):03d}\n")
    osc, oacct = _COUNCIL_BANK
    claimants: list[tuple[Person, str, int, str]] = []
    total = 0
    for _ in range(rng.randint(3, 6)):
        pence = rng.randint(4000, 95000)
        total += pence
        claim = f"{rng.randint(1000000, 9999999)}"
        sc = f"{rng.choice(['20', '30', '40', '60', '77', '09', '16'])}{digits(rng, 4)}"
        acct = digits(rng, 8)
        doc.ent("UK_SORT_CODE", sc).ent("UK_BANK_ACCOUNT", acct).add("099")
        doc.ent("ORGANIZATION", osc).ent("ORGANIZATION", oacct)
        doc.add(f"    {pence:011d}{'ERYC HB PAYMENTS':<18}{('HB' + claim):<18}")
        if claimants and rng.random() < 0.2:
            doc.add(
                f"{rng.choice(['WOLDS LETTINGS LTD', 'HOLDERNESS HOMES', 'MARSHLAND PROPS']):<18}"
            )
        else:
            p = v.person(born=(1940, 2004))
            name = _bacs_name(p, rng)
            doc.ent("PERSON", name).add(" " * (18 - len(name)))
            claimants.append((p, claim, pence, name))
        doc.add(f"{_julian(run)}\n")
    doc.add(f"EOF1A{sun}S  1{sun}{serial}00010001{' ' * 6}{_julian(run)}{_julian(run)} 000000\n")
    doc.add(f"UTL1{0:013d}{total:013d}{0:07d}{len(claimants):07d}\n```\n\n")
    reasons = ["0 REFER TO PAYER", "2 PAYEE DECEASED", "3 ACCOUNT TRANSFERRED", "B ACCOUNT CLOSED"]
    for k, (p, claim, pence, _) in enumerate(claimants, 1):
        doc.add(f"{k}. ARUCS reason {rng.choice(reasons)}, £{pence / 100:.2f}, claim HB/{claim}: ")
        doc.nm(p, rng.choice(["full", "surname_caps", "middle"])).add(", DOB ")
        doc.dob(p).add(", tel ").ent("PHONE_NUMBER", v.phone())
        if rng.random() < 0.5:
            doc.add(", e-mail ").ent("EMAIL_ADDRESS", v.email(p))
        doc.add("\n")
    doc.add("\nThanks,\n").nm(officer, "first").add(f"\n{org.team} | ").ent(
        "ORGANIZATION", org.phone
    )
    doc.add("\n")


def html_email_source_entities(doc: Doc3, v: V) -> None:
    """A resident's pothole damage claim reaches the highways claims inbox as HTML source (the
    case system showed the raw body): names, address, postcode and phone with &nbsp;, the e-mail
    in a mailto link and its text, date of birth, bank details for the payment, a passenger's
    name; the claim reference, vehicle registration, amounts and incident date stay readable."""
    rng = v.rng
    org = v.org("Highways")
    p, home = v.person(born=(1945, 2004)), v.local("E", ("PO",))
    email = v.email(p)
    h = html_text

    def ent(kind: str, value: str, nbsp: bool = False, mistyped: bool = False) -> None:
        doc.ent(kind, h(value, nbsp), mistyped)

    claim = f"HC/{TODAY:%y}/{rng.randint(1000, 9999)}"
    when = days_ago(rng, 3, 40)
    doc.add(f"[Case {claim} - message body could not be rendered; source shown]\n\n")
    doc.add('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    doc.add('</head><body><div dir="ltr">\n<p>Dear Highways Claims team,</p>\n<p>I&#39;m ')
    doc.add(f"claiming for the damage to my car ({vrm(rng)}) from the pothole on the ")
    doc.add(f"{rng.choice(['A3055', 'A3054', 'B3399', 'A3020'])} on {long_date(when)}. The tyre ")
    doc.add(f"&amp; rim cost &pound;{rng.randint(90, 480)}.{rng.choice(['00', '50', '99'])} ")
    doc.add("(receipt attached).</p>\n<p>")
    if rng.random() < 0.5:
        q = v.partner(p)
        doc.add("My passenger was ")
        ent("PERSON", q.full)
        doc.add(" and can confirm what happened.</p>\n<p>")
    doc.add("My details:<br>\nName: ")
    ent(
        "PERSON",
        p.full
        if rng.random() < 0.7
        else f"{p.first} {p.middle_initial or ''} {p.last}".replace("  ", " "),
    )
    doc.add("<br>\nAddress: ")
    ent("STREET_ADDRESS", home.street(", "))
    for loc in home.locations:
        doc.add(", ")
        ent("LOCATION", loc)
    doc.add(",&nbsp;")
    ent("UK_POSTCODE", home.postcode, nbsp=rng.random() < 0.6)
    doc.add("<br>\nDate of birth: ")
    ent("DATE_OF_BIRTH", fmt_date(rng, p.dob))
    doc.add("<br>\nTel: ")
    ent("PHONE_NUMBER", v.phone(), nbsp=rng.random() < 0.7)
    doc.add('<br>\nEmail: <a href="mailto:')
    ent("EMAIL_ADDRESS", email)
    doc.add('" target="_blank">')
    ent("EMAIL_ADDRESS", email)
    doc.add("</a></p>\n<p>Please pay into my account &ndash; sort code&nbsp;")
    sc, acct = v.sort_code(), v.account()
    ent("UK_SORT_CODE", sc[0], mistyped=sc[1])
    doc.add(", account&nbsp;no&nbsp;")
    ent("UK_BANK_ACCOUNT", acct[0], mistyped=acct[1])
    doc.add("</p>\n<p>Kind regards,<br>\n")
    ent("PERSON", p.first if rng.random() < 0.5 else p.full)
    doc.add('</p>\n<div class="gmail_quote"><blockquote>On ')
    doc.add(f"{dmy(days_ago(rng, 1, 2))}, Highways Claims &lt;")
    doc.ent("ORGANIZATION", org.mailbox).add("&gt; wrote:<br>Thank you &ndash; your claim ")
    doc.add(f"{claim} has been logged. Call us on ").ent("ORGANIZATION", org.phone)
    doc.add(".</blockquote></div>\n</div></body></html>\n")


def _label(
    v: V, p: Person | None, a: Address, rng: random.Random
) -> list[list[tuple[str | None, str]]]:
    """One address label's lines, each a list of (span type or None, text) segments."""
    upper = rng.random() < 0.5
    lines: list[list[tuple[str | None, str]]] = [
        [(None, f"CT {rng.randint(1000000, 9999999)}/{rng.randint(1, 9):02d}")]
    ]
    if p is None:
        lines.append([(None, "The Occupier")])
    else:
        name = rng.choice([p.full, f"{p.first[0]} {p.last}"])
        title = p.title.upper() if upper else p.title
        lines.append([(None, title + " "), ("PERSON", name.upper() if upper else name)])
    lines.append([("STREET_ADDRESS", a.street(", "))])
    for loc in a.locations:
        lines.append([("LOCATION", loc.upper() if upper else loc)])
    lines.append([("UK_POSTCODE", a.postcode.upper())])
    lines.append([(None, f"MS {rng.randint(10000, 99999)}")])
    return lines


def address_label_sheet_three_across(doc: Doc3, v: V) -> None:
    """A revenues clerk's text print of the address labels returned "gone away" by Royal Mail, three
    labels across the sheet, so one text line holds three labels' lines; names, addresses and
    postcodes, and the clerk's notes below (a forwarding address, a next of kin's phone); the
    batch number, council tax references and mailsort codes stay readable."""
    rng = v.rng
    org = v.org("Returned Mail")
    batch = f"RM{TODAY:%y}-{rng.randint(100, 999)}"
    doc.add(f"{org.name.upper()} - {org.team.upper()}\nBatch {batch}   Printed {dmy(TODAY)} ")
    doc.add(f"{clock_time(rng)}   Stationery L7160 (3 across)\n\n")
    people = []
    labels = []
    for _ in range(3 * rng.randint(1, 2)):
        p = v.person(born=(1935, 2004)) if rng.random() < 0.85 else None
        people.append(p)
        labels.append(_label(v, p, v.local("S", ("PA",)), rng))
    for row in range(0, len(labels), 3):
        group = labels[row : row + 3]
        width = max(sum(len(t) for _, t in line) for lab in group for line in lab) + 4
        for i in range(max(len(lab) for lab in group)):
            for j, lab in enumerate(group):
                line = lab[i] if i < len(lab) else []
                for kind, text in line:
                    if kind:
                        doc.ent(kind, text)
                    else:
                        doc.add(text)
                if j < len(group) - 1:
                    doc.add(" " * (width - sum(len(t) for _, t in line)))
            doc.add("\n")
        doc.add("\n")
    named = [(k, p) for k, p in enumerate(people, 1) if p]
    doc.add("Notes:\n")
    k, p = rng.choice(named) if named else (1, None)
    doc.add(f"- label {k}: neighbour says they moved to ")
    doc.addr_inline(v.address(), postcode=rng.random() < 0.7).add(" - reissue there?\n")
    if len(named) > 1 and rng.random() < 0.6:
        k, p = rng.choice(named)
        assert p is not None
        kin = v.kin(p)
        doc.add(f"- label {k}: RM marked deceased; son/daughter ").nm(kin, "full").add(" rang on ")
        doc.ent("PHONE_NUMBER", v.phone()).add(" - pass to bereavement team\n")
    doc.add("Queries ").ent("ORGANIZATION", org.phone).add(" / ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def _csv_notes(doc: Doc3, parts: list[tuple[str | None, str]]) -> None:
    doc.add('"')
    for kind, text in parts:
        if kind:
            doc.ent(kind, text.replace('"', '""'))
        else:
            doc.add(text.replace('"', '""'))
    doc.add('"')


def telephony_cdr_wrapup_export(doc: Doc3, v: V) -> None:
    """A contact centre's call detail export (CSV) sent to the customer services lead: caller
    numbers (ANI), the council's dialled number (DNIS, ORGANIZATION), agents' ids, queues,
    times and the agents' free-text wrap-up notes with names, addresses, dates of birth, NI and
    driving licence numbers, bank details and e-mails; call ids, timestamps, agent ids and handle
    times stay readable."""
    rng = v.rng
    org = v.org("Telephony")
    dnis = "+44" + "".join(c for c in org.phone if c.isdigit())[1:]
    doc.add(f"{org.name} - call export {iso(TODAY)} (queues: ALL; main line {org.phone})\n")
    doc.add("Sent to ").ent("ORGANIZATION", org.mailbox).add(" for the wrap-up audit\n\n")
    doc.add("call_id,start_local,ani,dnis,queue,agent_id,handle_s,wrap_up,notes\n")
    for _ in range(rng.randint(4, 7)):
        cid = f"{v.code(8, '0123456789abcdef')}-{v.code(4, '0123456789abcdef')}"
        doc.add(f"{cid},{iso(TODAY)}T{clock_time(rng, 8, 17)}:{rng.randint(10, 59)},")
        r = rng.random()
        if r < 0.15:
            doc.add(rng.choice(["anonymous", "withheld"]))
        else:
            d = v.national_phone()
            doc.ent("PHONE_NUMBER", "+44" + d[1:] if rng.random() < 0.6 else d)
        doc.add(",").ent("ORGANIZATION", dnis)
        kind = rng.choice(["bins", "move", "badge", "dd", "vac", "abandoned", "transfer"])
        queue = {
            "bins": "Waste",
            "move": "CouncilTax",
            "badge": "BlueBadge",
            "dd": "CouncilTax",
            "vac": "Elections",
            "abandoned": "Main",
            "transfer": "ASC",
        }[kind]
        doc.add(f",{queue},A{rng.randint(1000, 1999)},{rng.randint(20, 1500)},")
        p, a = v.person(born=(1935, 2004)), v.local("E", ("LE", "PE9"))
        if kind == "bins":
            doc.add("Bins-Missed,")
            _csv_notes(
                doc,
                [
                    (None, "missed grey bin at "),
                    ("STREET_ADDRESS", a.street(", ")),
                    (None, ", "),
                    ("LOCATION", a.town),
                    (None, ". caller "),
                    ("PERSON", p.full),
                    (None, ' said "third time"; logged job'),
                ],
            )
        elif kind == "move":
            new = v.address()
            doc.add("CouncilTax-Move,")
            parts: list[tuple[str | None, str]] = [
                ("PERSON", p.full),
                (None, " dob "),
                ("DATE_OF_BIRTH", fmt_date(rng, p.dob)),
                (None, " moving out of "),
                ("STREET_ADDRESS", a.street(", ")),
                (None, " on "),
                (None, dmy(TODAY + timedelta(rng.randint(3, 30)))),
                (None, ", fwd addr "),
                ("STREET_ADDRESS", new.street(", ")),
            ]
            for loc in new.locations:
                parts += [(None, ", "), ("LOCATION", loc)]
            parts += [
                (None, " "),
                ("UK_POSTCODE", new.postcode),
                (None, ". mob "),
                ("PHONE_NUMBER", v.phone(True)),
            ]
            _csv_notes(doc, parts)
        elif kind == "badge":
            nino = v.nino()
            doc.add("BlueBadge-Renewal,")
            doc.add('"').nm(p, rng.choice(["full", "surname_caps"])).add(" DOB ").dob(p)
            doc.add(" NINO ").ident("UK_NINO", nino).add(" DL ").ent(
                "UK_DRIVING_LICENCE", v.licence(p)
            )
            doc.add(" - renewal link sent to ").ent("EMAIL_ADDRESS", v.email(p)).add('"')
        elif kind == "dd":
            doc.add("CouncilTax-DD,")
            doc.add('"').nm(p, "full").add(f" acct {digits(rng, 8)} new DD sort ")
            doc.ident("UK_SORT_CODE", v.sort_code()).add(" acc ").ident(
                "UK_BANK_ACCOUNT", v.account()
            )
            doc.add(f' from {dmy(TODAY + timedelta(rng.randint(10, 40)))}, 1st of month"')
        elif kind == "vac":
            doc.add('Elections-VoterID,"').nm(p, "full").add(" dob ").dob(p)
            doc.add(" asked about voter ID - has UK passport ").ident("UK_PASSPORT", v.passport())
            doc.add(", no VAC needed; leaflet e-mailed to ").ent("EMAIL_ADDRESS", v.email(p))
            doc.add('"')
        elif kind == "abandoned":
            doc.add("Abandoned,")
        else:
            doc.add('ASC-Transfer,"warm transfer to adult social care front door"')
        doc.add("\n")


def _field(doc: Doc3, kind: str | None, value: str, width: int, pad: str = "_") -> None:
    """A green-screen field: the value, then padding to the field width (outside the span)."""
    if kind and value:
        doc.ent(kind, value)
    else:
        doc.add(value)
    doc.add(pad * max(1, width - len(value)))


def mainframe_3270_screen_capture(doc: Doc3, v: V) -> None:
    """A council tax officer pastes a 3270 green-screen account enquiry into a case note:
    capitals with accents stripped, fields padded with underscores and dots (outside the spans),
    two liable parties with dates of birth and NI numbers, the property address, phones, e-mail
    and Direct Debit details; the council tax account number (eight digits), property reference,
    band, dates and PF-key line stay readable."""
    rng = v.rng
    org = v.org("Treth")
    p, home = v.person(born=(1940, 2004)), v.local("W", ("SA",))
    q = v.partner(p) if rng.random() < 0.6 else None
    up = legacy_upper
    acct = f"{rng.choice('4567')}{digits(rng, 7)}"
    doc.add(f"Case note {rng.randint(100000, 999999)}: screen print from CTX210 attached by user ")
    doc.add(f"CT{rng.randint(100, 999)} for the Welsh language callback.\n\n")
    doc.add(f"CTX210  CYNGOR SIR CEREDIGION - TRETH Y CYNGOR / COUNCIL TAX     {TODAY:%d.%m.%y}\n")
    doc.add(f"        YMHOLIAD CYFRIF / ACCOUNT ENQUIRY                      {clock_time(rng)}:")
    doc.add(f"{rng.randint(10, 59)}\n\n ACCOUNT NO ......: {acct}    BAND: {rng.choice('ABCDEFG')}")
    doc.add(f"    PROP REF: {digits(rng, 11)}\n")
    for k, who in enumerate([p, q] if q else [p], 1):
        doc.add(f" NAME {k} SURNAME ..: ")
        _field(doc, "PERSON", up(who.last), 22)
        doc.add(" FORENAMES: ")
        _field(doc, "PERSON", up(who.first), 16)
        doc.add(f" TITLE: {up(who.title):<4}\n DOB ..............: ")
        _field(doc, "DATE_OF_BIRTH", f"{who.dob:%d.%m.%Y}", 12, " ")
        doc.add("NINO: ")
        nino = v.nino()
        doc.ident("UK_NINO", (nino[0].upper().replace(" ", ""), nino[1])).add("\n")
    doc.add(" PROPERTY ADDRESS .: ")
    _field(doc, "STREET_ADDRESS", up(home.street(", ")), 34)
    doc.add("\n                    ")
    for loc in home.locations:
        _field(doc, "LOCATION", up(loc), 20)
        doc.add(" ")
    doc.ent("UK_POSTCODE", home.postcode.upper()).add("\n PHONE ............: ")
    _field(doc, "PHONE_NUMBER", v.national_phone(), 14)
    doc.add("  ALT: ")
    if rng.random() < 0.6:
        _field(doc, "PHONE_NUMBER", v.national_phone(True), 14)
    else:
        doc.add("_" * 14)
    doc.add("\n EMAIL ............: ")
    _field(doc, "EMAIL_ADDRESS", v.email(p).upper(), 34)
    doc.add(f"\n LIABLE FROM ......: {dmy(days_ago(rng, 200, 4000)).replace('/', '.')}   ")
    doc.add(f"SPD: {rng.choice('YN')}  LANG: {rng.choice(['CY', 'EN'])}\n")
    doc.add(" DIRECT DEBIT .....: SORT ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("  ACC ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f"  DAY {rng.choice([1, 15, 28]):02d}\n BALANCE ..........: {v.money(50, 2400)}")
    doc.add(f"   NEXT INST: {dmy(TODAY + timedelta(rng.randint(1, 30))).replace('/', '.')}\n\n")
    doc.add(" ==>\n PF1=HELP PF3=EXIT PF5=NOTES PF7=BWD PF8=FWD PF12=CANCEL\n\n")
    doc.add("Ymholiadau / Enquiries: ").ent("ORGANIZATION", org.phone).add("  ")
    doc.ent("ORGANIZATION", org.mailbox).add("\n")


_LANGUAGES = {
    "assamese": "Assamese",
    "ethiopian": "Amharic",
    "meitei": "Manipuri (Meiteilon)",
    "sindhi": "Sindhi",
    "croatian": "Croatian",
    "goan": "Konkani",
    "fula": "Pular (Fula)",
    "chagga": "Swahili",
    "slovak": "Slovak",
}


def interpreter_mediated_call_note(doc: Doc3, v: V) -> None:
    """A housing options officer's note of a homelessness call through a telephone interpreter:
    what the interpreter said, numbers spoken as words (phone, NI number, postcode, date of
    birth), the surname spelled letter by letter, an Ethiopian name with father's and
    grandfather's names or a Meitei name surname first, the partner and children; the
    interpreting agency's contacts are ORGANIZATION; the interpreter id, case reference,
    appointment and call times stay readable."""
    rng = v.rng
    org, agency = v.org("Housing Options"), rng.choice(INTERPRETERS)
    culture = rng.choice(sorted(_LANGUAGES))
    p, home = v.person(culture, born=(1960, 2004)), v.local("E", ("TN",))
    officer = v.person()
    s, h = pron(p)
    said = "She says" if p.gender == "f" else "He says"
    doc.add(f"HOUSING OPTIONS - TELEPHONE ASSESSMENT VIA INTERPRETER\nCase HO/{TODAY:%y}/")
    doc.add(f"{rng.randint(10000, 99999)}   {dmy(TODAY)} {clock_time(rng)}   Language: ")
    doc.add(
        f"{_LANGUAGES[culture]}   Interpreter ID {rng.randint(100000, 999999)} ({agency.name}, "
    )
    doc.ent("ORGANIZATION", agency.phone).add(")\nOfficer: ").nm(officer, "full").add("\n\n")
    doc.add(f'Interpreter: "{said} {h} name is ')
    if culture == "ethiopian":
        grand = v.person("ethiopian", "m")
        doc.ent("PERSON", f"{p.first} {p.last} {grand.first}")
        doc.add(f". {p.last} is {h} father's name, there is no family name.\"\n")
    elif culture == "meitei":
        doc.ent("PERSON", meitei_name(p)).add('. The family name comes first."\n')
    else:
        doc.nm(p, "full").add('."\n')
    doc.add("I asked for the last name letter by letter: ")
    parts = re.split(r"[- ]", p.last.upper())
    doc.ent("PERSON", " ".join("-".join(c for c in w if c.isalpha()) for w in parts)).add("\n")
    doc.add('Interpreter: "Date of birth ')
    if rng.random() < 0.6:
        doc.ent("DATE_OF_BIRTH", spoken_date(rng, p.dob))
    else:
        doc.ent("DATE_OF_BIRTH", fmt_date(rng, p.dob))
    doc.add('."\nInterpreter: "The phone number is ')
    d = v.national_phone(True)
    doc.ent("PHONE_NUMBER", speak_digits(rng, phone_groups(d)) if rng.random() < 0.7 else d)
    doc.add('."\nInterpreter: "National Insurance, reading from the letter: ')
    nino = v.nino()
    doc.ident("UK_NINO", (say_nino(rng, nino[0]), nino[1]) if rng.random() < 0.6 else nino)
    doc.add('."\nCurrent address (asked to leave by the landlord): ')
    doc.ent("STREET_ADDRESS", home.street(", ")).add(", ").ent("LOCATION", home.town)
    doc.add('. Interpreter: "The postcode is ')
    if rng.random() < 0.7:
        doc.ent("UK_POSTCODE", say_postcode(rng, home.postcode))
    else:
        doc.ent("UK_POSTCODE", home.postcode)
    doc.add('."\n')
    partner = v.partner(p)
    kids = v.children(p, rng.randint(0, 3), taken=partner.first)
    doc.add(f"Household: {'husband' if p.gender == 'f' else 'wife'} ").nm(partner, "full")
    for i, k in enumerate(kids):
        doc.add("; children " if i == 0 else " and " if i == len(kids) - 1 else ", ")
        doc.nm(k, "first").add(f" ({age(k.dob)})")
    doc.add(".\n")
    if rng.random() < 0.5:
        doc.add(f"{s.capitalize()} could stay a few nights with a cousin in ")
        doc.ent("LOCATION", v.address(region="E").town).add(".\n")
    doc.add(
        f"Outcome: s184 enquiries opened; appointment {dmy(TODAY + timedelta(rng.randint(1, 7)))}"
    )
    doc.add(f" at {rng.choice(['10:00', '11:30', '14:00'])} with the same language booked via ")
    doc.ent("ORGANIZATION", agency.mailbox).add(".\nTeam: ").ent("ORGANIZATION", org.phone)
    doc.add(" / ").ent("ORGANIZATION", org.mailbox).add("\n")


def young_carer_self_referral(doc: Doc3, v: V) -> None:
    """A young carer's self-referral on an online form, answers typed in lower case with text
    speak: the child's name, date of birth, the parent they look after and siblings, address,
    phone and e-mail, the parent's phone and sometimes NHS number; the school's pastoral
    contacts are ORGANIZATION; the form id, school year and submission time stay readable."""
    rng = v.rng
    org, school = v.org("Young Carers"), rng.choice(SCHOOLS)
    parent, home = v.person(born=(1968, 1995)), v.local("E", ("YO", "HU"))
    kid = v.children(parent, 1, born=(2009, 2015))[0]
    sibs = v.children(parent, rng.randint(0, 2), born=(2012, 2022), taken=kid.first)
    low = rng.random() < 0.7

    def ent(kind: str, value: str) -> None:
        doc.ent(kind, value.lower() if low else value)

    doc.add(f"{org.name} - online self referral\nSubmitted {iso(TODAY)} {clock_time(rng, 15, 23)}")
    doc.add(f"   Form ID YC-{rng.randint(100000, 999999)}\n\nYour name: ")
    ent("PERSON", kid.full)
    doc.add("\nYour date of birth: ")
    ent("DATE_OF_BIRTH", fmt_date(rng, kid.dob))
    doc.add(f"\nYour school and year: {school.name.split(' ')[0]} {school.name.split(' ')[1]} - ")
    doc.add(f"year {min(13, max(6, age(kid.dob) - 4))}\nWho do you look after?\n")
    rel = "mum" if parent.gender == "f" else "dad"
    doc.add(f"my {rel} ")
    ent("PERSON", parent.full)
    cond = rng.choice(["MS", "bad depression", "a bad back and fibromyalgia", "epilepsy"])
    doc.add(
        f" {pron(parent)[0]} has {cond} so i do the shopping and cooking" if low else f" has {cond}"
    )
    for i, s in enumerate(sibs):
        doc.add(
            " and my little " + ("sister " if s.gender == "f" else "brother ")
            if i == 0
            else " and "
        )
        ent("PERSON", s.first)
        doc.add(f" whos {age(s.dob)}")
    doc.add(" tbh its alot some days\nYour address: ")
    ent("STREET_ADDRESS", home.street(", "))
    doc.add(" ")
    ent("LOCATION", home.town)
    doc.add(" ")
    doc.ent("UK_POSTCODE", v.postcode(home.postcode.split(" ")[0], casual=True))
    doc.add("\nHow can we contact you? text me on ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" or email ")
    ent("EMAIL_ADDRESS", v.email(kid))
    knows = rng.random() < 0.7
    doc.add(f"\nDoes your parent/carer know you are filling this in? {'yes' if knows else 'no'}\n")
    if knows:
        doc.add(f"Their phone number: {rel}s number is ").ent("PHONE_NUMBER", v.phone(True))
        if rng.random() < 0.5:
            doc.add(f" and {pron(parent)[1]} nhs number is ")
            doc.ident("UK_NHS", v.nhs())
            doc.add(" if u need it")
        doc.add("\n")
    doc.add("Anything else? can we not meet at school pls\n\nCopied to ")
    doc.add(f"{school.name}: ").ent("ORGANIZATION", school.mailbox).add(", ")
    doc.ent("ORGANIZATION", school.phone).add("\nService: ").ent("ORGANIZATION", org.phone)
    doc.add(" ").ent("ORGANIZATION", org.mailbox).add("\n")


def residents_petition_signatures(doc: Doc3, v: V) -> None:
    """A residents' paper petition for a crossing, scanned and OCR'd: the lead petitioner's
    covering note (name, address, phone, e-mail), then a handwritten table of signatories in
    block capitals with addresses and postcodes (OCR noise outside the values, "ditto" rows); the
    council's received stamp, petition reference and signature count stay readable."""
    rng = v.rng
    org = v.org("Petitions")
    lead, home = v.person(born=(1940, 2000)), v.local("N", ("BT44", "BT53"))
    ref = f"DS/PET/{TODAY:%y}/{rng.randint(1, 99):03d}"
    doc.add(f"RECEIVED {TODAY:%d %b %Y}".upper() + f"  {ref}\n\nTo {org.team}, {org.name}\n\n")
    doc.add("Please find enclosed our petition asking the Council to press for a pedestrian ")
    doc.add("crossing and 30 mph limit by the school on the main road. I am the lead petitioner: ")
    written_name(doc, lead).add(", ").addr_inline(home).add(", phone ").ent(
        "PHONE_NUMBER", v.phone()
    )
    doc.add(", e-mail ").ent("EMAIL_ADDRESS", v.email(lead)).add(".\n\n")
    doc.noise = True
    doc.add("WE THE UNDERSIGNED ASK THE COUNCIL FOR A SAFE CROSSING\n")
    doc.add("No | Name (BLOCK CAPITALS) | Address | Postcode | Signature\n")
    n = rng.randint(4, 9)
    prev: Address | None = None
    for i in range(1, n + 1):
        p = v.person(born=(1935, 2008))
        doc.add(f"{i} | ").ent("PERSON", p.full.upper()).add(" | ")
        if prev is not None and rng.random() < 0.25:
            doc.add('" " | " " | ')
        else:
            a = v.local("N", ("BT44", "BT53"))
            doc.ent("STREET_ADDRESS", a.street(", ")).add(", ").ent("LOCATION", a.town).add(" | ")
            doc.ent("UK_POSTCODE", a.postcode).add(" | ")
            prev = a
        doc.add(rng.choice(["[signed]", "[signature]", "[illegible]", "[signed]"]) + "\n")
    doc.noise = False
    doc.add(f"\nTotal signatures: {n}\nAcknowledge to the lead petitioner. Enquiries ")
    doc.ent("ORGANIZATION", org.phone).add(", ").ent("ORGANIZATION", org.mailbox).add("\n")


def cymraeg_resident_complaint_letter(doc: Doc3, v: V) -> None:
    """A resident's letter wholly in Welsh to the council tax service after a partner's death or
    departure: the writer's address block, name, date of birth with Welsh month names, NI
    number, phone, e-mail, bank details for a refund, the partner's and a daughter's names and
    the daughter's village; the account reference, amounts and dates stay readable."""
    rng = v.rng
    org = v.org("Gwynedd")
    p, home = v.person(born=(1935, 1990)), v.local("W", ("LL",))
    partner = v.partner(p)
    daughter = v.kin(p, gender="f", born=(1960, 2004))
    doc.addr_lines(home)
    d = days_ago(rng, 0, 6)
    doc.add(f"\n{d.day} {_WELSH_MONTHS[d.month - 1]} {d.year}\n\n{org.name}\n")
    doc.block(org, phone=False, name=False)
    acct = digits(rng, 10)
    doc.add(f"\nAnnwyl Syr neu Fadam,\n\nCyfeirnod y cyfrif: {acct}\n\n")
    died = rng.random() < 0.6
    who = "ngŵr" if partner.gender == "m" else "ngwraig"
    if died:
        doc.add(f"Ysgrifennaf i ddweud bod fy {who}, ").nm(partner, "full")
        doc.add(f", wedi marw ar {dmy(days_ago(rng, 20, 90))}. ")
    else:
        doc.add(f"Ysgrifennaf i ddweud bod fy {who}, ").nm(partner, "full")
        doc.add(f", wedi symud allan ar {dmy(days_ago(rng, 20, 90))}. ")
    doc.add("Rwyf yn byw ar fy mhen fy hun erbyn hyn, felly gofynnaf am y gostyngiad person ")
    doc.add(f"sengl o 25%. Talais {pounds(rng, 80, 400)} yn ormod ers hynny.\n\nFy manylion:\n")
    doc.add("Enw: ").nm(p, rng.choice(["full", "middle"])).add("\nDyddiad geni: ")
    doc.ent("DATE_OF_BIRTH", fmt_date(rng, p.dob, welsh=True)).add("\nRhif Yswiriant Gwladol: ")
    doc.ident("UK_NINO", v.nino()).add("\nRhif ffôn: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nE-bost: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    doc.add("Ad-dalwch y gordaliad i'm cyfrif banc os gwelwch yn dda: cod didoli ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", rhif y cyfrif ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(".\n\nMae fy merch, ").nm(daughter, "full")
    doc.add(", yn byw yn ").ent("LOCATION", v.address(region="W").town)
    doc.add(" ac yn fy helpu gyda'r post; cewch ei ffonio ar ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(".\n\nAnfonaf gopi at ").ent("ORGANIZATION", org.mailbox)
    doc.add(" hefyd, gan na chefais ateb pan ffoniais ").ent("ORGANIZATION", org.phone)
    doc.add(".\n\nYn gywir,\n\n").nm(p, rng.choice(["full", "initial_dot"])).add("\n")


def street_trading_consent_application(doc: Doc3, v: V) -> None:
    """A street trading consent application form for a seasonal food van: the applicant's name,
    date of birth, address, phones, e-mail, NI number, passport and/or driving licence for right
    to work, one or two assistants with dates of birth and addresses; the pitch (a public
    street), vehicle registration, food business registration and insurance policy numbers and
    the fee stay readable."""
    rng = v.rng
    org = v.org("Street Trading")
    p, home = v.person(born=(1955, 2004)), v.local("E", ("PO",))
    doc.add(f"{org.name.upper()}\nAPPLICATION FOR A STREET TRADING CONSENT\n")
    doc.add("Local Government (Miscellaneous Provisions) Act 1982, Schedule 4\n")
    doc.add("Return to ").ent("ORGANIZATION", org.mailbox).add(" - queries ")
    doc.ent("ORGANIZATION", org.phone).add("\n\nSECTION A - APPLICANT\nTitle: ")
    doc.add(f"{p.title}\nSurname: ").ent("PERSON", p.last).add("\nForename(s): ")
    doc.ent("PERSON", f"{p.first} {p.middle_initial}" if p.middle_initial else p.first)
    doc.add("\nDate of birth: ").dob(p).add(f"   Age: {age(p.dob)}\nHome address:\n")
    doc.addr_lines(home, indent="  ")
    doc.add("Telephone (day): ").ent("PHONE_NUMBER", v.phone(False)).add("   Mobile: ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\nE-mail: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\n\nSECTION B - RIGHT TO WORK (copy attached)\n")
    r = rng.random()
    if r < 0.7:
        doc.add("[x] UK passport number: ").ident("UK_PASSPORT", v.passport()).add("\n")
    if r > 0.3:
        doc.add("[x] Driving licence number: ").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("\nSECTION C - ASSISTANTS\n")
    for k in range(rng.randint(1, 2)):
        a, ah = v.person(born=(1970, 2008)), v.address(region="E")
        doc.add(f"{k + 1}. Name: ").nm(a, "full").add("  DOB: ").dob(a).add("  Address: ")
        doc.addr_inline(ah).add("\n")
    pitch = rng.choice(
        [
            "The Esplanade, Ryde (pitch 4)",
            "Town Quay, Yarmouth (pitch 2)",
            "Culver Parade, Sandown (pitch 7)",
            "Sea Street, Cowes (pitch 1)",
        ]
    )
    doc.add(f"\nSECTION D - TRADING\nStreet and pitch: {pitch}\nDays and hours: ")
    doc.add(f"{rng.choice(['Sat-Sun', 'Mon-Sun', 'Fri-Sun'])} 10:00-18:00, Easter to October\n")
    doc.add(
        f"Goods: {rng.choice(['hot drinks & crêpes', 'ice cream', 'fish & chips', 'doughnuts'])}\n"
    )
    doc.add(
        f"Vehicle/stall: {rng.choice(['Citroen H van', 'Piaggio Ape', 'trailer'])}, reg {vrm(rng)}, "
    )
    doc.add(f"{rng.choice(['3.0m x 2.2m', '2.4m x 1.8m'])}\n")
    doc.add(f"Food business registration no: FBR/{rng.randint(10000, 99999)}\n")
    doc.add(f"Public liability insurance policy no: PL-{v.code(8)}  cover £5,000,000\n")
    doc.add(f"Fee: £{rng.choice([385, 420, 520])}.00   Paid ref: {digits(rng, 9)}\n\nSigned: ")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add(f"   Date: {dmy(days_ago(rng, 0, 10))}\n")


def fire_safe_and_well_hoarding_referral(doc: Doc3, v: V) -> None:
    """A fire and rescue service's hoarding and self-neglect referral after a home fire safety
    visit: the occupier's name, date of birth with age, CHI number, address, phone, the next of
    kin's name, village and phone, the watch commander's name; the fire service's and GP
    practice's contacts are ORGANIZATION; the HFSV reference, clutter image ratings, visit date
    and counts stay readable."""
    rng = v.rng
    org, fire, gp = v.org("ASP"), rng.choice(FIRE), rng.choice(GPS)
    p, home = v.person(born=(1930, 1975)), v.local("S", ("IV",))
    kin = v.kin(p, born=(1955, 2000))
    wc = v.person()
    doc.add(f"{fire.name.upper()}\nMULTI-AGENCY HOARDING / SELF-NEGLECT REFERRAL\nTo: {org.team} (")
    doc.ent("ORGANIZATION", org.mailbox).add(")\nFrom: ")
    third_party_contact(doc, fire)
    visit = days_ago(rng, 1, 10)
    doc.add(f"\nHFSV ref: HFSV-{TODAY:%y}-{rng.randint(100000, 999999)}   Visit date: {dmy(visit)}")
    doc.add(f"   Watch: {rng.choice(['Red', 'White', 'Green', 'Blue'])}\n\n")
    doc.add("OCCUPIER: ").nm(p, rng.choice(["full", "caps", "surname_caps"]))
    doc.add("   DOB: ").dob(p).add(f" (aged {age(p.dob)})   CHI: ").ident("UK_NHS", v.chi(p))
    doc.add("\nAddress: ").addr_inline(home).add("\nTel: ").ent("PHONE_NUMBER", v.phone(False))
    doc.add("\n\nCLUTTER IMAGE RATING (1-9): ")
    rooms = ["living room", "kitchen", "bedroom", "hall"]
    doc.add(", ".join(f"{r} {rng.randint(5, 9)}" for r in rooms))
    doc.add(
        "\nRisks: blocked escape routes, " + rng.choice(["candles", "oxygen cylinder", "heaters"])
    )
    doc.add(f", no working alarms ({rng.randint(2, 3)} fitted today)\n")
    s, _ = pron(p)
    doc.add(f"{s.capitalize()} lives alone with {rng.randint(2, 9)} cats. Next of kin: ")
    doc.nm(kin, "full").add(" (" + ("daughter" if kin.gender == "f" else "son") + "), lives in ")
    doc.ent("LOCATION", v.address(region="S").town).add(", tel ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(f"\nGP: {gp.name}, ").ent("ORGANIZATION", gp.phone).add(", ")
    doc.ent("ORGANIZATION", gp.mailbox)
    doc.add("\nConsent to share: [x] yes, given verbally and signed\n\nReferrer: ")
    doc.nm(wc, "full").add(f", Watch Commander\nPlease acknowledge to {fire.name}.\n")
    doc.add(f"[{org.name}: logged; duty line ").ent("ORGANIZATION", org.phone).add("]\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    bacs_standard18_returns_file,
    html_email_source_entities,
    address_label_sheet_three_across,
    telephony_cdr_wrapup_export,
    mainframe_3270_screen_capture,
    interpreter_mediated_call_note,
    young_carer_self_referral,
    residents_petition_signatures,
    cymraeg_resident_complaint_letter,
    street_trading_consent_application,
    fire_safe_and_well_hoarding_referral,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT17 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT17.organisation_contacts
build_row = HELDOUT17.build_row
generate_heldout17 = HELDOUT17.generate
write_set = HELDOUT17.write_set
main = HELDOUT17.main


if __name__ == "__main__":
    main()
