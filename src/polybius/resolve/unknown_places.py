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

import calendar
import re

from polybius.resolve.gazetteer import PlacesData, name_key

_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name[1:], "Easter", "Christmas",
                                          "Ramadan", "Eid"))
_POSSESSIVE = re.compile(r"[’‘'`]s\s+", re.UNICODE)
_OWNER_END = re.compile(r"[’‘'`]s$", re.UNICODE)
_STRIP = " \t\r\n,.;:!?\"'“”‘’()[]"


def read_name(text: str, data: PlacesData, tagged: frozenset[str], sentence: str = "") -> tuple[str, str] | None:
    """(name, precision) of ``text`` as a place name the gazetteer lacks, or None when
    it does not read as one. ``tagged`` holds the article's names the tagger calls places;
    ``sentence`` may write the name with a word of place ("the village of X", "X town")."""
    core = _POSSESSIVE.split(text.strip(_STRIP))[-1].strip(_STRIP)   # "Manipur's Imphal West district"
    core = _OWNER_END.sub("", core).strip(_STRIP)   # "X Township's": the owner of a part, by its name
    words = core.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    precision, suffixed = "city", False
    if len(words) > 1 and name_key(words[0]) in data.locality_prefixes:
        words, suffixed = words[1:], True   # "Barangay X", "Sitio Y": the village is X, Y
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
    if not suffixed and sentence:
        said = word_of_place(name, sentence, data)
        if said is not None:
            precision, suffixed = said, True
    if name_key(name) in data.directions or name_key(words[-1]) in data.blocked \
            or any(name_key(w) in _CALENDAR for w in words):
        return None   # "the North region", "the State Service", "the Easter Sunday"
    if not suffixed and name not in tagged and text.strip(_STRIP) not in tagged:
        return None   # "(Hasmi)": a name the tagger did not call a place needs a word of place
    return name, precision


def hyphen_compound(text: str, sentence: str, data: PlacesData) -> str:
    """The whole name ``text`` is part of when the sentence joins it by hyphens to other
    words of a name ("Pont-Sondé" where the tagger kept "Sondé", "Centre-nord region"
    where it kept "nord region", "Tyre-Al-Hosh"), else ``text``. Only capitalised words
    and name particles join ("Iran-backed" does not)."""
    core = text.strip(_STRIP)
    at = sentence.find(core) if core else -1
    if at < 0:
        return text
    start, end = at, at + len(core)
    while True:
        m = _PART_BEFORE.search(sentence[:start])
        if m is None or not _joins(m.group(1), data):
            break
        start = m.start()
    while True:
        m = _PART_AFTER.match(sentence, end)
        if m is None or not _joins(m.group(1), data):
            break
        end = m.end()
    whole = sentence[start:end]
    return text if whole == core else whole


_PART_BEFORE = re.compile(r"(?<![\w’'])([^\W\d_][\w’']*)-$")   # a word and its hyphen, ending the text
_PART_AFTER = re.compile(r"-([^\W\d_][\w’']*)(?![\w’'])")


def _joins(word: str, data: PlacesData) -> bool:
    return word[:1].isupper() or name_key(word) in data.name_particles


def word_of_place(name: str, sentence: str, data: PlacesData) -> str | None:
    """The precision the sentence's word of place asks for ("the village of X": a town,
    "X district": a district), or None when it writes ``name`` without one."""
    levels = ((data.locality_words, "city"), (data.district_suffixes, "admin2"), (data.admin_suffixes, "admin1"))
    for m in re.finditer(re.escape(name), sentence):
        before = name_key(sentence[max(0, m.start() - 40):m.start()]).split()
        if before and before[-1] == "the":
            before = before[:-1]
        after = name_key(sentence[m.end():m.end() + 30]).split()
        heads = ([before[-2]] if len(before) >= 2 and before[-1] == "of" else []) + after[:1]
        for head in heads:
            for group, level in levels:
                if head in group:
                    return level
    return None


def written_as_province(text: str, start: int, end: int, data: PlacesData) -> bool:
    """Is the name at ``text[start:end]`` written with a word for a province right beside
    it ("X state", "the state of X"; not "X, the state capital")?"""
    words = "|".join(re.escape(w) for w in data.admin_suffixes)
    return bool(re.match(r"\s+(?:" + words + r")\b", text[end:], re.IGNORECASE)
                or re.search(r"\b(?:" + words + r")\s+of\s+(?:the\s+)?$", text[:start], re.IGNORECASE))


def _written_as_name(words: list[str], data: PlacesData) -> bool:
    """Capitalised words (particles such as "el", "del" aside, and a particle joined by a
    hyphen to the name it precedes: "Deir al-Balah"), not shouting, no digits."""
    if any(ch.isdigit() for w in words for ch in w):
        return False
    if any(len(w) > 3 and w.isupper() for w in words):
        return False   # "ADDITION": a heading, not a name
    words = [_after_particle(w, data) for w in words]
    caps = [w for w in words if name_key(w) not in data.name_particles]
    return bool(caps) and all(w[:1].isupper() for w in caps) and words[-1][:1].isupper()


def _after_particle(word: str, data: PlacesData) -> str:
    """"al-Balah" -> "Balah": the name a hyphenated particle is joined to."""
    head, dash, rest = word.partition("-")
    return rest if dash and rest and name_key(head) in data.name_particles else word
