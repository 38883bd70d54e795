"""The dashboard while `watch --serve` polls, in Debian's headless Chromium: new
articles stored after the page loaded show as an "N new" marker without a page reload,
clicking it loads them, and the watch panel lists the sources with their errors."""
from __future__ import annotations

import threading
import time

from browser_env import ARGS, ARTIFACTS, BROWSER_MARKS, CHROMIUM, free_port
from feeds import EVERY, Page, feed
from polybius.api import create_app
from polybius.store import open_store

pytestmark = BROWSER_MARKS


def test_new_marker_appears_while_watching_and_loads_the_new_rows(site, make_watcher, clock, db):
    import uvicorn
    from playwright.sync_api import expect, sync_playwright

    sahel = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/maiduguri"])
    coast = feed(site, "/coast.rss", "Coast Ledger", [])
    site.pages["/down.rss"] = Page(b"", status=503, ctype="text/plain")
    lock = threading.Lock()
    watcher = make_watcher([sahel, coast, site.base + "/down.rss"], write_lock=lock)
    watcher.poll_once()

    api_store = open_store(db)
    app = create_app(api_store, watch_status=watcher.status, write_lock=lock)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}/"
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url)
                       else route.abort())
            page.goto(url + "?refresh=1")
            rows = page.locator("[data-testid=row]")
            expect(rows).to_have_count(1, timeout=10_000)
            panel = page.locator("[data-testid=watch]")
            expect(panel).to_be_visible(timeout=10_000)
            expect(panel.locator("[data-testid=watch-summary]")).to_contain_text("Watching 3 sources")
            expect(panel.locator("[data-testid=watch-summary]")).to_contain_text("1 failing")
            expect(panel.locator("[data-testid=watch-source].failing")).to_contain_text("HTTP 503")
            marker = page.locator("[data-testid=new-marker]")
            expect(marker).to_be_hidden()
            page.evaluate("window.__notReloaded = true")

            # the feeds gain two reports; the watcher polls while the page is open
            feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/mogadishu", "/sahel/maiduguri"])
            feed(site, "/coast.rss", "Coast Ledger", ["/coast/maiduguri"])
            clock.advance(EVERY)
            assert watcher.poll_once().stored == 2

            expect(marker).to_be_visible(timeout=10_000)
            expect(marker).to_contain_text("2 new events (2 articles)")
            assert marker.get_attribute("data-count") == "2"
            assert rows.count() == 1  # nothing moved under the reader's eyes
            assert page.evaluate("window.__notReloaded") is True
            page.screenshot(path=str(ARTIFACTS / "dashboard-live-new.png"), full_page=True)

            marker.click()
            expect(rows).to_have_count(3, timeout=10_000)
            expect(marker).to_be_hidden()
            assert page.evaluate("window.__notReloaded") is True
            page.screenshot(path=str(ARTIFACTS / "dashboard-live-loaded.png"), full_page=True)
            browser.close()
        assert errors == []
    finally:
        server.should_exit = True
        thread.join(5)
        api_store.close()
