"""Outlets that only told the story (round 56, eastasia-3): a wire agency or a broadcaster that reports from
everywhere, named only as the hearer or teller of a story that names no place ("a villager told Reuters",
"police told AFP", "according to the BBC", "Reuters reported", "in an interview with Deutsche Welle", "Al
Jazeera's correspondent said"), gives the story no country: the event gets no place and its unnamed doers
and victims no country, rather than Britain, France, Qatar or the United States. Such an outlet raided,
banned or whose reporters were held, a domestic outlet ("told Rappler", "told Myanmar Now"), a state agency
called so ("the official Xinhua news agency") or of its own state ("KCNA said"), and a place named keep their
country. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="outlets56", published="2024-06-15"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a world outlet that heard or told the story: no country for the event, its doers or its victims
@pytest.mark.parametrize("text, word, source, target", [
    ("Soldiers set fire to a monastery and killed two monks, a villager told Reuters.", "killed",
     "Military Forces", "Religious Group"),
    ("Gunmen shot dead a village chief on Monday, police told AFP.", "shot dead",
     "Unidentified Armed Group", "Civilians"),
    ("Troops arrested 30 men during a dawn raid, residents told the BBC.", "arrested",
     "Military Forces", "Civilians"),
    ("Security forces killed seven protesters on Saturday, witnesses told Al Jazeera.", "killed",
     "Security Forces", "Protesters"),
    ("Police detained five activists for holding a vigil, a lawyer told Radio Free Asia.", "detained",
     "Police Forces", "Protesters"),
    ("Rebels ambushed an army convoy, killing four soldiers, an officer told Voice of America.", "ambushed",
     "Rebels", "Military Forces"),
    ("Soldiers beat and detained dozens of villagers, Reuters reported.", "beat",
     "Military Forces", "Civilians"),
    ("A bomb killed three rangers in a roadside attack, according to AFP.", "killed",
     "Unidentified Armed Group", "Police Forces"),
    ("Troops burned more than 50 houses, a local official told Deutsche Welle.", "burned",
     "Military Forces", None),
    ("Soldiers were ordered to shoot anyone who fled, a defector told Reuters.", "shoot",
     "Military Forces", None),
    ("Militants attacked a police post overnight, a spokesman told Xinhua.", "attacked",
     "Rebels", "Police Forces"),
    # variants: other outlets, other ways of telling
    ("Police shot dead two protesters, witnesses told the Associated Press.", "shot dead",
     "Police Forces", "Protesters"),
    ("Militiamen abducted 12 farmers, a local leader said in an interview with Deutsche Welle.", "abducted",
     "Militia", "Farmers"),
    ("Security forces detained a pastor, his wife told RFA.", "detained",
     "Security Forces", "Religious Group"),
    ("Gunmen killed four teachers, a school official told Agence France-Presse.", "killed",
     "Unidentified Armed Group", "Teachers"),
    ("Soldiers raped two women and killed a boy, AFP reported on Tuesday.", "raped",
     "Military Forces", "Women"),
    ("Rebels seized a military outpost, CNN reported.", "seized", "Rebels", "Military Forces"),
    ("Police arrested eight students, a relative told The New York Times.", "arrested",
     "Police Forces", "Students"),
    ("Soldiers shot dead a farmer, an activist told the Washington Post.", "shot dead",
     "Military Forces", "Farmers"),
    ("Soldiers killed four villagers, Al Jazeera's correspondent said.", "killed",
     "Military Forces", "Civilians"),
    ("Soldiers torched dozens of homes, according to the BBC.", "torched", "Military Forces", None),
    ("Troops killed five villagers on Monday (Reuters).", "killed", "Military Forces", "Civilians"),
])
def test_world_outlet_teller_sets_no_country(pipeline, text: str, word: str, source: str,
                                             target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) is None
    assert _actors(event.source) == [(source, None)]
    assert [a.country for a in event.target] == [None] * len(event.target)
    if target is not None:
        assert _actors(event.target)[0] == (target, None)


@pytest.mark.parametrize("text, word, where, source", [
    # controls: a place named, an outlet acted on, a domestic outlet, a state agency of its own state
    ("Soldiers set fire to a monastery in Sagaing Region, a villager told Reuters.", "set fire", "MMR",
     ("Military Forces of Myanmar", "MMR")),
    ("Gunmen killed three farmers in Maguindanao, police told AFP.", "killed", "PHL",
     ("Unidentified Armed Group (Philippines)", "PHL")),
    ("Troops killed six villagers, the BBC's Burmese service reported.", "killed", "MMR",
     ("Military Forces of Myanmar", "MMR")),
    ("Police raided the office of Rappler and detained two editors.", "raided", "PHL",
     ("Police Forces of the Philippines", "PHL")),
    ("Hong Kong police arrested the editor of Apple Daily.", "arrested", "CHN",
     ("Police Forces of Hong Kong", "HKG")),
    ("Gunmen killed three farmers on Sunday, the village chief told Rappler.", "killed", "PHL",
     ("Unidentified Armed Group (Philippines)", "PHL")),
    ("Troops killed five villagers, a survivor told Myanmar Now.", "killed", "MMR",
     ("Military Forces of Myanmar", "MMR")),
    ("China expelled three Wall Street Journal reporters.", "expelled", "CHN",
     ("Government of China", "CHN")),
    ("Police raided the office of Al Jazeera and detained two journalists.", "raided", "QAT",
     ("Police Forces of Qatar", "QAT")),
    ("Police arrested two BBC journalists.", "arrested", "GBR",
     ("Police Forces of the United Kingdom", "GBR")),
    ("Troops detained a Reuters reporter and a photographer.", "detained", "GBR",
     ("Military Forces of the United Kingdom", "GBR")),
    ("Police told Al Jazeera to leave the country.", "told", "QAT", ("Police Forces of Qatar", "QAT")),
    ("Artillery units fired dozens of shells into the sea, KCNA said.", "fired", "PRK",
     ("Military Forces of North Korea", "PRK")),
    ("Authorities executed two drug traffickers, the official Xinhua news agency reported.", "executed",
     "CHN", ("Government of China", "CHN")),
    ("Militants killed three police officers, Yonhap reported.", "killed", "KOR",
     ("Rebels (South Korea)", "KOR")),
    ("AFP soldiers clashed with NPA rebels, killing two.", "clashed", "PHL", ("AFP", "PHL")),
])
def test_world_outlet_teller_controls(pipeline, text: str, word: str, where: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actors(event.source)[0] == source


@pytest.mark.parametrize("text, word", [
    # controls: the wanted shape already, with a domestic outlet that names no country
    ("Police detained four students for holding a protest, a relative told The Irrawaddy.", "detained"),
])
def test_unknown_outlet_teller_stays_without_country(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) is None
    assert _actors(event.source) == [("Police Forces", None)]
