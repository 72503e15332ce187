"""South Asian news (round league50): "League" in a party's name ("Awami League activists", "Jubo League
cadres", "the National League for Democracy") names no game, so a party's attack, clash or raid is no sport;
the passive and compound-subject parses of "lathi-charged", "cane-charged" are mended; "gheraoed" and
"lathicharged" are verbs; "lakh" and "crore" multiply a count ("2 lakh people": 200,000), and "went on strike"
gives its strikers' number as the crowd's size. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="league50", published="2024-05-10"))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a party whose name holds "League" attacks, clashes or raids: violence, not sport
@pytest.mark.parametrize("text, word, source", [
    ("Awami League activists attacked the convoy of BNP leader Mirza Fakhrul in Sylhet.", "attacked",
     ("Awami League", "BGD")),
    ("Chhatra League activists clashed with Chhatra Dal activists at Dhaka University.", "clashed",
     ("Chhatra League", "BGD")),
    ("Pakistan Muslim League-Nawaz workers clashed with PTI supporters in Sialkot.", "clashed",
     ("Rioters (Pakistan)", "PAK")),
    ("Supporters of the National League for Democracy were attacked by USDP members in Mandalay.", "attacked",
     ("USDP", "MMR")),
    ("Muslim League workers attacked the convoy of the Congress candidate in Malappuram.", "attacked",
     ("IUML", "IND")),
    ("Jubo League cadres stormed the upazila parishad office in Sirajganj.", "stormed",
     ("Jubo League", "BGD")),
    ("Swechchhasebak League men raided the house of a BNP councillor in Bogura.", "raided",
     ("Swechchhasebak League", "BGD")),
    ("Awami League activists attacked a BNP procession in Sylhet.", "attacked", ("Awami League", "BGD")),
    ("Awami League men attack BNP rally in Feni", "attack", ("Awami League", "BGD")),
    # variants: another wing, a wing the lexicon does not know, a name after "of the"
    ("Awami Jubo League activists attacked a BNP leader's house in Chattogram.", "attacked",
     ("Jubo League", "BGD")),
    ("Krishak League men attacked a BNP leader in Natore.", "attacked", ("Rioters (Bangladesh)", "BGD")),
    ("Activists of the Chhatra League stormed a hostel at Rajshahi University.", "stormed",
     ("Chhatra League", "BGD")),
])
def test_a_party_league_is_no_game(pipeline, text: str, word: str, source: tuple) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover.get("type")) == (word, "ASSAULT")
    assert _actors(event.source) == [source]


CONTROLS_SPORT = [
    "Manchester United beat Liverpool 2-1 in the Premier League on Sunday.",
    "Lahore Qalandars beat Karachi Kings by six wickets in the Pakistan Super League.",
    "Mohun Bagan defeated East Bengal 3-1 in the I-League derby.",
    "Two Premier League sides clashed in the FA Cup on Saturday.",
    "Super League clubs clashed over the fixture list.",
    "League leaders Arsenal crushed Chelsea 4-0.",
]


@pytest.mark.parametrize("text", CONTROLS_SPORT)
def test_league_controls_sport(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("type") == "ASSAULT"]


@pytest.mark.parametrize("text, word, kind, source", [
    ("Awami League activists killed a BNP worker in Feni.", "killed", "ASSAULT", ("Awami League", "BGD")),
    ("The Awami League attacked the government's economic policy in parliament.", "attacked", "ACCUSE",
     ("Awami League", "BGD")),
    # the supporters' riot, the police its target (clashed52)
    ("Police clashed with Awami League supporters in Gopalganj.", "clashed", "PROTEST",
     ("Rioters (Bangladesh)", "BGD")),
    ("Fans clashed with police after the Indian Premier League match in Kolkata.", "clashed", "ASSAULT",
     ("Rioters (India)", "IND")),
    ("Ruling party activists attacked the convoy of BNP leader Khaleda Zia in Sylhet.", "attacked", "ASSAULT",
     ("Rioters (Bangladesh)", "BGD")),
])
def test_league_controls(pipeline, text: str, word: str, kind: str, source: tuple) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover.get("type")) == (word, kind)
    assert _actors(event.source) == [source]


# 2. "lathi-charged", "cane-charged", "lathicharged": a baton charge by the police, whatever the parse
@pytest.mark.parametrize("text, word, source, target", [
    ("Police lathi-charged students protesting against the fee hike outside Patna University on Monday.",
     "charged", ("Police Forces of India", "IND"), ("Protesters (India)", "IND")),
    ("Police lathi-charged Congress workers in Salem after they tried to gherao the collectorate.", "charged",
     ("Police Forces of India", "IND"), ("Protesters (India)", "IND")),
    ("The protesters were lathi-charged by police near the Vidhan Sabha in Bhopal.", "charged",
     ("Police Forces of India", "IND"), ("Protesters (India)", "IND")),
    ("Students were cane-charged by police in Lahore as they marched towards the Punjab Assembly.", "charged",
     ("Police Forces of Pakistan", "PAK"), ("Protesters (Pakistan)", "PAK")),
    ("Police lathicharged the agitating teachers in Jaipur.", "lathicharged",
     ("Police Forces of India", "IND"), ("Teachers (India)", "IND")),
    # variants
    ("Hundreds of protesters were lathi-charged by police in Guwahati.", "charged",
     ("Police Forces of India", "IND"), ("Protesters (India)", "IND")),
    ("Police lathi-charged farmers blocking the highway near Karnal.", "charged",
     ("Police Forces of India", "IND"), ("Protesters (India)", "IND")),
    ("Police lathi-charged protesters outside the municipal office in Kanpur.", "charged",
     ("Police Forces of India", "IND"), ("Protesters (India)", "IND")),
])
def test_a_baton_charge(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.cameo.get("code")) == (word, "175")
    assert (_actors(event.source), _actors(event.target)) == ([source], [target])


@pytest.mark.parametrize("text, word, code", [
    ("Police baton-charged the protesting nurses in Karachi.", "charged", "175"),
    ("Police resorted to a lathi-charge to disperse the protesters in Ranchi.", "disperse", "175"),
    ("Police charged the former minister with corruption in Chennai.", "charged", "112"),
    ("Congress workers staged a dharna outside the district collectorate in Lucknow.", "dharna", "141"),
    ("Traders observed a complete bandh in Srinagar on Friday.", "bandh", "143"),
])
def test_baton_charge_controls(pipeline, text: str, word: str, code: str) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.cameo.get("code")) == (word, code)


# 3. "gheraoed": a crowd surrounds an official or an office to press a demand
@pytest.mark.parametrize("text, source, target", [
    ("Hundreds of villagers gheraoed the Block Development Officer in Nadia district demanding compensation.",
     ("Protesters (India)", "IND"), None),
    ("Angry residents gheraoed the local police station in Howrah after the death of a youth.",
     ("Protesters (India)", "IND"), ("Police Forces of India", "IND")),
    ("Students gheraoed the vice-chancellor for six hours at Jadavpur University.", ("Protesters", None),
     None),
    ("Farmers gheraoed the sub-divisional office in Bathinda over the delay in procurement.",
     ("Protesters (India)", "IND"), None),
])
def test_a_gherao(pipeline, text: str, source: tuple, target: tuple | None) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.cameo.get("code")) == ("gheraoed", "141")
    assert _actors(event.source) == [source]
    if target is not None:
        assert _actors(event.target) == [target]


# 4. lakh and crore multiply a count; strikers who "went on strike" give a crowd's size
@pytest.mark.parametrize("text, field, value", [
    ("Over 2 lakh people rallied in Dhaka in support of the Awami League.", "size", 200000),
    ("Nearly three lakh farmers marched to Mumbai demanding loan waivers.", "size", 300000),
    ("About 1.5 lakh workers went on strike across Kerala on Tuesday.", "size", 150000),
    ("Police arrested over one lakh opposition activists during the crackdown, the BNP said.", "arrested",
     100000),
    # variants
    ("About 150,000 workers went on strike across Kerala on Tuesday.", "size", 150000),
    ("Nearly one crore people joined the protest across Uttar Pradesh.", "size", 10000000),
    ("Police detained two lakh people across the state ahead of the bandh.", "arrested", 200000),
    # controls
    ("Around 50,000 people rallied in Lahore on Sunday.", "size", 50000),
    ("Police arrested 1,200 PTI workers across Punjab ahead of the planned march.", "arrested", 1200),
    ("About 2.5 million workers went on strike across France on Tuesday.", "size", 2500000),
])
def test_lakh_and_crore(pipeline, text: str, field: str, value: int) -> None:
    assert getattr(_primary(pipeline, text), field) == value


@pytest.mark.parametrize("text", [
    "The government announced compensation of Rs 10 lakh to the families of the deceased.",
    "The minister announced a grant of Rs 5 crore for the flood-hit villages.",
])
def test_lakh_money_controls(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.size or e.arrested or e.fatalities]
