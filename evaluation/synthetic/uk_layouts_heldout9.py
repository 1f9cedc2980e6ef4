# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout9: a ninth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout9(n, seed)`` returns rows ``{"id": "uklayout-heldout9-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout9",
"layout"}``. Row i depends only on (seed, i); the 14 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout9 -o var/eval/pii_uk_layouts_heldout9.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout9.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout8; every value table here is new, and tests/test_uk_layouts_heldout9.py checks that no
first name, surname, town, district, county, street or house name appears in an earlier family
(uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name lists it
draws from; heldout3 to heldout8):

* names from Georgian (Ketevan, Vakhtang; Kvaratskhelia, Mchedlishvili), Armenian (Siranush,
  Hovhannes; Harutyunyan, Der-Bedrossian), Congolese (Kapinga, Dieumerci, Héritier; Tshimanga,
  Ilunga-Mwamba), Amazigh/Kabyle and Moroccan Berber (Tiziri, Massinissa; Ait-Ouarab, Ikhlef),
  Burmese and Karen (Naw Paw, Kyaw Zin; Htun, Oo - no family name, a second given name in its
  place), Fijian and Tongan (Akanisi, Sevanaia; Waqanivalu, Baleinadogo, Fonua), Hungarian
  (Gyöngyi, Tihamér; Szűcs, Hegedűs), Czech (Květa, Přemysl; Procházka/Procházková,
  Novotný/Novotná), Bosnian (Snježana, Dževad; Hadžiahmetović, Čaušević), Sierra Leonean Krio
  and Mende (Memunatu, Sahr, Santigie; Tarawallie, Massaquoi), Brazilian (Edivânia, Uesley;
  Nascimento-Brito, Mendonça-Lima), Vietnamese written with its diacritics (Phương Thảo, Đức
  Thắng; Huỳnh, Trịnh), Ulster (Wilbert, Uel; McFetridge, Mawhinney), Doric North-East Scots
  (Dod, Jessack; Duguid, Tawse), Black Country (Enoch, Aynuk, Keziah; Hingley, Tromans, Pardoe)
  and Welsh (Efa-Grug, Rhodri-Llŷr; Prydderch-Lloyd) communities;
* places none of the earlier families use: Black Country and Potteries districts (Princes End,
  Ocker Hill, Normacot, Goldenhill) of new towns, Fenland and Wolds villages (Moulton Seas End,
  Friskney, Wroot), Northumberland and Weardale villages (Etal, Allenheads, Ireshopeburn) with
  counties abbreviated (Northumb., Co. Durham, I.O.W., Nflk, Salop.), Somerset Levels villages
  (Middlezoy, Athelney), Fife and Falkirk villages with old district names as counties (Fife
  Region, Falkirk District, Gordon District, Kincardine and Mearns), Rhondda and Gwent valleys
  villages (Ynyshir, Fleur-de-lis, Six Bells) with Welsh-language or abbreviated counties (Sir
  Caerffili, Gŵyr, Sir Ynys Môn, RCT, Mon., Vale of Glam.), and Northern Irish villages
  (Ballyvoy, Tullyhogue, Kilclief); streets of old industries (Saggar Makers Lane, Puddlers
  Way, Netmenders Wynd, Heol y Dramffordd, Balance Pond Road) and townland roads;
* new recipient organisations (allow-listed) and third parties (funeral directors, employers,
  care homes, GP practices sending faxes, solicitors, taxi operators) whose own contact details
  are ORGANIZATION; hospitals, schools and courts are named, never contacted.

Layouts (14): planning_objection_email, coroner_inquest_letter, tenancy_succession_request,
safeguarding_strategy_minutes, pcn_challenge_keeper, funeral_expenses_claim,
access_to_work_award_letter, tax_credits_notice_quoted, care_home_fee_assessment,
facebook_page_inbox_copy, ocr_fax_social_care_referral, welsh_travel_pass_application,
court_bundle_index, taxi_driver_licence_renewal.

Labelling conventions are heldout8's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, lower case,
a former name and a social-media @handle naming a person (the "@" stays outside) are PERSON.
Addresses split into STREET_ADDRESS (one span even over lines) + one LOCATION each for
district, town/village and county + UK_POSTCODE, in whatever order they are written, also in
quoted ("> ") reply lines and in an OCR'd fax hard-wrapped and hyphenated at the margin. Only
dates of birth are DATE_OF_BIRTH (a deceased person's too, in Welsh on the bilingual form);
dates of death, inquests, meetings, contraventions, award periods, hearings and deadlines stay
unlabelled. Driving licence and passport numbers are written plainly (a PCN driver nomination,
identity on a travel pass form, a taxi driver's licence). Third parties' own address lines,
phones and mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must
stay readable (precision): planning application references and comment ids, ridge heights in
metres, coroner's and post-mortem references and inquest times, rent account numbers (10 digits,
like an NHS number) and property references, case-management ids, police occurrence numbers and
meeting time ranges, PCN numbers, vehicle registrations and V5C document references, funeral
invoice numbers and costs, Access to Work references and hourly rates, tax credit claim
references, award periods and incomes, Lasting Power of Attorney references and weekly charges,
message times and CRM case numbers, fax page counters and job numbers, concessionary travel card
numbers, civil bill numbers and bundle page ranges, taxi badge numbers, DVLA check codes and PVG
scheme ids. ~10% of NI numbers, NHS numbers, sort codes, account numbers and passport numbers
are MISTYPED as in heldout4 (span ``"mistyped": True``); ~10% of rows hide a Unicode trick
(zero-width space, soft hyphen, no-break or narrow no-break space, full-width digits) inside a
labelled value.
"""

from __future__ import annotations

import re
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
    ascii_fold,
    clock_time,
    ext,
    gendered_surname_pairs,
    parse_tables,
    pron,
    relation_word,
    split_line,
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
    "generate_heldout9",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout9"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
georgian: Ketevan/f Tinatin/f Mzia/f Manana/f Natia/f Lela/f Nanuli/f Tamuna/f Khatuna/f
  Nestan/f Eteri/f Zurab/m Irakli/m Vakhtang/m Tengiz/m Gocha/m Merab/m Shota/m Revaz/m
  Otar/m Lasha/m Giorgi/m Zviad/m Tornike/m
armenian: Anahit/f Siranush/f Lusine/f Hasmik/f Gayane/f Armine/f Knarik/f Astghik/f Shushan/f
  Nune/f Hripsime/f Hovhannes/m Vardan/m Tigran/m Gevorg/m Ashot/m Hrant/m Sargis/m Samvel/m
  Vahagn/m Artashes/m Mher/m Khachik/m
congolese: Kapinga/f Mbombo/f Ngalula/f Mujinga/f Merveille/f Exaucée/f Bijoux/f Nsimba/f
  Kanku/f Mamie-Chantal/f Kalonji/m Bienvenu/m Trésor/m Fiston/m Glodi/m Héritier/m Exaucé/m
  Dieumerci/m Jonathan-Kabasele/m Nzuzi/m Mukendi/m
amazigh: Itto/f Tuda/f Tiziri/f Dihya/f Tafsut/f Thiziri/f Tanina/f Lounja/f Tassadit/f Ferroudja/f
  Massinissa/m Yuba/m Idir/m Aksel/m Lahcen/m Hammou/m Mouloud/m Arezki/m Amokrane/m Lounès/m
  Moha/m Ouali/m
burmese: Thandar/f Hnin_Wai/f Ei_Mon/f Su_Myat/f Zin_Mar/f Thiri/f Khin_Sandar/f Nilar/f
  Naw_Paw/f Mya_Thet/f Min_Thu/m Kyaw_Zin/m Zaw_Win/m Htet_Aung/m Ye_Lin/m Myo_Min/m Saw_Eh/m
  Thet_Naing/m Aung_Ko/m Pyae_Sone/m
pacific: Litia/f Akanisi/f Losana/f Unaisi/f Mereoni/f Salote/f Ana-Lisi/f Vilisi/f Adi-Mere/f
  Sevanaia/m Viliame/m Semisi/m Eroni/m Apenisa/m Tevita/m Isikeli/m Waisea/m Maciu/m Sitiveni/m
  Iliesa/m Ratu-Josefa/m Taniela/m
hungarian: Piroska/f Ildikó/f Gyöngyi/f Enikő/f Csilla/f Tünde/f Boglárka/f Hajnalka/f
  Erzsike/f Zsuzsanna/f Gyula/m Levente/m Zsolt/m Csaba/m Botond/m Bence/m Lajos/m Árpád/m
  Zsigmond/m Tihamér/m Gergő/m
czech: Květa/f Bohumila/f Jarmila/f Libuše/f Vlasta/f Zdeňka/f Jitka/f Dagmar/f
  Bohuslav/m Zdeněk/m Jaroslav/m Vratislav/m Radek/m Přemysl/m Lubomír/m
  Jiří/m Čestmír/m
bosnian: Amra/f Emina/f Azra/f Selma/f Jasna/f Snježana/f Mirjana/f Ljiljana/f Biljana/f
  Dragica/f Zlata/f Dževad/m Edin/m Haris/m Senad/m Damir/m Zlatko/m Mladen/m Nenad/m Goran/m
  Nihad/m
krio: Fatmata/f Isatu/f Kadiatu/f Mariatu/f Jeneba/f Memunatu/f Yeabu/f Hawanatu/f Sia/f
  Kumba/f Sallieu/m Alimamy/m Foday/m Sorie/m Momodu/m Sahr/m Tamba/m Komba/m Fallah/m
  Santigie/m Gibril/m
brazilian: Rosângela/f Valdirene/f Edivânia/f Cleide/f Josiane/f Lucineide/f Gleice/f Jaqueline/f
  Kelly-Cristina/f Thaíssa/f Cleiton/m Valdemir/m Edvaldo/m Jailson/m Reginaldo/m Gilmar/m
  Wanderley/m Josivaldo/m Claudinei/m Uesley/m Rivelino/m
vietnamese: Ngọc_Anh/f Thu_Hằng/f Bích_Ngọc/f Phương_Thảo/f Hồng_Nhung/f Thùy_Linh/f Kim_Oanh/f
  Minh_Châu/f Văn_Hùng/m Đức_Thắng/m Quốc_Bảo/m Hữu_Phước/m Thanh_Tùng/m Minh_Khôi/m
  Công_Vinh/m Tuấn_Kiệt/m
ulster: Wilbert/m Uel/m Sammy-Jo/f Lindsay-Ann/f Alastair-John/m Heather-May/f
  Sadie/f Desmond-James/m Noeleen/f Raymond-Joe/m Orla-Mae/f
  Trevor-James/m Lexie-Rae/f Stevie-Lee/m
doric: Dod/m Chae/m Sandy-Bob/m Jeemie/m Doddie/m Bertie-John/m Jessack/f
  Meggie/f Jeannie-Ann/f Morag-Ann/f
black_country: Enoch/m Aynuk/m Ezra/m Amos/m Josiah/m Thirza/f Keziah/f
  Hephzibah/f Dinah/f Tamsin-Rose/f Kerry-Leanne/f Jordan-Lee/m Tyler-Jay/m Brooke-Leigh/f
  Kacey-Mae/f Lacey-Jo/f Riley-James/m
welsh: Tesni/f Seren-Haf/f Nia-Wyn/f Lowri-Ann/f Efa-Grug/f Sioned-Elin/f Meilyr/m
  Gwilym-Rhys/m Aeron/m Ifor-Wyn/m Gruffudd-Ifan/m Rhodri-Llŷr/m Berwyn-Rhys/m Iestyn-Wyn/m
  Owain-Llyr/m
"""
_SURNAMES = """
georgian: Beridze Kapanadze Gelashvili Tsiklauri Lomidze Maisuradze Japaridze Chkheidze
  Kvaratskhelia Abashidze Nozadze Gogoladze Mchedlishvili Chikovani Bakradze Tsertsvadze
  Kharaishvili Gvenetadze
armenian: Petrosyan Hakobyan Sargsyan Harutyunyan Grigoryan Khachatryan Avetisyan Ghazaryan
  Manukyan Vardanyan Karapetyan Mkrtchyan Hovsepyan Baghdasaryan Der-Bedrossian Kalpakian
  Tashjian Boghossian
congolese: Kabeya Mukendi Kanku Nzuzi Lukusa Kalala Mbuyamba Tshimanga Mulumba Ntumba Kazadi
  Nkongolo Mayele Bokanga Lokonda Kabasele Tshibangu Ilunga-Mwamba Mbiya Ngoyi
amazigh: Ait-Ouarab Oubella Amzil Ouhaddou Ait-Lahcen Boutaleb Amellal Azzouzi Benhammou Ouchen
  Tagmouti Ait-Hamou Oulahcen Bouhlal Amghar Ousaid Ikhlef Ait-Messaoud
burmese: Htun Oo Myint Thein Lwin Soe Tun Khaing Kyaw Naing Htwe Zaw Hlaing Aye
  Thant Maung
pacific: Ravouvou Naivalu Vunibaka Qalilawa Tikoisuva Waqanivalu Nakarawa Volavola Matavesi
  Veitayaki Baleinadogo Tamanivalu Raiwalui Naqelevuki Tuilagi-Leota Fonua Taufa Latu
hungarian: Kovács-Nagy Szűcs Bíró Pásztor Juhász Fekete Halász Kocsis Bodnár Szalai Vörös
  Lengyel Gulyás Takács Hegedűs Mészáros Sipos
czech: Procházka/m Procházková/f Kučera/m Kučerová/f Novotný/m Novotná/f
  Pokorný/m Pokorná/f Růžička/m Růžičková/f Hájek/m Hájková/f Němec/m Němcová/f Veselý/m
  Veselá/f Řezníček/m Řezníčková/f
bosnian: Hodžić Begović Mehmedović Kovačević Jovanović Đorđević Babić Marić Šarić Jurić Delić
  Hadžiahmetović Karahasanović Softić Čaušević Mujić Salihović Omerbašić
krio: Conteh Sesay Bangura Turay Koroma Mansaray Fofanah Kargbo Sankoh Tarawallie Kabba
  Massaquoi Gbla Kpaka Lansana Bockarie Jusu
brazilian: Nascimento-Brito Albuquerque-Lins Bezerra Figueiredo-Pinto
  Siqueira Queiroz Arruda Mendonça-Lima Falcão Guimarães Bittencourt Sampaio-Dias Brandão-Reis
vietnamese: Nguyễn Trần Phạm Huỳnh Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Lâm Quách
ulster: McIlwaine Dunwoody Eakin Kirkpatrick-Hanna McFetridge Mawhinney
  Gracey Orr-Nesbitt McConkey Pollock-Bell Craig-Crawford McIlveen Moorcroft Shields-Adair
doric: Duguid Gauld Tawse Lumsden Mutch Cowie Milne-Mair Ingram-Reid Gall
  Cruickshank Chalmers-Still Sim Massie
black_country: Hingley Pardoe Tromans Bache Hickin Billingham Jukes Beddall Hodgetts Bissell
  Mantle Tolley Bloor Birks Shenton Adderley Wain Parkes-Round
welsh: ap_Dafydd-Owen Gruffydd-Jones Pennar Bowen-Rhys Prydderch-Lloyd
  Ceiriog-Hughes Gwynedd-Evans
"""
_TOWNS = """
E||Sandwell|Tipton=DY4;Wednesbury=WS10;Cradley Heath=B64;Old Hill=B64;Great Bridge=DY4
E|Staffordshire Moorlands|Cheadle|ST10 / E|Staffordshire Moorlands|Longnor*|SK17
E|Staffordshire Moorlands|Kinver*|DY7 / E|Staffordshire Moorlands|Abbots Bromley*|WS15
E||Sutton Bridge*|PE12 / E||Long Sutton|PE12 / E||Gedney*|PE12 / E||Donington*|PE11
E||Kirton*|PE20 / E||Swineshead*|PE20 / E||Wainfleet|PE24 / E||Tetford*|LN9 / E||Woodhall Spa|LN10
E||Coningsby|LN4 / E||Tattershall*|LN4 / E||Navenby*|LN5 / E||Caistor|LN7 / E||Saxilby*|LN1
E||Crowle|DN17 / E||Haxey*|DN9 / E||Kirton in Lindsey|DN21 / E||Winterton|DN15
E||Burton upon Stather*|DN15 / E|Northumb.|Allendale*|NE47 / E|Northumb.|Warkworth*|NE65
E|Northumb.|Felton*|NE65 / E|Northumb.|Otterburn*|NE19 / E|Northumb.|Corbridge|NE45
E|Co. Durham|St John's Chapel*|DL13 / E|Co. Durham|Cotherstone*|DL12 / E|I.O.W.|Ventnor|PO38
E|I.O.W.|Shanklin|PO37 / E|I.O.W.|Brading*|PO36 / E|I.O.W.|Freshwater|PO40
E|I.O.W.|Godshill*|PO38 / E|I.O.W.|Niton*|PO38 / E||Prees*|SY13 / E|Nflk|Hickling*|NR12
E|Nflk|Horning*|NR12 / E|Nflk|Ludham*|NR29 / E|Nflk|Potter Heigham*|NR29 / E|Nflk|Reedham*|NR13
E|Nflk|Acle|NR13 / E||Burrowbridge*|TA7 / E||Muchelney*|TA10 / E||Othery*|TA7
E||Westonzoyland*|TA7 / E||Huntspill*|TA9 / S|Fife Region|Elie*|KY9
S|Fife Region|Kingsbarns*|KY16 / S|Fife Region|Ceres*|KY15 / S|Fife Region|Newburgh|KY14
S|Fife Region|Ladybank|KY15 / S|Fife Region|Kennoway*|KY8 / S|Fife Region|Cardenden|KY5
S|Fife Region|Kelty|KY4 / S|Fife Region|Aberdour*|KY3 / S|Fife Region|Kinghorn|KY3
S|Falkirk District|Bonnybridge|FK4 / S||Stenhousemuir|FK5 / S|Falkirk District|Polmont|FK2
S|Falkirk District|Slamannan*|FK1 / S|Falkirk District|Airth*|FK2 / S|Stirling District|Fintry*|G63
S|Stirling District|Balfron*|G63 / S|Stirling District|Gargunnock*|FK8
S|Stirling District|Kippen*|FK8 / S|Stirling District|Buchlyvie*|FK8 / S||Fordyce*|AB45
S||Gourdon*|DD10 / W||Treorchy|CF42 / W||Ferndale|CF43 / W||Maerdy*|CF43 / W||Treherbert|CF42
W||Mountain Ash|CF45 / W||Abercynon|CF45 / W||Rhymney|NP22 / W||Blaina|NP13 / W||Abertillery|NP13
W||Blaenavon|NP4 / W||Cowbridge|CF71 / W||Llantwit Major|CF61 / W||St Athan*|CF62 / W||Rhoose*|CF62
W||Sully*|CF64 / W||Dinas Powys|CF64 / W|Gŵyr|Reynoldston*|SA3 / W|Gŵyr|Rhossili*|SA3
W|Gŵyr|Llanmadoc*|SA3 / W|Gŵyr|Penclawdd*|SA4 / W|Gŵyr|Port Eynon*|SA3 / W||Usk|NP15
W||Raglan*|NP15 / W||Caldicot|NP26
E|W. Mids|Tipton|Princes End=DY4;Ocker Hill=DY4;Great Bridge=DY4;Tividale=B69
E|W. Mids|Darlaston|Moxley=WS10 / E|W. Mids|Coseley|Roseville=WV14;Woodcross=WV14
E|W. Mids|Brierley Hill|Pensnett=DY5;Amblecote=DY8;Wall Heath=DY6;Gornal Wood=DY3;Wollaston=DY8
E|W. Mids|Willenhall|Short Heath=WV12;Portobello=WV13;New Invention=WV12
E|W. Mids|Bloxwich|Rushall=WS4;Shelfield=WS4;Walsall Wood=WS9
E|W. Mids|Wednesfield|Bushbury=WV10;Fordhouses=WV10;Pendeford=WV9;Low Hill=WV10;Penn Fields=WV3
E||Longton|Normacot=ST3;Blurton=ST3;Meir=ST3
E||Tunstall|Goldenhill=ST6;Chell=ST6;Packmoor=ST6;Sneyd Green=ST6
E||Hanley Green|Bentilee=ST2;Abbey Hulton=ST2;Baddeley Green=ST2;Birches Head=ST1
E||Moulton Seas End*|PE12 / E||Fleet Hargate*|PE12 / E||Gosberton*|PE11 / E||Surfleet*|PE11
E||Quadring*|PE11 / E||Sutterton*|PE20 / E||Fosdyke*|PE20 / E||Wrangle*|PE22 / E||Old Leake*|PE22
E||Friskney*|PE22 / E||Sibsey*|PE22 / E||Stickney*|PE22 / E||New Bolingbroke*|PE22
E||Mareham le Fen*|PE22 / E||Billinghay*|LN4 / E||Timberland*|LN4 / E||Heckington*|NG34
E||Helpringham*|NG34 / E||Scopwick*|LN4 / E||Leadenham*|LN5 / E||Wellingore*|LN5 / E||Dunholme*|LN2
E||Faldingworth*|LN8 / E||Binbrook*|LN8 / E||Tealby*|LN8 / E||Grasby*|DN38 / E||Keelby*|DN41
E||Goxhill*|DN19 / E||East Halton*|DN40 / E||Thornton Curtis*|DN39 / E||Messingham*|DN17
E||Scotter*|DN21 / E||Owston Ferry*|DN9 / E||Wroot*|DN9 / E|Northumb.|Alnmouth*|NE66
E|Northumb.|Longframlington*|NE65 / E|Northumb.|Whittingham*|NE66 / E|Northumb.|Glanton*|NE66
E|Northumb.|Powburn*|NE66 / E|Northumb.|Etal*|TD12 / E|Northumb.|Lowick*|TD15
E|Northumb.|Norham*|TD15 / E|Northumb.|Embleton*|NE66 / E|Northumb.|Craster*|NE66
E|Northumb.|Lesbury*|NE66 / E|Northumb.|Ulgham*|NE61 / E|Northumb.|Widdrington*|NE61
E|Northumb.|Simonburn*|NE48 / E|Northumb.|Humshaugh*|NE46 / E|Northumb.|Slaley*|NE47
E|Northumb.|Blanchland*|DH8 / E|Northumb.|Allenheads*|NE47 / E|Northumb.|Greenhead*|CA8
E|Northumb.|Gilsland*|CA8 / E|Northumb.|Bardon Mill*|NE47 / E|Northumb.|Henshaw*|NE47
E|Co. Durham|Eggleston*|DL12 / E|Co. Durham|Romaldkirk*|DL12 / E|Co. Durham|Mickleton*|DL12
E|Co. Durham|Frosterley*|DL13 / E|Co. Durham|Westgate*|DL13 / E|Co. Durham|Ireshopeburn*|DL13
E|Co. Durham|Cowshill*|DL13 / E|Co. Durham|Rookhope*|DL13 / E|I.O.W.|Wroxall*|PO38
E|I.O.W.|Whitwell*|PO38 / E|I.O.W.|Chale*|PO38 / E|I.O.W.|Brighstone*|PO30
E|I.O.W.|Shorwell*|PO30 / E|I.O.W.|Calbourne*|PO30 / E|I.O.W.|Shalfleet*|PO30
E|I.O.W.|Wootton Bridge*|PO33 / E|I.O.W.|Havenstreet*|PO33 / E|I.O.W.|Arreton*|PO30
E|I.O.W.|Nettlestone*|PO34 / E|I.O.W.|Totland Bay|PO39 / E||Stathe*|TA7 / E||Aller*|TA10
E||High Ham*|TA10 / E||Moorlinch*|TA7 / E||Chedzoy*|TA7 / E||Middlezoy*|TA7 / E||Greinton*|TA7
E||Catcott*|TA7 / E||Chilton Polden*|TA7 / E||Cossington*|TA7 / E||Woolavington*|TA7
E||Godney*|BA5 / E||Westhay*|BA6 / E||Burtle*|TA7 / E||Stoke St Gregory*|TA3 / E||Athelney*|TA7
E|Salop.|Lydbury North*|SY7 / E|Salop.|Bucknell*|SY7 / E|Salop.|Chirbury*|SY15
E|Salop.|Worthen*|SY5 / E|Salop.|Minsterley*|SY5 / E|Salop.|Hanwood*|SY5 / E|Salop.|Condover*|SY5
E|Salop.|Dorrington*|SY5 / E|Salop.|Acton Burnell*|SY5 / E|Salop.|Cressage*|SY5
E|Salop.|Ditton Priors*|WV16 / E|Salop.|Alveley*|WV15 / E|Salop.|Claverley*|WV5
E|Salop.|Worfield*|WV15 / E|Salop.|Hodnet*|TF9 / E|Salop.|Hinstock*|TF9 / E|Salop.|Cheswardine*|TF9
E|Salop.|Welshampton*|SY12 / E|Salop.|Dudleston Heath*|SY12 / E|Salop.|Weston Rhyn*|SY10
E|Nflk|Martham*|NR29 / E|Nflk|Sea Palling*|NR12 / E|Nflk|Happisburgh*|NR12 / E|Nflk|Bacton*|NR12
E|Nflk|Trimingham*|NR11 / E|Nflk|Overstrand*|NR27 / E|Nflk|Northrepps*|NR27
E|Nflk|Aylmerton*|NR11 / E|Nflk|Salthouse*|NR25 / E|Nflk|Wiveton*|NR25 / E|Nflk|Binham*|NR21
E|Nflk|Wighton*|NR23 / E|Nflk|Brancaster*|PE31 / E|Nflk|Thornham*|PE36 / E|Nflk|Docking*|PE31
E|Nflk|Sedgeford*|PE36 / S|Fife Region|Colinsburgh*|KY9 / S|Fife Region|Largoward*|KY9
S|Fife Region|Lundin Links*|KY8 / S|Fife Region|Strathkinness*|KY16
S|Fife Region|Guardbridge*|KY16 / S|Fife Region|Balmullo*|KY16 / S|Fife Region|Gauldry*|DD6
S|Fife Region|Wormit*|DD6 / S|Fife Region|Freuchie*|KY15 / S|Fife Region|Kettlebridge*|KY15
S|Fife Region|Kingskettle*|KY15 / S|Fife Region|Strathmiglo*|KY14 / S|Fife Region|Kinnesswood*|KY13
S|Fife Region|Lumphinnans*|KY4 / S|Fife Region|Lochore*|KY5 / S|Fife Region|Ballingry*|KY5
S|Fife Region|Kinglassie*|KY5 / S|Fife Region|Coaltown of Balgonie*|KY7
S|Fife Region|Methilhill*|KY8 / S|Fife Region|Windygates*|KY8 / S|Fife Region|Buckhaven|KY8
S|Falkirk District|Maddiston*|FK2 / S|Falkirk District|Brightons*|FK2
S|Falkirk District|Reddingmuirhead*|FK2 / S|Falkirk District|Shieldhill*|FK1
S|Falkirk District|Avonbridge*|FK1 / S|Falkirk District|Banknock*|FK4
S|Falkirk District|Dennyloanhead*|FK4 / S|Stirling District|Plean*|FK7
S|Stirling District|Fallin*|FK7 / S|Stirling District|Throsk*|FK7
S|Stirling District|Cambusbarron*|FK7 / S|Stirling District|Blanefield*|G63
S|Stirling District|Balmaha*|G63 / S|Stirling District|Gartmore*|FK8
S|Stirling District|Croftamie*|G63 / S|Stirling District|Port of Menteith*|FK8
S|Stirling District|Deanston*|FK16 / S|Banffs.|Whitehills*|AB45 / S|Banffs.|Sandend*|AB45
S|Banffs.|Portgordon*|AB56 / S|Gordon District|Cairnie*|AB54 / S|Gordon District|Gartly*|AB54
S|Gordon District|Kennethmont*|AB54 / S|Gordon District|Clatt*|AB54
S|Gordon District|Premnay*|AB52 / S|Gordon District|Auchleven*|AB52 / S|Gordon District|Oyne*|AB52
S|Gordon District|Chapel of Garioch*|AB51 / S|Gordon District|Daviot*|AB51
S|Gordon District|Tarves*|AB41 / S|Gordon District|Methlick*|AB41
S|Gordon District|Udny Green*|AB41 / S||Balmedie*|AB23 / S||Potterton*|AB23 / S||Whiterashes*|AB21
S||Newmachar*|AB21 / S||Echt*|AB32 / S||Dunecht*|AB32 / S||Durris*|AB31
S|Kincardine and Mearns|Catterline*|AB39 / S|Kincardine and Mearns|Kinneff*|DD10
S|Kincardine and Mearns|Marykirk*|AB30 / S|Kincardine and Mearns|Luthermuir*|AB30
S|Forfar District|Tannadice*|DD8 / S|Forfar District|Memus*|DD8 / S|Forfar District|Cortachy*|DD8
W|RCT|Ynyshir*|CF39 / W|RCT|Wattstown*|CF39 / W|RCT|Tylorstown*|CF43 / W|RCT|Penygraig*|CF40
W|RCT|Trealaw*|CF40 / W|RCT|Llwynypia*|CF40 / W|RCT|Ton Pentre*|CF41 / W|RCT|Blaenrhondda*|CF42
W|RCT|Cwmparc*|CF42 / W|RCT|Tynewydd*|CF42 / W|RCT|Trebanog*|CF39 / W|RCT|Ynysybwl*|CF37
W|RCT|Penrhiwceiber*|CF45 / W|RCT|Abercwmboi*|CF44 / W|RCT|Llwydcoed*|CF44 / W|RCT|Penderyn*|CF44
W|RCT|Rhigos*|CF44 / W|Sir Caerffili|Trelewis*|CF46 / W|Sir Caerffili|Bedlinog*|CF46
W|Sir Caerffili|Fochriw*|CF81 / W|Sir Caerffili|Deri*|CF81 / W|Sir Caerffili|Pontlottyn*|CF81
W|Sir Caerffili|Abertysswg*|NP22 / W|Sir Caerffili|Aberbargoed*|CF81 / W|Sir Caerffili|Argoed*|NP12
W|Sir Caerffili|Oakdale*|NP12 / W|Sir Caerffili|Pengam*|NP12 / W|Sir Caerffili|Fleur-de-lis*|NP12
W|Sir Caerffili|Cwmfelinfach*|NP11 / W|Sir Caerffili|Wattsville*|NP11
W|Sir Caerffili|Ynysddu*|NP11 / W|Sir Caerffili|Cefn Fforest*|NP12 / W|Gwent Valleys|Nantyglo*|NP23
W|Gwent Valleys|Brynithel*|NP13 / W|Gwent Valleys|Cwmtillery*|NP13
W|Gwent Valleys|Six Bells*|NP13 / W|Gwent Valleys|Llanhilleth*|NP13
W|Gwent Valleys|Aberbeeg*|NP13 / W|Gwent Valleys|Waunlwyd*|NP23 / W|Gwent Valleys|Rassau*|NP23
W|Gwent Valleys|Sirhowy*|NP22 / W|Gwent Valleys|Garnlydan*|NP23 / W|Gwent Valleys|Trefil*|NP22
W|Gwent Valleys|Varteg*|NP4 / W|Gwent Valleys|Garndiffaith*|NP4 / W|Gwent Valleys|Talywain*|NP4
W|Gŵyr|Llangennith*|SA3 / W|Gŵyr|Knelston*|SA3 / W|Gŵyr|Oxwich*|SA3 / W|Gŵyr|Penmaen*|SA3
W|Gŵyr|Parkmill*|SA3 / W|Gŵyr|Ilston*|SA2 / W|Gŵyr|Three Crosses*|SA4 / W|Gŵyr|Crofty*|SA4
W|Gŵyr|Llanrhidian*|SA3 / W|Vale of Glam.|Llysworney*|CF71 / W|Vale of Glam.|Llanmaes*|CF61
W|Vale of Glam.|Boverton*|CF61 / W|Vale of Glam.|Aberthin*|CF71 / W|Vale of Glam.|Ystradowen*|CF71
W|Vale of Glam.|Peterston-super-Ely*|CF5 / W|Vale of Glam.|Wenvoe*|CF5
W|Vale of Glam.|Bonvilston*|CF5 / W|Vale of Glam.|Llancarfan*|CF62 / W|Vale of Glam.|Penmark*|CF62
W|Vale of Glam.|Marcross*|CF61 / W|Vale of Glam.|Monknash*|CF71 / W|Vale of Glam.|Colwinston*|CF71
W|Mon.|Llandenny*|NP15 / W|Mon.|Trellech*|NP25 / W|Mon.|Devauden*|NP16 / W|Mon.|Shirenewton*|NP16
W|Mon.|Mathern*|NP16 / W|Mon.|Portskewett*|NP26 / W|Mon.|Rogiet*|NP26 / W|Mon.|Undy*|NP26
W|Mon.|Llanfoist*|NP7 / W|Mon.|Gilwern*|NP7 / W|Mon.|Govilon*|NP7 / W|Mon.|Llanellen*|NP7
W|Mon.|Skenfrith*|NP7 / W|Mon.|Grosmont*|NP7 / W|Mon.|Llanvetherine*|NP7
W|Sir Ynys Môn|Bodffordd*|LL77 / W|Sir Ynys Môn|Llanddaniel Fab*|LL60
W|Sir Ynys Môn|Llangaffo*|LL60 / W|Sir Ynys Môn|Dwyran*|LL61 / W|Sir Ynys Môn|Malltraeth*|LL62
W|Sir Ynys Môn|Llanfechell*|LL68 / W|Sir Ynys Môn|Llanfairynghornwy*|LL65
W|Sir Ynys Môn|Llanrhuddlad*|LL65 / W|Sir Ynys Môn|Penysarn*|LL69 / W|Sir Ynys Môn|Dulas*|LL70
W|Sir Ynys Môn|Brynteg*|LL78 / W|Sir Ynys Môn|Llanbedrgoch*|LL76 / W|Sir Ynys Môn|Tyn-y-gongl*|LL74
W|Sir Ynys Môn|Llangoed*|LL58 / W|Sir Ynys Môn|Llanddona*|LL58 / N|Antrim|Ballyvoy*|BT54
N|Antrim|Mosside*|BT53 / N|Antrim|Bendooragh*|BT53 / N|Antrim|Finvoy*|BT53
N|Antrim|Glenbush*|BT53 / N|Antrim|Corkey*|BT44 / N|Antrim|Loughgiel*|BT44
N|Antrim|Newtown-Crommelin*|BT43 / N|Antrim|Ballygally*|BT40 / N|Antrim|Magheramorne*|BT40
N|Antrim|Ballystrudder*|BT40 / N|Antrim|Ballycarry*|BT38 / N|Antrim|Dunadry*|BT41
N|Antrim|Killead*|BT41 / N|Antrim|Maghaberry*|BT67 / N|Antrim|Upper Ballinderry*|BT28
N||Moortown*|BT80 / N||Castlecaulfield*|BT70 / N||Eskra*|BT78 / N||Cranagh*|BT79
N||Greencastle*|BT79 / N||Rouskey*|BT79 / N||Mountfield*|BT79 / N||Loughmacrory*|BT79
N||Dunamore*|BT80 / N||Carrowdore*|BT22 / N||Ardkeen*|BT22 / N||Kilclief*|BT30 / N||Tyrella*|BT30
N||Drumaness*|BT24 / N||Leitrim*|BT31 / N||Ballyroney*|BT32 / N||Katesbridge*|BT32
N||Burren*|BT34 / N||Ballyholland*|BT34 / N||Killowen*|BT34 / N|Co. L'derry|Kilrea Road End*|BT51
N|Co. L'derry|Culnady*|BT46 / N|Co. L'derry|Gulladuff*|BT45 / N|Co. L'derry|Banagher*|BT47
"""
_STREETS = {
    "E": "Saggar Makers Lane, Bottle Oven Close, Kiln Bank Road, Marl Pit Lane, Slip House Row, "
    "Placers Walk, Throwers Close, Glaze Mill Lane, Flint Mill Row, Chainmakers Row, Anvil "
    "Yard, Puddlers Way, Forge Hammer Lane, Cut End Road, Lockside Terrace, Tub Boat Lane, "
    "Washway Road, Sea Bank Road, Fen Dyke Lane, Roman Bank, Eaudyke Road, Gote Lane, "
    "Marsh Drove, Tulip Fields Way, Bulb Growers Lane, Pele Tower Lane, Reivers Way, Bastle "
    "Close, Haugh Lane, Lonnen End, Sheep Wash Lane, Shieling Road, Wherry Close, Staithe "
    "Road, Reed Cutters Way, Dyke Drove, Withy Drove, Willow Peelers Lane, Peat Moor Road, "
    "Cider Orchard Way, Chine Road, Press Gang Lane, Undercliff Walk, Red Squirrel Way, "
    "Mardle Close, Hollowgate Lane, Tudor Forge Road",
    "S": "Coal Wynd, Nethergate Wynd, Excise Wynd, Pan Ha', Haddie Wynd, Smokehouse "
    "Brae, Fisher Row Close, Coopers Close, Netmenders Wynd, Salt Girnal Close, Burgh Muir "
    "Road, Doocot Brae, Bleachgreen Road, Feuars Road, Sneddon Street, Horsemarket Wynd, "
    "Lint Mill Road, Kilnknowe Brae, Hallgreen Road, Distillery Brae, Hangmans Brae, Laird's "
    "Wynd, Bairds Close, Maltings Wynd, Souter Loan",
    "W": "Heol y Glo, Stryd y Pwll, Rhes y Ffwrnais, Heol y Dramffordd, Teras y Capel Mawr, "
    "Stryd Hywel, Lôn Ceiliog, Ffordd y Goedwig, Heol y Fferm, Teras Tŷ Newydd, Rhodfa'r "
    "Eglwys, Stryd Ebeneser, Heol Siloh, Teras Soar, Stryd Bethania, Heol Sardis, Tramroad "
    "Terrace, Incline Row, Colliers Terrace, Balance Pond Road, Pit Pony Lane, Tip Road",
    "N": "Carnanee Road, Drumnaquoile Road, Ballyhornan Road, Tullykevin Lane, Corbally Lane, "
    "Drumlough Road, Magherahamlet Road, Ballynoe Road, Killough Road, Slievenaboley Road, "
    "Clontigora Road, Tamnaharry Road, Drumgath Road, Glenloughan Road, Carrickrovaddy Road, "
    "Lisnacree Road, Ballintur Road, Mullartown Road, Tullyhappy Road, Crossnacreevy Lane",
}
_HOUSE_NAMES = {
    "E": "Saggar House, Bottle Kiln Cottage, Fen Edge, Dykeside Farm, Pele Cottage, Reivers "
    "Rest, Marsh Wardens Cottage, The Old Pumping Station, Chainmakers Cottage, Glaze House, "
    "Wherry Cottage, Staithe House, Chine Cottage, Drove End Farm",
    "S": "Haddie Cottage, Girnal House, Doocot Cottage, Souter House, Bleachgreen Cottage, "
    "Feuars Lodge, Smiddy Croft, Lintmill House",
    "W": "Tŷ Capel Soar, Bryn Glo, Tŷ Pwll, Gwaun Ffwrnais, Llys Ebeneser, Bwthyn Siloh, "
    "Tŷ'r Dramffordd, Hafod y Pwll",
    "N": "Carnanee House, Drumnaquoile Farm, Tamnaharry Cottage, Clontigora Lodge, Ballynoe "
    "House, Lisnacree Farm, Mullartown Cottage",
}
_CULTURE_WEIGHTS = {
    "georgian": 5,
    "armenian": 5,
    "congolese": 6,
    "amazigh": 5,
    "burmese": 4,
    "pacific": 4,
    "hungarian": 5,
    "czech": 5,
    "bosnian": 5,
    "krio": 5,
    "brazilian": 6,
    "vietnamese": 6,
    "ulster": 6,
    "doric": 5,
    "black_country": 7,
    "welsh": 5,
}
_REGION_WEIGHTS = {"E": 50, "S": 19, "W": 19, "N": 12}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Stafford Borough Council|Development Management - Planning Representations|Civic Centre, Riverside;Stafford;ST16 3AQ|0808 157 0961|planning.comments@staffordbc.gov.uk
HM Coroner for Northumberland|Coroner's Office - Inquests|County Hall;Morpeth;NE61 2EF|0808 157 0962|coroners.office@northumberland.gov.uk
Sandwell Metropolitan Borough Council|Housing - Tenancy Succession and Assignment|Sandwell Council House, Freeth Street;Oldbury;B69 3DE|0808 157 0963|tenancy.succession@sandwell.gov.uk
North Lincolnshire Council|Children's MASH - Strategy Meetings|Church Square House, 30-40 High Street;Scunthorpe;DN15 6NL|0808 157 0964|mash.strategy@northlincs.gov.uk
London Borough of Lewisham|Parking Services - PCN Challenges|Laurence House, 1 Catford Road;London;SE6 4RU|0808 157 0965|parking.challenges@lewisham.gov.uk
Department for Work and Pensions|Bereavement Service - Funeral Expenses Payments|Mail Handling Site A;Wolverhampton;WV98 2BP|0808 157 0966|funeral.payments@dwp.gov.uk
Department for Work and Pensions|Access to Work - Operational Support Unit|Mail Handling Site B;Wolverhampton;WV99 1AH|0808 157 0967|accesstowork.osu@dwp.gov.uk
Stoke-on-Trent City Council|Welfare Rights Service|Floor 2, Civic Centre, Glebe Street;Stoke-on-Trent;ST4 1HH|0808 157 0968|welfare.rights@stoke.gov.uk
Worcestershire County Council|Adult Social Care - Financial Assessments|County Hall, Spetchley Road;Worcester;WR5 2NP|0808 157 0969|financial.assessments@worcestershire.gov.uk
Isle of Wight Council|Customer Services - Social Media Team|County Hall, High Street;Newport;PO30 1UD|0808 157 0970|socialmedia@iow.gov.uk
Aberdeenshire Council|Adult Social Work - Duty and Referrals|Woodhill House, Westburn Road;Aberdeen;AB16 5GB|0808 157 0971|asw.duty@aberdeenshire.gov.uk
Cyngor Sir Ynys Môn / Isle of Anglesey County Council|Cardiau Teithio Rhatach / Concessionary Travel|Swyddfeydd y Cyngor;Llangefni;LL77 7TW|0808 157 0972|teithio.travel@ynysmon.llyw.cymru
Choice Housing Ireland|Legal Services - Antisocial Behaviour Injunctions|Leslie Morrell House, 37-41 May Street;Belfast;BT1 4DN|0808 157 0973|legal.asb@choice-housing.org
Falkirk Council|Licensing - Taxi and Private Hire|Municipal Buildings, West Bridge Street;Falkirk;FK1 5RS|0808 157 0974|licensing.taxi@falkirk.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_FUNERAL_DIRECTORS = """
Hingley & Daughters Funeral Directors|41 Halesowen Road;Netherton;DY2 9PY|0121 496 0811|arrangements@hingleyfunerals.co.uk
Co-operative Funeralcare Alnwick|12 Clayport Street;Alnwick;NE66 1LA|0191 498 0812|alnwick.funeralcare@coopfunerals.example.co.uk
"""
_EMPLOYERS = """
Tromans Precision Castings Ltd|Unit 7, Cable Street;Wolverhampton;WV2 2HX|0121 496 0821|hr@tromanscastings.co.uk
Wolds Veterinary Group|The Surgery, Cornmarket;Louth;LN11 9QD|0115 496 0822|practice.manager@woldsvets.co.uk
"""
_CARE_HOMES = """
Severn Meadows Care Home|Longden Road;Shrewsbury;SY3 9EB|0118 496 0831|manager@severnmeadows.co.uk
The Laurels Residential Home|2 Church Street;Bishop's Castle;SY9 5AA|0118 496 0832|office@laurelsbc.co.uk
"""
_SURGERIES = """
Deveron Medical Group|Castle Street;Banff;AB45 1DQ|01632 960841|grampian.deveronmg@nhs.scot
Ythan Valley Practice|Bridge Street;Ellon;AB41 9AA|01632 960842|ythanvalley.practice@nhs.scot
"""
_SOLICITORS = """
McConkey Dorrian Solicitors|19 Church Street;Ballymena;BT43 6DD|028 9649 6851|housing@mcconkeydorrian.co.uk
Glens Community Law Centre|3 Mill Street;Cushendall;BT44 0RR|028 9649 6852|advice@glenslawcentre.org.uk
"""
_TAXI_OPERATORS = """
Bairns Taxis (Falkirk) Ltd|14 Vicar Street;Falkirk;FK1 1LL|0131 496 0861|bookings@bairnstaxis.co.uk
Carse Private Hire|Unit 2, Abbots Road;Grangemouth;FK3 9JB|0131 496 0862|office@carseprivatehire.co.uk
"""
# Hospitals, schools and courts: names only, never contact details
_HOSPITALS = [
    "Northumbria Specialist Emergency Care Hospital",
    "Wansbeck General Hospital",
    "Hexham General Hospital",
    "Berwick Infirmary",
]
_SCHOOLS = [
    "Grange Park Primary",
    "St Bede's Catholic Academy",
    "Brumby Junior School",
    "Outwood Academy Foxhills",
]
_COURTS = ["Antrim", "Ballymena", "Coleraine", "Newtownards"]
_EMAIL_DOMAINS = [
    "btinternet.com",
    "sky.com",
    "icloud.com",
    "protonmail.com",
    "virginmedia.com",
    "talktalk.net",
    "ntlworld.com",
    "mail.com",
    "gmx.co.uk",
    "btopenworld.com",
    "me.com",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0115 496 0",
    "0118 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
    "0161 496 0",
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
FUNERAL_DIRECTORS = third_parties(_FUNERAL_DIRECTORS)
EMPLOYERS = third_parties(_EMPLOYERS)
CARE_HOMES = third_parties(_CARE_HOMES)
SURGERIES = third_parties(_SURGERIES)
SOLICITORS = third_parties(_SOLICITORS)
TAXI_OPERATORS = third_parties(_TAXI_OPERATORS)


SURNAME_PAIRS = gendered_surname_pairs(
    SURNAMES, lambda n: (n + "ová", n[:-1] + "ová", n[:-1] + "á", n[:-2] + "ková", n[:-2] + "cová")
)


class V(Values):
    """Value generators for one row, on this family's tables, plus the unlabelled look-alikes
    particular to it (vehicle registrations, planning references)."""

    tables = TABLES
    surname_pairs = SURNAME_PAIRS
    former_name_culture = "black_country"

    def vrm(self) -> str:
        """A current-style vehicle registration (two letters, two digits, three letters)."""
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        return (
            "".join(self.rng.choices(letters, k=2))
            + f"{self.rng.choice([17, 19, 21, 22, 23, 24, 25, 67, 69, 71, 72, 73, 74]):02d} "
            + "".join(self.rng.choices(letters, k=3))
        )

    def planning_ref(self) -> str:
        return f"{TODAY:%y}/{self.rng.randint(100, 2999):05d}/{self.rng.choice(['FUL', 'HOU'])}"


# --------------------------------------------------------------------------- helpers
def _partner(v: V, p: Person) -> Person:
    return v.kin(p, gender="m" if p.gender == "f" else "f")


def _number_and_street(a: Address, region: str = "E") -> tuple[int | None, str]:
    """The house number and street of an address's last street line ("12 Roman Bank"), or no
    number and a street of the region when the line is a house name or a flat."""
    m = re.fullmatch(r"(\d+) (.+)", a.street_lines[-1])
    if m:
        return int(m[1]), m[2]
    return None, _street_for(region, a)


def _street_for(region: str, a: Address) -> str:
    """A street of the region chosen from the address itself (stable for one address)."""
    streets = STREETS[region]
    return streets[sum(map(ord, a.postcode)) % len(streets)]


# --------------------------------------------------------------------------- layouts
def planning_objection_email(doc: Doc3, v: V) -> None:
    """A neighbour's objection to a planning application e-mailed to the comments mailbox: the
    site address in the subject, the applicant named, ridge heights and distances in metres,
    the objector's signature block, and the council's automatic acknowledgement quoted below
    with "> " (the objector's name and address repeated inside it); the application reference
    and comment id stay readable."""
    rng = v.rng
    org = v.org("Planning")
    p, home = v.person(born=(1940, 2000)), v.address(region="E")
    applicant = v.person()
    ref = v.planning_ref()
    number, street = _number_and_street(home)
    doc.add("From: ").nm(p, rng.choice(["full", "caps"])).add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(">\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: OBJECTION {ref} - ")
    if number:  # the site is a few doors along; a named house's site is the land beside it
        doc.ent("STREET_ADDRESS", f"{number + rng.choice([1, 2, 3])} {street}")
    else:
        doc.add("Land adjacent to ").ent("STREET_ADDRESS", home.street_lines[0])
    doc.add("\n\nDear Sir/Madam,\n\n")
    doc.add(f"I object to application {ref} by ")
    doc.nm(applicant, rng.choice(["title_full", "title_surname", "full"]))
    doc.add(
        f" for a two-storey rear extension. The plans show a ridge height of "
        f"{rng.randint(6, 9)}.{rng.randint(0, 9)}m only {rng.randint(1, 4)}.{rng.randint(0, 9)}m "
        "from my boundary; it would take the light from my kitchen and garden and overlook my "
        "daughter's bedroom.\n\n"
    )
    if rng.random() < 0.5:
        nb = v.person()
        doc.add("My neighbour ").nm(nb, rng.choice(["full", "title_surname"])).add(" at ")
        doc.ent("STREET_ADDRESS", f"{rng.randint(1, 99)} {street}")
        doc.add(" shares these concerns and will write separately.\n\n")
    doc.add("Please do not publish my e-mail address or phone number.\n\nRegards\n\n")
    doc.nm(p, "full").add("\n").addr_lines(home).add("Tel: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n\n")
    comment = v.ref(7)
    doc.add(f"On {v.when(-2, 0)} at {clock_time(rng)}, {org.mailbox} wrote:\n")
    doc.add(f"> Thank you for your comments on application {ref}. Comment ID {comment}.\n")
    doc.add("> Name: ").nm(p, rng.choice(["full", "surname_caps"])).add("\n> Address: ")
    doc.addr_inline(home, sep=", ").add("\n> Stance: Object\n")
    doc.add("> Comments are published without contact details. Queries: ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def coroner_inquest_letter(doc: Doc3, v: V) -> None:
    """A coroner's officer writes to the next of kin: the deceased's name, date of birth
    (labelled) and NHS number, date and place of death (readable), the coroner's and
    post-mortem references, the inquest opening time, the interested persons, and the funeral
    director's contacts (ORGANIZATION)."""
    rng = v.rng
    org, fd = v.org("Coroner"), rng.choice(FUNERAL_DIRECTORS)
    died = v.person(born=(1936, 2004))
    nok = v.kin(died, born=(1945, 2006)) if rng.random() < 0.7 else v.person()
    officer, pathologist = v.person(), v.person()
    death = TODAY - timedelta(rng.randint(5, 40))
    opening = TODAY + timedelta(rng.randint(7, 40))
    doc.block(org, mailbox=True).add(
        f"\nOur ref: {TODAY.year}/{rng.randint(1000, 9999)}\nPM no. PM{TODAY:%y}/"
        f"{rng.randint(1000, 9999)}\n\n"
    )
    doc.nm(nok, rng.choice(["title_full", "full"])).add("\n").addr_lines(v.address())
    doc.add(f"\n{v.when(-2, 0)}\n\nDear ").nm(nok, rng.choice(["title_surname", "first"]))
    doc.add(",\n\nRe: the late ").nm(died, rng.choice(["full", "middle", "caps"]))
    doc.add(", date of birth ").dob(died).add(", NHS number ").ident("UK_NHS", v.nhs())
    doc.add("\n\nI am sorry to write to you at this time. ").nm(died, "first").add(
        f" died on {death:%d/%m/%Y} at {rng.choice(_HOSPITALS)}. A post-mortem examination was "
        "carried out by Dr "
    )
    doc.nm(pathologist, rng.choice(["full", "surname"]))
    doc.add(" and the coroner has decided to open an inquest.\n\n")
    doc.add(f"Inquest opening: {opening:%A %d %B %Y} at {clock_time(rng, 9, 11)}, Court 2\n")
    doc.add("Last address: ").addr_inline(v.address(region="E")).add("\n\nInterested persons:\n")
    doc.add("  - ").nm(nok, "full").add(f" ({'next of kin'})\n")
    if rng.random() < 0.5:
        other = v.kin(died, born=(1950, 2006))
        phone = v.phone(True)  # the letter template breaks a long line inside it
        phone = split_line(rng, phone) if rng.random() < 0.3 else phone
        doc.add("  - ").nm(other, "full").add(", ").ent("PHONE_NUMBER", phone).add("\n")
    doc.add(f"\nThe body has been released to {fd.name}: ")
    third_party_contact(doc, fd)
    doc.add("\n\nYours sincerely\n\n").nm(officer, rng.choice(["full", "initial_dot"]))
    doc.add("\nCoroner's Officer, direct line ").ent("ORGANIZATION", org.phone).add(ext(rng))
    doc.add("\n")


def tenancy_succession_request(doc: Doc3, v: V) -> None:
    """A form asking to succeed to a council tenancy after the tenant died: the late tenant's
    name and date of birth, the applicant's name, date of birth and NI number, the household
    in a tab-separated list, evidence of residence; the rent account (10 digits, like an NHS
    number), the property reference and the tenancy start date stay readable."""
    rng = v.rng
    org = v.org("Succession")
    died = v.person(born=(1931, 1975))
    p = v.kin(died, born=(1960, 2004)) if rng.random() < 0.8 else _partner(v, died)
    home = v.address(region="E")
    doc.add(
        f"{org.name}\n{org.team}\nAPPLICATION TO SUCCEED TO A TENANCY\n\nRent account: "
        f"{rng.randint(1, 9)}{v.ref(9)}   Property ref: P{rng.randint(100000, 999999)}\n"
        f"Tenancy start: {(TODAY - timedelta(rng.randint(3000, 15000))):%d/%m/%Y}\n\n"
        "SECTION 1 - THE TENANT WHO DIED\nName: "
    )
    doc.nm(died, rng.choice(["full", "surname_caps", "title_full"])).add("\nDate of birth: ")
    doc.dob(died).add(f"\nDate of death: {(TODAY - timedelta(rng.randint(10, 90))):%d/%m/%Y}\n")
    doc.add("Address of the tenancy:\n").addr_lines(home, "  ")
    doc.add("\nSECTION 2 - YOU\nName: ").nm(p, rng.choice(["full", "caps"]))
    doc.add("\nDate of birth: ").dob(p).add("\nNational Insurance no: ").ident("UK_NINO", v.nino())
    rel = "spouse/civil partner" if p.last != died.last else relation_word(p, child=True)
    doc.add(f"\nRelationship to the tenant: {rel}\nLived at the property since: ")
    doc.add(f"{rng.choice(['January', 'April', 'June', 'September'])} {rng.randint(2005, 2024)}")
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nSECTION 3 - WHO ELSE LIVES THERE\n")
    doc.add("Name\tDate of birth\tRelationship\n")
    kids = v.relatives(p, rng.randint(0, 3), child=0.7)
    for c in kids:
        doc.nm(c, rng.choice(["full", "first"])).add("\t").dob(c)
        doc.add(f"\t{relation_word(c, child=True)}\n")
    if not kids:
        doc.add("(nobody else)\n")
    doc.add("\nSECTION 4 - EVIDENCE\n[x] council tax bill in my name\n[x] GP registration letter\n")
    if rng.random() < 0.5:
        doc.add("[x] photo ID: passport ").ident("UK_PASSPORT", v.passport()).add("\n")
    else:
        doc.add("[ ] photo ID\n")
    doc.add("[ ] bank statements\n\nDeclaration signed: ")
    doc.nm(p, rng.choice(["initial", "full"])).add(f"   {v.when(-5, 0)}\nReturn to ")
    doc.ent("ORGANIZATION", org.mailbox).add(" - tenancy line ").ent("ORGANIZATION", org.phone)
    doc.add("\n")


def safeguarding_strategy_minutes(doc: Doc3, v: V) -> None:
    """Minutes of a section 47 strategy meeting: the attendees' table (names, agencies), the
    child's name, date of birth, NHS number and address, both parents with dates of birth, the
    discussion by first name, and actions; the case-management id, the police occurrence number
    and the meeting's time range stay readable."""
    rng = v.rng
    org = v.org("MASH")
    child = v.person(child=True)
    mother = v.kin(child, gender="f", born=(1975, 2004))
    father = v.person(child.culture, "m", born=(1970, 2002))
    home = v.address(region="E")
    start = rng.randint(9, 15)
    doc.add(
        f"OFFICIAL-SENSITIVE\n{org.name} - {org.team}\nSTRATEGY MEETING (s47 Children Act 1989)"
        f"\nDate: {v.when(-3, 0)}   Time: {start:02d}:00-{start + 1:02d}:{rng.randint(10, 50)}"
        f"\nMosaic ID: {v.ref(7)}   Police occurrence: {TODAY:%y}{v.ref(9)}\n\n"
        f"{'Name':<28}{'Agency':<26}Role\n"
    )
    staff = [
        ("Children's Social Care", "Chair / Team Manager"),
        ("Children's Social Care", "Social Worker"),
        ("Humberside Police", "DC, Child Protection"),
        ("0-19 Health Service", "Health Visitor"),
        (rng.choice(_SCHOOLS), "Designated Safeguarding Lead"),
    ]
    present = [v.person() for _ in range(rng.randint(3, 5))]
    for s, (agency, role) in zip(present, staff):
        written = s.full if rng.random() < 0.7 else f"{s.first[0]}. {s.last}"
        doc.ent("PERSON", written).add(" " * max(2, 28 - len(written)))
        doc.add(f"{agency:<26}{role}\n")
    doc.add("\nCHILD\nName: ").nm(child, rng.choice(["full", "surname_caps"])).add("   DOB: ")
    doc.dob(child).add("   NHS: ").ident("UK_NHS", v.nhs()).add("\nAddress: ").addr_inline(home)
    doc.add("\n\nPARENTS\nMother: ").nm(mother, "full").add(", DOB ").dob(mother).add(", ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\nFather: ").nm(father, "full").add(", DOB ")
    doc.dob(father)
    if rng.random() < 0.6:
        doc.add(", lives apart at ").addr_inline(v.address())
    doc.add("\n\nDISCUSSION\n").nm(child, "first").add(
        f" told {pron(child)[1]} teacher there was shouting at home and a bruise was seen on "
        f"{'her' if child.gender == 'f' else 'his'} arm. Ms "
    )
    doc.nm(mother, "surname").add(" says it happened at football. Police hold two call-outs.\n")
    doc.add("\nDECISION: threshold met - s47 enquiry, joint visit.\nACTIONS\n1. ")
    doc.nm(present[1], rng.choice(["full", "first"]))
    doc.add(f" to visit and see the child alone by {v.when(1, 3)}\n2. Police to check PNC\n")
    doc.add("Minutes to ").ent("ORGANIZATION", org.mailbox).add(", MASH line ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def pcn_challenge_keeper(doc: Doc3, v: V) -> None:
    """An online challenge to a penalty charge notice exported as label/value lines: the
    registered keeper's name, address, phone and e-mail, the driver named with a driving
    licence number (written plainly), the grounds in the keeper's own capitals; the PCN
    number, vehicle registration, V5C document reference and the charge stay readable."""
    rng = v.rng
    org = v.org("Parking")
    p, home = v.person(born=(1950, 2004)), v.address(region="E")
    doc.add(
        f"{org.name} - {org.team}\nONLINE CHALLENGE - SUBMITTED {v.when(-3, 0)} "
        f"{clock_time(rng, 0, 23)}\n\nPCN number: {rng.choice(['LW', 'LB'])}{v.ref(8)}\n"
        f"Vehicle registration: {v.vrm()}\nContravention: code {rng.choice(['12', '16', '30'])}"
        f" - £{rng.choice([80, 110, 130])}.00\nV5C document reference: {v.ref(11)}\n\n"
        "Keeper title: "
    )
    doc.add(f"{p.title}\nKeeper first name: ").ent("PERSON", p.first)
    doc.add("\nKeeper surname: ").ent("PERSON", p.last).add("\nAddress line 1: ")
    doc.ent("STREET_ADDRESS", home.street(", ")).add("\n")
    if home.district:
        doc.add("Address line 2: ").ent("LOCATION", home.district).add("\n")
    doc.add("Town: ").ent("LOCATION", home.town).add("\nPostcode: ").ent(
        "UK_POSTCODE", home.postcode
    )
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p)).add("\nPhone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n\nWere you the driver? ")
    if rng.random() < 0.55:
        d = _partner(v, p) if rng.random() < 0.6 else v.person()
        doc.add("No\nDriver name: ").nm(d, rng.choice(["full", "caps"])).add("\nDriver address: ")
        doc.addr_inline(v.address()).add("\nDriver licence number: ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(d)).add("\n")
    else:
        doc.add("Yes\nDriver licence number: ").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("\nGrounds:\n")
    doc.upper = rng.random() < 0.5
    doc.add("I WAS LOADING SHOPPING FOR MY DISABLED MOTHER ")
    mum = v.kin(p, gender="f", born=(1931, 1960))
    doc.nm(mum, "full").add(" WHO LIVES AT ").ent("STREET_ADDRESS", _nearby_door(v))
    doc.add(". THE WARDEN SAW ME CARRYING BAGS. PLEASE CANCEL.\n")
    doc.upper = False
    doc.add(f"\nChallenge ref: CH{v.ref(7)}\nAcknowledged by ").ent("ORGANIZATION", org.mailbox)
    doc.add(" - parking line ").ent("ORGANIZATION", org.phone).add("\n")


def _nearby_door(v: V) -> str:
    """A house number and street for a relative living nearby."""
    return f"{v.rng.randint(1, 120)} {v.rng.choice(STREETS['E'])}"


def funeral_expenses_claim(doc: Doc3, v: V) -> None:
    """A Funeral Expenses Payment claim as a numbered question-and-answer export: the claimant
    (name, date of birth, NI number, address, phone), the person who died (name, date of birth
    labelled, date of death readable, last address), the funeral director's contacts
    (ORGANIZATION), the costs and invoice number (readable) and the claimant's bank details."""
    rng = v.rng
    org, fd = v.org("Funeral"), rng.choice(FUNERAL_DIRECTORS)
    died = v.person(born=(1931, 1990))
    p = v.kin(died, born=(1950, 2004)) if rng.random() < 0.75 else _partner(v, died)
    doc.add(f"{org.team}\nFUNERAL EXPENSES PAYMENT - CLAIM (SF200)\nReceived: {v.when(-6, 0)}\n\n")
    doc.add("Q1 Your full name\n    ").nm(p, rng.choice(["full", "caps", "middle"]))
    doc.add("\nQ2 Your date of birth\n    ").dob(p).add("\nQ3 Your National Insurance number\n    ")
    doc.ident("UK_NINO", v.nino()).add("\nQ4 Your address\n").addr_lines(v.address(), "    ")
    doc.add("Q5 Daytime phone\n    ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nQ6 Benefit you get\n    ")
    doc.add(
        rng.choice(["Universal Credit", "Pension Credit", "Housing Benefit", "income-based JSA"])
    )
    doc.add("\nQ7 Name of the person who died\n    ").nm(died, rng.choice(["full", "surname_caps"]))
    doc.add("\nQ8 Their date of birth\n    ").dob(died)
    doc.add(f"\nQ9 Date of death\n    {(TODAY - timedelta(rng.randint(8, 60))):%d/%m/%Y}")
    doc.add("\nQ10 Their last address\n    ").addr_inline(v.address())
    rel = "partner" if p.last != died.last else rng.choice(["son/daughter", "sibling", "parent"])
    doc.add(f"\nQ11 Your relationship to them\n    {rel}\nQ12 Funeral director\n    {fd.name}, ")
    third_party_contact(doc, fd)
    total = 0
    doc.add(f"\n    Invoice no: FD{rng.randint(10000, 99999)}\n")
    for item in ["Cremation fee", "Doctor's certificate", "Coffin and service", "Flowers"]:
        cost = rng.randint(90, 1900)
        total += cost
        doc.add(f"    {item:<24}£{cost:,}.00\n")
    doc.add(f"    {'Total':<24}£{total:,}.00\nQ13 Pay the money to\n    ")
    if rng.random() < 0.5:
        doc.add("the funeral director directly\n")
    else:
        doc.add("my account - sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(", account no ").ident("UK_BANK_ACCOUNT", v.account()).add(", name ")
        doc.nm(p, rng.choice(["bank", "bank2"])).add("\n")
    doc.add("Queries: ").ent("ORGANIZATION", org.phone).add(" / ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def access_to_work_award_letter(doc: Doc3, v: V) -> None:
    """An Access to Work grant letter to an employee: the employee's address on several lines,
    NI number, the employer's contact person and contacts (ORGANIZATION), the support worker
    named, a pipe table of support and amounts; the Access to Work reference, the award period
    and hourly rates stay readable."""
    rng = v.rng
    org, emp = v.org("Access to Work"), rng.choice(EMPLOYERS)
    p = v.person(born=(1960, 2006))
    manager, worker = v.person(), v.person()
    start = TODAY + timedelta(rng.randint(1, 20))
    doc.block(org, mailbox=True).add("\n")
    doc.nm(p, rng.choice(["title_full", "full"])).add("\n")
    doc.addr_lines(v.address(region=rng.choice("EESW")))  # Northern Ireland has its own scheme
    doc.add(
        f"\n{v.when(-3, 0)}\n\nAccess to Work reference: A2W{v.ref(7)}\nYour National "
        "Insurance number: "
    )
    doc.ident("UK_NINO", v.nino()).add("\n\nDear ").nm(p, rng.choice(["title_surname", "first"]))
    doc.add(
        f",\n\nYOUR ACCESS TO WORK GRANT\n\nWe have agreed a grant to help you in your job "
        f"at {emp.name}. It runs from {start:%d/%m/%Y} to "
        f"{start + timedelta(days=3 * 365 - 1):%d/%m/%Y}.\n\n"
        "| Support | Provider | Grant |\n|---|---|---|\n"
    )
    doc.add(f"| Support worker, {rng.randint(6, 20)} hours a week | ")
    doc.nm(worker, rng.choice(["full", "initial"]))
    doc.add(f" | up to £{rng.randint(14, 32)}.{rng.choice(['00', '50'])} an hour |\n")
    doc.add(f"| Specialist chair and software | {emp.name} | £{rng.randint(400, 2400):,}.00 |\n")
    doc.add(f"| Travel to work (taxi) | any licensed firm | £{rng.randint(40, 160)}.00 a week |\n")
    doc.add("\nYour employer contact is ").nm(manager, rng.choice(["full", "title_full"]))
    doc.add(": ")
    third_party_contact(doc, emp)
    doc.add(".\n\nSend claims within 9 months. If your circumstances change, e-mail ")
    doc.ent("ORGANIZATION", org.mailbox).add(" or call ").ent("ORGANIZATION", org.phone)
    doc.add(".\n\nAccess to Work Adviser\n").nm(v.person(), rng.choice(["full", "first"]))
    doc.add("\n")


def tax_credits_notice_quoted(doc: Doc3, v: V) -> None:
    """A claimant forwards an HMRC tax credits award notice to a welfare rights adviser, typed
    in lower case above the notice, which is quoted line by line with "> ": both partners'
    names and NI numbers, the children's names and dates of birth, the bank account payments go
    to; the claim reference, award period and household income stay readable."""
    rng = v.rng
    org = v.org("Welfare Rights")
    p, home = v.person(born=(1970, 2000)), v.address(region="E")
    q = _partner(v, p) if rng.random() < 0.6 else None
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: tax credits letter\n\n")
    doc.lower = True
    doc.add("hi its ").nm(p, rng.choice(["first", "full"]))
    doc.add(" again, i rang ").ent("ORGANIZATION", org.phone)
    doc.add(" and you said to send the letter, its below. they say i owe them. my number is ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" ta\n\n")
    doc.lower = False
    doc.add(f"> HM Revenue & Customs\n> Tax Credit Office\n> TC602(SN)   {v.when(-20, -5)}\n>\n> ")
    doc.nm(p, rng.choice(["title_full", "caps"])).add("\n")
    for line in [home.street(", ")]:
        doc.add("> ").ent("STREET_ADDRESS", line).add("\n")
    for loc in home.locations:
        doc.add("> ").ent("LOCATION", loc).add("\n")
    doc.add("> ").ent("UK_POSTCODE", home.postcode).add("\n>\n")
    doc.add(
        f"> Claim reference: {v.ref(2)} {v.ref(4)} {v.ref(4)}\n> Award period: "
        f"06/04/{TODAY.year - 1} to 05/04/{TODAY.year}\n>\n> People in your claim\n> "
    )
    doc.nm(p, "full").add("   NI number ").ident("UK_NINO", v.nino()).add("\n")
    if q:
        doc.add("> ").nm(q, "full").add("   NI number ").ident("UK_NINO", v.nino()).add("\n")
    doc.add(">\n> Children\n")
    for c in v.relatives(p, rng.randint(1, 3)):
        doc.add("> ").nm(c, "full").add("   born ").dob(c).add("\n")
    doc.add(
        f">\n> Household income used: £{rng.randint(9, 29)},{rng.randint(100, 999)}\n"
        f"> Overpayment: £{v.money(120, 2400)}\n>\n> We pay into: sort code "
    )
    doc.ident("UK_SORT_CODE", v.sort_code()).add("  account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add("\n>\n> Tax credits helpline ").ent("ORGANIZATION", "0161 496 0871").add("\n")


def care_home_fee_assessment(doc: Doc3, v: V) -> None:
    """A residential care financial assessment summary: the resident's name, date of birth,
    NHS and NI numbers, former home (a 12-week property disregard), the care home's contacts
    (ORGANIZATION), a fixed-width table of bank accounts (sort codes and account numbers
    labelled; balances readable), the attorney; the LPA reference and weekly charges readable."""
    rng = v.rng
    org, home = v.org("Financial Assessments"), rng.choice(CARE_HOMES)
    p = v.person(born=(1931, 1950))
    attorney = v.kin(p, born=(1955, 1985)) if rng.random() < 0.7 else v.person()
    officer = v.person()
    doc.add(
        f"{org.name} - {org.team}\nFINANCIAL ASSESSMENT - RESIDENTIAL CARE\nAssessment no: "
        f"FA{v.ref(6)}   Completed: {v.when(-10, 0)}\n\nResident: "
    )
    doc.nm(p, rng.choice(["title_full", "surname_caps", "full"])).add("\nDOB: ").dob(p)
    doc.add("   NHS no: ").ident("UK_NHS", v.nhs()).add("   NI no: ").ident("UK_NINO", v.nino())
    doc.add(f"\nCare home: {home.name}, ")
    third_party_contact(doc, home)
    doc.add("\nFormer home (12-week disregard applies): ").addr_inline(v.address())
    doc.add(f"\n\n{'Account':<24}{'Sort code':<12}{'Number':<14}Balance\n")
    for bank in rng.sample(
        [
            "Nationwide FlexDirect",
            "Lloyds Classic",
            "Post Office Card",
            "Yorkshire BS saver",
            "Halifax ISA",
        ],
        rng.randint(1, 3),
    ):
        sc, acc = v.sort_code(), v.account()
        doc.add(f"{bank:<24}").ident("UK_SORT_CODE", sc).add(" " * max(2, 12 - len(sc[0])))
        doc.ident("UK_BANK_ACCOUNT", acc).add(" " * max(2, 14 - len(acc[0])))
        doc.add(f"£{rng.randint(100, 22000):,}.{rng.randint(0, 99):02d}\n")
    doc.add(
        f"\nWeekly income: State Pension £{v.money(170, 230)}, Attendance Allowance "
        f"£{v.money(70, 110)}\nAssessed weekly charge: £{v.money(180, 420)} per week\n\n"
        "Attorney (property and financial affairs): "
    )
    doc.nm(attorney, rng.choice(["full", "title_full"])).add(", ")
    doc.addr_inline(v.address()).add(", ").ent("PHONE_NUMBER", v.phone())
    doc.add(f"\nLPA ref: 7000-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}\n\nAssessor: ")
    doc.nm(officer, rng.choice(["full", "initial_dot"])).add(", ").ent("ORGANIZATION", org.phone)
    doc.add(ext(rng)).add(", ").ent("ORGANIZATION", org.mailbox).add("\n")


def facebook_page_inbox_copy(doc: Doc3, v: V) -> None:
    """A council social media officer pastes a Facebook page inbox conversation into a CRM
    case: the resident's display name and a neighbour's @handle (PERSON, the "@" outside), the
    resident's address, phone and e-mail typed in lower case, the officer's replies; message
    times, the bin round and the CRM case number stay readable."""
    rng = v.rng
    org = v.org("Social Media")
    p, home = v.person(), v.address(region="E")
    officer = v.person()
    nb = v.person()
    handle = _handle(nb)
    doc.add(f"CRM case CRM-{v.ref(7)} - {org.team}\nCopied from the page inbox {v.when(-1, 0)}\n\n")
    t = rng.randint(8, 19)
    doc.nm(p, rng.choice(["full", "full", "first"])).add(f" · {t:02d}:0{rng.randint(0, 9)}\n")
    doc.lower = True
    doc.add("hiya bins not been done again on our road 3rd week running!! ")
    doc.add("the round is ").add(f"r{rng.randint(10, 40)}")
    doc.add(" i think\n\n")
    doc.lower = False
    doc.add(f"{org.name} · {t:02d}:1{rng.randint(0, 9)}\nHi ").nm(p, "first").add(
        ", sorry to hear that. Can you send us your address and a contact number please? Or call "
    )
    doc.ent("ORGANIZATION", org.phone).add(" / email ").ent("ORGANIZATION", org.mailbox).add(" ^")
    doc.nm(officer, "first").add("\n\n")
    doc.nm(p, rng.choice(["full", "first"])).add(f" · {t:02d}:2{rng.randint(0, 9)}\n")
    doc.lower = rng.random() < 0.7
    doc.addr_inline(home).add("\n").ent("PHONE_NUMBER", v.phone(True)).add(" or email ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nmy neighbour @").ent("PERSON", handle)
    doc.add(" has the same problem\n\n")
    doc.lower = False
    doc.add(f"{org.name} · {t:02d}:3{rng.randint(0, 9)}\nThanks, logged with the waste team. ^")
    doc.nm(officer, "first").add("\n\nSeen by ").nm(p, "first").add("\n")


def _handle(p: Person) -> str:
    """A social-media handle made from a person's names ("kapinga.kanku", "zurab_bakradze91")."""
    f, s = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return f"{f}.{s}" if len(f + s) % 2 else f"{f}_{s}{p.dob.year % 100:02d}"


def ocr_fax_social_care_referral(doc: Doc3, v: V) -> None:
    """A GP practice's faxed referral to adult social work as OCR returns it: a fax header per
    page (the practice's number ORGANIZATION; page counter and job number readable), then the
    body hard-wrapped near a column, words hyphenated at the margin (values included) and
    character confusions in the unlabelled text: the patient's name, date of birth, NHS number,
    address and phone, the next of kin."""
    rng = v.rng
    org, gp = v.org("Adult Social Work"), rng.choice(SURGERIES)
    p = v.person(born=(1931, 1965))
    nok = v.kin(p, born=(1950, 1995)) if rng.random() < 0.6 else v.person()
    doctor = v.person()
    stamp = f"{(TODAY - timedelta(rng.randint(0, 3))):%d/%m/%Y} {clock_time(rng)}"
    job = rng.randint(1000, 9999)

    def header(page: int) -> None:
        doc.add(f"{stamp} FAX ").ent("ORGANIZATION", gp.phone)
        doc.add(f"  {gp.name.upper()}  P.00{page}/002  Job {job}\n")

    header(1)
    doc.add(f"TO: {org.team.upper()}  ").ent("ORGANIZATION", org.phone).add("  cc ")
    doc.ent("ORGANIZATION", org.mailbox).add("\n\n")
    doc.wrap, doc.noise, doc.hyphenate = rng.randint(56, 72), True, 0.35
    doc.column = 0
    doc.add("URGENT REFERRAL - request for a care needs assessment\n\nPatient: ")
    doc.nm(p, rng.choice(["full", "caps", "title_full"])).add("  DOB: ").dob(p)
    doc.add("  NHS No: ").ident("UK_NHS", v.nhs()).add("\nAddress: ")
    doc.addr_inline(v.address(region="S"))
    doc.add("\nTel: ").ent("PHONE_NUMBER", v.phone()).add(
        f"\n\nThis {age(p.dob)} year old lives alone and has had three falls in the last month, "
        "the last with a long lie on the kitchen floor overnight. Family visit twice a week but "
        "cannot manage personal care. Mobility poor; uses a frame indoors. Please assess for a "
        "package of care and a telecare pendant.\n\nNext of kin: "
    )
    kin = {"f": ["daughter", "niece", "sister"], "m": ["son", "nephew", "brother"]}[nok.gender]
    doc.nm(nok, rng.choice(["full", "title_full"])).add(" (")
    doc.add(rng.choice(kin) if nok.last == p.last else rng.choice(["neighbour", "friend"]))
    doc.add(") ").ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.wrap, doc.noise, doc.hyphenate = 0, False, 0.0
    doc.add("\n")
    header(2)
    doc.wrap, doc.noise, doc.hyphenate = rng.randint(56, 72), True, 0.35
    doc.column = 0
    doc.add(
        "Medication: amlodipine, bisoprolol, paracetamol as needed. Consent to the referral was "
        "given on the telephone.\n\nReferring GP: "
    )
    doc.add("Dr ").nm(doctor, rng.choice(["full", "initial_dot", "surname"]))
    doc.add(f", {gp.name}\n")
    doc.wrap, doc.noise, doc.hyphenate = 0, False, 0.0


def welsh_travel_pass_application(doc: Doc3, v: V) -> None:
    """A bilingual (Welsh first) concessionary travel pass application with "Welsh / English"
    captions: first name and surname in separate fields, the date of birth written the Welsh
    way, NI number, address on several lines, phone, e-mail, proof of age (passport or driving
    licence, written plainly) and a companion; the current card number stays readable."""
    rng = v.rng
    org = v.org("Teithio")
    p = v.person("welsh" if rng.random() < 0.4 else None, born=(1931, 1966))
    doc.add(
        f"{org.name}\n{org.team}\nCAIS AM GERDYN TEITHIO RHATACH / CONCESSIONARY TRAVEL PASS "
        f"APPLICATION\n\nRhif y cerdyn presennol / Current card no.: 633597 "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}\n\n"
        f"Teitl / Title: {p.title}\nEnw cyntaf / First name: "
    )
    doc.ent("PERSON", p.first).add("\nCyfenw / Surname: ").ent("PERSON", p.last)
    doc.add("\nDyddiad geni / Date of birth: ").dob(p, welsh=True)
    doc.add("\nRhif Yswiriant Gwladol / National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nCyfeiriad / Address:\n").addr_lines(v.address(region="W"), "    ")
    doc.add("Rhif ffôn / Telephone: ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.7:
        doc.add("\nE-bost / Email: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nPrawf oedran / Proof of age:\n")
    if rng.random() < 0.5:
        doc.add("[x] Pasbort / Passport  rhif / no. ").ident("UK_PASSPORT", v.passport())
    else:
        doc.add("[x] Trwydded yrru / Driving licence  rhif / no. ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add("\n")
    if rng.random() < 0.4:
        c = _partner(v, p) if rng.random() < 0.5 else v.person()
        doc.add("Cydymaith / Companion: ").nm(c, "full").add(", dyddiad geni / DOB ")
        doc.dob(c, welsh=True).add("\n")
    doc.add("\nLlofnod / Signature: ").nm(p, rng.choice(["initial", "full"]))
    doc.add(f"\nDyddiad / Date: {v.when(-5, 0, welsh=True)}\n\nYmholiadau / Enquiries: ")
    doc.ent("ORGANIZATION", org.phone).add(" / ").ent("ORGANIZATION", org.mailbox).add("\n")


def court_bundle_index(doc: Doc3, v: V) -> None:
    """The index to a trial bundle in an antisocial behaviour injunction: the defendant in
    capitals in the title and with a date of birth, the premises, a fixed-width table whose
    documents name witnesses (neighbours with their house and street only) and officers, the
    defendant's solicitors' contacts (ORGANIZATION); the civil bill number, tab numbers, document
    dates and page ranges stay readable."""
    rng = v.rng
    org, sol = v.org("Injunctions"), rng.choice(SOLICITORS)
    d, premises = v.person(born=(1960, 2006)), v.address(region="N")
    officer, neighbour = v.person(), v.person()
    doc.add(
        f"IN THE COUNTY COURT FOR THE DIVISION OF {rng.choice(_COURTS).upper()}\nCivil Bill No: "
        f"{TODAY.year}/{rng.randint(100000, 999999)}\n\nBETWEEN\n    {org.name.upper()}"
        "    Plaintiff\nand\n    "
    )
    doc.nm(d, "caps").add("    Defendant\n\nDefendant's date of birth: ").dob(d)
    doc.add("\nPremises: ").addr_inline(premises).add("\n\nINDEX TO TRIAL BUNDLE\n\n")
    doc.add(f"{'Tab':<5}{'Document':<58}{'Date':<12}Pages\n")
    page = 1
    rows: list[tuple[str, Person | None, str]] = [
        ("Civil bill and particulars of claim", None, ""),
        ("Witness statement of ", officer, " (Housing Officer)"),
        ("Witness statement of ", neighbour, ", neighbour at "),
        ("Incident log and diary sheets", None, ""),
        ("Letter from the Defendant's GP about ", d, ""),
        ("Tenancy agreement", None, ""),
    ]
    for tab, (before, who, after) in enumerate(rows, 1):
        doc.add(f"{tab:<5}{before}")
        written = 0
        if who is not None:
            value = who.first if who is d else rng.choice([who.full, f"{who.first[0]} {who.last}"])
            doc.ent("PERSON", value).add(after)
            written = len(value) + len(after)
            if after.endswith(" at "):
                door = f"{rng.randint(1, 140)} {_number_and_street(premises, 'N')[1]}"
                doc.ent("STREET_ADDRESS", door)
                written += len(door)
        pages = rng.randint(2, 14)
        doc.add(" " * max(2, 58 - len(before) - written))
        doc.add(f"{(TODAY - timedelta(rng.randint(20, 300))):%d.%m.%y}    {page}-{page + pages}\n")
        page += pages + 1
    doc.add(f"\nDefendant's solicitors: {sol.name}, ")
    third_party_contact(doc, sol)
    doc.add("\nBundle prepared by ").nm(v.person(), rng.choice(["full", "initial_dot"]))
    doc.add(", ").ent("ORGANIZATION", org.phone).add(", ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def taxi_driver_licence_renewal(doc: Doc3, v: V) -> None:
    """A private hire car driver's licence renewal: full and other names, date of birth, NI
    number, DVLA driving licence (written plainly), five years of addresses each with its dates,
    phone and e-mail, the operator's contacts (ORGANIZATION), the GP who did the medical; the
    badge number, DVLA check code, PVG scheme id and plate number stay readable."""
    rng = v.rng
    org, op = v.org("Taxi"), rng.choice(TAXI_OPERATORS)
    p = v.person(born=(1955, 2002))
    doc.add(
        f"{org.name} - {org.team}\nPRIVATE HIRE CAR DRIVER'S LICENCE - RENEWAL\n"
        f"Badge no: PH{rng.randint(1, 999):04d}   Expires: {v.when(5, 60)}\n\n1. Full name: "
    )
    doc.nm(p, rng.choice(["full", "caps", "middle"])).add("\n2. Other names used: ")
    if rng.random() < 0.4:
        doc.ent("PERSON", f"{p.first} {v.former_name(p)}").add(" (previous surname)")
    else:
        doc.add("none")
    doc.add("\n3. Date of birth: ").dob(p).add("\n4. NI number: ").ident("UK_NINO", v.nino())
    chars = "ABCDEFGHJKLMNPRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
    doc.add("\n5. DVLA licence no: ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(f"   Check code: {''.join(rng.choices(chars, k=8))}\n6. Addresses (last 5 years):\n")
    moved = TODAY.year - rng.randint(0, 6)
    doc.add(f"   {rng.randint(1, 12):02d}/{moved} - now: ").addr_inline(v.address(region="S"))
    doc.add("\n")
    if moved > TODAY.year - 5:
        doc.add(f"   {rng.randint(1, 12):02d}/{moved - rng.randint(2, 6)} - {moved}: ")
        doc.addr_inline(v.address()).add("\n")
    if rng.random() < 0.7:  # right to work checked for a licence (Immigration Act 2016)
        doc.add("   Right to work: passport no. ").ident("UK_PASSPORT", v.passport()).add("\n")
    else:
        doc.add("   Right to work: share code seen\n")
    doc.add("7. Phone: ").ent("PHONE_NUMBER", v.phone(True)).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p))
    doc.add(
        f"\n8. PVG scheme ID: {v.ref(4)} {v.ref(4)} {v.ref(4)} {v.ref(4)}\n9. Operator: {op.name}, "
    )
    third_party_contact(doc, op)
    doc.add(f"\n   Vehicle plate no. {rng.randint(1, 450)}\n10. Medical by ")
    doc.add("Dr ").nm(v.person(), rng.choice(["full", "surname"]))
    doc.add(f" on {v.when(-40, -2)}: fit (Group 2 standard)\n\nSigned: ")
    doc.nm(p, rng.choice(["initial", "full"])).add("\nReturn to ").ent("ORGANIZATION", org.mailbox)
    doc.add(", licensing counter ").ent("ORGANIZATION", org.phone).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    planning_objection_email,
    coroner_inquest_letter,
    tenancy_succession_request,
    safeguarding_strategy_minutes,
    pcn_challenge_keeper,
    funeral_expenses_claim,
    access_to_work_award_letter,
    tax_credits_notice_quoted,
    care_home_fee_assessment,
    facebook_page_inbox_copy,
    ocr_fax_social_care_referral,
    welsh_travel_pass_application,
    court_bundle_index,
    taxi_driver_licence_renewal,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT9 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT9.organisation_contacts
build_row = HELDOUT9.build_row
generate_heldout9 = HELDOUT9.generate
write_set = HELDOUT9.write_set
main = HELDOUT9.main


if __name__ == "__main__":
    main()
