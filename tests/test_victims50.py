"""Foreign victims (round victims50): the demonym of one foreigner held ("kidnappers seized a German aid
worker", "the junta jailed a French photographer", "a Japanese journalist was beheaded", "a British-Iranian
charity worker") does not set the story's country when the story names no captor (the event and its unnamed
doers get no country rather than the victim's); a named state body or group at home elsewhere ("the
Taliban", "the FSB", "Houthi rebels") places the event at its home, and then the captive's country spoken of
again ("the Dutch government said") does not count either. A place named, a doer of a country, plural
victims, the verbs of any killing and nouns of people at home keep their country. Sentences written for the
test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="victims50", published="2024-06-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. one foreigner held, no captor named: no country for the event or its doers; the victim keeps its own
@pytest.mark.parametrize("text, word, source, target", [
    ("Kidnappers seized a German aid worker, the foreign ministry said.", "seized",
     ("Unidentified Armed Group", None), ("Aid Workers (Germany)", "DEU")),
    ("The junta jailed a French photographer, his family said.", "jailed",
     ("Government", None), ("Journalists (France)", "FRA")),
    ("Militants beheaded a Japanese journalist, the group said in a video.", "beheaded",
     ("Rebels", None), ("Journalists (Japan)", "JPN")),
    ("The authorities jailed a British-Iranian charity worker for five years.", "jailed",
     ("Government", None), ("Labour Group (United Kingdom)", "GBR")),
    ("Armed men kidnapped a Chinese engineer working on a road project.", "kidnapped",
     ("Unidentified Armed Group", None), ("Labour Group (China)", "CHN")),
    # variants
    ("Kidnappers abducted a Swiss aid worker on Tuesday.", "abducted",
     ("Unidentified Armed Group", None), ("Aid Workers (Switzerland)", "CHE")),
    ("Gunmen seized a South Korean engineer working for a construction firm.", "seized",
     ("Unidentified Armed Group", None), ("Labour Group (South Korea)", "KOR")),
    ("A French journalist was kidnapped by gunmen, his newspaper said.", "kidnapped",
     ("Unidentified Armed Group", None), ("Journalists (France)", "FRA")),
    ("A German aid worker was abducted by gunmen on Tuesday.", "abducted",
     ("Unidentified Armed Group", None), ("Aid Workers (Germany)", "DEU")),
    ("The military government jailed a Canadian-Iranian academic for seven years.", "jailed",
     ("Government", None), ("Teachers (Canada)", "CAN")),
])
def test_one_foreigner_held_sets_no_country(pipeline, text: str, word: str, source: tuple,
                                            target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) is None
    assert _actors(event.source) == [source]
    assert _actors(event.target)[0] == target


@pytest.mark.parametrize("text, word, where", [
    # controls: a place named, a doer of a country, plural victims, a killing, a noun of people at home
    ("Police detained a Canadian citizen in Beijing on espionage charges.", "detained", "CHN"),
    ("Iran detained a French tourist, his family said.", "detained", "IRN"),
    ("Russian police detained an American reporter in Yekaterinburg.", "detained", "RUS"),
    ("Gunmen in Niger abducted a German aid worker.", "abducted", "NER"),
    ("Egyptian police arrested an Italian student in Cairo.", "arrested", "EGY"),
    ("Al-Shabaab militants abducted two Kenyan teachers, police said.", "abducted", "KEN"),
    ("Kidnappers seized a German aid worker in Kabul.", "seized", "AFG"),
    ("Gunmen kidnapped a French journalist in Bamako.", "kidnapped", "MLI"),
    ("Pakistani police arrested a Chinese engineer after a brawl.", "arrested", "PAK"),
    ("Armed men kidnapped three Chinese engineers working on a road project.", "kidnapped", "CHN"),
    ("Gunmen shot dead a Mexican journalist on Tuesday.", "shot dead", "MEX"),
    ("Gunmen kidnapped a Nigerian lawmaker on Sunday.", "kidnapped", "NGA"),
    ("Police arrested three Nigerian students after the protest.", "arrested", "NGA"),
    ("Police arrested a Turkish academic.", "arrested", "TUR"),
    ("Al-Shabaab militants abducted a Kenyan teacher, police said.", "abducted", "KEN"),
])
def test_one_foreigner_held_controls(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 2. a named state body or group at home elsewhere places the event at its home, before the victim's demonym
@pytest.mark.parametrize("text, word, where, source", [
    ("The Taliban detained an American journalist, the UN mission said.", "detained", "AFG",
     ("Government of Afghanistan", "AFG", 1)),
    ("The Taliban detained a British national who was running a school for girls, the UN mission said.",
     "detained", "AFG", ("Government of Afghanistan", "AFG", 1)),
    ("Houthi rebels detained a Dutch aid worker, the Dutch government said.", "detained", "YEM",
     ("Houthis", "YEM", 1)),
    # variants
    ("The Taliban released a British national, the UN mission said.", "released", "AFG",
     ("Government of Afghanistan", "AFG", 1)),
    ("The Taliban freed an Austrian tourist, officials said.", "freed", "AFG",
     ("Government of Afghanistan", "AFG", 1)),
    ("The FSB detained an American journalist on espionage charges.", "detained", "RUS", ("FSB", "RUS", 1)),
    ("Houthi rebels freed a French aid worker, the French foreign ministry said.", "freed", "YEM",
     ("Houthis", "YEM", 1)),
    ("Boko Haram fighters kidnapped a German aid worker, the German foreign ministry said.", "kidnapped",
     "NGA", ("Boko Haram", "NGA", 2)),
])
def test_a_named_captor_places_its_captive(pipeline, text: str, word: str, where: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert [(a.name, a.country, a.inter) for a in event.source] == [source]


@pytest.mark.parametrize("text, word, where", [
    # controls: the captor at home in the captive's country, or a place named
    ("The ELN kidnapped two Colombian journalists.", "kidnapped", "COL"),
    ("Al-Shabaab militants beheaded a Kenyan hostage.", "beheaded", "KEN"),
    ("The Taliban detained an American journalist in Kabul.", "detained", "AFG"),
    ("Houthi rebels detained a Dutch aid worker in Sanaa.", "detained", "YEM"),
    ("Israeli soldiers shot dead a Palestinian teenager near a checkpoint.", "shot dead", "ISR"),
])
def test_a_named_captor_controls(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where
