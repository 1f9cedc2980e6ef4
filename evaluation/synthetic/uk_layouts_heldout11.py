# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout11: an eleventh held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-12-01:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout11(n, seed)`` returns rows ``{"id": "uklayout-heldout11-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout11",
"layout"}``. Row i depends only on (seed, i); the 14 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout11 -o
var/eval/pii_uk_layouts_heldout11.jsonl --n 1000 --seed 0`` (it also writes
``allow_list_uk_layouts_heldout11.txt`` beside it: the recipient organisations' own addresses,
helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout10; every value table here is new, and tests/test_uk_layouts_heldout11.py checks that
no first name, surname, town, district, county, street or house name appears in an earlier
family (uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name
lists it draws from; heldout3 to heldout10):

* names from 15 communities no earlier family drew on: Finnish (Hilkka, Veikko; Hämäläinen),
  Kazakh (Aigerim, Bauyrzhan; Nurpeisov/Nurpeisova), Uyghur (Mihrigul, Abduweli; Tohti,
  Abdurehim), Oromo (Chaltu, Gemechu; Hundessa), Rwandan Kinyarwanda (Umutoni, Niyonzima;
  Nsengiyumva), Azerbaijani (Sevinj, Rovshan; Mammadov/Mammadova), Chechen (Petimat,
  Zelimkhan; Bisultanov/Bisultanova), Slovenian (Špela, Boštjan; Zupančič), Parsi (Katayun,
  Kaikhushru; Pochkhanawala), Faroese (Gunnvá, Sjúrður; Høgnesen), Indo-Mauritian
  (Soobhadra, Sooroojdev; Goburdhun), Israeli (Inbal, Yonatan; Ben-Haim), Uzbek (Dilnoza,
  Ulugbek; Ergashev/Ergasheva), Lao (Manivanh, Vilayphone; Phommachanh) and North German and
  Frisian (Wiebke, Sönke; Eggebrecht) - a sister of a man with a gendered surname takes its
  other form;
* places from the postcode areas earlier families used least: outer London and the Home
  Counties (AL, BR, SM, EN, HA, TW, UB, CR, DA, IG, KT, RH, WD, RM, SL, LU, HP, SS) and
  Wigan, Bolton, Wearside and Durham (WN, BL, SR, DH), with county forms Middx, Gtr London,
  Herts., Berks., Bucks., Beds., Gt Manchester, Wearside, N. Kent, E. Surrey, SE Essex and
  Co. Dur.; Clydesdale and Monklands (ML) with Gaelic Siorrachd Lannraig, Shetland as
  Hjaltland or Sealtainn (ZE) and the Angus glens (DD); Radnor and Brecon as Co. Radnor and
  Co. Brecon (LD) and the Islwyn, Rhymney and Cynon valleys (NP, CF); Causeway Coast,
  Mid Ulster and the Ards Peninsula with Irish county forms (Contae Dhoire, Contae
  Aontroma); and Jersey and Guernsey parishes (JE, GY; Bailiwick of Jersey/Guernsey) with
  Norman-French streets (Rue du Douit Claquet, Chemin du Moulin Fleuri);
* new recipient organisations (allow-listed) and third parties (schools, managing agents,
  funeral directors, payroll bureaux, armed forces charities, GP practices) whose own contact
  details are ORGANIZATION.

Layouts (14): ehcp_annual_review_parent_views, scottish_welfare_fund_crisis_grant,
nihe_housing_points_review, selective_licensing_application, mail_merge_failed_fields,
quoted_printable_raw_email, right_to_buy_joint_application, registrar_marriage_notice_booking,
grave_deed_transfer_request, ics_calendar_invite_paste, school_attendance_penalty_reply,
kinship_carer_allowance_claim, direct_payments_pa_payroll_return,
armed_forces_housing_application.

Labelling conventions are heldout10's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, a name left
over beside an unfilled mail-merge field ("Dear «Title» Joensen"), an iCalendar attendee's
common name ("CN=Aino Virtanen") and a deceased grave owner are PERSON. A person's work e-mail
is EMAIL_ADDRESS (an iCalendar ``mailto:`` too) and their direct line PHONE_NUMBER. Addresses
split into STREET_ADDRESS (one span even over lines) + one LOCATION each for district,
town/village and county + UK_POSTCODE, also inside an iCalendar LOCATION line with its escaped
commas ("\\,") and in a quoted-printable e-mail whose soft line breaks ("=" at a line end) fall
between values. Only dates of birth are DATE_OF_BIRTH (a child's, a deceased grave owner's
too); review, decision, absence, death, discharge and meeting dates stay unlabelled. A Scottish
child's CHI number and a Northern Irish Health and Care number are UK_NHS (same check digit).
Third parties' own address lines, phones and mailboxes are ORGANIZATION (ignored for recall).
Unlabelled look-alikes that must stay readable (precision): EHCP references, pupils' UPNs and
review meeting dates; crisis grant references and PayPoint voucher codes; NIHE housing
application numbers and points; licence application numbers, UPRNs (twelve digits) and gas
safety certificate numbers; council tax accounts, mail-merge field names (``«Forename»``,
``{{ first_name }}``, ``MERGEFIELD``); Message-IDs, MIME boundaries and quoted-printable escapes
(``=20``, ``=E2=80=99``, ``&nbsp;``); rent accounts (eight digits, like a bank account) and RTB
references; marriage booking references and decree absolute dates; grave numbers, deed numbers and
dates of death; iCalendar UIDs and DTSTART stamps; penalty notice numbers, absence dates and
flight booking codes; Children's Hearing references; payroll and PAYE references and hourly
rates; service numbers (eight digits) and discharge dates. ~10% of NI numbers, NHS numbers, sort
codes, account numbers and passport numbers are MISTYPED as in heldout4 (span ``"mistyped":
True``); ~10% of rows hide a Unicode trick (zero-width space, soft hyphen, no-break or narrow
no-break space, full-width digits) inside a labelled value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

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
    "generate_heldout11",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout11"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
finnish: Aino/f Eeva/f Hilkka/f Kaisa/f Marjatta/f Pirkko/f Riikka/f Satu/f Tuula/f Venla/f
  Sirkka/f Päivi/f Eero/m Jouni/m Kalle/m Lauri/m Mikko/m Pekka/m Tapio/m Veikko/m Jussi/m
  Heikki/m Ilkka/m Antti/m
kazakh: Aigerim/f Aizhan/f Gulnur/f Zhanar/f Saule/f Assel/f Botagoz/f Ainur/f Aruzhan/f
  Nurlan/m Yerlan/m Askar/m Daulet/m Bauyrzhan/m Yerzhan/m Serik/m Temirlan/m Zhandos/m
  Nurzhan/m
uyghur: Rahile/f Gulnar/f Mihrigul/f Zumret/f Patigul/f Buhelchem/f Nurnisa/f Ilham/m
  Abduweli/m Memtimin/m Nurmemet/m Ablikim/m Erkin/m Qurban/m Yusupjan/m Ehmetjan/m
  Dilmurat/m Perhat/m
oromo: Chaltu/f Lensa/f Boontu/f Gadise/f Hawi/f Obse/f Ayantu/f Urji/f Tolessa/m Gemechu/m
  Chala/m Lemi/m Boru/m Gutu/m Fayisa/m Jatani/m Bikila/m Diriba/m Kenenisa/m Wakjira/m
rwandan: Uwase/f Ineza/f Umutoni/f Keza/f Mukamana/f Uwimana/x Ishimwe/x Mutesi/f Nyiraneza/f
  Rugamba/m Habimana/m Niyonzima/m Nshuti/m Gatete/m Kwizera/x Manzi/m Shema/m Iradukunda/x
azerbaijani: Aysel/f Gunel/f Sevinj/f Nigar/f Lale/f Ulviyya/f Aytan/f Konul/f Narmin/f
  Rashad/m Elchin/m Vugar/m Ilkin/m Anar/m Tural/m Nijat/m Rovshan/m Orkhan/m Javid/m
chechen: Khava/f Malika/f Aminat/f Petimat/f Kheda/f Yakha/f Tamila/f Marem/f Zelimkhan/m
  Ramzan/m Shamil/m Movsar/m Dzhabrail/m Magomed/m Said-Emin/m Turpal/m Apti/m Khamzat/m
  Rizvan/m Ayub/m
slovenian: Urška/f Špela/f Mojca/f Nataša/f Tjaša/f Metka/f Alenka/f Polona/f Darja/f Matej/m
  Primož/m Rok/m Žiga/m Klemen/m Boštjan/m Tadej/m Uroš/m Jernej/m Blaž/m Anže/m
parsi: Zarine/f Perizad/f Dinaz/f Shireen/f Freny/f Katayun/f Armaity/f Behroze/f Dilnavaz/f
  Farokh/m Rustom/m Jamshed/m Kaikhushru/m Homi/m Sorab/m Kersi/m Jehangir/m Xerxes/m
  Zubin/m Burjor/m Behram/m
faroese: Gunnvá/f Sunneva/f Sólrun/f Beinta/f Marjun/f Turið/f Guðrið/f Bjørg/f Tóra/f Eyð/f
  Rógvi/m Sjúrður/m Bárður/m Heðin/m Jógvan/m Óli/m Hanus/m Tróndur/m Sámal/m Rúni/m
mauritian: Sooryadevi/f Bhagwantee/f Nandinee/f Reshmee/f Prameela/f Soobhadra/f
  Vidyawatee/f Anjanee/f Raviraj/m Dharmanand/m Sooroojdev/m Rajcoomar/m Yashveer/m
  Dhaneshwar/m Vishnu-Datt/m Jaysen/m
israeli: Liron/f Shira/f Yael/f Hadas/f Michal/f Orly/f Inbal/f Keren/f Osnat/f Sigal/f
  Yonatan/m Itai/m Omer/m Amit/m Eitan/m Yuval/x Noam/m Gilad/m Oren/m Tomer/m Assaf/m
uzbek: Dilnoza/f Gulnora/f Shahnoza/f Nodira/f Zulfiya/f Feruza/f Mohira/f Sevara/f Nilufar/f
  Umida/f Sherzod/m Jasur/m Bekzod/m Ulugbek/m Otabek/m Sardor/m Jamshid/m Farrukh/m
  Doniyor/m Akmal/m Shukhrat/m Bakhodir/m
lao: Souksavanh/x Phonsavanh/x Bounmy/m Somphone/m Khamphet/m Vilayphone/m Noy/f Chanthaly/f
  Keo/f Manivanh/f Vanhxay/m Bouasone/f Sengdao/f Phetsamone/f
north_german: Jörg/m Torsten/m Uwe/m Dirk/m Sönke/m Hauke/m Volker/m Wolfram/m Detlef/m Ingo/m
  Heike/f Anke/f Ulrike/f Dörte/f Gudrun/f Wiebke/f Kerstin/f Frauke/f Almut/f
"""
_SURNAMES = """
finnish: Virtanen Korhonen Mäkinen Nieminen Heikkinen Hämäläinen Laaksonen Koskinen Järvinen
  Lehtonen Salminen Rantanen Kettunen Hyvönen Tuominen
kazakh: Nurpeisov/m Nurpeisova/f Zhakupov/m Zhakupova/f Suleimenov/m Suleimenova/f
  Baimukhamedov/m Baimukhamedova/f Abenov/m Abenova/f Iskakov/m Iskakova/f Kassymov/m
  Kassymova/f Sarsenbayev/m Sarsenbayeva/f
uyghur: Tohti Abdurehim Kadeer Imin Niyaz Mamut Ablet Hoshur Rozi Sidiq Ghopur Hesen Memet
oromo: Gemechu Fayisa Bikila Diriba Wakjira Guta Jarso Dabessa Lemessa Negasa Hundessa Tufa
  Abdissa Gudina
rwandan: Niyonsaba Mugabo Ndayisaba Hakizimana Nsengiyumva Bizimana Munyaneza Twagiramungu
  Ntwali Rukundo Kayitesi/f Mukamana/f
azerbaijani: Mammadov/m Mammadova/f Huseynov/m Huseynova/f Guliyev/m Guliyeva/f Hasanov/m
  Hasanova/f Jafarov/m Jafarova/f Rzayev/m Rzayeva/f Babayev/m Babayeva/f Ismayilov/m
  Ismayilova/f
chechen: Umarov/m Umarova/f Akhmadov/m Akhmadova/f Bisultanov/m Bisultanova/f Dudurkaev/m
  Dudurkaeva/f Israilov/m Israilova/f Yandarbiev/m Yandarbieva/f Tsutsaev/m Tsutsaeva/f
slovenian: Kovačič Zupančič Potočnik Vidmar Kos Golob Kralj Žagar Mlakar Oblak Hribar Zupan
  Krajnc Kavčič Bizjak Vrhovec
parsi: Wadia Daruwala Bharucha Cama Batliwala Sethna Dastur Irani Nanavati Motivala
  Pochkhanawala Readymoney Dubash Bilimoria Jeejeebhoy Vakil Tarapore Khambatta
faroese: Joensen Poulsen Dam Hentze Johannesen Mikkelsen Niclasen Zachariasen Lamhauge
  Høgnesen Danielsen Fuglø Vang Kjølbro
mauritian: Boolell Seetaram Dabee Ramdharry Luchmun Bhoyroo Gungah Teeluck Jhurry Ramlugun
  Goburdhun Mohith Ramphul Seebaluck Beeharry Choonee
israeli: Peretz Biton Mizrahi Dahan Ohayon Azoulay Amsalem Malka Gabay Elbaz Shitrit Vaknin
  Ben-Haim Harush Elmaleh
uzbek: Yusupov/m Yusupova/f Rakhimov/m Rakhimova/f Tursunov/m Tursunova/f Mirzaev/m
  Mirzaeva/f Khodjaev/m Khodjaeva/f Ergashev/m Ergasheva/f Nazarov/m Nazarova/f Kholmatov/m
  Kholmatova/f
lao: Phommachanh Sisouphanh Vongsavath Keomany Sayavong Inthavong Phanthavong Xayaphone
  Douangdeuane Sengsouliya Khounthavong Luangrath
north_german: Schröder Hoffmeister Bräuer Kühne Dietzel Brandenburger Wiesenthal Eggebrecht
  Oberländer Hünninger Schweitzer Rautenberg Kleinschmidt Vogelsang Tiedemann
"""
_TOWNS = """
E|Herts.|Sandridge*|AL4 / E|Herts.|Colney Heath*|AL4 / E|Herts.|Redbourn*|AL3
E|Herts.|Wheathampstead*|AL4 / E|Herts.|London Colney*|AL2 / E|Herts.|Bricket Wood*|AL2
E|Herts.|How Wood*|AL2 / E|Herts.|Chiswell Green*|AL2 / E|Gtr London|Shortlands|BR2
E|Gtr London|Bickley|BR1 / E|Gtr London|Petts Wood|BR5 / E|Gtr London|St Mary Cray|BR5
E|Gtr London|Green Street Green|BR6 / E|Gtr London|Biggin Hill*|TN16 / E|Gtr London|Downe*|BR6
E|Gtr London|Keston*|BR2 / E|Gtr London|Chelsfield*|BR6 / E|Gtr London|Carshalton|SM5
E|Gtr London|Wallington|SM6 / E|Gtr London|Cheam|SM3 / E|Gtr London|Rosehill|SM1
E|Gtr London|Beddington|SM6 / E|Gtr London|Hackbridge|SM6 / E|Middx|Bush Hill Park|EN1
E|Middx|Forty Hill|EN2 / E|Middx|Gordon Hill|EN2 / E|Middx|Enfield Lock|EN3
E|Middx|Ponders End|EN3 / E|Herts.|Cuffley*|EN6 / E|Herts.|Goffs Oak*|EN7 / E|Herts.|Crews Hill*|EN2
E|Middx|Wealdstone|HA3 / E|Middx|Kenton|HA3 / E|Middx|Harrow Weald|HA3 / E|Middx|Hatch End|HA5
E|Middx|Rayners Lane|HA2 / E|Middx|Stanmore|HA7 / E|Middx|Strawberry Hill|TW1
E|Middx|Teddington|TW11 / E|Middx|Hampton Hill|TW12 / E|Middx|Hanworth|TW13 / E|Middx|Yeading|UB4
E|Middx|Northolt|UB5 / E|Middx|Harlington|UB3 / E|Middx|Ickenham|UB10 / E|Middx|Harefield|UB9
E|Gtr London|Addiscombe|CR0 / E|Gtr London|Selsdon|CR2 / E|Gtr London|Sanderstead|CR2
E|Gtr London|Kenley|CR8 / E|Gtr London|New Addington|CR0 / E|N. Kent|Crayford|DA1
E|N. Kent|Wilmington|DA2 / E|N. Kent|Swanscombe|DA10 / E|N. Kent|Greenhithe|DA9
E|Gtr London|Welling|DA16 / E|Gtr London|Belvedere|DA17 / E|Gtr London|Seven Kings|IG3
E|Gtr London|Goodmayes|IG3 / E|Gtr London|Gants Hill|IG2 / E|Gtr London|Barkingside|IG6
E|Gtr London|Woodford Green|IG8 / E|SE Essex|Chigwell*|IG7 / E|SE Essex|Buckhurst Hill|IG9
E|SE Essex|Lambourne End*|RM4
E|Gtr London|Surbiton|Tolworth=KT6;Norbiton=KT1;Berrylands=KT5;Chessington=KT9;Thames Ditton=KT7
E|E. Surrey|Redhill|Merstham=RH1;Earlswood=RH1;Salfords=RH1 / E|E. Surrey|Nutfield*|RH1
E|E. Surrey|Bletchingley*|RH1 / E|Herts.|Oxhey|WD19 / E|Herts.|Carpenders Park|WD19
E|Herts.|Garston|WD25 / E|Herts.|Leavesden|WD25 / E|Herts.|Croxley Green|WD3
E|Herts.|Abbots Langley*|WD5 / E|Herts.|Chipperfield*|WD4 / E|Herts.|Shenley*|WD7
E|Gtr London|Harold Wood|RM3 / E|Gtr London|Gidea Park|RM2 / E|Gtr London|Collier Row|RM5
E|Gtr London|Chadwell Heath|RM6 / E|Gtr London|Havering-atte-Bower*|RM4
E|Gtr London|Noak Hill*|RM4 / E|Berks.|Cippenham|SL1 / E|Berks.|Chalvey|SL1 / E|Berks.|Wexham|SL2
E|Berks.|Britwell|SL2 / E|Bucks.|Farnham Royal*|SL2 / E|Bucks.|Stoke Poges*|SL2
E|Berks.|Datchet*|SL3 / E|Berks.|Colnbrook*|SL3 / E|Beds.|Stopsley|LU2 / E|Beds.|Lewsey|LU4
E|Beds.|Marsh Farm|LU3 / E|Beds.|Leagrave|LU4 / E|Beds.|Caddington*|LU1 / E|Beds.|Toddington*|LU5
E|Herts.|Bovingdon*|HP3 / E|Herts.|Adeyfield|HP2 / E|Herts.|Bennetts End|HP3 / E|Herts.|Boxmoor|HP1
E|Herts.|Leverstock Green|HP2 / E|SE Essex|Prittlewell|SS2 / E|SE Essex|Shoeburyness|SS3
E|SE Essex|Great Wakering*|SS3 / E|SE Essex|Paglesham*|SS4 / E|SE Essex|Canewdon*|SS4
E|Gt Manchester|Ince-in-Makerfield|WN2 / E|Gt Manchester|Orrell|WN5
E|Gt Manchester|Hindley Green|WN2 / E|Gt Manchester|Shevington*|WN6 / E|Gt Manchester|Aspull*|WN2
E|Lancs.|Appley Bridge*|WN6 / E|Gt Manchester|Astley Bridge|BL1 / E|Gt Manchester|Breightmet|BL2
E|Gt Manchester|Little Lever|BL3 / E|Gt Manchester|Bromley Cross|BL7 / E|Gt Manchester|Harwood|BL2
E|Gt Manchester|Egerton*|BL7 / E|Wearside|Pallion|SR4 / E|Wearside|Southwick|SR5
E|Wearside|Roker|SR6 / E|Wearside|Seaburn|SR6 / E|Wearside|Ryhope|SR2 / E|Wearside|Silksworth|SR3
E|Wearside|Doxford Park|SR3 / E|Wearside|Hetton-le-Hole|DH5 / E|Co. Dur.|Sherburn Village*|DH6
E|Co. Dur.|Pittington*|DH6 / E|Co. Dur.|Gilesgate|DH1 / E|Co. Dur.|Framwellgate Moor|DH1
E|Co. Dur.|Newton Hall|DH1 / E|Co. Dur.|Ushaw Moor|DH7 / E|Co. Dur.|Sacriston*|DH7
E|Co. Dur.|Pelton*|DH2
S|Clydesdale|Kirkfieldbank*|ML11 / S|Clydesdale|Cartland*|ML11 / S|Clydesdale|Forth*|ML11
S|Clydesdale|Coalburn*|ML11 / S|Clydesdale|Kirkmuirhill*|ML11 / S|Clydesdale|Carstairs Junction*|ML11
S|Clydesdale|Kilncadzow*|ML8 / S|Clydesdale|Auchenheath*|ML11 / S|Clydesdale|Braidwood*|ML8
S|Clydesdale|Crossford*|ML8 / S|Clydesdale|Rigside*|ML11 / S|Clydesdale|Douglas Water*|ML11
S|Clydesdale|Roberton*|ML12 / S|Clydesdale|Elsrickle*|ML12 / S|Clydesdale|Dolphinton*|EH46
S|Clydesdale|Walston*|ML11 / S|Clydesdale|Newbigging*|ML11 / S|Clydesdale|Thankerton*|ML12
S|Clydesdale|Covington*|ML12 / S|Clydesdale|Pettinain*|ML11 / S|Clydesdale|Libberton*|ML11
S|Clydesdale|Quothquan*|ML12 / S|Clydesdale|Symington*|ML12 / S|Clydesdale|Wiston*|ML12
S|Clydesdale|Coulter*|ML12 / S|Clydesdale|Lamington*|ML12 / S|Siorrachd Lannraig|Larkhall|Hareleeshill=ML9
S|Siorrachd Lannraig|Chapelton*|ML10 / S|Siorrachd Lannraig|Tarbrax*|EH55
S|Siorrachd Lannraig|Auchengray*|EH55 / S|Siorrachd Lannraig|Wilsontown*|ML11
S|Siorrachd Lannraig|Yieldshields*|ML8 / S|Siorrachd Lannraig|Overtown*|ML2
S|Siorrachd Lannraig|Allanton*|ML7 / S|Siorrachd Lannraig|Hartwood*|ML7 / S|Siorrachd Lannraig|Bonkle*|ML2
S|Siorrachd Lannraig|Stane*|ML7 / S|Siorrachd Lannraig|Dykehead*|ML7 / S|Monklands|Greengairs*|ML6
S|Monklands|Longriggend*|ML6 / S|Monklands|Gartness*|ML6 / S|Monklands|Caldercruix*|ML6
S|Monklands|Plains*|ML6 / S|Monklands|Glenboig*|ML5 / S|Monklands|Chapelhall*|ML6
S|Monklands|Salsburgh*|ML7 / S|Monklands|Harthill*|ML7 / S|Siorrachd Lannraig|Newmains*|ML2
S|Siorrachd Lannraig|Cleland*|ML1 / S|Siorrachd Lannraig|Holytown|New Stevenston=ML1;Newarthill=ML1
S|Sealtainn|Cullivoe*|ZE2 / S|Hjaltland|Virkie*|ZE3 / S|Hjaltland|Tresta*|ZE2 / S|Hjaltland|Weisdale*|ZE2
S|Hjaltland|Whiteness*|ZE2 / S|Hjaltland|Skeld*|ZE2 / S|Hjaltland|Sandness*|ZE2 / S|Sealtainn|Ollaberry*|ZE2
S|Sealtainn|North Roe*|ZE2 / S|Sealtainn|Sullom*|ZE2 / S|Sealtainn|Vidlin*|ZE2 / S|Sealtainn|Lunna*|ZE2
S|Sealtainn|Burravoe*|ZE2 / S|Sealtainn|Gutcher*|ZE2 / S|Sealtainn|Haroldswick*|ZE2
S|Sealtainn|Uyeasound*|ZE2 / S|Sealtainn|Houbie*|ZE2 / S|Hjaltland|Levenwick*|ZE2 / S|Hjaltland|Bigton*|ZE2
S|Hjaltland|Quarff*|ZE2 / S|Hjaltland|Gulberwick*|ZE2 / S|Hjaltland|Trondra*|ZE1 / S|Hjaltland|Hamnavoe*|ZE2
S|Hjaltland|Toab*|ZE3 / S|Angus Glens|Tealing*|DD4 / S|Angus Glens|Newtyle*|PH12
S|Angus Glens|Auchterhouse*|DD3 / S|Angus Glens|Wellbank*|DD5 / S|Angus Glens|Letham Grange*|DD11
S|Angus Glens|Kirkbuddo*|DD8 / S|Angus Glens|Carmyllie*|DD11 / S|Angus Glens|Arbirlot*|DD11
S|Angus Glens|Inverkeilor*|DD11 / S|Angus Glens|Lunan*|DD11 / S|Angus Glens|Craigo*|DD10
S|Angus Glens|Logie Pert*|DD10 / S|Angus Glens|Menmuir*|DD9 / S|Angus Glens|Kingoldrum*|DD8
S|Angus Glens|Eassie*|DD8 / S|Angus Glens|Dunnichen*|DD8
W|Co. Radnor|Newbridge-on-Wye*|LD1 / W|Co. Radnor|Llanyre*|LD1 / W|Co. Radnor|Howey*|LD1
W|Co. Radnor|Llandegley*|LD1 / W|Co. Radnor|Penybont*|LD1 / W|Co. Radnor|Knucklas*|LD7
W|Co. Radnor|Llangunllo*|LD7 / W|Co. Radnor|Beguildy*|LD7 / W|Co. Brecon|Cilmery*|LD2
W|Co. Brecon|Garth*|LD4 / W|Co. Brecon|Tirabad*|LD4 / W|Co. Brecon|Aberedw*|LD2
W|Co. Radnor|Hundred House*|LD1 / W|Co. Radnor|Llanwrthwl*|LD1 / W|Co. Radnor|Doldowlod*|LD1
W|Co. Brecon|Llanddewi'r Cwm*|LD2 / W|Co. Brecon|Alltmawr*|LD2 / W|Co. Brecon|Crickadarn*|LD2
W|Co. Brecon|Gwenddwr*|LD2 / W|Co. Brecon|Llyswen*|LD3 / W|Co. Radnor|Boughrood*|LD3
W|Co. Radnor|Llanstephan*|LD3 / W|Co. Radnor|Llanfaredd*|LD2 / W|Co. Radnor|Cefnllys*|LD1
W|Co. Radnor|Llanbadarn Fynydd*|LD1 / W|Co. Radnor|Abbeycwmhir*|LD1 / W|Co. Radnor|Llananno*|LD1
W|Co. Radnor|Cascob*|LD8 / W|Co. Radnor|Evenjobb*|LD8 / W|Co. Radnor|Old Radnor*|LD8
W|Co. Radnor|Kinnerton*|LD8 / W|Co. Radnor|Discoed*|LD8 / W|Co. Radnor|Gladestry*|HR5
W|Co. Radnor|Rhulen*|LD2 / W|Co. Radnor|Cregrina*|LD1 / W|Co. Brecon|Llanganten*|LD2
W|Rhymney Valley|Trinant*|NP11 / W|Rhymney Valley|Pentwynmawr*|NP11 / W|Rhymney Valley|Abercarn*|NP11
W|Rhymney Valley|Cwmcarn*|NP11 / W|Rhymney Valley|Pontywaun*|NP11 / W|Rhymney Valley|Pontymister*|NP11
W|Rhymney Valley|Fleur-de-lys*|NP12 / W|Rhymney Valley|Tirphil*|NP24
W|Rhymney Valley|New Tredegar*|NP24 / W|Rhymney Valley|Phillipstown*|NP24
W|Rhymney Valley|Brithdir*|NP24 / W|Rhymney Valley|Gelligaer*|CF82 / W|Rhymney Valley|Penpedairheol*|CF82
W|Rhymney Valley|Cefn Hengoed*|CF82 / W|Rhymney Valley|Hengoed*|CF82
W|Rhymney Valley|Maesycwmmer*|CF82 / W|Rhymney Valley|Llanfabon*|CF46
W|Rhymney Valley|Llanbradach*|CF83 / W|Rhymney Valley|Senghenydd*|CF83
W|Rhymney Valley|Abertridwr*|CF83 / W|Cynon Valley|Quakers Yard*|CF46 / W|Cynon Valley|Edwardsville*|CF46
W|Cynon Valley|Carnetown*|CF45 / W|Cynon Valley|Pontygwaith*|CF43 / W|Cynon Valley|Cymmer*|CF39
W|Cynon Valley|Penrhys*|CF43 / W|Cynon Valley|Clydach Vale*|CF40 / W|Cynon Valley|Williamstown*|CF40
W|Cynon Valley|Cwmdare*|CF44 / W|Cynon Valley|Trecynon*|CF44 / W|Cynon Valley|Cwmbach*|CF44
W|Cynon Valley|Aberaman*|CF44 / W|Cynon Valley|Godreaman*|CF44 / W|Cynon Valley|Cwmaman*|CF44
W|Cynon Valley|Darranlas*|CF45 / W|Cynon Valley|Matthewstown*|CF45 / W|Cynon Valley|Perthcelyn*|CF45
W|Cynon Valley|Miskin|CF45 / W|Cynon Valley|Cefnpennar|CF45
N|Causeway Coast|Mountsandel|BT52 / N|Causeway Coast|Ballysally|BT52 / N|Causeway Coast|Harpurs Hill|BT52
N|Causeway Coast|Greystone|BT49 / N|Causeway Coast|Roemill|BT49 / N|Contae Dhoire|Ballerin*|BT51
N|Contae Dhoire|Ringsend*|BT51 / N|Contae Dhoire|Glenullin*|BT51 / N|Contae Dhoire|Lisnamuck*|BT45
N|Contae Dhoire|Innisrush*|BT44 / N|Mid Ulster|Ballinderry*|BT80 / N|Mid Ulster|Tamlaght*|BT80
N|Contae Dhoire|Straw*|BT45 / N|Contae Dhoire|Gortnahey*|BT47 / N|Contae Dhoire|Foreglen*|BT47
N|Contae Dhoire|Burnfoot*|BT47 / N|Contae Aontroma|Cargan*|BT43 / N|Contae Aontroma|Cloyfin*|BT52
N|Contae Aontroma|Dunseverick*|BT57 / N|Contae Aontroma|Lisnagunogue*|BT57
N|Contae Aontroma|Mullaghboy*|BT40 / N|Contae Aontroma|Galgorm*|BT42
N|Contae Aontroma|Newtown Crommelin*|BT43 / N|Ards Peninsula|Balloo*|BT23 / N|Ards Peninsula|Lisbane*|BT23
N|Ards Peninsula|Ardmillan*|BT23 / N|Ards Peninsula|Raffrey*|BT30 / N|Ards Peninsula|Ballyquintin*|BT22
N|Mid Ulster|Gortaclare*|BT79
J|Bailiwick of Jersey|Grouville*|JE3 / J|Bailiwick of Jersey|St Ouen*|JE3
J|Bailiwick of Jersey|Rozel*|JE3 / J|Bailiwick of Guernsey|St Pierre du Bois*|GY7
J|Bailiwick of Guernsey|Cobo*|GY5
"""
_STREETS = {
    "E": "Metroland Avenue, Tube Depot Road, Green Belt Close, Bypass Parade, Semi Crescent, Pylon "
    "Walk, Allotment Lane, Reservoir Rise, Gravel Pit Lane, Brickfield Parade, Hat Factory Road, "
    "Straw Plait Walk, Airfield Way, Hangar Close, Orbital Crescent, Shipwrights Row, Pit Head "
    "Terrace, Cotton Spinners Way, Shuttlemakers Street, Colliery Bank, Staithes Road, Keel Row "
    "Mews, Glassworks Lane, Cockle Shed Row, Pier Approach Road, Estuary View, Watercress Beds "
    "Lane, Nursery Glasshouse Road",
    "S": "Steelworks Brae, Pithead Row, Miners' Row, Bing Road, Plum Orchard Brae, Clyde Valley "
    "Road, Tomato House Lane, Peat Stack Road, Haaf Lane, Noost Road, Böd Lane, Da Lanes, "
    "Knitters' Row, Jute Mill Brae, Berry Fields Road, Raspberry Brae",
    "W": "Heol y Glowyr, Rhes y Pwll, Stryd y Ffwrnais, Heol y Tramffordd, Teras y Gwaith Haearn, "
    "Lôn y Defaid Duon, Heol y Comin Mawr, Ffordd yr Ysgol Sul, Hewers Terrace, Winding Gear Row, "
    "Incline Road, Spa Pump Lane, Chalybeate Row, Drovers Halt Lane",
    "N": "Ballymoney Road Upper, Drumagarner Road, Moneydig Road, Gortnamoyagh Road, Carrowcrin "
    "Lane, Lisnagrot Road, Knockaduff Road, Ballyquin Road, Mullaghinch Road, Tullaghgore Lane, "
    "Flax Dam Road, Scutch Mill Lane, Herring Quay Road, Strangford Shore Road",
    "J": "Rue de la Mare Ballam, La Route des Côtils Verts, Chemin du Moulin Fleuri, Rue des "
    "Landes Pourries, La Rue du Froid Vent, Route de la Houguette, Les Vardes Lane, Rue du Douit "
    "Claquet",
}
_HOUSE_NAMES = {
    "E": "Metroland Villa, Green Belt Cottage, Reservoir Lodge, Airfield House, Watercress Cottage, "
    "Straw Plait Cottage, Pithead House, Staithes View, Glasshouse Lodge",
    "S": "Bing End Cottage, Peat Bank House, Noost Cottage, Da Haaf Hoose, Raspberry Brae Cottage, "
    "Jute Mill House",
    "W": "Tŷ'r Glowyr, Bwthyn y Ffwrnais, Hafod y Defaid, Pwll Glo Uchaf, Ffynnon Haearn",
    "N": "Scutch Mill House, Flax Dam Cottage, Moneydig Farm, Gortnamoyagh House, Lisnagrot Cottage",
    "J": "Le Clos du Moulin, La Maison des Landes, Les Vardes Farm, Le Douit Cottage",
}
_CULTURE_WEIGHTS = {
    "finnish": 5,
    "kazakh": 5,
    "uyghur": 4,
    "oromo": 6,
    "rwandan": 5,
    "azerbaijani": 5,
    "chechen": 4,
    "slovenian": 4,
    "parsi": 5,
    "faroese": 3,
    "mauritian": 6,
    "israeli": 5,
    "uzbek": 5,
    "lao": 4,
    "north_german": 5,
}
_REGION_WEIGHTS = {"E": 46, "S": 18, "W": 14, "N": 16, "J": 6}

# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
London Borough of Sutton - SEND Service|EHCP Annual Reviews|Civic Offices, St Nicholas Way;Sutton;SM1 1EA|0808 157 0701|send.reviews@sutton.gov.uk
South Lanarkshire Council|Scottish Welfare Fund - Crisis Grants|Council Offices, Almada Street;Hamilton;ML3 0AA|0808 157 0702|swf.crisisgrants@southlanarkshire.gov.uk
Northern Ireland Housing Executive - Causeway Area|Housing Solutions - Points Reviews|Riverside House, Bridge Street;Coleraine;BT52 1DA|0808 157 0703|causeway.pointsreview@nihe.gov.uk
London Borough of Redbridge|Private Sector Housing - Property Licensing|Lynton House, High Road;Ilford;IG1 1NY|0808 157 0704|property.licensing@redbridge.gov.uk
Wigan Council|Council Tax Recovery|Town Hall, Library Street;Wigan;WN1 1YN|0808 157 0705|ctax.recovery@wigan.gov.uk
Hertsmere Borough Council|Waste and Street Scene|Civic Offices, Elstree Way;Borehamwood;WD6 1WA|0808 157 0706|streetscene@hertsmere.gov.uk
London Borough of Havering|Homes in Havering - Right to Buy|Town Hall, Main Road;Romford;RM1 3BD|0808 157 0707|righttobuy@havering.gov.uk
Bolton Register Office|Registration Service - Notices of Marriage|Town Hall, Victoria Square;Bolton;BL1 1RU|0808 157 0708|register.office@bolton.gov.uk
Durham County Council|Bereavement Services - Burial Records|County Hall, Aykley Heads;Durham;DH1 5UF|0808 157 0709|burial.records@durham.gov.uk
Luton Borough Council|Children's Services - Family Group Conferences|Town Hall, George Street;Luton;LU1 2BQ|0808 157 0710|fgc.coordinators@luton.gov.uk
Slough Borough Council|Education Welfare - School Attendance|Observatory House, Windsor Road;Slough;SL1 2EL|0808 157 0711|school.attendance@slough.gov.uk
Shetland Islands Council - Children's Social Work|Kinship Care|Montfield Offices, Burgh Road;Lerwick;ZE1 0LA|0808 157 0712|kinship.care@shetland.gov.uk
Caerphilly County Borough Council|Adult Services - Direct Payments Team|Penallta House, Tredomen Park;Ystrad Mynach;CF82 7PG|0808 157 0713|directpayments@caerphilly.gov.uk
Sunderland City Council|Housing Options - Armed Forces Covenant|City Hall, Plater Way;Sunderland;SR1 3AA|0808 157 0714|afc.housing@sunderland.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_SCHOOLS = """
Carshalton Beeches Primary Academy|Beeches Avenue;Carshalton;SM5 3LW|0118 496 0721|senco@beechesprimary-academy.org.uk
Wallington Hill Specialist Centre|PO Box 1204;Wallington;SM6 9WX|0118 496 0722|office@wallingtonhill-sc.org.uk
"""
_AGENTS = """
Gants Hill Lettings & Management|Unit 3, Cranbrook Parade;Ilford;IG2 6RT|020 7946 0731|lettings@ganthill-lm.co.uk
Roding Valley Property Managers|PO Box 880;Woodford Green;IG8 1WQ|020 7946 0732|compliance@rodingvalleypm.co.uk
"""
_FUNERAL_DIRECTORS = """
Wearmouth & Weardale Funeral Service|Chester Road;Sunderland;SR4 7DR|0191 498 0741|arrangements@wearmouthfunerals.co.uk
Gilesgate Independent Funeral Directors|PO Box 215;Durham;DH1 9ZA|0191 498 0742|office@gilesgatefunerals.co.uk
"""
_PAYROLL = """
Cwm Payroll Bureau CIC|Unit 9, Penallta Industrial Estate;Hengoed;CF82 7QZ|029 2018 0751|dp.payroll@cwmpayroll.org.uk
Valleys Independent Living Support|PO Box 47;Blackwood;NP12 9XA|029 2018 0752|support@valleysils.org.uk
"""
_FORCES_CHARITIES = """
Wearside Veterans Housing Trust|The Drill Hall, Livingstone Road;Sunderland;SR1 3PN|0191 498 0761|caseworkers@wearsideveterans.org.uk
Forces Families Resettlement North|PO Box 3317;Catterick Garrison;DL9 9ZT|0191 498 0762|help@ffrnorth.org.uk
"""
_SURGERIES = """
Scalloway and Westside Health Centre|Main Street;Scalloway;ZE1 0TR|0131 496 0771|westside.reception@nhs.scot
Whalsay and Lunnasting Practice|PO Box 12;Lerwick;ZE1 0WJ|0131 496 0772|lunnasting.admin@nhs.scot
"""
# Cemeteries, schools for the attendance layout, units and airlines: names only, no contacts
_CEMETERIES = ["Bishopwearmouth Cemetery", "St Cuthbert's Burial Ground", "Gilesgate Cemetery"]
_SLOUGH_SCHOOLS = ["Cippenham Green Infant School", "Britwell Juniors", "Wexham Court Academy"]
_UNITS = [
    "1st Battalion The Rifles",
    "3 Regiment Royal Logistic Corps",
    "RAF Leeming",
    "HMS Collingwood",
    "32 Engineer Regiment",
]
_EMAIL_DOMAINS = [
    "btinternet.com",
    "outlook.co.uk",
    "googlemail.com",
    "hotmail.com",
    "yahoo.com",
    "icloud.com",
    "virginmedia.com",
    "sky.com",
    "proton.me",
    "ymail.com",
    "gmx.com",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0113 496 0",
    "0116 496 0",
    "0118 496 0",
    "0121 496 0",
    "0131 496 0",
    "0161 496 0",
    "0191 498 0",
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
SCHOOLS = third_parties(_SCHOOLS)
AGENTS = third_parties(_AGENTS)
FUNERAL_DIRECTORS = third_parties(_FUNERAL_DIRECTORS)
PAYROLL = third_parties(_PAYROLL)
FORCES_CHARITIES = third_parties(_FORCES_CHARITIES)
SURGERIES = third_parties(_SURGERIES)


SURNAME_PAIRS = gendered_surname_pairs(SURNAMES, lambda n: (n + "a",))


class V(Values):
    """Value generators for one row, on this family's tables: a relative of the other sex takes
    the other form of a gendered surname, and the unlabelled look-alikes of this family."""

    tables = TABLES
    surname_pairs = SURNAME_PAIRS


# --------------------------------------------------------------------------- helpers
# --------------------------------------------------------------------------- layouts
def ehcp_annual_review_parent_views(doc: Doc3, v: V) -> None:
    """A parent's written views for their child's EHCP annual review, sent to the SEND team:
    the parent's address as a letterhead, the child's name, date of birth and NHS number (for
    the therapy section), siblings with their dates of birth in a bullet list, the school's
    SENCo named with the school's contacts (ORGANIZATION), a paediatrician named; the EHCP
    reference, the pupil's UPN and the review meeting date stay readable."""
    rng = v.rng
    org, school = v.org("SEND"), rng.choice(SCHOOLS)
    parent, home = v.person(born=(1970, 1996)), v.address(region="E")
    child = v.kin(parent, child=True, born=(2012, 2021))
    siblings = [s for s in v.children(parent, rng.randint(1, 3)) if s.first != child.first]
    senco, paed = v.person(), v.person()
    ref = f"EHC/{TODAY.year}/{v.ref(5)}"
    upn = f"{rng.choice('ABHKNT')}{v.ref(12)}"
    meeting = TODAY + timedelta(rng.randint(7, 40))
    doc.nm(parent, rng.choice(["full", "title_full"])).add("\n").addr_lines(home)
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\n\n").add(org.name + "\n")
    doc.add(f"{org.team}\nBy e-mail: ").ent("ORGANIZATION", org.mailbox).add("\n\n")
    doc.add(f"EHCP reference: {ref}\nUPN: {upn}\n\n")
    doc.add("PARENT/CARER VIEWS - SECTION A\n\nChild's name: ").nm(child, "full")
    doc.add("\nDate of birth: ").dob(child).add("\nNHS number: ").ident("UK_NHS", v.nhs())
    doc.add("\nSchool: ").add(school.name).add(" (SENCo ").nm(
        senco, rng.choice(["full", "title_surname"])
    )
    doc.add(", ").ent("ORGANIZATION", school.phone).add(")\n\n")
    doc.nm(child, "first").add(
        f" has found Year {rng.randint(3, 9)} very hard. {pron(child)[0].capitalize()} masks "
        "at school and melts down at home. We would like the speech and language hours in "
        "Section F kept as they are. "
    )
    doc.nm(paed, rng.choice(["title_surname", "full"])).add(
        " (community paediatrics) is reviewing medication.\n\nBrothers and sisters at home:\n"
    )
    for s in siblings:
        doc.add("  - ").nm(s, rng.choice(["first", "full"])).add(", born ").dob(s).add("\n")
    doc.add(
        f"\nI will attend the review meeting on {dmy(meeting)} at {clock_time(rng, 9, 15)}. "
        "Please send the papers two weeks before, as the law says, to "
    )
    doc.ent("EMAIL_ADDRESS", v.email(parent)).add(". If you need me, your helpline (")
    doc.ent("ORGANIZATION", org.phone).add(") can put you through to me at work on ")
    doc.ent("PHONE_NUMBER", v.phone(False)).add(".\n\nSchool contact: ").add(school.name + ", ")
    third_party_contact(doc, school)
    doc.add("\n\n").nm(parent, rng.choice(["full", "first"])).add(
        f" ({'mum' if parent.gender == 'f' else 'dad'})\n"
    )


def scottish_welfare_fund_crisis_grant(doc: Doc3, v: V) -> None:
    """A Scottish Welfare Fund crisis grant taken by phone and keyed into the council's case
    system: labelled fields in capitals, the applicant's and partner's names, dates of birth
    and NI numbers, an address (often a Lanarkshire village or Shetland), the children by first
    name and age, a payment to a bank account or by PayPoint; the SWF reference, the PayPoint
    voucher code, the award amount and the decision date stay readable."""
    rng = v.rng
    org = v.org("Welfare Fund")
    p, home = v.person(born=(1960, 2005)), v.local("S", ("ML",))
    partner = v.partner(p) if rng.random() < 0.5 else None
    kids = v.children(p, rng.randint(0, 3))
    ref = f"SWF-CG-{v.ref(6)}"
    award = f"£{rng.randint(4, 30) * 10}.00"
    doc.add(f"{org.name} | {org.team}\nSWF REF: {ref}    CHANNEL: TELEPHONE via ")
    doc.ent("ORGANIZATION", org.phone).add("\nDECISION DATE: ").add(
        dmy(TODAY - timedelta(rng.randint(0, 3)))
    )
    doc.add(f"    AWARD: {award}\n\nAPPLICANT NAME: ").nm(p, rng.choice(["caps", "surname_caps"]))
    doc.add("\nDOB: ").dob(p).add("    NINO: ").ident("UK_NINO", v.nino()).add("\nADDRESS: ")
    doc.addr_inline(home).add("\nCONTACT TEL: ").ent("PHONE_NUMBER", v.phone())
    if partner:
        doc.add("\nPARTNER: ").nm(partner, rng.choice(["caps", "full"])).add("  DOB ")
        doc.dob(partner).add("  NINO ").ident("UK_NINO", v.nino())
    doc.add("\nCHILDREN IN HOUSEHOLD: ")
    if kids:
        for i, k in enumerate(kids):
            doc.add(", " if i else "").nm(k, "first").add(f" ({TODAY.year - k.dob.year})")
    else:
        doc.add("none")
    doc.add(
        "\n\nCRISIS: Universal Credit advance spent on rent arrears, no gas or electric on "
        "the meter, no food in the house. Referred by "
    )
    doc.nm(v.person(), rng.choice(["full", "first"])).add(" at the local foodbank.\n\n")
    if rng.random() < 0.6:
        doc.add("PAYMENT: BACS to applicant's account - sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(" account no ")
        doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n")
    else:
        doc.add(f"PAYMENT: PayPoint voucher {v.code(4)}-{v.code(4)}-{v.code(4)} texted to ")
        doc.ent("PHONE_NUMBER", v.phone(True)).add("\n")
    doc.add("Decision notice e-mailed to ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(" - review requests to ").ent("ORGANIZATION", org.mailbox).add("\nDecision maker: ")
    doc.nm(v.person(), rng.choice(["initial_dot", "full"])).add("\n")


def nihe_housing_points_review(doc: Doc3, v: V) -> None:
    """An applicant's letter to the Housing Executive asking for a review of their points under
    the Housing Selection Scheme: their Causeway Coast or Ards address, date of birth, NI and
    Health and Care numbers, a household member with a disability, the GP surgery's letter
    (ORGANIZATION) and a social worker named, a previous address; the housing application
    number, the points and the assessment date stay readable."""
    rng = v.rng
    org, gp = v.org("Points"), rng.choice(SURGERIES)
    p, home = v.person(born=(1950, 2003)), v.address(region="N")
    before = v.address(region=rng.choice(["N", "N", "S", "E"]))
    member = v.kin(p, born=(1935, 2018))
    worker = v.person()
    app = v.ref(7)
    points = rng.choice([20, 40, 50, 70, 90, 110])
    doc.addr_lines(home, joined=True).add("\n").add(dmy(TODAY - timedelta(rng.randint(0, 5))))
    doc.add(f"\n\nThe Area Manager\n{org.name}\n")
    for line in org.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add(f"\nHousing application number: {app}\n\nDear Sir or Madam,\n\nI am ")
    doc.nm(p, rng.choice(["full", "middle"])).add(", date of birth ").dob(p)
    doc.add(", National Insurance number ").ident("UK_NINO", v.nino())
    doc.add(f". My assessment dated {dmy(days_ago(rng, 20, 90))} gave me {points} points and I do ")
    doc.add("not think the Primary Social Needs points were counted for my ")
    doc.add(relation_word(member, member.dob.year > 2004)).add(" ").nm(member, "first")
    doc.add(" (H&C number ").ident("UK_NHS", v.nhs())
    doc.add("), who cannot manage the stairs.\n\nWe had to leave ").addr_inline(
        before, postcode=False
    )
    doc.add(" because of the damp. Our GP at ").add(gp.name).add(" (")
    doc.ent("ORGANIZATION", gp.phone).add(") has written, and our social worker, ")
    doc.nm(worker, rng.choice(["full", "title_surname"])).add(", will confirm.\n\n")
    doc.add("You can ring me on ").ent("PHONE_NUMBER", v.phone(True)).add(" or e-mail ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(". I also rang ").ent("ORGANIZATION", org.phone)
    doc.add(" and was told to write to ").ent("ORGANIZATION", org.mailbox).add(".\n\n")
    doc.add("Yours faithfully\n\n").nm(p, rng.choice(["full", "caps"])).add("\n")


def selective_licensing_application(doc: Doc3, v: V) -> None:
    """A selective licensing application's summary page, copied out of the council's portal into
    an e-mail by the landlord: question and answer pairs for the licence holder (name, date of
    birth, home address, phones, e-mail, a driving licence as proof of identity), the managing
    agent's contacts (ORGANIZATION) and the tenants named; the application number, the UPRN,
    the gas safety certificate number and the fee stay readable."""
    rng = v.rng
    org, agent = v.org("Licensing"), rng.choice(AGENTS)
    owner, home = v.person(born=(1950, 1995)), v.address()
    prop = v.address(region="E")
    tenants = [v.person() for _ in range(rng.randint(1, 3))]
    appno = f"PL-{TODAY.year}-{v.ref(6)}"
    uprn = f"1000{v.ref(8)}"
    doc.add("From: ").nm(owner, "full").add(" <").ent("EMAIL_ADDRESS", v.email(owner))
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: Application {appno} - portal timed out, summary below\n\n")
    doc.add("The portal logged me out at the payment page so I have copied my answers:\n\n")
    qa = [
        ("Q1 Property address", lambda: doc.addr_inline(prop)),
        ("Q2 UPRN (if known)", lambda: doc.add(uprn)),
        ("Q3 Proposed licence holder", lambda: doc.nm(owner, rng.choice(["full", "middle"]))),
        ("Q4 Date of birth", lambda: doc.dob(owner)),
        ("Q5 Licence holder's home address", lambda: doc.addr_inline(home)),
        (
            "Q6 Telephone (day / mobile)",
            lambda: (
                doc.ent("PHONE_NUMBER", v.phone(False))
                .add(" / ")
                .ent("PHONE_NUMBER", v.phone(True))
            ),
        ),
        (
            "Q7 Proof of identity",
            lambda: doc.add("UK driving licence ").ent("UK_DRIVING_LICENCE", v.licence(owner)),
        ),
        (
            "Q8 Managing agent",
            lambda: (doc.add(agent.name + ", "), third_party_contact(doc, agent)),
        ),
        (
            "Q9 Gas safety certificate",
            lambda: doc.add(f"cert no. {v.ref(7)}, expires {v.when(30, 300)}"),
        ),
    ]
    for q, answer in qa:
        doc.add(q + "\nA: ")
        answer()
        doc.add("\n")
    doc.add(f"Q10 Number of occupants / households\nA: {len(tenants) + rng.randint(0, 2)} / 1\n")
    doc.add("Q11 Names of tenants\nA: ")
    for i, t in enumerate(tenants):
        doc.add(", " if i else "").nm(t, rng.choice(["full", "surname_caps", "initial"]))
    doc.add(f"\n\nThe fee of £{rng.choice([650, 750, 900])} will not go through; I have rung ")
    doc.ent("ORGANIZATION", org.phone).add(" twice.\n\n").nm(owner, rng.choice(["first", "full"]))
    doc.add("\n")


def mail_merge_failed_fields(doc: Doc3, v: V) -> None:
    """A resident replies to a council tax reminder whose mail merge failed, quoting it with its
    unfilled fields ("Dear «Title» Joensen", "{{ first_name }}", "MERGEFIELD Balance"): the
    surname left beside a field is a name, the resident's reply gives their name, address, date
    of birth, phone and e-mail; the council tax account number, the field names and the reminder
    date stay readable."""
    rng = v.rng
    org = v.org("Council Tax Recovery")
    p, home = v.person(born=(1945, 2003)), v.address(region="E")
    account = v.ref(9)
    sent = days_ago(rng, 3, 20)
    doc.add("Subject: RE: Reminder notice - account ").add(account).add("\n\n")
    doc.add("Your letter makes no sense, half of it is codes. My name is ").nm(p, "full")
    doc.add(', not "«Title» «Forename»". I live at ').addr_inline(home)
    doc.add(" and my date of birth is ").dob(p).add(" if you need to check it is me. ")
    doc.add("I pay by direct debit every month. Ring me on ").ent("PHONE_NUMBER", v.phone())
    doc.add(" or reply to ").ent("EMAIL_ADDRESS", v.email(p)).add(".\n\n")
    doc.nm(p, rng.choice(["first", "full"])).add("\n\n")
    doc.add(f"-----Original Message-----\nFrom: {org.team} <")
    doc.ent("ORGANIZATION", org.mailbox).add(f">\nSent: {sent:%d %B %Y}\n\n")
    style = rng.random()
    if style < 0.4:
        doc.add("Dear «Title» ").nm(p, "surname")
    elif style < 0.7:
        doc.add("Dear {{ first_name }} ").nm(p, rng.choice(["surname", "caps"]))
    else:
        doc.add("Dear ").add(p.title + " ").nm(p, "surname").add(" «Suffix»")
    doc.add(",\n\nCOUNCIL TAX REMINDER NOTICE\nAccount number: " + account + "\nProperty: ")
    doc.ent("STREET_ADDRESS", home.street(", ")).add(", «Address_Line_3», ")
    doc.ent("UK_POSTCODE", home.postcode)
    doc.add(
        '\n\nOur records show that the instalment of £{ MERGEFIELD Balance \\# "0.00" } due '
        "on «Due_Date» has not been paid. If you do not pay within 7 days you will lose the "
        "right to pay by instalments.\n\nIf you have already paid, please ignore this notice. "
        "Call us on "
    )
    doc.ent("ORGANIZATION", org.phone).add(".\n\n«Officer_Name»\nRecovery Officer\n")


def quoted_printable_raw_email(doc: Doc3, v: V) -> None:
    """A fly-tipping report forwarded from a shared mailbox as raw MIME source: headers, a
    quoted-printable plain part with "=20" line ends, "=E2=80=99" apostrophes, "=3D" and soft
    line breaks ("=" at the end of a line, always between values), then the HTML part with
    "&nbsp;" and "&#39;": the resident's name, address, phone and e-mail, a neighbour named and a
    vehicle seen; the Message-ID, the MIME boundary and the Date header stay readable."""
    rng = v.rng
    org = v.org("Street Scene")
    p, home = v.person(born=(1950, 2004)), v.address(region="E")
    neighbour = v.person()
    boundary = f"----=_Part_{v.ref(6)}_{v.ref(9)}.{v.ref(13)}"
    mid = f"{v.code(12, '0123456789abcdef')}.{v.ref(6)}@mail.gmail.com"
    email = v.email(p)
    sent = days_ago(rng, 0, 6)
    doc.add("Return-Path: <").ent("EMAIL_ADDRESS", email).add(">\nFrom: ")
    doc.nm(p, "full").add(" <").ent("EMAIL_ADDRESS", email).add(">\nTo: ")
    doc.ent("ORGANIZATION", org.mailbox).add(f"\nDate: {sent:%a, %d %b %Y} {clock_time(rng)}:")
    doc.add(f"{rng.randint(10, 59)} +0000\nMessage-ID: <{mid}>\nSubject: fly tipping AGAIN")
    doc.add(f'\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="{boundary}"\n\n')
    doc.add(f"--{boundary}\nContent-Type: text/plain; charset=UTF-8\n")
    doc.add("Content-Transfer-Encoding: quoted-printable\n\nHi,=20\n\nThere=E2=80=99s another ")
    doc.add("pile of rubble and a mattress dumped behind the garages near my house at =\n")
    doc.addr_inline(home).add(".=20\n\nIt=E2=80=99s the third time. My neighbour ")
    doc.nm(neighbour, rng.choice(["full", "first", "title_surname"]))
    doc.add(f" saw a white van, {pron(neighbour)[0]}=\nthinks the reg started ").add(
        v.code(2, "ABCDEFGHKLMNPRSTVWXY")
    )
    doc.add(f"{rng.randint(10, 75)}. Photos on the app (ref=3D{v.ref(8)}).\n\nPlease call me =\n")
    doc.add("on ").ent("PHONE_NUMBER", v.phone()).add(" =E2=80=93 I=E2=80=99m in after 4.=20\n\n")
    doc.nm(p, rng.choice(["first", "full"])).add(f"\n\n--{boundary}\n")
    doc.add("Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n")
    doc.add('\n<div dir=3D"ltr">Hi,&nbsp;<br><br>There&#39;s another pile of rubble behind the =\n')
    doc.add("garages near ").ent("STREET_ADDRESS", home.street(", ")).add(",&nbsp;")
    doc.ent("UK_POSTCODE", home.postcode).add(".<br>My neighbour ").nm(neighbour, "first")
    doc.add(" saw a van.<br>Please call me on&nbsp;").ent("PHONE_NUMBER", v.phone(True))
    doc.add("<br><br>").nm(p, "first").add(f"</div>\n\n--{boundary}--\n\n")
    doc.add("[Forwarded by the shared mailbox rule to the street scene team - helpline ")
    doc.ent("ORGANIZATION", org.phone).add("]\n")


def right_to_buy_joint_application(doc: Doc3, v: V) -> None:
    """A Right to Buy claim form (RTB1) typed up by joint tenants: Part 1 for each tenant (name,
    date of birth, NI number, an identity document: passport or driving licence), Part 2 for the
    family members who share the home (names, relationship, dates of birth), Part 3 earlier
    public sector tenancies (landlord and address, dates from and to); the rent account number
    (eight digits, like a bank account), the RTB reference and the tenancy start date stay
    readable."""
    rng = v.rng
    org = v.org("Right to Buy")
    a = v.person(born=(1950, 1985))
    b = v.partner(a)
    home = v.address(region="E")
    eldest = max(a.dob.year, b.dob.year) + 18  # a family member old enough to share the claim
    grown = (eldest, max(eldest, min(a.dob.year + 42, 2008)))
    family = v.children(a, rng.randint(0, 2), born=grown, taken=b.first)
    rent = v.ref(8)
    doc.add(f"{org.name} - {org.team}\nRIGHT TO BUY CLAIM FORM (RTB1)\nRTB ref: RTB/")
    doc.add(f"{TODAY:%y}/{v.ref(4)}    Rent account no: {rent}\nProperty: ").addr_inline(home)
    doc.add(f"\nTenancy start date: {dmy(days_ago(rng, 2000, 9000))}\n\nPART 1 - TENANTS\n")
    for i, t in enumerate((a, b), 1):
        doc.add(f"Tenant {i}: ").nm(t, rng.choice(["full", "surname_caps", "middle"]))
        doc.add("\n  Date of birth: ").dob(t).add("   NI no: ").ident("UK_NINO", v.nino())
        if rng.random() < 0.5:
            doc.add("\n  ID: passport no. ").ident("UK_PASSPORT", v.passport())
        else:
            doc.add("\n  ID: driving licence ").ent("UK_DRIVING_LICENCE", v.licence(t))
        doc.add("\n  Phone: ").ent("PHONE_NUMBER", v.phone()).add("\n")
    doc.add("\nPART 2 - FAMILY MEMBERS SHARING THE RIGHT TO BUY\n")
    if not family:
        doc.add("None\n")
    for f in family:
        doc.add("  ").nm(f, "full").add(f" - {relation_word(f, child=True)} - born ").dob(f)
        doc.add("\n")
    doc.add("\nPART 3 - PREVIOUS PUBLIC SECTOR TENANCIES (discount)\n")
    for _ in range(rng.randint(1, 2)):
        start = days_ago(rng, 9000, 14000)
        doc.add(f"  {start:%m/%Y} to {(start + timedelta(rng.randint(700, 3000))):%m/%Y}: ")
        doc.addr_inline(v.address()).add("\n")
    doc.add("\nSigned: ").nm(a, "full").add(" and ").nm(b, "full")
    doc.add("\nE-mail for correspondence: ").ent("EMAIL_ADDRESS", v.email(a))
    doc.add("\nReturn to ").ent("ORGANIZATION", org.mailbox).add(" - queries ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def registrar_marriage_notice_booking(doc: Doc3, v: V) -> None:
    """A booking to give notice of marriage, as the register office's system prints it for the
    registrar: both parties' names, dates of birth, nationalities, occupations, addresses and
    passport numbers (each party its own), their fathers' names, a previous marriage ended by a
    decree absolute; the booking reference, the appointment time and the decree date stay
    readable."""
    rng = v.rng
    org = v.org("Marriage")
    a, b = v.person(born=(1955, 2004)), v.person(born=(1955, 2004))
    nat = ["British", "Finnish", "Kazakh", "Slovenian", "Rwandan", "Israeli", "Mauritian", "Uzbek"]
    booking = f"NOM-{v.code(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{v.ref(5)}"
    when = TODAY + timedelta(rng.randint(3, 30))
    doc.add(f"{org.name}\n{org.team}\nBooking ref: {booking}\nAppointment: {when:%A %d %B %Y}")
    doc.add(f" at {clock_time(rng, 9, 16)} - both parties to attend separately\n\n")
    for label, p in (("PARTY 1", a), ("PARTY 2", b)):
        doc.add(f"{label}\nFull name: ").nm(p, rng.choice(["full", "caps", "middle"]))
        doc.add("\nDate of birth: ").dob(p).add(f"\nNationality: {rng.choice(nat)}")
        doc.add(
            f"\nOccupation: {rng.choice(['Nurse', 'Bus Driver', 'Chef', 'Student', 'Engineer'])}"
        )
        doc.add("\nAddress: ").addr_inline(v.address(region=rng.choice(["E", "E", "J", "S"])))
        doc.add("\nPassport no: ").ident("UK_PASSPORT", v.passport())
        doc.add("\nFather's name: ").nm(v.kin(p, gender="m", born=(1925, p.dob.year - 17)), "full")
        if rng.random() < 0.3:
            doc.add("\nCondition: previously married - decree absolute dated ")
            doc.add(dmy(days_ago(rng, 400, 4000)))
        else:
            doc.add("\nCondition: never married")
        doc.add("\nContact: ").ent("PHONE_NUMBER", v.phone(True)).add(" / ")
        doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    doc.add("Fee paid: £70.00 per party. To change the booking call ").ent(
        "ORGANIZATION", org.phone
    )
    doc.add(" or e-mail ").ent("ORGANIZATION", org.mailbox).add(".\nBooked by: ")
    doc.nm(v.person(), rng.choice(["full", "initial_dot"])).add(
        ", Deputy Superintendent Registrar\n"
    )


def grave_deed_transfer_request(doc: Doc3, v: V) -> None:
    """A grandchild asks bereavement services to transfer the Exclusive Right of Burial of a
    family grave into their name: the late grave owner named with their date of birth, the
    applicant's address, phone and e-mail, relatives renouncing their claim named with their
    addresses, the funeral director's contacts (ORGANIZATION); the grave and deed numbers, the
    cemetery section and the date of death stay readable."""
    rng = v.rng
    org, fd = v.org("Burial"), rng.choice(FUNERAL_DIRECTORS)
    owner = v.person(gender="m", born=(1925, 1950))
    p, home = v.kin(owner, born=(1970, 2000)), v.address(region="E")
    others = [v.kin(owner, born=(1960, 2000)) for _ in range(rng.randint(1, 2))]
    grave = f"Section {rng.choice('ABCDEFGHK')}, Grave {rng.randint(1, 900)}"
    deed = f"ERB/{rng.randint(1960, 2010)}/{v.ref(5)}"
    died = days_ago(rng, 30, 700)
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: Transfer of grave deed {deed}\n\n"
    )
    doc.add(f"Dear {org.team},\n\nMy grandparent ").nm(owner, rng.choice(["full", "title_full"]))
    doc.add(" (born ").dob(owner).add(f", died {dmy(died)}) owned the grave at ")
    doc.add(f"{rng.choice(_CEMETERIES)}, {grave}, under deed {deed}. No will mentions it.\n\n")
    doc.add(
        "I would like the deed transferred to me so that my grandmother's ashes can be "
        "interred there. I am "
    )
    doc.nm(p, rng.choice(["full", "middle"])).add(" of ").addr_inline(home).add(".\n\n")
    doc.add("The other grandchildren agree and will sign the statutory declaration:\n")
    for o in others:
        doc.add("  * ").nm(o, "full").add(", ").addr_inline(v.address()).add("\n")
    doc.add(f"\nThe funeral director is {fd.name} (")
    third_party_contact(doc, fd)
    doc.add(").\n\nMy number is ").ent("PHONE_NUMBER", v.phone()).add(" and e-mail ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(". I rang ").ent("ORGANIZATION", org.phone)
    doc.add(" first.\n\nRegards\n").nm(p, rng.choice(["first", "full"])).add("\n")


def ics_calendar_invite_paste(doc: Doc3, v: V) -> None:
    """A family group conference invitation pasted into a case note as raw iCalendar text:
    ORGANIZER and ATTENDEE lines with common names (CN=) and mailto: addresses (the coordinator's
    work e-mail, relatives' own), a SUMMARY naming the child, a LOCATION line with the family's
    address and its escaped commas, a DESCRIPTION with escaped new lines holding phone numbers
    and the child's date of birth, and the council's own mailbox as a resource (ORGANIZATION);
    the UID, DTSTAMP and DTSTART stay readable."""
    rng = v.rng
    org = v.org("Family Group")
    coord, mum = v.person(), v.person(gender="f", born=(1975, 2000))
    child = v.kin(mum, child=True)
    gran = v.kin(mum, gender="f", born=(1940, 1975))
    uncle = v.kin(mum, gender="m", born=(1965, 2000))
    home = v.address(region="E")
    start = TODAY + timedelta(rng.randint(3, 30))
    uid = f"{v.code(8, '0123456789ABCDEF')}-{v.code(4, '0123456789ABCDEF')}-{v.ref(4)}"
    domain = org.mailbox.split("@")[1]
    doc.add("Case note - pasted invite (Outlook would not open it)\n\nBEGIN:VCALENDAR\n")
    doc.add("PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nMETHOD:REQUEST\n")
    doc.add(f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{TODAY:%Y%m%d}T{rng.randint(8, 17):02d}0000Z\n")
    doc.add(f"DTSTART;TZID=GMT Standard Time:{start:%Y%m%d}T{rng.randint(9, 15):02d}3000\n")
    doc.add("ORGANIZER;CN=").nm(coord, "full").add(":mailto:")
    doc.ent("EMAIL_ADDRESS", v.email(coord, domain)).add("\n")
    for who in (mum, gran, uncle):
        doc.add("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=").nm(who, "full")
        doc.add(":mailto:").ent("EMAIL_ADDRESS", v.email(who)).add("\n")
    doc.add("ATTENDEE;CUTYPE=RESOURCE;CN=FGC Room Bookings:mailto:")
    doc.ent("ORGANIZATION", org.mailbox).add("\nSUMMARY:Family Group Conference - ")
    doc.nm(child, rng.choice(["full", "first"])).add("\nLOCATION:")
    doc.addr_inline(home, sep="\\, ").add("\nDESCRIPTION:Family time then private family time.\\n")
    doc.add("Child: ").nm(child, "full").add(" DOB ").dob(child).add("\\nMum mobile: ")
    doc.ent("PHONE_NUMBER", v.phone(True)).add("\\nNan landline: ")
    doc.ent("PHONE_NUMBER", v.phone(False)).add("\\nCoordinator: ").nm(coord, "first")
    doc.add(" via duty line ").ent("ORGANIZATION", org.phone)
    doc.add("\\n\nEND:VEVENT\nEND:VCALENDAR\n\nNote by ").nm(
        coord, rng.choice(["initial_dot", "full"])
    )
    doc.add(": invite resent to all.\n")


def school_attendance_penalty_reply(doc: Doc3, v: V) -> None:
    """A parent answers a penalty notice for a term-time holiday by quoting the notice's details
    in a block and arguing each point: the children with their dates of birth and school, the
    parent's address, a grandparent's illness abroad, phone and e-mail; the penalty notice
    number, the dates of absence, the amounts and the flight booking code stay readable."""
    rng = v.rng
    org = v.org("Attendance")
    p, home = v.person(born=(1975, 1998)), v.address(region="E")
    kids = v.children(p, rng.randint(1, 2))
    school = rng.choice(_SLOUGH_SCHOOLS)
    notice = f"PN{TODAY:%y}-{v.ref(5)}"
    off = days_ago(rng, 30, 90)
    back = off + timedelta(rng.randint(4, 9))
    doc.add("To ").ent("ORGANIZATION", org.mailbox).add("\n\nRe: Penalty Notice ").add(notice)
    doc.add("\n\nYour notice says:\n")
    doc.add("    Parent: ").nm(p, rng.choice(["caps", "full", "surname_caps"])).add(
        "\n    Address: "
    )
    doc.addr_inline(home).add("\n")
    for k in kids:
        doc.add("    Pupil: ").nm(k, rng.choice(["caps", "full"])).add("  DOB: ").dob(k)
        doc.add(f"  School: {school}\n")
    doc.add(f"    Unauthorised absence: {dmy(off)} to {dmy(back)}\n")
    doc.add("    Amount: £80 per parent per child if paid within 21 days, £160 within 28 days\n\n")
    doc.add("This was not a holiday. My mother is seriously ill in ")
    doc.add(rng.choice(["Almaty", "Kigali", "Baku", "Ljubljana", "Tórshavn", "Port Louis"]))
    doc.add(f" and the only flight was booking {v.code(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}. ")
    doc.add("The head teacher ").nm(v.person(), rng.choice(["title_surname", "full"]))
    doc.add(" was told in person before we went. I have the hospital letter.\n\n")
    doc.add("I rang ").ent("ORGANIZATION", org.phone).add(
        " and was told to write. Please call me on "
    )
    doc.ent("PHONE_NUMBER", v.phone(True)).add(" or e-mail ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(".\n\n").nm(p, rng.choice(["full", "first"])).add("\n")


def kinship_carer_allowance_claim(doc: Doc3, v: V) -> None:
    """A grandparent's claim for a kinship care allowance in Shetland or elsewhere in Scotland:
    the carer's and partner's details, a block for each child (surname and forenames in
    separate fields, date of birth, CHI number labelled UK_NHS), the birth parents named with a
    last known address, the GP practice's contacts (ORGANIZATION), bank details for the
    allowance; the Children's Hearing reference and the order date stay readable."""
    rng = v.rng
    org, gp = v.org("Kinship"), rng.choice(SURGERIES)
    carer, home = v.person(born=(1950, 1980)), v.local("S", ("ZE",))
    parent = v.kin(carer, born=(1980, 2000))
    kids = v.children(parent, rng.randint(1, 3))
    other = v.person(born=(1978, 2002))
    hearing = f"CH/{TODAY:%y}/{v.ref(6)}"
    doc.add(f"{org.name} - {org.team}\nKINSHIP CARE ALLOWANCE - APPLICATION\n")
    doc.add(f"Children's Hearing ref: {hearing}   Order made: {dmy(days_ago(rng, 20, 400))}\n\n")
    doc.add("1. KINSHIP CARER\nName: ").nm(carer, rng.choice(["full", "middle"]))
    doc.add("\nDate of birth: ").dob(carer).add("\nNational Insurance no: ").ident(
        "UK_NINO", v.nino()
    )
    doc.add("\nAddress: ").addr_inline(home).add("\nTelephone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("\nRelationship to children: ")
    doc.add("grandmother" if carer.gender == "f" else "grandfather").add("\n\n2. CHILDREN\n")
    for i, k in enumerate(kids, 1):
        doc.add(f"Child {i}\n  Surname: ").ent("PERSON", k.last).add("\n  Forename(s): ")
        doc.ent("PERSON", k.first).add("\n  Date of birth: ").dob(k).add("\n  CHI: ")
        doc.ident("UK_NHS", v.chi(k)).add("\n")
    doc.add("\n3. BIRTH PARENTS\n" + ("Mother" if parent.gender == "f" else "Father") + ": ")
    doc.nm(parent, "full").add(", last known at ")
    doc.addr_inline(v.address()).add(
        "\n" + ("Father" if parent.gender == "f" else "Mother") + ": "
    ).nm(other, rng.choice(["full", "surname"]))
    doc.add(" - address not known\n\n4. CHILDREN'S GP\n").add(gp.name + ", ")
    third_party_contact(doc, gp)
    doc.add("\n\n5. PAYMENT\nAccount name: ").nm(carer, rng.choice(["bank", "bank2"]))
    doc.add("\nSort code: ").ident("UK_SORT_CODE", v.sort_code()).add("   Account: ")
    doc.ident("UK_BANK_ACCOUNT", v.account()).add("\n\nSend to ").ent("ORGANIZATION", org.mailbox)
    doc.add(" or ring ").ent("ORGANIZATION", org.phone).add(" for help.\n")


def direct_payments_pa_payroll_return(doc: Doc3, v: V) -> None:
    """A quarterly direct payments return sent by a disabled man's daughter, who manages his
    payments: the client named with his date of birth and NHS number, his personal assistants
    in a tab-separated list with their NI numbers, hours and rates, the payroll bureau's
    contacts (ORGANIZATION), the direct payment account's sort code and number; the payroll and
    PAYE references, hours and hourly rates stay readable."""
    rng = v.rng
    org, bureau = v.org("Direct Payments"), rng.choice(PAYROLL)
    client, home = v.person(gender="m", born=(1935, 1975)), v.address(region="W")
    daughter = v.kin(client, gender="f", born=(client.dob.year + 18, client.dob.year + 45))
    pas = [v.person() for _ in range(rng.randint(2, 4))]
    paye = f"{rng.randint(100, 999)}/{v.code(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{v.ref(5)}"
    doc.add("From: ").nm(daughter, "full").add(" <").ent("EMAIL_ADDRESS", v.email(daughter))
    doc.add(">\nTo: ").ent("ORGANIZATION", org.mailbox)
    doc.add(f"\nSubject: DP quarterly return Q{rng.randint(1, 4)} - payroll ref PR-{v.ref(4)}\n\n")
    doc.add("Hello, here is Dad's return. He is ").nm(client, rng.choice(["full", "title_full"]))
    doc.add(", born ").dob(client).add(", NHS no ").ident("UK_NHS", v.nhs()).add(", of ")
    doc.addr_inline(home).add(f". Employer PAYE reference {paye}.\n\nPA\tNI number\tHours\tRate\n")
    for pa in pas:
        doc.nm(pa, rng.choice(["full", "surname_caps"])).add("\t").ident("UK_NINO", v.nino())
        doc.add(f"\t{rng.randint(20, 160)}.{rng.choice(['0', '5'])}\t£{rng.randint(11, 14)}.")
        doc.add(f"{rng.randint(0, 99):02d}/hr\n")
    doc.add("\nDP account (Dad's name): sort code ").ident("UK_SORT_CODE", v.sort_code())
    doc.add(", account ").ident("UK_BANK_ACCOUNT", v.account()).add(
        f". Balance £{v.money(200, 4000)}.\n\n"
    )
    doc.add(f"Payslips come from {bureau.name} (")
    third_party_contact(doc, bureau)
    doc.add(").\n\nI work shifts, so text me on ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(". Your helpline ").ent("ORGANIZATION", org.phone).add(" is always engaged.\n\n")
    doc.nm(daughter, rng.choice(["first", "full"])).add(" (daughter and appointee)\n")


def armed_forces_housing_application(doc: Doc3, v: V) -> None:
    """A service leaver's housing application under the Armed Forces Covenant, with a forces
    charity caseworker copied in: service number (eight digits, like a bank account), unit,
    discharge date, the current Service Family Accommodation address, partner and children with
    dates of birth, identity documents (passport, driving licence), a local connection through
    a parent's address; the service number, the discharge and notice-to-vacate dates stay
    readable."""
    rng = v.rng
    org, charity = v.org("Armed Forces"), rng.choice(FORCES_CHARITIES)
    p = v.person(born=(1975, 2003))
    sfa = v.address()
    partner = v.partner(p) if rng.random() < 0.6 else None
    kids = v.children(p, rng.randint(0, 3))
    mum = v.kin(p, gender="f", born=(1940, max(1950, p.dob.year - 17)))
    service = f"{rng.choice([25, 30, 24, 26])}{v.ref(6)}"
    out = TODAY + timedelta(rng.randint(20, 120))
    worker = v.person()
    doc.add("To: ").ent("ORGANIZATION", org.mailbox).add("\nCc: ").ent(
        "ORGANIZATION", charity.mailbox
    )
    doc.add("\nSubject: Housing application - service leaver\n\nName: ")
    doc.nm(p, rng.choice(["full", "caps", "surname_caps"])).add("\nDate of birth: ").dob(p)
    doc.add(f"\nService number: {service}\nUnit: {rng.choice(_UNITS)}\nDischarge date: {dmy(out)}")
    doc.add("\nNotice to vacate SFA: ").add(dmy(out + timedelta(rng.randint(7, 93))))
    doc.add("\nCurrent address (SFA): ").addr_inline(sfa).add("\nNI number: ")
    doc.ident("UK_NINO", v.nino()).add("\n\nHousehold:\n")
    if partner:
        doc.add("  ").nm(partner, "full").add(f" ({relation_word(partner)}) - ").dob(partner).add(
            "\n"
        )
    for k in kids:
        doc.add("  ").nm(k, "full").add(f" ({relation_word(k, child=True)}) - ").dob(k).add("\n")
    if not partner and not kids:
        doc.add("  single applicant\n")
    doc.add("\nLocal connection: my mother ").nm(mum, rng.choice(["full", "title_surname"]))
    doc.add(" lives at ").addr_inline(v.address(region="E")).add(".\n\nID held: ")
    if rng.random() < 0.7:
        doc.add("passport ").ident("UK_PASSPORT", v.passport()).add(", ")
    doc.add("driving licence ").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n\n")
    doc.add("Contact me on ").ent("PHONE_NUMBER", v.phone(True)).add(" / ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nSupported by ").nm(
        worker, rng.choice(["full", "first"])
    )
    doc.add(f", {charity.name}, ")
    third_party_contact(doc, charity)
    doc.add("\nCouncil helpline noted: ").ent("ORGANIZATION", org.phone).add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    ehcp_annual_review_parent_views,
    scottish_welfare_fund_crisis_grant,
    nihe_housing_points_review,
    selective_licensing_application,
    mail_merge_failed_fields,
    quoted_printable_raw_email,
    right_to_buy_joint_application,
    registrar_marriage_notice_booking,
    grave_deed_transfer_request,
    ics_calendar_invite_paste,
    school_attendance_penalty_reply,
    kinship_carer_allowance_claim,
    direct_payments_pa_payroll_return,
    armed_forces_housing_application,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT11 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT11.organisation_contacts
build_row = HELDOUT11.build_row
generate_heldout11 = HELDOUT11.generate
write_set = HELDOUT11.write_set
main = HELDOUT11.main


if __name__ == "__main__":
    main()
