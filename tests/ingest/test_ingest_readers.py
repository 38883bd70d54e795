"""Readers, one format at a time, with small inputs written here (no pipeline needed)."""
from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from polybius.ingest.article import build_article, iso_day, outlet
from polybius.ingest.items import Candidate, ReadError
from polybius.ingest.language import non_english_reason
from polybius.chunking import split_text
from polybius.ingest.process import process_batch
from polybius.ingest.readers import Limits, ReadContext, read_source
from polybius.ingest.sources import _file_source, sniff
from polybius.records import Article, ArticleRef, DateValue, Event, Evidence

CTX = ReadContext(Limits(max_text_chars=5_000, max_raw_bytes=50_000))

STORY = ("Gunmen opened fire on a bus carrying pilgrims in the hills outside the town on Saturday, "
         "killing three passengers and wounding nine, a district official said.")
HTML = f"""<!doctype html><html lang="en"><head><title>Bus attacked | Hill Herald</title>
<link rel="canonical" href="https://www.hillherald.example/news/bus-attack">
<meta name="author" content="Mira Sen">
<meta property="article:published_time" content="2024-09-14T08:30:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Bus attacked in the hills</h1>
<p>{STORY}</p><p>Security forces sealed off the area and launched a search for the attackers,
who fled into the forest after the shooting, the official added.</p></article>
<footer>Copyright Hill Herald</footer></body></html>"""


def read(path):
    src = _file_source(path)
    return list(read_source(src, CTX)) if not isinstance(src, ReadError) else [src]


def test_txt_title_and_text(tmp_path):
    p = tmp_path / "bus.txt"
    p.write_text("Bus attacked in the hills\n\n" + STORY + "\n", encoding="utf-8")
    (item,) = read(p)
    assert isinstance(item, Candidate) and item.encoding == "utf-8" and item.line is None
    assert item.article.title == "Bus attacked in the hills"
    assert item.article.text.endswith("a district official said.")
    assert item.article.id == item.article.content_hash[:16]  # no URL: the id comes from the text


def test_non_utf8_text_is_decoded_with_a_guess_and_says_so(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(("The café owner said the explosion shattered windows along the street on "
                   "Thursday evening and injured two waiters.").encode("cp1252"))
    (item,) = read(p)
    assert "café owner" in item.article.text
    assert item.encoding.endswith("(guessed)")


@pytest.mark.parametrize("name, data, kind", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("noise.txt", bytes(range(256)) * 20, "binary"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "unsupported"),
    ("broken.html", b"<html><head><title>t</title></head><body><div><p><b><i", "html"),
    ("feed.rss", b"<rss version='2.0'><channel><title>x</title></channel></rss>", "feed"),
])
def test_bad_single_files(tmp_path, name, data, kind):
    p = tmp_path / name
    p.write_bytes(data)
    (item,) = read(p)
    assert isinstance(item, ReadError) and item.kind == kind and item.reason


def test_too_large_text_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"word " * 10_000)  # 50,000 bytes > 4 x 5,000
    (item,) = read(p)
    assert item.kind == "too_large" and "50,000 bytes" in item.reason


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (item,) = read(p)
    art = item.article
    assert art.url == "https://www.hillherald.example/news/bus-attack"
    assert art.source == "hillherald.example"
    assert art.published == "2024-09-14" and art.published_from == "metadata"
    assert item.author == "Mira Sen"
    assert "killing three passengers" in art.text and "Copyright" not in art.text and "Sport" not in art.text
    assert "Bus attacked" in art.title


def test_jsonl_fields_and_bad_lines(tmp_path):
    p = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": STORY, "url": "https://news.example.org/a", "title": "Bus",
                    "published": "Sat, 14 Sep 2024 10:00:00 GMT", "author": ["A. B", "C. D"]}),
        "",
        '{"id": "n2", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n3", "title": "no body"}),
        json.dumps({"maintext": STORY.replace("Saturday", "Sunday"), "date_publish": "2024-09-15 07:00:00",
                    "source_domain": "valleypost.example"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p)
    good = [i for i in items if isinstance(i, Candidate)]
    bad = [(i.line, i.kind) for i in items if isinstance(i, ReadError)]
    assert bad == [(3, "json"), (4, "json"), (5, "no_text")]
    assert [g.line for g in good] == [1, 6]
    a, b = good[0].article, good[1].article
    assert (a.id, a.source, a.published, a.published_from, good[0].author) == (
        "n1", "news.example.org", "2024-09-14", "metadata", "A. B, C. D")
    assert (b.source, b.published, b.url) == ("valleypost.example", "2024-09-15", None)


def test_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path):
    raw = "".join(json.dumps({"id": f"g{i}", "text": f"{STORY} Item {i}."}) + "\n" for i in range(400))
    packed = gzip.compress(raw.encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(packed[: len(packed) // 2])
    items = read(p)
    errors = [i for i in items if isinstance(i, ReadError)]
    good = [i for i in items if isinstance(i, Candidate)]
    assert len(errors) == 1 and errors[0].kind == "gzip" and "truncated" in errors[0].reason
    assert 0 < len(good) < 400
    assert [g.article.id for g in good] == [f"g{i}" for i in range(len(good))]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Coast Daily</title><link>https://coastdaily.example/</link>
<item><title>Port raid</title><link>https://www.coastdaily.example/port-raid</link>
<pubDate>Mon, 07 Oct 2024 06:15:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Customs officers seized a shipment of rifles at the port on Sunday.</p><p>Two crew members were detained.</p>]]></content:encoded></item>
<item><title>Curfew</title><link>https://www.coastdaily.example/curfew</link>
<description>Authorities imposed a night curfew in the old town after overnight riots.</description></item>
<item><title>Empty</title><link>https://www.coastdaily.example/empty</link></item>
</channel></rss>"""


def test_rss_items(tmp_path):
    p = tmp_path / "coast.rss"
    p.write_text(RSS, encoding="utf-8")
    items = read(p)
    assert [(i.line, i.kind) for i in items if isinstance(i, ReadError)] == [(3, "no_text")]
    first, second = [i for i in items if isinstance(i, Candidate)]
    assert first.article.text == "Customs officers seized a shipment of rifles at the port on Sunday.\nTwo crew members were detained."
    assert (first.article.url, first.article.source, first.article.published, first.article.title) == (
        "https://www.coastdaily.example/port-raid", "Coast Daily", "2024-10-07", "Port raid")  # the feed's name
    # no pubDate and no dateline in the text: the day is unknown, not guessed
    assert (second.article.published, second.article.published_from) == (None, None)
    assert second.article.text == "Authorities imposed a night curfew in the old town after overnight riots."
    assert second.line == 2


def make_warc(path, pages):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_warc_html_responses_only(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    make_warc(p, [("https://www.hillherald.example/news/bus-attack", "text/html; charset=utf-8", HTML.encode()),
                  ("https://www.hillherald.example/logo.png", "image/png", b"\x89PNG....."),
                  ("https://www.hillherald.example/empty", "text/html", b"<html><body></body></html>")])
    items = read(p)
    assert [(i.line, i.kind) for i in items if isinstance(i, ReadError)] == [(3, "html")]
    (page,) = [i for i in items if isinstance(i, Candidate)]
    assert page.line == 1 and page.article.url == "https://www.hillherald.example/news/bus-attack"
    assert "killing three passengers" in page.article.text


def test_truncated_warc_is_reported(tmp_path):
    p = tmp_path / "cut.warc"
    make_warc(p, [(f"https://a.example/{i}", "text/html", HTML.encode()) for i in range(3)])
    data = p.read_bytes()
    p.write_bytes(data[: int(len(data) * 0.8)])
    items = read(p)
    assert [(i.line, i.kind) for i in items if isinstance(i, ReadError)] == [(3, "warc")]
    assert len([i for i in items if isinstance(i, Candidate)]) == 2


def test_sniffing_without_extension():
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b'  {"text": "x"}') == "jsonl"
    assert sniff(b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b"plain words") is None


def test_outlet_and_dates():
    assert outlet("https://www.bbc.co.uk/news/x") == "bbc.co.uk"  # no name given: the host
    assert outlet(None, "  Coast Daily ") == "Coast Daily"
    assert outlet("https://www.reuters.com/world/x", "Reuters") == "Reuters"  # a given name wins
    assert iso_day("2024-03-05T23:10:00+03:00") == "2024-03-05"
    assert iso_day("Tue, 05 Mar 2024 10:00:00 GMT") == "2024-03-05"
    assert iso_day("March 5, 2024") == "2024-03-05"
    assert iso_day("2024-02-30") is None
    assert iso_day("not a date") is None


def test_a_yearless_page_date_is_kept_only_without_a_full_date():
    from polybius.resolve.datelines import find_dateline
    text = "Saturday, March 8\n\nTroops clashed with gunmen near the dam on Friday."
    a = build_article(text, find_dateline=find_dateline)
    assert (a.published, a.page_monthday, a.page_weekday) == (None, "--03-08", "Saturday")
    assert a.ref().page_monthday == "--03-08"
    b = build_article(text, published="2025-03-08", find_dateline=find_dateline)
    assert (b.published, b.page_monthday, b.page_weekday) == ("2025-03-08", None, None)


def test_dateline_is_used_only_without_metadata():
    found = lambda text: ("KABUL, May 2, 2024", DateValue("May 2, 2024", "2024-05-02", "day"))  # noqa: E731
    a = build_article("KABUL, May 2, 2024 - A blast hit a school.", find_dateline=found)
    assert (a.published, a.published_from) == ("2024-05-02", "dateline")
    b = build_article("KABUL - A blast hit a school.", published="2024-05-03", find_dateline=found)
    assert (b.published, b.published_from) == ("2024-05-03", "metadata")
    c = build_article("A blast hit a school.", find_dateline=lambda text: None)
    assert (c.published, c.published_from) == (None, None)


@pytest.mark.parametrize("text, lang", [
    ("La police a arrêté douze personnes soupçonnées de préparer un attentat dans la capitale, selon le parquet.", "fr"),
    ("Die Polizei hat am Montag zwölf Verdächtige festgenommen, die einen Anschlag geplant haben sollen.", "de"),
    ("Polis, başkentte saldırı hazırlığında olduğu değerlendirilen on iki şüpheliyi gözaltına aldı.", "tr"),
])
def test_non_english_is_named(text, lang):
    got, reason = non_english_reason(text)
    assert got == lang and "not English" in reason


def test_english_and_short_texts_pass():
    assert non_english_reason(STORY) == ("en", None)
    assert non_english_reason("Blast.") == (None, None)


def test_split_text_covers_the_text_in_order():
    text = ("Para one has words. " * 30 + "\n\n") * 20
    pieces = split_text(text, 1000)
    assert all(len(p) <= 1000 for _, p in pieces)
    assert "".join(p for _, p in pieces) == text
    assert all(text[off:off + len(p)] == p for off, p in pieces)


class FakePipeline:
    """Finds 'blast' and reports it as an ASSAULT event; fails on 'CRASH'."""

    def process_many(self, articles):
        for art in articles:
            if "CRASH" in art.text:
                yield art, ValueError("parser gave up")
                continue
            events = []
            start = art.text.find("blast")
            if start >= 0:
                events.append(Event(Event.make_id(art.id, start, start + 5),
                                    ArticleRef(art.id), "ASSAULT", "explosives",
                                    Evidence("blast", start, start + 5)))
            yield art, events


def test_process_batch_chunks_languages_and_failures():
    long_text = ("Calm day in the valley with nothing to report at all. " * 40 + "\n\n") * 3 + "A blast hit the market."
    arts = [Article("long", long_text), Article("fr", "La police a arrêté douze personnes soupçonnées "
                                                      "de préparer un attentat dans la capitale."),
            Article("bad", "CRASH " + STORY)]
    out = process_batch(FakePipeline(), arts)
    (event,) = out[0]
    assert event.article.id == "long" and long_text[event.evidence.start:event.evidence.end] == "blast"
    assert out[1][0] == "non_english"
    assert out[2][0] == "pipeline" and "parser gave up" in out[2][1]


def test_urls_are_fetched_and_read(tmp_path):
    """A local HTTP server (127.0.0.1 only) stands in for a news site."""
    import functools
    import http.server
    import threading

    from polybius.ingest.sources import iter_sources

    (tmp_path / "story.html").write_text(HTML, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page, missing = list(iter_sources([f"{base}/story.html", f"{base}/gone.html"], 1_000_000, timeout=5))
    finally:
        server.shutdown()
    assert isinstance(missing, ReadError) and missing.kind == "fetch"
    (item,) = list(read_source(page, CTX))
    assert item.origin == f"{base}/story.html" and "killing three passengers" in item.article.text
    assert item.article.url == "https://www.hillherald.example/news/bus-attack"  # canonical link wins
