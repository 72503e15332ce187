"""Evictions and demolitions (round land54): "Police evicted squatters" and "Soldiers evicted members of the
Ogiek community" are evictions even when the small model reads the verb as an adjective of a bare plural
object (the subject before it, or its phrase "Police in Brazil", is the doer; "members of X" keeps its "of"
X as the evicted; "do" in "Mato Grosso do Sul" is part of the name, no verb); "by 2,500 gendarmes" after a
passive is its doer. "Tore down" or "pulled down" homes, shacks, tents or an encampment is a demolition (not
"tore into" nor "tore up a treaty", nor a statue). Town, city, council or county workers and demolition squads
who demolish or evict do the local authority's work (the government, inter 1: no Rioters, no army), a
machine ("Bulldozers", "Excavators") is no actor, and the shacks, tents, kiosks pulled down are civilians'.
Workers who strike, march or burn stay workers or rioters. Sentences written for the test, each with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="evict54", published="2024-09-01"))
                if e.trigger.text == word)


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="evict54", published="2024-09-01")))


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


# 1. evictions of a bare plural or of "members of X": an event, the evicting force the source
@pytest.mark.parametrize("text, source, target", [
    ("Police evicted squatters from a disused factory in Rome.",
     ("Police Forces of Italy", "ITA", "COP"), ("Civilians", "CVL")),
    ("Police in Kenya evicted squatters in Laikipia.", ("Police Forces of Kenya", "KEN", "COP"),
     ("Civilians", "CVL")),
    ("Police evicted members of a Roma community from a camp in Lyon.",
     ("Police Forces of France", "FRA", "COP"), ("Romani Ethnic Group (France)", "CVL")),
    ("Military police evicted members of the Landless Workers' Movement from a farm in Bahia.",
     ("Policia Militar", "BRA", "COP"), ("MST", "AGR")),  # the movement by its name
    ("The police evicted members of the Guarani Kaiowa from a ranch in Mato Grosso do Sul.",
     ("Police Forces of Brazil", "BRA", "COP"), ("Guarani Ethnic Group (Brazil)", "CVL")),
    ("Zadists were evicted from Notre-Dame-des-Landes by 2,500 gendarmes.",
     ("Police Forces of France", "FRA", "COP"), ("Protesters", "CVL")),
    # variants
    ("Police evicted farmers from a disputed estate in Kenya.", ("Police Forces of Kenya", "KEN", "COP"),
     ("Farmers", "AGR")),
    ("Soldiers evicted villagers from a forest reserve in Uganda.",
     ("Military Forces of Uganda", "UGA", "MIL"), ("Civilians", "CVL")),
    ("Police in Brazil evicted families from an occupied building in Sao Paulo.",
     ("Police Forces of Brazil", "BRA", "COP"), ("Civilians", "CVL")),
    ("Riot police evicted members of a farmers' union from a plantation in Paraguay.",
     ("Police Forces of Paraguay", "PRY", "COP"), ("Labour Group", "LAB")),
])
def test_evictions_of_bare_plurals(pipeline, text: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, "evicted")
    assert (event.plover.get("mode"), event.cameo.get("code")) == ("deport", "174")
    assert [(a.name, a.country, a.sector) for a in event.source] == [source]
    assert [(a.name, a.sector) for a in event.target][:1] == [target]


def test_evicted_protesters_by_passive_doer(pipeline) -> None:
    """Protesters evicted are crowd control, as "cleared protesters from" (disperse57); doer after "by"."""
    event = _event(pipeline, "Protesters were evicted from the square by 400 riot policemen.", "evicted")
    assert (event.plover.get("mode"), event.cameo.get("code")) == ("crowd-control", "175")
    assert [(a.name, a.country, a.sector) for a in event.source] == [("Police Forces", None, "COP")]
    assert [(a.name, a.sector) for a in event.target][:1] == [("Protesters", "CVL")]


def test_evicted_members_of_a_community(pipeline) -> None:
    text = "Soldiers evicted members of the Ogiek community from the Mau forest."
    event = _event(pipeline, text, "evicted")
    assert event.plover.get("mode") == "deport"
    assert [(a.sector, a.inter) for a in event.source] == [("MIL", 1)]
    assert [(a.text, a.sector) for a in event.target] == [("the Ogiek community", "CVL")]


@pytest.mark.parametrize("text, source, target", [
    # controls: evictions coded right before, and other verbs after a fronted subject
    ("Police evicted the squatters from the building.", "Police Forces", "Civilians"),
    ("Police evicted hundreds of squatters from the land.", "Police Forces", "Civilians"),
    ("Hundreds of families were evicted from the settlement by riot police.", "Police Forces", "Civilians"),
    ("Residents of the slum were evicted by 300 police officers.", "Police Forces", "Civilians"),
    ("Security guards evicted peasants from the plantation.", "Private Security Forces", "Farmers"),
    ("Thai police evicted Karen villagers from the Kaeng Krachan national park.", "Police Forces of Thailand",
     "Karen Ethnic Group (Thailand)"),
])
def test_evictions_controls(pipeline, text: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "evicted")
    assert event.plover.get("mode") == "deport"
    assert [a.name for a in event.source] == [source]
    assert [a.name for a in event.target][:1] == [target]


@pytest.mark.parametrize("text, word, mode, source", [
    # controls: other sentences the mended shapes touch keep their reading
    ("Police arrested members of the gang in Rio Grande do Sul.", "arrested", "arrest",
     "Police Forces of Brazil"),
    ("Moscow accused activists of treason.", "accused", "allege", "Government of Russia"),
    ("Municipal workers went on strike over unpaid wages in Johannesburg.", "went on strike", "strike",
     "Protesters (South Africa)"),
    ("Striking municipal workers marched to the city hall in Cape Town.", "marched", "demo",
     "Protesters (South Africa)"),
])
def test_mended_shapes_controls(pipeline, text: str, word: str, mode: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("mode") == mode
    assert [a.name for a in event.source] == [source]


# 2. "tore down" / "pulled down" dwellings: a demolition, the dwellers the target
@pytest.mark.parametrize("text, word, source, target", [
    ("Bulldozers tore down the homes of Muslim residents in Jahangirpuri.", "tore", [], "Civilians"),
    ("City workers tore down tents at a homeless encampment in Los Angeles.", "tore",
     [("Government of the United States", "USA", 1)], "Civilians (United States)"),
    ("Council workers tore down tents at a homeless camp in Portland.", "tore",
     [("Government of the United States", "USA", 1)], "Civilians (United States)"),
    # variants
    ("City workers tore down shacks in a Johannesburg township.", "tore",
     [("Government of South Africa", "ZAF", 1)], "Civilians (South Africa)"),
    ("Municipal workers pulled down stalls at a market in Lagos.", "pulled",
     [("Government of Nigeria", "NGA", 1)], "Civilians (Nigeria)"),
])
def test_torn_down_dwellings(pipeline, text: str, word: str, source: list, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("mode"), event.cameo.get("code")) == ("destroy", "1712")
    assert _acled(event) == ("Strategic developments", "Looting/property destruction")
    assert [(a.name, a.country, a.inter) for a in event.source] == source
    assert [a.name for a in event.target] == [target]


@pytest.mark.parametrize("text, word, mode", [
    # controls: "tore into" words, "tore up" a treaty, a statue or barriers torn down by a crowd
    ("Activists tore into the government over the evictions.", "tore", "disapprove"),
    ("The government tore up the defence agreement with France.", "tore", "discontinue"),
    ("Protesters tore down a statue of Cecil Rhodes in Cape Town.", "tore", None),
    ("Protesters tore down the barriers outside parliament.", "tore", None),
])
def test_torn_down_controls(pipeline, text: str, word: str, mode: str | None) -> None:
    found = [e for e in _events(pipeline, text) if e.trigger.text == word]
    assert [e.plover.get("mode") for e in found] == ([mode] if mode else [])


# 3. who demolishes: a town's workers or a demolition squad are the local authority; a machine is no one
@pytest.mark.parametrize("text, word, source, target", [
    ("Municipal workers demolished shacks in Cape Town.", "demolished",
     [("Government of South Africa", "ZAF", "GOV", 1)], "Civilians (South Africa)"),
    ("Workers of the Nairobi county demolished kiosks near the railway.", "demolished",
     [("Government of Kenya", "KEN", "GOV", 1)], "Civilians (Kenya)"),
    ("Excavators demolished the homes of 200 families in Abuja.", "demolished", [], "Civilians (Nigeria)"),
    ("Bulldozers demolished hundreds of homes in the Mukuru slum in Nairobi.", "demolished", [],
     "Civilians (Kenya)"),
    ("Demolition squads razed houses in a Delhi neighbourhood after communal violence.", "razed",
     [("Government of India", "IND", "GOV", 1)], "Civilians (India)"),
    # variants
    ("County workers demolished kiosks in Mombasa.", "demolished", [("Government of Kenya", "KEN", "GOV", 1)],
     "Civilians (Kenya)"),
    ("Bulldozers razed dozens of homes in a Harare slum.", "razed", [], "Civilians (Zimbabwe)"),
    ("Demolition teams flattened a squatter camp outside Nairobi.", "flattened",
     [("Government of Kenya", "KEN", "GOV", 1)], "Civilians (Kenya)"),
])
def test_demolition_doers(pipeline, text: str, word: str, source: list, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("mode"), event.cameo.get("code")) == ("destroy", "1712")
    assert _acled(event) == ("Strategic developments", "Looting/property destruction")
    assert [(a.name, a.country, a.sector, a.inter) for a in event.source] == source
    assert [a.name for a in event.target] == [target]


@pytest.mark.parametrize("text, word, acled, source", [
    # controls: the state's own demolitions, soldiers, and crowds (workers among them) who burn stay so
    ("Authorities bulldozed a squatter settlement in Harare.", "bulldozed",
     ("Strategic developments", "Looting/property destruction"), ("Government of Zimbabwe", "GOV")),
    ("Soldiers razed a village in the Chittagong Hill Tracts.", "razed",
     ("Strategic developments", "Looting/property destruction"), ("Military Forces of Bangladesh", "MIL")),
    ("Angry residents torched the offices of a mining company in Guinea.", "torched",
     ("Riots", "Mob violence"), ("Rioters (Guinea)", "CVL")),
    ("Angry city workers torched a council office in Durban.", "torched", ("Riots", "Mob violence"),
     ("Rioters (South Africa)", "LAB")),
    ("Police demolished the homes of suspected militants in Kashmir.", "demolished",
     ("Strategic developments", "Looting/property destruction"), ("Police Forces of India", "COP")),
])
def test_demolition_doers_controls(pipeline, text: str, word: str, acled: tuple, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _acled(event) == acled
    assert [(a.name, a.sector) for a in event.source] == [source]
