"""A leader's staff named by the leader (round envoys57): "Trump envoy Steve Witkoff", "Obama adviser Ben
Rhodes", "Erdogan spokesman Ibrahim Kalin". The person is of the leader's government (his country, GOV; a
former official when the leader is out of office on the story's date) and keeps his own name: never the
venue's or the counterpart's country, never the leader himself nor a civilian. A leader's name the parse made
a verb ("Modi envoy Ajit Doval met ...") is mended first. A staff title after a state, body or group ("US
envoy", "Kremlin spokesman", "Hamas spokesman", "UN envoy") and a known name after the title keep their
readings. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, published: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="envoys57", published=published))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None, str | None]:
    return (actors[0].name, actors[0].country, actors[0].sector) if actors else (None, None, None)


# 1. "<leader> envoy/adviser/spokesman X": X of the leader's government, by his own name
@pytest.mark.parametrize("published, text, word, source, target", [
    ("2025-03-15", "Trump envoy Steve Witkoff met Vladimir Putin in Moscow.", "met",
     ("Steve Witkoff", "USA", "GOV"), ("Vladimir Putin", "RUS", "GOV")),
    ("2020-02-01", "Trump envoy Richard Grenell met Nicolas Maduro in Caracas.", "met",
     ("Richard Grenell", "USA", "GOV"), ("Nicolás Maduro", "VEN", "GOV")),
    ("2024-01-15", "Putin envoy Kirill Dmitriev held talks with US officials in Riyadh.", "held talks",
     ("Kirill Dmitriev", "RUS", "GOV"), ("Government of the United States", "USA", "GOV")),
    ("2024-01-15", "Biden envoy Amos Hochstein arrived in Beirut for talks.", "arrived",
     ("Amos Hochstein", "USA", "GOV"), ("Government of Lebanon", "LBN", "GOV")),
    ("2024-01-15", "Erdogan spokesman Ibrahim Kalin met Hamas officials in Doha.", "met",
     ("Ibrahim Kalin", "TUR", "GOV"), ("Hamas", "PSE", "REB")),
    ("2014-06-01", "Obama adviser Ben Rhodes held secret talks with Cuban officials in Canada.", "talks",
     ("Ben Rhodes", "USA", "GOV"), ("Government of Cuba", "CUB", "GOV")),
    ("2024-01-15", "Macron adviser Emmanuel Bonne visited Tehran.", "visited",
     ("Emmanuel Bonne", "FRA", "GOV"), ("Government of Iran", "IRN", "GOV")),
    ("2024-01-15", "Netanyahu adviser Ron Dermer flew to Washington for talks.", "talks",
     ("Ron Dermer", "ISR", "GOV"), ("Government of the United States", "USA", "GOV")),
    ("2024-01-15", "Modi envoy Ajit Doval met Chinese officials in Beijing.", "met",
     ("Ajit Doval", "IND", "GOV"), ("Government of China", "CHN", "GOV")),
    ("2024-01-15", "Xi envoy Li Hui visited Kyiv in May 2023.", "visited",
     ("Li Hui", "CHN", "GOV"), ("Government of Ukraine", "UKR", "GOV")),
    ("2024-01-15", "Maduro spokesman Freddy Nanez rejected the US accusations.", "rejected",
     ("Freddy Nanez", "VEN", "GOV"), ("Government of the United States", "USA", "GOV")),
    # variants: other titles and leaders, a modifier before the title, a name the dictionaries read as none
    ("2024-06-15", "Ramaphosa spokesman Vincent Magwenya rejected the report.", "rejected",
     ("Vincent Magwenya", "ZAF", "GOV"), (None, None, None)),
    ("2023-06-15", "Scholz adviser Jens Ploetner held talks with Chinese officials in Beijing.", "held talks",
     ("Jens Ploetner", "DEU", "GOV"), ("Government of China", "CHN", "GOV")),
    ("2024-06-15", "Zelensky adviser Mykhailo Podolyak accused Russia of war crimes.", "accused",
     ("Mykhailo Podolyak", "UKR", "GOV"), ("Government of Russia", "RUS", "GOV")),
    ("2024-06-15", "Putin negotiator Boris Gryzlov met Ukrainian officials in Istanbul.", "met",
     ("Boris Gryzlov", "RUS", "GOV"), ("Government of Ukraine", "UKR", "GOV")),
    ("2024-06-15", "Erdogan emissary Kemal Yildiz visited Damascus.", "visited",
     ("Kemal Yildiz", "TUR", "GOV"), ("Government of Syria", "SYR", "GOV")),
    ("2024-06-15", "Biden special envoy Amos Hochstein arrived in Beirut.", "arrived",
     ("Amos Hochstein", "USA", "GOV"), ("Government of Lebanon", "LBN", "GOV")),
    ("2018-06-15", "Trump senior adviser Jared Kushner visited Riyadh.", "visited",
     ("Jared Kushner", "USA", "GOV"), ("Government of Saudi Arabia", "SAU", "GOV")),
    ("2024-06-15", "Biden national security adviser Jake Sullivan met Wang Yi in Vienna.", "met",
     ("Jake Sullivan", "USA", "GOV"), ("Wang Yi", "CHN", "GOV")),
    ("2024-06-15", "Modi aide Ajit Doval met Chinese officials in Beijing.", "met",
     ("Ajit Doval", "IND", "GOV"), ("Government of China", "CHN", "GOV")),
    ("2024-06-15", "Lula adviser Marcos Vieira met Nicolas Maduro in Caracas.", "met",
     ("Marcos Vieira", "BRA", "GOV"), ("Nicolás Maduro", "VEN", "GOV")),
    ("2025-03-15", "Trump envoys held talks with Russian officials in Riyadh.", "held talks",
     ("Government of the United States", "USA", "GOV"), ("Government of Russia", "RUS", "GOV")),
    # controls: a state, body or group before the title, a known name after it
    ("2024-01-15", "Biden aide Jake Sullivan held talks with Wang Yi in Vienna.", "held talks",
     ("Jake Sullivan", "USA", "GOV"), ("Wang Yi", "CHN", "GOV")),
    ("2024-01-15", "Zelensky aide Andriy Yermak met Chinese envoy Li Hui in Kyiv.", "met",
     ("Andriy Yermak", "UKR", "GOV"), ("Li Hui", "CHN", "GOV")),
    ("2024-01-15", "US envoy Steve Witkoff met Vladimir Putin in Moscow.", "met",
     ("Steve Witkoff", "USA", "GOV"), ("Vladimir Putin", "RUS", "GOV")),
    ("2024-01-15", "Kremlin envoy Dmitry Kozak met Ukrainian negotiators in Berlin.", "met",
     ("Dmitry Kozak", "RUS", "GOV"), ("Government of Ukraine", "UKR", "GOV")),
    ("2024-01-15", "Kremlin spokesman Dmitry Peskov rejected the proposal.", "rejected",
     ("Dmitry Peskov", "RUS", "GOV"), (None, None, None)),
    ("2024-01-15", "Kremlin negotiator Vladimir Medinsky met Ukrainian officials in Istanbul.", "met",
     ("Vladimir Medinsky", "RUS", "GOV"), ("Government of Ukraine", "UKR", "GOV")),
    ("2024-01-15", "Hamas spokesman Abu Obeida threatened to kill the hostages.", "threatened",
     ("Abu Obeida", "PSE", "REB"), ("Prisoners (Palestine)", "PSE", "CVL")),
    ("2024-01-15", "UN envoy Martin Griffiths met Houthi leaders in Sanaa.", "met",
     ("Martin Griffiths", None, "GOV"), ("Houthis", "YEM", "REB")),
    ("2024-01-15", "Putin ally Alexander Lukashenko visited Moscow.", "visited",
     ("Alexander Lukashenko", "BLR", "GOV"), ("Government of Russia", "RUS", "GOV")),
    ("2024-01-15", "Pentagon chief Lloyd Austin visited Seoul on Thursday.", "visited",
     ("Lloyd Austin", "USA", "GOV"), ("Government of South Korea", "KOR", "GOV")),
    ("2024-01-15", "Taliban spokesman Zabihullah Mujahid rejected the report.", "rejected",
     ("Zabihullah Mujahid", "AFG", "GOV"), (None, None, None)),
    ("2024-06-15", "White House spokesman John Kirby condemned the attack.", "condemned",
     ("John Kirby", "USA", "GOV"), (None, None, None)),
    ("2024-06-15", "Israeli military spokesman Daniel Hagari rejected the report.", "rejected",
     ("Daniel Hagari", "ISR", "GOV"), (None, None, None)),
    ("2024-06-15", "Putin critic Boris Nadezhdin was barred from the election.", "barred",
     (None, None, None), ("Boris Nadezhdin", "RUS", "OPP")),
    ("2024-06-15", "Russian advisers trained soldiers in Mali.", "trained",
     ("Civilians (Russia)", "RUS", "CVL"), ("Military Forces of Mali", "MLI", "MIL")),
])
def test_leaders_staff_of_his_government(pipeline, published: str, text: str, word: str, source: tuple,
                                         target: tuple) -> None:
    event = _event(pipeline, text, word, published)
    assert _actor(event.source) == source
    assert _actor(event.target) == target


# 2. the leader out of office on the story's date: his country still, the sector a former official's
@pytest.mark.parametrize("published, text, word, source", [
    ("2024-01-15", "Trump envoy Steve Witkoff met Vladimir Putin in Moscow.", "met",
     ("Steve Witkoff", "USA", "ELI")),
    ("2024-01-15", "Trump envoy Richard Grenell met Nicolas Maduro in Caracas.", "met",
     ("Richard Grenell", "USA", "ELI")),
    ("2024-01-15", "Obama adviser Ben Rhodes held secret talks with Cuban officials in Canada.", "talks",
     ("Ben Rhodes", "USA", "ELI")),
    # controls: in office on the date
    ("2016-01-15", "Obama adviser Ben Rhodes held secret talks with Cuban officials in Canada.", "talks",
     ("Ben Rhodes", "USA", "GOV")),
    ("2024-01-15", "Biden aide Jake Sullivan held talks with Wang Yi in Vienna.", "held talks",
     ("Jake Sullivan", "USA", "GOV")),
])
def test_leader_out_of_office_keeps_country(pipeline, published: str, text: str, word: str,
                                            source: tuple) -> None:
    assert _actor(_event(pipeline, text, word, published).source) == source


# 3. the parse: a sentence-opening leader's name read as a verb is the name's modifier, the clause's verb
# the sentence's own
@pytest.mark.parametrize("text, owner, head, root", [
    ("Modi envoy Ajit Doval met Chinese officials in Beijing.", "Modi", "Doval", "met"),
    ("Modi aide Ajit Doval met Chinese officials in Beijing.", "Modi", "Doval", "met"),
    ("Trump senior adviser Jared Kushner visited Riyadh.", "Trump", "Kushner", "visited"),
    # controls: parsed right already, or no name a subject after the title
    ("Houthi spokesman Yahya Saree said the group attacked a ship.", "Houthi", "spokesman", "said"),
    ("Send envoy John Smith to Kyiv.", "Send", "Send", "Send"),
])
def test_owner_name_not_a_verb(pipeline, text: str, owner: str, head: str, root: str) -> None:
    from chronica.reparse import owner_names

    doc = pipeline.parser(text)
    owner_names(doc)
    tok = next(t for t in doc if t.text == owner)
    assert tok.head.text == head
    assert next(t for t in doc if t.dep_ == "ROOT").text == root
