"""Bodies a hostile or careless client sends: always a 4xx naming the problem, never a
5xx or a dropped connection; and filters that used to be ignored."""
from __future__ import annotations

import json

import pytest

AUTH = {"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
TEXT = ("Suicide bombers killed 23 people at a crowded bus station in Maiduguri on Friday, "
        "police said. Soldiers later arrested five men in a nearby village.")


@pytest.mark.parametrize("body, says", [
    ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ('{"text": ' + "[" * 500 + "]" * 500 + "}", "text"),
    ('{"text": "Bomb \\ud83d ' + TEXT + '"}', "surrogate"),
    ('{"text": "' + TEXT + '", "title": "\\udc00"}', "surrogate"),
    ('{"text": "Home"}', "no_text"),
    ('{"text": "<<<<>>>>"}', "no_text"),
    ('{"text": "' + TEXT + '\\u0000\\u0000"}', "NUL"),
    ('{"text": "' + TEXT + '", "\\ud800": 1}', "invalid request"),
])
def test_bad_json_bodies_are_422(write_app, body, says):
    resp = write_app().post("/articles", content=body.encode("utf-8"), headers=AUTH)
    assert resp.status_code == 422, resp.text
    assert says in resp.json()["detail"]


def test_non_english_text_is_422_and_not_stored(write_app, pipeline):
    c = write_app()
    text = ("La police a arrêté douze personnes soupçonnées de préparer un attentat dans la "
            "capitale, selon le parquet, qui a ouvert une enquête lundi.")
    resp = c.post("/articles", json={"text": text}, headers=AUTH)
    assert resp.status_code == 422 and "non_english" in resp.json()["detail"]
    assert c.get("/health").json()["counts"]["articles"] == 0


def test_deep_json_file_upload_is_422(write_app):
    files = {"file": ("a.json", b"[" * 50_000 + b"]" * 50_000, "application/json")}
    resp = write_app().post("/articles", files=files, headers={"Authorization": "Bearer s3cret"})
    assert resp.status_code == 422


def test_reused_id_with_other_text_is_kept_under_a_derived_id(write_app, pipeline):
    c = write_app()
    first = c.post("/articles", json={"id": "wire-1", "text": TEXT}, headers=AUTH)
    assert first.status_code == 201 and first.json()["article_id"] == "wire-1"
    other = TEXT.replace("Maiduguri", "Damaturu")
    second = c.post("/articles", json={"id": "wire-1", "text": other}, headers=AUTH)
    assert second.status_code == 201, second.text
    new_id = second.json()["article_id"]
    assert new_id.startswith("wire-1~") and "already used" in second.json()["note"]
    assert c.get(f"/articles/{new_id}").json()["article"]["text"] == other
    assert c.get("/articles/wire-1").json()["article"]["text"] == TEXT
    again = c.post("/articles", json={"id": "wire-1", "text": other}, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False


def test_incidents_filtered_by_article(client):
    got = client.get("/incidents", params={"article_id": "art-4"}).json()["items"]
    assert [i["incident_id"] for i in got] == ["inc-kabul"]
    assert client.get("/incidents", params={"article_id": "art-3"}).json()["items"] == []


def test_until_a_month_includes_its_last_day(client):
    got = client.get("/events", params={"until": "2023-11", "since": "2023-11"}).json()["items"]
    assert {e["event_id"] for e in got} == {"e3", "e4", "e6"}


def test_nul_in_a_query_parameter_is_422(client):
    assert client.get("/events", params={"actor": "Po\x00lice"}).status_code == 422
