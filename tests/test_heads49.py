"""Headline syntax (round heads49): names listed with commas alone before a plural verb are one coordinated
subject ("Erdogan, Putin hold talks"); a headline verb the tagger took for a plural noun stays the verb when a
participle describes the noun after it ("Putin visits occupied Mariupol", "Mob lynches man accused of
blasphemy") or an infinitive follows its object ("Tinubu orders army to rescue schoolchildren"). Sentences
written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="heads49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> set[str | None]:
    return {a.country for a in actors}


# -- 1. names joined by a comma are the subject together -------------------------------------------------

@pytest.mark.parametrize("text, plover, first, second", [
    ("Erdogan, Putin hold talks in Sochi", "CONSULT", "TUR", "RUS"),
    ("Saudi Arabia, Iran agree to restore diplomatic ties", "AGREE", "SAU", "IRN"),
    ("Xi, Biden agree to resume military talks", "AGREE", "CHN", "USA"),
    ("Armenia, Azerbaijan agree to start border talks", "AGREE", "ARM", "AZE"),
    ("Baghdad, Ankara sign water deal", "SUPPORT", "IRQ", "TUR"),
    ("Kenya, Uganda sign trade deal", "SUPPORT", "KEN", "UGA"),
])
def test_comma_joined_parties_of_a_mutual_act_are_each_others_side(pipeline, text, plover, first, second):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert _countries(primary.source) == {first}
    assert second in _countries(primary.target)


@pytest.mark.parametrize("text, plover, sources", [
    ("US, UK strike Houthi targets", "ASSAULT", {"USA", "GBR"}),
    ("Egypt, Qatar urge Hamas to accept ceasefire proposal", "REQUEST", {"EGY", "QAT"}),
    ("Mali, Niger, Burkina Faso quit ECOWAS", "SANCTION", {"MLI", "NER", "BFA"}),
    ("Ukraine, Russia swap hundreds of prisoners of war", "RETREAT", {"UKR", "RUS"}),
])
def test_comma_joined_doers_of_a_one_sided_act_are_all_sources(pipeline, text, plover, sources):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert _countries(primary.source) == sources


@pytest.mark.parametrize("text, sides", [
    ("Colombia, ELN rebels agree ceasefire.", [("COL", "GOV"), ("COL", "REB")]),
    ("India, China troops clash", [("CHN", "MIL"), ("IND", "MIL")]),
    ("Iran, Saudi foreign ministers hold talks in Beijing", [("IRN", "GOV"), ("SAU", "GOV")]),
])
def test_a_listed_name_before_a_named_group_is_a_side_of_its_own(pipeline, text, sides):
    primary = _primary(pipeline, text)
    got = {(a.country, a.sector) for a in primary.source + primary.target}
    assert set(sides) <= got


@pytest.mark.parametrize("text, plover, source, target", [
    # controls: "and" as before, an apposition, a date before the comma
    ("Erdogan and Putin hold talks in Sochi", "CONSULT", "TUR", "RUS"),
    ("India and Pakistan troops clash", "ASSAULT", "PAK", "IND"),
    ("Monday, Putin held talks with Xi.", "CONSULT", "RUS", "CHN"),
    ("Putin, Xi hold phone talks on Ukraine", "CONSULT", "RUS", "CHN"),
])
def test_controls_keep_their_sides(pipeline, text, plover, source, target):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert _countries(primary.source) == {source}
    assert target in _countries(primary.target)


def test_an_apposition_after_a_name_is_no_list(pipeline):
    assert not [e for e in _events(pipeline, "Erdogan, a former mayor, won the vote.")
                if len(e.source) > 1]


# -- 2. a headline verb before a participle or an infinitive stays the verb ----------------------------------

@pytest.mark.parametrize("text", [
    "Putin visits occupied Mariupol",
    "Putin visits annexed Crimea",
    "Zelensky visits liberated Kherson",
    "Putin visits Mariupol",
])
def test_a_visit_to_a_described_place_is_the_visit(pipeline, text):
    primary = _primary(pipeline, text)
    assert primary.trigger.text == "visits"
    assert primary.plover["type"] == "CONSULT"
    assert [a.country for a in primary.source] in (["RUS"], ["UKR"])
    # the participle is background with no doer taken from the visitor
    assert all(a.sector != "GOV" for e in _events(pipeline, text) if not e.primary for a in e.source)


@pytest.mark.parametrize("text, trigger, country", [
    ("Mob lynches man accused of blasphemy in Pakistan", "lynches", "PAK"),
    ("Mob lynches man in Pakistan", "lynches", "PAK"),
    ("Gunmen kill man accused of spying in Mali", "kill", "MLI"),
])
def test_a_crowd_killing_a_man_described_as_accused_is_the_killing(pipeline, text, trigger, country):
    primary = _primary(pipeline, text)
    assert primary.trigger.text == trigger
    assert primary.plover["type"] == "ASSAULT"
    assert _countries(primary.source) == {country}
    assert all(a.sector == "CVL" for a in primary.target)


@pytest.mark.parametrize("text, trigger, plover, source", [
    ("Nigeria's Tinubu orders army to rescue kidnapped schoolchildren", "rescue", "RETREAT", "NGA"),
    ("Mali junta orders French ambassador to leave", "orders", "SANCTION", "MLI"),
    ("Mali orders French ambassador to leave within 72 hours", "orders", "SANCTION", "MLI"),
    # controls: already a verb
    ("Biden urges Congress to pass aid bill", "urges", "REQUEST", "USA"),
    ("Macron tells Putin to end war", "tells", "REQUEST", "FRA"),
])
def test_a_headline_verb_before_its_object_and_infinitive(pipeline, text, trigger, plover, source):
    primary = _primary(pipeline, text)
    assert primary.trigger.text == trigger
    assert primary.plover["type"] == plover
    assert _countries(primary.source) == {source}


def test_the_kidnapping_in_an_order_is_no_act_of_the_orderer(pipeline):
    events = _events(pipeline, "Nigeria's Tinubu orders army to rescue kidnapped schoolchildren")
    kidnap = next(e for e in events if e.trigger.text == "kidnapped")
    assert not kidnap.primary
    assert all(a.sector not in ("GOV", "MIL") for a in kidnap.source)


# -- 3. a place naming an attack is where; a group claiming an attack did it ---------------------------------

@pytest.mark.parametrize("text, country", [
    ("Burkina Faso: Jihadists kill 100 in Barsalogho attack", "BFA"),
    ("Jihadists kill 100 in Djibo attack", "BFA"),
])
def test_a_town_naming_an_attack_is_no_attacker(pipeline, text, country):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [(a.country, a.sector) for a in primary.source] == [(country, "REB")]


def test_an_unknown_place_naming_an_attack_leaves_the_doer_from_the_sentence(pipeline):
    primary = _primary(pipeline, "Jihadists kill 100 in Barsalogho attack")
    assert all(a.name != "Barsalogho" for a in primary.source)
    assert [a.sector for a in primary.source] == ["REB"]


@pytest.mark.parametrize("text, name, sector", [
    # controls: a known group or people before the attack noun is its doer
    ("Soldiers killed in Hamas attack", "Hamas", "REB"),
    ("Villagers killed in Fulani attack", "Fulani Ethnic Militia (Nigeria)", "PRM"),
])
def test_a_known_group_naming_an_attack_is_its_doer(pipeline, text, name, sector):
    primary = _primary(pipeline, text)
    assert [(a.name, a.sector) for a in primary.source] == [(name, sector)]


@pytest.mark.parametrize("text", [
    "Houthis claim drone attack on Tel Aviv",
    "Houthis claim attack on Tel Aviv",
    "Houthis say they attacked ship in Red Sea",
    "Houthis say they attacked a ship in the Red Sea.",
])
def test_the_group_claiming_an_attack_did_it(pipeline, text):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [(a.name, a.country, a.sector) for a in primary.source] == [("Houthis", "YEM", "REB")]


def test_a_claim_control_keeps_its_doer(pipeline):
    primary = _primary(pipeline, "Al Shabaab claims attack on army base")
    assert [(a.country, a.sector) for a in primary.source] == [("SOM", "REB")]


# -- 4. a headline's kicker: a person speaks, a country only labels -----------------------------------------

@pytest.mark.parametrize("text, speaker, target", [
    ("Zelensky: Russia must withdraw its troops", "UKR", "RUS"),
    ("Netanyahu: Hamas must free hostages", "ISR", "PSE"),
])
def test_a_person_before_the_colon_is_the_speaker(pipeline, text, speaker, target):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "REQUEST"
    assert [(a.country, a.sector) for a in primary.source] == [(speaker, "GOV")]
    assert target in _countries(primary.target)


def test_a_country_before_the_colon_is_only_a_label(pipeline):
    primary = _primary(pipeline, "UK: Sunak pledges to 'stop the boats'")
    assert primary.plover["type"] == "AGREE"
    assert [(a.name, a.country, a.sector) for a in primary.source] == [("Rishi Sunak", "GBR", "GOV")]


@pytest.mark.parametrize("text, plover, source", [
    # controls: a rubric, an office or a country before the colon speaks for no one
    ("Kremlin: Russia will not talk with Kyiv", "REJECT", "RUS"),
    ("Pakistan: Former PM Imran Khan arrested in Islamabad", "COERCE", None),
])
def test_other_labels_keep_their_coding(pipeline, text, plover, source):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    if source:
        assert _countries(primary.source) == {source}


def test_a_rubric_before_the_colon_is_no_speaker(pipeline):
    assert not [e for e in _events(pipeline, "Analysis: Russia must withdraw its troops")
                if e.plover["type"] == "REQUEST"]


# -- 5. "X-backed" names the backer, never the group's own country -------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian-backed separatists shell Donetsk",
    "Russia-backed separatists shell Donetsk",
    "Pro-Russian separatists shell Donetsk",
    "Russian-backed separatists shelled the town of Avdiivka.",
])
def test_backed_separatists_are_of_the_place(pipeline, text):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [(a.country, a.sector) for a in primary.source] == [("UKR", "REB")]
    assert _countries(primary.target) <= {"UKR"}


@pytest.mark.parametrize("text", [
    "Iranian-backed militias attack US base in Syria",
    "Iran-backed militias attack US base in Syria",
])
def test_backed_militias_are_of_the_place(pipeline, text):
    primary = _primary(pipeline, text)
    assert _countries(primary.source) == {"SYR"}


# -- 6. the attacker's demonym says nothing of the victims ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Palestinian gunman kills 7 outside Jerusalem synagogue",
    "Palestinian gunmen kill 2 in Jerusalem",
    "Gunman kills 7 outside Jerusalem synagogue",
])
def test_victims_of_an_attack_in_jerusalem_by_a_palestinian_are_of_israel(pipeline, text):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [(a.country, a.sector) for a in primary.target] == [("ISR", "CVL")]


@pytest.mark.parametrize("text", [
    # controls: Palestinians acted on in Jerusalem are in its east
    "Israeli forces detained three Palestinians in Jerusalem",
    "Israeli police arrest Palestinian man in Jerusalem",
])
def test_palestinians_arrested_in_jerusalem_stay_palestinian(pipeline, text):
    primary = _primary(pipeline, text)
    assert _countries(primary.target) == {"PSE"}
