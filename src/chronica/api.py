"""The HTTP API: events, incidents, documents and counts as JSON; new articles coded on POST.

``chronica serve --db FILE [--token TOKEN]`` runs :func:`create_app` on uvicorn. docs/api.md
describes every route; the OpenAPI page is at ``/docs``.

One process holds the database file. Without a token the file is opened read-only and nothing
can be written. With a token it is opened read-write; POST /api/documents then codes articles and
writes them through that connection, one request at a time (a lock), and rebuilds the incidents of
the blocks the new events fall in. Every GET runs on its own cursor of the same database (a
separate DuckDB connection that sees committed data), with parameterised SELECTs only.
"""

import hmac
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronica.store import (
    INCIDENT_COLUMNS,
    EventFilter,
    IncidentFilter,
    Store,
    event_where,
    incident_where,
)

MAX_DOCUMENTS = 50
EVENT_SORTS = {
    "date": "e.date_start ASC NULLS LAST", "-date": "e.date_start DESC NULLS LAST",
    "confidence": "e.confidence ASC NULLS LAST", "-confidence": "e.confidence DESC NULLS LAST",
    "fatalities": "e.fatalities ASC NULLS LAST", "-fatalities": "e.fatalities DESC NULLS LAST",
    "country": "e.country ASC NULLS LAST", "type": "e.plover_type ASC",
}
INCIDENT_SORTS = {
    "date": "i.date_start ASC NULLS LAST", "-date": "i.date_start DESC NULLS LAST",
    "documents": "i.n_documents ASC, i.n_events ASC", "-documents": "i.n_documents DESC, i.n_events DESC",
    "fatalities": "i.fatalities_max ASC NULLS LAST", "-fatalities": "i.fatalities_max DESC NULLS LAST",
}
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}(,[A-Za-z]{3})*$"


# -- request bodies -------------------------------------------------------------------------------
class ArticleIn(BaseModel):
    """One news article to code."""

    text: str = Field(min_length=1, description="The article's text (plain or markdown; a metadata "
                                                "header as in examples/news is read).")
    id: str | None = Field(None, max_length=200, description="Your id for it; default a hash of the text.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    publication: str | None = Field(None, max_length=300, description="The outlet, e.g. 'Example News Wire'.")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                  description="Publication date YYYY-MM-DD; anchors relative dates.")

    @field_validator("text")
    @classmethod
    def _has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value


class DocumentsIn(BaseModel):
    """Articles to code: ``{"documents": [{"text": ...}, ...]}`` (a single article object is accepted too)."""

    documents: list[ArticleIn] = Field(min_length=1, max_length=MAX_DOCUMENTS)

    @model_validator(mode="before")
    @classmethod
    def _single(cls, data: Any) -> Any:
        if isinstance(data, dict) and "documents" not in data and "text" in data:
            return {"documents": [data]}
        return data


# -- the service ------------------------------------------------------------------------------------
@dataclass
class Service:
    """The state one server holds: the store, the write lock, the pipeline once loaded."""

    path: Path
    token: str | None
    max_bytes: int
    store: Store = field(init=False)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _pipeline: Any = None
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.store = Store(self.path, read_only=not self.token)

    @property
    def writable(self) -> bool:
        return bool(self.token)

    def pipeline(self) -> Any:
        with self._pipeline_lock:
            if self._pipeline is None:
                from chronica import default_pipeline

                self._pipeline = default_pipeline()
            return self._pipeline

    def authorised(self, supplied: str | None) -> bool:
        return bool(self.token and supplied and hmac.compare_digest(supplied.encode(), self.token.encode()))

    def ingest(self, payload: DocumentsIn) -> list[dict[str, Any]]:
        """Code the articles, store them, rebuild the incidents they touch; return what was stored."""
        from chronica.incidents import blocks_of, build
        from chronica.ingest import document_from_text
        from chronica.record import to_dict

        with self.lock:
            pipeline = self.pipeline()
            touched: set[tuple[str, str]] = set()
            results = []
            for article in payload.documents:
                document = document_from_text(article.text, doc_id=article.id, published=article.published)
                for key in ("title", "url", "publication"):
                    if getattr(article, key):
                        setattr(document, key, getattr(article, key))
                if article.published:
                    document.published = article.published
                events = pipeline.code(document) if document.status != "failed" else []
                if document.status == "pending":
                    document.status = "coded"
                self.store.write(document, events)
                touched |= blocks_of(to_dict(ev) for ev in events)
                results.append(document)
            if touched:
                build(self.store, blocks=touched)
            out = []
            cur = self.store.cursor()
            for document in results:
                records = [json.loads(r) for (r,) in cur.execute(
                    "SELECT record FROM events WHERE doc_id = ? ORDER BY sentence, event_id",
                    [document.doc_id]).fetchall()]
                out.append({"doc_id": document.doc_id, "status": document.status,
                            "problems": list(document.problems), "title": document.title,
                            "published": document.published, "events": records})
            return out


class BodyLimit:
    """ASGI middleware: POST bodies over ``max_bytes`` get 413 before the app reads them.

    A request to a token-protected route without the right token gets 401 first, so that an
    anonymous client learns nothing else about the route.
    """

    def __init__(self, app: Any, service: Service) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if scope["path"].rstrip("/") == "/api/documents":
            problem = _auth_problem(self.service, headers.get("authorization"))
            if problem:
                await _send_error(send, *problem)
                return
        limit = self.service.max_bytes
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            await _send_error(send, 413, f"request body is {declared} bytes; the limit is {limit}")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _send_error(send, 413, f"request body is over the limit of {limit} bytes")
                return
            chunks.append(body)
            if not message.get("more_body"):
                break
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _auth_problem(service: Service, authorization: str | None) -> tuple[int, str] | None:
    if not service.writable:
        return 403, "writes are off: start `chronica serve` with --token to accept articles"
    supplied = None
    if authorization and authorization.lower().startswith("bearer "):
        supplied = authorization[7:].strip()
    if not service.authorised(supplied):
        return 401, "missing or wrong token: send 'Authorization: Bearer <token>'"
    return None


async def _send_error(send: Any, status: int, message: str) -> None:
    body = json.dumps({"detail": message, "status": status}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _parse_bbox(bbox: str | None) -> list[float] | None:
    if not bbox:
        return None
    parts = bbox.split(",")
    if len(parts) != 4:
        raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat")
    try:
        values = [float(p) for p in parts]
    except ValueError as e:
        raise ValueError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from e
    if values[0] > values[2] or values[1] > values[3]:
        raise ValueError("bbox minimum must not exceed its maximum")
    return values


def _light(record: dict[str, Any]) -> dict[str, Any]:
    """An event record without its evidence (lists carry the evidence only on request)."""
    record.pop("evidence", None)
    return record


def create_app(db: str | Path, token: str | None = None, max_bytes: int = 1_000_000) -> FastAPI:
    """The API over one database file; ``token`` enables POST /api/documents (and opens read-write)."""
    service = Service(Path(db), token or None, max_bytes)
    app = FastAPI(
        title="chronica",
        version=_version(),
        description="Political event data coded from news (PLOVER, CAMEO, ACLED), grouped into "
                    "incidents with each report's framing. All errors are JSON: "
                    '{"detail": message, "status": code}.',
    )
    app.state.service = service
    app.add_middleware(BodyLimit, service=service)
    bearer = HTTPBearer(auto_error=False, description="The token given to `chronica serve --token`.")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail, "status": exc.status_code}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("body",))
            errors.append({"field": where, "message": e.get("msg")})
        message = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errors)
        return JSONResponse({"detail": message or "invalid request", "status": 422, "errors": errors},
                            status_code=422)

    @app.exception_handler(ValueError)
    async def _bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "status": 422}, status_code=422)

    def cursor() -> Any:
        cur = service.store.cursor()
        try:
            yield cur
        finally:
            cur.close()

    Cursor = Annotated[Any, Depends(cursor)]

    def event_filter(
        country: Annotated[str | None, Query(pattern=COUNTRY_PATTERN,
                                             description="ISO alpha-3, comma-separated")] = None,
        plover: Annotated[str | None, Query(description="PLOVER type(s): ASSAULT or ASSAULT,COERCE")] = None,
        cameo: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO code prefix: 19")] = None,
        acled: Annotated[str | None, Query(description="ACLED event or sub-event type: Battles")] = None,
        actor: Annotated[str | None, Query(
            max_length=200, description="actor name (substring) or code: PER, MIL, PERMIL")] = None,
        since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY-MM-DD")] = None,
        bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
        q: Annotated[str | None, Query(max_length=200, description="words in sentence or trigger")] = None,
        incident: Annotated[str | None, Query(max_length=100)] = None,
        doc_id: Annotated[str | None, Query(max_length=200)] = None,
        primary: Annotated[bool | None, Query(description="only the documents' primary events")] = None,
        factual: Annotated[bool, Query(description="drop negated, hypothetical and future events")] = False,
    ) -> EventFilter:
        return EventFilter(country=country, plover=plover, cameo=cameo, acled=acled, actor=actor, since=since,
                           until=until, bbox=_parse_bbox(bbox), text=q, incident=incident, doc_id=doc_id,
                           primary=primary, factual=factual)

    Filters = Annotated[EventFilter, Depends(event_filter)]

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        from chronica.web import PAGE

        return HTMLResponse(PAGE)

    @app.get("/api/health", summary="Whether the server answers, and what it holds")
    def health(cur: Cursor) -> dict[str, Any]:
        events = cur.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"status": "ok", "events": events, "writable": service.writable}

    @app.get("/api/events", summary="Events matching filters, paginated and sorted")
    def list_events(
        cur: Cursor, flt: Filters,
        sort: Annotated[Literal[tuple(EVENT_SORTS)], Query(description="field; '-' for descending")] = "date",
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Response:
        where, params = event_where(flt)
        # Two steps keep the wide record column out of the sort: first the page's ids (and the
        # total, in the same pass), then their records, shaped in SQL (evidence dropped, the
        # document's publication added) and spliced into the response without re-encoding.
        page = cur.execute(
            f"SELECT e.event_id, count(*) OVER () FROM events e WHERE {where}"
            f" ORDER BY {EVENT_SORTS[sort]}, e.event_id LIMIT ? OFFSET ?", [*params, limit, offset]
        ).fetchall()
        if page:
            total = page[0][1]
        else:
            total = cur.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
        ids = [r[0] for r in page]
        shaped: dict[str, str] = {}
        if ids:
            shaped = dict(cur.execute(
                "SELECT e.event_id, json_merge_patch(e.record, json_object('evidence', NULL, 'document',"
                " json_object('publication', d.publication, 'published', d.published, 'url', d.url)))"
                " FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id = ANY(?)",
                [ids]).fetchall())
        head = json.dumps({"total": total, "limit": limit, "offset": offset, "sort": sort})
        body = head[:-1] + ', "events": [' + ", ".join(shaped[i] for i in ids if i in shaped) + "]}"
        return Response(body, media_type="application/json")

    @app.get("/api/events/{event_id}", summary="One event with its full evidence")
    def get_event(cur: Cursor, event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        row = cur.execute(
            "SELECT e.record, d.doc_id, d.title, d.publication, d.published, d.url FROM events e"
            " LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id = ?", [event_id]).fetchone()
        if row is None:
            raise HTTPException(404, f"no event {event_id!r}")
        rec = json.loads(row[0])
        keys = ("doc_id", "title", "publication", "published", "url")
        rec["document"] = dict(zip(keys, row[1:], strict=True))
        return rec

    @app.get("/api/incidents", summary="Incidents (one happening, many reports) matching filters")
    def list_incidents(
        cur: Cursor,
        country: Annotated[str | None, Query(pattern=COUNTRY_PATTERN)] = None,
        plover: Annotated[str | None, Query()] = None,
        acled: Annotated[str | None, Query()] = None,
        since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
        until: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
        min_documents: Annotated[int | None, Query(ge=1, description="reported this often or more")] = None,
        sort: Annotated[Literal[tuple(INCIDENT_SORTS)], Query()] = "-documents",
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        flt = IncidentFilter(country=country, plover=plover, acled=acled, since=since, until=until,
                             min_documents=min_documents)
        where, params = incident_where(flt)
        total = cur.execute(f"SELECT count(*) FROM incidents i WHERE {where}", params).fetchone()[0]
        cols = ", ".join(f"i.{c}" for c in INCIDENT_COLUMNS)
        result = cur.execute(
            f"SELECT {cols} FROM incidents i WHERE {where} ORDER BY {INCIDENT_SORTS[sort]}, i.incident_id"
            " LIMIT ? OFFSET ?", [*params, limit, offset])
        names = [d[0] for d in result.description]
        rows = [dict(zip(names, r, strict=True)) for r in result.fetchall()]
        return {"total": total, "limit": limit, "offset": offset, "sort": sort, "incidents": rows}

    @app.get("/api/incidents/{incident_id}", summary="One incident with every report and its framing")
    def get_incident(cur: Cursor, incident_id: Annotated[str, PathParam(max_length=100)]) -> dict[str, Any]:
        row = cur.execute("SELECT record FROM incidents WHERE incident_id = ?", [incident_id]).fetchone()
        if row is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        rec = json.loads(row[0])
        events = cur.execute(
            "SELECT record FROM events WHERE incident_id = ? ORDER BY doc_id, sentence, event_id",
            [incident_id]).fetchall()
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for (raw,) in events:
            ev = _light(json.loads(raw))
            by_doc.setdefault(ev["doc_id"], []).append(ev)
        rec["reports"] = [{**frame, "events": by_doc.get(frame["doc_id"], [])}
                          for frame in rec.get("framing", [])]
        return rec

    @app.get("/api/documents/{doc_id}", summary="One document with its text, events and tone")
    def get_document(cur: Cursor, doc_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        from chronica.framing import tone

        result = cur.execute(
            "SELECT doc_id, url, title, publication, published, author, language, text, status, problems,"
            " CAST(coded_at AS VARCHAR) AS coded_at FROM documents WHERE doc_id = ?", [doc_id])
        names = [d[0] for d in result.description]
        row = result.fetchone()
        if row is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        doc = dict(zip(names, row, strict=True))
        doc["problems"] = list(doc["problems"] or [])
        doc["tone"] = tone(f"{doc.get('title') or ''}\n{doc.get('text') or ''}").to_dict()
        doc["events"] = [_light(json.loads(r)) for (r,) in cur.execute(
            "SELECT record FROM events WHERE doc_id = ? ORDER BY sentence, event_id", [doc_id]).fetchall()]
        return doc

    @app.get("/api/stats", summary="Counts by day, type and country (same filters as /api/events)")
    def stats(cur: Cursor, flt: Filters) -> dict[str, Any]:
        where, params = event_where(flt)

        def counts(expr: str, order: str = "n DESC, key") -> list[dict[str, Any]]:
            rows = cur.execute(
                f"SELECT {expr} AS key, count(*) AS n FROM events e WHERE {where} AND {expr} IS NOT NULL"
                f" GROUP BY key ORDER BY {order}", params).fetchall()
            return [{"key": str(k), "events": n} for k, n in rows]

        total = cur.execute(f"SELECT count(*), count(DISTINCT e.doc_id), count(DISTINCT e.incident_id)"
                            f" FROM events e WHERE {where}", params).fetchone()
        return {
            "events": total[0], "documents": total[1], "incidents": total[2],
            "by_day": counts("CASE WHEN e.date_precision = 'day' THEN e.date END", "key"),
            "by_plover_type": counts("e.plover_type"),
            "by_acled_type": counts("e.acled_event_type"),
            "by_country": counts("e.country"),
        }

    @app.post("/api/documents", status_code=201,
              summary="Code new articles and return their events (needs the token)",
              responses={401: {"description": "missing or wrong token"},
                         403: {"description": "the server was started without a token"},
                         413: {"description": "request body too large"},
                         422: {"description": "invalid input; 'detail' says what and where"}})
    async def post_documents(
        payload: DocumentsIn,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
    ) -> dict[str, Any]:
        from starlette.concurrency import run_in_threadpool

        problem = _auth_problem(service, f"Bearer {credentials.credentials}" if credentials else None)
        if problem:
            raise HTTPException(problem[0], problem[1])
        documents = await run_in_threadpool(service.ingest, payload)
        return {"documents": documents}

    if service.writable:
        threading.Thread(target=service.pipeline, name="chronica-warm-up", daemon=True).start()
    return app


def _version() -> str:
    from chronica import __version__

    return __version__

