"""Recognised atrocities (round recognise58, item sectors-4): a parliament or government that recognises,
declares, debates or marks a genocide or massacre did not commit it. "declared the Holodomor a genocide" and
"declared the killings of Rohingya a genocide" are a judgement (ACCUSE) by the declaring body, "recognised
the killings as genocide" is the body's recognition and the label no deed of its own, and "recognised the
Armenian genocide", "debated the Cambodian genocide" leave the deed with no doer from the sentence's subject.
A people or country named before a genocide, famine or holocaust ("the Armenian genocide", "the Rwandan
genocide", "the Pontic Greek genocide") is its victims or place, not its doer. Real doers ("Hutu militias
carried out a genocide", "Turkey's genocide of Armenians"), apologisers (who did it), "declared a state of
emergency" and "recognised Juan Guaido as interim president" stay as they were. Sentences written for the
test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="recognise58", published="2024-01-15")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _assaults_by(pipeline, text: str, names: set[str]) -> list[str]:
    return [e.trigger.text for e in _events(pipeline, text)
            if e.plover.get("type") == "ASSAULT" and names & set(_names(e.source))]


# 1. who recognises, debates or marks a deed did not do it
@pytest.mark.parametrize("text, body", [
    ("The Dutch parliament voted to recognise the Uyghur genocide.", "Legislature of the Netherlands"),
    ("The Portuguese parliament recognised the Armenian genocide in 2019.", "Legislature of Portugal"),
    ("The Brazilian Senate recognised the Armenian genocide.", "Legislature of Brazil"),
    ("The German Bundestag recognised the Armenian genocide, angering Turkey.", "Bundestag"),
    ("Historians debated the Cambodian genocide at a seminar in Phnom Penh.", "Historians"),
    # variants
    ("The French Senate recognised the Armenian genocide, angering Ankara.", "Legislature of France"),
    ("Lawmakers debated the Rwandan genocide on Tuesday.", "Legislature of Rwanda"),
])
def test_recogniser_is_not_the_doer(pipeline, text: str, body: str) -> None:
    assert _assaults_by(pipeline, text, {body}) == []


@pytest.mark.parametrize("text, word, source", [
    ("The Portuguese parliament recognised the Armenian genocide in 2019.", "recognised",
     "Legislature of Portugal"),
    ("The Dutch parliament voted to recognise the Uyghur genocide.", "recognise",
     "Legislature of the Netherlands"),
])
def test_recognition_stays(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "SUPPORT" and event.primary
    assert _names(event.source) == [source]


CONTROLS = [
    ("Hutu militias carried out a genocide against the Tutsi in 1994.", "genocide",
     ["Hutu Ethnic Militia (Rwanda)"], ["Tutsi Ethnic Group (Rwanda)"]),
    ("Myanmar's army committed genocide against the Rohingya, the UN said.", "genocide",
     ["Military Forces of Myanmar"], ["Rohingya Ethnic Group (Myanmar)"]),
    ("The Islamic State carried out a genocide against the Yazidis.", "genocide",
     ["Islamic State"], ["Yazidi Ethnic Group (Iraq)"]),
    ("Germany apologised for the Herero genocide in Namibia.", "genocide",
     ["Government of Germany"], []),
    ("Serbia's parliament apologised for the Srebrenica massacre.", "massacre",
     ["Legislature of Serbia"], []),
    ("Turkey's genocide of Armenians killed over a million people.", "genocide",
     ["Government of Turkey"], None),
    ("The army committed a massacre in the village.", "massacre", ["Military Forces"], []),
    ("The court convicted the former general of genocide.", "convicted", ["Judiciary"], None),
    ("Turkey condemned the French parliament's vote.", "condemned",
     ["Government of Turkey"], ["Legislature of France"]),
]


@pytest.mark.parametrize("text, word, source, target", CONTROLS)
def test_controls_keep_their_doers(pipeline, text: str, word: str, source: list,
                                   target: list | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == source
    if target is not None:
        assert _names(event.target) == target


@pytest.mark.parametrize("text, body", [
    ("Serbia's parliament condemned the Srebrenica massacre in 2010.", "Legislature of Serbia"),
    ("Indonesians commemorated the 2002 Bali bombings.", "Civilians (Indonesia)"),
    ("The Greek parliament marked the anniversary of the Pontic Greek genocide.", "Legislature of Greece"),
])
def test_control_condemners_and_commemorators(pipeline, text: str, body: str) -> None:
    assert _assaults_by(pipeline, text, {body}) == []


# 2. "declared X a genocide", "recognised X as genocide": a judgement, the label no deed of the body's
@pytest.mark.parametrize("text, word, body, kind", [
    ("The Bundestag declared the Holodomor a genocide.", "declared", "Bundestag", "ACCUSE"),
    ("Canada's House of Commons declared the treatment of the Uyghurs a genocide.", "declared",
     "Legislature of Canada", "ACCUSE"),
    ("The US State Department declared the killings of Rohingya a genocide.", "declared",
     "Government of the United States", "ACCUSE"),
    ("The Czech Senate recognised the 1915 killings of Armenians as genocide.", "recognised",
     "Legislature of the Czech Republic", "SUPPORT"),
    ("The Danish parliament passed a resolution recognising the Ukrainian famine as genocide.", "recognising",
     "Folketing", "SUPPORT"),
    ("The Lithuanian parliament recognised the treatment of the Uyghurs as genocide.", "recognised",
     "Seimas", "SUPPORT"),
    # variants
    ("Poland's parliament declared the massacres of Poles in Volhynia a genocide.", "declared",
     "Legislature of Poland", "ACCUSE"),
    ("The Belgian parliament recognised the killings of Yazidis as genocide.", "recognised",
     "Legislature of Belgium", "SUPPORT"),
])
def test_declared_genocide_is_a_judgement(pipeline, text: str, word: str, body: str, kind: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == kind and _names(event.source) == [body]
    assert _assaults_by(pipeline, text, {body}) == []
    assert "genocide" not in [e.trigger.text for e in _events(pipeline, text)]


@pytest.mark.parametrize("text, word, kind, source, target", [
    ("Israel declared a state of emergency after the attack.", "state of emergency", "COERCE",
     ["Government of Israel"], None),
    ("Rebels declared a ceasefire.", "ceasefire", "RETREAT", ["Rebels"], None),
    ("The US recognised Juan Guaido as interim president.", "recognised", "SUPPORT",
     ["Government of the United States"], ["Juan Guaido"]),
    ("The Israeli military acknowledged the strike on the hospital.", "strike", "ASSAULT",
     ["Military Forces of Israel"], None),
])
def test_control_declarations(pipeline, text: str, word: str, kind: str, source: list,
                              target: list | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == kind and _names(event.source) == source
    if target is not None:
        assert _names(event.target) == target


# 3. a people or country named before a genocide: its victims or place, not its doer
@pytest.mark.parametrize("text, state", [
    ("Survivors of the Rwandan genocide met the French president.", "Government of Rwanda"),
    ("Armenians laid wreaths in Paris on the anniversary of the Armenian genocide.", "Government of Armenia"),
    ("The Greek parliament marked the anniversary of the Pontic Greek genocide.", "Government of Greece"),
    ("The Dutch parliament voted to recognise the Uyghur genocide.", "Uyghur Ethnic Militia (China)"),
])
def test_named_victims_are_not_the_doers(pipeline, text: str, state: str) -> None:
    assert _assaults_by(pipeline, text, {state}) == []


@pytest.mark.parametrize("text, word, source", [
    ("Hutu militias carried out a genocide against the Tutsi in 1994.", "genocide",
     ["Hutu Ethnic Militia (Rwanda)"]),
    ("Turkey's genocide of Armenians killed over a million people.", "genocide", ["Government of Turkey"]),
])
def test_control_named_doers(pipeline, text: str, word: str, source: list) -> None:
    assert _names(_event(pipeline, text, word).source) == source
