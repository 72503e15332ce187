"""Battles and attacks on civilians told apart (round battles34): a Philippine village's captain, chairman and
councillors are local officials (an attack on them is no battle with an army captain). Each rule has controls
where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a barangay captain outside the village hall in Isulan, Sultan Kudarat, police said.",
    "On 3 March 2023, armed men killed a barangay chairman and his son in Pagalungan (Maguindanao).",
    "Two barangay kagawads were shot dead by unidentified gunmen in Carmen, Cotabato, on Friday.",
])
def test_barangay_officials_are_local_officials(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == VAC
    assert any(t.get("sector") == "GOV" or "Government" in (t.get("name") or "")
               for t in _targets(event)), _targets(event)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead an army captain outside his camp in Isulan, Sultan Kudarat, on Tuesday.",
    "Rebels ambushed a patrol led by a police captain in Carmen, Cotabato, killing the captain.",
])
def test_a_captain_of_the_forces_stays_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def _targets(event) -> list[dict]:  # noqa: ANN001
    from chronica.record import to_dict

    return to_dict(event).get("target") or []


@pytest.mark.parametrize(("text", "expected"), [
    ("Suspected rebels shot dead a soldier who was on home leave in his village near Catarman, the army "
     "said.", VAC),
    ("On 7 May 2023, gunmen killed a police officer while he was visiting his family in Uruapan "
     "(Michoacan).", VAC),
    ("Bandits abducted a soldier visiting relatives in Tsafe, Zamfara state, on Saturday.", ABDUCTION),
])
def test_forces_on_home_leave_or_visiting_family_are_off_duty(primary_of, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a soldier who was visiting the front line near Kaya on Sunday.",
    "Militants attacked soldiers visiting a village near Kaya, killing three.",
    "On 7 May 2023, gunmen ambushed a police patrol in Uruapan (Michoacan), killing two officers.",
])
def test_forces_visiting_a_post_or_a_village_stay_on_duty(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize(("phrase", "name"), [
    ("gunmen from the ELN", "ELN"),
    ("armed men from the Sinaloa Cartel", "Sinaloa Cartel"),
    ("fighters from the M23", "M23"),
    ("gunmen of the ELN", "ELN"),
])
def test_armed_men_from_a_named_group_are_the_group(phrase: str, name: str) -> None:
    from chronica.actors import ActorResolver

    assert ActorResolver().resolve(phrase, date="2023-01-01").name == name


@pytest.mark.parametrize("phrase", ["a delegation from the ELN", "residents from the ELN's zone"])
def test_unarmed_men_from_a_named_group_are_not_its_fighters(phrase: str) -> None:
    from chronica.actors import ActorResolver

    assert ActorResolver().resolve(phrase, date="2023-01-01").name != "ELN"


def test_gunmen_from_a_group_attack_civilians(primary_of) -> None:
    event = primary_of("Armed men from the ELN shot dead two farmers near Tame, Arauca, on Sunday.")
    assert _acled(event) == VAC
    from chronica.record import to_dict

    assert [s["name"] for s in to_dict(event)["source"]] == ["ELN"]


@pytest.mark.parametrize("text", [
    "On 4 June 2023, army troops engaged NPA rebels in Catubig (Northern Samar), killing two of them.",
    "Clan militiamen engaged al-Shabaab fighters near Bulo Burte on Monday, residents said.",
    "Troops engaged in a fierce gunfight with bandits near Tsafe on Friday.",
    "Troops engaged the bandits in a fierce gunfight near Tsafe on Friday, killing four.",
])
def test_engaged_armed_men_is_a_clash(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def test_armed_men_engaged_by_others_in_a_firefight_are_told_by_the_fight(primary_of) -> None:
    text = ("On 2 May 2023, gunmen who were attacking a village hall in Pikit (Cotabato) were engaged by "
            "responding MILF members in a firefight.")
    event = primary_of(text)
    assert _acled(event) == CLASH
    assert event.trigger.text != "engaged"


@pytest.mark.parametrize("text", [
    "The government engaged in talks with the MILF in Kuala Lumpur on Monday.",
    "The ministry engaged stakeholders and community leaders in Cotabato on a new road plan.",
    "The family engaged a lawyer to challenge the arrest of their son in Culiacan.",
])
def test_engaged_in_talks_or_unarmed_people_is_no_clash(primary_of, text: str) -> None:
    event = primary_of(text)
    assert event is None or event.acled is None or event.acled["event_type"] != "Battles"


@pytest.mark.parametrize(("phrase", "country"), [
    ("a military base in Puerto Jordan (Arauca)", None),
    ("a barangay captain in Datu Saudi Ampatuan", "PHL"),
])
def test_a_country_word_inside_a_place_name_is_no_country(phrase: str, country: str | None) -> None:
    from chronica.actors import ActorResolver

    actor = ActorResolver().resolve(phrase, date="2023-01-01", where="PHL")
    assert (actor.country if actor else None) == country


@pytest.mark.parametrize(("phrase", "country"), [
    ("soldiers in Jordan", "JOR"),
    ("soldiers in Northern Iraq", "IRQ"),
    ("forces in Eastern Ukraine", "UKR"),
    ("soldiers in South Sudan", "SSD"),
])
def test_a_country_or_its_part_after_a_preposition_stays(phrase: str, country: str) -> None:
    from chronica.actors import ActorResolver

    assert ActorResolver().resolve(phrase, date="2023-01-01", where="PHL").country == country


def test_a_base_in_a_town_named_for_a_country_is_the_home_army(primary_of) -> None:
    event = primary_of("On 8 May 2023, ELN rebels attacked an army post in Puerto Jordan (Arauca), wounding "
                       "two soldiers.")
    assert _acled(event) == CLASH
    assert {t.country for t in event.target} == {"COL"}
