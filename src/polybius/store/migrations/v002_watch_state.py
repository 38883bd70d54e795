"""Version 2: what ``polybius watch`` remembers between polls and across restarts.

``watch_sources``: one row per watched feed, folder or URL list (the feed's ETag and
Last-Modified for conditional GETs, when it was last polled, when it is next due, its
consecutive failures and last error). ``watch_items``: one row per item seen (a feed
entry's link, a file's path, a listed URL) with a fingerprint, so a restart fetches no
article twice and a changed file is read again. ``articles.ingested_at`` gets an index
for the dashboard's "new since" query.
"""

DESCRIPTION = "watch state: sources and seen items"

STATEMENTS = [
    """
    CREATE TABLE watch_sources (
        source        TEXT PRIMARY KEY,
        kind          TEXT NOT NULL,
        etag          TEXT,
        last_modified TEXT,
        last_poll     TIMESTAMP,
        last_ok       TIMESTAMP,
        next_poll     TIMESTAMP,
        failures      INTEGER,
        last_error    TEXT,
        polls         INTEGER,
        articles      INTEGER
    )
    """,
    """
    CREATE TABLE watch_items (
        source      TEXT NOT NULL,
        item_key    TEXT NOT NULL,
        fingerprint TEXT,
        status      TEXT NOT NULL,
        attempts    INTEGER,
        reason      TEXT,
        seen_at     TIMESTAMP,
        PRIMARY KEY (source, item_key)
    )
    """,
    "CREATE INDEX watch_items_key_idx ON watch_items (item_key)",
    "CREATE INDEX articles_ingested_idx ON articles (ingested_at)",
]
