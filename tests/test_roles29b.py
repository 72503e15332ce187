"""Round roles29b: sources and targets the first round of session 29 left as gaps (docs/quality.md, "PLOVER
roles left by the first round"). Each rule has texts where it must give the country and controls where it
must not; the sentences are written for these tests."""

from __future__ import annotations

import pytest


def _primary(events_of, text: str):  # noqa: ANN001, ANN202 - the session fixture and an event
    return next(e for e in events_of(text, "1996-05-14") if e.primary)


def _countries(event) -> tuple[str | None, str | None]:  # noqa: ANN001 - an event
    source = event.source[0].country if event.source else None
    target = event.target[0].country if event.target else None
    return source, target


# (text, source country, target country) with the rule that must give them
FIRES = [
    # a trigger phrase's own noun stands for the one its "of" names
    ("Iran came to the defence of Iraq at an Arab League meeting on Sunday, the state news agency said.",
     "IRN", "IRQ"),
    # "in protest against X's deed": the deed's owner is the target of the crowd's act
    ("Bangladeshi traders closed their market stalls in protest against India's border fence on Monday, "
     "local officials said.", "BGD", "IND"),
    ("Greek dock workers stopped work in protest against the embargo by Turkey on Friday, the union said.",
     "GRC", "TUR"),
    # forces the object is "of", placed beside another state
    ("Hungary raised the readiness of its troops along the frontier with Serbia on Wednesday, the defence "
     "ministry said.", "HUN", "SRB"),
    # a passive expulsion told with the place sent out of: that place's state sends them
    ("Four Iranian diplomats were ordered out of Baghdad on Thursday, the Iraqi foreign ministry said.",
     "IRQ", "IRN"),
    ("Two Chinese journalists were expelled from New Delhi on Tuesday, an official said.", "IND", "CHN"),
    # the object glued before a phrase trigger
    ("Latvia declared an Estonian consul persona non grata on Monday, the foreign ministry said.",
     "LVA", "EST"),
    # a people's rebels in a state their rebels fight
    ("Troops in Burundi killed 40 Hutu rebels near the border with Tanzania on Saturday, the army said.",
     "BDI", "BDI"),
]

CONTROLS = [
    # the phrase's "of" names no actor: no target from it
    ("Iran came to the defence of its nuclear programme on Sunday, the state news agency said.", "IRN", None),
    # "in protest" with nothing protested against: no target
    ("Bangladeshi traders closed their market stalls in protest on Monday, local officials said.",
     "BGD", None),
    # the place is no part of the object's forces: no target
    ("Hungary raised the readiness of its troops on Wednesday, a week after its president visited Serbia, "
     "the defence ministry said.", "HUN", None),
    # told in the active: the subject expels, whatever place they leave
    ("Iraq ordered four Iranian diplomats out of the country on Thursday, the foreign ministry said.",
     "IRQ", "IRN"),
    # a phrase trigger with its own modifier: the modifier is no target
    ("Latvia held peace talks with Estonia in Riga on Monday, officials said.", "LVA", "EST"),
    # a people's rebels elsewhere keep their first country: Hutu rebels raiding from Congo are Rwanda's
    ("Hutu rebels based in eastern Congo attacked a village in Rwanda on Sunday, officials in Kigali said.",
     "RWA", "RWA"),
]


@pytest.mark.parametrize("text, source, target", FIRES)
def test_the_rule_gives_the_side(events_of, text: str, source: str, target: str) -> None:
    assert _countries(_primary(events_of, text)) == (source, target)


@pytest.mark.parametrize("text, source, target", CONTROLS)
def test_the_rule_does_not_fire(events_of, text: str, source: str, target: str | None) -> None:
    assert _countries(_primary(events_of, text)) == (source, target)


@pytest.mark.parametrize("phrase, country", [
    ("a former ambassador to Moscow", None),  # sent to Russia: not Russia's
    ("the envoy to Damascus", None),
    ("Britain's ambassador to Moscow", "GBR"),  # his own state named before him
    ("the French ambassador to Syria", "FRA"),
    ("the Russian ambassador", "RUS"),  # controls: no "to"
    ("the ambassador in Moscow", "RUS"),
])
def test_an_envoy_to_a_state_is_not_of_it(phrase: str, country: str | None) -> None:
    from chronica.actors.resolve import ActorResolver

    actor = ActorResolver().resolve(phrase, date="1996-05-14", where="RUS", focus="RUS")
    assert actor is not None and actor.country == country


@pytest.mark.parametrize("text, target", [
    # captives freed in the passive are the target, not those they are handed to
    ("Two Japanese engineers held by gunmen for a month were handed over to Colombian police on Friday, the "
     "embassy in Bogota said.", "JPN"),
    # controls: aid handed over in the passive goes to its receivers; a suspect handed over by a state is
    # extradited to the receiving state
    ("Blankets and tents were handed over to Afghan refugees near the border on Monday, aid workers said.",
     "AFG"),
    ("A bombing suspect was handed over to French police by Spain on Friday, officials in Madrid said.",
     "FRA"),
])
def test_the_freed_are_the_target_of_a_passive_release(events_of, text: str, target: str) -> None:
    assert _countries(_primary(events_of, text))[1] == target


@pytest.mark.parametrize("text, target", [
    # those deported with no country of their own are not the deporting state's
    ("Egypt deported 60 suspected militants to Sudan on Tuesday, the interior ministry in Cairo said.", None),
    # controls: a nationality named keeps it; a detention is no sending away
    ("Egypt deported 60 Sudanese militants to Khartoum on Tuesday, the interior ministry said.", "SDN"),
    ("Egyptian police detained 60 suspected militants in Cairo on Tuesday, the interior ministry said.",
     "EGY"),
])
def test_the_deported_are_not_the_deporters(events_of, text: str, target: str | None) -> None:
    assert _countries(_primary(events_of, text))[1] == target


@pytest.mark.parametrize("text, target", [
    # the one helped, told as the subject of the clause after "help"
    ("Japan promised to help Vietnam modernise its ports on Monday, the foreign ministry said.", "VNM"),
    # a readiness told as a noun: the clause after it names the other side
    ("Syria declared its readiness to negotiate with Jordan on water on Friday, the state news agency said.",
     "JOR"),
    # controls: no one helped is named; a readiness with no other side
    ("Japan promised to help modernise the ports on Monday, the foreign ministry said.", None),
    ("Syria expressed its willingness to talk on Friday, the state news agency said.", None),
])
def test_the_one_helped_or_negotiated_with(events_of, text: str, target: str | None) -> None:
    assert _countries(_primary(events_of, text))[1] == target

