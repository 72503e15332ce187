"""A source's home area (round geo16): a local paper's own town named bare is found in its region,
and the home is learnt without labels from a batch of one source's articles."""

from __future__ import annotations

import pytest

from chronica.geo import Geocoder, home


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder()


def where(geo, nlp, text, at=None) -> dict[str, tuple[str | None, str | None]]:
    """Each place's words -> (country, region), with the paper's home ``at``."""
    return {p.text: (p.country, p.admin1) for p in geo.places(nlp(text), adjectives=False, home=at)}


def test_home_is_written_region_and_country(geo):
    assert (geo.home("Louisiana, US").country, geo.home("Louisiana, US").admin1) == ("USA", "Louisiana")
    town = geo.home("Alexandria, Louisiana, US")
    assert town.town is not None and town.town.admin1 == "Louisiana"
    assert geo.home("Ohio").admin1 == "Ohio"
    assert geo.home("Ontario, Canada").country == "CAN"
    assert geo.home("United Kingdom").admin1 is None
    with pytest.raises(ValueError):
        geo.home("Nowhereshire, US")


def test_bare_town_is_the_papers_namesake(geo, nlp):
    text = "Police in Alexandria arrested two men on Tuesday after a short chase near the river."
    assert where(geo, nlp, text)["Alexandria"] != ("USA", "Louisiana")
    assert where(geo, nlp, text, "Louisiana, US")["Alexandria"] == ("USA", "Louisiana")
    assert where(geo, nlp, text, geo.home("Virginia, US"))["Alexandria"] == ("USA", "Virginia")


def test_a_county_seat_named_bare_in_a_small_paper(geo, nlp):
    text = "The Columbus school board will meet Thursday to talk about the new bus routes."
    assert where(geo, nlp, text, "Georgia, US").get("Columbus") == ("USA", "Georgia")
    assert where(geo, nlp, text, "Ohio, US").get("Columbus") == ("USA", "Ohio")


def test_the_story_itself_outweighs_the_home(geo, nlp):
    """A state named with the town, or another place of the story beside the town chosen, wins."""
    text = "The council in Alexandria, Va., passed the budget. Alexandria will hire ten officers."
    assert set(where(geo, nlp, text, "Louisiana, US").values()) == {("USA", "Virginia")}
    text = "Commuters from Alexandria and Arlington waited an hour for the bridge to reopen."
    assert where(geo, nlp, text, "Louisiana, US")["Alexandria"] == ("USA", "Virginia")


def test_a_city_abroad_stays_when_the_story_names_its_people(geo, nlp):
    text = "French officials met the delegation in Paris on Monday to sign the trade deal."
    assert where(geo, nlp, text, "Texas, US")["Paris"][0] == "FRA"
    text = "The Paris city council approved a new water tower on Monday night."
    assert where(geo, nlp, text, "Texas, US")["Paris"] == ("USA", "Texas")


def test_an_agencys_dateline_of_a_world_city_stays(geo, nlp):
    """A wire story's bare dateline names a city known the world over; the paper's own dateline its town."""
    wire = "PARIS (AP) — Oil prices rose on Monday as traders weighed a cut in supply."
    assert where(geo, nlp, wire, "Texas, US")["PARIS"][0] == "FRA"
    local = "PARIS — Oil prices rose on Monday at the three stations on the loop, owners said."
    assert where(geo, nlp, local, "Texas, US")["PARIS"] == ("USA", "Texas")


SOURCE = [  # invented articles of one invented Louisiana paper
    "Deputies of the Rapides Parish Sheriff's Office arrested a man on Highway 28 on Friday.",
    "The Pineville, La., council voted to repave two streets near the old mill.",
    "A fire destroyed a barn in Grant Parish on Sunday, firefighters said.",
    "The Alexandria Zoo will open a new exhibit next spring, its director said.",
]


def test_learn_a_home_from_one_sources_articles(geo, nlp):
    found = [("cenla-ledger.example", home.evidence(t, geo.places(nlp(t), adjectives=False))) for t in SOURCE]
    assert found[3][1] != ("USA", "Louisiana")  # a bare town alone may be placed anywhere ...
    homes = home.learn(found, geo.gaz)
    assert homes["cenla-ledger.example"].admin1 == "Louisiana"  # ... the source's other articles agree


def test_homes_are_learnt_while_a_batch_is_coded(geo, nlp):
    learner = home.Learner(geo.gaz)
    assert learner.home("cenla-ledger.example") is None
    for text in SOURCE[:2]:
        learner.add("cenla-ledger.example", text, geo.places(nlp(text), adjectives=False))
    found = learner.home("cenla-ledger.example")
    assert found is not None and found.admin1 == "Louisiana"
    last = geo.places(nlp(SOURCE[3]), adjectives=False, home=found)
    assert (last[0].country, last[0].admin1) == ("USA", "Louisiana")


def test_no_home_from_one_article_or_disagreement(geo, nlp):
    one = [("lone.example", home.evidence(SOURCE[1], geo.places(nlp(SOURCE[1]), adjectives=False)))]
    assert home.learn(one, geo.gaz) == {}
    texts = [SOURCE[0], "The Franklin County, Ohio, board met.", "Travis County, Texas, deputies said."]
    split = [("wire.example", home.evidence(t, geo.places(nlp(t), adjectives=False))) for t in texts]
    assert home.learn(split, geo.gaz) == {}


def test_source_of_an_article():
    assert home.source_of("The Town Talk", "https://www.thetowntalk.example/news/1") == "thetowntalk.example"
    assert home.source_of("The Town Talk", None) == "The Town Talk"
    assert home.source_of(None, None) is None


def test_coding_a_local_paper_with_its_home():
    """The pipeline places an event in the paper's own town when it is given the paper's home, and
    learns a home from a source's articles as it codes them (``--learn-homes``)."""
    from chronica import default_pipeline
    from chronica.ingest import document_from_text

    pipe = default_pipeline()
    story = "Police in Alexandria arrested two men after a shooting on Tuesday night."
    old = pipe.home, pipe.learner
    try:
        pipe.home = pipe.geocoder.home("Louisiana, US")
        events = pipe.code(document_from_text(story, published="2026-03-03"))
        assert events and events[0].location.admin1 == "Louisiana"
        pipe.home, pipe.learner = None, home.Learner(pipe.geocoder.gaz)
        batch = [document_from_text(t, published="2026-03-03") for t in [*SOURCE[:3], story]]
        for d in batch:
            d.url = "https://cenla-ledger.example/news/" + d.doc_id
        coded = [events for _, events in pipe.code_many(batch)]
        assert pipe.learner.home("cenla-ledger.example").admin1 == "Louisiana"
        assert coded[-1] and coded[-1][0].location.admin1 == "Louisiana"
    finally:
        pipe.home, pipe.learner = old
