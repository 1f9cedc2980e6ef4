# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout18: an eighteenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout18(n, seed)`` returns rows ``{"id": "uklayout-heldout18-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout18",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout18 -o
var/eval/pii_uk_layouts_heldout18.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout18.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17); the spoken
digit helpers are heldout17's. Every value table here is new, and tests/test_uk_layouts_heldout18.py
checks that no first name, surname, town, district, county, street or house name appears in an
earlier family:

* names from 11 communities no earlier family drew on: Acadian / Québécois French (Réjeanne,
  Gaétan; Thibodeau, Haché), Efik (Ekaette, Ekpenyong; Archibong, Effiom), Odia (Sasmita,
  Debasish; Mohapatra, Pattnaik), Kutchi Lohana Gujarati (Jalpa, Jayantilal; Thakrar, Kotecha),
  Basotho (Palesa, Teboho; Mofokeng, Moshoeshoe), Kikuyu (Nyambura, Gitau; Gachanja, Kibicho),
  Luo (Atieno, Onyango; Oginga, Ojwang), Burundian (Irakoze, Fulgence; Ndayishimiye,
  Havyarimana), Newar (Rasmila, Prajwal; Maharjan, Bajracharya), Tulu / Bunt (Shraddha,
  Sadananda; Bangera, Kotian) and Gagauz (Stepanida, Todur; Yanioglu, Kösä), with hyphenated
  forenames and double-barrelled surnames;
* places no earlier family used: the Lincolnshire Marsh (LN), the Somerset Levels and Exmoor
  (TA, BA), the Forest of Bowland (BB, BD), the Angus Glens (DD, PH), the Tywi valley and
  Radnorshire with Welsh forms ("Cnwclas", "Cleirwy") (SA, LD, HR) and Co. Down and Co. Armagh
  townlands, some by Irish names (BT: "Droim Bearach"); street names from English cheeses
  ("Stinking Bishop Chase"), curling ("Bonspiel Wynd"), Welsh river fish ("Heol y Sewin") and
  Irish traditional music ("Slip Jig Grove");
* new recipient organisations (allow-listed) and third parties (an advice charity, a
  genealogy firm, a lettings agent, a lender, a police service) whose own contact details are
  ORGANIZATION.

Layouts (11): comb_box_housing_register_form, webvtt_multiagency_meeting_transcript,
esignature_completion_certificate, ivr_keypad_direct_debit_log, gedcom_kin_tracing_export,
spreadsheet_merged_cells_paste (machine, scanned and exported formats);
police_incident_log_extract, land_registry_title_register_copy (official extracts);
handwritten_visit_note_crossings_out, francophone_resident_letter (handwritten and foreign
language text); property_tribunal_application_parties (a form).

Labelling conventions are heldout17's (so the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone in its own field, "SURNAME, Forename",
names in capitals, a GEDCOM name with its surname between slashes ("Palesa /Mofokeng/") and a
name written one letter per comb box ("P|A|L|E|S|A") are PERSON. Addresses split into
STREET_ADDRESS + one LOCATION each for district, town/village and county + UK_POSTCODE. Only
dates of birth are DATE_OF_BIRTH (also French "12 mars 1961", GEDCOM "12 MAR 1961", keyed
"12031961", boxed "1|2|0|3|1|9|6|1"); dates of death, meetings, calls, incidents, registration,
signing and hearings stay unlabelled. Third parties' own address lines, phones and mailboxes are
ORGANIZATION (ignored for recall). Unlabelled look-alikes (precision): form and application
numbers; cue timestamps and meeting ids; envelope ids, IP addresses and signing timestamps; call
ids, council tax account references keyed on the phone and payment amounts; GEDCOM record ids
(@I1@) and death dates; spreadsheet row numbers and rent amounts; incident numbers, collar
numbers and log times; title numbers and prices paid; case references and fees. ~10% of NI,
NHS, sort code, account and passport numbers are MISTYPED (span ``"mistyped": True``); ~10% of
rows hide a Unicode trick inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* in comb boxes the span runs from the first filled box to the last, the bars between the
  letters inside it, the outer bars and empty boxes outside; an identifier in boxes is labelled
  as written ("J|B|1|2|3|4|5|6|C");
* in the WebVTT transcript the speaker's name in ``<v Name>`` is PERSON each time; cue
  timestamps stay unlabelled; spoken numbers are labelled as said;
* in the IVR log the digits a caller keyed are labelled as keyed ("12031961" is a date of birth,
  "204173" a sort code), the terminating "#" outside the span; the speech-recognised name
  (capitals) is PERSON; the council tax reference keyed first is unlabelled;
* a GEDCOM ``PLAC`` of birth is LOCATION per part (village, county); every ``BIRT`` date is
  DATE_OF_BIRTH, the deceased's included; ``DEAT`` dates, the header date and record ids
  (@I1@) stay unlabelled; the submitting genealogist's address and phone are ORGANIZATION;
* on the merged-cell spreadsheet the household's address is written once on its first row;
  the later rows' empty cells carry nothing;
* in the handwritten visit note a crossed-out value is written ``~~...~~`` and then the
  correction: a crossed-out house number stays outside the address span (a lone number); a
  crossed-out phone number or name is still labelled (it is still that person's), the tildes
  outside the span;
* in the French letter, French month names in a date of birth are DATE_OF_BIRTH; "née" and the
  maiden name: the maiden name is PERSON;
* on the title register the lender (a company) is unlabelled, its address for service
  ORGANIZATION; the price paid and the title number stay readable.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Address, Person
from evaluation.synthetic.uk_layouts_heldout17 import (
    phone_groups,
    speak_digits,
    spoken_date,
    unspeak,
)
from evaluation.synthetic.uk_layouts_shared import (
    DRAMA_LANDLINES,
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
    iso,
    parse_tables,
    pounds,
    pron,
    recipient_contact,
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
    "comb",
    "french_date",
    "gedcom_date",
    "generate_heldout18",
    "main",
    "organisation_contacts",
    "unspeak",
    "write_set",
]

FAMILY = "heldout18"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Per community: (female forenames, male forenames, surnames); "_" is a space.
_BASE = {
    "acadian": (
        "Réjeanne Ginette Yvette Francine Huguette Murielle Gisèle Doris Nérée Évangéline",
        "Gaétan Réal Rosaire Rhéal Fernand Ghislain Adélard Zénon Onésime Télesphore",
        "Thibodeau Arsenault Cormier Gaudet Boudreau Doucet Landry Haché Comeau Chiasson "
        "Robichaud Bourque Savoie Babineau Bastarache",
    ),
    "efik": (
        "Ekaette Nkoyo Affiong Arit Mfon Ekemini Inemesit Emem Ima Eme",
        "Ekpenyong Asuquo Ededem Offiong Orok Okon Imeh Abasi Edidiong",
        "Archibong Eyo Edet Essien Ekanem Ntekim Antia Ikpeme Otu Etuk Umoh Asuquo Effiom Akpan",
    ),
    "odia": (
        "Sasmita Subhashree Itishree Lopamudra Smrutirekha Sanghamitra Jyotsnarani "
        "Bijayalaxmi Pravasini Sunanda",
        "Debasish Pradyumna Bibhuti Sudarshan Manoranjan Jagannath Prasanta Dillip "
        "Satyabrata Bijaya",
        "Mohapatra Panigrahi Pattnaik Sahoo Behera Samantaray Senapati Swain Tripathy "
        "Parida Rath Routray Bhanja",
    ),
    "lohana": (
        "Jalpa Vaishali Nayna Rupal Trupti Jalpaben Bhumika Darshna Minal Khyati",
        "Ketan Jayesh Kamlesh Jayantilal Kantilal Vipul",
        "Thakrar Kotecha Raithatha Majithia Chandarana Ruparelia Popat Karia Sodha Pabari "
        "Tanna Dattani Gandecha Thakker Sachania Unadkat",
    ),
    "basotho": (
        "Palesa Nthabiseng Limpho Mamello Lineo Refiloe Puleng Relebohile Bokang Masechaba",
        "Teboho Katleho Lehlohonolo Motlatsi Retselisitsoe Tšepo Mohau Lerotholi Thabang Rethabile",
        "Mofokeng Letsie Moshoeshoe Ramoholi Molapo Sekhonyana Nkhasi Mokhehle Thamae "
        "Makhetha Lekhanya Ntsekhe Masupha",
    ),
    "kikuyu": (
        "Nyambura Wangari Waithera Njoki Wacera Wahu Muthoni Gathoni",
        "Kariuki Githinji Gitau Ndung'u Mwaura Kinyanjui Macharia Waweru Mugo Wanyoike",
        "Kimani Gachanja Muriuki Ngugi Wainaina Gathogo Kibicho Mbugua Gikonyo Nyoro "
        "Wachira Karanja Kiarie",
    ),
    "luo": (
        "Atieno Awino Adhiambo Anyango Awuor Akoth Aoko Ajwang Aluoch",
        "Owino Onyango Oduor Okoth Ouma Obiero Ogutu Oyugi",
        "Oginga Ojwang Odera Nyamweya Oloo Obura Osoro Amolo Wandiga Ayoo Mbeo Oyoo "
        "Adongo Ngesa Ogola Aringo Opondo",
    ),
    "burundian": (
        "Aline Ange Irakoze Gloriose Euphrasie Médiatrice Spès Bellancille",
        "Fulgence Evariste Anicet Eloi Prosper Audace Cyriaque Déogratias Gervais "
        "Révérien Salvator",
        "Ndayishimiye Nkurunziza Havyarimana Ndikumana Bigirimana Nshimirimana "
        "Ntahomvukiye Ndayizeye Niyongabo Manirakiza Nzeyimana",
    ),
    "newar": (
        "Sujata Rasmila Bidhya Pramila Junu Rukmini Sarita Menuka Kalpana",
        "Prajwal Rajendra Suraj Rabindra Ujjwal Sanjeev Sudip Niranjan",
        "Maharjan Shakya Bajracharya Tuladhar Manandhar Amatya Rajbhandari Kansakar "
        "Dangol Tamrakar Sthapit Pradhanang Shilpakar Chitrakar Karmacharya Sayami",
    ),
    "tulu": (
        "Shraddha Vanitha Pushpalatha Jayalakshmi Sharmila Prathibha Sumalatha Ranjini Nalini",
        "Jayarama Sadananda Sudheer Praveen Karunakar Lokesh Jagadish Raghurama Vittal Rohitaksha",
        "Poojary Bangera Kotian Salian Suvarna Karkera Amin Bhandary Kundar Shettigar "
        "Adyanthaya Mendon",
    ),
    "gagauz": (
        "Stepanida Zinaida Marusa Todora Evdokiya Anastasiya Paraskeva Fedosiya",
        "Dimitri Kiriak Todur Vasili Konstantin Stepan Afanasi Ilya Feodor Grigori Trifon",
        "Topal Yanioglu Chakir Kurtev Manol Gaidarji Kösä Arnaut Kioseoglu Bayraktar "
        "Dermenji Karaseni Kadyn Chebotar Kosta Dimoglo Kurdoglu",
    ),
}


def _single(words: list[str]) -> list[str]:
    return [w for w in words if "_" not in w]


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
        doubles = [f"{a}-{b}" for a in s[:3] for b in s[5:8]]
        last.append(f"{culture}: " + " ".join(s * 4 + doubles))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _names_text()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|Lincolnshire (Lincolnshire Marsh)|Saltfleetby*|LN11
E|Lincolnshire (Lincolnshire Marsh)|Theddlethorpe*|LN12
E|Lincolnshire (Lincolnshire Marsh)|Huttoft*|LN13
E|Lincolnshire (Lincolnshire Marsh)|Anderby*|PE24
E|Lincolnshire (Lincolnshire Marsh)|Hogsthorpe*|PE24
E|Lincolnshire (Lincolnshire Marsh)|Mumby*|LN13
E|Lincolnshire (Lincolnshire Marsh)|Sutton-on-Sea*|LN12
E|Somerset (Somerset Levels)|Moorland*|TA7
E|Somerset (Somerset Levels)|Meare*|BA6
E|Somerset (Exmoor)|Luxborough*|TA23
E|Lancashire (Forest of Bowland)|Slaidburn*|BB7
E|Lancashire (Forest of Bowland)|Dunsop Bridge*|BB7
E|Lancashire (Forest of Bowland)|Newton-in-Bowland*|BB7
E|Lancashire (Forest of Bowland)|Tosside*|BD23
S|Angus (Angus Glens)|Glenisla*|PH11
S|Angus (Angus Glens)|Kirkton of Glenisla*|PH11
S|Angus (Angus Glens)|Clova*|DD8
S|Angus (Angus Glens)|Glenprosen*|DD8
S|Angus (Angus Glens)|Fern*|DD8
S|Angus (Angus Glens)|Noranside*|DD8
S|Angus (Angus Glens)|Tarfside*|DD9
S|Angus (Angus Glens)|Lethnot*|DD9
W|Sir Gaerfyrddin (Dyffryn Tywi)|Llansadwrn*|SA19
W|Sir Gaerfyrddin (Dyffryn Tywi)|Gwynfe*|SA19
W|Sir Gaerfyrddin (Dyffryn Tywi)|Talley*|SA19
W|Carmarthenshire (Tywi Valley)|Llangathen*|SA32
W|Carmarthenshire (Tywi Valley)|Llanfynydd*|SA32
W|Carmarthenshire (Tywi Valley)|Llandovery|SA20
W|Sir Faesyfed (Powys)|Cnwclas*|LD7
W|Sir Faesyfed (Powys)|Pontnewydd ar Wy*|LD1
W|Sir Faesyfed (Powys)|Abaty Cwm Hir*|LD1
W|Sir Faesyfed (Powys)|Cleirwy*|HR3
N|Co. Armagh (Orchard County)|Annahugh*|BT61
N|Co. Armagh (Orchard County)|Derrytrasna*|BT66
N|Co. Armagh (Orchard County)|Tullyraine*|BT63
N|Co. Armagh (Orchard County)|Corbet*|BT32
N|Co. Armagh (Orchard County)|Kilmacrew*|BT32
N|Co. Down (Ards)|Kilmood*|BT23
N|Co. Down (Ards)|Finnis*|BT25
N|Co. Down (Ards)|Backaghaderry*|BT25
N|Co. Down (Ards)|Drumgooland*|BT31
N|Co. Down (Ards)|Annaclone*|BT32
N|Co. Down (Ards)|Legananny*|BT31
N|Co. Down (Ards)|Hanslough*|BT32
N|Co. Down (Ards)|Baile Uí Bhuí*|BT25
N|Co. Down (Ards)|Droim Bearach*|BT32
"""
_CHEESES = (
    "Stinking Bishop, Single Gloucester, Yarg, Lincolnshire Poacher, Shropshire Blue, Sage Derby, "
    "Blue Vinny, Cotherstone, Berkswell, Wigmore, Tunworth, Ticklemore, Beenleigh, Baron Bigod, "
    "Cornish Blue, Slipcote, Oxford Isis"
)
_CURLING = (
    "Bonspiel, Hogline, Channel Stane, Draw Shot, Curling Pond, Crampit, Besom, Skip's, Sooping"
)
_MUSIC = "Bodhran, Uilleann, Hornpipe, Slip Jig, Ceili, Fleadh, Lambeg, Set Dance, Bouzouki"
_FISH = "Brithyll, Sewin, Gleisiad, Lledod, Penhwyad, Crachfa, Llysywen, Draenogyn"
_FISH_VOWEL = "Eog"  # after "yr"


def _welsh_streets() -> str:
    """ "Heol y Sewin", "Stryd y Brithyll", "Llwyn yr Eog"."""
    out = []
    for fish in (x.strip() for x in _FISH.split(",")):
        out += [f"Heol y {fish}", f"Stryd y {fish}", f"Llwyn y {fish}", f"Ffordd y {fish}"]
    out += [f"Heol yr {_FISH_VOWEL}", f"Stryd yr {_FISH_VOWEL}", f"Llwyn yr {_FISH_VOWEL}"]
    return ", ".join(out)


_STREETS = {
    "E": street_names(_CHEESES, ["Chase", "Paddock", "Ride", "Spinney", "Mews"]),
    "S": street_names(_CURLING, ["Wynd", "Loan", "Brae", "Gait", "Row"]),
    "W": _welsh_streets(),
    "N": street_names(_MUSIC, ["Road", "Grove", "Avenue", "Park", "Drive"]),
}
_HOUSE_NAMES = {
    "E": "Dairy Cottage, Cheese Loft, Whey House, Rennet Barn, Free Miner's Cottage, Gale House, "
    "Curd House, Press Cottage, Churn Barn, Skimmer Cottage, Dairyman's Cottage",
    "S": "Curling House, Stane Cottage, Reiver's Bothy, Hogline House, Bonspiel Cottage, "
    "Rink House, Stane Bothy",
    "W": "Tŷ'r Sewin, Bwthyn y Brithyll, Pwll yr Eog, Nant y Gleisiad, Tŷ'r Brithyll, "
    "Bwthyn y Sewin, Nant yr Eog, Pwll y Gleisiad",
    "N": "Fiddler's Cottage, Piper's Lodge, Céilí House, Lambeg House, Jig Cottage, "
    "Bodhran Lodge, Hornpipe House, Fleadh Farm, Set Dance Cottage",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
East Lindsey District Council Housing|Housing Register|Tedder Hall, Manby Park;Louth;LN11 8UP|0808 157 1801|housing.register@eastlindsey-housing.gov.uk
Angus Council Adult Protection|Adult Protection - Glens|Angus House, Orchardbank;Forfar;DD8 1AN|0808 157 1802|adultprotection@angus-asp.gov.uk
Cyngor Sir Caerfyrddin Casglu Taliadau|Treth y Cyngor - Debyd Uniongyrchol|Neuadd y Sir, Heol y Castell;Caerfyrddin;SA31 1JP|0808 157 1803|debydu@sirgar-taliadau.llyw.cymru
Armagh Banbridge and Craigavon Council Bereavement|Public Health Funerals|The Palace Demesne;Armagh;BT60 4EL|0808 157 1804|ph.funerals@abc-bereavement.gov.uk
Ribble Valley Borough Council Housing|Housing Strategy - Allocations|Council Offices, Church Walk;Clitheroe;BB7 2RA|0808 157 1805|allocations@ribblevalley-housing.gov.uk
Somerset Council Community Safety|Anti-social Behaviour Team|County Hall;Taunton;TA1 4DY|0808 157 1806|asb.team@somerset-safety.gov.uk
Newry Mourne and Down Council Private Tenancies|Private Tenancies Unit|O'Hagan House, Monaghan Row;Newry;BT35 8DJ|0808 157 1807|private.tenancies@nmd-tenancies.gov.uk
Powys County Council Adult Social Care|Gofal Cymdeithasol Oedolion / ASC Radnor|The Gwalia, Ithon Road;Llandrindod Wells;LD1 6AA|0808 157 1808|asc.radnor@powys-asc.gov.uk
Lincolnshire County Council Adult Care|Customer Service Centre - Adult Care|County Offices, Newland;Lincoln;LN1 1YL|0808 157 1809|adultcare@lincs-adultcare.gov.uk
East Lindsey District Council Revenues|Council Tax - Correspondence|Tedder Hall, Manby Park;Louth;LN11 8UQ|0808 157 1810|counciltax@eastlindsey-revenues.gov.uk
Angus Council Private Sector Housing|Private Sector Housing - Repairing Standard|Angus House, Orchardbank;Forfar;DD8 1AX|0808 157 1811|psh@angus-psh.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_ADVICE = """
Marsh and Wolds Advice Centre|12 Eastgate;Louth;LN11 9ZZ|01632 963 181|advice@marshwolds-advice.example.org.uk
Glens and Strathmore Tenants' Advice|The Old Manse, High Street;Kirriemuir;DD8 9ZY|01632 963 182|help@strathmore-tenants.example.org.uk
"""
_GENEALOGISTS = """
Kinfinder Heir Research Ltd|PO Box 818;Lisburn;BT28 9ZZ|01632 963 183|cases@kinfinder-heirs.example.co.uk
Orchard Genealogy Services|Unit 4, Mall West;Armagh;BT61 9ZY|01632 963 184|research@orchardgenealogy.example.co.uk
"""
_AGENTS = """
Tywi Valley Lettings|3 Stryd y Brenin;Llandeilo;SA19 9ZZ|01632 963 185|lettings@tywivalley-lets.example.co.uk
Cothi Property Management|2 Heol Rhosmaen;Llandeilo;SA19 9ZY|01632 963 186|tenancies@cothi-pm.example.co.uk
"""
_LENDERS = """
Hearthstone Mortgages plc|PO Box 1807;Leeds;LS1 9ZZ|01632 963 187|securities@hearthstone-mortgages.example.co.uk
Levels Building Society|Society House, Priory Road;Wells;BA5 9ZY|01632 963 188|deeds@levels-bs.example.co.uk
"""
_POLICE = """
Avon and Somerset Constabulary - Sedgemoor NPT|Police Station, Northgate;Bridgwater;TA6 9ZZ|01632 963 189|sedgemoor.npt@asc-police.example.uk
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
    "gmx.co.uk",
    "mail.com",
    "ymail.com",
    "orange.fr",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = DRAMA_LANDLINES

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
ADVICE = third_parties(_ADVICE)
GENEALOGISTS = third_parties(_GENEALOGISTS)
AGENTS = third_parties(_AGENTS)
LENDERS = third_parties(_LENDERS)
POLICE = third_parties(_POLICE)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 44)
    former_name_culture = "acadian"


# --------------------------------------------------------------------------- helpers
_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def french_date(rng: random.Random, d: date) -> str:
    """A date as a French writer puts it: "12 mars 1961", "1er mai 1958", "12/03/1961"."""
    day = "1er" if d.day == 1 else str(d.day)
    return rng.choice(
        [f"{day} {_FR_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"]
    )


def gedcom_date(d: date) -> str:
    """ "12 MAR 1961"."""
    return f"{d.day} {_MONTHS[d.month - 1][:3].upper()} {d.year}"


def comb(text: str) -> str:
    """A value written one character per box: "J|O|H|N" (a space is an empty box)."""
    return "|".join(text.upper())


def _boxes(doc: Doc3, kind: str, value: str, width: int, mistyped: bool = False) -> None:
    """A comb-box field: outer bar, the value's boxes (the span), then empty boxes."""
    boxed = comb(value)
    doc.add("|").ent(kind, boxed, mistyped)
    doc.add("|" + " |" * max(0, width - len(value)) + "\n")


# --------------------------------------------------------------------------- layouts
def comb_box_housing_register_form(doc: Doc3, v: V) -> None:
    """A paper housing register application filled in by hand in the comb boxes and scanned with
    OCR: the applicant's surname, forenames, date of birth, NI number, address, postcode and
    phone one character per box, a joint applicant likewise, then free-text answers; the form
    number, band and page footer stay readable."""
    rng = v.rng
    org = v.org("Housing Register")
    p, home = v.person(born=(1945, 2005)), v.local("E", ("LN", "PE"))
    form = f"HR1/{TODAY:%y}/{rng.randint(10000, 99999)}"
    doc.add(f"{org.name.upper()}\nHOUSING REGISTER APPLICATION (HR1)   Form no. {form}\n")
    doc.add("Please write in BLOCK CAPITALS, one letter per box.\n\nPART 1 - MAIN APPLICANT\n")

    def person_boxes(q: Person, n: str) -> None:
        doc.add(f"{n}a Surname      ")
        _boxes(doc, "PERSON", q.last, 18)
        doc.add(f"{n}b Forename(s)  ")
        _boxes(doc, "PERSON", q.first, 18)
        doc.add(f"{n}c Date of birth ")
        _boxes(doc, "DATE_OF_BIRTH", f"{q.dob:%d%m%Y}", 8)
        nino = v.nino()
        doc.add(f"{n}d NI number     ")
        _boxes(doc, "UK_NINO", "".join(c for c in nino[0] if c.isalnum()), 9, nino[1])

    person_boxes(p, "1")
    doc.add("1e Address\n   ")
    doc.ent("STREET_ADDRESS", home.street(", ").upper()).add("\n   ")
    doc.ent("LOCATION", home.town.upper()).add("\n1f Postcode     ")
    _boxes(doc, "UK_POSTCODE", home.postcode, 8)
    doc.add("1g Phone        ")
    _boxes(doc, "PHONE_NUMBER", v.national_phone(), 11)
    if rng.random() < 0.7:
        pp = v.passport()
        doc.add("1h Passport no. ")
        _boxes(doc, "UK_PASSPORT", "".join(c for c in pp[0] if c.isdigit()), 9, pp[1])
    doc.add("1i Email (please print) ").ent("EMAIL_ADDRESS", v.email(p).upper()).add("\n\n")
    if rng.random() < 0.6:
        doc.add("PART 2 - JOINT APPLICANT\n")
        person_boxes(v.partner(p), "2")
        doc.add("\n")
    kids = v.children(p, rng.randint(0, 3))
    doc.add("PART 3 - OTHERS WHO WILL LIVE WITH YOU (name, date of birth)\n")
    for k in kids:
        doc.add("  ").nm(k, "caps").add("   ").dob(k).add("\n")
    if not kids:
        doc.add("  NONE\n")
    doc.add("PART 4 - WHY DO YOU NEED TO MOVE?\n  ")
    doc.add(
        rng.choice(
            [
                "DAMP IN BOTH BEDROOMS, LANDLORD WONT FIX",
                "OVERCROWDED - SHARING ONE BEDROOM WITH THE CHILDREN",
                "STAIRS - CANNOT MANAGE SINCE MY OPERATION",
            ]
        )
    )
    doc.add(f"\n\nFor office use: band {rng.choice('ABCD')}   received {dmy(days_ago(rng, 0, 9))}")
    doc.add(f"\nHR1 v3.2  page 1 of 4   Return to {org.team}, ")
    doc.ent("ORGANIZATION", ", ".join(org.lines)).add("\n")
    recipient_contact(doc, org)


def webvtt_multiagency_meeting_transcript(doc: Doc3, v: V) -> None:
    """An adult protection case conference's auto-generated meeting transcript (WebVTT) saved to
    the case: cue ids and timestamps, speakers' names in ``<v>`` tags, the adult's name, date of
    birth said aloud, address, a relative's name and phone, CHI number read out; the meeting id
    and cue timestamps stay readable."""
    rng = v.rng
    org, advice = v.org("Adult Protection"), rng.choice(ADVICE)
    adult, home = v.person(born=(1930, 1975)), v.local("S", ("DD", "PH"))
    chair, nurse, kin = v.person(), v.person(), v.kin(adult, born=(1955, 2000))
    doc.add(f"Meeting: ASP case conference  ID {rng.randint(100, 999)} {rng.randint(100, 999)} ")
    doc.add(f"{rng.randint(100, 999)}#  Saved to case by {org.team}\n\nWEBVTT\n\n")
    t = rng.randint(5, 60)
    cue = 0

    def say(who: Person, parts: list[tuple[str | None, str | tuple[str, bool]]]) -> None:
        nonlocal t, cue
        cue += 1
        end = t + rng.randint(3, 12)
        doc.add(f"{cue}\n00:{t // 60:02d}:{t % 60:02d}.{rng.randint(0, 999):03d} --> ")
        doc.add(f"00:{end // 60:02d}:{end % 60:02d}.{rng.randint(0, 999):03d}\n<v ")
        doc.ent("PERSON", who.full).add(">")
        for kind, text in parts:
            if isinstance(text, tuple):
                doc.ident(kind or "", text)
            elif kind:
                doc.ent(kind, text)
            else:
                doc.add(text)
        doc.add("</v>\n\n")
        t = end + rng.randint(1, 5)

    said = spoken_date(rng, adult.dob) if rng.random() < 0.6 else fmt_date(rng, adult.dob)
    say(chair, [(None, "OK so this is the conference for "), ("PERSON", adult.full), (None, ".")])
    say(chair, [(None, "Date of birth "), ("DATE_OF_BIRTH", said), (None, ", lives at ")])
    say(
        chair,
        [
            ("STREET_ADDRESS", home.street(", ")),
            (None, " in "),
            ("LOCATION", home.town),
            (None, "."),
        ],
    )
    chi = v.chi(adult)
    say(nurse, [(None, "District nursing. The CHI I have is "), ("UK_NHS", chi), (None, ".")])
    s, h = pron(adult)
    say(
        nurse,
        [
            (None, f"{s.capitalize()} wasn't answering the door, "),
            (None, f"{h} {'daughter' if kin.gender == 'f' else 'son'} "),
            ("PERSON", kin.first),
            (None, " let us in."),
        ],
    )
    d = v.national_phone(True)
    spoken = speak_digits(rng, phone_groups(d)) if rng.random() < 0.6 else d
    say(
        chair,
        [
            (None, "Can we get "),
            ("PERSON", kin.full),
            (None, "'s number for the minutes? It's "),
            ("PHONE_NUMBER", spoken),
        ],
    )
    say(
        nurse,
        [
            (None, "Tenants' advice are involved too, "),
            ("ORGANIZATION", advice.phone),
            (None, "."),
        ],
    )
    doc.add(f"NOTE auto-generated; {cue} cues.\n")
    recipient_contact(doc, org)


def _ip(rng: random.Random) -> str:
    return f"{rng.choice([81, 86, 92, 109, 151, 176, 212])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def esignature_completion_certificate(doc: Doc3, v: V) -> None:
    """An e-signature service's certificate of completion for a private tenancy agreement,
    forwarded with a disrepair complaint: the tenants' and the landlord's names and e-mails,
    the tenants' phones for SMS authentication, the property address; the lettings agent's
    contacts are ORGANIZATION; envelope id, IP addresses and signing timestamps stay readable."""
    rng = v.rng
    org, agent = v.org("Repairing", "Private Tenancies"), rng.choice(AGENTS)
    tenant, prop = v.person(born=(1960, 2004)), v.local("W", ("SA",))
    landlord = v.person(born=(1945, 1990))
    env = "-".join(v.code(k, "0123456789ABCDEF") for k in (8, 4, 4, 4, 12))
    doc.add("Forwarded to ").ent("ORGANIZATION", org.mailbox).add(" with my complaint\n\n")
    doc.add(f"Certificate Of Completion\nEnvelope Id: {env}\nSubject: Please sign: Assured ")
    doc.add("Shorthold Tenancy - ").ent("STREET_ADDRESS", prop.street(", ")).add(", ")
    doc.ent("LOCATION", prop.town).add(" ").ent("UK_POSTCODE", prop.postcode)
    doc.add(f"\nStatus: Completed\nEnvelope Originator: {agent.name}, ")
    third_party_contact(doc, agent)
    doc.add(f"\nIP Address: {_ip(rng)}\n\nSigner Events\n")
    signers = [tenant] + ([v.partner(tenant)] if rng.random() < 0.5 else []) + [landlord]
    for k, s in enumerate(signers):
        when = days_ago(rng, 30, 700)
        doc.ent("PERSON", s.full).add("\n").ent("EMAIL_ADDRESS", v.email(s)).add("\n")
        doc.add("Security Level: Email, Account Authentication (None)")
        if k < len(signers) - 1:
            doc.add(", SMS Auth: ").ent("PHONE_NUMBER", v.phone(True))
        if k == 0:
            doc.add("\nID Verification: UK driving licence ").ent(
                "UK_DRIVING_LICENCE", v.licence(s)
            )
        doc.add(f"\nSigned: {when:%d/%m/%Y} | {clock_time(rng)}:{rng.randint(10, 59)}\n")
        doc.add(f"Signature Adoption: Pre-selected Style\nUsing IP Address: {_ip(rng)}\n\n")
    doc.add("Carbon Copy Events\n").ent("ORGANIZATION", agent.mailbox).add("\n\n")
    doc.add("I have had no heating since October. Tenant: ").nm(tenant, "first").add("\n")
    recipient_contact(doc, org)


def ivr_keypad_direct_debit_log(doc: Doc3, v: V) -> None:
    """An automated payments line's session log, sent to the council tax team after a failed
    Direct Debit set-up: the caller's number, the speech-recognised name, the date of birth,
    sort code and account number keyed on the phone; the council's own line is ORGANIZATION; the
    session id, keyed council tax reference, prompts and times stay readable."""
    rng = v.rng
    org = v.org("Debyd")
    p = v.person(born=(1940, 2004))
    doc.add(f"{org.name} - IVR session export\nSession {v.code(12, '0123456789abcdef')}  ")
    doc.add(f"{iso(TODAY)}  line ").ent("ORGANIZATION", org.phone).add("\n\n")
    t = rng.randint(8, 19) * 3600 + rng.randint(0, 3599)

    def step(prompt: str, kind: str | None, value: str | tuple[str, bool], tail: str = "#") -> None:
        nonlocal t
        t += rng.randint(4, 25)
        doc.add(f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}  {prompt:<14} ")
        if isinstance(value, tuple):
            doc.ident(kind or "", value)
        elif kind:
            doc.ent(kind, value)
        else:
            doc.add(value)
        doc.add(f"{tail}\n")

    d = v.national_phone()
    step("CLI", "PHONE_NUMBER", d, "")
    step("LANG_SELECT", None, rng.choice(["1", "2"]))
    step("CT_REF_DTMF", None, f"{rng.choice('56789')}{digits(rng, 7)}")
    step("ASR_NAME", "PERSON", p.full.upper(), f"  (conf 0.{rng.randint(55, 97)})")
    step("DOB_DTMF", "DATE_OF_BIRTH", f"{p.dob:%d%m%Y}")
    sc, acct = v.sort_code(), v.account()
    keyed = "".join(c for c in sc[0] if c.isdigit())
    step("SORTCODE_DTMF", "UK_SORT_CODE", (keyed[:5] if sc[1] else keyed, sc[1]))
    step("ACCOUNT_DTMF", "UK_BANK_ACCOUNT", ("".join(c for c in acct[0] if c.isdigit()), acct[1]))
    step("RESULT", None, rng.choice(["MODULUS_FAIL", "TIMEOUT", "TRANSFER_AGENT"]), "")
    doc.add(f"\nAmount due {pounds(rng, 60, 300)}. Please call back on ")
    if rng.random() < 0.5:
        doc.ent("PHONE_NUMBER", v.phone())
    else:
        doc.add("the CLI above")
    doc.add(".\n")
    recipient_contact(doc, org)


def gedcom_kin_tracing_export(doc: Doc3, v: V) -> None:
    """A probate genealogist's GEDCOM file pasted into a public health funeral case: the deceased
    with birth date and place, death date and place, parents, a sibling and a living nephew or
    niece with address, phone and e-mail; the genealogist's own contacts are ORGANIZATION;
    record ids (@I1@), death dates and the file header stay readable."""
    rng = v.rng
    org, gen = v.org("Funerals"), rng.choice(GENEALOGISTS)
    dec = v.person(born=(1932, 1965))
    sib = v.kin(dec, born=(dec.dob.year - 6, dec.dob.year + 6))
    kin = v.kin(sib, born=(1960, 1995))
    home = v.address()
    doc.add(f"Case PHF/{TODAY:%y}/{rng.randint(100, 999)} - tree from {gen.name} (")
    doc.ent("ORGANIZATION", gen.mailbox).add(") pasted below\n\n0 HEAD\n1 SOUR KINFILE\n")
    doc.add(f"1 DATE {gedcom_date(TODAY)}\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n")

    def indi(k: int, q: Person, place: Address | None, died: bool) -> None:
        doc.add(f"0 @I{k}@ INDI\n1 NAME ").ent("PERSON", f"{q.first} /{q.last}/").add("\n")
        doc.add("2 GIVN ").ent("PERSON", q.first).add("\n2 SURN ").ent("PERSON", q.last)
        doc.add(f"\n1 SEX {q.gender.upper()}\n1 BIRT\n2 DATE ")
        doc.ent("DATE_OF_BIRTH", gedcom_date(q.dob))
        if place is not None:
            doc.add("\n2 PLAC ").ent("LOCATION", place.town)
            if place.county:
                doc.add(", ").ent("LOCATION", place.county)
        doc.add("\n")
        if died:
            dd = days_ago(rng, 10, 60) if k == 1 else TODAY - timedelta(rng.randint(400, 9000))
            doc.add(f"1 DEAT\n2 DATE {gedcom_date(dd)}\n")

    indi(1, dec, v.address(), True)
    indi(2, sib, v.address() if rng.random() < 0.6 else None, rng.random() < 0.5)
    indi(3, kin, None, False)
    doc.add("1 RESI\n2 ADDR ").ent("STREET_ADDRESS", home.street(", ")).add("\n2 CITY ")
    doc.ent("LOCATION", home.town).add("\n2 POST ").ent("UK_POSTCODE", home.postcode)
    doc.add("\n1 PHON ").ent("PHONE_NUMBER", v.phone()).add("\n1 EMAIL ")
    doc.ent("EMAIL_ADDRESS", v.email(kin)).add("\n")
    doc.add("0 @F1@ FAM\n1 CHIL @I1@\n1 CHIL @I2@\n0 @SUBM1@ SUBM\n1 NAME ")
    doc.add(gen.name).add("\n1 ADDR ").ent("ORGANIZATION", ", ".join(gen.lines))
    doc.add("\n1 PHON ").ent("ORGANIZATION", gen.phone).add("\n0 TRLR\n\n")
    recipient_contact(doc, org)


def spreadsheet_merged_cells_paste(doc: Doc3, v: V) -> None:
    """An allocations officer pastes rows of a shortlist spreadsheet whose household columns
    were merged cells: tab-separated, each household's address, postcode and phone on its first
    row only, every member with date of birth on its own row; the row numbers, bid references,
    bedroom need and rent stay readable."""
    rng = v.rng
    org = v.org("Allocations")
    doc.add(f"From the shortlist for {rng.randint(1, 40)} ")
    doc.add(f"{rng.choice(['Bonspiel', 'Yarg', 'Bodhran'])} property - pasted from Excel\n\n")
    doc.add("Row\tBid ref\tAddress\tPostcode\tPhone\tName\tDOB\tBeds\tRent\n")
    row = 2
    for _ in range(rng.randint(2, 3)):
        lead, home = v.person(born=(1950, 2004)), v.local("E", ("BB", "BD"))
        members = [lead] + ([v.partner(lead)] if rng.random() < 0.5 else [])
        members += v.children(lead, rng.randint(0, 3))
        bid = f"B{rng.randint(100000, 999999)}"
        for k, m in enumerate(members):
            doc.add(f"{row}\t")
            if k == 0:
                doc.add(f"{bid}\t").ent("STREET_ADDRESS", home.street(", ")).add("\t")
                doc.ent("UK_POSTCODE", home.postcode).add("\t").ent("PHONE_NUMBER", v.phone())
                doc.add("\t")
            else:
                doc.add("\t\t\t\t")
            doc.nm(m, "full" if k == 0 else rng.choice(["full", "first"])).add("\t").dob(m)
            if k == 0:
                doc.add(
                    f"\t{rng.randint(1, 4)}\t£{rng.randint(85, 160)}.{rng.choice(['00', '45'])}"
                )
            else:
                doc.add("\t\t")
            doc.add("\n")
            row += 1
    doc.add("\n")
    recipient_contact(doc, org)


def police_incident_log_extract(doc: Doc3, v: V) -> None:
    """A police incident log extract shared with the ASB team under an information sharing
    agreement: operators' timed entries in capitals and shorthand, the informant's name, phone
    and address, the subject's name, date of birth and address, the attending officers' names
    with collar numbers; the police contacts are ORGANIZATION; the incident number, times and
    collar numbers stay readable."""
    rng = v.rng
    org, pol = v.org("Anti-social"), POLICE[0]
    inf, ih = v.person(born=(1940, 2004)), v.local("E", ("TA", "BA"))
    subj, sh = v.person(born=(1975, 2008)), v.local("E", ("TA", "BA"))
    pc = v.person()
    inc = f"{TODAY:%d%m%y}-{rng.randint(100, 999)}"
    doc.add(f"OFFICIAL-SENSITIVE - shared with {org.team} under ISA\nFrom: {pol.name} (")
    doc.ent("ORGANIZATION", pol.mailbox).add(")\n\nINCIDENT ").add(inc)
    doc.add(f"   OPENED {TODAY - timedelta(rng.randint(1, 5)):%d/%m/%y}\n")
    t = rng.randint(18, 22) * 60

    def entry(op: int, parts: list[tuple[str | None, str]]) -> None:
        nonlocal t
        t += rng.randint(1, 20)
        doc.add(f"{t // 60 % 24:02d}{t % 60:02d} OP{op} ")
        for kind, text in parts:
            if kind:
                doc.ent(kind, text)
            else:
                doc.add(text)
        doc.add("\n")

    op = rng.randint(1000, 9999)
    entry(
        op,
        [
            (None, "INFT "),
            ("PERSON", inf.full.upper()),
            (None, " TEL "),
            ("PHONE_NUMBER", v.national_phone()),
        ],
    )
    entry(
        op,
        [
            (None, "LOC "),
            ("STREET_ADDRESS", ih.street(", ").upper()),
            (None, " "),
            ("LOCATION", ih.town.upper()),
            (None, " "),
            ("UK_POSTCODE", ih.postcode),
        ],
    )
    entry(
        op,
        [
            (None, "INFT STATES GROUP OF YTHS KICKING DOOR. KNOWS ONE AS "),
            ("PERSON", subj.first.upper()),
        ],
    )
    entry(
        op,
        [
            (None, "PNC CHK SUBJ "),
            ("PERSON", f"{subj.last.upper()}, {subj.first}"),
            (None, " DOB "),
            ("DATE_OF_BIRTH", f"{subj.dob:%d%m%y}"),
            (None, " NO TRACE"),
        ],
    )
    if rng.random() < 0.6:
        entry(
            op, [(None, "DVLA CHK DL "), ("UK_DRIVING_LICENCE", v.licence(subj)), (None, " VALID")]
        )
    entry(
        op,
        [
            (None, "SUBJ ADDR "),
            ("STREET_ADDRESS", sh.street(", ").upper()),
            (None, " "),
            ("LOCATION", sh.town.upper()),
        ],
    )
    collar = rng.randint(1000, 9999)
    entry(
        rng.randint(1000, 9999),
        [
            (None, f"UNIT AL{rng.randint(10, 99)} PC {collar} "),
            ("PERSON", pc.last.upper()),
            (None, " ATTENDING"),
        ],
    )
    entry(rng.randint(1000, 9999), [(None, f"PC {collar} WORDS OF ADVICE GIVEN. RESULT ASB-NFA")])
    doc.add("\nClosed. Sedgemoor NPT: ").ent("ORGANIZATION", pol.phone).add("\n")
    recipient_contact(doc, org)


def land_registry_title_register_copy(doc: Doc3, v: V) -> None:
    """An official copy of a title register (text extract) attached to a tenancy relations
    enquiry: the proprietors' names, their addresses for service (one may be an e-mail
    address), the property address; the lender's address for service is ORGANIZATION (its
    name, a company, unlabelled); the title number, price paid and entry dates stay readable."""
    rng = v.rng
    org, lender = v.org("Private Tenancies"), rng.choice(LENDERS)
    prop = v.local("N", ("BT",))
    owner = v.person(born=(1945, 1995))
    owners = [owner] + ([v.partner(owner)] if rng.random() < 0.5 else [])
    title = f"DN{rng.randint(100000, 999999)}"
    doc.add(f"Attached by {org.team} to enquiry {rng.randint(10000, 99999)}\n\n")
    doc.add(f"Title number {title}   Edition date {dmy(days_ago(rng, 100, 3000))}\n\n")
    doc.add("A: Property Register\n1 (")
    doc.add(f"{dmy(days_ago(rng, 3000, 9000))}) The Freehold land shown edged with red on the ")
    doc.add("plan of the above Title filed at the Registry and being ")
    doc.addr_inline(prop).add(".\n\nB: Proprietorship Register\nTitle absolute\n1 (")
    doc.add(f"{dmy(days_ago(rng, 100, 3000))}) PROPRIETOR: ")
    for k, o in enumerate(owners):
        if k:
            doc.add(" and ")
        doc.ent("PERSON", o.full.upper())
    doc.add(" of ")
    service = v.address()
    doc.addr_inline(service)
    if rng.random() < 0.5:
        doc.add(" and of ").ent("EMAIL_ADDRESS", v.email(owner))
    doc.add(f".\n2 The price stated to have been paid on {dmy(days_ago(rng, 100, 3000))} was ")
    doc.add(f"£{rng.randint(60, 420) * 1000:,}.\n\nC: Charges Register\n1 REGISTERED CHARGE ")
    doc.add(f"dated {dmy(days_ago(rng, 100, 3000))}.\n2 Proprietor: {lender.name.upper()} of ")
    doc.ent("ORGANIZATION", ", ".join(lender.lines)).add(".\n\nEnd of register\n")
    recipient_contact(doc, org)


def handwritten_visit_note_crossings_out(doc: Doc3, v: V) -> None:
    """An occupational therapy assistant's handwritten visit note typed up by an admin worker
    who kept the crossings-out as ~~struck~~ text: the client's name (a misspelling crossed out),
    date of birth, corrected house number, phone (an old number struck through), NHS number,
    the carer's name and phone; the visit date, equipment codes and times stay readable."""
    rng = v.rng
    org = v.org("ASC Radnor", "Adult Care")
    p = v.person(born=(1930, 1970))
    home = v.local("W", ("LD", "HR")) if "Powys" in org.name else v.local("E", ("LN",))
    carer = v.kin(p, born=(1950, 2000))
    doc.add(f"[typed from handwritten note - crossings out kept]\nHome visit {dmy(TODAY)} ")
    doc.add(f"{clock_time(rng, 9, 16)}\nClient: ")
    if rng.random() < 0.6:
        wrong = p.last[:-2] + p.last[-1] + p.last[-2] if len(p.last) > 3 else p.last + "e"
        doc.add("~~").ent("PERSON", wrong).add("~~ ")
    doc.nm(p, rng.choice(["full", "surname_caps"])).add("  DOB ").dob(p)
    doc.add(f" ({age(p.dob)})\nAddr: ")
    a = home.street(", ")
    first = a.split(" ", 1)[0]
    if first.isdigit() and rng.random() < 0.7:
        doc.add(f"~~{int(first) + rng.choice([-1, 1, 10])}~~ ")
    doc.ent("STREET_ADDRESS", a).add(", ").ent("LOCATION", home.town).add(" ")
    doc.ent("UK_POSTCODE", home.postcode).add("\nTel ")
    if rng.random() < 0.6:
        doc.add("~~").ent("PHONE_NUMBER", v.phone(False)).add("~~ (disconnected) ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\nNHS no ").ident("UK_NHS", v.nhs())
    s, _ = pron(p)
    doc.add(f"\n{s.capitalize()} ~~can~~ cannot get in/out of bath. Step 2 ~~15~~ 18 cm.\n")
    doc.add(f"Issue: bath board BB{rng.randint(100, 999)}, rail x{rng.randint(1, 3)} (")
    doc.add(f"{rng.choice(['450', '600'])}mm)\nCarer: ").nm(carer, "full").add(" tel ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n")
    recipient_contact(doc, org)


def francophone_resident_letter(doc: Doc3, v: V) -> None:
    """A resident's letter in French to the council tax team (a French-speaking family from
    Canada or Burundi): address block, date, name, date of birth with French month names, maiden
    name, NI number, phone, e-mail, bank details for a refund, the spouse's name, a daughter's
    village and phone; the account reference, amounts and dates stay readable."""
    rng = v.rng
    org = v.org("Revenues")
    culture = rng.choice(["acadian", "burundian"])
    p, home = v.person(culture, born=(1940, 2000)), v.local("E", ("LN",))
    spouse = v.partner(p)
    doc.addr_lines(home)
    d = days_ago(rng, 0, 6)
    doc.add(f"\nLe {d.day} {_FR_MONTHS[d.month - 1]} {d.year}\n\n{org.name}\n")
    doc.block(org, phone=False, name=False)
    acct = digits(rng, 9)
    doc.add(f"\nObjet : compte taxe d'habitation (Council Tax) n° {acct}\n\n")
    doc.add("Madame, Monsieur,\n\nJe vous écris au sujet de notre compte. Mon ")
    doc.add("épouse" if spouse.gender == "f" else "mari").add(", ").nm(spouse, "full")
    doc.add(f", a quitté le logement le {dmy(days_ago(rng, 20, 90))} et je vis seul")
    doc.add("e" if p.gender == "f" else "").add(". Je demande la réduction de 25 %. J'ai payé ")
    doc.add(f"{pounds(rng, 80, 400).replace('.', ',')} de trop.\n\nMes coordonnées :\nNom : ")
    doc.nm(p, rng.choice(["full", "surname_caps"]))
    if p.gender == "f" and rng.random() < 0.5:
        doc.add(", née ").ent("PERSON", v.former_name(p))
    doc.add("\nDate de naissance : ").ent("DATE_OF_BIRTH", french_date(rng, p.dob))
    doc.add("\nNuméro d'assurance nationale (NI) : ").ident("UK_NINO", v.nino())
    doc.add("\nTéléphone : ").ent("PHONE_NUMBER", v.phone()).add("\nCourriel : ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nVeuillez rembourser sur mon compte : code ")
    doc.add("guichet (sort code) ").ident("UK_SORT_CODE", v.sort_code()).add(", compte n° ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(".\n\nMa fille habite à ")
    doc.ent("LOCATION", v.address(region="E").town).add(" et peut vous répondre en anglais au ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n\nJe n'ai pas pu joindre le ")
    doc.ent("ORGANIZATION", org.phone).add(".\n\nVeuillez agréer mes salutations distinguées,\n\n")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add("\n\ncc ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def property_tribunal_application_parties(doc: Doc3, v: V) -> None:
    """A First-tier Tribunal (Housing and Property Chamber) application copied to the council's
    private sector housing team: the applicant tenant's name, address, phone and e-mail, the
    landlord respondent's name and address, a representative from an advice charity
    (ORGANIZATION contacts, the adviser's name PERSON); the chamber reference, the repairing
    standard sections ticked and the date stay readable."""
    rng = v.rng
    org, adv = v.org("Repairing Standard"), rng.choice(ADVICE)
    ten, prop = v.person(born=(1950, 2005)), v.local("S", ("DD", "PH"))
    ll, lh = v.person(born=(1940, 1990)), v.address()
    adviser = v.person()
    ref = f"FTS/HPC/RP/{TODAY:%y}/{rng.randint(1000, 9999)}"
    doc.add(f"Copy to {org.team} (").ent("ORGANIZATION", org.mailbox).add(")\n\n")
    doc.add("FIRST-TIER TRIBUNAL FOR SCOTLAND (HOUSING AND PROPERTY CHAMBER)\n")
    doc.add(f"Repairing Standard Application - Form A   Ref: {ref}\n\n1. APPLICANT (TENANT)\n")
    doc.add("Name: ").nm(ten, "full").add("\nAddress of the house: ").addr_inline(prop)
    doc.add("\nTelephone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(ten)).add("\n\n2. LANDLORD\nName: ")
    doc.nm(ll, rng.choice(["full", "surname_caps"])).add("\nAddress: ").addr_inline(lh)
    doc.add("\nLandlord registration number: ").add(f"{rng.randint(100000, 999999)}/")
    doc.add(f"{rng.randint(100, 999)}/{rng.randint(10000, 99999)}\n\n3. REPRESENTATIVE\n")
    doc.nm(adviser, "full").add(f", {adv.name}, ")
    third_party_contact(doc, adv)
    doc.add("\n\n4. REPAIRING STANDARD (s13 Housing (Scotland) Act 2006) - tick\n")
    for item in ["(a) wind and watertight", "(c) water, gas, electricity", "(h) fire detection"]:
        doc.add(f"[{rng.choice(['x', ' '])}] {item}\n")
    doc.add(f"\nNotified to landlord on {dmy(days_ago(rng, 30, 120))}.  Signed: ")
    doc.nm(ten, rng.choice(["full", "initial_dot"])).add(f"   Date: {dmy(TODAY)}\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    comb_box_housing_register_form,
    webvtt_multiagency_meeting_transcript,
    esignature_completion_certificate,
    ivr_keypad_direct_debit_log,
    gedcom_kin_tracing_export,
    spreadsheet_merged_cells_paste,
    police_incident_log_extract,
    land_registry_title_register_copy,
    handwritten_visit_note_crossings_out,
    francophone_resident_letter,
    property_tribunal_application_parties,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT18 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT18.organisation_contacts
build_row = HELDOUT18.build_row
generate_heldout18 = HELDOUT18.generate
write_set = HELDOUT18.write_set
main = HELDOUT18.main


if __name__ == "__main__":
    main()
