"""A deed and then a passive told of one subject (round andpass58, china-1): "Xu Zhiyong criticised Xi Jinping
and was arrested", "Bo Xilai was expelled from the party and later jailed for life". The passive conjunct
with its own "was" and no subject of its own, or a past tense the tagger gave a verb only ever done to someone
("later jailed") joined to a passive, is done to the shared subject: that subject is its target, never its
doer; the words of the other deed ("from the Communist Party") do not name its doer; "placed under house
arrest" and a "co-" verb ("co-wrote") are read the same way; a jailing told as coming later in the sentence
of a protest is no force met at that protest. An active verb joined to a passive ("was arrested and
confessed", "was wounded and died") keeps its doer. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="andpass58", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _texts(actors) -> list[str]:
    return [a.text for a in actors]


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the passive conjunct's target is the subject it shares; that subject is not its doer
@pytest.mark.parametrize("text, word, target", [
    ("Zhao Ziyang opposed martial law and was later placed under house arrest.", "arrest", "Zhao Ziyang"),
    ("Xu Zhiyong criticised Xi Jinping and was arrested in February 2020.", "arrested", "Xu Zhiyong"),
    ("Ding Jiaxi organised dinners for activists and was detained in December 2019.", "detained",
     "Ding Jiaxi"),
    ("Liu Xiaobo co-wrote Charter 08 and was arrested days before it was published.", "arrested",
     "Liu Xiaobo"),
    ("Joshua Wong led the 2014 protests and was later jailed for unlawful assembly.", "jailed",
     "Joshua Wong"),
    pytest.param("Gao Zhisheng defended persecuted Christians and was abducted by police in 2017.",
                 "abducted", "Gao Zhisheng", marks=pytest.mark.xfail(strict=True, reason=(
                     "the parse makes 'defended' an auxiliary of 'persecuted', the name its subject"))),
    ("The Uyghur scholar returned from Egypt and was detained at Urumqi airport.", "detained",
     "The Uyghur scholar"),
    ("Chow Hang-tung organised the vigil and was arrested on the eve of the anniversary.", "arrested",
     "Chow Hang-tung"),
    ("The student posted a video of the protest and was detained by police in Shanghai.", "detained",
     "The student"),
    ("Bo Xilai was expelled from the Communist Party and later jailed for life.", "jailed", "Bo Xilai"),
    # variants
    ("The blogger criticised the governor and was arrested in Lagos.", "arrested", "The blogger"),
    ("Navalny returned to Russia and was arrested at the airport.", "arrested", "Navalny"),
    ("The activist filmed the raid and was later abducted.", "abducted", "The activist"),
    ("The rebels attacked the town and were repelled by troops.", "repelled", "The rebels"),
    ("The governor was impeached and was later arrested by the police.", "arrested", "The governor"),
    ("The opposition leader was removed from office and later imprisoned.", "imprisoned",
     "The opposition leader"),
    ("The student organised a sit-in and was expelled from the university.", "expelled", "The student"),
    # controls
    ("The monk was beaten by police and later detained in Lhasa.", "detained", "The monk"),
    ("Joshua Wong was arrested and charged with inciting an unlawful assembly.", "charged", "Joshua Wong"),
    ("Two activists were arrested and later released on bail.", "released", "Two activists"),
    ("Police detained the monk and beat him in a police station in Lhasa.", "detained", "the monk"),
    ("Xu Zhiyong was arrested in February 2020.", "arrested", "Xu Zhiyong"),
    ("The monk was stripped of his robes and later imprisoned.", "imprisoned", "The monk"),
    ("The lawyer was disbarred in 2017 and later detained.", "detained", "The lawyer"),
    ("The two men were arrested and later charged with murder.", "charged", "The two men"),
])
def test_passive_conjunct_target(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert target in _texts(event.target)
    assert target not in _texts(event.source)


# 2. the doer: the by-agent, else the usual default, never the victim nor a word of the other deed
@pytest.mark.parametrize("text, word, source", [
    ("Liu Xiaobo co-wrote Charter 08 and was arrested days before it was published.", "arrested",
     ["Police Forces of China"]),
    ("Joshua Wong led the 2014 protests and was later jailed for unlawful assembly.", "jailed",
     ["Police Forces of China"]),
    ("Gao Zhisheng defended persecuted Christians and was abducted by police in 2017.", "abducted",
     ["Police Forces"]),
    ("Bo Xilai was expelled from the Communist Party and later jailed for life.", "jailed", []),
    ("The student posted a video of the protest and was detained by police in Shanghai.", "detained",
     ["Police Forces of China"]),
    # controls
    ("The monk was beaten by police and later detained in Lhasa.", "detained", ["Police Forces of China"]),
    ("Xu Zhiyong was arrested in February 2020.", "arrested", []),
    ("The monk was stripped of his robes and later imprisoned.", "imprisoned", []),
    ("Police detained the monk and beat him in a police station in Lhasa.", "beat",
     ["Police Forces of China"]),
])
def test_passive_conjunct_doer(pipeline, text: str, word: str, source: list[str]) -> None:
    assert _names(_event(pipeline, text, word).source) == source


# 3. an active verb after a passive keeps its subject as its doer
@pytest.mark.parametrize("text, word, source", [
    ("The mayor was indicted on fraud charges and will resign.", "resign", "The mayor"),
    ("Xu Zhiyong criticised Xi Jinping and was arrested in February 2020.", "criticised", "Xu Zhiyong"),
    ("Zhao Ziyang opposed martial law and was later placed under house arrest.", "opposed", "Zhao Ziyang"),
    ("The blogger criticised the governor and was arrested in Lagos.", "criticised", "The blogger"),
    ("The rebels attacked the town and were repelled by troops.", "attacked", "The rebels"),
])
def test_active_conjunct_keeps_doer(pipeline, text: str, word: str, source: str) -> None:
    assert source in _texts(_event(pipeline, text, word).source)


# 4. a jailing told as coming later is no force met at the protest of its sentence
@pytest.mark.parametrize("text, word, subtype", [
    ("Joshua Wong led the 2014 protests and was later jailed for unlawful assembly.", "protests",
     "Peaceful protest"),
    ("Joshua Wong led the 2014 protests and was later jailed for unlawful assembly.", "jailed", "Arrests"),
    # controls: arrests at or after a march are force met at it
    ("Hundreds of people marched in Hong Kong and 20 were later arrested.", "marched",
     "Protest with intervention"),
    ("Police arrested the protesters and charged them with rioting.", "arrested",
     "Protest with intervention"),
])
def test_later_jailing_no_intervention(pipeline, text: str, word: str, subtype: str) -> None:
    assert _event(pipeline, text, word).acled["sub_event_type"] == subtype


# 5. "co-" joined to its verb: the name before it is the verb's subject
@pytest.mark.parametrize("text, word, source", [
    ("France co-sponsored a resolution condemning the attack.", "condemning", "Government of France"),
    # control
    ("Rebels co-ordinated attacks on three army posts.", "attacks", "Rebels"),
])
def test_co_prefixed_verb(pipeline, text: str, word: str, source: str) -> None:
    assert source in _names(_event(pipeline, text, word).source)


# 6. no event for the active conjunct after a passive: no doer invented from the victim
@pytest.mark.parametrize("text, absent", [
    ("The suspect was arrested and confessed to the killing.", "The suspect"),
    ("The soldier was wounded and died in hospital.", "The soldier"),
])
def test_active_after_passive_controls(pipeline, text: str, absent: str) -> None:
    for event in _events(pipeline, text):
        if event.trigger.text in ("arrested", "wounded"):
            assert absent in _texts(event.target)
            assert absent not in _texts(event.source)
