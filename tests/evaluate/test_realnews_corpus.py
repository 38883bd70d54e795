"""The real development corpus (eval/realnews) is consistent: every manifest article has
gold, gold uses the schema's vocabulary, and REALNEWS.md's counts hold. The texts are
not in git; the check of their hashes is skipped when they are absent."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "realnews"
TYPES = {"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "ACCUSE", "REJECT",
         "COOPERATE", "AID", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT", "REQUEST"}
STATUSES = {"occurred", "planned", "thwarted", "alleged", "denied"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return _rows(CORPUS / "manifest.jsonl")


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {row["article"]: row for path in sorted((CORPUS / "gold").glob("*.jsonl")) for row in _rows(path)}


def test_every_manifest_article_has_gold_and_no_gold_is_orphaned(manifest, gold):
    ids = [row["article"] for row in manifest]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(gold)
    assert len({row["url"] for row in manifest}) == len(manifest)


def test_no_reserved_url_is_in_the_corpus(manifest):
    reserved_file = CORPUS.parents[2] / "shared" / "reserved-urls.sha256"
    if not reserved_file.exists():
        pytest.skip(f"the reserved list is not next to the repo ({reserved_file})")
    reserved = {l.strip() for l in reserved_file.read_text().splitlines() if l.strip() and not l.startswith("#")}

    def canonical(url: str) -> str:
        u = re.sub(r"^https?://", "", url.strip().lower())
        return (u[4:] if u.startswith("www.") else u).rstrip("/")
    hits = [r["url"] for r in manifest if hashlib.sha256(canonical(r["url"]).encode()).hexdigest() in reserved]
    assert not hits


def test_gold_events_use_the_schema_vocabulary(gold):
    for art, row in gold.items():
        assert row.get("cluster"), art
        assert row.get("published") is None or ISO.match(row["published"]), art
        for ev in row["events"]:
            where = f"{art}/{ev.get('id')}"
            assert ev["event_type"] in TYPES, where
            assert ev.get("status") is None or set(ev["status"]) <= STATUSES, where
            assert isinstance(ev.get("background"), (bool, type(None))), where
            for value in ((ev.get("date") or {}).get("value") or []):
                assert value is None or ISO.match(value), where
            for role, values in (ev.get("counts") or {}).items():
                assert role in ("killed", "injured", "arrested"), where
                assert values is None or all(v is None or isinstance(v, int) for v in values), where
            for role, qual in (ev.get("count_qualifier") or {}).items():
                assert qual in QUALIFIERS and role in (ev.get("counts") or {}), where


def test_the_corpus_meets_the_counts_of_realnews_md(manifest, gold):
    news = [a for a, row in gold.items() if row["events"]]
    negatives = [a for a, row in gold.items() if not row["events"]]
    sizes = Counter(gold[a]["cluster"] for a in news)
    # REALNEWS.md asks for 15 clusters of 2 to 4 outlets; an incident covered by more
    # outlets keeps one id all the same (splitting it would score true links as wrong)
    small = [c for c, n in sizes.items() if 2 <= n <= 4]
    assert len(manifest) >= 120
    assert len(negatives) >= 12
    assert len(small) >= 15
    assert sum(1 for r in manifest if r["published"] is None) >= 10
    notes = " ".join(ev.get("note") or "" for row in gold.values() for ev in row["events"])
    assert "near-miss of" in notes


def test_present_texts_match_their_hashes(manifest):
    present = [r for r in manifest if (CORPUS / "texts" / r["file"]).exists()]
    if not present:
        pytest.skip("the corpus texts are not on this machine (restore: python tools/realnews.py verify)")
    for row in present:
        _url, _, text = (CORPUS / "texts" / row["file"]).read_text(encoding="utf-8").partition("\n")
        assert hashlib.sha256(text.strip().encode("utf-8")).hexdigest() == row["sha256"], row["file"]


def test_no_test_doc_or_note_repeats_an_article(manifest):
    """Our tests, docs and gold notes are in our own words: no 8-word run of a corpus text."""
    if not any((CORPUS / "texts" / r["file"]).exists() for r in manifest):
        pytest.skip("the corpus texts are not on this machine (restore: python tools/realnews.py verify)")
    run = subprocess.run([sys.executable, str(CORPUS.parents[1] / "tools" / "realnews.py"), "copycheck"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
