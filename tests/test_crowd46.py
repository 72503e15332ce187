"""Crowds and their threats (round crowd46): a strike staged at a clause's end ("staged a strike."), pilots on
strike named by the participle ("striking pilots"), a strike said to go ahead; a sports result told in an "as"
clause; protests called for, not authorised or called off; and the mode of a threat taken from what it
threatens. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="crowd46"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> set[str | None]:
    return {a.country for a in actors}


# --- 1. a strike staged at a clause's end, striking workers, a strike said to go ahead ----------------------

@pytest.mark.parametrize("text, country, sector", [
    ("Teachers in Ghana staged a strike.", "GHA", "EDU"),
    ("Workers in South Korea staged a strike.", "KOR", "LAB"),
    ("Nurses in Kenya staged a strike, their union said.", "KEN", "HLH"),
    ("Dock workers in Durban staged their first-ever strike, the union said.", "ZAF", "LAB"),
    # controls: a strike staged with a day after it, and a strike held
    ("Teachers in Ghana staged a strike on Tuesday.", "GHA", "EDU"),
    ("Teachers in Ghana held a strike over unpaid allowances.", "GHA", "EDU"),
])
def test_a_strike_staged_at_the_end_of_a_clause(pipeline, text: str, country: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("PROTEST", "strike")
    assert primary.acled["sub_event_type"] == "Peaceful protest"
    assert country in _countries(primary.source)
    assert sector in {a.sector for a in primary.source}
    assert not primary.modality.negated


@pytest.mark.parametrize("text, country", [
    ("Striking Air France pilots grounded about half of the airline's flights on Saturday.", "FRA"),
    ("Striking miners in South Africa closed the main road to the mine.", "ZAF"),
    ("Nurses striking over pay in Kenya closed wards at several hospitals.", "KEN"),
])
def test_workers_named_striking_are_on_strike(pipeline, text: str, country: str) -> None:
    events = _events(pipeline, text)
    strikes = [e for e in events if (e.plover["type"], e.plover["mode"]) == ("PROTEST", "strike")]
    assert strikes, [(e.trigger.text, e.plover) for e in events]
    assert country in _countries(strikes[0].source)


@pytest.mark.parametrize("text", [
    "The striking player scored twice for Arsenal.",
    "Striking images of the flood were shown on television.",
])
def test_striking_of_no_workers_is_no_strike(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "PROTEST" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "The nurses' strike in Kenya went ahead on Monday.",
    "The teachers' strike in Ghana went ahead despite the ministry's offer.",
])
def test_a_strike_that_went_ahead_is_a_strike(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("PROTEST", "strike")
    assert not primary.modality.negated


@pytest.mark.parametrize("text", [
    "The union said the strike would go ahead as planned despite the ministry's offer of a pay rise.",
    "The strike will go ahead as planned, the union said.",
])
def test_a_strike_said_to_go_ahead_is_no_strike_held(pipeline, text: str) -> None:
    """A strike still to come is coded as the union's stated intent (PLOVER THREATEN), never a strike held."""
    events = _events(pipeline, text)
    assert events
    assert not any(e.plover["type"] == "PROTEST" and not (e.modality.future or e.modality.hypothetical)
                   for e in events)


def test_a_strike_that_did_not_go_ahead_is_negated(pipeline) -> None:
    events = _events(pipeline, "The teachers' strike did not go ahead after the government raised pay.")
    strikes = [e for e in events if e.plover["type"] == "PROTEST"]
    assert strikes and all(e.modality.negated for e in strikes)


# --- 2. a game's result told in an "as" clause --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fans of the two clubs filled the stadium in Buenos Aires as Boca Juniors beat River Plate 2-1.",
    "Fans cheered as Manchester United beat Liverpool at Old Trafford.",
    "Fans filled the stadium as Boca Juniors beat River Plate.",
    "Supporters cheered in the stands as Ghana defeated Nigeria in Accra.",
    # control: a result with a score
    "Real Madrid beat Barcelona 3-1 in the Spanish capital.",
])
def test_a_game_watched_by_fans_is_no_assault(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "Supporters beat a rival fan with clubs after the 2-1 defeat.",
    "Police beat protesters outside the stadium in Nairobi.",
    "A mob beat a man near the stadium in Lagos.",
    "Unknown assailants attacked a bus near the stadium in Kaduna.",
    "Men armed with clubs attacked villagers outside the stadium.",
])
def test_violence_near_a_stadium_stays_violence(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] in ("ASSAULT", "PROTEST")


# --- 3. protests called for are asked for, not held ---------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Mozambique's opposition leader Venancio Mondlane called for three days of nationwide strikes starting "
     "Wednesday.", "MOZ"),
    ("The opposition in Kenya called for a week of protests against the new taxes.", "KEN"),
    ("Union leaders in Nigeria called for two days of strikes over fuel prices.", "NGA"),
    # control: a strike called for with a day after it
    ("The opposition in Mozambique called for a general strike on Monday.", "MOZ"),
])
def test_a_span_of_protests_called_for_is_a_request(pipeline, text: str, country: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "REQUEST"
    assert country in _countries(primary.source)
    assert not any(e.plover["type"] == "PROTEST" and not (e.modality.hypothetical or e.modality.future)
                   for e in events)


@pytest.mark.parametrize("text, country", [
    ("No protests were reported in Caracas on Saturday despite calls by the opposition for nationwide "
     "demonstrations.", "VEN"),
    ("Streets in Harare were calm despite calls by opposition leaders for a general strike.", "ZWE"),
])
def test_protests_in_a_call_by_someone_are_asked_for(pipeline, text: str, country: str) -> None:
    events = _events(pipeline, text)
    assert any(e.plover["type"] == "REQUEST" and country in _countries(e.source) for e in events)
    assert not any(e.plover["type"] == "PROTEST" and not e.modality.negated and not e.modality.hypothetical
                   for e in events), [(e.trigger.text, e.plover, e.modality) for e in events]


def test_protests_not_reported_are_negated(pipeline) -> None:
    events = _events(pipeline, "No protests were reported in Caracas on Saturday.")
    assert events and all(e.modality.negated for e in events if e.plover["type"] == "PROTEST")


@pytest.mark.parametrize("text", [
    # controls: protests held over days, and a strike that followed a call
    "Students in Santiago held three days of protests against the fare rise.",
    "Thousands marched in Nairobi after calls by the opposition for protests.",
])
def test_protests_held_stay_protests(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert any(e.plover["type"] == "PROTEST" and not e.modality.negated and not e.modality.hypothetical
               for e in events), [(e.trigger.text, e.plover) for e in events]


# --- 4. a crowd's act not permitted is a restriction --------------------------------------------------------

@pytest.mark.parametrize("text, country, sector", [
    ("Egyptian authorities have not authorised any protests since 2013, when a law was passed restricting "
     "demonstrations.", "EGY", "GOV"),
    ("Egyptian police did not allow the rally to go ahead.", "EGY", "COP"),
    ("Police in Nairobi did not authorize the march.", "KEN", "COP"),
    ("Police allowed no protests in the capital of Uganda.", "UGA", "COP"),
])
def test_a_protest_not_permitted_is_a_restriction(pipeline, text: str, country: str, sector: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover["mode"]) == ("COERCE", "restrict")
    assert not primary.modality.negated
    assert (country, sector) in {(a.country, a.sector) for a in primary.source}
    assert any(a.name and a.name.startswith("Protesters") for a in primary.target)
    named = {"rally", "march", "protests"}
    assert all(e.modality.negated for e in events
               if e.plover["type"] == "PROTEST" and e.trigger.text in named)


@pytest.mark.parametrize("text, country", [
    ("Police in Kampala refused to allow the opposition rally.", "UGA"),
    ("Police in Harare refused to permit the march.", "ZWE"),
])
def test_a_refusal_to_permit_a_protest_stays_a_refusal(pipeline, text: str, country: str) -> None:
    """The refusal is the news (CAMEO 1242, decline to ease popular dissent); the restriction it tells is
    coded beside it, and no protest is held."""
    events = _events(pipeline, text)
    assert next(e for e in events if e.primary).plover["type"] == "REJECT"
    restrictions = [e for e in events if (e.plover["type"], e.plover["mode"]) == ("COERCE", "restrict")]
    assert restrictions and country in _countries(restrictions[0].source)
    assert any(a.name and a.name.startswith("Protesters") for a in restrictions[0].target)
    assert not any(e.plover["type"] == "PROTEST" and not e.modality.negated for e in events)


@pytest.mark.parametrize("text, plover", [
    # controls: a protest permitted, a ban, access not allowed
    ("The government allowed the march to go ahead.", "CONCEDE"),
    ("Police authorised the protest in central Lagos.", "CONCEDE"),
    ("Authorities in Dhaka banned all rallies in the capital.", "COERCE"),
])
def test_protests_permitted_or_banned_keep_their_coding(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert any(a.name and a.name.startswith("Protesters") for a in primary.target)


def test_access_not_allowed_stays_as_it_was(pipeline) -> None:
    events = _events(pipeline, "The government did not allow journalists to enter the area.")
    assert [(e.plover["type"], e.modality.negated) for e in events] == [("RETREAT", True)]


# --- 5. a protest called off stays a concession (PLOVER CONCEDE lists "suspending protests") ----------------

@pytest.mark.parametrize("text", [
    "The opposition National Unity Party called off a planned march in Harare after police refused to grant "
    "a permit.",
    "Opposition supporters in Lusaka cancelled a rally planned for Saturday.",
])
def test_a_protest_called_off_is_no_protest_held(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert _primary(pipeline, text).plover["type"] == "CONCEDE"
    assert not any(e.plover["type"] == "PROTEST" and not e.modality.negated for e in events)


# --- 6. a threat's mode is what it threatens; a refusal to meet is REJECT meet -----------------------------

@pytest.mark.parametrize("text, mode, country", [
    ("Teachers' unions in Nigeria threatened to begin an indefinite strike next week unless the government "
     "pays salary arrears.", "restrict", "NGA"),
    ("The doctors' union in Kenya threatened to strike.", "restrict", "KEN"),
    ("The pilots' union in France threatened a strike over pay.", "restrict", "FRA"),
    ("Taxi drivers in Kenya will strike next week unless fares rise, their union warned.", "restrict", "KEN"),
    ("Russia's Interior Ministry warned that anyone taking part in unauthorised rallies in support of Alexei "
     "Navalny would be prosecuted.", "arrest", "RUS"),
    ("Police in Uganda threatened to arrest the protesters.", "arrest", "UGA"),
    ("North Korea threatened to attack South Korea.", "violence", "PRK"),
    ("Iran threatened military action against Israel.", "violence", "IRN"),
    ("Turkey threatened to launch a military operation in northern Syria.", "violence", "TUR"),
])
def test_a_threat_takes_its_mode_from_what_it_threatens(pipeline, text: str, mode: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("THREATEN", mode)
    assert country in _countries(primary.source)


def test_a_threatened_strike_is_not_held(pipeline) -> None:
    events = _events(pipeline, "The doctors' union in Kenya threatened to strike.")
    assert not any(e.plover["type"] == "PROTEST" and not (e.modality.hypothetical or e.modality.future)
                   for e in events)


def test_a_threat_of_military_action_is_aimed_at_the_state_named(pipeline) -> None:
    primary = _primary(pipeline, "Iran threatened military action against Israel.")
    assert _countries(primary.target) == {"ISR"}


@pytest.mark.parametrize("text, plover, mode", [
    ("The government refused to meet the rebels.", "REJECT", "meet"),
    ("The president of Kenya refused to meet opposition leaders in Nairobi.", "REJECT", "meet"),
    ("The rebels rejected calls for talks with the government.", "REJECT", "meet"),
    # controls: a plain threat, a refusal of something else, a plain rejection
    ("Iran threatened the United States.", "THREATEN", None),
    ("Hamas refused to release the hostages.", "REJECT", None),
    ("The government rejected the proposal.", "REJECT", None),
])
def test_refusals_and_plain_threats(pipeline, text: str, plover: str, mode: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == (plover, mode)
