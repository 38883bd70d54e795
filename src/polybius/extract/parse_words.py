"""The closed word lists of ``data/parse_words.yaml``, read once.

The argument and assembly rules look for a few small classes of English words (place
kinds, compass words, prepositions, verbs of saying); they live in a data file like
the rest of the vocabulary, and this module is the one place that reads it and fails
loudly, naming the list, when it is malformed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from polybius.resources import package_data_dir


class ParseWordsError(ValueError):
    """``parse_words.yaml`` is malformed; the message names the list."""


@dataclass(frozen=True)
class ParseWords:
    place_kind_words: frozenset[str]
    division_words: frozenset[str]
    directions: frozenset[str]
    area_words: frozenset[str]
    place_part_words: frozenset[str]
    unplaced_sites: frozenset[str]
    sub_national: frozenset[str]
    location_preps: frozenset[str]
    temporal_preps: frozenset[str]
    hit_verbs: frozenset[str]
    aiming_verbs: frozenset[str]
    discharged_nouns: frozenset[str]
    strike_nouns: frozenset[str]
    forces_modifiers: frozenset[str]
    attributing_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    charging_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    age_words: frozenset[str]
    anaphors: frozenset[str]
    date_filler: frozenset[str]
    dated_happening_nouns: frozenset[str]
    toll_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    scheduling_words: frozenset[str]
    arrangement_verbs: frozenset[str]
    circumstance_marks: frozenset[str]
    person_relatives: frozenset[str]
    open_ends: frozenset[str]
    another: tuple[str, ...]
    intel_actor_words: tuple[str, ...]

    def direction_prefix(self) -> re.Pattern:
        """A compass word and the space after it, at the start of a lower-cased name."""
        return re.compile(r"^(" + "|".join(_longest_first(self.directions)) + r")\s+")

    def direction_word(self) -> re.Pattern:
        """A whole token that is a compass word, any case."""
        return re.compile(r"^(" + "|".join(_longest_first(self.directions)) + r")$", re.I)

    def intel_actor(self) -> re.Pattern:
        """Any intelligence word as a whole word ("cia", not the "cia" of "officials")."""
        return re.compile(r"\b(?:" + "|".join(_longest_first(self.intel_actor_words)) + r")\b", re.I)

    def another_opening(self) -> re.Pattern:
        """A phrase that opens with one more of a kind ("another", "a second")."""
        return re.compile(r"^(?:" + "|".join(_longest_first(self.another)) + r")\b", re.I)


def _longest_first(words) -> list[str]:
    return [re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))]


@lru_cache(maxsize=1)
def parse_words() -> ParseWords:
    """The package's lists (the rules that use them are module-level, before any settings)."""
    return load_parse_words(package_data_dir() / "parse_words.yaml")


def load_parse_words(path: Path) -> ParseWords:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    lists = {}
    for name in ParseWords.__dataclass_fields__:
        words = doc.get(name)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise ParseWordsError(f"parse_words.yaml: '{name}' must be a non-empty list of words")
        lists[name] = tuple(words) if name in ("another", "intel_actor_words") else frozenset(words)
    return ParseWords(**lists)
