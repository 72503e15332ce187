"""Round plover25: constructions of news that decide a story's PLOVER type, each proved with sentences and
stories of our own in several wordings (none from a gold file)."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str, published: str | None = None):
    document = document_from_text(text, doc_id="plover25", published=published)
    return next((e for e in pipeline.code(document) if e.primary), None)


def _countries(actors) -> str | None:
    return actors[0].country if actors else None


@pytest.mark.parametrize("story, lede", [
    # a time before the subject that the parse makes its compound ("Last summer security forces ...")
    ("MINSK, Feb 4 (Reuters) - Belarusian police detained 30 journalists on Thursday. Last summer security "
     "forces beat hundreds of protesters in the capital.", "COERCE"),
    ("CARACAS, June 10 (AP) - Venezuela expelled the European Union's ambassador on Wednesday. Last year "
     "security forces killed dozens of protesters in the capital.", "SANCTION"),
    ("KABUL, June 10 (AP) - Afghan officials met Taliban envoys in Doha on Wednesday. Last summer insurgents "
     "attacked a hotel in Kabul, killing 40 people.", "CONSULT"),
])
def test_the_lede_keeps_its_act(pipeline, story: str, lede: str) -> None:
    primary = _primary(pipeline, story)
    assert primary is not None and primary.plover["type"] == lede, primary and primary.trigger.text
    assert primary.sentence == 1


@pytest.mark.parametrize("text, plover, source, target", [
    ("The government suspended a planned rise in fuel prices on Sunday after protests.", "CONCEDE",
     None, None),
    ("Kenya's president suspended the new tax on mobile money transfers after a week of demonstrations.",
     "CONCEDE", "KEN", None),
    ("The governor suspended the curfew in Srinagar on Monday.", "CONCEDE", None, None),
    ("The U.S. Treasury added three Iranian shipping firms to its sanctions blacklist on Tuesday.",
     "SANCTION", "USA", "IRN"),
    ("The United States placed two Chinese drone makers on its trade blacklist.", "SANCTION", "USA", "CHN"),
    ("Serbia put its army on the highest level of combat readiness on Monday.", "MOBILIZE", "SRB", None),
    ("North Korea placed its troops on a state of combat readiness on Friday.", "MOBILIZE", "PRK", None),
    ("Russia placed its nuclear forces on high alert on Sunday.", "MOBILIZE", "RUS", None),
    ("Colombia broke off diplomatic relations with Israel on Wednesday, the president told a rally in the "
     "capital.", "SANCTION", "COL", "ISR"),
    ("Ghana expelled two Chinese diplomats on Friday, the president told a rally in Kumasi.", "SANCTION",
     "GHA", "CHN"),
    ("Thousands of people joined a rally in Nairobi on Saturday.", "PROTEST", "KEN", None),
])
def test_measures_in_other_words(pipeline, text: str, plover: str, source: str | None,
                                 target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
    assert source is None or _countries(primary.source) == source
    assert target is None or _countries(primary.target) == target


@pytest.mark.parametrize("text, plover, source, target", [
    ("Washington slapped new tariffs on Chinese steel on Monday.", "SANCTION", "USA", "CHN"),
    ("The European Union slapped an arms embargo on Sudan.", "SANCTION", None, "SDN"),
    ("Security forces locked down the city of Kashgar on Monday.", "COERCE", "CHN", None),
    ("Police locked down the neighbourhood after the shooting.", "COERCE", None, None),
    ("China took the United States to task on Wednesday over its human rights report.", "ACCUSE",
     "CHN", "USA"),
    ("Pakistan pointed the finger at India for the bombing in Lahore.", "ACCUSE", "PAK", "IND"),
    ("Venezuela's president railed against Washington in a speech on Friday.", "ACCUSE", "VEN", "USA"),
    ("The Iranian president railed at Israel in a televised speech.", "ACCUSE", "IRN", "ISR"),
    ("Beijing hit back at Tokyo on Monday over the history textbooks.", "ACCUSE", "CHN", "JPN"),
    ("The Indian prime minister paid a call on the Nepalese king on Friday.", "CONSULT", "IND", "NPL"),
    ("The visiting Chinese envoy paid a courtesy call on the Thai prime minister.", "CONSULT", "CHN", "THA"),
    ("Turkey booted a German reporter out of the country on Friday.", "SANCTION", "TUR", "DEU"),
    ("Seoul sent a letter of protest to Tokyo over the textbook.", "ACCUSE", "KOR", "JPN"),
    ("Moscow handed the Polish ambassador a note of protest on Tuesday.", "ACCUSE", "RUS", None),
    ("Beijing made a strong diplomatic protest to Washington after the sale of arms to Taiwan.", "ACCUSE",
     "CHN", "USA"),
    ("Thousands of people joined a protest in Seoul on Saturday.", "PROTEST", "KOR", None),
    ("Japan lodged a formal protest with China over the incursion.", "ACCUSE", "JPN", "CHN"),
    ("Dozens of nurses held a strong protest outside the hospital in Jammu on Monday.", "PROTEST",
     None, None),
    ("The rebels asked the government to agree to a ceasefire.", "REQUEST", None, None),
    ("The mediators asked both sides to sign the peace deal by Friday.", "REQUEST", None, None),
    ("Iran's foreign minister briefed his Iraqi counterpart on the nuclear talks.", "CONSULT", "IRN", "IRQ"),
    ("The Egyptian intelligence chief briefed the Palestinian president on the truce talks.", "CONSULT",
     "EGY", "PSE"),
    ("Tokyo tightened export controls on South Korea on Thursday.", "SANCTION", "JPN", "KOR"),
    ("Washington tightened sanctions on Cuba on Friday.", "SANCTION", "USA", "CUB"),
    ("Washington imposed visa bans on ten Ugandan officials.", "SANCTION", "USA", "UGA"),
    ("The EU levied punitive duties on Chinese electric cars.", "SANCTION", None, "CHN"),
    ("The court handed the activist a five-year prison sentence.", "SANCTION", None, None),
    ("A Cairo court handed three journalists seven-year jail terms on Monday.", "SANCTION", "EGY", None),
    ("Venezuela's leader likened the US president to the devil.", "ACCUSE", "VEN", "USA"),
])
def test_acts_in_unusual_words(pipeline, text: str, plover: str, source: str | None,
                               target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
    assert source is None or _countries(primary.source) == source
    assert target is None or _countries(primary.target) == target


@pytest.mark.parametrize("text", [
    "Manchester City locked down the title with a win over Chelsea.",
    "The minister took questions from reporters on Monday.",
    "The spokesman briefed reporters on Monday.",
])
def test_no_event_in_these_words(pipeline, text: str) -> None:
    assert _primary(pipeline, text) is None
