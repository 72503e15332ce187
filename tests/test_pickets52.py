"""Guard-post pickets (round pickets52, asia-1): in South Asian news a "police picket", "army picket",
"security picket", "check picket" or a picket named by its force ("a BSF picket", "a Frontier Corps picket")
is a manned guard post, not a crowd's picket. Such a picket raises no protest event; attacked, it stands for
the force that holds it (the force its words name, else the place's state forces, also when it "came under
fire"), and a picket "of police and Levies" for the forces named after "of". A crowd's picket (miners,
nurses, dock workers, a picket line) stays a protest. Also (asia-2) a bare "crowd" told at another end than a
protest ("a crowd at a wedding", "a crowd watching a cricket match", "a crowd gathered at a festival", "a
crowd of villagers") and attacked is civilians, not protesters; a crowd of protesters, one protesting or
demanding, one at a rally and one met with tear gas or batons stay protesters. Sentences written for the test,
each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="pickets52", published="2024-05-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> str | None:
    return event.acled.get("event_type") if event.acled else None


# 1. an attacked guard post: no protest event; the post is the force that holds it
@pytest.mark.parametrize("text, word, targets, acled", [
    ("Militants attacked a police picket in Bannu, killing two constables.", "attacked",
     ["Police Forces of Pakistan"], "Battles"),
    ("A CRPF jawan was injured when terrorists hurled a grenade at a security picket in Srinagar.", "hurled",
     ["Security Forces of India", "CRPF"], "Explosions/Remote violence"),
    ("Terrorists fired at an army picket in Rajouri district, injuring a soldier.", "fired",
     ["Military Forces of India"], "Battles"),
    ("Insurgents attacked a joint check picket of police and Levies in Turbat.", "attacked",
     ["Police Forces of Pakistan", "Levies"], "Battles"),
    ("Two policemen were killed when militants attacked a police picket in Dera Ismail Khan.", "attacked",
     ["Police Forces of Pakistan"], "Battles"),
    ("Terrorists opened fire on a BSF picket near the border in Kathua, the force said.", "opened fire",
     ["BSF"], "Battles"),
    ("Taliban fighters attacked a security picket in Kunduz overnight.", "attacked",
     ["Security Forces of Afghanistan"], None),
    ("Police said two check pickets came under fire in Lakki Marwat.", "came under fire",
     ["Military Forces of Pakistan"], "Battles"),
    ("Militants stormed a Frontier Corps picket in Kurram.", "stormed", ["Frontier Corps"], "Battles"),
    # variants
    ("Gunmen attacked a police picket in Lakki Marwat, wounding three policemen.", "attacked",
     ["Police Forces of Pakistan"], "Battles"),
    ("Militants fired rockets at an army picket in Kupwara.", "fired",
     ["Military Forces of India"], "Explosions/Remote violence"),
    ("An FC picket came under attack in Kech district.", "came under attack", ["Frontier Corps"], "Battles"),
    ("A Rangers picket was attacked in Karachi.", "attacked", ["Pakistan Rangers"], "Battles"),
    ("Terrorists lobbed a grenade at a CRPF picket in Pulwama.", "lobbed", ["CRPF"],
     "Explosions/Remote violence"),
    ("A checkpoint came under fire in Lakki Marwat.", "came under fire", ["Military Forces of Pakistan"],
     "Battles"),
])
def test_guard_post_picket_is_its_force(pipeline, text: str, word: str, targets: list[str],
                                        acled: str | None) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover.get("type") == "PROTEST" for e in events)
    event = next(e for e in events if e.trigger.text == word)
    assert [a.name for a in event.target] == targets
    assert all(a.inter == 1 for a in event.target)
    if acled is not None:
        assert _acled(event) == acled


def test_overrun_security_pickets(pipeline) -> None:
    events = _events(pipeline, "The Taliban overran three security pickets in Badakhshan overnight.")
    assert not any(e.plover.get("type") == "PROTEST" for e in events)
    event = next(e for e in events if e.trigger.text == "overran")
    assert event.cameo.get("code") == "192"
    assert [(a.name, a.sector) for a in event.target] == [("Security Forces of Afghanistan", "COP")]


@pytest.mark.parametrize("text, word, targets", [
    # controls: guard posts named by other words keep their force
    ("A militant hurled a grenade at a police checkpost in Srinagar.", "hurled", ["Police Forces of India"]),
    ("Insurgents attacked a police checkpoint in Bannu.", "attacked", ["Police Forces of Pakistan"]),
    ("Militants attacked an army post in Rajouri.", "attacked", ["Military Forces of India"]),
    ("Insurgents attacked a checkpoint of police and Levies in Turbat.", "attacked",
     ["Police Forces of Pakistan", "Levies"]),
])
def test_guard_post_controls(pipeline, text: str, word: str, targets: list[str]) -> None:
    assert [a.name for a in _event(pipeline, text, word).target] == targets


# 2. a crowd's picket stays a protest
@pytest.mark.parametrize("text, word, source", [
    ("Dozens of miners set up a picket outside the company headquarters in Johannesburg.", "picket",
     "Protesters (South Africa)"),
    ("Striking dock workers picketed the port of Felixstowe on Monday.", "picketed",
     "Protesters (United Kingdom)"),
    ("Union members joined a picket line at the factory gates.", "picket", "Protesters"),
    ("Nurses staged a picket outside the health ministry in Manila.", "picket", "Protesters (Philippines)"),
    ("Workers mounted a picket at the mine in Rustenburg.", "picket", "Protesters (South Africa)"),
    ("Strikers manned a picket outside the plant in Durban.", "picket", "Protesters (South Africa)"),
    ("Teachers formed a picket outside parliament in Nairobi.", "picket", "Protesters (Kenya)"),
])
def test_crowd_picket_is_protest(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "PROTEST"
    assert event.cameo.get("code") == "141"
    assert [a.name for a in event.source] == [source]


def test_picket_broken_up_by_police(pipeline) -> None:
    """Control: a labour picket dispersed by police is still protesters, with intervention."""
    event = _event(pipeline, "Police broke up a picket outside the factory in Durban.", "broke")
    assert [a.name for a in event.target] == ["Protesters (South Africa)"]
    assert _acled(event) == "Protests"


# 3. (asia-2) a bare crowd at a wedding, a market, a match: civilians, and the attack on it no protest
@pytest.mark.parametrize("text, word, target, acled", [
    ("Gunmen opened fire on a crowd at a wedding in Jalalabad, killing five.", "opened fire",
     ("Civilians (Afghanistan)", 7), "Violence against civilians"),
    ("At least 40 civilians were killed when a fighter jet dropped bombs on a crowd attending a ceremony in "
     "Pazigyi village.", "dropped", ("Civilians", 7), "Explosions/Remote violence"),
    ("A fighter jet dropped bombs on a crowd gathered at a festival in Sagaing.", "dropped",
     ("Civilians (Myanmar)", 7), "Explosions/Remote violence"),
    ("Gunmen fired into a crowd watching a cricket match in Mardan.", "fired",
     ("Civilians (Pakistan)", 7), "Violence against civilians"),
    ("A grenade was thrown into a crowd at a market in Tangail, wounding 20.", "thrown",
     ("Civilians (Bangladesh)", 7), "Explosions/Remote violence"),
    ("Security forces fired on a crowd of villagers in Manipur, killing two.", "fired",
     ("Civilians (India)", 7), "Violence against civilians"),
    # variants
    ("Militants opened fire on a crowd at a funeral in Peshawar, killing three.", "opened fire",
     ("Civilians (Pakistan)", 7), "Violence against civilians"),
    ("Gunmen opened fire on a crowd celebrating a festival in Tangail.", "opened fire",
     ("Civilians (Bangladesh)", 7), "Violence against civilians"),
    ("Gunmen fired on a crowd of residents in Bannu, killing four.", "fired",
     ("Civilians (Pakistan)", 7), "Violence against civilians"),
    # controls: a crowd told protesting, or met with crowd control, stays protesters
    ("Police fired tear gas at a crowd of protesters in Dhaka.", "fired", ("Protesters (Bangladesh)", 6),
     "Protests"),
    ("Troops opened fire on a crowd of demonstrators in Mandalay, killing eight.", "opened fire",
     ("Protesters (Myanmar)", 6), "Protests"),
    ("Police opened fire on a crowd protesting the killing of a student in Imphal, killing one.",
     "opened fire",
     ("Protesters (India)", 6), "Protests"),
    ("Security forces fired on a crowd demanding the release of detained leaders in Quetta.", "fired",
     ("Protesters (Pakistan)", 6), "Protests"),
    ("A suicide bomber attacked a crowd of Shia pilgrims in Quetta.", "attacked",
     ("Religious Group (Pakistan)", 7), "Explosions/Remote violence"),
    ("Police opened fire on a crowd at a rally in Kathmandu.", "opened fire", ("Protesters (Nepal)", 6),
     "Protests"),
    ("Police fired tear gas at a crowd in Kathmandu.", "fired", ("Protesters (Nepal)", 6), "Protests"),
    ("Police fired tear gas at a crowd at a market in Dhaka.", "fired", ("Protesters (Bangladesh)", 6),
     "Protests"),
    ("Police baton-charged a crowd at a bus stand in Lahore.", "charged", ("Protesters (Pakistan)", 6),
     "Protests"),
])
def test_crowd_at_leisure_is_civilians(pipeline, text: str, word: str, target: tuple, acled: str) -> None:
    event = _event(pipeline, text, word)
    assert [(a.name, a.inter) for a in event.target][0] == target
    assert _acled(event) == acled


def test_crowd_at_concert_control(pipeline) -> None:
    """Control: a crowd gathered for a concert, bombed, stays civilians and an air strike."""
    text = "A military jet bombed a crowd gathered for a concert in Kachin State, killing 60 people."
    event = _event(pipeline, text, "bombed")
    assert [a.name for a in event.target] == ["Civilians (Myanmar)"]
    assert event.acled.get("sub_event_type") == "Air/drone strike"
