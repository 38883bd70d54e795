"""Extraction for a batch of articles, in this process or in worker processes.

A worker returns plain data only (events, or an error string), so nothing fails to
pickle. Each process builds its Pipeline once (``get_pipeline`` caches it).
Articles longer than ``Settings.chunk_chars`` are parsed in pieces by the pipeline
(``polybius.chunking``), so parse time and memory stay linear in the length.
"""
from __future__ import annotations

from typing import Any, Iterable, Protocol

from polybius.ingest.language import non_english_reason
from polybius.ingest.orphans import die_with_parent
from polybius.records import Article, Event
from polybius.screened import screened_out
from polybius.settings import Settings

#: Per-article outcome: events, or (error kind, reason). An article screened out before
#: parsing has a ``ScreenedOut`` (no events, with the reason).
Outcome = list[Event] | tuple[str, str]


class PipelineLike(Protocol):
    def process_many(self, articles: Iterable[Article]) -> Iterable[tuple[Article, Any]]: ...


def _as_event(item: Any) -> Event:
    if isinstance(item, Event):
        return item
    if hasattr(item, "to_dict"):
        return Event.from_dict(item.to_dict())
    raise TypeError(f"pipeline returned {type(item).__name__}, not an Event")


def process_batch(pipeline: PipelineLike, articles: list[Article]) -> list[Outcome]:
    """Language check and extraction for ``articles`` (same order out); long articles
    are parsed in pieces by the pipeline itself (``polybius.chunking``)."""
    outcomes: list[Outcome | None] = [None] * len(articles)
    todo: list[int] = []
    for i, art in enumerate(articles):
        lang, reason = non_english_reason(art.text, art.language)
        if reason:
            outcomes[i] = ("non_english", reason)
            continue
        art.language = lang or art.language
        todo.append(i)
    try:
        results = list(pipeline.process_many(articles[i] for i in todo))
    except Exception as exc:  # noqa: BLE001 - the batch failed as a whole: report each article
        results = [(None, exc)] * len(todo)
    if len(results) != len(todo):
        results = [(None, RuntimeError(f"pipeline returned {len(results)} results for {len(todo)} articles"))] * len(todo)
    for i, (_, result) in zip(todo, results, strict=True):
        try:
            if isinstance(result, Exception):
                raise result
            outcomes[i] = result if screened_out(result) else [_as_event(e) for e in result]
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
            outcomes[i] = ("pipeline", f"extraction failed: {type(exc).__name__}: {exc}")
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

    return process_batch(get_pipeline(settings), articles)
