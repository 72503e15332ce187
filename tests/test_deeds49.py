"""Acts with no or the wrong trigger (round deeds49): a person placed on a wanted list or declared wanted is
an arrest held over them (THREATEN arrest, as a warrant issued); raids on premises ordered by prosecutors,
judges or an attorney general are searches (COERCE seize); a state body or a party dissolved is restricted;
a passive designation ("was declared a terrorist organisation by ...") is done by its by-agent. Sentences
written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="deeds49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _who(actors) -> list[tuple]:
    return [(a.country, a.sector) for a in actors]


def _coded(event) -> tuple:
    return event.plover["type"], event.plover.get("mode")


# 1. a wanted list or "declared wanted": an arrest held over someone, as an arrest warrant is
@pytest.mark.parametrize("text, target", [
    ("Russia's interior ministry placed Estonian Prime Minister Kaja Kallas on its wanted list.",
     ("EST", "GOV")),
    ("Russia's interior ministry declared Estonian Prime Minister Kaja Kallas wanted.", ("EST", "GOV")),
    ("Russia put the Estonian prime minister on a wanted list.", ("EST", "GOV")),
    ("Moscow added the Lithuanian culture minister to its wanted list.", ("LTU", "GOV")),
    ("A Russian court issued an arrest warrant for Estonian Prime Minister Kaja Kallas.", ("EST", "GOV")),
])
def test_a_wanted_list_is_an_arrest_threatened(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("THREATEN", "arrest")
    assert _who(primary.source)[0][0] == "RUS"
    assert _who(primary.target) == [target]


@pytest.mark.parametrize("text", [
    "The Estonian prime minister was placed on a wanted list by Russia.",
    "The Estonian prime minister was declared wanted by Russia's interior ministry.",
])
def test_a_passive_wanted_list_takes_its_by_agent(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("THREATEN", "arrest")
    assert _who(primary.source) == [("RUS", "GOV")]
    assert _who(primary.target) == [("EST", "GOV")]


@pytest.mark.parametrize("text, plover", [
    # controls: other lists and other things placed
    ("The ministry placed the item on its list of priorities.", None),
    ("The EU placed the airline on its blacklist.", "SANCTION"),
    ("The army placed its troops on high alert.", "MOBILIZE"),
])
def test_other_lists_are_no_warrant(pipeline, text: str, plover: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"] if primary else None) == plover


# 2. raids on premises ordered by prosecutors, judges or an attorney general are searches
@pytest.mark.parametrize("text", [
    "Guatemala's Attorney General Consuelo Porras ordered raids on the offices of the Semilla party.",
    "The attorney general ordered raids on the homes of three opposition leaders.",
    "Prosecutors ordered raids on the headquarters of the electoral tribunal.",
    "A judge authorised raids on the offices of the newspaper.",
    "Police carried out raids on the offices of the opposition party.",
    "Prosecutors raided the headquarters of the opposition party.",
])
def test_raids_on_offices_ordered_by_prosecutors_are_searches(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "seize")
    assert primary.acled is None or primary.acled.get("event_type") != "Violence against civilians"
    assert primary.acled is None or primary.acled.get("sub_event_type") != "Attack"


@pytest.mark.parametrize("text", [
    # controls: raids by armed men, or on hideouts and villages, stay attacks
    "Gunmen carried out a raid on a village in Zamfara state, killing 12 people.",
    "The army chief ordered raids on rebel hideouts in the hills.",
    "The militia leader ordered raids on the offices of the rival faction.",
])
def test_raids_by_armed_men_stay_attacks(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "ASSAULT"


# 3. a state body or a party dissolved
@pytest.mark.parametrize("text, source, target", [
    ("Saied dissolved Tunisia's Supreme Judicial Council on Sunday.", ("TUN", "GOV"), ("TUN", "JUD")),
    ("Tunisia's president dissolved the electoral commission.", ("TUN", "GOV"), ("TUN", "GOV")),
    ("Cambodia's Supreme Court dissolved the CNRP on Thursday.", ("KHM", "JUD"), ("KHM", "PTY")),
    ("The CNRP was dissolved by Cambodia's Supreme Court in 2017.", ("KHM", "JUD"), ("KHM", "PTY")),
    ("Junta leader Colonel Mamady Doumbouya dissolved the government.", ("GIN", "GOV"), ("GIN", "GOV")),
    ("Tunisia's president dissolved parliament.", ("TUN", "GOV"), ("TUN", "LEG")),
])
def test_a_body_dissolved_is_restricted(pipeline, text: str, source: tuple, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "restrict")
    assert _who(primary.source) == [source]
    assert _who(primary.target) == [target]


@pytest.mark.parametrize("text", [
    "She dissolved sugar in water.",
    "The tablets dissolved quickly in water.",
    "The partnership dissolved in 2019.",
    "The crowd dissolved into the side streets.",
])
def test_dissolving_no_body_is_no_event(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "dissolved" for e in _events(pipeline, text))


# 8. a passive designation: the by-agent designates the passive subject
@pytest.mark.parametrize("text, source, target", [
    ("Egypt's Muslim Brotherhood was declared a terrorist organisation by the interim government.",
     ("EGY", "GOV"), ("EGY", "OPP")),
    ("The Wagner Group was designated a terrorist organisation by Britain.", ("GBR", "GOV"), ("RUS", "UAF")),
    ("Hamas was designated as a terrorist group by Britain.", ("GBR", "GOV"), ("PSE", "REB")),
    # control: the active form
    ("Egypt's interim government declared the Muslim Brotherhood a terrorist organisation.",
     ("EGY", "GOV"), ("EGY", "OPP")),
])
def test_a_passive_designation_is_done_by_its_agent(pipeline, text: str, source: tuple,
                                                    target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "restrict")
    assert _who(primary.source) == [source]
    assert _who(primary.target) == [target]


# 4. an agreement in force revoked, annulled, rescinded, abrogated or torn up is ended, as one terminated
@pytest.mark.parametrize("text, source, target", [
    ("The military government in Niamey revoked defence agreements with France.",
     ("NER", "GOV"), ("FRA", "GOV")),
    ("Niger's junta revoked the 2014 defence pact with France.", ("NER", "GOV"), ("FRA", "GOV")),
    ("Russia annulled the treaty with the United States.", ("RUS", "GOV"), ("USA", "GOV")),
    ("Niger's junta tore up the defence agreements with France.", ("NER", "GOV"), ("FRA", "GOV")),
    ("Iran abrogated the nuclear deal with the United States.", ("IRN", "GOV"), ("USA", "GOV")),
    ("Niger terminated its defence agreements with France.", ("NER", "GOV"), ("FRA", "GOV")),
])
def test_an_agreement_revoked_is_ended(pipeline, text: str, source: tuple, target: tuple) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert _coded(primary) == ("SANCTION", "discontinue")
    assert _who(primary.source) == [source]
    assert _who(primary.target) == [target]
    assert not any(e.acled and e.acled.get("sub_event_type") == "Agreement" for e in events)


@pytest.mark.parametrize("text, plover", [
    # controls: an agreement signed, a licence revoked, pictures torn up, shells tearing into a building
    ("Niger signed defence agreements with France.", "SUPPORT"),
    ("The junta revoked the licence of the broadcaster.", "COERCE"),
    ("The junta cancelled the talks with France.", "REJECT"),
    ("The protesters tore up pictures of the president.", None),
    ("Shells tore into the building.", "ASSAULT"),
])
def test_other_things_revoked_or_torn(pipeline, text: str, plover: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"] if primary else None) == plover


# 5. barred from office or from standing: disqualified
@pytest.mark.parametrize("text, source, target", [
    ("Pakistan's election commission disqualified Imran Khan from holding public office for five years.",
     ("PAK", "GOV"), "PAK"),
    ("Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif from office.", ("PAK", "JUD"), "PAK"),
    ("Imran Khan was disqualified from holding public office by Pakistan's election commission.",
     ("PAK", "GOV"), "PAK"),
    ("Venezuela's comptroller disqualified Maria Corina Machado from running for office for 15 years.",
     ("VEN", "GOV"), "VEN"),
    # control: barred, as before
    ("Pakistan's election commission barred Imran Khan from contesting elections.", ("PAK", "GOV"), "PAK"),
])
def test_disqualified_from_office_is_restricted(pipeline, text: str, source: tuple, target: str) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "restrict")
    assert _who(primary.source) == [source]
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text", [
    "The sprinter was disqualified from the 100m final for a false start.",
    "The referee disqualified the boxer in the third round.",
])
def test_an_athlete_disqualified_is_no_event(pipeline, text: str) -> None:
    assert _primary(pipeline, text) is None


# 6. forced into exile: deported
@pytest.mark.parametrize("text", [
    "Honduran soldiers flew President Manuel Zelaya into exile in Costa Rica.",
    "Honduran soldiers forced President Manuel Zelaya into exile.",
    "Honduran soldiers sent President Manuel Zelaya into exile.",
    "Honduran soldiers drove President Manuel Zelaya into exile.",
    "President Manuel Zelaya was flown into exile by Honduran soldiers.",
    "Honduran soldiers deported President Manuel Zelaya to Costa Rica.",
])
def test_forced_into_exile_is_deported(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _coded(primary) == ("COERCE", "deport")
    assert _who(primary.source) == [("HND", "MIL")]
    assert _who(primary.target) == [("HND", "GOV")]


@pytest.mark.parametrize("text, plover", [
    # controls: going into exile of one's own accord, cattle, troops and supplies moved
    ("The former president went into exile in Costa Rica.", None),
    ("Herders drove their cattle into the river.", None),
    ("The army sent troops into the city.", "MOBILIZE"),
    ("The air force flew supplies into the besieged town.", "AID"),
])
def test_other_things_sent_or_driven(pipeline, text: str, plover: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"] if primary else None) == plover


# 7. an office-holder fired is dismissed
@pytest.mark.parametrize("text, source, target", [
    ("Pashinyan fired the chief of the general staff.", ("ARM", "GOV"), ("ARM", "MIL")),
    ("Pashinyan dismissed the chief of the general staff.", ("ARM", "GOV"), ("ARM", "MIL")),
    ("Putin fired two generals on Friday.", ("RUS", "GOV"), ("RUS", "MIL")),
    ("Zelenskiy fired the director of the SBU.", ("UKR", "GOV"), ("UKR", "SPY")),
])
def test_an_office_holder_fired_is_dismissed(pipeline, text: str, source: tuple, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "COERCE"
    assert _who(primary.source) == [source]
    assert _who(primary.target) == [target]


@pytest.mark.parametrize("text, plover", [
    # controls: shots, rockets, jobs
    ("Soldiers fired rockets at the village.", "ASSAULT"),
    ("Police fired at the crowd.", "ASSAULT"),
    ("The chief fired at the intruders.", "ASSAULT"),
    ("The board fired the chief executive.", None),
    ("The company fired 300 workers.", None),
])
def test_shots_and_jobs_keep_their_coding(pipeline, text: str, plover: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"] if primary else None) == plover
