# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout12: a twelfth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout12(n, seed)`` returns rows ``{"id": "uklayout-heldout12-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout12",
"layout"}``. Row i depends only on (seed, i); the 14 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout12 -o
var/eval/pii_uk_layouts_heldout12.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout12.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout11; every value table here is new, and tests/test_uk_layouts_heldout12.py checks that
no first name, surname, town, district, county, street or house name appears in an earlier
family (uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name
lists it draws from; heldout3 to heldout11):

* names from 15 communities no earlier family drew on: Basque (Maialen, Koldo; Arrizabalaga),
  Norwegian (Synnøve, Øystein; Bjørnstad), Kyrgyz (Cholpon, Kubanych; Osmonaliev/Osmonalieva
  and the patronymics Bakyt uulu/Bakyt kyzy), Turkmen (Ogulgerek, Atamyrat; Berdiyew/Berdiyewa),
  Tajik (Mehrangez, Siyovush; Rahmonzoda), Belarusian (Yauheniya, Zmitser; Tsikhanouski/
  Tsikhanouskaya), Macedonian (Snežana, Trajče; Stojanovski/Stojanovska), Romansh (Mengia,
  Linard; Cantieni), Sardinian (Efisia, Bachisio; Pusceddu), Sinhala (Dilrukshi, Dimuth;
  Samarawickrama), Khmer (Sreymom, Piseth; Chhim), Malagasy (Voahangy, Njaka;
  Randriamampianina), Dinka (Nyibol, Makuach; Makuei), Greenlandic (Paninnguaq, Aqqaluk;
  Kreutzmann) and Acholi (Lamwaka, Komakech; Obwoya) - a sister of a man with a gendered
  surname takes its other form;
* places from the postcode areas earlier families used least: Liverpool (L), Manchester (M),
  Medway (ME), the Fylde (FY), Harrogate (HG), Hull (HU), Huddersfield (HD), Reading (RG),
  Southampton (SO), Milton Keynes (MK), Cambridge (CB), Warrington (WA), Telford (TF) and
  Wakefield (WF), with county forms such as Liverpool City Region, Medway Towns, Yorks (W.R.),
  Royal Berks. and Hampshire (Soton); Orkney (Arcaibh, Orkney Isles), Lewis and Harris in
  Gaelic (Eilean Leòdhais, Eilean na Hearadh) and Caithness (Co. Caithness, Siorrachd
  Ghallaibh); north Anglesey (Ynys Mon, Anglesey) and north Pembrokeshire (Preseli Pembs.,
  Gogledd Sir Benfro); Fermanagh (Fermanagh & Omagh, Co. Fhear Manach, Lower Lough Erne);
  site addresses written "Land adjacent to 14 ...", "Rear of 22 ..." and "Plot 3, land at ...";
* new recipient organisations (allow-listed) and third parties (law centres, housing
  solicitors, hostels, GP practices, probate genealogists, kerb contractors, other landlords,
  advice agencies) whose own contact details are ORGANIZATION.

Layouts (14): windrush_compensation_family_history, witness_statement_numbered_paragraphs,
hostel_move_on_panel_referral, slack_channel_jsonl_export, markdown_table_note_paste,
pension_credit_phone_claim_readback, case_system_yaml_export,
public_health_funeral_kin_schedule, gaelic_medium_placing_request,
dhp_open_banking_transactions_csv, vehicle_crossing_land_adjacent,
dvla_medical_concern_relative_letter, child_benefit_claim_us_date_order,
mutual_exchange_two_households.

Labelling conventions are heldout11's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, a bank
payee in capitals ("FPS TO N MAKUEI"), a Slack ``user_name`` and a deceased person named in a
kin schedule are PERSON. A person's work e-mail is EMAIL_ADDRESS (a Markdown link's text and its
``mailto:`` target are two spans) and their direct line PHONE_NUMBER; a phone number read out
in words ("oh seven seven double oh ...") is PHONE_NUMBER and an NI number read back in the
NATO alphabet ("Juliet Kilo one two ...") is UK_NINO. Addresses split into STREET_ADDRESS (one
span even over lines; a site line "Land adjacent to 14 Fish Dock Lane" or "Rear of 22 ..." is
the street address as written) + one LOCATION each for district, town/village and county +
UK_POSTCODE, also as YAML and JSON values. Only dates of birth are DATE_OF_BIRTH, in words ("the
third of May 1961", "the fourth of June nineteen fifty-two"), with two-digit years and in
American order ("03/27/2019"); arrival, incident, entry, death, diagnosis, tenancy and
transaction dates stay unlabelled. A Scottish child's CHI number is UK_NHS. Third parties' own
address lines, phones and mailboxes are ORGANIZATION (ignored for recall). Unlabelled
look-alikes that must stay readable (precision): Windrush claim and Home Office references and
arrival dates; county court claim numbers, exhibit marks made of the witness's initials and
incident dates; CHAIN ids, hostel room numbers and buildings named after people ("Mary Seacole
House"); Slack timestamps and user and channel ids; note creation stamps, tags and Housing
Benefit claim references; call ids, agent ids and call durations; YAML case ids, ISO
timestamps, UPRNs and tenancy start dates; public health funeral references, dates of death and
estate values; placing request numbers, school sessions and schools named after poets; DHP
references, transaction dates and balances; vehicle crossing application numbers and vehicle
registrations; V5C document references and diagnosis dates; Child Benefit numbers, Self
Assessment UTRs (ten digits, like an NHS number) and birth register entry numbers;
HomeSwapper references and rent accounts (eight digits, like a bank account). ~10% of NI
numbers, NHS numbers, sort codes, account numbers and passport numbers are MISTYPED as in
heldout4 (span ``"mistyped": True``); ~10% of rows hide a Unicode trick (zero-width space, soft
hyphen, no-break or narrow no-break space, full-width digits) inside a labelled value.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    clock_time,
    days_ago,
    dmy,
    gendered_surname_pairs,
    long_date,
    ordinal,
    parse_tables,
    pron,
    relation_word,
    third_parties,
    third_party_contact,
)

__all__ = [
    "DIGIT_WORDS",
    "ENTITY_TYPES",
    "FAMILY",
    "FIRST_NAMES",
    "HOUSE_NAMES",
    "LAYOUTS",
    "LAYOUT_FUNCS",
    "NATO",
    "ORGS",
    "STREETS",
    "SURNAMES",
    "TOWNS",
    "V",
    "build_row",
    "generate_heldout12",
    "main",
    "odd_spacing",
    "organisation_contacts",
    "spoken_nino",
    "spoken_phone",
    "us_date",
    "words_date",
    "write_set",
    "year_words",
]

FAMILY = "heldout12"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
basque: Amaia/f Garazi/f Leire/f Maialen/f Edurne/f Arantxa/f Miren/f Irati/f Oihana/f Nahia/f
  Nahikari/f Uxue/f Aiora/f Iñaki/m Gorka/m Asier/m Ander/m Koldo/m Imanol/m Eneko/m Mikel/m
  Ibai/m Urtzi/m Julen/m Eñaut/m Beñat/m Aritz/m Hodei/m
norwegian: Solveig/f Ingvild/f Torunn/f Synnøve/f Åse/f Gunhild/f Marit/f Tuva/f Sissel/f
  Ingebjørg/f Tordis/f Bergljot/f Jorunn/f Torbjørn/m Håkon/m Eivind/m Øystein/m Vegard/m
  Trygve/m Geir/m Ketil/m Arvid/m Bjarte/m Ragnvald/m Snorre/m Gudbrand/m
kyrgyz: Cholpon/f Aizada/f Begimai/f Nurzat/f Aigul/f Jyldyz/f Kanykei/f Elnura/f Meerim/f
  Aibike/f Sezim/f Ayperi/f Aibek/m Nurbek/m Azamat/m Kubanych/m Almazbek/m Chyngyz/m
  Talant/m Ulan/m Kanybek/m Nurlanbek/m Ermek/m Bektur/m
turkmen: Maral/f Ogulgerek/f Jemal/f Bahar/f Gozel/f Enejan/f Aylar/f Selbi/f Gulshat/f
  Annagul/f Merdan/m Atamyrat/m Serdar/m Dovlet/m Batyr/m Myrat/m Kakajan/m Rahym/m Berdi/m
  Guwanch/m Yazgeldi/m Hojamyrat/m
tajik: Firuza/f Mehrangez/f Sitora/f Farangis/f Manizha/f Parvina/f Tojinisso/f Zarrina/f
  Munisa/f Mahbuba/f Daler/m Faridun/m Bahrom/m Suhrob/m Abdullo/m Khurshed/m Bakhtiyor/m
  Firdavs/m Siyovush/m Shohruh/m
belarusian: Aliaksandra/f Yauheniya/f Volha/f Aksana/f Tatsiana/f Katsiaryna/f Nasta/f
  Ulyana/f Lizaveta/f Aliaksandr/m Siarhei/m Yauhen/m Uladzimir/m Zmitser/m Aliaksei/m Ales/m
  Maksim/m Yanka/m Ihar/m Valiantsin/m Anatol/m
macedonian: Vesna/f Snežana/f Gordana/f Verica/f Slavica/f Ljubica/f Menka/f Goce/m Vlatko/m
  Toše/m Blagoja/m Trajče/m Ljupčo/m Kočo/m Metodija/m Stojan/m Vančo/m Borče/m Gjorgji/m
romansh: Ursina/f Mengia/f Seraina/f Flurina/f Annatina/f Curdina/f Ladina/f Cilgia/f Men/m
  Flurin/m Duri/m Linard/m Placi/m Gion/m Andri/m Gieri/m Giusep/m Corsin/m Jachen/m Tumasch/m
sardinian: Efisia/f Grazietta/f Itria/f Mariuccia/f Peppina/f Bonaria-Rita/f Pasqualina/f
  Raimonda/f Salvatorangelo/m Bachisio/m Antioco/m Sisinnio/m Gonario/m Ignazio-Efisio/m
  Giomaria/m Giovannangelo/m
sinhala: Dilrukshi/f Chathurika/f Kumari/f Sanduni/f Thilini/f Ishara/f Chamari/f Hasini/f
  Nimesha/f Tharanga/f Nuwan/m Lasith/m Mahinda/m Thilak/m Asanka/m Upul/m Sanath/m Lahiru/m
  Dimuth/m Chamath/m
khmer: Sokha/x Sreymom/f Chantha/f Sophea/f Bopha/f Kunthea/f Srey/f Vanna/x Chanthou/f
  Sreyneang/f Sopheap/f Chenda/f Sokhom/m Vuthy/m Rithy/m Visal/m Sambath/m Piseth/m Kosal/m
  Sovann/m Sophal/m Bunthoeun/m
malagasy: Voahangy/f Fanja/f Hanitra/f Lalao/f Nirina/x Haingo/f Mialy/f Lova/f Onja/f
  Mbolatiana/f Hery/m Tahina/m Mamy/m Rivo/m Andry/m Njaka/m Toky/m Fidy/m Hasina/x Solofo/m
  Ravo/m Rado/m Tsiry/m
dinka: Nyibol/f Abuk/f Ayen/f Adut/f Achan/f Athiei/f Aluel/f Aluk/f Ajok/f Nyanut/f Akuol/f
  Majok/m Ajak/m Mabior/m Manyang/m Chol/m Dut/m Bol/m Makuach/m Maker/m Thuch/m Kuany/m
greenlandic: Naja/f Ivalu/f Aviaja/f Nivi/f Paninnguaq/f Arnaq/f Ane/f Nukaaka/f Pipaluk/f
  Aqqaluk/m Kaali/m Inuk/m Pilu/m Angaangaq/m Kuupik/m Minik/m Usuk/m Hansi/m Aputsiaq/m
acholi: Akello/f Atim/f Lakot/f Lamwaka/f Adong/f Apiyo/f Ocen/m Opio/m Okello/m Ojok/m
  Oryema/m Olanya/m Komakech/m Odong/m Latigo/m
"""
_SURNAMES = """
basque: Agirre Arrizabalaga Urkijo Olabarrieta Elorriaga Lasarte Ibarguren Zabaleta
  Mendizabal Aranburu Iturriaga Uribe-Etxebarria Larrañaga Etxegarai Azpeitia Gorostiaga
  Altuna Barandiaran Zubiaurre Garaikoetxea
norwegian: Haugland Bjørnstad Skogheim Fjeldstad Rønningen Solbakken Tveit Myrvold Hovland
  Grøndahl Lundeby Aasheim Vestby Sæther Brekke Kvalheim Nordbø Strømsnes Aakre Fossheim
kyrgyz: Sadyrov/m Sadyrova/f Abdrakhmanov/m Abdrakhmanova/f Osmonaliev/m Osmonalieva/f
  Toktogulov/m Toktogulova/f Japarov/m Japarova/f Jumabekov/m Jumabekova/f Tuleberdiev/m
  Tuleberdieva/f Usenbaev/m Usenbaeva/f Bakyt_uulu/m Bakyt_kyzy/f Asanbek_uulu/m
  Asanbek_kyzy/f Murat_uulu/m Murat_kyzy/f
turkmen: Berdiyew/m Berdiyewa/f Atayew/m Atayewa/f Gurbanow/m Gurbanowa/f Orazow/m Orazowa/f
  Nurmuhammedow/m Nurmuhammedowa/f Annayew/m Annayewa/f Saparow/m Saparowa/f Muradow/m
  Muradowa/f Hojayew/m Hojayewa/f
tajik: Rahmonzoda Karimzoda Saidzoda Nazarzoda Safarzoda Mirzoda Amirzoda Hamidzoda
  Sharipov/m Sharipova/f Davlatov/m Davlatova/f Kurbonov/m Kurbonova/f Odinaev/m Odinaeva/f
  Bobojonov/m Bobojonova/f Sangov/m Sangova/f
belarusian: Lukashevich Kasperovich Zhuk Bialiatski Shushkevich Karatkevich Bahdanovich
  Ramanchuk Labkovich Babaryka Hryshkevich Bahushevich Dunin-Martsinkevich Tsikhanouski/m
  Tsikhanouskaya/f Mikalaeuski/m Mikalaeuskaya/f Sakalouski/m Sakalouskaya/f
macedonian: Dimitrovski/m Dimitrovska/f Stojanovski/m Stojanovska/f Trajkovski/m Trajkovska/f
  Nikolovski/m Nikolovska/f Ristovski/m Ristovska/f Angelovski/m Angelovska/f Jovanovski/m
  Jovanovska/f Petrevski/m Petrevska/f Velichkovski/m Velichkovska/f Bogoevski/m Bogoevska/f
romansh: Caduff Cantieni Casutt Derungs Cathomen Tuor Capaul Caminada Darms Vincenz Cavelti
  Sialm Bundi Janki Candinas Gadient Tscharner Bezzola Mathieu-Caduff Lemm
sardinian: Cadeddu Lecca Pittau Mureddu Carboni Soru Spanu Pilia Pusceddu Uras Marongiu
  Sotgiu Mannai Sulis Pintus Nieddu Muscas Pirastru
sinhala: Bandaranaike Dissanayake Rajapaksha Wijesinghe Karunaratne Abeysekera Weerasinghe
  Herath Ekanayake Pathirana Samarawickrama Kulatunga Gunathilaka Amarasekara Mallikarachchi
  Siriwardena Hettiarachchi Mendis-Gunasekara Ponnamperuma
khmer: Chhim Sok Chea Heng Meas Prak Pen Touch Yim Chhun Ouk Nhem Sorya Chhay Soeung
  Kong-Heng Ngin Chhoeun Roeun
malagasy: Rakotomalala Andrianaivo Rasoanaivo Razafindrakoto Randriamampianina Rabemananjara
  Ravelomanana Andriamanantena Rakotoarisoa Razanamahefa Ratsimbazafy Rasolofonirina
  Rakotondrabe Andriamihaja Rabearivelo Ramanantsoa Ratovonirina
dinka: Malual Ayuen Bior Anyang Makuei Thon Madut Lual Mayen Arop Mabil Kiir Ngor Atem Majak
  Kuol-Arop Chol-Ayuen Deng-Ajak Akol-Garang Kuanyin
greenlandic: Kleist Lynge Motzfeldt Enoksen Kristiansen Kreutzmann Heilmann Rosing Berthelsen
  Fleischer Lyberth Egede Petrussen Kuitse Mathaeussen Olsvig Chemnitz Lennert Josefsen-Kleist
acholi: Ocheng Okot Oyet Lagoro Onen Obol Otim Anywar Ochola Opiyo Ojara Acana Obwoya Lutara
"""
_TOWNS = """
E|Liverpool City Region|Aigburth|L17 / E|Liverpool City Region|Mossley Hill|L18
E|Liverpool City Region|Tuebrook|L13 / E|Liverpool City Region|Norris Green|L11
E|Liverpool City Region|Croxteth|L11 / E|Liverpool City Region|Belle Vale|L25
E|Liverpool City Region|Gateacre|L25 / E|Liverpool City Region|Knotty Ash|Dovecot=L14
E|Liverpool City Region|Speke|L24 / E|Gtr Manchester|Burnage|M19 / E|Gtr Manchester|Whalley Range|M16
E|Gtr Manchester|Blackley|Harpurhey=M9 / E|Gtr Manchester|Wythenshawe|Baguley=M23;Sharston=M22;Benchill=M22
E|Medway Towns|Twydall|ME8 / E|Medway Towns|Hempstead|ME7 / E|Medway Towns|Strood|Frindsbury=ME2;Wainscott=ME2
E|Medway Towns|Hoo St Werburgh*|ME3 / E|Medway Towns|Cliffe*|ME3 / E|Medway Towns|Upnor*|ME2
E|Medway Towns|Allhallows*|ME3 / E|Fylde Coast|Bispham|FY2 / E|Fylde Coast|Layton|FY3
E|Fylde Coast|Marton|FY4 / E|Fylde Coast|Anchorsholme|FY5 / E|Fylde Coast|Staining*|FY3
E|Fylde Coast|Singleton*|FY6 / E|Fylde Coast|Hambleton*|FY6 / E|Yorks (W.R.)|Pannal*|HG3
E|Yorks (W.R.)|Killinghall*|HG3 / E|Yorks (W.R.)|Bilton|HG1 / E|Yorks (W.R.)|Starbeck|HG2
E|Yorks (W.R.)|Birstwith*|HG3 / E|Yorks (W.R.)|Hampsthwaite*|HG3 / E|East Riding|Anlaby|HU10
E|East Riding|Sutton-on-Hull|Bransholme=HU7 / E|East Riding|Marfleet|HU9 / E|East Riding|Swanland*|HU14
E|East Riding|Welton*|HU15 / E|W Yorks|Lindley|HD3 / E|W Yorks|Almondbury|HD5 / E|W Yorks|Honley*|HD9
E|W Yorks|Netherthong*|HD9 / E|W Yorks|Golcar|HD7 / E|W Yorks|Kirkburton*|HD8
E|Royal Berks.|Tilehurst|RG31 / E|Royal Berks.|Caversham|RG4 / E|Royal Berks.|Woodley|RG5
E|Royal Berks.|Sonning*|RG4 / E|Royal Berks.|Shinfield*|RG2 / E|Hampshire (Soton)|Bitterne|SO18
E|Hampshire (Soton)|Woolston|Sholing=SO19 / E|Hampshire (Soton)|Portswood|SO17
E|Hampshire (Soton)|Netley Abbey*|SO31 / E|Hampshire (Soton)|Hamble-le-Rice*|SO31
E|Milton Keynes UA|Stony Stratford|MK11 / E|Milton Keynes UA|Newport Pagnell|MK16
E|Cambridgeshire (S.)|Chesterton|CB4 / E|Cambridgeshire (S.)|Cherry Hinton|CB1
E|Cambridgeshire (S.)|Cottenham*|CB24 / E|Cambridgeshire (S.)|Waterbeach*|CB25 / E|Ches.|Penketh|WA5
E|Ches.|Great Sankey|WA5 / E|Ches.|Padgate|WA1 / E|Ches.|Culcheth*|WA3 / E|Ches.|Lymm*|WA13
E|Telford & Wrekin|Ketley|TF1 / E|Telford & Wrekin|Coalbrookdale*|TF8
E|Telford & Wrekin|Ironbridge*|TF8 / E|W Yorks|Horbury|WF4 / E|W Yorks|Normanton|WF6
E|W Yorks|Crigglestone*|WF4
S|Arcaibh|Harray*|KW17 / S|Arcaibh|Deerness*|KW17 / S|Arcaibh|Shapinsay*|KW17 / S|Arcaibh|Rousay*|KW17
S|Arcaibh|Westray*|KW17 / S|Arcaibh|Sanday*|KW17 / S|Arcaibh|Stronsay*|KW17 / S|Arcaibh|Eday*|KW17
S|Orkney Isles|Flotta*|KW16 / S|Orkney Isles|Graemsay*|KW16 / S|Orkney Isles|Papa Westray*|KW17
S|Orkney Isles|North Ronaldsay*|KW17 / S|Orkney Isles|Egilsay*|KW17 / S|Orkney Isles|Swannay*|KW17
S|Orkney Isles|Twatt*|KW17 / S|Orkney Isles|Quoyloo*|KW16 / S|Orkney Isles|Skaill*|KW17
S|Eilean Leòdhais|Acha Mòr*|HS2 / S|Eilean Leòdhais|Liurbost*|HS2 / S|Eilean Leòdhais|Cearsiadar*|HS2
S|Eilean Leòdhais|Bhaltos*|HS2 / S|Eilean Leòdhais|Cnìp*|HS2 / S|Eilean Leòdhais|Càrlabhagh*|HS2
S|Eilean Leòdhais|Labost*|HS2 / S|Eilean Leòdhais|Dail bho Dheas*|HS2 / S|Eilean Leòdhais|Suainebost*|HS2
S|Eilean na Hearadh|Sgarp*|HS3 / S|Eilean na Hearadh|Miabhag*|HS3 / S|Co. Caithness|Bower*|KW1
S|Co. Caithness|Lyth*|KW1 / S|Co. Caithness|Westerdale*|KW12 / S|Co. Caithness|Spittal*|KW1
S|Co. Caithness|Latheronwheel*|KW5 / S|Co. Caithness|Forss*|KW14 / S|Siorrachd Ghallaibh|Scrabster*|KW14
S|Siorrachd Ghallaibh|Dunnet*|KW14 / S|Siorrachd Ghallaibh|Canisbay*|KW1
S|Siorrachd Ghallaibh|Freswick*|KW1 / S|Siorrachd Ghallaibh|Auckengill*|KW1
S|Siorrachd Ghallaibh|Stemster*|KW1 / S|Siorrachd Ghallaibh|Scotscalder*|KW12
W|Ynys Mon|Llaneilian*|LL68 / W|Ynys Mon|Rhosgoch*|LL66 / W|Ynys Mon|Llanddeusant*|LL65
W|Ynys Mon|Llanfachraeth*|LL65 / W|Ynys Mon|Bryngwran*|LL65 / W|Ynys Mon|Talwrn*|LL77
W|Ynys Mon|Marianglas*|LL73 / W|Anglesey|Cemlyn*|LL67 / W|Anglesey|Carreglefn*|LL68
W|Anglesey|Llanrhyddlad*|LL65 / W|Anglesey|Tregele*|LL67 / W|Anglesey|Rhydwyn*|LL65
W|Anglesey|Llanbabo*|LL71 / W|Anglesey|Capel Coch*|LL77 / W|Anglesey|Maenaddwyn*|LL71
W|Anglesey|Llanerchymedd*|LL71 / W|Anglesey|Rhos-y-bol*|LL68 / W|Anglesey|Pengorffwysfa*|LL68
W|Anglesey|Cerrigceinwen*|LL62 / W|Anglesey|Llangristiolus*|LL62 / W|Preseli Pembs.|Llanychaer*|SA65
W|Preseli Pembs.|Cilgwyn*|SA42 / W|Preseli Pembs.|Brynberian*|SA41 / W|Preseli Pembs.|Pontfaen*|SA65
W|Preseli Pembs.|Morfa*|SA65 / W|Preseli Pembs.|Tremarchog*|SA64 / W|Preseli Pembs.|Granston*|SA62
W|Preseli Pembs.|Castlemorris*|SA62 / W|Gogledd Sir Benfro|Jordanston*|SA62
W|Gogledd Sir Benfro|Scleddau*|SA65 / W|Gogledd Sir Benfro|Tufton*|SA63
W|Gogledd Sir Benfro|Henry's Moat*|SA63 / W|Gogledd Sir Benfro|Llys-y-fran*|SA63
W|Gogledd Sir Benfro|New Moat*|SA63 / W|Gogledd Sir Benfro|Glandwr*|SA34
W|Gogledd Sir Benfro|Hebron*|SA34 / W|Gogledd Sir Benfro|Llangolman*|SA66
W|Gogledd Sir Benfro|Tegryn*|SA35
N|Fermanagh & Omagh|Roscor*|BT93 / N|Fermanagh & Omagh|Derryhillagh*|BT93
N|Fermanagh & Omagh|Mullanaskea*|BT74 / N|Fermanagh & Omagh|Legg*|BT93
N|Fermanagh & Omagh|Rossbeg*|BT93 / N|Fermanagh & Omagh|Tullynagowan*|BT94
N|Co. Fhear Manach|Drumskinny*|BT93 / N|Co. Fhear Manach|Ardess*|BT93 / N|Co. Fhear Manach|Laragh*|BT94
N|Co. Fhear Manach|Gortgonnell*|BT93 / N|Co. Fhear Manach|Drumbeg*|BT94
N|Co. Fhear Manach|Carrickreagh*|BT93 / N|Lower Lough Erne|Goblusk*|BT94
N|Lower Lough Erne|Cornafanog*|BT94 / N|Lower Lough Erne|Lisgoole*|BT92
N|Lower Lough Erne|Tamlaght Bay*|BT94 / N|Lower Lough Erne|Drumcose*|BT94
N|Lower Lough Erne|Tullykelter*|BT93 / N|Lower Lough Erne|Monawilkin*|BT93
N|Lower Lough Erne|Knockmore*|BT74 / N|Lower Lough Erne|Carran*|BT93
"""
_STREETS = {
    "E": "Dock Labourers Row, Overhead Railway Walk, Tram Shed Close, Ropewalk Terrace, Cotton "
    "Exchange Mews, Ship Canal Approach, Bridgewater Wharf Road, Mill Chimney Lane, Rope Yard "
    "Lane, Chatham Ropery Road, Dockyard Wall Street, Sail Loft Close, Pleasure Beach Parade, "
    "Tram Tower Road, Illuminations Walk, Spa Well Road, Pump Room Terrace, Trawler Basin Road, "
    "Fish Dock Lane, Cloth Hall Yard, Tenter Croft Lane, Weavers Loom Close, Biscuit Factory "
    "Road, Brewery Malt Lane, Seed Trial Ground Road, Liner Terminal Way, Flying Boat Lane, "
    "Railway Works Road, New Town Boulevard, Fen Drove Lane, Wire Works Road, Blast Furnace "
    "Lane, Coalport Kiln Road, Pit Prop Terrace, Ferry Pontoon Road, Gasholder Row, Tide Mill "
    "Close",
    "S": "Ba' Green Road, Brough Ness Road, Peedie Sands Lane, Kirk Geo Road, Flagstone Quarry "
    "Road, Machair Loan, Sgoil Dhubh Road, Peat Road Upper, Lobster Pool Lane, Ness Point "
    "Road, Herring Station Brae, Mill Dam Loan, Creel Shed Road, Kelp Store Lane, Stackyard "
    "Loan, Seal Skerry Road, Rathad Bàgh nan Ròn, Rathad na Mòintich, Sràid a' Chidhe",
    "W": "Lôn y Felin Wynt, Ffordd y Goleudy, Lôn Cae Ysgubor, Heol y Cwar Llechi, Lôn Pen y "
    "Clogwyn, Ffordd Bwlch y Mynydd, Lôn y Porthladd Bach, Heol Maen Hir, Lôn y Gwymon, Ffordd "
    "Traeth Mawr, Lôn Pen yr Allt Wen",
    "N": "Lough Shore Road Lower, Drumgay Lane, Cornashee Road, Boa Island Road, Killyreagh "
    "Lane, Tullyrossmearan Road, Ballagh Road West, Inishmacsaint Lane, Eelweir Road, Cot "
    "Landing Lane, Heron Island Road",
}
_HOUSE_NAMES = {
    "E": "Tram Shed Cottage, Ropewalk House, Spa Well Lodge, Liner View, Brewery House, Fen "
    "Drove Farm, Kiln Cottage",
    "S": "Peedie Hoose, Kirk Geo Cottage, Ness Point Croft, Taigh a' Chladaich, Flagstone Croft, "
    "Lobster Pool House",
    "W": "Tŷ'r Goleudy, Bwthyn Cae Ysgubor, Fferm Maen Hir, Tyddyn y Felin Wynt",
    "N": "Lough Shore Farm, Drumgay House, Boa Island Cottage, Cornashee Farm",
}
_CULTURE_WEIGHTS = {
    "basque": 5,
    "norwegian": 5,
    "kyrgyz": 5,
    "turkmen": 4,
    "tajik": 5,
    "belarusian": 6,
    "macedonian": 5,
    "romansh": 3,
    "sardinian": 4,
    "sinhala": 7,
    "khmer": 5,
    "malagasy": 4,
    "dinka": 6,
    "greenlandic": 3,
    "acholi": 5,
}
_REGION_WEIGHTS = {"E": 52, "S": 17, "W": 15, "N": 16}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Home Office - Windrush Compensation Scheme|Casework Team 4|PO Box 7612;Sheffield;S1 9XZ|0808 157 0501|wcs.casework4@homeoffice.gov.uk
Mersey Estuary Homes|Tenancy Enforcement - Legal Services|Dock Office, Brunswick Quay;Liverpool;L3 4BN|0808 157 0502|enforcement.legal@merseyestuaryhomes.org.uk
Manchester City Council|Homelessness - Move On Panel|Hammerstone Road Depot;Gorton;M18 8EQ|0808 157 0503|moveon.panel@manchester.gov.uk
Medway Council Housing Services|Housing Options|Gun Wharf, Dock Road;Chatham;ME4 4TR|0808 157 0504|housing.options@medway.gov.uk
Blackpool Council|Housing Benefit - Reviews|Municipal Buildings, Corporation Street;Blackpool;FY1 1NF|0808 157 0505|hb.reviews@blackpool.gov.uk
The Pension Service|Pension Credit - New Claims|Post Handling Site B;Wolverhampton;WV99 1AR|0808 157 0506|pensioncredit.claims@dwp.gov.uk
Hull City Council Housing Services|Housing Allocations|Guildhall, Alfred Gelder Street;Hull;HU1 2AA|0808 157 0507|allocations@hullcc.gov.uk
Kirklees Council Public Health|Bereavement Services - Public Health Funerals|Civic Centre 3, Market Street;Huddersfield;HD1 2EY|0808 157 0508|phf.bereavement@kirklees.gov.uk
Comhairle nan Eilean Siar - Roinn an Fhoghlaim|Foghlam - Iarrtasan Suidheachaidh|Sandwick Road;Stornoway;HS1 2BW|0808 157 0509|placing.requests@cne-siar.gov.uk
Reading Borough Council|Discretionary Housing Payments|Civic Offices, Bridge Street;Reading;RG1 2LU|0808 157 0510|dhp@reading.gov.uk
Southampton City Council|Highways - Vehicle Crossings|Civic Centre, Havelock Road;Southampton;SO14 7LY|0808 157 0511|vehicle.crossings@southampton.gov.uk
Driver and Vehicle Licensing Agency (DVLA)|Drivers Medical Group|D7;Swansea;SA99 1TU|0808 157 0512|drivers.medical@dvla.gov.uk
HMRC Child Benefit Office|Claims and Changes|PO Box 1;Newcastle upon Tyne;BX9 1AA|0808 157 0513|childbenefit.office@hmrc.gov.uk
Warrington Riverside Homes|Lettings - Mutual Exchanges|Riverside House, Bridge Foot;Warrington;WA1 2RU|0808 157 0514|mutual.exchange@warringtonriverside.org.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_LAW_CENTRES = """
Aigburth and Garston Law Centre|14 Ropewalk Chambers;Liverpool;L17 0AB|0151 496 0821|windrush@agclawcentre.org.uk
Windrush Justice Clinic North|PO Box 4410;Manchester;M60 9QX|0161 496 0826|claims@windrushjusticenorth.org.uk
"""
_SOLICITORS = """
Quayside Housing Litigation LLP|3rd Floor, Cotton Exchange;Liverpool;L2 9ZZ|0151 496 0831|asb.team@quaysidehl.co.uk
Strand & Merrow Solicitors|PO Box 2231;Birkenhead;CH41 9WW|0151 496 0832|housing@strandmerrow.co.uk
"""
_HOSTELS = """
Mary Seacole House (Direct Access Hostel)|62 Hyde Road;Manchester;M12 6BX|0161 496 0841|keyworkers@seacolehouse-mcr.org.uk
The Ellen Wilkinson Foyer|PO Box 918;Manchester;M14 9RB|0161 496 0842|foyer.support@ewfoyer.org.uk
"""
_SURGERIES = """
Fylde Coast Medical Centre|Bispham Health Hub, Red Bank Road;Blackpool;FY2 9HZ|0113 496 0851|fcmc.reception@nhs.net
Tuebrook Lane Surgery|PO Box 77;Liverpool;L13 9XA|0151 496 0852|tuebrook.admin@nhs.net
"""
_GENEALOGISTS = """
Finders Kin & Probate Research Ltd|Suite 4, Cloth Hall Chambers;Leeds;LS1 9TT|0113 496 0861|cases@finderskin.co.uk
Pennine Heir Tracing|PO Box 318;Halifax;HX1 9YY|0113 496 0862|enquiries@penninehtracing.co.uk
"""
_CONTRACTORS = """
Solent Kerb & Driveway Ltd|Unit 7, Itchen Trade Park;Southampton;SO19 9XX|023 8049 6871|quotes@solentkerb.co.uk
Test Valley Groundworks|PO Box 51;Romsey;SO51 9ZZ|023 8049 6872|office@tvgroundworks.co.uk
"""
_LANDLORDS = """
Wrekin Valley Housing Trust|Coalport House, Stafford Park;Telford;TF3 9QQ|0121 496 0881|exchanges@wrekinvalleyht.org.uk
Fens and Riverside Homes|PO Box 620;Cambridge;CB1 9ZW|0121 496 0882|mutualswaps@fensriverside.org.uk
"""
_ADVICE = """
Caversham Money Advice Project|Church Hall, Priest Hill;Reading;RG4 9AA|0118 496 0891|advice@cavershammap.org.uk
Kennet Debt & Benefits Service|PO Box 88;Reading;RG1 9ZQ|0118 496 0892|caseworkers@kennetdbs.org.uk
"""
# Buildings, schools and wards named after people: names only, no contacts (look-alikes)
_HOSTEL_BLOCKS = ["Olive Morris Wing", "Alan Turing Block", "Elizabeth Gaskell Annexe"]
_GAELIC_SCHOOLS = [
    "Sgoil Shomhairle MhicGill-Eain",
    "Sgoil Dhòmhnaill Iain Dhuinn",
    "Sgoil Mhàiri Mhòr nan Òran",
]
_PANEL_ROOMS = ["Eleanor Rathbone Room", "Kitty Wilkinson Room", "Bessie Braddock Suite"]
_EMAIL_DOMAINS = [
    "btinternet.com",
    "outlook.com",
    "gmail.com",
    "hotmail.co.uk",
    "yahoo.co.uk",
    "icloud.com",
    "talktalk.net",
    "live.co.uk",
    "protonmail.com",
    "aol.com",
    "mail.com",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0115 496 0",
    "0117 496 0",
    "0118 496 0",
    "0141 496 0",
    "0151 496 0",
    "0161 496 0",
    "020 7946 0",
    "023 8049 6",
    "028 9649 6",
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
LAW_CENTRES = third_parties(_LAW_CENTRES)
SOLICITORS = third_parties(_SOLICITORS)
HOSTELS = third_parties(_HOSTELS)
SURGERIES = third_parties(_SURGERIES)
GENEALOGISTS = third_parties(_GENEALOGISTS)
CONTRACTORS = third_parties(_CONTRACTORS)
LANDLORDS = third_parties(_LANDLORDS)
ADVICE = third_parties(_ADVICE)


def _other_forms(name: str) -> list[str]:
    """The female forms a male surname may take: -ov/-ova, -ow/-owa, -ski/-ska, -ski/-skaya,
    and a Kyrgyz patronymic "uulu" (son of) / "kyzy" (daughter of)."""
    forms = [name + "a"]
    if name.endswith("ski"):
        forms += [name[:-1] + "a", name[:-1] + "aya"]
    if name.endswith(" uulu"):
        forms.append(name[: -len("uulu")] + "kyzy")
    return forms


SURNAME_PAIRS = gendered_surname_pairs(SURNAMES, _other_forms)

# --------------------------------------------------------------------------- spoken values
NATO = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November "
        "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split(),
        strict=True,
    )
)
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
    "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()


def _two_digits(n: int) -> str:
    if n < 10:
        return f"oh {DIGIT_WORDS[n]}"
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f"-{DIGIT_WORDS[n % 10]}" if n % 10 else "")


def year_words(y: int) -> str:
    """1961 -> "nineteen sixty-one", 1905 -> "nineteen oh five", 2004 -> "two thousand and four"."""
    if y >= 2000:
        return "two thousand" + (
            f" and {_two_digits(y % 100).removeprefix('oh ')}" if y % 100 else ""
        )
    return f"{_two_digits(y // 100)} {_two_digits(y % 100)}"


def words_date(rng: random.Random, d: date) -> str:
    """A date of birth in words, as said on the phone or typed from dictation."""
    month, nth = _MONTHS[d.month - 1], _ORDINAL_WORDS[d.day - 1]
    return rng.choice(
        [
            f"the {nth} of {month} {d.year}",
            f"{nth} of {month} {year_words(d.year)}",
            f"the {nth} of {month} {year_words(d.year)}",
            f"{ordinal(d.day)} of {month} '{d.year % 100:02d}",
            f"{nth.capitalize()} {month} {d.year}",
        ]
    )


def us_date(rng: random.Random, d: date) -> str:
    """A date in American order (month first)."""
    month = _MONTHS[d.month - 1]
    return rng.choice(
        [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{month} {ordinal(d.day)}, {d.year}",
            f"{d.month}-{d.day}-{d.year}",
        ]
    )


def spoken_nino(rng: random.Random, nino: str) -> str:
    """An NI number read back: letters in the NATO alphabet, digits in pairs (words or figures)."""
    chars = [c for c in nino.upper() if c.isalnum()]
    letters_front = list(chars[:2])
    body, tail = chars[2:], []
    while body and body[-1].isalpha():
        tail.insert(0, body.pop())
    in_words = rng.random() < 0.6
    pairs = ["".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    spoken_pairs = [" ".join(DIGIT_WORDS[int(c)] for c in p) if in_words else p for p in pairs]
    sep = rng.choice([", ", " ", " - "])
    parts = [" ".join(NATO[c] for c in letters_front), *spoken_pairs, *(NATO[c] for c in tail)]
    return sep.join(parts)


def odd_spacing(rng: random.Random, value: tuple[str, bool]) -> tuple[str, bool]:
    """An NI number spaced the way people type it from a card or a letter ("J K 1 2 3 4 5 6 A",
    "JK1 234 56A", "JK12 3456 A"); its characters and mistyped flag are kept."""
    chars = "".join(c for c in value[0] if c.isalnum())
    style = rng.randrange(4)
    if style == 0:
        text = " ".join(chars)
    elif style == 1:
        text = f"{chars[:3]} {chars[3:6]} {chars[6:]}"
    elif style == 2:
        text = f"{chars[:4]} {chars[4:-1]} {chars[-1]}"
    else:
        text = f"{chars[:2]}  {chars[2:-1]}  {chars[-1]}"
    return text, value[1]


def spoken_phone(rng: random.Random, phone: str) -> str:
    """A UK number read out in words: "oh seven seven double oh, nine double oh, ..."."""
    digits = "".join(c for c in phone if c.isdigit())
    if digits.startswith("440"):
        digits = digits[2:]
    elif digits.startswith("44"):
        digits = "0" + digits[2:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    groups = (
        [digits[:5], digits[5:8], digits[8:]]
        if digits.startswith("07")
        else [
            digits[:4],
            digits[4:7],
            digits[7:],
        ]
    )
    zero = rng.choice(["oh", "zero", "oh"])

    def say(group: str) -> str:
        out, i = [], 0
        while i < len(group):
            word = zero if group[i] == "0" else DIGIT_WORDS[int(group[i])]
            if group[i : i + 2] == group[i] * 2 and rng.random() < 0.8:
                out.append(f"double {word}")
                i += 2
            else:
                out.append(word)
                i += 1
        return " ".join(out)

    return rng.choice([", ", " ", " ... "]).join(say(g) for g in groups if g)


class V(Values):
    """Value generators for one row, on this family's tables: a relative of the other sex takes
    the other form of a gendered surname, and the unlabelled look-alikes of this family."""

    tables = TABLES
    surname_pairs = SURNAME_PAIRS
    parent_age_at_birth = (18, 45)

    def siblings(self, p: Person, n: int, born: tuple[int, int]) -> list[Person]:
        """``n`` brothers and sisters of p, no two (nor p) with one first name."""
        out: list[Person] = []
        for _ in range(n):
            for _ in range(20):
                q = self.kin(p, born=born)
                if q.first not in {o.first for o in out}:
                    break
            out.append(q)
        return out

    def reg(self) -> str:
        """A vehicle registration ("AB12 CDE")."""
        letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
        return f"{self.code(2, letters)}{self.rng.choice([17, 18, 19, 21, 22, 23, 24, 25, 68, 69, 70, 71, 72, 73, 74])} {self.code(3, letters)}"


# --------------------------------------------------------------------------- helpers
def _dob_spoken(doc: Doc3, p: Person, share: float) -> None:
    """A date of birth in words (with probability ``share``) or in one of the written styles."""
    if doc.rng.random() < share:
        doc.ent("DATE_OF_BIRTH", words_date(doc.rng, p.dob))
    else:
        doc.dob(p)


def _initials(p: Person) -> str:
    return (p.first[0] + p.last[0]).upper()


# --------------------------------------------------------------------------- layouts
def windrush_compensation_family_history(doc: Doc3, v: V) -> None:
    """A Windrush Compensation Scheme claim form's family history section, typed by a law
    centre caseworker: the claimant's name, date of birth in words or figures, arrival date
    (unlabelled), UK passport and NI number; parents (often deceased) and siblings with their
    dates of birth, children and grandchildren; previous addresses; the payment account; the
    law centre's contacts (ORGANIZATION); the claim and Home Office references and the landing
    card number stay readable."""
    rng = v.rng
    org, centre = v.org("Windrush"), rng.choice(LAW_CENTRES)
    p = v.person(born=(1940, 1966))
    home, before = v.address(), v.address(region="E")
    mum = v.kin(p, gender="f", born=(1915, max(1925, p.dob.year - 16)))
    dad = v.kin(p, gender="m", born=(1910, max(1920, p.dob.year - 18)))
    sibs = v.siblings(p, rng.randint(1, 3), (p.dob.year - 8, min(p.dob.year + 8, 1980)))
    kids = v.children(p, rng.randint(1, 3), born=(p.dob.year + 18, min(p.dob.year + 40, 2004)))
    worker = v.person()
    arrived = date(
        rng.randint(max(1950, p.dob.year + 1), 1972), rng.randint(1, 12), rng.randint(1, 28)
    )
    claim = f"WCS-{v.ref(7)}"
    horef = f"{rng.choice('BDGHKMRS')}{v.ref(7)}"
    doc.add(
        f"{org.name}\n{org.team}\nClaim reference: {claim}   Home Office reference: {horef}\n\n"
    )
    doc.add("PART 2 - ABOUT YOU\nFull name: ").nm(p, rng.choice(["full", "middle", "caps"]))
    doc.add("\nDate of birth: ")
    _dob_spoken(doc, p, 0.5)
    doc.add(f"\nDate you arrived in the UK: {dmy(arrived)} (landing card no. {v.ref(6)})\n")
    doc.add("UK passport number: ").ident("UK_PASSPORT", v.passport())
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nCurrent address: ").addr_inline(home).add("\nPhone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\n\nPART 5 - FAMILY HISTORY\n")
    doc.add("Mother: ").nm(mum, rng.choice(["full", "surname_caps"])).add(", born ")
    _dob_spoken(doc, mum, 0.4)
    doc.add(f" - died {rng.randint(1985, 2020)}\n")
    doc.add("Father: ").nm(dad, rng.choice(["full", "surname_caps"])).add(", born ").dob(dad)
    doc.add(" - " + rng.choice(["deceased", "died in 1999", "whereabouts unknown"]) + "\n")
    for s in sibs:
        doc.add(f"{'Sister' if s.gender == 'f' else 'Brother'}: ").nm(s, "full").add(", born ")
        doc.dob(s).add(rng.choice([", lives in the UK\n", ", stayed behind\n", " (deceased)\n"]))
    for k in kids:
        doc.add(f"{relation_word(k, child=True).capitalize()}: ").nm(k, "full").add(" - ").dob(k)
        doc.add("\n")
    doc.add(
        "\nPART 7 - EMPLOYMENT AND HOUSING LOSSES\nI lost my job in "
        f"{rng.randint(2008, 2016)} when I could not prove my status. Before that I lived at "
    )
    doc.addr_inline(before).add(" for many years.\n\nPART 9 - PAYMENT\nAccount name: ")
    doc.nm(p, rng.choice(["bank", "bank2"])).add("\nSort code: ").ident(
        "UK_SORT_CODE", v.sort_code()
    )
    doc.add("   Account number: ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add("\n\nForm completed with help from ").nm(worker, rng.choice(["full", "first"]))
    doc.add(f", {centre.name} (")
    third_party_contact(doc, centre)
    doc.add(").\nReturn to ").ent("ORGANIZATION", org.mailbox).add(" or call ")
    doc.ent("ORGANIZATION", org.phone).add(".\n")


def witness_statement_numbered_paragraphs(doc: Doc3, v: V) -> None:
    """A neighbour's witness statement for a housing association's anti-social behaviour
    injunction, with numbered paragraphs: the witness's name, date of birth (in words
    sometimes), address and phone; the perpetrator and visitors named, a car's registration;
    exhibits marked with the witness's initials; the solicitors' contacts (ORGANIZATION); the
    county court claim number, incident dates and the exhibit marks stay readable."""
    rng = v.rng
    org, firm = v.org("Enforcement"), rng.choice(SOLICITORS)
    w, home = v.person(born=(1945, 2000)), v.address(region="E")
    perp, visitor = v.person(born=(1980, 2004)), v.person()
    claim = f"{rng.choice('KLMJ')}{rng.randint(10, 99)}{v.code(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(100, 999)}"
    ini = _initials(w)
    d1 = days_ago(rng, 20, 200)
    d2 = d1 + timedelta(rng.randint(3, 15))
    doc.add(f"Claimant: {org.name}\nDefendant: ").nm(perp, rng.choice(["caps", "full"]))
    doc.add(f"\nClaim No: {claim}\n\nWITNESS STATEMENT OF ").nm(w, "caps").add("\n\n")
    doc.add("1. I am ").nm(w, rng.choice(["full", "middle"])).add(" of ").addr_inline(home)
    doc.add(". I was born on ")
    _dob_spoken(doc, w, 0.4)
    doc.add(". I make this statement from my own knowledge.\n\n2. ")
    doc.add(f"I have lived at my address for {rng.randint(2, 30)} years. The Defendant, ")
    doc.nm(perp, rng.choice(["full", "first"])).add(", moved in next door about two years ago.\n\n")
    doc.add(f"3. On {long_date(d1)} at about {clock_time(rng, 19, 23)} I heard shouting and ")
    doc.add("banging through the wall. I looked out and saw a man I know as ")
    doc.nm(visitor, rng.choice(["full", "first"])).add(
        f" get out of a car, registration {v.reg()}."
    )
    doc.add(f" I took a video, which I exhibit as Exhibit {ini}1.\n\n")
    doc.add(
        f"4. On {long_date(d2)} the Defendant shouted at my {rng.choice(['grandson', 'granddaughter'])} "
    )
    doc.add(f"in the car park. I made a note the same night (Exhibit {ini}2).\n\n")
    doc.add("5. I have reported these matters to the housing officer, ")
    doc.nm(v.person(), rng.choice(["full", "title_surname"])).add(", and to the police.\n\n")
    doc.add("6. I can be contacted on ").ent("PHONE_NUMBER", v.phone())
    doc.add(" or through the Claimant's tenancy enforcement team (")
    doc.ent("ORGANIZATION", org.phone).add(", ").ent("ORGANIZATION", org.mailbox)
    doc.add(") or its solicitors, ").add(firm.name + ", ")
    third_party_contact(doc, firm)
    doc.add(
        ".\n\nSTATEMENT OF TRUTH\nI believe that the facts stated in this witness statement are "
        "true. I understand that proceedings for contempt of court may be brought against "
        "anyone who makes a false statement.\n\nSigned: "
    )
    doc.nm(w, rng.choice(["full", "initial_dot"])).add(
        f"\nDated: {dmy(TODAY - timedelta(rng.randint(1, 9)))}\n"
    )


def hostel_move_on_panel_referral(doc: Doc3, v: V) -> None:
    """A hostel keyworker's referral to the council's move-on panel: the resident's name and an
    alias, date of birth, NI and NHS numbers, a driving licence or passport held, the last
    settled address and a previous one, a mother's phone, a probation officer named, the GP
    and the hostel's contacts (ORGANIZATION); the CHAIN id, room number, entry date and the
    buildings named after people stay readable."""
    rng = v.rng
    org, hostel, gp = v.org("Move On"), rng.choice(HOSTELS), rng.choice(SURGERIES)
    p = v.person(born=(1960, 2005))
    alias = v.person(gender=p.gender)
    mum = v.kin(p, gender="f", born=(1940, max(1950, p.dob.year - 16)))
    worker, officer = v.person(), v.person()
    settled, older = v.address(), v.address()
    chain = v.ref(6)
    block = rng.choice(_HOSTEL_BLOCKS)
    room = f"{rng.randint(1, 40)}{rng.choice(['', '', 'A', 'B'])}"
    entry = days_ago(rng, 60, 500)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: Move on panel referral - CHAIN ID: {chain}\n\n")
    doc.add(f"Panel: {rng.choice(_PANEL_ROOMS)}, {dmy(TODAY + timedelta(rng.randint(5, 20)))}\n\n")
    doc.add("Resident: ").nm(p, rng.choice(["full", "surname_caps", "caps"]))
    doc.add(" (also known as ").nm(alias, rng.choice(["first", "full"])).add(")\n")
    doc.add("DOB: ").dob(p).add("   NINO: ").ident("UK_NINO", odd_spacing(rng, v.nino()))
    doc.add("   NHS no: ").ident("UK_NHS", v.nhs()).add("\n")
    doc.add(f"Hostel: {hostel.name}, {block}, Room {room}\nDate of entry: {dmy(entry)}\n")
    doc.add(f"HMIS ref HM-{v.ref(6)}\n")
    if rng.random() < 0.5:
        doc.add("ID held: driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    else:
        doc.add("ID held: passport ").ident("UK_PASSPORT", v.passport()).add("\n")
    doc.add("\nHousing history: last settled at ").addr_inline(settled)
    doc.add(" (tenancy ended after arrears); before that ").addr_inline(older, postcode=False)
    doc.add(".\n\nSupport needs: ")
    doc.add(
        rng.choice(
            [
                "alcohol, engaging with the community team. ",
                "mental health, on a depot injection. ",
                "low level, ready for independent living. ",
            ]
        )
    )
    doc.add("Probation: ").nm(officer, rng.choice(["full", "title_surname"])).add(", ends ")
    doc.add(dmy(TODAY + timedelta(rng.randint(30, 300)))).add(".\n")
    doc.add("Next of kin: mother, ").nm(mum, rng.choice(["full", "title_surname"])).add(", ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\nGP: ").add(gp.name + ", ")
    third_party_contact(doc, gp)
    doc.add("\n\nKeyworker: ").nm(worker, "full").add(f", {hostel.name}\n")
    third_party_contact(doc, hostel)
    doc.add("\nResident's own mobile: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\nPanel coordinator line: ").ent("ORGANIZATION", org.phone).add("\n")


def slack_channel_jsonl_export(doc: Doc3, v: V) -> None:
    """Housing options officers' Slack channel exported as JSON lines and pasted into a case
    note: each line carries a timestamp, user and channel ids, the officer's user_name and the
    message text, which names the client, their address, phone, NI number and children with
    dates of birth; the ts values, user and channel ids stay readable."""
    rng = v.rng
    org = v.org("Housing Options")
    officers = [v.person() for _ in range(rng.randint(2, 3))]
    ids = [f"U0{v.code(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}" for _ in officers]
    channel = f"C0{v.code(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    client, home = v.person(born=(1970, 2004)), v.address()
    kids = v.children(client, rng.randint(1, 2))
    styles = [rng.choice(["full", "lower", "first"]) for _ in officers]
    ts = 1764400000 + rng.randint(0, 80000)
    k = 0

    def line(text_parts: Callable[[], object]) -> None:
        nonlocal ts, k
        ts += rng.randint(20, 900)
        i = k % len(officers)
        k += 1
        doc.add(f'{{"ts": "{ts}.{v.ref(6)}", "channel": "{channel}", "user": "{ids[i]}", ')
        doc.add('"user_name": "').nm(officers[i], styles[i])
        doc.add('", "text": "')
        text_parts()
        doc.add('"}\n')

    doc.add(f"Pasted from #housing-options-duty export ({org.name})\n")
    line(
        lambda: (
            doc.add("new approach: ")
            .nm(client, "full")
            .add(", DOB ")
            .dob(client)
            .add(", sofa surfing since the weekend")
        )
    )
    line(
        lambda: (
            doc.add("last settled address was ").addr_inline(home).add(" - landlord served notice")
        )
    )
    line(
        lambda: (
            doc.add("NI is ")
            .ident("UK_NINO", v.nino())
            .add(", mobile ")
            .ent("PHONE_NUMBER", v.phone(True))
        )
    )

    def kids_line() -> None:
        doc.add("kids: ")
        for j, c in enumerate(kids):
            doc.add(", " if j else "").nm(c, "first").add(" (").dob(c).add(")")

    line(kids_line)
    line(
        lambda: (
            doc.add("emailed ")
            .ent("EMAIL_ADDRESS", v.email(client))
            .add(" the PHP, copy to ")
            .ent("ORGANIZATION", org.mailbox)
        )
    )
    line(
        lambda: (
            doc.add(":thumbsup: thanks ")
            .nm(officers[0], "first")
            .add(", I'll ring them from the duty line ")
            .ent("ORGANIZATION", org.phone)
        )
    )


def markdown_table_note_paste(doc: Doc3, v: V) -> None:
    """A Housing Benefit review officer's note pasted from a note-taking app as Markdown: a
    heading, a pipe table of the household (bold names, dates of birth, NI numbers), a Markdown
    e-mail link whose text and mailto: target are both labelled, a task list naming people and
    phones; the note's created stamp, tags and the claim reference stay readable."""
    rng = v.rng
    org = v.org("Housing Benefit")
    p, home = v.person(born=(1950, 2000)), v.address(region="E")
    partner = v.partner(p) if rng.random() < 0.6 else None
    kids = v.children(p, rng.randint(0, 3))
    landlord = v.person()
    email = v.email(p)
    claim = f"HB{v.ref(8)}"
    doc.add(f"# HB review - {claim}\n\nCreated: {TODAY:%Y-%m-%d} {clock_time(rng)}  \n")
    doc.add("Tags: #hb-review #change-of-circs\n\n## Claimant\n\n**Address:** ")
    doc.addr_inline(home).add("  \n**Email:** [").ent("EMAIL_ADDRESS", email).add("](mailto:")
    doc.ent("EMAIL_ADDRESS", email).add(
        ")\n\n## Household\n\n| Name | DOB | Relationship | NINO |\n"
    )
    doc.add("|------|-----|--------------|------|\n| **").nm(p, rng.choice(["full", "caps"]))
    doc.add("** | ").dob(p).add(" | claimant | ").ident("UK_NINO", v.nino()).add(" |\n")
    if partner:
        doc.add("| ").nm(partner, "full").add(" | ").dob(partner).add(" | partner | ")
        doc.ident("UK_NINO", v.nino()).add(" |\n")
    for k in kids:
        doc.add("| ").nm(k, "full").add(" | ").dob(k).add(f" | {relation_word(k, True)} | - |\n")
    doc.add("\n## Actions\n\n- [x] rent confirmed by landlord ").nm(
        landlord, rng.choice(["full", "title_surname"])
    )
    doc.add(" on ").ent("PHONE_NUMBER", v.phone(False)).add("\n- [ ] call ")
    doc.nm(p, "first").add(" back on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" re: wage slips\n- [ ] escalate via ").ent("ORGANIZATION", org.mailbox)
    doc.add(" / ").ent("ORGANIZATION", org.phone).add("\n")


def pension_credit_phone_claim_readback(doc: Doc3, v: V) -> None:
    """An agent's notes of a Pension Credit claim taken by phone: the caller's name, date of
    birth as said ("the third of May 1951"), NI number as given and read back in the NATO
    alphabet (both UK_NINO), a partner's details, a phone number read out in words
    (PHONE_NUMBER), bank details read back; the call id, agent id and call duration stay
    readable."""
    rng = v.rng
    org = v.org("Pension Credit")
    p, home = v.person(born=(1931, 1960)), v.address()
    partner = v.partner(p) if rng.random() < 0.5 else None
    helper = v.kin(p, born=(1960, 1990)) if rng.random() < 0.5 else None
    nino = v.nino()
    phone = v.phone()
    doc.add(f"{org.name} - {org.team}\nCall ID: {v.ref(10)}   Agent: AG{v.ref(5)}   ")
    doc.add(f"Duration: 00:{rng.randint(12, 58):02d}:{rng.randint(0, 59):02d}\n")
    doc.add(f"Claim date: {dmy(TODAY)}   Inbound via ").ent("ORGANIZATION", org.phone).add("\n\n")
    if helper:
        doc.add("Third party on call: ").nm(helper, rng.choice(["full", "first"]))
        doc.add(f" ({'daughter' if helper.gender == 'f' else 'son'}), customer consented.\n")
    doc.add("Customer: ").nm(p, rng.choice(["full", "title_full", "surname_caps"]))
    doc.add("\nDOB given as ").ent("DATE_OF_BIRTH", words_date(rng, p.dob))
    doc.add("\nNINO: ").ident("UK_NINO", nino).add(" - read back as ")
    doc.ent("UK_NINO", spoken_nino(rng, nino[0]), nino[1]).add(", confirmed\n")
    doc.add("Address: ").addr_inline(home).add(" (postcode checked)\n")
    doc.add("Contact number: ").ent("PHONE_NUMBER", spoken_phone(rng, phone))
    doc.add(rng.choice([" (said slowly)\n", " - keyed as given\n", "\n"]))
    if partner:
        doc.add("Partner: ").nm(partner, rng.choice(["full", "first"])).add(", DOB ")
        _dob_spoken(doc, partner, 0.5)
        doc.add(", NINO ").ident("UK_NINO", v.nino()).add("\n")
    doc.add("Bank: sort code read back ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(", account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add("\nSavings declared under £10,000. Housing costs: ground rent.\n")
    doc.add("Outcome: claim registered, evidence to ").ent("ORGANIZATION", org.mailbox)
    doc.add(", decision letter to follow.\n")


def case_system_yaml_export(doc: Doc3, v: V) -> None:
    """A housing allocations case exported from the case system as YAML and attached to an
    e-mail: nested keys for the applicant (quoted "Surname, First" name, ISO date of birth,
    NI number, address fields), a household list, phone and e-mail, a free-text notes block;
    the case id, created_at and updated_at timestamps, the UPRN and tenancy start dates stay
    readable."""
    rng = v.rng
    org = v.org("Allocations")
    p, home = v.person(born=(1950, 2004)), v.address()
    kids = v.children(p, rng.randint(0, 3))
    partner = v.partner(p) if rng.random() < 0.5 else None
    members = [(partner, "partner")] if partner else []
    members += [(k, relation_word(k, child=True)) for k in kids]
    officer = v.person()
    created = days_ago(rng, 30, 600)
    doc.add(f"# export from Locata for {org.mailbox.split('@')[0]}\ncase:\n")
    doc.add(f"  id: HOU-{created.year}-{v.ref(6)}\n")
    doc.add(f"  created_at: {created:%Y-%m-%d}T{clock_time(rng)}:{rng.randint(0, 59):02d}Z\n")
    doc.add("  band: " + rng.choice(["A", "B", "C", "'B+'"]) + '\n  applicant:\n    name: "')
    doc.nm(p, "surname_caps").add('"\n    date_of_birth: ').ent(
        "DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}"
    )
    doc.add("\n    ni_number: ").ident("UK_NINO", v.nino()).add("\n    address:\n      street: ")
    doc.ent("STREET_ADDRESS", home.street(", "))
    if home.district:
        doc.add("\n      locality: ").ent("LOCATION", home.district)
    doc.add("\n      town: ").ent("LOCATION", home.town)
    if home.county:
        doc.add("\n      county: ").ent("LOCATION", home.county)
    doc.add("\n      postcode: ").ent("UK_POSTCODE", home.postcode)
    doc.add(f"\n      uprn: {rng.choice(['1000', '2000', '3000'])}{v.ref(8)}\n")
    doc.add(f"    tenancy_start: {days_ago(rng, 400, 4000):%Y-%m-%d}\n")
    doc.add("    phone: '").ent("PHONE_NUMBER", v.phone()).add("'\n    email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n  household:\n")
    if not members:
        doc.add("    []\n")
    for m, rel in members:
        doc.add("    - name: ").nm(m, "full").add("\n      dob: ")
        doc.ent("DATE_OF_BIRTH", f"{m.dob:%Y-%m-%d}").add(f"\n      relationship: {rel}\n")
    doc.add("  notes: |\n    Applicant rang in upset, overcrowded (one bedroom short).\n    ")
    doc.add("Medical form from GP received, assessed by ").nm(
        officer, rng.choice(["full", "initial_dot"])
    )
    doc.add(".\n")
    doc.add("  team_contact:\n    phone: ").ent("ORGANIZATION", org.phone)
    doc.add("\n    mailbox: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\n  updated_by: usr{v.ref(5)}\n")
    doc.add(f"  updated_at: {TODAY:%Y-%m-%d}T{clock_time(rng)}:00Z\n")


def public_health_funeral_kin_schedule(doc: Doc3, v: V) -> None:
    """A bereavement officer's schedule of next of kin for a public health funeral, with a
    probate genealogist's findings: the deceased named with date of birth and last address,
    kin by class (spouse, children, siblings, nephews and nieces), each with a date of birth
    and an address or "(deceased)"; the genealogist's contacts (ORGANIZATION); the PHF
    reference, the date of death, the coroner's reference and the estate value stay readable."""
    rng = v.rng
    org, firm = v.org("Public Health Funerals"), rng.choice(GENEALOGISTS)
    dead = v.person(born=(1930, 1965))
    last = v.address(region="E")
    died = days_ago(rng, 10, 90)
    sibs = v.siblings(dead, rng.randint(1, 3), (dead.dob.year - 10, dead.dob.year + 10))
    kids = v.children(dead, rng.randint(0, 2), born=(1960, 1995))
    officer = v.person()
    doc.add(f"{org.name} - {org.team}\nPHF ref: PHF/{TODAY:%y}/{rng.randint(100, 999)}\n")
    doc.add("SCHEDULE OF NEXT OF KIN (Public Health (Control of Disease) Act 1984, s.46)\n\n")
    doc.add("Deceased: ").nm(dead, rng.choice(["caps", "full", "surname_caps"]))
    doc.add("\nDate of birth: ").dob(dead).add(f"\nDate of death: {dmy(died)}\n")
    doc.add(f"Coroner's ref: {TODAY.year}-{v.ref(4)}\nLast address: ").addr_inline(last)
    doc.add(f"\nEstate: £{rng.randint(0, 9)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d} ")
    doc.add("(bank balance, no property)\n\nClass 1 - Spouse/civil partner: none traced\n")
    doc.add("Class 2 - Children:\n")
    if not kids:
        doc.add("  none traced\n")
    for i, k in enumerate(kids):
        doc.add(f"  ({'abc'[i]}) ").nm(k, "full").add(", b. ").dob(k).add(", ").addr_inline(
            v.address()
        )
        doc.add(" - letter sent\n")
    doc.add("Class 3 - Brothers and sisters of the whole blood:\n")
    for i, s in enumerate(sibs):
        doc.add(f"  ({'abc'[i]}) ").nm(s, "full").add(", b. ").dob(s)
        if rng.random() < 0.35:
            doc.add(f" (deceased {rng.randint(1990, 2024)}); issue: ")
            n = v.kin(s, born=(1965, 2000))
            doc.nm(n, "full").add(", b. ").dob(n).add(", ").addr_inline(v.address()).add("\n")
        else:
            doc.add(", ").addr_inline(v.address()).add(", tel ").ent("PHONE_NUMBER", v.phone())
            doc.add("\n")
    doc.add(f"\nResearch by {firm.name} (")
    third_party_contact(doc, firm)
    doc.add(").\nPrepared by ").nm(officer, rng.choice(["full", "initial_dot"]))
    doc.add(", ").ent("ORGANIZATION", org.phone).add(" / ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def gaelic_medium_placing_request(doc: Doc3, v: V) -> None:
    """A parent's placing request for Gaelic-medium education to Comhairle nan Eilean Siar,
    with Gaelic and English labels: the child's name, date of birth and CHI number (UK_NHS),
    a sibling already at the school, the parents' names, address in Lewis or Harris (Gaelic
    place names), phone and e-mail; the request number, the school session and schools named
    after poets stay readable."""
    rng = v.rng
    org = v.org("Comhairle")
    parent, home = v.person(born=(1975, 2000)), v.local("S", ("HS",))
    other = v.partner(parent) if rng.random() < 0.6 else None
    child = v.kin(parent, child=True, born=(2019, 2022))
    sib = v.kin(parent, child=True, born=(2012, 2019)) if rng.random() < 0.5 else None
    school = rng.choice(_GAELIC_SCHOOLS)
    doc.add(f"{org.name}\n{org.team} / Placing Requests\n")
    doc.add(f"Àireamh iarrtais / Request no.: PR-{v.ref(5)}\n")
    doc.add(f"Seisean / Session: {TODAY.year + 1}/{(TODAY.year + 2) % 100:02d}\n\n")
    doc.add("Ainm a' phàiste / Child's name: ").nm(child, "full")
    doc.add("\nCeann-là breith / Date of birth: ").dob(child)
    doc.add("\nÀireamh CHI / CHI number: ").ident("UK_NHS", v.chi(child))
    doc.add(f"\nSgoil a thathar ag iarraidh / School requested: {school} (FtMG)\n")
    if sib:
        doc.add("Bràthair no piuthar san sgoil / Sibling at the school: ").nm(sib, "full")
        doc.add(", ceann-là breith ").dob(sib).add("\n")
    doc.add("\nPàrant / Parent: ").nm(parent, rng.choice(["full", "title_full"]))
    if other:
        doc.add("\nPàrant eile / Other parent: ").nm(other, "full")
    doc.add("\nSeòladh / Address:\n").addr_lines(home)
    doc.add("Fòn / Phone: ").ent("PHONE_NUMBER", v.phone()).add("\nPost-d / E-mail: ")
    doc.ent("EMAIL_ADDRESS", v.email(parent)).add("\n\nAdhbharan / Reasons: ")
    doc.add("Tha Gàidhlig aig an teaghlach aig an taigh. We speak Gaelic at home and want ")
    doc.nm(child, "first").add(
        f" to continue in Gaelic-medium, as {pron(child)[0]} did at the cròileagan.\n"
    )
    doc.add("\nCuir air ais gu / Return to: ").ent("ORGANIZATION", org.mailbox)
    doc.add("\nFòn na sgioba / Team phone: ").ent("ORGANIZATION", org.phone).add("\n")


def dhp_open_banking_transactions_csv(doc: Doc3, v: V) -> None:
    """A Discretionary Housing Payment application with an open-banking affordability CSV
    pasted by an advice worker: the account holder's name, sort code and account number in the
    header, transactions to and from people written as banks print payees in capitals ("FPS
    TO N MAKUEI"); the advice agency's contacts (ORGANIZATION); the DHP reference, transaction
    dates, amounts and balances stay readable."""
    rng = v.rng
    org, agency = v.org("Discretionary"), rng.choice(ADVICE)
    p, home = v.person(born=(1955, 2003)), v.address(region="E")
    landlord, friend, relative = v.person(), v.person(), v.kin(p)
    worker = v.person()
    ref = f"DHP{v.ref(6)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(f"\nSubject: {ref} - bank evidence for ")
    doc.nm(p, "full").add("\n\nHi, please find the client's last transactions below (open banking ")
    doc.add("export via our affordability tool). Address: ").addr_inline(home).add(".\n\n")
    doc.add("Account holder,").nm(p, rng.choice(["bank", "bank2", "caps"]))
    doc.add("\nSort code,").ident("UK_SORT_CODE", v.sort_code()).add("\nAccount number,")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n\nDate,Description,Amount,Balance\n")
    bal = rng.randint(-200, 400) + rng.random()
    start = TODAY - timedelta(rng.randint(20, 40))
    rows: list[tuple[str, Person | None, str]] = [
        ("FPI FROM DWP UC ", None, f"{rng.randint(400, 1100)}.{rng.randint(0, 99):02d}"),
        ("FPS TO ", landlord, f"-{rng.randint(300, 900)}.00"),
        ("CARD PAYMENT TESCO STORES ", None, f"-{v.money(5, 80)}"),
        ("FPI FROM ", relative, f"{rng.randint(10, 100)}.00"),
        ("SO TO ", friend, f"-{rng.randint(10, 60)}.00"),
        ("DD OCTOPUS ENERGY ", None, f"-{v.money(40, 160)}"),
    ]
    for i, (what, who, amount) in enumerate(rows):
        d = start + timedelta(days=4 * i + rng.randint(0, 3))
        bal += float(amount)
        doc.add(f"{dmy(d)},{what}")
        if who:
            doc.nm(who, rng.choice(["bank", "bank2", "caps"])).add(f" REF {v.code(6)}")
        else:
            doc.add(v.ref(6))
        doc.add(f",{amount},{bal:.2f}\n")
    doc.add("\nThe payments from ").nm(relative, rng.choice(["first", "full"]))
    doc.add(" are a loan. Client's phone ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(". I tried your line (").ent("ORGANIZATION", org.phone).add(") twice.\n\n")
    doc.nm(worker, "full").add(f", Money Adviser, {agency.name}\n")
    third_party_contact(doc, agency)
    doc.add("\n")


def vehicle_crossing_land_adjacent(doc: Doc3, v: V) -> None:
    """A dropped kerb (vehicle crossing) application for a site written the way land is
    described: "Land adjacent to 14 ...", "Rear of 22 ...", "Plot 3, land at ..." or a house
    name with no number, the applicant's home address, driving licence as proof of identity,
    phone and e-mail, the contractor's contacts (ORGANIZATION); the application number, the
    UPRN and vehicle registrations stay readable."""
    rng = v.rng
    org, firm = v.org("Vehicle Crossings"), rng.choice(CONTRACTORS)
    p = v.person(born=(1950, 2000))
    home = v.address(region="E")
    base = v.address(region="E")
    number, street = rng.randint(1, 120), rng.choice(STREETS["E"])
    site_line = rng.choice(
        [
            f"Land adjacent to {number} {street}",
            f"Rear of {number} {street}",
            f"Plot {rng.randint(1, 9)}, land at {street}",
            f"Garage {rng.randint(1, 20)} rear of {number} {street}",
            f"Land to the side of {number}{rng.choice(['A', 'B', ''])} {street}",
        ]
    )
    site = replace(base, street_lines=[site_line])
    same = rng.random() < 0.3
    doc.add(f"{org.name} - {org.team}\nAPPLICATION FOR A VEHICLE CROSSING\n")
    doc.add(f"Application no: VX/{TODAY:%y}/{rng.randint(1000, 9999)}\n\n")
    doc.add("1. Location of proposed crossing\n").addr_lines(site)
    doc.add(f"UPRN: {rng.choice(['1000', '2000'])}{v.ref(8)}\n\n2. Applicant\nName: ")
    doc.nm(p, rng.choice(["full", "caps", "middle"])).add("\nHome address: ")
    if same:
        doc.add("as above (I own the plot next door)\n")
        doc.add("Correspondence address: ").addr_inline(home).add("\n")
    else:
        doc.addr_inline(home).add("\n")
    doc.add("Daytime phone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nProof of identity: driving licence ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n\n3. Vehicles to use the crossing\n")
    for _ in range(rng.randint(1, 2)):
        doc.add(f"  {v.reg()}\n")
    doc.add(
        f"\n4. Works\nKerb length: {rng.choice([3.6, 4.8, 5.4, 6.0])} m. Contractor: {firm.name}, "
    )
    third_party_contact(doc, firm)
    doc.add("\n\nSigned ").nm(p, rng.choice(["full", "initial_dot"])).add(f"   Date {dmy(TODAY)}\n")
    doc.add("Return this form to ").ent("ORGANIZATION", org.mailbox).add(" (enquiries ")
    doc.ent("ORGANIZATION", org.phone).add(")\n")


def dvla_medical_concern_relative_letter(doc: Doc3, v: V) -> None:
    """A daughter or son writes to DVLA's Drivers Medical Group about a parent still driving
    after a dementia diagnosis: the parent's name, date of birth, driving licence number,
    address and NHS number, the GP practice (ORGANIZATION) and a consultant named, the
    writer's own address, phone and e-mail; the vehicle registration, the V5C document
    reference and the diagnosis date stay readable."""
    rng = v.rng
    org, gp = v.org("Medical"), rng.choice(SURGERIES)
    parent = v.person(born=(1932, 1955))
    writer = v.kin(parent, born=(1958, 1990))
    home, own = v.address(), v.address()
    consultant = v.person()
    diag = days_ago(rng, 30, 400)
    doc.nm(writer, rng.choice(["full", "title_full"])).add("\n").addr_lines(own)
    doc.add("\n").add(f"{org.team}\n{org.name}\n")
    for line in org.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("\nDear Sir or Madam,\n\nRe: ").nm(parent, rng.choice(["caps", "full"]))
    doc.add(", date of birth ").dob(parent).add("\nDriving licence number: ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(parent)).add("\n\n")
    doc.add(
        f"I am writing with great reluctance about my {'mother' if parent.gender == 'f' else 'father'}, who lives at "
    )
    doc.addr_inline(home).add(". ").add(pron(parent)[0].capitalize())
    doc.add(f" was diagnosed with Alzheimer's disease on {dmy(diag)} by ")
    doc.nm(consultant, rng.choice(["title_surname", "full"])).add(
        " at the memory clinic, but still drives every day. Last week "
    )
    doc.add(f"{pron(parent)[0]} got lost for five hours in the car ({v.reg()}, ")
    doc.add(f"V5C reference {v.ref(11)}).\n\n{pron(parent)[1].capitalize()} NHS number is ")
    doc.ident("UK_NHS", v.nhs()).add(" and the GP is ").add(gp.name).add(" (")
    doc.ent("ORGANIZATION", gp.phone).add("), who know about this letter.\n\n")
    doc.add("Please do not tell my ").add("mother" if parent.gender == "f" else "father")
    doc.add(" that I wrote. You can reach me on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" or ").ent("EMAIL_ADDRESS", v.email(writer)).add(". I have also e-mailed this to ")
    doc.ent("ORGANIZATION", org.mailbox).add(" and rang ").ent("ORGANIZATION", org.phone)
    doc.add(".\n\nYours faithfully\n\n")
    doc.nm(writer, rng.choice(["full", "first"])).add("\n")


def child_benefit_claim_us_date_order(doc: Doc3, v: V) -> None:
    """A parent who grew up in the United States writes to the Child Benefit Office, writing
    every date month first ("03/27/2019", "March 27th, 2019"): children with dates of birth,
    the parent's NI number and date of birth, the partner's high income and Self Assessment
    UTR, bank details; the Child Benefit number, UTR (ten digits) and birth register entry
    numbers stay readable."""
    rng = v.rng
    org = v.org("Child Benefit")
    p, home = v.person(born=(1975, 2000)), v.address()
    partner = v.partner(p)
    kids = v.children(p, rng.randint(1, 3), born=(2015, 2025))
    chb = f"CHB{v.ref(8)} {v.code(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: Child Benefit number: {chb}\n\n"
    )
    doc.add("Hello,\n\nI'm ").nm(p, rng.choice(["full", "middle"])).add(" (born ")
    doc.ent("DATE_OF_BIRTH", us_date(rng, p.dob)).add(", NI number ").ident("UK_NINO", v.nino())
    doc.add("). I grew up in Ohio so please excuse my date format. I want to add ")
    doc.add("my new baby and check the others are on my claim:\n\n")
    for k in kids:
        doc.add("- ").nm(k, rng.choice(["full", "first"])).add(", born ")
        doc.ent("DATE_OF_BIRTH", us_date(rng, k.dob))
        doc.add(f", birth certificate entry no. {rng.randint(100, 499)}\n")
    doc.add("\nMy husband" if partner.gender == "m" else "\nMy wife")
    doc.add(", ").nm(partner, rng.choice(["full", "first"])).add(", earns over £60,000 so we ")
    doc.add(
        f"know about the High Income Charge. {pron(partner)[1].capitalize()} UTR: "
        f"{rng.choice('12345')}{v.ref(9)}.\n\n"
    )
    doc.add("We moved on ").add(us_date(rng, days_ago(rng, 30, 300))).add(" to ").addr_inline(home)
    doc.add(".\nPay into sort code ").ident("UK_SORT_CODE", v.sort_code()).add(", account ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add(".\n\nThanks,\n").nm(p, "first")
    doc.add("\n").ent("PHONE_NUMBER", v.phone()).add("\n(I could not get through on ")
    doc.ent("ORGANIZATION", org.phone).add(")\n")


def mutual_exchange_two_households(doc: Doc3, v: V) -> None:
    """A mutual exchange application with both tenants' sections: each tenant's name, date of
    birth, NI number, home address, household members with dates of birth, phone and e-mail,
    and their landlord (the other landlord's contacts are ORGANIZATION); the HomeSwapper
    reference, rent accounts and tenancy start dates stay readable."""
    rng = v.rng
    org, other = v.org("Mutual"), rng.choice(LANDLORDS)
    a, b = v.person(born=(1960, 2002)), v.person(born=(1960, 2002))
    ha, hb = v.local("E", ("WA",)), v.address(region="E")
    doc.add(f"{org.name} - {org.team}\nMUTUAL EXCHANGE APPLICATION\n")
    doc.add(f"HomeSwapper ref: HS{v.ref(7)}\n\n")
    for label, p, home, landlord in (("A", a, ha, None), ("B", b, hb, other)):
        doc.add(f"TENANT {label}\nName: ").nm(p, rng.choice(["full", "surname_caps", "caps"]))
        nino = odd_spacing(rng, v.nino()) if rng.random() < 0.5 else v.nino()
        doc.add("\nDate of birth: ").dob(p).add("   NI no: ").ident("UK_NINO", nino)
        doc.add("\nAddress: ").addr_inline(home).add(f"\nRent account: {v.ref(8)}   ")
        doc.add(f"Tenancy start: {dmy(days_ago(rng, 400, 5000))}\nLandlord: ")
        if landlord:
            doc.add(landlord.name + ", ")
            third_party_contact(doc, landlord)
        else:
            doc.add(org.name)
        doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
        doc.ent("EMAIL_ADDRESS", v.email(p)).add("\nHousehold moving with tenant:\n")
        members = v.children(p, rng.randint(0, 3))
        if rng.random() < 0.4:
            members.insert(0, v.partner(p))
        if not members:
            doc.add("  none\n")
        for m in members:
            doc.add("  ").nm(m, "full").add(" - ").dob(m).add("\n")
        doc.add("\n")
    doc.add("Both tenants confirm there are no arrears. Queries: ").ent("ORGANIZATION", org.phone)
    doc.add(" or ").ent("ORGANIZATION", org.mailbox).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    windrush_compensation_family_history,
    witness_statement_numbered_paragraphs,
    hostel_move_on_panel_referral,
    slack_channel_jsonl_export,
    markdown_table_note_paste,
    pension_credit_phone_claim_readback,
    case_system_yaml_export,
    public_health_funeral_kin_schedule,
    gaelic_medium_placing_request,
    dhp_open_banking_transactions_csv,
    vehicle_crossing_land_adjacent,
    dvla_medical_concern_relative_letter,
    child_benefit_claim_us_date_order,
    mutual_exchange_two_households,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT12 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT12.organisation_contacts
build_row = HELDOUT12.build_row
generate_heldout12 = HELDOUT12.generate
write_set = HELDOUT12.write_set
main = HELDOUT12.main


if __name__ == "__main__":
    main()
