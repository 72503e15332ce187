"""A state's strike on another state's fixed ground named by a common noun (round ground57): with no place of
its own, one state's strike on another's nuclear "sites", gas "facilities", drone "factories", oil
"terminals", a production "complex", air defence "batteries", "oil fields" and "oil platforms", or its
seizing, annexing, occupying or destroying of them ("Iraqi troops seized Kuwaiti oil fields", "Iraq annexed
Kuwait"), is in the target's country, not the striker's; the ACLED actor types follow the place (the foreign
striker inter 8, the target at home inter 1) and so do the victims' country. A place named, troops, ships,
sailors, tankers, "targets", and "fields" other than oil or gas fields keep their place. Sentences written for
the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="ground57"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. the target's fixed ground, no place named: the target's country
@pytest.mark.parametrize("text, word, where", [
    ("American bombers struck Iranian underground enrichment sites early on Sunday.", "struck", "IRN"),
    ("The United States attacked Iranian nuclear facilities early on Sunday.", "attacked", "IRN"),
    ("Israel struck Iranian missile factories overnight, the Israeli military said.", "struck", "IRN"),
    ("Iraqi warplanes bombed Iranian oil terminals in 1984.", "bombed", "IRN"),
    ("American warplanes bombed Iranian oil platforms in the Gulf in April 1988.", "bombed", "IRN"),
    ("Israeli warplanes bombed Iranian air defence batteries before dawn.", "bombed", "IRN"),
    ("Israeli jets hit Iranian gas facilities and a missile production complex.", "hit", "IRN"),
    ("Israeli aircraft struck Iranian drone factories, killing four workers.", "struck", "IRN"),
    ("Iraqi troops seized Kuwaiti oil fields along the border.", "seized", "KWT"),
    ("Iraq annexed Kuwait as its 19th province.", "annexed", "KWT"),
    ("US Navy ships destroyed two Iranian oil platforms in retaliation for the mining of a frigate.",
     "destroyed", "IRN"),
    # variants
    ("American jets bombed Syrian chemical weapons sites before dawn.", "bombed", "SYR"),
    ("Israeli jets hit an Iranian missile production complex.", "hit", "IRN"),
    ("Israel struck an Iranian nuclear site on Saturday.", "struck", "IRN"),
    ("Russian troops seized a Ukrainian nuclear power plant.", "seized", "UKR"),
    ("Israeli forces occupied Lebanese border villages.", "occupied", "LBN"),
    ("Saudi aircraft destroyed Yemeni bridges and a fuel terminal.", "destroyed", "YEM"),
    ("Iraqi forces overran Kuwaiti oilfields near the border.", "overran", "KWT"),
    ("Turkish jets bombed Syrian gas fields overnight.", "bombed", "SYR"),
    ("American warships shelled an Iranian gas platform.", "shelled", "IRN"),
    ("Egyptian jets destroyed Libyan drone factories.", "destroyed", "LBY"),
])
def test_strike_on_fixed_ground_is_in_the_target_country(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


@pytest.mark.parametrize("text, word, where", [
    # controls: ground already known, a place named, people, ships, "targets", plain "fields"
    ("Israeli fighter jets pounded Iranian radar installations overnight.", "pounded", "IRN"),
    ("Israel attacked Iranian air bases on Friday.", "attacked", "IRN"),
    ("Iraqi aircraft attacked Kuwaiti air bases at dawn.", "attacked", "KWT"),
    ("Saudi jets bombed Yemeni fuel depots and port facilities.", "bombed", "YEM"),
    ("Israeli warplanes struck Iranian targets in Syria.", "struck", "SYR"),
    ("Iranian missiles struck a US air base in Iraq.", "struck", "IRQ"),
    ("Israeli jets struck Iranian-backed militias near Damascus.", "struck", "SYR"),
    ("Iran shelled Iraqi border towns overnight.", "shelled", "IRQ"),
    ("Iraqi troops captured Kuwaiti soldiers near the border.", "captured", "IRQ"),
    ("Iraqi troops captured Kuwaiti soldiers.", "captured", "IRQ"),
    ("Iranian guards seized a British tanker on Friday.", "seized", "IRN"),
    ("Iranian forces seized two American sailors.", "seized", "IRN"),
    ("Russian troops seized Ukrainian fields and farms.", "seized", "RUS"),
    ("Israeli jets struck Iranian targets overnight.", "struck", "ISR"),
    ("Chinese coast guard ships seized Philippine supplies.", "seized", "CHN"),
])
def test_strike_on_fixed_ground_controls(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 2. the actor types and the victims' country follow the place
@pytest.mark.parametrize("text, word, source, target", [
    ("American bombers struck Iranian underground enrichment sites early on Sunday.", "struck",
     ("Military Forces of the United States", 8), ("Government of Iran", 1)),
    ("Israel struck Iranian missile factories overnight, the Israeli military said.", "struck",
     ("Government of Israel", 1), ("Military Forces of Iran", 1)),
    ("Iraqi warplanes bombed Iranian oil terminals in 1984.", "bombed",
     ("Military Forces of Iraq", 8), ("Government of Iran", 1)),
    ("Israeli warplanes bombed Iranian air defence batteries before dawn.", "bombed",
     ("Military Forces of Israel", 8), ("Military Forces of Iran", 1)),
    ("Israeli jets hit Iranian gas facilities and a missile production complex.", "hit",
     ("Military Forces of Israel", 8), ("Government of Iran", 1)),
    # controls
    ("Israeli fighter jets pounded Iranian radar installations overnight.", "pounded",
     ("Military Forces of Israel", 8), ("Government of Iran", 1)),
    ("Iraqi aircraft attacked Kuwaiti air bases at dawn.", "attacked",
     ("Military Forces of Iraq", 8), ("Military Forces of Kuwait", 1)),
    ("Iraqi troops captured Kuwaiti soldiers near the border.", "captured",
     ("Military Forces of Iraq", 1), ("Military Forces of Kuwait", 8)),
])
def test_actor_types_follow_the_place(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].name, event.source[0].inter) == source
    assert (event.target[0].name, event.target[0].inter) == target


@pytest.mark.parametrize("text, word, victims, dead", [
    ("Israeli aircraft struck Iranian drone factories, killing four workers.", "struck",
     ("Labour Group (Iran)", "IRN"), 4),
    ("Egyptian jets bombed Libyan oil terminals, killing three workers.", "bombed",
     ("Labour Group (Libya)", "LBY"), 3),
    # control: a place named
    ("Israeli aircraft struck a drone factory in Syria, killing four workers.", "struck",
     ("Labour Group (Syria)", "SYR"), 4),
])
def test_victims_country_follows_the_place(pipeline, text: str, word: str, victims: tuple, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert (victims[0], victims[1]) in [(a.name, a.country) for a in event.target]
    assert event.fatalities == dead
