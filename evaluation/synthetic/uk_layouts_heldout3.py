# Over 500 lines: one blind family written in one go (tables, values, layouts); to split like uk_layouts/.
"""heldout3: a third held-out SYNTHETIC family of UK letters with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall on layouts and values nobody has tuned on; it is for
REPORTING ONLY (tuning on it would spend it).

``generate_heldout3(n, seed)`` returns rows ``{"id": "uklayout-heldout3-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout3",
"layout"}``. Row i depends only on (seed, i); the 15 layouts are used in turn.
Write the set with ``python -m evaluation.synthetic.uk_layouts_heldout3 -o var/eval/pii_uk_layouts_heldout3.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout3.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

Its row machinery (value generators, the ``Doc3`` span builder over uk_layouts/'s ``Doc`` and
``unicode_trick``, row ids, CLI) lives in evaluation/synthetic/uk_layouts_shared.py, shared with
later families; the ``Person``/``Address`` records and month names come from
evaluation/synthetic/uk_layouts/; every value table is its own:

* first names and surnames from English (incl. names that are also words: Rose Hill, Mark Lane,
  Grace Bishop, Amber Field, Robin Wood...; double-barrelled and hyphenated surnames), Welsh,
  Irish, Scottish Gaelic, Punjabi/Gujarati/Bangladeshi/Pakistani/South Indian, Polish,
  Lithuanian/Ukrainian/Portuguese, Nigerian and Ghanaian, Chinese (Mandarin and Cantonese
  romanisations, Malaysian Chinese), Caribbean, Somali and Arabic communities; names are
  sometimes written in lower case or capitals;
* towns, villages and districts not used by the other families (only the big cities'
  names - London, Glasgow, Cardiff, ... - are shared; their districts are new) (Wetwang, Nether Wallop, Ugley,
  Pity Me, Mousehole, Llanidloes, Penrhyndeudraeth, Balivanich, Tobermory, Cookstown,
  Portaferry, ...; Welsh, Scottish and Northern Irish places, London districts), new streets
  (Mark Lane, Rose Hill, Ha-Ha Road, Heol y Cwm, Sraid a' Chladaich, ...) and house names;
* new recipient organisations (allow-listed) and third parties (GP surgeries, law firms,
  letting agents, banks' payees) whose own contact details are ORGANIZATION;
* more drama-range phone styles (Ofcom 0114/0115/0117/0118/0151/0191 ranges too) and bank
  detail styles ("20-00-00", "200000", "20 00 00", "s/c", "a/c", "acct no", spaced accounts).

Layouts (15): ctr_online_form, gp_referral_letter, without_prejudice_letter,
mr_appeal_timeline, sms_thread_export, ocr_handwritten_hyphenated, uc_journal_messages,
parish_residents_complaint, section21_notice_pasted, hardship_bank_statement,
admissions_appeal_children, power_of_attorney_letter, welsh_english_codeswitch,
email_signature_pronouns, complaint_quoting_previous.

Labelling conventions are those of evaluation/uk_layouts.py, so recall is comparable:
PERSON never includes a title ("Mrs", "Dr", "Cllr") nor pronouns ("(she/her)"); a surname or a
first name alone, initials with a surname ("K MAZUR"), and middle initials inside a full name
are PERSON. Addresses split into STREET_ADDRESS (flat/house name/number + street, one span even
over lines) + one LOCATION each for district, town/village and county + UK_POSTCODE. Only dates
of birth are DATE_OF_BIRTH; deadlines, hearing, appointment, statement and notice dates stay
unlabelled. Phones, emails, identifiers are labelled as written; an extension stays outside.
Recipient organisations' and third parties' own address lines, switchboards and mailboxes are
ORGANIZATION (ignored for recall); organisation, school, benefit and surgery names are
unlabelled. ~10% of NI numbers, NHS numbers, sort codes, account numbers and passport numbers are
MISTYPED (never-issued NINO prefix, bad suffix or a digit short; wrong NHS check digit; a sort
code like a date or a digit short; a 7-digit account; an 8-digit passport) and their span has
``"mistyped": True``. ~10% of rows hide a Unicode trick inside a labelled value (via
``unicode_trick``). In the OCR layout line breaks and "-\\n" hyphenation may fall inside a
labelled value; the span covers the value as written.
"""

from __future__ import annotations

from collections.abc import Callable

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
    ext,
    fmt_date,
    parse_tables,
    pron,
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
    "generate_heldout3",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout3"
TRICK_RATE = 0.105  # rows picked for a trick; ~10% end up with one

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
english: Kimberley/f Tracey/f Shirley/f Maureen/f Brenda/f Lesley/f Nicola/f Stacey/f Poppy/f
  Evie/f Harriet/f Imogen/f Barry/m Clive/m Nigel/m Terence/m Colin/m Wayne/m Lee/m Jordan/m
  Reece/m Ashley Frankie Tyler/m Archie/m Stanley/m Bernard/m Graham/m Leslie Kerry
wordy: Rose/f Mark/m Grace/f Amber/f Faith/f Hope/f Joy/f Dawn/f Holly/f Robin Penny/f Ivy/f
  Pearl/f Ruby/f Summer/f Will/m Frank/m Jack/m Sterling/m Sunny Angel Crystal/f Victoria/f
welsh: Cerys/f Lowri/f Seren/f Mererid/f Nerys/f Heledd/f Gwenno/f Elin/f Sioned/f Llinos/f
  Tegid/m Ieuan/m Gruffydd/m Cai/m Osian/m Iestyn/m Macsen/m Bryn/m Deiniol/m Hywel/m Trystan/m
irish: Caoimhe/f Clodagh/f Gráinne/f Sinéad/f Aisling/f Méabh/f Bríd/f Oisín/m Cathal/m Dónal/m
  Tadhg/m Colm/m Fiachra/m Cillian/m Darragh/m Rónán/m Pádraigín/f Eimear/f
gaelic: Mòrag/f Seonaid/f Ealasaid/f Catrìona/f Iseabail/f Peigi/f Oighrig/f Calum/m Tormod/m
  Dòmhnall/m Ruairidh/m Seumas/m Iain/m Murdo/m Coinneach/m Uisdean/m
south_asian: Parminder Jaswinder Nirmala/f Sunita/f Farhana/f Shazia/f Nasreen/f Tahmina/f
  Rehana/f Kamran/m Asif/m Bilal/m Harjit Kuldip Rupinder Pradeep/m Manoj/m Nilesh/m Hemant/m
  Shahid/m Rizwan/m Lakshmi/f Thiru/m Anwar/m
polish: Bartosz/m Wojciech/m Jakub/m Kamil/m Marek/m Dorota/f Ewa/f Beata/f Magdalena/f
  Justyna/f Anna/f Przemysław/m Jadwiga/f
east_european: Oksana/f Olena/f Taras/m Mykola/m Vytautas/m Rūta/f Jurgita/f Darius/m João/m
  Mariana/f Rui/m Valentina/f
west_african: Oluwadamilare/m Temitope Babatunde/m Olumide/m Ifeoma/f Chioma/f Obinna/m Nnamdi/m
  Uchenna Bolanle/f Yetunde/f Ayodele Chukwuemeka/m Ikechukwu/m Damilola Kwabena/m Adwoa/f
chinese: Xiuying/f Zhihao/m Jiahui/f Yuxuan Ka_Wai Wing_Yan/f Siu_Ming/m Kit Mei_Ling/f
  Jia Zhen/m Boon_Hock/m Siew_Lan/f
caribbean: Lascelles/m Clinton/m Everton/m Fitzroy/m Neville/m Sonia/f Yvonne/f Merline/f
  Icilda/f Lorna/f Tyrone/m Kemar/m Tanisha/f Shantelle/f Dwayne/m
somali: Abdiweli/m Ubah/f Sahra/f Khadra/f Nimco/f Istahil/f Farhan/m Mukhtar/m Abdikadir/m
  Hibo/f Sagal/f Liban/m
arabic: Rania/f Yasmin/f Dalia/f Lina/f Karim/m Tarek/m Bassam/m Walid/m Nadia/f Ziad/m Rami/m
  Hussein/m
"""
_SURNAMES = """
english: Pickering Lockwood Sowerby Entwistle Ackroyd Dewhurst Hargreaves Illingworth
  Tattersall Crabtree Pilkington Heathcote-Drummond Worthington-Pike Saint-Clair ffoulkes
  Montague-Jones Bramwell Fotheringham Scattergood Brassington-Hoyle
wordy: Hill Lane Bishop Field Church Wood Green Street Brook Banks Hall King Young Cook Mason
  Hunt Fox Swan Moss Little Long Sharp Bright Winter Frost Snow Bell May Rivers Chambers
  Summers Parish Friday Savage
welsh: Cadwaladr Gwilym Meredith Evans Owen Roberts Edwards Price Watkins Tudor Probert
  Prydderch Eynon Pryce-Jones Wyn Bebb Elias ab_Iorwerth Bowen-Evans
irish: Geraghty Costello Flanagan Gallagher Mulholland Quinn Maguire McGuinness Hegarty
  Ó_Súilleabháin/m Ní_Dhomhnaill/f Mac_Cárthaigh/m Breathnach Ó_Ceallaigh/m Ní_Cheallaigh/f
  Mc_Laughlin
gaelic: MacAulay MacIver Morrison MacNeil MacKinnon MacRitchie Matheson Nicolson MacInnes
  Maclennan Gunn Sutherland Munro NicLeòid/f MacDhòmhnaill/m
south_asian: Bains Dhillon Grewal Sidhu Johal Parmar Solanki Chauhan Mirza Qureshi Siddiqui
  Uddin Miah Bibi/f Raza Nair Pillai Menon Desai Joshi Lakhani Sivakumar Chaudhry-Khan
polish: Lewandowska/f Lewandowski/m Kamińska/f Kamiński/m Wiśniewska/f Szymański/m Zielińska/f
  Jankowski/m Kaczmarek Grabowska/f Pawlak Michalak Kołodziej Sobczak Przybylski/m Wróbel
  Jabłońska/f Mazurek
east_european: Shevchenko Kovalenko Petrauskas/m Petrauskienė/f Kazlauskas/m Ferreira Pereira
  Gonçalves Rodrigues Tkachenko
west_african: Adeleke Balogun Okeke Eze Obi Nwosu Chukwu Ogunbanjo Akinola Olaniyan Ibekwe
  Adewale-Johnson Oyewole Adegoke Igwe Appiah Amoako Darko
chinese: Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Tang Kwok Tsang Yeung Fung Chow Ho Tan Lim Ong Goh
caribbean: Gordon Grant Barrett Blake Francis Walters Anglin Lindo Gooden Facey Daley Ricketts
  Whyte Johnson-Barrett McFarlane
somali: Egal Duale Nur Osman Elmi Gedi Hirsi Abdulle Guled Samatar Warfa
arabic: Al-Khatib El-Masri Nasser Saleh Khoury Mansour Bakr Al-Amin Abu-Bakr Hamdan Darwish
"""
_CULTURE_WEIGHTS = {
    "english": 20,
    "wordy": 10,
    "welsh": 9,
    "irish": 7,
    "gaelic": 6,
    "south_asian": 12,
    "polish": 7,
    "east_european": 4,
    "west_african": 7,
    "chinese": 5,
    "caribbean": 5,
    "somali": 4,
    "arabic": 4,
}
# mixed-culture surname picks use these cultures' surnames only when genders agree
_STREETS = {
    "E": "Mark Lane, Rose Hill, Grace Street, Field Lane, Ha-Ha Road, Land of Promise, "
    "Wide Bargate, Shoulder of Mutton Alley, Crooked Usage, Quakers Walk, Mount Pleasant, "
    "Tanners Row, Gas Street, Wharf Road, Canal Side, Brewery Lane, Albert Terrace, "
    "Alma Road, Inkerman Street, Balaclava Road, Sebastopol Terrace, Bluebell Close, "
    "Heather Way, Lavender Gardens, Kestrel Rise, Windmill Hill, Hollow Lane, "
    "Coldharbour Lane, Featherbed Lane, Fishergate, Belgrave Road, Soho Road, "
    "Green Street, Stratford Road, Ladypool Road, Wilmslow Road, Lozells Road, "
    "Bishop Street, Church View, The Drove",
    "S": "Cowgate, Canongate, Marischal Street, Brae Road, The Loaning, Burnside Crescent, "
    "Mill Wynd, Harbour Brae, Lochside Road, Glebe Street, Craigmillar Park, "
    "Sraid a' Chladaich, Tolbooth Wynd, Gallowgate, Overgate, Shore Street, Kirkgate",
    "W": "Heol y Cwm, Ffordd y Brenin, Stryd y Bont, Lôn Isaf, Maes yr Haf, Rhes Fictoria, "
    "Teras Tan y Bryn, Stryd Penlan, Heol Llanelli, Clos y Wern, Lôn Ddewi, Bryn Eithin, "
    "Ffordd Glyndŵr, Heol Tabernacl, Stryd y Capel, Commercial Street, Dark Gate",
    "N": "Lisburn Road, Antrim Road, Bog Road, Ballymoney Road, Ballysillan Road, "
    "Rathfriland Road, Moneymore Road, Cloughmills Road, Lough Road, Mill Brae, "
    "Gortin Road, Killyclogher Road, Drumcairne Road, Shore Road",
}
_HOUSE_NAMES = {
    "E": "Dunroamin, Bramble Cottage, The Old School House, Wits End, The Coach House, "
    "Kingfisher Lodge, Pear Tree Cottage, The Granary, Little Orchard, Bide-a-Wee",
    "S": "Tigh na Bruaich, Cnoc an Fhraoich, Braeside, Rowanbank, Ardmore, The Old Manse",
    "W": "Bryn Hyfryd, Tŷ Capel, Gorffwysfa, Nant yr Efail, Llys Teg, Bron Haul",
    "N": "Drumnaconagher House, The Glebe, Lough View, Hawthorn Lodge, Carnmoney Cottage",
}
# region|county|town|places ; places are outward codes or District=CODE ; "*" marks a village
_TOWNS = """
E|East Riding of Yorkshire|Wetwang*|YO25 / E|Hampshire|Nether Wallop*|SO20
E|Essex|Ugley*|CM22 / E|County Durham|Pity Me*|DH1 / E|Cornwall|Mousehole*|TR19
E|Essex|Matching Tye*|CM17 / E|North Yorkshire|Giggleswick*|BD24 / E|Lincolnshire|Ashby Puerorum*|LN9
E|Dorset|Wool*|BH20 / E|Kent|Sandwich|CT13 / E|North Yorkshire|Whitby|YO21
E|West Yorkshire|Bradford|Manningham=BD8;Heaton=BD9 / E|Leicestershire|Leicester|Belgrave=LE4;Highfields=LE2
E|West Midlands|Coventry|Foleshill=CV6;Earlsdon=CV5 / E|Merseyside|Liverpool|Toxteth=L8;Anfield=L4;Kensington=L7
E|Tyne and Wear|Newcastle upon Tyne|Byker=NE6;Benwell=NE4 / E|Bedfordshire|Luton|Bury Park=LU1;LU4
E|Greater Manchester|Oldham|Glodwick=OL4;OL1 / E|Lancashire|Blackburn|BB1;BB2
E|Staffordshire|Stoke-on-Trent|Hanley=ST1;Burslem=ST6 / E|East Riding of Yorkshire|Hull|HU3;HU9
E|Hampshire|Southampton|Shirley=SO15;SO14 / E|Nottinghamshire|Nottingham|Hyson Green=NG7;Sneinton=NG2
E|Oxfordshire|Oxford|Cowley=OX4;Jericho=OX2 / E|Cambridgeshire|Wisbech|PE13
E|Lincolnshire|Boston|PE21 / E|West Yorkshire|Huddersfield|HD1;HD2 / E|West Yorkshire|Dewsbury|WF12
E|Lancashire|Burnley|BB10;BB11 / E|Lancashire|Blackpool|FY1;FY4 / E|North Yorkshire|Middlesbrough|TS1;TS3
E|Tyne and Wear|Sunderland|SR4 / E|Kent|Margate|CT9 / E|East Sussex|Hastings|TN34
E|Norfolk|Great Yarmouth|NR30 / E|Cumbria|Penrith|CA11 / E|County Durham|Consett|DH8
E|Lincolnshire|Scunthorpe|DN15
E||London|Southall=UB1;Stratford=E15;Lewisham=SE13;Hackney=E8;Croydon=CR0;Wembley=HA9
E||London|Kilburn=NW6;Streatham=SW16;Deptford=SE8;Ilford=IG1;East Ham=E6;Edmonton=N9
S|Highland|Ullapool*|IV26 / S|Isle of Mull|Tobermory|PA75 / S|Isle of Skye|Portree|IV51
S|Orkney|Kirkwall|KW15 / S|Scottish Borders|Peebles|EH45 / S|Argyll and Bute|Oban|PA34
S|Angus|Brechin|DD9 / S|Highland|Dingwall|IV15 / S|Dumfries and Galloway|Stranraer|DG9
S|Scottish Borders|Galashiels|TD1 / S|Highland|Drumnadrochit*|IV63
S|East Dunbartonshire|Milngavie|G62 / S|Na h-Eileanan Siar|Balivanich*|HS7
S|Na h-Eileanan Siar|Tarbert*|HS3 / S|North Lanarkshire|Cumbernauld|G67
S|East Ayrshire|Kilmarnock|KA1;KA3 / S|Fife|Cowdenbeath|KY4
S||Glasgow|Pollokshields=G41;Springburn=G21;Castlemilk=G45
S||Edinburgh|Craigmillar=EH16;Wester Hailes=EH14 / S||Aberdeen|Northfield=AB16
W|Gwynedd|Trefor*|LL54 / W|Gwynedd|Pwllheli|LL53 / W|Powys|Llanidloes|SY18
W|Denbighshire|Llangollen|LL20 / W|Sir Gaerfyrddin|Rhydaman|SA18 / W|Monmouthshire|Y Fenni|NP7
W|Ceredigion|Aberteifi|SA43 / W|Gwynedd|Y Bala|LL23 / W|Ceredigion|Tregaron|SY25
W|Blaenau Gwent|Glynebwy|NP23 / W|Gwynedd|Bangor|LL57 / W|Gwynedd|Penrhyndeudraeth*|LL48
W|Conwy|Llanrwst|LL26 / W|Ceredigion|Llanfihangel-y-Creuddyn*|SY23
W||Cardiff|Butetown=CF10;Llanrumney=CF3;Ely=CF5 / W||Swansea|Morriston=SA6;Bonymaen=SA1
N|County Antrim|Ballycastle|BT54 / N|County Tyrone|Cookstown|BT80 / N|County Tyrone|Strabane|BT82
N|County Londonderry|Coleraine|BT52 / N|County Down|Newtownards|BT23
N|County Tyrone|Dungannon|BT71 / N|County Londonderry|Limavady|BT49
N|County Down|Portaferry*|BT22 / N|County Antrim|Carrickfergus|BT38
N||Belfast|Sandy Row=BT12;Ardoyne=BT14;Stranmillis=BT9
"""
_REGION_WEIGHTS = {"E": 55, "W": 18, "S": 15, "N": 12}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Kirklees Council|Council Tax Reduction Team|PO Box B93;Huddersfield;HD1 2YZ|0300 555 0231|ctreduction@kirklees.gov.uk
Coventry City Council|Local Welfare Provision|PO Box 7097;Coventry;CV6 9LS|0300 555 0248|hardship@coventry.gov.uk
Birmingham City Council|School Admissions and Appeals|PO Box 16900;Birmingham;B2 2UU|0300 555 0259|admissions.appeals@birmingham.gov.uk
Cyngor Sir Ceredigion|Tîm Budd-daliadau|Canolfan Rheidol;Aberystwyth;SY23 3UE|0300 555 0262|budd-daliadau@ceredigion.gov.uk
Highland Council|Housing and Property|Glenurquhart Road;Inverness;IV3 5NX|0300 555 0273|housing@highland.gov.uk
DWP|PIP Mandatory Reconsideration|Mail Handling Site K;Wolverhampton;WV99 2GZ|0800 555 0284|pip.mr@dwp.gov.uk
Office of the Public Guardian|Customer Services|PO Box 16998;Birmingham;B2 2XX|0300 555 0295|customerservices@publicguardian.gov.uk
Hull City Council|Revenues and Benefits|PO Box 15;Hull;HU1 2AB|0300 555 0306|benefits@hullcc.gov.uk
Test Valley Borough Council|Environmental Health|Beech Hurst, Weyhill Road;Andover;SP10 3AJ|0300 555 0317|envhealth@testvalley.gov.uk
Liverpool City Council|Private Sector Housing|Cunard Building;Liverpool;L3 1AH|0300 555 0339|privatehousing@liverpool.gov.uk
Comhairle nan Eilean Siar|Council Tax Team|Sandwick Road;Stornoway;HS1 2BW|0300 555 0340|counciltax@cne-siar.gov.uk
Mid Ulster District Council|Environmental Health|Burn Road;Cookstown;BT80 8DT|028 9649 6351|envhealth@midulster.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_SURGERIES = """
Wharfside Medical Centre|Canal Side;Nottingham;NG2 3AB|0115 496 0412|wharfside.admin@nhs.net
Meddygfa Bro Ddyfi|Heol Maengwyn;Machynlleth;SY20 8EB|029 2018 0521|meddygfa.brodyfi@wales.nhs.uk
Kilbarchan Road Practice|12 Kilbarchan Road;Johnstone;PA5 8LN|0141 496 0634|kilbarchan.practice@nhs.scot
Bury Park Health Centre|Dunstable Road;Luton;LU1 1EA|0118 496 0745|burypark.hc@nhs.net
The Lough Surgery|Church Street;Portadown;BT62 3LQ|028 9649 6856|reception.loughsurgery@hscni.net
Sandhills Family Practice|Sandhills Lane;Liverpool;L5 9XZ|0151 496 0967|sandhills.fp@nhs.net
"""
_FIRMS = """
Okonjo Whitlock Solicitors|Provident House, 9 Cheapside;Bradford;BD1 4JA|0114 496 0188|enquiries@okonjowhitlock.co.uk
Carreg Law|Swyddfa'r Cei, Stryd y Porth;Caernarfon;LL55 1RN|029 2018 0291|post@carreglaw.cymru
McIlwaine & Devlin|4 Linenhall Street;Belfast;BT2 8BG|028 9649 6393|info@mcilwainedevlin.com
Ashworth Kaur LLP|Lister Chambers;Leicester;LE1 6RT|0116 496 0494|housing@ashworthkaur.co.uk
Sinclair Baird WS|21 Rutland Square;Edinburgh;EH1 2BB|0131 496 0595|mail@sinclairbaird.co.uk
"""
_AGENTS = """
Keystone Lettings|88 Kirkgate;Wakefield;WF1 1TB|0113 496 0116|tenancies@keystonelets.co.uk
Dee Valley Property|Unit 2, Bridge Street;Llangollen;LL20 8PF|029 2018 0227|hello@deevalleyproperty.co.uk
Merseyview Residential|Exchange Flags;Liverpool;L2 3PF|0151 496 0338|arrears@merseyview.co.uk
"""
_SCHOOLS = [
    "St Aidan's RC Primary",
    "Moseley Park Academy",
    "Ysgol Gymraeg Bro Hyddgen",
    "Foleshill Church of England Junior School",
    "Kings Heath Boys",
    "Hall Green School",
    "Oasis Academy Short Heath",
    "Nansen Primary",
    "Small Heath Leadership Academy",
    "Starbank School",
    "Lozells Methodist Primary",
]
_EMAIL_DOMAINS = [
    "proton.me",
    "ntlworld.com",
    "me.com",
    "mail.com",
    "yahoo.com",
    "gmx.co.uk",
    "tiscali.co.uk",
    "blueyonder.co.uk",
    "hotmail.com",
    "gmail.com",
    "o2.co.uk",
    "outlook.co.uk",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0114 496 0",
    "0115 496 0",
    "0117 496 0",
    "0118 496 0",
    "0151 496 0",
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
SURGERIES = third_parties(_SURGERIES)
FIRMS = third_parties(_FIRMS)
AGENTS = third_parties(_AGENTS)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES


# --------------------------------------------------------------------------- layouts
def ctr_online_form(doc: Doc3, v: V) -> None:
    """A council tax reduction e-form exported as "Field: value" lines with odd labels."""
    rng = v.rng
    p, a, org = v.person(), v.address(casual=True), v.org("Council Tax", "Revenues")
    partner = v.person(gender="m" if p.gender == "f" else "f")
    sep = rng.choice([": ", " - ", ":\t", " = "])
    doc.add(
        f"{org.name} - eForms export\nForm: CTR1 New claim for Council Tax Reduction\n"
        f"Submission ID: CTR-{v.ref(8)}   Received: {v.when(-30, 0)} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\nRouted to: "
    )
    doc.ent("ORGANIZATION", org.mailbox).add("\n\n")
    doc.add(f"q1_forenames_lead_claimant{sep}").ent(
        "PERSON", p.first + (f" {p.middle_initial}" if p.middle_initial else "")
    )
    doc.add(f"\nq2_SURNAME_family_name{sep}").ent(
        "PERSON", p.last.upper() if rng.random() < 0.5 else p.last
    )
    doc.add(f"\nq3_dob_ddmmyyyy{sep}").dob(p)
    doc.add(f"\nq4_NINo_if_known{sep}")
    if rng.random() < 0.85:
        doc.ident("UK_NINO", v.nino())
    else:
        doc.add("dont know it")
    doc.add(f"\nq5a_property_no_or_name{sep}").ent("STREET_ADDRESS", a.street(", "))
    if a.district:
        doc.add(f"\nq5b_locality{sep}").ent("LOCATION", a.district)
    doc.add(f"\nq5c_town{sep}").ent("LOCATION", a.town)
    doc.add(f"\nq5d_pc{sep}").ent("UK_POSTCODE", a.postcode)
    doc.add(f"\nq5e_UPRN_leave_blank_if_unsure{sep}{rng.choice(['', '1000' + v.ref(8)])}")
    doc.add(f"\nq6_best_no_daytime{sep}").ent("PHONE_NUMBER", v.phone())
    doc.add(f"\nq7_eml{sep}").ent("EMAIL_ADDRESS", v.email(p))
    if rng.random() < 0.6:
        doc.add(f"\nq8_anyone_else_live_with_you{sep}Yes - partner\nq8a_partner_full_name{sep}")
        doc.nm(partner, rng.choice(["full", "caps", "lower"]))
        doc.add(f"\nq8b_partner_dob{sep}").dob(partner)
        if rng.random() < 0.5:
            doc.add(f"\nq8c_partner_NINO{sep}").ident("UK_NINO", v.nino())
    else:
        doc.add(f"\nq8_anyone_else_live_with_you{sep}No")
    doc.add(
        f"\nq9_income_types{sep}Universal Credit; Carer's Allowance\nq10_rent_pw{sep}"
        f"£{v.money(60, 260)}\nq11_landlord_or_agent{sep}"
    )
    if rng.random() < 0.5:
        doc.nm(v.person(), rng.choice(["full", "title_full", "initial_dot"]))
    else:
        doc.add(rng.choice(["Incommunities", "Together Housing", "Clarion"]))
    if rng.random() < 0.55:
        doc.add(f"\nq12_refund_acct_name{sep}").nm(p, rng.choice(["full", "bank"]))
        doc.add(f"\nq12_sc{sep}").ident("UK_SORT_CODE", v.sort_code())
        doc.add(f"\nq12_acc_no{sep}").ident("UK_BANK_ACCOUNT", v.account())
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            doc.add(f"\nq13a_ID_type{sep}UK passport\nq13b_ID_no{sep}").ident(
                "UK_PASSPORT", v.passport()
            )
        else:
            doc.add(f"\nq13a_ID_type{sep}Photocard DL\nq13b_ID_no{sep}")
            doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(
        f"\nq13_evidence_upload{sep}payslip_{v.ref(6)}.pdf\nq14_declaration{sep}TRUE\n"
        f"q15_typed_signature{sep}"
    ).nm(p, rng.choice(["full", "lower", "middle"]))
    doc.add(f"\nq16_date{sep}{v.when(-30, 0)}\n")


def gp_referral_letter(doc: Doc3, v: V) -> None:
    """A GP refers a patient to the council's OT / housing adaptations service."""
    rng = v.rng
    s, org = rng.choice(SURGERIES), v.org("Housing", "Environmental")
    p = v.person(born=(1931, 1975))
    gp, kin = v.person(), v.kin(p, born=(1950, 1995))
    she, her = pron(p)
    doc.add(s.name + "\n")
    for line in s.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("Tel ").ent("ORGANIZATION", s.phone).add("  |  ").ent("ORGANIZATION", s.mailbox)
    doc.add(f"\n\nDate dictated: {v.when(-60, -5)}   Date typed: {v.when(-5, 0)}\n\n")
    doc.block(org, phone=False, mailbox=rng.random() < 0.5)
    doc.add("\nDear Colleague,\n\nRe: ").nm(
        p, rng.choice(["title_full", "title_middle", "surname_caps"])
    )
    doc.add(rng.choice(["  D.O.B. ", "   DOB: ", "  born "])).dob(p)
    doc.add("\nNHS No: ").ident("UK_NHS", v.nhs()).add(f"   Practice no: {v.ref(6)}\n")
    doc.add("Address: ").addr_inline(v.address()).add("\nTel: ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.6:
        rel = "daughter" if kin.gender == "f" else "son"
        doc.add("\nNext of kin: ").nm(kin).add(f" ({rel}) ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(
        f"\n\nI would be grateful if you could assess this {age(p.dob)}-year-old "
        f"{'lady' if p.gender == 'f' else 'gentleman'} for a level-access shower and grab "
        f"rails. {she.capitalize()} has COPD and osteoarthritis of both hips and was admitted "
        f"after a fall on {v.when(-90, -20)}. "
    )
    doc.nm(p, rng.choice(["title_surname", "first"])).add(
        f" now sleeps downstairs. {she.capitalize()}"
        f" has a follow-up appointment with us "
        f"on {v.when(5, 40)} and a Blue Badge "
        "application is pending."
    )
    if rng.random() < 0.35:
        doc.add(f" {her.capitalize()} carer, ").nm(v.person(), "full")
        doc.add(", visits twice daily and can be reached on ").ent("PHONE_NUMBER", v.phone(True))
        doc.add(".")
    doc.add("\n\nYours sincerely\n\n\nDr ").nm(gp, rng.choice(["full", "initial_dot", "middle"]))
    doc.add(f"\nGP Partner   GMC {rng.randint(1000000, 7999999)}\ncc: patient\n")


def without_prejudice_letter(doc: Doc3, v: V) -> None:
    """A solicitor's "without prejudice" settlement offer to a council in a disrepair claim."""
    rng = v.rng
    firm, org = rng.choice(FIRMS), v.org("Housing")
    client, writer, home = v.person(), v.person(), v.address()
    co = v.kin(client, born=(1960, 2004)) if rng.random() < 0.4 else None
    her = pron(client)[1]
    doc.add(firm.name + "\n")
    for line in firm.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("DX 1234 " + rng.choice(["BRADFORD", "LEICESTER", "BELFAST"]) + "\nT ")
    doc.ent("ORGANIZATION", firm.phone).add("   E ").ent("ORGANIZATION", firm.mailbox).add("\n\n")
    doc.add("WITHOUT PREJUDICE SAVE AS TO COSTS\n\nBy email only: ").ent(
        "ORGANIZATION", org.mailbox
    )
    doc.add(
        f"\n\nLegal Services\n{org.name}\n\nOur ref: {rng.choice(['HD', 'DIS', 'LT'])}."
        f"{rng.randint(100, 9999)}.{rng.randint(1, 99)}   Your ref: LS/{v.ref(6)}\n"
        f"Date: {v.when(-20, 0)}\n\nDear Sirs\n\nOur client: "
    )
    doc.nm(client, rng.choice(["title_full", "title_middle", "full"]))
    if co:
        doc.add(" and ").nm(co, rng.choice(["title_full", "full"]))
    doc.add("\nProperty: ").addr_inline(home)
    if rng.random() < 0.35:
        doc.add("\nID verified: passport no. ").ident("UK_PASSPORT", v.passport())
    doc.add(
        f"\nClaim no: K{rng.randint(10, 99)}YX{rng.randint(100, 999)}\n\nWe refer to the "
        f"pre-action protocol letter of {v.when(-200, -60)} and to the joint expert's "
        f"report dated {v.when(-59, -21)}. Without admission, our client is prepared to "
        f"settle the claim on the following terms:\n\n1. The works in the schedule are "
        f"completed by {v.when(20, 80)}.\n2. You pay damages of £{rng.randint(2, 9)},"
        f"{rng.randint(100, 999)} within 14 days, "
    )
    if rng.random() < 0.6:
        doc.add("directly to our client's own account (sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(rng.choice([", account ", ", a/c no. "]))
        doc.ident("UK_BANK_ACCOUNT", v.account()).add(").\n")
    else:
        doc.add("to our client account.\n")
    doc.add(
        f"3. Each party bears its own costs.\n\nThis offer remains open until 4pm on "
        f"{v.when(10, 30)}. Should the matter proceed, the hearing listed before District "
        "Judge "
    ).nm(v.person(), "surname")
    doc.add(
        f" on {v.when(30, 120)} will go ahead and we shall draw this letter to the court's "
        f"attention on the question of costs. Please do not contact "
    )
    doc.nm(client, "title_surname").add(f" directly; {her} mobile number (")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(
        ") is given only for the contractor's access.\n\nYours faithfully\n\n"
    )
    if rng.random() < 0.5:
        doc.add(firm.name + "\n")
    else:
        doc.nm(writer, rng.choice(["full", "middle"])).add(
            f"\n{rng.choice(['Partner', 'Solicitor', 'Chartered Legal Executive'])}\n"
        )
        doc.add("Direct line ").ent("PHONE_NUMBER", v.phone(False)).add("\n")


def mr_appeal_timeline(doc: Doc3, v: V) -> None:
    """A mandatory reconsideration request: a details table, then a dated timeline."""
    rng = v.rng
    p, org, helper = v.person(born=(1950, 2003)), v.org("DWP"), v.person()
    benefit = rng.choice(
        [
            "Personal Independence Payment",
            "Employment and Support Allowance",
            "Universal Credit (LCWRA)",
        ]
    )
    style = rng.choice(["pipe", "box", "tab"])
    rows: list[tuple[str, Callable[[], object]]] = [
        ("Name", lambda: doc.nm(p, rng.choice(["full", "caps", "middle"]))),
        ("Date of birth", lambda: doc.dob(p)),
        ("NI number", lambda: doc.ident("UK_NINO", v.nino())),
        ("Address", lambda: doc.addr_inline(v.address())),
        ("Phone", lambda: doc.ent("PHONE_NUMBER", v.phone())),
        ("Date of decision", lambda: doc.add(v.when(-60, -10))),
    ]
    doc.add(f"To: {org.name}, {org.team}\n")
    doc.ent("ORGANIZATION", ", ".join(org.lines)).add(
        f"\n\nREQUEST FOR MANDATORY RECONSIDERATION - {benefit}\n\n"
    )
    for label, write in rows:
        if style == "pipe":
            doc.add(f"| {label:<16} | ")
            write()
            doc.add(" |\n")
        elif style == "box":
            doc.add(f"│ {label} │ ")
            write()
            doc.add("\n")
        else:
            doc.add(f"{label}\t")
            write()
            doc.add("\n")
    assessor, gp = v.person(), v.person()
    doc.add(
        f"\nTIMELINE\n{v.when(-300, -240)} - claim started by phone\n{v.when(-239, -150)} - "
        "face-to-face assessment; the health professional, "
    )
    doc.nm(assessor, rng.choice(["first", "title_surname", "full"]))
    doc.add(
        f", spent 20 minutes with me\n{v.when(-149, -90)} - decision: 4 points daily living, 0 "
        f"mobility\n{v.when(-89, -60)} - phoned the helpline ("
    ).ent("ORGANIZATION", org.phone)
    doc.add(f"), told to write in\n{v.when(-59, -30)} - my GP Dr ").nm(gp, "surname")
    doc.add(" wrote the enclosed letter\n")
    doc.add(
        f"{v.when(-29, -1)} - fell on the stairs, A&E (discharge note enclosed)\n\nWHY I DISAGREE\n"
        "I cannot prepare a simple meal, I need prompting to wash and I cannot plan a journey. "
        f"The report says I walked my dog; I have not had a dog since {rng.randint(2009, 2020)}.\n"
    )
    if rng.random() < 0.6:
        doc.add("\nAPPOINTEE / REPRESENTATIVE\nName: ").nm(
            helper, rng.choice(["full", "title_full"])
        )
        doc.add("\nRelationship: welfare rights adviser, Citizens Advice\nEmail: ")
        doc.ent(
            "EMAIL_ADDRESS", v.email(helper, rng.choice(["cab-north.org.uk", "advice-hub.org.uk"]))
        )
        doc.add("\n")
    doc.add(f"\nPlease reply within the one month deadline ({v.when(10, 30)}).\nSigned ")
    doc.nm(p, rng.choice(["initial_dot", "full", "lower"])).add("\n")


def sms_thread_export(doc: Doc3, v: V) -> None:
    """A text thread exported from a phone and pasted in, all lower case."""
    rng = v.rng
    me, mum = v.person(born=(1975, 2004)), v.person(gender="f", born=(1940, 1970))
    mum = v.kin(me, "f", born=(1940, 1972)) if rng.random() < 0.7 else mum
    a = v.address(casual=True)
    doc.lower = True
    doc.add("copy of texts as asked by ").ent(
        "PERSON", rng.choice(["joanne", "tariq", "siobhan", "bev"])
    )
    doc.add(" at the housing office\n\nconversation with ").ent("PERSON", mum.first)
    doc.add(" (").ent("PHONE_NUMBER", v.phone(True)).add(")\n")
    t = rng.randint(7, 20)

    def stamp(who: Person | None) -> Doc3:
        doc.add(f"[{v.when(-20, -1)}, {t + rng.randint(0, 3):02d}:{rng.randint(0, 59):02d}] ")
        return (doc.ent("PERSON", who.first) if who else doc.add("me")).add(": ")

    stamp(mum).add("did u send the form off to the council yet\n")
    stamp(None).add("no need ur details. whats ur ni again\n")
    stamp(mum).ident("UK_NINO", v.nino()).add(" i think x\n")
    stamp(None).add("and dob\n")
    stamp(mum).dob(mum).add(" lol u should know that\n")
    stamp(None).add("and the new address they want the full thing\n")
    stamp(mum).ent("STREET_ADDRESS", a.street(" ")).add(" ").ent("LOCATION", a.town).add(" ")
    doc.ent("UK_POSTCODE", a.postcode).add("\n")
    if rng.random() < 0.5:
        stamp(mum).add("nhs no is on my letter ").ident("UK_NHS", v.nhs()).add("\n")
    if rng.random() < 0.5:
        uncle = v.person(mum.culture, "m")
        stamp(mum).add("if they ring and i dont answer try ").ent("PERSON", uncle.first)
        doc.add(" on ").ent("PHONE_NUMBER", v.phone()).add("\n")
    stamp(None).add(f"ok sending it today, appointment is {v.when(3, 30)} at 10\n")
    stamp(mum).add("thank u ").ent("PERSON", me.first).add(" xx\n\nmy number is ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" if u need anything else, ").nm(me, "full").add(
        "\n"
    )


def ocr_handwritten_hyphenated(doc: Doc3, v: V) -> None:
    """A handwritten letter run through OCR: hard line breaks, words hyphenated across lines
    (labelled values included), character confusions in the running text."""
    rng = v.rng
    p, a, neighbour = v.person(born=(1931, 1965)), v.address(), v.person()
    doc.wrap, doc.noise, doc.hyphenate = rng.randint(34, 58), True, 0.5
    doc.upper = rng.random() < 0.2
    doc.add(
        f"{v.when(-30, 0)}\nTo whom it concerns at the council\nI am writing because "
        "nobody answers the telephone any more and my grandson says I should put it in "
        "writing. My name is "
    ).nm(p, rng.choice(["full", "title_full", "middle"]))
    doc.add(" and I have lived at ").addr_inline(a)
    doc.add(f" for {rng.randint(12, 55)} years. My date of birth is ").dob(p)
    doc.add(". The people who moved in next door at ").ent(
        "STREET_ADDRESS",
        rng.choice(
            [
                f"number {rng.randint(1, 99)}",
                f"No. {rng.randint(1, 99)}",
                rng.choice(HOUSE_NAMES["E"]),
            ]
        ),
    )
    doc.add(
        " have been burning rubbish in the garden every evening and the smoke comes straight "
        "in through my windows. I have asthma. "
    )
    doc.nm(neighbour, rng.choice(["title_surname", "full"]))
    doc.add(" across the road has seen it too and will tell you. ")
    if rng.random() < 0.6:
        doc.add("My National Insurance Number is ").ident("UK_NINO", v.nino()).add(
            " if you need it. "
        )
    if rng.random() < 0.5:
        doc.add("My health number is ").ident("UK_NHS", v.nhs()).add(". ")
    doc.add("Please telephone me on ").ent("PHONE_NUMBER", v.phone(False))
    doc.add(" in the mornings as I go to the Day Centre on Thursdays.\nYours faithfully\n")
    doc.nm(p, rng.choice(["full", "initial_dot", "title_surname"])).add("\n")


def uc_journal_messages(doc: Doc3, v: V) -> None:
    """Universal Credit journal entries copied from the online account."""
    rng = v.rng
    p, coach = v.person(born=(1970, 2004)), v.person()
    partner = v.person(gender="m" if p.gender == "f" else "f", born=(1968, 2004))
    child = v.kin(partner, child=True, born=(2012, 2025))
    ph, pp = pron(partner)
    doc.add("Universal Credit | ").nm(p, rng.choice(["full", "caps"])).add(" | Journal\n\n")
    doc.add(
        f"{v.when(-10, -1)}\nTo-do completed: Report a change of circumstances\n\n"
        f"{v.when(-10, -1)}\nMessage from you\nSubject: Partner moved in\n\nHi "
    )
    doc.nm(coach, "first").add(", as I said at my appointment on ")
    doc.add(f"{v.when(-20, -11)}, my partner ").nm(partner, rng.choice(["full", "middle"]))
    doc.add(f" moved in on {v.when(-40, -21)}. {ph.capitalize()} was born on ").dob(partner)
    doc.add(f" and {pp} NI number is ").ident("UK_NINO", v.nino())
    doc.add(f". {ph.capitalize()} has a little one, ").nm(child, "first").add(", born ").dob(child)
    doc.add(". We live at ").addr_inline(v.address(casual=True))
    if rng.random() < 0.6:
        doc.add(f". {pp.capitalize()} wages go into sort code ").ident(
            "UK_SORT_CODE", v.sort_code()
        )
        doc.add(" account ").ident("UK_BANK_ACCOUNT", v.account())
    if rng.random() < 0.45:
        if rng.random() < 0.5:
            doc.add(f". For the ID check {pp} passport number is ").ident(
                "UK_PASSPORT", v.passport()
            )
        else:
            doc.add(f". {pp.capitalize()} driving licence is ").ent(
                "UK_DRIVING_LICENCE", v.licence(partner)
            )
    doc.add(". What else do you need?\n\n")
    doc.add(f"{v.when(0, 2)}\nMessage from your work coach\n\nHello ").nm(p, "first")
    doc.add(
        f", thank you. Please upload {pp} last 3 payslips by {v.when(5, 14)}. Your next "
        f"payment on {v.when(3, 30)} may change. "
    ).nm(coach, "first").add(", DWP\n\n")
    doc.add(f"{v.when(3, 5)}\nMessage from you\n\nuploaded. my new mobile is ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" pls update\n")


def parish_residents_complaint(doc: Doc3, v: V) -> None:
    """Residents of a village sign a complaint, each with their address."""
    rng = v.rng
    org = v.org("Environmental")
    region = rng.choice("EEEWSN")
    village = rng.choice([t for t in TOWNS[region] if t.village] or TOWNS[region])
    subject = rng.choice(
        [
            "the quarry lorries using the lane",
            "the closure of the bus shelter",
            "flooding from the blocked culvert",
            "the smell from the anaerobic digester",
        ]
    )
    doc.add(f"To: {org.team}, {org.name} (").ent("ORGANIZATION", org.mailbox)
    doc.add(")\ncc: the Clerk to the Parish Council, ")
    clerk = v.person()
    doc.nm(clerk, rng.choice(["title_full", "full", "initial_dot"]))
    doc.add(
        f"\n\nDate: {v.when(-14, 0)}\n\nJOINT COMPLAINT ABOUT {subject.upper()}\n\nWe, the "
        f"undersigned residents of "
    ).ent("LOCATION", village.town)
    doc.add(
        f", wish to complain about {subject}. This was raised at the parish meeting on "
        f"{v.when(-90, -30)} and nothing has happened. We ask for a site visit before "
        f"{v.when(10, 40)}.\n\nSigned:\n"
    )
    n = rng.randint(3, 6)
    for i in range(n):
        r = v.person()
        _, outward = rng.choice(village.places)
        street = rng.choice(STREETS[region])
        house = rng.choice(
            [
                rng.choice(HOUSE_NAMES[region]),
                f"{rng.randint(1, 60)} {street}",
                f"{rng.choice(HOUSE_NAMES[region])}, {street}",
            ]
        )
        doc.add(rng.choice([f"{i + 1}. ", f"{i + 1}) ", "- ", ""]))
        doc.nm(r, rng.choice(["full", "title_full", "title_surname", "caps", "middle"]))
        doc.add(rng.choice([", ", " - ", "\t"])).ent("STREET_ADDRESS", house)
        if rng.random() < 0.6:
            doc.add(", ").ent("LOCATION", village.town)
        if rng.random() < 0.5:
            doc.add(" ").ent("UK_POSTCODE", v.postcode(outward))
        if rng.random() < 0.4:
            doc.add("  tel ").ent("PHONE_NUMBER", v.phone())
        doc.add(rng.choice(["   (signed)", "   [signature]", "", "   ~~~"]) + "\n")
    doc.add("\nPlease reply to the first signatory.\n")


def section21_notice_pasted(doc: Doc3, v: V) -> None:
    """A tenant pastes the Form 6A (section 21) notice they were served and asks for help."""
    rng = v.rng
    t1, home, org = v.person(), v.address(rng.choice("EEE")), v.org("Housing", "Private")
    t2 = v.person() if rng.random() < 0.5 else None
    private = rng.random() < 0.6
    doc.add(
        f"Hi, I got this through the door on {v.when(-10, -1)}. Am I going to be homeless? "
        "I have typed it out below.\n\n"
    ).nm(t1, "first")
    doc.add(" ").ent("PHONE_NUMBER", v.phone(True)).add(
        "\n\n-----\nFORM 6A\nNotice seeking "
        "possession of a property let on an "
        "Assured Shorthold Tenancy\nHousing Act "
        "1988 section 21(1) and (4)\n\n1. To: "
    )
    doc.nm(t1, rng.choice(["full", "caps", "middle"]))
    if t2:
        doc.add(rng.choice([" and ", " & ", ", "])).nm(t2, rng.choice(["full", "caps"]))
    doc.add("\nAddress of premises:\n").addr_lines(home, indent="   ")
    doc.add(
        f"\n2. You are required to leave the above premises after {v.when(50, 70)}. If you "
        "do not leave, your landlord may apply to the court for an order under section 21.\n"
        "\n3. Name(s) of landlord(s)/agent: "
    )
    if private:
        ll = v.person()
        doc.nm(ll, rng.choice(["full", "title_full", "caps"]))
        doc.add("\n   Address of landlord:\n").addr_lines(v.address(), indent="   ")
        doc.add("   Telephone: ").ent("PHONE_NUMBER", v.phone())
        if rng.random() < 0.6:
            doc.add("   Email: ").ent("EMAIL_ADDRESS", v.email(ll))
        doc.add("\n\n4. Signed: ").nm(ll, rng.choice(["full", "initial_dot"]))
        doc.add("  Landlord\n")
    else:
        ag = rng.choice(AGENTS)
        doc.add(f"{ag.name} on behalf of the landlord\n   Address: ")
        for i, line in enumerate(ag.lines):
            doc.add(", " if i else "").ent("ORGANIZATION", line)
        doc.add("\n   Telephone: ").ent("ORGANIZATION", ag.phone).add("\n\n4. Signed: ")
        doc.nm(v.person(), rng.choice(["full", "initial"])).add("  Lettings Manager\n")
    doc.add(
        f"   Date: {v.when(-12, -2)}\n-----\n\nI have never been late with the rent. "
        f"The deposit went into the DPS. Please can someone from {org.team} call me? I "
        "tried "
    ).ent("ORGANIZATION", org.phone).add(" three times.\n")


def hardship_bank_statement(doc: Doc3, v: V) -> None:
    """A hardship fund request with bank statement lines pasted in: payees who are people have
    their sort codes and account numbers on the line, in every style a bank prints."""
    rng = v.rng
    p, org = v.person(), v.org("Welfare", "Revenues")
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(
        f"\n\nDear {org.team},\n\nI am applying for an emergency payment. I am "
    )
    doc.nm(p, rng.choice(["full", "title_full"])).add(", NI ").ident("UK_NINO", v.nino())
    doc.add(", of ").addr_inline(v.address()).add(
        f". I had £{v.money(2, 40)} left on {v.when(-10, -3)}. My statement:\n\n"
    )
    doc.add(
        rng.choice(
            [
                "Date        Description                                   Amount     Balance\n",
                "DATE | TYPE | DETAILS | OUT | IN\n",
                "",
            ]
        )
    )
    bal = rng.randint(600, 1400)
    org_lines = [
        "DD  OCTOPUS ENERGY",
        "DD  TV LICENCE MBP",
        "CARD  TESCO STORES 2231",
        "BGC DWP UC",
        "DD  COUNCIL TAX",
        "CARD  ALDI 71",
        "SO  EE LIMITED",
        "BGC HMRC CHB",
    ]
    for _ in range(rng.randint(5, 8)):
        when = f"{rng.randint(1, 28):02d} {rng.choice(['Oct', 'Nov', 'OCT', 'NOV'])}"
        amount = v.money(3, 250)
        doc.add(f"{when}  ")
        if rng.random() < 0.45:
            payee = v.person()
            kind = rng.choice(["FASTER PAYMENT TO", "FPO", "TFR FROM", "BP", "SO", "FPI"])
            doc.add(kind + " ").nm(payee, rng.choice(["bank", "bank2", "caps", "surname_caps"]))
            sc_label = rng.choice([" ", " S/C ", " SC ", " sort code ", " "])
            doc.add(sc_label).ident("UK_SORT_CODE", v.sort_code())
            doc.add(rng.choice([" ", " A/C ", " ACCT NO ", " acc ", " a/c "]))
            doc.ident("UK_BANK_ACCOUNT", v.account())
            doc.add(rng.choice([" REF RENT", " REF LOAN", " REF MUM", " REF " + v.ref(6), ""]))
        else:
            doc.add(rng.choice(org_lines))
        bal -= rng.randint(1, 80)
        doc.add(f"  {amount}  {bal}.{rng.randint(0, 99):02d}\n")
    doc.add("\nMy own account: ")
    sc, acc = v.sort_code(), v.account()
    form = rng.random()
    if form < 0.33:
        doc.add("s/c ").ident("UK_SORT_CODE", sc).add(" a/c ").ident("UK_BANK_ACCOUNT", acc)
    elif form < 0.66:
        doc.add("Sort Code: ").ident("UK_SORT_CODE", sc).add(" / Acct No: ").ident(
            "UK_BANK_ACCOUNT", acc
        )
    else:
        doc.ident("UK_SORT_CODE", sc).add(" ").ident("UK_BANK_ACCOUNT", acc).add(" (Monzo)")
    if rng.random() < 0.4:
        doc.add("\nID: driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(
        f"\n\nThe £{v.money(100, 300)} to my landlord is the rent. I borrowed from my brother "
        "and I am paying him back. Please ring "
    ).ent("PHONE_NUMBER", v.phone())
    doc.add(".\n\nThanks\n").nm(p, "first").add("\n")


def admissions_appeal_children(doc: Doc3, v: V) -> None:
    """A school admissions appeal: the children listed with their dates of birth."""
    rng = v.rng
    parent, org = v.person(born=(1970, 1998)), v.org("Admissions")
    kids = [v.kin(parent, child=True, born=(2011, 2022)) for _ in range(rng.randint(1, 3))]
    seen, children = set(), []
    for k in kids:
        if k.first not in seen:
            seen.add(k.first)
            children.append(k)
    school = rng.choice(_SCHOOLS)
    doc.add(f"{org.team}\n{org.name}\n").ent("ORGANIZATION", org.mailbox)
    doc.add(
        f"\n\nAPPEAL AGAINST REFUSAL OF A SCHOOL PLACE - {school}\n\nAppellant (parent/carer): "
    )
    doc.nm(parent, rng.choice(["title_full", "full"])).add("\nAddress:\n").addr_lines(v.address())
    doc.add("Telephone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(parent))
    if rng.random() < 0.4:
        doc.add("\nProof of address: ")
        if rng.random() < 0.6:
            doc.add("driving licence ").ent("UK_DRIVING_LICENCE", v.licence(parent))
        else:
            doc.add("passport ").ident("UK_PASSPORT", v.passport())
    doc.add("\n\nChildren in the household:\n")
    for i, k in enumerate(children):
        style = rng.choice(["dash", "paren", "tab"])
        doc.add(f"  {i + 1}. ")
        doc.nm(k, rng.choice(["full", "first", "caps"]))
        if style == "dash":
            doc.add(" - DOB ").dob(k)
        elif style == "paren":
            doc.add(" (born ").dob(k).add(")")
        else:
            doc.add("\t").dob(k)
        doc.add(f" - Year {max(0, min(11, 2026 - k.dob.year - 5))} at {rng.choice(_SCHOOLS)}\n")
    k = children[0]
    doc.add("\nThe appeal is for ").nm(k, "first").add(
        f". {school} is the only school we can reach by bus. "
    )
    if rng.random() < 0.5:
        doc.add("The head teacher, ").nm(v.person(), rng.choice(["title_surname", "title_full"]))
        doc.add(", supports the appeal. ")
    doc.add(
        f"The offer letter dated {v.when(-60, -20)} gave a school 4.2 miles away. We cannot "
        f"attend the hearing on {v.when(5, 40)} before 2pm.\n\nSigned "
    )
    doc.nm(parent, rng.choice(["full", "initial_dot"])).add(f"   Date {v.when(-5, 0)}\n")


def power_of_attorney_letter(doc: Doc3, v: V) -> None:
    """An attorney under an LPA writes for the donor; the other attorney and the certificate
    provider are named too. The LPA reference is an unlabelled distractor."""
    rng = v.rng
    donor = v.person(born=(1931, 1955))
    attorney = v.kin(donor, born=(1955, 1990))
    other = v.kin(donor, born=(1955, 1990))
    org = v.org("Council Tax", "Revenues", "DWP", "Public Guardian")
    d_home, a_home = v.address(), v.address()
    her = pron(donor)[1]
    rel = "mother" if donor.gender == "f" else "father"
    doc.addr_lines(a_home).add(f"\n{v.when(-7, 0)}\n\n")
    doc.block(org, phone=rng.random() < 0.5, mailbox=rng.random() < 0.5)
    doc.add(
        "\nDear Sir or Madam\n\nLasting Power of Attorney - property and financial affairs\nDonor: "
    ).nm(donor, rng.choice(["title_full", "title_middle", "full"]))
    doc.add("\nDonor's date of birth: ").dob(donor)
    doc.add(
        f"\nOPG reference: 7000-{v.ref(4)}-{v.ref(4)}\n\nI am one of the attorneys appointed "
        f"by my {rel} under the above LPA, registered on {v.when(-700, -100)}. I act jointly and "
        "severally with my "
    ).add(rng.choice([{"f": "sister", "m": "brother"}[other.gender], "cousin"]) + ", ")
    doc.nm(other, "full").add(", of ").addr_inline(v.address()).add(". ")
    doc.add(f"My {rel} has moved into a care home and {her} house at ").addr_inline(d_home)
    doc.add(
        f" is now empty. Please apply any exemption from {v.when(-40, -10)} and send all "
        f"correspondence to me at the address above. {her.capitalize()} National Insurance "
        "number is "
    ).ident("UK_NINO", v.nino())
    if rng.random() < 0.5:
        doc.add(f" and {her} pension is paid to sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(", account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(". The certificate provider was ").nm(v.person(), rng.choice(["title_full", "full"]))
    doc.add(". A certified copy of the LPA is enclosed; please return it.")
    if rng.random() < 0.5:
        doc.add(" For your identity checks, my passport number is ").ident(
            "UK_PASSPORT", v.passport()
        )
        doc.add(rng.choice([".", " (expires 2031)."]))
    doc.add("\n\nYou can reach me on ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" or ").ent("EMAIL_ADDRESS", v.email(attorney))
    doc.add(".\n\nYours faithfully\n\n").nm(attorney, rng.choice(["full", "middle"]))
    doc.add("\nAttorney for ").nm(donor, rng.choice(["full", "title_surname"])).add("\n")


def welsh_english_codeswitch(doc: Doc3, v: V) -> None:
    """Welsh and English mixed sentence by sentence (code-switching)."""
    rng = v.rng
    p, mam = v.person(rng.choice(["welsh", "welsh", "english", "irish"])), None
    mam = v.kin(p, "f", born=(1935, 1965))
    org = v.org("Ceredigion", "Council Tax Reduction", "Revenues")
    doc.add(f"{v.when(-10, 0, welsh=True)}\n\nAt sylw / For the attention of: {org.team} ")
    doc.ent("ORGANIZATION", org.mailbox).add(
        "\n\nAnnwyl Syr/Fadam,\n\nBore da - I'm writing ynglŷn â treth gyngor fy mam, "
    )
    doc.nm(mam, rng.choice(["title_full", "full"])).add(". Mae hi'n byw yn ")
    doc.addr_inline(v.address("W")).add(
        " ers blynyddoedd but she went into Ysbyty Bronglais on "
        f"{v.when(-60, -20, welsh=True)}. Dyddiad geni: "
    )
    doc.dob(mam, welsh=rng.random() < 0.6).add(". Rhif Yswiriant Gwladol / NI number: ")
    doc.ident("UK_NINO", v.nino())
    if rng.random() < 0.5:
        doc.add(". Rhif GIG (NHS): ").ident("UK_NHS", v.nhs())
    if rng.random() < 0.3:
        doc.add(". Trwydded yrru / driving licence: ").ent("UK_DRIVING_LICENCE", v.licence(mam))
    doc.add(
        ". Dw i eisiau gwybod if she can get the disregard for severe mental impairment - "
        "mae'r meddyg teulu, Dr "
    ).nm(v.person("welsh"), "surname")
    doc.add(", wedi llenwi'r ffurflen. Ffoniwch fi ar ").ent("PHONE_NUMBER", v.phone())
    doc.add(" neu e-bostiwch ").ent("EMAIL_ADDRESS", v.email(p))
    mine = v.address("W")
    doc.add(". Dw i'n byw yn ").ent("LOCATION", mine.town)
    doc.add(" now, so post to my address:\n").addr_lines(mine)
    doc.add("\nDiolch yn fawr / many thanks,\n").nm(p, rng.choice(["full", "first"])).add("\n")


def email_signature_pronouns(doc: Doc3, v: V) -> None:
    """A housing support worker emails about a client; the signature has pronouns, a mobile and
    a landline with an extension (outside the span)."""
    rng = v.rng
    w, client, org = v.person(), v.person(), v.org("Housing", "Welfare")
    pron = rng.choice(
        ["(he/him)", "(she/her)", "(they/them)", "- she/her", "| he/him", "[they/them]"]
    )
    if "she" in pron:
        w = v.person(gender="f")
    elif "he/" in pron:
        w = v.person(gender="m")
    domain = rng.choice(
        [
            "stmungos-example.org.uk",
            "riverside-support.org.uk",
            "shelterwise.org",
            "cymorth-tai.cymru",
        ]
    )
    mail = v.email(w, domain)
    doc.add("From: ").nm(w, "full").add(f" {pron} <").ent("EMAIL_ADDRESS", mail).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f"\nDate: {v.when(-3, 0)}\nSubject: Referral - ")
    doc.nm(client, rng.choice(["full", "initial", "caps"]))
    doc.add("\n\nHi team,\n\nI support ").nm(client, rng.choice(["first", "title_surname", "full"]))
    doc.add(", DOB ").dob(client).add(", who is currently sofa-surfing at ").addr_inline(
        v.address()
    )
    doc.add(
        f". They are booked in with your housing options officer on {v.when(2, 20)}. Their "
        "mobile is "
    ).ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.5:
        doc.add(" and their NI number is ").ident("UK_NINO", v.nino())
    doc.add(". Please copy me into anything you send.\n\nBest wishes,\n")
    doc.nm(w, "first").add("\n\n--\n").nm(w, rng.choice(["full", "middle"])).add(f" {pron}\n")
    doc.add(
        rng.choice(
            [
                "Housing Support Worker",
                "Tenancy Sustainment Officer",
                "Gweithiwr Cymorth Tai / Housing Support Worker",
            ]
        )
        + "\n"
    )
    doc.add(rng.choice(["M: ", "Mobile: ", "Mob. ", "📱 "])).ent("PHONE_NUMBER", v.phone(True))
    doc.add(rng.choice(["\nT: ", "\nOffice: ", "\nLandline: ", " | T "]))
    doc.ent("PHONE_NUMBER", v.phone(False)).add(ext(rng))
    doc.add(
        "\nWorking days: Mon-Thu\nI'm sending this at a time that suits me - please reply "
        "when it suits you.\n"
    )


def complaint_quoting_previous(doc: Doc3, v: V) -> None:
    """A stage 2 complaint quoting the council's stage 1 reply in full, address block and all."""
    rng = v.rng
    p, officer, home = v.person(), v.person(), v.address()
    org = v.org("Council", "Comhairle", "Cyngor")
    doc.add(
        f"Stage 2 complaint - reference COMP/{v.ref(6)}\n\nTo {org.name},\n\nI am not happy "
        "with your stage 1 reply. Here it is, word for word:\n\n"
    )
    q = rng.choice(["> ", "| ", "    ", '"'])
    pre = q if q != '"' else ""
    doc.add((q if q == '"' else "") + pre).ent("ORGANIZATION", org.lines[0]).add("\n")
    doc.add(pre + f"{v.when(-40, -20)}\n{pre}\n{pre}")
    doc.nm(p, rng.choice(["title_full", "title_initial_dot", "caps"])).add("\n")
    doc.addr_lines(home, indent=pre)
    doc.add(f"{pre}\n{pre}Dear ").nm(p, "title_surname")
    doc.add(
        f",\n{pre}Thank you for your complaint of {v.when(-80, -41)} about the missed "
        f"collections.\n{pre}We have reviewed the crew's records for "
    ).ent("STREET_ADDRESS", home.street_lines[-1])
    doc.add(
        f" and the bin was\n{pre}presented late. We do not uphold your complaint. If you "
        f"remain unhappy you may\n{pre}ask for stage 2 within 20 working days, by {v.when(-15, 5)}"
        f", or call "
    ).ent("ORGANIZATION", org.phone)
    doc.add(f" or email\n{pre}").ent("ORGANIZATION", org.mailbox).add(
        f".\n{pre}Yours sincerely\n{pre}"
    ).nm(officer, rng.choice(["full", "initial_dot"]))
    doc.add(
        f"\n{pre}{rng.choice(['Customer Resolution Officer', 'Team Leader', 'Complaints Officer'])}"
        + ('"' if q == '"' else "")
        + "\n\nThat is simply not true. "
    )
    doc.nm(officer, rng.choice(["title_surname", "first", "full"]))
    doc.add(" never spoke to me. My neighbour ").nm(v.person(), rng.choice(["full", "title_full"]))
    doc.add(" at ").ent(
        "STREET_ADDRESS", f"{rng.choice(['number', 'No.', 'no'])} {rng.randint(1, 120)}"
    )
    doc.add(" watched me put the bin out at 6am. I have a doorbell video. Contact me on ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" or ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(".\n\n").nm(p, rng.choice(["full", "lower"])).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    ctr_online_form,
    gp_referral_letter,
    without_prejudice_letter,
    mr_appeal_timeline,
    sms_thread_export,
    ocr_handwritten_hyphenated,
    uc_journal_messages,
    parish_residents_complaint,
    section21_notice_pasted,
    hardship_bank_statement,
    admissions_appeal_children,
    power_of_attorney_letter,
    welsh_english_codeswitch,
    email_signature_pronouns,
    complaint_quoting_previous,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT3 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT3.organisation_contacts
build_row = HELDOUT3.build_row
generate_heldout3 = HELDOUT3.generate
write_set = HELDOUT3.write_set
main = HELDOUT3.main


if __name__ == "__main__":
    main()
