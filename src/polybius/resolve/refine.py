"""A happening placed only at country or region level, refined from the text that tells it.

Wire copy names the coarse place first and the town after it: "an attack in northern
Burkina Faso killed twelve soldiers. ... attacked the X military detachment early
this morning", "a police station in Kenya ... The base, located in Y, ...". The
sentences after a happening's lead, up to where the next happening is told, are about
it; the first town or province they name inside the coarse place (its country, and
the part a direction word names) is where it happened. The headline counts too.

Only news (not background) of violent types is refined, and only to a place the
gazetteer knows in the same country: a country-level statement or history stays as
the text left it. ``Place.reason`` says the place was refined and from what.
"""
from __future__ import annotations

from dataclasses import replace

from polybius.records import PLACE_RANK, Event, Place
from polybius.resolve.countries import country_code

#: Event types whose place the text after the lead tells.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The small tagger calls many towns ORG, PERSON or NORP ("... occurred in Tillaberi");
#: such a name counts only after a word of place and under its own (not an alternate) name.
_OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})
_PLACE_WORDS = frozenset({"in", "at", "near", "of", "outside", "around"})
#: A direction word of the coarse place -> the test a refined place must pass, against
#: the country's centroid (lat, lon): "northern Mali" is not refined to a southern town.
#: A centroid is no border line: a degree of slack ("southwestern Pakistan" holds Quetta,
#: a little north of the centroid of Pakistan's towns).
SLACK_DEGREES = 1.0
_DIRECTION_TESTS = {
    "north": lambda p, c: p.lat >= c.lat - SLACK_DEGREES, "south": lambda p, c: p.lat <= c.lat + SLACK_DEGREES,
    "east": lambda p, c: p.lon >= c.lon - SLACK_DEGREES, "west": lambda p, c: p.lon <= c.lon + SLACK_DEGREES,
}


def is_coarse(place: Place | None) -> bool:
    """Placed no finer than a country or a region (a name the gazetteer lacks too)."""
    return place is not None and PLACE_RANK.get(place.precision, 9) >= PLACE_RANK["region"]


def _inside(place: Place, coarse: Place, centre: Place | None) -> bool:
    """Is ``place`` finer than ``coarse`` and inside it (its country and the part a
    direction word names; for a province, a town of that province)?"""
    if place.country != coarse.country or PLACE_RANK.get(place.precision, 9) >= PLACE_RANK.get(coarse.precision, 9):
        return False
    if coarse.precision == "admin1":
        return place.admin1 is not None and place.admin1 == (coarse.admin1 or coarse.name)
    return _direction_ok(place, coarse, centre)


def _direction_ok(place: Place, coarse: Place, centre: Place | None) -> bool:
    """Is ``place`` in the part of the country ``coarse`` names ("northern Mali")?"""
    said = (coarse.text or "").lower().split()
    if centre is None or centre.lat is None or place.lat is None or not said:
        return True
    word = said[0]
    for key, test in _DIRECTION_TESTS.items():
        if key in word and not test(place, centre):
            return False
    return True


def refine(events: list[Event], doc, resolve, country_place) -> list[Event]:
    """``events`` with coarse places of news happenings refined (see module docstring).

    ``resolve(text)`` reads a place name against the article's countries; ``country_place
    (alpha3)`` gives a country's centroid. Both come from the resolver."""
    if not any(_wants(e) for e in events):
        return events
    starts = sorted({e.evidence.start for e in events})
    cache: dict[str, Place | None] = {}

    def place_of(text: str) -> Place | None:
        if text not in cache:
            cache[text] = resolve(text)
        return cache[text]

    out = []
    for e in events:
        if not _wants(e):
            out.append(e)
            continue
        own = {m.start for m in (e.mentions or [])} | {e.evidence.start}
        begin = e.evidence.start
        told = [(m.start, m.end) for m in (e.mentions or [e.evidence])]
        nxt = [s for s in starts if s > begin and s not in own]
        end = nxt[0] if nxt else len(doc.text)
        centre = country_place(e.location.country)
        found = None
        for ent in doc.ents:
            if ent.start_char < begin or ent.start_char >= end or not _placelike(ent):
                continue
            if e.event_type == "COERCE" and not any(a <= ent.start_char < b for a, b in told):
                continue   # an arrest is where its sentence says; later towns are the plot's
            place = place_of(ent.text)
            if place is None or not _inside(place, e.location, centre):
                continue
            if ent.label_ not in _PLACE_LABELS and "name" in (place.reason or ""):
                continue   # "alternate name", "loose name match": not for a word tagged a person
            found = place
            break
        if found is not None:
            e = replace(e, location=replace(found, reason=f"refined from {e.location.text or e.location.name!r}: "
                                                          f"{found.text!r} named after the lead"))
        out.append(e)
    return out


_PREPS = frozenset({"in", "at", "near", "of", "on", "outside", "around", "inside", "across", "throughout"})
_PLACE_NOUNS = frozenset("town village city capital district province region area county state "
                         "outskirts suburb suburbs centre center neighbourhood neighborhood island areas parts".split())
_SKIP = frozenset({"the", "'s", "’s", "a", "an"})
_DIRECTION_WORDS = frozenset("north south east west northern southern eastern western central northeast "
                             "northeastern northwest northwestern southeast southeastern southwest "
                             "southwestern north-east north-eastern north-west north-western south-east "
                             "south-eastern south-west south-western restive remote".split())


def _placelike(ent) -> bool:
    """A name where the text puts something: the object of "in", "at", "near", "of"
    ("occurred in X", "the town of X", "in Y's eastern X district"), tagged a place (or
    a capitalised name the small tagger mislabelled), and one place, not a list of them
    ("arrested in X and Y": several places are none of them)."""
    if ent.label_ not in _PLACE_LABELS and (ent.label_ not in _OTHER_LABELS or not ent.text[:1].isupper()):
        return False
    doc = ent.doc
    i, hops = ent.start - 1, 0
    while i >= 0 and hops < 4 and (doc[i].lower_ in _SKIP or doc[i].lower_ in _DIRECTION_WORDS
                                   or (doc[i].ent_type_ in _PLACE_LABELS and doc[i].text[:1].isupper())):
        i, hops = i - 1, hops + 1
    if i < 0 or doc[i].lower_ not in _PREPS:
        return False
    if ent.label_ not in _PLACE_LABELS and doc[i].lower_ == "of" and (i == 0 or doc[i - 1].lower_ not in _PLACE_NOUNS):
        return False   # "the son of X" is a person; "the town of X" a place, however tagged
    j = ent.end
    if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and country_code(doc[j + 1].text):
        return True   # "in Kano, Nigeria"
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ in ("and", "or"):
        j += 1
    if j < len(doc) and j > ent.end and doc[j].text[:1].isupper() and doc[j].ent_type_ not in ("DATE", "TIME") \
            and doc[j].lower_ not in _SKIP:
        return False   # "in X, Y and Z", "in X and Y"
    return True


def _wants(e: Event) -> bool:
    loc = e.location
    return (not e.background and e.event_type in VIOLENT_TYPES and loc is not None and loc.country is not None
            and (is_coarse(loc) or loc.precision == "admin1"))
