"""Sentence shapes that hid a known act, its doer or its target (syntax29): an agent the parse hung on the
act's object ("the expulsion of four diplomats by Germany"), a gathering taken for a target ("voiced support
at an emergency session"), a finding's "that" clause ("a court ruling that the leaders ordered the
killing"), an actor's history in a relative clause ("Savimbi, whose movement has fought for decades, said
..."), a crowd at a state's embassy, a fronted passive participle ("Handed over by Pakistan, the suspect
..."), forces deployed told by their ships, two sides widening their trade, and a deed that names a person
("the suspect in the bombing"); each with sentences of the same shape where the rule must not fire, and
negations, conditionals and denials that are no event at all."""

from __future__ import annotations

import pytest

from chronica.background import background


def _country(actors: list) -> str | None:
    return actors[0].country if actors else None


def _check(primary_of, text: str, kind: str, source: str | None, target: str | None) -> None:
    ev = primary_of(text)
    got = f"{ev.plover['type']} ({ev.trigger.text}) {_country(ev.source)} -> {_country(ev.target)}"
    assert ev.plover["type"] in kind.split("|"), got
    assert source is None or _country(ev.source) == source, got
    assert target is None or _country(ev.target) == target, got


FIRES = [
    # the agent of a nominal act that the parse hung on the act's object
    ("The expulsion of three Russian diplomats by Norway on Tuesday came a week after a spy was arrested in "
     "Oslo.", "SANCTION", "NOR", "RUS"),
    ("The extradition of a Colombian drug boss by Spain to Miami on Monday was the first under a new treaty.",
     "COOPERATE", "ESP", None),
    # a gathering where the act was done is no target; the one backed is
    ("The Arab League, at a summit in Amman, voiced support on Sunday for Syria's demand for the return of "
     "the Golan Heights.", "SUPPORT", None, "SYR"),
    # what a finding or a claim says was done is not the news
    ("The expulsion of two Libyan diplomats by Switzerland followed a court ruling that Libyan agents had "
     "ordered the bombing of a Swiss airliner.", "SANCTION", "CHE", "LBY"),
    # an actor's history in a relative clause on the subject
    ("Rebel leader John Garang, whose movement has fought Khartoum for ten years, said on Friday he would "
     "accept a ceasefire.", "AGREE", None, None),
    # a crowd at a state's embassy protests against that state
    ("Some 2,000 Serbs rallied outside the American embassy in Vienna on Sunday against the bombing of "
     "Belgrade.", "PROTEST", None, "USA"),
    # a fronted passive participle: its by-agent does it to the clause's subject
    ("Handed over by Chile on Monday, the former Peruvian president was flown to Lima under police escort.",
     "RETREAT|COOPERATE", "CHL", "PER"),
    # forces deployed told by their ships
    ("The deployment of two British frigates to the Gulf, announced on Tuesday, was meant as a warning to "
     "Tehran.", "MOBILIZE", "GBR", None),
    # a participle aside the parse took for the verb or hung the subject on
    ("Indian and Pakistani officials, meeting in Islamabad for the first time in a year, agreed on Friday "
     "to resume their border talks.", "AGREE", "IND", "PAK"),
    # two sides widening their trade: each the other's partner
    ("Chile and Argentina expanded their trade ties on Monday, opening a new border crossing in the Andes.",
     "COOPERATE", "CHL", "ARG"),
]

CONTROLS = [
    # "by" on the object that is no actor: no doer from it
    ("Soldiers carried out the killing of a farmer by the river on Tuesday, villagers said.",
     "ASSAULT", None, None),
    # an attack at a gathering hits those at it
    ("A suicide bomber attacked a meeting of tribal elders in Khost on Monday, killing nine, police said.",
     "ASSAULT", None, None),
    # a deed told as news, not as what a finding says
    ("Libyan agents ordered the bombing of a Swiss airliner, a court in Bern ruled on Monday.",
     "ASSAULT|ACCUSE|SANCTION", None, None),
    # a crowd at a building of no state keeps its own target
    ("Some 2,000 students rallied outside parliament in Vienna on Sunday against the new tuition fees.",
     "PROTEST", "AUT", None),
    # a fronted participle with no by-agent: its doer is not found this way
    ("Released on Sunday, the two journalists crossed into Turkey, their newspaper said.",
     "RETREAT", None, None),
    # one side widening its ties names no partner
    ("Chile expanded its trade ties with Argentina on Monday, opening a new border crossing in the Andes.",
     "COOPERATE", "CHL", "ARG"),
]


@pytest.mark.parametrize("text, kind, source, target", FIRES, ids=[t[0][:40] for t in FIRES])
def test_the_shape_gives_the_act_and_its_actors(primary_of, text, kind, source, target) -> None:
    _check(primary_of, text, kind, source, target)


@pytest.mark.parametrize("text, kind, source, target", CONTROLS, ids=[t[0][:40] for t in CONTROLS])
def test_the_rule_does_not_fire_where_the_shape_differs(primary_of, text, kind, source, target) -> None:
    _check(primary_of, text, kind, source, target)


@pytest.mark.parametrize("text, history", [
    ("Rebel leader John Garang, whose movement has fought Khartoum for ten years, said on Friday he would "
     "accept a ceasefire.", True),
    # told as done on a day of the news, not before it: no history
    ("Rebel leader John Garang, whose fighters attacked a garrison town on Thursday, said on Friday he would "
     "accept a ceasefire.", False),
    # the perfect in the main clause, not in a relative clause: no history
    ("The rebels have attacked a garrison town, and their leader said on Friday he would accept a ceasefire.",
     False),
])
def test_an_actors_history_in_a_relative_clause(events_of, text, history) -> None:
    fight = next(e for e in events_of(text) if e.plover["type"] == "ASSAULT")
    assert bool(fight.evidence["trigger"].get("history")) is history


def test_by_on_an_object_that_is_no_actor_names_no_doer(primary_of) -> None:
    ev = primary_of("The killing of a farmer by the river on Tuesday shocked the village.")
    assert ev.evidence.get("roles", {}).get("source") != "by-phrase of the object"
    assert not ev.source or ev.source[0].country is None or "river" not in (ev.source[0].name or "").lower()


@pytest.mark.parametrize("text, word, expected", [
    ("The court issued a ruling that the generals had ordered the killing of exiles.", "killing", True),
    ("The generals ordered the killing of exiles, the court ruled on Monday.", "killing", False),
    ("The chief suspect in the bombing was flown to New York on Saturday.", "bombing", True),
    ("Five people were killed in the bombing of a bus station on Saturday.", "bombing", False),
])
def test_a_deed_that_a_finding_or_a_person_names_is_background(nlp, text, word, expected) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == word)
    assert background(head) is expected


NO_EVENT = [
    # negations, conditionals and denials: no act was done
    "Iran did not expel any British diplomats on Monday, the foreign ministry in Tehran said.",
    "Turkey would send troops into northern Iraq only if the rebels attacked again, a minister said.",
    "The army denied on Tuesday that its soldiers had fired on the protesters in the capital.",
    "Neither side has agreed to a ceasefire, and no talks are planned, diplomats said.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_negations_and_conditionals_are_not_the_act(events_of, text) -> None:
    done = [e for e in events_of(text) if e.primary]
    kinds = {e.plover["type"] for e in done}
    assert not kinds & {"SANCTION", "MOBILIZE", "ASSAULT", "AGREE", "COERCE"}, kinds


@pytest.mark.parametrize("text, first, split", [
    ("TURKEY ASKS GREECE TO HALT ARMS BUILD-UP - Turkey called on Greece on Tuesday to stop its build-up.",
     "Turkey", True),
    ("CHINA WARNS JAPAN - China warned Japan on Monday over the disputed islands.", "China", True),
    # capitals that are names inside the lede, and a dash before a word in lower case: no headline
    ("NATO and EU leaders met in Brussels on Monday - the first such summit in a year.", "the", False),
    ("AID FOR THE NORTH IS SLOW - but the United Nations said on Monday that trucks had reached the town.",
     "but", False),
])
def test_an_all_capital_headline_before_a_dash_is_a_sentence_of_its_own(nlp, text, first, split) -> None:
    from chronica.parse import make_doc

    doc = make_doc(nlp, text)
    token = next(t for t in doc if t.text == first and t.i > 0)
    assert bool(token.is_sent_start) is split


@pytest.mark.parametrize("text, word, negated", [
    # a denied verb of stopping or hesitating affirms the act it governs
    ("Ankara said on Monday that it had not hesitated to expel the Syrian envoy after the plot was found.",
     "expel", False),
    ("The Burmese army has never stopped shelling villages near the border, a rebel spokesman said.",
     "shelling", False),
    # controls: the same verbs not denied, and a denied act with an errand, keep the act undone
    ("The Burmese army has stopped shelling villages near the border, a rebel spokesman said.",
     "shelling", True),
    ("Ankara did not send agents to expel the Syrian envoy, the foreign ministry said on Monday.",
     "expel", True),
    # a denied plan: its act is not done
    ("Greece and Turkey have denied any plans to send warships to the disputed islet, officials said.",
     "send", True),
    ("Greece announced plans on Monday to send warships to the disputed islet, officials said.",
     "send", False),
])
def test_denials_that_affirm_and_denials_that_deny(events_of, text, word, negated) -> None:
    ev = next(e for e in events_of(text) if e.trigger.text.lower().startswith(word))
    assert ev.modality.negated is negated, ev.evidence


@pytest.mark.parametrize("text, verb, mended", [
    ("Serb and Croat leaders, meeting in Geneva under United Nations auspices, agreed on Tuesday to a "
     "ceasefire in Krajina.", "agreed", True),
    # no finite verb after the aside, or one with a subject of its own: nothing to mend
    ("Serb and Croat leaders, meeting in Geneva under United Nations auspices, the first talks in a year.",
     None, False),
    ("Serb leaders, meeting in Geneva on Tuesday, they said, agreed to a ceasefire in Krajina.", None, None),
])
def test_a_participle_aside_made_the_root_gives_the_verb_back(nlp, text, verb, mended) -> None:
    from chronica.reparse import participle_asides

    doc = nlp(text)
    count = participle_asides(doc)
    if mended is None:  # whatever the parse, the mended root is a finite verb, never the aside
        assert all(t.tag_ != "VBG" for t in doc if t.dep_ == "ROOT") or count == 0
        return
    assert bool(count) is mended
    if verb:
        assert next(t for t in doc if t.text == verb).dep_ == "ROOT"


@pytest.mark.parametrize("text, country", [
    ('"Our troops have pulled out of the town," a Russian army spokesman said in Grozny on Wednesday.',
     "RUS"),
    ('"Our soldiers will not leave Lebanon until the rockets stop," the Israeli defence minister told '
     "reporters on Sunday.", "ISR"),
    # no speaker of the quote: "our" is no one's country
    ("Our correspondent said troops fired on protesters in the capital on Sunday.", None),
])
def test_a_body_a_speaker_calls_ours_is_of_the_speakers_country(primary_of, text, country) -> None:
    ev = primary_of(text)
    assert _country(ev.source) == country, [(a.name, a.evidence) for a in ev.source]
