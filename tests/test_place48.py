"""Gazetteer namesakes and seats of power (round place48): a bare town is the namesake in the country of
the story's armed groups ("Boko Haram ... Mafa": Nigeria's, not Indonesia's), a province's name is the
province ("Samar province", not Samara), a hyphenated name is the town written as one word
("Petion-Ville"); a plural common noun opening a sentence is no place ("Rivers burst their banks"); a street
named after someone is no one's ("Moi Avenue"); Naypyitaw in its spellings is Myanmar's government; an event
that borrows the dateline's town is placed in the part of the country the story named ("in central Mali").
Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="place48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> set:
    return {a.country for a in actors}


@pytest.mark.parametrize("text, iso", [
    # the armed group's country settles a namesake (a name of several words counts, like "RSF")
    ("Boko Haram insurgents killed 37 farmers in the village of Mafa, a local official said.", "NGA"),
    ("Boko Haram fighters abducted 20 women near Mafa.", "NGA"),
    ("New People's Army rebels ambushed an army patrol in Samar province, killing three soldiers.", "PHL"),
    # a province's name: the Philippine province (a second-order division), not Samara, Russia
    ("Rebels ambushed an army patrol in Samar province, killing three soldiers.", "PHL"),
    # a town the gazetteer lacked, whose name it gave to a Yemeni hamlet
    ("RSF fighters looted homes and raped women in the town of Tawila, the U.N. human rights office said.",
     "SDN"),
    ("Thousands of displaced people arrived in Tawila after the RSF attacked their camp.", "SDN"),
    # a hyphenated name is the town written as one word (not "Ville" de N'Djamena)
    ("Vigilantes in Petion-Ville burned alive a dozen suspected gang members.", "HTI"),
    ("Kenyan police officers in Haiti arrested five gang members in Petion-Ville.", "HTI"),
    # a hamlet far abroad, in a story about one country's armed group: a place of that country
    ("Boko Haram insurgents killed 12 villagers in Moura, a local official said.", "NGA"),
    # controls: the forces' demonym as before; a namesake the story places; a city's own name
    ("Malian troops executed dozens of civilians in Moura.", "MLI"),
    ("Police arrested ten protesters in Mafa, Indonesia.", "IDN"),
    ("Protesters rallied in Samara against the mobilisation.", "RUS"),
    ("Gunmen killed three people in Petion-Ville, a suburb of Port-au-Prince.", "HTI"),
    ("Fighting erupted in Kigali-Ville on Monday, residents said.", "RWA"),
])
def test_a_namesake_is_read_in_the_story_country(pipeline, text: str, iso: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.location is not None and primary.location.country == iso
    assert _countries(primary.target) <= {iso, None}


@pytest.mark.parametrize("text, iso", [
    # a long name of words that many countries' bodies bear hints no country
    ("Human Rights Watch accused the Interior Ministry's National Security Agency of torturing detainees. "
     "CAIRO police denied it.", None),
    ("Fighters of the National Liberation Army attacked a bus in Mafa, Indonesia.", "IDN"),
])
def test_a_generic_long_name_hints_no_country(pipeline, text: str, iso: str | None) -> None:
    hints = pipeline._hints if pipeline._hints is not None else None
    if hints is None:
        from chronica.geo.hints import from_lexicon
        hints = from_lexicon(pipeline.actors.lexicon)
    from chronica import nlp
    assert hints.countries(nlp.load()(text)) == set()
    if iso:
        assert _primary(pipeline, text).location.country == iso


def test_the_armed_groups_target_is_of_the_story_country(pipeline) -> None:
    primary = _primary(pipeline, "New People's Army rebels ambushed an army patrol in Samar province, "
                                 "killing three soldiers.")
    assert [(a.country, a.sector) for a in primary.target] == [("PHL", "MIL")]
    primary = _primary(pipeline, "Boko Haram insurgents killed 37 farmers in the village of Mafa.")
    assert [a.country for a in primary.target] == ["NGA"]


@pytest.mark.parametrize("text, iso", [
    ("Rivers burst their banks in dozens of towns. Lula said the federal government would send troops, "
     "helicopters and boats.", "BRA"),
    ("Lakes overflowed across the region. Officials in Kenya said police evacuated 300 families.", "KEN"),
])
def test_a_plural_common_noun_opening_a_sentence_is_no_place(pipeline, text: str, iso: str) -> None:
    events = _events(pipeline, text)
    assert events
    assert all(e.location is None or e.location.country == iso for e in events)
    assert all(a.country in (iso, None) for e in events for a in [*e.source, *e.target])


@pytest.mark.parametrize("text", [
    "Gunmen killed five people in Rivers state.",
    "Rivers State governor Siminalayi Fubara declared a curfew after gunmen killed five people.",
])
def test_rivers_state_is_still_the_state(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert any(e.location is not None and e.location.country == "NGA" and e.location.precision == 3
               for e in events)


@pytest.mark.parametrize("text", [
    "Police said 37 people were arrested for looting shops on Moi Avenue.",
    "Rioters looted shops on Kenyatta Avenue in Nairobi.",
    "Protesters blocked Kenyatta Avenue in Nairobi.",
])
def test_a_street_named_after_someone_is_no_actor(pipeline, text: str) -> None:
    for e in _events(pipeline, text):
        assert not any(a.sector in ("GOV", "ELI") for a in e.target)


def test_the_person_named_alone_is_still_the_person(pipeline) -> None:
    events = _events(pipeline, "Former president Moi was accused of torturing dissidents.")
    assert any(a.name == "Daniel arap Moi" for e in events for a in [*e.source, *e.target])


@pytest.mark.parametrize("text", [
    "Naypyitaw accused the Three Brotherhood Alliance of attacking civilians in northern Shan state.",
    "Naypyidaw accused the Arakan Army of attacking a police post.",
    "Nay Pyi Taw rejected the criticism from the United Nations.",
    "Naypyitaw rejected the criticism from ASEAN foreign ministers.",
])
def test_naypyitaw_is_myanmars_government(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert [(a.country, a.sector) for a in primary.source] == [("MMR", "GOV")]


@pytest.mark.parametrize("name, iso", [
    ("Naypyitaw", "MMR"), ("Ulan Bator", "MNG"), ("Ashkhabad", "TKM"), ("Kishinev", "MDA"),
    ("Tarawa", "KIR"), ("Funafuti", "TUV"), ("Putrajaya", "MYS"), ("Kigali", "RWA"), ("Bogota", "COL"),
])
def test_capitals_in_their_spellings_are_governments(pipeline, name: str, iso: str) -> None:
    actor = pipeline.actors.resolve(name)
    assert (actor.country, actor.sector) == (iso, "GOV")


@pytest.mark.parametrize("phrase", ["ASEAN foreign ministers", "EU foreign ministers", "AU leaders",
                                    "ECOWAS leaders"])
def test_a_regional_bodys_ministers_are_coded_alike(pipeline, phrase: str) -> None:
    """The people of an international body take their role's sector (as CAMEO codes an IGO's officials),
    the same for every body; the body stays named, of no country."""
    actor = pipeline.actors.resolve(phrase)
    assert actor.country is None and actor.sector == "GOV"
    assert actor.name == phrase.split()[0]


MALI = ("Gunmen kill 14 villagers in attack on central Mali market\n\nBAMAKO, Mali (Reuters) - Suspected "
        "Islamist gunmen killed at least 14 civilians when they opened fire on a weekly livestock market in "
        "central Mali on Sunday, local officials said.\n\nThe attackers stormed the market in the village of "
        "Ndolokourou shortly after midday and set several stalls on fire, a local official said.")


def test_an_event_in_a_part_of_the_country_is_not_at_the_dateline(pipeline) -> None:
    events = pipeline.code(document_from_text(MALI, doc_id="place48"))
    violent = [e for e in events if e.plover["type"] == "ASSAULT"]
    assert violent
    assert all(e.location.country == "MLI" and e.location.name != "Bamako" for e in violent)


@pytest.mark.parametrize("text, town", [
    ("KABUL (Reuters) - A suicide bomber killed 12 people at a mosque on Friday, police said. The attack "
     "happened during prayers.", "Kabul"),
    ("BAMAKO, Mali (Reuters) - Gunmen killed three traders on Sunday. The attackers fled on motorbikes.",
     "Bamako"),
])
def test_a_story_naming_no_other_place_keeps_its_dateline(pipeline, text: str, town: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.location is not None and primary.location.name == town
