"""The words other languages use for what the recognisers look for: month names, "date of
birth" and "born", "passport". One table per concept, for the languages most written to UK
public bodies (the census's main languages of England and Wales, Scotland and Northern Ireland,
and those of the people they house and support): a letter in Greek or Lithuanian names its
writer's passport and birthday in its own words, and the labels stay the cue.

Each is a regex alternation (lower case; the recognisers match case-insensitively). They are
only ever read beside a value's shape (a day and a year around a month, digits after a
passport's label), so a word here that is also an ordinary word elsewhere ("mars", "Mei") hides
nothing on its own.
"""

from __future__ import annotations

import unicodedata


def _nfkc(alternation: str) -> str:
    """The table as the recognisers meet it: the text they read is NFKC-normalised first, so a
    letter's precomposed "फ़" reaches them as "फ" and the nukta."""
    return unicodedata.normalize("NFKC", alternation)


#: month names, in the form a written date takes (the genitive where the language inflects):
#: "12 марта 1961", "12 Μαρτίου 1961", "12 de março de 1980", "1985 m. kovo 12 d."
MONTHS_ABROAD = _nfkc(
    "|".join(
        (
            # French, Spanish, Portuguese, Italian, German
            r"janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre"
            r"|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre"
            r"|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro"
            r"|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
            r"|januar|februar|m[äa]rz|juni|juli|oktober|dezember",
            # Polish (genitive), Romanian
            r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia"
            r"|pa[zź]dziernika|listopada|grudnia|ianuarie|februarie|martie|aprilie|iunie|iulie"
            r"|septembrie|octombrie|noiembrie|decembrie",
            # Russian and Ukrainian (genitive)
            r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
            r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада"
            r"|грудня",
            # Bulgarian
            r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември",
            # Greek (genitive and nominative, with and without accents)
            r"ιανουαρ[ίι]ου|φεβρουαρ[ίι]ου|μαρτ[ίι]ου|απριλ[ίι]ου|μα[ΐϊι]ου|ιουν[ίι]ου"
            r"|ιουλ[ίι]ου|αυγο[ύυ]στου|σεπτεμβρ[ίι]ου|οκτωβρ[ίι]ου|νοεμβρ[ίι]ου|δεκεμβρ[ίι]ου"
            r"|ιανου[άα]ριος|φεβρου[άα]ριος|μ[άα]ρτιος|απρ[ίι]λιος|μ[άα]ιος|ιο[ύυ]νιος|ιο[ύυ]λιος"
            r"|α[ύυ]γουστος|σεπτ[έε]μβριος|οκτ[ώω]βριος|νο[έε]μβριος|δεκ[έε]μβριος",
            # Turkish, Albanian
            r"ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m"
            r"|aral[ıi]k|janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor",
            # Lithuanian (genitive) and Latvian (locative and nominative)
            r"sausio|vasario|kovo|baland[žz]io|gegu[žz][ėe]s|bir[žz]elio|liepos|rugpj[ūu][čc]io"
            r"|rugs[ėe]jo|spalio|lapkri[čc]io|gruod[žz]io|janv[āa]r[īi]s?|febru[āa]r[īi]s?"
            r"|mart[āa]|apr[īi]l[īi]|maij[āa]|j[ūu]nij[āa]|j[ūu]lij[āa]|august[āa]|septembr[īi]"
            r"|oktobr[īi]|novembr[īi]|decembr[īi]",
            # Hungarian, Czech and Slovak (genitive)
            r"janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus"
            r"|szeptember|okt[óo]ber|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna"
            r"|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince|janu[áa]ra"
            r"|febru[áa]ra|apr[íi]la|m[áa]ja|j[úu]na|j[úu]la|septembra|okt[óo]bra|novembra"
            r"|decembra",
            # Dutch, Somali, Swahili, Tagalog
            r"januari|februari|maart|mei|augustus|janaayo|febraayo|maarso|abriil|maajo|juun"
            r"|luulyo|agoosto|sebtembar|oktoobar|nofembar|disembar|machi|aprili|julai|agosti"
            r"|septemba|oktoba|novemba|desemba|pebrero|marso|hunyo|hulyo|setyembre|oktubre"
            r"|nobyembre|disyembre",
            # Malay and Indonesian (those not above: "20 Mac 2007", "3 Ogos 1990", "17 Agustus")
            r"mac|jun|ogos|disember|maret|agustus|desember",
            # Hindi, Urdu, Panjabi (Gurmukhi), Bengali, Gujarati, Tamil (the English months in
            # their scripts, with and without the nukta or the half letter)
            r"जनवरी|फ़?फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर"
            r"|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
            r"|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
            r"|ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਅਪਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ"
            r"|জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|আগষ্ট"
            r"|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"
            r"|જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઓગસ્ટ|સપ્ટેમ્બર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર"
            r"|ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்",
            # Arabic (Egypt and the Gulf, and the Levant's), Persian
            r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر"
            r"|نوفمبر|ديسمبر|كانون[ \t]+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول"
            r"|تشرين[ \t]+الأول|تشرين[ \t]+الثاني|كانون[ \t]+الأول"
            r"|ژانویه|فوریه|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر",
            # Tigrinya and Amharic (Ge'ez script; a letter from the diaspora puts them on the
            # Gregorian calendar: "12 መጋቢት 1985"), Hebrew
            r"መስከረም|ጥቅምቲ|ጥቅምት|ሕዳር|ኅዳር|ህዳር|ታሕሳስ|ታኅሣሥ|ታህሳስ|ጥሪ|ጥር|ለካቲት|የካቲት|መጋቢት"
            r"|ሚያዝያ|ግንቦት|ሰነ|ሰኔ|ሓምለ|ሐምሌ|ሓምሌ|ነሓሰ|ነሐሴ|ጳጉሜን?"
            r"|ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר",
        )
    )
)

#: the months of the solar Hijri calendar, on which Afghanistan and Iran date a birth (the
#: tazkira, the passport's Persian page) and on which a letter in Dari, Persian or Pashto writes
#: it: "28 عقرب 1353", "۴ اسد ۱۳۶۰". Afghanistan names them after the zodiac in Dari (Hamal,
#: Sawr, Jawza ... Hut) and in Pashto (Wray, Ghwayay ... Kab), Iran after the old Persian
#: months (Farvardin ... Esfand). Read only between a day and a year of that calendar
#: (13xx or 14xx), so "مهر" (seal) or "تیر" (arrow) alone hides nothing.
SOLAR_HIJRI_MONTHS = _nfkc(
    "|".join(
        (
            # Dari (Afghanistan)
            r"حمل|ثور|جوزا|جوزه|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت",
            # Pashto (Afghanistan)
            r"وری|غویی|غبرگولی|چنگاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|سلواغه|کب",
            # Persian (Iran)
            r"فروردین|اردیبهشت|خرداد|تیر|مرداد|امرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند",
        )
    )
)

#: "date of birth", "born (on)" and "I was born (on)" as a letter or a form from abroad writes
#: them, up to the date: "Geburtsdatum", "né le", "nascido(a) a", "γεννήθηκα στις", "doğum
#: tarihi", "gimimo data", "születési dátum", "datum narození", "geboren op"
BIRTH_ABROAD = _nfkc(
    "|".join(
        (
            # German, French, Spanish, Portuguese, Italian
            r"geburtsdatum|geb\.|geboren(?:[ \t]+am)?|n[ée]\(?e?\)?[ \t]+le|date[ \t]+de[ \t]+naissance"
            r"|fecha[ \t]+de[ \t]+nacimiento|nacid[oa](?:\([oa]\))?[ \t]+el|naci[ \t]+el"
            r"|data[ \t]+(?:de[ \t]+nascimento|di[ \t]+nascita|urodzenia|na[șsş]terii)"
            r"|nascid[oa](?:\([oa]\))?[ \t]+(?:a|em|no[ \t]+dia)|nasci[ \t]+(?:a|em|no[ \t]+dia)"
            r"|nat[oa](?:\([oa]\))?[ \t]+il|sono[ \t]+nat[oa][ \t]+il",
            # Polish ("ur." a child's birth in a list), Romanian, Russian, Ukrainian, Bulgarian
            r"urodzon[ya](?:[ \t]+dnia)?|urodzi[łl](?:em|am)(?:[ \t]+si[ęe])?|ur\."
            r"|n[ăa]scut[ăa]?[ \t]+(?:la|pe|[îi]n)|дата[ \t]+рождения|родил(?:ся|ась)|д\.[ \t]?р\."
            r"|дата[ \t]+народження|народил(?:ся|ася)|дата[ \t]+на[ \t]+раждане|роден[ао]?",
            # Greek
            r"ημερομην[ίι]α[ \t]+γ[έε]ννησης|γενν[ήη]θηκα(?:[ \t]+(?:στις|την))?"
            r"|γεννηθε[ίι]σ[αη]?|γενν[ήη]θηκε(?:[ \t]+(?:στις|την))?|γεν\.",
            # Turkish, Albanian, Lithuanian, Latvian
            r"do[ğg]um[ \t]+tarihi|do[ğg]dum|datëlindja|data[ \t]+e[ \t]+lindjes"
            r"|(?:jam[ \t]+)?lindur[ \t]+(?:më|me|në|ne)|gimimo[ \t]+data|gim[ęe]s|gimusi"
            r"|dzim[šs]anas[ \t]+datums|dzimis|dzimusi",
            # Hungarian, Czech, Slovak, Dutch
            r"sz[üu]let[ée]si[ \t]+(?:d[áa]tum|id[őo])|sz[üu]lett?em|sz[üu]letett"
            r"|datum[ \t]+narozen[íi]|narozen[ay]?|narodil(?:a)?[ \t]+jsem(?:[ \t]+se)?"
            r"|d[áa]tum[ \t]+narodenia|narodil[ay]?[ \t]+som|narodený|narodená"
            r"|geboortedatum|geboren[ \t]+op|ik[ \t]+ben[ \t]+geboren[ \t]+op",
            # Somali, Swahili, Tagalog, Vietnamese
            r"taariikhda[ \t]+dhalashada|dhashay|tarehe[ \t]+ya[ \t]+kuzaliwa"
            # (Swahili "born" for me, him or her, us, them, you: "Nilizaliwa tarehe ...", a child's
            # line "- Kakuta, alizaliwa 19 Juni 2021")
            r"|(?:ni|a|tu|wa|u|m)lizaliwa(?:[ \t]+(?:tarehe|mnamo))?|amezaliwa"
            r"|petsa[ \t]+ng[ \t]+kapanganakan|ipinanganak(?:[ \t]+(?:ako|noong))*|ng[àa]y[ \t]+sinh",
            # Malay and Indonesian: "Saya dilahirkan pada 15 Mei 1965", a child's line "- Sendi,
            # lahir 07/09/2024", "Tarikh lahir", "Tanggal lahir"
            r"(?:di)?lahirkan(?:[ \t]+pada)?|lahir(?:[ \t]+pada)?|(?:tarikh|tanggal)[ \t]+lahir",
            # Arabic, Urdu, Persian, Bengali, Gujarati, Panjabi, Hindi, Tamil, Chinese, Tigrinya
            r"تاريخ[ \t]+الميلاد|تاریخ[ \t]+پیدائش|تاریخ[ \t]+تولد|জন্ম[ \t]+তারিখ|જન્મ[ \t]+તારીખ"
            r"|ਜਨਮ[ \t]+ਮਿਤੀ|जन्म[ \t]+(?:तिथि|तारीख)|பிறந்த[ \t]+தேதி|出生日期|ዕለተ[ \t]+ልደት",
            # Tigrinya "ዕለት ልደት" (date of birth) and "ዝተወለድኩሉ ዕለት" (the day I was born, he
            # was, she was), Amharic "የትውልድ ቀን" and "ተወለድኩ" (I was born); Arabic "تاريخ
            # الولادة", "ولدت في" (I was born on), "مولود(ة) في" (born on), "من مواليد"; Hebrew
            # "תאריך לידה", "נולדתי ב"; Vietnamese "sinh ngày" (born on), "năm sinh"
            r"ዕለት[ \t]+ልደት|ዝተወለድ\w*[ \t]+ዕለት|ዝተወለደ\w*[ \t]+ዕለት|የትውልድ[ \t]+ቀን"
            r"|(?:የ)?ተወለድ\w*(?:[ \t]+በ)?"
            r"|تاريخ[ \t]+الولادة|ولدت[ \t]+(?:في|بتاريخ)|مولود(?:ة)?[ \t]+(?:في|بتاريخ)"
            r"|من[ \t]+مواليد|תאריך[ \t]+(?:ה)?לידה|נולד(?:תי|ה)?[ \t]+ב-?"
            # Dari and Persian "متولد" (born: "اینجانب ... متولد 28 عقرب 1353 هستم", I ... am
            # born on ...), "تاریخ تولد" is above; Pashto "د زیږیدو نیټه"
            # (date of birth) and "زیږیدلی/زېږېدلی" (born)
            r"|متولد(?:[ \t]+(?:شده(?:ام|است)?|در|به[ \t]+تاریخ))?"
            r"|د[ \t]+(?:زیږیدو|زېږېدو|تولد)[ \t]+نیټه|(?:زیږیدلی|زېږېدلی|زیږیدلې|زېږېدلې)(?:[ \t]+یم)?"
            r"|sinh[ \t]+ng[àa]y|n[ăa]m[ \t]+sinh",
            # "birth" alone, as a bracket after a name says it: Hindi "(जन्म 7 फ़रवरी 1946)", Urdu
            # "پیدائش", Bengali "জন্ম", Panjabi "ਜਨਮ", Gujarati, Tamil
            r"जन्म(?:[ \t]+(?:तिथि|तारीख))?"
            r"|پیدائش|জন্ম|ਜਨਮ|જન્મ|பிறந்த",
        )
    )
)

#: "passport" as its label reads in the languages above (the number follows, or "number" and
#: then the number: "Passaporte n.º", "Αριθμός διαβατηρίου", "pasaport no")
PASSPORT_ABROAD = _nfkc(
    r"passaporte|passeport|pasaporte|passaporto|(?:reise)?passnummer|reisepass|paszportu?"
    r"|pa[șsş]aport(?:ului)?|pasaport(?:[ \t]+numaras[ıi])?|paspoortnummer"
    r"|pasaportë|paspoort|pasas|pase|útlevél|cestovn[íýi][ \t]+pas|baasaboor|pasipoti"
    r"|паспорт|паспорта|διαβατ[ήη]ριο|διαβατηρ[ίι]ου|جواز[ \t]+السفر|پاسپورٹ|گذرنامه"
    r"|পাসপোর্ট|પાસપોર્ટ|ਪਾਸਪੋਰਟ|पासपोर्ट|கடவுச்சீட்டு|护照|護照|ፓስፖርት|h[ộo][ \t]+chi[ếe]u"
    # Malay, Indonesian
    r"|pasport|paspor"
)
#: "number" before the passport's word: "Αριθμός διαβατηρίου", "número do passaporte",
#: "numer paszportu", "номер паспорта"
NUMBER_BEFORE_ABROAD = (
    r"(?:αριθμ[όο]ς|αρ\.|n[úu]mero(?:[ \t]+d[eo])?|numer|номер|num[ăa]r(?:ul)?|numri(?:[ \t]+i)?"
    r"|numara(?:s[ıi])?|numeris|numurs|sz[áa]m(?:a)?|[čc][íi]slo|nummer|lambarka|nambari"
    # Malay and Indonesian: "Nombor pasport", "Nomor paspor"
    r"|nombor|nomor)[ \t]+"
)
#: "number" after an identifier's name, as a letter in another language writes it: "NHS
#: नंबर", "NI nambari", "(NI) নম্বর", "NHS-Nummer", "numéro NHS" is the other order (not here)
NUMBER_AFTER_ABROAD = _nfkc(
    r"nambari|namba|नंबर|नम्बर|संख्या|نمبر|নম্বর|ਨੰਬਰ|નંબર|எண்|numéro|numero|número|nummer"
    r"|numer|numeris|numurs|номер|αριθμός|numara(?:s[ıi])?"
)
#: "I live at" before an address, as a letter in another language says it: Swahili "Ninaishi
#: 196 Ffordd Foel Eryr", French "j'habite au", Portuguese "moro na", Polish "mieszkam przy";
#: Hindi, Urdu and Panjabi put the verb after the address ("मैं <address> में रहता हूँ": "I
#: <address> in live"), so there "I" counts only when "in ... live" closes its sentence
ADDRESS_CUES_ABROAD = _nfkc(
    r"(?:ni|a|tu|wa|u|m)naishi(?:\s+(?:katika|kwenye|huko|mtaa\s+wa))?"
    r"|j['’]habite(?:\s+(?:au|à|a|aux))?|je\s+vis\s+(?:au|à)|domicili[ée]e?\s+(?:au|à)"
    r"|(?:moro|resido|vivo)\s+(?:em|na|no)|(?:vivo|vivimos|resido|residimos)\s+en|(?:abito|risiedo|vivo)\s+(?:in|a|al|alla)"
    r"|(?:ich\s+)?wohne\s+(?:in|im|am|an\s+der)|wohnhaft\s+(?:in|im|am)"
    r"|mieszkam\s+(?:w|we|na|przy)|locuiesc\s+(?:la|în|in|pe)|gyvenu|dzīvoju"
    r"|μένω\s+(?:στην|στο|στη|στον)|ik\s+woon\s+(?:in|op|aan)"
    r"|waxaan\s+(?:degenahay|ku\s+noolahay)"
    # Malay and Indonesian: "Saya tinggal di 159 Llwybr y Briallu", "kami menetap di"
    r"|(?:saya|kami|kita|aku)\s+(?:tinggal|menetap|bermastautin|beralamat)\s+di"
    r"|मैं(?=[^\n।.]{1,120}में\s+रह)|हम(?=[^\n।.]{1,120}में\s+रह)"
    r"|میں(?=[^\n۔.]{1,120}میں\s+رہ)|ਮੈਂ(?=[^\n।.]{1,120}ਵਿੱਚ\s+ਰਹਿ)"
    # Vietnamese "Tôi đang sống tại" (I am living at), "địa chỉ" (address); Arabic "أسكن
    # حاليا في" (I live now in), "عنواني" (my address); Ukrainian and Russian "(живемо) за
    # адресою" (at the address); Tigrinya and Amharic put the verb last, as Hindi does ("ሕጂ ኣብ
    # <address> እቕመጥ ኣለኹ": now at <address> I live), so there "at" counts only before it
    r"|(?:tôi|chúng\s+tôi|chúng\s+ta)\s+(?:đang\s+|hiện\s+)?(?:sống|ở|cư\s+trú)\s+(?:tại|ở)"
    r"|địa\s+chỉ(?:\s+của\s+tôi)?(?:\s+là)?"
    r"|(?:أسكن|نسكن|أقيم|نقيم|أعيش|نعيش)(?:\s+حاليا|\s+حالياً|\s+الآن)?\s+(?:في|ب)|عنواني(?:\s+هو)?"
    r"|(?:живу|живемо|проживаю|проживаємо|мешкаю|мешкаємо)\s+за\s+адресою|за\s+адресою"
    r"|ኣብ(?=[^\n።]{1,120}(?:እቕመጥ|ንቕመጥ|ይቕመጥ|እነብር|ንነብር))|በ(?=[^\n።]{1,120}(?:እኖራለሁ|እንኖራለን))"
    r"|አድራሻዬ"
)
