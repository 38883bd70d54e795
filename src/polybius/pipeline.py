"""``process_article``: the one entry point the CLI, the HTTP API and Spark all call.

read (Article) -> screen (``extract.prefilter``: an article that cannot hold an event is
not parsed and has no events) -> parse (nlp) -> find events (extract) -> resolve (actors,
places, dates). Fusion across articles happens later, over stored events (``polybius.fuse``).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator

from polybius.extract.assemble import assemble
from polybius.extract.prefilter import Prefilter, Screen
from polybius.nlp import selective
from polybius.records import Article, Event
from polybius.resolve.datelines import find_dateline
from polybius.settings import Settings


class Pipeline:
    """Holds the loaded models; build one per process and reuse it."""

    def __init__(self, settings: Settings | None = None):
        from polybius.extract.extractor import Extractor
        from polybius.nlp import spacy_pipeline
        from polybius.resolve.resolver import Resolver

        self.settings = settings or Settings()
        self._nlp_mod = spacy_pipeline
        self.nlp = spacy_pipeline.load(self.settings.spacy_model)
        self.extractor = Extractor(self.settings)
        self.resolver = Resolver(self.settings)
        self.prefilter = Prefilter(self.extractor.lex, self.nlp) if self.settings.prefilter else None
        self.unparsed: Counter = Counter()   # reason -> articles not parsed, for reports

    def process(self, article: Article) -> list[Event]:
        screen = self._screen(article)
        if screen.reason:
            return self._unparsed(article, screen.reason)
        return self._events(article, self._parse([screen.doc])[0])

    def process_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event] | Exception]]:
        """Yield ``(article, events)`` or ``(article, exception)``: one bad article never
        stops the batch."""
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]):
        screens: list[Screen | Exception] = []
        for art in batch:
            try:
                screens.append(self._screen(art))
            except Exception as exc:  # noqa: BLE001 - reported to the caller
                screens.append(exc)
        todo = [s.doc for s in screens if isinstance(s, Screen) and not s.reason]
        try:
            docs = iter(self._parse(todo))
        except Exception:  # fall back to one by one to isolate the bad article
            for art in batch:
                try:
                    yield art, self.process(art)
                except Exception as exc:  # noqa: BLE001 - reported to the caller
                    yield art, exc
            return
        for art, screen in zip(batch, screens):
            if isinstance(screen, Exception):
                yield art, screen
                continue
            try:
                if screen.reason:
                    yield art, self._unparsed(art, screen.reason)
                else:
                    yield art, self._events(art, next(docs))
            except Exception as exc:  # noqa: BLE001 - reported to the caller
                yield art, exc

    def _parse(self, todo: list) -> list:
        context = self.settings.parse_context
        if context < 0 or self.prefilter is None or self.prefilter.forms is None:
            return list(self._nlp_mod.parse_many(self.nlp, todo, self.settings.batch_size))
        return selective.parse_parts(self.nlp, todo, lambda d: self.prefilter.ranges(d, context),
                                     self._nlp_mod, self.settings.batch_size)

    def _screen(self, article: Article) -> Screen:
        if self.prefilter is None:
            return Screen(None, article.text)
        return self.prefilter.screen(article.text)

    def _unparsed(self, article: Article, reason: str) -> list[Event]:
        """An article that cannot hold an event: no events, its metadata as if parsed."""
        self.unparsed[reason] += 1
        _date_from_dateline(article)
        return []

    def _events(self, article: Article, doc) -> list[Event]:
        _date_from_dateline(article)
        mentions = self.extractor.extract(article, doc)
        resolved = self.resolver.resolve(article, doc, mentions)
        return assemble(mentions, resolved, self.extractor.lex)


def _date_from_dateline(article: Article) -> None:
    if not article.published:  # no metadata date: the dateline or byline date, said so
        found = find_dateline(article.text)
        if found:
            article.published, article.published_from = found[1].value, "dateline"


_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """A process-wide Pipeline per spaCy model (models are expensive to load)."""
    settings = settings or Settings()
    key = settings.spacy_model
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(settings)
    return _PIPELINES[key]


def process_article(article: Article, settings: Settings | None = None) -> list[Event]:
    return get_pipeline(settings).process(article)
