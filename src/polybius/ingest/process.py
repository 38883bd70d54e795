"""Extraction for a batch of articles, in this process or in worker processes.

A worker returns plain data only (events, or an error string), so nothing fails to
pickle. Each process builds its Pipeline once (``get_pipeline`` caches it).
Articles longer than ``Settings.chunk_chars`` are cut at paragraph breaks (else line,
sentence or word breaks), each piece extracted on its own, and the events put back at
their offsets in the full text, so parse time and memory stay linear in the length.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Protocol

from polybius.ingest.language import non_english_reason
from polybius.ingest.orphans import die_with_parent
from polybius.records import Article, ArticleRef, Event
from polybius.settings import Settings

#: Per-article outcome: events, or (error kind, reason).
Outcome = list[Event] | tuple[str, str]


class PipelineLike(Protocol):
    def process_many(self, articles: Iterable[Article]) -> Iterable[tuple[Article, Any]]: ...


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` pieces of at most ``max_chars``, cut at a blank line, else a
    line break, else a sentence end, else a space, else hard."""
    pieces, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(mark)
            if cut > max_chars // 2:
                break
        cut = cut + 1 if cut > max_chars // 2 else max_chars
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _as_event(item: Any) -> Event:
    if isinstance(item, Event):
        return item
    if hasattr(item, "to_dict"):
        return Event.from_dict(item.to_dict())
    raise TypeError(f"pipeline returned {type(item).__name__}, not an Event")


def _ref(article: Article) -> ArticleRef:
    return ArticleRef(id=article.id, url=article.url, title=article.title, source=article.source,
                      published=article.published, published_from=article.published_from)


def process_batch(pipeline: PipelineLike, articles: list[Article], max_chars: int) -> list[Outcome]:
    """Language check, chunking and extraction for ``articles`` (same order out)."""
    outcomes: list[Outcome | None] = [None] * len(articles)
    jobs: list[tuple[int, int, Article]] = []  # (article index, offset, piece)
    for i, art in enumerate(articles):
        lang, reason = non_english_reason(art.text, art.language)
        if reason:
            outcomes[i] = ("non_english", reason)
            continue
        art.language = lang or art.language
        pieces = split_text(art.text, max_chars)
        if len(pieces) == 1:
            jobs.append((i, 0, art))
            continue
        for n, (offset, piece) in enumerate(pieces):
            jobs.append((i, offset, dataclasses.replace(art, id=f"{art.id}#part{n}", text=piece)))
    events: dict[int, list[Event]] = {}
    failed: dict[int, tuple[str, str]] = {}
    try:
        results = list(pipeline.process_many(p for _, _, p in jobs))
    except Exception as exc:  # noqa: BLE001 - the batch failed as a whole: report each article
        results = [(None, exc)] * len(jobs)
    if len(results) != len(jobs):
        results = [(None, RuntimeError(f"pipeline returned {len(results)} results for {len(jobs)} articles"))] * len(jobs)
    for (i, offset, piece), (_, result) in zip(jobs, results, strict=True):
        if i in failed:
            continue
        try:
            if isinstance(result, Exception):
                raise result
            found = [_as_event(e) for e in result]
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
            failed[i] = ("pipeline", f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        if offset or piece is not articles[i]:
            for ev in found:
                ev.article = _ref(articles[i])
                ev.evidence.start += offset
                ev.evidence.end += offset
        events.setdefault(i, []).extend(found)
    for i in range(len(articles)):
        if outcomes[i] is None:
            outcomes[i] = failed.get(i) or events.get(i, [])
    return outcomes  # type: ignore[return-value]


def worker_init(settings: Settings, parent_pid: int | None = None) -> None:
    """Pool initializer: die with the parent ingest, load the pipeline before the first
    batch arrives."""
    from polybius.pipeline import get_pipeline

    if parent_pid is not None:
        die_with_parent(parent_pid)
    get_pipeline(settings)


def worker_batch(settings: Settings, articles: list[Article]) -> list[Outcome]:
    from polybius.pipeline import get_pipeline

    return process_batch(get_pipeline(settings), articles, settings.chunk_chars)
