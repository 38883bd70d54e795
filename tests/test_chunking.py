"""Long articles are parsed in pieces and their events put back at their offsets in
the full text, by the one pipeline every front end calls."""
from __future__ import annotations

import pytest

from polybius.chunking import pieces_of, rejoin, split_text
from polybius.pipeline import Pipeline
from polybius.records import Article, ArticleRef, Event, Evidence
from polybius.settings import Settings

FILLER = "The valley was calm and the market opened as usual, the mayor said. " * 6
NEWS = ["A car bomb exploded outside a police station in Kandahar on Monday, killing 12 people.",
        "Gunmen attacked a checkpoint near Gao on Tuesday, killing seven soldiers.",
        "Police arrested five men suspected of planning attacks in Kano on Wednesday."]
TEXT = "\n\n".join(part for news in NEWS for part in (FILLER, news))


def test_pieces_cover_the_text_and_rejoin_shifts_every_span():
    art = Article("a", "first part. " * 50 + "second part with a blast. " * 50)
    parts = pieces_of(art, 400)
    assert len(parts) > 1 and "".join(p.text for _, p in parts) == art.text
    assert [p.id for _, p in parts][:2] == ["a#part0", "a#part1"]
    off, piece = parts[-1]
    start = piece.text.index("blast")
    span = Evidence("blast", start, start + 5)
    ev = Event("e", ArticleRef(piece.id), "ASSAULT", "explosives", span, mentions=[span, Evidence("x", 0, 1)])
    (out,) = rejoin(art, parts, [[] for _ in parts[:-1]] + [[ev]])
    assert out.article.id == "a" and art.text[out.evidence.start:out.evidence.end] == "blast"
    assert out.mentions[0] is out.evidence and out.mentions[1].start == off  # each span shifted once
    assert pieces_of(art, 10_000) == [(0, art)]


@pytest.fixture(scope="module")
def small_chunks(pipeline):
    return Pipeline(Settings(chunk_chars=300))


def test_small_chunks_find_the_same_events_at_the_right_offsets(pipeline, small_chunks):
    assert len(split_text(TEXT, 300)) > 3
    whole = pipeline.process(Article("w", TEXT))
    pieces = small_chunks.process(Article("w", TEXT))
    assert pieces and all(ev.article.id == "w" for ev in pieces)
    for ev in pieces:
        assert TEXT[ev.evidence.start:ev.evidence.end] == ev.evidence.sentence
    assert sorted((e.event_type, e.evidence.sentence) for e in pieces) == \
        sorted((e.event_type, e.evidence.sentence) for e in whole)


def test_a_failing_piece_fails_its_article_only(small_chunks, monkeypatch):
    real = small_chunks._events

    def picky(article, doc):
        if "Gao" in article.text and "#part" in article.id:
            raise ValueError("parser gave up")
        return real(article, doc)

    monkeypatch.setattr(small_chunks, "_events", picky)
    monkeypatch.setattr(small_chunks._nlp_mod, "parse_many", lambda *a, **k: (_ for _ in ()).throw(RuntimeError()))
    out = list(small_chunks.process_many([Article("long", TEXT), Article("short", NEWS[0])]))
    assert [a.id for a, _ in out] == ["long", "short"]
    assert isinstance(out[0][1], ValueError) and isinstance(out[1][1], list) and out[1][1]
