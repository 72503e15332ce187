"""Caucasus, Central Asian and East Asian news (round eurasia63): fireworks and flares thrown at police as a
violent demonstration; Russia's own peacekeepers (Karabakh, the CSTO's in Kazakhstan) as its army, not the UN;
an illness's name ("COVID-19 lockdowns") as no actor; a state's coast guard vessels as its forces, not
civilians; a capital's possessive before its state's speaking organ ("..., Seoul's military said") as no
place; North Korea's missiles fired at no one as a weapons test; the side a clash's dead are of as its target
("Armenian and Azerbaijani troops clashed, leaving three Armenian soldiers dead"); "Kyrgyz and Tajik border
guards" as both armies; and the Kok-Tash border village, the Galwan Valley and the Lachin corridor as places.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2022-09-20"):
    return list(pipeline.code(document_from_text(text, doc_id="eurasia63", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _names(actors) -> list[str]:
    return [a.acled_actor or a.name for a in actors]


def _sub(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


# 1. fireworks and flares thrown at someone are a crowd's missiles
@pytest.mark.parametrize("text, sub", [
    ("Protesters threw fireworks at riot police outside parliament in Tbilisi on Friday night.",
     "Violent demonstration"),
    ("Demonstrators hurled flares at police officers in Tbilisi on Sunday.", "Violent demonstration"),
    # controls: fireworks set off, and stones still thrown, as before
    ("Protesters threw stones at riot police outside parliament in Tbilisi on Friday night.",
     "Violent demonstration"),
    ("Residents set off fireworks in Tbilisi to celebrate the new year.", None),
])
def test_fireworks_thrown(pipeline, text: str, sub: str | None) -> None:
    events = _events(pipeline, text)
    if sub is None:
        assert not any(_sub(e) == "Violent demonstration" for e in events)
    else:
        assert _sub(_primary(pipeline, text)) == sub


# 2. Russia's own peacekeeping missions are its army; others' peacekeepers stay the UN's
@pytest.mark.parametrize("text, acled", [
    ("Russian peacekeepers patrolled the Lachin corridor on Monday.", "Military Forces of Russia"),
    ("Gunmen fired on Russian peacekeepers near Stepanakert on Tuesday.", "Military Forces of Russia"),
    # controls
    ("Gunmen fired on Indian peacekeepers in South Sudan on Tuesday.", "UN: United Nations"),
    ("Gunmen fired on UN peacekeepers in Mali on Tuesday.", "UN: United Nations"),
])
def test_russian_peacekeepers(pipeline, text: str, acled: str) -> None:
    event = _primary(pipeline, text)
    names = _names(event.source + event.target)
    assert any(n.startswith(acled) for n in names)
    if acled != "UN: United Nations":
        assert "UN: United Nations" not in names


# 3. an illness's name is no actor
@pytest.mark.parametrize("text, target", [
    ("Hundreds of people protested in Shanghai on Sunday against COVID-19 lockdowns.", None),
    ("Hundreds of people protested in Shanghai on Sunday against COVID-19 lockdowns after a deadly fire in "
     "Urumqi.", None),
    # control: an organisation protested against stays the target
    ("Hundreds of people protested in Geneva on Sunday against the World Health Organization.", "WHO"),
])
def test_illness_is_no_actor(pipeline, text: str, target: str | None) -> None:
    events = _events(pipeline, text)
    assert not any((a.name or "").upper().startswith("COVID") for e in events for a in e.source + e.target)
    if target:
        event = _primary(pipeline, text)
        assert any(target in (a.name or "") or target in (a.acled_actor or "") for a in event.target)


# 4. a state's coast guard vessels are its forces, a fishing vessel its civilians
@pytest.mark.parametrize("text, acled", [
    ("Taiwan's coast guard expelled four Chinese coast guard vessels that entered restricted waters near "
     "Kinmen on Monday.", "Military Forces of China"),
    ("A Philippine coast guard ship was blocked by Chinese coast guard ships near Scarborough Shoal.",
     "Military Forces of China"),
    # control
    ("Taiwan's coast guard expelled four Chinese fishing vessels that entered restricted waters near Kinmen "
     "on Monday.", "Civilians (China)"),
])
def test_coast_guard_vessels(pipeline, text: str, acled: str) -> None:
    event = _primary(pipeline, text)
    assert any(n.startswith(acled) for n in _names(event.source + event.target))


# 5. a capital's possessive before its state's speaking organ is no place
@pytest.mark.parametrize("text, place", [
    ("North Korea blew up roads connecting it to South Korea on Tuesday, Seoul's military said.",
     "not Seoul"),
    ("North Korea fired artillery shells near the sea border, Seoul's Joint Chiefs of Staff said.",
     "not Seoul"),
    ("North Korea fired artillery shells near the sea border, Tokyo's defence ministry said.", "not Tokyo"),
    # controls: a city's own body, or a city's police acting, leaves the city the place
    ("Russian missiles struck Kyiv overnight, Kyiv's military administration said.", "Kyiv"),
    ("Seoul's police arrested 20 protesters on Saturday.", "Seoul"),
    ("Israeli strikes killed 30 people overnight, Gaza's health ministry said.", "Gaza Strip"),
])
def test_capital_speaking(pipeline, text: str, place: str) -> None:
    event = _primary(pipeline, text)
    name = event.location.name if event.location else None
    if place.startswith("not "):
        assert name != place[4:]
    else:
        assert name == place


# 6. North Korea's missiles fired at no one are a weapons test
@pytest.mark.parametrize("text, sub", [
    ("North Korea fired two short-range ballistic missiles on Thursday, South Korea's military said.",
     "Other"),
    ("North Korea launched an intercontinental ballistic missile on Thursday, Japan's defence ministry said.",
     "Other"),
    ("Pyongyang fired a missile on Friday.", "Other"),
    # controls: aimed at someone or killing someone, or another state's missiles
    ("North Korea fired a ballistic missile at a South Korean island, killing two soldiers.",
     "Shelling/artillery/missile attack"),
    ("North Korea fired a missile on Friday, killing three fishermen.", "Shelling/artillery/missile attack"),
    ("Iran fired ballistic missiles at Israel on Tuesday.", "Shelling/artillery/missile attack"),
])
def test_north_korean_launches(pipeline, text: str, sub: str) -> None:
    event = _primary(pipeline, text)
    assert _sub(event) == sub
    if sub == "Other":
        assert event.plover.get("type") == "MOBILIZE"


# 7. the side a clash's dead are of is its target, not a doer too; 8. shared nouns with their own words
@pytest.mark.parametrize("text, source, target", [
    ("Armenian and Azerbaijani troops clashed along the border near Sotk overnight, leaving three Armenian "
     "soldiers dead.", "Military Forces of Armenia", "Military Forces of Azerbaijan"),
    ("Chinese and Indian troops clashed in the Galwan Valley on Monday, leaving 20 Indian soldiers dead.",
     "Military Forces of India", "Military Forces of China"),
    ("Kyrgyz and Tajik border guards clashed near the village of Kok-Tash on Wednesday.",
     "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"),
    # controls: no dead told, and two named sides
    ("Armenian and Azerbaijani troops clashed along the border near Sotk overnight.",
     "Military Forces of Armenia", "Military Forces of Azerbaijan"),
    ("Kyrgyz and Tajik troops clashed near the village of Kok-Tash on Wednesday.",
     "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"),
])
def test_clash_sides(pipeline, text: str, source: str, target: str) -> None:
    event = _primary(pipeline, text)
    src, tgt = _names(event.source), _names(event.target)
    assert any(n.startswith(source) for n in src) and not any(n.startswith(target) for n in src)
    assert any(n.startswith(target) for n in tgt) and not any(n.startswith(source) for n in tgt)
    assert not any(n.startswith("Government of") for n in src)


# 9. places of the region's wars
@pytest.mark.parametrize("text, name, country", [
    ("Tajik troops shelled Kyrgyz positions near Kok-Tash on Friday.", "Kok-Tash", "KGZ"),
    ("Chinese and Indian troops clashed in the Galwan Valley on Monday.", "Galwan Valley", "IND"),
    ("Azerbaijani activists blocked the Lachin corridor on Monday.", "Lachin corridor", "AZE"),
    # control: a town named beside them keeps its own place
    ("Tajik troops shelled Kyrgyz positions in Batken on Friday.", "Batken", "KGZ"),
])
def test_places(pipeline, text: str, name: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None and event.location.name == name and event.location.country == country
