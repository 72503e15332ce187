"""Follow-ups of session 63's probes (round followups63): a town named as what an attack hit stays a place
whatever the tagger calls it ("The 3R rebel group attacked Bouar", "ADF rebels attacked Kumbo"), the country
where the violence hit standing for it as for a town the tagger calls a place; a people's or country's name
for its language ("the use of French in courts") or before its currency ("US dollar salaries") names no
state; a nationality's fighters "of" a named armed group are that group ("Angolan separatists of the FLEC");
a second clause's subject the parse hung on the first clause's words acts its own clause ("... in Manzini
and security forces killed several people"); a people's "warriors" are its communal militia; partyless
clashes told beside arrests of protesters are the protest's violence; the bare people a clash of two armed
sides killed are its toll, not a civilian side; state vessels ramming each other with no one killed is no
armed clash; and a state's blow placed only in its own country is placed in the country of whoever told of
it. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2023-05-01"):
    return list(pipeline.code(document_from_text(text, doc_id="followups63", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str]:
    return [a.acled_actor or a.name for a in actors]


# 1. a town attacked: the place, not a body or a man of its name
@pytest.mark.parametrize("text, place, target", [
    ("The 3R rebel group attacked Bouar on Sunday.", "Bouar", ("CAF", None)),
    ("An armed group attacked Kumbo on Sunday.", "Kumbo", ("CMR", None)),
    # controls: a town the tagger already calls a place; victims named; a man attacked in the town
    ("Rebels attacked Bouar on Sunday.", "Bouar", ("CAF", None)),
    ("An armed group attacked Kumbo on Sunday, killing four people.", "Kumbo",
     ("CMR", "Civilians (Cameroon)")),
    ("The rebel group attacked Jean Kamba in Bouar on Sunday.", "Bouar",
     ("CAF", "Civilians (Central African Republic)")),
])
def test_town_attacked_is_the_place(pipeline, text: str, place: str, target: tuple) -> None:
    event = _event(pipeline, text, "attacked")
    assert event.location is not None and event.location.name == place
    assert [(a.country, a.acled_actor) for a in event.target] == [target]


# 2. a language or a currency names no state
@pytest.mark.parametrize("text, word, banned", [
    ("To protest the use of French in Anglophone courts, lawyers marched in Bamenda.", "marched", "FRA"),
    ("Lawyers protested against the imposition of English in courts in Quebec.", "protested", "GBR"),
    ("Teachers went on strike to demand US dollar salaries in Harare.", "demand", "USA"),
])
def test_language_or_currency_no_state(pipeline, text: str, word: str, banned: str) -> None:
    event = _event(pipeline, text, word)
    assert all(a.country != banned for a in event.target)


@pytest.mark.parametrize("text, word, country", [
    # controls: the state or its forces named as such
    ("Protesters marched to the French embassy in Bamako to demand the withdrawal of French troops.",
     "demand", "FRA"),
    ("Students protested in Bamako, demanding that the French leave Mali.", "protested", "FRA"),
    ("Workers in Harare demanded that the US lift its sanctions.", "demanded", "USA"),
])
def test_state_still_named(pipeline, text: str, word: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert any(a.country == country for a in event.target)


# 3. a nationality's fighters "of" a named armed group: that group
@pytest.mark.parametrize("text, word, source", [
    ("Angolan separatists of the FLEC killed 7 soldiers in Cabinda.", "killed",
     "FLEC: Front for the Liberation of the Enclave of Cabinda"),
    ("Russian mercenaries of the Wagner group killed 12 civilians in Mali.", "killed", "Wagner Group"),
    ("Somali militants of al-Shabaab attacked a base in Lower Shabelle.", "attacked", "Al Shabaab"),
    # controls: no group named after "of"; no "of"
    ("Angolan separatists of the northern enclave killed 7 soldiers in Cabinda.", "killed",
     "Unidentified Armed Group (Angola)"),
    ("Russian mercenaries killed 12 civilians in Mali.", "killed", "Unidentified Armed Group (Russia)"),
    ("Angolan soldiers of the 3rd brigade killed 7 rebels in Cabinda.", "killed",
     "Military Forces of Angola (2017-)"),
])
def test_fighters_of_named_group(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


# 4. a second clause's subject the parse hung on the first clause's words
def test_stranded_second_subject(pipeline) -> None:
    text = "Protesters set fire to shops in Manzini and security forces killed several people."
    killing = _event(pipeline, text, "killed")
    assert [a.inter for a in killing.source] == [1]
    assert all(a.inter != 1 for a in _event(pipeline, text, "set fire").target)


@pytest.mark.parametrize("text, word, inter", [
    # controls: a participle's killing is the first clause's doers'; a clause with its own subject
    ("Protesters set fire to shops in Manzini, killing several people.", "set fire", 5),
    ("Protesters burned tyres in Nairobi after police killed two students.", "killed", 1),
    ("Rebels attacked the town and killed several people in Beni.", "attacked", 2),
])
def test_stranded_controls(pipeline, text: str, word: str, inter: int) -> None:
    assert [a.inter for a in _event(pipeline, text, word).source] == [inter]


# 5. a people's warriors: its communal militia; never "warriors" alone
@pytest.mark.parametrize("text, word, source, inter", [
    ("Karimojong warriors raided cattle in Kotido, killing three herders.", "raided",
     "Karamojong Ethnic Militia (Uganda)", 4),
    ("Maasai warriors clashed with police in Narok.", "clashed", "Maasai Ethnic Militia (Kenya)", 4),
])
def test_people_warriors_militia(pipeline, text: str, word: str, source: str, inter: int) -> None:
    event = _event(pipeline, text, word)
    assert [(a.acled_actor, a.inter) for a in event.source] == [(source, inter)]
    assert event.acled["event_type"] != "Riots"


def test_warriors_alone_no_militia(pipeline, resolver) -> None:
    for phrase in ("warriors", "the Warriors", "Golden State Warriors"):
        actor = resolver.resolve(phrase, where="USA")
        assert actor is None or actor.inter != 4


# 6. partyless clashes told beside arrests of protesters: the protest's
def test_clashes_beside_protest_arrests(pipeline) -> None:
    text = "Police detained 63 protesters after clashes outside parliament in Tbilisi."
    assert _primary(pipeline, text).acled["sub_event_type"] == "Protest with intervention"
    assert _event(pipeline, text, "clashes").acled["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize("text", [
    # controls: armed men arrested; clashes elsewhere with their own victims
    "Police arrested 12 gunmen after clashes in Tbilisi.",
    "Police detained 63 protesters in Tbilisi after clashes in the north killed 20 soldiers.",
])
def test_clashes_not_protest(pipeline, text: str) -> None:
    assert _event(pipeline, text, "clashes").acled["sub_event_type"] == "Armed clash"


# 7. the bare people a clash of two armed sides killed: its toll, no third side
@pytest.mark.parametrize("text, sides, dead", [
    ("Kyrgyz and Tajik border guards clashed on the border, killing at least 24 people.", 1, 24),
    ("Soldiers and rebels clashed in Beni, killing 12 people.", 1, 12),
])
def test_clash_dead_no_civilians(pipeline, text: str, sides: int, dead: int) -> None:
    event = _event(pipeline, text, "clashed")
    assert event.fatalities == dead
    assert len(event.target) == sides and all(a.inter != 7 for a in event.target)


def test_clash_named_civilians_stay(pipeline) -> None:
    event = _event(pipeline, "Soldiers clashed with rebels in Beni, killing five civilians.", "clashed")
    assert any(a.inter == 7 for a in event.target)


# 8. state vessels ramming each other, no one killed: no armed clash
@pytest.mark.parametrize("text, event_type", [
    ("A Chinese coast guard vessel rammed a Philippine coast guard ship near Second Thomas Shoal.",
     "Strategic developments"),
    ("The Chinese coast guard rammed a Philippine supply boat in the South China Sea.",
     "Strategic developments"),
    # control: a suicide ramming that kills
    ("Suicide bombers rammed the American destroyer in Aden, killing 17 sailors.",
     "Explosions/Remote violence"),
])
def test_state_ramming(pipeline, text: str, event_type: str) -> None:
    assert _event(pipeline, text, "rammed").acled["event_type"] == event_type


# 9. a state's blow placed only in its own country: in the teller's
@pytest.mark.parametrize("text, country", [
    ("Russia fired two ballistic missiles on Thursday, Ukraine's air force said.", "UKR"),
    ("Russia launched 40 drones overnight, Ukraine's air force said.", "UKR"),
    ("Iran fired missiles on Tuesday, Israel's military said.", "ISR"),
    # controls: a place hit named; the doer's own teller; North Korea's launches, its tests at home
    ("Russia fired two ballistic missiles at Kharkiv on Thursday, Ukraine's air force said.", "UKR"),
    ("Russia fired two ballistic missiles on Thursday, Russia's defence ministry said.", "RUS"),
    ("North Korea fired two ballistic missiles on Thursday, South Korea's military said.", "PRK"),
])
def test_blow_at_tellers_country(pipeline, text: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None and event.location.country == country
