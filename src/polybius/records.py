"""The typed records of ``EVENT_SCHEMA.md``: the one contract every stage speaks.

Plain dataclasses (fast to build in the hot extraction loop) with ``to_dict`` /
``from_dict`` for JSON. This module imports nothing else of polybius.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from typing import Any

EVENT_TYPES = (
    "ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "ACCUSE", "REJECT",
    "COOPERATE", "AID", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT", "REQUEST",
)
STATUSES = ("occurred", "planned", "thwarted", "alleged", "denied")
ACTOR_KINDS = ("state", "security_forces", "armed_group", "civilians", "political",
               "international", "unknown")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to")
DATE_PRECISIONS = ("day", "week", "month", "year")
DATE_BASES = ("text", "main", "statement", "published")
PLACE_PRECISIONS = ("point", "city", "admin2", "admin1", "country", "region")
# most specific first: which of two places says more exactly where something happened
PLACE_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
COUNT_ROLES = ("killed", "injured", "arrested")
# ASSAULT modes of strikes from the air: a state's arms unless the text names a group,
# and no attackers on the ground to answer
AIR_MODES = ("aerial", "drone")


class _Record:
    """Shared JSON round-trip for the records below."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None):
        if data is None:
            return None
        names = _field_names(cls)
        return cls(**{k: v for k, v in data.items() if k in names})


@cache
def _field_names(cls: type) -> frozenset[str]:
    """A record class's field names (``fields()`` costs more than the whole build of a
    small record: the API reads 500 events per page)."""
    return frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]


@dataclass
class Article(_Record):
    """One news article as read by ``ingest``.

    ``published_from`` says where ``published`` came from: ``metadata`` (given with the
    article), ``dateline`` (found in the text) or None when unknown. A page with no
    ``published`` may head its text with a date that has no year ("Friday, June 7"):
    ``page_monthday`` holds it as an ISO 8601 month-day ("--06-07") and ``page_weekday``
    the weekday it names ("Friday"); no year is guessed.
    """
    id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    language: str | None = None
    published_from: str | None = None
    page_monthday: str | None = None
    page_weekday: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    def ref(self) -> "ArticleRef":
        """What each of its events carries of it."""
        return ArticleRef(id=self.id, url=self.url, title=self.title, source=self.source,
                          published=self.published, published_from=self.published_from,
                          page_monthday=self.page_monthday, page_weekday=self.page_weekday)


@dataclass
class ArticleRef(_Record):
    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    published_from: str | None = None
    page_monthday: str | None = None    # "--06-07": the page's date with no year (Article)
    page_weekday: str | None = None


@dataclass
class Actor(_Record):
    text: str
    name: str | None = None
    id: str | None = None
    country: str | None = None
    kind: str | None = None


@dataclass
class DateValue(_Record):
    """When it happened. ``basis`` says where the value came from: ``text`` (the
    article states it), ``main`` (the main happening's day), ``statement`` (the day its
    sentence says the news was reported) or ``published`` (no date in the text: the
    article's publication day stands in, see ``news_date``)."""
    text: str | None
    value: str | None = None
    precision: str | None = None
    basis: str | None = None


@dataclass
class Place(_Record):
    text: str | None
    name: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str | None = None
    reason: str | None = None


@dataclass
class Count(_Record):
    value: int
    qualifier: str = "exact"
    text: str | None = None


@dataclass
class Counts(_Record):
    killed: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None

    @classmethod
    def from_dict(cls, data):
        if data is None:
            return cls()
        return cls(**{r: Count.from_dict(data.get(r)) for r in COUNT_ROLES})


@dataclass
class SourceClaim(_Record):
    by: str
    text: str


@dataclass
class Evidence(_Record):
    sentence: str
    start: int
    end: int


@dataclass
class Event(_Record):
    """One event reported by one article (see EVENT_SCHEMA.md)."""
    event_id: str
    article: ArticleRef
    event_type: str
    mode: str
    evidence: Evidence
    context: list[str] = field(default_factory=list)
    status: str = "occurred"
    background: bool = False
    actor: Actor | None = None
    recipient: Actor | None = None
    date: DateValue | None = None
    location: Place | None = None
    counts: Counts = field(default_factory=Counts)
    source_claim: SourceClaim | None = None
    confidence: float = 0.5
    trigger: str | None = None
    incident_id: str | None = None
    mentions: list[Evidence] = field(default_factory=list)   # every sentence telling it, lead first

    @staticmethod
    def make_id(article_id: str, start: int, end: int, trigger_start: int | None = None) -> str:
        """Stable id: the article and the evidence span (plus the trigger offset so that
        several events of one sentence get distinct ids)."""
        key = f"{article_id}:{start}:{end}" + ("" if trigger_start is None else f":{trigger_start}")
        return hashlib.sha1(key.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        return cls(
            event_id=data["event_id"],
            article=ArticleRef.from_dict(data["article"]),
            event_type=data["event_type"],
            mode=data["mode"],
            evidence=Evidence.from_dict(data["evidence"]),
            context=list(data.get("context") or []),
            status=data.get("status", "occurred"),
            background=bool(data.get("background", False)),
            actor=Actor.from_dict(data.get("actor")),
            recipient=Actor.from_dict(data.get("recipient")),
            date=DateValue.from_dict(data.get("date")),
            location=Place.from_dict(data.get("location")),
            counts=Counts.from_dict(data.get("counts")),
            source_claim=SourceClaim.from_dict(data.get("source_claim")),
            confidence=float(data.get("confidence", 0.5)),
            trigger=data.get("trigger"),
            incident_id=data.get("incident_id"),
            mentions=[Evidence.from_dict(m) for m in data.get("mentions") or ()],
        )


@dataclass
class IncidentCount(_Record):
    value: int
    low: int
    high: int
    qualifier: str = "exact"


@dataclass
class CountReported(_Record):
    """One figure in an incident's ``counts_history``: the first report that gave it
    (publication day, outlet, event) and the last day any report repeated it."""
    value: int
    qualifier: str = "exact"
    first_reported: str | None = None   # publication day; None: only undated reports
    last_reported: str | None = None
    source: str | None = None           # outlet of the first report
    event_id: str | None = None


@dataclass
class IncidentOutlet(_Record):
    """An outlet that reported an incident. ``same_story_as`` names the outlet whose
    story this one republished (a wire copy; None for an independent report), so
    ``n_sources`` is the number of outlets with ``same_story_as`` None."""
    source: str                         # article ``source``; URL host when it gives none
    article_ids: list[str] = field(default_factory=list)
    first_reported: str | None = None
    same_story_as: str | None = None


@dataclass
class IncidentMention(_Record):
    """A background mention of an incident in a later article ("since the 2019 stadium
    bombing"). ``linked``: fusion linked the event (it is among ``event_ids``); else it
    was attached after clustering. Neither changes counts, date or sources."""
    event_id: str
    article_id: str
    source: str | None = None
    published: str | None = None
    linked: bool = False


@dataclass
class Incident(_Record):
    """Events from many articles about one real-world happening."""
    incident_id: str
    event_type: str
    mode: str
    status: str
    date: DateValue | None = None
    location: Place | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    counts: dict[str, IncidentCount | None] = field(default_factory=dict)
    n_articles: int = 0
    n_sources: int = 0
    first_reported: str | None = None
    event_ids: list[str] = field(default_factory=list)
    background: bool = False
    counts_history: dict[str, list[CountReported]] = field(default_factory=dict)
    outlets: list[IncidentOutlet] = field(default_factory=list)
    mentions_in_later_articles: list[IncidentMention] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Incident":
        return cls(
            incident_id=data["incident_id"],
            event_type=data["event_type"],
            mode=data["mode"],
            status=data["status"],
            date=DateValue.from_dict(data.get("date")),
            location=Place.from_dict(data.get("location")),
            actor=Actor.from_dict(data.get("actor")),
            recipient=Actor.from_dict(data.get("recipient")),
            counts={k: IncidentCount.from_dict(v) for k, v in (data.get("counts") or {}).items()},
            n_articles=int(data.get("n_articles", 0)),
            n_sources=int(data.get("n_sources", 0)),
            first_reported=data.get("first_reported"),
            event_ids=list(data.get("event_ids") or []),
            background=bool(data.get("background", False)),
            counts_history={k: [CountReported.from_dict(e) for e in v]
                            for k, v in (data.get("counts_history") or {}).items() if v},
            outlets=[IncidentOutlet.from_dict(o) for o in data.get("outlets") or ()],
            mentions_in_later_articles=[IncidentMention.from_dict(m) for m in
                                        data.get("mentions_in_later_articles") or ()],
        )


def news_date(event: Event) -> DateValue | None:
    """The one date rule every output uses (docs/schema.md, "Dates").

    A date the text gives is kept (``basis: text``), and so is the day the text gives the
    article's main happening, lent to its other news (``basis: main``, set by assembly). A news event without one is dated by
    its article's publication day (``basis: published``): the article's lead happening at
    ``day`` precision (it is the news of that day), any other news event at ``week``
    precision (it happened on or in the days before publication). Background events keep
    their own date or none: history is not dated by the article that recalls it.
    """
    date = event.date
    if date is not None and date.value:
        if date.basis:
            return date
        return replace(date, basis="text" if date.text else "published")
    published = event.article.published if event.article else None
    if event.background or not published:
        return date
    return DateValue(text=None, value=published[:10], precision="week", basis="published")


def with_news_date(event: Event) -> Event:
    """``event`` with its date set by ``news_date`` (a copy when it changes)."""
    date = news_date(event)
    return event if date is event.date else replace(event, date=date)


def incident_date(incident: Incident) -> DateValue | None:
    """``news_date`` for an incident: its reports' date, else (news only) the day it was
    first reported, at week precision."""
    date = incident.date
    if date is not None and date.value:
        return date if date.basis else replace(date, basis="text" if date.text else "published")
    if incident.background or not incident.first_reported:
        return date
    return DateValue(text=None, value=incident.first_reported[:10], precision="week", basis="published")
