"""Lists of states, "pro-X forces" and a lone suspect's nationality (round lists54): a list of states the
parse hangs as an appositive ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar") are all doers
and none of them the event's place; coordinated states that make or end ties "with" a third party act
together on it ("Morocco and Sudan normalised relations with Israel": Israel the target); "pro-Russian forces"
are a militia aligned with Russia, not the army of the story's country; and the nationality of one suspect
("the suspect, a 25-year-old Syrian,", "A Tunisian man stabbed ...", "a Moroccan man was shot dead by
police") does not set the story's country. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="lists54", published="2024-09-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. coordinated states and a third party after "with": all the states act, the third party is the target
@pytest.mark.parametrize("text, word, sources, targets, not_where", [
    ("Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar.", "cut",
     ["Government of Saudi Arabia", "Government of the United Arab Emirates", "Government of Bahrain",
      "Government of Egypt"], ["Government of Qatar"], "ARE"),
    ("Morocco and Sudan normalised relations with Israel.", "normalised",
     ["Government of Morocco", "Government of Sudan"], ["Government of Israel"], None),
    # variants
    ("Saudi Arabia and Bahrain cut diplomatic ties with Iran.", "cut",
     ["Government of Saudi Arabia", "Government of Bahrain"], ["Government of Iran"], None),
    ("Kenya and Uganda restored diplomatic relations with Somalia.", "restored",
     ["Government of Kenya", "Government of Uganda"], ["Government of Somalia"], None),
    # controls
    ("Egypt and Sudan signed a security pact with Eritrea.", "pact",
     ["Government of Egypt", "Government of Sudan"], ["Government of Eritrea"], None),
    ("Armenia and Azerbaijan normalised relations.", "normalised",
     ["Government of Armenia"], ["Government of Azerbaijan"], None),
    ("India and Pakistan agreed to a ceasefire.", "agreed",
     ["Government of India"], ["Government of Pakistan"], None),
    ("Britain, France and Germany imposed sanctions on Iran.", "sanctions",
     ["Government of the United Kingdom", "Government of France", "Government of Germany"],
     ["Government of Iran"], None),
    ("Kuwait, Qatar, Oman and Jordan condemned the attack.", "condemned",
     ["Government of Kuwait", "Government of Qatar", "Government of Oman", "Government of Jordan"], [],
     None),
])
def test_listed_states(pipeline, text: str, word: str, sources: list, targets: list,
                       not_where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == sources
    assert _names(event.target) == targets
    if not_where:
        assert _where(event) != not_where


# 2. "pro-<state>" forces: a militia aligned with that state, where they fight; other "pro-" heads keep
@pytest.mark.parametrize("text, word, name, country, sector", [
    ("Pro-Russian forces shelled the town of Avdiivka overnight.", "shelled", "Militia (Pro-Russia)", "UKR",
     "PRM"),
    # variants
    ("Pro-Russian troops seized the regional administration building in Donetsk.", "seized",
     "Militia (Pro-Russia)", "UKR", "PRM"),
    ("Pro-Russian forces attacked Ukrainian positions near Bakhmut.", "attacked", "Militia (Pro-Russia)",
     "UKR", "PRM"),
    ("Pro-Iranian militias fired rockets at a US base in Syria.", "fired", "Militia (Syria)", "SYR", "PRM"),
    ("Pro-Turkish rebels attacked Kurdish fighters near Manbij.", "attacked", "Rebels (Syria)", "SYR", "REB"),
    # controls
    ("Pro-government militias attacked villagers in Darfur.", "attacked", "Militia (Sudan)", "SDN", "PRM"),
    ("Pro-government forces recaptured the town of Zinjibar.", "recaptured", "Military Forces of Yemen",
     "YEM", "MIL"),
    ("Pro-Russian separatists shelled Mariupol.", "shelled", "Rebels (Ukraine)", "UKR", "REB"),
    ("Russian forces shelled Kharkiv.", "shelled", "Military Forces of Russia", "RUS", "MIL"),
])
def test_pro_state_forces(pipeline, text: str, word: str, name: str, country: str, sector: str) -> None:
    doer = _event(pipeline, text, word).source[0]
    assert (doer.name, doer.country, doer.sector) == (name, country, sector)


# 3. one suspect's nationality sets no country: no place, the police and victims of no country
@pytest.mark.parametrize("text, word, police_or_victims", [
    ("Police said the suspect, a 25-year-old Syrian, was arrested near the scene.", "arrested", None),
    ("The attacker, a 31-year-old Uzbek national, was detained by police after the shooting.", "detained",
     "Police Forces"),
    ("A Tunisian man was shot dead by police after stabbing two people.", "shot dead", "Police Forces"),
    ("An Algerian man stabbed two police officers and was shot dead.", "stabbed", "Police Forces"),
    ("The gunman, an Australian, killed 51 worshippers at two mosques.", "killed", "Religious Group"),
    ("The attacker, a Tunisian national, was shot dead by police after driving the lorry nearly two "
     "kilometres.", "shot dead", "Police Forces"),
    ("A Moroccan man attacked passers-by with a knife, killing one person.", "attacked", "Civilians"),
    ("The suspect, an Iraqi refugee, was arrested after the stabbing.", "arrested", None),
    # variants
    ("The assailant, a 19-year-old Afghan, was arrested by police.", "arrested", "Police Forces"),
    ("The gunman, a 28-year-old Somali national, was shot dead by police.", "shot dead", "Police Forces"),
    ("A Syrian man stabbed three people before he was detained.", "stabbed", "Civilians"),
])
def test_suspect_nationality_sets_no_country(pipeline, text: str, word: str,
                                             police_or_victims: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) is None
    assert all(a.country is None for a in event.source + event.target if a.sector in ("COP", "CVL", "REL"))
    if police_or_victims:
        assert police_or_victims in _names(event.source + event.target)


def test_suspect_story_keeps_its_place(pipeline) -> None:
    text = ("A man attacked worshippers with a knife at a church in Essakane. The attacker, a Tunisian, was "
            "overpowered by villagers.")
    assert _where(_event(pipeline, text, "attacked")) == "BFA"


# controls: a place named, a force's own demonym, a victim's demonym keep their country
@pytest.mark.parametrize("text, word, where, actor", [
    ("The suspect, a Syrian national, was arrested in Solingen.", "arrested", "DEU",
     "Police Forces of Germany"),
    ("A Syrian man was arrested in Solingen after the knife attack.", "arrested", "DEU", "Civilians (Syria)"),
    ("Police shot dead the attacker, a Chechen teenager, near the school in Conflans-Sainte-Honorine.",
     "shot dead", "FRA", "Police Forces of France"),
    ("Afghan police shot dead two suicide bombers at a checkpoint.", "shot dead", "AFG", "ANP"),
    ("Pakistani police arrested three militants.", "arrested", "PAK", "Police Forces of Pakistan"),
    ("Nigerien soldiers killed dozens of terrorists, the army said.", "killed", "NER",
     "Military Forces of Niger"),
    ("A Pakistani journalist was shot dead.", "shot dead", "PAK", "Journalists (Pakistan)"),
    ("A Syrian man was shot dead.", "shot dead", "SYR", "Civilians (Syria)"),
    ("A Nigerian man was kidnapped by gunmen.", "kidnapped", "NGA", "Civilians (Nigeria)"),
    ("A Sudanese farmer was killed by gunmen.", "killed", "SDN", "Farmers (Sudan)"),
])
def test_suspect_controls(pipeline, text: str, word: str, where: str, actor: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert actor in _names(event.source + event.target)
