# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout25: a twenty-fifth held-out SYNTHETIC family of UK correspondence with labelled
personal data.

SYNTHETIC: nothing in it is real, so a figure measured on it is a figure "on synthetic data".
It was written BLIND on 2026-12-02, by an author who never opened the redaction package, its
recognisers or their tests and never ran the redactor or a scorer on these rows; the layouts and
values are ones nobody has tuned on. Keep it for REPORTING ONLY: tuning on it would spend it.

Rows come from ``generate_heldout25(n, seed)``, each a dict with "id"
("uklayout-heldout25-<seed>-<i:05d>-<layout>"), "text", "spans" (each with "type", "start" and
"end", and "mistyped" on a deliberately wrong identifier), "synthetic" (True), "family" and
"layout"; row i is a function of (seed, i) alone and takes the 11 layouts in rotation. The CLI
(``python -m evaluation.synthetic.uk_layouts_heldout25 -o var/eval/pii_uk_layouts_heldout25.jsonl
--n 1000 --seed 0``) writes the set and, in the same folder, allow_list_uk_layouts_heldout25.txt
(the recipient organisations' own address lines, helplines and mailboxes, for --allow-list).

The row machinery is evaluation/synthetic/uk_layouts_shared.py (as for heldout17 to heldout24).
Every value table here is new, and tests/test_uk_layouts_heldout25.py checks that no first name,
surname, town, district, county, street or house name appears in an earlier family:

* names from 11 communities no earlier family drew on: Hazara of central Afghanistan
  (Gulbano, Changiz; Jaghori; written in Perso-Arabic script in their Dari letter), Rohingya
  of Arakan (Formin, Kala Miah; Ullah), Chagossians of Crawley (Lisby, Rosemond; Bancoult),
  Ogoni of the Niger Delta (Lekia, Barinem; Kpuinen), Gurung families of Gurkha veterans
  (Sunmaya, Lal Bahadur; Tamu), Zomi of the Chin Hills (Niang Lun, Thang Khan Pau; Sukte),
  Yemenis of Sheffield, Cardiff and South Shields (Arwa, Nashwan; Al-Shamiri, Ba'wazir),
  Bajuni of the Somali coast (Mwanaisha, Athmani; Kizingo), Nuba of South Kordofan (Awadiya,
  Kuku; Kafi Tutu), Bukharan Jews (Yaffa, Yakutiel; Kalontarov, Kalontarova) and Yazidis of
  Sinjar (Vian, Khidir; Shingali), with hyphenated and apostrophised surnames and Bukharan
  surnames in their female form for women;
* villages and county forms no earlier family used: Dartmoor (PL, TQ, EX), the Cotswolds (GL,
  WR), the White Peak (SK, DE), the Isle of Sheppey (ME) and Kielder (NE); the Trossachs (FK),
  the Lammermuirs (TD) and Assynt and Coigach (IV); Cwm Elan (LD) and Mynydd Hiraethog (LL);
  Slieve Gullion, Binevenagh and the Braid (BT); street names from beekeeping ("Propolis
  Rise"), shinty ("Hail Post Wynd"), Welsh dairying ("Lôn y Fuddai") and Belfast shipbuilding
  ("Rivet Gang Court");
* new recipient organisations (allow-listed) and third parties (GP practices, a building
  society's vulnerable customers team, a letting agent) whose own contact details are
  ORGANIZATION.

Layouts (11): damp_mould_disrepair_complaint_email (a tenant's third damp and mould report with
the household's ages and dates of birth in a table); bus_pass_renewal_older_resident_email (an
older couple renewing concessionary bus passes, dates of birth in words); fostering_initial_
enquiry_web_form (a fostering enquiry form, two applicants, children and a lodger);
nhs_complaint_with_patient_consent_form (a relative's complaint to an NHS trust with the
patient's signed consent, the patient "c/o" the relative); hb_landlord_direct_payment_request
(a private landlord asks Housing Benefit to pay them direct, with rent arrears table and their
own bank details); overseas_relative_pension_query_us_dates (a son or daughter in the United
States writes to the International Pension Centre, dates in American order);
gp_registration_gms1_typed (a GP registration form for a family, typed from paper);
bank_safeguarding_financial_abuse_referral (a building society's vulnerable customers team
reports suspected financial abuse, a relative by nickname, a transaction table);
maternity_self_referral_form (a maternity self-referral form with preferred name, partner and
GP); council_tax_separation_liability_email (a resident asks to change the council tax bill
after a separation, the ex-partner's new address); hazara_dari_language_letter (a whole letter
in Dari, Perso-Arabic script, dates of birth in the Afghan solar calendar).

Labelling conventions are heldout24's (the same scorer and allow-list handling work): PERSON
never includes a title; a forename or surname alone, a nickname or preferred name, "SURNAME,
Forename", initials with a surname and names in capitals or lower case are PERSON, and so is a
name in Perso-Arabic script. Addresses split into STREET_ADDRESS + one LOCATION each for
district, town/village and county + UK_POSTCODE. Only dates of birth are DATE_OF_BIRTH (also
"the twenty-third of June 1956", "06/23/1956" where the writer says the order is American,
"3/1/79", and in the Dari letter "۱۵ حمل ۱۳۶۴" or "15 حمل 1364", solar-calendar dates, and
"۱۹۸۵/۰۳/۱۲"); ages ("aged 7", "I am 71") stay unlabelled, as do inspection, repair, letter,
expiry, tenancy, arrival, transaction, period and due dates. Third parties' own address lines,
phones and mailboxes are ORGANIZATION (ignored for recall). Unlabelled look-alikes (precision):
repair job numbers, humidity readings and ages; bus pass card numbers and expiry dates;
enquiry ids and bedroom counts; hospital numbers, ward names and incident dates; Housing
Benefit claim references, rents and arrears; pension references and American-order letter
dates; practice codes and UK arrival dates; building society case references, transaction
dates and amounts; maternity submission ids, last-period and due dates; council tax account
numbers and moving dates; the ARAP case number, the rent and the date in the Dari letter.
~10% of NI, NHS, sort code, account and passport numbers are MISTYPED (span ``"mistyped":
True``); ~10% of rows hide a Unicode trick inside a labelled value.

Counts (seed 0, 1,000 rows): 15,237 labelled personal items besides 3,603 ORGANIZATION spans
(5,581 PERSON, 2,034 DATE_OF_BIRTH, 1,531 LOCATION, 1,366 PHONE_NUMBER, 1,182 STREET_ADDRESS,
1,182 UK_POSTCODE, 909 EMAIL_ADDRESS, 401 UK_NHS, 273 UK_SORT_CODE, 273 UK_BANK_ACCOUNT, 272
UK_NINO, 142 UK_DRIVING_LICENCE, 91 UK_PASSPORT); 137 identifiers mistyped; Unicode tricks in
106 rows.

Edge cases decided before anyone scored it (labelled as stated here):

* a telephone extension written after a number (" ext 4123", " x212") is outside the
  PHONE_NUMBER span;
* a nickname in quotes ("known as 'Kiki'") and a form's "Preferred name" are PERSON, the
  quotes outside the span;
* in "c/o Lekia Kpuinen, 12 Propolis Rise, ..." the name is PERSON and the address is split as
  usual;
* in the bank referral a payee that is the suspected relative is PERSON; shops and utilities
  in the transaction table are unlabelled;
* in the American-order letter the writer's own gloss ("that's April 11th") after a date of
  birth is a second DATE_OF_BIRTH span;
* in the Dari letter the name in Perso-Arabic script and in passport Latin capitals are
  separate PERSON spans.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    DRAMA_LANDLINES,
    Doc3,
    Family,
    Values,
    age,
    ascii_fold,
    clock_time,
    days_ago,
    dmy,
    ext,
    fmt_date,
    gendered_surname_pairs,
    ordinal,
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

FAMILY = "heldout25"
TRICK_RATE = 0.12  # rows picked for a trick; ~10% end up with one (some have no value it fits)


def _pairs(text: str) -> dict[str, str]:
    """``"Latin=فارسی ..."`` pairs: each name and its Perso-Arabic spelling ("_" a space)."""
    return {
        latin.replace("_", " "): script.replace("_", " ")
        for latin, _, script in (p.partition("=") for p in text.split())
    }


# --------------------------------------------------------------------------- value tables
# Hazara names with their Dari spelling (Perso-Arabic script)
_HAZARA_F = _pairs(
    "Gulbano=گلبانو Sakina=سکینه Masuma=معصومه Rahila=راحله Zakia=ذکیه Tahira=طاهره Sima=سیما "
    "Ruqia=رقیه Khadija=خدیجه Hakima=حکیمه Fariba=فریبا Latifa=لطیفه Gulsoma=گلثومه"
)
_HAZARA_M = _pairs(
    "Changiz=چنگیز Ghulam_Sakhi=غلام_سخی Sultan_Ali=سلطان_علی Nadir=نادر "
    "Khadim_Hussain=خادم_حسین Sarwar=سرور Juma_Khan=جمعه_خان Qasim_Ali=قاسم_علی Ewaz=عوض "
    "Mahdi=مهدی Yaqub_Ali=یعقوب_علی Aqil=عقیل Barat_Ali=برات_علی Shah_Ali=شاه_علی"
)
_HAZARA_S = _pairs(
    "Jaghori=جاغوری Behsudi=بهسودی Daikundi=دایکندی Yakawlangi=یکاولنگی Changezi=چنگیزی "
    "Uruzgani=ارزگانی Nawuri=ناوری Malistani=مالستانی Shahristani=شهرستانی Warasi=ورسی "
    "Qarabaghi=قره‌باغی Sangi=سنگی Mohseni=محسنی Danish=دانش Rezai=رضایی"
)
DARI = {**_HAZARA_F, **_HAZARA_M, **_HAZARA_S}


def _tag(names: str, g: str) -> str:
    return " ".join(f"{n}/{g}" for n in names.split())


def _keys(pairs: dict[str, str]) -> str:
    return " ".join(k.replace(" ", "_") for k in pairs)


_BUKHARAN_S = (
    "Aminov Babakhanov Kalontarov Ishakov Mullodzhanov Niyazov Fuzailov Abramov Pinhasov "
    "Davydov Khaimov Iskhakov Borukhov Yakubov Tolmasov Kandinov"
).split()

# Per community: (female forenames, male forenames, surnames); "_" is a space inside a name
_BASE = {
    "hazara": (_keys(_HAZARA_F), _keys(_HAZARA_M), _keys(_HAZARA_S)),
    "rohingya": (
        "Hasina_Begum Rashida Nur_Kayas Formin Sokina Minara Nurjahan Umme_Salma Jannatul Rozina "
        "Kulsuma",
        "Nur_Hussein Mohammed_Ayas Kala_Miah Anwar_Sadek Hafiz_Ullah Sayed_Alam Noor_Bashar "
        "Jafar_Alam Abul_Kalam Nurul_Amin Lalu",
        "Ullah Alam Kayas Sadek Hossain_Ullah Jalal Sultan_Ahmed Kalim Rafique Noor_Alam Shafi "
        "Bahadur Arakani",
    ),
    "chagossian": (
        "Marie_Lisette Lisby Marie_Josée Lise Olivette Mimose Liseby Marie_Ange Marie_Rosette Clarisse "
        "Sylvette",
        "Louis_Olivier Rosemond Jimmy Jean-Claude Saint-Ange Jean-Yvon Ti-Frère Marcel_Peros "
        "Ti-Paul Roselin Hervé_Diego",
        "Bancoult Mandarin Laval Elyse Alexis Vencatassen Jaffar Sakir Labutte Ladouce Pona "
        "Anacoura Talatte Permalloo Salomon_Chagos",
    ),
    "ogoni": (
        "Lekia Lebari Nubari Barisi Suanu Lezaasi Nenebari Neekabari Ledisi Lenu Yira",
        "Barinem Ledum Baridon Dumnamene Kpobari Kabari Sorbari Nwinee Naale Yirabari Dumle "
        "Barile Piabari",
        "Mitee Kpuinen Deekor Nwiido Gbarale Nkpah Kiobel Banigo Kobani Zorbari Nwinyoka "
        "Gbaranor Kpea Porobunu Gbenedio Kpakol Nwidum Dumbari Naaku",
    ),
    "gurung": (
        "Sunmaya Chandra_Kumari Maiya Tek_Maya Phulmaya Khem_Kumari Ganga_Maya Mina_Kumari "
        "Lalmaya Dhanmaya Sitamaya",
        "Lal_Bahadur Khem_Bahadur Man_Bahadur Dhan_Bahadur Jit_Bahadur Bhim_Bahadur Pun_Bahadur "
        "Tul_Bahadur Nar_Bahadur Hom_Bahadur Kul_Bahadur",
        "Tamu Kaski Lamjung_Gurung Ghotane Lamichhane_Gurung Plhi Kromchhain Thimche Ghyapchan "
        "Pajyu Lemu Tamu_Gurung",
    ),
    "zomi": (
        "Niang_Lun Cing_Khan_Niang Dim_Hau_Niang Vung_Cing Man_Nuam Ciin_Sian Dim_Sian Hau_Lun "
        "Ngaih_Cing Lun_Za_Niang Cing_Deih",
        "Thang_Khan_Pau Pau_Khan_Mung Gin_Khan Khup_Za_Thang Suan_Khai Thang_Suan Mung_Pi "
        "Khai_Khan Cin_Khan Pau_Sian_Lian Lian_Za",
        "Tuang Hau_Cin Sian_Mung Thawng Khaipi Tongpi Zomi_Hang Dal_Sian Kamhau Sukte Tedim "
        "Guite_Tuang Valpi Lianpi Saizang",
    ),
    "yemeni": (
        "Arwa Bilqis Hayla Nabiha Shaima_Sa'ad Radhiya Thuraya Lamya Sa'ada Gamila Hana'a",
        "Abdulqawi Nashwan Ghazi_Sa'eed Mutahar Qaid Fadhl Murshid Abdulwali Sha'lan Ghaleb "
        "Abdulraqib",
        "Al-Shamiri Al-Maqtari Ba'wazir Al-Subaihi Al-Hakimi Al-Sha'bi Ba-Sharahil Al-Zindani "
        "Al-Dhubhani Al-Qubati Ba-Jammal Al-Absi Al-Aghbari Al-Yafai Al-Mikhlafi Al-Sharabi",
    ),
    "bajuni": (
        "Mwanaisha Fatuma_Bajuni Mwanahawa Mwanamize Mwanakombo Zuhura Mwanasiti Amina_Kizingo "
        "Rukiya Mwanaidi",
        "Bwana_Heri Athmani Mbwana Kombo Faki Shee Omar_Bajuni Mzee_Kombo Bakari_Shee "
        "Abdalla_Faki Mwalimu",
        "Kizingo Faza Kiunga Chundwa Rasini Ndau Chula Koyama Mkokoni Tundwa Siyu Kiwayuu",
    ),
    "nuba": (
        "Awadiya Amna_Kuku Dalia_Koko Tiya Kaltoum_Kafi Hawa_Tutu Zeinab_Kodi Nyamal_Kuku "
        "Kaka_Tiya Asha_Kauda",
        "Kuku Kodi Tutu_Kafi Koko Angelo_Kuku Kiir_Tutu Abbas_Kuku Ismail_Kafi Kafi_Tiya "
        "Daniel_Kodi Yousif_Koko",
        "Kuku_Kodi Kafi_Tutu Tutu Kodi Tiya_Kafi Dalami Kauda Heiban Kadugli Lagawa Talodi "
        "Rashad_Kuku Moro_Kafi",
    ),
    "bukharan": (
        "Bella Yaffa Sarra Mazol Dvora Rena Ilana Frida Bahmal Margalit Khana",
        "Yakutiel Rafael_Kalontar Boris Mordechai Yosef Avner Yehuda Ilyahu Shlomo Pinhas Gavriel",
        _tag(" ".join(_BUKHARAN_S), "m") + " " + _tag(" ".join(s + "a" for s in _BUKHARAN_S), "f"),
    ),
    "yazidi": (
        "Vian Jamila Khalida Gulê Zeri Leyla Hamdiya Bushra Nazê Adlê Xate",
        "Khidir Dakhil Nayef Murad Silo Berjes Hazim Kheiri Khalaf Haji_Silo Qasim_Shesho",
        "Shingali Sinjari Khalaf Murad Kheiri Dakhil Silo Bashiqi Hasso Khudaida Sheikhani "
        "Bahzani Khanasori Sharfadini",
    ),
}


def _double(surnames: list[str]) -> list[str]:
    """A few compound surnames joined by a hyphen (a marriage, or two family names kept)."""
    plain = [s for s in surnames if "_" not in s and "/" not in s and "-" not in s]
    return [f"{a}-{b}" for a in plain[:4] for b in plain[-4:] if a != b]


# Hazara surnames all need a Dari form; Yemeni ones are hyphenated already; Bukharan ones are
# gendered (a double would need both halves in the right form)
_NO_DOUBLES = {"hazara", "yemeni", "bukharan"}
_FIRST = "\n".join(f"{c}: {_tag(f, 'f')} {_tag(m, 'm')}" for c, (f, m, _s) in _BASE.items())
_SURNAMES = "\n".join(
    f"{c}: " + " ".join(s.split() + ([] if c in _NO_DOUBLES else _double(s.split())))
    for c, (_f, _m, s) in _BASE.items()
)

# region|county|town|places; "*" marks a village; places are outward codes or District=CODE
_TOWNS = """
E|Devon (Dartmoor)|Widecombe-in-the-Moor*|TQ13 / E|Devon (Dartmoor)|Postbridge*|PL20
E|Devon (Dartmoor)|Princetown*|PL20 / E|Devon (Dartmoor)|Holne*|TQ13
E|Devon (Dartmoor)|Buckland-in-the-Moor*|TQ13 / E|Devon (Dartmoor)|Manaton*|TQ13
E|Devon (Dartmoor)|Lydford*|EX20 / E|Devon (Dartmoor)|Peter Tavy*|PL19
E|Devon (Dartmoor)|Mary Tavy*|PL19 / E|Devon (Dartmoor)|Sheepstor*|PL20
E|Devon (Dartmoor)|Meavy*|PL20 / E|Devon (Dartmoor)|Walkhampton*|PL20
E|Devon (Dartmoor)|Hexworthy*|PL20 / E|Devon (Dartmoor)|Poundsgate*|TQ13
E|Devon (Dartmoor)|Belstone*|EX20 / E|Devon (Dartmoor)|Sticklepath*|EX20
E|Gloucestershire (Cotswolds)|Bibury*|GL7 / E|Gloucestershire (Cotswolds)|Guiting Power*|GL54
E|Gloucestershire (Cotswolds)|Temple Guiting*|GL54 / E|Gloucestershire (Cotswolds)|Naunton*|GL54
E|Gloucestershire (Cotswolds)|Snowshill*|WR12 / E|Gloucestershire (Cotswolds)|Coln St Aldwyns*|GL7
E|Gloucestershire (Cotswolds)|Sapperton*|GL7 / E|Gloucestershire (Cotswolds)|Upper Slaughter*|GL54
E|Gloucestershire (Cotswolds)|Lower Slaughter*|GL54 / E|Gloucestershire (Cotswolds)|Aldsworth*|GL54
E|Gloucestershire (Cotswolds)|Eastleach Martin*|GL7 / E|Gloucestershire (Cotswolds)|Hatherop*|GL7
E|Derbyshire (White Peak)|Hartington*|SK17 / E|Derbyshire (White Peak)|Litton*|SK17
E|Derbyshire (White Peak)|Flagg*|SK17 / E|Derbyshire (White Peak)|Youlgreave*|DE45
E|Derbyshire (White Peak)|Winster*|DE4 / E|Derbyshire (White Peak)|Elton*|DE4
E|Derbyshire (White Peak)|Sheldon*|DE45 / E|Derbyshire (White Peak)|Taddington*|SK17
E|Derbyshire (White Peak)|Wormhill*|SK17 / E|Derbyshire (White Peak)|Chelmorton*|SK17
E|Derbyshire (White Peak)|Earl Sterndale*|SK17
E|Kent (Isle of Sheppey)|Eastchurch|ME12 / E|Kent (Isle of Sheppey)|Leysdown-on-Sea|ME12
E|Kent (Isle of Sheppey)|Minster-on-Sea|ME12 / E|Kent (Isle of Sheppey)|Warden*|ME12
E|Kent (Isle of Sheppey)|Elmley*|ME12
E|Northumberland (Kielder)|Kielder*|NE48 / E|Northumberland (Kielder)|Falstone*|NE48
E|Northumberland (Kielder)|Greenhaugh*|NE48 / E|Northumberland (Kielder)|Tarset*|NE48
E|Northumberland (Kielder)|Wark on Tyne*|NE48 / E|Northumberland (Kielder)|Stannersburn*|NE48
E|Northumberland (Kielder)|Lanehead*|NE48 / E|Northumberland (Kielder)|Plashetts*|NE48
S|Stirling (Trossachs)|Brig o' Turk*|FK17 / S|Stirling (Trossachs)|Kinlochard*|FK8
S|Stirling (Trossachs)|Kilmahog*|FK17 / S|Stirling (Trossachs)|Ledard*|FK8
S|Stirling (Trossachs)|Milton of Aberfoyle*|FK8 / S|Stirling (Trossachs)|Dunmore Trossachs*|FK17
S|Berwickshire (Lammermuirs)|Longformacus*|TD11 / S|Berwickshire (Lammermuirs)|Duns Lammermuir*|TD11
S|Berwickshire (Lammermuirs)|Spottiswoode*|TD3 / S|Berwickshire (Lammermuirs)|Carfraemill*|TD2
S|Berwickshire (Lammermuirs)|Oxton Lauderdale*|TD2 / S|Berwickshire (Lammermuirs)|Channelkirk*|TD2
S|Berwickshire (Lammermuirs)|Kirkton Lammermuir*|TD11
S|Sutherland (Assynt)|Clachtoll*|IV27 / S|Sutherland (Assynt)|Stoer*|IV27
S|Sutherland (Assynt)|Inchnadamph*|IV27 / S|Sutherland (Assynt)|Elphin*|IV27
S|Sutherland (Assynt)|Achmelvich*|IV27 / S|Sutherland (Assynt)|Nedd*|IV27
S|Sutherland (Assynt)|Culkein Stoer*|IV27 / S|Sutherland (Assynt)|Torbreck Assynt*|IV27
S|Ross-shire (Coigach)|Achiltibuie Coigach*|IV26 / S|Ross-shire (Coigach)|Polbain*|IV26
S|Ross-shire (Coigach)|Altandhu*|IV26 / S|Ross-shire (Coigach)|Badenscallie*|IV26
W|Powys (Cwm Elan)|Rhayader|LD6 / W|Powys (Cwm Elan)|Nantgwyllt*|LD6
W|Powys (Cwm Elan)|Llansantffraed Cwmdeuddwr*|LD6 / W|Powys (Cwm Elan)|Caban Coch*|LD6
W|Powys (Cwm Elan)|Garreg Ddu*|LD6 / W|Powys (Cwm Elan)|Penygarreg*|LD6
W|Powys (Cwm Elan)|Craig Goch Elan*|LD6
W|Conwy (Hiraethog)|Bylchau*|LL16 / W|Conwy (Hiraethog)|Gwytherin*|LL22
W|Conwy (Hiraethog)|Saron Hiraethog*|LL16 / W|Conwy (Hiraethog)|Llanfair Talhaiarn*|LL22
W|Conwy (Hiraethog)|Llangwm Hiraethog*|LL21 / W|Conwy (Hiraethog)|Cefn Brith*|LL21
W|Conwy (Hiraethog)|Pentre-llyn-cymmer*|LL21
N|Co. Armagh (Slieve Gullion)|Killeavy*|BT35 / N|Co. Armagh (Slieve Gullion)|Dromintee*|BT35
N|Co. Armagh (Slieve Gullion)|Cloghoge*|BT35 / N|Co. Armagh (Slieve Gullion)|Camlough Gullion*|BT35
N|Co. Londonderry (Binevenagh)|Downhill*|BT51 / N|Co. Londonderry (Binevenagh)|Aghanloo*|BT49
N|Co. Londonderry (Binevenagh)|Myroe*|BT49 / N|Co. Londonderry (Binevenagh)|Ballyhacket*|BT51
N|Co. Antrim (The Braid)|Glarryford*|BT44 / N|Co. Antrim (The Braid)|Buckna*|BT42
N|Co. Antrim (The Braid)|Racavan*|BT43 / N|Co. Antrim (The Braid)|Carnstroan*|BT43
N|Co. Antrim (The Braid)|Clough Braid*|BT43 / N|Co. Antrim (The Braid)|Ballymena Braid*|BT42
"""
_BEES = (
    "Bee Skep, Brood Comb, Queen Excluder, Honey Super, Nectar Flow, Propolis, Drone Comb, "
    "Swarm Catcher"
)
_SHINTY = "Caman, Camanachd, Hail Post, Shinty Goal, Sweeper's, Hit-off, Throw-up, Caman Maker's"
_DAIRY = "y Caws, y Llaethdy, yr Hufen, y Fuddai, y Maidd, y Ceuled, y Gorddi, y Preseb"
_SHIPYARD = (
    "Ropeworks, Rivet Gang, Gantry Crane, Caulker's, Riveting Shed, Plater's Yard, Steam Crane, "
    "Hull Plate"
)

# region: (how streets are named, stems, street words, house names)
_BY_REGION = {
    "E": (
        street_names,
        _BEES,
        "Close Way Rise Mews Walk",
        "Skep House, Apiary House, Honeycomb Lodge, Beekeeper's Rest, Wax Chandler's Barn, "
        "Drone Cottage, Nectar House",
    ),
    "S": (
        street_names,
        _SHINTY,
        "Wynd Loan Gait Row Vennel",
        "Caman Cottage, Shinty Bothy, Hail Post House, Camanachd Steading, Goalie's Neuk, "
        "Sweeper's Cottage, Throw-up House",
    ),
    "W": (
        welsh_street_names,
        _DAIRY,
        "Heol Lôn Teras Ffordd Rhodfa",
        "Bwthyn y Llaethdy, Tŷ'r Fuddai, Hafod y Caws, Llety'r Hufen, Nyth y Preseb, "
        "Tyddyn y Maidd, Bwthyn y Ceuled",
    ),
    "N": (
        street_names,
        _SHIPYARD,
        "Road Court Gardens Avenue Heights",
        "Riveter's Cottage, Caulker's House, Launch Way Lodge, Gantry Cottage, Ropeworks House, "
        "Hull Plate Cottage, Dry Dock Lodge",
    ),
}
_STREETS = {r: named(stems, words.split()) for r, (named, stems, words, _) in _BY_REGION.items()}
_HOUSE_NAMES = {r: houses for r, (*_, houses) in _BY_REGION.items()}
_CULTURE_WEIGHTS = dict.fromkeys(_BASE, 5)
_REGION_WEIGHTS = {"E": 40, "S": 20, "W": 20, "N": 20}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Derbyshire Dales District Council Housing|Housing Standards - Damp and Mould|Town Hall, Bank Road;Matlock;DE4 9YU|0808 169 2501|damp.mould@derbysdales-housing.gov.uk
Gloucestershire County Council Concessionary Travel|Bus Pass Team - Renewals|Shire Hall, Westgate Street;Gloucester;GL1 9YU|0808 169 2502|buspass.renewals@glos-travel.gov.uk
Stirling Council Children's Services|Fostering Recruitment - Enquiries|Old Viewforth;Stirling;FK8 9YU|0808 169 2503|fostering.enquiries@stirling-childrens.gov.uk
Tamar Valley Hospitals NHS Trust|Patient Experience - Formal Complaints|Crownhill Road;Plymouth;PL6 9YU|0808 169 2504|complaints@tamarvalley-hospitals.example.nhs.uk
Swale Borough Council Benefits|Housing Benefit - Landlord Payments|Swale House, East Street;Sittingbourne;ME10 9YU|0808 169 2505|hb.landlords@swale-benefits.gov.uk
The Pension Service International Pension Centre|International Pension Centre - Overseas Enquiries|Tyneview Park;Newcastle upon Tyne;NE98 9YU|0808 169 2506|ipc.enquiries@dwp-ipc-example.gov.uk
NHS Highland Primary Care Services|GP Registrations - Patient Services|Assynt House, Beechwood Park;Inverness;IV2 9YU|0808 169 2507|gp.registrations@nhshighland-pcs.example.nhs.uk
Conwy County Borough Council Adult Social Care|Adult Safeguarding - Concerns|Bodlondeb;Conwy;LL32 9YU|0808 169 2508|safeguarding.adults@conwy-asc.gov.uk
Southern Health and Social Care Trust Maternity|Maternity Services - Self Referrals|Craigavon Area Hospital, 68 Lurgan Road;Portadown;BT63 9YU|0808 169 2509|maternity.selfreferral@southerntrust-example.hscni.net
Powys County Council Revenues|Council Tax - Changes of Liability|County Hall, Spa Road East;Llandrindod Wells;LD1 9YU|0808 169 2510|counciltax.changes@powys-revenues.gov.uk
Causeway Coast and Glens Borough Council Good Relations|Afghan Resettlement - Housing Support|Cloonavin, 66 Portstewart Road;Coleraine;BT52 9YU|0808 169 2511|afghan.resettlement@ccag-council.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_PRACTICES = """
Dart Moorside Surgery|Station Road;Yelverton;PL20 9ZU|01632 963 901|dartmoorside.surgery@nhs-devon.example.nhs.uk
Kilmahog Road Medical Practice|Ancaster Square;Callander;FK17 9ZU|01632 963 902|kilmahog.practice@nhs-fv.example.nhs.uk
Braidside Health Centre|Galgorm Road;Ballymena;BT42 9ZU|01632 963 903|braidside.hc@hscni-north.example.net
White Peak Family Practice|Market Place;Bakewell;DE45 9ZU|01632 963 904|whitepeak.fp@nhs-derbys.example.nhs.uk
"""
_BANKS = """
Moorland and Tamar Building Society|Vulnerable Customers Team, PO Box 6120;Exeter;EX1 9ZU|01632 963 905|vulnerable.customers@moorland-tamar-bs.example.co.uk
"""
_AGENTS = """
Sheppey Shore Lettings|8 High Street;Sheerness;ME12 9ZU|01632 963 906|rent@sheppeyshore-lettings.example.co.uk
"""
_EMAIL_DOMAINS = (
    "gmail.com outlook.com hotmail.co.uk btinternet.com yahoo.co.uk icloud.com sky.com "
    "virginmedia.com proton.me live.co.uk aol.com talktalk.net googlemail.com"
).split()
_LANDLINES = DRAMA_LANDLINES

# --------------------------------------------------------------------------- parsed tables
TABLES = tables_from(globals())
FIRST_NAMES, SURNAMES = TABLES.first_names, TABLES.surnames
STREETS, HOUSE_NAMES, TOWNS, ORGS = TABLES.streets, TABLES.house_names, TABLES.towns, TABLES.orgs
PRACTICES, BANKS, AGENTS = map(third_parties, (_PRACTICES, _BANKS, _AGENTS))


class V(Values):
    """Value generators for one row, on this family's tables."""

    tables = TABLES
    surname_pairs = gendered_surname_pairs(SURNAMES, lambda n: [n + "a"])
    parent_age_at_birth = (19, 43)
    former_name_culture = "ogoni"

    def of(self, culture: str, gender: str | None = None, **kw) -> Person:
        """A person of ``culture`` with a surname of ``culture`` (for the foreign letter)."""
        p = self.person(culture, gender, **kw)
        return replace(p, last=self.rng.choice([s for s, _ in SURNAMES[culture]]))

    def odd_email(self, p: Person) -> str:
        """An e-mail with an unusual local part: plus tags, family boxes, dates, underscores."""
        rng = self.rng
        f, s = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
        local = rng.choice(
            [
                f"{f}.{s}+{rng.choice(['council', 'nhs', 'bills', 'housing', '2026'])}",
                f"the.{s}.family{rng.randint(1, 99)}",
                f"{f[0]}{s}_{p.dob.year}",
                f"{f}.{s}.{p.dob.day:02d}{p.dob.month:02d}",
                f"x_{f}_x",
                f"{s}-{f}-uk",
                f"{f}{s}{rng.randint(10, 99)}",
                f"{f}.{s[:1]}.{rng.randint(1, 9)}",
                f"{s.upper()}.{f.capitalize()}",
            ]
        )
        return f"{local}@{rng.choice(self.tables.email_domains)}"

    def any_email(self, p: Person) -> str:
        return self.odd_email(p) if self.rng.random() < 0.5 else self.email(p)


# --------------------------------------------------------------------------- helpers
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
    "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split()


def day_in_words(d: date) -> str:
    """ "the twenty-third of June 1956" without "the": "twenty-third of June 1956"."""
    return f"{_ORDINAL_WORDS[d.day - 1]} of {_MONTHS[d.month - 1]} {d.year}"


def natural_dob(rng: random.Random, d: date) -> str:
    """A date of birth as people write it in letters and e-mails: the shared styles, the day in
    words, two-digit years without padding, American month-first words, an apostrophe year."""
    m = _MONTHS[d.month - 1]
    return rng.choice(
        [
            fmt_date(rng, d),
            day_in_words(d),
            f"{ordinal(d.day)} {m} {d.year}",
            f"{d.day}/{d.month}/{d.year % 100:02d}",
            f"{d:%d.%m.%y}",
            f"{d.day} {m[:3]} '{d.year % 100:02d}",
            f"{m} {d.day}, {d.year}",
            f"{d:%Y-%m-%d}",
            f"{ordinal(d.day)} {m[:3]} {d.year % 100:02d}",
        ]
    )


def us_date(d: date) -> str:
    """Month first, as an American writer puts it: "04/11/1952"."""
    return f"{d:%m/%d/%Y}"


def us_gloss(rng: random.Random, d: date) -> str:
    """What the writer adds so a British reader gets it right: "April 11th", "11 April 1952"."""
    m = _MONTHS[d.month - 1]
    return rng.choice([f"{m} {ordinal(d.day)}", f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}"])


def nickname(p: Person) -> str:
    """A short form family and friends use ("Mwanaisha" -> "Mwanie", "Lal Bahadur" -> "Lal")."""
    head = p.first.split()[0].split("-")[0]
    if len(head) <= 4:
        return head
    return head[:4].rstrip("aeiou'") + "ie"


_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
#: the Afghan (Dari) names of the solar months, Hamal (from about 21 March) to Hut
_AFGHAN_MONTHS = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()


def solar_hijri(d: date) -> tuple[int, int, int]:
    """(year, month, day) in the solar calendar Afghanistan uses, taking the new year (Nowruz)
    as 21 March: months 1-6 have 31 days, 7-11 have 30, the last the rest."""
    nowruz = date(d.year, 3, 21)
    if d < nowruz:
        nowruz = date(d.year - 1, 3, 21)
    year = nowruz.year - 621
    k = (d - nowruz).days
    if k < 186:
        return year, k // 31 + 1, k % 31 + 1
    k -= 186
    return year, min(k // 30 + 7, 12), (k - 150 + 1) if k >= 150 else k % 30 + 1


def persian_digits(text: str) -> str:
    return text.translate(_PERSIAN_DIGITS)


def dari_date(rng: random.Random, d: date) -> str:
    """A date of birth as an Afghan writer puts it: the solar date from the tazkira with the
    month's name, in Persian or Latin digits, or the Gregorian date in Persian digits."""
    y, m, day = solar_hijri(d)
    solar = f"{day} {_AFGHAN_MONTHS[m - 1]} {y}"
    return rng.choice(
        [persian_digits(solar), solar, persian_digits(f"{d:%Y/%m/%d}"), f"{d:%d/%m/%Y}"]
    )


def dari_name(p: Person) -> str:
    """A Hazara name in Perso-Arabic script: "گلبانو جاغوری"."""
    return f"{DARI[p.first]} {DARI[p.last]}"


def passport_latin(p: Person) -> str:
    """The name as an Afghan passport prints it: capitals, surname may come first."""
    return p.full.upper()


# --------------------------------------------------------------------------- layouts
def damp_mould_disrepair_complaint_email(doc: Doc3, v: V) -> None:
    """A tenant's third report of damp and mould: name, address, phone (sometimes a work number
    with an extension), e-mail, a household table with ages (unlabelled) and dates of birth,
    the partner's first name, a child's nickname, the GP practice (ORGANIZATION); the job
    numbers, the inspection date, the humidity reading and the ages stay readable."""
    rng = v.rng
    org, gp = v.org("Damp"), PRACTICES[3]
    p, home = v.person(born=(1975, 2003)), v.local("E", ("SK", "DE"))
    sp = v.partner(p)
    kids = v.children(p, rng.randint(1, 3))
    job = f"DM/{rng.randint(100000, 999999)}"
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(p)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: Damp and mould - THIRD time reporting - job {job}\n\n")
    doc.add("Hello,\n\nMy name is ").nm(p, rng.choice(["full", "title_full", "middle"]))
    doc.add(" and I live at ").addr_inline(home).add(" with my ")
    doc.add(relation_word(sp)).add(" ").nm(sp, "first").add(" and our children. ")
    doc.add(f"Your surveyor inspected on {dmy(days_ago(rng, 40, 120))} and measured ")
    doc.add(f"{rng.randint(71, 93)}% humidity in the back bedroom. Job {job} was closed but the ")
    doc.add("black mould is back on the walls and in the cupboards.\n\nWho lives here:\n\n")
    doc.add("Name                 | Age | DOB\n")
    for q in [p, sp, *kids]:
        doc.nm(q, rng.choice(["full", "first"])).add(f" | {age(q.dob)} | ")
        doc.ent("DATE_OF_BIRTH", natural_dob(rng, q.dob)).add("\n")
    k = kids[0]
    doc.add(f"\nMy {relation_word(k, child=True)} ").nm(k, "first").add(" (we call ")
    doc.add("her" if k.gender == "f" else "him").add(" ").ent("PERSON", nickname(k))
    doc.add(f") is aged {age(k.dob)} and has asthma, ")
    doc.add(f"the GP at {gp.name} (")
    third_party_contact(doc, gp)
    doc.add(") has written that the damp is making it worse.\n\n")
    doc.add(f"Repair job {rng.randint(4000000, 4999999)} was raised for the extractor fan on ")
    doc.add(f"{dmy(days_ago(rng, 20, 60))} and nobody came.\n\nYou can call me on ")
    doc.ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.5:
        doc.add(" or at work on ").ent("PHONE_NUMBER", v.phone(False)).add(ext(rng))
    doc.add(".\n\n")
    doc.add(rng.choice(["Thanks,\n", "Regards\n", "thanks\n"]))
    doc.nm(p, rng.choice(["first", "full", "lower", "initial"])).add("\n\n")
    recipient_contact(doc, org)


def bus_pass_renewal_older_resident_email(doc: Doc3, v: V) -> None:
    """An older couple renew their concessionary bus passes by e-mail: names, dates of birth in
    prose (the day in words, "born on"), ages (unlabelled), address on several lines, a
    landline in +44 form, e-mail, a passport or driving licence number as proof of identity;
    the card numbers, the expiry dates and the application reference stay readable."""
    rng = v.rng
    org = v.org("Bus Pass")
    p, home = v.person(born=(1938, 1960)), v.local("E", ("GL", "WR"))
    sp = v.partner(p)
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(p)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: Bus pass renewal ref BP{rng.randint(1000000, 9999999)}\n\n")
    doc.add("Dear Sir/Madam,\n\nOur bus passes run out soon and the letter said to email. ")
    doc.add("My name is ").nm(p, rng.choice(["full", "title_full", "title_surname"]))
    doc.add(rng.choice([" and I was born on the ", ", born on the "]))
    doc.ent("DATE_OF_BIRTH", day_in_words(p.dob))
    doc.add(f", so I am {age(p.dob)} now. My card number is 633597 ")
    doc.add(f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} ")
    doc.add(f"and it expires on {dmy(days_ago(rng, -40, -5))}.\n\n")
    doc.add(f"My {relation_word(sp)} ").nm(sp, rng.choice(["full", "first", "title_full"]))
    doc.add(" also needs a new one, date of birth ")
    doc.ent("DATE_OF_BIRTH", natural_dob(rng, sp.dob))
    doc.add(f" (aged {age(sp.dob)}).\n\nOur address is still:\n\n").addr_lines(home, "  ")
    doc.add("\nFor identity ")
    if rng.random() < 0.5:
        doc.add("my passport number is ").ident("UK_PASSPORT", v.passport())
    else:
        doc.add("my driving licence number is ").ent("UK_DRIVING_LICENCE", v.licence(p))
    doc.add(". We have new photos if you need them.\n\nWe have no mobile, the home phone is ")
    doc.ent("PHONE_NUMBER", v.phone(False)).add(".\n\nKind regards\n\n")
    style = rng.choice(["full", "initial_dot", "first"])
    doc.nm(p, style).add(rng.choice(["", f" ({p.title})"]) if style != "first" else "")
    doc.add(" and ").nm(sp, "first").add("\n\n")
    recipient_contact(doc, org)


def fostering_initial_enquiry_web_form(doc: Doc3, v: V) -> None:
    """A fostering enquiry from the council's web form: two applicants in separate name fields,
    dates of birth with two-digit years, address (flat and floor numbers happen), phones,
    e-mail, a driving licence, the children and a lodger with dates of birth; the enquiry id,
    the submission time, the bedroom count and how they heard stay readable."""
    rng = v.rng
    org = v.org("Fostering")
    p, home = v.person(born=(1966, 1998)), v.local("S", ("FK",))
    sp = v.partner(p)
    doc.add(f"Fostering enquiry FE-{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}\n")
    doc.add(f"Submitted: {dmy(days_ago(rng, 0, 6))} {clock_time(rng, 0, 23)}\n\n")
    for label, q in (("Applicant 1", p), ("Applicant 2", sp)):
        doc.add(f"{label}\nTitle: {q.title}\nFirst name(s): ").ent("PERSON", q.first)
        doc.add("\nSurname: ").ent("PERSON", q.last if rng.random() < 0.8 else q.last.upper())
        doc.add("\nDate of birth: ")
        doc.ent("DATE_OF_BIRTH", rng.choice([f"{q.dob:%d/%m/%y}", natural_dob(rng, q.dob)]))
        doc.add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True)).add("\n\n")
    doc.add("Address: ").addr_inline(home).add("\nEmail: ").ent("EMAIL_ADDRESS", v.any_email(p))
    doc.add(f"\nNumber of spare bedrooms: {rng.randint(1, 3)}\n")
    doc.add("Do you hold a full UK driving licence? Yes - ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n\nOther people in the household:\n")
    for k in v.children(p, rng.randint(0, 2), born=(2006, 2020)):
        doc.add("- ").nm(k, rng.choice(["full", "first"])).add(", born ").dob(k)
        doc.add(f", aged {age(k.dob)}\n")
    if rng.random() < 0.4:
        lodger = v.person(born=(1970, 2004))
        doc.add("- lodger: ").nm(lodger, rng.choice(["full", "surname_caps"])).add(", DOB ")
        doc.ent("DATE_OF_BIRTH", natural_dob(rng, lodger.dob)).add("\n")
    doc.add(f"\nHow did you hear about us? {rng.choice(['Facebook', 'a friend', 'radio'])}\n")
    doc.add("Best time to call: ").add(rng.choice(["evenings", "after 3pm", "any"])).add("\n\n")
    recipient_contact(doc, org)


def nhs_complaint_with_patient_consent_form(doc: Doc3, v: V) -> None:
    """A relative complains to an NHS trust about a parent's care, with the patient's signed
    consent: the complainant's name (sometimes double-barrelled by marriage), phone and e-mail,
    the patient's name, date of birth, NHS number and address given "c/o" the complainant, the
    nurse named (PERSON); the hospital number, the ward, the incident dates stay readable."""
    rng = v.rng
    org = v.org("Complaints")
    pat = v.person(born=(1930, 1962))
    rel = v.kin(pat, born=(max(1955, pat.dob.year + 19), 2000))
    other = v.person(gender=rel.gender).last
    if rng.random() < 0.3 and "-" not in other + rel.last and other != rel.last:
        rel = replace(rel, last=f"{other}-{rel.last}")  # double-barrelled on marriage
    home = v.local("E", ("PL", "TQ", "EX"))
    nurse = v.person(born=(1965, 2000))
    ward = rng.choice(["Meavy", "Tavy", "Plym", "Erme", "Yealm"])
    doc.add(f"To the {org.team} team\n\nRe: my {'mother' if pat.gender == 'f' else 'father'} ")
    doc.nm(pat, rng.choice(["full", "surname_caps", "title_full"]))
    doc.add(f" - hospital no. K{rng.randint(1000000, 9999999)}\n\n")
    doc.add("I am making a formal complaint about the care on ")
    doc.add(f"{ward} Ward between {dmy(days_ago(rng, 60, 90))} and {dmy(days_ago(rng, 20, 59))}. ")
    doc.add("On the night shift nurse ").nm(nurse, rng.choice(["first", "full", "initial_dot"]))
    doc.add(" told us there was nobody to help with meals.\n\nThe patient's details:\nName: ")
    doc.nm(pat, "full").add("\nDate of birth: ").dob(pat).add("\nNHS number: ")
    doc.ident("UK_NHS", v.nhs()).add("\nAddress: c/o ").nm(rel, "full").add(", ")
    doc.addr_inline(home).add("\n\nPlease reply to me on ").ent("PHONE_NUMBER", v.phone())
    doc.add(" or ").ent("EMAIL_ADDRESS", v.any_email(rel)).add(".\n\nYours sincerely\n")
    doc.nm(rel, rng.choice(["full", "title_full", "middle"])).add("\n\n")
    doc.add("PATIENT CONSENT FORM\nI, ").nm(pat, rng.choice(["full", "caps"]))
    doc.add(", date of birth ").dob(pat).add(", give my consent for ")
    doc.nm(rel, "full").add(f" (my {relation_word(rel, child=True)}) to make a complaint ")
    doc.add("on my behalf and to see my records.\nSigned: ")
    doc.nm(pat, rng.choice(["initial", "full", "initial_dot"]))
    doc.add(f"   Date: {dmy(days_ago(rng, 1, 10))}\n\n")
    recipient_contact(doc, org)


def hb_landlord_direct_payment_request(doc: Doc3, v: V) -> None:
    """A private landlord asks Housing Benefit to pay the rent to them: the landlord's own name,
    address, phone and e-mail and bank details (personal data too), the tenants' names and the
    property address, sometimes a letting agent (ORGANIZATION); the claim reference, the rent,
    the arrears table's dates and amounts and the tenancy start date stay readable."""
    rng = v.rng
    org = v.org("Landlord Payments")
    ll, ll_home = v.person(born=(1948, 1990)), v.address()
    t, prop = v.person(born=(1960, 2004)), v.local("E", ("ME",))
    rent = rng.choice([125, 140, 155, 170, 185])
    doc.nm(ll, rng.choice(["full", "initial_dot", "middle"])).add("\n")
    doc.addr_lines(ll_home).add("Tel: ").ent("PHONE_NUMBER", v.phone()).add("\n")
    doc.add("Email: ").ent("EMAIL_ADDRESS", v.any_email(ll)).add("\n\n")
    doc.add(f"{org.team}\n{org.name}\n\nClaim ref: HB/{rng.randint(7000000, 7999999)}\n\n")
    doc.add("Dear Sir/Madam\n\nRequest for direct payment - tenant ")
    doc.nm(t, rng.choice(["full", "title_full", "caps"])).add(", ").addr_inline(prop)
    doc.add(f"\n\nThe tenancy started on {dmy(days_ago(rng, 300, 900))} at £{rent}.00 a week. ")
    doc.add("The rent is now more than eight weeks in arrears:\n\n")
    doc.add("  Week beginning | Due     | Paid    | Balance\n")
    start, bal = days_ago(rng, 70, 80), 0
    for _ in range(4):
        paid = rng.choice([0, 0, rent // 2])
        bal += rent - paid
        doc.add(f"  {dmy(start)}     | £{rent}.00 | £{paid}.00 | £{bal}.00\n")
        start += timedelta(days=14)
    if rng.random() < 0.4:
        ag = AGENTS[0]
        doc.add(f"\nThe property is managed by {ag.name} (")
        third_party_contact(doc, ag)
        doc.add(").\n")
    doc.add("\nPlease pay to my account: sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(", account number ").ident("UK_BANK_ACCOUNT", v.account()).add(", account name ")
    doc.nm(ll, rng.choice(["bank", "bank2", "caps"])).add(".\n\nYours faithfully\n\n")
    doc.nm(ll, rng.choice(["full", "initial", "surname"])).add(" (landlord)\n\n")
    recipient_contact(doc, org)


def overseas_relative_pension_query_us_dates(doc: Doc3, v: V) -> None:
    """A son or daughter living in the United States writes to the International Pension
    Centre about a parent's pension: the parent's name, date of birth in American order (with
    the writer's gloss, a second DATE_OF_BIRTH), NI number, UK address "c/o" a sibling, bank
    details; the writer's name, UK mobile and e-mail; the pension reference and the letter
    dates in American order stay readable."""
    rng = v.rng
    org = v.org("International Pension")
    par = v.person(born=(1940, 1960))
    kid = v.kin(par, born=(max(1960, par.dob.year + 19), 1995))
    sib = v.kin(par, born=(max(1960, par.dob.year + 19), 1995))
    home = v.local("E", ("NE",))
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(kid)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: State Pension - ref IPC/{rng.randint(100000, 999999)}\n\n")
    doc.add("Hi there,\n\nI'm writing from Ohio on behalf of my ")
    doc.add("mother " if par.gender == "f" else "father ")
    doc.nm(par, rng.choice(["full", "title_full", "middle"])).add(", date of birth ")
    doc.ent("DATE_OF_BIRTH", us_date(par.dob)).add(" (sorry, that's ")
    doc.ent("DATE_OF_BIRTH", us_gloss(rng, par.dob)).add(" - we write dates the American way ")
    doc.add(f"over here). Your letter dated {days_ago(rng, 20, 60):%m/%d/%Y} says ")
    doc.add(pron(par)[0]).add(" missed the life certificate, but we sent it on ")
    doc.add(f"{days_ago(rng, 61, 120):%B %d, %Y}.\n\n")
    doc.add("Details:\n  National Insurance: ").ident("UK_NINO", v.nino())
    doc.add("\n  UK address: c/o ").nm(sib, rng.choice(["full", "first", "initial_dot"]))
    doc.add(", ").addr_inline(home).add("\n  Bank: sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(", account ").ident("UK_BANK_ACCOUNT", v.account())
    doc.add("\n\nPlease call me on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(" (WhatsApp is easiest, I'm 5 hours behind you).\n\nMany thanks\n")
    doc.nm(kid, rng.choice(["full", "first", "middle"])).add("\n\n")
    recipient_contact(doc, org)


def gp_registration_gms1_typed(doc: Doc3, v: V) -> None:
    """A GP registration form for a family, typed from paper: surname in capitals, first names,
    previous surname, date of birth, NHS number, address, phone, e-mail, a passport for those
    from abroad, the previous practice (ORGANIZATION), next of kin; the practice code, the date
    of arrival in the UK and the form's date stay readable."""
    rng = v.rng
    org, prev = v.org("GP Registrations"), rng.choice(PRACTICES)
    p, home = v.person(born=(1960, 2005)), v.local("S", ("IV",))
    code = f"{rng.choice('NSW')}{rng.randint(10000, 99999)}"
    doc.add(f"GMS1 - Family Doctor Services Registration   Practice code: {code}\n\n")
    people = [p, *v.children(p, rng.randint(0, 2), born=(2010, 2025))]
    for n, q in enumerate(people, 1):
        doc.add(f"Patient {n}\nSurname: ").ent("PERSON", q.last.upper())
        doc.add("   First names: ").ent("PERSON", q.first)
        if q is p and rng.random() < 0.4:
            doc.add("   Previous surname: ").ent("PERSON", v.former_name(p))
        doc.add(f"\nSex: {'F' if q.gender == 'f' else 'M'}   Date of birth: ")
        doc.ent(
            "DATE_OF_BIRTH", rng.choice([dmy(q.dob), f"{q.dob:%d/%m/%y}", fmt_date(rng, q.dob)])
        )
        doc.add("   NHS number: ")
        if rng.random() < 0.7:
            doc.ident("UK_NHS", v.nhs())
        else:
            doc.add("not known")
        doc.add("\n\n")
    doc.add("Home address:\n").addr_lines(home, "  ")
    doc.add("Telephone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.any_email(p)).add("\n")
    if rng.random() < 0.5:
        arrived = dmy(days_ago(rng, 100, 3000))
        doc.add(f"If from abroad - date you first came to live in the UK: {arrived}")
        doc.add("\nPassport number: ").ident("UK_PASSPORT", v.passport()).add("\n")
    doc.add(f"Previous GP: {prev.name}, ")
    third_party_contact(doc, prev)
    nok = v.partner(p)
    doc.add("\nNext of kin: ").nm(nok, rng.choice(["full", "lower", "surname_caps"]))
    doc.add(f" ({relation_word(nok)}) ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\n\nSigned: ").nm(p, rng.choice(["initial", "full"]))
    doc.add(f"   Date: {dmy(days_ago(rng, 0, 5))}\n\n")
    recipient_contact(doc, org)


def bank_safeguarding_financial_abuse_referral(doc: Doc3, v: V) -> None:
    """A building society's vulnerable customers team reports suspected financial abuse: the
    customer's name, date of birth, age (unlabelled), address, phone and account, the relative
    suspected by name and nickname with their phone, payments to them in the transaction table
    (PERSON), the case handler (PERSON) and the society's contacts (ORGANIZATION); the case
    reference, the transaction dates and amounts and the shops stay readable."""
    rng = v.rng
    org, bank = v.org("Safeguarding"), BANKS[0]
    c, home = v.person(born=(1928, 1952)), v.local("W", ("LL",))
    rel = v.kin(c, gender="m", born=(1985, 2004))
    handler = v.person(born=(1970, 2000))
    doc.add(f"{bank.name}\n")
    third_party_contact(doc, bank, "\n")
    doc.add(f"\nOur case ref: VCT-{rng.randint(1000000, 9999999)}\n\n")
    doc.add(f"To: {org.team}\n\nSafeguarding concern - possible financial abuse\n\n")
    doc.add("Customer: ").nm(c, rng.choice(["title_full", "full", "surname_caps"]))
    doc.add("\nDate of birth: ").ent("DATE_OF_BIRTH", natural_dob(rng, c.dob))
    doc.add(f" (aged {age(c.dob)})\nAddress: ").addr_inline(home)
    doc.add("\nTelephone: ").ent("PHONE_NUMBER", v.phone(False))
    doc.add("\nAccount: ").ident("UK_SORT_CODE", v.sort_code()).add(" / ")
    doc.ident("UK_BANK_ACCOUNT", v.account())
    doc.add(f"\n\nOur branch staff are worried about {pron(c)[1]} grandson ")
    doc.nm(rel, rng.choice(["full", "first"])).add(", known as '").ent("PERSON", nickname(rel))
    doc.add("', who comes to the branch with ").add("her" if c.gender == "f" else "him")
    doc.add(" and does the talking. ")
    doc.add("His number on the account is ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(".\n\nRecent payments:\n\n  Date       | Payee                | Amount\n")
    for _ in range(rng.randint(3, 5)):
        doc.add(f"  {dmy(days_ago(rng, 1, 45))} | ")
        if rng.random() < 0.5:
            doc.nm(rel, rng.choice(["bank", "caps"]))
        else:
            doc.add(rng.choice(["TESCO STORES", "DWR CYMRU", "CASH MACHINE", "AMAZON MKTPLACE"]))
        doc.add(f" | £{rng.randint(40, 2500)}.00\n")
    doc.add("\nCase handler: ").nm(handler, rng.choice(["full", "initial_dot", "first"]))
    doc.add(ext(rng)).add("\n\n")
    recipient_contact(doc, org)


def maternity_self_referral_form(doc: Doc3, v: V) -> None:
    """A maternity self-referral form: first name and surname in separate fields, a preferred
    name, date of birth, NHS number, address, mobile, e-mail, the partner with date of birth,
    the GP practice (ORGANIZATION); the submission id, the last period and due dates, the
    number of previous pregnancies and the interpreter language stay readable."""
    rng = v.rng
    org, gp = v.org("Maternity"), PRACTICES[2]
    p, home = v.person(gender="f", born=(1984, 2007)), v.local("N", ("BT",))
    lmp = days_ago(rng, 40, 120)
    doc.add(f"Maternity self-referral - submission MSR-{rng.randint(100000, 999999)}\n\n")
    doc.add("First name: ").ent("PERSON", p.first).add("\nSurname: ").ent("PERSON", p.last)
    doc.add("\nPreferred name: ").ent("PERSON", nickname(p)).add("\nDate of birth: ")
    doc.ent("DATE_OF_BIRTH", rng.choice([dmy(p.dob), natural_dob(rng, p.dob)]))
    doc.add("\nNHS / H&C number: ").ident("UK_NHS", v.nhs())
    doc.add("\nAddress: ").addr_inline(home).add("\nMobile: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add("\nEmail: ").ent("EMAIL_ADDRESS", v.any_email(p))
    doc.add(f"\nFirst day of last period: {dmy(lmp)}")
    doc.add(f"\nEstimated due date: {dmy(lmp + timedelta(days=280))}")
    doc.add(f"\nPrevious pregnancies: {rng.randint(0, 4)}")
    lang = rng.choice(["No", "Yes - Rohingya", "Yes - Dari", "Yes - Arabic", "Yes - Swahili"])
    doc.add(f"\nInterpreter needed: {lang}\nPartner's name: ")
    sp = v.partner(p)
    doc.nm(sp, rng.choice(["full", "first", "lower"])).add("\nPartner's date of birth: ")
    doc.ent("DATE_OF_BIRTH", natural_dob(rng, sp.dob))
    doc.add(f"\nGP practice: {gp.name}, ")
    third_party_contact(doc, gp)
    doc.add("\n\n")
    recipient_contact(doc, org)


def council_tax_separation_liability_email(doc: Doc3, v: V) -> None:
    """A resident asks for the council tax bill to change after a separation: the writer's name,
    date of birth in brackets, address, NI number, phone (sometimes a work number with an
    extension), the ex-partner's name, nickname and new address; the account number, the
    moving date and the amounts stay readable."""
    rng = v.rng
    org = v.org("Council Tax")
    p, home = v.person(born=(1968, 2003)), v.local("W", ("LD",))
    ex = v.partner(p)
    acct = f"{rng.choice([5, 6])}{rng.randint(1000000, 9999999)}"
    doc.add("From: ").ent("EMAIL_ADDRESS", v.any_email(p)).add("\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f"\nSubject: account {acct} - please take ")
    doc.add("my ex off the bill\n\nhi,\n\nI'm ").nm(p, rng.choice(["full", "lower", "middle"]))
    doc.add(" (DOB ").ent("DATE_OF_BIRTH", natural_dob(rng, p.dob)).add(") at ")
    doc.addr_inline(home).add(". My ex-partner ")
    doc.nm(ex, rng.choice(["full", "lower", "caps"]))
    if rng.random() < 0.5:
        doc.add(" (everyone calls ").add("her" if ex.gender == "f" else "him").add(" '")
        doc.ent("PERSON", nickname(ex)).add("')")
    doc.add(f" moved out on {dmy(days_ago(rng, 30, 90))} and now lives at ")
    doc.addr_inline(v.address()).add(". The bill is still in both names and ")
    doc.add(f"says we owe £{rng.randint(300, 1900)}.00.\n\nPlease put it in my name only and ")
    doc.add("give me the single person discount. My NI number is ").ident("UK_NINO", v.nino())
    doc.add(".\n\nMobile ").ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.5:
        doc.add(", or at work ").ent("PHONE_NUMBER", v.phone(False)).add(ext(rng))
    doc.add("\n\nsorry for the long email\n").nm(p, rng.choice(["first", "lower", "initial"]))
    doc.add("\n\n")
    recipient_contact(doc, org)


def hazara_dari_language_letter(doc: Doc3, v: V) -> None:
    """A Hazara family resettled from Afghanistan write in Dari (Perso-Arabic script) to the
    council's resettlement team: the writer's name in Dari and in passport Latin capitals, the
    date of birth in the solar calendar or Persian digits, the spouse and children (both forms)
    with dates of birth, address, NI and NHS numbers, phone and e-mail; the ARAP case number,
    the rent and the notice date stay readable."""
    rng = v.rng
    org = v.org("Afghan Resettlement")
    p = v.of("hazara", born=(1965, 2003))
    sp = v.of("hazara", {"f": "m", "m": "f"}[p.gender], born=(1962, 2004))
    home = v.local("N", ("BT",))
    doc.add(f"به: {org.name}\n{org.team}\nشماره پرونده: ARAP/{rng.randint(10000, 99999)}\n\n")
    doc.add("موضوع: درخواست کمک برای مسکن\n\nبا سلام و احترام،\n\nاینجانب ")
    doc.ent("PERSON", dari_name(p)).add(" (در پاسپورت: ").ent("PERSON", passport_latin(p))
    doc.add(") متولد ").ent("DATE_OF_BIRTH", dari_date(rng, p.dob)).add(" هستم. فعلاً در ")
    doc.addr_inline(home).add(f" زندگی می‌کنم. کرایه ماهانه £{rng.randint(400, 900)} است و ")
    doc.add(f"صاحب خانه از ما خواسته تا تاریخ {dmy(days_ago(rng, -60, -14))} خانه را تخلیه کنیم.")
    doc.add("\n\nهمسرم ").ent("PERSON", dari_name(sp))
    doc.add(" است. فرزندانم:\n")
    father = p if p.gender == "m" else sp
    for k in v.children(p, rng.randint(1, 3), taken=sp.first):
        k = replace(k, last=father.last)  # the children carry their father's family name
        doc.add("- ").ent("PERSON", dari_name(k)).add(" (").ent("PERSON", passport_latin(k))
        doc.add(")، تاریخ تولد ").ent("DATE_OF_BIRTH", dari_date(rng, k.dob)).add("\n")
    doc.add("\nشماره بیمه ملی: ").ident("UK_NINO", v.nino())
    doc.add("\nشماره NHS: ").ident("UK_NHS", v.nhs())
    doc.add("\nتلفن: ").ent("PHONE_NUMBER", v.phone(True)).add("\nایمیل: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nبا احترام،\n")
    doc.ent("PERSON", dari_name(p)).add("\n\n")
    recipient_contact(doc, org)


Layout = Callable[[Doc3, V], None]
#: the layouts in the order rows use them (row i: layout (i + seed) % 11)
LAYOUTS = """damp_mould_disrepair_complaint_email bus_pass_renewal_older_resident_email
fostering_initial_enquiry_web_form nhs_complaint_with_patient_consent_form
hb_landlord_direct_payment_request overseas_relative_pension_query_us_dates
gp_registration_gms1_typed bank_safeguarding_financial_abuse_referral
maternity_self_referral_form council_tax_separation_liability_email
hazara_dari_language_letter""".split()
LAYOUT_FUNCS: list[Layout] = [globals()[name] for name in LAYOUTS]
HELDOUT25 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT25.organisation_contacts
build_row = HELDOUT25.build_row
generate_heldout25 = HELDOUT25.generate
write_set = HELDOUT25.write_set
main = HELDOUT25.main


if __name__ == "__main__":
    main()
