"""Build chronica's CAMEO code book (code, name, quad class, Goldstein) from the team's reference table.

Run from the repository root when ../shared/data/ontology is present:

    python tools/build_codebooks.py

Only codes, names and numbers (public facts from the GDELT/CAMEO tables) are written; no definitions.
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "ontology" / "cameo_event_codes.tsv"
TARGET = ROOT / "src" / "chronica" / "ontology" / "data" / "cameo.tsv"


def main() -> None:
    with SOURCE.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    with TARGET.open("w", encoding="utf-8") as out:
        out.write("code\tname\tquad_class\tgoldstein\n")
        for row in rows:
            out.write(f"{row['code']}\t{row['name']}\t{row['quad_class']}\t{row['goldstein']}\n")
    print(f"wrote {len(rows)} CAMEO codes to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
