"""Things no violence is done to (round nontarget53, item noise-2): business, culture and science news tell
competition and motion with the verbs of violence ("Walmart attacked the online market", "speculators attacked
the baht", "shares took a beating", "imports killed off the steel industry", "the album stormed the charts",
"the comedy bombed", "scientists bombarded atoms", "the antibody attacks the virus"). One shared table
(``not_targets`` in extract/data/triggers.yaml) lists the objects that are no targets and the subjects that do
no violence, read by every violent class; a few verb and noun senses (a space launch, a takeover bid, a fine
"hit with", "the threat of a storm", "killed it") are their entries' own. A market as a place where people
are attacked, harm told, armed or state doers, and the old senses of the merged lists (fight corruption, an
attack on democracy, the economy held hostage) keep their reading. Sentences written for the test, each with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="nontarget53", published="2016-05-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. an object that is no target: a market, a currency, shares, an industry, the charts, atoms, cells
@pytest.mark.parametrize("text, word", [
    ("Walmart attacked the online market with free next-day delivery.", "attacked"),
    ("Speculators attacked the Thai baht in July 1997.", "attacked"),
    ("Short sellers targeted the shares of Adani Group companies.", "targeted"),
    ("Cheap imports from China killed off the British steel industry.", "killed"),
    ("Netflix stormed into the Indian streaming market.", "stormed"),
    ("The band's new album stormed the charts in Germany.", "stormed"),
    ("Scientists bombarded gold atoms with alpha particles.", "bombarded"),
    ("Scientists killed the cancer cells.", "killed"),
    # variants
    ("Amazon attacked the grocery market with cheaper prices.", "attacked"),
    ("Hedge funds attacked the British pound in 1992.", "attacked"),
    ("The new phone killed off the smartphone market for rivals.", "killed"),
    ("The film stormed the box office in China.", "stormed"),
    ("Researchers bombarded the sample with neutrons.", "bombarded"),
])
def test_an_object_that_is_no_target_makes_no_violence(pipeline, text: str, word: str) -> None:
    assert [e.trigger.text for e in _events(pipeline, text)] == [], word


# 2. a subject that does no violence: a film, a comedy, an antibody, shares
@pytest.mark.parametrize("text", [
    "The comedy bombed in American cinemas.",
    "The antibody attacks the virus before it can enter the cells.",
    # variants
    "The thriller bombed at the box office.",
    "The immune system attacks the cancer cells.",
])
def test_a_subject_that_does_no_violence(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 3. a noun or phrase whose subject suffers it: "took a beating", "came under attack", "was under siege"
@pytest.mark.parametrize("text", [
    "The euro came under attack from currency traders on Friday.",
    "Shares in Credit Suisse took a beating on Wednesday.",
    "Traders said the market was under siege.",
    # variants
    "The rupee came under attack from speculators last week.",
    "Shares of Tesla took a beating after the results.",
])
def test_a_market_that_suffers_a_noun(pipeline, text: str) -> None:
    assert all(e.plover.get("type") != "ASSAULT" for e in _events(pipeline, text))


# 4. the senses of single entries: a space launch, a takeover bid, a fine, a storm's threat, "killed it"
@pytest.mark.parametrize("text", [
    "The European Space Agency launched a rocket carrying two Galileo satellites.",
    "The drinks giant launched a hostile takeover bid for its Dutch rival.",
    "The insurer was hit with a record fine by the FCA.",
    "The comedian killed it at the Edinburgh Fringe.",
    "The festival was cancelled because of the threat of a storm.",
    # variants
    "Japan launched a rocket carrying a spy satellite.",
    "The bank was hit with a penalty by regulators.",
])
def test_a_sense_of_one_entry(pipeline, text: str) -> None:
    assert [(e.trigger.text, e.plover.get("type")) for e in _events(pipeline, text)
            if e.plover.get("type") in ("ASSAULT", "THREATEN", "COERCE")] == []


# 5. the merged lists keep their senses: ills fought, ideas attacked, an economy held hostage
@pytest.mark.parametrize("text", [
    "The government vowed to fight corruption.",
    "The senator called the bill an attack on press freedom.",
    "Firefighters launched an attack on the flames.",
    "The militants held the city's economy hostage.",
    "Doctors are battling the disease in the north.",
    "The former mayor died on Sunday after a long battle with cancer.",
])
def test_the_merged_lists_keep_their_senses(pipeline, text: str) -> None:
    assert all(e.plover.get("type") != "ASSAULT" for e in _events(pipeline, text))


# CONTROLS: a market as a place, harm told, armed or state doers, real launches, sieges and beatings
@pytest.mark.parametrize("text, word, kind, source, target, dead", [
    ("Gunmen attacked a market in Kano, killing 12 traders.", "attacked", "ASSAULT",
     ["Unidentified Armed Group (Nigeria)"], ["Business (Nigeria)"], 12),
    ("Rebels stormed a bank in Goma and seized cash.", "stormed", "ASSAULT",
     ["Rebels (Democratic Republic of Congo)"], ["Business (Democratic Republic of Congo)"], None),
    ("The army launched a rocket attack on rebel positions near Idlib.", "launched", "ASSAULT",
     ["Military Forces of Syria"], ["Rebels (Syria)"], None),
    ("North Korea launched a ballistic missile into the Sea of Japan.", "launched", "MOBILIZE",
     ["Government of North Korea"], [], None),
    ("Protesters attacked the offices of the ruling party in Dhaka.", "attacked", "PROTEST",
     ["Rioters (Bangladesh)"], ["Political Party (Bangladesh)"], None),
    ("Police fired tear gas at striking miners outside the company's headquarters.", "fired", "ASSAULT",
     ["Police Forces"], ["Protesters"], None),
    ("Iraq invaded Kuwait in August 1990.", "invaded", "ASSAULT",
     ["Government of Iraq"], ["Government of Kuwait"], None),
    ("Hackers attacked the servers of a Californian hospital, demanding a ransom.", "attacked", "COERCE",
     ["Hackers"], [], None),
    # variants
    ("Gunmen attacked the grocery market in Maiduguri, killing five.", "attacked", "ASSAULT",
     ["Unidentified Armed Group (Nigeria)"], ["Civilians (Nigeria)"], 5),
    ("Rebels shelled the central market in Aleppo.", "shelled", "ASSAULT",
     ["Rebels (Syria)"], ["Civilians (Syria)"], None),
    ("Militants attacked the market on Friday.", "attacked", "ASSAULT", ["Rebels"], [], None),
    ("Residents beat a suspected thief at the market.", "beat", "ASSAULT", ["Rioters"], [], None),
    ("Israeli jets bombed the market in Gaza.", "bombed", "ASSAULT",
     ["Military Forces of Israel"], ["Civilians (Palestine)"], None),
    ("Troops destroyed a terrorist cell in the north.", "destroyed", "ASSAULT",
     ["Military Forces"], ["Rebels"], None),
    ("Russia attacked Ukraine's energy industry with missiles.", "attacked", "ASSAULT",
     ["Government of Russia"], ["Government of Ukraine"], None),
    ("The Taliban takeover of Kabul shocked the world.", "takeover", "ASSAULT",
     ["Taliban"], ["Government of Afghanistan"], None),
    ("Gunmen killed a Supreme Court justice in Kabul.", "killed", "ASSAULT",
     ["Unidentified Armed Group (Afghanistan)"], ["Judiciary of Afghanistan"], 1),
    ("The police station came under attack from gunmen.", "came under attack", "ASSAULT",
     ["Unidentified Armed Group"], ["Police Forces"], None),
    ("Iran launched a missile at a US base in Iraq.", "launched", "ASSAULT",
     ["Government of Iran"], ["Military Forces of the United States"], None),
    ("The soldiers fought the rebels for hours.", "fought", "ASSAULT", ["Military Forces"], ["Rebels"], None),
    ("The villagers were hit with sticks by the attackers.", "hit", "ASSAULT",
     ["Unidentified Armed Group"], ["Civilians"], None),
])
def test_controls_stay_violence(pipeline, text: str, word: str, kind: str, source: list, target: list,
                                dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == kind
    assert _names(event.source) == source
    assert _names(event.target)[:len(target)] == target
    assert event.fatalities == dead


@pytest.mark.parametrize("text, word, kind", [
    # controls: a city besieged, a prisoner beaten, an inquiry launched
    ("The city was under siege for three months.", "siege", "ASSAULT"),
    ("The prisoner took a beating from guards.", "beating", "ASSAULT"),
    ("The ministry launched a probe into the killing.", "probe", "ACCUSE"),
])
def test_controls_of_the_nouns(pipeline, text: str, word: str, kind: str) -> None:
    assert _event(pipeline, text, word).plover.get("type") == kind
