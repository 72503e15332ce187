"""International courts (round courts58, item sectors-3): a court named by the city it sits in ("the Hague
tribunal", "judges in The Hague", "the Hague-based court", "the war crimes court in The Hague", "the
Luxembourg court", "the Strasbourg court", "judges in Arusha", "the Geneva-based rights council") is the
international body there, of no country (inter 8), not the host state's judiciary; full names the dictionary
lacked ("the European Court of Justice", "the International Criminal Tribunal for Rwanda", "the Special
Tribunal for Lebanon", "the Khmer Rouge tribunal", ITLOS, the Kosovo Specialist Chambers ...) are those
courts, neither the judiciary of the state they rule on nor a gang. A state named in the phrase ("a Dutch
court in The Hague"), "a" before the court ("a court in The Hague", "a Luxembourg court"), other words
between seat and court ("The Hague District Court") and a criminal court dealing with the host's own people
("judges in The Hague convicted the Dutch businessman") keep the state's own judiciary. Sentences written
for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="courts58", published="2024-01-15"))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None, int | None]:
    first = actors[0]
    return first.name, first.country, first.inter


# 1. a court named by its seat: the international court there
@pytest.mark.parametrize("text, word, source", [
    ("The Hague tribunal sentenced the former Bosnian Serb leader to life.", "sentenced", ("ICTY", None, 8)),
    ("Judges in The Hague acquitted the Kosovo politician.", "acquitted", ("ICC", None, 8)),
    ("The Hague-based court issued an arrest warrant for the Sudanese president.", "arrest warrant",
     ("ICC", None, 8)),
    ("Prosecutors in The Hague indicted the Kosovo president.", "indicted", ("ICC", None, 8)),
    ("The war crimes court in The Hague convicted the Congolese militia leader.", "convicted",
     ("ICC", None, 8)),
    ("The Luxembourg court fined Hungary for breaching asylum rules.", "fined", ("CJEU", None, 8)),
    ("Judges in Arusha convicted the former Rwandan minister of genocide.", "convicted", ("ICTR", None, 8)),
    ("The Geneva-based rights council condemned Israel.", "condemned", ("OHCHR", None, 8)),
    # variants
    ("The Hague-based tribunal jailed the former Serbian general for 20 years.", "jailed", ("ICTY", None, 8)),
    ("A war crimes tribunal in The Hague convicted the Congolese warlord.", "convicted", ("ICTY", None, 8)),
    ("Prosecutors in The Hague charged the former Liberian president with war crimes.", "charged",
     ("ICC", None, 8)),
    ("Judges in Luxembourg fined Hungary for breaching asylum rules.", "fined", ("CJEU", None, 8)),
    ("The Strasbourg court fined France over prison conditions.", "fined",
     ("European Court of Human Rights", None, 8)),
    ("The Arusha tribunal sentenced the former Rwandan army chief to life.", "sentenced", ("ICTR", None, 8)),
    ("Judges in The Hague convicted the man of fraud.", "convicted", ("ICC", None, 8)),
])
def test_court_named_by_its_seat(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


CONTROLS = [
    ("A Dutch court convicted three men of downing flight MH17.", "convicted",
     ("Judiciary of the Netherlands", "NLD", 1)),
    ("A court in The Hague sentenced a Dutch drug lord to life.", "sentenced",
     ("Judiciary of the Netherlands", "NLD", 1)),
    ("Police in The Hague arrested ten climate activists.", "arrested",
     ("Police Forces of the Netherlands", "NLD", 1)),
    ("A Swedish court convicted a former Iranian official of war crimes.", "convicted",
     ("Judiciary of Sweden", "SWE", 1)),
    ("The UN tribunal in Arusha acquitted the former Rwandan minister.", "acquitted", ("UN", None, 8)),
    ("The court in The Hague sentenced the man to six years.", "sentenced",
     ("Judiciary of the Netherlands", "NLD", 1)),
    ("The Hague District Court convicted the Dutch businessman.", "convicted",
     ("Judiciary of the Netherlands", "NLD", 1)),
    ("A Luxembourg court convicted a Luxembourg banker of fraud.", "convicted",
     ("Judiciary of Luxembourg", "LUX", 1)),
    ("Luxembourg's top court convicted a banker.", "convicted", ("Judiciary of Luxembourg", "LUX", 1)),
    ("A Dutch court in The Hague convicted the Rwandan genocide suspect.", "convicted",
     ("Judiciary of the Netherlands", "NLD", 1)),
    ("A court in Strasbourg convicted the gunman.", "convicted", ("Judiciary of France", "FRA", 1)),
    # a criminal court read from its seat that tries its host's own people is the host's court
    ("Judges in The Hague convicted the Dutch businessman of fraud.", "convicted",
     ("Judiciary of the Netherlands", "NLD", 1)),
    ("The Hague court sentenced the Dutch drug lord to life.", "sentenced",
     ("Judiciary of the Netherlands", "NLD", 1)),
    # a court of human rights rules on its host state and stays itself
    ("The Luxembourg court fined Luxembourg over its tax rulings.", "fined", ("CJEU", None, 8)),
]


@pytest.mark.parametrize("text, word, source", CONTROLS)
def test_court_named_by_its_seat_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 2. full names of international courts: the court, of no country; the state ruled on keeps its own
@pytest.mark.parametrize("text, word, source, target", [
    ("The European Court of Justice fined Poland for ignoring its ruling.", "fined", ("CJEU", None, 8),
     ("Government of Poland", "POL", 1)),
    ("The International Criminal Tribunal for Rwanda convicted the former mayor of genocide.", "convicted",
     ("ICTR", None, 8), ("Former Officials (Rwanda)", "RWA", 7)),
    ("The Special Tribunal for Lebanon convicted a Hezbollah member of the Hariri killing.", "convicted",
     ("Special Tribunal for Lebanon", None, 8), None),
    # variants
    ("The EU's top court fined Poland over its judicial reforms.", "fined", ("CJEU", None, 8),
     ("Government of Poland", "POL", 1)),
    ("The Yugoslav war crimes tribunal convicted the Croatian general.", "convicted",
     ("ICTY", None, 8), None),
    ("The UN war crimes tribunal for the former Yugoslavia sentenced the Bosnian Serb commander.",
     "sentenced", ("ICTY", None, 8), None),
    ("The Rwanda tribunal acquitted the former army chief.", "acquitted", ("ICTR", None, 8), None),
    ("The Kosovo Specialist Chambers convicted a former guerrilla commander of war crimes.", "convicted",
     ("Kosovo Specialist Chambers", None, 8), None),
    ("The Special Court for Sierra Leone convicted the former Liberian president of war crimes.", "convicted",
     ("Special Court for Sierra Leone", None, 8), ("Former Officials (Liberia)", "LBR", 7)),
    ("The Khmer Rouge tribunal sentenced the former prison chief to life.", "sentenced",
     ("ECCC", None, 8), None),
    ("The Extraordinary Chambers in the Courts of Cambodia convicted two Khmer Rouge leaders of genocide.",
     "convicted", ("ECCC", None, 8), None),
    ("The International Tribunal for the Law of the Sea ordered Russia to release the Ukrainian sailors.",
     "release", ("ITLOS", None, 8), ("Government of Russia", "RUS", 1)),
    ("The UN rights council condemned Myanmar.", "condemned", ("OHCHR", None, 8), None),
    ("The International Criminal Tribunal convicted the former mayor.", "convicted",
     ("International Court", None, 8), None),
])
def test_international_court_by_name(pipeline, text: str, word: str, source: tuple,
                                     target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.source) == source
    if target is not None:
        assert _actor(event.target) == target


@pytest.mark.parametrize("text, word, source", [
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "arrest warrant",
     ("ICC", None, 8)),
    ("The European Court of Human Rights ordered Turkey to free Selahattin Demirtas.", "free",
     ("European Court of Human Rights", None, 8)),
    ("Bangladesh's International Crimes Tribunal sentenced the opposition leader to death.", "sentenced",
     ("International Crimes Tribunal", "BGD", 1)),
    ("A Hamburg court convicted a former Nazi camp guard.", "convicted", ("Judiciary of Germany", "DEU", 1)),
])
def test_international_court_by_name_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 3. the resolver alone: seat phrases and the words around them
@pytest.mark.parametrize("phrase, name, country", [
    ("the Hague tribunal", "ICTY", None),
    ("the Strasbourg court", "European Court of Human Rights", None),
    ("An arbitration tribunal in The Hague", "Permanent Court of Arbitration", None),
    ("an international court in The Hague", "ICC", None),
    ("the Hamburg tribunal", "ITLOS", None),
    ("the International Criminal Tribunal", "International Court", None),
    ("The ECOWAS Court of Justice", "ECOWAS Court", None),
    ("The Permanent Court of Arbitration", "Permanent Court of Arbitration", None),
    # controls
    ("a criminal court in Paris", "Judiciary of France", "FRA"),
    ("the Hague appeals court", "Judiciary of the Netherlands", "NLD"),
    ("a Hamburg court", "Judiciary of Germany", "DEU"),
    ("the Dutch court in The Hague", "Judiciary of the Netherlands", "NLD"),
    ("criminals in Rwanda", "Gang (Rwanda)", "RWA"),
])
def test_seat_phrases(resolver, phrase: str, name: str, country: str | None) -> None:
    actor = resolver.resolve(phrase, date="2024-01-15", focus="DEU" if "Hamburg" in phrase else None)
    assert (actor.name, actor.country) == (name, country)
