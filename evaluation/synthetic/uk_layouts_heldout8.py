# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout8: an eighth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout8(n, seed)`` returns rows ``{"id": "uklayout-heldout8-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout8",
"layout"}``. Row i depends only on (seed, i); the 14 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout8 -o var/eval/pii_uk_layouts_heldout8.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout8.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout7; every value table here is new, and tests/test_uk_layouts_heldout8.py checks that no
first name, surname, town, district, county, street or house name appears in an earlier family
(uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name lists it
draws from; heldout3 to heldout7):

* names from Eritrean (Tigrinya: Letemariam, Tesfamariam), Filipino (Luzviminda;
  Dimaculangan, Pangilinan), Nepali and Gurkha (Dil Bahadur, Bishnu Maya; Budhathoki, Pun),
  Hong Kong Cantonese (Hoi Lam, Chun Hei; Au-Yeung, Cheuk), Afghan (Zarghuna, Zabihullah;
  Popalzai, Stanikzai), Syrian (Ghaith, Joumana; Al-Halabi, Tarabishi), Zimbabwean (Shona and
  Ndebele: Rumbidzai, Munyaradzi; Mpofu, Nyathi), Jamaican (Kadian, Hopeton; Thelwell, Mignott),
  Sikh (Kiranjot, Gurnam; Matharu, Panesar), Sri Lankan Tamil (Mathivathani, Sujeevan;
  Thirunavukkarasu), Albanian (Shkëlqim, Xhevahire; Xhaferi, Çela), Bulgarian
  (Tsvetanka, Nedelcho; Zhelyazkov/Zhelyazkova), Slovak Roma (Eržika, Aladár; Červeňák/
  Červeňáková), Latvian (Sarmīte, Krišjānis; Ozoliņš/Ozoliņa), Sardinian and Sicilian Italian
  (Bonaria, Efisio, Calogero; Pirastu, Pitzalis), Irish Traveller (Bridie, Paddy-Joe;
  Ruttledge, Joyce-Maughan), Scottish Gaelic (Ùisdean, Cairistìona; MacAoidh, Stiùbhart) and
  Welsh (Dyddgu, Llywarch; Ffowc, Rhisiart) communities;
* places none of the earlier families use: English market towns (Aspatria, Hunmanby, Thaxted,
  Appledore), Highland and island towns with Gaelic county names (Gallaibh, Cataibh, Siorrachd
  Rois, Earra-Ghàidheal, Na h-Eileanan an Iar), Welsh towns by their Welsh names (Castell-nedd,
  Tref-y-clawdd, Pontrhydfendigaid) with old counties (Brycheiniog, Sir Geredigion, Pembs.),
  Northern Irish villages with Irish-language county names (Tír Eoghan, Fear Manach, Ard
  Mhacha, An Dún); streets of
  old trades (Fellmongers Yard, Hammermen Wynd, Stryd y Gwehyddion, Sraid a' Chidhe);
* new recipient organisations (allow-listed) and third parties (letting agents, pest control
  contractors, hospital discharge teams, food banks, domestic abuse services, GP practices)
  whose own contact details are ORGANIZATION; schools and wards are named, never contacted.

Layouts (14): council_tax_reduction_household, deposit_dispute_inventory,
dfg_occupational_therapy_report, school_transport_appeal, tell_us_once_follow_up,
pest_control_job_sheet, library_membership_csv, noise_nuisance_diary, marac_referral_aliases,
immigration_status_check, hospital_discharge_duty_to_refer, food_bank_voucher_labels_after,
tenancy_sign_up_checklist, hmo_inspection_room_schedule.

Labelling conventions are heldout7's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, lower case
and aliases ("also known as") are PERSON. Addresses split into STREET_ADDRESS (one span even
over lines; a room in a house in multiple occupation is not part of it) + one LOCATION each for
district, town/village and county + UK_POSTCODE, in whatever order they are written, also inside
CSV cells. Only dates of birth are DATE_OF_BIRTH (a deceased person's date of birth too); dates
of death, visits, inspections, discharge, noise incidents, joining and deadlines stay
unlabelled. Driving licence and passport numbers are written plainly (identity seen at a
tenancy sign-up, documents to cancel after a death, a passport in a status check). Third
parties' own address lines, phones and mailboxes are ORGANIZATION (ignored for recall).
Unlabelled look-alikes that must stay readable (precision): council tax reduction claim and
account references and weekly incomes, deposit ids, adjudication cases and deductions, DFG
references, HCPC registration numbers and measurements in mm, pupil ids, route numbers and
distances in miles, Tell Us Once references, register entry numbers and dates of death, pest
job numbers, bait station numbers and product batch numbers, library barcodes and joining
dates, environmental protection case references, clock-time ranges and decibel readings, MARAC
references, DASH scores and police crime references, Home Office share codes, biometric
residence permit numbers and Home Office references (left unlabelled: not a type this set
scores), hospital numbers, ward numbers and discharge dates, food bank voucher numbers and
collection times, tenancy references, key fob numbers, meter serials and readings, HMO licence
numbers, room sizes in m² and fire door ratings. ~10% of NI numbers, NHS numbers, sort codes,
account numbers and passport numbers are MISTYPED as in heldout4 (span ``"mistyped": True``);
~10% of rows hide a Unicode trick (zero-width space, soft hyphen, no-break or narrow no-break
space, full-width digits) inside a labelled value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from evaluation.synthetic.uk_layouts.values import Address, Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    age,
    clock_time,
    ext,
    gendered_surname_pairs,
    iso,
    parse_tables,
    pron,
    relation_word,
    third_parties,
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
    "generate_heldout8",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout8"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
eritrean: Tsega/f Luwam/f Rahwa/f Semhar/f Freweyni/f Mehret/f Abrehet/f
  Letemariam/f Ruta/f Mebrat/f Tesfay/m Mehari/m Habtom/m
  Biniam/m Filmon/m Amanuel/m Yemane/m Goitom/m Ghirmay/m Zerai/m Tewolde/m Haben
filipino: Analyn/f Jhoanna/f Marivic/f Ruby-Ann/f Lovely/f Princess-Joy/f Mylene/f
  Rhodora/f Luzviminda/f Divina/f Marites/f Ligaya/f Jun-Jun/m Bong/m Jhun/m
  Dindo/m Nonoy/m Reynante/m Efren/m Rommel/m Dodong/m Bayani/m Rhea-Mae/f
nepali: Pabitra/f Dil_Maya/f Bishnu_Maya/f Samjhana/f Kopila/f Rojina/f Lhakpa/f Tek_Bahadur/m
  Dil_Bahadur/m Chandra_Bahadur/m Purna/m Dhan/m Bhim/m Bishal/m Sujan/m Nabin/m Pasang/m
  Ngima/m Man_Kumari/f Hari_Maya/f Yam/m Dhruba/m Padam/m Jit/m
hong_kong: Ka_Yan/f Hoi_Lam/f Pui_Ki/f Tsz_Ching/f Man_Yee/f Suk_Ling/f Chun_Hei/m
  Ka_Ho/m Wai_Kit/m Hok_Lam/m Yat_Long/m Ka_Chun/m Kwan_Ho/m
  Ching_Yee/f Lok_Yi/f Kit_Ying/f Sze_Wan/f Hiu_Tung/f Chun_Wai/m
afghan: Zarghuna/f Palwasha/f Mursal/f Farishta/f Marzia/f Wahida/f Shukria/f Freshta/f
  Gulalai/f Najiba/f Bibi_Gul/f Zabihullah/m Rahmatullah/m Samiullah/m
  Naqibullah/m Ajmal/m Zalmai/m Mirwais/m Jawed/m Khalilullah/m Ehsanullah/m Nasratullah/m
  Qudratullah/m Sayed_Jalal/m Storai/f Nazo/f
syrian: Ghalia/f Joumana/f Buthaina/f Ruba/f Maysaa/f Sidra/f Rula/f Ghaith/m
  Mouaz/m Muhannad/m Moutaz/m Obada/m Louay/m Mazen/m Ayham/m Bassel/m Kinan/m Yamen/m
  Hazem/m Hussam/m Bayan/f
zimbabwean: Rumbidzai/f Tsitsi/f Vimbai/f
  Chiedza/f Fadzai/f Tafadzwa Kudzai Munyaradzi/m Tinashe Takudzwa/m Simbarashe/m
  Ruvimbo/f Shingirai Nkosana/m Thandeka/f Sibusiso/m Bongani/m Nomsa/f Nokuthula/f
  Sithembiso/m Mthulisi/m
jamaican: Oneil/m
  Shanique/f Kadian/f Odane/m Tajay/m Shevaun/f Jodi-Ann/f Trudy-Ann/f Sashana/f Nordia/f
  Kerry-Ann/f Alrick/m Garfield/m Ewart/m Hopeton/m
  Novelette/f Sophia-Kaye/f
sikh: Gurleen/f Simranjit/f Inderpal/m Kiranjot/f Prabhjot
  Gurmeet Baldev/m Kulbir/m Ajit/m Manraj/m Jasmeet Gurnam/m
  Sukhdev/m Balbir Kuldeep Tarlochan/m Ravneet/f Parambir/m Kirandeep/f
tamil: Nirosha/f Sinthuja/f Thusyanthi/f Mathivathani/f Vithya/f Piraba/f Kajani/f
  Jeyanthi/f Tharmalingam/m Jeyakanthan/m Rajeevan/m Kajan/m Thusyanthan/m Sutharsan/m
  Nimalan/m Mathuran/m Sujeevan/m Vinothan/m Kirushanth/m Logeswaran/m Pirabakaran/m Sanjeevan/m
  Thuvaraka/f Kowsalya/f
albanian: Albana/f Drita/f Elira/f Fatbardha/f Flutura/f Mimoza/f Shpresa/f Valbona/f
  Xhevahire/f Lindita/f Arjana/f Entela/f Ardit/m Besnik/m Dritan/m Erion/m Fatmir/m Gëzim/m
  Ilir/m Kreshnik/m Lulzim/m Mentor/m Shkëlqim/m Valon/m Xhafer/m Ylli/m Agron/m Bujar/m
bulgarian: Tsvetanka/f Radka/f Stoyanka/f Gergana/f Yordanka/f Zhivka/f Velichka/f
  Radostina/f Boryana/f Vesselina/f Tsvetomir/m Stoyan/m Hristo/m Lyubomir/m Kiril/m
  Zhivko/m Ognyan/m Rumen/m Plamen/m Krasimir/m Blagoy/m Momchil/m Nedelcho/m Veselin/m Spas/m
slovak_roma: Šarlota/f Gizela/f Margita/f Ružena/f Jolana/f Agnesa/f Eržika/f Terézia/f
  Nikoleta/f Sabína/f Kristína/f Dežo/m Kálmán/m Ladislav/m Koloman/m
  Štefan/m Juraj/m Dušan/m Marián/m Branislav/m Imrich/m Aladár/m Tibor/m Zoltán/m Attila/m
latvian: Inese/f Līga/f Dace/f Zane/f Baiba/f Kristīne/f Gunta/f Aija/f Māra/f
  Sarmīte/f Andris/m Juris/m Edgars/m Māris/m Artūrs/m Valdis/m Aivars/m Gatis/m
  Kārlis/m Raimonds/m Uldis/m Ivars/m Normunds/m Ojārs/m Guntis/m Krišjānis/m
italian: Bonaria/f Efisio/m Gavino/m Nunzia/f Immacolata/f Incoronata/f Gavina/f
  Peppino/m Vincenzino/m Tindaro/m Nicolino/m Agatina/f Santina/f
  Crocifissa/f Giommaria/m Tonina/f Salvatorica/f Baingio/m
irish_traveller: Mena/f Bridie/f Ellen-Rose/f Katie-Ann/f Mary-Kate/f Nanny-Bridget/f Hughie/m
  Johnjoe/m Paddy-Joe/m Jim-Paddy/m Tom-Pat/m Simie/m Paddy-Lee/m Mikie/m Jody-Lee/f Kathleen-Mary/f
  Christy-John/m Mags/f Josie-Ann/f
scots_gaelic: Anndra/m Raghnall/m Sìne/f Sìleas/f Barabal/f Curstaidh/f Fearchar/m
  Dòmhnullan/m Màrtainn/m Dàibhidh/m Seonaidh/m Ùisdean/m Iomhair/m Caitrìona/f Eòghainn/m
  Cairistìona/f Diorbhal/f Eilidh-Anna/f
  Mànus/m Tòmas/m Màiri-Anna/f
  Murdina/f
welsh: Gwenan/f Gwennan/f Hedd/m Llywarch/m Elonwy/f Hawys/f Gwladys/f Mefin/m Ceiriog/m
  Gwynfor/m Ceinwen/f Eiddwen/f Teleri/f Non/f Dyddgu/f
  Sulwen/f Idwal/m
  Morus/m Hefin/m
"""
_SURNAMES = """
eritrean: Tesfamariam Gebremedhin Habtemariam Tekeste Ghebreyesus Negash
  Andemariam Berhe Weldu Asmerom Okbamichael Mehretab Zeray Ghebremeskel Ogbazghi
filipino: Dimaculangan Macaraeg Pangilinan Manalastas Sumalpong Villaraza Lacson
  Magbanua Panganiban Agbayani Macapagal Ocampo Pagaduan Lagman Sison Malabanan Ilagan
nepali: Pun Sherpa Ghale Subba Chhetri Ale
  Budhathoki Thapa-Magar Gharti Kunwar Pariyar
hong_kong: Tsui Cheuk Sze Au-Yeung Pang Shek Tong Chung Luk Kam

afghan: Popalzai Barakzai Achakzai Noorzai Alokozai Stanikzai Hotak Safi Wardak
  Mohmand Hashimi Jalali Paktiawal Shinwari Yousufzai Tokhi
syrian: Al-Halabi Al-Shami Al-Hamwi Al-Homsi Kayyali Atassi Jabri Mardini Sabbagh Tarabishi
  Dabbagh Nahhas Idlibi Al-Dimashqi Qabbani Shaar Arnaout Kanaan
zimbabwean: Ndlovu Nyathi Mpofu Mlambo Mapfumo Mhlanga
  Gumbo Marufu Zvobgo Chigumba Manyika Makoni Chinyama Musarurwa Nyamande Mavhunga Chitepo Tshuma
  Khumalo
jamaican: Thelwell Hylton Mignott Grizzle Dunkley
  McAnuff Pottinger Clarke-Dixon Foreshaw Gordon-Lawrence Maragh McKoy Chin-See
sikh: Matharu Bhamra Panesar Jutla Mudhar Gahir Dhanjal Ubhi
  Purewal Takhar
tamil: Sivapalan Thirunavukkarasu Balasingham Jeyaratnam
  Paramanathan Rasalingam Navaratnam Ganeshalingam Yogarajah Ratnasingam Nadarajah
  Sriskandarajah Vigneswaran Thillainathan Kugathasan
albanian: Gashi Shehu Kelmendi Mema Lleshi Dervishi Xhaferi Bajrami Kola
  Gjoka Marku Prenga Hysa Zeqiri Tafa Bregu Muça Lika Çela Gjini Ndreu
bulgarian: Stoyanova/f Petkov/m Petkova/f Georgiev/m Todorov/m Todorova/f
  Hristov/m Hristova/f Yordanov/m Yordanova/f Kolev/m Koleva/f Zhelyazkov/m Zhelyazkova/f
  Tsvetkov/m Tsvetkova/f Angelov/m Angelova/f Bozhilov/m Bozhilova/f
slovak_roma: Horváthová/f Kotlár/m Kotlárová/f Červeňák/m Červeňáková/f Pompa Mižigár
  Gabčo Bandy Kaleja Tomko Kroščen Sivák/m Siváková/f Šarközi Berky Šándor Rigó
latvian: Bērziņa/f Kalniņa/f Ozoliņš/m Ozoliņa/f Liepiņš/m
  Krūmiņš/m Krūmiņa/f Zariņš/m Zariņa/f Eglītis/m Eglīte/f Vītols/m Vītola/f Jansons/m
  Jansone/f Balodis/m Balode/f Kļaviņš/m Kļaviņa/f Siliņš/m Siliņa/f Pētersons/m
  Pētersone/f
italian: Deiana Pirastu Murgia Cossu Piras Melis Porcu Zedda Atzeni Mereu Usai Loi Floris Cabras
  Fadda Lai Manca Orrù Pitzalis Sechi Scanu Ladu
irish_traveller: Ruttledge Moorhouse Gammell Mulhearn Lynch-Mongan Nevin-Ward Delaney-Joyce
  Joyce-Maughan Stokes-Connors Cash-Mongan McDonagh-Ward
scots_gaelic: MacAoidh Caimbeul Moireasdan MacIlleathain MacNèill
  MacAsgaill Siosalach Friseal Stiùbhart MacLabhrainn
  MacSween
welsh: Ellis-Griffiths Puw Penri Pennant Caerwyn
  Morgan-Davies Ffowc Wyn-Jones Dafis Rhisiart Tomos-Jenkins
"""
_TOWNS = """
E||Aspatria|CA7 / E||Silloth|CA7 / E||Grange-over-Sands|LA11 / E||Askam-in-Furness|LA16
E||Ambleside|LA22 / E||Shap*|CA10 / E||Ferryhill|DL17 / E||Brotton|TS12 / E||Malton|YO17
E||Filey|YO14 / E||Hunmanby*|YO14 / E||Hessle|HU13 / E||Howden|DN14 / E||Sherburn in Elmet|LS25
E||Wetherby|LS22 / E||New Mills|SK22 / E||Ashbourne|DE6 / E||Belper|DE56 / E||Alfreton|DE55
E||Clay Cross|S45 / E||Dronfield|S18 / E||Bourne|PE10 / E||Alcester|B49 / E||Pershore|WR10
E||Upton-upon-Severn|WR8 / E||Sandbach|CW11 / E||Eccleshall|ST21 / E||Penkridge|ST19
E||Winchcombe|GL54 / E||Chipping Norton|OX7 / E||Wantage|OX12 / E||Faringdon|SN7
E||Marlborough|SN8 / E||Lyme Regis|DT7 / E||Shaftesbury|SP7 / E||Wimborne Minster|BH21
E||Ringwood|BH24 / E||Petersfield|GU32 / E||Midhurst|GU29 / E||Arundel|BN18 / E||Battle|TN33
E||Uckfield|TN22 / E||Crowborough|TN6 / E||Seaford|BN25 / E||Hythe|CT21 / E||Cranbrook|TN17
E||Halstead|CO9 / E||Coggeshall|CO6 / E||Thaxted*|CM6 / E||Burnham-on-Crouch|CM0
E||Woodbridge|IP12 / E||Aldeburgh|IP15 / E||Southwold|IP18 / E||Diss|IP22 / E||Swaffham|PE37
E||Sheringham|NR26 / E||Ampthill|MK45 / E||Olney|MK46 / E||Brackley|NN13 / E||Crediton|EX17
E||Honiton|EX14 / E||Axminster|EX13 / E||Sidmouth|EX10 / E||Dawlish|EX7 / E||Salcombe|TQ8
E||Appledore*|EX39 / E||Braunton|EX33 / E||Padstow|PL28 / E||Wadebridge|PL27 / E||Fowey|PL23
E||Looe|PL13 / E||Hawes*|DL8 / E||Barnoldswick|BB18 / E||Colne|BB8 / E||Darwen|BB3
E||Lytham|FY8 / S||Nairn|IV12 / S||Banff|AB45 / S||Macduff|AB44 / S||Braemar*|AB35
S||St Monans*|KY10 / S||Killearn*|G63 / S||Kyle of Lochalsh|IV40 / S||Broadford*|IV49
S||West Kilbride|KA23 / S||Selkirk|TD7 / S||Melrose|TD6 / S||Duns|TD11 / S||Strathaven|ML10
S||North Berwick|EH39 / W||Y Waun|LL14 / W||Y Fflint|CH6 / W|Brycheiniog|Tref-y-clawdd|LD7
W|Brycheiniog|Crughywel|NP8 / W||Castell-nedd|SA11 / W||Brynmawr|NP23
W|Pembs.|Aberdaugleddau|SA73 / W|Pembs.|Penfro|SA71 / N|Tír Eoghan|Ballygawley*|BT70
N||Dromara*|BT25 / S|Gallaibh|Dunbeath*|KW6 / S|Gallaibh|Latheron*|KW5 / S|Gallaibh|Keiss*|KW1
S|Gallaibh|Castletown*|KW14 / S|Gallaibh|Reay*|KW14 / S|Cataibh|Melvich*|KW14
S|Cataibh|Kinlochbervie*|IV27 / S|Cataibh|Scourie*|IV27 / S|Cataibh|Tongue*|IV27
S|Cataibh|Achiltibuie*|IV26 / S|Siorrachd Rois|Dornie*|IV40 / S|Siorrachd Rois|Shieldaig*|IV54
S|Siorrachd Rois|Applecross*|IV54 / S|Siorrachd Rois|Kinlochewe*|IV22
S|Siorrachd Rois|Poolewe*|IV22 / S|Siorrachd Rois|Aultbea*|IV22 / S|Siorrachd Rois|Garve*|IV23
S|Siorrachd Rois|Contin*|IV14 / S|Siorrachd Rois|Strathpeffer*|IV14
S|Siorrachd Rois|Evanton*|IV16 / S|Siorrachd Rois|Cromarty*|IV11
S|Siorrachd Rois|Fortrose*|IV10 / S|Siorrachd Rois|Rosemarkie*|IV10
S|Siorrachd Rois|Avoch*|IV9 / S|Siorrachd Rois|Munlochy*|IV8 / S||Beauly|IV4
S||Kiltarlity*|IV4 / S||Fort Augustus*|PH32 / S||Invergarry*|PH35 / S||Spean Bridge*|PH34
S||Roybridge*|PH31 / S||Glenfinnan*|PH37 / S||Arisaig*|PH39 / S||Acharacle*|PH36
S||Strontian*|PH36 / S||Kinlochleven|PH50 / S||Ballachulish*|PH49
S|Earra-Ghàidheal|Appin*|PA38 / S|Earra-Ghàidheal|Taynuilt*|PA35
S|Earra-Ghàidheal|Dalmally*|PA33 / S|Earra-Ghàidheal|Ardrishaig*|PA30
S|Earra-Ghàidheal|Carradale*|PA28 / S|Earra-Ghàidheal|Tayinloan*|PA29
S|Earra-Ghàidheal|Port Ramsay*|PA34 / S|Moireibh|Craigellachie*|AB38 / S|Moireibh|Rothes*|AB38
S|Moireibh|Archiestown*|AB38 / S|Siorrachd Bhanbh|Portknockie*|AB56
S|Siorrachd Bhanbh|Aberchirder*|AB54 / S||Rhynie*|AB54 / S||Kemnay*|AB51 / S||Kintore|AB51
S||Pitmedden*|AB41 / S||Cruden Bay*|AB42 / S||Boddam*|AB42 / S||Rosehearty*|AB43
S||New Pitsligo*|AB43 / S||Strichen*|AB43 / S||Mintlaw|AB42 / S||Maud*|AB42 / S||New Deer*|AB53
S||Fyvie*|AB53 / S||Rothienorman*|AB51 / S||Tarland*|AB34 / S||Lumphanan*|AB31
S||Torphins*|AB31 / S||Drumoak*|AB31 / S|Siorrachd Chinn Chàrdainn|Auchenblae*|AB30
S|Siorrachd Chinn Chàrdainn|Fettercairn*|AB30 / S|Siorrachd Aonghais|Letham*|DD8
S|Siorrachd Aonghais|Friockheim*|DD11 / S|Siorrachd Aonghais|Glamis*|DD8
S|Siorrachd Pheairt|Meigle*|PH12 / S|Siorrachd Pheairt|Abernethy*|PH2
S|Siorrachd Pheairt|Bridge of Earn*|PH2 / S|Siorrachd Pheairt|Methven*|PH1
S|Siorrachd Pheairt|St Fillans*|PH6 / S|Siorrachd Pheairt|Lochearnhead*|FK19
S|Siorrachd Pheairt|Strathyre*|FK18 / S|Siorrachd Pheairt|Kinloch Rannoch*|PH16
S|Siorrachd Pheairt|Blair Atholl*|PH18 / S||Dalwhinnie*|PH19 / S||Kincraig*|PH21
S||Boat of Garten*|PH24 / S||Grantown-on-Spey|PH26 / S||Cromdale*|PH26
S|Siorrachd Rosbroig|Yetholm*|TD5 / S|Siorrachd Rosbroig|Morebattle*|TD5
S|Siorrachd Rosbroig|Ancrum*|TD8 / S|Siorrachd Rosbroig|St Boswells*|TD6 / S||Earlston|TD4
S||Walkerburn*|EH43 / S||Ettrick*|TD7 / S||Greenlaw*|TD10 / S||Ayton*|TD14
S||Cockburnspath*|TD13 / S||Gifford*|EH41 / S||Athelstaneford*|EH39 / S||Dirleton*|EH39
S||Aberlady*|EH32 / S||Ormiston*|EH35 / S||Pencaitland*|EH34 / S||Eddleston*|EH45
S|Lanarks.|Carnwath*|ML11 / S|Lanarks.|Abington*|ML12 / S|Lanarks.|Wanlockhead*|ML12
S|Siorrachd Dhùn Phris|Penpont*|DG3 / S|Siorrachd Dhùn Phris|Dunscore*|DG2
S|Siorrachd Dhùn Phris|Lochmaben*|DG11
S|Siorrachd Dhùn Phris|Canonbie*|DG14 / S||Auchencairn*|DG7 / S||Palnackie*|DG7
S|Wigtowns.|Creetown*|DG8 / S|Wigtowns.|Wigtown|DG8 / S|Wigtowns.|Port William*|DG8
S|Wigtowns.|Drummore*|DG9 / S|Wigtowns.|Sorbie*|DG8 / S|Ayrs.|Dunlop*|KA3 / S|Ayrs.|Fenwick*|KA3
S|Ayrs.|Galston|KA4 / S|Ayrs.|Newmilns|KA16 / S|Ayrs.|Catrine*|KA5 / S|Ayrs.|Sorn*|KA5
S|Ayrs.|Ochiltree*|KA18 / S|Ayrs.|New Cumnock|KA18 / S|Ayrs.|Dailly*|KA26
S|Ayrs.|Straiton*|KA19 / S|Ayrs.|Kirkoswald*|KA19 / S|Ayrs.|Dunure*|KA7
S|Na h-Eileanan an Iar|Baile a' Mhanaich*|HS7 / S|Na h-Eileanan an Iar|Lìonacleit*|HS7
S|Na h-Eileanan an Iar|An t-Òb*|HS5 / S|Na h-Eileanan an Iar|Port Nis*|HS2
S|Na h-Eileanan an Iar|Bragar*|HS2 / S|Na h-Eileanan an Iar|Grabhair*|HS2
S|Na h-Eileanan an Iar|Borgh*|HS9 / W|Sir Geredigion|Llanarth*|SA47
W|Sir Geredigion|Synod Inn*|SA44 / W|Sir Geredigion|Pontrhydfendigaid*|SY25
W|Sir Geredigion|Ysbyty Ystwyth*|SY25 / W|Sir Geredigion|Pontarfynach*|SY23
W|Sir Geredigion|Ponterwyd*|SY23 / W|Sir Geredigion|Tal-y-bont*|SY24
W|Sir Geredigion|Y Borth*|SY24 / W|Sir Geredigion|Penrhyn-coch*|SY23
W|Sir Geredigion|Capel Bangor*|SY23 / W|Sir Geredigion|Llanilar*|SY23
W|Sir Geredigion|Lledrod*|SY23 / W|Sir Geredigion|Felinfach*|SA48
W|Sir Geredigion|Cilcennin*|SA48 / W|Sir Geredigion|Talgarreg*|SA44
W|Sir Geredigion|Rhydlewis*|SA44 / W|Sir Geredigion|Penparc*|SA43
W|Sir Geredigion|Tan-y-groes*|SA43 / W|Sir Geredigion|Llechryd*|SA43
W|Sir Geredigion|Llanddewi Brefi*|SY25 / W|Pembs.|Cilgerran*|SA43 / W|Pembs.|Boncath*|SA37
W|Pembs.|Eglwyswrw*|SA41 / W|Pembs.|Maenclochog*|SA66 / W|Pembs.|Mynachlog-ddu*|SA66
W|Pembs.|Llanfyrnach*|SA35 / W|Carms.|Cwm-cou*|SA38 / W|Carms.|Drefach Felindre*|SA44
W|Carms.|Pencader*|SA39 / W|Carms.|Brechfa*|SA32 / W|Carms.|Llanpumsaint*|SA33
W|Carms.|Cynwyl Elfed*|SA33 / W|Carms.|Meidrim*|SA33 / W|Carms.|Llansteffan*|SA33
W|Carms.|Glanyfferi*|SA17 / W|Carms.|Pont-iets*|SA15 / W|Carms.|Gorslas*|SA14
W|Carms.|Llandybïe*|SA18 / W|Carms.|Llangadog*|SA19 / W|Carms.|Llanwrda*|SA19
W|Carms.|Myddfai*|SA20 / W|Carms.|Cil-y-cwm*|SA20 / W|Carms.|Rhandirmwyn*|SA20
W|Carms.|Llansawel*|SA19 / W|Brycheiniog|Abergwesyn*|LD5 / W|Brycheiniog|Llanafan Fawr*|LD2
W||Pontnewydd-ar-Wy*|LD1 / W||Llanbister*|LD1 / W||Bleddfa*|LD7 / W||Bugeildy*|LD7
W||Llansanffraid-ym-Mechain*|SY22 / W||Llangynog*|SY10 / W||Llanrhaeadr-ym-Mochnant*|SY10
W||Llanbrynmair*|SY19 / W||Carno*|SY17 / W||Trefeglwys*|SY17 / W||Llangurig*|SY18
W||Dinas Mawddwy*|SY20 / W||Mallwyd*|SY20 / W||Corris*|SY20 / W||Abergynolwyn*|LL36
W||Llwyngwril*|LL37 / W||Y Friog*|LL38 / W||Llanelltyd*|LL40 / W||Ganllwyd*|LL40
W|Merioneth|Llanbedr*|LL45 / W|Merioneth|Dyffryn Ardudwy*|LL44 / W|Merioneth|Talsarnau*|LL47
W|Merioneth|Llanfrothen*|LL48 / W|Caerns.|Rhyd-ddu*|LL54 / W|Caerns.|Clynnog Fawr*|LL54
W|Pen Llŷn|Chwilog*|LL53 / W|Pen Llŷn|Y Ffôr*|LL53 / W|Pen Llŷn|Llanbedrog*|LL53
W|Pen Llŷn|Aberdaron*|LL53 / W|Pen Llŷn|Edern*|LL53 / W|Pen Llŷn|Morfa Nefyn*|LL53
W|Pen Llŷn|Tudweiliog*|LL53 / W||Aberffraw*|LL63 / W||Bodedern*|LL65 / W||Llanfaethlu*|LL65
W||Pentraeth*|LL75 / W||Llanfairpwll*|LL61 / W||Brynsiencyn*|LL61 / W||Gaerwen*|LL60
W||Llannerch-y-medd*|LL71 / W|Caerns.|Llanrug*|LL55 / W|Caerns.|Tregarth*|LL57
W|Caerns.|Abergwyngregyn*|LL33 / W||Dolgarrog*|LL32 / W||Trefriw*|LL27 / W||Capel Curig*|LL24
W||Ysbyty Ifan*|LL24 / W||Pentrefoelas*|LL24 / W||Llangernyw*|LL22 / W||Llanfair Talhaearn*|LL22
W||Trefnant*|LL16 / W||Henllan*|LL16 / W||Llandyrnog*|LL16 / W||Cilcain*|CH7 / W||Nannerch*|CH7
W||Chwitffordd*|CH8 / W||Carrog*|LL21 / W||Llandrillo*|LL21 / W||Cynwyd*|LL21
N|Doire|Drumsurn*|BT47 / N|Doire|Magilligan*|BT49 / N|Doire|Articlave*|BT51
N|Doire|Macosquin*|BT51 / N|Doire|Bellarena*|BT49 / N|Doire|Knockloughrim*|BT45
N|Doire|Moneymore*|BT45 / N|Doire|Ballyronan*|BT45 / N|Tír Eoghan|The Loup*|BT80
N|Tír Eoghan|Cappagh*|BT70 / N|Tír Eoghan|Seskinore*|BT78 / N|Tír Eoghan|Killeter*|BT81
N|Fear Manach|Lack*|BT93 / N|Fear Manach|Ballinamallard*|BT94 / N|Fear Manach|Garrison*|BT93
N|Fear Manach|Florencecourt*|BT92 / N|Fear Manach|Bellanaleck*|BT92
N|Fear Manach|Kinawley*|BT92 / N|Fear Manach|Derrygonnelly*|BT93
N|Ard Mhacha|Jonesborough*|BT35 / N|Ard Mhacha|Silverbridge*|BT35
N|Ard Mhacha|Whitecross*|BT60 / N|Ard Mhacha|Mountnorris*|BT60
N|Ard Mhacha|Hamiltonsbawn*|BT60 / N|Ard Mhacha|Middletown*|BT60 / N|Ard Mhacha|Killylea*|BT60
N|Ard Mhacha|Charlemont*|BT71 / N|Ard Mhacha|Maghery*|BT71 / N|Ard Mhacha|Scarva*|BT63
N|An Dún|Laurencetown*|BT63 / N|An Dún|Donaghcloney*|BT66 / N|An Dún|Magheralin*|BT67
N|An Dún|Annsborough*|BT31 / N|An Dún|Clough*|BT30 / N|An Dún|Seaforde*|BT30
N|An Dún|Ballygowan*|BT23 / N|An Dún|Moneyreagh*|BT23 / N|An Dún|Ballyward*|BT31
N|An Dún|Hilltown*|BT34 / N|An Dún|Mayobridge*|BT34 / N|An Dún|Attical*|BT34
N|An Dún|Kilcoo*|BT34 / N|An Dún|Bryansford*|BT33 / N|An Dún|Ballykinler*|BT30
N|An Dún|Portavogie*|BT22 / N|An Dún|Cloughey*|BT22 / N|An Dún|Ballyhalbert*|BT22
N|Aontroma|Aghalee*|BT67 / N|Aontroma|Stoneyford*|BT28 / N|Aontroma|Dundrod*|BT29
N|Aontroma|Ballyeaston*|BT39 / N|Aontroma|Straid*|BT39 / N|Aontroma|Parkgate*|BT39
N|Aontroma|Kells*|BT42 / N|Aontroma|Martinstown*|BT43 / N|Aontroma|Glenariff*|BT44
N|Aontroma|Waterfoot*|BT44 / N|Aontroma|Loughguile*|BT44 / N|Aontroma|Stranocum*|BT53
N|Aontroma|Ballybogey*|BT53 / N|Aontroma|Portballintrae*|BT57 / N|Aontroma|Liscolman*|BT53
"""
_STREETS = {
    "E": "Hopfield Row, Osier Bed Lane, Withy Close, Teasel Way, Cordwainers Row, Chandlers "
    "Walk, Farriers Yard, Saddlers Close, Wheelwrights Lane, Coopers Gate, Tallow Lane, "
    "Flax Mill Road, Dye House Lane, Glovers Close, Hatters Row, Nailers Fold, Bleach "
    "Green Lane, Tenter Croft, Fulling Mill Lane, Papermill Close, Gunpowder Lane, Lime "
    "Kiln Way, Clay Pit Road, Quarry Bank Rise, Flint Knappers Way, Cress Beds Lane, "
    "Osprey Rise, Bargemans Walk, Lighterage Road, Sluice Gate Lane, Drovers Road, "
    "Tollgate Rise, Turnpike Close, Beadle Row, Almshouse Lane, Workhouse Road, Glebe "
    "Farm Road, Tithe Barn Way, Dovecote Close, Cider Press Lane, Hop Kiln Close, Oast "
    "House Way, Maltings Court, Brewers Row, Granary Walk, Wharfside Close, Ragstone Row, "
    "Sawpit Lane, Bellfounders Close, Charcoal Burners Way, Pargeters Row, Thatchers "
    "Fold, Hurdlemakers Lane, Rushlight Close, Ferrets Lane, Lampwick Row, Tinkers Green "
    "Lane, Bodgers Walk, Quill Pen Close, Mangold Lane, Swede Field Road, Wool Staplers "
    "Way, Clothiers Rise, Fellmongers Yard, Tawyers Close, Skep Lane, Beeskep Close, "
    "Nightjar Rise, Stonechat Way, Corncrake Lane, Whinchat Row, Bittern Fold, Redstart "
    "Walk",
    "S": "Skinners Close, Cowgate Brae, Loan End, Bridgend Brae, Seagate, Marketgate, Den "
    "Road, Burnside Loan, Coble Road, Saltpan Brae, Girnal Wynd, Manse Road, Schoolhouse "
    "Loan, Cooperage Wynd, Ropeworks Brae, Herring Quay, Sraid na h-Eaglais, Sraid a' "
    "Chaisteil, Cnoc an t-Sagairt, Fleshmarket Wynd, Candlemakers Loan, Cordiners Close, "
    "Bonnet Makers Brae, Hammermen Wynd, Baxters Loan, Websters Close, Flesher Brae, Malt "
    "Barns Loan, Creel Brae, Sraid an Aiseig, Rathad na Muilne, Sraid a' Chidhe, Ceann an "
    "Locha Road",
    "W": "Heol y Felin Wlân, Stryd yr Efail, Ffordd y Traeth, Heol y Bryn, Ffordd Penrallt, "
    "Stryd Fawr Isaf, Rhes Garth, Heol y Pandy, Lôn y Gors, Rhodfa'r Harbwr, Stryd "
    "Bethesda, Teras Pen y Graig, Lôn Gopa, Heol Glan Rhyd, Heol y Gof, Lôn y Cryddion, "
    "Stryd y Gwehyddion, Heol yr Odyn, Ffordd y Chwarelwyr, Rhes y Glowyr, Lôn y "
    "Bugeiliaid, Heol y Porthmyn, Stryd y Cyfrwywyr, Teras y Seiri",
    "N": "Drumcroone Road, Ballyreagh Road, Tirkane Road, Moneysharvan Road, Crevolea Road, "
    "Knockan Road, Lisheegan Lane, Carnkenny Road, Tullyroan Road, Derrycaw Road, "
    "Annaghmore Road, Cloghog Road, Lisnamallard Avenue, Gortnagross Road, Aghagallon "
    "Road, Ballymacombs Road, Drumaness Road, Drumgorran Road, Lisnagarvey Lane, "
    "Tullyvallen Road, Ballymaguigan Road, Annagh Lane, Cloughfin Road, Mullaghduff Road, "
    "Carrowreagh Lane, Derrylatinee Road, Gortgonis Road",
}
_HOUSE_NAMES = {
    "E": "Osier Cottage, Hop Pickers Cottage, The Old Oast, Withy Bed House, Teasel Barn, The "
    "Old Tannery, Drovers Rest, Pinfold Cottage, The Toll House, Mill Leat House, "
    "Cressbrook Barn, The Old Smithy Forge, Kiln House, Tithe Cottage, Ragstone Cottage, "
    "Bellfounders House, Thatchers Barn, Skep Cottage, Whinchat Lodge, Fellmongers House",
    "S": "Ardlussa Croft, Bothan Beag, Achadh Mor, Cnoc na Mòine, The Old Schoolhouse Croft, "
    "Smiddy Cottage, Ferry House, Taigh a' Ghobhainn, Bothan na Mara, Creel Cottage, "
    "Baxters House, Tigh na Muilne",
    "W": "Tŷ'r Efail, Penrhiw Fach, Glan Gors, Maes y Garn, Llety'r Bugail, Bwthyn y Felin, "
    "Tŷ'r Gof, Bwthyn y Porthmon, Hafod y Glowyr, Llety'r Gwehydd",
    "N": "Drumcroone House, Tirkane Farm, Knockan Cottage, Carnkenny Lodge, The Gate Lodge, "
    "Annaghmore Farm, Drumgorran House, Tullyvallen Farm, Cloughfin Cottage, Annagh Lodge",
}
_CULTURE_WEIGHTS = {
    "eritrean": 5,
    "filipino": 6,
    "nepali": 5,
    "hong_kong": 6,
    "afghan": 6,
    "syrian": 5,
    "zimbabwean": 6,
    "jamaican": 6,
    "sikh": 6,
    "tamil": 5,
    "albanian": 5,
    "bulgarian": 5,
    "slovak_roma": 4,
    "latvian": 5,
    "italian": 4,
    "irish_traveller": 4,
    "scots_gaelic": 5,
    "welsh": 6,
}
_REGION_WEIGHTS = {"E": 50, "S": 20, "W": 17, "N": 13}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Redcar and Cleveland Borough Council|Council Tax Reduction and Benefits|Redcar and Cleveland House, Kirkleatham Street;Redcar;TS10 1RT|0808 157 0811|ctr.claims@redcar-cleveland.gov.uk
Rutland County Council|Private Sector Housing - Tenancy Relations|Catmose, Oakham Road;Oakham;LE15 6HP|0808 157 0822|tenancy.relations@rutland.gov.uk
Herefordshire Council|Adaptations - Disabled Facilities Grants|Plough Lane;Hereford;HR4 0LE|0808 157 0833|dfg.adaptations@herefordshire.gov.uk
Cyngor Sir Gâr / Carmarthenshire County Council|Cludiant Ysgol / School Transport|Neuadd y Sir, Heol Spilman;Caerfyrddin;SA31 1JP|0808 157 0844|cludiant.transport@sirgar.gov.uk
Argyll and Bute Council|Customer Services - Tell Us Once|Kilmory;Lochgilphead;PA31 8RT|0808 157 0855|tellusonce@argyll-bute.gov.uk
East Suffolk Council|Environmental Health - Pest Control|East Suffolk House, Station Road;Melton;IP12 1RT|0808 157 0866|pest.control@eastsuffolk.gov.uk
Dumfries and Galloway Council|Libraries and Archives - Membership|Ewart Library, Catherine Street;Dumfries;DG1 1JB|0808 157 0877|library.membership@dumgal.gov.uk
Fermanagh and Omagh District Council|Environmental Health - Noise Nuisance|Townhall, 2 Townhall Street;Enniskillen;BT74 7BA|0808 157 0888|noise@fermanaghomagh.com
Shropshire Council|Community Safety - MARAC Coordination|Shirehall, Abbey Foregate;Shrewsbury;SY2 6ND|0808 157 0899|marac.coordinator@shropshire.gov.uk
Moray Council|Housing Options - Eligibility and Status Checks|Council Office, High Street;Elgin;IV30 1BX|0808 157 0910|housing.eligibility@moray.gov.uk
Cyngor Sir Ddinbych / Denbighshire County Council|Tai / Housing Solutions - Duty to Refer|Caledfryn, Ffordd y Ffair;Dinbych;LL16 3RJ|0808 157 0921|dutytorefer@denbighshire.gov.uk
Armagh City, Banbridge and Craigavon Borough Council|Community Support - Food Bank Referrals|Civic Building, Downshire Road;Banbridge;BT32 3JY|0808 157 0932|community.support@armaghbanbridgecraigavon.gov.uk
South Kesteven District Council|Housing - Lettings and Tenancy Sign-up|Council Offices, St Peter's Hill;Grantham;NG31 6PZ|0808 157 0943|lettings@southkesteven.gov.uk
Torridge District Council|Private Sector Housing - HMO Licensing|Riverbank House;Bideford;EX39 2QG|0808 157 0954|hmo.licensing@torridge.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_LETTING_AGENTS = """
Kestrel & Quinn Lettings|14 Bondgate Within;Alnwick;NE66 1TD|0191 498 0711|deposits@kestrelquinn.co.uk
Harbourside Residential Ltd|2 Fore Street;Bideford;EX39 2AW|0117 496 0722|lettings@harbourside-res.co.uk
Penmaen Property Management|Unit 3, Parc Menai;Bangor;LL57 4FE|029 2018 0733|rentals@penmaenpm.co.uk
"""
_PEST_FIRMS = """
Anglian Pest Solutions Ltd|Unit 11, Sproughton Road;Ipswich;IP1 5AN|01632 960744|jobs@anglianpest.co.uk
Fenland Vermin Control|The Old Depot, Elm Road;March;PE15 8BP|0115 496 0755|office@fenlandvermin.co.uk
"""
_HOSPITALS = """
Wrexham Maelor Hospital - Discharge Liaison Team|Croesnewydd Road;Wrexham;LL13 7TD|029 2018 0766|discharge.maelor@wales.nhs.uk
Ysbyty Glan Clwyd - Integrated Discharge Team|Sarn Lane;Bodelwyddan;LL18 5UJ|029 2018 0777|idt.glanclwyd@wales.nhs.uk
"""
_FOOD_BANKS = """
Dungannon Storehouse Food Bank|18 Scotch Street;Dungannon;BT70 1AR|028 9018 0788|info@dungannonstorehouse.org
Cookstown and District Food Bank|Church Hall, 3 Loy Street;Cookstown;BT80 8PE|028 9018 0799|vouchers@cookstownfoodbank.org
"""
_ABUSE_SERVICES = """
Shropshire Domestic Abuse Service|PO Box 4410;Shrewsbury;SY1 9DX|0121 496 0611|idva@sdas-shropshire.org.uk
Telford Women's Aid|Unit 2, Hollinswood Court;Telford;TF3 4BX|0121 496 0622|referrals@telfordwomensaid.org.uk
"""
_SURGERIES = """
Wye Valley Surgery|2 Bridge Street;Hereford;HR4 9DG|0118 496 0633|wyevalley.surgery@nhs.net
Ledbury Health Partnership|Market Street;Ledbury;HR8 2AQ|0118 496 0644|ledbury.hp@nhs.net
"""
# Schools a child is driven to and hospital wards: names only, never contact details
_SCHOOLS = [
    "Ysgol y Preseli",
    "Ysgol Bro Gwaun",
    "Ysgol Harri Tudur",
    "Ysgol Gymraeg Caer Elen",
    "Milford Haven School",
    "St Teilo's Catholic Primary",
]
_WARDS = ["Dyfi", "Clwyd", "Conwy", "Glaslyn", "Morfa", "Ogwen"]
_STATUSES = [
    "refugee status",
    "limited leave (BN(O) route)",
    "settled status",
    "humanitarian protection",
]
_HOMELESS_REASONS = [
    "cannot return up stairs",
    "relationship ended",
    "tenancy ended while in hospital",
    "sofa surfing before admission",
]
_EMAIL_DOMAINS = [
    "outlook.com",
    "hotmail.co.uk",
    "yahoo.co.uk",
    "gmail.com",
    "aol.co.uk",
    "tiscali.co.uk",
    "zoho.eu",
    "tutanota.com",
    "fastmail.com",
    "plus.net",
    "live.co.uk",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0116 496 0",
    "0117 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
    "0151 496 0",
    "0191 498 0",
    "028 9018 0",
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
LETTING_AGENTS = third_parties(_LETTING_AGENTS)
PEST_FIRMS = third_parties(_PEST_FIRMS)
HOSPITALS = third_parties(_HOSPITALS)
FOOD_BANKS = third_parties(_FOOD_BANKS)
ABUSE_SERVICES = third_parties(_ABUSE_SERVICES)
SURGERIES = third_parties(_SURGERIES)


SURNAME_PAIRS = gendered_surname_pairs(
    SURNAMES, lambda n: (n + "a", n + "ová", n[:-1] + "a", n[:-1] + "e", n[:-2] + "e")
)


class V(Values):
    """Value generators for one row, on this family's tables, plus Home Office share codes and
    biometric residence permit numbers (unlabelled look-alikes)."""

    tables = TABLES
    surname_pairs = SURNAME_PAIRS
    former_name_culture = "welsh"

    def share_code(self) -> str:
        """A Home Office share code: nine letters and digits in threes, "R" for right to rent or
        "W" for right to work first (no 0/O or 1/I, as the service avoids them)."""
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = self.rng.choice("RW") + "".join(self.rng.choices(chars, k=8))
        return f"{code[:3]} {code[3:6]} {code[6:]}"

    def brp(self) -> str:
        """A biometric residence permit number's shape: two letters and seven digits."""
        return self.rng.choice(["ZU", "ZR", "ZX", "RF"]) + self.ref(7)


# --------------------------------------------------------------------------- helpers
def _partner(v: V, p: Person) -> Person:
    return v.kin(p, gender="m" if p.gender == "f" else "f")


def _csv_cell(text: str) -> str:
    """A CSV cell as a spreadsheet writes it: quoted only when it holds a comma."""
    return f'"{text}"' if "," in text else text


# --------------------------------------------------------------------------- layouts
def council_tax_reduction_household(doc: Doc3, v: V) -> None:
    """A council tax reduction application's household section as a Markdown pipe table (name,
    relationship, date of birth, NI number, weekly income); the claim and account references and
    the incomes stay readable; a rebate goes to the applicant's bank account."""
    rng = v.rng
    org = v.org("Council Tax Reduction")
    p, a = v.person(born=(1945, 2004)), v.address()
    doc.add(
        f"{org.name}\n{org.team}\nCOUNCIL TAX REDUCTION - APPLICATION (CTR1)\nClaim ref: "
        f"CTR/{v.ref(7)}   Council tax account: {v.ref(8)}   Band {rng.choice('ABCDE')}\n\n"
        "Address of the property: "
    )
    doc.addr_inline(a).add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nWHO LIVES WITH YOU\n\n")
    doc.add("| Name | Relationship | Date of birth | NI number | Weekly income |\n")
    doc.add("|------|--------------|---------------|-----------|---------------|\n| ")
    doc.nm(p, rng.choice(["full", "surname_caps", "middle"])).add(" | applicant | ").dob(p)
    doc.add(" | ").ident("UK_NINO", v.nino()).add(f" | £{v.money(60, 420)} |\n")
    if rng.random() < 0.5:
        q = _partner(v, p)
        doc.add("| ").nm(q, "full").add(" | partner | ").dob(q).add(" | ")
        doc.ident("UK_NINO", v.nino()).add(f" | £{v.money(0, 300)} |\n")
    for c in v.relatives(p, rng.randint(0, 3)):
        doc.add("| ").nm(c, rng.choice(["full", "first"]))
        doc.add(f" | {relation_word(c, child=True)} | ").dob(c).add(" | - | £0.00 |\n")
    if rng.random() < 0.4:
        nd = v.kin(p, born=(1985, 2006))
        doc.add("| ").nm(nd, "full").add(" | non-dependant (adult child) | ").dob(nd)
        doc.add(" | ").ident("UK_NINO", v.nino()).add(f" | £{v.money(120, 600)} |\n")
    if rng.random() < 0.7:
        doc.add("\nPay any overpaid council tax back to: sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add("  account ")
        doc.ident("UK_BANK_ACCOUNT", v.account()).add("  name on the account ")
        doc.nm(p, rng.choice(["bank", "bank2"])).add("\n")
    doc.add("\nDeclaration: I declare the information above is correct.\nSigned ")
    doc.nm(p, rng.choice(["full", "initial"])).add(f"   Date {v.when(-7, 0)}\n\nReturn to ")
    doc.ent("ORGANIZATION", org.mailbox).add(" or call ").ent("ORGANIZATION", org.phone)
    doc.add("\n")


def deposit_dispute_inventory(doc: Doc3, v: V) -> None:
    """A tenant asks the council's tenancy relations officer for help with a deposit dispute:
    a fixed-width inventory of check-in and check-out condition with deductions, the deposit
    id and adjudication case (readable), the landlord's name, the letting agent's contacts
    (ORGANIZATION), a forwarding address and the account the deposit should go back to."""
    rng = v.rng
    org, agent = v.org("Tenancy Relations"), rng.choice(LETTING_AGENTS)
    p, old, new = v.person(born=(1960, 2005)), v.address(), v.address()
    landlord = v.person()
    doc.add("From: ").nm(p, rng.choice(["full", "caps"])).add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(">\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(
        f"\nSubject: deposit not returned - Deposit ID DAN-{v.ref(8)}\n\nDear tenancy relations "
        f"officer,\n\nI moved out of "
    )
    doc.addr_inline(old).add(f" on {v.when(-90, -20)}. The landlord, ")
    doc.nm(landlord, rng.choice(["full", "title_surname", "initial_dot"]))
    doc.add(f", through {agent.name}, wants to keep £{v.money(150, 900)} of my deposit. ")
    doc.add(f"I have opened adjudication case ADR{v.ref(7)} with the scheme, and I rang ")
    doc.ent("ORGANIZATION", org.phone).add(" but was told to write in.\n\n")
    doc.add(f"{'Item':<22}{'Check-in':<16}{'Check-out':<16}Deduction\n")
    items = ["Lounge carpet", "Oven", "Bathroom sealant", "Bedroom 1 walls", "Garden", "Blinds"]
    for item in rng.sample(items, rng.randint(3, 5)):
        doc.add(
            f"{item:<22}{rng.choice(['good', 'fair', 'worn', 'new']):<16}"
            f"{rng.choice(['dirty', 'marked', 'as before', 'missing']):<16}"
            f"£{v.money(10, 250)}\n"
        )
    doc.add(f"Deduction claimed: £{v.money(150, 900)}\n\nAgent: {agent.name}, ")
    doc.ent("ORGANIZATION", ", ".join(agent.lines)).add(", ").ent("ORGANIZATION", agent.phone)
    doc.add(", ").ent("ORGANIZATION", agent.mailbox).add("\n\nMy new address is\n").addr_lines(new)
    doc.add("and my mobile is ").ent("PHONE_NUMBER", v.phone(True)).add(".\n")
    if rng.random() < 0.8:
        doc.add("The deposit should go back to sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(", account ").ident("UK_BANK_ACCOUNT", v.account()).add(".\n")
    if rng.random() < 0.5:
        co = v.person()
        doc.add("My joint tenant ").nm(co, "full").add(" (born ").dob(co)
        doc.add(") agrees and can be reached on ").ent("PHONE_NUMBER", v.phone()).add(".\n")
    doc.add("\nThanks,\n").nm(p, rng.choice(["first", "full"])).add("\n")


def dfg_occupational_therapy_report(doc: Doc3, v: V) -> None:
    """An occupational therapist's report recommending a Disabled Facilities Grant: the
    client's name, date of birth, NHS number and address, the household, the GP practice's
    phone (ORGANIZATION), measurements in mm, the OT's HCPC registration and the DFG
    reference (readable)."""
    rng = v.rng
    org, gp = v.org("Disabled Facilities"), rng.choice(SURGERIES)
    p, a = v.person(born=(1931, 2015)), v.address()
    ot = v.person()
    doc.add(
        f"{org.name} - {org.team}\nOCCUPATIONAL THERAPY ASSESSMENT FOR A DISABLED FACILITIES "
        f"GRANT\nDFG ref: DFG/{TODAY:%y}/{rng.randint(1000, 9999)}   Visit: {v.when(-40, -5)}\n\n"
        "Client: "
    )
    doc.nm(p, rng.choice(["title_full", "full", "surname_caps"])).add("\nDate of birth: ").dob(p)
    doc.add("\nNHS number: ").ident("UK_NHS", v.nhs()).add("\nAddress:\n").addr_lines(a, "    ")
    doc.add("Telephone: ").ent("PHONE_NUMBER", v.phone()).add(f"\nGP: {gp.name}, ")
    doc.ent("ORGANIZATION", gp.phone).add("\n\nHousehold:\n")
    if age(p.dob) < 18:
        for parent in (v.kin(p, gender="f", born=(1975, 2000)), v.kin(p, gender="m")):
            doc.add("  * ").nm(parent, "full").add(" - parent")
            if rng.random() < 0.4:
                doc.add(", DOB ").dob(parent)
            doc.add("\n")
    else:
        doc.add("  * lives ").add(rng.choice(["alone", "with family"])).add("\n")
        if rng.random() < 0.6:
            carer = v.kin(p, born=(1950, 2000))
            doc.add("  * ").nm(carer, rng.choice(["full", "first"])).add(" - main carer, ")
            doc.ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.add(
        "\nFindings:\n"
        f"  - front step {rng.randint(150, 230)} mm high, no rail\n"
        f"  - bathroom door clear width {rng.randint(640, 780)} mm; wheelchair needs 775 mm\n"
        f"  - bath rim {rng.randint(480, 560)} mm; client cannot step over it\n\n"
        "Recommendations:\n  1. level-access shower with seat\n  2. widen bathroom door\n"
        "  3. half-step and grab rail at the front door\n\nAssessed by "
    )
    doc.nm(ot, rng.choice(["full", "initial_dot"]))
    doc.add(f", Occupational Therapist, HCPC OT{rng.randint(10000, 99999)}\nSend quotes to ")
    doc.ent("ORGANIZATION", org.mailbox).add(" - team line ").ent("ORGANIZATION", org.phone)
    doc.add(ext(rng)).add("\n")


def school_transport_appeal(doc: Doc3, v: V) -> None:
    """A parent's bilingual-headed appeal against a refusal of free school transport: each
    child's name, date of birth and school, a pupil id, the route number and walking distance
    in miles (readable), the family's address on one line and the other parent."""
    rng = v.rng
    org = v.org("School Transport")
    p, a = v.person(born=(1970, 1998)), v.address(region=rng.choice("WWE"))
    school = rng.choice(_SCHOOLS)
    doc.nm(p, rng.choice(["full", "title_full"])).add(", ").addr_inline(a).add("\n")
    doc.add(f"{v.when(-4, 0)}\n\nI: ").ent("ORGANIZATION", org.mailbox)
    doc.add(
        "\n\nApêl cludiant ysgol / School transport appeal - Stage "
        f"{rng.choice(['1', '2'])}\n\nDear Sir or Madam,\n\nI appeal against your decision "
        f"refusing transport on route R{rng.randint(100, 999)} to {school} for:\n\n"
    )
    for c in v.relatives(p, rng.randint(1, 3)):
        doc.add("- ").nm(c, rng.choice(["full", "middle"])).add(", born ").dob(c)
        doc.add(
            f", Pupil ID {rng.randint(100000, 999999)}, Year {max(1, min(11, age(c.dob) - 4))}\n"
        )
    doc.add(
        f"\nYou measured the walking route as {rng.randint(1, 2)}.{rng.randint(0, 9)} miles. "
        f"The safe route is {rng.randint(3, 4)}.{rng.randint(0, 9)} miles: the lane has no "
        "pavement or street lights and the children would walk it in the dark in winter.\n\n"
    )
    if rng.random() < 0.6:
        other = _partner(v, p)
        doc.add("My ").add(relation_word(other)).add(" ").nm(other, "full")
        doc.add(" works shifts and cannot drive them; ")
        doc.add(pron(other)[1]).add(" mobile is ")
        doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n")
    doc.add("Please reply to ").ent("EMAIL_ADDRESS", v.email(p)).add(" or ring ")
    doc.ent("PHONE_NUMBER", v.phone()).add(". Your letter said to ring ")
    doc.ent("ORGANIZATION", org.phone)
    doc.add(" to appeal, but the line was always busy.\n\nYn gywir / Yours faithfully\n")
    doc.nm(p, "full").add("\n")


def tell_us_once_follow_up(doc: Doc3, v: V) -> None:
    """A council's follow-up to a Tell Us Once notification of a death: the deceased's name,
    date of birth (labelled) and date of death (readable), NI number, documents to return
    (passport, driving licence, written plainly), the informant's details, the TUO reference
    and the register entry number; a council tax refund to the estate's account."""
    rng = v.rng
    org = v.org("Tell Us Once")
    died = v.person(born=(1931, 1975))
    informant = v.kin(died, born=(1950, 2000))
    a = v.address()
    death = TODAY - timedelta(rng.randint(10, 80))
    doc.block(org, mailbox=True).add(f"\n{v.when(-3, 0)}\n\n")
    doc.nm(informant, rng.choice(["title_full", "full"])).add("\n").addr_lines(v.address())
    doc.add(f"\nTell Us Once reference: TUO{v.ref(8)}\n\nDear ")
    doc.nm(informant, rng.choice(["first", "full"]))
    doc.add(",\n\nThank you for using Tell Us Once after the death of ")
    doc.nm(died, rng.choice(["full", "middle"])).add(", born ").dob(died)
    doc.add(
        f", who died on {death:%d/%m/%Y} (entry {rng.randint(100, 999)} in the "
        "register). We have passed this to the services you chose. To finish, please check:\n\n"
        "Address: "
    )
    doc.addr_inline(a).add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\n")
    if rng.random() < 0.6:
        doc.add("Passport to cancel: ").ident("UK_PASSPORT", v.passport()).add("\n")
    if rng.random() < 0.6:
        doc.add("Driving licence to cancel: ").ent("UK_DRIVING_LICENCE", v.licence(died))
        doc.add("\n")
    doc.add(f"Blue badge: {rng.choice(['returned', 'not held', 'please destroy it'])}\n\n")
    if rng.random() < 0.6:
        doc.add(
            f"Council tax of £{v.money(20, 400)} was overpaid. Tell us the executor's account "
            "and we will refund it. You gave us: sort code "
        )
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ")
        doc.ident("UK_BANK_ACCOUNT", v.account()).add(", in the name of ")
        doc.nm(informant, rng.choice(["bank", "full"])).add(".\n\n")
    doc.add("If anything is wrong, call ").ent("ORGANIZATION", org.phone).add(" or email ")
    doc.ent("ORGANIZATION", org.mailbox).add(". We are sorry for your loss.\n\n")
    doc.add("Yours sincerely\n").nm(v.person(), rng.choice(["full", "initial"])).add("\n")


def pest_control_job_sheet(doc: Doc3, v: V) -> None:
    """A pest control contractor's job sheet for a council: fixed-width fields, the
    customer's name, address on several lines and phone, a neighbour also affected, visits with
    bait station numbers and a product batch number (readable); the contractor's own contacts
    are ORGANIZATION."""
    rng = v.rng
    org, firm = v.org("Pest"), rng.choice(PEST_FIRMS)
    p, a = v.person(), v.address()
    tech = v.person()
    doc.add(f"{firm.name.upper()}\n")
    doc.ent("ORGANIZATION", ", ".join(firm.lines)).add("  Tel ").ent("ORGANIZATION", firm.phone)
    doc.add(
        f"\n\nJOB SHEET   Job no: PC{v.ref(6)}   Client: {org.name}\n{'-' * 60}\n{'Customer:':<14}"
    )
    doc.nm(p, rng.choice(["caps", "surname_caps", "title_full"])).add("\nAddress:\n")
    doc.addr_lines(a, " " * 14).add(f"{'Phone:':<14}").ent("PHONE_NUMBER", v.phone())
    doc.add(
        f"\n{'Pest:':<14}{rng.choice(['rats (external)', 'mice', 'wasps nest', 'bed bugs'])}\n"
        f"{'Access:':<14}{rng.choice(['key with neighbour', 'customer home', 'side gate'])}\n\n"
        f"{'Visit':<8}{'Date':<12}{'Time':<8}{'Stations':<20}Notes\n"
    )
    for k in range(1, rng.randint(2, 4) + 1):
        stations = ", ".join(f"BS-{n:02d}" for n in sorted(rng.sample(range(1, 30), 2)))
        doc.add(
            f"{k:<8}{TODAY - timedelta(rng.randint(0, 30)):%d/%m/%y}    "
            f"{clock_time(rng, 8, 16):<8}{stations:<20}"
            f"{rng.choice(['bait taken', 'no activity', 'droppings', 'proofed gap'])}\n"
        )
    doc.add(f"\nProduct: difenacoum blocks LOT {rng.randint(100000, 999999)}\n")
    if rng.random() < 0.6:
        nb = v.person()
        doc.add("Also reported by: ").nm(nb, rng.choice(["full", "title_surname"]))
        doc.add(" at ").addr_inline(v.address()).add(", will ring the council.\n")
    doc.add("Technician: ").nm(tech, rng.choice(["full", "initial"])).add("\nCustomer signature: ")
    doc.nm(p, rng.choice(["initial", "surname"])).add("\nInvoices to ")
    doc.ent("ORGANIZATION", org.mailbox).add(", council pest line ").ent("ORGANIZATION", org.phone)
    doc.add("\n")


def library_membership_csv(doc: Doc3, v: V) -> None:
    """A library management system's membership export pasted into an email: a CSV header,
    one row per member (barcode and joining date readable; names, dates of birth, address
    parts, postcode, phone and email labelled, cells quoted where they hold commas), a child
    member's guardian."""
    rng = v.rng
    org = v.org("Libraries")
    doc.add(f"From: {org.team}\nTo: ").ent("ORGANIZATION", org.mailbox).add(
        "\nSubject: duplicate memberships to merge\n\nThe rows below look like one family "
        "registered twice. Export attached:\n\n"
        "barcode,surname,forenames,dob,address,district,town,postcode,phone,email,guardian,"
        "joined,category\n"
    )
    lead = v.person(born=(1950, 2004))
    a = v.address()
    members = [lead, *v.relatives(lead, rng.randint(1, 4), child=0.6)]
    for m in members:
        child = age(m.dob) < 16
        doc.add(f"2{v.ref(13)},").ent("PERSON", m.last.upper() if rng.random() < 0.3 else m.last)
        doc.add(",").ent("PERSON", m.first).add(",").ent("DATE_OF_BIRTH", f"{m.dob:%d/%m/%Y}")
        street = a.street(", ")
        doc.add(",")
        if "," in street:
            doc.add('"').ent("STREET_ADDRESS", street).add('"')
        else:
            doc.ent("STREET_ADDRESS", street)
        doc.add(",")
        if a.district:
            doc.ent("LOCATION", a.district)
        doc.add(",").ent("LOCATION", a.town).add(",").ent("UK_POSTCODE", a.postcode).add(",")
        if not child:
            doc.ent("PHONE_NUMBER", v.phone()).add(",").ent("EMAIL_ADDRESS", v.email(m))
        else:
            doc.add(",")
        doc.add(",")
        if child:
            doc.nm(lead, "full")
        joined = TODAY - timedelta(rng.randint(30, 4000))
        category = "CHILD" if child else rng.choice(["ADULT", "ADULT", "HOUSEBOUND", "CONCESSION"])
        doc.add(f",{iso(joined)},{category}\n")
    doc.add("\nThanks - please merge into the oldest barcode.\n")
    doc.nm(v.person(), rng.choice(["full", "first"])).add(f"\n{org.name} - ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def noise_nuisance_diary(doc: Doc3, v: V) -> None:
    """A noise nuisance diary returned to environmental health: a pipe table of dates, clock
    time ranges and what was heard, the neighbours complained about with their address, meter
    readings in dB (readable), then the complainant's text messages to the officer in lower
    case."""
    rng = v.rng
    org = v.org("Noise")
    p, a = v.person(), v.address()
    source = v.person()
    doc.add(f"{org.name} - {org.team}\nNOISE DIARY   Case ref: EPU/{v.ref(6)}\n\nYour name: ")
    doc.nm(p, rng.choice(["full", "caps"])).add("\nYour address: ").addr_inline(a)
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("\n\nWho is making the noise: ")
    doc.nm(source, rng.choice(["full", "surname", "title_surname"]))
    doc.add(rng.choice([f" and {pron(source)[1]} partner", f" and {pron(source)[1]} friends", ""]))
    doc.add(", ")
    # the neighbours live on the complainant's street, a few doors along, same postcode
    number, _, street = a.street_lines[-1].partition(" ")
    if number.isdigit():
        door = f"{int(number) + rng.choice([-2, -1, 1, 2]) or 3} {street}"
        doc.add("at ").addr_inline(Address([door], None, a.town, None, a.postcode))
    else:
        doc.add("next door to me")
    doc.add("\n\n| Date | Time | What I heard | Reading | Effect on me |\n|---|---|---|---|---|\n")
    for _ in range(rng.randint(3, 6)):
        start = rng.randint(20, 23)
        doc.add(
            f"| {v.when(-28, -1)} | {start:02d}:{rng.randint(0, 5)}0-0{rng.randint(0, 4)}:"
            f"{rng.randint(0, 5)}0 | "
            f"{rng.choice(['bass music', 'shouting', 'dog barking', 'banging doors', 'DIY'])} | "
            f"{rng.randint(45, 78)} dB | "
            f"{rng.choice(['could not sleep', 'baby woke', 'late for work', 'headache'])} |\n"
        )
    doc.add("\nMessages sent to the officer (copied from my phone):\n")
    doc.lower = True
    doc.add(f"[{v.when(-10, -1)} {clock_time(rng, 21, 23)}] its started again, ")
    doc.nm(source, rng.choice(["first", "full"])).add(" has the speakers in the window\n")
    doc.add(f"[{v.when(-10, -1)} {clock_time(rng, 21, 23)}] can you ring me on ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" not the landline\n")
    if rng.random() < 0.5:
        w = v.person()
        doc.add(f"[{v.when(-10, -1)} {clock_time(rng, 8, 12)}] my neighbour ").nm(w, "full")
        doc.add(f" heard it too, {pron(w)[0]}s at ").addr_inline(v.address()).add("\n")
    doc.lower = False
    doc.add("\nReturn the diary to ").ent("ORGANIZATION", org.mailbox).add(" - out of hours ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def marac_referral_aliases(doc: Doc3, v: V) -> None:
    """A MARAC (multi-agency risk assessment conference) referral summary: the person at
    risk with aliases and former names, date of birth, NHS number and a safe phone; the
    person causing harm with aliases and date of birth; children; the MARAC reference, DASH
    score and police crime reference (readable); the IDVA service's contacts ORGANIZATION."""
    rng = v.rng
    org, idva = v.org("MARAC"), rng.choice(ABUSE_SERVICES)
    victim = v.person(born=(1960, 2006))
    harm = v.person(gender="m" if rng.random() < 0.85 else "f", born=(1955, 2004))
    doc.add(
        f"OFFICIAL-SENSITIVE\n{org.name} - {org.team}\nMARAC REFERRAL SUMMARY\nMARAC ref: "
        f"MRC-{TODAY.year}-{rng.randint(100, 999)}   Meeting: {v.when(3, 14)}\n"
        f"DASH score: {rng.randint(14, 24)}/24   Police crime ref {rng.randint(10, 99)}/"
        f"{v.ref(6)}/{TODAY:%y}\n\nPERSON AT RISK\nName: "
    )
    doc.nm(victim, rng.choice(["full", "surname_caps"])).add("\nAlso known as: ")
    doc.ent("PERSON", v.former_name(victim)).add(" (former surname), ")
    doc.ent("PERSON", rng.choice([victim.first[:3], f"{victim.first} {v.former_name(victim)}"]))
    doc.add("\nDOB: ").dob(victim).add("   NHS no: ").ident("UK_NHS", v.nhs())
    if rng.random() < 0.5:
        doc.add("\nAddress: ").addr_inline(v.address())
    else:
        doc.add("\nAddress: refuge - withheld")
    doc.add("\nSafe number: ").ent("PHONE_NUMBER", v.phone(True)).add(" (text first)\n\n")
    doc.add("PERSON CAUSING HARM\nName: ").nm(harm, rng.choice(["caps", "full", "surname_caps"]))
    alias = v.person(harm.culture, harm.gender)
    doc.add("\nAliases: ").nm(alias, "full").add(", ").ent("PERSON", harm.first.upper())
    doc.add("\nDOB: ").dob(harm).add("\nLast known address: ").addr_inline(v.address())
    doc.add("\n\nCHILDREN IN THE HOUSEHOLD\n")
    kids = v.relatives(victim, rng.randint(0, 3))
    for c in kids:
        doc.add("- ").nm(c, rng.choice(["full", "first"])).add(" (").dob(c).add(")\n")
    if not kids:
        doc.add("- none\n")
    doc.add(f"\nIDVA: {idva.name}, ").ent("ORGANIZATION", idva.phone).add(", ")
    doc.ent("ORGANIZATION", idva.mailbox).add("\nDo not forward. Queries ")
    doc.ent("ORGANIZATION", org.mailbox).add(" / ").ent("ORGANIZATION", org.phone).add("\n")


def immigration_status_check(doc: Doc3, v: V) -> None:
    """A housing officer's eligibility record after an online immigration status check: the
    applicant's name, date of birth, nationality, passport number (labelled, written plainly)
    and NI number; the share code, biometric residence permit number and Home Office reference
    stay readable (not a type this set scores); dependants with dates of birth."""
    rng = v.rng
    org = v.org("Eligibility")
    culture = rng.choice(["eritrean", "afghan", "syrian", "hong_kong", "zimbabwean", "filipino"])
    p, a = v.person(culture, born=(1960, 2006)), v.address()
    nation = {
        "eritrean": "Eritrean",
        "afghan": "Afghan",
        "syrian": "Syrian",
        "hong_kong": "British National (Overseas)",
        "zimbabwean": "Zimbabwean",
        "filipino": "Filipino",
    }[culture]
    officer = v.person()
    doc.add(
        f"{org.name}\n{org.team}\nELIGIBILITY CHECK - PERSON FROM ABROAD\n\n"
        f"Checked on: {v.when(-3, 0)}   Checked by: "
    )
    doc.nm(officer, rng.choice(["full", "initial"])).add("\n\nApplicant: ")
    doc.nm(p, rng.choice(["full", "surname_caps", "caps"])).add("\nDate of birth: ").dob(p)
    doc.add(f"\nNationality: {nation}\nPassport: ").ident("UK_PASSPORT", v.passport())
    doc.add("\nNI number: ").ident("UK_NINO", v.nino()).add(f"\nShare code: {v.share_code()}")
    doc.add(f"\nBRP number: {v.brp()}\nHome Office ref: {rng.choice('BHKM')}{v.ref(7)}\n")
    doc.add(
        f"Status shown: {rng.choice(_STATUSES)}, valid to {v.when(300, 1800)}\n\nCurrent address: "
    )
    doc.addr_inline(a).add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True)).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nDependants:\n")
    n_dependants = rng.randint(0, 3)
    if not n_dependants:
        doc.add("  none\n")
    for d in v.relatives(p, n_dependants, child=0.7):
        doc.add("  ").nm(d, rng.choice(["full", "first"])).add(" - ").dob(d)
        if rng.random() < 0.3 and age(d.dob) > 16:
            doc.add(" - passport ").ident("UK_PASSPORT", v.passport())
        doc.add("\n")
    if rng.random() < 0.3:
        doc.add("Driving licence seen: ").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("\nOutcome: eligible for an allocation; homelessness duty accepted.\nFile to ")
    doc.ent("ORGANIZATION", org.mailbox).add(", team line ").ent("ORGANIZATION", org.phone)
    doc.add("\n")


def hospital_discharge_duty_to_refer(doc: Doc3, v: V) -> None:
    """A hospital discharge team's duty-to-refer notice to a council's housing team: the
    patient's name, date of birth, NHS number and last settled address, the next of kin, the
    hospital number, ward and expected discharge date (readable), and the referrer's own
    contacts (ORGANIZATION)."""
    rng = v.rng
    org, hosp = v.org("Duty to Refer"), rng.choice(HOSPITALS)
    p = v.person(born=(1935, 2004))
    referrer = v.person()
    doc.add(f"{hosp.name}\n")
    for line in hosp.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add(f"\nTo: {org.team}, {org.name}\nBy secure email: ").ent(
        "ORGANIZATION", org.mailbox
    ).add(
        "\n\nDUTY TO REFER (Housing (Wales) Act 2014 s.95 / Homelessness Reduction Act "
        "2017)\n\nPatient: "
    )
    doc.nm(p, rng.choice(["title_full", "full", "surname_caps"])).add("\nDate of birth: ")
    doc.dob(p).add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add(
        f"\nHospital number: {rng.choice(['RX', 'WM', 'GC'])}{v.ref(7)}\nWard {rng.randint(1, 24)}"
        f" ({rng.choice(_WARDS)})\nAdmitted: {v.when(-60, -5)}\nExpected discharge: "
        f"{(TODAY + timedelta(rng.randint(2, 14))):%d/%m/%Y}\n\nLast settled address:\n"
    )
    doc.addr_lines(v.address(region=rng.choice("WWE")))
    doc.add(f"Reason homeless: {rng.choice(_HOMELESS_REASONS)}\nPatient's phone: ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\nNext of kin: ")
    nok = v.kin(p, born=(1950, 2004)) if rng.random() < 0.6 else v.person()
    doc.nm(nok, rng.choice(["full", "title_full"])).add(", ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.4:
        doc.add(", NI ").ident("UK_NINO", v.nino())
    doc.add("\nConsent to share: yes (verbal)\nWe also rang your duty line ")
    doc.ent("ORGANIZATION", org.phone).add(".\n\nReferred by ")
    doc.nm(referrer, rng.choice(["full", "initial_dot"])).add(", discharge coordinator, ")
    doc.ent("ORGANIZATION", hosp.phone).add(ext(rng)).add(", ").ent("ORGANIZATION", hosp.mailbox)
    doc.add("\n")


def food_bank_voucher_labels_after(doc: Doc3, v: V) -> None:
    """A food bank voucher filled in by a council officer, printed with each caption in
    brackets AFTER its value: the client's name, date of birth, address and phone, the adults
    and children, the voucher number and collection times (readable); the food bank's own
    contacts are ORGANIZATION."""
    rng = v.rng
    org, bank = v.org("Food Bank"), rng.choice(FOOD_BANKS)
    p, a = v.person(), v.address(region=rng.choice("NNE"))
    officer = v.person()
    doc.add(f"{bank.name.upper()} - FOOD VOUCHER   FBV-{v.ref(6)}\n\n")
    doc.nm(p, rng.choice(["full", "caps", "surname_caps"])).add("   (client name)\n")
    doc.dob(p).add("   (date of birth)\n")
    doc.ent("STREET_ADDRESS", a.street(", ")).add("   (house and street)\n")
    for loc in a.locations:
        doc.ent("LOCATION", loc).add("   (town / area)\n")
    doc.ent("UK_POSTCODE", a.postcode).add("   (postcode)\n")
    doc.ent("PHONE_NUMBER", v.phone()).add("   (phone)\n")
    adults = rng.randint(1, 2)
    doc.add(f"{adults} adult{'s' if adults > 1 else ''}   (adults in the home)\n")
    kids = v.relatives(p, rng.randint(0, 3))
    for c in kids:
        doc.nm(c, rng.choice(["first", "full"])).add(", age ").add(str(age(c.dob)))
        doc.add("   (child)\n")
    doc.add(
        f"{rng.choice(['benefit delay', 'sanction', 'debt', 'low income', 'sickness'])}   "
        "(reason)\n\nIssued by: "
    )
    doc.nm(officer, rng.choice(["full", "initial"])).add(f", {org.team}, ")
    doc.ent("ORGANIZATION", org.phone).add(", ").ent("ORGANIZATION", org.mailbox).add(
        f"\nCollect: {rng.choice(['Tuesday', 'Thursday', 'Saturday'])} "
        f"{rng.randint(10, 12)}:00-{rng.randint(13, 15)}:30 at "
    )
    doc.ent("ORGANIZATION", ", ".join(bank.lines)).add("\nQuestions: ")
    doc.ent("ORGANIZATION", bank.phone).add(" / ").ent("ORGANIZATION", bank.mailbox).add("\n")


def tenancy_sign_up_checklist(doc: Doc3, v: V) -> None:
    """A tenancy sign-up checklist with tick boxes: the tenant and joint tenant with dates of
    birth and NI numbers, identity seen (passport or driving licence, written plainly), the
    rent direct debit's bank details, the new address on several lines and the previous one on
    one; the tenancy reference, key fob numbers, meter serial and readings stay readable."""
    rng = v.rng
    org = v.org("Lettings")
    p, new = v.person(born=(1950, 2006)), v.address()
    officer = v.person()
    doc.add(
        f"{org.name} - {org.team}\nTENANCY SIGN-UP CHECKLIST\nTenancy ref: TEN/{v.ref(6)}   "
        f"Start date: {v.when(0, 14)}\n\nProperty:\n"
    )
    doc.addr_lines(new, "  ")
    doc.add("\n[x] Tenant: ").nm(p, rng.choice(["full", "title_full", "surname_caps"]))
    doc.add(", DOB ").dob(p).add(", NI ").ident("UK_NINO", v.nino()).add("\n")
    if rng.random() < 0.45:
        j = _partner(v, p)
        doc.add("[x] Joint tenant: ").nm(j, "full").add(", DOB ").dob(j).add("\n")
    doc.add("[x] ID seen: ")
    if rng.random() < 0.5:
        doc.add("passport ").ident("UK_PASSPORT", v.passport())
    else:
        doc.add("driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add("\n[x] Previous address: ").addr_inline(v.address()).add("\n")
    if rng.random() < 0.7:
        doc.add("[x] Direct debit: sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(", account ").ident("UK_BANK_ACCOUNT", v.account()).add(", payer ")
        doc.nm(p, rng.choice(["bank", "caps"])).add("\n")
    else:
        doc.add("[ ] Direct debit: tenant will pay by card\n")
    doc.add("[x] Contact: ").ent("PHONE_NUMBER", v.phone()).add(" / ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n[x] Emergency contact: ")
    em = v.kin(p) if rng.random() < 0.5 else v.person()
    doc.nm(em, rng.choice(["full", "first"])).add(", ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(
        f"\n[x] Key fobs: {rng.randint(100000, 999999)}, {rng.randint(100000, 999999)}\n"
        f"[x] Electric meter E{rng.randint(10, 99)}{rng.choice('ABCDKZ')}"
        f"{rng.randint(10000, 99999)}"
        f" reading {rng.randint(10000, 99999)}\n[ ] Gas safety certificate given\n\nSigned by "
    )
    doc.nm(officer, rng.choice(["full", "initial"])).add(f" for {org.name}. Repairs: ")
    doc.ent("ORGANIZATION", org.phone).add(", lettings queries: ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def hmo_inspection_room_schedule(doc: Doc3, v: V) -> None:
    """An HMO licensing inspection report: the licence holder and the managing agent (agent's
    contacts ORGANIZATION), the property address, a room schedule listing each room's size in
    m² and its occupant (some with a phone or date of birth), fire doors rated FD30, and the
    HMO licence number (readable)."""
    rng = v.rng
    org, agent = v.org("HMO"), rng.choice(LETTING_AGENTS)
    holder, a = v.person(born=(1950, 1995)), v.address(region="E")
    inspector = v.person()
    doc.add(
        f"{org.name}\n{org.team}\nHMO INSPECTION REPORT\nLicence no: HMO/{TODAY.year}/"
        f"{rng.randint(100, 999)}   Inspected: {v.when(-20, -1)}\n\nProperty: "
    )
    doc.addr_inline(a).add("\nLicence holder: ").nm(holder, rng.choice(["full", "title_full"]))
    doc.add(", ").addr_inline(v.address()).add(", ").ent("PHONE_NUMBER", v.phone())
    doc.add(f"\nManaging agent: {agent.name}, ").ent("ORGANIZATION", agent.phone).add("\n\n")
    doc.add(f"{'Room':<8}{'Size':<12}{'Occupant':<30}Notes\n")
    for k in range(1, rng.randint(3, 6) + 1):
        size = f"{rng.randint(6, 16)}.{rng.randint(0, 99):02d} m²"
        doc.add(f"{k:<8}{size:<12}")
        if rng.random() < 0.15:
            doc.add(f"{'vacant':<30}")
        else:
            o = v.person(born=(1960, 2006))
            doc.nm(o, rng.choice(["full", "surname_caps", "initial"]))
            extra = rng.random()
            if extra < 0.3:
                doc.add(", ").ent("PHONE_NUMBER", v.phone(True))
            elif extra < 0.5:
                doc.add(", DOB ").dob(o)
            doc.add("  ")
        doc.add(f"{rng.choice(['FD30 door ok', 'FD30 door, closer missing', 'smoke alarm ok'])}\n")
    doc.add(
        "\nHazards: kitchen too small for the number of sharers; escape route through a "
        "FD30 door propped open.\nInspector: "
    )
    doc.nm(inspector, rng.choice(["full", "initial_dot"])).add("\nQueries to ")
    doc.ent("ORGANIZATION", org.mailbox).add(" or ").ent("ORGANIZATION", org.phone).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    council_tax_reduction_household,
    deposit_dispute_inventory,
    dfg_occupational_therapy_report,
    school_transport_appeal,
    tell_us_once_follow_up,
    pest_control_job_sheet,
    library_membership_csv,
    noise_nuisance_diary,
    marac_referral_aliases,
    immigration_status_check,
    hospital_discharge_duty_to_refer,
    food_bank_voucher_labels_after,
    tenancy_sign_up_checklist,
    hmo_inspection_room_schedule,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT8 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT8.organisation_contacts
build_row = HELDOUT8.build_row
generate_heldout8 = HELDOUT8.generate
write_set = HELDOUT8.write_set
main = HELDOUT8.main


if __name__ == "__main__":
    main()
