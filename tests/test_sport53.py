"""Sport told without a score (round sport53, item noise-3): a match report naming the game by words the game
list lacked ("in the World Cup final", "the semi-final", "on penalties", "in straight sets", "the fast
bowlers", "won the stage", "the final lap", "in the 20th minute", "from 15 points down", "captured the
pennant") or by its ground ("at the Aviva Stadium") gives no violent event, though the national teams bear
their countries' names; "fired his side into the lead" and "killed off the challenge" are a game's figures;
a threat to "destroy the champion" is a boxer's boast; later sentences of a story whose lede scored a game
between named sides ("Arsenal fought back") tell that game. Real violence by or against states, "the final
offensive", "at this stage of the war", shooting aimed at someone ("fired on the referee's car after the
match") and fights of fans after a match stay coded. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

VIOLENT = ("ASSAULT", "THREATEN", "COERCE")


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="sport53", published="2016-05-01")))


def _violent(pipeline, text: str) -> list[str]:
    return [e.trigger.text for e in _events(pipeline, text) if e.plover.get("type") in VIOLENT]


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


# 1. a game named by a final, penalties, sets, cricket's or cycling's words, a lap, a minute, a comeback, a
# pennant or a stadium: no violent event between the teams' countries
@pytest.mark.parametrize("text", [
    "France beat Argentina on penalties in the World Cup final.",
    "Brazil destroyed Germany in the semi-final in Belo Horizonte.",
    "Djokovic was beaten by Alcaraz in the Wimbledon final.",
    "Nadal battled past Federer in five sets.",
    "Williams was beaten in straight sets by a Belarusian teenager.",
    "Australia's fast bowlers attacked the English batsmen before lunch.",
    "Pakistan's spinners attacked the South African tail on the final day of the Test.",
    "The Slovenian rider attacked on the last climb and won the stage.",
    "The Kenyan runner killed off the challenge of the Ugandans on the final lap.",
    "The Lakers stormed back from 15 points down to win in Boston.",
    "The New York Yankees captured the pennant on Sunday.",
    "The Egyptian striker fired his side into the lead just before half-time.",
    "Ireland ambushed England at the Aviva Stadium.",
    "The heavyweight challenger vowed to destroy the champion in Las Vegas.",
    # variants
    "Morocco knocked Spain out on penalties.",
    "Sinner was beaten in four sets by Medvedev.",
    "England's seamers attacked the Indian batsmen on the opening morning.",
    "The Colombian rider attacked on the final climb to take the yellow jersey.",
    "Mbappe fired France ahead in the 12th minute.",
    "Uruguay destroyed Chile in the quarter-final in Montevideo.",
    "The Dodgers captured the pennant after a sweep of the Mets.",
    "Wales ambushed Scotland at the Principality Stadium.",
    "The Celtics stormed back from 20 points down to beat Miami.",
    "Italy crushed Nigeria in the semi-finals.",
    "Germany thrashed Brazil in the World Cup semi-final.",
])
def test_a_game_named_without_a_score_is_no_violence(pipeline, text: str) -> None:
    assert _violent(pipeline, text) == []


@pytest.mark.parametrize("text, word, ptype, source", [
    # controls: "final", "stage", "minute" in war; a shooting aimed at someone; no game named
    ("The army launched the final offensive on Mosul and killed 40 militants.", "offensive", "ASSAULT",
     "Military Forces of Iraq"),
    ("Government troops attacked rebel positions at this stage of the war.", "attacked", "ASSAULT",
     "Military Forces"),
    ("Israeli jets struck Gaza on the final day of the truce.", "struck", "ASSAULT",
     "Military Forces of Israel"),
    ("Israel struck Gaza in the final hours before the ceasefire.", "struck", "ASSAULT",
     "Government of Israel"),
    ("Rebels ambushed a convoy in the final days of the offensive.", "ambushed", "ASSAULT", "Rebels"),
    ("The soldiers shot two men in the 20th minute of the clash.", "shot", "ASSAULT", "Military Forces"),
    ("Unknown assailants fired on the referee's car after the match in Lagos.", "fired", "ASSAULT",
     "Unidentified Armed Group (Nigeria)"),
    ("Gunmen fired at the team bus of a football club in Lahore.", "fired", "ASSAULT",
     "Unidentified Armed Group (Pakistan)"),
    ("Russia crushed the uprising.", "crushed", "ASSAULT", "Government of Russia"),
    ("India beat back an attack.", "beat", "ASSAULT", "Government of India"),
    ("Russia attacked Kharkiv, hitting a stadium.", "attacked", "ASSAULT", "Government of Russia"),
    ("Rebels captured the town of Kidal on Sunday.", "captured", "ASSAULT", "Rebels (Mali)"),
    ("The Taliban captured Kabul in August.", "captured", "ASSAULT", "Taliban"),
    ("The regime killed off its opponents one by one.", "killed", "ASSAULT", "Government"),
    ("Insurgents stormed back into the town and killed 12 people.", "stormed", "ASSAULT", "Rebels"),
    ("The dissident was beaten by police in the stadium.", "beaten", "ASSAULT", "Police Forces"),
    ("Fans attacked the referee after the match in Lagos.", "attacked", "ASSAULT", "Rioters (Nigeria)"),
    ("The rebel commander vowed to destroy the army in Goma.", "destroy", "THREATEN",
     "Rebels (Democratic Republic of Congo)"),
    ("Police captured the suspect after the match in Cairo.", "captured", "COERCE", "Police Forces of Egypt"),
    ("The army captured the champion boxer's kidnappers in Lagos.", "captured", "COERCE",
     "Military Forces of Nigeria"),
])
def test_a_game_named_without_a_score_controls(pipeline, text: str, word: str, ptype: str,
                                               source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == ptype
    assert [a.name for a in event.source] == [source]


@pytest.mark.parametrize("text, word, sub_event, injured, arrested", [
    # controls: fights of fans after a match stay riots
    ("Football fans clashed with police after the derby in Belgrade, and 30 people were injured.", "clashed",
     "Mob violence", 30, None),
    ("Leeds fans clashed with Millwall supporters outside the stadium, and police arrested 14 people.",
     "arrested", "Arrests", None, 14),
])
def test_fans_fighting_after_a_match_controls(pipeline, text: str, word: str, sub_event: str,
                                              injured: int | None, arrested: int | None) -> None:
    event = _event(pipeline, text, word)
    assert event.acled.get("sub_event_type") == sub_event
    assert event.injured == injured
    assert event.arrested == arrested


# 2. a story whose lede scores a game between named sides: later sentences acting by those names tell it
@pytest.mark.parametrize("text", [
    "Liverpool stormed to a 3-1 win over Arsenal at the Emirates on Saturday. Mohamed Salah shot Liverpool "
    "ahead in the 20th minute. Arsenal fought back but the visitors held on.",
    "Liverpool stormed to a 3-1 win over Arsenal at the Emirates on Saturday. Arsenal fought back but the "
    "visitors held on.",
    "Real Madrid beat Barcelona 2-1 in Madrid on Sunday. Barcelona fought back after the break, but Real "
    "held on.",
])
def test_a_scored_lede_carries_the_game(pipeline, text: str) -> None:
    assert _violent(pipeline, text) == []


@pytest.mark.parametrize("text, word, source", [
    # controls: harm after the game, a lede that scores no game between named sides
    ("Real Madrid beat Barcelona 2-1 in Madrid on Sunday. Barcelona fans attacked police outside the stadium "
     "after the match.", "attacked", "Rioters (Spain)"),
    ("Ukraine said it beat back 12-15 Russian attacks near Bakhmut. Russia attacked Ukraine again on Monday.",
     "attacked", "Government of Russia"),
])
def test_a_scored_lede_controls(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert [a.name for a in event.source] == [source]
