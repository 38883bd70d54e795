"""A place the gazetteer lacks, kept by its name when the text writes it as a place.

GeoNames' towns of 500 people or more miss many villages, districts and camps that wire
copy names ("the village of X", "X district", "in X"). Placing such an event only in its
country throws away what the article says; giving it the country's coordinates under the
village's name would be a lie. So the name is kept as written, with the precision its
word asks for (a village is a town, a district a district, a region or province a
division), and no coordinates. Only a name the tagger calls a place (or one written with
a word of place) qualifies, and never a country, a direction ("the North region"), an
armed group, a possessive or a lower-case phrase ("St. John the").
"""
from __future__ import annotations

import re

from polybius.resolve.gazetteer import PlacesData, name_key

_POSSESSIVE = re.compile(r"[’‘'`]s\s+", re.UNICODE)
_STRIP = " \t\r\n,.;:!?\"'“”‘’()[]"


def read_name(text: str, data: PlacesData, tagged: frozenset[str]) -> tuple[str, str] | None:
    """(name, precision) of ``text`` as a place name the gazetteer lacks, or None when
    it does not read as one. ``tagged`` holds the article's names the tagger calls places."""
    core = _POSSESSIVE.split(text.strip(_STRIP))[-1].strip(_STRIP)   # "Manipur's Imphal West district"
    words = core.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    precision, suffixed = "city", False
    if len(words) > 1:
        last = name_key(words[-1])
        for group, level in ((data.locality_words, "city"), (data.district_suffixes, "admin2"),
                             (data.admin_suffixes, "admin1")):
            if last in group:
                words, precision, suffixed = words[:-1], level, True
                break
    name = " ".join(words)
    if not name or not _written_as_name(words, data):
        return None
    if name_key(name) in data.directions or name_key(name) in data.blocked:
        return None
    if not suffixed and name not in tagged and text.strip(_STRIP) not in tagged:
        return None   # "(Hasmi)": a name the tagger did not call a place needs a word of place
    return name, precision


def _written_as_name(words: list[str], data: PlacesData) -> bool:
    """Capitalised words (particles such as "el", "del" aside), not shouting, no digits."""
    if any(ch.isdigit() for w in words for ch in w):
        return False
    if any(len(w) > 3 and w.isupper() for w in words):
        return False   # "ADDITION": a heading, not a name
    caps = [w for w in words if name_key(w) not in data.name_particles]
    return bool(caps) and all(w[:1].isupper() for w in caps) and words[-1][:1].isupper()
