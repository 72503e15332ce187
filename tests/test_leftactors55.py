"""Actor phrases misread (round left-actors55): a ruler's possessive before a word for his rule ("Pinochet's
regime", "Suharto's government") is his state's government; "X's killers" are the killers, of X's country,
never X; a movement named after a man ("the Gulen movement", "the Hizmet movement") is no town abroad; a
see after a cleric's title ("the Archbishop of Canterbury", "the Patriarch of Moscow") stays with the title;
people named by their creed alone who protest ("thousands of Islamists protested") are protesters, while
armed ones stay armed; a named hacker group ("Killnet", "the Lazarus Group") is its own actor; "A court in
Istanbul sentenced journalist Can Dundar" keeps the court as the doer and the journalist as the target; "the
regime of Augusto Pinochet" places its deeds in Chile. Sentences written for the test, each group with
controls."""

from __future__ import annotations

import pytest

from chronica.actors import ActorResolver
from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver()


def _event(pipeline, text: str, word: str):
    document = document_from_text(text, doc_id="leftactors55", published="2024-06-01")
    return next(e for e in pipeline.code(document) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actor(actors) -> tuple:
    a = actors[0]
    return a.name, a.country, a.sector, a.inter


# 1. a ruler's possessive before a word for his rule: the state's government of his term
@pytest.mark.parametrize("phrase, date, name, acled", [
    ("Pinochet's regime", None, "Government of Chile", "Government of Chile (1973-1990)"),
    ("Suharto's government", None, "Government of Indonesia", "Government of Indonesia (1967-1998)"),
    ("Assad's regime", "2015-01-01", "Government of Syria", "Government of Syria (2000-2024)"),
    ("Pinochet's junta", "2020-01-01", "Government of Chile", "Government of Chile (1973-1990)"),
    # controls
    ("Fujimori's government", "1997-04-22", "Government of Peru", "Government of Peru (1990-2000)"),
    ("The regime of Augusto Pinochet", None, "Government of Chile", None),
])
def test_rulers_regime_is_the_state(r: ActorResolver, phrase: str, date, name: str, acled) -> None:
    a = r.resolve(phrase, date=date)
    assert (a.name, a.sector, a.inter) == (name, "GOV", 1)
    if acled:
        assert a.acled_actor == acled


@pytest.mark.parametrize("phrase, date, name, sector", [
    # controls: a ruler's forces, supporters and the ruler himself
    ("Assad's forces", "2015-01-01", "Military Forces of Syria", "MIL"),
    ("Navalny's supporters", "2020-01-01", "Supporters of Alexei Navalny", "OPP"),
    ("President Fujimori", "1997-04-22", "Alberto Fujimori", "GOV"),
])
def test_rulers_regime_controls(r: ActorResolver, phrase: str, date, name: str, sector: str) -> None:
    a = r.resolve(phrase, date=date)
    assert (a.name, a.sector) == (name, sector)


@pytest.mark.parametrize("text, word, source", [
    ("Pinochet's regime detained thousands of students in Santiago.", "detained",
     ("Government of Chile", "CHL", "GOV", 1)),
    ("Suharto's government jailed hundreds of activists.", "jailed",
     ("Government of Indonesia", "IDN", "GOV", 1)),
    ("The Taliban's government banned girls from schools.", "banned",
     ("Government of Afghanistan", "AFG", "GOV", 1)),
])
def test_rulers_regime_in_sentences(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 8. the regime of a ruler named after "of": the event in his country, its victims of it
@pytest.mark.parametrize("text, word, target, where", [
    ("The regime of Augusto Pinochet tortured thousands of opponents.", "tortured",
     ("Opposition (Chile)", "CHL"), "CHL"),
    ("The government of Suharto jailed hundreds of opponents.", "jailed",
     ("Opposition (Indonesia)", "IDN"), "IDN"),
    # controls
    ("Pinochet's regime tortured thousands of opponents.", "tortured", ("Opposition (Chile)", "CHL"), "CHL"),
    ("The Chilean army tortured thousands of opponents.", "tortured", ("Opposition (Chile)", "CHL"), "CHL"),
])
def test_regime_of_a_ruler_places_the_event(pipeline, text: str, word: str, target: tuple,
                                            where: str) -> None:
    event = _event(pipeline, text, word)
    assert event.source[0].country == where and event.source[0].sector in ("GOV", "MIL")
    assert (event.target[0].name, event.target[0].country) == target
    assert _where(event) == where


# 2. "X's killers": the killers, of X's country, never X
@pytest.mark.parametrize("phrase, country", [
    ("Khashoggi's killers", "SAU"),
    ("Navalny's killers", "RUS"),
    ("Nemtsov's murderers", "RUS"),
    ("Khashoggi's assassins", "SAU"),
    # control: "of" names the victim too
    ("the killers of Khashoggi", "SAU"),
])
def test_killers_are_not_the_victim(r: ActorResolver, phrase: str, country: str) -> None:
    a = r.resolve(phrase)
    assert (a.name, a.country, a.sector) == (f"Unidentified Armed Group ({a.country and _COUNTRY[country]})",
                                             country, "UAF")


_COUNTRY = {"SAU": "Saudi Arabia", "RUS": "Russia"}


@pytest.mark.parametrize("phrase, name", [
    # controls: a group's own men, a person's supporters and kin
    ("Hamas killers", "Hamas"),
    ("Navalny's supporters", "Supporters of Alexei Navalny"),
    ("the killers", "Unidentified Armed Group"),
])
def test_killers_controls(r: ActorResolver, phrase: str, name: str) -> None:
    assert r.resolve(phrase).name == name


@pytest.mark.parametrize("text, word, target", [
    ("Khashoggi's killers were sentenced to death by a Saudi court.", "sentenced",
     ("Unidentified Armed Group (Saudi Arabia)", "SAU")),
    ("Nemtsov's murderers were jailed by a Moscow court.", "jailed",
     ("Unidentified Armed Group (Russia)", "RUS")),
    ("Police arrested Navalny's killers in Moscow.", "arrested",
     ("Unidentified Armed Group (Russia)", "RUS")),
    # control: the killing's victim after "of"
    ("A Saudi court sentenced five men to death for the killing of Khashoggi.", "killing",
     ("Jamal Khashoggi", "SAU")),
])
def test_killers_in_sentences(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.target[0].name, event.target[0].country) == target


# 3. a movement named after a man is no town
@pytest.mark.parametrize("text, word, target, where", [
    ("A Turkish court jailed a teacher accused of links to the Gulen movement.", "jailed",
     ("Teachers (Turkey)", "TUR"), "TUR"),
    ("Turkish police detained 40 soldiers suspected of ties to the Hizmet movement.", "detained",
     ("Military Forces of Turkey", "TUR"), "TUR"),
    ("Police in Ankara arrested 20 people linked to the Gulenist network.", "arrested",
     ("Civilians (Turkey)", "TUR"), "TUR"),
    # control: a protest movement's crowd in its own city
    ("Protesters of the Hirak movement marched in Algiers.", "marched", None, "DZA"),
])
def test_movement_is_no_town(pipeline, text: str, word: str, target, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    if target:
        assert (event.target[0].name, event.target[0].country) == target


@pytest.mark.parametrize("phrase, name, country", [
    ("the Gulen movement", "Gulen movement", "TUR"),
    ("the Hizmet movement", "Gulen movement", "TUR"),
    ("the Gulenist network", "Gulen movement", "TUR"),
    ("the Sadrist movement", "Sadrist movement", "IRQ"),
    # control: the armed wing stays armed
    ("the Mahdi Army", "Mahdi Army", "IRQ"),
])
def test_movements_resolve(r: ActorResolver, phrase: str, name: str, country: str) -> None:
    a = r.resolve(phrase)
    assert (a.name, a.country) == (name, country)


# 4. a cleric's title with its see
@pytest.mark.parametrize("text, word, source, where", [
    ("The Archbishop of Canterbury condemned the attack on the church in Nigeria.", "condemned",
     ("Church of England", "GBR", "REL"), "NGA"),
    ("The Archbishop of Canterbury condemned the attack.", "condemned",
     ("Church of England", "GBR", "REL"), None),
    ("The Bishop of Durham criticised the government.", "criticised",
     ("Religious Group (United Kingdom)", "GBR", "REL"), None),
    ("The Archbishop of Westminster condemned the killing of a priest in Nigeria.", "condemned",
     ("Religious Group (United Kingdom)", "GBR", "REL"), None),
    ("The Patriarch of Moscow condemned the attack.", "condemned",
     ("Russian Orthodox Church", "RUS", "REL"), None),
    # controls
    ("The Pope condemned the attack on the church.", "condemned", ("Vatican", "VAT", "REL"), None),
    ("The governor of Lagos condemned the attack on the church in Nigeria.", "condemned",
     ("Government of Nigeria", "NGA", "GOV"), None),
])
def test_clerics_see(pipeline, text: str, word: str, source: tuple, where) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.source)[:3] == source
    if where:
        assert _where(event) == where


# 5. people named by their creed who protest are protesters; armed ones stay armed
@pytest.mark.parametrize("text, word, name, inter", [
    ("Thousands of Islamists protested in Karachi against the cartoons.", "protested",
     "Protesters (Pakistan)", 6),
    ("Islamists demonstrated outside the parliament in Cairo.", "demonstrated", "Protesters (Egypt)", 6),
    ("Islamist students marched in Dhaka.", "marched", "Protesters (Bangladesh)", 6),
    ("Hundreds of Salafists rallied in Tunis.", "rallied", "Protesters (Tunisia)", 6),
    # controls
    ("Thousands of students protested in Karachi.", "protested", "Protesters (Pakistan)", 6),
    ("Islamist militants attacked a police post in Sinai.", "attacked", "Rebels (Egypt)", 2),
    ("Islamists attacked a village in northern Mali.", "attacked", "Rebels (Mali)", 2),
    ("Islamist fighters stormed a hotel in Bamako.", "stormed", "Rebels (Mali)", 2),
])
def test_creed_crowds(pipeline, text: str, word: str, name: str, inter: int) -> None:
    source = _event(pipeline, text, word).source[0]
    assert (source.name, source.inter) == (name, inter)
    assert source.sector != "REB" or inter == 2


# 6. hacker groups
@pytest.mark.parametrize("phrase, name, country, sector", [
    ("the pro-Russian group Killnet", "Killnet", "RUS", "UAF"),
    ("Hackers from the pro-Russian group Killnet", "Killnet", "RUS", "UAF"),
    ("the hacker group Anonymous", "Anonymous hackers", None, "UAF"),
    ("the Lazarus Group", "Lazarus Group", "PRK", "SPY"),
    ("hackers", "Hackers", None, "UAF"),
    ("Russian hackers", "Hackers (Russia)", "RUS", "UAF"),
    # controls: "anonymous" an everyday word
    ("Anonymous gunmen", "Unidentified Armed Group", None, "UAF"),
    ("Anonymous officials", "Government", None, "GOV"),
])
def test_hacker_groups(r: ActorResolver, phrase: str, name: str, country, sector: str) -> None:
    a = r.resolve(phrase)
    assert (a.name, a.country, a.sector) == (name, country, sector)


@pytest.mark.parametrize("text, word, source, target_country", [
    ("Hackers from the pro-Russian group Killnet attacked the websites of Lithuanian airports.", "attacked",
     ("Killnet", "RUS"), "LTU"),
    ("The hacker group Anonymous hacked the website of the Russian defence ministry.", "hacked",
     ("Anonymous hackers", None), "RUS"),
    # controls
    ("Hackers attacked the website of the Estonian government.", "attacked", ("Hackers", None), "EST"),
    ("Fighters from the M23 rebel group attacked the town of Goma.", "attacked", ("M23", "COD"), None),
])
def test_hackers_in_sentences(pipeline, text: str, word: str, source: tuple, target_country) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].name, event.source[0].country) == source
    if target_country:
        assert event.target[0].country == target_country


# 7. a court's sentence of a titled person the parse read with no verb
@pytest.mark.parametrize("text, word, source, target", [
    ("A court in Istanbul sentenced journalist Can Dundar to five years in prison.", "sentenced",
     ("Judiciary of Turkey", "TUR"), ("Can Dundar", "TUR", "JRN")),
    ("A court in Moscow jailed opposition politician Ilya Yashin for eight years.", "jailed",
     ("Judiciary of Russia", "RUS"), ("Ilya Yashin", "RUS", "OPP")),
    ("A court in Cairo sentenced blogger Alaa Abd El-Fattah to five years in prison.", "sentenced",
     ("Judiciary of Egypt", "EGY"), ("Alaa Abd El-Fattah", "EGY", "HRI")),
    ("A court in Bahrain sentenced activist Nabeel Rajab to two years in prison.", "sentenced",
     ("Judiciary of Bahrain", "BHR"), ("Nabeel Rajab", "BHR", "OPP")),
    # control
    ("A court in Ankara sentenced two journalists to prison.", "sentenced",
     ("Judiciary of Turkey", "TUR"), ("Journalists (Turkey)", "TUR", "JRN")),
])
def test_court_sentences_titled_person(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].name, event.source[0].country) == source
    t = event.target[0]
    assert (t.name, t.country, t.sector) == target
