"""The crime named in a charge (round charges58, item maghreb-1): a deed word that, alone or in a list,
modifies a charge noun ("jailed on espionage and rape charges", "faces murder and kidnapping charges") names
the charge, no deed of the day, as "on murder charges" already did; "faces charges" is an accusation the
subject undergoes; and a gerund the parse hangs on the verb rather than on the charge's "of" ("on charges of
murder and storming a police station") is what the charged ones are said to have done: a topic, never
primary, whose doer is the one charged, never the court or the police. Sentences written for the test,
each with controls: real deeds next to the word "charges", crowds protesting charges, baton charges, and
the documented convention that a deed judged ("convicted of killing") stays a non-primary event of the one
judged."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="charges58", published="2020-01-01")))


def _primary(events: list):
    return next(e for e in events if e.primary)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a deed word before a charge noun names the charge: no event of it; the custody or sentence is the news
@pytest.mark.parametrize("text, word, absent", [
    ("A Moroccan court jailed journalist Omar Radi for six years on espionage and rape charges.", "jailed",
     ["rape", "espionage"]),
    ("Egyptian police arrested the lawyer on kidnapping charges, his family said.", "arrested",
     ["kidnapping"]),
    ("The former governor was jailed for 15 years on torture and murder charges.", "jailed",
     ["torture", "murder"]),
    ("An Egyptian court jailed the blogger for five years on fraud and assault charges.", "jailed",
     ["assault", "fraud"]),
    # variants
    ("A court in Rabat jailed the activist for three years on arson and assault charges.", "jailed",
     ["arson", "assault"]),
    ("Security forces detained the former minister on torture and kidnapping charges.", "detained",
     ["torture", "kidnapping"]),
    # controls: a compound charge, as before
    ("An Istanbul court jailed the singer on terrorism charges.", "jailed", ["terrorism"]),
    ("Police in Sfax arrested a man on murder charges after the death of a migrant.", "arrested", ["murder"]),
])
def test_charge_modifier_is_no_deed(pipeline, text: str, word: str, absent: list[str]) -> None:
    events = _events(pipeline, text)
    assert _primary(events).trigger.text == word
    assert not [e for e in events if e.trigger.text in absent]


# controls: deeds and charges that are real acts next to the word "charges"
@pytest.mark.parametrize("text, word, kind", [
    ("Police fired tear gas on crowds protesting charges against the opposition leader.", "protesting",
     "PROTEST"),
    ("Protesters were protesting charges against the opposition leader.", "protesting", "PROTEST"),
    ("After the bombing, charges were brought against four men.", "bombing", "ASSAULT"),
    ("Gunmen killed five soldiers and the army launched a bayonet charge.", "charge", "ASSAULT"),
    ("Police fired tear gas and baton charges at protesters in Algiers.", "fired", "ASSAULT"),
])
def test_deeds_beside_charges_kept(pipeline, text: str, word: str, kind: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == word)
    assert event.plover["type"] == kind


# 2. "faces ... charges": an accusation the subject undergoes; no assault is the news
@pytest.mark.parametrize("text, target", [
    ("The Tunisian blogger faces murder and kidnapping charges, his lawyer said.", "Journalists (Tunisia)"),
    ("The Algerian activist faces charges of inciting violence and attacking police officers.",
     "Opposition (Algeria)"),
    # variants
    ("The rebel commander faces murder and rape charges in The Hague.", "Rebels (Netherlands)"),
    # control: a trial faced, as before
    ("The opposition leader faces trial for inciting violence.", "Opposition"),
])
def test_faced_charges_accuse(pipeline, text: str, target: str) -> None:
    events = _events(pipeline, text)
    primary = _primary(events)
    assert primary.plover["type"] == "ACCUSE"
    assert primary.cameo["code"] == "112"
    assert _names(primary.target) == [target]
    assert not primary.source
    assert all(not e.primary for e in events if e.plover["type"] == "ASSAULT")


def test_faced_charges_misparsed_no_assault(pipeline) -> None:
    """'faces kidnapping and torture charges' parsed with the deeds as verbs: still no assault, no target
    'charges'."""
    events = _events(pipeline, "The Libyan commander faces kidnapping and torture charges at the "
                               "International Criminal Court.")
    assert not [e for e in events if e.plover["type"] == "ASSAULT"]
    assert not [a for e in events for a in e.target if a.text == "charges"]


def test_faced_criticism_control(pipeline) -> None:
    """Control: 'faces criticism over the killing' keeps the killing; no accusation of charges."""
    events = _events(pipeline, "The mayor faces criticism over the killing of three protesters.")
    assert [e.trigger.text for e in events if e.plover["type"] == "ASSAULT"] == ["killing"]
    assert not [e for e in events if e.trigger.text == "faces"]


# 3. a gerund of a charge list hung on the verb: a topic whose doer is the one charged
@pytest.mark.parametrize("text, word, deed, doer", [
    ("A Diyarbakir court sentenced a former mayor to 10 years on charges of terrorist propaganda and bombing "
     "a police vehicle.", "sentenced", "bombing", "Former Officials (Turkey)"),
    ("A Cairo court sentenced 75 people to death on charges of murder and storming a police station.",
     "sentenced", "storming", "Civilians (Egypt)"),
    ("Police in Alexandria held two men on charges of theft and stabbing a priest.", "held", "stabbing",
     "Unidentified Armed Group (Egypt)"),
    # variants
    ("Police in Oran held three youths on charges of vandalism and attacking a police station.", "held",
     "attacking", "Civilians (Algeria)"),
    ("A Tunis court sentenced the man to life on charges of robbery and killing a soldier.", "sentenced",
     "killing", "Unidentified Armed Group (Tunisia)"),
    ("Police in Alexandria held two men on charges of stabbing a priest.", "held", "stabbing",
     "Unidentified Armed Group (Egypt)"),
    ("A court jailed the man on charges of bombing a bus.", "jailed", "bombing", "Unidentified Armed Group"),
    # controls: the documented convention for a deed judged or suspected
    ("A court convicted the soldier of killing a protester in Cairo.", "convicted", "killing",
     "Military Forces of Egypt"),
    ("Police arrested three men suspected of bombing a church in Minya.", "arrested", "bombing",
     "Unidentified Armed Group (Egypt)"),
    ("Prosecutors charged the former interior minister with ordering the killing of protesters.", "charged",
     "killing", "Former Officials"),
    ("An Egyptian court sentenced 11 people to death for killing a police officer in Giza.", "sentenced",
     "killing", "Unidentified Armed Group (Egypt)"),
])
def test_charged_gerund_is_topic_of_the_charged(pipeline, text: str, word: str, deed: str, doer: str) -> None:
    events = _events(pipeline, text)
    assert _primary(events).trigger.text == word
    event = next(e for e in events if e.trigger.text == deed)
    assert not event.primary
    assert _names(event.source) == [doer]


@pytest.mark.parametrize("text, word, absent", [
    ("An Algiers court jailed a former general for 12 years on charges of treason and plotting a coup.",
     "jailed", "plotting"),
])
def test_charged_gerund_controls(pipeline, text: str, word: str, absent: str) -> None:
    events = _events(pipeline, text)
    assert _primary(events).trigger.text == word
    assert not [e for e in events if e.trigger.text == absent]


def test_two_real_acts_control(pipeline) -> None:
    """Control: 'arrested two men and beat protesters': the beating is the police's own act, primary."""
    events = _events(pipeline, "Police arrested two men and beat protesters in Cairo.")
    beat = next(e for e in events if e.trigger.text == "beat")
    assert beat.primary
    assert _names(beat.source) == ["Police Forces of Egypt"]
