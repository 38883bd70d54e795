"""Read queries the HTTP API needs beyond the ``Store`` protocol: admin1, bbox,
min_killed and free-text filters, keyset (cursor) paging, one article by id, actor and
stats tables with fatality sums.

Built on ``polybius.store.base.where_clause`` (the store's own filter SQL) plus a few
extra clauses, always with ``?`` placeholders; values never enter the SQL text. Reads
run through ``Store._read``, which gives each worker thread its own connection (DuckDB:
a cursor per thread; PostgreSQL: a pool), so requests run in parallel. Writes (POST
/articles, /health's counts) use the store's own connection under ``lock``. ``q`` is a
word search through an index (``polybius.store.search``). Pages keep each record's
answer bytes for the next request (``record_cache``).
"""
from __future__ import annotations

import base64
import json
import threading
from datetime import datetime
from typing import Any, Callable, Sequence

from polybius.api import geojson
from polybius.api.encode import dumps
from polybius.api.record_cache import DEFAULT_CAPACITY, RecordCache
from polybius.api.schemas import Filters as ApiFilters
from polybius.records import Event, Incident
from polybius.store import STAT_KEYS, Store, search
from polybius.store.base import Filters, where_clause
from polybius.store.rows import ARTICLE_COLUMNS, event_from_row, incident_from_row


class CursorError(ValueError):
    """A cursor that this server did not hand out (or for another endpoint)."""


class Reader:
    """The API's read access to one store (parallel), and its single write path
    (serialised by ``lock``)."""

    def __init__(self, store: Store, cache_size: int = DEFAULT_CAPACITY):
        self.store = store
        self.cache = RecordCache(cache_size)
        self.lock = threading.Lock()
        self.dialect = getattr(store, "dialect", "duckdb")

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self.store._read(sql, list(params))  # type: ignore[attr-defined]

    # -- filters ------------------------------------------------------------------------
    def where(self, f: ApiFilters, incidents: bool = False) -> tuple[list[str], list[Any]]:
        """SQL conditions (joined later with AND) and their parameters."""
        core = Filters.of(since=f.since, until=f.until, country=f.country, type=f.type,
                          mode=f.mode, status=f.status, actor=f.actor, recipient=f.recipient,
                          incident_id=f.incident_id, background=f.background,
                          article_id=f.article_id)
        sql, params = where_clause(core, incidents=incidents)
        parts = [sql[len(" WHERE "):]] if sql else []
        if f.admin1:
            parts.append("admin1 = ?")
            params.append(f.admin1)
        box = f.box()
        if box:
            parts.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
            params.extend([box[0], box[2], box[1], box[3]])
        if f.min_killed is not None:
            parts.append("killed >= ?")
            params.append(f.min_killed)
        if f.q:
            sql, values = search.condition(self.dialect, "incidents" if incidents else "events", f.q)
            parts.append(sql)
            params.extend(values)
        return parts, params

    def _terms_only(self, f: ApiFilters, incidents: bool) -> bool:
        """True when DuckDB's term table alone can answer: ``q`` has words and the other
        filters are only ``status`` and ``background``, which the table holds with the
        day, killed count and id a page or a timeline needs (``search.COVERED``)."""
        if self.dialect != "duckdb" or not f.q or not search.words(f.q):
            return False
        rest = f.model_copy(update={"q": None, "status": None, "background": None})
        return not self.where(rest, incidents)[0]

    def _from_terms(self, f: ApiFilters, table: str) -> tuple[str, list[str], list[Any]]:
        """The term-table source of ``_terms_only`` queries, with its conditions."""
        sql, params = search.matching_keys_sql(table, search.words(f.q or ""))
        covered, values = where_clause(Filters.of(status=f.status, background=f.background))
        return f"({sql}) m", [covered[len(" WHERE "):]] if covered else [], params + values

    def _broad(self, f: ApiFilters, incidents: bool) -> bool:
        """True for a DuckDB page filtered by nothing but ``status``, ``background`` and a
        ``q`` the term table answers: most rows pass, and ordering them all on
        (event_day, id) is what costs (``_above_threshold``)."""
        if self.dialect != "duckdb" or (f.q and not self._terms_only(f, incidents)):
            return False
        rest = f.model_copy(update={"q": None, "status": None, "background": None})
        return not self.where(rest, incidents)[0]

    def _above_threshold(self, source: str, parts: list[str], params: list[Any],
                         limit: int) -> tuple[list[str], list[Any]]:
        """``parts`` plus ``event_day >= D``, D the day of the (limit+1)-th newest
        matching row: the rows of the page are all on or after D. Finding D orders one
        column; the page then orders only the rows from D on (1M events, no filter:
        31 ms -> 8 ms of DuckDB CPU). Without such a day (fewer rows, or undated ones
        among them) nothing is added."""
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        got = self.fetch(f"SELECT event_day FROM {source}{where} "
                         f"ORDER BY event_day DESC NULLS LAST LIMIT 1 OFFSET {int(limit)}", params)
        if not got or got[0]["event_day"] is None:
            return parts, params
        return parts + ["event_day >= ?"], params + [got[0]["event_day"]]

    # -- events and incidents -----------------------------------------------------------
    def encoded_page(self, f: ApiFilters, limit: int, cursor: str | None, incidents: bool = False,
                     as_geojson: bool = False) -> tuple[list[bytes], str | None]:
        """One page newest-first by (event_day, id), each record as its answer bytes
        (``dumps`` of the record or of its GeoJSON Feature, from ``cache`` for the
        records it holds), and the cursor of the next page."""
        version = self._version()  # before reading: a write after it voids what is read
        keys, nxt = self.page_keys(f, limit, cursor, incidents)
        kind = ("incidents" if incidents else "events", "geojson" if as_geojson else "json")
        found = self.cache.get([(kind, k) for k in keys], version)
        missing = [k for k in keys if (kind, k) not in found]
        if missing:
            if incidents:
                feature: Callable[[Any], dict[str, Any]] = geojson.incident_feature
            else:
                feature = geojson.event_feature
            fresh = {(kind, _key(r)): dumps(feature(r) if as_geojson else r)
                     for r in self.records(missing, incidents)}
            self.cache.put(fresh, version, self._version())
            found.update(fresh)
        return [found[(kind, k)] for k in keys if (kind, k) in found], nxt

    def _version(self) -> int | None:
        return getattr(self.store, "data_version", lambda: None)()

    def page_keys(self, f: ApiFilters, limit: int, cursor: str | None,
                  incidents: bool = False) -> tuple[list[str], str | None]:
        """The keys of one page newest-first by (event_day, id) and the cursor of the
        next page."""
        table, key = ("incidents", "incident_id") if incidents else ("events", "event_id")
        if self._terms_only(f, incidents):
            source, parts, params = self._from_terms(f, table)
        else:
            parts, params = self.where(f, incidents)
            source = table
        if not cursor and self._broad(f, incidents):
            parts, params = self._above_threshold(source, parts, params, limit)
        if cursor:
            day, last = decode_cursor(cursor, table)
            if day is None:
                parts.append(f"(event_day IS NULL AND {key} > ?)")
                params.append(last)
            else:
                parts.append(f"(event_day < ? OR (event_day = ? AND {key} > ?) OR event_day IS NULL)")
                params.extend([day, day, last])
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        # Two steps (late materialisation): order and cut on the narrow key columns here,
        # then fetch the wide JSON records of those rows only by primary key (``records``).
        # On 1M DuckDB rows this is ~40 ms instead of ~210 ms for a top-N that drags
        # `record` along.
        keys = self.fetch(f"SELECT event_day, {key} AS k FROM {source}{where} "
                          f"ORDER BY event_day DESC NULLS LAST, {key} LIMIT {int(limit) + 1}", params)
        more = len(keys) > limit
        keys = keys[:limit]
        nxt = encode_cursor(table, keys[-1]["event_day"], keys[-1]["k"]) if more else None
        return [r["k"] for r in keys], nxt

    def records(self, keys: Sequence[str], incidents: bool = False) -> list[Event] | list[Incident]:
        """The events (incidents) of ``keys``, in that order (a key no longer stored is
        left out)."""
        if not keys:
            return []
        table, key = ("incidents", "incident_id") if incidents else ("events", "event_id")
        marks = ", ".join("?" * len(keys))
        extra = "" if incidents else ", incident_id"
        got = {r["k"]: r for r in self.fetch(
            f"SELECT {key} AS k, record{extra} FROM {table} WHERE {key} IN ({marks})", list(keys))}
        rows = [got[k] for k in keys if k in got]
        if incidents:
            return [incident_from_row(r["record"]) for r in rows]
        return [event_from_row(r["record"], r["incident_id"]) for r in rows]

    def incident(self, incident_id: str) -> Incident | None:
        got = self.fetch("SELECT record FROM incidents WHERE incident_id = ?", [incident_id])
        return incident_from_row(got[0]["record"]) if got else None

    def events_by_ids(self, ids: Sequence[str]) -> list[Event]:
        out: list[Event] = []
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            marks = ", ".join("?" * len(part))
            got = self.fetch(f"SELECT record, incident_id FROM events WHERE event_id IN ({marks}) "
                             f"ORDER BY event_day DESC NULLS LAST, event_id", part)
            out.extend(event_from_row(r["record"], r["incident_id"]) for r in got)
        return out

    # -- articles -----------------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any] | None:
        cols = ", ".join(c for c in ARTICLE_COLUMNS if c not in ("run_id", "ingested_at"))
        got = self.fetch(f"SELECT {cols} FROM articles WHERE article_id = ?", [article_id])
        return got[0] if got else None

    def article_events(self, article_id: str) -> list[Event]:
        got = self.fetch("SELECT record, incident_id FROM events WHERE article_id = ? "
                         "ORDER BY event_day DESC NULLS LAST, event_id", [article_id])
        return [event_from_row(r["record"], r["incident_id"]) for r in got]

    # -- what is new -------------------------------------------------------------------
    def changes(self, since: datetime | None) -> dict[str, Any]:
        """Articles stored after ``since`` (all when None), their events, the incidents
        those events joined, and the latest store time (the next ``since``)."""
        where, params = (" WHERE ingested_at > ?", [since]) if since else ("", [])
        got = self.fetch(f"SELECT count(*) AS articles, max(ingested_at) AS latest FROM articles{where}", params)
        new = f"SELECT article_id FROM articles{where}"
        ev = self.fetch(f"SELECT count(*) AS events, count(DISTINCT incident_id) AS incidents "
                        f"FROM events WHERE article_id IN ({new})", params)
        latest = got[0]["latest"] or since
        if latest is None:
            latest = self.fetch("SELECT max(ingested_at) AS latest FROM articles")[0]["latest"]
        return {"since": since, "latest": latest, "articles": int(got[0]["articles"]),
                "events": int(ev[0]["events"]), "incidents": int(ev[0]["incidents"])}

    def watch_sources(self) -> list[dict[str, Any]]:
        """The watch state of every source ever watched in this store (v002 table)."""
        return self.fetch("SELECT source, kind, last_poll, last_ok, next_poll, failures, last_error, "
                          "polls, articles FROM watch_sources ORDER BY source")

    # -- aggregates ---------------------------------------------------------------------
    def stats(self, f: ApiFilters, by: str, what: str) -> list[dict[str, Any]]:
        incidents = what == "incidents"
        if by in ("day", "month", "year", "status") and self._terms_only(f, incidents):
            source, parts, params = self._from_terms(f, what)  # the timeline of a search
        else:
            parts, params = self.where(f, incidents=incidents)
            source = what
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        expr = STAT_KEYS[by]  # a fixed expression chosen from a closed set
        return self.fetch(f"SELECT {expr} AS key, count(*) AS n, coalesce(sum(killed), 0) AS killed "
                          f"FROM {source}{where} GROUP BY {expr} ORDER BY {expr} NULLS LAST", params)

    def actors(self, f: ApiFilters, role: str, limit: int) -> list[dict[str, Any]]:
        parts, params = self.where(f)
        selects, all_params = [], []
        for r in (("actor", "recipient") if role == "any" else (role,)):
            cond = " AND ".join(parts + [f"{r}_name IS NOT NULL"])
            selects.append(f"SELECT {r}_name AS name, '{r}' AS role, count(*) AS n "
                           f"FROM events WHERE {cond} GROUP BY {r}_name")
            all_params.extend(params)
        sql = " UNION ALL ".join(selects) + f" ORDER BY n DESC, name, role LIMIT {int(limit)}"
        return self.fetch(sql, all_params)


def _key(record: Event | Incident) -> str:
    return record.incident_id if isinstance(record, Incident) else record.event_id  # type: ignore[return-value]


def encode_cursor(table: str, day: str | None, key: str) -> str:
    raw = json.dumps([table, day, key], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, table: str) -> tuple[str | None, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, day, key = json.loads(raw)
    except (ValueError, TypeError) as exc:
        raise CursorError("cursor is not valid: pass next_cursor from a previous answer") from exc
    if kind != table or not isinstance(key, str) or not (day is None or isinstance(day, str)):
        raise CursorError(f"cursor is not a cursor for /{table}")
    return day, key
