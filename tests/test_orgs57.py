"""Organisations by their written form (round orgs57): a faction in brackets after a name with a space ("the
NSCN (IM)", "ULFA (I)", "the Communist Party of India (Maoist)") stays part of the name and is no place (no
Imo State of Nigeria); names joined by hyphens ("Tehreek-e-Labbaik", "Jamiat Ulema-e-Islam") are kept whole;
Hizb ut-Tahrir is a known transnational party; state police units named by acronym (ATS, STF, NCB) are the
police of the story's country, only in its stories, and "FIA officials" the FIA; the firms most named as
doers (Toyota, Nissan, Eni, Tata) are businesses of their home country, but "the town of Toyota" is a town.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="orgs57", published="2024-06-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actor(a) -> tuple[str, str | None, str | None, str | None]:
    return (a.text, a.name, a.country, a.sector)


# 1. a faction in brackets after a name: part of the name, no place of its letters
@pytest.mark.parametrize("text, word, source, target, where", [
    ("The NSCN (IM) accused the army of violating the ceasefire.", "accused",
     ("The NSCN (IM)", "NSCN", "IND", "REB"), ("the army", "Military Forces of India", "IND", "MIL"), "IND"),
    ("NSCN (IM) leaders met the government's interlocutor in Delhi.", "met",
     ("NSCN (IM) leaders", "NSCN", "IND", "REB"),
     ("the government's interlocutor", "Government of India", "IND", "GOV"), "IND"),
    ("The ULFA (I) claimed responsibility for the blast in Tinsukia.", "blast",
     ("ULFA (I)", "ULFA", "IND", "REB"), None, "IND"),
    ("The Communist Party of India (Maoist) claimed the attack.", "attack",
     ("The Communist Party of India (Maoist)", "CPI (Maoist)", "IND", "REB"), None, "IND"),
    # variants
    ("The NSCN (K) ambushed an Assam Rifles patrol in Mon district.", "ambushed",
     ("The NSCN (K)", "NSCN", "IND", "REB"), ("an Assam Rifles patrol", "Assam Rifles", "IND", "MIL"), "IND"),
    ("The Communist Party of India (Marxist) held a rally in Kolkata.", "rally",
     ("The Communist Party of India (Marxist)", "Protesters (India)", "IND", "PTY"), None, "IND"),
    # controls
    ("The NSCN(IM) accused the army of violating the ceasefire.", "accused",
     ("The NSCN(IM)", "NSCN", "IND", "REB"), ("the army", "Military Forces of India", "IND", "MIL"), "IND"),
    ("CPI (Maoist) cadres torched two trucks in Dantewada.", "torched",
     ("CPI (Maoist) cadres", "CPI (Maoist)", "IND", "REB"), None, "IND"),
    ("CPI(M) workers clashed with BJP supporters in Kannur.", "clashed",
     ("CPI(M) workers", "Rioters (India)", "IND", "PTY"), ("BJP supporters", "Rioters (India)", "IND", "PTY"),
     "IND"),
])
def test_bracketed_faction_is_part_of_the_name(pipeline, text: str, word: str, source: tuple,
                                               target: tuple | None, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actor(event.source[0]) == source
    assert (_actor(event.target[0]) if event.target else None) == target


@pytest.mark.parametrize("text, word, names", [
    ("The CPI (Maoist) called a bandh in Jharkhand.", "bandh", ["CPI (Maoist)"]),
    ("The CPN (Maoist) called a general strike in Nepal.", "general strike", ["The CPN (Maoist)"]),
])
def test_bracketed_faction_of_a_strike_caller(pipeline, text: str, word: str, names: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert [a.text for a in event.source if a.text] == names


# 2. names joined by hyphens: whole in the evidence; the party's crowd
@pytest.mark.parametrize("text, word, source, where", [
    ("Supporters of Tehreek-e-Labbaik blocked roads in Lahore.", "blocked",
     ("Supporters of Tehreek-e-Labbaik", "Protesters (Pakistan)", "PAK", "CVL"), "PAK"),
    ("Supporters of Jamiat Ulema-e-Islam blocked the highway in Quetta.", "blocked",
     ("Supporters of Jamiat Ulema-e-Islam", "Protesters (Pakistan)", "PAK", "CVL"), "PAK"),
    ("Workers of the Jamiat Ulema-e-Islam protested in Peshawar.", "protested",
     ("the Jamiat Ulema-e-Islam", "Protesters (Pakistan)", "PAK", "PTY"), "PAK"),
    # controls
    ("Supporters of the Jamaat-e-Islami protested in Dhaka.", "protested",
     ("Jamaat-e-Islami", "Protesters (Bangladesh)", "BGD", "PTY"), "BGD"),
    ("Members of Lashkar-e-Taiba attacked a police post in Kupwara.", "attacked",
     ("Lashkar-e-Taiba", "Lashkar-e-Taiba", "PAK", "REB"), "IND"),
    ("Jaish-e-Mohammed militants attacked a CRPF convoy in Pulwama.", "attacked",
     ("Jaish-e-Mohammed militants", "Jaish-e-Mohammed", "PAK", "REB"), "IND"),
    ("Supporters of the BNP protested in Dhaka.", "protested",
     ("Supporters of the BNP", "Protesters (Bangladesh)", "BGD", "CVL"), "BGD"),
])
def test_hyphened_names_kept_whole(pipeline, text: str, word: str, source: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actor(event.source[0]) == source


# 3. Hizb ut-Tahrir: a party of no one country
@pytest.mark.parametrize("text, word, side, actor, where", [
    ("Members of Hizb-ut-Tahrir were arrested in Dhaka.", "arrested", "target",
     ("Hizb-ut-Tahrir", "Hizb ut-Tahrir", None, "OPP"), "BGD"),
    ("Police arrested 20 Hizb ut-Tahrir members in Karachi.", "arrested", "target",
     ("20 Hizb ut-Tahrir members", "Hizb ut-Tahrir", None, "OPP"), "PAK"),
    ("Hizb ut-Tahrir held a rally in Jakarta.", "rally", "source",
     ("Hizb ut-Tahrir", "Protesters (Indonesia)", "IDN", "OPP"), "IDN"),
    # control: no place, no country
    ("Hizb-ut-Tahrir activists protested outside the embassy.", "protested", "source",
     ("Hizb-ut-Tahrir activists", "Protesters", None, "OPP"), None),
])
def test_hizb_ut_tahrir(pipeline, text: str, word: str, side: str, actor: tuple, where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actor(getattr(event, side)[0]) == actor


# 4. state police units by acronym: the police of the story's country, only in its stories
@pytest.mark.parametrize("text, word, source", [
    ("The ATS arrested three men in Mumbai.", "arrested", ("The ATS", "ATS", "IND", "COP", 1)),
    ("The Anti-Terrorism Squad arrested two men in Pune.", "arrested",
     ("The Anti-Terrorism Squad", "ATS", "IND", "COP", 1)),
    ("Maharashtra ATS arrested a suspect in Thane.", "arrested",
     ("Maharashtra ATS", "ATS", "IND", "COP", 1)),
    ("ATS officers arrested two suspects in Ahmedabad.", "arrested",
     ("ATS officers", "ATS", "IND", "COP", 1)),
    ("The STF arrested two suspects in Lucknow.", "arrested", ("The STF", "STF", "IND", "COP", 1)),
    ("The UP STF shot dead a gangster in Meerut.", "shot dead", ("The UP STF", "STF", "IND", "COP", 1)),
    ("The STF killed three LTTE cadres in Batticaloa.", "killed", ("The STF", "STF", "LKA", "COP", 1)),
    ("The NCB arrested an actor in Mumbai.", "arrested", ("The NCB", "NCB", "IND", "COP", 1)),
    ("FIA officials raided a money changer's office in Karachi.", "raided",
     ("FIA officials", "FIA", "PAK", "COP", 1)),
    ("FIA officials arrested a human smuggler in Lahore.", "arrested",
     ("FIA officials", "FIA", "PAK", "COP", 1)),
    # controls
    ("The FIA raided the office of a money changer in Karachi.", "raided",
     ("The FIA", "FIA", "PAK", "COP", 1)),
    ("The CTD killed four militants in Quetta.", "killed", ("The CTD", "CTD", "PAK", "COP", 1)),
    ("RAB arrested five men in Dhaka.", "arrested", ("RAB", "RAB", "BGD", "COP", 1)),
    ("The STF arrested two men in Lagos.", "arrested", ("The STF", "STF", None, None, 0)),
])
def test_police_units_by_acronym(pipeline, text: str, word: str, source: tuple) -> None:
    a = _event(pipeline, text, word).source[0]
    assert (*_actor(a), a.inter) == source


# 5. firms named as doers or their heads: businesses of their home country; a town of a firm's name is a
# town
@pytest.mark.parametrize("text, word, side, actor", [
    ("Toyota suspended production at its plants in Thailand.", "suspended", "source",
     ("Toyota", "Toyota", "JPN", "BUS")),
    ("The Nissan boss was arrested in Tokyo.", "arrested", "target",
     ("The Nissan boss", "Nissan", "JPN", "BUS")),
    ("Nissan's former chairman was arrested in Tokyo.", "arrested", "target",
     ("Nissan's former chairman", "Nissan", "JPN", "BUS")),
    ("Eni suspended production in Libya.", "suspended", "source", ("Eni", "Eni", "ITA", "BUS")),
    ("Gunmen attacked a Tata Steel plant in Jharkhand.", "attacked", "target",
     ("a Tata Steel plant", "Tata Group", "IND", "BUS")),
    # controls
    ("Toyota workers went on strike in Aichi.", "went on strike", "source",
     ("Toyota workers", "Protesters (Japan)", "JPN", "LAB")),
    ("Shell suspended operations in the Niger Delta.", "suspended", "source",
     ("Shell", "Shell", "GBR", "BUS")),
    ("Gazprom cut gas supplies to Ukraine.", "cut", "source", ("Gazprom", "Gazprom", "RUS", "BUS")),
    ("The Shell boss met the president in Abuja.", "met", "source",
     ("The Shell boss", "Shell", "GBR", "BUS")),
    ("The company's boss was arrested in Tokyo.", "arrested", "target",
     ("The company's boss", "Business (Japan)", "JPN", "BUS")),
])
def test_firms_as_actors(pipeline, text: str, word: str, side: str, actor: tuple) -> None:
    assert _actor(getattr(_event(pipeline, text, word), side)[0]) == actor


@pytest.mark.parametrize("text, word, where", [
    ("Troops recaptured the town of Toyota.", "recaptured", "JPN"),
    ("Troops recaptured the town of Meta.", "recaptured", "ITA"),
])
def test_town_named_like_a_firm_is_no_firm(pipeline, text: str, word: str, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert not any(a.sector == "BUS" for a in event.target)
