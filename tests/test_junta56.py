"""A junta's arms, self-immolation and a bounty (round junta56): a ruler by force named on its armed men's
things ("a junta airstrike", "a junta drone strike", "a junta base", "a junta convoy", "regime airstrikes")
is its military, not its government nor an unnamed armed group; "a monk self-immolated" (the parse hanging
the monk on the verb as a modifier) and "burned himself to death" are a self-immolation, a protest; a
bounty or reward offered "for the arrest of" someone is an arrest to come (as a warrant is), no one held.
The junta itself, its spokesman and its acts of state stay its government; a state's airstrike keeps its
forces; a real arrest and the other self-immolations stay as they were. Sentences written for the test,
each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="junta56", published="2023-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None]:
    return (actors[0].name, actors[0].sector) if actors else (None, None)


# 1. a junta's or a regime's armed things: its military
@pytest.mark.parametrize("text, word, role, actor", [
    ("A junta airstrike on a village in Sagaing Region killed 12 villagers.", "airstrike", "source",
     ("Military Forces of Myanmar", "MIL")),
    ("A junta drone strike hit a school in Rakhine State on Tuesday.", "drone strike", "source",
     ("Military Forces of Myanmar", "MIL")),
    ("Junta airstrikes killed at least 20 people in Kachin State last week.", "airstrikes", "source",
     ("Military Forces of Myanmar", "MIL")),
    ("A junta airstrike killed 11 people at a wedding in Mopti.", "airstrike", "source",
     ("Military Forces of Mali", "MIL")),
    ("The Kachin Independence Army overran a junta base near Bhamo on Sunday.", "overran", "target",
     ("Military Forces of Myanmar", "MIL")),
    ("Three resistance fighters were killed when a junta drone struck their position in Lashio.",
     "drone struck", "source", ("Military Forces of Myanmar", "MIL")),
    ("Resistance fighters ambushed a junta convoy in Magway Region.", "ambushed", "target",
     ("Military Forces of Myanmar", "MIL")),
    ("Regime airstrikes killed 15 civilians in Idlib province.", "airstrikes", "source",
     ("Military Forces of Syria", "MIL")),
    # variants
    ("A junta air strike hit a camp for displaced people in Kachin State.", "air strike", "source",
     ("Military Forces of Myanmar", "MIL")),
    ("Rebels shot down a junta helicopter in Shan State.", "shot", "target",
     ("Military Forces of Myanmar", "MIL")),
    ("An army drone strike hit a school in Rakhine State on Tuesday.", "drone strike", "source",
     ("Military Forces of Myanmar", "MIL")),
    ("A regime airstrike killed seven civilians in Aleppo.", "airstrike", "source",
     ("Military Forces of Syria", "MIL")),
])
def test_rulers_arms_are_its_military(pipeline, text: str, word: str, role: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), role)) == actor


@pytest.mark.parametrize("text, word, role, actor", [
    # controls: the junta itself and its acts of state, its troops, a state's airstrike
    ("Junta troops shelled a village in Kachin State.", "shelled", "source",
     ("Military Forces of Myanmar", "MIL")),
    ("The junta arrested three journalists in Yangon.", "arrested", "source",
     ("Government of Myanmar", "GOV")),
    ("Myanmar's junta sentenced Aung San Suu Kyi to four years in prison.", "sentenced", "source",
     ("Government of Myanmar", "GOV")),
    ("The military regime arrested three journalists in Yangon.", "arrested", "source",
     ("Government of Myanmar", "GOV")),
    ("A Russian airstrike killed five civilians in Idlib.", "airstrike", "source",
     ("Military Forces of Russia", "MIL")),
    ("A government airstrike killed five civilians in Darfur.", "airstrike", "source",
     ("Government of Sudan", "GOV")),
    ("Regime forces shelled the town of Maarat al-Numan.", "shelled", "source",
     ("Military Forces of Syria", "MIL")),
])
def test_rulers_arms_controls(pipeline, text: str, word: str, role: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), role)) == actor


# 2. self-immolation: a protest by the one who did it
@pytest.mark.parametrize("text, word, source", [
    ("A monk self-immolated in Ngaba county on Monday.", "immolated", "A monk"),
    ("A Tibetan nomad self-immolated in Golog prefecture, Radio Free Asia reported.", "immolated",
     "A Tibetan nomad"),
    ("A Buddhist monk burned himself to death in Saigon to protest the government.", "burned",
     "A Buddhist monk"),
    # variants
    ("A 24-year-old Tibetan woman self-immolated outside a monastery in Qinghai.", "immolated",
     "A 24-year-old Tibetan woman"),
    ("Two Tibetan teenagers self-immolated in Lhasa on Sunday.", "immolated", "Two Tibetan teenagers"),
    ("A farmer burned himself to death in Tunis to protest unemployment.", "burned", "A farmer"),
    # controls: the self-immolations read right before
    ("A Tibetan man set himself on fire in Lhasa to protest Chinese rule.", "set", "A Tibetan man"),
    ("A Vietnamese monk immolated himself in Hue to protest religious repression.", "immolated",
     "A Vietnamese monk"),
])
def test_self_immolation_is_a_protest(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST"
    assert event.primary
    assert [a.text for a in event.source] == [source]
    assert event.acled["event_type"] == "Protests"


@pytest.mark.parametrize("text, word", [
    # controls: another burned to death is killed
    ("Soldiers burned him to death in the village.", "burned"),
    ("A mob burned a man to death in Lagos.", "burned"),
])
def test_self_immolation_controls(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == "ASSAULT"


# 3. a bounty or reward for an arrest: an arrest to come, no one held
@pytest.mark.parametrize("text, target", [
    ("Hong Kong authorities offered bounties of HK$1 million for the arrest of eight overseas activists.",
     "Opposition (Hong Kong)"),
    # variants
    ("Police offered a reward for the arrest of the gunmen.", "Unidentified Armed Group"),
    ("The government offered a $50,000 bounty for the arrest of the rebel commander.", "Rebels"),
])
def test_bounty_for_an_arrest_is_no_arrest(pipeline, text: str, target: str) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover.get("type") == "COERCE" and e.plover.get("mode") == "arrest" for e in events)
    assert not any(e.arrested for e in events)
    wanted = next(e for e in events if e.trigger.text == "arrest")
    assert wanted.plover["type"] == "THREATEN"
    assert [a.name for a in wanted.target] == [target]


@pytest.mark.parametrize("text, arrested", [
    # controls: an arrest made; a warrant for one
    ("Police arrested eight activists in Hong Kong.", 8),
    ("Police in Hong Kong arrested three men who had collected bounties.", 3),
])
def test_bounty_controls(pipeline, text: str, arrested: int) -> None:
    event = _event(pipeline, text, "arrested")
    assert event.plover["type"] == "COERCE"
    assert event.arrested == arrested


def test_warrant_control(pipeline) -> None:
    event = _event(pipeline, "A judge issued a warrant for the arrest of the former president.", "arrest")
    assert event.plover["type"] == "THREATEN"
    assert event.arrested is None
