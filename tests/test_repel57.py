"""Verbs of beating back an armed enemy (round repel57): "routed", "dislodged", "flushed out", "pushed back"
and "halted X's advance" told of armed men are a fight (CAMEO 193, ACLED Battles), or ground taken when the
enemy is put off a place named ("dislodged Seleka fighters from Bambari": CAMEO 192, as "drove ... out of");
a named rebel group or militia counts as armed men ("routed the M23", "a UNITA column"). A halt of one's
own advance stays a ceasefire; an election or a match won by a rout, a crowd pushed back, a rock dislodged
are no fight. An attack that is the subject of a passive verb of repelling is the one fight the active
tells ("an attack on Mutare was repulsed by Zimbabwean troops"), its by-agent no attacker, and coordinated
by-agents ("by Congolese and Ugandan soldiers") defend together, neither the other's target. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

FARDC = "Military Forces of the Democratic Republic of Congo"


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="repel57", published="2022-06-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _coded(event) -> tuple:
    return (event.plover.get("type"), event.cameo.get("code"), (event.acled or {}).get("event_type"))


# 1. routed: armed men beaten, a fight
@pytest.mark.parametrize("text, word, source, target", [
    ("Congolese troops routed M23 fighters near Sake on Tuesday.", "routed",
     FARDC, "M23"),
    ("The rebels were routed by government troops near Bunia.", "routed",
     FARDC, "Rebels (Democratic Republic of Congo)"),
    ("Angolan troops routed a UNITA column near Cuito Cuanavale.", "routed",
     "Military Forces of Angola", "UNITA"),
    # variants
    ("Somali troops routed al-Shabaab fighters near Beledweyne.", "routed",
     "Military Forces of Somalia", "al-Shabaab"),
    ("Al-Shabaab militants were routed by Ethiopian soldiers near Baidoa.", "routed",
     "Military Forces of Ethiopia", "al-Shabaab"),
    ("The army routed the jihadists after a two-day battle.", "routed", "Military Forces", "Rebels"),
])
def test_routed_armed_men_is_a_fight(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.primary
    assert _coded(event) == ("ASSAULT", "193", "Battles")
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text", [
    # controls: a rout in the polls or on the pitch is no fight
    "The ruling party routed the opposition in the polls.",
    "Zambia routed Malawi 3-0 on Saturday.",
    "Labour routed the Conservatives in the general election.",
    "The Springboks routed Italy 63-21 on Saturday.",
    "The ANC routed the DA in the municipal polls.",
])
def test_routed_controls(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 2. dislodged / flushed out: an enemy put off a place named is ground taken; with no place, a fight
@pytest.mark.parametrize("text, word, cameo, sub, source, target, where", [
    ("Government forces dislodged Seleka fighters from Bambari.", "dislodged", "192",
     "Government regains territory", "Military Forces of the Central African Republic", "Seleka", "Bambari"),
    ("Mai-Mai fighters were dislodged from Walikale by the army.", "dislodged", "192",
     "Government regains territory", FARDC, None, "Walikale"),
    ("Rwandan forces flushed out insurgents from Mocimboa da Praia.", "flushed", "192", None,
     "Military Forces of Rwanda", "Islamist Militia (Mozambique)", "Mocímboa da Praia"),
    ("The militants were flushed out of Awasse by Rwandan soldiers.", "flushed", "192", None,
     "Military Forces of Rwanda", None, None),
    # variants
    ("Malian troops dislodged jihadists from their positions near Mopti.", "dislodged", "192",
     "Government regains territory", "Military Forces of Mali", "Rebels (Mali)", "Mopti"),
    ("Iraqi forces dislodged Islamic State fighters from the town.", "dislodged", "192",
     "Government regains territory", "Military Forces of Iraq", "Islamic State", None),
    ("The army dislodged the rebels after heavy fighting.", "dislodged", "193", "Armed clash",
     "Military Forces", "Rebels", None),
    ("Police flushed out gunmen from a hotel in Nairobi.", "flushed", "193", "Armed clash",
     "Police Forces of Kenya", "Unidentified Armed Group (Kenya)", "Nairobi"),
])
def test_dislodged_armed_men(pipeline, text: str, word: str, cameo: str, sub: str | None, source: str,
                             target: str | None, where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.primary
    assert event.plover.get("type") == "ASSAULT"
    assert event.cameo.get("code") == cameo
    assert event.acled.get("event_type") == "Battles"
    if sub is not None:
        assert event.acled.get("sub_event_type") == sub
    assert _names(event.source) == [source]
    assert target is None or _names(event.target) == [target]
    assert where is None or event.location.name == where


@pytest.mark.parametrize("text", [
    # controls: things dislodged or flushed out, a leader put out of power
    "The landslide dislodged boulders from the hillside.",
    "The prime minister was dislodged from power by a rebellion within his party.",
    "Heavy rains flushed out the drains in Kampala.",
    "Divers dislodged a rock from the riverbed.",
])
def test_dislodged_controls(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text, word, source, target", [
    # controls: driven out, fought off (right before this round)
    ("Government troops drove UNITA rebels out of Huambo.", "drove", "Military Forces of Angola", "UNITA"),
    ("Seleka fighters were driven out of Bossangoa by French troops.", "driven", "Military Forces of France",
     "Seleka"),
])
def test_driven_out_controls(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo.get("code") == "192"
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


# 3. pushed back: armed men or their attack beaten back, a fight
@pytest.mark.parametrize("text, word, source, target", [
    ("The army pushed back ADF rebels from the outskirts of Beni.", "pushed",
     FARDC, "ADF"),
    ("M23 fighters were pushed back by Congolese troops near Kibati.", "pushed",
     FARDC, "M23"),
    # variants
    ("The army pushed back the M23 from Bunagana.", "pushed", FARDC, "M23"),
    ("Ukrainian forces pushed back the Russian offensive near Kharkiv.", "pushed",
     "Military Forces of Ukraine", None),
])
def test_pushed_back_armed_men_is_a_fight(pipeline, text: str, word: str, source: str,
                                          target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _coded(event) == ("ASSAULT", "193", "Battles")
    assert _names(event.source) == [source]
    assert target is None or _names(event.target) == [target]


@pytest.mark.parametrize("text", [
    # controls: a crowd pushed back, a date pushed back
    "Police pushed back protesters outside parliament.",
    "Riot police pushed back the crowd with batons.",
    "The government pushed back the election date to December.",
])
def test_pushed_back_controls(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_pushed_back_migrants_control(pipeline) -> None:
    event = _event(pipeline, "Border guards pushed back dozens of migrants at the frontier.", "pushed")
    assert event.plover.get("type") == "COERCE"


# 4. halted another side's advance: a fight; halted one's own: a ceasefire
@pytest.mark.parametrize("text, word, sides", [
    ("FARDC soldiers halted the M23 advance near Kitshanga.", "halted", {"FARDC", "M23"}),
    # variants
    ("Congolese troops halted the M23 offensive near Rutshuru.", "halted",
     {FARDC, "M23"}),
    ("The army halted the rebels' offensive near Goma.", "halted",
     {FARDC, "Rebels (Democratic Republic of Congo)"}),
])
def test_halted_an_enemy_advance_is_a_fight(pipeline, text: str, word: str, sides: set) -> None:
    event = _event(pipeline, text, word)
    assert _coded(event) == ("ASSAULT", "193", "Battles")
    assert set(_names(event.source)) | set(_names(event.target)) == sides


@pytest.mark.parametrize("text, word, source", [
    # controls: one's own advance halted
    ("M23 halted its advance on Goma after talks in Luanda.", "halted", "M23"),
    ("The rebels halted their offensive to allow aid convoys through.", "halted", "Rebels"),
    ("Russia halted its offensive near Kharkiv.", "halted", "Government of Russia"),
])
def test_halted_own_advance_controls(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "RETREAT"
    assert event.plover.get("mode") == "ceasefire"
    assert _names(event.source) == [source]


# 5. an attack repelled, told in the passive: one fight, the defenders together, no attacker among them
@pytest.mark.parametrize("text, word, sources", [
    ("An attack on Mutare was repulsed by Zimbabwean troops.", "repulsed", ["Military Forces of Zimbabwe"]),
    ("The attack on Beni was repelled by Congolese and Ugandan soldiers.", "repelled",
     [FARDC, "Military Forces of Uganda"]),
    # variants
    ("Congolese and Ugandan soldiers repelled an attack on Beni.", "repelled",
     [FARDC, "Military Forces of Uganda"]),
    ("The raid was fought off by Burundian soldiers.", "fought", ["Military Forces of Burundi"]),
    ("The assault on Mocimboa da Praia was beaten back by Rwandan troops.", "beaten",
     ["Military Forces of Rwanda"]),
])
def test_passive_repelled_attack(pipeline, text: str, word: str, sources: list) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert _coded(event) == ("ASSAULT", "193", "Battles")
    assert _names(event.source) == sources
    assert event.target == []
    defenders = set(sources)
    assert not any(defenders & set(_names(e.source)) for e in events if e is not event)


@pytest.mark.parametrize("text, word, source, target", [
    # controls: the attackers named keep their side; two sides fighting stay apart
    ("The M23 offensive was repulsed by Congolese troops near Sake.", "repulsed",
     [FARDC], ["M23"]),
    ("An ADF attack on Beni was repelled by Congolese troops.", "repelled",
     [FARDC], ["ADF"]),
    ("Burundian soldiers fought off a RED-Tabara raid in Cibitoke.", "fought", ["Military Forces of Burundi"],
     ["RED-Tabara"]),
    ("Indian and Pakistani troops clashed along the border.", "clashed", ["Military Forces of India"],
     ["Military Forces of Pakistan"]),
])
def test_passive_repelled_controls(pipeline, text: str, word: str, source: list, target: list) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert _names(event.source) == source
    assert _names(event.target) == target
