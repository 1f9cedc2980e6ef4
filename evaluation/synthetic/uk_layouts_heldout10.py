# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout10: a tenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout10(n, seed)`` returns rows ``{"id": "uklayout-heldout10-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout10",
"layout"}``. Row i depends only on (seed, i); the 14 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout10 -o
var/eval/pii_uk_layouts_heldout10.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout10.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout9; every value table here is new, and tests/test_uk_layouts_heldout10.py checks that no
first name, surname, town, district, county, street or house name appears in an earlier family
(uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name lists it
draws from; heldout3 to heldout9):

* names from 15 communities no earlier family drew on: Crimean Tatar (Lenur, Zarema;
  Kurtumerov/Kurtumerova), Icelandic (Hrafnhildur, Sveinbjörn; Jónsson/Jónsdóttir - a sister
  takes the other form, a spouse keeps their own), Maltese (Ġużeppi, Ċettina; Xuereb,
  Buttigieg), Haredi Jewish (Chaya Sura, Moishe Aron; Halberstam, Kornbluh), Thai (Siriporn,
  Kittisak; Intharasombat), Tibetan (Tenzin, Tsamchoe; Gyatso, Wangmo - a second given name in
  the surname field), Assyrian (Ninwe, Sargon; Khoshaba, Beth-Shmuel), Indo-Caribbean
  Guyanese and Trinidadian (Chandramattie, Harrinarine; Bissoondial), Chagossian and
  Seychellois Creole (Rosemonde, Jean-Ivy; Volcere, Ally-Jaffar), Ugandan Luganda (Nansubuga,
  Ssemakula; Ssemwogerere), Malawian and Zambian (Tiwonge, Madalitso; Mkandawire), Estonian
  (Ülle, Tõnu; Raudsepp), Anglophone Cameroonian (Enanga, Ndifor; Tanyi-Ako), Mongolian
  (Altantsetseg, Bat-Erdene; Tumurbaatar) and Keralan Malayali Christian (Thresiamma,
  Kunjumon; Puthenpurackal) communities;
* places from the regions earlier families used least: Furness, west Cumbria and the Lakes,
  Herefordshire and the Forest of Dean, the Derbyshire Dales and High Peak, Leicestershire and
  Exmoor villages; the Scottish Borders, Dumfries and Galloway, Cowal, Kintyre, Knapdale and
  Highland Perthshire, with Gaelic town and county forms (Dùn Phris, Dùn Omhain, Cnapadal, Cinn
  Tìre, Peairt is Ceann Rois) and old ones (Roxburghs., The Machars, D&G); Montgomeryshire,
  Radnorshire, Brecknock, Ceredigion, Carmarthenshire, Pembrokeshire, Denbighshire and
  Wrexham villages with abbreviated counties (Mont., Rads., Brecs., Cered., Denbs.) and Welsh
  town names (Aber for Aberystwyth); Fermanagh, Armagh and Tyrone villages with Irish-language
  counties (Contae Fhear Manach, Contae Ard Mhacha, Contae Thír Eoghain) and Enniskillen as
  Inis Ceithleann; streets of old trades and Gaelic and Welsh streets (Bobbin Mill Lane,
  Freeminers Way, Tenter Wynd, Sràid na Cille, Heol y Cneifiwr, Lôn y Porthmyn) and townland
  roads; Scottish tenement flats written "Flat 3/2", "0/1", "2F1" and "14/3";
* new recipient organisations (allow-listed) and third parties (repair contractors, MPs'
  constituency offices, GP practices, probation delivery units, refugee charities, deputyship
  solicitors, employers, property factors - several with PO boxes) whose own contact details
  are ORGANIZATION; prisons and universities are named, never contacted.

Layouts (14): repair_whatsapp_paste, mp_caseworker_nested_forward,
blue_badge_healthcare_professional, pip_reconsideration_handwritten_ocr,
probation_duty_to_refer_form, postal_vote_redirect_application, single_person_discount_review,
foi_internal_review_complaint, homes_for_ukraine_host_email, court_of_protection_deputy_letter,
text_relay_call_transcript, disclaimer_laden_email_thread, tenement_common_repairs_notice,
dbs_id_verification_sheet.

Labelling conventions are heldout9's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, lower case
(a WhatsApp contact saved as "lenur"), an alias ("also known as") and a name at birth are
PERSON; public officials named in a complaint (an MP, a councillor, a head of service) are
PERSON too. A person's work e-mail is EMAIL_ADDRESS and their direct line PHONE_NUMBER.
Addresses split into STREET_ADDRESS (one span even over lines; a neighbour's "no 12" and a
tenement flat with its close, "1F2, 14 Tenter Wynd") + one LOCATION each for district,
town/village and county + UK_POSTCODE, also when written in running prose ("I moved from
<street> in <town> to my sister's in <town>"), in quoted ("> ", "> > ") lines and in an OCR'd
handwritten letter hard-wrapped and hyphenated at the margin; a town of birth is LOCATION. Only
dates of birth are DATE_OF_BIRTH; decision, release, move, issue and call dates stay unlabelled.
Passport and driving licence numbers are written in several ways (grouped, one digit per box,
capitals or lower case). Third parties' own address lines (PO boxes too), phones and mailboxes
are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay readable
(precision): WhatsApp timestamps, repair job numbers and photo file names; MPs' and council case
references and quoted e-mail dates; Blue Badge references, GMC numbers (seven digits), walking
distances and vehicle registrations; scan batch numbers, decision dates and PIP points; probation
case reference numbers, prison numbers and release dates; elector numbers and polling districts;
council tax account numbers (nine digits, like a passport number) and property references; FOI and
Information Commissioner references; GWF visa numbers, DBS certificate numbers and the thank-you
payment; Court of Protection case numbers and council tax accounts (eight digits, like a bank
account) and bond numbers; Relay UK call ids, durations and "GA" markers; company and VAT numbers
and environmental health references; common repair notice numbers, Land Register title numbers and
cost shares; DBS application references and registered body numbers. ~10% of NI numbers, NHS
numbers, sort codes, account numbers and passport numbers are MISTYPED as in heldout4 (span
``"mistyped": True``); ~10% of rows hide a Unicode trick (zero-width space, soft hyphen, no-break
or narrow no-break space, full-width digits) inside a labelled value.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from evaluation.synthetic.uk_layouts.values import Address, Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    clock_time,
    days_ago,
    gendered_surname_pairs,
    parse_tables,
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
    "generate_heldout10",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout10"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
crimean_tatar: Ayshe/f Zera/f Lilya/f Gulnara/f Dilyara/f Elmaz/f Safie/f
  Fatme/f Zarema/f Lemara/f Esma/f Lenur/m Enver/m Remzi/m Rustem/m Refat/m Eskender/m
  Nariman/m Ernes/m Bekir/m Seyran/m Dilyaver/m Akhtem/m Asan/m Ilmi/m
icelandic: Ásdís/f Bryndís/f Eydís/f Vigdís/f Hrafnhildur/f Svanhildur/f Kolbrún/f Halldóra/f
  Steinunn/f Jórunn/f Áslaug/f Snorri/m Baldur/m Hjörtur/m Kjartan/m Ólafur/m Gunnlaugur/m
  Hallgrímur/m Sveinbjörn/m Ásgeir/m Eiríkur/m Jökull/m Skúli/m Hrafn/m
maltese: Marthese/f Ċettina/f Mariella/f Ġużeppina/f Pawlina/f Rożina/f
  Marija-Lourdes/f Ninette/f Carmelina/f Ġużeppi/m Pawlu/m Ġorġ/m Ċensu/m Salvu/m
  Wistin/m Mikiel/m Toninu/m Ġanni/m Karmnu/m Manwel/m Ġwann/m Noel-Joseph/m
haredi: Chaya_Sura/f Bracha/f Shprintza/f Faiga/f Perel/f Breindy/f Tzirel/f Malky/f Blimy/f
  Gitty/f Raizel/f Chana_Leah/f Yitty/f Mendel/m Yitzchok/m Shloime/m Yoel/m Zalmen/m Hershel/m
  Avrohom/m Berish/m Lipa/m Yankel/m Shulem/m Yidel/m Moishe_Aron/m Chaim_Yosef/m
thai: Siriporn/f Wanida/f Kanokwan/f Pornthip/f Nuanchan/f Supaporn/f Duangjai/f Sunisa/f
  Jintana/f Orawan/f Malai/f Somchai/m Anurak/m Prasert/m Chaiwat/m Wichai/m Thanakorn/m
  Sombat/m Kittisak/m Narong/m Pairoj/m Surasak/m Weerapong/m
tibetan: Tenzin/x Pema/x Sonam/x Lhamo/f Dolkar/f Yangchen/f Dechen/x Kalsang/x Tsering/x
  Nyima/x Lobsang/m Thupten/m Ngawang/m Jigme/m Choedon/f Norbu/m Tsewang/m
  Youdon/f Tsamchoe/f
assyrian: Ninwe/f Shamiram/f Atorina/f Nahrain/f Ishtar/f Bahra/f Shlamta/f Semiramis/f
  Nineveh/f Raabi/f Ashur/m Ninos/m Sargon/m Shimun/m Yonan/m Gewargis/m Narsai/m Akhiqar/m
  Nimrod/m Hormiz/m Odisho/m Benyamin/m
indo_caribbean: Drupatie/f Sumintra/f Basdaye/f Chandramattie/f Parbattie/f Rookmin/f
  Leelawatie/f Kamini-Ann/f Jaiwantie/f Savitree/f Bibi-Zalena/f Deonarine/m Bhisham/m
  Chaitram/m Dhanraj/m Harrinarine/m Latchman/m Seepersad/m Sewdat/m Ramnarine/m Boodram/m
  Khemraj/m Mahendranauth/m
creole: Rosemonde/f Lisette/f Marie-Noelle/f Prisca/f Nadège/f Berthe-Ann/f
  Marie-Lise/f Josette-May/f Clency/m Jean-Ivy/m Louis-Marcel/m Ivanhoe/m Rolly/m
  Dorick/m Fritz-Gerald/m Clément-Yves/m Wilfrid-Noel/m Marcellin/m
luganda: Babirye/f Nalubega/f Namuli/f Nansubuga/f Nakimera/f Birungi/f Kisakye/f
  Namatovu/f Nabukenya/f Ssemakula/m Kato/m Waiswa/m Ssebunya/m Mukasa/m Kizito/m Lubega/m
  Kyeyune/m Ssentongo/m Wasswa/m Musoke/m
malawian: Tiwonge/f Towera/f Luntha/f Chikondi/x Mphatso/x Chimwemwe/x Mwiza/x Thokozani/x
  Chisomo/x Tadala/f Kondwani/m Madalitso/m Yamikani/m Pemphero/x Chifundo/x Mabvuto/m
  Kumbukani/m Mtendere/x Dalitso/m Limbani/m
estonian: Kadri/f Tiiu/f Piret/f Triin/f Maarja/f Liis/f Reet/f Ülle/f Merike/f Kersti/f
  Tiit/m Priit/m Tõnu/m Jaanus/m Margus/m Urmas/m Andrus/m Rein/m Toomas/m Indrek/m Ülo/m
cameroonian: Bih/f Enanga/f Manyi/f Ndum/f Nkeng/f Ako/f Ebude/f Enjema/f Mbeng/f Arrey/f
  Achu/m Ebot/m Tambe/m Fru/m Ndifor/m Ayuk/m Tanyi/m Ngwa/m Besong/m Agbor/m Nchinda/m
mongolian: Oyuunaa/f Bolormaa/f Sarangerel/f Enkhjargal/f Altantsetseg/f Tsetsegmaa/f
  Nomin/f Anujin/f Solongo/f Batbayar/m Ganbold/m Enkhbat/m Temuulen/m Bat-Erdene/m
  Munkhbat/m Sukhbaatar/m Otgonbayar/m Gantulga/m Chinzorig/m
malayali: Mariamma/f Aleyamma/f Annamma/f Saramma/f Kunjamma/f Thresiamma/f Soosamma/f
  Elsamma/f Leelamma/f Thomaskutty/m Kunjumon/m Mathai/m Kuriakose/m
  Ouseph/m Eapen/m Pappachan/m Baby-John/m Shibu/m Tomy/m
"""
_SURNAMES = """
crimean_tatar: Kurtumerov/m Kurtumerova/f Seitablaev/m Seitablaeva/f Abduraimov/m
  Abduraimova/f Memetov/m Memetova/f Settarov/m Settarova/f Dzhelyalov/m Dzhelyalova/f
  Bariev/m Barieva/f Kurtseitov/m Kurtseitova/f Ablyakimov/m Ablyakimova/f Mustafaev/m
  Mustafaeva/f Emirvaliev/m Emirvalieva/f
icelandic: Jónsson/m Jónsdóttir/f Magnússon/m Magnúsdóttir/f Einarsson/m Einarsdóttir/f
  Ólafsson/m Ólafsdóttir/f Hallsson/m Hallsdóttir/f Kristjánsson/m Kristjánsdóttir/f
  Stefánsson/m Stefánsdóttir/f Gunnarsson/m Gunnarsdóttir/f Ásgeirsson/m Ásgeirsdóttir/f
  Hálfdanarson/m Hálfdanardóttir/f
maltese: Borg Zammit Vella Farrugia Galea Grech Mifsud Azzopardi Spiteri Cassar
  Attard Xuereb Abela Micallef Debono Agius Buttigieg Cauchi Bonnici
haredi: Grunfeld Friedlander Schlesinger Teitelbaum Gluck Weinberger Halberstam Freund Pinter
  Hager Eckstein Schreiber Rotenberg Jacobovits Kornbluh Lowy Schonberg Wosner
thai: Srisuk Wongsawat Chaiyaporn Saetang Boonmee Rattanakorn Sukprasert Thongchai Phromma
  Kaewkhao Intharasombat Jaidee Sirikul Pongpanich Chanthavong
tibetan: Dolma/f Wangmo/f Tsomo/f Gyatso/m Dorjee/m Namgyal Phuntsok Choephel Lhundup Yeshi
  Wangdu Drolma/f Tsultrim Tharchin Samdup Gyaltsen/m
assyrian: Khoshaba Yonan Shlimon Giwargis Oshana Eshaya Beth-Shmuel Youkhana
  Sawa Isho Yaqo Khamis Dinkha
indo_caribbean: Persaud Ramdass Sookdeo Rampersad Jagdeo Balgobin Boodhoo Ramcharan Seecharan
  Mohabir Ramsaroop Bissoondial Dookhan Ramkissoon Sookram Chattergoon
creole: Labiche Volcere Elysée Pompe Talate Saminaden Permal Labonne
  Sadien Ally-Jaffar Pierre-Louis Vencatasamy Mondon
luganda: Ssemwogerere Kiwanuka Mukiibi Ssekandi Nsubuga Kasozi Lwanga Mayanja Kigozi Kabuye
  Ssali Nakayiza/f Nalwoga/f Namutebi/f Ssewankambo Kalyango
malawian: Phiri Mwale Chirwa Nyirenda Mkandawire Kamwendo Gondwe Msiska Munthali Chisale Mhango
  Mulenga Chileshe Bwalya Mutale Kachingwe
estonian: Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kivi Männik Vaher Kõiv
  Raudsepp Tooming
cameroonian: Tabe Eyong Fonkem Ndip Enow Takang Nkwenti Egbe Mbuh Tanyi-Ako Ashu Ngufor Ebai
  Ojong Atabong
mongolian: Dorj Ganzorig Purevdorj Tserendorj Batsaikhan Erdenebat Luvsan Baatar Enkhtuya
  Ochirbat Davaasuren Tumurbaatar
malayali: Thekkekara Puthenpurackal Vadakkel Kallarackal Chirayil Panicker Menachery Thottathil
  Palathingal Kizhakkethil Mannanal Kuzhikattil Elavumkal Muttathil
"""
_TOWNS = """
E|Furness|Barrow|Walney=LA14;Vickerstown=LA14;Roose=LA13;Hindpool=LA14;Ormsgill=LA14;Newbarns=LA13
E|Herefs.|Henffordd|Belmont=HR2;Tupsley=HR1;Holmer=HR1;Newton Farm=HR2
E|High Peak|Hadfield|Padfield=SK13;Tintwistle=SK13;Charlesworth=SK13;Gamesley=SK13
E|Cumb.|Keswick|Portinscale=CA12 / E|Cumb.|Brampton|CA8 / E|Furness|Swarthmoor*|LA12
E|Furness|Lindal-in-Furness*|LA12 / E|Furness|Urswick*|LA12 / E|Furness|Bardsea*|LA12
E|Furness|Aldingham*|LA12 / E|Furness|Newby Bridge*|LA12 / E|Furness|Backbarrow*|LA12
E|Furness|Haverthwaite*|LA12 / E|Furness|Lowick Bridge*|LA12 / E|Furness|Torver*|LA21
E|Cumb.|Ravenglass*|CA18 / E|Cumb.|Drigg*|CA19 / E|Cumb.|Holmrook*|CA19
E|Cumb.|Eskdale Green*|CA19 / E|Cumb.|Nether Wasdale*|CA20 / E|Cumb.|Ennerdale Bridge*|CA23
E|Cumb.|Rowrah*|CA26 / E|Cumb.|Arlecdon*|CA26 / E|Cumb.|Distington*|CA14 / E|Cumb.|Lowca*|CA28
E|Cumb.|Parton*|CA28 / E|Cumb.|Moresby*|CA28 / E|Cumb.|St Bees*|CA27 / E|Cumb.|Beckermet*|CA21
E|Cumb.|Bigrigg*|CA22 / E|Cumb.|Flimby*|CA15 / E|Cumb.|Great Clifton*|CA14 / E|Cumb.|Brigham*|CA13
E|Cumb.|Papcastle*|CA13 / E|Cumb.|Lorton*|CA13 / E|Cumb.|Loweswater*|CA13 / E|Cumb.|Kirkbride*|CA7
E|Cumb.|Bowness-on-Solway*|CA7 / E|Cumb.|Burgh by Sands*|CA5 / E|Cumb.|Rockcliffe*|CA6
E|Cumb.|Warwick Bridge*|CA4 / E|Cumb.|Wetheral*|CA4 / E|Cumb.|Scotby*|CA4 / E|Cumb.|Cumwhinton*|CA4
E|Cumb.|Armathwaite*|CA4 / E|Cumb.|Lazonby*|CA10 / E|Cumb.|Temple Sowerby*|CA10
E|Cumb.|Kirkby Thore*|CA10 / E|Cumb.|Arnside*|LA5 / E|Cumb.|Levens*|LA8 / E|Cumb.|Burneside*|LA9
E|Cumb.|Endmoor*|LA8 / E|Cumb.|Burton-in-Kendal*|LA6 / E|Cumb.|Windermere|Bowness-on-Windermere=LA23
E|Cumb.|Troutbeck*|LA23 / E|Cumb.|Elterwater*|LA22 / E|Cumb.|Chapel Stile*|LA22 / E||Hallaton*|LE16
E||Medbourne*|LE16 / E||Great Glen*|LE8 / E||Kibworth*|LE8 / E||Fleckney*|LE8
E||Husbands Bosworth*|LE17 / E||Broughton Astley|LE9 / E||Sapcote*|LE9 / E||Stoney Stanton*|LE9
E||Barwell|LE9 / E||Earl Shilton|LE9 / E||Desford*|LE9 / E||Groby*|LE6 / E||Anstey*|LE7
E||Rothley*|LE7 / E||Sileby*|LE12 / E||Barrow upon Soar*|LE12 / E||Quorn*|LE12
E||Mountsorrel*|LE12 / E||Shepshed|LE12 / E||Castle Donington|DE74
E||Ibstock|Whitwick=LE67;Thringstone=LE67;Hugglescote=LE67 / E||Measham*|DE12 / E||Asfordby*|LE14
E||Bottesford*|NG13 / E||Waltham on the Wolds*|LE14 / E||Lubenham*|LE16 / E|Herefs.|Credenhill*|HR4
E|Herefs.|Burghill*|HR4 / E|Herefs.|Canon Pyon*|HR4 / E|Herefs.|Staunton on Wye*|HR4
E|Herefs.|Eardisley*|HR3 / E|Herefs.|Bredwardine*|HR3 / E|Herefs.|Clehonger*|HR2
E|Herefs.|Allensmore*|HR2 / E|Herefs.|Much Birch*|HR2 / E|Herefs.|Harewood End*|HR2
E|Herefs.|Goodrich*|HR9 / E|Herefs.|Walford*|HR9 / E|Herefs.|Weston under Penyard*|HR9
E|Herefs.|Aston Ingham*|HR9 / E|Herefs.|Upton Bishop*|HR9 / E|Herefs.|Tarrington*|HR1
E|Herefs.|Stoke Lacy*|HR7 / E|Herefs.|Bodenham*|HR1 / E|Herefs.|Marden*|HR1
E|Herefs.|Sutton St Nicholas*|HR1 / E|Herefs.|Withington*|HR1
E|Derbyshire Dales|Ashford in the Water*|DE45 / E|Derbyshire Dales|Baslow*|DE45
E|Derbyshire Dales|Calver*|S32 / E|Derbyshire Dales|Stoney Middleton*|S32
E|Derbyshire Dales|Grindleford*|S32 / E|Derbyshire Dales|Great Longstone*|DE45
E|Derbyshire Dales|Monyash*|DE45 / E|Derbyshire Dales|Over Haddon*|DE45
E|Derbyshire Dales|Birchover*|DE4 / E|Derbyshire Dales|Matlock Bath*|DE4
E|Derbyshire Dales|Cromford*|DE4 / E|Derbyshire Dales|Bonsall*|DE4
E|Derbyshire Dales|Brassington*|DE4 / E|Derbyshire Dales|Parwich*|DE6
E|Derbyshire Dales|Tissington*|DE6 / E|Derbyshire Dales|Mayfield*|DE6
E|Derbyshire Dales|Doveridge*|DE6 / E|Derbyshire Dales|Hulland Ward*|DE6
E|Derbyshire Dales|Kirk Ireton*|DE6 / E||Heage*|DE56 / E||Ambergate*|DE56 / E||Whatstandwell*|DE4
E||Dethick*|DE4 / E|Glos.|Newent|GL18 / E|Glos.|Dymock*|GL18 / E|Glos.|Huntley*|GL19
E|Glos.|Westbury-on-Severn*|GL14 / E|Glos.|Awre*|GL14 / E|Glos.|Alvington*|GL15
E|Glos.|Woolaston*|GL15 / E|Glos.|Tidenham*|NP16 / E|Glos.|Sedbury*|NP16 / E|Glos.|St Briavels*|GL15
E|Glos.|Clearwell*|GL16 / E|Glos.|Milkwall*|GL16 / E|Glos.|Berry Hill*|GL16
E|Glos.|Five Acres*|GL16 / E|Glos.|Joyford*|GL16 / E|Glos.|Broadwell*|GL16
E|Glos.|Steam Mills*|GL14 / E|Glos.|Ruspidge*|GL14 / E|Glos.|Soudley*|GL14 / E|Glos.|Pillowell*|GL15
E|Glos.|Whitecroft*|GL15 / E|Glos.|Viney Hill*|GL15 / E||Parracombe*|EX31 / E||Challacombe*|EX31
E||Brendon*|EX35 / E||Countisbury*|EX35 / E||Selworthy*|TA24 / E||Luccombe*|TA24
E||Wootton Courtenay*|TA24 / E||Cutcombe*|TA24 / E||Timberscombe*|TA24 / E||Roadwater*|TA23
E||Washford*|TA23 / E||Williton|TA4 / E||Brompton Regis*|TA22 / E||Withypool*|TA24
E||Simonsbath*|TA24 / E||Molland*|EX36 / E||North Molton*|EX36 / E||Bishops Nympton*|EX36
E||Winkleigh*|EX19 / E||Witheridge*|EX16 / E||Woolsery*|EX39 / E||Hartland*|EX39 / E||Clovelly*|EX39
E||Bradworthy*|EX22 / E||Black Torrington*|EX21 / S|Selkirks.|Tweedbank*|TD1
S|Dùn Phris|Dùn Phris|Lochside=DG2;Lincluden=DG2;Georgetown=DG1;Heathhall=DG1;Troqueer=DG2
S|Cowal|Dùn Omhain|Kirn=PA23;Hunters Quay=PA23;Sandbank=PA23 / S|Roxburghs.|Newtown St Boswells*|TD6
S|Roxburghs.|Gattonside*|TD6 / S|Roxburghs.|Darnick*|TD6 / S|Roxburghs.|Bowden*|TD6
S|Roxburghs.|Lilliesleaf*|TD6 / S|Roxburghs.|Midlem*|TD7 / S|Selkirks.|Ashkirk*|TD7
S|Selkirks.|Yarrow*|TD7 / S|Selkirks.|Ettrickbridge*|TD7 / S|Selkirks.|Clovenfords*|TD1
S|Na Crìochan|Heriot*|EH38 / S|Lauderdale|Oxton*|TD2 / S|Berwicks.|Westruther*|TD3
S|Berwicks.|Leitholm*|TD12 / S|Berwicks.|Birgham*|TD12 / S|Roxburghs.|Sprouston*|TD5
S|Roxburghs.|Hownam*|TD5 / S|Roxburghs.|Oxnam*|TD8 / S|Roxburghs.|Camptown*|TD8
S|Roxburghs.|Chesters*|TD9 / S|Roxburghs.|Bonchester Bridge*|TD9 / S|Roxburghs.|Hobkirk*|TD9
S|Roxburghs.|Teviothead*|TD9 / S|Eskdale|Eskdalemuir*|DG13 / S|Eskdale|Bentpath*|DG13
S|Eskdale|Westerkirk*|DG13 / S|D&G|Glencaple*|DG1 / S|D&G|Carsethorn*|DG2 / S|D&G|Kirkbean*|DG2
S|D&G|New Abbey*|DG2 / S|D&G|Beeswing*|DG2 / S|D&G|Crocketford*|DG2 / S|D&G|Haugh of Urr*|DG7
S|D&G|Rhonehouse*|DG7 / S|D&G|Laurieston*|DG7 / S|D&G|Ringford*|DG7 / S|D&G|Twynholm*|DG6
S|D&G|Borgue*|DG6 / S|The Machars|Kirkcowan*|DG8 / S|The Machars|Kirkinner*|DG8
S|The Machars|Garlieston*|DG8 / S|The Machars|Isle of Whithorn*|DG8 / S|The Machars|Monreith*|DG8
S|D&G|Sandhead*|DG9 / S|D&G|Ardwell*|DG9 / S|D&G|Kirkcolm*|DG9 / S|D&G|Leswalt*|DG9
S|D&G|Cairnryan*|DG9 / S|D&G|Castle Kennedy*|DG9 / S|D&G|Dunragit*|DG9 / S|D&G|Carsphairn*|DG7
S|D&G|Balmaclellan*|DG7 / S|D&G|Kirkpatrick Durham*|DG7 / S|Dùn Phris|Closeburn*|DG3
S|Dùn Phris|Carronbridge*|DG3 / S|Dùn Phris|Elvanfoot*|ML12 / S|Dùn Phris|Beattock*|DG10
S|Dùn Phris|Johnstonebridge*|DG11 / S|Dùn Phris|Templand*|DG11 / S|Dùn Phris|Carrutherstown*|DG1
S|Dùn Phris|Eastriggs*|DG12 / S|Dùn Phris|Kirtlebridge*|DG11 / S|Dùn Phris|Waterbeck*|DG11
S|Dùn Phris|Middlebie*|DG11 / S|Cowal|Strachur*|PA27 / S|Cowal|Lochgoilhead*|PA24
S|Cowal|Colintraive*|PA22 / S|Cowal|Kames*|PA21 / S|Cowal|Portavadie*|PA21
S|Cowal|Ardentinny*|PA23 / S|Cowal|Kilmun*|PA23 / S|Cowal|Strone*|PA23 / S|Kintyre|Clachan*|PA29
S|Kintyre|Skipness*|PA29 / S|Kintyre|Glenbarr*|PA29 / S|Kintyre|Muasdale*|PA29
S|Kintyre|Machrihanish*|PA28 / S|Cnapadal|Minard*|PA32 / S|Cnapadal|Crinan*|PA31
S|Cnapadal|Cairnbaan*|PA31 / S|Cnapadal|Kilmichael Glassary*|PA31 / S|Lorn|Connel*|PA37
S|Lorn|Benderloch*|PA37 / S|Lorn|Easdale*|PA34 / S|Lorn|Kilninver*|PA34 / S|Lorn|Ardfern*|PA31
S|Strathearn|Aberuthven*|PH3 / S|Strathearn|Forteviot*|PH2 / S|Strathearn|Forgandenny*|PH2
S|Peairt is Ceann Rois|Glenfarg*|PH2 / S|Peairt is Ceann Rois|Almondbank*|PH1
S|Peairt is Ceann Rois|Bankfoot*|PH1 / S|Peairt is Ceann Rois|Murthly*|PH1
S|Peairt is Ceann Rois|Caputh*|PH1 / S|Peairt is Ceann Rois|Spittalfield*|PH1
S|Highland Perthshire|Tummel Bridge*|PH16 / S|Highland Perthshire|Fortingall*|PH15
S|Highland Perthshire|Acharn*|PH15 / S|Highland Perthshire|Amulree*|PH8
S|Highland Perthshire|Grandtully*|PH9 / S|Highland Perthshire|Strathtay*|PH9
S|Atholl|Ballinluig*|PH9 / S|Atholl|Kirkmichael*|PH10 / S|Peairt is Ceann Rois|Bridge of Cally*|PH10
S|Peairt is Ceann Rois|Burrelton*|PH13 / S|Peairt is Ceann Rois|Kettins*|PH13
S|Peairt is Ceann Rois|Inchture*|PH14 / S|Peairt is Ceann Rois|Longforgan*|DD2
S|Peairt is Ceann Rois|St Madoes*|PH2 / S|Peairt is Ceann Rois|Glencarse*|PH2
S|Peairt is Ceann Rois|Abernyte*|PH14
W|Cered.|Aber|Penparcau=SY23;Llanbadarn Fawr=SY23;Comins Coch=SY23;Trefechan=SY23
W|Mont.|Llandinam*|SY17 / W|Mont.|Abermule*|SY15 / W|Mont.|Sarn*|SY16 / W|Mont.|Churchstoke*|SY15
W|Mont.|Forden*|SY21 / W|Mont.|Castle Caereinion*|SY21 / W|Mont.|Cegidfa*|SY21
W|Mont.|Arddleen*|SY22 / W|Mont.|Four Crosses*|SY22 / W|Mont.|Llanymynech*|SY22
W|Mont.|Llansanffraid*|SY22 / W|Mont.|Llanfechain*|SY22 / W|Mont.|Pontrobert*|SY22
W|Mont.|Dolanog*|SY21 / W|Mont.|Llangadfan*|SY21 / W|Mont.|Llanerfyl*|SY21 / W|Mont.|Cemmaes*|SY20
W|Mont.|Darowen*|SY20 / W|Mont.|Penegoes*|SY20 / W|Mont.|Glantwymyn*|SY20 / W|Rads.|New Radnor*|LD8
W|Rads.|Painscastle*|LD2 / W|Rads.|Clyro*|HR3 / W|Rads.|Glasbury*|HR3 / W|Rads.|Erwood*|LD2
W|Rads.|Llanelwedd*|LD2 / W|Brecs.|Llangammarch Wells*|LD4 / W|Rads.|St Harmon*|LD6
W|Rads.|Nantmel*|LD1 / W|Rads.|Crossgates*|LD1 / W|Rads.|Llanddewi Ystradenni*|LD1
W|Rads.|Dolau*|LD1 / W|Rads.|Whitton*|LD7 / W|Brecs.|Llangynidr*|NP8 / W|Brecs.|Llangattock*|NP8
W|Brecs.|Bwlch*|LD3 / W|Brecs.|Llangorse*|LD3 / W|Brecs.|Pennorth*|LD3 / W|Brecs.|Libanus*|LD3
W|Brecs.|Defynnog*|LD3 / W|Brecs.|Trecastle*|LD3 / W|Brecs.|Abercraf*|SA9 / W|Brecs.|Coelbren*|SA10
W|Brecs.|Ystradfellte*|CF44 / W|Cered.|Blaenplwyf*|SY23 / W|Cered.|Trawsgoed*|SY23
W|Cered.|Cwmystwyth*|SY23 / W|Cered.|Llangeitho*|SY25 / W|Cered.|Cellan*|SA48
W|Cered.|Cribyn*|SA48 / W|Cered.|Talsarn*|SA48 / W|Cered.|Ciliau Aeron*|SA48
W|Cered.|Llwyncelyn*|SA46 / W|Cered.|Gilfachreda*|SA45 / W|Cered.|Cross Inn*|SA44
W|Cered.|Pontshaen*|SA44 / W|Cered.|Brynhoffnant*|SA44 / W|Cered.|Sarnau*|SA44
W|Cered.|Blaenporth*|SA43 / W|Cered.|Cenarth*|SA38 / W||Llangain*|SA33 / W||Llanddarog*|SA32
W||Porthyrhyd*|SA32 / W||Llanarthne*|SA32 / W||Dryslwyn*|SA32 / W||Nantgaredig*|SA32
W||Abergorlech*|SA32 / W||Talyllychau*|SA19 / W||Cwmann*|SA48 / W||Llanllwni*|SA39
W||Ffarmers*|SA19 / W||Cilycwm*|SA20 / W||Cynghordy*|SA20 / W||Ffairfach*|SA19 / W||Llandybie|SA18
W||Llangeler*|SA44 / W||Pentrecwrt*|SA44 / W||Abernant*|SA33 / W||Llanboidy*|SA34
W||Efailwen*|SA66 / W||Login*|SA34 / W||Felindre Farchog*|SA41 / W||Nanhyfer*|SA42
W||Dinas Cross*|SA42 / W||Cwm Gwaun*|SA65 / W||Puncheston*|SA62 / W||Rosebush*|SA66
W||Llandysilio*|SA66 / W||Clunderwen*|SA66 / W||Templeton*|SA67 / W||Ludchurch*|SA67
W||Amroth*|SA67 / W||Stepaside*|SA67 / W||Jeffreyston*|SA68 / W||Carew*|SA70 / W||Cosheston*|SA72
W||Hundleton*|SA71 / W||Castlemartin*|SA71 / W||Bosherston*|SA71 / W||Stackpole*|SA71
W||Freshwater East*|SA71 / W||St Florence*|SA70 / W||Penally*|SA70 / W||Broad Haven*|SA62
W||Nolton Haven*|SA62 / W||Roch*|SA62 / W||Camrose*|SA62 / W||Hayscastle*|SA62 / W||Trefin*|SA62
W||Abereiddy*|SA62 / W||Porthgain*|SA62 / W||Croesgoch*|SA62 / W||Llanrhian*|SA62
W|Denbs.|Llanfair Dyffryn Clwyd*|LL15 / W|Denbs.|Pwllglas*|LL15 / W|Denbs.|Clawddnewydd*|LL15
W|Denbs.|Cyffylliog*|LL15 / W|Denbs.|Llanelidan*|LL15 / W|Denbs.|Derwen*|LL21
W|Denbs.|Gwyddelwern*|LL21 / W|Denbs.|Betws Gwerfil Goch*|LL21 / W|Denbs.|Llangwm*|LL21
W|Denbs.|Nantglyn*|LL16 / W|Denbs.|Llannefydd*|LL16 / W|Denbs.|Bodfari*|LL16
W|Denbs.|Tremeirchion*|LL17 / W|Denbs.|Llangynhafal*|LL15 / W|Denbs.|Graigfechan*|LL15
W||Penycae*|LL14 / W||Rhiwabon|LL14 / W||Johnstown*|LL14 / W||Ponciau*|LL14 / W||Rhostyllen*|LL14
W||Bwlchgwyn*|LL11 / W||Minera*|LL11 / W||Gwersyllt|LL11 / W||Llay|LL12 / W||Rossett*|LL12
W||Marford*|LL12 / W||Bangor-is-y-coed*|LL13 / W||Hanmer*|SY13 / W||Penley*|LL13
W||Bronington*|SY13 / W||Glyn Ceiriog*|LL20 / W||Llanarmon Dyffryn Ceiriog*|LL20
W||Pontfadog*|LL20 / N|Co. Ferm.|Inis Ceithleann|Cornagrade=BT74;Derrychara=BT74;Killyhommon=BT74
N|Co. Ferm.|Letterbreen*|BT74 / N|Co. Ferm.|Boho*|BT74 / N|Co. Ferm.|Monea*|BT74
N|Co. Ferm.|Blaney*|BT93 / N|Co. Ferm.|Killadeas*|BT94 / N|Co. Ferm.|Trory*|BT94
N|Co. Ferm.|Ballycassidy*|BT94 / N|Contae Fhear Manach|Tummery*|BT78
N|Contae Fhear Manach|Clabby*|BT75 / N|Contae Fhear Manach|Springfield*|BT74
N|Contae Fhear Manach|Magheraveely*|BT92 / N|Contae Fhear Manach|Donagh*|BT92
N|Contae Fhear Manach|Wattlebridge*|BT92 / N|Co. Ferm.|Carrybridge*|BT92 / N|Arm.|Collone*|BT60
N|Arm.|Mullaghbrack*|BT60 / N|Arm.|Laurelvale*|BT62 / N|Arm.|Mullavilly*|BT62 / N|Arm.|Milford*|BT60
N|Contae Ard Mhacha|Derrynoose*|BT60 / N|Contae Ard Mhacha|Tassagh*|BT60
N|Contae Ard Mhacha|Ballymacnab*|BT60 / N|Contae Ard Mhacha|Granemore*|BT60 / N|Arm.|Belleeks*|BT35
N|Arm.|Cladymore*|BT60 / N|Arm.|Lislea*|BT35 / N|Arm.|Drumintee*|BT35 / N|Arm.|Meigh*|BT35
N|Co Tyr.|Douglas Bridge*|BT82 / N|Co Tyr.|Victoria Bridge*|BT82 / N|Co Tyr.|Ardstraw*|BT78
N|Co Tyr.|Erganagh*|BT81 / N|Co Tyr.|Killen*|BT81 / N|Co Tyr.|Aghyaran*|BT81
N|Co Tyr.|Artigarvan*|BT82 / N|Co Tyr.|Donemana*|BT82 / N|Co Tyr.|Dunamanagh*|BT82
N|Contae Thír Eoghain|Altmore*|BT70 / N|Contae Thír Eoghain|Edendork*|BT71
N|Contae Thír Eoghain|Killeeshil*|BT70 / N|Contae Thír Eoghain|Tullyallen*|BT71
N|Contae Thír Eoghain|Cabragh*|BT70 / N|Co Tyr.|Newmills*|BT71
"""
_STREETS = {
    "E": "Ore Mine Lane, Slag Bank Road, Shipyard Terrace, Dock Gate Close, Fell Gate, Beck Side "
    "Lane, Howe Lane, Gill Head Road, Raise Lane, Tarn Close, Sheepfold Row, Drystone Walk, Scrumpy "
    "Press Lane, Oast Kiln Close, Perry Pear Way, Freeminers Way, Verderers Close, Scowles Lane, "
    "Cinder Hill Road, Gritstone Close, Well Dressing Lane, Leadminers Rise, Millstone Edge Road, "
    "Bobbin Mill Lane, Pencil Works Close, Gunpowder Mill Lane, Colliers Bank, Haematite "
    "Street, Steelworks Terrace, Ironstone Row, Barrel Arch Lane, Herdwick Close, Fellside Row, "
    "Tannery Beck Road, Orchard Perry Close, Cruck Barn Lane, Shearers Fold, Ginnel End, "
    "Hopyard Lane, Clogmakers Row",
    "S": "Tweed Mill Brae, Hosiery Wynd, Knitwear Lane, Common Riding Way, Cornet's Close, "
    "Smuggler's Brae, Creamery Road, Mercat Close, Kelpie Lane, Heugh Road, Chain Ferry Brae, Slipway "
    "Brae, Sràid na Cille, Rathad nan Ròn, Sràid a' Mhuilinn, Ceum na Drochaid, Rathad a' "
    "Chaisteil Bhig, Tenter Wynd, Dyers Brae, Fleshers Wynd, Tawers Close, Waulkmill Road, "
    "Herring Pier Road, Kipper Kiln Lane, Drovers Loan, Tolbooth Close",
    "W": "Heol yr Efail Fach, Lôn y Porthmyn, Rhes y Chwarel, Heol y Cneifiwr, Rhes y Gwehydd, Heol y "
    "Ffatri Wlân, Lôn y Tollty, Stryd y Felin Wlân, Rhes y Mwynwyr, Heol Tan-y-Bryn, Lôn "
    "Cwm Ceiri, Ffordd y Llyn Bach, Woollen Mill Row, Lead Mine Terrace, Slate Quay Road, "
    "Tollgate Row, Coracle Way, Drovers Arms Lane, Tannery Lane Bach, Heol y Cwrwgl",
    "N": "Drumgallan Road, Tullyvarnog Road, Cornagague Road, Derrylester Road, Killymittan Road, "
    "Mullaghfad Road, Tattygar Road, Drumskinny Lane, Aghalurcher Road, Lisgoole Road, "
    "Derrykerrib Road, Corraback Road, Tullyneagh Lane, Drumbrughas Road, Mullaghmeen Lane, "
    "Creevelea Road, Ballymacmague Road, Aghadrumsee Road",
}
_HOUSE_NAMES = {
    "E": "Herdwick Cottage, Bobbin Mill House, Gill Foot Farm, Beckstones, Howe End, Hop Kiln "
    "Barn, Perry Tree Cottage, Freeminers Cottage, Scowles House, Millstone Lodge, Tarnside, "
    "Raise Foot, Cruck Cottage, Fold End Farm",
    "S": "Kelpie Cottage, Tweedside House, Heughhead, Mercat House, Taigh nan Ròn, Taigh a' "
    "Mhuilinn, Ferry Brae Cottage, Creamery House, Waulkmill Cottage",
    "W": "Tŷ'r Porthmon, Bwthyn y Gof, Hafod y Gwehydd, Tyddyn Cneifio, Llys y Chwarel, Gwaun "
    "Cwrwgl, Pen-y-Banc Isaf, Nantgwyn Uchaf, Bryn Tollty",
    "N": "Drumgallan House, Tullyvarnog Farm, Cornagague Cottage, Lisgoole Lodge, Mullaghfad "
    "House, Corraback Farm, Creevelea Cottage",
}
_CULTURE_WEIGHTS = {
    "crimean_tatar": 7,
    "icelandic": 5,
    "maltese": 6,
    "haredi": 6,
    "thai": 5,
    "tibetan": 4,
    "assyrian": 5,
    "indo_caribbean": 6,
    "creole": 5,
    "luganda": 6,
    "malawian": 6,
    "estonian": 5,
    "cameroonian": 5,
    "mongolian": 4,
    "malayali": 7,
}
_REGION_WEIGHTS = {"E": 36, "S": 24, "W": 22, "N": 18}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Westmorland & Furness Council|Housing Repairs - Responsive Maintenance|Cavendish House, Duke Street;Barrow-in-Furness;LA14 1HZ|0808 157 1101|housing.repairs@westmorlandfurness.gov.uk
Cumberland Council - Carlisle Office|Members' and MP Enquiries|Cumberland House, Botchergate;Carlisle;CA1 1RZ|0808 157 1102|mp.enquiries@cumberland.gov.uk
Herefordshire Council - Plough Lane|Blue Badge Team|Plough Lane Offices;Hereford;HR4 0LE|0808 157 1103|bluebadge@herefordshire.gov.uk
Personal Independence Payment (DWP)|PIP Mandatory Reconsiderations|PIP Post Handling, Mail Site C;Wolverhampton;WV99 1AJ|0808 157 1104|pip.reconsiderations@dwp.gov.uk
Rutland County Council - Catmose|Housing Options - Duty to Refer|Catmose, South Road;Oakham;LE15 6HP|0808 157 1105|dutytorefer@rutland.gov.uk
Cyngor Sir Powys County Council|Gwasanaethau Etholiadol / Electoral Services|Neuadd y Sir, Spa Road East;Llandrindod Wells;LD1 5LG|0808 157 1106|etholiadau.elections@powys.gov.uk
Cyngor Sir Ceredigion County Council|Treth y Cyngor - Council Tax Discounts|Canolfan Rheidol, Rhodfa Padarn;Aberystwyth;SY23 3UE|0808 157 1107|trethcyngor.ctax@ceredigion.gov.uk
Dumfries & Galloway Council|Information Governance - FOISA Reviews|Council Offices, English Street;Dumfries;DG1 2DD|0808 157 1108|foi.reviews@dumgal.gov.uk
Derbyshire Dales District Council|Homes for Ukraine - Host Support|Town Hall, Bank Road;Matlock;DE4 3NN|0808 157 1109|homesforukraine@derbyshiredales.gov.uk
Forest of Dean District Council|Revenues and Benefits - Appointees and Deputies|Council Offices, High Street;Coleford;GL16 8HG|0808 157 1110|deputies.revsbens@fdean.gov.uk
Scottish Borders Council|Customer Services - Contact Centre|Council Headquarters, Newtown St Boswells;Melrose;TD6 0SA|0808 157 1111|customer.advice@scotborders.gov.uk
Fermanagh & Omagh District Council|Environmental Health - Pollution Control|The Grange, Mountjoy Road;Omagh;BT79 7BL|0808 157 1112|envhealth.pollution@fermanaghomagh.com
Argyll & Bute Council|Private Sector Housing - Shared Repairs|Kilmory;Lochgilphead;PA31 8RT|0808 157 1113|shared.repairs@argyll-bute.gov.uk
Carmarthenshire County Council|HR Vetting - DBS Checks|County Hall;Carmarthen;SA31 1JP|0808 157 1114|dbs.vetting@carmarthenshire.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_CONTRACTORS = """
Fellside Property Repairs Ltd|Unit 4, Ironworks Road;Barrow-in-Furness;LA14 2PG|0113 496 0917|jobs@fellsiderepairs.co.uk
Duddon Damp & Roofing|PO Box 318;Ulverston;LA12 9WZ|0113 496 0918|office@duddondamp.co.uk
"""
_MP_OFFICES = """
Office of the Member of Parliament for Whitehaven and Workington|PO Box 1127;Workington;CA14 9DR|0191 498 0921|constituency.office@whworkington-mp.org.uk
Office of the Member of Parliament for Penrith and Solway|PO Box 2216;Penrith;CA11 7WL|0191 498 0922|casework@penrithsolway-mp.org.uk
"""
_SURGERIES = """
Golden Valley Practice|Peterchurch Surgery;Hereford;HR2 0RP|01632 960931|goldenvalley.reception@nhs.net
Wye Bank Medical Centre|Station Approach;Leominster;HR6 8AP|01632 960932|wyebank.admin@nhs.net
"""
_PROBATION = """
Probation Service - Leicestershire and Rutland PDU|PO Box 5021;Leicester;LE1 9HQ|0116 496 0941|pdu.leicsrutland@justice.gov.uk
Probation Service - Loughborough Office|Pinfold Gate House;Loughborough;LE11 1BE|0116 496 0942|loughborough.probation@justice.gov.uk
"""
_CHARITIES = """
Peak Welcome Refugee Network|The Old Chapel, Dale Road;Matlock;DE4 3LT|0114 496 0951|hello@peakwelcome.org.uk
Dales Sanctuary Hosts|PO Box 77;Bakewell;DE45 1ZQ|0114 496 0952|support@dalessanctuary.org.uk
"""
_DEPUTY_FIRMS = """
Severnside Deputyship Solicitors LLP|Kings Chambers, 9 Market Place;Lydney;GL15 5DP|0117 496 0961|deputyship@severnsidelaw.co.uk
Verderers Court Protection Team|PO Box 4410;Gloucester;GL1 9ZZ|0117 496 0968|cop.team@verdererslaw.co.uk
"""
_EMPLOYERS = """
Erne Agri-Feeds Ltd|Tempo Road Industrial Estate;Enniskillen;BT74 6HR|028 9018 0971|accounts@erneagrifeeds.co.uk
Lakeland Creamery (NI) Ltd|Derrylin Road;Lisnaskea;BT92 0JA|028 9018 0972|reception@lakelandcreamery-ni.co.uk
"""
_FACTORS = """
Cowal Property Factors|PO Box 61;Dunoon;PA23 7WA|0141 496 0981|factoring@cowalfactors.co.uk
Kintyre & Knapdale Building Surveyors|14 Argyll Street;Lochgilphead;PA31 8NE|0141 496 0982|surveys@kkbs.co.uk
"""
# Prisons, schools and hospitals: names only, never contact details
_PRISONS = ["HMP Stocken", "HMP Gartree", "HMP Leicester", "HMP Nottingham", "HMP Ranby"]
_UNIVERSITIES = [
    "Aberystwyth University",
    "Cardiff University",
    "Bangor University",
    "University of Gloucestershire",
]
_EMAIL_DOMAINS = [
    "hotmail.co.uk",
    "outlook.com",
    "yahoo.co.uk",
    "gmail.com",
    "aol.com",
    "live.co.uk",
    "tiscali.co.uk",
    "zoho.com",
    "fastmail.com",
    "pm.me",
    "plus.net",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0115 496 0",
    "0116 496 0",
    "0117 496 0",
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
CONTRACTORS = third_parties(_CONTRACTORS)
MP_OFFICES = third_parties(_MP_OFFICES)
SURGERIES = third_parties(_SURGERIES)
PROBATION = third_parties(_PROBATION)
CHARITIES = third_parties(_CHARITIES)
DEPUTY_FIRMS = third_parties(_DEPUTY_FIRMS)
EMPLOYERS = third_parties(_EMPLOYERS)
FACTORS = third_parties(_FACTORS)


SURNAME_PAIRS = gendered_surname_pairs(SURNAMES, lambda n: (n + "a", n[:-3] + "dóttir"))
ARGYLL_TOWNS = frozenset(
    t.town for t in TOWNS["S"] if t.county in ("Cowal", "Kintyre", "Cnapadal", "Lorn")
)


class V(Values):
    """Value generators for one row, on this family's tables: gendered surnames follow the
    relative's sex, Scottish addresses are often tenement flats, and the unlabelled look-alikes
    particular to this family."""

    tables = TABLES
    surname_pairs = SURNAME_PAIRS
    former_name_culture = "maltese"

    def partner(self, p: Person) -> Person:
        """A spouse: Icelandic spouses keep their own patronymics; others share the surname."""
        g = "m" if p.gender == "f" else "f"
        if p.culture == "icelandic":
            return self.person("icelandic", g, born=(p.dob.year - 8, min(p.dob.year + 8, 2005)))
        return self.kin(p, gender=g, born=(p.dob.year - 8, min(p.dob.year + 8, 2005)))

    def address(
        self, region: str | None = None, casual: bool = False, village: bool | None = None
    ) -> Address:
        """As the shared generator, but a Scottish street address is often a tenement flat
        written the Glasgow way ("Flat 3/2", "0/1") or the Edinburgh way ("2F1", "14/3")."""
        region = region or self.region()
        a = super().address(region, casual, village)
        m = re.fullmatch(r"(\d+)([A-C]?) (.+)", a.street_lines[-1])
        if region == "S" and m and self.rng.random() < 0.45:
            rng, (number, _, street) = self.rng, m.groups()
            floor, door = rng.randint(0, 4), rng.randint(1, 3)
            a.street_lines = rng.choice(
                [
                    [f"Flat {floor}/{door}", f"{number} {street}"],
                    [f"{floor}/{door} {number} {street}"],
                    [f"{floor}F{door}, {number} {street}"],
                    [f"{number}/{floor + 1} {street}"],
                    [f"{floor}F{door} {number} {street}"],
                ]
            )
        return a

    def vrm(self) -> str:
        """A current-style vehicle registration (two letters, two digits, three letters)."""
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        return (
            "".join(self.rng.choices(letters, k=2))
            + f"{self.rng.choice([16, 18, 20, 66, 68, 70, 71, 73, 75]):02d} "
            + "".join(self.rng.choices(letters, k=3))
        )


# --------------------------------------------------------------------------- helpers
def _whatsapp_stamp(t: datetime) -> str:
    return f"[{t:%d/%m/%Y, %H:%M:%S}]"


def _email_date(d: date, rng: random.Random) -> str:
    return f"{d:%a} {d.day} {d:%b %Y} at {clock_time(rng)}"


# --------------------------------------------------------------------------- layouts
def repair_whatsapp_paste(doc: Doc3, v: V) -> None:
    """A tenant e-mails the repairs mailbox and pastes the WhatsApp chat with the contractor's
    operative below it: export lines "[dd/mm/yyyy, hh:mm:ss] name: text", the tenant's contact
    saved in lower case, the address typed in lower case inside a message, a neighbour by
    surname and house number, the contractor's phone (ORGANIZATION); the message timestamps, the
    repair job number and the attached photo file names stay readable."""
    rng = v.rng
    org, firm = v.org("Responsive Maintenance"), rng.choice(CONTRACTORS)
    p, home = v.person(born=(1950, 2004)), v.address(region="E")
    operative, neighbour = v.person(), v.person()
    job = v.ref(8)
    doc.add("From: ").nm(p, rng.choice(["full", "caps"])).add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(">\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: leak and mould STILL not fixed - job no: {job}\n\n")
    doc.add("Hello, I have rung ").ent("ORGANIZATION", org.phone).add(
        " four times. Here is the whole chat with your contractor so you can see what has gone "
        "on. Please ring me.\n\n"
    )
    me = p.first.lower() if rng.random() < 0.6 else p.full.lower()
    them = f"{operative.first} ({firm.name.split()[0]})"
    start = days_ago(rng, 20, 40)
    when = datetime(start.year, start.month, start.day, rng.randint(7, 10), rng.randint(0, 59))

    def say(who: str, is_me: bool, write: Callable[[], object]) -> None:
        nonlocal when
        when += timedelta(
            minutes=rng.choice([3, 12, 45, 200, 1500, 2900]), seconds=rng.randint(1, 59)
        )
        doc.add(_whatsapp_stamp(when) + " ")
        if is_me:
            doc.ent("PERSON", who)
        else:
            doc.ent("PERSON", operative.first).add(who[len(operative.first) :])
        doc.add(": ")
        write()
        doc.add("\n")

    def first() -> None:
        doc.add("Hi its ").nm(operative, "first").add(
            f" from {firm.name}, booked in for the leak tomorrow am. Can you confirm the address? "
            "Office no is "
        )
        doc.ent("ORGANIZATION", firm.phone)

    def address() -> None:
        doc.lower = True
        doc.addr_inline(home, sep=rng.choice([", ", " "]))
        doc.add(" the door is round the back")
        doc.lower = False

    def photo() -> None:
        doc.add(f"IMG-{when:%Y%m%d}-WA00{rng.randint(10, 99)}.jpg (file attached)")

    def neighbour_says() -> None:
        doc.lower = True
        doc.add("water is coming through from upstairs again, ")
        doc.add(rng.choice(["mrs ", ""] if neighbour.gender == "f" else ["mr ", ""]))
        doc.nm(neighbour, "surname").add(" at ")
        doc.ent("STREET_ADDRESS", f"no {rng.randint(1, 60)}")
        doc.add(f" says its {pron(neighbour)[1]} bath. call me on ").ent(
            "PHONE_NUMBER", v.phone(True)
        )
        doc.lower = False

    say(them, False, first)
    say(me, True, address)
    say(me, True, photo)
    say(them, False, lambda: doc.add("Sorry running late, van broke down <Media omitted>"))
    say(me, True, neighbour_says)
    say(them, False, lambda: doc.add(f"Need to order parts. Job no: {job} - office will call"))
    doc.add("\n\nThis has been going on since ")
    doc.add(f"{(TODAY - timedelta(rng.randint(60, 200))):%B}. My son has asthma.\n\n")
    doc.nm(p, rng.choice(["full", "first"])).add("\n").ent("PHONE_NUMBER", v.phone())
    doc.add("\n")


def mp_caseworker_nested_forward(doc: Doc3, v: V) -> None:
    """An MP's caseworker forwards a constituent's e-mail to the council's MP enquiries mailbox:
    the caseworker's own signature (the MP named, the constituency office's PO box, phone and
    mailbox ORGANIZATION), then the constituent's message quoted once with "> " (their address,
    phone, NI number, a parent with a date of birth), which itself quotes a council officer's
    earlier reply with "> >"; the MP's reference, the council case reference and the quoted
    e-mail dates stay readable."""
    rng = v.rng
    org, office = v.org("MP Enquiries"), rng.choice(MP_OFFICES)
    caseworker, mp = v.person(), v.person()
    p, home = v.person(born=(1950, 2000)), v.address(region="E")
    mum = v.kin(p, gender="f", born=(1931, min(1960, p.dob.year - 17)))
    officer = v.person()
    mp_ref = f"{''.join(rng.choices('ABCDEFGHJKLMNPRSTUVWXYZ', k=2))}{v.ref(5)}"
    case = f"HSG-{v.ref(7)}"
    doc.add("From: ").nm(caseworker, "full").add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(caseworker, "parliament.uk")).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox)
    doc.add("\nSubject: FW: Constituent enquiry - ").nm(p, rng.choice(["full", "surname_caps"]))
    doc.add(f" - Our ref: {mp_ref}\n\nDear colleague,\n\nPlease see below from my constituent, ")
    doc.nm(p, rng.choice(["title_full", "full"])).add(", of ").addr_inline(home)
    doc.add(". I would be grateful for your response so that I can update ")
    doc.add("them" if rng.random() < 0.5 else pron(p)[1] + " family").add(".\n\nKind regards\n\n")
    doc.nm(caseworker, "full").add("\nSenior Caseworker to ").nm(
        mp, rng.choice(["full", "title_full"])
    )
    doc.add(" MP\n")
    third_party_contact(doc, office)
    doc.add(f"\nOur ref: {mp_ref}\n\n")
    sent = TODAY - timedelta(rng.randint(2, 6))
    doc.add(f"On {_email_date(sent, rng)}, ").nm(p, "full").add(" <")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("> wrote:\n> Dear ")
    doc.add(f"{mp.title} ").nm(mp, "surname").add(",\n>\n> I am writing about my mother ")
    doc.nm(mum, rng.choice(["full", "title_full"])).add(" (date of birth ").dob(mum)
    doc.add(") who lives with me at the address above. She is on the\n> housing register ")
    doc.add(f"for a ground floor flat and the council keep saying case {case} is 'in\n> progress'.")
    doc.add(" My NI number is ").ident("UK_NINO", v.nino()).add(
        " if you need it and my mobile\n> is "
    )
    doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n>\n> Yours sincerely\n> ")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add("\n>\n")
    earlier = sent - timedelta(rng.randint(3, 20))
    doc.add(f"> On {_email_date(earlier, rng)}, Housing Options <").ent("ORGANIZATION", org.mailbox)
    doc.add("> wrote:\n> > Dear ").nm(p, rng.choice(["first", "title_surname"]))
    doc.add(f",\n> > Thank you for your call. Your case reference is {case}. An officer will\n")
    doc.add("> > review your mother's medical form within 28 days.\n> > ")
    doc.nm(officer, rng.choice(["full", "initial_dot"])).add("\n> > Housing Options Officer\n")
    doc.add("> > Members' and MP enquiries: ").ent("ORGANIZATION", org.phone).add("\n")


def blue_badge_healthcare_professional(doc: Doc3, v: V) -> None:
    """A Blue Badge application with the healthcare professional's section: the applicant's
    name, date of birth, NI number, address, phone, e-mail and proof of identity (a passport or
    a driving licence number written plainly), a parent or carer applying for a child, then
    Part C completed by a GP (the surgery's contacts ORGANIZATION); the application reference,
    GMC number, walking distances and vehicle registrations stay readable."""
    rng = v.rng
    org, gp = v.org("Blue Badge"), rng.choice(SURGERIES)
    child = rng.random() < 0.25
    p = v.person(child=child, born=None if child else (1931, 2004))
    home = v.address(region="E")
    doctor = v.person()
    doc.add(
        f"{org.name} - {org.team}\nBLUE BADGE APPLICATION (PAPER)\nApplication reference: "
        f"BB-{TODAY.year}-{rng.randint(100000, 999999)}\n\nPART A - THE APPLICANT\n"
        f"Title: {p.title}\nFull name: "
    )
    doc.nm(p, rng.choice(["full", "caps", "middle"])).add("\nDate of birth: ").dob(p)
    if not child:
        doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nAddress:\n").addr_lines(home, "  ")
    if child:
        parent = v.kin(p, born=(1975, 2000)) if rng.random() < 0.8 else v.person()
        doc.add("Parent/guardian completing this form: ").nm(parent, "full").add("\nTelephone: ")
        doc.ent("PHONE_NUMBER", v.phone()).add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(parent))
    else:
        doc.add("Telephone: ").ent("PHONE_NUMBER", v.phone())
        if rng.random() < 0.7:
            doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p))
        doc.add("\nProof of identity: ")
        if rng.random() < 0.5:
            doc.add("UK passport, number ").ident("UK_PASSPORT", v.passport())
        else:
            doc.add("photocard driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(
        f"\n\nPART B - VEHICLES\nVehicle 1: {v.vrm()}\nVehicle 2: {v.vrm()}\n\n"
        "PART C - HEALTHCARE PROFESSIONAL\nName: Dr "
    )
    doc.nm(doctor, rng.choice(["full", "initial_dot", "surname"]))
    doc.add(f"\nGMC number: {rng.randint(2000000, 7999999)}\nPatient's NHS number: ")
    doc.ident("UK_NHS", v.nhs()).add(f"\nPractice: {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add("\nHow far can the applicant walk without severe pain? about ")
    doc.add(f"{rng.choice([10, 15, 20, 30, 40, 50])} metres\nConditions: ")
    doc.add(rng.choice(["COPD with oxygen", "bilateral knee OA", "cerebral palsy", "MS"]))
    doc.add(f"\nLast seen: {v.when(-60, -1)}\nI confirm that I know ").nm(p, "first")
    doc.add(" and this information is correct.\n\nReturn to ").ent("ORGANIZATION", org.mailbox)
    doc.add(" or call ").ent("ORGANIZATION", org.phone).add("\n")


def pip_reconsideration_handwritten_ocr(doc: Doc3, v: V) -> None:
    """A handwritten PIP mandatory reconsideration request scanned and OCR'd: a scanner header
    (batch and page numbers readable), then the body hard-wrapped near a column with words
    hyphenated at the margin (values too) and character confusions in the unlabelled words: the
    claimant's name, NI number, date of birth, address, a move described in prose ("I moved
    from ... to my sister's in ..."), phone, the sister named; no e-mail or licence is written
    (a hyphen at the margin would break them)."""
    rng = v.rng
    org = v.org("PIP")
    p, now, before = v.person(born=(1950, 2004)), v.address(), v.address()
    sister = v.kin(p, gender="f", born=(1945, 2004))
    batch = rng.randint(100000, 999999)
    decision = TODAY - timedelta(rng.randint(10, 30))
    doc.add(f"SCANNED {TODAY:%d/%m/%Y} BATCH {batch} PAGE 1 OF 2 - {org.team.upper()} ")
    doc.ent("ORGANIZATION", org.phone).add(" ").ent("ORGANIZATION", org.mailbox).add("\n\n")
    doc.wrap, doc.noise, doc.hyphenate = rng.randint(50, 66), True, 0.35
    doc.column = 0
    doc.add("To the PIP office. I want you to look again at my PIP decision. My name is ")
    doc.nm(p, rng.choice(["full", "caps", "middle"])).add(", National Insurance ")
    doc.ident("UK_NINO", v.nino()).add(", born ").dob(p).add(". I now live at ")
    doc.addr_inline(now).add(
        ".\n\nYou said I could walk more than 200 metres but I cannot. I moved from "
    )
    doc.ent("STREET_ADDRESS", before.street(", ")).add(" in ").ent("LOCATION", before.town)
    doc.add(" to my sister ").nm(sister, rng.choice(["full", "first"])).add("'s in ")
    doc.ent("LOCATION", now.town).add(
        " because I could not manage the stairs or cook for myself. She does my tablets and helps "
        "me in the bath. Please ring me on "
    )
    doc.ent("PHONE_NUMBER", v.phone()).add(" or my sister on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(".\n")
    doc.wrap, doc.noise, doc.hyphenate = 0, False, 0.0
    doc.add(f"\nSCANNED {TODAY:%d/%m/%Y} BATCH {batch} PAGE 2 OF 2\n\n")
    doc.add(f"Decision letter dated {decision:%d/%m/%Y}: scored {rng.randint(0, 7)} points for ")
    doc.add(f"daily living and {rng.randint(0, 7)} points for mobility.\n")
    doc.wrap, doc.noise, doc.hyphenate = rng.randint(50, 66), True, 0.35
    doc.column = 0
    doc.add("Signed ").nm(p, rng.choice(["full", "initial"])).add("\n")
    doc.wrap, doc.noise, doc.hyphenate = 0, False, 0.0


def probation_duty_to_refer_form(doc: Doc3, v: V) -> None:
    """A probation practitioner's duty-to-refer notice (Homelessness Reduction Act, s.213B) for
    someone leaving prison: the referrer's name, work e-mail and phone, the person's name, an
    alias ("also known as"), date of birth, NI number, the last settled address and an earlier
    one described in prose, a family member they could stay with, consent; the case reference
    number, prison number (a letter, four digits, two letters), the prison's name and the release date stay
    readable."""
    rng = v.rng
    org, pdu = v.org("Duty to Refer"), rng.choice(PROBATION)
    officer = v.person()
    p = v.person(born=(1960, 2005))
    alias = v.person(p.culture, p.gender)
    last, earlier = v.address(region="E"), v.address(region="E")
    kin = v.kin(p, born=(1940, 2005))
    release = TODAY + timedelta(rng.randint(5, 40))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    crn = f"{rng.choice(letters)}{rng.randint(100000, 999999)}"
    prison_no = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{''.join(rng.choices(letters, k=2))}"
    doc.add(
        f"DUTY TO REFER - NOTIFICATION TO {org.name.upper()}\n{org.team}\n\n"
        f"Referring agency: {pdu.name}\n"
    )
    third_party_contact(doc, pdu)
    doc.add("\nReferrer: ").nm(officer, rng.choice(["full", "initial_dot"]))
    doc.add(", Probation Practitioner\nReferrer e-mail: ")
    doc.ent("EMAIL_ADDRESS", v.email(officer, "justice.gov.uk")).add("   Mobile: ")
    doc.ent("PHONE_NUMBER", v.phone(True))
    doc.add(f"\n\n1. PERSON REFERRED\nCRN: {crn}   Prison number: {prison_no}\nName: ")
    doc.nm(p, rng.choice(["full", "surname_caps", "caps"])).add("\nAlso known as: ")
    doc.ent("PERSON", f"{alias.first} {p.last}" if rng.random() < 0.5 else alias.full)
    doc.add("\nDate of birth: ").dob(p).add("\nNI number: ").ident("UK_NINO", v.nino())
    doc.add(
        f"\nCurrent location: {rng.choice(_PRISONS)}\nRelease date: {release:%d/%m/%Y}\n\n"
        "2. HOUSING HISTORY\nLast settled address: "
    )
    doc.addr_inline(last).add("\nBefore that ").nm(p, "first").add(" lived with a partner at ")
    doc.ent("STREET_ADDRESS", earlier.street(", ")).add(", ").ent("LOCATION", earlier.town)
    doc.add(" until the relationship broke down; the partner has a non-molestation order and ")
    doc.add("that address is NOT suitable.\n\n3. SUPPORT\nFamily contact: ")
    doc.nm(kin, rng.choice(["full", "first"])).add(" (").add(
        "mother" if kin.gender == "f" and kin.dob < p.dob else "sibling"
    )
    doc.add(") ").ent("PHONE_NUMBER", v.phone()).add(
        f" - could stay {rng.randint(2, 7)} nights only\n"
        f"MAPPA: level {rng.choice([1, 1, 2])}   Risk of serious harm: "
        f"{rng.choice(['low', 'medium', 'medium', 'high'])}\n\n"
        "4. CONSENT\n[x] The person consents to this referral and to the council contacting "
        "them.\nSigned (referrer): "
    )
    doc.nm(officer, rng.choice(["full", "initial"])).add(f"   Date: {v.when(-3, 0)}\n\nSend to ")
    doc.ent("ORGANIZATION", org.mailbox).add(" / ").ent("ORGANIZATION", org.phone).add("\n")


def postal_vote_redirect_application(doc: Doc3, v: V) -> None:
    """A bilingual (Welsh and English) postal vote application asking for the ballot to be sent
    somewhere else: the elector's name, registered address, date of birth, NI number (the
    identity check), the redirection address (a student's term address or a relative's home)
    and why, e-mail and phone; the elector number, polling district and the period the
    arrangement lasts stay readable."""
    rng = v.rng
    org = v.org("Electoral")
    p, home = v.person(born=(1931, 2008)), v.address(region="W")
    away = v.address()
    student = p.dob.year >= 2000 and rng.random() < 0.7
    district = f"{''.join(rng.choices('ABCDEFGHKLMNPRSTW', k=2))}{rng.randint(1, 9)}"
    until = date(TODAY.year + rng.randint(1, 3), 1, 31)
    doc.add(
        f"{org.name}\n{org.team}\nCAIS AM BLEIDLAIS BOST / POSTAL VOTE APPLICATION\n\n"
        f"Rhif etholwr / Elector number: {district}-{rng.randint(1, 2999)}\n"
        f"Dosbarth pleidleisio / Polling district: {district}\n\n"
        "Enw llawn / Full name: "
    )
    doc.nm(p, rng.choice(["full", "caps", "middle"])).add(
        "\nCyfeiriad cofrestredig / Registered address:\n"
    )
    doc.addr_lines(home, "   ")
    doc.add("Dyddiad geni / Date of birth: ").dob(p, welsh=rng.random() < 0.5)
    doc.add("\nRhif Yswiriant Gwladol / NI number: ").ident("UK_NINO", v.nino())
    doc.add("\n\nAnfon fy mhapur pleidleisio i / Send my ballot paper to:\n")
    doc.addr_lines(away, "   ")
    if student:
        doc.add(f"Rheswm / Reason: I am a student at {rng.choice(_UNIVERSITIES)} during term\n")
    else:
        rel = v.kin(p, born=(1940, 2005))
        doc.add("Rheswm / Reason: I am staying with my ")
        doc.add("daughter " if rel.gender == "f" else "son ").nm(rel, "full")
        doc.add(" while I recover from an operation\n")
    doc.add(f"Hyd / Period: until {until:%d/%m/%Y}\n\nE-bost / Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nFfôn / Phone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n\nLlofnod / Signature: [signed] ").nm(p, rng.choice(["initial", "full"]))
    doc.add(f"\nDyddiad / Date: {v.when(-9, 0, welsh=True)}\n\nYmholiadau / Enquiries: ")
    doc.ent("ORGANIZATION", org.phone).add(" - ").ent("ORGANIZATION", org.mailbox).add("\n")


def single_person_discount_review(doc: Doc3, v: V) -> None:
    """A council tax single person discount review returned by the bill payer: the account
    holder's name and address, a table of everyone aged 18+ living there (names and dates of
    birth), who moved out and to where (the former partner's new address), phone and e-mail;
    the account number (nine digits, like a passport number), the property reference (twelve
    digits), the band and the discount stay readable."""
    rng = v.rng
    org = v.org("Council Tax")
    p, home = v.person(born=(1935, 2005)), v.address(region="W")
    ex = v.partner(p)
    while ex.first == p.first:
        ex = v.partner(p)
    new_home = v.address()
    doc.add(
        f"{org.name}\n{org.team}\n\nSINGLE PERSON DISCOUNT REVIEW {TODAY.year}\n\n"
        f"Account number: {rng.randint(100000000, 999999999)}\n"
        f"Property reference: {rng.randint(10**11, 10**12 - 1)}\n"
        f"Band {rng.choice('ABCDEF')} - discount of 25% applied\n\nName of bill payer: "
    )
    doc.nm(p, rng.choice(["full", "surname_caps", "title_full"])).add("\nProperty:\n")
    doc.addr_lines(home, "  ")
    doc.add("\nQ1. List everyone aged 18 or over who lives at the property:\n\n")
    doc.add(f"  {'Full name':<30}{'Date of birth':<18}Relationship\n")
    doc.add("  ").nm(p, "full").add(" " * max(2, 30 - len(p.full)))
    dob = doc.length
    doc.dob(p)
    doc.add(" " * max(2, 18 - (doc.length - dob))).add("bill payer\n")
    lo = min(p.dob.year + 18, 2006)
    kids = [v.kin(p, born=(lo, max(lo, 2007))) for _ in range(rng.randint(0, 2))]
    kids = [k for i, k in enumerate(kids) if k.first not in {o.first for o in kids[:i]}]
    for k in kids:
        doc.add("  ").nm(k, "full").add(" " * max(2, 30 - len(k.full)))
        dob = doc.length
        doc.dob(k)
        doc.add(" " * max(2, 18 - (doc.length - dob)))
        doc.add(f"{relation_word(k, child=True)} (student, full-time)\n")
    doc.add("\nQ2. Has anyone moved out in the last 12 months?\n  Yes - ")
    doc.nm(ex, rng.choice(["full", "first"])).add(f", my former {relation_word(ex)}, moved out ")
    doc.add(f"on {v.when(-300, -30)} and now lives at ").addr_inline(new_home)
    doc.add(".\n\nQ3. Contact details\n  Phone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n  Email: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add("\n\nDeclaration: ").nm(p, rng.choice(["initial", "full"]))
    doc.add(f"   {v.when(-10, 0)}\nReturn to ").ent("ORGANIZATION", org.mailbox)
    doc.add(" or phone ").ent("ORGANIZATION", org.phone).add("\n")


def foi_internal_review_complaint(doc: Doc3, v: V) -> None:
    """A request for an internal review of a freedom of information response: the requester's
    own name, address and e-mail next to the names of public officials (the council officer who
    answered, a head of service, an elected member, all PERSON), the original request quoted
    with "> "; the FOI reference, the commissioner's case reference, the exemption cited and the
    response date stay readable."""
    rng = v.rng
    org = v.org("FOISA")
    p, home = v.person(born=(1945, 2004)), v.address(region="S")
    officer, head, cllr = v.person(), v.person(), v.person()
    ref = f"FOI-{TODAY.year}-{rng.randint(10000, 99999)}"
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    ico = f"IC-{rng.randint(100000, 999999)}-{rng.choice(letters)}{rng.randint(1, 9)}"
    ico += f"{rng.choice(letters)}{rng.randint(1, 9)}"
    answered = TODAY - timedelta(rng.randint(10, 35))
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: Request for review - {ref}\n\n"
    )
    doc.add("Dear Sir or Madam,\n\nI ask for a review of your response dated ")
    doc.add(f"{answered:%d/%m/%Y} to my request {ref}, signed by ")
    doc.nm(officer, rng.choice(["full", "initial_dot"])).add(
        ". You withheld the names of contractors under section 38(1)(b) but the Head of Roads, "
    )
    doc.nm(head, rng.choice(["full", "title_full"])).add(", named them at the committee, and ")
    doc.add("Councillor ").nm(cllr, rng.choice(["full", "surname"]))
    doc.add(" repeated them in the local paper.\n\nMy original request was:\n")
    doc.add("> Please provide the tenders received for resurfacing the road outside my house,\n> ")
    doc.ent("STREET_ADDRESS", home.street(", ")).add(", ").ent("LOCATION", home.town)
    doc.add(", the scores given and the names of the firms.\n\n")
    doc.add("I rang ").ent("ORGANIZATION", org.phone).add(" and was told to ask for a review. ")
    doc.add(f"If this is not resolved I will go to the Commissioner (my earlier case {ico}).\n\n")
    doc.add("Yours faithfully\n\n").nm(p, rng.choice(["full", "title_full"])).add("\n")
    doc.addr_lines(home).ent("EMAIL_ADDRESS", v.email(p)).add("\n")


def homes_for_ukraine_host_email(doc: Doc3, v: V) -> None:
    """A Homes for Ukraine host e-mails the council's host support team: the host's name, rural
    address (often a house name), phone, passport for the identity check and the account the
    thank-you payment goes to, a table of the guests with their dates of birth, the guests' plan to move on to a private let (its address
    in prose), the local refugee charity's contacts (ORGANIZATION); the visa application (GWF)
    numbers, DBS certificate number and thank-you payment amounts stay readable."""
    rng = v.rng
    org, charity = v.org("Ukraine"), rng.choice(CHARITIES)
    host, home = v.person(born=(1945, 1995)), v.address(region="E", village=True)
    tatar = [n for n, g in SURNAMES["crimean_tatar"]]
    lead = v.person("crimean_tatar", born=(1965, 2004))
    lead = replace(lead, last=rng.choice([n for n in tatar if n[-1] in "av"[lead.gender == "m"]]))
    guests = [lead] + v.relatives(lead, rng.randint(1, 3), child=0.6)
    let = v.address(region="E")
    doc.add("From: ").nm(host, "full").add(" <").ent("EMAIL_ADDRESS", v.email(host))
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add("\nSubject: our guests - move on + thank you payment\n\nHello,\n\n")
    doc.add("I tried the host line (").ent("ORGANIZATION", org.phone).add(") but it rang out. ")
    doc.add("We have hosted the family below since last year at ").addr_inline(home)
    doc.add(". Our DBS certificate is ")
    doc.add(f"{rng.randint(10**11, 10**12 - 1):012d} and you have my passport number (")
    doc.ident("UK_PASSPORT", v.passport()).add(") from the check.\n\n")
    doc.add(f"{'Name':<32}{'Date of birth':<16}Visa application\n")
    for g in guests:
        doc.nm(g, rng.choice(["full", "full", "caps"])).add(" " * max(2, 32 - len(g.full)))
        start = doc.length
        doc.dob(g)
        doc.add(" " * max(2, 16 - (doc.length - start)))
        doc.add(f"GWF0{rng.randint(10**7, 10**8 - 1)}\n")
    doc.add("\n").nm(lead, "first").add(" has found work and the family hope to move to ")
    doc.ent("STREET_ADDRESS", let.street(", ")).add(" in ").ent("LOCATION", let.town)
    doc.add(" next month. Can the £500 thank-you payment continue until then? ")
    if rng.random() < 0.7:  # the thank-you payment is paid into the host's own account
        doc.add("It goes to my account, sort code ").ident("UK_SORT_CODE", v.sort_code())
        doc.add(" account no. ").ident("UK_BANK_ACCOUNT", v.account()).add(". ")
    doc.add("They need help with the deposit - ")
    doc.add(f"{charity.name} (").ent("ORGANIZATION", charity.phone).add(", ")
    doc.ent("ORGANIZATION", charity.mailbox).add(") said you might help.\n\n").nm(lead, "first")
    doc.add("'s mobile is ").ent("PHONE_NUMBER", v.phone(True)).add(", mine is ")
    doc.ent("PHONE_NUMBER", v.phone()).add(".\n\nBest wishes\n").nm(
        host, rng.choice(["first", "full"])
    )
    doc.add("\n")


def court_of_protection_deputy_letter(doc: Doc3, v: V) -> None:
    """A solicitor appointed property and affairs deputy writes to council tax and benefits:
    the firm's letterhead (a PO box, ORGANIZATION), the client's name, date of birth, NI number,
    care home and former home, the deputy and a colleague named, the deputyship bank account
    for refunds (sort code and account number); the Court of Protection case number (eight
    digits, like an account number), the council tax account number and the security bond
    number stay readable."""
    rng = v.rng
    org, firm = v.org("Deputies"), rng.choice(DEPUTY_FIRMS)
    client = v.person(born=(1931, 1975))
    deputy, paralegal = v.person(), v.person()
    former, now = v.address(region="E"), v.address(region="E")
    doc.add(f"{firm.name}\n")
    for line in firm.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("DX 43110 Lydney   T ").ent("ORGANIZATION", firm.phone).add("   E ")
    doc.ent("ORGANIZATION", firm.mailbox).add(f"\n\n{org.team}\n{org.name}\n")
    for line in org.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("By e-mail: ").ent("ORGANIZATION", org.mailbox).add("\n")
    doc.add(f"\n{v.when(-3, 0)}\n\nDear Sir or Madam\n\nRe: ")
    doc.nm(client, rng.choice(["caps", "full", "title_full"])).add(", date of birth ").dob(client)
    doc.add(f"\nCourt of Protection case no. {rng.randint(10**7, 10**8 - 1)}\n")
    doc.add(f"Council tax account {rng.randint(10**7, 10**8 - 1)}\n\n")
    doc.add("I was appointed property and affairs deputy for ").nm(
        client, rng.choice(["title_surname", "first"])
    )
    doc.add(
        f" by the Court on {v.when(-200, -20)} (security bond no. {rng.randint(100000, 999999)}/"
    )
    doc.add(f"{rng.randint(10, 99)}); a sealed copy of the order is enclosed. ")
    doc.nm(client, "first").add(" moved permanently from ").addr_inline(
        former, postcode=rng.random() < 0.5
    )
    doc.add(" to a care home at ").addr_inline(now).add(
        ". The former home is empty and unfurnished; please apply the exemption and refund any "
        "credit, as your helpline ("
    )
    doc.ent("ORGANIZATION", org.phone).add(") advised.\n\nTheir National Insurance number is ")
    doc.ident("UK_NINO", v.nino())
    if rng.random() < 0.5:  # continuing healthcare funding is assessed by the NHS
        doc.add(" and their NHS number, for the continuing healthcare assessment, is ")
        doc.ident("UK_NHS", v.nhs())
    doc.add(".\n\nRefunds to the deputyship account: sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(" (account name ")
    doc.add("Deputy for ").nm(client, rng.choice(["bank", "bank2", "full"])).add(").\n\n")
    doc.add("Yours faithfully\n\n").nm(deputy, rng.choice(["full", "middle"]))
    doc.add("\nSolicitor and Deputy\nPlease ask for ").nm(paralegal, rng.choice(["full", "first"]))
    doc.add(" on extension ").add(str(rng.randint(200, 299))).add("\n")


def text_relay_call_transcript(doc: Doc3, v: V) -> None:
    """A contact centre's copy of a Relay UK text relay call from a deaf caller: the relay
    assistant's voice lines, the caller's typed turns (often in capitals, "GA" for go ahead),
    the adviser's replies: the caller's name, address, date of birth, NI number (for a council
    tax reduction), a textphone number written with the 18001 relay prefix and an e-mail, a
    neighbour named; the relay call id, the call duration and the "GA" markers stay readable."""
    rng = v.rng
    org = v.org("Contact Centre")
    p, home = v.person(born=(1940, 2004)), v.address(region="S")
    adviser, helper = v.person(), v.person()
    call = f"RUK{rng.randint(10**8, 10**9 - 1)}"
    doc.add(
        f"{org.name} - {org.team}\nCall type: Relay UK (text relay)   Relay call id: {call}\n"
        f"Duration: 00:{rng.randint(6, 35):02d}:{rng.randint(0, 59):02d}   Line: "
    )
    doc.ent("ORGANIZATION", org.phone).add("   Adviser: ")
    doc.nm(adviser, rng.choice(["full", "first"])).add("\n\n")
    caps = rng.random() < 0.6

    def caller(write: Callable[[], object]) -> None:
        doc.add("CALLER (typed): ")
        doc.upper = caps
        write()
        doc.upper = False
        doc.add(" GA\n")

    doc.add("RELAY ASSISTANT: Hello, this is Relay UK with a call from a deaf customer. GA\n")
    doc.add("ADVISER: Good morning, ").add(org.name).add(", ").nm(adviser, "first")
    doc.add(" speaking. GA\n")
    caller(
        lambda: (
            doc.add("hello my name is ")
            .nm(p, "full")
            .add(" i want to apply for council tax reduction i lost my job")
        )
    )
    doc.add("ADVISER: I can help. Can I take your address and date of birth? GA\n")
    caller(lambda: doc.addr_inline(home).add(" born ").dob(p))
    doc.add("ADVISER: Thank you. And your National Insurance number? GA\n")
    caller(lambda: doc.ident("UK_NINO", v.nino()))
    doc.add("ADVISER: How can we contact you? GA\n")
    caller(
        lambda: (
            doc.add("text me on ")
            .ent("PHONE_NUMBER", v.phone(True))
            .add(" or textphone 18001 ")
            .ent("PHONE_NUMBER", v.phone(False))
            .add(" or email ")
            .ent("EMAIL_ADDRESS", v.email(p))
        )
    )
    doc.add("ADVISER: Is anyone helping you with forms? GA\n")
    caller(
        lambda: (
            doc.add("my friend ")
            .nm(helper, rng.choice(["full", "first"]))
            .add(" from the deaf club can come with me")
        )
    )
    doc.add("ADVISER: I will post the form today and e-mail it too. GA\nCALLER (typed): THANK YOU ")
    doc.add("SK SK\nRELAY ASSISTANT: The caller has hung up.\n\nLogged by ").nm(adviser, "full")
    doc.add(" - follow-up to ").ent("ORGANIZATION", org.mailbox).add("\n")


def disclaimer_laden_email_thread(doc: Doc3, v: V) -> None:
    """A complaint about slurry smells thread between a resident, who writes from work, and an
    environmental health officer: every message ends in a signature block and a legal
    disclaimer; the resident's work signature has their direct line, mobile and work e-mail,
    the employer's switchboard, address and mailbox (ORGANIZATION), company number and VAT
    number; the farmer complained about is named with his farm's address; the council's
    reference, the company and VAT numbers stay readable."""
    rng = v.rng
    org, emp = v.org("Pollution"), rng.choice(EMPLOYERS)
    p, home = v.person(born=(1960, 2002)), v.address(region="N")
    officer, farmer = v.person(), v.person()
    farm = v.address(region="N", village=True)
    ref = f"EH/{TODAY:%y}/{rng.randint(10000, 99999)}"
    company = f"NI{rng.randint(600000, 699999)}"
    vat = f"GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    work = emp.mailbox.split("@", 1)[1]
    job = rng.choice(["Accounts Assistant", "Transport Manager", "Quality Lead", "Payroll Officer"])

    def my_signature() -> None:
        doc.add("Kind regards,\n\n").nm(p, rng.choice(["full", "middle"])).add(f"\n{job}\n")
        doc.add(f"{emp.name}\nDirect dial: ").ent("PHONE_NUMBER", v.phone(False))
        doc.add(" | Mobile: ").ent("PHONE_NUMBER", v.phone(True))
        doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p, work)).add("\nSwitchboard: ")
        doc.ent("ORGANIZATION", emp.phone).add(" | ").ent("ORGANIZATION", ", ".join(emp.lines))
        doc.add(
            f"\nRegistered in Northern Ireland No. {company} | VAT No. {vat}\n"
            "This e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify "
        )
        doc.ent("ORGANIZATION", emp.mailbox).add(" and delete it. Think before you print.\n")

    doc.add(f"Subject: RE: RE: Slurry spreading - ref {ref}\n\n")
    doc.add("Thanks - but it happened again on Saturday, the smell was unbearable and we could ")
    doc.add("not open the windows. I'm at home that day if your officer wants to call out.\n\n")
    my_signature()
    doc.add(
        f"\nSent from Outlook for iOS\n\nOn {_email_date(TODAY - timedelta(rng.randint(2, 6)), rng)}, "
    )
    doc.nm(officer, "full").add(" <").ent(
        "EMAIL_ADDRESS", v.email(officer, org.mailbox.split("@")[1])
    )
    doc.add("> wrote:\n\nDear ").nm(p, rng.choice(["first", "title_surname"]))
    doc.add(f",\n\nThank you. I have opened case {ref} and will write to the farmer, ")
    doc.nm(farmer, rng.choice(["title_full", "full", "title_surname"])).add(" of ")
    doc.addr_inline(farm).add(
        ", under the Code of Good Agricultural Practice. Please keep a diary of dates and times."
        "\n\n"
    )
    doc.nm(officer, rng.choice(["full", "initial_dot"])).add(
        "\nEnvironmental Health Officer\n" + org.name + "\n"
    )
    for line in org.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("Tel ").ent("ORGANIZATION", org.phone).add(" | E ").ent("ORGANIZATION", org.mailbox)
    doc.add(
        "\nDISCLAIMER: The information in this e-mail may be subject to public access under the "
        "Freedom of Information Act 2000.\n\n"
    )
    doc.add(f"On {_email_date(TODAY - timedelta(rng.randint(8, 20)), rng)}, ").nm(p, "full")
    doc.add(" wrote:\n\nI live at ").addr_inline(home)
    doc.add(" and the farm across the road spreads slurry every weekend.\n\n")
    my_signature()


def tenement_common_repairs_notice(doc: Doc3, v: V) -> None:
    """A council notice about common repairs to a tenement, listing every flat in the close
    with its owner (flat positions written the Glasgow way "1/2" or the Edinburgh way "1F2"),
    absentee owners' correspondence addresses, some phones and e-mails, the property factor's
    contacts (ORGANIZATION); the notice number, the Land Register title numbers and each flat's
    share of the cost stay readable."""
    rng = v.rng
    org, factor = v.org("Shared Repairs"), rng.choice(FACTORS)
    building = v.address(region="S")
    for _ in range(60):  # a close in the council's own area: Cowal, Kintyre, Knapdale or Lorn
        if building.town in ARGYLL_TOWNS:
            break
        building = v.address(region="S")
    number = rng.randint(2, 120)
    street = rng.choice(STREETS["S"])
    close = f"{number} {street}"
    edinburgh = rng.random() < 0.5
    cost = rng.randint(18000, 96000)
    floors = rng.randint(2, 4)
    notice = f"SR/{TODAY.year}/{rng.randint(1000, 9999)}"
    doc.add(
        f"{org.name} - {org.team}\nNOTICE OF COMMON REPAIRS - Housing (Scotland) Act 2006, s.30\n"
        f"Notice no. {notice}\n\nBuilding: "
    )
    doc.ent("STREET_ADDRESS", close).add(", ")
    for loc in building.locations:
        doc.ent("LOCATION", loc).add(", ")
    doc.ent("UK_POSTCODE", building.postcode).add(
        f"\nWorks: roof, chimney heads and rear gutters. Estimated cost £{cost:,}.00 shared "
        f"equally between {2 * (floors + 1)} flats.\nFactor: {factor.name}, "
    )
    third_party_contact(doc, factor)
    doc.add("\n\nFLAT / OWNER / TITLE / SHARE\n")
    share = cost / (2 * (floors + 1))
    for floor in range(floors + 1):
        for door in (1, 2):
            flat = f"{floor}F{door}" if edinburgh else f"{floor}/{door}"
            owner = v.person()
            title = f"{rng.choice(['ARG', 'DMF', 'BER', 'PTH'])}{rng.randint(1000, 99999)}"
            doc.ent("STREET_ADDRESS", f"{flat}, {close}").add(" - ")
            if rng.random() < 0.2:
                doc.nm(owner, rng.choice(["full", "surname_caps"])).add(" and ")
                doc.nm(v.partner(owner), "first")
            else:
                doc.nm(owner, rng.choice(["full", "surname_caps", "initial_dot"]))
            doc.add(f" - {title} - £{share:,.2f}\n")
            how = rng.random()
            if how < 0.25:
                doc.add("    owner lives at: ").addr_inline(v.address()).add("\n")
            elif how < 0.5:
                doc.add("    tel ").ent("PHONE_NUMBER", v.phone()).add("\n")
            elif how < 0.65:
                doc.add("    email ").ent("EMAIL_ADDRESS", v.email(owner)).add("\n")
    doc.add("\nObjections within 21 days to ").ent("ORGANIZATION", org.mailbox)
    doc.add(" or ").ent("ORGANIZATION", org.phone).add(". Officer: ")
    doc.nm(v.person(), rng.choice(["full", "initial_dot"])).add("\n")


def dbs_id_verification_sheet(doc: Doc3, v: V) -> None:
    """A DBS identity verification sheet completed by the council's ID checker: forenames and
    surname in separate fields, the name at birth, date and town of birth, NI number, a
    five-year address history with dates, and the documents seen with their numbers written the
    many ways checkers write them (a passport number grouped, boxed or plain; a driving licence
    in capitals, with spaces or in lower case); the DBS application reference, the
    organisation's registration number and the documents' issue dates stay readable."""
    rng = v.rng
    org = v.org("DBS")
    p = v.person(born=(1950, 2006))
    born_in = v.address()
    doc.add(
        f"{org.name} - {org.team}\nIDENTITY VERIFICATION - DBS {rng.choice(['STANDARD', 'ENHANCED'])}"
        f"\nApplication ref: E{rng.randint(10**9, 10**10 - 1)}   RB number: "
        f"{rng.randint(20000000, 20999999)}\nPosition: "
        f"{rng.choice(['Casual Youth Worker', 'School Crossing Patrol', 'Home Carer', 'Library Volunteer'])}"
        "\n\nSection A - applicant\nForename(s): "
    )
    doc.ent("PERSON", p.first).add("\nSurname: ").ent("PERSON", p.last).add("\nName at birth: ")
    if rng.random() < 0.4:
        doc.ent("PERSON", f"{p.first} {v.former_name(p)}")
    else:
        doc.add("same")
    doc.add("\nDate of birth: ").dob(p).add("\nTown of birth: ").ent("LOCATION", born_in.town)
    doc.add("\nNI number: ").ident("UK_NINO", v.nino()).add("\n\nSection B - addresses (5 years)\n")
    moved = TODAY.year - rng.randint(0, 6)
    doc.add(f"  {rng.randint(1, 12):02d}/{moved} to present: ").addr_inline(v.address(region="W"))
    doc.add("\n")
    if moved > TODAY.year - 5:
        doc.add(f"  {rng.randint(1, 12):02d}/{moved - rng.randint(2, 7)} to {moved}: ")
        doc.addr_inline(v.address()).add("\n")
    doc.add("\nSection C - documents seen (originals)\n")
    issued = days_ago(rng, 200, 3000)
    if rng.random() < 0.75:
        number, bad = v.passport()
        digits_only = number.replace(" ", "")
        style = rng.random()
        if style < 0.3 and len(digits_only) == 9:
            number = " ".join(digits_only)
        doc.add(rng.choice(["  Group 1a: UK passport no. ", "  Passport - PP ", "  1. Passport: "]))
        doc.ident("UK_PASSPORT", (number, bad)).add(f"   issued {issued:%d/%m/%Y}\n")
    lic = v.licence(p)
    how = rng.random()
    if how < 0.2:
        lic = lic.lower()
    doc.add(
        rng.choice(["  Group 2a: DL ", "  Driving licence (photocard): ", "  2. DVLA licence "])
    )
    doc.ent("UK_DRIVING_LICENCE", lic).add(f"   valid to {(issued + timedelta(3650)):%d/%m/%Y}\n")
    doc.add(f"  Bank statement dated {v.when(-80, -5)} showing current address\n\n")
    doc.add("Checked by: ").nm(v.person(), rng.choice(["full", "initial_dot"]))
    doc.add(", ID checker, ").ent("ORGANIZATION", org.phone).add("\nApplicant phone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("   email: ").ent("EMAIL_ADDRESS", v.email(p)).add("\n")
    doc.add("Return this sheet to ").ent("ORGANIZATION", org.mailbox).add(" within 5 days\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    repair_whatsapp_paste,
    mp_caseworker_nested_forward,
    blue_badge_healthcare_professional,
    pip_reconsideration_handwritten_ocr,
    probation_duty_to_refer_form,
    postal_vote_redirect_application,
    single_person_discount_review,
    foi_internal_review_complaint,
    homes_for_ukraine_host_email,
    court_of_protection_deputy_letter,
    text_relay_call_transcript,
    disclaimer_laden_email_thread,
    tenement_common_repairs_notice,
    dbs_id_verification_sheet,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT10 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT10.organisation_contacts
build_row = HELDOUT10.build_row
generate_heldout10 = HELDOUT10.generate
write_set = HELDOUT10.write_set
main = HELDOUT10.main


if __name__ == "__main__":
    main()
