"""An armed service named as a place or people hit (round descriptors57, greatlakes-3): "air force" (also
"airforce", "air wing") is a means of attack only as the doer: the subject of a verb ("the air force bombed"),
the object of "by" ("strikes by the Nigerian Air Force"), or the modifier of a deed or of a subject ("an air
force raid", "air force planes attacked"). Modifying anything else it names what was hit or where ("a car bomb
outside the air force headquarters", "gunmen killed an air force officer", "stormed an air wing base"), as
"army" does, and gives no air strike: the sentence's own weapon or a plain attack is coded. Controls: the
service as doer, aircraft in their own right, and other weapons used at a service's places keep their class.
Also (greatlakes-4) a demonym joined by a hyphen to a word of language ("French-speaking teachers", "a
French-language school", "an English-medium school", "Russian-speaking residents") names a language, not a
state: the story's or place's country applies, as for "Anglophone"; nationals, troops, embassies, flags and
settlers keep their state. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = list(pipeline.code(document_from_text(text, doc_id="descriptors57", published="2022-06-10")))
    return next(e for e in events if e.primary)


def _seen(event) -> tuple:
    """The fields a user sees: PLOVER type and mode, CAMEO code, ACLED event and sub-event types, deaths."""
    return (event.plover.get("type"), event.plover.get("mode") or None, event.cameo.get("code"),
            event.acled.get("event_type"), event.acled.get("sub_event_type"), event.fatalities)


IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
CLASH = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")


# 1. the service names the place or the people hit: no air strike
@pytest.mark.parametrize("text, seen", [
    ("Militants detonated a car bomb outside the air force headquarters in Kinshasa, killing four people.",
     ("ASSAULT", "explosives", "183", *IED, 4)),
    ("MK guerrillas detonated a bomb outside the South African Air Force headquarters in Pretoria.",
     ("ASSAULT", "explosives", "183", *IED, None)),
    ("Gunmen stormed an air force training school in Bangui, killing two guards.",
     ("ASSAULT", None, "190", *CLASH, 2)),
    ("Rebels attacked an air force base near Beni, killing three soldiers.",
     ("ASSAULT", None, "190", *CLASH, 3)),
    ("Soldiers shot dead two men near the air force base in Lubumbashi.",
     ("ASSAULT", None, "1823", "Violence against civilians", "Attack", 2)),
    ("Gunmen killed an air force officer in Bujumbura.",
     ("ASSAULT", None, "1823", *CLASH, 1)),
    ("Insurgents ambushed a convoy carrying air force personnel near Mueda, killing six.",
     ("ASSAULT", None, "190", *CLASH, 6)),
    ("Gunmen attacked the air force officers' mess in Kinshasa.",
     ("ASSAULT", None, "190", *CLASH, None)),
    ("A bomb exploded near the air force base in Bangui, killing three soldiers.",
     ("ASSAULT", "explosives", "183", *IED, 3)),
    # variants: other places and people of the service, the service itself hit, its spokesman
    ("A car bomb exploded outside the Nigerian Air Force headquarters in Abuja, killing two guards.",
     ("ASSAULT", "explosives", "183", *IED, 2)),
    ("Assailants attacked an air force convoy near Maiduguri, killing four airmen.",
     ("ASSAULT", None, "190", *CLASH, 4)),
    ("Rebels attacked the air force in Goma.", ("ASSAULT", None, "190", *CLASH, None)),
    ("Militants stormed an air wing base near Mogadishu, killing five soldiers.",
     ("ASSAULT", None, "190", *CLASH, 5)),
    ("Gunmen shot dead two airforce technicians near Kano.", ("ASSAULT", None, "1823", *CLASH, 2)),
    ("Unknown gunmen killed two soldiers in Goma, the air force spokesman said.",
     ("ASSAULT", None, "1823", *CLASH, 2)),
])
def test_a_service_hit_is_no_air_strike(pipeline, text: str, seen: tuple) -> None:
    assert _seen(_primary(pipeline, text)) == seen


# 2. controls: the service as the doer, aircraft named, other weapons at the service's places
@pytest.mark.parametrize("text, seen", [
    ("The air force bombed ADF camps near Beni.", ("ASSAULT", "aerial", "195", *AIR, None)),
    ("The Nigerian Air Force killed 20 militants in strikes near Lake Chad.",
     ("ASSAULT", "aerial", "195", *AIR, 20)),
    ("Congolese Sukhoi jets struck M23 positions in the hills above Kibumba.",
     ("ASSAULT", "aerial", "195", *AIR, None)),
    ("M23 fighters fired mortars at an air force base near Goma.",
     ("ASSAULT", "heavy-weapons", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack",
      None)),
    ("A grenade exploded outside an air force barracks in Bujumbura, wounding three soldiers.",
     ("ASSAULT", "explosives", "183", "Explosions/Remote violence", "Grenade", None)),
    ("An IED exploded outside the Zimbabwe air force headquarters, wounding a guard.",
     ("ASSAULT", "explosives", "183", *IED, None)),
    ("A suicide bomber blew himself up at the gate of an air force camp in Maiduguri.",
     ("ASSAULT", "suicide-attack", "1831", "Explosions/Remote violence", "Suicide bomb", None)),
    ("Protesters stoned an air force vehicle in Harare.",
     ("PROTEST", "riot", "145", "Riots", "Violent demonstration", None)),
    ("Air force jets bombed rebel positions near Goma.", ("ASSAULT", "aerial", "195", *AIR, None)),
    ("An air force helicopter fired on the convoy near Beni.", ("ASSAULT", "aerial", "195", *AIR, None)),
    ("An air force raid killed 12 fighters near Kalehe.", ("ASSAULT", "aerial", "195", *AIR, 12)),
    ("Air force strikes killed 12 fighters near Kalehe.", ("ASSAULT", "aerial", "195", *AIR, 12)),
    ("Strikes by the Ugandan air force killed 12 ADF fighters near Beni.",
     ("ASSAULT", "aerial", "195", *AIR, 12)),
    ("The Sudanese air force's strikes killed 30 people in Nyala.", ("ASSAULT", "aerial", "195", *AIR, 30)),
    ("The air force said it had bombed rebel positions near Rutshuru.",
     ("ASSAULT", "aerial", "195", *AIR, None)),
    ("Air force planes attacked rebel camps near Bunia.", ("ASSAULT", "aerial", "195", *AIR, None)),
    ("Villagers were killed by air force planes near Bunia.", ("ASSAULT", "aerial", "195", *AIR, None)),
    ("Militants detonated a car bomb outside the army headquarters in Kinshasa, killing four people.",
     ("ASSAULT", "explosives", "183", *IED, 4)),
])
def test_a_service_hit_controls(pipeline, text: str, seen: tuple) -> None:
    assert _seen(_primary(pipeline, text)) == seen


# 3. the one hit keeps its actor: the service's people and places are the state's forces
@pytest.mark.parametrize("text, source, target", [
    ("Gunmen stormed an air force training school in Bangui, killing two guards.",
     "Unidentified Armed Group (Central African Republic)",
     "Military Forces of the Central African Republic"),
    ("Rebels attacked an air force base near Beni, killing three soldiers.",
     "Rebels (Democratic Republic of Congo)", "Military Forces of the Democratic Republic of Congo"),
    ("Gunmen killed an air force officer in Bujumbura.",
     "Unidentified Armed Group (Burundi)", "Military Forces of Burundi"),
    ("Insurgents ambushed a convoy carrying air force personnel near Mueda, killing six.",
     "Islamist Militia (Mozambique)", "Military Forces of Mozambique"),
    ("Soldiers shot dead two men near the air force base in Lubumbashi.",
     "Military Forces of the Democratic Republic of Congo", "Civilians (Democratic Republic of Congo)"),
    # controls: the service as doer
    ("The air force bombed ADF camps near Beni.", "Military Forces of the Democratic Republic of Congo",
     "ADF"),
    ("The Nigerian Air Force killed 20 militants in strikes near Lake Chad.", "Military Forces of Nigeria",
     "Rebels (Nigeria)"),
])
def test_a_service_hit_actors(pipeline, text: str, source: str, target: str) -> None:
    event = _primary(pipeline, text)
    assert event.source[0].name == source
    assert event.target[0].name == target


def _lang_event(pipeline, text: str):
    events = list(pipeline.code(document_from_text(text, doc_id="descriptors57", published="2019-05-10")))
    return next(e for e in events if e.primary)


def _roles(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 4. a language joined by a hyphen: no foreign state (greatlakes-4)
@pytest.mark.parametrize("text, side, actor", [
    ("Anglophone teachers in Bamenda went on strike over the deployment of French-speaking teachers.",
     "target", ("Teachers (Cameroon)", "CMR")),
    ("Separatists burned a French-language school in Kumba.", "target", ("Students (Cameroon)", "CMR")),
    ("Soldiers arrested a French-speaking journalist in Bamenda.", "target",
     ("Journalists (Cameroon)", "CMR")),
    ("Separatist fighters attacked French-speaking traders at a market in Bamenda.", "target",
     ("Business (Cameroon)", "CMR")),
    ("Russian-speaking residents of Narva protested against the removal of a Soviet monument.", "source",
     ("Protesters (Estonia)", "EST")),
    ("Parents in Bamenda protested against the posting of French-speaking teachers to English schools.",
     "target", ("Teachers (Cameroon)", "CMR")),
    # variants: other languages, "-language" and "-medium" before other nouns
    ("Police in Bamenda arrested three English-speaking lawyers.", "target", ("Lawyers (Cameroon)", "CMR")),
    ("Separatists torched a French-language radio station in Buea.", "target",
     ("Journalists (Cameroon)", "CMR")),
    ("Russian-speaking residents of Kharkiv fled the shelling.", "source", ("Civilians (Ukraine)", "UKR")),
    ("Arabic-speaking traders were attacked by a mob in Kano.", "target", ("Business (Nigeria)", "NGA")),
    # controls: a nationality, a state's troops, embassy and flags, the people named as such
    ("French troops killed 20 militants in northern Mali.", "source", ("Military Forces of France", "FRA")),
    ("Protesters attacked the French embassy in Kinshasa.", "target", ("Government of France", "FRA")),
    ("Demonstrators in Bangui burned French flags.", "target", ("Government of France", "FRA")),
    ("Cameroonian police arrested 100 English-speaking protesters in Bamenda.", "target",
     ("Protesters (Cameroon)", "CMR")),
    ("Amba gunmen kidnapped two Francophone civil servants in Kumbo.", "target",
     ("Government of Cameroon", "CMR")),
    ("Portuguese troops fought FRELIMO guerrillas in Cabo Delgado in 1970.", "source",
     ("Military Forces of Portugal", "PRT")),
    ("Portuguese settlers were attacked by FRELIMO guerrillas in Cabo Delgado in 1970.", "target",
     ("Settlers (Portugal)", "PRT")),
    ("French nationals were evacuated from Bangui.", "target", ("Civilians (France)", "FRA")),
    ("The French killed 20 militants in northern Mali.", "source", ("Government of France", "FRA")),
])
def test_a_language_is_no_state(pipeline, text: str, side: str, actor: tuple) -> None:
    event = _lang_event(pipeline, text)
    assert _roles(getattr(event, side))[0] == actor


def test_french_speaking_gendarmes_are_not_france(pipeline) -> None:
    """The gendarmes and their detainees are no longer France's (the story's Cameroon is not yet theirs)."""
    text = "French-speaking gendarmes were accused of torturing detainees in Buea."
    events = list(pipeline.code(document_from_text(text, doc_id="descriptors57", published="2019-05-10")))
    assert events and all(a.country != "FRA" for e in events for a in [*e.source, *e.target])
