"""The gazetteer's candidates kept per name (speed round 30): the same answers as made anew."""

from __future__ import annotations

import pytest

from chronica.geo import Geocoder

NAMES = ("Kaduna", "Paris", "Springfield", "Tripoli", "St. Louis", "Al Qamishli", "Nowhereville",
         "Georgia", "Punjab", "city of Richmond")


@pytest.fixture(scope="module")
def gaz():  # noqa: ANN201 - the loaded gazetteer
    return Geocoder().gaz


def _anew(gaz, name: str, limit: int | None) -> list:  # noqa: ANN001
    """The candidates worked out without the kept ones."""
    gaz._cands.clear()
    return gaz.candidates(name, limit)


@pytest.mark.parametrize("limit", [None, 1, 5])
def test_kept_candidates_equal_made_anew(gaz, limit: int | None) -> None:  # noqa: ANN001
    for name in NAMES:
        first = _anew(gaz, name, limit)
        again = gaz.candidates(name, limit)
        assert again == first
        assert all(a[0] is b[0] and a[1] == b[1] for a, b in zip(again, first, strict=True))


def test_kept_candidates_handed_out_as_new_lists(gaz) -> None:  # noqa: ANN001
    first = gaz.candidates("Paris", 5)
    assert first, "Paris is in the gazetteer"
    first.clear()  # a caller changing its list changes nothing kept
    assert gaz.candidates("Paris", 5) == _anew(gaz, "Paris", 5)
    assert gaz.candidates("Paris", 5) is not gaz.candidates("Paris", 5)


def test_limit_is_part_of_the_key(gaz) -> None:  # noqa: ANN001
    whole = gaz.candidates("Springfield")
    assert gaz.candidates("Springfield", 1) == whole[:1]
    assert gaz.candidates("Springfield") == whole
