"""Actors, round actors45: an international body named in capitals the small model reads as a verb
("ECOWAS imposed sanctions", "IGAD condemned") is still the doer; the Pakistani Taliban under their Urdu
name; a group that became a government (the Taliban) is the insurgency where the event names the state it
fights as another actor. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str | None = None):
    return pipeline.code(document_from_text(text, doc_id="actors45", published=published))


def _primary(pipeline, text: str, published: str | None = None):
    return next((e for e in _events(pipeline, text, published) if e.primary), None)


def _side(actors) -> tuple:
    return tuple((a.name, a.country, a.sector) for a in actors)


@pytest.mark.parametrize("text, plover, target", [
    ("ECOWAS imposed sanctions on Niger after the coup.", "SANCTION", "NER"),
    ("ECOWAS imposed sanctions on Niger.", "SANCTION", "NER"),
    ("ECOWAS lifted sanctions on Mali.", "CONCEDE", "MLI"),
    ("On Friday ECOWAS imposed sanctions on Niger.", "SANCTION", "NER"),
    ("The West African bloc ECOWAS imposed sanctions on Niger after the coup.", "SANCTION", "NER"),
    ("IGAD condemned the attack on the capital.", "ACCUSE", None),
])
def test_a_body_named_in_capitals_is_the_doer(pipeline, text: str, plover: str, target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert primary.source and primary.source[0].sector == "IGO" and primary.source[0].country is None
    if target:
        assert primary.target and primary.target[0].country == target


@pytest.mark.parametrize("text, source", [
    # controls: the same bodies the parse already read, and a body's officials (GOV, the documented coding)
    ("ECOWAS threatened military intervention in Niger.", ("ECOWAS", None, "IGO")),
    ("ECOWAS closed its borders with Niger after the coup.", ("ECOWAS", None, "IGO")),
    ("The EU imposed sanctions on Niger after the coup.", ("EU", None, "IGO")),
    ("The African Union suspended Niger after the coup.", ("AU", None, "IGO")),
    ("ASEAN condemned the coup in Myanmar.", ("ASEAN", None, "IGO")),
    ("EU foreign ministers agreed new sanctions on Russia.", ("EU", None, "GOV")),
])
def test_bodies_read_before_keep_their_coding(pipeline, text: str, source: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _side(primary.source)[:1] == (source,)


@pytest.mark.parametrize("text", [
    "The Pakistani army said it had killed eight Tehreek-e-Taliban militants in a raid in North Waziristan.",
    "Security forces killed five Tehrik-i-Taliban fighters in Bajaur.",
    "Pakistani troops killed three Tehrik-e-Taliban commanders near the Afghan border.",
])
def test_the_pakistani_taliban_by_their_own_name(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.target and (primary.target[0].country, primary.target[0].sector) == ("PAK", "REB")


def test_the_pakistani_taliban_as_doers(pipeline) -> None:
    primary = _primary(pipeline, "Tehrik-i-Taliban fighters attacked a police post in Khyber Pakhtunkhwa.")
    assert primary.source and (primary.source[0].country, primary.source[0].sector) == ("PAK", "REB")


@pytest.mark.parametrize("text, published", [
    ("The Taliban said they would not negotiate with the Afghan government until all foreign troops had "
     "left the country.", None),
    ("The Taliban said they would not negotiate with the Afghan government.", "2023-05-02"),
    ("Taliban fighters clashed with Afghan government forces in Helmand.", None),
    ("Taliban fighters clashed with government troops in Helmand.", None),
    ("The Taliban fought the government of Afghanistan.", None),
])
def test_the_taliban_against_the_afghan_state_are_insurgents(pipeline, text: str,
                                                              published: str | None) -> None:
    primary = _primary(pipeline, text, published)
    assert primary.source and (primary.source[0].name, primary.source[0].sector) == ("Taliban", "REB")
    assert primary.target and primary.target[0].country == "AFG"
    assert primary.target[0].sector in ("GOV", "MIL")


@pytest.mark.parametrize("text, published, source", [
    # controls: the Taliban in power, with no other Afghan state actor named; before 2021 a rebel group
    ("The Taliban government banned women from universities.", "2023-01-01", "GOV"),
    ("The Taliban government's foreign minister met Pakistan's prime minister.", "2023-01-01", "GOV"),
    ("The Taliban banned music at weddings.", "2023-01-01", "GOV"),
    ("The Taliban attacked a police checkpoint in Kandahar.", "2015-06-01", "REB"),
])
def test_the_taliban_otherwise_by_date(pipeline, text: str, published: str, source: str) -> None:
    primary = _primary(pipeline, text, published)
    assert primary.source and primary.source[0].country == "AFG" and primary.source[0].sector == source


@pytest.mark.parametrize("text", [
    "Honduran farmers blocked the Pan-American highway for a third day.",
    "Farmers blocked the Pan-American Highway near the border.",
    "Truckers blocked the Pan-American Highway in Costa Rica.",
])
def test_a_prefixed_demonym_in_a_road_name_is_no_country(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert not any(a.country == "USA" for a in primary.source + primary.target)


@pytest.mark.parametrize("text, source", [
    ("The Inter-American Court of Human Rights ordered Peru to release the former president.",
     ("Inter-American Court", None, "JUD")),
    ("The Inter-American Commission on Human Rights condemned the killing of protesters in Colombia.",
     ("IACHR", None, "IGO")),
    ("The Inter-American Press Association condemned the arrest of journalists in Nicaragua.",
     ("IAPA", None, "JRN")),
    ("The Pan-African Parliament condemned the coup in Gabon.", ("Pan-African Parliament", None, "IGO")),
])
def test_bodies_named_with_a_prefixed_demonym_are_of_no_country(pipeline, text: str, source: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _side(primary.source)[:1] == (source,)


@pytest.mark.parametrize("text, country", [
    # controls: a demonym of its own still names its country
    ("American troops attacked the village.", "USA"),
    ("An American drone struck a convoy near the border.", "USA"),
    ("South African police fired rubber bullets at protesters.", "ZAF"),
])
def test_a_plain_demonym_keeps_its_country(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.source and primary.source[0].country == country


@pytest.mark.parametrize("text, country", [
    ("Nicaraguan authorities released 222 political prisoners and flew them to Washington.", "NIC"),
    ("Authorities in Managua released 222 political prisoners and flew them to Washington.", "NIC"),
    ("Cuba released 50 prisoners and flew them to Madrid.", "CUB"),
    ("Belarus freed 18 political prisoners and sent them to Lithuania.", "BLR"),
    # controls: a nationality of the people themselves, and a release with no destination
    ("Iran freed two French prisoners who were flown to Paris.", "FRA"),
    ("Nicaragua released 222 political prisoners on Thursday.", "NIC"),
])
def test_people_sent_abroad_are_not_of_where_they_went(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "RETREAT"
    assert primary.target and primary.target[0].country == country


@pytest.mark.parametrize("text, target", [
    # controls: troops and deportees sent by the event's own verb land where they are sent
    ("France sent troops to Mali.", "MLI"),
    ("The United States deported 120 Guatemalan migrants to Guatemala City.", "GTM"),
])
def test_a_sending_events_destination_stays(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.target and primary.target[0].country == target


@pytest.mark.parametrize("text", [
    "Iraq demanded an apology from Ankara after Turkish air strikes killed civilians in Kurdistan.",
    "Iraq protested after Turkish air strikes killed civilians in Kurdistan.",
    "Turkish air strikes killed civilians in Iraqi Kurdistan.",
    "Turkish air strikes killed five civilians in northern Iraq.",
])
def test_victims_of_strikes_in_kurdistan_are_iraqs(pipeline, text: str) -> None:
    strike = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert strike.source and strike.source[0].country == "TUR"
    assert strike.target and (strike.target[0].country, strike.target[0].sector) == ("IRQ", "CVL")


@pytest.mark.parametrize("text, country", [
    # controls: a story of Iran keeps Iran's province; the demand itself stays on Ankara
    ("Iranian police arrested ten activists in Kurdistan on Wednesday.", "IRN"),
    ("Iraq demanded an apology from Ankara.", "TUR"),
])
def test_kurdistan_controls(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.target and primary.target[0].country == country


@pytest.mark.parametrize("text, country", [
    ("Britain's Rail, Maritime and Transport union demanded a 10 percent pay rise from Network Rail.", "GBR"),
    ("The Rail, Maritime and Transport union called a strike.", None),
    ("Argentina's CGT union federation called a general strike.", "ARG"),
    ("The CGT union federation called a general strike in Argentina.", "ARG"),
    ("South Africa's Cosatu labour confederation called a national strike.", "ZAF"),
])
def test_a_union_named_as_a_list_is_one_labour_actor(pipeline, text: str, country: str | None) -> None:
    primary = _primary(pipeline, text)
    assert len(primary.source) == 1
    assert (primary.source[0].country, primary.source[0].sector) == (country, "LAB")


@pytest.mark.parametrize("text, sides", [
    # controls: two subjects really listed stay two; Togo's Maritime region named as such stays Togo's
    ("Britain, France and Germany condemned the attack.", 3),
    ("Gunmen attacked a village in the Maritime region of Togo.", 1),
])
def test_listed_subjects_controls(pipeline, text: str, sides: int) -> None:
    primary = _primary(pipeline, text)
    assert len(primary.source) == sides
    if "Togo" in text:
        assert primary.target and primary.target[0].country == "TGO"


@pytest.mark.parametrize("text, name, country", [
    ("Human Rights Watch demanded the release of jailed Congolese journalist Stanis Bujakera.",
     "Stanis Bujakera", "COD"),
    ("Amnesty International called for the release of detained activist Alaa Abd El-Fattah.",
     "Alaa Abd El-Fattah", "EGY"),
    ("The EU urged Iran to free imprisoned Nobel laureate Narges Mohammadi.", "Narges Mohammadi", "IRN"),
    ("The family of jailed opposition leader Alexei Navalny said he had been moved.", "Alexei Navalny",
     "RUS"),
])
def test_a_custody_participle_describes_the_person(pipeline, text: str, name: str, country: str) -> None:
    custody = next(e for e in _events(pipeline, text)
                   if e.trigger.text in ("jailed", "detained", "imprisoned"))
    assert not custody.source  # who demands the release did not jail them
    assert custody.target and (custody.target[0].name, custody.target[0].country) == (name, country)


def test_the_demand_for_the_release_aims_at_the_person(pipeline) -> None:
    primary = _primary(pipeline, "Human Rights Watch demanded the release of jailed Congolese journalist "
                                 "Stanis Bujakera.")
    assert primary.plover["type"] == "REQUEST" and primary.source[0].name == "Human Rights Watch"
    assert primary.target and primary.target[0].name == "Stanis Bujakera"


@pytest.mark.parametrize("text, source", [
    # controls: custody told as the deed keeps its doer; a participle with its own agent keeps it
    ("Police jailed Congolese journalist Stanis Bujakera.", "COD"),
    ("Congolese authorities detained journalist Stanis Bujakera in Kinshasa.", "COD"),
    ("Rights groups condemned the killing of a journalist detained by police in Kinshasa.", "COD"),
])
def test_custody_told_as_the_deed_keeps_its_doer(pipeline, text: str, source: str) -> None:
    custody = next(e for e in _events(pipeline, text) if e.trigger.text in ("jailed", "detained"))
    assert custody.source and custody.source[0].country == source
