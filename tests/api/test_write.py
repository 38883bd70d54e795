"""POST /articles: token rules, body limits, validation, and real pipeline runs."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient

from polybius.api import create_app
from polybius.ingest.article import build_article

AUTH = {"Authorization": "Bearer s3cret"}
TEXT = ("Suicide bombers killed 23 people at a crowded bus station in Maiduguri on Friday, "
        "police said. Soldiers later arrested five men in a nearby village.")


def test_writes_disabled_without_server_token(client):
    resp = client.post("/articles", json={"text": TEXT}, headers=AUTH)
    assert resp.status_code == 403
    assert "disabled" in resp.json()["detail"]


def test_missing_token_401_wrong_token_403(write_app):
    c = write_app()
    resp = c.post("/articles", json={"text": TEXT})
    assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
    assert c.post("/articles", json={"text": TEXT}, headers={"Authorization": "Basic s3cret"}).status_code == 401
    assert c.post("/articles", json={"text": TEXT}, headers={"Authorization": "Bearer wrong"}).status_code == 403


def test_oversize_body_413(write_app):
    c = write_app(max_body=1000)
    resp = c.post("/articles", json={"text": "x" * 2000}, headers=AUTH)
    assert resp.status_code == 413 and "1000" in resp.json()["detail"]
    big = write_app()  # the default limit is 2 MB
    resp = big.post("/articles", content=json.dumps({"text": "y" * (2 * 1024 * 1024 + 10)}),
                    headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413


def test_oversize_without_content_length_413(write_app):
    c = write_app(max_body=1000)

    def chunks():
        for _ in range(5):
            yield b"z" * 400

    resp = c.post("/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413


def test_invalid_bodies_422(write_app):
    c = write_app()
    for body, name in (({"text": "   "}, "text"), ({"title": "no text"}, "text"),
                       ({"text": "ok", "colour": "red"}, "colour"),
                       ({"text": "ok", "published": "last week"}, "published"),
                       ({"text": "ok", "id": "has space"}, "id")):
        resp = c.post("/articles", json=body, headers=AUTH)
        assert resp.status_code == 422, body
        assert name in resp.json()["detail"]
    resp = c.post("/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 422 and "JSON" in resp.json()["detail"]
    resp = c.post("/articles", content=b"text", headers={**AUTH, "Content-Type": "text/plain"})
    assert resp.status_code == 415


def test_post_json_runs_pipeline_and_stores(write_app, pipeline):
    c = write_app()
    resp = c.post("/articles", headers=AUTH, json={"id": "maiduguri-1", "text": TEXT,
                                                  "published": "2025-02-08", "source": "Test Wire"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["article_id"] == "maiduguri-1" and body["stored"] is True
    assert body["n_events"] >= 1
    assert "ASSAULT" in {e["event_type"] for e in body["events"]}
    stored = c.get("/articles/maiduguri-1").json()
    assert stored["article"]["text"] == TEXT and stored["article"]["source"] == "Test Wire"
    assert len(stored["events"]) == body["n_events"]
    assert len(c.get("/events?article_id=maiduguri-1").json()["items"]) == body["n_events"]
    again = c.post("/articles", headers=AUTH, json={"id": "maiduguri-1", "text": TEXT})
    assert again.status_code == 200 and again.json()["stored"] is False


def test_post_file_upload(write_app, pipeline):
    c = write_app()
    text = "Rebels shelled a market in Goma on Tuesday, killing four civilians."
    resp = c.post("/articles", headers=AUTH, files={"file": ("goma.txt", text.encode("utf-8"), "text/plain")},
                  data={"title": "Goma shelling", "published": "2025-01-14"})
    assert resp.status_code == 201, resp.text
    art_id = resp.json()["article_id"]
    # named from the text, as `polybius ingest` names the same text read from a file
    assert art_id == build_article(text).id
    again = c.post("/articles", headers=AUTH, json={"text": text})
    assert again.json()["article_id"] == art_id and again.json()["stored"] is False
    got = c.get(f"/articles/{art_id}").json()["article"]
    assert got["title"] == "Goma shelling" and got["text"] == text
    js = json.dumps({"id": "upload-json", "text": "Police arrested three men in Lahore on Sunday."})
    resp = c.post("/articles", headers=AUTH, files={"file": ("a.json", js.encode(), "application/json")})
    assert resp.status_code == 201 and resp.json()["article_id"] == "upload-json"
    resp = c.post("/articles", headers=AUTH, files={"other": ("a.txt", b"x", "text/plain")})
    assert resp.status_code == 422 and "file" in resp.json()["detail"]


def test_token_from_app_factory_only(tmp_path):
    from polybius.store import open_store

    store = open_store(tmp_path / "x.duckdb")
    c = TestClient(create_app(store, token=""))  # empty string counts as "not configured"
    assert c.post("/articles", json={"text": TEXT}, headers={"Authorization": "Bearer "}).status_code == 403
    store.close()


def test_the_token_scheme_is_case_blind_and_spaces_around_the_token_are_ignored(write_app):
    c = write_app()
    body = {"text": "Gunmen attacked a police post in Gao on Monday.", "id": "scheme-1"}
    for header in ("bearer s3cret", "BEARER s3cret", "Bearer  s3cret "):
        resp = c.post("/articles", json=body, headers={"Authorization": header})
        assert resp.status_code in (200, 201), (header, resp.text)
    for header in ("Bearer", "Bearer    ", "s3cret", "Bearer s3cret2", "Bearer S3CRET"):
        resp = c.post("/articles", json=body, headers={"Authorization": header})
        assert resp.status_code in (401, 403), header
    resp = c.post("/articles", json=body, headers={"Authorization": "Bearer "})
    assert resp.status_code == 401 and "Authorization: Bearer <token>" in resp.json()["detail"]
    resp = c.post("/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert resp.json()["detail"] == "invalid token"


def test_a_body_exactly_at_the_limit_is_read(write_app):
    body = json.dumps({"text": "Gunmen attacked a police post in Gao on Monday.", "id": "limit-1"}).encode()
    c = write_app(max_body=len(body))
    assert c.post("/articles", content=body, headers={**AUTH, "Content-Type": "application/json"}).status_code == 201
    c = write_app(max_body=len(body) - 1)
    resp = c.post("/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413 and f"{len(body)} bytes (limit {len(body) - 1})" in resp.json()["detail"]

    streamed = body.replace(b"limit-1", b"limit-2").replace(b"Monday", b"Friday")   # same size, another text

    def chunks():   # no Content-Length: the limit is checked as the body streams in
        yield streamed[:10]
        yield streamed[10:]

    c = write_app(max_body=len(body))
    assert c.post("/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}).status_code == 201
    c = write_app(max_body=len(body) - 1)
    resp = c.post("/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413 and f"limit {len(body) - 1} bytes" in resp.json()["detail"]


def test_refusals_tell_the_user_what_to_do(client, write_app):
    # read-only server: the message names the switch
    detail = client.post("/articles", json={"text": TEXT}, headers=AUTH).json()["detail"]
    assert detail == ("write endpoints are disabled: no API token is configured on the server "
                      "(set the token environment variable, see `polybius serve --help`)")
    resp = write_app().post("/articles", json={"text": TEXT})
    assert resp.json()["detail"] == "missing bearer token: send 'Authorization: Bearer <token>'"
