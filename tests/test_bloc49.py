"""Leaving blocs, recalls, visits and headline passives (round bloc49): a state that withdraws from, quits,
leaves or pulls out of an international body cuts ties with the body (SANCTION withdraw, aimed at it), all
the states listed together doing so; a stated plan to cut ties is the plan, still to come, not a threat
unless held over someone on a condition. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):  # noqa: ANN001, ANN202
    return next((e for e in pipeline.code(document_from_text(text, doc_id="bloc49")) if e.primary), None)


def _sides(actors) -> list[tuple[str | None, str | None]]:  # noqa: ANN001
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text, sources, body", [
    ("Mali, Burkina Faso and Niger withdrew from ECOWAS on Sunday.", ["MLI", "BFA", "NER"], "ECOWAS"),
    ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", ["MLI", "BFA", "NER"], "ECOWAS"),
    ("Niger pulled out of ECOWAS.", ["NER"], "ECOWAS"),
    ("Russia left the Council of Europe in March.", ["RUS"], "Council of Europe"),
    ("Burundi withdrew from the International Criminal Court.", ["BDI"], "ICC"),
    ("The United States withdrew from the World Health Organization.", ["USA"], "WHO"),
    ("Nicaragua quit the Organization of American States.", ["NIC"], "OAS"),
])
def test_leaving_a_body_cuts_ties_with_it(pipeline, text: str, sources: list[str], body: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("SANCTION", "withdraw")
    assert [a.country for a in primary.source] == sources
    assert all(a.sector == "GOV" for a in primary.source)
    assert [a.name for a in primary.target] == [body]
    assert not primary.modality.future


@pytest.mark.parametrize("text, sources, body", [
    ("The Alliance of Sahel States announced on Sunday that Mali, Burkina Faso and Niger would leave ECOWAS.",
     ["MLI", "BFA", "NER"], "ECOWAS"),
    ("Hungary said it would leave the ICC.", ["HUN"], "ICC"),
])
def test_a_stated_exit_is_a_threat_to_cut_ties(pipeline, text: str, sources: list[str], body: str) -> None:
    """A stated future break is THREATEN by the code's convention (CAMEO 1313, threaten to reduce or break
    relations; extract/intent.py), aimed at the body left."""
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "THREATEN"
    assert [a.country for a in primary.source] == sources
    assert [a.name for a in primary.target] == [body]


@pytest.mark.parametrize("text, plover, acled", [
    # forces leaving ground stay a retreat
    ("Troops withdrew from the town on Sunday.", "RETREAT", "Non-violent transfer of territory"),
    ("The rebels pulled out of the town after two days of fighting.", "RETREAT", None),
    # a place named in Europe is no body
    ("The United States withdrew its troops from Europe.", "RETREAT", None),
])
def test_forces_leaving_ground_stay_a_retreat(pipeline, text: str, plover: str, acled: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    if acled:
        assert primary.acled["sub_event_type"] == acled


def test_three_states_listed_are_three_doers(pipeline) -> None:
    primary = _primary(pipeline, "Russia, China and Iran condemned the strike.")
    assert [a.country for a in primary.source] == ["RUS", "CHN", "IRN"]


@pytest.mark.parametrize("text, source, target", [
    ("Paris announced it would withdraw its ambassador from Niamey.", "FRA", "NER"),
    ("Paris said it would withdraw its troops and ambassador from Niger by the end of the year.",
     "FRA", "NER"),
    ("Algeria said it would recall its ambassador from Paris.", "DZA", "FRA"),
    ("Niger will withdraw its ambassador from Paris.", "NER", "FRA"),
])
def test_a_stated_recall_is_a_threat_to_cut_ties(pipeline, text: str, source: str, target: str) -> None:
    """As a stated exit (CAMEO 1313): a threat, with the sides a recall done has."""
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "THREATEN"
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text, plover", [
    # held over someone on a condition: a threat
    ("Paris said it would withdraw its ambassador if Niger did not release Bazoum.", "THREATEN"),
    ("Iran said on Monday it would pull out of the treaty if the West imposed new sanctions.", "THREATEN"),
    # done: the sanction itself
    ("Algeria recalled its ambassador from Paris.", "SANCTION"),
    # a threat of force stays a threat
    ("The junta said it would attack any foreign force.", "THREATEN"),
])
def test_a_recall_held_over_someone_or_done(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert not primary.modality.future


@pytest.mark.parametrize("text, visitor, host", [
    ("Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni to State House in Nairobi.",
     "UGA", "KEN"),
    ("Macron welcomed Indian Prime Minister Narendra Modi to the Elysee Palace.", "IND", "FRA"),
    ("Erdogan welcomed Zelenskiy in Istanbul on Friday.", "UKR", "TUR"),
    ("Bhutan's King Jigme Khesar Namgyel Wangchuck was received by Indian President Droupadi Murmu at "
     "Rashtrapati Bhavan.", "BTN", "IND"),
    ("King Charles was received by Indian President Droupadi Murmu in New Delhi.", "GBR", "IND"),
])
def test_a_guest_welcomed_or_received_is_a_visit(pipeline, text: str, visitor: str, host: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "visit")
    assert _sides(primary.source) == [(visitor, "GOV")]
    assert _sides(primary.target) == [(host, "GOV")]


@pytest.mark.parametrize("text", [
    "The UN welcomed the ceasefire.",
    "Ruto welcomed the decision by the court.",
    "Biden welcomed Navalny's release.",
    "The EU welcomed Tshisekedi's victory.",
])
def test_welcoming_a_decision_stays_support(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "SUPPORT"


@pytest.mark.parametrize("text, plover, source, target", [
    ("Bazoum detained by soldiers.", "COERCE", [("NER", "MIL")], [("NER", "GOV")]),
    ("Bazoum arrested by soldiers.", "COERCE", [("NER", "MIL")], [("NER", "GOV")]),
    ("Suu Kyi detained by army.", "COERCE", [("MMR", "MIL")], [("MMR", "GOV")]),
    ("Niger's president detained by soldiers.", "COERCE", [("NER", "MIL")], [("NER", "GOV")]),
    ("Peru's Castillo ousted and arrested after trying to shut Congress.", "COERCE", [], [("PER", "GOV")]),
    # the sentence's passive with its "was" reads the same
    ("Niger's President Mohamed Bazoum was detained by the presidential guard.", "COERCE", [("NER", "MIL")],
     [("NER", "GOV")]),
])
def test_a_headline_passive_without_was(pipeline, text: str, plover: str, source: list, target: list) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert _sides(primary.source) == source
    assert _sides(primary.target) == target


@pytest.mark.parametrize("text, target", [
    ("Chad's Deby killed on front line, army says.", ("TCD", "GOV")),
    ("Opposition leader shot dead in Bamako.", ("MLI", "OPP")),
    ("Two police officers hacked to death in Kenya.", ("KEN", "COP")),
])
def test_a_headline_killing_without_was_names_the_dead(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.target) == [target]
    assert target not in _sides(primary.source)


@pytest.mark.parametrize("text, plover, source_sector, target", [
    ("Ten soldiers killed in ambush.", "ASSAULT", "UAF", [(None, "MIL")]),
    ("Rebels attacked, killed 5.", "ASSAULT", "REB", []),
    ("Troops withdrew from the town.", "RETREAT", "MIL", []),
    ("Police shot dead two protesters in Nairobi.", "ASSAULT", "COP", [("KEN", "CVL")]),
    ("Protesters gathered in the capital on Sunday.", "PROTEST", "CVL", []),
    ("Four policemen deserted on Tuesday.", "RETREAT", "COP", []),
])
def test_doers_of_a_headline_stay_doers(pipeline, text: str, plover: str, source_sector: str,
                                        target: list) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert [a.sector for a in primary.source] == [source_sector]
    assert _sides(primary.target) == target


@pytest.mark.parametrize("text, target", [
    ("Slovak Prime Minister Robert Fico survived an assassination attempt.", ("SVK", "GOV")),
    ("Imran Khan survived a gun attack at a rally.", ("PAK", "GOV")),
    ("Embalo said he had survived a coup attempt.", ("GNB", "GOV")),
    ("Kenyan President William Ruto escaped an ambush on the highway.", ("KEN", "GOV")),
])
def test_the_survivor_of_an_attack_is_its_target(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] in ("ASSAULT", "COERCE")
    assert _sides(primary.target) == [target]
    assert target not in _sides(primary.source)


def test_the_survived_attack_keeps_its_by_agent(pipeline) -> None:
    primary = _primary(pipeline, "Ruto survived an attack by Al-Shabaab militants on his motorcade.")
    assert [a.name.lower() for a in primary.source] == ["al-shabaab"]
    assert _sides(primary.target) == [("KEN", "GOV")]


@pytest.mark.parametrize("text", [
    "Rebels launched an attack on the town.",
    "Al-Shabaab militants carried out an attack on a police station.",
])
def test_the_doer_of_an_attack_launched_stays_its_source(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [a.sector for a in primary.source] in (["REB"], ["UAF"])
    assert not any(a.sector == "GOV" for a in primary.target)


@pytest.mark.parametrize("text, plover, source, target", [
    ("AU suspends Niger, demands return to constitutional order.", "REQUEST", "AU", ("NER", "GOV")),
    ("ECOWAS suspends Guinea, demands return to constitutional order.", "REQUEST", "ECOWAS", ("GIN", "GOV")),
    ("AU suspends Gabon, calls for elections.", "REQUEST", "AU", ("GAB", "GOV")),
])
def test_a_headlines_second_verb_shares_its_sides(pipeline, text: str, plover: str, source: str,
                                                   target: tuple) -> None:
    events = pipeline.code(document_from_text(text, doc_id="bloc49"))
    second = next(e for e in events if e.plover["type"] == plover)
    assert [a.name for a in second.source] == [source]
    assert _sides(second.target) == [target]
    first = next(e for e in events if e.plover["type"] == "SANCTION")
    assert _sides(first.target) == [target]


@pytest.mark.parametrize("text, target", [
    ("The army attacked the town, killed five civilians.", [(None, "CVL")]),
    ("The UN condemned the coup, demanded the release of Bazoum.", [("NER", "GOV")]),
])
def test_a_second_verb_with_its_own_object_keeps_it(pipeline, text: str, target: list) -> None:
    events = pipeline.code(document_from_text(text, doc_id="bloc49"))
    second = [e for e in events if e.trigger.text in ("killed", "attacked", "demanded")][-1]
    assert _sides(second.target) == target


def test_a_past_tense_after_a_long_subject_is_no_passive(pipeline) -> None:
    text = "Students from two rival colleges fought with stones and iron rods in the city, police said."
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.acled["event_type"] == "Riots"


def test_a_killing_with_an_object_under_dead_keeps_its_doers(pipeline) -> None:
    text = ("Members of a local militia shot dead three suspected thieves in Kenya's Turkana county, "
            "police said.")
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [a.sector for a in primary.source] == ["PRM"]
