"""Rare names two reports share: evidence of one happening whatever its date.

An undated page and a dated report of the same place, kind and side are alike to the
other scores however many incidents that place has seen. What tells one incident from
another is what only its reports write: the victim's or the suspect's name, the village,
the unit. A *name* is a capitalised word inside a sentence (not its first word, not a
stop word, weekday, month or title: ``not_names`` of data/fusion_modes.yaml) that the
reports fused together never write in lower case (so "Police" or "Encounter" heading a
clause, or a title-cased phrase, is no name). It is rare when few reports write it: a
shared name weighs ``log(reports / reports writing it) − name_rarity``, so in a batch of
a thousand reports a name written by six of them or fewer counts and the name of a
city, a country or an armed group, written by dozens, does not; a batch too small for
any name to clear that bar lowers it (``NameStats.bar``), and one of fewer than 30
reports, which cannot tell rarity at all, weighs a name the two reports alone write by
its rarity in general English (``english_weight``). Two shared names are needed,
or one that is no word of a place the batch's events are placed at: one rare
place name in common may be the village where two incidents took place. The statistics
are those of the whole batch; a Spark job computes them in one pass over all events and
hands them to every segment (``polybius.spark.fuse``), so segment-wise fusion scores
pairs as a batch run does.

*Details* are the same idea for the words a report writes in lower case: "canoes",
"dormitory", "beard", "pubs". A word of four letters or more, no stop word, written by
few reports of a large batch, is a detail of one happening that two outlets both tell; it
weighs ``log(reports / reports writing it) − detail_rarity`` (0 in a batch too small for
any word to clear that bar: there every shared word looks rare), and the sum counts only
from ``detail_min`` (one word two reports of a thousand write, or several rarer than
common ones). On the 1140-article development corpus a lower bar brought in reports of
other attacks on the same town (shared words of that kind of attack); at this one it
linked 8 more pairs of one incident and none of two.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from polybius.fuse.config import (DISPUTE_TYPES, DISTRICT_SKIP, DISTRICT_WORDS, EPITHET_ENDS,
                                  NOT_NAMES, FuseConfig)
from polybius.records import Event

# a capitalised word of three letters or more, and a word written in lower case
_CAPITAL = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]{2,}")
_LOWER = re.compile(r"(?<![\w'’-])[a-z\u00df-\u00ff][\w'’-]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DETAIL = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}")
_OPENING = re.compile(r"(?:^|[.!?])[\s\"'“‘(\[]*$")
_SKIP = frozenset(ENGLISH_STOP_WORDS) | NOT_NAMES


def told(ev: Event) -> str:
    """The sentences telling the event (its mentions, else its evidence sentence)."""
    if ev.mentions:
        return " ".join(m.sentence for m in ev.mentions)
    return ev.evidence.sentence if ev.evidence is not None and ev.evidence.sentence else ""


def name_words(text: str | None) -> frozenset[str]:
    """Capitalised words inside the sentences of ``text`` (casefolded): not a sentence's
    first word, at least three letters, no stop word, weekday, month or title."""
    out: set[str] = set()
    text = text or ""
    for match in _CAPITAL.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        key = word.casefold()
        if key in _SKIP or key in out:
            continue
        if _OPENING.search(text, max(0, match.start() - 8), match.start()):
            continue        # the first word of a sentence
        out.add(key)
    return frozenset(out)


def detail_words(text: str | None) -> frozenset[str]:
    """Words of four letters or more that ``text`` writes in lower case, without stop
    words: the details a report tells."""
    return frozenset(w for w in _DETAIL.findall(text or "")
                     if w not in ENGLISH_STOP_WORDS and not _epithet(w))


def _epithet(word: str) -> bool:
    """A compound describing a region ("insurgency-plagued", "rebel-held"): wire copy
    writes it in every story of a conflict, so it is no detail of one happening."""
    head, _, end = word.rpartition("-")
    return bool(head) and end in EPITHET_ENDS


_UNIT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(DISTRICT_WORDS, key=len, reverse=True))
# capitalised words before the unit, a list of them too ("Imphal West and Kangpokpi districts")
_NAME_RUN = r"((?:[^\W\d_a-z][\w'’-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)){1,8})"
_DISTRICT_BEFORE = re.compile(_NAME_RUN + r"(?i:" + (_UNIT or "(?!)") + r")\b")
_DISTRICT_AFTER = re.compile(r"\b(?i:" + (_UNIT or "(?!)") + r")\s+of\s+((?:[^\W\d_a-z][\w'’-]*\s*){1,3})")
_POSSESSIVE = re.compile(r"[’']s$")


def district_names(text: str | None) -> frozenset[str]:
    """Words of the districts the sentences name ("in X district", "Y Local
    Government Area", "the district of Z", "X West and Y districts"),
    casefolded, letters only, four or more:
    without a possessive word ("Narathiwat's Rangae" names Rangae) or a direction word
    (``district_skip`` of data/fusion_modes.yaml)."""
    out: set[str] = set()
    text = text or ""
    for pattern in (_DISTRICT_BEFORE, _DISTRICT_AFTER):
        for match in pattern.finditer(text):
            for word in re.split(r"[\s,]+", match.group(1)):
                if _POSSESSIVE.search(word):
                    continue
                key = "".join(ch for ch in word.casefold() if ch.isalpha())
                if len(key) >= 4 and key not in DISTRICT_SKIP and key not in _SKIP:
                    out.add(key)
    return frozenset(out)


# the first word of each district word: a text whose words hold none names no district
_DISTRICT_FIRST = frozenset(w.split()[0] for w in DISTRICT_WORDS if w.split())


def may_name_district(*word_sets: frozenset[str]) -> bool:
    """Whether a text whose ``name_words`` and ``detail_words`` these are may name a
    district (holds the first word of a district word): most do not, and reading them
    with ``district_names`` costs more than these set lookups."""
    return any(not _DISTRICT_FIRST.isdisjoint(words) for words in word_sets)


def place_keys(ev: Event) -> frozenset[str]:
    """``place_words`` of the event, letters only: what a district name is compared with."""
    return frozenset("".join(ch for ch in w if ch.isalpha()) for w in place_words(ev))


def lower_words(text: str | None) -> set[str]:
    """Words ``text`` writes in lower case: common words, whatever else capitalises them."""
    return set(_LOWER.findall(text or ""))


def place_words(ev: Event) -> set[str]:
    """The words of the place the event is placed at (its name, province, the text read):
    a name shared by every report of that place, not only by those of one happening."""
    loc = ev.location
    if loc is None:
        return set()
    return {w.casefold() for part in (loc.text, loc.name, loc.admin1) if part
            for w in _WORD.findall(part)}


def disputes(ev: Event) -> bool:
    """The event disputes a doer (a blame, a denial: ``disputes`` of data/fusion_modes.yaml)."""
    return ev.event_type.upper() in DISPUTE_TYPES


def disputing_articles(events: Iterable[Event]) -> frozenset[str]:
    """The articles of the events that dispute a doer."""
    return frozenset(ev.article.id for ev in events if disputes(ev))


@dataclass(frozen=True)
class NameStats:
    """How many reports (articles) write each name, the words written in lower case, the
    words of the places the batch's events are placed at, how many reports write each
    detail word, and the articles that tell a dispute over a doer (``disputes`` of
    data/fusion_modes.yaml: a blame, a denial)."""

    reports: int = 0
    df: Mapping[str, int] = field(default_factory=dict)
    lower: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    detail_df: Mapping[str, int] = field(default_factory=dict)
    disputed: frozenset[str] = frozenset()

    @classmethod
    def of_events(cls, events: Iterable[Event]) -> "NameStats":
        events = list(events)
        texts = [told(ev) for ev in events]
        return cls.of_texts([ev.article.id for ev in events], texts,
                            [name_words(text) for text in texts],
                            {w for ev in events for w in place_words(ev)},
                            disputed=disputing_articles(events))

    @classmethod
    def of_texts(cls, articles: Sequence[str], texts: Sequence[str | None],
                 names: Sequence[frozenset[str]], places: Iterable[str] = (),
                 details: Sequence[frozenset[str]] | None = None,
                 disputed: Iterable[str] = ()) -> "NameStats":
        """From each event's article id, told text, ``name_words`` and ``detail_words`` of
        it (read from the text when not given), and the ``place_words`` of all of them."""
        if details is None:
            details = [detail_words(text) for text in texts]
        by_article: dict[str, set[str]] = {}
        by_article_details: dict[str, set[str]] = {}
        for article, words, told_details in zip(articles, names, details):
            by_article.setdefault(article, set()).update(words)
            by_article_details.setdefault(article, set()).update(told_details)
        lower = lower_words(" ".join(text for text in texts if text))
        return cls.from_counts(len(by_article),
                               Counter(w for words in by_article.values() for w in words),
                               (w.casefold() for w in lower), places,
                               Counter(w for words in by_article_details.values() for w in words),
                               disputed)

    @classmethod
    def from_counts(cls, reports: int, df: Mapping[str, int], lower: Iterable[str],
                    places: Iterable[str] = (),
                    detail_df: Mapping[str, int] | None = None,
                    disputed: Iterable[str] = ()) -> "NameStats":
        lower = frozenset(lower)
        return cls(reports, {w: c for w, c in df.items() if w not in lower}, lower,
                   frozenset(places), dict(detail_df or {}), frozenset(disputed))

    def names(self, ev: Event) -> frozenset[str]:
        """The event's names, without the words the batch writes in lower case."""
        return name_words(told(ev)) - self.lower

    def weight(self, word: str, cfg: FuseConfig) -> float:
        """log(reports / reports writing it) − the bar (``bar``), at least 0; in a batch
        too small to tell rarity, the name's rarity in English (``english_weight``)."""
        count = self.df.get(word, 0)
        if count <= 0 or self.reports <= 0:
            return 0.0
        if self.reports < cfg.name_min_reports:
            return english_weight(word, cfg) if count <= cfg.name_english_df else 0.0
        return max(0.0, math.log(self.reports / count) - self.bar(cfg))

    def detail_weight(self, word: str, cfg: FuseConfig) -> float:
        """log(reports / reports writing it) − detail_rarity, at least 0 (0 in a batch
        of fewer than ``name_min_reports``, which tells nothing of rarity)."""
        count = self.detail_df.get(word, 0)
        if count <= 0 or self.reports < cfg.name_min_reports:
            return 0.0
        return max(0.0, math.log(self.reports / count) - cfg.detail_rarity)

    def bar(self, cfg: FuseConfig) -> float:
        """``name_rarity``, lowered in a batch too small for any name to clear it: there a
        name two reports write weighs what it weighs in the batch of about 735 reports the
        bar was set on (log(reports / 2) − ``name_small_batch``, 0.8 for the default). A
        batch of fewer than ``name_min_reports`` tells nothing of rarity (in two reports
        every shared word is "rare"), so there the bar stays and ``weight`` reads a name's
        rarity in English instead."""
        if self.reports < cfg.name_min_reports:
            return cfg.name_rarity
        return min(cfg.name_rarity, math.log(self.reports / 2) - cfg.name_small_batch)


@lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """The word's Zipf frequency in English (log10 of its uses per billion words; 0 for
    a word wordfreq does not know): about 7 for "the", 5 for "police", 3 for a provincial
    capital in the news, under 2 for a village or a rare surname."""
    from wordfreq import zipf_frequency   # only small batches need it

    return float(zipf_frequency(word, "en"))


def english_weight(word: str, cfg: FuseConfig) -> float:
    """A name's weight by its rarity in general English, for a batch too small to count
    rarity in (``name_min_reports``): name_english_weight × (name_english_zipf − Zipf),
    between 0 and name_english_max. A word English rarely writes, written by only the
    two reports of the batch that share it, is the village or the victim their happening
    had; a common word, a surname thousands bear or a city in the news weighs nothing."""
    value = cfg.name_english_weight * (cfg.name_english_zipf - zipf(word))
    return min(cfg.name_english_max, max(0.0, value))


def _binary_rows(sets: Sequence[frozenset[str]], n: int, weigh):
    """(binary node × word matrix, weight per column, column of each word) for ``n``
    nodes, the first ``len(sets)`` of them with their words; words weighing 0 are left out."""
    import numpy as np
    from scipy import sparse

    columns: dict[str, int] = {}
    weights: list[float] = []
    indptr, indices = [0], []
    cache: dict[str, float] = {}
    for words in sets:
        for word in sorted(words):
            w = cache.get(word)
            if w is None:
                w = cache[word] = weigh(word)
            if w <= 0.0:
                continue
            col = columns.get(word)
            if col is None:
                col = columns[word] = len(weights)
                weights.append(w)
            indices.append(col)
        indptr.append(len(indices))
    indptr.extend([len(indices)] * (n - len(sets)))
    matrix = sparse.csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int64),
                                np.array(indptr, dtype=np.int64)),
                               shape=(n, max(1, len(weights))))
    return matrix, np.array(weights or [0.0]), columns


def name_rows(names: Sequence[frozenset[str]], n: int, stats: NameStats, cfg: FuseConfig):
    """(binary node × rare-name matrix, weight per column, whether each column is a place
    word of the batch) for ``n`` nodes, the first ``len(names)`` of them events with their
    ``name_words`` (stand-ins for incidents have no names)."""
    import numpy as np

    matrix, weights, columns = _binary_rows(
        names, n, lambda word: 0.0 if word in stats.lower else stats.weight(word, cfg))
    place = np.zeros(weights.size, dtype=bool)
    for word, col in columns.items():
        place[col] = word in stats.places
    return matrix, weights, place


def detail_rows(details: Sequence[frozenset[str]], n: int, stats: NameStats, cfg: FuseConfig):
    """(binary node × rare-detail matrix, weight per column) likewise, of ``detail_words``."""
    matrix, weights, _ = _binary_rows(details, n, lambda word: stats.detail_weight(word, cfg))
    return matrix, weights


__all__ = ["NameStats", "detail_rows", "detail_words", "disputes", "disputing_articles", "district_names",
           "english_weight", "lower_words", "may_name_district", "name_rows", "name_words", "place_keys",
           "place_words", "told", "zipf"]
