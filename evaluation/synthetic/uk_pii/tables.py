"""The value tables of the first UK set: towns with their postcode areas, streets, house and
block names, mail domains, banks, organisations and the locales names are drawn from."""
# Value tables laid out by hand, several items a line: not reformatted
# fmt: off

from __future__ import annotations

# --------------------------------------------------------------------------- data tables
#: Real UK towns with (one of) their postcode areas.
TOWNS = [
    ("Leeds", "LS"), ("Bradford", "BD"), ("Manchester", "M"), ("Salford", "M"),
    ("Stockport", "SK"), ("Birmingham", "B"), ("Coventry", "CV"), ("Wolverhampton", "WV"),
    ("Walsall", "WS"), ("Dudley", "DY"), ("Liverpool", "L"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Derby", "DE"), ("Bristol", "BS"),
    ("Bath", "BA"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Newport", "NP"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Dundee", "DD"),
    ("Belfast", "BT"), ("Newcastle upon Tyne", "NE"), ("Sunderland", "SR"),
    ("Middlesbrough", "TS"), ("Hull", "HU"), ("York", "YO"), ("Doncaster", "DN"),
    ("Wakefield", "WF"), ("Huddersfield", "HD"), ("Halifax", "HX"), ("Preston", "PR"),
    ("Blackpool", "FY"), ("Bolton", "BL"), ("Wigan", "WN"), ("Oldham", "OL"),
    ("Plymouth", "PL"), ("Exeter", "EX"), ("Southampton", "SO"), ("Portsmouth", "PO"),
    ("Brighton", "BN"), ("Norwich", "NR"), ("Ipswich", "IP"), ("Cambridge", "CB"),
    ("Oxford", "OX"), ("Reading", "RG"), ("Luton", "LU"), ("Milton Keynes", "MK"),
    ("Northampton", "NN"), ("Peterborough", "PE"), ("Stoke-on-Trent", "ST"),
    ("Swindon", "SN"), ("Gloucester", "GL"), ("Worcester", "WR"), ("Hereford", "HR"),
    ("Shrewsbury", "SY"), ("Telford", "TF"), ("Chester", "CH"), ("Warrington", "WA"),
    ("Carlisle", "CA"), ("Lancaster", "LA"), ("Durham", "DH"), ("Lincoln", "LN"),
    ("Colchester", "CO"), ("Chelmsford", "CM"), ("Southend-on-Sea", "SS"),
    ("Maidstone", "ME"), ("Canterbury", "CT"), ("Tunbridge Wells", "TN"),
    ("Guildford", "GU"), ("Croydon", "CR"), ("Bromley", "BR"), ("Harrow", "HA"),
    ("Ilford", "IG"), ("Romford", "RM"), ("Enfield", "EN"), ("Kingston upon Thames", "KT"),
    ("Sutton", "SM"), ("Twickenham", "TW"), ("Uxbridge", "UB"), ("London", "E"),
    ("London", "N"), ("London", "SE"), ("London", "SW"), ("London", "NW"), ("London", "W"),
    ("Slough", "SL"), ("Watford", "WD"), ("St Albans", "AL"), ("Stevenage", "SG"),
    ("Bedford", "MK"), ("Kettering", "NN"), ("Inverness", "IV"), ("Perth", "PH"),
    ("Stirling", "FK"), ("Kirkcaldy", "KY"), ("Paisley", "PA"), ("Motherwell", "ML"),
    ("Kilmarnock", "KA"), ("Dumfries", "DG"), ("Galashiels", "TD"), ("Wrexham", "LL"),
    ("Llandudno", "LL"), ("Aberystwyth", "SY"), ("Carmarthen", "SA"), ("Truro", "TR"),
    ("Torquay", "TQ"), ("Taunton", "TA"), ("Dorchester", "DT"), ("Bournemouth", "BH"),
    ("Salisbury", "SP"), ("Harrogate", "HG"), ("Scarborough", "YO"), ("Barnsley", "S"),
    ("Rotherham", "S"), ("Grimsby", "DN"), ("Scunthorpe", "DN"), ("Mansfield", "NG"),
    ("Chesterfield", "S"), ("Burnley", "BB"), ("Blackburn", "BB"), ("Rochdale", "OL"),
    ("Crewe", "CW"), ("Kendal", "LA"), ("Workington", "CA"), ("Hartlepool", "TS"),
    ("Darlington", "DL"), ("Gateshead", "NE"), ("Ashby-de-la-Zouch", "LE"),
    ("Llanelli", "SA"), ("Merthyr Tydfil", "CF"), ("Enniskillen", "BT"), ("Newry", "BT"),
    ("Bury", "BL"), ("Keighley", "BD"), ("Batley", "WF"), ("Dewsbury", "WF"),
    ("Pontefract", "WF"), ("Skipton", "BD"), ("Ilkley", "LS"), ("Otley", "LS"),
    ("Accrington", "BB"), ("Nelson", "BB"), ("Redditch", "B"), ("Bromsgrove", "B"),
    ("Solihull", "B"), ("Nuneaton", "CV"), ("Rugby", "CV"), ("Leamington Spa", "CV"),
    ("Loughborough", "LE"), ("Hinckley", "LE"), ("Grantham", "NG"), ("Boston", "PE"),
    ("Spalding", "PE"), ("King's Lynn", "PE"), ("Great Yarmouth", "NR"), ("Lowestoft", "NR"),
    ("Bury St Edmunds", "IP"), ("Harlow", "CM"), ("Basildon", "SS"), ("Gravesend", "DA"),
    ("Dartford", "DA"), ("Margate", "CT"), ("Folkestone", "CT"), ("Hastings", "TN"),
    ("Eastbourne", "BN"), ("Crawley", "RH"), ("Horsham", "RH"), ("Woking", "GU"),
    ("Basingstoke", "RG"), ("Andover", "SP"), ("Yeovil", "BA"), ("Barnstaple", "EX"),
    ("Penzance", "TR"), ("Newquay", "TR"), ("Cheltenham", "GL"), ("Stroud", "GL"),
    ("Banbury", "OX"), ("High Wycombe", "HP"), ("Aylesbury", "HP"), ("Hemel Hempstead", "HP"),
    ("Corby", "NN"), ("Wellingborough", "NN"), ("Huntingdon", "PE"), ("Ely", "CB"),
    ("Falkirk", "FK"), ("Livingston", "EH"), ("Dunfermline", "KY"), ("Greenock", "PA"),
    ("Ayr", "KA"), ("Elgin", "IV"), ("Fort William", "PH"), ("Oban", "PA"),
    ("Bangor", "LL"), ("Rhyl", "LL"), ("Neath", "SA"), ("Bridgend", "CF"), ("Barry", "CF"),
    ("Caerphilly", "CF"), ("Pontypridd", "CF"), ("Lisburn", "BT"), ("Omagh", "BT"),
]
LOCALITIES = [
    "Headingley", "Chapeltown", "Moss Side", "Handsworth", "Toxteth", "Easton", "Gorton",
    "Sparkbrook", "Walkley", "Hillsborough", "Armley", "Harehills", "Seacroft", "Beeston",
    "Longsight", "Levenshulme", "Cheetham Hill", "Aston", "Erdington", "Kirkstall",
    "Anfield", "Everton", "Walton", "Sneinton", "Radford", "Bulwell", "Bedminster",
    "Southville", "Splott", "Grangetown", "Govan", "Leith", "Gorgie", "Shettleston",
    "Byker", "Walker", "Gipton", "Holbeck", "Manningham", "Girlington", "Thornbury",
    "Eccles", "Swinton", "Heaton", "Fenham", "Stapleford", "Kingswood", "Shirley",
    "Hockley", "Lozells", "Tottenham", "Peckham", "Brixton", "Hackney", "Lewisham",
    "Streatham", "Walthamstow", "Acton", "Southall", "Wembley", "Edmonton", "Thamesmead",
    "Old Town", "Upper Norwood", "West End", "Hillside", "Newtown", "Westwood", "Greenbank",
]
COUNTIES = [
    "West Yorkshire", "South Yorkshire", "North Yorkshire", "Greater Manchester",
    "Merseyside", "West Midlands", "Lancashire", "Kent", "Essex", "Surrey", "Hampshire",
    "Devon", "Cornwall", "Norfolk", "Suffolk", "Derbyshire", "Nottinghamshire",
    "Leicestershire", "Staffordshire", "Cheshire", "Cumbria", "Durham", "Tyne and Wear",
    "Fife", "Lanarkshire", "Gwynedd", "County Antrim", "County Down", "Somerset",
    "Gloucestershire", "Oxfordshire", "Berkshire", "Hertfordshire", "Lincolnshire",
]
STREET_STEMS = [
    "Church", "Station", "Victoria", "Main", "Park", "Mill", "School", "Queens", "Queen's",
    "Kings", "King's", "North", "New", "Manor", "Grange", "Green", "Albert", "Alexandra",
    "Windsor", "York", "Chester", "Springfield", "Highfield", "Westfield", "Oak", "Elm",
    "Ash", "Beech", "Birch", "Cedar", "Willow", "Chestnut", "Holly", "Hawthorn", "Meadow",
    "Orchard", "Brook", "Bridge", "Castle", "Abbey", "Priory", "Rectory", "Vicarage",
    "Nelson", "Wellington", "Cromwell", "Gladstone", "Stanley", "Mount Pleasant",
    "St John's", "St Mary's", "Upper Richmond", "Old Hall", "New North", "Moor", "Hall",
    "Jubilee", "Coronation", "Clarence", "Princess", "Lime", "Sycamore", "Rowan", "Laburnum",
    "Acacia", "Hazel", "Poplar", "Lancaster", "Cambridge", "Oxford", "Derwent", "Trent",
    "Severn", "Ribble", "Woodland", "Hillside", "Valley", "Lake", "Riverside", "Canal",
    "Market", "Chapel", "Union", "Commercial", "Railway", "Wharf", "Factory", "Foundry",
    "Burnside", "Kirkgate", "Loanhead",
]
STREET_SUFFIXES = (
    ["Road"] * 22 + ["Street"] * 18 + ["Lane"] * 9 + ["Avenue"] * 7 + ["Close"] * 6
    + ["Drive"] * 5 + ["Court"] * 3 + ["Way"] * 4 + ["Crescent"] * 3 + ["Gardens"] * 3
    + ["Place"] * 2 + ["Terrace"] * 3 + ["Grove"] * 3 + ["Walk"] + ["Row"] + ["Square"]
    + ["Mews"] + ["Rise"] + ["View"] + ["Hill"] * 2 + ["Park"] + ["Green"] + ["Vale"]
    + ["Parade"] + ["Croft"] + ["Fold"] + ["Wynd"] + ["Brae"] + ["Gate"]
)
SUFFIXLESS_STREETS = ["Kingsway", "Broadway", "Briggate", "Micklegate", "Deansgate",
                      "Headrow", "Whitehall", "Highgate", "Eastgate", "Fishergate",
                      "Moorgate", "Westway", "Parkway"]
HOUSE_NAMES = ["Rose Cottage", "Ivy Cottage", "The Old Rectory", "The Willows", "Orchard House",
               "Meadow View", "The Laurels", "Holly Lodge", "Mill House", "The Coach House",
               "Beech House", "Fern Cottage", "The Old School House", "Brookside",
               "Hillcrest"]
BLOCK_NAMES = ["Nelson House", "Victoria Court", "Jubilee Mansions", "Kingfisher Court",
               "Clarence House", "Priory Court", "Maple Tower", "Riverside Apartments",
               "Station Buildings", "Albert Mill", "Park View Court", "Weavers Court"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "hotmail.com", "outlook.com", "yahoo.co.uk",
                 "btinternet.com", "icloud.com", "live.co.uk", "sky.com", "aol.com",
                 "googlemail.com", "virginmedia.com", "talktalk.net", "yahoo.com"]
BANKS = ["Barclays", "Lloyds", "NatWest", "HSBC", "Santander", "Nationwide", "Halifax",
         "Monzo", "Starling", "TSB", "the Co-op Bank", "Metro Bank"]
ORGS = ["the council", "the Jobcentre", "DWP", "HMRC", "the housing association",
        "Citizens Advice", "the council tax office", "the Universal Credit helpline",
        "my housing officer", "the benefits office", "the DVLA", "the Passport Office",
        "my GP surgery", "the school", "social services"]
SERVICES = ["Housing", "Council Tax", "Universal Credit", "Benefits", "Adult Social Care",
            "Environmental Health", "Blue Badge", "Housing Benefit", "Child Maintenance",
            "Personal Independence Payment", "Pension Credit", "Carer's Allowance"]
NAME_LOCALES = [("en_GB", 70), ("en_IE", 5), ("en_IN", 7), ("pl_PL", 4), ("yo_NG", 3),
                ("en_NG", 2), ("ro_RO", 2), ("pt_PT", 2), ("it_IT", 2), ("tr_TR", 1),
                ("fr_FR", 2)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
