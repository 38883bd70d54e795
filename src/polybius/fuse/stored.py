"""Fusion over a store: the step ``polybius ingest`` and ``polybius fuse --db`` run.

Works through the store's public methods only (``fusion_transaction``, ``iter_events``,
``iter_incidents``, ``upsert_incidents``, ``set_incident_ids``), so it needs no import of ``polybius.store``.
Every stored event is passed with the existing incidents: fusion is linear in the
number of events, existing incidents keep their ids, and a re-run on unchanged data
changes nothing.
"""
from __future__ import annotations

from polybius.fuse.fusion import FusionResult, fuse
from polybius.settings import Settings


def fuse_store(store, settings: Settings | None = None) -> FusionResult:
    """Fuse inside ``store.fusion_transaction()``: several writers of one database fuse
    one at a time, each over everything committed before it, and the incidents and
    their assignments are written together or not at all."""
    with store.fusion_transaction():
        events = list(store.iter_events())
        existing = list(store.iter_incidents())
        result = fuse(events, existing, settings)
        changed = set(result.updated)
        store.upsert_incidents([inc for inc in result.incidents if inc.incident_id in changed])
        current = {ev.event_id: ev.incident_id for ev in events}
        store.set_incident_ids({eid: iid for eid, iid in result.assignment.items()
                                if current.get(eid) != iid})
    return result
