"""The FastAPI application: ``create_app(store)`` wires the store, the settings, the
write token and the limits into one app; ``polybius serve`` runs it with uvicorn.

Nothing here is global: two apps over two stores can live in one process (tests do).
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi_offline import FastAPIOffline
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from polybius.api.query import CursorError, Reader
from polybius.api.record_cache import DEFAULT_CAPACITY
from polybius.api.routes import articles, events, live, meta
from polybius.settings import Settings
from polybius.store import Store

STATIC_DIR = Path(__file__).parent / "static"
MAX_BODY = 2 * 1024 * 1024


@dataclass
class ApiConfig:
    """What the server was started with. ``token`` None disables write endpoints;
    ``pipeline_lock`` is held while the pipeline runs and the result is written (one
    writer at a time, also with a watcher in the same process)."""
    token: str | None = None
    max_body: int = MAX_BODY
    settings: Settings = field(default_factory=Settings)
    pipeline_lock: threading.Lock = field(default_factory=threading.Lock)


class SafeJSONResponse(JSONResponse):
    """JSON in ASCII: an error that echoes what the client sent (a lone surrogate, a
    control character) still renders, so a bad request never becomes a 500."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def _plain(value: Any) -> Any:
    """Error details without the client's input (it may be huge or nested 1,000 deep)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in ("input", "url")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def _message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body"))
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "invalid request: " + "; ".join(parts)


def create_app(store: Store, *, token: str | None = None, max_body: int = MAX_BODY,
               settings: Settings | None = None,
               watch_status: Callable[[], dict[str, Any]] | None = None,
               write_lock: threading.Lock | None = None,
               record_cache: int = DEFAULT_CAPACITY) -> FastAPI:
    """An app serving ``store``; writes need ``Authorization: Bearer <token>``.
    ``record_cache``: how many records' encoded answers to keep (``record_cache``; 0:
    none).
    ``watch_status`` is the in-process watcher's status (``/watch``); ``write_lock``
    the lock a watcher in the same process holds while it writes, so the API's own
    writes take turns with it."""
    # Swagger UI and ReDoc from the assets fastapi-offline ships (no CDN: /docs works offline)
    app = FastAPIOffline(
        static_url="/docs-assets",
        title="polybius",
        summary="Political-violence events, incidents and their evidence, from news text.",
        description="Read endpoints are open; POST /articles needs a bearer token configured "
                    "on the server. Pages are cursor-based: pass `next_cursor` back as `cursor`.",
        version="1",
    )
    app.state.reader = Reader(store, record_cache)
    app.state.config = ApiConfig(token=token or None, max_body=max_body,
                                 settings=settings or Settings(),
                                 pipeline_lock=write_lock or threading.Lock())
    app.state.watch_status = watch_status

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_plain(e) for e in exc.errors()]
        return SafeJSONResponse({"detail": _message(errors), "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return SafeJSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(CursorError)
    async def _bad_cursor(request: Request, exc: CursorError) -> JSONResponse:
        return SafeJSONResponse({"detail": f"invalid request: cursor: {exc}"}, status_code=422)

    app.include_router(events.router)
    app.include_router(articles.router)
    app.include_router(meta.router)
    app.include_router(live.router)
    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
