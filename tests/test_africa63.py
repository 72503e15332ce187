"""Central and Southern African news (round africa63): Cameroon's "Amba boys" written in lower case and a
Cameroonian story's bare "separatists" as the Ambazonian separatists; the Central African Republic's ex-Seleka
FPRC and MPC (the acronym only in a Central African story); bare "militants" of a Cabo Delgado story as its
Islamist insurgents, but a group named before such a local word as the group ("ISIS-Mozambique militants");
"mercenaries of the Wagner group" as the Wagner Group; "Wazalendo militias fought M23 rebels" with the M23 as
the other side, not the militias fighting among themselves; towns of the Kivus, Ituri, Cameroon's Anglophone
regions and Far North and Cabo Delgado that cities500 lacks; "Batibo, Northwest region" as Cameroon's region,
not Iceland's "Northwest"; an arrest told as the spark of protests after it ("arrested Bobi Wine, sparking
protests") as an arrest, not force at the protest; and a camp's supporters held with no protest told
("arrested 20 supporters of Maurice Kamto") as civilians arrested. Sentences written for the test, each group
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2023-05-01"):
    return list(pipeline.code(document_from_text(text, doc_id="africa63", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str]:
    return [a.acled_actor or a.name for a in actors]


AMBA = "Ambazonian Separatists (Cameroon)"


# 1. the region's armed groups by the names the news gives them
@pytest.mark.parametrize("text, word, side, acled", [
    ("Amba boys abducted a school principal and six pupils in Kumbo on Monday.", "abducted", "source", AMBA),
    ("Suspected Amba boys killed a farmer in Kumbo on Monday.", "killed", "source", AMBA),
    ("Separatist gunmen killed a teacher in Ekona near Buea on Thursday.", "killed", "source", AMBA),
    ("Separatists killed two gendarmes in Kumba, Cameroon, on Friday.", "killed", "source", AMBA),
    ("FPRC fighters clashed with anti-balaka militiamen in Ndele on Thursday.", "clashed", "source",
     "FPRC: Popular Front for the Renaissance of the Central African Republic"),
    ("MPC rebels attacked Kaga-Bandoro in the Central African Republic on Monday.", "attacked", "source",
     "MPC: Patriotic Movement for the Central African Republic"),
    ("Militants attacked Quissanga district headquarters in Cabo Delgado on Friday.", "attacked", "source",
     "Islamist Militia (Mozambique)"),
    ("Mercenaries of the Wagner group killed 12 civilians near Bria.", "killed", "source", "Wagner Group"),
    # the group named before the local word keeps the men ("ISIS-Mozambique militants": the Islamic State's)
    ("Suspected ISIS-Mozambique militants raided the village of Nangade, Cabo Delgado, killing four.",
     "raided", "source", "Islamic State (Mozambique)"),
    ("Suspected ISIS-Mozambique insurgents raided the village of Nangade, Cabo Delgado, killing four.",
     "raided", "source", "Islamic State (Mozambique)"),
    # controls: the same words elsewhere are no Cameroonian or Mozambican group; mercenaries of no group stay
    ("Separatists killed two policemen in Ukraine's Donetsk region on Friday.", "killed", "source", None),
    ("Militants attacked a police post in Lamu, Kenya, on Friday.", "attacked", "source", None),
    ("Russian mercenaries killed 12 civilians near Bria on Monday.", "killed", "source", None),
])
def test_groups_of_the_region(pipeline, text: str, word: str, side: str, acled: str | None) -> None:
    event = _event(pipeline, text, word)
    names = _names(event.source if side == "source" else event.target)
    if acled is None:
        assert not any(n in (AMBA, "Islamist Militia (Mozambique)", "Wagner Group") for n in names)
    else:
        assert acled in names


def test_mpc_acronym_outside_the_central_african_republic(pipeline) -> None:
    for event in _events(pipeline, "The MPC voted to raise interest rates in London on Thursday."):
        assert not any("Central African" in (a.acled_actor or "") for a in event.source + event.target)


# 2. a named side a plural militia fought is the other side
@pytest.mark.parametrize("text, source, target", [
    ("Wazalendo militias fought M23 rebels in Masisi territory on Thursday.", "Mai-Mai Militia",
     "M23: March 23 Movement"),
    ("Mai-Mai militias fought M23 rebels in Masisi territory on Thursday.", "Mai-Mai Militia",
     "M23: March 23 Movement"),
    ("Local militias fought the army near Pinga on Thursday.", None,
     "Military Forces of the Democratic Republic of Congo (2019-)"),
    # controls: a collective that fights no one named fights among itself
    ("Rival clans fought over grazing land in Galgaduud, killing four.",
     "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)"),
    ("Rival militias fought a pitched battle in Tripoli on Friday.", "Unidentified Armed Group (Libya)",
     "Unidentified Armed Group (Libya)"),
])
def test_side_a_militia_fought(pipeline, text: str, source: str | None, target: str) -> None:
    event = _primary(pipeline, text)
    if source:
        assert source in _names(event.source)
    assert target in _names(event.target)


# 3. places: towns cities500 lacks, Cameroon's Northwest region by its type word
@pytest.mark.parametrize("text, name, country, admin1", [
    ("M23 rebels seized the town of Bunagana on Monday after fighting with the Congolese army.", "Bunagana",
     "COD", "Nord-Kivu"),
    ("Nyatura militiamen clashed with M23 fighters in Kitshanga, Masisi territory, on Monday.", "Kitshanga",
     "COD", "Nord-Kivu"),
    ("Congolese and Burundian troops clashed with M23 rebels near Kamanyola, South Kivu.", "Kamanyola", "COD",
     "Sud-Kivu"),
    ("Boko Haram fighters abducted 10 people in Kolofata, Cameroon's Far North region.", "Kolofata", "CMR",
     "Extreme-Nord"),
    ("Al-Shabaab insurgents burned houses in the village of Mucojo, Macomia district, on Friday.", "Mucojo",
     "MOZ", "Cabo Delgado"),
    ("Cameroon's army said it killed 12 Ambazonian fighters in Batibo, Northwest region.", "Batibo", "CMR",
     None),
    ("Soldiers killed 12 separatists in Ndop, Northwest region, on Monday.", "Ndop", "CMR", None),
    # control: South Africa's North West province keeps its own town
    ("Protesters marched in Mahikeng in South Africa's North West province.", None, "ZAF", None),
])
def test_places_of_the_region(pipeline, text: str, name: str | None, country: str,
                              admin1: str | None) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None and event.location.country == country
    if name:
        assert event.location.name == name
    if admin1:
        assert event.location.admin1 == admin1


def test_northwest_region_soldiers_are_cameroons(pipeline) -> None:
    event = _primary(pipeline, "Soldiers killed 12 separatists in Ndop, Northwest region, on Monday.")
    assert "Military Forces of Cameroon (1982-)" in _names(event.source)


# 4. an arrest that sparked protests, and supporters held with no protest told, are arrests
@pytest.mark.parametrize("text, word, sub_event, target", [
    ("Ugandan police arrested opposition leader Bobi Wine in Luuka district on Wednesday, sparking protests "
     "in Kampala.", "arrested", "Arrests", None),
    ("Cameroonian police arrested 20 supporters of opposition leader Maurice Kamto in Douala.", "arrested",
     "Arrests", "Civilians (Cameroon)"),
    ("Burundi police arrested opposition politician Agathon Rwasa's supporters in Bujumbura.", "arrested",
     "Arrests", "Civilians (Burundi)"),
    # controls: protesters held, or supporters held at a rally or as they marched, are force at the protest
    ("Police arrested 30 protesters in Kampala, sparking protests in other towns.", "arrested",
     "Protest with intervention", "Protesters (Uganda)"),
    ("Police arrested 20 supporters of opposition leader Maurice Kamto at a rally in Douala.", "arrested",
     "Protest with intervention", "Protesters (Cameroon)"),
    ("Police detained dozens of opposition supporters who marched in Harare.", "detained",
     "Protest with intervention", "Protesters (Zimbabwe)"),
])
def test_arrests_apart_from_protests(pipeline, text: str, word: str, sub_event: str,
                                     target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.acled or {}).get("sub_event_type") == sub_event
    if target:
        assert target in _names(event.target)
    else:
        assert not any(a.inter == 6 for a in event.target)
