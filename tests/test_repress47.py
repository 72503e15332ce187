"""Repression misread (round repress47): raids on premises by a state's forces of order are searches, and a
raid told as the setting of arrests is no attack of its own; a newspaper's two-word name after its common noun
is kept whole; communications cut off are withheld (a service) or censored (platforms); a warrant for an
arrest is an arrest to come; custody people are moved for, or that sparked protests, keeps its detainees as
targets; a crowd's fight with no firearm told is no gunfight. Sentences written for the test, with controls
that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="repress47"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _kind(event) -> tuple[str, str | None]:
    return event.plover["type"], event.plover.get("mode")


@pytest.mark.parametrize("text, country, sector", [
    ("Security forces raided the offices of the independent newspaper El Watan in Algiers on Wednesday.",
     "DZA", "COP"),
    ("Security forces raided the home of opposition leader Tundu Lissu in Dar es Salaam.", "TZA", "COP"),
    ("Intelligence agents raided the headquarters of the opposition party in Kampala.", "UGA", "SPY"),
    ("Police carried out a raid on the offices of the newspaper in Algiers.", "DZA", "COP"),
    ("Security forces carried out a raid on the home of the journalist in Harare.", "ZWE", "COP"),
])
def test_a_raid_on_premises_by_forces_of_order_is_a_search(pipeline, text: str, country: str,
                                                           sector: str) -> None:
    primary = _primary(pipeline, text)
    assert _kind(primary) == ("COERCE", "seize")
    assert (primary.source[0].country, primary.source[0].sector) == (country, sector)
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "Security forces raided a hideout in Waziristan, killing three militants.",
    "Soldiers raided a village in Rakhine state on Tuesday.",
    "Gunmen raided the offices of a radio station in Mogadishu.",
    "Myanmar soldiers killed three villagers in a raid on a village in the hills.",
])
def test_raids_by_soldiers_gunmen_or_on_hideouts_stay_attacks(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "ASSAULT"


@pytest.mark.parametrize("text, country", [
    ("Hong Kong national security police arrested 47 pro-democracy activists in dawn raids.", "HKG"),
    ("The mayor of Istanbul, Ekrem Imamoglu, was detained in a dawn raid on his home, Turkish media "
     "reported.", "TUR"),
    ("Police arrested five men in a raid on a drug den in Lagos.", "NGA"),
])
def test_a_raid_told_as_the_setting_of_arrests_is_part_of_them(pipeline, text: str, country: str) -> None:
    events = _events(pipeline, text)
    assert [_kind(e) for e in events] == [("COERCE", "arrest")]
    assert events[0].source[0].country == country


@pytest.mark.parametrize("text, name", [
    ("Police raided the offices of the newspaper El Watan in Algiers.", "El Watan"),
    ("Police raided the offices of the newspaper Le Monde in Paris.", "Le Monde"),
    ("Police raided the offices of the newspaper Daily Nation in Nairobi.", "Daily Nation"),
])
def test_a_newspapers_name_after_its_noun_is_kept_whole(pipeline, text: str, name: str) -> None:
    target = _primary(pipeline, text).target[0]
    assert (target.name, target.sector) == (name, "JRN")


@pytest.mark.parametrize("text, mode, country", [
    # the internet and mobile data cut off are a service withheld (PLOVER COERCE withhold lists the internet)
    ("Authorities shut down the internet across Bangladesh on Thursday.", "withhold", "BGD"),
    ("Senegal's government suspended mobile data in several districts of Dakar.", "withhold", "SEN"),
    ("Authorities in Dhaka shut down mobile internet services nationwide on Thursday.", "withhold", "BGD"),
    ("Iran's government cut internet access nationwide as protests spread.", "withhold", "IRN"),
    ("Ethiopia's government cut off the internet and telephone lines in Tigray on Wednesday.", "withhold",
     "ETH"),
    ("The Indian authorities imposed an internet blackout in Manipur.", "withhold", "IND"),
    # platforms of information blocked are censorship
    ("Mozambique's authorities restricted access to social media after disputed election results sparked "
     "protests.", "censor", "MOZ"),
    ("Ethiopia's government blocked access to Facebook and Telegram in the Amhara region.", "censor", "ETH"),
    ("Nepal's government banned social media platforms on Thursday.", "censor", "NPL"),
])
def test_communications_cut_off_by_a_state(pipeline, text: str, mode: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert _kind(primary) == ("COERCE", mode)
    assert (primary.source[0].country, primary.source[0].sector) == (country, "GOV")
    if mode == "withhold":  # ACLED: a strategic development
        acled = primary.acled
        assert (acled["event_type"], acled["sub_event_type"]) == ("Strategic developments", "Other")


def test_an_agentless_internet_cut_is_not_the_protesters(pipeline) -> None:
    text = ("Internet access was cut across Iran on Saturday as protests over the death of Mahsa Amini "
            "continued.")
    cut = next(e for e in _events(pipeline, text) if e.trigger.text == "cut")
    assert _kind(cut) == ("COERCE", "withhold")
    assert [(a.country, a.sector) for a in cut.source] in ([], [("IRN", "GOV")])  # the state, not the crowd


@pytest.mark.parametrize("text, plover, mode", [
    ("Striking dock workers in Rotterdam blocked access to the container terminal.", "PROTEST", "obstruct"),
    ("Police blocked access to the town after the attack.", "COERCE", "restrict"),
    ("The government restored internet access after five days.", "CONCEDE", None),
    ("Authorities closed the border with Niger on Monday.", "COERCE", "restrict"),
])
def test_access_and_closures_that_are_no_communications_keep_their_coding(pipeline, text: str, plover: str,
                                                                        mode: str | None) -> None:
    assert _kind(_primary(pipeline, text)) == (plover, mode)


@pytest.mark.parametrize("text", [
    "A storm cut internet access across the island on Monday.",
    "Police closed internet cafes in the capital on Monday.",  # a place shut, no service cut off
])
def test_no_service_withheld_by_a_storm_or_in_a_cafe(pipeline, text: str) -> None:
    assert not any(e.plover.get("mode") == "withhold" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, source, target", [
    ("Opposition candidate Edmundo Gonzalez fled to Spain after a Venezuelan court issued a warrant for his "
     "arrest.", ("VEN", "JUD"), ("VEN", "OPP")),
    ("A Venezuelan court issued a warrant for the arrest of opposition candidate Edmundo Gonzalez.",
     ("VEN", "JUD"), ("VEN", "OPP")),
    ("A court in Caracas issued an arrest warrant for opposition candidate Edmundo Gonzalez.",
     ("VEN", "JUD"), ("VEN", "OPP")),
    ("The International Criminal Court issued a warrant for the arrest of Vladimir Putin.", (None, "JUD"),
     ("RUS", "GOV")),
])
def test_a_warrant_for_an_arrest_is_an_arrest_to_come(pipeline, text: str, source: tuple,
                                                       target: tuple) -> None:
    events = _events(pipeline, text)
    assert not any(_kind(e) == ("COERCE", "arrest") for e in events)
    warrant = next(e for e in events if e.plover["type"] == "THREATEN")
    assert warrant.plover["mode"] == "arrest"
    assert (warrant.source[0].country, warrant.source[0].sector) == source
    assert (warrant.target[0].country, warrant.target[0].sector) == target


def test_an_arrest_on_a_warrant_stays_an_arrest(pipeline) -> None:
    text = "Police arrested the opposition leader on a warrant issued by a court in Caracas."
    primary = _primary(pipeline, text)
    assert _kind(primary) == ("COERCE", "arrest")
    assert primary.target[0].sector == "OPP"


@pytest.mark.parametrize("text", [
    "Egypt's public prosecutor ordered the detention of the economist Abdel Khalek Farouk for 15 days.",
    "Egyptian police arrested the economist Abdel Khalek Farouk.",
    "Egyptian police arrested Abdel Khalek Farouk, an economist.",
])
def test_an_economist_detained_is_the_target(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _kind(primary) == ("COERCE", "arrest")
    assert [(a.name, a.country) for a in primary.target] == [("Abdel Khalek Farouk", "EGY")]


@pytest.mark.parametrize("text, country", [
    ("The detention of Rwandan opposition leader Victoire Ingabire sparked protests outside the court.",
     "RWA"),
    ("The arrest of opposition leader Ousmane Sonko in Senegal triggered protests in Dakar.", "SEN"),
])
def test_a_detention_that_sparked_protests_is_no_intervention(pipeline, text: str, country: str) -> None:
    detention = next(e for e in _events(pipeline, text) if e.plover.get("mode") == "arrest")
    assert detention.acled["sub_event_type"] == "Arrests"
    assert [(a.country, a.sector) for a in detention.target] == [(country, "OPP")]
    assert not any("Protesters" in (a.name or "") for a in detention.target)


def test_arrests_at_a_protest_stay_an_intervention(pipeline) -> None:
    text = "Police arrested dozens of protesters who blocked the main road in Dakar."
    arrest = next(e for e in _events(pipeline, text) if e.plover.get("mode") == "arrest")
    assert arrest.acled["event_type"] == "Protests"


@pytest.mark.parametrize("text, source, target", [
    ("New Caledonia's independence activists were flown to France for pre-trial detention, their lawyers "
     "said.", "FRA", "NCL"),
    ("Three Belarusian journalists were taken to Minsk for pre-trial detention, their lawyers said.", "BLR",
     "BLR"),
    ("Two Kurdish activists were flown to Ankara for detention, their lawyers said.", "TUR", "TUR"),
])
def test_people_moved_for_custody_are_held_not_holders(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert _kind(primary) == ("COERCE", "arrest")
    assert [(a.country, a.sector in ("GOV", "COP")) for a in primary.source] == [(source, True)]
    assert [a.country for a in primary.target] == [target]


def test_a_deed_given_as_the_reason_for_an_arrest_keeps_its_doers(pipeline) -> None:
    text = "Canada sanctioned four Iranian officials for the detention of journalists."
    detention = next(e for e in _events(pipeline, text) if e.trigger.text == "detention")
    assert [a.country for a in detention.source] == ["IRN"]


@pytest.mark.parametrize("text, kind, sub_event", [
    # the crowd's riot, the police told first (clashed52; was ASSAULT beat / primitive)
    ("Colombian riot police clashed with students in Bogota on Thursday.", ("PROTEST", "riot"),
     "Mob violence"),
    ("Police clashed with protesters outside parliament in Nairobi.", ("PROTEST", "riot"),
     "Violent demonstration"),
    ("Riot police clashed with stone-throwing youths in Nairobi's Kibera slum.", ("PROTEST", "riot"),
     "Mob violence"),
    # controls: firearms told, or armed sides
    ("Police exchanged gunfire with rioters in Port-au-Prince.", ("ASSAULT", "firearms"), "Mob violence"),
    ("Soldiers clashed with Boko Haram fighters near Maiduguri.", ("ASSAULT", "firearms"), "Armed clash"),
])
def test_a_crowds_fight_with_no_firearm_told_is_no_gunfight(pipeline, text: str, kind: tuple,
                                                           sub_event: str) -> None:
    primary = _primary(pipeline, text)
    assert _kind(primary) == kind
    assert primary.acled["sub_event_type"] == sub_event
