"""Word search over events and incidents (the API's ``q``) through an index, not a scan.

``q`` matches a record when every word of ``q`` begins a word of its actor, recipient,
place or (events only) evidence sentence: ``kab`` finds Kabul, ``boko haram`` finds
"Boko Haram militants". Words are runs of letters and digits, compared in lower case.

* PostgreSQL: a GIN index on ``to_tsvector('simple', <text>)``, queried with prefix
  terms (``kab:* & haram:*``).
* DuckDB: its full-text extension is not in the wheel and nothing is downloaded at run
  time, so the store keeps its own inverted index: ``events_terms(term, event_day,
  killed, status, background, event_id)`` and ``incidents_terms(...)`` alike, one row
  per distinct word of a record, written with the record and built sorted by term, so a
  word prefix reads a few row groups (zone maps) instead of the whole table. The other
  columns make it a covering index for the dashboard's searches (a page and the
  timeline, filtered by ``q``, ``status`` and ``background`` only): joining a million
  events back by their text ids costs more than a scan.

A ``q`` without any word ("%", "--") falls back to a case-insensitive substring scan.
"""
from __future__ import annotations

import re
from typing import Any

from polybius.store.base import like

EVENT_COLUMNS = ("actor_name", "recipient_name", "location_name", "evidence")
INCIDENT_COLUMNS = ("actor_name", "recipient_name", "location_name")
_WORD = re.compile(r"[^\W_]+")
COVERED = "event_day, killed, status, background"  # DuckDB term tables' other columns
MAX_WORDS = 8  # more words than this only narrow further: the first 8 are used


def text_expr(table: str) -> str:
    """The searched text of a row: its columns joined by spaces (also the expression
    PostgreSQL's index is built on, so it must stay byte-identical)."""
    cols = EVENT_COLUMNS if table == "events" else INCIDENT_COLUMNS
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in cols)


def words(q: str) -> list[str]:
    """The distinct lower-case words of ``q``, in order."""
    return list(dict.fromkeys(_WORD.findall(q.lower())))[:MAX_WORDS]


def _key(table: str) -> str:
    return "event_id" if table == "events" else "incident_id"


def term_rows_sql(table: str, where: str = "") -> str:
    """SELECT of (term, event_day, key) for the rows of ``table`` matching ``where``
    (DuckDB: the regex splits on anything but Unicode letters and digits)."""
    key = _key(table)
    return (f"SELECT DISTINCT term, {COVERED}, {key} FROM "
            f"(SELECT {key}, {COVERED}, unnest(regexp_split_to_array(lower({text_expr(table)}), "
            f"'[^\\p{{L}}\\p{{N}}]+')) AS term FROM {table}{where}) t WHERE term <> ''")


def matching_keys_sql(table: str, found: list[str]) -> tuple[str, list[Any]]:
    """DuckDB: SELECT of (covered columns, key) of the rows holding every word in
    ``found``."""
    key = _key(table)
    one = f"SELECT {COVERED}, {key} FROM {table}_terms WHERE starts_with(term, ?)"
    return " INTERSECT ".join([one] * len(found)), list(found)


def condition(dialect: str, table: str, q: str) -> tuple[str, list[Any]]:
    """A WHERE condition (``?`` placeholders) keeping the rows of ``table`` that ``q``
    matches."""
    found = words(q)
    if not found:
        return f"({text_expr(table)}) ILIKE ? ESCAPE '\\'", [like(q)]
    if dialect == "postgres":
        query = " & ".join(f"{w}:*" for w in found)  # words are letters/digits: no syntax
        return f"to_tsvector('simple', {text_expr(table)}) @@ to_tsquery('simple', ?)", [query]
    sql, params = matching_keys_sql(table, found)
    key = _key(table)
    return f"{key} IN (SELECT {key} FROM ({sql}) m)", params
