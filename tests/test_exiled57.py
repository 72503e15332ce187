"""Sent away abroad (round exiled57, item gulf-3): the place people were deported, expelled, exiled or
banished to ("Khomeini was deported to Iraq", "The Shah deported Khomeini to Turkey", "was forced into exile
in France") is where they went, not where the act was done: it is no event place, gives no story country, and
its state is not the doer of an agentless passive. "X was exiled to France", parsed as "was" with an
adjective, is read as a passive (X the one sent away, a "by" phrase the doer). With no other place, the act is
placed in the doer's country, else in that of those sent (not migrants or workers, who are foreigners where
they were). A town sent to is kept when the story names no other country (internal banishment), and "from X to
Y" stays where they arrive. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="exiled57", published="2020-06-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _first(actors) -> tuple[str | None, str | None] | None:
    return (actors[0].name, actors[0].country) if actors else None


# 1. where they were sent is no place, no doer and no target; the act is at the doer's or the sent's home
@pytest.mark.parametrize("text, word, source, target, where", [
    ("Ayatollah Ruhollah Khomeini was exiled to Turkey after denouncing the Shah's reforms.", "exiled",
     ("Government of Iran", "IRN"), ("Ruhollah Khomeini", "IRN"), "IRN"),
    ("The Shah's sister was exiled to France.", "exiled",
     ("Government of Iran", "IRN"), ("Civilians (Iran)", "IRN"), "IRN"),
    ("Shiite clerics were exiled to Iraq by the Shah's government.", "exiled",
     ("Government of Iran", "IRN"), ("Religious Group", None), "IRN"),
    ("Ayatollah Khomeini was deported to Iraq in 1965.", "deported",
     ("Government of Iran", "IRN"), ("Ruhollah Khomeini", "IRN"), "IRN"),
    ("Ayatollah Khomeini was expelled to Turkey in November 1964.", "expelled",
     ("Government of Iran", "IRN"), ("Ruhollah Khomeini", "IRN"), "IRN"),
    ("Hundreds of Iraqi Shiites were expelled to Iran in 1980.", "expelled",
     ("Government of Iraq", "IRQ"), ("Religious Group (Iraq)", "IRQ"), "IRQ"),
    ("Five Bahraini dissidents were deported to Iraq on Monday.", "deported",
     ("Government of Bahrain", "BHR"), ("Opposition (Bahrain)", "BHR"), "BHR"),
    ("Iranian dissident Abolhassan Banisadr was forced into exile in France.", "forced",
     ("Government of Iran", "IRN"), ("Abolhassan Banisadr", "IRN"), "IRN"),
    ("Iraqi Kurds were deported to Iran by Saddam Hussein's government.", "deported",
     ("Government of Iraq", "IRQ"), ("Kurdish Ethnic Group (Iraq)", "IRQ"), "IRQ"),
    ("The Shah deported Ayatollah Khomeini to Turkey in 1964.", "deported",
     ("Mohammad Reza Pahlavi", "IRN"), ("Ruhollah Khomeini", "IRN"), "IRN"),
    ("Saudi Arabia deported 300 Ethiopian migrants to Addis Ababa.", "deported",
     ("Government of Saudi Arabia", "SAU"), ("Refugees/IDPs (Ethiopia)", "ETH"), "SAU"),
    # variants
    ("Two Bahraini clerics were deported to Lebanon on Sunday.", "deported",
     ("Government of Bahrain", "BHR"), ("Religious Group (Bahrain)", "BHR"), "BHR"),
    ("The Syrian government deported the journalist to Jordan.", "deported",
     ("Government of Syria", "SYR"), ("Journalists", None), "SYR"),
    ("Egypt expelled the Libyan dissident to Tunisia last week.", "expelled",
     ("Government of Egypt", "EGY"), ("Opposition (Libya)", "LBY"), "EGY"),
    ("The Kuwaiti activist was banished to Saudi Arabia.", "banished",
     ("Government of Kuwait", "KWT"), ("Opposition (Kuwait)", "KWT"), "KWT"),
    ("The opposition leader was exiled to Spain by the junta.", "exiled",
     ("Government", None), ("Opposition", None), None),
    ("The former president was exiled to Chile by the military.", "exiled",
     ("Military Forces", None), ("Former Officials", None), None),
    # controls: a place sent from, the doer's own country, internal banishment, an expelled envoy
    ("Saudi Arabia deported 300 Ethiopian migrants.", "deported",
     ("Government of Saudi Arabia", "SAU"), ("Refugees/IDPs (Ethiopia)", "ETH"), "SAU"),
    ("Kuwait expelled 500 Egyptian workers on Tuesday.", "expelled",
     ("Government of Kuwait", "KWT"), ("Labour Group (Egypt)", "EGY"), "KWT"),
    ("Iran deported thousands of Afghan migrants to Afghanistan.", "deported",
     ("Government of Iran", "IRN"), ("Refugees/IDPs (Afghanistan)", "AFG"), "IRN"),
    ("Three Bahraini activists were deported from Kuwait.", "deported",
     ("Government of Kuwait", "KWT"), ("Opposition (Bahrain)", "BHR"), "KWT"),
    # sent from one place to another: where they arrive (places26), the doer still the state sending
    ("Saudi dissidents were deported to Saudi Arabia from Kuwait.", "deported",
     ("Government of Kuwait", "KWT"), ("Opposition (Saudi Arabia)", "SAU"), "SAU"),
    ("Ayatollah Taleghani was banished to the town of Zabol.", "banished",
     ("Government of Iran", "IRN"), ("Taleghani", None), "IRN"),
    ("Bahrain expelled the Iranian charge d'affaires.", "expelled",
     ("Government of Bahrain", "BHR"), ("Government of Iran", "IRN"), "BHR"),
])
def test_sent_away_to_is_not_the_place(pipeline, text: str, word: str, source: tuple, target: tuple,
                                       where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _first(event.source) == source
    assert _first(event.target) == target


# 2. those sent away from their own country are not coded as abroad (inter 8) there
@pytest.mark.parametrize("text, word, abroad", [
    ("Ayatollah Ruhollah Khomeini was exiled to Turkey after denouncing the Shah's reforms.", "exiled",
     False),
    ("Ayatollah Khomeini was deported to Iraq in 1965.", "deported", False),
    ("The Shah deported Ayatollah Khomeini to Turkey in 1964.", "deported", False),
    # control: an envoy of another state expelled stays abroad
    ("Bahrain expelled the Iranian charge d'affaires.", "expelled", True),
])
def test_sent_away_target_not_abroad(pipeline, text: str, word: str, abroad: bool) -> None:
    assert (_event(pipeline, text, word).target[0].inter == 8) is abroad


# 3. other participles after "was" stay adjectives: no event
@pytest.mark.parametrize("text", [
    "The athlete was exhausted after the race in Doha.",
    "The minister was pleased with the talks in Kuwait.",
])
def test_other_participles_no_event(pipeline, text: str) -> None:
    assert not list(pipeline.code(document_from_text(text, doc_id="exiled57", published="2020-06-01")))
