"""``spark extract``: the single-machine pipeline, run inside ``mapPartitions``.

Each Python worker builds the pipeline once (``polybius.pipeline.get_pipeline`` caches it
per process, and Spark reuses workers across tasks) and feeds it its partition in
batches through ``Pipeline.process_many`` — the very code ``polybius extract`` runs, so
there is no second implementation. The gazetteer index is built (or found) once on the
driver and shipped with the job (``spark.gazetteer``). Per-article failures become rows
of the error table; they do not fail the job — unless no article at all succeeded
(``ExtractFailed``, after the error table is written): a pipeline that cannot start
on the executors must not look like a run that found no events.

Output layout (``OUTPUT`` may be any Hadoop URI)::

    OUTPUT/events/month=YYYY-MM/part-*.parquet   (month=unknown when undatable)
    OUTPUT/errors/part-*.parquet                 (article_id, stage, reason)
    OUTPUT/articles/part-*.parquet               (the articles read, with n_events)
"""
from __future__ import annotations

import functools
import itertools
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from polybius.records import Article, Event
from polybius.settings import Settings
from polybius.spark import inputs
from polybius.spark.articles import BadRecord, article_from_item
from polybius.spark.gazetteer import executor_settings, ship_gazetteer
from polybius.spark.rows import (ARTICLE_COLUMNS, PARTITION_COLUMN, error_row, event_to_row,
                                 row_to_spark_tuple, spark_error_schema, spark_event_schema,
                                 spark_schema, to_spark_tuple)

EVENT, ERROR, COUNT, ARTICLE, DONE = "e", "x", "n", "a", "k"


@dataclass
class ExtractStats:
    articles: int
    events: int
    errors: int
    seconds: float
    events_path: str
    errors_path: str
    articles_path: str | None = None
    phases: dict[str, float] = field(default_factory=dict)


class ExtractFailed(RuntimeError):
    """No article of the job was processed: the reason is the commonest error row's."""

    def __init__(self, message: str, stats: ExtractStats):
        super().__init__(message)
        self.stats = stats


def _error_tuple(article_id: str, stage: str, exc: BaseException | str) -> tuple[str, tuple]:
    row = error_row(article_id, stage, exc)
    return ERROR, (row["article_id"], row["stage"], row["reason"])


def _event_tuples(events: list[Event]) -> list[tuple[str, tuple]]:
    return [(EVENT, row_to_spark_tuple(event_to_row(ev))) for ev in events]


def _article_tuple(article: Article, n_events: int) -> tuple[str, tuple]:
    row = dict(article.to_dict(), n_events=n_events)
    return ARTICLE, to_spark_tuple(row, ARTICLE_COLUMNS)


def _item_id(item: Any) -> str:
    try:
        return article_from_item(item).id
    except BadRecord as exc:
        return exc.article_id


def extract_partition(items: Iterable[Any], settings: Settings,
                      keep_articles: bool = False,
                      gazetteer: str | None = None) -> Iterator[tuple[str, Any]]:
    """Tagged output of one partition: events, errors, articles (when kept) and, last,
    the count of articles read and of articles processed without error.

    ``gazetteer`` names the index file the driver shipped (``spark.gazetteer``). A
    pipeline that cannot be built here (a data file missing from this executor's
    environment, say) makes every item an error row of stage ``setup``, with the reason.
    """
    from polybius.pipeline import get_pipeline

    n_articles = n_done = 0
    try:
        pipeline = get_pipeline(executor_settings(settings, gazetteer))
    except Exception as exc:  # noqa: BLE001 - reported per article, and by run_extract
        for item in items:
            if isinstance(item, str) and not item.strip():
                continue
            n_articles += 1
            yield _error_tuple(_item_id(item), "setup", exc)
        yield COUNT, n_articles
        yield DONE, 0
        return
    chunk_size = max(1, settings.batch_size) * 4
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, chunk_size)):
        articles = []
        for item in chunk:
            if isinstance(item, str) and not item.strip():
                continue
            try:
                articles.append(article_from_item(item))
            except BadRecord as exc:
                yield _error_tuple(exc.article_id, "read", str(exc))
        for article, result in pipeline.process_many(articles):
            n_articles += 1
            if isinstance(result, Exception):
                yield _error_tuple(article.id, "pipeline", result)
                continue
            try:
                rows = _event_tuples(result)
            except (TypeError, ValueError, AttributeError) as exc:
                yield _error_tuple(article.id, "row", exc)
                continue
            n_done += 1
            yield from rows
            if keep_articles:
                yield _article_tuple(article, len(rows))
    yield COUNT, n_articles
    yield DONE, n_done


def _commonest_error(tagged) -> str:
    """``stage: reason`` of the most frequent error row (reasons cut to one line)."""
    reasons = (tagged.filter(lambda t: t[0] == ERROR)
               .map(lambda t: (f"{t[1][1]}: {t[1][2].splitlines()[0][:300]}", 1))
               .reduceByKey(lambda a, b: a + b)
               .takeOrdered(1, key=lambda kv: -kv[1]))
    return reasons[0][0] if reasons else "no reason recorded"


def run_extract(spark, input_path: str, output: str, settings: Settings | None = None,
                fmt: str = "auto", partitions: int | None = None,
                mode: str = "errorifexists", keep_articles: bool = True) -> ExtractStats:
    """Read ``input_path``, extract events on the cluster, write events and errors, and
    (``keep_articles``) the articles with their text, which ``polybius load`` needs."""
    from pyspark import StorageLevel

    settings = settings or Settings()
    started = time.perf_counter()
    rdd = inputs.read_items(spark, input_path, fmt, settings)
    sc = spark.sparkContext
    wanted = partitions or max(rdd.getNumPartitions(), 2 * sc.defaultParallelism)
    if wanted != rdd.getNumPartitions():
        rdd = rdd.repartition(wanted)
    phases: dict[str, float] = {}
    clock = time.perf_counter()
    shipped = ship_gazetteer(sc, settings)   # ~10 s the first time, then found in the cache
    phases["gazetteer"] = time.perf_counter() - clock
    tagged = rdd.mapPartitions(functools.partial(extract_partition, settings=settings,
                                                 keep_articles=keep_articles,
                                                 gazetteer=shipped))
    tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK)
    events_path = output.rstrip("/") + "/events"
    errors_path = output.rstrip("/") + "/errors"
    articles_path = output.rstrip("/") + "/articles" if keep_articles else None
    try:
        # First job: run the pipeline into the cache and count what came out.
        clock = time.perf_counter()
        counts = dict(tagged.map(lambda t: (t[0], t[1] if t[0] in (COUNT, DONE) else 1))
                      .reduceByKey(lambda a, b: a + b).collect())
        phases["extract"] = time.perf_counter() - clock
        clock = time.perf_counter()
        events = spark.createDataFrame(
            tagged.filter(lambda t: t[0] == EVENT).map(lambda t: t[1]),
            spark_event_schema(), verifySchema=False)
        # One writer per month (not per task and month): far fewer small files.
        (events.repartition(PARTITION_COLUMN).write.mode(mode)
         .partitionBy(PARTITION_COLUMN).parquet(events_path))
        phases["write_events"] = time.perf_counter() - clock
        clock = time.perf_counter()
        errors = spark.createDataFrame(
            tagged.filter(lambda t: t[0] == ERROR).map(lambda t: t[1]),
            spark_error_schema(), verifySchema=False)
        errors.coalesce(1).write.mode(mode).parquet(errors_path)
        phases["write_errors"] = time.perf_counter() - clock
        if articles_path:
            clock = time.perf_counter()
            articles = spark.createDataFrame(
                tagged.filter(lambda t: t[0] == ARTICLE).map(lambda t: t[1]),
                spark_schema(ARTICLE_COLUMNS), verifySchema=False)
            articles.write.mode(mode).parquet(articles_path)
            phases["write_articles"] = time.perf_counter() - clock
        failed_all = counts.get(DONE, 0) == 0 and counts.get(ERROR, 0) > 0
        reason = _commonest_error(tagged) if failed_all else ""
    finally:
        tagged.unpersist()
    stats = ExtractStats(articles=counts.get(COUNT, 0), events=counts.get(EVENT, 0),
                         errors=counts.get(ERROR, 0),
                         seconds=round(time.perf_counter() - started, 3),
                         events_path=events_path, errors_path=errors_path,
                         articles_path=articles_path,
                         phases={k: round(v, 3) for k, v in phases.items()})
    if failed_all:
        raise ExtractFailed(f"every article failed ({stats.errors} error rows in "
                            f"{errors_path}); the commonest error: {reason}", stats)
    return stats
