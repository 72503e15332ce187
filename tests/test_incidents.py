"""Incidents: merges and near-misses, consensus, framing, and the real corpus.

The rule tests build events by hand. The corpus tests code the examples and the reports in
tests/data/incidents/ (written by the team about real events) with the real pipeline.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from test_store import make_document, make_event

from chronica.framing import Lexicon, tone
from chronica.incidents import Item, Rules, build, cluster, default_rules
from chronica.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "inc.duckdb") as s:
        yield s


def incident_of(store: Store) -> dict[str, str | None]:
    return dict(store.query("SELECT event_id, incident_id FROM events"))


def together(store: Store, *event_ids: str) -> bool:
    found = incident_of(store)
    ids = {found[e] for e in event_ids}
    return len(ids) == 1 and None not in ids


def test_two_reports_of_one_raid_form_one_incident_with_consensus(store):
    store.write(
        make_document("a", "Example News Wire", "1997-04-23"),
        [
            make_event("a", 0, source=("army",), target=("mrta",), trigger="stormed", fatalities=14),
            make_event(
                "a",
                1,
                place="Peru",
                basis="published",
                date="1997-04-23",
                trigger="killed",
                fatalities=2,
                target=("army",),
            ),
        ],
    )
    store.write(
        make_document("b", "The Sample Gazette", "1997-04-24"),
        [
            make_event(
                "b", 0, place="Peru", date="1997-04-22", source=("govt",), trigger="massacre", fatalities=17
            ),
            make_event("b", 1, date="1997-04-23", basis="relative", trigger="assault"),
        ],
    )
    summary = build(store)
    assert together(store, "a-e0", "a-e1", "b-e0", "b-e1")
    assert summary.incidents == 1 and summary.multi_report == 1
    (raw,) = store.query("SELECT record FROM incidents")[0]
    inc = json.loads(raw)
    assert inc["n_documents"] == 2 and inc["n_publications"] == 2 and inc["n_events"] == 4
    assert inc["location"]["name"] == "Lima" and inc["location"]["precision"] == 1  # the most specific
    assert inc["date"]["value"] == "1997-04-22" and inc["date"]["support"] == 2  # best-founded per report
    assert inc["fatalities"] == {"min": 14, "median": 15.5, "max": 17, "reports": 2}
    assert inc["first_report"]["doc_id"] == "a" and inc["last_report"]["doc_id"] == "b"
    assert inc["sources"][0]["name"] in ("Military Forces of Peru", "Government of Peru")
    assert [f["doc_id"] for f in inc["framing"]] == ["a", "b"]
    assert inc["framing"][0]["triggers"] == ["stormed", "killed"]
    assert inc["framing"][1]["triggers"] == ["massacre", "assault"]
    row = store.query(
        "SELECT n_documents, first_report, last_report, fatalities_min, fatalities_max,"
        " location FROM incidents"
    )
    assert row == [(2, "1997-04-23", "1997-04-24", 14, 17, "Lima")]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (dict(date="1997-04-24"), True),  # two days apart: within the window
        (dict(date="1997-04-27"), False),  # five days apart
        (dict(place="Callao"), True),  # 11 km away
        (dict(place="Cusco"), False),  # 570 km away
        (dict(place="Peru"), True),  # only the country: compatible
        (dict(place="Baghdad"), False),  # another country: another block
        (dict(plover="PROTEST"), False),  # another type
        (dict(source=("mrta",)), False),  # another perpetrator
        (dict(source=("govt",)), True),  # government and army: one state side
        (dict(target=("police",)), True),  # different victims do not contradict
        (dict(date="1997-04", precision="month"), True),  # a month that contains the day
        (dict(date="1997", precision="year"), False),  # a year is too vague to match
        (dict(negated=True), False),  # "did not attack" takes no part
    ],
)
def test_merges_and_near_misses(store, second, merged):
    store.write(make_document("a"), [make_event("a", 0, source=("army",), target=("villagers",))])
    store.write(make_document("b", "The Sample Gazette"), [make_event("b", 0, **second)])
    build(store)
    assert together(store, "a-e0", "b-e0") is merged
    if second.get("negated"):
        assert incident_of(store)["b-e0"] is None


def test_a_clash_reported_from_either_side_is_one_incident(store):
    store.write(make_document("a"), [make_event("a", 0, source=("army",), target=("mrta",))])
    store.write(make_document("b"), [make_event("b", 0, source=("mrta",), target=("army",))])
    store.write(make_document("c"), [make_event("c", 0, source=("mrta",))])
    build(store)
    assert together(store, "a-e0", "b-e0", "c-e0")


def test_published_dates_look_back_a_few_days(store):
    store.write(make_document("a"), [make_event("a", 0, date="1997-04-22")])
    store.write(
        make_document("b", published="1997-04-25"), [make_event("b", 0, date="1997-04-25", basis="published")]
    )
    store.write(
        make_document("c", published="1997-04-29"), [make_event("c", 0, date="1997-04-29", basis="published")]
    )
    build(store)
    assert together(store, "a-e0", "b-e0")
    assert not together(store, "a-e0", "c-e0")


def test_complete_link_stops_chains(store):
    # Lima and Cusco are both compatible with a country-level report, not with each other.
    store.write(make_document("a"), [make_event("a", 0, place="Lima")])
    store.write(make_document("b"), [make_event("b", 0, place="Peru")])
    store.write(make_document("c"), [make_event("c", 0, place="Cusco")])
    build(store)
    assert not together(store, "a-e0", "c-e0")
    assert together(store, "a-e0", "b-e0") or together(store, "b-e0", "c-e0")


def test_rebuilding_some_blocks_gives_what_a_full_build_gives(store):
    for i, (place, plover) in enumerate(
        [
            ("Lima", "ASSAULT"),
            ("Lima", "PROTEST"),
            ("Baghdad", "ASSAULT"),
            ("Peru", "ASSAULT"),
            ("Basra", "ASSAULT"),
        ]
    ):
        store.write(make_document(f"d{i}"), [make_event(f"d{i}", 0, place=place, plover=plover)])
    build(store)
    full = incident_of(store)
    full_rows = store.query("SELECT incident_id, n_events FROM incidents ORDER BY incident_id")
    store.write(make_document("d9"), [make_event("d9", 0, place="Lima")])
    build(store, blocks={("PER", "ASSAULT")})
    partial = incident_of(store)
    assert partial["d9-e0"] == partial["d0-e0"] == partial["d3-e0"]
    assert {k: v for k, v in partial.items() if k != "d9-e0"} == full
    build(store)
    assert incident_of(store) == partial
    assert len(store.query("SELECT * FROM incidents")) == len(full_rows)


def test_type_groups_come_from_the_rules():
    rules = Rules.from_dict({"type_groups": [["ASSAULT", "COERCE"]]})
    assert rules.group("COERCE") == rules.group("ASSAULT") == "ASSAULT+COERCE"
    assert default_rules().group("COERCE") == "COERCE"
    a = Item("a", "d1", "ASSAULT+COERCE", "PER", 10, 10, None, None, 4, None, None, frozenset(), frozenset())
    b = Item("b", "d2", "ASSAULT+COERCE", "PER", 11, 11, None, None, 4, None, None, frozenset(), frozenset())
    assert len(set(cluster([a, b], rules).values())) == 1


def test_clustering_is_not_quadratic():
    """20,000 events in one country and type over a year: one block, swept in date order."""
    rng = random.Random(1)
    rules = default_rules()
    items = []
    for i in range(20_000):
        day = 730_000 + rng.randrange(365)
        lat, lon = rng.uniform(-15, -5), rng.uniform(-80, -70)
        items.append(
            Item(
                f"e{i}",
                f"d{i // 2}",
                "ASSAULT",
                "PER",
                day,
                day,
                lat,
                lon,
                1,
                None,
                None,
                frozenset(),
                frozenset(),
            )
        )
    out = cluster(items, rules)
    assert len(out) == 20_000


# -- framing ------------------------------------------------------------------------------------
def test_tone_scores_evaluative_words_and_shows_them():
    rescue = tone("Commandos freed the hostages in a daring rescue.")
    massacre = tone("Rights groups called the assault a massacre and said prisoners were executed.")
    assert rescue.score > 0 > massacre.score
    assert {w["word"] for w in rescue.words} == {"freed", "daring", "rescue"}
    assert {w["word"] for w in massacre.words} >= {"massacre", "executed"}
    assert tone("Troops attacked the town and killed ten people.").score == 0.0  # description, no stance
    negated = tone("The minister did not condemn the raid.")
    assert negated.words == [{"word": "condemn", "weight": 1.0}]


def test_a_lexicon_can_be_passed_in():
    lex = Lexicon.from_dict({"words": {"op*": 1, "bad apple": -2}, "negators": ["no"]})
    assert tone("the operation", lex).score == 1.0
    assert tone("one bad apples", lex).words == [{"word": "bad apples", "weight": -2.0}]


# -- the corpus -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory, pipeline):
    from chronica.ingest import read_inputs
    from chronica.runner import run

    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    inputs = [
        str(ROOT / "examples" / "news"),
        *map(str, sorted((ROOT / "tests" / "data" / "incidents").glob("*-*.md"))),
    ]
    with Store(path) as store:
        run(read_inputs(inputs), store, pipeline)
        build(store)
    store = Store(path, read_only=True)
    yield store
    store.close()


def _doc(store: Store, name: str) -> str:
    rows = store.query("SELECT doc_id FROM documents WHERE path LIKE ?", [f"%{name}"])
    assert rows, f"{name} was not coded"
    return rows[0][0]


def _shared(store: Store, a: str, b: str, plover: str | None = None) -> list[str]:
    """Incidents (of the given type) with events from both documents."""
    rows = store.query(
        "SELECT incident_id FROM events WHERE incident_id IS NOT NULL AND (? IS NULL OR plover_type = ?)"
        " GROUP BY incident_id HAVING count(DISTINCT doc_id) FILTER (WHERE doc_id = ?) > 0"
        " AND count(DISTINCT doc_id) FILTER (WHERE doc_id = ?) > 0",
        [plover, plover, a, b],
    )
    return [r[0] for r in rows]


def test_lima_reports_are_one_incident_with_opposite_framings(corpus):
    rescue, massacre = _doc(corpus, "01-lima-rescue.md"), _doc(corpus, "02-lima-massacre.md")
    shared = _shared(corpus, rescue, massacre, "ASSAULT")
    assert len(shared) == 1, shared
    (raw,) = corpus.query("SELECT record FROM incidents WHERE incident_id = ?", shared)[0]
    inc = json.loads(raw)
    assert inc["location"]["name"] == "Lima" and inc["date"]["value"] == "1997-04-22"
    frames = {f["doc_id"]: f for f in inc["framing"]}
    assert frames[rescue]["tone"] > 0 > frames[massacre]["tone"]
    assert "massacre" in frames[massacre]["triggers"]
    assert {w["word"] for w in frames[rescue]["tone_words"]} & {"rescue", "freed", "free"}
    assert inc["publications"] == ["Example News Wire", "The Sample Gazette"]


def test_second_reports_merge_with_the_examples(corpus):
    assert _shared(
        corpus,
        _doc(corpus, "09-baghdad-market-bombing.md"),
        _doc(corpus, "baghdad-2021-second-report.md"),
        "ASSAULT",
    )
    assert _shared(corpus, _doc(corpus, "04-minsk-arrests.md"), _doc(corpus, "minsk-2010-second-report.md"))


def test_near_misses_stay_apart(corpus):
    bombing_2018 = _doc(corpus, "baghdad-2018-bombing.md")
    for other in ("09-baghdad-market-bombing.md", "baghdad-2021-second-report.md"):
        assert not _shared(corpus, bombing_2018, _doc(corpus, other))
    mixed = corpus.query(
        "SELECT incident_id FROM events WHERE incident_id IS NOT NULL GROUP BY incident_id"
        " HAVING bool_or(location = 'Birmingham') AND bool_or(location = 'Tottenham')"
    )
    assert mixed == []
    assert corpus.query("SELECT count(*) FROM events WHERE location = 'Birmingham'")[0][0] >= 1


def test_an_incident_keeps_its_id_when_a_new_report_opens_it():
    from chronica.incidents import kept_ids

    # a new report's event ("n1") now sorts first and would rename the incident of e1 and e2
    assignment = {"n1": "inc-new", "e1": "inc-new", "e2": "inc-new", "e3": "inc-e3"}
    previous = {"e1": "inc-old", "e2": "inc-old", "e3": "inc-e3", "n1": None}
    assert kept_ids(assignment, previous) == {"n1": "inc-old", "e1": "inc-old", "e2": "inc-old",
                                              "e3": "inc-e3"}


def test_a_split_incident_keeps_its_id_once():
    from chronica.incidents import kept_ids

    # three events of one old incident fall into two: the larger keeps the id, the other takes its own
    assignment = {"a": "inc-a", "b": "inc-a", "c": "inc-c"}
    previous = {"a": "inc-x", "b": "inc-x", "c": "inc-x"}
    assert kept_ids(assignment, previous) == {"a": "inc-x", "b": "inc-x", "c": "inc-c"}


def test_an_old_id_that_opens_another_incident_is_not_taken():
    from chronica.incidents import kept_ids

    # the old incident's opening event now opens an incident of its own, which keeps that id
    assignment = {"a": "inc-a", "b": "inc-b", "c": "inc-b"}
    previous = {"a": "inc-a", "b": "inc-a", "c": "inc-a"}
    assert kept_ids(assignment, previous) == {"a": "inc-a", "b": "inc-b", "c": "inc-b"}
