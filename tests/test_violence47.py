"""Violence told in news from Africa, the Middle East, Asia and Latin America (round violence47): a headline's
passive with no "was", and more. Sentences written for the test, each fix with controls that keep their
coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="violence47"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(event) -> tuple[set, set]:
    return ({(a.country, a.sector) for a in event.source}, {(a.country, a.sector) for a in event.target})


@pytest.mark.parametrize("text, source, target", [
    ("Kenyan police officer shot dead by Al-Shabaab in Lamu", ("KEN", "REB"), ("KEN", "COP")),
    ("Nigerian soldier shot dead by bandits in Zamfara", ("NGA", "UAF"), ("NGA", "MIL")),
    ("Pakistani lawyer gunned down by unknown assailants in Quetta", ("PAK", "UAF"), ("PAK", "HRI")),
    ("Kenyan police officer shot dead by Al-Shabaab in Lamu, police say", ("KEN", "REB"), ("KEN", "COP")),
    # controls: the full passive, and the active with its object
    ("A Kenyan police officer was shot dead by Al-Shabaab in Lamu.", ("KEN", "REB"), ("KEN", "COP")),
    ("Gunmen shot dead a police officer in Lamu, Kenya.", ("KEN", "UAF"), ("KEN", "COP")),
])
def test_a_headline_passive_without_was_has_its_agent_as_doer(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    sources, targets = _sides(primary)
    assert source in sources and target in targets
    assert target not in sources
    assert primary.fatalities == 1


def test_an_active_headline_with_by_stays_active(pipeline) -> None:
    primary = _primary(pipeline, "Police officer shot dead a robbery suspect in Lamu")
    assert ("KEN", "COP") in _sides(primary)[0]


def _event(pipeline, text: str, trigger: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


@pytest.mark.parametrize("text, trigger, acled", [
    ("Egyptian warplanes struck Islamic State targets in Libya a day after the militants beheaded 21 "
     "Egyptian Christians.", "beheaded", "Attack"),
    ("Troops shelled the town after militants killed three soldiers.", "killed", "Armed clash"),
    ("Drones bombed the camp two days after rebels killed five villagers.", "killed", "Attack"),
])
def test_a_deed_in_a_time_clause_keeps_its_own_means(pipeline, text, trigger, acled) -> None:
    event = _event(pipeline, text, trigger)
    assert event.acled["sub_event_type"] == acled
    assert ("REB" in {a.sector for a in event.source})


@pytest.mark.parametrize("text, trigger, sub_event", [
    # controls: the weapon of the deed's own clause, and a blast told as the cause of deaths
    ("Egyptian warplanes struck Islamic State targets in Libya.", "struck", "Air/drone strike"),
    ("Two soldiers were killed after their convoy was hit by a roadside bomb.", "hit",
     "Remote explosive/landmine/IED"),
])
def test_the_weapon_of_the_deeds_own_clause_stays(pipeline, text, trigger, sub_event) -> None:
    assert _event(pipeline, text, trigger).acled["sub_event_type"] == sub_event


@pytest.mark.parametrize("text, trigger", [
    ("Helicopters bombed the village after rebels had kidnapped five teachers.", "bombed"),
    ("Helicopters bombed the village after rebels kidnapped five teachers.", "bombed"),
    ("Jets pounded the hills before insurgents ambushed a convoy.", "pounded"),
])
def test_the_doer_of_a_time_clause_is_not_the_main_clauses(pipeline, text, trigger) -> None:
    event = _event(pipeline, text, trigger)
    assert "REB" not in {a.sector for a in event.source}
    kidnap = [e for e in _events(pipeline, text) if e.trigger.text in ("kidnapped", "ambushed")]
    assert kidnap and all("REB" in {a.sector for a in e.source} for e in kidnap)


def test_a_doer_named_in_the_main_clause_stays(pipeline) -> None:
    event = _event(pipeline, "Soldiers bombed the village after rebels kidnapped five teachers.", "bombed")
    assert {a.sector for a in event.source} == {"MIL"}


@pytest.mark.parametrize("text", [
    "Nigerian President Bola Tinubu ordered security chiefs to rescue the kidnapped pupils.",
    "The president met the families of the kidnapped schoolgirls.",
    "The governor visited the families of pupils kidnapped last week in Kebbi.",
])
def test_a_participle_describing_captives_is_not_the_subjects_deed(pipeline, text) -> None:
    kidnap = _event(pipeline, text, "kidnapped")
    assert not {a.sector for a in kidnap.source} & {"GOV", "MIL", "COP"}
    assert "EDU" in {a.sector for a in kidnap.target}


def test_the_forces_ordered_to_rescue_are_no_target(pipeline) -> None:
    text = "Nigerian President Bola Tinubu ordered security chiefs to rescue the kidnapped pupils."
    rescue = _primary(pipeline, text)
    assert rescue.plover["type"] == "RETREAT"
    assert {(a.country, a.sector) for a in rescue.target} == {("NGA", "EDU")}


@pytest.mark.parametrize("text, trigger", [
    ("Authorities imposed a curfew in Kaduna after sectarian clashes left at least 55 dead.", "clashes"),
    ("Authorities imposed a curfew in Kaduna after clashes between Christian and Muslim youths.", "clashes"),
    ("Police declared a state of emergency in the town following clashes between rival clans.", "clashes"),
])
def test_a_deed_named_after_after_is_not_the_clauses_doers(pipeline, text, trigger) -> None:
    event = _event(pipeline, text, trigger)
    assert not {a.sector for a in event.source} & {"GOV", "COP"}


@pytest.mark.parametrize("text, trigger, sector", [
    # controls: the captors named with "from", the doers of a deed named after "during", the light verb's own
    ("Troops rescued 15 kidnapped passengers from bandits in Kaduna.", "kidnapped", "UAF"),
    ("The army launched an offensive in Kaduna after the election.", "offensive", "MIL"),
    ("Soldiers killed 40 protesters during a crackdown in the capital.", "crackdown", "MIL"),
])
def test_doers_named_for_the_deed_stay(pipeline, text, trigger, sector) -> None:
    assert sector in {a.sector for a in _event(pipeline, text, trigger).source}


@pytest.mark.parametrize("text, source", [
    ("Security forces in Nicaragua killed at least 300 people during the crackdown on protests in 2018, a "
     "commission found.", ("NIC", "COP")),
    ("Soldiers killed 40 protesters during the crackdown.", (None, "MIL")),
    ("Police in Kenya shot dead 12 demonstrators during the crackdown on the protests.", ("KEN", "COP")),
    # control: with "a crackdown" as before
    ("Security forces in Nicaragua killed at least 300 people during a crackdown on protests in 2018, a "
     "commission found.", ("NIC", "COP")),
])
def test_the_killers_are_the_doers_of_the_crackdown_they_killed_in(pipeline, text, source) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert source in _sides(primary)[0]


@pytest.mark.parametrize("text, country", [
    ("Rockets fired from southern Lebanon hit the Israeli town of Kiryat Shmona, lightly wounding two "
     "people, the Israeli army said.", "LBN"),
    ("Rockets fired from Lebanon hit the Israeli town of Kiryat Shmona.", "LBN"),
    ("A rocket launched from Gaza struck a house in Ashkelon.", "PSE"),
    ("Mortar shells fired from Syria landed in the Golan Heights.", "SYR"),
])
def test_a_launch_site_is_where_unnamed_armed_men_fired(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert {(a.country, a.sector) for a in primary.source} == {(country, "UAF")}


@pytest.mark.parametrize("text, source", [
    # controls: a doer named with the launch site keeps it
    ("Hezbollah fired rockets from southern Lebanon at northern Israel.", ("LBN", "REB")),
    ("Israeli jets fired missiles from Lebanese airspace at targets near Homs.", ("ISR", "MIL")),
])
def test_a_named_doer_keeps_its_strike(pipeline, text, source) -> None:
    assert source in _sides(_primary(pipeline, text))[0]


@pytest.mark.parametrize("text, target", [
    ("Two soldiers were killed when their patrol hit an improvised explosive device near Gao in northern "
     "Mali.", ("MLI", "MIL")),
    ("A convoy of the UN mission in Mali struck an explosive device near Tessalit.", (None, "IGO")),
    ("An army truck hit a landmine in Kunar province, killing four soldiers.", ("AFG", "MIL")),
    ("Two Malian soldiers died after their vehicle struck a roadside bomb.", ("MLI", "MIL")),
])
def test_who_hit_a_mine_is_its_victim(pipeline, text, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.acled["sub_event_type"] == "Remote explosive/landmine/IED"
    sources, targets = _sides(primary)
    assert target in targets
    assert {s for _, s in sources} == {"UAF"}


@pytest.mark.parametrize("text, source", [
    # controls: those who hit a convoy with a device are its doers
    ("Militants hit the convoy with an IED near Gao.", ("MLI", "REB")),
    ("Al-Shabaab fighters struck an army base with a car bomb in Mogadishu.", ("SOM", "REB")),
])
def test_who_hit_others_with_a_device_did_it(pipeline, text, source) -> None:
    assert source in _sides(_primary(pipeline, text))[0]


@pytest.mark.parametrize("text, trigger", [
    ("Police said there was no evidence that the victims had been tortured before they were killed.",
     "tortured"),
    ("Police said there was no evidence that the prisoners had been beaten.", "beaten"),
    ("Investigators found no evidence that the journalist was abducted.", "abducted"),
])
def test_a_deed_there_is_no_evidence_of_is_negated(pipeline, text, trigger) -> None:
    event = _event(pipeline, text, trigger)
    assert event.modality.negated
    assert not event.primary


def test_a_deed_there_is_evidence_of_stands(pipeline) -> None:
    text = "Police said there was evidence that the victims had been tortured before they were killed."
    event = _event(pipeline, text, "tortured")
    assert not event.modality.negated and event.primary


@pytest.mark.parametrize("text, kind, value", [
    ("Half a dozen policemen were wounded when a grenade exploded at a checkpoint in Cotabato.", "injured",
     6),
    ("Unidentified gunmen killed a total of 37 miners at an artisanal gold mine in Niger over the weekend.",
     "fatalities", 37),
    ("A Mexican mayor was killed along with 17 other people when gunmen stormed the town hall in San Miguel "
     "Totolapan.", "fatalities", 18),
    ("Gunmen stormed a mosque, killing more than a hundred worshippers.", "fatalities", 100),
    # controls
    ("Gunmen stormed a mosque, killing more than 100 worshippers.", "fatalities", 100),
    ("A dozen policemen were wounded when a grenade exploded at a checkpoint.", "injured", 12),
    ("Three hundred and twenty people were killed in the attack.", "fatalities", 320),
    ("Police arrested one hundred and five people after the riot.", "arrested", 105),
])
def test_counts_written_in_words(pipeline, text, kind, value) -> None:
    assert getattr(_primary(pipeline, text), kind) == value
