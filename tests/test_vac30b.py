"""Battles and attacks on civilians left by round battles30 (round vac30b): a violent act told as done later
than one told before it is that act's sequel, not the news, and one told as earlier after the news in its
sentence is what led to it; a post's armed holders are kept when the toll names only officials among its
dead; vigilance groups and committees are armed; gang members killed by rivals stand on both sides of the
clash; a killing told as throats slit; "IS" before its men names them; settlers attacked are civilians.
Each rule has controls where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 2 May 2021, Ngumino militiamen shot dead four traders in Minembwe (South Kivu); the army later "
    "fought the militia outside the town.",
    "Islamist fighters killed three herders near Bama on Monday. Soldiers later engaged the fighters in a "
    "gun battle, the army said.",
    "On 19 April 2022, gunmen killed two miners at a gold site near Kouri (Sikasso). The following day "
    "soldiers clashed with the gunmen in the bush.",
    "Armed men hacked to death five villagers in Nigeria's Kebbi state on Friday, and troops subsequently "
    "exchanged fire with them near the village.",
])
def test_a_clash_told_later_is_the_attacks_sequel(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == VAC


@pytest.mark.parametrize("text", [
    "On 5 June 2021, soldiers fought bandits near Tsafe (Zamfara), killing four; the bandits later killed "
    "two farmers.",
    "Troops clashed with militants near Palma on Tuesday. The militants later beheaded two fishermen, a "
    "local official said.",
])
def test_an_attack_told_later_leaves_the_clash_the_news(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def test_a_clash_told_first_in_a_later_wording_stays_the_news(primary_of) -> None:
    text = ("Later on Sunday, troops clashed with bandits near Shinkafi in Nigeria's Zamfara state, police "
            "said.")
    assert _acled(primary_of(text)) == CLASH


def test_an_attack_told_as_earlier_after_the_clash_is_not_the_news(primary_of) -> None:
    text = ("On 8 July 2022, soldiers exchanged fire with ADF rebels near Oicha (North Kivu); two days "
            "earlier the rebels had killed six farmers.")
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "On 3 March 2022, gunmen attacked a border post near Kpendjal (Savanes), killing two customs officials "
    "and a trader.",
    "On 21 May 2023, militants attacked a customs post near Seguenega (Nord), killing three people: two "
    "customs agents and a driver.",
])
def test_a_posts_armed_holders_stay_when_officials_die_there(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "On 3 March 2022, gunmen attacked the office of the district commissioner in Kpendjal (Savanes), killing "
    "two officials.",
    "On 3 March 2022, gunmen shot dead two customs officials at their homes in Kpendjal (Savanes).",
])
def test_officials_killed_away_from_a_post_are_civilians(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == VAC


@pytest.mark.parametrize("text", [
    "On 11 May 2022, bandits killed three members of a vigilance group at a roadblock near Isa (Sokoto).",
    "Gunmen shot dead the leader of a vigilance committee and two of his men in Nigeria's Enugu state.",
])
def test_vigilance_groups_are_an_armed_side(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def test_a_vigilance_committee_that_kills_a_suspect_attacks_a_civilian(primary_of) -> None:
    event = primary_of("Members of a vigilance committee shot dead two suspected robbers in Onitsha on "
                       "Sunday, residents said.")
    assert _acled(event) == VAC


@pytest.mark.parametrize("text", [
    "On 2 June 2022, a gang member was shot dead by members of a rival gang in Martissant (Ouest).",
    "On 2 June 2022, gang members killed two rival gang members in Tabarre (Ouest).",
])
def test_rival_gangs_stand_on_both_sides(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == CLASH
    assert _inters(event) == (3, 3)


def test_a_gangs_victims_stay_civilians(primary_of) -> None:
    event = primary_of("On 2 June 2022, gang members shot dead a taxi driver in Tabarre (Ouest).")
    assert _acled(event) == VAC
    assert _inters(event) == (3, 7)


def test_throats_slit_is_a_killing(primary_of) -> None:
    event = primary_of("Militants slit the throats of four herders near Gwoza on Sunday, residents said.")
    assert event is not None and _acled(event) == VAC


@pytest.mark.parametrize("text", [
    "On 6 June 2021, IS militants attacked a police checkpoint near Tarmiyah (Baghdad), leaving three dead, "
    "among them two policemen and a shepherd.",
    "IS fighters attacked an army post in Iraq's Diyala province on Sunday, killing a soldier and two "
    "farmers.",
])
def test_is_before_its_men_names_them(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == CLASH
    assert _inters(event)[1] == 1


def test_capitals_mended_only_before_their_men(nlp) -> None:
    from chronica.reparse import capital_names

    doc = nlp("On 6 June 2021, IS militants attacked a police checkpoint near Tarmiyah.")
    assert capital_names(doc) == 1 and doc[5].dep_ == "compound"
    doc = nlp("The checkpoint near Tarmiyah is attacked by militants almost every week.")
    assert capital_names(doc) == 0


@pytest.mark.parametrize("text", [
    "On 12 June 2021, Konkomba youths attacked Fulani settlers at Chereponi (North East), killing two "
    "herders.",
    "Palestinian gunmen opened fire on settlers near Nablus on Tuesday, wounding two.",
])
def test_settlers_attacked_are_civilians(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == VAC


def test_settlers_who_clash_stay_an_armed_side(primary_of) -> None:
    event = primary_of("On 12 June 2021, Konkomba youths clashed with Fulani settlers at Chereponi (North "
                       "East).")
    assert _acled(event) == CLASH
