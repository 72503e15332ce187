"""Deeds named inside statements, warnings, denials and condemnations (round deeds48): a warning of
what someone else may do is no threat by the one who warns; a deed named inside what is asked, vowed,
warned of or denied does not take the speaker as its doer; condemning a deed disapproves of its doer (the
jailer of the one jailed), not of its victims; a state's mission abroad is the state's; leaders spread over
a region are of no one country; a state's prosecution bodies are its judiciary; a report's author alleges
what it tells; a leader's deputy is his group's; all parties to a war are its sides. Sentences written for
the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="deeds48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _by_trigger(pipeline, text: str, word: str):
    return next((e for e in _events(pipeline, text) if e.trigger.text == word), None)


def _who(actors) -> list[tuple]:
    return [(a.country, a.sector) for a in actors]


# 1. a warning of what someone else may do is no threat by the one who warns; the act keeps its own doer
@pytest.mark.parametrize("text", [
    "Analysts warned that China could move to blockade Taiwan within the next few years.",
    "Western officials warned that Russia could launch a new offensive in the spring.",
    "Diplomats cautioned that Iran could retaliate against Israel within days.",
    "A U.N. official warned that the RSF could attack El Fasher within days.",
    "M23 could advance on Uvira within days, a U.N. official warned.",
    "Aid agencies warned that famine could hit northern Gaza within weeks.",
])
def test_a_warning_of_anothers_act_is_no_threat(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "THREATEN" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word, plover, source", [
    ("Analysts warned that China could move to blockade Taiwan within the next few years.", "blockade",
     "COERCE", ("CHN", "GOV")),
    ("A U.N. official warned that the RSF could attack El Fasher within days.", "attack", "ASSAULT",
     ("SDN", "REB")),
])
def test_the_act_warned_of_is_hypothetical_with_its_own_doer(pipeline, text: str, word: str,
                                                            plover: str, source: tuple) -> None:
    act = _by_trigger(pipeline, text, word)
    assert act.plover["type"] == plover
    assert act.modality.hypothetical
    assert _who(act.source) == [source]


@pytest.mark.parametrize("text, source, target", [
    # controls: the warner's own act, its own state named again, or what the other would undergo
    ("Iran warned Israel that it would retaliate for any attack.", "IRN", "ISR"),
    ("China warned Taiwan that it could use force.", "CHN", "TWN"),
    ("The Israeli prime minister warned that Israel could strike Iran's nuclear sites.", "ISR", "IRN"),
    ("Iran warned that Israel could face a crushing response.", "IRN", "ISR"),
])
def test_the_warners_own_threat_stays(pipeline, text: str, source: str, target: str) -> None:
    warned = _by_trigger(pipeline, text, "warned")
    assert warned.plover["type"] == "THREATEN"
    assert [a.country for a in warned.source] == [source]
    assert [a.country for a in warned.target] == [target]


@pytest.mark.parametrize("text, plover", [
    # a state's blockade is its coercion; a crowd's stays its protest
    ("Navies blockaded the port of Odessa.", "COERCE"),
    ("Farmers blockaded roads with tractors.", "PROTEST"),
    ("Truckers blockaded the main highway to the capital.", "PROTEST"),
])
def test_a_states_blockade_is_coercion(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


# 2. a deed named inside what is vowed, asked or warned of is not the speaker's
@pytest.mark.parametrize("text, word, doer", [
    ("Iran's Supreme Leader Ayatollah Ali Khamenei vowed harsh revenge against Israel for the killing of "
     "Hamas leader Ismail Haniyeh in Tehran.", "killing", "ISR"),
    ("The Mexican government demanded that Ecuador apologise for the raid on its embassy in Quito.", "raid",
     "ECU"),
    ("Turkey demanded that Israel apologize for the raid on the aid flotilla.", "raid", "ISR"),
])
def test_who_is_avenged_on_or_apologises_did_the_deed(pipeline, text: str, word: str, doer: str) -> None:
    deed = _by_trigger(pipeline, text, word)
    assert [a.country for a in deed.source] == [doer]


def test_its_embassy_abroad_is_the_demanders(pipeline) -> None:
    raid = _by_trigger(pipeline, "The Mexican government demanded that Ecuador apologise for the raid on its "
                                 "embassy in Quito.", "raid")
    assert _who(raid.target) == [("MEX", "GOV")]


@pytest.mark.parametrize("text, word, speaker", [
    ("Hezbollah leader Hassan Nasrallah warned Israel that any attack on Lebanon would be met with a "
     "fierce response.", "attack", "Hassan Nasrallah"),
    ("Pope Francis appealed for an end to the fighting in Sudan.", "fighting", "Vatican"),
    ("The UN called for an end to the shelling of Kharkiv.", "shelling", "UN"),
])
def test_a_deed_asked_or_warned_of_is_not_the_speakers(pipeline, text: str, word: str,
                                                       speaker: str) -> None:
    deed = _by_trigger(pipeline, text, word)
    assert not any(a.name in (speaker, "Francis") for a in deed.source)


def test_any_attack_that_would_be_met_is_supposed_and_met_is_no_meeting(pipeline) -> None:
    text = ("Hezbollah leader Hassan Nasrallah warned Israel that any attack on Lebanon would be met with a "
            "fierce response.")
    events = _events(pipeline, text)
    assert next(e for e in events if e.trigger.text == "attack").modality.hypothetical
    assert not any(e.plover["type"] == "CONSULT" for e in events)


def test_a_meeting_with_someone_stays_a_meeting(pipeline) -> None:
    primary = _primary(pipeline, "The prime minister met with the Iranian president in Ankara.")
    assert primary.plover["type"] == "CONSULT"


# 3. a denier is not named as the deed's doer; a speech act after a comma is the speaker's
@pytest.mark.parametrize("text, word, denier", [
    ("Pakistan denies involvement in Kashmir attack", "attack", "PAK"),
    ("Pakistan's foreign office denied any involvement in the attack on tourists in Kashmir.", "attack",
     "PAK"),
])
def test_denied_involvement_names_no_doer(pipeline, text: str, word: str, denier: str) -> None:
    events = _events(pipeline, text)
    assert next(e for e in events if e.primary).plover["type"] == "REJECT"
    deed = next(e for e in events if e.trigger.text == word)
    assert denier not in [a.country for a in deed.source]


def test_the_gangs_denial_names_no_doer(pipeline) -> None:
    text = "The gang coalition denied any involvement in the killing of the journalists."
    deed = _by_trigger(pipeline, text, "killing")
    assert not any(a.sector == "CRM" for a in deed.source)


def test_a_dismissal_after_a_comma_is_the_speakers(pipeline) -> None:
    text = ("Malian authorities said JNIM had not attacked the town of Boni, dismissing the reports as "
            "propaganda.")
    dismissed = _by_trigger(pipeline, text, "dismissing")
    assert _who(dismissed.source) == [("MLI", "GOV")]
    assert _by_trigger(pipeline, text, "attacked").modality.negated


# 4. condemning a deed: at its doer, the jailer of the one jailed, never its victims or where they were
@pytest.mark.parametrize("text, target", [
    ("Britain's Foreign Secretary David Cameron denounced the jailing of Russian opposition figure Vladimir "
     "Kara-Murza.", "RUS"),
    ("The EU condemned the arrest of Istanbul mayor Ekrem Imamoglu.", "TUR"),
    ("Washington denounced the arrest of an American aid worker in Moscow.", "RUS"),
    ("Canada denounced the detention of a reporter in Tehran.", "IRN"),
])
def test_condemning_a_jailing_is_aimed_at_the_jailer(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert _who(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text, own", [
    ("Tehran strongly condemned the attack on its consulate in Damascus.", "IRN"),
    ("The French foreign ministry condemned the attack on its embassy in Niamey.", "FRA"),
])
def test_condemning_an_attack_on_ones_mission_is_not_aimed_at_the_host(pipeline, text: str,
                                                                       own: str) -> None:
    events = _events(pipeline, text)
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert not any(a.sector == "GOV" and a.country != own for a in condemned.target)
    attack = next(e for e in events if e.trigger.text == "attack")
    assert _who(attack.target) == [(own, "GOV")]


@pytest.mark.parametrize("text, target", [
    # the owner of the act opposed or condemned (controls: a possessor told as the doer)
    ("Beijing firmly opposed the U.S. arms sale to Taiwan.", "USA"),
    ("Russia condemned Israel's strikes on Gaza.", "ISR"),
    ("China condemned the U.S. arms sale to Taiwan.", "USA"),
])
def test_opposing_an_act_is_aimed_at_its_owner(pipeline, text: str, target: str) -> None:
    assert [a.country for a in _primary(pipeline, text).target] == [target]


@pytest.mark.parametrize("text, source", [
    # controls: one's own mission named with its state, and a crowd at a foreign embassy
    ("Protesters attacked the French embassy in Niamey.", "FRA"),
    ("Iran said its embassy in Baghdad was attacked by a mob.", "IRN"),
])
def test_a_named_mission_keeps_its_state(pipeline, text: str, source: str) -> None:
    assert [a.country for a in _primary(pipeline, text).target] == [source]


# 5. leaders spread over a region or the world are of no one country
@pytest.mark.parametrize("text", [
    "Leaders across Latin America congratulated Claudia Sheinbaum on her victory in Mexico's presidential "
    "election.",
    "Mourners gathered in Tehran for the funeral of President Ebrahim Raisi, while leaders from around the "
    "world sent condolences.",
    "Governments across the region condemned the coup in Niger.",
])
def test_leaders_spread_over_a_region_are_of_no_country(pipeline, text: str) -> None:
    assert _who(_primary(pipeline, text).source) == [(None, "GOV")]


def test_leaders_from_a_country_are_its_own(pipeline) -> None:
    assert _who(_primary(pipeline, "Leaders from Kenya congratulated Claudia Sheinbaum.").source) == \
        [("KEN", "GOV")]


# 7. a state's investigative committee and prosecutors are its judiciary
@pytest.mark.parametrize("text, iso3", [
    ("Russia's Investigative Committee opened a criminal case against ICC prosecutor Karim Khan.", "RUS"),
    ("Russia's Investigative Committee charged the ICC judges in absentia.", "RUS"),
    ("Turkey's prosecutor general ordered the arrest of 20 officers.", "TUR"),
])
def test_investigative_committees_are_the_judiciary(pipeline, text: str, iso3: str) -> None:
    assert _who(_primary(pipeline, text).source) == [(iso3, "JUD")]


# 8. a report's author alleges; "its troops" in it are the answering state's; a leader's deputy; war's parties
@pytest.mark.parametrize("text, author, accused", [
    ("The Malian junta dismissed a report by the UN alleging that its troops killed 500 people in Moura.",
     "UN", ("MLI", "MIL")),
    ("Rwanda rejected a report by UN experts alleging that its troops fought alongside M23.", "UN",
     ("RWA", "MIL")),
])
def test_a_reports_author_alleges(pipeline, text: str, author: str, accused: tuple) -> None:
    alleging = _by_trigger(pipeline, text, "alleging")
    assert [a.name for a in alleging.source] == [author]
    assert _who(alleging.target) == [accused]


def test_the_accused_state_kills_in_the_report(pipeline) -> None:
    killed = _by_trigger(pipeline, "The Malian junta dismissed a report by the UN alleging that its troops "
                                   "killed 500 people in Moura.", "killed")
    assert _who(killed.source) == [("MLI", "MIL")]


def test_a_statement_demanding_stays_its_issuers(pipeline) -> None:
    primary = _primary(pipeline, "The opposition issued a statement demanding the release of its leader.")
    assert [a.sector for a in primary.source] == ["OPP"]


@pytest.mark.parametrize("text, target", [
    ("Israel's military said it had killed Haniyeh's deputy in a strike in Beirut.", ("PSE", "REB")),
    # controls: a lawmaker called a deputy, and a president's bodyguard stays of his state
    ("An opposition deputy was arrested in Minsk.", ("BLR", "LEG")),
    ("Gunmen shot dead the president's bodyguard in Port-au-Prince.", ("HTI", "GOV")),
])
def test_a_leaders_deputy_is_not_the_leader(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.target) == [target]
    assert "Ismail Haniyeh" not in [a.name for a in primary.target]


@pytest.mark.parametrize("text, iso3", [
    ("The Saudi foreign ministry called on all parties in Sudan to protect civilians.", "SDN"),
    ("The UN called on the warring parties in Yemen to respect the truce.", "YEM"),
])
def test_the_parties_to_a_war_are_its_sides(pipeline, text: str, iso3: str) -> None:
    assert _who(_primary(pipeline, text).target) == [(iso3, None)]


@pytest.mark.parametrize("text, sector", [
    # controls: "called a strike" convenes it (no asking), and rival parties that fight stay parties
    ("South Africa's Cosatu labour confederation called a national strike.", "LAB"),
    ("Members of two rival parties fought each other in the village on Saturday.", "PTY"),
])
def test_a_called_strike_and_fighting_parties_keep_their_doers(pipeline, text: str,
                                                              sector: str) -> None:
    assert [a.sector for a in _primary(pipeline, text).source] == [sector]


def test_a_state_warning_of_its_own_action_against_a_group_stays_a_threat(pipeline) -> None:
    warned = _by_trigger(pipeline, "The interior minister warned that farmers could block roads across the "
                                   "country.", "warned")
    assert warned is None
    text = "The interior minister warned that farmers who block roads would be arrested."
    threat = _primary(pipeline, text)
    assert threat.plover["type"] == "THREATEN"
