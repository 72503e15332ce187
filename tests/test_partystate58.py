"""China's party-state bodies and its typical victims (round partystate58, item china-4): a body named by the
place it deals with is Beijing's, not that place's government ("the Taiwan Affairs Office", "the Hong Kong and
Macao Affairs Office", one body for all its "and"), and no story of that place; the party's and the state's
organs the wires name bare ("the Central Commission for Discipline Inspection", "the United Front Work
Department", "the Ministry of State Security", "the Northern Theater Command", "the Central Military
Commission") are China's; the people's courts and procuratorates are a judiciary (never "people"), of the
state the phrase or the story names among those that have them (China, Vietnam, Laos), else China's;
"petitioners", "Falun Gong practitioners" and house churches are the victims, not the place of the action;
a court's or a house's number ("the Shanghai No 1 Intermediate People's Court", "No 10 Downing Street") is
neither a negation nor a count. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="partystate58", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in actors]


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


CHN_GOV = ("Government of China", "CHN", "GOV")
CHN_MIL = ("Military Forces of China", "CHN", "MIL")
CHN_JUD = ("Judiciary of China", "CHN", "JUD")


# 1. the party-state's bodies named bare: China's, wherever the name's place is
@pytest.mark.parametrize("text, word, source", [
    ("The Taiwan Affairs Office condemned Lai Ching-te as a separatist.", "condemned", CHN_GOV),
    ("The Hong Kong and Macao Affairs Office condemned the protesters.", "condemned", CHN_GOV),
    ("The Northern Theater Command deployed troops to the border.", "deployed", CHN_MIL),
    ("The Central Commission for Discipline Inspection placed former defence minister Li Shangfu under "
     "investigation.", "investigation", CHN_GOV),
    ("The CCDI expelled a former vice-governor.", "expelled", CHN_GOV),
    ("The Ministry of State Security arrested a former employee of a military institute.", "arrested",
     CHN_GOV),
    # variants
    ("The Hong Kong and Macau Affairs Office criticised the activists.", "criticised", CHN_GOV),
    ("The Central Military Commission expelled two generals.", "expelled", CHN_MIL),
    ("The Office for Safeguarding National Security arrested two activists in Hong Kong.", "arrested",
     CHN_GOV),
    ("The Central Government Liaison Office condemned the protesters.", "condemned", CHN_GOV),
    ("The Cyberspace Administration of China fined the company.", "fined", CHN_GOV),
    ("The Taiwan Affairs Office condemned the plan.", "condemned", CHN_GOV),
    # controls: the state named, the PLA, another state's body
    ("China's Taiwan Affairs Office condemned Lai Ching-te as a \"separatist\".", "condemned", CHN_GOV),
    ("China's Ministry of State Security detained a Japanese businessman for espionage.", "detained",
     CHN_GOV),
    ("The People's Armed Police deployed thousands of troops in Urumqi.", "deployed",
     ("Police Forces of China", "CHN", "COP")),
    ("Taiwan's Mainland Affairs Council condemned the drills.", "condemned",
     ("Government of Taiwan", "TWN", "GOV")),
    ("Taiwan's defence ministry condemned the drills.", "condemned",
     ("Government of Taiwan", "TWN", "GOV")),
])
def test_party_state_bodies_are_chinas(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


@pytest.mark.parametrize("text, word, where", [
    # a body named by the place it deals with is no story of that place
    ("The Taiwan Affairs Office condemned the plan.", "condemned", "CHN"),
    ("The Hong Kong and Macao Affairs Office condemned the plan.", "condemned", "CHN"),
    ("The Taiwan Affairs Office condemned Lai Ching-te as a separatist.", "condemned", "CHN"),
    # controls: the place itself named
    ("Taiwan's Mainland Affairs Council condemned the drills.", "condemned", "TWN"),
    ("The PLA Eastern Theater Command launched live-fire drills around Taiwan on Monday.", "live-fire drills",
     "TWN"),
])
def test_a_body_named_by_a_place_is_no_story_of_it(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


@pytest.mark.parametrize("text, word, source, target", [
    ("The Southern Theater Command said it had expelled a US destroyer from the Paracel Islands.", "expelled",
     CHN_MIL, ("Military Forces of the United States", "USA", "MIL")),
    ("The United Front Work Department hosted Tibetan religious leaders.", "hosted",
     None, None),
    # controls: the PLA's command and coordinated states stay as they were
    ("The PLA Eastern Theater Command launched live-fire drills around Taiwan on Monday.", "live-fire drills",
     ("PLA", "CHN", "MIL"), ("Government of Taiwan", "TWN", "GOV")),
    ("Israeli and Palestinian officials met in Cairo.", "met",
     ("Government of Israel", "ISR", "GOV"), ("Government of Palestine", "PSE", "GOV")),
])
def test_bodies_with_their_counterparts(pipeline, text: str, word: str, source, target) -> None:
    event = _event(pipeline, text, word)
    if source is None:  # "hosted": the order of host and guest aside, the department is China's
        assert CHN_GOV in _actors(event.source) + _actors(event.target)
        return
    assert _actors(event.source) == [source]
    assert _actors(event.target) == [target]


# 2. the people's courts and procuratorates: a judiciary, of the state the phrase or story names, else China's
@pytest.mark.parametrize("text, word, source", [
    ("The Beijing People's Procuratorate charged the lawyer with subversion.", "charged", CHN_JUD),
    ("The Supreme People's Procuratorate charged a former minister with bribery.", "charged", CHN_JUD),
    ("The Supreme People's Court sentenced the former minister to death.", "sentenced", CHN_JUD),
    # variants: Vietnam's and Laos's people's courts by the phrase or the story
    ("The Hanoi People's Court sentenced the blogger to eight years in prison.", "sentenced",
     ("Judiciary of Vietnam", "VNM", "JUD")),
    ("HANOI - The Supreme People's Court rejected the appeal of tycoon Truong My Lan.", "rejected",
     ("Judiciary of Vietnam", "VNM", "JUD")),
    ("VIENTIANE - The People's Court sentenced two men to death for drug trafficking.", "sentenced",
     ("Judiciary of Laos", "LAO", "JUD")),
    ("The Supreme People's Procuracy of Vietnam indicted the former minister.", "indicted",
     ("Judiciary of Vietnam", "VNM", "JUD")),
    ("The People's Court of Ho Chi Minh City sentenced the activist to six years.", "sentenced",
     ("Judiciary of Vietnam", "VNM", "JUD")),
    ("The Beijing No 2 Intermediate People's Court jailed the rights lawyer.", "jailed", CHN_JUD),
    # variants: other bodies several of these states share
    ("The Ministry of Public Security arrested the journalist in Hanoi.", "arrested",
     ("Police Forces of Vietnam", "VNM", "COP")),
    ("The Ministry of Public Security arrested the journalist in Shanghai.", "arrested",
     ("Police Forces of China", "CHN", "COP")),
    ("The Ministry of State Security publicly executed a man in Pyongyang.", "executed",
     ("Government of North Korea", "PRK", "GOV")),
    # controls
    ("The No 2 Intermediate People's Court in Beijing sentenced the activist to four years.", "sentenced",
     CHN_JUD),
    ("A Beijing court sentenced former security chief Zhou Yongkang to life in prison for bribery.",
     "sentenced", CHN_JUD),
    ("A Hanoi court sentenced the activist to six years.", "sentenced",
     ("Judiciary of Vietnam", "VNM", "JUD")),
    ("North Korea's Ministry of State Security executed a man for watching foreign films.", "executed",
     ("Government of North Korea", "PRK", "GOV")),
])
def test_peoples_courts_are_a_judiciary(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 3. the victims of mainland repression: petitioners, Falun Gong practitioners, house churches
@pytest.mark.parametrize("text, word, target", [
    ("Police detained 20 petitioners in Beijing.", "detained", ("Civilians (China)", "CHN", "CVL")),
    ("Police detained dozens of Falun Gong practitioners in Beijing.", "detained",
     ("Religious Group (China)", "CHN", "REL")),
    ("China banned Falun Gong.", "banned", ("Religious Group (China)", "CHN", "REL")),
    ("Police detained petitioners outside the State Bureau for Letters and Calls.", "detained",
     ("Civilians (China)", "CHN", "CVL")),
    # variants
    ("Police detained dozens of Falun Gong followers in Shanghai.", "detained",
     ("Religious Group (China)", "CHN", "REL")),
    ("Guards beat a petitioner in Harbin.", "beat", ("Civilians (China)", "CHN", "CVL")),
    ("Police raided a house church in Chengdu and detained 30 worshippers.", "raided",
     ("Religious Group (China)", "CHN", "REL")),
    ("Authorities detained more than 100 petitioners outside the National Public Complaints and Proposals "
     "Administration.", "detained", ("Civilians (China)", "CHN", "CVL")),
    # controls
    ("Security officers beat petitioners who had come to Beijing.", "beat",
     ("Civilians (China)", "CHN", "CVL")),
    ("Police detained 20 protesters in Beijing.", "detained", ("Protesters (China)", "CHN", "CVL")),
    ("China's Ministry of State Security detained a Japanese businessman for espionage.", "detained",
     ("Business (Japan)", "JPN", "BUS")),
])
def test_repressions_victims_are_the_target(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actors(_event(pipeline, text, word).target) == [target]


# 4. a number's "No": no negation and no count
@pytest.mark.parametrize("text, word, negated, arrested", [
    ("The Shanghai No 1 Intermediate People's Court sentenced the dissident to 10 years.", "sentenced",
     False, None),
    # variants
    ("The Shanghai No. 1 Intermediate People's Court sentenced the dissident to 10 years.", "sentenced",
     False, None),
    ("The Shanghai No 1 Intermediate People's Court sentenced 3 dissidents.", "sentenced", False, None),
    ("Police detained a man at No 10 Downing Street.", "detained", False, None),
    ("Police detained two men outside the No 2 Intermediate People's Court.", "detained", False, 2),
    # controls: a real "no"
    ("The No 2 Intermediate People's Court in Beijing sentenced the activist to four years.", "sentenced",
     False, None),
    ("No court sentenced the dissident.", "sentenced", True, None),
    ("No protesters were detained.", "detained", True, None),
    ("No one was arrested.", "arrested", True, 0),
])
def test_a_numbers_no_is_no_negation(pipeline, text: str, word: str, negated: bool, arrested) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.negated is negated
    assert event.arrested == arrested
    if not negated and "Court" in text and word == "sentenced":
        assert event.primary
