"""Southeast Asian and Pacific news (round seasia62): the army's and local papers' names for the NPA
("communist rebels", "communist guerrillas") in a Philippine story, Indonesia's "armed criminal group" (KKB)
for the TPNPB and the Poso band Mujahidin Indonesia Timur; PNG's "tribal warriors" as a tribal militia; the
Papuan regencies (Puncak, Nduga, Pegunungan Bintang), Sigi and the Maguindanao towns cities500 lacks or gives
to a namesake; civilians' flight told before the clash that caused it ("Residents evacuated after clashes")
yielding to the clash; a protest leader arrested in a sentence with no protest as an arrest, not force at a
protest; "shot dead with eight others" as nine dead; and French forces in New Caledonia at home, not external.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2021-06-01"):
    return list(pipeline.code(document_from_text(text, doc_id="seasia62", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str]:
    return [a.acled_actor or a.name for a in actors]


# 1. local names of armed groups, read only in their country's stories
@pytest.mark.parametrize("text, word, side, acled", [
    ("Soldiers clashed with communist rebels in Barangay Malinao, Magpet, Cotabato, on Saturday.", "clashed",
     "target", "NPA: New People's Army"),
    ("Communist guerrillas ambushed a police patrol in Catubig, Northern Samar, killing two policemen.",
     "ambushed", "source", "NPA: New People's Army"),
    ("The armed criminal group killed two construction workers in Beoga, Puncak regency, on Tuesday.",
     "killed", "source", "TPNPB: West Papua National Liberation Army"),
    ("Papuan separatist rebels shot dead a soldier in Intan Jaya on Sunday.", "shot dead", "source",
     "TPNPB: West Papua National Liberation Army"),
    ("Suspected members of the Mujahidin Indonesia Timur killed four farmers in Poso, Central Sulawesi.",
     "killed", "source", "MIT: Mujahideen Indonesia Timur"),
    ("Tribal warriors killed six men in an ambush near Wapenamanda in Enga province.", "ambush", "source",
     "Unidentified Tribal Militia (Papua New Guinea)"),
    # controls: the same words in other countries' stories are no Philippine or Papuan group
    ("Soldiers clashed with communist rebels in Chhattisgarh on Saturday.", "clashed", "target", None),
    ("An armed criminal group killed two men in Guerrero state, Mexico, on Tuesday.", "killed", "source",
     None),
    ("Researchers at MIT protested in Cambridge, Massachusetts, on Tuesday.", "protested", "source", None),
])
def test_local_names_of_groups(pipeline, text: str, word: str, side: str, acled: str | None) -> None:
    event = _event(pipeline, text, word)
    names = _names(event.source if side == "source" else event.target)
    if acled is None:
        assert not any(n.startswith(("NPA", "TPNPB", "MIT")) for n in names)
    else:
        assert acled in names


# 2. places: Papuan regencies (not West Java's Puncak), Sigi, Maguindanao and Enga towns
@pytest.mark.parametrize("text, name, admin1", [
    ("Rebels shot dead a soldier in Puncak regency, Papua, on Sunday.", "Puncak", "Papua"),
    ("Rebels burned a school in Nduga regency on Sunday.", "Nduga", "Papua"),
    ("Rebels attacked a clinic in Kiwirok, Pegunungan Bintang regency, on Monday.", "Kiwirok", "Papua"),
    ("Militants killed four villagers in Sigi regency, Central Sulawesi.", "Sigi", "Central Sulawesi"),
    ("BIFF gunmen fired mortars at an army camp in Datu Saudi Ampatuan, Maguindanao.", "Datu Saudi Ampatuan",
     None),
    # control: West Java's Puncak resort stays where it is in a story of the resort
    ("Tourists protested against traffic jams in Bogor on Sunday.", "Bogor", None),
])
def test_places_of_the_region(pipeline, text: str, name: str, admin1: str | None) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None and event.location.name == name
    if admin1:
        assert event.location.admin1 == admin1


# 3. flight told before the violence that caused it yields to the violence
@pytest.mark.parametrize("text, word", [
    ("Residents evacuated after clashes between soldiers and BIFF gunmen in Datu Piang on Saturday.",
     "clashes"),
    ("Residents fled after gunmen attacked the village.", "attacked"),
    ("Villagers fled after soldiers shelled the area.", "shelled"),
    # controls: a flight alone, an armed side's withdrawal, and a flight after a fight with no named side
    ("Residents fled the town on Monday.", "fled"),
    ("The rebels withdrew from the town after clashes with the army.", "withdrew"),
    ("Thousands of refugees fled to Chad after fighting in Darfur.", "fled"),
])
def test_flight_yields_to_its_cause(pipeline, text: str, word: str) -> None:
    assert _primary(pipeline, text).trigger.text == word


# 4. protest leaders held apart from a protest: an arrest
@pytest.mark.parametrize("text, kind", [
    ("Thai police arrested protest leader Parit Chiwarak on charges of lese majeste on Monday.", "Arrests"),
    ("Police arrested three protest leaders in Bangkok on Monday.", "Arrests"),
    # controls: protesters arrested, and leaders arrested as a march goes on, are force met at a protest
    ("Police arrested 20 protesters at a rally in Bangkok on Monday.", "Protest with intervention"),
    ("Police arrested two protest leaders as thousands marched on parliament in Bangkok on Monday.",
     "Protest with intervention"),
])
def test_protest_leaders_arrested(pipeline, text: str, kind: str) -> None:
    assert _primary(pipeline, text).acled["sub_event_type"] == kind


# 5. "with N others": the others besides the named victim
@pytest.mark.parametrize("text, dead", [
    ("The governor was shot dead with eight others by gunmen who stormed his home on Saturday.", 9),
    ("The mayor was killed with three other people in an ambush on Monday.", 4),
    # controls: others counted alone, and a clash "with" others, count no more
    ("Gunmen killed eight others on Monday.", 8),
    ("Gunmen shot dead eight people on Monday.", 8),
])
def test_with_others(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 6. a sovereign's forces in its own territory are at home
@pytest.mark.parametrize("text, inter", [
    ("French police arrested pro-independence leader Christian Tein in Noumea on Wednesday.", 1),
    ("French gendarmes fired tear gas at rioters in Noumea, New Caledonia, on Tuesday.", 1),
    # control: a state's forces in another state stay external
    ("French troops killed ten militants near Menaka, Mali, on Tuesday.", 8),
])
def test_forces_in_their_own_territory(pipeline, text: str, inter: int) -> None:
    event = _primary(pipeline, text)
    assert any(a.country == "FRA" and a.inter == inter for a in event.source)
