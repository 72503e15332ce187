"""Elites' claims (round elites53, item crisis-4): plural political, religious and civic elites who demand,
call, urge, reject or condemn ("Opposition leaders called for the government's resignation", "Church leaders
urged the president to step down", "Former presidents called on the government to publish the tallies") make a
statement in their own name (Opposition, Religious Group, Former Officials; inter 7), no peaceful protest
by "Protesters (X)": the head of the actor's text (``elite_claimants`` heads) decides, not its
"opposition" modifier. Crowds who demand (protesters, demonstrators, students, workers, residents,
opposition supporters) and elites whose sentence sets them at a gathering ("addressed thousands of
supporters", "marched to parliament") stay protests. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PROTEST = ("Protests", "Peaceful protest")


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="elites53", published="2025-03-01"))
                if e.trigger.text == word)


def _acled(event) -> tuple[str, str] | None:
    return (event.acled["event_type"], event.acled["sub_event_type"]) if event.acled else None


def _source(event) -> list[tuple[str | None, int | None]]:
    return [(a.name, a.inter) for a in event.source]


# 1. elites' claims: their statement, no protest, the actor in its own name
@pytest.mark.parametrize("text, word, plover, source", [
    ("Opposition leaders called for the resignation of the Serbian government.", "called", "REQUEST",
     ("Opposition (Serbia)", 7)),
    ("Opposition parties demanded a recount of the votes in Mozambique.", "demanded", "REQUEST",
     ("Opposition (Mozambique)", 7)),
    ("Kenyan opposition leaders rejected the results of the presidential election.", "rejected", "REJECT",
     ("Opposition (Kenya)", 7)),
    ("Opposition parties in Togo rejected the new constitution.", "rejected", "REJECT",
     ("Opposition (Togo)", 7)),
    ("Zimbabwean opposition politicians called for an audit of the voters' roll.", "called",
     "REQUEST", ("Political Party (Zimbabwe)", 7)),
    ("Church leaders urged President Kabila to step down.", "urged", "REQUEST",
     ("Religious Group (Democratic Republic of Congo)", 7)),
    ("Former presidents called on the Venezuelan government to publish the vote tallies.", "called",
     "REQUEST", ("Former Officials (Venezuela)", 7)),
    ("Opposition leaders urged supporters to stay at home on Monday.", "urged", "REQUEST", ("Opposition", 7)),
    ("Opposition leaders demanded that the president resign.", "demanded", "REQUEST", ("Opposition", 7)),
    ("Ivorian opposition parties boycotted the presidential election and declared it illegitimate.",
     "declared", "ACCUSE", ("Opposition (Ivory Coast)", 7)),
    # variants
    ("Catholic bishops in Malawi rejected the proposed electoral law.", "rejected", "REJECT",
     ("Religious Group (Malawi)", 7)),
    ("Religious leaders in Nigeria condemned the new tax on worship centres.", "condemned", "ACCUSE",
     ("Religious Group (Nigeria)", 7)),
    ("Opposition figures in Belarus urged the European Union to impose new sanctions.", "urged", "REQUEST",
     ("Opposition (Belarus)", 7)),
    ("Former ministers called on the Tunisian president to restore parliament.", "called", "REQUEST",
     ("Former Officials (Tunisia)", 7)),
    ("Union leaders demanded higher wages for teachers in Zambia.", "demanded", "REQUEST",
     ("Labour Group (Zambia)", 7)),
    ("Village elders in Somalia called on the government to withdraw the troops.", "called", "REQUEST",
     ("Civilians (Somalia)", 7)),
    ("Traditional chiefs in Ghana urged the government to ban illegal mining.", "urged", "REQUEST",
     ("Civilians (Ghana)", 7)),
    ("Opposition leaders called for nationwide protests against the election results.", "called", "REQUEST",
     ("Opposition", 7)),
    ("Opposition parties in Guinea rejected the junta's timetable for elections at a press conference in "
     "Conakry.", "rejected", "REJECT", ("Opposition (Guinea)", 7)),
])
def test_elites_claims_are_no_protest(pipeline, text: str, word: str, plover: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == plover
    assert _acled(event) is None
    assert _source(event) == [source]


@pytest.mark.parametrize("text, word, plover, acled", [
    # controls: crowds who demand, and elites at a gathering, stay protests; a singular leader's claim,
    # and other claims, stay null
    ("Protesters in Tbilisi demanded new elections.", "demanded", "REQUEST", PROTEST),
    ("Thousands of demonstrators in Belgrade called for the government to resign.", "called", "REQUEST",
     PROTEST),
    ("Opposition supporters marched in Kampala, demanding the release of Bobi Wine.", "marched", "PROTEST",
     PROTEST),
    ("Opposition supporters demanded a recount of the votes in Maputo.", "demanded", "REQUEST", PROTEST),
    ("Opposition activists rallied in Dhaka and demanded the resignation of the prime minister.", "rallied",
     "PROTEST", PROTEST),
    ("Students in Nairobi demanded lower university fees.", "demanded", "REQUEST", PROTEST),
    ("Workers at the mine in Zambia demanded unpaid wages.", "demanded", "REQUEST", PROTEST),
    ("Farmers in Punjab rejected the new agricultural laws.", "rejected", "REJECT", PROTEST),
    ("Opposition leaders addressed thousands of supporters in Harare and called for fresh elections.",
     "called", "REQUEST", PROTEST),
    ("Opposition leaders marched to parliament in Kinshasa and demanded a recount.", "marched",
     "PROTEST", PROTEST),
    ("The opposition leader called on the president to resign.", "called", "REQUEST", None),
    ("Opposition leaders accused the Ugandan government of rigging the election.", "accused", "ACCUSE", None),
    ("Opposition leaders met in Nairobi to discuss the election results.", "met", "CONSULT", None),
    ("Civil society groups demanded an independent inquiry into the killings in Nairobi.", "demanded",
     "REQUEST", None),
])
def test_elites_claims_controls(pipeline, text: str, word: str, plover: str, acled: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == plover
    assert _acled(event) == acled
