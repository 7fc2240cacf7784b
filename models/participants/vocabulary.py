"""The words delegations write for countries, roles and column names, in the region's languages.

Each list is a group of words for one thing. A role or delegation of the event takes a
group's words as known synonyms when its own name, key or code is one of them: the
demo's "Prosecutor" takes "Prokuror", "Тужилац" and "Prosecution"; a delegation coded
AL takes "Shqipëri" and "Albanija". Words are compared folded (case, accents and script
do not matter), so each is written once, in its usual spelling.
"""
from __future__ import annotations

# What the region's countries are called in sheets, by ISO code (the code is a word of its group too).
COUNTRY_NAMES: dict[str, list[str]] = {
    "AL": ["Albania", "Shqipëri", "Shqipëria", "Republika e Shqipërisë", "Republic of Albania", "ALB",
           "Arnavutluk", "Albanija", "Албанија"],
    "BA": ["Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia-Herzegovina", "Bosnia", "BiH", "B&H", "BH",
           "Bosna i Hercegovina", "Bosna", "Босна и Херцеговина", "Bosnja dhe Hercegovina", "Bosna Hersek"],
    "HR": ["Croatia", "Hrvatska", "Republika Hrvatska", "Хрватска", "Kroacia", "Hırvatistan", "CRO", "HRV"],
    "ME": ["Montenegro", "Crna Gora", "Црна Гора", "Mali i Zi", "Karadağ", "MNE"],
    "RS": ["Serbia", "Srbija", "Србија", "Republika Srbija", "Република Србија", "Serbija", "Sırbistan", "SRB"],
    "MK": ["North Macedonia", "Macedonia", "FYROM", "the former Yugoslav Republic of Macedonia",
           "former Yugoslav Republic of Macedonia", "Makedonija", "Македонија", "Северна Македонија",
           "Severna Makedonija", "Sjeverna Makedonija", "Maqedonia", "Maqedonia e Veriut", "Maqedoni",
           "Makedonya", "Kuzey Makedonya", "MKD"],
    "TR": ["Turkey", "Türkiye", "Turqia", "Turska", "Турција", "Турска", "Türkiye Cumhuriyeti", "TUR"],
    "XK": ["Kosovo", "Kosovo*", "Kosova", "Kosovë", "Republika e Kosovës", "Косово", "UNMIK", "KOS", "RKS"],
}

# The usual role words of such workshops, in English, Albanian, Bosnian/Croatian/Serbian, Macedonian, Turkish.
ROLE_WORDS: list[list[str]] = [
    ["officer", "High-tech crime unit officer", "HTCU", "HTC unit", "HTCU officer", "Police", "Police officer",
     "Cybercrime unit", "Cybercrime officer", "Cyber crime unit", "Law enforcement", "LEA", "Policia", "Polic",
     "Oficer policie", "Zyrtar policie", "Policija", "Policajac", "Policijski službenik", "Полиција", "Полицајац",
     "Полициски службеник", "Polis", "Polis memuru", "Emniyet"],
    ["prosecutor", "Prosecution", "Public prosecutor", "Prosecutor's office", "Prokuror", "Prokurori",
     "Prokuroria", "Tužilac", "Tužitelj", "Tužilaštvo", "Tužiteljstvo", "Javni tužilac", "Тужилац", "Тужилаштво",
     "Јавни тужилац", "Državni odvjetnik", "Обвинител", "Јавен обвинител", "Јавно обвинителство", "Savcı",
     "Cumhuriyet savcısı"],
    ["isp", "Service provider", "Internet service provider", "ISP representative", "Telecom operator",
     "Private sector", "Ofrues shërbimi", "Ofrues i shërbimit të internetit", "Provajder", "Internet provajder",
     "Davatelj usluga", "Pružatelj usluga", "Провајдер", "Интернет провајдер", "Servis sağlayıcı",
     "İnternet servis sağlayıcı"],
    ["judge", "Gjyqtar", "Gjykatës", "Sudija", "Sudac", "Судија", "Hakim"],
    ["expert", "Ekspert", "Eksperti", "Stručnjak", "Стручњак", "Експерт", "Uzman", "Consultant", "Konsulent",
     "Konzultant"],
    ["coe", "Council of Europe", "CoE", "Këshilli i Evropës", "Vijeće Europe", "Savjet Evrope", "Savet Evrope",
     "Савет Европе", "Совет на Европа", "Avrupa Konseyi"],
    ["guest", "Visitor", "I ftuar", "Mysafir", "Gost", "Гост", "Misafir", "Invited guest"],
    ["staff", "Organiser", "Organizer", "Organising team", "Secretariat", "Stafi", "Organizator", "Osoblje",
     "Особље", "Персонал", "Personel"],
]

# Column names as delegations write them, by the field they fill.
HEADER_NAMES: dict[str, list[str]] = {
    "number": ["Participant number", "Badge number", "Participant no", "Numri", "Numri i pjesëmarrësit"],
    "given_name": ["First name", "Given names", "First names", "Firstname", "Forename", "Christian name",
                   "Emri i parë", "Adı", "Ad", "Prénom", "Vorname"],
    "family_name": ["Surname", "Last name", "Lastname", "Second name", "Mbiemri", "Prezime", "Презиме", "Soyad",
                    "Soyadı", "Nom", "Nachname"],
    "full_name": ["Name and surname", "Name surname", "First and last name", "Participant name",
                  "Name of participant", "Emri dhe mbiemri", "Emri mbiemri", "Emri e mbiemri", "Ime i prezime",
                  "Ime prezime", "Име и презиме", "Ad soyad", "Adı soyadı", "Ad soyadı"],
    "organisation": ["Organization", "Institution", "Institucioni", "Organizata", "Agency", "Company", "Employer",
                     "Affiliation", "Institucija", "Organizacija", "Установа", "Институција", "Организација",
                     "Kurum", "Kuruluş", "Kurumu", "Agjencia"],
    "delegation": ["Country", "Shteti", "Project area", "Country area", "Delegacioni", "Vendi", "Država", "Zemlja",
                   "Delegacija", "Делегација", "Ülke", "Heyet"],
    "role": ["Roli", "Function", "Funksioni", "Funkcija", "Функција", "Position", "Pozicioni", "Pozicija",
             "Позиција", "Detyra", "Category", "Participant category", "Kategoria", "Uloga", "Улога", "Kategorija",
             "Rol", "Görev", "Görevi"],
    "email": ["Email", "E-mail address", "Email address", "Mail", "Adresa e emailit", "Posta elektronike",
              "Email adresa", "E-pošta", "E-posta", "Imejl"],
    "phone": ["Telephone", "Tel", "Mobile", "Mobile phone", "Phone number", "Telephone number", "Telefoni",
              "Telefon", "Телефон", "Cel", "GSM", "Mob", "Numri i telefonit", "Broj telefona"],
    "funded": ["Funding", "Financed", "Funded by the project", "I financuar", "Financuar", "Financiran",
               "Finansiran", "Финансиран", "Финансирано", "Finanse"],
    "language": ["Gjuha", "Jezik", "Језик", "Јазик", "Dil"],
    "days": ["Attending days", "Days attending", "Ditët", "Dani", "Денови", "Дани", "Günler"],
    "notes": ["Note", "Remarks", "Comments", "Comment", "Shënime", "Vërejtje", "Napomena", "Напомена", "Забелешка",
              "Notlar", "Açıklama"],
}
# "Name" alone is the given name beside a surname column, else the whole name.
AMBIGUOUS_NAME_HEADERS = ["Name", "Emri", "Ime", "Име", "Isim", "İsim"]
