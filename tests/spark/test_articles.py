"""Input items (JSON lines, Parquet rows, WARC read errors) -> Article or BadRecord."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from polybius.records import Article
from polybius.spark.articles import READ_ERROR, BadRecord, article_from_item
from polybius.spark.inputs import detect_format


def test_json_line_becomes_article():
    line = json.dumps({"id": "n1", "text": "Police arrested two men.", "published": "2024-05-01",
                       "url": "https://x.example/n1", "title": "Arrests", "source": "Wire",
                       "extra": 1})
    assert article_from_item(line) == Article(
        id="n1", text="Police arrested two men.", published="2024-05-01",
        url="https://x.example/n1", title="Arrests", source="Wire", published_from="metadata")  # the outlet as named


def test_publication_is_cut_to_the_day_or_taken_from_the_dateline():
    art = article_from_item({"id": "t", "text": "x", "published": "2024-05-01T08:30:00Z"})
    assert art.published == "2024-05-01"
    dated = article_from_item({"id": "d", "text": "KANO, Nigeria, March 4, 2024 - Police "
                                                 "arrested three men on Monday."})
    assert (dated.published, dated.published_from) == ("2024-03-04", "dateline")


def test_parquet_dates_become_iso_strings():
    art = article_from_item({"id": 7, "text": "Text.", "published": dt.date(2022, 2, 3)})
    assert art.id == "7" and art.published == "2022-02-03"


def test_missing_id_falls_back_to_url_then_text_hash():
    by_url = article_from_item({"text": "Body.", "url": "https://x.example/a"}).id
    assert by_url == article_from_item({"text": "Other.", "url": "https://x.example/a"}).id
    assert by_url != article_from_item({"text": "Body.", "url": "https://x.example/b"}).id
    first = article_from_item({"text": "Same body."}).id
    assert first == article_from_item({"text": "Same body."}).id
    assert first != article_from_item({"text": "Other body."}).id


@pytest.mark.parametrize("item,article_id,reason", [
    ("{not json", None, "invalid JSON"),
    ('["a list"]', "unknown", "not an object"),
    ({"id": "n2", "text": "   "}, "n2", "no text"),
    ({"id": "n3"}, "n3", "no text"),
    ({"id": "w1.warc.gz", READ_ERROR: "truncated gzip"}, "w1.warc.gz", "truncated gzip"),
])
def test_bad_records_carry_id_and_reason(item, article_id, reason):
    with pytest.raises(BadRecord) as info:
        article_from_item(item)
    if article_id is None:
        assert info.value.article_id.startswith("line:")
    else:
        assert info.value.article_id == article_id
    assert reason in str(info.value)


@pytest.mark.parametrize("path,fmt", [
    ("data/articles.jsonl", "jsonl"), ("data/articles.jsonl.gz", "jsonl"),
    ("data/articles.parquet", "parquet"), ("crawl/warcs.txt", "manifest"),
    ("s3a://bucket/news/*.jsonl", "jsonl"),
])
def test_detect_format(path, fmt):
    assert detect_format(path) == fmt
