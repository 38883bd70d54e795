"""/changes (what was stored since a time: the dashboard's "N new" marker) and /watch
(the sources ``polybius watch`` polls, their last poll and errors, and alerts)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

router = APIRouter(tags=["live"])


class ChangesQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: datetime | None = Field(None, description="The `latest` of a previous answer (ISO time, UTC).")

    @field_validator("since")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is not None:  # stored times are naive UTC
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value


class ChangesOut(BaseModel):
    since: datetime | None
    latest: datetime | None
    articles: int
    events: int
    incidents: int


@router.get("/changes", response_model=ChangesOut)
def changes(request: Request, params: Annotated[ChangesQuery, Query()]) -> Any:
    """Articles stored after `since`, their events and the incidents they joined; pass
    `latest` back as `since` next time. Cheap: one count over the articles table."""
    return request.app.state.reader.changes(params.since)


@router.get("/watch")
def watch(request: Request) -> dict[str, Any]:
    """The watcher's status when this server runs inside `polybius watch --serve`
    (`watching: true`: sources, last and next poll, errors, alert rules and recent
    alerts); otherwise what the store remembers of earlier watches."""
    status = getattr(request.app.state, "watch_status", None)
    if status is not None:
        return status()
    return {"watching": False, "every": None, "cycles": 0, "last_cycle": None,
            "sources": request.app.state.reader.watch_sources(), "rules": [], "alerts": []}
