"""Live monitoring: poll feeds, folders and URL lists; ingest and fuse what is new.

``Watcher(sources, store, settings, options).poll_once()`` is one cycle; ``run()``
loops. ``polybius watch`` (cli/watch_cmd.py) wires it to the command line and, with
``--serve``, to the HTTP API in the same process (the one process that owns a DuckDB
file). See docs/watch.md.
"""
from polybius.watch.alerts import AlertLog, AlertRule, parse_rule
from polybius.watch.poller import CycleReport, SourceReport, WatchOptions, Watcher
from polybius.watch.schedule import backoff, parse_every
from polybius.watch.sources import WatchSource, parse_source

__all__ = ["AlertLog", "AlertRule", "CycleReport", "SourceReport", "WatchOptions", "WatchSource",
           "Watcher", "backoff", "parse_every", "parse_rule", "parse_source"]
