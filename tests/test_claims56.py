"""Claims of responsibility (round claims56, item westeu-3): the group that claims a deed is its doer also
when it "said it was behind" or "said it was responsible for" the deed (the pronoun "it" names the claimant,
as "they" does), when it "admitted" or "accepted responsibility" for it, and when it is a group the lexicon
lacked (the INLA, the LVF, GRAPO) or anarchists ("Greek anarchists" are armed men of Greece, not its
government). Controls: claims already read ("claimed responsibility", "said they were behind"), accusations
("X said Y was behind": Y did it), and denials ("said it was not behind", "denied it was behind", "denied
responsibility": no claim; a denial is coded REJECT by the denier) keep their reading. Sentences written for
the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

UAF_UK = "Unidentified Armed Group (United Kingdom)"


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="claims56", published="2010-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _source(event) -> list[tuple[str | None, str | None, int | None]]:
    return [(a.name, a.country, a.inter) for a in event.source]


# 1. "<group> said it was behind / responsible for <deed>": the group did it
@pytest.mark.parametrize("text, word, source", [
    ("The UVF said it was behind the killing of a Catholic man in Ballymena.", "killing", ("UVF", "GBR", 3)),
    ("The Real IRA said it was responsible for the bomb attack on a police station in Derry.", "attack",
     ("Real IRA", "GBR", 2)),
    ("ETA said it was responsible for the bombing of a hotel in Benidorm.", "bombing", ("ETA", "ESP", 2)),
    ("The Continuity IRA said it was behind a bomb attack on a hotel in Enniskillen.", "attack",
     ("Continuity IRA", "GBR", 2)),
    ("The UDA said it was responsible for the shooting of a Catholic man in Larne.", "shooting",
     ("UDA", "GBR", 3)),
    # variants: other groups, deeds and places
    ("Al-Shabaab said it was responsible for the attack on a hotel in Mogadishu.", "attack",
     ("al-Shabaab", "SOM", 2)),
    ("The LVF said it was behind the murder of a Catholic taxi driver in Portadown.", "murder",
     ("LVF", "GBR", 3)),
    ("The Taliban said it was behind the suicide bombing of a police station in Kabul.", "suicide bombing",
     ("Taliban", "AFG", 2)),
    ("A bomb exploded outside a hotel in Enniskillen on Sunday. The Continuity IRA said it was behind the "
     "attack.", "attack", ("Continuity IRA", "GBR", 2)),
])
def test_said_it_was_behind(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


# 2. "<group> admitted / accepted responsibility for <deed>": the group did it
@pytest.mark.parametrize("text, word, source", [
    ("The New IRA admitted responsibility for the murder of a prison officer.", "murder",
     ("New IRA", "GBR", 2)),
    ("ETA admitted responsibility for the killing of a Guardia Civil officer in Navarre.", "killing",
     ("ETA", "ESP", 2)),
    ("ETA accepted responsibility for the bombing of a Madrid airport car park.", "bombing",
     ("ETA", "ESP", 2)),
    # variants
    ("Boko Haram admitted responsibility for the abduction of schoolgirls in Chibok.", "abduction",
     ("Boko Haram", "NGA", 2)),
    ("The PKK accepted responsibility for the bomb attack on a military convoy in Hakkari.", "attack",
     ("PKK", "TUR", 2)),
])
def test_admitted_responsibility(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


# 3. claimants the lexicon lacked: named groups of western Europe, and anarchists (never a government)
@pytest.mark.parametrize("text, word, source", [
    ("The INLA claimed responsibility for the killing of Billy Wright.", "killing", ("INLA", "GBR", 2)),
    ("Greek anarchists claimed responsibility for a bomb attack on a bank in Athens.", "attack",
     ("Anarchists (Greece)", "GRC", 3)),
    ("Anarchists claimed responsibility for the arson attack on a car dealership in Berlin.", "attack",
     ("Anarchists (Germany)", "DEU", 3)),
    # variants
    ("GRAPO admitted responsibility for the killing of a businessman in Zaragoza.", "killing",
     ("GRAPO", "ESP", 2)),
    ("Anarchists set fire to three cars in Thessaloniki overnight.", "set fire",
     ("Anarchists (Greece)", "GRC", 3)),
    ("The Irish National Liberation Army said it was behind the shooting of a man in Belfast.", "shooting",
     ("INLA", "GBR", 2)),
])
def test_claimants_known(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


# controls: claims already read, accusations of another, and denials or negated claims (no claim)
@pytest.mark.parametrize("text, word, source", [
    ("The IRA said they were behind the bombing of a hotel in Brighton.", "bombing", ("IRA", "GBR", 2)),
    ("The Red Brigades said they were behind the kidnapping of an American general in Verona.", "kidnapping",
     ("Red Brigades", "ITA", 2)),
    ("ETA claimed responsibility for the bomb that killed a Guardia Civil officer in Navarre.", "killed",
     ("ETA", "ESP", 2)),
    ("The New IRA claimed the murder of a prison officer in Belfast.", "murder", ("New IRA", "GBR", 2)),
    ("The UVF said it had carried out the shooting of two men in Belfast.", "shooting", ("UVF", "GBR", 3)),
    ("The Taliban said Islamic State was behind the bombing of a mosque in Kabul.", "bombing",
     ("Islamic State", "AFG", 2)),
    ("ETA said it was not behind the bombing in Madrid.", "bombing",
     ("Unidentified Armed Group (Spain)", "ESP", 3)),
    ("The IRA said they were not behind the bombing of a hotel in Brighton.", "bombing", (UAF_UK, "GBR", 3)),
    ("The UVF said it was not responsible for the shooting of two men in Belfast.", "shooting",
     (UAF_UK, "GBR", 3)),
    ("The IRA denied responsibility for the killing of a man in Belfast.", "killing", (UAF_UK, "GBR", 3)),
    ("The IRA denied it was behind the bombing of a hotel in Brighton.", "bombing", (UAF_UK, "GBR", 3)),
    ("The IRA denied that it was responsible for the killing of a man in Belfast.", "killing",
     (UAF_UK, "GBR", 3)),
    ("The UVF rejected claims that it was behind the killing of a Catholic man in Ballymena.", "killing",
     (UAF_UK, "GBR", 3)),
])
def test_claims_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


@pytest.mark.parametrize("text, word, denier", [
    ("The IRA denied responsibility for the killing of a man in Belfast.", "denied", "IRA"),
    ("The IRA denied it was behind the bombing of a hotel in Brighton.", "denied", "IRA"),
    ("Hamas denied it was behind the rocket attack on Tel Aviv.", "denied", "Hamas"),
])
def test_denial_is_reject(pipeline, text: str, word: str, denier: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "REJECT"
    assert [a.name for a in event.source] == [denier]
