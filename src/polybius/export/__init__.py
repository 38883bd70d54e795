"""Exports of stored events and incidents: CSV (ACLED's columns first), GeoJSON, Parquet
(full record) and JSONL, with the PLOVER -> CAMEO/ACLED/GTD type table."""
from polybius.export.frame import CSV_DTYPES, to_frame
from polybius.export.writers import FORMATS, WHATS, ExportResult, export

__all__ = ["CSV_DTYPES", "FORMATS", "WHATS", "ExportResult", "export", "to_frame"]
