"""ACLED codebook conventions (``data/acled.yaml``, ``data/acled_regions.csv``), loaded
and validated in one place: actor type and interaction codes, disorder type, region,
numeric ISO code, outlet scale and ACLED's numbers for vague fatality counts.
See docs/mappings.md ("ACLED-compatible CSV").
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import pycountry
import yaml

from polybius.export.mappings import ACLED_TYPES
from polybius.settings import DATA_DIR

DATA = DATA_DIR
#: ACLED's columns in ACLED's order (ACLED Codebook, "ACLED data columns at a glance").
COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
DISORDER_TYPES = ("Political violence", "Demonstrations", "Strategic developments")
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")


class AcledDataError(ValueError):
    pass


@dataclass(frozen=True)
class Side:
    """One side of an ACLED event: its name and inter code."""
    name: str | None
    inter: int


@dataclass(frozen=True)
class Conventions:
    disorder: dict[str, str]
    inter: dict[str, int]
    demonstrators: dict[str, dict[str, Any]]
    unnamed: dict[str, dict[str, Any]]
    vague: dict[str, int]
    scales: tuple[tuple[str, str], ...]   # (needle, scale)
    regions: dict[str, str]

    def disorder_type(self, acled_type: str | None) -> str | None:
        return self.disorder.get(acled_type or "")

    def region(self, iso3: str | None) -> str | None:
        return self.regions.get((iso3 or "").upper())

    def source_scale(self, outlet: str | None, url: str | None = None) -> str | None:
        """The scale of the first listed outlet named (whole words) in the outlet name or
        URL host."""
        host = urlsplit(url).hostname or "" if url else ""
        hay = " ".join(x.lower() for x in (outlet, host) if x)
        for needle, scale in self.scales:
            if re.search(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])", hay):
                return scale
        return None

    def fatalities(self, killed: Any) -> int:
        """ACLED's fatalities: the reported number, ACLED's number for a vague word
        ("dozens" -> 12), 0 when none is reported."""
        if killed is None:
            return 0
        words = (getattr(killed, "text", None) or "").lower().split()
        for word in reversed(words):
            if word in self.vague:
                return self.vague[word]
        return int(killed.value)

    def sides(self, acled_type: str | None, actor: Any, recipient: Any,
              country: str | None) -> tuple[Side, Side]:
        """(actor1, actor2) with ACLED names for unnamed sides and inter codes."""
        where = country or "unknown country"
        demo = self.demonstrators.get(acled_type or "")
        if demo is not None:
            first = Side(_name(actor) or demo["name"].format(country=where), int(demo["inter"]))
        elif actor is not None:
            first = Side(_name(actor), self.inter.get(actor.kind or "unknown", 3))
        elif acled_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            u = self.unnamed["attacker"]
            first = Side(u["name"].format(country=where), int(u["inter"]))
        else:
            first = Side(None, 0)
        if recipient is not None:
            second = Side(_name(recipient), self.inter.get(recipient.kind or "unknown", 3))
        elif acled_type == "Violence against civilians":
            u = self.unnamed["civilians"]
            second = Side(u["name"].format(country=where), int(u["inter"]))
        else:
            second = Side(None, 0)
        return first, second


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first ('17'); one side alone
    is its code times ten ('10'); no side at all is 0."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def iso_numeric(iso3: str | None) -> int | None:
    found = pycountry.countries.get(alpha_3=iso3.upper()) if iso3 else None
    return int(found.numeric) if found else None


def _name(actor: Any) -> str | None:
    return (actor.name or actor.text) if actor is not None else None


def parse(text: str, regions_text: str) -> Conventions:
    data = yaml.safe_load(text) or {}
    disorder = dict(data.get("disorder_type") or {})
    for acled_type, disorder_type in disorder.items():
        if acled_type not in ACLED_TYPES or disorder_type not in DISORDER_TYPES:
            raise AcledDataError(f"acled.yaml: unknown disorder mapping {acled_type!r} -> {disorder_type!r}")
    missing = [t for t in ACLED_TYPES if t and t not in disorder]
    if missing:
        raise AcledDataError(f"acled.yaml: no disorder_type for {', '.join(missing)}")
    inter = {str(k): int(v) for k, v in (data.get("inter") or {}).items()}
    if any(not 1 <= v <= 8 for v in inter.values()):
        raise AcledDataError("acled.yaml: inter codes are 1..8")
    scales = []
    for scale, needles in (data.get("source_scale") or {}).items():
        if scale not in SCALES:
            raise AcledDataError(f"acled.yaml: unknown source scale {scale!r}")
        scales.extend((str(n).lower(), scale) for n in needles)
    body = "\n".join(line for line in regions_text.splitlines() if not line.startswith("#"))
    regions = {r["iso3"]: r["region"] for r in csv.DictReader(io.StringIO(body))}
    if not regions:
        raise AcledDataError("acled_regions.csv: no rows")
    return Conventions(disorder, inter, dict(data.get("demonstrators") or {}),
                       dict(data.get("unnamed") or {}),
                       {str(k): int(v) for k, v in (data.get("vague_fatalities") or {}).items()},
                       tuple(scales), regions)


@lru_cache(maxsize=1)
def load() -> Conventions:
    return parse((DATA / "acled.yaml").read_text(encoding="utf-8"),
                 (DATA / "acled_regions.csv").read_text(encoding="utf-8"))
