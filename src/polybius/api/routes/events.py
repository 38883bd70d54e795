"""/events and /incidents: filtered, cursor-paged, JSON or GeoJSON."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from polybius.api import geojson
from polybius.api.encode import FastGeoJSON, FastJSON, encoded
from polybius.api.query import Reader
from polybius.api.schemas import EventPage, EventQuery, IncidentOut

router = APIRouter(tags=["events"])
GEOJSON = "application/geo+json"


def wants_geojson(request: Request, fmt: str) -> bool:
    return fmt == "geojson" or GEOJSON in request.headers.get("accept", "")


def _reader(request: Request) -> Reader:
    return request.app.state.reader


@router.get("/events", response_model=EventPage,
            responses={200: {"content": {GEOJSON: {}}, "description": "A page of events"}})
def list_events(request: Request, params: Annotated[EventQuery, Query()]) -> Any:
    """Events newest first. Every filter narrows; `next_cursor` is null on the last page."""
    return _page(request, params, incidents=False)


@router.get("/incidents", response_model=EventPage,
            responses={200: {"content": {GEOJSON: {}}, "description": "A page of incidents"}})
def list_incidents(request: Request, params: Annotated[EventQuery, Query()]) -> Any:
    """Incidents (events fused across articles) newest first; `q` searches actor,
    recipient and place; `article_id` keeps incidents reported by that article."""
    return _page(request, params, incidents=True)


def _page(request: Request, params: EventQuery, incidents: bool) -> Any:
    """A page as JSON or a GeoJSON FeatureCollection, from the records' encoded bytes."""
    as_geojson = wants_geojson(request, params.format)
    rows, nxt = _reader(request).encoded_page(params, params.limit, params.cursor,
                                              incidents=incidents, as_geojson=as_geojson)
    if as_geojson:
        return FastGeoJSON(geojson.collection(encoded(rows), nxt))
    return FastJSON({"items": encoded(rows), "next_cursor": nxt, "limit": params.limit})


@router.get("/incidents/{incident_id}", response_model=IncidentOut)
def get_incident(request: Request, incident_id: str) -> Any:
    """One incident with its member events (each names its source article) and the
    background mentions of it in later articles that fusion did not link (``mentions``;
    the incident's ``mentions_in_later_articles`` lists every mention)."""
    reader = _reader(request)
    inc = reader.incident(incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    attached = [m.event_id for m in inc.mentions_in_later_articles if not m.linked]
    return FastJSON({"incident": inc, "events": reader.events_by_ids(inc.event_ids),
                     "mentions": reader.events_by_ids(attached) if attached else []})
