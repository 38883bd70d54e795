"""Exports of stored events and incidents: CSV (ACLED-like columns), GeoJSON, Parquet
(full record) and JSONL, with the PLOVER -> CAMEO/ACLED/GTD type table."""
from polybius.export.writers import FORMATS, WHATS, export

__all__ = ["FORMATS", "WHATS", "export"]
