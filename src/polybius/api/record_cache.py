"""Each record's answer bytes (its JSON item or GeoJSON Feature), kept between requests.

A 500-row page spent most of its ~60 ms of server CPU on rows it had sent before:
fetching 500 wide ``record`` columns by key (~25 ms of DuckDB), reading them into typed
records (~20 ms of Python) and encoding them. The query that picks and orders the rows
still runs for every request; only the rows' bytes are kept, so overlapping pages (the
dashboard's default view, a country's map, page 2) share them, and a page is the
encoded rows joined (``encode.page``).

What is kept is only valid for the data it was read from: entries carry the store's
``data_version`` and all are dropped when it changes (a write in this process; no other
process can write a DuckDB file this one has open). A store without a version
(PostgreSQL, where other processes write at any time) keeps nothing. Least recently
used entries go first when ``capacity`` (records, per server process) is reached.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Hashable, Iterable

DEFAULT_CAPACITY = 20_000  # ~1 KB each: ~20 MB per server process, 40 pages of 500


class RecordCache:
    """Encoded records by (kind, key), valid for one store ``data_version``."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY):
        self.capacity = max(0, capacity)
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._version: int | None = None
        self._lock = threading.Lock()

    def get(self, keys: Iterable[Hashable], version: int | None) -> dict[Hashable, bytes]:
        """The kept bytes of those ``keys`` that have them (nothing when ``version`` is
        None or differs from the entries')."""
        if version is None or not self.capacity:
            return {}
        with self._lock:
            if version != self._version:
                self._items.clear()
                self._version = version
                return {}
            found = {}
            for k in keys:
                got = self._items.get(k)
                if got is not None:
                    self._items.move_to_end(k)
                    found[k] = got
            return found

    def put(self, items: dict[Hashable, bytes], version: int | None, current: int | None) -> None:
        """Keep ``items``, read at ``version``, unless the store has changed since
        (``current``, the version after building them, differs)."""
        if version is None or version != current or not self.capacity:
            return
        with self._lock:
            if version != self._version:
                self._items.clear()
                self._version = version
            self._items.update(items)
            for k in items:
                self._items.move_to_end(k)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
