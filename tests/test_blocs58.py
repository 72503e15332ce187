"""Groups of states named by their region (round blocs58, item coop-4): "Pacific island nations", "Balkan
countries", "the Baltic states", "Nordic countries", "Central Asian governments", "Sahel countries", "Latin
American governments", "Turkic states" are one actor of several governments (GOV, no country, inter 8), as
"Gulf states" and "Western powers" were, whether they receive aid, pledges, pacts, threats and withdrawals
or act themselves; the region word inside such a group is no place ("Pacific" no town of the United States,
"Balkan" no province of Turkmenistan). The region's own places ("the Baltic Sea", "the Balkan route", "the
Sahel region of Burkina Faso", "Russia's Pacific Fleet") and the regional leaders of no state ("West African
leaders") stay as they were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

# region words that were wrongly read as places ("Pacific" in the United States, the Balkan province of
# Turkmenistan)
REGION_WORDS = {"Pacific", "Balkan", "Caribbean", "Baltic", "Nordic", "Sahel", "Western Balkan"}


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="blocs58", published="2024-06-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actor(a) -> tuple[str | None, str | None, str | None, int]:
    return (a.name, a.country, a.sector, a.inter)


# 1. a group of states as the target: one stateless actor of several governments, its region no place
@pytest.mark.parametrize("text, word, group", [
    ("Japan pledged $10 million to Pacific island nations.", "pledged", "Pacific states"),
    ("Australia delivered aid to Pacific countries hit by the cyclone.", "delivered", "Pacific states"),
    ("Britain sent aid to Balkan countries after the floods.", "sent", "Balkan states"),
    ("The EU pledged aid to Western Balkan countries.", "pledged", "Balkan states"),
    ("The United States signed a defence pact with Pacific island countries.", "pact", "Pacific states"),
    ("India sent relief supplies to Caribbean countries.", "sent", "Caribbean states"),
    ("Russia warned Nordic countries against joining NATO.", "warned", "Nordic states"),
    ("Russia threatened the Baltic states over the transit ban.", "threatened", "Baltic states"),
    ("China signed trade deals with Central Asian countries.", "deals", "Central Asian states"),
    ("France withdrew its troops from Sahel countries.", "withdrew", "Sahel states"),
    ("The United States praised Latin American governments for their support.", "praised",
     "Latin American states"),
    # variants
    ("New Zealand pledged support to Pacific island states after the tsunami.", "pledged", "Pacific states"),
    ("Canada sent emergency aid to Caribbean nations hit by the hurricane.", "sent", "Caribbean states"),
    ("Germany pledged funds to Western Balkan states for new railways.", "pledged", "Balkan states"),
    ("Moscow warned the Baltic countries against hosting NATO troops.", "warned", "Baltic states"),
    ("Beijing held talks with Central Asian governments in Xian.", "held talks", "Central Asian states"),
    ("Japan signed a maritime pact with Southeast Asian nations.", "pact", "Southeast Asian states"),
    ("Brazil criticised South American governments over the migrant crisis.", "criticised",
     "Latin American states"),
    ("The United States urged Nordic governments to raise defence spending.", "urged", "Nordic states"),
    ("Russia accused Sahelian states of expelling its diplomats.", "accused", "Sahel states"),
    # controls: the groups named before this round
    ("Iran accused Gulf states of funding terrorism.", "accused", "Gulf states"),
    ("Russia warned Western countries against sending tanks to Ukraine.", "warned", "Western states"),
    ("China urged European countries to reject US pressure.", "urged", "European states"),
    ("Iran held talks with world powers in Geneva.", "held talks", "World powers"),
])
def test_region_group_as_target(pipeline, text: str, word: str, group: str) -> None:
    event = _event(pipeline, text, word)
    assert [_actor(a) for a in event.target] == [(group, None, "GOV", 8)]
    assert event.location is None or event.location.name not in REGION_WORDS


# 2. the group acting: the doer of its own event, or of the clause after a warning
@pytest.mark.parametrize("text, word, group", [
    ("Russia warned Nordic countries against joining NATO.", "joining", "Nordic states"),
    ("Russia accused Sahelian states of expelling its diplomats.", "expelling", "Sahel states"),
    ("Small Pacific island states urged rich countries to cut emissions.", "urged", "Pacific states"),
    ("The Baltic states expelled Russian diplomats.", "expelled", "Baltic states"),
    ("Baltic governments expelled Russian diplomats.", "expelled", "Baltic states"),
    ("The Pacific island nations signed a security pact with Australia.", "pact", "Pacific states"),
    ("Erdogan hosted leaders of Turkic states in Istanbul.", "hosted", "Turkic states"),
    ("Kenya sent troops to help East African states fight al-Shabaab.", "fight", "East African states"),
    # controls
    ("Russia warned Western countries against sending tanks to Ukraine.", "sending", "Western states"),
    ("China urged European countries to reject US pressure.", "reject", "European states"),
    ("Iran accused Gulf states of funding terrorism.", "funding", "Gulf states"),
])
def test_region_group_as_source(pipeline, text: str, word: str, group: str) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.source[-1]) == (group, None, "GOV", 8)


# 3. where: the region word of a group is no place; the doer's country or none stands
@pytest.mark.parametrize("text, word, where", [
    ("Japan pledged $10 million to Pacific island nations.", "pledged", "JPN"),
    ("Australia delivered aid to Pacific countries hit by the cyclone.", "delivered", "AUS"),
    ("Britain sent aid to Balkan countries after the floods.", "sent", "GBR"),
    ("The EU pledged aid to Western Balkan countries.", "pledged", None),
    ("Germany pledged funds to Western Balkan states for new railways.", "pledged", "DEU"),
    ("Canada sent emergency aid to Caribbean nations hit by the hurricane.", "sent", "CAN"),
    # controls: the region's own places
    ("Russia's Pacific Fleet held drills in the Sea of Japan.", "drills", "RUS"),
    ("Police arrested 40 migrants on the Balkan route in Serbia.", "arrested", "SRB"),
    ("Troops killed 20 militants in the Sahel region of Burkina Faso.", "killed", "BFA"),
    ("Iran held talks with world powers in Geneva.", "held talks", "CHE"),
])
def test_region_group_is_no_place(pipeline, text: str, word: str, where: str | None) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 4. controls: the region's places and forces, and regional leaders of no state, as before
@pytest.mark.parametrize("text, word, source, target", [
    ("Russia's Pacific Fleet held drills in the Sea of Japan.", "drills",
     ("Military Forces of Russia", "RUS", "MIL"), None),
    ("Police arrested 40 migrants on the Balkan route in Serbia.", "arrested",
     ("Police Forces of Serbia", "SRB", "COP"), ("Refugees/IDPs (Serbia)", "SRB", "REF")),
    ("West African leaders imposed sanctions on Niger's junta.", "sanctions",
     ("Government", None, "GOV"), ("Government of Niger", "NER", "GOV")),
    ("Qatar rejected demands by Arab states to close Al Jazeera.", "rejected",
     ("Government of Qatar", "QAT", "GOV"), ("Arab states", None, "GOV")),
    ("The Economic Community of West African States imposed sanctions on Mali.", "sanctions",
     ("ECOWAS", None, "IGO"), ("Government of Mali", "MLI", "GOV")),
    ("The Association of Southeast Asian Nations urged Myanmar to end the violence.", "urged",
     ("ASEAN", None, "IGO"), ("Government of Myanmar", "MMR", "GOV")),
])
def test_region_places_and_leaders_controls(pipeline, text: str, word: str, source: tuple,
                                            target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.source[0])[:3] == source
    assert (_actor(event.target[0])[:3] if event.target else None) == target
