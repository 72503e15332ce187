"""A verb joined to a relative clause (round relcl50): "arrested a Palestinian who tried to cross the fence
and interrogated him" is parsed with "interrogated" a conjunct of the relative clause's verb, but a pronoun
after it that can only point back to the relative clause's antecedent ("him", "his truck", "them") says the
main clause's subject did it, as does an act of custody after a force took craft or people that crossed in
("shot down a helicopter that had entered Turkish airspace and detained its two pilots"); the relative
clause's "tried to" does not make that act hypothetical. A true two-verb relative clause ("a man who had
attacked a border guard and stabbed a customs officer") keeps its reading. Sentences written for the test,
each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="relcl50"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _source(event) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in event.source]


def _target(event) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.name, a.country) for a in event.target]


# 1. the joined verb is the main clause subject's: a pronoun back to the antecedent, or custody after crossing
@pytest.mark.parametrize("text, word, source", [
    ("Israeli forces arrested a Palestinian who tried to cross the fence and interrogated him.",
     "interrogated", ("Military Forces of Israel", "ISR", "MIL")),
    ("Greek police arrested a Syrian man who had swum across the river and charged him with illegal entry.",
     "charged", ("Police Forces of Greece", "GRC", "COP")),
    ("Turkish troops detained a Syrian who tried to enter illegally and beat him, a monitor said.",
     "beat", ("Military Forces of Turkey", "TUR", "MIL")),
    ("Thai police arrested a smuggler who was transporting 30 Rohingya and seized his truck.", "seized",
     ("Police Forces of Thailand", "THA", "COP")),
    ("The Greek coast guard detained a Turkish trawler that had entered Greek waters and arrested its crew.",
     "arrested", ("Military Forces of Greece", "GRC", "MIL")),
    ("Turkish troops shot down a Syrian helicopter that had entered Turkish airspace and detained its two "
     "pilots.", "detained", ("Military Forces of Turkey", "TUR", "MIL")),
    ("North Korean officials shot dead a South Korean fisheries official who had drifted into their waters "
     "and burned his body.", "burned", ("Government of North Korea", "PRK", "GOV")),
    ("Moroccan police detained a smuggler who had organised the crossing and seized his boat.", "seized",
     ("Police Forces of Morocco", "MAR", "COP")),
    ("Soldiers shot dead a smuggler who had crossed the border and seized 50 kilograms of heroin.", "seized",
     ("Military Forces", None, "MIL")),
    ("Pakistan shot down two Indian Air Force jets that had crossed into its airspace and captured a pilot.",
     "captured", ("Government of Pakistan", "PAK", "GOV")),
    # variants: other verbs, pronouns and crossings
    ("Border guards detained three Afghans who had crossed into Iran and deported them.", "deported",
     ("Military Forces of Iran", "IRN", "MIL")),
    ("Iranian border guards shot dead a Kurdish porter who had crossed the border and seized his horse.",
     "seized", ("Iranian Border Guard", "IRN", "COP")),
    ("Italian police stopped a fishing boat that had sailed from Libya and impounded it.", "impounded",
     ("Police Forces of Italy", "ITA", "COP")),
    ("Indian police arrested a Bangladeshi who had entered Assam illegally and handed him over to border "
     "guards.", "handed", ("Police Forces of India", "IND", "COP")),
    ("Soldiers arrested a man who tried to flee and beat him.", "beat", ("Military Forces", None, "MIL")),
    ("Gunmen killed a farmer who had refused to pay them and burned his house.", "burned",
     ("Unidentified Armed Group", None, "UAF")),
])
def test_joined_verb_is_the_main_clauses(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


@pytest.mark.parametrize("text, word, source", [
    # controls: no relative clause
    ("Turkish troops detained a Syrian man and beat him.", "beat",
     ("Military Forces of Turkey", "TUR", "MIL")),
    ("Soldiers shot dead a smuggler and seized 50 kilograms of heroin.", "seized",
     ("Military Forces", None, "MIL")),
    ("Iranian guards stopped a truck and beat the driver.", "beat", ("Government of Iran", "IRN", "GOV")),
    # controls: both verbs really are the relative clause's (no pronoun back, no custody after a crossing)
    ("Police arrested a man who had attacked a border guard and stabbed a customs officer.", "attacked",
     ("Unidentified Armed Group", None, "UAF")),
    ("Police arrested a man who had attacked a border guard and stabbed a customs officer.", "stabbed",
     ("Unidentified Armed Group", None, "UAF")),
    ("Villagers said the soldiers who crossed the border burned a house and beat two farmers.", "burned",
     ("Military Forces", None, "MIL")),
    ("Villagers said the soldiers who crossed the border burned a house and beat two farmers.", "beat",
     ("Military Forces", None, "MIL")),
    ("Troops killed a smuggler who had fired at a patrol and wounded a soldier.", "fired",
     ("Gang", None, "CRM")),
    ("The army killed a gunman who had stormed a school and shot a teacher.", "shot",
     ("Unidentified Armed Group", None, "UAF")),
    ("Police detained a man who had crossed the border and attacked a guard.", "attacked",
     ("Unidentified Armed Group", None, "UAF")),
    # controls: a pronoun another noun of the clause may be meant by; seizing people; capture by men
    ("Police arrested a man who had robbed a shopkeeper and beaten him.", "beaten",
     ("Unidentified Armed Group", None, "UAF")),
    ("Police arrested a man who had stormed a bank and seized 20 hostages.", "seized",
     ("Unidentified Armed Group", None, "UAF")),
    ("Troops killed militants who had infiltrated a village and captured two soldiers.", "captured",
     ("Rebels", None, "REB")),
])
def test_relative_clause_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


# 2. the pronoun is whom the act was done to
@pytest.mark.parametrize("text, word, target", [
    ("Israeli forces arrested a Palestinian who tried to cross the fence and interrogated him.",
     "interrogated", ("him", "Civilians (Palestine)", "PSE")),
    ("Greek police arrested a Syrian man who had swum across the river and charged him with illegal entry.",
     "charged", ("him", "Civilians (Syria)", "SYR")),
    ("Turkish troops detained a Syrian who tried to enter illegally and beat him, a monitor said.",
     "beat", ("him", "Civilians (Syria)", "SYR")),
    ("Border guards detained three Afghans who had crossed into Iran and deported them.", "deported",
     ("them", "Civilians (Afghanistan)", "AFG")),
    # control: no relative clause
    ("Turkish troops detained a Syrian man and beat him.", "beat", ("him", "Civilians (Syria)", "SYR")),
])
def test_pronoun_is_the_target(pipeline, text: str, word: str, target: tuple) -> None:
    assert _target(_event(pipeline, text, word)) == [target]


# 3. what the relative clause's subject tried to do is hypothetical; the main clause's act is not
@pytest.mark.parametrize("text, word, hypothetical, reported", [
    ("Turkish troops detained a Syrian who tried to enter illegally and beat him, a monitor said.",
     "beat", False, True),
    ("Soldiers arrested a man who tried to flee and beat him.", "beat", False, False),
    # controls: a stab tried, alone or after another try
    ("Israeli police arrested a Palestinian who tried to stab a guard.", "stab", True, False),
    ("Israeli police arrested a Palestinian who tried to climb the fence and stab a guard.", "stab",
     True, False),
    ("Turkish troops detained a Syrian who tried to enter illegally and beat him, a monitor said.",
     "detained", False, True),
])
def test_no_try_of_the_main_act(pipeline, text: str, word: str, hypothetical: bool, reported: bool) -> None:
    modality = _event(pipeline, text, word).modality
    assert (modality.hypothetical, modality.reported) == (hypothetical, reported)
