"""Find toponyms in a spaCy Doc and resolve each in the context of the whole document."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from chronica.geo.gazetteer import COUNTRY, COUNTY, REGION, TOWN, Entry, Gazetteer, norm, score_prior
from chronica.record import Place

PLACE_LABELS = {"GPE", "LOC"}
MAYBE_LABELS = {"FAC", "ORG", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"}
MIN_POP = {"FAC": 20000, "ORG": 100000, "PERSON": 1000000, "": 100000}
W_QUALIFIER, W_COUNTRY, W_ADMIN = 6.0, 4.0, 3.0
LOCATIVE = {"in", "near", "at", "from", "outside", "to", "of"}
MAX_CANDIDATES = 60
ROUNDS = 2  # context passes after the prior-only pass


@dataclass
class Mention:
    """A toponym in the text, with the region or country written next to it, if any."""

    start: int
    end: int
    text: str
    label: str
    qualifier: str | None = None
    cands: list[tuple[Entry, bool]] = field(default_factory=list)


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop a leading "the" and a trailing possessive."""
    if text.lower().startswith("the "):
        text, start = text[4:], start + 4
    for tail in ("'s", "’s"):
        if text.endswith(tail):
            text = text[: -len(tail)]
    return text.rstrip(" .,;:") if not text.endswith(".") or len(text) > 5 else text, start


def _known(gaz: Gazetteer, text: str, label: str) -> bool:
    """Is a non-place entity or bare capitalised word still clearly a place name?"""
    cands = gaz.candidates(text)
    if not cands:
        return False
    e, alt = cands[0]
    if alt:
        return False
    if e.kind in (COUNTRY, REGION):
        return label != "PERSON" or e.kind == COUNTRY
    return e.pop >= MIN_POP.get(label, MIN_POP[""])


def mentions(doc, gaz: Gazetteer, demonyms: dict[str, str]) -> tuple[list[Mention], list[str]]:
    """Toponym mentions of a Doc, and the countries its demonyms point to."""
    text = doc.text
    found: list[Mention] = []
    nations: list[str] = []
    taken: set[int] = set()
    doubtful: list[Mention] = []
    for ent in doc.ents:
        label = ent.label_
        if label == "NORP":
            iso = demonyms.get(norm(ent.text).removesuffix("s")) or demonyms.get(norm(ent.text))
            if iso:
                nations.append(iso)
            continue
        if label not in PLACE_LABELS and label not in MAYBE_LABELS:
            continue
        parts, offset = [], ent.start_char
        for piece in ent.text.split(","):
            word, start = _trim(piece.strip(), offset + len(piece) - len(piece.lstrip()))
            if word:
                parts.append((word, start))
            offset += len(piece) + 1
        after_prep = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE
        for word, start in parts:
            if label in PLACE_LABELS or _known(gaz, word, "FAC" if after_prep else label):
                found.append(Mention(start, start + len(word), word, label))
            else:
                doubtful.append(Mention(start, start + len(word), word, label))
        taken.update(range(ent.start, ent.end))
    for tok in doc:  # capitalised words spaCy left untagged; an upper-case dateline
        dateline = tok.i < 3 and tok.is_upper and len(tok) > 3
        if tok.i in taken or not (tok.is_title or dateline) or tok.pos_ != "PROPN":
            continue
        if (dateline or not tok.is_sent_start) and _known(gaz, tok.text, ""):
            found.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, ""))
    # one sense per discourse: a name tagged as a place once is a place everywhere
    sure = {m.text for m in found if m.label in PLACE_LABELS}
    found += [m for m in doubtful if m.text in sure]
    return prepare(found, text, gaz), nations


def prepare(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """Sort mentions, link "Town, Region" / "Town (Region)" pairs and attach candidates."""
    found.sort(key=lambda m: m.start)
    for a, b in zip(found, found[1:], strict=False):
        between = text[a.end:b.start]
        if between.strip() in (",", "(") and len(between) <= 3:
            a.qualifier = b.text
    for m in found:
        m.cands = gaz.candidates(m.text)[:MAX_CANDIDATES]
    return [m for m in found if m.cands]


def _qualifies(e: Entry, quals: list[tuple[Entry, bool]]) -> bool:
    for q, _ in quals:
        if q.kind == COUNTRY and q.cc == e.cc and e.kind != COUNTRY:
            return True
        if q.kind == REGION and e.kind in (TOWN, COUNTY) and (q.cc, q.admin1code) == (e.cc, e.admin1code):
            return True
    return False


def _score(e: Entry, alt: bool, m: Mention, quals, ctx_c: Counter, ctx_a: Counter) -> float:
    s = math.log10(score_prior(e, alt))
    if quals and _qualifies(e, quals):
        s += W_QUALIFIER
    total_c = sum(ctx_c.values())
    if total_c:
        s += W_COUNTRY * ctx_c[e.cc] / total_c
    total_a = sum(ctx_a.values())
    if total_a and e.kind != COUNTRY:
        s += W_ADMIN * ctx_a[(e.cc, e.admin1code)] / total_a
    return s


def resolve(found: list[Mention], nations: list[str], gaz: Gazetteer) -> list[Place]:
    """Pick a gazetteer entry for every mention: prior, qualifier, then document context."""
    iso2 = {e.iso3: cc for cc, e in gaz.by_country.items()}
    quals = {id(m): gaz.candidates(m.qualifier) if m.qualifier else [] for m in found}
    empty: Counter = Counter()
    first = [max(m.cands, key=lambda c, m=m: _score(*c, m, quals[id(m)], empty, empty))
             for m in found]
    chosen = first
    for _ in range(ROUNDS):
        ctx_c, ctx_a = _context(chosen, nations, iso2)
        nxt = []
        for m, (e0, _) in zip(found, chosen, strict=True):
            own_c, own_a = _context([(e0, False)], [], iso2)
            c_ctx, a_ctx = ctx_c - own_c, ctx_a - own_a
            nxt.append(max(m.cands,
                           key=lambda c, m=m: _score(*c, m, quals[id(m)], c_ctx, a_ctx)))
        chosen = nxt
    places = [to_place(e, m.text, m.start, m.end) for m, (e, _) in zip(found, chosen, strict=True)]
    _place_counties(places, chosen)
    return places


def _context(chosen, nations: list[str], iso2: dict[str, str]) -> tuple[Counter, Counter]:
    """Country and admin1 weights of the chosen entries (plus demonyms' countries)."""
    ctx_c: Counter = Counter(iso2[n] for n in nations if n in iso2)
    ctx_a: Counter = Counter()
    for e, _ in chosen:
        ctx_c[e.cc] += 1
        if e.kind != COUNTRY:
            ctx_a[(e.cc, e.admin1code)] += 1 if e.kind == REGION else 0.5
    return ctx_c, ctx_a


def _place_counties(places: list[Place], chosen) -> None:
    """Move counties from their state's centroid to the story's towns in that state, if any."""
    for p, (e, _) in zip(places, chosen, strict=True):
        if e.kind != COUNTY:
            continue
        near = [t for t, _ in chosen if t.kind == TOWN and (t.cc, t.admin1code) == (e.cc,
                e.admin1code)]
        if near:
            p.lat = sum(t.lat for t in near) / len(near)
            p.lon = sum(t.lon for t in near) / len(near)


def to_place(e: Entry, text: str, start: int | None = None, end: int | None = None) -> Place:
    """A gazetteer entry as the record's Place."""
    return Place(text=text, name=e.name, geonameid=e.geonameid, country=e.iso3,
                 admin1=e.admin1 if e.kind != COUNTRY else None, lat=e.lat, lon=e.lon,
                 precision=e.kind, start=start, end=end)


def focus(places: list[Place]) -> str | None:
    """The country the places point to most (country names count double); first wins ties."""
    weight: Counter = Counter()
    order: dict[str, int] = {}
    for i, p in enumerate(places):
        if p.country:
            weight[p.country] += 2 if p.precision == COUNTRY else 1
            order.setdefault(p.country, i)
    if not weight:
        return None
    return max(weight, key=lambda c: (weight[c], -order[c]))
