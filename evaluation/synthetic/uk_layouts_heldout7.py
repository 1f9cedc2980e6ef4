# Over 500 lines: one blind family written in one go (tables and layouts); its machinery is shared.
"""heldout7: a seventh held-out SYNTHETIC family of UK correspondence with labelled personal data.

Every row is INVENTED data - report any result on it as "synthetic". Written BLIND on 2026-11-30:
its author did not read the redaction package, its recognisers or their tests, and never ran
the redactor on it. It measures recall and precision on layouts and values nobody has tuned on;
it is for REPORTING ONLY (tuning on it would spend it).

``generate_heldout7(n, seed)`` returns rows ``{"id": "uklayout-heldout7-<seed>-<i:05d>-<layout>",
"text", "spans": [{"type", "start", "end"}], "synthetic": True, "family": "heldout7",
"layout"}``. Row i depends only on (seed, i); the 15 layouts are used in turn. Write the set
with ``python -m evaluation.synthetic.uk_layouts_heldout7 -o var/eval/pii_uk_layouts_heldout7.jsonl
--n 1000 --seed 0`` (it also writes ``allow_list_uk_layouts_heldout7.txt`` beside it: the
recipient organisations' own addresses, helplines and mailboxes, for ``--allow-list``).

The row machinery (value generators with their checksums, the ``Doc3`` span builder and its
Unicode tricks, row ids, CLI) is evaluation/synthetic/uk_layouts_shared.py, shared with heldout3
to heldout6; every value table here is new, and tests/test_uk_layouts_heldout7.py checks that no
first name, surname, town, district, county, street or house name appears in an earlier family
(uk_layouts/ dev, dev2, heldout, heldout2; the uk_pii set's tables and the Faker name lists it
draws from; heldout3 to heldout6):

* names from Polish (Brzęczyszczykiewicz, Gołębiowska/Gołębiowski), Romanian (Țurcanu,
  Pârvulescu), Somali (Cabdullaahi, Xirsi), Punjabi, Bengali, Chinese (Mandarin and Cantonese),
  Nigerian (Edo, Ibibio, Hausa, Urhobo), Ghanaian (Akan day names, Ga "Nii"/"Naa", Ewe), Turkish,
  Kurdish, Greek Cypriot, Portuguese, Madeiran and Goan, Lithuanian (Žukauskas/Žukauskienė),
  Romany Gypsy, Irish Traveller and Slovak Roma (Righteous, Gilderoy, Vashti; Lakatoš, Giňa),
  Cornish (Kerensa, Pedrek; Trevaskis, Polkinghorne), Manx (Moirrey, Illiam; Qualtrough,
  Mylchreest), Shetland/Orkney (Magnie, Thorfinn; Isbister, Halcrow), Scots (Shug, Grizel) and
  Welsh communities, and old-fashioned English names (Edwina, Bertram; Shufflebotham);
* places none of the earlier families use: Cornish-language town names (Kammbronn, Resrudh,
  Pennsans, Lannstefan, Bosvenegh, Essa), Shetland and Orkney villages (Baltasound, Symbister,
  Pierowall, Longhope) with counties as islanders write them (Zetland, Orkney Islands), Hebridean
  and Inner Hebridean places with Gaelic island names as counties (Ìle, Muile, Leòdhas, An
  t-Eilean Sgitheanach), the Isle of Man in Manx (Doolish, Rhumsaa, Purt ny h-Inshey, Balley
  Chashtal) with IM postcodes, Jersey, Guernsey and Alderney parishes with JE and GY postcodes and
  Norman-French streets (La Rue des Marettes), Welsh villages, Northern Irish villages, and
  English market towns with counties abbreviated with a full stop (Suff., Som., N. Yorks);
* new recipient organisations (allow-listed) and third parties (vehicle hire firms, guest houses,
  GP practices, claims solicitors, Traveller advice projects) whose own contact details are
  ORGANIZATION; schools and Traveller sites are named, never contacted.

Layouts (15): housing_bidding_log, subject_access_request_id, html_residue_web_form,
servicedesk_ticket_markdown, carers_assessment_support_plan, crown_dependency_move_letter,
public_liability_claim_witnesses, form_captions_under_values, spd_data_match_review,
hire_company_liability_transfer, elective_home_education_notice, temporary_accommodation_booking,
telecare_responder_list, sms_gateway_delivery_report, traveller_site_pitch_application.

Labelling conventions are heldout6's (so the same scorer and allow-list handling work): PERSON
never includes a title; a surname or first name alone, "Surname, First", capitals, a maiden or
former name are PERSON. Addresses split into STREET_ADDRESS (one span even over lines; a pitch
on a Traveller site, "Pitch 7, ...", is a street address) + one LOCATION each for district,
town/village and county + UK_POSTCODE, in whatever order they are written (a caption under each
part in the PDF extract). Only dates of birth are DATE_OF_BIRTH, in any form written (a
data-match row's "DOB 1979-04-02"); dates of accidents, bookings, bids, moves, band dates,
timestamps and deadlines stay unlabelled. Identifiers are labelled as written, HTML tags and
entities around them excluded; an entity inside a value (``St Margaret&#39;s Hope``) stays
inside its span. Isle of Man National Insurance numbers (prefix MA) are UK_NINO. Driving licence
and passport numbers are written plainly (ID enclosed with a subject access request, a hirer's
licence, a pitch applicant's licence). Third parties' own address lines, phones and mailboxes
are ORGANIZATION (ignored for recall). Unlabelled look-alikes that must stay readable
(precision): housing register, bid and property references, bid positions and band dates, SAR
and council tax references, submission ids, IP addresses from the documentation ranges,
ticket numbers, asset tags and SLA timestamps, LAS person ids and caring hours, parish rates
references, claim, CRU and defect references, form codes, data-match references and "first
seen" dates, PCN numbers, vehicle registrations (unlabelled, as in heldout5) and hire agreement
numbers, unique pupil numbers and school DfE numbers, purchase-order and booking references and
room numbers, telecare unit serials and key-safe codes, SMS message ids and send times, site
licence numbers and money. ~10% of NI numbers, NHS numbers, sort codes, account numbers and
passport numbers are MISTYPED as in heldout4 (span ``"mistyped": True``); ~10% of rows hide a
Unicode trick (zero-width space, soft hyphen, no-break or narrow no-break space, full-width
digits) inside a labelled value.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from evaluation.synthetic.uk_layouts.tables import _MONTHS
from evaluation.synthetic.uk_layouts.values import Address
from evaluation.synthetic.uk_layouts_shared import (
    ENTITY_TYPES,
    TODAY,
    Doc3,
    Family,
    Values,
    age,
    clock_time,
    ext,
    iso,
    parse_tables,
    pron,
    relation_word,
    third_parties,
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
    "generate_heldout7",
    "main",
    "organisation_contacts",
    "write_set",
]

FAMILY = "heldout7"
TRICK_RATE = 0.1  # rows picked for a trick; ~10% end up with one (some have no value it fits)

# --------------------------------------------------------------------------- value tables
# "culture: names"; indented lines continue; "_" is a space inside a name; /f /m limit gender.
_FIRST = """
polish: Wiesława/f Zdzisława/f Bronisława/f Genowefa/f Czesława/f Stanisława/f Teodozja/f
  Bogumiła/f Władysława/f Lucyna/f Iwona-Maria/f Żaneta/f Kinga/f Eugeniusz/m Mieczysław/m
  Czesław/m Lechosław/m Jarosław/m Bolesław/m Bronisław/m Zenon/m Leszek/m
romanian: Fevronia/f Ilenuța/f Lenuța/f Sevastița/f Gheorghița/f Costică/m Gigel/m Fănel/m
  Marinel/m Dănuț/m Tănase/m Costinel/m Titel/m
somali: Hibaaq/f Ifrah/f Ilhaan/f Sucaad/f Abdiwali/m Cabdi/m Xasan/m Axmed/m Cabdiqaadir/m
  Mukhtaar/m Siciid/m Ladan/f Sahro/f Samsam/f Naciimo/f Xaliimo/f Ruun/f Saynab/f Fardowsa/f
punjabi: Rajwinder/f Baljinder Harjinder Paramjit Sarabjit Lakhvir Tejinder Navneet/f Jasvir
  Gurvinder Amritpal/m Satnam/m Jaspal/m Harbhajan/m Gagandeep/m Karamjit Sukhjinder Surinder/m
  Narinder Charanjit Daljit
bengali: Shilpi/f Nazmin/f Runa/f Lutfa/f Sumaiya/f Jesmin/f Rubel/m Shamim/m Sohel/m Mahbub/m
  Tanvir/m Jahangir/m Mamun/m Abdul_Malik/m Rafiqul/m Kamrul/m Sayeda/f
chinese: Meiling/f Yuting/f Zhiwei/m Jianguo/m Guoqiang/m Yanping/f Lixia/f Xinyi/f Wai_Man/m
  Siu_Fong/f Ho_Yin/m Kwok_Keung/m Mei_Kuen/f Shuk_Fan/f Wenjun/m Zhenyu/m Yiming/m
nigerian: Hadiza/f Hauwa/f Rabi/f Bilkisu/f Nafisa/f Garba/m Danjuma/m Ejiro/f Oghenekaro/f
  Tamunotonye/f Ebiere/f Preye/f Osaro/m Eghosa/m Ikponmwosa/m Uyi/m Ivie/f Osahon/m Ikenna/m
  Tobenna/m Ozioma/f Nsikak/m Idara/f Uduak/f
ghanaian: Afua/f Ekua/f Dzifa/f Kwasi/m Kwadwo/m Ato/m Kobina/m Ebo/m Fiifi/m Elikem/m Edem/m
  Selorm Senyo/m Efia/f Abla/f Akorfa/f Enyonam/f Mawusi/f Esinam/f Sena/f Dede/f Naa_Adjeley/f
  Korkor/f Ofeibea/f Nii_Armah/m Nii_Lante/m Kpakpo/m
turkish: Gülten/f Nurhan/f Sevgül/f Tülay/f Yeliz/f Şükran/f Dilek/f Sibel/f Tuncay/m Volkan/m
  Ercan/m Cengiz/m Alper/m Barış/m Ufuk/m Erdal/m
kurdish: Rojda/f Berivan/f Zozan/f Helin/f Jiyan/f Rojin/f Nazdar/f Avin/f Rêbaz/m Rebwar/m Hêmin/m
  Dilshad/m Soran/m Shwan/m Bakhtiyar/m Kawa/m Sherzad/m Hiwa/m Berzan/m Shno/f
greek_cypriot: Despo/f Soulla/f Loulla/f Maroulla/f Eftychia/f Stavroulla/f Panicos/m Costakis/m
  Demetris/m Kyriakos/m Savvas/m Stelios/m Michalakis/m Sotiris/m Christakis/m Charalambos/m
  Lambros/m Antonakis/m Neophytos/m
portuguese: Deolinda/f Ermelinda/f Lurdes/f Idalina/f Rosalina/f Gracinda/f Filomena/f Aldina/f
  Agostinho/m Arlindo/m Adelino/m Amândio/m Belmiro/m Custódio/m Deolindo/m Hermínio/m Zeferino/m
  Ilídio/m
lithuanian: Jūratė/f Vaida/f Giedrė/f Daiva/f Aušra/f Dovilė/f Gintarė/f Rasa/f Mindaugas/m
  Gintaras/m Arūnas/m Saulius/m Rimantas/m Žydrūnas/m Audrius/m Tadas/m Šarūnas/m Kęstutis/m
  Algirdas/m
traveller_roma: Bridgie/f Biddy/f Chrissie/f Winnie/f Vashti/f Britannia/f Lavender/f Sinfai/f
  Cinderella/f Mikey/m Francie/m Righteous/m Gilderoy/m Sylvester/m Wisdom/m Levi-John/m
  Noah-Joe/m Ferko/m Gejza/m Vojtěch/m Kristián/m
cornish: Kerensa/f Lowenna/f Elowen/f Wenna/f Kensa/f Tressa/f Senara/f Endelyn/f Rosenwyn/f
  Ebrel/f Tegen/f Jory/m Jowan/m Cador/m Cadan/m Mawgan/m Kenver/m Hedrek/m Pedrek/m Goron/m
  Austol/m Demelza-Rose/f
manx: Ealish/f Moirrey/f Voirrey/f Aalin/f Breeshey/f Calybrid/f Orry/m Illiam/m Fynlo/m Hom/m
  Juan/m Nessie/f Jeeah/f Ewan-Orry/m
northern_isles: Osla/f Thora/f Ragna/f Ingirid/f Sigrid/f Ragnhild/f Magnie/m Erlend/m Thorfinn/m
  Sigurd/m Tammas/m Rognvald/m Lowrie/m Arnfinn/m Sweyn/m Hakon/m Ola/f
scots: Senga/f Elspeth/f Effie/f Jessamine/f Grizel/f Tam/m Wullie/m Jock/m Dougal/m Ranald/m
  Sorley/m Bethia/f Mysie/f Netta/f Teenie/f Jinty/f Lilias/f Eck/m Erchie/m Rab/m Shug/m Boab/m
  Sannie/m Wattie/m Jamesie/m
welsh: Rhonwen/f Eiry/f Emrys/m Elis/m Branwen/f Cadi/f Elliw/f Hafwen/f Nest/f Rhiain/f Siwan/f
  Awen/f Betsan/f Dwynwen/f Eirian/f Ffraid/f Cledwyn/m Gruff/m Gwern/m Ianto/m Llion/m Medwyn/m
  Math/m Nedw/m Prys/m Taliesin/m Urien/m
english: Edwina/f Rosamund/f Marjorie/f Phyllis/f Enid/f Muriel/f Ivy-Mae/f Elsie/f Hermione/f
  Beatrix/f Lionel/m Wilbur/m Clarence/m Bertram/m Lettie/f Dorcas/f Gertrude/f Basil/m Cecil/m
  Aldous/m Ivor/m Wilfred/m
"""
_SURNAMES = """
polish: Brzęczyszczykiewicz Szczepańska/f Szczepański/m Grzybowska/f Grzybowski/m Wróblewski/m
  Wróblewska/f Przybylska/f Chrząszcz Żółtowska/f Żółtowski/m Gąsiorowski/m Gąsiorowska/f
  Ściegienny/m Dziedzic Pstrąg Jędrzejczak Wrzosek Kaczmarczyk Szczygieł Gołębiowska/f
  Gołębiowski/m Bębenek Mroczek
romanian: Bălănescu Cârstea Dumitrașcu Huțanu Țurcanu Zăvoianu Pârvulescu Grigoraș Vlăduț Sârbu
  Chirilă Bârsan Pătrașcu Țăranu Lupașcu Munteanu-Radu Onofrei
somali: Cabdullaahi Xirsi Jaamac Cige Ducaale Faarax Aadan Waberi Nuur Warfaa Muse-Hirsi Cilmi
  Ugaas Jibriil
punjabi: Bhullar Dhindsa Khaira Aujla Basra Chohan Dosanjh Heer Kooner Nijjar Rehal Athwal
  Kang-Bains
bengali: Miah-Talukder Talukder Mollah Bepari Sikder Howlader Matubbar Akand Mridha Patwary
  Rahim-Chowdhury Laskar
chinese: Qiu Yuan Jiang Shen Pan Dai Xia Zhong Tian Ren Fong Lui
nigerian: Igbinedion Omoregie Ehigiator Aigbokhai Ogbebor Idahosa Erhabor Danladi Yakubu Tanko
  Alhassan Akpabio Ekpo Etim Bassey Inyang Effiong Udoh Ikpe Ugochukwu
ghanaian: Amoah Nkansah Opoku Sarpong Quartey Lamptey Nortey Ankrah Addo Agyeman Amponsah Kuffour
  Asamoah Dankwa Bekoe Amankwah Ocran Quansah Eshun Aidoo
turkish: Karakuş Bozkurt Çalışkan Erdoğdu Sarıkaya Yavuzer Gündoğdu Kahraman Özdemir-Hasan
  Kılıçarslan Yıldırımoğlu
kurdish: Talabani Hawrami Mukri Jaff Hamawandi Zebari Doski Rekani Bradosti Amedi Baban Berwari
  Hakkari Pirbal
greek_cypriot: Panayiotou Constantinou Michaelides Demetriou Stylianou Xenophontos Hadjipetrou
  Hadjimichael Efstathiou Loizou Pavlou Neophytou Savva Evripidou Theodorou
portuguese: Gouveia Figueira Nóbrega Freitas-Abreu Sardinha Camacho Câmara Aveiro Drumond
  Vasconcelos Colaço Menezes Mascarenhas Quintal Jardim Spínola Teixeira-Nunes
lithuanian: Žukauskas/m Žukauskienė/f Paulauskas/m Paulauskienė/f Butkus Urbonas/m Urbonienė/f
  Navickas/m Navickienė/f Ramanauskas/m Mockus Stankevičius/m Stankevičienė/f Gudaitis/m
  Balčiūnas/m Balčiūnienė/f Grigonis Kavaliauskas/m
traveller_roma: Boswell Lovell Loveridge Buckland Ayres Gaskin Scamp Herne Penfold Biddle Quilligan
  Lakatoš Oláh Baláž Dunka Lacko Giňa
cornish: Treloar Trevaskis Tregaskis Polkinghorne Nancarrow Angove Keast Hocking Curnow Udy Hosking
  Kessell Magor Nance Opie Pengilly Roskilly Roseveare Trudgeon Trebilcock Trevorrow Spargo
manx: Quayle Quirk Kermode Kewley Kinvig Corlett Cregeen Faragher Gelling Clague Crellin Karran
  Kneale Quiggin Quilliam Teare Kissack Killey Skillicorn Mylchreest Qualtrough Cannell Callister
  Corkill Shimmin Sayle
northern_isles: Isbister Halcrow Leask Manson Flaws Rendall Linklater Garriock Mowat Omand Drever
  Flett Hourston Groat Harcus Moar Kirkness Sclater Ratter Inkster Budge
scots: Dalrymple Carnegie Gillies Mathieson McPhail Ogilvie Rintoul Wemyss Yule Auchinleck Dewar
  Fairbairn Geddes Imrie Laidlaw McCulloch Nisbet Petrie Sangster Waddell Gillanders Matheson-Bain
  Buchan-Hay Dalziel Drysdale Ruthven Lumsdaine Gourlay Hogarth Jardine-Paterson
welsh: Moelwyn Llwyd Gwynne-Jones Bowen-Rees Howells-Price Meurig Ithel Pryderi Tudur-Hughes
  Llewelyn Gwyndaf Bleddyn Cynfelin Eurig Hedd-Wyn Maelor Tecwyn Talfryn
english: Featherby Shufflebotham Oddy Clegg-Horrocks Hepplewhite Grimshaw
"""
# region|county|town|places; "*" marks a village; M: the Isle of Man (IM), J: the Channel
# Islands (JE, GY)
_TOWNS = """
E||Millom|LA18 / E||Egremont|CA22 / E||Wigton|CA7 / E||Kirkby Stephen|CA17
E|Westmorland|Sedbergh|LA10 / E||Dalton-in-Furness|LA15 / E||Crook|DL15 / E||Shildon|DL4
E||Sedgefield|TS21 / E||Saltburn-by-the-Sea|TS12 / E|N. Yorks|Easingwold|YO61
E|N. Yorks|Bedale|DL8 / E|N. Yorks|Leyburn|DL8 / E|N. Yorks|Settle|BD24 / E||Holmfirth|HD9
E||Heckmondwike|WF16 / E||Cleckheaton|BD19 / E||Tadcaster|LS24 / E||Knottingley|WF11
E||Hemsworth|WF9 / E|Leics|Lutterworth|LE17 / E|Leics|Coalville|LE67 / E|Derbys.|Wirksworth|DE4
E|Derbys.|Chapel-en-le-Frith|SK23 / E|Derbys.|Bolsover|S44 / E||Southwell|NG25
E|Lincs.|Mablethorpe|LN12 / E|Lincs.|Market Rasen|LN8 / E||Brigg|DN20 / E||Barton-upon-Humber|DN18
E|Cambs.|Chatteris|PE16 / E|Suff.|Hadleigh|IP7 / E|Suff.|Leiston|IP16 / E|Suff.|Halesworth|IP19
E|Suff.|Bungay|NR35 / E|Norf.|Watton|IP25 / E|Norf.|Attleborough|NR17 / E|Norf.|North Walsham|NR28
E|Norf.|Wells-next-the-Sea|NR23 / E|E. Sussex|Heathfield|TN21 / E|W. Sussex|Petworth|GU28
E|W. Sussex|Steyning|BN44 / E|Hants.|Bishop's Waltham|SO32 / E|Hants.|Fordingbridge|SP6
E||Beaminster|DT8 / E|Som.|Ilminster|TA19 / E|Som.|Wiveliscombe|TA4 / E|Som.|Dulverton|TA22
E|Som.|Watchet|TA23 / E||Cullompton|EX15 / E||Holsworthy|EX22 / E||Great Torrington|EX38
E||Kingsbridge|TQ7 / E||Ivybridge|PL21 / E|Staffs.|Biddulph|ST8 / E|Staffs.|Kidsgrove|ST7
E|Shrops.|Wem|SY4 / E|Shrops.|Bishop's Castle|SY9 / E|Shrops.|Craven Arms|SY7 / E||Kington|HR5
E||Bromyard|HR7 / E|Worcs.|Tenbury Wells|WR15 / E|Warks.|Shipston-on-Stour|CV36
E|Warks.|Southam|CV47 / E|Northants|Oundle|PE8 / E|Northants|Thrapston|NN14 / E||Kammbronn|TR14
E||Resrudh|TR15 / E||Pennsans|Heamoor=TR18 / E||Porthia|TR26 / E||Lannstefan|PL15
E||Bosvenegh|PL31 / E||Essa|PL12 / E||Hayle|TR27 / E||Marazion|TR17 / E||Porthleven|TR13
E||Mullion*|TR12 / E||St Keverne*|TR12 / E||Lostwithiel|PL22 / E||Camelford|PL32
E||Tintagel*|PL34 / E||Perranporth|TR6 / E||St Columb Major|TR9 / E||Callington|PL17
E||Zennor*|TR26 / E||St Just in Penwith|TR19 / E||Polperro*|PL13 / E|Syllan|St Mary's*|TR21
E||Nether Stowey*|TA5 / E||Clun*|SY7 / E||Shellow Bowells*|CM5 / E|Westmorland|Milnthorpe|LA7
E||Alston|CA9 / E||Haltwhistle|NE49 / E||Bellingham*|NE48 / E||Rothbury|NE65 / E||Wooler|NE71
E||Seahouses*|NE68 / E||Belford*|NE70 / E||Prudhoe|NE42 / E||Tow Law|DL13 / E||Wolsingham*|DL13
E||Stanhope*|DL13 / E||Middleton-in-Teesdale*|DL12 / E||Staindrop*|DL2 / E||Yarm|TS15
E||Stokesley|TS9 / E||Great Ayton*|TS9 / E|N. Yorks|Masham*|HG4 / E|N. Yorks|Reeth*|DL11
E|N. Yorks|Grassington*|BD23 / E|N. Yorks|Pateley Bridge*|HG3 / E|N. Yorks|Helmsley|YO62
E|N. Yorks|Kirkbymoorside|YO62 / E||Hornsea|HU18 / E||Pocklington|YO42 / E||Market Weighton|YO43
E||Hedon|HU12 / E||Snaith|DN14 / E||Epworth|DN9 / E|Lincs.|Alford|LN13 / E|Lincs.|Spilsby|PE23
E|Lincs.|Wainfleet All Saints*|PE24 / E|Lincs.|Holbeach|PE12 / E|Lincs.|Crowland|PE6
E|Lincs.|Market Deeping|PE6 / E|Cambs.|Soham|CB7 / E|Cambs.|Littleport|CB6
E|Suff.|Mildenhall|IP28 / E|Suff.|Framlingham|IP13 / E|Suff.|Saxmundham|IP17
E|Suff.|Needham Market|IP6 / E|Suff.|Lavenham*|CO10 / E|Suff.|Long Melford*|CO10
E|Norf.|Aylsham|NR11 / E|Norf.|Reepham*|NR10 / E|Norf.|Loddon*|NR14 / E|Norf.|Harleston|IP20
E|Norf.|Stalham|NR12 / E||New Romney|TN28 / E||Lydd|TN29 / E||Tenterden|TN30 / E||Paddock Wood|TN12
E||Edenbridge|TN8 / E||Westerham|TN16 / E||Wye*|TN25 / E||Amesbury|SP4 / E||Tisbury*|SP3
E||Pewsey|SN9 / E||Calne|SN11 / E||Corsham|SN13 / E||Malmesbury|SN16 / E||Cricklade|SN6
E||Lechlade|GL7 / E||Northleach*|GL54 / E||Painswick*|GL6 / E||Nailsworth|GL6 / E||Keynsham|BS31
E||Radstock|BA3 / E|Som.|Shepton Mallet|BA4 / E|Som.|Castle Cary|BA7 / E|Som.|Wincanton|BA9
E|Som.|Langport|TA10 / E|Som.|Martock|TA12 / E|Som.|Axbridge*|BS26 / E|Som.|Wedmore*|BS28
E|Som.|Highbridge|TA9 / E||Porlock*|TA24 / E||Lynton|EX35 / E||Combe Martin*|EX34
E||South Molton|EX36 / E||Chulmleigh*|EX18 / E||Hatherleigh*|EX20 / E||Chagford*|TQ13
E||Moretonhampstead*|TQ13 / E||Ashburton|TQ13 / E||Buckfastleigh|TQ11 / E||Modbury*|PL21
E||Budleigh Salterton|EX9 / E||Ottery St Mary|EX11 / E||Colyton*|EX24 / E||Topsham|EX3
E|Shrops.|Cleobury Mortimer|DY14 / E|Shrops.|Ellesmere|SY12 / E|Leics.|Market Bosworth|CV13
E|Leics.|Kegworth|DE74 / E|Derbys.|Tideswell*|SK17 / E|Derbys.|Hathersage*|S32
E|Derbys.|Eyam*|S32 / E||Stocksbridge|S36 / E||Penistone|S36 / E||Hoyland|S74 / E||Maltby|S66
E||Tickhill|DN11 / E||Bawtry|DN10 / E||Thorne|DN8 / E||Mirfield|WF14 / E||Slaithwaite|HD7
E||Meltham|HD9 / E||Ripponden|HX6 / E||Sowerby Bridge|HX6 / E||Mytholmroyd|HX7 / E||Bacup|OL13
E||Haslingden|BB4 / E||Rawtenstall|BB4 / E||Clitheroe|BB7 / E||Longridge|PR3 / E||Garstang|PR3
E||Kirkham|PR4 / E||Poulton-le-Fylde|FY6 / E||Carnforth|LA5
E||Ludgvan*|TR20 / E||St Erth*|TR27 / E||Gwennap*|TR16 / E||Pendeen*|TR19 / E||Praa Sands*|TR20
E||Goldsithney*|TR20
S|Zetland|Brae*|ZE2 / S|Zetland|Baltasound*|ZE2 / S|Zetland|Mid Yell*|ZE2
S|Zetland|Symbister*|ZE2 / S|Zetland|Sandwick*|ZE2 / S|Zetland|Sumburgh*|ZE3
S|Orkney Islands|St Margaret's Hope*|KW17 / S|Orkney Islands|Dounby*|KW17
S|Orkney Islands|Finstown*|KW17 / S|Orkney Islands|Whitehall Stronsay*|KW17
S|Ìle|Port Ellen*|PA42 / S|Ìle|Port Charlotte*|PA48 / S|Muile|Craignure*|PA65 / S|Muile|Salen*|PA72
S|Arainn|Whiting Bay*|KA27 / S|Cola|Arinagour*|PA78 / S|Eilean Chumbraigh|Millport*|KA28
S|Diùra|Craighouse*|PA60 / S|Leòdhas|Carloway*|HS2 / S|An t-Eilean Sgitheanach|Uig*|IV51
S||Huntly|AB54 / S||Ellon|AB41 / S||Killin*|FK21 / S|Clacks|Dollar|FK14 / S||Cumnock|KA18
S||Darvel|KA17 / S|Annandale|Moffat|DG10 / S|Annandale|Lockerbie|DG11
S|Stewartry|Castle Douglas|DG7 / S|Peeblesshire|Innerleithen|EH44 / S|Teviotdale|Jedburgh|TD8
S|Berwickshire|Eyemouth|TD14 / S|Berwickshire|Coldstream|TD12 / S|Kingdom of Fife|Anstruther|KY10
S|Kingdom of Fife|Crail*|KY10 / S|Kingdom of Fife|Cupar|KY15 / S||Dornoch|IV25
S|Badenoch|Kingussie|PH21 / S||Fochabers|IV32 / S|Zetland|Voe*|ZE2 / S|Zetland|Aith*|ZE2
S|Shetland Islands|Hillswick*|ZE2 / S|Zetland|Cunningsburgh*|ZE2 / S|Shetland Islands|Bixter*|ZE2
S|Zetland|Mossbank*|ZE2 / S||Fair Isle*|ZE2 / S|Orkney Islands|Pierowall*|KW17
S|Orkney Islands|Longhope*|KW16 / S|Orkney Islands|Balfour*|KW17 / S|Orkney Islands|Burray*|KW17
S|Ìle|Port Askaig*|PA46 / S|Ìle|Bruichladdich*|PA49 / S|Ìle|Portnahaven*|PA47
S|Muile|Dervaig*|PA75 / S|Muile|Fionnphort*|PA66 / S|Muile|Bunessan*|PA67
S|Arainn|Blackwaterfoot*|KA27 / S|Arainn|Lochranza*|KA27 / S|Bòd|Port Bannatyne*|PA20
S|Leòdhas|Baile Ailein*|HS2 / S|Leòdhas|Siabost*|HS2
S|Leòdhas|Barabhas*|HS2 / S|An t-Eilean Sgitheanach|Caol Acain*|IV41
S|An t-Eilean Sgitheanach|Stafainn*|IV51 / S|An t-Eilean Sgitheanach|Càrrabost*|IV47
S||Scalasaig*|PA61 / S||Ardminish*|PA41 / S||Inverarish*|IV40 / S|Mearns|Inverbervie|DD10
S|Mearns|Johnshaven*|DD10 / S||Findochty*|AB56 / S||Dufftown|AB55 / S||Tomintoul*|AB37
S||Aboyne|AB34 / S||Insch|AB52 / S||Oldmeldrum|AB51 / S|Badenoch|Newtonmore*|PH20
S|Strathspey|Carrbridge*|PH23 / S|Strathspey|Nethy Bridge*|PH25 / S|Wester Ross|Lochcarron*|IV54
S|Wester Ross|Plockton*|IV52 / S||Durness*|IV27 / S||Bettyhill*|KW14 / S||Helmsdale*|KW8
S||Comrie*|PH6 / S||Doune|FK16 / S||Bridge of Allan|FK9 / S||Drymen*|G63 / S||Aberfoyle*|FK8
S||Tyndrum*|FK20 / S||Dunkeld|PH8 / S||Coupar Angus|PH13 / S||Alyth|PH11 / S||Edzell*|DD9
S|Kingdom of Fife|Falkland*|KY15 / S|Kingdom of Fife|Pittenweem|KY10
S|Kingdom of Fife|Tayport|DD6 / S|Kingdom of Fife|Culross*|KY12 / S||Carluke|ML8
S||Leadhills*|ML12 / S|Nithsdale|Moniaive*|DG3 / S|Nithsdale|Kirkconnel|DG4 / S||Muirkirk|KA18
S||Mauchline|KA5 / S|Cunninghame|Beith|KA15 / S|Carrick|Ballantrae*|KA26 / S|Galloway|Glenluce*|DG8
S|Galloway|Portpatrick*|DG9 / S|Galloway|Whithorn|DG8 / S|Stewartry|Kippford*|DG5
S|Stewartry|New Galloway*|DG7 / S|Annandale|Gretna|DG16 / S|Teviotdale|Newcastleton*|TD9
S|Teviotdale|Denholm*|TD9 / S|Berwickshire|Lauder|TD2 / S|Berwickshire|Chirnside*|TD11
S|Berwickshire|Coldingham*|TD14 / S|Tweeddale|West Linton*|EH46
W||Corwen|LL21 / W|Sir Fflint|Bwcle|CH7 / W||Y Drenewydd|SY16 / W||Llanfair Caereinion|SY21
W||Llanfair-ym-Muallt|LD2 / W||Porth Tywyn|SA16 / W||Tyddewi|SA62
W|Sir Forgannwg|Y Bont-faen|CF71 / W|Môn|Moelfre*|LL72 / W|Môn|Niwbwrch*|LL61
W|Sir Gaernarfon|Penygroes|LL54 / W|Sir Gaernarfon|Deiniolen*|LL55
W|Sir Gaernarfon|Waunfawr*|LL55 / W|Sir Gaernarfon|Beddgelert*|LL55
W|Sir Feirionnydd|Trawsfynydd*|LL41 / W|Sir Feirionnydd|Abermaw|LL42
W|Sir Feirionnydd|Llanuwchllyn*|LL23 / W||Cerrigydrudion*|LL21 / W||Llansannan*|LL16
W||Llanelwy|LL17 / W||Rhuddlan|LL18 / W||Dyserth*|LL18 / W|Sir Fflint|Caerwys*|CH7
W|Sir Fflint|Ffynnongroyw*|CH8 / W||Penmachno*|LL24 / W||Llanwddyn*|SY10 / W||Meifod*|SY22
W||Trefaldwyn*|SY15 / W||Caersws*|SY17 / W||Talgarth|LD3 / W||Pontsenni*|LD3 / W||Brynaman|SA18
W||Garnant*|SA18 / W||Y Tymbl*|SA14 / W||Pontyberem*|SA15 / W||Talacharn*|SA33 / W||Sanclêr|SA33
W||Hendy-gwyn|SA34 / W||Crymych*|SA41 / W||Trefdraeth*|SA42 / W||Solfach*|SA62
W|Sir Aberteifi|Llangrannog*|SA44 / W|Sir Aberteifi|Aberporth*|SA43
W|Sir Aberteifi|Ceinewydd|SA45 / W|Sir Aberteifi|Llanrhystud*|SY23
W|Sir Aberteifi|Llanybydder*|SA40 / W||Glynrhedynog|CF43 / W||Pont-y-clun|CF72 / W||Pencoed|CF35
W||Nant-y-moel*|CF32 / W||Treharris|CF46 / W||Nant-y-glo|NP23 / W||Abersychan|NP4
W||Rhaglan*|NP15 / W||Cil-y-coed|NP26 / W|Sir Forgannwg|Y Rhws*|CF62
N||Portstewart|BT55 / N||Bushmills|BT57 / N||Cushendun*|BT44 / N||Toomebridge*|BT41
N|Co. Derry|Castledawson*|BT45 / N|Co. Derry|Bellaghy*|BT45 / N||Strangford*|BT30
N||Crossgar|BT30 / N||Dromore|BT25 / N||Ballintoy*|BT54 / N||Armoy*|BT53 / N||Dervock*|BT53
N||Rasharkin*|BT44 / N||Dunloy*|BT44 / N||Cloughmills*|BT44 / N||Doagh*|BT39
N||Templepatrick*|BT39 / N||Ballynure*|BT39 / N||Islandmagee*|BT40 / N|Co. Derry|Eglinton*|BT47
N|Co. Derry|Claudy*|BT47 / N|Co. Derry|Greysteel*|BT47 / N|Co. Derry|Aghadowey*|BT51
N|Co. Derry|Castlerock*|BT51 / N|Co. Derry|Upperlands*|BT46 / N|Co. Derry|Desertmartin*|BT45
N||Coagh*|BT80 / N||Ardboe*|BT71 / N||Stewartstown*|BT71 / N||Galbally*|BT70 / N||Sion Mills*|BT82
N||Drumquin*|BT78 / N||Trillick*|BT78 / N||Lisbellaw*|BT94 / N||Rosslea*|BT92
N||Newtownhamilton*|BT35 / N||Cullyhanna*|BT35 / N||Forkhill*|BT35 / N||Camlough*|BT35
N||Poyntzpass*|BT35 / N||Gilford*|BT63 / N||Waringstown*|BT66 / N||Moira|BT67 / N||Glenavy*|BT29
N||Annahilt*|BT26 / N||Dundrum*|BT33 / N||Killough*|BT30 / N||Kircubbin*|BT22
N||Ballywalter*|BT22 / N||Millisle*|BT22 / N||Greyabbey*|BT22 / N||Killinchy*|BT23
M|Isle of Man|Doolish|Onchan=IM3;IM1;IM2 / M|Isle of Man|Rhumsaa|IM8
M|Isle of Man|Purt ny h-Inshey|IM5 / M|Isle of Man|Balley Chashtal|IM9
M|Isle of Man|Port Erin|IM9 / M|Isle of Man|Laxey*|IM4 / M|Isle of Man|Kirk Michael*|IM6
M|Isle of Man|Ballasalla*|IM9 / M|Isle of Man|Foxdale*|IM4 / J|Jersey|St Helier|JE2;JE1
J|Jersey|St Brelade|JE3 / J|Guernsey|St Peter Port|GY1 / J|Guernsey|St Sampson|GY2
J|Guernsey|Vale|GY6 / J|Guernsey|Castel|GY5 / J|Guernsey|Torteval*|GY8 / J|Alderney|St Anne|GY9
"""
_STREETS = {
    "E": "Trelawney Road, Penwithick Road, Chy-an-Dour, Bosorne Road, Tregenna Hill, "
    "Trewartha Terrace, Carn Brea Lane, Wheal Agar, Menheniot Way, Lanyon Row, Ropewalk Court, "
    "Rag Lane, Fleece Yard, Dyers Lane, Wool Hall Yard, Mill Race Walk, Spinners Court, "
    "Bobbin Lane, Shuttle Row, Weavers Fold, Spindle Close, Navvy Lane, Canal Basin Road, "
    "Lock Keepers Way, Towpath Walk, Jetty Street, Herring Row, Net Loft Lane, Quay Hill, "
    "Salt Pans Road, Kipper Lane, Ferrymans Way, Signal Box Close, Railway Cuttings, "
    "Platform Road, Goods Yard Lane, Engine Shed Row, Pit Head Road, Winding Wheel Lane, "
    "Colliery Row, Miners Welfare Road, Slag Lane, Ironstone Way, Ropery Lane",
    "S": "Commercial Road Lerwick, Hillhead, Fort Road, Harbour Street, King Harald Street, "
    "St Magnus Street, Junction Road, Albert Street Kirkwall, Main Street Bowmore, "
    "Frederick Crescent, Ardbeg Road, Pier Road, Provost Wynd, Weaver Row, Bleachfield Road, "
    "Pend Close, Kirkyard Brae, Mercat Cross Lane, Sandgate, Boatyard Brae, Gallowhill Road",
    "W": "Stryd y Castell, Heol Dŵr, Allt Penglais, Ffordd Llanbadarn, Stryd y Ffynnon, "
    "Heol y Wawr, Teras Brynhyfryd, Ffordd yr Eglwys, Heol Capel, Llwyn Onn",
    "N": "Portstewart Road, Drumbo Road, Carnalbanagh Road, Glenshesk Road, Tullynure Road, "
    "Creagh Road, Mullaghbawn Road, Carrowdore Road, Ballyquintin Road, Killowen Road, "
    "Tullymore Road, Derrynoose Road, Cloughoge Road",
    "J": "Rue de la Croix, La Rue des Marettes, Le Mont Cochon, Rue du Pont, Les Quatre Chemins, "
    "La Grande Route des Sablons, Rue des Landes, La Ruette, Le Bordage, Mount Row, Rue Maze",
    "M": "Strand Road, Bucks Road, Ballaquayle Road, Athol Street, Mona Street, "
    "Circular Road Doolish, Glencrutchery Road, Ballakermeen Road, Bowring Road",
}
_HOUSE_NAMES = {
    "E": "Chy Lowen, Bos Venton, Ker Kernow, Hendra Vean, Treven Cottage, Lamorna, Carn Du, "
    "Bal Maidens, Net Loft, Old Coastguard Station, The Pilchard Works, Counting House Cottage",
    "S": "Da Hoose, Nort Hoose, Skeo, The Noust, Heatherbrae Croft, Taigh Thormoid, "
    "Bayview Croft, Quoys, Setter, Hamar",
    "W": "Bryn Awelon, Tŷ Gwyn Bach, Ael y Bryn, Glan yr Afon Fach, Pant Glas, Cefn Coed Uchaf, "
    "Erw Goch, Llwyn Celyn, Tyddyn Bach",
    "N": "Lisnagat Farm, Ballyhackett House, Glenmakeeran Cottage, Tullaghans, The Rectory Cottage",
    "J": "Les Vardes, La Maison Blanche, Le Câtel, Les Frieteaux, Le Coin",
    "M": "Ballacregga, Thie Veg, Ballafayle Farm",
}
_CULTURE_WEIGHTS = {
    "polish": 8,
    "romanian": 6,
    "somali": 6,
    "punjabi": 7,
    "bengali": 7,
    "chinese": 5,
    "nigerian": 6,
    "ghanaian": 5,
    "turkish": 4,
    "kurdish": 4,
    "greek_cypriot": 4,
    "portuguese": 4,
    "lithuanian": 5,
    "traveller_roma": 5,
    "cornish": 5,
    "manx": 4,
    "northern_isles": 4,
    "scots": 6,
    "welsh": 6,
    "english": 8,
}
_REGION_WEIGHTS = {"E": 46, "S": 20, "W": 14, "N": 12, "M": 4, "J": 4}
# The deployment's own organisations (allow-listed): name | team | address (;) | helpline | mailbox
_ORGS = """
Cumberland Council|Council Tax - Discounts and Reviews|Cumberland House, Botchergate;Carlisle;CA1 1RZ|0808 157 0301|discount.reviews@cumberland.gov.uk
Westmorland and Furness Council|Housing Options and Temporary Accommodation|South Lakeland House, Lowther Street;Kendal;LA9 4DQ|0808 157 0312|ta.bookings@westmorlandandfurness.gov.uk
Cornwall Council / Konsel Kernow|Information Governance - Subject Access|New County Hall, Treyew Road;Truro;TR1 3AY|0808 157 0323|sar.requests@cornwall.gov.uk
Shetland Islands Council|Community Care - Carers Support|Montfield, Burgh Road;Lerwick;ZE1 0LA|0808 157 0334|carers.support@shetland.gov.uk
Orkney Islands Council|Housing Register and Lettings|School Place;Kirkwall;KW15 1NY|0808 157 0345|housing.register@orkney.gov.uk
Cyngor Gwynedd / Gwynedd Council|Gwasanaethau Parcio / Parking Services|Swyddfa'r Cyngor, Stryd y Jêl;Caernarfon;LL55 1SH|0808 157 0367|parcio.parking@gwynedd.llyw.cymru
Cyngor Sir Ceredigion / Ceredigion County Council|Addysg Ddewisol yn y Cartref / Elective Home Education|Canolfan Rheidol, Rhodfa Padarn;Aberystwyth;SY23 3UE|0808 157 0378|addysgcartref@ceredigion.gov.uk
Causeway Coast and Glens Borough Council|Insurance and Risk - Public Liability Claims|Riada House, 14 Charles Street;Ballymoney;BT53 6DZ|0808 157 0389|claims@causewaycoastandglens.gov.uk
Northern Ireland Housing Executive|Traveller Accommodation Unit|The Housing Centre, 2 Adelaide Street;Belfast;BT2 8PB|0808 157 0390|traveller.unit@nihe.gov.uk
Leicestershire County Council|Telecare and Assistive Technology|County Hall, Glenfield;Leicester;LE3 8RA|0808 157 0401|telecare@leics.gov.uk
Calderdale Council|Customer Services - Digital Service Desk|Princess Buildings, Princess Street;Halifax;HX1 1TS|0808 157 0412|servicedesk@calderdale.gov.uk
Isle of Man Government|Social Security Division - Contributions|Markwell House, Market Street;Douglas;IM1 2RZ|0808 157 0423|contributions@gov.im
Somerset West Lettings Partnership|Revenues and Benefits - Council Tax|The Deane House, Belvedere Road;Taunton;TA1 1HE|0808 157 0434|counciltax.swlp@somerset.gov.uk
"""
# Third parties (not allow-listed): name | address (;) | phone | mailbox
_HIRE_FIRMS = """
Moorland Self Drive Ltd|Unit 4, Station Yard;Skipton;BD23 1ED|0113 496 0871|pcn.admin@moorlandselfdrive.co.uk
Tamar Van & Car Rental|Ocean Trade Park, Ferry Quay;Plymouth;PL1 4QB|0117 496 0883|fines@tamarvanhire.co.uk
Caledonian Vehicle Leasing plc|12 Abercromby Place;Stirling;FK8 2QP|0131 496 0894|notices@caledonianleasing.co.uk
"""
_GUEST_HOUSES = """
Harbour Lights Guest House|3 Strand Street;Whitehaven;CA28 7LR|0151 496 0905|bookings@harbourlightsgh.co.uk
The Bellhouse Hotel|Station Approach;Barrow-in-Furness;LA14 5QZ|0161 496 0916|reservations@bellhousehotel.co.uk
Fellside Lodge Rooms|41 Stricklandgate;Kendal;LA9 4QG|0113 496 0927|stay@fellsidelodge.co.uk
"""
_SURGERIES = """
Scalloway and Burra Health Centre|Berry Road;Scalloway;ZE1 0UJ|0131 496 0938|scalloway.hc@nhs.scot
Wreake Valley Medical Group|Melton Road;Syston;LE7 2EQ|0116 496 0949|wreake.valley@nhs.net
Meddygfa Penrhos|Stryd yr Orsaf;Pwllheli;LL53 5HE|029 2018 0951|penrhos.meddygfa@wales.nhs.uk
Chapel Street Surgery|18 Chapel Street;Penzance;TR18 4AW|0117 496 0962|chapelst.penzance@nhs.net
"""
_CLAIMS_FIRMS = """
McAleer Dunseith Solicitors|27 Main Street;Limavady;BT49 0EP|028 9018 0973|injury@mcaleerdunseith.co.uk
Carver Ogunleye Injury Lawyers|Suite 5, 80 Mosley Street;Manchester;M2 3FX|0161 496 0984|newclaims@carverogunleye.co.uk
"""
_ADVICE = """
Roadside Voices Traveller Advice Project|The Old Forge, 6 Mill Lane;Lewes;BN7 2LH|0117 496 0995|advice@roadsidevoices.org.uk
An Munia Tobar Traveller Support|Unit 9, Northern Enterprise Park;Derry;BT48 0LY|028 9018 0606|support@anmuniatobar.org
"""
# Schools a child leaves for home education: names only, never contact details
_SCHOOLS = [
    "Ysgol Bro Teifi",
    "Ysgol Gynradd y Dderwen",
    "Penweddig Secondary",
    "Holy Trinity CE Primary",
    "St Brannoc's Catholic Primary",
    "Castle View Academy",
]
_SITES = ["Tollbar Traveller Site", "Riverside Park (council site)", "Gortmore Halting Site"]
_EMAIL_DOMAINS = [
    "gmx.co.uk",
    "talktalk.net",
    "sky.com",
    "virginmedia.com",
    "ntlworld.com",
    "icloud.com",
    "mail.com",
    "proton.me",
    "btinternet.com",
    "manx.net",
    "cwgsy.net",
    "jerseymail.co.uk",
]
# Ofcom drama ranges; mobile 07700 900xxx
_LANDLINES = [
    "0114 496 0",
    "0115 496 0",
    "0118 496 0",
    "0121 496 0",
    "0161 496 0",
    "0191 498 0",
    "0131 496 0",
    "0141 496 0",
    "028 9018 0",
    "029 2018 0",
    "020 7946 0",
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
HIRE_FIRMS = third_parties(_HIRE_FIRMS)
GUEST_HOUSES = third_parties(_GUEST_HOUSES)
SURGERIES = third_parties(_SURGERIES)
CLAIMS_FIRMS = third_parties(_CLAIMS_FIRMS)
ADVICE = third_parties(_ADVICE)


class V(Values):
    """Value generators for one row, on this family's tables, plus the Isle of Man's National
    Insurance numbers (prefix MA) and GB vehicle registrations (unlabelled look-alikes)."""

    tables = TABLES

    def manx_nino(self) -> tuple[str, bool]:
        """An Isle of Man NI number: MA and six digits and a suffix, in the shared styles; a
        mistyped one keeps its (never-issued) prefix, suffix or short digits."""
        text, bad = self.nino()
        if bad:
            return text, bad
        return ("ma" if text[:2].islower() else "MA") + text[2:], bad

    def address_with_apostrophe(self) -> Address:
        """An address in a place whose name has an apostrophe (Bishop's Castle, St Margaret's
        Hope), for the layouts that write it as an HTML entity."""
        town = self.rng.choice([t for ts in TOWNS.values() for t in ts if "'" in t.town])
        a = self.address(town.region)
        a.district, a.town, a.county = None, town.town, town.county
        a.postcode = self.postcode(self.rng.choice(town.places)[1])
        return a

    def vrm(self) -> str:
        """A current-style GB registration: two letters, age identifier, three letters."""
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        year = self.rng.choice(["15", "16", "18", "19", "21", "23", "65", "67", "69", "71", "73"])
        return (
            "".join(self.rng.choices(letters, k=2))
            + year
            + " "
            + "".join(self.rng.choices(letters.replace("I", "").replace("Q", ""), k=3))
        )


# --------------------------------------------------------------------------- helpers
def _hex(rng: random.Random, k: int) -> str:
    return "".join(rng.choices("0123456789abcdef", k=k))


def _upn(rng: random.Random) -> str:
    """A unique pupil number's shape: a check letter and twelve digits (not a real check)."""
    return rng.choice("ABCDEFGHJKLMNPRTUVWXYZ") + "".join(rng.choices("0123456789", k=12))


# --------------------------------------------------------------------------- layouts
def housing_bidding_log(doc: Doc3, v: V) -> None:
    """A choice-based lettings bidding history exported for a review: the applicant's
    household with dates of birth, then a table of bids whose property references, bid
    numbers, queue positions and band dates stay readable."""
    rng = v.rng
    org = v.org("Housing Register", "Lettings")
    p, a = v.person(born=(1950, 2004)), v.address()
    band_date = TODAY - timedelta(rng.randint(120, 1500))
    doc.add(
        f"{org.name} - {org.team}\nBIDDING HISTORY (exported {TODAY:%d/%m/%Y} for a review "
        "request)\n\nHousing register no: "
        f"HR-{v.ref(7)}   Band: {rng.choice(['A', 'B', 'C', 'Gold', 'Silver'])}   Band date: "
        f"{band_date:%d/%m/%Y}   Bedroom need: {rng.randint(1, 4)}\n\nLead applicant: "
    )
    doc.nm(p, rng.choice(["surname_caps", "full", "title_full"])).add("   DOB: ").dob(p)
    doc.add("\nCurrent address: ").addr_inline(a).add("\nContact: ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" / ").ent("EMAIL_ADDRESS", v.email(p)).add("\n\n")
    doc.add("Household\n")
    members = []
    if rng.random() < 0.6:
        members.append((relation_word(p), v.kin(p, gender="m" if p.gender == "f" else "f")))
    members += [(None, v.kin(p, child=True)) for _ in range(rng.randint(0, 3))]
    doc.add("  ").nm(p, "full").add(" (applicant)\n")
    for rel, m in members:
        doc.add("  ").nm(m, rng.choice(["full", "first"]))
        doc.add(f" ({rel or relation_word(m, child=True)}), born ").dob(m).add("\n")
    doc.add(
        f"\n{'Cycle':<7}{'Bid no':<12}{'Property ref':<14}{'Type':<22}{'Position':<14}Outcome\n"
    )
    for _ in range(rng.randint(3, 7)):
        kind = rng.choice(["1 bed flat", "2 bed house", "2 bed flat", "3 bed house", "bungalow"])
        pos = rng.randint(1, 180)
        doc.add(
            f"{rng.randint(1, 52):<7}{'BID' + v.ref(8):<12}{'PRP' + v.ref(6):<14}{kind:<22}"
            f"{f'{pos} of {pos + rng.randint(3, 200)}':<14}"
            f"{rng.choice(['not shortlisted', 'bypassed', 'shortlisted', 'withdrawn'])}\n"
        )
    doc.add("\nNotes: ")
    if rng.random() < 0.5:
        worker = v.person()
        doc.add("support worker ").nm(worker, rng.choice(["full", "initial"]))
        doc.add(" bids on the applicant's behalf (tel ").ent("PHONE_NUMBER", v.phone()).add("). ")
    doc.add("Review requests go to ").ent("ORGANIZATION", org.mailbox).add(" or ")
    doc.ent("ORGANIZATION", org.phone).add(".\n")


def subject_access_request_id(doc: Doc3, v: V) -> None:
    """A subject access request with identity documents listed plainly: passport and driving
    licence numbers, a former surname, previous addresses with the years lived there, and the
    council tax account and tenancy references the requester quotes."""
    rng = v.rng
    org = v.org("Subject Access", "Information Governance")
    p, a = v.person(born=(1950, 2004)), v.address()
    former = next(
        (q.last for q in (v.person(p.culture, p.gender) for _ in range(20)) if q.last != p.last),
        v.person("english").last,  # a small culture may offer no other surname
    )
    doc.nm(p, rng.choice(["full", "middle", "title_full"])).add("\n").addr_lines(a)
    doc.add(f"\n{v.when(-5, 0)}\n\n").block(org, phone=rng.random() < 0.5, mailbox=True)
    doc.add(
        "\nDear Data Protection Officer\n\nSubject access request - Article 15 UK GDPR\n\n"
        "Please send me a copy of all personal data you hold about me, including emails, "
        "call recordings and case notes.\n\nFull name: "
    )
    doc.nm(p, "full").add("\nPrevious surname: ").ent("PERSON", former)
    doc.add("\nDate of birth: ").dob(p).add("\nNational Insurance number: ")
    doc.ident("UK_NINO", v.nino()).add("\n\nPrevious addresses:\n")
    start = TODAY.year - rng.randint(3, 6)
    for _ in range(rng.randint(1, 3)):
        years = rng.randint(1, 6)
        doc.add(f"  {start - years}-{start}: ").addr_inline(v.address()).add("\n")
        start -= years
    doc.add(
        f"\nReferences you may hold me under: council tax account {v.ref(8)}, tenancy ref "
        f"T{v.ref(6)}/{rng.randint(1, 9):02d}.\n\nProof of identity (copies enclosed):\n"
        "  - Passport number "
    )
    doc.ident("UK_PASSPORT", v.passport()).add(f", expires {v.when(200, 3000)}\n")
    doc.add("  - Driving licence number ").ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n")
    doc.add("  - A bank statement showing my current address\n\nPlease reply by email to ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(" or call me on ").ent("PHONE_NUMBER", v.phone())
    doc.add(". I understand you have one month to respond.\n\nYours faithfully\n\n").nm(
        p, rng.choice(["full", "initial_dot"])
    )
    doc.add(
        f"\n\n[Acknowledged {v.when(0, 2)} - our ref SAR-{TODAY.year}-{v.ref(5)} - due "
        f"{v.when(28, 31)}]\n"
    )


def html_residue_web_form(doc: Doc3, v: V) -> None:
    """A web form's email copy converted badly from HTML: leftover tags, &nbsp; and &amp;
    entities around (and sometimes inside) values, a hidden field, a submission id and an IP
    address from the documentation range."""
    rng = v.rng
    org = v.org("Council Tax", "Revenues", "Discounts")
    p = v.person()
    a = v.address_with_apostrophe() if rng.random() < 0.2 else v.address()
    sub = f"{rng.randint(100000, 999999)}-{_hex(rng, 8)}"

    def row(label: str) -> Doc3:
        return doc.add(f"<tr><td><strong>{label}</strong></td><td>")

    def entity(text: str) -> str:  # an apostrophe in a place name left as an HTML entity
        return text.replace("&", "&amp;").replace("'", "&#39;")

    doc.add(
        f"<html><body><h2>Council tax refund request</h2>\n<p>Submission ID: {sub}<br />"
        f"Form version 3.{rng.randint(1, 9)} &nbsp;|&nbsp; IP: 192.0.2.{rng.randint(1, 254)}</p>\n"
        f'<input type="hidden" name="csrf_token" value="{_hex(rng, 32)}" />\n<table>\n'
    )
    row("Title").add(f"{p.title}</td></tr>\n")
    row("First name").ent("PERSON", p.first).add("</td></tr>\n")
    row("Surname").ent("PERSON", p.last).add("</td></tr>\n")
    row("Date&nbsp;of&nbsp;birth").dob(p).add("</td></tr>\n")
    row("Address").ent("STREET_ADDRESS", entity(a.street(", "))).add("<br />")
    for loc in a.locations:
        doc.ent("LOCATION", entity(loc)).add("<br />")
    doc.ent("UK_POSTCODE", a.postcode).add("</td></tr>\n")
    row("Telephone").ent("PHONE_NUMBER", v.phone()).add("</td></tr>\n")
    row("Email").add('<a href="mailto:').ent("EMAIL_ADDRESS", v.email(p)).add('">')
    doc.ent("EMAIL_ADDRESS", v.email(p) if rng.random() < 0.2 else doc.values[-1]).add("</a>")
    doc.add(f"</td></tr>\n<tr><td>Council tax account</td><td>{v.ref(8)}</td></tr>\n")
    row("Name&nbsp;on&nbsp;bank&nbsp;account").nm(p, rng.choice(["bank", "caps", "full"]))
    doc.add("</td></tr>\n")
    row("Sort code").ident("UK_SORT_CODE", v.sort_code()).add("</td></tr>\n")
    row("Account number").ident("UK_BANK_ACCOUNT", v.account()).add("</td></tr>\n")
    if rng.random() < 0.5:
        row("Passport (ID check)").ident("UK_PASSPORT", v.passport()).add("</td></tr>\n")
    else:
        row("NI number").ident("UK_NINO", v.nino()).add("</td></tr>\n")
    doc.add(
        "</table>\n<p>Reason:&nbsp;moved out &amp; closed the account; overpaid "
        f"&pound;{v.money(20, 700)}</p>\n<p>Copy sent to "
    )
    doc.ent("ORGANIZATION", org.mailbox).add(" &amp; the customer.<br />Questions? Call ")
    doc.ent("ORGANIZATION", org.phone).add("</p></body></html>\n")


def servicedesk_ticket_markdown(doc: Doc3, v: V) -> None:
    """A service-desk ticket rendered as Markdown: a heading, a pipe table of fields, work
    notes with ISO timestamps, an asset tag and an SLA deadline that stay readable."""
    rng = v.rng
    org = v.org("Service Desk")
    p, a = v.person(), v.address()
    agent = v.person()
    inc = f"INC{v.ref(7)}"
    day = TODAY - timedelta(rng.randint(0, 6))
    doc.add(
        f"## {inc} - customer locked out of the council tax portal\n\n"
        "| Field | Value |\n|---|---|\n| Caller | "
    )
    doc.nm(p, rng.choice(["full", "surname_caps", "caps"])).add(" |\n| Date of birth | ").dob(p)
    doc.add(" |\n| Address | ").addr_inline(a).add(" |\n| Contact | ")
    doc.ent("PHONE_NUMBER", v.phone()).add(" |\n| Email | ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(
        f" |\n| Portal user | usr_{_hex(rng, 10)} |\n| Asset | LT-{rng.randint(10000, 99999)} |\n"
        f"| SLA due | {iso(day + timedelta(2))} 17:00 |\n| Assigned to | "
    )
    doc.nm(agent, rng.choice(["full", "initial"])).add(f" ({org.team}) |\n\n### Work notes\n\n")
    # work notes in time order, one a while after the last
    times = iter(
        sorted(
            f"{h:02d}:{m:02d}"
            for h, m in ((rng.randint(8, 17), rng.randint(0, 59)) for _ in range(3))
        )
    )
    doc.add(f"- **{iso(day)} {next(times)}** - ").nm(p, "first").add(
        " rang, locked out after three tries. Verified with DOB and postcode "
    )
    doc.ent("UK_POSTCODE", a.postcode.replace(" ", "") if rng.random() < 0.5 else a.postcode)
    doc.add(".\n")
    if rng.random() < 0.6:
        doc.add(f"- **{iso(day)} {next(times)}** - second account found under NI ")
        doc.ident("UK_NINO", v.nino()).add(", merged.\n")
    if rng.random() < 0.4:
        kin = v.kin(p)
        doc.add(f"- **{iso(day)} {next(times)}** - ").nm(kin, "full")
        doc.add(f" ({pron(p)[1]} {'sister' if kin.gender == 'f' else 'brother'}) rang on ")
        doc.ent("PHONE_NUMBER", v.phone(True)).add(" asking for an update; no consent on file.\n")
    doc.add(f"- **{iso(day + timedelta(1))} {clock_time(rng)}** - reset link sent, resolved. ")
    doc.add("Escalations: ").ent("ORGANIZATION", org.mailbox).add(", desk line ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def carers_assessment_support_plan(doc: Doc3, v: V) -> None:
    """A carer's assessment with several people in it: the carer, the person cared for (date
    of birth and NHS number), other family who help, an emergency contact, the GP practice,
    a table of caring hours and an LAS person id that stays readable."""
    rng = v.rng
    org, gp = v.org("Carers"), rng.choice(SURGERIES)
    carer = v.person(born=(1945, 2000))
    cared = v.kin(carer, born=(1931, 1970)) if rng.random() < 0.7 else v.person(born=(1931, 1970))
    a = v.address()
    doc.add(
        f"{org.name} - {org.team}\nCARER'S ASSESSMENT AND SUPPORT PLAN (Carers (Scotland) Act "
        f"2016)\nLAS ID {v.ref(7)}   Assessed on {v.when(-30, -1)}\n\n1. ABOUT YOU (THE CARER)\n"
        "Name: "
    )
    doc.nm(carer, rng.choice(["full", "title_full", "middle"])).add("   Date of birth: ")
    doc.dob(carer).add("\nAddress: ").addr_inline(a).add("\nPhone: ")
    doc.ent("PHONE_NUMBER", v.phone()).add("\n\n2. THE PERSON YOU CARE FOR\nName: ")
    doc.nm(cared, rng.choice(["full", "surname_caps"])).add("   Date of birth: ").dob(cared)
    doc.add("\nNHS/CHI number: ").ident("UK_NHS", v.nhs())
    if rng.random() < 0.5:
        doc.add("\nLives at: ").addr_inline(v.address())
    else:
        doc.add("\nLives at: same address")
    doc.add(f"\nGP: {gp.name}, ").ent("ORGANIZATION", gp.phone).add("\n\n3. CARING HOURS\n")
    hours = {
        "Personal care": rng.randint(3, 20),
        "Medication": rng.randint(1, 7),
        "Meals and shopping": rng.randint(4, 15),
        "Night-time help": rng.randint(0, 21),
    }
    doc.add("| Task | Hours a week |\n")
    for task, h in hours.items():
        doc.add(f"| {task} | {h} |\n")
    doc.add(f"| Total | {sum(hours.values())} |\n\n4. OTHER PEOPLE WHO HELP\n")
    for _ in range(rng.randint(1, 3)):
        helper = v.kin(cared) if rng.random() < 0.6 else v.person()
        doc.add("- ").nm(helper, rng.choice(["full", "first"])).add(
            f", {rng.choice(['visits weekends', 'does the shopping', 'sits in on Tuesdays'])}, tel "
        )
        doc.ent("PHONE_NUMBER", v.phone()).add("\n")
    em = v.person()
    doc.add("\n5. EMERGENCY PLAN\nIf I cannot care, contact ").nm(em, "full")
    doc.add(" at ").addr_inline(v.address()).add(", mobile ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(
        f".\n\n6. SUPPORT AGREED\nShort break of {rng.randint(2, 14)} nights a year; Carers "
        f"Credit information given; review in {rng.choice([6, 12])} months.\nContact: "
    )
    doc.ent("ORGANIZATION", org.mailbox).add(" / ").ent("ORGANIZATION", org.phone).add("\n")


def crown_dependency_move_letter(doc: Doc3, v: V) -> None:
    """A letter to the Isle of Man's contributions office from someone moving between an
    island (IM, JE or GY address) and Great Britain: both addresses, an Isle of Man NI
    number (MA prefix) or a GB one, a parish rates reference and a refund account."""
    rng = v.rng
    org = v.org("Social Security")
    p = v.person(rng.choice(["manx", "manx", "portuguese", "polish", "scots", "english"]))
    manx = rng.random() < 0.6
    island, mainland = v.address(region="M" if manx else "J"), v.address(region=rng.choice("ESWN"))
    moving_in = rng.random() < 0.5
    old, new = (mainland, island) if moving_in else (island, mainland)
    doc.nm(p, rng.choice(["full", "title_full"])).add("\n").addr_lines(new)
    doc.add(f"\n{v.when(-10, 0)}\n\n").block(org, mailbox=rng.random() < 0.5)
    doc.add(
        "\nDear Sir or Madam\n\nI am writing to tell you that I "
        f"{'have moved to the island' if moving_in else 'left the island'} on "
        f"{v.when(-60, -5)}. My previous address was "
    )
    doc.addr_inline(old).add(".\n\nMy National Insurance number is ")
    doc.ident("UK_NINO", v.manx_nino() if manx and rng.random() < 0.8 else v.nino())
    doc.add(" and I was born on ").dob(p).add(
        f". The parish rates reference for the old house was R/{v.ref(6)} and my employer's "
        f"reference for me was EMP{v.ref(5)}.\n\n"
    )
    if rng.random() < 0.6:
        doc.add("Please refund any overpaid contributions to account name ")
        doc.nm(p, rng.choice(["bank", "caps"])).add(", sort code ")
        doc.ident("UK_SORT_CODE", v.sort_code()).add(", account ")
        doc.ident("UK_BANK_ACCOUNT", v.account()).add(". ")
    if rng.random() < 0.5:
        doc.add("I enclose a copy of my passport, number ").ident("UK_PASSPORT", v.passport())
        doc.add(". ")
    if rng.random() < 0.5:
        spouse = v.kin(p, gender="m" if p.gender == "f" else "f")
        doc.add(f"My {relation_word(spouse)} ").nm(spouse, "full").add(" moved with me. ")
    doc.add("You can ring me on ").ent("PHONE_NUMBER", v.phone()).add(" or email ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add(".\n\nYours faithfully\n\n").nm(p, "full").add("\n")


def public_liability_claim_witnesses(doc: Doc3, v: V) -> None:
    """A public liability claim for a trip on a council footway: the claimant (NI number and
    date of birth for the Compensation Recovery Unit), witness statements each with a
    witness's own contact details, and the claimant's solicitors."""
    rng = v.rng
    org, firm = v.org("Claims", "Insurance"), rng.choice(CLAIMS_FIRMS)
    p, a = v.person(born=(1940, 2004)), v.address()
    when = TODAY - timedelta(rng.randint(20, 300))
    doc.add(
        f"{org.name}\n{org.team}\nCLAIM FORM - PERSONAL INJURY (PUBLIC LIABILITY)\nClaim ref: "
        f"PL/{when:%y}/{v.ref(5)}   Defect ref: D{v.ref(6)}   CRU ref: {v.ref(9)}\n\n"
        "A. CLAIMANT\nName: "
    )
    doc.nm(p, rng.choice(["full", "surname_caps", "title_full"])).add("\nDate of birth: ")
    doc.dob(p).add("   NI number (for the CRU): ").ident("UK_NINO", v.nino())
    doc.add("\nAddress: ").addr_inline(a).add("\nPhone: ").ent("PHONE_NUMBER", v.phone())
    doc.add("   Email: ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(
        f"\n\nB. THE ACCIDENT\nDate: {when:%d/%m/%Y}   Time: {clock_time(rng)}\nWhere: the footway "
        f"outside the {rng.choice(['library', 'Co-op', 'bus station', 'post office'])} on the "
        "high street, by the lamp post\nWhat happened: tripped on a raised paving slab "
        f"({rng.randint(30, 70)} mm) and fell onto "
        f"{pron(p)[1]} {rng.choice(['wrist', 'knee', 'face', 'hip'])}.\n\nC. WITNESSES\n"
    )
    for k in range(1, rng.randint(2, 3) + 1):
        w = v.person()
        doc.add(f"Witness {k}: ").nm(w, rng.choice(["full", "title_full"])).add(", ")
        doc.addr_inline(v.address()).add(", tel ").ent("PHONE_NUMBER", v.phone()).add("\n")
        doc.add('Statement: "I saw ').nm(p, rng.choice(["first", "title_surname"]))
        helped = f"I helped {'her' if p.gender == 'f' else 'him'} up"
        doc.add(
            f" go over on the slab. {rng.choice([helped, 'I rang 999', 'I took photos'])}"
            " and the slab was sticking up at least an inch."
        )
        if rng.random() < 0.3:
            doc.add(" I was born ").dob(w).add(" if you need it for my statement.")
        doc.add('"\n\n')
    doc.add("D. COMPENSATION PAYMENT (if settled)\nSort code: ")
    doc.ident("UK_SORT_CODE", v.sort_code()).add("   Account: ").ident(
        "UK_BANK_ACCOUNT", v.account()
    )
    doc.add(f"\n\nE. SOLICITORS\n{firm.name}, ").ent("ORGANIZATION", ", ".join(firm.lines))
    doc.add(", ").ent("ORGANIZATION", firm.phone).add(", ").ent("ORGANIZATION", firm.mailbox)
    doc.add(f", their ref {rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}/{v.ref(5)}\n\n")
    doc.add("Return this form to ").ent("ORGANIZATION", org.mailbox).add(" - claims line ")
    doc.ent("ORGANIZATION", org.phone).add("\n")


def form_captions_under_values(doc: Doc3, v: V) -> None:
    """Text extracted from a printed discretionary housing payment form whose captions sit
    under the boxes, so each value comes first and its caption on the next line; the form
    code and page footer stay readable."""
    rng = v.rng
    org = v.org("Council Tax", "Revenues")
    p, a = v.person(), v.address()
    doc.add(f"{org.name}\nDiscretionary Housing Payment - application\nForm DHP1 (04/26)\n\n")

    def field(caption: str, kind: str | None, value: str | tuple[str, bool]) -> None:
        text, bad = value if isinstance(value, tuple) else (value, False)
        if kind:
            doc.ent(kind, text, bad)
        else:
            doc.add(text)
        doc.add(f"\n{caption}\n\n")

    field("Surname", "PERSON", p.last.upper())
    field("Forename(s)", "PERSON", p.first)
    field("Title", None, p.title)
    doc.dob(p).add("\nDate of birth (dd/mm/yyyy)\n\n")
    field("National Insurance number", "UK_NINO", v.nino())
    doc.ent("STREET_ADDRESS", a.street(", ")).add("\nHouse number / name and street\n\n")
    doc.ent("LOCATION", a.town).add("\nTown\n\n")
    if a.county:
        doc.ent("LOCATION", a.county).add("\nCounty\n\n")
    doc.ent("UK_POSTCODE", a.postcode).add("\nPostcode\n\n")
    field("Telephone", "PHONE_NUMBER", v.phone())
    if rng.random() < 0.5:
        field("Driving licence number (optional, for ID)", "UK_DRIVING_LICENCE", v.licence(p))
    field("Claim reference (from your benefit letter)", None, v.ref(10))
    doc.add(f"Page 1 of 4 - DHP1 (04/26)\n\n£{v.money(30, 400)}\nRent shortfall each month\n\n")
    field("Sort code", "UK_SORT_CODE", v.sort_code())
    field("Account number", "UK_BANK_ACCOUNT", v.account())
    doc.nm(p, rng.choice(["bank", "caps"])).add("\nName of account holder\n\n")
    if rng.random() < 0.6:
        partner = v.kin(p, gender="m" if p.gender == "f" else "f")
        doc.nm(partner, "full").add("\nPartner's full name\n\n").dob(partner)
        doc.add("\nPartner's date of birth\n\n")
    doc.nm(p, rng.choice(["full", "initial"])).add(f"\nSignature\n\n{v.when(-10, 0)}\nDate\n\n")
    doc.add("Return to ").ent("ORGANIZATION", org.mailbox).add(" - help: ")
    doc.ent("ORGANIZATION", org.phone).add(" - Page 2 of 4 - DHP1 (04/26)\n")


def spd_data_match_review(doc: Doc3, v: V) -> None:
    """A single person discount review: the data-match results listing adults a credit
    reference agency links to the property (names, dates of birth, "first seen" dates) and
    the resident's reply about each, with a forwarding address for one."""
    rng = v.rng
    org = v.org("Discounts", "Council Tax")
    p, a = v.person(born=(1935, 2000)), v.address()
    doc.add(
        f"{org.team} - {org.name}\nSINGLE PERSON DISCOUNT REVIEW - reply form\nAccount "
        f"reference: {v.ref(8)}   Review ref: SPD{v.ref(6)}\n\nProperty: "
    )
    doc.addr_inline(a).add("\nAccount holder: ").nm(p, rng.choice(["title_full", "caps", "full"]))
    doc.add(
        "\n\nPART 1 - WHAT OUR DATA MATCH FOUND\nOther adults linked to this address by a "
        "credit reference agency:\n"
    )
    linked = [
        v.kin(p, born=(1975, 2008)) if rng.random() < 0.5 else v.person()
        for _ in range(rng.randint(1, 3))
    ]
    for q in linked:
        doc.add("  ").nm(q, rng.choice(["caps", "surname_caps"])).add("   DOB ")
        doc.ent("DATE_OF_BIRTH", iso(q.dob) if rng.random() < 0.5 else f"{q.dob:%d/%m/%Y}")
        doc.add(f"   first seen {rng.choice(_MONTHS)[:3].upper()} {TODAY.year - rng.randint(0, 6)}")
        doc.add(f"   source {rng.choice(['CRA', 'electoral', 'DVLA', 'utility'])}\n")
    doc.add("\nPART 2 - YOUR ANSWERS\nDo you live alone? Yes\n")
    for q in linked:
        doc.add("About ").nm(q, rng.choice(["full", "first"])).add(": ")
        what = rng.random()
        if what < 0.4:
            doc.add(f"moved out on {v.when(-700, -30)}, now living at ")
            doc.addr_inline(v.address()).add(".\n")
        elif what < 0.7 or q.last != p.last:
            doc.add("never lived here; I think it is a credit check from the previous owner.\n")
        else:
            doc.add(
                f"my {relation_word(q, child=True)}, a full-time student (certificate enclosed).\n"
            )
    doc.add("Daytime phone: ").ent("PHONE_NUMBER", v.phone()).add("\nEmail: ")
    doc.ent("EMAIL_ADDRESS", v.email(p)).add("\n\nSigned ").nm(p, rng.choice(["full", "initial"]))
    doc.add(f"   Date {v.when(-5, 0)}\nReturn by {v.when(14, 28)} to ").ent(
        "ORGANIZATION", org.mailbox
    )
    doc.add(" (queries ").ent("ORGANIZATION", org.phone).add(")\n")


def hire_company_liability_transfer(doc: Doc3, v: V) -> None:
    """A vehicle hire firm answers a Notice to Owner by naming its hirer: the PCN number,
    registration, contravention code and hire agreement number stay readable; the hirer's
    name, date of birth, address and driving licence number (written plainly) are labelled."""
    rng = v.rng
    org, firm = v.org("Parking"), rng.choice(HIRE_FIRMS)
    hirer, a = v.person(born=(1950, 2003)), v.address()
    clerk = v.person()
    pcn = f"{rng.choice(['GW', 'GD', 'CY'])}{v.ref(8)}"
    seen = TODAY - timedelta(rng.randint(10, 60))
    doc.add(f"{firm.name}\n")
    for line in firm.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("Tel ").ent("ORGANIZATION", firm.phone).add("   ").ent("ORGANIZATION", firm.mailbox)
    doc.add(f"\n\n{v.when(-5, 0)}\n\n{org.team}\n{org.name}\n")
    for line in org.lines:
        doc.ent("ORGANIZATION", line).add("\n")
    doc.add("By email: ").ent("ORGANIZATION", org.mailbox).add("\n")
    doc.add(
        f"\nDear Sir or Madam\n\nPenalty Charge Notice {pcn} - vehicle {v.vrm()}\n"
        f"Contravention code {rng.choice(['01', '12', '30', '62', '83'])}, "
        f"{seen:%d/%m/%Y} at {clock_time(rng)}\n\n"
        "We are a vehicle-hire firm and were not the driver. Under the Civil Enforcement of "
        "Parking Contraventions regulations we make representations and name the hirer under "
        f"hire agreement HA-{v.ref(7)} (copy enclosed, signed on {v.when(-90, -60)}):\n\n"
        "Hirer: "
    )
    doc.nm(hirer, rng.choice(["full", "surname_caps", "middle"])).add("\nDate of birth: ")
    doc.dob(hirer).add("\nAddress: ").addr_inline(a)
    doc.add("\nDriving licence no: ").ent("UK_DRIVING_LICENCE", v.licence(hirer))
    doc.add("\nContact number given: ").ent("PHONE_NUMBER", v.phone(True))
    if rng.random() < 0.4:
        extra = v.person()
        doc.add("\nAdditional driver: ").nm(extra, "full").add(", licence ")
        doc.ent("UK_DRIVING_LICENCE", v.licence(extra))
    doc.add(
        f"\n\nPlease transfer liability to the hirer and write to "
        f"{('her' if hirer.gender == 'f' else 'him') if rng.random() < 0.5 else 'them'} directly.\n\nYours faithfully\n\n"
    )
    doc.nm(clerk, rng.choice(["full", "initial_dot"])).add(f"\nFleet Administrator, {firm.name}\n")
    doc.add("(Your notice said to call ").ent("ORGANIZATION", org.phone).add(" with questions.)\n")


def elective_home_education_notice(doc: Doc3, v: V) -> None:
    """A parent tells the council and school that children will be educated at home: each
    child's name, date of birth, school, year group and unique pupil number (UPN, a
    look-alike left readable), the school's DfE number and a second parent."""
    rng = v.rng
    org = v.org("Home Education")
    p, a = v.person(born=(1970, 1998)), v.address()
    school = rng.choice(_SCHOOLS)
    doc.nm(p, rng.choice(["title_full", "full"])).add("\n").addr_lines(a)
    doc.add("Mobile ").ent("PHONE_NUMBER", v.phone(True)).add("\n\n")
    doc.add(
        f"To: The Headteacher, {school} (DfE {rng.randint(660, 681)}/{rng.randint(1000, 7999)})"
    )
    doc.add("\nCc: ").ent("ORGANIZATION", org.mailbox)
    doc.add(
        f"\n\n{v.when(-3, 0)}\n\nAnnwyl Bennaeth / Dear Headteacher,\n\nPlease take this letter "
        "as formal notice that I am withdrawing the children below from school to educate them "
        "at home, under section 7 of the Education Act 1996. Please remove them from the "
        "admissions register.\n\n"
    )
    for _ in range(rng.randint(1, 3)):
        c = v.kin(p, child=True)
        doc.nm(c, rng.choice(["full", "middle"])).add(" - date of birth ").dob(c)
        doc.add(f" - Year {max(1, min(11, age(c.dob) - 4))} - UPN {_upn(rng)}\n")
    other = v.kin(p, gender="m" if p.gender == "f" else "f") if rng.random() < 0.6 else None
    if other:
        doc.add("\nThe children's other parent, ").nm(other, "full")
        doc.add(", agrees and can be contacted on ").ent("PHONE_NUMBER", v.phone()).add(".\n")
    doc.add("\nI have also rung the home education team on ").ent("ORGANIZATION", org.phone)
    doc.add(". You can email me at ").ent("EMAIL_ADDRESS", v.email(p))
    doc.add(".\n\nCofion / Regards\n\n").nm(p, rng.choice(["full", "first"])).add("\n")


def temporary_accommodation_booking(doc: Doc3, v: V) -> None:
    """A housing officer's booking email to a guest house for a homeless household: names,
    dates of birth and ages, purchase-order and booking references, room numbers, nightly rate
    and arrival date (all but the people unlabelled); the guest house's contacts are
    ORGANIZATION."""
    rng = v.rng
    org, house = v.org("Temporary Accommodation"), rng.choice(GUEST_HOUSES)
    officer, lead = v.person(), v.person(born=(1960, 2006))
    domain = org.mailbox.split("@")[1]
    doc.add("From: ").nm(officer, "full").add(" <").ent("EMAIL_ADDRESS", v.email(officer, domain))
    doc.add(">\nTo: ").ent("ORGANIZATION", house.mailbox).add("\nCc: ")
    doc.ent("ORGANIZATION", org.mailbox).add(
        f"\nSubject: TA booking TA{v.ref(6)} - arriving today\n\nHi,\n\nPlease book the "
        f"household below from {v.when(0, 1)} for {rng.randint(3, 28)} nights at "
        f"£{v.money(45, 110)} a night, PO {v.ref(8)}.\n\n"
    )
    doc.add("Lead: ").nm(lead, rng.choice(["full", "surname_caps"])).add(", DOB ").dob(lead)
    doc.add(", mobile ").ent("PHONE_NUMBER", v.phone(True)).add("\n")
    household = []
    if rng.random() < 0.5:
        household.append(v.kin(lead, gender="m" if lead.gender == "f" else "f"))
    household += [v.kin(lead, child=True) for _ in range(rng.randint(0, 3))]
    for m in household:
        doc.add("      ").nm(m, rng.choice(["full", "first"])).add(", DOB ").dob(m)
        doc.add(f" (age {age(m.dob)})\n")
    rooms = rng.sample(range(1, 30), 1 + len(household) // 2)
    doc.add(f"Rooms: {', '.join(f'Room {r}' for r in rooms)}\n")
    doc.add(
        f"Needs: {rng.choice(['ground floor', 'cot needed', 'no stairs', 'near a bus route'])}\n"
        "Previous address (for your records): "
    )
    doc.addr_inline(v.address()).add(
        "\n\nThe household has no funds; meals are not included. Please ring me on "
    )
    doc.ent("ORGANIZATION", org.phone).add(ext(rng)).add(" if there are problems.\n\nThanks\n")
    doc.nm(officer, "first").add(f"\n{org.team}\n\n{house.name}, ")
    doc.ent("ORGANIZATION", ", ".join(house.lines)).add(", ").ent("ORGANIZATION", house.phone)
    doc.add("\n")


def telecare_responder_list(doc: Doc3, v: V) -> None:
    """A telecare installation record: the client, the alarm unit serial and pendant id, a
    key-safe code (all readable), and two or three responders with phones, one with a home
    address; the GP practice's phone is ORGANIZATION."""
    rng = v.rng
    org, gp = v.org("Telecare"), rng.choice(SURGERIES)
    p, a = v.person(born=(1931, 1960)), v.address()
    doc.add(
        f"{org.name} - {org.team}\nTELECARE INSTALLATION RECORD\nUnit serial: "
        f"LS{v.ref(8)}   Pendant: PD-{rng.randint(1000, 9999)}   Installed {v.when(-20, 0)}\n\n"
        "Client: "
    )
    doc.nm(p, rng.choice(["title_full", "full", "surname_caps"])).add("\nDOB: ").dob(p)
    doc.add("   NHS no: ").ident("UK_NHS", v.nhs()).add("\nAddress: ").addr_inline(a)
    doc.add(f"\nKey safe code: {rng.randint(1000, 9999)}  (by the back door)\nHome phone: ")
    doc.ent("PHONE_NUMBER", v.phone(False)).add(f"\nGP: {gp.name} ").ent("ORGANIZATION", gp.phone)
    doc.add("\n\nRESPONDERS (call in this order)\n")
    for k in range(1, rng.randint(2, 3) + 1):
        family = rng.random() < 0.5
        r = v.kin(p, born=(1950, 2000)) if family else v.person()
        kin = ["daughter", "niece"] if r.gender == "f" else ["son", "nephew"]
        doc.add(f"{k}. ").nm(r, rng.choice(["full", "title_full", "initial"]))
        doc.add(f" - {rng.choice(kin if family else ['neighbour', 'friend'])} - ")
        doc.ent("PHONE_NUMBER", v.phone()).add(f" - {rng.randint(2, 40)} mins away")
        if rng.random() < 0.4:
            doc.add(" - lives at ").addr_inline(v.address())
        doc.add("\n")
    doc.add(
        "\nNotes: falls detector fitted; client hard of hearing, let the phone ring. Changes to "
    )
    doc.ent("ORGANIZATION", org.mailbox).add(" or ").ent("ORGANIZATION", org.phone).add("\n")


def sms_gateway_delivery_report(doc: Doc3, v: V) -> None:
    """A text-message gateway's delivery report pasted into a complaint: semicolon-separated,
    quoted fields, message ids and ISO send times (readable) beside each recipient's mobile
    and name, the message body quoting an 8-digit account reference."""
    rng = v.rng
    org = v.org("Council Tax", "Revenues", "Discounts")
    campaign = f"CT-REMIND-{TODAY:%Y%m}"
    doc.add(
        f"Campaign: {campaign}\nSent by: {org.team}\n\n"
        '"MessageId";"Recipient";"Name";"Body";"SentAt";"Status";"Parts"\n'
    )
    sent = TODAY - timedelta(rng.randint(1, 20))
    for _ in range(rng.randint(3, 6)):
        p = v.person()
        doc.add(f'"{_hex(rng, 8)}-{_hex(rng, 4)}";"').ent("PHONE_NUMBER", v.phone(True))
        doc.add('";"').nm(p, rng.choice(["full", "caps", "initial"])).add('";"Hi ')
        doc.nm(p, "first").add(
            f", your council tax account {v.ref(8)} is £{v.money(20, 900)} behind. Pay today or "
            'call us.";"'
        )
        doc.add(f"{iso(sent)}T{clock_time(rng)}:{rng.randint(10, 59)}Z")
        doc.add(
            f'";"{rng.choice(["DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"])}";"{rng.randint(1, 2)}"\n'
        )
    doc.add("\nComplainant: ")
    c = v.person()
    doc.nm(c, "full").add(" says the text went to ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(", which has been ").nm(c, "first")
    doc.add(f"'s number for years, and it was meant for someone else. Reply to {org.name} ")
    doc.ent("ORGANIZATION", org.mailbox).add(" or ").ent("ORGANIZATION", org.phone).add(".\n")


def traveller_site_pitch_application(doc: Doc3, v: V) -> None:
    """An application for a pitch on a council Traveller site: the applicant and household
    with dates of birth, a current pitch as the address (or roadside), the towing vehicle's
    registration and a site licence number (readable), the applicant's driving licence, and
    an advice project's support worker whose own contacts are ORGANIZATION."""
    rng = v.rng
    org, adv = v.org("Traveller"), rng.choice(ADVICE)
    culture = rng.choice(["traveller_roma", "traveller_roma", "romanian", "scots", "english"])
    p = v.person(culture, born=(1958, 2004))
    doc.add(
        f"{org.name} - {org.team}\nAPPLICATION FOR A PITCH\nSite applied for: "
        f"{rng.choice(_SITES)} (site licence SL/{rng.randint(1990, 2025)}/{rng.randint(10, 99)})\n\n"
        "1. Applicant\nName: "
    )
    doc.nm(p, rng.choice(["full", "surname_caps", "title_full"])).add("   Date of birth: ").dob(p)
    doc.add(
        f"\nEthnicity: {rng.choice(['Romany Gypsy', 'Irish Traveller', 'Roma', 'Scottish Traveller'])}"
        "\nNI number: "
    )
    doc.ident("UK_NINO", v.nino()).add("\nCurrent address: ")
    if rng.random() < 0.6:
        region = v.region()
        a = v.address(region)
        pitch = f"Pitch {rng.randint(1, 24)}, {rng.choice(STREETS[region])}"
        doc.addr_inline(Address([pitch], a.district, a.town, a.county, a.postcode))
    else:
        doc.add(f"roadside, no fixed pitch since {v.when(-200, -20)}; post c/o ")
        doc.addr_inline(v.address())
    doc.add("\nPhone: ").ent("PHONE_NUMBER", v.phone(True))
    doc.add(f"\nTowing vehicle: {v.vrm()}   Trailers: {rng.randint(1, 3)}\nDriving licence: ")
    doc.ent("UK_DRIVING_LICENCE", v.licence(p)).add("\n\n2. Household\n")
    for _ in range(rng.randint(1, 5)):
        m = v.kin(p, child=rng.random() < 0.6)
        doc.add("  ").nm(m, rng.choice(["full", "first"])).add(" - ").dob(m).add("\n")
    doc.add(
        "\n3. Connection to the area\nWintered here for "
        f"{rng.randint(2, 20)} years; children at school locally.\n\n4. Supported by\n"
    )
    worker = v.person()
    doc.nm(worker, rng.choice(["full", "initial"])).add(f", {adv.name}, ")
    doc.ent("ORGANIZATION", ", ".join(adv.lines)).add(", ").ent("ORGANIZATION", adv.phone)
    doc.add(", ").ent("ORGANIZATION", adv.mailbox).add("\n\nReturn to ")
    doc.ent("ORGANIZATION", org.mailbox).add(", enquiries ").ent("ORGANIZATION", org.phone)
    doc.add("\n")


Layout = Callable[[Doc3, V], None]
LAYOUT_FUNCS: list[Layout] = [
    housing_bidding_log,
    subject_access_request_id,
    html_residue_web_form,
    servicedesk_ticket_markdown,
    carers_assessment_support_plan,
    crown_dependency_move_letter,
    public_liability_claim_witnesses,
    form_captions_under_values,
    spd_data_match_review,
    hire_company_liability_transfer,
    elective_home_education_notice,
    temporary_accommodation_booking,
    telecare_responder_list,
    sms_gateway_delivery_report,
    traveller_site_pitch_application,
]
LAYOUTS = [f.__name__ for f in LAYOUT_FUNCS]
HELDOUT7 = Family(FAMILY, LAYOUT_FUNCS, V, TRICK_RATE)


# --------------------------------------------------------------------------- public API
organisation_contacts = HELDOUT7.organisation_contacts
build_row = HELDOUT7.build_row
generate_heldout7 = HELDOUT7.generate
write_set = HELDOUT7.write_set
main = HELDOUT7.main


if __name__ == "__main__":
    main()
