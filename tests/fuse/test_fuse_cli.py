"""`polybius fuse` on the development set."""
from __future__ import annotations

import json

from click.testing import CliRunner

from polybius.cli.fuse_cmd import command
from polybius.settings import DATA_DIR

DEV = DATA_DIR / "fusion_dev"


def test_fuse_cli_writes_incidents_and_scores(tmp_path):
    out, asg, why = tmp_path / "inc.jsonl", tmp_path / "asg.jsonl", tmp_path / "why.jsonl"
    runner = CliRunner()
    res = runner.invoke(command, [str(DEV / "events.jsonl"), "-o", str(out), "--assignments",
                                  str(asg), "--explain", str(why), "--annotate",
                                  str(tmp_path / "ev.jsonl"), "--gold",
                                  str(DEV / "gold.jsonl")])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    assert scores["b3_f1"] >= 0.9
    incidents = [json.loads(line) for line in out.read_text().splitlines()]
    assert incidents and all(i["incident_id"].startswith("inc_") for i in incidents)
    assert len(asg.read_text().splitlines()) == 63
    assert all("components" in json.loads(line) for line in why.read_text().splitlines())
    annotated = [json.loads(line) for line in (tmp_path / "ev.jsonl").read_text().splitlines()]
    ids = {i["incident_id"] for i in incidents}
    assert sum(e["incident_id"] in ids for e in annotated) == 62    # one background: None

    again = tmp_path / "again.jsonl"
    res = runner.invoke(command, [str(DEV / "events.jsonl"), "-o", str(again), "--existing",
                                  str(out)])
    assert res.exit_code == 0, res.output
    assert again.read_text() == out.read_text()


def test_fuse_cli_reports_bad_input(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    res = CliRunner().invoke(command, [str(bad), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code != 0 and "not JSON" in res.output
