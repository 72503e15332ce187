"""The lead's round of session 50 (lead50): a measure, pact or talks that a verb blocks, vetoes, halts or
suspends is vetoed and does not take place; a headline's "X claims attack" names the attacker; a town's name
before a violent deed is its place, not its doer; "the two Koreas" are both states; money transfers frozen
and zones imposed are coded. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead50"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. blocking a measure is a veto, and the measure blocked is not carried out
@pytest.mark.parametrize("text, word, source", [
    ("Hungary blocked EU sanctions on Russia.", "blocked", "Government of Hungary"),
    ("Hungary blocks EU sanctions on Belarus", "blocks", "Government of Hungary"),
    ("Slovakia blocked the EU's new migration pact.", "blocked", "Government of Slovakia"),
    ("Bulgaria blocked the start of accession talks with North Macedonia.", "blocked",
     "Government of Bulgaria"),
    ("The court blocked the deportation of the activists.", "blocked", "Judiciary"),
    ("The court halted the deportation of 20 migrants.", "halted", "Judiciary"),
    ("A judge suspended the eviction of the families.", "suspended", "Judiciary"),
    ("The Senate blocked the release of the prisoners.", "blocked", "Legislature"),
])
def test_a_blocked_measure_is_vetoed(pipeline, text: str, word: str, source: str) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover["type"], event.cameo["code"]) == (word, "REJECT", "129")
    assert _names(event.source) == [source]


@pytest.mark.parametrize("text, word", [
    ("Hungary blocked EU sanctions on Russia.", "sanctions"),
    ("The court halted the deportation of 20 migrants.", "deportation"),
    ("Poland vetoed the new pact on migration.", "pact"),
    ("The Senate blocked the agreement with Iran.", "agreement"),
])
def test_the_blocked_measure_did_not_happen(pipeline, text: str, word: str) -> None:
    blocked = [e for e in _events(pipeline, text) if e.trigger.text == word]
    assert all(e.modality.negated and not e.primary for e in blocked)
    assert _primary(pipeline, text).plover["type"] == "REJECT"


@pytest.mark.parametrize("text, word, kind, negated", [
    # controls: a road, a march, an offensive: blocked or halted, they were there
    ("Police blocked the road to the parliament.", "blocked", "COERCE", False),
    ("Protesters blocked the highway for three hours.", "blocked", "PROTEST", False),
    ("Israel blocked aid convoys from entering Gaza.", "blocked", "COERCE", False),
    ("Russia vetoed a UN resolution on Syria.", "vetoed", "REJECT", False),
    ("The EU imposed sanctions on Belarus.", "sanctions", "SANCTION", False),
    ("The United States suspended military aid to Egypt.", "suspended", "SANCTION", False),
])
def test_blocking_controls(pipeline, text: str, word: str, kind: str, negated: bool) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.modality.negated) == (kind, negated)


# 2. a headline's claim names the attacker
@pytest.mark.parametrize("text, word, source", [
    ("ISWAP claims bombing of army base in Borno", "bombing", "ISWAP"),
    ("Al-Shabaab claims attack on Mogadishu hotel", "attack", "al-Shabaab"),
    ("JNIM claims ambush on army convoy in central Mali", "ambush", "JNIM"),
    # controls: the sentence forms, and a claim of no deed
    ("ISWAP claimed the bombing of an army base in Borno.", "bombing", "ISWAP"),
    ("Islamic State claimed responsibility for the bombing of a church in Jolo.", "bombing", "Islamic State"),
])
def test_a_headline_claim_names_the_doer(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


@pytest.mark.parametrize("text", ["Insurance claims rise after floods", "Trump claims victory in Iowa"])
def test_claims_of_no_deed_stay_eventless(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 3. a town before a violent deed is its place
@pytest.mark.parametrize("text, word, source, country", [
    ("Al-Shabaab claimed responsibility for the Mogadishu attack.", "attack", "al-Shabaab", "SOM"),
    ("A Kabul blast killed 20 people.", "blast", "Unidentified Armed Group (Afghanistan)", "AFG"),
    ("The Peshawar bombing killed 30 worshippers.", "bombing", "Unidentified Armed Group (Pakistan)", "PAK"),
    # controls: a state's name or adjective, a group's name still name the doer
    ("The Israeli strike on Gaza killed 12 people.", "strike", "Military Forces of Israel", "PSE"),
    ("A Hamas attack killed three soldiers.", "attack", "Hamas", None),
    # the one act is told by 'hit', which takes its class from the sanctions (sanctionhit53)
    ("Washington sanctions hit Iranian banks.", "hit", "Government of the United States", None),
])
def test_a_town_before_a_deed_is_its_place(pipeline, text: str, word: str, source: str,
                                           country: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    if country:
        assert event.location is not None and event.location.country == country


# 4. the two Koreas
@pytest.mark.parametrize("text, sides", [
    ("The two Koreas exchanged prisoners at Panmunjom.", {"PRK", "KOR"}),
    ("The two Koreas held talks at Panmunjom.", {"PRK", "KOR"}),
    ("Both Koreas agreed to reopen the military hotline.", {"PRK", "KOR"}),
    ("The two Sudans signed an oil deal.", {"SDN", "SSD"}),
    # control: named one by one
    ("North and South Korea agreed to reopen the military hotline.", {"PRK", "KOR"}),
])
def test_the_two_koreas_are_both_states(pipeline, text: str, sides: set[str]) -> None:
    event = _primary(pipeline, text)
    assert {a.country for a in event.source + event.target} - {None} == sides
    assert all(a.sector == "GOV" for a in event.source)


# 5. frozen transfers and imposed zones
@pytest.mark.parametrize("text, kind, source", [
    ("The EU froze the transfer of funds to the Palestinian Authority.", "SANCTION", "EU"),
    ("Britain froze Iraqi assets.", "SANCTION", "Government of the United Kingdom"),
    ("NATO imposed a no-fly zone over Bosnia.", "COERCE", "NATO"),
    ("Britain imposed a 200-mile exclusion zone around the islands.", "COERCE",
     "Government of the United Kingdom"),
    # control
    ("Israel imposed a curfew on Hebron.", "COERCE", "Government of Israel"),
])
def test_frozen_transfers_and_imposed_zones(pipeline, text: str, kind: str, source: str) -> None:
    event = _primary(pipeline, text)
    assert (event.plover["type"], _names(event.source)) == (kind, [source])


# 6. forces put on standby are mobilised
@pytest.mark.parametrize("text, source", [
    ("Nigeria put its troops on standby for deployment to Niger.", "Government of Nigeria"),
    ("The army put 5,000 soldiers on standby.", "Military Forces"),
    ("Kenya placed its troops on standby.", "Government of Kenya"),
    # control
    ("Moscow put its nuclear forces on high alert.", "Government of Russia"),
])
def test_forces_on_standby_are_mobilised(pipeline, text: str, source: str) -> None:
    event = _primary(pipeline, text)
    assert (event.plover["type"], _names(event.source)) == ("MOBILIZE", [source])


# 7. names with a joining word inside are read whole
@pytest.mark.parametrize("text, word, source", [
    ("Reporters Without Borders condemned the arrest of the journalist.", "condemned",
     "Reporters Without Borders"),
    ("Doctors Without Borders condemned the attack on its hospital in Khan Younis.", "condemned", "MSF"),
    ("The Committee to Protect Journalists condemned the killing of the reporter.", "condemned", "CPJ"),
    ("Physicians for Human Rights accused the army of bombing clinics.", "accused",
     "Physicians for Human Rights"),
    # controls
    ("Amnesty International accused the army of killing civilians.", "accused", "Amnesty International"),
    ("Reporters protested outside the ministry for press freedom.", "protested", "Protesters"),
])
def test_names_with_a_joining_word(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


# 8. a group of several countries and none of its own, acting in another, takes that one
@pytest.mark.parametrize("text, country", [
    ("ISGS militants fired rockets at an Algerian army garrison near the border with Mali.", "DZA"),
    ("The Islamic State in Greater Sahara attacked a police post in northern Benin.", "BEN"),
    # controls: in one of its countries
    ("ISGS fighters attacked an army post in Tillaberi, Niger.", "NER"),
    ("ISGS fighters ambushed soldiers near Menaka in Mali.", "MLI"),
])
def test_a_group_of_several_countries_abroad(pipeline, text: str, country: str) -> None:
    assert [a.country for a in _primary(pipeline, text).source] == [country]
