# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout5: a fifth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout5(n, seed)`` returns rows ``{"id": "uklayout-heldout5-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout5",
"layout"}``. Row i depends only on (seed, i); the 15 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout5 -o var/eval/pii_uk_layouts_heldout5.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout5.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
and heldout4; every value table here is new, and tests/test_uk_layouts_heldout5.py checks that no
first name, surname, town, district, county, street or house name appears in an earlier family:

* names from English (Lancashire, Yorkshire and Cornish surnames; word-names such as Marigold,
  Storm, Justice; surnames such as Twigg, Pound, Merryweather), Welsh, Irish, Scottish,
  Punjabi/Gujarati/Bangladeshi/Pakistani/Tamil/Sinhala, Polish, Romanian/Bulgarian/Czech/
  Hungarian/Albanian/Baltic, West African, East African, Zimbabwean/South African, Hong Kong
  and mainland Chinese, Filipino and Nepali, Caribbean, Somali and South Sudanese,
  Arabic/Afghan/Kurdish, Turkish and Greek Cypriot communities;
* towns and villages none of the earlier families use (no big city: Cardiff, Swansea and
  Newport appear only under their Welsh names Caerdydd, Abertawe, Casnewydd), including
  villages whose names look like people or words (Mavis Enderby, Nasty, Booze, Once Brewed,
  Barton in the Beans), Welsh-language towns and districts (Yr Wyddgrug, Treforys, Trelái),
  Northern Irish counties written "Co. Down";
* new recipient organisations (allow-listed) and third parties (GP surgeries, solicitors,
  housing associations and advice projects, MPs' offices) whose own contact details are
  ORGANIZATION.

Layouts (15): whatsapp_group_export, speech_to_text_callback, pdf_two_column_extract,
disrepair_protocol_letter, gp_supporting_letter, fsm_application_form, arrears_sheet_rows,
nested_json_payload, outlook_forward_chain, returned_mail_envelope, mp_casework_system_summary,
welsh_bilingual_form_labels, ocr_handwritten_confusables, neighbour_dispute_household,
dd_confirmation_email.

Labelling conventions are heldout4's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", a first name with an
initial, and a WhatsApp contact name are PERSON. Addresses split into STREET_ADDRESS (one span
even over lines; a neighbour's house number alone, "no 23", is STREET_ADDRESS) + one LOCATION
each for district, town/village and county + UK_POSTCODE. Only dates of birth are
DATE_OF_BIRTH, in any form written (ISO "1987-03-04" in JSON, "March 1944", digits regrouped by
speech-to-text); timestamps, deadlines, appointments, collections and letter dates stay
unlabelled. Identifiers are labelled as written: regrouped by speech-to-text ("jk 41 220 6d"),
hyphenated at a PDF line end, or misread by OCR ("AB l2 O4 S6 C": the span covers what the OCR
wrote). An MP's, a surgery's, a firm's or a housing association's own address lines, phones and
mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay readable
(precision): submission UUIDs, UPRNs, case, tenancy, ticket, scan and batch references, Service
User Numbers, Mailmark and franking numbers, GMC numbers, NASS references, police incident and
crime references, collar numbers, vehicle registrations, money, year groups, benefit and scheme
names, and wards, buildings and schools named after people ("Aneurin Bevan Ward", "Mary Seacole
Academy"). ~10% of NI numbers, NHS/CHI numbers, sort codes, account numbers and passport numbers
are MISTYPED as in heldout4 (span ``"mistyped": True``); ~10% of rows hide a Unicode trick
(zero-width space, soft hyphen, no-break or narrow no-break space, full-width digits) inside a
labelled value.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    age,
    clock_time,
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
    "generate_heldout5",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout5"
TRICK_RATE = 0.095  # rows picked for a trick; ~10% end up with one (values here are dense)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
english: Tina/f Jacqueline/f Wendy/f Pauline/f Debbie/f Joanne/f Hollie/f Mia/f Ellie/f Matilda/f
  Edith/f Violet/f Keith_Alan/m Clifford/m Rodney/m Stuart/m Neil/m Darryl/m Jason/m Ryan/m
  Connor/m Kai/m Alfie_James/m Teddy/m Harvey/m Reginald/m Cyril/m Bobby Charlie_Rae Ellis
wordy: Marigold/f Primrose/f Willow/f Clementine/f Honor/f Blossom/f Star/f Tempest/f Storm
  River Ocean Phoenix Hunter/m Cash/m Kingsley/m Duke/m Earl/m Royal Angel_Rose/f Justice
welsh: Bethany-Haf/f Efa/f Glesni/f Llio/f Nanw/f Eluned/f Tirion/f Heulwen/f Olwen/f Mared/f
  Gwenllïan/f Aneurin/m Cadfan/m Emlyn/m Iolo/m Islwyn/m Rhun/m Ynyr/m Tomos/m Garmon/m
irish: Ailbhe/f Bláthnaid/f Muireann/f Sorcha/f Gobnait/f Treasa/f Dearbhla/f Saoirse-Ann/f
  Breandán/m Diarmuid/m Tiernan/m Peadar/m Cathaoir/m Ruadhán/m Odhrán/m Cian/m Feidhlim/m
scottish: Kirsty-Ann/f Isobel/f Jessie/f Morven/f Catriona/f Shona/f Fearghas/m Ruaraidh/m
  Alistair/m Euan/m Gregor/m Struan/m Duncan/m Hector/m Innes Kenzie
south_asian: Gurinder Kulwinder Rajinder Sukhjeet Baljit Harvinder Mandeep Tasleem/f Shagufta/f
  Ambreen/f Rukhsar/f Sadia/f Fozia/f Nargis/f Jyoti/f Hetal/f Kinjal/f Dhruv/m Vishal/m Paresh/m
  Jignesh/m Bhupinder/m Zeeshan/m Tanveer/m Irfan/m Usman/m Adeel/m Mahfuz/m Shipon/m Rahela/f
  Nazma/f Selvi/f Tharshini/f Kumaran/m Ragavan/m Dilshan/m Chaminda/m Nilanthi/f
polish: Tadeusz/m Zdzisław/m Mariusz/m Bogusław/m Wiesław/m Sebastian/m Krystyna/f Danuta/f
  Elżbieta/f Agata/f Paulina/f Izabela/f Wiktoria/f Jolanta/f
east_european: Sorin/m Cosmin/m Alina/f Roxana/f Ivaylo/m Tsvetelina/f Miroslav/m Zuzana/f
  Lucie/f Ondřej/m Ferenc/m Zsófia/f Arben/m Blerina/f Valdas/m Laima/f Jānis/m Inga/f
west_african: Oluwatobi Adaobi/f Ngozika/f Ifeanyi/m Tochukwu/m Olamide Bukola/f Ayotunde
  Kayode/m Funke/f Abiodun Kwaku/m Akua/f Kofi-Mensah/m Mariama/f Lamin/m Isatou/f Binta/f Sekou/m
east_african: Hiwot/f Mekdes/f Bereket/m Kidane/m Awet/m Eden/f Wanjiku/f Njeri/f Kipchoge/m
  Akinyi/f Mugisha/m Nakato/f
southern_african: Tendai Tatenda Farai Chipo/f Rutendo/f Tapiwa Nyasha Sipho/m Thandiwe/f
  Lindiwe/f Themba/m Nomvula/f
chinese: Wai_Ming/m Mei_Yee/f Kwok_Wah/m Lai_Fong/f Yuk_Lin/f Chun_Kit/m Zixuan Yuhan/f Jiayi/f
  Hongwei/m Xiaohui/f Haoyu/m Yan_Ting/f Kai_Yan/f
filipino_nepali: Maricel/f Rowena/f Jocelyn/f Marilou/f Rodel/m Jomar/m Arnel/m Bishnu/m
  Sunita_Kumari/f Pemba/m Dawa Anjana/f Bikash/m Sabitri/f
caribbean: Wendell/m Linval/m Desmond-Ray/m Horace/m Ezekiel/m Ivelyn/f Hortense/f Beulah/f
  Claudine/f Merle/f Sharmaine/f Jamal-Lee/m Tyreek/m Keisha/f
somali_sudanese: Abdifatah/m Abdiqani/m Mohamed-Nur/m Ayan/f Hodo/f Faadumo-Xaliimo/f Ikraan/f
  Suad/f Mawien/m Nyandeng/f Achol/f Deng-Majok/m
arabic_afghan: Yousef/m Omar-Faruq/m Tahir/m Basel/m Mahmoud/m Rasha/f Nour/f Ghada/f Soraya/f
  Malalai/f Habibullah/m Shabnam/f Zaid/m Dilan/f Hozan/m
turkish_greek: Kemal/m Oğuz/m Zeynep/f Gülsüm/f Serkan/m Dimitris/m Stavros/m Katerina/f
  Chrystalla/f Androulla/f
"""
_SURNAMES = """
english: Higgs Bottomley Cheetham Ollerenshaw Brocklehurst Shufflebottom Gledhill Mellor
  Hepworth Sidebottom Catterall Tinsley Crowther Frankland Oldroyd Pennock Trewin Rowse
  Chenoweth Trethewey Vosper Cole-Hamilton Barrington-Ward Lyle-Pearce Garside
wordy: Twigg Birch Oakes Rook Drake Wren Partridge Pidgeon Wolfe Buck Stag Lent Trinity Pound
  Penny-Black Bliss Joy-Williams Loveday Kindred Goodenough Merryweather Lovelock Sweet Ireland
welsh: Bowen-Pugh ap_Dafydd Griffith Prothero Picton Trevelyan Rhys-Morgan Bowdler Meyrick
  Jenkin Penry Parry-Jones Gwyn-Thomas Dyfnallt Lloyd-Hughes ap_Hywel Morse-Evans
irish: Ó_Cinnéide/m Ní_Ghallchobhair/f Ó_Conchúir/m Nic_Giolla/f Mac_Aodha/m McGarrigle Ferry
  Devlin Mulvenna McCusker Gormley Keogh Toibin Ruane Heffernan Dunphy
scottish: MacLean-Ross Colquhoun Drummond Lindsay Strachan Haldane Buchan Crichton Kerr
  MacGillivray Mackay Souter Rennie Cowan
south_asian: Chahal Gill-Sandhu Bajwa Cheema Kalsi Sohal Lalli Vaghela Makwana Rathod Trivedi
  Pandya Kazi Sarkar Talukdar Chowdhury-Ali Hossain Ahmed-Khan Nawaz Javed Sabir Perera
  Fernando Jayasuriya Wickramasinghe Rajapakse Kanagaratnam Selvarajah
polish: Kwiatkowska/f Kwiatkowski/m Wojciechowska/f Wojciechowski/m Mazowiecki/m Ostrowska/f
  Zalewski/m Jasińska/f Czarnecki/m Sadowska/f Bąk Kubiak Kaczor Wilk
east_european: Marinescu Dobre Ciobanu Dimitrova/f Stoyanov/m Horváth Novák Dvořák Kovács
  Hoxha Krasniqi Berisha Vasiliauskas/m Liepiņa/f Kalniņš/m Sokolova/f
west_african: Okonjo Nwankwo Uchendu Obasanjo Adebowale Oyinlola Akintola Olabode Mensah-Bonsu
  Acheampong Frimpong Gyamfi Touray Sanneh Camara Keita
east_african: Gebremariam Tekle Woldemichael Habte Kamande Wambui Odhiambo Nakamya Ssempala
southern_african: Moyo Ncube Dube Sibanda Chikwanha Mutasa Zulu Dlamini Mokoena
chinese: Chiu Tse Yiu Szeto Kwong Lo Man Poon Shum Zheng Qian Yang Bai Jin Tsoi
filipino_nepali: Dela_Cruz Santos Reyes Bautista Villanueva Gurung Rai Limbu Tamang Thapa
  Shrestha Magar
caribbean: Campbell-Grant Walcott Ottley Weekes Hinds Greaves Bascombe Babb Charles Pinnock
  Lewin Morrison-Reid Mullings Tulloch
somali_sudanese: Warsame-Ali Guleid Ahmed-Nur Hashi Mohamoud Abdiwahab Garang Deng-Mawien
  Akech Kuol
arabic_afghan: Al-Sayed Haddadin Khalil Abboud Sultani Noori Popal Hamidi Sharifi Zahir Rasul
  Barwari Rashid-Ali
turkish_greek: Aydın Şahin Doğan Arslan Koç Kyriacou Charalambous Hadjipanayi Economou
"""
_CULTURE_WEIGHTS = {
    "english": 18,
    "wordy": 5,
    "welsh": 8,
    "irish": 7,
    "scottish": 7,
    "south_asian": 13,
    "polish": 6,
    "east_european": 6,
    "west_african": 7,
    "east_african": 3,
    "southern_african": 3,
    "chinese": 5,
    "filipino_nepali": 3,
    "caribbean": 5,
    "somali_sudanese": 4,
    "arabic_afghan": 4,
    "turkish_greek": 3,
}
_STREETS = {
    "E": "Tithebarn Street, Pinfold Lane, Chapel Fold, Tenter Street, Dyehouse Lane, "
    "Hatters Court, Kiln Lane, Glassworks Row, Nailers Close, Lacemakers Row, Hosiery Street, "
    "Cutlers Walk, Steelhouse Lane, Dockers Way, Ferry Approach, Lifeboat Road, Sea Wall, "
    "Khartoum Road, Omdurman Street, Peel Street, Gladstone Street, Cobden Street, Seacole Close, "
    "Tagore Avenue, Mandela Way, St Hilda's Terrace, St Agnes Place, Hessle Road, Anlaby Road, "
    "Stoney Stanton Road, Narborough Road, Belgrave Gate, Workhouse Lane, Cinder Path, "
    "Nook Lane, Bottoms Lane, Snicket End, Gasworks Lane, Lavender Hill Mews, Quarry Bank",
    "S": "Back Causeway, The Vennel, Bridgegate, Tollcross Road, Shuttle Street, Weavers Wynd, "
    "Sràid na Banrighinn, Rathad na Mara, Quarryknowe, Braehead Road, Kirkgate Brae, "
    "Cowcaddens Row, Glebe Loan, Miller's Close, Brig Road, Harbour Wynd",
    "W": "Lôn Las, Stryd y Castell Newydd, Heol Fawr, Ffordd Caergybi, Teras Gwalia, Maes y Dre, "
    "Cilgant y Llyn, Clos Cae Mawr, Rhes Newydd, Heol Caerffili, Lôn y Wylan, Ffordd Tŷ Hir, "
    "Heol Ddu, Stryd Mostyn, Ffordd Ffynnon, Rhodfa'r Parc, Allt Goch, Heol Hendre",
    "N": "Shankill Parade, Falls Park Road, Loughshore Road, Ballygomartin Road, Lagmore Drive, "
    "Knockagh Road, Carnany Road, Drumgor Heights, Tullycarnet Park, Glenwherry Road, "
    "Bann Road, Slemish Way, Moyle Road, Erne Drive",
}
_HOUSE_NAMES = {
    "E": "Lark Rise, Curlew Cottage, Two Chimneys, The Old Smithy, Bramleys, Lantern House, "
    "Ploughmans, The Nook, Wheelwrights, Tanglewood",
    "S": "Tigh na Cladach, Bàgh Ciùin, Cruachan, Benvane, Lochan Cottage, Heatherknowe",
    "W": "Hendre Fawr, Y Bwthyn, Gwelfor, Awelon, Bryn Eira, Tŷ'r Ysgol",
    "N": "Ardnagreena, Slemish Lodge, The Manse Cottage, Glenariff House, Moyola View",
}
# region|county|town|places ; places are outward codes or District=CODE ; "*" marks a village.
# No town, district or county here appears in an earlier family's tables (tests check); Northern
# Irish counties are written "Co. Antrim", as people there often write them.
_TOWNS = """
E||Stockport|Edgeley=SK3;Reddish=SK5 / E|Cheshire|Warrington|Orford=WA2;Latchford=WA4
E|Cheshire|Crewe|CW1;CW2 / E|Cheshire|Macclesfield|SK10;SK11 / E|Cheshire|Northwich|CW9
E|Surrey|Woking|Sheerwater=GU21 / E|Surrey|Epsom|KT17;KT18 / E|Surrey|Guildford|Stoughton=GU2
E|Rutland|Oakham|LE15 / E|Rutland|Uppingham|LE15 / E|Isles of Scilly|Hugh Town*|TR21
E|Westmorland and Furness|Kendal|LA9 / E|Westmorland and Furness|Appleby-in-Westmorland*|CA16
E|Cumberland|Workington|CA14 / E|Cumberland|Whitehaven|CA28 / E|Cumberland|Maryport|CA15
E|Telford and Wrekin|Telford|Dawley=TF4;Madeley=TF7 / E|Medway|Gillingham|ME7 / E|Medway|Rochester|ME1
E|Thurrock|Grays|RM17 / E||Hartlepool|Headland=TS24;TS25 / E||Darlington|Cockerton=DL3;DL1
E||Stockton-on-Tees|TS18;TS19 / E|North Northamptonshire|Kettering|NN16
E|North Northamptonshire|Rushden|NN10 / E|West Northamptonshire|Daventry|NN11
E|West Northamptonshire|Towcester|NN12 / E||Todmorden|OL14 / E||Hebden Bridge|HX7
E||Stalybridge|SK15 / E||Altrincham|WA14;WA15 / E||Wallasey|CH44;CH45 / E||St Helens|WA9;WA10
E||Widnes|WA8 / E||Kidderminster|DY10;DY11 / E||Dudley|Netherton=DY2;DY1 / E||Smethwick|Cape Hill=B66
E||West Bromwich|B70;B71 / E||Cannock|WS11 / E||Lichfield|WS13 / E||Hinckley|LE10
E||Melton Mowbray|LE13 / E||Grantham|NG31 / E||Spalding|PE11 / E||Chesterfield|Staveley=S43;S41
E||Ilkeston|DE7 / E||Buxton|SK17 / E||Newark-on-Trent|NG24 / E||Harlow|CM20 / E||Colchester|Greenstead=CO4;CO1
E||Southend-on-Sea|Westcliff-on-Sea=SS0;SS1 / E||Stevenage|SG1 / E||Watford|WD17;WD24 / E||High Wycombe|HP11
E||Swindon|Penhill=SN2;Rodbourne=SN2 / E||Salisbury|SP1 / E||Taunton|TA1 / E||Yeovil|BA20
E||Bideford|EX39 / E||Penzance|Newlyn=TR18;TR18 / E||Bodmin|PL31 / E||Bournemouth|Boscombe=BH1;Kinson=BH11
E||Poole|Hamworthy=BH15 / E||Basingstoke|Popley=RG24 / E||Gosport|PO12 / E||Eastbourne|BN21;BN22
E||Worthing|BN11 / E||Dover|CT16;CT17 / E||Ramsgate|CT11 / E||Sittingbourne|ME10 / E||Lowestoft|NR32;NR33
E||Thetford|IP24 / E||Huntingdon|PE29 / E||Mavis Enderby*|PE23 / E||Wyre Piddle*|WR10
E||Barton in the Beans*|CV13 / E||Once Brewed*|NE47 / E||Chew Magna*|BS40 / E||Curry Rivel*|TA10
E||Sixpenny Handley*|SP5 / E||Nasty*|SG11 / E||Booze*|DL11 / E||Crapstone*|PL20
S|Inverclyde|Greenock|PA15;PA16 / S|Inverclyde|Port Glasgow|PA14 / S|Inverclyde|Gourock|PA19
S|Midlothian|Dalkeith|EH22 / S|Midlothian|Penicuik|EH26 / S|Midlothian|Bonnyrigg|EH19
S|East Lothian|Musselburgh|EH21 / S|East Lothian|Haddington|EH41 / S|East Lothian|Dunbar|EH42
S|East Renfrewshire|Barrhead|G78 / S|East Renfrewshire|Newton Mearns|G77
S|South Lanarkshire|Hamilton|ML3 / S|South Lanarkshire|East Kilbride|G74;G75 / S|South Lanarkshire|Lanark|ML11
S|West Dunbartonshire|Clydebank|G81 / S|West Dunbartonshire|Dumbarton|G82 / S|West Dunbartonshire|Alexandria|G83
S|Isle of Arran|Brodick*|KA27 / S|Isle of Arran|Lamlash*|KA27 / S|Isle of Bute|Rothesay|PA20
S|Isle of Tiree|Scarinish*|PA77 / S|Caithness|Halkirk*|KW12 / S|Caithness|Lybster*|KW3
S|Ross-shire|Tain|IV19 / S|Ross-shire|Invergordon|IV18 / S|Inverness-shire|Aviemore|PH22
S|Kincardineshire|Stonehaven|AB39 / S|Kincardineshire|Laurencekirk*|AB30
S||Kilwinning|KA13 / S||Saltcoats|KA21 / S||Coatbridge|ML5 / S||Airdrie|ML6
W|Sir y Fflint|Yr Wyddgrug|CH7 / W|Sir y Fflint|Treffynnon|CH8 / W|Flintshire|Buckley|CH7
W|Flintshire|Shotton|CH5 / W|Sir Gâr|Llanelli|Felinfoel=SA14;SA15 / W|Sir Gâr|Caerfyrddin|SA31
W|Carmarthenshire|Llandeilo|SA19 / W|Carmarthenshire|Cydweli|SA17
W|Pen-y-bont ar Ogwr|Maesteg|CF34 / W|Bridgend County Borough|Porthcawl|CF36
W|Bro Morgannwg|Y Barri|CF62;CF63 / W|Vale of Glamorgan|Penarth|CF64 / W|Bro Morgannwg|Llanilltud Fawr|CF61
W|Caerphilly County Borough|Ystrad Mynach|CF82 / W|Caerphilly County Borough|Rhymni|NP22
W|Neath Port Talbot|Glyn-nedd|SA11 / W|Isle of Anglesey|Biwmares|LL58 / W|Isle of Anglesey|Porthaethwy|LL59
W|Isle of Anglesey|Benllech*|LL74 / W|Isle of Anglesey|Cemaes*|LL67 / W|Sir Fynwy|Cas-gwent|NP16
W|Sir Fynwy|Trefynwy|NP25 / W|Sir Fynwy|Brynbuga*|NP15
W||Abertawe|Treforys=SA6;Sgeti=SA2;Y Mwmbwls=SA3 / W||Caerdydd|Y Rhath=CF24;Trelái=CF5;Treganna=CF11
W||Casnewydd|Pillgwenlly=NP20;Maesglas=NP20
N|Co. Antrim|Ballymoney|BT53 / N|Co. Antrim|Portrush|BT56 / N|Co Antrim|Randalstown|BT41
N|Co. Antrim|Whitehead|BT38 / N|Co. Down|Holywood|BT18 / N|Co Down|Comber|BT23 / N|Co. Down|Ballynahinch|BT24
N|Co. Down|Warrenpoint|BT34 / N|Co Down|Rostrevor*|BT34 / N|Co. Armagh|Crossmaglen*|BT35
N|Co Armagh|Portadown|BT62;BT63 / N|Co. Tyrone|Coalisland|BT71 / N|Co. Londonderry|Maghera|BT46
N|Co Londonderry|Ballykelly*|BT49 / N|Co. Fermanagh|Belleek*|BT93 / N|Co Fermanagh|Kesh*|BT93
N||Lisburn|Hilden=BT27;Lagmore=BT17 / N||Craigavon|Brownlow=BT65
"""
_REGION_WEIGHTS = {"E": 54, "W": 19, "S": 15, "N": 12}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Stockport Metropolitan Borough Council|School Admissions and Free School Meals|Fred Perry House, Edward Street;Stockport;SK1 3XE|0300 555 0612|fsm.admissions@stockport.gov.uk
Cyngor Sir Gâr|Tai / Housing|Neuadd y Sir, Heol y Castell;Caerfyrddin;SA31 1JP|0300 555 0623|tai.housing@sirgar.gov.uk
Inverclyde Council|Revenues and Customer Services|Municipal Buildings, Clyde Square;Greenock;PA15 1LY|0300 555 0634|revenues@inverclyde.gov.uk
Medway Council|Housing Solutions|Gun Wharf, Dock Road;Chatham;ME4 4TR|0300 555 0645|housing.solutions@medway.gov.uk
Telford & Wrekin Council|Council Tax and Direct Debits|Darby House, Lawn Central;Telford;TF3 4JA|0300 555 0656|counciltax@telford.gov.uk
Swindon Borough Council|Environmental Health - Noise and Nuisance|Civic Offices, Euclid Street;Swindon;SN1 2JH|0300 555 0667|noise@swindon.gov.uk
Mid and East Antrim Borough Council|Environmental Health|The Braid, 1-29 Bridge Street;Ballymena;BT43 5EJ|028 9649 6678|envhealth@midandeastantrim.gov.uk
Flintshire County Council|Housing Rent Income|County Hall, Raikes Lane;Mold;CH7 6NA|0300 555 0689|rent.income@flintshire.gov.uk
East Lothian Council|Benefits and Financial Support|John Muir House, Brewery Park;Haddington;EH41 3HA|0300 555 0690|benefits@eastlothian.gov.uk
Child Benefit Office|Child Benefit and Guardian's Allowance|PO Box 1;Newcastle upon Tyne;NE88 1AA|0300 555 0701|childbenefit.post@hmrc.gov.uk
Dudley Metropolitan Borough Council|Anti-social Behaviour and Community Safety|Council House, Priory Road;Dudley;DY1 1HF|0300 555 0712|asb.team@dudley.gov.uk
Cheshire East Council|Customer Contact and Complaints|Delamere House, Delamere Street;Crewe;CW1 2JZ|0300 555 0723|complaints@cheshireeast.gov.uk
Cyngor Bro Morgannwg / Vale of Glamorgan Council|Tai a Chymunedau / Housing and Communities|Swyddfeydd Dinesig, Heol Holltwn;Y Barri;CF63 4RU|0300 555 0734|tai@bromorgannwg.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_SURGERIES = """
Edgeley Medical Practice|1 Avondale Road;Stockport;SK3 9NX|0161 496 0731|edgeley.reception@nhs.net
Meddygfa Tywyn Bach|Heol Tywyn;Llanelli;SA15 4DT|029 2018 0742|tywynbach.admin@wales.nhs.uk
Clydeview Medical Centre|14 Cathcart Street;Greenock;PA15 1BQ|0141 496 0753|clydeview.gp@nhs.scot
Darwin Health Centre|Hollinswood Road;Telford;TF3 2EW|0121 496 0764|darwin.hc@nhs.net
Bannview Surgery|2 Castle Street;Portadown;BT62 1BD|028 9649 6775|bannview.surgery@hscni.net
"""
_FIRMS = """
Hallam Nkemelu Solicitors|Cornerstone House, 62 Union Street;Stockport;SK1 3PL|0161 496 0811|housing@hallamnkemelu.co.uk
Rees Vaughan-Jones Cyfreithwyr|8 Stryd y Farchnad;Llanelli;SA15 1YH|029 2018 0822|tai@reesvj.cymru
McCorkell & Doak Solicitors|17 Church Street;Ballymena;BT43 6DD|028 9649 6833|disrepair@mccorkelldoak.com
Bright Justice Housing Law LLP|Suite 4, Rochester House;Rochester;ME1 1QA|0118 496 0844|claims@brightjustice.co.uk
"""
_SUPPORT = """
Harbour Lights Housing Association|Unit 7, Marine Parade;Gillingham;ME7 1RT|0118 496 0911|tenancy.support@harbourlights.org.uk
Cymdeithas Tai Glannau|Tŷ Glannau, Heol y Doc;Llanelli;SA15 2EN|029 2018 0922|cymorth@glannau.cymru
Clyde Anchor Advice Project|41 West Blackhall Street;Greenock;PA15 1UP|0141 496 0933|advice@clydeanchor.org
Wrekin Citizens Advice Partnership|The Place, Oakengates;Telford;TF2 6EP|0121 496 0944|advisers@wrekinadvice.org.uk
"""
# An MP's own addresses: Westminster and a constituency office (ORGANIZATION, not allow-listed)
_MP_OFFICES = """
House of Commons|House of Commons;London;SW1A 0AA|020 7946 0951|casework.office@parliament.uk
Constituency Office|Suite 2, Wellington House, Wellington Road South;Stockport;SK1 3UA|0161 496 0962|constituency.office@parliament.uk
Swyddfa Etholaeth / Constituency Office|12 Stryd Stepney;Llanelli;SA15 3TR|029 2018 0973|swyddfa.etholaeth@senedd.cymru
"""
_SCHOOLS = [
    "St Winefride's RC Primary",
    "Ysgol Gymraeg Brynsierfel",
    "Edgeley Park Primary",
    "Greenock Academy",
    "Hollinswood Primary",
    "Bishop Heber High",
    "Ysgol Bro Dinefwr",
    "St Columba's Nursery",
    "Mary Seacole Academy",
    "Nye Bevan Juniors",
]
# Service vocabulary that must stay readable (benefit, scheme, ward and building names)
_BENEFITS = [
    "Universal Credit",
    "Pension Credit",
    "Council Tax Reduction",
    "Discretionary Housing Payment",
    "Best Start Grant",
    "Healthy Start",
    "Free School Meals",
    "School Clothing Grant",
    "Winter Fuel Payment",
    "Warm Home Discount",
    "Cost of Living Payment",
    "Carer Support Payment",
]
_NAMED_PLACES = [
    "Aneurin Bevan Ward",
    "Florence Nightingale Unit",
    "Mary Seacole Ward",
    "Nye Bevan House",
    "Keir Hardie Building",
    "Elsie Inglis Ward",
    "Jenny Lee Centre",
]
_EMAIL_DOMAINS = [
    "gmx.com",
    "ymail.com",
    "btopenworld.com",
    "plus.com",
    "zen.co.uk",
    "virgin.net",
    "mac.com",
    "msn.com",
    "fastmail.com",
    "live.com",
    "tutanota.com",
    "hotmail.com",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0114 496 0",
    "0115 496 0",
    "0118 496 0",
    "0151 496 0",
    "0161 496 0",
    "0121 496 0",
    "0141 496 0",
    "0131 496 0",
    "029 2018 0",
    "028 9649 6",
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
SURGERIES = third_parties(_SURGERIES)
FIRMS = third_parties(_FIRMS)
SUPPORT = third_parties(_SUPPORT)
MP_OFFICES = third_parties(_MP_OFFICES)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES


# --------------------------------------------------------------------------- helpers
def regroup(rng: random.Random, value: str) -> str:
    """Characters of a number regrouped as a speech-to-text engine hears them ("077 009 001 23")."""
    chars = [c for c in value if not c.isspace()]
    groups, k = [], 0
    while k < len(chars):
        n = rng.choice([1, 2, 2, 3, 3, 4])
        groups.append("".join(chars[k : k + n]))
        k += n
    return " ".join(groups)


# OCR of handwriting: digits read as letters and letters as digits, and broken spacing.
_DIGIT_AS_LETTER = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
_LETTER_AS_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}


def handwritten(rng: random.Random, value: str, rate: float = 0.25) -> str:
    """The value as an OCR engine reads it off a handwritten form: some digits become look-alike
    letters (0/O, 1/l, 5/S), some letters digits, and a space may break a word."""
    out = []
    for c in value:
        if c in _DIGIT_AS_LETTER and rng.random() < rate:
            c = _DIGIT_AS_LETTER[c] if c != "1" else rng.choice("lI")
        elif c in _LETTER_AS_DIGIT and rng.random() < rate / 2:
            c = _LETTER_AS_DIGIT[c]
        out.append(c)
    text = "".join(out)
    if len(text) > 4 and rng.random() < 0.35:
        k = rng.randint(1, len(text) - 2)
        if text[k] != " " and text[k - 1] != " ":
            text = text[:k] + " " + text[k:]
    return text


# --------------------------------------------------------------------------- layouts
def whatsapp_group_export(doc: Doc3, v: V) -> None:
    """A residents' WhatsApp group exported to text and forwarded to the council: time-stamped
    lines, contact names or bare numbers as senders, no punctuation, media placeholders."""
    rng = v.rng
    org = v.org("Housing", "Noise", "Anti-social", "Environmental")
    home = v.address()
    members = [v.person() for _ in range(rng.randint(3, 4))]
    android = rng.random() < 0.5
    doc.add("Fwd to ").ent("ORGANIZATION", org.mailbox).add(
        " - chat export attached as text as asked\n\n"
    )
    doc.add(f"WhatsApp Chat with Block {rng.choice('ABCDE')} residents 🏠\n\n")
    day = TODAY - timedelta(rng.randint(3, 40))
    senders: list[tuple[str, str]] = []
    for m in members:
        if rng.random() < 0.25:
            senders.append(("PHONE_NUMBER", v.phone(True)))
        else:
            senders.append(("PERSON", rng.choice([m.full, m.first, f"{m.first} {m.last[0]}"])))
    lines = [
        "anyone else got no hot water again",
        "3rd time this month ive rang them",
        "<Media omitted>",
        "the smell from the bins is unreal",
        "This message was deleted",
        f"IMG-{day:%Y%m%d}-WA00{rng.randint(10, 99)}.jpg (file attached)",
        "kids cant sleep with the noise",
        "same here",
    ]
    for j in range(rng.randint(5, 8)):
        stamp = day + timedelta(j // 3)
        kind, label = rng.choice(senders)
        if android:
            doc.add(f"{stamp:%d/%m/%Y}, {clock_time(rng, 6, 23)} - ")
        else:
            doc.add(f"[{stamp:%d/%m/%Y}, {clock_time(rng, 6, 23)}:{rng.randint(10, 59)}] ")
        doc.ent(kind, label).add(": ")
        pick = rng.random()
        if pick < 0.25:
            doc.add("its coming from no ").ent("STREET_ADDRESS", str(rng.randint(1, 60)))
            doc.add(" again ").nm(rng.choice(members), "first").add(" seen them\n")
        elif pick < 0.4:
            doc.add("ring them on ").ent("ORGANIZATION", org.phone).add(" they close at 5\n")
        else:
            doc.add(rng.choice(lines) + "\n")
    lead = members[0]
    last = day + timedelta(3)
    doc.add(
        f"{last:%d/%m/%Y}, {clock_time(rng, 6, 23)} - "
        if android
        else f"[{last:%d/%m/%Y}, {clock_time(rng, 6, 23)}:{rng.randint(10, 59)}] "
    )
    doc.nm(lead, "full").add(": for the complaint form heres mine ").nm(lead, "lower")
    doc.add(" ").ent("STREET_ADDRESS", home.street(" ").lower().replace(",", ""))
    doc.add(" ").ent("UK_POSTCODE", home.postcode.lower()).add(" dob ")
    doc.ent("DATE_OF_BIRTH", f"{lead.dob:%d%m%y}" if rng.random() < 0.4 else f"{lead.dob:%d/%m/%Y}")
    if rng.random() < 0.6:
        doc.add(" ni ").ident("UK_NINO", v.nino())
    doc.add(" and my mob ").ent("PHONE_NUMBER", v.phone(True)).add("\n\nSent from my iPhone\n")


def speech_to_text_callback(doc: Doc3, v: V) -> None:
    """A contact centre's automatic voicemail transcript: lower case, no punctuation, numbers
    heard as digits in odd groups, fillers and [inaudible] markers."""
    rng = v.rng
    org = v.org()
    p, a = v.person(), v.address(casual=True)
    caller = v.phone()
    doc.add(f"{org.name} - {org.team}\nVoicemail to ").ent("ORGANIZATION", org.phone)
    doc.add("\nTranscript (automatic, unchecked)\nReceived: ")
    doc.add(f"{v.when(-5, 0)} {clock_time(rng, 6, 23)}   Caller ID: ").ent("PHONE_NUMBER", caller)
    doc.add(f"   Duration: 0:{rng.randint(21, 59)}   Confidence: 0.{rng.randint(55, 89)}\n\n")
    doc.lower = True
    doc.add("hi er yeah hello this is ").nm(p, rng.choice(["full", "first"]))
    doc.add(f" calling about my {rng.choice(_BENEFITS)} um ")
    doc.add(rng.choice(["the reference is ", "its reference "]) + regroup(rng, v.ref(8)))
    doc.add(" er my date of birth is ").ent(
        "DATE_OF_BIRTH",
        rng.choice(
            [
                regroup(rng, f"{p.dob:%d%m%Y}"),
                f"{p.dob.day} {_MONTHS[p.dob.month - 1]} {regroup(rng, str(p.dob.year))}",
                f"{p.dob:%d %m %y}",
            ]
        ),
    )
    if rng.random() < 0.7:
        nino, bad = v.nino()
        doc.add(" national insurance ").ident("UK_NINO", (regroup(rng, nino), bad))
    doc.add(" i live at ").ent("STREET_ADDRESS", a.street(" ").replace(",", ""))
    doc.add(" [inaudible] ").ent("UK_POSTCODE", regroup(rng, a.postcode))
    doc.add(
        f" i had an appointment on the {rng.randint(2, 28)}th and nobody came "
        f"and i was told {rng.randint(2, 4)} hundred pound "
    )
    if rng.random() < 0.5:
        helper = v.kin(p)
        doc.add("my ").add(relation_word(helper)).add(" ").nm(helper, "first").add(
            " can talk for me "
        )
    doc.add("can you ring me back on ").ent(
        "PHONE_NUMBER", regroup(rng, "".join(c for c in v.phone(True) if c.isdigit()))
    )
    doc.add(" thats ").nm(p, "first").add(" thank you bye\n")
    doc.lower = False
    doc.add(f"\n[Transcript ends]  Queue: {org.team}  Ticket {rng.choice('TQ')}-{v.ref(7)}\n")


def pdf_two_column_extract(doc: Doc3, v: V) -> None:
    """A council decision letter as copied out of a PDF: the address and letterhead columns run
    together line by line, page header and footer mid-text, words hyphenated at line ends."""
    rng = v.rng
    org = v.org("Council Tax", "Benefits", "Housing")
    p, a = v.person(), v.address()
    left = [("PERSON", f"{p.title} {p.full}", p.full)]
    left += [("STREET_ADDRESS", line, line) for line in a.street_lines]
    left += [("LOCATION", loc, loc) for loc in a.locations] + [("UK_POSTCODE", a.postcode, "")]
    right = [("", org.name)] + [("ORGANIZATION", line) for line in org.lines]
    ref = f"{rng.choice('CRH')}{v.ref(9)}"
    right += [("", f"Tel {org.phone}"), ("", f"Our ref: {ref}")]
    right += [("", f"Date: {v.when(-10, 0)}")]
    for k in range(max(len(left), len(right))):
        written = 0
        if k < len(left):
            kind, line, value = left[k]
            if kind == "PERSON":
                doc.add(p.title + " ").ent("PERSON", value)
            else:
                doc.ent(kind, line)
            written = len(line)
        if k < len(right):
            doc.add(" " * max(3, 44 - written))
            kind, line = right[k]
            if kind:
                doc.ent(kind, line)
            elif line.startswith("Tel "):
                doc.add("Tel ").ent("ORGANIZATION", org.phone)
            else:
                doc.add(line)
        doc.add("\n")
    doc.add("\n")
    doc.wrap, doc.hyphenate = rng.choice([64, 72, 80]), 0.6
    partner = v.person(gender="m" if p.gender == "f" else "f", surname=p.last)
    doc.add(f"Dear {p.title} ").nm(p, "surname").add(
        f"\n\nDecision on your claim for {rng.choice(_BENEFITS)}\n\nWe have looked again at your "
        "claim for the property at "
    )
    doc.addr_inline(a, postcode=False)
    doc.add(". Our records show your date of birth as ").dob(p).add(
        " and your National Insurance number as "
    )
    doc.ident("UK_NINO", v.nino()).add(". Your partner ").nm(partner, "full").add(" (born ")
    doc.dob(partner).add(
        f") was included as a member of your household from {v.when(-300, -60)}.\n"
    )
    doc.wrap, doc.hyphenate = 0, 0.0
    doc.add(
        f"\n{org.name}   |   Page 1 of 2   |   www.{org.mailbox.split('@')[1]}\n\n"
        f"{org.team}   Our ref: {ref}   Page 2 of 2\n\n"
    )
    doc.wrap, doc.hyphenate = rng.choice([64, 72, 80]), 0.6
    doc.add(
        f"You were overpaid £{v.money(80, 1900)} between {v.when(-300, -200)} and "
        f"{v.when(-150, -30)}. If you disagree, write to us by {v.when(20, 40)}. Payments will be "
        "made to sort code "
    )
    doc.ident("UK_SORT_CODE", v.sort_code()).add(" account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(". Telephone us on ").ent("ORGANIZATION", org.phone).add(
        " quoting the reference above.\n"
    )
    doc.wrap, doc.hyphenate = 0, 0.0
    doc.add("\nYours sincerely\n\n").nm(v.person(), rng.choice(["full", "initial_dot"]))
    doc.add(f"\nBenefits Officer\n\n{org.name} | Page 2 of 2\n")


def disrepair_protocol_letter(doc: Doc3, v: V) -> None:
    """A solicitor's pre-action disrepair letter: "Our ref / Your ref", "our client Mrs ...",
    the client's household, the surveyor and the fee earner named."""
    rng = v.rng
    firm, org = rng.choice(FIRMS), v.org("Housing", "Rent")
    p, a = v.person(born=(1950, 2000)), v.address()
    earner, surveyor = v.person(), v.person()
    doc.add(firm.name + "\n")
    for line in firm.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("DX 14021   T ").ent("ORGANIZATION", firm.phone).add("   E ")
    doc.ent("ORGANIZATION", firm.mailbox).add("\n\n")
    doc.add(f"Our ref: HDR/{v.ref(5)}/{rng.randint(1, 9)}      Your ref: {v.ref(8)}\n")
    doc.add(f"Date: {v.when(-7, 0)}\n\nBy email only: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\n\n{org.name}\n{org.team}\n\nDear Sirs\n\n")
    doc.add(
        "PRE-ACTION PROTOCOL FOR HOUSING CONDITIONS CLAIMS (ENGLAND)\n"
        if rng.random() < 0.6
        else "LETTER OF CLAIM - DISREPAIR\n"
    )
    doc.add("Our client: ").nm(p, rng.choice(["title_full", "caps", "full"]))
    doc.add("\nProperty: ").addr_inline(a).add("\nDate of birth: ").dob(p)
    doc.add(f"\nTenancy reference: {rng.choice(['T', 'TEN'])}{v.ref(7)}\n\n")
    doc.add("We are instructed by the above named. Our client ").nm(p, "title_surname")
    doc.add(" lives at the property with ")
    kids = [v.kin(p, child=True) for _ in range(rng.randint(1, 3))]
    for i, k in enumerate(kids):
        doc.add(
            ", "
            if 0 < i < len(kids) - 1
            else " and "
            if i
            else f"{pron(p)[1]} {relation_word(k, child=True)} "
            if len(kids) == 1
            else f"{pron(p)[1]} children "
        )
        doc.nm(k, "first").add(f" (aged {age(k.dob)})")
    doc.add(
        f". Since {v.when(-500, -200)} there has been penetrating damp in the rear bedroom and "
        "black mould which has aggravated "
    )
    doc.nm(kids[0], "first").add("'s asthma.\n\nWe propose a single joint expert, ")
    doc.nm(surveyor, rng.choice(["title_full", "full"])).add(
        f" MRICS, who can inspect on {v.when(14, 40)}. Please provide the following within 20 "
        f"working days, by {v.when(28, 35)}: the tenancy file, repair records and all "
        "correspondence.\n\n"
    )
    if rng.random() < 0.5:
        doc.add("Our client's National Insurance number is ").ident("UK_NINO", v.nino())
        doc.add(" and a signed form of authority is enclosed. ")
    doc.add("Our client may be contacted through us only; please do not call ")
    doc.add("her" if p.gender == "f" else "him").add(" on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(".\n\nYours faithfully\n\n").add(firm.name).add("\nFee earner: ")
    doc.nm(earner, "full").add("  Direct dial: ").ent("PHONE_NUMBER", v.phone(False))
    doc.add("  Email: ").ent("EMAIL_ADDRESS", v.email(earner, firm.mailbox.split("@")[1])).add("\n")


def gp_supporting_letter(doc: Doc3, v: V) -> None:
    """A GP's supporting letter with everything about the patient on one "Re:" line."""
    rng = v.rng
    gp = rng.choice(SURGERIES)
    p = v.person(born=(1935, 2004))
    a = v.address(region="S" if "nhs.scot" in gp.mailbox else None)
    doctor = v.person()
    doc.add(gp.name + "\n")
    for line in gp.lines:
        doc.ent("ORGANIZATION", line).add(", " if line != gp.lines[-1] else "\n")
    doc.add("Tel ").ent("ORGANIZATION", gp.phone).add("  ").ent("ORGANIZATION", gp.mailbox)
    doc.add(f"\n\n{v.when(-14, 0)}\n\nTo whom it may concern\n\nRe: ")
    scot = "nhs.scot" in gp.mailbox
    if rng.random() < 0.5:
        doc.nm(p, "title_full").add(", DOB ").dob(p)
    else:
        doc.ent("PERSON", f"{p.last.upper()}, {p.first}").add(" (D.O.B. ").dob(p).add(")")
    doc.add(", CHI " if scot else rng.choice([", NHS no ", ", NHS No: ", " - NHS number "]))
    doc.ident("UK_NHS", v.chi(p) if scot else v.nhs()).add(", ")
    doc.addr_inline(a).add("\n\n")
    doc.add(f"I am {pron(p)[1]} general practitioner and have known ").nm(p, "first")
    doc.add(
        f" for {rng.randint(3, 20)} years. {pron(p)[0].capitalize()} has COPD and mobility problems "
        f"and was admitted to the {rng.choice(_NAMED_PLACES)} on {v.when(-120, -20)}. "
        "The present flat is on the third floor without a lift. "
    )
    if rng.random() < 0.6:
        carer = v.kin(p, born=(1960, 2002))
        doc.add(f"{pron(p)[1].capitalize()} {rng.choice(['daughter', 'son', 'niece', 'nephew'])} ")
        doc.nm(carer, "full").add(", who is the main carer, can be contacted on ")
        doc.ent("PHONE_NUMBER", v.phone(True)).add(". ")
    doc.add(
        f"I would support an award of {rng.choice(_BENEFITS)} and a move to ground floor "
        f"accommodation. Next review: {v.when(20, 90)}.\n\nYours faithfully\n\n"
    )
    doc.add("Dr ").nm(doctor, rng.choice(["full", "initial_dot"]))
    doc.add(f"\nGMC No {rng.randint(3000000, 7999999)}\n")


def fsm_application_form(doc: Doc3, v: V) -> None:
    """A free school meals and school clothing grant form: parent, partner and a child table."""
    rng = v.rng
    org = v.org("Free School Meals", "Benefits", "Child Benefit")
    p, a = v.person(born=(1975, 2002)), v.address()
    doc.add(
        f"{org.name}\nFREE SCHOOL MEALS AND SCHOOL CLOTHING GRANT - APPLICATION {TODAY.year}/{TODAY.year % 100 + 1}\n"
    )
    doc.add(f"Form FSM1 (rev {rng.randint(2, 9)})   Reference: FSM-{v.ref(6)}\n\n")
    doc.add(f"SECTION 1 - PARENT OR CARER\nTitle: {p.title}   Forename(s): ")
    doc.ent("PERSON", p.first + (f" {p.middle_initial}" if p.middle_initial else ""))
    doc.add("   Surname: ").ent("PERSON", p.last.upper() if rng.random() < 0.4 else p.last)
    doc.add("\nDate of birth: ").dob(p).add("\nNational Insurance number: ")
    if rng.random() < 0.88:
        doc.ident("UK_NINO", v.nino())
    else:
        doc.add(f"(none) NASS ref {rng.randint(10, 99)}/{v.ref(6)}")
    doc.add("\nHome address:\n").addr_lines(a, indent="    ")
    doc.add("Telephone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ").ent(
        "EMAIL_ADDRESS", v.email(p)
    )
    if rng.random() < 0.6:
        q = v.person(gender="m" if p.gender == "f" else "f", born=(1968, 2004))
        doc.add("\n\nSECTION 2 - PARTNER\nFull name: ").nm(q, rng.choice(["full", "middle"]))
        doc.add("   Date of birth: ").dob(q).add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add("\n\nSECTION 3 - BENEFITS (tick all that apply)\n")
    for b in rng.sample(_BENEFITS[:6] + ["Income Support", "Child Tax Credit"], 4):
        doc.add(f"[{rng.choice(['x', ' ', ' '])}] {b}\n")
    doc.add(f"Annual net earned income (UC only): £{rng.randint(2, 7)},{rng.randint(100, 999)}\n\n")
    doc.add("SECTION 4 - CHILDREN\n| Name | Date of birth | School | Year |\n|---|---|---|---|\n")
    for _ in range(rng.randint(1, 4)):
        k = v.kin(p, child=True)
        doc.add("| ").nm(k, rng.choice(["full", "first"])).add(" | ").dob(k)
        doc.add(
            f" | {rng.choice(_SCHOOLS)} | {rng.choice(['R', '1', '3', '5', '7', '9', 'N'])} |\n"
        )
    proof = rng.random()
    if proof < 0.25:
        doc.add("\nProof of identity: passport no. ").ident("UK_PASSPORT", v.passport()).add("\n")
    elif proof < 0.5:
        doc.add("\nProof of identity: driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
        doc.add("\n")
    doc.add("\nDECLARATION  Signed: ").nm(p, rng.choice(["full", "initial"]))
    doc.add(f"   Date: {v.when(-10, 0)}\nReturn by {v.when(10, 40)} to ").ent(
        "ORGANIZATION", org.mailbox
    ).add("  Questions: ").ent("ORGANIZATION", org.phone).add("\n")


def arrears_sheet_rows(doc: Doc3, v: V) -> None:
    """An officer's email with rows pasted from a rent-arrears spreadsheet: no header row, tab
    separated, refs, money and notes between the tenants' details."""
    rng = v.rng
    org = v.org("Rent", "Housing")
    officer = v.person()
    doc.add("From: ").nm(officer, "full").add(" <").ent(
        "EMAIL_ADDRESS", v.email(officer, org.mailbox.split("@")[1])
    )
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: cases for arrears panel {v.when(3, 14)}\n\nHi all, rows below from the "
        "tracker (columns as usual). Can we discuss the DHP ones first?\n\n"
    )
    total = 0
    for _ in range(rng.randint(3, 6)):
        t, a = v.person(), v.address()
        owed = rng.randint(150, 4200)
        total += owed
        doc.add(f"{rng.choice(['RT', 'TN'])}{v.ref(6)}\t")
        if rng.random() < 0.6:
            doc.ent("PERSON", f"{t.last.upper()}, {t.first}")
        else:
            doc.nm(t, rng.choice(["full", "initial"]))
        doc.add("\t").ent("STREET_ADDRESS", a.street(", ")).add("\t").ent("UK_POSTCODE", a.postcode)
        if rng.random() < 0.4:
            doc.add("\t").dob(t)
        doc.add(f"\t£{owed:,}.{rng.randint(0, 99):02d}\t")
        if rng.random() < 0.7:
            doc.ent("PHONE_NUMBER", v.phone())
        note = rng.choice(
            [
                f"NOSP served {v.when(-60, -5)}",
                "UC direct payment requested",
                f"{rng.choice(_BENEFITS[:4])} awarded",
                f"promised £{rng.randint(5, 40)}/wk from {v.when(1, 20)}",
                "no contact - visit",
            ]
        )
        doc.add(f"\t{note}\n")
    doc.add(f"TOTAL\t\t\t\t£{total:,}.00\n\nThanks\n").nm(officer, "first")
    doc.add(f"\n{org.team} | ").ent("ORGANIZATION", org.phone).add("\n")


def nested_json_payload(doc: Doc3, v: V) -> None:
    """A web form's raw JSON webhook payload pasted into a case: nested objects, ISO dates of
    birth beside ISO timestamps, a UUID and form ids."""
    rng = v.rng
    org = v.org()
    p, a = v.person(), v.address()
    ind = " " * rng.choice([2, 4])
    uuid = "-".join("".join(rng.choices("0123456789abcdef", k=k)) for k in (8, 4, 4, 4, 12))

    def key(k: str, depth: int = 1) -> Doc3:
        return doc.add(f'{ind * depth}"{k}": "')

    doc.add(f"Webhook delivery failed - payload for manual entry ({org.team})\n\n{{\n")
    doc.add(
        f'{ind}"submissionId": "{uuid}",\n{ind}"formId": "{rng.choice(["hsg-reg", "ctr-claim", "dhp-apply"])}-v{rng.randint(2, 9)}",\n'
    )
    doc.add(
        f'{ind}"submittedAt": "{TODAY - timedelta(rng.randint(1, 9)):%Y-%m-%d}T{clock_time(rng, 6, 23)}:{rng.randint(10, 59)}Z",\n'
    )
    doc.add(f'{ind}"applicant": {{\n')
    key("title", 2).add(f'{p.title}",\n')
    key("givenName", 2).ent("PERSON", p.first).add('",\n')
    key("familyName", 2).ent("PERSON", p.last).add('",\n')
    key("dateOfBirth", 2).ent("DATE_OF_BIRTH", iso(p.dob)).add('",\n')
    key("nino", 2).ident("UK_NINO", v.nino()).add('",\n')
    if rng.random() < 0.3:
        key("nhsNumber", 2).ident("UK_NHS", v.nhs()).add('",\n')
    doc.add(f'{ind * 2}"contact": {{ "email": "').ent("EMAIL_ADDRESS", v.email(p))
    doc.add('", "mobile": "').ent("PHONE_NUMBER", v.phone(True)).add('" }\n')
    doc.add(f'{ind}}},\n{ind}"address": {{\n')
    key("addressLine1", 2).ent("STREET_ADDRESS", a.street(", ")).add('",\n')
    key("town", 2).ent("LOCATION", a.town).add('",\n')
    if a.county:
        key("county", 2).ent("LOCATION", a.county).add('",\n')
    key("postcode", 2).ent("UK_POSTCODE", a.postcode).add('",\n')
    doc.add(f'{ind * 2}"uprn": {v.ref(12)}\n{ind}}},\n')
    doc.add(f'{ind}"household": [')
    for i in range(rng.randint(0, 3)):
        child = rng.random() < 0.7
        k = v.kin(p, child=child)
        rel = "child" if child else rng.choice(["partner", "parent", "other"])
        doc.add("," if i else "").add(f'\n{ind * 2}{{ "name": "').nm(k, "full")
        doc.add(f'", "relationship": "{rel}", "dob": "')
        doc.ent("DATE_OF_BIRTH", iso(k.dob)).add('" }')
    doc.add(f"\n{ind}],\n")
    if rng.random() < 0.45:
        doc.add(f'{ind}"bank": {{ "sortCode": "').ident("UK_SORT_CODE", v.sort_code())
        doc.add('", "accountNumber": "').ident("UK_BANK_ACCOUNT", v.account()).add('" },\n')
    if rng.random() < 0.3:
        kind = rng.choice(["passport", "driving_licence"])
        doc.add(f'{ind}"idDocument": {{ "type": "{kind}", "number": "')
        if kind == "passport":
            doc.ident("UK_PASSPORT", v.passport())
        else:
            doc.ent("UK_DRIVING_LICENCE", v.licence(p))
        doc.add('" },\n')
    doc.add(
        f'{ind}"consent": true,\n{ind}"caseRef": "{rng.choice(["HR", "CT", "DHP"])}-{v.ref(7)}",\n'
    )
    doc.add(f'{ind}"routeTo": "').ent("ORGANIZATION", org.mailbox).add('"\n}\n')


def outlook_forward_chain(doc: Doc3, v: V) -> None:
    """A support worker forwards a tenant's email in Outlook style: "From: Surname, First
    <email>", "Sent:", signatures with job titles and a confidentiality footer."""
    rng = v.rng
    org, sup = v.org(), rng.choice(SUPPORT)
    worker, p, a = v.person(), v.person(), v.address()
    work = v.email(worker, sup.mailbox.split("@")[1])
    sent = TODAY - timedelta(rng.randint(1, 6))
    doc.add("From: ").ent("PERSON", f"{worker.last}, {worker.first}").add(" <").ent(
        "EMAIL_ADDRESS", work
    )
    doc.add(
        f">\nSent: {sent:%A}, {sent.day} {_MONTHS[sent.month - 1]} {sent.year} {clock_time(rng, 6, 23)}\nTo: "
    )
    doc.ent("ORGANIZATION", org.mailbox).add("\nCc: ").nm(p, "full").add(" <")
    email = v.email(p)
    doc.ent("EMAIL_ADDRESS", email).add(">\nSubject: FW: ")
    doc.add(rng.choice(["housing issue", "urgent - no heating", "RE: your letter"]))
    doc.add(" - ").nm(p, rng.choice(["full", "surname"])).add(
        "\n\nHello,\n\nPlease see below from my client "
    )
    doc.nm(p, "title_surname").add(
        f" who has consented to me sharing this. I have supported {'her' if p.gender == 'f' else 'him'} since "
        f"{v.when(-200, -60)}.\n\nKind regards\n\n"
    )
    doc.nm(worker, "full").add(
        f"\n{rng.choice(['Tenancy Sustainment Officer', 'Support Worker', 'Welfare Rights Adviser'])}\n{sup.name}\n"
    )
    doc.add("M: ").ent("PHONE_NUMBER", v.phone(True)).add("  T: ").ent("ORGANIZATION", sup.phone)
    doc.add(
        "\nThis email and any attachments are confidential and intended solely for the "
        "addressee.\n\n________________________________\nFrom: "
    )
    doc.nm(p, rng.choice(["full", "lower"])).add(" <").ent("EMAIL_ADDRESS", email).add(">\n")
    doc.add(f"Sent: {sent - timedelta(1):%d %B %Y} {clock_time(rng, 6, 23)}\nTo: ").ent(
        "PERSON", f"{worker.last}, {worker.first}"
    )
    doc.add(" <").ent("EMAIL_ADDRESS", work).add(">\nSubject: RE: housing issue\n\nhi ")
    doc.nm(worker, "first").add(
        " thanks for yesterday. as you said here are my details for them\n\n"
    )
    doc.addr_lines(a)
    doc.add("DOB ").dob(p).add("\nNI ").ident("UK_NINO", v.nino()).add("\n")
    proof = rng.random()
    if proof < 0.3:
        doc.add("passport ").ident("UK_PASSPORT", v.passport()).add(" (for the ID check)\n")
    elif proof < 0.55:
        doc.add("licence no ").ent("UK_DRIVING_LICENCE", v.licence(p)).add(" (for the ID check)\n")
    doc.add("\nmy ex ").nm(v.person(gender="m" if p.gender == "f" else "f"), "full")
    doc.add(
        " still has a key. the boiler has been off since "
        f"{v.when(-30, -3)} and the engineer never came.\n\nthanks\n"
    )
    doc.nm(p, "first").add("\n\nSent from Outlook for Android\n")


def returned_mail_envelope(doc: Doc3, v: V) -> None:
    """A scanned envelope returned by Royal Mail with a neighbour's note on the back and the
    caseworker's indexing note: capitals, tick boxes, barcodes and franking numbers."""
    rng = v.rng
    org = v.org()
    p, a = v.person(), v.address()
    doc.add(f"[Scan {v.ref(6)} - envelope, front]\nPRIVATE & CONFIDENTIAL\n")
    doc.add(f"{p.title.upper()} ").ent("PERSON", p.full.upper()).add("\n")
    doc.ent("STREET_ADDRESS", a.street("\n").upper()).add("\n")
    for loc in a.locations:
        doc.ent("LOCATION", loc.upper()).add("\n")
    doc.ent("UK_POSTCODE", a.postcode.upper()).add("\n\n")
    doc.add(
        f"            ROYAL MAIL - RETURN TO SENDER\n            [{rng.choice('xX')}] Addressee gone away   "
        f"[ ] Not known at this address   [ ] Refused\n            Delivery office stamp {v.when(-12, -2)}\n\n"
        f"Postage paid GB  HQ{v.ref(5)}   Mailmark {rng.choice('JF')}GB {v.ref(4)} {v.ref(7)}\n"
        "If undelivered please return to: "
    )
    doc.ent("ORGANIZATION", ", ".join(org.lines)).add("\n\n[Scan - envelope, back, handwritten]\n")
    newa = v.address()
    neighbour = v.person()
    doc.nm(p, rng.choice(["first", "title_surname"])).add(
        f" moved out {_MONTHS[rng.randint(0, 11)]} - new address "
    )
    doc.ent("STREET_ADDRESS", newa.street(" ").lower()).add(" ").ent("LOCATION", newa.town.lower())
    doc.add(" ").ent("UK_POSTCODE", newa.postcode.lower()).add(" - from ").nm(neighbour, "first")
    doc.add(" at no ").ent("STREET_ADDRESS", str(rng.randint(1, 80))).add("\n\n")
    doc.add(
        f"[Indexed by mailroom {v.when(-1, 0)}]\nCase {rng.choice('CHB')}{v.ref(8)}: post returned. Neighbour's note gives new address; please verify with "
    )
    doc.nm(p, "first").add(" by phone (")
    doc.ent("PHONE_NUMBER", v.phone()).add(f") before updating. Team: {org.team}\n")


def mp_casework_system_summary(doc: Doc3, v: V) -> None:
    """An MP's office refers a constituent with a summary exported from its casework system."""
    rng = v.rng
    office, org = rng.choice(MP_OFFICES), v.org()
    mp, caseworker = v.person(), v.person()
    p, a = v.person(), v.address()
    honour = rng.choice(["", "", "Dr ", "Dame " if mp.gender == "f" else "Sir "])
    doc.add(f"From the office of {honour}").nm(mp, "full")
    doc.add(" MP\n")
    for line in office.lines:
        doc.ent("ORGANIZATION", line).add(", " if line != office.lines[-1] else "\n")
    doc.add("Tel ").ent("ORGANIZATION", office.phone).add(
        f"\nOur ref: {rng.choice(['ZA', 'MP', 'CW'])}{v.ref(5)}   Your ref: n/a\n\n"
    )
    doc.add(
        f"{org.name}\n{org.team}\n\nDear Sir or Madam\n\nI am writing on behalf of my constituent, whose details are below, about "
        f"{rng.choice(['a delayed housing application', 'a council tax dispute', 'repairs that have not been done', 'a benefit overpayment'])}. "
        "Their signed consent is held on file.\n\n--- CASE SUMMARY (exported) ---\nConstituent: "
    )
    doc.nm(p, rng.choice(["title_full", "surname_caps", "full"])).add("\nAddress: ").addr_inline(a)
    doc.add("\nDOB: ").dob(p).add("\nTel: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p))
    if rng.random() < 0.35:
        doc.add("\nNHS no: ").ident("UK_NHS", v.nhs())
    if rng.random() < 0.25:
        doc.add("\nDriving licence (ID seen): ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(
        f"\nOpened: {v.when(-40, -5)}   Status: Awaiting response   Category: {rng.choice(['Housing', 'Benefits', 'Local Govt'])}\n"
    )
    doc.add("Notes: lives with ")
    rel = v.kin(p)
    doc.add(rng.choice(["partner", "adult son", "adult daughter", "mother"])).add(" ").nm(
        rel, "first"
    )
    doc.add(f"; previous MP letter sent {v.when(-90, -45)}; no reply received.\n--- END ---\n\n")
    doc.add(
        "I would be grateful for a reply within 20 working days. Please respond to my caseworker, "
    )
    doc.nm(caseworker, "full").add(", at ").ent(
        "EMAIL_ADDRESS", v.email(caseworker, "parliament.uk")
    )
    doc.add(".\n\nYours sincerely\n\n").nm(mp, rng.choice(["full", "initial_dot"]))
    doc.add("\nMember of Parliament\n")


def welsh_bilingual_form_labels(doc: Doc3, v: V) -> None:
    """A bilingual Welsh/English claim form: every label in both languages, Welsh dates."""
    rng = v.rng
    org = v.org("Tai", "Vale", "Sir Gâr", "Flintshire")
    p, a = (
        v.person(rng.choice(["welsh", "welsh", "english", "south_asian", "polish"])),
        v.address(region="W"),
    )
    doc.add(f"{org.name}\n{org.team}\n")
    doc.add(
        "Cais am "
        + rng.choice(
            [
                "Daliad Tai yn ôl Disgresiwn / Application for Discretionary Housing Payment",
                "Gymorth Treth y Cyngor / Application for Council Tax Reduction",
            ]
        )
        + "\n"
    )
    doc.add(
        f"Cyfeirnod / Reference: {rng.choice(['DHP', 'CTR'])}/{v.ref(6)}   Ffurflen / Form FF-{rng.randint(10, 99)}\n\n"
    )
    doc.add("Enw / Name: ").nm(p, rng.choice(["full", "middle", "caps"]))
    doc.add("\nCyfeiriad / Address: ").addr_inline(a, postcode=False)
    doc.add("\nCod post / Postcode: ").ent("UK_POSTCODE", a.postcode)
    doc.add("\nDyddiad geni / Date of birth: ").dob(p, welsh=rng.random() < 0.7)
    doc.add("\nRhif Yswiriant Gwladol / National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nRhif ffôn / Telephone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nE-bost / Email: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    doc.add("Manylion banc / Bank details\nEnw deiliad y cyfrif / Account holder: ")
    doc.nm(p, rng.choice(["bank", "bank2", "caps"])).add("\nCod didoli / Sort code: ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("\nRhif cyfrif / Account number: ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n\n")
    doc.add("Aelwyd / Household:\nRwy'n byw gyda ")
    q = v.kin(p)
    doc.add(
        "fy mhartner " if rng.random() < 0.5 else "fy ngŵr " if q.gender == "m" else "fy ngwraig "
    )
    doc.nm(q, "first").add(" a'n plant ")
    kids = [v.kin(p, child=True) for _ in range(rng.randint(1, 2))]
    for i, k in enumerate(kids):
        doc.add(" a " if i else "").nm(k, "first").add(" (ganwyd ").dob(k, welsh=True).add(")")
    doc.add(". / I live with my partner and our children.\n\n")
    doc.add(
        f"Rhent wythnosol / Weekly rent: £{v.money(90, 260)}   Diffyg / Shortfall: £{v.money(5, 60)}\n"
    )
    doc.add("Llofnod / Signature: ").nm(p, rng.choice(["full", "initial"]))
    doc.add(f"   Dyddiad / Date: {v.when(-6, 0, welsh=True)}\nAnfonwch at / Send to: ").ent(
        "ORGANIZATION", org.mailbox
    ).add("\n")


def ocr_handwritten_confusables(doc: Doc3, v: V) -> None:
    """OCR of a handwritten paper form: 0/O, 1/l/I, 5/S confusions inside the values as well as
    around them, a word broken by a space, capitals as people print them on forms."""
    rng = v.rng
    org = v.org()
    p, a = v.person(), v.address()
    doc.add(
        f"[OCR {rng.randint(48, 79)}% - handwritten - page 1]\n{org.name.upper()}\nCHANGE OF CIRCUMSTANCES\n\n"
    )
    doc.noise = True

    doc.add("FULL NAME: ").ent("PERSON", handwritten(rng, p.full.upper(), 0.15))
    doc.add("\nADDRESS: ").ent("STREET_ADDRESS", handwritten(rng, a.street(", ").upper(), 0.2))
    for loc in a.locations:
        doc.add(", ").ent("LOCATION", loc.upper())
    doc.add("\nPOSTCODE: ").ent("UK_POSTCODE", handwritten(rng, a.postcode.upper()))
    doc.add("\nD.O.B: ").ent("DATE_OF_BIRTH", handwritten(rng, f"{p.dob:%d/%m/%Y}"))
    nino, bad = v.nino()
    doc.add("\nN.I. NO: ").ident("UK_NINO", (handwritten(rng, nino.upper()), bad))
    doc.add("\nPHONE: ").ent("PHONE_NUMBER", handwritten(rng, v.phone()))
    if rng.random() < 0.4:
        doc.add("\nDRIVING LICENCE NO: ").ent(
            "UK_DRIVING_LICENCE", handwritten(rng, v.licence(p), 0.1)
        )
    doc.add("\n\nWHAT HAS CHANGED: ")
    q = v.person()
    doc.add(rng.choice(["my partner ", "my lodger ", "my brother "])).ent(
        "PERSON", handwritten(rng, q.full.upper(), 0.1)
    )
    doc.add(f" moved in on {v.when(-40, -3)} and works {rng.randint(8, 30)} hours a week. ")
    doc.add(f"{pron(q)[1].upper()} DOB IS ").ent(
        "DATE_OF_BIRTH", handwritten(rng, f"{q.dob:%d.%m.%y}")
    )
    doc.add(f". Rent now £{v.money(70, 200)} a week.\n\nSIGNED: ").ent(
        "PERSON", handwritten(rng, p.last.upper(), 0.1)
    )
    doc.add(f"   DATE: {v.when(-8, 0)}\n")
    doc.noise = False
    doc.add(f"[OCR end of page - batch {v.ref(6)}]\n")


def neighbour_dispute_household(doc: Doc3, v: V) -> None:
    """A long anti-social behaviour complaint naming the writer's family and several neighbours
    by name and house number; car registrations, crime and incident numbers stay unlabelled."""
    rng = v.rng
    org = v.org("Anti-social", "Noise", "Environmental")
    p, a = v.person(born=(1955, 1995)), v.address()
    spouse = v.kin(p, gender="m" if p.gender == "f" else "f")
    doc.add("To the ").add(org.team).add(
        f",\n\nComplaint about neighbours - ASB ref {rng.choice(['ASB', 'CS'])}/{v.ref(5)}\n\n"
    )
    doc.add("My name is ").nm(p, rng.choice(["full", "title_full", "middle"])).add(
        " and I live at "
    ).addr_inline(a)
    doc.add(" with my ").add(relation_word(spouse)).add(" ").nm(spouse, "first").add(", our ")
    kids = [v.kin(p, child=True) for _ in range(rng.randint(1, 3))]
    for i, k in enumerate(kids):
        doc.add(", " if i else "").add(relation_word(k, child=True) + " ").nm(k, "first").add(
            f" ({age(k.dob)})"
        )
    mother = v.person(p.culture, gender="f", born=(1932, 1955))
    doc.add(" and my mother ").nm(mother, rng.choice(["full", "first"])).add(" who was born in ")
    doc.ent("DATE_OF_BIRTH", f"{_MONTHS[mother.dob.month - 1]} {mother.dob.year}")
    doc.add(f" and is not well.\n\nSince {v.when(-200, -40)} the family at number ")
    n1 = rng.randint(1, 90)
    doc.ent("STREET_ADDRESS", str(n1)).add(" - ")
    nb = v.person()
    doc.nm(nb, rng.choice(["full", "title_full"])).add(", ").add(
        "her" if nb.gender == "f" else "his"
    )
    doc.add(" partner ").nm(v.person(), "first").add(" and a lad I think is called ").nm(
        v.person(gender="m"), "first"
    )
    doc.add(
        f" - have played music until 3am most weekends. Their car ({rng.choice('ABCDEFGHKLMNOPRSVWY')}{rng.choice('ABCDEFGHKLMNOPRSVWY')}"
        f"{rng.randint(10, 75)} {''.join(rng.choices('ABCDEFGHJKLMNPRSTUVWXYZ', k=3))}) blocks our drive. "
    )
    doc.add("Mrs ").nm(v.person(gender="f"), "surname").add(" at no ").ent(
        "STREET_ADDRESS", str(rng.randint(1, 90))
    )
    doc.add(" has seen it too and so has ").nm(v.person(), "full").add(" across the road.\n\n")
    doc.add(
        f"I reported it to the police on {v.when(-30, -3)} (incident {rng.randint(100, 999)} of {v.when(-30, -3)}, "
        f"crime ref {rng.choice(['WMP', 'GMP', 'SWP', 'PSNI'])}-{v.ref(8)}) and PCSO "
    )
    doc.nm(v.person(), "surname").add(f" (collar {rng.randint(1000, 9999)}) came out. ")
    doc.add("My GP Dr ").nm(v.person(), "surname").add(" says the stress is affecting my ")
    doc.add("mum" if rng.random() < 0.5 else "mother").add(
        f"'s heart. We have lived here {rng.randint(3, 30)} years.\n\n"
    )
    doc.add("Please phone me on ").ent("PHONE_NUMBER", v.phone()).add(" after 4pm")
    if rng.random() < 0.6:
        doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(".\n\nYours\n").nm(p, rng.choice(["full", "first", "initial_dot"])).add("\n")


def dd_confirmation_email(doc: Doc3, v: V) -> None:
    """A citizen forwards the council's Direct Debit confirmation email, complaining of a double
    collection: SUN, reference, amounts and dates beside the bank details."""
    rng = v.rng
    org = v.org("Direct Debits", "Council Tax", "Rent")
    p, a = v.person(), v.address()
    joint = v.kin(p) if rng.random() < 0.35 else None
    doc.add(
        f"hello they have taken £{v.money(60, 250)} twice this month and my bank says the mandate was set up twice. "
        "please refund, see below. "
    )
    if joint:
        doc.add("the account is joint with my ").add(relation_word(joint)).add(" ").nm(
            joint, "first"
        ).add(". ")
    doc.add("call me on ").ent("PHONE_NUMBER", v.phone(True)).add("\n").nm(
        p, rng.choice(["first", "full"])
    )
    doc.add("\n\n---------- Forwarded message ---------\nFrom: ")
    doc.add(f"{org.name} Payments <").ent("ORGANIZATION", org.mailbox).add(">\n")
    doc.add(f"Date: {v.when(-40, -20)}\nSubject: Your Direct Debit Instruction\nTo: <").ent(
        "EMAIL_ADDRESS", v.email(p)
    ).add(">\n\n")
    doc.add(f"Dear {p.title} ").nm(p, "surname").add(
        "\n\nThank you. Your Direct Debit Instruction has been set up as follows.\n\n"
    )
    doc.add("Account holder(s): ").nm(p, rng.choice(["bank", "bank2", "caps", "full"]))
    if joint:
        doc.add(" & ").nm(joint, rng.choice(["bank", "caps"]))
    doc.add("\nBilling address: ").addr_inline(a)
    doc.add("\nSort code: ").ident("UK_SORT_CODE", v.sort_code())
    doc.add("\nAccount number: ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\nService user number: {rng.randint(100000, 999999)}")
    doc.add(f"\nReference: {rng.choice(['CTAX', 'RENT', 'BUS'])}{v.ref(8)}")
    doc.add(
        f"\nFirst collection: £{v.money(60, 250)} on {v.when(-20, -10)}, then £{v.money(60, 250)} "
        f"on the {rng.choice(['1st', '15th', '28th'])} of each month until {v.when(120, 300)}.\n\n"
        "The Direct Debit Guarantee: if an error is made in the payment of your Direct Debit you "
        "are entitled to a full and immediate refund from your bank. Questions? Call "
    )
    doc.ent("ORGANIZATION", org.phone).add(f" (Mon-Fri 9-5).\n{org.team}\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    whatsapp_group_export,
    speech_to_text_callback,
    pdf_two_column_extract,
    disrepair_protocol_letter,
    gp_supporting_letter,
    fsm_application_form,
    arrears_sheet_rows,
    nested_json_payload,
    outlook_forward_chain,
    returned_mail_envelope,
    mp_casework_system_summary,
    welsh_bilingual_form_labels,
    ocr_handwritten_confusables,
    neighbour_dispute_household,
    dd_confirmation_email,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT5 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT5.organisation_contacts
build_row = HELDOUT5.build_row
generate_heldout5 = HELDOUT5.generate
write_set = HELDOUT5.write_set
main = HELDOUT5.main


if __name__ == "__main__":
    main()
