"""The PLOVER -> CAMEO / ACLED / GTD type table (``data/type_mappings.csv``), loaded and
validated in one place. See docs/mappings.md.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from polybius.records import EVENT_TYPES
from polybius.settings import DATA_DIR

DEFAULT_PATH = DATA_DIR / "type_mappings.csv"
COLUMNS = ("event_type", "mode", "target", "cameo_root", "cameo_code", "cameo_label",
           "acled_event_type", "acled_sub_event_type", "gtd_attack_type")
ACLED_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians",
               "Protests", "Riots", "Strategic developments", "")
GTD_TYPES = ("Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
             "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
             "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown", "")
#: Recipient kinds that make a target 'armed' (see the CSV header).
ARMED_KINDS = ("security_forces", "armed_group", "state")


STATE_KINDS = ("security_forces", "state")


def armed_target(recipient_kind: str | None, actor_kind: str | None = None) -> bool:
    """Whether the side attacked was armed. An armed recipient is; so is any side but
    civilians that state forces fire on ("soldiers shot dead the attackers" is a clash,
    not violence against civilians: ACLED codes force against civilians only when the
    report says they were civilians)."""
    if recipient_kind in ARMED_KINDS:
        return True
    return actor_kind in STATE_KINDS and recipient_kind != "civilians"


class MappingError(ValueError):
    pass


@dataclass(frozen=True)
class TypeMapping:
    event_type: str
    mode: str
    target: str
    cameo_root: str
    cameo_code: str
    cameo_label: str
    acled_event_type: str
    acled_sub_event_type: str
    gtd_attack_type: str


class TypeMappings:
    def __init__(self, rows: list[TypeMapping]):
        self._by_key = {(r.event_type, r.mode, r.target): r for r in rows}

    def __len__(self) -> int:
        return len(self._by_key)

    def lookup(self, event_type: str, mode: str | None, recipient_kind: str | None = None,
               actor_kind: str | None = None) -> TypeMapping | None:
        """Most specific row: exact mode before '*', armed target before any target."""
        target = "armed" if armed_target(recipient_kind, actor_kind) else "*"
        for key in ((event_type, mode, target), (event_type, mode, "*"),
                    (event_type, "*", target), (event_type, "*", "*")):
            if key in self._by_key:
                return self._by_key[key]
        return None


def parse(text: str, origin: str = "type_mappings.csv") -> TypeMappings:
    """Parse and validate the CSV text (``#`` lines are the provenance header)."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    reader = csv.DictReader(io.StringIO(body))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise MappingError(f"{origin}: columns must be {', '.join(COLUMNS)}; got {reader.fieldnames}")
    rows, seen = [], set()
    for n, raw in enumerate(reader, 2):
        row = TypeMapping(**{k: (raw[k] or "").strip() for k in COLUMNS})
        where = f"{origin} row {n}"
        if row.event_type not in EVENT_TYPES:
            raise MappingError(f"{where}: unknown PLOVER event type {row.event_type!r}")
        if not row.mode or row.mode != row.mode.lower():
            raise MappingError(f"{where}: mode must be lower case or '*'")
        if row.target not in ("*", "armed"):
            raise MappingError(f"{where}: target must be '*' or 'armed'")
        if not (row.cameo_root.isdigit() and len(row.cameo_root) == 2 and 1 <= int(row.cameo_root) <= 20):
            raise MappingError(f"{where}: CAMEO root must be 01..20, got {row.cameo_root!r}")
        if not row.cameo_code.startswith(row.cameo_root):
            raise MappingError(f"{where}: CAMEO code {row.cameo_code!r} is not under root {row.cameo_root}")
        if row.acled_event_type not in ACLED_TYPES:
            raise MappingError(f"{where}: unknown ACLED event type {row.acled_event_type!r}")
        if bool(row.acled_event_type) != bool(row.acled_sub_event_type):
            raise MappingError(f"{where}: ACLED event type and sub-event type go together")
        if row.gtd_attack_type not in GTD_TYPES:
            raise MappingError(f"{where}: unknown GTD attack type {row.gtd_attack_type!r}")
        key = (row.event_type, row.mode, row.target)
        if key in seen:
            raise MappingError(f"{where}: duplicate mapping for {key}")
        seen.add(key)
        rows.append(row)
    missing = [t for t in EVENT_TYPES if (t, "*", "*") not in seen]
    if missing:
        raise MappingError(f"{origin}: no default ('*') row for {', '.join(missing)}")
    return TypeMappings(rows)


@lru_cache(maxsize=4)
def load(path: Path = DEFAULT_PATH) -> TypeMappings:
    return parse(Path(path).read_text(encoding="utf-8"), Path(path).name)
