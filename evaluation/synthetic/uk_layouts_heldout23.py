# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout23: a twenty-third held-out SYNTHETIC family of UK correspondence with labelled
personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-02:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor or any scorer on it. It measures recall and precision on layouts and values nobody
has tuned on; it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout23(n, seed)`` returns rows ``{"id": "uklayout-heldout23-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout23",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout23 -o
var/eval/pii_uk_layouts_heldout23.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout23.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout22).
Every value table here is new, and tests/test_uk_layouts_heldout23.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: Hassaniya-speaking Mauritanian Moors
  (Mariem, Mohamedou; the gendered patronymics "Ould Ahmedou" and "Mint Ahmedou"), Hutsuls of
  the Ukrainian Carpathians (Paraska, Yurko; Shkribliak, written in Cyrillic in their letter),
  Luhya (Nafula, Wekesa; Mukhwana), Sundanese (Euis, Asep; Sunarya), Kpelle of Liberia (Kebeh,
  Flomo; Gbowee), Occitan (Mirelha, Guilhèm; Castanhet), Chakma (Chandrika, Rupayan; Khisa),
  Zaghawa of Chad and Darfur (Kaltouma, Mahamat; Hassaballah), Ede of the Central Highlands
  (forenames of two words "H'Linh" and "Y Ngông"; Niê), Limbu (Hangma, Yehang; Tumbahangphe)
  and Tangkhul Naga (Ngalasem, Shimreingam; Shimray), with hyphenated forenames and
  double-barrelled surnames where the community has them;
* villages and county forms no earlier family used: Bodmin Moor under its old name Fowey Moor
  (PL), Wensleydale (DL), the Forest of Dean (GL), the Lincolnshire Wolds (LN) and the Romney
  Marsh levels (TN); north and west Skye and Sleat (IV), Mull (PA) and the East Neuk of Fife
  (KY); Bannau Brycheiniog (LD, NP), Dyffryn Clwyd (LL) and Dyffryn Tywi (SA); the Clogher
  Valley, South Armagh and the Roe Valley (BT); street names from bell-ringing ("Grandsire
  Close"), Scots weather words ("Haar Wynd", "Simmer Dim Brae"), the Welsh harp ("Heol y
  Delyn") and glacial landforms ("Esker Crescent");
* new recipient organisations (allow-listed) and third parties (GP practices, a repairs
  contractor, employers, a deposit protection scheme) whose own contact details are
  ORGANIZATION.

Layouts (11): whatsapp_business_quoted_replies (a housing association's WhatsApp Business
chat with quoted replies, some senders shown by phone number); tenancy_agreement_scanned_page
(OCR of an assured shorthold tenancy's first page: hard wraps, hyphenation, confusions outside
values); fit_note_typed_into_uc_journal (a fit note typed into the Universal Credit journal);
repair_portal_ticket_history (a repairs portal's status history); voter_authority_certificate_
application (surname and forenames in separate fields); hmrc_p800_calculation_query_letter (a
letter querying a P800 with Marriage Allowance and refund bank details);
pals_enquiry_web_form_submission (an NHS PALS web form sent on a patient's behalf);
rent_arrears_repayment_agreement (a signed agreement with Direct Debit details);
carers_allowance_change_of_circumstances (a DWP change form); hassaniya_arabic_language_letter
and hutsul_ukrainian_language_letter (whole letters in Arabic and Ukrainian, names in the
script of the letter and in passport Latin letters).

Labelling conventions are heldout22's (the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone, "SURNAME, Forename" and names in capitals
are PERSON, and so is a name in Arabic or Cyrillic script. Addresses split into STREET_ADDRESS +
one LOCATION each for district, town/village and county + UK_POSTCODE. Only dates of birth are
DATE_OF_BIRTH (also "12 مارس 1985" and "12 березня 1985"); appointment, assessment, tenancy,
payment and fit note dates stay unlabelled. Third parties' own address lines, phones and
mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes (precision): chat
timestamps, repair job references and attachment names; tenancy start dates, rents, deposit
references and deposit scheme ids; fit note dates and durations; ticket numbers, ISO
timestamps, UPRNs and priority codes; VAC application and elector numbers; PAYE references, tax
codes, tax years and amounts; PALS submission ids and hospital (MRN) numbers; tenancy and rent
account numbers and instalments; Carer's Allowance hours and building society roll numbers;
case numbers, rents and dates in the foreign letters. ~10% of NI, NHS, sort code, account and
passport numbers are MISTYPED (span ``"mistyped": True``); ~10% of rows hide a Unicode trick
inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* in the WhatsApp chat a sender shown by phone number is PHONE_NUMBER; the housing association's
  business account name is neither labelled nor ORGANIZATION (it is the organisation's name);
  its staff first names are PERSON; a quoted line ("> ...") repeats values, and each repeat is
  labelled again;
* in the tenancy agreement the landlord is a private person (PERSON, address and bank details
  labelled like anyone's); the deposit scheme's contacts are ORGANIZATION;
* in the fit note the doctor is PERSON, the GP practice's contacts ORGANIZATION;
* in the repairs portal history staff and operatives are PERSON ("J. Smith" forms too);
* in the voter authority certificate form the surname and the forenames are separate PERSON
  spans;
* in the PALS form the patient and the enquirer are PERSON; the hospital number is unlabelled;
* in the Arabic and Ukrainian letters the name in the letter's script and the name in passport
  Latin letters are separate PERSON spans; "р." after a Ukrainian date is not part of the span.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    DRAMA_LANDLINES,
    ENTITY_TYPES,
    Doc3,
    Family,
    Values,
    clock_time,
    days_ago,
    digits,
    dmy,
    fmt_date,
    gendered_surname_pairs,
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
    "arabic_date",
    "build_row",
    "cyrillic_name",
    "generate_heldout23",
    "main",
    "organisation_contacts",
    "ukrainian_date",
    "ukrainian_latin",
    "write_set",
]

FAMILY = "heldout23"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Hassaniya names with their Arabic spelling; surnames are "Ould <father>" (m) / "Mint" (f)
_HASSANIYA_F = {
    "Mariem": "مريم",
    "Aichetou": "عيشة",
    "Khadijetou": "خديجة",
    "Vatimetou": "فاطمة",
    "Mekfoula": "مكفولة",
    "Toutou": "توتو",
    "Mneiha": "منيهة",
    "Zeinebou": "زينب",
    "Salka": "السالكة",
    "Tekber": "تكبر",
}
_HASSANIYA_M = {
    "Mohamedou": "محمدو",
    "Ahmedou": "أحمدو",
    "Sidaty": "سيداتي",
    "Cheikhna": "شيخنا",
    "Bouya": "بويا",
    "Beyrouk": "بيروك",
    "Deddah": "دداه",
    "Isselmou": "اسلمو",
    "Ethmane": "اعثمان",
    "Limam": "الإمام",
    "Sidi Mohamed": "سيدي محمد",
}
_HASSANIYA_FATHERS = {
    **{k: v for k, v in _HASSANIYA_M.items() if " " not in k},
    "Abdallahi": "عبد الله",
    "Taleb": "الطالب",
}
ARABIC = {**_HASSANIYA_F, **_HASSANIYA_M}
ARABIC |= {f"Ould {k}": f"ولد {v}" for k, v in _HASSANIYA_FATHERS.items()}
ARABIC |= {f"Mint {k}": f"منت {v}" for k, v in _HASSANIYA_FATHERS.items()}

# Hutsul names in Cyrillic; the Latin forms are the Ukrainian passport transliteration
_HUTSUL_F = "Параска Явдоха Докія Палагна Гафія Марічка Юстина Василина Калина Ганнуся"
_HUTSUL_M = "Юрко Онуфрій Гнат Ілько Василько Федір Михайлко Лук'ян Никифор Тимофій"
_HUTSUL_S = (
    "Шкрібляк Тафійчук Шекерик Кікінчук Палійчук Юрійчук Гуцуляк Зеленчук Тимків Дутчак Ґеник "
    "Хімчак Рибарук"
)
_UA_LATIN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia _".split(),
        strict=True,
    )
)
_UA_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ukrainian_latin(word: str) -> str:
    """A Ukrainian word in the national (passport) transliteration: "Юрійчук" -> "Yuriichuk"."""
    out = []
    for i, c in enumerate(word):
        low = c.lower()
        if low not in _UA_LATIN:
            out.append(c)
            continue
        start = i == 0 or word[i - 1] in " -"
        t = _UA_INITIAL.get(low, _UA_LATIN[low]) if start else _UA_LATIN[low]
        if low == "г" and i > 0 and word[i - 1].lower() == "з":
            t = "gh"
        t = "" if t == "_" else t
        out.append(t.capitalize() if c.isupper() else t)
    return "".join(out)


CYRILLIC = {ukrainian_latin(w): w for w in f"{_HUTSUL_F} {_HUTSUL_M} {_HUTSUL_S}".split()}


def _f(names: str) -> str:
    return " ".join(f"{n}/f" for n in names.split())


def _m(names: str) -> str:
    return " ".join(f"{n}/m" for n in names.split())


def _u(names: dict[str, str]) -> str:
    return " ".join(n.replace(" ", "_") for n in names)


# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name;
# a surname may carry /f or /m (the Hassaniya patronymics)
_BASE = {
    "hassaniya": (
        _u(_HASSANIYA_F),
        _u(_HASSANIYA_M),
        " ".join(
            f"Ould_{k.replace(' ', '_')}/m Mint_{k.replace(' ', '_')}/f" for k in _HASSANIYA_FATHERS
        ),
    ),
    "hutsul": (
        " ".join(ukrainian_latin(w) for w in _HUTSUL_F.split()),
        " ".join(ukrainian_latin(w) for w in _HUTSUL_M.split()),
        " ".join(ukrainian_latin(w) for w in _HUTSUL_S.split()),
    ),
    "luhya": (
        "Nafula Nasimiyu Naliaka Nekesa Nanjala Namalwa Nangila Khasoa Nabwire Navalayo Nasambu "
        "Nekoye",
        "Wasike Wekesa Simiyu Barasa Wanjala Makokha Wamalwa Masinde Khaemba Wanyonyi Wafukho",
        "Mukhwana Shikuku Wekesa Barasa Wamalwa Makokha Masinde Khaemba Wanyonyi Mulama Shitanda "
        "Muliro Kweyu Wasilwa Nabwera Wanzala",
    ),
    "sundanese": (
        "Euis Neneng Enok Entin Nining Iis Cucu Imas Ai Yeyet Ecin Onih",
        "Asep Ujang Dadang Cecep Yayat Aceng Didin Encep Jajang Dudung Ohim Karna",
        "Sunarya Suhendar Sumantri Permana Kusnadi Rustandi Mulyana Saepudin Supriatna Somantri "
        "Wiratmaja Kartawijaya Sukmana Rohendi Sutisna Rukmana Karnadi",
    ),
    "kpelle": (
        "Leymah Kebeh Gbeme Korto Nyanpu Yassah Weade Massa Kou Musu Nowai Gormah",
        "Flomo Kollie Kerkula Saye Boima Gbessay Kortu Sumo Kpadeh Gbelee",
        "Flomo Kollie Gbowee Kerkula Tokpah Kolubah Kpadeh Sumo Gbelee Mulbah Korvah Nyumah Kpoto "
        "Yarkpawolo Gbarzon Pewee Zinnah Gbanyan",
    ),
    "occitan": (
        "Mirelha Azalaïs Estela Audeta Blancaflor Marieta Guilhelmina Peireta Floreta Alienòr "
        "Clamença Delfina",
        "Guilhèm Bernat Peire Jòrdi Amiel Esteve Miquèl Tòni Benezet Ramonet Bertomieu",
        "Bonafós Castanhet Delpuèg Rocaforta Lagarda Fabrègas Montanhac Sirventés Cazalis Lacomba "
        "Fontanèl Malaterra Carrièra Ribairòl Auriòl Sabatièr Pelhon Fabregon",
    ),
    "chakma": (
        "Chandrika Sumita Nandita Rupashi Jhuma Bijita Chanchala Ronjita Madhabi Shefali",
        "Rupayan Jyotirindra Mithun Prashanta Kirti Sudatta Dipayan Ushatan Shantimoy Gyanendu "
        "Aniruddha",
        "Chakma Khisa Roaza Larma Karbari Tongchangya Dhamai Changma Wangjha Lorbo",
    ),
    "zaghawa": (
        "Achta Kaltouma Fatimé Halimé Haoua Zenaba Khadidja Hadjé Mahadia Achoui Nafissa",
        "Mahamat Abakar Hassaballah Issakha Abdelkerim Haroun Bichara Annour Djibrine Ahmat",
        "Abakar Itno Bichara Djibrine Annour Hassaballah Issakha Abdelkerim Timan Dagache Erdimi "
        "Outman",
    ),
    "ede": (
        "H'Linh H'Hen H'Bla H'Yim H'Wen H'Mai H'Nhi H'Ruth H'Dơk H'Juê",
        "Y_Bih Y_Moan Y_Ngông Y_Tlam Y_Kuăl Y_Blô Y_Jut Y_Sơn Y_Khuê Y_Thông",
        "Niê Ksơr Mlô Êban Adrơng Byă Hwing Knul Mdrang Niê_Kdăm Ênuôl Ayŭn Êya",
    ),
    "limbu": (
        "Sanchamaya Purnamaya Hangma Sirjana Manita Lalima Mukunda Samundra Yehangma Sereng",
        "Yehang Hangsa Sirijunga Prem Tej Kiran Dil",
        "Tumbahangphe Yakthumba Nembang Chemjong Angbuhang Lingden Hangsarumba Phejong Thebe "
        "Lawati Ingnam Yongya Sambahamphe Kurumbang Khumbahang",
    ),
    "tangkhul": (
        "Ngalasem Yaoreiphi Ngayaphi Sanaphi Ningreichon Pamleiphi Lanthing Chonlei Shimreichon "
        "Akhaphi Ningshimphi",
        "Shimreingam Wungreiyon Themsem Awungshi Ngalangzar Ramkathing Thotreishang Yaronsho "
        "Phungreiso Kashung",
        "Shimray Ningshen Muivah Zimik Raikhan Hungyo Kasar Vashum Khayi Luithui Horam Shaiza "
        "Mashangva Pamei Keishing Ruivah",
    ),
}
_NO_HYPHENS = {"hassaniya", "hutsul", "ede"}  # forenames not joined, surnames not doubled


def _single(words: list[str]) -> list[str]:
    return [w for w in words if "_" not in w and "-" not in w and "/" not in w]


def _names_text() -> tuple[str, str]:
    """The name tables in the shared ``"culture: names"`` form."""
    first, last = [], []
    for culture, (fem, mal, sur) in _BASE.items():
        f, m, s = fem.split(), mal.split(), sur.split()
        fs, ms = _single(f), _single(m)
        hyph: list[str] = []
        doubles: list[str] = []
        if culture not in _NO_HYPHENS:
            hyph = [f"{a}-{b}/f" for a in fs[:2] for b in fs[3:5]]
            hyph += [f"{a}-{b}/m" for a in ms[:2] for b in ms[3:5]]
            ss = _single(s)
            doubles = [f"{a}-{b}" for a in ss[:3] for b in ss[5:8]]
        first.append(
            f"{culture}: " + " ".join([f"{x}/f" for x in f * 4] + [f"{x}/m" for x in m * 4] + hyph)
        )
        last.append(f"{culture}: " + " ".join(s * 4 + doubles))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _names_text()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|Cornwall (Fowey Moor)|Tremar*|PL14
E|Cornwall (Fowey Moor)|Crows Nest*|PL14
E|Cornwall (Fowey Moor)|Commonmoor*|PL14
E|Cornwall (Fowey Moor)|Draynes*|PL14
E|Cornwall (Fowey Moor)|Golitha*|PL14
E|Cornwall (Fowey Moor)|Redgate Cornwall*|PL14
E|Cornwall (Fowey Moor)|Siblyback*|PL14
E|Cornwall (Fowey Moor)|Trekeivesteps*|PL14
E|Cornwall (Fowey Moor)|Trewint*|PL15
E|Cornwall (Fowey Moor)|Trebullett*|PL15
E|Cornwall (Fowey Moor)|Coads Green*|PL15
E|Cornwall (Fowey Moor)|Bathpool*|PL15
E|Cornwall (Fowey Moor)|Berriowbridge*|PL15
E|Cornwall (Fowey Moor)|Fivelanes*|PL15
E|Cornwall (Fowey Moor)|Treween*|PL15
E|Cornwall (Fowey Moor)|Trewassa*|PL15
E|Cornwall (Fowey Moor)|Hallworthy*|PL15
E|Cornwall (Fowey Moor)|Tresinney*|PL15
E|Cornwall (Fowey Moor)|Pendoggett*|PL30
E|Cornwall (Fowey Moor)|Helstone*|PL30
E|Cornwall (Fowey Moor)|Trewalder*|PL30
E|Cornwall (Fowey Moor)|Mount Cardinham*|PL30
E|Cornwall (Fowey Moor)|Bradford Blisland*|PL30
E|N. Yorks. (Wensleydale)|Thoralby*|DL8
E|N. Yorks. (Wensleydale)|Newbiggin Bishopdale*|DL8
E|N. Yorks. (Wensleydale)|West Burton Wensleydale*|DL8
E|N. Yorks. (Wensleydale)|Castle Bolton*|DL8
E|N. Yorks. (Wensleydale)|Preston-under-Scar*|DL8
E|N. Yorks. (Wensleydale)|Appersett*|DL8
E|N. Yorks. (Wensleydale)|Burtersett*|DL8
E|N. Yorks. (Wensleydale)|Sedbusk*|DL8
E|N. Yorks. (Wensleydale)|Simonstone Wensleydale*|DL8
E|N. Yorks. (Wensleydale)|Cotterdale*|DL8
E|N. Yorks. (Wensleydale)|Worton*|DL8
E|N. Yorks. (Wensleydale)|Countersett*|DL8
E|N. Yorks. (Wensleydale)|Stalling Busk*|DL8
E|N. Yorks. (Wensleydale)|Marsett*|DL8
E|Glos. (Forest of Dean)|Blakeney Hill*|GL15
E|Glos. (Forest of Dean)|Moseley Green*|GL15
E|Glos. (Forest of Dean)|Oldcroft*|GL15
E|Glos. (Forest of Dean)|Yorkley Slade*|GL15
E|Glos. (Forest of Dean)|Bream's Eaves*|GL16
E|Glos. (Forest of Dean)|Ellwood*|GL16
E|Glos. (Forest of Dean)|Sling*|GL16
E|Glos. (Forest of Dean)|Edge End*|GL16
E|Glos. (Forest of Dean)|Christchurch Dean*|GL16
E|Glos. (Forest of Dean)|Broadwell Dean*|GL16
E|Glos. (Forest of Dean)|Worrall Hill*|GL17
E|Glos. (Forest of Dean)|Mile End Dean*|GL17
E|Glos. (Forest of Dean)|Shortstanding*|GL17
E|Lincs. (The Wolds)|Kirmond le Mire*|LN8
E|Lincs. (The Wolds)|Stainton le Vale*|LN8
E|Lincs. (The Wolds)|Thoresway*|LN8
E|Lincs. (The Wolds)|Croxby*|LN8
E|Lincs. (The Wolds)|Normanby le Wold*|LN8
E|Lincs. (The Wolds)|Claxby Wolds*|LN8
E|Lincs. (The Wolds)|Tealby Thorpe*|LN8
E|Lincs. (The Wolds)|Kelstern*|LN11
E|Lincs. (The Wolds)|Calcethorpe*|LN11
E|Lincs. (The Wolds)|Biscathorpe*|LN11
E|Lincs. (The Wolds)|Gayton le Wold*|LN11
E|Lincs. (The Wolds)|Withcall*|LN11
E|Lincs. (The Wolds)|Raithby Louth*|LN11
E|Lincs. (The Wolds)|Hallington*|LN11
E|Lincs. (The Wolds)|Tathwell*|LN11
E|Lincs. (The Wolds)|Haugham*|LN11
E|Lincs. (The Wolds)|Burwell Wolds*|LN11
E|Lincs. (The Wolds)|Muckton*|LN11
E|Lincs. (The Wolds)|Swaby*|LN11
E|Kent (Romney Marsh Levels)|Fairfield Marsh*|TN29
E|Kent (Romney Marsh Levels)|Brenzett Green*|TN29
E|Kent (Romney Marsh Levels)|Warehorne Marsh*|TN26
E|Kent (Romney Marsh Levels)|Bilsington*|TN26
E|Kent (Romney Marsh Levels)|Ruckinge*|TN26
E|Kent (Romney Marsh Levels)|Aldington Frith*|TN26
S|Isle of Skye (Highland)|Fiskavaig*|IV47
S|Isle of Skye (Highland)|Portnalong*|IV47
S|Isle of Skye (Highland)|Drynoch*|IV47
S|Isle of Skye (Highland)|Ardtreck*|IV47
S|Isle of Skye (Highland)|Kensaleyre*|IV51
S|Isle of Skye (Highland)|Skeabost*|IV51
S|Isle of Skye (Highland)|Flodigarry*|IV51
S|Isle of Skye (Highland)|Digg*|IV51
S|Isle of Skye (Highland)|Culnacnoc*|IV51
S|Isle of Skye (Highland)|Brogaig*|IV51
S|Isle of Skye (Highland)|Duntulm*|IV51
S|Isle of Skye (Highland)|Hungladder*|IV51
S|Isle of Skye (Highland)|Kilmaluag*|IV51
S|Isle of Skye (Highland)|Peinchorran*|IV51
S|Isle of Skye (Highland)|Camustianavaig*|IV51
S|Isle of Skye (Highland)|Lusta*|IV55
S|Isle of Skye (Highland)|Stein Waternish*|IV55
S|Isle of Skye (Highland)|Hallin*|IV55
S|Isle of Skye (Highland)|Colbost*|IV55
S|Isle of Skye (Highland)|Milovaig*|IV55
S|Isle of Skye (Highland)|Borreraig*|IV55
S|Isle of Skye (Highland)|Husabost*|IV55
S|Isle of Skye (Highland)|Roag*|IV55
S|Isle of Skye (Highland)|Orbost*|IV55
S|Isle of Skye (Highland)|Feriniquarrie*|IV55
S|Isle of Skye (Highland)|Harlosh*|IV55
S|Isle of Skye (Highland)|Tarskavaig*|IV44
S|Isle of Skye (Highland)|Tokavaig*|IV44
S|Isle of Skye (Highland)|Ord Sleat*|IV44
S|Isle of Skye (Highland)|Drumfearn*|IV44
S|Isle of Skye (Highland)|Camuscross*|IV44
S|Isle of Skye (Highland)|Calligarry*|IV44
S|Isle of Skye (Highland)|Aird of Sleat*|IV44
S|Isle of Mull (Argyll)|Tiroran*|PA67
S|Isle of Mull (Argyll)|Ardtun*|PA67
S|Isle of Mull (Argyll)|Uisken*|PA67
S|Isle of Mull (Argyll)|Ardalanish*|PA67
S|Isle of Mull (Argyll)|Knockvologan*|PA67
S|Isle of Mull (Argyll)|Kintra Mull*|PA67
S|Isle of Mull (Argyll)|Killiechronan*|PA72
S|Isle of Mull (Argyll)|Gruline*|PA72
S|Isle of Mull (Argyll)|Garmony*|PA72
S|Isle of Mull (Argyll)|Fishnish*|PA72
S|Isle of Mull (Argyll)|Aros Mull*|PA72
S|Isle of Mull (Argyll)|Kilninian*|PA74
S|Isle of Mull (Argyll)|Torloisk*|PA74
S|Isle of Mull (Argyll)|Penmore*|PA74
S|Isle of Mull (Argyll)|Glengorm*|PA74
S|Fife (East Neuk)|Balcaskie*|KY10
S|Fife (East Neuk)|Carnbee*|KY10
S|Fife (East Neuk)|Kilduncan*|KY10
S|Fife (East Neuk)|Innergellie*|KY10
S|Fife (East Neuk)|Rennyhill*|KY10
S|Fife (East Neuk)|Thirdpart*|KY10
S|Fife (East Neuk)|Wormiston*|KY10
S|Fife (East Neuk)|Balmonth*|KY10
S|Fife (East Neuk)|Dunino*|KY16
S|Fife (East Neuk)|Boarhills*|KY16
S|Fife (East Neuk)|Cambo Fife*|KY16
S|Fife (East Neuk)|Stravithie*|KY16
S|Fife (East Neuk)|Lathones*|KY16
S|Fife (East Neuk)|Radernie*|KY16
S|Fife (East Neuk)|Peat Inn*|KY16
W|Powys (Bannau Brycheiniog)|Cantref*|LD3
W|Powys (Bannau Brycheiniog)|Llanspyddid*|LD3
W|Powys (Bannau Brycheiniog)|Aberyscir*|LD3
W|Powys (Bannau Brycheiniog)|Trallong*|LD3
W|Powys (Bannau Brycheiniog)|Penpont Brycheiniog*|LD3
W|Powys (Bannau Brycheiniog)|Llanhamlach*|LD3
W|Powys (Bannau Brycheiniog)|Scethrog*|LD3
W|Powys (Bannau Brycheiniog)|Cathedine*|LD3
W|Powys (Bannau Brycheiniog)|Llangasty-Talyllyn*|LD3
W|Powys (Bannau Brycheiniog)|Cwm Crawnon*|LD3
W|Powys (Bannau Brycheiniog)|Tor-y-Foel*|LD3
W|Powys (Bannau Brycheiniog)|Cwmdu Powys*|NP8
W|Powys (Bannau Brycheiniog)|Tretower*|NP8
W|Powys (Bannau Brycheiniog)|Pen-y-Genffordd*|NP8
W|Sir Ddinbych (Dyffryn Clwyd)|Pentre Coch*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Rhewl Rhuthun*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Llanynys*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Gellifor*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Bontuchel*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Derwen Clwyd*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Efenechtyd*|LL15
W|Sir Ddinbych (Dyffryn Clwyd)|Llangwyfan*|LL16
W|Sir Ddinbych (Dyffryn Clwyd)|Llanrhaeadr-yng-Nghinmeirch*|LL16
W|Sir Ddinbych (Dyffryn Clwyd)|Prion*|LL16
W|Sir Ddinbych (Dyffryn Clwyd)|Saron Dinbych*|LL16
W|Sir Ddinbych (Dyffryn Clwyd)|Aberwheeler*|LL16
W|Sir Gâr (Dyffryn Tywi)|Capel Gwynfe*|SA19
W|Sir Gâr (Dyffryn Tywi)|Twynllanan*|SA19
W|Sir Gâr (Dyffryn Tywi)|Porthyrhyd Llanwrda*|SA19
W|Sir Gâr (Dyffryn Tywi)|Ystradffin*|SA19
W|Sir Gâr (Dyffryn Tywi)|Salem Llandeilo*|SA19
W|Sir Gâr (Dyffryn Tywi)|Cwmifor*|SA19
W|Sir Gâr (Dyffryn Tywi)|Maesybont*|SA19
W|Sir Gâr (Dyffryn Tywi)|Capel Isaac*|SA19
W|Sir Gâr (Dyffryn Tywi)|Taliaris*|SA19
W|Sir Gâr (Dyffryn Tywi)|Manordeilo*|SA19
W|Sir Gâr (Dyffryn Tywi)|Trapp*|SA19
N|Co. Tyrone (Clogher Valley)|Ballagh Clogher*|BT76
N|Co. Tyrone (Clogher Valley)|Tullyvernon*|BT76
N|Co. Tyrone (Clogher Valley)|Favour Royal*|BT76
N|Co. Tyrone (Clogher Valley)|Carntall*|BT76
N|Co. Tyrone (Clogher Valley)|Ballymagowan*|BT76
N|Co. Tyrone (Clogher Valley)|Killaney*|BT76
N|Co. Tyrone (Clogher Valley)|Errigal Keerogue*|BT70
N|Co. Tyrone (Clogher Valley)|Glencull*|BT70
N|Co. Tyrone (Clogher Valley)|Rehaghey*|BT70
N|Co. Tyrone (Clogher Valley)|Tycanny*|BT70
N|Co. Tyrone (Clogher Valley)|Corick*|BT70
N|Co. Tyrone (Clogher Valley)|Ballynasaggart*|BT70
N|Co. Armagh (South Armagh)|Killeen Armagh*|BT35
N|Co. Armagh (South Armagh)|Creggan Armagh*|BT35
N|Co. Armagh (South Armagh)|Dorsey*|BT35
N|Co. Armagh (South Armagh)|Tullydonnell*|BT35
N|Co. Armagh (South Armagh)|Killevy*|BT35
N|Co. Armagh (South Armagh)|Ballymoyer*|BT35
N|Co. Armagh (South Armagh)|Whitecross Armagh*|BT35
N|Co. Derry (Roe Valley)|Derrychrier*|BT49
N|Co. Derry (Roe Valley)|Scriggan*|BT49
N|Co. Derry (Roe Valley)|Gelvin*|BT49
N|Co. Derry (Roe Valley)|Ringsend Roe*|BT49
N|Co. Derry (Roe Valley)|Largy Roe*|BT49
N|Co. Derry (Roe Valley)|Dernaflaw*|BT49
N|Co. Derry (Roe Valley)|Straid Roe*|BT49
N|Co. Derry (Roe Valley)|Drumrane*|BT49
"""
_BELLS = (
    "Grandsire, Stedman, Treble Bob, Plain Hunt, Bob Minor, Tenor Bell, Sally Rope, Bellframe, "
    "Ringers, Headstock"
)
_WEATHER = "Haar, Smirr, Dreich, Gloaming, Snell Wind, Drookit, Blatter, Yowdendrift, Simmer Dim"
_HARP = "y Delyn, yr Alaw, y Crwth, y Pibgorn, yr Emyn, y Gân, y Tannau, y Côr, y Penillion"
_GLACIAL = "Drumlin, Esker, Moraine, Kame, Erratic, Outwash, Corrie, Tarn, Boulder Clay"


_STREETS = {
    "E": street_names(_BELLS, ["Close", "Walk", "Lane", "Way", "Mews"]),
    "S": street_names(_WEATHER, ["Wynd", "Brae", "Loan", "Gait", "Vennel"]),
    "W": welsh_street_names(_HARP, ["Heol", "Rhodfa", "Clos", "Maes", "Llwybr"]),
    "N": street_names(_GLACIAL, ["Avenue", "Crescent", "Drive", "Grove", "Park"]),
}
_HOUSE_NAMES = {
    "E": "Belfry Cottage, Ringer's Rest, Clapper House, Treble Bell House, Sexton's Cottage, "
    "Bellfounder's Lodge, Peal House",
    "S": "Haar House, Gloaming Cottage, Smirr Neuk, Dreich Bothy, Simmer Dim Cottage, "
    "Blatter House, Snell Wind Cottage",
    "W": "Bwthyn y Delyn, Tŷ'r Alaw, Hafod y Crwth, Nyth yr Emyn, Llety'r Pibgorn, "
    "Tyddyn y Gân, Bwthyn y Tannau",
    "N": "Drumlin House, Esker Cottage, Moraine Lodge, Kame Cottage, Corrie View House, "
    "Tarn House, Erratic Stone Cottage",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Moorland Homes Housing Association|Customer Contact - WhatsApp Business|Moor House, Station Road;Liskeard;PL14 9YQ|0808 169 2301|whatsapp.team@moorlandhomes-ha.org.uk
Folkestone and Hythe District Council Housing Options|Private Sector Housing - Tenancy Checks|Civic Centre, Castle Hill Avenue;Folkestone;CT20 9YQ|0808 169 2302|prs.checks@folkestonehythe-housing.gov.uk
Department for Work and Pensions Universal Credit|Work Coach Team - Leyburn and Richmond|Jobcentre Plus, Queens Road;Richmond;DL10 9YQ|0808 169 2303|richmond.workcoach@dwp-uc-example.gov.uk
Clwyd Valley Homes|Atgyweirio - Repairs Portal Team|Plas Dyffryn, Ffordd y Ffair;Ruthin;LL15 9YQ|0808 169 2304|repairs.portal@valleyhomes-clwyd.org.uk
Fife Council Electoral Registration|Electoral Registration - Voter ID|Fife House, North Street;Glenrothes;KY7 9YQ|0808 169 2305|voter.id@fife-electoral.gov.uk
HM Revenue and Customs PAYE Tax Calculations|PAYE - P800 Enquiries|Pay As You Earn and Self Assessment;HM Revenue and Customs;BX9 1AS|0808 169 2306|p800.enquiries@hmrc-paye-example.gov.uk
Gloucestershire Hospitals NHS Foundation Trust PALS|PALS - Patient Advice and Liaison|Cheltenham General Hospital, Sandford Road;Cheltenham;GL53 9YQ|0808 169 2307|pals.enquiries@glos-hospitals-pals.nhs.uk
Clogher Valley Housing Association|Income Team - Arrears Agreements|Unit 4, Market Yard;Omagh;BT78 9YQ|0808 169 2308|income.team@clogher-valley-ha.org.uk
DWP Carer's Allowance Unit|Carer's Allowance - Changes of Circumstances|Mail Handling Site B;Wolverhampton;WV99 9YQ|0808 169 2309|ca.changes@dwp-carers-example.gov.uk
Highland Council Resettlement Service|Refugee Resettlement - Skye and Lochalsh|Tigh na Sgire, Park Lane;Portree;IV51 9YQ|0808 169 2310|resettlement.skye@highland-resettle.gov.uk
Carmarthenshire County Council Homes for Ukraine|Homes for Ukraine - Guest Support|County Hall;Carmarthen;SA31 9YQ|0808 169 2311|homesforukraine@sirgar-hfu.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_PRACTICES = """
Wensleydale Dales Surgery|The Surgery, Market Place;Leyburn;DL8 9ZQ|01632 963 501|dales.surgery@ny-nhs.example.nhs.uk
Swaledale Moor Medical Centre|Reeth Road;Richmond;DL10 9ZR|01632 963 502|swalemoor.mc@ny-nhs.example.nhs.uk
"""
_CONTRACTORS = """
Dyffryn Building Services Ltd|Uned 3, Parc Busnes;Denbigh;LL16 9ZQ|01632 963 503|jobs@dyffryn-building.example.co.uk
"""
_DEPOSIT_SCHEMES = """
Channel Coast Deposit Guard|PO Box 7702;Hythe;CT21 9ZQ|01632 963 504|protect@ccdepositguard.example.co.uk
"""
_EMPLOYERS = """
Bodmin Moor Quarries Ltd|Unit 2, Moorswater Industrial Estate;Liskeard;PL14 9ZQ|01632 963 505|payroll@moorquarries.example.co.uk
Kilrenny Fish Merchants Ltd|The Harbour;Anstruther;KY10 9ZQ|01632 963 506|payroll@kilrennyfish.example.co.uk
Wolds Grain Drying Co-operative|Station Yard;Market Rasen;LN8 9ZQ|01632 963 507|wages@woldsgrain.example.co.uk
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
    "googlemail.com",
    "proton.me",
    "talktalk.net",
    "live.co.uk",
    "ukr.net",
    "aol.co.uk",
]
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
PRACTICES = third_parties(_PRACTICES)
CONTRACTORS = third_parties(_CONTRACTORS)
DEPOSIT_SCHEMES = third_parties(_DEPOSIT_SCHEMES)
EMPLOYERS = third_parties(_EMPLOYERS)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    surname_pairs = gendered_surname_pairs(
        TABLES.surnames, lambda n: [n.replace("Ould ", "Mint ", 1)]
    )
    parent_age_at_birth = (18, 44)
    former_name_culture = "luhya"

    def of(self, culture: str, gender: str | None = None, **kw) -> Person:
        """A person of ``culture`` with a surname of ``culture`` (for the foreign letters)."""
        p = self.person(culture, gender, **kw)
        pool = [s for s, g in SURNAMES[culture] if g in ("x", p.gender)]
        return replace(p, last=self.rng.choice(pool))


# --------------------------------------------------------------------------- helpers
_AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_UA_MONTHS = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
).split()


def arabic_date(rng: random.Random, d: date) -> str:
    """A date as an Arabic writer puts it: "12 مارس 1985", "12/03/1985" or "1985/03/12"."""
    return rng.choice(
        [f"{d.day} {_AR_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", f"{d:%Y/%m/%d}"]
    )


def ukrainian_date(rng: random.Random, d: date) -> str:
    """A date as a Ukrainian writer puts it: "12 березня 1985", "12.03.1985" or "12.03.85"."""
    return rng.choice(
        [f"{d.day} {_UA_MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}"]
    )


def arabic_name(p: Person) -> str:
    """A Hassaniya name in Arabic script: "محمدو ولد أحمدو"."""
    return f"{ARABIC[p.first]} {ARABIC[p.last]}"


def cyrillic_name(p: Person) -> str:
    """A Hutsul name in Cyrillic: "Параска Шкрібляк"."""
    return f"{CYRILLIC[p.first]} {CYRILLIC[p.last]}"


class _Clock:
    """WhatsApp's "[dd/mm/yyyy, hh:mm:ss]" stamps, moving forward by a few minutes each."""

    def __init__(self, rng: random.Random, day: date) -> None:
        self.rng = rng
        self.at = datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59))

    def __call__(self, lo: int = 1, hi: int = 50) -> str:
        self.at += timedelta(minutes=self.rng.randint(lo, hi), seconds=self.rng.randint(0, 59))
        return f"{self.at:%d/%m/%Y, %H:%M:%S}"


# --------------------------------------------------------------------------- layouts
def whatsapp_business_quoted_replies(doc: Doc3, v: V) -> None:
    """A housing association's WhatsApp Business chat with a tenant, exported with its quoted
    replies: the tenant shown by name or by phone number, the address, date of birth, e-mail
    and a neighbour's name; the staff member's first name (PERSON); timestamps, the repair job
    reference and attachment names stay readable; quoted values are labelled again."""
    rng = v.rng
    org = v.org("WhatsApp")
    p, home = v.person(born=(1940, 2005)), v.local("E", ("PL",))
    agent, nb = v.person(born=(1970, 2003)), v.person()
    phone = v.phone(True)
    day = days_ago(rng, 3, 30)
    job = f"RJ-{rng.randint(100000, 999999)}"
    by_number = rng.random() < 0.4

    nat = "".join(c for c in phone if c.isdigit())
    nat = "0" + nat[4:] if nat.startswith("0044") else "0" + nat[2:] if nat[:2] == "44" else nat
    shown = f"+44 {nat[1:5]} {nat[5:]}"  # how WhatsApp shows a sender not in the contacts

    def who() -> None:
        if by_number:
            doc.ent("PHONE_NUMBER", shown)
        else:
            doc.nm(p, "full")

    stamp = _Clock(rng, day)
    doc.add(f"WhatsApp chat with {org.name}\n\n[{stamp()}] ")
    who()
    doc.add(": Hello, I am ").nm(p, rng.choice(["full", "first"])).add(", tenant at ")
    doc.addr_inline(home).add(". The bathroom ceiling is leaking through the light again\n")
    doc.add(f"[{stamp()}] ")
    who()
    doc.add(f": <attached: 000000{rng.randint(10, 99)}-PHOTO-{stamp.at:%Y-%m-%d-%H-%M-%S}.jpg>\n")
    doc.add(f'[{stamp(5, 120)}] {org.name}: ↪ Replying to: "The bathroom ceiling is leaking ')
    doc.add("through the light again\"\nHi, it's ").nm(agent, "first")
    doc.add(" from the repairs team. Please turn the light off at the switch. Can you confirm ")
    doc.add("your date of birth and the best number to reach you?\n")
    doc.add(f"[{stamp()}] ")
    who()
    doc.add(": > Can you confirm your date of birth and the best number to reach you?\n")
    dob = fmt_date(rng, p.dob)
    doc.ent("DATE_OF_BIRTH", dob).add(" and ").ent("PHONE_NUMBER", phone)
    if rng.random() < 0.6:
        doc.add(", or email me ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f'\n[{stamp(20, 240)}] {org.name}: ↪ Replying to: "')
    doc.ent("DATE_OF_BIRTH", dob).add('"\nThank you. Emergency job ')
    doc.add(f"{job} is raised, an operative will attend within 24 hours.\n")
    doc.add(f"[{stamp(20, 300)}] ")
    who()
    doc.add(": My neighbour ").nm(nb, rng.choice(["full", "first", "title_surname"]))
    doc.add(" at number ")
    doc.add(f"{rng.randint(1, 60)} has water coming through too\n\n")
    recipient_contact(doc, org)


def tenancy_agreement_scanned_page(doc: Doc3, v: V) -> None:
    """The first page of an assured shorthold tenancy, scanned (OCR: hard wraps, hyphenation
    at the margin, confusions outside values) and sent to private sector housing: the landlord
    (a private person) with address and bank details, the tenants with dates of birth, the
    property, a passport seen for the right to rent and a guarantor's driving licence; the
    deposit scheme's contacts ORGANIZATION; tenancy dates, rent, deposit and its reference stay
    readable."""
    rng = v.rng
    org, dps = v.org("Tenancy Checks"), DEPOSIT_SCHEMES[0]
    p, home = v.person(born=(1955, 2005)), v.local("E", ("TN",))
    t2 = v.partner(p) if rng.random() < 0.5 else None
    ll, ll_home = v.person(born=(1940, 1985)), v.address()
    start = days_ago(rng, 60, 700)
    rent = rng.randint(550, 1250)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: tenancy agreement\n\n")
    doc.add("Here is the first page of my tenancy as you asked (scanned).\n\n")
    doc.wrap, doc.hyphenate, doc.noise = rng.randint(52, 72), 0.3, True
    doc.add("ASSURED SHORTHOLD TENANCY AGREEMENT Page 1 of 14 This agreement is made on ")
    doc.add(f"{dmy(start - timedelta(rng.randint(3, 20)))} between THE LANDLORD: ")
    doc.nm(ll, rng.choice(["caps", "full", "title_full"])).add(" of ").addr_inline(ll_home)
    doc.add(" and THE TENANT(S): ").nm(p, rng.choice(["caps", "full"])).add(" (date of birth ")
    doc.dob(p).add(")")
    if t2:
        doc.add(" and ").nm(t2, rng.choice(["caps", "full"])).add(" (date of birth ").dob(t2)
        doc.add(")")
    doc.add(" in respect of THE PROPERTY: ").addr_inline(home)
    doc.add(f". TERM: {rng.choice([6, 12, 12, 24])} months from {dmy(start)}. RENT: £{rent}.00 ")
    doc.add(f"per calendar month payable in advance on the {rng.randint(1, 28)}th day of each ")
    doc.add("month to the Landlord's account: sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(" account no. ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f". DEPOSIT: £{rent + rng.randint(0, 150)}.00 protected with {dps.name} (")
    third_party_contact(doc, dps, " ")
    doc.add(f") under deposit ID DG{rng.randint(1000000, 9999999)}. RIGHT TO RENT: ")
    doc.add("passport no. ").ident("UK_PASSPORT", v.passport())
    doc.add(f" seen on {dmy(start - timedelta(rng.randint(1, 10)))}.")
    if rng.random() < 0.6:
        g = v.person(born=(1945, 1990))
        doc.add(" GUARANTOR: ").nm(g, "full").add(" driving licence ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(g)).add(" tel ").ent("PHONE_NUMBER", v.phone())
        doc.add(".")
    doc.wrap, doc.hyphenate, doc.noise = 0, 0.0, False
    doc.add("\n\nMy number is ").ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.nm(p, rng.choice(["full", "first"])).add("\n\n")
    recipient_contact(doc, org)


def fit_note_typed_into_uc_journal(doc: Doc3, v: V) -> None:
    """A Universal Credit claimant types a fit note into the journal because the upload fails:
    the patient's name, date of birth and NHS number, the doctor's name (PERSON) and the GP
    practice's contacts (ORGANIZATION), then the claimant's NI number and phone; the assessment
    date, the condition, the weeks and the issue date stay readable."""
    rng = v.rng
    org, gp = v.org("Work Coach"), rng.choice(PRACTICES)
    p = v.person(born=(1960, 2005))
    doctor = v.person(born=(1960, 1995))
    seen = days_ago(rng, 1, 12)
    weeks = rng.randint(2, 12)
    doc.add("Journal - Add a note\nSubject: my new fit note\n\n")
    doc.add("Hi, the upload is not working so I have typed my fit note out:\n\n")
    doc.add("Statement of Fitness for Work - for social security or Statutory Sick Pay\n")
    doc.add("Patient's name: ").nm(p, rng.choice(["title_full", "full", "caps"]))
    doc.add("\nDate of birth: ").dob(p).add("   NHS number: ").ident("UK_NHS", v.nhs())
    cond = rng.choice(["lower back pain", "anxiety and depression", "post-operative recovery"])
    doc.add(f"\nI assessed your case on: {dmy(seen)}\nand, because of the following ")
    doc.add(f"condition(s): {cond}\nI advise you that: [x] you are not fit for work\n")
    doc.add(f"This will be the case for {weeks} weeks\nDoctor: Dr ")
    doc.nm(doctor, rng.choice(["full", "initial_dot", "surname"]))
    doc.add(f", {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add(f"\nDate of statement: {dmy(seen)}\n\n")
    if rng.random() < 0.7:
        doc.add("My NI number is ").ident("UK_NINO", v.nino()).add(" if you need it. ")
    doc.add("You can ring me on ").ent("PHONE_NUMBER", v.phone()).add("\nThanks, ")
    doc.nm(p, rng.choice(["first", "full"])).add("\n\n")
    recipient_contact(doc, org)


def repair_portal_ticket_history(doc: Doc3, v: V) -> None:
    """A housing association repairs portal ticket with its status history, pasted into a
    complaint: the tenant's name, address, phone and e-mail, a relative as the other contact,
    the staff and the operative (PERSON, "S. Name" forms too), the contractor's contacts
    (ORGANIZATION); the ticket number, ISO timestamps, the UPRN and the priority code stay
    readable."""
    rng = v.rng
    org, con = v.org("Portal"), CONTRACTORS[0]
    p, home = v.person(born=(1940, 2005)), v.local("W", ("LL",))
    staff, op = v.person(born=(1965, 2003)), v.person(born=(1965, 2003))
    rel = v.kin(p, born=(1950, 2006))
    t = days_ago(rng, 20, 90)
    ticket = f"{rng.randint(100000, 999999)}"
    doc.add(f"Ticket #{ticket} - {rng.choice(['Damp and mould', 'Boiler', 'Window'])}\n")
    doc.add(f"UPRN: 1000{digits(rng, 8)}   Priority: P{rng.randint(2, 4)}\n\nHistory\n")

    def at(h: int) -> str:
        return f"{iso(t)} {clock_time(rng, h, h + 2)}"

    doc.add(f"{at(8)}  Created via portal by ").nm(p, "full").add(" (tenant)\n")
    doc.add("                  Property: ").addr_inline(home).add("\n")
    doc.add("                  Contact: ").ent("PHONE_NUMBER", v.phone()).add(" / ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    t += timedelta(rng.randint(1, 3))
    doc.add(f"{at(10)}  Triaged by ").nm(staff, rng.choice(["full", "initial_dot"]))
    doc.add(f" - priority confirmed, target {rng.choice([7, 20, 28])} days\n")
    t += timedelta(rng.randint(2, 10))
    doc.add(f"{at(8)}  Appointment booked (AM) - {con.name}, operative ")
    doc.nm(op, rng.choice(["full", "first", "initial_dot"])).add("\n")
    t += timedelta(rng.randint(1, 8))
    doc.add(f"{at(12)}  No access - card left. Other contact: ")
    doc.nm(rel, "full").add(f" ({relation_word(rel, child=True)}) ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.add(f"{at(15)}  Contractor note: ")
    third_party_contact(doc, con)
    doc.add("\n\nI was in all morning. This is the third time.\n")
    doc.nm(p, rng.choice(["full", "first", "caps"])).add("\n\n")
    recipient_contact(doc, org)


def voter_authority_certificate_application(doc: Doc3, v: V) -> None:
    """A Voter Authority Certificate application as typed from the paper form: the surname and
    forenames in separate fields (each PERSON), a previous name, date of birth, address, NI
    number or else a passport or driving licence, phone and e-mail; the application reference,
    the elector number and the polling day stay readable."""
    rng = v.rng
    org = v.org("Voter ID")
    p, home = v.person(born=(1935, 2008)), v.local("S", ("KY",))
    ref = f"VAC-{rng.randint(100000, 999999)}"
    doc.add(f"APPLICATION FOR A VOTER AUTHORITY CERTIFICATE\nOur ref: {ref}\n\n")
    doc.add("1. Surname: ").ent("PERSON", p.last.upper() if rng.random() < 0.5 else p.last)
    doc.add("\n   First name(s): ").ent("PERSON", p.first)
    if rng.random() < 0.3:
        doc.add("\n   Previous surname (if changed in the last 12 months): ")
        doc.ent("PERSON", v.former_name(p))
    doc.add("\n2. Date of birth: ").dob(p).add("\n3. Address:\n").addr_lines(home, "   ")
    doc.add(
        f"   Elector number: {rng.choice('ABCDEFGH')}{rng.randint(1, 9)}-{rng.randint(1, 2999)}\n"
    )
    doc.add("4. National Insurance number: ")
    no_nino = rng.random() < 0.35
    if no_nino:
        doc.add("I do not have one\n   Other ID: ")
        if rng.random() < 0.5:
            doc.add("UK passport number ").ident("UK_PASSPORT", v.passport())
        else:
            doc.add("driving licence number ").ent("UK_DRIVING_LICENCE", v.licence(p))
    else:
        doc.ident("UK_NINO", v.nino())
        if rng.random() < 0.4:
            doc.add("\n   Photo ID I hold: driving licence ").ent(
                "UK_DRIVING_LICENCE", v.licence(p)
            )
    doc.add("\n5. Phone: ").ent("PHONE_NUMBER", v.phone()).add("\n   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n6. Needed for polling day: {dmy(days_ago(rng, -90, -10))}\n")
    doc.add("Signature: ").nm(p, rng.choice(["full", "initial_dot"]))
    doc.add(f"   Date: {dmy(days_ago(rng, 0, 5))}\n\n")
    recipient_contact(doc, org)


def hmrc_p800_calculation_query_letter(doc: Doc3, v: V) -> None:
    """A letter to HMRC querying a P800 tax calculation: the taxpayer's name, address, NI number
    and phone, a spouse's name and NI number for Marriage Allowance, the employer's contacts
    (ORGANIZATION) and the refund bank details; the tax year, the PAYE reference, tax codes and
    amounts stay readable."""
    rng = v.rng
    org, emp = v.org("P800"), rng.choice(EMPLOYERS)
    p, home = v.person(born=(1945, 2004)), v.address()
    sp = v.partner(p)
    year = rng.choice([2023, 2024, 2025])
    paye = (
        f"{rng.randint(100, 999)}/{v.code(2, 'ABCDEFGHJKLMNPRSTWXYZ')}{rng.randint(10000, 99999)}"
    )
    doc.nm(p, rng.choice(["full", "title_full", "middle"])).add("\n").addr_lines(home)
    doc.add(f"\n{dmy(days_ago(rng, 0, 6))}\n\n{org.team}\n")
    for line in org.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add(f"\n\nDear Sir or Madam,\n\nP800 tax calculation {year} to {year + 1}\n\n")
    doc.add(f"Your calculation says I underpaid {pounds(rng, 40, 900)}. My employer {emp.name} ")
    doc.add(f"(PAYE reference {paye}; ")
    third_party_contact(doc, emp)
    doc.add(f") used tax code {rng.choice(['1257L', 'BR', '1383M', 'K475', '1131N'])} ")
    doc.add(f"when it should have been {rng.choice(['1257L', '1383M'])}. ")
    doc.add(f"My {relation_word(sp)} ").nm(sp, rng.choice(["full", "first"]))
    doc.add(" transferred Marriage Allowance to me (NI number ").ident("UK_NINO", v.nino())
    doc.add(").\n\nIf a refund is due please pay it to sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(". My phone number is ")
    doc.ent("PHONE_NUMBER", v.phone()).add(".\n\nYours faithfully,\n\n")
    doc.nm(p, rng.choice(["full", "initial_dot", "caps"])).add("\n\n")
    recipient_contact(doc, org)


def pals_enquiry_web_form_submission(doc: Doc3, v: V) -> None:
    """An NHS PALS web form submitted for a patient by a relative: the patient's name, date of
    birth, NHS number and address, the enquirer's name, phone and e-mail, the consultant's name
    (PERSON); the submission id and timestamp, the hospital number (MRN) and the ward stay
    readable."""
    rng = v.rng
    org = v.org("PALS")
    pt, home = v.person(born=(1930, 1975)), v.local("E", ("GL",))
    rel = v.kin(pt, born=(max(1950, pt.dob.year + 18), 2006))
    cons = v.person(born=(1960, 1990))
    when = days_ago(rng, 0, 4)
    doc.add(f"PALS online enquiry - submission {rng.randint(10000, 99999)}\n")
    doc.add(f"Submitted: {iso(when)}T{clock_time(rng, 0, 23)}:{rng.randint(0, 59):02d}Z\n\n")
    doc.add("Are you the patient?: No - enquiring on behalf of the patient\n")
    doc.add("Patient name: ").nm(pt, rng.choice(["full", "surname_caps"]))
    doc.add("\nPatient date of birth: ").dob(pt).add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add(
        f"\nHospital number (if known): {rng.choice(['RTE', 'K', 'G'])}{rng.randint(100000, 999999)}"
    )
    doc.add("\nPatient address: ").addr_inline(home)
    doc.add("\nYour name: ").nm(rel, "full")
    doc.add(f"\nRelationship to patient: {relation_word(rel, child=True)}\nYour phone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nYour email: ").ent("EMAIL_ADDRESS", v.email(rel))
    doc.add("\nPatient consent: Yes\n\nYour enquiry:\nMy parent was discharged from Ward ")
    doc.add(f"{rng.choice('ABCDE')}{rng.randint(1, 9)} on {dmy(days_ago(rng, 3, 20))} ")
    doc.add("without the medication the consultant, ").nm(
        cons, rng.choice(["title_surname", "full"])
    )
    doc.add(", had prescribed. Nobody has called back.\n\n")
    recipient_contact(doc, org)


def rent_arrears_repayment_agreement(doc: Doc3, v: V) -> None:
    """A rent arrears repayment agreement signed by the tenants: their names, dates of birth,
    address and the Direct Debit account (holder's name in bank capitals, sort code, account),
    phone, the income officer (PERSON); the tenancy reference, the rent account number, arrears
    and instalments stay readable."""
    rng = v.rng
    org = v.org("Arrears")
    p, home = v.person(born=(1950, 2004)), v.local("N", ("BT",))
    t2 = v.partner(p) if rng.random() < 0.45 else None
    officer = v.person(born=(1965, 2000))
    arrears = rng.randint(300, 3200)
    doc.add(f"REPAYMENT AGREEMENT - RENT ARREARS\nTenancy ref: T/{rng.randint(10000, 99999)}")
    doc.add(f"   Rent account: {rng.randint(20000000, 29999999)}\n\nTenant(s): ")
    doc.nm(p, rng.choice(["full", "title_full"])).add(" (DOB ").dob(p).add(")")
    if t2:
        doc.add("; ").nm(t2, "full").add(" (DOB ").dob(t2).add(")")
    doc.add("\nProperty:\n").addr_lines(home, "  ")
    doc.add(f"\nArrears at {dmy(days_ago(rng, 1, 10))}: £{arrears}.00\n")
    doc.add(
        f"I/We agree to pay the weekly rent of £{rng.randint(70, 140)}.{rng.randint(0, 99):02d}"
    )
    doc.add(f" plus £{rng.choice([5, 7, 10, 15, 20])}.00 a week towards the arrears, starting ")
    doc.add(f"{dmy(days_ago(rng, -21, -3))}, by Direct Debit from:\nAccount holder: ")
    doc.nm(p, rng.choice(["bank", "bank2", "caps"])).add("\nSort code: ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("   Account number: ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\nContact phone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n\nSigned: ").nm(p, "full")
    if t2:
        doc.add("   Signed: ").nm(t2, "full")
    doc.add("\nIncome officer: ").nm(officer, rng.choice(["full", "initial_dot"])).add("\n\n")
    recipient_contact(doc, org)


def carers_allowance_change_of_circumstances(doc: Doc3, v: V) -> None:
    """A Carer's Allowance change of circumstances form: the carer's name, NI number, date of
    birth, address and phone, the cared-for person's name, date of birth, NI number and address,
    new bank details; the date of the change, the hours of care and the building society roll
    number stay readable."""
    rng = v.rng
    org = v.org("Carer")
    p, home = v.person(born=(1950, 2006)), v.address()
    cared = v.kin(p, born=(1930, 2015)) if rng.random() < 0.7 else v.person(born=(1930, 2015))
    doc.add("CARER'S ALLOWANCE - TELL US ABOUT A CHANGE\n\nAbout you\nFull name: ")
    doc.nm(p, rng.choice(["full", "caps", "middle"])).add("\nNational Insurance number: ")
    doc.ident("UK_NINO", v.nino()).add("\nDate of birth: ").dob(p).add("\nAddress: ")
    doc.addr_inline(home).add("\nDaytime phone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n\nThe person you look after\nFull name: ").nm(cared, "full")
    doc.add("\nDate of birth: ").dob(cared)
    if rng.random() < 0.6:
        doc.add("\nNational Insurance number (if known): ").ident("UK_NINO", v.nino())
    if rng.random() < 0.4:
        doc.add("\nAddress (if different from yours): ").addr_inline(v.address())
    what = rng.choice(["went into hospital", "moved in with me", "started going to a day centre"])
    doc.add(f"\n\nWhat has changed: they {what} on {dmy(days_ago(rng, 2, 40))}\n")
    doc.add(f"Hours of care each week now: {rng.randint(35, 80)}\n\nNew payment details\n")
    doc.add("Name of account holder: ").nm(p, rng.choice(["full", "bank"]))
    doc.add("\nSort code: ").ident("UK_SORT_CODE", v.sort_code()).add("\nAccount number: ")
    doc.ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\nBuilding society roll number: {v.code(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}/")
    doc.add(f"{rng.randint(1000000, 9999999)}\n\n")
    recipient_contact(doc, org)


def hassaniya_arabic_language_letter(doc: Doc3, v: V) -> None:
    """A Mauritanian (Hassaniya-speaking) family's letter in Arabic to a resettlement team: the
    writer's name in Arabic script and in passport Latin capitals, the date of birth with
    Arabic month names, the spouse and children (Arabic and Latin forms) with dates of birth,
    NI and NHS numbers, address, phone, e-mail; the case number, rent and dates stay readable."""
    rng = v.rng
    org = v.org("Resettlement")
    p, home = v.of("hassaniya", born=(1960, 2003)), v.local("S", ("IV",))
    sp = v.of("hassaniya", "m" if p.gender == "f" else "f", born=(1955, 2003))
    case = f"RS/{rng.randint(10000, 99999)}"
    doc.add(f"إلى: {org.name}\n{org.team}\nالرقم المرجعي: {case}\n\n")
    doc.add("الموضوع: طلب مساعدة في السكن\n\nالسلام عليكم ورحمة الله وبركاته،\n\n")
    doc.add("اسمي ").ent("PERSON", arabic_name(p)).add(" (في جواز السفر: ")
    doc.ent("PERSON", p.full.upper()).add(")، ")
    doc.add("مولودة في " if p.gender == "f" else "مولود في ")
    doc.ent("DATE_OF_BIRTH", arabic_date(rng, p.dob)).add(". أسكن حاليا في ")
    doc.addr_inline(home).add(f". الإيجار الشهري £{rng.randint(450, 950)} وصاحب البيت ")
    doc.add(f"يطلب منا الخروج قبل {dmy(days_ago(rng, -60, -20))}.\n\n")
    doc.add("أسكن مع زوجي " if p.gender == "f" else "أسكن مع زوجتي ")
    doc.ent("PERSON", arabic_name(sp)).add(" وأطفالنا:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").ent("PERSON", arabic_name(k)).add(" (").ent("PERSON", k.full.upper())
        doc.add(")، تاريخ الميلاد ").ent("DATE_OF_BIRTH", arabic_date(rng, k.dob)).add("\n")
    doc.add("\nرقم التأمين الوطني: ").ident("UK_NINO", v.nino())
    doc.add("\nرقم الخدمة الصحية NHS: ").ident("UK_NHS", v.nhs())
    doc.add("\nالهاتف: ").ent("PHONE_NUMBER", v.phone()).add("\nالبريد الإلكتروني: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nوتفضلوا بقبول فائق الاحترام،\n")
    doc.ent("PERSON", arabic_name(p)).add("\n\n")
    recipient_contact(doc, org)


def hutsul_ukrainian_language_letter(doc: Doc3, v: V) -> None:
    """A Hutsul guest under Homes for Ukraine writes in Ukrainian to move on from the sponsor:
    the writer's name in Cyrillic and in passport Latin letters, the date of birth with
    Ukrainian month names, the children (Cyrillic and Latin) with dates of birth, the sponsor's
    name and phone, the address, NI number, phone, e-mail and bank details; the case number,
    the rent, the thank-you payment and the dates stay readable."""
    rng = v.rng
    org = v.org("Ukraine")
    p, home = v.of("hutsul", born=(1960, 2004)), v.local("W", ("SA", "LD"))
    sponsor = v.person(born=(1945, 1990))
    she = p.gender == "f"
    case = f"HFU-{rng.randint(10000, 99999)}"
    doc.add(f"До: {org.name}\n{org.team}\nНомер справи: {case}\n\nШановні пані та панове!\n\n")
    doc.add("Мене звати ").ent("PERSON", cyrillic_name(p)).add(" (у паспорті ")
    doc.ent("PERSON", p.full.upper() if rng.random() < 0.6 else p.full).add("). Я ")
    doc.add("народилася " if she else "народився ").ent("DATE_OF_BIRTH", ukrainian_date(rng, p.dob))
    doc.add(" р. Ми приїхали за програмою «Homes for Ukraine» ")
    doc.add(f"{dmy(days_ago(rng, 300, 900))}. Наш спонсор ").nm(sponsor, "full")
    doc.add(" (тел. ").ent("PHONE_NUMBER", v.phone()).add(") отримує £350 на місяць. Ми живемо ")
    doc.add("за адресою ").addr_inline(home).add(
        f". Ми знайшли квартиру за £{rng.randint(450, 900)}"
    )
    doc.add(" на місяць і просимо допомогти з депозитом.\n\nЗі мною діти:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").ent("PERSON", cyrillic_name(k)).add(" (").ent("PERSON", k.full)
        doc.add("), ").ent("DATE_OF_BIRTH", ukrainian_date(rng, k.dob)).add(" р.н.\n")
    doc.add("\nМій номер National Insurance: ").ident("UK_NINO", v.nino())
    doc.add("\nТелефон: ").ent("PHONE_NUMBER", v.phone(True)).add("\nЕл. пошта: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nБанк: sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", рахунок ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n\nЗ повагою,\n")
    doc.ent("PERSON", cyrillic_name(p)).add("\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    whatsapp_business_quoted_replies,
    tenancy_agreement_scanned_page,
    fit_note_typed_into_uc_journal,
    repair_portal_ticket_history,
    voter_authority_certificate_application,
    hmrc_p800_calculation_query_letter,
    pals_enquiry_web_form_submission,
    rent_arrears_repayment_agreement,
    carers_allowance_change_of_circumstances,
    hassaniya_arabic_language_letter,
    hutsul_ukrainian_language_letter,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT23 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT23.organisation_contacts
build_row = HELDOUT23.build_row
generate_heldout23 = HELDOUT23.generate
write_set = HELDOUT23.write_set
main = HELDOUT23.main


if __name__ == "__main__":
    main()
