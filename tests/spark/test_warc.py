"""WARC manifests: each WARC read by the ingest reader, in the executors."""
from __future__ import annotations

import io
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from polybius.records import Article
from polybius.settings import Settings
from polybius.spark.articles import READ_ERROR
from polybius.spark.warc import read_local_warc

PAGES = [
    ("https://news.example.org/2024/03/kano-arrests",
     "Police detain 14 in Kano raids",
     ["Nigerian police detained 14 people suspected of links to Boko Haram in raids "
      "across Kano state on Tuesday, a police spokesman said.",
      "Officers seized rifles and ammunition during the operation, according to the "
      "statement, and the suspects will be charged in court next week.",
      "The raids followed a series of attacks on villages in the north of the country."]),
    ("https://news.example.org/2024/03/mosul-blast",
     "Roadside bomb kills three near Mosul",
     ["A roadside bomb killed three soldiers and wounded two others near Mosul on "
      "Sunday, Iraqi military officials said.",
      "No group claimed responsibility for the blast, which struck an army patrol on "
      "a road south of the city.",
      "Security forces closed the road for several hours while they searched the area."]),
]


def _html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2024-03-12">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
            ).encode("utf-8")


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, title, paragraphs in PAGES:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(_html(title, paragraphs)),
                http_headers=headers))
        # a non-HTML response is passed over
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
            http_headers=headers))


@pytest.fixture
def warc(tmp_path) -> Path:
    path = tmp_path / "crawl-00001.warc.gz"
    write_warc(path)
    return path


def test_local_warc_yields_the_html_articles(warc):
    items = list(read_local_warc(str(warc), Settings()))
    assert all(isinstance(i, Article) for i in items), items
    assert [a.url for a in items] == [url for url, _, _ in PAGES]
    assert "Boko Haram" in items[0].text and "Mosul" in items[1].text


def test_missing_warc_is_an_error_item(tmp_path):
    items = list(read_local_warc(str(tmp_path / "nope.warc.gz"), Settings()))
    assert len(items) == 1 and READ_ERROR in items[0]


@pytest.mark.spark
def test_manifest_extraction_matches_single_process(spark, warc, tmp_path):
    from polybius.pipeline import get_pipeline
    from polybius.spark.extract import run_extract
    from polybius.spark.rows import row_to_event

    manifest = tmp_path / "warcs.txt"
    manifest.write_text(f"# crawl\n{warc}\n{tmp_path / 'missing.warc.gz'}\n")
    stats = run_extract(spark, str(manifest), str(tmp_path / "out"), Settings())

    articles = list(read_local_warc(str(warc), Settings()))
    expected = {}
    for _, events in get_pipeline(Settings()).process_many(articles):
        assert isinstance(events, list)
        expected.update({e.event_id: e.to_dict() for e in events})
    assert expected, "the two pages report an arrest and a bombing"
    out = tmp_path / "out" / "events"
    rows = (ds.dataset(out, format="parquet", partitioning="hive").to_table().to_pylist()
            if any(out.rglob("*.parquet")) else [])
    assert {r["event_id"]: row_to_event(r).to_dict() for r in rows} == expected
    errors = pq.read_table(tmp_path / "out" / "errors").to_pylist()
    assert [e["stage"] for e in errors] == ["read"]
    assert "missing.warc.gz" in errors[0]["article_id"]
    assert stats.articles == len(PAGES)
