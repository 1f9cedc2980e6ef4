# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout20: a twentieth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-02:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor or any scorer on it. It measures recall and precision on layouts and values nobody
has tuned on; it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout20(n, seed)`` returns rows ``{"id": "uklayout-heldout20-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout20",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout20 -o
var/eval/pii_uk_layouts_heldout20.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout20.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout19).
Every value table here is new, and tests/test_uk_layouts_heldout20.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: Bamileke (Mafo, Fotso; Kenmogne), Fon
  (Houéfa, Sèdjro; Hounkpatin), Cape Verdean (Djamila, Edmilson; Semedo, Évora), Iteso
  (Amongin, Opolot; Ekwaro), Batak (Tiurma, Parulian; Simanjuntak - clan names), Dagomba
  (Fuseina, Iddrisu; Dawuni), Pontic Greek (Paraskevi, Prodromos; Savvidis and the feminine
  Savvidou - a sister or wife takes the other form), Friulian (Mariute, Bepi; Zanut, Della
  Schiava), Kanuri (Yagana, Modu; Shettima), Curaçaoan (Shurainy, Jurickson; Isenia) and
  Kumaoni (Kamla, Bhuwan; Bisht, Kandpal), with hyphenated forenames and double-barrelled
  surnames;
* places no earlier family used: the Dengie peninsula (CM), Otmoor (OX), the Quantock Hills
  (TA) and Bodmin Moor (PL); East Lothian (EH), the Isle of Arran (KA), Breadalbane (PH, FK)
  and Strathbogie (AB); Gower with the Welsh county form "Abertawe (Gŵyr)" (SA) and the
  Ceiriog valley (LL, SY); Lecale, the Mournes and the Roe valley (BT), nearly all villages and
  hamlets; street names from windmill parts ("Fantail Mews"), Scottish fishing boats ("Fifie
  Wynd"), Welsh sky words ("Ffordd y Lleuad") and the Belfast shipyards ("Gantry Row");
* new recipient organisations (allow-listed) and third parties (a county court and a
  claimant's solicitors, HMRC's childcare service, an eye clinic and GP practices, a
  university's student records office, an e-voucher provider, licensed premises) whose own
  contact details are ORGANIZATION.

Layouts (11): imessage_screenshot_ocr_paste, teams_transcript_docx_speaker_lines (phone and
meeting text); possession_order_n26_typed_out, childcare_eligibility_code_forwarded,
bulky_waste_booking_confirmation, household_support_fund_evoucher,
cvi_sight_loss_certificate, student_council_tax_exemption_certificate (official prints, system
e-mails and forms); premises_licence_representation (a resident's objection);
cape_verdean_portuguese_letter, pontic_greek_language_letter (whole letters in Portuguese and
Greek).

Labelling conventions are heldout18's and heldout19's (the same scorer and allow-list handling
work): PERSON never includes a title; a forename or surname alone, "SURNAME, Forename" and names
in capitals are PERSON. Addresses split into STREET_ADDRESS + one LOCATION each for district,
town/village and county + UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH (also Portuguese
"12 de março de 1980" and Greek "12 Μαρτίου 1961"); order, collection, booking, course,
certification and meeting dates stay unlabelled. Third parties' own address lines, phones and
mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes (precision): phone
battery levels, clock times and read receipts; transcript offsets and meeting durations; claim
numbers, possession dates and money; 11-digit childcare eligibility codes and Gateway ids;
bulky waste booking references, card endings and fees; e-voucher codes and amounts; hospital
numbers and visual acuities; student ids and HESA numbers; licence application references and
incident times; case numbers and rents in the foreign letters. ~10% of NI, NHS, sort code,
account and passport numbers are MISTYPED (span ``"mistyped": True``); ~10% of rows hide a
Unicode trick inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* in the iMessage OCR the contact name at the top of the thread is PERSON (it is the landlord's
  own name as saved) and the number under it is PHONE_NUMBER; "iMessage", "Delivered" and
  "Read 14:05" stay unlabelled;
* in the Teams transcript every speaker name before a time offset is PERSON, each time; values
  are written as the transcription wrote them (digits, not words);
* in the typed-out possession order the court's and the claimant's solicitors' contacts are
  ORGANIZATION, the claimant landlord (a person) is PERSON; the claim number stays readable;
* on the CVI certificate the consultant's and the GP's names are PERSON, the eye clinic's and
  the practice's contacts ORGANIZATION; visual acuities ("6/60") stay unlabelled;
* on the student certificate the university's contacts are ORGANIZATION, the student id and
  HESA number stay readable;
* in the licensing representation the premises' own address and phone are ORGANIZATION (a
  business), the neighbours' names and house addresses are personal data;
* in the Portuguese and Greek letters the names are written in Latin letters as in the
  passport, and the dates of birth with Portuguese or Greek month names are DATE_OF_BIRTH.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    clock_time,
    days_ago,
    digits,
    dmy,
    fmt_date,
    gendered_surname_pairs,
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
    "generate_heldout20",
    "greek_date",
    "main",
    "organisation_contacts",
    "portuguese_date",
    "write_set",
]

FAMILY = "heldout20"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name
_BASE = {
    "bamileke": (
        "Mafo Megne Yimga Nkemdem Tsafack Ngoufack Djuikom Kouemo Tchouta Meffo",
        "Tagne Fotso Kamdem Wafo Tchinda Kamga Fokou Djoumessi Tchakounte Nguemo",
        "Fotsing Kenmogne Tchuente Kengne Ngassam Tchamba Feutseu Djiofack Kuate Nanfack "
        "Tsopmo Wandji Mbouwe Yemeli",
    ),
    "fon": (
        "Sèna Houéfa Ayaba Hounsa Mahougnon Afiavi Gnonnan Sèdami Hounnou",
        "Sossou Hounkpè Sèdjro Mahouna Gbènou Dègbé Houessou Agbodjan Sênan Tohoué",
        "Hounkpatin Agossou Houngbo Gbaguidi Akpovi Zinsou Houenou Adjovi Ahouansou Dansou "
        "Tossou Glèlè Hounsinou Dossouvi",
    ),
    "cape_verdean": (
        "Djamila Nilza Zuleica Jandira Eneida Ivanilda Edileuza Dulcelina Nhanha",
        "Edmilson Ailton Adilson Gilson Odair Manecas Hélder Zezinho",
        "Semedo Varela Fortes Évora Sanches Landim Moniz Silves Veiga Querido Lubrano Hopffer",
    ),
    "iteso": (
        "Amongin Apolot Asio Akurut Amuge Ikiror Alupo Atai Acen Aguti",
        "Opolot Okiror Emorut Odeke Ecweru Omoding Okurut Olupot Ochen Epalu",
        "Ekwaro Etyang Ariko Emuge Egunyu Amodoi Esogu Imodot Iriama Otaala Eriaku Edotun "
        "Ebiru Okwalinga",
    ),
    "batak": (
        "Tiurma Romauli Lasma Dameria Sondang Ruminta Hotmaida Rotua Tiominar Mauliate",
        "Parulian Hotman Togar Marojahan Binsar Tigor Poltak Sahat Hasudungan",
        "Simanjuntak Siregar Hutapea Sitompul Panjaitan Simatupang Harahap Sinaga Situmorang "
        "Pardede Manurung Tambunan Hutagalung Sihombing",
    ),
    "dagomba": (
        "Fuseina Abiba Azara Hawawu Sanatu Salamatu Ayishetu Rabiatu Barikisu Asana",
        "Iddrisu Mahama Abukari Sulemana Issahaku Fuseini Tahiru Wumbei",
        "Dawuni Yidana Nantogma Andani Zakaria Abdulai Mahamudu Salifu Mbemah Napari "
        "Kpema Tampuli Dokurugu",
    ),
    "pontic_greek": (
        "Paraskevi Kyriaki Eleftheria Chrysoula Efthymia Kalliopi Sevasti Evdokia Parthena",
        "Prodromos Lazaros Efstathios Prokopis Anestis Kosmas Theofilos Iordanis Pavlos",
        "Savvidis Lazaridis Kyriakidis Chatzidis Theodoridis Anastasiadis Karipidis Simeonidis "
        "Efraimidis Tsakalidis Pavlidis Moysidis Sarantidis Topalidis",
    ),
    "friulian": (
        "Catine Mariute Tunine Pierine Gjigje Rosute Nine Mariane Teresine",
        "Pieri Bepi Checo Meni Tite Nelo Gjovanin Zuan Vigji ",
        "Zanut Pittin Tomadini Marcuzzi Missana Cudugnello Toffoletti Bertossi Londero "
        "Cescutti Zorzenon Pelizzo Bearzi Della_Schiava",
    ),
    "kanuri": (
        "Yagana Fanna Kaltume Kellumi Falmata Bintu Hajja Gambo Yakaka Aisa",
        "Modu Bukar Kolo Kachalla Zanna Goni Lawan Ajimi Mustapha Kyari",
        "Shettima Gana Gujbawu Mongonu Dikwa Tijjani Ngubdo Kachallah Zannah Mairami Bulama "
        "Kagu Maina Grema",
    ),
    "curacaoan": (
        "Shurainy Reshaida Zuleika Rosvita Jandrina Sulaika Quimisha Sherwinda Gisienne Migdalia",
        "Shurandy Jurickson Gevaro Jurich Ruthmilo Quenten Shanon Dyron ",
        "Isenia Statia Everts Sambo Profar Bacuna Nepomuceno Jakoba Celestijn "
        "Godett Wawoe Mercelina",
    ),
    "kumaoni": (
        "Kamla Basanti Bhagirathi Tulsi Parvati Chandrakala Hansa Kaushalya",
        "Bhuwan Khim Pooran Trilok Chandan Kundan Diwan",
        "Bisht Negi Kandpal Mehra Dhami Khati Kapkoti Lohani Tewari Pande",
    ),
}


def _feminine_greek(surname: str) -> str:
    """Savvidis -> Savvidou, Anastasiadis -> Anastasiadou (each part of a double name)."""
    return "-".join(w[:-2] + "ou" for w in surname.split("-"))


# communities whose surnames have a woman's form: a sister or wife takes it
_FEMININE: dict[str, Callable[[str], str]] = {
    "pontic_greek": _feminine_greek,
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
        ss = _single(s)
        doubles = [f"{a}-{b}" for a in ss[:3] for b in ss[5:8]]
        fem_form = _FEMININE.get(culture)
        if fem_form:  # a man's and a woman's form of each surname
            last.append(
                f"{culture}: "
                + " ".join(
                    [f"{x}/m" for x in s * 4 + doubles]
                    + [f"{fem_form(x)}/f" for x in s * 4 + doubles]
                )
            )
        else:
            last.append(f"{culture}: " + " ".join(s * 4 + doubles))
    return "\n".join(first), "\n".join(last)


_FIRST, _SURNAMES = _names_text()

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|Essex (Dengie Hundred)|Tillingham*|CM0
E|Essex (Dengie Hundred)|Bradwell-on-Sea*|CM0
E|Essex (Dengie Hundred)|Bradwell Waterside*|CM0
E|Essex (Dengie Hundred)|Asheldham*|CM0
E|Essex (Dengie Hundred)|Dengie*|CM0
E|Essex (Dengie Hundred)|St Lawrence Bay*|CM0
E|Essex (Dengie Hundred)|Latchingdon*|CM3
E|Essex (Dengie Hundred)|Steeple*|CM0
E|Essex (Dengie Hundred)|Mundon*|CM9
E|Essex (Dengie Hundred)|Althorne*|CM3
E|Essex (Dengie Hundred)|Ostend*|CM0
E|Oxon. (Otmoor)|Charlton-on-Otmoor*|OX5
E|Oxon. (Otmoor)|Noke*|OX3
E|Oxon. (Otmoor)|Oddington*|OX5
E|Oxon. (Otmoor)|Murcott*|OX5
E|Oxon. (Otmoor)|Fencott*|OX5
E|Oxon. (Otmoor)|Horton-cum-Studley*|OX33
E|Oxon. (Otmoor)|Beckley*|OX3
E|Somerset (Quantock Hills)|Over Stowey*|TA5
E|Somerset (Quantock Hills)|Holford*|TA5
E|Somerset (Quantock Hills)|Kilve*|TA5
E|Somerset (Quantock Hills)|Aisholt*|TA5
E|Somerset (Quantock Hills)|Spaxton*|TA5
E|Somerset (Quantock Hills)|East Quantoxhead*|TA5
E|Somerset (Quantock Hills)|Crowcombe*|TA4
E|Somerset (Quantock Hills)|West Bagborough*|TA4
E|Somerset (Quantock Hills)|Cothelstone*|TA4
E|Cornwall (Bodmin Moor)|Minions*|PL14
E|Cornwall (Bodmin Moor)|Upton Cross*|PL14
E|Cornwall (Bodmin Moor)|Henwood*|PL14
E|Cornwall (Bodmin Moor)|Rilla Mill*|PL17
E|Cornwall (Bodmin Moor)|Bolventor*|PL15
E|Cornwall (Bodmin Moor)|Altarnun*|PL15
E|Cornwall (Bodmin Moor)|Warleggan*|PL30
E|Cornwall (Bodmin Moor)|Blisland*|PL30
E|Cornwall (Bodmin Moor)|St Breward*|PL30
E|Cornwall (Bodmin Moor)|Cardinham*|PL30
S|East Lothian (Haddingtonshire)|Whitekirk*|EH39
S|East Lothian (Haddingtonshire)|Stenton*|EH42
S|East Lothian (Haddingtonshire)|Spott*|EH42
S|East Lothian (Haddingtonshire)|Oldhamstocks*|TD13
S|East Lothian (Haddingtonshire)|Innerwick*|EH42
S|East Lothian (Haddingtonshire)|Garvald*|EH41
S|East Lothian (Haddingtonshire)|Humbie*|EH36
S|North Ayrshire (Isle of Arran)|Pirnmill*|KA27
S|North Ayrshire (Isle of Arran)|Sannox*|KA27
S|North Ayrshire (Isle of Arran)|Shiskine*|KA27
S|North Ayrshire (Isle of Arran)|Catacol*|KA27
S|North Ayrshire (Isle of Arran)|Kildonan Arran*|KA27
S|Perthshire (Breadalbane)|Fearnan*|PH15
S|Perthshire (Breadalbane)|Lawers*|PH15
S|Perthshire (Breadalbane)|Ardeonaig*|FK21
S|Perthshire (Breadalbane)|Ardtalnaig*|PH15
S|Perthshire (Breadalbane)|Kenmore Loch Tay*|PH15
S|Aberdeenshire (Strathbogie)|Drumblade*|AB54
S|Aberdeenshire (Strathbogie)|Forgue*|AB54
W|Abertawe (Gŵyr)|Cheriton Gower*|SA3
W|Abertawe (Gŵyr)|Penrice*|SA3
W|Abertawe (Gŵyr)|Scurlage*|SA3
W|Abertawe (Gŵyr)|Burry Green*|SA3
W|Wrecsam (Dyffryn Ceiriog)|Tregeiriog*|LL20
W|Wrecsam (Dyffryn Ceiriog)|Dolywern*|LL20
W|Wrecsam (Dyffryn Ceiriog)|Llwynmawr*|LL20
W|Abertawe (Gŵyr)|Landimore*|SA3
W|Abertawe (Gŵyr)|Oldwalls*|SA3
W|Abertawe (Gŵyr)|Llanmorlais*|SA4
W|Abertawe (Gŵyr)|Penmaen Gŵyr*|SA3
W|Abertawe (Gŵyr)|Nicholaston*|SA3
W|Abertawe (Gŵyr)|Overton Gŵyr*|SA3
W|Abertawe (Gŵyr)|Pitton*|SA3
W|Abertawe (Gŵyr)|Fairyhill*|SA3
W|Abertawe (Gŵyr)|Kittle*|SA3
W|Abertawe (Gŵyr)|Southgate Pennard*|SA3
W|Wrecsam (Dyffryn Ceiriog)|Nantyr*|LL20
W|Wrecsam (Dyffryn Ceiriog)|Pandy Ceiriog*|LL20
W|Wrecsam (Dyffryn Ceiriog)|Bronygarth*|SY10
W|Wrecsam (Dyffryn Ceiriog)|Llechrydau*|LL20
S|East Lothian (Haddingtonshire)|Kingston Dirleton*|EH39
S|East Lothian (Haddingtonshire)|Drem*|EH39
S|North Ayrshire (Isle of Arran)|Machrie Arran*|KA27
S|North Ayrshire (Isle of Arran)|Lagg Arran*|KA27
N|Co. Down (Lecale)|Coney Island Lecale*|BT30
N|Co. Down (Kingdom of Mourne)|Ballyardle*|BT34
N|Co. Londonderry (Roe Valley)|Derrylane*|BT47
N|Co. Londonderry (Roe Valley)|Ballymonie*|BT49
N|Co. Down (Lecale)|Ballyhornan*|BT30
N|Co. Down (Lecale)|Chapeltown Lecale*|BT30
N|Co. Down (Lecale)|Ballyculter*|BT30
N|Co. Down (Lecale)|Raholp*|BT30
N|Co. Down (Lecale)|Bishopscourt*|BT30
N|Co. Down (Kingdom of Mourne)|Ballymartin*|BT34
N|Co. Down (Kingdom of Mourne)|Mullartown*|BT34
N|Co. Down (Kingdom of Mourne)|Glassdrumman*|BT34
N|Co. Down (Kingdom of Mourne)|Ballyveaghmore*|BT34
N|Co. Down (Kingdom of Mourne)|Moneydarragh*|BT34
N|Co. Down (Kingdom of Mourne)|Ballinran*|BT34
N|Co. Londonderry (Roe Valley)|Burnfoot Roe*|BT47
N|Co. Londonderry (Roe Valley)|Bovevagh*|BT47
N|Co. Londonderry (Roe Valley)|Ballyquin*|BT49
"""
_MILL = (
    "Fantail, Tailpole, Windshaft, Brake Wheel, Crown Tree, Stone Nut, Millrind, Sail Stock, "
    "Wallower, Spur Wheel, Damsel, Tentering, Sack Hoist, Striking Rod"
)
_BOATS = (
    "Fifie, Scaffie, Baldie, Sixareen, Yoal, Steam Drifter, Ringnetter, Zulu Boat, Herring Lugger"
)
_SKY = "Lleuad, Blaned, Gomed, Wawr, Machlud, Gyfnos, Ddrycin, Seren Wib"
_YARD = (
    "Gantry, Slipway, Caulkers, Riveters, Platers, Dry Dock, Keel Block, Launchway, Thompson "
    "Crane, Hull Yard"
)


_STREETS = {
    "E": street_names(_MILL, ["Mews", "Row", "Yard", "Way", "Chase"]),
    "S": street_names(_BOATS, ["Wynd", "Loan", "Gait", "Shore", "Court"]),
    "W": welsh_street_names(_SKY, ["Ffordd y", "Cilgant y", "Llwybr y", "Gerddi'r", "Bryn y"]),
    "N": street_names(_YARD, ["Row", "Gardens", "Walk", "Park", "Terrace"]),
}
_HOUSE_NAMES = {
    "E": "Miller's Rest, Sailcloth Cottage, Round House Barn, Post Mill Cottage, Smock Mill House, "
    "Tide Mill Lodge, Windpump Cottage",
    "S": "Net Mending Loft, Herring House, Cooper's Bothy, Gutting Shed Cottage, Curing Yard House, "
    "Harbour Bothy, Skipper's Neuk",
    "W": "Tŷ'r Lleuad, Bwthyn y Wawr, Hafod y Sêr, Llety'r Machlud, Tŷ'r Gomed, Nyth y Gyfnos, "
    "Bwthyn y Blaned",
    "N": "Rivet House, Shipwright's Cottage, Crane View, Caulker's Cottage, Yard Gate House, "
    "Slipway Lodge, Plater's Rest",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Essex County Council Early Years|Funded Childcare - Eligibility Checks|County Hall, Market Road;Chelmsford;CM1 9YQ|0808 157 2001|funded.childcare@essex-earlyyears.gov.uk
East Lothian Council Waste Services|Waste Services - Bulky Uplifts|John Muir House, Brewery Park;Haddington;EH41 9YQ|0808 157 2002|bulky.uplift@eastlothian-waste.gov.uk
Swansea Council Revenues|Council Tax - Exemptions and Discounts|Civic Centre, Oystermouth Road;Swansea;SA1 9YQ|0808 157 2003|ctax.exemptions@swansea-revenues.gov.uk
Newry, Mourne and Down District Council Licensing|Licensing - Premises Representations|O'Hagan House, Monaghan Row;Newry;BT35 9YQ|0808 157 2004|licensing.reps@nmd-licensing.gov.uk
Cornwall Council Sensory Services|Sensory Team - Sight Loss Register|New County Hall, Treyew Road;Truro;TR1 9YQ|0808 157 2005|sightloss.register@cornwall-sensory.gov.uk
North Ayrshire Council Housing Advice|Housing Advice - Homeless Prevention|Cunninghame House, Friars Croft;Irvine;KA12 9YQ|0808 157 2006|housing.advice@northayrshire-housing.gov.uk
Somerset Council Household Support Fund|Household Support Fund - Vouchers|County Hall, The Crescent;Taunton;TA1 9YQ|0808 157 2007|hsf.vouchers@somerset-support.gov.uk
Wrexham County Borough Council Housing|Housing Options - Tai|The Guildhall, Llwyn Isaf;Wrexham;LL11 9YQ|0808 157 2008|housing.options@wrexham-tai.gov.uk
Perth and Kinross Council Adult Social Work|Adult Social Work - Breadalbane|Pullar House, Kinnoull Street;Perth;PH1 9YQ|0808 157 2009|asw.breadalbane@pkc-socialwork.gov.uk
Causeway Coast and Glens Borough Council Customer Services|Customer Services - Complaints|Cloonavin, Portstewart Road;Coleraine;BT52 9YQ|0808 157 2010|complaints@ccg-customer.gov.uk
Cherwell District Council Housing|Housing Solutions - Prevention|Bodicote House, White Post Road;Banbury;OX15 9YQ|0808 157 2011|housing.solutions@cherwell-housing.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_COURTS = """
Oxford County Court Hearing Centre|St Aldates Court House;Oxford;OX1 9ZQ|01632 963 201|enquiries.oxford.cc@courts-example.gov.uk
"""
_SOLICITORS = """
Otmoor Lane Property Solicitors LLP|3 Market Square;Bicester;OX26 9ZQ|01632 963 202|possession@otmoorlane-law.example.co.uk
Charterfield Landlord Legal|Suite 4, Beaumont House;Banbury;OX16 9ZQ|01632 963 203|claims@charterfield-legal.example.co.uk
"""
_CHILDCARE = """
HMRC Childcare Service|PO Box 2001;Newcastle upon Tyne;NE98 9ZQ|01632 963 204|childcare.service@hmrc-childcare.example.gov.uk
"""
_EYE_CLINICS = """
Kernow Eye Unit, Royal Cornwall Hospital|Treliske;Truro;TR1 9ZP|01632 963 205|eye.unit@kernow-eyes.example.nhs.uk
Tamar Valley Eye Clinic|Clinic Way;Liskeard;PL14 9ZP|01632 963 206|eyeclinic@tamarvalley-eyes.example.nhs.uk
"""
_PRACTICES = """
Moorland Edge Surgery|Five Lanes Road;Altarnun;PL15 9ZN|01632 963 207|moorlandedge.surgery@nhs-kernow.example.uk
Caradon Health Practice|Health Centre, Station Road;Liskeard;PL14 9ZN|01632 963 208|caradon.practice@nhs-kernow.example.uk
"""
_UNIVERSITIES = """
Gower Bay University Student Records|Registry, Singleton Walk;Swansea;SA2 9ZQ|01632 963 209|student.records@gowerbay-uni.example.ac.uk
"""
_VOUCHERS = """
ParcelPay Vouchers Ltd|PO Box 2002;Bristol;BS99 9ZQ|01632 963 210|support@parcelpay-vouchers.example.co.uk
"""
_PREMISES = """
The Lecale Lantern Bar and Grill|21 Quay Street;Ardglass;BT30 9ZQ|01632 963 211|bookings@lecale-lantern.example.co.uk
Mourne Quay Social Club|Harbour Road;Annalong;BT34 9ZQ|01632 963 212|info@mournequay-club.example.co.uk
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
    "sapo.pt",
    "otenet.gr",
    "gmx.net",
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
COURTS = third_parties(_COURTS)
SOLICITORS = third_parties(_SOLICITORS)
CHILDCARE = third_parties(_CHILDCARE)
EYE_CLINICS = third_parties(_EYE_CLINICS)
PRACTICES = third_parties(_PRACTICES)
UNIVERSITIES = third_parties(_UNIVERSITIES)
VOUCHERS = third_parties(_VOUCHERS)
PREMISES = third_parties(_PREMISES)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    surname_pairs = gendered_surname_pairs(
        SURNAMES, lambda n: [f(n) for f in _FEMININE.values() if f(n) != n]
    )
    parent_age_at_birth = (18, 44)
    former_name_culture = "batak"


# --------------------------------------------------------------------------- helpers
_PT_MONTHS = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
).split()
_GR_MONTHS = (
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου"
).split()


def portuguese_date(rng: random.Random, d: date) -> str:
    """A date as a Portuguese writer puts it: "12 de março de 1980" or "12/03/1980"."""
    return rng.choice([f"{d.day} de {_PT_MONTHS[d.month - 1]} de {d.year}", f"{d:%d/%m/%Y}"])


def greek_date(rng: random.Random, d: date) -> str:
    """A date as a Greek writer puts it: "12 Μαρτίου 1961" or "12/3/1961"."""
    return rng.choice(
        [f"{d.day} {_GR_MONTHS[d.month - 1]} {d.year}", f"{d.day}/{d.month}/{d.year}"]
    )


# --------------------------------------------------------------------------- layouts
def imessage_screenshot_ocr_paste(doc: Doc3, v: V) -> None:
    """A tenant's e-mail with the text of phone screenshots pasted in (OCR of an iPhone
    Messages thread): the status bar, the contact name saved for the landlord and the number
    under it, bubbles with the landlord's bank details for rent and the tenant's address; then the
    tenant's date of birth, phone and e-mail; battery levels, clock times, "Delivered" and
    "Read hh:mm" receipts and the rent figure stay readable."""
    rng = v.rng
    org = v.org("Housing Advice")
    ten, home = v.person(born=(1960, 2005)), v.address()
    ll = v.person(born=(1945, 1990))
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: texts from my landlord\n\n")
    doc.add("Hi, I copied the screenshots into text with my phone, sorry about the layout.\n\n")
    doc.add(f"{clock_time(rng, 8, 22)}  4G  {rng.randint(5, 99)}%\n< {rng.randint(2, 40)}\n")
    doc.nm(ll, rng.choice(["full", "first", "full"])).add(" >\n").ent("PHONE_NUMBER", v.phone(True))
    doc.add(f"\niMessage\n{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ")
    doc.add(f"{clock_time(rng, 8, 21)}\n\n")
    doc.add("Hi ").ent("PERSON", ten.first).add(", the rent is going up to ")
    doc.add(f"£{rng.randint(500, 1100)} from next month. Pay it to my new account\n")
    doc.add("sort code ").ident("UK_SORT_CODE", v.sort_code()).add("\nacc ").ident(
        "UK_BANK_ACCOUNT", v.account()
    )
    doc.add(f"\n\nRead {clock_time(rng, 8, 22)}\n\n")
    doc.add("I cant afford that. Also the damp at ").ent("STREET_ADDRESS", home.street(", "))
    doc.add(" is back\nDelivered\n\n")
    doc.add(f"Then you need to be out by the {rng.randint(1, 28)}th.\n\n")
    doc.add(f"Today {clock_time(rng, 8, 22)}\nYou cant just do that\nDelivered\n\n")
    doc.add("---\nI live at ").addr_inline(home).add(". My date of birth is ").dob(ten)
    doc.add(".\nCall me on ").ent("PHONE_NUMBER", v.phone()).add(" or email ")
    doc.ent("EMAIL_ADDRESS", v.email(ten)).add(". I rang ").ent("ORGANIZATION", org.phone)
    doc.add(" twice but nobody answered.\n\nThanks\n")
    doc.nm(ten, rng.choice(["full", "first", "lower"])).add("\n")


def teams_transcript_docx_speaker_lines(doc: Doc3, v: V) -> None:
    """A Teams meeting transcript downloaded as .docx and pasted into the case note: a speaker
    name and a time offset on one line, what they said on the next; a social worker, a district
    nurse and a daughter talk about a resident - name, date of birth, address, NHS and NI numbers,
    phones, the daughter's driving licence for the blue badge; the offsets, the meeting length
    and the transcript's start line stay readable."""
    rng = v.rng
    org = v.org("Adult Social Work")
    sw, nurse = v.person(), v.person()
    res, home = v.person(gender="f", born=(1930, 1960)), v.local("S", ("PH", "FK"))
    dau = v.kin(res, gender="f", born=(1955, 1995))
    mins = rng.randint(18, 58)
    doc.add(f"Case note - transcript pasted ({org.team})\n\n")
    doc.add(f"Hospital discharge planning-{TODAY:%Y%m%d}_{clock_time(rng, 9, 16).replace(':', '')}")
    doc.add(f"\n{mins}m {rng.randint(0, 59)}s\n")
    doc.add(f"{TODAY.day} {TODAY:%B %Y}, {clock_time(rng, 9, 16)}\n\n")
    t = rng.randint(3, 20)

    def said(who: Person, parts: list[tuple[str | None, str | tuple[str, bool]]]) -> None:
        nonlocal t
        t += rng.randint(8, 95)
        doc.ent("PERSON", who.full).add(f"   {t // 60}:{t % 60:02d}\n")
        for kind, text in parts:
            if isinstance(text, tuple):
                doc.ident(kind or "", text)
            elif kind:
                doc.ent(kind, text)
            else:
                doc.add(text)
        doc.add("\n\n")

    doc.ent("PERSON", sw.full).add(" started transcription\n\n")
    said(
        sw,
        [
            (None, "OK so this is about "),
            ("PERSON", res.full),
            (None, ", we need the package in place before discharge."),
        ],
    )
    said(dau, [(None, "Yes, Mum's date of birth is "), ("DATE_OF_BIRTH", fmt_date(rng, res.dob))])
    said(
        nurse,
        [(None, "I've got her NHS number as "), ("UK_NHS", v.nhs()), (None, ", is that right?")],
    )
    said(
        dau,
        [
            (None, "That's right. She's still at "),
            ("STREET_ADDRESS", home.street(", ")),
            (None, " in "),
            ("LOCATION", home.town),
            (None, ", postcode "),
            ("UK_POSTCODE", home.postcode),
        ],
    )
    said(sw, [(None, "And for the attendance allowance, her NI number? ")])
    said(dau, [("UK_NINO", v.nino()), (None, ". You can ring me on "), ("PHONE_NUMBER", v.phone())])
    said(
        nurse,
        [
            (None, "For the blue badge I'll need your licence number as the driver, "),
            ("PERSON", dau.first),
        ],
    )
    said(dau, [(None, "It's "), ("UK_DRIVING_LICENCE", v.licence(dau))])
    said(sw, [(None, f"Thanks. Let's meet again in {rng.randint(2, 6)} weeks.")])
    recipient_contact(doc, org)


def possession_order_n26_typed_out(doc: Doc3, v: V) -> None:
    """A tenant types out a county court possession order (form N26) for the housing solutions
    team: the court's and the claimant's solicitors' contacts (ORGANIZATION), the claimant
    landlord and the defendants by name, the property address; then the tenant's date of
    birth, NI number, phone, e-mail and the account the rent was paid from; the claim number,
    the order and possession dates, the arrears and the costs stay readable."""
    rng = v.rng
    org, court, sol = v.org("Housing Solutions"), COURTS[0], rng.choice(SOLICITORS)
    ten, home = v.person(born=(1950, 2003)), v.local("E", ("OX",))
    ll = v.person(born=(1940, 1985))
    defs = [ten] + ([v.partner(ten)] if rng.random() < 0.55 else [])
    claim = f"K{rng.randint(0, 9)}{rng.choice('ABQX')}{rng.choice('ABCDEFGHJ')}{digits(rng, 4)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: court order - help\n\n")
    doc.add("I've typed out the order I got in the post:\n\n")
    doc.add(f"Order for possession   Claim Number {claim}\nIn the County Court at Oxford\n")
    third_party_contact(doc, court)
    doc.add("\n\nClaimant\n").nm(ll, rng.choice(["full", "caps", "middle"])).add(
        "\nClaimant's legal representative ref "
    )
    doc.add(f"{rng.choice(['LL', 'PR', 'RA'])}/{digits(rng, 5)}\n{sol.name}\n")
    third_party_contact(doc, sol)
    doc.add("\n\nDefendant(s)\n")
    for d in defs:
        doc.nm(d, rng.choice(["full", "caps", "title_full"])).add("\n")
    doc.add(f"\nOn {dmy(days_ago(rng, 3, 20))} the court ordered that\n")
    doc.add("1. The defendant give the claimant possession of\n").addr_lines(home, "   ")
    doc.add(f"on or before {dmy(days_ago(rng, -28, -14))}.\n")
    doc.add(f"2. The defendant pay the claimant {pounds(rng, 900, 6200)} rent arrears and ")
    doc.add(f"£{rng.choice([355, 391, 455])}.00 costs.\n\n")
    doc.add("My date of birth is ").dob(ten).add(" and NI ").ident("UK_NINO", v.nino())
    doc.add(". I always paid from my account ").ident("UK_SORT_CODE", v.sort_code()).add(" ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(" and can show statements.\nPhone ")
    doc.ent("PHONE_NUMBER", v.phone()).add("  email ").ent("EMAIL_ADDRESS", v.email(ten))
    doc.add("\nYour number ").ent("ORGANIZATION", org.phone).add(" just rings out.\n\n")
    doc.nm(ten, rng.choice(["full", "first"])).add("\n")


def childcare_eligibility_code_forwarded(doc: Doc3, v: V) -> None:
    """A parent forwards HMRC's childcare service e-mail with a funded-hours eligibility code to
    the county's early years team: the parent's and the partner's names and NI numbers, the
    child's name and date of birth, then the parent's address, phone and e-mail; the service's
    contacts are ORGANIZATION; the 11-digit code, the Gateway user id, the validity and
    reconfirmation dates stay readable."""
    rng = v.rng
    org, svc = v.org("Early Years"), CHILDCARE[0]
    par, home = v.person(born=(1982, 2002)), v.local("E", ("CM",))
    kid = v.children(par, 1, born=(2022, 2025))[0]
    code = f"{rng.choice(['50', '11', '30'])}{digits(rng, 9)}"
    gw = " ".join(digits(rng, 2) for _ in range(6))
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: Fwd: Your childcare ")
    doc.add("account - eligibility code\n\nHi, the nursery said to send you this.\n\n")
    doc.add("---------- Forwarded message ---------\nFrom: ").ent("ORGANIZATION", svc.mailbox)
    doc.add("\n\nDear ").nm(par, rng.choice(["full", "first", "caps"]))
    doc.add(f",\n\nYour eligibility code is {code}\n")
    doc.add(f"Code valid from: {dmy(days_ago(rng, 5, 60))}\nReconfirm by: ")
    doc.add(f"{dmy(days_ago(rng, -90, -30))}\n\nChild: ").nm(kid, "full").add("\nDate of birth: ")
    doc.dob(kid).add("\nParent: ").nm(par, "full").add("   NI number: ").ident("UK_NINO", v.nino())
    if rng.random() < 0.7:
        pa = v.partner(par)
        doc.add("\nPartner: ").nm(pa, "full").add("   NI number: ").ident("UK_NINO", v.nino())
    doc.add(f"\nGovernment Gateway user ID: {gw}\n\nChildcare Service helpline ")
    doc.ent("ORGANIZATION", svc.phone).add("\n---------------------------------------\n\n")
    doc.add("Address: ").addr_inline(home).add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(par)).add("\n(I tried ")
    doc.ent("ORGANIZATION", org.phone).add(" first.)\n\n")
    doc.nm(par, rng.choice(["first", "full"])).add("\n")


def bulky_waste_booking_confirmation(doc: Doc3, v: V) -> None:
    """A bulky uplift booking confirmation (the council's own system e-mail) which a resident
    replies to, asking to move it and naming a neighbour who will leave the gate open: the
    resident's name, collection address, phone and e-mail, the neighbour's name and phone; the
    booking reference, collection date, items, fee, card ending and authorisation code stay
    readable."""
    rng = v.rng
    org = v.org("Bulky", "Waste")
    p, home = v.person(born=(1935, 2004)), v.local("S", ("EH",))
    nb = v.person()
    ref = f"BU-{rng.randint(100000, 999999)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(f"\nSubject: RE: Booking {ref}\n\n")
    doc.add("Hi can this be moved to the next week please? I'm away. My neighbour ")
    doc.nm(nb, rng.choice(["full", "first"])).add(" (").ent("PHONE_NUMBER", v.phone(True))
    doc.add(") will open the side gate.\n").nm(p, rng.choice(["first", "full", "initial"]))
    doc.add("\n\n> Bulky uplift booking confirmed\n> Booking reference: ")
    doc.add(f"{ref}\n> Name: ").nm(p, rng.choice(["full", "caps", "title_full"]))
    doc.add("\n> Collection address: ").addr_inline(home).add("\n> Telephone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n> Email: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n> Collection date: {dmy(days_ago(rng, -20, -3))} (from 07:00)\n> Items: ")
    items = rng.sample(["1 x sofa", "2 x armchair", "1 x mattress", "1 x fridge", "3 x bags"], 2)
    doc.add(", ".join(items)).add(f"\n> Fee paid: {pounds(rng, 15, 60)}  Card ending ")
    doc.add(f"{digits(rng, 4)}  Auth code {digits(rng, 6)}\n> Place items at the kerbside.\n")
    doc.add("> ")
    recipient_contact(doc, org)


def household_support_fund_evoucher(doc: Doc3, v: V) -> None:
    """A household support fund award sent by the e-voucher provider and queried by the
    applicant: the applicant's name, date of birth, address, phone and e-mail, the referring
    worker's name, the children's names, the driving licence checked, and the bank account a
    cash award should go to instead; the provider's contacts are ORGANIZATION; the voucher code,
    award amount, expiry date and referral number stay readable."""
    rng = v.rng
    org, pro = v.org("Household Support"), VOUCHERS[0]
    p, home = v.person(born=(1950, 2004)), v.local("E", ("TA",))
    worker = v.person()
    code = "-".join(v.code(4) for _ in range(3))
    refn = f"HSF{digits(rng, 7)}"
    doc.add(f"{pro.name} - your e-voucher\n")
    third_party_contact(doc, pro, " | ")
    doc.add("\n\nHello ").nm(p, rng.choice(["first", "full"])).add(",\n")
    doc.add(f"You have been awarded {pounds(rng, 40, 150)} from the Household Support Fund.\n")
    doc.add(f"Voucher code: {code}\nUse by: {dmy(days_ago(rng, -60, -14))}\n")
    doc.add(f"Referral no: {refn}\n\n----- applicant's reply -----\n")
    doc.add("The supermarket code won't work at our shop. Can I have it paid into my bank ")
    doc.add("instead? Sort code ").ident("UK_SORT_CODE", v.sort_code()).add(", account ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(".\nFull name ")
    doc.nm(p, rng.choice(["full", "middle", "caps"])).add(", born ").dob(p).add(", of ")
    doc.addr_inline(home).add(".\n")
    kids = v.children(p, rng.randint(1, 3))
    doc.add("Children: ")
    for i, k in enumerate(kids):
        doc.add(", " if i else "").nm(k, rng.choice(["first", "full"]))
    doc.add(".\nID you checked: driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add("\nMy support worker is ").nm(worker, rng.choice(["full", "first"]))
    doc.add(" at the school.\nPhone ").ent("PHONE_NUMBER", v.phone(True)).add(" / ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    recipient_contact(doc, org)


def cvi_sight_loss_certificate(doc: Doc3, v: V) -> None:
    """A Certificate of Vision Impairment sent by the eye clinic to the council's sight loss
    register: the patient's name, date of birth, NHS number, address, phone and e-mail, the
    consultant's and the GP's names, a carer's name and phone; the clinic's and the practice's
    contacts are ORGANIZATION; the hospital number, visual acuities, fields and the examination
    date stay readable."""
    rng = v.rng
    org = v.org("Sensory")
    clin, gpp = rng.choice(EYE_CLINICS), rng.choice(PRACTICES)
    p, home = v.person(born=(1928, 1990)), v.local("E", ("PL",))
    con, gp, carer = v.person(), v.person(), v.kin(p, born=(1950, 2004))
    hosp = f"{rng.choice('RKT')}{digits(rng, 6)}"
    acuity = ["6/60", "3/60", "1/60", "6/36", "6/24", "CF", "HM"]
    doc.add(f"CERTIFICATE OF VISION IMPAIRMENT - Part 1\n{clin.name}\n")
    third_party_contact(doc, clin, " | ")
    doc.add("\nTo: ").add(org.team).add("\n\nPatient details\nSurname: ")
    doc.ent("PERSON", p.last.upper()).add("   Forename(s): ").ent("PERSON", p.first)
    doc.add(f"   Title: {p.title}\nDate of birth: ").dob(p).add("   NHS number: ")
    doc.ident("UK_NHS", v.nhs()).add(f"\nHospital no: {hosp}\nAddress: ").addr_inline(home)
    doc.add("\nTelephone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nVisual function\n")
    doc.add(f"Best corrected VA  R {rng.choice(acuity)}   L {rng.choice(acuity)}\n")
    doc.add(f"Field loss: {rng.choice(['central', 'peripheral', 'hemianopia'])}\n")
    doc.add("Certified as: ").add(rng.choice(["sight impaired", "severely sight impaired"]))
    doc.add("\nConsultant ophthalmologist: ").nm(con, rng.choice(["initial_dot", "full"]))
    doc.add(f"   Examined: {dmy(days_ago(rng, 2, 40))}\n\nGP: Dr ").nm(gp, "initial_dot")
    doc.add(f", {gpp.name}, ")
    third_party_contact(doc, gpp)
    doc.add("\nCarer / contact: ").nm(carer, "full").add(f" ({relation_word(carer, child=True)}) ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\nConsent to share with social care: Yes\n\n")
    recipient_contact(doc, org)


def student_council_tax_exemption_certificate(doc: Doc3, v: V) -> None:
    """A university student status certificate sent by a student (and housemates) to claim a
    council tax exemption: the university's contacts (ORGANIZATION), the student's name, date of
    birth, term-time and home addresses, passport number used at enrolment, the housemates'
    names, phone and e-mail; the student id, HESA number, course dates and the council tax
    account stay readable."""
    rng = v.rng
    org, uni = v.org("Exemptions"), UNIVERSITIES[0]
    s, term = v.person(born=(1995, 2007)), v.local("W", ("SA",))
    home = v.address()
    sid = f"{rng.randint(2000000, 2999999)}"
    hesa = f"{rng.choice(['22', '23', '24', '25'])}{digits(rng, 11)}"
    acct = f"{rng.randint(60000000, 69999999)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: student exemption - acct ")
    doc.add(f"{acct}\n\nHello, certificate attached (text below) for me and my housemates.\n\n")
    doc.add(f"{uni.name.upper()}\nCOUNCIL TAX - CERTIFICATE OF STUDENT STATUS\n")
    third_party_contact(doc, uni, "\n")
    doc.add("\n\nThis is to certify that\nName: ").nm(s, rng.choice(["full", "caps", "middle"]))
    doc.add("\nDate of birth: ").dob(s).add(f"\nStudent number: {sid}   HESA ID: {hesa}\n")
    doc.add("Term-time address:\n").addr_lines(term, "  ").add("Home address:\n")
    doc.addr_lines(home, "  ")
    doc.add(f"is registered on a full-time course\nCourse start: {dmy(days_ago(rng, 60, 500))}")
    doc.add(f"   Expected end: {dmy(days_ago(rng, -700, -200))}\n")
    doc.add("Identity verified at enrolment: passport ").ident("UK_PASSPORT", v.passport())
    doc.add("\n\nHousemates (certificates to follow): ")
    for i in range(rng.randint(1, 3)):
        doc.add(", " if i else "").nm(v.person(born=(1998, 2007)), rng.choice(["full", "first"]))
    doc.add("\nMe: ").ent("PHONE_NUMBER", v.phone(True)).add(" ").ent("EMAIL_ADDRESS", v.email(s))
    doc.add("\n").nm(s, rng.choice(["first", "full"])).add("\n\n")
    recipient_contact(doc, org)


def premises_licence_representation(doc: Doc3, v: V) -> None:
    """A resident's representation against a premises licence variation, co-signed by
    neighbours: the resident's name, address, phone and e-mail, the neighbours' names and house
    addresses; the premises' address, phone and mailbox are ORGANIZATION; the application
    reference, the hours asked for and the incident times and dates stay readable."""
    rng = v.rng
    org, prem = v.org("Licensing"), rng.choice(PREMISES)
    p, home = v.person(born=(1940, 2002)), v.local("N", ("BT",))
    ref = f"LN/{TODAY.year}/{rng.randint(100, 9999):04d}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(f"\nRe: application {ref} - ")
    doc.add(f"{prem.name}\n\nI object to the variation to sell alcohol until ")
    doc.add(f"{rng.choice(['01:00', '01:30', '02:00'])} at ")
    doc.ent("ORGANIZATION", ", ".join(prem.lines)).add(" (tel ").ent("ORGANIZATION", prem.phone)
    doc.add(").\n\nI am ").nm(p, rng.choice(["full", "title_full"])).add(" of ")
    doc.addr_inline(home).add(".\n\nIncidents (public nuisance):\n")
    for _ in range(rng.randint(2, 3)):
        doc.add(f"- {dmy(days_ago(rng, 5, 120))} at {clock_time(rng, 22, 23)}: ")
        doc.add(rng.choice(["shouting in the car park", "bottles thrown", "music until 1am"]))
        doc.add("\n")
    doc.add("\nSigned by neighbours:\n")
    for _ in range(rng.randint(1, 3)):
        nb = v.person()
        nb_home = v.address(region="N")
        doc.add("  ").nm(nb, rng.choice(["full", "caps", "initial_dot"])).add(", ")
        doc.ent("STREET_ADDRESS", nb_home.street(", ")).add("\n")
    doc.add("\nContact me on ").ent("PHONE_NUMBER", v.phone()).add(" or ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(". I wish to speak at the hearing.\n\n")
    recipient_contact(doc, org)


def cape_verdean_portuguese_letter(doc: Doc3, v: V) -> None:
    """A Cape Verdean family's letter in Portuguese to the housing options team: the writer's
    name, date of birth with Portuguese month names, NI number, passport number, address,
    phone, e-mail, husband or wife and children with dates of birth; the case number, rent and
    dates stay readable."""
    rng = v.rng
    org = v.org("Housing Options")
    p, home = v.person("cape_verdean", born=(1955, 2003)), v.local("W", ("LL",))
    sp = v.partner(p)
    case = f"HOP/{rng.randint(10000, 99999)}"
    nasc = "nascida" if p.gender == "f" else "nascido"
    doc.add(f"{org.name}\n{org.team}\nAssunto: processo n.º {case}\n\nExmos. Senhores,\n\n")
    doc.add("Chamo-me ").nm(p, rng.choice(["full", "caps"])).add(f", {nasc} em ")
    doc.ent("DATE_OF_BIRTH", portuguese_date(rng, p.dob)).add(". Moro em ")
    doc.addr_inline(home).add(". A renda é de ").add(f"£{rng.randint(400, 950)}")
    doc.add(" por mês e o senhorio quer que saiamos até ")
    doc.add(f"{dmy(days_ago(rng, -60, -20))}.\n\n")
    doc.add("Vivo com o meu marido " if sp.gender == "m" else "Vivo com a minha mulher ")
    doc.nm(sp, "full").add(" e os nossos filhos:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").nm(k, rng.choice(["full", "first"])).add(", nascido(a) a ")
        doc.ent("DATE_OF_BIRTH", portuguese_date(rng, k.dob)).add("\n")
    doc.add("\nNúmero NI: ").ident("UK_NINO", v.nino()).add("\nPassaporte n.º: ")
    doc.ident("UK_PASSPORT", v.passport()).add("\nTelefone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nE-mail: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nCom os melhores cumprimentos,\n").nm(p, rng.choice(["full", "initial_dot"]))
    doc.add("\n\n")
    recipient_contact(doc, org)


def pontic_greek_language_letter(doc: Doc3, v: V) -> None:
    """A complaint in Greek from a Pontic Greek family: the writer's name in passport Latin
    letters, date of birth with Greek month names, NI and NHS numbers, address, phone, e-mail,
    a son's or daughter's name and phone; the complaint number and dates stay readable."""
    rng = v.rng
    org = v.org("Complaints")
    p, home = v.person("pontic_greek", born=(1938, 1995)), v.address()
    kin = v.kin(p, born=(1965, 2004))
    ref = f"CC-{rng.randint(100000, 999999)}"
    doc.add(f"{org.name}\nΠαράπονο αρ. {ref}\n\nΑξιότιμοι κύριοι,\n\nΟνομάζομαι ")
    doc.nm(p, rng.choice(["full", "caps"])).add(", γεννήθηκα στις ")
    doc.ent("DATE_OF_BIRTH", greek_date(rng, p.dob)).add(". Μένω στη διεύθυνση: ")
    doc.addr_inline(home).add(f".\n\nΣτις {dmy(days_ago(rng, 10, 60))} τηλεφώνησα ")
    doc.add("αλλά κανείς δεν με πήρε πίσω. Ο αριθμός NI μου: ").ident("UK_NINO", v.nino())
    doc.add(", αριθμός NHS: ").ident("UK_NHS", v.nhs()).add(".\n\nΤηλέφωνο: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\n").add("Η κόρη μου " if kin.gender == "f" else "Ο γιος μου ")
    doc.nm(kin, "full").add(" μιλάει αγγλικά, τηλέφωνο ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(".\n\nΜε εκτίμηση,\n").nm(p, "full").add("\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    imessage_screenshot_ocr_paste,
    teams_transcript_docx_speaker_lines,
    possession_order_n26_typed_out,
    childcare_eligibility_code_forwarded,
    bulky_waste_booking_confirmation,
    household_support_fund_evoucher,
    cvi_sight_loss_certificate,
    student_council_tax_exemption_certificate,
    premises_licence_representation,
    cape_verdean_portuguese_letter,
    pontic_greek_language_letter,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT20 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT20.organisation_contacts
build_row = HELDOUT20.build_row
generate_heldout20 = HELDOUT20.generate
write_set = HELDOUT20.write_set
main = HELDOUT20.main


if __name__ == "__main__":
    main()
