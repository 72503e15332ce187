"""speedb58: the organisations' names found from the text's words are those the whole pattern finds."""

from __future__ import annotations

import itertools

from chronica.geo.resolve import (
    _FACTION,
    _body_spans,
    _chamber_names,
    _factioned_names,
    _names_in,
    _names_pattern,
)

GAPS = ("", " ", "-", "'s ", "x", "’", "(", " (IM)", "(Maoist) ", " (x)", "s (A)")


def _found(names, text: str) -> tuple[list, list]:  # noqa: ANN001
    """What the whole pattern finds (span and name), and what is found from the text's words."""
    whole = [(m.span(), m.group(1) if m.re.groups else m.group()) for m in names.pattern.finditer(text)]
    return whole, [((a, b), name) for a, b, name in _names_in(names, text)]


def _texts(names: list[str]) -> list[str]:
    """Names glued to each other and to words, brackets and possessives."""
    some = sorted(names)[:50] + sorted(names)[-10:]
    glued = [f"{a}{gap}{b}{end}" for a, b in itertools.pairwise(some) for gap in GAPS
             for end in ("", " (AB)")]
    return glued + [f"x{n} (A)" for n in some] + [f"the {n}, " for n in some]


def test_factioned_and_chamber_names_found_from_words_are_the_patterns():
    factioned, homes = _factioned_names()
    chambers, countries = _chamber_names()
    for names, listed in ((factioned, homes), (chambers, countries)):
        assert names is not None
        for text in _texts(list(listed)):
            whole, tried = _found(names, text)
            assert tried == whole


def test_a_name_opening_with_a_quote_matches_only_after_a_word():
    names = _names_pattern({"'Ndrangheta clan", "Cosa Nostra", "Cosa Nostra clan"})
    for text in ("the x'Ndrangheta clan and Cosa Nostra clan", "'Ndrangheta clan", " 'Ndrangheta clan",
                 "Cosa Nostra clans", "Cosa Nostra's men, Cosa Nostra clan-x"):
        whole, tried = _found(names, text)
        assert tried == whole


def test_no_bracketed_short_name_no_factioned_body():
    factioned, _ = _factioned_names()
    text = "Fighters of the NSCN and ULFA (in Assam) clashed (again)"
    assert _FACTION.search(text) is None
    assert list(factioned.pattern.finditer(text)) == []
    assert all(b > a for a, b, _ in _body_spans(text))
