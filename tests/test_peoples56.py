"""People's names in actor phrases (round peoples56): a people's groups, organisations or movement who
protest, strike or march ("Dalit groups staged a protest", "Uighur organisations protested") are the
protest's crowd (Protesters, or Rioters at a riot), not the people's ethnic militia the actor dictionary
reads them as, while those who fight stay the militia ("Kuki and Meitei groups exchanged fire"); a people's
word or demonym that opens a first-order region's name ("Tamil Nadu fishermen", "Somali Region special
police") names the region's state, not the people or the demonym's country; and the LTTE is also "a Tamil
Tiger bomber", "Sea Tigers", "Black Tigers" and, in a Sri Lankan story, "the Tigers". Sentences written for
the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="peoples56", published="2019-06-01"))
                if e.trigger.text == word)


def _actor(actor) -> tuple[str | None, str | None, str | None, int]:
    return actor.name, actor.country, actor.sector, actor.inter


# 1. a people's groups, organisations or movement at a protest or riot: its crowd, not its militia
@pytest.mark.parametrize("text, word, crowd, country", [
    ("Dalit groups staged a protest outside the collectorate in Agra.", "protest", "Protesters", "IND"),
    ("Dalit organisations called a bandh in Pune.", "bandh", "Protesters", "IND"),
    ("Tamil groups held a demonstration in London against the Sri Lankan government.", "demonstration",
     "Protesters", None),
    ("Kurdish groups staged a sit-in in Berlin.", "sit-in", "Protesters", None),
    ("Uighur organisations protested outside the Chinese consulate in Istanbul.", "protested", "Protesters",
     None),
    ("The Pashtun Tahaffuz Movement held a rally in Bannu against military operations.", "rally",
     "Protesters", "PAK"),
    ("Baloch groups staged a sit-in outside the Quetta Press Club.", "sit-in", "Protesters", "PAK"),
    # variants
    ("Dalit groups marched through Mumbai to demand justice for the victims.", "marched", "Protesters",
     "IND"),
    ("Tibetan groups staged a protest outside the Chinese embassy in New Delhi.", "protest", "Protesters",
     "IND"),
    ("Tamil diaspora organisations rallied outside Parliament in Ottawa.", "rallied", "Protesters", None),
    ("Dalit groups pelted stones at police in Bhima Koregaon.", "pelted", "Rioters", "IND"),
])
def test_peoples_groups_who_protest_are_its_crowd(pipeline, text: str, word: str, crowd: str,
                                                  country: str | None) -> None:
    event = _event(pipeline, text, word)
    first = event.source[0]
    assert (first.name or "").startswith(crowd)
    assert first.inter == (6 if crowd == "Protesters" else 5)
    assert first.sector in ("CVL", "OPP")
    assert not any(a.sector == "PRM" for a in event.source)
    if country is not None:
        assert first.country == country


@pytest.mark.parametrize("text, word, source", [
    # controls: groups who fight stay the people's militia; protesters named so stay protesters
    ("Kuki and Meitei groups exchanged fire in Bishnupur district, leaving three dead.", "exchanged fire",
     ("Kuki Ethnic Militia (India)", "IND", "PRM", 4)),
    ("Naga groups ambushed an Assam Rifles convoy in Ukhrul, killing four soldiers.", "ambushed",
     ("Naga Ethnic Militia (India)", "IND", "PRM", 4)),
    ("Kuki groups torched 30 houses in Churachandpur.", "torched",
     ("Kuki Ethnic Militia (India)", "IND", "PRM", 4)),
    ("Armed Kuki groups attacked a Meitei village in Bishnupur.", "attacked",
     ("Kuki Ethnic Militia (India)", "IND", "PRM", 4)),
    ("Fulani militias attacked a village in Plateau state.", "attacked", ("Fulani militia", "NGA", "PRM", 4)),
    ("Dalit protesters blocked roads in Pune.", "blocked", ("Protesters (India)", "IND", "CVL", 6)),
    ("Tamil protesters clashed with police in Jaffna.", "clashed", ("Rioters (Sri Lanka)", "LKA", "CVL", 5)),
    ("Baloch militants attacked a Frontier Corps post in Turbat.", "attacked",
     ("Rebels (Pakistan)", "PAK", "REB", 2)),
])
def test_peoples_groups_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source[0]) == source


# 2. a people's word or demonym that opens a region's name: the region's state
@pytest.mark.parametrize("text, word, side, actor", [
    ("The Sri Lankan navy arrested 23 Tamil Nadu fishermen off Delft island.", "arrested", "target",
     ("IND", "AGR", 7)),
    ("Tamil Nadu fishermen were attacked by Sri Lankan pirates near Kodiakarai.", "attacked", "target",
     ("IND", "AGR", 7)),
    ("Somali Region special police killed 20 Oromo civilians.", "killed", "source", ("ETH", "COP", 1)),
    # variants
    ("Somali Region police arrested 20 people in Jijiga.", "arrested", "source", ("ETH", "COP", 1)),
    # the Somali region's special forces are its special police, the Liyu police (horn59)
    ("Afar Region police clashed with Somali Region special forces near Gedamaytu.", "clashed", "target",
     ("ETH", "COP", 1)),
])
def test_region_named_by_a_people_is_its_states(pipeline, text: str, word: str, side: str,
                                                actor: tuple) -> None:
    first = getattr(_event(pipeline, text, word), side)[0]
    assert (first.country, first.sector, first.inter) == actor


@pytest.mark.parametrize("phrase, focus, country", [
    ("Tamil Nadu fishermen", "LKA", "IND"),
    ("Somali Region special police", "ETH", "ETH"),
    ("Somali region special police", None, "ETH"),
    # controls: no region's name after the people's word
    ("Tamil fishermen", "LKA", "LKA"),
    ("Somali police", None, "SOM"),
    ("Kachin State police", None, "MMR"),
])
def test_region_named_by_a_people_resolver(resolver, phrase: str, focus: str | None, country: str) -> None:
    assert resolver.resolve(phrase, date="2019-06-01", focus=focus).country == country


def test_region_named_by_a_people_country_mentions(resolver) -> None:
    found = resolver.country_mentions("Somali Region special police killed 20 people.")
    assert [iso for _, _, iso in found] == ["ETH"]
    assert [iso for _, _, iso in resolver.country_mentions("Somali state media said.")] == ["SOM"]


@pytest.mark.parametrize("text, word, source", [
    # controls: the region's police named without the people's word, the demonym alone
    ("Tamil Nadu police arrested 30 protesters in Chennai.", "arrested",
     ("Police Forces of India", "IND", "COP", 1)),
    ("Kurdistan Region security forces arrested three journalists in Erbil.", "arrested",
     ("Security Forces of Iraq", "IRQ", "COP", 1)),
    ("Somali police killed 20 civilians.", "killed", ("Police Forces of Somalia", "SOM", "COP", 1)),
    ("Kachin State police arrested 12 protesters in Myitkyina.", "arrested",
     ("Police Forces of Myanmar", "MMR", "COP", 1)),
    ("Kurdish fighters attacked a Turkish army post in Hakkari.", "attacked",
     ("Kurdish Ethnic Militia (Turkey)", "TUR", "PRM", 4)),
])
def test_region_named_by_a_people_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source[0]) == source


# 3. the LTTE's other names
@pytest.mark.parametrize("text, word", [
    ("A Tamil Tiger suicide bomber blew herself up near the army headquarters in Colombo.", "blew"),
    ("The Tigers overran the army base at Mullaitivu, killing 1,200 soldiers.", "overran"),
    ("Sea Tigers sank a Sri Lankan navy patrol boat off Point Pedro.", "sank"),
    # variants
    ("Black Tigers rammed an explosives-laden truck into the naval base at Trincomalee.", "rammed"),
    ("Tiger rebels ambushed a bus near Vavuniya, killing 12 soldiers.", "ambushed"),
    # control
    ("Tamil Tigers attacked an army camp in Kilinochchi.", "attacked"),
])
def test_ltte_names(pipeline, text: str, word: str) -> None:
    assert _actor(_event(pipeline, text, word).source[0]) == ("LTTE", "LKA", "REB", 2)


def test_ltte_tigers_only_in_sri_lanka(resolver) -> None:
    # control: "the Tigers" elsewhere are a team, no group
    actor = resolver.resolve("The Tigers", date="2019-06-01", focus="USA", where="USA")
    assert actor is None or actor.name != "LTTE"
    assert resolver.resolve("The Tigers", date="2019-06-01", focus="LKA").name == "LTTE"
