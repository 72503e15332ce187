"""Mandates and held people (round mandates50): a deed noun that names a UN or NGO mandate, body or observance
("the Special Rapporteur on torture", "the Committee against Torture", "the International Day in Support of
Victims of Torture") is no event, while a deed told beside such a body, a report or inquiry on a deed, and a
lowercase "committee on the killings" keep theirs; detainees killed, shot dead or wounded are the toll or the
injured, not an arrest count. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="mandates50"))


def _deeds(pipeline, text: str) -> list[tuple[str, str | None]]:
    """The violent or coercive events: (trigger text, PLOVER mode)."""
    return [(e.trigger.text, e.plover.get("mode")) for e in _events(pipeline, text)
            if e.plover.get("type") in ("ASSAULT", "COERCE")]


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


# 1. a deed noun in a mandate's title or a body's name is no deed
@pytest.mark.parametrize("text, word", [
    ("The UN Special Rapporteur on torture visited detention centres in Sri Lanka.", "torture"),
    ("The Committee against Torture reviewed Mexico's report in Geneva.", "Torture"),
    ("The Working Group on Arbitrary Detention said the lawyer's detention was unlawful.", "Detention"),
    ("Activists marked the International Day in Support of Victims of Torture in Nairobi.", "Torture"),
    ("The Special Rapporteur on extrajudicial executions called for an inquiry into the killings.",
     "executions"),
    ("The Committee on Enforced Disappearances urged Iraq to search for the missing.", "Disappearances"),
    # variants: a lowercase title, another body, a convention, a body's support or release in its name
    ("The UN special rapporteur on torture, Alice Edwards, arrived in Kyiv on Monday.", "torture"),
    ("A UN special rapporteur on extrajudicial executions urged Manila to end the drug war killings.",
     "executions"),
    ("The Convention against Torture was ratified by Chad in 2024.", "Torture"),
    ("Activists marked the International Day in Support of Victims of Torture in Nairobi.", "Support"),
    ("The Committee for the Release of Political Prisoners said 20 activists remain in jail.", "Release"),
])
def test_a_mandate_names_no_deed(pipeline, text: str, word: str) -> None:
    assert all(e.trigger.text != word for e in _events(pipeline, text))


def test_the_rapporteurs_visit_is_the_event(pipeline) -> None:
    event = _primary(pipeline, "The UN Special Rapporteur on torture visited detention centres in Sri Lanka.")
    assert (event.trigger.text, event.plover.get("type"), event.plover.get("mode")) == ("visited", "CONSULT",
                                                                                         "visit")
    assert [a.sector for a in event.source] == ["IGO"]


def test_the_working_group_arrests_no_one(pipeline) -> None:
    text = "The Working Group on Arbitrary Detention said the lawyer's detention was unlawful."
    arrests = [e for e in _events(pipeline, text) if e.plover.get("mode") == "arrest"]
    assert [e.trigger.text for e in arrests] == ["detention"]
    assert not any("Working Group" in (a.text or "") for e in arrests for a in e.source)


@pytest.mark.parametrize("text, deeds", [
    # controls: a deed told beside the body, by a group, after a body's plain name; a report, an inquiry
    # or a lowercase committee on a deed; victims of a deed
    ("Police tortured detainees in Colombo, the UN Special Rapporteur on torture said.",
     [("tortured", "torture")]),
    ("Amnesty International said soldiers tortured detainees.", [("tortured", "torture")]),
    ("The Working Group said the authorities detained the lawyer in March.", [("detained", "arrest")]),
    ("The Commission of Inquiry on Syria said government forces tortured prisoners.",
     [("tortured", "torture")]),
    ("A report on the torture of detainees was published on Monday.", [("torture", "torture")]),
    ("A parliamentary committee on the killings of protesters met in Dhaka.", [("killings", None)]),
    ("Students staged a day of action against the arrests.", [("arrests", "arrest")]),
])
def test_mandate_controls(pipeline, text: str, deeds: list) -> None:
    assert _deeds(pipeline, text) == deeds


@pytest.mark.parametrize("text, word, plover", [
    ("Victims of torture protested outside the ministry.", "protested", "PROTEST"),
    ("Activists called a National Day of Protest against police violence on Friday.", "Protest", "PROTEST"),
])
def test_protests_in_names_stay(pipeline, text: str, word: str, plover: str) -> None:
    assert _primary(pipeline, text).trigger.text == word
    assert _event(pipeline, text, word).plover.get("type") == plover


# 2. detainees killed or wounded are the toll or the injured, not the arrested
@pytest.mark.parametrize("text, word, counts", [
    ("Soldiers executed 12 detainees in Bucha.", "executed", (12, None, None)),
    ("Guards killed 10 detainees during the riot.", "killed", (10, None, None)),
    ("The regime killed more than 10,000 detainees under torture, the report said.", "killed",
     (10000, None, None)),
    # variants: a passive "shot dead", another killing verb, the wounded
    ("Five detainees were shot dead by guards in Kinshasa.", "shot dead", (5, None, None)),
    ("Militia fighters massacred 35 detainees near Kismayo.", "massacred", (35, None, None)),
    ("Guards wounded four detainees during a riot in Quito.", "wounded", (None, 4, None)),
    # controls: arrests count, a release counts no dead, prisoners executed
    ("Police arrested 12 detainees' relatives.", "arrested", (None, None, 12)),
    ("Authorities released 200 detainees.", "released", (None, None, None)),
    ("Police detained 40 protesters.", "detained", (None, None, 40)),
    ("Militants executed 12 prisoners in Raqqa.", "executed", (12, None, None)),
])
def test_detainees_killed_are_the_toll(pipeline, text: str, word: str, counts: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.fatalities, event.injured, event.arrested) == counts
