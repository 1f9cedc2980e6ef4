# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout14: a fourteenth held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout14(n, seed)`` returns rows ``{"id": "uklayout-heldout14-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout14",
"layout"}``. Row i depends only on (seed, i); the 10 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout14 -o
var/eval/pii_uk_layouts_heldout14.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout14.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout13; every value table here is new, and tests/test_uk_layouts_heldout14.py checks that
no first name, surname, town, district, county, street or house name appears in an earlier
family (uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name
lists it draws from; heldout3 to heldout13):

* names from 11 communities no earlier family drew on: Sakha (Sardaana, Aisen; Oyunsky), Khasi
  (Daphisha, Banteilang; Lyngdoh), Hmong (Maiv Nyiaj, Txoov; Xyooj), Samoan (Siniva, Tavita;
  Tuiasosopo), Tongan (Heilala, Siaosi; Vaipulu), Guarani (Yvoty, Arandu; Ñanduti), Aromanian
  (Sula, Tascu; Papahagi), Mapuche (Millaray, Nahuel; Huenchumilla), Tuvan (Aidysmaa, Aldar;
  Oorzhak), Ao Naga (Imtisenla, Temjen; Longkumer) and Karen (Naw Paw, Saw Ler Htoo; Htoo), with
  hyphenated forenames and double-barrelled surnames built from them;
* places from postcode areas earlier families used least, in villages none of them used: the
  Lincolnshire Wolds and the Isle of Axholme (LN, DN), east Cleveland (TS), north Herefordshire
  (HR), Clun Forest (SY), Alston Moor and Allerdale (CA); Berwickshire and Roxburgh (TD),
  Caithness and Orkney (KW, "Gallaibh (Caithness)", "Arcaibh (Orkney)") and Lewis (HS,
  "Eileanan Siar (Leòdhas)"); north Pembrokeshire (SA, "Penfro (N. Pembs.)"); Fermanagh (BT,
  "Fermanagh & Omagh DC"); street names built from old rural trades ("Woad Vat Lane", "Haaf Net
  Brae", "Lôn Gwaith Copr", "Lint Hole Road");
* new recipient organisations (allow-listed) and third parties (food bank referral agencies,
  letting agents, deposit schemes, funeral directors, schools' suppliers) whose own contact
  details are ORGANIZATION.

Layouts (10): pdf_form_field_dump, crm_abbreviated_contact_note, dictated_voice_memo_letter,
repairs_portal_json_webhook, school_mis_semicolon_export, food_bank_referral_voucher,
access_to_work_application, councillor_surgery_casework_log, tell_us_once_bereavement_summary,
probate_enquiry_ascii_family_tree.

Labelling conventions are heldout13's (so the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone (in its own form field, JSON key or CSV
column), "SURNAME Forename" in surname-first order and names in capitals are PERSON. Addresses
split into STREET_ADDRESS + one LOCATION each for district, town/village and county +
UK_POSTCODE (a postcode split over two form fields is two UK_POSTCODE spans, one per half).
Only dates of birth are DATE_OF_BIRTH, also written "03APR1961", "b. 3/iv/61" or spoken in
words ("third of April nineteen sixty-one"); dates of death, visit, surgery and referral dates
stay unlabelled. Phones may carry "+44 (0)" or an extension (outside the span); bank accounts
may be written with a dash ("1234-5678"). Third parties' own address lines, phones and mailboxes
are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay readable
(precision): PDF field paths and page indices; CRM interaction ids and call durations; voice
memo timestamps and confidence scores; webhook event ids, UPRNs and job numbers; MIS UPNs
(letter and twelve digits) and admission numbers; voucher numbers and parcel counts; Access to
Work case references and grant amounts; surgery dates and case numbers; Tell Us Once
references and dates of death; probate application numbers and grant dates. ~10% of NI
numbers, NHS numbers, sort codes, account numbers and passport numbers are MISTYPED as in
heldout4 (span ``"mistyped": True``); ~10% of rows hide a Unicode trick (zero-width space, soft
hyphen, no-break or narrow no-break space, full-width digits) inside a labelled value.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Person
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
    long_date,
    parse_tables,
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
    "dob_in_words",
    "generate_heldout14",
    "main",
    "organisation_contacts",
    "roman_dob",
    "write_set",
]

FAMILY = "heldout14"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
sakha: Sardaana/f Aitalina/f Kyunnei/f Tuyaara/f Nyurgustana/f Saina/f Sahaaya/f Kerecheene/f
  Sardaana-Aitalina/f Sardaana-Kyunnei/f Sardaana-Tuyaara/f Sardaana-Nyurgustana/f
  Aitalina-Kyunnei/f Aitalina-Tuyaara/f Aisen/m Ayaal/m Aikhal/m Tuskul/m Nyurgun/m Dyulustan/m
  Ergis/m Erchim/m Aisen-Ayaal/m Aisen-Aikhal/m Aisen-Tuskul/m Aisen-Nyurgun/m Ayaal-Aikhal/m
  Ayaal-Tuskul/m
khasi: Daphisha/f Ibanylla/f Kyntiewlin/f Mebanshai/f Ibakordor/f Badaplin/f Iohlynti/f
  Daphisha-Ibanylla/f Daphisha-Kyntiewlin/f Daphisha-Mebanshai/f Daphisha-Ibakordor/f
  Ibanylla-Kyntiewlin/f Ibanylla-Mebanshai/f Banteilang/m Wanpynhun/m Kyrshan/m Bansan/m
  Donbok/m Iohborlang/m Shaphrang/m Banteilang-Wanpynhun/m Banteilang-Kyrshan/m
  Banteilang-Bansan/m Banteilang-Donbok/m Wanpynhun-Kyrshan/m Wanpynhun-Bansan/m
hmong: Maiv_Nyiaj/f Paj_Ntaub/f Nkauj_Hli/f Ntxhi/f Maiv_Yer/f Nplooj/f Zoov/f Tooj/m Txoov/m
  Npis/m Nyiaj_Pov/m Xab/m Tswv_Yim/m Ntxawg/m Tsav/m Tooj-Txoov/m Tooj-Npis/m Tooj-Xab/m
  Txoov-Npis/m Txoov-Xab/m Npis-Xab/m
samoan: Siniva/f Fetuao/f Lagi/f Faamanu/f Malia-Sina/f Lupematasila/f Tuiga/f Siniva-Fetuao/f
  Siniva-Lagi/f Siniva-Faamanu/f Siniva-Malia-Sina/f Fetuao-Lagi/f Fetuao-Faamanu/f Tavita/m
  Sefo/m Ioane/m Tusitala/m Falaniko/m Lemalu/m Tauiliili/m Tavita-Sefo/m Tavita-Ioane/m
  Tavita-Tusitala/m Tavita-Falaniko/m Sefo-Ioane/m Sefo-Tusitala/m
tongan: Heilala/f Lupe-Ofa/f Siueni/f Mele-Ana/f Sisilia/f Lesieli/f Kalolaine/f
  Heilala-Lupe-Ofa/f Heilala-Siueni/f Heilala-Mele-Ana/f Heilala-Sisilia/f Lupe-Ofa-Siueni/f
  Lupe-Ofa-Mele-Ana/f Siaosi/m Viliami/m Feleti/m Kalolo/m Tupou-Siaosi/m Maka/m
  Siaosi-Viliami/m Siaosi-Feleti/m Siaosi-Kalolo/m Siaosi-Tupou-Siaosi/m Viliami-Feleti/m
  Viliami-Kalolo/m
guarani: Yvoty/f Jasy/f Araí/f Mainumby/f Ysapy/f Kuarahy-Jasy/f Panambi/f Yvoty-Jasy/f
  Yvoty-Araí/f Yvoty-Mainumby/f Yvoty-Ysapy/f Jasy-Araí/f Jasy-Mainumby/f Arandu/m Tabaré/m
  Karaí/m Ñamandu/m Yvaga/m Avati/m Tupãsy/m Arandu-Tabaré/m Arandu-Karaí/m Arandu-Ñamandu/m
  Arandu-Yvaga/m Tabaré-Karaí/m Tabaré-Ñamandu/m
aromanian: Sula/f Tana/f Vangia/f Mita/f Zoița/f Dina-Sula/f Ciuca/f Sula-Tana/f Sula-Vangia/f
  Sula-Mita/f Sula-Zoița/f Tana-Vangia/f Tana-Mita/f Tascu/m Ianachi/m Yioryi/m Mihali/m Taki/m
  Nacu/m Tascu-Ianachi/m Tascu-Yioryi/m Tascu-Mihali/m Tascu-Taki/m Ianachi-Yioryi/m
  Ianachi-Mihali/m
mapuche: Millaray/f Rayen/f Relmu/f Llanka/f Ayelén/f Huenuray/f Pichiray/f Millaray-Rayen/f
  Millaray-Relmu/f Millaray-Llanka/f Millaray-Ayelén/f Rayen-Relmu/f Rayen-Llanka/f Lautaro/m
  Nahuel/m Pelquen/m Calfucura/m Huenu/m Lefxaru/m Kallfü/m Lautaro-Nahuel/m Lautaro-Pelquen/m
  Lautaro-Calfucura/m Lautaro-Huenu/m Nahuel-Pelquen/m Nahuel-Calfucura/m
tuvan: Aidysmaa/f Chechek/f Shonchalai/f Ailana/f Choigana/f Saizana/f Aziana/f
  Aidysmaa-Chechek/f Aidysmaa-Shonchalai/f Aidysmaa-Ailana/f Aidysmaa-Choigana/f
  Chechek-Shonchalai/f Chechek-Ailana/f Aldar/m Ayas/m Kezhik/m Choduraa/m Sayan/m Mergen/m
  Ochur/m Aidys/m Aldar-Ayas/m Aldar-Kezhik/m Aldar-Choduraa/m Aldar-Sayan/m Ayas-Kezhik/m
  Ayas-Choduraa/m
ao_naga: Imtisenla/f Sentila/f Akumla/f Temjensangla/f Tiasunep/f Sungtila/f Lanusangla/f
  Imtisenla-Sentila/f Imtisenla-Akumla/f Imtisenla-Temjensangla/f Imtisenla-Tiasunep/f
  Sentila-Akumla/f Sentila-Temjensangla/f Imtiwapang/m Temjen/m Moatemsu/m Alemba/m
  Supongmeren/m Lanuakum/m Watitoshi/m Imtiwapang-Temjen/m Imtiwapang-Moatemsu/m
  Imtiwapang-Alemba/m Imtiwapang-Supongmeren/m Temjen-Moatemsu/m Temjen-Alemba/m
karen: Naw_Htoo/f Naw_Eh_Say/f Naw_Blut/f Naw_Mu_Lah/f Naw_Ler_Paw/f Saw_Ler_Htoo/m Saw_Eh_Doh/m
  Saw_Kweh/m Saw_Hsar_Gay/m Saw_Tha_Blay/m Saw_Moo_Kay/m
"""
_SURNAMES = """
sakha: Oyunsky Kulakovsky Tarabukin Bootur Tygyn Omogoi Unarov Ellyai Chochoo Sergeljakh
  Oyunsky-Kulakovsky Oyunsky-Tarabukin Oyunsky-Bootur Oyunsky-Tygyn Oyunsky-Omogoi
  Kulakovsky-Oyunsky Kulakovsky-Tarabukin Kulakovsky-Bootur Kulakovsky-Tygyn Kulakovsky-Omogoi
  Tarabukin-Oyunsky Tarabukin-Kulakovsky Tarabukin-Bootur Tarabukin-Tygyn Tarabukin-Omogoi
  Bootur-Oyunsky Bootur-Kulakovsky Bootur-Tarabukin Bootur-Tygyn Bootur-Omogoi Tygyn-Oyunsky
  Tygyn-Kulakovsky
khasi: Lyngdoh Kharkongor Syiem Marbaniang Nongrum Kharbuli Lyngwa Nongkynrih Dkhar Warjri
  Lyngdoh-Kharkongor Lyngdoh-Syiem Lyngdoh-Marbaniang Lyngdoh-Nongrum Lyngdoh-Kharbuli
  Kharkongor-Lyngdoh Kharkongor-Syiem Kharkongor-Marbaniang Kharkongor-Nongrum
  Kharkongor-Kharbuli Syiem-Lyngdoh Syiem-Kharkongor Syiem-Marbaniang Syiem-Nongrum
  Syiem-Kharbuli Marbaniang-Lyngdoh Marbaniang-Kharkongor Marbaniang-Syiem Marbaniang-Nongrum
  Marbaniang-Kharbuli Nongrum-Lyngdoh Nongrum-Kharkongor
hmong: Vaj Xyooj Tsab Thoj Yaj Hawj Vwj Muas Tsheej Kwm Vaj-Xyooj Vaj-Tsab Vaj-Thoj Vaj-Yaj
  Vaj-Hawj Xyooj-Vaj Xyooj-Tsab Xyooj-Thoj Xyooj-Yaj Xyooj-Hawj Tsab-Vaj Tsab-Xyooj Tsab-Thoj
  Tsab-Yaj Tsab-Hawj Thoj-Vaj Thoj-Xyooj Thoj-Tsab Thoj-Yaj Thoj-Hawj Yaj-Vaj Yaj-Xyooj
samoan: Tuiasosopo Faleolo Leiataua Fuimaono Tuilagi Sapolu Aiono Soliai Lealaiauloto Fa'alogo
  Tuiasosopo-Faleolo Tuiasosopo-Leiataua Tuiasosopo-Fuimaono Tuiasosopo-Tuilagi
  Tuiasosopo-Sapolu Faleolo-Tuiasosopo Faleolo-Leiataua Faleolo-Fuimaono Faleolo-Tuilagi
  Faleolo-Sapolu Leiataua-Tuiasosopo Leiataua-Faleolo Leiataua-Fuimaono Leiataua-Tuilagi
  Leiataua-Sapolu Fuimaono-Tuiasosopo Fuimaono-Faleolo Fuimaono-Leiataua Fuimaono-Tuilagi
  Fuimaono-Sapolu Tuilagi-Tuiasosopo Tuilagi-Faleolo
tongan: Vaipulu Lolohea Fifita Havili Tuipulotu Kioa Tu'ipulotu Vainikolo Hopoate
  Vaipulu-Lolohea Vaipulu-Fifita Vaipulu-Havili Vaipulu-Tuipulotu Vaipulu-Kioa Lolohea-Vaipulu
  Lolohea-Fifita Lolohea-Havili Lolohea-Tuipulotu Lolohea-Kioa Fifita-Vaipulu Fifita-Lolohea
  Fifita-Havili Fifita-Tuipulotu Fifita-Kioa Havili-Vaipulu Havili-Lolohea Havili-Fifita
  Havili-Tuipulotu Havili-Kioa Tuipulotu-Vaipulu Tuipulotu-Lolohea
guarani: Ñanduti Ypané Karaipyahu Tupanoi Guyrapa Yvyrá Arapoty Jaguaretê Mbururu Tape'i
  Ñanduti-Ypané Ñanduti-Karaipyahu Ñanduti-Tupanoi Ñanduti-Guyrapa Ñanduti-Yvyrá Ypané-Ñanduti
  Ypané-Karaipyahu Ypané-Tupanoi Ypané-Guyrapa Ypané-Yvyrá Karaipyahu-Ñanduti Karaipyahu-Ypané
  Karaipyahu-Tupanoi Karaipyahu-Guyrapa Karaipyahu-Yvyrá Tupanoi-Ñanduti Tupanoi-Ypané
  Tupanoi-Karaipyahu Tupanoi-Guyrapa Tupanoi-Yvyrá Guyrapa-Ñanduti Guyrapa-Ypané
aromanian: Caragiani Papahagi Cuvata Tacu Babiuca Nicolaidi Muşi Cărăbeţ Zuca Darlea
  Caragiani-Papahagi Caragiani-Cuvata Caragiani-Tacu Caragiani-Babiuca Caragiani-Nicolaidi
  Papahagi-Caragiani Papahagi-Cuvata Papahagi-Tacu Papahagi-Babiuca Papahagi-Nicolaidi
  Cuvata-Caragiani Cuvata-Papahagi Cuvata-Tacu Cuvata-Babiuca Cuvata-Nicolaidi Tacu-Caragiani
  Tacu-Papahagi Tacu-Cuvata Tacu-Babiuca Tacu-Nicolaidi Babiuca-Caragiani Babiuca-Papahagi
mapuche: Huenchumilla Ancalao Painemal Catrileo Huenchullán Nahuelpán Millapán Llancaqueo
  Curiqueo Quilaqueo Huenchumilla-Ancalao Huenchumilla-Painemal Huenchumilla-Catrileo
  Huenchumilla-Huenchullán Huenchumilla-Nahuelpán Ancalao-Huenchumilla Ancalao-Painemal
  Ancalao-Catrileo Ancalao-Huenchullán Ancalao-Nahuelpán Painemal-Huenchumilla Painemal-Ancalao
  Painemal-Catrileo Painemal-Huenchullán Painemal-Nahuelpán Catrileo-Huenchumilla
  Catrileo-Ancalao Catrileo-Painemal Catrileo-Huenchullán Catrileo-Nahuelpán
  Huenchullán-Huenchumilla Huenchullán-Ancalao
tuvan: Oorzhak Mongush Kuular Ondar Saaya Dongak Khovalyg Sat Salchak Kuzhuget Oorzhak-Mongush
  Oorzhak-Kuular Oorzhak-Ondar Oorzhak-Saaya Oorzhak-Dongak Mongush-Oorzhak Mongush-Kuular
  Mongush-Ondar Mongush-Saaya Mongush-Dongak Kuular-Oorzhak Kuular-Mongush Kuular-Ondar
  Kuular-Saaya Kuular-Dongak Ondar-Oorzhak Ondar-Mongush Ondar-Kuular Ondar-Saaya Ondar-Dongak
  Saaya-Oorzhak Saaya-Mongush
ao_naga: Jamir Longkumer Pongen Imchen Lemtur Aier Walling Longchar Ozukum Kichu Jamir-Longkumer
  Jamir-Pongen Jamir-Imchen Jamir-Lemtur Jamir-Aier Longkumer-Jamir Longkumer-Pongen
  Longkumer-Imchen Longkumer-Lemtur Longkumer-Aier Pongen-Jamir Pongen-Longkumer Pongen-Imchen
  Pongen-Lemtur Pongen-Aier Imchen-Jamir Imchen-Longkumer Imchen-Pongen Imchen-Lemtur
  Imchen-Aier Lemtur-Jamir Lemtur-Longkumer
karen: Htoo Paw Moo Wah Doh Lah Blut Hsar Mu_Lah Kweh Htoo-Paw Htoo-Moo Htoo-Wah Htoo-Doh
  Htoo-Lah Paw-Htoo Paw-Moo Paw-Wah Paw-Doh Paw-Lah Moo-Htoo Moo-Paw Moo-Wah Moo-Doh Moo-Lah
  Wah-Htoo Wah-Paw Wah-Moo Wah-Doh Wah-Lah Doh-Htoo Doh-Paw
"""
_TOWNS = """
E|Lincs. (Wolds)|Walesby*|LN8
E|Lincs. (Wolds)|Ludford*|LN8
E|Lincs. (Wolds)|Wragby|LN8
E|Lincs. (Wolds)|Donington on Bain*|LN11
E|Axholme (N. Lincs.)|Belton-in-Axholme*|DN9
E|Axholme (N. Lincs.)|Westwoodside*|DN9
E|Redcar & Cleveland UA|Skelton-in-Cleveland|TS12
E|Redcar & Cleveland UA|Lingdale*|TS12
E|Redcar & Cleveland UA|Liverton Mines*|TS13
E|Redcar & Cleveland UA|Carlin How*|TS13
E|Herefs. (Leominster)|Weobley*|HR4
E|Herefs. (Leominster)|Pembridge*|HR6
E|Herefs. (Leominster)|Eardisland*|HR6
E|Herefs. (Leominster)|Dilwyn*|HR4
E|Herefs. (Leominster)|Kingsland*|HR6
E|Herefs. (Leominster)|Shobdon*|HR6
E|Herefs. (Leominster)|Lyonshall*|HR5
E|Salop (Clun Forest)|Newcastle-on-Clun*|SY7
E|Cumberland UA (Alston Moor)|Nenthead*|CA9
E|Cumberland UA (Allerdale)|Caldbeck*|CA7
E|Cumberland UA (Allerdale)|Hesket Newmarket*|CA7
E|Cumberland UA (Allerdale)|Abbeytown*|CA7
W|Penfro (N. Pembs.)|Solva*|SA62
W|Penfro (N. Pembs.)|Letterston*|SA62
W|Penfro (N. Pembs.)|Narberth|SA67
W|Penfro (N. Pembs.)|Mathry*|SA62
S|Borders (Roxburgh)|Edgerston*|TD8
S|Borders (Berwick)|Stichill*|TD5
S|Borders (Berwick)|Ednam*|TD5
S|Borders (Berwick)|Smailholm*|TD5
S|Borders (Berwick)|Cranshaws*|TD11
S|Borders (Berwick)|Abbey St Bathans*|TD11
S|Borders (Berwick)|Gavinton*|TD11
S|Gallaibh (Caithness)|Watten*|KW1
S|Gallaibh (Caithness)|Mey*|KW14
S|Gallaibh (Caithness)|Berriedale*|KW7
S|Arcaibh (Orkney)|Orphir*|KW17
S|Arcaibh (Orkney)|Birsay*|KW17
S|Eileanan Siar (Leòdhas)|Kershader*|HS2
S|Eileanan Siar (Leòdhas)|Gravir*|HS2
S|Eileanan Siar (Leòdhas)|Crossbost*|HS2
S|Eileanan Siar (Leòdhas)|Breasclete*|HS2
S|Eileanan Siar (Leòdhas)|Shawbost*|HS2
W|Penfro (N. Pembs.)|Abercastle*|SA62
W|Penfro (N. Pembs.)|Wolfscastle*|SA62
N|Fermanagh & Omagh DC|Teemore*|BT92
"""
_STREETS = {
    "E": "Wold Top Lane, Wold Top Row, Wold Top Drove, Wold Top Walk, Ironstone Tramway Lane, Ironstone Tramway Row, Ironstone Tramway Drove, Ironstone Tramway Walk, Alum Works Lane, Alum Works Row, Alum Works Drove, Alum Works Walk, Jet Carvers Lane, Jet Carvers Row, Jet Carvers Drove, Jet Carvers Walk, Perry Pear Lane, Perry Pear Row, Perry Pear Drove, Perry Pear Walk, Lead Mine Lane, Lead Mine Row, Lead Mine Drove, Lead Mine Walk, Pencil Works Lane, Pencil Works Row, Pencil Works Drove, Pencil Works Walk, Sheep Dip Lane, Sheep Dip Row, Sheep Dip Drove, Sheep Dip Walk, Bog Oak Lane, Bog Oak Row, Bog Oak Drove, Bog Oak Walk, Hopyard Row, Hopyard Drove, Hopyard Walk, Mangold Clamp Lane, Mangold Clamp Row, Mangold Clamp Drove, Mangold Clamp Walk, Withy Bed Lane, Withy Bed Row, Withy Bed Drove, Withy Bed Walk, Potash Kiln Lane, Potash Kiln Row, Potash Kiln Drove, Potash Kiln Walk, Teasel Mill Lane, Teasel Mill Row, Teasel Mill Drove, Teasel Mill Walk, Woad Vat Lane, Woad Vat Row, Woad Vat Drove, Woad Vat Walk, Flax Retting Lane, Flax Retting Row, Flax Retting Drove, Flax Retting Walk, Liquorice Field Lane, Liquorice Field Row, Liquorice Field Drove, Liquorice Field Walk, Saffron Croft Lane, Saffron Croft Row, Saffron Croft Drove, Saffron Croft Walk, Samphire Marsh Lane, Samphire Marsh Row, Samphire Marsh Drove, Samphire Marsh Walk, Osier Holt Lane, Osier Holt Row, Osier Holt Drove, Osier Holt Walk, Rabbit Warren Farm Lane, Rabbit Warren Farm Row, Rabbit Warren Farm Drove, Rabbit Warren Farm Walk, Decoy Pond Lane, Decoy Pond Row, Decoy Pond Drove, Decoy Pond Walk, Ice Well Lane, Ice Well Row, Ice Well Drove, Ice Well Walk, Gibbet Post Lane, Gibbet Post Row, Gibbet Post Drove, Gibbet Post Walk, Pinfold Green Lane, Pinfold Green Row, Pinfold Green Drove, Pinfold Green Walk, Tithe Barn Field Lane, Tithe Barn Field Row, Tithe Barn Field Drove, Tithe Barn Field Walk, Shepherds Hut Lane, Shepherds Hut Row, Shepherds Hut Drove, Shepherds Hut Walk, Beacon Hill Top Lane, Beacon Hill Top Row, Beacon Hill Top Drove, Beacon Hill Top Walk",
    "S": "Herring Gutting Brae, Herring Gutting Loan, Herring Gutting Wynd, Herring Gutting Road, Peat Bank Brae, Peat Bank Loan, Peat Bank Wynd, Peat Bank Road, Flagstone Quarry Brae, Flagstone Quarry Loan, Flagstone Quarry Wynd, Lobster Creel Brae, Lobster Creel Loan, Lobster Creel Wynd, Lobster Creel Road, Kelp Store Brae, Kelp Store Loan, Kelp Store Wynd, Kelp Store Road, Seaweed Pier Brae, Seaweed Pier Loan, Seaweed Pier Wynd, Seaweed Pier Road, Fish Curing Brae, Fish Curing Loan, Fish Curing Wynd, Fish Curing Road, Net Loft Brae, Net Loft Loan, Net Loft Wynd, Net Loft Road, Whelk Shore Brae, Whelk Shore Loan, Whelk Shore Wynd, Whelk Shore Road, Haaf Net Brae, Haaf Net Loan, Haaf Net Wynd, Haaf Net Road, Stack Yard Brae, Stack Yard Loan, Stack Yard Wynd, Stack Yard Road, Ling Drying Brae, Ling Drying Loan, Ling Drying Wynd, Ling Drying Road, Boat Noust Brae, Boat Noust Loan, Boat Noust Wynd, Boat Noust Road, Winkle Rock Brae, Winkle Rock Loan, Winkle Rock Wynd, Winkle Rock Road, Quern Stone Brae, Quern Stone Loan, Quern Stone Wynd, Quern Stone Road",
    "W": "Lôn Felin Wynt Uchaf, Heol Felin Wynt Uchaf, Ffordd Felin Wynt Uchaf, Lôn Chwarel Las, Heol Chwarel Las, Ffordd Chwarel Las, Lôn Pysgotwyr Môn, Heol Pysgotwyr Môn, Ffordd Pysgotwyr Môn, Lôn Gwaith Copr, Heol Gwaith Copr, Ffordd Gwaith Copr, Lôn Tŷ Halen, Heol Tŷ Halen, Ffordd Tŷ Halen, Lôn Porth y Cwch Bach, Heol Porth y Cwch Bach, Ffordd Porth y Cwch Bach, Lôn Odyn Frics, Heol Odyn Frics, Ffordd Odyn Frics, Lôn Ffatri Wlân Isaf, Heol Ffatri Wlân Isaf, Ffordd Ffatri Wlân Isaf",
    "N": "Sweat House Lane, Sweat House Road, Sweat House Brae, Sweat House Row, Eel Weir Lane, Eel Weir Road, Eel Weir Brae, Eel Weir Row, Turf Bank Lane, Turf Bank Road, Turf Bank Brae, Turf Bank Row, Hiring Fair Lane, Hiring Fair Road, Hiring Fair Brae, Hiring Fair Row, Sheugh Side Lane, Sheugh Side Road, Sheugh Side Brae, Sheugh Side Row, Lint Hole Lane, Lint Hole Road, Lint Hole Brae, Lint Hole Row, Creel Makers Lane, Creel Makers Road, Creel Makers Brae, Creel Makers Row, Spade Mill Lane, Spade Mill Road, Spade Mill Brae, Spade Mill Row",
}
_HOUSE_NAMES = {
    "E": "Alum House, Perry Pear Cottage, Withy Bed Lodge, Woad Vat House, Teasel Mill Cottage, "
    "Osier Holt Farm, Decoy Pond House",
    "S": "Tigh nan Sgadan, Peat Bank Cottage, Kelp Store House, Net Loft Cottage, Boat Noust House",
    "W": "Tŷ Copr, Bwthyn y Felin Wynt, Tŷ'r Odyn Frics, Hafod y Chwarel Las",
    "N": "Eel Weir House, Turf Bank Cottage, Lint Hole Farm, Spade Mill House",
}
_CULTURE_WEIGHTS = {
    "sakha": 5,
    "khasi": 5,
    "hmong": 5,
    "samoan": 5,
    "tongan": 5,
    "guarani": 5,
    "aromanian": 5,
    "mapuche": 5,
    "tuvan": 5,
    "ao_naga": 5,
    "karen": 5,
}
_REGION_WEIGHTS = {"E": 50, "S": 18, "W": 16, "N": 16}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
East Lindsey District Council|Customer Forms Team|Tedder Hall, Manby Park;Louth;LN11 8UP|0808 157 1401|forms.team@e-lindsey.gov.uk
Redcar and Cleveland Council Contact Centre|Contact Centre - Housing|Redcar and Cleveland House, Kirkleatham Street;Redcar;TS10 1RT|0808 157 1402|contact.housing@redcar-cleveland.gov.uk
Herefordshire Adult Social Care Front Door|Adult Social Care - Front Door|Plough Lane;Hereford;HR4 0LE|0808 157 1403|asc.frontdoor@herefordshire.gov.uk
Isle of Anglesey County Council|Atgyweiriadau Tai - Housing Repairs|Council Offices;Llangefni;LL77 7TW|0808 157 1404|repairs.tai@anglesey.gov.uk
Borders Schools Pupil Records Unit|Education - Pupil Records|Council Headquarters, Newtown St Boswells;Melrose;TD6 0SA|0808 157 1405|pupil.records@scotborders.gov.uk
Highland Council Caithness Office|Welfare Support - Crisis Grants|Market Square;Wick;KW1 4AB|0808 157 1406|crisis.caithness@highland.gov.uk
Access to Work (Fermanagh)|Grants Team|PO Box 1420;Enniskillen;BT74 9ZZ|0808 157 1407|atw.grants@communities-ni.gov.uk
Shropshire Council Members' Services|Councillor Casework|Shirehall, Abbey Foregate;Shrewsbury;SY2 6ND|0808 157 1408|cllr.casework@shropshire.gov.uk
Tell Us Once Service (Cumberland)|Registration - Bereavement|Cumbria House, 117 Botchergate;Carlisle;CA1 1RD|0808 157 1409|tellusonce@cumberland.gov.uk
Pembrokeshire County Council|Corporate Debt - Deceased Estates|County Hall, Freemans Way;Haverfordwest;SA61 1TP|0808 157 1410|deceased.estates@pembrokeshire.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_REFERRERS = """
Wolds Rural Advice Hub|The Old Forge, Cider Press Lane;Market Rasen;LN8 9ZZ|01632 961 401|referrals@woldsadvice.org.uk
Axholme Family Centre|PO Box 88;Epworth;DN9 9ZX|01632 961 402|frontdesk@axholmefamily.org.uk
"""
_FUNERAL_DIRECTORS = """
Eden Valley Funeral Service|Station Yard;Penrith;CA11 9ZZ|01632 961 403|arrangements@edenvalleyfs.co.uk
Clun and Teme Funeral Directors|PO Box 12;Craven Arms;SY7 9ZQ|01632 961 404|office@clunteme-fd.co.uk
"""
_SOLICITORS = """
Preseli Probate Solicitors|2 Quay Street;Fishguard;SA65 9ZZ|01632 961 405|probate@preseli-law.co.uk
Lough Erne Legal LLP|PO Box 310;Enniskillen;BT74 9ZX|028 9649 6406|wills@lougherne-legal.co.uk
"""
_CONTRACTORS = """
Menai Strait Building Services|Unit 4, Gaerwen Industrial Estate;Gaerwen;LL60 9ZZ|01632 961 407|jobs@menaistraitbs.co.uk
Cefni Plumbing and Heating|PO Box 61;Llangefni;LL77 9ZY|01632 961 408|bookings@cefniplumbing.co.uk
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
    "talktalk.net",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0117 496 0",
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
REFERRERS = third_parties(_REFERRERS)
FUNERAL_DIRECTORS = third_parties(_FUNERAL_DIRECTORS)
SOLICITORS = third_parties(_SOLICITORS)
CONTRACTORS = third_parties(_CONTRACTORS)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (18, 45)

    def intl_phone(self, mobile: bool | None = None) -> str:
        """A phone as "+44 (0)1632 960 123" or "+44 (0) 7700 900 123" half the time."""
        p = self.phone(mobile)
        if self.rng.random() < 0.5 or p[0] != "0" or p[1] not in "123456789":
            return p
        return self.rng.choice(["+44 (0)", "+44 (0) "]) + p[1:]

    def dashed_account(self) -> tuple[str, bool]:
        a, bad = self.account()
        if self.rng.random() < 0.4 and a.isdigit() and len(a) == 8:
            return f"{a[:4]}-{a[4:]}", bad
        return a, bad


# --------------------------------------------------------------------------- helpers
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_ORD_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _two_digits(n: int) -> str:
    if n < 10:
        return f"oh {_UNITS[n]}"
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")


def _ordinal_word(day: int) -> str:
    if day <= 20:
        return _ORD_WORDS[day - 1]
    if day == 30:
        return "thirtieth"
    tens = "twenty" if day < 30 else "thirty"
    return f"{tens}-{_ORD_WORDS[day % 10 - 1]}"


def dob_in_words(d: date) -> str:
    """A date of birth as dictated: "the third of April nineteen sixty-one"."""
    year = f"{_two_digits(d.year // 100)} {_two_digits(d.year % 100)}"
    if 2000 <= d.year < 2010:
        year = "two thousand" + (f" and {_UNITS[d.year % 10]}" if d.year % 10 else "")
    elif d.year >= 2010:
        year = f"twenty {_two_digits(d.year % 100)}"
    return f"the {_ordinal_word(d.day)} of {_MONTHS[d.month - 1]} {year}"


def roman_dob(rng: random.Random, d: date) -> str:
    """A date of birth as an old family tree writes it: "3/iv/61", "03APR1961", "3.iv.1961"."""
    return rng.choice(
        [
            f"{d.day}/{_ROMAN[d.month - 1]}/{d:%y}",
            f"{d.day}.{_ROMAN[d.month - 1]}.{d.year}",
            f"{d.day:02d}{_MONTHS[d.month - 1][:3].upper()}{d.year}",
        ]
    )


def _dob_field(doc: Doc3, p: Person) -> None:
    rng = doc.rng
    if rng.random() < 0.4:
        doc.ent(
            "DATE_OF_BIRTH", f"{p.dob.day:02d}{_MONTHS[p.dob.month - 1][:3].upper()}{p.dob.year}"
        )
    else:
        doc.dob(p)


# --------------------------------------------------------------------------- layouts
def pdf_form_field_dump(doc: Doc3, v: V) -> None:
    """A council PDF form's fields dumped as text by a flattening tool ("topmostSubform[0].Page1
    [0].Surname[0]: ..."): surname and forenames in their own fields, date of birth as
    "03APR1961", NI number, the address over fields with the postcode split into its two halves
    (two UK_POSTCODE spans), phone with "+44 (0)"; field paths and page indices stay readable."""
    rng = v.rng
    org = v.org("Forms")
    p, home = v.person(born=(1940, 2005)), v.address("E")
    out, inward = (
        home.postcode.split(" ")
        if " " in home.postcode
        else (home.postcode[:-3], home.postcode[-3:])
    )
    doc.add(
        f"# pdftk dump_data_fields_utf8 - {org.name} form CTR{rng.randint(1, 9)} rev {rng.randint(2, 9)}\n"
    )
    base = "topmostSubform[0].Page1[0]."
    doc.add(f"{base}Title[0]: {p.title}\n{base}Surname[0]: ").ent("PERSON", p.last.upper())
    doc.add(f"\n{base}Forenames[0]: ").ent("PERSON", p.first)
    doc.add(f"\n{base}DateOfBirth[0]: ")
    _dob_field(doc, p)
    doc.add(f"\n{base}NINumber[0]: ").ident("UK_NINO", v.nino())
    doc.add(f"\n{base}AddressLine1[0]: ").ent("STREET_ADDRESS", home.street(", "))
    for i, loc in enumerate(home.locations, 2):
        doc.add(f"\n{base}AddressLine{i}[0]: ").ent("LOCATION", loc)
    doc.add(f"\n{base}PostcodeOut[0]: ").ent("UK_POSTCODE", out)
    doc.add(f"\n{base}PostcodeIn[0]: ").ent("UK_POSTCODE", inward)
    doc.add(f"\n{base}Phone[0]: ").ent("PHONE_NUMBER", v.intl_phone())
    doc.add(f"\n{base}Email[0]: ").ent("EMAIL_ADDRESS", v.email(p))
    page = "topmostSubform[0].Page2[0]."
    doc.add(f"\n{page}Checkbox{rng.randint(1, 9)}[0]: /On\n{page}PartnerName[0]: ")
    doc.nm(v.partner(p), rng.choice(["full", "caps"]))
    doc.add(f"\n{page}Signature[0]: (none)\n{page}ReturnTo[0]: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\n{page}Helpline[0]: ").ent("ORGANIZATION", org.phone)
    doc.add(f"\n# {rng.randint(20, 60)} fields, {rng.randint(2, 4)} pages\n")


def crm_abbreviated_contact_note(doc: Doc3, v: V) -> None:
    """A contact-centre adviser's CRM note keyed in abbreviations ("cust adv", "DOB chkd",
    "ph", "addr conf"): the caller's name surname-first in capitals, date of birth, NI number,
    address, mobile with an extension-free number, a neighbour named in passing; the
    interaction id and call duration stay readable."""
    rng = v.rng
    org = v.org("Contact Centre")
    p, home = v.person(born=(1940, 2005)), v.local("E", ("TS",))
    nb = v.person()
    doc.add(
        f"Interaction INT-{v.ref(8)} | {dmy(TODAY)} {clock_time(rng)} | dur {rng.randint(2, 40)}m{rng.randint(10, 59)}s\n"
    )
    doc.add(f"Agent: {org.team}\n\ncust ").ent("PERSON", f"{p.last.upper()} {p.first}")
    doc.add(" called re disrepair. ID&V: DOB chkd (").dob(p).add(") NINO chkd ")
    doc.ident("UK_NINO", v.nino()).add("\naddr conf: ").addr_inline(home)
    doc.add("\nph ").ent("PHONE_NUMBER", v.phone(True)).add(" - ok to txt\n")
    doc.add("cust adv damp in bdrm, nbr (").nm(nb, rng.choice(["full", "first"]))
    doc.add(") also affctd. adv cust will get call bk w/in 5 wkg days. ")
    doc.add("Ref'd to repairs via ").ent("ORGANIZATION", org.mailbox).add(" / ").ent(
        "ORGANIZATION", org.phone
    ).add("\n")


def dictated_voice_memo_letter(doc: Doc3, v: V) -> None:
    """A letter dictated into a phone and transcribed, with homophones left in ("their" for
    "there", "write" for "right") and the date of birth spoken in words; the name, address,
    phone and NHS number are as transcribed; the memo timestamp and confidence stay readable."""
    rng = v.rng
    org = v.org("Social Care")
    p, home = v.person(born=(1935, 1975)), v.local("E", ("HR",))
    carer = v.kin(p, child=False, born=(1960, 2000))
    doc.add(f"[Transcribed voice memo {TODAY:%Y-%m-%d} {clock_time(rng)}:{rng.randint(10, 59)}, ")
    doc.add(f"confidence 0.{rng.randint(70, 97)}]\n\nTo the {org.team}, ")
    doc.add("\n\nI am writing about my ")
    doc.add(relation_word(p)).add(" ").nm(p, "full").add(" who was born on ")
    doc.ent("DATE_OF_BIRTH", dob_in_words(p.dob))
    doc.add(" and lives at ").addr_inline(home)
    doc.add(". Their is no one else to help and I no it is not write that ")
    doc.add(
        f"{'she' if p.gender == 'f' else 'he'} has waited this long. {'Her' if p.gender == 'f' else 'His'} NHS number is "
    )
    doc.ident("UK_NHS", v.nhs()).add(". You can reach me on ").ent(
        "PHONE_NUMBER", v.intl_phone(True)
    )
    doc.add(" or e-mail ").ent("EMAIL_ADDRESS", v.email(carer)).add(".\n\nYours sincerely\n")
    doc.nm(carer, "full").add("\n\n[sent to ").ent("ORGANIZATION", org.mailbox).add(", cc ")
    doc.ent("ORGANIZATION", org.phone).add(" duty line]\n")


def repairs_portal_json_webhook(doc: Doc3, v: V) -> None:
    """A housing repairs portal's JSON webhook pasted into a ticket: tenant forename and surname
    in their own keys, address keys, phone and e-mail, the contractor's contacts
    (ORGANIZATION); the event id, UPRN and job number stay readable."""
    rng = v.rng
    org, firm = v.org("Repairs"), rng.choice(CONTRACTORS)
    p, home = v.person(born=(1945, 2005)), v.local("W", ("SA",))
    doc.add("POST /hooks/repairs HTTP/1.1\nContent-Type: application/json\n\n{\n")
    doc.add(f'  "event_id": "evt_{v.code(16, "0123456789abcdef")}",\n  "event": "job.created",\n')
    doc.add(
        f'  "job": {{"number": "RJ{rng.randint(100000, 999999)}", "priority": "P{rng.randint(1, 4)}", '
    )
    doc.add(
        f'"uprn": "{rng.randint(10000000000, 99999999999)}"}},\n  "tenant": {{\n    "forename": "'
    )
    doc.ent("PERSON", p.first).add('",\n    "surname": "').ent("PERSON", p.last)
    doc.add('",\n    "address": {"line1": "').ent("STREET_ADDRESS", home.street(", "))
    doc.add('", "town": "').ent("LOCATION", home.town)
    if home.county:
        doc.add('", "county": "').ent("LOCATION", home.county)
    doc.add('", "postcode": "').ent("UK_POSTCODE", home.postcode)
    doc.add('"},\n    "phone": "').ent("PHONE_NUMBER", v.phone())
    doc.add('",\n    "email": "').ent("EMAIL_ADDRESS", v.email(p))
    doc.add('"\n  },\n  "contractor": {"name": "' + firm.name + '", "phone": "')
    doc.ent("ORGANIZATION", firm.phone).add('", "email": "').ent("ORGANIZATION", firm.mailbox)
    doc.add('"},\n  "notify": "').ent("ORGANIZATION", org.mailbox).add('",\n  "helpline": "')
    doc.ent("ORGANIZATION", org.phone).add('"\n}\n')


def school_mis_semicolon_export(doc: Doc3, v: V) -> None:
    """A school's MIS export with semicolons, pasted into an enquiry: pupil surname and forename
    in their own columns, dates of birth, the contact parent's name, phone, address and
    postcode; UPNs (a letter and twelve digits) and admission numbers stay readable."""
    rng = v.rng
    org = v.org("Pupil")
    parent, home = v.person(born=(1970, 1995)), v.local("S", ("TD",))
    kids = v.children(parent, rng.randint(1, 3), born=(2010, 2020))
    doc.add(f"Export from SIMS for {org.team} - {dmy(TODAY)}\n")
    doc.add("UPN;Adno;Legal Surname;Legal Forename;DOB;Contact1;Contact1 Tel;Address;Postcode\n")
    for k in kids:
        doc.add(
            f"{rng.choice('ABCDEFGHJKLMNPRTUVWXYZ')}{rng.randint(10**11, 10**12 - 1)};{rng.randint(1000, 9999)};"
        )
        doc.ent("PERSON", k.last).add(";").ent("PERSON", k.first).add(";")
        doc.ent("DATE_OF_BIRTH", f"{k.dob:%d/%m/%Y}").add(";").nm(parent, "surname_caps").add(";")
        doc.ent("PHONE_NUMBER", v.phone(True)).add(";").ent("STREET_ADDRESS", home.street(", "))
        doc.add(";").ent("UK_POSTCODE", home.postcode).add("\n")
    doc.add(f"({len(kids)} rows) Queries to ").ent("ORGANIZATION", org.mailbox).add(" / ").ent(
        "ORGANIZATION", org.phone
    ).add("\n")


def food_bank_referral_voucher(doc: Doc3, v: V) -> None:
    """A food bank referral voucher filled in by a referral agency: the client's name, date of
    birth, address, phone, household with children's ages and dates of birth; the referring
    agency's contacts are ORGANIZATION; voucher numbers and parcel counts stay readable."""
    rng = v.rng
    org, agency = v.org("Crisis"), rng.choice(REFERRERS)
    p, home = v.person(born=(1950, 2005)), v.address(rng.choice(["E", "S"]))
    kids = v.children(p, rng.randint(0, 3))
    doc.add(f"FOOD BANK REFERRAL VOUCHER   No. FB{rng.randint(100000, 999999)}\n")
    doc.add(f"Parcels this year: {rng.randint(0, 3)} of 3\n\nClient name: ").nm(
        p, rng.choice(["full", "caps"])
    )
    doc.add("\nDate of birth: ").dob(p).add("\nAddress: ").addr_inline(home)
    doc.add("\nContact no: ").ent("PHONE_NUMBER", v.intl_phone(True)).add("\nHousehold:\n")
    for k in kids:
        doc.add(f"  child aged {age(k.dob)}: ").nm(k, "first").add(", DOB ").dob(k).add("\n")
    if not kids:
        doc.add("  single adult\n")
    doc.add(f"Reason: {rng.choice(['benefit delay', 'sanction', 'low income', 'debt'])}\n")
    doc.add(f"Referred by: {agency.name}, ")
    third_party_contact(doc, agency)
    doc.add(f"\nCopy to {org.name}: ").ent("ORGANIZATION", org.mailbox).add(" / ").ent(
        "ORGANIZATION", org.phone
    ).add("\n")


def access_to_work_application(doc: Doc3, v: V) -> None:
    """An Access to Work application (support at work for a disabled person): name, date of
    birth, NI number, address, phone with an extension (outside the span), driving licence,
    bank sort code and account (sometimes dashed); the case reference and grant amounts stay
    readable."""
    rng = v.rng
    org = v.org("Access to Work")
    p, home = v.person(born=(1960, 2005)), v.local("N", ("BT",))
    manager = v.person()
    doc.add(f"{org.name} - {org.team}\nCase ref: AtW/{TODAY.year}/{v.ref(6)}\n\n")
    doc.add("1. Your name: ").nm(p, rng.choice(["full", "middle", "surname_caps"]))
    doc.add("\n2. Date of birth: ")
    _dob_field(doc, p)
    doc.add("\n3. National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\n4. Home address: ").addr_inline(home)
    doc.add("\n5. Phone: ").ent("PHONE_NUMBER", v.phone()).add(f" ext {rng.randint(100, 9999)}")
    doc.add("\n6. Driving licence number (for travel to work support): ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add("\n7. Bank: sort code ").ident("UK_SORT_CODE", v.sort_code()).add(", account ")
    doc.ident("UK_BANK_ACCOUNT", v.dashed_account())
    doc.add(f"\n8. Support asked for: taxi to work, up to £{rng.randint(20, 90)}.00 a day, ")
    doc.add(f"grant cap £{rng.randint(3000, 9000)}\n9. Line manager: ").nm(manager, "full")
    doc.add(", ").ent("EMAIL_ADDRESS", v.email(manager, "ernevalleyfoods.co.uk"))
    doc.add("\nReturn to ").ent("ORGANIZATION", org.mailbox).add(" or call ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def councillor_surgery_casework_log(doc: Doc3, v: V) -> None:
    """A councillor's surgery casework log: several residents seen at a village hall surgery,
    each with name, address, phone or e-mail and the issue; surgery dates and case numbers stay
    readable."""
    rng = v.rng
    org = v.org("Councillor")
    when = days_ago(rng, 3, 40)
    doc.add(f"Surgery log - {long_date(when)}, village hall, {rng.randint(10, 11)}am-12noon\n")
    doc.add(f"Send follow-ups to {org.team}: ").ent("ORGANIZATION", org.mailbox).add(" / ").ent(
        "ORGANIZATION", org.phone
    ).add("\n\n")
    for _ in range(rng.randint(2, 3)):
        p, home = v.person(), v.local("E", ("SY", "HR"))
        doc.add(f"Case {TODAY.year}/{rng.randint(100, 999)}: ").nm(
            p, rng.choice(["title_full", "full", "surname_caps"])
        )
        doc.add(", ").addr_inline(home).add(". ")
        if rng.random() < 0.5:
            doc.add("Tel ").ent("PHONE_NUMBER", v.phone())
        else:
            doc.add("Email ").ent("EMAIL_ADDRESS", v.email(p))
        doc.add(
            f". Issue: {rng.choice(['pothole', 'bus route', 'planning', 'bins', 'housing'])}.\n"
        )


def tell_us_once_bereavement_summary(doc: Doc3, v: V) -> None:
    """A Tell Us Once bereavement summary: the deceased's name, date of birth, NI number, NHS
    number, passport and driving licence, last address; the informant's name, relationship,
    phone and e-mail; the funeral director's contacts are ORGANIZATION; the Tell Us Once
    reference and date of death stay readable."""
    rng = v.rng
    org, fd = v.org("Tell Us Once"), rng.choice(FUNERAL_DIRECTORS)
    d, home = v.person(born=(1930, 1960)), v.local("E", ("CA",))
    inf = v.kin(d, born=(1955, 1995))
    died = days_ago(rng, 5, 30)
    doc.add(f"TELL US ONCE - SUMMARY\nReference: TUO-{v.ref(9)}\nDate of death: {dmy(died)}\n\n")
    doc.add("Deceased: ").nm(d, rng.choice(["full", "caps"])).add("\nDate of birth: ").dob(d)
    doc.add("\nNational Insurance no: ").ident("UK_NINO", v.nino())
    doc.add("\nNHS no: ").ident("UK_NHS", v.nhs())
    doc.add("\nPassport no: ").ident("UK_PASSPORT", v.passport())
    doc.add("\nDriving licence: ").ent("UK_DRIVING_LICENCE", v.licence(d))
    doc.add("\nLast address:\n").addr_lines(home, indent="  ")
    doc.add("\nInformant: ").nm(inf, "full").add(f" ({relation_word(inf)})\nPhone: ")
    doc.ent("PHONE_NUMBER", v.intl_phone()).add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(inf))
    doc.add(f"\n\nFuneral director: {fd.name}, ")
    third_party_contact(doc, fd)
    doc.add("\nServices told: DWP, HMRC, DVLA, HMPO, council tax, electoral services\n")
    doc.add("Queries: ").ent("ORGANIZATION", org.phone).add(" / ").ent("ORGANIZATION", org.mailbox)
    doc.add("\n")


def probate_enquiry_ascii_family_tree(doc: Doc3, v: V) -> None:
    """A probate enquiry about a deceased council tax payer with a family tree in ASCII art:
    names with dates of birth written "b. 3/iv/61" or "03APR1961"; the solicitor's contacts are
    ORGANIZATION; the probate application number and dates of death stay readable."""
    rng = v.rng
    org, sol = v.org("Deceased"), rng.choice(SOLICITORS)
    d, home = v.person(born=(1930, 1955)), v.local("W", ("SA",))
    spouse = v.partner(d)
    kids = v.children(d, rng.randint(1, 3))
    doc.add("Re: the estate of ").nm(d, "full").add(", late of ").addr_inline(home)
    doc.add(
        f"\nProbate application no: PA{rng.randint(10**9, 10**10 - 1)}   died {dmy(days_ago(rng, 60, 400))}\n\n"
    )
    doc.nm(d, "caps").add(" (b. ").ent("DATE_OF_BIRTH", roman_dob(rng, d.dob)).add(")  ==  ")
    doc.nm(spouse, "caps").add(" (b. ").ent("DATE_OF_BIRTH", roman_dob(rng, spouse.dob)).add(")\n")
    doc.add("              |\n")
    for i, k in enumerate(kids):
        doc.add("              +-- " if i < len(kids) - 1 else "              `-- ")
        doc.nm(k, "full").add(" (b. ").ent("DATE_OF_BIRTH", roman_dob(rng, k.dob)).add(")\n")
    doc.add(f"\nWe act for the executor. {sol.name}, ")
    third_party_contact(doc, sol)
    doc.add(f"\nPlease reply to {org.team}, ").ent("ORGANIZATION", org.mailbox).add(" / ").ent(
        "ORGANIZATION", org.phone
    ).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    pdf_form_field_dump,
    crm_abbreviated_contact_note,
    dictated_voice_memo_letter,
    repairs_portal_json_webhook,
    school_mis_semicolon_export,
    food_bank_referral_voucher,
    access_to_work_application,
    councillor_surgery_casework_log,
    tell_us_once_bereavement_summary,
    probate_enquiry_ascii_family_tree,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT14 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT14.organisation_contacts
build_row = HELDOUT14.build_row
generate_heldout14 = HELDOUT14.generate
write_set = HELDOUT14.write_set
main = HELDOUT14.main


if __name__ == "__main__":
    main()
