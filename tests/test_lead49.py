"""The lead's round of session 49: a complaint lodged with a state names the doer of what it is over; a
one-word organisation name opening a sentence is no trigger ("Amnesty said"); vaccines and doses delivered
are aid; a name in capitals the tagger reads as an adverb is the subject ("USAID suspended aid"); a foreign
dateline gives no country to a story about another country; peoples listed before "youths" or "militias" are
no towns; a headline's "Country:" label is no doer; ballot boxes snatched are seized, no one abducted.
Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="lead49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


@pytest.mark.parametrize("text, word, doer, victim", [
    ("Japan lodged a protest with China over the detention of a Japanese businessman.", "detention",
     "CHN", "JPN"),
    ("Seoul filed a complaint with Tokyo over the arrest of two South Korean fishermen.", "arrest",
     "JPN", "KOR"),
    ("Manila lodged a diplomatic protest with Beijing over the seizure of a fishing boat.", "seizure",
     "CHN", None),
])
def test_a_complaint_lodged_with_a_state_names_the_doer(pipeline, text, word, doer, victim) -> None:
    event = _event(pipeline, text, word)
    assert [a.country for a in event.source] == [doer]
    assert all(a.name != "Protesters" for a in event.source)
    if victim:
        assert event.target and event.target[0].country == victim


@pytest.mark.parametrize("text, word, doer", [
    ("Britain expelled two Russian diplomats over the poisoning of a former spy.", "expelled", "GBR"),
    ("The United States imposed sanctions on Belarus over the crackdown.", "crackdown", "BLR"),
])
def test_controls_the_one_acted_on_did_it(pipeline, text, word, doer) -> None:
    assert _event(pipeline, text, word).source[0].country == doer


@pytest.mark.parametrize("text", [
    "Amnesty said the trial was unfair.",
    "Amnesty called for the release of the former minister.",
])
def test_an_organisation_opening_a_sentence_is_no_trigger(pipeline, text) -> None:
    assert all(e.plover["type"] != "CONCEDE" for e in _events(pipeline, text))


def test_control_an_amnesty_granted_is_a_concession(pipeline) -> None:
    assert _primary(pipeline, "An amnesty for rebel fighters was announced by the government."
                    ).plover["type"] == "CONCEDE"


@pytest.mark.parametrize("text, giver, receiver", [
    ("UNICEF delivered vaccines to the northern province of Tigray on Tuesday.", "UNICEF", "ETH"),
    ("The World Health Organization delivered 50,000 doses to Kenya.", "WHO", "KEN"),
    ("Britain delivered 50,000 doses to Kenya.", "Government of the United Kingdom", "KEN"),
])
def test_vaccines_and_doses_delivered_are_aid(pipeline, text, giver, receiver) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert primary.source[0].name == giver
    assert primary.target[0].country == receiver


def test_control_a_message_delivered_is_no_aid(pipeline) -> None:
    assert _primary(pipeline, "China delivered a message to the United States.").plover["type"] == "CONSULT"


@pytest.mark.parametrize("text, target", [
    ("USAID suspended aid to Ethiopia after reports that food was being diverted.", "ETH"),
    ("USAID halted funding for the program.", None),
    ("UNHCR suspended operations in Sudan's Darfur region.", "SDN"),
])
def test_a_name_in_capitals_read_as_an_adverb_is_the_subject(pipeline, text, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SANCTION"
    assert primary.source and primary.source[0].name in ("USAID", "UNHCR")
    assert (primary.target[0].country if primary.target else None) == target


@pytest.mark.parametrize("text, country", [
    ("WASHINGTON (AP) - Sudanese army troops clashed with paramilitary fighters in the capital on Sunday.",
     "SDN"),
    ("PARIS (AFP) - Malian soldiers and Russian mercenaries killed 20 civilians in a village, witnesses "
     "said.", "MLI"),
])
def test_a_foreign_dateline_gives_no_country_to_the_story(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert all(a.country == country for a in primary.target)
    assert primary.location is not None and primary.location.country == country


@pytest.mark.parametrize("text, country", [
    ("WASHINGTON (Reuters) - Protesters rallied outside the White House on Saturday.", "USA"),
    ("LONDON (Reuters) - British police arrested two Iranian men on Monday.", "GBR"),
    ("KARACHI, Pakistan (AP) - Police arrested 12 men on Monday.", "PAK"),
])
def test_controls_a_dateline_in_the_story_country_keeps_it(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.source[0].country == country


@pytest.mark.parametrize("text, country", [
    ("Clashes between Nuer and Murle youths in Pibor left 35 dead, South Sudan's information minister said.",
     "SSD"),
    ("Fighting between Arab and Kotoko militias in Cameroon's Far North region killed 22 people.", "CMR"),
])
def test_peoples_listed_before_their_youths_are_no_towns(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.location is not None and primary.location.country == country
    assert all(a.country == country for a in primary.source + primary.target)


@pytest.mark.parametrize("text, country", [
    ("Nigeria: gunmen kill 30 in Plateau village raid.", "NGA"),
    ("Kenya: bandits kill five in Baringo attack.", "KEN"),
])
def test_a_headline_label_is_no_doer(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.source and primary.source[0].sector != "GOV"
    assert primary.source[0].country == country


def test_ballot_boxes_snatched_are_seized(pipeline) -> None:
    primary = _primary(pipeline, "Armed thugs snatched ballot boxes at several polling units in Lagos.")
    assert primary.plover["type"] == "COERCE"
    assert primary.acled["sub_event_type"] == "Looting/property destruction"


def test_control_a_child_snatched_is_abducted(pipeline) -> None:
    primary = _primary(pipeline, "Gunmen snatched a child from her home in Zamfara.")
    assert primary.acled["sub_event_type"] == "Abduction/forced disappearance"


@pytest.mark.parametrize("text, target", [
    ("India accused Pakistan of sponsoring terrorism in Kashmir and demanded that it hand over 20 suspects.",
     "PAK"),
    ("China condemned Japan and demanded that it apologise.", "JPN"),
])
def test_it_in_a_demand_is_the_state_blamed_before(pipeline, text, target) -> None:
    demand = _event(pipeline, text, "demanded")
    assert [a.country for a in demand.target] == [target]
    assert demand.target[0].sector == "GOV"


def test_control_it_after_a_body_named_without_a_country(pipeline) -> None:
    demand = _event(pipeline, "The company sued the government and demanded that it pay compensation.",
                    "demanded")
    assert all(a.sector != "GOV" or a.country is None for a in demand.target)


@pytest.mark.parametrize("text, plover", [
    ("Israel eased the closure of the West Bank, allowing 10,000 Palestinian workers to return to work.",
     "CONCEDE"),
    ("Israel lifted the closure of the Gaza Strip on Sunday.", "CONCEDE"),
    ("The army relaxed the lockdown in Srinagar.", "CONCEDE"),
    ("Israel imposed a closure on the West Bank after the bombing.", "COERCE"),
    # control: the closure itself
    ("The closure of the border crossing angered traders.", "COERCE"),
])
def test_a_closure_lifted_is_a_concession_and_one_imposed_coercion(pipeline, text, plover) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover


@pytest.mark.parametrize("text, source, target", [
    ("The ambassador in Moscow was withdrawn for consultations, the foreign ministry in Vilnius said.",
     ["LTU"], ["RUS"]),
    ("The ambassador in Moscow was recalled for consultations.", [], ["RUS"]),
    # controls: the envoy's own state named
    ("Lithuania's ambassador in Moscow was recalled for consultations.", ["LTU"], ["RUS"]),
    ("Israel's ambassador to Turkey was recalled.", ["ISR"], ["TUR"]),
])
def test_an_envoy_told_by_the_post_is_not_of_the_host(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert [a.country for a in primary.source] == source
    assert [a.country for a in primary.target] == target


@pytest.mark.parametrize("text, country", [
    ("KYIV (Reuters) - Russian troops shelled a power plant on Friday, the defence ministry said.", "UKR"),
    ("MOSCOW (Reuters) - Ukrainian drones attacked an oil depot on Friday, the governor said.", "RUS"),
])
def test_a_dateline_near_the_news_keeps_its_country(pipeline, text, country) -> None:
    assert _primary(pipeline, text).location.country == country


@pytest.mark.parametrize("text, plover", [
    ("French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.",
     "COOPERATE"),
    ("Indian and French navies began joint exercises off Goa.", "COOPERATE"),
    # controls: one state's forces
    ("Russian warships held war games in the Baltic Sea.", "MOBILIZE"),
    ("China's People's Liberation Army launched large-scale drills around Taiwan on Saturday.", "MOBILIZE"),
])
def test_drills_of_two_states_together_are_cooperation(pipeline, text, plover) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, source, target", [
    ("Indian PM Modi arrives in Washington for state visit", "IND", "USA"),
    ("Macron arrived in Beijing on Wednesday for a three-day state visit.", "FRA", "CHN"),
])
def test_a_state_visit_has_its_visitor(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "CONSULT"
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


def test_control_state_media_still_speak(pipeline) -> None:
    primary = _primary(pipeline, "State media accused Washington of provoking the crisis.")
    assert primary.source and primary.source[0].sector is not None


@pytest.mark.parametrize("text, plover", [
    ("Hungary blocks EU accession talks with Ukraine", "REJECT"),
    ("The Senate blocked the trade bill.", "REJECT"),
    # control: a road blocked by a crowd
    ("Protesters blocked the highway to the port for six hours.", "PROTEST"),
])
def test_talks_blocked_by_a_member_are_vetoed(pipeline, text, plover) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, target", [
    ("Germany pledged 500 million euros to help rebuild Afghanistan.", ["AFG"]),
    # controls: the one helped named as the subject of the helped verb, or no one
    ("Britain promised to help Kenya fight terrorism.", ["KEN"]),
    ("The company pledged to help rebuild the school.", []),
])
def test_a_pledge_to_help_rebuild_a_state_is_aimed_at_it(pipeline, text, target) -> None:
    primary = _primary(pipeline, text)
    assert [a.country for a in primary.target if a.sector == "GOV"] == target


@pytest.mark.parametrize("text, visitor, host", [
    ("Saudi crown prince receives Syria's Assad in Jeddah", "SYR", "SAU"),
    ("Egypt's Sisi receives Sudan's Burhan in Cairo", "SDN", "EGY"),
])
def test_a_leader_received_by_name_visits(pipeline, text, visitor, host) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "visit")
    assert [a.country for a in primary.source] == [visitor]
    assert [a.country for a in primary.target] == [host]


@pytest.mark.parametrize("text, plover", [
    ("Ukraine received Patriot missiles from Germany.", "AID"),
    ("Egypt received $3 billion in aid from Saudi Arabia.", "AID"),
])
def test_controls_things_received_stay_aid(pipeline, text, plover) -> None:
    assert _primary(pipeline, text).plover["type"] == plover
