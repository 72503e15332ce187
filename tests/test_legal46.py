"""Courts, statements and modality (round legal46): a claim dismissed with its label first ("dismissed as
baseless claims by X that ...") is a rejection of X, and the deed told in a denied claim ("denied reports that
its soldiers had raped women") is denied; the denier's own words after a comma ("denied killing civilians,
blaming the army") are not. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="legal46"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _event(pipeline, text: str, trigger: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


def _countries(actors) -> set[str | None]:
    return {a.country for a in actors}


# --- 1. a claim dismissed, its label first ----------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ('Ethiopia dismissed as "baseless" claims by Eritrea that it was preparing to invade the port of Assab.',
     "ETH", "ERI"),
    ("Ethiopia dismissed claims by Eritrea that it was preparing to invade the port.", "ETH", "ERI"),
    ("Ethiopia rejected as baseless claims by Eritrea that it had invaded the port.", "ETH", "ERI"),
    ('Kenya dismissed as "fabricated" reports by Somalia that its troops had shelled the town.',
     "KEN", "SOM"),
])
def test_a_claim_dismissed_is_a_rejection_of_its_maker(pipeline, text: str, source: str, target: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "REJECT"
    assert _countries(primary.source) == {source}
    assert _countries(primary.target) == {target}
    deeds = [e for e in events if e.plover["type"] in ("ASSAULT", "THREATEN")]
    assert deeds and all(e.modality.negated and not e.primary for e in deeds)


@pytest.mark.parametrize("text, plover", [
    ("The president dismissed his interior minister on Tuesday.", "COERCE"),
    ("He served as senior adviser to the president.", None),
    ("The army confirmed reports that its soldiers had raped women in the town.", "ASSAULT"),
])
def test_dismissals_and_confirmed_reports_keep_their_coding(pipeline, text: str, plover: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"] if primary else None) == plover
    assert primary is None or not primary.modality.negated


# --- 8. the deed of a denied claim is denied; the denier's words are not -----------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The army denied reports that its soldiers had raped women in the town of Minova.", "raped"),
    ("The RSF rejected accusations that its fighters had looted homes in the city.", "looted"),
    ("China rejected accusations by Manila that its coast guard had rammed a Philippine supply boat.",
     "rammed"),
    ("The ministry dismissed allegations that police had tortured the detainees.", "tortured"),
    ("The army denied that its soldiers had raped women in the town.", "raped"),
])
def test_the_deed_of_a_denied_claim_is_negated(pipeline, text: str, trigger: str) -> None:
    deed = _event(pipeline, text, trigger)
    assert deed.modality.negated
    assert not deed.primary
    assert _primary(pipeline, text).plover["type"] == "REJECT"


@pytest.mark.parametrize("text, trigger", [
    ("M23 denied killing civilians in the village, blaming the Congolese army for the deaths.", "blaming"),
    ("The rebels denied attacking the convoy, accusing the army of staging the ambush.", "accusing"),
])
def test_the_deniers_own_words_are_not_denied(pipeline, text: str, trigger: str) -> None:
    events = _events(pipeline, text)
    words = next(e for e in events if e.trigger.text == trigger)
    assert words.plover["type"] == "ACCUSE" and not words.modality.negated
    denied = next(e for e in events if e.plover["type"] == "ASSAULT")
    assert denied.modality.negated


def test_a_list_of_denied_deeds_stays_denied(pipeline) -> None:
    events = _events(pipeline, "The rebels denied killing civilians, looting homes and burning villages.")
    deeds = [e for e in events if e.trigger.text in ("killing", "looting")]
    assert len(deeds) == 2 and all(e.modality.negated for e in deeds)


# --- 2. an act not ruled out is held open, neither denied nor refused ---------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("Moscow has not ruled out expelling more British diplomats, Russian Foreign Ministry spokeswoman Maria "
     "Zakharova told reporters.", "THREATEN", "RUS", "GBR"),
    ("Paris has never ruled out sanctions against Moscow, the minister said.", "THREATEN", "FRA", "RUS"),
    ("Israel did not rule out a ground offensive in Gaza.", "THREATEN", "ISR", None),
    ("Moscow did not rule out a meeting between Putin and Zelenskiy, Kremlin spokesman Dmitry Peskov said.",
     "AGREE", "RUS", "UKR"),
    ("The government has not ruled out talks with the rebels.", "AGREE", None, None),
])
def test_an_act_not_ruled_out_is_held_open(pipeline, text: str, plover: str, source: str | None,
                                            target: str | None) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == plover and not primary.modality.negated
    assert not any(e.plover["type"] == "REJECT" for e in events)
    if source:
        assert source in _countries(primary.source)
    if target:
        assert target in _countries(primary.target)


@pytest.mark.parametrize("text, trigger, plover", [
    ("Britain ruled out imposing sanctions on Israeli ministers.", "sanctions", "SANCTION"),
    ("Germany ruled out sending tanks to Ukraine.", "sending", "AID"),  # arms given (aid48)
    ("Moscow has not expelled any British diplomats.", "expelled", "SANCTION"),
])
def test_an_act_ruled_out_or_not_done_stays_negated(pipeline, text: str, trigger: str, plover: str) -> None:
    event = _event(pipeline, text, trigger)
    assert event.plover["type"] == plover and event.modality.negated


def test_talks_ruled_out_stay_a_rejection(pipeline) -> None:
    primary = _primary(pipeline, "The government ruled out talks with the rebels.")
    assert primary.plover["type"] == "REJECT" and not primary.modality.negated


# --- 3. a judgment undone or upheld on appeal ------------------------------------------------------------

@pytest.mark.parametrize("text, plover, mode, country, sector", [
    ("An appeals court in Dakar quashed the conviction of opposition leader Ousmane Sonko.",
     "CONCEDE", None, "SEN", "OPP"),
    ("The conviction of opposition leader Ousmane Sonko was overturned by Senegal's Supreme Court.",
     "CONCEDE", None, "SEN", "OPP"),
    ("Kenya's Court of Appeal overturned the prison sentence of opposition leader Raila Odinga.",
     "CONCEDE", None, "KEN", None),
    ("Argentina's Supreme Court upheld the six-year sentence of former president Cristina Kirchner.",
     "SANCTION", "convict", "ARG", None),
    ("Cambodia's Supreme Court upheld the dissolution of the main opposition party, the Cambodia National "
     "Rescue Party.", "COERCE", "restrict", "KHM", "OPP"),
])
def test_a_judgment_undone_or_upheld_by_a_court(pipeline, text: str, plover: str, mode: str | None,
                                                country: str, sector: str | None) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)
    assert {(a.country, a.sector) for a in primary.source} == {(country, "JUD")}
    assert country in _countries(primary.target)
    if sector:
        assert sector in {a.sector for a in primary.target}
    if plover == "CONCEDE":  # no conviction by the court that undid it
        assert not any(e.plover.get("mode") == "convict" for e in events)


@pytest.mark.parametrize("text, plover", [
    ("A court in Dakar convicted opposition leader Ousmane Sonko of defamation.", "SANCTION"),
    ("The government overturned the ban on public gatherings.", "CONCEDE"),
])
def test_convictions_and_bans_lifted_keep_their_coding(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


# --- 4. legal acts: a case opened, a challenge thrown out; a participle of standing is no event -------------

@pytest.mark.parametrize("text, plover, mode, source, target, sector", [
    ('Russian prosecutors opened a criminal case against the exiled journalist for spreading "fakes" about '
     "the army.", "ACCUSE", "investigate", "RUS", "RUS", "JRN"),
    ("Russian prosecutors opened a criminal case against exiled journalist Dmitry Muratov.",
     "ACCUSE", "investigate", "RUS", "RUS", None),
    ("Turkish prosecutors opened a case against the mayor of Istanbul.", "ACCUSE", "investigate", "TUR",
     "TUR", None),
    ("Indonesia's Constitutional Court threw out a challenge by losing presidential candidates to Prabowo "
     "Subianto's victory.", "REJECT", None, "IDN", None, None),
    ("The Supreme Court threw out an appeal by the former president against his conviction.",
     "REJECT", None, None, None, "ELI"),
])
def test_legal_acts_with_their_doer(pipeline, text: str, plover: str, mode: str | None, source: str | None,
                                    target: str | None, sector: str | None) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)
    assert "JUD" in {a.sector for a in primary.source}
    if source:
        assert source in _countries(primary.source)
    if target:
        assert target in _countries(primary.target)
    if sector:
        assert sector in {a.sector for a in primary.target}
    # "exiled journalist X": who X is, no exile by the prosecutors
    assert not any(e.plover.get("mode") == "deport" and (e.primary or e.source) for e in events)


@pytest.mark.parametrize("text, plover, mode", [
    ("The junta exiled the opposition leader to Paris.", "COERCE", "deport"),
    ("Protesters threw stones at police.", "PROTEST", "riot"),
    ("Israeli troops opened fire on the crowd.", "ASSAULT", None),
    ("The army opened a new base near the border.", None, None),
])
def test_exile_stones_and_bases_keep_their_coding(pipeline, text: str, plover: str | None,
                                                  mode: str | None) -> None:
    primary = _primary(pipeline, text)
    if plover is None:
        assert primary is None or primary.plover["type"] != "ACCUSE"
        return
    assert primary.plover["type"] == plover
    if mode:
        assert primary.plover.get("mode") == mode


# --- 5. a headline's -s verb after the names that open it ---------------------------------------------------

@pytest.mark.parametrize("text, plover, source, target", [
    ("Kenyan President William Ruto apologises for police killings of protesters.", "CONCEDE", "KEN", None),
    ("Zelenskiy thanks Trump for air defence support.", "SUPPORT", "UKR", "USA"),
    ("Macron thanks Biden for support.", "SUPPORT", "FRA", "USA"),
    ("Erdogan thanks Putin for gas deal.", "SUPPORT", "TUR", "RUS"),
])
def test_a_headline_verb_after_names_is_the_verb(pipeline, text: str, plover: str, source: str,
                                                 target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert source in _countries(primary.source)
    if target:
        assert target in _countries(primary.target)


@pytest.mark.parametrize("text, plover", [
    ("Canada apologises for the treatment of indigenous children.", "CONCEDE"),
    ("Morocco severs ties with Iran.", "SANCTION"),
    ("US sanctions on Iran.", "SANCTION"),
    ("Thousands of protesters marched in Nairobi.", "PROTEST"),
])
def test_headlines_and_sentences_keep_their_coding(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover
