"""Schema migrations, applied in order and recorded in ``schema_version``.

Each migration is a module ``vNNN_<name>.py`` with ``DESCRIPTION`` and ``STATEMENTS``
(SQL both DuckDB and PostgreSQL accept), optionally ``DUCKDB`` and ``POSTGRES`` (run
after ``STATEMENTS`` on that backend only). Migrations are Python modules rather than
``.sql`` files so they ship inside the wheel without package-data rules. Never edit a
released migration: add the next one.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from polybius.store.migrations import (v001_initial, v002_watch_state, v003_unique_keys,
                                       v004_incident_outlets, v005_page_monthday)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    duckdb: tuple[str, ...] = ()
    postgres: tuple[str, ...] = ()

    def statements_for(self, dialect: str) -> tuple[str, ...]:
        """The shared statements, then those of ``dialect`` (``duckdb`` or ``postgres``)."""
        return self.statements + getattr(self, dialect)

    @classmethod
    def of(cls, version: int, module: ModuleType) -> "Migration":
        return cls(version, module.DESCRIPTION, tuple(module.STATEMENTS),
                   tuple(getattr(module, "DUCKDB", ())), tuple(getattr(module, "POSTGRES", ())))


MIGRATIONS: tuple[Migration, ...] = (
    Migration.of(1, v001_initial),
    Migration.of(2, v002_watch_state),
    Migration.of(3, v003_unique_keys),
    Migration.of(4, v004_incident_outlets),
    Migration.of(5, v005_page_monthday),
)

LATEST = MIGRATIONS[-1].version

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT,
    applied_at  TIMESTAMP
)
"""


def pending(current: int) -> list[Migration]:
    """The migrations newer than ``current``, oldest first."""
    return [m for m in MIGRATIONS if m.version > current]


def check_order() -> None:
    """Versions must be 1..N without gaps (a cheap guard against a mis-numbered file)."""
    versions = [m.version for m in MIGRATIONS]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration versions out of order: {versions}")

