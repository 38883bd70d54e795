"""The dashboard's incident panel in headless Chromium: how each count was reported
(first reported first), the outlets with the wire copy marked, the later mention."""
from __future__ import annotations

import threading
import time

import pytest

from browser_env import ARGS, ARTIFACTS, BROWSER_MARKS, CHROMIUM, free_port
from incident_reports import MENTION, kabul_coverage

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from polybius.api import create_app
    from polybius.fuse.stored import fuse_store
    from polybius.store import open_store

    store = open_store(tmp_path_factory.mktemp("browser-incident") / "kabul.duckdb")
    store.add_articles_with_events(kabul_coverage())
    fuse_store(store)
    (inc,) = [i for i in store.incidents() if not i.background]
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/", inc.incident_id
    srv.should_exit = True
    thread.join(5)
    store.close()


def test_incident_panel_shows_history_outlets_and_mentions(server):
    from playwright.sync_api import expect, sync_playwright

    base, iid = server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                   else route.abort())
        page.goto(base)
        page.select_option("#f-view", "incidents")
        row = page.locator(f"[data-testid=row][data-id='{iid}']")
        expect(row).to_be_attached(timeout=10_000)
        row.click()
        history = page.locator("[data-testid=history-row]")
        expect(history.first).to_be_visible(timeout=10_000)
        cells = [r.locator("td").all_inner_texts() for r in history.all()]
        assert [(c[1], c[2], c[3]) for c in cells] == [
            ("at least 40", "2025-03-04", "Kabul Times"), ("62", "2025-03-05", "AFP"),
            ("78", "2025-03-07", "Tolo")]
        outlets = page.locator("[data-testid=outlet]")
        assert outlets.count() == 4
        dawn = page.locator("[data-testid=outlet][data-copy=true]")
        assert dawn.locator("td").all_inner_texts()[0::3] == ["Dawn", "AFP"]
        expect(page.locator("[data-testid=detail]")).to_contain_text("3 independent of 4")
        expect(page.locator("[data-field='reported by']")).to_contain_text("Dawn (AFP's story)")
        mention = page.locator("[data-testid=mention]")
        expect(mention).to_have_count(1)
        expect(mention).to_contain_text("Khaama")
        expect(mention).to_contain_text(MENTION)
        page.screenshot(path=str(ARTIFACTS / "dashboard-incident-history.png"), full_page=True)
        browser.close()
    assert errors == []
