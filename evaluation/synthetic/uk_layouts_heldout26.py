# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout26: a twenty-sixth held-out SYNTHETIC family of UK correspondence with labelled
personal data.

SYNTHETIC: nothing in it is real, so a figure measured on it is a figure "on synthetic data".
It was written BLIND on 2026-12-03, by an author who never opened the redaction package, its
recognisers or their tests and never ran the redactor or a scorer on these rows; the layouts and
values are ones nobody has tuned on. Keep it for REPORTING ONLY: tuning on it would spend it.

Rows come from ``generate_heldout26(n, seed)``, each a dict with "id"
("uklayout-heldout26-<seed>-<i:05d>-<layout>"), "text", "spans" (each with "type", "start" and
"end", and "mistyped" on a deliberately wrong identifier), "synthetic" (True), "family" and
"layout"; row i is a function of (seed, i) alone and takes the 11 layouts in rotation. The CLI
(``python -m evaluation.synthetic.uk_layouts_heldout26 -o var/eval/pii_uk_layouts_heldout26.jsonl
--n 1000 --seed 0``) writes the set and, in the same folder, allow_list_uk_layouts_heldout26.txt
(the recipient organisations' own address lines, helplines and mailboxes, for --allow-list).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout25).
Every value table here is new, and tests/test_uk_layouts_heldout26.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: North Koreans of New Malden, in the
  North's spellings (Kum-hui, Myong-chol; Ri, Ryom, Choe; written in Hangul, family name first,
  in their Korean letter; heldout6's South Korean names are another community and none is
  shared), Bari of Central Equatoria (Poni, Lokuji; Tombe), Gusii of western Kenya (Kerubo,
  Ondieki; Nyachae), Igala of Kogi State (Ojochide, Ojonugwa; Achimugu), Kuki-Zo of Manipur
  (Hatneikim, Lunminthang; Haokip), Jola of The Gambia and Casamance (Ayisatou, Malang;
  Goudiaby), Shilluk (Chollo) of the Upper Nile (Nyawello, Nyikang; Adwok), Anuak of Gambella
  (Ariet, Ochalla; Ojulu Okwier), Low German Mennonites (Aganetha, Diedrich; Giesbrecht),
  Kadazan-Dusun of Sabah (Rosnah, Rusinin; Kitingan) and Comorians (Moinaecha, Attoumane;
  Msaidie), with hyphenated double surnames (not for Koreans and Kuki, nor for Bari and
  Comorians, whose surnames are fathers' names) and two-word Shilluk and Anuak family names;
* the post-war new towns and the Korean quarter of Kingston, their estates and grid squares as
  the locality with county forms no earlier family used: Milton Keynes (MK), Telford (TF) and
  New Malden, Old Malden, Worcester Park and Coombe (KT); Livingston (EH), East Kilbride and
  Cumbernauld (G), Glenrothes (KY) and Irvine (KA); Cwmbran (NP) and Newtown (SY); Craigavon
  and Antrim (BT); street names from clockmaking ("Crown Wheel Close"), Highland dancing
  ("Seann Triubhas Gait"), Welsh wool weaving ("Lôn y Gwŷdd") and Lough Neagh eel fishing
  ("Scull Boat Heights");
* new recipient organisations (allow-listed) and third parties (GP practices, a prison family
  support service) whose own contact details are ORGANIZATION.

Layouts (11): birth_registration_booking_email_thread (a mother checks a birth registration
booking above the register office's quoted reply: the baby's date of birth, both parents', a
maiden name, the registration officer); best_start_grant_paper_form (a Best Start Grant paper
form: date of birth and NI number in boxes, children in a table, account number in boxes);
prison_visit_booking_email (a family books a prison visit, visitors listed with dates of birth,
a driving licence and a passport for ID); school_residential_trip_consent_form (a Year 6 trip
consent and medical form, "known as" name, NHS number, emergency contacts in a table);
citizenship_ceremony_booking_email (a new citizen's name as on the certificate, date of birth,
passport, two guests); student_finance_parent_income_form (a parents' financial form typed in
two columns: surnames, forenames, dates of birth and NI numbers side by side);
attendance_allowance_helper_letter (a neighbour's covering letter with the claimant's details,
bank account, late spouse, GP and consultant); passport_lost_stolen_report_ls01 (a lost or
stolen passport report with the children's passports lost with it, the number one digit to a
box at times); assisted_waste_collection_carer_email (a carer in lower case asks for assisted
bin collection for a mother and an uncle, dates of birth as "b. 2/2/41");
school_exclusion_governors_representation_letter (a parent's letter to the clerk to the
governors: the pupil, the headteacher, a witness teacher, the other parent);
korean_language_letter (a North Korean refugee's whole letter in Korean, Hangul script, asking
for a ground-floor transfer: names in Hangul and passport capitals, dates of birth in Korean
order).

Labelling conventions are heldout25's (the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone, a "known as" name, "SURNAME, Forename",
initials with a surname and names in capitals or lower case are PERSON, and so is a name in
Hangul ("리금희", family name first, no space). Addresses split into STREET_ADDRESS + one
LOCATION each for district, locality and county + UK_POSTCODE. Only dates of birth are
DATE_OF_BIRTH (also "1 4 | 0 3 | 1 9 9 2" and "14  03  1992" written into a form's boxes,
"b. 2/2/41", "March 14th, 1992", "14 March '92", and in the Korean letter "1958년 4월 3일",
"1958년 04월 03일" and "1958.04.03"); ages ("aged 10") stay unlabelled, as do appointment,
approval, exclusion, hospital stay, visit, loss, letter and form dates. Third parties' own
address lines, phones and mailboxes are ORGANIZATION (ignored for recall), and so is the
recipient's mailbox in a quoted reply's header. Unlabelled look-alikes (precision): booking
references, times of birth and birth weights; Best Start application references, children
counts and weeks pregnant; prison numbers, wings and visit booking references; trip references,
deposits and class names; Home Office references and ceremony fees; student customer
reference numbers (11 digits), the academic year and incomes; hospital stay dates and
night-time help counts; police crime references and loss dates; missed-collection references,
collection days and bin counts; unique pupil numbers (a letter and 12 digits), year groups and
exclusion lengths; the housing register number, the years the family left North Korea and
reached the UK, the rent and the therapist's visit date in Korean order in the Korean letter.
~10% of NI, NHS, sort code, account and passport numbers are MISTYPED (span ``"mistyped":
True``); ~10% of rows hide a Unicode trick inside a labelled value.

Counts (seed 0, 1,000 rows): 15,493 labelled personal items besides 3,130 ORGANIZATION spans
(6,032 PERSON, 2,073 DATE_OF_BIRTH, 1,433 LOCATION, 1,328 PHONE_NUMBER, 1,091 STREET_ADDRESS,
1,091 UK_POSTCODE, 909 EMAIL_ADDRESS, 454 UK_NINO, 300 UK_PASSPORT, 272 UK_NHS, 182
UK_SORT_CODE, 182 UK_BANK_ACCOUNT, 146 UK_DRIVING_LICENCE); 152 identifiers mistyped; Unicode
tricks in 116 rows.

Edge cases decided before anyone scored it (labelled as stated here):

* a telephone extension written after a work number (" ext 4123", " x212") is outside the
  PHONE_NUMBER span, and so is "(work)";
* a date of birth written into boxes is one DATE_OF_BIRTH span from its first digit to its
  last, the box separators inside; an NI number or account number written one character to a
  box is likewise one span;
* in the student finance form each column's value is its own span (two surnames, two
  forenames, two dates of birth, two NI numbers on one line each);
* in the birth registration thread the quoted reply's "Dear Mrs Klassen", the baby's first
  name and the registration officer are PERSON; the quoted header's mailbox is ORGANIZATION;
* in the Korean letter the Hangul name and the passport form in Latin capitals are separate
  PERSON spans, the daughter's Hangul and Latin names likewise; the particle after a date of
  birth ("생", "이며") is outside the span.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    DRAMA_LANDLINES,
    Doc3,
    Family,
    Values,
    age,
    ascii_fold,
    boxed,
    clock_time,
    days_ago,
    dmy,
    ext,
    fmt_date,
    long_date,
    ordinal,
    pad_to_column,
    pron,
    recipient_contact,
    relation_word,
    street_names,
    tables_from,
    third_parties,
    third_party_contact,
    welsh_street_names,
)
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES as ENTITY_TYPES,
)

FAMILY = "heldout26"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)


def _pairs(text: str) -> dict[str, str]:
    """``"Latin=한글 ..."`` pairs: each name and its Hangul spelling."""
    return {latin: script for latin, _, script in (p.partition("=") for p in text.split())}


# --------------------------------------------------------------------------- value tables
# North Korean names of New Malden, in the North's spellings (Ri, Ryom, Choe), with their Hangul
_KOREAN_F = _pairs(
    "Kum-hui=금희 Un-hui=은희 Yong-ae=영애 Chun-hui=춘희 Ok-sun=옥순 Jong-suk=정숙 Hyang-mi=향미 "
    "Son-hui=선희 Kum-sun=금순 Myong-ok=명옥 Ryon-hui=련희 Il-sim=일심"
)
_KOREAN_M = _pairs(
    "Chol-ho=철호 Song-il=성일 Myong-chol=명철 Hyok-chol=혁철 Kwang-chol=광철 Song-nam=성남 "
    "Chol-min=철민 Yong-nam=영남 Chung-guk=충국 Hyok=혁 Nam-chol=남철 Kwang-il=광일"
)
_KOREAN_S = _pairs(
    "Ri=리 Pak=박 Rim=림 Ryom=렴 Choe=최 Hyon=현 Chon=전 Ju=주 O=오 Kye=계 Ro=로 Pyon=변 Thak=탁"
)
HANGUL = {**_KOREAN_F, **_KOREAN_M, **_KOREAN_S}


def _tag(names: str, g: str) -> str:
    return " ".join(f"{n}/{g}" for n in names.split())


# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name
_BASE = {
    "north_korean": (" ".join(_KOREAN_F), " ".join(_KOREAN_M), " ".join(_KOREAN_S)),
    "bari": (
        "Poni Kiden Jore Gune Jwan Ropani Sukeji Juru Yengi Nyoka",
        "Lado Pitia Lokuji Loboka Tombe Kenyi Soro Gumbiri Jada Lugor Laku Swaka",
        "Lado Pitia Lokuji Loboka Tombe Kenyi Gumbiri Lugor Swaka Soro Jada Laku Lokule Lomoro "
        "Lotiyo Lokosang Modong Wurube Lasuba Yokwe Mogga Jubek Lako",
    ),
    "gusii": (
        "Kerubo Moraa Kwamboka Nyaboke Bosibori Nyanchama Kemunto Nyamoita Bitutu Nyakerario "
        "Gesare",
        "Ondieki Nyakundi Omwenga Mogaka Onsongo Ombati Onchiri Momanyi Ogeto Nyaberi Angwenyi",
        "Obwocha Nyachae Makori Mokaya Ongeri Orina Mochama Nyangau Getonto Onyancha Omari "
        "Momanyi_Ondieki Nyamoko Nyangweso Ondari Nyabuto Nyamwaya Ogari Nyandoro Monyenche "
        "Okemwa",
    ),
    "igala": (
        "Ojochide Ojochenemi Ufedo Ilemona Ojoma Ajuma Ileanwa Enemona_Ufedo Ojonoka Omachoko "
        "Ladi_Igala",
        "Ojonugwa Ugbede Ojochegbe Ojonimi Idoko Enemona Ojodale Ochigbo Attah_Igala Ameh_Ojo "
        "Ocheja",
        "Ameh Abah Onoja Achimugu Ochala Attah Idakwo Agbo Adejoh Oguche Egwu Akwu Omale Ocholi "
        "Ejeh Adah Ogbaje Omede Ikani Itodo Ekele",
    ),
    "kuki": (
        "Boinu Hoinu Neilhing Chinneikim Hatneikim Lhingneilam Nengneilhing Hoineo Vahneithem "
        "Kimneilhing Chingboi",
        "Seilen Thangkhongam Paolen Lunminthang Jamkhothang Mangboi Letkhohao Thangboi "
        "Semkhohao Haopu Lalminthang",
        "Haokip Kipgen Lhungdim Touthang Singsit Hangshing Mate Kilong Doungel Chongloi Lhouvum "
        "Misao Baite Haolai Lupho Hangmi Chongthu Kholhou Simte Gangte",
    ),
    "jola": (
        "Ayisatou Kaddy Ndey Sainabou Fatoumatta Oumie Nyakassi Haddijatou Mbassey Ajaratou "
        "Kaddijatou",
        "Alagie Ousainou Sulayman Bakary Yankuba Kebba Ansumana Malang Seedy Landing Sanjally",
        "Badjie Sambou Manneh Jatta Diatta Goudiaby Sagna Bassene Manga Tendeng Diedhiou Jarra "
        "Coly",
    ),
    "shilluk": (
        "Nyawello Nyakwer Nyadwai Ayul Abuk_Chollo Nyikwec Ayang_Chollo Nyajwok Achol_Padiet "
        "Nyamal_Ogwok Akuoc",
        "Nyikang Ogwok Padiet Onyoti Ojwok Akol Ayik Ajawin Oyay Odhong Kwongo",
        "Adwok Dak_Padiet Ayiik Yor Kwongo_Ajawin Ogwok_Nyikang Oyay_Dak Akol_Ajak Anyar_Chollo "
        "Nyidhok Obac",
    ),
    "anuak": (
        "Ariet Nyilek Abula Aballa Akway Agwa_Ariet Ajulu_Nyilek Adongo_Anuak Akello_Gambella "
        "Nyajwieny Abang",
        "Ochalla Obang Omot Ojulu Okwier Ochan Ujulu Othow Agwa Okello_Gambella Ochudho",
        "Obang_Metho Omot_Ochan Ojulu_Okwier Ujulu_Othow Ochalla_Akway Agwa_Obang Cham_Gambella "
        "Okony Ochudho_Omot Odol",
    ),
    "mennonite": (
        "Aganetha Justina Margaretha Anganetha Elisabeth Katharina Mariechen Tien Leenchen "
        "Nettje Trientje",
        "Abram Isaak Johan Heinrich Jakob Franz Bernhard Klaas Wilhelm Gerhard Diedrich",
        "Friesen Klassen Penner Thiessen Dyck Fehr Harder Reimer Zacharias Unger Giesbrecht "
        "Enns Banman Froese Loewen Rempel Neufeld Hiebert Wiens Kroeker Janzen Funk Martens "
        "Doerksen Toews Sawatzky Kehler Schellenberg",
    ),
    "kadazan": (
        "Rosnah Rinah Doriah Anitah Melvinah Lindah Jeanita Gloriah Florinah Christinah Marylinah",
        "Maximus Ewon Joannes Herman Ignatius Jaimis Ginun Rusinin Moujing Sangkin Lajiun",
        "Majalu Gontou Sinsua Moguring Madius Tangau Ongkili Kitingan Majimbun Lasimbang Sipaun "
        "Sodomon Luping Giluk",
    ),
    "comorian": (
        "Echati Moinaecha Faouzia Anrafa Hadjira Sitti Mounira Zalhata Oumouri Fatima_Zahara",
        "Soilihi Toihir Djoumoi Attoumane Maoulida Ahamada Ibouroi Chamsoudine Mhoudine Halidi "
        "Abdérémane Moustoifa",
        "Mdahoma Mbaé Msaidie Soilihi Toihir Djoumoi Attoumane Maoulida Ahamada Ibouroi Mhoudine "
        "Halidi Madi Fardi Youssouf_Mze Said_Ali Ahmada Mohadji Bacar Combo Chanfi Mroudjae "
        "Houmadi Saïndou Nourdine Mognihazi",
    ),
}


def _double(surnames: list[str]) -> list[str]:
    """A few compound surnames joined by a hyphen (a marriage, or two family names kept)."""
    plain = [s for s in surnames if "_" not in s and "/" not in s and "-" not in s]
    return [f"{a}-{b}" for a in plain[:4] for b in plain[-4:] if a != b]


# Korean surnames all need a Hangul form; Koreans and Kuki do not double them; Bari and
# Comorian surnames are fathers' names
_NO_DOUBLES = {"north_korean", "kuki", "bari", "comorian"}
_FIRST = "\n".join(f"{c}: {_tag(f, 'f')} {_tag(m, 'm')}" for c, (f, m, _s) in _BASE.items())
_SURNAMES = "\n".join(
    f"{c}: " + " ".join(s.split() + ([] if c in _NO_DOUBLES else _double(s.split())))
    for c, (_f, _m, s) in _BASE.items()
)

# region|county|town|places; places are outward codes or District=CODE. The post-war new towns
# (their estates and grid squares) and the Korean quarter of Kingston.
_TOWNS = """
E|Greater London (Kingston)|New Malden|Motspur Park=KT3;Malden Manor=KT3;KT3
E|Greater London (Kingston)|Old Malden|KT4 / E|Greater London (Kingston)|Worcester Park|KT4
E|Greater London (Kingston)|Coombe|KT2
E|Buckinghamshire (Milton Keynes)|Kents Hill|MK7 / E|Buckinghamshire (Milton Keynes)|Monkston|MK10
E|Buckinghamshire (Milton Keynes)|Oldbrook|MK6 / E|Buckinghamshire (Milton Keynes)|Fishermead|MK6
E|Buckinghamshire (Milton Keynes)|Shenley Brook End|MK5 / E|Buckinghamshire (Milton Keynes)|Emerson Valley|MK4
E|Buckinghamshire (Milton Keynes)|Tattenhoe|MK4 / E|Buckinghamshire (Milton Keynes)|Great Linford|MK14
E|Buckinghamshire (Milton Keynes)|Bradwell Common|MK13 / E|Buckinghamshire (Milton Keynes)|Conniburrow|MK14
E|Buckinghamshire (Milton Keynes)|Netherfield|MK6 / E|Buckinghamshire (Milton Keynes)|Coffee Hall|MK6
E|Buckinghamshire (Milton Keynes)|Beanhill|MK6 / E|Buckinghamshire (Milton Keynes)|Eaglestone|MK6
E|Buckinghamshire (Milton Keynes)|Downs Barn|MK14 / E|Buckinghamshire (Milton Keynes)|Pennyland|MK15
E|Buckinghamshire (Milton Keynes)|Neath Hill|MK14 / E|Buckinghamshire (Milton Keynes)|Giffard Park|MK14
E|Buckinghamshire (Milton Keynes)|Oakgrove|MK10 / E|Buckinghamshire (Milton Keynes)|Browns Wood|MK7
E|Buckinghamshire (Milton Keynes)|Caldecotte|MK7 / E|Buckinghamshire (Milton Keynes)|Oxley Park|MK4
E|Buckinghamshire (Milton Keynes)|Westcroft|MK4 / E|Buckinghamshire (Milton Keynes)|Furzton|MK4
E|Buckinghamshire (Milton Keynes)|Walnut Tree|MK7 / E|Buckinghamshire (Milton Keynes)|Kingsmead|MK4
E|Buckinghamshire (Milton Keynes)|Walton Park|MK7 / E|Buckinghamshire (Milton Keynes)|Grange Farm|MK8
E|Shropshire (Telford)|Hollinswood|TF3 / E|Shropshire (Telford)|Sutton Hill|TF7
E|Shropshire (Telford)|Stirchley|TF3 / E|Shropshire (Telford)|Malinslee|TF3
E|Shropshire (Telford)|Dawley Bank|TF4 / E|Shropshire (Telford)|Lightmoor|TF4
E|Shropshire (Telford)|Leegomery|TF1 / E|Shropshire (Telford)|Donnington Wood|TF2
E|Shropshire (Telford)|Priorslee|TF2 / E|Shropshire (Telford)|Lawley Village|TF4
E|Shropshire (Telford)|Horsehay|TF4 / E|Shropshire (Telford)|Randlay|TF3
E|Shropshire (Telford)|Hadley|TF1 / E|Shropshire (Telford)|Trench|TF2
S|West Lothian (Livingston)|Craigshill|EH54 / S|West Lothian (Livingston)|Ladywell|EH54
S|West Lothian (Livingston)|Knightsridge|EH54 / S|West Lothian (Livingston)|Dedridge|EH54
S|West Lothian (Livingston)|Eliburn|EH54 / S|West Lothian (Livingston)|Murieston|EH54
S|West Lothian (Livingston)|Adambrae|EH54
S|Lanarkshire (East Kilbride)|Calderwood|G74 / S|Lanarkshire (East Kilbride)|The Murray|G75
S|Lanarkshire (East Kilbride)|Greenhills|G75 / S|Lanarkshire (East Kilbride)|Stewartfield|G74
S|Lanarkshire (East Kilbride)|Mossneuk|G75 / S|Lanarkshire (East Kilbride)|Lindsayfield|G75
S|Dunbartonshire (Cumbernauld)|Abronhill|G67 / S|Dunbartonshire (Cumbernauld)|Carbrain|G67
S|Dunbartonshire (Cumbernauld)|Kildrum|G67 / S|Dunbartonshire (Cumbernauld)|Seafar|G67
S|Dunbartonshire (Cumbernauld)|Condorrat|G67 / S|Dunbartonshire (Cumbernauld)|Craigmarloch|G68
S|Fife (Glenrothes)|Pitteuchar|KY7 / S|Fife (Glenrothes)|Cadham|KY7
S|Fife (Glenrothes)|Caskieberran|KY6 / S|Fife (Glenrothes)|Tanshall|KY6
S|Fife (Glenrothes)|Collydean|KY7 / S|Fife (Glenrothes)|Pitcoudie|KY7
S|Fife (Glenrothes)|Auchmuty|KY7 / S|Fife (Glenrothes)|Rimbleton|KY6
S|Ayrshire (Irvine)|Bourtreehill|KA11 / S|Ayrshire (Irvine)|Broomlands|KA11
S|Ayrshire (Irvine)|Girdle Toll|KA11 / S|Ayrshire (Irvine)|Castlepark|KA12
S|Ayrshire (Irvine)|Perceton|KA11
W|Gwent (Cwmbran)|Fairwater|NP44 / W|Gwent (Cwmbran)|Greenmeadow|NP44
W|Gwent (Cwmbran)|St Dials|NP44 / W|Gwent (Cwmbran)|Croesyceiliog|NP44
W|Gwent (Cwmbran)|Llanyravon|NP44 / W|Gwent (Cwmbran)|Thornhill|NP44
W|Gwent (Cwmbran)|Oakfield|NP44 / W|Gwent (Cwmbran)|Northville|NP44
W|Gwent (Cwmbran)|Pontnewydd|NP44 / W|Gwent (Cwmbran)|Henllys|NP44
W|Gwent (Cwmbran)|Llantarnam|NP44
W|Montgomeryshire (Newtown)|Treowen|SY16 / W|Montgomeryshire (Newtown)|Trehafren|SY16
W|Montgomeryshire (Newtown)|Maesyrhandir|SY16 / W|Montgomeryshire (Newtown)|Vastre|SY16
W|Montgomeryshire (Newtown)|Llanllwchaiarn|SY16 / W|Montgomeryshire (Newtown)|Garth Owen|SY16
N|Co. Armagh (Craigavon)|Legahory|BT65 / N|Co. Armagh (Craigavon)|Drumgor|BT65
N|Co. Armagh (Craigavon)|Tullygally|BT65 / N|Co. Armagh (Craigavon)|Meadowbrook|BT65
N|Co. Armagh (Craigavon)|Moyraverty|BT65 / N|Co. Armagh (Craigavon)|Mandeville|BT63
N|Co. Armagh (Craigavon)|Ballyoran|BT63 / N|Co. Armagh (Craigavon)|Taghnevan|BT66
N|Co. Antrim (Antrim Borough)|Rathenraw|BT41 / N|Co. Antrim (Antrim Borough)|Parkhall|BT41
N|Co. Antrim (Antrim Borough)|Ballycraigy|BT41 / N|Co. Antrim (Antrim Borough)|Springfarm|BT41
"""
_CLOCKS = (
    "Escapement, Pendulum, Fusee, Verge Escapement, Balance Spring, Crown Wheel, Clockmaker's, "
    "Anchor Pallet"
)
_DANCE = (
    "Sword Dance, Highland Fling, Seann Triubhas, Reel Step, Pas de Basque, Ghillie Brogue, "
    "Shean Trews, Dancing Master's"
)
_WOOL = "y Gwŷdd, y Wennol, yr Edau, y Gwlân, y Cribwr, y Droell, y Lliwydd, y Gwehydd"
_EELS = "Eel Trap, Longline, Eelmen's, Draft Net, Scull Boat, Pollan, Dollaghan, Fyke Net"

# region: (how streets are named, stems, street words, house names)
_BY_REGION = {
    "E": (
        street_names,
        _CLOCKS,
        "Close Way Rise Mews Walk",
        "Tompion House, Regulator Lodge, Long Case Cottage, Bracket Clock House, Chime Barn, "
        "Horologist's Rest, Mainspring Cottage",
    ),
    "S": (
        street_names,
        _DANCE,
        "Wynd Loan Gait Row Brae",
        "Fling House, Sword Dance Cottage, Highland Fling Steading, Piper's Neuk, Feis Steading, "
        "Brogue Bothy, Trews Cottage",
    ),
    "W": (
        welsh_street_names,
        _WOOL,
        "Heol Lôn Teras Ffordd Rhodfa",
        "Bwthyn y Gwŷdd, Tŷ'r Wennol, Llety'r Cribwr, Hafod y Gwlân, Nyth y Droell, "
        "Bwthyn y Lliwydd, Tyddyn yr Edau",
    ),
    "N": (
        street_names,
        _EELS,
        "Road Court Gardens Avenue Heights",
        "Longliner's House, Pollan Lodge, Dollaghan Cottage, Fyke Net House, Scull Boat Lodge, "
        "Eel Fishers' Rest, Draft Net Cottage",
    ),
}
_STREETS = {r: named(stems, words.split()) for r, (named, stems, words, _) in _BY_REGION.items()}
_HOUSE_NAMES = {r: houses for r, (*_, houses) in _BY_REGION.items()}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Kingston Malden Register Office|Register Office - Birth Registrations|Guildhall 2, High Street;Kingston upon Thames;KT1 9YW|0808 169 2601|birth.registrations@kingston-register-example.gov.uk
Social Security Scotland Best Start|Best Start Grant - Paper Applications|PO Box 11040;Dundee;DD1 9YW|0808 169 2602|beststart.paper@socialsecurity-scot-example.gov.uk
HMP Oakhurst Heath Visits Booking|Social Visits - Family Bookings|Oakhurst Lane;Milton Keynes;MK8 9YW|0808 169 2603|visits.oakhurstheath@hmpps-visits-example.gov.uk
Telford and Wrekin Outdoor Education Service|Residential Visits - Consent Forms|Addenbrooke House, Ironmasters Way;Telford;TF3 9YW|0808 169 2604|residential.visits@telford-outdoor-ed.gov.uk
Armagh Banbridge and Craigavon Registration Service|Citizenship Ceremonies - Bookings|Civic Building, Lakeview Road;Craigavon;BT64 9YW|0808 169 2605|citizenship.ceremonies@abc-registration-example.gov.uk
Student Finance Wales Assessments|Parent Financial Information - PFF2 Returns|PO Box 211;Llandudno Junction;LL31 9YW|0808 169 2606|pff2.returns@sfw-assessments-example.gov.uk
Department for Communities Disability and Carers Service|Attendance Allowance - New Claims|Castle Court, Royal Avenue;Belfast;BT1 9YW|0808 169 2607|aa.newclaims@dfc-dcs-example.gov.uk
HM Passport Office Lost and Stolen Unit|Lost and Stolen Passports - LS01 Reports|Peel Building, 2 Marsham Street;London;SW1P 9YW|0808 169 2608|ls01.reports@hmpo-lostandstolen-example.gov.uk
Milton Keynes City Council Environment|Waste Services - Assisted Collections|Civic, 1 Saxon Gate East;Milton Keynes;MK9 9YW|0808 169 2609|assisted.collections@mkcity-waste-example.gov.uk
Gwent Valleys Schools Governance Service|Clerk to the Governors - Pupil Discipline Committee|Ty Glas Road;Cwmbran;NP44 9YW|0808 169 2610|clerk.governors@gwentvalleys-governance.gov.uk
Kingston Housing Options|Housing Register - Transfers|Guildhall 1, High Street;Kingston upon Thames;KT1 9YX|0808 169 2611|housing.transfers@kingston-housingoptions.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_PRACTICES = """
Hollinswood Medical Practice|Downemead;Telford;TF3 9ZW|01632 964 101|hollinswood.practice@nhs-shropshire.example.nhs.uk
Drumgor Family Surgery|Drumgor Centre, Legahory Road;Craigavon;BT65 9ZW|01632 964 102|drumgor.surgery@hscni-south.example.net
Pontnewydd Health Centre|Station Road;Cwmbran;NP44 9ZW|01632 964 103|pontnewydd.hc@nhs-abuhb.example.nhs.uk
"""
_SUPPORT = """
Open Gate Prison Family Support|Visitors Centre, Oakhurst Lane;Milton Keynes;MK8 9ZW|01632 964 104|families@opengate-support.example.org.uk
"""
_EMAIL_DOMAINS = (
    "gmail.com outlook.com hotmail.co.uk btinternet.com yahoo.co.uk icloud.com sky.com "
    "virginmedia.com proton.me live.co.uk naver.com googlemail.com"
).split()
_LANDLINES = DRAMA_LANDLINES

# --------------------------------------------------------------------------- parsed tables
TABLES = tables_from(globals())
FIRST_NAMES, SURNAMES = TABLES.first_names, TABLES.surnames
STREETS, HOUSE_NAMES, TOWNS, ORGS = TABLES.streets, TABLES.house_names, TABLES.towns, TABLES.orgs
PRACTICES, SUPPORT = map(third_parties, (_PRACTICES, _SUPPORT))


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    parent_age_at_birth = (19, 43)
    former_name_culture = "gusii"

    def of(self, culture: str, gender: str | None = None, **kw) -> Person:
        """A person of ``culture`` with a surname of ``culture`` (for the foreign letter)."""
        p = self.person(culture, gender, **kw)
        return replace(p, last=self.rng.choice([s for s, _ in SURNAMES[culture]]))

    def odd_email(self, p: Person) -> str:
        """An e-mail with an unusual local part: plus tags, years, initials, a family box."""
        rng = self.rng
        f, s = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
        local = rng.choice(
            [
                f"{f}.{s}+{rng.choice(['school', 'gov', 'visits', 'bins', '2026'])}",
                f"{s}.household",
                f"{f[0]}{f[-1]}.{s}{p.dob.year % 100:02d}",
                f"{s}_{f}",
                f"mum.of.{rng.randint(2, 5)}.{s}",
                f"{f}{rng.choice(['.', '_', ''])}{s}{rng.randint(1, 9)}{rng.randint(0, 9)}",
            ]
        )
        return f"{local}@{rng.choice(self.tables.email_domains)}"

    def any_email(self, p: Person) -> str:
        return self.odd_email(p) if self.rng.random() < 0.5 else self.email(p)


# --------------------------------------------------------------------------- helpers
def natural_dob(rng: random.Random, d: date) -> str:
    """A date of birth as people write it: the shared styles, no padding, two-digit years with
    dashes, month first in words, the ordinal with a short month, an apostrophe year."""
    m = _MONTHS[d.month - 1]
    return rng.choice(
        [
            fmt_date(rng, d),
            f"{d.day}/{d.month}/{d.year}",
            f"{d:%d-%m-%y}",
            f"{m} {ordinal(d.day)}, {d.year}",
            f"{ordinal(d.day)} {m[:3]} {d.year}",
            f"{d.day} {m} '{d.year % 100:02d}",
            f"{d:%Y-%m-%d}",
            f"{d.day}/{d.month}/{d.year % 100:02d}",
        ]
    )


def boxed_date(rng: random.Random, d: date) -> str:
    """A date of birth written into a paper form's DD MM YYYY boxes."""
    s = f"{d:%d%m%Y}"
    return rng.choice(
        [
            f"{' '.join(s[:2])} | {' '.join(s[2:4])} | {' '.join(s[4:])}",
            f"{s[:2]} | {s[2:4]} | {s[4:]}",
            " ".join(s),
            f"{s[:2]}  {s[2:4]}  {s[4:]}",
        ]
    )


def spaced(rng: random.Random, value: tuple[str, bool]) -> tuple[str, bool]:
    """Letters and digits written one to a box ("J | K | 1 | 2 ...") or spaced out."""
    chars = [c for c in value[0] if c.isalnum()]
    return rng.choice([" | ", " ", "  "]).join(chars), value[1]


def nickname(p: Person) -> str:
    """A short form family and school use ("Ojochide" -> "Ojo", "Min-ji" -> "Min")."""
    head = p.first.split()[0].split("-")[0]
    return head if len(head) <= 4 else head[:3]


def korean_date(rng: random.Random, d: date) -> str:
    """A date as a Korean writer puts it: "1958년 4월 3일", "1958.04.03", or the British order."""
    return rng.choice(
        [
            f"{d.year}년 {d.month}월 {d.day}일",
            f"{d.year}년 {d.month:02d}월 {d.day:02d}일",
            f"{d:%Y.%m.%d}",
            f"{d:%d/%m/%Y}",
        ]
    )


def hangul_name(p: Person) -> str:
    """A Korean name in Hangul, family name first and no space: "리금희"."""
    return HANGUL[p.last] + HANGUL[p.first]


def passport_latin(p: Person) -> str:
    """The name as a Korean passport prints it: family name first, capitals."""
    given = p.first.upper()
    return f"{p.last.upper()} {given.replace('-', ' ') if '-' in given else given}"


# --------------------------------------------------------------------------- layouts
def birth_registration_booking_email_thread(doc: Doc3, v: V) -> None:
    """A mother confirms a birth registration appointment, replying above the register office's
    quoted e-mail: the baby's name and date of birth, NHS number, both parents' names, dates of
    birth and the mother's maiden surname, address, mobile; the registration officer in the
    quoted reply (PERSON); the booking reference, appointment date and time, the time of birth
    and the weight stay readable."""
    rng = v.rng
    org = v.org("Register Office")
    mum = v.person(gender="f", born=(1984, 2006))
    dad = v.partner(mum)
    baby = replace(v.children(mum, 1)[0], dob=days_ago(rng, 3, 40))
    officer = v.person(born=(1965, 2000))
    home = v.local("E", ("KT",))
    ref = f"BR{rng.randint(100000, 999999)}"
    appt, at = (
        days_ago(rng, -21, -3),
        f"{rng.choice([9, 10, 11, 14, 15])}:{rng.choice(['00', '30'])}",
    )
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(mum)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: RE: Birth registration appointment {ref}\n\n")
    doc.add("Hi,\n\nThanks for this. Just checking the details before we come in:\n\n")
    doc.add("Baby: ").nm(baby, rng.choice(["full", "caps", "middle"]))
    doc.add("\nDate of birth: ").ent("DATE_OF_BIRTH", natural_dob(rng, baby.dob))
    doc.add(f" at {clock_time(rng, 0, 23)} ({rng.randint(2, 4)}.{rng.randint(10, 99)} kg)")
    doc.add("\nBaby's NHS number: ").ident("UK_NHS", v.nhs())
    doc.add("\nMother: ").nm(mum, rng.choice(["full", "middle", "surname_caps"]))
    if rng.random() < 0.6:
        doc.add(" (maiden name ").ent("PERSON", v.former_name(mum)).add(")")
    doc.add(", born ").ent("DATE_OF_BIRTH", natural_dob(rng, mum.dob))
    doc.add("\nFather: ").nm(dad, rng.choice(["full", "caps", "middle"])).add(", born ")
    doc.ent("DATE_OF_BIRTH", natural_dob(rng, dad.dob))
    doc.add("\nAddress: ").addr_inline(home).add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\n\nWe're not married so ").nm(dad, "first").add(" is coming too. Is that OK?\n\n")
    doc.add(rng.choice(["Thanks\n", "Many thanks\n", "thanks!\n"]))
    doc.nm(mum, rng.choice(["first", "full", "lower"])).add("\n\n")
    doc.add(f"On {dmy(days_ago(rng, 1, 6))} at {clock_time(rng)}, {org.team} <")
    doc.ent("ORGANIZATION", org.mailbox).add("> wrote:\n> Dear ")
    doc.nm(mum, rng.choice(["title_surname", "first", "title_full"]))
    doc.add(",\n> Your appointment to register the birth of ").nm(baby, "first")
    doc.add(f" is booked for {dmy(appt)} at {at}.\n> Booking reference: {ref}\n")
    doc.add("> Please bring the baby's red book and your own photo ID.\n> Kind regards\n> ")
    doc.nm(officer, rng.choice(["full", "initial_dot"])).add(", Registration Officer\n\n")
    recipient_contact(doc, org)


def best_start_grant_paper_form(doc: Doc3, v: V) -> None:
    """A Best Start Grant application on paper, typed as written: surname in capitals, date of
    birth and NI number in boxes, address on several lines, the partner as "SURNAME, Forename",
    the children in a table with dates of birth, sort code and account number in boxes, the
    account holder as the bank prints it; the application reference, the number of children,
    the weeks pregnant and the form's date stay readable."""
    rng = v.rng
    org = v.org("Best Start")
    p, home = v.person(gender="f", born=(1985, 2006)), v.local("S", ("EH", "G", "KY", "KA"))
    sp = v.partner(p)
    kids = v.children(p, rng.randint(1, 3), born=(2019, 2025))
    doc.add("BEST START GRANT / BEST START FOODS - paper application\n")
    doc.add(f"Application ref: BSG-{rng.randint(1000000, 9999999)}\n\nPART 1 - ABOUT YOU\n")
    doc.add("Surname: ").ent("PERSON", p.last.upper()).add("\nOther names: ").ent("PERSON", p.first)
    doc.add("\nDate of birth (DD MM YYYY): ").ent("DATE_OF_BIRTH", boxed_date(rng, p.dob))
    doc.add("\nNational Insurance number: ").ident("UK_NINO", spaced(rng, v.nino()))
    doc.add("\nAddress:\n").addr_lines(home, "  ")
    doc.add("Phone: ").ent("PHONE_NUMBER", v.phone(True)).add("   Email: ")
    doc.ent("EMAIL_ADDRESS", v.any_email(p))
    doc.add("\n\nPART 2 - YOUR PARTNER (if you live with one)\nName: ").nm(sp, "surname_caps")
    doc.add("\nDate of birth: ").ent("DATE_OF_BIRTH", natural_dob(rng, sp.dob))
    doc.add(f"\n\nPART 3 - CHILDREN\nNumber of children under 16: {len(kids)}\n")
    doc.add("  Name                      | Date of birth  | Relationship\n")
    for k in kids:
        doc.add("  ").nm(k, rng.choice(["full", "full", "first"])).add(" | ")
        doc.ent("DATE_OF_BIRTH", rng.choice([dmy(k.dob), natural_dob(rng, k.dob)]))
        doc.add(f" | {relation_word(k, child=True)}\n")
    doc.add(f"\nAre you pregnant? {rng.choice(['Yes', 'No'])} - weeks pregnant: ")
    doc.add(f"{rng.randint(0, 38)}\n\nPART 5 - PAYMENT\nSort code: ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("\nAccount number: ")
    doc.ident("UK_BANK_ACCOUNT", boxed(rng, v.account())).add("\nName of account holder: ")
    doc.nm(p, rng.choice(["bank", "bank2", "caps"])).add("\n\nSigned: ")
    doc.nm(p, rng.choice(["initial", "full"])).add(f"   Date: {dmy(days_ago(rng, 0, 9))}\n\n")
    recipient_contact(doc, org)


def prison_visit_booking_email(doc: Doc3, v: V) -> None:
    """A family books a social visit to a prisoner by e-mail: the prisoner's name, the visitors
    in a numbered list with dates of birth (children too, with ages), the lead visitor's driving
    licence and sometimes a passport, address, phone, the family support service (ORGANIZATION);
    the prison number, the wing, the visit date and the last booking reference stay readable."""
    rng = v.rng
    org, support = v.org("Visits"), SUPPORT[0]
    lead = v.person(born=(1950, 2004))
    pris = v.kin(lead, gender="m", born=(1975, 2004))
    home = v.address()
    pn = f"{rng.choice('AG')}{rng.randint(1000, 9999)}{v.code(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}"
    wing = rng.choice(["A", "B", "C", "D", "F", "H"])
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(lead)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSubject: Visit booking - ")
    doc.nm(pris, rng.choice(["caps", "full", "surname_caps"])).add(f" {pn}\n\n")
    doc.add("Hello,\n\nI would like to book a social visit to see ")
    doc.nm(pris, rng.choice(["first", "full"]))
    doc.add(f" (prison number {pn}, {wing} wing) on {dmy(days_ago(rng, -20, -4))} in the ")
    doc.add(f"{rng.choice(['morning', 'afternoon'])} session.\n\nVisitors:\n")
    doc.add("  1. ").nm(lead, rng.choice(["full", "middle"])).add(" - DOB ")
    doc.ent("DATE_OF_BIRTH", natural_dob(rng, lead.dob)).add(" - lead visitor\n")
    others = [v.partner(pris) if rng.random() < 0.6 else v.kin(lead, born=(1950, 2004))]
    others += v.children(pris, rng.randint(0, 2), born=(2012, 2024))
    for n, q in enumerate(others, 2):
        doc.add(f"  {n}. ").nm(q, rng.choice(["full", "full", "surname_caps"])).add(" - DOB ")
        doc.ent("DATE_OF_BIRTH", rng.choice([dmy(q.dob), natural_dob(rng, q.dob)]))
        doc.add(f" (aged {age(q.dob)})\n" if age(q.dob) < 18 else "\n")
    doc.add("\nFor ID I will bring my driving licence, number ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(lead))
    if rng.random() < 0.45:
        doc.add(", and ").nm(others[0], "first").add("'s passport, ").ident(
            "UK_PASSPORT", v.passport()
        )
    doc.add(".\n\nMy address is ").addr_inline(home).add(" and my mobile is ")
    doc.ent("PHONE_NUMBER", v.phone(True))
    doc.add(f". Last time the booking reference was VB{rng.randint(10000000, 99999999)}.\n\n")
    if rng.random() < 0.5:
        doc.add(f"{support.name} (")
        third_party_contact(doc, support)
        doc.add(") said they can help with the travel costs.\n\n")
    doc.add(rng.choice(["Thanks\n", "Kind regards\n", "Thank you\n"]))
    doc.nm(lead, rng.choice(["first", "full", "initial_dot"])).add("\n\n")
    recipient_contact(doc, org)


def school_residential_trip_consent_form(doc: Doc3, v: V) -> None:
    """A Year 6 residential trip consent and medical form: the pupil's name, "known as" name,
    date of birth, NHS number, home address, the GP practice (ORGANIZATION), the emergency
    contacts in a table with phones, the parent's e-mail and signature; the trip reference, the
    deposit, the class and the form's date stay readable."""
    rng = v.rng
    org, gp = v.org("Residential Visits"), PRACTICES[0]
    child = v.person(child=True, born=(2014, 2016))
    par = v.kin(child, born=(1978, 1996))
    home = v.local("E", ("TF",))
    doc.add("RESIDENTIAL VISIT - PARENTAL CONSENT AND MEDICAL FORM\n")
    doc.add(f"Year 6 residential, trip ref RV/{rng.randint(24, 26)}/{rng.randint(100, 999)}   ")
    doc.add(f"Deposit paid: £{rng.choice([25, 40, 50, 60])}.00\n\n")
    doc.add("Pupil's full name: ").nm(child, rng.choice(["full", "caps", "middle"]))
    doc.add(f"   Class: 6{rng.choice('ABCKLMRW')}\nKnown as: ").ent("PERSON", nickname(child))
    doc.add("\nDate of birth: ").ent(
        "DATE_OF_BIRTH", rng.choice([dmy(child.dob), natural_dob(rng, child.dob)])
    )
    doc.add("\nNHS number: ").ident("UK_NHS", v.nhs()).add("\nHome address:")
    if rng.random() < 0.5:
        doc.add(" ").addr_inline(home).add("\n")
    else:
        doc.add("\n").addr_lines(home, "  ")
    allergy = rng.choice(
        ["none", "peanuts (EpiPen)", "asthma - blue inhaler", "hay fever", "eczema"]
    )
    doc.add(f"Medical conditions / allergies: {allergy}\nGP: {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add("\n\nEMERGENCY CONTACTS\n  Name                    | Relationship | Phone\n  ")
    doc.nm(par, rng.choice(["full", "title_full"])).add(" | ")
    doc.add("Mother" if par.gender == "f" else "Father").add(" | ").ent(
        "PHONE_NUMBER", v.phone(True)
    )
    for _ in range(rng.randint(1, 2)):
        q = v.person(born=(1950, 2000))
        doc.add("\n  ").nm(q, rng.choice(["full", "initial_dot", "surname_caps"]))
        doc.add(f" | {rng.choice(['Grandparent', 'Aunt', 'Uncle', 'Neighbour', 'Step-parent'])} | ")
        doc.ent("PHONE_NUMBER", v.phone())
    doc.add("\n\nParent's email: ").ent("EMAIL_ADDRESS", v.any_email(par))
    doc.add("\nI give consent for my child to take part and to receive emergency treatment.\n")
    doc.add("Signed: ").nm(par, rng.choice(["initial", "full", "first"]))
    doc.add(f"   Date: {dmy(days_ago(rng, 0, 14))}\n\n")
    recipient_contact(doc, org)


def citizenship_ceremony_booking_email(doc: Doc3, v: V) -> None:
    """A new citizen books a citizenship ceremony: the full name as it will appear on the
    certificate (capitals or with a middle initial), date of birth, current passport number,
    address on several lines, phone, e-mail and two guests by name; the Home Office reference,
    the approval letter's date and the fee stay readable."""
    rng = v.rng
    org = v.org("Citizenship")
    p, home = v.person(born=(1955, 2006)), v.local("N", ("BT",))
    g1 = v.partner(p)
    g2 = v.person(born=(1950, 2008))
    ho = f"{rng.choice('BCDFHLMPST')}{rng.randint(1000000, 9999999)}"
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(p)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: Citizenship ceremony booking - Home Office ref {ho}\n\n")
    doc.add("Dear Ceremonies Team,\n\nI received my approval letter dated ")
    doc.add(f"{dmy(days_ago(rng, 5, 60))} and would like to book a group ceremony. My details ")
    doc.add("exactly as they should appear on the certificate:\n\nFull name: ")
    doc.nm(p, rng.choice(["caps", "full", "middle"])).add("\nDate of birth: ")
    doc.ent("DATE_OF_BIRTH", natural_dob(rng, p.dob)).add("\nCurrent passport number: ")
    doc.ident("UK_PASSPORT", v.passport()).add("\nAddress:\n").addr_lines(home, "  ")
    doc.add("Phone: ").ent("PHONE_NUMBER", v.phone()).add("\n\nI would like to bring two guests, ")
    doc.add(f"my {relation_word(g1)} ").nm(g1, rng.choice(["full", "first"])).add(" and ")
    doc.nm(g2, rng.choice(["full", "title_full", "initial_dot"]))
    doc.add(f". I have paid the ceremony fee of £{rng.choice([130, 150, 175])}.00 online.\n\n")
    doc.add(rng.choice(["Yours sincerely\n", "Kind regards\n"]))
    doc.nm(p, rng.choice(["full", "first", "middle"])).add("\n\n")
    recipient_contact(doc, org)


def student_finance_parent_income_form(doc: Doc3, v: V) -> None:
    """A parents' financial form for a student's loan, typed side by side: the student's name
    and date of birth, each parent's surname in capitals, forenames, date of birth and NI number
    in two columns, address on several lines, phone and e-mail, both parents' initials in the
    declaration; the customer reference number, the academic year and the incomes stay
    readable."""
    rng = v.rng
    org = v.org("Student Finance")
    st = v.person(born=(2005, 2008))
    p1 = v.kin(st, gender="f", born=(1965, 1987))
    p2 = v.partner(p1)
    home = v.local("W", ("NP", "SY"))
    doc.add("PFF2 - Parent and partner financial form\nStudent: ")
    doc.nm(st, rng.choice(["full", "caps"]))
    doc.add(f"   Customer Reference Number: {rng.randint(10**10, 10**11 - 1)}\n")
    doc.add("Student's date of birth: ").ent("DATE_OF_BIRTH", natural_dob(rng, st.dob))
    doc.add(
        "\nAcademic year 2026/27\n\n                         Parent 1                | Parent 2\n"
    )

    def row(label: str, kind: str, a: str, b: str, mis: tuple[bool, bool] = (False, False)) -> None:
        doc.add(f"{label:<25}").ent(kind, a, mis[0])
        pad_to_column(doc, len(a), 24)
        doc.add("| ").ent(kind, b, mis[1]).add("\n")

    row("Surname:", "PERSON", p1.last.upper(), p2.last.upper())
    row("Forename(s):", "PERSON", p1.first, p2.first)
    row("Date of birth:", "DATE_OF_BIRTH", natural_dob(rng, p1.dob), natural_dob(rng, p2.dob))
    n1, n2 = v.nino(), v.nino()
    row("NI number:", "UK_NINO", n1[0], n2[0], (n1[1], n2[1]))
    doc.add(f"{'Income 2025-26:':<25}£{rng.randint(9, 60)},{rng.randint(100, 999)}.00")
    doc.add(f"{'':<14}| £{rng.randint(9, 60)},{rng.randint(100, 999)}.00\n\n")
    doc.add("Address:\n").addr_lines(home, "  ")
    doc.add("Daytime phone: ").ent("PHONE_NUMBER", v.phone())
    if rng.random() < 0.4:
        doc.add(" (work)").add(ext(rng))
    doc.add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.any_email(p1))
    doc.add("\n\nDeclaration signed: ").nm(p1, "initial").add(" / ").nm(
        p2, rng.choice(["initial", "full"])
    )
    doc.add(f"   {dmy(days_ago(rng, 0, 20))}\n\n")
    recipient_contact(doc, org)


def attendance_allowance_helper_letter(doc: Doc3, v: V) -> None:
    """A neighbour writes a covering letter for an older person's Attendance Allowance claim:
    the helper's name, address on several lines and phone at the top, the claimant's name, date
    of birth, NI number, address on one line, landline and bank details, the late husband or
    wife by first name, the GP and the consultant (PERSON), the practice (ORGANIZATION); the
    hospital stay dates, the night-time help count and the letter's date stay readable."""
    rng = v.rng
    org, gp = v.org("Attendance Allowance"), PRACTICES[1]
    helper, h_home = v.person(born=(1955, 1995)), v.address()
    c, home = v.person(born=(1930, 1952)), v.local("N", ("BT",))
    late = v.partner(c)
    doctor, cons = v.person(born=(1960, 1995)), v.person(born=(1955, 1990))
    doc.nm(helper, rng.choice(["full", "title_full"])).add("\n").addr_lines(h_home)
    doc.add("Tel: ").ent("PHONE_NUMBER", v.phone(True)).add(
        f"\n\n{long_date(days_ago(rng, 0, 5))}\n\n"
    )
    doc.add(f"{org.team}\n{org.name}\n\nDear Sir or Madam\n\nAttendance Allowance claim for ")
    doc.nm(c, rng.choice(["title_full", "full", "surname_caps"]))
    doc.add(f"\n\nI am {pron(c)[1]} neighbour and I have helped ").nm(
        c, rng.choice(["first", "title_surname"])
    )
    doc.add(" fill in the enclosed claim form. The details are:\n\n  Name: ").nm(c, "full")
    doc.add("\n  Date of birth: ").ent("DATE_OF_BIRTH", natural_dob(rng, c.dob))
    doc.add("\n  National Insurance number: ").ident("UK_NINO", v.nino())
    doc.add("\n  Address: ").addr_inline(home).add("\n  Home phone: ").ent(
        "PHONE_NUMBER", v.phone(False)
    )
    doc.add(f"\n\n{pron(c)[0].capitalize()} has lived alone since {pron(c)[1]} ")
    doc.add("wife " if late.gender == "f" else "husband ").nm(late, "first")
    doc.add(f" died and needs help {rng.randint(2, 5)} times a night. {pron(c)[0].capitalize()} ")
    doc.add(f"was in hospital from {dmy(days_ago(rng, 60, 120))} to {dmy(days_ago(rng, 20, 59))}")
    doc.add(" under ").add(rng.choice(["Dr ", "Mr " if cons.gender == "m" else "Ms "])).nm(
        cons, rng.choice(["initial_dot", "surname"])
    )
    doc.add(f".\n\n{pron(c)[1].capitalize()} GP is Dr ").nm(doctor, rng.choice(["surname", "full"]))
    doc.add(f" at {gp.name} (")
    third_party_contact(doc, gp)
    doc.add(").\n\nPlease pay into ").add(pron(c)[1]).add(" account: sort code ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add(" (").nm(c, rng.choice(["bank", "bank2"])).add(").\n\nYours faithfully\n\n")
    doc.nm(helper, rng.choice(["full", "initial_dot"])).add(
        "\n(neighbour, helping with the form)\n\n"
    )
    recipient_contact(doc, org)


def passport_lost_stolen_report_ls01(doc: Doc3, v: V) -> None:
    """A report of lost or stolen passports typed from the paper form: the holder's surname in
    capitals, forenames, date of birth in boxes or words, passport number (sometimes one digit to
    a box), the children's passports lost with it (names, dates of birth, numbers), address on
    several lines, phone, e-mail, a driving licence; the police crime reference, the date it
    happened and the form's date stay readable."""
    rng = v.rng
    org = v.org("Lost and Stolen")
    p, home = v.person(born=(1960, 2004)), v.local("S", ("EH", "G", "KY", "KA"))
    doc.add("LS01 - Tell us about a lost or stolen passport\n\n1. THE PASSPORT HOLDER\nSurname: ")
    doc.ent("PERSON", p.last.upper()).add("\nForenames: ").ent("PERSON", p.first)
    doc.add("\nDate of birth: ")
    doc.ent("DATE_OF_BIRTH", rng.choice([boxed_date(rng, p.dob), natural_dob(rng, p.dob)]))
    pp = v.passport()
    doc.add("\nPassport number: ").ident(
        "UK_PASSPORT", boxed(rng, pp) if rng.random() < 0.35 else pp
    )
    stolen = rng.random() < 0.5
    doc.add(
        f"\n\n2. WHAT HAPPENED\nLost [{' ' if stolen else 'X'}]   Stolen [{'X' if stolen else ' '}]"
    )
    doc.add(f"\nDate it happened: {dmy(days_ago(rng, 2, 40))}\nPolice crime reference: ")
    doc.add(f"{rng.choice(['CR', 'PS', 'SC'])}/{rng.randint(100000, 999999)}/26\n")
    doc.add("Where: ").add(
        rng.choice(["on the train", "at the airport", "in a bag taken from the car", "at home"])
    )
    kids = v.children(p, rng.randint(0, 2), born=(2010, 2023))
    if kids:
        doc.add("\n\n3. OTHER PASSPORTS LOST AT THE SAME TIME\n")
        for k in kids:
            doc.add("  ").nm(k, rng.choice(["full", "caps"])).add(", born ")
            doc.ent("DATE_OF_BIRTH", rng.choice([dmy(k.dob), natural_dob(rng, k.dob)]))
            doc.add(", passport ").ident("UK_PASSPORT", v.passport()).add("\n")
    doc.add(
        "\n\n4. CONTACT DETAILS\nAddress:\n" if not kids else "\n4. CONTACT DETAILS\nAddress:\n"
    )
    doc.addr_lines(home, "  ").add("Telephone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.any_email(p)).add("\nDriving licence number: ")
    if rng.random() < 0.6:
        doc.ent("UK_DRIVING_LICENCE", v.licence(p))
    else:
        doc.add("none")
    doc.add("\n\nSigned: ").nm(p, rng.choice(["full", "initial"]))
    doc.add(f"   Date: {dmy(days_ago(rng, 0, 3))}\n\n")
    recipient_contact(doc, org)


def assisted_waste_collection_carer_email(doc: Doc3, v: V) -> None:
    """A carer asks, in lower case, for an assisted bin collection for a mother and an uncle who
    live together: their names (one in lower case), dates of birth written short ("b. 2/2/41"),
    the address on one line, both phones (the landline for the deaf mother), the carer's name;
    the missed-collection reference, the collection day and the number of bins stay readable."""
    rng = v.rng
    org = v.org("Assisted Collections")
    carer = v.person(born=(1960, 1995))
    mum = v.kin(carer, gender="f", born=(1930, 1955))
    unc = v.person(gender="m", born=(1928, 1955))
    home = v.local("E", ("MK",))
    day = rng.choice(["monday", "tuesday", "wednesday", "thursday", "friday"])
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(carer)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSubject: assisted bin collection please\n\n")
    doc.add("hi there\n\ni look after my mum ").nm(mum, rng.choice(["lower", "full", "first"]))
    doc.add(" (b. ").ent("DATE_OF_BIRTH", f"{mum.dob.day}/{mum.dob.month}/{mum.dob.year % 100:02d}")
    doc.add(") and her brother ").nm(unc, rng.choice(["full", "lower", "first"]))
    doc.add(" (born ").ent("DATE_OF_BIRTH", natural_dob(rng, unc.dob)).add(
        ") who live together at "
    )
    doc.addr_inline(home)
    doc.add(f". they have {rng.randint(2, 4)} bins and neither of them can get them to the kerb ")
    doc.add("any more, mum is on a frame now.\n\n")
    doc.add(
        f"collection day is {day}. it was missed last week too, ref MC-{rng.randint(100000, 999999)}."
    )
    doc.add("\n\nyou can ring mum on ").ent("PHONE_NUMBER", v.phone(False))
    doc.add(" but she's very deaf so better to call me on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\n\nta\n").nm(carer, rng.choice(["first", "lower", "full"])).add("\n\n")
    recipient_contact(doc, org)


def school_exclusion_governors_representation_letter(doc: Doc3, v: V) -> None:
    """A parent's letter to the clerk to the governors about a son's or daughter's exclusion:
    the parent's name, address on several lines, phone and e-mail at the top, the pupil's name
    (capitals happen), date of birth, the headteacher, the teacher and the other parent by name;
    the unique pupil number, the year group, the exclusion date and length stay readable."""
    rng = v.rng
    org = v.org("Governors")
    par, home = v.person(born=(1972, 1996)), v.local("W", ("NP", "SY"))
    kid = v.children(par, 1, born=(2010, 2014))[0]
    other = v.partner(par)
    head, teacher = v.person(born=(1965, 1990)), v.person(born=(1970, 2000))
    upn = f"{rng.choice('ABHKNW')}{rng.randint(10**11, 10**12 - 1)}"
    doc.nm(par, rng.choice(["full", "title_full"])).add("\n").addr_lines(home)
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\n").ent("EMAIL_ADDRESS", v.any_email(par))
    doc.add(f"\n\n{long_date(days_ago(rng, 0, 4))}\n\n{org.team}\n{org.name}\n\n")
    doc.add("Dear Clerk to the Governors\n\nRe: ").nm(kid, rng.choice(["caps", "full"]))
    doc.add(f", Year {age(kid.dob) - 4}, date of birth ").ent(
        "DATE_OF_BIRTH", natural_dob(rng, kid.dob)
    )
    doc.add(f", UPN {upn}\n\nI wish to make representations to the governors about the exclusion ")
    doc.add(f"my {relation_word(kid, child=True)} was given on {dmy(days_ago(rng, 5, 20))} for ")
    doc.add(f"{rng.randint(2, 5)} days by the headteacher, ").nm(
        head, rng.choice(["title_full", "title_surname"])
    )
    doc.add(". The incident was seen by ").add(
        rng.choice(["Mr "] if teacher.gender == "m" else ["Mrs ", "Ms ", "Miss "])
    )
    doc.nm(teacher, rng.choice(["surname", "full"]))
    doc.add(f", who told me {pron(kid)[0]} was not the one who started it.\n\n")
    doc.add(f"{pron(kid)[1].capitalize()} {'father' if other.gender == 'm' else 'mother'} ")
    doc.nm(other, rng.choice(["full", "first"])).add(
        " and I would both like to attend the meeting."
    )
    doc.add("\n\nYours faithfully\n\n").nm(par, rng.choice(["full", "initial_dot"])).add("\n\n")
    recipient_contact(doc, org)


def korean_language_letter(doc: Doc3, v: V) -> None:
    """An older North Korean refugee in New Malden writes in Korean (Hangul) to the housing
    register asking for a ground-floor transfer: the writer's name in Hangul and in passport capitals,
    the date of birth in Korean order, the spouse (Hangul, with date of birth), the address in
    English on one line, NI and NHS numbers, phone, the daughter's name and e-mail; the housing
    register number, the rent and the date of the occupational therapist's visit stay readable."""
    rng = v.rng
    org = v.org("Housing Register")
    p = v.of("north_korean", born=(1940, 1966))
    sp = v.of("north_korean", {"f": "m", "m": "f"}[p.gender], born=(1938, 1968))
    father = p if p.gender == "m" else sp
    kid = replace(v.of("north_korean", "f", born=(1968, 1996)), last=father.last)
    home = v.local("E", ("KT",))
    doc.add(f"수신: {org.name}\n{org.team}\n주택 등록 번호: HR{rng.randint(1000000, 9999999)}\n\n")
    doc.add("제목: 1층 주택으로 이전 요청\n\n안녕하십니까,\n\n저는 ").ent("PERSON", hangul_name(p))
    doc.add(" (여권 영문: ").ent("PERSON", passport_latin(p)).add(")입니다. 생년월일은 ")
    doc.ent("DATE_OF_BIRTH", korean_date(rng, p.dob)).add("이며, 현재 ")
    doc.addr_inline(home).add("에 살고 있습니다. 저희 가족은 ")
    left = rng.randint(2004, 2016)
    doc.add(f"{left}년에 북한을 떠나 {left + rng.randint(2, 6)}년부터 영국에서 난민으로 ")
    doc.add("살고 있습니다.\n\n")
    doc.add("남편 " if sp.gender == "m" else "아내 ").ent("PERSON", hangul_name(sp)).add(" (")
    doc.ent("DATE_OF_BIRTH", korean_date(rng, sp.dob)).add("생)은 작년에 뇌졸중으로 쓰러진 후 ")
    doc.add(f"계단을 오를 수 없습니다. 월세는 £{rng.randint(900, 1800)}이고, ")
    visit = days_ago(rng, 5, 40)
    doc.add(f"{visit.year}년 {visit.month}월 {visit.day}일에 작업치료사가 방문했습니다.\n\n")
    doc.add("국민보험번호: ").ident("UK_NINO", v.nino()).add("\nNHS 번호: ").ident(
        "UK_NHS", v.nhs()
    )
    doc.add("\n전화: ").ent("PHONE_NUMBER", v.phone()).add("\n연락은 딸 ").ent(
        "PERSON", hangul_name(kid)
    )
    doc.add(" (").ent("PERSON", kid.full).add(")에게 해 주십시오: ")
    doc.ent("EMAIL_ADDRESS", v.email(kid)).add("\n\n감사합니다.\n\n")
    doc.ent("PERSON", hangul_name(p)).add(" 드림\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
#: the layouts in the order rows use them (row i: layout (i + seed) % 11)
LAYOUTS = """birth_registration_booking_email_thread best_start_grant_paper_form
prison_visit_booking_email school_residential_trip_consent_form
citizenship_ceremony_booking_email student_finance_parent_income_form
attendance_allowance_helper_letter passport_lost_stolen_report_ls01
assisted_waste_collection_carer_email school_exclusion_governors_representation_letter
korean_language_letter""".split()
LAYOUT_FUNCS: list[Layout] = [globals()[name] for name in LAYOUTS]
HELDOUT26 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT26.organisation_contacts
build_row = HELDOUT26.build_row
generate_heldout26 = HELDOUT26.generate
write_set = HELDOUT26.write_set
main = HELDOUT26.main


if __name__ == "__main__":
    main()
