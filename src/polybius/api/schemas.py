"""Pydantic models for the HTTP API: the query parameters every read endpoint shares,
the write body, and the response envelopes (so /docs shows real shapes).

Validation lives here so a bad parameter becomes one 422 with a message that names the
parameter, before any SQL is built.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from polybius.ingest.checks import surrogate_problem, text_problem
from polybius.records import EVENT_TYPES, STATUSES

MAX_LIMIT = 500
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _clean_string(value: Any) -> Any:
    """Refuse strings no store can hold: lone surrogates, NUL characters."""
    if isinstance(value, str):
        why = surrogate_problem(value)
        if why:
            raise ValueError(why)
        if "\x00" in value:
            raise ValueError("holds a NUL character (binary data, not text)")
    return value


def _iso_day(value: str | None, name: str) -> str | None:
    """'2025', '2025-03' or '2025-03-14' -> a checked ISO day: the first day of the
    period, its last for ``until``."""
    if value is None or value == "":
        return None
    if not _DAY.match(value):
        raise ValueError(f"must be an ISO date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")
    parts = value.split("-")
    if name == "until":  # a month or year runs to its last day
        month = int(parts[1]) if len(parts) > 1 else 12
        last = calendar.monthrange(int(parts[0]), month)[1] if 1 <= month <= 12 else 31
        parts += [f"{month:02d}", str(last)][len(parts) - 1:]
    parts += ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from exc


class Filters(BaseModel):
    """Filters shared by /events, /incidents, /stats and /actors."""
    model_config = ConfigDict(extra="forbid")

    since: str | None = Field(None, description="On or after this ISO day (event date, else publication date).")
    until: str | None = Field(None, description="On or before this ISO day.")
    country: str | None = Field(None, min_length=3, max_length=3, pattern=r"^[A-Za-z]{3}$",
                                description="ISO 3166 alpha-3 country of the event location.")
    admin1: str | None = Field(None, max_length=100, description="First-level region name, exact.")
    type: str | None = Field(None, description="PLOVER event type, e.g. ASSAULT.")
    mode: str | None = Field(None, max_length=50, description="Mode within the type, e.g. explosives.")
    status: str | None = Field(None, description="occurred, planned, thwarted, alleged or denied.")
    actor: str | None = Field(None, max_length=100, description="Substring of the actor's name or text.")
    recipient: str | None = Field(None, max_length=100, description="Substring of the recipient's name or text.")
    q: str | None = Field(None, max_length=200,
                          description="Case-insensitive substring of evidence, actor, recipient or place.")
    bbox: str | None = Field(None, description="minlon,minlat,maxlon,maxlat (WGS84 degrees).")
    min_killed: int | None = Field(None, ge=0, le=10_000_000, description="At least this many killed.")
    background: bool | None = Field(None, description="true: only background history the articles "
                                    "recall; false: only the news they report.")
    incident_id: str | None = Field(None, max_length=100, description="Events of one incident.")
    article_id: str | None = Field(None, max_length=200,
                                   description="Events of one article (incidents: those it reports).")

    @field_validator("*", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        return _clean_string(value)

    @field_validator("since", "until")
    @classmethod
    def _day(cls, value: str | None, info: Any) -> str | None:
        return _iso_day(value, info.field_name)

    @field_validator("type")
    @classmethod
    def _type(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if value.upper() not in EVENT_TYPES:
            raise ValueError(f"type must be one of {', '.join(EVENT_TYPES)}, got {value!r}")
        return value.upper()

    @field_validator("status")
    @classmethod
    def _status(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if value.lower() not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, got {value!r}")
        return value.lower()

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return value.upper() if value else None

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        box = parse_bbox(value)
        return ",".join(repr(v) for v in box)

    @model_validator(mode="after")
    def _range(self) -> "Filters":
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self

    def box(self) -> tuple[float, float, float, float] | None:
        return parse_bbox(self.bbox) if self.bbox else None


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    try:
        parts = [float(p) for p in value.split(",")]
    except ValueError as exc:
        raise ValueError(f"bbox must be four numbers minlon,minlat,maxlon,maxlat, got {value!r}") from exc
    if len(parts) != 4:
        raise ValueError(f"bbox must be four numbers minlon,minlat,maxlon,maxlat, got {value!r}")
    minlon, minlat, maxlon, maxlat = parts
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise ValueError("bbox out of range: lon in [-180, 180], lat in [-90, 90], minlat <= maxlat")
    if minlon > maxlon:
        raise ValueError("bbox minlon > maxlon (boxes across the antimeridian are not supported)")
    return minlon, minlat, maxlon, maxlat


class Page(BaseModel):
    """Cursor paging: pass ``next_cursor`` of one answer as ``cursor`` of the next."""
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(100, ge=1, le=MAX_LIMIT, description=f"Rows per page (1..{MAX_LIMIT}).")
    cursor: str | None = Field(None, max_length=1000, description="Opaque cursor from next_cursor.")
    format: Literal["json", "geojson"] = Field("json", description="geojson: a FeatureCollection.")


class EventQuery(Filters, Page):
    pass


class StatsQuery(Filters):
    by: Literal["day", "month", "year", "country", "type", "mode", "status"] = "day"
    what: Literal["events", "incidents"] = "events"


class ActorsQuery(Filters):
    role: Literal["actor", "recipient", "any"] = "any"
    limit: int = Field(100, ge=1, le=MAX_LIMIT)


class ArticleIn(BaseModel):
    """An article to run through the pipeline and store (POST /articles)."""
    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[\w.:/@+-]+$")
    text: str = Field(..., min_length=1, description="Plain article text.")
    published: str | None = Field(None, description="Publication date, ISO.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200)

    @field_validator("*", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        return _clean_string(value)

    @field_validator("published")
    @classmethod
    def _published(cls, value: str | None) -> str | None:
        if value:
            _iso_day(value[:10], "published")
        return value or None

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        """The checks every reader applies (``polybius.ingest.checks``), kind first."""
        if not value.strip():
            raise ValueError("text is empty")
        problem = text_problem(value)
        if problem:
            raise ValueError(f"{problem[0]}: {problem[1]}")
        return value


class EventPage(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None
    limit: int


class StatRow(BaseModel):
    key: str | None
    n: int
    killed: int
    name: str | None = None   # by=country: the country's name


class StatsOut(BaseModel):
    by: str
    what: str
    rows: list[StatRow]


class ActorRow(BaseModel):
    name: str
    role: str
    n: int


class ArticleOut(BaseModel):
    article: dict[str, Any]
    events: list[dict[str, Any]]


class IncidentOut(BaseModel):
    incident: dict[str, Any]
    events: list[dict[str, Any]]
    mentions: list[dict[str, Any]] = []     # background mentions attached after clustering


class StoredOut(BaseModel):
    article_id: str
    stored: bool
    n_events: int
    events: list[dict[str, Any]]
    note: str | None = None
