"""Actor and event countries where the story says little: a doer known only by a proper name that no
dictionary holds is of the country where it acted (ACLED codes a group it knows no country of in the event's
country); people freed in the passive were freed by whoever held them; a small foreign namesake is not the
place of a story about a country's office holders. Sentences are our own."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text
from chronica.pipeline import unknown_doers_here
from chronica.record import Actor


@pytest.mark.parametrize(("text", "country"), [
    ("On 2 June 2021, Black Hand Vengeance carried out a bomb attack on a textile factory in Esenyurt, "
     "Istanbul. The blast caused material damage.", "TUR"),
    ("On 14 August 2021, Zawadi Kitenge attacked a health centre in Beni territory, North Kivu, and "
     "looted medicine.", "COD"),
])
def test_an_unknown_named_doer_takes_the_country_of_its_deed(actor1_of, text, country):
    doer = actor1_of(text)
    assert doer.country == country
    assert doer.evidence.endswith(f"+where:{country}")


def test_a_known_doer_keeps_its_own_country(actor1_of):
    """The rule fills only a country nobody knew: Russian soldiers in Venezuela stay Russian."""
    doer = actor1_of("On 8 May 2021, Russian soldiers arrived in Carayaca, Vargas state, and set up a "
                           "camp near the airport.")
    assert doer.country == "RUS"


def test_no_place_no_guess():
    """With no country for the event, the unknown name stays of no country."""
    actor = Actor("Black Hand Vengeance", name="Black Hand Vengeance",
                  evidence="proper name not in the dictionaries")
    assert unknown_doers_here([actor], None)[0].country is None
    assert unknown_doers_here([actor], "TUR")[0].country == "TUR"
    assert actor.country is None  # the resolver's cached actor is not changed


def _source(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text))
    return next(e for e in events if e.primary).source


@pytest.mark.parametrize(("text", "name", "country"), [
    ("On 8 June 2021, 30 policemen were released from Taliban prisons in Ghazni province.", "Taliban", "AFG"),
    ("On 9 June 2021, 12 activists were freed from the custody of the police in Minsk.", "Police Forces",
     "BLR"),
])
def test_people_freed_in_the_passive_were_freed_by_their_holder(pipeline, text, name, country):
    source = _source(pipeline, text)
    assert source and source[0].name.startswith(name) and source[0].country == country


def test_a_prison_named_after_a_place_names_no_holder(pipeline):
    """A prison known by its own name says nothing of who runs it: the doer stays unknown."""
    assert _source(pipeline, "On 9 June 2021, 40 prisoners were released from Pul-e-Charkhi prison in "
                             "Kabul.") == []


@pytest.mark.parametrize(("text", "country"), [
    ("On 4 May 2021, rioters hurled stones at the house of a Lebanese MP in el Mina.", "LBN"),
    ("On 7 May 2021, farmers blocked the road outside the office of a Kenyan senator in Kamara.", "KEN"),
])
def test_an_office_holder_named_by_nationality_places_a_hamlet_the_gazetteer_lacks(pipeline, text, country):
    """Mina and Kamara have small namesakes abroad (Mexico, Greece): the MP and the senator sit at home."""
    events = pipeline.code(document_from_text(text))
    assert next(e for e in events if e.primary).location.country == country


def test_an_unknown_person_met_abroad_keeps_no_country(pipeline):
    """Only an ACLED event's doer takes the place's country: a meeting is no such event."""
    source = _source(pipeline, "Nadia Okonkwo-Berg met Chad's prime minister in N'Djamena on Monday.")
    assert source and source[0].country is None
