"""Finders (round finders50): whoever finds, rules on or inquires into a deed named inside their object or
clause did not do it ("UN panel finds mass killings", "the court ruled that the rebels were responsible for
the massacre", "prosecutors opened an inquiry into the killing", "failed to investigate the killing"); a "by"
after the deed's own phrase is the deed's, not the inquiry's; and whoever recovers, retrieves or exhumes a
body did not kill the dead (rights-2, asia-3). Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

UAG = "Unidentified Armed Group"


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="finders50", published="2024-06-01"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _source(event) -> list[tuple[str | None, int | None]]:
    return [(a.name, a.inter) for a in event.source]


def _targets(event) -> list[str | None]:
    return [a.name for a in event.target]


# 1. the finder, the court, the inquiry is not the doer of the deed it finds, rules on or inquires into
@pytest.mark.parametrize("text, word, source", [
    ("UN investigators find evidence of torture in Libyan prisons.", "torture", (f"{UAG} (Libya)", 3)),
    ("UN panel finds mass killings in Darfur", "mass killings", (f"{UAG} (Sudan)", 3)),
    ("The tribunal found the general guilty of ordering the massacre of 200 villagers.", "massacre",
     (UAG, 3)),
    ("The court ruled that the rebels were responsible for the massacre.", "massacre", ("Rebels", 2)),
    ("A UN report found that the rebels were responsible for the massacre of 40 villagers.", "massacre",
     ("Rebels", 2)),
    ("The European Court of Human Rights ruled that Russia was responsible for the killing of Alexander "
     "Litvinenko.", "killing", ("Government of Russia", 1)),
    ("Prosecutors opened an inquiry into the killing of a journalist in Malta.", "killing",
     (f"{UAG} (Malta)", 3)),
    ("The government failed to investigate the killing of journalists, the CPJ said.", "killing", (UAG, 3)),
    ("The interior ministry launched a probe into the beating of a lawyer in Peshawar.", "beating",
     (f"{UAG} (Pakistan)", 3)),
    ("The Senate committee examined the torture of detainees at the Salt Pit.", "torture", (UAG, 3)),
    # variants
    ("An inquiry commission found evidence of rape in detention centres in Ethiopia.", "rape",
     (f"{UAG} (Ethiopia)", 3)),
    ("The Supreme Court ruled that the army was responsible for the massacre of 30 villagers in Kenya.",
     "massacre", ("Military Forces of Kenya", 1)),
    ("Police opened an investigation into the stabbing of a teenager in London.", "stabbing",
     (f"{UAG} (United Kingdom)", 3)),
    ("The ministry ordered an inquiry into the shooting of a student in Dhaka.", "shooting",
     (f"{UAG} (Bangladesh)", 3)),
    ("The army failed to investigate the murder of a journalist in Mexico.", "murder",
     (f"{UAG} (Mexico)", 3)),
    ("The panel examined the abduction of schoolgirls in Nigeria.", "abduction", (f"{UAG} (Nigeria)", 3)),
])
def test_a_finder_is_no_doer(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


def test_a_committee_examining_torture_is_no_mob(pipeline) -> None:
    text = "The Senate committee examined the torture of detainees at the Salt Pit."
    event = _event(pipeline, text, "torture")
    assert (event.acled["event_type"], event.acled["sub_event_type"]) == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize("text, word, source", [
    # controls: a doer named inside the finding, a reporter, an inquirer's own inquiry, a blamed army,
    # a light verb whose object is the deed, a finding verb joined to the deed
    ("The president said the rebels were responsible for the massacre.", "massacre", ("Rebels", 2)),
    ("Human Rights Watch found that soldiers were responsible for the killing of 12 civilians in Bucha.",
     "killing", ("Military Forces of Ukraine", 1)),
    ("A judge ordered an investigation into the torture of detainees by border police.", "torture",
     ("Police Forces", 1)),
    ("A judge ordered an investigation into the torture of detainees by border police.", "investigation",
     ("Judiciary", 1)),
    ("A parliamentary committee investigated the killing of 34 miners by police at Marikana.", "killing",
     ("Police Forces of South Africa", 1)),
    ("Police are investigating the murder of a human rights activist in Tegucigalpa.", "investigating",
     ("Police Forces of Honduras", 1)),
    ("Police are investigating the murder of a human rights activist in Tegucigalpa.", "murder",
     (f"{UAG} (Honduras)", 3)),
    ("The panel blamed the army for the killings of 30 civilians in Marawi.", "killings",
     ("Military Forces of the Philippines", 1)),
    ("Amnesty International documented the killing of 20 civilians by soldiers in Tigray.", "killing",
     ("Military Forces of Ethiopia", 1)),
    ("The interior ministry launched a probe into the beating of a lawyer in Peshawar.", "probe",
     ("Government of Pakistan", 1)),
    ("Prosecutors opened an inquiry into the killing of a journalist in Malta.", "inquiry",
     ("Judiciary of Malta", 1)),
    ("The army launched an attack on rebel positions in North Kivu.", "attack",
     ("Military Forces of the Democratic Republic of Congo", 1)),
    ("Soldiers found and killed three militants in Kupwara.", "killed", ("Military Forces of India", 1)),
    ("Soldiers found and shot dead two militants in Kupwara.", "shot dead", ("Military Forces of India", 1)),
])
def test_finder_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


# 2. a "by" right after the deed's phrase is the deed's doer, though the parse hangs it on the inquiry
@pytest.mark.parametrize("text, word, source, targets", [
    ("The government announced an investigation into the killings of protesters by soldiers.", "killings",
     ("Military Forces", 1), ["Protesters"]),
    ("The government announced an investigation into the killings of protesters by soldiers.",
     "investigation", ("Government", 1), ["Protesters"]),
    ("The government set up a panel to investigate the killings of protesters by security forces.",
     "killings", ("Security Forces", 1), ["Protesters"]),
    ("The government set up a panel to investigate the killings of protesters by security forces.",
     "investigate", ("Government", 1), None),
    ("The government launched a probe into the killings of farmers by soldiers in Nigeria.", "killings",
     ("Military Forces of Nigeria", 1), ["Farmers (Nigeria)"]),
    ("The government launched a probe into the killings of farmers by soldiers in Nigeria.", "probe",
     ("Government of Nigeria", 1), None),
])
def test_a_by_after_the_deed_inquired_is_its_doer(pipeline, text: str, word: str, source: tuple,
                                                  targets: list | None) -> None:
    event = _event(pipeline, text, word)
    assert _source(event) == [source]
    if targets is not None:
        assert _targets(event) == targets


# 3. whoever recovers, retrieves or exhumes a body did not kill the dead
@pytest.mark.parametrize("text, word, source, targets, dead", [
    ("Police recovered the bodies of two missing boys from a pond in Sitapur.", "recovered",
     (f"{UAG} (India)", 3), ["Children (India)"], 2),
    ("Police recovered the bullet-riddled body of a youth in Kupwara.", "recovered", (f"{UAG} (India)", 3),
     ["Civilians (India)"], 1),
    ("Security forces recovered the bodies of four abducted labourers in Balochistan.", "recovered",
     (f"{UAG} (Pakistan)", 3), ["Labour Group (Pakistan)"], 4),
    ("Levies recovered the body of a trader who had been kidnapped last week.", "recovered",
     (f"{UAG} (Pakistan)", 3), ["Business (Pakistan)"], 1),
    ("Police in Quetta recovered the bodies of six coal miners who had been kidnapped by militants.",
     "recovered", ("Rebels (Pakistan)", 2), ["Labour Group (Pakistan)"], 6),
    ("Villagers recovered the body of a Rohingya man from the Naf river in Teknaf.", "recovered",
     (f"{UAG} (Bangladesh)", 3), ["Rohingya Ethnic Group (Bangladesh)"], 1),
    ("The bodies of three abducted men were recovered by police from a field in Kushtia.", "recovered",
     (f"{UAG} (Bangladesh)", 3), ["Civilians (Bangladesh)"], 3),
    ("Police recovered the body of a journalist with multiple stab wounds in Karachi.", "recovered",
     (f"{UAG} (Pakistan)", 3), ["Journalists (Pakistan)"], 1),
    # variants
    ("Rescuers retrieved the bodies of 12 villagers from a mass grave.", "retrieved", (UAG, 3),
     ["Civilians"], 12),
    ("Divers retrieved the body of a fisherman from the lake.", "retrieved", (UAG, 3), None, 1),
    ("Forensic teams exhumed the remains of 30 men in Srebrenica.", "exhumed",
     (f"{UAG} (Bosnia and Herzegovina)", 3), ["Civilians (Bosnia and Herzegovina)"], None),
])
def test_a_recoverer_is_no_killer(pipeline, text: str, word: str, source: tuple, targets: list | None,
                                  dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _source(event) == [source]
    assert event.acled["event_type"] == "Violence against civilians"
    if targets is not None:
        assert _targets(event) == targets
    assert event.fatalities == dead


def test_the_captive_found_is_no_recoverers_captive(pipeline) -> None:
    text = "Levies recovered the body of a trader who had been kidnapped last week."
    event = _event(pipeline, text, "kidnapped")
    assert _source(event) == [(f"{UAG} (Pakistan)", 3)]


@pytest.mark.parametrize("text, words", [
    ("Unknown assailants shot dead a trader in Kurram, and police recovered his body hours later.",
     ["shot dead"]),
    ("Gunmen abducted four farmers in Guma; their bodies were recovered the next day.", ["abducted"]),
])
def test_a_body_recovered_after_the_killing_adds_no_killing(pipeline, text: str, words: list) -> None:
    assert [e.trigger.text for e in _events(pipeline, text)] == words


@pytest.mark.parametrize("text, word, source, dead", [
    # controls: finding a body, a killing told, weapons recovered, a town won back
    ("Villagers found the bullet-riddled bodies of three men in Bajaur.", "found",
     (f"{UAG} (Pakistan)", 3), 3),
    ("Police found the body of a shopkeeper with gunshot wounds in Peshawar.", "found",
     (f"{UAG} (Pakistan)", 3), 1),
    ("The bodies of two journalists were found in a ditch in Tamaulipas.", "found",
     (f"{UAG} (Mexico)", 3), 2),
    ("Militants killed six coal miners in Machh, police said.", "killed", ("Rebels", 2), 6),
    ("Unknown assailants shot dead a trader in Kurram, and police recovered his body hours later.",
     "shot dead", (f"{UAG} (Pakistan)", 3), 1),
    ("Gunmen abducted four farmers in Guma; their bodies were recovered the next day.", "abducted",
     (f"{UAG} (Liberia)", 3), 4),
])
def test_recovery_controls(pipeline, text: str, word: str, source: tuple, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _source(event) == [source]
    assert event.fatalities == dead


@pytest.mark.parametrize("text, subtype, source", [
    ("The army recovered a huge cache of arms in Kupwara.", "Disrupted weapons use",
     ("Military Forces of India", 1)),
    ("Police recovered stolen rifles in Quetta.", "Disrupted weapons use", ("Police Forces of Pakistan", 1)),
])
def test_recovered_weapons_stay_disrupted(pipeline, text: str, subtype: str, source: tuple) -> None:
    event = _event(pipeline, text, "recovered")
    assert event.acled["sub_event_type"] == subtype
    assert _source(event) == [source]
