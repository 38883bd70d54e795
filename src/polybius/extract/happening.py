"""The two records of assembly: a *mention* (one sentence's telling, with its resolved
event) and a *happening* (the mentions of one thing that happened), with what each says
of where and when it was, as assembly (``extract/assemble.py``) compares them and the
toll choice (``extract/tolls.py``) reads them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from polybius.draft import Draft
from polybius.extract.parse_words import parse_words
from polybius.records import Event
from polybius.resolve.countries import country_code
from polybius.resolve.resolver import IN_SENTENCE

LEAD_SENTENCES = 2   # the headline and the lead
# The resolver's reasons for a place it did not read in the mention's own clause.
_FALLBACK = re.compile(r"(another event of the same sentence|" + re.escape(IN_SENTENCE) + r"|the article's |"
                       r"state coercion|nationwide|thwarted plot|a statement|'.*' not in the gazetteer)")


@dataclass
class Mention:
    draft: Draft
    event: Event

    @property
    def explicit_place(self):
        """The place resolved from the mention's own clause (not a fallback)."""
        loc = self.event.location
        if not self.draft.places or loc is None or _FALLBACK.match(loc.reason or ""):
            return None
        return loc

    def places(self) -> Places:
        """The mention's own place: what its clause names (resolved, or by its words when
        the gazetteer does not know it)."""
        loc = self.explicit_place
        if loc is not None:
            if loc.precision in ("country", "region"):
                return Places()
            if loc.precision == "admin1":
                return Places(coarse={norm_place(loc.name)})
            return Places(fine={norm_place(loc.name)}, coarse={norm_place(loc.admin1)} if loc.admin1 else set())
        return unresolved_places(self.draft.places)

    def sentence_places(self) -> Places:
        """Every place of the mention's sentence, for ties only: as written, and as the
        resolver read the one it placed the mention at ("the Afghan capital": Kabul)."""
        loc = self.event.location
        read = (Places(fine={norm_place(loc.name)}, coarse={norm_place(loc.admin1)} if loc.admin1 else set())
                if loc is not None and loc.name and loc.reason == IN_SENTENCE
                and loc.precision not in ("country", "region", "admin1") else Places())
        return Places.union((self.places(), read, unresolved_places(self.draft.sentence_places)))

    @property
    def has_details(self) -> bool:
        """Does the mention say where or when of its own? (A detail-free mention, "four
        people were said to have died", can only be part of a happening told elsewhere.)"""
        plot = self.event.status in ("planned", "thwarted")   # a plot is told loosely
        return bool((self.places() if plot else self.sentence_places()).fine) or (
            self.explicit_date is not None and self.explicit_date[0] is not None)

    @property
    def country(self) -> str | None:
        """The country the mention is placed in; a statement placed in its speaker's
        country for want of a place is about a happening anywhere, so it has none."""
        loc = self.event.location
        if loc is None or (loc.reason or "").startswith("a statement") or (
                self.draft.reacted_to and self.explicit_place is None):
            return None   # "leaders meeting in X condemned the attack": X is where they were
        return loc.country

    @property
    def explicit_date(self) -> tuple[str | None, str, str | None] | None:
        """(ISO value, text, precision) of a date stated in the mention's own clause."""
        d = self.event.date
        return (d.value, d.text.casefold(), d.precision) if d is not None and d.text else None


_WORDS = parse_words()
_ADMIN_WORDS = _WORDS.division_words
_DIRECTIONS = _WORDS.direction_prefix()


def norm_place(text: str) -> str:
    """A place name compared loosely: accents, case, "the" and a leading direction dropped."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()
    plain = re.sub(r"^the\s+", "", plain)
    return _DIRECTIONS.sub("", plain)


@dataclass
class Places:
    """Town-level names (``fine``) and the province-level names around them (``coarse``)."""
    fine: set[str] = field(default_factory=set)
    coarse: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.fine or self.coarse)

    @classmethod
    def union(cls, many) -> "Places":
        out = cls()
        for p in many:
            out.fine |= p.fine
            out.coarse |= p.coarse
        return out


def unresolved_places(texts: list[str]) -> Places:
    """Places as written; a country ("western Chad") is no town and ties nothing."""
    out = Places()
    for text in texts:
        name = norm_place(text)
        if country_code(name):
            continue
        (out.coarse if set(name.split()) & _ADMIN_WORDS else out.fine).add(name)
    return out


@dataclass
class Happening:
    mentions: list[Mention] = field(default_factory=list)
    separate: bool = False      # told as another one ("a second attack", "elsewhere")
    answer: bool = False        # a blow at the attackers, told as the answer to their attack

    @property
    def has_details(self) -> bool:
        return any(m.has_details for m in self.mentions)

    @property
    def lead(self) -> Mention:
        return self.mentions[0]

    def places(self) -> Places:
        return Places.union(m.places() for m in self.mentions)

    def dates(self):
        return [d for d in (m.explicit_date for m in self.mentions) if d is not None]

    def fallback_day(self) -> str | None:
        """The day the article gives the happening for want of one of its own: the
        publication day, for a happening its lead tells (the schema's lead rule)."""
        given = next((d.value for d in (m.event.date for m in self.mentions)
                      if d is not None and not d.text and d.precision == "day"), None)
        lead = self.lead
        # an attack one side denies or alleges happened too ("X denied that its troops opened
        # fire ... a soldier was killed"): its lead is news of the day as well
        if given is None and lead.draft.sent_index <= LEAD_SENTENCES \
                and lead.event.status in ("occurred", "denied", "alleged") \
                and not lead.event.background and lead.event.article.published:
            return lead.event.article.published[:10]
        return given

    def sentence_places(self) -> Places:
        return Places.union(m.sentence_places() for m in self.mentions)

    def countries(self) -> set[str]:
        return {m.country for m in self.mentions if m.country}

    def count(self, role: str):
        return [getattr(m.event.counts, role) for m in self.mentions if getattr(m.event.counts, role)]
