"""A doer known only by a proper name that no dictionary holds is of the country where it acted (ACLED
codes a group it knows no country of in the event's country). Sentences are our own."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import Prediction, _actor1
from chronica.ingest import document_from_text
from chronica.pipeline import unknown_doers_here
from chronica.record import Actor


def _doer(pipeline, text: str):  # noqa: ANN001, ANN202
    """ACLED's actor 1 of the story's primary event."""
    events = pipeline.code(document_from_text(text))
    event = next(e for e in events if e.primary)
    return _actor1(Prediction(event, events))


@pytest.mark.parametrize(("text", "country"), [
    ("On 2 June 2021, Black Hand Vengeance carried out a bomb attack on a textile factory in Esenyurt, "
     "Istanbul. The blast caused material damage.", "TUR"),
    ("On 14 August 2021, Zawadi Kitenge attacked a health centre in Beni territory, North Kivu, and "
     "looted medicine.", "COD"),
])
def test_an_unknown_named_doer_takes_the_country_of_its_deed(pipeline, text, country):
    doer = _doer(pipeline, text)
    assert doer.country == country
    assert doer.evidence.endswith(f"+where:{country}")


def test_a_known_doer_keeps_its_own_country(pipeline):
    """The rule fills only a country nobody knew: Russian soldiers in Venezuela stay Russian."""
    doer = _doer(pipeline, "On 8 May 2021, Russian soldiers arrived in Carayaca, Vargas state, and set up a "
                           "camp near the airport.")
    assert doer.country == "RUS"


def test_no_place_no_guess():
    """With no country for the event, the unknown name stays of no country."""
    actor = Actor("Black Hand Vengeance", name="Black Hand Vengeance",
                  evidence="proper name not in the dictionaries")
    assert unknown_doers_here([actor], None)[0].country is None
    assert unknown_doers_here([actor], "TUR")[0].country == "TUR"
    assert actor.country is None  # the resolver's cached actor is not changed
