"""Session 51's lead round (lead51): unnamed armed men who fire on or bomb a rally or a protest stay its
attackers (an unidentified armed group, not Protesters) and the force is excessive when they use guns or
explosives, while the rally keeps its own crowd; a suspect arrested "in" a deed ("arrested a suspect in the
kidnapping", parsed with "in" on the verb) is that deed's doer, not the police; "halted the Russian
offensive" stops an enemy's attack (a fight, the attacker first), while "halted its offensive" stays a
halt of one's own; states coordinated after an object's preposition are all targets; "teargassed" written as
one word and teargas lobbed are crowd control. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="lead51", published="2024-05-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. armed men firing on or bombing a gathering stay its attackers
@pytest.mark.parametrize("text, word, acled, source, target", [
    ("Gunmen opened fire on an opposition rally in Tegucigalpa, killing two supporters.", "opened fire",
     ("Protests", "Excessive force against protesters"), "Unidentified Armed Group (Honduras)",
     "Protesters (Honduras)"),
    ("Unidentified attackers threw a grenade at protesters in Bujumbura, wounding seven people.", "threw",
     ("Protests", "Excessive force against protesters"), "Unidentified Armed Group (Burundi)",
     "Protesters (Burundi)"),
    ("Gunmen opened fire on protesters in Khartoum, killing three.", "opened fire",
     ("Protests", "Excessive force against protesters"), "Unidentified Armed Group (Sudan)",
     "Protesters (Sudan)"),
    ("Armed men attacked a campaign rally of the ruling party in Mexico, wounding four people.", "attacked",
     ("Protests", "Excessive force against protesters"), "Unidentified Armed Group (Mexico)",
     "Protesters (Mexico)"),
    ("Gunmen fired on a march by teachers in Port-au-Prince, killing one.", "fired",
     ("Protests", "Excessive force against protesters"), "Unidentified Armed Group (Haiti)",
     "Protesters (Haiti)"),
    ("A man threw a grenade at a crowd of demonstrators in Kabul, wounding seven.", "threw",
     ("Protests", "Excessive force against protesters"), "Unidentified Armed Group (Afghanistan)",
     "Protesters (Afghanistan)"),
    # controls: state forces, tear gas, a crowd's own violence, an attack on no gathering
    ("Police opened fire on an opposition rally in Dhaka, killing two supporters.", "opened fire",
     ("Protests", "Excessive force against protesters"), "Police Forces of Bangladesh",
     "Protesters (Bangladesh)"),
    ("Police fired tear gas at protesters in Nairobi.", "fired",
     ("Protests", "Protest with intervention"), "Police Forces of Kenya", "Protesters (Kenya)"),
    ("Protesters threw stones at police in Lima.", "threw",
     ("Riots", "Violent demonstration"), "Rioters (Peru)", "Police Forces of Peru"),
    ("Gunmen opened fire on a wedding party in Zamfara, killing three guests.", "opened fire",
     ("Violence against civilians", "Attack"), "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
])
def test_armed_men_on_a_gathering(pipeline, text: str, word: str, acled: tuple, source: str,
                                  target: str) -> None:
    event = _event(pipeline, text, word)
    assert _acled(event) == acled
    assert _names(event.source)[0] == source
    assert _names(event.target)[0] == target


# 1b. the rally keeps its crowd, not the attackers
@pytest.mark.parametrize("text, sources", [
    ("Armed men attacked a campaign rally of the ruling party in Mexico, wounding four people.",
     ["Protesters (Mexico)"]),
    ("A suicide bomber blew himself up at a political rally in Bajaur, killing 54 people.",
     ["Protesters (Pakistan)"]),
    # controls: the crowd named
    ("Hundreds of students rallied in Santiago on Thursday.", ["Protesters (Chile)"]),
    ("Police opened fire on an opposition rally in Dhaka, killing two supporters.",
     ["Protesters (Bangladesh)"]),
])
def test_the_rally_keeps_its_crowd(pipeline, text: str, sources: list[str]) -> None:
    rally = next(e for e in _events(pipeline, text) if e.trigger.text in ("rally", "rallied"))
    assert _names(rally.source) == sources
    assert all(a.inter == 6 for a in rally.source)


# 2. a suspect arrested in a deed did it
@pytest.mark.parametrize("text, deed, doer", [
    ("Police arrested a suspect in the kidnapping of a businessman in Lagos.", "kidnapping", "a suspect"),
    ("Troops detained three suspects in the bombing of a market in Maiduguri.", "bombing", "three suspects"),
    ("Police arrested two suspects in the murder of a journalist in Manila.", "murder", "two suspects"),
    # controls: the suspect hangs on the noun, or the arrest is over the deed
    ("Police arrested the main suspect in the abduction of 20 schoolchildren in Kaduna.", "abduction",
     "the main suspect"),
    ("Police arrested two men over the killing of a journalist in Karachi.", "killing", "two men"),
])
def test_suspect_in_a_deed_did_it(pipeline, text: str, deed: str, doer: str) -> None:
    event = _event(pipeline, text, deed)
    assert [a.text for a in event.source] == [doer]
    assert all(a.sector != "COP" and a.sector != "MIL" for a in event.source)


# 3. halting an enemy's offensive is a fight; halting one's own a de-escalation
@pytest.mark.parametrize("text, plover, source, target", [
    ("Ukraine halted the Russian offensive near Kharkiv.", "ASSAULT", "RUS", "UKR"),
    ("Ukrainian forces halted Russia's offensive in the Donetsk region.", "ASSAULT", "RUS", "UKR"),
    ("Government troops halted a rebel advance on Goma.", "ASSAULT", None, None),
    # controls: one's own offensive halted; a repelled assault
    ("Israel halted its offensive in Rafah after US pressure.", "RETREAT", "ISR", None),
    ("The army halted its offensive against the rebels for three days.", "RETREAT", None, None),
    ("Ukrainian troops repelled a Russian assault near Kharkiv.", "ASSAULT", "RUS", "UKR"),
])
def test_halted_offensive(pipeline, text: str, plover: str, source: str | None, target: str | None) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text in ("halted", "repelled"))
    assert event.plover["type"] == plover
    assert event.source[0].country == source
    if target is not None:
        assert event.target[0].country == target
    if plover == "ASSAULT":
        assert _acled(event) == ("Battles", "Armed clash")


# 4. states coordinated in an object's complement are all targets
@pytest.mark.parametrize("text, word, targets", [
    ("The IMF approved loans to Ghana and Zambia.", "approved", ["GHA", "ZMB"]),
    ("Seoul lodged protests with Tokyo and Beijing over the islands.", "lodged", ["JPN", "CHN"]),
    ("Norway mediated talks between the Sri Lankan government and the Tamil Tigers in 2002.", "mediated",
     ["LKA", "LKA"]),
    ("Egypt brokered a truce between Israel and Islamic Jihad.", "brokered", ["ISR", "PSE"]),
    ("Kuwait brokered a deal between Qatar and Saudi Arabia.", "brokered", ["QAT", "SAU"]),
    ("France recalled its ambassadors to Australia and the United States.", "recalled", ["AUS", "USA"]),
    ("Canada recalled its ambassadors from Saudi Arabia and Qatar.", "recalled", ["SAU", "QAT"]),
    ("Turkey brokered a grain deal between Russia and Ukraine.", "brokered", ["RUS", "UKR"]),
    # controls: targets hung on the verb or the noun; one target stays one
    ("Britain sent aid to Turkey and Syria after the earthquake.", "sent", ["TUR", "SYR"]),
    ("The EU imposed sanctions on Russia and Belarus over the war.", "sanctions", ["RUS", "BLR"]),
    ("Saudi Arabia hosted talks between Sudan's army and the RSF in Jeddah.", "hosted", ["SDN", "SDN"]),
    ("The IMF approved a loan to Ghana.", "approved", ["GHA"]),
    ("Lithuania recalled its envoy from Russia.", "recalled", ["RUS"]),
])
def test_coordinated_complements(pipeline, text: str, word: str, targets: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert [a.country for a in event.target] == targets


# 5. "teargassed" as one word is crowd control
@pytest.mark.parametrize("text, word, target", [
    ("Police teargassed protesters in Nairobi on Tuesday.", "teargassed", "Protesters (Kenya)"),
    ("Security forces teargassed opposition supporters in Harare.", "teargassed", "Protesters (Zimbabwe)"),
    ("Police lobbed teargas canisters at opposition supporters in Nairobi.", "lobbed", "Protesters (Kenya)"),
    # controls: tear gas fired; the hyphenated verb
    ("Police fired tear gas at protesters in Nairobi.", "fired", "Protesters (Kenya)"),
    ("Police tear-gassed the marchers in Kampala.", "gassed", None),
])
def test_teargassed(pipeline, text: str, word: str, target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("ASSAULT", "175")
    if target is not None:
        assert _names(event.target)[0] == target
