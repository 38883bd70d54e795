"""`polybius extract` on good and bad inputs: clear one-line errors, nothing lost."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from polybius.cli.main import cli

GOOD = "Gunmen killed four villagers in Plateau state on Sunday, police said.\n"


@pytest.fixture()
def runner():
    return CliRunner()


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_txt_file_to_jsonl(runner, tmp_path, pipeline):
    (tmp_path / "plateau.txt").write_text(GOOD, encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(tmp_path / "plateau.txt"), "--published", "2025-02-03"])
    assert res.exit_code == 0, res.output
    events = _events(res.stdout)
    assert events and events[0]["article"]["id"] == "plateau"
    assert events[0]["date"]["value"] == "2025-02-02"
    assert events[0]["article"]["published_from"] == "metadata"


def test_output_file_and_table(runner, tmp_path, pipeline):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    res = runner.invoke(cli, ["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert res.exit_code == 0
    assert _events(out.read_text())
    res = runner.invoke(cli, ["extract", str(tmp_path / "a.txt"), "--format", "table"])
    assert res.exit_code == 0 and "ASSAULT" in res.stdout


def test_dateline_date_is_used_when_no_date_is_given(runner, tmp_path, pipeline):
    (tmp_path / "wire.txt").write_text("JOS, Nigeria, March 3, 2025 (Example Wire) -\n" + GOOD, encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(tmp_path / "wire.txt")])
    events = _events(res.stdout)
    assert events[0]["article"]["published"] == "2025-03-03"
    assert events[0]["article"]["published_from"] == "dateline"


def test_bad_inputs_are_reported_and_the_rest_is_processed(runner, tmp_path, pipeline):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (tmp_path / "latin1.txt").write_bytes("Police arrested 3 suspects in Córdoba on Monday.".encode("latin-1"))
    big = tmp_path / "huge.txt"
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(20 * 1024):
            fh.write("x" * 1023 + "\n")
    rows = [json.dumps({"id": "j1", "text": GOOD, "published": "2025-02-03"}), "{not json",
            json.dumps({"id": "j2"}), json.dumps(["a", "list"]),
            json.dumps({"id": "j3", "text": "Police detained 5 men in Izmir.", "published": "2025-02-03"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "french.txt").write_text(
        "La police a arrêté trois hommes soupçonnés de préparer un attentat contre un marché de Noël "
        "à Lyon, a indiqué mardi le ministère de l'Intérieur.\n", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    res = runner.invoke(cli, ["extract", str(tmp_path), str(missing)])
    assert res.exit_code == 1
    err = res.stderr
    assert f"{tmp_path / 'empty.txt'}: empty" in err
    assert "binary.txt: binary data, not text" in err
    assert "huge.txt: file of" in err and "exceeds" in err
    assert "batch.jsonl:2: malformed JSON" in err
    assert "batch.jsonl:3: no text" in err
    assert "batch.jsonl:4: expected a JSON object" in err
    assert "nope.txt: no such file or folder" in err
    assert "latin1.txt: not valid UTF-8" in err
    assert "french.txt: detected language 'fr'" in err
    assert all(line.startswith(("error:", "warning:")) for line in err.splitlines())
    ids = {e["article"]["id"] for e in _events(res.stdout)}
    assert {"good", "j1", "j3", "latin1"} <= ids


def test_all_good_exits_zero(runner, tmp_path, pipeline):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert runner.invoke(cli, ["extract", str(tmp_path)]).exit_code == 0


def test_standard_input(runner, pipeline):
    res = runner.invoke(cli, ["extract", "-", "--published", "2025-02-03"], input=GOOD)
    assert res.exit_code == 0
    assert _events(res.stdout)[0]["counts"]["killed"]["value"] == 4


def test_first_line_sentence_is_not_taken_for_a_headline(runner, tmp_path, pipeline):
    (tmp_path / "two.txt").write_text(GOOD + "Police arrested 3 suspects in Jos on Monday.\n", encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(tmp_path / "two.txt"), "--published", "2025-02-03"])
    assert {e["event_type"] for e in _events(res.stdout)} == {"ASSAULT", "COERCE"}


def test_eval_scores_clustering_of_the_dev_set(runner):
    from polybius.settings import DATA_DIR

    dev = DATA_DIR / "fusion_dev"
    res = runner.invoke(cli, ["eval", "--clusters", str(dev / "gold.jsonl"), "--fuse-events", str(dev / "events.jsonl")])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["b3_f1"] >= 0.9
