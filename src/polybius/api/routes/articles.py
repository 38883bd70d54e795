"""/articles/{id} (the text and its events, for evidence highlighting) and POST
/articles (run the pipeline on one article and store the result; token required)."""
from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from polybius.api.auth import read_capped, require_token
from polybius.api.schemas import ArticleIn, ArticleOut, StoredOut
from polybius.pipeline import get_pipeline
from polybius.fuse.stored import fuse_store
from polybius.ingest.article import build_article, distinct_id
from polybius.ingest.process import process_batch
from polybius.records import Article, Event

router = APIRouter(tags=["articles"])
_FORM_FIELDS = ("id", "published", "url", "title", "source")


@router.get("/articles/{article_id:path}", response_model=ArticleOut)
def get_article(request: Request, article_id: str) -> Any:
    """The stored article (with its text) and the events found in it; each event's
    `evidence.start`/`end` are character offsets into `text`."""
    reader = request.app.state.reader
    art = reader.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return {"article": art, "events": [e.to_dict() for e in reader.article_events(article_id)]}


async def _parse(request: Request, body: bytes) -> ArticleIn:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if ctype == "multipart/form-data":
            return await _from_form(request, body)
        if ctype not in ("application/json", ""):
            raise HTTPException(415, "send application/json or multipart/form-data (field 'file')")
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RequestValidationError([{"loc": ("body",), "msg": f"body is not JSON: {exc}",
                                           "type": "json_invalid"}]) from exc
        except RecursionError as exc:
            raise RequestValidationError([{"loc": ("body",), "msg": "body is JSON nested too deeply",
                                           "type": "json_invalid"}]) from exc
        return ArticleIn.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from exc


async def _from_form(request: Request, body: bytes) -> ArticleIn:
    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(request.scope, replay).form(max_files=1, max_fields=20)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise RequestValidationError([{"loc": ("body", "file"), "msg": "multipart upload needs a 'file' field",
                                       "type": "missing"}])
    raw = await upload.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RequestValidationError([{"loc": ("body", "file"), "msg": "file is not UTF-8 text",
                                       "type": "unicode"}]) from exc
    if (upload.filename or "").lower().endswith(".json"):
        try:
            return ArticleIn.model_validate(json.loads(text))
        except (json.JSONDecodeError, RecursionError) as exc:
            raise RequestValidationError([{"loc": ("body", "file"), "msg": f"file is not JSON: {exc}",
                                           "type": "json_invalid"}]) from exc
    fields = {k: form.get(k) for k in _FORM_FIELDS if isinstance(form.get(k), str) and form.get(k)}
    return ArticleIn.model_validate({**fields, "text": text})


def _fresh_id(request: Request, article: Article) -> str | None:
    """Give the article a derived id when another stored text holds its id (the same
    rule as ``polybius ingest``); returns a note saying so."""
    reader = request.app.state.reader
    with reader.lock:
        known = reader.store.known_articles([article.id], [article.content_hash],
                                            [article.url] if article.url else [])
    if article.id not in known or article.content_hash in known or (article.url and article.url in known):
        return None
    old, article.id = article.id, distinct_id(article)
    return f"id {old!r} is already used by another text; stored as {article.id!r}"


def _run(request: Request, article: Article) -> tuple[list[Event], dict[str, int]]:
    config = request.app.state.config
    with config.pipeline_lock:  # one writer at a time (a watcher in this process too)
        (outcome,) = process_batch(get_pipeline(config.settings), [article])  # ingest's checks
        if isinstance(outcome, tuple):
            kind, reason = outcome
            raise HTTPException(422, f"invalid request: text: {kind}: {reason}")
        events = outcome
        reader = request.app.state.reader
        with reader.lock:
            counts = reader.store.add_articles_with_events([(article, events)],
                                                           extras={article.id: {"origin": "api"}})
            if counts.get("articles", 0):  # new reports join (or start) incidents
                fuse_store(reader.store, config.settings)
                by_id = {e.event_id: e for e in reader.store.events(limit=None, article_id=article.id)}
                for ev in events:
                    ev.incident_id = by_id[ev.event_id].incident_id if ev.event_id in by_id else None
    return events, counts


@router.post("/articles", response_model=StoredOut, status_code=201,
             dependencies=[Depends(require_token)],
             responses={200: {"description": "Already stored (same id, text or URL)"},
                        401: {"description": "No bearer token"}, 403: {"description": "Wrong token, or writes disabled"},
                        413: {"description": "Body over the size limit"}})
async def post_article(request: Request) -> Any:
    """Run the pipeline on one article (JSON body, or a multipart `file` upload: plain
    text with optional form fields id/title/url/published/source, or a `.json` file with
    the JSON body) and store the article with its events."""
    body = await read_capped(request, request.app.state.config.max_body)
    given = await _parse(request, body)
    article = build_article(given.text, given_id=given.id, url=given.url, title=given.title,
                            source=given.source, published=given.published)
    note = await run_in_threadpool(_fresh_id, request, article)
    events, counts = await run_in_threadpool(_run, request, article)
    stored = counts.get("articles", 0) > 0
    payload = {"article_id": article.id, "stored": stored, "n_events": len(events),
               "events": [e.to_dict() for e in events], "note": note}
    return JSONResponse(payload, status_code=201 if stored else 200)
