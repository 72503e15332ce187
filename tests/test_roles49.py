"""Roles taken from the wrong clause or phrase (round roles49): an act alleged in a relative clause after
"accused of" is the accused's and "barred entry to" a travel ban; a state's protest is diplomatic and "in
protest at" its act's reason; a person's country comes from their own title or apposition; a target is not
the doer's own state; forces sent to intercept X aim at X and a pact "with X" names X; "the alliance" after
NATO's chief is NATO, and "would respond with countermeasures" a threat. Sentences written for the test, with
controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="roles49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _event(pipeline, text: str, trigger: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


def _countries(actors) -> set:
    return {a.country for a in actors}


# 1. a travel ban; an act alleged in a relative clause is the accused's
@pytest.mark.parametrize("text, source, target", [
    ("The United States barred entry to 11 Chinese officials it accused of repressing Tibetans.", "USA",
     "CHN"),
    ("The United States barred entry to 11 Chinese officials.", "USA", "CHN"),
    ("Britain barred entry to three Russian generals it blamed for the bombing of Mariupol.", "GBR", "RUS"),
])
def test_barred_entry_is_a_travel_ban(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("COERCE", "restrict")
    assert _countries(primary.source) == {source}
    assert _countries(primary.target) == {target}


@pytest.mark.parametrize("text, trigger, doer", [
    ("The United States barred entry to 11 Chinese officials it accused of repressing Tibetans.",
     "repressing", "CHN"),
    ("The United States sanctioned 11 Chinese officials it accused of repressing Tibetans.", "repressing",
     "CHN"),
    ("Britain sanctioned three Russian generals it blamed for bombing civilians in Mariupol.", "bombing",
     "RUS"),
    # controls: the accused named as the object; a participle after the object
    ("The ministry accused Russian troops of shelling the town.", "shelling", "RUS"),
])
def test_an_act_alleged_in_a_relative_clause_is_the_accused(pipeline, text: str, trigger: str,
                                                           doer: str) -> None:
    event = _event(pipeline, text, trigger)
    assert not event.primary or trigger == "shelling"
    assert _countries(event.source) == {doer}


@pytest.mark.parametrize("text, plover, mode", [
    # controls: a bar from something, and a ban on trade, keep their coding
    ("The court barred the opposition leader from running in the election.", "COERCE", "restrict"),
    ("The government barred imports of Russian oil.", "SANCTION", "discontinue"),
    ("The United States denied entry to 11 Chinese officials.", "COERCE", "restrict"),
])
def test_bar_controls(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == (plover, mode)


# 2. a state's protest is diplomatic, and keeps a neighbouring arrest an arrest
@pytest.mark.parametrize("text, protester", [
    ("Azerbaijan's state security service detained a French citizen on spying charges, prompting Paris to "
     "protest.", "FRA"),
    ("The arrest of two Japanese businessmen in Beijing prompted Tokyo to protest.", "JPN"),
    ("Philippine Foreign Secretary Enrique Manalo summoned China's ambassador to protest the latest "
     "incident.",
     "PHL"),
])
def test_a_state_protesting_is_disapproval(pipeline, text: str, protester: str) -> None:
    events = _events(pipeline, text)
    protest = next(e for e in events if e.trigger.text == "protest")
    assert protest.plover["type"] == "ACCUSE"
    assert _countries(protest.source) == {protester}
    assert all(a.name is None or "Protesters" not in a.name for e in events for a in e.source + e.target)
    assert all((e.acled or {}).get("event_type") != "Protests" for e in events)


def test_the_arrest_beside_a_state_protest_stays_an_arrest(pipeline) -> None:
    text = ("Azerbaijan's state security service detained a French citizen on spying charges, prompting "
            "Paris to protest.")
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("COERCE", "arrest")
    assert primary.acled["sub_event_type"] == "Arrests"
    assert _countries(primary.target) == {"FRA"}


@pytest.mark.parametrize("text, doer, reason", [
    ("Egypt summoned the Israeli ambassador in protest at the raid.", "EGY", "raid"),
    ("Jordan recalled its ambassador from Israel in protest at the killing of a Jordanian judge.", "JOR",
     "killing"),
    ("Greek Foreign Minister Nikos Dendias cancelled a planned meeting with his Turkish counterpart in "
     "protest at the incursions.", "GRC", "incursions"),
])
def test_in_protest_at_after_a_state_act_is_its_reason(pipeline, text: str, doer: str, reason: str) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover["type"] == "PROTEST" for e in events)
    deed = next(e for e in events if e.trigger.text == reason)
    assert not any(a.sector == "GOV" and a.country == doer for a in deed.source)


@pytest.mark.parametrize("text", [
    # controls: crowds protesting stay protests
    "Police detained a French citizen, prompting hundreds of students to protest outside the embassy.",
    "Farmers blocked roads in protest at the new tax.",
    "Thousands of teachers marched in protest at the arrest of their union leader.",
])
def test_a_crowd_protest_stays_a_protest(pipeline, text: str) -> None:
    assert any(e.plover["type"] == "PROTEST" for e in _events(pipeline, text))


# 3. a person's country from their own mention
@pytest.mark.parametrize("text, trigger, country, sector", [
    ("Beijing halted climate and military talks with Washington after House Speaker Nancy Pelosi visited "
     "Taipei.", "visited", "USA", "LEG"),
    ("House Speaker Nancy Pelosi visited Taipei.", "visited", "USA", "LEG"),
    ("Kim Yo Jong, the powerful sister of North Korea's leader, warned Seoul against sending leaflets.",
     "warned", "PRK", None),
    # controls: a title with its own country; an apposition without an "of"
    ("Philippine House Speaker Martin Romualdez met Japanese lawmakers in Tokyo.", "met", "PHL", "LEG"),
    ("Salaheddine Sidhoum, Algeria's leading human rights activist, met French diplomats in Paris.", "met",
     "DZA", "HRI"),
])
def test_a_persons_country_from_their_own_mention(pipeline, text: str, trigger: str, country: str,
                                                  sector: str | None) -> None:
    event = _event(pipeline, text, trigger)
    assert [a.country for a in event.source] == [country]
    if sector:
        assert [a.sector for a in event.source] == [sector]


# 4. a target is not the doer's own country
@pytest.mark.parametrize("text, trigger, sources, target", [
    ("Qatar faced a land, sea and air blockade imposed by Saudi Arabia, the UAE, Bahrain and Egypt.",
     "imposed", {"SAU", "ARE", "BHR", "EGY"}, {"QAT"}),
    ("Cuba has suffered an economic embargo imposed by the United States for six decades.", "embargo",
     {"USA"}, {"CUB"}),
    ("Beijing suspended imports of Taiwanese citrus fruit and halted exports of natural sand to the island.",
     "halted", {"CHN"}, {"TWN"}),
    ("The official Xinhua news agency said Chinese warships had conducted live-fire drills off the coast of "
     "Fujian.", "live-fire drills", {"CHN"}, set()),
    ("Chinese troops conducted live-fire drills off the coast of Fujian.", "live-fire drills", {"CHN"},
     set()),
    # controls: forces beside another's coast; a state named again as the doer
    ("Chinese warships conducted live-fire drills near Taiwan.", "live-fire drills", {"CHN"}, {"TWN"}),
    ("The EU condemned the sanctions imposed by Russia on Lithuania.", "condemned", {None}, {"RUS"}),
])
def test_a_target_is_not_the_doers_own(pipeline, text: str, trigger: str, sources: set, target: set) -> None:
    event = _event(pipeline, text, trigger)
    assert _countries(event.source) == sources
    assert _countries(event.target) == target


def test_mobilising_forces_keep_their_sector(pipeline) -> None:
    primary = _primary(pipeline, "Chinese troops conducted live-fire drills off the coast of Fujian.")
    assert (primary.plover["type"], [a.sector for a in primary.source]) == ("MOBILIZE", ["MIL"])


# 5. a prepositional phrase is not the target
@pytest.mark.parametrize("text, trigger, target", [
    ("NATO scrambled jets from Lithuania to intercept a Russian Il-20 reconnaissance aircraft over the "
     "Baltic Sea.", "scrambled", {"RUS"}),
    ("Japan scrambled fighter jets to intercept Chinese drones near Okinawa.", "scrambled", {"CHN"}),
    ("Kenya deployed troops to fight al-Shabaab militants in Somalia.", "deployed", {"SOM"}),
    ("India suspended the Indus Waters Treaty with Pakistan after the attack in Kashmir.", "suspended",
     {"PAK"}),
    ("Russia suspended the New START Treaty with the United States.", "suspended", {"USA"}),
    # controls: forces sent to a place, or to protect people, keep their coding
    ("Britain deployed troops to Estonia.", "deployed", {"EST"}),
    ("The army deployed soldiers to protect the villagers.", "deployed", set()),
    ("Russia suspended the New START treaty with the United States.", "suspended", {"USA"}),
])
def test_the_target_of_forces_sent_or_a_pact(pipeline, text: str, trigger: str, target: set) -> None:
    event = _event(pipeline, text, trigger)
    assert _countries(event.target) == target
    assert all(a.name is None or "Treaty" not in a.name for a in event.target)


# 6. firm statements about the future: whose they are and whom they are aimed at
@pytest.mark.parametrize("text, source, target", [
    ("The Kremlin said Moscow would respond with \"military-technical measures\" if Washington deployed "
     "long-range missiles in Germany.", {"RUS"}, {"USA"}),
    ("Russia said it would respond with countermeasures if Finland joined NATO.", {"RUS"}, {"FIN"}),
])
def test_a_response_in_set_words_is_a_threat(pipeline, text: str, source: set, target: set) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "THREATEN"
    assert _countries(primary.source) == source
    assert _countries(primary.target) == target


@pytest.mark.parametrize("text, body", [
    ("NATO Secretary General Jens Stoltenberg said the alliance would deploy more troops to its eastern "
     "flank.", "NATO"),
    ("The European Union's foreign policy chief said the bloc would impose new sanctions on Belarus.", "EU"),
])
def test_the_body_named_earlier_in_its_sentence(pipeline, text: str, body: str) -> None:
    primary = _primary(pipeline, text)
    assert [a.name for a in primary.source] == [body]
    assert not any(a.sector == "MIL" for a in primary.target)  # the alliance's own troops are no target


@pytest.mark.parametrize("text, plover", [
    # controls: a crowd met with force; a reply in words
    ("Police responded with tear gas.", "ASSAULT"),
    ("The government responded to the criticism on Monday.", "ACCUSE"),
])
def test_respond_controls(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


# 8. "what he called X" names a happening: no speech event, and the namer did not do it
@pytest.mark.parametrize("text", [
    "Guinea-Bissau's president dissolved parliament days after what he called a coup attempt.",
    "The president dissolved parliament after what he described as an attempted coup.",
])
def test_what_he_called_is_a_label(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.trigger.text, primary.plover["type"]) == ("dissolved", "COERCE")
    assert [a.sector for a in primary.target] == ["LEG"]
    assert not any(e.plover["type"] == "ACCUSE" for e in events)
    coup = next(e for e in events if "coup" in e.trigger.text)
    assert not coup.source


@pytest.mark.parametrize("text, plover", [
    # controls: a label given to another's deed stays a condemnation; a plain dissolution
    ("The minister called the raid an act of aggression.", "ACCUSE"),
    ("The king dissolved parliament weeks after the election.", "COERCE"),
])
def test_label_controls(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover
