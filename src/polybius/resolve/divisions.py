"""Second-level divisions (provinces of the Philippines, districts of Bangladesh, Sri
Lanka and Uganda, provinces of Burkina Faso, French departments ...) by name.

GeoNames' cities table indexes towns and first-level divisions only, so "Sulu" (a
Philippine province) is read as the town Jolo, one of whose alternate names is Sulu,
and "Munshiganj district" as a name the gazetteer lacks. ISO 3166-2, shipped in the
``pycountry`` package, lists the second level of the countries that have one under
their first: those names, with their parent division, are what this module offers.
ISO 3166-2 has no coordinates: the resolver puts a division at the point of the town
called by its name (mostly its seat), else leaves it without a point.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from polybius.resolve.gazetteer import name_key

_PARENTHESES = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Division:
    """A second-level division: its name, country (alpha-3) and parent division's name."""
    name: str
    country: str
    parent: str | None


@lru_cache(maxsize=1)
def second_level() -> dict[tuple[str, str], Division]:
    """(country alpha-3, name key) -> the division, for every ISO 3166-2 subdivision
    that has a parent. A key two divisions of one country share is left out (ambiguous)."""
    import pycountry

    out: dict[tuple[str, str], Division] = {}
    shared: set[tuple[str, str]] = set()
    for sub in pycountry.subdivisions:
        if not getattr(sub, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        parent = pycountry.subdivisions.get(code=sub.parent_code)
        name = _PARENTHESES.sub("", sub.name).strip()
        key = (country.alpha_3, name_key(name))
        if key in out:
            shared.add(key)
        out[key] = Division(name, country.alpha_3,
                            _PARENTHESES.sub("", parent.name).strip() if parent is not None else None)
    for key in shared:
        del out[key]
    return out
