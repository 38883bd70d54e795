"""The watch state in the store (tables of migration v002), so a restart resumes:
per source the feed's validators, last and next poll, consecutive failures and last
error; per item whether it was read (and its fingerprint), or how often fetching it
failed.

Written through the store's SQL primitives, as ``polybius.api.query`` reads; both
backends accept the same statements.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any, Iterable

#: A page that failed this often is given up (one ``fetch`` error stays in the errors table).
MAX_ATTEMPTS = 3

#: Item statuses: ``read`` (fetched and handed to ingest, whatever it found),
#: ``retry`` (fetching failed; tried again on later polls), ``failed`` (given up).
DONE = ("read", "failed")


@dataclass
class SourceState:
    source: str
    kind: str
    etag: str | None = None
    last_modified: str | None = None
    last_poll: datetime | None = None
    last_ok: datetime | None = None
    next_poll: datetime | None = None
    failures: int = 0
    last_error: str | None = None
    polls: int = 0
    articles: int = 0


@dataclass
class ItemState:
    source: str
    item_key: str
    status: str
    fingerprint: str | None = None
    attempts: int = 0
    reason: str | None = None
    seen_at: datetime | None = None


_SOURCE_COLS = [f.name for f in fields(SourceState)]
_ITEM_COLS = [f.name for f in fields(ItemState)]


def _upsert(table: str, cols: list[str], key: tuple[str, ...]) -> str:
    sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols if c not in key)
    return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}")


class WatchState:
    def __init__(self, store: Any):
        self.store = store

    def source(self, name: str, kind: str) -> SourceState:
        got = self.store._fetch(f"SELECT {', '.join(_SOURCE_COLS)} FROM watch_sources WHERE source = ?",
                                [name])
        if not got:
            return SourceState(name, kind)
        row = {k: v for k, v in got[0].items()}
        row["failures"], row["polls"], row["articles"] = (int(row[k] or 0) for k in ("failures", "polls", "articles"))
        return SourceState(**row)

    def save_source(self, state: SourceState) -> None:
        with self.store._transaction():
            self.store._exec(_upsert("watch_sources", _SOURCE_COLS, ("source",)),
                             [getattr(state, c) for c in _SOURCE_COLS])

    def sources(self, names: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Rows of the given sources (all when None), in the given order."""
        rows = self.store._fetch(f"SELECT {', '.join(_SOURCE_COLS)} FROM watch_sources ORDER BY source")
        if names is None:
            return rows
        by_name = {r["source"]: r for r in rows}
        return [by_name[n] for n in names if n in by_name]

    def items(self, keys: Iterable[str]) -> dict[str, ItemState]:
        """The state of each known key, whichever source listed it first (a link two
        feeds carry is fetched once)."""
        keys = list(dict.fromkeys(keys))
        out: dict[str, ItemState] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            got = self.store._fetch(f"SELECT {', '.join(_ITEM_COLS)} FROM watch_items "
                                    f"WHERE item_key IN ({', '.join('?' * len(part))}) "
                                    f"ORDER BY seen_at", part)
            for row in got:
                row["attempts"] = int(row["attempts"] or 0)
                out.setdefault(row["item_key"], ItemState(**row))
        return out

    def save_items(self, items: Iterable[ItemState]) -> int:
        items = list(items)
        if items:
            sql = _upsert("watch_items", _ITEM_COLS, ("source", "item_key"))
            with self.store._transaction():
                for item in items:
                    self.store._exec(sql, [asdict(item)[c] for c in _ITEM_COLS])
        return len(items)

    def counts(self) -> dict[str, int]:
        got = self.store._fetch("SELECT status, count(*) AS n FROM watch_items GROUP BY status")
        return {r["status"]: int(r["n"]) for r in got}
