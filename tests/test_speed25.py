"""Round speed25: the actors of words asked about again are kept (chronica.asked), with the same events
as working each out anew (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from chronica import mentions as mentions_mod
from chronica.asked import ask
from chronica.ingest import document_from_text
from chronica.record import Actor, to_dict

STORIES = [
    "Teachers marched through Accra on Tuesday, demanding that the education ministry pay their salaries.",
    "Gunmen on motorbikes attacked a market in northern Mali and burned shops, villagers said.",
    "The opposition party urged the electoral commission to cancel the vote in three districts.",
    "Police in Quito fired tear gas at students who were protesting against higher fuel prices.",
    "Kenyan soldiers killed four al-Shabaab militants near the Somali border on Sunday, the army said.",
    "The Indian government summoned Pakistan's envoy after troops exchanged fire in Kashmir.",
    "Farmers blocked a highway near Lahore, and police later arrested 30 of them for the blockade.",
    "Rebels of the ELN kidnapped two engineers in Arauca. The group later demanded a ransom.",
]


def _anew(kept, key, named, work):  # noqa: ANN001, ANN202 - the long way: every actor worked out again
    return work()


def _events(pipeline, texts: list[str]) -> list[list[dict]]:  # noqa: ANN001
    out = []
    for k, text in enumerate(texts):
        events = pipeline.code(document_from_text(text, doc_id=f"s25-{k}"))
        out.append([to_dict(e) for e in events])
    return out


def _count_work(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    actor = mentions_mod.Mentions._actor

    def counted(self, tok, ctx):  # noqa: ANN001, ANN202
        calls[0] += 1
        return actor(self, tok, ctx)

    monkeypatch.setattr(mentions_mod.Mentions, "_actor", counted)
    return calls


def test_kept_actors_give_the_same_events(pipeline, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    calls = _count_work(monkeypatch)
    kept = _events(pipeline, STORIES)
    with_memo = calls[0]
    monkeypatch.setattr(mentions_mod, "ask", _anew)
    calls[0] = 0
    anew = _events(pipeline, STORIES)
    assert kept == anew
    assert with_memo < calls[0]  # the fallbacks asked again, and were answered from what was kept
    assert all(kept), "every story has an event"


def test_kept_actors_name_who_did_it(pipeline) -> None:  # noqa: ANN001
    events = {k: e for k, e in enumerate(_events(pipeline, STORIES))}
    kenya = next(e for e in events[4] if e["primary"])
    assert kenya["source"] and kenya["source"][0]["country"] == "KEN"
    assert kenya["fatalities"] == 4
    quito = next(e for e in events[3] if e["primary"])
    assert quito["source"] and quito["source"][0]["sector"] == "COP"


def _org(name: str) -> Actor:
    return Actor(text=name, name=name, country="COL", sector="REB", inter=2, evidence=f"org:{name}")


def test_an_answer_is_kept_and_handed_out_as_a_copy() -> None:
    kept: dict = {}
    named: dict = {}
    calls = []

    def work() -> Actor:
        calls.append(1)
        return Actor(text="police", name="Police (Peru)", country="PER", sector="COP", inter=3)

    first = ask(kept, (3, "PER", None), named, work)
    first.evidence = "changed by its caller"
    second = ask(kept, (3, "PER", None), named, work)
    assert len(calls) == 1
    assert second is not first and second.evidence is None and second.name == "Police (Peru)"
    ask(kept, (3, "ECU", None), named, work)  # another country of the event: worked out again
    assert len(calls) == 2


def test_the_groups_an_answer_named_are_named_again() -> None:
    kept: dict = {}

    def work_in(named: dict):  # noqa: ANN202
        def work() -> Actor:
            group = _org("ELN")
            named["ELN"] = group  # resolving a named group registers it for coreference
            return group

        return work

    first_named: dict = {}
    found = ask(kept, (0, None, None), first_named, work_in(first_named))
    assert first_named["ELN"] is found
    again: dict = {}  # a document state equal to the first one's before it: the answer is replayed
    replayed = ask(kept, (0, None, None), again, lambda: pytest.fail("worked out again"))
    assert list(again) == ["ELN"] and again["ELN"] == _org("ELN")
    assert again["ELN"] is replayed  # the caller's answer is the registered group, as worked out anew


def test_a_changed_document_state_is_worked_out_again() -> None:
    kept: dict = {}
    named: dict = {}
    calls = []

    def work() -> Actor:
        calls.append(1)
        return Actor(text="the rebels", name="Rebels", sector="REB", evidence="role:rebels")

    ask(kept, (5, None, None), named, work)
    named["FARC"] = _org("FARC")  # a group named since: the rebels may now be the FARC
    ask(kept, (5, None, None), named, work)
    assert len(calls) == 2
    named["FARC"].evidence = "mention in sentence: org:FARC"  # a kept group changed by a caller
    ask(kept, (5, None, None), named, work)
    assert len(calls) == 3


def test_a_group_changed_in_place_is_changed_again() -> None:
    kept: dict = {}

    def work_in(named: dict):  # noqa: ANN202
        def work() -> None:
            named["ELN"].country = "VEN"  # working it out changed a named group in place
            return None

        return work

    first = {"ELN": _org("ELN")}
    ask(kept, (2, None, None), first, work_in(first))
    again = {"ELN": _org("ELN")}
    assert ask(kept, (2, None, None), again, lambda: pytest.fail("worked out again")) is None
    assert again["ELN"].country == "VEN"
