"""Version 3: unique articles by content hash and URL, so several writers cannot store
one story twice; PostgreSQL gets a trigram index for text search, DuckDB its own term
index (``events_terms``) for the same purpose.

Databases written before version 3 may hold duplicates (two writers racing through the
old check-then-insert). They are removed first: of each set of articles sharing a
content hash (then a URL) the first stored is kept, the others go with their events,
actors and places. Incidents that had one of those events lose their summary: they are
deleted and their remaining events unassigned, so the next fusion (every
``polybius ingest``, or ``polybius fuse --db``) rebuilds them; no incident is left
describing events that no longer exist.
"""

from polybius.store.migrations.v001_initial import STATEMENTS as _V1

ARTICLES = next(s for s in _V1 if "CREATE TABLE articles" in s)

DESCRIPTION = "unique content hash and URL; text search index"

_RANK = "row_number() OVER (PARTITION BY {key} ORDER BY ingested_at NULLS LAST, article_id)"

STATEMENTS = [
    "CREATE TABLE v003_dup_articles (article_id TEXT PRIMARY KEY)",
    f"""
    INSERT INTO v003_dup_articles
    SELECT article_id FROM (SELECT article_id, {_RANK.format(key='content_hash')} AS n
                            FROM articles) ranked
    WHERE n > 1
    """,
    f"""
    INSERT INTO v003_dup_articles
    SELECT article_id FROM (SELECT article_id, {_RANK.format(key='url')} AS n FROM articles
                            WHERE url IS NOT NULL
                              AND article_id NOT IN (SELECT article_id FROM v003_dup_articles)) ranked
    WHERE n > 1
    """,
    """
    CREATE TABLE v003_dup_events AS
    SELECT event_id, incident_id FROM events
    WHERE article_id IN (SELECT article_id FROM v003_dup_articles)
    """,
    "DELETE FROM actors WHERE event_id IN (SELECT event_id FROM v003_dup_events)",
    "DELETE FROM places WHERE event_id IN (SELECT event_id FROM v003_dup_events)",
    """
    UPDATE events SET incident_id = NULL
    WHERE incident_id IN (SELECT incident_id FROM v003_dup_events WHERE incident_id IS NOT NULL)
      AND event_id NOT IN (SELECT event_id FROM v003_dup_events)
    """,
    "DELETE FROM incidents WHERE incident_id IN (SELECT incident_id FROM v003_dup_events)",
    "DELETE FROM events WHERE event_id IN (SELECT event_id FROM v003_dup_events)",
    # a new table rather than DELETE + CREATE UNIQUE INDEX: DuckDB still sees rows
    # deleted earlier in the same transaction when it builds a unique index
    ARTICLES.replace("CREATE TABLE articles", "CREATE TABLE articles_v2"),
    """
    INSERT INTO articles_v2
    SELECT * FROM articles WHERE article_id NOT IN (SELECT article_id FROM v003_dup_articles)
    """,
    "DROP TABLE articles",
    "ALTER TABLE articles_v2 RENAME TO articles",
    "DROP TABLE v003_dup_events",
    "DROP TABLE v003_dup_articles",
    "CREATE UNIQUE INDEX articles_hash_key ON articles (content_hash)",
    # NULLs are distinct in a unique index (both databases): articles without a URL coexist
    "CREATE UNIQUE INDEX articles_url_key ON articles (url)",
]

# The text of the searched columns; polybius.store.search builds its queries on the same
# expressions (the PostgreSQL index is used only when they match exactly).
_EVENT_TEXT = ("coalesce(actor_name, '') || ' ' || coalesce(recipient_name, '') || ' ' || "
               "coalesce(location_name, '') || ' ' || coalesce(evidence, '')")
_INCIDENT_TEXT = ("coalesce(actor_name, '') || ' ' || coalesce(recipient_name, '') || ' ' || "
                  "coalesce(location_name, '')")


def _terms(table: str, key: str, text: str) -> str:
    return f"""
    CREATE TABLE {table}_terms AS
    SELECT DISTINCT term, event_day, killed, status, background, {key} FROM (
        SELECT {key}, event_day, killed, status, background,
               unnest(regexp_split_to_array(lower({text}), '[^\\p{{L}}\\p{{N}}]+')) AS term
        FROM {table}) t
    WHERE term <> ''
    ORDER BY term, event_day DESC NULLS LAST, {key}
    """


DUCKDB = [
    _terms("events", "event_id", _EVENT_TEXT),
    _terms("incidents", "incident_id", _INCIDENT_TEXT),
]

POSTGRES = [
    f"CREATE INDEX events_search_idx ON events USING GIN (to_tsvector('simple', {_EVENT_TEXT}))",
    f"CREATE INDEX incidents_search_idx ON incidents USING GIN (to_tsvector('simple', {_INCIDENT_TEXT}))",
]
