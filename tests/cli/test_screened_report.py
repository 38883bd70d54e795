"""Users are told how many articles were not parsed because they cannot hold an event,
and why: `polybius extract` on stderr, `polybius ingest` in its summary."""
from __future__ import annotations

import pickle
from collections import Counter

import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.ingest.process import process_batch
from polybius.records import Article
from polybius.screened import describe_screened, screened_out

SPORT = ("United beat City 3-1 in a derby on Sunday. The striker scored twice before half-time and "
         "the goalkeeper saved a penalty. Their attack looked sharp all season, the coach said, "
         "and the fans sang until the final whistle. The league leaders meet Arsenal in the cup "
         "semi-final next week, when the midfielder returns from injury. The referee showed "
         "four yellow cards in a bad-tempered match watched by 60,000 fans at the stadium, where a late "
         "shot from the edge of the box hit the post.")
WEATHER = ("Heavy rain is expected across the north on Thursday, forecasters said, with up to 40 "
           "millimetres in the hills and strong winds along the coast. Temperatures will stay "
           "below the seasonal average until the weekend, when a dry and sunny spell should "
           "begin. Farmers welcomed the rain after a long dry summer that left reservoirs low. "
           "The forecasters advised drivers to take care on flooded roads during the evening.")
RAID = "Gunmen killed four villagers in Plateau state on Sunday, police said.\n"


@pytest.fixture()
def news(tmp_path):
    for name, text in (("derby", SPORT), ("rain", WEATHER), ("plateau", RAID)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_extract_says_how_many_articles_were_screened_out_and_why(news, pipeline):
    res = CliRunner().invoke(cli, ["extract", str(news), "--published", "2025-02-03"])
    assert res.exit_code == 0, res.output
    assert "2 articles screened out before parsing" in res.stderr
    assert "sport 1" in res.stderr and "no conflict words 1" in res.stderr
    assert '"event_type": "ASSAULT"' in res.stdout   # the raid is still coded


def test_ingest_summary_counts_screened_articles_by_reason(news, pipeline, tmp_path):
    db = tmp_path / "s.duckdb"
    res = CliRunner().invoke(cli, ["ingest", str(news), "--db", str(db), "--quiet", "--no-fuse"])
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())   # the terminal may wrap lines
    assert "3 articles stored" in said   # screened articles are still stored
    assert "2 articles screened out before parsing" in said
    assert "sport 1" in said and "no conflict words 1" in said


def test_a_screened_result_keeps_its_reason_through_a_worker(pipeline):
    arts = [Article(id="d", text=SPORT), Article(id="p", text=RAID)]
    sport, raid = process_batch(pipeline, arts)
    back = pickle.loads(pickle.dumps(sport))   # as it comes back from a worker process
    assert back == [] and screened_out(back) == "sport"
    assert raid and screened_out(raid) is None


def test_nothing_screened_says_nothing():
    assert describe_screened(Counter()) is None
    assert describe_screened(Counter({"sport": 1})) == (
        "1 article screened out before parsing, no events possible (sport 1)")
