"""Religious proper names (round faithnames54, item faith-1): a church, cathedral or school named after a
saint ("St Mark's Cathedral in Cairo", "St Mary's Church in Kaduna") is a building, never the town or parish
of the saint's name (Saint Mark, Grenada; Saint Mary, Jamaica; Saint Paul, Minn.; Grenada's capital St
George's), and a "... Catholic Church" after a saint's name is a parish's building, not the Holy See; the
see after a bishop's title ("the Archbishop of Canterbury", "the Bishop of Durham") is the English cathedral
town, not a bigger namesake abroad, and casts no vote for the story's country; "Christian" by itself is a
faith, never Christian County; a faith's council or association ("the Muslim Council of Britain", "the
Central Council of Jews in Germany") and "Jewish leaders" are a religious group, not a government; the
Coptic Pope (Tawadros II) is Egypt's Coptic Orthodox Church, not the Vatican. Real saint-named towns, sees
at home, city councils and Pope Francis stay as they were. Sentences written for the test, each group with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="faithnames54", published="2024-06-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    return (event.location.name, event.location.country) if event.location is not None else (None, None)


def _actor(actors) -> tuple[str | None, str | None, str | None]:
    a = actors[0]
    return a.name, a.country, a.sector


# 1. a building named after a saint: the town told after it is the place, and the actors' country
@pytest.mark.parametrize("text, word, where, country", [
    ("A suicide bomber blew himself up outside St Mark's Cathedral in Cairo on Sunday, killing 25 people.",
     "blew", "Cairo", "EGY"),
    ("A bomb went off near St Mary's Church in Kaduna, killing four people.", "went", "Kaduna", "NGA"),
    ("A car bomb exploded outside St Paul's Church in Mosul, police said.", "exploded", "Mosul", "IRQ"),
    ("A fire was started deliberately at St Andrew's Church in Kyiv, police said.", "fire", "Kyiv", "UKR"),
    # variants
    ("Gunmen opened fire outside St Anthony's Church in Colombo, killing three.", "opened fire", "Colombo",
     "LKA"),
    ("A grenade exploded near St Joseph's Cathedral in Bangui, police said.", "exploded", "Bangui", "CAF"),
    ("A bomb exploded outside St Peter's Church in Baghdad, killing six people.", "exploded", "Baghdad",
     "IRQ"),
    ("Militants attacked St Michael's School in Maiduguri, killing two teachers.", "attacked", "Maiduguri",
     "NGA"),
    ("Arsonists set fire to St Thomas's Church in Lahore, police said.", "set fire", "Lahore", "PAK"),
    # controls: such a building told in its own country's town, and real saint-named towns
    ("Gunmen attacked St Paul's Church in Lagos, killing two.", "attacked", "Lagos", "NGA"),
    ("Worshippers were wounded when a grenade was thrown into St George's Cathedral in Juba.", "thrown",
     "Juba", "SSD"),
    ("Police evacuated St Mary's Church in Luton after a bomb threat.", "evacuated", "Luton", "GBR"),
    ("Police in St Petersburg detained 50 protesters.", "detained", "Saint Petersburg", "RUS"),
    ("Police in St. Louis arrested three men after a shooting.", "arrested", "St. Louis", "USA"),
    ("Gunmen killed three people in Saint Mary, Jamaica.", "killed", "Saint Mary", "JAM"),
])
def test_saint_named_building_is_no_place(pipeline, text: str, word: str, where: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == (where, country)
    assert all(a.country == country for a in [*event.source, *event.target])


@pytest.mark.parametrize("text, word, target", [
    ("Militants attacked St George's Church in Tanta, killing 28 people.", "attacked",
     ("Religious Group (Egypt)", "EGY", "REL")),
    ("Gunmen attacked St Francis Xavier Catholic Church in Owo.", "attacked",
     ("Religious Group (Nigeria)", "NGA", "REL")),
    # variant
    ("Gunmen stormed St Anthony's Catholic Church in Kaduna.", "stormed",
     ("Religious Group (Nigeria)", "NGA", "REL")),
    # controls: the Church itself and the Pope are the Holy See's
    ("The Catholic Church condemned the killings.", "condemned", None),
    ("Gunmen attacked St Paul's Church in Lagos, killing two.", "attacked",
     ("Religious Group (Nigeria)", "NGA", "REL")),
])
def test_saint_named_church_target(pipeline, text: str, word: str, target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    if target is None:
        assert _actor(event.source) == ("Vatican", "VAT", "REL")
    else:
        assert _actor(event.target) == target


# 2. a see after a bishop's title: the English cathedral town, no namesake abroad
@pytest.mark.parametrize("text, word, source, where", [
    ("The Archbishop of Canterbury condemned the attack on the mosque.", "condemned", "GBR", {None, "GBR"}),
    ("The Bishop of Durham urged calm after rioters attacked a hotel housing asylum seekers.", "urged", "GBR",
     {None, "GBR"}),
    # variants
    ("The Bishop of Lincoln urged calm after the riots.", "urged", "GBR", {"GBR"}),
    ("The Bishop of Manchester condemned the riots.", "condemned", "GBR", {"GBR"}),
    ("The Archbishop of York condemned the riots in Southport.", "condemned", "GBR", {"GBR"}),
    ("The Archbishop of Canterbury visited flood victims in Christchurch.", "visited", "GBR", {"NZL"}),
    # controls
    ("The Archbishop of Westminster condemned the attack on the church.", "condemned", "GBR", {"GBR"}),
    ("The Archbishop of Abuja appealed for calm.", "appealed", "NGA", {"NGA"}),
    ("The Bishop of Sokoto accused the government of ignoring the killings.", "accused", "NGA", {"NGA"}),
])
def test_see_of_a_title(pipeline, text: str, word: str, source: str, where: set) -> None:
    event = _event(pipeline, text, word)
    assert event.source[0].country == source
    assert event.source[0].sector == "REL"
    assert _where(event)[1] in where


def test_see_abroad_gives_story_place(pipeline) -> None:
    event = _event(pipeline, "The Archbishop of Canterbury denounced the burning of churches in Pakistan.",
                   "denounced")
    assert _where(event) == ("Pakistan", "PAK")
    assert event.target[0].country == "PAK"


# 3. "Christian" alone is a faith, never Christian County
@pytest.mark.parametrize("text, word, where", [
    ("Police arrested a Christian woman on charges of blasphemy.", "arrested", (None, None)),
    ("A Christian teenager was shot dead by gunmen.", "shot dead", (None, None)),
    ("Sectarian clashes between Christian and Muslim youths in Jos killed 10.", "clashes", ("Jos", "NGA")),
    # variants
    ("Gunmen killed a Christian farmer, residents said.", "killed", (None, None)),
    ("A mob attacked Christian homes in Sargodha.", "attacked", ("Sargodha", "PAK")),
    # controls
    ("Police arrested a Christian man in Lahore on blasphemy charges.", "arrested", ("Lahore", "PAK")),
    ("Gunmen shot two people in Christian County, Kentucky.", "shot", ("Christian County", "USA")),
])
def test_christian_is_no_county(pipeline, text: str, word: str, where: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    if where[1] is None:
        assert all(a.country is None for a in [*event.source, *event.target])


def test_christian_police_have_no_country(pipeline) -> None:
    event = _event(pipeline, "Police arrested a Christian woman on charges of blasphemy.", "arrested")
    assert _actor(event.source) == ("Police Forces", None, "COP")


COPTIC = ("Coptic Orthodox Church", "EGY", "REL")


# 4. a faith's council or leaders are a religious group; the Coptic Pope is Egypt's
@pytest.mark.parametrize("text, word, source", [
    ("The Muslim Council of Britain condemned the arson attack on the mosque.", "condemned",
     ("Religious Group (United Kingdom)", "GBR", "REL")),
    ("The Central Council of Jews in Germany condemned the attack.", "condemned",
     ("Religious Group (Germany)", "DEU", "REL")),
    ("The Supreme Muslim Council of Kenya called for calm.", "called",
     ("Religious Group (Kenya)", "KEN", "REL")),
    ("Jewish leaders condemned the attack on the synagogue.", "condemned", ("Religious Group", None, "REL")),
    ("The Coptic Pope condemned the attack on the church in Minya.", "condemned", COPTIC),
    ("Pope Tawadros II condemned the bombing in Alexandria.", "condemned", COPTIC),
    ("The Coptic Pope Tawadros II appealed for restraint.", "appealed", COPTIC),
    # variants
    ("The Hindu Council of Australia condemned the vandalism of the temple.", "condemned",
     ("Religious Group (Australia)", "AUS", "REL")),
    ("The Christian Association of Nigeria condemned the killings.", "condemned",
     ("Religious Group (Nigeria)", "NGA", "REL")),
    ("The National Council of Churches condemned the killings in Plateau State.", "condemned",
     ("Religious Group (Nigeria)", "NGA", "REL")),
    ("Muslim leaders condemned the attack on the church.", "condemned", ("Religious Group", None, "REL")),
    ("Coptic Pope Tawadros II condemned the church attack in Minya.", "condemned", COPTIC),
    # controls
    ("The city council condemned the attack.", "condemned", ("Government", None, "GOV")),
    ("Church leaders condemned the attack on the village.", "condemned", ("Religious Group", None, "REL")),
    ("Pope Francis condemned the attack on the church in Owo.", "condemned", ("Francis", "VAT", "REL")),
    ("The Pope called for peace in Ukraine.", "called", ("Vatican", "VAT", "REL")),
])
def test_faith_bodies(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


@pytest.mark.parametrize("text, word, where", [
    ("The Coptic Pope Tawadros II appealed for restraint.", "appealed", {None, "EGY"}),
    ("Pope Tawadros II condemned the bombing in Alexandria.", "condemned", {"EGY"}),
    # control: the attack Pope Francis spoke of keeps its place
    ("Pope Francis condemned the attack on the church in Owo.", "attack", {"NGA"}),
])
def test_coptic_pope_no_vatican_place(pipeline, text: str, word: str, where: set) -> None:
    assert _where(_event(pipeline, text, word))[1] in where
