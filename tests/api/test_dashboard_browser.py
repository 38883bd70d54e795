"""The dashboard in a real headless Chromium (Debian's, driven by Playwright): markers
on the map, a timeline brush that narrows the table, an incident's highlighted evidence.
Screenshots go to test-artifacts/."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from browser_env import ARGS, ARTIFACTS, BROWSER_MARKS, CHROMIUM, free_port

REPO = Path(__file__).resolve().parents[2]
pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    """uvicorn on a free loopback port over the repo's sample articles, processed by the
    pipeline and fused into incidents."""
    import uvicorn

    from polybius.api import create_app
    from polybius.fuse import fuse
    from polybius.records import Article
    from polybius.store import open_store

    store = open_store(tmp_path_factory.mktemp("browser") / "samples.duckdb")
    articles = [Article.from_dict(json.loads(line))
                for line in (REPO / "samples" / "articles.jsonl").read_text().splitlines() if line.strip()]
    pairs = [(a, pipeline.process(a)) for a in articles]
    store.add_articles_with_events(pairs)
    result = fuse([e for _, evs in pairs for e in evs])
    store.upsert_incidents(result.incidents)
    store.set_incident_ids(result.assignment)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(5)
    store.close()


def test_dashboard_map_brush_and_evidence(server):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                   else route.abort())  # prove it works offline: nothing but our server
        page.goto(server)

        markers = page.locator("[data-testid=marker]")
        expect(markers.first).to_be_attached(timeout=10_000)
        n_markers = markers.count()
        rows = page.locator("[data-testid=row]")
        n_rows = rows.count()
        assert n_markers > 0 and n_rows >= n_markers
        assert page.locator("#map path.country").count() > 100  # Natural Earth 110m countries
        first_cells = rows.first.locator("td").all_inner_texts()
        assert first_cells[0][:2] in ("19", "20") and first_cells[1] in ("ASSAULT", "COERCE", "REJECT", "PROTEST")
        expect(page.locator("[data-testid=bar]").first).to_be_attached()
        page.screenshot(path=str(ARTIFACTS / "dashboard-loaded.png"), full_page=True)

        # brush the right half of the timeline: older events drop out of table and map
        box = page.locator("#timeline").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.5, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
        page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=5)
        page.mouse.up()
        expect(page.locator("[data-testid=range]")).not_to_be_empty()
        page.wait_for_function(f"document.querySelectorAll('[data-testid=row]').length < {n_rows}")
        after_rows = rows.count()
        assert 0 < after_rows < n_rows
        assert markers.count() <= n_markers
        page.screenshot(path=str(ARTIFACTS / "dashboard-brushed.png"), full_page=True)

        # switch to incidents and open the one with the most sources
        page.select_option("#f-view", "incidents")
        page.wait_for_function("document.querySelector('#summary').textContent.includes('incidents')")
        expect(rows.first).to_be_attached()
        page.click("[data-testid=th-date]")  # ascending by date
        dates = [d[:10] for d in page.locator("[data-testid=row] td:first-child").all_inner_texts() if d]
        assert dates == sorted(dates)
        page.click("[data-testid=th-sources]")
        page.click("[data-testid=th-sources]")  # descending: most sources first
        rows.first.click()
        mark = page.locator("[data-testid=detail] mark")
        expect(mark.first).to_be_visible(timeout=10_000)
        assert len(mark.first.inner_text()) > 10
        expect(page.locator("[data-testid=count-spread]")).to_be_visible()
        expect(page.locator("[data-testid=source-article]").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "dashboard-incident.png"), full_page=True)

        # an event marker opens its article with the evidence highlighted
        page.select_option("#f-view", "events")
        page.wait_for_function("document.querySelector('#summary').textContent.includes('events')")
        page.locator("[data-testid=marker]").first.dispatch_event("click")
        expect(page.locator("[data-testid=detail] [data-testid=evidence]").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "dashboard-event.png"), full_page=True)
        browser.close()
    assert errors == []


def test_dashboard_news_first_legend_record_and_country_names(server):
    """Background history (the samples' 2014 Kano bombing, 100 killed) and events that did
    not occur (the attack plot in Lyon, told as planned and as foiled) are hidden by default and drawn
    distinctly when asked for; the timeline spans only the news shown; a size legend says
    what circles mean; the detail panel has the full record; the country box takes names."""
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                   else route.abort())
        page.goto(server)
        markers = page.locator("[data-testid=marker]")
        expect(markers.first).to_be_attached(timeout=10_000)
        kinds = {m.get_attribute("data-kind") for m in markers.all()}
        assert kinds == {"news"}
        expect(page.locator("[data-testid=summary]")).to_contain_text("hiding background and not occurred")
        # the timeline spans the 2025 news, not the 2014 history
        labels = page.locator("#timeline .axis text").all_text_contents()
        assert labels and all(t.startswith("2025") for t in labels), labels
        # size legend: samples growing with the count they stand for
        sizes = [float(c.get_attribute("r")) for c in page.locator("[data-testid=size-sample]").all()]
        assert len(sizes) == 4 and sizes == sorted(sizes) and sizes[0] < sizes[-1]
        expect(page.locator("[data-testid=size-legend]")).to_contain_text("circle area ~ killed")
        page.screenshot(path=str(ARTIFACTS / "dashboard-news-only.png"), full_page=True)

        n_news = markers.count()
        page.check("#f-background")
        page.wait_for_function("document.querySelectorAll('[data-kind=background]').length > 0")
        history = page.locator("[data-kind=background]")
        assert "background" in (history.first.get_attribute("class") or "")
        assert any("2014" in (m.locator("title").text_content() or "") for m in history.all())
        page.check("#f-nonoccurred")
        page.wait_for_function("document.querySelectorAll('[data-kind=not-occurred]').length >= 1")
        assert markers.count() > n_news
        assert page.locator("tbody tr.background").count() >= 1 and page.locator("tbody tr.not-occurred").count() >= 1
        labels = page.locator("#timeline .axis text").all_text_contents()
        assert labels[0].startswith("2014"), labels  # asked for history: the axis reaches back
        page.screenshot(path=str(ARTIFACTS / "dashboard-with-history-and-plans.png"), full_page=True)
        page.uncheck("#f-background")
        page.uncheck("#f-nonoccurred")
        page.wait_for_function("document.querySelectorAll('[data-kind=background]').length === 0")

        # the country box takes a name
        page.fill("#f-country", "Nigeria")
        page.wait_for_function(
            "[...document.querySelectorAll('[data-testid=row]')].length > 0 && "
            "[...document.querySelectorAll('[data-testid=row] td:nth-child(5)')].every(td => td.textContent === 'NGA')")
        page.fill("#f-country", "somalia")
        page.wait_for_function(
            "[...document.querySelectorAll('[data-testid=row] td:nth-child(5)')].every(td => td.textContent === 'SOM')")
        page.fill("#f-country", "Atlantis")
        expect(page.locator("[data-testid=summary]")).to_contain_text('No country matches "Atlantis"')
        page.fill("#f-country", "NGA")
        page.wait_for_function(
            "[...document.querySelectorAll('[data-testid=row] td:nth-child(5)')].every(td => td.textContent === 'NGA')")

        # the full record in the detail panel: actor, recipient, place precision, outlets, date basis
        page.click("[data-testid=th-killed]")
        page.click("[data-testid=th-killed]")  # most killed first: the Kano market bombing
        page.locator("[data-testid=row]").first.click()
        record = page.locator("[data-testid=record]")
        expect(record).to_be_visible(timeout=10_000)
        fields = dict(zip(record.locator("dt").all_inner_texts(), record.locator("dd").all_inner_texts()))
        assert {"actor", "recipient", "place", "reported by", "date", "news or history"} <= set(fields), fields
        assert "(" in fields["place"] and fields["place"].rstrip().endswith(")")  # precision stated
        assert "Example Wire" in fields["reported by"] or "Sahel Courier" in fields["reported by"]
        assert fields["news or history"] == "news"
        page.screenshot(path=str(ARTIFACTS / "dashboard-record.png"), full_page=True)
        browser.close()
    assert errors == []
