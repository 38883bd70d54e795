"""The watch loop: poll the sources that are due, read what is new, ingest it, fuse,
check alert rules; one ``poll_once()`` per cycle, which tests call directly.

What it promises:
- an item (feed entry, file, listed URL) is fetched and ingested once: its key is in
  the watch state before the next poll, and a link another source already brought in
  (or any stored article with that URL) is not fetched again;
- a failing source (refused, timed out, HTTP error, not a feed) never stops the
  others: it is reported, recorded in the errors table, and retried with back-off
  (``schedule.backoff``); a page that fails is retried on later polls, up to
  ``state.MAX_ATTEMPTS`` times;
- a restart resumes: validators, last polls, failures and seen items are in the store,
  and a feed's ETag is saved only after its new items are stored, so an interrupted
  poll is repeated rather than skipped.
"""
from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, ContextManager

from polybius.fuse.stored import fuse_store
from polybius.ingest import IngestSummary, ingest
from polybius.ingest.items import ReadError
from polybius.ingest.readers import ReadContext
from polybius.ingest.article import dateline_finder
from polybius.ingest.runner import limits_for
from polybius.settings import Settings
from polybius.watch.alerts import AlertLog
from polybius.watch.fetch import FetchError
from polybius.watch.schedule import backoff
from polybius.watch.sources import (ListOptions, Listing, Pending, WatchSource, list_feed,
                                    list_folder, list_urls)
from polybius.watch.state import DONE, MAX_ATTEMPTS, ItemState, SourceState, WatchState


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class WatchOptions:
    every: float = 600.0        # seconds between polls of one source
    timeout: float = 30.0       # seconds per HTTP request
    feed_text: bool = False     # read feed entries' own text instead of fetching pages


@dataclass
class SourceReport:
    """One source's poll: what it listed, what was new, what was stored, or why it failed."""
    source: str
    kind: str
    ok: bool = True
    not_modified: bool = False
    listed: int = 0
    new: int = 0
    stored: int = 0
    events: int = 0
    retrying: int = 0           # pages that failed this time and will be tried again
    error: str | None = None


@dataclass
class CycleReport:
    cycle: int
    sources: list[SourceReport] = field(default_factory=list)
    incidents_updated: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def stored(self) -> int:
        return sum(s.stored for s in self.sources)

    @property
    def events(self) -> int:
        return sum(s.events for s in self.sources)

    @property
    def failed(self) -> list[SourceReport]:
        return [s for s in self.sources if not s.ok]

    @property
    def rate(self) -> float:
        """Articles stored per second of this cycle."""
        return self.stored / self.elapsed if self.elapsed > 0 else 0.0


class Watcher:
    """Polls ``sources`` into ``store``. ``write_lock`` is held while ingesting and
    fusing (a server in the same process holds it for its own writes); ``clock``
    returns naive UTC (tests pass a fake one)."""

    def __init__(self, sources: list[WatchSource], store: Any, settings: Settings,
                 options: WatchOptions, *, alerts: AlertLog | None = None, pipeline: Any = None,
                 clock: Callable[[], datetime] = utc_now, write_lock: ContextManager | None = None,
                 on_progress: Callable[[str, IngestSummary], None] | None = None):
        self.sources, self.store, self.settings, self.options = sources, store, settings, options
        self.alerts = alerts or AlertLog([], None)
        self.pipeline, self.clock = pipeline, clock
        self.write_lock = write_lock if write_lock is not None else contextlib.nullcontext()
        self.on_progress = on_progress
        self.state = WatchState(store)
        self.list_options = ListOptions(ReadContext(limits_for(settings), dateline_finder()),
                                        options.timeout, options.feed_text)
        self.cycles = 0
        self.last_cycle: CycleReport | None = None
        self._lock = threading.Lock()  # guards the in-memory status read by the API thread
        self._reported: set[tuple[str, int | None, str]] = set()
        self._states = {s.name: self.state.source(s.name, s.kind) for s in sources}

    def source_state(self, name: str) -> SourceState:
        """The in-memory state of one source (what the store holds, plus this poll)."""
        return self._states[name]

    # -- schedule -----------------------------------------------------------------------
    def due_at(self, src: WatchSource) -> datetime | None:
        """When ``src`` is next due (None: never polled, due now). Computed from the last
        poll with the current interval, so a restart with another --every applies it."""
        st = self._states[src.name]
        if st.last_poll is None:
            return None
        return st.last_poll + timedelta(seconds=backoff(self.options.every, st.failures))

    def due(self, now: datetime) -> list[WatchSource]:
        return [s for s in self.sources if (self.due_at(s) or now) <= now]

    def seconds_to_next(self) -> float:
        now = self.clock()
        times = [self.due_at(s) or now for s in self.sources]
        return max(0.0, (min(times) - now).total_seconds()) if times else self.options.every

    # -- one cycle ----------------------------------------------------------------------
    def poll_once(self) -> CycleReport:
        """Poll every source that is due, then fuse and check alerts once."""
        started = time.monotonic()
        self.cycles += 1
        report = CycleReport(self.cycles)
        for src in self.due(self.clock()):
            report.sources.append(self.poll_source(src))
        if report.stored:
            with self.write_lock:
                result = fuse_store(self.store, self.settings)
            changed = set(result.updated)
            updated = [inc for inc in result.incidents if inc.incident_id in changed]
            report.incidents_updated = len(updated)
            report.alerts = self.alerts.check(updated)
        report.elapsed = time.monotonic() - started
        with self._lock:
            self.last_cycle = report
        return report

    def poll_source(self, src: WatchSource) -> SourceReport:
        """Poll one source; never raises (a failure is reported and backed off)."""
        now = self.clock()
        st = self._states[src.name]
        report = SourceReport(src.name, src.kind)
        try:
            listing = self._list(src, st)
            report.listed, report.not_modified = len(listing.items), listing.not_modified
            items, marks = self._read_new(src, listing, report)
            with self.write_lock:
                if items:
                    summary = ingest([src.name], self.store, self.settings, pipeline=self.pipeline,
                                     items=items, on_progress=self._progress(src))
                    report.stored, report.events = summary.stored, summary.events
                self.state.save_items(marks)
                self._succeeded(st, now, listing, report.stored)
        except Exception as exc:  # noqa: BLE001 - a failing source must never stop the others
            reason = str(exc) if isinstance(exc, FetchError) else f"{type(exc).__name__}: {exc}"
            report.ok, report.error = False, reason.splitlines()[0] if reason else type(exc).__name__
            self._failed(src, st, now, report.error)
        return report

    def _list(self, src: WatchSource, st: SourceState) -> Listing:
        opts = self.list_options
        if src.kind == "feed":
            return list_feed(src, opts, st.etag, st.last_modified)
        if src.kind == "folder":
            return list_folder(src, opts)
        return list_urls(src, opts)

    def _read_new(self, src: WatchSource, listing: Listing,
                  report: SourceReport) -> tuple[list[Any], list[ItemState]]:
        """Fetch and read the items not seen before (or changed, for files)."""
        known = self.state.items(p.key for p in listing.items)
        fresh = [p for p in listing.items if self._is_new(p, known.get(p.key))]
        stored_urls = self.store.known_articles(urls=[p.url for p in fresh if p.url])
        report.new = len(fresh)
        problems = [e for e in listing.problems if (e.origin, e.line, e.reason) not in self._reported]
        self._reported.update((e.origin, e.line, e.reason) for e in problems)  # said once per process
        items: list[Any] = problems
        marks: list[ItemState] = []
        now = self.clock()
        for p in fresh:
            before = known.get(p.key)
            if p.url and p.url in stored_urls:  # brought in by ingest, the API or another source
                marks.append(ItemState(src.name, p.key, "read", p.fingerprint, 0, "already stored", now))
                continue
            got = p.read()
            failed = [i for i in got if isinstance(i, ReadError) and i.kind == "fetch"]
            attempts = (before.attempts if before and before.status == "retry" else 0) + (1 if failed else 0)
            if failed and attempts < MAX_ATTEMPTS:
                report.retrying += 1
                marks.append(ItemState(src.name, p.key, "retry", p.fingerprint, attempts, failed[0].reason, now))
                continue
            items.extend(got)  # given up: its fetch error goes to the errors table once
            status = "failed" if failed else "read"
            marks.append(ItemState(src.name, p.key, status, p.fingerprint, attempts,
                                   failed[0].reason if failed else None, now))
        return items, marks

    @staticmethod
    def _is_new(p: Pending, before: ItemState | None) -> bool:
        if before is None or before.status not in DONE:
            return True
        return p.fingerprint is not None and before.fingerprint != p.fingerprint

    def _progress(self, src: WatchSource) -> Callable[[IngestSummary], None] | None:
        if self.on_progress is None:
            return None
        return lambda summary: self.on_progress(src.name, summary)  # type: ignore[misc]

    def _succeeded(self, st: SourceState, now: datetime, listing: Listing, stored: int) -> None:
        with self._lock:
            self._mark_ok(st, now, listing, stored)
        self.state.save_source(st)

    def _mark_ok(self, st: SourceState, now: datetime, listing: Listing, stored: int) -> None:
        st.etag = listing.etag or st.etag
        st.last_modified = listing.last_modified or st.last_modified
        st.last_poll = st.last_ok = now
        st.failures, st.last_error = 0, None
        st.polls += 1
        st.articles += stored
        st.next_poll = now + timedelta(seconds=self.options.every)

    def _failed(self, src: WatchSource, st: SourceState, now: datetime, reason: str) -> None:
        with self._lock:
            st.last_poll, st.polls = now, st.polls + 1
            st.failures += 1
            st.last_error = reason
            st.next_poll = now + timedelta(seconds=backoff(self.options.every, st.failures))
        try:
            with self.write_lock:
                self.state.save_source(st)
                self.store.add_errors([{"origin": src.name, "line": None, "kind": "fetch", "reason": reason}])
        except Exception:  # noqa: BLE001 - the store itself failing: reported by the cycle
            pass

    # -- the loop -----------------------------------------------------------------------
    def run(self, cycles: int | None = None, stop: threading.Event | None = None,
            on_cycle: Callable[[CycleReport], None] | None = None) -> int:
        """Poll until ``stop`` is set or ``cycles`` cycles have run; returns the cycles run.
        Between cycles it sleeps until the next source is due."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            report = self.poll_once()
            done += 1
            if on_cycle:
                on_cycle(report)
            if cycles is not None and done >= cycles:
                break
            stop.wait(max(0.05, self.seconds_to_next()))
        return done

    def status(self) -> dict[str, Any]:
        """What the dashboard's watch panel shows (no store access: safe from any thread)."""
        with self._lock:
            sources = []
            for src in self.sources:
                st = asdict(self._states[src.name])
                sources.append({k: (v.isoformat(timespec="seconds") if isinstance(v, datetime) else v)
                                for k, v in st.items() if k not in ("etag", "last_modified")})
            last = self.last_cycle
            return {"watching": True, "every": self.options.every, "cycles": self.cycles,
                    "last_cycle": None if last is None else {
                        "cycle": last.cycle, "stored": last.stored, "events": last.events,
                        "failed": len(last.failed), "incidents_updated": last.incidents_updated,
                        "elapsed": round(last.elapsed, 2)},
                    "sources": sources, "rules": [r.text for r in self.alerts.rules],
                    "alerts": list(self.alerts.recent)}
