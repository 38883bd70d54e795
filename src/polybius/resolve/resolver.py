"""Turn extracted ``Draft``s into ``Event`` records: canonical actors, coordinates and
calendar dates, read against the whole article.

Article-level context comes first (which countries and armed groups the article talks
about); then, in reading order, each draft's place, actors and date are resolved.
Dates resolve in order because "a day later" counts from the previous event. Every
fallback is recorded in ``Place.reason`` so users can see why a place was chosen.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from polybius.draft import CHROME_KEY, Draft
from polybius.records import AIR_MODES, PLACE_RANK, Actor, Article, DateValue, Event, Place
from polybius.resolve import countries as country_names
from polybius.resolve.actors import ActorRegistry, names_a_holding, names_a_link
from polybius.resolve.dates import anchored, is_background_date, resolve_date, unanchored_day
from polybius.resolve.datelines import text_year
from polybius.resolve.gazetteer import name_key
from polybius.resolve.refine import place_ents, refine
from polybius.resolve.unknown_places import hyphen_compound, read_name, word_of_place
from polybius.settings import Settings

_PRONOUN_RE = re.compile(r"\b(its|their|it|they|them|the group|the organi[sz]ation|the outfit|the militia|"
                         r"the (?:militant|terrorist|terror|jihadist|extremist|armed|rebel) (?:group|outfit|organi[sz]ation))\b",
                         re.I)
#: a bare pronoun, or a possessive pronoun before a noun ("its way", "their assets")
_THING_PRONOUN_RE = re.compile(r"(?:it|they|them)|(?:its|their)\s+[\w'’ -]+", re.I)
_LINK_RE = re.compile(r"\b(?:linked|links?|ties|tied|loyal|affiliated|connected)\s+(?:to|with)\s+(.+)$", re.I)
_NAMING_GAP = re.compile(r"\s*(?:,\s*|\s+(?:called|named|known as|dubbed)\s+)?[\"“‘']?\s*(?:the\s+)?", re.I)
_DATELINE_RE = re.compile(r"^\s*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}),? ", re.M)
_BARE_FIGURE = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                          r"fifty|a dozen|dozens|scores|hundreds)", re.I)
# the two sides of a fight, after its word (``state_fights.sides``): "a shootout between X
# and Y, ...", "clashes broke out between X and Y in the town"
_BETWEEN_SIDES = re.compile(
    r"between\s+(?P<x>[^,;:()]+?)\s+and\s+(?P<y>[^,;:()]+?)"
    r"(?=\s*[,.;:()]|\s+(?:in|on|at|near|over|since|that|which|who|after|as|along|across|from|for|"
    r"when|while|with|during|left|killed|leaving|erupted|broke|has|have|had|was|were)\b|\s*$)", re.I)
# a count's text that ends in its bare figure, hedged or not ("six", "least six", "more than 50")
_ENDS_IN_FIGURE = re.compile(r"(?:^|\s)" + _BARE_FIGURE.pattern + r"$", re.I)
#: arrested people told only by reference: "who was picked up", "they were detained", "those arrested"
_ARRESTED_REFERENCE = re.compile(r"|who|whom|they|them|those|those arrested|the arrested|the detainees|"
                                 r"the suspects|others|the others", re.I)
# the coordinated people of a victims' phrase, and the people "including" names after it
_CONJUNCTS = re.compile(r"\s*,?\s*\band\b\s*|\s*,\s*", re.I)
_INCLUDING = re.compile(r"\s*,?\s*(?:including|among them)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*[,.;)]|\s+(?:were|was|and)\b)", re.I)
_PLACE_OF = re.compile(r"\b(?:on|at|against|near|outside|inside|into|of)\s+(?:an?|the)?\s*$", re.I)
_OWN_FORCES = re.compile(r"(?:its|their|our)\s+\S", re.I)   # "its troops", "their officers"
_CAPITAL_RE = re.compile(r"capital of (.+)")   # the form extract.arguments gives "the Afghan capital"
IN_SENTENCE = "a place named in the sentence"   # a Place.reason extract.assemble reads back
#: Event types told with the place of what they are about, not of their own saying.
DENIAL_TYPES = frozenset({"REJECT"})
_NON_PLACE_KINDS = {"armed_group", "international", "political"}
_PROPER_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_DATELINE_DAY = r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"   # "X, October 14"
#: How much lower (log10 population units) a namesake in a province the article names
#: may score and still win over a bigger one elsewhere in the country.
HOMONYM_GAP = 5.0
#: How close (log10 population units) a namesake elsewhere in the country may score for
#: the gazetteer's pick to be a coin flip between villages of one name.
NAMESAKE_GAP = 1.0
#: How many people a town must have for a site's name it heads to place the site there
#: when the article never names the town alone ("X International Airport").
SITE_TOWN_MIN_POP = 100_000


@dataclass
class ArticleContext:
    """What the whole article says about countries and armed groups."""
    countries: list[str]                      # alpha-3, most mentioned first
    groups: list[tuple[int, str]]             # (char offset, group text) in order
    dateline: Place | None = None
    main_place: Place | None = None           # the town the article names most, in its main country
    place_names: frozenset[str] = frozenset()  # names the tagger calls places (GPE, LOC, FAC)
    provinces: frozenset[str] = frozenset()    # admin1 divisions the article names
    families: dict[str, Counter] = field(default_factory=dict)   # root group -> {(name, depth): mentions}
    unclaimed: bool = False                   # the article says nobody claimed its attack
    denied: frozenset[str] = frozenset()      # root groups the article says denied an attack
    only_town: Place | None = None            # the one town the article names in its main country
    air_state: str | None = None              # the one state whose strikes the article names ("Israeli drones")
    air_forces: bool = False                  # the article tells strikes of forces with no nationality ("junta airstrikes")

    def group_before(self, offset: int) -> str | None:
        before = [g for off, g in self.groups if off < offset]
        return before[-1] if before else None

    def focus_group(self) -> str | None:
        """The armed group the article is about, if one clearly dominates (a family counts
        as one: "JNIM, an al-Qaeda affiliate"), named as the article names it most
        ("JNIM", not "al-Qaeda"; a branch over its parent when they tie); none when the
        article says its attack is unclaimed (the group is then context, not the doer)."""
        if not self.families or self.unclaimed:
            return None
        sizes = {root: sum(named.values()) for root, named in self.families.items()}
        root = max(sizes, key=sizes.get)
        if root in self.denied:   # "the Taliban denied any role in the blast": context, not the doer
            return None
        if sizes[root] < 2 or sizes[root] / sum(sizes.values()) < 0.5:
            return None
        (name, _depth), _n = max(self.families[root].items(), key=lambda kv: (kv[1], kv[0][1]))
        return name


#: between a group's name and its short name in brackets: "X (TTP)"
_SHORT_NAME_GAP = re.compile(r"\s*[(\[]\s*")
_STATEMENT = "a statement: "   # the reason of a place a statement has only from its speaker
_WHERE_CUES = frozenset("in into from across throughout inside of northern southern eastern western "
                        "central northeastern northwestern southeastern southwestern".split())


def _specificity(place: Place) -> int:
    """Rank for "most specific wins": a region spanning countries ("the Sahel", "the
    Middle East") says less than any country named beside it ("central Mali")."""
    if place.precision == "region" and place.country is None:
        return PLACE_RANK["country"] + 1
    return PLACE_RANK.get(place.precision, 9)


def _untagged_country_names(doc, covered: frozenset[int] = frozenset()):
    """Country names the small tagger left out or called a person ("northern Mali",
    "Niger's army"): capitalised words outside every other entity that name a country,
    or, set in capitals, its people ("A PHILIPPINE official"); inside a one-word PERSON
    only after a word of place ("in Mali", "northern Mali"), or a people's name before a
    common noun ("Burkinabè soldiers"); never a word of a longer division name
    (``covered``: "Ireland" in "Northern Ireland")."""
    ents = {t.i: e for e in doc.ents for t in e}
    for tok in doc:
        ent = ents.get(tok.i)
        if not tok.text[:1].isupper() or tok.i in covered:
            continue
        if ent is not None and not (
                ent.label_ == "PERSON" and len(ent) == 1 and tok.i > 0
                and doc[tok.i - 1].lower_ in _WHERE_CUES) \
                and not (ent.label_ in ("DATE", "TIME") and tok.pos_ == "PROPN"):   # "Niger" tagged a date
            if len(tok.text) > 3 and _people_word_as_person(tok, ent) \
                    and (code := country_names.country_from_adjective(tok.text)):
                yield code, tok.idx   # "fought Burkinabè soldiers": a people's name called a person
            continue
        if (code := country_names.country_code(tok.text)):
            yield code, tok.idx
        elif len(tok.text) > 3 and tok.text.isupper() and (code := country_names.country_from_adjective(tok.text)):
            yield code, tok.idx   # "A PHILIPPINE military official": the tagger reads no capitals


def _people_word_as_person(tok, ent) -> bool:
    """A one-word "person" the tagger made of a people's name set before a common noun
    ("Burkinabè soldiers")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return ent.label_ == "PERSON" and len(ent) == 1 and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"


_PLACE_NOUNS = r"(?:city|town|village|province|region|state|district|capital|port|county|border town)"
_WHERE_COUNTRY = re.compile(
    r"\b([A-Z][\w'’-]*)\s+" + _PLACE_NOUNS + r"\b"                                        # "Lebanese city"
    r"|\b(?:in|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")                                           # "in southern Mali"


def _place_country(d: Draft, actor: Actor | None) -> str | None:
    """The country a sentence names for its event's place ("an Israeli strike ... in the
    southern Lebanese city of X", "in northern Mali"), if it is not the actor's."""
    for m in _WHERE_COUNTRY.finditer(d.evidence.sentence):
        text = m.group(1) or m.group(2)
        words = text.split()
        for candidate in (text, words[0]) if len(words) > 1 else (text,):
            code = country_names.country_code(candidate) or country_names.country_from_adjective(candidate)
            if code:
                if actor is None or code != actor.country:
                    return code
                break
    return None


def _origin_of_people(ent) -> bool:
    """"Gunmen from Somalia", "fighters from Chad": where people came from, not where the
    article's events are (a verb's "from", "fled from Sudan", still counts)."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ in ("NOUN", "PROPN")


def _names_a_party(ent, data) -> bool:
    """A demonym or country name before a noun for a state's forces, envoys or strikes
    ("US troops", "the French military", "Turkish drone strikes"): it names who acts,
    and such parties often act abroad, so it is weaker evidence of where events are."""
    root = ent.root
    if ent.label_ not in ("NORP", "GPE") or root.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:   # "air" of "air strikes"
        head = head.head
    return name_key(head.text) in data.party_nouns


def _main_place(places: list[Place], countries: list[str]) -> Place | None:
    """The town or province the article names most often (at least twice), in its main
    country: where an event told without a place of its own most likely happened."""
    if not countries:
        return None
    tally = Counter((p.name, p.precision) for p in places if p.country == countries[0])
    best = [key for key, n in tally.most_common() if n >= 2]
    if not best:
        return None
    return next(p for p in places if (p.name, p.precision) == best[0])


def _only_town(places: list[Place], countries: list[str]) -> Place | None:
    """The one town the article names in its main country, when it names no other place
    there but that town's province ("police in X fired tear gas ... five people were
    shot dead"): where an attack or a protest told without a place most likely happened."""
    if not countries:
        return None
    there = [p for p in places if p.country == countries[0]]
    towns = {(p.name, p.admin1) for p in there if p.precision == "city"}
    if len(towns) != 1:
        return None
    ((name, province),) = towns
    if any(p.precision != "city" and not (p.precision == "admin1" and p.name == province) for p in there):
        return None
    return next(p for p in there if p.precision == "city")


def _statement_day(text: str, published: str) -> str | None:
    """The day a statement was made, when it is a day of the week before publication."""
    said = resolve_date(text, published)
    if said is None or said.precision != "day" or not said.value:
        return None
    days = (date.fromisoformat(published[:10]) - date.fromisoformat(said.value)).days
    return said.value if 0 < days <= 7 else None


def _day_said(d: Draft, value: str | None) -> bool:
    """Does the mention's sentence name ``value`` as the day it was reported ("the army
    said on Tuesday", a Tuesday paper)? Then that day is read, not lent."""
    if not d.said_date or not value:
        return False
    return resolve_date(d.said_date, value).value == value


class Resolver:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.registry = ActorRegistry.load(settings.data_dir / "actors.yaml")
        self._gazetteer = None
        self._division_words: frozenset[str] | None = None
        self._reference_re = None
        self._speech_re = None

    @property
    def gazetteer(self):
        if self._gazetteer is None:  # built/loaded on first use: ~1 s from the cache
            from polybius.resolve.places import Gazetteer
            self._gazetteer = Gazetteer.load(self.settings)
        return self._gazetteer

    # -- article context -----------------------------------------------------------------
    def context(self, doc, url: str | None = None) -> ArticleContext:
        """Countries the article names (names and demonyms first; then towns, read in
        those countries, so "Sib" in an article about Iran is not Seeb in Oman). An article
        that names no country by name is read in its outlet's country, when its web
        address ends in a country's domain (".com.pk"): its towns are looked for
        there first."""
        counts: Counter = Counter()
        first: dict[str, int] = {}   # where the text first names each country

        def count(code: str, at: int, weight: float = 1.0) -> None:
            counts[code] += weight
            first[code] = min(at, first.get(code, at))

        def ranked() -> list[str]:
            # ties go to the country named first: the headline and lead tell what the
            # article is about, a teaser of another story at its foot does not
            return sorted(counts, key=lambda c: (-counts[c], first[c]))

        towns = []
        # division names of several words the tagger missed, split or buried in a body's
        # name ("Khyber Pakhtunkhwa's", "Sultan" + "Kudarat", "the Police Service of
        # Northern Ireland") count for their country first, and their words are no country
        # or town
        long = self._long_names(doc)
        covered = frozenset(i for a, b, _ in long for i in range(a, b))
        spans = {(a, b) for a, b, _ in long}
        tagged = {(e.start, e.end) for e in doc.ents if e.label_ in ("GPE", "LOC")}
        for a, b, code in long:
            if (a, b) not in tagged:   # a tagged one is read as a town below
                count(code, doc[a].idx)
        for code, at in _untagged_country_names(doc, covered):
            count(code, at)
        towns.extend(self._untagged_divisions(doc))
        for ent in place_ents(doc, lambda t: bool(self.gazetteer.index.lookup(name_key(t)))):
            code = None
            if ent.label_ in ("GPE", "LOC") and any(i in covered for i in range(ent.start, ent.end)) \
                    and (ent.start, ent.end) not in spans:
                continue   # a part of a longer name: "Sultan" of "Sultan Kudarat"
            if ent.label_ == "NORP":
                code = country_names.country_from_adjective(ent.text)
            elif ent.label_ in ("GPE", "LOC"):
                code = country_names.country_code(ent.text)
                if code is None and not self._is_group(ent.text):
                    towns.append((ent.text, ent.start_char))
            elif ent.label_ == "ORG" and not self._is_group(ent.text):
                # the small model calls many places ORG: "Balochistan", "the Brazilian
                # State of Rio de Janeiro", "Quetta Senior Superintendent of Police"
                if len(ent) == 1:
                    towns.append((ent.text, ent.start_char))
                else:
                    code = next((c for c in (country_names.country_from_adjective(t.text)
                                             or country_names.country_code(t.text) for t in ent
                                             if t.text[:1].isupper() and t.i not in covered) if c), None)
            if code and not _origin_of_people(ent):
                # "US troops", "French air strikes": a party, often abroad, weighs half
                count(code, ent.start_char, 0.5 if _names_a_party(ent, self.gazetteer.data) else 1.0)
        if not counts:
            code = country_names.outlet_country(url, frozenset(self.gazetteer.data.vanity_domains))
            if code is not None:
                count(code, 0)
        found: list[Place] = []
        # Towns found under their own names speak first; a town matched only through an
        # alternate name ("Area" is a foreign name of an Illinois town) is read against
        # the countries they establish, so it cannot outvote them.
        def take(place: Place | None, at: int) -> None:
            if place is not None and place.precision != "region":
                count(place.country, at)
                found.append(place)

        later, named = [], ranked()
        for town, at in towns:
            if not named and self.gazetteer.is_direction(town):
                # "Imphal East and West" in a page that names no country: a compass word
                # alone is a part of the country the page is about (Cameroon's West region
                # only when Cameroon is named), so it names no country itself
                continue
            place = self.gazetteer.resolve(town, named)
            if place is not None and _by_another_name(place):
                later.append((town, at))
            else:
                take(place, at)
        named = ranked()
        for town, at in later:
            take(self.gazetteer.resolve(town, named), at)
        groups, families, denied = [], {}, set()
        text = doc.text  # rebuilt from the tokens on every access: read it once
        last: tuple[int, str] | None = None   # (end, entry id) of the group named just before
        captions = doc.user_data.get(CHROME_KEY, ())
        for start, _end, entry in self.registry.find(text):
            if any(a <= start < b for a, b in captions):
                continue   # a file photo's caption tells another story: its group is not this one's
            if entry.kind == "armed_group" and not names_a_link(text, _end):   # "al-Qaeda-linked" is not al-Qaeda
                groups.append((start, text[start:_end]))
                spelled_out = last is not None and last[1] == entry.id \
                    and _SHORT_NAME_GAP.fullmatch(text[last[0]:start])
                last = (_end, entry.id)
                if spelled_out:   # "Tehreek-i-Taliban Pakistan (TTP)": one naming, not two
                    continue
                root, depth = entry, 0
                while root.parent and root.parent in self.registry.entries:
                    root, depth = self.registry.entries[root.parent], depth + 1
                families.setdefault(root.name, Counter())[(entry.name, depth)] += 1
                if self.registry.denies_after(text, _end):
                    denied.add(root.name)
        countries = ranked()
        return ArticleContext(countries, groups, self._dateline_place(text, countries),
                              _main_place(found, countries),
                              frozenset(e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")),
                              frozenset(p.name for p in found if p.precision == "admin1")
                              | self._provinces_of_bodies(doc, countries),
                              families, self.registry.says_unclaimed(text), frozenset(denied),
                              self._placed_once(_only_town(found, countries), text),
                              next(iter(air)) if len(air := self.registry.weapon_states(text)) == 1 else None,
                              not air and self.registry.forces_weapons(text))

    def _placed_once(self, town: Place | None, text: str) -> Place | None:
        """``town`` when the article writes it where something happened ("police in X"),
        not only as whose ("residents of X said")."""
        return town if town is not None and town.text and self._after_place_word(town.text, text) else None

    def _provinces_of_bodies(self, doc, countries: list[str]) -> frozenset[str]:
        """Provinces named at the head of a body's name ("the X Police's reserve guard",
        "the Y State Command"): they tell which province the article is about (which of
        two towns of one name is meant), not where anything happened."""
        out = set()
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or self._is_group(ent.text):
                continue
            first = 1 if ent[0].lower_ in ("the", "a", "an") else 0
            for n in (2, 1):
                head = ent[first:first + n]
                if first + n >= len(ent) or not all(t.text[:1].isupper() and not t.text.isupper() for t in head):
                    # a capitalised name; "TOKYO • Police" is a dateline glued to a word
                    continue
                place = next((p for p, _score, _ in self.gazetteer.candidates(head.text, countries[:1])
                              if p.precision == "admin1" and p.country in countries[:1]
                              and not _by_another_name(p)), None)
                if place is not None:   # "Bihar" is also a town: the province is meant
                    out.add(place.name)
                    break
        return frozenset(out)

    def _dateline_place(self, text: str, countries: list[str]) -> Place | None:
        """"BAMAKO, Sept 12 (Reuters) -", "KANO, Nigeria —": the place of a wire dateline."""
        m = _DATELINE_RE.search(text[:600])  # the dateline may follow a headline line
        if not m:
            return None
        place = self.gazetteer.resolve(m.group(1).title(), countries)
        return place if place is not None and place.precision in ("city", "admin1") else None

    def _long_names(self, doc) -> list[tuple[int, int, str]]:
        """(first token, end token, country) of the many-word division names of
        ``Gazetteer.long_names`` written with capitals in the text."""
        table = self.gazetteer.long_names()
        out, i = [], 0
        while i < len(doc):
            end = None
            if doc[i].text[:1].isupper():
                for words, code in table.get(name_key(doc[i].text), ()):
                    want = " ".join(words)
                    for j in range(i + 2, min(i + len(words) + 3, len(doc) + 1)):
                        span = doc[i:j]
                        if name_key(span.text) == want and span[-1].text[:1].isupper():
                            end, country = j, code
                            break
                    if end:
                        break
            if end:
                out.append((i, end, country))
                i = end
            else:
                i += 1
        return out

    def _untagged_divisions(self, doc) -> list[str]:
        """Divisions the small tagger missed or buried in an organisation's name ("Maradun
        Local Government Area of Zamfara State"): up to three proper nouns before a
        division word of ``places.yaml`` ("State", "district", ...)."""
        if self._division_words is None:   # one-word suffixes, read once from the gazetteer's data
            data = self.gazetteer.data
            self._division_words = frozenset(w for w in data.admin_suffixes + data.district_suffixes
                                             if " " not in w)
        out = []
        for tok in doc:
            if tok.lower_ not in self._division_words:
                continue
            start = tok.i
            while start > max(tok.i - 3, tok.sent.start) and doc[start - 1].pos_ == "PROPN":
                start -= 1
            span = doc[start:tok.i + 1]
            if start < tok.i and not any(t.ent_type_ in ("GPE", "LOC") for t in span) \
                    and not self._is_group(span.text):
                out.append((span.text, span.start_char))
        return out

    def _is_group(self, text: str) -> bool:
        actor = self.registry.resolve(text)
        return actor.kind in _NON_PLACE_KINDS and actor.name is not None

    # -- events --------------------------------------------------------------------------
    def resolve(self, article: Article, doc, drafts: list[Draft]) -> list[Event]:
        if not drafts:
            return []
        ctx = self.context(doc, article.url)
        doc.user_data["polybius.article_context"] = ctx   # read again by refine_places
        ref = article.ref()
        events: list[Event] = []
        anchor: str | None = None
        page_year = None if article.published else text_year(article.text)
        by_sentence: dict[int, Place] = {}
        lead_place: Place | None = None
        arrested: Actor | None = None    # the armed group whose people the article's last arrest took
        for n, d in enumerate(drafts):
            first_actor = self._actor(d.actor_text, d.actor_hint, None, ctx, d)
            place = self._place(d, ctx, first_actor, by_sentence, lead_place)
            # generic bodies ("police", "the ministry") belong to the event's country, else
            # to the country the article is mostly about
            default_country = place.country if place is not None and place.country else (
                ctx.countries[0] if ctx.countries else None)
            actor = self._actor(d.actor_text, d.actor_hint, default_country, ctx, d)
            if d.event_type == "ASSAULT" and actor is not None and actor.kind == "state" \
                    and self._written_as_place(actor.text, d.evidence.sentence):
                actor = None   # "a car bomb in Y, Syria has killed seven": where, not who
            recipient = self._recipient(d, default_country, ctx)
            if recipient is None or recipient.name is None:
                recipient = self._forces_hit(d, actor, default_country) or recipient
            if (recipient is None or recipient.name is None) and d.event_type in ("REJECT", "ACCUSE"):
                recipient = self.registry.answered_party(d.evidence.sentence, d.event_type) or recipient
            if d.event_type == "COERCE" and d.mode != "raid" and actor is not None and actor.name is None \
                    and actor.kind in ("unknown", None):
                actor = None   # "a third team arrested two men", "the agency detained him": the state's
            if actor is None and d.event_type == "COERCE" and d.status == "occurred":
                # "the raid came as Israeli security forces searched for the gunman": the
                # state whose forces the sentence names, before the place's country
                actor = self._named_forces(d.evidence.sentence)
            if actor is None and d.event_type == "COERCE" and d.status == "occurred" and default_country:
                # "11 suspects were detained in Bursa": arrests and raids are the state's
                # (whose forces act there: `territory_forces`); no text, because the article
                # does not say it (inferred)
                code = self.registry.forces_state(default_country)
                actor = Actor(text=None, name=country_names.country_name(code),
                              id=country_names.country_qid(code), country=code, kind="state")
            if d.event_type == "COERCE" and d.mode == "arrest" and (recipient is None or recipient.name is None):
                recipient = self._arrested_group(d, actor, recipient) or recipient
            if actor is None and d.event_type == "ASSAULT" and d.status == "occurred" and not (
                    recipient is not None and recipient.kind in ("state", "security_forces")) \
                    and self._forces_hit(d, None, default_country) is None:
                # "five militants were killed in an encounter with security forces" (not
                # "two marines and five militants were killed in an encounter": a fight
                # whose dead are the forces' too may be either side's)
                actor = self.registry.state_fighters(d.evidence.sentence, default_country)
            if actor is None and d.event_type == "ASSAULT" and d.status == "occurred":
                # "seven people were killed in a series of Israeli airstrikes"
                actor = self.registry.weapon_state(d.evidence.sentence)
            if actor is None and d.event_type == "ASSAULT" and d.status == "occurred" and d.mode in AIR_MODES:
                actor = self._air_state(ctx, place, recipient)
            if actor is None and d.event_type == "ASSAULT":
                actor = self._sentence_group(d, recipient)
                focus = ctx.focus_group()
                if actor is None and focus and not (recipient is not None and recipient.kind == "armed_group"):
                    # an attack (or plot) with no named perpetrator in an article about one
                    # armed group, not on a group: that group's; no text, as it is inferred
                    actor = self._with_text(None, self.registry.resolve(focus))
            if d.event_type == "COERCE" and d.mode == "arrest":
                if recipient is not None and recipient.name and recipient.kind == "armed_group":
                    arrested = recipient
                elif arrested is not None and (recipient is None or (
                        recipient.name is None and _ARRESTED_REFERENCE.fullmatch((recipient.text or "").strip()))):
                    # "The DSS arrested 20 Boko Haram commanders ... those arrested include X,
                    # who was picked up at Y": the article's arrests take the group's people
                    recipient = self._with_text(recipient.text if recipient is not None else None, arrested)
            if d.event_type == "COERCE" and actor is not None and recipient is not None and actor.name \
                    and recipient.name == actor.name and actor.kind in ("state", "security_forces"):
                # "the driver was arrested by the police", "a general was arrested": the
                # arrested people are not the arresting state (its word in their phrase is a title)
                recipient = None
            if d.event_type == "ASSAULT" and d.mode == "armed_clash":
                # "a shootout between X and Y": X fought Y (each side only where none is read)
                actor, recipient = self._clash_sides(d, actor, recipient, default_country)
            if d.event_type == "PROTEST" and (recipient is None or recipient.name is None) and default_country \
                    and self.registry.against_the_government(d.evidence.sentence):
                # "anti-government protesters marched in Lima": against the state they live in
                recipient = self.registry.inferred_state(self.registry.forces_state(default_country))
            if d.event_type == "PROTEST" and actor is not None and actor.kind in ("state", "security_forces"):
                # a protest or riot is the crowd's: a state, its government or its forces named
                # with it ("the government declared an emergency after protesters rioted", "Nepali
                # youths torched parliament") are whom it is against or who answered it, or the
                # protesters' nationality, never who demonstrated
                actor = None
            date = self._date(d, article, anchor, lead=(n == 0), year=page_year)
            background = d.background or is_background_date(date, article.published)
            if date is not None and date.precision == "day" and not background and (
                    date.text or date.basis == "statement" or _day_said(d, date.value)):
                anchor = date.value   # a day read, not the publication day lent to the lead
            if place is not None and not (place.reason or "").startswith(_STATEMENT):
                # (where a statement is made is no place of what it is about: "Azerbaijan
                # denied that its troops fired across the border" places the denial in
                # Azerbaijan, not the firing)
                by_sentence.setdefault(d.sent_index, place)
                if lead_place is None and not background:
                    lead_place = place
            confidence = d.strength + (0.03 if actor is not None and actor.name else 0) + (
                0.02 if place is not None and place.lat is not None else 0)
            events.append(Event(
                event_id=Event.make_id(article.id, d.evidence.start, d.evidence.end, d.trigger_start),
                article=ref, event_type=d.event_type, mode=d.mode, evidence=d.evidence,
                context=self._context_tags(d, actor, recipient), status=d.status, background=background,
                actor=actor, recipient=recipient, date=date,
                location=self._party_statement_place(d, self._denial_place(d, place), actor, ctx),
                counts=d.counts,
                source_claim=d.source_claim, confidence=round(min(confidence, 0.97), 2),
                trigger=d.trigger_text))
        return self._denials_answer_accusers(events)

    def _denials_answer_accusers(self, events: list[Event]) -> list[Event]:
        """A denial that names no one it answers ("the ministry categorically denied the
        accusations") answers whoever the article says accused the denier (after "X
        accused Y of firing first", Y's denial answers X), the accusation told nearest it;
        no text, as the denial does not say it (inferred)."""
        charges = [(e.evidence.start, e.actor, e.recipient.name) for e in events
                   if e.event_type == "ACCUSE" and e.actor is not None and e.actor.name
                   and e.recipient is not None and e.recipient.name and e.recipient.name != e.actor.name]
        out = []
        for e in events:
            if e.event_type in DENIAL_TYPES and e.actor is not None and e.actor.name \
                    and (e.recipient is None or e.recipient.name is None):
                accusers = [(abs(at - e.evidence.start), accuser) for at, accuser, accused in charges
                            if accused == e.actor.name]
                if accusers:
                    accuser = min(accusers, key=lambda pair: pair[0])[1]
                    e = replace(e, recipient=self._with_text(None, accuser))
            out.append(e)
        return out

    def _actor(self, text, hint, default_country, ctx: ArticleContext, d: Draft,
               doer: bool = True) -> Actor | None:
        if not text:
            return None
        actor = self.registry.resolve(text, default_country)
        offset = int(hint) if hint and hint.isdigit() else d.evidence.start
        if doer and actor.name is not None and actor.kind == "armed_group" \
                and self._linked_only(text, offset, d.evidence):
            # "an al-Qaeda-linked militant group" (or the "al-Qaeda" the parse kept of
            # "the al-Qaeda-linked terrorists") did it: a link, not the doer's name
            actor = Actor(text=text, kind="armed_group")
        if d.source_claim is not None and actor.kind in ("security_forces", "state") and \
                _OWN_FORCES.match(text.strip()):
            # "the Israeli army said its troops had detained 15": the speaker's forces
            found = self.registry.resolve(d.source_claim.by)
            if found.name and found.kind in ("security_forces", "state"):
                return self._with_text(text, found)
        if actor.name is not None:
            return actor
        named = self._named_after(text, offset, d.evidence)
        if named is not None:   # "the Somali Islamist group al-Shabaab", "a gang called Ti Makak"
            return self._with_text(text, named)
        if _PRONOUN_RE.fullmatch(text.strip()) and d.source_claim is not None and \
                text.strip().lower() in ("they", "it", "we"):
            # "Somali authorities said they had detained 15": the speaker acts
            found = self.registry.resolve(d.source_claim.by, default_country)
            if found.name or found.kind not in ("unknown", None):
                return self._with_text(text, found)
        if not doer and _THING_PRONOUN_RE.fullmatch(text.strip()) and actor.kind in ("unknown", None):
            # whom an attack hit told by a bare pronoun or a thing it owns ("attacked them",
            # "fired at the train on its way"): the nearest armed group named before is as
            # a rule the attacker, not whom the pronoun stands for
            return actor
        if _PRONOUN_RE.search(text) or self.registry.unnamed.back_reference.match(text):
            antecedent = ctx.group_before(offset)
            if antecedent:
                found = self.registry.resolve(antecedent, default_country)
                return self._with_text(text, found)
        if actor.country and actor.kind == "unknown" and country_names.country_from_adjective(text.split()[0]):
            # "Turkish airstrikes", "Ukrainian involvement": the nationality is the state
            return Actor(text=text, name=country_names.country_name(actor.country),
                         id=country_names.country_qid(actor.country), country=actor.country, kind="state")
        return self._generic(actor, text, ctx, default_country)

    def _linked_only(self, text: str, offset: int, evidence) -> bool:
        """Does the phrase name groups only as links ("an al-Qaeda-linked group", or the
        "al-Qaeda" the parse kept of "al-Qaeda-linked militants") rather than its own?"""
        names = [(start, end) for start, end, entry in self.registry.find(text) if entry.kind == "armed_group"]
        if any(not names_a_link(text, end) for _start, end in names[:-1]):
            return False
        if names and names_a_link(text, names[-1][1]):
            return True
        sentence = evidence.sentence
        head = offset - evidence.start
        at = sentence.find(text, max(0, head - len(text)))
        if at < 0:
            at = sentence.find(text)
        return at >= 0 and names_a_link(sentence, at + len(text))

    def _named_after(self, text: str, offset: int, evidence) -> Actor | None:
        """A description whose name follows it: "the Islamist group al-Shabaab", "a gang
        called 'X'", "the rebel group, the ADF," (the parse keeps only the description)."""
        sentence = evidence.sentence
        head = offset - evidence.start    # the offset is the phrase's head word's
        at = sentence.find(text, max(0, head - len(text)))
        if at < 0 or not at <= head < at + len(text):
            return None
        end = at + len(text)
        for start, _end, entry in self.registry.find(sentence[end:end + 60]):
            gap = sentence[end:end + start]
            if entry.kind in ("armed_group", "political") and _NAMING_GAP.fullmatch(gap):
                return entry.actor(sentence[end + start:end + _end])
            break
        return None

    def _generic(self, actor: Actor, text: str, ctx: ArticleContext, default_country) -> Actor:
        """"suspected militants", "17 suspects": the group they are linked to, else the
        group the article is about (reason: article focus), else unknown."""
        link = _LINK_RE.search(text)
        if link:
            found = self.registry.resolve(link.group(1), default_country)
            if found.name:
                return self._with_text(text, found)
        if self.registry.unnamed.generic.search(text) and actor.kind in ("unknown", "armed_group", None) \
                and not self.registry.said_unknown(text) \
                and not self.registry.only_deed_doers(text):
            # "unidentified gunmen" stay unnamed; so do "gunmen" with no group word: who
            # did the deed, which the article's group need not have done
            focus = ctx.focus_group()
            if focus:
                found = self.registry.resolve(focus)
                return self._with_text(text, found)
        return actor

    def _recipient(self, d: Draft, default_country, ctx: ArticleContext) -> Actor | None:
        if d.recipient_text:
            actor = self._actor(d.recipient_text, None, default_country, ctx, d, doer=False)
            if actor is not None and actor.kind == "state" and self.registry.names_a_site(d.recipient_text):
                # a school or church named with a state's word was hit, not the state
                return Actor(text=d.recipient_text, kind="unknown")
            if actor is not None and (actor.name or actor.kind not in ("unknown", None)):
                return actor
            if d.anti_group:
                return self._with_text(d.recipient_text, self.registry.resolve(d.anti_group))
            return actor
        if d.anti_group:
            found = self.registry.resolve(d.anti_group)
            if found.name:
                return found
        return None

    def _forces_hit(self, d: Draft, actor: Actor | None, default_country) -> Actor | None:
        """"Two policemen were killed in the attack": an attack whose dead or wounded are a
        state's forces hit that state, when the sentence names no other target (and the
        forces are not the attackers' own); so does one whose victims' phrase names them
        among others ("eight soldiers and a driver", "four people, including three
        policemen"), and one told as aimed at them ("four people were killed in an attack
        on a police convoy")."""
        if d.event_type != "ASSAULT":
            return None
        sentence = d.evidence.sentence
        people = [self._counted_people(count.text, sentence) for count in (d.counts.killed, d.counts.injured)
                  if count is not None and count.text]
        # "eight soldiers and a driver", "four people, including three policemen": the
        # forces among the people hit are hit as well
        # "killed four people in an attack on a police convoy": what the deed was aimed at
        people += [m.group(1) for m in self.registry.state_fights.attacked.finditer(sentence)]
        for phrase in [d.recipient_text or ""] + people:
            if not phrase.strip():
                continue
            parts = _CONJUNCTS.split(phrase)
            at = sentence.find(phrase)
            if at >= 0:
                m = _INCLUDING.match(sentence, at + len(phrase))
                if m:
                    parts.append(m.group(1))
            people += [part for part in parts if part.strip() and part != phrase]
        for text in people:
            found = self.registry.resolve(text, default_country)
            if found.name and found.kind == "security_forces" and not (
                    actor is not None and actor.name == found.name):
                return found
        return None

    def _clash_sides(self, d: Draft, actor: Actor | None, recipient: Actor | None,
                     default_country) -> tuple[Actor | None, Actor | None]:
        """A fight told with its two sides after its word ("a border shootout between X and
        Y", "clashes broke out between the army and X"): X is its doer and Y whom it hit,
        each only where the parse read no name, and never one side on both."""
        told = self.registry.state_fights.sides.search(d.evidence.sentence)
        m = _BETWEEN_SIDES.match(d.evidence.sentence, told.end()) if told is not None else None
        if m is None:
            return actor, recipient
        first, second = (self.registry.resolve(m.group(k).strip(), default_country) for k in ("x", "y"))
        first = self._with_text(m.group("x").strip(), first)
        second = self._with_text(m.group("y").strip(), second)
        if (actor is None or actor.name is None) and first.name \
                and not (recipient is not None and recipient.name == first.name):
            actor = first
        if recipient is None or recipient.name is None:
            other = next((side for side in (second, first) if side.name
                          and not (actor is not None and actor.name == side.name)), None)
            recipient = other or recipient
        return actor, recipient

    def _named_forces(self, sentence: str) -> Actor | None:
        """The one state whose forces or government the sentence names with their
        nationality ("Israeli security forces", "the Turkish police") or by a body's name
        ("the FSB"), read without a default country; None when it names none or two. A
        country's bare name is no body: it is as often a place ("shot in Northern Ireland",
        "the Thai-Malaysia border", "a man from Kenya")."""
        found = {actor.name: actor for start, end, actor in self.registry.mentions(sentence)
                 if actor.name and actor.kind in ("state", "security_forces") and actor.country
                 and not _PLACE_OF.search(sentence[max(0, start - 16):start])      # "spying on a US base"
                 and not self.registry.not_the_doer(sentence, start, end)
                 and self.registry.describe(sentence[start:end]).reason != "country"}
        if len(found) != 1:
            return None
        return self._with_text(None, next(iter(found.values())))

    @staticmethod
    def _counted_people(text: str, sentence: str) -> str:
        """The figure's phrase with the people it counts: the count keeps "six" of "killed
        at least six soldiers in Basilan" (or "least six", with its hedge); the words after
        it in the sentence say who."""
        if not _ENDS_IN_FIGURE.search(text.strip()):
            return text
        m = re.search(r"\b" + re.escape(text.strip()) + r"((?:\s+(?!(?:in|on|at|and|or|of|from|near|after|"
                      r"during|when|while|with|by)\b)[A-Za-z][\w'-]*){1,3})", sentence)
        return text + m.group(1) if m else text

    @staticmethod
    def _with_text(text: str | None, found: Actor) -> Actor:
        return Actor(text=text, name=found.name, id=found.id, country=found.country, kind=found.kind)

    def _written_as_place(self, text: str | None, sentence: str) -> bool:
        """Is the bare proper name ``text`` written in ``sentence`` as a place: after a town
        and a comma ("in Y, Iran"; not after another state: "Russia, Iran and Turkey"),
        or as a dateline with its day ("TOWN, March 3, 2021 -")?"""
        name = (text or "").strip()
        if not _PROPER_NAME.fullmatch(name):
            return False
        if re.match(re.escape(name) + _DATELINE_DAY, sentence):
            return True
        for m in re.finditer(r"\b([A-Z][\w'’-]+),\s+" + re.escape(name) + r"(?![\w'’-])", sentence):
            if self.registry.resolve(m.group(1)).kind not in ("state", "security_forces"):
                return True
        return False

    def _air_state(self, ctx: ArticleContext, place: Place | None, recipient: Actor | None) -> Actor | None:
        """An air or drone strike the sentence gives no author, in an article whose strikes
        are one foreign state's ("Israeli drones have hit the south daily"): that state's,
        when it struck abroad (not in its own country) and not at its own side; in an
        article whose strikes are told as the forces' with no nationality ("junta
        airstrikes"), the state of the strike's country. No armed group named around it (a
        victim, a target's owner) is the author of an air strike."""
        code = ctx.air_state
        if code is None and ctx.air_forces and place is not None and place.country:
            code = self.registry.forces_state(place.country)
        elif code is None or (place is not None and place.country == code):
            return None
        state = self.registry.inferred_state(code)
        if recipient is not None and recipient.name == state.name:
            return None
        return state

    def _sentence_group(self, d: Draft, recipient: Actor | None) -> Actor | None:
        """An attack with no parsed actor: an armed group named in the same sentence,
        unless it is who reports the attack ("..., according to Hamas") or whom it hit."""
        if d.status != "occurred":
            return None
        sentence = d.evidence.sentence
        source = d.source_claim.by.lower() if d.source_claim is not None else ""
        target = (d.recipient_text or "").lower()
        return self._armed_group_in(sentence, lambda start, end, entry: (
            (recipient is not None and recipient.name == entry.name)
            or (source and sentence[start:end].lower() in source)      # "according to Hamas"
            or names_a_holding(sentence, end)                          # "the Houthi stronghold of Saada"
            or self.registry.not_the_doer(sentence, start, end)        # "a Hezbollah commander was killed"
            or (target and sentence[start:end].lower() in target)),    # "killed a Hezbollah commander"
            links=False)

    def _arrested_group(self, d: Draft, actor: Actor | None, recipient: Actor | None) -> Actor | None:
        """"arrested five suspects allegedly linked to the banned group X", "detained 20
        foreigners suspected of IS links": the armed group the sentence names (not the
        arresting side) is whom the arrests hit; the text stays the arrested people's."""
        found = self._armed_group_in(d.evidence.sentence,
                                     lambda start, end, entry: actor is not None and actor.name == entry.name)
        return self._with_text(recipient.text if recipient is not None else None, found) if found else None

    def _armed_group_in(self, sentence: str, skip, links: bool = True) -> Actor | None:
        """The first armed group the sentence names that ``skip(start, end, entry)`` does
        not rule out, the group itself before one named only as a link ("al-Qaeda-linked");
        with ``links`` false, never one named only as a link (it is not the doer)."""
        found = [(start, end, entry) for start, end, entry in self.registry.find(sentence)
                 if entry.kind == "armed_group" and not skip(start, end, entry)]
        own = [f for f in found if not names_a_link(sentence, f[1])]
        if not (own if not links else found):
            return None
        start, end, entry = (own or found)[0]
        return entry.actor(sentence[start:end])

    # -- places --------------------------------------------------------------------------
    def refine_places(self, doc, events: list[Event], separate=None) -> list[Event]:
        """Happenings (after assembly) placed at country or region level, refined from the
        text that tells them (``resolve.refine``)."""
        ctx = doc.user_data.get("polybius.article_context") if events else None
        if ctx is None:
            return events
        return refine(events, doc, lambda text: self._lookup(text, ctx), self.gazetteer.country,
                      self.gazetteer.data, separate, lambda text, sentence: self._unknown_name(text, ctx, sentence),
                      ctx.dateline)

    def _lookup(self, text: str, ctx: ArticleContext) -> Place | None:
        if self._is_group(text):
            return None
        capital = _CAPITAL_RE.fullmatch(text)
        if capital:   # "the Afghan capital", "Haiti's capital": that country's capital city
            whose = capital.group(1)
            code = country_names.country_code(whose) or country_names.country_from_adjective(whose)
            if text == country_names.BARE_CAPITAL:   # "stormed Congress in the capital": the article's country's
                code = ctx.countries[0] if ctx.countries else None
            city = country_names.capital_of(code) if code else None
            return self.gazetteer.resolve(city, [code]) if city else None
        place = self.gazetteer.resolve(text, ctx.countries) or self._site_town(text, ctx)
        if place is not None and place.precision in ("city", "admin2") and ctx.provinces \
                and place.admin1 not in ctx.provinces:
            # a village of that name in a province the article names ("X district" in a
            # story about its province) before a bigger namesake elsewhere in the country
            best = self.gazetteer.candidates(text, ctx.countries)
            top = best[0][1] if best else 0.0
            named = next((p for p, score, _ in best if p.country == place.country and p.admin1 in ctx.provinces
                          and p.precision == place.precision and top - score <= HOMONYM_GAP), None)
            if named is not None:
                return replace(named, reason=f"{named.reason}; in {named.admin1}, a province the article names")
            if _by_another_name(place) and place.country == (ctx.countries[0] if ctx.countries else None) \
                    and (ctx.main_place is None or ctx.main_place.name != place.name):
                # a town matched only through another of its names, in a province the
                # article does not name when it names provinces of that country (a
                # village in a story about one province is not another province's
                # village that has its name as another name), unless the article names
                # it most often: a village the gazetteer lacks, kept by its name
                return None
            if _namesakes_elsewhere(place, best, ctx):
                return None
        return place

    def _site_town(self, text: str, ctx: ArticleContext) -> Place | None:
        """The town whose name heads a site's name the gazetteer lacks ("X International
        Airport", "Y Central Prison": ``facility_words`` of ``places.yaml``), in one of the
        article's countries, when the article names that town on its own too or it is a
        big town (a village's name heading a hotel's is more likely a word)."""
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        n = len(words)
        while n > 0 and name_key(words[n - 1]) in self.gazetteer.data.facility_words:
            n -= 1
        head = " ".join(words[:n])
        if n == 0 or n == len(words) or not head[:1].isupper():
            return None
        town = self.gazetteer.resolve(head, ctx.countries)
        if town is None or town.precision != "city" or town.country not in ctx.countries \
                or _by_another_name(town):
            return None
        if head not in ctx.place_names and self._population(town) < SITE_TOWN_MIN_POP:
            return None
        return replace(town, text=text, reason=f"{town.reason}; the town of the site {text!r}")

    def _population(self, town: Place) -> int:
        index = self.gazetteer.index
        return max((index.entry(pid).population for pid, _ in index.lookup(name_key(town.name))
                    if index.entry(pid).geonames_id == town.geonames_id), default=0)

    def _where(self, texts: list[str], sentence: str) -> tuple[list[str], list[str]]:
        """The names that say where, and those that are only a reference point ("in Babil
        province, south of Baghdad", "35 km north of the capital, X", "between X and Y",
        "travelling from X", "died at a hospital in X", "the government in X": the place is
        Babil, Baghdad only when nothing else is known); a clock ("7 p.m. Moscow time") is
        neither."""
        if self._reference_re is None:
            data = self.gazetteer.data

            def alternation(words) -> str:
                return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
            town = r"(?:the\s+)?(?:(?:town|city|village|capital)\s+of\s+|(?:\w+\s+)?capital\s*,?\s+)?"
            self._reference_re = re.compile(
                r"(?:\b(?:" + alternation(data.directions) + r")\s+of\s+" + town          # "south of X"
                + r"|\b(?:km|kms|kilometers|kilometres|miles)\s+(?:from|of|outside)\s+" + town
                + r"|\bbetween\b[^,;.]*"                                                      # "between X and Y"
                + r"|\b(?:" + alternation(data.travel_words) + r")\s+(?:home\s+)?(?:from|to|towards)\s+"
                + town                                                                      # "travelling from X"
                + r"|\b(?:" + alternation(data.care_places + data.seat_nouns)          # "a hospital in X",
                + r")\s+(?:in|at)\s+" + town                                              # "the government in X"
                + r")$", re.I)
            self._speech_re = re.compile(r"\b(?:" + alternation(data.speech_places) + r")\s+(?:in|at)\s+"
                                         + town + r"$", re.I)     # "told reporters in X"
        kept, references = [], []
        for text in texts:
            at = sentence.find(text)
            if at >= 0 and re.match(r"\s+time\b", sentence[at + len(text):]):
                continue
            if at >= 0 and self._speech_re.search(sentence[:at]):
                continue   # "told reporters in X": where the speaker was, no place of the happening
            (references if at >= 0 and self._reference_re.search(sentence[:at]) else kept).append(text)
        return kept, references

    def _said_where(self, texts: list[str], d: Draft, ctx: ArticleContext) -> Place | None:
        """The most specific place of ``texts`` that says where; a reference point ("in
        X, northwest of Y") only when none does: a name the gazetteer lacks that reads as
        a place is known enough (X, kept by its name in Y's country, not Y)."""
        sentence = d.evidence.sentence
        where, references = self._where(texts, sentence)
        place = self._most_specific(where, ctx, d.modifier_places, sentence)
        if place is not None or not references:
            return place
        reference = self._most_specific(references, ctx, d.modifier_places, sentence)
        if reference is None or not reference.country:
            return reference
        for text in where:
            if text in d.modifier_places or self._lookup(text, ctx) is not None:
                continue
            named = self._unknown_name(text, ctx, sentence, placed=self._after_place_word(text, sentence))
            if named is not None:
                return Place(text=text, name=named[0], country=reference.country, precision=named[1],
                             reason=f"{text!r} not in the gazetteer: the name as written, no coordinates; "
                                    f"in the country of {reference.text or reference.name!r}, named "
                                    f"only as a reference point")
        return reference

    def _whole_names(self, texts: list[str], d: Draft, ctx: ArticleContext) -> list[str]:
        """``texts`` with the names the tagger split at a hyphen made whole ("Sondé" ->
        "Pont-Sondé"), unless the part alone is a place the whole is not ("Tyre" of
        "Tyre-Al-Hosh", "Israel" of "Israel-Hamas")."""
        out = []
        for text in texts:
            whole = text if text in d.modifier_places else \
                hyphen_compound(text, d.evidence.sentence, self.gazetteer.data)
            if whole != text and self._lookup(whole, ctx) is None and self._lookup(text, ctx) is not None:
                whole = text
            out.append(whole)
        return out

    def _unknown_in(self, texts: list[str], coarse: Place, ctx: ArticleContext, sentence: str,
                    town_only: bool = False) -> Place | None:
        """A name of ``texts`` the gazetteer lacks, read as a place, in ``coarse``'s country
        (``town_only``: written as a town, "the town of X", "X village": in ``coarse``)."""
        for text in texts:
            if text == coarse.text or self._lookup(text, ctx) is not None:
                continue
            named = self._unknown_name(text, ctx, sentence)
            if town_only and (named is None or word_of_place(named[0], sentence, self.gazetteer.data) != "city"):
                continue
            if named is not None:
                admin1 = coarse.admin1 if coarse.precision in ("admin2", "admin1") else None
                return Place(text=text, name=named[0], country=coarse.country, precision=named[1],
                             admin1=admin1,
                             reason=f"{text!r} not in the gazetteer: the name as written, no coordinates; "
                                    f"in {coarse.text or coarse.name!r}")
        return None

    def _force_town(self, d: Draft, actor: Actor | None, ctx: ArticleContext) -> Place | None:
        """An arrest by a local force named after its town or province ("X police
        arrested ...", "the Y provincial police"), told with no place: that town."""
        if d.event_type != "COERCE" or actor is None or actor.kind not in ("state", "security_forces") \
                or not d.actor_text or not ctx.countries:
            return None
        words = d.actor_text.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        for n in (2, 1):
            head = words[:n]
            if len(head) < n or len(words) <= n or not all(w[:1].isupper() and not w.isupper() for w in head):
                continue
            place = self._lookup(" ".join(head), ctx)
            if place is not None and place.country == ctx.countries[0] and not _by_another_name(place) \
                    and place.precision in ("city", "admin2", "admin1"):
                return replace(place, reason=f"the arresting force's town or province ({d.actor_text!r})")
        return None

    def _after_place_word(self, text: str, sentence: str) -> bool:
        """Is ``text`` written right after a preposition of place ("detained in X", "near
        the X")? "of" and "on" are left out: "residents of X", "on X's orders"."""
        words = [w for w in self.gazetteer.data.place_prepositions if w not in ("of", "on")]
        return re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:the\s+)?" + re.escape(text)
                         + r"(?![\w-])", sentence, re.IGNORECASE) is not None

    def _owner_place(self, text: str, ctx: ArticleContext) -> Place | None:
        """"Manipur's Imphal West district": the place before the possessive, if known."""
        owner = re.split(r"[’‘'`]s\s", text, maxsplit=1)[0]
        if owner == text:
            return None
        place = self._lookup(owner, ctx)
        return place if place is not None and place.precision in ("city", "admin1") else None

    def _unknown_name(self, text: str, ctx: ArticleContext, sentence: str = "",
                      placed: bool = False) -> tuple[str, str] | None:
        """(name, precision) of a place the gazetteer lacks, read as the text writes it
        (``resolve.unknown_places``); never a country, a people or an armed group.
        ``placed``: the sentence writes the name where something happened ("arrested in
        X"), which counts as the tagger calling it a place."""
        tagged = ctx.place_names | {text} if placed else ctx.place_names
        found = read_name(text, self.gazetteer.data, tagged, sentence)
        if found is None or self._is_group(found[0]) or country_names.country_code(found[0]) \
                or country_names.country_from_adjective(found[0].split()[0]):
            return None
        return found

    def _most_specific(self, texts: list[str], ctx: ArticleContext,
                       modifiers: set[str] = frozenset(), sentence: str = "") -> Place | None:
        """"in Kano, Nigeria": the most specific of the places named wins. A country
        named as a modifier ("a U.S. raid", "Saudi-backed") says who, not where."""
        found = [p for p in (self._lookup(text, ctx) for text in texts) if p is not None
                 and not (p.text in modifiers and PLACE_RANK.get(p.precision, 9) >= PLACE_RANK["region"])]
        if sentence:
            found = [self._in_named_country(p, found, ctx, sentence) for p in found]
            found = _owned_part_first(found, sentence)
        return min(found, key=_specificity) if found else None

    def _in_named_country(self, place: Place, found: list[Place], ctx: ArticleContext, sentence: str) -> Place:
        """"Palma in Mozambique", "Kano, Nigeria", "Mali's Gao": a town written with its
        country lies in that country, even when a bigger namesake elsewhere would win."""
        if place.precision in ("country", "region") or not place.text:
            return place
        for country in found:
            if country.precision != "country" or country.country == place.country or not country.text:
                continue
            town, land = re.escape(place.text), re.escape(country.text)
            if not re.search(town + r"(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:\w+ern\s+)?)" + land + r"\b"
                             r"|\b" + land + r"[’']s\s+(?:\w+(?:ern)?\s+)?(?:(?:town|city|village)\s+of\s+)?"
                             + town, sentence):
                continue
            there = next((p for p, _, _ in self.gazetteer.candidates(place.text, [country.country])
                          if p.country == country.country), None)
            if there is not None:
                return replace(there, reason=f"{there.reason}; written with its country, {country.text}")
            named = self._unknown_name(place.text, ctx, sentence)
            return Place(text=place.text, name=named[0] if named else place.text, country=country.country,
                         precision=named[1] if named else "city",
                         reason=f"{place.text!r} written with its country {country.text!r}, where the "
                                f"gazetteer lacks it: the name as written, no coordinates")
        return place

    def _whole_region(self, place: Place | None, ctx: ArticleContext) -> bool:
        """"The largest alliance of armed groups in the Sahel", "a turning point in Africa's
        ignored war": a land region of several countries (no country of its own) named in an
        article about a country is not where its events happened; they fall back like events
        told with no place (the lead's town, the article's main country). A sea is a place."""
        if place is None or place.precision != "region" or place.country is not None or not ctx.countries:
            return False
        return not any(r.water and r.name == place.name for r in self.gazetteer.data.macro_regions)

    def _country_place(self, code: str | None, text: str, reason: str) -> Place | None:
        if not code:
            return None
        place = self.gazetteer.country(code)
        if place is None:
            return Place(text=text, country=code, precision="country", reason=reason)
        return Place(text=text, name=place.name, admin1=None, country=code, lat=place.lat, lon=place.lon,
                     geonames_id=place.geonames_id, precision="country", reason=reason)

    def _place(self, d: Draft, ctx: ArticleContext, actor: Actor | None, by_sentence, lead) -> Place | None:
        places = self._whole_names(d.places, d, ctx)
        place = self._said_where(places, d, ctx)
        if place is not None and place.country and (PLACE_RANK.get(place.precision, 9) >= PLACE_RANK["region"]
                                                    or place.precision == "admin2"
                                                    or (place.precision == "admin1"   # "X province's Y district"
                                                        and _written_as_owner(place, d.evidence.sentence))):
            # "in the vicinity of X in central Somalia": the village the gazetteer lacks,
            # in the country the region names, is finer than the region (and "in X
            # village, Y Township" than the district)
            finer = self._unknown_in(places, place, ctx, d.evidence.sentence)
            if finer is not None:
                return finer
        if place is not None and place.country and place.precision == "admin1":
            # "in the town of X, in the Y region": a village the gazetteer lacks, written
            # as a town, is finer than its province
            finer = self._unknown_in(places, place, ctx, d.evidence.sentence, town_only=True)
            if finer is not None:
                return finer
        regions = set()   # a region of several countries is no place of its own, nor a village's name
        if self._whole_region(place, ctx):
            regions.add(place.text)
            place = None
        if place is not None:
            return place
        if d.nationwide:
            code = (actor.country if actor is not None else None) or (ctx.countries[0] if ctx.countries else None)
            return self._country_place(code, "nationwide", "nationwide: the acting state's country")
        if d.thwarter_text:
            thwarter = self.registry.resolve(d.thwarter_text)
            if thwarter.country and thwarter.kind in ("state", "security_forces"):
                return self._country_place(thwarter.country, d.thwarter_text,
                                           "thwarted plot: the thwarting state's country")
        force_town = self._force_town(d, actor, ctx)
        if force_town is not None:
            return force_town
        if d.event_type == "COERCE" and actor is not None and actor.country and \
                actor.kind in ("state", "security_forces"):
            if lead is not None and lead.country == actor.country:
                return replace(lead, reason="state coercion: the article's lead location")
            return self._country_place(actor.country, None, "state coercion: the acting state's country")
        if d.sent_index in by_sentence:
            place = by_sentence[d.sent_index]
            return replace(place, reason="another event of the same sentence")
        place = self._said_where(self._whole_names(d.sentence_places, d, ctx), d, ctx)
        if place is not None and not self._whole_region(place, ctx):
            return replace(place, reason=IN_SENTENCE)
        violent = d.event_type in ("ASSAULT", "COERCE", "PROTEST", "THREATEN")
        unknown = [text for text in places if text not in regions]
        if unknown and ctx.countries and violent:
            # a place the gazetteer does not know ("North Waziristan"): keep its text, give
            # only the country its sentence names for it ("the southern Lebanese city of
            # X"), else the country the article is about, and say so
            code = _place_country(d, actor)
            country = self._country_place(code or ctx.countries[0], unknown[0], "")
            which = "the country its sentence names" if code else "the article's main country"
            # the first that reads as a place ("the Abu Sayyaf" does not), a name written
            # where something happened ("arrested in X") before one that is not ("identified
            # as X Singh", "alias X")
            placed = {text for text in unknown if self._after_place_word(text, d.evidence.sentence)}
            for text in sorted(unknown, key=lambda t: t not in placed):
                owner = self._owner_place(text, ctx)
                if owner is not None and owner.precision == "city":   # "Nairobi's business district"
                    return replace(owner, reason=f"{text!r} not in the gazetteer: the town it is part of")
                named = self._unknown_name(text, ctx, d.evidence.sentence, placed=text in placed)
                if named is not None:   # "the village of X": its name as written, no coordinates
                    return Place(text=text, name=named[0], country=country.country, precision=named[1],
                                 admin1=owner.name if owner is not None and owner.precision == "admin1" else None,
                                 reason=f"{text!r} not in the gazetteer: the name as written, "
                                        f"no coordinates; {which}")
            return Place(text=unknown[0], country=country.country, lat=country.lat, lon=country.lon,
                         precision="country", reason=f"{unknown[0]!r} not in the gazetteer; {which}")
        # an attack or a protest that happened (not a plot, not an arrest: their towns are
        # often targets or other places) is placed at the one town the article names
        # rather than at a country-level lead
        only_town = ctx.only_town if (d.event_type in ("ASSAULT", "PROTEST") and d.status == "occurred"
                                      and not d.background) else None
        finer = ctx.main_place if ctx.main_place is not None and not d.background else only_town
        if lead is not None and violent and not (
                finer is not None and lead.precision in ("country", "region") and lead.country == finer.country):
            return replace(lead, reason="the article's lead location")
        if ctx.dateline is not None and violent:
            return replace(ctx.dateline, reason="the article's dateline")
        if ctx.main_place is not None and violent and not d.background:
            return replace(ctx.main_place, reason="the article's main place (named most often)")
        if only_town is not None:
            return replace(only_town, reason="the one town the article names")
        if ctx.countries and violent:
            return self._country_place(ctx.countries[0], None, "the article's main country")
        if actor is not None and actor.country:   # a statement is made where its speaker is
            return self._country_place(actor.country, None, _STATEMENT + "the speaker's country")
        if ctx.countries:   # an unnamed speaker in a story about one country speaks there
            return self._country_place(ctx.countries[0], None, _STATEMENT + "the article's main country")
        return None

    def _party_statement_place(self, d: Draft, place: Place | None, actor: Actor | None,
                               ctx: ArticleContext) -> Place | None:
        """A denial or an accusation by a state the article is about is made in that state,
        not in the country of what it denies or charges ("the Taliban rejected claims of
        Afghan involvement in attacks in Pakistan": Afghanistan; "Pakistan denied claims by
        the administration in Kabul": Pakistan). (The other events of its sentence still
        read the place.)"""
        if d.event_type not in ("REJECT", "ACCUSE") or place is None or actor is None \
                or not actor.country or actor.country not in ctx.countries[:2] \
                or not place.country or place.country == actor.country \
                or (place.reason or "").startswith(_STATEMENT):
            return place
        return self._country_place(actor.country, None, _STATEMENT + "a party's own country, not that of "
                                   f"{place.text or place.name!r} it names")

    def _denial_place(self, d: Draft, place: Place | None) -> Place | None:
        """A denial names the town of what it denies ("denied responsibility for the blast
        at a hospital in X"), not where it was said: it keeps only that town's country.
        (The other events of its sentence still read the town.)"""
        if d.event_type not in DENIAL_TYPES or place is None or not place.country \
                or PLACE_RANK.get(place.precision, 9) >= PLACE_RANK["country"]:
            return place
        country = self._country_place(place.country, place.text, "")
        return replace(country, reason=f"a denial: the country of {place.text or place.name!r} it names")

    # -- dates ---------------------------------------------------------------------------
    def _date(self, d: Draft, article: Article, anchor: str | None, lead: bool,
              year: str | None = None) -> DateValue | None:
        if d.date_text and year and not article.published and unanchored_day(d.date_text)[1]:
            # a page without a date: "on July 20" in the one year its full dates give
            found = resolve_date(f"{d.date_text} {year}", None)
            if found.value:
                return DateValue(text=d.date_text, value=found.value, precision=found.precision)
        if d.date_text:
            if anchor is None and anchored(d.date_text):
                # "that day", "a day later" with no day read before it: told from a day
                # the text has not given, so not from the publication day either (the
                # words stay: they still tell assembly the mention has a day of its own)
                return DateValue(text=d.date_text)
            return resolve_date(d.date_text, article.published, anchor=anchor, future=d.future)
        if not article.published or d.status != "occurred" or d.background:
            return None
        said = _statement_day(d.said_date, article.published) if d.said_date else None
        if said is not None:   # "13 killed in overnight fighting, officials said Friday"
            return DateValue(text=None, value=said, precision="day", basis="statement")
        if lead:
            return DateValue(text=None, value=article.published[:10], precision="day")
        return None

    @staticmethod
    def _context_tags(d: Draft, actor: Actor | None, recipient: Actor | None) -> list[str]:
        tags = list(d.context)
        kinds = {a.kind for a in (actor, recipient) if a is not None}
        if "armed_group" in kinds and "terrorism" not in tags:
            tags.append("terrorism")
        if "security_forces" in kinds and d.event_type == "COERCE" and "law_enforcement" not in tags:
            tags.append("law_enforcement")
        return tags


def _owned_part_first(found: list[Place], sentence: str) -> list[Place]:
    """"In Baghdad's Sadr City district", "in Peshawar's Hayatabad neighbourhood": a place
    written as the possessive owner of another yields to the part it owns when the
    gazetteer knows that part as a town or district of the same country; the owner is
    the place only when its part is unknown."""
    found = _without_split_owner(found, sentence)
    owners = [p for p in found if _written_as_owner(p, sentence)]
    if not owners:
        return found
    parts = [p for p in found if p not in owners and p.precision in ("city", "admin2")]
    kept = [p for p in found if p not in owners or not any(q.country == p.country for q in parts)]
    return kept or found


def _without_split_owner(found: list[Place], sentence: str) -> list[Place]:
    """"In Jammu and Kashmir's Srinagar": a town written right after a possessive is the
    part; a place named inside the owner's words (the tagger's "Jammu" of "Jammu and
    Kashmir's") is not where, though not written as a possessive itself."""
    for part in found:
        if not part.text or part.precision not in ("city", "admin2"):
            continue
        owned = re.search(r"[’'`]s\s+" + re.escape(part.text) + r"(?![\w-])", sentence)
        if owned is None:
            continue
        owner = sentence[max(0, owned.start() - 40):owned.start()]
        split = [q for q in found if q is not part and q.text and q.country == part.country and
                 re.search(r"(?<![\w-])" + re.escape(q.text) + r"(?![\w-])", owner)]
        if split:
            return [q for q in found if q not in split]
    return found


def _written_as_owner(place: Place, sentence: str) -> bool:
    """Is ``place`` written as a possessive ("Peshawar's", "the province's")?"""
    return bool(place.text) and re.search(r"(?<![\w-])" + re.escape(place.text) + r"[’'`]s?\s",
                                          sentence) is not None


def _namesakes_elsewhere(place: Place, best: list, ctx: ArticleContext) -> bool:
    """Is ``place`` one of several villages of its name in its country, none of them in
    the provinces the article names ("El Aguaje" in a story about Michoacán: the gazetteer
    has three, in Veracruz, Guerrero and Nayarit)? Its pick is then a coin flip far from
    the story: the name is better kept without coordinates, as a village the gazetteer
    lacks (unless the article names it most often)."""
    if place.country != (ctx.countries[0] if ctx.countries else None) \
            or (ctx.main_place is not None and ctx.main_place.name == place.name):
        return False
    top = best[0][1] if best else 0.0
    return any(p.country == place.country and p.precision == place.precision and p.admin1 != place.admin1
               and p.geonames_id != place.geonames_id and top - score <= NAMESAKE_GAP
               for p, score, _ in best[1:])


def _by_another_name(place: Place) -> bool:
    """The gazetteer matched the place only through an alternate or loose name."""
    return bool(place.reason) and ("alternate name" in place.reason
                                   or "loose name match" in place.reason)

