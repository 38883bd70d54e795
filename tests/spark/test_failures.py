"""A job in which no article could be processed fails, saying why, after writing the
error table; one good article among failures keeps the job a success."""
from __future__ import annotations

import dataclasses
import json

import pyarrow.parquet as pq
import pytest

from polybius.settings import Settings
from polybius.spark.extract import ExtractFailed, run_extract

pytestmark = pytest.mark.spark

TEXT = ("BAGHDAD, March 3 (Reuters) - A car bomb killed 12 people at a market in "
        "Baghdad on Tuesday, police said.")


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_every_article_failing_raises_with_the_reason(spark, tmp_path):
    corpus = _write(tmp_path / "in.jsonl",
                    [{"id": f"a{i}", "text": TEXT, "published": "2015-03-03"} for i in range(6)])
    settings = dataclasses.replace(Settings(), spacy_model="en_core_web_nonexistent")
    with pytest.raises(ExtractFailed) as failed:
        run_extract(spark, str(corpus), str(tmp_path / "out"), settings, partitions=2)
    message = str(failed.value)
    assert "every article failed" in message and "6 error rows" in message
    assert "setup" in message and "en_core_web_nonexistent" in message
    assert "\n" not in message
    errors = pq.read_table(tmp_path / "out" / "errors").to_pylist()
    assert sorted(e["article_id"] for e in errors) == [f"a{i}" for i in range(6)]
    assert {e["stage"] for e in errors} == {"setup"}


def test_only_unreadable_lines_is_a_failed_job(spark, tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "x", "text": "unterminated\n{"id": "y"}\n', encoding="utf-8")
    with pytest.raises(ExtractFailed, match="every article failed .*read: "):
        run_extract(spark, str(corpus), str(tmp_path / "out"), Settings(), partitions=2)


def test_one_good_article_among_bad_lines_is_a_success(spark, tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "x", "text": "unterminated\n'
                      + json.dumps({"id": "ok", "text": TEXT, "published": "2015-03-03"}) + "\n",
                      encoding="utf-8")
    stats = run_extract(spark, str(corpus), str(tmp_path / "out"), Settings(), partitions=2)
    assert stats.errors == 1 and stats.articles == 1 and stats.events >= 1


def test_a_spark_error_is_reported_as_its_first_line(spark, tmp_path):
    from polybius.spark.session import one_line, spark_errors

    corpus = _write(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT, "published": "2015-03-03"}])
    run_extract(spark, str(corpus), str(tmp_path / "out"), Settings())
    with pytest.raises(spark_errors()) as again:   # OUTPUT exists, mode errorifexists
        run_extract(spark, str(corpus), str(tmp_path / "out"), Settings())
    line = one_line(again.value)
    assert "PATH_ALREADY_EXISTS" in line and str(tmp_path / "out") in line
    assert "\n" not in line and "Traceback" not in line and len(line) <= 500
