"""Custody headlines (round jailed52): a headline drops the "was" of a custody verb ("Saudi blogger jailed
for 10 years", "Nicaraguan bishop Rolando Alvarez sentenced to 26 years", "Fujimori freed from prison"),
and the tagger reads a past tense with the jailed, sentenced or freed person its subject. With no object,
agent or auxiliary, in a line with no final stop, such a verb is the passive it is, the subject named or
not, so the person is the target (the state of the place the doer where the rule gives one); so is the
same participle parsed as a clause on the noun that opens the line ("Belarus opposition figure Kolesnikova
sentenced"), a verdict ("Jimmy Lai found guilty") and a sentence handed ("Yang Hengjun handed suspended
death sentence"). The state's own bodies before the verb, a verb with an object and a sentence with a final
stop keep their reading. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="jailed52", published="2024-03-10"))
                if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a custody participle with no "was": the person its target, never its source
@pytest.mark.parametrize("text, word, source, target", [
    ("Saudi blogger jailed for 10 years", "jailed", "Police Forces of Saudi Arabia",
     "Journalists (Saudi Arabia)"),
    ("Nicaraguan bishop Rolando Alvarez sentenced to 26 years", "sentenced", "Judiciary of Nicaragua",
     "Rolando Alvarez"),
    ("Thai activist sentenced to 28 years for insulting monarchy", "sentenced", "Judiciary of Thailand",
     "Opposition (Thailand)"),
    ("Hong Kong media tycoon Jimmy Lai found guilty of collusion", "found guilty", "Judiciary of Hong Kong",
     "Jimmy Lai"),
    ("Former Peruvian president Fujimori freed from prison", "freed", None, "Alberto Fujimori"),
    ("Cuban dissident Jose Daniel Ferrer released from prison", "released", None, "Jose Daniel Ferrer"),
    ("Guatemalan journalist Jose Ruben Zamora detained again", "detained", "Police Forces of Guatemala",
     "Jose Ruben Zamora"),
    ("Zimbabwean journalist Hopewell Chin'ono arrested again", "arrested", "Police Forces of Zimbabwe",
     "Hopewell Chin'ono"),
    ("Turkish novelist Asli Erdogan detained over articles", "detained", "Police Forces of Turkey",
     "Asli Erdogan"),
    ("Kenyan activist Boniface Mwangi deported from Tanzania", "deported", "Government of Tanzania",
     "Boniface Mwangi"),
    ("Vietnamese blogger jailed for 'anti-state propaganda'", "jailed", "Police Forces of Vietnam",
     "Journalists (Vietnam)"),
    ("Egyptian activist freed after presidential pardon", "freed", None, "Opposition (Egypt)"),
    ("Tunisian opposition leader Ghannouchi jailed for three years", "jailed", "Police Forces of Tunisia",
     "Ghannouchi"),
    # the participle parsed as a clause on the noun that opens the line; a sentence handed
    ("Belarusian opposition figure Kolesnikova sentenced to 11 years", "sentenced", "Judiciary of Belarus",
     "Maria Kolesnikova"),
    ("Australian writer Yang Hengjun handed suspended death sentence in China", "handed",
     "Judiciary of China", "Yang Hengjun"),
    # variants
    ("Russian journalist Evan Gershkovich detained in Yekaterinburg", "detained", "Police Forces of Russia",
     "Evan Gershkovich"),
    ("Journalist jailed for six years in Burundi", "jailed", "Police Forces of Burundi",
     "Journalists (Burundi)"),
    ("Pakistani former prime minister Imran Khan sentenced to 10 years", "sentenced", "Judiciary of Pakistan",
     "Imran Khan"),
    ("Chinese dissident deported from Thailand", "deported", "Government of Thailand", "Opposition (China)"),
    ("Egyptian blogger Alaa Abdel Fattah freed after pardon", "freed", None, "Alaa Abdel Fattah"),
    ("Venezuelan opposition leader freed, rights group says", "freed", None, "Opposition (Venezuela)"),
    ("Saudi woman jailed for 34 years over tweets", "jailed", "Police Forces of Saudi Arabia",
     "Women (Saudi Arabia)"),
    ("Students kidnapped in Kaduna", "kidnapped", "Unidentified Armed Group (Nigeria)", "Students (Nigeria)"),
    ("Russian opposition politician Kara-Murza sentenced to 25 years", "sentenced", "Judiciary of Russia",
     "Vladimir Kara-Murza"),
])
def test_custody_headline_person_is_target(pipeline, text: str, word: str, source: str | None,
                                           target: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == ([source] if source else [])
    assert _names(event.target)[:1] == [target]


@pytest.mark.parametrize("text, word, target", [
    # the participle a clause on the noun that opens the line, its country a noun there (no place found yet)
    ("Belarus opposition figure Kolesnikova sentenced to 11 years", "sentenced", "Maria Kolesnikova"),
    ("Iran rapper Toomaj Salehi sentenced to death", "sentenced", "Toomaj Salehi"),
    ("Uganda opposition leader Besigye charged with treason", "charged", "Kizza Besigye"),
    ("Activist handed five-year prison term", "handed", "Opposition"),
])
def test_custody_clause_person_is_target(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert target not in _names(event.source)
    assert _names(event.target)[:1] == [target]


@pytest.mark.parametrize("text, word, source, target", [
    # controls: already passive, a doer with an object or a body of the state before the verb, a final stop
    ("Iranian rapper sentenced to death over protest songs", "sentenced", ["Judiciary of Iran"],
     ["Civilians (Iran)"]),
    ("Kurdish politician Demirtas jailed for 42 years", "jailed", ["Police Forces of Turkey"],
     ["Selahattin Demirtas"]),
    ("Chadian rebel leader sentenced to life in absentia", "sentenced", ["Judiciary of Chad"],
     ["Rebels (Chad)"]),
    ("Niger's Bazoum detained by presidential guard", "detained", ["Military Forces of Niger"],
     ["Mohamed Bazoum"]),
    ("Opposition party called for boycott of election", "called", ["Opposition"], []),
    ("Police arrested the activist in Tunis on Monday.", "arrested", ["Police Forces of Tunisia"],
     ["Opposition (Tunisia)"]),
    ("Hamas released 13 hostages on Friday", "released", ["Hamas"], ["Prisoners (Palestine)"]),
    ("Police arrested after clashes in Nairobi", "arrested", ["Police Forces of Kenya"], []),
    ("Court sentenced in absentia", "sentenced", ["Judiciary"], []),
    ("The journalist was jailed for ten years in Iran.", "jailed", ["Police Forces of Iran"],
     ["Journalists (Iran)"]),
    ("The opposition party called for a boycott.", "called", ["Opposition"], []),
    ("Gunmen kidnapped in Zamfara", "kidnapped", ["Unidentified Armed Group (Nigeria)"], []),
])
def test_custody_headline_controls(pipeline, text: str, word: str, source: list, target: list) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == source
    assert _names(event.target)[:1] == target[:1]


# 2. an execution told in a clause a rights group reports: the state of the place hangs the victims
@pytest.mark.parametrize("text, word, source, target, dead", [
    ("Two protesters hanged in Iran, rights group says", "hanged", "Government of Iran", "Protesters (Iran)",
     2),
    ("Three men executed in Saudi Arabia, rights group says", "executed", "Government of Saudi Arabia",
     "Civilians (Saudi Arabia)", 3),
    ("Man executed in Singapore for trafficking cannabis", "executed", "Government of Singapore",
     "Civilians (Singapore)", 1),  # control: already right
])
def test_reported_execution(pipeline, text: str, word: str, source: str, target: str, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert _names(event.source) == [source]
    assert _names(event.target)[:1] == [target]
    assert event.fatalities == dead


def test_reported_execution_is_reported(pipeline) -> None:
    event = _event(pipeline, "Two protesters hanged in Iran, rights group says", "hanged")
    assert event.modality.reported
    assert event.acled.get("sub_event_type") == "Attack"


@pytest.mark.parametrize("text", [
    # controls: a state that does the act, with no custody reading
    "Iran hangs two protesters, rights group says",
    "Iran hanged two protesters, rights group says",
])
def test_reported_execution_controls(pipeline, text: str) -> None:
    event = _event(pipeline, text, "hangs" if "hangs" in text else "hanged")
    assert _names(event.source) == ["Government of Iran"]
    assert _names(event.target)[:1] == ["Protesters (Iran)"]
