"""Blows owned by a nationality (round shelling55): in "N were killed|wounded|died in|by <Nationality>
shelling, artillery, mortar or sniper fire, or ambush" the nationality names the attacker. The parse that
makes the nationality the object of "in" and "shelling" a clause is mended (one event, the attacker the
source, the victims the target, the dead counted); a demonym the tagger takes for a person or a product
("Tajik", "Azerbaijani", "Abkhaz") still names the doer; a state's ambush or sniper fire is its military's;
the attacker's adjective sets no country for the victims or the place of a story that names none; "Two
Azerbaijani soldiers" counts the soldiers. Sentences written for the test, from many conflicts, each group
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="shelling55", published="2023-10-01")))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the nationality on the blow is its doer; one event, the victims its target, the dead counted
@pytest.mark.parametrize("text, source, target, dead", [
    ("Two Azerbaijani soldiers were killed in Armenian shelling in the Tovuz district.",
     "Military Forces of Armenia", "Military Forces of Azerbaijan", 2),
    ("Three people were killed in Israeli shelling in southern Lebanon.",
     "Military Forces of Israel", "Civilians (Lebanon)", 3),
    ("Four Georgian policemen died in Russian shelling near Tskhinvali.",
     "Military Forces of Russia", "Police Forces of Georgia", 4),
    ("Four Georgian police officers were killed in an Abkhaz ambush in the Gali district.",
     "Abkhaz Ethnic Militia (Georgia)", "Police Forces of Georgia", 4),
    ("An Armenian soldier was killed by Azerbaijani sniper fire near Sotk.",
     "Military Forces of Azerbaijan", "Military Forces of Armenia", 1),
    ("Three Azerbaijani soldiers were killed in Armenian shelling overnight.",
     "Military Forces of Armenia", "Military Forces of Azerbaijan", 3),
    ("Three Azerbaijani soldiers were killed in Armenian shelling.",
     "Military Forces of Armenia", "Military Forces of Azerbaijan", 3),
    # variants from other conflicts
    ("Three Palestinians were killed in Israeli shelling in Gaza.",
     "Military Forces of Israel", "Civilians (Palestine)", 3),
    ("Two Indian soldiers were killed in Pakistani shelling along the Line of Control.",
     "Military Forces of Pakistan", "Military Forces of India", 2),
    ("Two people were killed in Ethiopian shelling in Tigray.",
     "Military Forces of Ethiopia", "Civilians (Ethiopia)", 2),
    ("A Tajik soldier died in Kyrgyz shelling near the border.",
     "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan", 1),
    ("Four Eritrean soldiers were killed in an Ethiopian ambush.",
     "Military Forces of Ethiopia", "Military Forces of Eritrea", 4),
    ("Five Pakistani soldiers were killed in an Afghan ambush near the border.",
     "Military Forces of Afghanistan", "Military Forces of Pakistan", 5),
    ("Two soldiers were killed by Pakistani sniper fire in Kashmir.",
     "Military Forces of Pakistan", "Military Forces of India", 2),
    ("An Azerbaijani soldier was killed by Armenian sniper fire in the Kalbajar district, the defence "
     "ministry said.", "Military Forces of Armenia", "Military Forces of Azerbaijan", 1),
    # controls: right before the round
    ("Two Syrian soldiers were killed in Turkish shelling near Afrin.",
     "Military Forces of Turkey", "Military Forces of Syria", 2),
    ("Twelve people were killed in Israeli airstrikes in Gaza.",
     "Military Forces of Israel", "Civilians (Palestine)", 12),
    ("Israeli airstrikes killed 12 people in Gaza.",
     "Military Forces of Israel", "Civilians (Palestine)", 12),
    ("Ukrainian shelling killed three people in Donetsk.",
     "Military Forces of Ukraine", "Civilians (Ukraine)", 3),
    ("Azerbaijani troops shelled Armenian positions near Jermuk, killing two soldiers.",
     "Military Forces of Azerbaijan", "Military Forces of Armenia", 2),
    ("A Tajik border guard was killed by Kyrgyz fire, Dushanbe said.",
     "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan", 1),
    ("Three Syrian soldiers were killed by Turkish shelling.",
     "Military Forces of Turkey", "Military Forces of Syria", 3),
])
def test_nationality_on_the_blow_is_its_doer(pipeline, text: str, source: str, target: str,
                                             dead: int) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert len([e for e in events if e.plover.get("type") == "ASSAULT"]) == 1
    assert _names(primary.source) == [source]
    assert _names(primary.target)[:1] == [target]
    assert primary.fatalities == dead


# 2. the doer and the wounded of mortar, artillery and shelling named by a nationality
@pytest.mark.parametrize("text, source, injured", [
    ("Five Armenian soldiers were wounded in Azerbaijani artillery fire overnight.",
     "Military Forces of Azerbaijan", 5),
    ("Two Kyrgyz soldiers were wounded in Tajik mortar fire.", "Military Forces of Tajikistan", 2),
    ("Four villagers were wounded in Indian shelling in Kashmir.", "Military Forces of India", 4),
    ("Three Syrian soldiers were wounded in Turkish artillery fire.", "Military Forces of Turkey", 3),
    ("Four Lebanese civilians were wounded in Israeli shelling of border villages.",
     "Military Forces of Israel", 4),
])
def test_wounded_by_a_nationality_s_fire(pipeline, text: str, source: str, injured: int) -> None:
    primary = _primary(pipeline, text)
    assert _names(primary.source) == [source]
    assert primary.injured == injured


@pytest.mark.parametrize("text, source", [
    ("A Kyrgyz border guard was wounded in Tajik mortar fire near Batken.", "Military Forces of Tajikistan"),
    ("A Kyrgyz soldier was wounded in Tajik shelling.", "Military Forces of Tajikistan"),
    ("Two civilians were killed in Azerbaijani shelling of Stepanakert.", "Military Forces of Azerbaijan"),
    ("Seven Houthi fighters were killed in Saudi airstrikes in Saada.", "Saudi-led coalition"),
    # control: the coalition, as "Saudi forces" in Yemen are
    ("Saudi airstrikes killed seven Houthi fighters in Saada.", "Saudi-led coalition"),
])
def test_doer_of_a_blow_named_by_a_demonym(pipeline, text: str, source: str) -> None:
    events = _events(pipeline, text)
    assert len(events) == 1
    assert _names(events[0].source) == [source]


@pytest.mark.xfail(strict=True, reason="one wounded told by 'a' is not counted (no 'victims named' for the "
                                        "injured), a counts gap beyond this round")
def test_one_wounded_is_counted(pipeline) -> None:
    primary = _primary(pipeline, "A Kyrgyz border guard was wounded in Tajik mortar fire near Batken.")
    assert primary.injured == 1


# 3. the attacker's adjective gives no country to victims of no stated nationality, nor to the place
@pytest.mark.parametrize("text, source, target, dead", [
    ("Two soldiers were killed in Azerbaijani shelling.", "Military Forces of Azerbaijan", "Military Forces",
     2),
    ("A soldier was killed in Russian shelling.", "Military Forces of Russia", "Military Forces", 1),
    ("Two civilians were killed by Armenian shelling.", "Military Forces of Armenia", "Civilians", 2),
    ("A border guard was wounded in Tajik mortar fire.", "Military Forces of Tajikistan", "Military Forces",
     None),
])
def test_attacker_adjective_is_no_place(pipeline, text: str, source: str, target: str,
                                        dead: int | None) -> None:
    primary = _primary(pipeline, text)
    assert _names(primary.source) == [source]
    assert _names(primary.target) == [target]
    assert primary.target[0].country is None
    assert primary.location is None
    assert primary.fatalities == dead


@pytest.mark.parametrize("text, target, where", [
    # the victims' own demonym still places them
    ("Five Ukrainian civilians were killed in Russian shelling.", "Civilians (Ukraine)", "UKR"),
    ("Two Syrian soldiers were killed in Turkish shelling.", "Military Forces of Syria", "SYR"),
    ("Seven Houthi fighters were killed in Saudi airstrikes.", "Houthis", "YEM"),
    # a place named keeps its country
    ("Ukrainian shelling killed three people in Donetsk.", "Civilians (Ukraine)", "UKR"),
    ("Three people were killed in Israeli bombing in Rafah.", "Civilians (Palestine)", "PSE"),
])
def test_victims_and_places_named_keep_their_country(pipeline, text: str, target: str, where: str) -> None:
    primary = _primary(pipeline, text)
    assert _names(primary.target)[:1] == [target]
    assert primary.location is not None and primary.location.country == where


# 4. "Two Azerbaijani soldiers": the figure counts the soldiers, not the nationality; the doer stays unnamed
@pytest.mark.parametrize("text, dead, source", [
    ("Two Azerbaijani soldiers were killed in an attack.", 2, "Unidentified Armed Group (Azerbaijan)"),
    ("Three Azerbaijani soldiers were killed by a landmine.", 3, "Unidentified Armed Group (Azerbaijan)"),
    ("Two Azerbaijani soldiers were killed in shelling.", 2, "Unidentified Armed Group (Azerbaijan)"),
    # controls
    ("Two Syrian soldiers were killed in an attack.", 2, "Unidentified Armed Group (Syria)"),
    ("Two Azerbaijani soldiers were killed in shelling by Armenian forces.", 2, "Military Forces of Armenia"),
])
def test_figure_before_a_demonym_counts_the_people(pipeline, text: str, dead: int, source: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.fatalities == dead
    assert _names(primary.source) == [source]


# 5. a clause after a state is no blow: "with Qatar acting as mediator" keeps its parse
@pytest.mark.parametrize("text, word, source", [
    ("Israel and Hamas agreed to a truce, with Qatar acting as mediator.", "acting as mediator",
     "Government of Qatar"),
    ("Two Armenian soldiers were killed in clashes with Azerbaijani forces.", "clashes",
     "Military Forces of Armenia"),
    ("Three people were killed in heavy fighting in Tigray.", "fighting",
     "Unidentified Armed Group (Ethiopia)"),
])
def test_controls_without_a_described_blow(pipeline, text: str, word: str, source: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == word)
    assert _names(event.source) == [source]
