"""Clause-level misreadings (round clause48): harm a disaster did, idioms of avoidance, plots not carried
out, pronouns that refer to the addressee or the person named before, the owner of an arrested leader, rallies
only planned, weapons that got through, the dead named by a spokesman, businesses named by a demonym, and
denials of involvement. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="clause48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _by_trigger(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sides(actors) -> set:
    return {(a.country, a.sector) for a in actors}


# -- 1. harm a disaster did is no attack --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Torrential rains in Brazil's southern state of Rio Grande do Sul have killed at least 40 people.",
    "Monsoon rains killed 25 people in Nepal over the weekend.",
    "A cholera outbreak has killed more than 200 people in Zambia since October.",
    "Heavy snowfall killed six people in northern Japan.",
    "A volcanic eruption destroyed dozens of homes on the island.",
])
def test_a_disaster_kills_and_attacks_no_one(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


def test_the_response_to_a_disaster_is_the_news(pipeline) -> None:
    primary = _primary(pipeline, "Torrential rains in Brazil's southern state of Rio Grande do Sul have "
                       "killed at least 40 people, as President Luiz Inacio Lula da Silva flew to the region "
                       "and promised federal aid.")
    assert primary.plover["type"] != "ASSAULT"
    assert _sides(primary.source) == {("BRA", "GOV")}


@pytest.mark.parametrize("text", [
    "KABUL (Reuters) - A powerful earthquake killed more than 2,000 people in western Afghanistan on "
    "Saturday. \"Several villages have been completely flattened,\" said a doctor at the regional hospital.",
    "KABUL (Reuters) - A powerful earthquake killed more than 2,000 people in western Afghanistan on "
    "Saturday. Several villages were flattened and hundreds of people were injured.",
    "Floods kill 40 in southern Brazil\n\nPORTO ALEGRE, Brazil (Reuters) - Torrential rains have killed at "
    "least 40 people in southern Brazil, officials said on Friday. More than 24,000 people have been forced "
    "from their homes.",
    "MANILA (Reuters) - A typhoon killed at least 30 people in the central Philippines on Monday. Thousands "
    "of houses were destroyed.",
])
def test_harm_with_no_doer_in_a_disaster_story_is_the_disasters(pipeline, text: str) -> None:
    assert not any(e.plover["type"] in ("ASSAULT", "COERCE") for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    # controls: a story of an attack, and harm done by someone named in a disaster story
    "KABUL (Reuters) - Gunmen killed 12 people in western Afghanistan on Saturday. Several houses were "
    "destroyed and dozens of people were injured.",
    "MANILA (Reuters) - A typhoon killed at least 30 people in the central Philippines on Monday. Two aid "
    "workers were shot dead by gunmen in Samar.",
    "Rebels killed 40 villagers during heavy rains in eastern Congo.",
])
def test_harm_in_other_stories_stays_an_attack(pipeline, text: str) -> None:
    assert any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


# -- 2. a confrontation sought, or avoided, is no clash ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "\"We are not looking for confrontation,\" a U.S. official told reporters.",
    "China said it does not seek confrontation with the United States.",
    "Beijing wants to avoid a confrontation with Washington.",
    "\"We are not looking for a fight with anyone,\" the minister said.",
    "The two countries avoided a confrontation over the disputed islands.",
    "Moscow is seeking a confrontation with the West, the minister said.",
])
def test_a_confrontation_sought_or_avoided_is_no_clash(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "ASSAULT" and not e.modality.negated and not e.modality.hypothetical
                   for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    # controls: a confrontation that took place
    "Police and protesters were involved in a violent confrontation in the capital.",
    "A confrontation between troops and militants left five dead.",
    "Five soldiers died in the confrontation.",
    "A confrontation broke out between rival gangs in the port city.",
    "Soldiers fought the rebels near the border.",
])
def test_a_confrontation_that_took_place_is_a_clash(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT" and not primary.modality.negated


# -- 3. a deed planned or plotted is not done, and its doers are the suspects ----------------------------
@pytest.mark.parametrize("text, word", [
    ("German police arrested three men on Wednesday suspected of planning an attack on a synagogue.",
     "attack"),
    ("German police arrested three men who were planning an attack on a synagogue.", "attack"),
    ("Police arrested a man accused of plotting an attack on the parliament.", "attack"),
    ("Three men were arrested on suspicion of preparing a bombing in the capital.", "bombing"),
    ("Police arrested two men suspected of plotting to bomb a church.", "bomb"),
])
def test_a_deed_planned_is_not_done_and_not_the_polices(pipeline, text: str, word: str) -> None:
    planned = _by_trigger(pipeline, text, word)
    assert planned.modality.hypothetical and not planned.primary
    assert "COP" not in {a.sector for a in planned.source}
    assert _primary(pipeline, text).plover.get("mode") == "arrest"


@pytest.mark.parametrize("text, word", [
    # controls: a deed done, which the suspects are said to have done
    ("Police arrested three men suspected of carrying out an attack on a synagogue.", "attack"),
    ("Police arrested two men accused of killing a journalist.", "killing"),
])
def test_a_deed_done_stays_done(pipeline, text: str, word: str) -> None:
    done = _by_trigger(pipeline, text, word)
    assert not done.modality.hypothetical
    assert "COP" not in {a.sector for a in done.source}


def test_they_accused_after_a_report_of_detention_are_the_suspects(pipeline) -> None:
    text = ("BERLIN (Reuters) - The suspects, two Syrian nationals and a German citizen, were detained in "
            "raids in North Rhine-Westphalia, the prosecutors' office in Karlsruhe said in a statement. They "
            "are accused of supporting the Islamic State militant group.")
    supporting = _by_trigger(pipeline, text, "supporting")
    assert supporting.source and "JUD" not in {a.sector for a in supporting.source}


# -- 4. "told X that his detention ...": X was detained; a chief justice is the judiciary --------------------
@pytest.mark.parametrize("text, word", [
    ("Chief Justice Umar Ata Bandial told Imran Khan that his detention had been invalid.", "detention"),
    ("The judge told Imran Khan that he had been detained illegally.", "detained"),
    ("The judge told Alexei Navalny that his arrest had been unlawful.", "arrest"),
])
def test_a_deed_told_to_a_person_was_done_to_that_person(pipeline, text: str, word: str) -> None:
    deed = _by_trigger(pipeline, text, word)
    assert {a.name for a in deed.target} & {"Imran Khan", "Alexei Navalny"}


@pytest.mark.parametrize("text, word, name", [
    # controls: the speaker's own detention, told to reporters
    ("Imran Khan told reporters that his arrest was illegal.", "arrest", "Imran Khan"),
    ("Alexei Navalny said his detention was politically motivated.", "detention", "Alexei Navalny"),
    ("Imran Khan told Reuters that his arrest was illegal.", "arrest", "Imran Khan"),
])
def test_a_speakers_own_detention_stays_the_speakers(pipeline, text: str, word: str, name: str) -> None:
    assert name in {a.name for a in _by_trigger(pipeline, text, word).target}


@pytest.mark.parametrize("text", [
    "Chief Justice Umar Ata Bandial criticised the government's decision.",
    "Pakistan's chief justice criticised the government's decision.",
])
def test_a_chief_justice_is_the_judiciary(pipeline, text: str) -> None:
    assert {a.sector for a in _primary(pipeline, text).source} == {"JUD"}


# -- 5. "X, whose leader is under arrest": X owns the arrested one; a boycott is no demonstration ------------
@pytest.mark.parametrize("text, word", [
    ("The BNP, whose leader Khaleda Zia is under house arrest, has boycotted the vote.", "arrest"),
    ("The party, whose founder Imran Khan is under arrest, boycotted the election.", "arrest"),
    ("The movement, whose leader Ousmane Sonko was arrested in July, rejected the results.", "arrested"),
])
def test_the_owner_of_an_arrested_leader_is_not_the_arrester(pipeline, text: str, word: str) -> None:
    arrest = _by_trigger(pipeline, text, word)
    assert not {a.sector for a in arrest.source} & {"PTY", "OPP"}


@pytest.mark.parametrize("text", [
    "The BNP, whose leader Khaleda Zia is under house arrest, has boycotted the vote.",
    "The main opposition party boycotted the election, citing fraud.",
])
def test_a_boycott_of_a_vote_is_no_demonstration(pipeline, text: str) -> None:
    boycott = next(e for e in _events(pipeline, text) if e.plover.get("mode") == "boycott")
    assert boycott.acled is None or boycott.acled.get("event_type") not in ("Protests", "Riots")
    assert {a.sector for a in boycott.source} <= {"PTY", "OPP"}
    assert not boycott.target or "GOV" not in {a.sector for a in boycott.target} or "vote" not in text


@pytest.mark.parametrize("text, mode, event_type", [
    # controls: a party that arrests no one, a protest beside a boycott
    ("Police, who arrested the party leader on Monday, said he would be charged.", "arrest", None),
    ("Thousands of opposition supporters marched in Dhaka on Friday, calling for a boycott of the vote.",
     "demo", "Protests"),
])
def test_arrests_and_marches_keep_their_coding(pipeline, text: str, mode: str, event_type) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover.get("mode") == mode
    if mode == "arrest":
        assert {a.sector for a in primary.source} == {"COP"}
    else:
        assert primary.acled["event_type"] == event_type


# -- 6. a rally someone was due to address is no protest that took place -------------------------------------
@pytest.mark.parametrize("text", [
    "Thai police arrested opposition leader Pita Limjaroenrat on Friday, hours before he was due to address "
    "a campaign rally.",
    "Police arrested the opposition leader on Friday before he was to lead a march in the capital.",
    "Police detained the union leader on Monday, a day before he was scheduled to lead a protest outside "
    "parliament.",
])
def test_an_arrest_before_a_planned_rally_is_an_arrest(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover.get("mode") == "arrest"
    assert primary.acled["sub_event_type"] == "Arrests"
    assert "Protesters" not in {a.name for a in primary.target}
    gathering = next(e for e in _events(pipeline, text) if e.plover["type"] == "PROTEST")
    assert gathering.modality.hypothetical


def test_an_arrested_opposition_leader_is_the_target(pipeline) -> None:
    primary = _primary(pipeline, "Thai police arrested opposition leader Pita Limjaroenrat on Friday, hours "
                       "before he was due to address a campaign rally.")
    assert {(a.name, a.country) for a in primary.target} == {("Pita Limjaroenrat", "THA")}


@pytest.mark.parametrize("text, mode", [
    # controls: acts on a schedule are still to come, and a rally where people were arrested took place
    ("The minister is due to visit Paris next week.", "visit"),
    ("The president is expected to meet the king on Tuesday.", None),
])
def test_a_scheduled_act_is_to_come(pipeline, text: str, mode) -> None:
    event = _events(pipeline, text)[0]
    assert event.modality.future


def test_an_arrest_at_a_rally_is_an_intervention(pipeline) -> None:
    primary = _primary(pipeline, "Police arrested dozens of protesters at a rally in the capital on Friday.")
    assert primary.acled["sub_event_type"] == "Protest with intervention"


# -- 7. "shot down 30 of 35 drones launched by Russia, but one struck ...": the one is Russia's drone ------
@pytest.mark.parametrize("text, country", [
    ("Ukraine shot down 30 of 35 drones launched by Russia overnight, but one struck an energy facility in "
     "the Kharkiv region.", "RUS"),
    ("Air defences shot down 12 of 15 missiles fired by Russia, but three struck an apartment block in "
     "Dnipro.", "RUS"),
])
def test_the_weapon_that_got_through_is_its_launchers(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.trigger.text in ("struck", "hit")
    assert {a.country for a in primary.source} == {country}


def test_drones_shot_down_by_count_are_a_weapon_use_disrupted(pipeline) -> None:
    shot = _by_trigger(pipeline, "Ukraine shot down 30 of 35 drones launched by Russia overnight.", "shot")
    assert shot.acled["sub_event_type"] == "Disrupted weapons use"
    assert _sides(shot.source) == {("UKR", "GOV")}


@pytest.mark.parametrize("text", [
    # controls: a weapon named with its launcher, and a number that counts people
    "Drones launched by Russia struck an energy facility in the Kharkiv region.",
    "Gunmen opened fire on a bus carrying 20 passengers; one died in hospital.",
])
def test_weapons_and_counted_people_keep_their_coding(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert "UKR" not in {a.country for a in primary.source}


# -- 8. "confirmed the air strike but said those killed were PDF members": the junta's strike on the PDF -----
def test_a_strike_a_junta_confirms_is_its_forces_and_the_dead_its_victims(pipeline) -> None:
    text = ("Junta spokesman Zaw Min Tun confirmed the air strike but said those killed were members of the "
            "People's Defense Force.")
    strike = _by_trigger(pipeline, text, "air strike")
    assert _sides(strike.source) == {("MMR", "MIL")}
    killed = _by_trigger(pipeline, text, "killed")
    assert {a.name for a in killed.target} == {"PDF"}
    assert "PDF" not in {a.name for e in _events(pipeline, text) for a in e.source}


@pytest.mark.parametrize("text, sector", [
    ("The army said those killed were militants.", "REB"),
    ("Police said those arrested were members of a criminal gang.", "CRM"),
])
def test_those_said_to_be_someone_are_the_victims(pipeline, text: str, sector: str) -> None:
    deed = next(e for e in _events(pipeline, text) if e.trigger.text in ("killed", "arrested"))
    assert sector in {a.sector for a in deed.target}
    assert sector not in {a.sector for a in deed.source}


@pytest.mark.parametrize("text, country", [
    ("The Nigerian military confirmed the air strike on the village, saying it had targeted bandits.", "NGA"),
    # controls: another doer named, and a side that confirms a strike on itself
    ("Pakistan's military confirmed the drone strike, but said it was carried out by Afghan forces.", "AFG"),
    ("The rebels confirmed the air strike on their camp.", None),
])
def test_the_confirmer_of_an_air_strike(pipeline, text: str, country) -> None:
    strike = next(e for e in _events(pipeline, text) if e.plover.get("mode") in ("aerial", "drone"))
    if country is None:
        assert "REB" not in {a.sector for a in strike.source}
    else:
        assert {a.country for a in strike.source} == {country}


# -- 10. a firm named with a demonym is that country's business, not its government ------------------------
@pytest.mark.parametrize("text, country", [
    ("Protesters set fire to a branch of a French supermarket chain.", "FRA"),
    ("Protesters attacked a Chinese-owned mine in the province.", "CHN"),
    ("Gunmen robbed a Turkish bank in the city centre.", "TUR"),
    ("Rioters looted the warehouse of a South African retail chain.", "ZAF"),
])
def test_a_foreign_firm_is_a_business(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert (country, "GOV") not in _sides(primary.target)
    assert country in {a.country for a in primary.target}


@pytest.mark.parametrize("text, side", [
    # controls: a state's property and its forces' weapons stay the state's
    ("Protesters attacked a Chinese state-owned mine.", ("CHN", "GOV")),
    ("Rebels shot down a Turkish drone.", ("TUR", "MIL")),
])
def test_a_states_property_stays_the_states(pipeline, text: str, side: tuple) -> None:
    assert side in {s for e in _events(pipeline, text) for s in _sides(e.target)}
