"""Speculation and weighed measures (round speculate53). An event noun told without "the" as an argument of a
verb with a modal of possibility ("could spark clashes", "an invasion of Taiwan would trigger sanctions", "a
Russian attack would be a disaster", "would allow aid to reach Gaza", "could turn into clashes"), the clause
of an adjective of odds or capability ("is likely to crack down", "appears poised to launch", "is capable of
attacking") and the "of" of a noun of chance ("the risk of a confrontation", "the threat of a new offensive")
is foreseen, not done (hypothetical); "the threat of X remains high" is no threat anyone made; a warning that
an act "would lead to a bloodbath" or "draw a NATO response" is disapproval, not the warner's threat
(memory-3). A measure named by a noun that someone considers, weighs, mulls or contemplates is a measure
weighed (a threat, as "is considering expelling" is), and "announced tariffs", "announced countermeasures"
are sanctions taken (sanctions-4). Real deeds, perfects ("could have killed") and stated threats stay as
they were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2025-05-10"):
    return list(pipeline.code(document_from_text(text, doc_id="speculate53", published=published)))


def _event(pipeline, text: str, word: str, published: str = "2025-05-10"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _primary(pipeline, text: str, published: str = "2024-06-01"):
    return next(e for e in _events(pipeline, text, published) if e.primary)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. an event foreseen by a modal on its verb, odds, capability or chance: hypothetical
@pytest.mark.parametrize("text, word", [
    ("The border dispute could spark clashes between Kyrgyzstan and Tajikistan, analysts said.", "clashes"),
    ("A Russian attack on the Baltic states would be a disaster for Europe.", "attack"),
    ("An invasion of Taiwan would trigger sanctions from the West.", "invasion"),
    ("An invasion of Taiwan would trigger sanctions from the West.", "sanctions"),
    ("The military is likely to crack down on protests after the vote.", "crack down"),
    ("The military is likely to crack down on protests after the vote.", "protests"),
    ("The army appears poised to launch an offensive on the rebel-held town.", "offensive"),
    ("Analysts say al-Shabaab is capable of attacking targets in Mogadishu at will.", "attacking"),
    ("The risk of a confrontation between China and the Philippines is growing.", "confrontation"),
    ("The threat of a new offensive on Goma remains high, diplomats said.", "offensive"),
    ("A ceasefire would allow aid to reach hundreds of thousands of people in Gaza.", "aid"),
    ("There is a danger that the unrest could turn into clashes between ethnic groups.", "clashes"),
    ("An Israeli offensive on Rafah would lead to a bloodbath, aid agencies warned.", "offensive"),
    ("Experts warn that a Serbian incursion into Kosovo would draw a NATO response.", "incursion"),
    # variants
    ("A Chinese blockade of Taiwan would be a catastrophe for the global economy.", "blockade"),
    ("A prolonged strike by dock workers might cripple the economy.", "strike"),
    ("Hezbollah is capable of launching rockets at Tel Aviv.", "launching"),
    ("The danger of renewed fighting in Tripoli is rising.", "fighting"),
    ("The junta is unlikely to release the detained protesters.", "release"),
    # controls that were right already
    ("Analysts fear Russia could launch a new offensive in the summer.", "offensive"),
    ("Troops are expected to withdraw from the town next week.", "withdraw"),
    ("Any crackdown on the protesters would be met with sanctions, the EU said.", "crackdown"),
])
def test_foreseen_is_hypothetical(pipeline, text: str, word: str) -> None:
    m = _event(pipeline, text, word).modality
    assert m.hypothetical or m.future


@pytest.mark.parametrize("text, word, dead", [
    # controls: deeds told as done stay real (a perfect modal, a definite deed, a describing clause)
    ("Russia launched a new offensive in the Kharkiv region on Friday.", "offensive", None),
    ("Clashes between Kyrgyz and Tajik border guards killed 10 people on Friday.", "Clashes", 10),
    ("Police cracked down on protesters in Dhaka on Sunday, firing tear gas.", "cracked down", None),
    ("The attack could have killed hundreds of people, police said.", "attack", None),
    ("The clashes, which could last for weeks, have killed 40 people.", "clashes", 40),
    ("The rebels are likely to have killed at least 20 soldiers in the ambush, officials said.", "ambush",
     20),
    ("The strike on the hospital would later be condemned by the UN.", "strike", None),
])
def test_real_deeds_stay_real(pipeline, text: str, word: str, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    m = event.modality
    assert not (m.hypothetical or m.future or m.negated)
    if dead is not None:
        assert event.fatalities == dead


# 2. "the threat of X remains high": a risk, no THREATEN event; a threat someone makes stays one
@pytest.mark.parametrize("text, threat", [
    ("The threat of a new offensive on Goma remains high, diplomats said.", False),
    ("Amid the threat of renewed fighting, thousands fled the town.", False),
    # controls
    ("Russia's threat of retaliation alarmed Western capitals.", True),
    ("Iran issued a threat of retaliation against Israel.", True),
])
def test_threat_of_an_event_is_a_risk(pipeline, text: str, threat: bool) -> None:
    found = any(e.trigger.text == "threat" and e.plover["type"] == "THREATEN"
                for e in _events(pipeline, text))
    assert found == threat


# 3. a warning of what another's act would bring: disapproval; of the warner's own answer: a threat
@pytest.mark.parametrize("text, plover, mode", [
    ("An Israeli offensive on Rafah would lead to a bloodbath, aid agencies warned.", "ACCUSE", "disapprove"),
    ("Experts warn that a Serbian incursion into Kosovo would draw a NATO response.", "ACCUSE", "disapprove"),
    # controls
    ("Iran warned that any attack would trigger a crushing response.", "THREATEN", "violence"),
    ("Analysts warned that the new law could lead to abuses.", "ACCUSE", "disapprove"),
    ("The army said it would launch an offensive if the rebels did not withdraw.", "THREATEN", "violence"),
])
def test_warned_outcomes(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text, "2025-05-10")
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


# 4. a measure weighed is a threat (or an offer), not a measure taken
@pytest.mark.parametrize("text, plover, source, target", [
    ("Britain is considering sanctions on Israeli settlers.", "THREATEN",
     "Government of the United Kingdom", "Settlers (Israel)"),
    ("The EU is weighing new sanctions against Russia's nuclear sector.", "THREATEN", "EU", None),
    ("Washington is mulling sanctions on Chinese banks that help Moscow.", "THREATEN",
     "Government of the United States", "Business (China)"),
    ("Tokyo is contemplating fresh sanctions on Pyongyang.", "THREATEN", "Government of Japan",
     "Government of North Korea"),
    ("London is considering the expulsion of Russian diplomats.", "THREATEN",
     "Government of the United Kingdom", "Government of Russia"),
    ("The EU is considering an embargo on Russian oil.", "THREATEN", "EU", None),
    ("Japan is considering a $1 billion loan to Sri Lanka.", "AGREE", "Government of Japan",
     "Government of Sri Lanka"),
    ("Brussels is weighing tariffs on Chinese electric vehicles.", "THREATEN", "EU", None),
    # variants
    ("Brussels is eyeing tariffs on Chinese steel.", "THREATEN", "EU", None),
    ("Washington is weighing whether to impose sanctions on Beijing.", "THREATEN",
     "Government of the United States", "Government of China"),
    ("Paris is contemplating closing its embassy in Niamey.", "THREATEN", "Government of France", None),
    # controls
    ("Canada is considering expelling Indian diplomats.", "THREATEN", "Government of Canada",
     "Government of India"),
    ("The EU has not ruled out sanctions on Georgia.", "THREATEN", "EU", "Government of Georgia"),
    ("Britain announced sanctions against 12 Myanmar military officers.", "SANCTION",
     "Government of the United Kingdom", None),
    ("Britain imposed sanctions on Israeli settlers.", "SANCTION", "Government of the United Kingdom",
     "Settlers (Israel)"),
])
def test_weighed_measures(pipeline, text: str, plover: str, source: str, target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert not primary.modality.hypothetical
    assert source in _names(primary.source)
    if target is not None:
        assert target in _names(primary.target)


def test_prepared_sanctions_stay_hypothetical(pipeline) -> None:
    text = "The EU is preparing sanctions on Iran's drone makers."
    event = _event(pipeline, text, "sanctions", "2024-06-01")
    assert event.plover["type"] == "SANCTION" and event.modality.hypothetical


# 5. tariffs and countermeasures announced are sanctions taken
@pytest.mark.parametrize("text, source, target", [
    ("The United States announced tariffs on Chinese electric vehicles.", "Government of the United States",
     "Government of China"),
    ("Canada announced tariffs on US goods worth C$30 billion.", "Government of Canada",
     "Government of the United States"),
    ("Beijing announced countermeasures against nine US defence firms.", "Government of China",
     "Business (United States)"),
    ("China announced retaliatory measures against Lithuania.", "Government of China",
     "Government of Lithuania"),
    # variant
    ("The EU unveiled tariffs on Chinese electric vehicles.", "EU", "Government of China"),
    # controls
    ("Washington raised tariffs on Chinese goods to 25 percent.", "Government of the United States",
     "Government of China"),
    ("China retaliated with tariffs on $60 billion of US goods.", "Government of China",
     "Government of the United States"),
])
def test_announced_measures(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SANCTION" and not primary.modality.hypothetical
    assert source in _names(primary.source)
    assert target in _names(primary.target)


@pytest.mark.parametrize("text", [
    # controls: no measure named, taken or weighed
    "Tariffs hurt American farmers last year.",
    "The court is considering the case against the opposition leader.",
    "The government announced fuel duty cuts in the budget.",
])
def test_no_measure(pipeline, text: str) -> None:
    events = _events(pipeline, text, "2024-06-01")
    assert not any(e.plover["type"] in ("SANCTION", "THREATEN") for e in events)
