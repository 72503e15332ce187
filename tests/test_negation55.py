"""Negation around "be" and light verbs (round negation55, item modality-1): an event noun that a negated
copula says something was not ("the march was not a riot", "this was not a coup", "there has never been a
coup") is denied, not the news, and the kind of doer it names ("not a terrorist attack") is no doer of the
real event; a modifier that presupposes the event ("not the first attack", "not the only attack", "not an
isolated attack", "not just a protest") keeps it told. The negation of a light or happening verb stays with
its own object: an event in its "despite", "amid", "after" or "during" adjunct ("did not impose a curfew
despite the riots") is real, is not the verb's subject's deed, and one told in spite of a verb of violence
("did not return fire despite the attack on its base") is an event of its own. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="negation55", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the event noun a negated copula denies: negated, and not the primary
@pytest.mark.parametrize("text, word", [
    ("Officials insisted the incident in Srinagar was not a terrorist attack.", "attack"),
    ("What happened in Port Moresby was not a riot, the police commissioner said.", "riot"),
    ("The gathering outside the embassy in Manila was not a protest, police said.", "protest"),
    ("The takeover of the television station was not a coup, the army spokesman insisted.", "coup"),
    ("It was not a massacre but a battle with armed men, the army said of the deaths in Tillaberi.",
     "massacre"),
    ("The blast in Ankara was not a bombing but a gas explosion, the governor said.", "bombing"),
    ("The killing of the journalist was not an assassination, the interior minister claimed.",
     "assassination"),
    ("The detention of the activists was not an arrest, police insisted, but an identity check.", "arrest"),
    # variants
    ("Police said the shooting at the market in Quetta was not a terrorist attack.", "attack"),
    ("This is not a coup, the general told reporters in Niamey.", "coup"),
    ("There has never been a coup in Senegal.", "coup"),
    ("The explosion at the factory in Karachi was not an attack, the fire service said.", "attack"),
    ("The rally in Dakar was not a protest against the government, organisers insisted.", "protest"),
    ("What took place in Bucha was not a massacre, the ministry said.", "massacre"),
    ("The fire at the police station in Dhaka was not arson, investigators said.", "arson"),
])
def test_denied_by_copula(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.negated
    assert not event.primary


@pytest.mark.parametrize("text, word", [
    # controls: an ordinal, "only", a superlative, "isolated", "just", a cleft, an unnegated copula, an
    # adjective
    ("It was not the first attack on the convoy this month.", "attack"),
    ("This is not the first time police have fired on protesters in Conakry.", "fired"),
    ("The shooting in Peshawar was not the only attack on police on Monday.", "attack"),
    ("The bombing in Kabul was an attack on the Shia community, the governor said.", "attack"),
    ("It was the deadliest attack in the region this year.", "attack"),
    ("It was not an isolated attack, police said.", "attack"),
    ("It was not just a protest, it was a movement, organisers said.", "protest"),
    ("It was not the army that carried out the attack, the rebels said.", "attack"),
    ("The protest in Lima was not peaceful, police said.", "protest"),
])
def test_denied_by_copula_controls(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert not event.modality.negated
    assert event.primary


# 2. only the copula's noun is denied: the subject's deed stays told, and no doer comes from the denied kind
@pytest.mark.parametrize("text, word, source", [
    ("The killing of the journalist was not an assassination, the interior minister claimed.", "killing",
     None),
    ("The detention of the activists was not an arrest, police insisted, but an identity check.", "detention",
     None),
    ("The blast in Ankara was not a bombing but a gas explosion, the governor said.", "blast", None),
    ("Police said the shooting at the market in Quetta was not a terrorist attack.", "shooting",
     "Unidentified Armed Group (Pakistan)"),
])
def test_subject_deed_stays(pipeline, text: str, word: str, source: str | None) -> None:
    event = _event(pipeline, text, word)
    assert not event.modality.negated
    assert event.primary
    if source is not None:
        assert _names(event.source) == [source]


def test_denied_riot_leaves_crowd_protesters(pipeline) -> None:
    text = ("The march was not a riot, organisers said.\n\n"
            "Police fired tear gas at the crowd in Nairobi on Saturday.")
    events = _events(pipeline, text)
    riot = next(e for e in events if e.trigger.text == "riot")
    fired = next(e for e in events if e.trigger.text == "fired")
    assert riot.modality.negated and not riot.primary
    assert fired.primary
    assert fired.acled["event_type"] == "Protests"
    assert _names(fired.target) == ["Protesters (Kenya)"]


# 3. a light or happening verb's negation is not that of an event in its setting
@pytest.mark.parametrize("text, word, negated_word", [
    ("The government did not impose a curfew despite the riots in Nairobi.", "riots", "curfew"),
    ("The government did not declare a state of emergency despite the riots in Kingston.", "riots",
     "state of emergency"),
    ("Troops did not open fire despite the attack on their patrol near Gao.", "attack", "open fire"),
    ("The army did not return fire despite the attack on its base.", "attack", "return fire"),
    # variants
    ("Police did not make any arrests despite the riots in Lagos.", "riots", "arrests"),
    ("The government did not impose a curfew after the riots in Nairobi.", "riots", "curfew"),
    ("The authorities did not declare a curfew amid the clashes in Kirkuk.", "clashes", "curfew"),
    ("Soldiers did not return fire despite the ambush near Kidal.", "ambush", "return fire"),
    ("The army did not launch an offensive despite the attack on its base in Kidal.", "attack", "offensive"),
    ("Police did not make arrests during the protest in Accra.", "protest", "arrests"),
    ("The union did not hold a strike despite the killing of a worker in Durban.", "killing", "strike"),
])
def test_setting_event_not_negated(pipeline, text: str, word: str, negated_word: str) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert not event.modality.negated
    assert event.primary
    assert next(e for e in events if e.trigger.text == negated_word).modality.negated


@pytest.mark.parametrize("text, word", [
    # controls: the verb's own object or "in" is still denied
    ("The opposition did not take part in the protest in Harare.", "protest"),
    ("Rebels did not carry out the attack on the base in Goma, a spokesman said.", "attack"),
    ("The union did not call a strike in Johannesburg.", "strike"),
    ("Police made no arrests after the attack on the mosque in Christchurch.", "arrests"),
])
def test_setting_event_controls_negated(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).modality.negated


@pytest.mark.parametrize("text, word", [
    # controls: a setting event that was already real stays real and primary
    ("Police did not intervene despite the clashes between rival gangs in Port-au-Prince.", "clashes"),
    ("The army has not withdrawn despite the protests in Niamey.", "protests"),
    ("Police made no arrests after the attack on the mosque in Christchurch.", "attack"),
])
def test_setting_event_controls_real(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert not event.modality.negated
    assert event.primary


# 4. the doer of the clause is not the doer of the event it acts in spite of or during
@pytest.mark.parametrize("text, word, source, target", [
    ("Troops did not open fire despite the attack on their patrol near Gao.", "attack",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("Troops did not respond despite the attack on their patrol near Gao.", "attack",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("Police did not make arrests during the protest in Accra.", "protest", "Protesters (Ghana)", None),
    ("Police carried out arrests during the protest in Accra.", "protest", "Protesters (Ghana)", None),
])
def test_setting_event_doer(pipeline, text: str, word: str, source: str, target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    if target is not None:
        assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word, source", [
    # controls: the light verb's own object, and a raid during which arrests were made, keep their doer
    ("Police made arrests during a raid on the camp in Calais.", "raid", "Police Forces of France"),
    ("Troops opened fire on protesters in Conakry.", "opened fire", "Military Forces of Guinea"),
    ("Police held a press conference after the attack in Nairobi.", "attack", None),
])
def test_setting_event_doer_controls(pipeline, text: str, word: str, source: str | None) -> None:
    event = _event(pipeline, text, word)
    if source is not None:
        assert _names(event.source) == [source]
    else:
        assert "Police Forces of Kenya" not in _names(event.source)
