"""Fusion knobs in one frozen dataclass: blocking windows and pair-score weights.

The pair score is a sum of log-odds contributions (Fellegi-Sunter style): every
component adds evidence for or against "same happening", a missing component adds
nothing, and the sum goes through a sigmoid. So the weights below read as "how much
does this agreement/disagreement move the odds", and the two thresholds that matter
(``threshold`` and ``link_guard``) come from ``Settings``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

import yaml

from polybius.settings import DATA_DIR, Settings

# Event types that may describe one happening. Each family is one blocking key; a
# type missing here is its own family.
TYPE_FAMILIES: Mapping[str, str] = MappingProxyType({
    "ASSAULT": "violence",
    "THREATEN": "threat",
    "COERCE": "coerce",
    "PROTEST": "protest",
    "MOBILIZE": "protest",
})

MODES_FILE = DATA_DIR / "fusion_modes.yaml"
_MODES: dict = yaml.safe_load(MODES_FILE.read_text(encoding="utf-8")) or {}


def _mode_sets(key: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in _MODES.get(key) or ())


def _types(key: str) -> frozenset[str]:
    return frozenset(str(t).upper() for t in _MODES.get(key) or ())


# Modes that different outlets use for the same attack ("bombing" vs "suicide
# bombing", "raid" that later turns out to include arrests), and modes one attack
# combines (gunmen, a bomb, arson): data/fusion_modes.yaml.
MODE_GROUPS: tuple[frozenset[str], ...] = _mode_sets("related")
COMBINED_MODES: tuple[frozenset[str], ...] = _mode_sets("combined")
# Statement types (a denial, a claim, a threat): their shared mode is no evidence.
STATEMENT_TYPES: frozenset[str] = _types("statements")
# Types that recur day after day in one city (protests): only the same day is evidence.
RECURRING_TYPES: frozenset[str] = _types("recurring")
DISPUTE_TYPES: frozenset[str] = _types("disputes")
# Words telling a happening at night: a day's gap between two reports of it is no evidence.
NIGHT_WORDS: frozenset[str] = frozenset(str(w).casefold() for w in _MODES.get("night_words") or ())
# Words of a date naming a span of days ("the weekend"): its day is compared as that span.
SPAN_WORDS: frozenset[str] = frozenset(str(w).casefold() for w in _MODES.get("span_words") or ())
# Words of saying: a weekday right after one is the day the news was told.
SAYING_WORDS: frozenset[str] = frozenset(str(w).casefold() for w in _MODES.get("saying_words") or ())


def _weapon_words() -> Mapping[str, re.Pattern]:
    """Words naming each weapon in a report's sentences, mode -> pattern: the extractor's
    sentence cues (cues.yaml modes.sentence_cues) are the one list of them; a cue matches
    in the singular or plural ("blast", "blasts")."""
    cues = yaml.safe_load((DATA_DIR / "cues.yaml").read_text(encoding="utf-8")) or {}
    words: dict[str, list[str]] = {}
    for mode, phrases in (cues.get("modes") or {}).get("sentence_cues") or ():
        words.setdefault(mode, []).extend(str(p).casefold() for p in phrases)
    return MappingProxyType({
        mode: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ws) + r")(?:s|es)?\b")
        for mode, ws in words.items()})


WEAPON_WORDS: Mapping[str, re.Pattern] = _weapon_words()


def _actor_families() -> Mapping[str, str]:
    """Canonical name of each named group with a parent in data/actors.yaml -> the name
    of its oldest ancestor ("Islamic State Khorasan Province" -> "Islamic State"):
    outlets name a branch or its parent for one attack, which is no disagreement."""
    data = yaml.load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    entries = {e["id"]: e for e in data.get("entries") or () if isinstance(e, dict) and "id" in e}
    out = {}
    for entry in entries.values():
        root, seen = entry, {entry["id"]}
        while root.get("parent") in entries and root["parent"] not in seen:
            seen.add(root["parent"])
            root = entries[root["parent"]]
        if root is not entry:
            out[str(entry["name"]).casefold()] = str(root["name"])
    return MappingProxyType(out)


ACTOR_FAMILIES: Mapping[str, str] = _actor_families()
# Words naming a district after a name ("X district"), and words of such a name that
# tell no district apart ("North"): fuse/names.py, district_names.
DISTRICT_WORDS: tuple[str, ...] = tuple(str(w).casefold() for w in _MODES.get("district_words") or ())
DISTRICT_SKIP: frozenset[str] = frozenset(str(w).casefold() for w in _MODES.get("district_skip") or ())
# Capitalised words that are no names (a weekday, a month, a title): fuse/names.py.
NOT_NAMES: frozenset[str] = frozenset(str(w).casefold() for w in _MODES.get("not_names") or ())
# Last parts of a compound describing a region ("insurgency-plagued"): no detail of a happening.
EPITHET_ENDS: frozenset[str] = frozenset(str(w).casefold() for w in _MODES.get("epithet_ends") or ())


@dataclass(frozen=True)
class FuseConfig:
    """Everything the fusion stage can be tuned with (log-odds weights unless noted)."""

    # Decision thresholds on the final probability-like score (from Settings).
    threshold: float = 0.45
    link_guard: float = 0.35
    # A cross pair under the guard still lets two clusters merge when it scores at least
    # this and nothing in it contradicts (it is low for want of a date or a precise place,
    # not because the reports disagree); "contradiction" is a component at or below it.
    guard_floor: float = 0.02
    contradiction: float = -1.0
    prior: float = -2.5                 # log-odds before any evidence

    # Blocking: days added on both sides of an event's date interval.
    day_window: int = 3
    undated_lookback: int = 7           # undated event: [published - 7, published]
    defaulted_date_lookback: int = 2    # date = publication, no date text: [pub - 2, pub]
    named_weekday_slack: int = 1        # ... but "on Monday" in its sentences: [Monday - 1, Monday]

    same_type: float = 0.5
    other_type_same_family: float = -1.0
    same_mode: float = 0.8
    compatible_mode: float = 0.2
    combined_mode: float = -0.5        # two weapons of one attack (fusion_modes.yaml)
    told_mode: float = 0.2             # ... when one report's sentences name the other's weapon
    incompatible_mode: float = -1.5

    date_same_day: float = 2.0
    date_gap: tuple[float, ...] = (-0.8, -2.0, -3.0)   # day gap 1, 2, 3 (and beyond)
    date_night_gap: float = 0.0         # a day's gap when a report tells a night
    date_week_overlap: float = 0.8
    date_month_overlap: float = 0.6
    date_year_overlap: float = 0.0      # coarse dates are only compared when they overlap: the
    #                                     same year is no evidence, the candidacy already implies it
    date_disjoint: float = -3.0
    date_open: float = -1.5             # one side has no date and no publication day
    date_weekday_agree: float = 1.5     # ... but names the other report's weekday (about
    #                                     log 6: one other day in seven shares it)
    date_weekday_conflict: float = -2.0  # ... or another weekday / day of the month
    weekday_figures_min: float = 0.3    # agreeing figures back a shared weekday above this
    #                                     (one or two arrests alike weigh 0.18 / 0.29: no)

    # Location: agreement grows with the precision of the coarser of the two places.
    place_radius_km: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({
        "point": 3.0, "city": 15.0, "admin2": 60.0, "admin1": 200.0}))
    place_agree: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({
        "point": 2.0, "city": 1.0, "admin2": 0.7, "admin1": 0.4}))
    place_far: float = -4.5             # farther than 3 radii apart: two places
    other_district: float = -2.5        # two districts named apart, farther than a district's
    #                                     radius: two places (as two provinces without coordinates)
    districts_apart: float = -1.0       # the sentences of both name districts, none alike
    #                                     and none the other's place: at most this
    district_alike: float = 0.75        # two district words this alike (difflib) are one
    #                                     name spelt two ways ("Hareb", "Harib")
    admin1_agree: float = 0.4           # no coordinates, same admin1
    admin1_conflict: float = -2.5       # no coordinates, different admin1
    name_agree: float = 1.0             # no coordinates, same place name
    no_country: float = -1.0            # both events lack a country: be conservative

    actor_agree_group: float = 0.8      # same named armed group / civilians / political
    actor_agree_state: float = 0.3      # same state or security force (weak: common)
    actor_conflict: float = -1.0

    count_agree: float = 1.2            # scaled by the magnitude of the count
    count_conflict: float = -1.2
    count_close_ratio: float = 0.5      # figures apart by less than this share of the larger
    count_close_abs: int = 2            # ... or by at most this many: no conflict (a figure
    #                                     half the other's is another count: 8 dead against 4)
    rising_toll_days: int = 7           # a higher figure published 1..this many days later:
    #                                     a rising toll, no conflict
    rising_toll_max_ratio: float = 10.0  # ... and at most this many times the lower figure
    # one date open: agreeing figures count this many times when a figure both give alike
    # was counted, not rounded (equal, at least count_open_min, no multiple of ten)
    count_open_gain: float = 1.5
    count_open_min: int = 10
    # ... or when two figures of two kinds agree (the dead and the wounded), each at least
    # this many: two tallies of one happening, which another attack seldom matches both
    count_open_pair_min: int = 4
    # one date open: the same town, the same weapon and one figure alike of at least
    # toll_town_min, no multiple of ten (no one, two or three dead: what many reports of a
    # town give; no round "50 dead") add this
    toll_town: float = 0.5
    toll_town_min: int = 4
    # one date open with nothing for or against the other report's day: figures of one
    # kind that differ without agreeing or being apart (close, "at least"), and no figure,
    # rare name, detail or telling alike: another attack of that town and side (another
    # massacre of one insurgency gives another figure)
    open_tolls_apart: float = -0.3

    status_planned_vs_occurred: float = -1.5
    status_alleged_vs_occurred: float = -0.2
    status_denied_vs_other: float = -0.5

    text_weight: float = 3.0            # contribution = weight * (cosine - text_center)
    text_center: float = 0.2
    text_min: float = -0.6
    text_max: float = 1.5
    text_gain_open_date: float = 2.0    # agreeing text counts double when one date is open
    text_gain_min: float = 0.3          # ... and its contribution is above this
    text_gain_min_words: int = 3        # ... and the two share at least this many words
    text_features: int = 2 ** 18
    copy_cosine: float = 0.6            # told alike: this cosine of the word rows ...
    copy_min_words: int = 12            # ... and at least this many words shared
    copy_bonus: float = 1.5             # ... the same story in two outlets

    # Rare names both reports write (a victim, a village, a unit): each shared name a
    # report of the batch writes with weight log(reports / reports writing it) − name_rarity
    # (fuse/names.py), summed, times name_weight, at most name_max; only when at least
    # name_min_shared such names are shared, or one that is no place the batch's events
    # are placed at (a person, a unit), and nothing else contradicts the pair.
    name_rarity: float = 5.1
    # in a batch too small for a name to clear name_rarity, the bar is log(reports / 2) minus
    # this: a name two reports write weighs what it weighs among ~735 reports (fuse/names.py)
    name_small_batch: float = 0.8
    name_min_reports: int = 30          # ... and a batch of fewer reports tells nothing of rarity
    # there, a name two reports write and no other report of the batch does weighs by its
    # rarity in general English (wordfreq's Zipf frequency, in the wheel's data):
    # min(name_english_max, name_english_weight × (name_english_zipf − Zipf)): a village, a
    # victim's surname or a unit, not a common word or a big place (fuse/names.py)
    name_english_zipf: float = 3.0
    name_english_weight: float = 0.8
    name_english_max: float = 0.75
    name_english_df: int = 2
    name_weight: float = 1.0
    name_max: float = 1.5
    name_min_shared: int = 2
    # rare lower-case words both reports write ("details", fuse/names.py): each weighs
    # log(reports / reports writing it) − detail_rarity; the sum, times detail_weight, at
    # most detail_max, counts from detail_min on, when nothing else contradicts the pair
    detail_rarity: float = 5.0
    detail_min: float = 1.0
    detail_weight: float = 2.0
    detail_max: float = 1.5

    story_floor: float = 0.2            # a pair counts as a match of two stories' happenings
    story_bonus: float = 1.0            # each match of two or more between two articles

    same_article_min_cosine: float = 0.5   # evidence-only cosine to merge within an article
    pair_chunk: int = 400_000              # pairs scored per vectorised chunk

    @classmethod
    def from_settings(cls, settings: Settings | None, **overrides) -> "FuseConfig":
        """Thresholds from ``Settings``; everything else from the defaults above."""
        base = cls()
        if settings is not None:
            base = replace(base, threshold=settings.fuse_threshold,
                           link_guard=settings.fuse_link_guard)
        return replace(base, **overrides) if overrides else base
