"""A local news site for the watch tests: RSS feeds and article pages served by
``http.server`` on 127.0.0.1 from a dict the test edits between polls, with ETags,
a 304 for an unchanged feed, broken and slow answers, and a log of every request.

Every sentence here is invented for these tests.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


EVERY = 60  # seconds: the watch interval of the tests


@dataclass
class Page:
    body: bytes
    status: int = 200
    ctype: str = "text/html; charset=utf-8"
    delay: float = 0.0
    etag: bool = False  # answer with an ETag and honour If-None-Match


@dataclass
class Site:
    pages: dict[str, Page] = field(default_factory=dict)
    log: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def hits(self, path: str) -> int:
        """GETs of ``path`` answered with content (200)."""
        return sum(1 for p, status, _ in self.log if p == path and status == 200)

    def answers(self, path: str) -> list[int]:
        return [status for p, status, _ in self.log if p == path]


def serve(site: Site) -> tuple[ThreadingHTTPServer, threading.Thread]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            page = site.pages.get(self.path)
            headers = {k: v for k, v in self.headers.items()}
            if page is None:
                site.log.append((self.path, 404, headers))
                self.send_error(404)
                return
            if page.delay:
                time.sleep(page.delay)
            tag = '"' + hashlib.sha1(page.body).hexdigest()[:12] + '"'
            if page.etag and self.headers.get("If-None-Match") == tag:
                site.log.append((self.path, 304, headers))
                self.send_response(304)
                self.send_header("ETag", tag)
                self.end_headers()
                return
            site.log.append((self.path, page.status, headers))
            try:
                self.send_response(page.status)
                self.send_header("Content-Type", page.ctype)
                self.send_header("Content-Length", str(len(page.body)))
                if page.etag:
                    self.send_header("ETag", tag)
                self.end_headers()
                self.wfile.write(page.body)
            except OSError:
                pass  # the slow page's client gave up

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


PUBLISHED = datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)


def rss(site: Site, title: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed of (path, headline) items linking to pages on ``site``."""
    entries = "".join(
        f"<item><title>{escape(headline)}</title><link>{site.base}{path}</link>"
        f"<guid>{site.base}{path}</guid><pubDate>{format_datetime(PUBLISHED)}</pubDate>"
        f"<description>{escape(headline)}.</description></item>"
        for path, headline in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{site.base}/</link>"
            f"<description>test feed</description>{entries}</channel></rss>").encode("utf-8")


def article(outlet: str, headline: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(headline)}</title>'
            f'<meta property="og:site_name" content="{escape(outlet)}"></head><body>'
            f"<nav>Home | World | Africa</nav><article><h1>{escape(headline)}</h1>{body}</article>"
            f"<footer>Contact us</footer></body></html>").encode("utf-8")


# Invented reports: two outlets on one market attack, and three other happenings.
STORIES = {
    "/sahel/maiduguri": ("Sahel Courier", "Gunmen kill 12 at Maiduguri market", [
        "Gunmen killed 12 villagers in an attack on a market in Maiduguri, Borno state, "
        "Nigeria, on Tuesday, police said.",
        "Witnesses said the attackers arrived on motorcycles shortly after dawn and fired on traders.",
        "Residents said shops stayed closed for the rest of the day."]),
    "/sahel/mogadishu": ("Sahel Courier", "Car bomb kills five officers in Mogadishu", [
        "A car bomb exploded near a police checkpoint in Mogadishu, Somalia, on Monday, "
        "killing five officers, police said.",
        "Ambulances carried the wounded to hospitals across the city.",
        "No group immediately said it had carried out the bombing."]),
    "/coast/maiduguri": ("Coast Ledger", "Fourteen dead in Maiduguri market attack", [
        "At least 14 people died when gunmen stormed a market in Maiduguri, Nigeria, on "
        "Tuesday, officials said.",
        "Officials said the gunmen escaped before soldiers reached the market.",
        "Traders said the market had been attacked before."]),
    "/coast/quetta": ("Coast Ledger", "Three suspects held in Quetta raid", [
        "Soldiers arrested three suspected militants in a raid in Quetta, Pakistan, on "
        "Wednesday, the army said.",
        "The army said the suspects were planning attacks on security forces.",
        "Weapons and explosives were found at the house, officials said."]),
    "/sahel/kano": ("Sahel Courier", "Bomb blast in Kano kills seven", [
        "A bomb exploded at a bus station in Kano, Nigeria, on Tuesday, killing seven "
        "people, police said.",
        "Police said they had arrested two men near the station.",
        "The station reopened in the evening."]),
}


def publish(site: Site, path: str) -> str:
    """Put the story at ``path`` on the site; returns its headline."""
    outlet, headline, paragraphs = STORIES[path]
    site.pages[path] = Page(article(outlet, headline, paragraphs))
    return headline


RSS = "application/rss+xml"


def feed(site: Site, path: str, title: str, stories: list[str]) -> str:
    """Serve ``path`` as an RSS feed (with an ETag) listing ``stories`` (paths of
    ``STORIES``, published too); returns its URL."""
    site.pages[path] = Page(rss(site, title, [(p, STORIES[p][1]) for p in stories]), ctype=RSS, etag=True)
    for p in stories:
        publish(site, p)
    return site.base + path
