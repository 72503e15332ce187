"""Ethnic groups, clans and tribes: "Fulani herders", "Murle raiders", "Karen guerrillas"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lexicon import Lexicon

KINDS = {  # kind -> (militia label, civilian group label)
    "ethnic": ("Ethnic Militia", "Ethnic Group"),
    "clan": ("Clan Militia", "Clan Group"),
    "tribal": ("Tribal Militia", "Tribal Group"),
    "communal": ("Communal Militia", "Communal Group"),
}


@dataclass(frozen=True)
class People:
    name: str  # "Fulani"
    countries: tuple[str, ...]  # where they live; the first is the default
    kind: str = "ethnic"
    guard: bool = False  # also a first name: "Karen Bass" is not the Karen
    rebels_in: tuple[str, ...] = ()  # states their rebels fight besides the first country ("Hutu rebels")
    rebel_army: bool = False  # their "forces", "troops" or "army" are a rebel army ("Bosnian Serb forces")
    militia_in: str | None = None  # where their fighters are, in a story that places itself nowhere they live

    def home(self, where: str | None) -> str | None:
        """The country of the story if they live there, else their first country."""
        if where and where in self.countries:
            return where
        return self.countries[0] if self.countries else None

    def rebels_home(self, where: str | None) -> str | None:
        """The state the people's rebels fight: the story's country if their rebels fight there ("Hutu rebels"
        in Burundi), else their first country ("Karen guerrillas" near the Thai border are Myanmar's)."""
        if where and where in self.rebels_in:
            return where
        return self.countries[0] if self.countries else None

    def militia_home(self, where: str | None) -> str | None:
        """The country of the people's fighters: the story's country if they live there, else ``militia_in``
        when set ("Kurdish fighters clashed with rebels": Syria's), else their first country."""
        if where and where in self.countries:
            return where
        return self.militia_in or self.home(where)

    @property
    def militia(self) -> str:
        return f"{self.name} {KINDS.get(self.kind, KINDS['ethnic'])[0]}"

    @property
    def group(self) -> str:
        return f"{self.name} {KINDS.get(self.kind, KINDS['ethnic'])[1]}"


def load_peoples(data: dict[str, Any], lexicon: Lexicon) -> int:
    """Add the peoples of a file to ``lexicon``; return how many there were."""
    rows = data.get("peoples") or []
    for row in rows:
        kind = str(row.get("kind") or "ethnic")
        if kind not in KINDS:
            raise ValueError(f"people {row.get('name')!r}: kind must be one of {', '.join(KINDS)}")
        people = People(str(row["name"]), tuple(str(c).upper() for c in row.get("countries") or []), kind,
                        bool(row.get("guard")), tuple(str(c).upper() for c in row.get("rebels_in") or []),
                        bool(row.get("rebel_army")),
                        str(row["militia_in"]).upper() if row.get("militia_in") else None)
        lexicon.add_all([people.name, *(str(f) for f in row.get("forms") or [])], "people", people)
    return len(rows)
