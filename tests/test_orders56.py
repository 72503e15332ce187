"""Standing orders (round orders56): a deed an order names as a rule for whoever comes ("ordered troops to
shoot looters on sight", "ordered officers to kill drug lords who resist", "told police to arrest anyone who
joins the rally") is no deed done: it is hypothetical, done (if ever) by the ones ordered, and the order
itself is the primary event (REQUEST, the one who orders on the ones ordered); a deed only authorised
("authorized the military to bomb the camps") is not done either. An arrest resisted or evaded is no arrest,
and one's own men ordered to act are no target of the deed. A single deed ordered ("ordered the army to
attack Ukraine", "ordered police to arrest the men who attacked the church") keeps the repo's convention:
the deed, done under the one who orders it. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2024-06-15"):
    return pipeline.code(document_from_text(text, doc_id="orders56", published=published))


def _primary(pipeline, text: str, published: str = "2024-06-15"):
    return next((e for e in _events(pipeline, text, published) if e.primary), None)


def _event(pipeline, text: str, word: str, published: str = "2024-06-15"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _sides(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# 1. a standing order: the order is the primary event, the one who orders on the ones ordered
@pytest.mark.parametrize("text, published, word, source, target", [
    ("The Myanmar junta ordered troops to shoot looters on sight in Mandalay.", "2024-06-15", "ordered",
     ("MMR", "GOV"), ("MMR", "MIL")),
    ("Chief Superintendent Bato dela Rosa ordered officers to kill drug lords who resist.", "2024-06-15",
     "ordered", None, (None, "COP")),
    ("Hun Sen told police to arrest anyone who joins the opposition rally in Phnom Penh.", "2024-06-15",
     "told", ("KHM", "ELI"), ("KHM", "COP")),
    ("Duterte ordered police to shoot drug suspects who resist arrest.", "2018-06-15", "ordered",
     ("PHL", "GOV"), ("PHL", "COP")),
    # variants
    ("The governor ordered police to shoot looters on sight.", "2024-06-15", "ordered", (None, "GOV"),
     (None, "COP")),
    ("The president ordered soldiers to arrest anyone who violates the lockdown.", "2024-06-15", "ordered",
     (None, "GOV"), (None, "MIL")),
    # controls: an order to give way, a telling to rebels
    ("Duterte told the communist rebels to surrender their weapons.", "2018-06-15", "told", ("PHL", "GOV"),
     ("PHL", "REB")),
    ("The interior minister ordered the governors to stop issuing permits for rallies.", "2024-06-15",
     "ordered", None, None),
])
def test_a_standing_order_is_the_event(pipeline, text: str, published: str, word: str, source,
                                      target) -> None:
    primary = _primary(pipeline, text, published)
    assert primary is not None and primary.trigger.text == word
    if word in ("ordered", "told"):
        assert primary.plover["type"] == "REQUEST"
        if source is not None:
            assert _sides(primary.source) == [source]
        if target is not None:
            assert _sides(primary.target) == [target]


# 2. the deed a standing or authorised order names: hypothetical, the ones ordered its doers, never primary
@pytest.mark.parametrize("text, published, word, doer", [
    ("The Myanmar junta ordered troops to shoot looters on sight in Mandalay.", "2024-06-15", "shoot",
     ("MMR", "MIL")),
    ("Chief Superintendent Bato dela Rosa ordered officers to kill drug lords who resist.", "2024-06-15",
     "kill", (None, "COP")),
    ("Hun Sen told police to arrest anyone who joins the opposition rally in Phnom Penh.", "2024-06-15",
     "arrest", ("KHM", "COP")),
    ("President Marcos authorized the military to bomb Abu Sayyaf camps in Sulu.", "2024-06-15", "bomb",
     ("PHL", "MIL")),
    ("Duterte ordered police to shoot drug suspects who resist arrest.", "2018-06-15", "shoot",
     ("PHL", "COP")),
    # variants
    ("Police were told to shoot anyone who breaks the curfew in Yangon.", "2024-06-15", "shoot",
     ("MMR", "COP")),
    ("The interior minister instructed police to detain those who join the strike.", "2024-06-15", "detain",
     (None, "COP")),
    ("Parliament authorised the government to deploy troops abroad.", "2024-06-15", "deploy", (None, "GOV")),
])
def test_the_deed_of_a_standing_order_is_not_done(pipeline, text: str, published: str, word: str,
                                                 doer) -> None:
    deed = _event(pipeline, text, word, published)
    assert deed.modality.hypothetical and not deed.primary
    assert _sides(deed.source) == [doer]


@pytest.mark.parametrize("text, word, plover", [
    # controls: a single deed ordered stays the deed done under the one who orders it; a deed done stays done
    ("Putin ordered the army to attack Ukraine.", "attack", "ASSAULT"),
    ("The president ordered police to arrest the men who attacked the church.", "arrest", "COERCE"),
    ("Soldiers shot dead three protesters in Mandalay on Sunday.", "shot dead", "ASSAULT"),
    ("Thai police fired rubber bullets at protesters in Bangkok on Saturday.", "fired", "ASSAULT"),
    ("Duterte ordered the arrest of Senator Leila de Lima.", "arrest", "COERCE"),
    ("The junta ordered the release of 5,000 prisoners on Thursday.", "release", "RETREAT"),
    ("Kim Jong Un ordered the military to prepare for a nuclear attack.", "prepare", "MOBILIZE"),
])
def test_a_single_deed_ordered_or_done_stays(pipeline, text: str, word: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.trigger.text == word and primary.plover["type"] == plover
    assert not primary.modality.hypothetical


def test_an_order_with_no_rule_and_no_deed_is_no_event(pipeline) -> None:
    assert _primary(pipeline, "The court ordered the company to prepare a report on the spill.") is None


# 3. an arrest resisted or evaded is no arrest
@pytest.mark.parametrize("text", [
    "Duterte ordered police to shoot drug suspects who resist arrest.",
    "Police said the man was shot dead after he resisted arrest.",
    "The opposition leader evaded arrest for three weeks.",
])
def test_an_arrest_resisted_is_no_arrest(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "arrest" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word", [
    # controls: arrests made
    ("Police arrested two men who resisted.", "arrested"),
    ("Police made dozens of arrests after the clashes.", "arrests"),
])
def test_an_arrest_made_stays(pipeline, text: str, word: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "COERCE"


# 4. one's own men ordered to act are no target of the deed
@pytest.mark.parametrize("text, word, target", [
    ("The commander directed his men to torch the village, survivors said.", "torch", []),
    # controls: the deed's own object; an order to give way falls on the ones ordered
    ("The general ordered his soldiers to fire on the protesters.", "fire", [(None, "CVL")]),
    ("The court ordered police to release the journalist.", "release", [(None, "COP")]),
])
def test_own_men_ordered_are_no_target(pipeline, text: str, word: str, target) -> None:
    deed = _event(pipeline, text, word)
    assert _sides(deed.target) == target
