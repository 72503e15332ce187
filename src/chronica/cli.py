"""The command line: chronica run | code | export | evaluate."""

from __future__ import annotations

import json
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


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    db: Annotated[Path, typer.Option(help="DuckDB file to write.")] = Path("chronica.duckdb"),
    text_column: Annotated[str, typer.Option(help="Text column of CSV/JSONL inputs.")] = "text",
    id_column: Annotated[str, typer.Option(help="Id column of CSV/JSONL inputs.")] = "id",
    show: Annotated[int, typer.Option(help="Print this many events after the summary.")] = 0,
    strict: Annotated[bool, typer.Option(help="Exit non-zero when any input failed.")] = False,
) -> None:
    """Code news articles into events and store them in a DuckDB file."""
    from chronica import default_pipeline
    from chronica.ingest import read_inputs
    from chronica.runner import run as run_documents
    from chronica.store import Store

    with console.status("loading models"):
        pipeline = default_pipeline()
    with Store(db) as store, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed} read"), TimeElapsedColumn(), console=err, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=None)
        docs = read_inputs(inputs, text_column=text_column, id_column=id_column)
        summary = run_documents(docs, store, pipeline, progress=lambda d: bar.advance(task))
        _print_summary(summary, db)
        if show:
            _print_events(list(store.events("NOT negated AND NOT hypothetical"))[:show])
    if strict and summary.failures:
        raise typer.Exit(1)


@app.command()
def code(
    text_or_file: Annotated[str, typer.Argument(help="A text, a file path, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records.")] = False,
) -> None:
    """Code one text and print its events."""
    from chronica import default_pipeline, to_dict
    from chronica.ingest import document_from_text

    if text_or_file == "-":
        raw = sys.stdin.read()
        path = None
    elif Path(text_or_file).is_file():
        path = text_or_file
        raw = Path(text_or_file).read_text(encoding="utf-8", errors="replace")
    else:
        raw, path = text_or_file, None
    document = document_from_text(raw, published=published, path=path)
    events = [to_dict(e) for e in default_pipeline().code(document)]
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
) -> None:
    """Write the stored events (or documents) as JSONL or CSV."""
    from chronica.export import write
    from chronica.store import Store

    if not db.exists():
        err.print(f"[red]no database at {db}[/red]")
        raise typer.Exit(2)
    with Store(db, read_only=True) as store:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = write(store, fmt.value, out)
        finally:
            if output:
                out.close()
    err.print(f"wrote {n} {'documents' if fmt == ExportFormat.documents else 'events'}"
              + (f" to {output}" if output else ""))


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
) -> None:
    """Code a gold set and print per-field scores and confusion tables."""
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


def _print_summary(summary, db: Path) -> None:  # noqa: ANN001
    docs = ", ".join(f"{n} {status}" for status, n in sorted(summary.documents.items()))
    already = f", {summary.already} already in the store" if summary.already else ""
    console.print(f"[bold]documents[/bold]: {docs or 'none new'}{already}")
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
