# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout24: a twenty-fourth held-out SYNTHETIC family of UK correspondence with labelled
personal data.

SYNTHETIC: nothing in it is real, so a figure measured on it is a figure "on synthetic data".
It was written BLIND on 2026-12-02, by an author who never opened the redaction package, its
recognisers or their tests and never ran the redactor or a scorer on these rows; the layouts and
values are ones nobody has tuned on. Keep it for REPORTING ONLY: tuning on it would spend it.

Rows come from ``generate_heldout24(n, seed)``, each a dict with "id"
("uklayout-heldout24-<seed>-<i:05d>-<layout>"), "text", "spans" (each with "type", "start" and
"end", and "mistyped" on a deliberately wrong identifier), "synthetic" (True), "family" and
"layout"; row i is a function of (seed, i) alone and takes the 11 layouts in rotation. The CLI
(``python -m evaluation.synthetic.uk_layouts_heldout24 -o var/eval/pii_uk_layouts_heldout24.jsonl
--n 1000 --seed 0``) writes the set and, in the same folder, allow_list_uk_layouts_heldout24.txt
(the recipient organisations' own address lines, helplines and mailboxes, for --allow-list).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout23).
Every value table here is new, and tests/test_uk_layouts_heldout24.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: Tigrayans of northern Ethiopia (Letay,
  Haftom; a father's name as surname, written in Ge'ez script in their letter), Tày of northern
  Vietnam (surname first: "Nông Thị Lả"; in Vietnamese in their letter), Mende of Sierra Leone
  (Bendu, Lahai; Gbonda), Garifuna of Belize and Honduras (Lurline, Teofilo; Arzu), Aymara
  (Quispia, Wilka; "Mamani Chuqui"), Mari of the Volga (Alika, Yaktan; Yamberdov),
  Karakalpaks (Guljamal, Berdakh; Tleumuratov), Kalasha of Chitral (Bibi Shahzadi, Saifullah;
  Balimain), Tetum-speaking East Timorese (Olinda, Ximenes), Dogon of Mali (Yakouba;
  Guindo) and Kanak of New Caledonia (Wahnyamalla, Wanabo), with compound surnames where the
  community has them;
* villages and county forms no earlier family used: the Brendon Hills (TA), the Clun Forest
  (SY), Coquetdale (NE), the Eden Valley (CA) and the Norfolk Broads (NR); South Uist and
  Benbecula (HS), the Machars of Wigtownshire (DG) and Westray and Sanday (KW); Pen Llŷn (LL)
  and the Preseli hills (SA); the Glens of Antrim (BT) and Fermanagh's Lakelands (BT); street
  names from sea shanties ("Capstan Shanty Close"), Scots fiddle tunes ("Strathspey Wynd"),
  Welsh mining words ("Heol y Lofa") and lichens ("Cladonia Crescent");
* new recipient organisations (allow-listed) and third parties (a GP practice, an
  enforcement agency, a solicitor, a hospital) whose own contact details are ORGANIZATION.

Layouts (11): council_textline_two_way_sms_log (a council's two-way SMS service log with
message ids and delivery states); welfare_rights_pip_mr_submission (a welfare rights adviser's
PIP mandatory reconsideration request); housing_medical_priority_self_assessment (a housing
register medical form with tick boxes and the GP's details); enforcement_agent_complaint_
payment_plan (a complaint about bailiffs with a proposed payment plan table);
pcn_informal_challenge_web_form (a parking PCN challenge from the web form, the keeper's and
the driver's details); solicitor_sar_form_of_authority (a subject access request from a
solicitor with the client's form of authority); ward_discharge_letter_to_reablement (a
hospital discharge letter to the reablement team, with the next of kin); school_in_year_
transfer_application (an in-year school transfer form for siblings, values split across
scanned lines); warm_home_grant_eligibility_email (an energy grant eligibility email with a
benefit letter quoted); tigrinya_language_letter (a whole letter in Tigrinya, Ge'ez script)
and tay_vietnamese_language_letter (a whole letter in Vietnamese).

Labelling conventions are heldout23's (the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone, "SURNAME, Forename" and names in capitals
are PERSON, and so is a name in Ge'ez script. Addresses split into STREET_ADDRESS + one LOCATION
each for district, town/village and county + UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH
(also "12 መጋቢት 1985" and, after "sinh ngày", "12 tháng 3 năm 1985"); message, decision, contravention,
admission, discharge and instalment dates stay unlabelled. Third parties' own address lines,
phones and mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes (precision):
SMS message ids, short codes and delivery timestamps; DWP decision dates and PIP points;
medical form references and banding codes; liability order and enforcement references,
instalment amounts; PCN numbers, vehicle registrations and contravention codes; SAR and
solicitor file references; ward names, MRNs and discharge times; school references and year
groups; grant reference numbers and EPC ratings; case numbers, rents and dates in the foreign
letters.
~10% of NI, NHS, sort code, account and passport numbers are MISTYPED (span ``"mistyped":
True``); ~10% of rows hide a Unicode trick inside a labelled value.

Counts (seed 0, 1,000 rows): 13,345 labelled personal items besides 4,366 ORGANIZATION spans
(4,256 PERSON, 1,596 LOCATION, 1,455 DATE_OF_BIRTH, 1,443 PHONE_NUMBER, 1,224 STREET_ADDRESS,
1,224 UK_POSTCODE, 818 EMAIL_ADDRESS, 545 UK_NINO, 273 UK_NHS, 181 UK_SORT_CODE, 181
UK_BANK_ACCOUNT, 91 UK_PASSPORT, 58 UK_DRIVING_LICENCE); 125 identifiers mistyped; Unicode
tricks in 116 rows.

Edge cases decided before anyone scored it (labelled as stated here):

* in the SMS log the resident's number in the "From"/"To" column is PHONE_NUMBER each time; the
  council's short code and sender id are unlabelled; the officer's first name is PERSON;
* in the PIP reconsideration the adviser is PERSON; the adviser's agency is a third party and
  its contacts are ORGANIZATION;
* in the bailiff complaint the enforcement agent's name and badge holder are PERSON, the
  agency's contacts ORGANIZATION, the liability order and enforcement references unlabelled;
* in the PCN form the vehicle registration is unlabelled;
* in the school transfer form a NI number or phone broken over a scanned line break is one
  span holding the line break;
* in the Tigrinya letter the name in Ge'ez script and in passport Latin letters are separate
  PERSON spans; in the Vietnamese letter the name with diacritics (surname first) and the
  passport form without them are separate PERSON spans.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    DRAMA_LANDLINES,
    TODAY,
    Doc3,
    Family,
    Values,
    boxed,
    clock_time,
    days_ago,
    dmy,
    ext,
    iso,
    pron,
    recipient_contact,
    relation_word,
    split_line,
    street_names,
    tables_from,
    third_parties,
    third_party_contact,
    welsh_street_names,
)
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES as ENTITY_TYPES,
)

FAMILY = "heldout24"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)


def _pairs(text: str) -> dict[str, str]:
    """``"Latin=ግዕዝ ..."`` pairs: each name and its Ge'ez spelling."""
    return {latin: geez for latin, _, geez in (p.partition("=") for p in text.split())}


# --------------------------------------------------------------------------- value tables
# Tigrayan names with their Ge'ez spelling; the surname is the father's given name
_TIGRAYAN_F = _pairs(
    "Letay=ለታይ Kidan=ኪዳን Tirhas=ትርሓስ Letekidan=ለተኪዳን Nigisti=ንግስቲ Freweini=ፍረወይኒ "
    "Akberet=ኣኽበረት Hiriti=ሕሪቲ Meaza=መዓዛ Zewdu=ዘውዱ Brikti=ብርክቲ"
)
_TIGRAYAN_M = _pairs(
    "Haftom=ሃፍቶም Gidey=ግደይ Hadgu=ሓድጉ Mebrahtu=መብራህቱ Kiros=ኪሮስ Abadi=ኣባዲ Teklay=ተኽላይ "
    "Gebrehiwet=ገብረሕይወት Hailay=ሃይላይ Atsbeha=ኣጽብሃ Gebreegziabher=ገብረእግዚኣብሄር "
    "Welday=ወልዳይ"
)
GEEZ = {**_TIGRAYAN_F, **_TIGRAYAN_M}

# Tày given names (written after the surname in Vietnamese; "Thị" and "Văn" are middle names)
_TAY_F = "Thị_Lả Thị_Nhàn Thị_Pấu Thị_Slao Thị_Mẻn Thị_Nọi Thị_Đíu Thị_Lỉn Thị_Phấn Thị_Quýnh"
_TAY_M = "Văn_Slằng Văn_Pàn Văn_Khìn Văn_Tày Văn_Nặm Văn_Pjạ Văn_Lèng Văn_Thản Văn_Cón Văn_Rầu"
_TAY_S = "Nông Bế Lục Đàm Lường Triệu Nịnh Lăng Hứa Mông Sầm Nông_Thanh Hà_Văn Ma_Thế Nông_Quốc"


def _tag(names: str, g: str) -> str:
    return " ".join(f"{n}/{g}" for n in names.split())


# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name
_BASE = {
    "tigrayan": (
        " ".join(_TIGRAYAN_F),
        " ".join(_TIGRAYAN_M),
        " ".join(_TIGRAYAN_M),
    ),
    "tay": (_TAY_F, _TAY_M, _TAY_S),
    "mende": (
        "Bendu Gbanyeh Nyapeh Finda Massah Yatta Mayei Mamie Sombo Nyalay Tityana",
        "Mbriwa Lamin_Konneh Momoh Brima Lahai Kanneh Joseph_Mbriwa Jibao Gbassa Mbayo Tewa Vandi",
        "Gbonda Lahai Kebbie Sesay_Gbonda Ngobeh Vandy Moijama Kallon Mbawa Koroma_Ngobeh Ngaujah "
        "Kpana Fomba Moijueh Swaray Saffa Ngevao Kemoh Bangalie Moiforay",
    ),
    "garifuna": (
        "Lurline Arlene Eufemia Candelaria Sebastiana Avelina Cecilia_Arzu Andrea_Nunez Hipolita "
        "Dionisia Felicita",
        "Teofilo Benigno Andres_Lino Aurelio Anastacio Faustino Bolo Wellington Pablo_Sebastian Silvestre "
        "Cirilo",
        "Arzu Lambey Palacio_Arzu Castillo_Zuniga Nunez_Lambey Sabio Martinez_Avila Flores_Guity "
        "Guity Baltazar Ventura_Lino Loredo Mejia_Bernardez Bernardez Zuniga_Lopez Lino",
    ),
    "aymara": (
        "Quispia Inti_Wara Sisa Ninaya Phaxsi Inkill Chuyma Warmi_Sisa Ayllu_Rosa Lupaka Suma",
        "Wilka Mallku Jach'a Qullqi Titu Wila Qhispi Jiwaki Illapa Ch'uqi Kunturi",
        "Mamani_Chuqui Quispe_Mamani Choque_Chuqui Chuqui Condori_Ninaya Ninaya_Mamani Poma_Ch'uqi "
        "Laura_Mamani Callata Yupanqui_Poma Copa_Chuqui Nina_Quispe Limachi Callisaya Chura "
        "Ch'ambi Ququ Huarachi",
    ),
    "mari": (
        "Alika Sylvika Sakarma Ukavi Chachavi Yalche Kachyrmi Oksiin Pizhemi Ekavi Sotavi",
        "Yaktan Onar Mikay Akpars Pektash Sumbulat Koran_Pych Chopak Yamblat Tokay Kelmak",
        "Yamberdov Akparsov Mikayev Pektashev Sumbulatov Chopakov Yambaev Tokaev_Onar "
        "Kelmakov Yamblatov Ivukov Aiplatov Yaldyshev Kuzeev Toktamysov Akkubekov",
    ),
    "karakalpak": (
        "Guljamal Aysulu Zamira Guljahan Sarbinaz Aqmaral Gulshirin Aynura Tumaris Nurgul Ayimkhan",
        "Berdakh Ajiniyaz Kunkhoja Tolepbergen Serjan Jollybay Qalbay Ernazar Sapar Muratbay "
        "Ibrayim",
        "Tleumuratov Seytmuratov Kalbaev Ajiniyazov Berdakhov Jollybaev Ernazarov Embergenov "
        "Kurbanbaev Utepbergenov Allambergenov Tazhimuratov Saparbaev Shamuratov Kamalov_Dosbay "
        "Orynbaev",
    ),
    "kalasha": (
        "Bibi_Shahzadi Shirin_Gul Ashpiri Saifa Wazira Hiamelik Shahi_Gul Jamila_Kalash Rahmat_Bibi "
        "Gulsum_Kalash Zar_Bibi",
        "Saifullah Taj_Khan Khush_Nawaz Wazir_Zada Bura_Khan Azam_Gul Baras_Khan "
        "Shah_Jehan_Kalash Sher_Wazir Qazi_Khosh",
        "Kalash Bumburet Rumbur_Khan Birir_Gul Kalashgum Mutimir Balimain Sajigor Jestak "
        "Krakal Brun_Khan Grom_Wazir Aspar Kafirstan_Gul Kalasha_Mir",
    ),
    "timorese": (
        "Olinda Feliciana Jacinta_Belo Zeferina Ildefonsa Apolinaria Rosalina_Soares Lucinda_Guterres "
        "Mateus_Maria Felismina",
        "Jose_Abilio Celestino Mau_Bere Aquilino Domingos Agio Mau_Lear Aleixinho Zacarias Nino_Konis",
        "Ximenes Belo_Soares Guterres_Amaral da_Costa_Belo Lobato Gusmao_Pereira Mau_Kiak "
        "Sarmento_Lobato Alkatiri_Ximenes do_Rego_Sarmento Carrascalao Hornay Pinto_Ximenes "
        "Fernandes_Lobato Tilman",
    ),
    "dogon": (
        "Yakouamba Yasagou Yakoro Yatimé Yapérou Yadjè Yagaré Yabéma Yanaï Yasséri Yadomo",
        "Yakouba Amagiré Ogobara Antandou Ambaguina Anasségué Dolo_Amadigué Ogomono Amassagou "
        "Yéra Akoundjé",
        "Guindo Dolo_Ogobara Kassogué Togo_Dolo Saye_Guindo Poudiougo Karambé Tembély "
        "Ongoïba Djimdé Ouologuem Timbiné Aly_Dolo",
    ),
    "kanak": (
        "Wahnyamalla Sulia Waïa Déwé_Marie Hnasil Nadège_Wéa Kaméo Waïenou Siwé Hnauma Ixapa",
        "Wanabo Pothin Jacob_Wea Hnalaine Téin Kapaé Djubelly Yeiwéné Wahuzue Béaloa Goa_Naisseline",
        "Wanabo_Tein Hnaisseline Wakolo Gopoea Kaloï Tjibaou_Wea Wahnapo Pidjot Boéhou Kasarhérou "
        "Washetine Wamytan_Goa Ihage Xowie",
    ),
}


def _double(surnames: list[str]) -> list[str]:
    """A few compound surnames joined by a hyphen (a marriage, or two family names kept)."""
    plain = [s for s in surnames if "_" not in s and "/" not in s]
    return [f"{a}-{b}" for a in plain[:4] for b in plain[-4:] if a != b]


_NO_DOUBLES = {"tigrayan", "tay"}  # surnames are a father's name / a clan name, never doubled
_FIRST = "\n".join(f"{c}: {_tag(f, 'f')} {_tag(m, 'm')}" for c, (f, m, _s) in _BASE.items())
_SURNAMES = "\n".join(
    f"{c}: " + " ".join(s.split() + ([] if c in _NO_DOUBLES else _double(s.split())))
    for c, (_f, _m, s) in _BASE.items()
)

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|Somerset (Brendon Hills)|Luxborough End*|TA23 / E|Somerset (Brendon Hills)|Roadwater End*|TA23
E|Somerset (Brendon Hills)|Treborough*|TA23 / E|Somerset (Brendon Hills)|Leighland Chapel*|TA23
E|Somerset (Brendon Hills)|Brompton Ralph*|TA4 / E|Somerset (Brendon Hills)|Clatworthy*|TA4
E|Somerset (Brendon Hills)|Upton Brendon*|TA4 / E|Somerset (Brendon Hills)|Chidgley*|TA23
E|Somerset (Brendon Hills)|Elworthy Brendon*|TA4 / E|Somerset (Brendon Hills)|Huish Champflower*|TA4
E|Shropshire (Clun Forest)|Newcastle on Clun*|SY7 / E|Shropshire (Clun Forest)|Whitcott Keysett*|SY7
E|Shropshire (Clun Forest)|Bettws-y-Crwyn*|SY7 / E|Shropshire (Clun Forest)|Mainstone Clun*|SY15
E|Shropshire (Clun Forest)|Cefn Einion*|SY7 / E|Shropshire (Clun Forest)|Springhill Clun*|SY7
E|Shropshire (Clun Forest)|Treverward*|SY7 / E|Shropshire (Clun Forest)|Obley*|SY7
E|Shropshire (Clun Forest)|Hobarris*|SY7 / E|Shropshire (Clun Forest)|Purslow*|SY7
E|Northumberland (Coquetdale)|Alwinton End*|NE65 / E|Northumberland (Coquetdale)|Harbottle Coquet*|NE65
E|Northumberland (Coquetdale)|Netherton Coquet*|NE65 / E|Northumberland (Coquetdale)|Sharperton*|NE65
E|Northumberland (Coquetdale)|Hepple*|NE65 / E|Northumberland (Coquetdale)|Thropton Haugh*|NE65
E|Northumberland (Coquetdale)|Great Tosson*|NE65 / E|Northumberland (Coquetdale)|Flotterton*|NE65
E|Northumberland (Coquetdale)|Biddlestone*|NE65 / E|Northumberland (Coquetdale)|Caistron*|NE65
E|Cumbria (Eden Valley)|Kirkoswald Eden*|CA10 / E|Cumbria (Eden Valley)|Renwick Fell*|CA10
E|Cumbria (Eden Valley)|Gamblesby*|CA10 / E|Cumbria (Eden Valley)|Unthank Eden*|CA10
E|Cumbria (Eden Valley)|Ousby*|CA10 / E|Cumbria (Eden Valley)|Skirwith*|CA10
E|Cumbria (Eden Valley)|Milburn Eden*|CA10 / E|Cumbria (Eden Valley)|Knock Eden*|CA16
E|Cumbria (Eden Valley)|Dufton Pike*|CA16 / E|Cumbria (Eden Valley)|Murton Fell*|CA16
E|Norfolk (The Broads)|Hickling Heath End*|NR12 / E|Norfolk (The Broads)|Catfield Common End*|NR29
E|Norfolk (The Broads)|Ludham Bridge End*|NR29 / E|Norfolk (The Broads)|Thurne Dyke*|NR29
E|Norfolk (The Broads)|Repps with Bastwick*|NR29 / E|Norfolk (The Broads)|Martham Ferry*|NR29
E|Norfolk (The Broads)|Irstead*|NR12 / E|Norfolk (The Broads)|Barton Turf*|NR12
E|Norfolk (The Broads)|Neatishead*|NR12 / E|Norfolk (The Broads)|Sea Palling End*|NR12
S|Western Isles (Uibhist a Deas)|Lochboisdale Pier*|HS8 / S|Western Isles (Uibhist a Deas)|Daliburgh*|HS8
S|Western Isles (Uibhist a Deas)|Kilpheder*|HS8 / S|Western Isles (Uibhist a Deas)|Smerclate*|HS8
S|Western Isles (Uibhist a Deas)|Garrynamonie*|HS8 / S|Western Isles (Uibhist a Deas)|Milton Uist*|HS8
S|Western Isles (Uibhist a Deas)|Howmore*|HS8 / S|Western Isles (Uibhist a Deas)|Stoneybridge*|HS8
S|Western Isles (Beinn na Faoghla)|Balivanich Croft*|HS7 / S|Western Isles (Beinn na Faoghla)|Griminish*|HS7
S|Western Isles (Beinn na Faoghla)|Torlum*|HS7 / S|Western Isles (Beinn na Faoghla)|Nunton*|HS7
S|Wigtownshire (Machars Peninsula)|Kirkinner Croft*|DG8 / S|Wigtownshire (Machars Peninsula)|Sorbie Croft*|DG8
S|Wigtownshire (Machars Peninsula)|Garlieston Croft*|DG8 / S|Wigtownshire (Machars Peninsula)|Mochrum Croft*|DG8
S|Wigtownshire (Machars Peninsula)|Elrig Croft*|DG8 / S|Wigtownshire (Machars Peninsula)|Monreith Croft*|DG8
S|Wigtownshire (Machars Peninsula)|Kirkcowan Croft*|DG8 / S|Wigtownshire (Machars Peninsula)|Isle of Whithorn Harbour*|DG8
S|Orkney (North Isles)|Pierowall Croft*|KW17 / S|Orkney (North Isles)|Rapness*|KW17
S|Orkney (North Isles)|Kettletoft*|KW17 / S|Orkney (North Isles)|Lady Village*|KW17
S|Orkney (North Isles)|Backaskaill*|KW17 / S|Orkney (North Isles)|Burness Sanday*|KW17
W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Llangwnnadl Uchaf*|LL53 / W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Tudweiliog Uchaf*|LL53
W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Rhoshirwaun Uchaf*|LL53 / W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Llaniestyn Uchaf*|LL53
W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Botwnnog Uchaf*|LL53 / W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Sarn Mellteyrn Uchaf*|LL53
W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Mynytho Uchaf*|LL53 / W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Llanengan Uchaf*|LL53
W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Bryncroes Uchaf*|LL53 / W|Gwynedd (Penrhyn Llŷn a'r Ynysoedd)|Llithfaen Uchaf*|LL53
W|Sir Benfro (Y Preseli)|Mynachlog-ddu Uchaf*|SA66 / W|Sir Benfro (Y Preseli)|Rosebush Preseli*|SA66
W|Sir Benfro (Y Preseli)|Maenclochog Uchaf*|SA66 / W|Sir Benfro (Y Preseli)|Glandy Cross*|SA66
W|Sir Benfro (Y Preseli)|Crymych Preseli*|SA41 / W|Sir Benfro (Y Preseli)|Brynberian Uchaf*|SA41
W|Sir Benfro (Y Preseli)|Eglwyswrw Uchaf*|SA41 / W|Sir Benfro (Y Preseli)|Pontyglasier Uchaf*|SA41
W|Sir Benfro (Y Preseli)|Hermon Preseli*|SA36 / W|Sir Benfro (Y Preseli)|Llanfyrnach Uchaf*|SA35
N|Co. Antrim (The Glens)|Glenariff Foot*|BT44 / N|Co. Antrim (The Glens)|Waterfoot Glens*|BT44
N|Co. Antrim (The Glens)|Cargan Glebe*|BT43 / N|Co. Antrim (The Glens)|Cushendun Bay*|BT44
N|Co. Antrim (The Glens)|Knocknacarry Glebe*|BT44 / N|Co. Antrim (The Glens)|Glenaan*|BT44
N|Co. Antrim (The Glens)|Glendun Glebe*|BT44 / N|Co. Antrim (The Glens)|Carnlough Harbour*|BT44
N|Co. Fermanagh (Lakelands)|Boho Glebe*|BT74 / N|Co. Fermanagh (Lakelands)|Derrygonnelly Glebe*|BT93
N|Co. Fermanagh (Lakelands)|Garrison Melvin*|BT93 / N|Co. Fermanagh (Lakelands)|Belcoo Glebe*|BT93
N|Co. Fermanagh (Lakelands)|Monea Glebe*|BT74 / N|Co. Fermanagh (Lakelands)|Kesh Erne*|BT93
N|Co. Fermanagh (Lakelands)|Tempo Fermanagh*|BT94 / N|Co. Fermanagh (Lakelands)|Letterbreen Glebe*|BT74
"""
_SHANTIES = "Capstan Shanty, Topsail Halyard, Bosun's Call, Windlass, Fo'c'sle, Sea Chantey, Flying Jib, Bowline"
_FIDDLE = "Strathspey, Reel o' Tulloch, Slow Air, Pibroch Tune, Jig Fiddle, Hornpipe, Lament"
_MINING = "y Lofa, y Pwll Glo, y Ffwrnais Chwyth, y Ffas, y Caban Weindio, y Twmp, yr Incléin"
_LICHENS = "Cladonia, Lecanora, Parmelia, Usnea, Xanthoria, Peltigera, Lobaria, Ramalina"

# region: (how streets are named, stems, street words, house names)
_BY_REGION = {
    "E": (
        street_names,
        _SHANTIES,
        "Close Row Chase Rise Yard",
        "Capstan Bar House, Bosun's Whistle, Topsail Lodge, Windlass Cottage, Shanty Barn, "
        "Flying Jib House, Bowline End",
    ),
    "S": (
        street_names,
        _FIDDLE,
        "Wynd Row Brae Steading Close",
        "Strathspey Fiddle Cottage, Fiddler's Rest, Pibroch House, Reel Cottage, Lament Bothy, "
        "Hornpipe Steading, Slow Air Lodge",
    ),
    "W": (
        welsh_street_names,
        _MINING,
        "Heol Stryd Teras Lôn Ffordd",
        "Bwthyn y Lofa, Tŷ'r Ffas, Hafod y Glöwr, Llety'r Weindiwr, Nyth y Twmp, "
        "Tyddyn yr Incléin, Bwthyn y Caban",
    ),
    "N": (
        street_names,
        _LICHENS,
        "Crescent Gardens Road Heights Court",
        "Lichen Cottage, Usnea House, Xanthoria Lodge, Parmelia Cottage, Lobaria House, "
        "Cladonia View, Ramalina Cottage",
    ),
}
_STREETS = {r: named(stems, words.split()) for r, (named, stems, words, _) in _BY_REGION.items()}
_HOUSE_NAMES = {r: houses for r, (*_, houses) in _BY_REGION.items()}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
North Norfolk District Council Customer Services|Textline - Two-Way SMS|Council Offices, Holt Road;Cromer;NR27 9YT|0808 169 2401|textline@northnorfolk-sms.gov.uk
Department for Work and Pensions PIP|PIP Mandatory Reconsideration Team|Mail Handling Site A;Wolverhampton;WV98 9YT|0808 169 2402|pip.mr@dwp-pip-example.gov.uk
Dumfries and Galloway Council Housing Options|Housing Register - Medical Priority|Council Offices, English Street;Dumfries;DG1 9YT|0808 169 2403|medical.priority@dg-housingoptions.gov.uk
Somerset Council Revenues|Council Tax Recovery - Enforcement Complaints|County Hall;Taunton;TA1 9YT|0808 169 2404|ctax.recovery@somerset-revenues.gov.uk
Shropshire Council Parking Services|Parking Services - PCN Challenges|Shirehall, Abbey Foregate;Shrewsbury;SY2 9YT|0808 169 2405|pcn.challenges@shropshire-parking.gov.uk
Cyngor Gwynedd Information Governance|Information Governance - Subject Access|Swyddfa'r Cyngor, Stryd y Jêl;Caernarfon;LL55 9YT|0808 169 2406|sar@gwynedd-infogov.gov.uk
Northumberland County Council Adult Social Care|Reablement - Hospital Discharge Hub|County Hall, Loansdean;Morpeth;NE61 9YT|0808 169 2407|discharge.hub@northumberland-asc.gov.uk
Education Authority Northern Ireland|School Admissions - In-Year Transfers|Academy House, 40 Academy Street;Belfast;BT1 9YT|0808 169 2408|inyear.transfers@eani-admissions.org.uk
Cumberland Council Warm Homes|Warm Homes - Grant Eligibility|Civic Centre, Rickergate;Carlisle;CA3 9YT|0808 169 2409|warm.homes@cumberland-warmhomes.gov.uk
Orkney Islands Council Resettlement|New Scots - Refugee Resettlement|School Place;Kirkwall;KW15 9YT|0808 169 2410|new.scots@orkney-resettle.gov.uk
Pembrokeshire County Council Housing|Tai - Tenancy Sustainment|County Hall;Haverfordwest;SA61 9YT|0808 169 2411|tenancy.sustain@pembs-housing.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_PRACTICES = """
Coquet Valley Practice|The Health Centre, Front Street;Rothbury;NE65 9ZT|01632 963 601|coquet.practice@nhs-north.example.nhs.uk
Machars Medical Group|Station Road;Wigtown;DG8 9ZT|01632 963 602|machars.mg@nhs-dg.example.nhs.uk
"""
_AGENCIES = """
Quantock Enforcement Services Ltd|PO Box 4410;Bridgwater;TA6 9ZT|01632 963 603|complaints@quantock-enforcement.example.co.uk
"""
_ADVICE = """
Eden Welfare Rights Partnership|The Old Courthouse, Corney Square;Penrith;CA11 9ZT|01632 963 604|advice@eden-welfarerights.example.org.uk
Preseli Legal LLP|12 Market Street;Fishguard;SA65 9ZT|01632 963 605|sar.requests@preselilegal.example.co.uk
"""
_HOSPITALS = """
Wansbeck Valley General Hospital|Woodhorn Lane;Ashington;NE63 9ZT|01632 963 606|discharge.team@wansbeck-valley.example.nhs.uk
"""
_EMAIL_DOMAINS = (
    "gmail.com outlook.com hotmail.co.uk btinternet.com yahoo.co.uk icloud.com sky.com "
    "virginmedia.com proton.me live.co.uk aol.com mail.com"
).split()
_LANDLINES = DRAMA_LANDLINES

# --------------------------------------------------------------------------- parsed tables
TABLES = tables_from(globals())
FIRST_NAMES, SURNAMES = TABLES.first_names, TABLES.surnames
STREETS, HOUSE_NAMES, TOWNS, ORGS = TABLES.streets, TABLES.house_names, TABLES.towns, TABLES.orgs
PRACTICES, AGENCIES, ADVICE, HOSPITALS = map(
    third_parties, (_PRACTICES, _AGENCIES, _ADVICE, _HOSPITALS)
)


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (19, 43)
    former_name_culture = "karakalpak"

    def of(self, culture: str, gender: str | None = None, **kw) -> Person:
        """A person of ``culture`` with a surname of ``culture`` (for the foreign letters)."""
        p = self.person(culture, gender, **kw)
        return replace(p, last=self.rng.choice([s for s, _ in SURNAMES[culture]]))


# --------------------------------------------------------------------------- helpers
_TI_MONTHS = "ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ".split()


def tigrinya_date(rng: random.Random, d: date) -> str:
    """A date as an Eritrean or Tigrayan writer puts a Gregorian date: "12 መጋቢት 1985",
    "12/03/1985" or "12-03-1985"."""
    return rng.choice(
        [f"{d.day} {_TI_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}", f"{d:%d-%m-%Y}"]
    )


def vietnamese_date(rng: random.Random, d: date) -> str:
    """A date as a Vietnamese writer puts it after "ngày": "12 tháng 3 năm 1985", "12/03/1985"
    or "12/3/1985"."""
    return rng.choice(
        [f"{d.day} tháng {d.month} năm {d.year}", f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}"]
    )


def passport_latin(name: str) -> str:
    """A name as a machine-readable passport prints it: no diacritics, capitals ("NONG THI LA")."""
    name = name.replace("Đ", "D").replace("đ", "d")
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", name)
        if c.isascii() and (c.isalpha() or c in " -'")
    ).upper()


def geez_name(p: Person) -> str:
    """A Tigrayan name in Ge'ez script: "ለታይ ሃፍቶም"."""
    return f"{GEEZ[p.first]} {GEEZ[p.last]}"


def vietnamese_name(p: Person) -> str:
    """A Tày name in Vietnamese order, surname first: "Nông Thị Lả"."""
    return f"{p.last} {p.first}"


def e164(v: V) -> str:
    """A mobile number as an SMS gateway logs it: "+447700900123"."""
    return "+44" + v.national_phone(True)[1:]


def vrm(rng: random.Random) -> str:
    """A current-style vehicle registration ("KX19 ABC")."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    area = "".join(rng.choices(letters, k=2))
    return f"{area}{rng.choice([17, 18, 19, 20, 21, 68, 69, 70, 71])} " + "".join(
        rng.choices(letters, k=3)
    )


def ni_year_group(born: date) -> str:
    """The Northern Ireland school year a child is in this school year (2026/27): P1 to P7, then
    Year 8 onwards; a child four on or before 1 July starts P1 that September."""
    n = TODAY.year - born.year - 4 + ((born.month, born.day) <= (7, 1))
    return f"P{n}" if n <= 7 else f"Year {n}"


# --------------------------------------------------------------------------- layouts
def council_textline_two_way_sms_log(doc: Doc3, v: V) -> None:
    """A council's two-way SMS service log pasted into a complaint: the resident's number in
    the From/To column each time (PHONE_NUMBER), their name, address, date of birth and e-mail
    in the messages, the officer's first name (PERSON); the conversation id, the short code,
    message ids, the missed collection reference, timestamps and the council tax account stay
    readable."""
    rng = v.rng
    org = v.org("Textline")
    p, home = v.person(born=(1935, 2005)), v.local("E", ("NR",))
    agent = v.person(born=(1970, 2004))
    num = e164(v)
    at = datetime.combine(days_ago(rng, 2, 40), datetime.min.time()) + timedelta(hours=8)

    def line(direction: str, status: str) -> None:
        nonlocal at
        at += timedelta(minutes=rng.randint(2, 90), seconds=rng.randint(0, 59))
        doc.add(f"{at:%Y-%m-%d %H:%M:%S} | {direction:<3} | ").ent("PHONE_NUMBER", num)
        doc.add(f" | {status:<9} | ")

    doc.add(f"Textline export - conversation {rng.randint(1000000, 9999999)} ")
    doc.add(f"(sender ID: NNDC, short code {rng.choice([60777, 81400, 88020])})\n")
    doc.add("Date/Time           | Dir | From/To       | Status    | Message\n")
    line("IN", "RECEIVED")
    doc.add("hi its ").nm(p, rng.choice(["full", "first", "lower"])).add(" at ")
    doc.addr_inline(home).add(" the bins have not been collected AGAIN\n")
    line("OUT", "DELIVERED")
    doc.add("Hi, this is ").nm(agent, "first")
    doc.add(f" at North Norfolk DC (MSG-{rng.randint(100000, 999999)}). Please reply with your ")
    doc.add("full name and date of birth so we can find your account\n")
    line("IN", "RECEIVED")
    doc.nm(p, rng.choice(["full", "caps", "lower"])).add(" ").dob(p).add("\n")
    line("OUT", rng.choice(["DELIVERED", "SENT"]))
    doc.add(f"Thanks. Missed collection report CR-{rng.randint(100000, 999999)} is raised, ")
    doc.add(f"crews will return by {dmy(days_ago(rng, -5, -1))}\n")
    line("IN", "RECEIVED")
    doc.add(f"ok. also my council tax acct {rng.randint(40000000, 49999999)} has the wrong ")
    doc.add("email, it should be ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    recipient_contact(doc, org)


def welfare_rights_pip_mr_submission(doc: Doc3, v: V) -> None:
    """A welfare rights adviser asks for a PIP mandatory reconsideration: the claimant's name,
    NI number, date of birth, address and phone, the GP (PERSON) and practice (ORGANIZATION),
    an appointee sometimes, the adviser (PERSON) and the agency's contacts (ORGANIZATION); the
    decision date, points, descriptors and the agency's reference stay readable."""
    rng = v.rng
    org, agency, gp = v.org("PIP"), ADVICE[0], rng.choice(PRACTICES)
    p, home = v.person(born=(1950, 2004)), v.local("E", ("CA",))
    adviser, doctor = v.person(born=(1960, 2000)), v.person(born=(1955, 1995))
    decided = days_ago(rng, 10, 30)
    daily, mobility = rng.randint(0, 7), rng.choice([0, 4, 8])
    doc.add(f"{agency.name}\n")
    third_party_contact(doc, agency, "\n")
    doc.add(f"\nOur ref: EWR/{rng.randint(2024, 2026)}/{rng.randint(100, 999)}\n\n")
    doc.add(f"{org.team}\n")
    for o_line in org.lines:
        doc.ent("ORGANIZATION", o_line).add("\n")
    doc.add("\nClaimant: ").nm(p, rng.choice(["full", "title_full", "caps"]))
    doc.add("\nNational Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\nDate of birth: ").dob(p).add("\nAddress: ").addr_inline(home)
    doc.add("\n\nDear Sir or Madam\n\nREQUEST FOR MANDATORY RECONSIDERATION\n\n")
    doc.add("We act for the claimant and ask you to look again at the decision dated ")
    doc.add(f"{dmy(decided)}, which awarded {daily} points for daily living and {mobility} ")
    doc.add(f"points for mobility. Descriptor {rng.choice(['1e', '4c', '6b', '9b'])} applies ")
    doc.add("and the loss of the Motability car would leave ")
    doc.add("her" if p.gender == "f" else "him").add(" housebound. ")
    doc.add("Please see the enclosed letter from Dr ")
    doc.nm(doctor, rng.choice(["full", "surname", "initial_dot"])).add(f" of {gp.name} (")
    third_party_contact(doc, gp)
    doc.add(").")
    if rng.random() < 0.35:
        appointee = v.kin(p, born=(1950, 2004))
        doc.add(" The claimant's appointee is ").nm(appointee, "full").add(", tel ")
        doc.ent("PHONE_NUMBER", v.phone())
        doc.add(".")
    doc.add("\n\nThe claimant can be reached on ").ent("PHONE_NUMBER", v.phone())
    doc.add(", but please copy all correspondence to us.\n\nYours faithfully\n\n")
    doc.nm(adviser, rng.choice(["full", "initial_dot"])).add("\nWelfare Rights Adviser")
    doc.add(ext(rng)).add("\n\n")
    recipient_contact(doc, org)


def housing_medical_priority_self_assessment(doc: Doc3, v: V) -> None:
    """A housing register medical priority form with tick boxes, typed up: the applicant's
    name, date of birth, NHS number (sometimes written into boxes), address, phone and e-mail,
    household members with dates of birth, the consultant (PERSON) and the GP practice
    (ORGANIZATION); the register number, the form reference and the current band stay
    readable."""
    rng = v.rng
    org, gp = v.org("Medical Priority"), rng.choice(PRACTICES)
    p, home = v.person(born=(1940, 2004)), v.local("S", ("DG",))
    cons = v.person(born=(1960, 1992))
    doc.add(f"MEDICAL PRIORITY SELF-ASSESSMENT   Form ref MP-{rng.randint(10000, 99999)}\n")
    doc.add(f"Register no: HR{rng.randint(1000000, 9999999)}   ")
    doc.add(f"Current band: Band {rng.choice('BCD')}\n\nSection 1 - Applicant\nName: ")
    doc.nm(p, rng.choice(["full", "surname_caps", "caps"])).add("\nDate of birth: ").dob(p)
    doc.add("\nNHS number: ")
    nhs = v.nhs()
    doc.ident("UK_NHS", boxed(rng, nhs) if rng.random() < 0.4 else nhs)
    doc.add("\nAddress:\n").addr_lines(home, "  ")
    doc.add("Phone: ").ent("PHONE_NUMBER", v.phone()).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nSection 2 - Who the condition affects\n")
    for q in [p, *v.relatives(p, rng.randint(0, 2), child=0.7)]:
        doc.add("[x] " if q is p or rng.random() < 0.5 else "[ ] ")
        doc.nm(q, "full").add(" - born ").dob(q).add("\n")
    cond = rng.choice(["COPD, cannot manage stairs", "wheelchair user", "PTSD, needs own room"])
    doc.add(f"\nSection 3 - Condition: {cond}\n[x] Stairs   [ ] Bathing   [x] Mental health\n")
    doc.add("Consultant: ").nm(cons, rng.choice(["title_full", "full", "initial_dot"]))
    doc.add(f"\nGP: {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add("\n\nI consent to the council contacting the professionals named.\nSigned: ")
    doc.nm(p, rng.choice(["full", "initial_dot"])).add(f"   Date: {dmy(days_ago(rng, 0, 9))}\n\n")
    recipient_contact(doc, org)


def enforcement_agent_complaint_payment_plan(doc: Doc3, v: V) -> None:
    """A complaint about an enforcement agent's visit with a proposed payment plan: the
    resident's name, address, phone and e-mail, a partner, the agent (PERSON), the agency's
    contacts (ORGANIZATION) and the Direct Debit bank details; the liability order and
    enforcement references, the fees, the plan's dates and instalments stay readable."""
    rng = v.rng
    org, ea = v.org("Enforcement"), AGENCIES[0]
    p, home = v.person(born=(1950, 2004)), v.local("E", ("TA",))
    agent = v.person(born=(1965, 2000))
    debt = rng.randint(400, 2400)
    inst = rng.choice([25, 30, 40, 50, 75])
    lo_ref = f"LO/{rng.randint(2023, 2026)}/{rng.randint(10000, 99999)}"
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nSubject: complaint about bailiff ")
    doc.add(f"visit - liability order {lo_ref}\n\n")
    doc.add("I am writing to complain about the enforcement agent ")
    doc.nm(agent, rng.choice(["full", "initial_dot", "caps"]))
    doc.add(f" from {ea.name} (")
    third_party_contact(doc, ea)
    doc.add(") who came to ").addr_inline(home)
    doc.add(f" on {dmy(days_ago(rng, 2, 15))} at {clock_time(rng, 6, 9)}. ")
    doc.add(f"Their reference is QES{rng.randint(1000000, 9999999)}. ")
    sp = v.partner(p)
    doc.add(f"{pron(agent)[0].capitalize()} told my {relation_word(sp)} ")
    doc.nm(sp, rng.choice(["first", "full"])).add(" that the van would be taken if we did ")
    doc.add(f"not pay £{debt}.00 plus the £{rng.choice([235, 310])}.00 enforcement fee today.\n\n")
    doc.add("I can afford this plan:\n\n  Instalment | Due        | Amount\n")
    start = days_ago(rng, -20, -5)
    for k in range(1, 5):
        due = start + timedelta(days=28 * (k - 1))
        doc.add(f"  {k:<10} | {dmy(due)} | £{inst}.00\n")
    doc.add("\nPlease take it by Direct Debit from sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(" account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(" (account name ").nm(p, rng.choice(["bank", "bank2"])).add(").\n\n")
    doc.add("Phone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\n").nm(p, rng.choice(["full", "first"]))
    doc.add("\n\n")
    recipient_contact(doc, org)


def pcn_informal_challenge_web_form(doc: Doc3, v: V) -> None:
    """A parking PCN challenge from the council's web form: the registered keeper's name,
    address, e-mail and phone, the driver when someone else (name, address, sometimes the
    driving licence); the PCN number, the vehicle registration, the contravention code and date,
    the car park and the amount stay readable."""
    rng = v.rng
    org = v.org("PCN")
    p, home = v.person(born=(1945, 2006)), v.local("E", ("SY",))
    pcn = f"SH{rng.randint(10000000, 99999999)}"
    doc.add("Online PCN challenge - submitted ")
    doc.add(f"{iso(days_ago(rng, 0, 3))} {clock_time(rng, 0, 23)}\n\n")
    doc.add(f"PCN number: {pcn}\nVehicle registration: {vrm(rng)}\n")
    doc.add(f"Contravention code: {rng.choice(['01', '12', '30', '40', '83', '86'])}\n")
    doc.add(f"Date of contravention: {dmy(days_ago(rng, 4, 27))}\n")
    doc.add(f"Location: {rng.choice(['Raven Meadows', 'Frankwell', 'St Julians Friars'])} car ")
    doc.add(f"park\nAmount: £{rng.choice([35, 50, 70])}.00\n\nRegistered keeper\nTitle: ")
    doc.add(f"{p.title}\nFirst name: ").ent("PERSON", p.first)
    doc.add("\nLast name: ").ent("PERSON", p.last).add("\nAddress: ").addr_inline(home)
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p)).add("\nPhone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n\nWere you the driver? ")
    if rng.random() < 0.5:
        d = v.kin(p, born=(1960, 2007))
        doc.add("No\nDriver's name: ").nm(d, "full").add("\nDriver's address: ")
        doc.addr_inline(v.address() if rng.random() < 0.4 else home)
        if rng.random() < 0.7:
            doc.add("\nDriver's licence number: ").ent("UK_DRIVING_LICENCE", v.licence(d))
    else:
        doc.add("Yes")
    doc.add("\n\nGrounds: ")
    doc.add(rng.choice(["The pay machine was out of order. ", "My blue badge was on display. "]))
    doc.add("I have attached a photo.\n\n")
    recipient_contact(doc, org)


def solicitor_sar_form_of_authority(doc: Doc3, v: V) -> None:
    """A solicitor's subject access request with the client's signed form of authority: the
    client's name, a former surname, date of birth, current and previous addresses, NI number,
    passport and sometimes driving licence, and e-mail, the solicitor (PERSON) and the firm's contacts (ORGANIZATION); the firm's file
    reference, the council's case reference and the dates of the period asked about stay
    readable."""
    rng = v.rng
    org, firm = v.org("Subject Access"), ADVICE[1]
    p, home, before = v.person(born=(1950, 2005)), v.local("W", ("LL",)), v.address()
    sol = v.person(born=(1960, 1998))
    doc.add(f"{firm.name}\n")
    third_party_contact(doc, firm, "\n")
    doc.add(f"\nOur ref: PL/{v.code(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}/{rng.randint(1000, 9999)}")
    doc.add(f"\nYour ref: IG-{rng.randint(100000, 999999)}\n\n")
    doc.add(f"Dear {org.team} team\n\nSubject access request - our client ")
    doc.nm(p, rng.choice(["full", "title_full", "caps"])).add("\n\n")
    doc.add("We act for the above named and request under Article 15 UK GDPR copies of all ")
    doc.add(f"housing and social care records held from {dmy(days_ago(rng, 2000, 3000))} to date.")
    doc.add(" To help you identify our client:\n\n  Date of birth: ").dob(p)
    if rng.random() < 0.5:
        doc.add("\n  Previous surname: ").ent("PERSON", v.former_name(p))
    doc.add("\n  Current address: ").addr_inline(home)
    doc.add("\n  Previous address: ").addr_inline(before)
    doc.add("\n  National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\n  Identity seen by us: UK passport no. ").ident("UK_PASSPORT", v.passport())
    if rng.random() < 0.4:
        doc.add(" and driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add("\n\nPlease reply to us, not to our client. Yours faithfully\n\n")
    doc.nm(sol, rng.choice(["full", "initial_dot"])).add(", Solicitor\n\n")
    doc.add("FORM OF AUTHORITY\nI, ").nm(p, "full").add(", of ").addr_inline(home)
    doc.add(f", authorise {firm.name} to obtain my personal data. My email is ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(".\nSigned: ").nm(p, rng.choice(["full", "initial"]))
    doc.add(f"   Dated: {dmy(days_ago(rng, 3, 20))}\n\n")
    recipient_contact(doc, org)


def ward_discharge_letter_to_reablement(doc: Doc3, v: V) -> None:
    """A hospital discharge letter to the council's reablement team: the patient's name, date
    of birth, NHS number, address and phone, the next of kin with relationship and phone, the
    consultant (PERSON), the hospital's and GP practice's contacts (ORGANIZATION); the MRN, the
    ward, the admission and discharge dates and times and the care package hours stay
    readable."""
    rng = v.rng
    org, hosp, gp = v.org("Discharge"), HOSPITALS[0], rng.choice(PRACTICES)
    p, home = v.person(born=(1928, 1965)), v.local("E", ("NE",))
    nok = v.kin(p, born=(max(1950, p.dob.year + 19), 2000))
    cons = v.person(born=(1960, 1992))
    admitted = days_ago(rng, 5, 40)
    doc.add(f"{hosp.name} - Discharge Notification (Assessment Notice)\n")
    third_party_contact(doc, hosp)
    doc.add(f"\n\nWard {rng.randint(1, 30)} ({rng.choice(['Coquet', 'Wansbeck', 'Aln'])})   ")
    doc.add(f"MRN: W{rng.randint(1000000, 9999999)}\n")
    doc.add("Patient: ").nm(p, rng.choice(["surname_caps", "full", "title_full"]))
    doc.add("\nDOB: ").dob(p).add("   NHS No: ").ident("UK_NHS", v.nhs())
    doc.add("\nHome address: ").addr_inline(home).add("\nHome phone: ")
    doc.ent("PHONE_NUMBER", v.phone(False)).add("\n")
    doc.add(f"Admitted: {dmy(admitted)}   Discharged: ")
    doc.add(f"{dmy(admitted + timedelta(rng.randint(3, 30)))} {clock_time(rng, 10, 18)}\n")
    doc.add("Consultant: ").nm(cons, rng.choice(["title_surname", "full", "initial_dot"]))
    doc.add(f"\nDiagnosis: {rng.choice(['fractured neck of femur', 'UTI with delirium'])}\n")
    doc.add(f"Care package requested: {rng.choice([2, 3, 4])} calls a day, ")
    doc.add(f"{rng.choice([30, 45])} minutes each\n\nNext of kin: ").nm(nok, "full")
    doc.add(f" ({relation_word(nok, child=True)}) ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(f"\nGP: {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add("\n\n")
    recipient_contact(doc, org)


def school_in_year_transfer_application(doc: Doc3, v: V) -> None:
    """An in-year school transfer form for siblings, scanned and read with OCR: the parent's
    name, address, phone (sometimes split over a line break), e-mail and NI number (for free
    school meals, sometimes split over a line break), each child's name and date of birth; the
    current school's reference number, the year groups and the preferred schools stay
    readable."""
    rng = v.rng
    org = v.org("In-Year")
    p, home = v.person(born=(1972, 2002)), v.local("N", ("BT",))
    kids = v.children(p, rng.randint(1, 3), born=(2014, 2020))
    doc.add("IN-YEAR TRANSFER APPLICATION (scanned)\n\nParent/carer name: ")
    doc.nm(p, rng.choice(["full", "caps"])).add("\nAddress: ").addr_inline(home)
    phone = v.phone()
    doc.add("\nDaytime telephone: ")
    doc.ent("PHONE_NUMBER", split_line(rng, phone) if rng.random() < 0.3 else phone)
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.email(p))
    nino, bad = v.nino()
    doc.add("\nNational Insurance no (for free school meals): ")
    doc.ent("UK_NINO", split_line(rng, nino) if rng.random() < 0.3 else nino, bad)
    doc.add("\n\nChildren\n")
    for k in kids:
        doc.add("Name: ").nm(k, rng.choice(["full", "surname_caps"])).add("  DOB: ").dob(k)
        doc.add(f"  Year group: {ni_year_group(k.dob)}  Current school ref: ")
        doc.add(f"{rng.randint(100, 599)}-{rng.randint(1000, 9999)}\n")
    doc.add("\nPreferences: 1. ")
    doc.add(f"{rng.choice(['Glens', 'Lakeland', 'Erneside'])} Primary School 2. ")
    doc.add(f"St {rng.choice(['Brigid', 'Columba', 'Patrick'])}'s PS\n")
    doc.add(f"Reason for move: {rng.choice(['house move', 'bullying', 'new job'])}\n")
    doc.add("Signed: ").nm(p, rng.choice(["full", "initial_dot"]))
    doc.add(f"  Date: {dmy(days_ago(rng, 0, 7))}\n\n")
    recipient_contact(doc, org)


def warm_home_grant_eligibility_email(doc: Doc3, v: V) -> None:
    """A resident's e-mail about a warm homes grant with a benefit award letter quoted: the name,
    address, date of birth, NI number (again in the quote), phone and e-mail, the landlord
    sometimes (PERSON, phone); the grant reference, the EPC band, the weekly award, the award
    date and the letter's date stay readable."""
    rng = v.rng
    org = v.org("Warm Homes")
    p, home = v.person(born=(1935, 1990)), v.local("E", ("CA",))
    nino = v.nino()
    ref = f"WH-{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}"
    doc.add("From: ").ent("EMAIL_ADDRESS", v.email(p)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f"\nSubject: RE: Grant ref: {ref}\n\n")
    doc.add(f"Hello, the house is EPC band {rng.choice('EFG')} and we have no gas. ")
    doc.add("You asked for proof of benefit, I have copied my letter below.\n\n")
    if rng.random() < 0.4:
        ll = v.person(born=(1940, 1990))
        doc.add("My landlord is ").nm(ll, rng.choice(["full", "title_surname"])).add(" on ")
        doc.ent("PHONE_NUMBER", v.phone()).add(" and he agrees to the works.\n\n")
    doc.nm(p, rng.choice(["full", "first"])).add("\n").ent("PHONE_NUMBER", v.phone())
    doc.add("\n\n> The Pension Service\n> ")
    doc.add(f"{dmy(days_ago(rng, 30, 200))}\n> ")
    doc.nm(p, rng.choice(["title_full", "caps"])).add("\n> ")
    doc.ent("STREET_ADDRESS", home.street(", ")).add("\n")
    for loc in home.locations:
        doc.add("> ").ent("LOCATION", loc).add("\n")
    doc.add("> ").ent("UK_POSTCODE", home.postcode).add("\n> National Insurance number: ")
    doc.ident("UK_NINO", nino).add("\n> Date of birth: ").dob(p)
    doc.add(f"\n> You will get £{rng.randint(20, 230)}.{rng.randint(0, 99):02d} a week ")
    doc.add(f"Pension Credit from {dmy(days_ago(rng, 60, 400))}.\n\n")
    recipient_contact(doc, org)


def tigrinya_language_letter(doc: Doc3, v: V) -> None:
    """A Tigrayan family's letter in Tigrinya (Ge'ez script) to a refugee resettlement team: the
    writer's name in Ge'ez and in passport Latin capitals, the date of birth with Tigrinya
    month names, the spouse and children (Ge'ez and Latin) with dates of birth, NI and NHS
    numbers, address, phone and e-mail; the case number, the rent and dates stay readable."""
    rng, org = v.rng, v.org("Resettlement")
    p = v.of("tigrayan", born=(1960, 2003))
    sp = v.of("tigrayan", {"f": "m", "m": "f"}[p.gender], born=(1955, 2003))
    home = v.local("S", ("KW",))
    doc.add(f"ናብ: {org.name}\n{org.team}\nቁጽሪ ጉዳይ: NS/{rng.randint(10000, 99999)}\n\n")
    doc.add("ጉዳይ: ሕቶ ሓገዝ ገዛ\n\nክቡራት ኣሕዋትን ኣሓትን፣\n\nሽመይ ").ent("PERSON", geez_name(p))
    doc.add(" (ኣብ ፓስፖርት: ").ent("PERSON", p.full.upper()).add(") እዩ። ዝተወለድኩሉ ዕለት ")
    doc.ent("DATE_OF_BIRTH", tigrinya_date(rng, p.dob)).add(" እዩ። ሕጂ ኣብ ")
    doc.addr_inline(home).add(f" እቕመጥ ኣለኹ። ወርሓዊ ክራይ £{rng.randint(350, 800)} እዩ፣ ")
    doc.add(f"ዋና ገዛ ቅድሚ {dmy(days_ago(rng, -60, -20))} ክንወጽእ ይደሊ።\n\n")
    doc.add("ምስ ሰበይተይ " if p.gender == "m" else "ምስ በዓል ቤተይ ")
    doc.ent("PERSON", geez_name(sp)).add(" ደቅናን ንቕመጥ:\n")
    father = p if p.gender == "m" else sp
    for k in v.children(p, rng.randint(1, 3), taken=sp.first):
        k = replace(k, last=father.first)  # a Tigrayan child's surname is the father's name
        doc.add("- ").ent("PERSON", geez_name(k)).add(" (").ent("PERSON", k.full.upper())
        doc.add(")፣ ዕለት ልደት ").ent("DATE_OF_BIRTH", tigrinya_date(rng, k.dob)).add("\n")
    doc.add("\nቁጽሪ ናሽናል ኢንሹራንስ: ").ident("UK_NINO", v.nino())
    doc.add("\nቁጽሪ NHS: ").ident("UK_NHS", v.nhs())
    doc.add("\nተሌፎን: ").ent("PHONE_NUMBER", v.phone(True)).add("\nኢመይል: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nብኣኽብሮት፣\n")
    doc.ent("PERSON", geez_name(p)).add("\n\n")
    recipient_contact(doc, org)


def tay_vietnamese_language_letter(doc: Doc3, v: V) -> None:
    """A Tày tenant writes in Vietnamese to a tenancy sustainment team: the writer's name with
    diacritics, surname first, and as the passport prints it, the date of birth after "sinh
    ngày", the children (both forms) with dates of birth, address, NI number, phone, e-mail and
    bank details; the case number, the rent, the arrears and the dates stay readable."""
    rng = v.rng
    org = v.org("Tenancy Sustainment")
    p, home = v.of("tay", born=(1960, 2004)), v.local("W", ("SA",))
    case = f"TS-{rng.randint(10000, 99999)}"
    doc.add(f"Kính gửi: {org.name}\n{org.team}\nSố hồ sơ: {case}\n\n")
    doc.add("Thưa quý cơ quan,\n\nTôi tên là ").ent("PERSON", vietnamese_name(p))
    doc.add(" (hộ chiếu: ").ent("PERSON", passport_latin(vietnamese_name(p))).add("), sinh ngày ")
    doc.ent("DATE_OF_BIRTH", vietnamese_date(rng, p.dob)).add(". Tôi đang sống tại ")
    doc.addr_inline(home).add(f". Tiền thuê nhà là £{rng.randint(380, 850)} mỗi tháng và tôi ")
    doc.add(f"đang nợ £{rng.randint(200, 1500)}. Chủ nhà yêu cầu chúng tôi rời đi trước ngày ")
    doc.add(f"{dmy(days_ago(rng, -60, -14))}.\n\nCác con tôi:\n")
    for k in v.children(p, rng.randint(1, 3)):
        doc.add("- ").ent("PERSON", vietnamese_name(k)).add(" (")
        doc.ent("PERSON", passport_latin(vietnamese_name(k))).add("), sinh ngày ")
        doc.ent("DATE_OF_BIRTH", vietnamese_date(rng, k.dob)).add("\n")
    doc.add("\nXin vui lòng liên lạc với tôi qua số ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" hoặc email ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nThông tin của tôi:")
    for label, kind, value in (
        ("Số National Insurance", "UK_NINO", v.nino()),
        ("Ngân hàng - sort code", "UK_SORT_CODE", v.sort_code()),
        ("Số tài khoản", "UK_BANK_ACCOUNT", v.account()),
    ):
        doc.add(f"\n  • {label}: ").ident(kind, value)
    doc.add("\n\nTrân trọng,\n").ent("PERSON", vietnamese_name(p)).add("\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
#: the layouts in the order rows use them (row i: layout (i + seed) % 11)
LAYOUTS = """council_textline_two_way_sms_log welfare_rights_pip_mr_submission
housing_medical_priority_self_assessment enforcement_agent_complaint_payment_plan
pcn_informal_challenge_web_form solicitor_sar_form_of_authority
ward_discharge_letter_to_reablement school_in_year_transfer_application
warm_home_grant_eligibility_email tigrinya_language_letter tay_vietnamese_language_letter""".split()
LAYOUT_FUNCS: list[Layout] = [globals()[name] for name in LAYOUTS]
HELDOUT24 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT24.organisation_contacts
build_row = HELDOUT24.build_row
generate_heldout24 = HELDOUT24.generate
write_set = HELDOUT24.write_set
main = HELDOUT24.main


if __name__ == "__main__":
    main()
