"""Counted totals (round total51): "A total of N X ..." in a ministry's or agency's words names the X
it counts, as "Some N X" and "N X" do: the phrase steps through "a total of" to the counted noun for the
roles (extract/roles.py PARTITIVE), for the trigger's object test ("neutralized a total of 12 terrorists":
armed men, triggers.yaml `partitives`), for the actor lookup ("total" a dropped leading word in roles.yaml
`determiners`), and for the kind of a count ("neutralised a total of eight terrorists": killed,
quantities._counted_in). An arrest with no doer of people named as protesters is an intervention at their
protest. "total" of its own ("a total blockade", "a total strike", "the total of the votes") is unchanged.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="total51", published="2024-09-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


def _names(actors) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in actors]


# 1. the victims a total counts: the target, its kind and the ACLED type; the dead counted
@pytest.mark.parametrize("text, word, target, acled, dead", [
    ("A total of 12 terrorists were neutralized in the operations, the ministry said.", "neutralized",
     ("Rebels", None, "REB"), ("Battles", "Armed clash"), 12),
    ("Troops killed a total of 31 bandits in Zamfara last week.", "killed",
     ("Unidentified Armed Group (Nigeria)", "NGA", "UAF"), ("Battles", "Armed clash"), 31),
    ("Security forces killed a total of 14 militants in three operations in Balochistan.", "killed",
     ("Rebels (Pakistan)", "PAK", "REB"), ("Battles", "Armed clash"), 14),
    ("A total of six soldiers were martyred in the attack, the ISPR said.", "attack",
     ("Military Forces", None, "MIL"), ("Battles", "Armed clash"), 6),
    ("A total of 20 Houthi fighters were killed in clashes south of Marib.", "clashes",
     ("Houthis", "YEM", "REB"), ("Battles", "Armed clash"), 20),
    # variants
    ("Soldiers neutralized a total of eight terrorists in Borno.", "neutralized",
     ("Rebels (Nigeria)", "NGA", "REB"), ("Battles", "Armed clash"), 8),
    ("Turkish forces neutralized a total of 23 PKK terrorists last week, the ministry said.", "neutralized",
     ("PKK", "TUR", "REB"), ("Battles", "Armed clash"), 23),
    ("A total of 5 Al-Shabaab militants were killed in an airstrike near Kismayo.", "airstrike",
     ("al-Shabaab", "SOM", "REB"), ("Explosions/Remote violence", "Air/drone strike"), 5),
    # controls: the same without "a total of"
    ("Some 12 terrorists were neutralized in the operations, the ministry said.", "neutralized",
     ("Rebels", None, "REB"), ("Battles", "Armed clash"), 12),
    ("Soldiers neutralized eight terrorists in Borno.", "neutralized",
     ("Rebels (Nigeria)", "NGA", "REB"), ("Battles", "Armed clash"), 8),
    ("Six soldiers were martyred in the attack, the ISPR said.", "attack",
     ("Military Forces", None, "MIL"), ("Battles", "Armed clash"), 6),
])
def test_total_killed(pipeline, text: str, word: str, target: tuple, acled: tuple, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target)[-1] == target
    assert _acled(event) == acled
    assert event.fatalities == dead


# 2. the wounded a total counts
@pytest.mark.parametrize("text, word, target, injured", [
    ("A total of 15 soldiers were injured in the blast in Quetta.", "blast",
     ("Military Forces of Pakistan", "PAK", "MIL"), 15),
    ("A total of 11 policemen were wounded when militants attacked a station in Bannu.", "attacked",
     ("Police Forces of Pakistan", "PAK", "COP"), 11),
    # control
    ("Fifteen soldiers were injured in the blast in Quetta.", "blast",
     ("Military Forces of Pakistan", "PAK", "MIL"), 15),
])
def test_total_injured(pipeline, text: str, word: str, target: tuple, injured: int) -> None:
    event = _event(pipeline, text, word)
    assert target in _names(event.target)
    assert event.injured == injured


# 3. the doers a total counts: those who surrendered
@pytest.mark.parametrize("text, source", [
    ("A total of 9 militants surrendered to police in Assam's Karbi Anglong district.",
     ("Rebels (India)", "IND", "REB")),
    ("A total of 7 PKK terrorists surrendered to security forces in Mardin, the Interior Ministry said.",
     ("PKK", "TUR", "REB")),
    ("A total of 13 terrorists surrendered to Turkish security forces, the ministry said.",
     ("Rebels (Turkey)", "TUR", "REB")),
    # control
    ("As many as 9 militants surrendered to police in Assam's Karbi Anglong district.",
     ("Rebels (India)", "IND", "REB")),
])
def test_total_surrendered(pipeline, text: str, source: tuple) -> None:
    event = _event(pipeline, text, "surrendered")
    assert _names(event.source) == [source]


# 4. other totals: arrests, abductions; a doerless arrest of protesters is an intervention at their protest
@pytest.mark.parametrize("text, word, target, acled", [
    ("A total of 250 protesters were detained in Moscow on Sunday, OVD-Info said.", "detained",
     ("Protesters (Russia)", "RUS", "CVL"), ("Protests", "Protest with intervention")),
    ("250 protesters were detained in Moscow on Sunday, OVD-Info said.", "detained",
     ("Protesters (Russia)", "RUS", "CVL"), ("Protests", "Protest with intervention")),
    ("A total of 40 villagers were abducted by bandits in Katsina.", "abducted",
     ("Civilians (Nigeria)", "NGA", "CVL"), ("Violence against civilians", "Abduction/forced disappearance")),
    # controls
    ("A total of 37 migrants were arrested by the coast guard off Lesbos.", "arrested",
     ("Refugees/IDPs (Greece)", "GRC", "REF"), ("Strategic developments", "Arrests")),
    ("Police arrested a total of 40 suspects in the crackdown in Karachi.", "arrested",
     ("Gang (Pakistan)", "PAK", "CRM"), ("Strategic developments", "Arrests")),
    ("Three opposition activists were arrested in Minsk on Friday.", "arrested",
     ("Opposition (Belarus)", "BLR", "OPP"), ("Strategic developments", "Arrests")),
])
def test_total_held(pipeline, text: str, word: str, target: tuple, acled: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == [target]
    assert _acled(event) == acled


# 5. controls: "total" of its own, and totals of no one
def test_total_of_people_killed_at_a_market(pipeline) -> None:
    text = "A total of 30 people were killed in the attack on the market in Maiduguri."
    event = _event(pipeline, text, "attack")
    assert event.fatalities == 30
    assert _names(event.target) == [("Civilians (Nigeria)", "NGA", "CVL")]


def test_total_of_money_names_no_actor(pipeline) -> None:
    event = _event(pipeline, "The UAE pledged a total of $100 million in aid to Sudan.", "pledged")
    assert event.plover["type"] == "AGREE"
    assert _names(event.source) == [("Government of the United Arab Emirates", "ARE", "GOV")]
    assert _names(event.target) == [("Government of Sudan", "SDN", "GOV")]


@pytest.mark.parametrize("text, word, plover", [
    ("The army imposed a total blockade on the town.", "imposed", "COERCE"),
    ("Workers began a total strike in Lagos.", "strike", "PROTEST"),
])
def test_total_as_adjective_unchanged(pipeline, text: str, word: str, plover: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == plover


def test_total_of_votes_is_no_event(pipeline) -> None:
    assert _events(pipeline, "The total of the votes counted reached 3 million.") == []
