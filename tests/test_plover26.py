"""Round plover26: constructions of one-sentence news reports that decide the primary event's PLOVER type,
source or target, each proved with sentences of our own in several wordings (none from a gold file)."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="plover26")
    return next((e for e in pipeline.code(document) if e.primary), None)


def _country(actors) -> str | None:
    return actors[0].country if actors else None


@pytest.mark.parametrize("text, plover", [
    # a crowd that storms a building protests (a riot), it does not assault it
    ("Thousands of demonstrators stormed the parliament building in Baghdad on Saturday, protesting against "
     "the choice of prime minister.", "PROTEST"),
    ("Protesters stormed the offices of the electoral commission in Kinshasa on Monday after the results "
     "were announced.", "PROTEST"),
    ("An angry crowd stormed the town hall in the southern city on Friday, demanding the mayor's "
     "resignation.", "PROTEST"),
    # a resignation told with "bowing to pressure": the resignation is the news
    ("The prime minister resigned on Sunday after weeks of street protests, bowing to pressure from the "
     "unions.", "RETREAT"),
    ("The defence minister stepped down on Friday, state television reported, bowing to demands from the "
     "opposition.", "RETREAT"),
    # a burden reversed after unrest: a concession, not the arson told as its setting
    ("The president reversed a rise in fuel prices on Saturday after two nights of rioting and arson in the "
     "capital.", "CONCEDE"),
    ("The government reversed the ban on opposition rallies on Monday after weeks of looting and arson in "
     "several towns.", "CONCEDE"),
    # leaving a body: cutting ties with it
    ("Burundi became the first country to quit the International Criminal Court on Friday.", "SANCTION"),
    ("The military government quit the regional bloc on Tuesday, accusing it of serving foreign interests.",
     "SANCTION"),
    ("The African Union suspended Guinea from all its activities on Thursday after the army seized power.",
     "SANCTION"),
    ("The regional body suspended Niger from all its activities on Monday.", "SANCTION"),
    # warplanes flown near a rival: a show of force
    ("China flew 25 military aircraft into Taiwan's air defence zone on Tuesday, the island's defence "
     "ministry said.", "MOBILIZE"),
    ("Russia flew two nuclear-capable bombers over the Baltic Sea on Monday, the alliance said.",
     "MOBILIZE"),
    # shutting down access to media: censorship, also with violence told as its setting
    ("The government shut down access to social media sites on Wednesday after mobs attacked shops in the "
     "north.", "COERCE"),
    ("Authorities shut down mobile internet networks in the region on Sunday, residents said.", "COERCE"),
    # territory handed back
    ("The rebels handed back the district to the army on Wednesday under a deal brokered by the church.",
     "RETREAT"),
    ("Armenia handed back the region to Azerbaijan on Sunday under a truce brokered by Moscow.", "RETREAT"),
    # a refusal told with "never again" or "would not attend"
    ("The opposition said on Tuesday it would never again take part in talks with the government.", "REJECT"),
    ("The rebels said on Monday they would not attend the peace talks in Geneva.", "REJECT"),
    ("The Taliban said they would never attend talks with the Kabul government.", "REJECT"),
    # suspects handed over to another state: judicial cooperation, with a setting marked "as"
    ("Kenya handed over nine suspected pirates to the Seychelles on Wednesday, officials said, as attacks on "
     "ships rose.", "COOPERATE"),
    ("Pakistan handed over two terrorism suspects to the United States on Friday, officials said.",
     "COOPERATE"),
    ("The army freed 20 prisoners on Monday, officials said, as fighting raged in the north.", "RETREAT"),
    # a deal reached: the sides agree (a pact signed stays SUPPORT)
    ("The leaders of the two countries reached a deal on Tuesday to end their dispute over the name.",
     "AGREE"),
    ("The government and the rebels reached an agreement on Sunday to share power.", "AGREE"),
    ("Sudan and South Sudan reached agreement on oil transit fees after talks in Addis Ababa.", "AGREE"),
])
def test_the_type_of_the_news(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text, plover, source, target", [
    # support voiced, the day told before the one backed
    ("China's foreign minister voiced firm support on Saturday for Pakistan's sovereignty.", "SUPPORT",
     "CHN", "PAK"),
    ("Russia voiced support on Monday for Serbia's territorial integrity.", "SUPPORT", "RUS", "SRB"),
    # envoys who sat down for talks are its two sides
    ("Envoys of Sudan and South Sudan sat down for talks in Addis Ababa on Monday.", "CONSULT", "SDN", "SSD"),
    ("Israeli and Palestinian negotiators sat down for their first direct talks in Washington on Thursday.",
     "CONSULT", "ISR", "PSE"),
    # the sides of a deal reached
    ("The prime ministers of Greece and Macedonia reached a deal on Tuesday to rename the republic.", "AGREE",
     "GRC", "MKD"),
])
def test_the_sides_of_the_news(pipeline, text: str, plover: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
    assert (_country(primary.source), _country(primary.target)) == (source, target)


def test_a_rally_attended_is_no_refusal(pipeline) -> None:
    primary = _primary(pipeline, "The rebels attended the peace talks in Geneva on Monday.")
    assert primary is not None and primary.plover["type"] == "CONSULT"
