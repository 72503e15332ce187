"""The store: schema version and migration, writes, filters and the DataFrame API.

Events here are built by hand (no model), so these tests are fast; ``make_event`` and
``make_document`` are shared with test_incidents, test_export and test_api.
"""

from __future__ import annotations

import json

import duckdb
import pytest

import chronica
from chronica import store as store_module
from chronica.record import Actor, DateInfo, Document, Event, Modality, Place, Span, to_dict
from chronica.store import SCHEMA_VERSION, EventFilter, Store, StoreError, event_where

PLACES = {
    "Lima": ("Lima", 3936456, "PER", "Lima", -12.04318, -77.02824, 1),
    "Cusco": ("Cusco", 3941584, "PER", "Cusco", -13.52264, -71.96734, 1),
    "Callao": ("Callao", 3946083, "PER", "Callao", -12.05659, -77.11814, 1),
    "Peru": ("Peru", 3932488, "PER", None, -10.0, -76.0, 4),
    "Baghdad": ("Baghdad", 98182, "IRQ", "Baghdad", 33.34058, 44.40088, 1),
    "Basra": ("Basra", 99532, "IRQ", "Basra", 30.50852, 47.7804, 1),
}
ACTORS = {
    "army": (
        "Peruvian troops",
        "Military Forces of Peru",
        "PER",
        "MIL",
        "Military Forces of Peru (1990-2000)",
        1,
    ),
    "govt": ("the government", "Government of Peru", "PER", "GOV", "Government of Peru (1990-2000)", 1),
    "mrta": ("MRTA guerrillas", "MRTA", "PER", "REB", "MRTA: Tupac Amaru Revolutionary Movement", 2),
    "police": ("police", "Police Forces of Peru", "PER", "COP", "Police Forces of Peru (1990-2000)", 1),
    "protesters": ("protesters", "Protesters (Peru)", "PER", "OPP", "Protesters (Peru)", 6),
    "isis": ("Islamic State", "Islamic State", "IRQ", "REB", "Islamic State (Iraq)", 2),
    "civilians": ("shoppers", "Civilians (Iraq)", "IRQ", "CVL", "Civilians (Iraq)", 7),
    "villagers": ("villagers", "Civilians (Peru)", "PER", "CVL", "Civilians (Peru)", 7),
}
TYPES = {
    "ASSAULT": ("190", 4, -10.0, ("Battles", "Armed clash")),
    "PROTEST": ("141", 4, -6.5, ("Protests", "Peaceful protest")),
    "COERCE": ("173", 4, -5.0, ("Strategic developments", "Arrests")),
    "CONSULT": ("040", 1, 1.0, None),
}


def make_event(
    doc_id: str,
    n: int,
    plover: str = "ASSAULT",
    place: str | None = "Lima",
    date: str | None = "1997-04-22",
    precision: str = "day",
    basis: str = "text",
    source: tuple[str, ...] = (),
    target: tuple[str, ...] = (),
    trigger: str = "attacked",
    fatalities: int | None = None,
    negated: bool = False,
    primary: bool | None = None,
    text: str | None = None,
) -> Event:
    """An event record built by hand: ``doc_id``-``n`` with the named place and actors."""
    code, quad, goldstein, acled = TYPES[plover]
    loc = None
    if place:
        name, gid, country, admin1, lat, lon, prec = PLACES[place]
        loc = Place(
            text=name,
            name=name,
            geonameid=gid,
            country=country,
            admin1=admin1,
            lat=lat,
            lon=lon,
            precision=prec,
        )

    def actors(keys: tuple[str, ...]) -> list[Actor]:
        return [Actor(*ACTORS[k]) for k in keys]

    sentence = text or f"{trigger} in {place} ({doc_id} #{n})"
    return Event(
        event_id=f"{doc_id}-e{n}",
        doc_id=doc_id,
        sentence=n,
        text=sentence,
        trigger=Span(trigger, 0, len(trigger)),
        plover={"type": plover, "mode": None},
        cameo={"code": code, "quad_class": quad, "goldstein": goldstein},
        acled={"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
        source=actors(source),
        target=actors(target),
        location=loc,
        date=DateInfo(value=date, precision=precision if date else None, basis=basis if date else None),
        fatalities=fatalities,
        modality=Modality(negated=negated),
        confidence=0.8,
        evidence={"trigger": {"rule": f"verb:{trigger}"}},
        primary=(n == 0) if primary is None else primary,
    )


def make_document(
    doc_id: str,
    publication: str = "Example News Wire",
    published: str = "1997-04-23",
    title: str | None = None,
    text: str = "",
) -> Document:
    return Document(
        doc_id=doc_id,
        text=text or f"Text of {doc_id}.",
        url=f"https://example.org/{doc_id}",
        title=title or f"Report {doc_id}",
        publication=publication,
        published=published,
        status="coded",
    )


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_a_new_file_has_the_current_schema_version(store):
    assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    tables = {t for (t,) in store.query("SELECT table_name FROM information_schema.tables")}
    assert {"documents", "events", "event_actors", "places", "incidents", "meta"} <= tables


def test_write_fills_events_actors_and_places_and_replaces_a_document(store):
    doc = make_document("d1")
    store.write(
        doc,
        [
            make_event("d1", 0, source=("army",), target=("mrta",)),
            make_event("d1", 1, place="Cusco", date="1997-04", precision="month"),
        ],
    )
    assert store.query("SELECT count(*) FROM events") == [(2,)]
    assert store.query("SELECT role, name, sector FROM event_actors ORDER BY role") == [
        ("source", "Military Forces of Peru", "MIL"),
        ("target", "MRTA", "REB"),
    ]
    assert store.query("SELECT count(*) FROM places") == [(2,)]
    spans = store.query(
        "SELECT CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR) FROM events ORDER BY sentence"
    )
    assert spans == [("1997-04-22", "1997-04-22"), ("1997-04-01", "1997-04-30")]
    store.write(doc, [make_event("d1", 0)])
    assert store.query("SELECT count(*) FROM events") == [(1,)]
    assert store.query("SELECT count(*) FROM event_actors") == [(0,)]
    assert store.has("d1")
    assert store.done(["d1", "nowhere"]) == {"d1"}
    rec = next(store.events())
    assert rec["event_id"] == "d1-e0" and rec["incident_id"] is None


def test_a_version_1_file_is_migrated_on_open_and_refused_read_only(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))  # a file as the first chronica wrote it: no meta, v1 columns
    con.execute(store_module._DOCUMENTS + store_module._EVENTS_V1)
    rec = to_dict(make_event("d1", 0, source=("army",)))
    v1 = store_module.EVENT_COLUMNS_V1
    con.execute(
        f"INSERT INTO events ({', '.join(v1)}) VALUES ({', '.join('?' * len(v1))})",
        store_module.event_row(rec)[: len(v1)],
    )
    con.execute("INSERT INTO documents (doc_id, status) VALUES ('d1', 'coded')")
    con.close()
    with pytest.raises(StoreError, match="schema version 1"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert s.query("SELECT value FROM meta WHERE key = 'schema_version'") == [("2",)]
        assert s.query("SELECT name FROM event_actors") == [("Military Forces of Peru",)]
        assert s.query("SELECT geonameid, CAST(date_start AS VARCHAR), text IS NOT NULL FROM events") == [
            (3936456, "1997-04-22", True)
        ]
    with Store(path, read_only=True) as s:
        assert len(list(s.events())) == 1


def _ids(store: Store, **filters) -> list[str]:
    where, params = event_where(EventFilter(**filters))
    return sorted(r[0] for r in store.query(f"SELECT e.event_id FROM events e WHERE {where}", params))


def test_event_filters(store):
    store.write(
        make_document("d1"),
        [
            make_event("d1", 0, source=("army",), target=("mrta",), trigger="stormed"),
            make_event(
                "d1",
                1,
                plover="PROTEST",
                place="Cusco",
                source=("protesters",),
                trigger="marched",
                date="1997-05",
            ),
            make_event("d1", 2, plover="CONSULT", place=None, date="1996", precision="year", trigger="met"),
            make_event("d1", 3, negated=True, place="Baghdad"),
        ],
    )
    assert _ids(store, country="PER") == ["d1-e0", "d1-e1"]
    assert _ids(store, country="per,irq") == ["d1-e0", "d1-e1", "d1-e3"]
    assert _ids(store, plover="ASSAULT") == ["d1-e0", "d1-e3"]
    assert _ids(store, cameo="14") == ["d1-e1"]
    assert _ids(store, acled="battles") == ["d1-e0", "d1-e3"]
    assert _ids(store, acled="Peaceful protest") == ["d1-e1"]
    assert _ids(store, actor="mrta") == ["d1-e0"]
    assert _ids(store, actor="PERMIL") == ["d1-e0"]
    assert _ids(store, actor="OPP") == ["d1-e1"]
    assert _ids(store, since="1997-05-10") == ["d1-e1"]  # a month-precision date overlaps the range
    assert _ids(store, until="1996-12-31") == ["d1-e2"]
    assert _ids(store, since="1996-06-01", until="1996-06-30") == ["d1-e2"]
    assert _ids(store, bbox=(-78, -13, -76, -11)) == ["d1-e0"]
    assert _ids(store, text="STORMED") == ["d1-e0"]
    assert _ids(store, factual=True) == ["d1-e0", "d1-e1", "d1-e2"]
    assert _ids(store, primary=True) == ["d1-e0"]
    with pytest.raises(ValueError, match="since must be a date"):
        _ids(store, since="last week")


def test_filters_are_parameters_not_sql(store):
    store.write(make_document("d1"), [make_event("d1", 0, source=("army",))])
    assert _ids(store, actor="x' OR '1'='1") == []
    assert _ids(store, country="PER' OR 1=1 --") == []
    assert _ids(store, text="%") == []


def test_open_store_returns_dataframes(tmp_path):
    path = tmp_path / "frames.duckdb"
    with Store(path) as s:
        s.write(
            make_document("d1"),
            [make_event("d1", 0, source=("army",)), make_event("d1", 1, plover="PROTEST", place="Cusco")],
        )
        s.write(make_document("d2", published="1990-01-02"), [make_event("d2", 0, date="1990-01-01")])
        from chronica.incidents import build

        build(s)
    db = chronica.open_store(str(path))
    try:
        frame = db.events(country="PER", since="1997-01-01", plover="ASSAULT")
        assert list(frame["event_id"]) == ["d1-e0"]
        assert {"event_id", "plover_type", "country", "date", "incident_id", "publication", "url"} <= set(
            frame.columns
        )
        assert frame.loc[0, "incident_id"].startswith("inc-")
        assert len(db.events()) == 3
        incidents = db.incidents(country="PER")
        assert len(incidents) == 3 and {"incident_id", "n_documents", "fatalities_min"} <= set(
            incidents.columns
        )
        assert len(db.incidents(plover="PROTEST")) == 1
        docs = db.documents(since="1997-01-01")
        assert list(docs["doc_id"]) == ["d1"] and docs.loc[0, "n_events"] == 2
        record = db.event("d1-e0")
        assert record["evidence"] and record["incident_id"] == frame.loc[0, "incident_id"]
        assert db.incident(record["incident_id"])["n_events"] == 1
        assert [r["event_id"] for r in db.records(plover="PROTEST")] == ["d1-e1"]
        with pytest.raises(TypeError, match="unknown event filter"):
            db.events(colour="red")
    finally:
        db.close()


def test_record_json_and_flat_column_agree_after_incidents(store):
    store.write(make_document("d1"), [make_event("d1", 0), make_event("d1", 1, negated=True)])
    from chronica.incidents import build

    build(store)
    rows = store.query("SELECT incident_id, record FROM events ORDER BY event_id")
    assert rows[0][0] and json.loads(rows[0][1])["incident_id"] == rows[0][0]
    assert rows[1][0] is None and json.loads(rows[1][1])["incident_id"] is None
