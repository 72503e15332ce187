"""A nation's own group pressing its own government about a foreign matter (round homegov58, item sectors-1):
"French unions urged the government to suspend arms sales to Saudi Arabia". A state organ named only by its
office ("the government", "Parliament", "the president", "the authorities", "ministers") takes the story's
country as a guess, and in such a sentence that is the foreign country the demand is about. When the asker is
a nation's own non-state or legislative group whose country its own words name (unions, farmers, traders,
students, clerics, lawmakers), the act happens in the asker's country and the organ is its own; the nested act
asked for is done by that same organ, and the asking lawmakers are no external force. Controls: refugees and
askers abroad, organs named with their country, stateless askers, a story placed in the asker's host country,
and a legislature's measure against a state's people ("sanctions on Turkish officials"). Sentences written
for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="homegov58", published="2024-01-15")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _first(actors) -> tuple[str | None, str | None]:
    return (actors[0].name, actors[0].country) if actors else (None, None)


# 1. the organ pressed is the asker's own, and the act is placed at home
@pytest.mark.parametrize("text, word, target, where", [
    ("Spanish fishermen urged the government to protest to Morocco over the seizures.", "urged",
     ("Government of Spain", "ESP"), "ESP"),
    ("Indian traders asked the government to ban imports from China.", "asked",
     ("Government of India", "IND"), "IND"),
    ("Nigerian lawmakers urged the president to recall the ambassador from South Africa.", "urged",
     ("Government of Nigeria", "NGA"), "NGA"),
    ("Bangladeshi students demanded that the government cancel the power deal with India.", "demanded",
     ("Government of Bangladesh", "BGD"), "BGD"),
    ("Moroccan unions urged Parliament to reject the deal with Israel.", "urged",
     ("Legislature of Morocco", "MAR"), "MAR"),
    ("Jordanian lawmakers called on the government to expel the ambassador of Israel.", "called",
     ("Government of Jordan", "JOR"), "JOR"),
    ("French unions urged the government to suspend arms sales to Saudi Arabia.", "urged",
     ("Government of France", "FRA"), "FRA"),
    ("Canadian MPs urged the government to recognise Palestine.", "urged",
     ("Government of Canada", "CAN"), "CAN"),
    ("Polish farmers demanded that the government ban grain imports from Ukraine.", "demanded",
     ("Government of Poland", "POL"), "POL"),
    ("Kenyan traders accused the government of favouring imports from China.", "accused",
     ("Government of Kenya", "KEN"), "KEN"),
    ("Mexican senators accused the government of bowing to pressure from Washington.", "accused",
     ("Government of Mexico", "MEX"), "MEX"),
    ("South Korean lawmakers urged the president to demand an apology from Japan.", "urged",
     ("Government of South Korea", "KOR"), "KOR"),
    # variants: other organs named by office, other askers, other foreign matters
    ("Egyptian traders urged the commerce ministry to curb imports from Turkey.", "urged",
     ("Government of Egypt", "EGY"), "EGY"),
    ("Greek farmers accused ministers of ignoring cheap imports from Bulgaria.", "accused",
     ("Government of Greece", "GRC"), "GRC"),
    ("Turkish opposition parties accused the president of bowing to pressure from Russia.", "accused",
     ("Government of Turkey", "TUR"), "TUR"),
    ("Pakistani clerics urged the authorities to cut ties with Sweden.", "urged",
     ("Government of Pakistan", "PAK"), "PAK"),
    ("Filipino fishermen urged the government to protest to China over the water cannon attack.", "urged",
     ("Government of the Philippines", "PHL"), "PHL"),
    ("Irish unions urged the government to ban goods from Israeli settlements in the West Bank.", "urged",
     ("Government of Ireland", "IRL"), "IRL"),
    ("Australian farmers rejected the government's plan to resume beef exports to China.", "rejected",
     ("Government of Australia", "AUS"), "AUS"),
    # stories: the place left to the story is abroad
    ("Saudi-led strikes killed 20 people in Sanaa on Monday. French unions urged the government to suspend "
     "arms sales to Saudi Arabia.", "urged", ("Government of France", "FRA"), "FRA"),
    ("Moroccan coast guards seized two Spanish boats off Tangier. Spanish fishermen urged the government to "
     "protest to Morocco over the seizures.", "urged", ("Government of Spain", "ESP"), "ESP"),
])
def test_asker_presses_its_own_organ(pipeline, text: str, word: str, target: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _first(event.target) == target
    assert _where(event) == where


# 2. lawmakers asking at home are no external force; the act asked for is done by the same organ
@pytest.mark.parametrize("text, word, source, inter", [
    ("Nigerian lawmakers urged the president to recall the ambassador from South Africa.", "urged",
     ("Legislature of Nigeria", "NGA"), 1),
    ("Jordanian lawmakers called on the government to expel the ambassador of Israel.", "called",
     ("Legislature of Jordan", "JOR"), 1),
    ("Canadian MPs urged the government to recognise Palestine.", "urged",
     ("Legislature of Canada", "CAN"), 1),
    ("Mexican senators accused the government of bowing to pressure from Washington.", "accused",
     ("Legislature of Mexico", "MEX"), 1),
    ("South Korean lawmakers urged the president to demand an apology from Japan.", "urged",
     ("Legislature of South Korea", "KOR"), 1),
])
def test_asking_lawmakers_at_home(pipeline, text: str, word: str, source: tuple, inter: int) -> None:
    event = _event(pipeline, text, word)
    assert _first(event.source) == source
    assert event.source[0].inter == inter


@pytest.mark.parametrize("text, word, source", [
    ("Indian traders asked the government to ban imports from China.", "ban", ("Government of India", "IND")),
    ("Moroccan unions urged Parliament to reject the deal with Israel.", "reject",
     ("Legislature of Morocco", "MAR")),
    ("Polish farmers demanded that the government ban grain imports from Ukraine.", "ban",
     ("Government of Poland", "POL")),
    ("Irish unions urged the government to ban goods from Israeli settlements in the West Bank.", "ban",
     ("Government of Ireland", "IRL")),
    # already right before: the other side of a dealing between states
    ("Spanish fishermen urged the government to protest to Morocco over the seizures.", "protest",
     ("Government of Spain", "ESP")),
    ("French unions urged the government to suspend arms sales to Saudi Arabia.", "suspend",
     ("Government of France", "FRA")),
    # controls: the nested act of an organ named with its country, and of a host government
    ("Malaysian clerics urged the authorities to expel the French ambassador.", "expel",
     ("Government of Malaysia", "MYS")),
    ("The UN urged the Ethiopian government to allow aid into Tigray.", "allow",
     ("Government of Ethiopia", "ETH")),
])
def test_act_asked_for_is_the_same_organs(pipeline, text: str, word: str, source: tuple) -> None:
    assert _first(_event(pipeline, text, word).source) == source


# 3. controls: the organ and the place stay as they were
@pytest.mark.parametrize("text, word, target, where", [
    ("Kenyan bishops urged the government to end police brutality.", "urged", ("Government of Kenya", "KEN"),
     "KEN"),
    ("Ugandan lawyers urged the government to release political prisoners.", "urged",
     ("Government of Uganda", "UGA"), "UGA"),
    ("Japanese fishermen urged the government to take action against Chinese boats.", "urged",
     ("Government of Japan", "JPN"), "JPN"),
    ("Argentine unions called on Congress to reject the agreement with the IMF.", "called",
     ("Legislature of Argentina", "ARG"), "ARG"),
    ("Human Rights Watch urged the government of Sri Lanka to repeal the terrorism law.", "urged",
     ("Government of Sri Lanka", "LKA"), "LKA"),
    ("The UN urged the Ethiopian government to allow aid into Tigray.", "urged",
     ("Government of Ethiopia", "ETH"), "ETH"),
    ("Malaysian clerics urged the authorities to expel the French ambassador.", "urged",
     ("Government of Malaysia", "MYS"), "MYS"),
    ("Colombian business groups urged the government to reopen the border with Venezuela.", "urged",
     ("Government of Colombia", "COL"), "COL"),
    # an organ named with its country stays that country's, whoever asks
    ("Kenyan lawmakers urged the government of Somalia to reopen the border.", "urged",
     ("Government of Somalia", "SOM"), "KEN"),
    ("Kenyan officials urged the government of Somalia to reopen the border.", "urged",
     ("Government of Somalia", "SOM"), "KEN"),
    # refugees and foreign traders press the government of the country the story is in
    ("Afghan refugees in Pakistan face mass deportation. Afghan refugees urged the government to halt "
     "deportations to Afghanistan.", "urged", ("Government of Pakistan", "PAK"), "PAK"),
    ("Kenya hosts thousands of Somali traders in Nairobi. Somali traders urged the government to ease visa "
     "rules.", "urged", ("Government of Kenya", "KEN"), "KEN"),
])
def test_organ_controls(pipeline, text: str, word: str, target: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _first(event.target) == target
    assert _where(event) == where


@pytest.mark.parametrize("text, word, source, target", [
    # a legislature's measure against a state's people: the people's state is the target, not the doer
    ("The House of Representatives voted to impose sanctions on Turkish officials.", "sanctions",
     ("Legislature", None), ("Government of Turkey", "TUR")),
    ("The Senate voted to impose sanctions on Russian officials.", "sanctions",
     ("Legislature", None), ("Government of Russia", "RUS")),
])
def test_measure_controls(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _first(event.source) == source
    assert _first(event.target) == target
