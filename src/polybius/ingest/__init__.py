"""Read news from files, folders and URLs (txt, html, jsonl(.gz), RSS/Atom, WARC) into
``Article`` records, extract their events and store both.

``ingest(inputs, store, settings, jobs=1)`` is the one public function; readers live
in ``readers.py``, the loop in ``runner.py``.
"""
from polybius.ingest.runner import IngestSummary, ingest

__all__ = ["IngestSummary", "ingest"]
