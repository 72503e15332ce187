"""The lead's round of session 56: an armed group of one country that strikes the towns, villages or markets
of another ("Palestinian militants fired rockets at Israeli towns", "Houthi rebels shelled Saudi villages")
places the act in the struck country when its sentence names no place; their foes' bases are still not placed,
nor are the acts of groups with no country; Zaire's old name for Katanga, Shaba, is a region of the DR Congo,
not a town in China; valleys, subdivisions and camps of Pakistan's north-west and of Cox's Bazar that the
gazetteer lacked (Tirah, Bolan, Upper and Lower Kurram, Ukhiya, Kutupalong), Russia's Ingushetia and
Kabardino-Balkaria by their English names and Kosovo's Banjska are found there, not at namesakes
abroad; "PoK" is Pakistan's Kashmir; San Sebastián and Donostia are the Basque city; a cemetery named after
a town lies where the text places it. A monk who burns himself to death protests; sarin released on a subway
is a chemical attack; the Korean Central Intelligence Agency is South Korea's, not the CIA. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, date: str, word: str):
    doc = document_from_text(text, doc_id="lead56", published=date)
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. an armed group of one country strikes another's towns: the event is there
@pytest.mark.parametrize("date, text, word, where", [
    ("2024-01-10", "Palestinian militants fired rockets at Israeli towns on Monday.", "fired", "ISR"),
    ("2024-01-10", "Houthi rebels fired missiles at Saudi villages near the border.", "fired", "SAU"),
    ("2024-01-10", "Hezbollah fired rockets at Israeli towns.", "fired", "ISR"),
    ("1978-03-10", "Palestinian guerrillas shelled Israeli border villages on Tuesday.", "shelled", "ISR"),
    ("2024-01-10", "Houthi rebels shelled Saudi border towns overnight.", "shelled", "SAU"),
    ("2024-01-10", "Hezbollah fighters fired anti-tank missiles at Israeli villages.", "fired", "ISR"),
])
def test_group_strikes_another_country(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


@pytest.mark.parametrize("date, text, word, where", [
    # controls: the group's own country's towns, a foe's base, a group with no country, a place of its own
    ("2024-01-10", "Syrian rebels shelled Syrian towns held by the government.", "shelled", "SYR"),
    ("2024-01-10", "Kurdish militants attacked Turkish villages.", "attacked", "TUR"),
    ("2024-01-10", "Iranian-backed militias attacked a US base on Monday.", "attacked", None),
    ("2024-01-10", "Palestinian militants fired rockets at Israeli towns from Gaza City.", "fired", "PSE"),
    ("2024-01-10", "Israeli jets bombed Syrian airfields.", "bombed", "SYR"),
])
def test_group_strike_controls(pipeline, date: str, text: str, word: str, where: str | None) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


# 2. Shaba, Katanga's name under Zaire
@pytest.mark.parametrize("date, text, word, where", [
    ("1977-03-12", "Katangese rebels invaded Shaba province from Angola.", "invaded", "COD"),
    ("1978-05-20", "French paratroopers landed in Shaba on Friday.", "landed", "COD"),
    ("1990-05-11", "Students rioted in Lubumbashi, the capital of Shaba.", "rioted", "COD"),
    # controls: the region's names of today and before
    ("2024-01-10", "Mai-Mai militiamen killed five villagers in Katanga on Sunday.", "killed", "COD"),
    ("2024-01-10", "Miners went on strike in Haut-Katanga.", "went on strike", "COD"),
])
def test_shaba(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


# 3. places of Pakistan's north-west and the Rohingya camps that the gazetteer lacked
@pytest.mark.parametrize("date, text, word, where", [
    ("2019-06-01", "Security forces killed three militants in Tirah.", "killed", "PAK"),
    ("2022-08-14", "Soldiers clashed with militants in the Tirah valley on Sunday.", "clashed", "PAK"),
    ("2019-06-01", "Baloch separatists blew up a railway track in Bolan.", "blew", "PAK"),
    ("2019-06-01", "Two people were killed in a blast in Upper Kurram.", "blast", "PAK"),
    ("2024-11-21", "Gunmen ambushed a convoy in Lower Kurram, killing 40 passengers.", "ambushed", "PAK"),
    ("2019-06-01", "Three Rohingya were killed in clashes in Ukhiya.", "clashes", "BGD"),
    ("2023-03-05", "Police arrested 20 Rohingya men in Kutupalong camp.", "arrested", "BGD"),
    # controls: towns the gazetteer had
    ("2019-06-01", "Police arrested ten Rohingya in Teknaf.", "arrested", "BGD"),
    ("2019-06-01", "Rioters burned shops in Parachinar.", "burned", "PAK"),
    ("2019-06-01", "A roadside bomb killed three soldiers in Kurram.", "roadside bomb", "PAK"),
    # the North Caucasus republics by their English names, a village of northern Kosovo
    ("2023-09-24", "Gunmen attacked a police post in Ingushetia.", "attacked", "RUS"),
    ("2023-09-24", "Protesters rallied in Kabardino-Balkaria.", "rallied", "RUS"),
    ("2023-09-24", "Police clashed with gunmen near Banjska.", "clashed", "XKX"),
])
def test_frontier_places(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


# 4. places and deeds seen in Asian and European news
@pytest.mark.parametrize("date, text, word, where", [
    ("2019-06-01", "Indian troops shelled villages in PoK on Monday.", "shelled", "PAK"),
    ("1991-11-12", "Soldiers opened fire on mourners at the Santa Cruz cemetery in Dili.", "opened fire",
     "TLS"),
    ("2012-03-10", "A Tibetan monk burned himself to death in Ngaba.", "burned", "CHN"),
    # controls
    ("1995-01-23", "A bomb exploded at a bar in San Sebastián, killing a policeman.", "exploded", "ESP"),
    ("2000-01-21", "ETA killed a businessman in San Sebastian.", "killed", "ESP"),
    ("2024-01-10", "Riots broke out in Donostia on Saturday.", "Riots", "ESP"),
    ("2019-06-01", "Protesters rallied in Pakistan-administered Kashmir.", "rallied", "PAK"),
    ("2024-01-10", "Police in San Sebastián, Guatemala, arrested two men.", "arrested", "GTM"),
    ("2024-01-10", "Gunmen attacked mourners at a cemetery in Santa Cruz, Bolivia.", "attacked", "BOL"),
])
def test_asian_places(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


@pytest.mark.parametrize("date, text, word, acled", [
    ("2012-03-10", "A Tibetan monk burned himself to death in Ngaba.", "burned", "Peaceful protest"),
    ("2011-01-04", "A young vendor burned himself in front of the governor's office.", "burned",
     "Peaceful protest"),
    ("1995-03-20", "Members of Aum Shinrikyo released sarin gas on the Tokyo subway.", "released",
     "Chemical weapon"),
    ("2024-01-10", "Militants released poison gas in the market.", "released", "Chemical weapon"),
    # controls: houses burned, captives freed
    ("2024-01-10", "Rioters burned houses in the village.", "burned", "Mob violence"),
    ("2024-01-10", "Rebels released 20 hostages on Monday.", "released", "Other"),
])
def test_self_immolation_and_gas(pipeline, date: str, text: str, word: str, acled: str) -> None:
    event = _event(pipeline, text, date, word)
    assert event.acled.get("sub_event_type") == acled


def test_kcia(pipeline) -> None:
    text = "Agents of the Korean Central Intelligence Agency abducted Kim Dae-jung in Tokyo."
    event = _event(pipeline, text, "1973-08-08", "abducted")
    assert (event.source[0].country, event.source[0].sector) == ("KOR", "SPY")
