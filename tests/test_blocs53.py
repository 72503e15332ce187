"""International bodies told by a description (round blocs53, item sanctions-1): "the 27-nation bloc", "the
28-member bloc", "the 27-nation union", "the European bloc", "the West African bloc", "the Southeast Asian
bloc", "the 32-member alliance", "the Western military alliance", "the bloc's 27 members" name the EU,
ECOWAS, ASEAN or NATO by their size or region (``described_bodies`` in actors/data/organisations.yaml, dated
where a size held only some years), never a trade union or the target country's members; "the union's foreign
ministers" are the EU's (``body_owners`` in actors/data/mentions.yaml), and a definite body noun acting or
owning is no COOPERATE event of its own. A bare "bloc", "alliance" or "union" of parties or workers ("the
opposition bloc", "the ruling alliance", "the union's leaders called a strike") stays what it was. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2024-06-01") -> list:
    return list(pipeline.code(document_from_text(text, doc_id="blocs53", published=published)))


def _event(pipeline, text: str, word: str, published: str = "2024-06-01"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in actors]


# 1. a body told by its size or region, with no name before: the body
@pytest.mark.parametrize("text, word, source", [
    ("The 27-nation bloc froze the assets of Russia's central bank.", "froze", ("EU", None, "IGO")),
    ("The 28-member bloc imposed an oil embargo on Syria in 2011.", "embargo", ("EU", None, "IGO")),
    ("The 27-nation union adopted a new package of sanctions on Iran, diplomats said.", "sanctions",
     ("EU", None, "IGO")),
    ("The European bloc slapped duties on Chinese solar panels.", "slapped", ("EU", None, "IGO")),
    ("The West African bloc suspended Guinea after the coup.", "suspended", ("ECOWAS", None, "IGO")),
    ("The 15-nation West African bloc closed its borders with Niger.", "closed", ("ECOWAS", None, "IGO")),
    ("The Southeast Asian bloc barred Myanmar's junta leader from its summit.", "barred",
     ("ASEAN", None, "IGO")),
    ("The 32-member alliance pledged more air defences for Ukraine.", "pledged", ("NATO", None, "MIL")),
    ("The Western military alliance suspended cooperation with Moscow.", "suspended", ("NATO", None, "MIL")),
    ("The bloc's 27 members agreed to sanction Iranian drone makers.", "agreed", ("EU", None, "IGO")),
    ("The union's foreign ministers imposed sanctions on Belarusian officials.", "sanctions",
     ("EU", None, "GOV")),
    # variants
    ("The 27-member bloc imposed sanctions on Belarus.", "sanctions", ("EU", None, "IGO")),
    ("The 32-nation alliance agreed to boost its defences on the eastern flank.", "agreed",
     ("NATO", None, "MIL")),
    ("The 10-member Southeast Asian bloc urged Myanmar's junta to end the violence.", "urged",
     ("ASEAN", None, "IGO")),
    ("The Gulf bloc condemned the attack on Saudi Arabia's oil facilities.", "condemned",
     ("GCC", None, "IGO")),
    ("The 55-member continental body suspended Niger after the coup.", "suspended", ("AU", None, "IGO")),
    ("The 22-member pan-Arab body condemned the Israeli strikes on Gaza.", "condemned",
     ("Arab League", None, "IGO")),
    ("The 57-nation bloc condemned the burning of the Koran in Sweden.", "condemned", ("OIC", None, "IGO")),
    ("The southern African bloc deployed troops to Mozambique's Cabo Delgado province.", "deployed",
     ("SADC", None, "IGO")),
    ("The East African bloc sent troops to eastern Congo.", "sent", ("EAC", None, "IGO")),
    ("The 15-nation bloc suspended Mali from its decision-making bodies.", "suspended",
     ("ECOWAS", None, "IGO")),
    ("The transatlantic alliance condemned Russia's missile strikes on Kyiv.", "condemned",
     ("NATO", None, "MIL")),
    ("The bloc's 27 member states agreed to ban imports of Russian oil.", "agreed", ("EU", None, "IGO")),
])
def test_described_body_is_the_body(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 1b. a size that held only some years: the body of the story's date
@pytest.mark.parametrize("text, word, published, source", [
    ("The 15-nation bloc imposed sanctions on Austria's government.", "sanctions", "2000-02-04",
     ("EU", None, "IGO")),
    ("The 15-nation bloc imposed sanctions on Guinea's junta.", "sanctions", "2021-09-20",
     ("ECOWAS", None, "IGO")),
    ("The 28-member alliance suspended cooperation with Russia.", "suspended", "2014-04-02",
     ("NATO", None, "MIL")),
    ("The 19-member alliance began air strikes on Yugoslavia.", "air strikes", "1999-03-25",
     ("NATO", None, "MIL")),
])
def test_described_body_of_its_date(pipeline, text: str, word: str, published: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word, published).source) == [source]


@pytest.mark.parametrize("text, word, source", [
    # controls: the body named, a trade union, a party bloc or coalition, a stance, a people's bloc
    ("The European Union froze the assets of Russia's central bank.", "froze", [("EU", None, "IGO")]),
    ("The 28-nation European Union imposed an arms embargo on Zimbabwe.", "embargo", [("EU", None, "IGO")]),
    ("The 15-nation Economic Community of West African States imposed sanctions on Guinea's junta.",
     "sanctions", [("ECOWAS", None, "IGO")]),
    ("The 10-member Association of Southeast Asian Nations barred Myanmar's junta leader from its summit.",
     "barred", [("ASEAN", None, "IGO")]),
    ("Striking workers said the union would not accept the offer.", "accept",
     [("Labour Group", None, "LAB")]),
    ("The opposition bloc boycotted the vote in parliament.", "boycotted", [("Opposition", None, "OPP")]),
    ("The ruling alliance expelled two lawmakers from its ranks.", "expelled", []),
    ("The opposition alliance rejected the election results in Kenya.", "rejected",
     [("Opposition (Kenya)", "KEN", "OPP")]),
    ("The pro-European bloc boycotted the session of parliament in Chisinau.", "boycotted", []),
    ("The Shiite bloc boycotted the session of parliament in Baghdad.", "boycotted",
     [("Religious Group (Iraq)", "IRQ", "REL")]),
    ("The union's leaders called a strike at the car factory.", "strike", [("Protesters", None, "LAB")]),
    ("NATO allies pledged more air defences for Ukraine.", "pledged", [("NATO", None, "MIL")]),
    ("EU foreign ministers imposed sanctions on Belarusian officials.", "sanctions", [("EU", None, "GOV")]),
])
def test_described_body_controls(pipeline, text: str, word: str, source: list) -> None:
    assert _actors(_event(pipeline, text, word).source) == source


# 2. a body noun owning an office, or told again, after the body was named: the body
@pytest.mark.parametrize("text, word, source", [
    ("The European Union imposed sanctions on Iran. The union's foreign ministers also froze the assets of "
     "two Iranian banks.", "froze", ("EU", None, "GOV")),
    ("NATO said Russia had violated the treaty. The alliance's defence ministers agreed to send more troops "
     "to Poland.", "agreed", ("NATO", None, "MIL")),
    ("The European Union condemned the coup in Niger. The bloc's leaders suspended budget support to Niamey.",
     "suspended", ("EU", None, "GOV")),
    # controls: the body named, and "the union" told again
    ("The European Union imposed sanctions on 12 Iranian officials. The union also froze the assets of two "
     "Iranian banks.", "froze", ("EU", None, "IGO")),
    ("The European Union imposed sanctions on Iran. The bloc also froze the assets of two Iranian banks.",
     "froze", ("EU", None, "IGO")),
])
def test_body_owner_named_before(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 3. a definite body noun that acts or owns names the body, no COOPERATE event of its own
@pytest.mark.parametrize("text, alliance", [
    ("The 32-member alliance pledged more air defences for Ukraine.", False),
    ("The Western military alliance suspended cooperation with Moscow.", False),
    ("The ruling alliance expelled two lawmakers from its ranks.", False),
    ("The transatlantic alliance condemned Russia's missile strikes on Kyiv.", False),
    ("NATO said Russia had violated the treaty. The alliance's defence ministers agreed to send more troops "
     "to Poland.", False),
    # controls: an alliance made, or one named by its parties
    ("The Saudi-Israeli alliance alarmed Iran.", True),
    ("Russia and China announced a new alliance against the West.", True),
])
def test_acting_body_noun_is_no_event(pipeline, text: str, alliance: bool) -> None:
    assert any(e.trigger.text == "alliance" for e in _events(pipeline, text)) == alliance
