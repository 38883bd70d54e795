"""Two reports that tell the same several happenings are one story.

A pair of events is weak evidence on its own when a report lacks a date (an undated
web page) or a precise place: many attacks share a country, a kind and a group. But
when two articles each tell two or more happenings (an ambush and the arrests after
it; a bombing and the clash that followed) and each of one article's happenings finds
its own match in the other, the coincidence of several matches is far less likely
than one: each matched pair gains ``story_bonus``.

Only pairs of one blocking key (country and type family) whose dates lie within the
blocking window of each other support each other, so a segment of the Spark job, which
holds every event of a key whose dates may meet, sees the same support as a batch run;
the support depends on the two articles' events alone, never on what else is fused.
"""
from __future__ import annotations

import numpy as np

from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import NodeTable
from polybius.fuse.scoring import VETO, PairScores, score_pairs


def corroborate(t: NodeTable, pairs: PairScores, cfg: FuseConfig) -> PairScores:
    """``pairs`` with the story bonus added to every pair of a one-to-one match of at
    least two happenings between two articles (scores recomputed)."""
    if pairs.i.size == 0:
        return pairs
    ok = (pairs.score >= cfg.story_floor) & ~pairs.contradicted(cfg) \
        & (t.article[pairs.i] != t.article[pairs.j])
    idx = np.flatnonzero(ok)
    if idx.size < 2:
        return pairs
    a_lo = np.minimum(t.article[pairs.i[idx]], t.article[pairs.j[idx]]).astype(np.int64)
    a_hi = np.maximum(t.article[pairs.i[idx]], t.article[pairs.j[idx]]).astype(np.int64)
    key = (a_lo * (int(t.article.max()) + 1) + a_hi) * (int(t.family.max()) + 2) \
        + t.family[pairs.i[idx]] + 1
    key = key * (int(t.country.max()) + 2) + t.country[pairs.i[idx]] + 1
    order = np.argsort(key, kind="stable")
    key, idx = key[order], idx[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    ends = np.r_[starts[1:], key.size]
    bonus = np.zeros(pairs.i.size)
    for s, e in zip(starts.tolist(), ends.tolist()):
        if e - s < 2:
            continue
        matched = _one_to_one(t, pairs, idx[s:e], cfg)
        if len(matched) >= 2:
            bonus[matched] = cfg.story_bonus
    if not bonus.any():
        return pairs
    comps = dict(pairs.components)
    comps["story"] = (comps["story"] + bonus).astype(np.float32)
    up = np.flatnonzero(bonus)
    score, old = pairs.score.copy(), pairs.score[up]
    logit = np.log(old / (1.0 - np.minimum(old, 1 - 1e-9))) + bonus[up]
    score[up] = np.round(1.0 / (1.0 + np.exp(-logit)), 6)
    return PairScores(pairs.i, pairs.j, score, comps)


def _one_to_one(t: NodeTable, pairs: PairScores, group: np.ndarray,
                cfg: FuseConfig) -> list[int]:
    """Greedy one-to-one match of the group's pairs, best first, keeping only events
    that are distinct happenings within their own article (not a headline repeating
    the lead, which the same-article rule would let merge)."""
    one = _same_happening(t, np.unique(np.r_[pairs.i[group], pairs.j[group]]), cfg)
    chosen: list[int] = []
    lo = hi = 0
    for k in sorted(group.tolist(), key=lambda k: (-pairs.score[k], k)):
        x, y = int(pairs.i[k]), int(pairs.j[k])
        if any((x, int(pairs.i[c])) in one or (y, int(pairs.j[c])) in one
               or (x, int(pairs.j[c])) in one or (y, int(pairs.i[c])) in one
               for c in chosen):
            continue
        # the happenings' date reaches must chain (within the blocking window), so the
        # Spark segment of one pair holds the others
        x_lo = min(int(t.dstart[x]), int(t.dstart[y])) - cfg.day_window
        x_hi = max(int(t.dend[x]), int(t.dend[y])) + cfg.day_window
        if chosen and (x_lo > hi or x_hi < lo):
            continue
        lo, hi = (x_lo, x_hi) if not chosen else (min(lo, x_lo), max(hi, x_hi))
        chosen.append(k)
    return chosen


def _same_happening(t: NodeTable, nodes: np.ndarray, cfg: FuseConfig) -> set[tuple[int, int]]:
    """Pairs (both orders, and each node with itself) of ``nodes`` that are one
    happening as far as the same-article rule goes: the node itself, or two events of
    one article it would let merge."""
    same = {(int(x), int(x)) for x in nodes}
    lo, hi = np.triu_indices(nodes.size, k=1)
    a, b = nodes[lo], nodes[hi]
    keep = t.article[a] == t.article[b]
    if keep.any():
        scored = score_pairs(t, a[keep], b[keep], cfg)
        c = scored.components
        # an extraction may tell one clash twice (the lead, then "troops clashed with the
        # group in the village"): two events of one article count as two happenings only
        # when something sets them apart (kind, weapon, place or day)
        alike = (t.etype[scored.i] == t.etype[scored.j]) & (c["mode"] >= 0) \
            & (c["place"] >= 0) & ((c["date"] >= 0) | np.isclose(c["date"], cfg.date_open))
        for x, y, v, like in zip(scored.i.tolist(), scored.j.tolist(),
                                 c["same_article"].tolist(), alike.tolist()):
            if v > VETO or like:
                same.update({(x, y), (y, x)})
    return same
