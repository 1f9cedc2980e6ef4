# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout22: a twenty-second held-out SYNTHETIC family of UK correspondence with labelled
personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-02:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor or any scorer on it. It measures recall and precision on layouts and values nobody
has tuned on; it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout22(n, seed)`` returns rows ``{"id": "uklayout-heldout22-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout22",
"layout"}``. Row i depends only on (seed, i); the 11 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout22 -o
var/eval/pii_uk_layouts_heldout22.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout22.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout21).
Every value table here is new, and tests/test_uk_layouts_heldout22.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: Iban (Sendi, Jugah; Anak Jugah - a
  surname of two words - Nyanggau), Kamba (Mwende, Kioko; Musau), Ladakhi (Yangchan, Stanzin;
  Angmo, with forenames of two words such as Padma Chorol), Tahitian (Heiata, Tamatoa; Temaru),
  Tuareg (Tinhinan, Aghali; Ag Ghali - two words), Fang of Equatorial Guinea (Okomo, Esono;
  Obiang), Ewe (Dzigbodi, Mawuli; Agbeko), Tuvaluan (Sotia, Enele; Sopoaga), Sukuma (Kabula,
  Masanja; Shigela), Hausa (Ladi, Audu; Danbatta) and Rapa Nui (Hinarere, Mahatu; Pakarati),
  with hyphenated forenames and double-barrelled surnames;
* villages and county forms no earlier family used: the Exmoor edge (TA, EX), the Lizard (TR),
  Holderness (HU), the Isle of Purbeck (BH) and the Broads (NR); Arran (KA), the Black Isle
  and Wester Ross (IV) and Royal Deeside (AB); Gŵyr (SA), Ynys Môn (LL) and the Ceredigion
  coast (SA, SY); the Mournes and the Ards peninsula (BT) and the Lough Neagh shore (BT);
  street names from sailing gear ("Capstan Walk"), hill sheep farming ("Hirsel Brae"), Welsh
  moorland plants ("Rhodfa y Grug") and the linen trade ("Scutch Mill Grove");
* new recipient organisations (allow-listed) and third parties (an interpreting agency, the
  DWP Universal Credit service centre, letting agents, a mobility assessment provider, GP
  practices, another council's leaving care team) whose own contact details are ORGANIZATION.

Layouts (11): interpreter_booking_confirmation, out_of_office_autoreply_chain (e-mails);
llm_drafted_complaint_markdown (a complaint drafted with a chatbot: markdown headings, bold
captions and bullet lists); dhp_application_form_text, homelessness_assessment_checkbox_form
("[x]" boxes), household_members_ascii_grid_table (an ASCII grid table); uc_award_statement_
pasted, care_leaver_pathway_plan_extract (documents pasted); blue_badge_refusal_appeal_letter
(a letter); iban_malay_language_letter, fang_spanish_language_letter (whole letters in Malay
and Spanish).

Labelling conventions are heldout21's (the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone, "SURNAME, Forename" and names in capitals
are PERSON. Addresses split into STREET_ADDRESS + one LOCATION each for district,
town/village and county + UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH (also Malay
"12 Mac 1985" and Spanish "12 de marzo de 1985"); appointment, assessment period, payment,
visit, review and complaint dates stay unlabelled. Third parties' own address lines, phones and
mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes (precision): booking
references, NRPSI numbers and appointment times; auto-reply ticket numbers; complaint
references and timeline dates; DHP and Housing Benefit claim numbers, rents and shortfalls;
homelessness case references and priority boxes; housing register numbers and bands; UC
assessment periods, amounts and the statement reference; local authority child ids and grant
figures; blue badge application references and descriptor points; case numbers and rents in
the foreign letters. ~10% of NI, NHS, sort code, account and passport numbers are MISTYPED
(span ``"mistyped": True``); ~10% of rows hide a Unicode trick inside a labelled value.

Edge cases decided before anyone scored it (labelled as stated here):

* the interpreter's name is PERSON (a person), the agency's contacts ORGANIZATION;
* in the out-of-office reply the officer who is away and the colleague to contact are PERSON;
  the council's own helpline and mailbox are ORGANIZATION (allow-listed);
* in the markdown complaint the "**" and "- " marks are not part of any span;
* in the ASCII grid each cell's value is its own span; the "|" borders and padding are not;
* in the checkbox form "[x]" and "[ ]" are never labelled;
* in the UC statement the DWP's contacts are ORGANIZATION; the statement figures stay readable;
* in the Malay and Spanish letters the names are written as in the passport, and the dates of
  birth with Malay or Spanish month names are DATE_OF_BIRTH ("pada" before a Malay date and
  "el" before a Spanish date are not part of the span; "de" inside a Spanish date is).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

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
    "generate_heldout22",
    "main",
    "malay_date",
    "organisation_contacts",
    "spanish_date",
    "write_set",
]

FAMILY = "heldout22"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name
_BASE = {
    "iban": (
        "Sendi Lanyau Rinda Endu Ngumbang Sanai Jemiah Inggai Siah Nyalau Segura",
        "Jugah Linggi Sumping Entalai Nyanggau Unggang Jinggut Empeni Rentap Sandai",
        "Anak_Jugah Anak_Masing Anak_Linggi Anak_Unggang Nyanggau Empeni Tuah Mawan Jabu "
        "Sanggin Ngelai Uchat Sumping Entigu Ujai Bangkong",
    ),
    "kamba": (
        "Mwende Mutheu Ndinda Mwikali Kanini Mbithe Syokau Nduku Kalekye Ndunge",
        "Kioko Musyoka Mutua Kilonzo Muli Nzioka Mutinda Kyalo Wambua Kimanzi",
        "Musau Mutiso Kivuva Mwangangi Ndambuki Kitonga Makau Nzomo Mulwa Kasyoka Mbithi Kimeu "
        "Munyao",
    ),
    "ladakhi": (
        "Yangchan Deskit Chorol Spalzes Diskit Yangdol Chonzin Skitzes Chosdon Padma_Chorol",
        "Stanzin Tundup Rigzin Phuntsog Gyalson Jigmet Skalzang Tsetan_Rigzin Nawang_Tundup "
        "Rinchen_Stobdan",
        "Angmo Spalbar Chosdol Stobgais Motup Norboo Thinlas Tsetan Wangdus Gurmet Paldan Stobdan "
        "Lonchay",
    ),
    "tahitian": (
        "Heiata Tehani Vaitiare Hinatea Teura Poerava Moerani Titaina Rahiti Vaimiti",
        "Tamatoa Manutea Tehotu Raiarii Heimana Teiki Taputu Teriitua Hitiura",
        "Temaru Teriitehau Tetuanui Tauraa Teariki Tehaamoana Raapoto Teuira Tumahai Vanaa Tapati "
        "Tauhiro Mairau",
    ),
    "tuareg": (
        "Tinhinan Tafsit Fadimata Tamatart Tahanint Tanalher Takamat Tadlat Tilalt Tinouna",
        "Aghali Intalla Alhabib Eghless Ahmoudou Elmehdi Akhamouk Alghabass Agaly",
        "Ag_Ghali Ag_Intalla Ag_Alhabib Ag_Attaher Amoumoune Ghissa Elmoumine Alkassoum Ewangaye "
        "Attaher Akotey Intahmadou Ag-Alla",
    ),
    "fang": (
        "Okomo Angue Nfumu Mikue Nsang Avomo Obono Ntutumu Ayecaba Eyang",
        "Esono Nvono Eyi Ebang Mitogo Mangue Nsue Edu Ondo_Mba",
        "Obiang Nguema Oyono Abeso Nchama Edjang Mebiame Esomo Nzang Bindang Mbomio Eworo Ncogo",
    ),
    "ewe": (
        "Dzigbodi Sedinam Selasi Mawufemor Akpene Dela Yayra Edinam Afiwa Enyo",
        "Mawuli Etornam Senanu Kafui Korku Dodzi Elorm Kwashigah Xornam",
        "Agbeko Dzokoto Kpodo Amedzro Gbedemah Tsikata Akpalu Agbenyega Kudzordzi Adzraku "
        "Dzidzienyo Ahiabor Klutse",
    ),
    "tuvaluan": (
        "Sotia Filoiala Kaitu Malaia Lagitupu Fulisia Tupua Teuaki Sokotia Niuatui",
        "Enele Kausea Alapati Saufatu Maatia Taukelina Teleke Seve Tafaoga",
        "Sopoaga Natano Ielemia Toafa Finikaso Kofe Lauti Paeniu Puapua Italeli Tafaaki Falani "
        "Seluka",
    ),
    "sukuma": (
        "Kabula Nshoma Kwandu Minza Ngolo Lyaka Shilinde Buhile Kashinje Nyamizi",
        "Masanja Kulwa Doto Shija Luhende Mabula Ndaki Budeba Malimi Mayala",
        "Shigela Ngassa Kishimba Luhaga Masalu Nyanda Buluba Mipawa Lushinge Maduhu Bundala "
        "Kisena Sengerema",
    ),
    "hausa": (
        "Ladi Saratu Jummai Talatu Lami Asabe Kande Larai Zuwaira Rakiya",
        "Audu Lawal Dauda Dahiru Rabiu Dogo Tukur Kabiru Zubairu",
        "Danbatta Gwarzo Dantata Bichi Kurfi Dankwambo Gumel Shinkafi Yarima Dambazau Kankara "
        "Rimi Dandago",
    ),
    "rapa_nui": (
        "Vaihiria Hinarere Tiare Vaitea Uka Hitu Rahia Anakena Marama Hereveri",
        "Mahatu Hotu Rapu Tuu Ariki Nuku Hakarevareva Tavake Moai_Hotu",
        "Pakarati Hotus Tuki Atan Haoa Pakomio Teao Ika Tepano Riroroko Paoa Tepihe Rapahango",
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
E|Devon (Exmoor Edge)|Simonsbath Barton*|TA24
E|Devon (Exmoor Edge)|Brendon Exmoor*|EX35
E|Devon (Exmoor Edge)|Malmsmead*|EX35
E|Devon (Exmoor Edge)|Cheriton Exmoor*|EX35
E|Devon (Exmoor Edge)|Parracombe Churchtown*|EX31
E|Devon (Exmoor Edge)|Twitchen Exmoor*|EX36
E|Devon (Exmoor Edge)|Heasley Mill*|EX36
E|Devon (Exmoor Edge)|Kentisbury Ford*|EX31
E|Cornwall (The Lizard)|Cadgwith Cove*|TR12
E|Cornwall (The Lizard)|Ruan Minor Fields*|TR12
E|Cornwall (The Lizard)|Kuggar*|TR12
E|Cornwall (The Lizard)|Landewednack*|TR12
E|Cornwall (The Lizard)|Trelowarren*|TR12
E|Cornwall (The Lizard)|Traboe*|TR12
E|Cornwall (The Lizard)|Gweek Lizard*|TR12
E|Cornwall (The Lizard)|Goonhilly Downs*|TR12
E|E. Yorks. (Holderness)|Easington Holderness*|HU12
E|E. Yorks. (Holderness)|Kilnsea Fields*|HU12
E|E. Yorks. (Holderness)|Skeffling Fields*|HU12
E|E. Yorks. (Holderness)|Welwick Fields*|HU12
E|E. Yorks. (Holderness)|Ottringham Fields*|HU12
E|E. Yorks. (Holderness)|Tunstall Holderness*|HU12
E|E. Yorks. (Holderness)|Aldbrough Holderness*|HU11
E|E. Yorks. (Holderness)|Mappleton Holderness*|HU18
E|E. Yorks. (Holderness)|Rimswell*|HU19
E|Dorset (Isle of Purbeck)|Kingston Purbeck*|BH20
E|Dorset (Isle of Purbeck)|Worth Matravers*|BH19
E|Dorset (Isle of Purbeck)|Acton Purbeck*|BH19
E|Dorset (Isle of Purbeck)|Harmans Cross*|BH19
E|Dorset (Isle of Purbeck)|Church Knowle*|BH20
E|Dorset (Isle of Purbeck)|Steeple Purbeck*|BH20
E|Dorset (Isle of Purbeck)|Kimmeridge*|BH20
E|Dorset (Isle of Purbeck)|Herston Purbeck*|BH19
E|Norfolk (Broadland)|Hickling Heath*|NR12
E|Norfolk (Broadland)|Horsey Corner*|NR29
E|Norfolk (Broadland)|Catfield Common*|NR29
E|Norfolk (Broadland)|Ludham Bridge*|NR29
E|Norfolk (Broadland)|Potter Heigham Fields*|NR29
E|Norfolk (Broadland)|Thurne Broad*|NR29
E|Norfolk (Broadland)|Martham Broad*|NR29
E|Norfolk (Broadland)|Ranworth*|NR13
E|Norfolk (Broadland)|Upton Broadland*|NR13
S|Isle of Arran (N. Ayrshire)|Kildonan Shore Arran*|KA27
S|Isle of Arran (N. Ayrshire)|Kilmory Arran*|KA27
S|Isle of Arran (N. Ayrshire)|Sliddery*|KA27
S|Isle of Arran (N. Ayrshire)|Corriecravie*|KA27
S|Isle of Arran (N. Ayrshire)|Pirnmill Glebe*|KA27
S|Isle of Arran (N. Ayrshire)|Catacol Glebe*|KA27
S|Isle of Arran (N. Ayrshire)|Sannox Arran*|KA27
S|Isle of Arran (N. Ayrshire)|Whiting Bay Arran*|KA27
S|Black Isle (Ross-shire)|Jemimaville*|IV7
S|Black Isle (Ross-shire)|Balblair Black Isle*|IV7
S|Black Isle (Ross-shire)|Culbokie*|IV7
S|Black Isle (Ross-shire)|Tore Black Isle*|IV6
S|Black Isle (Ross-shire)|Munlochy Glebe*|IV8
S|Black Isle (Ross-shire)|Avoch Black Isle*|IV9
S|Black Isle (Ross-shire)|Rosemarkie Shore*|IV10
S|Wester Ross (Highland)|Diabaig Glebe*|IV22
S|Wester Ross (Highland)|Badachro*|IV21
S|Wester Ross (Highland)|Opinan Gairloch*|IV21
S|Wester Ross (Highland)|Laide Wester Ross*|IV22
S|Wester Ross (Highland)|Mellon Udrigle*|IV22
S|Wester Ross (Highland)|Kinlochewe Village*|IV22
S|Wester Ross (Highland)|Shieldaig Torridon*|IV54
S|Royal Deeside (Aberdeenshire)|Dinnet Glebe*|AB34
S|Royal Deeside (Aberdeenshire)|Logie Coldstone Glebe*|AB34
S|Royal Deeside (Aberdeenshire)|Finzean*|AB31
S|Royal Deeside (Aberdeenshire)|Strachan Deeside*|AB31
S|Royal Deeside (Aberdeenshire)|Crathie Glebe*|AB35
S|Royal Deeside (Aberdeenshire)|Inchmarlo*|AB31
W|Gŵyr (Swansea)|Llanmadoc Uchaf*|SA3
W|Gŵyr (Swansea)|Cheriton Gŵyr*|SA3
W|Gŵyr (Swansea)|Llangennith Burrows*|SA3
W|Gŵyr (Swansea)|Pilton Green*|SA3
W|Gŵyr (Swansea)|Knelston Uchaf*|SA3
W|Gŵyr (Swansea)|Oxwich Green*|SA3
W|Gŵyr (Swansea)|Scurlage Uchaf*|SA3
W|Ynys Môn (Anglesey)|Llanfaethlu Uchaf*|LL65
W|Ynys Môn (Anglesey)|Rhoscolyn*|LL65
W|Ynys Môn (Anglesey)|Llanfairynghornwy Uchaf*|LL65
W|Ynys Môn (Anglesey)|Bodffordd Uchaf*|LL77
W|Ynys Môn (Anglesey)|Llanddona Uchaf*|LL58
W|Ynys Môn (Anglesey)|Brynteg Môn*|LL78
W|Ynys Môn (Anglesey)|Aberffraw Common*|LL63
W|Ceredigion (Bae Ceredigion)|Llangrannog Traeth*|SA44
W|Ceredigion (Bae Ceredigion)|Penbryn Uchaf*|SA44
W|Ceredigion (Bae Ceredigion)|Tresaith Uchaf*|SA43
W|Ceredigion (Bae Ceredigion)|Llanon Ceredigion*|SY23
W|Ceredigion (Bae Ceredigion)|Llanrhystud Uchaf*|SY23
W|Ceredigion (Bae Ceredigion)|Cwmtydu*|SA44
N|Co. Down (Mourne)|Attical Townland*|BT34
N|Co. Down (Mourne)|Ballymartin Mourne*|BT34
N|Co. Down (Mourne)|Glassdrumman Townland*|BT34
N|Co. Down (Mourne)|Moyad*|BT34
N|Co. Down (Mourne)|Ballinran Townland*|BT34
N|Co. Down (Mourne)|Bryansford Mourne*|BT33
N|Co. Down (Ards Peninsula)|Ballyhalbert Townland*|BT22
N|Co. Down (Ards Peninsula)|Cloughey Townland*|BT22
N|Co. Down (Ards Peninsula)|Kearney Ards*|BT22
N|Co. Down (Ards Peninsula)|Ballywalter Shore*|BT22
N|Co. Down (Ards Peninsula)|Ballyeasborough*|BT22
N|Co. Down (Ards Peninsula)|Kircubbin Bay*|BT22
N|Lough Neagh Shore (Co. Armagh)|Maghery Armagh*|BT71
N|Lough Neagh Shore (Co. Armagh)|Derryadd*|BT66
N|Lough Neagh Shore (Co. Armagh)|Derrytrasna Townland*|BT66
N|Lough Neagh Shore (Co. Armagh)|Milltown Lough Neagh*|BT66
N|Lough Neagh Shore (Co. Armagh)|Ardmore Lough Neagh*|BT66
"""
_SAILING = (
    "Hawser, Bollard, Capstan, Gaff Rig, Mizzen, Bowsprit, Lugsail, Jib Sheet, Halyard, Foredeck"
)
_SHEEP = "Hirsel, Tup Park, Shearing Fold, Fank, Hogg Knowe, Crook Stane, Ewe Bught, Dipping Tank"
_PLANTS = "y Gwenyn, y Grug, y Llus, yr Eithin, y Rhedyn, y Brwyn, y Meillion, y Briallu, y Mwsogl"
_LINEN = "Flax Dam, Scutch Mill, Retting Hole, Linen Green, Bleach Field, Hackling Shed, Lint Hole"


_STREETS = {
    "E": street_names(_SAILING, ["Close", "Rise", "Walk", "Lane", "Way"]),
    "S": street_names(_SHEEP, ["Wynd", "Brae", "Loan", "Gait", "Vennel"]),
    "W": welsh_street_names(_PLANTS, ["Heol", "Rhodfa", "Clos", "Maes", "Llwybr"]),
    "N": street_names(_LINEN, ["Avenue", "Crescent", "Drive", "Grove", "Park"]),
}
_HOUSE_NAMES = {
    "E": "Bosun's Cottage, Sail Loft House, Chart Room Cottage, Lugger House, "
    "Harbourmaster's Rest, Net Store Cottage, Capstan House",
    "S": "Herd's Cottage Hirsel, Fank Cottage, Tup Bothy, Lambing Shiel, Crook House, "
    "Hogg Hill Cottage, Shearer's Neuk",
    "W": "Bwthyn y Grug, Tŷ'r Gwenyn, Hafod yr Eithin, Nyth y Llus, Llety'r Rhedyn, "
    "Tyddyn y Meillion, Bwthyn y Briallu",
    "N": "Scutchers' Row House, Flax Mill House, Lint Hole Cottage, Bleacher's Lodge, "
    "Linen Hall Cottage, Beetling Mill House, Spinner's Rest",
}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
East Riding of Yorkshire Council Adult Social Care|Adult Social Care - Interpreting Bookings|County Hall, Cross Street;Beverley;HU17 9YQ|0808 169 2201|interpreting.bookings@eastriding-asc.gov.uk
Somerset Council Customer Services|Customer Complaints - Stage One|County Hall, The Crescent;Taunton;TA1 9YQ|0808 169 2202|complaints.stageone@somerset-customer.gov.uk
Dorset Council Benefits|Discretionary Housing Payments|County Hall, Colliton Park;Dorchester;DT1 9YQ|0808 169 2203|dhp.applications@dorset-benefits.gov.uk
Swansea Council Blue Badge Team|Blue Badge - Reviews and Appeals|Civic Centre, Oystermouth Road;Swansea;SA1 9YQ|0808 169 2204|bluebadge.appeals@swansea-bluebadge.gov.uk
North Ayrshire Council Housing Support|Housing Support - Arran Caseworkers|Cunninghame House, Friars Croft;Irvine;KA12 9YQ|0808 169 2205|housing.support@northayrshire-hs.gov.uk
Broadland District Council Welfare|Welfare Advice - Universal Credit|Horizon Centre, Peachman Way;Norwich;NR7 9YQ|0808 169 2206|welfare.advice@broadland-welfare.gov.uk
Ards and North Down Borough Council Housing Advice|Housing Advice - Homelessness Assessments|City Hall, The Castle;Bangor;BT20 9YQ|0808 169 2207|homeless.assessments@ardsnd-housing.gov.uk
Highland Council Housing|Housing Register - Household Changes|Glenurquhart Road;Inverness;IV3 9YQ|0808 169 2208|register.changes@highland-housing.gov.uk
Cornwall Council Children's Services|Leaving Care - Pathway Planning|New County Hall, Treyew Road;Truro;TR1 9YQ|0808 169 2209|pathway.plans@cornwall-leavingcare.gov.uk
Isle of Anglesey County Council Housing|Tai - Housing Options Môn|Swyddfa'r Cyngor, Llangefni;Llangefni;LL77 9YQ|0808 169 2210|opsiynau.tai@ynysmon-tai.gov.uk
Exmoor and West Somerset Housing Partnership|Housing Options - Exmoor|West Somerset House, Killick Way;Williton;TA4 9YQ|0808 169 2211|housing.options@exmoor-housing.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_INTERPRETERS = """
Humber Language Link Ltd|Unit 6, Priory Park;Hull;HU4 9ZQ|01632 963 401|bookings@humber-languagelink.example.co.uk
Wolds Interpreting Services|14 Saturday Market;Beverley;HU17 9ZR|01632 963 402|office@wolds-interpreting.example.co.uk
"""
_DWP_UC = """
DWP Universal Credit Service Centre|Mail Handling Site A;Wolverhampton;WV98 9ZQ|01632 963 403|uc.service@dwp-example.gov.uk
"""
_LETTING_AGENTS = """
Purbeck Coast Lettings|21 Institute Road;Swanage;BH19 9ZQ|01632 963 404|lettings@purbeckcoast.example.co.uk
Wareham Quay Property Management|3 South Street;Wareham;BH20 9ZR|01632 963 405|pm@warehamquay.example.co.uk
"""
_ASSESSORS = """
Cymru Mobility Assessments Ltd|Unit 9, Llys Tawe;Swansea;SA7 9ZQ|01632 963 406|assessments@cymru-mobility.example.co.uk
"""
_PRACTICES = """
Gower Coast Medical Practice|The Surgery, Mumbles Road;Swansea;SA3 9ZQ|01632 963 407|gower.coast@wales-nhs.example.nhs.uk
Ardaloedd Llŷn a Môn Surgery|Stryd Fawr;Llangefni;LL77 9ZR|01632 963 408|meddygfa.mon@wales-nhs.example.nhs.uk
"""
_LEAVING_CARE = """
Plymouth City Council Leaving Care Team|Ballard House, West Hoe Road;Plymouth;PL1 9ZQ|01632 963 409|leaving.care@plymouth-example.gov.uk
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
INTERPRETERS = third_parties(_INTERPRETERS)
DWP_UC = third_parties(_DWP_UC)
LETTING_AGENTS = third_parties(_LETTING_AGENTS)
ASSESSORS = third_parties(_ASSESSORS)
PRACTICES = third_parties(_PRACTICES)
LEAVING_CARE = third_parties(_LEAVING_CARE)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 44)
    former_name_culture = "kamba"


# --------------------------------------------------------------------------- helpers
_MS_MONTHS = (
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember"
).split()
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()


def malay_date(rng: random.Random, d: date) -> str:
    """A date as a Malay writer puts it: "12 Mac 1985", "12/03/1985" or "12.03.1985"."""
    return rng.choice(
        [f"{d.day} {_MS_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"]
    )


def spanish_date(rng: random.Random, d: date) -> str:
    """A date as a Spanish writer puts it: "12 de marzo de 1985", "12/03/1985" or "12-3-1985"."""
    return rng.choice(
        [
            f"{d.day} de {_ES_MONTHS[d.month - 1]} de {d.year}",
            f"{d:%d/%m/%Y}",
            f"{d.day}-{d.month}-{d.year}",
        ]
    )


def _box(rng: random.Random, yes: bool | None = None) -> str:
    yes = rng.random() < 0.5 if yes is None else yes
    return "[x] Yes  [ ] No" if yes else "[ ] Yes  [x] No"


# --------------------------------------------------------------------------- layouts
def interpreter_booking_confirmation(doc: Doc3, v: V) -> None:
    """An interpreting agency confirms a booking for a social care home visit: the agency's
    contacts are ORGANIZATION; the interpreter's name (PERSON), the client's name, date of
    birth, visit address and phone, a relative's name and phone; the booking reference, the
    interpreter's NRPSI number, the language and the appointment date and time stay readable."""
    rng = v.rng
    org, ag = v.org("Interpreting"), rng.choice(INTERPRETERS)
    p, home = v.person(born=(1930, 1990)), v.local("E", ("HU",))
    terp = v.person(p.culture, born=(1960, 1998))
    ref = f"BK{rng.randint(100000, 999999)}"
    lang = {"iban": "Malay", "fang": "Spanish", "hausa": "Hausa", "ewe": "Ewe"}.get(
        p.culture, rng.choice(["Swahili", "French", "Tok Pisin", "Tuvaluan", "Ladakhi"])
    )
    doc.add(f"From: {ag.name} <").ent("ORGANIZATION", ag.mailbox).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f"\nSubject: Booking confirmed {ref}\n\n")
    doc.add(f"Booking reference: {ref}\nLanguage: {lang} (face to face)\n")
    doc.add(f"Date: {dmy(days_ago(rng, -20, -2))}  Time: {clock_time(rng, 9, 16)}  ")
    doc.add(f"Duration: {rng.choice([60, 90, 120])} min\nInterpreter: ")
    doc.nm(terp, rng.choice(["full", "initial_dot", "title_full"]))
    doc.add(f"  NRPSI no: {rng.randint(10000, 19999)}\n\nClient: ")
    doc.nm(p, rng.choice(["full", "caps", "surname_caps"])).add("\nDOB: ").dob(p)
    doc.add("\nVisit address: ").addr_inline(home).add("\nClient phone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n")
    if rng.random() < 0.6:
        rel = v.kin(p, born=(1960, 2004))
        doc.add("Contact on arrival: ").nm(rel, "full").add(" (family) ")
        doc.ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.add("\nCancellations within 24 hours are charged in full. ")
    third_party_contact(doc, ag, " | ")
    doc.add("\n\n")
    recipient_contact(doc, org)


def llm_drafted_complaint_markdown(doc: Doc3, v: V) -> None:
    """A stage one complaint a resident drafted with a chatbot and pasted with its markdown:
    headings, bold captions and bullet lists; the name, date of birth, address, NI number,
    phone and e-mail, a neighbour's name; the complaint reference and timeline dates stay
    readable; "**" and "- " are never part of a span."""
    rng = v.rng
    org = v.org("Complaints")
    p, home = v.person(born=(1945, 2005)), v.address()
    nb = v.person()
    comp = f"COMP-{rng.randint(2025, 2026)}-{digits(rng, 5)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: Formal complaint\n\n")
    doc.add("# Formal Complaint - Stage One\n\n## My details\n\n- **Name:** ")
    doc.nm(p, rng.choice(["full", "middle", "title_full"])).add("\n- **Date of birth:** ").dob(p)
    doc.add("\n- **Address:** ").addr_inline(home).add("\n- **National Insurance number:** ")
    doc.ident("UK_NINO", v.nino()).add("\n- **Phone:** ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n- **Email:** ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n- **Previous reference:** {comp}\n\n## Timeline\n\n")
    t = days_ago(rng, 60, 200)
    for what in ("I reported the problem", "An officer visited", "Nothing has been done"):
        doc.add(f"1. **{dmy(t)}** - {what}.\n")
        t += timedelta(rng.randint(5, 30))
    doc.add("\n## What happened\n\nMy neighbour, ").nm(nb, rng.choice(["full", "title_surname"]))
    doc.add(", has also been affected. The issue has had a significant impact on my health and ")
    doc.add("wellbeing.\n\n## What I would like\n\n- A written apology\n- The repair completed ")
    doc.add(f"within **{rng.choice([14, 21, 28])} days**\n- Compensation of ")
    doc.add(f"**£{rng.randint(50, 500)}**\n\n---\n*Drafted with the help of an AI assistant.*\n")
    doc.nm(p, rng.choice(["full", "first"])).add("\n\n")
    recipient_contact(doc, org)


def dhp_application_form_text(doc: Doc3, v: V) -> None:
    """A Discretionary Housing Payment application as plain text: the claimant's and partner's
    names, dates of birth and NI numbers, the address, the landlord's letting agent (its
    contacts ORGANIZATION) and the landlord's own name, the bank details for payment, phone,
    e-mail; the Housing Benefit claim number, rent, benefit and shortfall stay readable."""
    rng = v.rng
    org, ag = v.org("Discretionary"), rng.choice(LETTING_AGENTS)
    p, home = v.person(born=(1950, 2005)), v.local("E", ("BH",))
    pa = v.partner(p) if rng.random() < 0.5 else None
    ll = v.person(born=(1940, 1985))
    rent = rng.randint(650, 1400)
    hb = rent - rng.randint(60, 400)
    doc.add("DISCRETIONARY HOUSING PAYMENT - APPLICATION\n")
    doc.add(f"Housing Benefit / UC claim number: {rng.randint(1000000, 9999999)}\n\n")
    doc.add("1. Your name: ").nm(p, rng.choice(["full", "caps"])).add("\n   Date of birth: ").dob(p)
    doc.add("\n   NI number: ").ident("UK_NINO", v.nino())
    if pa:
        doc.add("\n2. Partner's name: ").nm(pa, "full").add("\n   Date of birth: ").dob(pa)
        doc.add("\n   NI number: ").ident("UK_NINO", v.nino())
    else:
        doc.add("\n2. Partner: none")
    doc.add("\n3. Address:\n").addr_lines(home, "   ")
    doc.add(f"4. Monthly rent: £{rent}.00   Help with rent: £{hb}.00   Shortfall: ")
    doc.add(f"£{rent - hb}.00\n5. Landlord: ").nm(ll, rng.choice(["title_full", "full"]))
    doc.add(f" c/o {ag.name}, ")
    third_party_contact(doc, ag)
    doc.add("\n6. Pay to: sort code ").ident("UK_SORT_CODE", v.sort_code()).add(" account ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n7. Phone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("  Email: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n8. Why you need help: {rng.choice(['bedroom tax', 'benefit cap', 'rent rise'])}\n")
    doc.add("Signed: ").nm(p, "full").add(f"   Date: {dmy(days_ago(rng, 0, 10))}\n\n")
    recipient_contact(doc, org)


def blue_badge_refusal_appeal_letter(doc: Doc3, v: V) -> None:
    """A letter appealing a blue badge refusal after a mobility assessment: the applicant's name,
    address lines, date of birth, NHS number, phone, e-mail and driving licence number, the
    assessor's name (PERSON) and the assessment provider's and GP practice's contacts
    (ORGANIZATION); the application reference, descriptor points and dates stay readable."""
    rng = v.rng
    org, ass, gp = v.org("Blue Badge"), ASSESSORS[0], rng.choice(PRACTICES)
    p, home = v.person(born=(1935, 1995)), v.local("W", ("SA",))
    assessor = v.person(born=(1960, 1995))
    ref = f"BB/{rng.randint(2025, 2026)}/{rng.randint(100000, 999999)}"
    doc.nm(p, rng.choice(["full", "title_full"])).add("\n").addr_lines(home)
    doc.add(f"\n{dmy(days_ago(rng, 0, 7))}\n\n{org.name}\n{org.team}\n\n")
    doc.add(f"Application reference: {ref}\n\nDear Sir or Madam,\n\n")
    doc.add(f"I am appealing your decision of {dmy(days_ago(rng, 10, 40))}. I was seen by ")
    doc.nm(assessor, rng.choice(["full", "title_surname", "initial_dot"]))
    doc.add(f" of {ass.name} (")
    third_party_contact(doc, ass)
    doc.add(f"), who scored me {rng.choice([0, 4, 6])} points for walking. I cannot walk ")
    doc.add(f"more than {rng.randint(10, 60)} metres without stopping.\n\nMy GP is {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add(", who can confirm this. My NHS number is ").ident("UK_NHS", v.nhs())
    doc.add(" and my date of birth ").dob(p).add(". I still hold a driving licence (")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add(") but rarely drive.\n\n")
    doc.add("Please call me on ").ent("PHONE_NUMBER", v.phone()).add(" or e-mail ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nYours faithfully,\n\n")
    doc.nm(p, rng.choice(["full", "initial_dot", "caps"])).add("\n\n")
    recipient_contact(doc, org)


def out_of_office_autoreply_chain(doc: Doc3, v: V) -> None:
    """A caseworker's out-of-office auto-reply quoting the resident's message: the officer away
    and the colleague to contact (PERSON), the council's helpline (ORGANIZATION); the resident's
    name, address, date of birth, phone, NI, passport and driving licence numbers; the ticket
    number and return date stay readable."""
    rng = v.rng
    org = v.org("Arran")
    p, home = v.person(born=(1950, 2005)), v.local("S", ("KA",))
    off, col = v.person(born=(1965, 1998)), v.person(born=(1965, 1998))
    ticket = f"{rng.randint(2026, 2026)}{rng.randint(10, 12)}{digits(rng, 6)}"
    doc.add(f"Subject: Automatic reply: [Ticket#{ticket}] help with my housing\n\n")
    doc.add("Thank you for your e-mail. I am out of the office until ")
    doc.add(f"{dmy(days_ago(rng, -14, -2))} with no access to e-mail. For urgent matters ")
    doc.add("please contact ").nm(col, rng.choice(["full", "first"])).add(" on ")
    doc.ent("ORGANIZATION", org.phone).add(".\n\n").nm(off, rng.choice(["full", "first"]))
    doc.add(f"\n{org.team}\n\n-----Original Message-----\nFrom: ")
    doc.nm(p, "full").add(" <").ent("EMAIL_ADDRESS", v.email(p)).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f"\nSubject: [Ticket#{ticket}] help with my housing")
    doc.add("\n\nHi ").nm(off, "first").add(", as you asked here are my details again.\n")
    doc.add("Date of birth ").dob(p).add("\nAddress ").addr_inline(home)
    doc.add("\nNI ").ident("UK_NINO", v.nino()).add("\nPassport ").ident(
        "UK_PASSPORT", v.passport()
    )
    if rng.random() < 0.6:
        doc.add("\nDriving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add("\nMobile ").ent("PHONE_NUMBER", v.phone(True)).add("\nThanks, ")
    doc.nm(p, rng.choice(["first", "full", "lower"])).add("\n")


def uc_award_statement_pasted(doc: Doc3, v: V) -> None:
    """A resident pastes the Universal Credit statement from the online account for a welfare
    benefits check: the DWP's contacts are ORGANIZATION; the claimant's and partner's names and
    the address on the statement; then the resident's date of birth, NI number, bank details and
    phone; the assessment period, the elements, deductions and payment figures stay readable."""
    rng = v.rng
    org, dwp = v.org("Universal Credit"), DWP_UC[0]
    p, home = v.person(born=(1960, 2005)), v.local("E", ("NR",))
    pa = v.partner(p) if rng.random() < 0.5 else None
    end = days_ago(rng, 3, 40)
    start = end - timedelta(30)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: can you check my UC\n\n")
    doc.add("This is my statement copied from the journal:\n\n")
    doc.add(f"Your Universal Credit statement\nAssessment period {dmy(start)} to {dmy(end)}\n")
    doc.add("Claimant: ").nm(p, rng.choice(["full", "caps"]))
    if pa:
        doc.add("\nJoint claimant: ").nm(pa, rng.choice(["full", "caps"]))
    doc.add("\nAddress: ").addr_inline(home)
    doc.add(f"\nStandard allowance  £{rng.choice(['400.14', '628.10'])}\n")
    doc.add(f"Housing costs element  {pounds(rng, 300, 900)}\n")
    doc.add(f"Take-home pay  -{pounds(rng, 0, 700)}\nAdvance repayment  -{pounds(rng, 10, 90)}\n")
    doc.add(f"You will be paid  {pounds(rng, 100, 1100)} on {dmy(end + timedelta(7))}\n")
    doc.add(f"Statement ref {v.code(8)}\n{dwp.name}: ")
    third_party_contact(doc, dwp)
    doc.add("\n\nMy date of birth is ").dob(p).add(", NI ").ident("UK_NINO", v.nino())
    doc.add(". It goes into ").ident("UK_SORT_CODE", v.sort_code()).add(" / ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(". Ring me on ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n").nm(p, rng.choice(["first", "full"])).add("\n\n")
    recipient_contact(doc, org)


def homelessness_assessment_checkbox_form(doc: Doc3, v: V) -> None:
    """A homelessness assessment form with "[x]" boxes: the applicant's name, date of birth,
    NI, NHS and passport numbers, current and last settled addresses, phone, e-mail and the
    household members with dates of birth; the case reference, the boxes and the priority need
    answers stay readable."""
    rng = v.rng
    org = v.org("Homelessness")
    p, home = v.person(born=(1950, 2006)), v.local("N", ("BT",))
    prev = v.address()
    case = f"H-{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}"
    doc.add(f"HOUSING SOLUTIONS - HOMELESSNESS ASSESSMENT\nCase ref: {case}\n\n")
    doc.add("Applicant name: ").nm(p, rng.choice(["full", "surname_caps", "caps"]))
    doc.add("\nDate of birth: ").dob(p).add("\nNational Insurance no: ").ident("UK_NINO", v.nino())
    doc.add("\nHealth and Care number (NHS): ").ident("UK_NHS", v.nhs())
    doc.add("\nID seen: [x] Passport  [ ] Driving licence   No: ")
    doc.ident("UK_PASSPORT", v.passport())
    doc.add("\nCurrent address: ").addr_inline(home).add("\nLast settled address:\n")
    doc.addr_lines(prev, "  ").add("Telephone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(f"\n\nHomeless tonight?      {_box(rng)}\n")
    doc.add(f"Priority need?         {_box(rng)}\nDomestic abuse?        {_box(rng)}\n\n")
    doc.add("Household members:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("  [x] ").nm(k, rng.choice(["full", "first"])).add(", DOB ").dob(k)
        doc.add(f", {relation_word(k, child=True)}\n")
    doc.add(f"\nAssessed by officer on {dmy(days_ago(rng, 0, 5))}\n\n")
    recipient_contact(doc, org)


def household_members_ascii_grid_table(doc: Doc3, v: V) -> None:
    """A housing register change of household, pasted as an ASCII grid table (+---+, | cell |):
    each member's name, relationship, date of birth and NI number in cells; the address, phone
    and e-mail below; the register number, band and bedroom need stay readable."""
    rng = v.rng
    org = v.org("Household Changes")
    p, home = v.person(born=(1955, 2000)), v.local("S", ("IV", "AB"))
    reg = f"HR{rng.randint(100000, 999999)}"
    members = [(p, "Applicant", True)]
    if rng.random() < 0.6:
        members.append((v.partner(p), "Partner", True))
    members += [
        (k, relation_word(k, child=True).title(), False) for k in v.children(p, rng.randint(1, 3))
    ]
    widths = (26, 13, 12, 13)
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.add(f"Register no: {reg}   Band: {rng.choice('ABC')}   Bedrooms needed: ")
    doc.add(f"{rng.randint(1, 4)}\n\n{line}")
    for cap, w in zip(("Name", "Relationship", "DOB", "NI number"), widths, strict=True):
        doc.add(f"| {cap.ljust(w)} ")
    doc.add(f"|\n{line}")
    for m, relation, adult in members:
        name = m.full.upper() if rng.random() < 0.3 else m.full
        doc.add("| ").ent("PERSON", name).add(" " * max(0, widths[0] - len(name)) + " | ")
        doc.add(relation.ljust(widths[1]) + " | ")
        dob = f"{m.dob:%d/%m/%Y}"
        doc.ent("DATE_OF_BIRTH", dob).add(" " * (widths[2] - len(dob)) + " | ")
        if adult:
            ni = v.nino()
            doc.ident("UK_NINO", ni).add(" " * max(0, widths[3] - len(ni[0])) + " |\n")
        else:
            doc.add("-".ljust(widths[3]) + " |\n")
    doc.add(line).add("\nAddress: ").addr_inline(home).add("\nTel: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("  Email: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\n")
    recipient_contact(doc, org)


def care_leaver_pathway_plan_extract(doc: Doc3, v: V) -> None:
    """An extract of a care leaver's pathway plan sent by another council's leaving care team
    (its contacts ORGANIZATION) when the young person moves: the young person's name, date of
    birth, NI number, new address, phone, e-mail and bank details for the setting-up-home
    grant, the personal adviser's name (PERSON); the local authority child id, grant figures
    and review dates stay readable."""
    rng = v.rng
    org, lc = v.org("Leaving Care"), LEAVING_CARE[0]
    yp, home = v.person(born=(2005, 2008)), v.local("E", ("TR", "EX", "TA"))
    pa = v.person(born=(1965, 1998))
    doc.add(f"From: {lc.name} <").ent("ORGANIZATION", lc.mailbox).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSubject: Pathway plan - transfer\n\n")
    doc.add(f"PATHWAY PLAN (EXTRACT)\nLA child ID: {rng.randint(1000000, 9999999)}\n")
    doc.add("Young person: ").nm(yp, rng.choice(["full", "caps", "surname_caps"]))
    doc.add("\nDate of birth: ").dob(yp).add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add("\nNew address:\n").addr_lines(home).add("Mobile: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("  Email: ").ent("EMAIL_ADDRESS", v.email(yp))
    doc.add(f"\n\nSetting up home allowance: £{rng.choice([2000, 3000, 3500])} ")
    doc.add(f"(£{rng.randint(200, 1900)} spent)\nRemaining to be paid to: ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(" ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\nNext review: {dmy(days_ago(rng, -90, -20))}\nPersonal adviser: ")
    doc.nm(pa, rng.choice(["full", "initial_dot"])).add(", ")
    third_party_contact(doc, lc)
    doc.add("\n\n")
    recipient_contact(doc, org)


def iban_malay_language_letter(doc: Doc3, v: V) -> None:
    """An Iban family's letter in Malay to the housing options team: the writer's name, date of
    birth with Malay month names, NI and passport numbers, address, phone, e-mail, husband or
    wife and children with dates of birth; the case number, rent and dates stay readable."""
    rng = v.rng
    org = v.org("Môn")
    p, home = v.person("iban", born=(1955, 2003)), v.local("W", ("LL",))
    sp = v.partner(p)
    case = f"KES/{rng.randint(10000, 99999)}"
    doc.add(f"{org.name}\n{org.team}\nRujukan: {case}\n\nTuan/Puan,\n\n")
    doc.add("Nama saya ").nm(p, rng.choice(["full", "caps"])).add(". Saya dilahirkan pada ")
    doc.ent("DATE_OF_BIRTH", malay_date(rng, p.dob)).add(". Saya tinggal di ")
    doc.addr_inline(home).add(f". Sewa rumah ialah £{rng.randint(400, 950)} sebulan dan tuan ")
    doc.add(f"rumah mahu kami keluar sebelum {dmy(days_ago(rng, -60, -20))}.\n\n")
    doc.add("Saya tinggal bersama suami saya " if sp.gender == "m" else "Saya tinggal bersama ")
    if sp.gender == "f":
        doc.add("isteri saya ")
    doc.nm(sp, "full").add(" dan anak-anak kami:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").nm(k, rng.choice(["full", "first"])).add(", lahir ")
        doc.ent("DATE_OF_BIRTH", malay_date(rng, k.dob)).add("\n")
    doc.add("\nNombor NI: ").ident("UK_NINO", v.nino()).add("\nNombor pasport: ")
    doc.ident("UK_PASSPORT", v.passport()).add("\nTelefon: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nE-mel: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nYang benar,\n").nm(p, rng.choice(["full", "initial_dot"])).add("\n\n")
    recipient_contact(doc, org)


def fang_spanish_language_letter(doc: Doc3, v: V) -> None:
    """A Fang family from Equatorial Guinea writes in Spanish to housing options: the writer's
    name, date of birth with Spanish month names, NI and NHS numbers, address, phone, e-mail,
    the children with dates of birth; the file number, rent and dates stay readable."""
    rng = v.rng
    org = v.org("Exmoor")
    p, home = v.person("fang", born=(1955, 2003)), v.local("E", ("TA", "EX"))
    exp = f"EXP/{rng.randint(10000, 99999)}"
    doc.add(f"{org.name}\n{org.team}\nExpediente n.º {exp}\n\nEstimados señores:\n\n")
    doc.add("Me llamo ").nm(p, rng.choice(["full", "caps"])).add(" y nací el ")
    doc.ent("DATE_OF_BIRTH", spanish_date(rng, p.dob)).add(". Vivo en ").addr_inline(home)
    doc.add(f". El alquiler es de £{rng.randint(400, 950)} al mes y el casero nos ha pedido ")
    doc.add(f"que dejemos la casa antes del {dmy(days_ago(rng, -60, -20))}.\n\n")
    doc.add("Vivo con mis hijos:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").nm(k, rng.choice(["full", "first"])).add(
            ", nacido el " if k.gender == "m" else ", nacida el "
        )
        doc.ent("DATE_OF_BIRTH", spanish_date(rng, k.dob)).add("\n")
    doc.add("\nNúmero de la Seguridad Social (NI): ").ident("UK_NINO", v.nino())
    doc.add("\nNúmero del NHS: ").ident("UK_NHS", v.nhs()).add("\nTeléfono: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nCorreo electrónico: ")
    doc.ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nAtentamente,\n")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add("\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    interpreter_booking_confirmation,
    llm_drafted_complaint_markdown,
    dhp_application_form_text,
    blue_badge_refusal_appeal_letter,
    out_of_office_autoreply_chain,
    uc_award_statement_pasted,
    homelessness_assessment_checkbox_form,
    household_members_ascii_grid_table,
    care_leaver_pathway_plan_extract,
    iban_malay_language_letter,
    fang_spanish_language_letter,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT22 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT22.organisation_contacts
build_row = HELDOUT22.build_row
generate_heldout22 = HELDOUT22.generate
write_set = HELDOUT22.write_set
main = HELDOUT22.main


if __name__ == "__main__":
    main()
