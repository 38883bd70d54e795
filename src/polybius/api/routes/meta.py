"""/stats, /actors, /health and the dashboard page at /."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse

from polybius.api.encode import FastJSON
from polybius.api.schemas import ActorRow, ActorsQuery, StatsOut, StatsQuery
from polybius.resolve.countries import country_name

router = APIRouter()
INDEX = Path(__file__).resolve().parents[1] / "static" / "index.html"


@router.get("/stats", response_model=StatsOut, tags=["stats"])
def stats(request: Request, params: Annotated[StatsQuery, Query()]) -> Any:
    """Counts (and summed killed) grouped by day, month, year, country, type, mode or status."""
    rows = request.app.state.reader.stats(params, params.by, params.what)
    named = params.by == "country"
    return FastJSON({"by": params.by, "what": params.what,
                     "rows": [{"key": r["key"], "n": int(r["n"]), "killed": int(r["killed"] or 0),
                               "name": country_name(r["key"]) if named and r["key"] else None}
                              for r in rows]})


@router.get("/actors", response_model=list[ActorRow], tags=["stats"])
def actors(request: Request, params: Annotated[ActorsQuery, Query()]) -> Any:
    """Actor and recipient names of matching events with their event counts, most frequent first."""
    rows = request.app.state.reader.actors(params, params.role, params.limit)
    return FastJSON([{"name": r["name"], "role": r["role"], "n": int(r["n"])} for r in rows])


@router.get("/health", tags=["meta"])
def health(request: Request) -> dict[str, Any]:
    reader = request.app.state.reader
    with reader.lock:
        counts = reader.store.counts()
    return {"ok": True, "counts": counts, "writes": bool(request.app.state.config.token)}


@router.get("/", include_in_schema=False)
def dashboard() -> Any:
    if not INDEX.exists():
        return HTMLResponse("<h1>polybius</h1><p>The dashboard is not built: run "
                            "<code>npm ci && npm run build</code> in frontend/. "
                            "The API is at <a href='docs'>/docs</a>.</p>")
    return FileResponse(INDEX, media_type="text/html")
