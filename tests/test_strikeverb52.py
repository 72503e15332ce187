"""Headline verbs of labour unrest (round strikeverb52, item unrest-4): "strike" done by working people, any
role of a working sector in the actor dictionaries or a listed word ("Nigerian pharmacists strike over unpaid
allowances", "Argentine truckers strike", "Pakistan traders strike against inflation", "Hollywood actors
strike"), with no object but a firm's name, is a walkout (PROTEST strike, CAMEO 143, a peaceful protest), as
is a noun "strike" told by such people ("South African miners strike for higher wages", "a strike by
pharmacists"); a listed object stays what it was ("the union struck a deal" is an agreement). "Teargas" and
"tear-gas" in a verbless headline between the forces and people ("Police teargas protesters in Kampala",
"Zimbabwe police tear-gas striking doctors") are crowd control by the forces; "Riot" parsed as a noun of its
own before "police" is no riot. Controls: military "strike" (jets, rebels, gunmen, missiles, states), armed
herders, firms, a blow to a person and the other crowd-control and riot sentences keep their coding.
Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="strikeverb52", published="2019-08-20")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return event.acled.get("event_type"), event.acled.get("sub_event_type")


# 1. the verb "strike" done by working people, with no object: a walkout
@pytest.mark.parametrize("text, country, sector", [
    ("Kenyan lecturers strike for a third week", "KEN", "EDU"),
    ("Nigerian pharmacists strike over unpaid allowances", "NGA", "HLH"),
    ("Argentine truckers strike over fuel shortages", "ARG", "LAB"),
    ("Pakistan traders strike against inflation", "PAK", "BUS"),
    ("Hollywood actors strike after talks with studios fail", "USA", None),
    # variants
    ("Dockers strike at Antwerp port", "BEL", "LAB"),
    ("Air traffic controllers strike in France", "FRA", "LAB"),
    ("Journalists strike over unpaid wages in Lagos", "NGA", "JRN"),
    ("Civil servants strike over unpaid salaries in Nigeria", "NGA", None),
    ("Shopkeepers strike against new tax in Karachi", "PAK", None),
    ("Indian lawyers strike over attack on colleague", "IND", None),
    ("Zambian teachers strike over unpaid salaries", "ZMB", "EDU"),
    ("Hollywood writers strike over streaming pay", "USA", "JRN"),
])
def test_working_people_strike(pipeline, text: str, country: str, sector: str | None) -> None:
    event = _event(pipeline, text, "strike")
    assert event.primary
    assert (event.plover.get("type"), event.plover.get("mode")) == ("PROTEST", "strike")
    assert event.cameo.get("code") == "143"
    assert _acled(event) == ("Protests", "Peaceful protest")
    source = event.source[0]
    assert (source.country, source.inter) == (country, 6)
    if sector is not None:
        assert source.sector == sector


# 2. the noun "strike" told by working people before it or after "by": a walkout
@pytest.mark.parametrize("text, country, sector", [
    ("South African miners strike for higher wages", "ZAF", "LAB"),
    # variants
    ("A strike by pharmacists shut drugstores across Nigeria.", "NGA", "HLH"),
    ("Kenyan doctors' strike enters third week", "KEN", "HLH"),
    ("Ghanaian nurses strike enters second week", "GHA", "HLH"),
])
def test_working_people_strike_noun(pipeline, text: str, country: str, sector: str) -> None:
    event = _event(pipeline, text, "strike")
    assert (event.plover.get("type"), event.plover.get("mode")) == ("PROTEST", "strike")
    assert _acled(event) == ("Protests", "Peaceful protest")
    source = event.source[0]
    assert (source.country, source.sector, source.inter) == (country, sector, 6)


@pytest.mark.parametrize("text, word, country, sector", [
    # working people told striking, before or after them (before: by a closed list of workers)
    ("Striking truckers blocked highways in Brazil.", "Striking", "BRA", "LAB"),
    ("Pharmacists striking over unpaid allowances shut drugstores in Nigeria.", "striking", "NGA", "HLH"),
])
def test_working_people_striking(pipeline, text: str, word: str, country: str, sector: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.plover.get("mode")) == ("PROTEST", "strike")
    source = event.source[0]
    assert (source.country, source.sector, source.inter) == (country, sector, 6)


# 3. controls: what is no walkout stays as it was (or now reads its listed object)
@pytest.mark.parametrize("text, word, plover, acled", [
    ("Nurses strike over pay in Scotland", "strike", ("PROTEST", "strike"), ("Protests", "Peaceful protest")),
    ("Israeli jets strike Hamas targets in Gaza", "strike", ("ASSAULT", "aerial"),
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Rebels strike army base in eastern Congo", "strike", ("ASSAULT", None), ("Battles", "Armed clash")),
    ("Gunmen strike village in Zamfara, killing 12", "strike", ("ASSAULT", None),
     ("Violence against civilians", "Attack")),
    ("Russian missiles strike Kyiv", "strike", ("ASSAULT", "heavy-weapons"),
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A Russian strike hit a hotel in Kharkiv.", "strike", ("ASSAULT", "aerial"),
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Armed herders strike village in Benue", "strike", ("ASSAULT", None),
     ("Violence against civilians", "Attack")),
    ("Israel strikes back at Hezbollah", "strikes", ("ASSAULT", None), ("Battles", "Armed clash")),
    ("The two sides struck a deal on Monday.", "struck", ("AGREE", None),
     ("Strategic developments", "Agreement")),
    # a listed object outranks working people as the doers (before: a strike)
    ("The union struck a deal with the company on Monday.", "struck", ("AGREE", None),
     ("Strategic developments", "Agreement")),
    ("Workers strike deal with employer over pay", "strike", ("AGREE", None),
     ("Strategic developments", "Agreement")),
])
def test_strike_controls(pipeline, text: str, word: str, plover: tuple, acled: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.plover.get("mode") or None) == plover
    assert _acled(event) == acled


@pytest.mark.parametrize("text", [
    "Fulani herdsmen strike again in Plateau, killing 10",
    "Company strikes deal with union",
    "Lightning strikes kill three in Bihar",
    "Miners struck gold in the hills.",
    "Students struck a teacher with a chair.",
])
def test_strike_controls_no_walkout(pipeline, text: str) -> None:
    assert not any(e.plover.get("mode") == "strike" for e in _events(pipeline, text))


# 4. "teargas" / "tear-gas" between the forces and people in a verbless headline: crowd control
@pytest.mark.parametrize("text, word, source, country, target", [
    ("Police teargas protesters in Kampala", "teargas", "Police Forces of Uganda", "UGA", "protesters"),
    ("Zimbabwe police tear-gas striking doctors", "gas", "Police Forces of Zimbabwe", "ZWE",
     "striking doctors"),
    # variants
    ("Riot police teargas students in Nairobi", "teargas", "Police Forces of Kenya", "KEN", "students"),
    ("Police teargas opposition supporters in Harare", "teargas", "Police Forces of Zimbabwe", "ZWE",
     "opposition supporters"),
    ("Kenyan police teargas Odinga supporters", "teargas", "Police Forces of Kenya", "KEN",
     "Odinga supporters"),
    ("Nigerian police tear-gas protesters in Lagos", "gas", "Police Forces of Nigeria", "NGA", "protesters"),
    ("Troops teargas demonstrators in Conakry", "teargas", "Military Forces of Guinea", "GIN",
     "demonstrators"),
])
def test_teargas_headline(pipeline, text: str, word: str, source: str, country: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.primary
    assert (event.plover.get("type"), event.plover.get("mode")) == ("ASSAULT", "crowd-control")
    assert event.cameo.get("code") == "175"
    assert _acled(event) == ("Protests", "Protest with intervention")
    assert [a.name for a in event.source] == [source]
    assert [(a.text, a.country, a.inter) for a in event.target] == [(target, country, 6)]


@pytest.mark.parametrize("text", [
    # controls: teargas a noun of the forces' gear, with a verb of its own
    "Police teargas canisters injure protesters",
    "Police teargas attack on protesters condemned",
])
def test_teargas_noun_controls(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "teargas" for e in _events(pipeline, text))


# 5. "Riot police": the police's modifier is no riot, and their crowd is protesters
@pytest.mark.parametrize("text, word, target", [
    ("Riot police tear-gassed demonstrators outside parliament in Accra on Monday.", "gassed",
     ("Protesters (Ghana)", "GHA", 6)),
    ("Riot police teargassed students outside the university in Nairobi.", "teargassed",
     ("Protesters (Kenya)", "KEN", 6)),
    # controls (already right)
    ("Riot police used tear gas to disperse protesters in Nairobi.", "used",
     ("Protesters (Kenya)", "KEN", 6)),
    ("Police tear-gassed thousands of protesters in Caracas on Monday.", "gassed",
     ("Protesters (Venezuela)", "VEN", 6)),
    ("Riot police tear-gassed hundreds of students in Kampala on Tuesday.", "gassed",
     ("Protesters (Uganda)", "UGA", 6)),
])
def test_riot_police_no_riot(pipeline, text: str, word: str, target: tuple) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover.get("mode") == "riot" for e in events)
    event = next(e for e in events if e.trigger.text == word)
    assert (event.plover.get("type"), event.plover.get("mode")) == ("ASSAULT", "crowd-control")
    assert _acled(event) == ("Protests", "Protest with intervention")
    assert [(a.name, a.country, a.inter) for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    # controls: a riot told as a noun of its own
    "A riot broke out in the prison on Monday.",
    "The prison riot left five inmates dead.",
])
def test_riot_noun_controls(pipeline, text: str) -> None:
    assert any(e.trigger.text == "riot" and e.plover.get("mode") == "riot" for e in _events(pipeline, text))
