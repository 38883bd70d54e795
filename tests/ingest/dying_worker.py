"""Stand-ins for the extraction worker, importable by spawned processes without the
pipeline (test_ingest_resilience uses them)."""
from __future__ import annotations

import os


def quick_init(settings, parent_pid):
    """Worker initializer without the pipeline (these workers only sort texts)."""


def batch_or_die(settings, articles):
    """A worker that dies (as if killed or out of memory) on a text saying DIE."""
    if any("DIE" in a.text for a in articles):
        os._exit(3)
    return [[] for _ in articles]
