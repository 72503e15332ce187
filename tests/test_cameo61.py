"""Round cameo61: one-sentence international wire reports in the style of the CAMEO manual's examples,
where the PLOVER type and the countries of source and target must be right.

- The State Department's titles named with no country ("Deputy Secretary of State Strobe Talbott",
  "Under Secretary of State ...", "the secretary of state") are the United States', not the country
  visited, also in an apposition ("X, the assistant secretary of state for ..."); a junior government
  title ("Vice Foreign Minister", "First Deputy Prime Minister"), or one naming an office the leaders'
  files give the person no term of ("Chief Cabinet Secretary Yoshihide Suga" in 2015), before a name
  known for a later office is that government's, not a former official's; "the chief cabinet secretary"
  is Japan's.
- "the war crimes tribunal" of wire news is an international court of no country; a state named keeps
  its own court.
- A state organ named only by its office among the parties a state mediates between is the parties'
  state ("Norway mediated between the government and the Tamil Tigers": Sri Lanka's).
- People a state hands over with no receiver named are that state's ("Libya handed over the two
  Lockerbie suspects for trial in the Netherlands"); a trial's place is not the hand-over's.
- Intelligence and information handed over or provided are shared (COOPERATE, CAMEO 064) with the one
  they go to; Falun Gong followers are China's when the story names no place; Kosovo before 2008 is
  Serbia's land, and the KLA keeps its name.
- A state's air defences are its own ground: struck in a sentence that names no place, the strike is there,
  not at the striker's home ("The Pentagon said U.S. warplanes bombed Iraqi air defenses": Iraq); a deal's
  broker ("brokered by Qatar") is not the deal's place.
- A deployment at home told as coming ("troops will be deployed in the capital to restore order") is a
  deployment announced (MOBILIZE, future), not forces offered; troops a state reports will be sent abroad
  are that state's.

Sentences written for the test, each group with controls.
"""

from __future__ import annotations

import pytest


def _by_trigger(events, word: str):  # noqa: ANN001, ANN202
    return next((e for e in events if e.trigger.text == word), None)


def _primary(events):  # noqa: ANN001, ANN202
    return next((e for e in events if e.primary), None)


def _countries(actors) -> set:  # noqa: ANN001
    return {a.country for a in actors}


def _flags(event) -> str:  # noqa: ANN001
    m = event.modality
    return "".join(c for c, f in (("N", m.negated), ("H", m.hypothetical), ("F", m.future)) if f)


# --- the State Department's titles with no country: the United States' ---------------------------------

@pytest.mark.parametrize("date, text, word, target", [
    ("1998-03-10", "Deputy Secretary of State Strobe Talbott met Indian officials in New Delhi.", "met",
     "IND"),
    ("1998-03-10", "Under Secretary of State Thomas Pickering met Pakistani officials in Islamabad.", "met",
     "PAK"),
    ("1998-03-10", "Deputy Secretary of State for Political Affairs Thomas Pickering met Indian officials in "
     "New Delhi.", "met", "IND"),
    ("1998-03-10", "Assistant Secretary of State for South Asian Affairs Karl Inderfurth met Pakistani "
     "officials in Islamabad.", "met", "PAK"),
    ("2005-03-10", "Assistant Secretary of State Christopher Hill met North Korean officials in Beijing.",
     "met", "PRK"),
    ("1998-03-10", "The Secretary of State arrived in Belgrade on Tuesday.", "arrived", "SRB"),
    ("1998-03-10", "Under Secretary of State Thomas Pickering arrived in Belgrade.", "arrived", "SRB"),
    ("1998-03-10", "Secretary of State Madeleine Albright arrived in Belgrade.", "arrived", "SRB"),
    ("1993-06-01", "Edward Djerejian, the assistant secretary of state for Near Eastern affairs, met Syrian "
     "President Hafez al-Assad.", "met", "SYR"),
])
def test_state_department_titles_are_american(events_of, date, text, word, target) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None and event.plover["type"] == "CONSULT"
    assert [(a.country, a.sector) for a in event.source] == [("USA", "GOV")]
    assert target in _countries(event.target)


@pytest.mark.parametrize("date, text, word, country", [
    ("2000-03-10", "Secretary of State for Northern Ireland Peter Mandelson met Irish officials in Dublin.",
     "met", "GBR"),
    ("1998-03-10", "Foreign Secretary Robin Cook met Indian officials in New Delhi.", "met", "GBR"),
    ("2010-03-10", "Spanish Secretary of State for Security Antonio Camacho met French officials in Paris.",
     "met", "ESP"),
    ("1998-03-10", "Foreign Minister Robin Cook arrived in Belgrade.", "arrived", "GBR"),
])
def test_titles_of_other_states_keep_theirs(events_of, date, text, word, country) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert _countries(event.source) == {country}


# --- a junior government title before a name known for a later office -----------------------------------

@pytest.mark.parametrize("date, text, word, country", [
    ("2005-03-10", "Chinese Vice Foreign Minister Wang Yi held talks with Japanese officials.", "held talks",
     "CHN"),
    ("2005-03-10", "Chinese Vice Foreign Minister Wang Yi met the Japanese ambassador in Beijing.", "met",
     "CHN"),
    ("2005-03-10", "Russian First Deputy Prime Minister Dmitry Medvedev visited Kiev.", "visited", "RUS"),
    # a title the leaders' files keep no term of for the person: the text's title is all there is
    ("2015-06-01", "Chief Cabinet Secretary Yoshihide Suga criticized China's air defence zone.",
     "criticized",
     "JPN"),
    ("1993-06-01", "The chief cabinet secretary criticized North Korea.", "criticized", "JPN"),
])
def test_junior_title_is_the_government(events_of, date, text, word, country) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert [(a.country, a.sector) for a in event.source] == [(country, "GOV")]


@pytest.mark.parametrize("date, text, word, sector", [
    ("1998-05-01", "Former Foreign Minister Andrei Kozyrev criticized the government.", "criticized", "ELI"),
    ("1998-05-01", "Foreign Minister Andrei Kozyrev criticized the government.", "criticized", "ELI"),
    ("2005-03-10", "Iranian Deputy Foreign Minister Abbas Araqchi criticized the European proposal.",
     "criticized", "GOV"),
])
def test_junior_title_controls(events_of, date, text, word, sector) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None and event.source[0].sector == sector


# --- the war crimes tribunal: a court of no country ------------------------------------------------------

@pytest.mark.parametrize("date, text, word", [
    ("1995-11-10", "The war crimes tribunal indicted two Serbian generals.", "indicted"),
    ("1996-11-10", "The war crimes tribunal sentenced a Bosnian Serb commander to ten years.", "sentenced"),
    ("1998-05-10", "The war crimes court convicted the former Rwandan mayor of genocide.", "convicted"),
    ("2009-03-05", "The International Criminal Court indicted Sudanese President Omar al-Bashir.",
     "indicted"),
])
def test_war_crimes_tribunal_has_no_country(events_of, date, text, word) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert [(a.country, a.sector, a.inter) for a in event.source] == [(None, "JUD", 8)]


@pytest.mark.parametrize("date, text, word, country", [
    ("2013-05-10", "Bangladesh's war crimes tribunal sentenced an opposition leader to death.", "sentenced",
     "BGD"),
    ("2013-05-10", "A Serbian war crimes court convicted a former paramilitary commander.", "convicted",
     "SRB"),
    ("2013-05-10", "A Belgrade court convicted a former paramilitary commander.", "convicted", "SRB"),
])
def test_a_states_war_crimes_court_is_its_own(events_of, date, text, word, country) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert [(a.country, a.sector, a.inter) for a in event.source] == [(country, "JUD", 1)]


# --- the parties a state mediates between ----------------------------------------------------------------

@pytest.mark.parametrize("date, text, word, mediator, state", [
    ("2002-03-05", "Norway mediated between the government and the Tamil Tigers.", "mediated", "NOR", "LKA"),
    ("2002-03-05", "Norway brokered a ceasefire between the government and the Tamil Tigers.", "brokered",
     "NOR", "LKA"),
    ("2005-03-05", "Egypt hosted talks between the government and the SPLA rebels.", "hosted", "EGY", "SDN"),
    ("2020-03-05", "Qatar mediated between the government and the Taliban.", "mediated", "QAT", "AFG"),
])
def test_mediated_government_is_the_parties(events_of, date, text, word, mediator, state) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert _countries(event.source) == {mediator}
    assert _countries(event.target) == {state}


@pytest.mark.parametrize("date, text, word, country", [
    ("2002-03-05", "Norway criticised the government over the budget.", "criticised", "NOR"),
    ("1996-03-05", "Britain condemned the government and the IRA.", "condemned", "GBR"),
])
def test_a_states_own_government_stays(events_of, date, text, word, country) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert country in _countries(event.target)


# --- people handed over, and what is shared ---------------------------------------------------------------

@pytest.mark.parametrize("text, word, target", [
    ("Libya handed over the two Lockerbie suspects for trial in the Netherlands.", "handed", "LBY"),
    ("Libya handed over the two Lockerbie suspects.", "handed", "LBY"),
    ("Libya handed over two suspects to Scottish police.", "handed", "GBR"),
    ("Libya surrendered the two suspects in the Lockerbie bombing to U.N. officials.", "surrendered", "LBY"),
])
def test_people_handed_over(events_of, text, word, target) -> None:
    event = _by_trigger(events_of(text, published="1999-04-05"), word)
    assert event is not None and event.plover["type"] == "COOPERATE"
    assert _countries(event.source) == {"LBY"}
    assert _countries(event.target) == {target}


@pytest.mark.parametrize("text, word", [
    ("The rebels surrendered to the army on Friday.", "surrendered"),
    ("The guerrillas surrendered their weapons to the army.", "surrendered"),
])
def test_surrenders_stay(events_of, text, word) -> None:
    event = _by_trigger(events_of(text, published="1999-04-05"), word)
    assert event is not None and event.plover["type"] == "RETREAT"


@pytest.mark.parametrize("text, word, source, target", [
    ("Pakistan handed over information about al Qaeda to the United States.", "handed", "PAK", "USA"),
    ("Pakistan handed over intelligence on the militants to India.", "handed", "PAK", "IND"),
    ("Pakistan handed intelligence on the militants to India.", "handed", "PAK", "IND"),
    ("Britain provided intelligence on the plot to Germany.", "provided", "GBR", "DEU"),
    ("Britain shared intelligence on the plot with Germany.", "shared intelligence", "GBR", "DEU"),
])
def test_intelligence_handed_over_is_shared(events_of, text, word, source, target) -> None:
    event = _by_trigger(events_of(text, published="2001-10-09"), word)
    assert event is not None and event.cameo["code"] == "064"
    assert _countries(event.source) == {source}
    assert _countries(event.target) == {target}


@pytest.mark.parametrize("text", [
    "Pakistan handed over the documents to India.",
    "The ministry provided no information about the dead.",
])
def test_papers_and_no_information_share_nothing(events_of, text) -> None:
    assert not any(e.cameo["code"] == "064" for e in events_of(text, published="2001-10-09"))


# --- peoples and groups of a country ----------------------------------------------------------------------

@pytest.mark.parametrize("text, word, country", [
    ("Falun Gong members protested outside the government's compound.", "protested", "CHN"),
    ("Falun Gong practitioners protested outside the Chinese consulate in New York.", "protested", "USA"),
    ("Falun Gong practitioners demonstrated in Hong Kong against the crackdown.", "demonstrated", "HKG"),
])
def test_falun_gong(events_of, text, word, country) -> None:
    event = _by_trigger(events_of(text, published="1999-07-22"), word)
    assert event is not None
    assert _countries(event.source) == {country}


def test_police_detained_falun_gong_members(events_of) -> None:
    event = _by_trigger(events_of("Authorities banned the Falun Gong movement.", published="1999-07-22"),
                        "banned")
    assert event is not None
    assert _countries(event.target) == {"CHN"}


@pytest.mark.parametrize("text, word, source, target", [
    ("Tamils in Toronto protested against Sri Lanka's offensive against the rebels.", "protested", "CAN",
     "LKA"),
    ("Thousands of Tamils in London demonstrated against the Sri Lankan government.", "demonstrated", "GBR",
     "LKA"),
    ("Tamils in Colombo protested against the government.", "protested", "LKA", "LKA"),
])
def test_diaspora_protests(events_of, text, word, source, target) -> None:
    event = _by_trigger(events_of(text, published="2009-01-20"), word)
    assert event is not None and event.plover["type"] == "PROTEST"
    assert _countries(event.source) == {source}
    assert _countries(event.target) == {target}


@pytest.mark.parametrize("text", [
    "The Red Cross appealed to both sides to spare civilians.",
    "The International Committee of the Red Cross appealed to both sides to respect the ceasefire.",
])
def test_red_cross_appeal(events_of, text) -> None:
    event = _primary(events_of(text, published="1999-01-20"))
    assert event is not None and event.plover["type"] == "REQUEST"
    assert _countries(event.source) == {None}


@pytest.mark.parametrize("date, text, word, source, place", [
    ("1998-06-05", "Serbian police fired on ethnic Albanians in Pristina.", "fired", ("SRB", 1), "SRB"),
    ("1998-06-05", "Kosovo Liberation Army rebels attacked Serbian police near Pristina.", "attacked",
     ("SRB", 2), "SRB"),
    ("2009-06-05", "Kosovo police arrested two men in Mitrovica.", "arrested", ("XKX", 1), "XKX"),
])
def test_kosovo_by_date(events_of, date, text, word, source, place) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert (event.source[0].country, event.source[0].inter) == source
    assert event.location is not None and event.location.country == place


def test_kla_keeps_its_name_in_the_nineties(events_of) -> None:
    event = _by_trigger(events_of("Kosovo Liberation Army rebels attacked Serbian police near Pristina.",
                                  published="1998-06-05"), "attacked")
    assert event.source[0].acled_actor == "KLA: Kosovo Liberation Army"


@pytest.mark.parametrize("date, text, word, country", [
    ("1996-09-05", "Kurdish rebels clashed with Iraqi troops near Arbil.", "clashed", "IRQ"),
    ("2015-09-05", "Kurdish fighters captured the town of Tal Abyad from Islamic State.", "captured", "SYR"),
    ("1996-09-05", "Kurdish rebels clashed with Turkish troops near Diyarbakir.", "clashed", "TUR"),
])
def test_kurds_where_they_are(events_of, date, text, word, country) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert _countries(event.source) == {country}


# --- the place of strikes, deals and tests ----------------------------------------------------------------

@pytest.mark.parametrize("date, text, word, place", [
    ("2003-03-22", "The Pentagon said U.S. warplanes bombed Iraqi air defenses.", "bombed", "IRQ"),
    ("2003-03-22", "U.S. warplanes bombed Iraqi air defenses.", "bombed", "IRQ"),
    ("1999-01-22", "U.S. jets attacked Iraqi air defence sites in the north, the Pentagon said.", "attacked",
     "IRQ"),
    ("1999-01-22", "British warplanes bombed Iraqi air defences, the Ministry of Defence said.", "bombed",
     "IRQ"),
    ("2003-03-22", "The Pentagon said U.S. jets struck targets in Iraq.", "struck", "IRQ"),
])
def test_strikes_on_a_foes_air_defences_are_where_they_stand(events_of, date, text, word, place) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None and event.plover["type"] == "ASSAULT"
    assert event.location is not None and event.location.country == place
    assert all(a.inter == 8 for a in event.source)


@pytest.mark.parametrize("date, text, word, place", [
    ("2016-03-22", "Saudi police shot dead a Pakistani worker.", "shot dead", "SAU"),
    ("2022-03-22", "The Kremlin said Russian forces destroyed Ukrainian tanks near Kharkiv.", "destroyed",
     "UKR"),
    ("2016-03-22", "Turkish jets bombed Kurdish positions in northern Syria.", "bombed", "SYR"),
    ("2020-05-05", "Ukrainian drones killed two Russian soldiers near a front-line village.", "killed",
     "UKR"),
    ("2016-03-22", "Indian troops fired on Pakistani posts along the Line of Control.", "fired", "IND"),
])
def test_other_strikes_keep_their_place(events_of, date, text, word, place) -> None:
    event = _by_trigger(events_of(text, published=date), word)
    assert event is not None
    assert event.location is not None and event.location.country == place


@pytest.mark.parametrize("text", [
    "The agreement, brokered by Qatar, calls for the withdrawal of U.S. troops from Afghanistan.",
    "The ceasefire, brokered by Egypt, took effect at midnight.",
    "The deal, mediated by Norway, ended two decades of war.",
])
def test_a_broker_is_no_place(events_of, text) -> None:
    brokers = {"QAT", "EGY", "NOR"}
    for event in events_of(text, published="2020-02-29"):
        assert event.location is None or event.location.country not in brokers


@pytest.mark.parametrize("text, place", [
    ("The agreement, brokered by Qatar, was signed in Doha.", "QAT"),
    ("Norway brokered the deal in Oslo.", "NOR"),  # a bare "Norway brokered the deal" names no place
])
def test_a_brokers_own_place_stays(events_of, text, place) -> None:
    event = _primary(events_of(text, published="2020-02-29"))
    assert event is not None and event.location is not None and event.location.country == place


@pytest.mark.parametrize("date, text, country", [
    ("1998-05-11", "India conducted three nuclear tests.", "IND"),
    ("1998-05-11", "India conducted three underground nuclear tests in Rajasthan.", "IND"),
    ("1998-05-28", "Pakistan carried out five nuclear tests.", "PAK"),
    ("2006-10-09", "North Korea conducted a nuclear test.", "PRK"),
])
def test_nuclear_tests_show_force(events_of, date, text, country) -> None:
    event = _primary(events_of(text, published=date))
    assert event is not None and event.plover["type"] == "MOBILIZE"
    assert _countries(event.source) == {country}


# --- deployments told as coming ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The government said troops will be deployed in the capital to restore order.", "deployed"),
    ("The army will deploy more troops in the northern region to secure the roads.", "deploy"),
])
def test_a_deployment_at_home_told_as_coming(events_of, text, word) -> None:
    event = _by_trigger(events_of(text, published="2005-10-09"), word)
    assert event is not None and event.plover["type"] == "MOBILIZE"
    assert "F" in _flags(event)


@pytest.mark.parametrize("text, word, ptype", [
    ("Troops were deployed to the border, the defense minister said.", "deployed", "MOBILIZE"),
    ("Russia will send troops to the border, the Kremlin said.", "send", "THREATEN"),
    ("Chad will send 1,000 soldiers to Mali to reinforce the African force there, the defence minister said.",
     "send", "AGREE"),
])
def test_deployment_controls(events_of, text, word, ptype) -> None:
    event = _by_trigger(events_of(text, published="2005-10-09"), word)
    assert event is not None and event.plover["type"] == ptype


@pytest.mark.parametrize("text, country", [
    ("Britain said troops will be deployed to Afghanistan next year.", "GBR"),
    ("France said soldiers would be deployed to Chad within a week.", "FRA"),
])
def test_troops_a_state_says_it_sends_are_its_own(events_of, text, country) -> None:
    event = next(e for e in events_of(text, published="2005-10-09") if e.trigger.text in ("deployed", "sent"))
    assert _countries(event.source) == {country}
