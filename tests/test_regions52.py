"""Regional governments (round regions52): the government nouns of a region with a government of its own
("Kurdish authorities", "the Kurdish-led administration", "Puntland authorities", "the Catalan government",
"Zanzibar authorities") name that region's government, not the state it belongs to or breaks from: in Syria
the Autonomous Administration of North and East Syria (AANES, a de facto authority beside the SDF, whose
arrests stay arrests), in Iraq the Kurdistan Regional Government (whose name places no event in Iran's
Kurdistan province). The same nouns of a Kurdish story in Turkey or Iran, and Kurdish fighters, protesters
or politicians, keep their readings; national governments stay themselves. "handed 12 orphans to Russia" is
a release. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="regions52", published="2023-06-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


AANES = ("AANES", "SYR")
KRG = ("KRG", "IRQ")


# 1. Kurdish government nouns: the AANES in Syria, the KRG in Iraq
@pytest.mark.parametrize("text, word, source", [
    ("Syrian Kurdish authorities arrested 20 people accused of belonging to Islamic State.", "arrested",
     AANES),
    ("The Kurdish-led administration in northeast Syria repatriated 50 Iraqi women.", "repatriated", AANES),
    ("The Kurdish authorities in northeast Syria imposed a curfew on Hasakah.", "curfew", AANES),
    ("Kurdish authorities in northeast Syria arrested a journalist in Qamishli.", "arrested", AANES),
    ("The Kurdish administration in Qamishli released 200 Syrian women and children from al-Hol camp.",
     "released", AANES),
    ("The autonomous Kurdish administration imposed a curfew on Raqqa.", "curfew", AANES),
    ("The Autonomous Administration of North and East Syria handed 12 orphans to Russia.", "handed", AANES),
    ("Kurdish authorities in Erbil deported two Turkish journalists.", "deported", KRG),
    ("Iraqi Kurdish authorities closed the border crossing with Syria.", "closed", KRG),
    # variants
    ("Rojava authorities released 50 women from al-Hol camp.", "released", AANES),
    ("The AANES handed over 30 foreign children to their governments.", "handed", AANES),
    ("The Kurdish government in Erbil closed its offices in Kirkuk.", "closed", KRG),
    ("Kurdish regional authorities in Erbil arrested three journalists.", "arrested", KRG),
    ("The Kurdistan regional government condemned the attack in Duhok.", "condemned", KRG),
])
def test_kurdish_government_nouns(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[0] == source


@pytest.mark.parametrize("text, word, source", [
    # controls: national governments, Kurdish fighters, named groups, Kurdish nouns in Turkey and Iran
    ("The Syrian government arrested 20 people in Hama.", "arrested", ("Government of Syria", "SYR")),
    ("The Iraqi government ordered the arrest of a Kurdish politician.", "arrest",
     ("Government of Iraq", "IRQ")),
    ("The Kurdistan Regional Government condemned the arrests in Erbil.", "condemned", KRG),
    ("Kurdish fighters in Syria seized the town of Manbij.", "seized",
     ("Kurdish Ethnic Militia (Syria)", "SYR")),
    ("The SDF-led administration closed 30 schools in Raqqa.", "closed", ("SDF", "SYR")),
    ("Asayish detained 30 people in Hasakah.", "detained", ("Asayish", "SYR")),
    ("Syrian authorities arrested 20 people in Homs.", "arrested", ("Government of Syria", "SYR")),
    ("Iraqi authorities arrested five men in Basra.", "arrested", ("Government of Iraq", "IRQ")),
    ("Kurdish authorities in Turkey arrested 20 people.", "arrested", ("Government of Turkey", "TUR")),
    ("Kurdish authorities in Iran executed three men.", "executed", ("Government of Iran", "IRN")),
    ("Kurdish protesters clashed with police in Diyarbakir.", "clashed", ("Rioters (Turkey)", "TUR")),
])
def test_kurdish_government_nouns_controls(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[0] == source


def test_offensive_on_kurdish_fighters_control(pipeline) -> None:
    event = _event(pipeline, "Turkish forces and allied Syrian rebels launched an offensive against Kurdish "
                   "fighters in Afrin.", "offensive")
    assert _actors(event.target) == [("Kurdish Ethnic Militia (Syria)", "SYR")]


# 2. the AANES is a de facto authority: its arrests are arrests, the Asayish's detentions stay abductions
@pytest.mark.parametrize("text, word, plover, acled", [
    ("Syrian Kurdish authorities arrested 20 people accused of belonging to Islamic State.", "arrested",
     "COERCE", "Arrests"),
    ("Kurdish authorities in northeast Syria arrested a journalist in Qamishli.", "arrested",
     "COERCE", "Arrests"),
    ("The Autonomous Administration of North and East Syria handed 12 orphans to Russia.", "handed",
     "RETREAT", "Other"),
    # controls: an armed group's holding is an abduction; the state's arrests stay arrests
    ("Asayish detained 30 people in Hasakah.", "detained", "ASSAULT", "Abduction/forced disappearance"),
    ("Syrian authorities arrested 20 people in Homs.", "arrested", "COERCE", "Arrests"),
])
def test_de_facto_authority_arrests(pipeline, text: str, word: str, plover: str, acled: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == plover
    assert event.acled["sub_event_type"] == acled


# 3. the KRG's name places no event in Iran's Kurdistan province
@pytest.mark.parametrize("text, word, where", [
    ("The Kurdistan Regional Government condemned the attack.", "condemned", "IRQ"),
    ("The Kurdistan regional government condemned the attack.", "condemned", "IRQ"),
    # controls: a place named; Iran's province named as a place
    ("The Kurdistan Regional Government condemned the arrests in Erbil.", "condemned", "IRQ"),
    ("Iranian police arrested 12 people in Sanandaj.", "arrested", "IRN"),
])
def test_krg_name_is_no_iranian_place(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 4. other regions with a government of their own: Somalia's member states and Somaliland, Catalonia, the
# Basque Country, Zanzibar
@pytest.mark.parametrize("text, word, source", [
    ("Puntland authorities arrested 12 suspected al-Shabaab members in Bosaso.", "arrested",
     ("Puntland government", "SOM")),
    ("The Somaliland government expelled a Kenyan diplomat.", "expelled", ("Somaliland government", "SOM")),
    ("Somaliland authorities arrested a journalist in Hargeisa.", "arrested",
     ("Somaliland government", "SOM")),
    ("Jubaland authorities arrested 20 people in Kismayo.", "arrested", ("Jubaland government", "SOM")),
    ("Catalan authorities closed 20 schools in Barcelona.", "closed", ("Generalitat", "ESP")),
    ("The Catalan government condemned the arrests.", "condemned", ("Generalitat", "ESP")),
    ("The Basque government condemned the attack.", "condemned", ("Basque Government", "ESP")),
    ("Zanzibar authorities arrested 10 opposition activists.", "arrested", ("Zanzibar government", "TZA")),
    ("The Zanzibar government banned the rally.", "banned", ("Zanzibar government", "TZA")),
])
def test_regional_governments(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[0] == source


@pytest.mark.parametrize("text, word, source", [
    # controls: the national governments, a region's forces and police
    ("Spanish authorities arrested 20 people in Madrid.", "arrested", ("Government of Spain", "ESP")),
    ("Tanzanian authorities arrested 10 opposition activists in Dar es Salaam.", "arrested",
     ("Government of Tanzania", "TZA")),
    ("The Somali government condemned the attack in Mogadishu.", "condemned",
     ("Government of Somalia", "SOM")),
    ("Puntland forces killed 10 al-Shabaab fighters near Bosaso.", "killed", ("Puntland forces", "SOM")),
    ("Puntland police arrested three men in Garowe.", "arrested", ("Police Forces of Somalia", "SOM")),
    ("The Catalan police arrested 20 people in Barcelona.", "arrested", ("Police Forces of Spain", "ESP")),
])
def test_regional_governments_controls(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[0] == source


# 5. people handed to others are released
@pytest.mark.parametrize("text, word, cls", [
    ("The SDF handed 12 orphans to Russia.", "handed", "RETREAT"),
    ("Iraqi authorities handed 25 French nationals to France.", "handed", "RETREAT"),
    ("Kurdish authorities handed 30 Iraqi women and children to Baghdad.", "handed", "RETREAT"),
])
def test_people_handed_are_released(pipeline, text: str, word: str, cls: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == cls


@pytest.mark.parametrize("text", [
    # controls: a thing handed to a person is no event
    "She handed the child a toy.",
    "The mayor handed the woman a prize.",
])
def test_people_handed_controls(pipeline, text: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="regions52", published="2023-06-01")))
    assert not any(e.trigger.text == "handed" for e in events)
