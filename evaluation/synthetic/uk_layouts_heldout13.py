# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout13: a thirteenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout13(n, seed)`` returns rows ``{"id": "uklayout-heldout13-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout13",
"layout"}``. Row i depends only on (seed, i); the 14 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout13 -o
var/eval/pii_uk_layouts_heldout13.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout13.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout12; every value table here is new, and tests/test_uk_layouts_heldout13.py checks that
no first name, surname, town, district, county, street or house name appears in an earlier
family (uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name
lists it draws from; heldout3 to heldout12):

* names from 15 communities no earlier family drew on: Northern Sami (Máret, Niillas; Somby),
  Breton (Maïwenn, Youenn; Guivarc'h), West Frisian (Tjitske, Tsjalling; Wiersma), Corsican
  (Ghjuvanna, Santu; Casabianca), Galician (Uxía, Breixo; Outeiriño), Catalan (Meritxell,
  Oriol; Puigdemont), Nuer (Nyakuoth, Gatluak; Gatdet), Bemba (Mwape, Chisanga; Kapwepwe),
  Kashmiri (Mehvish, Mudasir; Kichloo, Zutshi), Baloch (Mahrang, Hyrbyair; Bizenjo), Kalenjin
  (Jepkosgei, Kipruto; Kiplagat), Sorbian (Hańža, Měrćin; Brankačk), Quechua (Sumaq, Amaru;
  Quispe), Mizo (Lalremruati, Zoramthanga; Khiangte) and Swiss German (Vreni, Ueli; Rüegsegger);
* places from the postcode areas earlier families used least: north, south and west London (N,
  NW, SE, SW, W, E, UB, HA, TW, KT, SM, CR), Leeds (LS), Bristol (BS), Halifax (HX), Oldham (OL),
  Colchester (CO), Worcester (WR), Crewe (CW), Stevenage (SG), Salisbury (SP), Guildford (GU)
  and Redhill (RH), with county forms such as "LB Lewisham" and "Calderdale MBC"; Dundee and
  Angus (DD) and Falkirk, Stirling and Clackmannan (FK) with Gaelic forms ("Aonghas (Angus)",
  "Dùn Dè", "Sruighlea"); Monmouthshire and Torfaen (NP, "Mynwy", "Torfaen CBC") and
  Radnorshire (LD, "Maesyfed"); Belfast, Newtownabbey, North Down and Craigavon (BT) under the
  2015 council names; Scottish flats written "Flat 2/1" or "1F2, 14 ...";
* new recipient organisations (allow-listed) and third parties (care homes, letting agents,
  domestic abuse services, GP practices, software suppliers, advice agencies) whose own contact
  details are ORGANIZATION.

Layouts (14): xml_case_record_export, sql_insert_statements_paste, app_error_log_key_values,
rtf_markup_residue_letter, tracked_changes_draft_letter, fixed_width_mainframe_benefit_print,
easy_read_appointment_letter, gro_certificate_order, jury_summons_deferral_reply,
uc_landlord_portal_apa_request, dols_standard_authorisation_request,
passport_countersignatory_declaration, email_bounce_ndr_with_original,
dvds_right_to_ask_application.

Labelling conventions are heldout12's (so the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone (also in its own XML element or SQL
column), "SURNAME, FORENAME" in capitals and a mother's maiden surname are PERSON. Values are
labelled exactly as written even when the format escapes them: XML entities ("&amp;",
"&apos;"), SQL's doubled quote ("Guivarc''h") and RTF's escapes ("Ma\\'efwenn", "\\u373?")
stay inside the span. A person's work e-mail is EMAIL_ADDRESS and their direct line
PHONE_NUMBER; an e-mail that bounced is still EMAIL_ADDRESS. Addresses split into STREET_ADDRESS
(one span even over lines) + one LOCATION each for district, town/village and county +
UK_POSTCODE; a town of birth on a certificate order is LOCATION. Only dates of birth are
DATE_OF_BIRTH, also compact ("020384") in a mainframe print, ISO in XML and SQL, in words in an
Easy Read letter and as a log field; appointment, admission, run, log, request and
registration dates stay unlabelled. Tracked changes keep both the deleted and the inserted
value labelled. Third parties' own address lines, phones and mailboxes are ORGANIZATION
(ignored for recall). Unlabelled look-alikes that must stay readable (precision): case record
and person ids, UPRNs and XML timestamps; SQL row ids, incident numbers and created_at stamps;
log timestamps, request ids, Java line numbers and HTTP statuses; RTF control words, font
sizes and letter references; document ids, version numbers and tracked change stamps; run
dates, page numbers, claim references (eight digits, like an account) and weekly amounts;
appointment dates, times, rooms and bus numbers; GRO index references (year, quarter, volume,
page) and order numbers; juror numbers (nine digits, like a passport number) and pool numbers;
portal request ids, rent accounts and arrears; DoLS references, admission dates and CQC
location ids; passport application references and the years known; SMTP status codes, server
names, message ids and IP addresses; DVDS references, crime numbers and collar numbers. ~10% of
NI numbers, NHS numbers, sort codes, account numbers and passport numbers are MISTYPED as in
heldout4 (span ``"mistyped": True``); ~10% of rows hide a Unicode trick (zero-width space, soft
hyphen, no-break or narrow no-break space, full-width digits) inside a labelled value.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from xml.sax.saxutils import escape

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
    days_ago,
    dmy,
    fmt_date,
    long_date,
    ordinal,
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
    "compact_dob",
    "generate_heldout13",
    "main",
    "organisation_contacts",
    "rtf_escape",
    "sql_quote",
    "write_set",
]

FAMILY = "heldout13"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
sami: Máret/f Biret/f Ristin/f Elle-Sofe/f Ánne-Márjá/f Sunná/f Ingá/f Sáve/f Kárin/f Iŋgá/f
  Risten/f Ellen-Ánne/f Siiri/f Ánde/m Niillas/m Jovnna/m Ivvár/m Máhtte/m Áslat/m Nils-Ánte/m
  Mihkkal/m Issát/m Piera/m Ántte/m Heaika/m Jussá/m
breton: Maïwenn/f Nolwenn/f Rozenn/f Katell/f Soazig/f Azenor/f Gwenola/f Anaig/f Bleuenn/f
  Morwenna-Job/f Tifenn/f Youenn/m Gwenolé/m Korentin/m Loïg/m Brieuc/m Tudual/m Herveig/m
  Tangi/m Riwal/m Jakez/m Per-Yann/m Goulven/m Erwan-Loïg/m
frisian: Tjitske/f Sjoukje/f Baukje/f Wytske/f Aukje/f Froukje/f Hiske/f Jeltsje/f Trijntsje/f
  Sytske/f Geeske/f Tsjalling/m Wybren/m Hessel/m Sybren/m Durk/m Tjeerd/m Wiebe/m Ype/m
  Sjoerd-Jan/m Wopke/m Rintsje/m Harmen-Jelle/m
corsican: Ghjuvanna/f Mariandria/f Ghjulia/f Vannina/f Orsola/f Maria-Ghjuvanna/f
  Lisandra/f Ghjacumina/f Catalina-Fiora/f Ghjuvan/m Santu/m Ghjacumu/m Paulu/m Orsu/m
  Anghjulu/m Ghjuvan-Petru/m Dumenicu/m Lisandru/m Saveriu/m Filippu/m Ghjaseppu/m
galician: Uxía/f Antía/f Xiana/f Sabela/f Maruxa/f Comba/f Xoana/f Iria-Sabela/f Noela/f
  Olaia/f Xosé/m Xoán/m Brais/m Anxo/m Uxío/m Breixo/m Xurxo/m Fiz/m Bieito/m Xacobe/m
  Roi-Xosé/m Antón-Breixo/m
catalan: Meritxell/f Queralt/f Roser/f Neus/f Montserrat-Aina/f Mireia-Laia/f Núria-Roser/f
  Ariadna-Neus/f Oriol/m Arnau/m Quim/m Guillem/m Lluís/m Ferran/m Jordi-Pau/m Biel-Arnau/m
  Pol-Oriol/m Martí-Quim/m
nuer: Nyakuoth/f Nyaluak/f Nyagoa/f Nyachuol/f Nyabuony/f Nyakim/f Nyaruach/f Nyamal/f
  Nyaduop/f Nyatuach/f Gatluak/m Gatkuoth/m Koang/m Ruot/m Puok/m Duop/m Gach/m Kueth/m
  Gatwech/m Tunguar/m Chuol/m Ruach/m
bemba: Mwape/f Chola/f Nsama/f Lushomo/f Namukonda/f Bupe/f Chisomo-Mwape/f
  Musonda/x Mwila/x Mwansa/m Chisanga/m Kapembwa/m Mubanga/m Kasonde/m
  Chibwe/m Mwenya/m Chitalu/m Kangwa/m Kalaba/m
kashmiri: Mehvish/f Insha/f Nighat/f Bilquees/f Iqra_Jan/f Mehrunisa/f Shugufta/f
  Haleema_Jan/f Zoon/f Arnimal/f Mudasir/m Ishfaq/m Showkat/m Mushtaq_Ahmad/m Muneeb/m
  Tanveer_Ahmad/m Aijaz/m Sameer_Ahmad/m Parvaiz/m Zahoor/m Tufail/m Shabir_Ahmad/m
baloch: Mahrang/f Sammi/f Banuk/f Hani/f Shari/f Zareena_Bibi/f Gul_Bano/f Mahgul/f
  Hyrbyair/m Brahamdagh/m Allah_Nazar/m Dad_Shah/m Khair_Bakhsh/m Chakar/m Balach/m Doda/m
  Hammal/m Mir_Hazar/m Nawab_Akbar/m
sorbian: Hańža/f Hilža/f Madlena-Wórša/f Wórša/f Bosćija/f Marja-Hańža/f Hedźbjeta/f Lejna/f
  Měrćin/m Jurij-Měto/m Handrij/m Měto/m Bjarnat/m Korla/m Pětr-Jurij/m Michał-Handrij/m
  Mikławš/m Jakub-Bjarnat/m Wylem/m Hinc/m
quechua: Sumaq/f Killa/f Illa/f Achik/f Qori/f Chaska/f Wayta/f Kusi/x Wayra/x Amaru/m Inti/m
  Mayta/m Sayri/m Yachay/m Tupaq/m Huaman/m Pachakuti/m Kuntur/m Rumi/m Willka/m
kalenjin: Chebet/f Jepkosgei/f Jeruto/f Chepkoech/f Jepchirchir/f Cherono/f Chelimo/f Jelagat/f
  Chepngetich/f Jepkemoi/f Cheptoo/f Kiptanui/m Kipruto/m Kipkemboi/m Kiplimo/m
  Kipchumba/m Kibiwott/m Kipyegon/m Kiprop/m Kimeli/m Kipngeno/m
mizo: Lalremruati/f Lalhmingsangi/f Zothanpuii/f Lalrinpuii/f Vanlalhriatpuii/f
  Malsawmtluangi/f Lalruatfeli/f Zonunsangi/f Lalthansanga/m Zoramthanga/m Vanlalruata/m
  Lalrinawma/m Zosangliana/m Lalmuanpuia/m Vanlalhruaia/m Lalnunmawia/m Zothansanga/m
  Malsawmkima/m
swiss_german: Vreni/f Regula/f Rösli/f Trudi/f Käthi/f Barbli/f Anneli/f Züsi/f Lisebeth/f
  Verena-Vreni/f Urs/m Beat/m Reto/m Ueli/m Ruedi/m Fredi/m Sämi/m Köbi/m Hansruedi/m Res/m
  Werni/m Housi/m
"""
_SURNAMES = """
sami: Somby Gaup Utsi Magga Hætta Buljo Guttorm Valkeapää Aikio Länsman Juuso Oskal Partapuoli
  Skum Labba Kemi Aslaksen-Somby Bær Balto
breton: Guivarc'h Le_Floc'h Kervella Le_Meur Quéméner Kerhervé Le_Duigou Penven Kerboul
  Le_Coadic Le_Berc'h Guézennec Kerjean Le_Bihan Le_Gwenn Kerdraon Le_Scouarnec Tanguy-Kervella Riou-Kerboul
frisian: Wiersma Tjeerdema Sikkema Terpstra Feenstra Hiemstra Rypma Haitsma Jongsma Kingma
  Algra Boersma Yntema Tolsma Hoekstra-Rypma Wijbenga Dykstra-Sikkema Bottema
corsican: Casabianca Orsatelli Mondoloni Giacomoni Colonna-Ceccaldi Quilichini Vincentelli Susini
  Pasqualini d'Ornano Colonna_d'Istria Talamoni Ceccaldi Acquaviva Santoni-Orsini Paoletti-Casanova Pietri-Susini
galician: Castelao Outeiriño Seoane Boullosa Vilariño Rivadulla Couceiro Carballo Figueiras
  Barreiro Seixas Pazos-Outeiriño Lamas-Boullosa Veiga-Seoane Fandiño Lourenzo Mouriño
catalan: Puigdemont Vilaseca Casals Sabaté Vilanova-Riera Pujol Riera Camps Serrat Xirau
  Balcells Coromines Vilalta Puigcercós d'Ors Bonet-Vilalta Rovira-Sabaté Espriu Llach
nuer: Gatdet Yiech Wiyual Ruei Puot Bichiok Thiang Kuach Nyuon Duoth Reath Lony Gatwech-Yiech
  Machar Gai Tang-Ginya Kuajien
bemba: Kapwepwe Mwamba Katongo Sichone Mumba Chisenga Mwenya-Chisenga Sinkamba Chitalu-Mumba
  Kangwa Nkandu Mulenga-Bwalya Kasonde Chibwe-Mwamba Bwalya-Sichone Musonda-Kapwepwe
kashmiri: Kichloo Zutshi Wattal Mattoo Handoo Tikoo Razdan Kaul-Zutshi Wani Rather Geelani
  Mir-Wani Lone-Dar Bhat-Razdan Kitchlew Shah-Kichloo Dar-Mattoo Qazi-Geelani
baloch: Bizenjo Raisani Jamali Zehri Lashari Magsi Kalmati Hoth Gichki Domki Buledi Bugti
  Marri-Baloch Mengal Rind-Baloch Sanjrani Notezai
sorbian: Brankačk Šołta Wjenk Hrjehor Krawc Kocor Mětšk Zejler Kubaš Rjenč Ćišinski Nawka
  Pětrik Wićaz Łušćanski Jakubaš Hajna
quechua: Quispe Mamani Huamán Condori Choque Ccori Yupanqui Huanca Apaza Ticona Cusi
  Quispe-Mamani Huillca Ccama Sullca Chambi Puma
kalenjin: Kosgei Rotich Kiplagat Korir Kipsang Chepkwony Kirui Kimutai Keter Tanui Bett Koech
  Langat Kibet Chumba Tergat Kimaiyo Biwott
mizo: Ralte Hnamte Khiangte Pachuau Sailo Chhakchhuak Fanai Renthlei Tochhawng Hauhnar
  Chawngthu Sailo-Ralte Khawlhring Zadeng Vanchhawng Tlau Colney
swiss_german: Bürgi Stucki Zürcher Käser Hänggi Aebischer Zbinden Gfeller Rüegsegger Blaser
  Fankhauser Lüthi Wüthrich Niederhauser Hänni Zaugg Aeschlimann
"""
_TOWNS = """
E|LB Haringey|Stroud Green|N4 / E|LB Haringey|Bounds Green|N11 / E|LB Haringey|Muswell Hill|N10
E|LB Haringey|Crouch End|N8 / E|LB Camden|Kentish Town|NW5 / E|LB Camden|Gospel Oak|NW5
E|LB Camden|Belsize Park|NW3 / E|LB Brent|Cricklewood|NW2 / E|LB Lewisham|Brockley|SE4
E|LB Lewisham|Honor Oak|SE23 / E|LB Lewisham|Catford|SE6 / E|LB Southwark|Nunhead|SE15
E|LB Southwark|Herne Hill|SE24 / E|LB Lambeth|Stockwell|SW9 / E|LB Lambeth|Tulse Hill|SE27
E|LB Wandsworth|Balham|SW12 / E|LB Ealing|Hanwell|W7
E|LB Hammersmith & Fulham|Shepherd's Bush|W12 / E|LB Hillingdon|Yiewsley|UB7
E|LB Hillingdon|Ruislip|HA4 / E|LB Harrow|Pinner|HA5 / E|LB Barnet|Edgware|HA8
E|LB Hounslow|Isleworth|TW7 / E|LB Croydon|Purley|CR8 / E|LB Croydon|Coulsdon|CR5
E|LB Croydon|Selhurst|SE25 / E|LB Waltham Forest|Leytonstone|E11
E|Leeds Met. District|Chapel Allerton|LS7 / E|Leeds Met. District|Meanwood|LS6
E|Leeds Met. District|Horsforth|LS18 / E|Leeds Met. District|Rothwell|LS26
E|Leeds Met. District|Kippax|LS25 / E|Leeds Met. District|Bardsey*|LS17
E|Leeds Met. District|Scarcroft*|LS14 / E|Leeds Met. District|Thorner*|LS14
E|Leeds Met. District|East Keswick*|LS17 / E|City of Bristol|Fishponds|BS16
E|City of Bristol|Southmead|BS10 / E|City of Bristol|Knowle|BS4
E|City of Bristol|Hartcliffe|BS13 / E|City of Bristol|Lawrence Weston|BS11
E|N. Somerset (Bristol)|Winford*|BS40 / E|N. Somerset (Bristol)|Pensford*|BS39
E|Calderdale MBC|Ovenden|HX3 / E|Calderdale MBC|Mixenden|HX2 / E|Calderdale MBC|Boothtown|HX3
E|Calderdale MBC|Southowram|HX3 / E|Calderdale MBC|Luddenden*|HX2
E|Calderdale MBC|Heptonstall*|HX7 / E|Oldham Met. Borough|Chadderton|OL9
E|Oldham Met. Borough|Royton|OL2 / E|Oldham Met. Borough|Failsworth|M35
E|Saddleworth (Oldham)|Delph*|OL3 / E|Saddleworth (Oldham)|Dobcross*|OL3
E|Saddleworth (Oldham)|Diggle*|OL3 / E|Saddleworth (Oldham)|Denshaw*|OL3
E|Saddleworth (Oldham)|Uppermill*|OL3 / E|Essex (N.E.)|Wivenhoe|CO7 / E|Essex (N.E.)|Tiptree|CO5
E|Essex (N.E.)|Brightlingsea|CO7 / E|Essex (N.E.)|West Mersea|CO5 / E|Essex (N.E.)|Dedham*|CO7
E|Essex (N.E.)|Great Bentley*|CO7 / E|Essex (N.E.)|Tollesbury*|CM9
E|Worcs. (Malvern Hills)|Droitwich Spa|WR9 / E|Worcs. (Malvern Hills)|Ombersley*|WR9
E|Worcs. (Malvern Hills)|Hallow*|WR2 / E|Worcs. (Malvern Hills)|Powick*|WR2
E|Worcs. (Malvern Hills)|Hanley Castle*|WR8 / E|Cheshire East (Crewe)|Wistaston|CW2
E|Cheshire East (Crewe)|Middlewich|CW10 / E|Cheshire East (Crewe)|Haslington*|CW1
E|Cheshire East (Crewe)|Shavington*|CW2 / E|Cheshire East (Crewe)|Wybunbury*|CW5
E|Cheshire East (Crewe)|Audlem*|CW3 / E|Cheshire East (Crewe)|Wrenbury*|CW5
E|Herts. (N.)|Knebworth|SG3 / E|Herts. (N.)|Baldock|SG7 / E|Herts. (N.)|Ashwell*|SG7
E|Herts. (N.)|Codicote*|SG4 / E|Herts. (N.)|Walkern*|SG2 / E|Herts. (N.)|Benington*|SG2
E|Herts. (N.)|Much Hadham*|SG10 / E|Wilts. (S.)|Wilton|SP2 / E|Wilts. (S.)|Downton*|SP5
E|Wilts. (S.)|Porton*|SP4 / E|Wilts. (S.)|Winterslow*|SP5 / E|Wilts. (S.)|Shrewton*|SP3
E|Surrey (W.)|Farnham|GU9 / E|Surrey (W.)|Haslemere|GU27 / E|Surrey (W.)|Godalming|GU7
E|Surrey (W.)|Chiddingfold*|GU8 / E|Surrey (W.)|Elstead*|GU8 / E|Surrey (W.)|Tilford*|GU10
E|Surrey (E.)|Horley|RH6 / E|Surrey (E.)|Dorking|RH4 / E|Surrey (E.)|Reigate|RH2
E|Surrey (E.)|Ockley*|RH5 / E|Surrey (E.)|Capel*|RH5 / E|Surrey (E.)|Charlwood*|RH6
S|Aonghas (Angus)|Kingennie*|DD5 / S|Aonghas (Angus)|Kellas*|DD5
S|Aonghas (Angus)|Auchmithie*|DD11 / S|Aonghas (Angus)|Ferryden*|DD10
S|Aonghas (Angus)|Usan*|DD10 / S|Aonghas (Angus)|Airlie*|DD8
S|Angus (Forfarshire)|Careston*|DD9 / S|Angus (Forfarshire)|Finavon*|DD8
S|Angus (Forfarshire)|Monifieth|DD5 / S|Dùn Dè|Whitfield|DD4 / S|Dùn Dè|Ardler|DD2
S|Dùn Dè|Menzieshill|DD2 / S|Dùn Dè|Mid Craigie|DD4 / S|Dùn Dè|Linlathen|DD4
S|Dùn Dè|Broughty Ferry|DD5 / S|Sruighlea|Blair Drummond*|FK9 / S|Sruighlea|Balquhidder*|FK19
S|Sruighlea|Crianlarich*|FK20 / S|Sruighlea|Raploch|FK8 / S|An Eaglais Bhreac|Bainsford|FK2
S|An Eaglais Bhreac|Camelon|FK1 / S|Clacks.|Menstrie*|FK11 / S|Clacks.|Clackmannan|FK10
S|Clacks.|Alva|FK12 / W|Mynwy|Pandy*|NP7 / W|Mynwy|Cross Ash*|NP7 / W|Mynwy|Tintern*|NP16
W|Mons.|Penallt*|NP25 / W|Mons.|Mitchel Troy*|NP25 / W|Mons.|Rockfield*|NP25
W|Mons.|Dingestow*|NP25 / W|Mons.|Llanover*|NP7 / W|Mons.|Gwehelog*|NP15 / W|Mons.|Llangybi*|NP15
W|Torfaen CBC|Griffithstown|NP4 / W|Torfaen CBC|Sebastopol|NP4 / W|Torfaen CBC|New Inn|NP4
W|Maesyfed|Disserth*|LD1 / W|Radnorshire|Elan Village*|LD6 / W|Radnorshire|Nantglas*|LD1
W|Mynwy|Llanddewi Rhydderch*|NP7 / W|Mynwy|Llangattock Lingoed*|NP7
W|Mons.|Bettws Newydd*|NP15 / W|Mons.|Llansoy*|NP15 / W|Mons.|Catbrook*|NP16 / W|Mons.|Llandogo*|NP25
W|Mons.|Whitebrook*|NP25 / W|Mons.|The Narth*|NP25
W|Torfaen CBC|Pontnewynydd|NP4 / W|Torfaen CBC|Cwmffrwdoer|NP4 / W|Torfaen CBC|Coed Eva|NP44
W|Maesyfed|Bwlch-y-sarnau*|LD6
W|Maesyfed|Pant-y-dwr*|LD6 / W|Maesyfed|Cwmdauddwr*|LD6 / W|Radnorshire|Heyope*|LD7
W|Radnorshire|Llanfair Waterdine*|LD7 / W|Radnorshire|Pilleth*|LD7
W|Radnorshire|Franksbridge*|LD2 / W|Radnorshire|Glascwm*|LD2
N|Belfast City|Cregagh|BT6 / N|Belfast City|Rosetta|BT6 / N|Belfast City|Finaghy|BT10
N|Belfast City|Ballymurphy|BT12 / N|Belfast City|Cliftonville|BT14
N|Belfast City|Skegoneill|BT15 / N|Lisburn & Castlereagh|Newtownbreda|BT8
N|Antrim & Newtownabbey|Glengormley|BT36 / N|Antrim & Newtownabbey|Mossley|BT36
N|Antrim & Newtownabbey|Jordanstown|BT37 / N|Antrim & Newtownabbey|Whiteabbey|BT37
N|Antrim & Newtownabbey|Monkstown|BT37 / N|Antrim & Newtownabbey|Rathcoole|BT37
N|Antrim & Newtownabbey|Carnmoney|BT36 / N|Antrim & Newtownabbey|Ballyrobert*|BT39
N|Armagh, Banbridge & Craigavon|Dollingstown*|BT66
N|Armagh, Banbridge & Craigavon|Aghagallon*|BT67
N|Armagh, Banbridge & Craigavon|Derrymacash*|BT66 / N|Armagh, Banbridge & Craigavon|Bleary*|BT63
N|Ards & North Down|Helen's Bay*|BT19 / N|Ards & North Down|Crawfordsburn*|BT19
N|Ards & North Down|Groomsport*|BT19 / N|Ards & North Down|Conlig*|BT23
"""
_STREETS = {
    "E": "Lido Approach, Velodrome Walk, Allotment Gate Road, Tannery Steps, Hatters Yard, Bobbin "
    "Turners Lane, Tripe Works Row, Pickle Factory Lane, Cattle Market Approach, Corn Exchange "
    "Passage, Signalman's Close, Goods Shed Yard Lane, Narrowboat Close, Chalk Pit Lane, "
    "Watercress Beds Road, Hop Kiln Lane, Glove Makers Row, Needle Mill Walk, Salt Spring Road, "
    "Gunpowder Works Lane, Bell Foundry Row, Clay Pipe Lane, Button Works Road, Pin Makers Close, "
    "Chair Bodgers Lane, Wool Comb Street, Fulling Mill Road, Carpet Mill Yard, Lino Works Road, "
    "Toffee Factory Lane, Mustard Mill Road, Starch Works Lane, Soap Works Close, Oyster Fishery "
    "Road, Bathing Pool Parade, Bandstand Walk, Airship Shed Lane, Lamplighter's Walk, Drover's Rest Lane, Trolleybus Depot Road, "
    "Matchworks Lane",
    "S": "Jute Mill Loan, Whaling Station Brae, Marmalade Wynd, Flax Spinners Close, Bleachfield "
    "Loan, Ice House Brae, Mill Lade Brae, Tattie Field Road, Berry Fields Loan, Howff Wynd, "
    "Carse Road East, Doocot Steading Brae, Smiddy Loan, Salmon Bothy Road, Curling Pond Road, "
    "Rathad na Carse, Sràid na Muileann Lìn, Canal Basin Loan",
    "W": "Heol y Ffwrnais, Lôn y Gamlas Uchaf, Heol Pwll Glo, Lôn yr Odyn Galch, Ffordd y Gwaith "
    "Haearn, Heol Cwm Nant Ddu, Lôn Tŷ Cwrdd, Heol y Cymer Isaf, Ffordd Pen y Gaer, Lôn Rhos "
    "Ddu, Heol Glan yr Afon Fach, Forge Row East, Ironmasters Terrace, Incline Top Road",
    "N": "Linen Mill Row, Flax Dam Lane, Bleach Green Avenue, Scutch Mill Road, Shipyard Gate "
    "Road, Tramway Halt Road, Spinning Field Lane, Hackle Lane, Beetling Mill Road, Apple Orchard "
    "Lane, Loughside Drumlin Road, Bramley Orchard Road, Rope Works Avenue",
}
_HOUSE_NAMES = {
    "E": "Signal Box Cottage, Hop Kiln House, Watercress Lodge, Bandstand View, Glove Maker's "
    "Cottage, Chalk Pit House, Salt Spring Lodge, Bell Foundry House",
    "S": "Jute Calender House, Doocot Steading, Smiddy House, Tigh na Carse, Salmon Bothy, Ice "
    "House Cottage",
    "W": "Tŷ Ffwrnais, Bwthyn yr Odyn, Fferm Rhos Ddu, Tŷ Cwrdd Bach, Hen Efail y Cymer",
    "N": "Scutch Mill Lodge, Flax Dam House, Bleach Green Farm, Orchard Hill House, Beetling "
    "Mill Cottage",
}
_CULTURE_WEIGHTS = {
    "sami": 3,
    "breton": 5,
    "frisian": 4,
    "corsican": 4,
    "galician": 5,
    "catalan": 5,
    "nuer": 6,
    "bemba": 6,
    "kashmiri": 7,
    "baloch": 5,
    "kalenjin": 6,
    "sorbian": 3,
    "quechua": 4,
    "mizo": 5,
    "swiss_german": 5,
}
_REGION_WEIGHTS = {"E": 55, "S": 16, "W": 15, "N": 14}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Lewisham Council Housing Needs Service|Housing Needs - Casework|Laurence House, Catford Road;London;SE6 4RU|0808 157 0601|housing.casework@lewisham.gov.uk
Calderdale Metropolitan Borough Council|Council Tax Support - Systems Team|Princess Buildings, Princess Street;Halifax;HX1 1TS|0808 157 0602|ctsupport.systems@calderdale.gov.uk
Bristol City Council|Revenues and Benefits - Digital Support|PO Box 3399;Bristol;BS1 9NE|0808 157 0603|benefits.digital@bristol.gov.uk
Monmouthshire County Council|Housing Options - Llety|County Hall, Rhadyr;Usk;NP15 1GA|0808 157 0604|housingoptions@monmouthshire.gov.uk
Oldham Council|Homelessness Prevention|Civic Centre, West Street;Oldham;OL1 1UT|0808 157 0605|prevention@oldham.gov.uk
Leeds City Council|Housing Benefit - Legacy Systems|PO Box 1, Merrion House;Leeds;LS2 8BB|0808 157 0606|hb.legacy@leeds.gov.uk
Dundee City Council|Neighbourhood Services - Easy Read Team|Dundee House, 50 North Lindsay Street;Dundee;DD1 1NZ|0808 157 0607|easyread.housing@dundeecity.gov.uk
Colchester Register Office|Certificates|Town Hall, High Street;Colchester;CO1 1PJ|0808 157 0608|certificates.colchester@essex.gov.uk
Jury Central Summoning Bureau|Deferrals and Excusals|Phoenix House, Rushton Avenue;Bradford;BD3 7BH|0808 157 0609|jury.deferrals@justice.gov.uk
Universal Credit Landlord Portal Team|Managed Payments|Post Handling Site B;Wolverhampton;WV98 1ZZ|0808 157 0610|landlord.portal@dwp.gov.uk
Worcestershire County Council Adult Services|DoLS Team - Supervisory Body|County Hall, Spetchley Road;Worcester;WR5 2NP|0808 157 0611|dols.team@worcestershire.gov.uk
HM Passport Office (Durham)|Countersignatory Checks|PO Box 767;Durham;DH98 1BX|0808 157 0612|countersign.checks@hmpo.gov.uk
Falkirk Council Housing and Communities|Housing Support Duty|Municipal Buildings, West Bridge Street;Falkirk;FK1 5RS|0808 157 0613|housing.duty@falkirk.gov.uk
PSNI Public Protection Branch|Domestic Violence and Abuse Disclosure Scheme|Lisnasharragh, 42 Montgomery Road;Belfast;BT6 9LD|0808 157 0614|dvads@psni.police.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_CARE_HOMES = """
Orchard Hill Care Home (Nursing)|Orchard Hill, Powick Lane;Worcester;WR2 9ZX|01632 960 711|manager@orchardhillcare.co.uk
Severn Vale Lodge|PO Box 4471;Droitwich;WR9 9ZQ|01632 960 712|dols.admin@severnvalelodge.co.uk
"""
_LETTING_AGENTS = """
Harbourside Lettings Ltd|2nd Floor, Corn Exchange Passage;Bristol;BS1 9QQ|0117 496 0713|rentals@harboursidelets.co.uk
Pennine Edge Property Management|PO Box 203;Oldham;OL1 9WZ|0161 496 0714|accounts@pennineedgepm.co.uk
"""
_DA_SERVICES = """
Lagan Women's Aid Outreach|PO Box 771;Belfast;BT1 9RR|028 9649 6715|outreach@laganwa.org.uk
Foyle and Lagan Safe Space|Unit 3, Shipyard Gate Road;Newtownabbey;BT36 9ZZ|028 9649 6716|referrals@safespace-ni.org.uk
"""
_SURGERIES = """
Teme Valley Medical Practice|Bridge Street Surgery;Tenbury Wells;WR15 9ZZ|01632 960 717|teme.reception@nhs.net
Droitwich Spa Health Centre|PO Box 52;Droitwich;WR9 9XA|01632 960 718|droitwich.admin@nhs.net
"""
_SUPPLIERS = """
Civitas Revenue Systems Ltd|Support Desk, PO Box 66;Reading;RG1 9ZA|0118 496 0719|servicedesk@civitasrevenue.co.uk
Ledgerline Public Sector Software|Unit 12, Tannery Steps;Leeds;LS9 9ZZ|0113 496 0720|support@ledgerline.co.uk
"""
_ADVICE = """
Nunhead and Peckham Advice Centre|Church Hall, Linden Grove;London;SE15 9ZZ|020 7946 0721|advice@nunheadadvice.org.uk
Torfaen Citizens Help Point|PO Box 18;Pontypool;NP4 9ZZ|01632 960 722|helppoint@torfaenhelp.org.uk
"""
_EMAIL_DOMAINS = [
    "btinternet.com",
    "outlook.com",
    "gmail.com",
    "hotmail.co.uk",
    "yahoo.co.uk",
    "icloud.com",
    "virginmedia.com",
    "sky.com",
    "live.co.uk",
    "protonmail.com",
    "gmx.co.uk",
    "tiscali.co.uk",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0117 496 0",
    "0118 496 0",
    "0121 496 0",
    "0131 496 0",
    "0161 496 0",
    "0191 496 0",
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
CARE_HOMES = third_parties(_CARE_HOMES)
LETTING_AGENTS = third_parties(_LETTING_AGENTS)
DA_SERVICES = third_parties(_DA_SERVICES)
SURGERIES = third_parties(_SURGERIES)
SUPPLIERS = third_parties(_SUPPLIERS)
ADVICE = third_parties(_ADVICE)


class V(Values):
    """Value generators for one row, on this family's tables: Scottish flats written "Flat 2/1"
    or "1F2, 14 ...", and the unlabelled look-alikes of this family."""

    tables = TABLES
    parent_age_at_birth = (18, 45)

    def address(
        self, region: str | None = None, casual: bool = False, village: bool | None = None
    ) -> Address:
        rng = self.rng
        a = super().address(region, casual, village)
        last = a.street_lines[-1]
        if a.postcode[:2] in ("DD", "FK") and last[0].isdigit() and rng.random() < 0.35:
            floor, pos = rng.randint(0, 3), rng.randint(1, 3)
            lines = rng.choice([[f"Flat {floor}/{pos}", last], [f"{floor}F{pos}, {last}"]])
            a = replace(a, street_lines=lines)
        return a

    def hexid(self, k: int) -> str:
        return self.code(k, "0123456789abcdef")


# --------------------------------------------------------------------------- helpers
def compact_dob(rng: random.Random, d: date) -> str:
    """A date of birth as a legacy system prints it: "020384", "02.03.84", "02-MAR-84"."""
    return rng.choice(
        [f"{d:%d%m%y}", f"{d:%d.%m.%y}", f"{d.day:02d}-{_MONTHS[d.month - 1][:3].upper()}-{d:%y}"]
    )


def _dob_said(doc: Doc3, p: Person) -> None:
    """ "DOB" in one of the ways people write it, an age beside it sometimes (outside the span)."""
    rng = doc.rng
    doc.add(rng.choice(["DOB: ", "D.O.B. ", "Date of birth: ", "DoB - ", "d.o.b ", "born on "]))
    doc.dob(p)
    if rng.random() < 0.3:
        doc.add(
            rng.choice([f" (age {age(p.dob)})", f", aged {age(p.dob)}", f" ({age(p.dob)} yrs)"])
        )


_RTF_UNICODE_FALLBACK = "?"


def rtf_escape(text: str) -> str:
    """Text as Word writes it into RTF: Latin-1 letters as \\'xx, others as \\uN? (fallback ?)."""
    out = []
    for c in text:
        if ord(c) < 128:
            out.append(c)
        elif ord(c) < 256:
            out.append(f"\\'{ord(c):02x}")
        else:
            out.append(f"\\u{ord(c)}{_RTF_UNICODE_FALLBACK}")
    return "".join(out)


def sql_quote(text: str) -> str:
    """A value inside a SQL string literal: its quotes doubled."""
    return text.replace("'", "''")


def _xml(text: str) -> str:
    return escape(text, {"'": "&apos;"})


# --------------------------------------------------------------------------- layouts
def xml_case_record_export(doc: Doc3, v: V) -> None:
    """A housing case exported from the council's case system as XML and pasted into a ticket:
    the customer's title (outside the span), forename and surname in their own elements, ISO
    date of birth, NI number, address elements, contacts, household members with dates of birth
    in attributes, a CDATA note naming an ex-partner; values are XML-escaped as written ("&amp;",
    "&apos;"); the case and person ids, UPRN and timestamps stay readable."""
    rng = v.rng
    org = v.org("Lewisham")
    p, home = v.person(born=(1960, 2004)), v.local("E", ("N", "SE", "SW", "W", "E", "CR", "HA"))
    kids = v.children(p, rng.randint(0, 3))
    ex = v.person(
        gender="m" if p.gender == "f" else "f", born=(p.dob.year - 8, min(p.dob.year + 8, 2005))
    )
    officer = v.person()
    created = days_ago(rng, 20, 400)
    doc.add('<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported by ')
    doc.add(f"{org.team} -->\n")
    doc.add(f'<CaseRecord id="HN-{created.year}-{v.ref(6)}" created="{created:%Y-%m-%d}T')
    doc.add(f'{clock_time(rng)}:00Z" xmlns="urn:lbl:housing:case:v3">\n')
    doc.add(f'  <Customer role="lead" personId="P{v.ref(7)}">\n    <Title>{p.title}</Title>\n')
    doc.add("    <Forename>").ent("PERSON", _xml(p.first)).add("</Forename>\n    <Surname>")
    doc.ent("PERSON", _xml(p.last)).add("</Surname>\n    <DateOfBirth>")
    doc.ent("DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}").add("</DateOfBirth>\n    <NINO>")
    doc.ident("UK_NINO", v.nino()).add("</NINO>\n")
    doc.add(f'    <Address uprn="{rng.choice(["1000", "2000"])}{v.ref(8)}">\n      <Street>')
    doc.ent("STREET_ADDRESS", _xml(home.street(", "))).add("</Street>\n")
    if home.district:
        doc.add("      <Locality>").ent("LOCATION", _xml(home.district)).add("</Locality>\n")
    doc.add("      <PostTown>").ent("LOCATION", _xml(home.town)).add("</PostTown>\n")
    if home.county:
        doc.add("      <County>").ent("LOCATION", _xml(home.county)).add("</County>\n")
    doc.add("      <Postcode>").ent("UK_POSTCODE", home.postcode).add("</Postcode>\n")
    doc.add('    </Address>\n    <Contact type="mobile">').ent("PHONE_NUMBER", v.phone(True))
    doc.add('</Contact>\n    <Contact type="email">').ent("EMAIL_ADDRESS", v.email(p))
    doc.add("</Contact>\n  </Customer>\n  <Household>\n")
    for k in kids:
        doc.add(f'    <Member relationship="{relation_word(k, True)}" dob="')
        doc.ent("DATE_OF_BIRTH", f"{k.dob:%Y-%m-%d}").add('">').ent("PERSON", _xml(k.full))
        doc.add("</Member>\n")
    doc.add("  </Household>\n  <Notes><![CDATA[Customer says her ex &amp; his brother keep ")
    doc.add("turning up. Ex-partner: ").nm(ex, rng.choice(["full", "caps"]))
    doc.add(", DOB approx ").dob(ex).add(". Risk assessment &amp; MARAC check requested.]]>")
    doc.add("</Notes>\n  <Officer>").ent("PERSON", _xml(officer.full)).add("</Officer>\n")
    doc.add("  <TeamMailbox>").ent("ORGANIZATION", org.mailbox).add("</TeamMailbox>\n")
    doc.add("  <TeamPhone>").ent("ORGANIZATION", org.phone).add("</TeamPhone>\n</CaseRecord>\n")


def sql_insert_statements_paste(doc: Doc3, v: V) -> None:
    """A supplier's support engineer pastes the SQL that recreates a broken council tax support
    claim into the incident: INSERTs with forename and surname in their own columns (quotes
    doubled: "Guivarc''h"), ISO dates of birth, NI numbers, address columns, phone, e-mail, bank
    details, and household rows with NULLs; the supplier's contacts are ORGANIZATION; row ids,
    the incident number and created_at stamps stay readable."""
    rng = v.rng
    org, firm = v.org("Calderdale"), rng.choice(SUPPLIERS)
    p, home = v.person(born=(1950, 2004)), v.local("E", ("HX",))
    home = replace(home, postcode=v.postcode(home.postcode.split()[0], casual=True))
    members = ([v.partner(p)] if rng.random() < 0.5 else []) + v.children(p, rng.randint(0, 2))
    engineer = v.person()
    cid = rng.randint(100000, 999999)
    inc = f"INC{v.ref(7)}"
    doc.add(f"Incident {inc} - claim will not load in CTS module\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\n\nHi,\n\nThe claim failed migration. Please run ")
    doc.add("the script below in TEST first.\n\n")
    doc.add("INSERT INTO cts_claimant (claimant_id, forename, surname, dob, nino, addr_line_1, ")
    doc.add("addr_town, addr_postcode, tel_no, email, sort_code, account_no, created_at)\n")
    doc.add(f"VALUES ({cid}, '").ent("PERSON", sql_quote(p.first)).add("', '")
    doc.ent("PERSON", sql_quote(p.last)).add("', '").ent("DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}")
    doc.add("', '").ident("UK_NINO", v.nino()).add("', '")
    doc.ent("STREET_ADDRESS", sql_quote(home.street(", "))).add("', '")
    doc.ent("LOCATION", sql_quote(home.town)).add("', '").ent("UK_POSTCODE", home.postcode)
    doc.add("', '").ent("PHONE_NUMBER", v.phone()).add("', ")
    if rng.random() < 0.7:
        doc.add("'").ent("EMAIL_ADDRESS", v.email(p)).add("', ")
    else:
        doc.add("NULL, ")
    doc.add("'").ident("UK_SORT_CODE", v.sort_code()).add("', '")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(f"', '{days_ago(rng, 1, 60):%Y-%m-%d} ")
    doc.add(f"{clock_time(rng)}:{rng.randint(0, 59):02d}');\n\n")
    for i, m in enumerate(members):
        doc.add("INSERT INTO cts_household (member_id, claimant_id, forename, surname, dob, ")
        doc.add(f"relationship) VALUES ({cid * 10 + i + 1}, {cid}, '")
        doc.ent("PERSON", sql_quote(m.first)).add("', '").ent("PERSON", sql_quote(m.last))
        doc.add("', '").ent("DATE_OF_BIRTH", f"{m.dob:%Y-%m-%d}").add("', ")
        rel = "PARTNER" if m.dob.year < p.dob.year + 14 else "CHILD"
        doc.add(f"'{rel}');\n")
    doc.add(f"\n-- {len(members) + 1} row(s) affected\n\nThanks,\n")
    doc.nm(engineer, rng.choice(["full", "first"])).add(f"\n{firm.name}\n")
    third_party_contact(doc, firm, " | ")
    doc.add("\n\n(For the business side: ").ent("ORGANIZATION", org.phone).add(")\n")


def app_error_log_key_values(doc: Doc3, v: V) -> None:
    """Lines from the benefits portal's application log, pasted into a bug report: key=value
    fields that leak the claimant's name, date of birth, NI number, address parts, phone,
    e-mail and driving licence, and a Java stack trace; log timestamps, request ids, Java line
    numbers, HTTP statuses and durations stay readable."""
    rng = v.rng
    org = v.org("Bristol")
    p, home = v.person(born=(1950, 2005)), v.local("E", ("BS",))
    dev = v.person()
    t = TODAY - timedelta(days=rng.randint(0, 5))
    base = rng.randint(7, 17) * 3600 + rng.randint(0, 3599)
    req = v.hexid(12)
    ms = [0]

    def stamp() -> str:
        ms[0] += rng.randint(3, 900)
        s = base + ms[0] // 1000
        return f"{t:%Y-%m-%d}T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{ms[0] % 1000:03d}Z"

    doc.add("Bug: claim form rejects valid postcode. Log below, from prod.\nReported to ")
    doc.ent("ORGANIZATION", org.mailbox).add("\n\n```\n")
    doc.add(f"{stamp()} INFO  [claims-api] req_id={req} POST /v2/claims status=202 dur_ms=")
    doc.add(f"{rng.randint(40, 900)}\n")
    doc.add(f'{stamp()} DEBUG [claims-api] req_id={req} applicant.name="')
    doc.nm(p, rng.choice(["full", "middle", "lower"])).add('" applicant.dob=')
    doc.dob(p).add(" applicant.nino=").ident("UK_NINO", v.nino()).add("\n")
    doc.add(f'{stamp()} DEBUG [claims-api] req_id={req} address.line1="')
    doc.ent("STREET_ADDRESS", home.street(", ")).add('" address.town="')
    doc.ent("LOCATION", home.town).add('" address.postcode="')
    doc.ent("UK_POSTCODE", v.postcode(home.postcode.split()[0], casual=True)).add('"\n')
    doc.add(f'{stamp()} DEBUG [claims-api] req_id={req} contact.tel="')
    doc.ent("PHONE_NUMBER", v.phone()).add('" contact.email="').ent("EMAIL_ADDRESS", v.email(p))
    doc.add('"\n')
    if rng.random() < 0.6:
        doc.add(f"{stamp()} DEBUG [id-check] req_id={req} licence_no=")
        doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add(" result=MATCH\n")
    status = rng.choice([400, 422])
    doc.add(f'{stamp()} ERROR [claims-api] req_id={req} status={status} msg="postcode failed ')
    doc.add('validation"\n')
    doc.add("uk.gov.portal.claims.ValidationException: postcode format\n")
    doc.add(
        f"    at uk.gov.portal.claims.PostcodeRule.check(PostcodeRule.java:{rng.randint(40, 400)})\n"
    )
    doc.add(
        f"    at uk.gov.portal.claims.ClaimValidator.run(ClaimValidator.java:{rng.randint(40, 400)})\n"
    )
    doc.add("```\n\nThe customer rang ").ent("ORGANIZATION", org.phone)
    doc.add(" twice. - ").nm(dev, rng.choice(["first", "full"])).add("\n")


def rtf_markup_residue_letter(doc: Doc3, v: V) -> None:
    """A housing options letter saved as RTF and pasted as its source: control words, font
    table, \\par breaks and non-ASCII letters escaped as Word writes them ("Ma\\'efwenn",
    "T\\u373?"), all labelled as written; RTF control words, font sizes and the letter
    reference stay readable."""
    rng = v.rng
    org = v.org("Monmouthshire")
    p = v.person(born=(1950, 2004))
    home = v.local("W", ("NP", "LD"))
    kid = v.children(p, 1)[0] if rng.random() < 0.6 else None
    officer = v.person()
    ref = f"HO/{rng.randint(1000, 9999)}/{TODAY:%y}"
    e = rtf_escape
    doc.add("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n")
    doc.add(f"\\viewkind4\\uc1\\pard\\f0\\fs{rng.choice([20, 22, 24])} ")
    doc.add(f"{{\\b {org.name}}}\\par\n{org.team}\\par\nOur ref: {ref}\\par\n\\par\n")
    doc.add(f"{p.title} ").ent("PERSON", e(p.full)).add("\\par\n")
    doc.ent("STREET_ADDRESS", e(home.street("\\par\n"))).add("\\par\n")
    for loc in home.locations:
        doc.ent("LOCATION", e(loc)).add("\\par\n")
    doc.ent("UK_POSTCODE", home.postcode).add("\\par\n\\par\n")
    doc.add(f"{long_date(TODAY)}\\par\n\\par\nDear {p.title} ").ent("PERSON", e(p.last))
    doc.add(",\\par\n\\par\n{\\b Re: your homeless application - ").ent("PERSON", e(p.full))
    doc.add(", date of birth ").dob(p).add("}\\par\n\\par\n")
    doc.add("We have accepted that we owe you the relief duty. Your NI number on our file is ")
    doc.ident("UK_NINO", v.nino()).add(".")
    if kid:
        doc.add(" Your ").add(relation_word(kid, True)).add(", ").ent("PERSON", e(kid.full))
        doc.add(" (born ").dob(kid).add("), is included in your household.")
    doc.add("\\par\n\\par\nPlease ring me on ").ent("PHONE_NUMBER", v.phone(False))
    doc.add(" or the team on ").ent("ORGANIZATION", org.phone).add(", or e-mail ")
    doc.ent("ORGANIZATION", org.mailbox).add(".\\par\n\\par\nYours sincerely\\par\n")
    doc.ent("PERSON", e(officer.full)).add("\\par\nHousing Options Officer\\par\n}\n")


def tracked_changes_draft_letter(doc: Doc3, v: V) -> None:
    """A caseworker's draft prevention letter pasted with Word's tracked changes and comments
    shown inline: both the deleted and the inserted address, phone or name are labelled; the
    document id, version number, change stamps and comment marks stay readable."""
    rng = v.rng
    org = v.org("Oldham")
    p = v.person(born=(1955, 2004))
    old, new = v.local("E", ("OL", "M")), v.local("E", ("OL", "M"))
    writer, reviewer = v.person(), v.person()
    agent = rng.choice(LETTING_AGENTS)
    stamp = f"{dmy(days_ago(rng, 0, 3))} {clock_time(rng)}"
    ini = (reviewer.first[0] + reviewer.last[0]).upper()
    doc.add(f"DOC-ID {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}   DRAFT v0.")
    doc.add(f"{rng.randint(2, 9)}   {org.name} - {org.team}\n\n")
    doc.add("Dear ").nm(p, rng.choice(["title_surname", "first", "title_full"])).add(",\n\n")
    doc.add("Re: your tenancy at [Deleted: ").addr_inline(old).add(f"] [{writer.first[0]}")
    doc.add(f"{writer.last[0]} {stamp}] [Inserted: ").addr_inline(new).add("]\n\n")
    doc.add("Thank you for meeting me. I understand your landlord's agent, ")
    doc.add(f"{agent.name} (")
    third_party_contact(doc, agent)
    doc.add("), has served a section 21 notice.\n\nYour date of birth is recorded as ")
    doc.dob(p).add(f" [Comment {ini}1: check with customer - form says ")
    wrong = p.dob + timedelta(days=rng.choice([1, 31, 365]))
    doc.ent("DATE_OF_BIRTH", fmt_date(rng, wrong)).add("]")
    doc.add(" and your NI number as ").ident("UK_NINO", v.nino()).add(".\n\n")
    doc.add("You can reach me on [Deleted: ").ent("PHONE_NUMBER", v.phone(False)).add("] ")
    doc.add("[Inserted: ").ent("PHONE_NUMBER", v.phone(True)).add("] or at ")
    doc.ent("ORGANIZATION", org.mailbox).add(". Our duty line is ").ent("ORGANIZATION", org.phone)
    doc.add(f".\n\n[Comment {ini}2: remove the next paragraph?] Your ")
    sib = v.kin(p)
    doc.add("sister" if sib.gender == "f" else "brother").add(", ").nm(sib, "full")
    doc.add(", said you could stay with them at ").addr_inline(v.address()).add(".\n\n")
    doc.add("Yours sincerely\n\n").nm(writer, "full").add("\nHousing Prevention Officer\n")


def fixed_width_mainframe_benefit_print(doc: Doc3, v: V) -> None:
    """A Housing Benefit claim print from a legacy mainframe in capitals and fixed-width columns,
    typed from or OCR'd with page headers: claimant and partner with compact dates of birth
    ("020384"), NI numbers, address across two columns, dependants, bank details; run dates,
    page numbers, claim references (eight digits, like an account) and weekly amounts stay
    readable."""
    rng = v.rng
    org = v.org("Leeds")
    p, home = v.person(born=(1935, 2004)), v.local("E", ("LS",))
    partner = v.partner(p) if rng.random() < 0.5 else None
    kids = v.children(p, rng.randint(0, 3))
    run = days_ago(rng, 0, 10)
    claim = v.ref(8)
    doc.upper = True
    doc.add(f"RUN {run:%d/%m/%y} {clock_time(rng)}   HB/CTR CLAIM ENQUIRY   PAGE 0001\n")
    doc.add("=" * 64 + "\n")
    doc.add(f"CLAIM REF  {claim}    PROP REF  {v.ref(9)}\n")
    doc.add("CLAIMANT   ").nm(p, "surname_caps")
    doc.add(" " * max(2, 32 - len(p.last) - len(p.first))).add("NINO ").ident("UK_NINO", v.nino())
    doc.add("\nDOB        ").ent("DATE_OF_BIRTH", compact_dob(rng, p.dob))
    doc.add(f"      SEX {p.gender.upper()}\nADDRESS    ").ent("STREET_ADDRESS", home.street(", "))
    doc.add("\n           ")
    for loc in home.locations:
        doc.ent("LOCATION", loc).add("  ")
    doc.ent("UK_POSTCODE", home.postcode).add("\n")
    if partner:
        doc.add("PARTNER    ").nm(partner, "surname_caps").add("\nDOB        ")
        doc.ent("DATE_OF_BIRTH", compact_dob(rng, partner.dob)).add("      NINO ")
        doc.ident("UK_NINO", v.nino()).add("\n")
    doc.add("-" * 64 + "\nDEPENDANTS  NAME                        DOB\n")
    for k in kids:
        doc.add("            ").nm(k, "caps").add(" " * max(2, 28 - len(k.full)))
        doc.ent("DATE_OF_BIRTH", compact_dob(rng, k.dob)).add("\n")
    if not kids:
        doc.add("            NONE\n")
    doc.add("-" * 64 + f"\nWEEKLY ELIG RENT   {v.money(80, 260)}   HB AWARD   {v.money(10, 250)}\n")
    doc.add("PAYEE BANK SC ").ident("UK_SORT_CODE", v.sort_code()).add("  ACC ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\nTEL ").ent("PHONE_NUMBER", v.phone())
    doc.add(f"\n{'=' * 64}\nEND OF REPORT    PAGE 0001\n")
    doc.upper = False
    doc.add("\n(printout attached - queries to ").ent("ORGANIZATION", org.mailbox)
    doc.add(" or ").ent("ORGANIZATION", org.phone).add(")\n")


def easy_read_appointment_letter(doc: Doc3, v: V) -> None:
    """An Easy Read letter: one short sentence a line beside "[picture: ...]" captions, hard
    words in bold, the person's name, date of birth in words, address, NHS number for a health
    check, a support worker with a phone number, the team's helpline (allow-listed); the
    appointment date and time, room and bus number stay readable."""
    rng = v.rng
    org = v.org("Easy Read")
    p, home = v.person(born=(1960, 2006)), v.local("S", ("DD",))
    worker = v.person()
    appt = TODAY + timedelta(rng.randint(5, 30))
    hour = rng.randint(9, 15)
    bus = rng.randint(2, 99)
    room = rng.randint(1, 12)
    doc.add(f"{org.name}\n\n[picture: a letter]    This letter is for ").nm(p, "full")
    doc.add(".\n\n[picture: a birthday cake]    Your birthday is ")
    d = p.dob
    doc.ent(
        "DATE_OF_BIRTH",
        rng.choice(
            [f"{ordinal(d.day)} {_MONTHS[d.month - 1]} {d.year}", long_date(d), f"{d:%d/%m/%Y}"]
        ),
    )
    doc.add(".\n\n[picture: a house]    We have your address as:\n").addr_lines(home, "    ")
    doc.add("\n[picture: a calendar]    You have a meeting about your **home**.\n")
    doc.add(f"    It is on {appt:%A} {ordinal(appt.day)} {_MONTHS[appt.month - 1]}.\n")
    doc.add(f"    It starts at {hour if hour <= 12 else hour - 12} o'clock.\n")
    doc.add(f"    It is in Room {room}.\n    You can get the number {bus} bus.\n\n")
    if rng.random() < 0.6:
        doc.add("[picture: a nurse]    We will do a **health check** too.\n")
        doc.add("    Bring this number: ").ident("UK_NHS", v.nhs()).add("\n\n")
    doc.add("[picture: a person smiling]    Your support worker is ").nm(worker, "full")
    doc.add(".\n    ").add(pron(worker)[0].capitalize()).add(" will come with you.\n")
    doc.add("    Ring ").add("her" if worker.gender == "f" else "him").add(" on ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add(".\n\n[picture: a telephone]    If you need ")
    doc.add("help, ring us or send an e-mail:\n    ")
    doc.ent("ORGANIZATION", org.phone).add("\n    ").ent("ORGANIZATION", org.mailbox).add("\n")


def gro_certificate_order(doc: Doc3, v: V) -> None:
    """An order for a certified copy of a birth certificate: the name at birth, date of birth,
    town of birth (LOCATION), father's name and mother's name and maiden surname (PERSON alone),
    the applicant's address, phone, e-mail and driving licence as proof of identity; the GRO
    index reference (year, quarter, volume, page), entry number and order number stay
    readable."""
    rng = v.rng
    org = v.org("Register")
    subject = v.person(born=(1940, 2010))
    father = v.kin(subject, gender="m", born=(1910, max(1920, subject.dob.year - 18)))
    mother = v.person(gender="f", born=(1915, max(1925, subject.dob.year - 16)))
    maiden = mother.last
    mother = replace(mother, last=subject.last)
    applicant = subject if rng.random() < 0.6 else v.kin(subject, born=(1950, 2005))
    home = v.address()
    birthplace = v.address(region="E")
    order = f"ORD{v.ref(9)}"
    q = (subject.dob.month - 1) // 3
    doc.add(f"{org.name} - {org.team}\nApplication for a certified copy of a BIRTH entry\n")
    doc.add(f"Order no: {order}\n\nSECTION A - the birth\nSurname at birth: ")
    doc.ent("PERSON", subject.last.upper()).add("\nForename(s): ").ent("PERSON", subject.first)
    doc.add("\nDate of birth: ").dob(subject).add("\nPlace of birth: ")
    doc.ent("LOCATION", birthplace.town).add("\nFather's full name: ").nm(father, "full")
    doc.add("\nMother's full name: ").nm(mother, "full").add("\nMother's maiden surname: ")
    doc.ent("PERSON", maiden).add("\n\nGRO index reference (if known): ")
    doc.add(f"{subject.dob.year} {['Mar', 'Jun', 'Sep', 'Dec'][q]} Q Vol {rng.randint(1, 12)}")
    doc.add(
        f"{rng.choice('abcd')} Page {rng.randint(100, 2999)}   Entry no. {rng.randint(1, 499)}\n\n"
    )
    doc.add("SECTION B - applicant\nName: ").nm(applicant, rng.choice(["full", "title_full"]))
    if applicant is not subject:
        doc.add(f" ({rng.choice(['son', 'daughter', 'brother', 'sister', 'grandchild'])})")
    doc.add("\nAddress:\n").addr_lines(home)
    doc.add("Phone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(applicant)).add("\nProof of ID: UK driving licence ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(applicant)).add("\n\nPayment: card ending ")
    doc.add(f"{rng.randint(1000, 9999)}, £{rng.choice(['12.50', '38.50'])}\n")
    doc.add("Return to ").ent("ORGANIZATION", org.mailbox).add(" - queries ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def jury_summons_deferral_reply(doc: Doc3, v: V) -> None:
    """A juror's reply to a jury summons asking to defer: the juror's name, date of birth
    (checked against the 18-75 age limit), address, phone and e-mail, and the person they
    care for named with date of birth and NHS number; the juror number (nine digits, like a
    passport number), pool number and the court dates stay readable."""
    rng = v.rng
    org = v.org("Jury")
    p, home = v.person(born=(1952, 2006)), v.address(region=rng.choice(["E", "W"]))
    cared = v.kin(p, born=(1930, 1960)) if rng.random() < 0.6 else v.children(p, 1)[0]
    start = TODAY + timedelta(rng.randint(20, 70))
    doc.add(f"{org.name}\n{org.team}\n\nJUROR SUMMONS REPLY\nJuror number: {v.ref(9)}   ")
    doc.add(f"Pool no: {rng.randint(400, 499)}{rng.randint(100, 999)}\n")
    doc.add(f"Attend: {rng.choice(['Worcester', 'Guildford', 'Snaresbrook', 'Isleworth'])} ")
    doc.add(f"Crown Court, {long_date(start)}, 9.30am\n\nPART 1 - CHECK YOUR DETAILS\nName: ")
    doc.nm(p, rng.choice(["caps", "full", "middle"])).add("\nAddress: ").addr_inline(home)
    doc.add("\n")
    _dob_said(doc, p)
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nPART 3 - DEFERRAL\nI care full time for my ")
    older = cared.dob.year < p.dob.year
    word = ("mother" if cared.gender == "f" else "father") if older else relation_word(cared, True)
    doc.add(word).add(" ")
    doc.nm(cared, rng.choice(["full", "first"])).add(" (born ").dob(cared)
    doc.add(", NHS no. ").ident("UK_NHS", v.nhs()).add(") and cannot leave ")
    doc.add(pron(cared)[1].replace("his", "him")).add(" alone. Please move me to a date after ")
    doc.add(f"{long_date(start + timedelta(rng.randint(60, 120)))}.\n\nSigned ")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add(f"   Date {dmy(TODAY)}\n")
    doc.add("Send to ").ent("ORGANIZATION", org.mailbox).add(" or ring ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def uc_landlord_portal_apa_request(doc: Doc3, v: V) -> None:
    """A letting agent's request through the Universal Credit landlord portal for the rent to
    be paid direct: the tenant's name, date of birth, NI number and address, the private
    landlord's own name and bank details (personal data), an arrears table; the agent's
    contacts are ORGANIZATION; the portal request id, rent account and arrears amounts stay
    readable."""
    rng = v.rng
    org, agent = v.org("Landlord Portal"), rng.choice(LETTING_AGENTS)
    tenant, prop = v.person(born=(1955, 2005)), v.address(region="E")
    landlord = v.person(born=(1940, 1990))
    staff = v.person()
    doc.add(f"{org.name} - {org.team}\nRequest ID: LP-{v.code(4, '0123456789')}-{v.code(6)}\n")
    doc.add("Request type: Alternative Payment Arrangement (managed payment)\n\n")
    doc.add("TENANT\nName: ").nm(tenant, rng.choice(["full", "surname_caps"])).add("\n")
    _dob_said(doc, tenant)
    doc.add("\nNational Insurance no: ").ident("UK_NINO", v.nino()).add("\nProperty: ")
    doc.addr_inline(prop).add(f"\nRent account: {v.ref(8)}\n\nARREARS\n")
    doc.add("Period start | Rent due | Paid | Balance\n")
    bal = 0.0
    for i in range(rng.randint(2, 4)):
        due = rng.randint(500, 1100)
        paid = rng.choice([0, due // 2, due])
        bal += due - paid
        d = days_ago(rng, 30 * (4 - i), 30 * (4 - i))
        doc.add(f"{dmy(d)} | £{due}.00 | £{paid}.00 | £{bal:.2f}\n")
    doc.add("\nLANDLORD (payee)\nName: ").nm(landlord, rng.choice(["full", "bank"]))
    doc.add("\nSort code: ").ident("UK_SORT_CODE", v.sort_code()).add("\nAccount: ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n\nManaging agent: ")
    doc.add(f"{agent.name}, ")
    third_party_contact(doc, agent)
    doc.add("\nSubmitted by ").nm(staff, "full").add(f", {dmy(TODAY)}\nPortal support: ")
    doc.ent("ORGANIZATION", org.phone).add(" / ").ent("ORGANIZATION", org.mailbox).add("\n")


def dols_standard_authorisation_request(doc: Doc3, v: V) -> None:
    """A care home's request to the supervisory body for a standard Deprivation of Liberty
    authorisation (Form 1): the relevant person's name, date of birth, NHS number and usual
    address before admission, next of kin with phone, the GP practice and the care home
    (managing authority) as ORGANIZATION; the DoLS reference, admission date, urgent
    authorisation expiry and the CQC location id stay readable."""
    rng = v.rng
    org, home_org, gp = v.org("DoLS"), rng.choice(CARE_HOMES), rng.choice(SURGERIES)
    p = v.person(born=(1925, 1960))
    usual = v.local("E", ("WR",))
    kin = v.kin(p, born=(p.dob.year + 18, min(p.dob.year + 45, 2000)))
    manager = v.person()
    admitted = days_ago(rng, 10, 200)
    doc.add(f"To: {org.name}, {org.team}\nDoLS FORM 1 - STANDARD AUTHORISATION REQUEST\n")
    doc.add(f"DoLS ref: DL{TODAY:%y}-{rng.randint(1000, 9999)}\n\nManaging authority: ")
    doc.add(f"{home_org.name} (CQC location ID 1-{v.ref(9)})\n")
    third_party_contact(doc, home_org)
    doc.add("\n\n1. THE RELEVANT PERSON\nName: ").nm(p, rng.choice(["full", "surname_caps"]))
    doc.add("\n")
    _dob_said(doc, p)
    doc.add("\nNHS number: ").ident("UK_NHS", v.nhs()).add(f"\nDate admitted: {dmy(admitted)}")
    doc.add("\nUsual address (before admission): ").addr_inline(usual)
    doc.add("\n\n2. URGENT AUTHORISATION\nGranted ")
    doc.add(f"{dmy(TODAY - timedelta(3))}, expires {dmy(TODAY + timedelta(4))}\n\n")
    doc.add("3. FAMILY AND FRIENDS TO CONSULT\n").nm(kin, rng.choice(["full", "title_full"]))
    doc.add(f" ({relation_word(kin, child=True)}), ").ent("PHONE_NUMBER", v.phone())
    doc.add(", ").ent("EMAIL_ADDRESS", v.email(kin)).add("\n\n4. GP\n").add(gp.name + ", ")
    third_party_contact(doc, gp)
    doc.add("\n\nCompleted by ").nm(manager, "full").add(", Registered Manager\n")
    doc.add("Send to ").ent("ORGANIZATION", org.mailbox).add(" (urgent line ")
    doc.ent("ORGANIZATION", org.phone).add(")\n")


_PROFESSIONS = [
    "teacher",
    "pharmacist",
    "police officer",
    "chartered accountant",
    "bank officer",
    "social worker",
    "dentist",
    "firefighter",
]


def passport_countersignatory_declaration(doc: Doc3, v: V) -> None:
    """A passport countersignatory's declaration with the applicant's details: the applicant's
    name, date of birth, address and old passport number, the countersignatory's name,
    profession, own passport number, home address, phone and e-mail; the application reference,
    the photo code and the years known stay readable."""
    rng = v.rng
    org = v.org("Passport")
    a, home = v.person(born=(1940, 2012)), v.address()
    c, chome = v.person(born=(1950, 2000)), v.address()
    years = rng.randint(2, 25)
    doc.add(f"{org.name} - {org.team}\nApplication ref: PEX{v.ref(9)}   Photo code: ")
    doc.add(f"{v.code(4)} {v.code(4)} {v.code(4)}\n\nSECTION 10 - COUNTERSIGNATORY\n")
    doc.add("Applicant's name: ").nm(a, rng.choice(["full", "caps", "middle"]))
    doc.add("\nApplicant's date of birth: ").dob(a).add("\nApplicant's address: ")
    doc.addr_inline(home).add("\nApplicant's last passport no: ").ident("UK_PASSPORT", v.passport())
    doc.add(f"\n\nI have known the applicant for {years} years as a ")
    doc.add(rng.choice(["neighbour", "family friend", "colleague", "member of my congregation"]))
    doc.add(".\nCountersignatory: ").nm(c, rng.choice(["full", "title_full"]))
    doc.add(f"\nProfession: {rng.choice(_PROFESSIONS)}\nMy UK passport number: ")
    doc.ident("UK_PASSPORT", v.passport()).add("\nMy home address: ").addr_inline(chome)
    doc.add("\nDaytime phone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(c)).add("\nSigned ").nm(c, "initial_dot")
    doc.add(f"   Date {dmy(TODAY)}\n\nWe may call or e-mail you to check: calls come from ")
    doc.ent("ORGANIZATION", org.phone).add(", e-mails from ").ent("ORGANIZATION", org.mailbox)
    doc.add(".\n")


def email_bounce_ndr_with_original(doc: Doc3, v: V) -> None:
    """A non-delivery report the council's mail server returned, with the original message
    (to a mistyped private address) quoted under the diagnostics: the bounced address is still
    EMAIL_ADDRESS; the body names the tenant, date of birth, address and phone; SMTP status
    codes, server names, message ids and IP addresses stay readable."""
    rng = v.rng
    org = v.org("Falkirk")
    p, home = v.person(born=(1950, 2004)), v.local("S", ("FK", "DD"))
    officer = v.person()
    good = v.email(p)
    local, domain = good.split("@")
    label, rest = domain.split(".", 1)
    typo = rng.choice([label[0] + label[2] + label[1] + label[3:], label[:-1], label + label[-1]])
    bad = f"{local}@{typo}.{rest}" if rng.random() < 0.8 else f"{local}@{domain}m"
    ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    server = f"{v.code(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(1, 9)}PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}"
    doc.add("From: Mail Delivery System <MAILER-DAEMON@mx1.falkirk.gov.uk>\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSubject: Undeliverable: Your housing support ")
    doc.add("appointment\n\nDelivery has failed to these recipients or groups:\n\n")
    doc.ent("EMAIL_ADDRESS", bad).add("\nThe e-mail address you entered couldn't be found.\n\n")
    doc.add(f"Diagnostic information for administrators:\nGenerating server: {server}.eurprd0")
    doc.add(f"{rng.randint(1, 9)}.prod.outlook.com\nRemote server returned '550 5.1.1 ")
    doc.add(f"RESOLVER.ADR.RecipNotFound; not found'\nReceived: from [{ip}] by {server}\n")
    doc.add(f"Message-ID: <{v.hexid(16)}@falkirk.gov.uk>\n\n------ Original message ------\n")
    doc.add("To: ").ent("EMAIL_ADDRESS", bad).add("\n\nDear ").nm(p, rng.choice(["first", "full"]))
    doc.add(",\n\nI am your housing support officer. So that we have the right person: ")
    doc.add("our records show ").nm(p, "full").add(", ")
    _dob_said(doc, p)
    doc.add(", living at\n").addr_lines(home)
    doc.add("\nI will visit on ").add(long_date(TODAY + timedelta(rng.randint(3, 14))))
    doc.add(". If that does not suit, text me on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" or ring the duty line ").ent("ORGANIZATION", org.phone).add(".\n\n")
    doc.nm(officer, "full").add("\nHousing Support Officer\n")


def dvds_right_to_ask_application(doc: Doc3, v: V) -> None:
    """A Domestic Violence and Abuse Disclosure Scheme "right to ask" application taken by a
    support service: the applicant's name, date of birth, address, a safe phone and safe times,
    the partner asked about with aliases, date of birth or an age, address, the children in
    the household; the support service's contacts are ORGANIZATION; the DVDS reference, crime
    and incident numbers and collar numbers stay readable."""
    rng = v.rng
    org, service = v.org("Disclosure"), rng.choice(DA_SERVICES)
    a, home = v.person(born=(1965, 2006)), v.address(rng.choice(["N", "N", "E"]), casual=True)
    partner = v.person(gender="m" if a.gender == "f" else "f", born=(1960, 2004))
    alias = v.person(gender=partner.gender)
    kids = v.children(a, rng.randint(0, 2))
    worker = v.person()
    doc.add(f"{org.name}\n{org.team}\nDVDS ref: DVADS/{TODAY.year}/{rng.randint(10000, 99999)}\n")
    doc.add(f"Linked incident: {rng.randint(100, 999)} of {dmy(days_ago(rng, 5, 90))}   ")
    doc.add(f"Crime ref: CW/{rng.randint(100000, 999999)}/{TODAY:%y}\n\n")
    doc.add("APPLICANT\nName: ").nm(a, rng.choice(["full", "middle"])).add("\n")
    _dob_said(doc, a)
    doc.add("\nAddress: ").addr_inline(home).add("\nSafe number: ").ent(
        "PHONE_NUMBER", v.phone(True)
    )
    doc.add(f" (only call {rng.choice(['weekdays 10-2', 'after 6pm', 'mornings'])}; do NOT ")
    doc.add("leave a message)\n\nPERSON ASKED ABOUT\nName: ").nm(
        partner, rng.choice(["full", "caps"])
    )
    doc.add("\nAlso known as: ").nm(alias, rng.choice(["first", "full"]))
    if rng.random() < 0.5:
        doc.add("\nDOB: ").dob(partner)
    else:
        doc.add(f"\nDOB: not known, about {age(partner.dob)}")
    doc.add("\nAddress: ").addr_inline(v.address(region=rng.choice(["N", "E"]))).add("\n\n")
    doc.add("CHILDREN IN THE HOUSEHOLD\n")
    for k in kids:
        doc.add("- ").nm(k, "full").add(", ").dob(k).add("\n")
    if not kids:
        doc.add("- none\n")
    doc.add("\nTaken by ").nm(worker, "full").add(f", {service.name}\n")
    third_party_contact(doc, service)
    doc.add(f"\nPolice contact: PC {rng.randint(1000, 9999)}, via ")
    doc.ent("ORGANIZATION", org.mailbox).add(" / ").ent("ORGANIZATION", org.phone).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    xml_case_record_export,
    sql_insert_statements_paste,
    app_error_log_key_values,
    rtf_markup_residue_letter,
    tracked_changes_draft_letter,
    fixed_width_mainframe_benefit_print,
    easy_read_appointment_letter,
    gro_certificate_order,
    jury_summons_deferral_reply,
    uc_landlord_portal_apa_request,
    dols_standard_authorisation_request,
    passport_countersignatory_declaration,
    email_bounce_ndr_with_original,
    dvds_right_to_ask_application,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT13 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT13.organisation_contacts
build_row = HELDOUT13.build_row
generate_heldout13 = HELDOUT13.generate
write_set = HELDOUT13.write_set
main = HELDOUT13.main


if __name__ == "__main__":
    main()
