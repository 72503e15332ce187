"""Captives abroad (round captives50): the demonym of a foreign captive, crew or ship ("Abu Sayyaf released
a German couple", "the crew of a Norwegian tanker") does not set the story's country when the story names
an armed group at home in another country (the event falls to the group's home), or one of no country
(Islamic State, AQIM, pirates: no country rather than the captives'); people often held at home
("journalists", "workers") lose their demonym's vote only to a group at home elsewhere. A place named, a
group at home in the captives' country, or a doer of no name keep the captives' country. Sentences written
for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="captives50"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.name, loc.country) if loc is not None else (None, None)


def _source(event) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in event.source]


# 1. a group at home in another country: the event is placed in the group's home
@pytest.mark.parametrize("text, word, where", [
    ("Abu Sayyaf rebels released a German couple after a ransom was paid.", "released",
     ("Philippines", "PHL")),
    ("The ELN freed two Dutch journalists.", "freed", ("Colombia", "COL")),
    ("FARC rebels freed three American defence contractors.", "freed", ("Colombia", "COL")),
    ("Hezbollah released a French journalist after 11 months.", "released", ("Lebanon", "LBN")),
    ("JNIM militants released a German priest held since 2022.", "released", ("Mali", "MLI")),
    ("Houthi rebels freed two British nationals.", "freed", ("Yemen", "YEM")),
    ("Kurdish PKK rebels kidnapped three German tourists on Mount Ararat.", "kidnapped", ("Turkey", "TUR")),
    ("Abu Sayyaf gunmen beheaded a Canadian hostage after a ransom deadline passed.", "beheaded",
     ("Philippines", "PHL")),
    # variants
    ("Abu Sayyaf militants freed two Vietnamese sailors after six months.", "freed", ("Philippines", "PHL")),
    ("ELN rebels released an Italian engineer held since March.", "released", ("Colombia", "COL")),
    ("Houthi rebels seized a British tanker.", "seized", ("Yemen", "YEM")),
    ("Somali pirates freed the crew of a Greek tanker.", "freed", ("Somalia", "SOM")),
])
def test_a_group_abroad_places_its_captives(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


@pytest.mark.parametrize("text, word, where", [
    # controls: a place named, a group at home in the captives' country, captives of home forces or of
    # doers of no name, people often held at home
    ("Unidentified gunmen abducted two Nepali journalists in Kathmandu.", "abducted", ("Kathmandu", "NPL")),
    ("Kenyan police freed two kidnapped Kenyan traders.", "freed", ("Kenya", "KEN")),
    ("Gunmen kidnapped a Nigerian lawmaker on Sunday.", "kidnapped", ("Nigeria", "NGA")),
    ("Abu Sayyaf released a Malaysian hostage in Sulu, the military said.", "released", ("Sulu", "PHL")),
    ("Kidnappers in Haiti freed two Canadian missionaries.", "freed", ("Haiti", "HTI")),
    ("Gunmen kidnapped two Chinese nationals in Karachi.", "kidnapped", ("Karachi", "PAK")),
    ("Al-Shabaab militants beheaded a Kenyan hostage.", "beheaded", ("Kenya", "KEN")),
    ("Boko Haram fighters released two Cameroonian hostages.", "released", ("Cameroon", "CMR")),
    ("Boko Haram fighters released 20 Nigerian workers.", "released", ("Nigeria", "NGA")),
    ("The ELN kidnapped two Colombian journalists.", "kidnapped", ("Colombia", "COL")),
    ("Islamic State militants kidnapped two Iraqi journalists.", "kidnapped", ("Iraq", "IRQ")),
    ("Ambazonian separatists kidnapped two Cameroonian journalists.", "kidnapped", ("Cameroon", "CMR")),
])
def test_captives_place_controls(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 2. a group of no country: no country rather than the captives'
@pytest.mark.parametrize("text, word, source", [
    ("Islamic State militants beheaded a Japanese hostage.", "beheaded", [("Islamic State", None)]),
    ("AQIM kidnappers freed a Swiss missionary after four years.", "freed", [("AQIM", None)]),
    ("Pirates freed the crew of a Norwegian chemical tanker.", "freed", [("Gang", None)]),
    ("Pirates in the Gulf of Aden freed a Danish ship's crew.", "freed", [("Gang", None)]),
])
def test_a_homeless_group_takes_no_captives_country(pipeline, text: str, word: str, source: list) -> None:
    event = _event(pipeline, text, word)
    assert _source(event) == source
    assert _where(event)[1] is None


@pytest.mark.parametrize("text, word, source, country", [
    # controls: a group of no country with a named place, or with people often held at home
    ("Islamic State militants beheaded a Japanese hostage in Raqqa.", "beheaded",
     [("Islamic State", "SYR")], "SYR"),
    ("Kidnappers in Haiti freed two Canadian missionaries.", "freed",
     [("Unidentified Armed Group (Haiti)", "HTI")], "HTI"),
    ("Al-Shabaab militants beheaded a Kenyan hostage.", "beheaded", [("al-Shabaab", "KEN")], "KEN"),
])
def test_homeless_group_controls(pipeline, text: str, word: str, source: list, country: str) -> None:
    event = _event(pipeline, text, word)
    assert _source(event) == source
    assert _where(event)[1] == country
