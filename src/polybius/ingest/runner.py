"""The ingest loop: read -> dedup -> extract -> store, one committed batch at a time.

Each batch of new articles is stored with its events in one transaction, so a killed
run loses at most the batch in flight; rerunning skips what is stored (same content
hash or URL) and goes on. An article whose id is taken by another text is kept under a
derived id (``<id>~<hash>``), never dropped. Problems are written to the ``errors``
table once each (keyed by origin, line, kind and reason), so reruns do not pile them
up. A batch the store refuses is retried article by article, so one bad article costs
only itself; so is a batch whose worker process died.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from polybius.ingest.article import dateline_finder, distinct_id
from polybius.ingest.items import Candidate, ReadError
from polybius.ingest.process import PipelineLike, process_batch, worker_batch, worker_init
from polybius.ingest.readers import Limits, ReadContext, read_source
from polybius.ingest.sources import iter_sources
from polybius.screened import screened_out
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
    renamed: int = 0        # id taken by another text: stored under a derived id
    events: int = 0         # events committed
    errors: int = 0         # problems (each also in the errors table)
    error_kinds: Counter = field(default_factory=Counter)
    sample_errors: list[ReadError] = field(default_factory=list)
    guessed_encodings: int = 0
    screened: Counter = field(default_factory=Counter)   # not parsed: reason -> articles
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
    """``max_chars`` of text per article; ten times that in bytes for a raw page."""
    return Limits(max_text_chars=settings.max_chars, max_raw_bytes=10 * settings.max_chars)


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

    def given(self, items: Iterable[Candidate | ReadError]) -> Iterator[Candidate]:
        """Items a caller has already read (the watcher's fetched feed entries)."""
        for item in items:
            if isinstance(item, ReadError):
                self.error(item)
            else:
                self.summary.read += 1
                yield item

    def fresh(self, batch: list[Candidate]) -> list[Candidate]:
        """Drop articles already stored or seen in this run (same text or URL); give an
        article whose id another text holds a derived id, and say so."""
        arts = [c.article for c in batch]
        ids = [a.id for a in arts] + [distinct_id(a) for a in arts]
        known = self.store.known_articles(ids, [a.content_hash for a in arts],
                                          [a.url for a in arts if a.url])
        out = []
        for cand in batch:
            art = cand.article
            same = {art.content_hash, art.url} - {None}
            if same & known or same & self.seen:
                self.summary.duplicates += 1
                continue
            if art.id in known or art.id in self.seen:
                new_id = distinct_id(art)
                self.pending_errors.append(ReadError(
                    cand.origin, cand.line, "id_reused",
                    f"id {art.id!r} is already used by another text; kept as {new_id!r}"))
                self.summary.renamed += 1
                art.id = new_id
            self.seen |= same | {art.id}
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
            reason = screened_out(outcome)
            if reason:
                self.summary.screened[reason] += 1
        for got in self._store(pairs, extras, {c.article.id: c for c in batch}):
            self.summary.stored += got["articles"]
            self.summary.events += got["events"]
            self.summary.duplicates += got["skipped"]
        self.flush_errors()

    def _store(self, pairs: list, extras: dict, cands: dict[str, Candidate]) -> Iterator[dict[str, int]]:
        """Store the batch in one transaction; if the store refuses it, article by
        article, each refusal recorded as a ``store`` error of that article."""
        try:
            got = self.store.add_articles_with_events(pairs, extras=extras, run_id=self.summary.run_id)
        except Exception as exc:  # noqa: BLE001 - isolate the article the store refuses
            if len(pairs) > 1:
                for pair in pairs:
                    yield from self._store([pair], extras, cands)
                return
            cand = cands[pairs[0][0].id]
            self.error(ReadError(cand.origin, cand.line, "store",
                                 f"the store refused the article: {type(exc).__name__}: {exc}"))
            return
        yield got

    def flush_errors(self) -> None:
        if self.pending_errors:
            self.store.add_errors([e.to_dict() for e in self.pending_errors], run_id=self.summary.run_id)
            self.pending_errors = []
        if self.on_progress:
            self.on_progress(self.summary)


def ingest(inputs: list[str], store: Store, settings: Settings, *, jobs: int = 1,
           pipeline: PipelineLike | None = None, commit_size: int | None = None,
           on_progress: Callable[[IngestSummary], None] | None = None,
           items: Iterable[Candidate | ReadError] | None = None) -> IngestSummary:
    """Read ``inputs`` (files, folders, URLs), extract events, store both.

    ``jobs > 1`` runs extraction in that many worker processes (each loads its own
    pipeline); ``pipeline`` reuses an already built Pipeline when ``jobs == 1``.
    ``commit_size`` articles are committed per transaction (default: 2 x batch_size).
    ``items``: articles (and read problems) the caller has already read; ``inputs``
    then only names them in the run record.
    """
    run_id = store.start_run(inputs)
    summary = IngestSummary(run_id)
    state = _Ingest(store, settings, summary, on_progress)
    size = commit_size or max(1, 2 * settings.batch_size)
    read = state.candidates(inputs) if items is None else state.given(items)
    batches = (b for b in (state.fresh(batch) for batch in _batched(read, size)) if b)
    status = "failed"
    try:
        if jobs <= 1:
            if pipeline is None:
                from polybius.pipeline import get_pipeline
                pipeline = get_pipeline(settings)
            for batch in batches:
                state.commit(batch, process_batch(pipeline, [c.article for c in batch]))
        else:
            _run_parallel(batches, state, settings, jobs)
        state.flush_errors()
        status = "done"
    finally:
        summary.finished = time.monotonic()
        store.finish_run(run_id, {"articles": summary.stored, "events": summary.events,
                                  "errors": summary.errors}, status)
    return summary


def _outcomes(fut: Future, size: int) -> tuple[list, bool]:
    """A batch's outcomes, or one ``pipeline`` error per article when its worker failed;
    True when the pool is broken (a worker died) and must be replaced."""
    try:
        return fut.result(), False
    except BrokenProcessPool:
        why = "the extraction worker died on this article (killed, or out of memory)"
        return [("pipeline", why)] * size, True
    except Exception as exc:  # noqa: BLE001 - the batch is reported, the run goes on
        return [("pipeline", f"extraction failed: {type(exc).__name__}: {exc}")] * size, False


def _pool(settings: Settings, jobs: int) -> ProcessPoolExecutor:
    ctx = multiprocessing.get_context("spawn")  # no fork of an open database connection
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=worker_init,
                               initargs=(settings, os.getpid()))


def _run_parallel(batches: Iterator[list[Candidate]], state: _Ingest, settings: Settings, jobs: int) -> None:
    """At most ``2 * jobs`` batches in flight; results committed in input order.

    When a worker dies (killed, out of memory) the pool is replaced and the articles of
    the batches it broke are retried one at a time, so only the article that kills a
    worker is lost (with a ``pipeline`` error), not its neighbours.
    """
    pool = _pool(settings, jobs)
    inflight: deque[tuple[list[Candidate], Future]] = deque()
    broken_batches: list[list[Candidate]] = []

    def settle_oldest() -> bool:
        batch, fut = inflight.popleft()
        outcomes, broken = _outcomes(fut, len(batch))
        if broken:
            broken_batches.append(batch)
        else:
            state.commit(batch, outcomes)
        return broken

    def new_pool() -> None:
        nonlocal pool
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(settings, jobs)

    def recover() -> None:
        while inflight:  # those done before the break are kept; the rest are retried
            settle_oldest()
        new_pool()
        while broken_batches:
            for cand in broken_batches.pop(0):
                outcomes, broken = _outcomes(pool.submit(worker_batch, settings, [cand.article]), 1)
                state.commit([cand], outcomes)
                if broken:
                    new_pool()

    try:
        for batch in batches:
            articles = [c.article for c in batch]
            try:
                fut = pool.submit(worker_batch, settings, articles)
            except BrokenProcessPool:
                recover()
                fut = pool.submit(worker_batch, settings, articles)
            inflight.append((batch, fut))
            if len(inflight) >= 2 * jobs and settle_oldest():
                recover()
        while inflight:
            if settle_oldest():
                recover()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
