"""Military posturing (round posture49): drills and exercises however they are named, aircraft and warships
intercepted, shadowed or buzzed, incursions into waters or airspace, vessels boarded, forces ordered to get
ready, warning flares, retaliation told by its act, state forces that block, and "the North" of Korean
stories. Sentences written for the test, with near-miss controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="posture49")) if e.primary), None)


def _coded(event) -> tuple[str, str | None]:
    return event.plover["type"], event.plover.get("mode")


# --- 1. drills and exercises a state or its forces hold ---------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("China's People's Liberation Army launched large-scale drills around Taiwan on Saturday.", "CHN", "TWN"),
    ("The People's Liberation Army held drills near Taiwan on Saturday.", "CHN", "TWN"),
    ("Russia's Baltic Fleet began drills in the Baltic Sea on Tuesday.", "RUS", None),
    ("Iran's navy held annual war games in the Gulf of Oman.", "IRN", None),
    ("Russia started naval manoeuvres in the Black Sea.", "RUS", None),
    ("China staged large-scale exercises near Taiwan after the president's visit.", "CHN", "TWN"),
])
def test_drills_a_state_holds_are_a_show_of_force(pipeline, text: str, source: str,
                                                  target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("MOBILIZE", "troops")
    assert primary.source[0].country == source
    assert [a.country for a in primary.target][:1] == ([target] if target else [])


@pytest.mark.parametrize("text", [
    # two states' forces exercising together cooperate, "joint" or not (lead49)
    "The United States and South Korea began their annual Freedom Shield exercises on Monday.",
    "South Korea, the United States and Japan staged joint air drills on Sunday.",
    "South Korea and the United States held joint drills on Sunday.",
    "The Chinese navy held joint drills with the Russian navy in the Sea of Japan.",
    "India and France began joint war games off the coast of Goa.",
])
def test_joint_drills_stay_cooperation(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "COOPERATE"


@pytest.mark.parametrize("text", [
    "The school held a fire drill on Monday morning.",
    "The teachers organised a drill for students after the earthquake.",
    "Workers used a drill to open the safe.",
    "The coach held a training exercise for the players.",
])
def test_drills_of_no_state_are_no_event(pipeline, text: str) -> None:
    assert _primary(pipeline, text) is None


@pytest.mark.parametrize("text, plover, mode", [
    # a strike a state "began" is still the workers' or an air strike as before, never a drill's show of force
    ("France began a nationwide strike over pensions.", "PROTEST", "strike"),
    ("Israel launched strikes on Gaza overnight.", "ASSAULT", "aerial"),
])
def test_strikes_keep_their_coding(pipeline, text: str, plover: str, mode: str) -> None:
    assert _coded(_primary(pipeline, text)) == (plover, mode)


# --- 2. interceptions, shadowing, incursions and boardings ---------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Chinese fighter jets intercepted an Australian surveillance plane over the South China Sea, Canberra "
     "said.", "CHN", "AUS"),
    ("A Chinese navy destroyer shadowed a US Navy warship in the Taiwan Strait.", "CHN", "USA"),
    ("Russian warplanes buzzed a US destroyer in the Black Sea.", "RUS", "USA"),
    ("Russian jets tailed a British spy plane over the Black Sea.", "RUS", "GBR"),
])
def test_aircraft_and_warships_met_are_a_show_of_force(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "MOBILIZE"
    assert [(a.country, a.sector) for a in primary.source] == [(source, "MIL")]
    assert [(a.country, a.sector) for a in primary.target] == [(target, "MIL")]
    assert primary.acled["event_type"] == "Strategic developments"


@pytest.mark.parametrize("text, source, target", [
    ("Two Chinese coast guard ships entered Japanese territorial waters near the Senkaku Islands.",
     "CHN", "JPN"),
    ("Chinese coast guard ships intruded into Japanese waters near the Senkaku Islands.", "CHN", "JPN"),
    ("Two Russian military aircraft entered Polish airspace on Sunday.", "RUS", "POL"),
    ("Russian jets violated Estonian airspace on Friday.", "RUS", "EST"),  # control: as before
])
def test_an_incursion_is_as_a_violated_airspace(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "COERCE"
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text, source", [
    ("Finnish authorities boarded the tanker Eagle S after a power cable was damaged.", "FIN"),
    ("Houthi fighters boarded the Galaxy Leader cargo ship in the Red Sea.", "YEM"),
    ("Greek coast guard officers boarded the freighter off Crete.", "GRC"),
])
def test_a_vessel_boarded_by_forces_is_seized_or_searched(pipeline, text: str, source: str) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "seize")
    assert primary.source[0].country == source


@pytest.mark.parametrize("text, expected", [
    ("Air defences intercepted a drone over the capital.", ("COERCE", "seize")),
    ("Israeli air defences intercepted two missiles fired from Yemen.", ("COERCE", "seize")),
    ("The coast guard intercepted 600 migrants off Zuwara.", ("COERCE", "arrest")),
    ("Police intercepted a truck carrying drugs on the highway.", None),
    ("Troops boarded a plane bound for Kabul.", None),
    ("Passengers boarded the ship in Dover.", None),
    ("The swimmers entered the water at dawn.", None),
])
def test_interceptions_and_boardings_of_other_things_keep_their_coding(pipeline, text: str, expected) -> None:
    primary = _primary(pipeline, text)
    assert (primary and _coded(primary)) == expected or (expected is None and primary is None)


# --- 3. forces ordered to get ready or to move ------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Kim Jong Un ordered his military to prepare for war, according to the official Korean Central News "
     "Agency.", ("PRK", "GOV")),
    ("Serbian President Aleksandar Vucic ordered troops to move closer to the border with Kosovo.",
     ("SRB", "GOV")),
    ("Russian Defence Minister Sergei Shoigu ordered snap combat readiness checks for troops in the Western "
     "Military District.", ("RUS", "GOV")),
    ("Chinese President Xi Jinping told the military to step up preparations for combat, Xinhua reported.",
     ("CHN", "GOV")),
    ("Taiwanese President Lai Ching-te ordered the military to strengthen its combat readiness.",
     ("TWN", "GOV")),
    ("Putin ordered the armed forces to hold drills with tactical nuclear weapons.", ("RUS", "GOV")),
])
def test_forces_ordered_to_get_ready_are_mobilised(pipeline, text: str, source: tuple[str, str]) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("MOBILIZE", "troops")
    assert [(a.country, a.sector) for a in primary.source] == [source]
    assert not primary.modality.negated


@pytest.mark.parametrize("text", [
    "The court ordered the company to prepare a report on the spill.",
    "The commander told the soldiers to rest before the parade.",
    "The mayor told residents to prepare for the storm.",
    "Maduro ordered the state oil company to issue licences for oil extraction.",
])
def test_others_ordered_to_prepare_are_no_mobilisation(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is None or primary.plover["type"] != "MOBILIZE"


def test_forces_ordered_to_shoot_keep_their_deed(pipeline) -> None:
    primary = _primary(pipeline, "Tokayev ordered troops to shoot to kill without warning.")
    assert primary.plover["type"] == "ASSAULT"
    assert [a.country for a in primary.source] == ["KAZ"]


# --- 4. warning flares ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("South Korean fighter jets fired warning flares after a Russian military aircraft violated the "
     "country's air defence identification zone.", ("KOR", "MIL"), [("RUS", "MIL")]),
    ("Japanese fighter jets fired flares to warn off a Chinese drone.", ("JPN", "MIL"), [("CHN", "MIL")]),
    ("Israeli tanks fired warning shots toward the border fence.", ("ISR", "MIL"), []),
])
def test_warning_flares_are_a_show_of_force(pipeline, text: str, source, target) -> None:
    events = pipeline.code(document_from_text(text, doc_id="posture49"))
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "MOBILIZE"
    assert primary.acled["sub_event_type"] == "Other"
    assert [(a.country, a.sector) for a in primary.source] == [source]
    assert [(a.country, a.sector) for a in primary.target] == target
    assert not any(e.plover["type"] == "ASSAULT" for e in events)


@pytest.mark.parametrize("text, sub_event", [
    ("Jets fired missiles at rebel positions.", "Air/drone strike"),
    ("Soldiers fired warning shots to disperse the crowd.", "Protest with intervention"),
    ("India moved troops to the border after Chinese soldiers crossed the Line of Actual Control.",
     "Change to group/activity"),
])
def test_shots_and_moves_keep_their_coding(pipeline, text: str, sub_event: str) -> None:
    assert _primary(pipeline, text).acled["sub_event_type"] == sub_event


# --- 5. retaliation told by its act ---------------------------------------------------------------------

@pytest.mark.parametrize("text, plover, mode, target", [
    ("Beijing retaliated by restricting exports of gallium and germanium to Japan and the United States.",
     "SANCTION", "discontinue", "JPN"),
    ("Moscow retaliated by expelling ten Polish diplomats.", "SANCTION", "expel", "POL"),
    ("China retaliated with tariffs on American soybeans.", "SANCTION", "discontinue", "USA"),
    ("Iran retaliated by firing missiles at US bases in Iraq.", "ASSAULT", "heavy-weapons", "USA"),
    ("Beijing restricted exports of rare earths to the United States.", "SANCTION", "discontinue", "USA"),
])
def test_retaliation_is_the_act_it_was_done_by(pipeline, text: str, plover: str, mode: str,
                                               target: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="posture49"))
    primary = next(e for e in events if e.primary)
    assert _coded(primary) == (plover, mode)
    assert primary.target[0].country == target
    assert not any(e.trigger.text == "retaliated" and e.plover["type"] == "ASSAULT" for e in events
                   if plover != "ASSAULT")


@pytest.mark.parametrize("text, sub_event", [
    ("Israel retaliated with air strikes on Gaza.", "Air/drone strike"),
    ("The militants retaliated, killing three soldiers.", "Armed clash"),
])
def test_retaliation_with_force_stays_an_attack(pipeline, text: str, sub_event: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.acled["sub_event_type"] == sub_event


# --- 6. state forces that block -------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The Chinese coast guard blocked a Philippine resupply mission to the BRP Sierra Madre, Manila's "
     "military said.", ("CHN", "MIL"), "PHL"),
    ("Russian warships blocked Ukrainian grain ships from leaving Odesa.", ("RUS", "MIL"), "UKR"),
    ("Israeli troops blocked the entrance to the village.", ("ISR", "MIL"), None),
    ("Ugandan police blocked the road to the Kampala Serena Hotel during the opposition rally.",
     ("UGA", "COP"), "UGA"),
])
def test_state_forces_that_block_restrict_movement(pipeline, text: str, source, target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "restrict")
    assert primary.acled is None or primary.acled.get("event_type") != "Protests"
    assert [(a.country, a.sector) for a in primary.source] == [source]
    assert not any((a.name or "").startswith("Protesters") for a in primary.source)
    assert [a.country for a in primary.target][:1] == ([target] if target else [])


@pytest.mark.parametrize("text", [
    "Protesters blocked the highway to the port for six hours.",
    "Farmers blocked roads with tractors.",
    "Striking dock workers in Rotterdam blocked access to the container terminal.",
])
def test_crowds_that_block_still_obstruct(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("PROTEST", "obstruct")
    assert primary.acled["event_type"] == "Protests"


# --- 7. "the North" and "the South" in Korean stories ----------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("South Korea said the North had launched a ballistic missile.", "PRK", None),
    ("Seoul's military said the North had fired artillery near the border.", "PRK", None),
    ("The North launched a ballistic missile into the sea, Seoul said.", "PRK", None),
    ("Pyongyang accused the South of sending propaganda leaflets across the border.", "PRK", "KOR"),
])
def test_a_half_of_korea_named_by_its_compass_word(pipeline, text: str, source: str,
                                                   target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target][:1] == ([target] if target else [])


def test_the_north_of_another_country_is_no_korea(pipeline) -> None:
    events = pipeline.code(document_from_text("Fighting continued in the North, the Malian army said.",
                                              doc_id="posture49"))
    assert not any(a.country == "PRK" for e in events for a in e.source + e.target)
