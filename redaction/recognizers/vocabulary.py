"""Word lists the recognizers share: titles, capitalised words that are not names, the
service's own vocabulary, country-level places, organisation and job words."""
# Word lists laid out by hand: not reformatted
# fmt: off

from __future__ import annotations

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady",
          "Lord", "Rev", "Revd", "Reverend", "Cllr", "Councillor", "Father", "Sister", "Master")
NON_NAME_WORDS = frozenset(
    """The A An I We My Our Your He She They It This That These Those Please Thank Thanks
    Regards Yours Sincerely Faithfully Kind Best Dear Hi Hiya Hello Re Regarding Subject Sir Madam
    Sirs Team Council Department Dept Office Officer Services Service Customer Customers
    Manager Colleague Colleagues All Whom Concern Housing Benefit Benefits Universal Credit
    Tax Jobcentre Plus DWP HMRC NHS PIP ESA JSA DVLA Mobile Tel Telephone Phone Email E-mail
    Address Postcode Date Birth Number No Ref Reference Account Sort Code Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Sent From To On In At And But Or If When As So
    Also However Unfortunately Yesterday Today Tomorrow Last Next Many Warm Cheers Sincerely
    Ltd Limited Plc Trust Association Agency Authority Court Tribunal Appeal Appeals Complaint
    Complaints Support Help Advice Citizens Payment Payments Allowance Pension Credit Child
    Carer Carers Disability Living Independence Personal Work Coach Claim Claims Case Letter
    Application Form Enquiry Query Request Mandatory Reconsideration Notice Section Urgent
    Other Not Is Was Have Has Had Am Are Be Been Would Could Should Can Might Must
    Just Still Very Now Then Here There What Which Who Why How Where Ok OK Okay Yes Sorry
    Apologies Morning Afternoon Evening Good Team Teams Unit Centre Center Street Road
    Avenue Flat Apartment iPhone Messenger WhatsApp Facebook Instagram Snapchat TikTok Twitter
    Property Premises Certificate Cais Ffurflen
    Android Sent Samsung Galaxy Outlook Relay Name Signed Print Full Surname Forename Forenames
    First Middle Family Applicant Claimant Tenant Landlord Patient DOB NINO NI Passport
    Plaintiff Defendant Respondent Appellant Petitioner
    Licence License Driving Maintenance Civic Barclays Lloyds NatWest HSBC Santander
    Nationwide Monzo Starling TSB Nobody Someone Somebody Everyone Anyone Staff People
    Allowance Badge Care Health Environmental Social Adult Submitted Online Enquiry Contact
    Preferred Message Details Post Box Home Your Reference Ref Form Web Submission Worker
    Workers Adviser Advisor Coordinator Co-ordinator Assistant Director Caseworker Nurse
    Coach Volunteer Representative Solicitor Councillor Consultant Therapist Practitioner
    Lead Senior Head Chief Deputy Specialist Administrator Revenues Rates Drivers Payments
    Annwyl Syr Fadam Diolch Yn Fy Rwy Rwyf Mae Roedd Dw Dwi Yr Ac Gyda Cofion Gywir Ddiffuant
    Hefyd Ond Os Cyngor Treth Tîm Tim Adran Swyddfa Ionawr Chwefror Mawrth Ebrill Mai Mehefin
    Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr Agent Caller Bot System Operator Me You Us
    Note Notes Update Outcome Summary Action Chat Transcript Webchat Live Automated Addr
    Sender Mailmark DX MRICS FRICS RICS Rent DHP Title Opened Received Closed Status Return
    Bereavement Widowed Funeral
    Admissions Tenancy Repairs Rents Enforcement Licensing Parking Waste Recycling Planning
    Highways Safeguarding Finance Payroll Pensions Registrars Electoral Libraries Education
    Transport Daytime Evening Home Work Mob Queue Caller Section Declaration Income NHSBSA
    Swyddog Tai Ffôn Ffon Rhif Cyfeiriad Enw Dyddiad Geni Gwasanaeth Cymorth Budd-dal Gwladol
    Yswiriant Nationality Citizen Citizenship Executor Executors Executrix Administrator
    Switchboard Hospice Gofal Lliniarol MRZ British Household Ethnicity Statement Statements
    Headteacher Rooms Room Escalations Escalation Caring Hours Emergency Plan Agreed Witness
    Witnesses Responders Responder Copy Injury Reviews Hirer Asset Traveller Travellers Gypsy
    Romany Key Town City""".split()
) | frozenset(TITLES)
CASEWORK_TERMS = frozenset(
    s.lower() for s in (
        "Universal Credit", "Council Tax", "Housing Benefit", "Child Benefit", "Pension Credit",
        "Personal Independence Payment", "Employment and Support Allowance", "Jobcentre",
        "Jobcentre Plus", "Carer's Allowance", "Attendance Allowance", "Tax Credits",
        "Working Tax Credit", "Child Tax Credit", "Mandatory Reconsideration", "Madam", "Sir",
        "Sir or Madam", "Sir/Madam", "Dear Sir", "Dear Madam", "Yours", "Kind", "Regards",
        "Best", "Thanks", "Thank", "PIP", "DWP", "HMRC", "NHS", "ESA", "JSA", "DLA", "GP",
        "Citizens Advice", "Ombudsman", "Legal Aid", "Section", "Bailiffs", "Motability",
        "Blue Badge", "Discretionary Housing Payment", "Council", "Jobcentre Plus",
        "Work Coach", "Whom", "Dear", "Hi", "Hello", "Re", "Tel", "Mob", "Mobile",
    )
)
COUNTRY_LEVEL = frozenset(
    s.lower() for s in ("UK", "U.K.", "United Kingdom", "Britain", "Great Britain", "England",
                        "Scotland", "Wales", "Northern Ireland", "Europe", "EU", "GB",
                        "the United Kingdom", "the UK", "Ireland", "British", "English",
                        "NI", "N. Ireland", "Great Britain", "USA", "US")
)


JOB_WORDS = frozenset(
    """Officer Worker Adviser Advisor Coordinator Co-ordinator Assistant Director Caseworker
    Manager Coach Volunteer Representative Consultant Therapist Practitioner Specialist
    Administrator Clerk Secretary Supervisor Receptionist Inspector Assessor Advocate""".split())
#: Words that make a capitalised phrase an organisation, not a person.
ORG_WORDS = frozenset(
    """Council Ltd Limited Plc PLC LLP Homes Housing Association Group Properties Lettings
    Estates Agency Services Department Trust Bank Building Society Centre Center Office
    Authority Borough County District City Partnership Foundation Company Corporation
    School College University Hospital Surgery Practice Clinic Jobcentre Ministry Court
    Tribunal Police Service Team Unit Advice Solicitors Insurance Energy Water Gas Electric
    Broadband Mobile Finance Loans Credit Union House Cottage Cottages Lodge Mansions Buildings
    Building Tower Towers Apartments Flats Estate Primary Academy Nursery Infants Juniors
    Orchestra Band Club Law Legal Solicitor Chambers Associates Partners Cyngor Hospice Cartrefi
    Cyfreithwyr Lawyers Rental Meddygfa Management Solutions Residential Control""".split()
)
#: words only a firm's or a public body's name ends with, never a person's surname: a field
#: for a person ("Agent:", "Client:") that holds one names an organisation
#: the last word of a team's name inside an organisation ("Overpayments Team", "Lettings Desk")
TEAM_WORDS = frozenset("Team Teams Section Unit Desk Helpline Hub Panel Board".split())


COMPANY_WORDS = frozenset(
    """Council Ltd Limited Plc PLC LLP Lettings Estates Agency Services Department Trust
    Authority Borough Partnership Foundation Company Corporation Association Solicitors
    Associates Partners Management Solutions Residential Properties Housing Homes Group
    Control Cyngor Taxis Cabs Removals Funerals Funeralcare Motors Builders
    Plumbing Heating Roofing Glazing Joinery Electrical Scaffolding Drainage Groundworks
    Adaptations Plastering Landscaping Contractors Surveyors Lets Software Systems
    Technologies Consulting""".split()
)


def begins_with_a_persons_name(words: list[str]) -> bool:
    """A firm named after its owner ("Dave Jones Builders", "J. Okafor Plumbing"): a given name
    or an initial, then a capitalised word that is no firm's word. The owner's name is personal
    data however the firm is written, so the name stays hidden (fail closed); "Cefni Plumbing",
    "Grace Housing Trust" and "Kestrel Taxis" start with no such pair."""
    from redaction.recognizers.lexicon import is_given_name, is_ordinary_word

    if len(words) < 3 or any(w.strip(".,").title() in _PUBLIC_BODY_WORDS for w in words):
        return False  # "North Vale Council", "West Lindsey District Council": a public body
    first, second = words[0].strip(".,"), words[1].strip(".,")
    return (
        (is_given_name(first) or (len(first) == 1 and first.isupper()))
        and second[:1].isupper()
        and second.title() not in COMPANY_WORDS
        and not is_ordinary_word(second)  # "Vale", "Park": a place's word, not a surname
    )


#: words of a public body's, an institution's or a charity's name: never a sole trader's firm
#: ("Services", "Housing" or "Group" are: "Dave Jones Services Ltd", "Karen Hughes Housing
#: Officer"; "West Penwith Community Hospital" is a place's hospital)
_PUBLIC_BODY_WORDS = frozenset(
    """Council Cyngor Authority Borough District County Department Trust Foundation Association
    Board Commission Hospital Hospitals Infirmary NHS Health Surgery Practice Clinic School
    Academy College University Police Constabulary Court Tribunal Prison Library Church
    Parish""".split()
)


#: Names of UK benefits, schemes, services and teams. spaCy reads some as people
#: ("Bereavement Support Payment" -> PERSON "Bereavement"); a name or place found inside one of
#: these is not personal data. A deployment adds its own (team names, guidance titles).
SERVICE_TERMS = (
    "Access to Work", "Adult Disability Payment", "Adult Social Care", "Advance Payment",
    "Alternative Payment Arrangement", "Armed Forces Independence Payment",
    "Attendance Allowance", "Bedroom Tax", "Benefit Cap", "Bereavement Support Payment",
    "Best Start Foods", "Best Start Grant", "Blind Person's Allowance", "Blue Badge",
    "Budgeting Advance", "Budgeting Loan", "Carer's Allowance", "Carer's Credit",
    "Carer Support Payment", "Child Benefit", "Child Disability Payment",
    "Child Maintenance Service", "Child Tax Credit", "Christmas Bonus", "Cold Weather Payment",
    "Community Care Grant", "Constant Attendance Allowance", "Council Tax",
    "Council Tax Reduction", "Council Tax Support", "Crisis Loan", "Crisis Grant",
    "Direct Payments", "Disability Living Allowance", "Disabled Facilities Grant",
    "Disabled Students' Allowance", "Discretionary Housing Payment",
    "Education Maintenance Allowance", "Education, Health and Care Plan",
    "Employment and Support Allowance", "Free School Meals", "Funeral Expenses Payment",
    "Funeral Support Payment", "Guardian's Allowance", "Habitual Residence Test",
    "Healthy Start", "Help to Buy", "Help to Save", "Household Support Fund",
    "Housing Benefit", "Housing Costs", "Income Support", "Industrial Injuries Disablement Benefit",
    "Jobseeker's Allowance", "Legal Aid", "Local Housing Allowance", "Local Welfare Assistance",
    "Marriage Allowance", "Maternity Allowance", "Mandatory Reconsideration",
    "Motability", "Pension Credit", "Pension Wise", "Personal Independence Payment",
    "Right to Buy", "Scottish Child Payment", "Scottish Welfare Fund",
    "Severe Disablement Allowance", "Shared Ownership", "Social Fund", "Spare Room Subsidy",
    "State Pension", "Statutory Maternity Pay", "Statutory Paternity Pay",
    "Statutory Sick Pay", "Shared Parental Pay", "Student Finance", "Support for Mortgage Interest",
    "Sure Start Maternity Grant", "Tax Credits", "Tax-Free Childcare", "Universal Credit",
    "Warm Home Discount", "War Pension", "Widowed Parent's Allowance", "Winter Fuel Payment",
    "Work Capability Assessment", "Working Tax Credit", "Jobcentre Plus", "Work Coach",
    "Citizens Advice", "Money Helper", "MoneyHelper", "Pension Service", "Disability Service Centre",
    "Child Maintenance", "Self Assessment", "Unique Taxpayer Reference", "Making Tax Digital", "National Insurance",
    "National Minimum Wage", "National Living Wage", "Housing Options", "Homes for Ukraine",
    "Bereavement Service", "Tell Us Once", "Blue Badge Scheme", "Freedom Pass",
    "Refer to Payer", "Housing Register", "Block Capitals", "Block Letters", "Direct Message", "Private Message",
    "Healthy Start Scheme", "Household Support", "Energy Bills Support Scheme",
    "Cost of Living Payment", "Kickstart Scheme", "Restart Scheme", "Flexible Support Fund",
    # Welsh
    "Treth y Cyngor", "Gostyngiad Treth y Cyngor", "Yswiriant Gwladol", "Credyd Cynhwysol",
    "Budd-dal Tai", "Budd-dal Plant", "Lwfans Gofalwr", "Lwfans Gweini",
    "Taliad Annibyniaeth Personol", "Credyd Pensiwn", "Pensiwn y Wladwriaeth",
    "Bathodyn Glas", "Gwasanaeth Iechyd Gwladol",
    # the same after a Welsh mutation ("cais am Fathodyn Glas", "ei Dreth y Cyngor")
    "Fathodyn Glas", "Mathodyn Glas", "Dreth y Cyngor", "Nhreth y Cyngor", "Gredyd Cynhwysol",
    "Nghredyd Cynhwysol", "Gredyd Pensiwn", "Lwfans Gofalwr",
    "Bereavement Benefits", "Royal Mail", "Return to Sender", "Housing and Communities", "Tai a Chymunedau",
    "Daliad Tai yn ôl Disgresiwn", "Cymorth Treth y Cyngor", "Gymorth Treth y Cyngor",
    "Cyngor Bro Morgannwg",
    # Welsh county councils: "Sir" here is a county, not a title before a name
    "Cyngor Sir Gâr", "Cyngor Sir Ddinbych", "Cyngor Sir y Fflint", "Cyngor Sir Ceredigion",
    "Cyngor Sir Powys", "Cyngor Sir Penfro", "Cyngor Sir Fynwy", "Cyngor Sir Ynys Môn",
    "Taliad Tai yn ôl Disgresiwn", "Taliadau Tai yn ôl Disgresiwn",
    # a Malay letter's greeting and sign-off ("Sir/Madam", "Yours truly"), whose first words are
    # names elsewhere (Tuan, Yang)
    "Tuan/Puan", "Tuan / Puan", "Yang benar", "Yang ikhlas", "Dengan hormat",
)


#: the common words of a letter written in French, Welsh, Portuguese, Spanish, Italian, Greek,
#: Polish, Romanian, Turkish, Lithuanian, German or Swahili (languages a UK public body reads besides
#: English) and Malay: function words, the verbs and nouns of a letter about an account, and a form's
#: labels ("Je", "Veuillez", "Numéro", "Courriel"; "Ysgrifennaf", "Cyfeirnod", "cyfrif banc";
#: "Exmos. Senhores", "Assunto", "Τηλέφωνο").
#: spaCy's English model and the stricter reading of a foreign letter take them for names. A
#: word any name list holds ("Le", "Ma", "Mae", "Mon") is not read as one of these: the caller
#: keeps it hidden (fail closed); and words that are somebody's name somewhere though no list
#: holds them ("Moro", "Nata", "Sora", "Kinder", "Padre", "Dia", "Desta") are left out of this one.
FOREIGN_LETTER_WORDS = frozenset(
    w.lower()
    for w in """
    je tu il elle nous vous ils elles on me moi te toi se lui leur leurs mon ma
    mes ton ta tes son sa ses notre nos votre vos le la les un une des du de au aux et ou
    mais donc car ni que qui quoi dont où ce cet cette ces ceci cela ça en y ne pas plus
    très trop bien avec sans pour par sur sous dans chez vers entre depuis avant après pendant
    est suis sommes êtes sont été être ai as avons avez ont avoir fait faire peut pouvez merci
    veuillez pourriez voudrais souhaite écris écrire rembourser remboursement répondre payé
    payer envoyer appeler habite habiter quitté objet sujet compte comptes numéro nom prénom
    prénoms adresse téléphone portable courriel date naissance coordonnées madame monsieur
    mesdames messieurs cordialement salutations sincères distinguées respectueusement mairie
    conseil taxe habitation logement épouse époux mari femme fille fils enfant enfants mère père
    frère sœur soeur réduction demande ci-joint copie lettre facture paiement banque bancaire
    guichet assurance nationale anglais français personne seule trop-perçu trop-percu

    a ac ag am ar at gan gyda heb hyd i o dros drwy trwy wrth yn yr y fy dy ei ein eich
    eu mae maen roedd rwy rwyf rydw dw dwi ydw ydy yw oes bod fod wedi wedyn hefyd ond os neu na
    nac nad hun hyn hynny hon hwn honno hwnnw erbyn nawr rŵan yma yno pan fel felly gwelwch
    dda diolch annwyl syr fadam cofion cynnes gywir ddiffuant ysgrifennaf ysgrifennu anfonaf
    anfon ffonio ffoniais ffoniwch cewch cefais chefais ateb atebion talais talu gofynnaf gofyn
    symud symudodd byw helpu help post copi gopi cyfeirnod cyfeiriad cyfrif cyfrifon banc cod
    didoli rhif ffôn ffon e-bost ebost enw dyddiad geni treth cyngor tîm tim swyddfa swyddog
    gordaliad ad-dalwch ad-daliad ad-dalu gostyngiad sengl person taliad taliadau ymholiad
    gwybodaeth manylion llythyr cais ffurflen

    eu meu minha meus minhas seu sua seus suas nosso nossa nossos nossas os as um uma umas
    do da dos das em no na nas pelo pela para com sem sobre até desde quem qual onde quando
    como mas também não sim muito mais já ainda é sou são foi era estou está estamos tenho tem
    temos vivo chamo chamo-me endereço telefone telemóvel número processo
    assunto exmos exmo exma exmas senhores senhor senhora caros prezados prezado prezada
    cumprimentos melhores atenciosamente obrigado obrigada agradeço peço solicito escrevo
    pagamento renda câmara conselho municipal imposto habitação filho filha filhos filhas
    marido esposa mulher mãe pai irmão irmã família nascido nascida nascimento passaporte
    correio eletrónico electrónico bancária ajuda apoio saímos saiamos aqui
    então porque mês ano anos

    yo mi mis nuestro nuestra los las unos unas del al con sin por sobre hasta desde quien
    cual donde cuando pero también muy más todavía soy fue estoy está tengo tiene llamo nombre
    dirección teléfono asunto estimados estimado estimada señores señor señora saludos
    atentamente gracias escribo pago alquiler ayuntamiento impuesto vivienda hijo hija hijos
    hermano hermana familia nacimiento fecha pasaporte correo cuenta
    nacido nacida nací seguridad social expediente alquiler casero mes casa antes pedido
    dejemos vivimos estimadas el es en

    io mio mia miei mie suo il lo gli le uno della dei delle nel nella senza per fino che chi
    dove anche molto più già sono siamo ho ha abbiamo abito chiamo indirizzo telefono numero
    oggetto gentili spettabile egregi signori signora saluti distinti cordiali grazie scrivo
    affitto comune consiglio tassa figlio figli marito moglie fratello sorella famiglia
    nascita passaporto aiuto lettera

    εγώ μου σου του της μας σας τους ο η το οι τα ένα μια ένας στο στη στην στον στις στους
    στα με για από και ή αλλά δεν όχι ναι είμαι είναι έχω έχει μένω ζω ονομάζομαι λέγομαι
    όνομα διεύθυνση τηλέφωνο αριθμός θέμα παράπονο αξιότιμοι αξιότιμε αξιότιμη κύριοι κύριε
    κυρία αγαπητέ αγαπητοί φιλικά χαιρετισμούς ευχαριστώ εκτίμηση γράφω πληρωμή ενοίκιο σπίτι
    δήμος δήμο συμβούλιο φόρος γιος κόρη παιδιά σύζυγος μητέρα πατέρας αδελφός αδελφή
    οικογένεια γεννήθηκα γέννησης ημερομηνία διαβατήριο διαβατηρίου ηλεκτρονικό ταχυδρομείο
    λογαριασμός τράπεζα βοήθεια επιστολή ασφάλισης εθνικής αγγλικά ελληνικά

    mój moja moje jest jestem mam mieszkam nazywam się nazwisko imię adres numer temat
    szanowni szanowny szanowna państwo panie pani pozdrawiam poważaniem dziękuję piszę płatność
    czynsz podatek córka dzieci mąż żona matka ojciec siostra rodzina urodzony urodzona
    urodzenia paszport poczta konto pomoc oraz ale nie tak bardzo już dla przez bez przy który
    która

    meu mea mele sunt este locuiesc numele numesc adresa adresă număr numărul subiect stimate
    stimată stimați domnule doamnă doamna stimă mulțumesc scriu plată chirie consiliul taxa
    fiul fiica copii soțul soția tata fratele familia născut născută nașterii pașaport
    cont ajutor scrisoare și sau dar foarte deja pentru prin fără din pe care

    benim adım numara numarası konu sayın saygılarımla teşekkür ederim yazıyorum ödeme kira
    belediye vergi oğlum kızım çocuklar eşim annem babam kardeşim ailem doğum tarihi pasaport
    hesap banka yardım mektup veya ama değil evet çok için ile

    aš mano mūsų esu yra gyvenu vardas pavardė adresas telefonas numeris gerbiami
    gerbiamas gerbiama ponai pone ponia pagarbiai ačiū rašau mokėjimas nuoma taryba mokestis
    sūnus dukra vaikai vyras žmona motina tėvas brolis sesuo šeima gimimo pasas paštas sąskaita
    bankas pagalba laiškas arba bet labai

    ich meine wir unser ihr bin sind habe hat wohne heiße anschrift adresse nummer betreff
    sehr geehrte geehrter damen herren freundlichen grüßen vielen dank schreibe zahlung miete
    gemeinde steuer tochter ehefrau bruder schwester familie
    geburtsdatum reisepass konto hilfe und oder aber nicht für ohne von auf der das dem ein
    eine einen

    mimi wewe yeye sisi ninyi wao yangu yako yake yetu yenu yao wangu wetu wenu wake langu
    lako lake ni si na ya wa za la cha vya kwa katika kwenye kabla baada kuhusu lakini pia
    au hii hiyo ile hizi hapa sasa jina ninaishi naishi anaishi tunaishi nilizaliwa alizaliwa
    tarehe kuzaliwa kodi mwezi mwaka mwenye nyumba anataka tunataka tuondoke kuondoka mume
    mke watoto mtoto mwanangu namba nambari simu barua pepe wako mwaminifu dhati mpendwa
    bwana kumb kumbukumbu kesi ndugu habari naomba ninaomba msaada asante tafadhali
    kwa sababu halmashauri baraza malipo fedha akaunti benki pasipoti anwani shule kazi

    saya kami kita anda mereka nama tinggal menetap bersama di dan yang benar ikhlas tuan puan
    encik rujukan nombor nomor telefon e-mel emel sewa rumah ialah adalah sebulan mahu keluar
    sebelum selepas suami isteri istri anak-anak lahir dilahirkan pada pasport paspor ini itu
    untuk dengan dari kepada bulan tahun tarikh tanggal alamat bayaran majlis daerah bantuan
    surat terima kasih hormat salam perumahan dalam oleh tentang tetapi juga atau sudah belum
    akan boleh tidak bukan sila mohon memohon menulis tuan-tuan pemilik perlu kerana

    tôi số các chủ của và là chúng thưa kính gửi quan tên sinh ngày tháng năm đang sống tại tiền thuê nhà mỗi yêu
    cầu rời trước con xin vui lòng liên lạc với qua hoặc ngân hàng tài khoản trân trọng
    chiếu

    я ми ти ви він вона вони мене мені мій моя моє мої наш наша наше наші ваш ваша ваше ваші
    його її їх зі із від для про під над при через після перед та але або чи що як де коли
    тому бо також вже ще дуже був була були буде звати звуть прошу просимо дякую дякуємо
    шановні шановний шановна пане пані повагою телефон номер адреса адресою пошта ел
    електронна банк рахунок рахунку дата народження народився народилася діти дитина син
    донька дочка чоловік дружина мати батько сім'я родина квартира квартиру оренда оренди
    депозит депозитом допомога допомогти допомогу програма програмою місяць місяці році
    живемо живу проживаю мешкаю знайшли приїхали отримує отримуємо лист мною нами

    мы вы он она они меня мне мой моё мои наше наши ваше ваши его её их со во от после
    и но или как где когда потому уже ещё очень есть была были будет зовут просим спасибо
    уважаемые уважаемый уважаемая уважением адрес почта электронная счёт счет рождения
    родился родилась дети ребёнок ребенок сын дочь муж жена отец семья аренда помощь
    помочь месяц живём живем нашли приехали получает письмо

    ورحمة وبركاته أسكن نسكن أقيم نقيم أعيش نعيش حاليا حالياً وصاحب البيت البريد الإلكتروني
    """.split()
)
#: short words of those letters that are no one's name syllable: a capitalised word of three
#: letters or fewer is otherwise kept hidden (it may be a name: "Lả", "Văn"), these are not:
#: Vietnamese "Tôi" (I), "Số" (number), "Các" (the), "Chủ" (owner), "Của" (of); Ukrainian and
#: Russian pronouns and prepositions ("Ми", "Мій", "Наш", "Зі": we, my, our, with), capitalised
#: at a sentence's start in every such letter
SHORT_FOREIGN_NON_NAMES = frozenset(
    """
    tôi số các chủ của
    я ми ви він її їх мій моя моє мої наш ваш зі із від для про під при та або чи що як де бо
    вже ще мы вы он она мне мой моё мои его её их со во от под над при как где уже ещё
    """.split()
)
#: the fixed greetings and blessings of a letter in Arabic: spaCy's English model takes them for
#: names ("السلام عليكم ورحمة الله وبركاته", peace be upon you and God's mercy and blessings).
#: Whole phrases only: "الله" alone is part of names ("عبد الله")
ARABIC_FORMULAE = frozenset(
    {
        "السلام عليكم ورحمة الله وبركاته",
        "ورحمة الله وبركاته",
        "السلام عليكم",
        "بسم الله الرحمن الرحيم",
        "إن شاء الله",
        "الحمد لله",
        "جزاكم الله خيرا",
        "جزاكم الله خيراً",
    }
)
