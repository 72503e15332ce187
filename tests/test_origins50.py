"""Where people and words come from (round origins50). A capital that only speaks or is accused ("...,
Ankara said", "accusing Moscow of ...") is a government, not the event's place: it is no fallback town of the
event, it qualifies no name before it ("near Tal Abyad, Ankara said" is not a Tal Abyad of Ankara province)
and casts no vote for the story's places; the event falls to its sentence's own place or to the country. The
place people came from, told in a clause of their own ("migrants who had crossed from Serbia", "smugglers
trying to cross from Syria"), is behind them: no event's place, no country of the story, of the people or of
the doers' being abroad. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    events = pipeline.code(document_from_text(text, doc_id="origins50"))
    return next(e for e in events if e.trigger.text == word)


def _place(event) -> tuple[str | None, str | None, int | None]:
    loc = event.location
    return (loc.name, loc.country, loc.precision) if loc is not None else (None, None, None)


# 1. a capital that speaks or is accused is no place of the event: the sentence's own place, else the country
@pytest.mark.parametrize("text, word, place", [
    ("Turkish troops shelled Kurdish positions near Tal Abyad, Ankara said.", "shelled",
     ("Tall Abyaḑ", "SYR", 1)),
    ("Eritrean troops killed 20 civilians near the border, Addis Ababa said.", "killed",
     ("Ethiopia", "ETH", 4)),
    ("Israeli troops shot dead two Lebanese shepherds near the border, Beirut said.", "shot dead",
     ("Lebanon", "LBN", 4)),
    ("Indian troops opened fire on Chinese soldiers near the border, Beijing said on Tuesday.", "opened fire",
     ("China", "CHN", 4)),
    ("Venezuelan troops detained six Colombian soldiers near the border, Bogota said.", "detained",
     ("Colombia", "COL", 4)),
    ("Afghan forces fired mortars at a Pakistani border post, Islamabad said.", "fired",
     ("Pakistan", "PAK", 4)),
    ("Chinese coast guard ships blocked two Philippine supply boats near the shoal, Manila said.", "blocked",
     ("Philippines", "PHL", 4)),
    ("Armenian troops opened fire on Azerbaijani positions near the border, Baku said.", "opened fire",
     ("Azerbaijan", "AZE", 4)),
    ("Finland closed all crossing points on its border with Russia, accusing Moscow of sending asylum "
     "seekers.", "closed", ("Finland", "FIN", 4)),
    # variants: other capitals, verbs of saying and accusing; a town of the sentence before the capital
    ("Azerbaijani troops shelled Armenian positions near the border, Yerevan said.", "shelled",
     ("Armenia", "ARM", 4)),
    ("Sudanese troops killed 12 Ethiopian farmers near the border, Addis Ababa alleged.", "killed",
     ("Ethiopia", "ETH", 4)),
    ("Pakistani forces fired mortars at an Afghan border post, Kabul said on Monday.", "fired",
     ("Afghanistan", "AFG", 4)),
    ("Ethiopian troops clashed with Sudanese soldiers near the border, Khartoum claimed.", "clashed",
     ("Sudan", "SDN", 4)),
    ("Lithuania closed two border crossings, accusing Minsk of pushing migrants across.", "closed",
     ("Lithuania", "LTU", 4)),
    ("Taliban fighters shelled Pakistani border posts near Chaman, Islamabad said.", "shelled",
     ("Chaman", "PAK", 1)),
    ("Rwandan troops shelled villages near Goma, Kinshasa said.", "shelled", ("Goma", "COD", 1)),
    ("Russian drones struck Kharkiv overnight, Kyiv said.", "drones struck", ("Kharkiv", "UKR", 1)),
])
def test_a_speaking_capital_is_no_place(pipeline, text: str, word: str, place: tuple) -> None:
    assert _place(_event(pipeline, text, word)) == place


@pytest.mark.parametrize("text, word, capital", [
    # the item asks for no town here; the country is the story's
    ("Belarusian troops fired shots into the air to drive migrants toward the Polish border, Warsaw "
     "alleged.", "fired", "Warsaw"),
    ("Russian warplanes bombed a Turkmen village near the border, Ankara said.", "bombed", "Ankara"),
    ("Iranian gunboats harassed a US destroyer in the Gulf, Washington said.", "harassed", "Washington"),
])
def test_a_speaking_capital_gives_no_town(pipeline, text: str, word: str, capital: str) -> None:
    event = _event(pipeline, text, word)
    assert event.location is None or (event.location.precision == 4 and event.location.admin1 != capital)


@pytest.mark.xfail(strict=True, reason="'the Gulf' alone is no listed sea area: the story's country (USA, "
                   "from 'US destroyer' and the speaker) is the place, and the gunboats are abroad there")
def test_the_gulf_is_no_american_place(pipeline) -> None:
    text = "Iranian gunboats harassed a US destroyer in the Gulf, Washington said."
    event = _event(pipeline, text, "harassed")
    assert event.location is not None and event.location.country != "USA"


@pytest.mark.parametrize("text, word, place", [
    # controls: a capital that is the place (locative, struck, passive subject), a place in the doers' phrase
    ("Russian forces shelled border villages in the Sumy region, Kyiv said.", "shelled", ("Sumy", "UKR", 3)),
    ("Ethiopian militias attacked Sudanese farmers in al-Fashaga, the Sudanese army said.", "attacked",
     ("Al Fashaga", "SDN", 3)),
    ("The defence ministry in Ankara said Russian jets bombed a village near Yayladagi.", "bombed",
     ("Yayladağı", "TUR", 1)),
    ("Police in Kabul arrested five men on Sunday.", "arrested", ("Kabul", "AFG", 1)),
    ("Protesters rallied outside parliament in Warsaw on Saturday.", "rallied", ("Warsaw", "POL", 1)),
    ("Kyiv was hit by a wave of drones overnight, officials said.", "hit", ("Kyiv", "UKR", 1)),
    ("Russian drones struck Kyiv overnight, Ukraine's air force said.", "drones struck", ("Kyiv", "UKR", 1)),
    ("Khartoum was shelled by the RSF on Sunday, the army said.", "shelled", ("Khartoum", "SDN", 1)),
    ("Clashes broke out in Tripoli overnight, officials said.", "Clashes", ("Tripoli", "LBY", 1)),
    ("Kyiv said Russian missiles struck Dnipro.", "struck", ("Dnipro", "UKR", 1)),
])
def test_speaking_capital_controls(pipeline, text: str, word: str, place: tuple) -> None:
    assert _place(_event(pipeline, text, word)) == place


def test_a_speaking_capital_still_speaks(pipeline) -> None:
    """The capital stays the speaker of its own allegation (its government), placed in its country."""
    event = _event(pipeline, "Sudanese troops killed 12 Ethiopian farmers near the border, Addis Ababa "
                   "alleged.", "alleged")
    assert [(a.name, a.country) for a in event.source] == [("Government of Ethiopia", "ETH")]
    assert _place(event) == ("Ethiopia", "ETH", 4)


# 2. where people came from, in a clause of their own, is behind them: the doers act at home
@pytest.mark.parametrize("text, word, place, doer", [
    ("Hungarian police detained 60 migrants who had crossed from Serbia overnight.", "detained",
     ("Hungary", "HUN"), ("HUN", 1)),
    ("Slovenian police arrested 45 migrants who entered from Croatia on foot.", "arrested",
     ("Slovenia", "SVN"), ("SVN", 1)),
    ("Bulgarian border police beat a group of Afghans who crossed from Turkey.", "beat", ("Bulgaria", "BGR"),
     ("BGR", 1)),
    ("Jordanian troops killed four drug smugglers trying to cross from Syria.", "killed", ("Jordan", "JOR"),
     ("JOR", 1)),
    ("Iranian border guards shot dead two Afghan men trying to enter from Afghanistan.", "shot dead",
     ("Iran", "IRN"), ("IRN", 1)),
    ("Spanish police detained 90 migrants who swam from Morocco to Ceuta.", "detained", ("Ceuta", "ESP"),
     ("ESP", 1)),
    ("Greek police arrested 30 migrants who arrived from Turkey on a dinghy.", "arrested", ("Greece", "GRC"),
     ("GRC", 1)),
    ("Italian police arrested two smugglers on a boat that sailed from Libya.", "arrested", ("Italy", "ITA"),
     ("ITA", 1)),
    ("Police in Lampedusa arrested three Tunisian smugglers who sailed from Sfax.", "arrested",
     ("Lampedusa", "ITA"), ("ITA", 1)),
    ("Ukrainian border guards shot dead a man who tried to cross from Transnistria.", "shot dead",
     ("Ukraine", "UKR"), ("UKR", 1)),
    ("Greek police used tear gas to push back migrants trying to cross the Evros river from Turkey.", "used",
     ("Greece", "GRC"), ("GRC", 1)),
    ("Polish soldiers fired warning shots as migrants tried to breach the border fence from Belarus.",
     "fired", ("Poland", "POL"), ("POL", 1)),
    # variants: other verbs of crossing, other borders
    ("Croatian police arrested 25 migrants who had crossed from Bosnia overnight.", "arrested",
     ("Croatia", "HRV"), ("HRV", 1)),
    ("Polish border guards detained 15 migrants who crossed from Belarus on Tuesday.", "detained",
     ("Poland", "POL"), ("POL", 1)),
    ("Romanian police arrested a smuggler who drove from Hungary with eight migrants.", "arrested",
     ("Romania", "ROU"), ("ROU", 1)),
    ("Lebanese troops arrested 30 Syrians who had sneaked in from Syria.", "arrested", ("Lebanon", "LBN"),
     ("LBN", 1)),
])
def test_where_they_came_from_is_no_place(pipeline, text: str, word: str, place: tuple, doer: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _place(event)[:2] == place
    assert (event.source[0].country, event.source[0].inter) == doer


@pytest.mark.parametrize("text, word, origin", [
    ("Hungarian police detained 60 migrants who had crossed from Serbia overnight.", "detained", "SRB"),
    ("Slovenian police arrested 45 migrants who entered from Croatia on foot.", "arrested", "HRV"),
    ("Jordanian troops killed four drug smugglers trying to cross from Syria.", "killed", "SYR"),
    ("Italian police arrested two smugglers on a boat that sailed from Libya.", "arrested", "LBY"),
    ("Ukrainian border guards shot dead a man who tried to cross from Transnistria.", "shot dead", "MDA"),
])
def test_where_they_came_from_is_not_their_country(pipeline, text: str, word: str, origin: str) -> None:
    assert all(a.country != origin for a in _event(pipeline, text, word).target)


@pytest.mark.parametrize("text, word, place", [
    # controls: a locative place of the clause, the trigger's own "from", a deed done where it says
    ("Hungarian police detained 60 migrants who had crossed from Serbia near Roszke.", "detained",
     ("Röszke", "HUN")),
    ("Polish soldiers detained 30 Iraqis who climbed the fence from Belarus near Kuznica.", "detained",
     ("Kuźnica", "POL")),
    ("Croatian police pushed back 70 migrants who had walked from Bosnia through the forest.", "pushed",
     ("Croatia", "HRV")),
    ("Jordanian troops killed four drug smugglers on the border with Syria.", "killed", ("Jordan", "JOR")),
    ("The United States deported 120 Guatemalans from Texas to Guatemala City.", "deported",
     ("Guatemala City", "GTM")),
    ("Croatian police fired shots to stop a van of migrants coming from Bosnia.", "fired",
     ("Croatia", "HRV")),
    ("Police in Serbia detained 20 migrants who came from Kosovo.", "detained", ("Serbia", "SRB")),
    ("Rebels crossed from Sudan and attacked a village.", "attacked", ("Sudan", "SDN")),
    ("Russian forces shelled Sumy from Belgorod.", "shelled", ("Sumy", "UKR")),
    ("Migrants who crossed from Serbia clashed with Hungarian police near Roszke.", "clashed",
     ("Röszke", "HUN")),
])
def test_came_from_controls(pipeline, text: str, word: str, place: tuple) -> None:
    assert _place(_event(pipeline, text, word))[:2] == place
