"""A happening placed only roughly, refined from the text that tells it.

Wire copy names the rough place first and the town after it: "an attack in northern
Burkina Faso killed twelve soldiers ... The incident occurred in X", "a police station
in Kenya ... The base, in the town of Y, ...". The sentences from a happening's lead up
to where the article's next record is told are about it; the first town or province
they name *inside* its place is where it happened:

- a country or region (the part a direction word names: "northern Mali" is not refined
  to a town in the south) gives way to a town or province of that country;
- a province gives way to a town of that province ("North Darfur state" -> El Fasher),
  and so does a city told only as its province ("in the state of X", where X is also the
  state's capital city), else it stays at the city;
- a place the gazetteer lacks, kept by its name (``unknown_places``), takes the province
  named there as its ``admin1``.
- a lead still at country or region level takes a town the page's address names, when
  the text writes it too (``page_address``).

A name counts only where the text puts something ("in X", "the town of X", "the attack
on X"), alone (a list "in X, Y and Z" is several places, none of them the place), and,
when the tagger did not call it a place, only under its own (not an alternate) name and
not as "the son of X". Only news (not background) attacks, arrests and protests are
refined, and an arrest only from the sentences that tell it (a later town is often the
target of the plot). ``Place.reason`` says the place was refined and from what.
"""
from __future__ import annotations

import re
from dataclasses import replace

from polybius.records import COUNT_ROLES, PLACE_RANK, Event, Place
from polybius.resolve.countries import country_code
from polybius.resolve.gazetteer import PlacesData, name_key
from polybius.resolve.page_address import slug_names
from polybius.resolve.unknown_places import hyphen_compound, word_of_place, written_as_province

#: Event types whose place the text after the lead tells.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The small tagger calls many towns ORG, PERSON or NORP ("... occurred in Tillaberi").
_OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})
_ARTICLES = frozenset({"the", "a", "an", "'s", "’s"})
#: A centroid is no border line: a degree of slack ("southwestern Pakistan" holds Quetta,
#: a little north of the centroid of Pakistan's towns).
SLACK_DEGREES = 1.0
#: How far into the text the lead may start for the lines above it to be its headline.
HEADLINE_CHARS = 300
#: How far after a happening's lead the text may still be telling it.
WINDOW_CHARS = 1500
#: Happenings a report tells over several records (the attack, "the attackers stormed
#: ...", "the officers killed in X"): their window runs past the next record.
LONG_TOLD = frozenset({"ASSAULT", "COERCE"})
_DIRECTION_TESTS = {
    "north": lambda p, c: p.lat >= c.lat - SLACK_DEGREES, "south": lambda p, c: p.lat <= c.lat + SLACK_DEGREES,
    "east": lambda p, c: p.lon >= c.lon - SLACK_DEGREES, "west": lambda p, c: p.lon <= c.lon + SLACK_DEGREES,
}


#: ``Place.reason`` of a place taken from another record of the article (resolver).
_LEAD = "the article's lead location"
_INHERITED = re.compile(r"(the article's lead location|another event of the same sentence|"
                        r"state coercion: the article's lead location)")


def is_coarse(place: Place | None) -> bool:
    """Placed no finer than a country or a region (a name the gazetteer lacks too)."""
    return place is not None and PLACE_RANK.get(place.precision, 9) >= PLACE_RANK["region"]


def _unknown(place: Place) -> bool:
    """A name kept without coordinates (the gazetteer lacks it) and no province yet."""
    return place.name is not None and place.lat is None and place.admin1 is None \
        and not is_coarse(place)


def wants(e: Event) -> bool:
    loc = e.location
    return (not e.background and e.event_type in VIOLENT_TYPES and loc is not None and loc.country is not None
            and (is_coarse(loc) or loc.precision == "admin1" or _unknown(loc)))


def refine(events: list[Event], doc, resolve, country_place, data: PlacesData, separate=None,
           unknown=None, filed_at: Place | None = None) -> list[Event]:
    """``events`` with rough places refined (see the module docstring). ``resolve(text)``
    reads a name against the article's countries; ``country_place(alpha3)`` gives a
    country's centroid; ``data`` the word lists of ``places.yaml``; ``separate`` matches
    the cues of a happening told apart; ``unknown(text, sentence)`` reads a name the
    gazetteer lacks as (name, precision) or None; ``filed_at`` is the article's dateline
    place."""
    cache: dict[str, Place | None] = {}

    def place_of(text: str) -> Place | None:
        if text not in cache:
            cache[text] = resolve(text)
        return cache[text]

    provinces = {id(e): p for e in events if (p := _written_province(e, place_of, data)) is not None}
    if not any(wants(e) for e in events) and not provinces:
        return events
    out, refined, retold = [], [], {}
    for e in events:
        found = None
        if wants(e):
            found = _refined(e, doc, events, place_of, country_place, data, separate, unknown, filed_at)
        elif id(e) in provinces:   # refined as the province; left at the city when no town is named
            as_told = replace(e, location=provinces[id(e)])
            found = _refined(as_told, doc, [as_told if o is e else o for o in events], place_of,
                             country_place, data, separate, unknown, filed_at, written=True)
        if found is not None:
            found, again = found
            refined.append((_key(e.location), found))
            e = replace(e, location=found)
            if again is not None:   # the record that told it again is this happening
                retold[id(again)] = e
        out.append(e)
    out = _fold_retold(out, events, retold)
    # a record placed where another was ("the article's lead location", "another event
    # of the same sentence") follows that place when it was refined
    out = [replace(e, location=replace(new, reason=f"{e.location.reason}, refined: {new.reason}"))
           if wants(e) and _INHERITED.match(e.location.reason or "") and new is not None else e
           for e, new in ((e, next((n for old, n in refined if wants(e) and old == _key(e.location)), None))
                          for e in out)]
    return _follow_lead(out)


def _written_province(e: Event, place_of, data: PlacesData) -> Place | None:
    """The province a news record placed at a city was told in, when its sentence writes
    the city's name only with a word for a province ("in the state of X", "X state"): the
    gazetteer reads the name alone as the province's capital city of that name, while the
    text says only the province, and a town of it named after the lead is the place."""
    loc, sentence = e.location, e.evidence.sentence
    if e.background or e.event_type not in VIOLENT_TYPES or loc is None or loc.precision != "city" \
            or not loc.text:
        return None
    said = [written_as_province(sentence, m.start(), m.end(), data)
            for m in re.finditer(re.escape(loc.text), sentence)]
    if not said or not all(said):
        return None
    province = place_of(f"{loc.text} {data.admin_suffixes[0]}")
    if province is None or province.precision != "admin1" or province.country != loc.country:
        return None
    return province


def _follow_lead(events: list[Event]) -> list[Event]:
    """A record left at the article's lead location at country level follows the town the
    article's first record was placed at in the end: the lead location was read from the
    lead's first sentence, told with no place ("protesters stormed an assembly"), before a
    later sentence that joined it gave its town ("battling police in the streets of Y");
    "police opened fire" after them is in Y too. So does a record whose sentence named no
    place the gazetteer or the text makes a place of ("another blast went off near the
    Y Hospital"), left at the article's main country."""
    lead = min((e for e in events if not e.background and e.location is not None),
               key=lambda e: e.evidence.start, default=None)
    if lead is None or is_coarse(lead.location) or _unknown(lead.location):
        return events
    return [replace(e, location=replace(lead.location, reason=f"{e.location.reason}, the lead's record: "
                                                              f"{lead.location.reason}"))
            if wants(e) and (e.location.reason == _LEAD or _UNPLACED.search(e.location.reason or ""))
            and is_coarse(e.location) and e.location.country == lead.location.country else e
            for e in events]


#: ``Place.reason`` of a record its own sentence placed nowhere: a name the gazetteer lacks
#: that did not read as a place ("near the Y Hospital", a group's name), kept at the
#: article's main country.
_UNPLACED = re.compile(r"not in the gazetteer; the article's main country$")


def _fold_retold(out: list[Event], events: list[Event], retold: dict) -> list[Event]:
    """A record whose place a rough lead took, as the same happening told again after it,
    is that happening: its sentences join the lead's record, with a figure for a role the
    lead gives none, its doer when the lead names none and its way when the lead tells
    none, and it makes no record of its own."""
    if not retold:
        return out
    gone = {id(new) for e, new in zip(events, out) if id(e) in retold}
    told: dict[int, list[Event]] = {}
    for e, new in zip(events, out):
        if id(e) in retold:
            told.setdefault(id(retold[id(e)]), []).append(new)
    return [_with_retold(e, told[id(e)]) if id(e) in told else e for e in out if id(e) not in gone]


def _with_retold(e: Event, again: list[Event]) -> Event:
    counts = replace(e.counts)
    for other in again:
        for role in COUNT_ROLES:
            if getattr(counts, role) is None and getattr(other.counts, role) is not None:
                setattr(counts, role, getattr(other.counts, role))
    actor = e.actor if e.actor is not None and e.actor.name else next(
        (o.actor for o in again if o.actor is not None and o.actor.name), e.actor)
    mentions = [*(e.mentions or [e.evidence])]
    for other in again:
        mentions += other.mentions or [other.evidence]
    mode = e.mode if e.mode != "unspecified" else next((o.mode for o in again if o.mode != "unspecified"), e.mode)
    return replace(e, mode=mode, counts=counts, actor=actor, mentions=mentions)


#: The possessive endings the tokenizer splits off ("X's", "X’s").
POSSESSIVES = frozenset({"'s", "\u2019s"})


def owner_cut(ent) -> int | None:
    """Where a capitalised name runs through a possessive ("X’s Y bridge"): the index
    of the possessive token, or None."""
    if not ent.doc[ent.start].text[:1].isupper():
        return None
    return next((t.i for t in ent[1:-1] if t.lower_ in POSSESSIVES), None)


def place_ents(doc, known=None):
    """``doc.ents`` with a name that runs through a possessive cut at it ("X’s Y bridge"
    as "X" and "Y bridge") and a possessive ending dropped ("X’s"): the small tagger
    often makes one name of a town and the site it owns, mostly after a curly
    apostrophe, and neither whole is in the gazetteer while the town that owns the site
    says where. A name ``known(text)`` finds whole stays whole ("King's Lynn")."""
    from spacy.tokens import Span
    for ent in doc.ents:
        cut = owner_cut(ent)
        if known is not None and (cut is not None or ent[-1].lower_ in POSSESSIVES) and known(ent.text):
            yield ent
            continue
        if cut is not None:
            yield Span(doc, ent.start, cut, label=ent.label_)
            ent = Span(doc, cut + 1, ent.end, label=ent.label_)
        if len(ent) > 1 and ent[-1].lower_ in POSSESSIVES:
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
        yield ent


def _key(place: Place) -> tuple:
    return place.text, place.name, place.country, place.precision, place.lat, place.lon


def _abroad(other: Event, e: Event) -> bool:
    return other.location is not None and e.location is not None and other.location.country is not None \
        and other.location.country != e.location.country


def _window_end(e: Event, events: list[Event], own: set[int], separate, limit: int) -> int:
    """Where the text stops telling ``e``: at the next record that is history, or told
    as another happening ("in a separate attack", "elsewhere"), or, at the latest,
    WINDOW_CHARS after its lead."""
    end = min(limit, e.evidence.start + WINDOW_CHARS)
    # a plot's later towns are often its targets, a protest's other protests: for them
    # the text stops telling it where the next record begins
    short = e.status != "occurred" or e.event_type not in LONG_TOLD
    for other in sorted(events, key=lambda x: x.evidence.start):
        start = other.evidence.start
        if start <= e.evidence.start or start in own or start >= end:
            continue
        if short or (other.background and not _abroad(other, e)) \
                or (separate is not None and separate.search(other.evidence.sentence)):
            return start   # (a line of history abroad is a digression the text returns from)
    return end


def _refined(e: Event, doc, events: list[Event], place_of, country_place, data: PlacesData,
             separate, unknown, filed_at: Place | None = None, written: bool = False
             ) -> tuple[Place, Event | None] | None:
    """The refined place, and the record that gave it when that record tells the same
    happening again (``_told_again``); ``written``: the province was read from its name
    written with a province word (``_written_province``): its capital city of that name is
    no town of it, and only a town named there refines it (no record told again is folded)."""
    loc = e.location
    own = {m.start for m in (e.mentions or [])} | {e.evidence.start}
    told = [(m.start, m.end) for m in (e.mentions or [e.evidence])]
    begin = e.evidence.start
    end = _window_end(e, events, own, separate, len(doc.text))
    if e.status == "occurred" and all(o.evidence.start >= begin for o in events) and begin <= HEADLINE_CHARS:
        # the article's first record is its lead: the headline above it tells the same
        # happening ("Drone strike hits car in X" over "A drone strike hit a car in
        # southern Lebanon")
        told, begin = told + [(0, begin)], 0
    centre = country_place(loc.country) if is_coarse(loc) else None
    unknown_found, unknown_told = None, False
    # a sentence that tells it past the window, and tells no other record, is about it
    # ("His statement comes after the killing of dozens in the town of X")
    others = {o.evidence.start for o in events if o is not e}
    own_late = [(a, b) for a, b in told if a >= end and not any(a <= s < b for s in others)]
    for ent in place_ents(doc, lambda t: place_of(t) is not None):
        in_told = any(a <= ent.start_char < b for a, b in told)
        if not (begin <= ent.start_char < end or any(a <= ent.start_char < b for a, b in own_late)) \
                or not _placelike(ent, data):
            continue
        if e.event_type == "COERCE" and not in_told:
            continue   # an arrest is where its own sentences say; later towns are often the plot's
        text = ent.text
        place = place_of(text)
        if place is None:   # "Sondé" of "Pont-Sondé": the name the tagger split at a hyphen
            text = hyphen_compound(text, ent.sent.text, data)
            place = place_of(text) if text != ent.text else None
        if place is None and unknown_found is None and unknown is not None and is_coarse(loc) \
                and (in_told or word_of_place(text, ent.sent.text, data) is not None):
            # "in the vicinity of X in central Mali": a village the gazetteer lacks, in a
            # sentence that tells the happening (or written "the town of X" after it), is
            # finer than the region (if no known town of the region is named)
            named = unknown(text, ent.sent.text)
            if named is not None:
                unknown_found = Place(text=text, name=named[0], country=loc.country, precision=named[1],
                                      reason=f"refined from {loc.text or loc.name!r}: {text!r} not in "
                                             f"the gazetteer: the name as written, no coordinates")
                unknown_told = in_told and ent.label_ != "LOC"   # a town, not "the X Peninsula"
        if place is None or (ent.label_ not in _PLACE_LABELS and "name" in (place.reason or "")
                             and not _written_at_its_level(text, ent.sent.text, place, data)):
            continue   # "alternate name", "loose name match": not for a word tagged a person
        if written and place.precision == "city" \
                and written_as_province(doc.text, ent.start_char, ent.end_char, data):
            continue   # "X state": the province, not its capital city of that name
        said = loc.text or loc.name
        if _unknown(loc):
            if place.country == loc.country and place.precision == "admin1":
                return replace(loc, admin1=place.name, reason=f"{loc.reason}; its province {ent.text!r} "
                                                              f"named after the lead"), None
            continue
        if _inside(_with_point(place, place_of), loc, centre):
            if unknown_found is not None and ((unknown_told and not in_told) or _filed_there(place, filed_at)):
                # the village a sentence telling it names, before a town a later one names;
                # a village named first, before the town the story was filed from
                return unknown_found, _retold_at(e, unknown_found, events, end)
            found = replace(place, reason=f"refined from {said!r}: {text!r} named after the lead")
            return found, _retold_at(e, found, events, end)
    told_again = None if written else _told_again(e, events, begin, end, centre, place_of)
    if told_again is not None:
        return told_again
    if unknown_found is not None:
        return unknown_found, _retold_at(e, unknown_found, events, end)
    if begin == 0 and e.status == "occurred":
        found = _slug_town(e, doc, place_of, centre)
        if found is not None:
            return found, _retold_at(e, found, events, end)
    return None


def _slug_town(e: Event, doc, place_of, centre) -> Place | None:
    """A town the page's address names, when the article's lead is placed only at its
    country or region and its text writes that town too (``page_address``): the slug is
    the editor's headline in short ("bomb-hits-x-bus-terminal"), and a text that names
    the town only in a title ("X police chief said") leaves no "in X" to read."""
    loc = e.location
    for name in slug_names(e.article.url if e.article is not None else None, doc):
        if name_key(name) in (name_key(loc.name or ""), name_key(loc.text or "")):
            continue   # the province the record is placed at, not its town of that name
        place = place_of(name)
        if place is None or "name" in (place.reason or "") or country_code(name) \
                or not _inside(_with_point(place, place_of), loc, centre):
            continue
        said = loc.text or loc.name
        return replace(place, reason=f"refined from {said!r}: {name!r} named in the page's address")
    return None


def _written_at_its_level(text: str, sentence: str, place: Place, data: PlacesData) -> bool:
    """Does the sentence write ``text`` with a word of place asking for ``place``'s level
    ("the X enclave", "the town of X" for a town; "X region" for a province)? Then a name
    the tagger called a person, matched through another of its names, is still that place."""
    said = word_of_place(text, sentence, data)
    return said is not None and (said == place.precision or (said != "city") == (place.precision != "city"))


def _filed_there(place: Place, filed_at: Place | None) -> bool:
    """Is ``place`` the town of the article's dateline (where the story was filed)?"""
    return filed_at is not None and bool(place.name) and place.name == filed_at.name \
        and place.country == filed_at.country


def _day(e: Event) -> str | None:
    return e.date.value if e.date is not None else None


def _other_figures(e: Event, other: Event) -> bool:
    """Do the two records give different figures for one role (4 killed, 9 killed)?"""
    for role in COUNT_ROLES:
        a, b = getattr(e.counts, role, None), getattr(other.counts, role, None)
        if a is not None and b is not None and a.value != b.value:
            return True
    return False


def _other_doer(e: Event, other: Event) -> bool:
    """Do the two records name different doers (Israeli strikes, then the group's shelling)?"""
    a, b = e.actor, other.actor
    return a is not None and b is not None and bool(a.name) and bool(b.name) and a.name != b.name


def _same_kind_after(e: Event, events: list[Event], begin: int, end: int):
    """The records between ``begin`` and ``end`` telling ``e``'s kind of happening (type,
    status, news), in reading order, up to the first with another day, toll or doer: the
    text has moved on to another happening there."""
    for other in sorted(events, key=lambda x: x.evidence.start):
        if not begin < other.evidence.start < end or other.event_type != e.event_type \
                or other.status != e.status or other.background:
            continue
        if (_day(e) and _day(other) and _day(e) != _day(other)) or _other_figures(e, other) \
                or _other_doer(e, other):
            return
        yield other


#: ``Place.reason`` of a place a record did not read in its own clause.
_NOT_OWN = re.compile(r"(the article's|another event|state coercion|nationwide|a statement|a denial|"
                      r"thwarted|refined from|a place named in the sentence)")


def _told_again(e: Event, events: list[Event], begin: int, end: int, centre, place_of
                ) -> tuple[Place, Event] | None:
    """The place of a later record of the window telling the same kind of happening again
    ("an attack in northern Mali killed ten ... Gunmen attacked the army post in X"): a
    record of the same type, status and day, news, with no other figure for a role,
    placed by its own clause inside ``e``'s rough place (a name the gazetteer lacks: in its
    country) is the same happening told with its town. Another day or toll, or the next
    such record placed elsewhere, ends the search: the text has moved on."""
    loc = e.location
    for other in _same_kind_after(e, events, begin, end):
        there = other.location
        if there is None or there.country != loc.country or _NOT_OWN.match(there.reason or "") \
                or PLACE_RANK.get(there.precision, 9) >= PLACE_RANK.get(loc.precision, 9):
            continue
        if there.lat is None and there.name and is_coarse(loc) and there.precision in ("city", "admin2", "admin1"):
            inside = True   # a village the gazetteer lacks, in the country
        else:
            inside = _inside(_with_point(there, place_of), loc, centre)
        if inside:
            said = loc.text or loc.name
            return replace(there, reason=f"refined from {said!r}: {there.text or there.name!r}, the place of "
                                         f"the same happening told again after the lead"), other
        return None   # the next record of its kind told elsewhere: the text has moved on
    return None


def _retold_at(e: Event, found: Place, events: list[Event], end: int) -> Event | None:
    """The next record of the window telling the same kind of happening (type, status,
    news; no other day, toll or doer; the lead's way, when the lead tells one) when its own
    place is the town a lead told at country or region level was refined to ("a car bomb
    killed seven in northern Syria ... the blast tore through the market of X" after X
    refined the lead): the lead told again. One placed elsewhere ends the search."""
    if not is_coarse(e.location):
        return None
    for other in _same_kind_after(e, events, e.evidence.start, end):
        there = other.location
        if there is None or _INHERITED.match(there.reason or "") or is_coarse(there) or not there.name:
            continue
        same_way = other.mode == e.mode or e.mode == "unspecified"   # "the attack", then how it was done
        same_town = bool(found.name) and name_key(there.name) == name_key(found.name) and there.country == found.country
        return other if same_way and same_town else None
    return None


def _with_point(place: Place, place_of) -> Place:
    """A second-level division has no point of its own (ISO 3166-2 gives none): its
    province's stands in for telling which part of the country it lies in."""
    if place.lat is not None or place.precision != "admin2" or not place.admin1:
        return place
    parent = place_of(place.admin1)
    if parent is None or parent.lat is None or parent.country != place.country:
        return place
    return replace(place, lat=parent.lat, lon=parent.lon)


def _inside(place: Place, coarse: Place, centre: Place | None) -> bool:
    """Is ``place`` finer than ``coarse`` and inside it (its country and the part a
    direction word names; for a province, a town of that province)?"""
    if place.country != coarse.country or place.lat is None \
            or PLACE_RANK.get(place.precision, 9) >= PLACE_RANK.get(coarse.precision, 9):
        return False
    if coarse.precision == "admin1":
        return place.admin1 is not None and place.admin1 == (coarse.admin1 or coarse.name)
    return _direction_ok(place, coarse, centre)


def _direction_ok(place: Place, coarse: Place, centre: Place | None) -> bool:
    """Is ``place`` in the part of the country ``coarse`` names ("northern Mali")?"""
    said = (coarse.text or "").lower().split()
    if centre is None or centre.lat is None or not said:
        return True
    for key, test in _DIRECTION_TESTS.items():
        if key in said[0] and not test(place, centre):
            return False
    return True


def _placelike(ent, data: PlacesData) -> bool:
    """A name where the text puts something: after a preposition of place ("occurred in
    X", "the town of X", "in the capital X", "in Y's eastern X district"), tagged a place or a capitalised
    name the small tagger mislabelled (then not "the son of X"), and one place, not a
    list ("arrested in X and Y": several places are none of them)."""
    first = ent.text.split()[0] if ent.text.split() else ""
    capitalised = ent.text[:1].isupper() or (name_key(first) in data.directions and len(ent.text.split()) > 1)
    if ent.label_ not in _PLACE_LABELS and (ent.label_ not in _OTHER_LABELS or not capitalised):
        return False   # "eastern Arauca department" tagged ORG is still a place
    doc = ent.doc
    i, hops = ent.start - 1, 0
    while i >= 0 and _hyphen_joined(doc, i):   # "in Pont-Sondé" tagged "Sondé"
        i -= 1
    while i >= 0 and hops < 4 and (doc[i].lower_ in _ARTICLES or name_key(doc[i].text) in data.directions
                                   or doc[i].lower_ in data.locality_words   # "in the capital X"
                                   or (doc[i].ent_type_ in _PLACE_LABELS and doc[i].text[:1].isupper())):
        i, hops = i - 1, hops + 1
    i = _before_named_site(doc, i)
    if i < 0 or name_key(doc[i].text) not in data.place_prepositions:
        return False
    if doc[i].lower_ == "of" and (i == 0 or name_key(doc[i - 1].text) not in
                                  data.locality_words + data.admin_suffixes + data.district_suffixes):
        return False   # "the town of X" is a place; "residents of X", "the son of X" are people
    if doc[i].lower_ == "of" and _from_the(doc, i - 2, data):
        return False   # "a man from the town of X" comes from there
    if i > 0 and name_key(doc[i - 1].text) in data.care_places + data.seat_nouns:
        return False   # "flown to Roosevelt Hospital in X", "the government in X": not the scene
    if i > 0 and _speech_place(doc[max(0, i - 2):i].text, data):
        return False   # "told reporters in X": where the speaker was, not the scene
    return not _listed(ent, doc)


def _before_named_site(doc, i: int) -> int:
    """Where to look for the preposition of a town written after the named site it holds,
    set off by a comma ("at X Primary School, Y, ..."): before the site's name
    (``i`` is the comma). Otherwise ``i`` itself."""
    if i < 1 or doc[i].text != ",":
        return i
    j = i - 1
    while j >= 0 and i - j <= 5 and doc[j].text[:1].isupper() and doc[j].ent_type_ in ("FAC", "ORG"):
        j -= 1
    return j if j < i - 1 and j >= 0 and doc[j + 1].ent_iob_ == "B" else i


def _speech_place(before: str, data: PlacesData) -> bool:
    """Do the words before "in" end with an audience or gathering of a statement
    ("speaking to local media", "a news conference"): the name after it is where the
    speaker was."""
    words = name_key(before).split()
    return any(words[-len(w.split()):] == w.split() for w in data.speech_places)


def _hyphen_joined(doc, i: int) -> bool:
    """Is token ``i`` a hyphen, or a word, written against the hyphen after it?"""
    if doc[i].whitespace_:
        return False
    return doc[i].text == "-" or (i + 1 < len(doc) and doc[i + 1].text == "-")


def _from_the(doc, j: int, data: PlacesData) -> bool:
    """Does an origin word end at ``j``, articles aside ("from the [town of X]")?"""
    while j >= 0 and doc[j].lower_ in _ARTICLES:
        j -= 1
    return j >= 0 and name_key(doc[j].text) in data.origin_words and not _after_distance(doc, j, data)


def _after_distance(doc, j: int, data: PlacesData) -> bool:
    """Is token ``j`` written after a distance ("55 km from", "30 kilometres (19 miles)
    from")? Then what follows is near the happening, not where someone came from."""
    k = j - 1
    if k >= 0 and doc[k].text == ")":
        k -= 1
    return k >= 0 and name_key(doc[k].text) in data.distance_units


def _listed(ent, doc) -> bool:
    """"in X, Y and Z", "in X and Y" (but "in Kano, Nigeria" is one place)."""
    j = ent.end
    if j + 1 < len(doc) and doc[j].text == "," and country_code(doc[j + 1].text):
        return False
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ in ("and", "or"):
        j += 1
    return j > ent.end and j < len(doc) and doc[j].text[:1].isupper() \
        and doc[j].ent_type_ not in ("DATE", "TIME") and doc[j].lower_ not in _ARTICLES
