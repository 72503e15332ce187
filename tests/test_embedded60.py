"""Deeds named inside someone else's act (round embedded60): a bombing named by its victims' people ("sent
condolences to the relatives of the victims of the bombing") or a killing someone is called on to investigate
takes no doer from the sentence; a resolution a state vetoes says what its owner says, and failed; an accord
brokered by a third party is its signers'; one deed's victim is no doer of another. Deeds named only as what
may come (warned against, "or face", planned in a topic) are hypothetical, a deed told in "accused X of" is
alleged, "freed from house arrest" is no arrest, a demand met no new demand.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    doc = document_from_text(text, doc_id="embedded60", published="2001-01-01")
    return list(pipeline.code(doc))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _countries(actors) -> list[str | None]:
    return [a.country for a in actors]


# 1. a deed named by its victims' people, or inquired into by someone asked to: no doer borrowed
@pytest.mark.parametrize("text, word, wrong", [
    ("Prime Minister Blair sent his condolences to the relatives of the victims of the train bombing in "
     "Madrid.", "bombing", "GBR"),
    ("President Chirac visited the survivors of the hotel bombing in Amman.", "bombing", "FRA"),
    ("Amnesty International urged the Nigerian authorities to investigate the killings in Benue.", "killings",
     "NGA"),
])
def test_embedded_deed_no_borrowed_doer(pipeline, text, word, wrong):
    ev = _event(pipeline, text, word)
    assert not any(a.country == wrong and a.sector in ("GOV", "MIL", "COP") for a in ev.source)


@pytest.mark.parametrize("text, word, country", [
    # controls: a deed with its doer named keeps it
    ("Kurds protested in Paris against the arrest of the rebel leader by Turkey.", "arrest", "TUR"),
    ("Israeli troops killed three militants in Jenin, drawing condemnation from the Arab League.", "killed",
     "ISR"),
    # the survivors tell who did it: the deed they name keeps that doer
    ("Survivors of the raid said Sudanese soldiers stormed the village of Tawila on Tuesday.", "raid", "SDN"),
])
def test_embedded_deed_controls(pipeline, text, word, country):
    assert country in _countries(_event(pipeline, text, word).source)


def test_investigators_still_arrest(pipeline):
    ev = _event(pipeline, "Detectives investigating the stabbing arrested three youths.", "arrested")
    assert ev.source and ev.source[0].sector == "COP"


# 2. a text someone vetoes: its owner's words, not done
def test_vetoed_resolution(pipeline):
    ev = _event(pipeline, "China vetoed a UN Security Council resolution condemning Myanmar.", "condemning")
    assert "CHN" not in _countries(ev.source) and ev.modality.negated


def test_vetoed_sanctions_not_vetoer(pipeline):
    ev = _event(pipeline, "France vetoed a draft resolution imposing sanctions on Iraq.", "sanctions")
    assert "FRA" not in _countries(ev.source) and ev.modality.negated


def test_adopted_resolution_control(pipeline):
    ev = _event(pipeline, "The UN Security Council adopted a resolution condemning Myanmar.", "condemning")
    assert not ev.modality.negated


# 3. an accord brokered by a third party is its signers'
def test_brokered_accord_signers(pipeline):
    ev = _event(pipeline, "The Sudanese government and the SPLA signed a peace accord mediated by Kenya.",
                "peace accord")
    assert _countries(ev.source) == ["SDN"]
    broker = next(e for e in _events(pipeline, "The Sudanese government and the SPLA signed a peace accord "
                                     "mediated by Kenya.") if e.trigger.text == "mediated")
    assert _countries(broker.source) == ["KEN"]


# 4. one deed's victim is no doer of another
def test_victim_of_other_deed_no_rioter(pipeline):
    ev = _event(pipeline, "The assassination of the Hezbollah commander by Israel sparked riots in Beirut.",
                "riots")
    assert all(a.sector != "REB" for a in ev.source)


# 5. deeds named only as what may come
@pytest.mark.parametrize("text, word", [
    ("Washington warned Damascus against any offensive in Idlib.", "offensive"),
    ("The EU told Belgrade to withdraw its forces or face sanctions.", "sanctions"),
    ("Egypt passed to Israel intelligence about a planned Islamic Jihad attack.", "attack"),
])
def test_unrealised_deeds(pipeline, text, word):
    assert _event(pipeline, text, word).modality.hypothetical


@pytest.mark.parametrize("text, word", [
    ("Troops foiled an attack on a checkpoint near Idlib.", "attack"),
    ("Civilians faced air strikes in Idlib for weeks.", "air strikes"),
    ("Thousands joined the planned march in Algiers.", "march"),
])
def test_unrealised_controls(pipeline, text, word):
    events = [e for e in _events(pipeline, text) if e.trigger.text == word]
    assert not events or not events[0].modality.hypothetical


# 6. a deed told in an accusation is alleged
def test_accused_of_alleged(pipeline):
    text = "Pakistan accused India of shelling villages along the Line of Control."
    ev = _event(pipeline, text, "shelling")
    assert ev.modality.reported and not ev.modality.hypothetical
    acc = _event(pipeline, text, "accused")
    assert acc.primary


# 7. a state left, a demand met: no event
@pytest.mark.parametrize("text, word", [
    ("The opposition leader was released from house arrest on Monday.", "arrest"),
    ("Serbia extradited the suspect, meeting a long-standing demand of the tribunal.", "demand"),
])
def test_no_event(pipeline, text, word):
    assert not [e for e in _events(pipeline, text) if e.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    ("Police placed the opposition leader under house arrest.", "arrest"),
    ("The union repeated its demand for higher wages.", "demand"),
])
def test_event_controls(pipeline, text, word):
    assert [e for e in _events(pipeline, text) if e.trigger.text in (word, "placed", "repeated")]
