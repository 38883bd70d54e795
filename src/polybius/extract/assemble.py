"""Happenings from mentions: one record per thing that happened, however many sentences
tell it.

A wire story tells one bombing in five sentences (the lead with the toll, the damage, a
claim, a toll update); each sentence is a *mention* with its own local facts. Assembly
groups the mentions of one happening and decides each attribute once, from all of them:

- A mention joins an earlier happening of the same type, status and background (or of
  any background, when it only refers back: "the attack was claimed by ...") when
  nothing in the text separates them: not another explicit place (a town in the province
  the happening is in is the same place; another town is not), not another explicit day,
  not another figure for the same role (unless the sentence updates the toll, or the
  figure is part of the larger one), and no "in a separate attack" / "elsewhere".
  Modes join within a family (a suicide bombing is also an explosion; ``unspecified``
  joins any mode), or when told in one sentence ("opened fire, then detonated a vest").
  A denied or alleged attack joins the attack that happened; a plot never does.
- A bare casualty report ("six persons were injured": no actor, no weapon, no place or
  date of its own) joins the nearest happening it fits, even one told after it (once a
  happening is told, only one told before it or within two sentences after), and never
  makes a record by itself.
- A mention that states its own town or day joins only a happening it shares that town
  or day with (or one it refers back to: "the attack"); a detail-free mention joins the
  most salient compatible happening. Among several, shared places and dates win, then
  salience (more mentions, then the earlier).
- Attributes per happening: counts from a toll update when there is one, else the first
  figure told (the lead's), plus what "also" adds (``extract/tolls.py``); the first explicit date (a day read
  before unresolved words); the most specific explicit place; the first named actor
  (from mentions told with the happening's weapon, never a guess naming the side hit); the
  lead's recipient, else the first named one; the lead mention's status (a plot keeps its own), evidence and claim. Every mention stays on the record (``Event.mentions``), the lead one first.
- Across happenings (``extract/history.py``): the article's main happening is dated by
  publication when it states no date (the schema's lead rule), and one the text dates more
  than four days before it is recalled history (``background``).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from polybius.draft import Draft
from polybius.extract.happening import LEAD_SENTENCES, Happening, Mention, Places, norm_place, unresolved_places
from polybius.extract.history import date_the_lead, recalled
from polybius.extract.lexicon import Lexicon
from polybius.extract.parse_words import parse_words
from polybius.extract.tolls import headline_toll, pick_counts, vague
from polybius.geo import haversine_km
from polybius.records import AIR_MODES, COUNT_ROLES, PLACE_RANK, DateValue, Event
from polybius.resolve.datelines import WEEKDAY_RE
from polybius.resolve.dates import unanchored_day, weekday_named

_WORDS = parse_words()
_ADMIN_WORDS = _WORDS.division_words
# "in the state", "of the province": a spot told as lying in a division already named
_IN_THE_DIVISION = r"\b(?:in|of)\s+the\s+(?:" + "|".join(map(re.escape, sorted(_ADMIN_WORDS))) + r")\b"
ORPHAN_AHEAD = 2   # sentences a bare casualty report may come before the deed it tells


def _same_name(a: str, b: str) -> bool:
    """"Kulgam" and "Kulgam district", "Beit Hanoun" but not "Beit Lahiya"."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(re.search(r"\b" + re.escape(short) + r"\b", long_))


def _names_meet(a: set[str], b: set[str]) -> bool:
    return any(_same_name(x, y) for x in a for y in b)


def _places_fit(m: Places, h: Places, definite: bool, unknown: bool = False) -> bool:
    """Can the mention's place be the happening's? Two towns must be one town; a
    province fits a town in it; a town told at province level elsewhere fits when the
    mention refers back ("the attack"), and so does a place the gazetteer does not know
    (``unknown``: a neighbourhood, a square, a village, "the brigade at Mile 4")."""
    if not m or not h:
        return True
    if m.fine and h.fine:
        return _names_meet(m.fine, h.fine) or (definite and unknown)
    if m.fine:   # the happening is known only at province level (which may share the town's name)
        return _names_meet(m.coarse | m.fine, h.coarse) or definite
    return _names_meet(m.coarse, h.coarse | h.fine) or definite


_DATE_FILLER = _WORDS.date_filler


def _date_words(text: str) -> frozenset[str]:
    """The words that name the day ("Wednesday's attack", "on Wednesday", "late Wednesday
    night": {"wednesday"})."""
    return frozenset(w for w in re.findall(r"[’']s\b|[\w]+", text.casefold()) if w not in _DATE_FILLER)


def _dates_fit(a: tuple, b: tuple) -> bool:
    """Two stated dates (value, text[, precision]) can be one day: ISO values of which one
    contains the other ("2024-03" and "2024-03-04"; "this week" and its Tuesday), or,
    unresolved, the same day words."""
    if a[0] and b[0]:
        weeks = [x for x in (a, b) if x[2:] == ("week",)]
        if weeks:
            other = b if weeks[0] is a else a
            if len(other[0]) < 10:   # a month or year holding the week
                return weeks[0][0].startswith(other[0])
            return _within(other[0], weeks[0][0], "week") or _within(weeks[0][0], other[0], "week")
        return a[0].startswith(b[0]) or b[0].startswith(a[0])
    if a[0] or b[0]:
        # on an undated page "on Monday" is this week's news, while a month the text names
        # with its year ("in December 2016") is another happening (a bare year is not:
        # "the first attack in the city in 2018" is as often this year's)
        told, words = (a, b) if a[0] else (b, a)
        return not (len(told[0]) == 7 and _WEEKDAYS & _date_words(words[1]))
    wa, wb = _date_words(a[1]), _date_words(b[1])
    return a[1] == b[1] or (bool(wa) and (wa <= wb or wb <= wa))


def _modes_fit(a: str, b: str, lex: Lexicon) -> bool:
    if a == b or "unspecified" in (a, b):
        return True
    fa, fb = lex.mode_family.get(a), lex.mode_family.get(b)
    return fa is not None and fa == fb


def _weapons_fit(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """Does a mention's weapon fit the happening's? A happening whose lead names its weapon
    takes a later mention only of a weapon of that family (or of the weapons its other
    mentions name, or of none): a mention that names no weapon ("the attack left two
    dead") does not open it to every weapon ("gunmen shot two guards at the post ... a
    roadside bomb wounded seven soldiers" tells two attacks). A happening first told with
    no weapon takes any, and "the attack" told again refers back whatever weapon its
    sentence adds."""
    if m.draft.definite or h.lead.event.mode == "unspecified":
        return any(_modes_fit(x.event.mode, m.event.mode, lex) for x in h.mentions)
    named = {x.event.mode for x in h.mentions if x.event.mode != "unspecified"}
    # a sentence that names the happening's weapon tells that attack ("two gunmen opened fire
    # as the suicide bomber ran at the gate"), whatever its own mention's weapon; words of
    # captives ("the hostages", "the kidnappers") name no weapon: a rescue is not the taking
    weapons = named - {"abduct"}
    if any(mode in weapons and pattern.search(m.event.evidence.sentence) for mode, pattern in lex.mode_cues):
        return True
    return any(_modes_fit(x, m.event.mode, lex) for x in named)


def _counts_fit(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """Another figure for the same role separates, unless the sentence updates the toll,
    tells a group's claim (its figure is the claimer's: "claimed to have killed nine"), or
    (for attacks) the figure is part of the larger one ("four of them children"), or
    another mention of its own sentence already joined the happening with a figure the
    happening was told with ("about 30 were killed and about 50 wounded in the explosion",
    after "30 dead" was told: the wounded half is that explosion's, whatever figure an
    earlier sentence gave)."""
    if m.draft.definite or m.draft.also or lex.toll_update.search(m.event.evidence.sentence) or _claimed(m, lex):
        return True
    if _sentence_agrees(h, m):
        return True
    for role in COUNT_ROLES:
        new = getattr(m.event.counts, role)
        old = h.count(role)
        if new is None or not old:
            continue
        if any(c.value == new.value for c in old) or all(vague(c, lex) and new.value >= c.value for c in old):
            continue   # the same figure, or the number a vague word left open ("dozens" ... "48")
        if m.event.event_type != "ASSAULT" or new.value > max(c.value for c in old):
            return False
    return True


def _sentence_agrees(h: Happening, m: Mention) -> bool:
    """Has a mention of ``m``'s sentence joined ``h`` with a figure another of its mentions
    gave? Such a sentence tells that happening: its other figures are the same one's."""
    start = m.event.evidence.start
    for x in h.mentions:
        if x.event.evidence.start != start:
            continue
        for role in COUNT_ROLES:
            mine = getattr(x.event.counts, role)
            if mine is not None and any(y is not x and getattr(y.event.counts, role) is not None
                                        and getattr(y.event.counts, role).value == mine.value
                                        for y in h.mentions):
                return True
    return False


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


_MONTHS = frozenset(name.casefold() for name in calendar.month_name if name)
_WEEKDAYS = frozenset(name.casefold() for name in calendar.day_name)


def _date_conflict(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """Another stated date separates (not a time that names no day: "so far this year",
    ``_names_no_day``); a stated date beside a happening dated only by the article (its
    lead's publication day) fits when it is within two days of it or refers back ("the
    attack on Sunday")."""
    date_m = m.explicit_date
    if m.event.status in ("planned", "thwarted"):
        return False   # a plot's intended date is told loosely ("around New Year", "at Christmas")
    if _recalled_on_undated_page(h, m, lex):
        return True
    if date_m is None:
        return False
    if date_m[0] is None and _names_no_day(date_m[1], lex):
        return False   # "the bloodiest clash so far this year", "the day" of the protests
    if _toll_told_later(h, m, lex):
        return False   # "the death toll rose to 12 on Monday": the day the toll was told
    # the happening's own times that name no day ("the bloodiest clash so far this year")
    # set nothing apart either: such a happening is compared as an undated one
    theirs = [d for d in h.dates() if not (d[0] is None and _names_no_day(d[1], lex))]
    if theirs:
        if date_m[0]:   # a day read is compared with the days read ("days after" names none)
            theirs = [d for d in theirs if d[0]] or theirs
        return not any(_dates_fit(date_m, d) for d in theirs)
    if date_m[0] is None and _MONTHS & _date_words(date_m[1]) and not (m.draft.definite or _same_sentence(h, m)):
        return True   # "In May, five guards died" on an undated page: a month is no news day
    if m.draft.definite or date_m[0] is None or _same_sentence(h, m):
        # an undated happening takes the date its own sentence gives ("eleven killed and
        # fourteen injured in an attack on Sunday": the date hangs on one of the two)
        return False
    fallback = h.fallback_day()
    if fallback is None or len(date_m[0]) < 10:
        return True
    apart = _days_apart(fallback, date_m[0])
    # a headline with no day of its own may report an attack of any day of the past week, and
    # so may a lead that updates its toll ("the number killed ... has risen to 171")
    window = 6 if _told_in_lead_only(h) or _toll_update_lead(h, lex) else 2
    return apart is None or apart > window


def _recalled_on_undated_page(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """A mention whose sentence tells its deed as before the news ("police said earlier
    this week that two guards died"), on a page with no publication date, beside a
    happening told with no day: the page cannot date either, and the words set the deed
    apart (on a dated page such a time resolves and separates by its day)."""
    ev = m.event
    if ev.article is None or ev.article.published or m.draft.definite or _same_sentence(h, m):
        return False
    if any(d[0] for d in h.dates()) or not lex.recalled_time.search(ev.evidence.sentence):
        return False
    return not any(lex.recalled_time.search(x.event.evidence.sentence) for x in h.mentions)


def _toll_update_lead(h: Happening, lex: Lexicon) -> bool:
    """Is the happening's lead a toll update ("the death toll from the strike has risen to
    40")? Such a follow-up reports a deed of some days before the page's."""
    return lex.toll_update is not None and bool(lex.toll_update.search(h.lead.event.evidence.sentence)) \
        and h.lead.draft.sent_index < LEAD_SENTENCES


def _toll_told_later(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """A casualty report that updates a toll ("the death toll rose to 12 on Monday", "a
    wounded guard died on Tuesday") is dated by the day the toll was told, on or after the
    deed's: a later day within a week does not set it apart from the happening."""
    if not (m.draft.casualty_only and lex.toll_update.search(m.event.evidence.sentence)):
        return False
    day = m.explicit_date[0]
    theirs = [d[0] for d in h.dates() if d[0] and len(d[0]) >= 10]
    if not day or len(day) < 10 or not theirs:
        return False
    return any((apart := _days_apart(d, day)) is not None and 0 <= apart <= 7 and day >= d for d in theirs)


def _names_no_day(text: str, lex: Lexicon) -> bool:
    """A stated time, unresolved, that names no day, month or weekday: a span or a frame
    of comparison ("so far this year", "in recent months", "the day"; cues.yaml
    ``assembly.span_words``), not one told from another day (last, ago, after ...:
    ``assembly.pointed_words``)."""
    return not lex.pointed_time.search(text) and _date_words(text) <= lex.span_words


def _same_sentence(h: Happening, m: Mention) -> bool:
    return any(x.event.evidence.start == m.event.evidence.start for x in h.mentions)


def _fits(h: Happening, m: Mention, lex: Lexicon, places: bool = True) -> bool:
    """Could ``m`` tell ``h``? Nothing in the text separates them (``places``: its own
    place may set it apart)."""
    lead = h.lead.event
    ev = m.event
    if _the_raid_told(h, m):
        return (not m.country or not h.countries() or m.country in h.countries()) \
            and _places_fit(m.places(), h.places(), True, m.explicit_place is None) and not _date_conflict(h, m, lex)
    if ev.event_type != lead.event_type or not (_statuses_fit(ev, lead) or _repelled(h, m) or _plot_retold(h, m)
                                                or _aim_of_the_attack(h, m) or _plot_alleged(h, m, lex)
                                                or _deed_of_its_sentence(h, m, lex)):
        return False
    if ev.background != lead.background and not (m.draft.definite and not m.has_details) \
            and not (lead.background and not m.has_details and _told_in_its_sentence(h, m, as_told=True)):
        return False   # "the attack", told with nothing of its own, is the one just told (and so is
        # a clause with nothing of its own in a sentence telling history: "the fighting broke out
        # in March and has since left 90 dead")
    if not (_weapons_fit(h, m, lex) or _same_sentence(h, m)
            or _burst_of_strike(h, m, lex) or _weapon_retold(h, m)):
        return False   # "opened fire and detonated a suicide vest": one attack
    if m.country and h.countries() and m.country not in h.countries() and not (_refers_back(m) or _spoken_of(m)):
        return False
    if places and not (_places_fit(m.places(), h.places(), m.draft.definite, m.explicit_place is None)
                       or _place_within(h, m) or _district_told(h, m) or _near(h, m, lex)
                       or _spot_of_its_sentence(h, m) or _in_the_province_told(h, m)):
        return False
    if _date_conflict(h, m, lex) or (_sides_conflict(h, m, lex) and not m.draft.also):
        return False
    return _counts_fit(h, m, lex)


def _claimed(m: Mention, lex: Lexicon) -> bool:
    """Is the mention told in a group's claim ("X claimed responsibility for the attack",
    "the group claimed to have killed nine")? (``assembly.claims``)"""
    return lex.claim is not None and bool(lex.claim.search(m.event.evidence.sentence))


def _spot_of_its_sentence(h: Happening, m: Mention) -> bool:
    """"Six people were killed and 81 wounded in Sunday's blast on X Avenue": a mention whose
    sentence already tells the happening (another mention of it, the toll's other half) is
    not set apart by a spot there the gazetteer does not know (a street, a square, a
    market), which is only finer than the happening's town."""
    loc = m.explicit_place
    return _same_sentence(h, m) and (_unmapped(loc) or (loc is None and not unresolved_places(m.draft.places).coarse))


def _weapon_retold(h: Happening, m: Mention) -> bool:
    """"Militants detonated a bomb under the patrol ... then opened fire on the officers":
    an attack told again with another of its weapons, and no figure of its own, is the same
    attack when it names no place, or names the happening's own town."""
    if m.event.event_type != "ASSAULT" or m.draft.definite or any(getattr(m.event.counts, r) for r in COUNT_ROLES):
        return False   # ("the attack" takes its weapon from its sentence, which may tell the reply to it)
    if m.event.mode == "armed_clash" or (_by_the_state(m) and not any(_by_the_state(x) for x in h.mentions)):
        return False   # an exchange of fire after an attack, or the police firing back, answers it
    mine = m.places()
    if not mine:   # no town of its own; a country it names ("missiles at camps in X") is its own place
        return not m.draft.places
    return _names_meet(mine.fine | mine.coarse, h.places().fine) or _place_within(h, m)


_TOWN_LEVEL = ("point", "city", "admin2")


def _near(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """"Armed men killed five residents in the capital ... The attack on X was led by a
    former officer": a mention referring back to the attack, placed at a town the gazetteer knows a short
    way (``assembly.nearby_km``) from a town the happening is told at, in the same
    country, is told of the same area; its other name does not set it apart."""
    loc = m.explicit_place
    if not m.draft.definite or not lex.nearby_km or loc is None or loc.lat is None \
            or loc.precision not in _TOWN_LEVEL:
        return False
    return any(other is not None and other.lat is not None and other.precision in _TOWN_LEVEL
               and other.country == loc.country
               and haversine_km(loc.lat, loc.lon, other.lat, other.lon) <= lex.nearby_km
               for other in (x.explicit_place for x in h.mentions))


def _district_told(h: Happening, m: Mention) -> bool:
    """"The attack took place in X district" after an attack in a town of X's province:
    the attack referred back to and placed by its district is the one told."""
    loc = m.explicit_place
    if not m.draft.definite or loc is None or loc.precision != "admin2" or not loc.admin1:
        return False
    return _names_meet({norm_place(loc.admin1)}, h.places().coarse)


def _in_the_province_told(h: Happening, m: Mention) -> bool:
    """"Gunmen attacked villages in X state ... they stormed four villages in Y area in the
    state": a spot the gazetteer does not know, written as lying "in the state" (a bare
    division word), lies in the province the happening was told in."""
    mine, theirs = m.places(), h.places()
    if m.explicit_place is not None or not mine.fine or mine.coarse or theirs.fine or not theirs.coarse:
        return False
    text = norm_place(m.event.evidence.sentence)
    return any(re.search(r"\b" + re.escape(spot) + r"\b[^,.;:()]{0,30}?" + _IN_THE_DIVISION, text)
               for spot in mine.fine)


def _by_the_state(m: Mention) -> bool:
    actor = m.event.actor
    return actor is not None and actor.kind in ("state", "security_forces")


def _place_within(h: Happening, m: Mention) -> bool:
    """A spot the text writes inside the happening's town: "in the X area of Y", "in Y's X
    district" after "an attack in Y", or "X" again after "a hotel near X in Y" (a sentence
    of the mention or of the happening says so). A spot only near the town ("X, 40 km north
    of Y") or beside it in a list stays apart."""
    mine, theirs = m.places(), h.places()
    if not mine or not theirs.fine:
        return False
    written = unresolved_places(m.draft.places)   # as written: the gazetteer may spell it otherwise
    spots = mine.fine | mine.coarse | written.fine | written.coarse
    texts = [_plain_text(x.event.evidence.sentence) for x in [m, *h.mentions]]
    return any(_written_within(spot, town, text)
               for spot in spots for town in theirs.fine for text in texts if spot != town)


def _plain_text(sentence: str) -> str:
    """A sentence compared as place names are (``norm_place``), its typographic apostrophe
    kept as a plain one: "Y’s X district" is a possessive, which dropping the mark would hide."""
    return norm_place(sentence.replace("\u2019", "'"))


def _written_within(spot: str, town: str, text: str) -> bool:
    s, t = re.escape(spot), re.escape(town)
    return bool(re.search(r"\b" + s + r"\b[^,.;:()]{0,30}?\b(?:of|in)\s+(?:the\s+)?" + t + r"\b", text)
                or re.search(r"\b" + t + r"'s\s+(?:[\w-]+\s+){0,2}?" + s + r"\b", text))


def _burst_of_strike(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """"Drones struck the airport ... Loud explosions were heard at dawn": an explosion
    told by its effect alone, with no bomb of its own, is the burst of the air or drone
    strike it joins."""
    return m.event.mode == "explosives" and m.draft.trigger_text.lower() in lex.strike_effects \
        and h.lead.event.mode in AIR_MODES


def _refers_back(m: Mention) -> bool:
    """"The attack", told with no place of its own clause and no day: a country named
    elsewhere in its sentence (a motive, "revenge for Muslims in X"; a reaction, "X
    condemned the attack") is not where it happened, and does not set it apart."""
    return m.draft.definite and not m.has_details and not m.draft.places


def _spoken_of(m: Mention) -> bool:
    """"The attack, which occurred at midnight, was the deadliest for the region close to
    the border with X", "the clashes erupted between militias allied to X": the deed told
    before, named again as the subject its clause speaks of, with no town, province or day
    of its own; the countries of its clause describe it and do not place it elsewhere (a
    happening in that country, when there is one, is still preferred)."""
    return m.draft.spoken_of and m.draft.definite and not m.has_details and not m.places()


def _the_raid_told(h: Happening, m: Mention) -> bool:
    """"Following the raid, schools were shut", "the raid took place 34 miles from X": a
    raid named again ("the raid", "the raids") is the attack the article told, whatever
    word it told it with ("troops killed seven in a raid", "gunmen attacked the site");
    its own place and day must still fit (checked by the caller)."""
    ev = m.event
    if ev.event_type != "COERCE" or ev.mode != "raid" or not m.draft.definite \
            or not m.draft.trigger_text.casefold().startswith("raid") \
            or h.lead.event.event_type != "ASSAULT" or h.lead.event.status != "occurred" \
            or ev.background != h.lead.event.background:
        return False   # "the manhunt", "the search" go on after an attack: they are not it
    return not any(getattr(ev.counts, r) for r in COUNT_ROLES)


_TOLD_HAPPENED = ("occurred", "denied", "alleged")
_TOLD_PLOTTED = ("planned", "thwarted")


_ATTEMPT = re.compile(r"\b(?:tried|trying|attempted|attempting|wanted|sought)\s+to\b", re.I)


def _repelled(h: Happening, m: Mention) -> bool:
    """"Our men fought bravely and thwarted the enemy's attack", "a militant who wanted to
    storm the building": an attack that happened, told again with nothing of its own as
    foiled or as an attempt, is that attack; so is "the attack" told as foiled with its
    place ("troops thwarted the assault on the checkpoint near X"), when that place fits."""
    if h.lead.event.status != "occurred":
        return False
    if m.event.status == "thwarted":   # "the troops thwarted the assault on the checkpoint near X":
        return m.draft.definite        # its place and day must still fit (checked by the caller)
    if m.has_details:
        return False
    return m.event.status == "planned" and bool(_ATTEMPT.search(m.event.evidence.sentence))


def _aim_of_the_attack(h: Happening, m: Mention) -> bool:
    """"The attack was aimed at the soldiers", "the order to carry out the attack came
    from abroad", "he knew of the planned attack": the attack that happened, referred back
    to ("the attack") in words of aim or planning, is that attack, not a plot of its own."""
    return h.lead.event.status == "occurred" and not h.lead.event.background \
        and m.event.status == "planned" and m.draft.definite


def _plot_retold(h: Happening, m: Mention) -> bool:
    """"The man had meant to detonate a pipe bomb among the stalls": a plot's
    sentences told in the past tense with nothing of their own (no toll, place or day)
    are the plot, not an attack that happened."""
    actor = m.event.actor
    return h.lead.event.status in _TOLD_PLOTTED and m.event.status == "occurred" and not m.has_details \
        and m.explicit_date is None and not any(getattr(m.event.counts, r) for r in COUNT_ROLES) \
        and not (actor is not None and actor.kind in ("state", "security_forces"))   # police shot a suspect


def _plot_alleged(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """"Detained a man for allegedly planning an attack on the railway" ... "he was planning
    to commit a terrorist attack": a plot told once as alleged, by its plan word itself
    (the trigger is "planning", "plot"), and once as planned is one plot."""
    lead = h.lead
    return (m.event.status in _TOLD_PLOTTED and _plan_alleged(lead, lex)) or \
        (lead.event.status in _TOLD_PLOTTED and _plan_alleged(m, lex))


def _deed_of_its_sentence(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """"They had planned the bombing for a year, and its driver died in it", "the bomb went
    off as guards stopped the bomber and shot him": a killing or wounding, told in a
    sentence whose own telling of the happening has joined it, is that happening, though a
    word of plan or prevention in the sentence made its mention a plot. Not a plan word
    itself ("plot", "planning"), which tells the plot."""
    return h.lead.event.status in _TOLD_HAPPENED and _casualty_told_as_plot(m, lex) and _told_in_its_sentence(h, m)


def _casualty_told_as_plot(m: Mention, lex: Lexicon) -> bool:
    """A mention with dead or wounded (people hit: no plot's) whose status a word of plan
    or prevention elsewhere in its sentence made a plot, its own trigger no plan word."""
    counts = m.event.counts
    return m.event.status in _TOLD_PLOTTED and (counts.killed is not None or counts.injured is not None) \
        and not _plan_word(m.draft.trigger_text, lex)


def _plan_word(trigger: str, lex: Lexicon) -> bool:
    """Is the trigger a word of planning ("plot", "plotted", "planning": ``status.planned``)?"""
    word = trigger.casefold()
    return any(word.startswith(plan) for plan in lex.status["planned"])


def _told_in_its_sentence(h: Happening, m: Mention, as_told: bool = False) -> bool:
    """Has a mention of ``m``'s own sentence, of its type, joined ``h`` (``as_told``: told as
    news or history as the happening is, not a reference back to it from the other)?"""
    start = m.event.evidence.start
    return any(x.event.evidence.start == start and x.event.event_type == m.event.event_type
               and (not as_told or x.event.background == h.lead.event.background) for x in h.mentions)


def _plan_alleged(x: Mention, lex: Lexicon) -> bool:
    return x.event.status == "alleged" and x.draft.trigger_text.casefold() in lex.status["planned"]


def _statuses_fit(a: Event, b: Event) -> bool:
    """One status, or an attack that happened and that one side denies or alleges (the
    denial is about it, and is coded as its own REJECT), or a plot told as planned and as
    foiled; a plot is never the attack."""
    return a.status == b.status or any(a.status in told and b.status in told
                                       for told in (_TOLD_HAPPENED, _TOLD_PLOTTED))


_ANAPHORS = _WORDS.anaphors


def _sides_conflict(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """Another named actor or target separates: US strikes on the group are not the
    group's attack on US soldiers told in the same sentence. In a clash either side
    may be told as the doer ("troops clashed with rebels", "rebels attacked the troops"):
    a side named in either role of the happening is no other side, when the mention
    gives no place or day of its own ("a firefight ensued with the officers"; a clash told
    with its own where and when, "troops clashed with the attackers in X that night", is
    the pursuit, a fight of its own)."""
    if _halves_of_a_toll(h, m):
        return False
    clash = not m.has_details and _told_as_clash(h, m)
    for role in ("actor", "recipient"):
        mine = getattr(m.event, role)
        if not _named(mine, m.event.evidence.sentence, lex):
            continue
        theirs = _names_told(h, role, lex)
        if theirs and mine.name not in theirs and not (clash and mine.name in _names_told(h, _OTHER_ROLE[role], lex)) \
                and not (role == "recipient" and _doer_died(h, m, lex)):
            return True
    return False


def _doer_died(h: Happening, m: Mention, lex: Lexicon) -> bool:
    """"The suicide bomber, a member of X, was killed in the blast" after "X's bomber hit a
    convoy": a report with no doer of its own, told with a word of the doer
    (``assembly.dying_doers``), whose dead are the happening's own doer tells the
    attacker's death in that attack, not another blow at X."""
    return not m.draft.actor_text and lex.dying_doers is not None \
        and bool(lex.dying_doers.search(m.event.evidence.sentence)) \
        and any(x.event.actor is not None and x.event.actor.name == m.event.recipient.name for x in h.mentions)


_OTHER_ROLE = {"actor": "recipient", "recipient": "actor"}


def _halves_of_a_toll(h: Happening, m: Mention) -> bool:
    """"Three rebels were killed while seven soldiers were wounded during an encounter":
    two halves of one sentence, one of them a casualty clause that names no doer, count
    the two sides of one fight; the sides they name set them apart no more than a clash's."""
    start = m.event.evidence.start
    halves = [x for x in h.mentions if x.event.evidence.start == start]
    return bool(halves) and (m.draft.casualty_only or any(x.draft.casualty_only for x in halves))


def _names_told(h: Happening, role: str, lex: Lexicon) -> set[str]:
    foiled = h.lead.event.status in _TOLD_HAPPENED   # the guards who stopped the bomber are no side of it
    return {getattr(x.event, role).name for x in h.mentions
            if _named(getattr(x.event, role), x.event.evidence.sentence, lex)
            and not (foiled and _casualty_told_as_plot(x, lex))}


def _told_as_clash(h: Happening, m: Mention) -> bool:
    """Is the mention the fight that an attack told first turned into ("a firefight
    ensued")? (A clash told after a clash may be the next encounter of a series.)"""
    return m.event.mode == "armed_clash" and h.lead.event.mode != "armed_clash"


def _named(who, sentence: str | None = None, lex: Lexicon | None = None) -> bool:
    """Stated by name, not by a pronoun ("they came to bomb the village") or a bare
    description ("gunmen", given the article's main group), whose name is a guess that
    must not split a happening."""
    if not _stated(who) or who.text.strip().lower() in _ANAPHORS:
        return False
    return sentence is None or lex is None or not _described_only(who, sentence, lex)


def _described_only(who, sentence: str, lex: Lexicon) -> bool:
    if who.kind in ("state", "security_forces"):
        return False   # "police", "troops": the country's forces, no guess
    words = re.findall(r"[A-Za-z][\w'-]*", who.text)
    if not words or any(w[0].isupper() for w in words[1:]):
        return False
    if not lex.names_people(words[-1]):
        return False
    return who.name.lower() not in sentence.lower()


def _stated(who) -> bool:
    """A named actor the text gives (an inferred one, with no text, separates nothing)."""
    return who is not None and bool(who.name) and who.text is not None


def _ties(h: Happening, m: Mention, lex: Lexicon) -> int:
    """How strongly the text ties ``m`` to ``h``: a shared place, a shared date, the
    same figure."""
    score = 0
    mp, hp = m.sentence_places(), h.sentence_places()
    if _names_meet(mp.fine, hp.fine):
        score += 2
    elif _names_meet(mp.fine | mp.coarse, hp.fine | hp.coarse) or _place_within(h, m) or _near(h, m, lex):
        score += 1
    date_m = m.explicit_date
    if date_m is not None and any(_dates_fit(date_m, d) for d in h.dates()):
        score += 1
    for role in COUNT_ROLES:
        c = getattr(m.event.counts, role)
        if c is not None and any(x.value == c.value for x in h.count(role)):
            score += 1
    return score


def _weapon_told_next(h: Happening, fits: list[Happening], m: Mention, lex: Lexicon) -> bool:
    """"Gunmen killed two in X. They were shot dead on their way home": a mention that
    names its own weapon (not "the airstrike", which points back) tells the happening told
    just before it, when that one's weapon is the same or not yet told and an earlier one
    it could also tell was told with another ("beheaded", "a bomb")."""
    if m.event.event_type != "ASSAULT" or m.event.mode == "unspecified" or m.draft.definite:
        return False
    fit = [_modes_fit(_pick_mode(x), m.event.mode, lex) for x in fits if x.lead.event.event_type == "ASSAULT"]
    return _modes_fit(_pick_mode(h), m.event.mode, lex) and not all(fit)


def _told_in_lead_only(h: Happening) -> bool:
    """Told so far only in the headline or lead, without place or day."""
    return not h.has_details and all(x.draft.sent_index < LEAD_SENTENCES for x in h.mentions)


def _headline_of(h: Happening, m: Mention, happenings: list[Happening]) -> bool:
    """Is ``h`` the article's first happening, told so far only in its headline or
    lead and without place or day, and ``m`` the lead telling them?"""
    return h is happenings[0] and _told_in_lead_only(h) and m.draft.sent_index <= LEAD_SENTENCES


def _dates_the_main(h: Happening, m: Mention, happenings: list[Happening]) -> bool:
    """Is ``m`` a later sentence giving the day of the article's first happening, which
    the lead told with its toll but no day ("opened fire on Sunday"): a day of the news
    (at most two days before publication), and no town of its own unless the lead named
    none either ("attacked the soldiers in Kandadji on Thursday" after "a dozen soldiers
    were killed in western Niger")?"""
    if h is not happenings[0] or h.dates() or m.explicit_date is None or (
            m.sentence_places().fine and h.sentence_places().fine):
        return False
    published = m.event.article.published
    apart = _days_apart(published[:10], m.explicit_date[0]) if published and m.explicit_date[0] else None
    return apart is not None and 0 <= apart <= 2 and len(m.explicit_date[0]) == 10


def _places_the_main(h: Happening, m: Mention, happenings: list[Happening]) -> bool:
    """Is ``m`` a later sentence telling where (and when) the article's first happening
    took place, which the lead told with no town and no day ("suicide bombers struck a
    mosque in the northeast, killing nine" ... "two bombers blew themselves up at a
    mosque in X on Friday")? A news story tells its lead's where and when further down.
    Not a part of a toll the lead sums up (another figure of its own), not a mention told
    with "also" or beside another town of its sentence ("as well as the strikes on X,
    drones were also reported in Y"); its town must still fit a province the lead names,
    even one the gazetteer did not place it at."""
    if h is not happenings[0] or h.has_details or h.dates() or m.draft.also:
        return False
    if any(getattr(m.event.counts, r) and h.count(r)
           and all(c.value != getattr(m.event.counts, r).value for c in h.count(r)) for r in COUNT_ROLES):
        return False
    mine = m.places()
    mine = mine.fine | mine.coarse
    if not all(_names_meet({x}, mine) for x in m.sentence_places().fine):
        return False
    told = h.sentence_places()   # "Russia's X region", read or not
    return not told or _names_meet(mine, told.fine | told.coarse)


def _placed_by_the_article(h: Happening, m: Mention) -> bool:
    """Is ``h`` told with no place of its own (no town, no province), placed by the
    article at its town (the lead's or the one it names most), and ``m`` a later sentence
    its own words place at that very town? ("Four loud explosions shook the town late on
    Friday" in a story about X ... "two bombers blew themselves up near a garage in X"):
    the town a story is about is where its unplaced happening took place. Not a mention
    told with "also" or with another figure of its own."""
    loc = h.lead.event.location
    if m.draft.also or h.sentence_places() or loc is None or not loc.name \
            or not (loc.reason or "").startswith("the article's") or loc.precision not in _TOWN_LEVEL:
        return False
    if any(getattr(m.event.counts, r) and h.count(r)
           and all(c.value != getattr(m.event.counts, r).value for c in h.count(r)) for r in COUNT_ROLES):
        return False
    own = m.event.location   # placed at that town by its own sentence, not by the article
    return own is not None and bool(own.name) and not (own.reason or "").startswith("the article's") \
        and _same_name(norm_place(own.name), norm_place(loc.name))


def _completes_the_toll(h: Happening, m: Mention, happenings: list[Happening]) -> bool:
    """Is ``m`` a bare casualty report (no one doing it, no weapon) giving the article's
    first happening the figure of a role it has none of yet ("six officers were killed in
    the attack on the camp" ... "two guards were injured in the incident, which happened
    at dawn in X village"), with no day of its own? Its own place does not set it apart."""
    return h is happenings[0] and m.draft.casualty_only and m.explicit_date is None \
        and any(getattr(m.event.counts, r) for r in COUNT_ROLES) \
        and any(h.count(r) for r in COUNT_ROLES) \
        and not any(getattr(m.event.counts, r) and h.count(r) for r in COUNT_ROLES)


def _unmapped(loc) -> bool:
    """A place the gazetteer does not know (a neighbourhood, a market, a road, a
    village): the name as written, with no coordinates."""
    return loc is not None and loc.lat is None and loc.precision not in ("country", "region")


def _spot_of_the_main(h: Happening, m: Mention) -> bool:
    """Is ``m`` the article's main happening told again at a spot the gazetteer does not
    know ("a bomb went off at the market near X junction" after "a blast in the city
    killed six")? Such a spot is finer than the town the main happening is told at and
    cannot set it apart; a place the gazetteer knows, another day, a cue of another
    attack or another figure still does (checked by the caller). A day of its own must be
    one the happening is told on."""
    if not h.places() or not m.draft.places:
        return False
    if m.explicit_date is not None and not any(_dates_fit(m.explicit_date, d) for d in h.dates()):
        return False
    return _unmapped(m.explicit_place) or (m.explicit_place is None and bool(m.places().fine))


_ANOTHER = _WORDS.another_opening()


def _another_taken(m: Mention) -> bool:
    """"Another suspect was also arrested": an arrest of someone else is an arrest of
    its own (other victims of an attack, "another two were hurt", are the same attack);
    so is one more person's arrest told with "also" ("the mayor was also arrested": a
    figure of one, or a name with no plural word)."""
    r = m.event.recipient
    if m.event.event_type != "COERCE":
        return False
    if r is not None and bool(_ANOTHER.match(r.text or "")):
        return True
    # "the mayor was also arrested": one more person's arrest, told on its own
    one = m.event.counts.arrested
    if one is None:   # a named person with no figure: one, unless the words are a plural
        single = r is not None and bool(r.text) and not r.text.rstrip().lower().endswith("s")
    else:
        single = one.value == 1
    return m.event.mode == "arrest" and m.draft.also and single


def _spots_unknown(m: Mention) -> bool:
    """Does ``m`` name its where only by spots the gazetteer does not know ("the attack at
    the X gymnasium", "near Y, the village where the officers were seized")? The resolver
    could place it only by the article (its dateline, lead or main place), and it gives no
    day of its own: such names say nothing that can tie it to one happening or set it apart
    from one, and it joins the salient happening it fits, as a mention with no place does.
    A name written as the area it happened in ("in X", "in the X valley") is a village or
    a district the gazetteer missed, a where of its own; so is one told with "also"
    (another deed of the kind)."""
    loc = m.event.location
    if m.explicit_date is not None or m.draft.also or loc is None \
            or not (loc.reason or "").startswith("the article's"):
        return False
    text = norm_place(m.event.evidence.sentence)
    return not any(re.search(r"\bin\s+(?:the\s+)?(?:[\w-]+\s+)?" + re.escape(spot) + r"\b", text)
                   for spot in m.sentence_places().fine)


def _lapse_apart(h: Happening, m: Mention, happenings: list[Happening], mentions: list[Mention]) -> bool:
    """"Houses were torched a day after an attack in X left nine dead", "the raid came
    hours after gunmen killed two": what a sentence tells after "a day after" (or "hours
    after") is another happening than what it tells came after it, its news: the two
    mentions of that sentence never join one happening. A sentence whose news is no event
    of its own ("Today's incident followed a day after ...") tells of the article's main
    happening, which the earlier one is not either."""
    start = m.event.evidence.start
    if any(x.event.evidence.start == start and x.draft.lapse_before != m.draft.lapse_before for x in h.mentions):
        return True
    if not m.draft.lapse_before or m.draft.definite or h is not happenings[0]:
        return False
    return not any(x.event.evidence.start == start and not x.draft.lapse_before for x in mentions)


def _at_attackers(m: Mention, lex: Lexicon) -> bool:
    """Is ``m`` aimed at armed men ("the attackers", "four militants", a named group), or
    a clash?"""
    r = m.event.recipient
    return m.event.mode == "armed_clash" or (r is not None and (
        r.kind == "armed_group" or lex.names_raiders(r.text)))


def _one_sided(h: Happening, lex: Lexicon) -> bool:
    """A one-sided attack that happened, on people who are not armed men."""
    lead = h.lead.event
    return not h.answer and lead.event_type == "ASSAULT" and lead.status == "occurred" \
        and not _at_attackers(h.lead, lex)


def _answer(m: Mention, happenings: list[Happening], lex: Lexicon) -> bool:
    """"Militants killed two soldiers ... troops later caught up with the attackers",
    "in retaliation, four militants were gunned down", "the assailants were neutralised in
    an airstrike after they attacked the post": a blow at the attackers (or a clash) told,
    with a word of `assembly.answer_cues`, after a one-sided attack the article tells is
    the answer to that attack, a happening of its own; "several assailants were also killed
    in the shootout", told with no such word, is part of the attack."""
    ev = m.event
    if lex.answer_cues is None or ev.event_type != "ASSAULT" or ev.status != "occurred" \
            or not _at_attackers(m, lex) or not lex.answer_cues.search(ev.evidence.sentence):
        return False
    return any(_one_sided(h, lex) for h in happenings)


def group(mentions: list[Mention], lex: Lexicon) -> list[Happening]:
    """Mentions in reading order -> happenings (see the module docstring)."""
    happenings: list[Happening] = []
    orphans: list[Mention] = []
    headlines = [m for m in mentions if m.draft.headline]
    for m in (m for m in mentions if not m.draft.headline):
        separate = (bool(lex.separate_event.search(m.event.evidence.sentence)) or _another_taken(m)) \
            and not m.draft.definite
        # "a second attack" is not the first one, but may be told twice
        answer = _answer(m, happenings, lex)   # the answer to an attack is not the attack
        fits = [h for h in happenings if _fits(h, m, lex) and (h.separate or not separate)
                and h.answer == answer and not _lapse_apart(h, m, happenings, mentions)]
        if separate and _another_taken(m):
            fits = []   # one more person's arrest joins no other arrest, not even one told apart
        if _spoken_of(m) and m.explicit_place is not None and m.country and any(m.country in h.countries() for h in fits):
            fits = [h for h in fits if m.country in h.countries()]   # its own country's happening first
        if fits and m.has_details and not m.draft.definite and not _spots_unknown(m):
            # its own where/when must match, unless it is the lead telling the place and
            # day of a headline that had none ("Suicide attack on police van" + its lead)
            fits = [h for h in fits if _ties(h, m, lex) > 0 or _headline_of(h, m, happenings)
                    or _dates_the_main(h, m, happenings) or _places_the_main(h, m, happenings)
                    or _placed_by_the_article(h, m)]
        if not fits and not separate and not answer and happenings and (_completes_the_toll(happenings[0], m, happenings)
                                                         or _spot_of_the_main(happenings[0], m)) \
                and _fits(happenings[0], m, lex, places=False) \
                and not _lapse_apart(happenings[0], m, happenings, mentions):
            fits = [happenings[0]]
        if not fits:
            if m.draft.casualty_only and not answer and (
                    (not m.has_details and m.explicit_date is None)
                    or m.draft.joins_only):
                orphans.append(m)   # "sixteen were killed" told before the blast itself
            else:
                happenings.append(Happening([m], separate=separate, answer=answer))
                if len(happenings) == 1:   # the lead's toll told before its attack: first, before any part of it
                    early = [o for o in orphans if not o.places() and _fits(happenings[0], o, lex)]
                    happenings[0].mentions += early
                    orphans = [o for o in orphans if o not in early]
            continue
        last = max(fits, key=lambda h: mentions.index(h.mentions[-1]))   # the happening just told
        if m.draft.also:   # "a soldier was also killed"
            best = last
        else:   # a detail-free mention's own sentence first ("a firefight took place, in which three
            # were killed": the firefight's toll); the text's own ties, then its weapon; then
            # salience: more mentions, then the earlier
            best = max(fits, key=lambda h: (not m.has_details and _same_sentence(h, m), _ties(h, m, lex),
                                            h is last and _weapon_told_next(h, fits, m, lex),
                                            len(h.mentions), -happenings.index(h)))
        best.mentions.append(m)
    happenings = _halves_together(happenings, lex)
    for m in orphans:   # a bare casualty report joins the nearest happening it fits, or none
        fits = [h for h in happenings if _fits(h, m, lex) and not _lapse_apart(h, m, happenings, mentions)
                and _told_by(h, m, happenings)]
        if fits:
            start = m.event.evidence.start
            min(fits, key=lambda h: abs(h.lead.event.evidence.start - start)).mentions.append(m)
    told = {h.lead.event.event_type for h in happenings}
    for m in headlines:   # the headline's place or toll is the body's happening's, first the main one
        fits = [h for h in happenings if _fits(h, m, lex)]
        fits = [h for h in fits if not h.answer] or fits
        if fits:
            max(fits, key=lambda h: (_ties(h, m, lex), -happenings.index(h))).mentions.append(m)
        elif happenings and m.event.event_type in lex.verbal_event_types and m.event.event_type not in told:
            # "Army chief vows severe blows to enemies" over a body that tells the vow only in
            # quotes: a statement is its own news, and a headline is where it is told whole
            happenings.append(Happening([m]))
            told.add(m.event.event_type)
    return happenings


def _told_by(h: Happening, m: Mention, happenings: list[Happening]) -> bool:
    """May a bare casualty report tell ``h``? Told before any happening, it is the toll of the
    one the article goes on to tell ("five soldiers were killed and ten wounded", then "the
    attack"); told after one, it tells a happening already told or one told just after it
    ("... a monitor said nine died", a figure other than the lead's, is not
    the toll of another killing the article tells several sentences on)."""
    def begun(x: Happening) -> bool:
        return x.lead.draft.sent_index < m.draft.sent_index
    if not any(begun(x) for x in happenings):
        return True
    return any(x.draft.sent_index <= m.draft.sent_index for x in h.mentions) \
        or h.lead.draft.sent_index <= m.draft.sent_index + ORPHAN_AHEAD


def _bare_half(m: Mention) -> bool:
    """A casualty clause with no doer, place or day of its own ("a soldier was killed" of
    "a soldier was killed and five others were wounded in Monday's clash")."""
    return m.draft.casualty_only and m.explicit_place is None and m.explicit_date is None


def _halves_together(happenings: list[Happening], lex: Lexicon) -> list[Happening]:
    """The halves of one sentence ("three rebels were killed while seven soldiers were
    wounded during an encounter in X on Monday") tell one happening: a bare half that went
    to another happening than a half of its sentence that says more (a weapon, a doer, a
    place or a day) goes to that half's, when it fits there. A half that founded a
    happening with others joined to it stays."""
    for h in list(happenings):
        for m in list(h.mentions):
            if not _bare_half(m) or (m is h.lead and len(h.mentions) > 1):
                continue
            start = m.event.evidence.start
            told = [g for g in happenings if g is not h and any(
                x.event.evidence.start == start and x.event.event_type == m.event.event_type
                and not _bare_half(x) for x in g.mentions)]
            if len(told) == 1 and _fits(told[0], m, lex):
                h.mentions.remove(m)
                told[0].mentions.append(m)
    return [h for h in happenings if h.mentions]


def _pick_mode(h: Happening) -> str:
    kind = h.lead.event.event_type   # "the raid" told again of a deadly raid keeps the attack's modes
    told = [m for m in h.mentions if m.event.event_type == kind]
    modes = [m.event.mode for m in told]
    lead = h.lead.event.mode
    # a kidnapping told after the attack it belongs to ("... the gunmen also took hostages") is
    # not the attack's weapon: an abduction is the happening's mode only when its lead tells
    # one, or its lead's own sentence does of a lead told with no weapon and no dead ("by the
    # time the attack was over, 280 pupils had been kidnapped": what the attack did)
    taking = h.lead.event.counts.killed is None and lead == "unspecified" and any(
        m.event.mode == "abduct" and m.event.counts.killed is None
        and m.event.evidence.start == h.lead.event.evidence.start for m in told)
    weapons = [x for x in modes if x != "unspecified" and (x != "abduct" or lead == "abduct" or taking)]
    if lead in weapons:
        mode = lead
    elif not weapons:
        mode = modes[0]
    else:   # the lead names no weapon: the one the story tells in most sentences, on a tie
        # the one told with the dead or wounded, then the first told (not a weapon named in passing)
        said = {x: len({m.event.evidence.start for m in told if m.event.mode == x}) for x in weapons}
        toll = {m.event.mode for m in told if m.event.counts.killed or m.event.counts.injured}
        mode = max(weapons, key=lambda x: (said[x], x in toll, -weapons.index(x)))
    if mode == "unspecified":   # no mention names the weapon: the sentences after them may
        mode = next((m.draft.told_mode for m in h.mentions if m.draft.told_mode), mode)
    if mode == "explosives" and "suicide_bomb" in modes:
        return "suicide_bomb"
    if mode == "demonstrate" and "riot" in modes:
        return "riot"   # a demonstration that turned violent
    if mode == "raid" and _arrests_told(h):
        return "arrest"   # "police raided a house and arrested seven": an arrest operation
    return mode


def build(h: Happening, lex: Lexicon) -> Event:
    """One record for the happening, each attribute decided from all its mentions; the
    headline adds only a place (its figures and names are the body's, told shorter), and a
    figure only for a role the body gives none for (or, among the body's own figures, says
    which one is the toll)."""
    lead = h.lead.event
    if len(h.mentions) == 1:
        return replace(lead, mode=_pick_mode(h), mentions=[lead.evidence])
    evidence = [m.event.evidence for m in h.mentions]
    places = [m.explicit_place for m in h.mentions if m.explicit_place is not None]
    headlines = [m for m in h.mentions if m.draft.headline]
    h = Happening([m for m in h.mentions if not m.draft.headline], h.separate)
    stated = [m.event.date for m in h.mentions if m.explicit_date is not None]
    dated = _pick_date(stated, _unplaced_day(h))
    location = min(places, key=lambda p: PLACE_RANK.get(p.precision, 9)) if places else (
        lead.location or next((m.event.location for m in h.mentions if m.event.location), None))
    recipient = _pick_recipient(h, lead, lex)
    mode = _pick_mode(h)
    statuses = {m.event.status for m in h.mentions if _statuses_fit(m.event, lead)}   # not a plot's retelling
    plotted = {m.event.status for m in h.mentions if m.event.status in _TOLD_PLOTTED}
    if plotted and _plan_alleged(h.lead, lex):   # a plot told first as alleged: still a plot
        statuses = plotted
    return replace(
        lead, status=next((s for s in ("occurred", "thwarted") if s in statuses), lead.status),
        mode=mode, date=dated or _said_day(h) or lead.date, location=location,
        actor=_pick_actor(_without_foilers(h, lex), mode, recipient, lex),
        recipient=recipient, counts=headline_toll(pick_counts(h, lex, headlines), headlines, lead.event_type),
        source_claim=lead.source_claim or next((m.event.source_claim for m in h.mentions
                                                if m.event.source_claim), None),
        confidence=max(m.event.confidence for m in h.mentions),
        mentions=evidence)


def _without_foilers(h: Happening, lex: Lexicon) -> Happening:
    """The happening without its killings told as foiling it ("guards stopped the bomber and
    shot him"): their doer foiled the attack and is not its author."""
    if h.lead.event.status not in _TOLD_HAPPENED:
        return h
    return Happening([m for m in h.mentions if m is h.lead or not _casualty_told_as_plot(m, lex)], h.separate, h.answer)


def _pick_recipient(h: Happening, lead: Event, lex: Lexicon):
    """Whom the lead says was hit ("nine villagers"; when the lead's words name no one
    known, the target another mention of the lead's own sentence names), else the first
    target a mention names: a later sentence's named side ("Pakistanis", "two members of
    the security forces") is often another part of the story, not whom the lead's attack hit;
    nor are the attackers whom the answer to their attack hit ("police killed three of them")."""
    if _told_by_its_attackers(h, lex) and _pick_mode(h) != "armed_clash":
        h = Happening([m for m in h.mentions if not _answers_attackers(m, lex)], h.separate)
    told = lead.recipient
    if told is not None and told.text and told.text.strip().lower() not in _ANAPHORS:
        if told.name is None:
            # "a dozen soldiers were killed and seven others injured": a mention of the
            # lead's own sentence that names whom the attack hit names the lead's target
            sentence = lead.evidence.start
            named = next((m.event.recipient for m in h.mentions if m.event.evidence.start == sentence
                          and m.event.recipient is not None and m.event.recipient.name), None)
            return named or told
        return told
    return next((m.event.recipient for m in h.mentions
                 if m.event.recipient is not None and m.event.recipient.name), told)


def _pick_actor(h: Happening, mode: str, recipient, lex: Lexicon):
    """The first actor the text names, else the first inferred one, read from the
    mentions told with the happening's own weapon: in "the attacker stabbed an officer
    before another officer shot him", the police's shot answers the stabbing and its
    shooter is not the stabbing's author. An attack's inferred author is never the side
    it hit (a guess from the article's groups that picked the victims' side), nor is a
    state or its forces read from the text when the one-sided attack hit that state
    ("two policemen were killed ... when guards fired on the bombers")."""
    one_sided = h.lead.event.event_type == "ASSAULT" and mode != "armed_clash"   # a clash has two sides
    hit = recipient.name if recipient is not None and one_sided else None
    answered = one_sided and _told_by_its_attackers(h, lex)
    doers = [m.event.actor for m in h.mentions if m.event.actor is not None and m.event.actor.name
             and _modes_fit(m.event.mode, mode, lex) and not (answered and _answers_attackers(m, lex))]
    lead = h.lead.event.actor
    if lead is not None and hit is not None and lead.name == hit and not (_stated(lead) and not _state_side(lead)):
        lead = None
    named = next((a for a in doers if _stated(a) and not (a.name == hit and _state_side(a))), None)
    return named or next((a for a in doers if a.name != hit), None) or lead


def _told_by_its_attackers(h: Happening, lex: Lexicon) -> bool:
    """Does the happening's lead tell an attack by its attackers ("a suicide bomber blew
    himself up at a hotel", "gunmen opened fire on a parade", or no doer), not at armed
    men? Then a later mention that hits those attackers is the answer to it. (A doer the
    article's groups suggest, with no word of the text, is a guess that says nothing; an
    air strike has no attackers on the ground to answer.)"""
    doer = h.lead.event.actor
    return h.lead.event.event_type == "ASSAULT" and h.lead.event.mode not in AIR_MODES \
        and not _at_attackers(h.lead, lex) and (doer is None or (bool(doer.text) and not _state_side(doer)))


def _answers_attackers(m: Mention, lex: Lexicon) -> bool:
    """A mention of a one-sided attack that hits the attackers themselves ("police killed
    three of the gunmen", "troops retook the hotel, killing the assailants"): its doer
    answered the attack and is not its author."""
    return m.event.event_type == "ASSAULT" and m.event.mode != "armed_clash" and _at_attackers(m, lex)


def _state_side(actor) -> bool:
    """A state or its forces: read from a word of the text ("police", "guards") with
    the event's country, the side an attack on its forces hit rather than its author."""
    return actor.kind in ("state", "security_forces")


def _pick_date(stated: list[DateValue], unplaced: tuple = (None, None)) -> DateValue | None:
    """The first date read (a value before unresolved words), unless a later mention
    names the day within it ("this week" then "Tuesday's attack": the Tuesday). Beside
    a lead told by a day the page cannot place (``unplaced``, ``_unplaced_day``) only a
    day those words name counts: a later year, month or calendar day of another weekday
    ("an attack in 2017 left 20 dead") is a recalled happening's, not this week's news."""
    if unplaced != (None, None):
        stated = [d for d in stated if not d.value or _on_that_day(d, unplaced)]
    first = stated[0] if stated else None
    if first is not None and not first.value and first.text and WEEKDAY_RE.search(first.text):
        # "on Tuesday" on a page without a date: the day is the happening's, unknown here;
        # a later mention's month or year ("in 2022") is another thing's
        return next((d for d in stated if d.value and d.precision == "day"), first)
    dated = next((d for d in stated if d.value), first)
    if dated is None or not dated.value or dated.precision == "day":
        return dated
    return next((d for d in stated if d.value and d.precision == "day"
                 and _within(d.value, dated.value, dated.precision)), dated)


def _unplaced_day(h: Happening) -> tuple[int | None, tuple[int, int] | None]:
    """On a page with no date, the day the happening's lead tells it by, which the page
    cannot place: (weekday, (month, day)) of its own words ("on Friday", "Mar 31"), else
    the one weekday its sentence names ("..., officials said on Thursday"). Such a lead is
    this week's news, read as fusion reads it (``unanchored_day``, ``weekday_named``);
    (None, None) on a dated page, or when the lead's own date is resolved."""
    lead = h.lead.event
    if lead.article.published or (lead.date is not None and lead.date.value):
        return None, None
    weekday, month_day = unanchored_day(lead.date.text if lead.date is not None else None)
    if weekday is None and month_day is None:
        weekday = weekday_named(lead.evidence.sentence)
    return weekday, month_day


def _on_that_day(told: DateValue, day: tuple) -> bool:
    """Is ``told`` a calendar day on the weekday (and the month's day) ``day`` names?"""
    if told.precision != "day" or not told.value or len(told.value) < 10:
        return False
    weekday, month_day = day
    found = date.fromisoformat(told.value[:10])
    return (weekday is None or found.weekday() == weekday) and (
        month_day is None or (found.month, found.day) == tuple(month_day))


def _said_day(h: Happening) -> DateValue | None:
    """With no date stated, the day a mention's sentence says the news was reported
    ("reports on Tuesday said an airstrike hit the hospital", ``basis: "statement"``)
    rather than the publication day the lead mention stands in with."""
    return next((m.event.date for m in h.mentions if m.event.date is not None
                 and m.event.date.basis == "statement"), None)


def _within(day: str, value: str, precision: str | None) -> bool:
    """Does the ISO ``day`` fall in the period ``value`` names (its week, month or year)?"""
    if precision != "week":
        return day.startswith(value)
    start = date.fromisoformat(value[:10])
    return start <= date.fromisoformat(day[:10]) < start + timedelta(days=7)


def assemble(drafts: list[Draft], events: list[Event], lex: Lexicon) -> list[Event]:
    """The article's happenings from its resolved mentions (``drafts`` and ``events`` in
    the same reading order)."""
    mentions = [Mention(d, _raid_as_attack(e, lex, d.actor_text)) for d, e in zip(drafts, events)]
    happenings = group(mentions, lex)
    said = [next((m.draft.date_text for m in h.mentions if m.draft.date_text), None) for h in happenings]
    built = _seizures_with_arrests(happenings, [build(h, lex) for h in happenings])
    return recalled(date_the_lead(built, lex.reaction_types), said, earlier=lex.earlier_period)


def _arrests_told(h: Happening) -> bool:
    return any(m.event.mode == "arrest" for m in h.mentions) or bool(h.count("arrested"))


def _seizures_with_arrests(happenings: list[Happening], events: list[Event]) -> list[Event]:
    """"Five suspects were arrested and rifles were seized": a seizure told with arrests is
    the arrest operation, when the article tells no arrest record of its own (where it
    does, that record is the arrest, and this one the seizure beside it)."""
    if any(e.event_type == "COERCE" and e.mode == "arrest" for e in events):
        return events
    return [replace(e, mode="arrest") if e.event_type == "COERCE" and e.mode == "seize" and _arrests_told(h)
            else e for h, e in zip(happenings, events)]


def _raid_as_attack(e: Event, lex: Lexicon, written: str | None = None) -> Event:
    """A raid or a seizure by an armed group or by armed men ("gunmen raided the village",
    "we raided the villages", said by the group; "the attackers seized the guards' rifles")
    is their attack, told as one with the killings around it, and so is a raid told with
    its dead and no arrest ("twelve died in a rebel raid"); a raid or a seizure by the
    state or by no one named stays a police operation, unless ``written`` (the doer as
    the sentence wrote it) names armed men for a seizure the resolver gave the state."""
    if e.event_type != "COERCE" or e.mode not in ("raid", "seize"):
        return e
    if e.mode == "raid" and e.counts.killed is not None and e.counts.arrested is None:
        return replace(e, event_type="ASSAULT", mode="unspecified")
    if e.actor is not None and e.actor.text and (e.actor.kind == "armed_group" or lex.names_raiders(e.actor.text)):
        return replace(e, event_type="ASSAULT", mode="unspecified")
    if e.mode == "seize" and lex.names_raiders(written):   # a seizure the resolver gave the state
        return replace(e, event_type="ASSAULT", mode="unspecified", actor=None)
    return e
