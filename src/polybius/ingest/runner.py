"""The ingest loop: read -> dedup -> extract -> store, one committed batch at a time.

Each batch of new articles is stored with its events in one transaction, so a killed
run loses at most the batch in flight; rerunning skips what is stored (same id, content
hash or URL) and goes on. Problems are written to the ``errors`` table once each
(keyed by origin, line, kind and reason), so reruns do not pile them up.
"""
from __future__ import annotations

import multiprocessing
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from polybius.ingest.article import dateline_finder
from polybius.ingest.items import Candidate, ReadError
from polybius.ingest.process import PipelineLike, process_batch, worker_batch, worker_init
from polybius.ingest.readers import Limits, ReadContext, read_source
from polybius.ingest.sources import iter_sources
from polybius.settings import Settings
from polybius.store import Store

MAX_SAMPLE_ERRORS = 50


@dataclass
class IngestSummary:
    run_id: str
    sources: int = 0
    read: int = 0           # articles read from the inputs
    stored: int = 0         # new articles committed
    duplicates: int = 0     # already stored, or seen earlier in this run
    events: int = 0         # events committed
    errors: int = 0         # problems (each also in the errors table)
    error_kinds: Counter = field(default_factory=Counter)
    sample_errors: list[ReadError] = field(default_factory=list)
    guessed_encodings: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Articles handled (stored or rejected after reading) per second."""
        return self.read / self.elapsed if self.elapsed > 0 else 0.0

    def add_error(self, err: ReadError) -> None:
        self.errors += 1
        self.error_kinds[err.kind] += 1
        if len(self.sample_errors) < MAX_SAMPLE_ERRORS:
            self.sample_errors.append(err)


def limits_for(settings: Settings) -> Limits:
    """Ten times ``max_chars`` of text per article; fifty times for a raw page."""
    return Limits(max_text_chars=10 * settings.max_chars, max_raw_bytes=50 * settings.max_chars)


def _batched(items: Iterable[Candidate], size: int) -> Iterator[list[Candidate]]:
    batch: list[Candidate] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Ingest:
    def __init__(self, store: Store, settings: Settings, summary: IngestSummary,
                 on_progress: Callable[[IngestSummary], None] | None):
        self.store, self.settings, self.summary = store, settings, summary
        self.on_progress = on_progress
        self.seen: set[str] = set()
        self.pending_errors: list[ReadError] = []

    def error(self, err: ReadError) -> None:
        self.summary.add_error(err)
        self.pending_errors.append(err)

    def candidates(self, inputs: list[str]) -> Iterator[Candidate]:
        limits = limits_for(self.settings)
        ctx = ReadContext(limits, dateline_finder())
        for src in iter_sources(inputs, limits.max_raw_bytes * 10):
            if isinstance(src, ReadError):
                self.error(src)
                continue
            self.summary.sources += 1
            for item in read_source(src, ctx):
                if isinstance(item, ReadError):
                    self.error(item)
                else:
                    self.summary.read += 1
                    if item.encoding and "guessed" in item.encoding:
                        self.summary.guessed_encodings += 1
                    yield item

    def fresh(self, batch: list[Candidate]) -> list[Candidate]:
        """Drop articles already stored or already seen in this run."""
        arts = [c.article for c in batch]
        known = self.store.known_articles([a.id for a in arts], [a.content_hash for a in arts],
                                          [a.url for a in arts if a.url])
        out = []
        for cand in batch:
            art = cand.article
            keys = {art.id, art.content_hash, art.url} - {None}
            if keys & (known | self.seen):
                self.summary.duplicates += 1
                continue
            self.seen |= keys
            out.append(cand)
        return out

    def commit(self, batch: list[Candidate], outcomes: list) -> None:
        pairs, extras = [], {}
        for cand, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, tuple):
                self.error(ReadError(cand.origin, cand.line, outcome[0], outcome[1]))
                continue
            pairs.append((cand.article, outcome))
            extras[cand.article.id] = cand.extra()
        got = self.store.add_articles_with_events(pairs, extras=extras, run_id=self.summary.run_id)
        self.summary.stored += got["articles"]
        self.summary.events += got["events"]
        self.summary.duplicates += got["skipped"]
        self.flush_errors()

    def flush_errors(self) -> None:
        if self.pending_errors:
            self.store.add_errors([e.to_dict() for e in self.pending_errors], run_id=self.summary.run_id)
            self.pending_errors = []
        if self.on_progress:
            self.on_progress(self.summary)


def ingest(inputs: list[str], store: Store, settings: Settings, *, jobs: int = 1,
           pipeline: PipelineLike | None = None, commit_size: int | None = None,
           on_progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read ``inputs`` (files, folders, URLs), extract events, store both.

    ``jobs > 1`` runs extraction in that many worker processes (each loads its own
    pipeline); ``pipeline`` reuses an already built Pipeline when ``jobs == 1``.
    ``commit_size`` articles are committed per transaction (default: 2 x batch_size).
    """
    run_id = store.start_run(inputs)
    summary = IngestSummary(run_id)
    state = _Ingest(store, settings, summary, on_progress)
    size = commit_size or max(1, 2 * settings.batch_size)
    batches = (b for b in (state.fresh(batch) for batch in _batched(state.candidates(inputs), size)) if b)
    status = "failed"
    try:
        if jobs <= 1:
            if pipeline is None:
                from polybius.pipeline import get_pipeline
                pipeline = get_pipeline(settings)
            for batch in batches:
                state.commit(batch, process_batch(pipeline, [c.article for c in batch], settings.max_chars))
        else:
            _run_parallel(batches, state, settings, jobs)
        state.flush_errors()
        status = "done"
    finally:
        summary.finished = time.monotonic()
        store.finish_run(run_id, {"articles": summary.stored, "events": summary.events,
                                  "errors": summary.errors}, status)
    return summary


def _run_parallel(batches: Iterator[list[Candidate]], state: _Ingest, settings: Settings, jobs: int) -> None:
    """At most ``2 * jobs`` batches in flight; results committed in input order."""
    ctx = multiprocessing.get_context("spawn")  # no fork of an open database connection
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=worker_init,
                             initargs=(settings,)) as pool:
        inflight: deque[tuple[list[Candidate], Future]] = deque()
        for batch in batches:
            inflight.append((batch, pool.submit(worker_batch, settings, [c.article for c in batch])))
            if len(inflight) >= 2 * jobs:
                done_batch, fut = inflight.popleft()
                state.commit(done_batch, fut.result())
        while inflight:
            done_batch, fut = inflight.popleft()
            state.commit(done_batch, fut.result())
