"""The places stage made cheaper (speed round 31a): the same answers as the longer ways."""

from __future__ import annotations

import pytest

from chronica.geo.areas import _areas, areas, outside
from chronica.geo.gazetteer import Entry
from chronica.geo.hints import body_countries
from chronica.geo.resolve import _label
from chronica.geo.stray import anchor_for
from chronica.record import Place

AREA_TEXTS = (
    "Fighting spread across the Middle East and North Africa, and Darfur saw new raids.",
    "The Africa Cup final in Abidjan drew fans from South Africa and Europe.",
    "Aid reached the Sahel on Monday.",
)


@pytest.mark.parametrize("text", AREA_TEXTS)
def test_areas_outside_the_places_found_are_the_areas_read_anew(pipeline, nlp, text: str) -> None:
    doc = nlp(text)
    found = pipeline.geocoder.places(doc, adjectives=False)
    taken = [p for p in found if (p.start, p.end) not in {(a.start, a.end) for a in _areas(doc)}]
    assert outside(areas(doc, []), taken) == areas(doc, taken)
    assert outside(areas(doc, []), []) == areas(doc, [])


def test_entry_equal_by_its_fields_and_hashed_alike() -> None:
    fields = (1, "Kidal", 2455290, "ML", "MLI", "08", "Kidal", 18.44, 1.41, 25_617)
    a, b = Entry(*fields), Entry(*fields)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Entry(*fields[:-1], 1)


def test_label_of_a_run_is_its_commonest_first(nlp) -> None:
    doc = nlp("Officials in Port Harcourt said so.")
    toks = [t.i for t in doc if t.ent_type_]
    if not toks:
        pytest.skip("the model tags no entity here")
    i, j = toks[0], toks[-1] + 1
    labels = [t.ent_type_ for t in doc[i:j] if t.ent_type_]
    best = max(dict.fromkeys(labels), key=labels.count)
    assert _label(doc, i, j) == best


def _place(text: str, start: int, precision: int, lat: float, lon: float) -> Place:
    return Place(text=text, name=text, geonameid=1, country="NGA", admin1="01", lat=lat, lon=lon,
                 precision=precision, start=start, end=start + len(text))


def test_population_asked_only_when_the_place_may_stray() -> None:
    asked: list[int] = []

    def population() -> int:
        asked.append(1)
        return 5_000

    text = "Gunmen struck in Lagos."
    lagos = _place("Lagos", text.index("Lagos"), 3, 6.5, 3.4)  # a region: no anchor is needed
    assert anchor_for(text, lagos, [lagos], population) is None
    assert not asked


def test_body_countries_read_from_the_kept_text(nlp) -> None:
    from chronica.nlp import text_of

    doc = nlp("The Free Patriotic Movement met in Beirut.")
    assert body_countries(text_of(doc)) == body_countries(doc.text)
