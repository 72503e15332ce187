"""Armed men and villages (round articles26p): the toll and the act a story about an attack on the unarmed
or a fight tells. People told one by one beside a counted group are dead too ("the priest and five
worshippers": six); a killing the parse hides inside the subject of "officials said" is still the lede's
act; the toll told in a participle of the lede's verb ("ambushed a patrol, killing five soldiers in a
gunfight") is the lede's; "denied that its soldiers had targeted civilians" denies a deed. Sentences of our
own about news in general."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

PUBLISHED = "2021-05-12"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen raided a mosque in Zamfara on Sunday, killing the imam and 12 worshippers and wounding 20 "
     "others.", 13),
    ("A roadside bomb killed three soldiers and their interpreter near Kandahar on Sunday.", 4),
    ("Rebels killed a village chief and his two sons in Beni on Sunday.", 3),
    ("Militants attacked a bus near Peshawar on Sunday, killing the driver and four passengers.", 5),
    ("Armed men raided a wedding party near Jos on Sunday, killing the groom and seven guests and burning "
     "several cars.", 8),
    ("Gunmen stormed a church in the town of Kaya on Sunday, killing the priest and five worshippers and "
     "setting the building on fire.", 6),
])
def test_a_person_named_beside_a_counted_group_is_counted(primary_of, text, toll):
    assert primary_of(text, published=PUBLISHED).fatalities == toll


@pytest.mark.parametrize("text, toll", [
    ("Bandits killed five herders and a camel near Maradi on Sunday.", 5),
    ("Soldiers killed four rebels and six civilians near Gao on Sunday.", 10),
])
def test_no_person_beside_the_count_adds_nothing(primary_of, text, toll):
    assert primary_of(text, published=PUBLISHED).fatalities == toll


@pytest.mark.parametrize("text, toll", [
    ("Armed men on motorbikes killed at least 30 herders who were grazing cattle in pastures near the "
     "village of Tanout in Niger on Sunday, a local mayor and residents said. The attackers rounded up the "
     "herders and drove off their cattle.", 30),
    ("Militia fighters on foot killed at least 25 traders who were travelling to a market near the village "
     "of Beni in Congo on Monday, a local chief and residents said. The fighters rounded up the traders "
     "and took their goods.", 25),
])
def test_the_killing_inside_the_subject_of_a_saying_is_the_lede(primary_of, text, toll):
    primary = primary_of(text, published=PUBLISHED)
    assert (primary.trigger.text, primary.fatalities) == ("killed", toll)
    assert _acled(primary) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, toll", [
    ("Insurgents ambushed an army patrol near Macomia on Monday, killing five soldiers in a gunfight.", 5),
    ("Rebels raided an army base near Goma on Tuesday, killing seven soldiers in a gun battle.", 7),
])
def test_the_toll_of_the_lede_verbs_participle_is_the_ledes(primary_of, text, toll):
    primary = primary_of(text, published=PUBLISHED)
    assert primary.fatalities == toll
    assert _acled(primary)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "The army denied that its soldiers had targeted civilians.",
    "The police denied that its officers had targeted protesters.",
])
def test_a_deed_denied_with_had_is_negated(events_of, text):
    deed = next(e for e in events_of(text, published=PUBLISHED) if e.trigger.text == "targeted")
    assert deed.modality.negated
