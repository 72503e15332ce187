"""Headline labels (round labelled51, africa-4): a headline that opens with a label naming an earlier
event, a colon, then a clause with its own subject ("Benue killings: Tinubu orders security chiefs to
Yelwata", "Finance Bill protests: Ruto meets church leaders") is parsed with the clause as its root and the
label a detached dependant (a label's "protests" or "fighting" the tagger took for a verb is the noun it is).
The label's event takes no doer and no target from the clause (the Senate killed no one, the UN fought no
one), the clause's own event is the news (primary) and the label's event noun is no crowd doing the clause's
deed. A label alone ("what we know"), a toll with no doer ("Boko Haram attack: 30 killed"), a speaker's kicker
("Zelensky:"), a country's label ("Sudan:") and a body sentence with a colon keep their reading. Sentences
written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="labelled51", published="2023-06-25"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _primary(pipeline, text: str) -> str | None:
    return next((e.trigger.text for e in _events(pipeline, text) if e.primary), None)


# 1. the label's event takes no doer (nor target) from the clause after the colon
@pytest.mark.parametrize("text, label, wrong", [
    ("Kaduna killings: Senate summons security chiefs", "killings", "Legislature of Nigeria"),
    ("Goma fighting: UN relocates staff to Kigali", "fighting", "UN"),
    ("Kumbo abduction: Army rescues 15 students", "abduction", "Military Forces of Cameroon"),
    ("Tillaberi attack: Niger declares three days of mourning", "attack", "Government of Niger"),
    ("El Fasher siege: WFP warns of famine", "siege", "WFP"),
    ("Benue killings: Tinubu orders security chiefs to Yelwata", "killings", "Bola Tinubu"),
    ("Bokkos attack: Police arrest 12 suspects", "attack", "Police Forces"),
    ("Southern Kaduna attacks: Police deploy 500 officers to Kauru", "attacks", "Police Forces of Nigeria"),
    ("Zamfara killings: Senate urges FG to declare state of emergency", "killings", "Legislature of Nigeria"),
    # variants
    ("Mokwa attack: Governor visits survivors in hospital", "attack", "Government of Nigeria"),
    ("Borno bombings: Army arrests 20 suspects", "bombings", "Military Forces"),
    ("Kajuru killings: Police arrest 7 suspects", "killings", "Police Forces"),
    ("Marsabit clashes: Government deploys troops to Moyale", "clashes", "Government of Kenya"),
    ("Bamenda abduction: Separatists free 10 pupils", "abduction", "Ambazonia separatists"),
    ("Kidal fighting: Algeria urges talks between Mali and rebels", "fighting", "Government of Algeria"),
])
def test_label_event_takes_no_doer_from_clause(pipeline, text: str, label: str, wrong: str) -> None:
    event = _event(pipeline, text, label)
    assert wrong not in _names(event.source)
    assert wrong not in _names(event.target)


@pytest.mark.parametrize("text, word, source", [
    # controls: the doer a label itself names or a clause's own subject stays
    ("Sudan: RSF kills 200 in North Darfur camp attack", "attack", "RSF"),
    ("Zamfara: Troops rescue 40 kidnap victims", "rescue", "Military Forces of Nigeria"),
    ("Kuriga abduction: Bandits demand N1bn ransom", "demand", "Unidentified Armed Group"),
    ("Yelwata massacre: Amnesty International blames security forces", "blames", "Amnesty International"),
    ("Mali: Jihadists kill 40 in attack on convoy", "attack", "Rebels (Mali)"),
    ("Boko Haram attack: 30 killed in Borno", "attack", "Boko Haram"),
    ("Plateau killings: Gunmen kill 20 more in Bokkos", "kill", "Unidentified Armed Group (Nigeria)"),
    ("Bokkos attack: Police arrest 12 suspects", "arrest", "Police Forces"),
    ("Bamenda abduction: Separatists free 10 pupils", "free", "Ambazonia separatists"),  # africa63
    ("Gunmen kill 20 in Zamfara village.", "kill", "Unidentified Armed Group (Nigeria)"),
])
def test_label_doer_controls(pipeline, text: str, word: str, source: str) -> None:
    assert source in _names(_event(pipeline, text, word).source)


# 2. the label's event noun is no crowd doing the clause's deed, nor does it aim at the clause's actors
@pytest.mark.parametrize("text, word, wrong", [
    ("EndSARS protests: Lagos govt imposes 24-hour curfew", "curfew", "Protesters (Nigeria)"),
    ("Finance Bill protests: Ruto meets church leaders", "protests", "William Ruto"),
])
def test_label_noun_no_party_of_clause(pipeline, text: str, word: str, wrong: str) -> None:
    event = _event(pipeline, text, word)
    assert wrong not in _names(event.source) + _names(event.target)


@pytest.mark.parametrize("text, word, source", [
    # controls: a protest named alone keeps its crowd; a label's protest keeps its own crowd
    ("Finance Bill protests in Nairobi", "protests", "Protesters (Kenya)"),
    ("Finance Bill protests: Ruto meets church leaders", "protests", "Protesters (Kenya)"),
    ("Protesters block roads in Nairobi over Finance Bill", "block", "Protesters (Kenya)"),
])
def test_label_noun_controls(pipeline, text: str, word: str, source: str) -> None:
    assert source in _names(_event(pipeline, text, word).source)


# 3. the clause after the label is the news
@pytest.mark.parametrize("text, primary", [
    ("El Fasher siege: WFP warns of famine", "warns"),
    ("Zamfara killings: Senate urges FG to declare state of emergency", "urges"),
    ("Bokkos attack: Police arrest 12 suspects", "arrest"),
    ("Finance Bill protests: Ruto meets church leaders", "meets"),
    ("Southern Kaduna attacks: Police deploy 500 officers to Kauru", "deploy"),
    # variants
    ("Mokwa attack: Governor visits survivors in hospital", "visits"),
    ("Borno bombings: Army arrests 20 suspects", "arrests"),
    ("Gbaramatu raid: Navy denies killing civilians", "denies"),
    ("Marsabit clashes: Government deploys troops to Moyale", "deploys"),
    ("Bamenda abduction: Separatists free 10 pupils", "free"),
    ("Kidal fighting: Algeria urges talks between Mali and rebels", "urges"),
    ("Plateau killings: Gunmen kill 20 more in Bokkos", "kill"),
    ("Kuriga abduction: Bandits demand N1bn ransom", "demand"),
    ("Yelwata massacre: Amnesty International blames security forces", "blames"),
])
def test_clause_after_label_is_primary(pipeline, text: str, primary: str) -> None:
    assert _primary(pipeline, text) == primary


@pytest.mark.parametrize("text, primary", [
    # controls: a label alone, a toll of the label's event, the label's event the only one, a country's label
    ("Plateau killings: what we know", "killings"),
    ("Kidal fighting: what we know", "fighting"),
    ("Boko Haram attack: 30 killed in Borno", "attack"),
    ("Kaduna killings: Senate summons security chiefs", "killings"),
    ("Sudan: RSF kills 200 in North Darfur camp attack", "attack"),
    ("Mali: Jihadists kill 40 in attack on convoy", "attack"),
    ("Zamfara: Troops rescue 40 kidnap victims", "rescue"),
    ("Niger junta: ECOWAS threatens military action", "threatens"),
])
def test_label_primary_controls(pipeline, text: str, primary: str) -> None:
    assert _primary(pipeline, text) == primary


# 4. the parse: the clause's verb the root, what the parse hung on the label the verb's
@pytest.mark.parametrize("text, verb, moved", [
    ("Benue killings: Tinubu orders security chiefs to Yelwata", "orders", ["chiefs", "to"]),
    ("El Fasher siege: WFP warns of famine", "warns", []),
    ("Kaduna killings: Senate summons security chiefs", "summons", ["chiefs"]),
])
def test_label_parse(pipeline, text: str, verb: str, moved: list[str]) -> None:
    from chronica.headline import repair
    doc = pipeline.nlp(text)
    repair(doc, pipeline.extractor.lex.verbs)
    root = next(t for t in doc if t.text == verb)
    assert root.dep_ == "ROOT" and root.head.i == root.i
    assert all(next(t for t in doc if t.text == w).head.i == root.i for w in moved)
    label = doc[1] if doc[2].text == ":" else doc[2]
    assert label.head.i == root.i and label.dep_ == "dep"


@pytest.mark.parametrize("text, word, reported, speaker", [
    # controls: a speaker's kicker and a body sentence with a colon keep their reading
    ("Zelensky: Russia must withdraw its troops", "withdraw", True, "Volodymyr Zelensky"),
    ('Police said: "We arrested 12 suspects in Kaduna"', "arrested", True, None),
])
def test_kicker_controls(pipeline, text: str, word: str, reported: bool, speaker: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.reported is reported
    if speaker:
        assert speaker in _names(event.source)
