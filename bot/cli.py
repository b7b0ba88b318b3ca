"""Command line: a thin layer over the library (ingest, ask, run, serve, db, export, import, watch, reindex, eval, bench,
bench-telegram)."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path

import typer
from pydantic import ValidationError

from bot.config import Settings, load_settings

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"

cli = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False, help="briefing: a fact store of news articles, asked from a chat.")
db_cli = typer.Typer(help="Database schema commands.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
feeds_cli = typer.Typer(help="The feeds the watcher polls (stored in the database).", no_args_is_help=True)
cli.add_typer(feeds_cli, name="feeds")

DbOption = typer.Option(None, "--db", help="Database URL or SQLite file path (default: BRIEFING_DATABASE_URL or data/briefing.db).")


def _settings(db: str | None) -> Settings:
    url = None
    if db:
        url = db if "://" in db else f"sqlite:///{db}"
    try:
        return load_settings(database_url=url)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        typer.echo(f"Configuration error: {problems}", err=True)
        raise typer.Exit(2) from None


def _build(settings: Settings):  # type: ignore[no-untyped-def]
    """The app on its store, migrated; an unreachable or unusable database is a short message, exit 2."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from bot.app import BriefingApp

    try:
        return BriefingApp.build(settings)
    except (DBAPIError, ArgumentError, OSError, ImportError) as exc:
        try:
            where = make_url(settings.database_url).render_as_string(hide_password=True)
        except ArgumentError:
            where = "(unparsable URL)"
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        typer.echo(f"Cannot open the database {where}: {reason}", err=True)
        raise typer.Exit(2) from None


def _app(db: str | None):  # type: ignore[no-untyped-def]
    return _build(_settings(db))


def _printable(text: str) -> str:
    """``text`` safe to print: a file name that is not UTF-8 shows its odd bytes as \\x escapes."""
    return os.fsencode(text).decode("utf-8", "backslashreplace") if isinstance(text, str) else str(text)


def _print_report(report, verbose_ok: bool = False) -> None:  # type: ignore[no-untyped-def]
    typer.echo(f"Ingested: {report.summary()}")
    for label, note in getattr(report, "truncated", []):
        typer.echo(f"  truncated: {_printable(label)}: {note}", err=True)
    for label, reason in report.failed:
        typer.echo(f"  failed: {_printable(label)}: {_printable(reason)}", err=True)


MAX_INPUT_CHARS = 4096


def _ingest_problem(inputs: list[str], manifest: Path | None, published: str | None, url: str | None,
                    language: str | None) -> str | None:
    """The first thing wrong with ``briefing ingest``'s arguments, as one line; None when all is well."""
    from bot.sources import SourceError, load_manifest
    from bot.sources.manifest import check_published

    for item in inputs:
        if not item.strip():
            return "an input is empty; give a file, a folder or an http(s) URL"
        if len(item) > MAX_INPUT_CHARS:
            return f"an input is {len(item):,} characters long; the limit is {MAX_INPUT_CHARS:,}"
        if _printable(item) != item:
            return f"the name '{_printable(item)}' is not UTF-8; rename the file or folder"
    if published is not None:
        try:
            check_published(published)
        except SourceError as exc:
            return f"--{exc}"  # "--published '2025-02-30': there is no day 30 in February 2025"
    if manifest is not None:
        try:
            load_manifest(manifest)
        except SourceError as exc:
            return str(exc)
    if language is not None and language.strip().lower() not in ("id", "en"):
        return f"--language must be id or en, got {language!r}"
    if url is not None and not re.fullmatch(r"https?://[^\s/?#]+\S*", url.strip(), flags=re.I):
        return f"--url must be an http(s) URL, got {_printable(url)[:100]!r}"
    return None


@cli.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, http(s) URLs or RSS/Atom feeds."),
    manifest: Path | None = typer.Option(None, help="JSON list of {file, language, published, url?, title?, publisher?}."),
    published: str | None = typer.Option(None, help="Publication date YYYY[-MM[-DD]] (single file)."),
    url: str | None = typer.Option(None, help="Article URL (single file)."),
    title: str | None = typer.Option(None, help="Title (single file)."),
    language: str | None = typer.Option(None, help="Language: id or en (single file)."),
    jobs: int = typer.Option(1, min=1, max=64, help="Extract in N processes while one writer stores."),
    db: str | None = DbOption,
) -> None:
    """Ingest articles. Example: briefing ingest ../shared/seeds --manifest ../shared/seeds/manifest.json"""
    from rich.progress import Progress

    from bot.ingest import Limits, input_problem
    from bot.sources import Overrides

    settings = _settings(db)
    problem = _ingest_problem(list(inputs), manifest, published, url, language)
    language = language.strip().lower() if language else None
    overrides = Overrides(published=published, url=url, title=title, language=language) if any(
        (published, url, title, language)) else None
    problem = problem or input_problem(list(inputs), manifest=str(manifest) if manifest else None, overrides=overrides,
                                       limits=Limits.from_settings(settings))
    if problem:  # before the store is opened: nothing is stored
        typer.echo(f"Error: {_printable(problem)}", err=True)
        raise typer.Exit(2)
    app = _build(settings)
    with Progress(transient=True, disable=len(inputs) < 2 and not Path(inputs[0]).is_dir()) as progress:
        task = progress.add_task("ingesting", total=None)
        report = app.ingest(list(inputs), manifest=str(manifest) if manifest else None, overrides=overrides, jobs=jobs,
                            progress=lambda done, total: progress.update(task, completed=done, total=total))
    _print_report(report)
    app.close()
    raise typer.Exit(1 if report.failed else 0)


@cli.command()
def ask(
    command: str | None = typer.Argument(None, help='A command line such as "/who Mercor"; omit to read lines from stdin.'),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per answer (see README)."),
    limit: int = typer.Option(200, min=1, max=10_000, help="Most items per answer."),
    lang: str | None = typer.Option(None, help="Reply language: en or id."),
    db: str | None = DbOption,
) -> None:
    """Answer one command, or one per stdin line. Example: briefing ask "/timeline Scale AI" --json"""
    from bot.adapters.console import answer_lines

    app = _app(db)
    lines = [command] if command is not None else sys.stdin
    answer_lines(app, lines, sys.stdout, as_json=as_json, limit=limit, lang=lang)
    app.close()


@cli.command()
def run(db: str | None = DbOption) -> None:
    """What `make run` does: set up the store (with our samples on first run), then serve or chat."""
    settings = _settings(db)
    app = _build(settings)
    if app.stats()["articles"] == 0 and SAMPLES.is_dir():
        report = app.ingest([str(SAMPLES)], manifest=str(SAMPLES / "manifest.json"))
        print(f"Loaded the sample articles: {report.summary()}", file=sys.stderr)
    if settings.telegram_enabled or settings.slack_enabled:
        from bot.adapters.serve import serve_all

        serve_all(app, settings)
        return
    from bot.adapters.console import run_console

    run_console(app)
    app.close()


@cli.command()
def serve(
    what: str = typer.Argument("all", help="telegram, slack, web or all (whatever is configured)."),
    host: str | None = typer.Option(None, help="HTTP host for Slack/web (default 127.0.0.1)."),
    port: int | None = typer.Option(None, help="HTTP port for Slack/web (default 3000)."),
    db: str | None = DbOption,
) -> None:
    """Run the chat front ends. Example: briefing serve telegram"""
    from bot.adapters.serve import serve_all

    settings = _settings(db)
    if host:
        settings.host = host
    if port:
        settings.port = port
    app = _build(settings)
    try:
        serve_all(app, settings, only=None if what == "all" else what)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None


@db_cli.command("upgrade")
def db_upgrade(db: str | None = DbOption) -> None:
    """Apply pending migrations. Example: briefing db upgrade"""
    from db.engine import Store
    from db.migrate import current_revision, upgrade

    settings = _settings(db)
    store = Store(settings.database_url)
    upgrade(store.engine, store.url)
    typer.echo(f"Database at revision {current_revision(store.engine)}")
    store.dispose()


@cli.command("export")
def export_cmd(file: Path = typer.Argument(..., help="The JSON-lines file to write."), db: str | None = DbOption) -> None:
    """Write the whole store (every table, ids kept) to a file. Example: briefing export store.jsonl"""
    from db.portable import export_store

    app = _app(db)
    counts = export_store(app.store, file)
    typer.echo(f"Exported {sum(counts.values())} rows ({counts.get('articles', 0)} articles) to {file}")
    app.close()


@cli.command("import")
def import_cmd(file: Path = typer.Argument(..., help="A file written by `briefing export`."), db: str | None = DbOption) -> None:
    """Load an export into an empty store (e.g. SQLite -> PostgreSQL). Example: briefing import store.jsonl --db postgresql+psycopg://postgres@127.0.0.1/briefing"""
    from db.portable import PortableError, import_store

    app = _app(db)
    try:
        counts = import_store(app.store, file)
    except (PortableError, OSError) as exc:
        typer.echo(f"Import failed: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        app.close()
    typer.echo(f"Imported {sum(counts.values())} rows ({counts.get('articles', 0)} articles) from {file}")


@cli.command()
def watch(
    once: bool = typer.Option(False, "--once", help="Poll the due feeds once and exit."),
    db: str | None = DbOption,
) -> None:
    """Poll the stored feeds (and BRIEFING_FEEDS) when due, one process per feed at a time. Example: briefing watch"""
    import signal
    import threading

    from bot.adapters.watcher import FeedWatcher

    app = _app(db)
    watcher = FeedWatcher(app)
    if once:
        watcher.seed()
        for outcome in watcher.poll_due():
            typer.echo(f"#{outcome.feed_id} {outcome.url}: {outcome.status} {outcome.new} new {outcome.detail}".rstrip())
        app.close()
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    watcher.run(stop)
    app.close()


def _feeds_command(line: str, db: str | None) -> None:
    """Run an admin feed command through the registry (as a chat would) and print it as plain text."""
    from bot.render.plain import render_plain

    app = _app(db)
    answer = app.ask(line, is_admin=True)
    app.close()
    typer.echo(render_plain(answer), err=answer.status not in ("ok",))
    raise typer.Exit(0 if answer.status == "ok" else 1)


@feeds_cli.command("add")
def feeds_add(
    url: str = typer.Argument(..., help="RSS/Atom feed URL."),
    interval: str = typer.Option("15m", "--interval", help="How often to poll: 90s, 15m, 1h, 1d (at least 1m)."),
    db: str | None = DbOption,
) -> None:
    """Watch a feed. Example: briefing feeds add https://example.com/news.rss --interval 15m"""
    _feeds_command(f"/addfeed {url} {interval}", db)


@feeds_cli.command("list")
def feeds_list(db: str | None = DbOption) -> None:
    """The feeds, each with its interval, next poll and last error. Example: briefing feeds list"""
    _feeds_command("/feeds", db)


@feeds_cli.command("remove")
def feeds_remove(feed_id: int = typer.Argument(..., help="The feed's ID (see feeds list)."), db: str | None = DbOption) -> None:
    """Stop watching a feed. Example: briefing feeds remove 3"""
    _feeds_command(f"/removefeed {feed_id}", db)


@cli.command()
def reindex(db: str | None = DbOption) -> None:
    """Re-extract every stored article (after editing the aliases file). Example: briefing reindex"""
    app = _app(db)
    report = app.reindex()
    typer.echo(f"Re-extracted {len(report.updated)} articles, {len(report.failed)} failed")
    app.close()
    raise typer.Exit(1 if report.failed else 0)


@cli.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Answer key JSON."),
    paths: list[str] = typer.Argument(..., help="Article files or folders."),
    manifest: Path | None = typer.Option(None, help="Manifest JSON for the articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score extraction against an answer key. Example: briefing eval tests/gold/seeds.json ../shared/seeds --manifest ../shared/seeds/manifest.json"""
    from bot.evaluation import run_eval
    from bot.sources import SourceError

    try:
        scores, table = run_eval(gold, paths, manifest)
    except (SourceError, OSError, ValueError) as exc:  # a missing or malformed key, manifest or path
        typer.echo(f"eval: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(scores, indent=2) if as_json else table)


@cli.command("eval-answers")
def evaluate_answers(
    key: Path = typer.Argument(..., help="Answer key JSON (docs/answer-keys.md)."),
    folder: Path = typer.Argument(..., help="Folder of articles with its manifest.json."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    misses: bool = typer.Option(False, "--misses", help="Also list what was missed."),
) -> None:
    """Score the answers (/timeline, /who, /numbers, names) against a key. Example: briefing eval-answers tests/gold/tuning.json tests/fixtures/tuning"""
    from bot.answer_eval import run_answer_eval

    try:
        tally = run_answer_eval(key, folder)
    except (OSError, ValueError, KeyError) as exc:  # a missing or malformed key, folder or manifest
        typer.echo(f"eval-answers: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(tally.to_json(), indent=2))
        return
    typer.echo(tally.table())
    for measure, missed in tally.misses.items() if misses else ():
        typer.echo(f"\n{measure} missed:\n  " + "\n  ".join(missed))


@cli.command()
def bench(
    articles: int = typer.Option(1000, help="How many synthetic articles to load (bot/bench_corpus.py)."),
    db: str | None = typer.Option(None, "--db", help="Database URL (default: a scratch SQLite file)."),
    jobs: int = typer.Option(1, min=1, max=64, help="Ingest as `briefing ingest --jobs N` does (no per-stage split)."),
    fresh: int = typer.Option(3, min=0, max=20, help="Fresh processes timed to their first extraction and first answer."),
) -> None:
    """Measure ingest speed and answer latency on a synthetic store. Example: briefing bench --articles 5000"""
    from bot.bench import run_bench

    typer.echo(run_bench(articles=articles, url=db, jobs=jobs, fresh=fresh))


@cli.command("bench-telegram")
def bench_telegram(
    commands: int = typer.Option(200, min=10, help="Commands per run: N chats x 1, then N/10 chats x 10."),
    workers: int | None = typer.Option(None, min=1, max=64, help="Concurrent updates (default BRIEFING_WORKER_THREADS)."),
    seeds: Path | None = typer.Option(None, help="The seed articles (default ../shared/seeds)."),
    repeat: int = typer.Option(3, min=1, max=20, help="How many times each run is played (the median is shown)."),
) -> None:
    """Commands/s through the real Telegram client against a local fake Bot API, on the seed articles.
    Example: briefing bench-telegram --commands 200"""
    from bot.bench_telegram import SEEDS, run_telegram_bench

    typer.echo(run_telegram_bench(commands=commands, workers=workers, seeds=seeds or SEEDS, repeat=repeat))


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    cli()
