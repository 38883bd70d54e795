"""A database written at schema version 1, holding the duplicates two racing writers
left behind, opens at the latest version with one copy of each story and unique keys."""
from __future__ import annotations

import pytest

from polybius.store import is_postgres_url, open_store
from polybius.store.migrations import MIGRATIONS, VERSION_TABLE

ARTICLES = [  # id, content hash, url, ingested (the first stored copy is kept)
    ("a1", "h1", None, "2025-01-01 10:00:00"),
    ("a2", "h1", None, "2025-01-01 10:00:01"),   # same text as a1, stored later
    ("a3", "h3", "https://x/u", "2025-01-01 10:00:00"),
    ("a4", "h4", "https://x/u", "2025-01-01 10:00:02"),  # same URL as a3, stored later
    ("a5", "h5", None, "2025-01-01 10:00:00"),
    ("a0", "h6", None, "2025-01-01 10:00:00"),
]
EVENTS = [("e1", "a1", "I1"), ("e2", "a2", "I1"), ("e3", "a3", "I2"), ("e4", "a4", None),
          ("e5", "a5", "I3"), ("e6", "a0", None)]


def _connect(url: str):
    if is_postgres_url(url):
        import psycopg
        return psycopg.connect(url, autocommit=True)
    import duckdb
    return duckdb.connect(url)


def _version_1_with_duplicates(url: str) -> None:
    con = _connect(url)
    q = (lambda sql: sql.replace("?", "%s")) if is_postgres_url(url) else (lambda sql: sql)
    con.execute(VERSION_TABLE)
    for statement in MIGRATIONS[0].statements:
        con.execute(statement)
    con.execute(q("INSERT INTO schema_version VALUES (1, 'initial schema', ?)"), ["2025-01-01"])
    for aid, chash, url_, at in ARTICLES:
        con.execute(q("INSERT INTO articles (article_id, content_hash, url, text, ingested_at) "
                      "VALUES (?, ?, ?, 'text', ?)"), [aid, chash, url_, at])
    for eid, aid, iid in EVENTS:
        con.execute(q("INSERT INTO events (event_id, article_id, incident_id, event_type, record) "
                      "VALUES (?, ?, ?, 'ASSAULT', '{}')"), [eid, aid, iid])
        con.execute(q("INSERT INTO actors (event_id, role, text) VALUES (?, 'actor', 'gunmen')"), [eid])
        con.execute(q("INSERT INTO places (event_id, text) VALUES (?, 'Kano')"), [eid])
    for iid in ("I1", "I2", "I3"):
        con.execute(q("INSERT INTO incidents (incident_id, event_type, record) VALUES (?, 'ASSAULT', '{}')"), [iid])
    con.close()


def test_version_1_duplicates_are_removed_and_keys_become_unique(store_url):
    _version_1_with_duplicates(store_url)
    with open_store(store_url) as store:
        assert store.schema_version() == 5

        def col(sql: str) -> list:
            return sorted(tuple(r.values()) if len(r) > 1 else next(iter(r.values()))
                          for r in store._fetch(sql))

        assert col("SELECT article_id FROM articles") == ["a0", "a1", "a3", "a5"]
        assert col("SELECT event_id FROM events") == ["e1", "e3", "e5", "e6"]
        assert col("SELECT event_id FROM actors") == ["e1", "e3", "e5", "e6"]
        assert col("SELECT event_id FROM places") == ["e1", "e3", "e5", "e6"]
        # I1 lost a member: it is dropped and its remaining event waits for the next fusion
        assert col("SELECT incident_id FROM incidents") == ["I2", "I3"]
        assert col("SELECT event_id, incident_id FROM events WHERE incident_id IS NOT NULL") == \
            [("e3", "I2"), ("e5", "I3")]
        for sql in ("INSERT INTO articles (article_id, content_hash, text) VALUES ('new', 'h1', 't')",
                    "INSERT INTO articles (article_id, content_hash, url, text) "
                    "VALUES ('new', 'h9', 'https://x/u', 't')"):
            with pytest.raises(Exception, match="(?i)unique|duplicate|constraint"):
                store._exec(sql)
    with open_store(store_url) as store:  # articles without a URL still coexist
        store._exec("INSERT INTO articles (article_id, content_hash, text) VALUES ('new', 'h9', 't')")
        assert store.counts()["articles"] == 5
