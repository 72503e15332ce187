"""The gazetteer's compact columns read back as the lists they replace."""

from __future__ import annotations

from bisect import bisect_left

from chronica.geo.gazetteer import Packed, pack, unpack


def test_packed_strings_read_back_and_search_like_a_sorted_list():
    words = sorted(["al qamishli", "lima", "łódź", "zuwarah", "", "kabul", "ras al ayn"])
    packed = Packed(*Packed.pack(words))
    assert len(packed) == len(words) and list(packed) == words and packed[-1] == words[-1]
    for w in [*words, "a", "zz", "lim", "limax"]:
        assert bisect_left(packed, w) == bisect_left(words, w)


def test_entry_columns_round_trip_through_the_cache_form():
    cols = {"kind": [4, 1], "name": ["Peru", "Ayacucho"], "gid": [3932488, 3947019], "cc": ["PE", "PE"],
            "a1": ["", "AYA"], "a2": ["", ""], "lat": [-10.0, -13.16], "lon": [-76.0, -74.22],
            "pop": [29907003, 140033], "cap": [0, 0]}
    data = unpack({**pack(cols), "keys": Packed.pack(["ayacucho", "peru"]), "skel_keys": Packed.pack([]),
                   **{k: b"" for k in ("off", "ids", "skel_off", "skel_ids")}})
    for k, values in cols.items():
        assert list(data[k]) == values
    assert data["cc"][0] is data["cc"][1]  # one shared string per code
    assert list(data["keys"]) == ["ayacucho", "peru"]


def test_packed_two_step_search_finds_what_bisect_finds():
    """``Packed.bisect_left`` (every SPARSE-th key first, then one stretch) answers as ``bisect_left``, at the
    stretches' edges too, for any number of keys."""
    from chronica.geo.gazetteer import SPARSE

    for n in (0, 1, SPARSE - 1, SPARSE, SPARSE + 1, 3 * SPARSE + 7):
        words = sorted({f"k{i:05d}" for i in range(0, 2 * n, 2)})
        packed = Packed(*Packed.pack(words))
        probes = [*words, "", "a", "zz", *(f"k{i:05d}" for i in range(-1, 2 * n + 2, 2)), "k", "k00000x"]
        for w in probes:
            assert packed.bisect_left(w) == bisect_left(words, w), (n, w)
