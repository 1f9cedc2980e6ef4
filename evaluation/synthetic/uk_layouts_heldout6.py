# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout6: a sixth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout6(n, seed)`` returns rows ``{"id": "uklayout-heldout6-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout6",
"layout"}``. Row i depends only on (seed, i); the 15 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout6 -o var/eval/pii_uk_layouts_heldout6.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout6.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3,
heldout4 and heldout5; every value table here is new, and tests/test_uk_layouts_heldout6.py checks
that no first name, surname, town, district, county, street or house name appears in an earlier
family (uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name
lists it draws from; heldout3, heldout4, heldout5):

* names with particles, apostrophes and hyphens (Ó hUiginn, Nic an tSaoir, Mac a' Phearsain,
  NicDhòmhnaill, ap Gruffudd, ferch Dafydd, van Rensburg, Janse van Vuuren, de la Cruz-Ortega,
  bin Ismail / binti Rahman, al-Masri, el-Sayed-Ali, D'Arcy-Lynch, O'Doherty-Kerr), names that
  are also words (Friend, Money, Luck, Speed, Onions, Handsome, Brain; Bramble, Reign, Gift,
  Mercy, Maverick) and two-letter surnames (To, Ip, Vo), from English, Welsh, Irish, Scottish
  Gaelic, Dutch/Afrikaans, Spanish/Basque/Portuguese, Malay/Indonesian, Arabic/Iranian,
  Ukrainian, West African, South Asian, Korean/Vietnamese/Japanese/Cantonese, Caribbean and
  East African communities;
* towns and villages none of the earlier families use: counties written as people abbreviate
  them (Lincs, Salop, Worcs, N Yorks, Kernow) or in Welsh, Irish and old Scottish forms (Sir
  Faesyfed, Morgannwg Ganol, Tír Eoghain, Aontroim, Contae an Dúin, Forfarshire); Gaelic and
  Welsh place names (Steòrnabhagh, Loch nam Madadh, An t-Ob, Glaschu, Dùn Èideann, Y Gelli
  Gandryll, Rhaeadr Gwy); Northern Irish townlands as districts (Tattykeel, Drumnakilly);
  villages that look like people or words (Catherine-de-Barnes, Stanton Drew, Lydiard
  Millicent, Crackpot, Potto, Christmas Common); Scottish tenement flats ("Flat 2/1", "0/2",
  Edinburgh "14/3 Dalry Road" and "Flat 1F2");
* new recipient organisations (allow-listed) and third parties (solicitors, hospices, GP
  practices, employers, county courts) whose own contact details are ORGANIZATION.

Layouts (15): teams_staff_chat, executor_probate_letter, legacy_key_value_export,
fax_cover_paged, landlord_arrears_schedule, joint_claim_side_by_side, postcode_lookup_paste,
ni_townland_rates_letter, hard_wrapped_plaintext_email, vcard_attachment_email,
safeguarding_household_tree, crm_audit_trail, electoral_canvass_response,
possession_cause_list, mrz_id_check.

Labelling conventions are heldout5's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, a vCard's
"N:" parts and a passport MRZ's name fields ("VAN<RENSBURG", "MAC<A<PHEARSAIN": the span covers
the field as the MRZ writes it) are PERSON. Addresses split into STREET_ADDRESS (one span even
over lines; a neighbour's house name or number alone is STREET_ADDRESS) + one LOCATION each for
district or townland, town/village and county + UK_POSTCODE, in whatever order they are written
(postcode first in an address finder's results). Only dates of birth are DATE_OF_BIRTH, in any
form written (vCard "BDAY:1978-02-11", key=value "DOB=19780211", MRZ "780211", an old and a
corrected one in an audit trail); dates of death, grant, issue, expiry, hearing, canvass and
audit timestamps stay unlabelled. Identifiers are labelled as written, a hard line wrap inside
them included. Hospices', surgeries', firms', employers' and courts' own address lines, phones
and mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay
readable (precision): Teams meeting IDs and passcodes, council tax account numbers (8 digits,
like a bank account), payroll numbers, Tell Us Once and probate references, ITSO card numbers,
fax job numbers, UPRNs, property IDs, herd numbers, landlord registration and HMO licence
numbers, vCard UIDs and revision stamps, company numbers, MASH/S42 references, police collar
numbers, staff user ids, elector numbers and canvass security codes, county court claim
numbers, ID-check ids and MRZ expiry dates, money, and buildings named after people ("Dame
Cicely Saunders Wing"). ~10% of NI numbers, NHS numbers, sort codes, account numbers and
passport numbers are MISTYPED as in heldout4 (span ``"mistyped": True``); ~10% of rows hide a
Unicode trick (zero-width space, soft hyphen, no-break or narrow no-break space, full-width
digits) inside a labelled value.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta

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
    ext,
    iso,
    pad_to_column,
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
    "generate_heldout6",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout6"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
english: Ottoline/f Philippa/f Rosalind/f Gwendolen/f Lettice/f Hepzibah/f Cressida/f Araminta/f
  Perdita/f Verity/f Tamsin/f Morwenna/f Demelza/f Jemima/f Henrietta/f Wilhelmina/f Tabitha/f
  Barnaby/m Crispin/m Jago/m Piers/m Tarquin/m Peregrine/m Horatio/m Ambrose/m Leopold/m Jolyon/m
  Oswin/m Ebenezer/m Bartholomew/m Lysander/m Rufus/m Digby/m Rory-Jack/m Euphemia/f Winifred/f
  Millicent/f Prudence/f Honoria/f Dulcie/f Ottilie/f Temperance/f Mehitabel/f
  Fenella/f Aubrey/m Cuthbert/m Egbert/m Wilfrid/m Algernon/m Percival/m Quentin/m
  Thaddeus/m Ptolemy/m Hamish-John/m Gideon/m Jethro/m Caspian/m Rupert-James/m Alaric/m
wordy: Bramble/f Saffron/f Clover/f Juniper/f Meadow/f Rain/f Reign/m Bear/m Wolf/m
  Ace/m Sage Arrow Lark/f Wren-Lily/f Breeze/f Blue Echo Onyx Rowan-Ash
  Tiger/m Maverick/m Ranger/m Legend/m Marvel Dusty Rebel Misty/f Cherry/f Candy/f
  Precious/f Treasure/f Miracle/f Goodness Gift Mercy/f
welsh: Carys-Ann/f Bronwen/f Dilys/f Eurwen/f Mabli/f Elin-Haf/f Hywel-Rhys/m
  Caradog/m Dafydd-Wyn/m Rhydian/m Llŷr/m Gwenfair/f Angharad-Mai/f Cerian/f Crisiant/f
  Enfys/f Ffion-Wyn/f Lleucu/f Rhiannydd/f Sioned-Elen/f Tegwen/f
  Alun-Wyn/m Bedwyr/m Cynog/m Elfed/m Huw-Dylan/m Maldwyn/m
  Peredur/m Wyn-Lewis/m Dyfrig/m Einion/m
irish: Mairéad/f Ciarán-Óg/m Donnchadh/m Seosamh/m Aisling-Rose/f
  Eithne/f Fionnghuala/f Íde/f Mealla/f Niamh-Áine/f Órla/f
  Róisín-Marie/f Sadhbh/f Treasa-Bríd/f Ultan/m Cormac-Seán/m Dáithí/m Éamonn/m
  Lorcán/m Maolíosa/m Oisín-Pól/m Proinsias/m Séamus-Óg/m Tomás-Pádraig/m
gaelic: Seonag/f Beathag/f Ciorstaidh/f Mòr/f Anna-Mhàiri/f Ceit/f Dolina/f
  Oighrig-Anna/f Uilleam/m Murchadh/m Aonghas/m Ruairidh-Iain/m
  Calum-Alasdair/m Alasdair-Dubh/m Dùghall/m Fionnlagh/m Iain-Tormod/m
  Lachlann/m Niall-Ruadh/m Raibeart/m Sìm/m Tearlach/m
dutch_afrikaans: Annelies/f Elmarie/f Marieke/f Liesbeth/f Riana/f Hanneke/f Maarten/m Riaan/m
  Pieter-Jan/m Marthinus/m Gerrit/m Willem-Jan/m Sjoerd/m Hennie/m Anneke/f Carlien/f
  Mieke/f Wilma/f Bouke/m Dirkie/m Francois/m Johannes/m Koos/m Stephanus/m Wouter/m
iberian_latin: Graciela/f Ximena/f Rocío/f Itziar/f Conceição/f Guadalupe/f Nayeli/f Gonzalo/m
  Ignacio/m Rodrigo-José/m Xavi/m Anselmo/m Wellington-Luiz/m Ainhoa/f Begoña/f Idoia/f
  Maite/f Nerea/f Yolanda/f Aitor/m Iker/m Joseba/m Unai/m Xabier/m Reinaldo/m
malay_indonesian: Nurul_Ain/f Siti_Aishah/f Wulandari/f Dewi/f Putri/f Ahmad_Faiz/m Mohd_Hafiz/m
  Azlan/m Syafiq/m Budi/m Wahyu/m Nur_Izzati/f Aini/f Intan/f Rahmawati/f Sri/f Zaitun/f
  Amirul/m Faizal/m Hafiz/m Iskandar/m Khairul/m Rizal/m Taufik/m
arabic_iranian: Lubna/f Hanan/f Maysoon/f Golnaz/f Farzaneh/f Shirin/f Parisa/f Behrouz/m
  Kaveh/m
  Dariush/m Omid/m Bashar/m Nizar/m Wissam/m Anas/m Hamza-Ali/m Azadeh/f Mahsa/f Niloofar/f
  Roya/f Sepideh/f Touran/f Arash/m Babak/m Farhad/m Mehrdad/m Siamak/m Yasamin/f Rawan/f
  Lama/f Raghad/f Ghassan/m Marwan/m Talal/m
ukrainian: Khrystyna/f Yevheniia/f Solomiia/f Halyna/f Viktoriia/f Oleksandr/m Bohdan/m
  Yaroslav/m Vitalii/m Serhii/m Anastasiia/f Liudmyla/f Nadiia/f Olha/f Tetiana/f
  Zoriana/f Andrii/m Ihor/m Mykhailo/m Ostap/m Petro/m Volodymyr/m Yurii/m
west_african: Obiageli/f Nneka/f Chiamaka-Grace/f Ifeyinwa/f Chidinma/f Ngozi-Ann/f
  Chukwudi/m Okechukwu/m
  Adewale/m Olusegun/m Babajide/m
  Ousman/m Ebrima/m Fatoumata/f Haddy/f Momodou/m Alieu/m
south_asian: Meenakshi/f Revathi/f Aishwarya/f Harleen/f Manpreet/f Navjot Ravinder/m Jaswant/m
  Arumugam/m Murali/m Hiren/m Shahnaz/f Mizanur/m Rashid-Uddin/m Thushara/f Sanjeewa/m
  Padmini/f Saranya/f Vasanthi/f Balaji/m
  Jasleen/f Kiranjit/f Jagdeep/m Dhara/f Krupa/f Nirali/f Bhavesh/m
  Chirag/m Ferdousi/f Momtaz/f Rokeya/f Jamal-Uddin/m Shafiqul/m Nadeesha/f
  Kasun/m Ruwan/m
east_asian: Minji/f Seo-yeon/f Ji-hoon/m Dong-hyun/m Thi_Lan/f Thu_Trang/f Van_Duc/m
  Quang_Minh/m
  Yui/f Haruka/f Kenta/m Siu_Ping/f Eun-ji/f Hye-jin/f Min-jun/m Sung-ho/m Ngoc_Anh/f Minh_Chau/f
  Duc_Anh/m Thanh_Tung/m Aoi/f Sakura/f Daisuke/m Takumi/m Wing_Sze/f Pui_Yan/f
  Tsz_Hin/m
caribbean: Pearline/f Yvonne-Marie/f Clovis/m Maxine-Joy/f Gloria-Mae/f
  Novlette/f Sonia-Ann/f Veronica-Rose/f Barrington/m Clement/m
  Cleveland/m Ransford/m Trevor-Lee/m Wesley/m
east_african: Tsegay/m Fikremariam/m Achieng-Rose/f Wafula/m Nasra/f Mukhtar-Ali/m Almaz/f
  Yordanos/f Kibrom/m Mulugeta/m Tesfalem/m Filsan/f Idil/f Bashiir/m
  Auma/f Wairimu/f
"""
_SURNAMES = """
english: Fothergill Thwaite Scargill Braithwaite Satterthwaite Heathcote Blenkinsop
  Featherstonehaugh Cholmondeley Spurway Pengelly Tregenza Fortescue-Brown Ashdown-Hill
  St_John-Stevas Smallbone Sugden Duckworth Oddie Gathercole Pettifer Loosemore Sillitoe
  Pickersgill Culshaw Hindle Rishworth Sowerbutts
  Bagshaw Mottershead Cruickshank-Lee Kitto Rosewarne Penrose-Hick Bolitho Jewell-Roe
wordy: Moneypenny Rainbow Sunshine Lovejoy Friend Brain Death Virgin Sterling-Gold Luck
  Hardcastle Hogg Honeyball Speed Goodbody Cheeseman Handsome Gotobed Sidebotham
  Onions Pratt-Winter Money Rich-Martin Silly Godsave Goodyear Fairweather Bigwood Strongitharm
welsh: ap_Gruffudd ab_Ifan ap_Hywel-Jones ferch_Dafydd Pryce-Jenkins Llewellin Bevan-Powell
  Breeze Vychan Mathias-Evans ap_Iorwerth Gwalchmai Meredudd Caddwr Eifion Madoc-Jones
  Penllyn Tegai Rowlands-ap-Siôn Wynne-Pugh
irish: Ó_hUiginn/m Nic_an_tSaoir/f Ó_Dubhghaill/m Mac_Giolla_Bhríde/m
  Nic_Giolla_Bhríde/f Quinn-Donnelly MacManus Cassidy-Rooney Ní_Bhriain-Walsh/f
  Ní_Chathasaigh/f Ó_Catháin/m Ní_Dhochartaigh/f Ó_Néill/m Mac_Suibhne/m Nic_Suibhne/f
  O'Doherty-Kerr McGonigle McAleese-Ward McCrystal Mac_Conmara/m
  O'Cathain D'Arcy-Lynch
gaelic: NicDhòmhnaill/f Mac_a'_Phearsain/m Nic_a'_Phearsain/f MacIllFhinnein/m NicIllFhinnein/f
  MacLeòid/m Morrison-Macaulay MacAmhlaigh/m NicAmhlaigh/f MacCoinnich/m NicCoinnich/f
  MacRath/m NicRath/f Mac_an_t-Saoir/m MacAonghais/m NicAonghais/f MacIomhair/m
dutch_afrikaans: van_Rensburg de_Villiers du_Plessis van_Wyk Janse_van_Vuuren van_den_Heever
  Oosthuizen Verwoerd-Smit ter_Haar de_Jong-Bakker Vermeulen-Stuart Engelbrecht
  Swanepoel Pretorius-Kruger van_Zyl Coetzee-Brand
iberian_latin: de_la_Cruz-Ortega dos_Santos-Ferreira da_Conceição García-Márquez de_Souza-Lima
  Del_Río Villaseñor Echeverría Urquhart-Díaz Quiñones de_la_Fuente Etxeberria Goikoetxea
  Arrieta-Ugarte Zubizarreta Iturbe
malay_indonesian: bin_Ismail/m binti_Ismail/f bin_Abdullah/m binti_Rahman/f bin_Osman/m
  binti_Yusof/f Sukarnoputri Wijaya Setiawan Kusuma bin_Hashim/m binti_Hashim/f Nugroho Hartono
  Prasetyo Suryadi
arabic_iranian: al-Masri el-Sayed-Ali al-Hashimi al-Zubaidi el-Amin Tehrani Mousavi
  Karimi-Nejad Rostami Farahani al-Tikriti Abu_Ghazaleh el-Hage Ghorbani Sadeghi
  Esfahani Jafari-Rad Nazari Kashani
ukrainian: Bondar Tkachuk Kravets Savchuk Hnatyuk Lysenko Petrenko Marchenko Horobets Yatsenko
  Pshenychna/f Shvets Moroz-Kovalchuk Danylyuk Romaniuk Zinchenko Chornovil Holub Tymoshchuk
west_african: Ezeonwuka Okonkwo-Eze Uzoma Adeyemi-Cole Babatunde-Jones Asante-Darko
  Owusu-Ansah Njie Nwosu-Ibe Akinwande Adjei-Mensah Ofori-Atta
  Appiah-Kubi Danquah Bojang Darboe Fofana-Jallow
south_asian: Venkataraman-Iyer Raghunathan Patel-Desai Begum-Uddin Rahman-Khan Gunawardena
  Senanayake Chettiar Thiruchelvam Gill-Dhaliwal Sandhu-Bains
  Bhogal Rai-Chahal Pabla Dhillon-Grewal Majumder Bhuiyan
  Uddin-Chowdhury Siddique Ranasinghe Jayawardena
east_asian: Nguyen-Tran Tanaka Watanabe Yamamoto Yoon Shin Han Seo Bui Vo Dang Trinh
  Nakamura Kobayashi Sasaki Ip Mok Kan Lok To
caribbean: McKenzie-Brown Bailey-Thompson Grant-Reid Marsh-Ricketts
  Gordon-Nelson McFarlane-Daley Rattray Spence-Lumsden Thame
east_african: Berhane Farah-Warsame Dualeh Gebreselassie Tesfamichael Woldegiorgis Kahsay
  Kiprotich Cheruiyot Mwangi-Kariuki Omondi Nduta Ismail-Jama
"""
_TOWNS = """
E|Lancs|Chorley|PR7 / E|Notts|Retford|DN22 / E|Glos|Tewkesbury|GL20 / E|Glos|Cinderford|GL14
E|Hants|Alton|GU34 / E|Bucks|Chesham|HP5 / E|Herts|Royston|SG8 / E|Beds|Biggleswade|SG18
E|Tyne & Wear|Whitley Bay|NE26
E|Tyne & Wear|Wallsend|NE28 / E||Cockermouth|CA13
S|Lanarks|Rutherglen|Burnside=G73;G73 / S|Lanarks|Cambuslang|Halfway=G72
S|Lanarks|Blantyre|G72 / S|Lanarks|Uddingston|G71 / S|Lanarks|Baillieston|G69
S|Lanarks|Biggar|ML12 / S|Lanarks|Lesmahagow|ML11 / S|Lanarks|Shotts|ML7
S|Ayrshire|Stewarton|KA3 / S|Ayrshire|Kilbirnie|KA25 / S|Ayrshire|Ardrossan|KA22
S|Ayrshire|Maybole|KA19 / S|Ayrshire|Dalmellington|KA6 / S|Dumfriesshire|Sanquhar|DG4
S|Dumfriesshire|Langholm|DG13 / S|Wigtownshire|Newton Stewart|DG8
S|Kirkcudbrightshire|Gatehouse of Fleet|DG7 / S|Kirkcudbrightshire|Dalbeattie|DG5
S|Stirlingshire|Larbert|FK5 / S||Tillicoultry|FK13 / S|Perthshire|Dunblane|FK15
S|Perthshire|Aberfeldy|PH15 / S|Perthshire|Auchterarder|PH3 / S|Kinross-shire|Kinross|KY13
S||Lochgelly|KY5 / S||Burntisland|KY3 / S|Forfarshire|Kirriemuir|DD8 / S|Banffshire|Portsoy|AB45
S||Turriff|AB53 / S||Banchory|AB31 / S||Ballater*|AB35 / S|Morayshire|Lossiemouth|IV31
S|Morayshire|Aberlour*|AB38 / S||Brora|KW9 / S||Golspie|KW10 / S||Lairg*|IV27
S|Ross and Cromarty|Gairloch*|IV21 / S|Ross and Cromarty|Alness|IV17
S||An t-Àth Leathann*|IV49 / S||Mallaig*|PH41 / S|Argyll|Lochgilphead|PA31
S|Argyll|Inveraray*|PA32 / S|Isle of South Uist|Loch Baghasdail*|HS8
S|Isle of North Uist|Loch nam Madadh*|HS6 / S|Isle of Harris|An t-Ob*|HS5 / S||Stromness|KW16
S||Scalloway*|ZE1
S||Glaschu|Shawlands=G41;Battlefield=G42;Parkhead=G31;Bridgeton=G40;Knightswood=G13;G22;Toryglen=G42;Nitshill=G53
S||Dùn Èideann|EH5;Abbeyhill=EH8;Lochend=EH7;Oxgangs=EH13;Saughton=EH11;Clermiston=EH4;Moredun=EH17
W|Meirionnydd|Tywyn|LL36 / W|Arfon|Llanberis|LL55 / W|Arfon|Bethesda|LL57
W|Sir Conwy|Penmaenmawr|LL34 / W|Sir Conwy|Llanfairfechan|LL33
W|Sir Drefaldwyn|Llanfyllin|SY22 / W|Sir Faesyfed|Rhaeadr Gwy|LD6 / W|Sir Faesyfed|Trefyclo|LD7
W|Sir Faesyfed|Llanandras|LD8 / W|Sir Frycheiniog|Crucywel|NP8
W|Sir Frycheiniog|Y Gelli Gandryll|HR3 / W|Gwent|Abertyleri|NP13 / W|Gwent|Blaenafon|NP4
W|Gwent|Caerllion|NP18 / W|Gwent|Rhisga|NP11 / W|Gwent|Coed-duon|NP12
W|Morgannwg Ganol|Bargod|CF81 / W|Morgannwg Ganol|Tonyrefail|CF39
W|Morgannwg Ganol|Llantrisant|CF72 / W|Morgannwg Ganol|Hirwaun|CF44
W|Gorllewin Morgannwg|Pontarddulais|SA4 / W|Gorllewin Morgannwg|Pontardawe|SA8
W|Dyfed|Llandysul|SA44 / W|Dyfed|Castellnewydd Emlyn|SA38 / W|Dyfed|Borth*|SY24
W|Meirionnydd|Aberdyfi*|LL35 / W|Llŷn|Nefyn|LL53 / W|Llŷn|Abersoch*|LL53
N|Tír Eoghain|Augher*|BT77 / N|Co Tyrone|Clogher*|Ballagh=BT76 / N|Tír Eoghain|Aughnacloy|BT69 / N|Co Tyrone|Benburb*|BT71
N|Tír Eoghain|Caledon*|BT68 / N|Co Tyrone|Sixmilecross*|Aghnagar=BT79 / N|Tír Eoghain|Beragh*|BT79
N|Co Tyrone|Gortin*|Lisnamallard=BT79 / N|Tír Eoghain|Plumbridge*|BT79 / N|Co Derry|Draperstown|Moneyneany=BT45
N|Co Derry|Tobermore*|BT45 / N|Co Derry|Swatragh*|BT46 / N|Co Derry|Garvagh|BT51
N|Co Derry|Kilrea|BT51 / N|Aontroim|Portglenone|BT44 / N|Aontroim|Ahoghill*|BT42 / N|Aontroim|Cullybackey|BT42
N|Aontroim|Broughshane*|BT42 / N|Aontroim|Glenarm*|BT44 / N|Aontroim|Carnlough|BT44 / N|Aontroim|Crumlin|BT29
N|Contae an Dúin|Saintfield|BT24 / N|Contae an Dúin|Killyleagh|BT30 / N|Contae an Dúin|Ardglass|BT30 / N|Contae an Dúin|Annalong*|BT34
N||Rathfriland|BT34 / N|Armagh|Bessbrook|BT35 / N|Armagh|Markethill|BT60
N|Armagh|Richhill*|BT61 / N|Armagh|Loughgall*|BT61 / N|Fermanagh|Belcoo*|BT93
N|Fermanagh|Ederney*|BT93 / N|Fermanagh|Tempo*|BT94 / N|Fermanagh|Brookeborough*|BT94
N|Fermanagh|Maguiresbridge*|BT94 / N|Fermanagh|Newtownbutler|Aghadrumsee=BT92
N||Donaghmore*|Tullyhogue=BT70;Cloghfin=BT70
E|N Yorks|Northallerton|DL6;DL7 / E|N Yorks|Ripon|HG4 / E|N Yorks|Knaresborough|HG5
E|N Yorks|Selby|YO8 / E|E Yorks|Goole|DN14 / E|E Yorks|Driffield|YO25
E|E Yorks|Withernsea|HU19 / E|Lincs|Louth|LN11 / E|Lincs|Horncastle|LN9 / E|Lincs|Sleaford|NG34
E|Lincs|Stamford|PE9 / E|Northd|Hexham|NE46 / E|Northd|Morpeth|NE61 / E|Northd|Alnwick|NE66
E|Northd|Ashington|NE63 / E|Northd|Blyth|Cowpen=NE24 / E|Co Durham|Peterlee|SR8
E|Co Durham|Seaham|SR7 / E|Co Durham|Barnard Castle|DL12 / E||Guisborough|TS14 / E||Jarrow|NE32
E|Salop|Ludlow|SY8 / E|Salop|Bridgnorth|WV16 / E|Salop|Oswestry|SY11
E|Salop|Market Drayton|TF9 / E|Herefs|Leominster|HR6 / E|Herefs|Ledbury|HR8
E|Worcs|Evesham|WR11 / E|Worcs|Malvern|WR14 / E|Warks|Stratford-upon-Avon|CV37
E|Warks|Kenilworth|CV8 / E|Warks|Bedworth|CV12 / E|Warks|Atherstone|CV9 / E|Staffs|Leek|ST13
E|Staffs|Uttoxeter|ST14 / E|Staffs|Rugeley|WS15 / E|Derbys|Bakewell|DE45
E|Wilts|Chippenham|SN15 / E|Wilts|Devizes|SN10 / E|Wilts|Warminster|BA12 / E|Wilts|Melksham|SN12
E||Bridport|DT6 / E||Sherborne|DT9 / E||Blandford Forum|DT11 / E||Swanage|BH19
E||Minehead|TA24 / E||Frome|BA11 / E||Glastonbury|BA6 / E||Chard|TA20 / E||Tiverton|EX16
E||Okehampton|EX20 / E||Newton Abbot|TQ12 / E||Teignmouth|TQ14 / E||Ilfracombe|EX34
E||Tavistock|PL19 / E|Kernow|Falmouth|Penryn=TR10;TR11 / E|Kernow|St Austell|PL25
E|Kernow|Liskeard|PL14 / E|Kernow|Bude|EX23 / E|Kernow|Helston|TR13
E|W Sussex|Bognor Regis|PO21;PO22 / E|W Sussex|Littlehampton|BN17 / E|W Sussex|Burgess Hill|RH15
E|E Sussex|Hailsham|BN27 / E|E Sussex|Newhaven|BN9 / E|E Sussex|Bexhill-on-Sea|TN39;TN40
E|IOW|Newport IOW|PO30 / E|IOW|Sandown|PO36 / E|Norf|Dereham|NR19 / E|Norf|Fakenham|NR21
E|Norf|Cromer|NR27 / E|Norf|Downham Market|PE38 / E|Suff|Felixstowe|IP11
E|Suff|Stowmarket|IP14 / E|Suff|Haverhill|CB9 / E|Suff|Beccles|NR34 / E|Cambs|March|PE15
E|Cambs|St Neots|Eaton Socon=PE19 / E||Harwich|Dovercourt=CO12 / E||Braintree|CM7
E||Maldon|CM9 / E||Tonbridge|TN9;TN10 / E||Faversham|ME13 / E||Herne Bay|CT6 / E||Whitstable|CT5
E||Deal|CT14 / E||Bicester|OX26 / E||Witney|OX28 / E||Didcot|OX11 / E||Abingdon|OX14
E||Newbury|RG14 / E||Bracknell|RG12 / E||Maidenhead|SL6 / E||Chesham|HP5 / E||Hitchin|SG5
E||Letchworth Garden City|SG6 / E||Fareham|PO14;PO16 / E||Havant|Leigh Park=PO9
E||Eastleigh|SO50 / E||Romsey|SO51 / E||Lymington|SO41 / E||Christchurch|BH23 / E||Morecambe|LA4
E||Fleetwood|FY7 / E||Chorley|PR7 / E||Leyland|PR25 / E||Ormskirk|L39 / E||Skelmersdale|WN8
E||Southport|Birkdale=PR8;PR9 / E||Bootle|L20 / E||Runcorn|WA7 / E||Ellesmere Port|CH65
E||Nantwich|CW5 / E||Congleton|CW12 / E||Winsford|CW7 / E||Heywood|OL10 / E||Sale|M33
E||Urmston|M41 / E||Brighouse|HD6 / E||Elland|HX5 / E||Bingley|BD16 / E||Shipley|BD18
E||Pudsey|LS28 / E||Castleford|WF10 / E||Ossett|WF5 / E||Mexborough|S64 / E||Retford|DN22
E||Gainsborough|DN21 / E||Cleethorpes|DN35 / E|N Yorks|Crackpot*|DL11 / E||Plucks Gutter*|CT3
E|Oxon|Christmas Common*|OX49 / E||Queen Camel*|BA22 / E||Toller Porcorum*|DT2
E||Stanton Drew*|BS39 / E|Wilts|Lydiard Millicent*|SN5 / E|Warks|Catherine-de-Barnes*|B91
E||Steeple Bumpstead*|CB9 / E|Worcs|Upton Snodsbury*|WR7 / E|Cambs|Prickwillow*|CB7
E|N Yorks|Potto*|DL6
S|Linlithgowshire|Bathgate|EH48 / S|Linlithgowshire|Linlithgow|EH49
S|Linlithgowshire|Broxburn|EH52 / S|Linlithgowshire|Whitburn|EH47 / S|Stirlingshire|Bo'ness|EH51
S|Dunbartonshire|Kirkintilloch|G66 / S|Dunbartonshire|Bishopbriggs|G64 / S|Lanarks|Wishaw|ML2
S|Lanarks|Bellshill|ML4 / S||Renfrew|PA4 / S||Erskine|PA8 / S|Ayrshire|Largs|KA30
S|Ayrshire|Troon|KA10 / S|Wigtownshire|Annan|DG12 / S|Roxburghshire|Kelso|TD5
S|Forfarshire|Forfar|DD8 / S|Forfarshire|Montrose|DD10 / S|Forfarshire|Carnoustie|DD7
S|Perthshire|Crieff|PH7 / S||Inverurie|AB51 / S|Morayshire|Forres|IV36 / S||Port Rìgh|IV51
S||Steòrnabhagh|HS1 / S||Tairbeart*|HS3 / S||Bàgh a' Chaisteil*|HS9 / S|Argyll|Campbeltown|PA28
S|Argyll|Helensburgh|G84
W|Dyfed|Aberaeron|SA46 / W|Dyfed|Dinbych-y-pysgod|SA70 / W|Dyfed|Arberth|SA67
W|Clwyd|Dinbych|LL16 / W|Clwyd|Prestatyn|LL19 / W|Sir Conwy|Bae Colwyn|LL29
W|Sir Fôn|Caergybi|LL65 / W|Gwent|Cwmbrân|NP44 / W|Gwent|Tredegar|NP22
W|Morgannwg Ganol|Tonypandy|CF40 / W|Morgannwg Ganol|Aberpennar|CF45
W|Meirionnydd|Cricieth*|LL52 / W|Dyfed|Pumsaint*|SA19 / W|Meirionnydd|Cwm-y-glo*|LL55
W|Clwyd|Rhosllannerchrugog*|LL14
N|Co Tyrone|Carrickmore*|Termon=BT79;Drumnakilly=BT79 / N|Tír Eoghain|Fintona*|Tattykeel=BT78
N|Co Tyrone|Newtownstewart|BT78 / N|Tír Eoghain|Pomeroy*|Cavanakeeran=BT70 / N|Fermanagh|Derrylin*|BT92
N|Contae an Dúin|Donaghadee|BT21 / N|Contae an Dúin|Castlewellan|BT31
N||Derry~Londonderry|Creggan=BT48;Waterside=BT47;Shantallow=BT48
"""
_STREETS = {
    "E": "Tanpits Lane, Bellfounders Row, Chandlers Yard, Sawmill Lane, Brewhouse Yard, Coopers Row, Flaxmill Lane, Tollgate Road, Turnpike Lane, Packhorse Lane, Drovers Way, Saltings Road, Smugglers Lane, Coastguard Cottages, Gun Lane, Powder Mill Lane, Limekiln Lane, Potters Bar Road, Clay Pit Lane, Kiln Croft, Tinners Way, Wheal Rose, Trevithick Road, Boscawen Street, Fore Street, Leat Walk, Sheepwash Lane, Tithe Barn Close, Shambles, Cornhill, Swinegate, Goodramgate, Outwood Lane, Hobmoor Road, Nuthatch Drive, Yellowhammer Close, Corncrake Way, Lapwing Lane, Stonechat Close, Siskin Drive, Dotterel Walk, Gannet Close, Windrush Way, Empire Windrush Avenue, Pankhurst Close, Attlee Way, Bevin Road, Lansbury Drive, Chartist Way, Tolpuddle Road, Peterloo Street, Luddite Walk",
    "S": "Alison Lane, Lochlea Road, Kilmailing Road, Battlefield Gardens, Langside Drive, Deanston Drive, Garrioch Road, Hotspur Street, Kelvinside Terrace West, Wilton Street, Queen Margaret Drive, Dalkeith Avenue, Allison Street, Calder Street, Dalmarnock Road, Dalry Road, Pleasance, Sràid na h-Eaglais, Rathad a' Chladaich, Bogside Road, Whinhill Road, Tannery Wynd, Smiddy Brae, Ferry Brae, Horse Wynd, Carse Road, Haugh Road, Girnel Wynd, Crofthead Road",
    "W": "Teras Glanrafon, Rhes Tai Newydd, Clos yr Onnen, Cilgant Bryn Hyfryd, Heol Tyle, Ffordd Pen-y-bryn, Heol Gwyrosydd, Lôn Cefn, Allt y Graig, "
    "Heol Llanisien Fach, Ffordd y Gogledd, Stryd Clwyd, Lôn Dyfrdwy, Teras Tabor, Rhes Siloh, "
    "Stryd Bethel, Heol Seion, Ffordd Owain Lawgoch, Lôn Pedr, Maes y Gof, Heol Pant-y-deri, "
    "Rhodfa Glasfryn, Cae Bricks, Lôn Tŷ Newydd",
    "N": "Ballygawley Road, Drumnakilly Road, Killyman Road, Lisnaskea Road, Tempo Road, Irvinestown Road, Moy Road, Garvaghy Road, Obins Street, Drumcree Road, Glenshane Road, Cushendall Road, Ballycastle Road, Rathlin Road, Lough Fea Road, Mullaghmore Road, Sperrin View, Tattykeel Road, Clogher Road",
}
_HOUSE_NAMES = {
    "E": "Bluebell Cottage, Hawkstone, Wychwood, Tinners Rest, Pump House, Toll House Cottage, Hillview Farm, Lower Barton, "
    "The Chantry, Glebe End, Saddlers, The Old Dairy Barn, Cobblestones, Puddle Dock Cottage",
    "S": "Taigh na Mara, Creag Dhubh, Achnacarry Cottage, Dunvegan View, Ceann Loch, Braeside Cottage",
    "W": "Pen y Bryn Bach, Llys Meddyg, Hafod Wen, Nant yr Eos, Gorwel, Min y Môr, Llety'r Wennol, "
    "Bwthyn Bach, Tŷ'n Llwyn, Pen Rhiw",
    "N": "Glenview Farm, Tattykeel House, Drumlish Cottage, The Old Schoolhouse, Rathmore",
}
_CULTURE_WEIGHTS = {
    "english": 16,
    "wordy": 5,
    "welsh": 8,
    "irish": 8,
    "gaelic": 6,
    "dutch_afrikaans": 4,
    "iberian_latin": 4,
    "malay_indonesian": 4,
    "arabic_iranian": 6,
    "ukrainian": 6,
    "west_african": 7,
    "south_asian": 12,
    "east_asian": 5,
    "caribbean": 5,
    "east_african": 4,
}
_REGION_WEIGHTS = {"E": 52, "S": 18, "W": 16, "N": 14}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
North Yorkshire Council|Council Tax - Bereavement Team|County Hall, Racecourse Lane;Northallerton;DL7 8AD|0306 999 0101|counciltax.bereavement@northyorks.gov.uk
East Riding of Yorkshire Council|Concessionary Travel|County Hall, Cross Street;Beverley;HU17 9BA|0306 999 0112|bus.passes@eastriding.gov.uk
Land & Property Services|Rates Collection and Rate Relief|Lanyon Plaza, 7 Lanyon Place;Belfast;BT1 3LP|0306 999 0123|rates.relief@lpsni.gov.uk
Cyngor Sir Penfro / Pembrokeshire County Council|Refeniw a Budd-daliadau / Revenues and Benefits|Neuadd y Sir, Freemans Way;Hwlffordd;SA61 1TP|0306 999 0134|revenues@pembrokeshire.gov.uk
West Lothian Council|Housing Need and Options|Civic Centre, Howden South Road;Livingston;EH54 6FF|0306 999 0145|housing.options@westlothian.gov.uk
Northumberland County Council|Adult Social Care - Safeguarding|County Hall, Loansdean;Morpeth;NE61 2EF|0306 999 0156|safeguarding.adults@northumberland.gov.uk
Wiltshire Council|Electoral Services|County Hall, Bythesea Road;Trowbridge;BA14 8JN|0306 999 0167|electoral@wiltshire.gov.uk
Somerset Council|Council Tax Reduction|Deane House, Belvedere Road;Taunton;TA1 1HE|0306 999 0178|ctr@somerset.gov.uk
Perth & Kinross Council|Revenues - Council Tax and Benefits|Pullar House, 35 Kinnoull Street;Perth;PH1 5GD|0306 999 0189|revenues@pkc.gov.uk
Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council|Tai / Housing Solutions|Coed Pella, Conway Road;Bae Colwyn;LL29 7AZ|0306 999 0190|tai.housing@conwy.gov.uk
Dorset Council|Customer Services and Identity Checks|County Hall, Colliton Park;Dorchester;DT1 1XJ|0306 999 0201|id.checks@dorsetcouncil.gov.uk
North Lanarkshire Council|Housing Rent Arrears and Court Team|Civic Centre, Windmillhill Street;Motherwell;ML1 1AB|0306 999 0212|rent.court@northlan.gov.uk
Sefton Council|Housing Benefit - Landlord Payments|Magdalen House, 30 Trinity Road;Bootle;L20 3NJ|0306 999 0223|landlord.payments@sefton.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_FIRMS = """
Holroyd Ashworth & Kaur Solicitors|Wool Exchange Chambers, 3 Piece Hall Yard;Halifax;HX1 1RE|0113 496 0817|probate@holroydashworth.co.uk
Penhallow Vos Private Client LLP|2 Lemon Quay;Truro;TR1 2LW|0117 496 0828|estates@penhallowvos.co.uk
Gwilym a Pritchard Cyfreithwyr|14 Stryd yr Hôl;Dolgellau;LL40 1AU|029 2018 0839|profiant@gwilympritchard.cymru
McIlwaine Tohill Solicitors|9 Georges Street;Dungannon;BT70 1BW|028 9018 0848|wills@mcilwainetohill.co.uk
"""
_HOSPICES = """
St Aidan's Hospice - Community Team|Dame Cicely Saunders Wing, Rothbury Road;Morpeth;NE61 1TY|0191 498 0916|referrals@staidanshospice.org.uk
Ty Gobaith Palliative Care|Uned Gofal Lliniarol, Ffordd yr Ysbyty;Y Trallwng;SY21 7DU|029 2018 0927|cyfeirio@tygobaith.cymru
Bracken Moor Hospice|Edith Cavell Building, Moor Lane;Beverley;HU17 8XP|0113 496 0936|fasttrack@brackenmoor.org.uk
"""
_SURGERIES = """
Tynedale Riverside Practice|Corbridge Road;Hexham;NE46 1QJ|0191 498 0946|tynedale.riverside@nhs.net
Meddygfa Glan Conwy|Ffordd yr Orsaf Newydd;Llanrwst;LL26 0EH|029 2018 0958|glanconwy.admin@wales.nhs.uk
Carse View Medical Practice|Carse Road;Crieff;PH7 4LR|0131 496 0968|carseview.gp@nhs.scot
"""
_EMPLOYERS = """
Aldwych Logistics UK Ltd|Unit 12, Kingsway Distribution Park;Skelmersdale;WN8 9PQ|0151 496 0976|hr.helpdesk@aldwychlogistics.co.uk
Tegfan Care Homes Ltd|Tŷ Tegfan, Heol Ddiwydiannol;Cwmbrân;NP44 3XY|029 2018 0987|payroll@tegfancare.co.uk
Strathmore Fish Processors Ltd|Harbour Road;Fraserburgh;AB43 9TB|0131 496 0998|people@strathmorefish.co.uk
"""
_COURTS = """
County Court at Southport (sitting at Bootle Justice Centre)|Merton House, Stanley Road;Bootle;L20 3DQ|0151 496 0706|enquiries.bootle.countycourt@justice.gov.uk
Hamilton Sheriff Court|4 Beckford Street;Hamilton;ML3 0BT|0141 496 0719|hamilton@scotcourts.gov.uk
County Court at Taunton|Shire Hall, Shuttern;Taunton;TA1 4EU|0117 496 0729|enquiries.taunton.countycourt@justice.gov.uk
"""
# Social landlords that bring possession claims: names only, never contact details
_LANDLORDS = [
    "Harbourside Homes Ltd",
    "Clydevale Housing Association",
    "Tamar & Teign Homes",
    "Cartrefi Bro Conwy",
    "Wyre Forest Community Housing",
    "Sovereign Sands Housing Trust",
]
_SCHEMES = [
    "Lone Pensioner Allowance",
    "Disabled Persons Allowance",
    "Housing Benefit for Rates",
    "Low Income Rate Relief",
]
_EMAIL_DOMAINS = [
    "aol.co.uk",
    "btconnect.com",
    "orange.net",
    "tesco.net",
    "freeserve.co.uk",
    "supanet.com",
    "onetel.com",
    "pm.me",
    "hey.com",
    "eircom.net",
    "yahoo.ie",
    "waitrose.com",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0116 496 0",
    "0117 496 0",
    "0191 498 0",
    "0131 496 0",
    "0141 496 0",
    "0151 496 0",
    "028 9018 0",
    "029 2018 0",
    "020 7946 0",
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
FIRMS = third_parties(_FIRMS)
HOSPICES = third_parties(_HOSPICES)
SURGERIES = third_parties(_SURGERIES)
EMPLOYERS = third_parties(_EMPLOYERS)
COURTS = third_parties(_COURTS)


class V(Values):
    """Value generators for one row, on this family's tables; Scottish addresses are often
    tenement flats, written the Glasgow way ("Flat 2/1", "0/2") or the Edinburgh way
    ("14/3 Dalry Road", "Flat 1F2")."""

    tables = TABLES

    def address(
        self, region: str | None = None, casual: bool = False, village: bool | None = None
    ) -> Address:
        region = region or self.region()
        a = super().address(region, casual, village)
        m = re.fullmatch(r"(\d+)([A-C]?) (.+)", a.street_lines[-1])
        if region == "S" and m and self.rng.random() < 0.5:
            rng, (number, _, street) = self.rng, m.groups()
            floor, door = rng.randint(0, 4), rng.randint(1, 3)
            a.street_lines = rng.choice(
                [
                    [f"Flat {floor}/{door}", f"{number} {street}"],
                    [f"{floor}/{door}, {number} {street}"],
                    [f"{number}/{floor} {street}"],
                    [f"Flat {floor}F{door}", f"{number} {street}"],
                    [f"{rng.choice(['Top', 'Middle', 'Ground'])} Floor Left", f"{number} {street}"],
                ]
            )
        return a


# --------------------------------------------------------------------------- helpers
def _stamp(rng: random.Random, lo: int, hi: int) -> str:
    d = TODAY - timedelta(rng.randint(lo, hi))
    return f"{d:%Y-%m-%d} {clock_time(rng)}:{rng.randint(10, 59)}"


def _uuid(rng: random.Random) -> str:
    return "-".join("".join(rng.choices("0123456789abcdef", k=k)) for k in (8, 4, 4, 4, 12))


def _sibling(p: Person) -> str:
    return "sister" if p.gender == "f" else "brother"


def mrz_name(name: str) -> str:
    """A name as a passport's machine-readable zone writes it: capitals, accents dropped,
    spaces and hyphens as "<", apostrophes gone ("Mac a' Phearsain" -> "MAC<A<PHEARSAIN")."""
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l"))
    out = "".join(c for c in folded if c.isascii() and (c.isalpha() or c in " -"))
    return re.sub(r"[ -]+", "<", out.upper())


def mrz_check(field: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; "<" counts 0, letters A=10 ... Z=35."""
    values = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55 for c in field]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def _digits_only(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


# --------------------------------------------------------------------------- layouts
def teams_staff_chat(doc: Doc3, v: V) -> None:
    """Officers' Microsoft Teams chat exported for a complaint file: "[dd/mm/yyyy hh:mm]
    Surname, First (Council)" headers, emojis glued to values, reactions, a meeting ID."""
    rng = v.rng
    org = v.org()
    short = "".join(w[0] for w in org.name.split(" / ")[-1].split() if w[0].isupper())
    staff = [v.person() for _ in range(rng.randint(2, 3))]
    p, a = v.person(), v.address()
    day = TODAY - timedelta(rng.randint(1, 20))
    doc.add(
        f"Microsoft Teams - chat export ({org.team} duty chat)\nExported for complaint file "
        f"INC{v.ref(7)} on {v.when(-1, 0)}\n\n"
    )

    minute = [rng.randint(8 * 60, 11 * 60)]

    def say(k: int) -> Doc3:
        who = staff[k % len(staff)]
        minute[0] += rng.randint(1, 25)
        doc.add(f"[{day:%d/%m/%Y} {minute[0] // 60:02d}:{minute[0] % 60:02d}] ")
        if rng.random() < 0.6:
            doc.ent("PERSON", f"{who.last}, {who.first}").add(f" ({short})\n")
        else:
            doc.nm(who, "full").add("\n")
        return doc

    say(0).add("morning 👋 anyone free for a callback? ").nm(p, rng.choice(["full", "lower"]))
    doc.add(" has rung twice about " + rng.choice(["the bill", "a missed visit", "her letter"]))
    doc.add("\n\n")
    say(1).add("👍 I'll take it. address?\n\n")
    say(0).add("🏠 ").addr_inline(a).add(rng.choice([" 🏠", "", " ✅"]) + "\n\n")
    say(0).add("DOB ").dob(p).add(" and mob 📱").ent("PHONE_NUMBER", v.phone(True)).add("\n\n")
    if rng.random() < 0.6:
        say(1).add("found 2 records 🙄 NI ").ident("UK_NINO", v.nino())
        doc.add(f" on the newer one, merging under CRM case {rng.choice('CH')}-{v.ref(7)}\n\n")
    if len(staff) > 2:
        say(2).add(
            f"reminder team huddle {rng.randint(1, 4)}pm 📅 Meeting ID: {v.ref(3)} {v.ref(3)} "
            f"{v.ref(3)} {v.ref(3)}  Passcode: {''.join(rng.choices('abcdefghjkmnpqrstuvwxyz23456789', k=6))}\n\n"
        )
    say(1).add("rang ").nm(p, "first").add(" back, sorted 🙏 email on file is 📧")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    doc.add(f"    👍 {rng.randint(1, 3)}  ❤️ 1\n\n")
    if rng.random() < 0.4:
        kin = v.kin(p)
        say(0).add(f"fyi {pron(p)[1]} {_sibling(kin)} ").nm(kin, "full").add(" is the contact ☎️ ")
        doc.ent("PHONE_NUMBER", v.phone()).add(" (consent on file)\n\n")
    say(0).add("thanks ").nm(staff[1], "first").add(" 🙌\n")


def executor_probate_letter(doc: Doc3, v: V) -> None:
    """An executor writes about a deceased parent's council tax: the deceased's name, date of
    birth (labelled) and date of death (not), the estate account, a co-executor and the firm."""
    rng = v.rng
    org, firm = v.org("Bereavement", "Council Tax", "Revenues"), rng.choice(FIRMS)
    ex = v.person(born=(1950, 1990))
    dead = v.person(ex.culture, surname=ex.last if rng.random() < 0.7 else None, born=(1929, 1952))
    ea, da = v.address(), v.address()
    doc.nm(ex, rng.choice(["title_full", "full"])).add("\n").addr_lines(ea)
    doc.add("Tel ").ent("PHONE_NUMBER", v.phone()).add("   Email ")
    doc.ent("EMAIL_ADDRESS", v.email(ex)).add(f"\n\n{v.when(-10, 0)}\n\n")
    doc.block(org, mailbox=True)
    died = TODAY - timedelta(rng.randint(40, 300))
    doc.add("\nDear Sir or Madam\n\nRe: the estate of the late ").nm(dead, "title_full")
    doc.add(" (deceased)\nDate of birth: ").dob(dead)
    doc.add(f"    Date of death: {died:%d/%m/%Y}\nLast address: ").addr_inline(da)
    doc.add(f"\nCouncil tax account: {v.ref(8)}\n\n")
    doc.add(
        f"I am {rng.choice(['the executor', 'one of the executors'])} named in the will of my late "
        f"{'mother' if dead.gender == 'f' else 'father'}, who died on {died.day} "
        f"{_MONTHS[died.month - 1]} {died.year}. The grant of probate was issued on "
        f"{v.when(-30, -5)} (Probate Registry ref PRB-{TODAY.year}-{v.ref(6)}) and the Tell Us "
        f"Once reference is TUO {v.ref(3)} {v.ref(3)} {v.ref(3)}.\n\n"
    )
    if rng.random() < 0.6:
        co = v.kin(ex)
        doc.add(f"My co-executor is my {_sibling(co)} ").nm(co, "full").add(", of ")
        doc.addr_inline(v.address()).add(". ")
    doc.add(
        f"Please close the account from the date of death and pay the credit of £{v.money(20, 600)} "
        "to the estate account: account name Executors of "
    )
    doc.nm(dead, rng.choice(["caps", "bank"])).add(" deceased, sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account number ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(".\n\n")
    if rng.random() < 0.55:
        doc.add("For your identity check, my passport number is ").ident(
            "UK_PASSPORT", v.passport()
        )
        doc.add(". ")
    if rng.random() < 0.5:
        doc.add(f"{pron(dead)[1].capitalize()} National Insurance number was ")
        doc.ident("UK_NINO", v.nino()).add(", if the Pension Service asks. ")
    doc.add(f"The solicitors dealing with the estate are {firm.name}, ")
    doc.ent("ORGANIZATION", ", ".join(firm.lines)).add(" (").ent("ORGANIZATION", firm.phone)
    doc.add(").\n\nYours faithfully\n\n").nm(ex, rng.choice(["full", "initial_dot", "middle"]))
    doc.add("\nExecutor\n")


def legacy_key_value_export(doc: Doc3, v: V) -> None:
    """A concessionary bus pass record exported from a legacy system as KEY=VALUE lines:
    capitals, YYYYMMDD dates of birth beside YYYYMMDD issue and expiry dates, an ITSO card
    number."""
    rng = v.rng
    org = v.org("Concessionary", "Identity")
    older = rng.random() < 0.6
    p = v.person(born=(1931, 1960) if older else (1962, 2004))
    a = v.address()
    issued = TODAY - timedelta(rng.randint(0, 30))
    doc.add(
        f"# CTX export v4.{rng.randint(1, 9)} - {org.team} - record {rng.randint(1, 40):04d}/"
        f"{rng.randint(41, 99):04d} - generated {TODAY:%Y%m%d}{clock_time(rng).replace(':', '')}\n"
    )
    doc.add(f"[APPLICANT]\nREC_TYPE={'AGE' if older else 'DISABLED'}\n")
    doc.add(f"CARD_NO=633597{v.ref(12)}\nTITLE={p.title.upper()}\nSURNAME=")
    doc.ent("PERSON", p.last.upper()).add("\nFORENAMES=")
    doc.ent("PERSON", (p.first + (f" {p.middle_initial}" if p.middle_initial else "")).upper())
    doc.add("\nDOB=").ent("DATE_OF_BIRTH", f"{p.dob:%Y%m%d}").add(f"\nSEX={p.gender.upper()}\n")
    doc.add("ADDR_1=").ent("STREET_ADDRESS", a.street(", ").upper()).add("\n")
    if a.district:
        doc.add("ADDR_2=").ent("LOCATION", a.district.upper()).add("\n")
    doc.add("TOWN=").ent("LOCATION", a.town.upper()).add("\n")
    if a.county:
        doc.add("COUNTY=").ent("LOCATION", a.county.upper()).add("\n")
    doc.add("POSTCODE=").ent("UK_POSTCODE", a.postcode.upper()).add("\nTEL_DAY=")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nEMAIL=")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nNINO=").ident("UK_NINO", v.nino()).add("\n")
    proof = rng.random()
    if proof < 0.4:
        doc.add("PROOF_ID=PASSPORT\nPROOF_REF=").ident("UK_PASSPORT", v.passport()).add("\n")
    elif proof < 0.75:
        doc.add("PROOF_ID=DRIVING_LICENCE\nPROOF_REF=").ent("UK_DRIVING_LICENCE", v.licence(p))
        doc.add("\n")
    else:
        doc.add("PROOF_ID=NONE\nPROOF_REF=\n")
    if not older:
        doc.add(f"DISAB_CAT=({rng.choice('abcdefg')})\n")
    doc.add(
        f"ISSUE_DT={issued:%Y%m%d}\nEXPIRY_DT={issued.year + 5}{issued:%m%d}\n"
        f"PHOTO=IMG_{v.ref(6)}.JPG\n"
    )
    if not older or rng.random() < 0.3:
        c = v.kin(p) if rng.random() < 0.5 else v.person()
        doc.add("COMPANION=Y\nCOMP_NAME=").ent("PERSON", c.full.upper()).add("\nCOMP_DOB=")
        doc.ent("DATE_OF_BIRTH", f"{c.dob:%Y%m%d}").add("\n")
    else:
        doc.add("COMPANION=N\n")
    doc.add(f"[END]\n# 1 record(s); checksum {v.ref(10)}; route to ").ent(
        "ORGANIZATION", org.mailbox
    )
    doc.add("\n")


def fax_cover_paged(doc: Doc3, v: V) -> None:
    """A hospice's fast-track fax: a transmission header on every page, a cover sheet, and a
    page break (footer, then the next page's header) in the middle of the patient's address."""
    rng = v.rng
    hospice, org = rng.choice(HOSPICES), v.org("Adult Social Care", "Housing", "Safeguarding")
    worker, p, a = v.person(), v.person(born=(1931, 1975)), v.address()
    sent = TODAY - timedelta(rng.randint(0, 10))
    clock = clock_time(rng)

    def header(page: int) -> None:
        doc.add(f"{sent:%d/%m/%Y} {clock}  FROM: ").ent("ORGANIZATION", hospice.phone)
        doc.add(f"  {hospice.name.upper()}  P.{page:03d}/003\n")

    header(1)
    doc.add(f"\nFAX\nTo: {org.team}, {org.name}\nFax: ").ent("ORGANIZATION", org.phone)
    doc.add("\nFrom: ").nm(worker, rng.choice(["full", "initial_dot"]))
    doc.add(
        f", {rng.choice(['Social Worker', 'Discharge Coordinator', 'Clinical Nurse Specialist'])}\n"
        f"Pages: 3 (including this one)   Job no. {rng.randint(100, 9999):04d}\n"
        "Re: URGENT - fast-track referral, end of life\n\nCONFIDENTIAL: if you have received this "
        "fax in error please telephone the sender and destroy it.\n\n"
    )
    header(2)
    doc.add("\nPATIENT DETAILS\nName: ").nm(p, rng.choice(["title_full", "surname_caps", "full"]))
    doc.add("\nDOB: ").dob(p).add("   NHS No: ").ident("UK_NHS", v.nhs())
    doc.add("\nHome address:\n").ent("STREET_ADDRESS", a.street("\n")).add("\n")
    doc.add(f"\n{hospice.name} - Page 2 of 3 - CONFIDENTIAL\n")
    header(3)
    for loc in a.locations:
        doc.ent("LOCATION", loc).add("\n")
    doc.ent("UK_POSTCODE", a.postcode).add("\n\nNext of kin: ")
    kin = v.kin(p, born=(1950, 2000))
    relation = rng.choice(["daughter", "niece"] if kin.gender == "f" else ["son", "nephew"])
    doc.nm(kin, "full").add(f" ({relation}) tel ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n")
    doc.add(f"\n{p.title} ").nm(p, "surname").add(
        f" is to be discharged home from the {hospice.lines[0].split(',')[0]} on "
        f"{v.when(2, 10)} and needs a hospital bed downstairs and a key safe. Please arrange an "
        "urgent care package and a housing adaptations assessment.\n\nPlease contact "
    )
    doc.nm(worker, "first").add(" on ").ent("ORGANIZATION", hospice.phone).add(ext(rng))
    doc.add(" or ").ent("ORGANIZATION", hospice.mailbox).add(f".\n\nTX REPORT: OK  {v.ref(5)}\n")


def landlord_arrears_schedule(doc: Doc3, v: V) -> None:
    """A private landlord asks for direct payment of housing costs and lists tenants in arrears
    in a fixed-width table; the landlord's own home and bank details are personal data."""
    rng = v.rng
    org = v.org("Landlord", "Benefit", "Arrears")
    ll, la = v.person(born=(1945, 1988)), v.address()
    region = v.region()
    doc.nm(ll, rng.choice(["title_full", "full"])).add("\n").addr_lines(la)
    doc.add("Tel ").ent("PHONE_NUMBER", v.phone()).add("   ").ent("EMAIL_ADDRESS", v.email(ll))
    reg = {
        "W": f"Rent Smart Wales registration RSW-LL{v.ref(5)}",
        "S": f"Scottish landlord registration {v.ref(6)}/{rng.randint(100, 999)}/{v.ref(5)}",
        "N": f"NI landlord registration LR{v.ref(7)}",
        "E": f"Property Redress Scheme member PRS{v.ref(6)}",
    }[region]
    doc.add(f"\n{reg}\n\n").block(org, phone=rng.random() < 0.5, mailbox=True)
    doc.add(f"\n{v.when(-7, 0)}\n\nDear Sir or Madam\n\n")
    doc.add(
        "Request for direct payment of housing costs\n\nThe tenants below are more than eight "
        "weeks in arrears. Please pay their housing costs direct to me.\n\n"
    )
    doc.add(f"{'Property':<40}{'Tenant(s)':<30}{'DOB':<14}{'Arrears':>10}  Since\n")
    doc.add("-" * 106 + "\n")
    total = 0
    for _ in range(rng.randint(2, 5)):
        a = v.address(region)
        tenants = [v.person()]
        if rng.random() < 0.3:
            tenants.append(v.kin(tenants[0]))
        owed = rng.randint(400, 3900)
        total += owed
        doc.ent("STREET_ADDRESS", a.street(", ")).add(" ").ent("UK_POSTCODE", a.postcode)
        pad_to_column(doc, len(a.street(", ")) + 1 + len(a.postcode), 40)
        for k, t in enumerate(tenants):
            if k:
                doc.add(" " * 40)
            name = rng.choice([t.full, f"{t.first[0]} {t.last}", f"{t.last.upper()}, {t.first}"])
            doc.ent("PERSON", name)
            pad_to_column(doc, len(name), 30)
            dob = f"{t.dob:%d/%m/%Y}"
            doc.ent("DATE_OF_BIRTH", dob)
            if k == 0:
                doc.add(f"{' ' * (14 - len(dob))}{f'£{owed:,}.00':>10}  {v.when(-200, -56)}")
            doc.add("\n")
    doc.add("-" * 106 + f"\n{'Total':<84}{f'£{total:,}.00':>10}\n\n")
    doc.add("Payments to: account name ").nm(ll, rng.choice(["bank", "caps", "full"]))
    doc.add(", sort code ").ident("UK_SORT_CODE", v.sort_code()).add(", account ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(
        f".\nHMO licence HMO/{TODAY.year - rng.randint(0, 4)}/{v.ref(4)} covers the shared "
        "houses.\n\nYours faithfully\n\n"
    )
    doc.nm(ll, rng.choice(["full", "initial", "surname"])).add("\nLandlord\n")


def joint_claim_side_by_side(doc: Doc3, v: V) -> None:
    """A paper council tax reduction form for a couple: "YOU" and "YOUR PARTNER" in two
    columns, payroll numbers (8 digits) and pay beside the identifiers."""
    rng = v.rng
    org = v.org("Council Tax Reduction", "Revenues", "Benefit")
    p = v.person(born=(1950, 2003))
    q = v.person(gender="m" if p.gender == "f" else "f", born=(1950, 2003))
    a = v.address()
    doc.add(
        f"{org.name}\nCOUNCIL TAX REDUCTION - JOINT CLAIM (FORM CTR2)\nClaim ref: "
        f"CTR2-{v.ref(6)}\n\nPART 1  ABOUT YOU AND YOUR PARTNER\n"
        f"{'':<26}{'YOU':<34}YOUR PARTNER\n"
    )

    def row(label: str, one: Callable[[], str], two: Callable[[], str]) -> None:
        doc.add(f"{label:<26}")
        pad_to_column(doc, len(one()), 34)
        two()
        doc.add("\n")

    def person_cell(kind: str, value: str | tuple[str, bool]) -> Callable[[], str]:
        def write() -> str:
            text, bad = value if isinstance(value, tuple) else (value, False)
            doc.ent(kind, text, bad)
            return text

        return write

    def text_cell(text: str) -> Callable[[], str]:
        def write() -> str:
            doc.add(text)
            return text

        return write

    row("Surname", person_cell("PERSON", p.last.upper()), person_cell("PERSON", q.last.upper()))
    row(
        "Other names",
        person_cell("PERSON", p.first + (f" {p.middle_initial}" if p.middle_initial else "")),
        person_cell("PERSON", q.first),
    )
    row("Title", text_cell(p.title), text_cell(q.title))
    row(
        "Date of birth",
        person_cell("DATE_OF_BIRTH", f"{p.dob:%d/%m/%Y}"),
        person_cell("DATE_OF_BIRTH", f"{q.dob:%d/%m/%Y}"),
    )
    row("NI number", person_cell("UK_NINO", v.nino()), person_cell("UK_NINO", v.nino()))
    row(
        "Daytime phone",
        person_cell("PHONE_NUMBER", v.phone()),
        person_cell("PHONE_NUMBER", v.phone(True)) if rng.random() < 0.5 else text_cell("same"),
    )
    employers = ["Morrisons", "NHS Tayside", "Amazon UK", "self-employed", "Aldi", "none"]
    row("Employer", text_cell(rng.choice(employers)), text_cell(rng.choice(employers)))
    row("Payroll / staff no", text_cell(v.ref(8)), text_cell(v.ref(8)))
    row(
        "Take-home pay (month)",
        text_cell(f"£{v.money(300, 2100)}"),
        text_cell(f"£{v.money(0, 1900)}"),
    )
    doc.add("\nPART 2  YOUR ADDRESS\n").addr_lines(a, indent="    ")
    doc.add(f"Date you moved in: {v.when(-900, -30)}\n\nPART 3  CHILDREN UNDER 16\n")
    kids = [v.kin(p, child=True) for _ in range(rng.randint(0, 3))]
    for k in kids:
        doc.add("  - ").nm(k, rng.choice(["first", "full"])).add(f", aged {age(k.dob)}\n")
    if not kids:
        doc.add("  none\n")
    doc.add("\nPART 4  BANK DETAILS FOR REFUNDS\nName(s) on the account: ").nm(p, "bank")
    doc.add(" & ").nm(q, rng.choice(["bank", "bank2"])).add("\nSort code: ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("   Account no: ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n\nQuestions: ").ent("ORGANIZATION", org.phone)
    doc.add("\n\nDECLARATION - both of you must sign\n")
    doc.add("Signed: ").nm(p, rng.choice(["full", "initial"])).add("      Signed: ")
    doc.nm(q, rng.choice(["full", "initial"])).add(f"      Date: {v.when(-9, 0)}\n")


def postcode_lookup_paste(doc: Doc3, v: V) -> None:
    """A contact-centre note: the caller's address typed on one line without commas, then the
    address finder's results pasted postcode first and street last, with their UPRNs."""
    rng = v.rng
    org = v.org()
    agent, p = v.person(), v.person()
    a = v.address()
    doc.add(f"Contact record - {org.team}\nAgent: ").nm(agent, rng.choice(["full", "initial"]))
    doc.add(f"   Call ref: CR{v.ref(8)}   Started: {v.when(-3, 0)} {clock_time(rng)}\n\n")
    doc.add("Caller: ").nm(p, rng.choice(["full", "caps", "middle"])).add("   DOB: ").dob(p)
    doc.add("\nAddress as given: ")
    lower = rng.random() < 0.4
    line = a.street(" ").replace(",", "")
    doc.ent("STREET_ADDRESS", line.lower() if lower else line).add(" ")
    doc.ent("LOCATION", a.town.lower() if lower else a.town).add(" ")
    doc.ent("UK_POSTCODE", a.postcode.lower() if lower else a.postcode)
    doc.add(f'\n\nAddress finder: search "{a.postcode.replace(" ", "").upper()}"')
    m = re.fullmatch(r"(?:.*, )?(\d+)[A-C]? (.+)", a.street(", "))
    numbers = sorted(rng.sample(range(1, 120), rng.randint(2, 4)))
    doc.add(f" - {len(numbers) + 1} results\n")
    pc = a.postcode.upper()
    if m:
        results = [a.street(", ")] + [f"{n} {m.group(2)}" for n in numbers]
    else:  # a house name: its neighbours have names too
        houses = [h for names in HOUSE_NAMES.values() for h in names if h != a.street(", ")]
        results = [a.street(", ")] + rng.sample(houses, len(numbers))
    rng.shuffle(results)
    for k, street in enumerate(results, 1):
        doc.add(f"  {k}) ").ent("UK_POSTCODE", pc).add(", ")
        doc.ent("LOCATION", a.town.upper()).add(", ").ent("STREET_ADDRESS", street.upper())
        doc.add(f"   UPRN {v.ref(12)}\n")
    doc.add(f"Selected: {results.index(a.street(', ')) + 1}\n\nNotes: cust says post going to ")
    doc.add("old address ").addr_inline(v.address(), sep=" ").add(". ")
    if rng.random() < 0.5:
        c = v.kin(p)
        doc.add("c/o ").nm(c, "full").add(f" ({_sibling(c)}) tel no ").ent(
            "PHONE_NUMBER", v.phone()
        )
        doc.add(". ")
    doc.add("transferred from ").ent("ORGANIZATION", org.phone)
    doc.add(". cust adv letter will be reissued within 5 wd. callback on ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(f" after {rng.randint(1, 5)}pm\n")


def ni_townland_rates_letter(doc: Doc3, v: V) -> None:
    """A Northern Irish farmer's widow writes to Land & Property Services about rate relief:
    a townland address, an Irish-language and an English form of her name, a herd number."""
    rng = v.rng
    org = v.org("Rates")
    p = v.person(rng.choice(["irish", "irish", "english", "gaelic", "south_asian", "ukrainian"]))
    a = v.address(region="N")
    doc.addr_lines(a)
    doc.add(f"\nProperty ID: {v.ref(6)}   Rate bill no: {v.ref(9)}\n{v.when(-6, 0)}\n\n")
    doc.block(org, mailbox=True)
    doc.add("\nA chara / Dear Sir or Madam,\n\nI am writing about the rates on ")
    if a.district:
        doc.add("the farmhouse in the townland of ").ent("LOCATION", a.district)
        doc.add(", outside ").ent("LOCATION", a.town)
    else:
        doc.add("my home in ").ent("LOCATION", a.town)
    spouse = v.kin(p, gender="m" if p.gender == "f" else "f", born=(1928, 1960))
    doc.add(f". Since my {relation_word(spouse)} ").nm(spouse, rng.choice(["full", "first"]))
    doc.add(
        f" died on {v.when(-700, -60)} I have lived alone and I would like to apply for "
        f"{rng.choice(_SCHEMES)}. I was born on "
    )
    doc.dob(p).add(" and my National Insurance number is ").ident("UK_NINO", v.nino()).add(".\n\n")
    doc.add(
        f"The land is let in conacre now and the herd number UK 9 {v.ref(6)} {rng.randint(10000, 99999)} "
        "was closed last year.\n\n"
    )
    nb = v.person()
    doc.add("My neighbour ").nm(nb, rng.choice(["full", "title_surname"])).add(" of ")
    doc.ent("STREET_ADDRESS", rng.choice(HOUSE_NAMES["N"]))
    doc.add(" helps me with letters and can be rung on ").ent("PHONE_NUMBER", v.phone()).add(
        ".\n\n"
    )
    doc.add("Is mise le meas / Yours faithfully\n\n").nm(p, "full")
    if rng.random() < 0.5:
        doc.add(" (").ent("PERSON", p.full.upper()).add(" on the rate bill)")
    doc.add("\n")


def hard_wrapped_plaintext_email(doc: Doc3, v: V) -> None:
    """A plain-text email from an old mail client that hard-wraps at a narrow column, so
    line breaks fall inside names, addresses, sort codes and NI numbers; the council's
    quoted letter below carries the 8-digit account reference."""
    rng = v.rng
    org = v.org("Revenues", "Council Tax", "Benefit")
    p, a = v.person(), v.address()
    account_ref = v.ref(8)
    doc.add("From: ").nm(p, rng.choice(["full", "lower"])).add(" <").ent(
        "EMAIL_ADDRESS", v.email(p)
    )
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: Re: council tax account {account_ref} - refund\n"
        f"X-Mailer: {rng.choice(['Pegasus Mail for Windows (4.73)', 'Eudora 7.1', 'Claws Mail 3.17'])}\n\n"
    )
    doc.wrap = rng.choice([34, 38, 42, 46])
    doc.add(
        f"Dear Sir or Madam, further to your letter of {v.when(-30, -5)} saying that my account "
        f"is £{v.money(15, 480)} in credit, please pay the refund by BACS. I am "
    )
    doc.nm(p, rng.choice(["full", "middle"])).add(" of ").addr_inline(a)
    doc.add(" and my date of birth is ").dob(p).add(". The bank account is in the name of ")
    doc.nm(p, rng.choice(["bank", "bank2"])).add(", sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(" and account number ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(". ")
    if rng.random() < 0.6:
        doc.add("My National Insurance number is ").ident("UK_NINO", v.nino()).add(" if needed. ")
    doc.add("If there is a problem ring me on ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.5:
        doc.add(" or my mobile ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(".\n\nRegards\n").nm(p, rng.choice(["first", "full", "initial"])).add("\n\n")
    doc.wrap = 0
    doc.add(f"> On {v.when(-30, -5)}, ").ent("ORGANIZATION", org.mailbox).add(" wrote:\n")
    doc.add(
        f"> Your council tax account {account_ref} shows a credit. To claim it, reply with\n"
        "> your bank details. Please quote the account reference.\n"
    )


def vcard_attachment_email(doc: Doc3, v: V) -> None:
    """A tenant sends new contact details as a vCard pasted from a .vcf attachment, from a work
    address whose legal disclaimer carries the employer's company number and registered office."""
    rng = v.rng
    org, job = v.org("Housing"), rng.choice(EMPLOYERS)
    p, a = v.person(born=(1950, 2004)), v.address()
    work = v.email(p, job.mailbox.split("@")[1])
    doc.add("From: ").ent("EMAIL_ADDRESS", work).add("\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(
        f"\nSubject: new address - housing register {rng.choice(['HR', 'HSG'])}{v.ref(7)}\n"
        "Attachment: contact.vcf (1 KB)\n\nHello, I've moved. My details are in the card "
        "attached, can you update my application please.\n\nThanks\n"
    )
    doc.nm(p, rng.choice(["first", "full"])).add("\n\n--- contact.vcf ---\nBEGIN:VCARD\n")
    doc.add("VERSION:3.0\nN:").ent("PERSON", p.last).add(";").ent("PERSON", p.first)
    doc.add(f";;{p.title};\nFN:").nm(p, rng.choice(["full", "middle"])).add("\n")
    if rng.random() < 0.75:
        doc.add("BDAY:").ent(
            "DATE_OF_BIRTH", iso(p.dob) if rng.random() < 0.6 else f"{p.dob:%Y%m%d}"
        )
        doc.add("\n")
    doc.add("TEL;TYPE=CELL:").ent("PHONE_NUMBER", v.phone(True)).add("\n")
    if rng.random() < 0.5:
        doc.add("TEL;TYPE=HOME,VOICE:").ent("PHONE_NUMBER", v.phone(False)).add("\n")
    doc.add("EMAIL;TYPE=INTERNET,pref:").ent("EMAIL_ADDRESS", v.email(p)).add("\nADR;TYPE=HOME:;")
    if a.district:
        doc.ent("LOCATION", a.district)
    doc.add(";").ent("STREET_ADDRESS", a.street(", ")).add(";").ent("LOCATION", a.town).add(";")
    if a.county:
        doc.ent("LOCATION", a.county)
    doc.add(";").ent("UK_POSTCODE", a.postcode).add(";United Kingdom\n")
    if rng.random() < 0.5:
        doc.add("NOTE:NI no ").ident("UK_NINO", v.nino()).add(" for the housing form\n")
    doc.add(
        f"REV:{TODAY - timedelta(rng.randint(1, 9)):%Y-%m-%d}T{clock_time(rng)}:{rng.randint(10, 59)}Z\n"
        f"UID:urn:uuid:{_uuid(rng)}\nEND:VCARD\n\n"
    )
    doc.add(
        f"This e-mail and any attachments are confidential and intended solely for the addressee. "
        f"{job.name} is registered in {'Scotland' if 'AB' in job.lines[-1] else 'England and Wales'}, "
        f"company no. {'SC' if 'AB' in job.lines[-1] else '0'}{v.ref(6)}. Registered office: "
    )
    doc.ent("ORGANIZATION", ", ".join(job.lines)).add(". Switchboard ").ent(
        "ORGANIZATION", job.phone
    )
    doc.add(".\n")


def safeguarding_household_tree(doc: Doc3, v: V) -> None:
    """An adult safeguarding referral whose household is drawn as a tree with box-drawing
    characters; a police officer's collar number and the MASH and S42 references stay readable."""
    rng = v.rng
    org, gp = v.org("Safeguarding", "Adult Social Care"), rng.choice(SURGERIES)
    p, a = v.person(born=(1931, 1965)), v.address()
    officer = v.person()
    doc.add(
        f"ADULT SAFEGUARDING CONCERN - MASH ref MASH/{TODAY.year}/{v.ref(5)}\n{org.name}, "
        f"{org.team}\nReceived {v.when(-3, 0)} {clock_time(rng)} via "
        f"{rng.choice(['police PPN', 'ambulance crew', 'GP practice', 'neighbour call'])}\n"
        "Referrer: PC "
    )
    doc.nm(officer, rng.choice(["full", "surname", "initial"])).add(
        f", collar {rng.randint(1000, 9999)}, incident {rng.randint(100, 999)} of {v.when(-3, 0)}\n\n"
    )
    doc.add("Adult at risk: ").nm(p, rng.choice(["full", "surname_caps", "title_full"]))
    doc.add("   DOB ").dob(p)
    if rng.random() < 0.7:
        doc.add("   NHS ").ident("UK_NHS", v.nhs())
    doc.add("\nAddress: ").addr_inline(a).add("\n\nHousehold:\n").nm(p, "full")
    doc.add(" (adult at risk)\n")
    members = []
    if rng.random() < 0.7:
        members.append(
            ("partner", v.kin(p, gender="m" if p.gender == "f" else "f", born=(1931, 1965)))
        )
    members += [
        ("son" if k.gender == "m" else "daughter", k) for k in [v.kin(p, born=(1960, 1995))]
    ]
    members.append(("lodger", v.person(born=(1970, 2004))))
    for i, (rel, m) in enumerate(members):
        last = i == len(members) - 1
        doc.add(("└── " if last else "├── ") + f"{rel}: ")
        if rel == "lodger":
            doc.nm(m, "first").add(" (surname not known)\n")
            continue
        doc.nm(m, "full")
        if rng.random() < 0.5:
            doc.add(", DOB ").dob(m)
        doc.add("\n")
        bar = "    " if last else "│   "
        if rel in ("son", "daughter") and rng.random() < 0.6:
            doc.add(bar + "├── lives at ").addr_inline(v.address()).add("\n")
        doc.add(bar + "└── tel ").ent("PHONE_NUMBER", v.phone()).add("\n")
    doc.add(
        "\nConcerns: the lodger is said to take the adult's bank card and pension; the adult was "
        f"found without heating on {v.when(-3, 0)}.\nGP: {gp.name}, "
    )
    doc.ent("ORGANIZATION", gp.phone).add(
        f"\nOutcome: strategy discussion {v.when(1, 5)}; section 42 enquiry opened (S42-{v.ref(6)}).\n"
        "Replies to "
    )
    doc.ent("ORGANIZATION", org.mailbox).add(" or ").ent("ORGANIZATION", org.phone).add("\n")


def crm_audit_trail(doc: Doc3, v: V) -> None:
    """A CRM record's audit history: ISO timestamps beside an ISO date of birth (old and
    corrected), staff user ids, and old and new values of every changed field."""
    rng = v.rng
    org = v.org()
    p = v.person()
    new_last = v.person(p.culture).last
    a, b = v.address(), v.address()
    user = f"{rng.choice(['HSG', 'REV', 'CSC'])}{v.ref(5)}"
    doc.add(
        f"Audit history - customer {v.ref(8)} - {org.team}\nExported {TODAY:%Y-%m-%d} by {user}\n\n"
    )
    doc.add(f"{'When':<21}{'User':<10}{'Field':<19}{'Old value':<34}New value\n")
    when = [datetime(TODAY.year, TODAY.month, TODAY.day, 8) - timedelta(days=rng.randint(40, 90))]
    Cell = tuple[str, str, bool] | str  # (type, value, mistyped) if labelled, else text

    def line(field: str, old: Cell, new: Cell, who: str = user) -> None:
        when[0] = (when[0] + timedelta(days=rng.randint(1, 5))).replace(  # office hours
            hour=rng.randint(8, 17), minute=rng.randint(0, 59), second=rng.randint(0, 59)
        )
        doc.add(f"{when[0]:%Y-%m-%d %H:%M:%S}  {who:<10}{field:<19}")
        for k, cell in enumerate((old, new)):
            kind, text, bad = cell if isinstance(cell, tuple) else ("", cell, False)
            if kind:
                doc.ent(kind, text, bad)
            else:
                doc.add(text)
            if not k:
                pad_to_column(doc, len(text), 34)
        doc.add("\n")

    wrong = p.dob - timedelta(rng.choice([365, 3652, -365, 30]))
    changes: list[Callable[[], None]] = [
        lambda: line(
            "Address line 1",
            ("STREET_ADDRESS", a.street(", "), False),
            ("STREET_ADDRESS", b.street(", "), False),
        ),
        lambda: line("Town", ("LOCATION", a.town, False), ("LOCATION", b.town, False)),
        lambda: line(
            "Postcode", ("UK_POSTCODE", a.postcode, False), ("UK_POSTCODE", b.postcode, False)
        ),
        lambda: line(
            "Mobile", ("PHONE_NUMBER", v.phone(True), False), ("PHONE_NUMBER", v.phone(True), False)
        ),
        lambda: line("Email", "(blank)", ("EMAIL_ADDRESS", v.email(p), False)),
        lambda: line("Status", "Pending", "Active", f"SYS{v.ref(3)}"),
        lambda: line("Tenancy start", "(blank)", v.when(-900, -100)),
    ]
    line("Surname", ("PERSON", p.last, False), ("PERSON", new_last, False))
    for change in rng.sample(changes, rng.randint(3, len(changes))):
        change()
    line(
        "Date of birth", ("DATE_OF_BIRTH", iso(wrong), False), ("DATE_OF_BIRTH", iso(p.dob), False)
    )
    for field in rng.sample(["NI number", "Passport no", "Driving licence", "NHS number"], 2):
        value: Cell = {
            "NI number": ("UK_NINO", *v.nino()),
            "Passport no": ("UK_PASSPORT", *v.passport()),
            "NHS number": ("UK_NHS", *v.nhs()),
            "Driving licence": ("UK_DRIVING_LICENCE", v.licence(p), False),
        }[field]
        line(field, "(blank)", value)
    doc.add(
        f"\nNote by {user}: surname changed on marriage, certificate seen; date of birth "
        "corrected from the passport. Preferred name: "
    )
    doc.nm(p, "first").add("\n")


def electoral_canvass_response(doc: Doc3, v: V) -> None:
    """An annual canvass response: residents with nationality and open-register choices, dates
    of birth only for 16 and 17-year-olds, a resident who has left with a forwarding address."""
    rng = v.rng
    org = v.org("Electoral")
    a = v.address()
    doc.add(
        f"Canvass Communication {rng.choice('AB')} - response received online {v.when(-20, -1)} "
        f"{clock_time(rng)}\nElectoral Registration Officer, {org.name}\n\nProperty: "
    )
    doc.addr_inline(a)
    district = (
        f"{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.randint(1, 9)}"
    )
    doc.add(
        f"\nProperty ref: {district}-{rng.randint(1, 2999):04d}   Security code: "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}\n\nQ1. Are the details of the "
        "people registered at this address correct? No - changes below\n\n"
    )
    head = v.person(born=(1940, 1990))
    residents = [head] + [v.kin(head) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.6:
        # born in 2009: 16 or 17 on TODAY (30 November 2026), an attainer
        residents.append(v.kin(head, born=(TODAY.year - 17, TODAY.year - 17)))
    nationalities = [
        "British",
        "British",
        "Irish",
        "Polish",
        "Nigerian (Commonwealth)",
        "Ukrainian",
    ]
    for i, r in enumerate(residents, 1):
        doc.add(f"Resident {i}\n  Full name: ").nm(r, rng.choice(["full", "middle", "caps"]))
        doc.add(f"\n  Nationality: {rng.choice(nationalities)}\n")
        young = 16 <= age(r.dob) < 18
        doc.add(f"  Aged 76 or over? {'Yes' if age(r.dob) >= 76 else 'No'}\n")
        if young:
            doc.add("  Date of birth (only if aged 16 or 17): ").dob(r).add("\n")
        doc.add(f"  Open register: {rng.choice(['opt out [x]', 'stay on [ ]'])}\n")
        if rng.random() < 0.4:
            doc.add("  Contact (optional): ")
            if rng.random() < 0.5:
                doc.ent("PHONE_NUMBER", v.phone(True))
            else:
                doc.ent("EMAIL_ADDRESS", v.email(r))
            doc.add("\n")
    if rng.random() < 0.7:
        gone = v.person()
        doc.add("\nPeople who have left:\n  ").nm(gone, "full").add(" - moved to ")
        doc.addr_inline(v.address()).add(f" in {_MONTHS[rng.randint(0, 11)]}\n")
    doc.add("\nQuestions: ").ent("ORGANIZATION", org.phone).add(" or ").ent(
        "ORGANIZATION", org.mailbox
    )
    doc.add("\n\nDeclaration: the information is true to the best of my knowledge.\nName: ")
    doc.nm(head, rng.choice(["full", "initial"])).add(f"   Date: {v.when(-20, -1)}\n")


def possession_cause_list(doc: Doc3, v: V) -> None:
    """A housing officer forwards the court's daily cause list, marking the council's own
    tenants: claim numbers, hearing times and lengths stay readable, names are labelled."""
    rng = v.rng
    org, court = v.org("Court", "Arrears", "Rent"), rng.choice(COURTS)
    officer, judge = v.person(), v.person()
    domain = org.mailbox.split("@")[1]
    day = TODAY + timedelta(rng.randint(1, 10))
    doc.add("From: ").nm(officer, "full").add(" <").ent("EMAIL_ADDRESS", v.email(officer, domain))
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: possession list {day:%d/%m/%Y} - ours marked *\n\nHi all, list below copied "
        "from CourtServe. Ours are marked *, notes underneath.\n\n"
    )
    doc.add(f"IN THE {court.name.upper()}\n").ent("ORGANIZATION", ", ".join(court.lines)).add("\n")
    doc.add(f"DAILY CAUSE LIST FOR {day:%A %d %B %Y}\nBefore District Judge ")
    doc.nm(judge, rng.choice(["surname", "full"])).add(f"   Court {rng.randint(1, 6)}\n\n")
    ours: list[tuple[Person, Person | None]] = []
    slot = 10 * 60
    for _ in range(rng.randint(3, 6)):
        tenant = v.person()
        joint = v.kin(tenant) if rng.random() < 0.3 else None
        mine = rng.random() < 0.5 or not ours
        claimant = rng.choice(_LANDLORDS)
        doc.add(f"{'*' if mine else ' '} {slot // 60:02d}:{slot % 60:02d}  ")
        doc.add(
            f"{rng.choice('KFHJ')}{rng.randint(0, 9)}{rng.choice('QZ')}{rng.choice('ZX')}{v.ref(4)}  "
        )
        if not mine and rng.random() < 0.3:
            private = v.person()
            doc.nm(private, "caps")
        else:
            doc.add(org.name.split(" / ")[-1] if mine else claimant)
        doc.add(" v ").nm(tenant, rng.choice(["caps", "full"]))
        if joint:
            doc.add(" & ").nm(joint, "caps")
        doc.add(f"  Possession (rent)  {rng.choice([5, 10, 15])} mins\n")
        if mine:
            ours.append((tenant, joint))
        slot += rng.choice([5, 10, 15])
    doc.add("\nNotes on ours:\n")
    for tenant, _joint in ours:
        a = v.address()
        doc.add("* ").nm(tenant, rng.choice(["surname", "full"])).add(" - ").addr_inline(a)
        doc.add(", DOB ").dob(tenant).add(f", arrears £{v.money(300, 4200)}")
        if rng.random() < 0.5:
            doc.add(", UC claimant, NI ").ident("UK_NINO", v.nino())
        doc.add(", tel ").ent("PHONE_NUMBER", v.phone()).add("\n")
    doc.add("\nThanks\n").nm(officer, "first").add("\nDirect line ")
    doc.ent("PHONE_NUMBER", v.phone(False)).add("\n")


def mrz_id_check(doc: Doc3, v: V) -> None:
    """An ID-verification report: the passport's data page as read and its two-line MRZ (name
    fields, passport number and date of birth inside runs of "<" and check digits), and
    sometimes a driving licence and proof of address."""
    rng = v.rng
    org = v.org("Identity", "Housing", "Electoral")
    p, a = v.person(), v.address()
    number, bad = v.passport()
    digits9 = _digits_only(number)
    doc.add(
        f"Identity check result - VeriDoc Pro - check {_uuid(rng)}\nRequested by: {org.team}, "
        f"{org.name}\nResult: {'REFER' if bad else rng.choice(['PASS', 'PASS', 'REFER'])}   "
        f"Document score {rng.randint(61, 99)}   Face match 0.{rng.randint(70, 99)}\n\n"
        "DOCUMENT 1: PASSPORT (GBR)\nDocument number: "
    )
    doc.ident("UK_PASSPORT", (number, bad)).add("\nSurname: ").ent("PERSON", p.last.upper())
    given = p.first + (f" {p.middle_initial}" if p.middle_initial else "")
    doc.add("\nGiven names: ").ent("PERSON", given.upper()).add("\nNationality: BRITISH CITIZEN\n")
    doc.add("Date of birth: ").ent(
        "DATE_OF_BIRTH", f"{p.dob.day:02d} {_MONTHS[p.dob.month - 1][:3].upper()} {p.dob.year}"
    )
    expiry = TODAY + timedelta(rng.randint(200, 3500))
    sex = "F" if p.gender == "f" else "M"
    doc.add(
        f"\nSex: {sex}\nDate of expiry: {expiry.day:02d} {_MONTHS[expiry.month - 1][:3].upper()} {expiry.year}\n"
    )
    doc.add("Authority: HMPO\n\nMRZ (as read):\n")
    surname, forenames = mrz_name(p.last), mrz_name(given)
    doc.add("P<GBR").ent("PERSON", surname).add("<<").ent("PERSON", forenames)
    doc.add("<" * max(1, 44 - 5 - len(surname) - 2 - len(forenames)) + "\n")
    field = (digits9 + "<")[:9]
    born, until = f"{p.dob:%y%m%d}", f"{expiry:%y%m%d}"
    doc.ident("UK_PASSPORT", (digits9, bad)).add("<" * (9 - len(digits9)))
    doc.add(mrz_check(field) + "GBR").ent("DATE_OF_BIRTH", born)
    tail = f"{mrz_check(born)}{sex}{until}{mrz_check(until)}{'<' * 14}0"
    whole = (
        field
        + mrz_check(field)
        + born
        + mrz_check(born)
        + until
        + mrz_check(until)
        + "<" * 14
        + "0"
    )
    doc.add(f"{tail}{mrz_check(whole)}\n")
    doc.add(f"MRZ checks: {'FAIL (document number length)' if bad else 'all pass'}\n\n")
    if rng.random() < 0.5:
        doc.add("DOCUMENT 2: UK DRIVING LICENCE (photocard)\nLicence number: ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\nName on licence: ")
        doc.ent("PERSON", f"{p.first} {p.last}".upper()).add(f"\nValid to: {v.when(300, 3000)}\n\n")
    doc.add(f"PROOF OF ADDRESS: utility bill dated {v.when(-80, -10)}\n").addr_lines(a, indent="  ")
    doc.add("\nChecked by: ").nm(v.person(), rng.choice(["full", "initial_dot"]))
    doc.add(f" ({org.team}, ").ent("ORGANIZATION", org.mailbox).add(")\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    teams_staff_chat,
    executor_probate_letter,
    legacy_key_value_export,
    fax_cover_paged,
    landlord_arrears_schedule,
    joint_claim_side_by_side,
    postcode_lookup_paste,
    ni_townland_rates_letter,
    hard_wrapped_plaintext_email,
    vcard_attachment_email,
    safeguarding_household_tree,
    crm_audit_trail,
    electoral_canvass_response,
    possession_cause_list,
    mrz_id_check,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT6 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT6.organisation_contacts
build_row = HELDOUT6.build_row
generate_heldout6 = HELDOUT6.generate
write_set = HELDOUT6.write_set
main = HELDOUT6.main


if __name__ == "__main__":
    main()
