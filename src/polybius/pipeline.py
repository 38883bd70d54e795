"""``process_article``: the one entry point the CLI, the HTTP API and Spark all call.

read (Article) -> parse (nlp) -> find events (extract) -> resolve (actors, places, dates).
Fusion across articles happens later, over stored events (``polybius.fuse``).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from polybius.extract.assemble import assemble
from polybius.records import Article, Event, with_news_date
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

    def process(self, article: Article) -> list[Event]:
        doc = self._nlp_mod.parse(self.nlp, article.text)
        return self._events(article, doc)

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
        try:
            docs = list(self._nlp_mod.parse_many(self.nlp, (a.text for a in batch),
                                                 self.settings.batch_size))
        except Exception:  # fall back to one by one to isolate the bad article
            for art in batch:
                try:
                    yield art, self.process(art)
                except Exception as exc:  # noqa: BLE001 - reported to the caller
                    yield art, exc
            return
        for art, doc in zip(batch, docs):
            try:
                yield art, self._events(art, doc)
            except Exception as exc:  # noqa: BLE001 - reported to the caller
                yield art, exc

    def _events(self, article: Article, doc) -> list[Event]:
        if not article.published:  # no metadata date: the dateline or byline date, said so
            found = find_dateline(article.text)
            if found:
                article.published, article.published_from = found[1].value, "dateline"
        mentions = self.extractor.extract(article, doc)
        resolved = self.resolver.resolve(article, doc, mentions)
        # the one date rule (records.news_date): every output sees the same date
        return [with_news_date(e) for e in assemble(mentions, resolved, self.extractor.lex)]


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
