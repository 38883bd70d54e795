"""Happenings from mentions: one record per thing that happened, however many sentences
tell it.

A wire story tells one bombing in five sentences (the lead with the toll, the damage, a
claim, a toll update); each sentence is a *mention* with its own local facts. Assembly
groups the mentions of one happening and decides each attribute once, from all of them:

- A mention joins an earlier happening of the same type, status and background when
  nothing in the text separates them: not another explicit place (a town in the province
  the happening is in is the same place; another town is not), not another explicit day,
  not another figure for the same role (unless the sentence updates the toll, or the
  figure is part of the larger one), and no "in a separate attack" / "elsewhere".
  Modes join within a family (a suicide bombing is also an explosion; ``unspecified``
  joins any mode).
- Among several compatible happenings, one that shares the mention's explicit place or
  date wins; else the most salient (the article's lead happening first).
- Attributes per happening: counts from a toll update when there is one, else the largest
  figure; the first explicit date; the most specific explicit place; the first named
  actor and recipient; the lead mention's status, evidence and claim. Every mention stays
  on the record (``Event.mentions``), the lead one first.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from polybius.extract.draft import Draft
from polybius.extract.lexicon import Lexicon
from polybius.records import COUNT_ROLES, Counts, Event

RECALL_DAYS = 7   # a happening dated this long before the main one is recalled history
_PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}


@dataclass
class Mention:
    draft: Draft
    event: Event

    @property
    def explicit_place(self):
        """The place resolved from the mention's own clause (not a fallback)."""
        loc = self.event.location
        if not self.draft.places or loc is None or loc.reason not in (None, "country"):
            return None
        return loc

    def place_keys(self) -> tuple[set[str], bool] | None:
        """Words naming the mention's own place, and whether that place is coarse (a
        province or larger, which may hold a town named elsewhere); None when the clause
        names no place. An unresolved place ("Machava village") counts by its words."""
        loc = self.explicit_place
        if loc is not None:
            if loc.precision in ("country", "region"):
                return None
            names = {w for x in (loc.name, loc.admin1) if x for w in _words(x)}
            return names, _PRECISION_RANK.get(loc.precision, 9) >= _PRECISION_RANK["admin2"]
        words = {w for text in self.draft.places for w in _words(text)}
        return (words, False) if words else None

    def place_words(self) -> set[str]:
        """Every place word of the mention's sentence (its clause's and the others)."""
        keys = self.place_keys()
        words = set(keys[0]) if keys else set()
        return words | {w for text in self.draft.sentence_places for w in _words(text)}

    @property
    def has_details(self) -> bool:
        """Does the mention say where or when of its own? (A detail-free mention, "four
        people were said to have died", can only be part of a happening told elsewhere.)"""
        return bool(self.place_words()) or self.explicit_date is not None

    @property
    def country(self) -> str | None:
        return self.event.location.country if self.event.location else None

    @property
    def explicit_date(self) -> tuple[str | None, str] | None:
        """(ISO value, text) of a date stated in the mention's own clause."""
        d = self.event.date
        return (d.value, d.text.casefold()) if d is not None and d.text else None


_STOP = {"the", "of", "in", "province", "state", "district", "county", "region", "city", "town", "village",
         "area", "department", "governorate", "near", "outskirts"}


def _words(text: str) -> set[str]:
    """Place words, spelling-tolerant: accents dropped, hyphens split, and long words cut
    to their first five letters (Baluchistan / Baluchestan, Rask / Rāsak stay apart)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return {w[:5] if len(w) > 5 else w for w in re.split(r"[^a-z]+", plain) if w and w not in _STOP}


def _dates_fit(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
    """Two stated dates can be one day: ISO values of which one contains the other
    ("2024-03" and "2024-03-04"), or, unresolved, the same words."""
    if a[0] and b[0]:
        return a[0].startswith(b[0]) or b[0].startswith(a[0])
    return a[1] == b[1] or bool(a[0] or b[0])


def _places_fit(a: tuple[set[str], bool], b: tuple[set[str], bool], definite: bool) -> bool:
    if a[0] & b[0]:
        return True
    return definite and (a[1] or b[1])   # "the attack" told at province level and at town level


@dataclass
class Happening:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def lead(self) -> Mention:
        return self.mentions[0]

    def place_keys(self):
        return [k for k in (m.place_keys() for m in self.mentions) if k is not None]

    def dates(self):
        return [d for d in (m.explicit_date for m in self.mentions) if d is not None]

    def fallback_day(self) -> str | None:
        d = self.lead.event.date
        return d.value if d is not None and not d.text and d.precision == "day" else None

    def place_words(self) -> set[str]:
        return {w for m in self.mentions for w in m.place_words()}

    def countries(self) -> set[str]:
        return {m.country for m in self.mentions if m.country}

    def count(self, role: str):
        return [getattr(m.event.counts, role) for m in self.mentions if getattr(m.event.counts, role)]


def _modes_fit(a: str, b: str, lex: Lexicon) -> bool:
    if a == b or "unspecified" in (a, b):
        return True
    fa, fb = lex.mode_family.get(a), lex.mode_family.get(b)
    return fa is not None and fa == fb


def _counts_fit(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """Another figure for the same role separates, unless the sentence updates the toll
    or (for attacks) the figure is part of the larger one ("four of them children")."""
    if m.draft.definite or lex.toll_update.search(m.event.evidence.sentence):
        return True
    for role in COUNT_ROLES:
        new = getattr(m.event.counts, role)
        old = h.count(role)
        if new is None or not old:
            continue
        if any(c.value == new.value for c in old):
            continue
        if m.event.event_type != "ASSAULT" or new.value > max(c.value for c in old):
            return False
    return True


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _date_conflict(h: Happening, m: Mention) -> bool:
    """Another stated date separates; a stated date beside a happening dated only by
    the article (its lead's publication day) fits when it is within two days of it or
    refers back ("the attack on Sunday")."""
    date_m = m.explicit_date
    if date_m is None:
        return False
    if h.dates():
        return not any(_dates_fit(date_m, d) for d in h.dates())
    if m.draft.definite or date_m[0] is None:
        return False
    fallback = h.fallback_day()
    if fallback is None or len(date_m[0]) < 10:
        return True
    apart = _days_apart(fallback, date_m[0])
    return apart is None or apart > 2


def _fits(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """Could ``m`` tell ``h``? Nothing in the text separates them."""
    lead = h.lead.event
    ev = m.event
    if ev.event_type != lead.event_type or ev.background != lead.background or ev.status != lead.status:
        return False
    if not any(_modes_fit(x.event.mode, ev.mode, lex) for x in h.mentions):
        return False
    if m.country and h.countries() and m.country not in h.countries():
        return False
    keys = m.place_keys()
    if keys is not None and h.place_keys() and not any(
            _places_fit(keys, k, m.draft.definite) for k in h.place_keys()):
        return False
    if _date_conflict(h, m):
        return False
    return _counts_fit(h, m, lex)


def _ties(h: Happening, m: Mention) -> int:
    """How strongly the text ties ``m`` to ``h``: a shared place, a shared date, the
    same figure."""
    score = 0
    if m.place_words() & h.place_words():
        score += 2
    date_m = m.explicit_date
    if date_m is not None and any(_dates_fit(date_m, d) for d in h.dates()):
        score += 1
    for role in COUNT_ROLES:
        c = getattr(m.event.counts, role)
        if c is not None and any(x.value == c.value for x in h.count(role)):
            score += 1
    return score


def group(mentions: list[Mention], lex: Lexicon) -> list[Happening]:
    """Mentions in reading order -> happenings (see the module docstring)."""
    happenings: list[Happening] = []
    for m in mentions:
        separate = bool(lex.separate_event.search(m.event.evidence.sentence)) and not m.draft.definite
        fits = [] if separate else [h for h in happenings if _fits(h, m, lex)]
        if fits and m.has_details and not m.draft.definite:
            fits = [h for h in fits if _ties(h, m) > 0]   # its own where/when must match
        if not fits:
            happenings.append(Happening([m]))
            continue
        # the text's own ties first; then salience: more mentions, then the earlier
        best = max(fits, key=lambda h: (_ties(h, m), len(h.mentions), -happenings.index(h)))
        best.mentions.append(m)
    return happenings


def _pick_counts(h: Happening, lex: Lexicon) -> Counts:
    out = Counts()
    for role in COUNT_ROLES:
        found = [(m, getattr(m.event.counts, role)) for m in h.mentions if getattr(m.event.counts, role)]
        if not found:
            continue
        updates = [c for m, c in found if lex.toll_update.search(m.event.evidence.sentence)]
        setattr(out, role, updates[-1] if updates else max((c for _, c in found), key=lambda c: c.value))
    return out


def _pick_mode(h: Happening) -> str:
    modes = [m.event.mode for m in h.mentions]
    mode = next((x for x in modes if x != "unspecified"), modes[0])
    if mode == "explosives" and "suicide_bomb" in modes:
        return "suicide_bomb"
    return mode


def build(h: Happening, lex: Lexicon) -> Event:
    """One record for the happening, each attribute decided from all its mentions."""
    lead = h.lead.event
    if len(h.mentions) == 1:
        return replace(lead, mentions=[lead.evidence])
    dated = next((m.event.date for m in h.mentions if m.explicit_date is not None), None)
    places = [m.explicit_place for m in h.mentions if m.explicit_place is not None]
    location = min(places, key=lambda p: _PRECISION_RANK.get(p.precision, 9)) if places else (
        lead.location or next((m.event.location for m in h.mentions if m.event.location), None))
    actor = next((m.event.actor for m in h.mentions if m.event.actor is not None and m.event.actor.name),
                 lead.actor)
    recipient = next((m.event.recipient for m in h.mentions
                      if m.event.recipient is not None and m.event.recipient.name), lead.recipient)
    return replace(
        lead, mode=_pick_mode(h), date=dated or lead.date, location=location, actor=actor,
        recipient=recipient, counts=_pick_counts(h, lex),
        source_claim=lead.source_claim or next((m.event.source_claim for m in h.mentions
                                                if m.event.source_claim), None),
        confidence=max(m.event.confidence for m in h.mentions),
        mentions=[m.event.evidence for m in h.mentions])


def assemble(drafts: list[Draft], events: list[Event], lex: Lexicon) -> list[Event]:
    """The article's happenings from its resolved mentions (``drafts`` and ``events`` in
    the same reading order)."""
    mentions = [Mention(d, e) for d, e in zip(drafts, events)]
    return _recalled([build(h, lex) for h in group(mentions, lex)])


def _period_end(value: str) -> date | None:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _recalled(events: list[Event], days: int = RECALL_DAYS) -> list[Event]:
    """Background is relative to the news: a happening the text dates more than a week
    before the article's main (first news) happening is history the article recalls."""
    main = next((e for e in events if not e.background), None)
    anchor = main.date.value if main is not None and main.date and main.date.precision == "day" else (
        main.article.published if main is not None else None)
    anchor_day = _period_end(anchor[:10]) if anchor else None
    if anchor_day is None:
        return events
    out = []
    for e in events:
        end = _period_end(e.date.value) if e is not main and e.date and e.date.text and e.date.value else None
        if end is not None and not e.background and end < anchor_day - timedelta(days=days):
            e = replace(e, background=True)
        out.append(e)
    return out
