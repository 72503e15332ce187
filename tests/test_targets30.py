"""Round targets30: sources and targets told the way 1990s wire ledes tell them (docs/quality.md, "PLOVER
targets audit B"). Each rule has texts where it must give the country and controls where it must not; the
sentences are written for these tests, none is a row of tests/data/plover_targets_b.yaml."""

from __future__ import annotations

import pytest


def _primary(events_of, text: str):  # noqa: ANN001, ANN202 - the session fixture and an event
    return next(e for e in events_of(text, "1995-06-14") if e.primary)


def _countries(event) -> tuple[str | None, str | None]:  # noqa: ANN001 - an event
    source = event.source[0].country if event.source else None
    target = event.target[0].country if event.target else None
    return source, target


# (text, source country, target country) with the rule that must give them
FIRES = [
    # a broadcast "monitored in" a city was only heard there: not the story's country
    ("The rebel radio accused the Hutu-dominated army on Tuesday of killing villagers near Butare, in a "
     "broadcast monitored in Nairobi.", "RWA", "RWA"),
    # a federation's adjective before "republic of X": the state is X
    ("Turkey closed its border with the former Soviet republic of Armenia on Monday, the foreign ministry "
     "said.", "TUR", "ARM"),
    ("Iran criticised the former Soviet republic of Azerbaijan on Friday for its ties with Israel, Tehran "
     "radio said.", "IRN", "AZE"),
    ("Thousands of Albanians marched through Tirana on Sunday to protest against the former Yugoslav "
     "republic of Macedonia over its new language law.", "ALB", "MKD"),
    # settlers told with no country in the West Bank are Israel's
    ("Settlers attacked a Palestinian farmer and burned his olive trees near Nablus on Tuesday, residents "
     "said.", "ISR", "PSE"),
    # "across the X", "in the X": a place, not the addressee of a protest
    ("Palestinian shopkeepers went on strike across the Gaza Strip on Friday in protest against the "
     "shooting of a boy by Israeli soldiers.", "PSE", "ISR"),
    # the talks a "round" is of say whom it is with
    ("Kurdish rebels held a third round of talks with a Turkish government delegation in Geneva on "
     "Thursday, a spokesman for the rebels said.", "TUR", "TUR"),
    # a person of no known country who takes up or leaves an office of a state is that state's
    ("Haris Silajdzic resigned as Bosnia's prime minister on Tuesday, saying he had lost the confidence of "
     "the presidency.", "BIH", None),
    ("General Ibrahim Sadiq stepped down as commander of the Sudanese army on Friday, state radio said.",
     "SDN", None),
    # state newspapers that accuse or praise are their state's
    ("The People's Daily accused Washington on Monday of meddling in China's internal affairs over Tibet.",
     "CHN", "USA"),
    ("Pravda condemned the American air strikes on Iraq on Friday as a violation of international law.",
     "RUS", "USA"),
    # the forces a state moves are its own; the place beside them names the one aimed at
    ("Syria moved two divisions of its army toward the border with Jordan on Sunday, Western diplomats said.",
     "SYR", "JOR"),
    # a town's name after a place noun and its owner ("the Chechen capital Grozny")
    ("Russian artillery shelled the Chechen capital Grozny on Friday, a day after peace talks collapsed, "
     "Itar-Tass said.", "RUS", "RUS"),
    # an enclave named as hit gives its country
    ("Serb gunners shelled the enclave of Gorazde on Monday, a United Nations spokesman said.", "SRB", "BIH"),
]

# (text, source country, target country) where the rule must not fire
CONTROLS = [
    # a place named as where police acted stays their country ("monitored" with no broadcast)
    ("Police in Kampala monitored the border crossings on Monday and arrested three smugglers.", "UGA",
     "UGA"),
    # a federation's name as the actor is kept: no state named after "of"
    ("The Soviet government accused Lithuania on Monday of breaking the constitution, Tass said.", "RUS",
     "LTU"),
    # settlers of a named people or elsewhere keep their country
    ("Fulani settlers clashed with local farmers in Plateau state on Sunday, police said.", "NGA", "NGA"),
    # a country after a preposition other than a place word still names the addressee
    ("Thousands of Iranians marched in Tehran on Friday, chanting slogans against the United States.", "IRN",
     "USA"),
    # the venue of a round of talks is no party
    ("Israel and Syria began a new round of talks at the State Department in Washington on Monday, an "
     "American official said.", "ISR", "SYR"),
    # an office of no state gives no country
    ("John Smith resigned as chairman of the company on Tuesday after a row with shareholders.", None, None),
    # an agency that only reports is not the source
    ("Iraq threatened on Thursday to shoot down American spy planes, the official Iraqi News Agency said.",
     "IRQ", "USA"),
    # another state's forces a mobilisation is aimed at stay its target
    ("Russia sent troops on Monday to help Armenian forces in Nagorno-Karabakh, the Interfax agency said.",
     "RUS", "ARM"),
    # a town's name after a place noun with no owner gives no country
    ("Sudanese rebels shelled the southern town Kapoeta on Sunday, relief officials said.", "SDN", None),
]


@pytest.mark.parametrize("text, source, target", FIRES, ids=[t[:40] for t, _, _ in FIRES])
def test_the_rule_gives_the_side(events_of, text: str, source: str | None, target: str | None) -> None:
    got = _countries(_primary(events_of, text))
    assert got == (source, target), got


@pytest.mark.parametrize("text, source, target", CONTROLS, ids=[t[:40] for t, _, _ in CONTROLS])
def test_the_rule_does_not_fire(events_of, text: str, source: str | None, target: str | None) -> None:
    got = _countries(_primary(events_of, text))
    assert got == (source, target), got
