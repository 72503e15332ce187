"""Whose country a bare or context-dependent actor gets (round junta49). Sentences written for the test,
each with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="junta49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _side(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# 1. "the junta", "the regime" addressed by a foreign state are not that state's: the other country the
# sentence names, else the story's other country, else none
@pytest.mark.parametrize("text, trigger, doer, junta", [
    ("Ghana's Foreign Minister Shirley Ayorkor Botchwey condemned the coup in Burkina Faso and called on the "
     "junta to release detained officials.", "called", "GHA", "BFA"),
    ("Senegal's foreign minister denounced the coup in Guinea and urged the junta to restore civilian rule.",
     "urged", "SEN", "GIN"),
    ("Soldiers seized power in Mali on Tuesday. Nigeria's president warned the junta that ECOWAS would act.",
     "warned", "NGA", "MLI"),
    ("Nigeria's President Bola Tinubu warned the junta that ECOWAS would not tolerate the overthrow of an "
     "elected government.", "warned", "NGA", None),
    ("Israel's prime minister warned the regime that it would pay a heavy price.", "warned", "ISR", None),
])
def test_a_junta_addressed_by_a_foreign_state_is_not_its_own(pipeline, text, trigger, doer, junta) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert _side(event.source) == [(doer, "GOV")]
    assert _side(event.target) == [(junta, "GOV")]


def test_the_junta_called_on_is_the_one_to_act(pipeline) -> None:
    text = ("Ghana's Foreign Minister Shirley Ayorkor Botchwey condemned the coup in Burkina Faso and called "
            "on the junta to release detained officials.")
    release = next(e for e in _events(pipeline, text) if e.trigger.text == "release")
    assert _side(release.source) == [("BFA", "GOV")]


@pytest.mark.parametrize("text, doer, target", [
    ("The junta in Burkina Faso released the detained officials.", "BFA", "BFA"),
    ("Niger's junta expelled the French ambassador.", "NER", "FRA"),
    ("Senegal's president urged the junta in Mali to hold elections.", "SEN", "MLI"),
    ("The Nigerian president warned the junta in Niamey.", "NGA", "NER"),
    ("Ghana's president praised the government for its reforms.", "GHA", "GHA"),
])
def test_a_junta_with_its_own_country_keeps_it(pipeline, text, doer, target) -> None:
    primary = _primary(pipeline, text)
    assert _side(primary.source)[0][0] == doer
    assert _side(primary.target)[0][0] == target


# 2. "from CAPITAL's ... NOUN NAME": the envoy's host is the name, not the possessor
@pytest.mark.parametrize("text, doer, host", [
    ("The Honduran foreign ministry said it had recalled its ambassador from Tegucigalpa's longtime ally "
     "Taiwan after establishing ties with Beijing.", "HND", "TWN"),
    ("Nicaragua recalled its ambassador from Managua's old partner Taiwan.", "NIC", "TWN"),
    ("Paraguay withdrew its envoy from Asuncion's longtime partner Taiwan in protest.", "PRY", "TWN"),
    ("Kenya recalled its ambassador from Nairobi's neighbour Somalia over the dispute.", "KEN", "SOM"),
    # controls
    ("Honduras recalled its ambassador from Taiwan after establishing ties with Beijing.", "HND", "TWN"),
    ("Kenya recalled its ambassador to Somalia.", "KEN", "SOM"),
    ("Kenya recalled its ambassador from Somalia's capital.", "KEN", "SOM"),
])
def test_an_envoy_recalled_from_a_named_ally(pipeline, text, doer, host) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SANCTION"
    assert _side(primary.source) == [(doer, "GOV")]
    assert _side(primary.target) == [(host, "GOV")]


# 3. a town where a deed was only reacted to is not where it was done, nor whose police did it
@pytest.mark.parametrize("text, held", [
    ("The detention of Aung San Suu Kyi drew condemnation in London.", "MMR"),
    ("The arrest of Bazoum was discussed at a meeting in Washington.", "NER"),
    ("The detention of the opposition leader was condemned in Paris.", None),
    ("The arrest of the journalist was denounced in Brussels.", None),
])
def test_a_reaction_town_gives_no_arrester(pipeline, text, held) -> None:
    arrest = next(e for e in _events(pipeline, text) if e.plover["type"] == "COERCE")
    assert arrest.plover.get("mode") == "arrest"
    assert not any(a.sector == "COP" for a in arrest.source)
    assert [a.country for a in arrest.target] == [held]


@pytest.mark.parametrize("text, police", [
    ("The opposition leader was detained in Paris.", "FRA"),
    ("The opposition leader was detained in Paris by French police.", "FRA"),
    ("Three men were arrested in Dubai.", "ARE"),
    ("The arrest of the journalist in Cairo drew condemnation.", "EGY"),
    ("The arrest of the opposition leader in Paris was condemned.", "FRA"),
])
def test_an_arrest_in_a_town_keeps_its_police(pipeline, text, police) -> None:
    arrest = next(e for e in _events(pipeline, text) if e.plover["type"] == "COERCE")
    assert _side(arrest.source) == [(police, "COP")]


@pytest.mark.parametrize("text, country", [
    ("The killing of the activist sparked anger in Kenya.", "KEN"),  # a country's outrage may be its own
    ("The killing of the activist sparked protests in Nairobi.", "KEN"),  # protests there are events there
    ("The bombing in Kabul was condemned by the UN.", "AFG"),
])
def test_places_of_deeds_and_protests_stay(pipeline, text, country) -> None:
    first = _events(pipeline, text)[0]
    assert first.location is not None and first.location.country == country


# 4. a deployment ordered by a body: the body moves the forces, to the country of their purpose or place
@pytest.mark.parametrize("text, doer, target", [
    ("ECOWAS said it had ordered the deployment of a standby force to restore constitutional order in Niger.",
     ("ECOWAS", None, "IGO"), ("NER", "GOV")),
    ("ECOWAS ordered the activation of its standby force for possible deployment in Niger.",
     ("ECOWAS", None, "IGO"), ("NER", "GOV")),
    ("The AU readied a force for deployment in Somalia.", ("AU", None, "IGO"), ("SOM", "GOV")),
    ("France deployed troops to restore order in Mali.", ("Government of France", "FRA", "GOV"),
     ("MLI", "GOV")),
    # controls
    ("ECOWAS ordered the deployment of its standby force to Niger.", ("ECOWAS", None, "IGO"), ("NER", "GOV")),
    ("Russia deployed troops in Belarus.", ("Government of Russia", "RUS", "GOV"), ("BLR", "GOV")),
])
def test_a_deployment_is_its_orderers(pipeline, text, doer, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("MOBILIZE", "troops")
    assert [(a.name, a.country, a.sector) for a in primary.source] == [doer]
    assert _side(primary.target) == [target]


def test_riots_quelled_at_home_name_no_foreign_target(pipeline) -> None:
    primary = _primary(pipeline, "Nigeria deployed soldiers to quell riots in Kano.")
    assert _side(primary.source) == [("NGA", "GOV")]
    assert all(a.country in (None, "NGA") for a in primary.target)


# 5. "X's minister of Y, NAME, accused ADJ NOUNS of ...": the minister accuses, the accused did the deed
@pytest.mark.parametrize("text, state, accused, deed", [
    ("Cameroon's minister of communication, Rene Emmanuel Sadi, accused separatist fighters of killing 10 "
     "civilians in the Northwest region.", "CMR", "REB", "killing"),
    ("Kenya's interior minister, Fred Matiangi, accused armed bandits of attacking the village.",
     "KEN", "UAF", "attacking"),
    # controls
    ("Cameroon's government accused separatist fighters of killing 10 civilians in the Northwest region.",
     "CMR", "REB", "killing"),
    ("Nigeria's minister of information, Lai Mohammed, accused the rebels of attacking the town.",
     "NGA", "REB", "attacking"),
])
def test_an_apposed_minister_accuses(pipeline, text, state, accused, deed) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("ACCUSE", "allege")
    assert _side(primary.source) == [(state, "GOV")]
    assert _side(primary.target) == [(state, accused)]
    done = next(e for e in events if e.trigger.text == deed)
    assert _side(done.source) == [(state, accused)]


def test_a_root_noun_with_a_verb_after_it_still_mends(pipeline) -> None:
    primary = _primary(pipeline, "The president on Monday defied calls to step down.")
    assert primary.trigger.text == "defied" and primary.plover["type"] == "REJECT"


# 6. "demanded that CAPITAL VERB X": the capital is the state addressed, the verb its act
@pytest.mark.parametrize("text, doer, addressed, act", [
    ("Ankara demanded that Washington extradite Gulen.", "TUR", "USA", "extradite"),
    ("The EU demanded that Minsk free political prisoners.", None, "BLR", "free"),
    # controls
    ("Turkey demanded that the United States hand over Gulen.", "TUR", "USA", None),
    ("Moscow demanded that Kyiv withdraw its troops.", "RUS", "UKR", "withdraw"),
])
def test_a_capital_told_to_act_is_the_state_addressed(pipeline, text, doer, addressed, act) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "REQUEST"
    assert [a.country for a in primary.source] == [doer]
    assert _side(primary.target) == [(addressed, "GOV")]
    if act is not None:
        done = next(e for e in events if e.trigger.text == act)
        assert _side(done.source) == [(addressed, "GOV")]


def test_a_that_clause_with_its_own_verb_stays(pipeline) -> None:
    primary = _primary(pipeline, "The opposition demanded that free elections be held.")
    assert primary.plover["type"] == "REQUEST" and primary.trigger.text == "demanded"
