"""`polybius eval` on a tiny annotated corpus written for the test: one-to-one scores,
report files, missing texts named, and per-article output."""
from __future__ import annotations

import json

from click.testing import CliRunner

from polybius.cli.main import cli

TEXTS = {
    "001.txt": "Gunmen kill four villagers in Plateau\n\nGunmen killed four villagers in Plateau state "
               "on Sunday, police said.\n",
    "002.txt": "Plateau attack toll\n\nFour villagers were shot dead by gunmen in Plateau state on Sunday, "
               "a police spokesman said on Monday.\n",
    "003.txt": "Market prices rise\n\nTomato prices rose sharply in Jos markets this week, traders said.\n",
}
GOLD_EVENT = {"id": "plateau", "event_type": "ASSAULT", "mode": ["firearms", "unspecified"],
              "status": ["occurred"], "background": False,
              "date": {"value": ["2025-02-02"], "precision": "day"},
              "location": {"country": "NGA", "name": ["Plateau", None]}, "actor": [None],
              "counts": {"killed": [4]}}


def _corpus(tmp_path, missing=()):
    root = tmp_path / "corpus"
    (root / "texts").mkdir(parents=True)
    (root / "gold").mkdir()
    manifest, gold = [], []
    for i, (name, text) in enumerate(TEXTS.items(), start=1):
        art = f"r{i:03d}"
        url = f"https://example.org/{art}"
        if name not in missing:
            (root / "texts" / name).write_text(f"{url}\n{text}", encoding="utf-8")
        published = "2025-02-03" if i < 3 else None
        manifest.append({"file": name, "article": art, "url": url, "query": "q", "sha256": "x",
                         "outlet": f"Outlet {i}", "published": published})
        negative = i == 3
        gold.append({"article": art, "url": url, "title": "t", "outlet": f"Outlet {i}",
                     "published": published, "cluster": art if negative else "c-plateau",
                     "kind": "negative" if negative else "news",
                     "events": [] if negative else [GOLD_EVENT]})
    (root / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in manifest))
    (root / "gold" / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gold))
    return root


def test_corpus_evaluation_writes_both_reports(tmp_path, pipeline):
    root = _corpus(tmp_path)
    res = CliRunner().invoke(cli, ["eval", "--corpus", str(root)])
    assert res.exit_code == 0, res.output
    data = json.loads((root / "report.json").read_text())
    assert data["articles_scored"] == 3 and data["missing_texts"] == []
    ev = data["events"]
    assert ev["gold_required"] == 2
    assert ev["negatives"]["articles"] == 1
    assert data["clusters"]["gold_links"] == 1
    report_md = (root / "report.md").read_text()
    assert "| required recall |" in report_md and "precision (one-to-one)" in res.output


def test_missing_texts_are_named_and_the_rest_scored(tmp_path, pipeline):
    root = _corpus(tmp_path, missing=("002.txt",))
    res = CliRunner().invoke(cli, ["eval", "--corpus", str(root), "--json"])
    assert res.exit_code == 0, res.output
    assert "1 texts missing" in res.stderr
    data = json.loads(res.stdout)
    assert data["articles_scored"] == 2
    assert [m["file"] for m in data["missing_texts"]] == ["002.txt"]
    assert data["events"]["gold_required"] == 1


def test_compare_adds_a_before_column_and_by_article_lists_each_article(tmp_path, pipeline):
    root = _corpus(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["eval", "--corpus", str(root)]).exit_code == 0
    before = tmp_path / "before.json"
    before.write_text((root / "report.json").read_text())
    res = runner.invoke(cli, ["eval", "--corpus", str(root), "--compare", str(before), "--by-article"])
    assert res.exit_code == 0, res.output
    assert "| field | before | after | n |" in res.output
    assert "== r001 (news)" in res.output and "== r003 (negative)" in res.output


def test_a_folder_without_a_manifest_is_one_clear_line(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path)])
    assert res.exit_code != 0
    assert "cannot read the corpus" in res.output and "Traceback" not in res.output


def test_the_written_report_holds_no_article_sentence(tmp_path, pipeline):
    root = _corpus(tmp_path)
    assert CliRunner().invoke(cli, ["eval", "--corpus", str(root)]).exit_code == 0
    written = (root / "report.json").read_text()
    assert "villagers in Plateau" not in written and '"evidence"' in written


def test_the_report_names_the_commit_of_the_scoring_code_not_of_the_corpus_folder(tmp_path, pipeline):
    """A corpus outside any checkout (tmp_path) still gets the commit of the code that scored it."""
    import subprocess
    from pathlib import Path

    import polybius
    code = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          cwd=Path(polybius.__file__).parent).stdout.strip() or None
    root = _corpus(tmp_path)
    assert CliRunner().invoke(cli, ["eval", "--corpus", str(root)]).exit_code == 0
    data = json.loads((root / "report.json").read_text())
    assert code is not None and data["commit"] == code   # the tests run from a checkout (CI clones one)
