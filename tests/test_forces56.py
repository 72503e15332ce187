"""South Asian words for state forces and state bodies (round forces56, item southasia-1): the bare "jawan(s)"
is a soldier of the state the place or story names (India's or Pakistan's military); a force's "patrolling
party", "road-opening party" or "raiding party" is that force, not a political party; "the Centre" and "the
MHA" are India's government, "the ED" and "the CBI" India's agencies, "the FIA" and "the NAB" Pakistan's,
"the IPKF" India's army abroad -- the short forms only in a story set at home and only as written (never "the
centre of Kabul", "the Centre for Policy Research", Sweden's Centre Party, a hospital's ED or Britain's CBI).
Also: Babbar Khalsa is its own group, not the Khalistan Tiger Force; the Jamaat-e-Islami is the party of
the story's country and keeps its whole hyphened name as a subject; kar sevaks, Shiv Sainiks, the JVP, the
Salwa Judum and the Ranvir Sena are known. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2019-06-01"):
    return list(pipeline.code(document_from_text(text, doc_id="forces56", published=published)))


def _event(pipeline, text: str, word: str, published: str = "2019-06-01"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _actor(actor) -> tuple:
    return (actor.name, actor.country, actor.sector, actor.inter)


def _acled(event) -> str | None:
    return event.acled.get("event_type") if event.acled else None


# 1. the bare "jawan(s)": a soldier of the state where the story is set
@pytest.mark.parametrize("text, word, side, actor, acled", [
    ("Jawans of the 181 Battalion gunned down two Maoists in Kanker.", "gunned", "source",
     ("Military Forces of India", "IND", "MIL", 1), "Battles"),
    ("Maoists abducted a jawan from a weekly market in Bijapur.", "abducted", "target",
     ("Military Forces of India", "IND", "MIL", 1), None),
    ("Militants fired at jawans guarding a bank in Pulwama.", "fired", "target",
     ("Military Forces of India", "IND", "MIL", 1), "Battles"),
    ("A jawan shot dead four colleagues in a camp in Sukma before turning the gun on himself.", "shot dead",
     "source", ("Military Forces of India", "IND", "MIL", 1), None),
    # variants: Pakistani copy, a count, a blast
    ("Terrorists killed two jawans in North Waziristan.", "killed", "target",
     ("Military Forces of Pakistan", "PAK", "MIL", 1), "Battles"),
    ("Maoists killed two jawans and injured a villager in an IED blast in Dantewada.", "blast", "target",
     ("Military Forces of India", "IND", "MIL", 1), "Explosions/Remote violence"),
    # controls: a named force's jawans stay that force
    ("A CRPF jawan was killed in an IED blast in Bijapur.", "blast", "target",
     ("CRPF", "IND", "COP", 1), None),
    ("BSF jawans shot dead an intruder along the border in Jammu.", "shot dead", "source",
     ("BSF", "IND", "COP", 1), None),
])
def test_jawans_are_state_forces(pipeline, text: str, word: str, side: str, actor: tuple,
                                 acled: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _actor(getattr(event, side)[0]) == actor
    if acled is not None:
        assert _acled(event) == acled


def test_jawan_film_is_no_actor(pipeline) -> None:
    events = _events(pipeline, "Shah Rukh Khan's Jawan broke box office records in Mumbai.")
    assert not any(a.sector == "MIL" for e in events for a in e.source + e.target)


# 2. a force's detachment called a "party"
@pytest.mark.parametrize("text, word, actor, acled", [
    ("Maoists ambushed a patrolling party of the CRPF in Sukma.", "ambushed",
     ("CRPF", "IND", "COP", 1), "Battles"),
    ("Maoists attacked a road-opening party in Bijapur.", "attacked",
     ("Military Forces of India", "IND", "MIL", 1), "Battles"),
    ("Villagers attacked a raiding party of the excise department in Nalanda.", "attacked",
     ("Police Forces of India", "IND", "COP", 1), None),
    # variants
    ("Maoists ambushed a road opening party of the CRPF near Chintagufa.", "ambushed",
     ("CRPF", "IND", "COP", 1), "Battles"),
    ("An army patrolling party came under fire in Kupwara.", "came under fire",
     ("Military Forces of India", "IND", "MIL", 1), "Battles"),
    ("Terrorists fired on a police patrolling party in Anantnag.", "fired",
     ("Police Forces of India", "IND", "COP", 1), "Battles"),
    # controls: a police party, a wedding party, a party's office
    ("Militants attacked a police party in Sopore.", "attacked", ("Police Forces of India", "IND", "COP", 1),
     "Battles"),
    ("Police attacked a wedding party in Kandahar.", "attacked", ("Civilians (Afghanistan)", "AFG", "CVL", 7),
     "Violence against civilians"),
    ("Maoists attacked a Congress party office in Aurangabad.", "attacked",
     ("Congress party", "IND", "PTY", 7),
     None),
])
def test_force_parties_are_forces(pipeline, text: str, word: str, actor: tuple, acled: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.target[0]) == actor
    if acled is not None:
        assert _acled(event) == acled


# 3. the state bodies named by metonymy or abbreviation
@pytest.mark.parametrize("text, word, actor", [
    ("The Centre imposed a ban on the Jammu Kashmir Liberation Front under the UAPA.", "ban",
     ("Government of India", "IND", "GOV", 1)),
    ("The MHA banned the Sikhs for Justice for five years.", "banned",
     ("Government of India", "IND", "GOV", 1)),
    ("The ED arrested Jharkhand Chief Minister Hemant Soren in a land scam case.", "arrested",
     ("ED", "IND", "COP", 1)),
    ("The CBI arrested two police officers in Kolkata.", "arrested", ("CBI", "IND", "COP", 1)),
    ("The FIA arrested a journalist in Lahore over a social media post.", "arrested",
     ("FIA", "PAK", "COP", 1)),
    ("The NAB arrested former prime minister Yousaf Raza Gilani in Islamabad.", "arrested",
     ("NAB", "PAK", "COP", 1)),
    ("The IPKF killed 12 Tamil Tigers in a clash near Jaffna.", "clash", ("IPKF", "IND", "MIL", 8)),
    # variants
    ("The Centre and the Punjab government clashed over water in Chandigarh.", "clashed",
     ("Government of India", "IND", "GOV", 1)),
    ("The Enforcement Directorate raided the homes of a minister in Kolkata.", "raided",
     ("ED", "IND", "COP", 1)),
    ("CBI arrested a bank manager in Patna.", "arrested", ("CBI", "IND", "COP", 1)),
    ("The FIA raided a money exchange in Karachi.", "raided", ("FIA", "PAK", "COP", 1)),
    ("The IPKF clashed with the LTTE near Jaffna.", "clashed", ("IPKF", "IND", "MIL", 8)),
    # controls
    ("The Union government banned the Popular Front of India.", "banned",
     ("Government of India", "IND", "GOV", 1)),
    ("The NIA arrested three persons in connection with the blast.", "arrested", ("NIA", "IND", "COP", 1)),
    ("Sweden's Centre Party called for new elections.", "called",
     ("Political Party (Sweden)", "SWE", "PTY", 7)),
    ("Police in Singapore said the Ministry of Home Affairs had detained a teenager under the Internal "
     "Security Act.", "detained", ("Government of Singapore", "SGP", "GOV", 1)),
])
def test_state_bodies_by_short_name(pipeline, text: str, word: str, actor: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.source[0]) == actor


@pytest.mark.parametrize("text, name", [
    # controls: the short forms abroad, in lower case or inside a longer name name no Indian or Pakistani body
    ("A bomb exploded in the centre of Kabul, killing five people.", "Government of India"),
    ("A bomb exploded in the centre of Srinagar, killing five people.", "Government of India"),
    ("The Centre for Policy Research criticised the new law in New Delhi.", "Government of India"),
    ("A man opened fire in the ED of a hospital in Chicago, killing two nurses.", "ED"),
    ("The CBI called for lower taxes in London.", "CBI"),
    ("The FIA banned the team after the race in Paris.", "FIA"),
])
def test_short_names_elsewhere_controls(pipeline, text: str, name: str) -> None:
    events = _events(pipeline, text)
    assert not any(a.name == name and a.sector in ("GOV", "COP") for e in events for a in e.source)


# 4. South Asian groups: their own entries, the country of the story
@pytest.mark.parametrize("text, word, side, actor, published", [
    ("Babbar Khalsa militants threw a grenade at a police station in Amritsar.", "threw", "source",
     ("Babbar Khalsa", "IND", "REB", 2), "2019-06-01"),
    ("The Jamaat-e-Islami attacked police in Lahore.", "attacked", "source",
     ("Jamaat-e-Islami", "PAK", "PTY", 3), "2019-06-01"),
    ("Police raided the office of Jamaat-e-Islami in Srinagar.", "raided", "target",
     ("Jamaat-e-Islami", "IND", "PTY", 0), "2019-06-01"),
    ("Lashkar-e-Taiba attacked police in Srinagar.", "attacked", "source",
     ("Lashkar-e-Taiba", "PAK", "REB", 2), "2019-06-01"),
    ("Kar sevaks demolished the mosque in Ayodhya.", "demolished", "source",
     ("Rioters (India)", "IND", "REL", 5), "1992-12-06"),
    ("Shiv Sainiks vandalised a cinema hall in Mumbai.", "vandalised", "source",
     ("Shiv Sena", "IND", "PTY", 0), "2019-06-01"),
    ("JVP insurgents killed a village headman near Matara.", "killed", "source",
     ("JVP", "LKA", "REB", 2), "1989-06-01"),
    ("Salwa Judum activists burned a village in Dantewada.", "burned", "source",
     ("Salwa Judum", "IND", "PRM", 3), "2006-06-01"),
    ("The Ranvir Sena massacred 58 Dalits in Jehanabad.", "massacred", "source",
     ("Ranvir Sena", "IND", "PRM", 4), "1997-12-02"),
    # controls
    ("The Khalistan Tiger Force claimed the killing of a gangster in Jalandhar.", "killing", "source",
     ("Khalistan Tiger Force", "IND", "REB", 2), "2019-06-01"),
    ("Jamaat-e-Islami activists clashed with police in Dhaka.", "clashed", "source",
     ("Rioters (Bangladesh)", "BGD", "PTY", 5), "2019-06-01"),
])
def test_south_asian_groups(pipeline, text: str, word: str, side: str, actor: tuple, published: str) -> None:
    event = _event(pipeline, text, word, published)
    assert _actor(getattr(event, side)[0]) == actor


@pytest.mark.parametrize("text, country", [
    ("The Jamaat-e-Islami staged a protest in Lahore.", "PAK"),
    ("The Jamaat-e-Islami staged a protest in Dhaka.", "BGD"),
    # control: another hyphened party name kept whole
    ("The Tehreek-e-Labbaik staged a protest in Lahore.", "PAK"),
])
def test_jamaat_protest_keeps_its_name(pipeline, text: str, country: str) -> None:
    event = _event(pipeline, text, "protest")
    actor = event.source[0]
    assert "Jamaat-e-Islami" in actor.text or "Tehreek-e-Labbaik" in actor.text
    assert (actor.country, actor.sector) == (country, "PTY")
