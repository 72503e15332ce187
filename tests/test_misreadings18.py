"""The event coder's known misreadings (issue #4, round coder18), each fixed as a construction, with
news sentences of our own and variants that must keep coding as before (extract/readings.py)."""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:  # noqa: ANN001
    return [e.plover["type"] for e in events]


def _sources(event) -> str:  # noqa: ANN001
    return " ".join((a.text or "").lower() for a in event.source)


def _actors(events) -> str:  # noqa: ANN001
    return " ".join((a.text or "").lower() for e in events for a in e.source + e.target)


# 1. "called the attack cowardly": the speaker judges the deed and condemns it; the deed is not his
@pytest.mark.parametrize(("text", "speaker"), [
    ("The president called the attack cowardly.", "president"),
    ("The interior minister described the bombing of the bus station as barbaric.", "minister"),
    ("The foreign ministry termed the air raid a violation of international law.", "ministry"),
    ("Opposition leaders branded the killings of the villagers a massacre.", "leaders"),
    ("Human rights groups branded the executions illegal.", "groups"),
    ("The foreign minister described the shelling of the hospital as a war crime.", "minister"),
])
def test_judged_deed_is_not_the_speakers(events_of, text: str, speaker: str) -> None:
    events = events_of(text)
    condemnations = [e for e in events if e.cameo["code"] == "111"]
    assert condemnations and speaker in _sources(condemnations[0])
    deeds = [e for e in events if e.plover["type"] == "ASSAULT"]
    assert deeds and all(speaker not in _sources(e) for e in deeds)


def test_judged_attack_keeps_its_named_doer(primary_of) -> None:
    ev = primary_of("Rebels ambushed an army convoy on Monday, and the governor called the attack cowardly.")
    assert ev.plover["type"] == "ASSAULT" and "rebels" in _sources(ev)


def test_a_deed_told_as_revenge_or_success_stays_the_speakers(primary_of) -> None:
    ev = primary_of("Rebels described the ambush on the convoy as revenge for their commander's killing.")
    assert ev.plover["type"] == "ASSAULT" and "rebels" in _sources(ev)


@pytest.mark.parametrize("text", [
    "The army chief called the offensive a success.",
    "The general described the operation as successful.",
])
def test_praise_is_no_condemnation(events_of, text: str) -> None:
    assert not any(e.cameo["code"] == "111" for e in events_of(text))


# 2. "called on both sides to stop fighting": what is asked to stop is the appeal's topic
@pytest.mark.parametrize("text", [
    "The UN called on both sides to stop fighting.",
    "The African Union urged all parties to end the clashes in the border region.",
    "The Pope appealed to the warring parties to halt the bombardment of the city.",
])
def test_violence_asked_to_stop_is_no_clash(events_of, primary_of, text: str) -> None:
    events = events_of(text)
    assert "ASSAULT" not in _types(events)
    assert primary_of(text).plover["type"] == "REQUEST"
    assert not any(w in _actors(events) for w in ("both sides", "all parties", "warring parties"))


def test_a_real_clash_beside_an_appeal_stays(primary_of) -> None:
    ev = primary_of("Rebels and government troops clashed near the border, and the UN called on both sides "
                    "to stop fighting.")
    assert ev.plover["type"] == "ASSAULT" and "rebels" in _sources(ev)


# 3. warning shots and shots into the air: a show of force, no attack
@pytest.mark.parametrize("text", [
    "Soldiers fired warning shots into the air.",
    "Border guards fired warning shots at a smuggling boat.",
    "The navy fired warning shots across the bow of a fishing vessel.",
    "Gunmen fired into the air as they fled the village.",
])
def test_warning_shots_are_no_attack(events_of, text: str) -> None:
    events = events_of(text)
    assert "ASSAULT" not in _types(events)
    assert any(e.cameo["code"] == "150" for e in events)


@pytest.mark.parametrize("text", [
    "Police fired shots into the air to disperse the crowd of protesters.",
    "Police fired warning shots at stone-throwing protesters in the capital.",
])
def test_warning_shots_at_a_crowd_are_an_intervention(primary_of, text: str) -> None:
    assert primary_of(text).acled["sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize(("text", "sub"), [
    ("Soldiers fired on the crowd, killing three protesters.", "Excessive force against protesters"),
    ("Police opened fire on peaceful protesters, killing two.", "Excessive force against protesters"),
    ("Gunmen fired at a police checkpoint.", "Armed clash"),
])
def test_shots_at_people_stay_attacks(primary_of, text: str, sub: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.acled["sub_event_type"] == sub


# 4. a protest that turned violent is a riot (ACLED: violent demonstration)
@pytest.mark.parametrize("text", [
    "The demonstrations turned violent and two protesters were shot dead by police.",
    "A protest by farmers turned violent in the capital on Friday.",
    "The rally degenerated into violence outside the parliament.",
    "On 4 May 2020, a demonstration by traders in Kano turned violent. Police shot dead two protesters.",
])
def test_protest_turned_violent_is_a_riot(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert (ev.acled["event_type"], ev.acled["sub_event_type"]) == ("Riots", "Violent demonstration")


def test_peaceful_protest_stays_peaceful(primary_of) -> None:
    assert primary_of("The demonstration remained peaceful.").acled["sub_event_type"] == "Peaceful protest"


# 5. "intervened in a fight between two groups": the groups fight, the police intervene
@pytest.mark.parametrize(("text", "fight", "intervener"), [
    ("Police intervened in a fight between two groups.", "fight", "police"),
    ("Soldiers intervened in clashes between rival clans in the market town.", "clashes", "soldiers"),
])
def test_fight_between_one_plural_is_its_own(events_of, text: str, fight: str, intervener: str) -> None:
    ev = next(e for e in events_of(text) if e.trigger.text == fight)
    assert ev.source and intervener not in _sources(ev)


def test_clash_between_named_sides_keeps_them(primary_of) -> None:
    ev = primary_of("Clashes between police and protesters left ten injured.")
    assert "police" in _actors([ev]) and "protesters" in _actors([ev])


# 6. dead bombers counted by those who killed them: a fight, no suicide bombing
@pytest.mark.parametrize("text", [
    "On 5 March 2020, Iraqi forces killed 2 IS suicide bombers in Anbar.",
    "On 12 June 2020, troops shot dead 3 Boko Haram suicide bombers near Maiduguri.",
    "On 2 April 2020, the army killed 2 al-Shabaab suicide bombers at a checkpoint.",
])
def test_killed_bombers_are_no_suicide_bombing(primary_of, text: str) -> None:
    assert primary_of(text).acled["sub_event_type"] != "Suicide bomb"


def test_a_bomber_who_kills_stays_a_suicide_bombing(primary_of) -> None:
    ev = primary_of("On 5 March 2020, an IS suicide bomber killed 4 soldiers in Anbar.")
    assert ev.acled["sub_event_type"] == "Suicide bomb"


# 7. ties severed in a headline; a build-up split by the tokenizer
@pytest.mark.parametrize(("text", "sides"), [
    ("Egypt-Libya ties severed", ("EGY", "LBY")),
    ("Morocco-Iran relations severed", ("MAR", "IRN")),
])
def test_headline_ties_severed(primary_of, text: str, sides: tuple[str, str]) -> None:
    ev = primary_of(text)
    assert ev.cameo["code"] == "161"
    assert (ev.source[0].country, ev.target[0].country) == sides


@pytest.mark.parametrize("text", [
    "Satellite images show a build-up of Russian troops on the border.",
    "NATO warned of a troop build-up near the frontier.",
])
def test_troop_build_up(events_of, text: str) -> None:
    assert "MOBILIZE" in _types(events_of(text))


@pytest.mark.parametrize("text", [
    "Traffic eased in the build-up to the holiday weekend.",
    "Talks ended on Friday.",
])
def test_everyday_build_up_and_endings_stay_out(events_of, text: str) -> None:
    assert not {"MOBILIZE", "SANCTION"} & set(_types(events_of(text)))


# 8. "called on the prime minister": a visit; "called on X to do Y" stays an appeal
@pytest.mark.parametrize("text", [
    "The envoy called on the prime minister.",
    "The new US ambassador called on President Ruto at State House on Tuesday.",
    "The head of the delegation called on Prime Minister Abe in Tokyo.",
])
def test_calling_on_a_person_is_a_visit(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert (ev.plover["type"], ev.cameo["code"]) == ("CONSULT", "042")


@pytest.mark.parametrize("text", [
    "The envoy called on the prime minister to release the prisoners.",
    "The UN called on the government to lift the curfew.",
    "The minister called on the public for calm.",
])
def test_calling_on_someone_to_act_stays_an_appeal(primary_of, text: str) -> None:
    assert primary_of(text).plover["type"] == "REQUEST"


# The doers' number is no toll: "two gunmen killed 35 people" killed 35 (lead, eighteenth session)
@pytest.mark.parametrize(("text", "field", "count"), [
    ("Two gunmen killed 35 people at a market on Sunday.", "fatalities", 35),
    ("Two suicide bombers killed 35 people at a checkpoint.", "fatalities", 35),
    ("Three policemen arrested 40 protesters outside the court.", "arrested", 40),
    ("Two gunmen wounded five villagers near the mosque.", "injured", 5),
    ("Two soldiers were killed in an ambush on Monday.", "fatalities", 2),
    ("Two people died in the attack on the convoy.", "fatalities", 2),
])
def test_the_doers_number_is_no_toll(primary_of, text: str, field: str, count: int) -> None:
    assert getattr(primary_of(text), field) == count
