"""Version 1: articles, events (flat columns + full JSON record), actors, places,
incidents, errors and runs.

The SQL is the subset DuckDB and PostgreSQL share, so one text serves both. Spatial
types are not used (DuckDB's spatial extension cannot be installed offline): lat/lon are
plain DOUBLE PRECISION columns. Full records are kept as JSON text in ``record`` so no
field of the contract is ever lost to the flat columns.
"""

DESCRIPTION = "initial schema"

STATEMENTS = [
    """
    CREATE TABLE articles (
        article_id     TEXT PRIMARY KEY,
        url            TEXT,
        title          TEXT,
        source         TEXT,
        author         TEXT,
        published      TEXT,
        published_from TEXT,
        language       TEXT,
        content_hash   TEXT NOT NULL,
        text           TEXT,
        n_chars        INTEGER,
        n_events       INTEGER,
        origin         TEXT,
        encoding       TEXT,
        run_id         TEXT,
        ingested_at    TIMESTAMP
    )
    """,
    "CREATE INDEX articles_hash_idx ON articles (content_hash)",
    "CREATE INDEX articles_url_idx ON articles (url)",
    """
    CREATE TABLE events (
        event_id           TEXT PRIMARY KEY,
        article_id         TEXT NOT NULL,
        incident_id        TEXT,
        event_type         TEXT NOT NULL,
        mode               TEXT,
        status             TEXT,
        background         BOOLEAN,
        context            TEXT,
        date_text          TEXT,
        date_value         TEXT,
        date_precision     TEXT,
        event_day          TEXT,
        published          TEXT,
        source             TEXT,
        country            TEXT,
        admin1             TEXT,
        location_name      TEXT,
        location_precision TEXT,
        lat                DOUBLE PRECISION,
        lon                DOUBLE PRECISION,
        actor_name         TEXT,
        actor_text         TEXT,
        recipient_name     TEXT,
        recipient_text     TEXT,
        killed             INTEGER,
        injured            INTEGER,
        arrested           INTEGER,
        evidence           TEXT,
        confidence         DOUBLE PRECISION,
        record             TEXT NOT NULL
    )
    """,
    "CREATE INDEX events_article_idx ON events (article_id)",
    "CREATE INDEX events_day_idx ON events (event_day)",
    """
    CREATE TABLE actors (
        event_id    TEXT NOT NULL,
        role        TEXT NOT NULL,
        text        TEXT,
        name        TEXT,
        wikidata_id TEXT,
        country     TEXT,
        kind        TEXT,
        PRIMARY KEY (event_id, role)
    )
    """,
    """
    CREATE TABLE places (
        event_id    TEXT PRIMARY KEY,
        text        TEXT,
        name        TEXT,
        admin1      TEXT,
        country     TEXT,
        lat         DOUBLE PRECISION,
        lon         DOUBLE PRECISION,
        geonames_id BIGINT,
        precision   TEXT,
        reason      TEXT
    )
    """,
    """
    CREATE TABLE incidents (
        incident_id    TEXT PRIMARY KEY,
        event_type     TEXT NOT NULL,
        mode           TEXT,
        status         TEXT,
        background     BOOLEAN,
        date_value     TEXT,
        date_precision TEXT,
        event_day      TEXT,
        country        TEXT,
        admin1         TEXT,
        location_name  TEXT,
        lat            DOUBLE PRECISION,
        lon            DOUBLE PRECISION,
        actor_name     TEXT,
        recipient_name TEXT,
        killed         INTEGER,
        injured        INTEGER,
        arrested       INTEGER,
        n_articles     INTEGER,
        n_sources      INTEGER,
        first_reported TEXT,
        record         TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE errors (
        error_id   TEXT PRIMARY KEY,
        run_id     TEXT,
        origin     TEXT,
        line       INTEGER,
        kind       TEXT NOT NULL,
        reason     TEXT NOT NULL,
        created_at TIMESTAMP
    )
    """,
    """
    CREATE TABLE runs (
        run_id      TEXT PRIMARY KEY,
        started_at  TIMESTAMP,
        finished_at TIMESTAMP,
        inputs      TEXT,
        articles    INTEGER,
        events      INTEGER,
        errors      INTEGER,
        status      TEXT
    )
    """,
]
