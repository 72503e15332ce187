"""London's quarters and disputed sea features (round seas52). British protest and politics news places events
by a quarter or landmark of London with no city named ("in Westminster", "from Hyde Park", "in Whitehall",
"through Camden"): these are London's (geo/data/aliases.yaml ``towns``), not their American namesakes, and
the unnamed actors are British; a US cue still picks the American town. A lower-case compass word before a
city many times the size of the town named with it ("in east London", "in east Berlin") is a part of that
city, not East London, South Africa; "east Jerusalem" keeps its part. "Columbia University" is in New York,
not Columbia, South Carolina. The reefs, shoals and islands of East Asian seas and other disputed features
(geo/data/areas.yaml) are the event's place, in the country that holds them, not the attacker's; "Johnson
South Reef" is no Boris Johnson. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="seas52", published="2024-03-10"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.name, loc.country) if loc is not None else (None, None)


def _countries(actors) -> list[str | None]:
    return [a.country for a in actors]


# 1. a quarter or landmark of London with no city named: London's, and the unnamed actors British
@pytest.mark.parametrize("text, word, place", [
    ("Protesters gathered in Westminster on Saturday.", "gathered", "Westminster"),
    ("Police arrested 40 people in Whitehall after a protest against the war.", "arrested", "Whitehall"),
    ("Protesters marched from Hyde Park to Downing Street.", "marched", "Hyde Park"),
    ("Protesters rallied in Kensington on Saturday.", "rallied", "Kensington"),
    ("Protesters marched through Camden.", "marched", "Camden"),
    ("Police arrested 60 members of Just Stop Oil in Westminster.", "arrested", "Westminster"),
    # variants
    ("Police arrested 30 protesters outside Parliament Square on Tuesday.", "arrested", "Parliament Square"),
    ("Thousands of protesters gathered in Trafalgar Square.", "gathered", "Trafalgar Square"),
    ("Youths clashed with police in Hackney overnight.", "clashed", "Hackney"),
    ("Police arrested 12 people in Soho after a brawl.", "arrested", "Soho"),  # control
])
def test_london_quarters_are_londons(pipeline, text: str, word: str, place: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == (place, "GBR")
    assert set(_countries(event.source)) | set(_countries(event.target)) <= {"GBR", None}


# 2. a lower-case compass word before a big city: a part of that city
@pytest.mark.parametrize("text, word, where", [
    ("Climate activists blocked roads in east London.", "blocked", ("London", "GBR")),
    ("Two men were charged with arson after a fire at a warehouse in east London.", "arson",
     ("London", "GBR")),
    ("Riot police clashed with protesters in east Berlin.", "clashed", ("Berlin", "DEU")),
    # controls
    ("A man was stabbed in west London on Friday, police said.", "stabbed", ("London", "GBR")),
    ("Rioters burned cars in east Belfast.", "burned", ("Belfast", "GBR")),
    ("A car bomb exploded in East London, South Africa.", "exploded", ("East London", "ZAF")),
    ("Israeli police detained three Palestinians in east Jerusalem.", "detained", ("East Jerusalem", "PSE")),
])
def test_compass_word_before_a_city(pipeline, text: str, word: str, where: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert not ({"ZAF", "USA"} - {where[1]}) & (set(_countries(event.source)) | set(_countries(event.target)))


# 3. the namesakes keep their own place with a cue; Columbia University is New York's
@pytest.mark.parametrize("text, word, where", [
    ("Students occupied a library at Columbia University.", "occupied", ("Columbia University", "USA")),
    ("New York police arrested more than 100 people at Columbia University.", "arrested",
     ("Columbia University", "USA")),
    # controls
    ("Police in Westminster, Colo., arrested a man after a shooting at a Denver mall.", "arrested",
     ("Westminster", "USA")),
    ("Protesters rallied in Paris, Texas.", "rallied", ("Paris", "USA")),
    ("Far-right protesters rallied in Kingston upon Hull.", "rallied", ("Kingston upon Hull", "GBR")),
    ("Riot police fired tear gas at protesters in Saint-Denis, north of Paris.", "fired",
     ("Saint-Denis", "FRA")),
])
def test_namesakes_with_a_cue(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 4. a disputed reef, shoal or island is the event's place, in the country that holds it
@pytest.mark.parametrize("text, word, where", [
    ("A Chinese ship rammed a Philippine supply boat near Second Thomas Shoal on Monday.", "rammed",
     ("Second Thomas Shoal", "PHL")),
    ("Chinese coast guard ships fired water cannon at Filipino fishermen near Scarborough Shoal.", "fired",
     ("Scarborough Shoal", "PHL")),
    ("Chinese coast guard vessels fired water cannon at a Philippine ship near Sabina Shoal.", "fired",
     ("Sabina Shoal", "PHL")),
    ("Chinese militia vessels harassed Philippine fishermen at Whitsun Reef.", "harassed",
     ("Whitsun Reef", "PHL")),
    ("Chinese ships blocked Philippine boats near Mischief Reef.", "blocked", ("Mischief Reef", "PHL")),
    ("North Korea fired artillery shells at Yeonpyeong Island, killing two marines.", "fired",
     ("Yeonpyeong Island", "KOR")),
    ("Argentine jets bombed British ships at Bluff Cove.", "bombed", ("Bluff Cove", "FLK")),
    ("Chinese coast guard ships patrolled near the Senkaku Islands.", "patrolled",
     ("Senkaku Islands", "JPN")),
    # variants
    ("Chinese coast guard ships blocked a Philippine resupply mission to the Ayungin Shoal.", "blocked",
     ("Ayungin Shoal", "PHL")),
    ("Chinese vessels fired water cannon at Philippine ships near Scarborough Shoal, off the coast of "
     "Zambales.", "fired", ("Scarborough Shoal", "PHL")),
    ("Indonesian warships fired warning shots at Chinese trawlers off the Natuna Islands.", "fired",
     ("Natuna Islands", "IDN")),
    # controls
    ("Taiwan's coast guard expelled Chinese ships near Kinmen.", "expelled", ("Kinmen", "TWN")),
    ("Russian forces withdrew from Snake Island in the Black Sea.", "withdrew", ("Snake Island", "UKR")),
    ("Pirates hijacked a tanker near Socotra.", "hijacked", ("Socotra", "YEM")),
    ("Chinese coast guard ships fired water cannon at Philippine vessels off Palawan.", "fired",
     ("Palawan", "PHL")),
    ("Ecuador's navy detained a Chinese fishing vessel carrying 300 tonnes of sharks near the Galapagos "
     "Islands.", "detained", ("Galapagos", "ECU")),
    ("The Philippine coast guard said Chinese vessels harassed its ships on Tuesday.", "harassed",
     ("Philippines", "PHL")),
])
def test_disputed_sea_features(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


def test_victims_on_yeonpyeong_are_south_korean(pipeline) -> None:
    text = "North Korea fired artillery shells at Yeonpyeong Island, killing two marines."
    event = _event(pipeline, text, "fired")
    assert _countries(event.target) == ["KOR"]


# 5. "Johnson South Reef" is a reef, not Boris Johnson nor Johnson County
@pytest.mark.parametrize("text, word, target", [
    ("Chinese warships fired on Vietnamese sailors at Johnson South Reef in 1988.", "fired", ["VNM"]),
    # control: a person named Johnson stays one
    ("A man attacked Boris Johnson in London on Friday.", "attacked", ["GBR"]),
])
def test_johnson_south_reef_is_no_person(pipeline, text: str, word: str, target: list) -> None:
    event = _event(pipeline, text, word)
    assert _countries(event.target) == target
    assert _where(event)[1] not in ("USA",)
