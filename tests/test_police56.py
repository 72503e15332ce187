"""National police forces and offices named by their own name (round police56): a force the news names
alone ("Gardaí seized", "The Guardia Civil detained", "The CRS fired tear gas", "Scotland Yard arrested",
"The RUC shot dead", "Officers of the Policía Nacional") is its state's police (COP, inter 1, "Police Forces
of ..."), a name other states' forces share taking the country of a story set in one of them ("the Guardia
Civil" in Peru); short forms that are also other things only at home ("Garda" not in Lake Garda, "CRS" not
the US Congressional Research Service, "AFP" the Australian Federal Police only in Australia). Ireland's
Taoiseach and Tánaiste are Ireland's government; "Just Stop Oil" stays one name (its "Stop" no verb and no
negation); "UDA" among words of the Troubles is the Ulster Defence Association, not Kenya's party. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="police56", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _side(actors) -> tuple[str | None, str | None, int, str] | None:
    if not actors:
        return None
    a = actors[0]
    return a.country, a.sector, a.inter, (a.acled_actor or "").split(" (")[0]


POLICE = {iso: (iso, "COP", 1, f"Police Forces of {name}") for iso, name in [
    ("IRL", "Ireland"), ("ESP", "Spain"), ("FRA", "France"), ("DEU", "Germany"),
    ("GBR", "the United Kingdom"),
    ("ITA", "Italy"), ("PER", "Peru"), ("BFA", "Burkina Faso"), ("NLD", "the Netherlands"), ("CHL", "Chile"),
    ("CAN", "Canada"), ("ARG", "Argentina"), ("AUS", "Australia")]}


# 1. a force named alone is its state's police, as the doer
@pytest.mark.parametrize("text, word, iso", [
    ("Gardaí seized cocaine worth €2 million at Rosslare Europort.", "seized", "IRL"),
    ("Gardaí arrested a man after a woman was assaulted in Cork.", "arrested", "IRL"),
    ("The Guardia Civil detained six people over the smuggling ring in Algeciras.", "detained", "ESP"),
    ("The Guardia Civil fired rubber bullets at migrants swimming towards Ceuta.", "fired", "ESP"),
    ("The Ertzaintza arrested three youths in Bilbao's old quarter.", "arrested", "ESP"),
    ("The CRS fired tear gas at demonstrators in Nantes.", "fired", "FRA"),
    ("The CRS arrested 30 protesters in Lyon.", "arrested", "FRA"),
    ("The Bundespolizei arrested a man at Munich airport.", "arrested", "DEU"),
    ("Scotland Yard arrested a man on suspicion of murder in Hackney.", "arrested", "GBR"),
    ("Scotland Yard said it had arrested a 20-year-old man in east London.", "arrested", "GBR"),
    ("The RUC shot dead two IRA men in Loughgall.", "shot dead", "GBR"),
    ("The PSNI arrested two men after a security alert in Newry.", "arrested", "GBR"),
    ("The Mossos d'Esquadra arrested four people in Barcelona.", "arrested", "ESP"),
    # variants
    ("Gardai arrested three men after a shooting in Drogheda.", "arrested", "IRL"),
    ("The Marechaussee arrested a man at Schiphol airport.", "arrested", "NLD"),
    ("Carabineros fired tear gas at students in Santiago.", "fired", "CHL"),
    ("The Guardia di Finanza seized 300 kilos of cocaine in Genoa.", "seized", "ITA"),
    ("Officers of the Polizia di Stato arrested a suspect in Naples.", "arrested", "ITA"),
    ("The Gendarmería Nacional detained 12 migrants in Salta.", "detained", "ARG"),
    ("The AFP arrested two men in Sydney over a terror plot.", "arrested", "AUS"),
    # a name other states' forces share: the country of the story
    ("The Guardia Civil ambushed a Shining Path column in Ayacucho.", "ambushed", "PER"),
    ("The Gendarmerie nationale arrested ten suspected jihadists in Ouagadougou.", "arrested", "BFA"),
    # controls
    ("The Carabinieri arrested 12 suspected members of the 'Ndrangheta in Calabria.", "arrested", "ITA"),
    ("The Metropolitan Police charged two men over the attack in Hackney.", "charged", "GBR"),
    ("Police Scotland arrested four people at a protest in Edinburgh.", "arrested", "GBR"),
    ("French gendarmes arrested five men near Calais.", "arrested", "FRA"),
    ("Garda detectives arrested a woman in her 20s in Limerick on Friday.", "arrested", "IRL"),
    ("The Mounties arrested a man in Alberta.", "arrested", "CAN"),
])
def test_named_force_is_the_states_police(pipeline, text: str, word: str, iso: str) -> None:
    assert _side(_event(pipeline, text, word).source) == POLICE[iso]


# 2. the force as the target, and where the event is
@pytest.mark.parametrize("text, word, iso, place", [
    ("A man in his 20s attacked a Garda with a knife in Tallaght.", "attacked", "IRL", "Tallaght"),
    ("A Carabiniere was stabbed to death by two American tourists in Rome.", "stabbed to death", "ITA",
     "Rome"),
    ("Masked men attacked a PSNI patrol in Derry.", "attacked", "GBR", "Derry"),
    # controls
    ("A Guardia Civil officer was shot dead by ETA in Bilbao.", "shot dead", "ESP", "Bilbao"),
])
def test_named_force_as_target(pipeline, text: str, word: str, iso: str, place: str) -> None:
    event = _event(pipeline, text, word)
    assert _side(event.target) == POLICE[iso]
    assert (event.location.name, event.location.country) == (place, iso)


# 3. "Policía Nacional" holds no town "Nacional": Spain's police, placed where the story says
@pytest.mark.parametrize("text, word, place", [
    ("Officers of the Policía Nacional detained an alleged jihadist in Ceuta.", "detained", "Ceuta"),
    ("The Policía Nacional detained an alleged jihadist in Madrid.", "detained", "Madrid"),
    # control
    ("Spanish police detained an alleged jihadist in Ceuta.", "detained", "Ceuta"),
])
def test_policia_nacional_is_no_town(pipeline, text: str, word: str, place: str) -> None:
    event = _event(pipeline, text, word)
    assert _side(event.source) == POLICE["ESP"]
    assert (event.location.name, event.location.country) == (place, "ESP")


# 4. short forms that are other things abroad stay those things
@pytest.mark.parametrize("text, word, source", [
    ("The AFP killed five NPA rebels in Mindanao.", "killed",
     ("PHL", "MIL", 1, "Military Forces of the Philippines")),
    ("Protesters clashed with police in Paris, AFP reported.", "clashed", ("FRA", "CVL", 5, "Rioters")),
])
def test_short_forms_abroad(pipeline, text: str, word: str, source: tuple) -> None:
    assert _side(_event(pipeline, text, word).source) == source


def test_lake_garda_is_no_police(pipeline) -> None:
    events = _events(pipeline, "Two tourists were arrested after a brawl at Lake Garda.")
    assert not any(a.sector == "COP" and a.country == "IRL" for e in events for a in [*e.source, *e.target])


def test_crs_in_america_is_no_french_police(pipeline) -> None:
    events = _events(pipeline, "A CRS report warned Congress about the cost of the war in Washington.")
    assert not any(a.country == "FRA" for e in events for a in [*e.source, *e.target])


# 5. Ireland's offices
@pytest.mark.parametrize("text, word", [
    ("The Taoiseach met the British prime minister at Downing Street.", "met"),
    ("The Tanaiste condemned the attack in Dublin.", "condemned"),
    # control
    ("The Irish government condemned the attack in Dublin.", "condemned"),
])
def test_irish_offices_are_the_government(pipeline, text: str, word: str) -> None:
    country, sector, _, acled = _side(_event(pipeline, text, word).source)
    assert (country, sector, acled) == ("IRL", "GOV", "Government of Ireland")


# 6. a name opening with a verb stays one name, and its verb negates nothing
@pytest.mark.parametrize("text, word, source", [
    ("Just Stop Oil activists blocked a road in central London.", "blocked", ("GBR", "ENV", 6, "Protesters")),
    ("Just Stop Oil protesters sprayed orange paint on Stonehenge.", "sprayed", ("GBR", "ENV", 5, "Rioters")),
    ("Just Stop Oil blocked the M25 motorway on Monday.", "blocked", ("GBR", "ENV", 6, "Protesters")),
    ("Stop the War Coalition activists marched through central London.", "marched",
     ("GBR", "OPP", 6, "Protesters")),
    # controls
    ("Extinction Rebellion blocked five bridges in central London.", "blocked",
     ("GBR", "ENV", 6, "Protesters")),
])
def test_verb_name_is_one_name(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _side(event.source) == source
    assert not event.modality.negated
    assert event.primary


# 7. "UDA" among words of the Troubles
@pytest.mark.parametrize("text, word, iso", [
    ("A Catholic man was shot dead by the UDA in Lurgan.", "shot dead", "GBR"),
    ("A loyalist was shot dead by the UDA.", "shot dead", "GBR"),
    # controls
    ("The UDA shot dead a Catholic man in north Belfast.", "shot dead", "GBR"),
])
def test_uda_of_the_troubles(pipeline, text: str, word: str, iso: str) -> None:
    event = _event(pipeline, text, word)
    assert _side(event.source) == (iso, "PRM", 3, "UDA: Ulster Defence Association")
    assert event.location is not None and event.location.country == iso
