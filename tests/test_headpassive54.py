"""Headline passives of harm (round headpassive54, item press-4): a headline's bare participle of a harm or
censorship verb ("Journalist beaten in Baku", "Radio station attacked in Bangui", "Internet shut down in
Gaza", "Mexico: Journalist shot dead in Tijuana") with no object, auxiliary or agent is what was done to the
common noun that opens the line, whatever the tagger made of the participle: the noun the target, not a
doer (no "Rioters", no "Riots/Mob violence"), the killing counted. A particle the verb needs ("shut down",
"cut off", "beaten up") keeps the reading; a place's label before a colon does not hide it; "TV station" is
a news outlet. Controls: the same shapes already right, and doers with an object of their own ("Protesters
attack police", "Gunmen attack TV station", "Police raid newspaper office") stay doers. Sentences written
for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = list(pipeline.code(document_from_text(text, doc_id="headpassive54", published="2024-06-01")))
    return next(e for e in events if e.primary)


def _acled(event) -> str:
    return f"{event.acled.get('event_type')}/{event.acled.get('sub_event_type')}" if event.acled else "-"


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _who(actor) -> tuple[str | None, str | None, str | None]:
    return actor.name, actor.country, actor.sector


ATTACK = "Violence against civilians/Attack"
DESTROY = "Strategic developments/Looting/property destruction"
MEXICO = ("Journalists (Mexico)", "MEX", "JRN")
PAKISTAN = ("Journalists (Pakistan)", "PAK", "JRN")


# 1. harm done to the noun that opens the headline: the noun the target, an unnamed doer, the dead counted
@pytest.mark.parametrize("text, word, acled, target, dead", [
    ("Photographer shot dead in Mexico City", "shot dead", ATTACK, MEXICO, 1),
    ("Mexico: Journalist shot dead in Tijuana", "shot dead", ATTACK, MEXICO, 1),
    ("Journalist beaten in Baku", "beaten", ATTACK, ("Journalists (Azerbaijan)", "AZE", "JRN"), None),
    ("Newspaper office attacked in Karachi", "attacked", ATTACK, PAKISTAN, None),
    ("Radio station attacked in Bangui", "attacked", ATTACK,
     ("Journalists (Central African Republic)", "CAF", "JRN"), None),
    ("Reporter shot in the leg while covering protest", "shot", ATTACK, ("Journalists", None, "JRN"), None),
    ("Radio station burned in Juba", "burned", DESTROY, ("Journalists (South Sudan)", "SSD", "JRN"), None),
    ("Reporter killed in Kabul blast", "blast", "Explosions/Remote violence/Remote explosive/landmine/IED",
     ("Journalists (Afghanistan)", "AFG", "JRN"), 1),
    ("TV station attacked in Libya", "attacked", ATTACK, ("Journalists (Libya)", "LBY", "JRN"), None),
    # variants: other victims, verbs, particles and labels
    ("Activist beaten in Minsk", "beaten", ATTACK, ("Opposition (Belarus)", "BLR", "OPP"), None),
    ("Journalist beaten up in Baku", "beaten", ATTACK, ("Journalists (Azerbaijan)", "AZE", "JRN"), None),
    ("Lawyer stabbed in Lahore", "stabbed", ATTACK, ("Lawyers (Pakistan)", "PAK", "HRI"), None),
    ("Mosque attacked in Kabul", "attacked", ATTACK, ("Religious Group (Afghanistan)", "AFG", "REL"), None),
    ("Church burned in Jos", "burned", DESTROY, ("Religious Group (Nigeria)", "NGA", "REL"), None),
    ("Pakistan: Newspaper office attacked in Karachi", "attacked", ATTACK, PAKISTAN, None),
    ("TV station torched in Libya", "torched", DESTROY, ("Journalists (Libya)", "LBY", "JRN"), None),
    ("TV station attacked in Tripoli", "attacked", ATTACK, ("Journalists (Libya)", "LBY", "JRN"), None),
    ("Police officer killed in Lamu", "killed", "Battles/Armed clash",
     ("Police Forces of Kenya", "KEN", "COP"), 1),
])
def test_harm_done_to_the_opening_noun(pipeline, text: str, word: str, acled: str, target: tuple,
                                      dead: int | None) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert _acled(event) == acled
    assert _who(event.target[0]) == target
    assert all(a.name in (None, "Unidentified Armed Group") or a.name.startswith("Unidentified Armed Group")
               for a in event.source)
    assert event.fatalities == dead


# 2. censorship done to the opening noun, with the particle it needs: the noun never the doer
@pytest.mark.parametrize("text, word, target", [
    ("Internet shut down in Gaza", "shut", "Civilians (Palestine)"),
    ("Newspaper shut down in Harare", "shut", "Journalists (Zimbabwe)"),
    # variants
    ("Newspaper banned in Zimbabwe", "banned", "Journalists (Zimbabwe)"),
    ("Power cut off in Tigray", "cut", "Civilians (Ethiopia)"),
    ("Doctor threatened in Bogota", "threatened", "Health Workers (Colombia)"),
])
def test_censorship_done_to_the_opening_noun(pipeline, text: str, word: str, target: str) -> None:
    event = _primary(pipeline, text)
    opening = text.split()[0]
    assert event.trigger.text == word
    assert _names(event.target)[0] == target
    assert all(a.text != opening for a in event.source)
    assert "Rioters" not in str(_names(event.source))


# 3. controls: the same shapes already right, and doers with objects of their own
@pytest.mark.parametrize("text, word, acled, source, target", [
    ("Cameraman shot dead in Kabul", "shot dead", ATTACK, "Unidentified Armed Group (Afghanistan)",
     "Journalists (Afghanistan)"),
    ("Reporter shot dead in Manila", "shot dead", ATTACK, "Unidentified Armed Group (Philippines)",
     "Journalists (Philippines)"),
    ("Blogger stabbed in Dhaka", "stabbed", ATTACK, "Unidentified Armed Group (Bangladesh)",
     "Journalists (Bangladesh)"),
    ("Journalist abducted in Tripoli", "abducted",
     "Violence against civilians/Abduction/forced disappearance", "Unidentified Armed Group (Libya)",
     "Journalists (Libya)"),
    ("Editor arrested in Nairobi", "arrested", "Strategic developments/Arrests", "Police Forces of Kenya",
     "Journalists (Kenya)"),
    ("Three journalists killed in Syria air strike", "air strike",
     "Explosions/Remote violence/Air/drone strike", "Military Forces of Syria", "Journalists (Syria)"),
    ("Newspaper offices torched in Kathmandu", "torched", DESTROY, None, "Journalists (Nepal)"),
    ("Protesters torched police vehicles in Nairobi", "torched", "Riots/Violent demonstration",
     "Rioters (Kenya)", "Police Forces of Kenya"),
    ("Police raid newspaper office", "raid", "-", "Police Forces", "Journalists"),
    ("Gunmen attack TV station in Mogadishu", "attack", ATTACK, "Unidentified Armed Group (Somalia)", None),
    ("Protesters attack police in Nairobi", "attack", "Riots/Violent demonstration", "Rioters (Kenya)",
     "Police Forces of Kenya"),
    ("Mob torched a police station in Lagos", "torched", "Riots/Mob violence", "Rioters (Nigeria)",
     "Police Forces of Nigeria"),
    ("Government shut down newspaper", "shut", "-", "Government", "Journalists"),
    ("Syria: Rebels seize Aleppo", "seize", "Battles/Non-state actor overtakes territory", "Rebels (Syria)",
     None),
])
def test_harm_passive_controls(pipeline, text: str, word: str, acled: str, source: str | None,
                               target: str | None) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert _acled(event) == acled
    assert (_names(event.source) or [None])[0] == source
    if target is not None:
        assert _names(event.target)[0] == target
