"""``process_article``: the one entry point the CLI, the HTTP API and Spark all call.

read (Article) -> screen (``extract.prefilter``: an article that cannot hold an event is
not parsed and has no events) -> parse (nlp) -> find events (extract) -> resolve (actors,
places, dates). Fusion across articles happens later, over stored events (``polybius.fuse``).
"""
from __future__ import annotations

import dataclasses
from collections import Counter, deque
from typing import Iterable, Iterator

from polybius.chunking import pieces_of, rejoin
from polybius.extract.assemble import assemble
from polybius.extract.history import recalled_elsewhere
from polybius.extract.mentions.chrome import story_end
from polybius.extract.news_day import date_by_lapse, date_by_news_day, date_from_sentences
from polybius.extract.prefilter import Prefilter, Screen
from polybius.ingest.article import read_page_day
from polybius.nlp import selective
from polybius.records import Article, Event, with_news_date
from polybius.screened import ScreenedOut
from polybius.resolve.datelines import find_dateline
from polybius.resolve.sides import settle_sides
from polybius.settings import Settings


class Pipeline:
    """Holds the loaded models; build one per process and reuse it."""

    def __init__(self, settings: Settings | None = None):
        from polybius.extract.mentions.extractor import Extractor
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
        ((_, result),) = self.process_many([article])
        if isinstance(result, Exception):
            raise result
        return result

    def process_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event] | Exception]]:
        """Yield ``(article, events)`` or ``(article, exception)`` in input order: one bad
        article never stops the batch. Articles over ``Settings.chunk_chars`` are parsed
        in pieces (``polybius.chunking``) and their events put back together."""
        pending: deque[tuple[Article, list, list]] = deque()

        def pieces() -> Iterator[Article]:
            for art in articles:
                _date_from_dateline(art)  # before cutting: the dateline opens the text
                parts = pieces_of(_without_foot(art), self.settings.chunk_chars)
                pending.append((art, parts, []))
                yield from (piece for _, piece in parts)

        for _, result in self._in_batches(pieces()):
            art, parts, got = pending[0]
            got.append(result)
            if len(got) == len(parts):
                pending.popleft()
                failed = next((r for r in got if isinstance(r, Exception)), None)
                if failed is not None:
                    yield art, failed
                elif all(isinstance(r, ScreenedOut) for r in got):   # every piece
                    yield art, got[0]
                else:
                    yield art, rejoin(art, parts, got)

    def _in_batches(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event] | Exception]]:
        """A batch holds at most ``batch_size`` articles and about four ``chunk_chars``
        of text, since all its parsed docs are in memory at once."""
        batch: list[Article] = []
        chars = 0
        max_chars = 4 * self.settings.chunk_chars
        for art in articles:
            if batch and (len(batch) >= self.settings.batch_size or chars + len(art.text) > max_chars):
                yield from self._run_batch(batch)
                batch, chars = [], 0
            batch.append(art)
            chars += len(art.text)
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
            for art, screen in zip(batch, screens):
                try:
                    if isinstance(screen, Exception):
                        raise screen
                    if screen.reason:
                        yield art, self._unparsed(art, screen.reason)
                    else:
                        yield art, self._events(art, self._nlp_mod.parse(self.nlp, art.text))
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
        context, named = self.settings.parse_context, self.settings.entity_context
        if context < 0 or self.prefilter is None or self.prefilter.forms is None:
            return list(self._nlp_mod.parse_many(self.nlp, todo, self.settings.batch_size))

        def plan(doc) -> selective.Plan:
            parse = self.prefilter.ranges(doc, context)
            if 0 <= named <= context:   # entities in the same sentences
                return selective.Plan(parse, parse)
            entities = self.prefilter.ranges(doc, named) if named >= 0 else None
            return selective.Plan(entities, parse, selective.MARGIN)
        return selective.parse_parts(self.nlp, todo, plan, self._nlp_mod, self.settings.batch_size)

    def _screen(self, article: Article) -> Screen:
        if self.prefilter is None:
            return Screen(None, article.text)
        return self.prefilter.screen(article.text)

    def _unparsed(self, article: Article, reason: str) -> list[Event]:
        """An article that cannot hold an event: no events, its metadata as if parsed."""
        self.unparsed[reason] += 1
        _date_from_dateline(article)
        return ScreenedOut(reason)

    def _events(self, article: Article, doc) -> list[Event]:
        _date_from_dateline(article)
        mentions = self.extractor.extract(article, doc)
        resolved = self.resolver.resolve(article, doc, mentions)
        # the one date rule (records.news_date): every output sees the same date
        lex = self.extractor.lex
        happenings = date_by_lapse(date_by_news_day(assemble(mentions, resolved, lex), doc, lex, mentions),
                                   mentions, lex)
        happenings = date_from_sentences(happenings, doc, lex)
        happenings = self.resolver.refine_places(doc, happenings, lex.separate_event)
        happenings = recalled_elsewhere(happenings, lex.earlier_day)
        happenings = settle_sides(happenings)
        return [with_news_date(e) for e in happenings]


def _without_foot(article: Article) -> Article:
    """The article without the list of other stories at the page's foot
    (``chrome.story_end``): the same text up to there, so offsets are unchanged."""
    end = story_end(article.text)
    if end >= len(article.text):
        return article
    return dataclasses.replace(article, text=article.text[:end])


def _date_from_dateline(article: Article) -> None:
    """No metadata date: the dateline or byline date, said so; else a month-day with no
    year heading the page (``ingest.article.read_page_day``)."""
    if not article.published:
        found = find_dateline(article.text)
        if found:
            article.published, article.published_from = found[1].value, "dateline"
        else:
            read_page_day(article)


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
