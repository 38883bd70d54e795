"""Read endpoints over the hand-built store of conftest.py (six events, one incident)."""
from __future__ import annotations

import pytest


def ids(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e["event_id"] for e in resp.json()["items"]]


def test_events_newest_first(client):
    got = ids(client.get("/events"))
    # e2 2024-05-07, e1 2024-05-06, the three 2023-11-19 by id, e5 on its 2022 publication day
    assert got == ["e2", "e1", "e3", "e4", "e6", "e5"]
    first = client.get("/events").json()["items"][0]
    assert first["article"]["id"] == "art-1" and first["counts"]["arrested"]["value"] == 2


@pytest.mark.parametrize("query, expected", [
    ("type=PROTEST", {"e5"}),
    ("type=assault", {"e1", "e3", "e4", "e6"}),
    ("country=afg", {"e3", "e4", "e6"}),
    ("admin1=Gao", {"e1"}),
    ("mode=arrest", {"e2"}),
    ("status=thwarted", {"e4"}),
    ("actor=jnim", {"e1"}),
    ("recipient=army", {"e1"}),
    ("bbox=-10,10,5,20", {"e1", "e2"}),
    ("min_killed=10", {"e3", "e6"}),
    ("min_killed=0", {"e1", "e3", "e6"}),
    ("q=ministry", {"e3", "e6"}),
    ("q=santiago", {"e5"}),
    ("q=islamic", {"e3", "e6"}),
    ("since=2024-01-01", {"e1", "e2"}),
    ("until=2022-12-31", {"e5"}),
    ("since=2023-11-19&until=2024-05-06", {"e1", "e3", "e4", "e6"}),
    ("since=2024-05", {"e1", "e2"}),
    ("incident_id=inc-kabul", {"e3", "e6"}),
    ("article_id=art-1", {"e1", "e2"}),
    ("country=MLI&type=COERCE", {"e2"}),
    ("q=100%25", set()),  # LIKE wildcards are literal
])
def test_event_filters(client, query, expected):
    assert set(ids(client.get(f"/events?{query}"))) == expected


def test_cursor_pagination_walks_everything_once(client):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/events", params=params).json()
        seen += [e["event_id"] for e in body["items"]]
        cursor = body["next_cursor"]
        pages += 1
        if cursor is None:
            break
    assert seen == ["e2", "e1", "e3", "e4", "e6", "e5"]
    assert pages == 3


def test_cursor_with_filter(client):
    body = client.get("/events", params={"country": "AFG", "limit": 2}).json()
    assert [e["event_id"] for e in body["items"]] == ["e3", "e4"]
    rest = client.get("/events", params={"country": "AFG", "limit": 2, "cursor": body["next_cursor"]}).json()
    assert [e["event_id"] for e in rest["items"]] == ["e6"] and rest["next_cursor"] is None


@pytest.mark.parametrize("query, name", [
    ("limit=0", "limit"), ("limit=501", "limit"), ("limit=ten", "limit"),
    ("since=2024-02-30", "since"), ("until=yesterday", "until"),
    ("since=2024-05-01&until=2024-04-01", "since"),
    ("type=BOGUS", "type"), ("status=rumoured", "status"),
    ("bbox=1,2,3", "bbox"), ("bbox=0,-95,10,10", "bbox"), ("bbox=a,b,c,d", "bbox"),
    ("country=Mali", "country"), ("min_killed=-1", "min_killed"),
    ("cursor=not-a-cursor", "cursor"), ("format=xml", "format"), ("colour=red", "colour"),
])
def test_bad_parameters_are_422_with_message(client, query, name):
    resp = client.get(f"/events?{query}")
    assert resp.status_code == 422, resp.text
    detail = resp.json()["detail"]
    assert isinstance(detail, str) and name in detail


def test_incident_cursor_is_refused_by_events(client):
    cursor = client.get("/incidents?limit=1").json()["next_cursor"]
    assert cursor is None  # one incident only: build one by hand instead
    from polybius.api.query import encode_cursor
    resp = client.get("/events", params={"cursor": encode_cursor("incidents", "2023-11-19", "x")})
    assert resp.status_code == 422 and "cursor" in resp.json()["detail"]


def test_geojson_by_parameter_and_accept(client):
    for resp in (client.get("/events?format=geojson&country=MLI"),
                 client.get("/events?country=MLI", headers={"Accept": "application/geo+json"})):
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("application/geo+json")
        fc = resp.json()
        assert fc["type"] == "FeatureCollection"
        by_id = {f["id"]: f for f in fc["features"]}
        assert set(by_id) == {"e1", "e2"}
        assert by_id["e1"]["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
        assert by_id["e1"]["properties"]["killed"] == 7
        assert by_id["e1"]["properties"]["event_type"] == "ASSAULT"


def test_geojson_without_coordinates_has_null_geometry(client):
    fc = client.get("/events?status=thwarted&format=geojson").json()
    assert [f["geometry"] for f in fc["features"]] == [None]


def test_incidents_list_filter_and_detail(client):
    body = client.get("/incidents").json()
    assert [i["incident_id"] for i in body["items"]] == ["inc-kabul"]
    assert client.get("/incidents?country=MLI").json()["items"] == []
    assert len(client.get("/incidents?min_killed=17").json()["items"]) == 1
    assert client.get("/incidents?min_killed=18").json()["items"] == []
    fc = client.get("/incidents?format=geojson").json()
    assert fc["features"][0]["geometry"]["coordinates"] == [69.17, 34.53]
    assert fc["features"][0]["properties"]["n_sources"] == 2
    one = client.get("/incidents/inc-kabul").json()
    assert one["incident"]["counts"]["killed"] == {"value": 17, "low": 15, "high": 17, "qualifier": "at_least"}
    assert {e["event_id"] for e in one["events"]} == {"e3", "e6"}
    assert client.get("/incidents/nope").status_code == 404


def test_article_with_events_and_evidence_offsets(client):
    body = client.get("/articles/art-1").json()
    text = body["article"]["text"]
    assert text.startswith("Gunmen attacked") and body["article"]["source"] == "Wire A"
    assert {e["event_id"] for e in body["events"]} == {"e1", "e2"}
    for ev in body["events"]:
        evd = ev["evidence"]
        assert text[evd["start"]:evd["end"]] == evd["sentence"]
    assert client.get("/articles/unknown").status_code == 404


def test_actors_with_counts(client):
    rows = client.get("/actors").json()
    as_set = {(r["name"], r["role"], r["n"]) for r in rows}
    assert as_set == {("Islamic State", "actor", 2), ("civilians", "recipient", 2), ("JNIM", "actor", 1),
                      ("Malian Army", "recipient", 1), ("Police", "actor", 1), ("Protesters", "actor", 1)}
    assert rows[0]["n"] == 2
    actors = client.get("/actors?role=actor&country=MLI").json()
    assert [(r["name"], r["n"]) for r in actors] == [("JNIM", 1), ("Police", 1)]
    assert client.get("/actors?role=boss").status_code == 422


def test_stats_by_country_type_day(client):
    rows = client.get("/stats?by=country").json()["rows"]
    assert rows == [{"key": "AFG", "n": 3, "killed": 32, "name": "Afghanistan"},
                    {"key": "CHL", "n": 1, "killed": 0, "name": "Chile"},
                    {"key": "MLI", "n": 2, "killed": 7, "name": "Mali"}]  # names for the dashboard's country box
    types = {r["key"]: r["n"] for r in client.get("/stats?by=type").json()["rows"]}
    assert types == {"ASSAULT": 4, "COERCE": 1, "PROTEST": 1}
    days = {r["key"]: r["n"] for r in client.get("/stats?by=day&since=2023-01-01").json()["rows"]}
    assert days == {"2023-11-19": 3, "2024-05-06": 1, "2024-05-07": 1}
    assert client.get("/stats?by=type&type=PROTEST").json()["rows"][0]["name"] is None
    inc = client.get("/stats?by=country&what=incidents").json()["rows"]
    assert inc == [{"key": "AFG", "n": 1, "killed": 17, "name": "Afghanistan"}]
    assert client.get("/stats?by=week").status_code == 422
    assert "by" in client.get("/stats?by=week").json()["detail"]


def test_health_openapi_and_dashboard(client):
    assert client.get("/health").json()["counts"]["events"] == 6
    spec = client.get("/openapi.json").json()
    assert {"/events", "/incidents", "/articles", "/actors", "/stats"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and 'id="map"' in page.text
    assert client.get("/static/app.js").status_code == 200


def test_swagger_ui_and_redoc_are_served_from_the_package(client):
    # no CDN: every script and style the doc pages load comes from this server
    import re

    for page, assets in (("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")), ("/redoc", ("redoc.standalone.js",))):
        html = client.get(page)
        assert html.status_code == 200, page
        urls = re.findall(r'(?:src|href)="([^"]+)"', html.text)
        assert urls and not [u for u in urls if u.startswith(("http:", "https:", "//"))], urls
        for name in assets:
            (url,) = [u for u in urls if u.endswith(name)]
            got = client.get(url)
            assert got.status_code == 200 and len(got.content) > 100_000, url


def test_events_carry_the_date_rule(client):
    # e5 (Santiago march) has no date in its text: dated by its article's publication day
    item = next(e for e in client.get("/events?limit=50").json()["items"] if e["event_id"] == "e5")
    assert item["date"] == {"text": None, "value": "2022-01-15", "precision": "week", "basis": "published"}
    feature = next(f for f in client.get("/events?format=geojson").json()["features"] if f["id"] == "e5")
    assert (feature["properties"]["date"], feature["properties"]["date_basis"]) == ("2022-01-15", "published")
    assert feature["properties"]["source"] == "Wire A"


def test_background_filter(filled_db, tmp_path):
    import shutil

    from fastapi.testclient import TestClient

    from polybius.api import create_app
    from polybius.store import open_store

    shutil.copy(filled_db, tmp_path / "bg.duckdb")
    store = open_store(tmp_path / "bg.duckdb")
    store._exec("UPDATE events SET background = true WHERE event_id = 'e5'")
    with TestClient(create_app(store)) as c:
        news = {e["event_id"] for e in c.get("/events?background=false").json()["items"]}
        history = {e["event_id"] for e in c.get("/events?background=true").json()["items"]}
        assert history == {"e5"} and "e5" not in news and len(news) == 5
        assert c.get("/stats?by=country&background=false").json()["rows"][1]["key"] == "MLI"  # CHL gone
        assert c.get("/events?background=maybe").status_code == 422
    store.close()


def test_walking_one_event_per_page_visits_each_once(client):
    seen, cursor = [], None
    for _ in range(10):
        body = client.get("/events", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["event_id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == ["e2", "e1", "e3", "e4", "e6", "e5"]
    three = client.get("/events", params={"limit": 3}).json()
    rest = client.get("/events", params={"limit": 3, "cursor": three["next_cursor"]}).json()
    assert [e["event_id"] for e in three["items"] + rest["items"]] == ["e2", "e1", "e3", "e4", "e6", "e5"]


def test_a_cursor_past_the_undated_end_is_valid_and_empty(client):
    from polybius.api.query import encode_cursor

    body = client.get("/events", params={"cursor": encode_cursor("events", None, "e5")}).json()
    assert body["items"] == [] and body["next_cursor"] is None


def test_bad_cursors_say_what_is_wrong(client):
    from polybius.api.query import encode_cursor

    detail = client.get("/events?cursor=not-a-cursor").json()["detail"]
    assert "cursor is not valid: pass next_cursor from a previous answer" in detail
    for cursor in (encode_cursor("incidents", "2023-11-19", "x"), encode_cursor("events", "2023-11-19", 5),
                   encode_cursor("events", 20231119, "e3")):
        resp = client.get("/events", params={"cursor": cursor})
        assert resp.status_code == 422 and "cursor is not a cursor for /events" in resp.json()["detail"]


def test_events_say_which_incident_they_belong_to_everywhere(client):
    page = {e["event_id"]: e["incident_id"] for e in client.get("/events").json()["items"]}
    assert page["e3"] == "inc-kabul" and page["e1"] is None
    article = {e["event_id"]: e["incident_id"] for e in client.get("/articles/art-2").json()["events"]}
    assert article == {"e3": "inc-kabul", "e4": None}
    one = client.get("/incidents/inc-kabul").json()
    assert [(e["event_id"], e["incident_id"]) for e in one["events"]] == [("e3", "inc-kabul"), ("e6", "inc-kabul")]


def test_incident_filters_use_the_incident_s_own_fields(client):
    def incident_ids(query):
        resp = client.get(f"/incidents?{query}")
        assert resp.status_code == 200, resp.text
        return [i["incident_id"] for i in resp.json()["items"]]
    assert incident_ids("actor=islamic") == ["inc-kabul"]
    assert incident_ids("q=kabul") == ["inc-kabul"]
    assert incident_ids("q=ministry") == []          # evidence is not an incident field
    assert incident_ids("bbox=60,30,75,40") == ["inc-kabul"]
    rows = client.get("/stats?by=country&what=incidents&actor=islamic").json()["rows"]
    assert rows == [{"key": "AFG", "n": 1, "killed": 17, "name": "Afghanistan"}]


def test_bbox_reads_west_south_east_north(client):
    assert set(ids(client.get("/events?bbox=60,30,75,40"))) == {"e3", "e6"}       # Kabul only
    assert set(ids(client.get("/events?bbox=-75,-40,-60,-30"))) == {"e5"}         # Santiago only


def test_stats_and_actors_take_several_filters(client):
    rows = client.get("/stats?by=type&country=AFG&status=occurred").json()["rows"]
    assert rows == [{"key": "ASSAULT", "n": 2, "killed": 32, "name": None}]
    actors = client.get("/actors?article_id=art-1").json()
    assert {(r["name"], r["role"]) for r in actors} == {("JNIM", "actor"), ("Malian Army", "recipient"),
                                                       ("Police", "actor")}
    assert {r["name"] for r in client.get("/actors?q=ministry&role=actor").json()} == {"Islamic State"}


NEWEST_FIRST = ["e2", "e1", "e3", "e4", "e6", "e5"]  # (event day desc, id): see the first test


@pytest.mark.parametrize("limit", range(1, 8))
@pytest.mark.parametrize("query, order", [
    ("", NEWEST_FIRST),
    ("status=occurred&background=false", [e for e in NEWEST_FIRST if e != "e4"]),  # e4 thwarted
    ("q=ministry", ["e3", "e6"]),  # answered from the term table
])
def test_first_pages_of_every_size_are_the_head_of_the_order(client, limit, query, order):
    """A page filtered by little is cut at the day of its (limit+1)-th row first: ties on
    that day (three events on 2023-11-19) and a page as long as the answer keep their rows."""
    body = client.get(f"/events?limit={limit}&{query}").json()
    assert [e["event_id"] for e in body["items"]] == order[:limit]
    assert (body["next_cursor"] is None) == (limit >= len(order))
    if body["next_cursor"]:
        rest = client.get(f"/events?limit=500&{query}&cursor={body['next_cursor']}").json()
        assert [e["event_id"] for e in rest["items"]] == order[limit:]


def test_undated_events_come_last_on_pages_of_every_size(tmp_path):
    from fastapi.testclient import TestClient

    from polybius.api import create_app
    from polybius.records import Article, ArticleRef, DateValue, Event, Evidence
    from polybius.store import open_store

    text = "Gunmen attacked a market in the north of the country, killing four traders."
    store = open_store(tmp_path / "u.duckdb")
    events = [Event(eid, ArticleRef("a", published=None), "ASSAULT", "small_arms", Evidence(text, 0, len(text)),
                    date=DateValue(text="x", value=day, precision="day") if day else None)
              for eid, day in (("d1", "2024-01-01"), ("d2", "2024-01-02"), ("u1", None), ("u0", None))]
    store.add_articles_with_events([(Article("a", text), events)])
    try:
        with TestClient(create_app(store)) as c:
            for limit in range(1, 6):
                seen, cursor = [], None
                while True:
                    body = c.get("/events", params={"limit": limit, **({"cursor": cursor} if cursor else {})}).json()
                    seen += [e["event_id"] for e in body["items"]]
                    cursor = body["next_cursor"]
                    if not cursor:
                        break
                assert seen == ["d2", "d1", "u0", "u1"], limit
    finally:
        store.close()
