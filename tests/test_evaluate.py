"""Tests for chronica.evaluate: gold readers, scoring functions and the report.

The unit tests use tiny made-up gold files and a fake pipeline (no spaCy); one test runs the real
pipeline on the team's gold files and skips when they are absent.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from chronica.evaluate import Report, evaluate
from chronica.evaluate.readers import acled_date, actor_country, country_iso3, read_acled, read_plover
from chronica.evaluate.scores import haversine_km, per_class, top_confusions, weighted_f1
from chronica.record import Actor, DateInfo, Event, Modality, Place, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = ROOT / ".." / "shared" / "data" / "gold"


# ----------------------------------------------------------------------------- helpers


def event(doc_id: str, plover: str = "PROTEST", acled: tuple[str, str] | None = None, *,
          source: list[Actor] | None = None, target: list[Actor] | None = None,
          location: Place | None = None, date: str | None = None, fatalities: int | None = None,
          primary: bool = False, negated: bool = False) -> Event:
    return Event(
        event_id=f"{doc_id}-{plover}", doc_id=doc_id, sentence=0, text="t", trigger=Span("t", 0, 1),
        plover={"type": plover, "mode": None}, cameo={"code": "140", "quad_class": 3, "goldstein": -6.5},
        acled=None if acled is None else {"event_type": acled[0], "sub_event_type": acled[1]},
        source=source or [], target=target or [], location=location,
        date=DateInfo(date, "day" if date else None, "text" if date else None),
        fatalities=fatalities, modality=Modality(negated=negated), primary=primary,
    )


class FakePipeline:
    """Returns hand-built events by document id; records the documents it was given."""

    def __init__(self, events: dict[str, list[Event]], fail: set[str] | None = None) -> None:
        self.events = events
        self.fail = fail or set()
        self.seen: list = []

    def code(self, document) -> list[Event]:
        self.seen.append(document)
        if document.doc_id in self.fail:
            raise RuntimeError("boom")
        return self.events.get(document.doc_id, [])


ACLED_COLUMNS = ["data_id", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "country",
                 "admin1", "latitude", "longitude", "notes", "fatalities", "iso3"]


def write_acled(path: Path) -> Path:
    rows = [
        ["1", "3-Jan-21", "Protests", "Peaceful protest", "Protesters (Ruritania)", "6", "Kenya", "Nairobi",
         "-1.2864", "36.8172", "On 3 January 2021, teachers marched in Testville over pay. [size=about 200]",
         "0", "KEN"],
        ["2", "4-Jan-21", "Battles", "Armed clash", "Military Forces of Mali (2021-)", "1", "Niger",
         "Tillaberi", "14.2", "1.45",
         "On 4 January 2021, soldiers clashed with gunmen near Sampletown. 0 fatalities.", "0", "NER"],
        ["3", "5-Jan-21", "Violence against civilians", "Attack", "Unidentified Armed Group (Kenya)", "3",
         "Kenya", "Mombasa", "-4.05", "39.67",
         "On 5 January 2021, gunmen killed three villagers. 3 fatalities.", "3", "KEN"],
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(ACLED_COLUMNS)
        w.writerows(rows)
    return path


def acled_events() -> dict[str, list[Event]]:
    protesters = Actor("teachers", "Protesters (Kenya)", "KEN", "CVL", "Protesters (Kenya)", 6)
    soldiers = Actor("soldiers", "Military Forces of Mali", "MLI", "MIL", None, 1)
    return {
        # all right: type, sub-type, date, place (2 km off), inter, actor country, 0 deaths stated
        "1": [event("1", "PROTEST", ("Protests", "Peaceful protest"), source=[protesters], date="2021-01-03",
                    location=Place("Nairobi", country="KEN", admin1="NAIROBI", lat=-1.30, lon=36.82),
                    fatalities=0, primary=True)],
        # wrong type and sub-type; no death toll (None counts as ACLED's 0: right); place about 100 km off
        "2": [event("2", "ASSAULT", ("Violence against civilians", "Attack"), source=[soldiers],
                    date="2021-01-05", location=Place("Niamey", country="NER", admin1="Niamey",
                                                      lat=13.51, lon=2.11), primary=True),
              event("2", "ASSAULT", ("Battles", "Armed clash"), primary=False)],
        # "3": no events at all, a miss
    }


def write_plover(path: Path) -> Path:
    records = [
        {"id": "DOC-1", "event": "DOCUMENT", "eventText": "about this file"},
        {"id": "R-1", "event": "DEMAND",
         "text": "Ruritanian ministers demanded that Freedonia reopen the border.",
         "source": [{"actorText": "Ruritanian ministers", "code": "ROU", "sector": "GOVxyz"}],
         "target": [{"actorText": "Freedonia", "code": "FRA"}]},
        {"id": "R-2", "event": "FIGHT", "text": "UN troops fought rebels near the river.",
         "source": [{"actorText": "UN troops", "code": "IGO", "sector": "MIL"}], "target": ""},
        {"id": "R-3", "event": "AGREE", "text": ""},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def plover_events() -> dict[str, list[Event]]:
    ministers = Actor("Ruritanian ministers", "Government of Romania", "ROU", "GOV")
    freedonia = Actor("Freedonia", "Government of France", "FRA", "GOV")
    un = Actor("UN troops", "United Nations", None, "IGO")
    return {
        "R-1": [event("R-1", "REQUEST", source=[ministers], target=[freedonia], primary=True)],
        "R-2": [event("R-2", "ACCUSE", source=[un], primary=True), event("R-2", "ASSAULT"),
                event("R-2", "PROTEST", negated=True)],
    }


# ----------------------------------------------------------------------------- readers


def test_acled_date() -> None:
    assert acled_date("9-May-20") == "2020-05-09"
    assert acled_date("27-Apr-20") == "2020-04-27"
    assert acled_date("2020-05-09") == "2020-05-09"
    assert acled_date("") is None and acled_date("soon") is None


@pytest.mark.parametrize(("name", "iso"), [
    ("Ivory Coast", "CIV"), ("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"),
    ("the Philippines", "PHL"), ("Turkey", "TUR"), ("Russia", "RUS"), ("Palestine", "PSE"),
    ("Kosovo", "XKX"), ("Bolivia", "BOL"), ("Curaçao", "CUW"), ("Curacao", "CUW"), ("Niger", "NER"),
    ("Nigeria", "NGA"), ("Guinea-Bissau", "GNB"), ("South Sudan", "SSD"), ("Congo", None), ("Homeland", None),
])
def test_country_iso3(name: str, iso: str | None) -> None:
    assert country_iso3(name) == iso


@pytest.mark.parametrize(("actor", "iso"), [
    ("Military Forces of Yemen (2012-)", "YEM"),
    ("Protesters (Israel)", "ISR"),
    ("Military Forces of Somalia (2017-) Puntland Dervish Force", "SOM"),
    ("Military Forces of the United States (2017-)", "USA"),
    ("Military Forces of the Democratic Republic of Congo (2019-)", "COD"),
    ("Unidentified Armed Group (Democratic Republic of Congo)", "COD"),
    ("Rioters (Ivory Coast)", "CIV"),
    ("Militia (Pro-Government)", "AFG"),  # not a country: the row's
    ("Union of Patriots for the Liberation of Congo", "AFG"),  # bare "Congo" is ambiguous
    ("Taliban", "AFG"),
    ("Police Forces of Somaliland (2010-)", "AFG"),
])
def test_actor_country(actor: str, iso: str) -> None:
    assert actor_country(actor, "AFG") == iso


def test_read_acled(tmp_path: Path) -> None:
    rows = read_acled(str(write_acled(tmp_path / "g.csv")))
    assert [r.doc_id for r in rows] == ["1", "2", "3"]
    first = rows[0]
    assert first.text.endswith("[size=about 200]")  # the note is kept as given
    assert (first.date, first.country, first.inter1, first.fatalities) == ("2021-01-03", "KEN", 6, 0)
    assert first.actor1_country == "KEN"  # "(Ruritania)" is no country: the row's iso3
    assert rows[1].actor1_country == "MLI"
    assert len(read_acled(str(tmp_path / "g.csv"), limit=2)) == 2


def test_read_plover(tmp_path: Path) -> None:
    rows = read_plover(str(write_plover(tmp_path / "g.json")))
    assert [r.doc_id for r in rows] == ["R-1", "R-2"]  # DOCUMENT and text-less records skipped
    assert [r.type for r in rows] == ["REQUEST", "ASSAULT"]  # DEMAND, FIGHT in the older PLOVER
    assert (rows[0].source.country, rows[0].source.sector) == ("ROU", "GOV")
    assert rows[0].target.country == "FRA" and rows[0].target.sector is None
    assert rows[1].source.code == "IGO" and rows[1].source.country is None
    assert rows[1].target is None


def test_read_plover_maps_older_modes(tmp_path: Path) -> None:
    """An older mode that moved to another 2.0 type takes that type; a hosted visit turns round."""
    records = [
        {"id": "M-1", "event": "COERCE", "mode": "destroy", "text": "Troops burned the market stalls."},
        {"id": "M-2", "event": "COERCE", "mode": "detain", "text": "Police held two reporters."},
        {"id": "M-3", "event": "CONSULT", "mode": "host", "text": "Ruritania hosted Freedonia's premier.",
         "source": [{"actorText": "Ruritania", "code": "ROU"}],
         "target": [{"actorText": "Freedonia's premier", "code": "FRA", "sector": "GOV"}]},
        {"id": "M-4", "event": "CONSULT", "mode": "visit", "text": "Freedonia's premier visited Ruritania.",
         "source": [{"actorText": "Freedonia's premier", "code": "FRA"}],
         "target": [{"actorText": "Ruritania", "code": "ROU"}]},
    ]
    path = tmp_path / "modes.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    rows = read_plover(str(path))
    assert [r.type for r in rows] == ["ASSAULT", "COERCE", "CONSULT", "CONSULT"]
    assert (rows[2].source.country, rows[2].target.country) == ("FRA", "ROU")  # the visitor acts in 2.0
    assert (rows[3].source.country, rows[3].target.country) == ("FRA", "ROU")


# ----------------------------------------------------------------------------- measures


def test_weighted_f1_by_hand() -> None:
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "none"]
    # a: P 1, R .5, F1 2/3 (support 2); b: P .5, R 1, F1 2/3 (1); c: 0 (1) -> (4/3 + 2/3) / 4
    assert weighted_f1(gold, pred) == pytest.approx(0.5)
    assert weighted_f1(["x", "y"], ["x", "y"]) == 1.0
    assert weighted_f1([], []) == 0.0
    scores = {c.label: c for c in per_class(gold, pred)}
    assert scores["none"].support == 0 and scores["none"].predicted == 1
    assert scores["b"].precision == 0.5 and scores["b"].recall == 1.0


def test_top_confusions_order() -> None:
    gold = ["a", "a", "a", "b", "b", "c"]
    pred = ["b", "b", "a", "c", "a", "c"]
    assert top_confusions(gold, pred, 2) == [("a", "b", 2), ("b", "a", 1)]


def test_haversine() -> None:
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(10, 20, 10, 20) == 0.0
    assert haversine_km(-1.2864, 36.8172, -1.30, 36.82) < 2


# ----------------------------------------------------------------------------- evaluate


def test_evaluate_acled(tmp_path: Path) -> None:
    fake = FakePipeline(acled_events())
    report = evaluate(str(write_acled(tmp_path / "g.csv")), "acled", fake)
    s = report.scores
    assert s["n"] == 3 and report.n == 3 and report.misses == 1
    assert [d.published for d in fake.seen] == [None, None, None]
    assert s["acled_event_type_accuracy"] == pytest.approx(1 / 3)
    assert s["acled_sub_event_type_accuracy"] == pytest.approx(1 / 3)
    # sub-types: Peaceful protest F1 1 (support 1), Armed clash 0, Attack 0 -> 1/3
    assert s["acled_sub_event_type_weighted_f1"] == pytest.approx(1 / 3)
    assert s["fatalities_exact"] == pytest.approx(2 / 3)  # row 2: None == 0; row 3: miss != 3
    assert s["fatalities_exact_when_reported"] == 0.0
    assert report.support["fatalities_exact_when_reported"] == 1
    assert s["date_exact"] == pytest.approx(1 / 3)
    assert s["country_accuracy"] == pytest.approx(2 / 3)
    assert s["admin1_accuracy"] == pytest.approx(1 / 3)  # "NAIROBI" matches "Nairobi"
    assert s["within_25km"] == pytest.approx(1 / 3)
    assert s["inter1_accuracy"] == pytest.approx(2 / 3)
    assert s["actor1_country_accuracy"] == pytest.approx(2 / 3)
    assert all(0.0 <= v <= 1.0 for k, v in s.items() if k != "n")
    assert report.pred_types == ["Protests", "Violence against civilians", "none"]
    assert report.top_confusions() == [("Battles", "Violence against civilians", 1),
                                       ("Violence against civilians", "none", 1)]
    assert report.confusion()[("Protests", "Protests")] == 1


def test_evaluate_plover(tmp_path: Path) -> None:
    report = evaluate(str(write_plover(tmp_path / "g.json")), "plover", FakePipeline(plover_events()))
    s = report.scores
    assert s["n"] == 2
    assert s["plover_type_accuracy"] == 0.5  # REQUEST right; ACCUSE for ASSAULT wrong
    assert s["plover_any_type_accuracy"] == 1.0  # ASSAULT is among R-2's (non-negated) events
    assert s["source_country_accuracy"] == 1.0  # ROU; IGO expects no country
    assert report.support["source_country_accuracy"] == 2
    assert s["target_country_accuracy"] == 1.0 and report.support["target_country_accuracy"] == 1
    assert s["source_sector_accuracy"] == 0.5  # GOV right; MIL vs IGO wrong
    assert report.support["target_sector_accuracy"] == 0 and s["target_sector_accuracy"] == 0.0
    assert report.top_confusions() == [("ASSAULT", "ACCUSE", 1)]


def test_any_type_ignores_negated(tmp_path: Path) -> None:
    events = plover_events()
    events["R-2"] = [event("R-2", "ACCUSE", primary=True), event("R-2", "ASSAULT", negated=True)]
    report = evaluate(str(write_plover(tmp_path / "g.json")), "plover", FakePipeline(events))
    assert report.scores["plover_any_type_accuracy"] == 0.5


def test_failure_is_a_miss_and_limit(tmp_path: Path) -> None:
    fake = FakePipeline(acled_events(), fail={"1"})
    report = evaluate(str(write_acled(tmp_path / "g.csv")), "ACLED", fake, limit=2)
    assert report.n == 2 and report.failures == 1 and report.misses == 1
    assert report.pred_types == ["none", "Violence against civilians"]


def test_render_and_notes(tmp_path: Path) -> None:
    report = evaluate(str(write_acled(tmp_path / "g.csv")), "acled", FakePipeline(acled_events()), folds=5)
    assert isinstance(report, Report)
    text = report.render()
    for needle in ("acled_event_type_accuracy", "held-out", "documents/second", "top 15 confusions",
                   "confusion table", "Violence against civilians", "--folds 5"):
        assert needle in text
    assert report.docs_per_second > 0
    summary = report.to_dict()
    assert summary["n"] == 3 and json.dumps(summary)


def test_bad_arguments(tmp_path: Path) -> None:
    path = str(write_acled(tmp_path / "g.csv"))
    with pytest.raises(ValueError):
        evaluate(path, "gdelt", FakePipeline({}))
    with pytest.raises(ValueError):
        evaluate(path, "acled", FakePipeline({}), folds=1)
    with pytest.raises(ValueError):
        evaluate(path, "acled", FakePipeline({}), limit=0)


# ----------------------------------------------------------------------------- real gold files


@pytest.mark.parametrize(("name", "fmt"),
                         [("acled-2020-dev.csv", "acled"), ("plover-gsr-dev.json", "plover")])
def test_real_gold_files(name: str, fmt: str) -> None:
    path = SHARED_GOLD / name
    if not path.exists():
        pytest.skip(f"{path} not present (team data lives outside the repository)")
    from chronica import default_pipeline

    report = evaluate(str(path), fmt, default_pipeline(), limit=40)
    assert report.scores["n"] == 40
    for key, value in report.scores.items():
        if key != "n":
            assert 0.0 <= value <= 1.0 and not math.isnan(value), key
    assert report.render()
