"""Round roles59: a doer found in the sentence is not the target too; bodies found after a semicolon-joined
clause are no deed of that clause's subject; a repelled attack's own dead are not its target; foreign forces
and envoys given time, told or ordered to leave are expelled."""
import pytest

from chronica import default_pipeline
from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def _events(pipeline, text):
    return pipeline.code(document_from_text(text, doc_id="r59", published="2024-03-10"))


def _event(pipeline, text, trigger):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


@pytest.mark.parametrize("text, trigger", [
    ("A convoy of AU peacekeepers came under attack near Baidoa on Sunday.", "came under attack"),
    ("A convoy of UN peacekeepers leaving the Kidal base came under attack on Friday.", "came under attack"),
])
def test_the_attacked_are_no_doers(pipeline, text, trigger) -> None:
    ev = _event(pipeline, text, trigger)
    assert ev.target and ev.target[0].sector in ("IGO", "MIL")
    assert all(s.name != ev.target[0].name for s in ev.source)


def test_bodies_found_after_a_semicolon_are_no_arrest_of_the_police(pipeline) -> None:
    text = ("Gendarmes in Kara detained scores of students who had marched against the rector; at least "
            "four bodies were later found in a river.")
    ev = _event(pipeline, text, "found")
    assert all(s.sector != "COP" for s in ev.source)
    assert ev.acled["event_type"] != "Battles"
    assert ev.fatalities == 4


def test_bodies_found_control(pipeline) -> None:
    ev = _event(pipeline, "The bodies of six men were found in a field near Djibo.", "found")
    assert ev.acled["sub_event_type"] == "Attack"
    assert ev.target and ev.target[0].sector == "CVL"


@pytest.mark.parametrize("text", [
    "Nigerien soldiers repelled a JNIM attack near Torodi, killing seven militants.",
])
def test_a_repelled_attacks_dead_are_not_its_target(pipeline, text) -> None:
    ev = _event(pipeline, text, "repelled")
    assert [t.sector for t in ev.target] == ["MIL"]
    assert ev.fatalities == 7


@pytest.mark.parametrize("text, trigger", [
    ("A Malian army convoy came under attack near Menaka on Monday.", "came under attack"),
])
def test_attacked_convoy_control(pipeline, text, trigger) -> None:
    ev = _event(pipeline, text, trigger)
    assert ev.target[0].country == "MLI" and ev.source and ev.source[0].inter == 3


@pytest.mark.parametrize("text, trigger, target_country", [
    ("Chad's government gave Germany's ambassador 48 hours to leave the country.", "gave", "DEU"),
    ("Mali's junta has given the Ivorian ambassador one week to leave.", "given", "CIV"),
    ("Chad's government gave American troops one month to leave.", "gave", "USA"),
    ("The junta in Niamey ordered French soldiers to leave.", "ordered", "FRA"),
    ("Chad's junta told the German ambassador to leave within 72 hours.", "told", "DEU"),
])
def test_sent_away_is_expelled(pipeline, text, trigger, target_country) -> None:
    ev = _event(pipeline, text, trigger)
    assert ev.cameo["code"] == "166"
    assert ev.target and ev.target[0].country == target_country


@pytest.mark.parametrize("text", [
    "The colonel ordered his soldiers to leave the camp.",
    "The army gave its soldiers a week to leave the area.",
])
def test_own_forces_told_to_leave_are_not_expelled(pipeline, text) -> None:
    assert all(e.cameo["code"] != "166" for e in _events(pipeline, text))
