"""Business people (round business55, item sectors-1): the words news uses for rich business people
("a Lebanese billionaire", "a Russian oligarch", "a Pakistani textile tycoon", "a South African mining
executive", "business leaders") are business of their country, not its government (no "owner:demonym" state
and no inter 8 abroad); a named one ("Nigerian tycoon Femi Adenuga") gets country and sector from the title
as "Nigerian businessman Femi Otedola" does; and "the chief executive of" a company (a bank, Kenya Airways) is
that business, while the chief executive of a state body or a place stays the state's. Notables keep their
own entry over the new role words. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="business55", published="2024-06-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _actor(actors) -> tuple:
    a = actors[0]
    return (a.name, a.country, a.sector, a.inter)


# 1. a business person named by a demonym alone: that country's business, not its government
@pytest.mark.parametrize("text, word, side, actor", [
    ("A Lebanese billionaire was kidnapped in Beirut.", "kidnapped", "target",
     ("Business (Lebanon)", "LBN", "BUS", 7)),
    ("A Russian oligarch was detained by police in Cyprus.", "detained", "target",
     ("Business (Russia)", "RUS", "BUS", 7)),
    ("A Brazilian construction magnate was jailed for bribery in Curitiba.", "jailed", "target",
     ("Business (Brazil)", "BRA", "BUS", 7)),
    ("A Pakistani textile tycoon was shot dead by gunmen in Karachi.", "shot dead", "target",
     ("Business (Pakistan)", "PAK", "BUS", 7)),
    ("A South African mining executive was shot dead in Rustenburg.", "shot dead", "target",
     ("Business (South Africa)", "ZAF", "BUS", 7)),
    # variants
    ("Gunmen kidnapped a Mexican business executive in Monterrey.", "kidnapped", "target",
     ("Business (Mexico)", "MEX", "BUS", 7)),
    ("Police arrested two Chinese tycoons in Macau.", "arrested", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    ("The Lebanese oligarchs were blamed by protesters for the crisis.", "blamed", "target",
     ("Business (Lebanon)", "LBN", "BUS", 7)),
    ("An Indian oil executive was abducted by pirates off Nigeria.", "abducted", "target",
     ("Business (India)", "IND", "BUS", 7)),
])
def test_business_people_are_business(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)) == actor


# 2. a named business person: the title gives country and sector; notables and leaders keep their entry
@pytest.mark.parametrize("text, word, side, actor", [
    ("Nigerian tycoon Femi Adenuga met President Tinubu in Abuja.", "met", "source",
     ("Femi Adenuga", "NGA", "BUS", 7)),
    ("Russian oligarch Oleg Deripaska was sanctioned by the United States in 2018.", "sanctioned", "target",
     ("Oleg Deripaska", "RUS", "BUS", 7)),
    ("Ukrainian billionaire Ihor Kolomoisky was arrested by the security service.", "arrested", "target",
     ("Ihor Kolomoisky", "UKR", "BUS", 7)),
    # variants
    ("Indian billionaire Gautam Adani was charged with fraud by US prosecutors.", "charged", "target",
     ("Gautam Adani", "IND", "BUS", 7)),
    ("Russian oligarch Boris Berezovsky was found dead at his home in Britain.", "found dead", "target",
     ("Boris Berezovsky", "RUS", "BUS", 7)),
    # controls
    ("Nigerian businessman Femi Otedola donated money to flood victims.", "donated", "source",
     ("Femi Otedola", "NGA", "BUS", 7)),
    ("Indian industrialist Ratan Tata met the prime minister.", "met", "source",
     ("Ratan Tata", "IND", "BUS", 7)),
    ("Georgian billionaire Bidzina Ivanishvili met the ambassador in Tbilisi.", "met", "source",
     ("Bidzina Ivanishvili", "GEO", "ELI", 0)),
    ("Saudi billionaire Prince Alwaleed bin Talal was detained in Riyadh.", "detained", "target",
     ("Alwaleed bin Talal", "SAU", "GOV", 1)),
    ("A Chinese businessman was stabbed to death in Johannesburg.", "stabbed to death", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    ("The company's executives were arrested in Seoul.", "arrested", "target",
     ("Business (South Korea)", "KOR", "BUS", 7)),
])
def test_named_business_people(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)) == actor


def test_notable_media_tycoon_keeps_notable(pipeline) -> None:
    text = "Hong Kong media tycoon Jimmy Lai was found guilty of collusion."
    event = _event(pipeline, text, "found guilty")
    assert event.target[0].name == "Jimmy Lai"
    assert event.target[0].sector == "JRN"


# 3. "the chief executive of" a business is the business; of a state body or a place, the state's
@pytest.mark.parametrize("text, word, side, actor", [
    ("The chief executive of a Kenyan bank was charged with fraud in Nairobi.", "charged", "target",
     ("Business (Kenya)", "KEN", "BUS", 7)),
    ("The chief executive of Kenya Airways resigned.", "resigned", "source",
     ("Kenya Airways", "KEN", "BUS", 7)),
    # variants
    ("The CEO of a Nigerian oil company was kidnapped in Port Harcourt.", "kidnapped", "target",
     ("Business (Nigeria)", "NGA", "BUS", 7)),
    ("The company's chief executive was arrested in Lagos.", "arrested", "target",
     ("Business (Nigeria)", "NGA", "BUS", 7)),
    # controls
    ("Hong Kong's chief executive Carrie Lam condemned the protesters.", "condemned", "source",
     ("Carrie Lam", "HKG", "GOV", 1)),
    ("The chief executive of the Electoral Commission resigned in Nairobi.", "resigned", "source",
     ("Government of Kenya", "KEN", "GOV", 1)),
])
def test_chief_executive_of(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)) == actor


# 4. "business leaders" are business, not the bare speaking head "leaders" (GOV)
@pytest.mark.parametrize("text, word, side, actor", [
    ("Business leaders in Zimbabwe urged the central bank to stabilise the currency.", "urged", "source",
     ("Business (Zimbabwe)", "ZWE", "BUS", 7)),
    ("Business leaders in Nigeria condemned the kidnappings on the highway.", "condemned", "source",
     ("Business (Nigeria)", "NGA", "BUS", 7)),
    # variants
    ("A group of business leaders met President Ruto at State House.", "met", "source",
     ("Business (Kenya)", "KEN", "BUS", 7)),
    # controls
    ("Union leaders in Nigeria called off the strike.", "called", "source",
     ("Labour Group (Nigeria)", "NGA", "LAB", 7)),
    ("Kenyan leaders condemned the attack.", "condemned", "source",
     ("Government of Kenya", "KEN", "GOV", 1)),
])
def test_business_leaders(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)) == actor


# 5. the resolver alone: "chief executive of" follows its complement
@pytest.mark.parametrize("phrase, name, sector", [
    ("the chief executive of a Kenyan bank", "Business (Kenya)", "BUS"),
    ("the chief executives of two banks", "Business (Kenya)", "BUS"),
    ("bank chief executive", "Business (Kenya)", "BUS"),
    ("the CEO of a mining company", "Business (Kenya)", "BUS"),
    # controls
    ("the chief executive of the Kenya Revenue Authority", "Government of Kenya", "GOV"),
    ("the chief executive of the Electoral Commission", "Government of Kenya", "GOV"),
    ("the leaders of the FARC", "FARC", "REB"),
])
def test_resolver_chief_executive(resolver, phrase: str, name: str, sector: str) -> None:
    actor = resolver.resolve(phrase, date="2020-01-01", where="KEN")
    assert (actor.name, actor.sector) == (name, sector)


# 6. (item sectors-4) a business place named by a demonym is that country's business, not its government (no
# inter 8 abroad); a state's war plant, a power plant, an embassy and a weapon stay the state's
@pytest.mark.parametrize("text, word, side, actor", [
    ("Rioters looted a Chinese supermarket in Bishkek.", "looted", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    ("Protesters set fire to a Turkish factory in Kyiv.", "set fire", "target",
     ("Business (Turkey)", "TUR", "BUS", 7)),
    ("Looters ransacked Chinese businesses in Lusaka.", "ransacked", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    ("Gunmen attacked a Chinese gold mine in Ituri.", "attacked", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    ("A bomb exploded at a British hotel in Kampala.", "exploded", "target",
     ("Business (United Kingdom)", "GBR", "BUS", 7)),
    ("Protesters torched a French-owned supermarket in Dakar.", "torched", "target",
     ("Business (France)", "FRA", "BUS", 7)),
    # variants
    ("Militants attacked an Indian business in Kabul.", "attacked", "target",
     ("Business (India)", "IND", "BUS", 7)),
    ("The Chinese plant was attacked by rebels in Myanmar.", "attacked", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    # controls
    ("Gunmen robbed a Turkish bank in Mogadishu.", "robbed", "target",
     ("Business (Turkey)", "TUR", "BUS", 7)),
    ("Militants attacked a Chinese-run gold mine in Burkina Faso.", "attacked", "target",
     ("Business (China)", "CHN", "BUS", 7)),
    ("Iran seized a Greek-owned oil tanker in the Gulf.", "seized", "target",
     ("Business (Greece)", "GRC", "BUS", 7)),
    ("A Turkish drone struck a Kurdish village in northern Iraq.", "drone struck", "source",
     ("Military Forces of Turkey", "TUR", "MIL", 8)),
    ("Protesters stormed the Chinese embassy in Dhaka.", "stormed", "target",
     ("Government of China", "CHN", "GOV", 8)),
    ("Ukrainian drones struck a Russian drone factory in Tatarstan.", "drones struck", "target",
     ("Military Forces of Russia", "RUS", "MIL", 1)),
    ("Israeli jets bombed an Iranian missile plant near Tehran.", "bombed", "target",
     ("Military Forces of Iran", "IRN", "MIL", 1)),
    ("Russian missiles hit a Ukrainian power plant in Kharkiv.", "hit", "target",
     ("Government of Ukraine", "UKR", "GOV", 1)),
])
def test_foreign_business_places(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)) == actor


# 7. (item sectors-4) well-known companies, as targets through their plants and as doers
@pytest.mark.parametrize("text, word, side, actor", [
    ("Militants blew up a Chevron pipeline in Delta state.", "blew", "target", ("Chevron", "USA", "BUS", 7)),
    ("Rebels seized a Glencore copper mine in Katanga.", "seized", "target", ("Glencore", "CHE", "BUS", 7)),
    ("Russian missiles struck a Nestle factory near Kyiv.", "struck", "target", ("Nestle", "CHE", "BUS", 7)),
    ("BP condemned the attack on its pipeline in Colombia.", "condemned", "source", ("BP", "GBR", "BUS", 7)),
    ("Glencore agreed to pay $1.1 billion to settle bribery charges.", "agreed", "source",
     ("Glencore", "CHE", "BUS", 7)),
    # variants
    ("Apple condemned the attack on its store in Paris.", "condemned", "source", ("Apple", "USA", "BUS", 7)),
    ("Protesters blockaded a Rio Tinto mine in Mongolia.", "blockaded", "target",
     ("Rio Tinto", "GBR", "BUS", 7)),
    # controls
    ("Gunmen attacked a Shell facility in Port Harcourt.", "attacked", "target", ("Shell", "GBR", "BUS", 7)),
    ("A drone struck an Aramco oil facility in Jeddah.", "drone struck", "target",
     ("Saudi Aramco", "SAU", "BUS", 7)),
    ("Militants attacked a Huawei office in Lahore.", "attacked", "target", ("Huawei", "CHN", "BUS", 7)),
])
def test_named_companies(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)) == actor
