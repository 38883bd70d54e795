"""Input tables as an RDD of items that ``articles.article_from_item`` understands.

* JSONL (``.jsonl``, ``.json``, ``.gz``, a directory or a glob): raw lines, parsed in the
  executors so a bad line becomes an error row instead of a null record;
* Parquet: rows with the article-table columns (id, text, published, url, title,
  source; missing optional columns are fine);
* a manifest (``.txt``/``.manifest``/``.lst``): one WARC path per line, one task per
  WARC, each read with the ingest WARC reader.
"""
from __future__ import annotations

import functools
import os
from typing import Any, Iterator

from polybius.settings import Settings
from polybius.spark.articles import ARTICLE_COLUMNS
from polybius.spark.warc import is_local, read_local_warc, read_warc_bytes

FORMATS = ("auto", "jsonl", "parquet", "manifest")
_MANIFEST_SUFFIXES = (".txt", ".manifest", ".lst")


def detect_format(path: str) -> str:
    """Guess the input format from the path (local directories are looked into)."""
    lower = path.lower().rstrip("/")
    if lower.endswith(".parquet"):
        return "parquet"
    if lower.endswith(_MANIFEST_SUFFIXES):
        return "manifest"
    if os.path.isdir(path):
        names = os.listdir(path)
        if any(n.endswith(".parquet") or n.startswith("part-") and ".parquet" in n
               for n in names):
            return "parquet"
    return "jsonl"


def read_items(spark, path: str, fmt: str = "auto", settings: Settings | None = None):
    """An RDD of JSON lines, article Rows or WARC article items for ``path``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}; choose from {FORMATS}")
    if fmt == "auto":
        fmt = detect_format(path)
    sc = spark.sparkContext
    if fmt == "jsonl":
        return sc.textFile(path)
    if fmt == "parquet":
        df = spark.read.parquet(path)
        present = [c for c in ARTICLE_COLUMNS if c in df.columns]
        if "text" not in present:
            raise ValueError(f"{path}: a Parquet article table needs a 'text' column")
        return df.select(*present).rdd
    return _manifest_items(sc, path, settings or Settings())


def _manifest_items(sc, manifest: str, settings: Settings):
    """One task per WARC: local paths are streamed by the worker, other URIs (hdfs://,
    s3a://) are loaded whole through Spark's Hadoop file systems."""
    paths = [p.strip() for p in sc.textFile(manifest).collect()
             if p.strip() and not p.lstrip().startswith("#")]
    if not paths:
        raise ValueError(f"{manifest}: the manifest lists no WARC files")
    local = [p for p in paths if is_local(p)]
    remote = [p for p in paths if not is_local(p)]
    parts = []
    if local:
        parts.append(sc.parallelize(local, len(local)).flatMap(
            functools.partial(_local_items, settings=settings)))
    if remote:
        parts.append(sc.binaryFiles(",".join(remote)).flatMap(
            functools.partial(_remote_items, settings=settings)))
    return parts[0] if len(parts) == 1 else sc.union(parts)


def _local_items(path: str, settings: Settings) -> Iterator[Any]:
    return read_local_warc(path, settings)


def _remote_items(pair: tuple[str, bytes], settings: Settings) -> Iterator[Any]:
    return read_warc_bytes(pair[0], pair[1], settings)
