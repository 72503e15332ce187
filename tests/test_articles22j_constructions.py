"""Constructions of statement news found by article audit J (tests/data/articles_j/), each proved on
sentences written for this file: a headline that names the lede's statement with a kindred word, the
accuser's own account of the deed it accuses someone of, the place a statement speaks of, a measure
announced on a condition, a deed denied as the errand of a negated act, a request that a court act, and
a court's prosecutor named before "of" the court."""

from __future__ import annotations

import pytest

from chronica.record import Document


def _primary(pipeline, title: str, text: str, published: str):  # noqa: ANN001, ANN202
    """The primary event of a story with a headline."""
    doc = Document(doc_id="j", text=text, title=title, published=published)
    return next(e for e in pipeline.code(doc) if e.primary)


# -- a headline's kindred word for the lede's statement ("appeals" over "urged") -------------------------

KIN_STORIES = [
    ("Bishop appeals for calm after market bombing",
     "GOMA, March 5 (Lakeside Wire) - The bishop of the city on Tuesday urged residents to stay calm and not "
     "to attack their neighbours after a bomb exploded in the central market. "
     "The bomb went off on Monday afternoon, killing 14 people and wounding dozens. "
     "Police said they had arrested two suspects.", "2024-03-06", "REQUEST", "2024-03-05"),
    ("Minister thanks Qatar for prisoner deal",
     "KABUL, June 2 (Hill Post) - The foreign minister on Sunday praised Qatar for helping to free "
     "six aid workers after gunmen stormed their office. "
     "Gunmen attacked the office on Saturday, killing a guard. "
     "The workers were flown to Doha on Sunday.", "2024-06-03", "SUPPORT", "2024-06-02"),
    ("Ministry denies troops shelled border town",
     "YEREVAN, Sept 14 (Caucasus Wire) - The defence ministry on Wednesday rejected claims that its troops "
     "had shelled a border town. Residents said shells hit the town's market on Tuesday, wounding five "
     "people. The ministry said its positions had come under fire.", "2022-09-15", "REJECT", "2022-09-14"),
]


@pytest.mark.parametrize("title, text, published, kind, day", KIN_STORIES)
def test_headline_kin_makes_the_statement_the_news(pipeline, title, text, published, kind, day):
    ev = _primary(pipeline, title, text, published)
    assert (ev.plover["type"], ev.date.value) == (kind, day), ev.trigger.text


# -- an accusation's content, told again in the accuser's words ----------------------------------------

ACCUSATIONS = [
    ("Watchdog accuses prison guards of torture",
     "LONDON, May 3 (Civic Wire) - A rights watchdog on Thursday accused prison guards in the country of "
     "torturing inmates. In its report, the group said guards beat prisoners with cables and left them "
     "without food for days. \"Guards abuse inmates because no one punishes them,\" its director said.",
     "2023-05-04"),
    ("Rights group accuses army of abuses in the north",
     "NAIROBI, Oct 11 (East Wire) - An international rights group on Tuesday accused soldiers of beating "
     "villagers during searches for militants. The group said troops whipped men in front of their "
     "families. The army did not comment.", "2022-10-12"),
]


@pytest.mark.parametrize("title, text, published", ACCUSATIONS)
def test_the_accusation_not_its_content_is_the_news(pipeline, title, text, published):
    ev = _primary(pipeline, title, text, published)
    assert ev.plover["type"] == "ACCUSE", ev.trigger.text


def test_a_dated_deed_with_a_toll_stays_the_news(pipeline):
    """The claim rule leaves alone a deed told with its own day and dead: that is news of its own."""
    text = ("DAKAR, Feb 2 (West Wire) - A rights group on Thursday accused soldiers of killing civilians. "
            "Soldiers shot dead 12 villagers in the village of Kera on Wednesday, the group said.")
    ev = _primary(pipeline, "Soldiers kill 12 villagers", text, "2023-02-03")
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == 12


# -- where a statement is made, not the place of what it speaks of --------------------------------------

STATEMENT_PLACES = [
    ("NAIROBI, April 4 (East Wire) - Kenya's president on Thursday praised Ethiopia for its mediation "
     "in the fighting in Juba.", "praised", "KEN"),
    ("ANKARA, Aug 8 (Bosphorus Wire) - Turkey's defence minister on Tuesday warned that the militants "
     "would pay for the bombing of a police post in Kirkuk.", "warned", "TUR"),
    ("KIGALI, May 6 (Lakes Wire) - Rwanda's foreign ministry on Monday rejected a demand to withdraw "
     "its soldiers from the town of Bunagana.", "rejected", "RWA"),
]


@pytest.mark.parametrize("text, trigger, country", STATEMENT_PLACES)
def test_a_statement_is_placed_where_it_was_made(event_at, text, trigger, country):
    ev = event_at(text, trigger, "2024-05-08")
    assert ev.location is not None and ev.location.country == country, ev.location


def test_a_statement_made_at_a_named_place_keeps_it(event_at):
    ev = event_at("The minister warned in Mombasa on Monday that smugglers would face arrest.", "warned",
                  "2024-05-08")
    assert ev.location is not None and ev.location.name == "Mombasa"


# -- a measure announced on a condition is an ultimatum ----------------------------------------------

ULTIMATUMS = [
    ("Doctors' union on Thursday announced a strike from Monday unless the government pays their arrears.",
     "strike", "2024-05-16"),
    ("The opposition on Friday declared a boycott of the vote if the electoral law is not changed.",
     "boycott", "2024-05-17"),
    ("Transport workers on Wednesday called a nationwide strike from next week unless fuel prices fall.",
     "strike", "2024-05-15"),
]


@pytest.mark.parametrize("text, trigger, day", ULTIMATUMS)
def test_a_measure_announced_on_a_condition_is_a_threat(event_at, text, trigger, day):
    ev = event_at(text, trigger, "2024-05-18")
    assert ev.plover["type"] == "THREATEN" and ev.date.value == day, (ev.plover, ev.date)


def test_a_strike_announced_without_a_condition_stays_a_strike(event_at):
    ev = event_at("Doctors on Thursday began a strike over unpaid salaries.", "strike", "2024-05-18")
    assert ev.plover["type"] == "PROTEST"


# -- a deed denied as the errand of a negated act -------------------------------------------------------

DENIED_ERRANDS = [
    ("The army said its jets did not carry out any missions to bomb the village.", "bomb"),
    ("The police launched no operation to arrest the protesters, the spokesman said.", "arrest"),
    ("The ministry said the navy did not send any ships to attack the fishing boats.", "attack"),
]


@pytest.mark.parametrize("text, trigger", DENIED_ERRANDS)
def test_a_denied_errand_is_negated(event_at, text, trigger):
    assert event_at(text, trigger, "2024-05-08").modality.negated


def test_a_real_errand_is_not_negated(event_at):
    ev = event_at("The army sent troops to attack the rebel camp on Monday.", "attack", "2024-05-08")
    assert not ev.modality.negated


# -- a request that a court act -----------------------------------------------------------------------

COURT_REQUESTS = [
    "The prosecutor on Monday asked judges to issue arrest warrants for the former governor.",
    "Prosecutors asked the court on Tuesday to order the arrest of the opposition leader.",
    "The attorney general asked the tribunal to summon the former defence minister.",
]


@pytest.mark.parametrize("text", COURT_REQUESTS)
def test_asking_a_court_to_act_is_a_request(events_of, text):
    assert any(e.plover["type"] == "REQUEST" and e.trigger.text == "asked"
               for e in events_of(text, "2024-05-08"))


# -- a court's officer named before "of" the court ---------------------------------------------------------

COURT_OFFICERS = [
    "The prosecutor of the International Criminal Court on Monday accused the militia of war crimes.",
    "The chief prosecutor of the International Criminal Court asked judges on Tuesday to issue a warrant "
    "for the rebel leader.",
    "Judges of the International Criminal Court on Friday accused the former minister of crimes against "
    "humanity.",
]


@pytest.mark.parametrize("text", COURT_OFFICERS)
def test_a_courts_officer_speaks_for_the_court(events_of, text):
    ev = next(e for e in events_of(text, "2024-05-08") if e.plover["type"] in ("ACCUSE", "REQUEST"))
    assert any(a.name == "ICC" and a.sector == "JUD" and a.country is None for a in ev.source), ev.source


def test_prosecutors_named_by_a_modifier_stay_the_judiciary(events_of):
    """Only a court after "of" speaks through its officers: "government prosecutors" are no government."""
    ev = next(e for e in events_of("Government prosecutors on Monday charged the former minister with fraud.",
                                   "2024-05-08") if e.plover["type"] == "ACCUSE")
    assert any(a.sector == "JUD" for a in ev.source), ev.source
