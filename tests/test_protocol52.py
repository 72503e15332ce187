"""Court-protocol names (round protocol52, statemedia-4): state agencies (SPA, WAM, QNA, KUNA, ONA, IRNA,
Bernama) write a ruler with a protocol title and the full patronymic name ("Custodian of the Two Holy
Mosques King Salman bin Abdulaziz Al Saud", "His Highness Sheikh Tamim bin Hamad Al Thani", "Leader of the
Islamic Revolution Ayatollah Seyyed Ali Khamenei", "His Majesty Sultan Haitham bin Tarik"): the listed
leader is found through the honorifics before the name, over the further "bin X" / "Al X" words after a
listed name, and from a title alias alone ("The Custodian of the Two Holy Mosques"); a listed name right
after "bin" is a father's, not the person's ("Mohammed bin Rashid" is not Iraq's Rashid), and another
father's name after a listed given name is another man ("Salman bin Sultan"). "X received a courtesy call
from Y" is Y's in-person visit to X (CONSULT visit), not a phone call. "Sheikh" as part of a name (Sheikh
Hasina) and an unknown "Sheikh X" cleric keep their readings; a phone call received and a call for something
stay what they were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, date: str = "2024-09-10"):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="protocol52", published=date))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None, str | None]:
    return (actors[0].name, actors[0].country, actors[0].sector) if actors else (None, None, None)


SAUDI_KING = ("Salman bin Abdulaziz", "SAU", "GOV")
MBS = ("Mohammed bin Salman", "SAU", "GOV")


# 1. a ruler named with protocol titles and a long patronymic name: the listed leader
@pytest.mark.parametrize("text, word, role, who", [
    ("Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received Jordan's King Abdullah II "
     "in Neom.", "received", "target", SAUDI_KING),
    ("Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received a phone call from the "
     "President of Egypt.", "received", "target", SAUDI_KING),
    ("The Custodian of the Two Holy Mosques received a phone call from the Turkish President.", "received",
     "target", SAUDI_KING),
    ("His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, met the US Secretary of "
     "State at the Amiri Diwan.", "met", "source", ("Tamim bin Hamad Al Thani", "QAT", "GOV")),
    ("His Highness Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs, "
     "met the Turkish foreign minister in Doha.", "met", "source",
     ("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")),
    ("His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE, "
     "received the President of Kenya.", "received", "target",
     ("Mohammed bin Rashid Al Maktoum", "ARE", "GOV")),
    ("Sheikh Mohammed bin Rashid received the President of Kenya in Dubai.", "received", "target",
     ("Mohammed bin Rashid Al Maktoum", "ARE", "GOV")),
    ("His Majesty Sultan Haitham bin Tarik received a phone call from the President of Iran.", "received",
     "target", ("Haitham bin Tariq", "OMN", "GOV")),
    ("Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei met with the Iraqi Prime Minister in "
     "Tehran.", "met", "source", ("Ali Khamenei", "IRN", "GOV")),
    ("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince and Prime Minister, received "
     "the US Secretary of State in Riyadh.", "received", "target", MBS),
    # variants
    ("His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, Amir of the State of Kuwait, received the "
     "Egyptian foreign minister at Bayan Palace.", "received", "target",
     ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "KWT", "GOV")),
    ("His Majesty Sultan Haitham bin Tarik Al Said met the Iranian foreign minister in Muscat.", "met",
     "source", ("Haitham bin Tariq", "OMN", "GOV")),
    ("Emir Sheikh Tamim bin Hamad bin Khalifa Al Thani received a phone call from the French president.",
     "received", "target", ("Tamim bin Hamad Al Thani", "QAT", "GOV")),
    ("The Custodian of the Two Holy Mosques sent a cable of condolences to the President of Turkey.", "sent",
     "source", SAUDI_KING),
    ("His Highness Sheikh Mohammed bin Zayed Al Nahyan received the Indian prime minister in Abu Dhabi.",
     "received", "target", ("Mohamed bin Zayed Al Nahyan", "ARE", "GOV")),
    ("The Leader of the Islamic Revolution received the President of Iraq in Tehran.", "received", "target",
     ("Ali Khamenei", "IRN", "GOV")),
    ("Crown Prince Salman bin Hamad Al Khalifa received the Kuwaiti foreign minister in Manama.", "received",
     "target", ("Salman bin Hamad Al Khalifa", "BHR", "GOV")),
    ("His Royal Highness Prince Khalid bin Salman met the US defense secretary in Washington.", "met",
     "source", ("Khalid bin Salman", "SAU", "GOV")),
    # controls: listed forms, titles and "Sheikh" as a part of the name, as before
    ("His Royal Highness Prince Mohammed bin Salman received the Chinese Foreign Minister in Jeddah.",
     "received", "target", MBS),
    ("His Majesty King Abdullah II received a phone call from President Mahmoud Abbas.", "received", "target",
     ("King Abdullah II", "JOR", "GOV")),
    ("President Sheikh Mohamed bin Zayed Al Nahyan received the Indian foreign minister in Abu Dhabi.",
     "received", "target", ("Mohamed bin Zayed Al Nahyan", "ARE", "GOV")),
    ("Supreme Leader Ayatollah Ali Khamenei received the Iraqi Prime Minister in Tehran.", "received",
     "target", ("Ali Khamenei", "IRN", "GOV")),
    ("His Majesty King Hamad bin Isa Al Khalifa received the British foreign secretary in Manama.",
     "received", "target", ("Hamad bin Isa Al Khalifa", "BHR", "GOV")),
])
def test_protocol_names_find_the_leader(pipeline, text: str, word: str, role: str, who: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actor(getattr(event, role)) == who


@pytest.mark.parametrize("text, word, date, role, who", [
    # controls: a dated title alias names the king of its day; "Sheikh" in a name; an unknown sheikh a cleric
    ("Custodian of the Two Holy Mosques King Abdullah bin Abdulaziz Al Saud received the Egyptian president "
     "in Riyadh.", "received", "2010-05-05", "target", ("Abdullah bin Abdulaziz", "SAU", "GOV")),
    ("Sheikh Hasina met the Indian foreign secretary in Dhaka.", "met", "2024-03-03", "source",
     ("Sheikh Hasina", "BGD", "GOV")),
])
def test_protocol_names_controls(pipeline, text: str, word: str, date: str, role: str, who: tuple) -> None:
    event = _event(pipeline, text, word, date)
    assert _actor(getattr(event, role)) == who


def test_unknown_sheikh_stays_a_cleric(pipeline) -> None:
    event = _event(pipeline, "Sheikh Ahmed al-Tayeb met Pope Francis in Abu Dhabi.", "met")
    assert event.source[0].sector == "REL"


# 2. the resolver: patronymic names run on; a listed name after "bin", or after another father, is not him
@pytest.mark.parametrize("phrase, name", [
    ("King Salman bin Abdulaziz Al Saud", "Salman bin Abdulaziz"),
    ("Salman bin Abdulaziz Al Saud", "Salman bin Abdulaziz"),
    ("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ("Sultan Haitham bin Tarik", "Haitham bin Tariq"),
    ("Prince Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman"),
    ("Sheikh Mohammed bin Rashid", "Mohammed bin Rashid Al Maktoum"),
    ("His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
    # controls
    ("Mohammed bin Salman", "Mohammed bin Salman"),
    ("Crown Prince bin Salman", "Mohammed bin Salman"),
    ("Ayatollah Ali Khamenei", "Ali Khamenei"),
    ("Sheikh Hasina", "Sheikh Hasina"),
])
def test_patronymic_names(resolver, phrase: str, name: str) -> None:
    actor = resolver.resolve(phrase, date="2024-09-10")
    assert actor is not None and actor.name == name


@pytest.mark.parametrize("phrase, not_name", [
    ("Salman bin Sultan", "Salman bin Abdulaziz"),  # another Salman, of another father
    ("Faisal bin Rashid", "Abdul Latif Rashid"),  # a father's name, not Iraq's president
    ("Khalid bin Fahd", "Fahd bin Abdulaziz"),
])
def test_other_mens_patronymics(resolver, phrase: str, not_name: str) -> None:
    actor = resolver.resolve(phrase, date="2024-09-10")
    assert actor is None or actor.name != not_name


# 3. "received a courtesy call from": the caller's visit, not a phone call
@pytest.mark.parametrize("text, code, source, target", [
    ("Prime Minister Anwar Ibrahim received a courtesy call from the Saudi ambassador at Seri Perdana.",
     "042", "SAU", "Anwar Ibrahim"),
    ("President Prabowo Subianto received a courtesy call from the Japanese foreign minister at the Merdeka "
     "Palace.", "042", "JPN", "Prabowo Subianto"),
    # variants
    ("The Malaysian king received a courtesy call from the outgoing Chinese ambassador at Istana Negara.",
     "042", "CHN", "Government of Malaysia"),
    ("Governor Khofifah received a courtesy call from the Japanese consul general in Surabaya.", "042", "JPN",
     "Khofifah"),
    # controls: a courtesy call paid, a phone call and a call from someone received stay as they were
    ("The Saudi ambassador paid a courtesy call on Prime Minister Anwar Ibrahim in Putrajaya.", "042", "SAU",
     "Anwar Ibrahim"),
    ("Prime Minister Anwar Ibrahim received a phone call from the Saudi Crown Prince.", "041", "SAU",
     "Anwar Ibrahim"),
    ("Prime Minister Anwar Ibrahim received a call from the Turkish president on Tuesday.", "041", "TUR",
     "Anwar Ibrahim"),
    ("Prime Minister Anwar Ibrahim received a call from the opposition for a snap election.", "041", "MYS",
     "Anwar Ibrahim"),
])
def test_courtesy_call_received_is_a_visit(pipeline, text: str, code: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "received" if "received" in text else "paid")
    assert event.cameo.get("code") == code
    assert event.source[0].country == source
    assert event.target[0].name == target
