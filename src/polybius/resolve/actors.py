"""The actor registry: surface text ("suspected ISIS militants", "Turkish police",
"the Kremlin") -> a canonical ``records.Actor`` (name, Wikidata id, country, kind).

Knowledge lives in ``data/actors.yaml`` (named groups, state bodies, generic words) and
``data/countries.csv`` (country names, demonyms, seats); this module only indexes it
and decides. The index is a token n-gram table built once at load: matching is
leftmost-longest over folded tokens, case-insensitive except for acronyms, so
``resolve()`` costs a few dictionary look-ups per token.

How a span is decided (``Resolution.reason`` records which rule fired):
  1. a named alias (group, international body, named state body) -> that entry;
     "anti-ISIS" does not count, and "ISIS victims" are civilians;
  2. otherwise the head word (the last generic word: "police", "civilians", "gunmen")
     decides the kind; for state bodies the state comes from a demonym or country
     before it ("Turkish police", "Turkey's police"), "of/in <country>" after it, or
     ``default_country``; "Iran-backed forces" and "rebel army" are armed groups;
  3. otherwise a country, alias or seat ("Türkiye", "Washington") -> that state;
  4. otherwise unknown, with the surface text kept.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from polybius.records import ACTOR_KINDS, Actor
from polybius.resolve.countries import CountryTable, default_table, tokens
from polybius.settings import DATA_DIR

DATA_FILE = DATA_DIR / "actors.yaml"

NON_STATE_HEADS = ("civilians", "unknown", "armed_group", "international", "political")
_TOP_KEYS = {"version", "branches", "generic", "armed_markers", "backing_words",
             "non_state_adjectives", "states", "entries", "unnamed", "not_the_doer", "statement_parties",
             "state_fights", "dwellings", "public_sites", "against_government", "territory_forces"}
_ENTRY_KEYS = {"id", "name", "qid", "kind", "country", "parent", "aliases"}
_STANCE = ("pro", "anti", "counter")
_LINKS = ("of", "in")
_CONNECTORS = ("of", "the", "in")
_BREAKS = frozenset(',.;:!?()[]"')


@dataclass(frozen=True)
class ActorEntry:
    """One registry entry. State bodies are entries too: ``tur-intelligence`` is named
    "Turkey" with the country's QID; ``branch`` keeps what kind of body it is."""
    id: str
    name: str
    kind: str
    qid: str | None = None
    country: str | None = None
    parent: str | None = None
    branch: str | None = None
    aliases: tuple[str, ...] = ()

    def actor(self, text: str) -> Actor:
        return Actor(text=text, name=self.name, id=self.qid, country=self.country, kind=self.kind)


def _alternation(words, fname: str, key: str) -> re.Pattern:
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"{fname}: {key} must be a list of phrases")
    if not words:
        return re.compile(r"(?!)")
    phrases = sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


def _section(data, fname: str, section: str, keys: tuple[str, ...]) -> dict[str, re.Pattern]:
    """The word lists of one YAML section, each as an alternation; any other key fails
    with the section's name."""
    if not isinstance(data, dict) or set(data) - set(keys):
        listed = ", ".join(f"'{k}'" for k in keys[:-1]) + f" and '{keys[-1]}'"
        raise ValueError(f"{fname}: {section} takes only {listed} lists")
    return {k: _alternation(data.get(k, []), fname, f"{section}.{k}") for k in keys}


def _dwelling(words, fname: str) -> re.Pattern:
    """A phrase about a dwelling and its owner (``dwellings``): the dwelling before "of"
    as the phrase's first noun ("the house of X", "houses of X"), or after the owner's
    possessive at its end ("X's home", "the ministers' homes")."""
    # the list's alternation without its ignore-case flag: lower case only, for "House of
    # Representatives" and "Home Ministry" are names
    words_re = _alternation(words, fname, "dwellings").pattern
    return re.compile(r"^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\d+)\s+)?" + words_re + r"\s+of\s"
                      + r"|['’]s?\s+(?:[\w-]+\s+)?" + words_re + r"\s*$")


@dataclass(frozen=True)
class Unnamed:
    """Words that say a perpetrator is not known ("unidentified gunmen") and phrases that
    say an attack is unclaimed; no article-level guess of its group may then name one."""
    unknown: re.Pattern
    unclaimed: re.Pattern
    denials: re.Pattern    # "X denied", "X has rejected": said right after a group's name
    generic: re.Pattern    # "gunmen", "a militant cell": a doer named only by what it is
    back_reference: re.Pattern   # the whole text "the militants": a group named before
    deed_doers: re.Pattern = re.compile(r"(?!)")   # "gunmen": who did the deed, not a member of a group

    @classmethod
    def read(cls, data: dict, fname: str) -> "Unnamed":
        lists = _section(data, fname, "unnamed", ("unknown", "unclaimed", "denials", "generic", "deed_doers",
                                                  "back_references"))
        denials = re.compile(r"^(?:\s*(?:[\w'’-]+\s+){0,4}?(?:on\s+\w+day\s+|also\s+|quickly\s+|swiftly\s+)?)"
                             + lists["denials"].pattern, re.IGNORECASE)
        back = re.compile("^(?:" + lists["back_references"].pattern + ")$", re.IGNORECASE)
        return cls(lists["unknown"], lists["unclaimed"], denials, lists["generic"], back, lists["deed_doers"])

    def only_deed_doers(self, text: str) -> bool:
        """Are the generic doer words of ``text`` all words for the doers of the deed
        itself ("gunmen", "two assailants"), none for a group's people ("militants")?"""
        found = [m.group(0) for m in self.generic.finditer(text)]
        return bool(found) and all(self.deed_doers.fullmatch(w) for w in found)


@dataclass(frozen=True)
class Bystander:
    """The words around a group's name that make it no doer (``not_the_doer`` in the YAML)."""
    before: re.Pattern
    after: re.Pattern

    @classmethod
    def read(cls, data: dict, fname: str) -> "Bystander":
        lists = _section(data, fname, "not_the_doer", ("before", "after", "people"))
        before, after, people = (lists[k].pattern for k in ("before", "after", "people"))
        sides = r"|\bbetween\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+and"   # "fighting between Israel and X"
        return cls(re.compile("(?:" + before + sides + r")\s+(?:(?:the|a|an|armed|militant|rebel)\s+){0,2}$",
                              re.IGNORECASE),
                   re.compile(r"^(?:\s*-?\s*(?:group|movement|organi[sz]ation|'s)?\s*(?:" + people + r")"
                              r"(?:\s+(?:group|movement|organi[sz]ation)\b)?)?"
                              r"[\s,-]+(?:(?:\w+|-)\s*){0,2}?" + after, re.IGNORECASE))

    def applies(self, sentence: str, start: int, end: int) -> bool:
        return bool(self.before.search(sentence[max(0, start - 40):start])
                    or self.after.search(sentence[end:end + 60]))


@dataclass(frozen=True)
class StatementParties:
    """"denied accusations by X", "blamed the attack on X" (``statement_parties``)."""
    charges: re.Pattern
    blame: re.Pattern

    @classmethod
    def read(cls, data: dict, fname: str) -> "StatementParties":
        lists = _section(data, fname, "statement_parties", ("charges", "blame"))
        charges, blame = lists["charges"].pattern, lists["blame"].pattern
        return cls(re.compile(charges + r"\s+(?:made\s+|leveled\s+|levelled\s+)?(?:by|from)\s+", re.IGNORECASE),
                   re.compile(blame + r"\s+(?:[^\s.;]+\s+){0,5}?on\s+", re.IGNORECASE))


@dataclass(frozen=True)
class StateFights:
    """"killed in an encounter with security forces", "killed in military operations"
    (``state_fights``; an operation only as the circumstance: "in", "during"): the
    sentence says the state's forces did it."""
    fought_by: re.Pattern
    operations: re.Pattern
    weapons: re.Pattern    # "Israeli airstrikes": a nationality right before a weapon word
    forces_weapons: re.Pattern   # "junta airstrikes", "an army drone strike": the forces' weapon
    sides: re.Pattern = re.compile(r"(?!)")   # "a shootout between": a fight told with its two sides
    attacked: re.Pattern = re.compile(r"(?!)")   # "an attack on a police convoy": group 1, what it hit

    @classmethod
    def read(cls, data: dict, fname: str) -> "StateFights":
        lists = _section(data, fname, "state_fights", ("fights", "by", "operations", "weapons", "forces",
                                                        "attacks"))
        weapons = re.compile(r"\b([A-Z][\w'-]+)\s+(?:(?:military|army|air\s+force|navy|naval)\s+)?(?:"
                             + lists["weapons"].pattern + r")", re.IGNORECASE)
        forces = re.compile(r"\b(?:" + lists["forces"].pattern + r")[\s-]+(?:" + lists["weapons"].pattern + r")",
                            re.IGNORECASE)
        fights, by = lists["fights"].pattern, lists["by"].pattern
        circumstance = r"\b(?:in|during|amid|through)\s+(?:(?:an?|the|several|separate|joint|series\s+of)\s+){0,2}"
        return cls(re.compile(fights + r"\s+(?:\w+\s+){0,2}?" + by + r"\s+", re.IGNORECASE),
                   re.compile(circumstance + lists["operations"].pattern, re.IGNORECASE), weapons, forces,
                   re.compile(fights + r"\s+(?:[\w'’-]+\s+){0,3}?(?=between\s)", re.IGNORECASE),
                   re.compile(lists["attacks"].pattern + r"(?:\s+[\w'’-]+){0,6}?\s+(?:on|against)\s+"
                              r"((?:[\w'’-]+\s+){0,7}?[\w'’-]+?)(?=\s*[,.;:()]|\s+(?:in|near|at|on|that|"
                              r"which|who|when|killing|killed|wounding|wounded|injuring|injured|leaving|"
                              r"left|has|have|had|was|were|by|from|after)\b|\s*$)", re.IGNORECASE))


@dataclass(frozen=True)
class Resolution:
    """The decision for one span, with the entry, the body branch and the rule used."""
    actor: Actor
    entry: ActorEntry | None = None
    branch: str | None = None
    reason: str = "no match"


@dataclass(frozen=True)
class _Lex:
    cat: str      # entry | country | head | modifier | nonstate | marker | backing | stance
    value: Any    # ActorEntry, head category, alpha-3 code or the word itself


@dataclass
class _Hit:
    first: int    # token span [first, last)
    last: int
    start: int    # character span in the text
    end: int
    lexes: tuple[_Lex, ...]
    negated: bool = False

    def get(self, cat: str) -> _Lex | None:
        return next((x for x in self.lexes if x.cat == cat), None)


class _Index:
    """Token n-gram -> lexemes, one table for case-insensitive keys, one for acronyms."""

    def __init__(self) -> None:
        self.tables: dict[bool, dict[str, list[_Lex]]] = {False: {}, True: {}}
        self.first: dict[bool, dict[str, int]] = {False: {}, True: {}}

    def add(self, text: str, lex: _Lex, case_sensitive: bool | None, owner: str) -> None:
        toks = [t for _, _, t in tokens(text)]
        if not toks:
            raise ValueError(f"actors: empty alias {text!r} in {owner}")
        cs = _looks_like_acronym(text) if case_sensitive is None else case_sensitive
        if not cs:
            toks = [t.casefold() for t in toks]
        key = " ".join(toks)
        bucket = self.tables[cs].setdefault(key, [])
        exclusive = ("entry", "country", "head")
        if lex.cat in exclusive:
            for i, old in enumerate(bucket):
                if old.cat not in exclusive or old == lex:
                    continue
                if old.cat == "country" and lex.cat == "entry":
                    bucket[i] = lex           # a registry alias wins over a country name
                    return
                if old.cat == "entry" and lex.cat == "country":
                    return
                raise ValueError(f"actors: alias {text!r} of {owner} is already used by "
                                 f"{_describe(old)}")
        if lex not in bucket:
            bucket.append(lex)
        firsts = self.first[cs]
        firsts[toks[0]] = max(firsts.get(toks[0], 0), len(toks))

    def scan(self, text: str) -> tuple[list[tuple[int, int, str]], list[_Hit]]:
        """Leftmost-longest matches over the tokens of ``text``."""
        toks = tokens(text)
        words = [t for _, _, t in toks]
        lowers = [w.casefold() for w in words]
        shouting = _is_shouting(words)
        ci, cs = self.tables[False], self.tables[True]
        ci_first, cs_first = self.first[False], self.first[True]
        hits: list[_Hit] = []
        i, n = 0, len(words)
        while i < n:
            w, lw = words[i], lowers[i]
            longest = max(cs_first.get(w, 0), ci_first.get(lw, 0))
            if len(lw) > 3 and lw.endswith("s"):
                longest = max(longest, cs_first.get(w[:-1], 0), ci_first.get(lw[:-1], 0))
            found = None
            for size in range(min(longest, n - i), 0, -1):
                found = self._lookup(words[i:i + size], lowers[i:i + size], cs, ci, shouting)
                if found:
                    hits.append(_Hit(i, i + size, toks[i][0], toks[i + size - 1][1], found))
                    i += size
                    break
            if not found:
                i += 1
        for h in hits:
            if h.first > 0 and lowers[h.first - 1] in ("anti", "counter") \
                    and toks[h.first][0] - toks[h.first - 1][1] <= 1:
                h.negated = True          # "anti-ISIS", "counter-Daesh"
        return toks, hits

    @staticmethod
    def _lookup(words, lowers, cs, ci, shouting) -> tuple[_Lex, ...] | None:
        key_cs = " ".join(words)
        hit = cs.get(key_cs)
        if hit and shouting and sum(c.isalpha() for c in key_cs) <= 3:
            hit = None                    # "IS" in an all-caps headline is the verb
        hit = hit or ci.get(" ".join(lowers))
        last = words[-1]
        if not hit and len(last) > 3 and last[-1] == "s":     # plurals: "officers", "NGOs"
            hit = cs.get(" ".join([*words[:-1], last[:-1]])) if last[-2].isupper() else None
            hit = hit or ci.get(" ".join([*lowers[:-1], lowers[-1][:-1]]))
        return tuple(hit) if hit else None


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_shouting(words: list[str]) -> bool:
    alpha = [w for w in words if sum(c.isalpha() for c in w) >= 2]
    return len(alpha) >= 3 and all(w.isupper() for w in alpha)


def _describe(lex: _Lex) -> str:
    if lex.cat in ("entry", "country"):
        return f"entry {lex.value.id}"
    return f"generic {lex.value}"


_LINK_AFTER = re.compile(r"\s*-?\s*(linked|affiliated|affiliates?|backed|allied|aligned|inspired|sponsored|funded)\b",
                         re.IGNORECASE)


_HOLDING_AFTER = re.compile(r"\s*-?\s*(?:(?:rebel|militant|militia|fighters?'?)\s+)?(held|controlled|run|"
                            r"strongholds?|bastions?|positions?|hideouts?|bases?|camps?|territory|enclaves?)\b",
                            re.IGNORECASE)


def names_a_holding(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the owner of a place ("the Houthi rebel stronghold of
    Saada", "Hezbollah positions", "an IS-held town") rather than an actor of the sentence?"""
    return bool(_HOLDING_AFTER.match(text, end))


def names_a_link(text: str, end: int) -> bool:
    """Is the name ending at ``end`` a link to another actor ("al-Qaeda-linked ...",
    "Iran-backed ...") rather than the actor itself?"""
    return bool(_LINK_AFTER.match(text, end))


class ActorRegistry:
    """Load once with ``ActorRegistry.load()``; then ``resolve()`` spans, ``find()``
    alias mentions in sentences, ``mentions()`` actor phrases in sentences."""

    def __init__(self, entries: dict[str, ActorEntry], index: _Index,
                 branches: dict[str, str], countries: CountryTable):
        self.entries = entries
        self.branches = branches
        self.countries = countries
        self._index = index
        self.unnamed = Unnamed.read({}, "actors")
        self.bystander = Bystander.read({}, "actors")
        self.parties = StatementParties.read({}, "actors")
        self.state_fights = StateFights.read({}, "actors")
        self.dwelling = _dwelling([], "actors")
        self.public_site = _alternation([], "actors", "public_sites")
        self.against_government = _alternation([], "actors", "against_government")
        self.territory_forces: dict[str, str] = {}

    # -- loading -----------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None,
             countries: CountryTable | None = None) -> "ActorRegistry":
        """Read and validate the registry; raises ValueError naming the bad entry."""
        path = Path(path) if path else DATA_FILE
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: expected a mapping at the top")
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise ValueError(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        registry = _Builder(path.name, data, countries or default_table()).build(cls)
        registry.unnamed = Unnamed.read(data.get("unnamed") or {}, path.name)
        registry.bystander = Bystander.read(data.get("not_the_doer") or {}, path.name)
        registry.parties = StatementParties.read(data.get("statement_parties") or {}, path.name)
        registry.state_fights = StateFights.read(data.get("state_fights") or {}, path.name)
        registry.dwelling = _dwelling(data.get("dwellings") or [], path.name)
        registry.public_site = _alternation(data.get("public_sites") or [], path.name, "public_sites")
        registry.against_government = _alternation(data.get("against_government") or [], path.name,
                                                   "against_government")
        registry.territory_forces = _territory_forces(data.get("territory_forces") or {}, path.name,
                                                      registry.countries)
        return registry

    def weapon_state(self, sentence: str) -> Actor | None:
        """The state a weapon's nationality names anywhere in the sentence ("killed in a
        series of Israeli airstrikes", "a Russian drone hit ..."): one state only."""
        codes = self.weapon_states(sentence)
        return self.inferred_state(codes[0]) if len(codes) == 1 else None

    def forces_weapons(self, text: str) -> bool:
        """Does ``text`` tell weapons of a state's forces with no nationality ("junta
        airstrikes", "an army drone strike")?"""
        return bool(self.state_fights.forces_weapons.search(text))

    def weapon_states(self, text: str) -> list[str]:
        """The states whose weapons ``text`` names by nationality, in reading order."""
        codes = []
        for m in self.state_fights.weapons.finditer(text):
            code = self.countries.from_adjective(m.group(1))
            if code and code not in codes:
                codes.append(code)
        return codes

    def state_fighters(self, sentence: str, default_country: str | None) -> Actor | None:
        """The state's forces a sentence says fought ("killed in an encounter with security
        forces": those forces; "killed in military operations": the state of
        ``default_country``, with no text, as the sentence names no one)."""
        for m in self.state_fights.fought_by.finditer(sentence):
            after = sentence[m.end():m.end() + 90]
            for start, end, actor in self.mentions(after, default_country):
                if start <= 12 and actor.name and actor.kind in ("state", "security_forces"):
                    return actor
                break
        if default_country and default_country.upper() in self.countries \
                and self.state_fights.operations.search(sentence):
            return self.inferred_state(self.forces_state(default_country))
        return None

    def forces_state(self, code: str) -> str:
        """The state whose forces act in the country or territory ``code`` when the text
        names them with no nationality (``territory_forces``: New Caledonia's police are
        France's); ``code`` itself for any other."""
        return self.territory_forces.get(code.upper(), code.upper())

    def inferred_state(self, code: str) -> Actor:
        """The state of ``code`` as a doer the sentence implies but does not write (no text)."""
        return Actor(text=None, name=self.countries.name(code), id=self.countries.qid(code),
                     country=code, kind="state")

    def answered_party(self, sentence: str, event_type: str) -> Actor | None:
        """Whom a denial answers ("denied accusations by X") or an accusation blames
        ("blamed the attack on X"), when the sentence names it."""
        pattern = self.parties.charges if event_type == "REJECT" else (
            self.parties.blame if event_type == "ACCUSE" else None)
        m = pattern.search(sentence) if pattern is not None else None
        if m is None:
            return None
        for _start, _end, actor in self.mentions(sentence[m.end():m.end() + 80]):
            return actor if actor.name else None
        return None

    def not_the_doer(self, sentence: str, start: int, end: int) -> bool:
        """Is the name at [start, end) of ``sentence`` a victim, a side of a war, a speaker
        or a denier rather than who did the sentence's attack?"""
        return self.bystander.applies(sentence, start, end)

    def only_deed_doers(self, text: str) -> bool:
        """Does ``text`` name its doers only as the doers of the deed ("gunmen", "two
        assailants"), with no word for an armed group's people or kind ("militants",
        "separatist gunmen", "jihadist attackers")?"""
        if not self.unnamed.only_deed_doers(text):
            return False
        _toks, hits = self._index.scan(text)
        return not any(lex.cat == "marker" or (lex.cat == "head" and lex.value == "armed_group")
                       for hit in hits for lex in hit.lexes)

    def said_unknown(self, text: str) -> bool:
        """"unidentified gunmen", "unknown assailants": the text says who is not known."""
        return bool(self.unnamed.unknown.search(text))

    def denies_after(self, text: str, end: int) -> bool:
        """Does the name ending at ``end`` deny the attack ("the Taliban denied any role",
        "the group on Monday rejected claims it was behind ...")?"""
        return bool(self.unnamed.denials.match(text[end:end + 60]))

    def names_a_site(self, text: str) -> bool:
        """Does the phrase name a place the public uses ("Government Science Secondary School",
        "St Mary's Church in X State", ``public_sites``), up to its first "in" or comma?"""
        head = re.split(r"\s+in\s+|,", text, maxsplit=1)[0]
        return bool(self.public_site.search(head))

    def against_the_government(self, text: str) -> bool:
        """Does ``text`` tell a protest as one against its own government ("anti-government
        protesters", "demanding the resignation of the prime minister")?"""
        return bool(self.against_government.search(text))

    def says_unclaimed(self, text: str) -> bool:
        """"No group has claimed responsibility": the article says nobody is named."""
        return bool(self.unnamed.unclaimed.search(text))

    # -- queries -----------------------------------------------------------------------
    def resolve(self, text: str, default_country: str | None = None) -> Actor:
        """The actor for a span; unknown spans keep their text with kind "unknown"."""
        return self.describe(text, default_country).actor

    def describe(self, text: str, default_country: str | None = None) -> Resolution:
        """Like ``resolve`` but with the entry, body branch and the reason."""
        if self.dwelling.search(text):
            # "the house of a former minister", "the ministers' homes": where someone
            # lives is hit, not the body the owner's title names
            return Resolution(Actor(text=text, kind="unknown"), None, None, "a dwelling")
        toks, hits = self._index.scan(text)
        return self._decide(text, toks, hits, default_country)

    def find(self, text: str) -> list[tuple[int, int, ActorEntry]]:
        """Registry aliases and country names in ``text`` as (start, end, entry), in text
        order; overlapping candidates go to the longest ("Islamic State Khorasan
        Province" over "Islamic State")."""
        _, hits = self._index.scan(text)
        out = []
        for h in hits:
            lex = h.get("entry") or h.get("country")
            if lex is not None and not h.negated:
                out.append((h.start, h.end, lex.value))
        return out

    def mentions(self, text: str, default_country: str | None = None
                 ) -> list[tuple[int, int, Actor]]:
        """Actor phrases in a sentence: runs of adjacent registry words that contain a
        name or a head word ("Turkish police", "suspected ISIS militants")."""
        toks, hits = self._index.scan(text)
        runs: list[list[_Hit]] = []
        for h in hits:
            if runs and self._joins(text, toks, runs[-1][-1], h):
                runs[-1].append(h)
            else:
                runs.append([h])
        out = []
        for run in runs:
            if not any(h.get("entry") or h.get("country") or h.get("head") for h in run):
                continue
            start, end = run[0].start, run[-1].end
            span = text[start:end]
            out.append((start, end, self._decide(span, toks, run, default_country).actor))
        return out

    @staticmethod
    def _joins(text: str, toks, left: _Hit, right: _Hit) -> bool:
        """Adjacent hits, or hits linked by "of/the/in", with no punctuation between."""
        gap = toks[left.last:right.first]
        if any(t.casefold() not in _CONNECTORS for _, _, t in gap):
            return False
        return not any(c in _BREAKS for c in text[left.end:right.start])

    # -- deciding ----------------------------------------------------------------------
    def _state(self, text: str, code: str, branch: str, reason: str) -> Resolution:
        code = code.upper()
        actor = Actor(text=text, name=self.countries.name(code), id=self.countries.qid(code),
                      country=code, kind=self.branches[branch])
        return Resolution(actor, self.entries.get(f"{code.lower()}-{branch}"), branch, reason)

    def _decide(self, text: str, toks, hits: list[_Hit],
                default_country: str | None) -> Resolution:
        heads = [h for h in hits if h.get("head")]
        head = heads[-1] if heads else None
        named = [h for h in hits if h.get("entry") and not h.negated]
        if named:
            # "al-Qaeda-linked al-Shabaab fighters": the link names another group, the
            # phrase is about the later one
            own = [h for h in named if not names_a_link(text, h.end)]
            pick = (own or named)[0]
            if not (head and head.get("head").value == "civilians" and head.first >= pick.last):
                entry = pick.get("entry").value
                return Resolution(entry.actor(text), entry, entry.branch, "alias")
        if head is not None:
            return self._decide_head(text, toks, hits, head, default_country)
        country = next((h for h in hits if h.get("country") and not h.negated), None)
        if country is not None:
            entry = country.get("country").value
            return Resolution(entry.actor(text), entry, "government", "country")
        modifier = next((h for h in hits if h.get("modifier")), None)
        if modifier is not None:
            code = modifier.get("modifier").value
            return Resolution(Actor(text=text, country=code, kind="unknown"), None, None,
                              "nationality only")
        return Resolution(Actor(text=text, kind="unknown"))

    def _decide_head(self, text, toks, hits, head: _Hit, default_country) -> Resolution:
        category = head.get("head").value
        before = [h for h in hits if h.last <= head.first]
        modifier = next((h for h in reversed(before)
                         if h.get("modifier") or h.get("country") or h.get("nonstate")), None)
        negated = modifier is not None and self._negated(modifier, hits)
        code = None
        if modifier is not None and not negated and not modifier.get("nonstate"):
            lex = modifier.get("country") or modifier.get("modifier")
            code = lex.value.country if lex.cat == "country" else lex.value
        if category in NON_STATE_HEADS:
            keep = category in ("civilians", "political")
            return Resolution(Actor(text=text, country=code if keep else None, kind=category),
                              None, None, f"head word ({category})")
        kind = self.branches[category]
        if any(h.get("marker") for h in before) or head.get("marker"):
            return Resolution(Actor(text=text, kind="armed_group"), None, category,
                              "armed-group marker")
        if any(h.get("stance") for h in before):     # "anti-government forces"
            return Resolution(Actor(text=text, kind="armed_group"), None, category,
                              "stance towards another actor")
        if negated:
            return Resolution(Actor(text=text, kind="armed_group"), None, category,
                              "backed by a state")
        if modifier is not None and modifier.get("nonstate"):
            return Resolution(Actor(text=text, kind=kind), None, category, "non-state modifier")
        if code:
            return self._state(text, code, category, "state modifier")
        after = self._country_after(toks, hits, head)
        if after:
            return self._state(text, after, category, "of/in country")
        if default_country and default_country.upper() in self.countries:
            if kind == "security_forces":   # "the soldiers" in the West Bank, "police" in Nouméa
                return self._state(text, self.forces_state(default_country), category, "default country")
            return self._state(text, default_country, category, "default country")
        return Resolution(Actor(text=text, kind=kind), None, category, "generic body")

    @staticmethod
    def _negated(modifier: _Hit, hits: list[_Hit]) -> bool:
        """"Iran-backed", "pro-Russian", "anti-government"."""
        for h in hits:
            if h.first == modifier.last and h.get("backing"):
                return True
            if h.last == modifier.first and h.get("stance"):
                return True
        return modifier.negated

    @staticmethod
    def _country_after(toks, hits: list[_Hit], head: _Hit) -> str | None:
        for h in hits:
            lex = h.get("country")
            if lex and h.first > head.first and h.first > 0 \
                    and toks[h.first - 1][2].casefold() in _LINKS:
                return lex.value.country
        return None


def _territory_forces(data, fname: str, countries: CountryTable) -> dict[str, str]:
    """``territory_forces``: territory code -> the state whose forces act there."""
    if not isinstance(data, dict):
        raise ValueError(f"{fname}: territory_forces must map a country code to a country code")
    for where, whose in data.items():
        if where not in countries or whose not in countries:
            raise ValueError(f"{fname}: territory_forces: unknown country code in {where!r}: {whose!r}")
    return {str(k).upper(): str(v).upper() for k, v in data.items()}


class _Builder:
    """Validates the YAML and fills the index (kept apart from the query code)."""

    def __init__(self, fname: str, data: dict, countries: CountryTable):
        self.fname, self.data, self.countries = fname, data, countries
        self.entries: dict[str, ActorEntry] = {}
        self.index = _Index()

    def fail(self, msg: str) -> None:
        raise ValueError(f"{self.fname}: {msg}")

    def build(self, cls):
        branches = dict(self.data.get("branches") or {})
        for b, kind in branches.items():
            if kind not in ACTOR_KINDS:
                self.fail(f"branch {b!r} has unknown kind {kind!r}")
        self.branches = branches
        self._generic()
        self._states()
        self._countries()
        self._registry()
        return cls(self.entries, self.index, branches, self.countries)

    def _generic(self) -> None:
        for category, words in (self.data.get("generic") or {}).items():
            if category not in self.branches and category not in NON_STATE_HEADS:
                self.fail(f"generic: unknown category {category!r}")
            for w in words or []:
                self.index.add(w, _Lex("head", category), None, f"generic {category}")
        for key, cat in (("armed_markers", "marker"), ("backing_words", "backing"),
                         ("non_state_adjectives", "nonstate")):
            for w in self.data.get(key) or []:
                self.index.add(w, _Lex(cat, w), None, key)
        for w in _STANCE:
            self.index.add(w, _Lex("stance", w), False, "stance words")

    def _state_entry(self, code: str, branch: str, aliases: tuple[str, ...] = ()) -> ActorEntry:
        eid = f"{code.lower()}-{branch}"
        if eid not in self.entries:
            c = self.countries.get(code)
            self.entries[eid] = ActorEntry(eid, c.name, self.branches[branch], c.qid, code,
                                           None, branch, aliases)
        return self.entries[eid]

    def _countries(self) -> None:
        if "government" not in self.branches:
            self.fail("branches must define 'government'")
        for c in self.countries:
            entry = self._state_entry(c.alpha3, "government")
            for name in (c.name, *c.aliases, *c.seats):
                self.index.add(name, _Lex("country", entry), None, f"country {c.alpha3}")
            for adj in (*c.adjectives, *c.plurals):
                self.index.add(adj, _Lex("modifier", c.alpha3), None, f"country {c.alpha3}")

    def _states(self) -> None:
        for code, bodies in (self.data.get("states") or {}).items():
            if code not in self.countries:
                self.fail(f"states: unknown country code {code!r}")
            for branch, aliases in (bodies or {}).items():
                if branch not in self.branches:
                    self.fail(f"states.{code}: unknown branch {branch!r}")
                parsed = self._aliases(aliases, f"states.{code}.{branch}")
                entry = self._state_entry(code, branch, tuple(a for a, _ in parsed))
                for alias, cs in parsed:
                    self.index.add(alias, _Lex("entry", entry), cs, entry.id)

    def _registry(self) -> None:
        raw = self.data.get("entries") or []
        ids = set()
        for item in raw:
            eid = item.get("id") if isinstance(item, dict) else None
            if not isinstance(eid, str) or not eid:
                self.fail(f"entry without an id: {item!r}")
            if eid in ids or eid in self.entries:
                self.fail(f"duplicate entry id {eid!r}")
            ids.add(eid)
        for item in raw:
            entry = self._entry(item, ids)
            self.entries[entry.id] = entry
            for alias, cs in self._aliases(item.get("aliases"), entry.id):
                self.index.add(alias, _Lex("entry", entry), cs, entry.id)
        for entry in self.entries.values():      # parent chains must end
            seen, cur = {entry.id}, entry.parent
            while cur:
                if cur in seen:
                    self.fail(f"entry {entry.id!r}: parent cycle through {cur!r}")
                seen.add(cur)
                cur = self.entries[cur].parent

    def _entry(self, item: dict, ids: set[str]) -> ActorEntry:
        eid = item["id"]
        extra = set(item) - _ENTRY_KEYS
        if extra:
            self.fail(f"entry {eid!r}: unknown fields {sorted(extra)}")
        name, kind = item.get("name"), item.get("kind")
        if not isinstance(name, str) or not name.strip():
            self.fail(f"entry {eid!r}: missing name")
        if kind not in ACTOR_KINDS:
            self.fail(f"entry {eid!r}: unknown kind {kind!r}")
        qid = item.get("qid")
        if qid is not None and not (isinstance(qid, str) and qid[:1] == "Q" and qid[1:].isdigit()):
            self.fail(f"entry {eid!r}: bad Wikidata QID {qid!r}")
        country = item.get("country")
        if country is not None and country not in self.countries:
            self.fail(f"entry {eid!r}: unknown country {country!r}")
        parent = item.get("parent")
        if parent is not None and parent not in ids:
            self.fail(f"entry {eid!r}: parent {parent!r} does not exist")
        if parent == eid:
            self.fail(f"entry {eid!r}: is its own parent")
        aliases = tuple(a for a, _ in self._aliases(item.get("aliases"), eid))
        return ActorEntry(eid, name, kind, qid, country, parent, None, aliases)

    def _aliases(self, items, owner: str) -> list[tuple[str, bool | None]]:
        if not items:
            self.fail(f"entry {owner!r}: no aliases")
        out = []
        for a in items:
            if isinstance(a, str):
                out.append((a, None))
            elif isinstance(a, dict) and isinstance(a.get("alias"), str) \
                    and set(a) <= {"alias", "case_sensitive"}:
                out.append((a["alias"], bool(a.get("case_sensitive", False))))
            else:
                self.fail(f"entry {owner!r}: bad alias {a!r}")
        return out
