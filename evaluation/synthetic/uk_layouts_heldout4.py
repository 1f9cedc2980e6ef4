# Over 500 lines: one blind family written in one go (tables, values, layouts); to split like uk_layouts/.
"""heldout4: a fourth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall on layouts and values nobody has tuned on; it is for
REPORTING ONLY (tuning on it would spend it).

``generate_heldout4(n, seed)`` returns rows ``{"id": "uklayout-heldout4-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout4",
"layout"}``. Row i depends only on (seed, i); the 15 layouts are used in turn.
Write the set with ``python -m evaluation.synthetic.uk_layouts_heldout4 -o var/eval/pii_uk_layouts_heldout4.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout4.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

Its row machinery (value generators, the ``Doc3`` span builder, row ids, CLI) is heldout3's,
shared through evaluation/synthetic/uk_layouts_shared.py; the ``Person``/``Address`` records and
month names come from evaluation/synthetic/uk_layouts/; every value table is new:

* first names and surnames shared with neither earlier module: English (incl. Lancashire and
  Cornish surnames, word-names such as Daisy, Heather, April, Forrest; surnames such as Salt,
  Sparrow, Christmas, Monday, Darling), Welsh, Irish, Scottish, Punjabi/Gujarati/Bangladeshi/
  Pakistani/Tamil, Polish, Romanian/Bulgarian/Ukrainian/Baltic/Portuguese, West African
  (Yoruba, Igbo, Akan, Gambian/Senegalese), East African (Ethiopian, Eritrean, Kenyan), Chinese
  and Vietnamese, Caribbean, Somali, Arabic/Kurdish/Afghan, Turkish and Cypriot communities;
* towns, villages and districts used by neither earlier module (only the big cities' names -
  London, Glasgow, Edinburgh, Aberdeen, Cardiff, Swansea, Belfast - are shared, with new
  districts), new streets and house names;
* new recipient organisations (allow-listed: council repairs, council tax, blue badge, ASB,
  HMRC, DVLA, passport office, social work, benefits, housing options, crisis support) and
  third parties (hospitals, care homes, enforcement agents, food banks, letting agents,
  translators) whose own contact details are ORGANIZATION.

Layouts (15): repair_form_json, dd_mandate_boxes, blue_badge_carer, hmrc_reply_split_nino,
discharge_summary_chi, care_home_residents, tenancy_reference, asb_diary, translated_letter,
social_media_dm, name_change_licence_passport, bailiff_letter_forwarded, foodbank_referral,
lowercase_no_punctuation, csv_paste_header.

Labelling conventions are those of evaluation/uk_layouts.py and heldout3, so recall is
comparable: PERSON never includes a title ("Mrs", "Dr", "Cllr"); a surname or a first name alone,
initials with a surname and middle initials inside a full name are PERSON. Addresses split into
STREET_ADDRESS (flat/house name/number + street, one span even over lines; a neighbour's house
number alone, "no 23", is STREET_ADDRESS) + one LOCATION each for district, town/village and
county + UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH (a partial one, "born in March 1938",
covers "March 1938"); deadlines, hearing, appointment, admission, diary and statement dates stay
unlabelled. Phones, emails, identifiers are labelled as written, internal spaces, hyphens, box
rules ("| 2 | 0 | 4 |") and a line break inside them included; an extension stays outside.
Recipient organisations' and third parties' own address lines, switchboards and mailboxes are
ORGANIZATION (ignored for recall); organisation, hospital, school, benefit and court names are
unlabelled. Decisions new in this family: a Scottish CHI number is UK_NHS (the health-service
number there; mistyped = wrong mod-11 check digit); a social-media @handle naming a person is
PERSON (the "@" stays outside the span); old and new names in a change-of-name letter are both
PERSON. Unlabelled distractors: repair job numbers, UPRNs, UTRs, liability-order and warrant
numbers, Blue Badge serials, deed-poll and marriage-certificate numbers, food-bank voucher
codes, translator registration numbers, ward and bed numbers, money.
~10% of NI numbers, NHS/CHI numbers, sort codes, account numbers and passport numbers are
MISTYPED (never-issued NINO prefix, bad suffix or a digit short; wrong check digit; a sort code
like a date or a digit short; a 7-digit account; an 8-digit passport) and their span has
``"mistyped": True``. ~10% of rows hide a Unicode trick inside a labelled value (via
``unicode_trick``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    MISTYPE_RATE,
    NINO_NEVER_ISSUED,
    TODAY,
    Doc3,
    Family,
    Values,
    age,
    ascii_fold,
    boxed,
    ext,
    fmt_date,
    parse_tables,
    pron,
    split_line,
    third_parties,
)

# The module's public names as before the shared machinery moved out (tests and scripts use them).
__all__ = [
    "ENTITY_TYPES",
    "FAMILY",
    "FIRST_NAMES",
    "HOUSE_NAMES",
    "LAYOUTS",
    "LAYOUT_FUNCS",
    "MISTYPE_RATE",
    "NINO_NEVER_ISSUED",
    "ORGS",
    "STREETS",
    "SURNAMES",
    "TODAY",
    "TOWNS",
    "TRICK_RATE",
    "Doc3",
    "V",
    "ascii_fold",
    "build_row",
    "fmt_date",
    "generate_heldout4",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout4"
TRICK_RATE = 0.11  # rows picked for a trick; ~10% end up with one

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
english: Sharon/f Denise/f Julie/f Carol/f Janet/f Sandra/f Gillian/f Lorraine/f Kayleigh/f
  Jasmine/f Isla/f Phoebe/f Florence/f Mabel/f Roy/m Derek/m Malcolm/m Dennis/m Kenneth/m
  Craig/m Shane/m Jamie Kieran/m Liam/m Freddie/m Albert/m Ronald/m Toby/m Morgan Jesse
wordy: Daisy/f Iris/f Heather/f Hazel/f Lily/f April/f June/f Autumn/f Brooke/f Jasper/m Rowan
  Sky Sonny/m Bill/m Forrest/m Clay/m Chase/m Sandy Major/m Rich/m
welsh: Eirlys/f Mali/f Manon/f Elan/f Gwawr/f Alaw/f Anwen/f Meinir/f Delyth/f Carys/f Dyfan/m
  Gwion/m Rhodri/m Elgan/m Cynan/m Meirion/m Steffan/m Berwyn/m Ifan/m Tudur/m
irish: Áine/f Éabha/f Síle/f Nuala/f Úna/f Bronagh/f Orlaith/f Caitríona/f Ciara/f Ruairí/m
  Pádraig/m Eoghan/m Donncha/m Lorcan/m Fionn/m Cormac/m Conall/m Séamus/m
scottish: Mhairi/f Ishbel/f Kirsteen/f Annag/f Ceitidh/f Marsaili/f Raonaid/f Somhairle/m
  Torquil/m Finlay/m Gilleasbuig/m Eachann/m Niall/m Lachie/m Angus/m
south_asian: Balwinder Sukhwinder Manjit Amarjit Navdeep Rubina/f Shamima/f Yasmeen/f
  Parveen/f Salma/f Sabina/f Hina/f Meena/f Bhavna/f Hiral/f Komal/f Ajay/m Sanjay/m Jatinder/m
  Rakesh/m Ashok/m Nadeem/m Waqar/m Faisal/m Junaid/m Shafiq/m Saif/m Anil/m Dinesh/m
  Karthik/m Senthil/m Kavitha/f Murugan/m Shahana/f Rumana/f Jahanara/f Abul/m Monir/m
polish: Zbigniew/m Mirosław/m Dariusz/m Sławomir/m Piotr/m Radosław/m Grażyna/f Bożena/f
  Renata/f Iwona/f Halina/f Urszula/f Aleksandra/f Weronika/f
east_european: Gheorghe/m Vasile/m Cristina/f Georgiana/f Nikolay/m Desislava/f Svetlana/f
  Dmytro/m Yulia/f Iryna/f Andriy/m Agnė/f Žygimantas/m Kristaps/m Ilze/f Tiago/m Beatriz/f
  Duarte/m
west_african: Oluwaseyi Adunni/f Folasade/f Titilayo/f Kehinde Taiwo Oladipo/m Segun/m Chidi/m
  Ebuka/m Amara/f Nkechi/f Kwesi/m Ama/f Yaa/f Kojo/m Nana Esi/f Fatou/f Mamadou/m Ousmane/m
east_african: Tigist/f Meron/f Dawit/m Yonas/m Selam/f Abebe/m Amani Wanjiru/f Otieno/m
  Achieng/f Kamau/m Senait/f
chinese: Xiaoming/m Yiting/f Zihan Haoran/m Ruoxi/f Shuang/f Kin_Man/m Pui_Yee/f Chi_Keung/m
  Suk_Fun/f Wing_Hong/m Thanh Huong/f Minh/m Linh/f Tuan/m Ngoc/f Duc/m Phuong/f
caribbean: Lennox/m Carlton/m Dalton/m Milton/m Audley/m Glenroy/m Norma/f Gloria/f Pansy/f
  Cynthia/f Myrtle/f Delores/f Kadeem/m Shaquille/m Tiana/f Jody
somali: Mohamud/m Abdisalan/m Shukri/f Deeqa/f Ilhan/f Fowsia/f Muna/f Bashir/m Yasin/m Hamdi/f
  Guuleed/m Cawo/f
arabic: Mustafa/m Ahmad/m Jamal/m Samir/m Fadi/m Hiba/f Reem/f Amal/f Huda/f Zainab/f Karwan/m
  Shilan/f Rebin/m Farid/m Najib/m Zarghona/f Wahid/m
turkish: Mehmet/m Ayşe/f Emine/f Hüseyin/m Elif/f Murat/m Andreas/m Eleni/f Costas/m
  Panayiota/f
"""
_SURNAMES = """
english: Ormerod Butterworth Greenhalgh Sutcliffe Haworth Kershaw Thistlethwaite Openshaw Lumb
  Clegg Nuttall Ramsden Postlethwaite Winterbottom Fazakerley Culpepper Pargeter Tremayne
  Penhaligon Trelawny Polglase Nankervis Hatherley-Brown Ashby-Clarke Fortescue-Hay
wordy: Salt Cotton Cross Sparrow Finch Crow Nightingale Lamb Bull Goodchild Holiday Christmas
  Easter Monday Gold Silver Pepper Sugar Honey Wise Strong Gentle Light Darling Best Bacon
welsh: Gruffudd Pugh Lewis Rowlands Humphreys Llywelyn Maddock Beddoe Gittins Bevans Gwynne
  Mostyn Emanuel Cadogan Ifans Jones-Parry Rhydderch ap_Rhys
irish: Ó_Murchú/m Ní_Mhurchú/f Ó_Dónaill/m Brennan Hennessy Moynihan Donnelly Kearney Lynch
  Carolan Tierney McAleese Mc_Cann Cassidy Ní_Bhraonáin/f
scottish: Urquhart Chisholm Farquharson Galbraith Lamont Macaskill MacCorquodale Maclachlan
  Menzies Dalgleish Mackintosh MacPhail Ross Cameron
south_asian: Sangha Bassi Virdi Dhaliwal Randhawa Atwal Kang Patil Kulkarni Reddy Rao Iyer
  Krishnan Subramaniam Thevarajah Sivanesan Khatun/f Islam Sheikh Butt Malik Bhatti Shah Rehman
polish: Nowicka/f Nowicki/m Kozłowska/f Kozłowski/m Wieczorek Adamczyk Dąbrowska/f Dąbrowski/m
  Zawadzka/f Sikora Baran Duda Pietrzak Włodarczyk Górecki/m Górecka/f
east_european: Popa Stoica Radu Georgieva/f Petrov/m Ivanova/f Bondarenko Melnyk Kravchuk
  Jankauskas/m Jankauskienė/f Bērziņš/m Ozola/f Almeida Sousa Carvalho
west_african: Adeyinka Ogunlade Olatunji Fashola Okoro Onyekachi Nnaji Anyanwu Ezeani Quaye
  Tetteh Boakye Ansah Diallo Bah Jallow Ceesay
east_african: Tesfaye Haile Bekele Mengistu Kiprono Mwangi Ochieng Njoroge Ghebremedhin
chinese: Deng Feng Cao Peng Xie Luo Yuen Mak Kwan Siu Cheng Nguyen Tran Pham Hoang Vu Do Teo Loh
caribbean: Harriott Brissett Spence Nembhard Haughton Bucknor Rowe Minott Beckford Christie
  Salmon Ebanks Bogle Williams-Lindo
somali: Ismail Hersi Jibril Dirie Awale Kahin Geele Shire Bile
arabic: Al-Hakim Haidari Rahimi Karimi Ahmadzai Mohammadi Barzani Kurdi Zaher Qasim Saeed
  Al-Tamimi
turkish: Yılmaz Demir Kaya Çelik Öztürk Georgiou Christodoulou Papadopoulos Ioannou
"""
_CULTURE_WEIGHTS = {
    "english": 20,
    "wordy": 8,
    "welsh": 8,
    "irish": 7,
    "scottish": 7,
    "south_asian": 12,
    "polish": 7,
    "east_european": 6,
    "west_african": 7,
    "east_african": 3,
    "chinese": 5,
    "caribbean": 5,
    "somali": 4,
    "arabic": 4,
    "turkish": 3,
}
_STREETS = {
    "E": "Spinners Way, Weavers Row, Loom Street, Cobblers Lane, Tannery Close, Ropery Road, "
    "Coalpit Lane, Foundry Street, Forge Lane, Cattle Market, Horsefair, Sheepcote Lane, "
    "Goose Green, Duck Lane, Frog Lane, Cuckoo Lane, Nightingale Road, Pudding Bag Lane, "
    "Butter Market, Saltergate, Silver Street, Paradise Row, Hope Street, Mafeking Road, "
    "Moorside Road, Bank Top, Clough Road, Wellgate, Northgate, Windsor Crescent, "
    "Balmoral Avenue, Sandringham Drive, Osborne Road, Green Lanes, Brick Lane, "
    "Upper Tooting Road, Harrow Road, Uxbridge Road, Dudley Road, Caldmore Green, "
    "Whitmore Street, Lumb Lane, Sun Street, Bootle Street",
    "S": "Kirk Wynd, Cross Wynd, Tannage Brae, Market Brae, School Brae, Links Road, "
    "Seaforth Road, Dalmeny Street, Pennywell Road, Westburn Road, Sràid na h-Eaglaise, "
    "Rathad a' Chaisteil, Provost Road, Den Walk, Nethergate, Howff Lane, Peat Road, "
    "Garscadden Road",
    "W": "Heol y Felin, Heol yr Ysgol, Ffordd Pentre, Lôn Goed, Stryd y Llan, Rhes Glanrafon, "
    "Tan y Fron, Maes Gwyn, Cae Bryn, Heol Gwilym, Ffordd yr Afon, Stryd Madog, Lôn Pant, "
    "Teras Bethesda, Bryn Derw, Allt y Gog, Cwrt y Castell, Pentre Street, Dunraven Street, "
    "Bute Street, Tudor Street",
    "N": "Donegall Road, Springfield Road, Crumlin Road, Ravenhill Road, Newtownards Road, "
    "Whiterock Road, Limestone Road, Glen Road, Irish Street, Scotch Street, Drumbeg Road, "
    "Tullyhogue Road, Derrylin Road, Killymeal Road",
}
_HOUSE_NAMES = {
    "E": "Journey's End, Badgers Holt, Owl Cottage, Toad Hall, The Pump House, The Old Bakery, "
    "Windrush, Foxhollow, Sunnyside, Holly Lodge, Mill House Farm, Chy an Mor",
    "S": "Tigh an Uillt, Bayview, Craiglea, Thistle Cottage, Fernlea, Taigh na Creige",
    "W": "Bryn Teg, Tŷ Hen, Penrhiw, Glan yr Afon, Min y Don, Cartref, Hafan Deg",
    "N": "Ballyhenry House, The Rectory Lodge, Knockbreda Cottage, Drumaness Farm, Slieve View",
}
# region|county|town|places ; places are outward codes or District=CODE ; "*" marks a village
_TOWNS = """
E|Somerset|Nempnett Thrubwell*|BS40 / E|Lincolnshire|Spital-in-the-Street*|LN8
E|Herefordshire|Much Marcle*|HR8 / E|Suffolk|Shingle Street*|IP12 / E|Oxfordshire|Great Tew*|OX7
E|North Yorkshire|Blubberhouses*|LS21 / E|Dorset|Piddletrenthide*|DT2 / E|Dorset|Ryme Intrinseca*|DT9
E|Norfolk|Little Snoring*|NR21 / E|Cumbria|Great Asby*|CA16 / E|Buckinghamshire|Fingest*|RG9
E|North Yorkshire|Thirsk|YO7 / E|Cumbria|Ulverston|LA12 / E|Derbyshire|Matlock|DE4
E|Derbyshire|Glossop|SK13 / E|Lancashire|Accrington|BB5 / E|Lancashire|Nelson|BB9
E|West Yorkshire|Keighley|BD21 / E|West Yorkshire|Batley|WF17 / E|West Yorkshire|Halifax|Park=HX1;HX3
E|Greater Manchester|Rochdale|Deeplish=OL11;OL16 / E|Greater Manchester|Bolton|Daubhill=BL3;BL1
E|Greater Manchester|Wigan|Pemberton=WN5 / E|Merseyside|Birkenhead|Tranmere=CH42;CH41
E|West Midlands|Wolverhampton|Whitmore Reans=WV1;Blakenhall=WV2 / E|West Midlands|Walsall|Caldmore=WS1;Palfrey=WS1
E|Berkshire|Reading|Katesgrove=RG1;Whitley=RG2 / E|Kent|Gravesend|DA11;DA12 / E|Kent|Folkestone|CT20
E|Kent|Chatham|ME4 / E|Essex|Basildon|SS14 / E|Essex|Tilbury|RM18 / E|Suffolk|Ipswich|IP1;IP4
E|Norfolk|King's Lynn|PE30 / E|Lincolnshire|Grimsby|DN31;DN32 / E|Lincolnshire|Skegness|PE25
E|Northamptonshire|Corby|NN17 / E|Northamptonshire|Wellingborough|NN8 / E|Bedfordshire|Bedford|Queens Park=MK40
E|Cambridgeshire|Peterborough|Millfield=PE1;Dogsthorpe=PE1 / E|Tyne and Wear|South Shields|NE33;NE34
E|County Durham|Bishop Auckland|DL14 / E|County Durham|Spennymoor|DL16 / E|North Yorkshire|Redcar|TS10
E|Cornwall|Camborne|TR14 / E|Cornwall|Redruth|TR15 / E|Devon|Barnstaple|EX31 / E|Devon|Torquay|TQ1
E|Dorset|Weymouth|DT4 / E|Isle of Wight|Ryde|PO33 / E|Somerset|Bridgwater|TA6
E|Gloucestershire|Gloucester|Tredworth=GL1;Barton=GL1 / E|Worcestershire|Redditch|B97
E|Warwickshire|Nuneaton|CV11 / E|Staffordshire|Tamworth|B77 / E|Staffordshire|Burton upon Trent|Shobnall=DE14
E|Nottinghamshire|Mansfield|NG18 / E|Nottinghamshire|Worksop|S80 / E|South Yorkshire|Rotherham|Eastwood=S65
E|South Yorkshire|Doncaster|Hexthorpe=DN4;DN1 / E|South Yorkshire|Barnsley|S70
E||London|Tooting=SW17;Harlesden=NW10;Dagenham=RM10;Woolwich=SE18;Bethnal Green=E2;Hounslow=TW3
E||London|Enfield=EN1;Barking=IG11;Forest Gate=E7;Leyton=E10;Thornton Heath=CR7;Acton=W3
S|Perth and Kinross|Pitlochry|PH16 / S|Perth and Kinross|Blairgowrie|PH10 / S|Angus|Arbroath|DD11
S|Moray|Elgin|IV30 / S|Moray|Buckie|AB56 / S|Aberdeenshire|Peterhead|AB42 / S|Aberdeenshire|Fraserburgh|AB43
S|South Ayrshire|Girvan|KA26 / S|North Ayrshire|Irvine|KA12 / S|West Lothian|Livingston|EH54
S|Falkirk|Grangemouth|FK3 / S|Stirling|Callander|FK17 / S|Clackmannanshire|Alloa|FK10
S|Highland|Wick|KW1 / S|Highland|Thurso|KW14 / S|Highland|Lochinver*|IV27 / S|Argyll and Bute|Dunoon|PA23
S|Isle of Islay|Bowmore*|PA43 / S|Na h-Eileanan Siar|Lochboisdale*|HS8 / S|Scottish Borders|Hawick|TD9
S|Dumfries and Galloway|Kirkcudbright|DG6
S||Glasgow|Drumchapel=G15;Easterhouse=G34;Possilpark=G22;Govan=G51
S||Edinburgh|Pilton=EH5;Sighthill=EH11;Muirhouse=EH4 / S||Aberdeen|Tillydrone=AB24;Mastrick=AB16
W|Ynys Môn|Llangefni|LL77 / W|Ynys Môn|Amlwch|LL68 / W|Ynys Môn|Rhosneigr*|LL64
W|Gwynedd|Harlech|LL46 / W|Gwynedd|Dolgellau|LL40 / W|Conwy|Abergele|LL22 / W|Sir Ddinbych|Rhuthun|LL15
W|Wrecsam|Wrecsam|LL11;LL13 / W|Powys|Y Trallwng|SY21 / W|Powys|Aberhonddu|LD3 / W|Powys|Llandrindod|LD1
W|Ceredigion|Llanbedr Pont Steffan|SA48 / W|Sir Benfro|Abergwaun|SA65 / W|Sir Benfro|Hwlffordd|SA61
W|Sir Gaerfyrddin|Llanymddyfri|SA20 / W|Castell-nedd Port Talbot|Port Talbot|SA12;SA13
W|Rhondda Cynon Taf|Treorci|CF42 / W|Rhondda Cynon Taf|Aberdâr|CF44 / W|Merthyr Tudful|Merthyr Tudful|CF47
W|Caerffili|Bargoed|CF81 / W|Torfaen|Pont-y-pŵl|NP4 / W|Powys|Llanwrtyd*|LD5 / W|Gwynedd|Llanystumdwy*|LL52
W||Cardiff|Adamsdown=CF24;Trowbridge=CF3;Caerau=CF5 / W||Swansea|Gorseinon=SA4;Penlan=SA5
N|County Fermanagh|Irvinestown|BT94 / N|County Fermanagh|Lisnaskea|BT92 / N|County Armagh|Tandragee|BT62
N|County Armagh|Keady|BT60 / N|County Down|Downpatrick|BT30 / N|County Down|Kilkeel|BT34
N|County Down|Banbridge|BT32 / N|County Antrim|Ballyclare|BT39 / N|County Antrim|Larne|BT40
N|County Antrim|Cushendall*|BT44 / N|County Londonderry|Magherafelt|BT45 / N|County Londonderry|Dungiven|BT47
N|County Tyrone|Castlederg|BT81 / N|County Tyrone|Fivemiletown*|BT75
N||Belfast|Short Strand=BT5;Taughmonagh=BT10;New Lodge=BT15;Twinbrook=BT17
"""
_REGION_WEIGHTS = {"E": 55, "W": 18, "S": 15, "N": 12}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Wolverhampton City Council|Housing Repairs|Civic Centre, St Peter's Square;Wolverhampton;WV1 1SH|0300 555 0412|repairs@wolverhampton.gov.uk
Rochdale Borough Council|Council Tax|Number One Riverside, Smith Street;Rochdale;OL16 1XU|0300 555 0423|counciltax@rochdale.gov.uk
Cyngor Gwynedd|Bathodyn Glas / Blue Badge|Swyddfa'r Cyngor, Stryd y Jêl;Caernarfon;LL55 1SH|0300 555 0434|bathodynglas@gwynedd.llyw.cymru
Peterborough City Council|Anti-social Behaviour Team|Sand Martin House, Bittern Way;Peterborough;PE2 8TY|0300 555 0445|asb@peterborough.gov.uk
HM Revenue and Customs|Self Assessment|BX9 1AS|0300 555 0456|sa.correspondence@hmrc.gov.uk
DVLA|Drivers Customer Services|Longview Road;Swansea;SA6 7JL|0300 555 0467|drivers.enquiries@dvla.gov.uk
HM Passport Office|Customer Service|PO Box 767;Southport;PR8 9PW|0300 555 0478|changes@hmpo.gov.uk
Belfast City Council|Anti-social Behaviour Team|Cecil Ward Building, 4-10 Linenhall Street;Belfast;BT2 8BP|028 9649 6489|asb@belfastcity.gov.uk
Glasgow City Council|Social Work Services|Exchange House, 231 George Street;Glasgow;G1 1RX|0300 555 0490|socialwork@glasgow.gov.uk
Doncaster Council|Housing Benefit and Council Tax|Civic Office, Waterdale;Doncaster;DN1 3BU|0300 555 0501|benefits@doncaster.gov.uk
Swansea Council|Housing Options|Civic Centre, Oystermouth Road;Swansea;SA1 3SN|0300 555 0512|housing.options@swansea.gov.uk
Fife Council|Adult Social Care|Fife House, North Street;Glenrothes;KY7 5LT|0300 555 0523|adultsocialcare@fife.gov.uk
Cornwall Council|Crisis and Resettlement Support|New County Hall, Treyew Road;Truro;TR1 3AY|0300 555 0534|crisis.support@cornwall.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_HOSPITALS = """
Victoria Hospital Kirkcaldy - Ward 34|Hayfield Road;Kirkcaldy;KY2 5AH|0131 496 0712|ward34.discharge@nhs.scot
Queen Elizabeth University Hospital|1345 Govan Road;Glasgow;G51 4TF|0141 496 0723|qeuh.discharge@nhs.scot
New Cross Hospital - Ward A7|Wolverhampton Road;Wolverhampton;WV10 0QP|0121 496 0734|wardA7@nhs.net
Ysbyty Gwynedd|Penrhosgarnedd;Bangor;LL57 2PW|029 2018 0745|rhyddhau.ysbytygwynedd@wales.nhs.uk
Doncaster Royal Infirmary|Armthorpe Road;Doncaster;DN2 5LT|0114 496 0756|dri.dischargehub@nhs.net
"""
_CARE_HOMES = """
Heatherbank Care Home|27 Links Road;Kirkcaldy;KY1 1QF|0131 496 0811|manager@heatherbankcare.co.uk
The Laburnums Residential Home|Laburnum Grove;Rochdale;OL11 4RT|0161 496 0822|office@thelaburnums.co.uk
Cartref Preswyl Glan Dŵr|Ffordd y Traeth;Pwllheli;LL53 5AA|029 2018 0833|rheolwr@glandwr-gofal.cymru
Riverside Lodge Nursing Home|Quay Street;Truro;TR1 2HE|0117 496 0844|admin@riversidelodge-nh.co.uk
"""
_BAILIFFS = """
Marchmont Enforcement Ltd|Unit 4, Brindley Court;Stoke-on-Trent;ST4 4TP|0161 496 0911|collections@marchmont-enforcement.co.uk
Penrose & Vale Enforcement Agents|PO Box 2241;Leeds;LS1 9XX|0113 496 0922|enquiries@penrosevale.co.uk
High Court Enforcement (North) LLP|3 Quayside Chambers;Newcastle upon Tyne;NE1 3DX|0191 498 0933|writs@hce-north.co.uk
"""
_FOODBANKS = """
Camborne Trussell Food Bank|Centenary Methodist Church, Trelowarren Street;Camborne;TR14 8AB|0117 496 0511|info@camborne.foodbank.org.uk
North Doncaster Community Pantry|St Mary's Hall, Bentley Road;Doncaster;DN5 9TA|0114 496 0522|referrals@ndpantry.org.uk
Govan Community Food Share|Elder Park Church Hall;Glasgow;G51 3TR|0141 496 0533|referrals@govanfoodshare.org
"""
_AGENTS = """
Moorside Lettings|14 Bank Top;Halifax;HX3 6EF|0113 496 0611|references@moorsidelettings.co.uk
Castell Property Management|2 Stryd y Castell;Caernarfon;LL55 1SE|029 2018 0622|tenantrefs@castellpm.cymru
Lagan Homes Lettings|71 Ormeau Road;Belfast;BT7 1DR|028 9649 6633|office@laganhomeslettings.com
Thameside Residential|Unit 9, Powell Road;London;E5 8DJ|020 7946 0644|refs@thamesideresidential.co.uk
"""
_BENEFITS = [
    "Universal Credit",
    "Pension Credit",
    "PIP",
    "Attendance Allowance",
    "Carer's Allowance",
    "ESA",
    "Child Benefit",
    "Council Tax Support",
    "Adult Disability Payment",
    "Scottish Child Payment",
]
_EMAIL_DOMAINS = [
    "btinternet.com",
    "sky.com",
    "virginmedia.com",
    "icloud.com",
    "live.co.uk",
    "hotmail.co.uk",
    "googlemail.com",
    "aol.com",
    "talktalk.net",
    "yahoo.co.uk",
    "outlook.com",
    "protonmail.com",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0116 496 0",
    "0121 496 0",
    "0161 496 0",
    "0117 496 0",
    "0191 498 0",
    "01632 960",
    "020 7946 0",
    "029 2018 0",
    "028 9649 6",
    "0131 496 0",
    "0141 496 0",
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
HOSPITALS = third_parties(_HOSPITALS)
CARE_HOMES = third_parties(_CARE_HOMES)
BAILIFFS = third_parties(_BAILIFFS)
FOODBANKS = third_parties(_FOODBANKS)
AGENTS = third_parties(_AGENTS)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES


# --------------------------------------------------------------------------- layouts
def repair_form_json(doc: Doc3, v: V) -> None:
    """A housing repair online form exported as JSON-ish "key": "value" lines."""
    rng = v.rng
    p, a, org = v.person(), v.address(), v.org("Repairs")
    q = rng.choice(['"', '"', "'"])
    ind = rng.choice(["  ", "    ", "\t"])

    def key(k: str) -> Doc3:
        return doc.add(f",\n{ind}{q}{k}{q}: {q}")

    doc.add(f"Subject: FW: webform submission {v.ref(8)}\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(
        f"\n\nRaw payload below (portal was down, please log manually)\n\n{{\n{ind}{q}formId{q}: "
        f"{q}HR-REPAIR-v3{q},\n{ind}{q}submitted{q}: {q}{v.when(-6, 0)} "
        f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}{q}"
    )
    key("tenancyRef").add(f"T{v.ref(7)}{q}")
    key("tenant_name").nm(p, rng.choice(["full", "caps", "middle", "lower"])).add(q)
    if rng.random() < 0.5:
        key("tenant_dob").dob(p).add(q)
    key("address_line1").ent("STREET_ADDRESS", a.street(", ")).add(q)
    if a.district:
        key("address_line2").ent("LOCATION", a.district).add(q)
    key("town").ent("LOCATION", a.town).add(q)
    key("postcode").ent("UK_POSTCODE", a.postcode).add(q)
    key("uprn").add(f"{rng.choice(['1000', '2000', ''])}{v.ref(8)}{q}")
    key("contact_tel").ent("PHONE_NUMBER", v.phone()).add(q)
    if rng.random() < 0.5:
        key("alt_tel").ent("PHONE_NUMBER", v.phone()).add(q)
    key("contact_email").ent("EMAIL_ADDRESS", v.email(p)).add(q)
    key("repair_category").add(
        rng.choice(["Damp & mould", "Heating / hot water", "Roof leak", "Windows", "Electrics"]) + q
    )
    key("description").add(
        rng.choice(
            [
                "black mould in back bedroom, baby sleeps in there",
                "boiler not working since Friday",
                "water coming through ceiling when it rains",
                "bathroom extractor broken, mould spreading",
            ]
        )
    )
    if rng.random() < 0.6:
        n = v.person()
        doc.add(". neighbour at ").ent("STREET_ADDRESS", f"no {rng.randint(1, 99)}")
        doc.add(" (").nm(n, rng.choice(["first", "full", "title_surname"])).add(
            ") has same problem"
        )
    doc.add(q)
    key("vulnerable_household").add(rng.choice(["true", "false"]) + q)
    if rng.random() < 0.5:
        k = v.kin(p, child=True)
        key("vulnerability_notes").add("son/daughter ").nm(k, "first").add(" has asthma, DOB ")
        doc.dob(k).add(q)
    key("access_times").add(f"any weekday after {rng.choice(['9', '10', '1'])}{q}")
    key("appointment_offered").add(f"{v.when(3, 30)} AM{q}")
    key("consent_share_with_contractor").add(f"true{q}\n}}\n\nThanks, ")
    doc.add(rng.choice(["Contact Centre", "Repairs hub", "CSA"]) + f"\n{org.name} ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def dd_mandate_boxes(doc: Doc3, v: V) -> None:
    """A council tax Direct Debit mandate typed out from the paper form, digits in boxes."""
    rng = v.rng
    p, a, org = v.person(born=(1940, 2000)), v.address(), v.org("Council Tax", "Benefit")
    joint = v.kin(p, gender="m" if p.gender == "f" else "f") if rng.random() < 0.35 else None
    doc.add(f"{org.name} - {org.team}\n")
    doc.block(org, phone=True, mailbox=True, name=False)
    doc.add(
        "\nINSTRUCTION TO YOUR BANK OR BUILDING SOCIETY TO PAY BY DIRECT DEBIT\n"
        f"Service user number: {rng.randint(100000, 999999)}\nReference (council tax account): "
        f"{v.ref(8)}\n\nName(s) of account holder(s): "
    )
    doc.nm(p, rng.choice(["bank", "bank2", "caps", "title_full"]))
    if joint:
        doc.add(rng.choice([" & ", " and ", " / "])).nm(
            joint, rng.choice(["bank", "caps", "first"])
        )
    doc.add("\n\nBranch sort code:\n")
    sc = boxed(rng, v.sort_code(), six=True)
    doc.add("| ").ident("UK_SORT_CODE", sc).add(" |\n\nBank/building society account number:\n")
    acc = boxed(rng, v.account())
    doc.add("| ").ident("UK_BANK_ACCOUNT", acc).add(" |\n\n")
    doc.add(
        "Name and full postal address of your bank: "
        + rng.choice(
            [
                "Nationwide BS, Swindon",
                "Halifax, Trinity Road, Halifax",
                "Santander UK, Bootle",
                "Bank of Scotland, The Mound",
                "Ulster Bank, Donegall Square",
            ]
        )
        + "\n\nYour address: "
    )
    doc.addr_inline(a).add("\nTelephone: ").ent("PHONE_NUMBER", v.phone())
    doc.add(
        f"\nPayment date: {rng.choice(['1st', '15th', '28th'])} of each month   First "
        f"collection: {v.when(10, 40)}\nSignature(s): "
    ).nm(p, rng.choice(["full", "initial_dot"]))
    doc.add(f"   Date: {v.when(-5, 0)}\n")
    if rng.random() < 0.5:
        doc.add(
            "\nNote from customer: please stop the old mandate in my late husband's/wife's name, "
        )
        doc.nm(v.kin(p), rng.choice(["full", "caps"])).add(
            f", who passed away on {v.when(-120, -20)}.\n"
        )


def blue_badge_carer(doc: Doc3, v: V) -> None:
    """A Blue Badge application summary with a carer / representative section."""
    rng = v.rng
    p = v.person(born=(1931, 1970))
    carer = v.kin(p, born=(1955, 2000)) if rng.random() < 0.6 else v.person(born=(1960, 2000))
    org = v.org("Badge")
    welsh = rng.random() < 0.4
    doc.add(
        f"{org.name} - {org.team}\n"
        + ("Cais am Fathodyn Glas / " if welsh else "")
        + "Blue Badge application - summary for assessor\nTo: "
    )
    doc.ent("ORGANIZATION", org.mailbox).add("   Helpline: ").ent("ORGANIZATION", org.phone)
    doc.add("\n\nSECTION 1 - APPLICANT\nFull name: ").nm(
        p, rng.choice(["title_full", "full", "surname_caps"])
    )
    doc.add("\n" + ("Dyddiad geni / " if welsh else "") + "Date of birth: ").dob(
        p, welsh=welsh and rng.random() < 0.5
    )
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nAddress: ").addr_inline(v.address("W" if welsh else None))
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone(False))
    doc.add(
        f"\nExisting badge no. (if renewing): {rng.choice(['', 'BB' + v.ref(6)])}"
        f"{rng.choice(['', ' expires ' + v.when(10, 90)])}\n"
    )
    doc.add(
        f"Qualifying: {rng.choice(['PIP mobility 8 pts (moving around)', 'walking less than 80m', 'Attendance Allowance - higher rate', 'registered severely sight impaired'])}\n"
    )
    doc.add("\nSECTION 2 - PERSON COMPLETING THIS FORM / CARER\nName: ")
    doc.nm(carer, rng.choice(["full", "title_full", "middle"]))
    rel = rng.choice(
        [
            "daughter" if carer.gender == "f" else "son",
            "neighbour",
            "paid carer",
            "wife" if carer.gender == "f" else "husband",
        ]
    )
    doc.add(f"\nRelationship: {rel}\nCarer's date of birth: ").dob(carer)
    doc.add("\nCarer's address (if different): ")
    if rng.random() < 0.5:
        doc.add("same as above")
    else:
        doc.addr_inline(v.address("W" if welsh else None))
    doc.add("\nDaytime phone: ").ent("PHONE_NUMBER", v.phone(True)).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(carer))
    doc.add("\n\nSECTION 3 - HEALTHCARE PROFESSIONAL\nGP: Dr ").nm(
        v.person(), rng.choice(["surname", "full", "initial_dot"])
    )
    doc.add(
        f", {rng.choice(['Meddygfa Pen y Bont', 'Moorside Surgery', 'Tregaron Practice', 'Links Medical Centre'])}\n"
    )
    if rng.random() < 0.5:
        doc.add("NHS number: ").ident("UK_NHS", v.nhs()).add("\n")
    doc.add(
        f'\nPhoto and proof of identity received {v.when(-14, 0)}. Carer says: "Mum/Dad '
        "can't walk from the car park to the surgery any more, "
    )
    doc.nm(p, rng.choice(["first", "title_surname"])).add(' needs the badge for hospital trips."\n')


def hmrc_reply_split_nino(doc: Doc3, v: V) -> None:
    """A reply to an HMRC letter quoting its reference; the NINO wraps over a line."""
    rng = v.rng
    p, home, org = v.person(born=(1945, 2000)), v.address(), v.org("Self Assessment")
    doc.nm(p, rng.choice(["full", "title_full", "middle"])).add("\n").addr_lines(home)
    doc.add(f"\n{v.when(-5, 0)}\n\n").block(org, phone=False)
    doc.add(
        f"\nYour reference: {rng.choice(['UTR', 'Unique Taxpayer Ref'])} {v.ref(5)} {v.ref(5)}"
        f"\nYour letter dated: {v.when(-40, -10)}\nNational Insurance number: "
    )
    nino = v.nino()
    if rng.random() < 0.7:
        doc.ident("UK_NINO", (split_line(rng, nino[0]), nino[1]))
    else:
        doc.ident("UK_NINO", nino)
    doc.add(
        "\n\nDear Sir or Madam\n\nI am writing about your letter which says I owe a late "
        f"filing penalty of £{rng.choice(['100', '300', '900'])}. I was not self-employed in "
        f"the {rng.choice(['2024-25', '2023-24'])} tax year; I stopped on {v.when(-700, -400)} "
        "and told you then. Please close my record. As my NI number may have printed badly "
        "above, it is "
    )
    wrap = v.nino()
    doc.ident("UK_NINO", (split_line(rng, wrap[0]), wrap[1]) if rng.random() < 0.5 else wrap)
    doc.add(".\n\n")
    if rng.random() < 0.5:
        agent = v.person()
        doc.add("My accountant, ").nm(agent, rng.choice(["full", "title_full"]))
        doc.add(", can confirm this on ").ent("PHONE_NUMBER", v.phone(False)).add(ext(rng)).add(
            ". "
        )
    doc.add("I can be reached on ").ent("PHONE_NUMBER", v.phone()).add(" or by email at ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(". I will call your helpline ")
    doc.ent("ORGANIZATION", org.phone).add(
        f" if I have not heard by {v.when(20, 45)}.\n\nYours faithfully\n\n"
    )
    doc.nm(p, rng.choice(["full", "initial_dot", "caps"])).add("\n")


def discharge_summary_chi(doc: Doc3, v: V) -> None:
    """A hospital discharge summary copied to social care: "NHS No." in England/Wales, CHI in
    Scotland (CHI is labelled UK_NHS)."""
    rng = v.rng
    scot = rng.random() < 0.5
    h = rng.choice(HOSPITALS[:2] if scot else HOSPITALS[2:])
    org = v.org("Fife", "Glasgow") if scot else v.org("Doncaster", "Wolverhampton", "Swansea")
    p = v.person(born=(1931, 1965))
    cons, nok = v.person(), v.kin(p, born=(1955, 1995))
    doc.add(f"{h.name}\n")
    for line in h.lines:
        doc.ent("ORGANIZATION", line).add(", ")
    doc.ent("ORGANIZATION", h.phone).add("\n\nIMMEDIATE DISCHARGE SUMMARY  -  copy to: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f" ({org.team})\n\nPatient: ")
    doc.nm(p, rng.choice(["surname_caps", "caps", "full", "title_full"]))
    if scot:
        doc.add(rng.choice(["\nCHI: ", "\nCHI No. ", "\nCHI number "])).ident("UK_NHS", v.chi(p))
    else:
        doc.add(rng.choice(["\nNHS No. ", "\nNHS No: ", "\nNHS no "])).ident("UK_NHS", v.nhs())
    doc.add(f"   Hosp No: {rng.choice('ABKMR')}{v.ref(6)}\nDOB: ").dob(p)
    doc.add(f"   Age: {age(p.dob)}\nAddress: ").addr_inline(v.address("S" if scot else None))
    doc.add(
        f"\nAdmitted: {v.when(-30, -8)}   Discharged: {v.when(-7, 0)}   Ward {rng.randint(1, 40)}"
        f", bed {rng.randint(1, 28)}\nConsultant: Dr "
    ).nm(cons, rng.choice(["initial", "full", "surname"]))
    doc.add(
        f"\n\nDiagnosis: {rng.choice(['fractured neck of femur (L)', 'community-acquired pneumonia', 'UTI with delirium', 'fall, no fracture'])}\n"
        "Social circumstances: lives alone, "
    )
    doc.add(
        rng.choice(
            [
                "stairlift at home",
                "no package of care before admission",
                "husband/wife died last year",
            ]
        )
        + ". Next of kin: "
    )
    doc.nm(nok, rng.choice(["full", "title_full"])).add(
        f" ({rng.choice(['daughter', 'son', 'niece', 'nephew'])}) "
    )
    doc.ent("PHONE_NUMBER", v.phone(True))
    doc.add(
        f"\nPlan: reablement 4 calls/day from {v.when(0, 5)}; OT home visit "
        f"{v.when(3, 14)}. District nurse referral sent.\nGP: "
    )
    doc.add(
        rng.choice(
            [
                "Links Medical Centre",
                "Whitmore Reans Health Centre",
                "Meddygfa'r Bont",
                "Hexthorpe Surgery",
            ]
        )
    )
    doc.add("\n\nCompleted by: ").nm(v.person(), rng.choice(["full", "initial_dot"]))
    doc.add(f", {rng.choice(['FY2', 'Staff Nurse', 'Discharge Coordinator'])}\n")


def care_home_residents(doc: Doc3, v: V) -> None:
    """A care-home manager writes about several residents' funding; DOBs in odd forms."""
    rng = v.rng
    home = rng.choice(CARE_HOMES)
    org = v.org("Social", "Adult", "Council Tax")
    mgr = v.person(born=(1965, 1995))
    doc.add(f"{home.name}\n")
    doc.block(home, phone=True, mailbox=rng.random() < 0.5, name=False)
    doc.add(f"\n{v.when(-4, 0)}\n\nTo: {org.team}, {org.name}\nBy email: ")
    doc.ent("ORGANIZATION", org.mailbox).add(
        "\n\nDear colleagues,\n\nRe: outstanding funding reviews for the following residents\n\n"
    )
    for i in range(rng.randint(2, 4)):
        r = v.person(born=(1926, 1950))
        style = rng.random()
        doc.add(f"{i + 1}) ")
        doc.nm(r, rng.choice(["title_full", "full", "surname_caps", "title_initial_dot"]))
        if style < 0.45:
            doc.add(" - DOB - ").ent("DATE_OF_BIRTH", f"{r.dob:%d.%m.%y}")
        elif style < 0.75:
            doc.add(", born in ").ent("DATE_OF_BIRTH", f"{_MONTHS[r.dob.month - 1]} {r.dob.year}")
        else:
            doc.add(" (d.o.b. ").dob(r).add(")")
        doc.add(f", room {rng.randint(1, 40)}, admitted {v.when(-900, -30)}. ")
        pick = rng.random()
        if pick < 0.4:
            doc.add("Former home ").addr_inline(v.address(), postcode=rng.random() < 0.7)
            doc.add(" is being sold; ")
        elif pick < 0.7:
            doc.add("NI no. ").ident("UK_NINO", v.nino()).add("; ")
        else:
            doc.add("NHS ").ident("UK_NHS", v.nhs()).add("; ")
        kin = v.kin(r, born=(1950, 1990))
        doc.add("family contact ").nm(kin, rng.choice(["full", "first", "title_surname"]))
        doc.add(" on ").ent("PHONE_NUMBER", v.phone()).add(".\n")
    doc.add(
        f"\nTheir {rng.choice(['Attendance Allowance', 'Pension Credit', 'financial assessments'])} "
        f"paperwork was sent on {v.when(-60, -20)}. Please call me on "
    )
    doc.ent("ORGANIZATION", home.phone).add(ext(rng)).add(" or my mobile ").ent(
        "PHONE_NUMBER", v.phone(True)
    )
    doc.add(".\n\nKind regards\n\n").nm(mgr, rng.choice(["full", "middle"])).add(
        "\nRegistered Manager\n"
    )


def tenancy_reference(doc: Doc3, v: V) -> None:
    """A letting agent's reference for a former tenant, sent to a council's housing options team."""
    rng = v.rng
    ag, org = rng.choice(AGENTS), v.org("Housing Options", "Social")
    t, off = v.person(born=(1960, 2004)), v.person()
    co = v.person() if rng.random() < 0.4 else None
    she, her = pron(t)
    doc.add(ag.name + "\n")
    for line in ag.lines:
        doc.ent("ORGANIZATION", line).add(rng.choice([" | ", "\n"]))
    doc.ent("ORGANIZATION", ag.phone).add("  ").ent("ORGANIZATION", ag.mailbox)
    doc.add(f"\n\n{v.when(-3, 0)}\n\n{org.name}\n{org.team}\n").ent("ORGANIZATION", org.mailbox)
    doc.add("\n\nTENANT REFERENCE\n\nTenant: ").nm(t, rng.choice(["title_full", "full", "middle"]))
    if co:
        doc.add("\nJoint tenant: ").nm(co, rng.choice(["title_full", "full"]))
    doc.add("\nProperty: ").addr_inline(v.address())
    doc.add(
        f"\nTenancy: {v.when(-1500, -700)} to {v.when(-60, -10)}\nRent: £{v.money(400, 1200)} pcm\n\n"
        f"We confirm that "
    ).nm(t, rng.choice(["title_surname", "first", "full"]))
    doc.add(
        f" rented the above property through us. {she.capitalize()} paid "
        f"{rng.choice(['on time throughout', 'late on three occasions, all cleared', 'by standing order'])}"
        f"; the deposit was returned in full. The tenancy ended because the landlord, "
    )
    doc.nm(v.person(), rng.choice(["title_full", "title_surname", "full"]))
    doc.add(f", is selling. We would rent to {'her' if t.gender == 'f' else 'him'} again.\n\n")
    if rng.random() < 0.5:
        doc.add(f"{her.capitalize()} forwarding address is ").addr_inline(v.address())
        doc.add(". ")
    doc.add(f"{her.capitalize()} date of birth on our file is ").dob(t)
    doc.add(" and mobile ").ent("PHONE_NUMBER", v.phone(True)).add(".\n\nYours faithfully\n\n")
    doc.nm(off, rng.choice(["full", "initial_dot"])).add(
        f"\n{rng.choice(['Property Manager', 'Lettings Negotiator', 'Director'])}, {ag.name}\n"
    )


def asb_diary(doc: Doc3, v: V) -> None:
    """An anti-social behaviour diary: dated entries naming neighbours and visitors."""
    rng = v.rng
    p, home = v.person(), v.address()
    org = v.org("Anti-social")
    n1, n2 = v.person(), v.person()
    no1, no2 = rng.randint(1, 90), rng.randint(1, 90)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: ASB diary - case {rng.choice(['ASB', 'CR'])}/{v.ref(6)}\n\n"
        "Here is my diary as the officer asked.\n\n"
    )
    doc.add("Name: ").nm(p, rng.choice(["full", "title_full"])).add("\nAddress: ").addr_inline(home)
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("\n\n")
    days = sorted(rng.sample(range(-50, -1), rng.randint(4, 7)))
    for j, d in enumerate(days):
        dt = TODAY + timedelta(d)
        head = rng.choice(
            [f"{dt:%a %d/%m}", f"{dt:%d.%m.%y}", f"{dt.day} {_MONTHS[dt.month - 1][:3]}"]
        )
        doc.add(f"{head} {rng.randint(7, 11)}.{rng.choice(['00', '15', '40', '50'])}pm - ")
        e = rng.random()
        if j == 0 or e < 0.3:
            doc.add("music from ").ent(
                "STREET_ADDRESS", rng.choice([f"no {no1}", f"number {no1}", f"No.{no1}"])
            )
            doc.add(" again, ").nm(n1, rng.choice(["first", "full"])).add(
                " shouting at me from the window"
            )
        elif e < 0.55:
            doc.add("").nm(n1, rng.choice(["first", "surname", "title_surname"]))
            doc.add("'s son ").nm(v.kin(n1, "m", child=True), "first")
            doc.add(" and his mates kicking a ball at my car")
        elif e < 0.8:
            doc.add("the woman at ").ent(
                "STREET_ADDRESS", f"{rng.choice(['flat', 'Flat', 'no'])} {no2}"
            )
            doc.add(" (").nm(n2, rng.choice(["first", "full"])).add(
                "?) banging on the wall till 2am"
            )
        else:
            doc.add("rang police, ref CAD ").add(f"{v.ref(4)}-{dt:%d%m%y}, PC ")
            doc.nm(v.person(), rng.choice(["surname", "full"])).add(" came out")
        doc.add("\n")
    doc.add("\nI rang your line ").ent("ORGANIZATION", org.phone)
    doc.add(
        f" on {v.when(-20, -2)} and was told to keep this. I have a video from {v.when(-10, -2)}. "
        "My neighbour "
    )
    doc.nm(v.person(), rng.choice(["full", "title_full"])).add(" will be a witness, her number is ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n\n").nm(p, rng.choice(["first", "full"])).add(
        "\n"
    )


def translated_letter(doc: Doc3, v: V) -> None:
    """A letter translated for the council, with the translator's note and certificate."""
    rng = v.rng
    lang, culture = rng.choice(
        [
            ("Polish", "polish"),
            ("Romanian", "east_european"),
            ("Ukrainian", "east_european"),
            ("Arabic", "arabic"),
            ("Somali", "somali"),
            ("Kurdish Sorani", "arabic"),
            ("Tigrinya", "east_african"),
            ("Vietnamese", "chinese"),
            ("Turkish", "turkish"),
            ("Portuguese", "east_european"),
        ]
    )
    p = v.person(culture)
    tr = v.person()
    org = v.org("Housing Options", "Benefit", "Council Tax", "Crisis")
    home = v.address()
    doc.add(rng.choice(["Translated by: ", "TRANSLATION - translated by ", "Translator: "]))
    doc.nm(tr, rng.choice(["full", "middle", "caps"])).add(f" from {lang} into English\n")
    doc.add(
        f"Reg. no. {rng.choice(['NRPSI', 'CIOL', 'ITI'])} {v.ref(5)}   Job {v.ref(6)}\n"
        f"Original received {v.when(-10, -2)}\n\n[Translation begins]\n\nTo the "
    )
    doc.add(f"{org.team}, {org.name}\n\nRespected Sir/Madam,\n\nMy name is ")
    doc.nm(p, rng.choice(["full", "caps", "surname_caps"])).add(", born ").dob(p)
    doc.add(". I live at ").addr_inline(home).add(" with my ")
    fam = [v.kin(p, child=True) for _ in range(rng.randint(1, 3))]
    doc.add("children ")
    for i, k in enumerate(fam):
        if i:
            doc.add(", ")
        doc.nm(k, "first").add(" (").dob(k).add(")")
    doc.add(
        f". [illegible] Since {v.when(-90, -30)} my husband/wife does not live with us. I "
        f"receive only {rng.choice(_BENEFITS)} and cannot pay the rent. My national insurance "
        "number is "
    ).ident("UK_NINO", v.nino())
    if rng.random() < 0.4:
        doc.add(" and my passport number ").ident("UK_PASSPORT", v.passport())
    doc.add(". Please speak with me through an interpreter. My telephone: ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n\nWith respect,\n[signature] ")
    doc.nm(p, rng.choice(["full", "first", "initial"])).add(
        "\n\n[Translation ends]\n\nI certify this is a true translation. "
    )
    doc.nm(tr, rng.choice(["initial_dot", "full"])).add(", ").ent("EMAIL_ADDRESS", v.email(tr))
    doc.add(f", {v.when(-2, 0)}\n")


def social_media_dm(doc: Doc3, v: V) -> None:
    """A Facebook-style message thread pasted into a councillor's casework email: @handles and
    first names only. A handle naming a person is PERSON (without the "@")."""
    rng = v.rng
    p, friend = v.person(), v.person()
    cllr = v.person()
    org = v.org("Council", "Cyngor")

    def handle(q: Person) -> str:
        f, s = ascii_fold(q.first).lower(), ascii_fold(q.last).lower()
        return rng.choice(
            [
                f"{f}.{s}",
                f"{f}{s}{rng.randint(1, 99)}",
                f"{f}_{s[:4]}",
                f"{s}{f[0]}",
                f"{f}.{s}.{q.dob.year % 100:02d}",
            ]
        )

    doc.add("From: Cllr ").nm(cllr, rng.choice(["full", "initial_dot"])).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(
        "\nSubject: casework - see messages below\n\n"
        "Constituent messaged me on the ward page. Screenshot text:\n\n"
    )
    doc.add(f"Messenger · {v.when(-3, 0)}\n\n")
    doc.add("@").ent("PERSON", handle(p)).add(f"  {rng.randint(1, 11)}:{rng.randint(10, 59)}pm\n")
    doc.add(rng.choice(["hiya cllr ", "Hi ", "hello "])).nm(cllr, "first")
    doc.add(rng.choice([" its ", " it's ", " "])).nm(p, "first").add(" from ")
    doc.ent("STREET_ADDRESS", v.address().street_lines[-1])
    doc.add(" 😩 the council still havent sorted the damp. my little one ")
    doc.nm(v.kin(p, child=True), "first").add(" keeps getting chest infections\n\n")
    doc.add("@").ent("PERSON", handle(friend)).add(" replied:\n").nm(p, "first")
    doc.add(" tag ").add("@").ent("PERSON", handle(cllr)).add(" and ")
    doc.add("@").ent("PERSON", handle(v.person())).add(" they sorted mine x\n\n")
    doc.add("@").ent("PERSON", handle(p)).add(":\nmy number is ").ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.5:
        doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" my postcode ").ent("UK_POSTCODE", v.address().postcode)
    doc.add(f" and im in all day {v.when(1, 10)}\n\n")
    doc.add("Officer, please raise a repair and reply to me and ").nm(p, "first")
    doc.add(". Thanks,\n").nm(cllr, "first").add("\n")


def name_change_licence_passport(doc: Doc3, v: V) -> None:
    """A change-of-name letter to DVLA or the Passport Office: old and new names (both PERSON),
    licence and passport numbers; the deed-poll or certificate number is a distractor."""
    rng = v.rng
    p = v.person(born=(1950, 2004))
    old = Person(
        p.first,
        rng.choice([s for s, g in SURNAMES[rng.choice(list(SURNAMES))] if g in ("x", p.gender)]),
        p.gender,
        p.title,
        p.dob,
        p.culture,
        p.middle_initial,
    )
    dvla = rng.random() < 0.55
    org = v.org("DVLA") if dvla else v.org("Passport")
    doc.addr_lines(v.address()).add(f"\n{v.when(-4, 0)}\n\n").block(org, phone=rng.random() < 0.5)
    doc.add("\nDear Sir/Madam\n\nChange of name - ")
    doc.add(rng.choice(["marriage", "deed poll", "civil partnership", "divorce"]))
    doc.add("\n\nPrevious name: ").nm(old, rng.choice(["full", "middle", "caps"]))
    doc.add("\nNew name: ").nm(p, rng.choice(["full", "middle", "caps"]))
    doc.add("\nDate of birth: ").dob(p)
    if dvla:
        doc.add("\nDriving licence number: ").ent("UK_DRIVING_LICENCE", v.licence(old))
        if rng.random() < 0.4:
            doc.add("\nPassport (for photo check): ").ident("UK_PASSPORT", v.passport())
    else:
        doc.add("\nCurrent passport number: ").ident("UK_PASSPORT", v.passport())
        if rng.random() < 0.4:
            doc.add("\nDriving licence: ").ent("UK_DRIVING_LICENCE", v.licence(old))
    doc.add(
        f"\n\nI enclose my {rng.choice(['marriage certificate', 'deed poll', 'decree absolute'])} "
        f"(no. {rng.choice(['MXF', 'DP', 'CP'])} {v.ref(6)}) and my old "
    )
    doc.add("licence" if dvla else "passport")
    doc.add(
        f". I travel on {v.when(30, 90)} so please return the documents by then. My "
        "previous surname appears on the certificate as "
    ).nm(old, rng.choice(["surname", "caps"]))
    doc.add(". My ")
    doc.add(rng.choice(["husband", "wife", "partner"])).add(", ")
    doc.nm(v.person(surname=p.last), rng.choice(["full", "first"])).add(", signed as witness.")
    doc.add("\n\nDaytime telephone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\nYours faithfully\n\n")
    doc.nm(p, rng.choice(["full", "title_full", "initial_dot"])).add("\n(formerly ")
    doc.nm(old, rng.choice(["full", "surname"])).add(")\n")


def bailiff_letter_forwarded(doc: Doc3, v: V) -> None:
    """A citizen pastes an enforcement agent's notice into an email to the council."""
    rng = v.rng
    p, home = v.person(), v.address()
    b, org = rng.choice(BAILIFFS), v.org("Council Tax", "Housing Benefit")
    ea = v.person()
    doc.add("From: ").nm(p, rng.choice(["full", "lower"])).add(" <").ent(
        "EMAIL_ADDRESS", v.email(p)
    )
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: bailiffs!!\n\nI got this "
        f"through the door on {v.when(-3, 0)}. "
        "I am paying already, please call them off:\n\n"
        "----- copied -----\n"
    )
    doc.add(b.name + "\n")
    for line in b.lines:
        doc.ent("ORGANIZATION", line).add(", ")
    doc.ent("ORGANIZATION", b.phone).add("\n\nNOTICE OF ENFORCEMENT\nDebtor: ")
    doc.nm(p, rng.choice(["caps", "bank", "surname_caps", "title_full"]))
    doc.add("\nAt: ").addr_inline(v.address() if rng.random() < 0.2 else home)
    doc.add(
        f"\nCreditor: {org.name}\nLiability order: {rng.choice(['Doncaster', 'Rochdale', 'Camborne and Redruth'])} "
        f"Magistrates' Court, {v.when(-200, -60)}, LO/{v.ref(7)}\nOur ref: {rng.choice('ABC')}{v.ref(8)}\n"
        f"Balance due: £{v.money(300, 2400)} including compliance fee £75.00\n\nPay within 7 "
        f"clear days, by {v.when(5, 9)}, or an enforcement agent will attend.\n"
        "Enforcement Agent: "
    ).nm(ea, rng.choice(["full", "initial", "caps"]))
    doc.add(f"  Certificate no. {rng.choice(['EA', 'CEA'])}/{v.ref(5)}\n----- ends -----\n\n")
    doc.add(
        f"I have been paying £{v.money(10, 60)} a month since {v.when(-150, -60)} by standing "
        "order from sort code "
    ).ident("UK_SORT_CODE", v.sort_code())
    doc.add(" account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(rng.choice([". ", " - check your records. "]))
    if rng.random() < 0.5:
        doc.add("My NI number is ").ident("UK_NINO", v.nino()).add(". ")
    doc.add("Phone me on ").ent("PHONE_NUMBER", v.phone()).add(" please, not the bailiff.\n\n")
    doc.nm(p, rng.choice(["first", "full"])).add("\n")


def foodbank_referral(doc: Doc3, v: V) -> None:
    """A food bank e-voucher referral from a council crisis team or advice worker."""
    rng = v.rng
    fb, org = rng.choice(FOODBANKS), v.org("Crisis", "Social", "Housing Options")
    p = v.person()
    worker = v.person()
    doc.add(f"{fb.name} - referral (e-voucher {rng.choice('ABCDEFGH')}{v.ref(6)})\nSend to: ")
    doc.ent("ORGANIZATION", fb.mailbox).add("   Tel ").ent("ORGANIZATION", fb.phone)
    doc.add(f"\n\nReferring agency: {org.name}, {org.team}\nReferrer: ")
    doc.nm(worker, rng.choice(["full", "first", "initial_dot"])).add(" - ")
    doc.ent("EMAIL_ADDRESS", v.email(worker, org.mailbox.split("@")[1])).add("  ")
    doc.ent("ORGANIZATION", org.phone).add("\n\nClient name: ")
    doc.nm(p, rng.choice(["full", "caps", "title_full"])).add("\nDOB: ").dob(p)
    a = v.address()
    if rng.random() < 0.3:
        doc.add("\nAddress: NFA - sofa surfing, postcode of last address ").ent(
            "UK_POSTCODE", a.postcode
        )
    else:
        doc.add("\nAddress: ").addr_inline(a)
    doc.add("\nContact: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(f"\nAdults in household: {rng.randint(1, 2)}   Children (ages): ")
    kids = [v.kin(p, child=True) for _ in range(rng.randint(0, 3))]
    if not kids:
        doc.add("none")
    for i, k in enumerate(kids):
        if i:
            doc.add("; ")
        doc.nm(k, "first").add(f" {age(k.dob)}")
    doc.add(
        f"\nReason: {rng.choice(['benefit delay', 'benefit sanction', 'low income', 'debt', 'domestic abuse - fled home'])}"
        f" - {rng.choice(_BENEFITS)} first payment due {v.when(7, 30)}\nDietary: "
        f"{rng.choice(['halal', 'vegetarian', 'no pork', 'none', 'coeliac'])}\nCollection: "
        f"{v.when(1, 5)} 10-12\nVoucher {rng.randint(1, 3)} of 3 in six months\n"
    )
    if rng.random() < 0.4:
        doc.add("Note: client asked that her ex-partner ").nm(
            v.person(gender="m"), rng.choice(["full", "first"])
        )
        doc.add(" is NOT told where she collects.\n")


def lowercase_no_punctuation(doc: Doc3, v: V) -> None:
    """A letter typed all in lower case with no punctuation at all (emails keep their dots)."""
    rng = v.rng
    doc.lower = True
    p, org = v.person(), v.org()
    a = v.address()
    doc.add("to ").ent("ORGANIZATION", org.mailbox).add("\n\nhello my name is ")
    doc.nm(p, rng.choice(["full", "first"])).add(" i live at ")
    doc.ent("STREET_ADDRESS", a.street(" ").replace(",", "").replace("'", ""))
    for loc in a.locations:
        doc.add(" ").ent("LOCATION", loc)
    doc.add(" ").ent("UK_POSTCODE", a.postcode)
    doc.add(" my date of birth is ").ent(
        "DATE_OF_BIRTH",
        rng.choice(
            [
                f"{p.dob:%d %m %Y}",
                f"{p.dob.day} {_MONTHS[p.dob.month - 1]} {p.dob.year}",
                f"{p.dob:%d%m%Y}",
                f"{p.dob:%d %m %y}",
            ]
        ),
    )
    nino = v.nino()
    doc.add(" and national insurance ").ident("UK_NINO", (nino[0].replace("-", " "), nino[1]))
    doc.add(
        f" i need help with {rng.choice(['my council tax', 'rent arrears', 'the bedroom tax', 'a crisis payment'])} "
        "because my partner "
    ).nm(v.person(), rng.choice(["full", "first"]))
    doc.add(f" left in {_MONTHS[rng.randint(0, 11)]} and i cant pay my ")
    helper = v.kin(p, born=(1940, 1980))
    doc.add(
        rng.choice(
            ["mum", "sister", "auntie"] if helper.gender == "f" else ["dad", "brother", "uncle"]
        )
    )
    doc.add(" ").nm(helper, "first").add(f" is helping but {pron(helper)[0]} is ill too ")
    if rng.random() < 0.5:
        sc = v.sort_code()
        doc.add("my bank is sort code ").ident(
            "UK_SORT_CODE", (sc[0].replace("-", " ").replace(".", " "), sc[1])
        )
        doc.add(" account ").ident("UK_BANK_ACCOUNT", v.account()).add(" ")
    ph = v.phone()
    doc.add("please ring me on ").ent(
        "PHONE_NUMBER", "".join(c for c in ph if c.isalnum() or c in " +")
    )
    if rng.random() < 0.5:
        doc.add(" or email ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" thank you ").nm(p, rng.choice(["first", "full"])).add("\n")


def csv_paste_header(doc: Doc3, v: V) -> None:
    """A spreadsheet of household members pasted as CSV with a header row (quoted fields)."""
    rng = v.rng
    org = v.org()
    lead = v.person(born=(1950, 1995))
    a = v.address()
    sep = rng.choice([",", ",", ";", "\t"])
    doc.add(
        "Hi, please see our household details below (copied from my spreadsheet). Send "
        "anything about it to "
    ).ent("ORGANIZATION", org.mailbox).add(" please.\n\n")
    cols = ["Name", "DOB", "Relationship", "NI number", "Mobile"]
    doc.add(sep.join(rng.choice([c, c.lower().replace(" ", "_"), c.upper()]) for c in cols) + "\n")
    members = [(lead, "applicant")]
    for _ in range(rng.randint(1, 4)):
        child = rng.random() < 0.6
        k = v.kin(lead, child=child)
        members.append(
            (
                k,
                "child"
                if child
                else rng.choice(
                    ["partner", "lodger"]
                    + (["mother", "sister"] if k.gender == "f" else ["father", "brother"])
                ),
            )
        )
    for m, rel in members:
        quote = sep == "," and rng.random() < 0.5
        if quote or rng.random() < 0.2:
            doc.add('"').nm(m, rng.choice(["surname_caps", "full"]) if quote else "full").add('"')
        else:
            doc.nm(m, rng.choice(["full", "caps", "middle"]))
        born = fmt_date(rng, m.dob)
        if sep in born:  # a spreadsheet quotes a date that holds the separator
            doc.add(f'{sep}"').ent("DATE_OF_BIRTH", born).add(f'"{sep}{rel}{sep}')
        else:
            doc.add(sep).ent("DATE_OF_BIRTH", born).add(f"{sep}{rel}{sep}")
        if rel != "child" and rng.random() < 0.8:
            doc.ident("UK_NINO", v.nino())
        doc.add(sep)
        if rel != "child" and rng.random() < 0.7:
            doc.ent("PHONE_NUMBER", v.phone(True))
        doc.add("\n")
    doc.add("\nAll at: ").addr_inline(a)
    doc.add(f". We moved in on {v.when(-400, -30)}. ")
    if rng.random() < 0.4:
        doc.add("Rent goes from sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(" acc ").ident("UK_BANK_ACCOUNT", v.account()).add(". ")
    doc.add("My email is ").ent("EMAIL_ADDRESS", v.email(lead)).add("\n\n").nm(lead, "first").add(
        "\n"
    )


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    repair_form_json,
    dd_mandate_boxes,
    blue_badge_carer,
    hmrc_reply_split_nino,
    discharge_summary_chi,
    care_home_residents,
    tenancy_reference,
    asb_diary,
    translated_letter,
    social_media_dm,
    name_change_licence_passport,
    bailiff_letter_forwarded,
    foodbank_referral,
    lowercase_no_punctuation,
    csv_paste_header,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT4 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT4.organisation_contacts
build_row = HELDOUT4.build_row
generate_heldout4 = HELDOUT4.generate
write_set = HELDOUT4.write_set
main = HELDOUT4.main


if __name__ == "__main__":
    main()
