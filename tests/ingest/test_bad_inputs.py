"""Hostile single inputs: each is one error with a kind, and the inputs around it are
read as if it were not there. Inputs are written here; no pipeline is needed."""
from __future__ import annotations

import json

import pytest

from polybius.ingest.checks import MIN_LETTERS, text_problem
from polybius.ingest.items import Candidate, ReadError
from polybius.chunking import split_text
from polybius.ingest.readers import READERS, Limits, ReadContext, read_source
from polybius.ingest.sources import _file_source

CTX = ReadContext(Limits(max_text_chars=50_000, max_raw_bytes=500_000))
STORY = ("Gunmen opened fire on a bus carrying pilgrims in the hills outside the town on Saturday, "
         "killing three passengers and wounding nine, a district official said.")


def read(path):
    src = _file_source(path)
    return list(read_source(src, CTX)) if not isinstance(src, ReadError) else [src]


def kinds(items):
    return [(i.line, i.kind) for i in items if isinstance(i, ReadError)]


def good_ids(items):
    return [i.article.id for i in items if isinstance(i, Candidate)]


def test_deeply_nested_line_is_one_error_between_good_lines(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_text(json.dumps({"id": "a", "text": STORY}) + "\n"
                 + "[" * 100_000 + "]" * 100_000 + "\n"
                 + json.dumps({"id": "b", "text": STORY + " Later."}) + "\n", encoding="utf-8")
    items = read(p)
    assert good_ids(items) == ["a", "b"]
    assert kinds(items) == [(2, "json")]
    assert "nested too deeply" in items[1].reason


def test_lone_surrogate_is_a_decode_error_and_paired_ones_are_fine(tmp_path):
    p = tmp_path / "emoji.jsonl"
    p.write_text('{"id": "lone", "text": "Bomb \\ud83d hits a market in the north, police said on Monday."}\n'
                 '{"id": "pair", "text": "Bomb \\ud83d\\udca5 hits a market in the north, police said on Monday."}\n'
                 '{"id": "title", "title": "Bad \\udc00 title", "text": "' + STORY + '"}\n',
                 encoding="utf-8")
    items = read(p)
    assert good_ids(items) == ["pair"]
    assert kinds(items) == [(1, "decode"), (3, "decode")]
    assert "\\ud83d" in items[0].reason and "'title'" in items[2].reason
    assert "\U0001f4a5" in items[1].article.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_files_with_and_without_bom(tmp_path, encoding):
    p = tmp_path / "wide.txt"
    p.write_bytes(("Bus attacked\n\n" + STORY).encode(encoding))  # "utf-16" writes a BOM
    (item,) = read(p)
    assert isinstance(item, Candidate), item
    assert item.article.text.endswith("a district official said.") and item.article.title == "Bus attacked"
    assert item.encoding.startswith("utf-16")


def test_utf16_jsonl_file(tmp_path):
    p = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": f"w{i}", "text": f"{STORY} Item {i}."}) for i in range(3)]
    p.write_bytes("\n".join(lines).encode("utf-16"))
    assert good_ids(read(p)) == ["w0", "w1", "w2"]


@pytest.mark.parametrize("text, kind", [
    ("Home", "no_text"),
    ("<<<<>>>>", "no_text"),
    ("12 34 56 78 90 -- ++ ==", "no_text"),
    ("Police said\x00\x00 the blast killed three people near the market on Monday.", "binary"),
    ("\x01\x02\x03\x04\x05\x06 Police said the blast killed three people near the market.", "binary"),
])
def test_junk_texts_are_named(tmp_path, text, kind):
    p = tmp_path / "junk.jsonl"
    p.write_text(json.dumps({"id": "j", "text": text}) + "\n", encoding="utf-8")
    assert kinds(read(p)) == [(1, kind)]


def test_text_checks_pass_news_and_short_headlines():
    assert text_problem(STORY) is None
    assert text_problem("Bomb kills 12 in Kabul market") is None  # a headline is text
    assert text_problem("a" * (MIN_LETTERS - 1))[0] == "no_text"


def test_junk_page_as_a_txt_file(tmp_path):
    p = tmp_path / "home.txt"
    p.write_text("Home\n", encoding="utf-8")
    assert kinds(read(p)) == [(None, "no_text")]


def test_jsonl_of_blank_lines_is_reported_empty(tmp_path):
    p = tmp_path / "blank.jsonl"
    p.write_text("\n\n   \n\n", encoding="utf-8")
    (item,) = read(p)
    assert item.kind == "empty" and "blank line" in item.reason


def test_an_unexpected_reader_failure_is_one_error_of_that_source(tmp_path, monkeypatch):
    def broken(src, ctx):
        yield from ()
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(READERS, "feed", broken)
    p = tmp_path / "deep.rss"
    p.write_text("<rss>" * 10 + "</rss>", encoding="utf-8")
    (item,) = read(p)
    assert item.kind == "feed" and "RecursionError" in item.reason


def test_split_text_cuts_long_lines_between_words():
    text = " ".join(f"word{i}" for i in range(20_000))  # one line, no sentence end
    pieces = split_text(text, 5_000)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 5_000 for _, p in pieces)
    assert all(p.endswith(" ") for _, p in pieces[:-1])  # never inside a word


def test_every_error_kind_is_documented():
    from pathlib import Path

    from polybius.ingest.items import ERROR_KINDS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text(encoding="utf-8")
    assert [k for k in ERROR_KINDS if f"`{k}`" not in doc] == []
