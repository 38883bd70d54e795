"""Place resolution: a mention as written ("the Yalova province", "northern Iraq",
"Palmyra") -> a ``records.Place`` with coordinates, precision and the reason it won.

Named steps, as in Mordecai: read the mention (strip "the", find a direction word, an
admin suffix such as "province", "near"/"outskirts of", a trailing ", Country") ->
candidates (macro-regions, countries, then GeoNames cities and admin1 divisions by
normalised name) -> score (prominence, name quality, what the suffix asked for, the
article's countries) -> the best one, with a short reason. Small places need the
article's countries on their side: a village that shares a name with a common word or a
person is never a good guess. Demonyms ("Syrian") are not places and are not handled here.

Scores are in "log10 population" units: a tenfold bigger place earns +1; the article
naming a place's country earns +4, which outweighs a 10,000-fold size gap.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from polybius.records import Place
from polybius.resolve.countries import CountryTable, default_table
from polybius.resolve.divisions import second_level
from polybius.resolve.gazetteer import (ADMIN1, ALTERNATE, LOOSE, Entry, GazetteerIndex,
                                        MacroRegion, PlacesData, load_places_data,
                                        name_key, strip_admin_suffix)
from polybius.settings import DATA_DIR, Settings

#: People a city needs to be a candidate, by (where it is, how it was named). Inside the
#: article's countries any town of GeoNames will do; without article countries a town
#: needs a real size; outside the article's countries it needs more, and more again when
#: only one of its alternate names matched (foreign exonyms: "Hamas" is Hamm in Lithuanian).
MIN_POP = {("context", 0): 0, ("context", 1): 1000,
           ("free", 0): 5000, ("free", 1): 20000,
           ("outside", 0): 50000, ("outside", 1): 200000}
#: A division's own city of the division's name must be this big to be "the" meaning.
MIN_POP_NAMESAKE = 5000
#: How alike (difflib ratio) an alternate name must be to a town's own to be a spelling of it.
SPELLING_ALIKE = 0.6
CONTEXT_BOOST = 4.0
#: Each later article country (by frequency) earns this much less, down to 4 - 2 * 1.5.
CONTEXT_RANK_STEP = 1.5
EXPLICIT_BOOST = 10.0
COUNTRY_SCORE = 50.0
REGION_SCORE = 100.0
#: A second-level division (no population in ISO 3166-2) scores as a place of 100,000.
DIVISION_SCORE = 5.0
MAX_CANDIDATES = 10

_MODE_BONUS = {  # (mode, is_admin1) -> bonus; the mode is what the mention asked for
    ("plain", True): -0.8, ("plain", False): 0.0,
    ("admin", True): 3.0, ("admin", False): -3.0,
    ("direction", True): 1.5, ("direction", False): 0.0,
    ("district", True): -1.0, ("district", False): 0.0,
    ("city", True): -3.0, ("city", False): 3.0,
    ("near", True): -0.8, ("near", False): 0.0,
}
MIN_POP_BIG_PRIMARY = 100_000
_QUALITY_PENALTY = {0: 0.0, ALTERNATE: -0.6, LOOSE: -1.2}
_STRIP = " \t\r\n,.;:!?\"'“”‘’()[]"
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")   # a hyphen between two letters


@dataclass(frozen=True)
class _Reading:
    """One way to read a mention: the name to look up and what the words around it ask."""
    key: str
    mode: str = "plain"
    word: str = ""  # the direction/suffix/near word that was peeled off
    country: str | None = None  # from a trailing ", Lebanon"
    lowercase: bool = False
    part: bool = False  # reads a part of the mention ("northern" peeled off)


class Gazetteer:
    """Resolve place mentions offline. Build with ``Gazetteer.load(settings)``."""

    def __init__(self, index: GazetteerIndex, data: PlacesData, countries: CountryTable):
        self.index = index
        self.data = data
        self.countries = countries
        self._regions: dict[str, MacroRegion] = {}
        for region in data.macro_regions:
            for n in (region.name, *region.aliases):
                self._regions[name_key(n)] = region
        self._near = sorted(data.near_words, key=len, reverse=True)
        self._directions = sorted(data.directions, key=len, reverse=True)
        self._direction_keys = frozenset(name_key(d) for d in data.directions)
        self._long: dict[str, tuple[tuple[tuple[str, ...], str], ...]] | None = None

    @classmethod
    def load(cls, settings: Settings) -> "Gazetteer":
        """The gazetteer of these settings' data and cache dirs, once per process
        (built into ``settings.cache_dir`` the first time, ~10 s)."""
        return _load_cached(Path(settings.cache_dir), Path(settings.data_dir))

    # -- public API -------------------------------------------------------------------
    def is_direction(self, text: str) -> bool:
        """Is ``text`` a compass word alone ("West", "the North-West"), which names a part
        of whatever country the text is about rather than one place of its own?"""
        return name_key(text.strip(_STRIP)) in self._direction_keys

    def resolve(self, text: str, context_countries: Sequence[str] = ()) -> Place | None:
        """The best reading of ``text`` or None when nothing fits well enough."""
        ranked = self.candidates(text, context_countries)
        if not ranked:
            return None
        best, score, reason = ranked[0]
        if len(ranked) > 1:
            other = ranked[1][0]
            reason += f"; next {other.name} ({other.country}) {score - ranked[1][1]:+.1f}"
        best.reason = reason
        return best

    def candidates(self, text: str, context_countries: Sequence[str] = ()
                   ) -> list[tuple[Place, float, str]]:
        """Every plausible reading of ``text``, best first, as (place, score, reason)."""
        mention = (text or "").strip()
        context = [c.upper() for c in context_countries if c]
        scored: dict[tuple, tuple[Place, float, str]] = {}

        def offer(place: Place, score: float, reason: str) -> None:
            ident = (place.geonames_id, place.name, place.country, place.precision)
            if ident not in scored or scored[ident][1] < score:
                place.reason = reason
                scored[ident] = (place, score, reason)

        whole_is_name = False
        for reading in self._readings(mention):
            if reading.part and whole_is_name:
                continue  # the whole mention is a name already ("North Sinai", "North Darfur state")
            found = self._read(mention, reading, context, offer)
            whole_is_name = whole_is_name or (not reading.part and found)
        if not scored and _HYPHEN.search(mention):
            # a compound name written with a hyphen that the gazetteer writes as one word
            # ("Pétion-Ville" for Pétionville): the joined spelling, when nothing else fits
            for reading in self._readings(_HYPHEN.sub("", mention)):
                if not reading.part:
                    self._read(mention, reading, context, offer)
        ranked = sorted(scored.values(), key=lambda t: (-t[1], t[0].name or ""))
        return ranked[:MAX_CANDIDATES]

    def country(self, alpha3: str) -> Place | None:
        """Country-level Place (centroid of its populated extent) for an alpha-3 code."""
        code = (alpha3 or "").upper()
        row = self.index.country(code)
        name = self.countries.name(code) or (row.name if row else None)
        if name is None:
            return None
        return Place(text=None, name=name, country=code,
                     lat=row.lat if row else None, lon=row.lon if row else None,
                     geonames_id=row.geonames_id if row else None, precision="country",
                     reason="country")

    def long_names(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """Division names of two or more words that are more than geography words and
        that no other country has for a division or a town ("Khyber Pakhtunkhwa",
        "Northern Ireland", "Sultan Kudarat"; not "North Side", nor "Buenos Aires", also
        a Colombian village), with that country, by their first word's key: the small
        tagger misses or splits them, and a country name inside one ("Ireland") is not
        that country."""
        if self._long is None:
            owners: dict[tuple[str, ...], set[str]] = {}
            d = self.data
            generic = set(d.directions + d.admin_suffixes + d.district_suffixes
                          + d.locality_words + d.generic_name_words)
            names = [(e.name, e.country) for e in self.index.admin1_entries()]
            names += [(s.name, s.country) for s in second_level().values()]
            for name, country in names:
                words = tuple(name_key(name).split())
                key = " ".join(words)
                if len(words) > 1 and not generic.issuperset(words) and self.countries.code(key) is None:
                    towns = {self.index.entry(pid).country for pid, q in self.index.lookup(key) if q == 0}
                    owners.setdefault(words, set()).update({country} | towns)
            by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for words, countries in owners.items():
                if len(countries) == 1:
                    by_first.setdefault(words[0], []).append((words, countries.pop()))
            self._long = {k: tuple(sorted(v, key=lambda n: -len(n[0]))) for k, v in by_first.items()}
        return self._long

    # -- reading the mention ----------------------------------------------------------
    def _readings(self, mention: str) -> list[_Reading]:
        core = mention.strip(_STRIP)
        for tail in ("'s", "’s"):
            if core.endswith(tail):
                core = core[: -len(tail)]
        country = None
        if "," in core:  # "Tripoli, Lebanon" / "Kano, Nigeria"
            head, _, tail = core.rpartition(",")
            country = self.countries.code(tail.strip())
            if country is not None:
                core = head.strip(_STRIP)
        key = name_key(core)
        if not key:
            return []
        lower = not any(ch.isupper() for ch in core) and core.isascii()
        readings = [_Reading(key, country=country, lowercase=lower)]
        readings += self._suffix_readings(key, "", country, lower)   # "North Darfur state"
        rest, word = self._peel_prefix(key, self._near)
        if word:
            readings.append(_Reading(rest, "near", word, country, lower, part=True))
        rest, word = self._peel_prefix(key, self._directions)
        if word:
            readings.append(_Reading(rest, "direction", word, country, lower, part=True))
            readings += self._suffix_readings(rest, word, country, lower)
        return readings

    def _suffix_readings(self, key: str, word: str, country: str | None, lower: bool) -> list[_Reading]:
        """"Kompienga province", "the province of X", "eastern X region": the name before
        (or after) a division word, and what that word asks for."""
        out = []
        for suffixes, mode in ((self.data.admin_suffixes, "admin"),
                               (self.data.district_suffixes, "district"),
                               (("city", "town", "village"), "city")):
            for suffix in suffixes:
                head = None
                if key.endswith(" " + suffix):
                    head = key[: -len(suffix) - 1]
                elif key.startswith(suffix + " of "):
                    head = key[len(suffix) + 4:]
                if head:
                    mode_here = "direction" if word and mode == "admin" else mode
                    said = f"{word} ... {suffix}" if word else suffix
                    out.append(_Reading(name_key(head), mode_here, said, country, lower, part=bool(word)))
        return out

    @staticmethod
    def _peel_prefix(key: str, words: Sequence[str]) -> tuple[str, str]:
        for w in words:
            if key.startswith(w + " ") and len(key) > len(w) + 1:
                return key[len(w) + 1:], w
        return key, ""

    # -- candidates and scores --------------------------------------------------------
    def _read(self, mention: str, r: _Reading, context: list[str], offer) -> bool:
        """Offer the candidates of one reading; True when a region, a country or a
        place under its own name matched."""
        region = self._regions.get(r.key)
        if region is not None:
            offer(Place(text=mention, name=region.name, country=region.country,
                        lat=region.lat, lon=region.lon, precision="region"),
                  REGION_SCORE, "macro-region" + (f" ({r.word})" if r.word else ""))
            return True
        code = self.countries.code(r.key)
        entries = [(self.index.entry(pid), q) for pid, q in self.index.lookup(r.key)]
        if code is not None and r.mode in ("plain", "direction", "near"):
            place = self.country(code)
            if place is not None:
                shadow = self._shadowing_admin1(code, entries, context)
                place.text = mention
                if r.mode == "direction":
                    place.precision = "region"
                    reason = f"country, '{r.word}' part of it (country centroid)"
                else:
                    reason = "country name"
                offer(place, 0.0 if shadow else COUNTRY_SCORE, reason + ("; yields to a division of an article country" if shadow else ""))
        found = code is not None
        if r.key in self.data.blocked and r.mode == "plain":
            return found
        # A division whose own city of that name matched too ("Ankara", "Odessa"):
        # plain text means the city.
        # A province under its own name is not a town that bears the name only as another
        # of its names (a provincial seat often does), unlike one spelt otherwise
        # (Hamah, "Hama"): that town neither takes the name nor yields it.
        provinces_here = {e.country for e, q in entries if e.kind == ADMIN1 and q == 0}
        renamed = {e.pid for e, q in entries if e.kind != ADMIN1 and q and e.country in provinces_here
                   and not _spelt_alike(e.name, r.key)}
        namesakes = {e.admin1 for e, _ in entries if e.kind != ADMIN1
                     and e.population >= MIN_POP_NAMESAKE and e.pid not in renamed}
        # Within one country, a town called X beats a town once or elsewhere called X.
        named_here = {e.country for e, q in entries if e.kind != ADMIN1 and q == 0}
        # A large city of exactly that name ("Islamabad") beats a place once called so
        # (Chattogram, formerly Islamabad), however large.
        big_primary = any(q == 0 and e.kind != ADMIN1 and e.population >= MIN_POP_BIG_PRIMARY
                          for e, q in entries)
        # "X territory" in an article about Congo: a town of that very name in one of
        # the article's countries beats a division of a country it never names
        home_towns = any(q == 0 and e.kind != ADMIN1 and e.country in context
                         and e.population >= MIN_POP_NAMESAKE for e, q in entries)
        for entry, quality in entries:
            if home_towns and entry.kind == ADMIN1 and entry.country not in context and entry.country != r.country:
                continue
            scored = self._score(entry, quality, r, context)
            if scored is None:
                continue
            score, why = scored
            if r.mode == "plain" and entry.pid in namesakes:
                score, why = score - 2.0, why + "; its city of that name is meant"
            if quality and entry.kind != ADMIN1 and (entry.country in named_here or entry.pid in renamed):
                score -= 1.0
            if quality and big_primary:
                score, why = score - 1.5, why + "; a large city has this very name"
            offer(self._place(mention, entry, r), score, why)
            # a division of an article country under another of its names ("North
            # Darfur") is the whole mention too: not "the north of Darfur"
            found = found or quality == 0 or (entry.kind == ADMIN1 and entry.country in context)
        division = self._division(mention, r, entries, context)
        if division is not None:
            offer(*division)
            found = True
        return found

    def _division(self, mention: str, r: _Reading, entries: list[tuple[Entry, int]],
                  context: list[str]) -> tuple[Place, float, str] | None:
        """A second-level division of an article country ("Sulu", "Sirajganj district")
        that no town or province of that country bears as its own name: it beats the
        towns that have the name only as an alternate one (Jolo, once called Sulu)."""
        if r.lowercase or r.mode not in ("plain", "admin", "district") or r.key in self.data.blocked:
            return None
        for code in ([r.country] if r.country else context):
            d = second_level().get((code, r.key))
            if d is None:
                continue
            if any(q == 0 and e.country == code for e, q in entries):
                return None   # a town of that very name is meant ("Kasese")
            rank = context.index(code) if code in context else 0
            score = DIVISION_SCORE + CONTEXT_BOOST - CONTEXT_RANK_STEP * min(rank, 2)
            score += 0.0 if r.mode == "plain" else _MODE_BONUS[("admin", True)]
            rivals = [self._score(e, q, r, context) for e, q in entries if e.country == code]
            score = max([score] + [sc + 0.5 for sc, _ in filter(None, rivals)])
            # the town also called so is mostly the division's seat (Jolo, once "Sulu"):
            # its point stands for the division, and GeoNames, kept current, knows its
            # province better than the ISO parent (Basilan: Bangsamoro, not Zamboanga)
            town = max((e for e, q in entries if e.country == code and e.kind != ADMIN1),
                       key=lambda e: e.population, default=None)
            if town is None:
                place = Place(text=mention, name=d.name, admin1=self._admin1_named(d.parent, code),
                              country=code, precision="admin2")
                return place, score, f"second-level division (ISO 3166-2, no coordinates); article country {code}"
            place = Place(text=mention, name=d.name, admin1=self.index.admin1_name(town.admin1), country=code,
                          lat=round(town.lat, 5), lon=round(town.lon, 5), precision="admin2")
            return place, score, (f"second-level division (ISO 3166-2) at the point of {town.name}, "
                                  f"also called so; article country {code}")
        return None

    def _admin1_named(self, name: str | None, country: str) -> str | None:
        """The gazetteer's name of a country's first-level division called ``name``."""
        if not name:
            return None
        key = name_key(name)
        for k in (key, strip_admin_suffix(key)):
            for pid, _ in self.index.lookup(k):
                e = self.index.entry(pid)
                if e.kind == ADMIN1 and e.country == country:
                    return e.name
        return name

    def _shadowing_admin1(self, code: str, entries: list[tuple[Entry, int]],
                          context: list[str]) -> bool:
        """"Georgia" in an article about the US is the state: a country name yields to a
        same-named division of one of the article's top countries that is not itself."""
        if not context or code in context[:3]:
            return False
        return any(e.kind == ADMIN1 and q == 0 and e.country in context[:2]
                   for e, q in entries)

    def _score(self, e: Entry, quality: int, r: _Reading, context: list[str]
               ) -> tuple[float, str] | None:
        is_admin = e.kind == ADMIN1
        in_context = e.country in context
        explicit = r.country is not None and e.country == r.country
        if r.lowercase and not is_admin and r.mode == "plain":
            return None  # "border", "police": lower-case words are not town names
        if is_admin and context and not in_context and not explicit and (
                r.key in self._directions or quality == ALTERNATE):
            # "the North region" of an article about Burkina Faso is not Cameroon's, nor is
            # "Bara" in one about Pakistan the Montenegrin municipality once called so
            return None
        if not is_admin:
            where = "context" if in_context or explicit else "outside" if context else "free"
            if where == "outside" and quality == ALTERNATE:
                return None  # "Sib" in an article about Iran is not Seeb (alternate "Sib") in Oman
            if e.population < MIN_POP[(where, min(quality, 1))]:
                return None
        score = math.log10(max(e.population, 1)) + 0.5 * math.log10(1 + e.n_names)
        score += _QUALITY_PENALTY[quality] + _MODE_BONUS[(r.mode, is_admin)]
        why = ["admin1" if is_admin else "city", f"pop {e.population:,}"]
        if quality:
            why.append("alternate name" if quality == ALTERNATE else "loose name match")
        if r.word:
            why.append(f"'{r.word}'")
        if in_context:
            rank = context.index(e.country)
            score += CONTEXT_BOOST - CONTEXT_RANK_STEP * min(rank, 2)
            why.append(f"article country {e.country} (#{rank + 1})")
        if r.country is not None:
            score += EXPLICIT_BOOST if explicit else -EXPLICIT_BOOST
            if explicit:
                why.append(f"named country {e.country}")
        return score, "; ".join(why)

    def _place(self, mention: str, e: Entry, r: _Reading) -> Place:
        if e.kind == ADMIN1:
            precision, admin1 = "admin1", e.name
        else:
            precision = "admin2" if r.mode == "district" else "city"
            admin1 = self.index.admin1_name(e.admin1)
        return Place(text=mention, name=e.name, admin1=admin1, country=e.country,
                     lat=round(e.lat, 5), lon=round(e.lon, 5), geonames_id=e.geonames_id,
                     precision=precision)


def _spelt_alike(name: str, key: str) -> bool:
    """Is ``key`` a spelling of ``name`` ("hama" of Hamah), not another name (a seat called after its province)?"""
    return SequenceMatcher(None, name_key(name), key).ratio() >= SPELLING_ALIKE


@lru_cache(maxsize=4)
def _load_cached(cache_dir: Path, data_dir: Path) -> Gazetteer:
    index = GazetteerIndex.load(cache_dir, data_dir)
    data = load_places_data(data_dir / "places.yaml")
    countries = default_table() if data_dir == DATA_DIR else \
        CountryTable.load(data_dir / "countries.csv")
    return Gazetteer(index, data, countries)
