"""`chronica places`: every resolved place name of a text, as a table or JSON lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronica.geo.report import places_report

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Gunmen killed six people in Celaya (Guanajuato) on Sunday. Police in Lima, Ohio, arrested two men."


def test_json_lines_carry_span_id_coordinates_country_region():
    rows = [json.loads(line) for line in places_report(TEXT, as_json=True).splitlines()]
    assert [r["text"] for r in rows] == ["Celaya", "Guanajuato", "Lima", "Ohio"]
    for r in rows:
        assert TEXT[r["start"]:r["end"]] == r["text"]
        assert isinstance(r["lat"], float) and isinstance(r["lon"], float)
    celaya, gto, lima, ohio = rows
    assert (celaya["country"], celaya["admin1"], celaya["precision"], celaya["qualifier"]) == (
        "MEX", "Guanajuato", 1, False)
    assert celaya["geonameid"] == 4014875
    assert (gto["precision"], gto["qualifier"]) == (3, True)
    assert (lima["country"], lima["admin1"]) == ("USA", "Ohio") and ohio["qualifier"]


def test_table_lists_every_place():
    out = places_report(TEXT, as_json=False)
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["span", "text", "name"]
    assert any("Celaya" in line and "MEX" in line and "Guanajuato" in line for line in lines)
    assert "(qualifier)" in out
    assert places_report("Nothing to see here.", as_json=False) == "no places found\n"
    assert places_report("Nothing to see here.", as_json=True) == ""


def _has_places_command() -> bool:
    from chronica.cli import app

    return any((c.name or getattr(c.callback, "__name__", "")) == "places" for c in app.registered_commands)


@pytest.mark.skipif(not _has_places_command(), reason="`chronica places` not wired into the CLI yet")
def test_command_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "chronica.cli", "places", str(path), "--json"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["name"] for r in rows][:2] == ["Celaya", "Guanajuato"]


@pytest.mark.skipif(not _has_places_command(), reason="`chronica places` not wired into the CLI yet")
def test_command_line_home():
    """`--home "Louisiana, US"`: the paper's own town named bare is its namesake there; a name the
    gazetteer does not know as a region stops the command with a message."""
    story = "Police in Alexandria arrested two men after a chase on Tuesday."
    result = subprocess.run([sys.executable, "-m", "chronica.cli", "places", story, "--json", "--home",
                             "Louisiana, US"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout.splitlines()[0])
    assert (row["country"], row["admin1"]) == ("USA", "Louisiana")
    result = subprocess.run([sys.executable, "-m", "chronica.cli", "places", story, "--home", "Atlantis, US"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 2 and "Atlantis" in result.stderr
