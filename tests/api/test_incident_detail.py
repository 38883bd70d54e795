"""GET /incidents/{id} and the incidents GeoJSON carry the count history, the outlets
(wire copies marked) and the mentions in later articles, with the outlet names."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from incident_reports import MENTION, kabul_coverage
from polybius.api import create_app
from polybius.fuse.stored import fuse_store
from polybius.store import open_store


@pytest.fixture(scope="module")
def kabul(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("api-incident") / "kabul.duckdb")
    store.add_articles_with_events(kabul_coverage())
    fuse_store(store)
    (inc,) = [i for i in store.incidents() if not i.background]
    with TestClient(create_app(store)) as client:
        yield client, inc.incident_id
    store.close()


def test_incident_detail_has_history_outlets_and_mentions(kabul):
    client, iid = kabul
    body = client.get(f"/incidents/{iid}").json()
    inc = body["incident"]
    assert inc["counts"]["killed"] == {"value": 78, "low": 40, "high": 78, "qualifier": "exact"}
    assert [(e["value"], e["qualifier"], e["first_reported"], e["source"])
            for e in inc["counts_history"]["killed"]] == [
        (40, "at_least", "2025-03-04", "Kabul Times"), (62, "exact", "2025-03-05", "AFP"),
        (78, "exact", "2025-03-07", "Tolo")]
    assert [(o["source"], o["same_story_as"]) for o in inc["outlets"]] == [
        ("Kabul Times", None), ("AFP", None), ("Dawn", "AFP"), ("Tolo", None)]
    assert (inc["n_articles"], inc["n_sources"]) == (4, 3)
    assert sorted(e["article"]["source"] for e in body["events"]) == ["AFP", "Dawn", "Kabul Times", "Tolo"]
    (mention,) = inc["mentions_in_later_articles"]
    assert (mention["article_id"], mention["source"], mention["linked"]) == ("m1", "Khaama", False)
    assert [e["evidence"]["sentence"] for e in body["mentions"]] == [MENTION]


def test_incident_geojson_names_the_outlets(kabul):
    client, iid = kabul
    features = client.get("/incidents", params={"format": "geojson"}).json()["features"]
    props = next(f["properties"] for f in features if f["id"] == iid)
    assert props["source"] == "Kabul Times; AFP; Dawn; Tolo"
    assert props["outlets"][2]["same_story_as"] == "AFP"
    assert [e["value"] for e in props["counts_history"]["killed"]] == [40, 62, 78]
    assert props["n_mentions"] == 1
