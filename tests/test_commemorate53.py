"""Who remembers an old deed did not do it (round commemorate53, item memory-1): an old deed told with no doer
of its own ("the 2002 Bali bombings", "the 1982 massacre", "27,000 people were murdered") is not given to the
people who commemorate, honour or pay tribute to it ("Indonesians commemorated ...", "paused to remember the
people killed in ..."), to the court or prosecutors who try someone for it (the one tried did it: "convicted a
former soldier on Monday of the 1982 massacre", the parse hanging "of" on the day; "sentenced ... for crimes,
including the torture of 4,000 detainees"), to the keepers of figures that count it ("police figures show"),
to those who failed to prevent it ("failed to prevent the bombings", which is then not negated), nor to the
victims, relatives or survivors it names ("relatives of the victims of the 1988 Halabja attack"). The day's
commemoration (a sit-in, a protest, "marked with a march") stays the news and a peaceful protest; the deed
under "victims of" is its setting, and force dated years before it is no force met at it. The torture of
detainees counts no arrests. A deed with a subject of its own ("marked the anniversary by attacking a police
station"), a doer inside the deed's own phrase ("the 1999 NATO bombing") and the one charged or sentenced
("sentenced three men ... for killing") stay. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2025-05-10"):
    return list(pipeline.code(document_from_text(text, doc_id="commemorate53", published=published)))


def _event(pipeline, text: str, word: str, published: str = "2025-05-10"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _primary(pipeline, text: str, published: str = "2025-05-10"):
    return next(e for e in _events(pipeline, text, published) if e.primary)


# 1. who commemorates, remembers, honours or pays tribute to an old deed did not do it
@pytest.mark.parametrize("text, word, source, acled", [
    ("Indonesians commemorated the 2002 Bali bombings on Saturday with a ceremony in Kuta.", "bombings",
     "Unidentified Armed Group (Indonesia)", "Remote explosive/landmine/IED"),
    ("Americans paused on Thursday to remember the nearly 3,000 people killed in the September 11 attacks.",
     "attacks", "Unidentified Armed Group (United States)", "Attack"),
    ("Ukraine on Saturday commemorated the victims of the Bucha massacre.", "massacre",
     "Unidentified Armed Group (Ukraine)", "Attack"),
    # Beslan is read as a place since latam61 ("Residents of X" opening a sentence), as Madrid is below
    ("Residents of Beslan paid tribute on Tuesday to the children killed in the school siege.", "siege",
     "Unidentified Armed Group (Russia)", None),
    # variants
    ("Rwandans commemorated the 1994 genocide on Sunday with a walk in Kigali.", "genocide",
     "Unidentified Armed Group (Rwanda)", "Attack"),
    ("Norwegians gathered on Monday to remember the 77 people killed in the 2011 Utoya attacks.", "attacks",
     "Unidentified Armed Group (Norway)", "Attack"),
    ("Kenya on Friday honoured the victims of the 1998 embassy bombing in Nairobi.", "bombing",
     "Unidentified Armed Group (Kenya)", "Remote explosive/landmine/IED"),
    ("Residents of Madrid paid homage on Tuesday to the 193 people killed in the 2004 train bombings.",
     "bombings", "Unidentified Armed Group (Spain)", "Remote explosive/landmine/IED"),
])
def test_commemorators_are_not_doers(pipeline, text: str, word: str, source: str, acled: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    if acled is not None:
        assert event.acled["sub_event_type"] == acled


@pytest.mark.parametrize("text, word, source", [
    # controls: a deed with a subject of its own, a doer inside the deed's phrase, a reporter's clause
    ("Protesters marked the anniversary by attacking a police station in Yerevan on Sunday.", "attacking",
     "Rioters (Armenia)"),
    ("Protesters marked the anniversary by torching a police vehicle in Nairobi on Monday.", "torching",
     "Rioters (Kenya)"),
    ("Soldiers marked the day by shelling rebel positions on Monday.", "shelling", "Military Forces"),
    ("Serbs in Belgrade honoured the victims of the 1999 NATO bombing on Sunday.", "bombing", "NATO"),
    ("Police said on Monday that gunmen shot dead five people in Guerrero.", "shot dead",
     "Unidentified Armed Group (Mexico)"),
    ("Hundreds of Kurds rallied in Halabja on Sunday on the anniversary of the 1988 chemical attack by"
     " Saddam Hussein's forces that killed 5,000 people.", "attack", "Saddam Hussein"),
])
def test_commemorators_controls(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


# 2. the court or prosecutors who try someone for a deed did not do it; the one tried did
@pytest.mark.parametrize("text, word, source, arrested", [
    ("A Guatemalan court convicted a former soldier on Monday of the 1982 massacre of 201 people in the"
     " village of Dos Erres.", "massacre", "a former soldier", None),
    ("The Special Court convicted the former rebel leader on Thursday of murder, rape and the use of child"
     " soldiers.", "murder", "the former rebel leader", None),
    ("A German court on Tuesday sentenced a former Syrian intelligence officer to life in prison for crimes"
     " against humanity, including the torture of 4,000 detainees in Damascus.", "torture",
     "a former Syrian intelligence officer", None),
    # variants
    ("A court in Dhaka convicted a former militant on Monday of the 2016 cafe siege.", "siege",
     "a former militant", None),
])
def test_tried_one_is_the_doer(pipeline, text: str, word: str, source: str, arrested: int | None) -> None:
    event = _event(pipeline, text, word, "2024-11-15")
    assert [a.text for a in event.source] == [source]
    assert event.arrested == arrested


@pytest.mark.parametrize("text, word, court", [
    ("Prosecutors charged a former guard on Wednesday with aiding and abetting the murder of thousands of"
     " people at the Sachsenhausen concentration camp.", "murder", "Judiciary of Germany"),
    ("A Bosnian court on Tuesday jailed a former police officer for war crimes, including the killing of 30"
     " civilians in Visegrad.", "killing", "Judiciary of Bosnia and Herzegovina"),
])
def test_court_is_not_the_doer(pipeline, text: str, word: str, court: str) -> None:
    assert court not in _names(_event(pipeline, text, word, "2024-11-15").source)


def test_charge_is_the_news_not_the_old_murder(pipeline) -> None:
    text = ("Prosecutors charged a former guard on Wednesday with aiding and abetting the murder of thousands"
            " of people at the Sachsenhausen concentration camp.")
    event = _primary(pipeline, text, "2024-11-15")
    assert (event.trigger.text, event.plover["type"], _names(event.source)) == (
        "charged", "ACCUSE", ["Judiciary of Germany"])


@pytest.mark.parametrize("text, word, source", [
    # controls: the one sentenced, charged or arrested for the deed did it
    ("A court in Lahore sentenced three men to death on Tuesday for killing a Christian couple.", "killing",
     "three men"),
    ("A Kenyan court charged two officers on Monday with the murder of a lawyer and his driver.", "murder",
     "two officers"),
    ("Police arrested two men on Tuesday over the killing of a journalist in Lagos.", "killing", "two men"),
])
def test_tried_one_controls(pipeline, text: str, word: str, source: str) -> None:
    assert [a.text for a in _event(pipeline, text, word, "2024-11-15").source] == [source]


# 3. the keepers of figures and those who failed to prevent a deed did not do it; the deed was done
@pytest.mark.parametrize("text, word, source, dead", [
    ("Police figures show that 27,000 people were murdered in South Africa in the past year.", "murdered",
     "Unidentified Armed Group (South Africa)", 27000),
    ("An inquiry found that police failed to prevent the 2019 church bombings in Colombo, which killed 269"
     " people.", "bombings", "Unidentified Armed Group (Sri Lanka)", 269),
    # variants
    ("Official figures show that 4,500 people were kidnapped in Nigeria last year.", "kidnapped",
     "Unidentified Armed Group (Nigeria)", None),
    ("A report found that soldiers failed to stop the 2019 massacre in the village, which killed 35 people.",
     "massacre", "Unidentified Armed Group", 35),
    ("Police said on Tuesday that they could not prevent the attack on the market, which killed 12 people.",
     "attack", "Unidentified Armed Group", 12),
])
def test_counters_and_failed_preventers_are_not_doers(pipeline, text: str, word: str, source: str,
                                                      dead: int | None) -> None:
    event = _event(pipeline, text, word, "2025-01-20")
    assert _names(event.source) == [source]
    assert not event.modality.negated
    assert event.fatalities == dead


def test_prevented_attack_controls(pipeline) -> None:
    # control: an attack prevented did not happen, and the police who prevented it did not attack
    event = _event(pipeline, "Police prevented an attack on a church in Lahore on Sunday.", "attack")
    assert event.modality.negated
    assert "Police Forces of Pakistan" not in _names(event.source)


# 4. the day's commemoration is the news, a peaceful protest of its people; the old deed is its setting
@pytest.mark.parametrize("text, word, sub_event, deed, deed_source", [
    ("Relatives of the victims of the 1988 Halabja attack staged a sit-in outside the governor's office on"
     " Sunday.", "sit-in", "Peaceful protest", "attack", "Unidentified Armed Group (Iraq)"),
    ("Families of the victims of the Beirut port blast protested outside the Justice Palace on Sunday, the"
     " fourth anniversary of the explosion.", "protested", "Peaceful protest", "blast",
     "Unidentified Armed Group (Lebanon)"),
    ("The anniversary of the Marikana massacre, when police shot dead 34 striking miners in 2012, was marked"
     " with a march on Thursday.", "march", "Peaceful protest", None, None),
    # variants
    ("Widows of the victims of the 2014 mine attack marched through the town on Saturday.", "marched",
     "Peaceful protest", "attack", "Unidentified Armed Group"),
    ("Mothers of the victims of the 2015 school shooting held a rally in the capital on Friday.", "rally",
     "Peaceful protest", "shooting", "Unidentified Armed Group"),
    ("Survivors of the 2017 bombing in Mogadishu protested outside parliament on Sunday.", "protested",
     "Peaceful protest", "bombing", "Unidentified Armed Group (Somalia)"),
    ("The anniversary of the 1989 crackdown, when troops opened fire on students, was marked with a vigil on"
     " Tuesday.", "vigil", "Peaceful protest", None, None),
])
def test_commemoration_is_the_news(pipeline, text: str, word: str, sub_event: str, deed: str | None,
                                   deed_source: str | None) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.plover["type"], event.acled["sub_event_type"]) == (
        word, "PROTEST", sub_event)
    assert all(a.inter == 6 for a in event.source)
    if deed is not None:
        assert _names(_event(pipeline, text, deed).source) == [deed_source]


@pytest.mark.parametrize("text, word, sub_event", [
    # controls: a rally on the anniversary, a vigil of survivors, a crowd that marks it by attacking
    ("Hundreds of Kurds rallied in Halabja on Sunday on the anniversary of the 1988 chemical attack by"
     " Saddam Hussein's forces that killed 5,000 people.", "rallied", "Peaceful protest"),
    ("Survivors of the 2019 Easter bombings held a vigil in Colombo on Sunday.", "vigil", "Peaceful protest"),
    ("Protesters marked the anniversary by attacking a police station in Yerevan on Sunday.", "attacking",
     "Violent demonstration"),
])
def test_commemoration_controls(pipeline, text: str, word: str, sub_event: str) -> None:
    event = _primary(pipeline, text)
    assert (event.trigger.text, event.acled["sub_event_type"]) == (word, sub_event)
