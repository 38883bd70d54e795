"""Pair scoring: how likely two reports describe one happening.

Each component returns a log-odds contribution per pair (vectorised over numpy arrays
of node indices); the score is ``sigmoid(prior + sum)``. Components are kept so every
merge can say why it happened (``FusionResult.merges``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from polybius.fuse.config import COMBINED_MODES, MODE_GROUPS, FuseConfig
from polybius.fuse.nodes import UNDATED, WEAPON_BIT, NodeTable, with_neighbours
from polybius.geo import haversine_km

COMPONENTS = ("type", "mode", "date", "place", "actor", "recipient", "counts", "status",
              "text", "copy", "toll_town", "names", "details", "country", "same_article",
              "story")
VETO = -50.0
_OCCURRED, _PLANNED, _THWARTED, _ALLEGED, _DENIED = range(5)


@dataclass
class PairScores:
    """Scored pairs (i < j node indices), their score and per-component log-odds."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray
    components: dict[str, np.ndarray]

    def contradicted(self, cfg: FuseConfig) -> np.ndarray:
        """Pairs where some component speaks against the match (another day, a place far
        off, an incompatible weapon...), as opposed to pairs that are only weak because
        one report lacks a date or a precise place. Other figures lower the score but
        contradict nothing: tolls are revised and sources count differently, so a report
        that one member of an incident links strongly may join it though its figure
        differs from another member's."""
        return contradicting(self.components, cfg, self.i.shape)

    def told_twice(self, cfg: FuseConfig) -> np.ndarray:
        """Pairs of one article's events that are one happening told in two parts
        (``told_twice``): they never link, but they pass the complete-link guard."""
        return told_twice(self.components, cfg)

    def select(self, keep: np.ndarray) -> "PairScores":
        return PairScores(self.i[keep], self.j[keep], self.score[keep],
                          {name: v[keep] for name, v in self.components.items()})

    def explain(self, k: int) -> dict[str, float]:
        return self.explain_many([k])[0]

    def explain_many(self, ks: list[int]) -> list[dict[str, float]]:
        """Non-zero components of the given pairs, rounded (for MergeReason)."""
        idx = np.asarray(ks, dtype=np.int64)
        cols = {name: np.round(v[idx].astype(float), 3).tolist()
                for name, v in self.components.items()}
        return [{name: col[m] for name, col in cols.items() if col[m] != 0.0}
                for m in range(idx.size)]


def contradicting(components: dict[str, np.ndarray], cfg: FuseConfig,
                  shape: tuple[int, ...]) -> np.ndarray:
    """Pairs where some component (figures aside) is at or below ``cfg.contradiction``;
    an undated page's open date is missing evidence, not a clash."""
    out = np.zeros(shape, dtype=bool)
    for name, values in components.items():
        if name == "counts":
            continue
        bad = values <= cfg.contradiction
        if name == "date":
            bad &= ~np.isclose(values, cfg.date_open)
        out |= bad
    return out


def told_twice(components: dict[str, np.ndarray], cfg: FuseConfig) -> np.ndarray:
    """Pairs of one article's events that only the same-article rule keeps apart: same
    type, no other weapon, the same town (district or finer) and day, figures not apart,
    nothing else against them. An article may tell one happening in two parts (twin
    blasts, an ambush and then its toll); such a pair must not keep an incident that
    other outlets' reports join both parts in from forming."""
    c = components
    alike = np.isclose(c["type"], cfg.same_type) & (c["mode"] >= 0) \
        & (c["place"] >= cfg.place_agree["admin2"]) & (c["date"] >= cfg.date_same_day) \
        & (c["counts"] >= 0)
    rest = {name: v for name, v in c.items() if name != "same_article"}
    return (c["same_article"] <= VETO) & alike & ~contradicting(rest, cfg, alike.shape)


def type_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    return np.where(t.etype[i] == t.etype[j], cfg.same_type, cfg.other_type_same_family)


def mode_matrix(t: NodeTable, cfg: FuseConfig) -> np.ndarray:
    """Contribution for every (mode code + 1, mode code + 1); row/col 0 is 'no mode'."""
    names = [""] + list(t.modes.codes)
    m = np.zeros((len(names), len(names)))
    for a, name_a in enumerate(names):
        for b, name_b in enumerate(names):
            if not name_a or not name_b or "unspecified" in (name_a, name_b):
                continue
            if name_a == name_b:
                m[a, b] = cfg.same_mode
            elif any(name_a in g and name_b in g for g in MODE_GROUPS):
                m[a, b] = cfg.compatible_mode
            elif any(name_a in g and name_b in g for g in COMBINED_MODES):
                m[a, b] = cfg.combined_mode
            else:
                m[a, b] = cfg.incompatible_mode
    return m


def mode_component(t: NodeTable, i: np.ndarray, j: np.ndarray, modes: np.ndarray,
                   cfg: FuseConfig | None = None) -> np.ndarray:
    """The mode matrix's value; two statements (denials, claims, threats) sharing a mode
    earn nothing for it: every denial of every attack is worded alike."""
    cfg = cfg or FuseConfig()
    value = modes[t.mode[i] + 1, t.mode[j] + 1]
    value = np.where((value == cfg.combined_mode) & _weapon_told(t, i, j), cfg.told_mode, value)
    return np.where(t.statement[i] & t.statement[j] & (value > 0), 0.0, value)


def _weapon_told(t: NodeTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Does either report's own sentence (its evidence) name the weapon the other is coded
    with ("his guard was killed ... in a suicide blast", coded firearms by one outlet, a
    suicide bombing by the other)? One attack told with several weapons, not two weapons.
    (The other sentences telling a report were tried too: articles that tell a bombing and
    a shooting of one day name both weapons there, and their events swapped incidents.)"""
    bits = np.array([WEAPON_BIT.get(name, 0) for name in t.modes.codes] or [0], dtype=np.int64)
    mi = np.where(t.mode[i] >= 0, bits[np.maximum(t.mode[i], 0)], 0)
    mj = np.where(t.mode[j] >= 0, bits[np.maximum(t.mode[j], 0)], 0)
    return ((mi & t.weapons[j]) != 0) | ((mj & t.weapons[i]) != 0)


def date_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """Same day is strong; a day or two apart is against; vague dates only weakly for.

    A news event with no date of its own spans the week before its publication: a date
    within that week agrees as with a stated week ("last week"); a day or three after
    publication is neutral (outlets publish late, time zones differ). Two days a day
    apart when either report tells a night ("late on Sunday night", "overnight") are
    neutral too: one outlet dates the night's evening, the other its morning."""
    gap = np.maximum(0, np.maximum(t.dstart[i], t.dstart[j]) - np.minimum(t.dend[i], t.dend[j]))
    coarse = np.maximum(t.dprec[i], t.dprec[j])
    as_week = np.maximum(np.where(t.dprec[i] == UNDATED, 1, t.dprec[i]),
                         np.where(t.dprec[j] == UNDATED, 1, t.dprec[j]))
    overlap = np.array([cfg.date_same_day, cfg.date_week_overlap, cfg.date_month_overlap,
                        cfg.date_year_overlap])[as_week]
    steps = np.array((0.0,) + tuple(cfg.date_gap))
    apart = np.where(gap < len(steps), steps[np.minimum(gap, len(steps) - 1)],
                     cfg.date_disjoint)
    # a night straddles two days: two outlets may date it a day apart
    night = (gap == 1) & (coarse == 0) & (t.night[i] | t.night[j])
    apart = np.where(night, cfg.date_night_gap, apart)
    undated_ok = (coarse == UNDATED) & (gap <= cfg.day_window)
    # protests recur day after day in one city: a shared week or month is no evidence
    overlap = np.where(t.recurring[i] & t.recurring[j] & (as_week > 0), 0.0, overlap)
    out = np.where(gap == 0, overlap, np.where(undated_ok, 0.0, apart))
    return np.where(t.dopen[i] | t.dopen[j], _open_date(t, i, j, cfg), out)


def _open_date(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """An undated page may still be filed under a month or year by its URL: the other
    report's date within it is as good as a month or year date, outside it is another
    happening. And it may name the day ("on Friday", "March 26", "on the 28th,"): a match
    with the other report's day is evidence, a mismatch says another day, unless the
    weekdays are next to each other and either report tells a night (one outlet dates
    its evening, the other the morning after)."""
    bounded = (t.wprec[i] < 4) & (t.wprec[j] < 4)
    gap = np.maximum(t.wstart[i], t.wstart[j]) - np.minimum(t.wend[i], t.wend[j])
    coarse = np.maximum(t.wprec[i], t.wprec[j])
    within = np.array([cfg.date_same_day, cfg.date_week_overlap, cfg.date_month_overlap,
                       cfg.date_year_overlap, cfg.date_open])[np.minimum(coarse, 4)]
    base = np.where(bounded, np.where(gap > cfg.day_window, cfg.date_disjoint, within),
                    cfg.date_open)
    md_known = (t.monthday[i] >= 0) & (t.monthday[j] >= 0)
    wd_known = (t.weekdays[i] > 0) & (t.weekdays[j] > 0)
    # a night straddles two days: the weekday next to the other report's is no other day
    night_next = (t.night[i] | t.night[j]) & ((_NEIGHBOURS[t.weekdays[i]] & t.weekdays[j]) > 0)
    # a weekday that is only the telling's ("police said Tuesday"): the day before
    # it is no other day either
    night_next |= ((t.said_eve[i] & t.weekdays[j]) | (t.said_eve[j] & t.weekdays[i])) > 0
    by_weekday = np.where((t.weekdays[i] & t.weekdays[j]) > 0, base + _weekday_bonus(t, i, j, cfg),
                          np.where(night_next, base, _weekday_apart(t, i, j, cfg)))
    by_monthday = np.where(t.monthday[i] == t.monthday[j], cfg.date_same_day,
                           _monthdays_apart(t.monthday[i], t.monthday[j], cfg))
    # a day of the month alone ("on the 12th"): one day in thirty shares it
    dom_known = (t.monthday_only[i] > 0) & (t.monthday_only[j] > 0) & ~md_known & ~wd_known
    gap_dom = np.abs(t.monthday_only[i].astype(int) - t.monthday_only[j].astype(int))
    by_dom = np.where(gap_dom == 0, base + cfg.date_weekday_agree, _days_off(gap_dom, cfg))
    told = np.where(md_known, by_monthday, np.where(wd_known, by_weekday,
                                                    np.where(dom_known, by_dom, base)))
    apart = (bounded & (gap > cfg.day_window)) | _page_day_apart(t, i, j, cfg)
    return np.where(apart, cfg.date_disjoint, told)


_EPOCH = date(1970, 1, 1).toordinal()


def _day_of_year(ordinal: np.ndarray) -> np.ndarray:
    """Day of a leap year (1..366) of each day ordinal: a yearless date's calendar
    (``_DAY_OF_YEAR``, which counts from 0)."""
    day = (ordinal.astype(np.int64) - _EPOCH).astype("datetime64[D]")
    month = day.astype("datetime64[M]")
    code = (month.astype(np.int64) % 12 + 1) * 100 + (day - month).astype(np.int64) + 1
    return _DAY_OF_YEAR[code] + 1


def _page_day_apart(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """An undated page that gives its own date without a year ("Baku, October 11"): its
    news with no day of its own came in the week before that date, as on a page dated in
    full, so another report whose dates (its day, its week, the month its URL files it
    under, or its own page's week) all fall outside that week, whatever the year, tells
    another happening. It only ever speaks against a pair."""
    reach = cfg.undated_lookback + cfg.day_window

    def window(k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each report's last day (day of a leap year) and how many days before it its
        dates reach; -1 when it has none to compare."""
        own = t.page_day[k].astype(np.int64)
        bounded = (t.wprec[k] < 4) & (own < 0)
        last = np.where(bounded, _day_of_year(np.where(bounded, t.wend[k], _EPOCH)), -1)
        span = np.where(bounded, t.wend[k].astype(np.int64) - t.wstart[k], 0)
        return np.where(own > 0, (own + cfg.day_window - 1) % 366 + 1, last), \
            np.where(own > 0, reach + cfg.day_window, span)

    def outside(page: np.ndarray, last: np.ndarray, span: np.ndarray) -> np.ndarray:
        # where the other's last day falls counting from the first day of the page's week
        x = (last - (page - reach)) % 366
        return (page > 0) & (last > 0) & (span < 366) & (x > reach + cfg.day_window + span)

    last_i, span_i = window(i)
    last_j, span_j = window(j)
    return outside(t.page_day[i].astype(np.int64), last_j, span_j) \
        | outside(t.page_day[j].astype(np.int64), last_i, span_i)


def _monthdays_apart(a: np.ndarray, b: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """Two days of the month ("April 11", "Apr 12") a day or two apart score as two
    dated reports that far apart (a page's own dateline is often the day after the
    happening); farther, or unknown, another day (``date_weekday_conflict``)."""
    gap = np.abs(_DAY_OF_YEAR[np.clip(a, 0, 1231)] - _DAY_OF_YEAR[np.clip(b, 0, 1231)])
    gap = np.minimum(gap, 366 - gap)
    return np.where((a > 0) & (b > 0), _days_off(gap, cfg), cfg.date_weekday_conflict)


def _days_off(gap: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """Two days one or two apart score as dated reports that far apart (``date_gap``);
    any other gap (none, or more) is another day (``date_weekday_conflict``): the callers
    score a gap of none themselves."""
    near = (gap >= 1) & (gap <= 2)
    return np.where(near, np.asarray(cfg.date_gap)[np.clip(gap, 1, 2) - 1], cfg.date_weekday_conflict)


def _weekday_apart(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """Two reports naming other weekdays: another day. When each names one day of its
    own ("on Sunday" against "on Wednesday"), the days are at least as far apart as the
    weekdays are around the week, so three days or more score as dated reports three
    days apart; nearer weekdays (the statement the day after, the night before) keep
    the milder conflict."""
    single = (_BITS[t.weekdays[i]] == 1) & (_BITS[t.weekdays[j]] == 1) \
        & t.weekday_own[i] & t.weekday_own[j]
    a = _FIRST_DAY[t.weekdays[i]]
    b = _FIRST_DAY[t.weekdays[j]]
    around = np.minimum((a - b) % 7, (b - a) % 7)
    far = single & (around >= len(cfg.date_gap))
    return np.where(far, cfg.date_gap[-1], cfg.date_weekday_conflict)


def _days_of_year() -> np.ndarray:
    """Day of a leap year for each month*100+day code (−10000 for no such day)."""
    out = np.full(1232, -10000, dtype=np.int64)
    start = date(2000, 1, 1).toordinal()
    for k in range(date(2000, 12, 31).toordinal() - start + 1):
        day = date.fromordinal(start + k)
        out[day.month * 100 + day.day] = k
    return out


_DAY_OF_YEAR = _days_of_year()
_BITS = np.array([bin(m).count("1") for m in range(128)])
_FIRST_DAY = np.array([(m & -m).bit_length() - 1 for m in range(128)])   # lowest weekday of a mask
_NEIGHBOURS = np.array([with_neighbours(m) for m in range(128)])   # each weekday mask widened


def _weekday_bonus(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """The agreement an undated page earns when the other report's day falls on the
    weekday it names (``_open_date``): the two share a weekday, neither names a day of the
    month, and the windows they are filed under are not apart."""
    md_known = (t.monthday[i] >= 0) & (t.monthday[j] >= 0)
    bounded = (t.wprec[i] < 4) & (t.wprec[j] < 4)
    gap = np.maximum(t.wstart[i], t.wstart[j]) - np.minimum(t.wend[i], t.wend[j])
    shared = (t.dopen[i] | t.dopen[j]) & ~md_known & ((t.weekdays[i] & t.weekdays[j]) > 0) \
        & ~(bounded & (gap > cfg.day_window))
    return np.where(shared, cfg.date_weekday_agree * _weekday_weight(t, i, j), 0.0)


def _weekday_alone(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                   cfg: FuseConfig) -> np.ndarray:
    """The weekday agreement an undated page earned against the other report's day
    (``_weekday_bonus``), to take back when nothing else the two reports tell is
    particular to one happening: a weekday is shared by one happening in seven, and
    reports of other attacks of the same kind, place and side (what the block and the
    other components already compared) fall on it as often. It stays when they also tell
    it in like words (text above ``text_gain_min``, the bar at which words count double
    for an open date), give figures that agree beyond one or two of a kind (one arrest
    alike is what many reports of a capital give: ``weekday_figures_min``) or share a
    rare name, and their figures do not disagree."""
    particular = (comps["text"] > cfg.text_gain_min) | (comps["counts"] > cfg.weekday_figures_min) \
        | (comps["names"] > 0)
    alone = ~particular | (comps["counts"] < 0)
    return np.where(alone, _weekday_bonus(t, i, j, cfg), 0.0)


def _weekday_weight(t: NodeTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """How much of the weekday agreement a shared weekday earns: all of it when both
    sides name one day of their own ("on Friday" vs 4 March, a Friday), none when one
    side is a window of several days ([published - 2, published]: a third of other
    happenings fall in it too) or a weekday borrowed from its article, or is only the day
    the news was told ("police said on Friday": that day or the night before), unless the
    event is that telling (a blame said on Friday was made on Friday)."""
    wide = np.maximum(_BITS[t.weekdays[i]], _BITS[t.weekdays[j]])
    said = ((t.said_eve[i] > 0) & ~t.statement[i]) | ((t.said_eve[j] > 0) & ~t.statement[j])
    return ((wide == 1) & t.weekday_own[i] & t.weekday_own[j] & ~said).astype(float)


def place_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """Distance within the radius of the coarser place; else admin1 / name equality.

    A town named like its province ("Guanajuato") may stand for the province in one
    report and a town of it in the other: within one province, such a pair scores at
    least what two places known only by that province score."""
    coarser = np.maximum(t.pprec[i], t.pprec[j])
    out = _place_at(t, i, j, coarser, cfg)
    either = (t.province_named[i] | t.province_named[j]) & (t.admin1[i] >= 0) \
        & (t.admin1[i] == t.admin1[j]) & (coarser < 3)
    if either.any():
        k = np.flatnonzero(either)
        out[k] = np.maximum(out[k], _place_at(t, i[k], j[k], np.full(k.size, 3), cfg))
    out = np.where(_districts_apart(t, i, j, cfg), np.minimum(out, cfg.districts_apart), out)
    district = cfg.place_agree["admin2"]
    out = np.where((out >= 0) & (out < district) & _district_shared(t, i, j),
                   district, out)
    return np.where(_towns_told_together(t, i, j, out), 0.0, out)


def _towns_told_together(t: NodeTable, i: np.ndarray, j: np.ndarray,
                         place: np.ndarray) -> np.ndarray:
    """Places apart, but each report's sentences name the other's place ("gunmen struck
    churches in two cities": one outlet placed the attacks at one, the other at the
    other): one happening told at two of its places, the distance says nothing."""
    out = np.zeros(i.shape, dtype=bool)
    if t.town_words is None or t.named is None:
        return out
    for k in np.flatnonzero(place < 0):
        a, b = int(i[k]), int(j[k])
        ta, tb = t.town_words[a], t.town_words[b]
        out[k] = bool(ta and tb and ta != tb and ta <= t.named[b] and tb <= t.named[a])
    return out


def _districts_apart(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """The sentences of both reports name districts ("in X district" against "in
    Y district"), none alike and none a word of the other's place: two places, even
    when the extraction placed one report at its province only, where the two agree."""
    out = np.zeros(i.shape, dtype=bool)
    if t.districts is None or t.place_keys is None:
        return out
    has = np.array([bool(d) for d in t.districts], dtype=bool)
    for k in np.flatnonzero(has[i] & has[j]):
        a, b = int(i[k]), int(j[k])
        da, db = t.districts[a], t.districts[b]
        out[k] = not (_alike(da, db, cfg) or _alike(da, t.place_keys[b], cfg)
                      or _alike(db, t.place_keys[a], cfg))
    return out


def _district_shared(t: NodeTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The sentences of both reports name one district alike ("in X Local Government
    Area"): they agree at least as two places of one district do, though the extraction
    placed one of them at its province only."""
    out = np.zeros(i.shape, dtype=bool)
    if t.districts is None:
        return out
    has = np.array([bool(d) for d in t.districts], dtype=bool)
    for k in np.flatnonzero(has[i] & has[j]):
        out[k] = bool(t.districts[int(i[k])] & t.districts[int(j[k])])
    return out


def _alike(a: frozenset[str], b: frozenset[str], cfg: FuseConfig) -> bool:
    """Some word of ``a`` is some word of ``b``, or spelt nearly alike ("Hareb", "Harib")."""
    if a & b:
        return True
    return any(_spelling(x, y) >= cfg.district_alike for x in a for y in b)


@lru_cache(maxsize=1 << 16)
def _spelling(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _place_at(t: NodeTable, i: np.ndarray, j: np.ndarray, coarser: np.ndarray,
              cfg: FuseConfig) -> np.ndarray:
    coords = ~np.isnan(t.lat[i]) & ~np.isnan(t.lat[j]) & (coarser <= 3)
    levels = ("point", "city", "admin2", "admin1")
    radius = np.array([cfg.place_radius_km[x] for x in levels] + [np.inf] * 3)[coarser]
    agree = np.array([cfg.place_agree[x] for x in levels] + [0.0] * 3)[coarser]
    out = np.zeros(i.shape)
    if coords.any():
        d = haversine_km(t.lat[i[coords]], t.lon[i[coords]], t.lat[j[coords]], t.lon[j[coords]])
        r = radius[coords]
        between = np.where(_other_district(t, i[coords], j[coords], coarser[coords]),
                           cfg.other_district, 0.0)
        out[coords] = np.where(d <= r, agree[coords], np.where(d <= 3 * r, between, cfg.place_far))
    rest = ~coords
    same_name = rest & (t.place[i] >= 0) & (t.place[i] == t.place[j]) & (coarser <= 2)
    both_admin = rest & ~same_name & (t.admin1[i] >= 0) & (t.admin1[j] >= 0)
    out[same_name] = cfg.name_agree
    out[both_admin] = np.where(t.admin1[i[both_admin]] == t.admin1[j[both_admin]],
                               cfg.admin1_agree, cfg.admin1_conflict)
    return out


def _other_district(t: NodeTable, i: np.ndarray, j: np.ndarray,
                    coarser: np.ndarray) -> np.ndarray:
    """Both reports name a district (admin2), and not the same one: two named districts
    more than a district's radius apart are two places, as two provinces are when no
    coordinates tell the distance. (A town 20 km from another may be its suburb, and a
    province may be read for a town of it, so towns and provinces keep the neutral band.)"""
    return (coarser == 2) & (t.pprec[i] == 2) & (t.pprec[j] == 2) & (t.place[i] != t.place[j])


def _who(a: np.ndarray, b: np.ndarray, group: np.ndarray, cfg: FuseConfig,
         conflict: float, apart: np.ndarray) -> np.ndarray:
    """Agreement of one role; names that differ conflict only where ``apart`` says so."""
    known = (a >= 0) & (b >= 0)
    agree = np.where(group, cfg.actor_agree_group, cfg.actor_agree_state)
    return np.where(known, np.where(a == b, agree, np.where(apart, conflict, 0.0)), 0.0)


def _sides_apart(t: NodeTable, i: np.ndarray, j: np.ndarray, role: str) -> np.ndarray:
    """Whether two reports' different names for one role (actor or recipient) tell two
    happenings. Not when the names are one family (a branch and its parent group: "IS-K"
    and "Islamic State"), nor when the sides are swapped (one report's doer is the other's
    target, and neither report gives a third party in the other's place: "troops killed
    five militants" and "militants attacked troops" are the two sides of one clash, each
    outlet telling it from one side)."""
    other = "recipient" if role == "actor" else "actor"
    own, opp = getattr(t, role + "_family"), getattr(t, other + "_family")
    there, back = own[i] == opp[j], opp[i] == own[j]
    swapped = (((own[i] >= 0) & there) | ((opp[i] >= 0) & back)) \
        & (there | (own[i] < 0) | (opp[j] < 0)) & (back | (opp[i] < 0) | (own[j] < 0))
    return (own[i] != own[j]) & ~swapped


def actor_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """Doers alike or apart; but doers that differ where both articles tell a blame or a
    denial (``disputed``) say nothing: one outlet names the accused, another the side
    the accused blames, for one happening."""
    group = t.actor_group[i] | t.actor_group[j]
    disputed = t.disputed[i] & t.disputed[j]
    return _who(t.actor[i], t.actor[j], group, cfg, cfg.actor_conflict,
                _sides_apart(t, i, j, "actor") & ~disputed)


def recipient_component(t: NodeTable, i: np.ndarray, j: np.ndarray,
                        cfg: FuseConfig) -> np.ndarray:
    group = t.recipient_group[i] | t.recipient_group[j]
    return _who(t.recipient[i], t.recipient[j], group, cfg, cfg.actor_conflict / 2,
                _sides_apart(t, i, j, "recipient"))


def count_agreement(a: np.ndarray, b: np.ndarray, qa: np.ndarray, qb: np.ndarray,
                    cfg: FuseConfig, pa: np.ndarray | None = None,
                    pb: np.ndarray | None = None) -> np.ndarray:
    """One count role: agree (scaled by magnitude), close (0), or conflict.

    Agree: differ by at most 10 % (1 when ≥ 10). Close: by at most 2, or by less than the
    close ratio of the larger (tolls are revised between reports); a figure half the
    other's (8 dead against 4) is no revision but another count, as far apart on the
    corpus as figures a third of each other. A lower figure qualified "at least"/"more
    than" or any "about"/"up to" is never a conflict (tolls rise, estimates are loose).
    """
    known = (a >= 0) & (b >= 0)
    hi, lo = np.maximum(a, b), np.minimum(a, b)
    diff = hi - lo
    close = (diff <= cfg.count_close_abs) | (diff < cfg.count_close_ratio * hi)
    q_lo = np.where(a <= b, qa, qb)
    loose = (q_lo == 1) | (q_lo == 2) | (qa >= 3) | (qb >= 3)
    if pa is not None and pb is not None:
        loose = loose | _rising(a, b, pa, pb, cfg)
    magnitude = np.minimum(1.0, np.log10(np.maximum(hi, 0) + 1.0) / 2.0)
    value = np.where(_figures_alike(a, b), cfg.count_agree * np.maximum(magnitude, 0.15),
                     np.where(close | loose, 0.0, cfg.count_conflict))
    return np.where(known, value, 0.0)


def _rising(a: np.ndarray, b: np.ndarray, pa: np.ndarray, pb: np.ndarray,
            cfg: FuseConfig) -> np.ndarray:
    """The higher figure is the one published later, within days, and at most
    ``rising_toll_max_ratio`` times the lower: a toll rising as the bodies are counted
    and the wounded listed, not another happening's figure."""
    known = (pa >= 0) & (pb >= 0)
    later_higher = np.where(a > b, pa - pb, np.where(b > a, pb - pa, 0))
    # counting the dead and listing the wounded multiplies a first figure a few times
    # (5 wounded, then 32), not thirty-five times: that is another happening's figure
    plausible = np.maximum(a, b) <= cfg.rising_toll_max_ratio * np.maximum(np.minimum(a, b), 1)
    return known & plausible & (later_higher >= 1) & (later_higher <= cfg.rising_toll_days)


def counts_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    total = np.zeros(i.shape)
    for r in range(t.count.shape[0]):
        total += count_agreement(t.count[r, i], t.count[r, j], t.qualifier[r, i],
                                 t.qualifier[r, j], cfg, t.pub[i], t.pub[j])
    return np.clip(total, 1.5 * cfg.count_conflict, 1.5 * cfg.count_agree)


def counted_figures_open(t: NodeTable, i: np.ndarray, j: np.ndarray,
                         comps: dict[str, np.ndarray], cfg: FuseConfig) -> np.ndarray:
    """With one date open (an undated page) and nothing in it against the other report's
    day, agreeing figures count ``count_open_gain`` times when the two reports give one
    figure alike that was counted, not rounded: the same number, at least
    ``count_open_min`` (10) and no multiple of ten (41 dead, 719 arrests; "more than 100" or
    "50" is what any report of a big attack may write), or when two figures of two kinds
    agree (12 dead and 40 wounded against 13 and 40), each at least
    ``count_open_pair_min``: another attack of the town may match one tally, seldom both.
    Without a day, the tolls one source counted are what tie a page to its incident, as
    the words are."""
    counts = comps["counts"]
    gain = (t.dopen[i] | t.dopen[j]) & (counts > 0) & (comps["date"] >= cfg.date_open)
    if not gain.any():
        return counts
    counted = np.zeros(i.shape, dtype=bool)
    kinds = np.zeros(i.shape, dtype=np.int64)
    for r in range(t.count.shape[0]):
        a, b = t.count[r, i], t.count[r, j]
        counted |= (a == b) & (a >= cfg.count_open_min) & (a % 10 != 0)
        kinds += _figures_alike(a, b) & (np.minimum(a, b) >= cfg.count_open_pair_min)
    counted |= kinds >= 2
    return np.where(gain & counted, counts * cfg.count_open_gain, counts)


def _figures_alike(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Two known figures that agree (``count_agreement``'s agreement): within 10 %, or
    one apart from ten on."""
    hi, lo = np.maximum(a, b), np.minimum(a, b)
    tol = np.maximum(np.where(hi >= 10, 1.0, 0.0), 0.1 * hi)
    return (lo >= 0) & (hi - lo <= tol)


def toll_in_town(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                 cfg: FuseConfig) -> np.ndarray:
    """With one date open and nothing in it against the other report's day, the same town
    (place agreeing as a city does or better), the same weapon and one figure alike of
    at least ``toll_town_min``, counted, not rounded (no multiple of ten: "50 dead" is what
    any report of a big attack may write), figures not apart: three particulars of one happening
    together, which reports of another attack on that town seldom share (on the
    development corpus such candidate pairs were one incident every time, 40 of 40). A
    figure one apart (13 dead, then 14 as a wounded victim dies) counts too when the two
    also write a rare name alike: alone, it is what two massacres of one town may give."""
    gain = (t.dopen[i] | t.dopen[j]) & (comps["date"] >= cfg.date_open) \
        & (comps["counts"] > 0) & (comps["place"] >= cfg.place_agree["city"]) & (comps["mode"] >= cfg.same_mode)
    if not gain.any():
        return np.zeros(i.shape)
    alike = np.zeros(i.shape, dtype=bool)
    named = comps["names"] > 0
    for r in range(t.count.shape[0]):
        a, b = t.count[r, i], t.count[r, j]
        counted = (np.minimum(a, b) >= cfg.toll_town_min) & (a % 10 != 0) & (b % 10 != 0)
        alike |= counted & ((a == b) | ((np.abs(a - b) == 1) & named))
    return np.where(gain & alike, cfg.toll_town, 0.0)


def open_tolls_apart(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                     cfg: FuseConfig) -> np.ndarray:
    """With one date open and nothing for or against the other report's day, the figures
    are what is left to tell one happening from another of the same town, weapon and
    side (every report of one insurgency in one province shares those, and the loose
    words of that kind of attack). Two reports that both give a figure of one kind, not
    the same and neither agreeing nor apart (close, or the lower "at least"), with no
    figure alike, rare name, detail or telling shared, speak of another attack
    (``open_tolls_apart``). Added to the figures, so it contradicts nothing in the
    complete-link guard."""
    differ = np.zeros(i.shape, dtype=bool)
    for r in range(t.count.shape[0]):
        a, b = t.count[r, i], t.count[r, j]
        neutral = count_agreement(a, b, t.qualifier[r, i], t.qualifier[r, j], cfg) == 0
        differ |= (a >= 0) & (b >= 0) & (a != b) & neutral
    particular = (comps["counts"] != 0) | (comps["names"] > 0) | (comps["details"] > 0) \
        | (comps["copy"] > 0)
    apart = (t.dopen[i] | t.dopen[j]) & np.isclose(comps["date"], cfg.date_open) \
        & differ & ~particular
    return np.where(apart, cfg.open_tolls_apart, 0.0)


def status_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig) -> np.ndarray:
    """A plot and an attack may be one incident, but that needs stronger evidence."""
    a, b = t.status[i], t.status[j]
    hi, lo = np.maximum(a, b), np.minimum(a, b)
    out = np.zeros(i.shape)
    occurred = lo == _OCCURRED
    out[occurred & ((hi == _PLANNED) | (hi == _THWARTED))] = cfg.status_planned_vs_occurred
    out[occurred & (hi == _ALLEGED)] = cfg.status_alleged_vs_occurred
    out[(hi == _DENIED) & (lo != _DENIED)] = cfg.status_denied_vs_other
    return out


def cosine(t: NodeTable, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Row-wise cosine of the (l2-normalised) word rows."""
    if i.size == 0:
        return np.zeros(0)
    return np.asarray(t.text[i].multiply(t.text[j]).sum(axis=1)).reshape(-1)


def text_component(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig,
                   cos: np.ndarray | None = None) -> np.ndarray:
    both = t.has_text[i] & t.has_text[j]
    value = np.clip(cfg.text_weight * ((cosine(t, i, j) if cos is None else cos) - cfg.text_center),
                    cfg.text_min, cfg.text_max)
    return np.where(both, value, 0.0)


def _shared_words(t: NodeTable, i: np.ndarray, j: np.ndarray, cos: np.ndarray) -> np.ndarray:
    """How many words two reports share: their rows are binary and l2-normalised, so the
    cosine times the root of the two word counts."""
    words = np.diff(t.text.indptr)
    return cos * np.sqrt(words[i].astype(float) * words[j])


def told_alike(t: NodeTable, i: np.ndarray, j: np.ndarray, cos: np.ndarray,
               cfg: FuseConfig) -> np.ndarray:
    """The two reports tell the happening in nearly the same words (one agency's story
    in two outlets, or one source retold): most of their words are shared
    (``copy_cosine``), and enough of them (``copy_min_words``) that short formulaic
    sentences ("gunmen killed soldiers in the town") do not pass for a copy."""
    return t.has_text[i] & t.has_text[j] & (cos >= cfg.copy_cosine) \
        & (_shared_words(t, i, j, cos) >= cfg.copy_min_words - 0.5)


def names_component(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                    cfg: FuseConfig) -> np.ndarray:
    """Rare names both reports write (fuse/names.py): the sum of their weights, when at
    least ``name_min_shared`` are shared, or one that is no place the batch's events are
    placed at (a person, a unit: one shared place name may be the village both of two
    incidents took place in), and nothing else speaks against the pair (another day, a
    place far off, another side: a name does not undo a contradiction)."""
    out = np.zeros(i.shape)
    if t.names is None or t.name_weights is None or i.size == 0:
        return out
    shared = t.names[i].multiply(t.names[j]).tocsr()
    count = np.diff(shared.indptr)
    weight = shared @ t.name_weights
    not_place = shared @ (~t.name_places).astype(float) if t.name_places is not None \
        else np.zeros(i.shape)
    enough = (count >= cfg.name_min_shared) | ((count == 1) & (not_place >= 1))
    ok = enough & _uncontradicted(t, i, j, comps, cfg)
    return np.where(ok, np.minimum(cfg.name_max, cfg.name_weight * weight), 0.0)


def details_component(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                      cfg: FuseConfig) -> np.ndarray:
    """Rare lower-case words both reports write (fuse/names.py: "dormitory", "canoes"):
    their summed weight, from ``detail_min`` on, when nothing else speaks against the pair."""
    if t.details is None or t.detail_weights is None or i.size == 0:
        return np.zeros(i.shape)
    weight = t.details[i].multiply(t.details[j]).tocsr() @ t.detail_weights
    ok = (weight >= cfg.detail_min) & _uncontradicted(t, i, j, comps, cfg)
    return np.where(ok, np.minimum(cfg.detail_max, cfg.detail_weight * weight), 0.0)


def _uncontradicted(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                    cfg: FuseConfig) -> np.ndarray:
    """Pairs of two articles where no component computed so far speaks against the match
    (figures aside, and an undated page's open date is missing evidence): what two reports
    share in words does not undo another day, a place far off or another side."""
    return ~contradicting(comps, cfg, i.shape) & (t.article[i] != t.article[j])


def _same_article(t: NodeTable, i: np.ndarray, j: np.ndarray, comps: dict[str, np.ndarray],
                  cfg: FuseConfig) -> np.ndarray:
    """Two events of one article are different events unless near-identical (a
    headline repeating the lead): same type, nothing contradicting, similar evidence."""
    out = np.zeros(i.shape)
    same = np.flatnonzero(t.article[i] == t.article[j])
    if same.size == 0:
        return out
    a, b = i[same], j[same]
    va, vb = t.evidence_vectors(a, cfg), t.evidence_vectors(b, cfg)
    ev_cos = np.asarray(va.multiply(vb).sum(axis=1)).reshape(-1)
    ok = (ev_cos >= cfg.same_article_min_cosine) & (t.etype[a] == t.etype[b])
    for name in ("mode", "date", "place", "actor", "recipient", "counts", "status"):
        ok &= comps[name][same] >= 0
    out[same] = np.where(ok, 0.0, VETO)
    return out


def score_chunk(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig,
                modes: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    cos = cosine(t, i, j)
    comps = {
        "type": type_component(t, i, j, cfg),
        "mode": mode_component(t, i, j, modes, cfg),
        "date": date_component(t, i, j, cfg),
        "place": place_component(t, i, j, cfg),
        "actor": actor_component(t, i, j, cfg),
        "recipient": recipient_component(t, i, j, cfg),
        "counts": counts_component(t, i, j, cfg),
        "status": status_component(t, i, j, cfg),
        "text": text_component(t, i, j, cfg, cos),
        "country": np.where((t.country[i] < 0) & (t.country[j] < 0), cfg.no_country, 0.0),
    }
    # with one date open (an undated page) and nothing in it against the other report's
    # day, the words the reports share carry the link
    # (two words alike, "suspect arrested", are what any two reports of the kind share)
    open_gain = (t.dopen[i] | t.dopen[j]) & (comps["text"] > cfg.text_gain_min) \
        & (comps["date"] >= cfg.date_open) \
        & (_shared_words(t, i, j, cos) >= cfg.text_gain_min_words - 0.5)
    comps["text"] = np.where(open_gain, comps["text"] * cfg.text_gain_open_date, comps["text"])
    comps["counts"] = counted_figures_open(t, i, j, comps, cfg)
    comps["toll_town"] = np.zeros(i.shape)    # set below, once the names are known
    # the same telling in two outlets: the places, figures and weapons they name are
    # the same, so readings that differ (the town the victims were taken to, the toll
    # of another day the sentences give) are no evidence of two happenings; the date
    # still is (a story retold on another day)
    # (two outlets: the happenings one sentence tells together are not told alike)
    copy = told_alike(t, i, j, cos, cfg) & (comps["date"] >= cfg.date_open) \
        & (t.article[i] != t.article[j])
    if copy.any():
        for name in ("mode", "place", "counts"):
            comps[name] = np.where(copy, np.maximum(comps[name], 0.0), comps[name])
    comps["copy"] = np.where(copy, cfg.copy_bonus, 0.0)
    comps["names"] = names_component(t, i, j, comps, cfg)
    comps["details"] = details_component(t, i, j, comps, cfg)
    comps["toll_town"] = toll_in_town(t, i, j, comps, cfg)
    comps["date"] = comps["date"] - _weekday_alone(t, i, j, comps, cfg)
    comps["counts"] = comps["counts"] + open_tolls_apart(t, i, j, comps, cfg)
    comps["same_article"] = _same_article(t, i, j, comps, cfg)
    comps["story"] = np.zeros(i.shape)      # filled per article pair (fuse/stories.py)
    logit = cfg.prior + sum(comps.values())
    return 1.0 / (1.0 + np.exp(-logit)), comps


def score_pairs(t: NodeTable, i: np.ndarray, j: np.ndarray, cfg: FuseConfig,
                keep_above: float | None = None) -> PairScores:
    """Score candidate pairs in chunks; keep only pairs scoring ≥ ``keep_above``."""
    modes = mode_matrix(t, cfg)
    out_i, out_j, out_s = [], [], []
    out_c: dict[str, list[np.ndarray]] = {name: [] for name in COMPONENTS}
    for start in range(0, i.size, cfg.pair_chunk):
        ci, cj = i[start:start + cfg.pair_chunk], j[start:start + cfg.pair_chunk]
        score, comps = score_chunk(t, ci, cj, cfg, modes)
        # two parts of one happening in one article are kept for the guard
        keep = np.ones(ci.shape, bool) if keep_above is None else \
            (score >= keep_above) | told_twice(comps, cfg)
        out_i.append(ci[keep])
        out_j.append(cj[keep])
        out_s.append(np.round(score[keep], 6))
        for name in COMPONENTS:
            out_c[name].append(comps[name][keep].astype(np.float32))

    def cat(parts: list[np.ndarray], dtype) -> np.ndarray:
        return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
    return PairScores(cat(out_i, np.int64), cat(out_j, np.int64), cat(out_s, float),
                      {name: cat(v, np.float32) for name, v in out_c.items()})
