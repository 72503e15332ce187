"""Releases and rescues (round freed50): the people freed are the release's target, not those they are handed
to, whether told in the passive or the active ("Hamas handed over 13 Israeli hostages to the Red Cross"),
and not when a thing is handed over; a rescue frees captives described by a passive relative clause ("a
girl who had been kidnapped") or named in a partitive passive subject ("twelve of the abducted workers were
rescued"); "won the freedom of" is a release obtained, as "secured the release of". Captives named in
passing: "the captured soldiers" released, exchanged or paraded are no arrest by nobody; the guards who
thwart an attempt or plot to kidnap, and the police who detain the organizer of a kidnapping, are not its
kidnappers. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="freed50"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in actors]


def _type(event) -> tuple[str, str | None, str]:
    return event.plover["type"], event.plover.get("mode"), event.cameo["code"]


RELEASE = ("RETREAT", "release", "0841")


# 1. the freed, not the receivers: the object of an active release, the subject of a passive one
@pytest.mark.parametrize("text, word, target", [
    ("Hamas handed over 13 Israeli hostages to the Red Cross on Friday.", "handed",
     ("Prisoners (Israel)", "ISR", "CVL")),
    ("Hamas handed over three Thai hostages to the Red Cross.", "handed",
     ("Prisoners (Thailand)", "THA", "CVL")),
    ("The kidnappers handed the children over to community leaders.", "handed", ("Children", None, "CVL")),
    ("The rebels handed two captured Colombian soldiers over to a humanitarian mission.", "handed",
     ("Military Forces of Colombia", "COL", "MIL")),
    ("The militants handed the freed hostages to Qatari mediators.", "handed",
     ("Prisoners (Qatar)", "QAT", "CVL")),
    ("Two aid workers were handed over to Syrian officials.", "handed",
     ("Aid Workers (Syria)", "SYR", "NGO")),
    # variants: other captors, other people, another receiver
    ("The gunmen handed over four abducted nurses to the Red Cross in Ouagadougou.", "handed",
     ("Health Workers (Burkina Faso)", "BFA", "HLH")),
    ("The Taliban handed the two engineers over to Pakistani officials.", "handed", None),
    # controls: a passive with a nationality, captives named as such
    ("Two Swiss aid workers were handed over to Syrian officials.", "handed",
     ("Aid Workers (Switzerland)", "CHE", "NGO")),
    ("The three hostages were handed over to the Red Cross in Khan Younis.", "handed",
     ("Prisoners (Palestine)", "PSE", "CVL")),
])
def test_the_freed_are_the_target(pipeline, text: str, word: str, target: tuple | None) -> None:
    handed = _event(pipeline, text, word)
    assert _type(handed) == RELEASE
    assert handed.primary
    if target is None:  # the engineers, whatever the resolver names them; not the officials who took them
        assert [a.text for a in handed.target] == ["the two engineers"]
    else:
        assert _actors(handed.target) == [target]


@pytest.mark.parametrize("text, word, target", [
    # a thing handed over keeps its receiver; a suspect handed over is an extradition to its receiver
    ("Russia handed over two helicopters to Mali.", "handed", ("Government of Mali", "MLI", "GOV")),
    ("Blankets were handed over to Afghan refugees.", "handed",
     ("Refugees/IDPs (Afghanistan)", "AFG", "REF")),
    ("Pakistan handed over the suspect to the United States.", "handed",
     ("Government of the United States", "USA", "GOV")),
    ("The army handed over control to the army council.", "handed over control", ("Government", None, "GOV")),
    ("The army handed over the bodies of 20 soldiers to their families.", "handed",
     ("Civilians", None, "CVL")),
])
def test_handing_over_controls(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actors(_event(pipeline, text, word).target) == [target]


def test_over_before_a_figure_is_the_particle(pipeline) -> None:
    handed = _event(pipeline, "Hamas handed over 13 Israeli hostages to the Red Cross on Friday.", "handed")
    assert [a.text for a in handed.target] == ["13 Israeli hostages"]


# 2. a rescue frees captives a passive relative clause or a partitive subject describes
@pytest.mark.parametrize("text, source, target", [
    ("Police rescued a girl who had been kidnapped by a gang in Lagos.",
     ("Police Forces of Nigeria", "NGA", "COP"), ("Women (Nigeria)", "NGA", "CVL")),
    ("Soldiers rescued 21 migrants who had been held captive by a drug cartel in Tamaulipas.",
     ("Military Forces of Mexico", "MEX", "MIL"), ("Refugees/IDPs (Mexico)", "MEX", "REF")),
    ("Twelve of the abducted workers were rescued by police in Zamfara.",
     ("Police Forces of Nigeria", "NGA", "COP"), ("Labour Group (Nigeria)", "NGA", "LAB")),
    ("Thirty-nine of the kidnapped students were rescued by soldiers.",
     ("Military Forces", None, "MIL"), ("Students", None, "EDU")),
    # variants
    ("Troops rescued a woman who was abducted by bandits last week in Katsina.",
     ("Military Forces of Nigeria", "NGA", "MIL"), ("Women (Nigeria)", "NGA", "CVL")),
    ("Twelve kidnapped students were rescued by police.", ("Police Forces", None, "COP"),
     ("Students", None, "EDU")),
    # controls: captives named or described by a participle before or after them
    ("Troops rescued 20 hostages from their kidnappers.", ("Military Forces", None, "MIL"),
     ("Prisoners", None, "CVL")),
    ("Police rescued 12 kidnapped students in Kaduna.", ("Police Forces of Nigeria", "NGA", "COP"),
     ("Students (Nigeria)", "NGA", "EDU")),
    ("Nigerian troops rescued 30 hostages who had been held by Boko Haram in the Sambisa forest.",
     ("Military Forces of Nigeria", "NGA", "MIL"), ("Prisoners (Nigeria)", "NGA", "CVL")),
])
def test_a_rescue_of_captives_described_is_a_release(pipeline, text: str, source: tuple,
                                                     target: tuple) -> None:
    rescued = _event(pipeline, text, "rescued")
    assert _type(rescued) == RELEASE
    assert rescued.primary
    assert (_actors(rescued.source), _actors(rescued.target)) == ([source], [target])


def test_a_rescue_keeps_its_place(pipeline) -> None:
    rescued = _event(pipeline, "Police rescued a girl who had been kidnapped by a gang in Lagos.", "rescued")
    assert (rescued.location.name, rescued.location.country) == ("Lagos", "NGA")
    assert [e.plover["type"] for e in _events(pipeline, "Police rescued a girl who had been kidnapped by a "
                                              "gang in Lagos.") if not e.primary] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    # no captivity: a rescue from a disaster, a clause that tells no captivity, a rescuer described
    "Rescuers pulled 12 people from the rubble.",
    "Rescuers rescued 40 villagers from the floods.",
    "Police rescued a girl who had fallen into a well.",
    "Residents who were held up by floods were rescued by the army.",
    "Ten of the injured miners were rescued on Monday.",
])
def test_a_rescue_without_captivity_is_no_release(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "RETREAT" for e in _events(pipeline, text))


def test_a_kidnapper_rescued_is_no_captive(pipeline) -> None:
    events = _events(pipeline, "Police rescued a boy who had kidnapped a girl.")
    assert [e.trigger.text for e in events] == ["kidnapped"]


# 3. "won / secured the freedom of" is a release obtained; freedoms of speech or from rule are not
@pytest.mark.parametrize("text, source, target", [
    ("Negotiators won the freedom of three French journalists held in Syria.",
     [("Government of Syria", "SYR", "GOV")], ("Journalists (France)", "FRA", "JRN")),
    ("Negotiators secured the freedom of the four Australian journalists.", [],
     ("Journalists (Australia)", "AUS", "JRN")),
    ("Mediators negotiated the freedom of 14 Turkish truck drivers held by a militia in Libya.",
     [("Militia (Libya)", "LBY", "PRM")], ("Labour Group (Turkey)", "TUR", "LAB")),
    # control: the release noun
    ("Qatar secured the release of five Americans held in Iran.", [("Government of Iran", "IRN", "GOV")],
     ("Civilians (United States)", "USA", "CVL")),
])
def test_a_freedom_won_is_a_release(pipeline, text: str, source: list, target: tuple) -> None:
    word = "release" if "release" in text else "freedom"
    freed = _event(pipeline, text, word)
    assert _type(freed) == RELEASE
    assert (_actors(freed.source), _actors(freed.target)) == (source, [target])


@pytest.mark.parametrize("text", [
    "The opposition won the freedom of the press after years of struggle.",
    "Kosovo won freedom from Serbia in 2008.",
    "The court secured the freedom of speech for all citizens.",
])
def test_freedoms_are_no_release(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "RETREAT" for e in _events(pipeline, text))


# 4. a captive's "captured" on what is released, exchanged or paraded describes, arrests no one
@pytest.mark.parametrize("text, kept", [
    ("The ELN said it would release the captured soldiers as a goodwill gesture.", ["release"]),
    ("The rebels offered to exchange the captured soldiers for captured guerrillas.", ["exchange"]),
    ("The army exchanged 40 captured rebels for 12 soldiers.", ["exchanged"]),
    ("Houthi rebels paraded captured Saudi soldiers on television.", []),
    ("Jordan offered to free a would-be suicide bomber in return for its captured pilot.", ["free"]),
    ("The pilots' families called for the release of the captured airmen.", ["called"]),
    ("The rebels handed two captured Colombian soldiers over to a humanitarian mission.", ["handed"]),
    # control: the release of detained fishermen
    ("Relatives demanded the release of the detained fishermen.", ["demanded"]),
])
def test_captives_described_are_no_arrest(pipeline, text: str, kept: list[str]) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover.get("mode") == "arrest" for e in events)
    assert [e.trigger.text for e in events] == kept


def test_captives_exchanged_are_a_swap(pipeline) -> None:
    swap = _event(pipeline, "The army exchanged 40 captured rebels for 12 soldiers.", "exchanged")
    assert _type(swap) == RELEASE
    assert (_actors(swap.source), _actors(swap.target)) == ([("Military Forces", None, "MIL")],
                                                            [("Rebels", None, "REB")])


@pytest.mark.parametrize("text, word, mode", [
    # controls: a capture told as the clause's act, and a kidnapping before a noun, stay events
    ("Troops captured 20 fighters near the town.", "captured", "arrest"),
    ("Police captured two suspected kidnappers in Lagos.", "captured", "arrest"),
    ("The PKK released four Iraqi soldiers it had captured.", "captured", "abduct"),
    ("The government said it would not negotiate for the kidnapped engineers.", "kidnapped", "abduct"),
    # a jailing before a name under a call to free stays the custody it describes (actors45)
    ("The EU urged Iran to free imprisoned Nobel laureate Narges Mohammadi.", "imprisoned", "arrest"),
])
def test_captures_told_stay_events(pipeline, text: str, word: str, mode: str) -> None:
    assert _event(pipeline, text, word).plover.get("mode") == mode


# 5. who foils an attempt or plot, or detains a deed's organizer, did not do the deed
@pytest.mark.parametrize("text, word, foiler", [
    ("Guards thwarted an attempt to kidnap a Chinese diplomat in Islamabad.", "thwarted",
     ("Guards", "PAK", None)),
    ("Security guards foiled an attempt to abduct a foreign aid worker in Kabul.", "foiled",
     ("Private Security Forces (Afghanistan)", "AFG", "BUS")),
    ("Police foiled a plot to abduct the governor of Michigan.", "foiled",
     ("Police Forces of the United States", "USA", "COP")),
    # control: the abduction attempt told as a noun
    ("Soldiers thwarted an attempted abduction of a chief in Kaduna.", "thwarted",
     ("Military Forces of Nigeria", "NGA", "MIL")),
])
def test_a_foiled_kidnap_is_disrupted(pipeline, text: str, word: str, foiler: tuple) -> None:
    foiled = _event(pipeline, text, word)
    assert (_type(foiled), foiled.acled["sub_event_type"]) == (("COERCE", "seize", "171"),
                                                               "Disrupted weapons use")
    assert _actors(foiled.source) == [foiler]


@pytest.mark.parametrize("text, word, source", [
    ("Guards thwarted an attempt to kidnap a Chinese diplomat in Islamabad.", "kidnap",
     [("Unidentified Armed Group (Pakistan)", "PAK", "UAF")]),
    ("Security guards foiled an attempt to abduct a foreign aid worker in Kabul.", "abduct",
     [("Unidentified Armed Group (Afghanistan)", "AFG", "UAF")]),
    ("Police foiled a plot to abduct the governor of Michigan.", "abduct", []),
    ("Indian police detained the suspected organizer of the kidnapping.", "kidnapping",
     [("Unidentified Armed Group (India)", "IND", "UAF")]),
    ("Libyan authorities arrested the suspected mastermind of the abduction.", "abduction",
     [("Unidentified Armed Group (Libya)", "LBY", "UAF")]),
    # controls: the attempt's own doer, those arrested or sentenced for a deed
    ("Police thwarted an attempt by gunmen to kidnap a businessman in Karachi.", "kidnap",
     [("Unidentified Armed Group (Pakistan)", "PAK", "UAF")]),
    ("Police arrested three men over the abduction of a schoolgirl.", "abduction",
     [("Unidentified Armed Group", None, "UAF")]),
    ("Courts sentenced two men to death for the kidnapping of a banker.", "kidnapping",
     [("Unidentified Armed Group", None, "UAF")]),
    ("Gunmen attempted to kidnap a Chinese engineer but were driven off.", "kidnap",
     [("Unidentified Armed Group", None, "UAF")]),  # a foreign victim's demonym is no doer's (victims50)
])
def test_a_foiler_or_captor_is_no_kidnapper(pipeline, text: str, word: str, source: list) -> None:
    assert _actors(_event(pipeline, text, word).source) == source


def test_a_foiled_attempts_doer_named_is_kept(pipeline) -> None:
    foiled = _event(pipeline, "Police thwarted an attempt by gunmen to kidnap a businessman in Karachi.",
                    "thwarted")
    assert [a.sector for a in foiled.source] == ["COP"]
    assert [a.text for a in _event(pipeline, "Police arrested three men over the abduction of a schoolgirl.",
                                   "abduction").source] == ["three men"]
