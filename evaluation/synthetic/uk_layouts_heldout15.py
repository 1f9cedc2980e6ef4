# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout15: a fifteenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout15(n, seed)`` returns rows ``{"id": "uklayout-heldout15-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout15",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout15 -o
var/eval/pii_uk_layouts_heldout15.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout15.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout14; every value table here is new, and tests/test_uk_layouts_heldout15.py checks that
no first name, surname, town, district, county, street or house name appears in an earlier
family (uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name
lists it draws from; heldout3 to heldout14):

* names from 11 communities no earlier family drew on: Wolof (Ndeye, Modou; Ndiaye), Mandinka
  (Isatou, Ebrima; Ceesay), Ovambo (Ndapewa, Tangeni; Amupolo), Kachin/Jinghpaw (Hkawn Nu, Gam
  Seng; Lahtaw), Abkhaz (Amra, Astamur; Ardzinba), Ossetian (Zalina, Soslan; Dzagoev and the
  feminine Dzagoeva), Coptic Egyptian (Demiana, Bishoy; Tawadros), Ladino/Sephardic (Buena,
  Bohor; Benveniste), Yucatec Maya (Nikté, Balam; Canul), Maori (Hinemoa, Wiremu; Te Whata) and
  Ewe (Esinam, Edem; Agbeko), with hyphenated forenames and double-barrelled surnames built from
  them;
* places in villages no earlier family used: the Suffolk Sandlings (IP), Romney Marsh (TN),
  Cranborne Chase and the Marshwood Vale (DT, SP), Swaledale and Wharfedale (DL, BD), the West
  Wight (PO), Radnorshire (LD, "Powys (Sir Faesyfed)") and Montgomeryshire (SY), Sutherland (IV,
  "Cataibh (Sutherland)"), Islay and Mull (PA, "Argyll & Bute (Ìle)"), upper Deeside (AB) and
  the Glens of Antrim (BT, "Causeway Coast & Glens"); street names built from old apple and pear
  varieties ("Slack-ma-Girdle Close"), Scots seabird names ("Bonxie Brae") and Welsh and Ulster
  bird names ("Lôn y Gylfinir", "Whaup Road");
* new recipient organisations (allow-listed) and third parties (care homes, hospitals, letting
  agents, builders, solicitors, money advisers, police neighbourhood teams; HMRC's own postcode
  in a quoted letter) whose own contact details are ORGANIZATION.

Layouts (11): asc_financial_assessment_capital, lpa_registration_notice, ctf_pupil_transfer_xml,
police_asb_referral_form, sfs_income_expenditure_statement, child_benefit_hicbc_quoted_email,
patient_transport_eligibility_call_log, uc_todo_list_transcription, dfg_contractor_quote,
registrar_death_appointment_email, tenancy_fraud_tipoff_web_form.

Labelling conventions are heldout14's (so the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone (in its own form field, XML element or
column), "SURNAME, Forename", names in capitals and names inside e-mail quoting ("> ") are
PERSON. Addresses split into STREET_ADDRESS + one LOCATION each for district, town/village and
county + UK_POSTCODE; in the school transfer file's BS7666 address the SAON, PAON and street
elements are one STREET_ADDRESS span each. Only dates of birth are DATE_OF_BIRTH, also written
as systems write them ("1948-03-12" in XML, "12031948" compact, "12.3.48") and with the age
beside them ("12/03/1948 (78y)": the age stays outside the span); dates of death, appointment,
deadline, signing, incident and quote dates stay unlabelled. Third parties' own address lines,
phones and mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must
stay readable (precision): financial assessment references, capital balances and pension
references; LPA reference numbers and signing dates; CTF UPNs, LA/establishment numbers and
file dates; police crime reference numbers, collar numbers, PNC IDs and "IC1"-style descriptors;
SFS money amounts and creditor account references; Child Benefit numbers and tax years; patient
transport booking references and appointment times; Universal Credit to-do deadlines and
assessment periods; builders' quote numbers, VAT numbers and prices; registrar appointment
times, MCCD references and dates of death; tip-off submission ids. ~10% of NI numbers, NHS
numbers, sort codes, account numbers and passport numbers are MISTYPED as in heldout4 (span
``"mistyped": True``); ~10% of rows hide a Unicode trick (zero-width space, soft hyphen,
no-break or narrow no-break space, full-width digits) inside a labelled value.

Edge cases left for the scorer's lead (labelled as stated here): children's ages written alone
("Balam (son, 3)", "Age at incident: 54") carry no date and are unlabelled; a masked account
("account ending ****4821") in the Universal Credit payments screen is unlabelled (the full
account above it is labelled); the names of care homes, hospitals, firms and police teams are
unlabelled text (only their address lines, phones and mailboxes are ORGANIZATION), and a firm
acting as professional attorney is such a third party, not a PERSON; police officers' names
and the council OT's name are PERSON (staff, but named individuals); a maiden surname alone in
capitals is PERSON; "IC1 female"-style descriptors of unnamed people are unlabelled; in the
school transfer file the BS7666 SAON, PAON and street are separate STREET_ADDRESS spans, so a
house number alone ("12" in <PAON>) is a STREET_ADDRESS span.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
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
    dmy,
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
    "generate_heldout15",
    "main",
    "organisation_contacts",
    "siblings",
    "system_dob",
    "write_set",
]

FAMILY = "heldout15"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Base names per community: (female forenames, male forenames, surnames); "_" is a space.
# Hyphenated forenames and double-barrelled surnames are built from the single-word ones below.
_BASE = {
    "wolof": (
        "Ndeye Khady Coumba Astou Ndella Sokhna Yacine Mame_Diarra",
        "Modou Babacar Serigne Pape Saliou Assane",
        "Ndiaye Diop Mbaye Gueye Seck Ndour Sarr Thiam Mbengue",
    ),
    "hawaiian": (
        "Leilani Kalena Noelani Mahina Kaimana Pualani",
        "Keoni Makoa Kaleo Kainoa Ikaika Kekoa",
        "Kahananui Kealoha Kamakana Akana Kahale Kapaona Nakoa Kauhane Mahoe Kaleikini",
    ),
    "ovambo": (
        "Ndapewa Ndeshipanda Ndahambelela Nelago Ndinelao Tuyeni Kaino",
        "Tangeni Nangolo Hafeni Tuhafeni Ileni Kondjeni",
        "Amupolo Haufiku Iipumbu Nghidinwa Shikongo Amutenya Hamunyela Nakale Shiimi Iyambo",
    ),
    "kachin": (
        "Hkawn_Nu Roi_San Lu_Bu Kai_Ja Tu_Raw Seng_Nu",
        "Gam_Seng Naw_Tawng Tu_Hkawng La_Awng Tang_Gun Yaw_Htung",
        "Marip Lahtaw Maran Nhkum Lahpai Hpauyam Labang Sumlut Dashi Jangma",
    ),
    "abkhaz": (
        "Gunda Asida Nazira Khibla",
        "Astamur Adgur Daur Beslan Inal Rauf",
        "Ardzinba Shamba Lakoba Gablia Agrba Kvitsinia Chanba Bganba Tarba Khagba",
    ),
    "ossetian": (
        "Zalina Fariza Agunda Dzerassa Satana Zarifa",
        "Soslan Taimuraz Aslanbek Batradz Khetag Zaurbek",
        "Dzagoev Gazzaev Kokoev Tedeev Dzhioev Bagaev Kachmazov Tsallagov Gabaraev Khetagurov",
    ),
    "coptic": (
        "Demiana Youstina Ireny Verina Marthena Sawsan",
        "Bishoy Kyrillos Abanoub Shenouda Tadros Fam",
        "Girgis Guirguis Tawadros Iskander Bishara Ghaly Wissa Abadir Beshay Habashy",
    ),
    "ladino": (
        "Buena Djoya Reina Estrea Palomba Sarina",
        "Bohor Shabetay Nissim Yeuda Mordohay Behor",
        "Benveniste Abravanel Toledano Alhadeff Saporta Menasce Alcalay Benaroya Nahmias Arditti",
    ),
    "yucatec_maya": (
        "Nikté Ixchel Yatzil Ixkanil Xunáan Sac-Nicté",
        "Balam Canek Kinich Nachi Hunahpú Itzamná",
        "Pech Canul Cocom Poot Dzul Cauich Chablé Balam-Pech Uicab Chimal",
    ),
    "maori": (
        "Aroha Hinemoa Ngaire Kahurangi Anahera Wikitoria",
        "Wiremu Tamati Rawiri Hemi Nikau Ihaia",
        "Ngata Parata Pomare Tawhiri Te_Whata Rangihau Tipoki Ruatapu Whaanga Horomona",
    ),
    "kalmyk": (
        "Delgir Bulgun Kermen Saglar Gilyana Boova",
        "Ayuka Dordzhi Mutul Erdni Sanal Basang",
        "Ochirov Badmaev Erdniev Sangadzhiev Basangov Kichikov Dordzhiev Mandzhiev Goryaev "
        "Utnasunov",
    ),
}
_INFLECTED = ("ossetian", "kalmyk")  # Russian-style surnames: Dzagoev (m), Dzagoeva (f)


def _build_names() -> tuple[str, str]:
    first, last = [], []
    for culture, (fem, mal, sur) in _BASE.items():
        f, m, s = fem.split(), mal.split(), sur.split()
        fs = [x for x in f if "_" not in x and "-" not in x]
        ms = [x for x in m if "_" not in x and "-" not in x]
        fh = [f"{a}-{b}" for a in fs[:2] for b in fs[2:5]]
        mh = [f"{a}-{b}" for a in ms[:2] for b in ms[2:5]]
        # single names four times over: most people have one forename and one surname
        items = [f"{x}/f" for x in f * 4 + fh] + [f"{x}/m" for x in m * 4 + mh]
        first.append(f"{culture}: " + " ".join(items))
        ss = [x for x in s if "_" not in x and "-" not in x]
        doubles = [f"{a}-{b}" for a in ss[:5] for b in ss[:6] if a != b]
        if culture in _INFLECTED:
            sur_items = [f"{x}/m" for x in s * 4 + doubles] + [f"{x}a/f" for x in s * 4]
            sur_items += [f"{a}a-{b}a/f" for a, b in (d.split("-") for d in doubles)]
        else:
            sur_items = s * 4 + doubles
        last.append(f"{culture}: " + " ".join(sur_items))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _build_names()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|East Suffolk DC|Butley*|IP12
E|East Suffolk DC|Sudbourne*|IP12
E|East Suffolk DC|Iken*|IP12
E|East Suffolk DC|Blaxhall*|IP12
E|East Suffolk DC|Westleton*|IP17
E|East Suffolk DC|Theberton*|IP16
E|Folkestone & Hythe DC|Brookland*|TN29
E|Folkestone & Hythe DC|Ivychurch*|TN29
E|Folkestone & Hythe DC|Old Romney*|TN29
E|Folkestone & Hythe DC|St Mary in the Marsh*|TN29
E|Dorset UA (Cranborne Chase)|Tollard Royal*|SP5
E|Dorset UA (Cranborne Chase)|Ashmore*|SP5
E|Dorset UA (Cranborne Chase)|Farnham (Dorset)*|DT11
E|Dorset UA (Marshwood Vale)|Stoke Abbott*|DT8
E|Dorset UA (Marshwood Vale)|Whitchurch Canonicorum*|DT6
E|Dorset UA (Marshwood Vale)|Broadwindsor*|DT8
E|North Yorks. UA (Swaledale)|Muker*|DL11
E|North Yorks. UA (Swaledale)|Gunnerside*|DL11
E|North Yorks. UA (Swaledale)|Low Row*|DL11
E|North Yorks. UA (Swaledale)|Healaugh*|DL11
E|North Yorks. UA (Wharfedale)|Arncliffe*|BD23
E|North Yorks. UA (Wharfedale)|Kettlewell*|BD23
E|Isle of Wight UA (West Wight)|Mottistone*|PO30
E|Isle of Wight UA (West Wight)|Hulverstone*|PO30
E|Isle of Wight UA (West Wight)|Porchfield*|PO30
E|Isle of Wight UA (West Wight)|Freshwater Bay*|PO40
W|Powys (Sir Faesyfed)|Llanfihangel Nant Melan*|LD8
W|Powys (Sir Faesyfed)|Llanfihangel Helygen*|LD1
W|Powys (Sir Faesyfed)|Llansantffraed-in-Elwel*|LD1
W|Powys (Sir Faesyfed)|Felindre (Maesyfed)*|LD7
W|Powys (Sir Drefaldwyn)|Staylittle*|SY19
W|Powys (Sir Drefaldwyn)|Cwmbelan*|SY18
W|Powys (Sir Drefaldwyn)|Dylife*|SY19
S|Cataibh (Sutherland)|Rogart*|IV28
S|Cataibh (Sutherland)|Melness*|IV27
S|Cataibh (Sutherland)|Altnaharra*|IV27
S|Cataibh (Sutherland)|Clashnessie*|IV27
S|Argyll & Bute (Ìle)|Kilchoman*|PA49
S|Argyll & Bute (Ìle)|Ballygrant*|PA45
S|Argyll & Bute (Ìle)|Port Wemyss*|PA47
S|Argyll & Bute (Muile)|Pennyghael*|PA70
S|Argyll & Bute (Muile)|Ulva Ferry*|PA73
S|Aberdeenshire (Upper Deeside)|Crathie*|AB35
S|Aberdeenshire (Upper Deeside)|Dinnet*|AB34
S|Aberdeenshire (Upper Deeside)|Glenbuchat*|AB36
S|Aberdeenshire (Upper Deeside)|Logie Coldstone*|AB34
N|Causeway Coast & Glens|Glendun*|BT44
N|Causeway Coast & Glens|Knocknacarry*|BT44
N|Mid & East Antrim|Carnalbanagh*|BT40
N|Mid & East Antrim|Feystown*|BT44
N|Mid & East Antrim|Drumnasole*|BT44
N|Mid & East Antrim|Newtowncrommelin*|BT43
"""
_APPLES = (
    "Slack-ma-Girdle, Foxwhelp, Kingston Black, Tom Putt, Yarlington Mill, Sops in Wine, "
    "Catshead, Pitmaston Pineapple, Ashmead Kernel, Brown Snout, Ten Commandments, Hoary Morning, "
    "Nonpareil Orchard, Costard, Cats Head Pear, Hens Turd Pear, Warden Pear, Bloody Ploughman, "
    "Lady Henniker, Sturmer Pippin, Isle of Wight Pippin, Dymock Red, Stoke Red, Pig Aderholt, "
    "Court Pendu Plat, Gennet Moyle, Morgan Sweet, Bess Pool, Hereford Redstreak"
)
_SEABIRDS = "Bonxie, Tammie Norie, Dunter, Scarf, Maa, Tystie, Shalder, Whaup, Loon, Solan, Rain Goose, Alamootie, Scootie Allan"
_WELSH_BIRDS = "y Gylfinir, y Barcud Coch, Pibydd y Dorlan, y Gornchwiglen, y Trochwr, y Dryw Bach, y Bod Tinwyn, yr Hebog Tramor, y Fronfraith"
_ULSTER_BIRDS = "Corncrake Meadow, Jenny Wren Hill, Water Hen Bank, Yellow Yorlin, Peewit, Heron Stalk, Stonechatter, Scaldcrow, Grey Lintie"


def _streets(stems: str, suffixes: list[str], welsh: bool = False) -> str:
    out = []
    for stem in (s.strip() for s in stems.split(",")):
        for suffix in suffixes:
            out.append(f"{suffix} {stem}" if welsh else f"{stem} {suffix}")
    return ", ".join(out)


_STREETS = {
    "E": _streets(_APPLES, ["Close", "Chase", "Mews", "Orchard Way"]),
    "S": _streets(_SEABIRDS, ["Brae", "Wynd", "Gardens", "Terrace"]),
    "W": _streets(_WELSH_BIRDS, ["Lôn", "Heol", "Ffordd", "Rhodfa"], welsh=True),
    "N": _streets(_ULSTER_BIRDS + ", Whaup Hill, Curlew Moss", ["Road", "Lane", "Park", "Grove"]),
}
_HOUSE_NAMES = {
    "E": "Foxwhelp Cottage, Kingston Black House, Costard Barn, Sturmer Lodge, Warden Pear Farm",
    "S": "Bonxie Croft, Tystie House, Shalder Cottage, Solan Lodge",
    "W": "Nyth y Barcud, Tŷ'r Gylfinir, Bwthyn y Trochwr, Hafod y Dryw",
    "N": "Corncrake Cottage, Yorlin House, Peewit Farm, Scaldcrow Lodge",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 50, "S": 18, "W": 16, "N": 16}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
East Suffolk Adult Social Care|Financial Assessment Team|Riverside, 4 Canning Road;Lowestoft;NR33 0EQ|0808 157 1501|fab.team@eastsuffolk-asc.gov.uk
Office of the Public Guardian (Birmingham)|LPA Registrations|PO Box 16185;Birmingham;B2 2WH|0808 157 1502|lpa.registrations@opg-notices.gov.uk
Suffolk County Council Education Access|Children Missing Education - CTF|Endeavour House, 8 Russell Road;Ipswich;IP1 2BX|0808 157 1503|cme.ctf@suffolk-education.gov.uk
Folkestone and Hythe District Council|Community Safety - ASB|Civic Centre, Castle Hill Avenue;Folkestone;CT20 2QY|0808 157 1504|asb.referrals@folkestone-hythe.gov.uk
Powys County Council Housing Options|Homelessness Prevention|The Gwalia, Ithon Road;Llandrindod Wells;LD1 6AA|0808 157 1505|prevention@powys-housing.gov.uk
Causeway Coast and Glens Welfare Advice Service|Welfare Advice - Benefits|Cloonavin, 66 Portstewart Road;Coleraine;BT52 1EY|0808 157 1506|welfare.advice@causewaycoast-glens.gov.uk
Dorset Integrated Care Board|Patient Transport Eligibility|Vespasian House, Barrack Road;Dorchester;DT1 1TG|0808 157 1507|pts.eligibility@dorset-icb.nhs.uk
North Yorkshire Council Welfare Team|Universal Credit Support|County Hall, Racecourse Lane;Northallerton;DL7 8AD|0808 157 1508|uc.support@northyorks-welfare.gov.uk
Isle of Wight Council Housing Renewal|Disabled Facilities Grants|County Hall, High Street;Newport;PO30 1UD|0808 157 1509|dfg.grants@iow-housing.gov.uk
Argyll and Bute Registration Service|Registrar - Deaths|Kilmory;Lochgilphead;PA31 8RT|0808 157 1510|registrars.deaths@argyll-bute-reg.gov.uk
Aberdeenshire Council Housing|Tenancy Fraud Team|Woodhill House, Westburn Road;Aberdeen;AB16 5GB|0808 157 1511|tenancy.fraud@aberdeenshire-housing.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_CARE_HOMES = """
Sandlings Court Care Home|Hollesley Road;Woodbridge;IP12 9ZZ|01632 961 501|admin@sandlingscourt.co.uk
Marsh View Nursing Home|PO Box 23;New Romney;TN28 9ZX|01632 961 502|office@marshviewnursing.co.uk
"""
_SOLICITORS = """
Radnor Forest Law|3 Broad Street;Knighton;LD7 9ZZ|01632 961 503|lpa@radnorforestlaw.co.uk
Wharfe and Swale Solicitors|PO Box 77;Skipton;BD23 9ZY|0113 496 0503|wills@wharfeswale-law.co.uk
"""
_HOSPITALS = """
Wessex Heart and Kidney Unit|Level 2, Dock Road;Poole;BH15 9ZZ|01632 961 504|renal.bookings@wessexheart-nhs.example.uk
Stour Valley Eye Clinic|Clinic Lane;Blandford Forum;DT11 9ZX|01632 961 505|eyeclinic@stourvalley-nhs.example.uk
"""
_BUILDERS = """
Medina Adaptations Ltd|Unit 7, Lukely Works;Newport;PO30 9ZZ|01632 961 506|quotes@medinaadapt.co.uk
Back of the Wight Building Co|PO Box 9;Ventnor;PO38 9ZY|01632 961 507|office@backofthewightbuild.co.uk
"""
_LETTING_AGENTS = """
Glens Lettings|12 Mill Street;Ballymena;BT43 9ZZ|028 9649 6508|lettings@glenslettings.co.uk
Deeside Property Management|PO Box 40;Banchory;AB31 9ZY|01632 961 509|rent@deesidepm.co.uk
"""
_DEBT_ADVISERS = """
Radnorshire Money Advice|The Old Court, Station Road;Presteigne;LD8 9ZZ|01632 961 510|help@radnormoney.org.uk
Montgomeryshire Debt Line|PO Box 5;Newtown;SY16 9ZY|01632 961 511|advice@montdebt.org.uk
"""
_EMAIL_DOMAINS = [
    "btinternet.com",
    "outlook.com",
    "gmail.com",
    "hotmail.co.uk",
    "yahoo.co.uk",
    "icloud.com",
    "virginmedia.com",
    "sky.com",
    "live.co.uk",
    "protonmail.com",
    "aol.co.uk",
    "talktalk.net",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0117 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
    "0151 496 0",
    "0161 496 0",
    "0191 496 0",
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
CARE_HOMES = third_parties(_CARE_HOMES)
SOLICITORS = third_parties(_SOLICITORS)
HOSPITALS = third_parties(_HOSPITALS)
BUILDERS = third_parties(_BUILDERS)
LETTING_AGENTS = third_parties(_LETTING_AGENTS)
DEBT_ADVISERS = third_parties(_DEBT_ADVISERS)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 45)
    surname_pairs = gendered_surname_pairs(
        SURNAMES, lambda n: [n + "a", n.replace("-", "a-") + "a"]
    )
    former_name_culture = "wolof"


# --------------------------------------------------------------------------- helpers
def system_dob(rng: random.Random, d: date) -> str:
    """A date of birth as case systems and forms write it, beyond the shared styles: ISO,
    compact "12031948", "12.3.48", "12-03-1948"; or one of the shared styles."""
    return rng.choice(
        [
            iso(d),
            f"{d:%d%m%Y}",
            f"{d.day}.{d.month}.{d:%y}",
            f"{d:%d-%m-%Y}",
            fmt_date(rng, d),
            fmt_date(rng, d),
        ]
    )


def dob_with_age(doc: Doc3, p: Person, on: date = TODAY) -> Doc3:
    """A date of birth with the age beside it, outside the span: "12/03/1948 (78y)"."""
    rng = doc.rng
    doc.ent("DATE_OF_BIRTH", system_dob(rng, p.dob))
    a = age(p.dob, on)
    return doc.add(rng.choice([f" ({a}y)", f" (age {a})", f"  Age: {a}", f" [{a} yrs]", f" - {a}"]))


def split_paon(a: Address) -> tuple[str | None, str, str | None]:
    """An address's street lines as BS7666 SAON, PAON and street: ("Flat 2", "12", "Bonxie
    Brae"), (None, "Tystie House", "Bonxie Brae") or (None, "Tystie House", None)."""
    lines = a.street_lines
    if len(lines) == 2:
        if lines[1][0].isdigit():
            paon, _, street = lines[1].partition(" ")
            return lines[0], paon, street
        return None, lines[0], lines[1]
    line = lines[0]
    saon = None
    if ", " in line:
        saon, _, line = line.partition(", ")
    if line[0].isdigit():
        paon, _, street = line.partition(" ")
        return saon, paon, street
    return saon, line, None


def siblings(v: V, p: Person, n: int, born: tuple[int, int]) -> list[Person]:
    """``n`` children of p born in ``born`` years, no two born under ten months apart (twins
    aside, real siblings are); drawn again until they fit, the last draw kept otherwise."""
    for _ in range(30):
        kids = v.children(p, n, born=born)
        days = sorted(k.dob for k in kids)
        if all((b - a).days >= 300 for a, b in zip(days, days[1:])):
            break
    return sorted(kids, key=lambda k: k.dob)


# --------------------------------------------------------------------------- layouts
def asc_financial_assessment_capital(doc: Doc3, v: V) -> None:
    """An Adult Social Care financial assessment form: the person's name surname-first, date of
    birth with the age beside it, NI and NHS numbers, the address before admission, the care
    home's contacts (ORGANIZATION), a capital table of accounts with sort codes and account
    numbers, the partner's date of birth and the financial representative's contacts; the
    assessment reference, balances, pension references and admission date stay readable."""
    rng = v.rng
    org, home_c = v.org("Financial Assessment"), rng.choice(CARE_HOMES)
    p, home = v.person(born=(1930, 1960)), v.local("E", ("IP", "TN"))
    rep = v.kin(p, born=(1955, 1990))
    doc.add(f"{org.name.upper()} - FINANCIAL ASSESSMENT (CHARGING FOR CARE)\n")
    doc.add(f"FA ref: FA/{TODAY.year}/{rng.randint(1000, 99999):05d}    Assessment date: ")
    doc.add(f"{dmy(days_ago(rng, 1, 20))}    Completed by: {org.team}\n\n")
    doc.add("SECTION 1 - PERSON BEING ASSESSED\nName: ").nm(p, "surname_caps")
    doc.add(f"    Title: {p.title}\nDate of birth: ")
    dob_with_age(doc, p).add("\nNational Insurance no: ").ident("UK_NINO", v.nino())
    doc.add("\nNHS no: ").ident("UK_NHS", v.nhs()).add("\nAddress before admission: ")
    doc.addr_inline(home)
    residential = rng.random() < 0.6
    if residential:
        doc.add(f"\nCare home: {home_c.name}, ")
        third_party_contact(doc, home_c)
        doc.add(f"\nDate of admission: {dmy(days_ago(rng, 30, 300))} (permanent)")
    if rng.random() < 0.5:
        partner = v.partner(p)
        doc.add("\n\nSECTION 2 - PARTNER\nName: ").nm(partner, "full").add("   DOB: ")
        doc.dob(partner).add("   Living at home: yes")
    doc.add("\n\nSECTION 4 - CAPITAL (balances at date of assessment)\n")
    doc.add("Type            | Provider              | Sort code | Account no | Balance\n")
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["Current a/c", "Savings a/c", "Joint a/c (50%)", "Easy access"])
        bank = rng.choice(
            ["Nationwide BS", "Halifax", "Lloyds", "Barclays", "Yorkshire BS", "Santander"]
        )
        doc.add(f"{kind:<15} | {bank:<21} | ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(" | ").ident("UK_BANK_ACCOUNT", v.account())
        doc.add(f" | {pounds(rng, 40, 18000)}\n")
    doc.add(f"Premium Bonds   | NS&I holder no. {v.ref(10)} |           |            | ")
    doc.add(f"{pounds(rng, 100, 5000)}\n")
    if residential:
        doc.add(
            f"Property        | former home (12-week disregard) |   |   | £{rng.randint(90, 400)},000\n"
        )
    doc.add("Upper capital limit £23,250; lower £14,250.\n\nSECTION 5 - INCOME (weekly)\n")
    doc.add(f"State Pension £{rng.randint(170, 240)}.{rng.randint(0, 99):02d}; occupational ")
    doc.add(f"pension ref PEN{rng.randint(100000, 999999)} £{rng.randint(20, 200)}.00\n\n")
    doc.add("SECTION 7 - FINANCIAL REPRESENTATIVE\nName: ").nm(rep, "full")
    doc.add(f" ({relation_word(rep, child=True)}, LPA registered)\nTel: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("   Email: ").ent("EMAIL_ADDRESS", v.email(rep))
    doc.add("\n\nReturn to ").ent("ORGANIZATION", org.mailbox).add(" or ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def lpa_registration_notice(doc: Doc3, v: V) -> None:
    """An LPA "notice of intention to register" sent to a person to notify, pasted into a
    query: the donor's, attorneys' and replacement attorney's names, dates of birth and
    addresses; a professional attorney's contacts are ORGANIZATION; the LPA reference, signing
    date and objection deadline stay readable."""
    rng = v.rng
    org = v.org("LPA")
    donor, dhome = v.person(born=(1935, 1965)), v.address("W" if rng.random() < 0.5 else None)
    notified, nhome = v.person(), v.address()
    kind = rng.choice(["Property and financial affairs", "Health and welfare"])
    signed = days_ago(rng, 20, 80)
    doc.add("Form LP3  NOTICE OF AN APPLICATION TO REGISTER A LASTING POWER OF ATTORNEY\n\n")
    doc.add("To: ").nm(notified, rng.choice(["title_full", "full"])).add("\n")
    doc.addr_lines(nhome)
    doc.add(f"\nLPA reference: 7000-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}\n")
    doc.add(f"Type: {kind}\n\n1. The donor\nName: ").nm(donor, rng.choice(["full", "middle"]))
    doc.add("\nDate of birth: ").dob(donor).add("\nAddress: ").addr_inline(dhome)
    doc.add(f"\nThe donor signed the LPA on {long_date(signed)}.\n\n2. The attorney(s)\n")
    n = rng.randint(1, 3)
    named = {donor.full}
    for i in range(n):
        if i == 0 and rng.random() < 0.25:
            firm = rng.choice(SOLICITORS)
            doc.add(f"({i + 1}) {firm.name} (professional attorney), ")
            third_party_contact(doc, firm)
            doc.add("\n")
            continue
        for _ in range(20):  # no two attorneys (nor the donor) with one name
            kin = rng.random() < 0.6
            a = v.kin(donor, born=(1955, 2000)) if kin else v.person(born=(1950, 2000))
            if a.full not in named:
                break
        named.add(a.full)
        doc.add(f"({i + 1}) Name: ").nm(a, "full").add("   DOB: ").dob(a)
        doc.add("\n    Address: ").addr_inline(v.address()).add("\n")
    if n > 1:
        doc.add(f"Appointed to act: {rng.choice(['jointly', 'jointly and severally'])}\n")
    if rng.random() < 0.7:
        r = v.person(born=(1950, 2000))
        doc.add("\n3. Replacement attorney\nName: ").nm(r, "full").add("   DOB: ").dob(r).add("\n")
    deadline = TODAY + timedelta(rng.randint(10, 35))
    doc.add(f"\nIf you want to object you must do so by {long_date(deadline)}. ")
    doc.add("Contact the Office of the Public Guardian: ").ent("ORGANIZATION", org.phone)
    doc.add(", ").ent("ORGANIZATION", org.mailbox).add("\n")


def ctf_pupil_transfer_xml(doc: Doc3, v: V) -> None:
    """A school Common Transfer File (CTF) pasted as XML into a children-missing-education
    query: surname and forename in their own elements, the date of birth in ISO form, a BS7666
    address whose SAON, PAON and street are one STREET_ADDRESS span each, contacts' names,
    phones and e-mails; UPNs, LA and establishment numbers and the file's timestamp stay
    readable."""
    rng = v.rng
    org = v.org("CTF")
    parent, home = v.person(born=(1975, 2000)), v.local("E", ("IP",))
    kid = v.children(parent, 1, born=(2011, 2021))[0]
    doc.add(f"Fwd to {org.team} ").ent("ORGANIZATION", org.mailbox)
    doc.add(" - CTF received, pupil not on roll, please trace\n\n")
    doc.add('<?xml version="1.0" encoding="UTF-8"?>\n<CTfile>\n  <Header>\n')
    doc.add("    <DocumentName>Common Transfer File</DocumentName>\n")
    doc.add(f"    <CTFversion>{rng.choice(['20.0', '21.0', '22.0'])}</CTFversion>\n")
    stamp = days_ago(rng, 1, 30)
    doc.add(f"    <DateTime>{iso(stamp)}T{clock_time(rng)}:{rng.randint(10, 59)}</DateTime>\n")
    doc.add(f"    <SourceSchool><LEA>{rng.randint(201, 941)}</LEA><Estab>{rng.randint(1000, 7999)}")
    doc.add("</Estab></SourceSchool>\n")
    doc.add(f"    <DestSchool><LEA>{rng.randint(201, 941)}</LEA><Estab>MMM</Estab></DestSchool>\n")
    doc.add("  </Header>\n  <CTFpupilData>\n    <Pupil>\n")
    doc.add(
        f"      <UPN>{rng.choice('ABCDEFGHJKLMNPRTUVWXYZ')}{rng.randint(10**11, 10**12 - 1)}</UPN>\n"
    )
    doc.add("      <Surname>").ent("PERSON", kid.last).add("</Surname>\n      <Forename>")
    doc.ent("PERSON", kid.first).add("</Forename>\n      <DOB>").ent("DATE_OF_BIRTH", iso(kid.dob))
    doc.add(f"</DOB>\n      <Sex>{'F' if kid.gender == 'f' else 'M'}</Sex>\n      <Address>\n")
    doc.add("        <BS7666Address>\n")
    saon, paon, street = split_paon(home)
    if saon:
        doc.add("          <SAON>").ent("STREET_ADDRESS", saon).add("</SAON>\n")
    doc.add("          <PAON>").ent("STREET_ADDRESS", paon).add("</PAON>\n")
    if street:
        doc.add("          <Street>").ent("STREET_ADDRESS", street).add("</Street>\n")
    if home.district:
        doc.add("          <Locality>").ent("LOCATION", home.district).add("</Locality>\n")
    doc.add("          <Town>").ent("LOCATION", home.town).add("</Town>\n")
    if home.county:
        doc.add("          <AdministrativeArea>").ent("LOCATION", home.county)
        doc.add("</AdministrativeArea>\n")
    doc.add("          <PostCode>").ent("UK_POSTCODE", home.postcode).add("</PostCode>\n")
    doc.add("        </BS7666Address>\n      </Address>\n      <Contacts>\n")
    contacts = [parent] + ([v.partner(parent)] if rng.random() < 0.5 else [])
    for i, c in enumerate(contacts, 1):
        doc.add(
            f"        <Contact>\n          <Order>{i}</Order>\n          <Title>{c.title}</Title>\n"
        )
        doc.add("          <Surname>").ent("PERSON", c.last).add("</Surname>\n          <Forename>")
        doc.ent("PERSON", c.first).add("</Forename>\n          <Relationship>PAR</Relationship>\n")
        doc.add("          <Telephone><TelephoneType>M</TelephoneType><PhoneNo>")
        doc.ent("PHONE_NUMBER", v.phone(True)).add("</PhoneNo></Telephone>\n")
        if rng.random() < 0.6:
            doc.add("          <Email>").ent("EMAIL_ADDRESS", v.email(c)).add("</Email>\n")
        doc.add("        </Contact>\n")
    doc.add("      </Contacts>\n    </Pupil>\n  </CTFpupilData>\n</CTfile>\n")
    doc.add("Tel ").ent("ORGANIZATION", org.phone).add("\n")


_DESCRIPTORS = ["IC1", "IC2", "IC3", "IC4", "IC5", "IC6", "IC9"]
_POLICE = """
Romney Marsh Neighbourhood Policing Team|Police Office, Station Road;New Romney;TN28 9ZQ|01632 961 512|npt.romneymarsh@police-kent.example.uk
Shepway Partnership Hub|PO Box 300;Folkestone;CT20 9ZZ|01632 961 513|partnership.hub@police-kent.example.uk
"""
POLICE = third_parties(_POLICE)


def police_asb_referral_form(doc: Doc3, v: V) -> None:
    """A police-to-council anti-social behaviour referral (Form 1 style): the victim's name
    surname-first in capitals, date of birth and age at the incident, address and phone; named
    perpetrators with dates of birth and addresses, unnamed ones by "IC1"-style descriptor; the
    neighbourhood team's contacts are ORGANIZATION; crime and incident references, collar
    numbers, PNC IDs and the incident date stay readable."""
    rng = v.rng
    org, team = v.org("ASB"), rng.choice(POLICE)
    victim, home = v.person(born=(1940, 2004)), v.local("E", ("TN",))
    officer = v.person()
    when = days_ago(rng, 1, 25)
    doc.add("OFFICIAL-SENSITIVE\nREFERRAL TO PARTNER AGENCY - ANTI-SOCIAL BEHAVIOUR (FORM 1)\n")
    doc.add(f"To: {org.team}, {org.name}  (").ent("ORGANIZATION", org.mailbox).add(", ")
    doc.ent("ORGANIZATION", org.phone).add(")\n")
    doc.add(f"From: PC {rng.randint(1000, 99999)} ").nm(officer, rng.choice(["full", "initial"]))
    doc.add(f", {team.name}, ")
    third_party_contact(doc, team)
    doc.add(f"\nIncident: CAD {rng.randint(1, 9999):04d} {when:%d/%m/%y}   Crime no: ")
    doc.add(f"{rng.randint(10, 99)}/{rng.randint(100000, 999999)}/{when:%y}\n")
    doc.add(f"Date/time of incident: {dmy(when)} {clock_time(rng, 18, 23)}\n\n")
    doc.add("VICTIM / REPORTING PERSON\nName: ").ent(
        "PERSON", f"{victim.last.upper()} {victim.first}"
    )
    doc.add("   DOB: ").dob(victim).add(f"   Age at incident: {age(victim.dob, when)}\n")
    doc.add("Address: ").addr_inline(home).add("\nTel: ").ent("PHONE_NUMBER", v.phone())
    doc.add(
        "\nVulnerability: " + rng.choice(["lives alone", "disabled", "none disclosed"]) + "\n\n"
    )
    doc.add("SUBJECT(S)\n")
    for i in range(rng.randint(1, 2)):
        s = v.person(born=(1995, 2010))
        desc = f"{rng.choice(_DESCRIPTORS)} {'female' if s.gender == 'f' else 'male'}"
        doc.add(f"{i + 1}. Name: ").nm(s, rng.choice(["caps", "full"])).add("  DOB: ").dob(s)
        doc.add(f"  PNC ID: {rng.randint(0, 26):02d}/{rng.randint(100000, 999999)}")
        doc.add(f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}\n   Description: {desc}, ")
        doc.add(f"{rng.choice(['slim', 'medium', 'stocky'])} build\n   Address: ")
        if rng.random() < 0.2:
            doc.add("NFA (no fixed abode)\n")
        else:
            doc.addr_inline(v.local("E", ("TN",))).add("\n")
    doc.add(f"Unknown: {rng.choice(_DESCRIPTORS)} {rng.choice(['male', 'female'])}, ")
    doc.add(f"{rng.choice(['late teens', 'early 20s', '15-17'])}, dark hoodie\n\nSUMMARY: ")
    doc.nm(victim, "first").add(f" reports {rng.choice(['youths', 'subjects'])} kicking a ")
    doc.add("football against the door and shouting abuse. Subject 1 ")
    doc.add(f"known to NPT. Request {org.team} consider ABC / CPW.\n")


def sfs_income_expenditure_statement(doc: Doc3, v: V) -> None:
    """A Standard Financial Statement prepared by a money adviser for homelessness prevention:
    the client's name, date of birth, address, phone, e-mail, bank sort code and account; the
    household with children's first names and ages only; the adviser's and the letting agent's
    contacts are ORGANIZATION; the money amounts, SFS codes and creditor references stay
    readable."""
    rng = v.rng
    org, adv, agent = v.org("Prevention"), rng.choice(DEBT_ADVISERS), rng.choice(LETTING_AGENTS)
    p, home = v.person(born=(1960, 2004)), v.local("W", ("LD", "SY"))
    kids = siblings(v, p, rng.randint(0, 3), (max(p.dob.year + 18, 2008), 2025))
    doc.add(f"STANDARD FINANCIAL STATEMENT (SFS)      prepared for: {org.team}\n")
    doc.add(f"Prepared by {adv.name}, ")
    third_party_contact(doc, adv)
    doc.add(f"\nDate: {dmy(days_ago(rng, 0, 10))}\n\nClient: ").nm(
        p, rng.choice(["full", "middle"])
    )
    doc.add("      DOB: ")
    dob_with_age(doc, p).add("\nAddress: ").addr_inline(home)
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone(True)).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nBank: sort code ").ident(
        "UK_SORT_CODE", v.sort_code()
    )
    doc.add("  a/c ").ident("UK_BANK_ACCOUNT", v.account()).add("\nHousehold: ")
    for k in kids:
        doc.nm(k, "first").add(f" ({relation_word(k, child=True)}, {age(k.dob)}), ")
    doc.add(f"adults {1 + (rng.random() < 0.4)}, children {len(kids)}\n\nINCOME (monthly)\n")
    for label in ["Earnings", "Universal Credit", "Child Benefit", "Other income"]:
        doc.add(f"  {label:<26}{pounds(rng, 0, 1500):>12}\n")
    doc.add("EXPENDITURE (monthly)\n")
    for code, label in [
        ("1000", "Home & contents"),
        ("2000", "Utilities"),
        ("4000", "Food & housekeeping"),
        ("5000", "Transport & travel"),
        ("6000", "Communications & leisure"),
    ]:
        doc.add(f"  {code} {label:<26}{pounds(rng, 20, 700):>12}\n")
    doc.add("PRIORITY DEBTS\n  Rent arrears - ")
    doc.add(f"{agent.name} (").ent("ORGANIZATION", agent.phone).add(") ref ")
    doc.add(f"RA-{rng.randint(100000, 999999)}   {pounds(rng, 300, 4000)}\n")
    doc.add(f"  Council tax {TODAY.year - 1}/{TODAY.year % 100}  acc {v.ref(8)}   ")
    doc.add(f"{pounds(rng, 100, 1500)}\nNON-PRIORITY\n  Catalogue (Lendwell) ref LW{v.ref(7)}  ")
    doc.add(f"{pounds(rng, 50, 900)}\nMonthly deficit: -{pounds(rng, 10, 400)}\n")
    doc.add("Notice seeking possession served by agent: ").ent("ORGANIZATION", agent.mailbox)
    doc.add(f", expires {long_date(TODAY + timedelta(rng.randint(5, 50)))}\n")
    doc.add("Send to ").ent("ORGANIZATION", org.mailbox).add(" (duty line ")
    doc.ent("ORGANIZATION", org.phone).add(")\n")


_HMRC_POSTCODE = "BX9 1AA"  # HMRC's own (a third party's contact: ORGANIZATION)


def child_benefit_hicbc_quoted_email(doc: Doc3, v: V) -> None:
    """A claimant's e-mail quoting an HMRC High Income Child Benefit Charge letter line by line
    ("> "): the sender's name and address inside the quote, NI number, children's names and
    dates of birth; the sender's phone and e-mail; the Child Benefit number, tax year, letter
    date and income threshold stay readable."""
    rng = v.rng
    org = v.org("Welfare Advice")
    p, home = v.person(born=(1975, 1998)), v.local("N", ("BT",))
    kids = siblings(v, p, rng.randint(1, 3), (max(p.dob.year + 18, 2009), 2025))
    em = v.email(p)
    doc.add("From: ").nm(p, "full").add(" <").ent("EMAIL_ADDRESS", em).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(
        "\nSubject: Fw: letter from hmrc about child benefit\n\n"
    )
    doc.add(f"[{org.team}: auto-reply - we aim to answer within 5 working days; urgent? call ")
    doc.ent("ORGANIZATION", org.phone).add("]\n\n")
    doc.add(
        rng.choice(
            [
                "hi, got this letter and dont understand it. ",
                "Hello, please can someone help me with this, ",
                "Hiya, my partner says we owe money now?? ",
            ]
        )
    )
    doc.add("I've typed it out below. My number is ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\nthanks ").nm(p, "first").add(
        "\n\n> HM Revenue and Customs\n> Child Benefit Office\n"
    )
    doc.add("> ").ent("ORGANIZATION", _HMRC_POSTCODE).add(f"\n>\n> {p.title} ")
    doc.nm(p, rng.choice(["full", "caps"])).add("\n> ")
    doc.ent("STREET_ADDRESS", home.street(", "))
    for loc in home.locations:
        doc.add("\n> ").ent("LOCATION", loc)
    doc.add("\n> ").ent("UK_POSTCODE", home.postcode)
    doc.add(f"\n>\n> Date: {long_date(days_ago(rng, 3, 20))}\n")
    doc.add(
        f"> Child Benefit number: CHB{rng.randint(10**7, 10**8 - 1)} {v.code(2, 'ABCDEFGHJKLMN')}\n"
    )
    doc.add("> National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add(
        "\n>\n> High Income Child Benefit Charge\n>\n> Our records show you get Child Benefit for:\n"
    )
    for k in kids:
        doc.add(">   ").nm(k, "full").add(", born ").dob(k).add("\n")
    y = TODAY.year - 1
    doc.add("> If you or your partner had an adjusted net income over £60,000 in the tax year\n")
    doc.add(f"> 6 April {y} to 5 April {y + 1} you may have to pay the charge. Register for\n")
    doc.add(f"> Self Assessment by 5 October {y + 1}.\n")


def patient_transport_eligibility_call_log(doc: Doc3, v: V) -> None:
    """A non-emergency patient transport eligibility call log with time-stamped lines: the
    patient's name, NHS number, date of birth with age, pick-up address, the caller's and
    escort's names and phone; the hospital's contacts are ORGANIZATION; the call id, booking
    reference, appointment date and time and mobility codes stay readable."""
    rng = v.rng
    org, hosp = v.org("Patient Transport"), rng.choice(HOSPITALS)
    p, home = v.person(born=(1932, 1965)), v.local("E", ("DT", "SP"))
    caller = v.kin(p, born=(1955, 1995))
    t = rng.randint(8 * 3600, 16 * 3600)

    def stamp() -> str:
        nonlocal t
        t += rng.randint(8, 50)
        return f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}] "

    doc.add(f"{org.team.upper()} - CALL LOG\nCall ID PTS-{TODAY:%y%m}-{rng.randint(10000, 99999)}")
    doc.add(f"  Handler: {v.code(2, 'ABCDEFGHJKLMNPRSTW')}\n")
    doc.add(stamp() + "Caller: ").nm(caller, rng.choice(["full", "first"]))
    doc.add(f" ({relation_word(caller, child=True)}) tel ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n" + stamp() + "Patient: ").nm(p, rng.choice(["full", "surname_caps", "caps"]))
    doc.add("  NHS: ").ident("UK_NHS", v.nhs()).add("  DOB: ")
    dob_with_age(doc, p).add("\n" + stamp() + "Pick-up: ").addr_inline(home)
    doc.add(f"; {rng.choice(['2 steps', 'ground floor', 'key safe', 'lift out of order'])}\n")
    doc.add(stamp() + f"Destination: {hosp.name}, ")
    third_party_contact(doc, hosp)
    appt = TODAY + timedelta(rng.randint(2, 20))
    doc.add(f"; appt {dmy(appt)} {clock_time(rng, 8, 16)}\n")
    doc.add(
        stamp() + f"Mobility: {rng.choice(['C1 walking aid', 'C2 wheelchair', 'C3 stretcher'])}"
    )
    if rng.random() < 0.6:
        esc = v.kin(p, born=(1950, 2000))
        doc.add("; escort: ").nm(esc, "full").add(" ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\n" + stamp() + f"Eligibility Q{rng.randint(1, 6)} medical need: YES -> ELIGIBLE\n")
    doc.add(stamp() + f"Booking ref PB-{rng.randint(100000, 999999)} confirmed; return TBC\n")
    doc.add("Escalations: ").ent("ORGANIZATION", org.mailbox).add(" / ").ent(
        "ORGANIZATION", org.phone
    )
    doc.add("\n")


def uc_todo_list_transcription(doc: Doc3, v: V) -> None:
    """A support worker types out a claimant's Universal Credit account screens (to-do list,
    your details, payments): the claimant's name, NI number, date of birth, driving licence for
    identity, bank details, address, phone and e-mail; the landlord's contacts are
    ORGANIZATION; to-do deadlines, the assessment period, the next payment date and a masked
    account ending stay readable."""
    rng = v.rng
    org, agent = v.org("Universal Credit"), rng.choice(LETTING_AGENTS)
    p, home = v.person(born=(1960, 2005)), v.local("E", ("DL", "BD"))
    worker = v.person()
    acct = v.account()
    doc.add(f"To: {org.team} ").ent("ORGANIZATION", org.mailbox).add(" (tel ")
    doc.ent("ORGANIZATION", org.phone).add(")")
    doc.add("\nTyped up from ").nm(p, "first").add(
        f"'s UC account on {pron(p)[1]} phone, {dmy(TODAY)}\n\n"
    )
    doc.add("== Your details ==\nName: ").nm(p, "full").add("\nDate of birth: ").dob(p)
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nAddress: ").addr_inline(home).add("\nPhone: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\n== Your to-do list ==\n")
    due = TODAY + timedelta(rng.randint(2, 10))
    doc.add(f"[ ] Verify your identity - Due by {long_date(due)}\n    ID used: driving licence ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add(
        f"[ ] Add your housing costs - Due by {long_date(due + timedelta(rng.randint(1, 5)))}\n"
    )
    doc.add(f"    Landlord: {agent.name}, ")
    third_party_contact(doc, agent)
    doc.add(
        f"\n[x] Accept your claimant commitment - Completed {long_date(days_ago(rng, 2, 12))}\n"
    )
    doc.add("[ ] Confirm your bank details\n    Sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add("   Account number ").ident("UK_BANK_ACCOUNT", acct)
    tail = "".join(c for c in acct[0] if c.isdigit())[-4:]
    start = days_ago(rng, 5, 25)
    doc.add(f"\n\n== Payments ==\nAssessment period {start.day} {_MONTHS[start.month - 1]} to ")
    end = start + timedelta(29)
    doc.add(f"{end.day} {_MONTHS[end.month - 1]}\nNext payment {long_date(end + timedelta(7))}")
    doc.add(f" into account ending ****{tail}\n\nTyped by ").nm(worker, "full")
    doc.add(", support worker - tenancy sustainment\n")


def dfg_contractor_quote(doc: Doc3, v: V) -> None:
    """A builder's quotation for a Disabled Facilities Grant: the builder's own letterhead,
    phone and e-mail (ORGANIZATION), the client's name, date of birth from the OT referral,
    address and phone, the occupational therapist and a relative to call for access; the
    quote number, VAT number, prices and dates stay readable."""
    rng = v.rng
    org, firm = v.org("Disabled Facilities"), rng.choice(BUILDERS)
    p, home = v.person(born=(1935, 1990)), v.local("E", ("PO",))
    ot = v.person()
    doc.add(f"{firm.name}\n")
    for line in firm.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("T ").ent("ORGANIZATION", firm.phone).add("  E ").ent("ORGANIZATION", firm.mailbox)
    doc.add(
        f"\nVAT Reg No: GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}\n\n"
    )
    doc.add(
        f"QUOTATION  No. Q-{TODAY:%y}-{rng.randint(1000, 9999)}   Date: {dmy(days_ago(rng, 1, 15))}"
    )
    doc.add(f"   Valid for 30 days\nFor: {org.team}, {org.name}, ")
    doc.ent("ORGANIZATION", org.mailbox).add(", ").ent("ORGANIZATION", org.phone)
    doc.add(f"\n\nClient: {p.title} ")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add("   DOB (per OT referral): ").dob(p)
    doc.add("\nProperty: ").addr_inline(home).add("\nClient tel: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nOT: ").nm(ot, rng.choice(["full", "initial"])).add(" (council OT)\n\n")
    doc.add("Item | Description                                         | £\n")
    items = [
        "Remove bath, supply and fit level-access shower, anti-slip floor",
        "Straight stairlift, fitted, 5-year warranty",
        "Concrete ramp to front door, 1:12 gradient, handrails",
        "Widen doorway to 900mm, make good",
        "Close-coupled wash/dry WC",
    ]
    total = 0
    for i, item in enumerate(rng.sample(items, rng.randint(2, 4)), 1):
        price = rng.randint(300, 6000)
        total += price
        doc.add(f"{i:>4} | {item:<51} | {price:,}.00\n")
    doc.add(f"Total (VAT zero-rated for disabled persons) £{total:,}.00\n\nAccess: call ")
    rel = v.kin(p, born=(1955, 2002))
    doc.nm(rel, "first").add(f" ({relation_word(rel, child=True)}) on ").ent(
        "PHONE_NUMBER", v.phone(True)
    )
    doc.add(f"\nStart possible w/c {dmy(TODAY + timedelta(rng.randint(14, 60)))}\n")


def registrar_death_appointment_email(doc: Doc3, v: V) -> None:
    """A registrar's e-mail confirming an appointment to register a death and reading back the
    details the informant gave: the deceased's names (and former surname), date of birth, NHS
    number, usual address, passport and driving licence to bring; the informant's name and
    e-mail; the appointment time, MCCD reference and date of death stay readable."""
    rng = v.rng
    org = v.org("Registrar")
    d, home = v.person(born=(1930, 1975)), v.local("S", ("PA",))
    inf = v.kin(d, born=(1950, 2000))
    died = days_ago(rng, 1, 6)
    appt = TODAY + timedelta(rng.randint(1, 7))
    slot = f"{rng.randint(9, 15):02d}:{rng.choice(['00', '15', '30', '45'])}"
    doc.add("From: ").ent("ORGANIZATION", org.mailbox).add("\nTo: ").ent(
        "EMAIL_ADDRESS", v.email(inf)
    )
    doc.add("\nSubject: Appointment to register the death of ").nm(d, "full")
    doc.add(f" - {appt:%a %d %b} {slot}\n\nDear ").nm(inf, "first")
    doc.add(",\n\nI am sorry for your loss. Your appointment is on ")
    doc.add(f"{appt:%A} {long_date(appt)} at {slot}. We have received the ")
    doc.add(f"medical certificate (MCCD ref {TODAY.year}/MC/{rng.randint(1000, 9999)}).\n\n")
    doc.add("Please check the details you gave us:\n  Name of the deceased: ").nm(d, "caps")
    if d.gender == "f" and rng.random() < 0.6:
        doc.add("\n  Maiden surname: ").ent("PERSON", v.former_name(d).upper())
    doc.add(f"\n  Date of death: {long_date(died)}\n  Date of birth: ").dob(d)
    doc.add("\n  Usual address: ").addr_inline(home)
    doc.add("\n  NHS number: ").ident("UK_NHS", v.nhs())
    if rng.random() < 0.5:
        sp = v.partner(d)
        doc.add(f"\n  {'Husband' if sp.gender == 'm' else 'Wife'}: ").nm(sp, "full")
    doc.add("\n\nPlease bring, if you have them, the deceased's passport (you gave no. ")
    doc.ident("UK_PASSPORT", v.passport()).add(") and driving licence (")
    doc.ent("UK_DRIVING_LICENCE", v.licence(d)).add(") so we can tell the issuing offices.\n\n")
    doc.add(f"{org.team}\n{org.name}\n").ent("ORGANIZATION", org.phone).add("\n")


def tenancy_fraud_tipoff_web_form(doc: Doc3, v: V) -> None:
    """A tenancy fraud tip-off from a web form: numbered questions, tick boxes, answers typed
    in a hurry; the tenant's name, the council property's address, where the tenant is said to
    live with a partner, phones; the tipster's own name and contacts unless anonymous; the
    submission id and received time stay readable."""
    rng = v.rng
    org = v.org("Tenancy Fraud")
    t, prop = v.person(born=(1960, 2002)), v.local("S", ("AB",))
    doc.add(
        f"Report tenancy fraud - form submission\nSubmission ID: TF-{v.code(8, '0123456789abcdef')}"
    )
    doc.add(f"\nReceived: {dmy(days_ago(rng, 0, 5))} {clock_time(rng, 0, 23)}\n")
    doc.add(f"Routed to: {org.team} ").ent("ORGANIZATION", org.mailbox).add(" / ")
    doc.ent("ORGANIZATION", org.phone).add("\n\n")
    anon = rng.random() < 0.5
    doc.add(f"1. Do you want to stay anonymous?  {'Yes' if anon else 'No'}\n2. Your name: ")
    if anon:
        doc.add("-\n3. Your phone / email: -\n")
    else:
        r = v.person()
        doc.nm(r, rng.choice(["full", "lower"])).add("\n3. Your phone / email: ")
        doc.ent("PHONE_NUMBER", v.phone()).add(" / ").ent("EMAIL_ADDRESS", v.email(r)).add("\n")
    doc.add("4. Address of the council home: ").addr_inline(prop)
    doc.add("\n5. Tenant's name (if known): ").nm(t, rng.choice(["full", "lower", "surname"]))
    doc.add("\n6. What do you think is happening?\n   [x] Subletting  [ ] Not living there  ")
    doc.add("[ ] Selling keys  [ ] Lied on application\n7. Where does the tenant live now?\n   ")
    partner = v.partner(t)
    s, h = pron(t)
    doc.add(f"{s} moved in with {h} {'boyfriend' if partner.gender == 'm' else 'girlfriend'} ")
    doc.nm(partner, rng.choice(["full", "first"])).add(" at ").addr_inline(
        v.address(), postcode=rng.random() < 0.5
    )
    doc.add(" i think\n8. Who lives there now? ")
    lodger = v.person(gender="m")
    doc.add("2 men, one called ").nm(lodger, "first")
    doc.add(f", since about {_MONTHS[rng.randint(0, 11)]}. ")
    doc.add(f"{s} comes on the {ordinal_day(rng)} to get post. ")
    doc.add(f"{h} mobile ").ent("PHONE_NUMBER", v.phone(True)).add("\n")


def ordinal_day(rng: random.Random) -> str:
    day = rng.randint(1, 28)
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    asc_financial_assessment_capital,
    lpa_registration_notice,
    ctf_pupil_transfer_xml,
    police_asb_referral_form,
    sfs_income_expenditure_statement,
    child_benefit_hicbc_quoted_email,
    patient_transport_eligibility_call_log,
    uc_todo_list_transcription,
    dfg_contractor_quote,
    registrar_death_appointment_email,
    tenancy_fraud_tipoff_web_form,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT15 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT15.organisation_contacts
build_row = HELDOUT15.build_row
generate_heldout15 = HELDOUT15.generate
write_set = HELDOUT15.write_set
main = HELDOUT15.main


if __name__ == "__main__":
    main()
