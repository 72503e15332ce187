"""Demonyms before people (round exiles57, item caribbean-1): a nationality word before a noun of people the
dictionary did not know ("Cuban exiles", "Haitian deportees", "Salvadoran campesinos", "four American
churchwomen") was taken for the owner of a thing and coded as that country's government. The nouns are now
known (exiles the opposition; deportees, returnees, emigrants, balseros migrants; campesinos farmers;
churchwomen a religious group; émigrés civilians), and a plural noun still unknown that names people by its
ending ("escapees", "jornaleros", "deportados") or by what it does or undergoes ("braceros protested",
"killed two canecutters") gives that country's civilians. Things keep their owner ("a Cuban proposal",
"Israeli strikes", "Turkish fees", "Chinese guarantees"), and known people nouns keep their own sector.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, published: str = "2017-03-01"):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="exiles57", published=published))
                if e.trigger.text == word)


def _actor(event, side: str):
    return (event.source if side == "src" else event.target)[0]


def _seen(actor) -> tuple:
    return actor.name, actor.country, actor.sector, actor.inter


# 1. people nouns now in the dictionary: never their state's government
@pytest.mark.parametrize("text, word, side, expected, published", [
    ("Cuban exiles rallied outside the White House to demand tougher sanctions on Havana.", "rallied", "src",
     ("Protesters (Cuba)", "CUB", "OPP", 6), "2017-03-01"),
    ("Police in Santo Domingo detained 30 Haitian deportees who refused to board buses.", "detained", "tgt",
     ("Refugees/IDPs (Haiti)", "HTI", "REF", 7), "2017-03-01"),
    ("Nicaraguan exiles were attacked by unidentified men in San José.", "attacked", "tgt",
     ("Opposition (Nicaragua)", "NIC", "OPP", 7), "2017-03-01"),
    ("Salvadoran campesinos occupied a coffee estate in Usulután.", "occupied", "src",
     ("Farmers (El Salvador)", "SLV", "AGR", 7), "2017-03-01"),
    ("Gunmen abducted three Haitian emigrants near the border town of Dajabón.", "abducted", "tgt",
     ("Refugees/IDPs (Haiti)", "HTI", "REF", 7), "2017-03-01"),
    ("Guatemalan returnees were detained by police at La Aurora airport.", "detained", "tgt",
     ("Refugees/IDPs (Guatemala)", "GTM", "REF", 7), "2017-03-01"),
    ("Soldiers killed four Honduran campesinos in the Bajo Aguán.", "killed", "tgt",
     ("Farmers (Honduras)", "HND", "AGR", 7), "2017-03-01"),
    ("Dominican émigrés staged a march in New York against the government.", "march", "src",
     ("Protesters (Dominican Republic)", "DOM", "CVL", 6), "2017-03-01"),
    ("Jamaican deportees protested at Norman Manley airport.", "protested", "src",
     ("Protesters (Jamaica)", "JAM", "REF", 6), "2017-03-01"),
    ("Four American churchwomen were raped and murdered by National Guardsmen near the airport.", "raped",
     "tgt",
     ("Religious Group (United States)", "USA", "REL", 7), "1981-12-20"),
    ("Cuban balseros were detained by the US Coast Guard.", "detained", "tgt",
     ("Refugees/IDPs (Cuba)", "CUB", "REF", 7), "2016-06-01"),
    # variants
    ("Venezuelan exiles were beaten by unknown assailants in Bogotá.", "beaten", "tgt",
     ("Opposition (Venezuela)", "VEN", "OPP", 7), "2017-03-01"),
    ("Police arrested 40 Salvadoran deportees at the airport.", "arrested", "tgt",
     ("Refugees/IDPs (El Salvador)", "SLV", "REF", 7), "2017-03-01"),
    ("Guatemalan campesinos marched on the capital.", "marched", "src",
     ("Protesters (Guatemala)", "GTM", "AGR", 6), "2017-03-01"),
    ("Cuban physicians were detained by police in Caracas.", "detained", "tgt",
     ("Health Workers (Cuba)", "CUB", "HLH", 7), "2017-03-01"),
    # controls: people nouns known before
    ("Cuban doctors protested in Caracas over unpaid wages.", "protested", "src",
     ("Protesters (Cuba)", "CUB", "HLH", 6), "2017-03-01"),
    ("Haitian migrants were detained by Dominican police in Santiago.", "detained", "tgt",
     ("Refugees/IDPs (Haiti)", "HTI", "REF", 7), "2017-03-01"),
    ("Nicaraguan students were attacked by riot police in Managua.", "attacked", "tgt",
     ("Students (Nicaragua)", "NIC", "EDU", 7), "2017-03-01"),
    ("Cuban dissidents were arrested by state security in Havana.", "arrested", "tgt",
     ("Opposition (Cuba)", "CUB", "OPP", 7), "2017-03-01"),
    ("Honduran journalists marched in Tegucigalpa.", "marched", "src",
     ("Protesters (Honduras)", "HND", "JRN", 6), "2017-03-01"),
])
def test_known_people_nouns(pipeline, text: str, word: str, side: str, expected: tuple,
                            published: str) -> None:
    assert _seen(_actor(_event(pipeline, text, word, published), side)) == expected


# 2. the ACLED type follows: no government territorial event, no battle for unarmed migrants
@pytest.mark.parametrize("text, word, not_type, src_sector", [
    ("Salvadoran campesinos occupied a coffee estate in Usulután.", "occupied",
     ("Battles", "Government regains territory"), "AGR"),
    ("Cuban balseros clashed with coast guard officers off the Florida Keys.", "clashed",
     ("Battles", "Armed clash"), "REF"),
    # control: a state's forces still fight
    ("Honduran troops attacked rebels near the border.", "attacked", ("Protests", "Peaceful protest"), "MIL"),
])
def test_acled_type_of_people(pipeline, text: str, word: str, not_type: tuple, src_sector: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.acled.get("event_type"), event.acled.get("sub_event_type")) != not_type
    assert event.source[0].sector == src_sector


# 3. plural nouns no dictionary knows, named as people by their ending or their deed: the country's civilians
@pytest.mark.parametrize("text, word, side, expected", [
    ("Police detained twelve Venezuelan escapees near the border.", "detained", "tgt",
     ("Civilians (Venezuela)", "VEN", "CVL", 7)),
    ("Gunmen kidnapped four Guatemalan jornaleros near Tapachula.", "kidnapped", "tgt",
     ("Civilians (Guatemala)", "GTM", "CVL", 7)),
    ("Honduran deportados were detained by migration agents in Tijuana.", "detained", "tgt",
     ("Civilians (Honduras)", "HND", "CVL", 7)),
    ("Soldiers killed two Haitian canecutters near the border.", "killed", "tgt",
     ("Civilians (Haiti)", "HTI", "CVL", 7)),
    ("Haitian canecutters were abducted by gunmen near Barahona.", "abducted", "tgt",
     ("Civilians (Haiti)", "HTI", "CVL", 7)),
    ("Mexican braceros protested outside the consulate in Los Angeles.", "protested", "src",
     ("Protesters (Mexico)", "MEX", "CVL", 6)),
    ("Cuban internees rioted at the Guantanamo camp.", "rioted", "src",
     ("Rioters (Cuba)", "CUB", "CVL", 5)),
    ("Salvadoran repatriates protested outside the airport.", "protested", "src",
     ("Protesters (El Salvador)", "SLV", "CVL", 6)),
])
def test_unknown_people_nouns(pipeline, text: str, word: str, side: str, expected: tuple) -> None:
    assert _seen(_actor(_event(pipeline, text, word), side)) == expected


# 4. controls: things keep their owner, a demonym before them is still their state (or its forces, its firms)
@pytest.mark.parametrize("text, word, side, expected", [
    ("Cuba rejected a Cuban proposal on trade talks.", "rejected", "tgt",
     ("Government of Cuba", "CUB", "GOV", 1)),
    ("Honduran troops attacked rebels near the border.", "attacked", "src",
     ("Military Forces of Honduras", "HND", "MIL", 1)),
    ("Nicaraguan police arrested ten protesters in Managua.", "arrested", "src",
     ("Police Forces of Nicaragua", "NIC", "COP", 1)),
    ("Israeli strikes killed ten people in Gaza.", "strikes", "src",
     ("Military Forces of Israel", "ISR", "MIL", 8)),
    ("A Turkish drone struck a car near Qamishli.", "drone struck", "src",
     ("Military Forces of Turkey", "TUR", "MIL", 8)),
    ("The opposition criticised Turkish fees on imports.", "criticised", "tgt",
     ("Government of Turkey", "TUR", "GOV", 1)),
    ("Kenya rejected Chinese guarantees on the loan.", "rejected", "tgt",
     ("Government of China", "CHN", "GOV", 8)),
    ("Ukraine condemned Russian decrees on annexation.", "condemned", "tgt",
     ("Government of Russia", "RUS", "GOV", 8)),
    ("Pakistan welcomed a Senegalese peace plan.", "welcomed", "tgt",
     ("Government of Senegal", "SEN", "GOV", 8)),
    ("Protesters blocked Chinese plants in the north.", "blocked", "tgt",
     ("Business (China)", "CHN", "BUS", 7)),
])
def test_things_keep_their_owner(pipeline, text: str, word: str, side: str, expected: tuple) -> None:
    assert _seen(_actor(_event(pipeline, text, word), side)) == expected
