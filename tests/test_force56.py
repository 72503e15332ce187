"""Shows of force (round force56): a state's missile launched with no one hit - "over Japan", "over the sea",
or with where it came down told in its own clause ("an ICBM that landed inside Japan's exclusive economic
zone", "a missile that flew 1,000 km before falling into the Pacific Ocean") - is a weapons test (MOBILIZE
weapons, CAMEO 150, ACLED a strategic development), not a missile attack; "oversaw the test-firing of",
"guided the launch of" a missile is one too; a state's warplanes, warships or drones that fly, sail or cross
into an air defence identification zone, across the median line, through a strait ("sailed through the Taiwan
Strait"), or that encircle an island, are a show of force (MOBILIZE, CAMEO 150), into airspace or a contiguous
zone an incursion (COERCE, CAMEO 170) as "entered ... airspace". Real strikes ("fired missiles at Kyiv", "a
missile that struck a farm"), civil craft and people crossing keep their coding. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="force56", published="2024-06-15")))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _acled(event) -> str | None:
    return event.acled.get("sub_event_type") if event.acled else None


# 1. a missile launched over a place or into the sea, told in a clause of its own: a weapons test
@pytest.mark.parametrize("text, word, source", [
    ("North Korea fired an intermediate-range ballistic missile over Japan on Tuesday morning.", "fired",
     "PRK"),
    ("Pyongyang fired a ballistic missile that flew 1,000 km before falling into the Pacific Ocean.", "fired",
     "PRK"),
    ("Pyongyang launched an intercontinental ballistic missile that landed in waters inside Japan's "
     "exclusive economic zone, Kyodo reported.", "launched", "PRK"),
    ("North Korea launched an ICBM that landed inside Japan's exclusive economic zone west of Hokkaido.",
     "launched", "PRK"),
    # variants
    ("Pyongyang fired a missile that splashed down in the Sea of Japan.", "fired", "PRK"),
    ("China launched a ballistic missile that landed in the Pacific Ocean.", "launched", "CHN"),
    ("Iran launched an ICBM over the Gulf of Oman on Friday.", "launched", "IRN"),
    ("North Korea fired a cruise missile over the sea.", "fired", "PRK"),
])
def test_missile_launched_with_no_one_hit_is_a_test(pipeline, text: str, word: str, source: str) -> None:
    events = _events(pipeline, text)
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == (
        word, "MOBILIZE", "weapons", "150")
    assert event.source[0].country == source
    assert not any(e.plover["type"] == "ASSAULT" for e in events)


@pytest.mark.parametrize("text, cameo, dead", [
    # controls: a missile fired at a place, or one that struck something, stays an attack; tests stay tests
    ("Russia fired a barrage of missiles at Kyiv overnight, killing six people.", "194", 6),
    ("Russian missiles struck Kyiv overnight.", "194", None),
    ("Iran fired missiles at Israel on Tuesday.", "194", None),
    ("Russia fired a missile over Poland that struck a farm, killing two.", "194", 2),
    ("Hezbollah fired rockets over the border into northern Israel.", "194", None),
    ("Israel fired missiles over Syria at Iranian targets.", "194", None),
    ("North Korean artillery shelled Yeonpyeong Island, killing two South Korean marines.", "194", 2),
    ("North Korea fired two short-range ballistic missiles into the sea off its east coast on Sunday.", "150",
     None),
    ("Pyongyang test-launched a Hwasong-18 missile on Thursday.", "150", None),
    ("China fired 11 ballistic missiles into waters around Taiwan.", "150", None),
    ("North Korea conducted its sixth nuclear test on Sunday.", "150", None),
])
def test_missile_launch_controls(pipeline, text: str, cameo: str, dead: int | None) -> None:
    event = _primary(pipeline, text)
    assert event.cameo["code"] == cameo
    assert event.fatalities == dead


# 2. the launch or test-firing of a missile as a leader's deed: a weapons test
@pytest.mark.parametrize("text, word", [
    ("Kim Jong Un oversaw the test-firing of a new tactical guided weapon, KCNA said.", "firing"),
    ("Kim Jong Un guided the launch of a Hwasong-19 intercontinental ballistic missile.", "launch"),
    # variants
    ("Kim Jong Un oversaw a test of a new hypersonic missile.", "test"),
    ("North Korea conducted its third missile launch this month on Sunday.", "launch"),
    ("The general supervised the launch of a new cruise missile on Friday.", "launch"),
])
def test_missile_launch_noun_is_a_test(pipeline, text: str, word: str) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == (
        word, "MOBILIZE", "weapons", "150")
    assert _acled(event) == "Other"


@pytest.mark.parametrize("text", [
    # controls: missiles launched at someone, and launches of other things, are no test
    "Iran's launch of 200 missiles at Israel was condemned.",
    "Russia's missile launches at Ukraine continued.",
    "The company oversaw the launch of a new smartphone.",
    "The minister attended the launch of the campaign.",
])
def test_missile_launch_noun_controls(pipeline, text: str) -> None:
    assert not any(e.cameo["code"] == "150" for e in _events(pipeline, text))


# 3. a state's warplanes, warships and drones in another's zone, strait or airspace: a show of force
@pytest.mark.parametrize("text, word, plover, cameo, source, target", [
    ("Forty-five Chinese military aircraft flew into Taiwan's air defence identification zone on Monday.",
     "flew", "MOBILIZE", "150", "CHN", "TWN"),
    ("Chinese warplanes crossed the median line of the Taiwan Strait 20 times on Sunday.", "crossed",
     "MOBILIZE", "150", "CHN", None),
    ("A Chinese aircraft carrier sailed through the Taiwan Strait on Thursday, Taiwan's defence ministry "
     "said.", "sailed", "MOBILIZE", "150", "CHN", None),
    ("Chinese warships encircled Taiwan during two days of drills.", "encircled", "MOBILIZE", "150", "CHN",
     "TWN"),
    ("Five North Korean drones crossed into South Korean airspace on Monday.", "crossed", "COERCE", "170",
     "PRK", "KOR"),
    ("Two Chinese naval vessels sailed into Japan's contiguous zone near the Senkaku Islands.", "sailed",
     "COERCE", "170", "CHN", "JPN"),
    # variants
    ("Russian military aircraft flew into Japanese airspace near Hokkaido on Thursday.", "flew", "COERCE",
     "170", "RUS", "JPN"),
    ("A US destroyer sailed through the Taiwan Strait on Tuesday.", "sailed", "MOBILIZE", "150", "USA", None),
    ("Two Russian bombers flew into South Korea's air defence identification zone.", "flew", "MOBILIZE",
     "150", "RUS", "KOR"),
])
def test_military_craft_passage_is_a_show_of_force(pipeline, text: str, word: str, plover: str, cameo: str,
                                                   source: str, target: str | None) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover["type"], event.cameo["code"]) == (word, plover, cameo)
    assert (event.source[0].country, event.source[0].sector) == (source, "MIL")
    if target is not None:
        assert event.target[0].country == target


@pytest.mark.parametrize("text", [
    # controls: civil craft, people crossing, and jets over a city give no show of force
    "Passengers sailed through the strait.",
    "A cargo ship sailed through the Taiwan Strait.",
    "A passenger plane flew into Iranian airspace.",
    "A Chinese fishing boat sailed into Japanese territorial waters.",
    "Migrants crossed the Channel in small boats.",
    "Thousands of tourists sailed through the Bosphorus.",
    "Israeli jets flew over Beirut on Monday.",
])
def test_military_craft_passage_controls(pipeline, text: str) -> None:
    assert not any(e.plover["type"] in ("MOBILIZE", "COERCE") for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word, cameo", [
    # controls: incursions and attacks told before keep their coding
    ("Chinese coast guard ships entered Japanese territorial waters near the Senkaku Islands.", "entered",
     "170"),
    ("The People's Liberation Army held live-fire drills around Taiwan on Saturday.", "live-fire drills",
     "154"),
    ("Israeli jets flew over Gaza and struck a school.", "struck", "195"),
    ("Rebels crossed the river and attacked the town.", "attacked", "190"),
    ("Ukrainian drones crossed into Russian airspace and struck an oil refinery.", "struck", "1952"),
])
def test_craft_and_attack_controls(pipeline, text: str, word: str, cameo: str) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.cameo["code"]) == (word, cameo)
