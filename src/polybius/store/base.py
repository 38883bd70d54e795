"""The Store protocol: what ingest, query, export, fusion and the HTTP API may ask of
a database, whatever the backend.

Keep it small. Every method takes and returns records (``polybius.records``) or plain
dicts; SQL never leaks out. Filters are keyword arguments, collected in ``Filters``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import (Any, ContextManager, Iterable, Iterator, Mapping, Protocol, Sequence,
                    runtime_checkable)

from polybius.records import Article, Event, Incident

class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message is one line for the user."""


#: An ingest problem as stored in the ``errors`` table.
ErrorRow = Mapping[str, Any]  # keys: origin, line, kind, reason (run_id optional)

#: What ``stats(by=...)`` can group on, and the SQL expression for it.
STAT_KEYS = {
    "day": "event_day", "month": "substr(event_day, 1, 7)", "year": "substr(event_day, 1, 4)",
    "country": "country", "type": "event_type", "mode": "mode", "status": "status",
}


@dataclass
class Filters:
    """Event/incident filters. Strings match exactly except ``actor``/``recipient``
    (case-insensitive substring of the canonical name or the surface text) and
    ``text`` (case-insensitive substring of the evidence sentence). ``since``/``until``
    are inclusive ISO days compared with the event date, or the article's publication
    date when the event has none (month/year precision dates count from their first day).
    """
    since: str | None = None
    until: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    actor: str | None = None
    recipient: str | None = None
    status: str | None = None
    text: str | None = None
    source: str | None = None
    article_id: str | None = None
    incident_id: str | None = None
    background: bool | None = None   # True: only background history; False: only news

    @classmethod
    def of(cls, **kwargs: Any) -> "Filters":
        names = {f.name for f in fields(cls)}
        unknown = set(kwargs) - names
        if unknown:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        return cls(**{k: v for k, v in kwargs.items() if v is not None and v != ""})


def like(value: str) -> str:
    """A LIKE pattern matching ``value`` as a literal substring (escape char ``\\``)."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def where_clause(f: Filters, incidents: bool = False) -> tuple[str, list[Any]]:
    """SQL ``WHERE`` (with ``?`` placeholders) and its parameters for ``f``."""
    parts: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)

    if f.since:
        add("event_day >= ?", f.since[:10])
    if f.until:
        add("event_day <= ?", f.until[:10])
    if f.country:
        add("country = ?", f.country.upper())
    if f.type:
        add("event_type = ?", f.type.upper())
    if f.mode:
        add("mode = ?", f.mode.lower())
    if f.status:
        add("status = ?", f.status.lower())
    if f.actor:
        col = "actor_name" if incidents else "coalesce(actor_name, '') || ' ' || coalesce(actor_text, '')"
        add(f"{col} ILIKE ? ESCAPE '\\'", like(f.actor))
    if f.recipient:
        col = ("recipient_name" if incidents else
               "coalesce(recipient_name, '') || ' ' || coalesce(recipient_text, '')")
        add(f"{col} ILIKE ? ESCAPE '\\'", like(f.recipient))
    if f.incident_id:
        add("incident_id = ?", f.incident_id)
    if f.background is not None:
        add("background = ?", bool(f.background))
    # per-event filters; on incidents they keep incidents with a matching member event
    member = [(sql, value) for sql, value in (
        ("evidence ILIKE ? ESCAPE '\\'", like(f.text) if f.text else None),
        ("source = ?", f.source), ("article_id = ?", f.article_id)) if value]
    if member and incidents:
        add("incident_id IN (SELECT incident_id FROM events WHERE "
            + " AND ".join(sql for sql, _ in member) + ")", *(v for _, v in member))
    else:
        for sql, value in member:
            add(sql, value)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


@runtime_checkable
class Store(Protocol):
    """One database of articles, events, incidents and ingest errors.

    Writes are transactional: a call either stores everything it was given or nothing.
    """

    url: str

    def add_articles_with_events(
        self, pairs: Iterable[tuple[Article, Sequence[Event]]], *,
        extras: Mapping[str, Mapping[str, Any]] | None = None, run_id: str | None = None,
    ) -> dict[str, int]:
        """Store articles and their events in one transaction; articles already stored
        (same id, content hash or URL), also by a concurrent writer, are skipped with
        their events. ``extras`` maps an
        article id to provenance (origin, author, encoding). Returns counts
        ``{"articles", "events", "skipped"}`` of this call."""

    def has_article(self, content_hash: str | None = None, url: str | None = None,
                    article_id: str | None = None) -> bool:
        """True when an article with any of the given keys is stored."""

    def known_articles(self, ids: Iterable[str] = (), hashes: Iterable[str] = (),
                       urls: Iterable[str] = ()) -> set[str]:
        """The given ids, hashes and URLs that are already stored (batch ``has_article``)."""

    def add_errors(self, errors: Iterable[ErrorRow], run_id: str | None = None) -> int:
        """Record ingest problems; the same (origin, line, kind, reason) is stored once.
        Returns how many were given."""

    def errors(self, limit: int = 100, offset: int = 0, run_id: str | None = None) -> list[dict[str, Any]]:
        """Stored ingest problems, oldest first."""

    def events(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[Event]:
        """Events matching ``Filters`` fields, newest event day first (stable order)."""

    def iter_events(self, *, batch_size: int = 5000, **filters: Any) -> Iterator[Event]:
        """All matching events, fetched page by page (for exports)."""

    def articles(self, *, limit: int | None = 100, offset: int = 0, since: str | None = None,
                 until: str | None = None, source: str | None = None, text: str | None = None,
                 include_text: bool = False, **event_filters: Any) -> list[dict[str, Any]]:
        """Articles as dicts (text only when ``include_text``), newest first. ``text`` is
        a substring of the title or text; event filters keep articles with a matching
        event."""

    def total(self, what: str = "events", **filters: Any) -> int:
        """How many ``events``, ``incidents`` or ``articles`` match the filters (the
        listing methods' filters), with no limit."""

    def fusion_transaction(self) -> ContextManager[None]:
        """A transaction holding the database's fusion lock (PostgreSQL: an advisory
        lock), so concurrent writers fuse one at a time; ``fuse_store`` runs in it."""

    def upsert_incidents(self, incidents: Iterable[Incident]) -> int:
        """Insert or replace incidents by ``incident_id``; returns how many were given."""

    def set_incident_ids(self, mapping: Mapping[str, str | None]) -> int:
        """Set ``events.incident_id`` for each event id; returns rows updated."""

    def incidents(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[Incident]:
        """Incidents matching ``Filters`` fields; ``text``, ``source`` and ``article_id``
        keep incidents with a member event that matches."""

    def iter_incidents(self, *, batch_size: int = 5000, **filters: Any) -> Iterator[Incident]:
        """All matching incidents, page by page."""

    def stats(self, by: str = "type", *, what: str = "events", **filters: Any) -> list[dict[str, Any]]:
        """Counts grouped by ``by`` (a ``STAT_KEYS`` name): ``[{"key": ..., "n": ...}]``."""

    def counts(self) -> dict[str, int]:
        """Row counts of articles, events, incidents, errors and runs."""

    def start_run(self, inputs: Sequence[str]) -> str:
        """Record the start of an ingest run (runs left ``running`` by a killed process
        become ``interrupted``); returns its id."""

    def finish_run(self, run_id: str, counts: Mapping[str, int], status: str = "done") -> None:
        """Record the end of an ingest run."""

    def schema_version(self) -> int:
        """The applied migration version."""

    def close(self) -> None:
        """Release the connection."""
