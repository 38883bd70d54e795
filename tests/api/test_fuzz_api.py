"""Seeded fuzzing of the HTTP API (hypothesis, derandomized): whatever a client sends
as a body or as query parameters, the answer is never a 5xx."""
from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polybius.api import create_app
from polybius.store import open_store

FUZZ = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
AUTH = {"Authorization": "Bearer s3cret"}

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)
NEWS = ["Gunmen killed four villagers in Plateau state on Sunday, police said.",
        "La police a arrêté douze personnes soupçonnées de préparer un attentat dans la capitale."]
strings = st.one_of(st.text(max_size=40), st.sampled_from(
    ["Home", "<<<<>>>>", "\x00", "\ud83d", "2025-13-45", "' OR 1=1 --", "../../etc/passwd", "%00", "NG"]
    + NEWS + [NEWS[0] + "\ud83d", NEWS[0] + "\x00"]))
articles = st.fixed_dictionaries({}, optional={
    "text": strings, "id": st.one_of(strings, values), "title": st.one_of(strings, values),
    "url": strings, "published": strings, "source": strings, "extra": values})
bodies = st.one_of(
    articles.map(lambda d: json.dumps(d).encode()),
    values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.integers(1, 60_000).map(lambda n: b"[" * n + b"]" * n),
)
params = st.dictionaries(st.sampled_from(
    ["since", "until", "country", "type", "status", "actor", "q", "bbox", "min_killed", "limit",
     "cursor", "format", "article_id", "incident_id", "by", "what", "role", "admin1", "mode", "bogus"]),
    strings, max_size=4)


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("fuzz") / "f.duckdb")
    with TestClient(create_app(store, token="s3cret"), raise_server_exceptions=False) as client:
        yield client
    store.close()


@FUZZ
@given(bodies, st.sampled_from(["application/json", "text/plain", "", "multipart/form-data; boundary=x"]))
def test_post_articles_never_5xx(api, pipeline, body, ctype):
    resp = api.post("/articles", content=body, headers={**AUTH, "Content-Type": ctype})
    assert resp.status_code < 500, resp.text


@FUZZ
@given(st.sampled_from(["/events", "/incidents", "/stats", "/actors"]), params)
def test_read_endpoints_never_5xx(api, path, query):
    qs = urlencode(query, errors="surrogatepass")  # raw bytes, as a hostile client sends them
    resp = api.get(f"{path}?{qs}")
    assert resp.status_code < 500, resp.text


@FUZZ
@given(strings)
def test_article_and_incident_paths_never_5xx(api, key):
    key = quote(key, safe="", errors="surrogatepass")
    for path in (f"/articles/{key}", f"/incidents/{key}"):
        assert api.get(path).status_code < 500
