"""Purposes and deeds about to be done (round attempts57, caribbean-3): a deed told only as the purpose of
another deed in the adjunct "in an attempt to" ("exiles landed on the coast in an attempt to overthrow
Castro", "launched an offensive in an attempt to capture the capital", as intent57's "in a bid to", "in an
effort to") is meant, not done: hypothetical and not the primary event, which stays the deed done. A deed
told as imminent ("a mob was about to lynch a man when police arrived", "were poised to capture", "on the
verge of lynching") is foreseen, not done: hypothetical, with no dead counted, done by the subject of "was
about" (not the police who came), while the clause of what stopped it ("when police arrived") stays real.
Attempted killings ("in an attempt to kill him", "tried to assassinate") stay the attack, a foiled attempt
stays negated, and "an attempt to" as an argument is left as before. Sentences written for the test, each
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2017-03-01"):
    return list(pipeline.code(document_from_text(text, doc_id="attempts57", published=published)))


def _event(pipeline, text: str, word: str, published: str = "2017-03-01"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _flags(event) -> str:
    m = event.modality
    return "".join(c for c, on in (("N", m.negated), ("H", m.hypothetical), ("F", m.future)) if on)


def _primary(pipeline, text: str, published: str = "2017-03-01") -> str | None:
    return next((e.trigger.text for e in _events(pipeline, text, published) if e.primary), None)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the purpose of a deed done, "in an attempt to X": hypothetical, not primary
@pytest.mark.parametrize("text, word, published", [
    ("Exiles landed on the southern coast of Cuba in an attempt to overthrow Castro.", "overthrow",
     "2017-03-01"),
    ("The FMLN launched a major offensive in an attempt to capture San Salvador.", "capture", "2017-03-01"),
    ("The rebels launched an offensive in a bid to capture San Salvador.", "capture", "2015-06-01"),
    ("Gunmen ambushed the convoy in an attempt to free the gang leader in San Pedro Sula.", "free",
     "2017-03-01"),
    ("The guerrillas attacked the garrison in an attempt to seize the town.", "seize", "2015-06-01"),
    ("Cuban exiles trained by the CIA landed at the Bay of Pigs on Monday in an attempt to overthrow Fidel "
     "Castro.", "overthrow", "1961-04-18"),
    # variants
    ("Protesters blocked the highway in an attempt to force the government to resign.", "resign",
     "2017-03-01"),
    ("Soldiers raided the camp in an apparent attempt to capture the rebel commander.", "capture",
     "2017-03-01"),
    ("Militants attacked the prison in attempts to free their comrades.", "free", "2017-03-01"),
    ("In an attempt to overthrow the president, rebels attacked the palace.", "overthrow",
     "2017-03-01"),
    ("Gunmen stormed the prison in an attempt to free their leader, killing two guards.", "free",
     "2017-03-01"),
])
def test_purpose_meant_not_done(pipeline, text: str, word: str, published: str) -> None:
    event = _event(pipeline, text, word, published)
    assert "H" in _flags(event)
    assert not event.primary


# controls: an attempted killing is the attack; a foiled attempt is negated; an attempt as an argument and
# purposes of other shapes keep their reading
@pytest.mark.parametrize("text, word, flags", [
    ("Exiles landed on the coast in an effort to topple the government in Havana.", "topple", "H"),
    ("Police prevented a mob from lynching a man in Totonicapán.", "lynching", "N"),
    ("Gunmen tried to assassinate the mayor of San Pedro Sula.", "assassinate", ""),
    ("An attempt to seize the town was foiled by the army.", "seize", "N"),
    ("Rebels made an attempt to seize the town.", "seize", ""),
    ("Protesters tried to storm the parliament, throwing stones at police.", "storm", ""),
    ("An attempt to kill the governor was thwarted by his guards.", "kill", ""),
    ("Rebels captured the town in an attempt to cut off the road.", "captured", ""),
    ("Gunmen stormed the prison in an attempt to free their leader, killing two guards.", "stormed", ""),
])
def test_purpose_controls(pipeline, text: str, word: str, flags: str) -> None:
    assert _flags(_event(pipeline, text, word)) == flags


# 2. the primary event is the deed done, not its purpose
@pytest.mark.parametrize("text, word, published", [
    ("The FMLN launched a major offensive in an attempt to capture San Salvador.", "offensive", "2017-03-01"),
    ("The rebels launched an offensive in a bid to capture San Salvador.", "offensive", "2015-06-01"),
    ("Gunmen ambushed the convoy in an attempt to free the gang leader in San Pedro Sula.", "ambushed",
     "2017-03-01"),
    ("The guerrillas attacked the garrison in an attempt to seize the town.", "attacked", "2015-06-01"),
    ("The army shelled the hills in an attempt to dislodge the rebels.", "shelled", "2017-03-01"),
    ("In an attempt to overthrow the president, rebels attacked the palace.", "attacked", "2017-03-01"),
    # controls
    ("Rebels blew up a bridge in a bid to cut off the garrison in Chalatenango.", "blew", "2017-03-01"),
    ("Gunmen opened fire on the governor's car in an attempt to kill him.", "opened fire", "2017-03-01"),
    ("Gunmen tried to assassinate the mayor of San Pedro Sula.", "assassinate", "2017-03-01"),
])
def test_primary_is_the_deed_done(pipeline, text: str, word: str, published: str) -> None:
    assert _primary(pipeline, text, published) == word


def test_purpose_offensive_is_a_battle(pipeline) -> None:
    event = _event(pipeline, "The FMLN launched a major offensive in an attempt to capture San Salvador.",
                   "offensive")
    assert (event.acled["event_type"], event.acled["sub_event_type"]) == ("Battles", "Armed clash")


# 3. a deed about to be done: hypothetical, no dead, done by the subject of "was about"
@pytest.mark.parametrize("text, word, source, published", [
    ("A mob was about to lynch a suspected kidnapper when police arrived in Sololá.", "lynch",
     "Rioters (Guatemala)", "2017-03-01"),
    ("Villagers were about to burn two alleged thieves alive when soldiers intervened in Alta Verapaz.",
     "burn", "Civilians (Guatemala)", "2017-03-01"),
    ("Police rescued a man from an angry crowd that was about to lynch him in Sololá.", "lynch",
     "Rioters (Guatemala)", "2015-06-20"),
    # variants
    ("A crowd was about to set fire to the police station when troops arrived.", "set fire", "Protesters",
     "2017-03-01"),
    ("The rebels were poised to capture the capital when the ceasefire was signed.", "capture", "Rebels",
     "2017-03-01"),
    ("A crowd was on the point of lynching two men when police arrived.", "lynching", "Protesters",
     "2017-03-01"),
    ("Villagers were about to kill two thieves when soldiers intervened.", "kill", "Civilians", "2017-03-01"),
])
def test_about_to_not_done(pipeline, text: str, word: str, source: str, published: str) -> None:
    event = _event(pipeline, text, word, published)
    assert "H" in _flags(event)
    assert not event.primary
    assert event.fatalities is None
    assert _names(event.source) == [source]


def test_about_to_lynch_him_targets_the_man(pipeline) -> None:
    text = "Police rescued a man from an angry crowd that was about to lynch him in Sololá."
    event = _event(pipeline, text, "lynch", "2015-06-20")
    assert _names(event.target) == ["Civilians (Guatemala)"]


# controls: what stopped it is real; a deed told done before the police came keeps its dead; a perfect of
# likelihood is a deed told done
@pytest.mark.parametrize("text, word, flags, dead", [
    ("Villagers were about to burn two alleged thieves alive when soldiers intervened in Alta Verapaz.",
     "intervened", "", None),
    ("A crowd was about to set fire to the police station when troops arrived.", "arrived", "", None),
    ("The mob had beaten the man to death when police arrived.", "beaten", "", 1),
    ("Rebels are likely to have killed 20 soldiers.", "killed", "", 20),
    ("A mob lynched a suspected kidnapper in Sololá.", "lynched", "", 1),
    ("Villagers burned two alleged thieves alive in Alta Verapaz.", "burned", "", 2),
])
def test_about_to_controls(pipeline, text: str, word: str, flags: str, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _flags(event) == flags
    assert event.fatalities == dead
