"""Places and names of several countries read by what the sentence says (round geo2_45).

- a town's English spelling that GeoNames keeps as an alternate name ("Jenin" for Janin, West Bank) counts a
  tenth of the town, not a hundredth: a namesake village thirty times smaller no longer wins;
- ground that is shelled, bombed or raided is a place whatever the tagger calls it ("shelled Kherson"), and
  the violence hits that place's country, never an actor named like the town with no country;
- a party whose name many countries' parties have ("Democratic Party", "Labour Party") is the party of the
  country the phrase names, or of the story's when it is the opposition or ruling party;
- a people's rebels fought by the state of the story's country are that country's rebels ("Burundi's army
  killed 30 Hutu rebels": Burundi's, not Rwanda's), the event stays there.

Sentences written for the test, with controls that keep their coding.
"""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="geo2_45")) if e.primary), None)


def _places(pipeline, text: str):
    return pipeline.geocoder.places(pipeline.nlp(text), adjectives=False)


def _side(actors) -> tuple:
    return tuple((a.country, a.sector) for a in actors)


# --- 1. a respelling of a town's own name; ground that is shelled or raided

@pytest.mark.parametrize("text, name, country", [
    ("Clashes erupted in Jenin.", "Jenin", "PSE"),
    ("Israeli troops raided Jenin.", "Jenin", "PSE"),
    ("Israeli troops raided Jenin on Monday.", "Jenin", "PSE"),
    ("Two men were killed in Jenin overnight.", "Jenin", "PSE"),
    ("Israeli troops raided Tulkarem.", "Tulkarem", "PSE"),
    ("Russian troops shelled Kherson.", "Kherson", "UKR"),
    # controls: the village where the story says it is; a town whose own name is the name
    ("The festival was held in Jenin, a village in Poland.", "Jenin", "POL"),
    ("Israeli troops raided Nablus.", "Nablus", "PSE"),
    ("Police in Hanover, New Hampshire, arrested a man.", "Hanover", "USA"),
])
def test_a_town_by_its_english_spelling(pipeline, text: str, name: str, country: str) -> None:
    place = next(p for p in _places(pipeline, text) if p.text == name)
    assert place.country == country


@pytest.mark.parametrize("text, target", [
    ("Israeli troops raided Jenin.", ("PSE", None)),
    ("Israeli troops raided Jenin on Monday.", ("PSE", None)),
    ("Russian troops shelled Kherson.", ("UKR", None)),
    ("Russian troops shelled Kherson on Monday.", ("UKR", None)),
    ("Russian troops shelled Kharkiv.", ("UKR", None)),
    ("Russian forces shelled Kharkiv and Kherson overnight.", ("UKR", None)),
    ("Israeli troops raided Tulkarm.", ("PSE", None)),
    # controls
    ("Israeli troops raided Nablus.", ("PSE", None)),
    ("Israeli jets shelled Beirut.", ("LBN", "CVL")),
    ("Israeli troops raided a refugee camp near Jenin.", ("PSE", "REF")),
])
def test_a_place_shelled_or_raided_hits_its_country(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _side(primary.target)[:1] == (target,)
    assert all(a.country for a in primary.target)


@pytest.mark.parametrize("text", [
    "Troops captured Mohammed near the border.",
    "Police arrested Ahmed Kherson on Monday.",
])
def test_a_man_taken_is_no_place(pipeline, text: str) -> None:
    assert not _places(pipeline, text)


# --- 2. a party of a shared name

@pytest.mark.parametrize("text, country", [
    ("Albania's opposition Democratic Party called off its boycott of parliament.", "ALB"),
    ("The Albanian Democratic Party called off its boycott of parliament.", "ALB"),
    ("The opposition Democratic Party called off its boycott of parliament in Tirana.", "ALB"),
    ("Albanian police arrested 20 protesters in Tirana. The opposition Democratic Party called off its "
     "boycott of parliament.", "ALB"),
    ("Malta's opposition Labour Party called for new elections.", "MLT"),
    ("New Zealand's opposition National Party criticized the budget.", "NZL"),
    ("Norway's Conservative Party criticized the budget.", "NOR"),
    # controls: the listed party itself
    ("The Democratic Party criticized President Trump.", "USA"),
    ("Democrats in Congress blocked the bill.", "USA"),
    ("The opposition Republican Party criticized President Biden.", "USA"),
    ("Britain's opposition Labour Party called for new elections.", "GBR"),
    ("The Israeli Labor Party criticized Prime Minister Netanyahu.", "ISR"),
])
def test_a_party_of_a_shared_name_is_of_the_country_named(pipeline, text: str, country: str) -> None:
    event = [e for e in pipeline.code(document_from_text(text, doc_id="geo2_45"))][-1]
    party = event.source[0]
    assert (party.country, party.sector) == (country, "PTY")


# --- 3. a people is no country

@pytest.mark.parametrize("text, target", [
    ("Burundi's army killed 30 Hutu rebels.", "BDI"),
    ("Burundi's Tutsi-led army killed 30 Hutu rebels in clashes near the border with Tanzania.", "BDI"),
    ("Burundi's Tutsi-led army killed 30 Hutu rebels in clashes near the border with Zaire.", "BDI"),
    # controls: rebels of a people abroad, other peoples at home, named groups abroad
    ("Congolese troops clashed with Hutu rebels in North Kivu.", "RWA"),
    ("Turkish troops killed 20 Kurdish rebels near the Iraqi border.", "TUR"),
    ("Sri Lankan troops killed 20 Tamil rebels.", "LKA"),
    ("Kenyan troops clashed with Al Shabaab.", "SOM"),
    ("Israeli jets struck Hezbollah positions.", "LBN"),
])
def test_a_peoples_rebels_are_of_the_country_fighting_them(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.target[0].country == target
