"""The command line: chronica run | code | export | incidents | serve | places | evaluate."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(help="chronica: political event data from news text.", no_args_is_help=True,
                  add_completion=False)
console = Console()
err = Console(stderr=True)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    documents = "documents"
    csv = "csv"
    parquet = "parquet"
    acled = "acled"
    plover = "plover"
    cameo = "cameo"


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    db: Annotated[Path, typer.Option(help="DuckDB file to write.")] = Path("chronica.duckdb"),
    text_column: Annotated[str, typer.Option(help="Text column of CSV/JSONL inputs.")] = "text",
    id_column: Annotated[str, typer.Option(help="Id column of CSV/JSONL inputs.")] = "id",
    show: Annotated[int, typer.Option(help="Print this many events after the summary.")] = 0,
    strict: Annotated[bool, typer.Option(help="Exit non-zero when any input failed.")] = False,
    workers: Annotated[int, typer.Option(
        help="Code on a local Dask cluster of this many worker processes (0: in this process).")] = 0,
    scheduler: Annotated[str | None, typer.Option(
        help="Code on an existing Dask cluster: its scheduler address, tcp://HOST:PORT.")] = None,
    batch_size: Annotated[int, typer.Option(
        help="Most documents per batch sent to a Dask worker (a batch also ends at 100,000 "
             "characters).")] = 256,
    parts: Annotated[Path | None, typer.Option(
        help="Directory, seen by the driver and every worker, where workers write coded batches as "
             "Parquet for the driver to load (default for a local cluster: DB.parts beside the "
             "database; with --scheduler and no --parts, batches come back over the network).")] = None,
    actors: Annotated[Path | None, typer.Option(
        "--actors", help="YAML file of actors to add to the dictionaries (docs/actors.md).")] = None,
    home: Annotated[str | None, typer.Option(
        help="The sources' home area, \"[town, ]region, country\" (\"Louisiana, US\"): a bare town "
             "name is its namesake there unless the story points elsewhere (docs/places.md).")] = None,
    learn_homes: Annotated[bool, typer.Option(
        help="Learn each source's home area (site or publication) from its articles' places as they "
             "are coded; later articles of the source use it (docs/places.md).")] = False,
    no_embed: Annotated[bool, typer.Option(
        "--no-embed", help="Leave the optional embedding extra unused (docs/quality.md).")] = False,
) -> None:
    """Code news articles into events and store them in a DuckDB file.

    Stopped and started again with the same arguments, a run codes only what is not stored yet.
    """
    from chronica.ingest import read_inputs
    from chronica.runner import run as run_documents
    from chronica.store import Store

    _use_actors(actors)
    _use_home(home, learn_homes)
    _use_embed(not no_embed)
    distributed = bool(workers) or bool(scheduler)
    pipeline = None
    if not distributed:
        from chronica import default_pipeline

        with console.status("loading models"):
            pipeline = default_pipeline()
    with Store(db) as store, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed} read"), TimeElapsedColumn(), console=err, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=None)
        docs = read_inputs(inputs, text_column=text_column, id_column=id_column)
        if distributed:
            from chronica.scale import run as run_scaled

            summary = run_scaled(docs, store, workers=workers or None, scheduler=scheduler,
                                 batch_size=batch_size, progress=lambda d: bar.advance(task), parts=parts)
        else:
            summary = run_documents(docs, store, pipeline, progress=lambda d: bar.advance(task))
        _print_summary(summary, db)
        _build_incidents(store)
        if show:
            _print_events(list(store.events("NOT negated AND NOT hypothetical"))[:show])
    if strict and summary.failures:
        raise typer.Exit(1)


@app.command()
def code(
    text_or_file: Annotated[str, typer.Argument(help="A text, a file path, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records.")] = False,
    actors: Annotated[Path | None, typer.Option(
        "--actors", help="YAML file of actors to add to the dictionaries (docs/actors.md).")] = None,
    home: Annotated[str | None, typer.Option(
        help="The sources' home area, \"[town, ]region, country\" (\"Louisiana, US\"): a bare town "
             "name is its namesake there unless the story points elsewhere (docs/places.md).")] = None,
    no_embed: Annotated[bool, typer.Option(
        "--no-embed", help="Leave the optional embedding extra unused (docs/quality.md).")] = False,
) -> None:
    """Code one text and print its events."""
    _use_actors(actors)
    _use_home(home, False)
    _use_embed(not no_embed)
    from chronica import default_pipeline, to_dict
    from chronica.ingest import document_from_text

    if text_or_file == "-":
        raw = sys.stdin.read()
        path = None
    elif Path(text_or_file).is_file():
        path = text_or_file
        raw = None
    else:
        raw, path = text_or_file, None
    if raw is None:  # a file: read as its format says (text, HTML, feed, table, archive)
        from chronica.ingest import read_inputs

        documents = [d for d in read_inputs([path]) if d.status != "failed"]
        if not documents:
            err.print(f"[red]could not read {path}[/red]")
            raise typer.Exit(2)
        for d in documents:
            d.published = d.published or published
    else:
        documents = [document_from_text(raw, published=published, path=path)]
    pipeline = default_pipeline()
    events = [to_dict(e) for d in documents for e in pipeline.code(d)]
    if as_json:
        for ev in events:
            print(json.dumps(ev, ensure_ascii=False))
        return
    if not events:
        console.print("no events found")
    _print_events(events)


@app.command()
def export(
    db: Annotated[Path, typer.Option(help="DuckDB file to read.")] = Path("chronica.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File; default stdout.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 code(s), comma-separated.")] = None,
    type_: Annotated[str | None, typer.Option(
        "--type", help="PLOVER type (ASSAULT), CAMEO code prefix (19) or ACLED type (Battles).")] = None,
) -> None:
    """Write the events as JSONL, CSV, Parquet, ACLED CSV, PLOVER JSON or CAMEO TSV, or the documents."""
    from chronica.export import ExportFilter, write
    from chronica.store import Store, StoreError

    if not db.exists():
        err.print(f"[red]no database at {db}[/red]")
        raise typer.Exit(2)
    if fmt == ExportFormat.parquet and output is None and sys.stdout.isatty():
        err.print("[red]parquet is binary: give -o FILE or redirect the output[/red]")
        raise typer.Exit(2)
    filters = ExportFilter(since=since, until=until, country=country, type=type_)
    binary = fmt == ExportFormat.parquet
    try:
        with Store(db, read_only=True) as store:
            if output:
                out = output.open("wb") if binary else output.open("w", encoding="utf-8", newline="")
            else:
                out = sys.stdout.buffer if binary else sys.stdout
            try:
                n = write(store, fmt.value, out, filters)
            finally:
                if output:
                    out.close()
                else:
                    out.flush()
    except (StoreError, ValueError) as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    unit = {"documents": "documents", "acled": "incidents"}.get(fmt.value, "events")
    err.print(f"wrote {n} {unit}" + (f" to {output}" if output else ""))


@app.command()
def incidents(
    db: Annotated[Path, typer.Option(help="DuckDB file to update.")] = Path("chronica.duckdb"),
    show: Annotated[int, typer.Option(help="Print this many incidents with several reports.")] = 5,
) -> None:
    """Group events that report the same happening into incidents and print the largest ones."""
    from chronica.store import Store

    if not db.exists():
        err.print(f"[red]no database at {db}[/red]")
        raise typer.Exit(2)
    with Store(db) as store:
        _build_incidents(store)
        if show:
            rows = store.query(
                "SELECT record FROM incidents WHERE n_documents > 1"
                " ORDER BY n_documents DESC, n_events DESC, date LIMIT ?", [show])
            for (raw,) in rows:
                _print_incident(json.loads(raw))


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="DuckDB file to serve.")] = Path("chronica.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="CHRONICA_TOKEN", help="Token that POST /api/documents requires; without one, writes are off.")
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest POST body accepted, in bytes.")] = 1_000_000,
) -> None:
    """Serve the database over HTTP: the JSON API under /api, its OpenAPI page at /docs."""
    import uvicorn

    from chronica.api import create_app
    from chronica.store import StoreError

    if not db.exists() and not token:
        err.print(f"[red]no database at {db}[/red] (start with --token to create one and POST articles)")
        raise typer.Exit(2)
    try:
        application = create_app(db, token=token, max_bytes=max_bytes)
    except StoreError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    mode = "read-write (POST needs the token)" if token else "read-only"
    err.print(f"serving {db} {mode} on http://{host}:{port} (API /api, docs /docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _build_incidents(store) -> None:  # noqa: ANN001
    from chronica.incidents import build

    summary = build(store)
    console.print(f"[bold]incidents[/bold]: {summary.incidents} from {summary.eligible} events,"
                  f" {summary.multi_report} reported by several documents"
                  f" ({summary.seconds.get('total', 0):.1f} s)")


def _print_incident(rec: dict) -> None:
    loc = rec.get("location") or {}
    fat = rec.get("fatalities") or {}
    console.print(
        f"[bold]{rec['plover_type']}[/bold] {rec['date']['value'] or '-'} {loc.get('name') or '-'},"
        f" {loc.get('country') or '-'}  {rec['n_documents']} reports from {rec['n_publications']}"
        f" publications  [dim]{rec['incident_id']}[/dim]"
    )
    if fat.get("min") is not None:
        console.print(f"  fatalities reported: min {fat['min']}, median {fat['median']}, max {fat['max']}")
    table = Table(show_header=True, header_style="bold")
    for column in ("publication", "published", "words for the event", "words for the actors", "tone"):
        table.add_column(column)
    for f in rec.get("framing") or []:
        table.add_row(f.get("publication") or f.get("doc_id") or "-", f.get("published") or "-",
                      ", ".join(f.get("triggers") or []), ", ".join(f.get("actor_words") or []),
                      f"{f.get('tone', 0):+.2f}")
    console.print(table)


@app.command()
def places(
    text_or_file: Annotated[str, typer.Argument(help="A text, a file path, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per place.")] = False,
    adjectives: Annotated[bool, typer.Option(
        "--adjectives/--no-adjectives",
        help="Demonyms (\"Sudanese\") are places too: the country they name.")] = True,
    home: Annotated[str | None, typer.Option(
        help="The sources' home area, \"[town, ]region, country\" (\"Louisiana, US\"): a bare town "
             "name is its namesake there unless the story points elsewhere (docs/places.md).")] = None,
) -> None:
    """List every place name of a text: its span, GeoNames id, coordinates, country and region."""
    from chronica.geo.report import places_report

    _use_home(home, False)
    if text_or_file == "-":
        text = sys.stdin.read()
    elif Path(text_or_file).is_file():
        text = Path(text_or_file).read_text(encoding="utf-8", errors="replace")
    else:
        text = text_or_file
    print(places_report(text, as_json, adjectives, home), end="")


class GoldFormat(StrEnum):
    acled = "acled"
    plover = "plover"


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold file: ACLED CSV or PLOVER JSON.")],
    fmt: Annotated[GoldFormat, typer.Option("--format", help="Gold format.")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N rows.")] = None,
    folds: Annotated[int | None, typer.Option(help="K-fold cross-validation for trained parts.")] = None,
    split: Annotated[str, typer.Option(help="all, dev (rows rules may be built from) or test.")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    actors: Annotated[Path | None, typer.Option(
        "--actors", help="YAML file of actors to add to the dictionaries (docs/actors.md).")] = None,
    no_embed: Annotated[bool, typer.Option(
        "--no-embed", help="Leave the optional embedding extra unused (docs/quality.md).")] = False,
) -> None:
    """Code a gold set and print per-field scores and confusion tables."""
    _use_actors(actors)
    _use_embed(not no_embed)
    from chronica import default_pipeline
    from chronica.evaluate import evaluate as run_evaluation

    if not gold.exists():
        err.print(f"[red]no gold file at {gold}[/red]")
        raise typer.Exit(2)
    report = run_evaluation(str(gold), fmt.value, default_pipeline(), limit=limit, folds=folds,
                            split=split)
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.render())


def _use_home(home: str | None, learn: bool) -> None:
    """Give every source the home area ``home`` and/or learn homes per source (checked now, so a bad
    name stops early); set in the environment so that Dask workers read it too."""
    if home:
        from chronica.geo.report import _geocoder

        try:
            _geocoder().home(home)
        except ValueError as problem:
            err.print(f"[red]--home: {problem}[/red]")
            raise typer.Exit(2) from None
        os.environ["CHRONICA_HOME"] = home
    if learn:
        os.environ["CHRONICA_LEARN_HOMES"] = "1"


def _use_embed(on: bool) -> None:
    """Switch the embedding extra off for this process and its workers (CHRONICA_EMBED=0)."""
    if not on:
        os.environ["CHRONICA_EMBED"] = "0"


def _use_actors(path: Path | None) -> None:
    """Add a user's actor file to the dictionaries (checked now, so a bad file stops early)."""
    if path is None:
        return
    from chronica.actors import ActorResolver

    if not path.is_file():
        err.print(f"[red]no actor file at {path}[/red]")
        raise typer.Exit(2)
    try:
        ActorResolver(extra=path)
    except (ValueError, OSError) as problem:
        err.print(f"[red]{path}: {problem}[/red]")
        raise typer.Exit(2) from problem
    os.environ["CHRONICA_ACTORS"] = str(path.resolve())


def _print_summary(summary, db: Path) -> None:  # noqa: ANN001
    docs = ", ".join(f"{n} {status}" for status, n in sorted(summary.documents.items()))
    already = f", {summary.already} already in the store" if summary.already else ""
    dupes = f", {summary.duplicates} duplicates of stories already coded" if summary.duplicates else ""
    langs = ", ".join(f"{n} {lang}" for lang, n in summary.languages.most_common())
    langs = f", set aside as not English: {langs}" if langs else ""
    console.print(f"[bold]documents[/bold]: {docs or 'none new'}{already}{dupes}{langs}")
    console.print(f"[bold]events[/bold]: {summary.events} (not negated or hypothetical) -> {db}")
    if summary.events:
        table = Table(title="events by PLOVER type and country")
        table.add_column("PLOVER type")
        table.add_column("events", justify="right")
        table.add_column("country")
        table.add_column("events", justify="right")
        types = summary.by_type.most_common()
        countries = summary.by_country.most_common()
        for i in range(max(len(types), len(countries))):
            t = types[i] if i < len(types) else ("", "")
            c = countries[i] if i < len(countries) else ("", "")
            table.add_row(t[0], str(t[1]), c[0], str(c[1]))
        console.print(table)
    for path, reason in summary.failures:
        err.print(f"[yellow]failed[/yellow] {path}: {reason}")


def _actor_text(actors: list[dict]) -> str:
    return "; ".join(
        f"{a['name'] or a['text']}" + (f" [{a['country'] or '-'} {a['sector'] or '-'}]")
        for a in actors
    ) or "-"


def _print_events(events: list[dict]) -> None:
    for ev in events:
        mod = [k for k, v in ev["modality"].items() if v]
        loc = ev["location"]
        place = f"{loc['name']}, {loc['country']} (precision {loc['precision']})" if loc else "-"
        acled = ev["acled"]
        acled_s = f"{acled['event_type']} / {acled['sub_event_type']}" if acled else "-"
        date = ev["date"]
        console.print(
            f"[bold]{ev['plover']['type']}[/bold]"
            + (f" ({ev['plover']['mode']})" if ev["plover"]["mode"] else "")
            + f"  CAMEO {ev['cameo']['code']}  ACLED {acled_s}"
            + ("  [green]primary[/green]" if ev["primary"] else "")
            + (f"  [red]{', '.join(mod)}[/red]" if mod else "")
        )
        trig = ev["trigger"]
        console.print(f"  trigger  : \"{trig['text']}\" ({trig['start']}-{trig['end']})")
        console.print(f"  source   : {_actor_text(ev['source'])}")
        console.print(f"  target   : {_actor_text(ev['target'])}")
        console.print(f"  where    : {place}")
        console.print(
            f"  when     : {date['value'] or '-'} ({date['precision'] or '-'}, basis {date['basis'] or '-'})"
        )
        counts = {k: ev[k] for k in ("fatalities", "injured", "arrested", "size") if ev[k] is not None}
        if counts:
            console.print("  numbers  : " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        console.print(f"  sentence : {ev['text'][:300]}", highlight=False)
        evidence = json.dumps(ev["evidence"], ensure_ascii=False)
        console.print(f"  evidence : {evidence[:400]}", highlight=False)
        console.print()


if __name__ == "__main__":
    app()
