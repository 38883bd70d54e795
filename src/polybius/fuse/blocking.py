"""Candidate pairs: only events that could be one happening are ever compared.

Two sweeps over sorted arrays, so the number of pairs grows with the local density of
events rather than with the square of their number:

* fine dates (day, week, undated → the week before publication): block on
  (country, type family), sort by first day, pair each event with the later-starting
  events whose first day is at most ``day_window`` days after its last day;
* coarse dates (month, year): too wide for the country block, so they are compared
  only within (country, type family, admin1 — or the place name when admin1 is
  unknown), against every event whose interval overlaps theirs (± window).

Events without a country block together under "no country" (the scorer penalises
those pairs); a news event with neither a date nor a publication day spans every day
(``OPEN_INTERVAL``), so it meets its whole (country, family) block in the fine sweep
and every month or year date of its (country, family, admin1) block in the coarse one;
undated background mentions are never candidates.
"""
from __future__ import annotations

import numpy as np

from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import OPEN_INTERVAL, NodeTable

_SHIFT = np.int64(1 << 21)  # > any day ordinal we meet (year 5741)
_WEEK = 7


def _block_ids(*columns: np.ndarray) -> np.ndarray:
    """Dense ids of the distinct rows of the given code columns (codes ≥ -1)."""
    key = np.zeros(columns[0].shape, dtype=np.int64)
    for col in columns:
        col = col.astype(np.int64) + 1
        key = key * (int(col.max(initial=0)) + 1) + col
    _, inverse = np.unique(key, return_inverse=True)
    return inverse.reshape(-1).astype(np.int64)


def _expand(query_pos: np.ndarray, lo: np.ndarray,
            hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (query_pos[k], p) for p in [lo[k], hi[k]) — vectorised."""
    cnt = np.maximum(hi - lo, 0)
    total = int(cnt.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    starts = np.cumsum(cnt) - cnt
    left = np.repeat(query_pos, cnt)
    right = np.repeat(lo, cnt) + (np.arange(total, dtype=np.int64) - np.repeat(starts, cnt))
    return left, right


def _fine_pairs(t: NodeTable, cfg: FuseConfig,
                nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if nodes.size < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    block = _block_ids(t.country[nodes], t.family[nodes])
    key = block * _SHIFT + t.dstart[nodes]
    order = np.argsort(key, kind="stable")
    key = key[order]
    sorted_nodes = nodes[order]
    hi_key = block[order] * _SHIFT + t.dend[sorted_nodes] + cfg.day_window
    pos = np.arange(len(key), dtype=np.int64)
    hi = np.searchsorted(key, hi_key, side="right")
    left, right = _expand(pos, pos + 1, hi)
    return sorted_nodes[left], sorted_nodes[right]


def _coarse_pairs(t: NodeTable, cfg: FuseConfig,
                  nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    coarse_mask = (t.dprec[nodes] == 2) | (t.dprec[nodes] == 3)
    if not coarse_mask.any() or nodes.size < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    admin1, place = t.admin1[nodes], t.place[nodes]
    offset = int(admin1.max()) + 1
    geo = np.where(admin1 >= 0, admin1, np.where(place >= 0, offset + place, -1))
    block = _block_ids(t.country[nodes], t.family[nodes], geo)
    key = block * _SHIFT + t.dstart[nodes]
    order = np.argsort(key, kind="stable")
    key = key[order]
    sorted_nodes = nodes[order]
    pos = np.flatnonzero(coarse_mask[order]).astype(np.int64)
    qnodes = sorted_nodes[pos]
    qblock = block[order][pos]
    lo = np.searchsorted(key, qblock * _SHIFT + t.dstart[qnodes] - cfg.day_window - _WEEK,
                         side="left")
    hi = np.searchsorted(key, qblock * _SHIFT + t.dend[qnodes] + cfg.day_window, side="right")
    left, right = _expand(pos, lo, hi)
    # an event that may be any day (an undated page: OPEN_INTERVAL, first in its block)
    # overlaps every month and year of its block too
    open_lo = np.searchsorted(key, qblock * _SHIFT + OPEN_INTERVAL[0], side="left")
    open_hi = np.minimum(np.searchsorted(key, qblock * _SHIFT + OPEN_INTERVAL[0], side="right"), lo)
    o_left, o_right = _expand(pos, open_lo, open_hi)
    left, right = np.concatenate([left, o_left]), np.concatenate([right, o_right])
    keep = left != right
    return sorted_nodes[left[keep]], sorted_nodes[right[keep]]


def candidate_pairs(t: NodeTable, cfg: FuseConfig,
                    active: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Unique pairs (i < j) of node indices worth scoring.

    ``active`` marks nodes still to be placed; pairs of two inactive nodes (both
    already in incidents) are dropped.
    """
    nodes = np.flatnonzero(t.blockable).astype(np.int64)
    fine = (t.dprec[nodes] <= 1) | (t.dprec[nodes] == 4)
    fi, fj = _fine_pairs(t, cfg, nodes[fine])
    ci, cj = _coarse_pairs(t, cfg, nodes)
    i = np.concatenate([fi, ci])
    j = np.concatenate([fj, cj])
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    if active is not None and lo.size:
        keep = active[lo] | active[hi]
        lo, hi = lo[keep], hi[keep]
    if lo.size == 0:
        return lo, hi
    code = np.unique(lo * np.int64(t.n) + hi)
    return code // t.n, code % t.n
