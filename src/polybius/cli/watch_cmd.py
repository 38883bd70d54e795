"""`polybius watch`: poll feeds, folders and URL lists into the store; with --serve,
also the API and dashboard from the same process (the one that owns a DuckDB file)."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import click

from polybius.settings import Settings


def _fail(option: str, exc: Exception) -> click.ClickException:
    return click.ClickException(f"{option}: {exc}")


def _say(text: str) -> None:
    click.echo(f"watch: {text}", err=True)


def _cycle_line(report, watcher, last: bool) -> str:
    from polybius.watch.schedule import human

    polled = len(report.sources)
    parts = [f"cycle {report.cycle}", f"{polled} source{'s' if polled != 1 else ''} polled"]
    if report.failed:
        parts.append(f"{len(report.failed)} failed")
    unchanged = sum(1 for s in report.sources if s.not_modified)
    if unchanged:
        parts.append(f"{unchanged} unchanged (304)")
    parts.append(f"{report.stored:,} articles stored ({report.rate:,.1f}/s)")
    parts.append(f"{report.events:,} events")
    parts.append(f"{report.incidents_updated:,} incidents new or updated")
    if not polled:
        parts[1] = "no source due"
    if not last:
        parts.append(f"next poll in {human(watcher.seconds_to_next())}")
    return " · ".join(parts)


def _reporter(watcher, quiet: bool, cycles: int | None):
    from polybius.watch.schedule import backoff, human

    def on_cycle(report) -> None:
        for src in report.sources:
            if not src.ok:
                st = watcher.source_state(src.source)
                _say(f"{src.source} failed ({st.failures} in a row): {src.error}; "
                     f"next try in {human(backoff(watcher.options.every, st.failures))}")
            elif src.retrying and not quiet:
                _say(f"{src.source}: {src.retrying} page(s) could not be fetched; tried again next poll")
        for alert in report.alerts:
            killed = f", {alert['killed']:g} killed" if alert.get("killed") is not None else ""
            _say(f"ALERT [{alert['rule']}] {alert['event_type']} {alert.get('place') or ''} "
                 f"{alert.get('country') or ''}{killed} (incident {alert['incident_id']})")
        if not quiet or report.stored or report.failed:
            _say(_cycle_line(report, watcher, report.cycle == cycles))
    return on_cycle


def _progress():
    """A line per committed batch that stored something (long first polls show progress)."""
    shown: dict[str, int] = {}

    def show(source: str, summary) -> None:
        key = f"{source}\x1f{summary.run_id}"
        if summary.stored > shown.get(key, 0):
            shown[key] = summary.stored
            _say(f"{source}: {summary.stored:,} stored · {summary.rate:,.1f} articles/s · "
                 f"{summary.events:,} events · {summary.errors:,} errors")
    return show


@click.command("watch")
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", default="10m", show_default=True,
              help="How often each source is polled: 30s, 10m, 1h, 1d.")
@click.option("--db", default=None, help="DuckDB file or postgresql:// URL (default: Settings.db).")
@click.option("--serve", "serve", is_flag=True, help="Also serve the API and dashboard from this process.")
@click.option("--host", default="127.0.0.1", show_default=True, help="With --serve: interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="With --serve: TCP port.")
@click.option("--token-env", default="POLYBIUS_API_TOKEN", show_default=True,
              help="With --serve: variable holding the bearer token for POST /articles.")
@click.option("--once", is_flag=True, help="Poll the due sources once and stop (cron, scripts).")
@click.option("--cycles", type=click.IntRange(1), default=None, help="Stop polling after N cycles.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds to wait for one HTTP answer.")
@click.option("--feed-text", is_flag=True,
              help="Use the feed entries' own text (content or summary); fetch no article pages.")
@click.option("--alert", "alerts", multiple=True,
              help="Alert rule, e.g. 'country=NGA killed>=10' (repeatable); matches go to --alerts-file.")
@click.option("--alerts-file", default="polybius-alerts.jsonl", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="JSONL file alerts are appended to.")
@click.option("--quiet", "-q", is_flag=True, help="Print only cycles that stored or failed something.")
def command(sources: tuple[str, ...], every: str, db: str | None, serve: bool, host: str, port: int,
            token_env: str, once: bool, cycles: int | None, timeout: float, feed_text: bool,
            alerts: tuple[str, ...], alerts_file: Path, quiet: bool) -> None:
    """Poll RSS/Atom feeds (URLs or .rss/.atom/.xml files), folders (new or changed
    files) and URL lists (files with one URL per line); ingest and fuse what is new.
    State is kept in the store: a restart fetches nothing twice. Ctrl-C stops.

    Example: polybius watch https://example.org/world.rss news/ --every 10m --serve
    """
    from polybius.watch import AlertLog, WatchOptions, parse_every, parse_rule, parse_source

    if once and cycles is not None:
        raise click.ClickException("--once and --cycles: give one (--once is --cycles 1)")
    given = click.get_current_context().get_parameter_source("alerts_file")
    if not alerts and given is not click.core.ParameterSource.DEFAULT:
        raise click.ClickException("--alerts-file: no --alert rule to write alerts of")
    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise _fail("--every", exc) from None
    try:
        watched = list(dict.fromkeys(parse_source(s) for s in sources))
    except ValueError as exc:
        raise _fail("SOURCE", exc) from None
    try:
        rules = [parse_rule(r) for r in alerts]
    except ValueError as exc:
        raise _fail("--alert", exc) from None
    settings = Settings()
    url = db or settings.db
    log = AlertLog(rules, alerts_file if rules else None)
    options = WatchOptions(every=seconds, timeout=timeout, feed_text=feed_text)
    limit = 1 if once else cycles
    if serve:
        _watch_and_serve(url, watched, settings, options, log, limit, host, port, token_env, quiet)
    else:
        _watch(url, watched, settings, options, log, limit, quiet)


def _header(url: str, watched, every: str, log, serving: str | None = None) -> str:
    from collections import Counter

    names = {"feed": ("feed", "feeds"), "folder": ("folder", "folders"), "urls": ("URL list", "URL lists")}
    kinds = Counter(s.kind for s in watched)
    what = ", ".join(f"{n} {names[k][n != 1]}" for k, n in kinds.items())
    extra = f"; alerts ({len(log.rules)} rules) to {log.path}" if log.rules else ""
    extra += f"; serving {serving}" if serving else ""
    return f"polybius watch: {what} every {every} into {url}{extra}; Ctrl-C stops"


def _note(url: str, watched, **kw) -> str | None:
    from polybius.store import is_postgres_url
    from polybius.store.holder import write_note

    if is_postgres_url(url):
        return None
    path = url.removeprefix("duckdb://")
    write_note(path, "watch", folders=[s.name for s in watched if s.kind == "folder"], **kw)
    return path


def _watch(url, watched, settings, options, log, cycles, quiet) -> None:
    from polybius.store import open_store
    from polybius.store.holder import remove_note
    from polybius.watch import Watcher
    from polybius.watch.schedule import human

    store = open_store(url)  # a StoreError becomes one line (cli.main)
    noted = _note(url, watched)
    watcher = Watcher(watched, store, settings, options, alerts=log, on_progress=_progress())
    click.echo(_header(url, watched, human(options.every), log), err=True)
    try:
        watcher.run(cycles, on_cycle=_reporter(watcher, quiet, cycles))
    except KeyboardInterrupt:
        _say("stopped; the next run resumes where this one left off")
    finally:
        store.close()
        if noted:
            remove_note(noted)


def _watch_and_serve(url, watched, settings, options, log, cycles, host, port, token_env, quiet) -> None:
    import uvicorn

    from polybius.api import create_app
    from polybius.store import open_store
    from polybius.store.holder import remove_note
    from polybius.watch import Watcher
    from polybius.watch.schedule import human

    store = open_store(url)
    api_store = open_store(url)  # a second connection: DuckDB shares the file within a process
    lock = threading.Lock()
    watcher = Watcher(watched, store, settings, options, alerts=log, write_lock=lock, on_progress=_progress())
    token = os.environ.get(token_env) or None
    app = create_app(api_store, token=token, settings=settings, watch_status=watcher.status, write_lock=lock)
    address = f"http://{host}:{port}/"
    noted = _note(url, watched, api=address if port else None, writes=bool(token), token_env=token_env)
    stop = threading.Event()

    def poll() -> None:
        try:
            watcher.run(cycles, stop, on_cycle=_reporter(watcher, quiet, cycles))
        except Exception as exc:  # noqa: BLE001 - said in one line; the server goes on
            from polybius.cli.main import one_line
            _say(f"polling stopped: {one_line(exc)}; the API keeps serving")

    poller = threading.Thread(target=poll, name="polybius-watch", daemon=True)
    click.echo(_header(url, watched, human(options.every), log, address), err=True)
    poller.start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=64)
    finally:
        stop.set()
        if poller.is_alive():
            _say("finishing the poll in progress ...")
            poller.join()
        api_store.close()
        store.close()
        if noted:
            remove_note(noted)
