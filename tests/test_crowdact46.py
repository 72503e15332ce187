"""Protest actors (round crowdact46): companies named after their country, crowds' leaders, party wings,
targets of clashes and crowd control, the arresters a protest names. Sentences written for the test, with
controls that must keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="crowdact46"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _who(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# 1. a company named after its country is a business, its pilots and crews are its workers
@pytest.mark.parametrize("text, iso3", [
    ("Air France pilots went on strike on Saturday, grounding about half of the airline's flights.", "FRA"),
    ("Air France pilots walked out over pay.", "FRA"),
    ("Air India cabin crew went on strike on Monday.", "IND"),
    ("Kenya Airways pilots went on strike, stranding thousands of passengers.", "KEN"),
    ("Turkish Airlines workers staged a walkout in Istanbul.", "TUR"),
    ("French pilots went on strike on Saturday.", "FRA"),
])
def test_an_airlines_workers_strike_as_workers(pipeline, text: str, iso3: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert _who(primary.source) == [(iso3, "LAB")]
    assert not any(a.sector == "GOV" for a in primary.source + primary.target)


@pytest.mark.parametrize("text, iso3", [
    ("Protesters blocked the Air France offices in Paris.", "FRA"),
    ("Activists in Nairobi picketed Kenya Airways headquarters.", "KEN"),
])
def test_a_company_named_after_its_country_is_no_state(pipeline, text: str, iso3: str) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.target) == [(iso3, "BUS")]


@pytest.mark.parametrize("text, iso3, sector", [
    # controls: a country's pilots who bomb fly for its military; the state itself stays the state
    ("Syrian pilots dropped barrel bombs on Aleppo.", "SYR", "MIL"),
    ("Russian pilots bombed the town overnight.", "RUS", "MIL"),
    ("France condemned the attack on the embassy.", "FRA", "GOV"),
    ("Bank of China agreed to lend money to Zambia.", "CHN", "BUS"),
])
def test_pilots_and_states_controls(pipeline, text: str, iso3: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.source) == [(iso3, sector)]


# 2. "their leader" who reports what a group will do speaks for the group, and threatens the other side
@pytest.mark.parametrize("text, iso3, sector, target", [
    ("Bolivian coca growers could block roads across the country if the government does not withdraw the "
     "decree, their leader warned.", "BOL", "AGR", ("BOL", "GOV")),
    ("Truck drivers will block the highways unless diesel prices fall, their spokesman warned.", None, "LAB",
     None),
    ("Nurses could walk out next week if the ministry does not pay arrears, their leaders warned.", None,
     "HLH", (None, "GOV")),
])
def test_their_leader_speaks_for_the_group(pipeline, text: str, iso3: str | None, sector: str,
                                           target: tuple | None) -> None:
    warned = next(e for e in _events(pipeline, text) if e.trigger.text == "warned")
    assert warned.plover["type"] == "THREATEN"
    assert _who(warned.source) == [(iso3, sector)]
    assert _who(warned.target) == ([target] if target else [])


def test_their_leader_of_the_sentence_before(pipeline) -> None:
    text = ("Coca growers blocked roads near Cochabamba on Monday. Their leader warned that the blockade "
            "would spread.")
    warned = next(e for e in _events(pipeline, text) if e.trigger.text == "warned")
    assert [a.sector for a in warned.source] == ["AGR"]


@pytest.mark.parametrize("text, source, target", [
    # controls: a state's speaker stays the state, and threatens the group it names
    # (deeds48: "warned that farmers could block roads" tells what others may do, no threat of the minister's)
    ("The interior minister warned that farmers who block roads would be arrested.", "GOV", "AGR"),
    ("The president's spokesman warned that protesters would be punished.", "GOV", "CVL"),
    ("Syria warned that its forces would respond to any attack.", "GOV", "MIL"),
])
def test_a_states_speaker_stays_the_state(pipeline, text: str, source: str, target: str) -> None:
    warned = next(e for e in _events(pipeline, text) if e.trigger.text == "warned")
    assert [a.sector for a in warned.source] == [source]
    assert [a.sector for a in warned.target] == [target]


# 3. a ruling party's youth or student wing is the party's own men (a political militia), not the state
@pytest.mark.parametrize("text, iso3", [
    ("Students at the University of Dhaka were attacked by members of the ruling party's student wing while "
     "holding a peaceful rally.", "BGD"),
    ("Members of the ruling party's youth wing attacked opposition supporters in Harare.", "ZWE"),
    ("The ruling party's youth wing attacked opposition supporters in Harare.", "ZWE"),
    ("Activists of the ruling party's youth wing beat up journalists in Kampala.", "UGA"),
])
def test_a_ruling_partys_wing_is_a_party_militia(pipeline, text: str, iso3: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _who(primary.source) == [(iso3, "PTY")]
    assert [a.inter for a in primary.source] == [3]
    assert primary.acled["event_type"] == "Violence against civilians"


@pytest.mark.parametrize("text, name, inter", [
    # controls: a named party's men, and an armed group's wing, keep their names
    ("ZANU-PF youths attacked opposition supporters in Harare.", "ZANU-PF", 3),
    ("BJP workers attacked Congress supporters in Kolkata.", "BJP", 3),
])
def test_named_partys_men_keep_the_party(pipeline, text: str, name: str, inter: int) -> None:
    primary = _primary(pipeline, text)
    assert [(a.name, a.inter) for a in primary.source] == [(name, inter)]


def test_a_wings_rally_is_a_protest(pipeline) -> None:
    primary = _primary(pipeline, "The opposition party's youth wing held a rally in Lusaka.")
    assert primary.plover["type"] == "PROTEST"
    assert _who(primary.source) == [("ZMB", "PTY")]


# 4. Hong Kong's protesters are of Hong Kong whoever condemns them, a capital or its country
@pytest.mark.parametrize("text", [
    "Beijing condemned the protests in Hong Kong as \"riots\" and warned demonstrators not to test its "
    "resolve.",
    "China condemned the protests in Hong Kong as riots and warned demonstrators not to test its resolve.",
    "Beijing criticised the rallies in Hong Kong and warned activists there.",
])
def test_hong_kongs_protesters_are_of_hong_kong(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert _who(primary.source) == [("CHN", "GOV")]
    assert [a.country for a in primary.target] == ["HKG"]


@pytest.mark.parametrize("text, iso3", [
    # controls: a capital's state condemns another country's protests; a city's rioters are of its country
    ("Moscow condemned the protests in Minsk.", "BLR"),
    ("Rioters from Tripoli attacked the army post in Lebanon's north.", "LBN"),
])
def test_protesters_of_another_place_controls(pipeline, text: str, iso3: str) -> None:
    primary = _primary(pipeline, text)
    assert iso3 in {a.country for a in primary.source + primary.target}


# 5. a crowd that clashes "with" someone is aimed at them, not at the ruler its claim names
@pytest.mark.parametrize("text", [
    "Thai protesters demanding the resignation of Prime Minister Prayuth Chan-ocha clashed with royalists "
    "near Government House.",
    "Thai protesters demanding the resignation of Prime Minister Prayuth Chan-ocha clashed with Yellow "
    "Shirts near Government House.",
    "Protesters clashed with royalists near Government House in Bangkok.",
])
def test_a_clash_is_aimed_at_the_other_side(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.target) == [("THA", "CVL")]


@pytest.mark.parametrize("text, target", [
    # controls: police met in a clash; a march's claim still names the ruler it is aimed at
    ("Protesters demanding the resignation of the president clashed with police in Nairobi.", ("KEN", "COP")),
    ("Farmers demanding land from President Museveni's government marched in Kampala.", ("UGA", "GOV")),
])
def test_clash_and_claim_controls(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.target) == [target]


# 6. unarmed people who clash with another crowd riot; no firearms are told
@pytest.mark.parametrize("text", [
    "Students clashed with pro-government supporters near parliament in Bangkok.",
    "Students clashed with government supporters in Dhaka.",
    "Students clashed with rival students at the university.",
    "Villagers clashed with farmers over grazing land.",
])
def test_a_clash_of_unarmed_crowds_is_a_riot(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("PROTEST", "riot")
    assert primary.acled["event_type"] == "Riots"


@pytest.mark.parametrize("text, plover, mode", [
    # controls: armed men clash; unarmed people against police riot, as before
    ("Gunmen clashed with soldiers near the border.", "ASSAULT", "firearms"),
    ("Armed villagers clashed with herders over grazing land.", "ASSAULT", "firearms"),
    ("Students clashed with riot police near parliament.", "PROTEST", "riot"),
])
def test_clash_controls(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


# 7. force used "against hundreds of demonstrators" or "against students" is aimed at them
@pytest.mark.parametrize("text, iso3, sector", [
    ("Riot police in Santiago used water cannon against hundreds of demonstrators demanding pension reform, "
     "and 45 people were arrested.", "CHL", "CVL"),
    ("Police fired tear gas at hundreds of demonstrators in Santiago.", "CHL", "CVL"),
    ("Police used tear gas against students in Nairobi.", "KEN", "EDU"),
    ("Police used tear gas against hundreds of students in Nairobi.", "KEN", "EDU"),
])
def test_force_against_a_crowd_is_aimed_at_it(pipeline, text: str, iso3: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("ASSAULT", "crowd-control")
    assert _who(primary.target) == [(iso3, sector)]
    assert primary.acled["sub_event_type"] == "Protest with intervention"


def test_force_against_the_demonstrators_control(pipeline) -> None:
    primary = _primary(pipeline, "Riot police used water cannon against the demonstrators.")
    assert [a.sector for a in primary.target] == ["CVL"]
    assert primary.acled["sub_event_type"] == "Protest with intervention"


# 8. the arrest a protest is against was made by the state, not by the protesters
@pytest.mark.parametrize("text, iso3", [
    ("Lawyers in Tunis went on a general strike on Thursday to protest against the arrest of a colleague "
     "critical of President Kais Saied.", "TUN"),
    ("Teachers in Nairobi marched in protest at the arrest of their union leader.", "KEN"),
    ("Students rallied in Dhaka to protest the detention of their leader.", "BGD"),
    ("Doctors in Lagos protested against the arrest of a colleague.", "NGA"),
])
def test_the_arrest_protested_is_the_states(pipeline, text: str, iso3: str) -> None:
    arrest = next(e for e in _events(pipeline, text) if e.plover.get("mode") == "arrest")
    assert _who(arrest.source) == [(iso3, "COP")]


def test_police_arresting_marchers_control(pipeline) -> None:
    primary = _primary(pipeline, "Police arrested 20 protesters who marched against the new tax in Nairobi.")
    assert _who(primary.source) == [("KEN", "COP")]
    assert [a.inter for a in primary.target] == [6]


# 9. force a relative clause's subject uses "with" is that subject's, aimed at the crowd
@pytest.mark.parametrize("text, iso3, sector", [
    ("Demonstrators in Beirut hurled stones at security forces, who responded with rubber bullets and tear "
     "gas, leaving more than 100 injured.", "LBN", "COP"),
    ("Protesters in Nairobi threw stones at police, who responded with tear gas.", "KEN", "COP"),
    ("Riot police dispersed the crowd with water cannon in Santiago.", "CHL", "COP"),
])
def test_force_used_with_is_its_users(pipeline, text: str, iso3: str, sector: str) -> None:
    force = next(e for e in _events(pipeline, text) if e.plover.get("mode") == "crowd-control")
    assert _who(force.source) == [(iso3, sector)]
    assert not any(a.sector == sector for a in force.target)


def test_crowd_armed_with_grenades_control(pipeline) -> None:
    primary = _primary(pipeline, "Protesters armed with grenades attacked the police station.")
    assert [a.sector for a in primary.source] == ["CVL"]


# 10. vandalism by a crowd told striking or protesting is its riot
@pytest.mark.parametrize("text, plover, mode", [
    ("Striking workers vandalised factories in the industrial zone.", "PROTEST", "riot"),
    ("Protesting traders vandalised the market office in Kano.", "PROTEST", "riot"),
    ("Protesters vandalised shops in the city centre.", "PROTEST", "riot"),
])
def test_a_striking_crowds_vandalism_is_a_riot(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


@pytest.mark.parametrize("text, plover, mode", [
    # controls: goods taken stay looting; workers who only strike stay a strike
    ("Rioters looted shops in the city centre.", "PROTEST", "riot"),
    ("Gunmen looted shops in the town overnight.", "COERCE", "seize"),
    ("Striking workers marched through the industrial zone.", "PROTEST", "demo"),
])
def test_looting_and_strike_controls(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


# 12. smaller: a crowd at its own places has no target; a parliament's speaker is the legislature
def test_a_crowd_occupying_its_own_places_has_no_target(pipeline) -> None:
    primary = _primary(pipeline, "In Chile, students occupied dozens of schools.")
    assert primary.plover["type"] == "PROTEST"
    assert primary.target == []


def test_workers_occupying_a_ministry_control(pipeline) -> None:
    primary = _primary(pipeline, "Workers occupied the labour ministry in Santiago.")
    assert primary.plover["type"] == "PROTEST"


@pytest.mark.parametrize("text, sector", [
    ("Uganda's parliament speaker warned that the protest would not be allowed.", "LEG"),
    ("The speaker of parliament condemned the violence.", "LEG"),
    ("President Museveni warned protesters in Kampala.", "GOV"),
])
def test_a_parliament_speaker_is_the_legislature(pipeline, text: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert [a.sector for a in primary.source] == [sector]
    protest = next((e for e in _events(pipeline, text) if e.plover["type"] == "PROTEST"), None)
    assert protest is None or not any(a.sector in ("LEG", "GOV") for a in protest.source)
